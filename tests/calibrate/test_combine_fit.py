"""The final rule learned from human labels across keyword and llm scorers (calibrate --fit-combine)."""

from __future__ import annotations

import csv
import json

import duckdb
from sklearn.metrics import cohen_kappa_score

from ..conftest import ROOT, RUBRIC
from ..judge.server import Reply, ScriptedServer, answer_of, honest_verdict

BUNDLED = ROOT / "datasets" / "ai-engineer-interviews"
WRITTEN = BUNDLED / "written" / "answers.csv"
LABELS = BUNDLED / "labels.csv"


def _reviewer_a_flags() -> dict[tuple[str, str], float]:
    with LABELS.open(encoding="utf-8") as handle:
        return {(r["answer_id"], r["item_id"]): float(r["value"]) for r in csv.DictReader(handle)
                if r["answer_id"] and r["rater"] == "reviewer_a"}


def test_fit_combine_ranks_scorers_by_agreement_and_recomputes_finals(cli, db, tmp_path):
    with WRITTEN.open(encoding="utf-8") as handle:
        answer_ids = {r["answer"].strip(): r["answer_id"] for r in csv.DictReader(handle)}
    with (WRITTEN.parent / "answers.jsonl").open(encoding="utf-8") as handle:
        answer_ids |= {r["answer"].strip(): r["answer_id"] for r in map(json.loads, handle)}
    human = _reviewer_a_flags()

    def judge(request, n):
        """Agrees with reviewer_a on just_prompt_engineering and contradicts it on researcher_framing."""
        verdict = honest_verdict(request)
        answer_id = answer_ids[answer_of(request).strip()]
        flags = verdict.get("flags", {})
        if "just_prompt_engineering" in flags:
            flags["just_prompt_engineering"]["raised"] = human.get((answer_id, "just_prompt_engineering")) == 1.0
        if "researcher_framing" in flags:
            flags["researcher_framing"]["raised"] = human.get((answer_id, "researcher_framing")) != 1.0
        return Reply(content=json.dumps(verdict))

    reports = tmp_path / "reports"
    with ScriptedServer(judge) as server:  # one endpoint for both runs (the endpoint is part of the run id)
        _fit_and_check(cli, db, tmp_path, reports, server, human, answer_ids)


def _fit_and_check(cli, db, tmp_path, reports, server, human, answer_ids) -> None:
    result = cli("run", WRITTEN.parent, "--rubric", RUBRIC, "--scorers", "keyword,llm", "--base-url", server.url,
                 "--model", "oracle", "--db", db, "--report-dir", reports)
    assert result.exit_code == 0, result.output
    written_labels = tmp_path / "written-labels.csv"  # the labels of the written answers only
    with LABELS.open(encoding="utf-8") as source, written_labels.open("w", encoding="utf-8", newline="") as out:
        reader = csv.DictReader(source)
        writer = csv.DictWriter(out, fieldnames=reader.fieldnames)
        writer.writeheader()
        writer.writerows(r for r in reader if r["answer_id"])
    imported = cli("labels", "import", written_labels, "--rubric", RUBRIC, "--db", db)
    assert imported.exit_code == 0, imported.output
    result = cli("calibrate", "--db", db, "--report-dir", reports, "--rater", "reviewer_a", "--fit-combine",
                 "--bootstrap", "200")
    assert result.exit_code == 0, result.output
    assert "final rule just_prompt_engineering: llm > keyword" in result.output
    assert "final rule researcher_framing: keyword > llm" in result.output

    with duckdb.connect(str(db), read_only=True) as conn:
        rules = {r[0]: (json.loads(r[1]), json.loads(r[2])) for r in conn.execute(
            "SELECT item_id, priority, figures FROM combine_rules").fetchall()}
        scores = conn.execute("SELECT answer_id, item_id, scorer, value FROM scores WHERE status = 'scored'").fetchall()
    by = {(a, i, s): v for a, i, s, v in scores}
    # the stored figures are Cohen's κ of each scorer against reviewer_a, as scikit-learn computes it
    for item_id in ("just_prompt_engineering", "researcher_framing"):
        for scorer in ("keyword", "llm"):
            pairs = [(human[(a, i)], v) for (a, i, s), v in by.items() if i == item_id and s == scorer and (a, i) in human]
            expected = cohen_kappa_score([h for h, _ in pairs], [p for _, p in pairs], labels=[0.0, 1.0])
            assert abs(rules[item_id][1][scorer]["value"] - expected) < 1e-4
            assert rules[item_id][1][scorer]["n"] == len(pairs)
    assert rules["just_prompt_engineering"][1]["llm"]["value"] == 1.0
    # the final verdicts now come from the scorer each rule puts first
    for (answer_id, item_id, scorer), value in by.items():
        if scorer == "final" and item_id == "just_prompt_engineering":
            assert value == by[(answer_id, item_id, "llm")]
        if scorer == "final" and item_id == "researcher_framing":
            assert value == by[(answer_id, item_id, "keyword")]

    # answers scored later in the same run follow the stored rule
    new_answers = tmp_path / "new.csv"
    new_answers.write_text("answer_id,candidate_id,question_id,question,answer\n"
                           "n-1,c-n,role_definition,What does an AI engineer do?,Honestly it is just prompt "
                           "engineering: I write prompts for GPT-4 all day.\n", encoding="utf-8")
    answer_ids["Honestly it is just prompt engineering: I write prompts for GPT-4 all day."] = "n-1"
    human[("n-1", "just_prompt_engineering")] = 0.0  # the 'oracle' judge will say not raised
    before = len(server.requests)
    result = cli("run", WRITTEN.parent, new_answers, "--rubric", RUBRIC, "--scorers", "keyword,llm",
                 "--base-url", server.url, "--model", "oracle", "--db", db, "--report-dir", reports)
    assert result.exit_code == 0, result.output
    assert len(server.requests) == before + 1  # only the new answer is judged
    with duckdb.connect(str(db), read_only=True) as conn:
        new = dict(conn.execute("SELECT scorer, value FROM scores WHERE answer_id = 'n-1' "
                                "AND item_id = 'just_prompt_engineering'").fetchall())
    assert new == {"keyword": 1.0, "llm": 0.0, "final": 0.0}


def test_fit_combine_without_labels_is_a_clear_error(cli, db, tmp_path):
    assert cli("run", WRITTEN, "--rubric", RUBRIC, "--db", db, "--report-dir", tmp_path / "r").exit_code == 0
    result = cli("calibrate", "--db", db, "--fit-combine", "--report-dir", tmp_path / "r")
    assert result.exit_code != 0
    assert "no human labels" in result.output
