"""``evaluator assess``: one answer scored on the spot, with real scorers, rubrics and the real CLI.

Expected verdicts come from the human labels in datasets/ai-engineer-interviews/labels.csv
(reviewer_a): wa-002 is a strong shipped-system answer (production_substance 3, communication 3,
no flags); wa-010 a weak model-choice answer (model_tradeoffs 0, communication 1,
no_model_tradeoffs raised); wa-064 reduces the role to prompting (just_prompt_engineering raised).
"""

from __future__ import annotations

import csv
import json
import re
import subprocess
import sys

import pytest

from evaluator.assess import FORMAT, assess
from evaluator.rubric import load_rubric

from .conftest import ROOT, RUBRIC
from .judge.server import Reply, ScriptedServer, honest_verdict

ANSWERS = ROOT / "datasets" / "ai-engineer-interviews" / "written" / "answers.csv"
STAR = ROOT / "rubrics" / "behavioural-star.yaml"


@pytest.fixture(scope="module")
def rows():
    with open(ANSWERS, newline="", encoding="utf-8") as f:
        return {r["answer_id"]: r for r in csv.DictReader(f)}


def labels(answer_id: str) -> dict[str, float]:
    with open(ROOT / "datasets" / "ai-engineer-interviews" / "labels.csv", newline="", encoding="utf-8") as f:
        return {r["item_id"]: float(r["value"]) for r in csv.DictReader(f)
                if r["answer_id"] == answer_id and r["rater"] == "reviewer_a"}


def test_strong_answer_matches_the_human_labels(rows, rubric):
    row = rows["wa-002"]
    result = assess(row["answer"], rubric=rubric, question=row["question"])
    assert result.question.id == "shipped_system" and result.question.how == "exact"
    assert result.scorers == ["keyword", "classifier"] and result.notes == []
    human = labels("wa-002")
    assert {i.id: i.value for i in result.items} == human
    substance = result.item("production_substance")
    assert substance.label == "Production-grade" and substance.next_level is None  # the top level
    assert substance.level.anchor.startswith("Four or more concerns")
    assert {"Retrieval", "retries", "latency"} <= {s.text for s in substance.evidence}
    assert all(result.answer[s.start:s.end] == s.text for s in substance.evidence)
    assert {v.scorer for v in substance.scorers} == {"keyword", "classifier"}
    assert result.summary.flags_raised == [] and result.summary.overall == 100.0
    assert not any(f.raised or f.advice for f in result.flags)


def test_weak_answer_raises_the_flag_with_advice_and_says_what_the_next_level_asks(rows, rubric):
    row = rows["wa-010"]
    result = assess(row["answer"], rubric=rubric, question_id=row["question_id"])
    assert {i.id: i.value for i in result.items} == labels("wa-010")
    flag = result.item("no_model_tradeoffs")
    assert flag.raised and flag.severity == "high"
    assert flag.advice == rubric.rubric.flag("no_model_tradeoffs").advice
    assert "compare at least two models" in flag.advice.lower()
    tradeoffs = result.item("model_tradeoffs")
    assert (tradeoffs.value, tradeoffs.label) == (0, "None")
    assert tradeoffs.next_level.label == "One dimension" and tradeoffs.next_level.value == 1
    assert result.summary.next_steps[0].startswith("no_model_tradeoffs: Compare at least two models")
    assert any(s.startswith("model_tradeoffs: to reach level 1 (One dimension): One dimension among")
               for s in result.summary.next_steps)
    assert result.summary.flags_raised == ["no_model_tradeoffs"] and result.summary.overall == 0.0


def test_terminal_output_marks_evidence_and_says_what_to_do_next(cli, rows, tmp_path):
    path = tmp_path / "answer.txt"
    path.write_text(rows["wa-064"]["answer"], encoding="utf-8")
    result = cli("assess", path, "--question-id", "role_definition", env={"COLUMNS": "100"})
    assert result.exit_code == 0, result.output
    assert "\x1b[" not in result.output  # not a terminal: no colours, evidence in [[…]]
    assert max(len(line) for line in result.output.splitlines()) <= 110  # wrapped
    out = " ".join(result.output.split())  # undo the wrapping
    assert re.search(r"\[\[[^\]]*prompt engineering[^\]]*\]\]", out, re.IGNORECASE)
    assert re.search(r"RAISED: just_prompt_engineering \(high\) — Show the system around the prompt", out)
    assert "ok: researcher_framing" in out
    assert re.search(r"role_understanding: level 1/3 \(Vague\) — next: level 2 \(Partly right\): Building", out)
    assert "What to do next 1. just_prompt_engineering: Show the system" in out


def test_terminal_colours_underline_the_evidence(rows, rubric):
    from evaluator.cli.assess import render_text
    result = assess(rows["wa-064"]["answer"], rubric=rubric, question_id="role_definition", scorers=("keyword",))
    coloured = render_text(result, color=True)
    assert "\x1b[1m\x1b[4m" in coloured and "[[" not in coloured  # bold + underline
    plain = re.sub(r"\[\[|\]\]", "", render_text(result, color=False))  # the same text, marked differently
    assert re.sub(r"\x1b\[[0-9;]*m", "", coloured) == plain.replace("(evidence in …)", "(evidence underlined)")


def test_json_has_stable_keys(cli, rows):
    row = rows["wa-010"]
    result = cli("assess", "--json", "--question", row["question"], "--answer", row["answer"])
    assert result.exit_code == 0, result.output
    doc = json.loads(result.output)
    assert list(doc) == ["format", "rubric", "question", "answer", "scorers", "notes", "diagnostics", "summary",
                         "items"]
    assert doc["format"] == FORMAT
    assert list(doc["question"]) == ["id", "text", "how", "score", "asked", "known_ids", "suggested_id"]
    assert list(doc["summary"]) == ["overall", "criteria_scored", "criteria_total", "flags_raised", "flags_total",
                                    "unscored", "next_steps"]
    item_keys = ["kind", "id", "description", "status", "value", "label", "decided_by", "confidence", "reason",
                 "weight", "min_value", "max_value", "level", "next_level", "raised", "severity", "advice",
                 "evidence", "scorers"]
    assert all(list(i) == item_keys for i in doc["items"])
    criterion = next(i for i in doc["items"] if i["id"] == "model_tradeoffs")
    assert list(criterion["next_level"]) == ["value", "label", "anchor"]
    assert list(criterion["scorers"][0]) == ["scorer", "status", "value", "label", "confidence", "reason"]
    flag = next(i for i in doc["items"] if i["id"] == "no_model_tradeoffs")
    assert flag["raised"] is True and flag["advice"]
    assert doc["rubric"]["id"] == "ai-engineer-role" and doc["question"]["id"] == "model_choice"


def test_html_page_is_self_contained_and_escapes_the_answer(cli, tmp_path):
    payload = '<script>alert("x")</script><img src=x onerror=alert(1)> I just write prompts, it\'s prompt engineering.'
    page = tmp_path / "a.html"
    result = cli("assess", "--answer", payload, "--question-id", "role_definition", "--html", page)
    assert result.exit_code == 0, result.output
    html = page.read_text(encoding="utf-8")
    assert "<script" not in html and "<img" not in html  # no markup from the answer, and no script of ours
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;" in html
    assert "Content-Security-Policy" in html and "default-src 'none'" in html
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//|<link|@import|url\(""", html)
    assert "<mark" in html and "just_prompt_engineering" in html  # evidence marked, flag shown
    assert "Show the system around the prompt" in html  # the advice


def test_answer_from_stdin(cli, rows):
    row = rows["wa-002"]
    result = cli("assess", "-", "--question-id", "shipped_system", "--json", input=row["answer"])
    assert result.exit_code == 0, result.output
    doc = json.loads(result.output)
    assert doc["answer"] == row["answer"].strip()
    assert {i["id"]: i["value"] for i in doc["items"]}["production_substance"] == 3


def test_free_text_question_is_matched(rows, rubric):
    # wa-080: a reworded question with no question id in the data
    row = rows["wa-080"]
    assert not row["question_id"]
    result = assess(row["answer"], rubric=rubric, question=row["question"])
    assert result.question.id == "model_choice" and result.question.how == "similarity"
    assert result.question.score >= rubric.rubric.match_threshold
    assert "no_model_tradeoffs" in [i.id for i in result.items]


def test_unmatched_question_uses_rubric_wide_items_and_says_so(cli):
    result = cli("assess", "--question", "What is your favourite colour?", "--answer", "Blue, because it is calm.")
    assert result.exit_code == 0, result.output
    out = " ".join(result.output.split())  # undo the wrapping
    assert "matched no rubric question" in out
    assert "one of: role_definition, shipped_system, model_choice, production_reliability" in out
    doc = json.loads(cli("assess", "--json", "--answer", "Blue, because it is calm.").output)
    assert doc["question"]["how"] == "not-given" and doc["question"]["id"] is None
    assert [i["id"] for i in doc["items"]] == ["communication", "researcher_framing", "just_prompt_engineering"]
    assert doc["notes"][0].startswith("no question given")


def test_unknown_question_id_is_a_one_line_error(cli):
    result = cli("assess", "--question-id", "nope", "--answer", "Some answer.")
    assert result.exit_code == 2
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: unknown question id 'nope'")
    assert "model_choice" in lines[0]


@pytest.mark.parametrize("args, stdin", [(["--answer", "   \n"], None), (["-"], ""), (["-"], "\n\t \n")])
def test_empty_answer_is_a_one_line_error(cli, args, stdin):
    result = cli("assess", *args, input=stdin)
    assert result.exit_code == 2
    assert result.output.strip().splitlines() == [result.output.strip()]
    assert "the answer is empty" in result.output


def test_answer_source_and_question_options_are_checked(cli, tmp_path):
    assert cli("assess").exit_code == 2  # no answer at all
    path = tmp_path / "a.txt"
    path.write_text("An answer.", encoding="utf-8")
    assert cli("assess", path, "--answer", "Another.").exit_code == 2  # two answers
    assert cli("assess", "--answer", "x", "--question", "q", "--question-id", "model_choice").exit_code == 2
    missing = cli("assess", tmp_path / "missing.txt")
    assert missing.exit_code == 2 and "no such file" in missing.output


def test_custom_rubric_without_a_classifier_runs_keyword_only_and_says_so(cli, tmp_path):
    answer = ("Last year we were about to miss a release. I proposed cutting scope and I scheduled a daily "
              "check-in; as a result we shipped on time and support tickets dropped 30%. I learned to raise "
              "risks early.")
    result = cli("assess", "--rubric", STAR, "--question-id", "failure", "--json", "--answer", answer)
    assert result.exit_code == 0, result.output
    doc = json.loads(result.output)
    assert doc["scorers"] == ["keyword"]
    assert any(n.startswith("classifier not used: no classifier model for rubric 'behavioural-star'")
               for n in doc["diagnostics"])
    assert not any("classifier" in n for n in doc["notes"])  # the candidate is not told about it
    values = {i["id"]: i["value"] for i in doc["items"]}
    assert values == {"star_structure": 3, "reflection": 1, "blames_others": 0, "hypothetical_only": 0}
    text = cli("assess", "--rubric", STAR, "--question-id", "conflict", "--answer",
               "I would talk to them and find a compromise.").output
    assert "RAISED: hypothetical_only (low) — Tell one real situation in the past tense" in text
    # a flag without advice falls back to its description
    bare = tmp_path / "star.yaml"
    lines = STAR.read_text(encoding="utf-8").splitlines()
    drop = {i for i, line in enumerate(lines) if line.strip() == "advice: >-"}
    bare.write_text("\n".join(l for i, l in enumerate(lines) if i not in drop and i - 1 not in drop) + "\n")
    text = cli("assess", "--rubric", bare, "--question-id", "conflict", "--answer",
               "I would talk to them and find a compromise.").output
    assert "RAISED: hypothetical_only (low) — Address this: Answers with what they would do" in text
    assert "star_structure: level 1/3 (No story) — next: level 2 (Partial): A concrete situation" in text


def test_fast_is_keyword_only_and_does_not_load_scikit_learn_or_openai(rows, tmp_path):
    path = tmp_path / "answer.txt"
    path.write_text(rows["wa-010"]["answer"], encoding="utf-8")
    heavy = ("sklearn", "scipy", "openai", "evaluator.pipeline")
    code = ("import sys, json\n"
            "from evaluator.cli import main\n"
            f"main(['assess', {str(path)!r}, '--fast', '--question-id', 'model_choice', '--json'], "
            "standalone_mode=False)\n"
            f"print(json.dumps(sorted(m for m in {heavy!r} if m in sys.modules)))\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT).stdout
    doc_text, loaded = out.rsplit("\n", 2)[0], out.rsplit("\n", 2)[1]
    assert json.loads(loaded) == []
    doc = json.loads(doc_text)
    assert doc["scorers"] == ["keyword"]
    assert {i["id"]: i["value"] for i in doc["items"]}["no_model_tradeoffs"] == 1


def test_other_commands_are_still_registered(cli):
    result = cli("--help")
    assert result.exit_code == 0
    for name in ("assess", "run", "score", "report", "export", "rubric", "labels", "train", "calibrate"):
        assert re.search(rf"^\s+{name}\b", result.output, re.MULTILINE), name
    assert cli("rubric", "validate", RUBRIC).exit_code == 0


def test_llm_judge_joins_the_offline_scorers(cli, monkeypatch, rows):
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    monkeypatch.delenv("OPENAI_BASE_URL", raising=False)
    row = rows["wa-010"]
    refused = cli("assess", "--llm", "--question-id", "model_choice", "--answer", row["answer"])
    assert refused.exit_code == 5 and "needs an endpoint" in refused.output
    with ScriptedServer(lambda request, n: Reply(content=json.dumps(honest_verdict(request)))) as server:
        result = cli("assess", "--llm", "--base-url", server.url, "--model", "test-model", "--json",
                     "--question-id", "model_choice", "--answer", row["answer"])
        assert result.exit_code == 0, result.output
        assert len(server.requests) == 1  # one call for every item of the answer
    doc = json.loads(result.output)
    assert doc["scorers"] == ["keyword", "classifier", "llm"]
    flag = next(i for i in doc["items"] if i["id"] == "no_model_tradeoffs")
    assert flag["decided_by"] == "llm" and flag["raised"] is True  # the rubric puts the judge first
    assert {v["scorer"] for v in flag["scorers"]} == {"keyword", "classifier", "llm"}
    assert flag["evidence"] and flag["evidence"][0]["text"] == " ".join(row["answer"].split()[:4])


def test_library_without_a_rubric_uses_the_bundled_one(rows):
    result = assess(rows["wa-064"]["answer"], question_id="role_definition", scorers=("keyword",))
    assert result.rubric["id"] == "ai-engineer-role" and result.item("just_prompt_engineering").raised
    assert load_rubric(RUBRIC).content_hash == result.rubric["hash"]


def test_a_dead_judge_leaves_the_offline_verdicts_and_a_note(rows, rubric):
    import socket

    from evaluator.judge.config import JudgeConfig
    with socket.socket() as s:  # a port nothing listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    config = JudgeConfig(base_url=f"http://127.0.0.1:{port}/v1", model="m", max_attempts=1, timeout=5,
                         output_mode="json_schema")
    result = assess(rows["wa-010"]["answer"], rubric=rubric, question_id="model_choice",
                    scorers=("keyword", "classifier", "llm"), judge_config=config)
    assert any(n.startswith("llm failed, its items are left to the other scorers") for n in result.diagnostics)
    flag = result.item("no_model_tradeoffs")
    assert flag.raised and flag.decided_by == "classifier"
    assert next(v for v in flag.scorers if v.scorer == "llm").status == "unscored"


def test_the_default_rubric_ships_inside_the_package():
    from importlib import resources

    from evaluator.assess import BUNDLED_RUBRIC
    packaged = resources.files("evaluator.data").joinpath("rubrics/ai-engineer-role.yaml")
    assert packaged.is_file() and BUNDLED_RUBRIC.is_file()
    assert (RUBRIC.read_bytes() == packaged.read_bytes() == BUNDLED_RUBRIC.read_bytes())  # the repo's path links to it


# what an operator (or a developer) needs, never in the text a candidate reads
OPERATOR_TERMS = re.compile(r"--[a-z]|\bpass --|classifier|keyword|scorer|confidence|threshold|\bllm\b|"
                            r"evaluator train|\.joblib|\.npz", re.IGNORECASE)


@pytest.mark.parametrize("rubric_args, question_args", [
    ([], ["--question-id", "model_choice"]),
    ([], []),  # no question: the note says how to name one, in the candidate's terms
    ([], ["--question", "What is your favourite colour?"]),
    (["--rubric", STAR], ["--question-id", "conflict"]),  # no classifier for this rubric
])
def test_candidate_output_has_no_operator_notes(rows, tmp_path, rubric_args, question_args):
    path = tmp_path / "answer.txt"
    path.write_text(rows["wa-010"]["answer"], encoding="utf-8")
    args = [sys.executable, "-m", "evaluator", "assess", str(path), *map(str, rubric_args), *question_args]
    plain = subprocess.run(args, capture_output=True, text=True, timeout=120, cwd=tmp_path)
    assert plain.returncode == 0, plain.stderr
    assert "Red flags" in plain.stdout and "What to do next" in plain.stdout  # the feedback itself
    assert not OPERATOR_TERMS.search(plain.stdout), OPERATOR_TERMS.search(plain.stdout)
    assert plain.stderr == ""
    # --verbose: the scorers' verdicts on stdout, the operator's notes on stderr
    verbose = subprocess.run([*args, "--verbose"], capture_output=True, text=True, timeout=120, cwd=tmp_path)
    assert verbose.returncode == 0, verbose.stderr
    assert "scorers (* decided, confidence): keyword" in verbose.stdout
    if rubric_args:
        assert "note: classifier not used: no classifier model for rubric 'behavioural-star': pass " \
               "--classifier-model" in verbose.stderr
    if "--question-id" not in question_args:
        assert "note: --question-id ID (or --question TEXT) names the question" in verbose.stderr
