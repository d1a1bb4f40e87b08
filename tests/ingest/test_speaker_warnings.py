"""Speaker labels and question matches that ingest and scoring are unsure about become warnings.

A misspelt label is read as the speaker meant (and said so); a third speaker, an odd label, a
candidate side that mostly asks and a weak question match are kept but warned about, naming the
file and line, in `evaluator ingest`/`run` output, in the database and in the HTML reports.
"""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

import duckdb
import pytest

from evaluator.ingest import parse_file
from evaluator.segment import segment
from evaluator.speakers import edit_distance, near_miss

from ..conftest import ROOT, RUBRIC

MISSPELT_MD = """# Interview: Olga

**Interviewer:** Hi Olga, thanks for joining. How's your day going?

**Olga:** Good, thanks, busy but fine.

**Interviewer:** What does an AI engineer do, and how is the role different from a data scientist or an ML engineer?

**Olga:** An AI engineer builds products on foundation models: retrieval, agents, evals and guardrails. A data
scientist runs experiments and analyses; an ML engineer trains, serves and retrains models.

**Intervewer:** How would you choose between GPT-4o, Claude and a small open-source model for a product feature?

**Olga:** I would build an eval set from real tickets, compare quality, cost and latency, and pick the cheapest
model that clears the bar.

**Interviewer:** Thanks, that's all from me.

**Olga:** Thank you!
"""


def _run(cli, tmp_path: Path, *inputs: Path, command: str = "run"):
    db = tmp_path / "w.duckdb"
    extra = ("--rubric", RUBRIC, "--report-dir", tmp_path / "reports", "--workers", "1") if command == "run" else ()
    result = cli(command, *inputs, "--db", db, *extra)
    assert "Traceback" not in result.output
    return result, db


def _warning_lines(output: str) -> list[str]:
    return [ln.removeprefix("  warning: ") for ln in output.splitlines() if ln.startswith("  warning: ")]


def _report_text(path: Path) -> str:
    """A page's text with tags dropped and entities decoded (what a reader sees)."""
    return html.unescape(re.sub(r"<[^>]+>", " ", path.read_text(encoding="utf-8")))


def test_edit_distance_and_near_misses():
    assert edit_distance("intervewer", "interviewer") == 1
    assert edit_distance("inetrviewer", "interviewer") == 1  # a swap is one edit
    assert edit_distance("candiate", "candidate") == 1
    assert near_miss("Intervewer", ["Interviewer", "Candidate"]) == "Interviewer"
    assert near_miss("Interviewee", ["Interviewer"]) is None  # a role label in its own right
    assert near_miss("Interviewer 2", ["Interviewer"]) is None  # a second interviewer, not a typo
    assert near_miss("Dan", ["Dana"]) is None  # too short to tell a typo from another person
    assert near_miss("Marla", ["Marta", "Marva"]) is None  # a tie: no guess


def test_misspelt_interviewer_label_is_corrected_and_said_so(cli, tmp_path):
    path = tmp_path / "olga.md"
    path.write_text(MISSPELT_MD)
    result, db = _run(cli, tmp_path, path)
    assert result.exit_code == 0, result.output
    expected = f"{path}:12: read speaker label 'Intervewer' as 'Interviewer' (1 turn"
    assert re.search(r"^warnings: \d+ \(.*1 speaker_label_corrected", result.output, re.M), result.output
    assert any(line.startswith(expected) for line in _warning_lines(result.output)), result.output
    with duckdb.connect(str(db), read_only=True) as conn:
        answers = conn.execute("SELECT a.question, a.text, ra.question_id FROM answers a JOIN run_answers ra "
                               "USING (answer_id) ORDER BY a.seq").fetchall()
        speakers = {r[0] for r in conn.execute("SELECT speaker FROM turns").fetchall()}
        stored = conn.execute("SELECT path, line, kind FROM ingest_warnings").fetchall()
    # the question is the interviewer's again: it opens its own answer, matched to its rubric question
    assert speakers == {"Interviewer", "Olga"}
    assert all("How would you choose" not in text for _, text, _ in answers)
    choice = next(a for a in answers if a[0].startswith("How would you choose"))
    assert choice[1].startswith("I would build an eval set") and choice[2] == "model_choice"
    assert stored == [(str(path), 12, "speaker_label_corrected")]
    index = _report_text(tmp_path / "reports" / "index.html")
    assert "Warnings (1)" in index and "read speaker label 'Intervewer' as 'Interviewer'" in index
    assert re.search(rf"{re.escape(str(path))}\s+12\s+speaker_label_corrected", index)
    page = next((tmp_path / "reports" / "candidates").glob("olga-*.html"))
    assert "read speaker label 'Intervewer' as 'Interviewer'" in _report_text(page)


def test_misspelt_labels_in_several_turns_of_a_text_transcript(tmp_path):
    path = tmp_path / "t.txt"
    path.write_text("Interviewer: What does an AI engineer do?\n\nOlga: Builds products on models.\n\n"
                    "Interviwer: And how do you pick a model?\n\nOlga: Evals, cost and latency.\n\n"
                    "Interviwer: How do you evaluate an LLM application in production?\n\nOlga: Traces, alerts and a golden set.\n\n"
                    "Interviewer: Thanks!\n\nOlga: Thank you.\n")
    transcript = segment(parse_file(path).transcripts[0])
    assert [a.question for a in transcript.answers[:3]] == [
        "What does an AI engineer do?", "And how do you pick a model?",
        "How do you evaluate an LLM application in production?"]
    assert [(w.kind, w.line) for w in transcript.warnings] == [("speaker_label_corrected", 5)]
    assert "'Interviwer' as 'Interviewer' (2 turns" in transcript.warnings[0].message


def test_third_speaker_is_kept_and_warned_about(cli, tmp_path):
    path = tmp_path / "panel.txt"
    path.write_text("Dana Kim: Hi Olga. What does an AI engineer do, and how is it different from data science?\n\n"
                    "Olga Petrova: They build products on foundation models, with retrieval, evals and guardrails; "
                    "data scientists run experiments.\n\n"
                    "Marek Nowak: How would you choose between GPT-4o, Claude and a small open-source model?\n\n"
                    "Olga Petrova: An eval set of real tasks first, then quality, cost and latency for each.\n\n"
                    "Dana Kim: How do you monitor an LLM application in production?\n\n"
                    "Olga Petrova: Traces, cost and latency dashboards, alerts and a golden set in CI.\n\n"
                    "Marek Nowak: And when the provider changes the model?\n\n"
                    "Olga Petrova: Pinned versions and the golden set catches regressions.\n")
    result, db = _run(cli, tmp_path, path, command="ingest")
    assert result.exit_code == 0, result.output
    assert "warnings: 1" in result.output
    assert _warning_lines(result.output) == [
        f"{path}:5: more than two speakers: 'Marek Nowak' (2 turns) read as an interviewer"]
    with duckdb.connect(str(db), read_only=True) as conn:
        roles = dict(conn.execute("SELECT DISTINCT speaker, role FROM turns").fetchall())
    assert roles == {"Dana Kim": "interviewer", "Marek Nowak": "interviewer", "Olga Petrova": "candidate"}


def test_placeholder_labels_are_unexpected(cli, tmp_path):
    path = tmp_path / "speakers.vtt"
    cues = [("Speaker 1", "What does an AI engineer do?"),
            ("Speaker 2", "They build products on foundation models, with evals and guardrails."),
            ("Speaker 1", "How would you choose a model for a feature?"),
            ("Speaker 2", "Quality on an eval set, then cost and latency.")]
    path.write_text("WEBVTT\n\n" + "".join(f"00:00:0{i}.000 --> 00:00:0{i}.900\n<v {who}>{text}\n\n"
                                           for i, (who, text) in enumerate(cues, start=1)))
    result, _ = _run(cli, tmp_path, path, command="ingest")
    assert result.exit_code == 0, result.output
    assert _warning_lines(result.output) == [
        f"{path}:4: unexpected speaker label 'Speaker 1': neither a name nor a known role; read as an interviewer",
        f"{path}:7: unexpected speaker label 'Speaker 2': neither a name nor a known role; read as the candidate"]


def test_candidate_side_asking_the_questions_is_warned_about(cli, tmp_path):
    """Roles given the wrong way round (JSON): the 'candidate' asks, the 'interviewer' answers."""
    path = tmp_path / "swapped.json"
    turns = [("Dana", "What does an AI engineer do, and how is it different from data science?"),
             ("Olga", "They build products on foundation models, with evals, retrieval and guardrails."),
             ("Dana", "How would you choose between two models for a feature?"),
             ("Olga", "An eval set of real tasks, then quality, cost and latency."),
             ("Dana", "How do you monitor it once it is live?"),
             ("Olga", "Traces, alerts, and a golden set that runs in CI.")]
    doc = {"interviewer": "Olga", "candidate": "Dana", "turns": [{"speaker": s, "text": t} for s, t in turns]}
    path.write_text(json.dumps(doc, indent=1))
    result, db = _run(cli, tmp_path, path, command="ingest")
    assert result.exit_code == 0, result.output
    lines = _warning_lines(result.output)
    assert lines == [f"{path}:6: roles may be swapped: 'Dana', read as the candidate, asks questions in 3 of 3 turns"]
    assert json.loads(path.read_text())["turns"][0]["speaker"] == "Dana"  # line 6 is Dana's first turn
    assert path.read_text().splitlines()[5].strip().startswith('"speaker": "Dana"')


def test_weak_question_matches_are_warned_about_with_file_and_line(cli, tmp_path):
    path = tmp_path / "answers.csv"
    path.write_text("answer_id,candidate_id,question,answer\n"
                    "w1,c1,How do you compare options?,I write down what matters to users and weigh each option "
                    "against it with a small experiment.\n"
                    "w2,c1,How do you choose things?,I look at quality on an eval set and then at cost and latency.\n"
                    "w3,c1,How would you choose between GPT-4o and Claude for a product feature?,\"I would compare "
                    "them on an eval set of real tasks, then on cost and latency.\"\n")
    result, db = _run(cli, tmp_path, path)
    assert result.exit_code == 0, result.output
    lines = _warning_lines(result.output)
    assert len(lines) == 2, result.output
    assert lines[0].startswith(f"{path}:2: answers-c1 answer 1 not matched to any rubric question (similarity 0.")
    assert "only rubric-wide items were scored; question: 'How do you compare options?'" in lines[0]
    assert lines[1].startswith(f"{path}:3: answers-c1 answer 2 matched to rubric question 'model_choice' with low "
                               "confidence (similarity 0.")
    assert "warnings: 2 (2 low_match)" in result.output
    index = _report_text(tmp_path / "reports" / "index.html")
    assert "Warnings (2)" in index and "matched to rubric question 'model_choice' with low confidence" in index


def test_many_warnings_are_capped_in_the_output(cli, tmp_path):
    path = tmp_path / "off-topic.csv"
    rows = "".join(f"w{i},c{i},How do you compare options number {i}?,I weigh each one against what users need "
                   f"with a small experiment.\n" for i in range(25))
    path.write_text("answer_id,candidate_id,question,answer\n" + rows)
    result, _ = _run(cli, tmp_path, path)
    assert "warnings: 25 (25 low_match)" in result.output
    assert len(_warning_lines(result.output)) == 20
    assert "  … and 5 more — see the report" in result.output
    assert "Warnings (25)" in _report_text(tmp_path / "reports" / "index.html")


def test_warnings_are_stored_once_and_replaced_with_the_file(cli, tmp_path):
    path = tmp_path / "olga.md"
    path.write_text(MISSPELT_MD)
    db = tmp_path / "w.duckdb"
    for _ in range(2):
        assert cli("ingest", path, "--db", db).exit_code == 0
    with duckdb.connect(str(db), read_only=True) as conn:
        assert conn.execute("SELECT count(*) FROM ingest_warnings").fetchone()[0] == 1
    path.write_text(MISSPELT_MD.replace("**Intervewer:**", "**Interviewer:**"))
    result = cli("ingest", path, "--db", db)
    assert _warning_lines(result.output) == []
    with duckdb.connect(str(db), read_only=True) as conn:
        assert conn.execute("SELECT count(*) FROM ingest_warnings").fetchone()[0] == 0


@pytest.mark.parametrize("name", sorted(p.name for p in (ROOT / "datasets/ai-engineer-interviews/transcripts").iterdir()))
def test_bundled_transcripts_raise_no_speaker_warnings(name):
    """No false alarms on clean transcripts (five formats, names and role labels, cues split mid-sentence)."""
    parsed = parse_file(ROOT / "datasets/ai-engineer-interviews/transcripts" / name)
    transcript = segment(parsed.transcripts[0])
    assert transcript.warnings == []
    assert all(t.line is not None for t in transcript.turns)  # every format gives the turns' lines
