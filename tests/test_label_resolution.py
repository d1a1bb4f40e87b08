"""Every label that does not resolve to exactly one answer is reported with its reason, by
`labels import` and by `calibrate` (CLI and HTML); calibrate refuses unknown raters and labels that
match nothing without touching the report; train skips items with too few labels and trains the rest."""

from __future__ import annotations

import csv
import io
import json

import duckdb

from .conftest import DATA, RUBRIC

GREETING = """Interviewer: Hi Sam, thanks for joining. How's your day going?

Sam Lee: Good, thanks for having me.
"""
ROLE = """
Interviewer: What does an AI engineer do, and how is the role different from a data scientist or an ML engineer?

Sam Lee: An AI engineer builds products on top of foundation models: retrieval pipelines, evaluation sets,
guardrails and agents. A data scientist runs experiments and analyses data.
"""
ROLE_FOLLOW_UP = """
Interviewer: How is AI engineering different from machine learning engineering?

Sam Lee: An ML engineer trains and serves models and watches drift; we mostly build on models others trained.
"""
MODEL = """
Interviewer: How would you choose between GPT-4o, Claude and a small open-source model for a product feature?

Sam Lee: I'd start from the feature's quality bar: build an eval set of real requests, then compare quality,
cost per request and latency on it.
"""
# Meant as a follow-up, but it reads as a new question: the segmenter opens a second answer, and
# both answers match the rubric question model_choice.
MODEL_FOLLOW_UP = """
Interviewer: And would you use a hosted model or an open-source model you run yourself?

Sam Lee: Hosted first, to learn fast. Once volume makes cost matter, a small open model we run ourselves,
if it passes the same evals.
"""
HEADER = "transcript_id,question_id,answer_id,item_id,rater,value,note\n"


def _run(cli, tmp_path, db, text: str):
    transcript = tmp_path / "split.txt"
    transcript.write_text(text, encoding="utf-8")
    result = cli("run", transcript, "--rubric", RUBRIC, "--db", db, "--report-dir", tmp_path / "r")
    assert result.exit_code == 0, result.output


def _labels(tmp_path, rows: str, name: str = "labels.csv"):
    path = tmp_path / name
    path.write_text(HEADER + rows, encoding="utf-8")
    return path


def _calibrate(cli, db, report_dir, *args):
    return cli("calibrate", "--db", db, "--bootstrap", "100", "--report-dir", report_dir, *args)


def test_segmentation_puts_the_follow_up_in_its_own_answer(cli, db, tmp_path):
    """The premise of the tests below: two answers of one transcript carry the same question."""
    _run(cli, tmp_path, db, GREETING + ROLE + MODEL + MODEL_FOLLOW_UP)
    with duckdb.connect(str(db), read_only=True) as conn:
        matched = conn.execute("SELECT answer_id, question_id FROM run_answers ORDER BY answer_id").fetchall()
    assert matched == [("split/1", None), ("split/2", "role_definition"), ("split/3", "model_choice"),
                       ("split/4", "model_choice")]


def test_labels_import_reports_an_ambiguous_label_and_a_duplicate(cli, db, tmp_path):
    _run(cli, tmp_path, db, GREETING + ROLE + MODEL + MODEL_FOLLOW_UP)
    labels = _labels(tmp_path, "split,model_choice,,model_tradeoffs,r1,2,answer split by the follow-up\n"
                               "split,role_definition,,role_understanding,r1,3,\n"
                               "split,role_definition,,communication,r1,2,\n"
                               ",,split/2,role_understanding,r1,2,same answer and item again\n"
                               ",,split/9,communication,r1,2,no such answer\n")
    result = cli("labels", "import", labels, "--db", db, "--rubric", RUBRIC)
    assert result.exit_code == 1  # a row was skipped (the unknown answer)
    assert "labels: 4 imported, 1 rows skipped, 2 imported but not resolved to exactly one answer" in result.output
    for expected in ("1 ambiguous: several answers of the transcript respond to the question; name one with answer_id",
                     "1 duplicate:", "1 unknown_answer:",
                     f"{labels} row 1: 2 answers of transcript 'split' respond to question 'model_choice' "
                     "(split/3, split/4); name the right one with answer_id [item model_tradeoffs, ambiguous]",
                     f"{labels} row 4: r1 already labelled role_understanding of 'split/2' (row 2)",
                     f"{labels} row 5: unknown answer_id 'split/9'"):
        assert expected in result.output, expected
    with duckdb.connect(str(db), read_only=True) as conn:
        # the ambiguous and duplicate labels are kept (fixable, and calibrate reports them); the unknown one is not
        assert conn.execute("SELECT list(row_number ORDER BY row_number) FROM labels").fetchone()[0] == [1, 2, 3, 4]


def test_labels_import_lists_at_most_twenty_unless_verbose(cli, db, tmp_path):
    _run(cli, tmp_path, db, GREETING + ROLE + MODEL + MODEL_FOLLOW_UP)
    labels = _labels(tmp_path, "".join(f"split,model_choice,,model_tradeoffs,r{n},2,\n" for n in range(25)))
    short = cli("labels", "import", labels, "--db", db, "--rubric", RUBRIC)
    assert short.exit_code == 0 and "25 ambiguous:" in short.output
    assert short.output.count("[item model_tradeoffs, ambiguous]") == 20
    assert f"… and 5 more: 'evaluator labels import {labels} --verbose' lists them all" in short.output
    full = cli("labels", "import", labels, "--db", db, "--rubric", RUBRIC, "--verbose")
    assert full.output.count("[item model_tradeoffs, ambiguous]") == 25 and "more:" not in full.output


def test_calibrate_says_how_many_labels_it_used_and_why_not_the_rest(cli, db, tmp_path):
    _run(cli, tmp_path, db, GREETING + ROLE + MODEL + MODEL_FOLLOW_UP)
    labels = _labels(tmp_path, "split,model_choice,,model_tradeoffs,r1,2,\n"
                               "split,role_definition,,role_understanding,r1,3,\n"
                               "split,role_definition,,communication,r1,2,\n"
                               ",,split/3,no_model_tradeoffs,r1,0,named by id: fine\n")
    assert cli("labels", "import", labels, "--db", db, "--rubric", RUBRIC).exit_code == 0
    result = _calibrate(cli, db, tmp_path / "cal")
    assert result.exit_code == 0, result.output
    assert "labels of r1: used 3 of 4 labelled (answer, item) pairs; not used: 1 ambiguous" in result.output
    assert (f"{labels} row 1: 2 answers of transcript 'split' respond to question 'model_choice' (split/3, split/4)"
            in result.output)
    html = (tmp_path / "cal" / "calibration.html").read_text(encoding="utf-8")
    assert "r1: used 3 of 4 labelled (answer, item) pairs; not used: 1 ambiguous" in html
    assert "Labels not used (1)" in html and "respond to question &#39;model_choice&#39; (split/3, split/4)" in html
    doc = json.loads(_calibrate(cli, db, tmp_path / "cal", "--json").stdout)
    assert doc["labels"]["usage"] == {"r1": {"labelled": 4, "used": 3, "unresolved": {"ambiguous": 1}}}
    [missed] = doc["labels"]["unresolved_labels"]
    assert (missed["row_number"], missed["item_id"], missed["reason"]) == (1, "model_tradeoffs", "ambiguous")


def test_a_split_after_labelling_is_reported_not_dropped(cli, db, tmp_path):
    """The issue's case: labels imported, then the transcript re-ingested with a follow-up that splits
    an answer (and renumbers the answers after it)."""
    _run(cli, tmp_path, db, GREETING + ROLE + MODEL)
    labels = _labels(tmp_path, "split,role_definition,,role_understanding,r1,3,\n"
                               ",,split/3,no_model_tradeoffs,r1,0,the model answer when labelled\n"
                               "split,model_choice,,model_tradeoffs,r1,2,\n")
    imported = cli("labels", "import", labels, "--db", db, "--rubric", RUBRIC)
    assert "labels: 3 imported, 0 rows skipped, 0 imported but not resolved" in imported.output
    _run(cli, tmp_path, db, GREETING + ROLE + ROLE_FOLLOW_UP + MODEL)  # split/3 is now the follow-up's answer
    result = _calibrate(cli, db, tmp_path / "cal")
    assert result.exit_code == 0, result.output
    assert ("labels of r1: used 1 of 3 labelled (answer, item) pairs; not used: 1 ambiguous, "
            "1 changed_since_labelled") in result.output
    assert "answer 'split/3' changed since it was labelled" in result.output
    assert "(split/2, split/3); name the right one with answer_id" in result.output


def test_calibrate_unknown_rater_is_an_error_and_keeps_the_report(cli, db, tmp_path):
    _run(cli, tmp_path, db, GREETING + ROLE + MODEL)
    labels = _labels(tmp_path, "split,role_definition,,role_understanding,r1,3,\n"
                               "split,model_choice,,model_tradeoffs,r2,2,\n")
    cli("labels", "import", labels, "--db", db, "--rubric", RUBRIC)
    assert _calibrate(cli, db, tmp_path / "cal").exit_code == 0
    report = tmp_path / "cal" / "calibration.html"
    before = (report.read_bytes(), report.stat().st_mtime_ns)
    for extra in ((), ("--fit-combine",), ("--json",)):
        result = _calibrate(cli, db, tmp_path / "cal", "--rater", "NOBODY", *extra)
        assert result.exit_code == 4
        assert result.output.strip().splitlines() == [
            "error: no labels by rater 'NOBODY'; the raters are: r1, r2 (and 'override' once a reviewer "
            "overrides a verdict in 'evaluator serve')"]
    assert (report.read_bytes(), report.stat().st_mtime_ns) == before
    with duckdb.connect(str(db), read_only=True) as conn:
        assert conn.execute("SELECT count(*) FROM calibrations").fetchone()[0] == 1
        assert conn.execute("SELECT count(*) FROM combine_rules").fetchone()[0] == 0


def test_calibrate_without_usable_labels_is_an_error_and_keeps_the_report(cli, db, tmp_path):
    _run(cli, tmp_path, db, GREETING + ROLE + MODEL)
    report = tmp_path / "cal" / "calibration.html"
    nothing = _calibrate(cli, db, tmp_path / "cal")
    assert nothing.exit_code == 4 and "the database has none; import them with 'evaluator labels import'" in nothing.output
    assert not report.exists()
    labels = _labels(tmp_path, ",,split/2,role_understanding,r1,3,\n")
    cli("labels", "import", labels, "--db", db, "--rubric", RUBRIC)
    assert _calibrate(cli, db, tmp_path / "cal").exit_code == 0
    before = (report.read_bytes(), report.stat().st_mtime_ns)
    # answers ingested after the run, labelled: nothing of the run is labelled any more
    extra = tmp_path / "extra.csv"
    extra.write_text("candidate_id,question_id,answer_id,question,answer\n"
                     "c9,model_choice,x-1,Which model would you pick?,The cheapest one that passes our evals.\n",
                     encoding="utf-8")
    assert cli("ingest", extra, "--db", db).exit_code == 0
    labels.write_text(HEADER + ",,x-1,model_tradeoffs,r1,1,\n,,x-1,communication,r1,2,\n", encoding="utf-8")
    cli("labels", "import", labels, "--db", db, "--rubric", RUBRIC)
    result = _calibrate(cli, db, tmp_path / "cal")
    assert result.exit_code == 4
    assert "no human labels match this run's answers: none of the 2 labels of r1 resolve to an answer of run" in result.output
    assert "(2 not_in_run)" in result.output and len(result.output.strip().splitlines()) == 1
    assert (report.read_bytes(), report.stat().st_mtime_ns) == before


def _graded_with_few_scores(tmp_path, keep: int):
    """The graded training set with its 'score' grades removed except on the first ``keep`` rows."""
    with open(DATA / "graded" / "train.csv", newline="", encoding="utf-8") as handle:
        reader = csv.DictReader(handle)
        rows, fields = list(reader), reader.fieldnames
    for n, row in enumerate(rows):
        if n >= keep:
            row["score"] = ""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=fields)
    writer.writeheader()
    writer.writerows(rows)
    path = tmp_path / "train.csv"
    path.write_text(out.getvalue(), encoding="utf-8")
    distinct = len({r["score"] for r in rows[:keep]})
    return path, distinct


def test_train_skips_an_item_with_too_few_labels_and_trains_the_others(cli, db, tmp_path):
    graded, distinct = _graded_with_few_scores(tmp_path, keep=6)
    assert cli("labels", "import", graded, "--db", db, "--rubric-out", tmp_path / "r.yaml").exit_code == 0
    result = cli("train", "--rubric", tmp_path / "r.yaml", "--db", db, "--output", tmp_path / "m.joblib",
                 "--group-by", "question")
    assert result.exit_code == 0, result.output
    why = f"6 labelled answers with {distinct} distinct values; needs ≥ 10 with ≥ 2"
    assert f"skipped score: {why}" in result.output
    assert "label (n=120" in result.output and "(1 items trained, 1 skipped;" in result.output
    from evaluator.classifier import load_model
    model = load_model(tmp_path / "m.joblib")
    assert set(model["items"]) == {"label"} and model["skipped"] == {"score": why}
    only_short = cli("train", "--rubric", tmp_path / "r.yaml", "--db", db, "--output", tmp_path / "m2.joblib",
                     "--item", "score")
    assert only_short.exit_code == 5
    assert only_short.output.strip().splitlines()[-1] == f"error: no item has enough labels to train: score: {why}"
    assert not (tmp_path / "m2.joblib").exists()
