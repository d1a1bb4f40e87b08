"""Hostile and broken inputs through the real CLI (fixtures and expectations: tests/data/bad/).

Every case ends in a one-line error naming the file (and line or row when there is one) or in
the documented best-effort result; never a traceback, a hang or unbounded memory; the good
files and rows of the same batch are kept.
"""

from __future__ import annotations

import csv
import json
import resource
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

from evaluator.ingest import MAX_TRANSCRIPT_BYTES
from evaluator.rubric.load import MAX_RUBRIC_BYTES
from evaluator.rubric.safe_regex import PatternError, compile_pattern

from ..conftest import DATA, RUBRIC

BAD = DATA / "bad"
INPUTS, RUBRICS = BAD / "inputs", BAD / "rubrics"
MEMORY_LIMIT = 2 * 1024**3  # address space of the CLI process for the huge cases

# file -> (outcome, fragment). "skipped": exactly one 'skipped file' line naming the file holds the
# fragment; "partial": the fragment is in a 'skipped row' line and the good rows are stored;
# "ingested": best effort, no line names the file.
INPUT_CASES: dict[str, tuple[str, str]] = {
    "empty.txt": ("skipped", "file is empty"),
    "whitespace-only.md": ("skipped", "file is empty"),
    "binary-png-header.txt": ("skipped", "binary file (contains NUL bytes)"),
    "xlsx-renamed-to.csv": ("skipped", "binary file (contains NUL bytes)"),
    "truncated-utf8-at-end.txt": ("ingested", ""),
    "truncated-utf8-mid-file.txt": ("skipped", ":2: invalid UTF-8 byte sequence at byte 59"),
    "mixed-encodings-utf8-and-cp1252.txt": ("skipped", ":3: invalid UTF-8 byte sequence at byte 104"),
    "windows-1252.txt": ("ingested", ""),
    "utf16le-without-bom.txt": ("ingested", ""),
    "utf16be-without-bom.srt": ("ingested", ""),
    "utf16-with-bom.md": ("ingested", ""),
    "nul-bytes-scattered.txt": ("ingested", ""),
    "nul-padding-at-end.md": ("ingested", ""),
    "bidi-and-zero-width.txt": ("ingested", ""),
    "one-speaker-only.txt": ("skipped", "only one speaker ('Interviewer')"),
    "no-speaker-labels.txt": ("skipped", ":1: no speaker labels found"),
    "labels-without-text.txt": ("skipped", "speaker labels found but every turn is empty"),
    "markdown-only-headings.md": ("skipped", ":1: no speaker labels found"),
    "json-malformed.json": ("skipped", ":2: malformed JSON: Expecting ',' delimiter"),
    "json-wrong-types.json": ("skipped", "turns[0].speaker: Input should be a valid string"),
    "json-turns-not-a-list.json": ("skipped", "turns: Input should be a valid list"),
    "json-top-level-string.json": ("skipped", "expected a JSON object with a 'turns' list"),
    "json-unknown-field.json": ("skipped", "turns[0].colour: Extra inputs are not permitted"),
    "json-huge-integer.json": ("skipped", "malformed JSON: Exceeds the limit (4300 digits)"),
    "json-answers-wrong-types.json": ("partial", "row 2: column 'answer' input should be a valid string"),
    "jsonl-wrong-types-and-bad-lines.jsonl": ("partial", ":5: row 5 is not valid JSON (nested too deeply)"),
    "csv-formula-payloads.csv": ("ingested", ""),
    "csv-ragged-rows.csv": ("partial", ":3: row 2 has 2 fields, header has 3"),
    "csv-unterminated-quote.csv": ("partial", ":3: row 2 has a quoted field that is never closed"),
    "csv-missing-columns.csv": ("skipped", ":1: CSV is missing required column(s) question"),
    "csv-duplicate-header.csv": ("skipped", ":1: CSV header repeats column(s) answer"),
    "csv-header-only.csv": ("skipped", "no valid answer rows"),
    "csv-nul-bytes-in-cells.csv": ("ingested", ""),
    "vtt-broken-timestamp.vtt": ("skipped", ":6: malformed WebVTT cue timing '00:00:0x.500 --> 00:00:08.000'"),
    "vtt-minutes-over-59.vtt": ("skipped", ":6: malformed WebVTT cue timing '00:75:00.000"),
    "vtt-overlapping-cues.vtt": ("ingested", ""),
    "vtt-end-before-start.vtt": ("ingested", ""),
    "vtt-no-voice-labels.vtt": ("skipped", "no speaker labels in any cue"),
    "vtt-empty-cues.vtt": ("skipped", "every cue is empty"),
    "vtt-missing-header.vtt": ("skipped", ":1: not a WebVTT file: the first line must be 'WEBVTT'"),
    "srt-broken-timestamp.srt": ("skipped", ":6: malformed SRT cue timing '00:00:03,500 --> 00:00:0x,000'"),
    "srt-negative-timestamp.srt": ("skipped", ":2: malformed SRT cue timing '-00:00:01,000"),
    "srt-overlapping-cues.srt": ("ingested", ""),
    "srt-missing-timing-line.srt": ("skipped", ":5: malformed SRT cue near '2'"),
    "unknown-extension.docx": ("skipped", "unknown file type '.docx'"),
}

# rubric file -> (fragment, line) of the one-line error of `evaluator rubric validate`; line None
# when the error has no line; fragment None when the rubric is valid.
RUBRIC_CASES: dict[str, tuple[str | None, int | None]] = {
    "rubric-duplicate-criterion-ids.yaml": ("duplicate criterion/flag ids: ['shipping']", 17),
    "rubric-duplicate-concept-ids.yaml": ("duplicate concept (in 'shipping') ids: ['ship']", 12),
    "rubric-duplicate-yaml-key.yaml": ("duplicate key 'description'", 9),
    "rubric-unknown-key.yaml": ("criteria[0].colour: Extra inputs are not permitted", 9),
    "rubric-level-min-concepts-out-of-range.yaml": ("min_concepts 5 exceeds its 2 concepts", 16),
    "rubric-level-value-nan.yaml": ("levels[1].value: Input should be a finite number", 16),
    "rubric-levels-out-of-order.yaml": ("list levels from lowest to highest value", 15),
    "rubric-match-threshold-out-of-range.yaml": ("match_threshold: Input should be less than or equal to 1", 3),
    "rubric-scope-unknown-question.yaml": ("scope names unknown questions ['q9']", 9),
    "rubric-catastrophic-backtracking-regex.yaml": (None, None),
    "rubric-lookbehind-regex.yaml": ("cannot run on the linear-time regex engine (RE2)", 13),
    "rubric-invalid-regex.yaml": ("is not a valid regex", 13),
    "rubric-yaml-anchors-bomb.yaml": ("YAML document is too large (more than 200000 nodes after aliases)", 6),
    "rubric-yaml-merge-key.yaml": ("YAML merge keys ('<<') are not supported", 9),
    "rubric-python-object-tag.yaml": ("could not determine a constructor for the tag", 3),
    "rubric-list-as-key.yaml": ("mapping keys must be plain names", 17),
    "rubric-not-utf8.yaml": ("not UTF-8 text", 8),
    "rubric-empty.yaml": ("rubric file is empty", None),
    "rubric-tab-indentation.yaml": ("invalid YAML: found character '\\t'", 8),
    "rubric-huge-integer.yaml": ("invalid YAML value: Exceeds the limit (4300 digits)", 16),
    "rubric-top-level-list.yaml": ("expected a mapping at the top level", 1),
}

GOOD_ROWS = ("answer_id,candidate_id,question,answer\n"
             "g1,good-1,What does an AI engineer do?,They ship products on models and measure them with evals.\n"
             "g2,good-2,Which model would you pick?,\"It depends on cost, latency and the context window.\"\n")


def _lines_naming(output: str, path: Path) -> list[str]:
    """The error lines naming ``path`` (warnings about what was kept, e.g. a weak question match, aside)."""
    return [ln for ln in output.splitlines()
            if (f"{path}:" in ln or ln.endswith(str(path))) and not ln.startswith("  warning: ")]


def _sources(db: Path) -> dict[str, tuple[str, int]]:
    with duckdb.connect(str(db), read_only=True) as conn:
        return {p: (s, n) for p, s, n in conn.execute("SELECT path, status, n_answers FROM sources").fetchall()}


def _turns(db: Path, path: Path) -> list[tuple[str, str, float | None]]:
    with duckdb.connect(str(db), read_only=True) as conn:
        return conn.execute(
            "SELECT u.speaker, u.text, u.start_s FROM turns u JOIN transcripts t USING (transcript_id) "
            "JOIN sources s USING (source_id) WHERE s.path = ? ORDER BY u.idx", [str(path)]).fetchall()


def _answers(db: Path, path: Path) -> list[tuple[str, str, str]]:
    with duckdb.connect(str(db), read_only=True) as conn:
        return conn.execute(
            "SELECT a.candidate_id, a.question, a.text FROM answers a JOIN transcripts t USING (transcript_id) "
            "JOIN sources s USING (source_id) WHERE s.path = ? ORDER BY a.candidate_id, a.seq",
            [str(path)]).fetchall()


def test_fixtures_and_readme_agree():
    inputs = {p.name for p in INPUTS.iterdir()}
    rubrics = {p.name for p in RUBRICS.iterdir()}
    assert inputs == set(INPUT_CASES) and rubrics == set(RUBRIC_CASES)
    assert len(inputs) + len(rubrics) >= 30
    readme = (BAD / "README.md").read_text()
    for name, (outcome, fragment) in INPUT_CASES.items():
        assert f"`{name}`" in readme and outcome in readme, name
        assert fragment.lstrip(":0123456789 ") in readme.replace("\\|", "|"), name
    for name, (fragment, _) in RUBRIC_CASES.items():
        assert f"`{name}`" in readme, name
        assert fragment is None or fragment in readme.replace("\\|", "|"), name


@pytest.fixture
def batch(tmp_path: Path) -> Path:
    folder = tmp_path / "batch"
    folder.mkdir()
    for name in INPUT_CASES:
        shutil.copy(INPUTS / name, folder / name)
    shutil.copy(DATA / "formats" / "interview.md", folder / "good.md")
    (folder / "good-rows.csv").write_text(GOOD_ROWS)
    return folder


def test_hostile_batch_one_line_per_bad_file_and_good_data_kept(cli, db, tmp_path, batch):
    docx = batch / "unknown-extension.docx"  # folders skip unknown extensions: name it explicitly
    result = cli("run", batch, docx, "--rubric", RUBRIC, "--db", db, "--report-dir", tmp_path / "r")
    out = result.output
    assert result.exit_code == 1, out
    assert "Traceback" not in out
    sources = _sources(db)
    for name, (outcome, fragment) in INPUT_CASES.items():
        path = batch / name
        named = _lines_naming(out, path)
        if outcome == "skipped":
            assert len(named) == 1, (name, named)
            assert named[0].startswith(f"  skipped file: {path}") and fragment in named[0], (name, named[0])
        elif outcome == "partial":
            assert named and all(ln.startswith(f"  skipped row: {path}") for ln in named), (name, named)
            assert any(fragment in ln for ln in named), (name, named)
            status, n_answers = sources[str(path)]
            assert status == "partial" and n_answers >= 1, name
        else:
            assert named == [], (name, named)
            assert sources[str(path)][0] == "ingested" and sources[str(path)][1] >= 1, name
    # the good files of the batch are stored and scored
    assert sources[str(batch / "good.md")][0] == "ingested"
    assert sources[str(batch / "good-rows.csv")] == ("ingested", 2)
    with duckdb.connect(str(db), read_only=True) as conn:
        scored = {r[0] for r in conn.execute("SELECT DISTINCT answer_id FROM scores").fetchall()}
        stored = {r[0] for r in conn.execute("SELECT answer_id FROM answers").fetchall()}
        assert {"g1", "g2"} <= stored and scored == stored
        assert conn.execute("SELECT count(*) FROM answers WHERE contains(text, chr(0))").fetchone()[0] == 0
    assert (tmp_path / "r" / "index.html").is_file()


def test_best_effort_results_are_what_the_readme_says(cli, db, tmp_path, batch):
    cli("ingest", batch, "--db", db)
    qa = [("Interviewer", "What does an AI engineer do?")]
    assert _turns(db, batch / "utf16le-without-bom.txt")[:1] == [(*qa[0], None)]
    assert [t[:2] for t in _turns(db, batch / "utf16be-without-bom.srt")] == [
        *qa, ("Candidate", "Ships products on models.")]
    assert _turns(db, batch / "utf16-with-bom.md")[1][1] == "Ships products on models."
    # the multi-byte character cut off by the truncation is dropped, the rest kept
    assert _turns(db, batch / "truncated-utf8-at-end.txt")[-1][1].endswith("from 2 \u20ac to 0.4")
    assert "caf\u00e9 assistant \u2013 and" in _turns(db, batch / "windows-1252.txt")[-1][1]
    assert "They ship products on top" in _turns(db, batch / "nul-bytes-scattered.txt")[-1][1]
    assert _turns(db, batch / "nul-padding-at-end.md")[-1][1] == "Ships products on models."
    assert "\u202e" in _turns(db, batch / "bidi-and-zero-width.txt")[-1][1]  # kept; HTML escapes markup only
    # overlapping cues and cues ending before they start: file order, start times as written
    assert _turns(db, batch / "vtt-overlapping-cues.vtt") == [
        (*qa[0], 1.0), ("Candidate", "Ships products on models. And measures them with evals.", 2.0)]
    assert [t[2] for t in _turns(db, batch / "vtt-end-before-start.vtt")] == [5.0, 6.0]
    assert [t[2] for t in _turns(db, batch / "srt-overlapping-cues.srt")] == [1.0, 2.0]
    # good rows of partially bad tables are kept, bad ones are not
    assert [a[0] for a in _answers(db, batch / "json-answers-wrong-types.json")] == ["c1"]
    assert [a[0] for a in _answers(db, batch / "jsonl-wrong-types-and-bad-lines.jsonl")] == ["c1", "c5"]
    assert [a[0] for a in _answers(db, batch / "csv-ragged-rows.csv")] == ["c1", "c4"]
    assert [a[0] for a in _answers(db, batch / "csv-unterminated-quote.csv")] == ["c1"]
    assert [a[2][:5] for a in _answers(db, batch / "csv-nul-bytes-in-cells.csv")] == ["Ships", "It de"]


def test_csv_formula_payloads_are_stored_verbatim_and_neutralised_on_export(cli, db, tmp_path):
    cli("run", INPUTS / "csv-formula-payloads.csv", "--rubric", RUBRIC, "--db", db,
        "--report-dir", tmp_path / "r")
    answers = _answers(db, INPUTS / "csv-formula-payloads.csv")
    assert ("@SUM(1+1)", "What does an AI engineer do?", "-2+3 is what I said") in answers
    assert any(a[2].startswith("=HYPERLINK(") for a in answers)
    out = tmp_path / "scores.csv"
    assert cli("export", "--db", db, "--format", "csv", "--output", out).exit_code == 0
    cells = [cell for row in csv.reader(out.open(encoding="utf-8")) for cell in row]
    assert "'@SUM(1+1)" in cells
    assert not [c for c in cells if c[:1] in ("=", "+", "-", "@")]


@pytest.mark.parametrize("name", sorted(RUBRIC_CASES))
def test_bad_rubric_is_one_line_error_with_file_and_line(cli, name):
    fragment, line = RUBRIC_CASES[name]
    path = RUBRICS / name
    started = time.monotonic()
    result = cli("rubric", "validate", path)
    assert time.monotonic() - started < 5  # the anchors bomb included
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in result.output, result.output
    if fragment is None:
        assert result.exit_code == 0 and lines[0].startswith(f"{path}: ok")
        return
    assert result.exit_code == 3
    where = f"{path}:{line}: " if line else f"{path}: "
    assert lines[0].startswith(f"error: {where}"), lines[0]
    assert fragment in lines[0], lines[0]


def test_generated_huge_rubrics(cli, tmp_path):
    nested = tmp_path / "rubric-nested-100k.yaml"
    nested.write_text("[" * 100_000 + "]" * 100_000)
    result = cli("rubric", "validate", nested)
    assert result.exit_code == 3 and result.output.strip() == f"error: {nested}: YAML is nested too deeply"
    oversized = tmp_path / "rubric-over-size-limit.yaml"
    oversized.write_text("description: '" + "x" * MAX_RUBRIC_BYTES + "'\n")
    result = cli("rubric", "validate", oversized)
    assert result.exit_code == 3
    assert result.output.strip() == f"error: {oversized}: file is larger than {MAX_RUBRIC_BYTES:,} bytes"


def _limit_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))


def test_huge_inputs_bounded_time_and_memory(tmp_path):
    """100 MB transcript, a CSV row with a million lines, 100k-deep JSON, and the largest
    transcript accepted, in one batch with good files, under a 2 GB address-space limit."""
    batch = tmp_path / "huge"
    batch.mkdir()
    block = ("Interviewer: Tell me about a system you built and how you evaluated it?\n"
             "Candidate: We built retrieval over support tickets, measured accuracy on a golden set and "
             "cut latency by forty percent with caching and a smaller model.\n\n")
    (batch / "transcript-100mb.txt").write_text(block * (100_000_000 // len(block) + 1))
    (batch / "largest-accepted.txt").write_text(block * ((MAX_TRANSCRIPT_BYTES - 1000) // len(block)))
    (batch / "csv-million-line-field.csv").write_text(
        "candidate_id,question,answer\nc1,What does an AI engineer do?,Ships products on models.\n"
        'c2,Which model?,"' + "line\n" * 1_000_000 + '"\nc3,Which model?,Kept: after the bad row.\n')
    (batch / "json-nested-100k.json").write_text("[" * 100_000 + "]" * 100_000)
    (batch / "jsonl-nested-100k.jsonl").write_text(
        '{"candidate_id": "c1", "question": "Q", "answer": "kept"}\n' + "[" * 100_000 + "]" * 100_000 + "\n")
    shutil.copy(DATA / "formats" / "interview.md", batch / "good.md")
    db = tmp_path / "huge.duckdb"
    started = time.monotonic()
    proc = subprocess.run([sys.executable, "-m", "evaluator", "ingest", str(batch), "--db", str(db)],
                          capture_output=True, text=True, timeout=300, preexec_fn=_limit_memory, check=False)
    elapsed = time.monotonic() - started
    out = proc.stdout + proc.stderr
    assert proc.returncode == 1 and "Traceback" not in out and "MemoryError" not in out, out
    expected = {
        "transcript-100mb.txt": f"skipped file: {batch / 'transcript-100mb.txt'}: file is larger than "
                                f"{MAX_TRANSCRIPT_BYTES:,} bytes",
        "json-nested-100k.json": f"skipped file: {batch / 'json-nested-100k.json'}: JSON is nested too deeply",
        "csv-million-line-field.csv": f"skipped row: {batch / 'csv-million-line-field.csv'}:3: row 2 is "
                                      "longer than 4,000,000 characters, the limit per row",
        "jsonl-nested-100k.jsonl": f"skipped row: {batch / 'jsonl-nested-100k.jsonl'}:2: row 2 is not valid "
                                   "JSON (nested too deeply)",
    }
    for name, fragment in expected.items():
        named = _lines_naming(out, batch / name)
        assert len(named) == 1 and fragment in named[0], (name, named)
    sources = _sources(db)
    assert sources[str(batch / "good.md")][0] == "ingested"
    assert sources[str(batch / "largest-accepted.txt")][0] == "ingested"
    assert sources[str(batch / "csv-million-line-field.csv")] == ("partial", 2)  # rows 1 and 3: only row 2 lost
    assert sources[str(batch / "jsonl-nested-100k.jsonl")] == ("partial", 1)
    assert elapsed < 120, elapsed


def test_safe_regex_is_linear_on_catastrophic_patterns():
    text = "a" * 200_000 + "!"
    for pattern in ["(a+)+$", "(a|a)+$", "(a|aa)+$", "(\\w+\\s?)+$", "^(a?){50}a{50}$"]:
        compiled = compile_pattern(pattern, 0)
        started = time.monotonic()
        assert compiled.search(text) is None and not list(compiled.finditer(text))
        assert time.monotonic() - started < 1, pattern
    for pattern in ["(?<=a)b", "(a)\\1", "(?>a)", "a*+"]:
        with pytest.raises(PatternError):
            compile_pattern(pattern)
    hit = compile_pattern(r"caf\w*|\Z", 2)  # re.IGNORECASE; \Z is Python's end of text
    assert [m.span() for m in hit.finditer("Un CAFÉ")] == [(3, 6), (7, 7)]


def test_catastrophic_backtracking_pattern_is_scored_fast(cli, db, tmp_path):
    """`(a+)+$` against "aaaa…!" takes exponential time on ``re``; the keyword scorer runs
    rubric patterns on RE2 (evaluator.rubric.safe_regex), in linear time."""
    answers = tmp_path / "answers.csv"
    answers.write_text("answer_id,candidate_id,question,answer\n"
                       f"x1,c1,What does an AI engineer do?,{'a' * 5000}!\n"
                       "x2,c2,What does an AI engineer do?,We ship products and run evals.\n")

    def give_up(signum, frame):
        raise TimeoutError("scoring took more than 6 s")

    previous = signal.signal(signal.SIGALRM, give_up)
    signal.alarm(6)  # re is interruptible by signals, so a hang fails the test instead
    try:
        started = time.monotonic()
        result = cli("run", answers, "--rubric", RUBRICS / "rubric-catastrophic-backtracking-regex.yaml",
                     "--db", db, "--report-dir", tmp_path / "r")
        elapsed = time.monotonic() - started
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
    assert result.exit_code == 0, result.output
    assert elapsed < 5, elapsed
    with duckdb.connect(str(db), read_only=True) as conn:
        rows = conn.execute("SELECT answer_id, status FROM scores WHERE scorer = 'keyword'").fetchall()
    assert {a for a, s in rows if s == "scored"} == {"x1", "x2"}


def test_json_case_fixtures_are_what_their_names_say():
    assert json.loads((INPUTS / "json-wrong-types.json").read_text())["turns"][0]["speaker"] == 42
    assert (INPUTS / "utf16le-without-bom.txt").read_bytes()[1:2] == b"\x00"
    assert (INPUTS / "nul-padding-at-end.md").read_bytes().endswith(b"\x00" * 4096)
