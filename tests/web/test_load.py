"""The review app under concurrent readers, and its cache: every page right under load, nothing
cached served after a write (the app's own override, another process's, another connection's),
``evaluator run`` into the database the app is serving, a writer's hold still a 503.

Correctness only; the speed figures come from ``scripts/bench_app.py`` (docs/performance.md)."""

from __future__ import annotations

import asyncio
import os
import re
import subprocess
import sys
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from urllib.parse import quote

import pytest

from evaluator.store import connect
from evaluator.web.database import Database

from ..conftest import DATA, ROOT, RUBRIC
from .conftest import LiveServer, csrf_token

TOKEN = re.compile(r'name="csrf_token" value="[0-9a-f]+"')


def _same_page(html: str) -> str:
    """The page without the browser's own CSRF token."""
    return TOKEN.sub('name="csrf_token" value="…"', html)


def _cache_now(server: LiveServer) -> None:
    """Cache the states of a database written moments ago (the 2 s settling is for file systems
    with coarse timestamps; this one has nanoseconds)."""
    server.state.db.settle_ns = 0


def _ids(server: LiveServer) -> tuple[list[str], list[str]]:
    answers = server.state.with_db(lambda c: [r[0] for r in c.execute(
        "SELECT answer_id FROM run_answers ORDER BY answer_id").fetchall()])
    candidates = server.state.with_db(lambda c: [r[0] for r in c.execute(
        "SELECT DISTINCT candidate_id FROM answers ORDER BY 1").fetchall()])
    return answers, candidates


def _flagged_answer(server: LiveServer) -> tuple[str, str, str, float, str]:
    """(run, answer, flag item, final value, candidate) of an answer with a scored final flag verdict."""
    return server.state.with_db(lambda c: c.execute(
        "SELECT s.run_id, s.answer_id, s.item_id, s.value, a.candidate_id FROM scores s "
        "JOIN answers a USING (answer_id) WHERE s.scorer = 'final' AND s.item_kind = 'flag' "
        "AND s.status = 'scored' ORDER BY s.answer_id, s.item_id LIMIT 1").fetchone())


def _external_override(db: Path, run_id: str, answer_id: str, item_id: str, value: float, reviewer: str) -> None:
    """An override written by another process, through the store as the app writes it."""
    code = ("import sys; from evaluator.store import review; from evaluator.store import connect\n"
            "c = connect(sys.argv[1])\n"
            "review.override_verdict(c, run_id=sys.argv[2], answer_id=sys.argv[3], item_id=sys.argv[4], "
            "value=sys.argv[5], reviewer=sys.argv[6], reason='checked by hand')\n"
            "c.close()\n")
    result = subprocess.run([sys.executable, "-c", code, str(db), run_id, answer_id, item_id, f"{value:g}", reviewer],
                            capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert result.returncode == 0, result.stderr


def test_concurrent_requests_all_succeed_with_the_right_pages(live):
    _cache_now(live)
    answers, candidates = _ids(live)
    paths = ["/", "/?sort=overall&order=asc", "/?sort=candidate&order=desc", "/runs",
             *(f"/candidate?id={quote(c, safe='')}" for c in candidates),
             *(f"/answer?id={quote(a, safe='')}" for a in answers)]
    reference = {}
    for path in paths:  # one at a time, first (and the cache empty: each page read from the database)
        status, _, html = live.client().get(path)
        assert status == 200, (path, html[:300])
        reference[path] = _same_page(html)
    hits = live.state.db.hits
    requests = [paths[i % len(paths)] for i in range(200)]

    def fetch(path: str) -> tuple[str, int, str]:
        status, headers, html = live.client().get(path)
        assert headers["content-security-policy"].startswith("default-src 'none'")
        return path, status, html

    with ThreadPoolExecutor(20) as pool:
        results = list(pool.map(fetch, requests))
    assert [status for _, status, _ in results] == [200] * 200
    for path, _, html in results:
        assert _same_page(html) == reference[path], path
    assert live.state.db.hits >= hits + 150  # served from the cache, and the same pages
    assert live.state.db._conn is None  # no connection held once the requests are done


def test_a_posted_override_shows_at_the_next_request_of_every_page(live):
    _cache_now(live)
    run_id, answer_id, item_id, value, candidate = _flagged_answer(live)
    client = live.client()
    answer_page = f"/answer?id={quote(answer_id)}&run={run_id}"
    candidate_page = f"/candidate?id={quote(candidate)}&run={run_id}"
    pages = [answer_page, candidate_page, f"/?run={run_id}", "/runs"]
    before = {p: client.get(p)[2] for p in pages}
    misses, opens = live.state.db.misses, live.state.db.opens
    assert {p: client.get(p)[2] for p in pages} == before  # the same pages, from the cache: nothing read
    assert (live.state.db.misses, live.state.db.opens) == (misses, opens)
    assert "override by" not in before[answer_page]

    status, headers, _ = client.post("/override", {
        "csrf_token": csrf_token(before[answer_page]), "run": run_id, "answer_id": answer_id, "item_id": item_id,
        "value": f"{1 - value:g}", "reviewer": "Ana", "reason": "looked again"}, headers={"Origin": live.url})
    assert status == 303
    status, _, html = client.get(answer_page)  # the very page that was cached
    assert status == 200 and "override by Ana: looked again" in html
    assert html.count('class="pill override"') == before[answer_page].count('class="pill override"') + 1
    candidate_html = client.get(candidate_page)[2]
    assert candidate_html.count('class="pill override"') == before[candidate_page].count('class="pill override"') + 1
    assert "override by Ana: looked again" in candidate_html
    runs = client.get("/runs")[2]
    assert re.search(rf'{run_id}</a>.*?<td class="num">1</td></tr>', runs, re.S)  # overrides: 1


def test_overrides_posted_while_pages_are_being_read(live):
    live.state.db.settle_ns = 10 ** 18  # nothing cached: every request reads, the connection stays busy
    try:
        run_id, answer_id, item_id, _, _ = _flagged_answer(live)
        answers, candidates = _ids(live)
        paths = [*(f"/answer?id={quote(a, safe='')}" for a in answers),
                 *(f"/candidate?id={quote(c, safe='')}" for c in candidates), "/", "/runs"]
        stop, statuses = threading.Event(), []

        def reader(offset: int) -> None:
            client, i = live.client(), offset
            while not stop.is_set():
                statuses.append(client.get(paths[i % len(paths)])[0])
                i += 1

        readers = [threading.Thread(target=reader, args=(n,)) for n in range(8)]
        for t in readers:
            t.start()
        try:
            client = live.client()
            page = f"/answer?id={quote(answer_id)}&run={run_id}"
            for n in range(4):
                status, _, html = client.get(page)
                assert status == 200
                status, _, _ = client.post("/override", {
                    "csrf_token": csrf_token(html), "run": run_id, "answer_id": answer_id, "item_id": item_id,
                    "value": str(n % 2), "reviewer": f"Reviewer {n}", "reason": "under load"})
                assert status == 303
                assert f"override by Reviewer {n}: under load" in client.get(page)[2]
        finally:
            stop.set()
            for t in readers:
                t.join(timeout=60)
        assert len(statuses) > 20 and set(statuses) == {200}
    finally:
        live.state.db.settle_ns = 0


def test_a_write_by_another_process_or_connection_shows_at_the_next_request(live):
    _cache_now(live)
    run_id, answer_id, item_id, _, _ = _flagged_answer(live)
    client = live.client()
    page = f"/answer?id={quote(answer_id)}&run={run_id}"
    client.get(page)
    misses = live.state.db.misses
    first = client.get(page)[2]
    assert live.state.db.misses == misses  # the page is cached

    _external_override(live.db_path, run_id, answer_id, item_id, 1, "Other Process")
    html = client.get(page)[2]
    assert "override by Other Process: checked by hand" in html and html != first
    assert client.get(page)[2] == html  # and cached again

    # another connection in this process, while the app is idle (it holds none)
    from evaluator.store import review
    conn = connect(live.db_path)
    try:
        review.override_verdict(conn, run_id=run_id, answer_id=answer_id, item_id=item_id, value=0,
                                reviewer="Same Process", reason="second look")
    finally:
        conn.close()
    assert "override by Same Process: second look" in client.get(page)[2]


def test_a_writer_holding_the_database_gets_503_even_for_a_cached_page(live):
    _cache_now(live)
    client = live.client()
    client.get("/runs")
    hits = live.state.db.hits
    assert client.get("/runs")[0] == 200 and live.state.db.hits == hits + 1
    holder = subprocess.Popen([sys.executable, "-c", "import duckdb, sys, time; c = duckdb.connect(sys.argv[1]); "
                               "print('held', flush=True); time.sleep(60)", str(live.db_path)],
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        status, _, html = client.get("/runs")
        assert status == 503 and "in use by another evaluator process" in html
    finally:
        holder.kill()
        holder.wait()
    assert client.get("/runs")[0] == 200


def test_evaluator_run_into_the_database_being_served(tmp_path):
    from click.testing import CliRunner
    from evaluator.cli import main
    db = tmp_path / "served.duckdb"
    result = CliRunner().invoke(main, ["run", str(DATA / "formats" / "written.csv"), "--rubric", str(RUBRIC),
                                       "--db", str(db), "--report-dir", str(tmp_path / "r1")], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    with LiveServer(db) as server:
        _cache_now(server)
        client = server.client()
        for _ in range(2):
            cohort, runs = client.get("/")[2], client.get("/runs")[2]
        assert server.state.db.hits >= 2
        assert len(re.findall(r'class="candidate" href=', cohort)) == 2 and runs.count('class="run"') == 1

        # the app is idle: the run gets the file at once (no "waiting" line), while the server is up
        env = {**os.environ, "EVALUATOR_DB_WAIT": "5"}
        run = subprocess.run([sys.executable, "-m", "evaluator", "run", str(DATA / "formats"), "--rubric", str(RUBRIC),
                              "--db", str(db), "--report-dir", str(tmp_path / "r2")],
                             capture_output=True, text=True, timeout=300, env=env, cwd=ROOT)
        assert run.returncode == 0, run.stderr
        assert "waiting" not in run.stderr

        cohort, runs = client.get("/")[2], client.get("/runs")[2]
        assert runs.count('class="run"') == 2
        assert len(re.findall(r'class="candidate" href=', cohort)) > 2  # the new run, latest complete, is the default


# -- the Database object itself --------------------------------------------------------------


@pytest.fixture(scope="module")
def small_db(tmp_path_factory) -> Path:
    db = tmp_path_factory.mktemp("database") / "small.duckdb"
    connect(db).close()
    return db


def test_concurrent_reads_of_one_page_share_one_read(small_db):
    db = Database(str(small_db), settle=0)
    calls = []
    lock = threading.Lock()

    def slow_read(cursor):
        with lock:
            calls.append(1)
        return cursor.execute("SELECT count(*), max(version) FROM schema_migrations, range(200000)").fetchone()

    async def go() -> list:
        same = await asyncio.gather(*(db.read(("page", 1), slow_read) for _ in range(20)))
        others = await asyncio.gather(*(db.read(("page", i), slow_read) for i in range(2, 12)))
        return [*same, *others]

    values = asyncio.run(go())
    assert len(set(values)) == 1 and len(values) == 30
    assert len(calls) == 11  # 20 requests for one page: one read; then 10 other pages
    assert db._conn is None and db._readers == 0  # closed once the last read was done


def test_a_fresh_state_is_not_cached_until_settled(small_db):
    db = Database(str(small_db), settle=3600)  # the file is younger than an hour
    reads = []

    async def go(n: int) -> None:
        for _ in range(n):
            await db.read(("k",), lambda c: reads.append(1) or c.execute("SELECT 1").fetchone())

    asyncio.run(go(3))
    assert len(reads) == 3 and db.hits == 0
    db.settle_ns = 0
    asyncio.run(go(3))
    assert len(reads) == 4 and db.hits == 2


def test_writes_through_the_app_wait_for_readers_and_invalidate(small_db):
    db = Database(str(small_db), settle=0)
    read = lambda c: c.execute("SELECT count(*) FROM schema_migrations").fetchone()[0]  # noqa: E731

    async def go() -> tuple[int, int, int]:
        first = await db.read(("n",), read)
        await db.read(("n",), read)
        # the app's own write (e.g. an override): a row added, then removed
        await asyncio.to_thread(db.run, lambda c: c.execute(
            "INSERT INTO schema_migrations (version, name) VALUES (9999, 'test')"), write=True)
        second = await db.read(("n",), read)
        await asyncio.to_thread(db.run, lambda c: c.execute("DELETE FROM schema_migrations WHERE version = 9999"),
                                write=True)
        third = await db.read(("n",), read)
        return first, second, third

    first, second, third = asyncio.run(go())
    assert (second, third) == (first + 1, first) and db.hits == 1
