"""Reports of a realistic cohort: paginated ranking, bounded pages, links that resolve, no stale
pages, the same pages from the worker pool as in-process, and aggregates computed in the
database that agree with the per-candidate rows the export uses."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
from click.testing import CliRunner

from evaluator.cli import main
from evaluator.report import render_reports
from evaluator.report.charts import histogram
from evaluator.report.render import (
    PAGE_SIZE,
    POOL_MIN,
    candidate_filename,
    default_workers,
    esc,
    highlight_html,
    num,
)
from evaluator.store import connect
from evaluator.store.reads import (
    SQL_NUM,
    candidate_rows,
    cohort_items,
    cohort_stats,
    ranking_rows,
    run_info,
)

from ..conftest import ROOT, RUBRIC
from .test_browser import CHROMIUM, dump_dom

N_ANSWERS, PER_CANDIDATE = 2000, 4  # 500 candidates (plus a few interview transcripts)
MAX_PAGE_BYTES = 2_000_000


class Page(HTMLParser):
    """Links, element ids, scripts and the rows of the #cohort table of one page."""

    def __init__(self) -> None:
        super().__init__()
        self.links: list[str] = []
        self.ids: set[str] = set()
        self.scripts = 0
        self.rows: list[dict] = []
        self._in_cohort = self._in_body = False
        self._cell: dict | None = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if "id" in a:
            self.ids.add(a["id"])
        if tag == "a" and "href" in a:
            self.links.append(a["href"])
            if self._cell is not None and "href" not in self.rows[-1]:
                self.rows[-1]["href"] = a["href"]
        if tag == "script":
            self.scripts += 1
        if tag == "table" and a.get("id") == "cohort":
            self._in_cohort = True
        if self._in_cohort and tag == "tbody":
            self._in_body = True
        if self._in_body and tag == "tr":
            self.rows.append({"id": a.get("id"), "cells": []})
        if self._in_body and tag == "td":
            self._cell = {"value": a.get("data-value"), "text": ""}
            self.rows[-1]["cells"].append(self._cell)

    def handle_endtag(self, tag):
        if tag == "td":
            self._cell = None
        if tag == "tbody" and self._in_body:
            self._in_body = self._in_cohort = False

    def handle_data(self, data):
        if self._cell is not None:
            self._cell["text"] += data


def parse(path: Path) -> Page:
    page = Page()
    page.feed(path.read_text(encoding="utf-8"))
    return page


def ranking_pages(reports: Path) -> list[Path]:
    pages = [p for p in reports.glob("ranking-*.html") if re.fullmatch(r"ranking-\d+\.html", p.name)]
    return sorted(pages, key=lambda p: int(re.search(r"\d+", p.name).group()))


@pytest.fixture(scope="module")
def cohort(tmp_path_factory):
    """A scored database of 500 written-answer candidates and 6 interviews, from the real CLI."""
    tmp = tmp_path_factory.mktemp("scale")
    corpus = tmp / "corpus"
    subprocess.run([sys.executable, str(ROOT / "scripts" / "gen_corpus.py"), str(corpus), "-n", str(N_ANSWERS),
                    "--answers-per-candidate", str(PER_CANDIDATE), "--transcripts", "6", "--seed", "3"],
                   check=True, capture_output=True)
    db = tmp / "scale.duckdb"
    result = CliRunner().invoke(main, ["run", str(corpus), "--rubric", str(RUBRIC), "--db", str(db),
                                       "--report-dir", str(tmp / "reports")], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return db, tmp / "reports"


def test_ranking_pages_hold_every_candidate_once_in_order(cohort, tmp_path):
    db, _ = cohort
    reports = tmp_path / "r"
    with connect(db, read_only=True) as conn:
        run = run_info(conn)
        expected = {(r["candidate_id"], r["transcript_id"]): r["value"] for r in candidate_rows(conn, run)
                    if r["item_id"] == "overall"}
        result = render_reports(conn, reports, page_size=120)
    pages = ranking_pages(reports)
    assert result.ranking_pages == len(pages) == -(-len(expected) // 120) >= 4
    assert [p.name for p in pages] == [f"ranking-{i}.html" for i in range(1, len(pages) + 1)]
    seen, order = [], []
    for page in pages:
        parsed = parse(page)
        assert 0 < len(parsed.rows) <= 120, page
        assert parsed.scripts == 1  # our sort script, nothing else
        for row in parsed.rows:
            rank, candidate, transcript, overall = (c["text"].strip() for c in row["cells"][:4])
            assert row["id"] == f"r{rank}"
            seen.append((candidate, transcript))
            order.append((int(rank), float(row["cells"][3]["value"]), candidate, transcript))
            assert row["href"] == f"candidates/{candidate_filename(candidate)}"
    assert len(seen) == len(set(seen)) == len(expected)  # every candidate transcript exactly once
    assert set(seen) == set(expected)
    assert [r[0] for r in order] == list(range(1, len(order) + 1))
    # by overall score, best first (the unscored, -1, last), ties by candidate then transcript
    assert order == sorted(order, key=lambda r: (-r[1], r[2], r[3]))
    for rank, overall, candidate, transcript in order:
        value = expected[(candidate, transcript)]
        assert overall == pytest.approx(-1 if value is None else value)
    assert result.candidate_pages == len({c for c, _ in expected})


def test_links_resolve_and_every_page_is_small(cohort):
    _, reports = cohort  # as 'evaluator run' wrote them (500 a ranking page, the worker pool)
    assert len(ranking_pages(reports)) >= 2
    pages = [reports / "index.html", *ranking_pages(reports), *sorted((reports / "candidates").glob("*.html"))]
    candidate_pages = {p.name for p in (reports / "candidates").glob("*.html")}
    linked_candidates: set[str] = set()
    parsed = {p.resolve(): parse(p) for p in pages}
    for page, doc in parsed.items():
        assert page.stat().st_size < MAX_PAGE_BYTES, page
        for href in doc.links:
            url = urlsplit(href)
            assert not url.scheme and not url.netloc, (page, href)  # self-contained: no external links
            target = (page.parent / unquote(url.path)).resolve() if url.path else page
            assert target.is_file(), (page, href)
            assert target.is_relative_to(reports.resolve())
            if url.fragment:
                assert url.fragment in parsed[target].ids, (page, href)
            if target.parent.name == "candidates":
                linked_candidates.add(target.name)
    assert linked_candidates == candidate_pages  # every candidate page is reachable, none is stale
    # a candidate page's rank links to that candidate's row of the ranking (same order everywhere)
    rows = {(p, row["id"]): row["cells"][1]["text"].strip() for p, doc in parsed.items() for row in doc.rows}
    for page, doc in parsed.items():
        if page.parent.name == "candidates":
            candidate = doc.links and next(iter(re.findall(r"<h1>Candidate (.*?)</h1>", page.read_text())))
            ranks = [urlsplit(h) for h in doc.links if h.startswith("../ranking-")]
            assert ranks, page
            for url in ranks:
                assert rows[((page.parent / url.path).resolve(), url.fragment)] == candidate, (page, url)
    index = parsed[(reports / "index.html").resolve()]
    assert {l for l in index.links if l.startswith("ranking-")} == {p.name for p in ranking_pages(reports)}
    assert 0 < len(index.rows) <= 50  # the top of the ranking only


def test_pool_and_in_process_pages_are_identical(cohort, tmp_path):
    db, pooled = cohort  # 'evaluator run' rendered them with the default workers (2 on 2 CPUs)
    with connect(db, read_only=True) as conn:
        assert cohort_stats(conn, run_info(conn))["transcripts"] >= POOL_MIN  # enough for the pool
        if default_workers() < 2:
            pooled = tmp_path / "two"
            render_reports(conn, pooled, workers=2)
        render_reports(conn, tmp_path / "one", workers=1)
    files = sorted(p.relative_to(tmp_path / "one") for p in (tmp_path / "one").rglob("*.html"))
    assert files == sorted(p.relative_to(pooled) for p in pooled.rglob("*.html"))
    for f in files:
        assert (tmp_path / "one" / f).read_bytes() == (pooled / f).read_bytes(), f


def test_rerender_removes_only_its_own_stale_pages(cohort, cli, tmp_path):
    db, _ = cohort
    reports = tmp_path / "r"
    with connect(db, read_only=True) as conn:
        render_reports(conn, reports, page_size=100)
    assert len(ranking_pages(reports)) >= 5
    ghost = reports / "candidates" / "someone-gone-0123abcd.html"  # a candidate no longer in the run
    ghost.write_text("stale")
    keep = [reports / "candidates" / "notes.html", reports / "ranking-notes.html", reports / "ranking.html",
            reports / "candidates" / "keep.txt", reports / "other.html"]
    for path in keep:
        path.write_text("not ours")
    assert cli("report", "--db", db, "--report-dir", reports).exit_code == 0  # default: 500 a page
    with connect(db, read_only=True) as conn:
        n_pages = -(-cohort_stats(conn, run_info(conn))["transcripts"] // PAGE_SIZE)
    assert [p.name for p in ranking_pages(reports)] == [f"ranking-{i}.html" for i in range(1, n_pages + 1)]
    assert not ghost.exists()
    assert all(p.read_text() == "not ours" for p in keep)
    linked = {href for page in ranking_pages(reports) for href in parse(page).links if href.startswith("candidates/")}
    assert {f"candidates/{p.name}" for p in (reports / "candidates").glob("*.html")} == linked | {
        "candidates/notes.html"}


def test_database_aggregates_match_the_candidate_rows(cohort):
    db, _ = cohort
    with connect(db, read_only=True) as conn:
        run = run_info(conn)
        rows = candidate_rows(conn, run)
        stats = cohort_stats(conn, run)
        ranked = list(ranking_rows(conn, run))
    items = cohort_items(run)
    by_key: dict[tuple[str, str], dict[str, float]] = {}
    for r in rows:
        by_key.setdefault((r["candidate_id"], r["transcript_id"]), {})[r["item_id"]] = r["value"]
    assert stats["transcripts"] == len(ranked) == len(by_key)
    assert stats["candidates"] == len({c for c, _ in by_key})
    for rank, candidate, transcript, overall, *values, flags, coverage in ranked:
        want = by_key[(candidate, transcript)]
        assert overall == pytest.approx(want.get("overall"))
        assert coverage == pytest.approx(want.get("coverage"))
        assert values == pytest.approx([want.get(i) for i in items])
        assert flags == sum(1 for f in run.rubric.flags if want.get(f.id) == 1)
    for c in run.rubric.criteria:
        values = [v[c.id] for v in by_key.values() if v.get(c.id) is not None]
        expected = [b.value for b in histogram("", values, [lv.value for lv in c.levels]).bars]
        assert stats["histograms"][c.id] == expected, c.id
        assert stats["valued"][c.id] == len(values)
        # one rounding rule everywhere: halfway between two levels goes to the higher, as nearest_level
        for value in values:
            nearest = c.nearest_level(value)
            assert [b.value for b in histogram("", [value], [lv.value for lv in c.levels]).bars] == [
                int(lv.value == nearest) for lv in c.levels]
    halfway = [b.value for b in histogram("", [0.5, 1.5, 2.5], [0.0, 1.0, 2.0, 3.0]).bars]
    assert halfway == [0, 1, 1, 1]


def test_ranking_pages_keep_injected_text_inert(cli, db, tmp_path):
    payload = '<script>alert("xss")</script><img src=x onerror=alert(1)>'
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "evil.csv").write_text(
        "answer_id,candidate_id,question,answer\n"
        f"\"x{payload.replace(chr(34), chr(34) * 2)}\",\"c{payload.replace(chr(34), chr(34) * 2)}\","
        f"\"What is an AI engineer?\",\"It's just prompting {payload.replace(chr(34), chr(34) * 2)}\"\n")
    reports = tmp_path / "reports"
    assert cli("run", inputs, "--rubric", RUBRIC, "--db", db, "--report-dir", reports).exit_code == 0
    page = reports / "ranking-1.html"
    html = page.read_text()
    assert "c&lt;script&gt;alert(&#34;xss&#34;)&lt;/script&gt;" in html
    parsed = parse(page)
    assert parsed.scripts == 1 and "<img" not in html
    if CHROMIUM or os.environ.get("CI"):  # in a real browser: our sort script runs, the payload does not
        dom = dump_dom(page, tmp_path)
        html_tag = dom[dom.index("<html"):].split(">", 1)[0]
        assert 'data-sortable="ready"' in html_tag and "<img" not in dom


def test_python_built_fragments_escape_like_jinja():
    from markupsafe import escape
    tricky = ["plain", "<b>&amp;\"'</b>", "caf\u00e9 \u201cq\u201d \u2014 <x>", "", "a\u0000b"]
    for s in tricky:
        assert esc(s) == str(escape(s))
    text = "It's <b>bold</b> & \"quoted\""
    marked = highlight_html(text, [(5, 16, "role"), (0, 4, "x<y"), (10, 30, "role"), (-5, 2, "z")])
    assert "<b>" not in marked and "&lt;b&gt;" in marked
    assert '<mark title="x&lt;y, z">It</mark>' in marked
    assert re.sub(r"<[^>]+>", "", marked) == str(escape(text))  # the text, escaped, nothing lost


def test_sql_number_format_matches_num():
    import duckdb
    conn = duckdb.connect()
    for value in [3.0, 10.0, 0.0, -0.001, 2.345, 0.125, 1 / 3, 2 / 3, -2.5, 0.1 + 0.2, 100.0, 1e6]:
        assert conn.execute(f"SELECT {SQL_NUM.format('?::DOUBLE')}", [value]).fetchone()[0] == num(value)


def test_chosen_candidate_pages_top_n_and_named(cohort, cli, tmp_path):
    """A large cohort's report writes pages for a chosen set only: the ranking links exactly the
    candidates that have a page, index.html says how many have none, a re-render with a smaller
    choice removes the pages no longer chosen, and 'auto' writes them all below its threshold."""
    db, _ = cohort
    reports = tmp_path / "r"
    with connect(db, read_only=True) as conn:
        order = [row[1] for row in ranking_rows(conn, run_info(conn))]
        n_candidates = cohort_stats(conn, run_info(conn))["candidates"]
    top = list(dict.fromkeys(order[:30]))
    named = order[-1]  # the last of the ranking, named explicitly
    result = cli("report", "--db", str(db), "--report-dir", str(reports), "--candidate-pages", "top:30",
                 "--candidate-page", named)
    assert result.exit_code == 0, result.output
    expected = {candidate_filename(c) for c in [*top, named]}
    assert {p.name for p in (reports / "candidates").glob("*.html")} == expected
    without = n_candidates - len(expected)
    assert f"{without} candidates without a page: see them with 'evaluator serve'" in result.output
    index = (reports / "index.html").read_text()
    assert f"{without} candidates without a page" in index and "evaluator serve" in index
    linked = set()
    for page in ranking_pages(reports):
        for row in parse(page).rows:
            candidate = row["cells"][1]["text"].strip()
            if "href" in row:
                assert row["href"] == f"candidates/{candidate_filename(candidate)}"
                linked.add(candidate_filename(candidate))
            else:
                assert candidate_filename(candidate) not in expected, candidate
    assert linked == expected  # every link resolves; every written page is linked
    result = cli("report", "--db", str(db), "--report-dir", str(reports), "--candidate-pages", "none")
    assert result.exit_code == 0, result.output
    assert not list((reports / "candidates").glob("*.html"))  # no stale pages left behind
    result = cli("report", "--db", str(db), "--report-dir", str(reports))  # auto: 500 candidates, all pages
    assert result.exit_code == 0 and "without a page" not in result.output
    assert len(list((reports / "candidates").glob("*.html"))) == n_candidates
    bad = cli("report", "--db", str(db), "--report-dir", str(reports), "--candidate-pages", "top:0")
    assert bad.exit_code == 2 and "expected all, none, auto or top:N" in bad.output
