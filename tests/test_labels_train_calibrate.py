"""The path rubric owners follow: labels import → train → run with the classifier → export → calibrate."""

from __future__ import annotations

import csv
import io
import json

import duckdb
import pytest

from evaluator.classifier.pickled import load_joblib
from evaluator.rubric import load_rubric
from evaluator.scorers.classifier import BUNDLED

from .conftest import DATA, RUBRIC

GRADED = DATA / "graded"


@pytest.fixture(scope="module")
def trained(tmp_path_factory):
    """labels import --rubric-out, then train: shared by the tests below (training takes seconds)."""
    from click.testing import CliRunner
    from evaluator.cli import main
    tmp = tmp_path_factory.mktemp("graded")
    runner = CliRunner()

    def cli(*args):
        result = runner.invoke(main, [str(a) for a in args], catch_exceptions=False)
        return result

    imported = cli("labels", "import", GRADED / "train.csv", "--db", tmp / "d.duckdb", "--rubric-out", tmp / "r.yaml")
    assert imported.exit_code == 0, imported.output
    trained = cli("train", "--rubric", tmp / "r.yaml", "--db", tmp / "d.duckdb", "--output", tmp / "m.joblib",
                  "--group-by", "question", "--json")
    assert trained.exit_code == 0, trained.output
    return cli, tmp, imported.output, json.loads(trained.output[trained.output.index("{"):])


def test_graded_import_writes_a_rubric_and_labels(trained):
    _, tmp, output, _ = trained
    assert "answers: 120 ingested" in output and "labels: 240 imported, 0 rows skipped" in output
    rubric = load_rubric(tmp / "r.yaml").rubric
    assert [c.id for c in rubric.criteria] == ["score", "label"]
    score, label = rubric.criteria
    assert score.scale == "interval" and score.min_value == 0 and score.max_value == 1
    assert label.scale == "nominal" and [lv.label for lv in label.levels] == ["Correct", "Incorrect", "Partially correct"]
    assert len(rubric.questions) == 4 and all(q.reference_answer for q in rubric.questions)
    with duckdb.connect(str(tmp / "d.duckdb"), read_only=True) as conn:
        values = dict(conn.execute("SELECT item_id, count(value) FROM labels GROUP BY 1").fetchall())
        assert values == {"score": 120, "label": 120}


def test_train_reports_grouped_cv_and_saves_metadata(trained):
    _, tmp, _, report = trained
    assert set(report["items"]) == {"score", "label"}
    label = report["items"]["label"]
    assert label["cv"]["grouped_by"] == "question" and label["cv"]["n"] == 120
    assert 0 <= label["cv"]["exact"] <= 1 and "macro_f1" in label["cv"]
    from evaluator.classifier import load_model
    model = load_model(tmp / "m.joblib", load_rubric(tmp / "r.yaml"))
    assert model["rubric_id"] == "saf_en" and len(model["training_data_hash"]) == 64
    assert {"scikit-learn", "numpy", "python"} <= set(model["libraries"])
    assert model["items"]["score"]["regression"] is True  # many score levels: regressed, then snapped


def test_run_new_answers_with_the_classifier_and_export(trained):
    cli, tmp, _, _ = trained
    db2 = tmp / "d2.duckdb"
    result = cli("run", GRADED / "new.csv", "--rubric", tmp / "r.yaml", "--scorers", "classifier",
                 "--classifier-model", tmp / "m.joblib", "--db", db2, "--report-dir", tmp / "rep")
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(cli("export", "--db", db2, "--format", "csv").output)))
    finals = [r for r in rows if r["scorer"] == "final"]
    assert {r["item_id"] for r in finals} == {"score", "label"} and len(finals) == 60
    assert all(r["status"] == "scored" for r in finals)
    label_values = {float(r["value"]) for r in finals if r["item_id"] == "label"}
    assert label_values <= {0.0, 1.0, 2.0}
    confidences = [float(r["confidence"]) for r in rows if r["scorer"] == "classifier" and r["item_id"] == "label"]
    assert all(1 / 3 <= c <= 1 for c in confidences)


def test_model_for_another_rubric_is_a_clear_error(trained, tmp_path):
    cli, tmp, _, _ = trained
    result = cli("run", DATA / "formats" / "written.csv", "--rubric", RUBRIC, "--scorers", "classifier",
                 "--classifier-model", tmp / "m.joblib", "--db", tmp_path / "x.duckdb")
    assert result.exit_code == 5
    assert "was trained for rubric saf_en v1.0.0, not ai-engineer-role v1.0.0" in result.output


def test_calibrate_json_store_and_report(trained):
    cli, tmp, _, _ = trained
    db = tmp / "d.duckdb"
    assert cli("score", "--rubric", tmp / "r.yaml", "--db", db, "--scorers", "classifier",
               "--classifier-model", tmp / "m.joblib").exit_code == 0
    result = cli("calibrate", "--db", db, "--json", "--bootstrap", "200", "--report-dir", tmp / "cal")
    doc = json.loads(result.output)
    assert doc["cluster_by"] == "question" and doc["reference"] == "consensus"
    items = {i["item_id"]: i for i in doc["items"]}
    label = items["label"]["scorers"]["classifier"]
    assert label["n"] == 120 and label["in_sample"] == 120  # trained on these answers: flagged
    assert set(label) >= {"exact", "kappa", "macro_f1", "exact_ci", "kappa_ci", "confusion"}
    score = items["score"]["scorers"]["final"]
    assert set(score) >= {"qwk", "pearson", "spearman", "alpha_ordinal", "alpha_interval", "mae", "rmse", "qwk_ci"}
    lo, hi = score["qwk_ci"]
    assert lo <= score["qwk"] <= hi
    assert score["worst"] and {"answer", "human", "scorer_value", "reason"} <= set(score["worst"][0])
    with duckdb.connect(str(db), read_only=True) as conn:
        stored = conn.execute("SELECT count(*) FROM calibration_metrics WHERE calibration_id = ?",
                              [doc["calibration_id"]]).fetchone()[0]
        assert stored > 20
        assert conn.execute("SELECT count(*) FROM calibrations").fetchone()[0] == 1
    html = (tmp / "cal" / "calibration.html").read_text()
    assert "quadratic weighted κ with 95% CI" in html and "Confusion matrix" in html


def test_labels_import_reports_bad_rows_and_keeps_the_rest(cli, db, tmp_path):
    cli("run", DATA / "formats", "--rubric", RUBRIC, "--db", db, "--report-dir", tmp_path / "r")
    labels = tmp_path / "labels.csv"
    labels.write_text("transcript_id,question_id,answer_id,item_id,rater,value,note\n"
                      ",,w-1,model_tradeoffs,r1,2,ok\n"
                      ",,w-1,model_tradeoffs,r2,3,second rater\n"
                      ",,w-9,model_tradeoffs,r1,2,unknown answer\n"
                      ",,w-1,colour,r1,2,unknown item\n"
                      ",,w-1,model_tradeoffs,r1,7,out of range\n"
                      ",,w-2,just_prompt_engineering,r1,2,flag not 0/1\n"
                      "interview-txt,model_choice,,no_model_tradeoffs,r1,1,by transcript + question\n"
                      "nope,model_choice,,no_model_tradeoffs,r1,1,unknown transcript\n")
    result = cli("labels", "import", labels, "--db", db, "--rubric", RUBRIC)
    assert result.exit_code == 1
    assert "labels: 3 imported, 5 rows skipped" in result.output
    for expected in ("row 3: unknown answer_id 'w-9'", "row 4: unknown item 'colour'",
                     "row 5: value 7 is outside model_tradeoffs's range 0–3", "must be 1 (raised) or 0",
                     "row 8: unknown transcript_id 'nope'"):
        assert expected in result.output, expected
    again = cli("labels", "import", labels, "--db", db, "--rubric", RUBRIC)
    assert "labels: 3 imported" in again.output
    with duckdb.connect(str(db), read_only=True) as conn:
        assert conn.execute("SELECT count(*) FROM labels").fetchone()[0] == 3  # re-import replaced, not added
        assert conn.execute("SELECT count(*) FROM label_errors").fetchone()[0] == 5
    doc = json.loads(cli("calibrate", "--db", db, "--json", "--bootstrap", "100",
                         "--report-dir", tmp_path / "c").output)
    tradeoffs = next(i for i in doc["items"] if i["item_id"] == "model_tradeoffs")
    assert tradeoffs["humans"]["n_raters"] == 2  # two raters on w-1: a human–human baseline exists


def test_calibrate_without_labels_is_a_clear_error(cli, db, tmp_path):
    cli("run", DATA / "formats", "--rubric", RUBRIC, "--db", db, "--report-dir", tmp_path / "r")
    result = cli("calibrate", "--db", db)
    assert result.exit_code == 4 and "no human labels match this run's answers" in result.output


def test_consensus_rules():
    from evaluator.labels.resolution import consensus
    rubric = load_rubric(RUBRIC).rubric
    assert consensus([1.0, 0.0], rubric.flag("researcher_framing")) == 1.0  # ties go to raised
    assert consensus([0.0, 0.0, 1.0], rubric.flag("researcher_framing")) == 0.0
    assert consensus([1.0, 2.0, 3.0, 3.0], rubric.criterion("model_tradeoffs")) == 3.0  # median 2.5 → upper level
    assert consensus([1.0, 2.0, 2.0], rubric.criterion("model_tradeoffs")) == 2.0




def test_shipped_model_scores_the_bundled_rubric(cli, db, tmp_path):
    """The classifier shipped in the package loads for the current rubric version (else: make model)."""
    result = cli("run", DATA / "formats", "--rubric", RUBRIC, "--scorers", "keyword,classifier", "--db", db,
                 "--report-dir", tmp_path / "r")
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(cli("export", "--db", db, "--format", "csv").output)))
    classifier = [r for r in rows if r["scorer"] == "classifier"]
    assert classifier and all(r["status"] == "scored" for r in classifier)
    # the learned final: a stack where training kept one, else the order fitted at training time
    finals = {(r["answer_id"], r["item_id"]): r["reason"] for r in rows if r["scorer"] == "final"}
    model = load_joblib(BUNDLED["ai-engineer-role"], trust=True)
    for (_, item_id), reason in finals.items():
        if model["items"][item_id].get("stack"):
            assert reason.startswith("stacked (classifier "), reason
        else:
            assert reason.startswith("from " + model["items"][item_id]["combine"][0]), reason
    assert any(r.startswith("stacked (") for r in finals.values())
