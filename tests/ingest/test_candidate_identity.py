"""A candidate's identity comes from the file (or an id given in it), never from a first name.

`Olga:` in two transcripts used to become one candidate `olga`, merging two people's answers.
"""

from __future__ import annotations

import csv
import io
import json

import duckdb

from evaluator.ingest import parse_file
from evaluator.segment import segment

from ..conftest import ROOT, RUBRIC

BUNDLED = ROOT / "datasets" / "ai-engineer-interviews" / "transcripts"


def _interview(answer: str) -> str:
    return ("Interviewer: Hi, thanks for joining. What does an AI engineer do, and how is the role different "
            f"from a data scientist?\n\nOlga: {answer}\n\nInterviewer: How would you choose between GPT-4o, "
            "Claude and a small open-source model for a product feature?\n\nOlga: Quality on an eval set of "
            "real tasks first, then cost and latency.\n")


def test_same_first_name_in_two_files_is_two_candidates(cli, tmp_path):
    first, second = tmp_path / "t01-olga-ivanova.txt", tmp_path / "t02-olga-berg.txt"
    first.write_text(_interview("They build products on foundation models, with retrieval and evals."))
    second.write_text(_interview("Mostly training research models from scratch on GPU clusters."))
    db = tmp_path / "c.duckdb"
    result = cli("run", first, second, "--rubric", RUBRIC, "--db", db, "--report-dir", tmp_path / "r",
                 "--workers", "1")
    assert result.exit_code == 0, result.output
    with duckdb.connect(str(db), read_only=True) as conn:
        candidates = conn.execute("SELECT candidate_id, display_name FROM candidates ORDER BY 1").fetchall()
        owners = conn.execute("SELECT DISTINCT transcript_id, candidate_id FROM answers ORDER BY 1").fetchall()
    assert candidates == [("t01-olga-ivanova", "Olga"), ("t02-olga-berg", "Olga")]
    assert owners == [("t01-olga-ivanova", "t01-olga-ivanova"), ("t02-olga-berg", "t02-olga-berg")]
    export = cli("export", "--db", db, "--format", "csv", "--level", "candidate")
    overall = {r["candidate_id"] for r in csv.DictReader(io.StringIO(export.output)) if r["item_id"] == "overall"}
    assert overall == {"t01-olga-ivanova", "t02-olga-berg"}
    pages = sorted(p.name.rsplit("-", 1)[0] for p in (tmp_path / "r" / "candidates").iterdir())
    assert pages == ["t01-olga-ivanova", "t02-olga-berg"]


def test_same_file_stem_in_two_formats_is_two_candidates(cli, tmp_path):
    (tmp_path / "olga.txt").write_text(_interview("They build products on foundation models."))
    (tmp_path / "olga.md").write_text(_interview("They ship features on models.").replace("Olga:", "**Olga:**")
                                      .replace("Interviewer:", "**Interviewer:**"))
    db = tmp_path / "c.duckdb"
    assert cli("ingest", tmp_path, "--db", db).exit_code == 0
    with duckdb.connect(str(db), read_only=True) as conn:
        ids = [r[0] for r in conn.execute("SELECT candidate_id FROM candidates ORDER BY 1").fetchall()]
    assert ids == ["olga", "olga-txt"]  # the second file's transcript id was made unique, and its candidate's


def test_an_id_given_in_the_file_is_kept_and_may_join_two_files(cli, tmp_path):
    turns = [{"speaker": "Interviewer", "text": "What does an AI engineer do?"},
             {"speaker": "Olga", "text": "They build products on foundation models, with retrieval and evals."}]
    for name in ("screen", "onsite"):
        (tmp_path / f"{name}.json").write_text(json.dumps({"candidate_id": "olga-ivanova-1987", "turns": turns}))
    db = tmp_path / "c.duckdb"
    assert cli("ingest", tmp_path, "--db", db).exit_code == 0
    with duckdb.connect(str(db), read_only=True) as conn:
        assert conn.execute("SELECT candidate_id, display_name FROM candidates").fetchall() == [
            ("olga-ivanova-1987", "Olga")]
        assert conn.execute("SELECT count(DISTINCT transcript_id) FROM answers "
                            "WHERE candidate_id = 'olga-ivanova-1987'").fetchone()[0] == 2


def test_a_role_label_gives_no_display_name(cli, tmp_path):
    path = tmp_path / "t10.txt"
    path.write_text("Interviewer: What does an AI engineer do?\n\nCandidate: They build products on models.\n")
    db = tmp_path / "c.duckdb"
    assert cli("ingest", path, "--db", db).exit_code == 0
    with duckdb.connect(str(db), read_only=True) as conn:
        assert conn.execute("SELECT candidate_id, display_name FROM candidates").fetchall() == [("t10", None)]


def test_bundled_transcripts_have_ids_from_their_files():
    """`kenji`, `rosa`, `hana` (first names) sat beside `t19-liam-oconnor` (a file name): no longer."""
    for path in sorted(BUNDLED.iterdir()):
        transcript = segment(parse_file(path).transcripts[0])
        given = json.loads(path.read_text()).get("candidate_id") if path.suffix == ".json" else None
        assert transcript.candidate_id == (given or path.stem), path.name
