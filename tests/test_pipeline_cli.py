"""End to end through the CLI: run, idempotent re-run, export contract, stage commands."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import duckdb
import pytest
from click.testing import CliRunner

from evaluator.cli import main
from evaluator.store.reads import EXPORT_COLUMNS, table_counts

from .conftest import DATA, RUBRIC

FORMATS = DATA / "formats"


def _counts(db: Path) -> dict[str, int]:
    with duckdb.connect(str(db), read_only=True) as conn:
        return table_counts(conn)


def test_run_scores_every_format_and_writes_reports(cli, db, tmp_path):
    reports = tmp_path / "reports"
    result = cli("run", FORMATS, "--rubric", RUBRIC, "--db", db, "--report-dir", reports)
    assert result.exit_code == 0, result.output
    assert "7 ingested" in result.output
    assert (reports / "index.html").exists()
    with duckdb.connect(str(db), read_only=True) as conn:
        formats = dict(conn.execute("SELECT format, count(*) FROM sources GROUP BY 1").fetchall())
        assert formats == {"txt": 1, "md": 1, "json": 1, "vtt": 1, "srt": 1, "csv": 1, "jsonl": 1}
        kinds = dict(conn.execute("SELECT kind, count(*) FROM transcripts GROUP BY 1").fetchall())
        assert kinds == {"interview": 5, "written": 3}


def test_rerun_is_idempotent_and_scores_nothing(cli, db, tmp_path):
    args = ("run", FORMATS, "--rubric", RUBRIC, "--db", db, "--report-dir", tmp_path / "r")
    cli(*args)
    before = _counts(db)
    second = cli(*args)
    assert second.exit_code == 0
    assert "0 ingested" in second.output and "7 unchanged" in second.output
    assert "0 answers scored" in second.output
    assert _counts(db) == before


def test_changed_rubric_version_makes_a_new_run_and_keeps_the_old(cli, db, tmp_path):
    cli("run", FORMATS, "--rubric", RUBRIC, "--db", db, "--report-dir", tmp_path / "r")
    changed = tmp_path / "rubric.yaml"
    changed.write_text(RUBRIC.read_text().replace('version: "1.0.0"', 'version: "1.0.1"'))
    result = cli("score", "--rubric", changed, "--db", db)
    assert "(new;" in result.output
    with duckdb.connect(str(db), read_only=True) as conn:
        runs = conn.execute("SELECT rubric_version FROM runs ORDER BY rubric_version").fetchall()
        assert runs == [("1.0.0",), ("1.0.1",)]
        per_run = conn.execute("SELECT run_id, count(*) FROM scores GROUP BY 1").fetchall()
        assert len(per_run) == 2 and per_run[0][1] == per_run[1][1]


def test_changed_file_is_reingested_and_only_its_answers_rescored(cli, db, tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    for name in ("interview.md", "written.csv"):
        (inputs / name).write_bytes((FORMATS / name).read_bytes())
    cli("run", inputs, "--rubric", RUBRIC, "--db", db, "--report-dir", tmp_path / "r")
    csv_path = inputs / "written.csv"
    csv_path.write_text(csv_path.read_text().replace(
        "basically prompt engineering", "basically prompt engineering, plus evals"))
    result = cli("run", inputs, "--rubric", RUBRIC, "--db", db, "--report-dir", tmp_path / "r")
    assert "1 ingested" in result.output and "1 unchanged" in result.output
    assert "1 answers scored" in result.output
    with duckdb.connect(str(db), read_only=True) as conn:
        assert conn.execute("SELECT count(*) FROM sources").fetchone()[0] == 2


def test_export_csv_has_the_contract_columns_and_a_final_row_per_item(cli, db, tmp_path):
    cli("run", FORMATS, "--rubric", RUBRIC, "--db", db, "--report-dir", tmp_path / "r")
    result = cli("export", "--db", db, "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(result.output)))
    assert list(rows[0].keys()) == EXPORT_COLUMNS
    finals = {(r["answer_id"], r["item_id"]) for r in rows if r["scorer"] == "final"}
    keyword = {(r["answer_id"], r["item_id"]) for r in rows if r["scorer"] == "keyword"}
    assert finals == keyword and finals
    with duckdb.connect(str(db), read_only=True) as conn:
        expected = conn.execute("SELECT sum(n_items) FROM run_answers").fetchone()[0]
    assert len(finals) == expected
    given = [r for r in rows if r["answer_id"] == "w-1"]
    assert given and all(r["question_id"] == "model_choice" for r in given)
    for r in rows:
        assert r["status"] in ("scored", "unscored")
        assert r["item_kind"] in ("criterion", "flag")
        for span in json.loads(r["evidence"]):
            assert set(span) == {"start", "end", "text"}
    flag = next(r for r in rows if r["answer_id"] == "w-2" and r["item_id"] == "just_prompt_engineering"
                and r["scorer"] == "final")
    assert flag["value"] == "1"


def test_export_evidence_spans_point_into_the_answer_text(cli, db, tmp_path):
    cli("run", FORMATS, "--rubric", RUBRIC, "--db", db, "--report-dir", tmp_path / "r")
    result = cli("export", "--db", db, "--format", "jsonl")
    records = [json.loads(line) for line in result.output.splitlines()]
    with duckdb.connect(str(db), read_only=True) as conn:
        texts = dict(conn.execute("SELECT answer_id, text FROM answers").fetchall())
    spans = [(r["answer_id"], s) for r in records for s in r["evidence"]]
    assert spans
    for answer_id, span in spans:
        assert texts[answer_id][span["start"]:span["end"]] == span["text"]


@pytest.mark.parametrize("level", ["answer", "candidate"])
def test_export_parquet_holds_the_same_rows_as_jsonl(cli, db, tmp_path, monkeypatch, level):
    """Parquet export (issue 15.2): the rows of the JSON Lines export, typed, in several row
    groups when the run is larger than one batch."""
    import pyarrow.parquet as pq

    import evaluator.export
    monkeypatch.setattr(evaluator.export, "PARQUET_BATCH", 7)  # several row groups even here
    cli("run", FORMATS, "--rubric", RUBRIC, "--db", db, "--report-dir", tmp_path / "r")
    out = tmp_path / "scores.parquet"
    cli("export", "--db", db, "--format", "parquet", "--output", out, "--level", level)
    expected = [json.loads(line) for line in cli("export", "--db", db, "--format", "jsonl", "--level",
                                                  level).output.splitlines()]
    parquet = pq.ParquetFile(out)
    assert parquet.metadata.num_row_groups == -(-len(expected) // 7)
    rows = parquet.read().to_pylist()
    if level == "answer":
        for row in rows:
            row["evidence"] = json.loads(row["evidence"])
    assert rows == expected
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []  # no temporary file left


def test_export_parquet_needs_a_file(cli, db, tmp_path):
    cli("run", FORMATS, "--rubric", RUBRIC, "--db", db, "--report-dir", tmp_path / "r")
    result = CliRunner().invoke(main, ["export", "--db", str(db), "--format", "parquet"])
    assert result.exit_code != 0 and "give --output FILE.parquet" in result.output


def test_export_candidate_level(cli, db, tmp_path):
    cli("run", FORMATS, "--rubric", RUBRIC, "--db", db, "--report-dir", tmp_path / "r")
    out = tmp_path / "cand.csv"
    result = cli("export", "--db", db, "--format", "csv", "--level", "candidate", "--output", out)
    assert result.exit_code == 0
    rows = list(csv.DictReader(out.open()))
    assert list(rows[0].keys()) == ["run_id", "candidate_id", "transcript_id", "item_id", "value", "n_answers"]
    with duckdb.connect(str(db), read_only=True) as conn:  # ids come from files; the name is the display name
        jane_id = conn.execute("SELECT candidate_id FROM candidates WHERE display_name = 'Jane Doe'").fetchone()[0]
    jane = {r["item_id"]: r for r in rows if r["candidate_id"] == jane_id}
    assert {"overall", "role_understanding", "no_model_tradeoffs"} <= set(jane)
    assert jane["no_model_tradeoffs"]["value"] == "1"  # "I'd just use GPT-4o, it's the best one"
    assert 0 <= float(jane["overall"]["value"]) <= 100


def test_stage_commands_match_run(cli, tmp_path):
    staged, whole = tmp_path / "staged.duckdb", tmp_path / "whole.duckdb"
    assert cli("ingest", FORMATS, "--db", staged).exit_code == 0
    assert cli("score", "--rubric", RUBRIC, "--db", staged).exit_code == 0
    assert cli("report", "--db", staged, "--report-dir", tmp_path / "r1").exit_code == 0
    cli("run", FORMATS, "--rubric", RUBRIC, "--db", whole, "--report-dir", tmp_path / "r2")
    query = "SELECT answer_id, item_id, scorer, value FROM scores ORDER BY ALL"
    with duckdb.connect(str(staged), read_only=True) as a, duckdb.connect(str(whole), read_only=True) as b:
        assert a.execute(query).fetchall() == b.execute(query).fetchall()


def test_db_defaults_to_env_var(cli, tmp_path, monkeypatch):
    target = tmp_path / "env.duckdb"
    monkeypatch.setenv("EVALUATOR_DB", str(target))
    assert cli("ingest", FORMATS / "written.csv").exit_code == 0
    assert target.exists()


def test_every_command_has_help_with_an_example(cli):
    for command in (["run"], ["ingest"], ["score"], ["report"], ["export"], ["rubric", "validate"],
                    ["rubric", "schema"], []):
        result = cli(*command, "--help")
        assert result.exit_code == 0
        assert "Example" in result.output, command


def test_python_dash_m_works(tmp_path):
    import subprocess
    import sys
    out = subprocess.run([sys.executable, "-m", "evaluator", "rubric", "validate", str(RUBRIC)],
                         capture_output=True, text=True, check=True)
    assert "ok" in out.stdout


def test_second_domain_rubric_behavioural(cli, db, tmp_path):
    rubric = RUBRIC.parent / "behavioural-star.yaml"
    result = cli("run", DATA / "behavioural", "--rubric", rubric, "--db", db, "--report-dir", tmp_path / "r")
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(cli("export", "--db", db, "--format", "csv").output)))
    final = {(r["answer_id"], r["item_id"]): r["value"] for r in rows if r["scorer"] == "final"}
    assert final[("b-1", "star_structure")] == "3" and final[("b-1", "reflection")] == "1"
    assert final[("b-2", "blames_others")] == "1" and final[("b-1", "blames_others")] == "0"
    assert final[("b-3", "hypothetical_only")] == "1" and final[("b-1", "hypothetical_only")] == "0"
    assert ("b-3", "reflection") not in final  # reflection is scoped to failure/conflict questions
