"""Bad input: a one-line error naming the file (and line/row), good files and rows kept."""

from __future__ import annotations

import shutil
from pathlib import Path

import duckdb
import pytest

from ..conftest import DATA, RUBRIC

BAD_CASES: dict[str, tuple[bytes, str]] = {
    "empty.txt": (b"", "file is empty"),
    "blank.md": (b"   \n\n  \t\n", "file is empty"),
    "binary.txt": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "binary file"),
    "broken-utf8.txt": ("Interviewer: caf\u00e9?\nCandidate: ok\n".encode() + b"\xe2\x82 broken", "invalid UTF-8"),
    "no-labels.txt": (b"we talked about models for a while and then it ended\nno labels here\n",
                      "no speaker labels"),
    "one-speaker.txt": (b"Interviewer: What is an AI engineer?\n\nInterviewer: Anyone?\n", "only one speaker"),
    "malformed.json": (b'{"turns": [{"speaker": "A", "text": "hi"}', "malformed JSON"),
    "wrong-shape.json": (b'{"turns": [{"speaker": "A", "words": "hi"}]}', "turns[0]"),
    "malformed.vtt": (b"WEBVTT\n\nthis is not a cue\n00:00:01.000 --> garbage\nhello\n", "WebVTT"),
    "not-vtt.vtt": (b"Interviewer: hello\n", "first line must be 'WEBVTT'"),
    "malformed.srt": (b"1\n00:00:01,000 --> 00:00:02,000\nA: hi\n\n2\nnot a timestamp\nB: hey\n", "malformed SRT"),
    "missing-columns.csv": (b"candidate_id,answer\nc1,hello\n", "missing required column(s) question"),
}


@pytest.fixture
def batch(tmp_path: Path) -> Path:
    folder = tmp_path / "batch"
    folder.mkdir()
    for name, (data, _) in BAD_CASES.items():
        (folder / name).write_bytes(data)
    shutil.copy(DATA / "formats" / "interview.md", folder / "good.md")
    (folder / "rows.csv").write_text(
        "answer_id,candidate_id,question,answer\n"
        "a1,c1,What is an AI engineer?,They ship products on foundation models.\n"
        "a1,c2,What is an AI engineer?,Duplicate id.\n"
        "a2,,What is an AI engineer?,No candidate.\n"
        "a3,c3,Which model?,\"It depends on cost, latency and context window.\"\n")
    return folder


def test_bad_files_are_reported_one_line_each_and_good_data_kept(cli, db, tmp_path, batch):
    result = cli("run", batch, "--rubric", RUBRIC, "--db", db, "--report-dir", tmp_path / "r")
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    lines = result.output.splitlines()
    for name, (_, expected) in BAD_CASES.items():
        matching = [ln for ln in lines if f"skipped file: {batch / name}" in ln]
        assert len(matching) == 1, (name, result.output)
        assert expected in matching[0], (name, matching[0])
    assert any("rows.csv:3: row 2: duplicated answer_id 'a1'" in ln for ln in lines), result.output
    assert any("rows.csv:4: row 3: column 'candidate_id' value error, must not be empty" in ln for ln in lines)
    with duckdb.connect(str(db), read_only=True) as conn:
        statuses = dict(conn.execute("SELECT path, status FROM sources").fetchall())
        assert statuses[str(batch / "good.md")] == "ingested"
        assert statuses[str(batch / "rows.csv")] == "partial"
        assert sum(s == "skipped" for s in statuses.values()) == len(BAD_CASES)
        answers = {r[0] for r in conn.execute("SELECT answer_id FROM answers").fetchall()}
        assert {"a1", "a3"} <= answers and "a2" not in answers
        first = conn.execute("SELECT text FROM answers WHERE answer_id = 'a1'").fetchone()[0]
        assert first.startswith("They ship")  # the first a1 is kept, the duplicate is not
        errors = conn.execute("SELECT count(*) FROM ingest_errors").fetchone()[0]
        assert errors == len(BAD_CASES) + 2
        scored = conn.execute("SELECT count(DISTINCT answer_id) FROM scores").fetchone()[0]
        assert scored == len(answers)
    report = (tmp_path / "r" / "index.html").read_text()
    assert "missing-columns.csv" in report and "duplicated answer_id" in report


def test_rerun_of_a_bad_batch_still_reports_and_adds_nothing(cli, db, tmp_path, batch):
    cli("run", batch, "--rubric", RUBRIC, "--db", db, "--report-dir", tmp_path / "r")
    with duckdb.connect(str(db), read_only=True) as conn:
        before = conn.execute("SELECT count(*) FROM ingest_errors").fetchone()[0]
    again = cli("run", batch, "--rubric", RUBRIC, "--db", db, "--report-dir", tmp_path / "r")
    assert again.exit_code == 1
    assert f"{len(BAD_CASES)} skipped" in again.output
    with duckdb.connect(str(db), read_only=True) as conn:
        assert conn.execute("SELECT count(*) FROM ingest_errors").fetchone()[0] == before


def test_missing_input_and_unknown_extension(cli, db, tmp_path):
    odd = tmp_path / "notes.docx"
    odd.write_bytes(b"PK\x03\x04")
    result = cli("ingest", tmp_path / "nope.txt", odd, "--db", db)
    assert result.exit_code == 1
    assert "nope.txt: no such file" in result.output
    assert "unknown file type '.docx'" in result.output


def test_bad_rubric_is_one_line_error(cli, db, tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("id: x\nversion: '1'\ncriteria:\n  - id: c\n    description: d\n    levels: nope\n")
    result = cli("run", DATA / "formats", "--rubric", bad, "--db", db)
    assert result.exit_code == 3
    assert result.output.strip().startswith(f"error: {bad}:6: criteria[0].levels")
    assert len(result.output.strip().splitlines()) == 1
