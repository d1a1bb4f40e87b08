"""evaluator audit end to end: real runs in real DuckDB files, the CLI, stored results, the report."""

from __future__ import annotations

import csv
import io
import json
import math
import statistics

import duckdb
import pytest
from scipy.stats import fisher_exact, spearmanr

from ..conftest import DATA, RUBRIC, ROOT

SENSITIVE_RUBRIC = """
id: spelling-sensitive
version: "1"
title: A rubric whose flag only knows the British spelling
questions:
  - id: speed
    text: How do you make it fast?
criteria:
  - id: latency_talk
    description: Talks about latency.
    scope: all
    concepts:
      - id: latency
        phrases: ["latency"]
    levels:
      - {value: 0, anchor: "No latency."}
      - {value: 1, anchor: "Mentions latency.", when: {min_concepts: 1}}
flags:
  - id: optimiser_talk
    description: Uses the word optimise.
    severity: low
    scope: all
    concepts:
      - id: optimise
        phrases: ["optimise"]
"""
PAYLOAD = "<script>alert(1)</script>"


def audit_json(cli, *args) -> dict:
    result = cli("audit", *args, "--json")
    assert result.exit_code == 0, result.output
    return json.loads(result.output[result.output.index("{"):])


def test_audit_of_a_run_is_complete_reproducible_and_stored(cli, db, tmp_path):
    assert cli("run", DATA / "formats", "--rubric", RUBRIC, "--db", db).exit_code in (0, 1)
    doc = audit_json(cli, "--db", db, "--report-dir", tmp_path / "r")
    with duckdb.connect(str(db), read_only=True) as conn:
        scored = conn.execute("SELECT count(*) FROM run_answers WHERE n_items > 0").fetchone()[0]
        finals = conn.execute("SELECT count(*) FROM scores WHERE scorer = 'final'").fetchone()[0]
        stored = conn.execute("SELECT audit_id, result FROM audits").fetchall()
        changes = conn.execute("SELECT count(*) FROM audit_changes").fetchone()[0]
    assert doc["answers"] == scored and doc["reproduced"] == {"verdicts": finals, "same_as_stored": finals}
    assert doc["by_kind"]["names"]["answers"] == scored  # every answer: swapped names or a paired introduction
    assert doc["by_kind"]["padding"]["answers"] == scored
    assert doc["goal"] == {"kinds": ["names", "pronouns", "spelling"], "flag_flips": 0, "met": True,
                           "text": "zero flag flips on name, pronoun and spelling swaps",
                           "criterion_changes": 0}  # the keyword scorer reads neither names nor spelling
    assert len(stored) == 1 and stored[0][0] == doc["audit_id"] and json.loads(stored[0][1]) == doc
    assert changes == sum(k["by_scorer"].get(s, {}).get("changed", 0) for k in doc["by_kind"].values()
                          for s in ["final", *doc["scorers"]])
    again = audit_json(cli, "--db", db, "--report-dir", tmp_path / "r")
    assert again["audit_id"] == doc["audit_id"] and again["by_kind"] == doc["by_kind"]
    with duckdb.connect(str(db), read_only=True) as conn:
        assert conn.execute("SELECT count(*) FROM audits").fetchone()[0] == 1  # replaced, not duplicated
    html = (tmp_path / "r" / "audit.html").read_text()
    assert "Fairness audit" in html and "<script" not in html


def test_a_rubric_that_reads_spelling_fails_the_goal_and_shows_why(cli, db, tmp_path):
    rubric = tmp_path / "sensitive.yaml"
    rubric.write_text(SENSITIVE_RUBRIC)
    answers = tmp_path / "answers.csv"
    with answers.open("w", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["answer_id", "candidate_id", "question_id", "question", "answer"])
        writer.writerow(["a1", f"c1{PAYLOAD}", "speed", "How do you make it fast?",
                         f"We optimise latency with caching. {PAYLOAD}"])
        writer.writerow(["a2", "c2", "speed", "How do you make it fast?", "We cut latency with batching."])
    result = cli("audit", answers, "--rubric", rubric, "--db", db, "--kinds", "spelling,names",
                 "--report-dir", tmp_path / "r", "--strict")
    assert result.exit_code == 1, result.output  # --strict: the goal is not met
    assert "NOT met — 1 flag flip(s)" in result.output
    doc = audit_json(cli, "--db", db, "--kinds", "spelling,names", "--report-dir", tmp_path / "r")
    assert doc["by_kind"]["spelling"]["flags"] == {"compared": 1, "flipped": 1, "raised": 0, "cleared": 1,
                                                   "unscored": 0}
    assert doc["by_kind"]["names"]["flags"]["flipped"] == 0
    move, = doc["top_moves"]
    assert move["kind"] == "spelling" and move["edits"] == [["optimise", "optimize"]]
    assert move["items"][0]["evidence_before"] == ["optimise"] and move["items"][0]["evidence_after"] == []
    html = (tmp_path / "r" / "audit.html").read_text()
    assert "c1&lt;script&gt;alert(1)&lt;/script&gt;" in html and PAYLOAD not in html
    assert "not met" in html


def test_selection_rates_and_impact_ratios(cli, db, tmp_path):
    answers = tmp_path / "answers.csv"
    strong = "It's a tradeoff between cost, latency and context window; we'd test all three on our eval set."
    weak = "Whatever is newest."
    rows = [("a", strong), ("a", strong), ("a", strong), ("a", weak),
            ("b", strong), ("b", weak), ("b", weak), ("b", weak), ("b", weak), ("c", strong)]
    with answers.open("w", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["answer_id", "candidate_id", "question_id", "question", "answer", "site"])
        for i, (group, text) in enumerate(rows):
            writer.writerow([f"x{i}", f"cand{i}", "model_choice", "Which model would you pick?", text,
                             "" if group == "c" else group])
    assert cli("run", answers, "--rubric", RUBRIC, "--db", db).exit_code == 0
    overall = {r["candidate_id"]: float(r["value"]) for r in csv.DictReader(io.StringIO(cli(
        "export", "--db", db, "--format", "csv", "--level", "candidate").output)) if r["item_id"] == "overall"}
    threshold = (overall["cand0"] + overall["cand3"]) / 2  # strong answers pass, weak ones do not
    assert overall["cand0"] > threshold > overall["cand3"]
    doc = audit_json(cli, "--db", db, "--kinds", "padding", "--group-column", "site", "--pass-threshold",
                     f"{threshold}", "--report-dir", tmp_path / "r")
    sel = doc["selection"]
    by = {g["group"]: g for g in sel["groups"]}
    assert (by["a"]["n"], by["a"]["passed"], by["b"]["n"], by["b"]["passed"]) == (4, 3, 5, 1)
    assert sel["highest"] == "a" and sel["missing_group"] == 1
    assert math.isclose(by["b"]["impact_ratio"], (1 / 5) / (3 / 4))
    assert by["b"]["four_fifths_ok"] is False and by["a"]["four_fifths_ok"] is True and not sel["four_fifths_ok"]
    assert math.isclose(by["b"]["fisher_p"], fisher_exact([[1, 4], [3, 1]]).pvalue)
    result = cli("audit", "--db", db, "--kinds", "padding", "--group-column", "site", "--report-dir", tmp_path / "r")
    assert result.exit_code != 0 and "both a group column and a pass threshold" in result.output


def test_length_bias_within_human_label_strata(cli, db, tmp_path):
    data = ROOT / "datasets" / "ai-engineer-interviews"
    assert cli("run", data / "written", "--rubric", RUBRIC, "--db", db).exit_code == 0
    # exit 1: the transcripts' labels name answers this database does not hold (only written answers here)
    assert cli("labels", "import", data / "labels.csv", "--rubric", RUBRIC, "--db", db).exit_code in (0, 1)
    doc = audit_json(cli, "--db", db, "--kinds", "names", "--limit", "5", "--report-dir", tmp_path / "r")
    bias = doc["length_bias"]["communication"]
    assert bias["method"] == "within human-label strata" and bias["strata"]
    # recompute one stratum from the database and the labels file, independently
    with duckdb.connect(str(db), read_only=True) as conn:
        scored = dict(conn.execute(
            "SELECT s.answer_id, s.value FROM scores s WHERE s.scorer = 'final' AND s.item_id = 'communication' "
            "AND s.status = 'scored'").fetchall())
        words = {a: len(t.strip().split(" ")) for a, t in conn.execute("SELECT answer_id, text FROM answers").fetchall()}
    human: dict[str, list[float]] = {}
    for row in csv.DictReader((data / "labels.csv").open()):
        if row["item_id"] == "communication" and row["answer_id"] in scored:
            human.setdefault(row["answer_id"], []).append(float(row["value"]))
    # several raters: the median snapped to a level, ties up (evaluator.labels.resolution.consensus)
    consensus = {a: min((0.0, 1.0, 2.0, 3.0), key=lambda lv: (abs(lv - statistics.median(v)), -lv))
                 for a, v in human.items()}
    stratum = max(bias["strata"], key=lambda s: s["n"])
    ids = [a for a, value in consensus.items() if value == stratum["human"]]
    assert len(ids) == stratum["n"]
    rho = spearmanr([words[a] for a in ids], [scored[a] for a in ids]).statistic
    assert math.isclose(stratum["rho"], rho, abs_tol=1e-9)
    z = [(math.atanh(s["rho"]), s["n"] - 3) for s in bias["strata"] if s["rho"] is not None and s["n"] > 3]
    assert math.isclose(bias["rho"], math.tanh(sum(a * w for a, w in z) / sum(w for _, w in z)), abs_tol=1e-9)


@pytest.mark.parametrize("args,message", [
    (("--kinds", "names,accents"), "unknown variant kind"),
    (("--run", "run-nope"), "no run 'run-nope'"),
    ((str(DATA / "formats"),), "give --rubric"),
])
def test_bad_options_are_one_line_errors(cli, db, tmp_path, args, message):
    assert cli("run", DATA / "formats", "--rubric", RUBRIC, "--db", db).exit_code in (0, 1)
    result = cli("audit", "--db", db, "--report-dir", tmp_path / "r", *args)
    assert result.exit_code != 0 and message in result.output and "Traceback" not in result.output
