"""``evaluator runs``: every run with its counts, models and LLM cost, from real runs."""

from __future__ import annotations

import json
from pathlib import Path

import duckdb
import pytest
from click.testing import CliRunner, Result

import evaluator.cli.runs  # noqa: F401  (registers the command on main)
from evaluator.cli import main
from evaluator.runs import models_from_config
from evaluator.store import connect
from evaluator.store.overrides import insert_override

from .conftest import DATA, RUBRIC
from .judge.server import Reply, ScriptedServer, honest_verdict

WRITTEN = DATA / "formats" / "written.csv"  # two answers: w-1 (model_choice), w-2 (role_definition)


def invoke(*args) -> Result:
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)


def honest(request, n):
    return Reply(content=json.dumps(honest_verdict(request)))


def listed(db: Path) -> list[dict]:
    result = invoke("runs", "--db", db, "--json")
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def sql(db: Path, query: str, *params):
    with duckdb.connect(str(db), read_only=True) as conn:
        return conn.execute(query, list(params)).fetchall()


def test_runs_lists_every_run_newest_first_with_counts(tmp_path):
    db = tmp_path / "r.duckdb"
    assert invoke("run", DATA / "formats", "--rubric", RUBRIC, "--db", db, "--report-dir", tmp_path / "r").exit_code == 0
    changed = tmp_path / "v2.yaml"
    changed.write_text(RUBRIC.read_text().replace('version: "1.0.0"', 'version: "2.0.0"'))
    assert invoke("score", "--rubric", changed, "--db", db).exit_code == 0
    first, second = (r[0] for r in sql(db, "SELECT run_id FROM runs ORDER BY rubric_version"))
    with connect(db) as conn:
        answer_hash = conn.execute("SELECT content_hash FROM answers WHERE answer_id = 'w-2'").fetchone()[0]
        for value in (2.0, 3.0):  # two overrides of one verdict: the audit trail keeps both
            insert_override(conn, run_id=second, answer_id="w-2", answer_hash=answer_hash, item_kind="criterion",
                            item_id="role_understanding", value=value, previous_value=1.0, previous_status="scored",
                            previous_reason="keyword", reviewer="rita", reason="knows it")
    runs = listed(db)
    assert [r["run_id"] for r in runs] == [second, first]  # newest first
    finals = dict(sql(db, "SELECT run_id, count(*) FROM scores WHERE scorer = 'final' GROUP BY 1"))
    for run in runs:
        assert run["rubric_id"] == "ai-engineer-role" and run["scorers"] == ["keyword"] and run["models"] == {}
        assert run["status"] == "complete" and run["answers"] == 10 and run["unscored"] == 0
        assert run["final_verdicts"] == finals[run["run_id"]] == 42
        assert run["llm_calls"] == 0 and run["cost_usd"] is None
    assert [r["rubric_version"] for r in runs] == ["2.0.0", "1.0.0"]
    assert [r["overrides"] for r in runs] == [2, 0]
    assert runs[0]["rubric_hash"] == sql(db, "SELECT rubric_hash FROM runs WHERE run_id = ?", second)[0][0]

    table = invoke("runs", "--db", db).stdout.splitlines()
    header = table[0].split()
    assert header[:3] == ["run", "rubric", "version"] and table[1].startswith("---")
    assert [line.split()[0] for line in table[2:]] == [second, first]
    assert table[2].endswith("  all")  # the cohort: these runs scored every answer ('evaluator score')
    cells = table[2].split()[:-1]
    assert cells[1:6] == ["ai-engineer-role", "2.0.0", runs[0]["rubric_hash"][:8], "keyword", "–"]
    assert cells[-6:] == ["10", "42", "0", "–", "–", "2"]  # answers, final, unscored, llm calls, cost, overrides
    assert len(table[1]) == max(len(line) for line in table)  # the rule is as wide as the widest row


def test_llm_run_shows_its_model_calls_and_cost(tmp_path):
    db = tmp_path / "l.duckdb"
    with ScriptedServer(honest) as server:
        for model in ("gpt-4o-mini", "test-model"):  # priced, and a model with no price
            result = invoke("run", WRITTEN, "--rubric", RUBRIC, "--scorers", "keyword,llm", "--base-url", server.url,
                            "--model", model, "--db", db, "--report-dir", tmp_path / "r")
            assert result.exit_code == 0, result.output
    by_model = {r["models"]["llm"][0]: r for r in listed(db)}
    assert set(by_model) == {"gpt-4o-mini", "test-model"}
    priced = by_model["gpt-4o-mini"]
    calls = sql(db, "SELECT count(*), sum(cost_usd) FROM llm_calls WHERE run_id = ?", priced["run_id"])[0]
    assert priced["llm_calls"] == calls[0] == 2 and priced["cost_usd"] == pytest.approx(calls[1])
    # 100 prompt + 50 completion tokens a call at gpt-4o-mini's $0.15 / $0.60 per million
    assert priced["cost_usd"] == pytest.approx(2 * (100 * 0.15 + 50 * 0.60) / 1e6)
    assert priced["scorers"] == ["keyword", "llm"] and priced["answers"] == 2
    unpriced = by_model["test-model"]
    assert unpriced["llm_calls"] == 2 and unpriced["cost_usd"] is None and unpriced["unpriced_calls"] == 2
    table = invoke("runs", "--db", db).stdout
    line = next(x for x in table.splitlines() if x.startswith(priced["run_id"]))
    assert "llm: gpt-4o-mini" in line and f"${priced['cost_usd']:.4f}" in line
    line = next(x for x in table.splitlines() if x.startswith(unpriced["run_id"]))
    assert "llm: test-model" in line and line.split()[-4:-2] == ["2", "–"]  # calls, no cost


def test_models_read_from_a_run_config():
    endpoint = "http://127.0.0.1:8080/v1"  # colons in the endpoint
    config = {"scorers": ["keyword", "classifier", "llm"],
              "versions": {"keyword": "1", "llm": f"1:{endpoint}:gpt-4o+claude-3-5-haiku:0123456789:k3:t0.7:r1",
                           "classifier": "1:abcdef0123:2025-01-02T03:04:05"}}
    assert models_from_config(config) == {"llm": ["gpt-4o", "claude-3-5-haiku"], "classifier": ["abcdef0123"]}
    assert models_from_config({"scorers": ["keyword"], "versions": {"keyword": "1"}}) == {}
    assert models_from_config(None) == {}


def test_empty_database_and_missing_database(tmp_path):
    db = tmp_path / "e.duckdb"
    connect(db).close()
    result = invoke("runs", "--db", db)
    assert result.exit_code == 0 and "no runs yet" in result.stdout
    assert listed(db) == []
    missing = invoke("runs", "--db", tmp_path / "none.duckdb")
    assert missing.exit_code != 0 and missing.stderr.startswith("error: ") and len(missing.stderr.splitlines()) == 1
