"""The bundled dataset: it ingests cleanly, segments as its reviewers read it, and labels check works."""

from __future__ import annotations

import json

import duckdb
import pytest

from .conftest import RUBRIC, ROOT

DATASET = ROOT / "datasets" / "ai-engineer-interviews"


@pytest.fixture(scope="module")
def scored(tmp_path_factory):
    from click.testing import CliRunner
    from evaluator.cli import main
    tmp = tmp_path_factory.mktemp("bundled")
    db = tmp / "d.duckdb"
    runner = CliRunner()
    result = runner.invoke(main, ["run", str(DATASET / "transcripts"), str(DATASET / "written"), "--rubric",
                                  str(RUBRIC), "--db", str(db), "--report-dir", str(tmp / "r")])
    assert result.exit_code == 0, result.output
    return runner, db


def test_dataset_has_forty_transcripts_in_five_formats_and_written_answers(scored):
    _, db = scored
    with duckdb.connect(str(db), read_only=True) as conn:
        formats = dict(conn.execute("SELECT format, count(*) FROM sources GROUP BY 1").fetchall())
        assert sum(formats.get(f, 0) for f in ("txt", "md", "json", "vtt", "srt")) >= 40
        assert all(formats.get(f, 0) >= 5 for f in ("txt", "md", "json", "vtt", "srt"))
        assert formats.get("csv") == 1 and formats.get("jsonl") == 1
        assert conn.execute("SELECT count(*) FROM ingest_errors").fetchone()[0] == 0


def test_segmentation_resolves_the_reviewers_answers(scored):
    """Regression guard: ≥ 93% of labelled answers map to exactly one segmented, matched answer."""
    runner, db = scored
    from evaluator.cli import main
    result = runner.invoke(main, ["labels", "check", str(DATASET / "labels.csv"), "--db", str(db), "--json",
                                  "--rater", "reviewer_a"])
    report = json.loads(result.output)
    assert report["bad_rows"] == 0
    assert report["unresolved"] / report["labels"] < 0.07
    items = {i["item_id"]: i for i in report["items"]}
    assert set(items) == {"role_understanding", "production_substance", "model_tradeoffs", "communication",
                          "researcher_framing", "just_prompt_engineering", "no_model_tradeoffs"}
    flag = items["no_model_tradeoffs"]
    assert flag["tp"] + flag["fp"] + flag["fn"] + flag["tn"] == flag["n"]


def test_labels_check_counts_by_hand(cli, db, tmp_path):
    from .conftest import DATA
    cli("run", DATA / "formats", "--rubric", RUBRIC, "--db", db, "--report-dir", tmp_path / "r")
    labels = tmp_path / "labels.csv"
    labels.write_text("transcript_id,question_id,answer_id,item_id,rater,value,note\n"
                      ",,w-2,just_prompt_engineering,r1,1,\n"        # keyword raised it: TP
                      ",,j-1,no_model_tradeoffs,r1,0,\n"             # keyword raised it: FP
                      ",,w-1,no_model_tradeoffs,r1,0,\n"             # not raised: TN
                      "interview-txt,model_choice,,no_model_tradeoffs,r1,1,\n"  # raised: TP
                      ",,w-1,model_tradeoffs,r1,2,\n"                # keyword says 3: adjacent
                      ",,nope,model_tradeoffs,r1,3,\n"               # unknown answer: unresolved
                      ",,w-1,model_tradeoffs,r1,high,\n")            # bad value: reported row
    report = json.loads(cli("labels", "check", labels, "--db", db, "--json").output)
    assert report["unresolved"] == 1 and report["bad_rows"] == 1
    items = {i["item_id"]: i for i in report["items"]}
    assert (items["no_model_tradeoffs"]["tp"], items["no_model_tradeoffs"]["fp"],
            items["no_model_tradeoffs"]["tn"]) == (1, 1, 1)
    assert items["no_model_tradeoffs"]["precision"] == 0.5 and items["no_model_tradeoffs"]["recall"] == 1.0
    assert items["model_tradeoffs"]["exact_agreement"] == 0.0 and items["model_tradeoffs"]["adjacent_agreement"] == 1.0
    assert items["just_prompt_engineering"]["f1"] == 1.0


def test_second_run_on_the_bundled_dataset_changes_nothing(scored, tmp_path):
    runner, db = scored
    from evaluator.cli import main
    from evaluator.store.reads import table_counts
    with duckdb.connect(str(db), read_only=True) as conn:
        before = table_counts(conn)
    result = runner.invoke(main, ["run", str(DATASET / "transcripts"), str(DATASET / "written"), "--rubric",
                                  str(RUBRIC), "--db", str(db), "--report-dir", str(tmp_path / "r")])
    assert result.exit_code == 0
    assert "0 answers scored" in result.output and "46 unchanged" in result.output
    with duckdb.connect(str(db), read_only=True) as conn:
        assert table_counts(conn) == before
