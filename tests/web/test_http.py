"""The review app over real HTTP: pages, sorting, 4xx pages, CSRF, POST-only writes, overrides."""

from __future__ import annotations

import json
import re
from urllib.parse import quote

import pytest

from evaluator.export import write_export

from .conftest import csrf_token


def _answer_ids(server) -> list[str]:
    return server.state.with_db(lambda c: [r[0] for r in c.execute(
        "SELECT answer_id FROM run_answers ORDER BY answer_id").fetchall()])


def _flagged_answer(server) -> tuple[str, str, str, float]:
    """(run, answer, flag item, its final value) of some answer with a scored final flag verdict."""
    return server.state.with_db(lambda c: c.execute(
        "SELECT run_id, answer_id, item_id, value FROM scores WHERE scorer = 'final' AND item_kind = 'flag' "
        "AND status = 'scored' ORDER BY answer_id, item_id LIMIT 1").fetchone())


def _overrides(server) -> list[tuple]:
    return server.state.with_db(lambda c: c.execute(
        "SELECT answer_id, item_id, value, previous_value, previous_status, reviewer, reason FROM overrides "
        "ORDER BY override_id").fetchall())


def test_pages_render_escaped_with_strict_headers(live):
    client = live.client()
    answer_id = _answer_ids(live)[0]
    candidate = live.state.with_db(lambda c: c.execute(
        "SELECT candidate_id FROM answers WHERE answer_id = ?", [answer_id]).fetchone()[0])
    for path in ["/", "/runs", f"/candidate?id={quote(candidate)}", f"/answer?id={quote(answer_id)}", "/assess"]:
        status, headers, html = client.get(path)
        assert status == 200, (path, html[:500])
        assert "script-src" not in headers["content-security-policy"]  # default-src 'none': no script at all
        assert "default-src 'none'" in headers["content-security-policy"]
        assert headers["x-frame-options"] == "DENY" and headers["x-content-type-options"] == "nosniff"
        assert "<script" not in html
    assert "evaluator_csrf" in client.cookies


def _column(html: str, css: str) -> list[str]:
    return re.findall(rf'<td class="{css}">(.*?)</td>', html)


def test_cohort_sorts_and_ranks_like_the_static_report(live, scored_db):
    client = live.client()
    _, _, html = client.get("/?sort=overall&order=asc")
    overall = [float(v) for v in _column(html, "num overall") if v != "–"]
    assert overall == sorted(overall) and len(overall) >= 3
    _, _, html = client.get("/?sort=candidate&order=desc")
    names = re.findall(r'class="candidate" href="[^"]+">([^<]+)</a>', html)
    assert names == sorted(names, reverse=True)
    # default order = the static report's ranking (same query, same tie-breaks)
    _, _, html = client.get("/")
    web_order = re.findall(r'class="candidate" href="[^"]+">([^<]+)</a>', html)
    static = (scored_db.parent / "reports" / "ranking-1.html").read_text()
    static_order = re.findall(r'<td><a href="candidates/[^"]+">([^<]+)</a></td>', static)
    assert web_order == static_order[:len(web_order)] and web_order
    # the sort links lead to the page they name
    link = re.search(r'href="(/\?[^"]*sort=overall[^"]*)"', html).group(1).replace("&amp;", "&")
    status, _, sorted_html = client.get(link)
    assert status == 200 and "sorted by overall (descending)" in sorted_html


@pytest.mark.parametrize("path,status", [
    ("/answer?id=no-such-answer", 404), ("/candidate?id=nobody", 404), ("/?run=run-nope", 404),
    ("/?page=999", 404), ("/answer", 400), ("/candidate", 400), ("/?sort=drop%20table", 400),
    ("/?page=-1", 400), ("/?order=sideways", 400), ("/override", 405), ("/no/such/page", 404),
])
def test_bad_ids_and_parameters_get_clear_error_pages(live, path, status):
    got, headers, html = live.client().get(path)
    assert got == status, html[:300]
    assert 'id="error-message"' in html and headers["content-type"].startswith("text/html")
    assert "Traceback" not in html


def test_writes_need_post_a_valid_csrf_token_and_our_origin(live):
    run_id, answer_id, item_id, value = _flagged_answer(live)
    form = {"run": run_id, "answer_id": answer_id, "item_id": item_id, "value": "1" if value == 0 else "0",
            "reviewer": "Mallory", "reason": "forged"}
    stranger = live.client()
    assert stranger.post("/override", form)[0] == 403  # no cookie, no token
    reviewer = live.client()
    token = csrf_token(reviewer.get(f"/answer?id={quote(answer_id)}")[2])
    assert reviewer.post("/override", {**form, "csrf_token": "0" * 64})[0] == 403  # wrong token
    stranger.get("/assess")  # a cookie of its own, but another browser's token
    assert stranger.post("/override", {**form, "csrf_token": token})[0] == 403
    status, _, html = reviewer.post("/override", {**form, "csrf_token": token},
                                    headers={"Origin": "http://evil.example"})
    assert status == 403 and "another site" in html
    assert reviewer.get("/override?" + "&".join(f"{k}={quote(v)}" for k, v in form.items()))[0] == 405
    status, _, _ = reviewer.request("GET", "/", headers={"Host": "attacker.example"})
    assert status == 400  # DNS rebinding: only loopback host names are served
    assert _overrides(live) == []


def test_override_flow_appends_and_changes_final_everywhere(live, scored_db, tmp_path):
    run_id, answer_id, item_id, value = _flagged_answer(live)
    client = live.client()
    page = f"/answer?id={quote(answer_id)}&run={run_id}"
    token = csrf_token(client.get(page)[2])
    new = 1.0 - value
    status, headers, _ = client.post("/override", {
        "csrf_token": token, "run": run_id, "answer_id": answer_id, "item_id": item_id, "value": f"{new:g}",
        "reviewer": "Ana <b>Reviewer</b>", "reason": "quotes the seed's mistake verbatim"},
        headers={"Origin": live.url})
    assert status == 303 and headers["location"].startswith("/answer?")
    status, _, html = client.get(headers["location"].split("#")[0])
    assert status == 200 and f"Override of {item_id} saved." in html
    assert "override by Ana &lt;b&gt;Reviewer&lt;/b&gt;: quotes the seed" in html  # escaped, not markup
    assert 'value="Ana &lt;b&gt;Reviewer&lt;/b&gt;"' in html  # the name is remembered for the next form
    # a second reviewer overrides back: both rows stay, each with the value it replaced
    token = csrf_token(html)
    client.post("/override", {"csrf_token": token, "run": run_id, "answer_id": answer_id, "item_id": item_id,
                              "value": "raised" if value == 1 else "not raised", "reviewer": "Bo",
                              "reason": "on reflection the scorer was right"})
    rows = _overrides(live)
    assert [(r[2], r[3], r[5]) for r in rows] == [(new, value, "Ana <b>Reviewer</b>"), (value, new, "Bo")]
    assert all(r[4] == "scored" for r in rows)
    # the latest override is the final verdict in export
    out = tmp_path / "export.jsonl"
    live.state.with_db(lambda c: write_export(c, fmt="jsonl", output=out, run_id=run_id))
    final = [json.loads(line) for line in out.read_text().splitlines()]
    final = [r for r in final if r["answer_id"] == answer_id and r["item_id"] == item_id and r["scorer"] == "final"]
    assert len(final) == 1 and final[0]["value"] == value and final[0]["reason"].startswith("override by Bo:")


@pytest.mark.parametrize("change,message", [
    ({"reviewer": "   "}, "the reviewer's name is required"),
    ({"reason": ""}, "a reason is required"),
    ({"value": "7"}, "is not a value of"),
    ({"item_id": "no_such_item"}, "the rubric has no item"),
])
def test_override_with_bad_input_is_refused_and_shown(live, change, message):
    run_id, answer_id, item_id, _ = _flagged_answer(live)
    client = live.client()
    token = csrf_token(client.get(f"/answer?id={quote(answer_id)}")[2])
    before = len(_overrides(live))
    form = {"csrf_token": token, "run": run_id, "answer_id": answer_id, "item_id": item_id, "value": "1",
            "reviewer": "Ana", "reason": "r", **change}
    status, _, html = client.post("/override", form)
    assert status == 400 and message in html.replace("&#39;", "'")
    assert len(_overrides(live)) == before


def test_override_of_unknown_answer_is_404(live):
    client = live.client()
    token = csrf_token(client.get("/assess")[2])
    run_id, _, item_id, _ = _flagged_answer(live)
    status, _, html = client.post("/override", {"csrf_token": token, "run": run_id, "answer_id": "ghost",
                                                "item_id": item_id, "value": "1", "reviewer": "A", "reason": "r"})
    assert status == 404 and "ghost" in html


def test_self_assessment_form(live):
    client = live.client()
    status, _, html = client.get("/assess")
    token = csrf_token(html)
    status, _, html = client.post("/assess", {"csrf_token": token, "question_id": "model_choice",
                                              "answer": "I'd just use GPT-4, it's the best model."})
    assert status == 200 and 'id="result"' in html and "no_model_tradeoffs" in html
    assert "Compare at least two models" in html  # the flag's advice
    assert "<mark" in html or "Evidence" in html
    status, _, html = client.post("/assess", {"csrf_token": token, "question_id": "model_choice", "answer": "  "})
    assert status == 400 and "the answer is empty" in html
    status, _, html = client.post("/assess", {"csrf_token": token, "question_id": "nope", "answer": "text"})
    assert status == 400 and "no question" in html
    status, _, _ = client.post("/assess", {"csrf_token": token, "answer": "x" * 1_100_000})
    assert status == 413
    assert client.cookies and client.post("/assess", {"question_id": "model_choice", "answer": "x"})[0] == 403


def test_answer_page_shows_the_recorded_llm_calls(cli, tmp_path):
    from ..judge.server import Reply, ScriptedServer, honest_verdict
    from ..conftest import DATA, RUBRIC
    from .conftest import LiveServer

    db = tmp_path / "llm.duckdb"
    with ScriptedServer(lambda request, n: Reply(content=json.dumps(honest_verdict(request)))) as llm:
        result = cli("run", DATA / "formats" / "written.csv", "--rubric", RUBRIC, "--scorers", "keyword,llm",
                     "--base-url", llm.url, "--model", "test-model", "--db", db)
        assert result.exit_code == 0, result.output
    with LiveServer(db) as server:
        status, _, html = server.client().get("/answer?id=w-2")
    assert status == 200
    section = html[html.index('id="llm-calls"'):]
    assert "LLM calls (1)" in section and "test-model" in section and "json_schema" in section
    assert "Honestly, the job is basically prompt engineering." in section  # the request, answer included
    assert "just_prompt_engineering" in section  # the parsed verdicts
    assert re.search(r"<td>llm</td>", html)  # the llm scorer's verdict beside the keyword scorer's


def test_a_database_held_by_another_process_gets_a_503_page_then_works_again(live, scored_db):
    import subprocess
    import sys
    holder = subprocess.Popen([sys.executable, "-c", "import duckdb, sys, time; c = duckdb.connect(sys.argv[1]); "
                               "print('held', flush=True); time.sleep(60)", str(scored_db)],
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        status, _, html = live.client().get("/")
        assert status == 503 and "in use by another evaluator process" in html
    finally:
        holder.kill()
        holder.wait()
    assert live.client().get("/")[0] == 200


def test_an_empty_database_shows_how_to_start(tmp_path):
    from evaluator.store import connect
    from .conftest import LiveServer
    db = tmp_path / "empty.duckdb"
    connect(db).close()
    with LiveServer(db) as server:
        client = server.client()
        status, _, html = client.get("/")
        assert status == 200 and "No scored run yet" in html and "evaluator run" in html
        assert client.get("/candidate?id=x")[0] == 404 and client.get("/answer?id=x")[0] == 404
        assert client.get("/assess")[0] == 200
        assert "No run yet." in client.get("/runs")[2]


def test_runs_page_links_each_run_to_its_cohort(live):
    client = live.client()
    status, _, html = client.get("/runs")
    run_id = live.state.with_db(lambda c: c.execute("SELECT run_id FROM runs").fetchone()[0])
    assert status == 200 and f'href="/?run={run_id}"' in html
    status, _, cohort = client.get(f"/?run={run_id}")
    assert status == 200 and run_id in cohort
