"""Render HTML reports from the database: a cohort summary, paginated ranking pages and one
page per candidate.

Everything comes from DuckDB (never from in-memory results), in a few set-based queries
streamed in order, so the cost is flat per candidate and memory does not grow with the cohort:

* ``index.html``: counts, charts, flag prevalence, the top of the ranking, links to the
  ranking pages, skipped files, the rubric;
* ``ranking-1.html``, ``ranking-2.html``, …: every candidate transcript by overall score,
  at most :data:`PAGE_SIZE` rows a page (sortable within the page);
* ``candidates/<name>.html``: a candidate's answers with highlighted evidence and verdicts.

The ranking and candidate pages are rendered by a pool of forked worker processes fed plain
rows (never the database connection). Re-rendering deletes the pages of ours it did not write
again, so no link points at a stale page.

Jinja2 autoescapes all text, so candidate-controlled strings can never become markup; the
fragments built in Python for speed (an answer with its marked text and verdict table, the
cells of a ranking row) pass every value through :func:`esc` (the same output as
``markupsafe.escape``) before they are marked safe.
"""

from __future__ import annotations

import base64
import hashlib
import re
from collections import defaultdict
from dataclasses import dataclass
from importlib import resources
from itertools import pairwise
from pathlib import Path
from typing import Any, Sequence

import duckdb
from jinja2 import (
    Environment,
    PackageLoader,
    StrictUndefined,
    Template,
    select_autoescape,
)
from markupsafe import Markup, escape

from ..errors import ReportError
from ..fileio import write_text_atomic
from ..rubric import Rubric
from ..store.reads import (
    OVERALL_RULE,
    CandidateData,
    RunAnswer,
    RunInfo,
    candidate_data,
    cohort_items,
    cohort_stats,
    ranking_rows,
    run_info,
    top_candidate_ids,
)
from ..store.reads import run_warnings
from ..store.summary import run_summary
from ..workers import BoundedPool, can_fork
from ..workers import default_workers as default_workers_capped
from .charts import bar_chart, histogram_counts

PAGE_SIZE = 500  # candidate transcripts per ranking page
TOP_ROWS = 25  # rows of the ranking shown on index.html
ERRORS_SHOWN = 1000  # skipped files and rows listed on index.html (the rest are counted)
CHUNK = 40  # candidates per worker task
POOL_MIN = 300  # fewer candidates than this render in this process (a pool costs more to start)
# Candidate pages written by default: every one up to this many ranked transcripts, else the top of
# the ranking (250,000 static pages took 230 s and 4 GB on disk; the review app serves any page).
AUTO_ALL_PAGES = 10_000
AUTO_TOP_PAGES = 1_000

# The names of the files we generate, and only those: what a re-render may delete when stale.
CANDIDATE_PAGE = re.compile(r"[A-Za-z0-9_-]*-[0-9a-f]{8}\.html")
RANKING_PAGE = re.compile(r"ranking-([1-9][0-9]*)\.html")


@dataclass
class ReportResult:
    cohort_path: Path
    candidate_pages: int
    ranking_pages: int = 0
    removed: int = 0  # stale pages of an earlier render deleted
    candidates_without_page: int = 0  # ranked candidates left to the review app (see PageChoice)


@dataclass(frozen=True)
class PageChoice:
    """Which candidates get a static page: ``all``, ``none``, the ``top`` N of the ranking (a
    candidate is in when any of their transcripts is), plus any ``ids`` named. :meth:`parse` reads
    the CLI's spelling; ``auto`` is every candidate up to :data:`AUTO_ALL_PAGES` ranked transcripts,
    else the top :data:`AUTO_TOP_PAGES`."""

    mode: str = "auto"  # auto | all | none | top
    top: int = 0
    ids: tuple[str, ...] = ()

    @classmethod
    def parse(cls, spec: str, ids: Sequence[str] = ()) -> "PageChoice":
        """``all``, ``none``, ``auto`` or ``top:N``; raises ValueError otherwise."""
        spec = spec.strip().lower()
        if spec in ("auto", "all", "none"):
            return cls(spec, 0, tuple(ids))
        if spec.startswith("top:") and spec[4:].isdigit() and int(spec[4:]) > 0:
            return cls("top", int(spec[4:]), tuple(ids))
        raise ValueError(f"expected all, none, auto or top:N (N > 0), not {spec!r}")

    def resolved(self, n_ranked: int) -> "PageChoice":
        """``auto`` decided for a cohort of ``n_ranked`` ranked transcripts."""
        if self.mode != "auto":
            return self
        return PageChoice("all", 0, self.ids) if n_ranked <= AUTO_ALL_PAGES else PageChoice("top", AUTO_TOP_PAGES, self.ids)

    def describe(self) -> str:
        named = f" and {len(self.ids)} named candidate(s)" if self.ids else ""
        return {"all": "every candidate", "none": "no candidate" if not self.ids else "only",
                "top": f"the top {self.top:,} of the ranking"}.get(self.mode, self.mode) + named


def candidate_filename(candidate_id: str) -> str:
    """A safe file name for a candidate page: no path separators, no dots, bounded length."""
    slug = re.sub(r"[^A-Za-z0-9_-]+", "_", candidate_id)[:60].strip("_") or "candidate"
    return f"{slug}-{hashlib.sha1(candidate_id.encode()).hexdigest()[:8]}.html"


def ranking_filename(page: int) -> str:
    return f"ranking-{page}.html"


def ranking_page_of(rank: int, page_size: int = PAGE_SIZE) -> int:
    return (rank - 1) // page_size + 1


def _sort_script() -> str:
    return resources.files("evaluator.report").joinpath("sort.js").read_text(encoding="utf-8")


def num(v: Any, digits: int = 2) -> str:
    """A number as the reports print it: '–' for none, floats without trailing zeros."""
    if v is None:
        return "–"
    if isinstance(v, float):
        return f"{v:.{digits}f}".rstrip("0").rstrip(".")
    return str(v)


def environment() -> Environment:
    """Jinja2 with autoescape on; the only script allowed to run is our own (by CSP hash)."""
    script = _sort_script()
    digest = base64.b64encode(hashlib.sha256(script.encode()).digest()).decode()
    env = Environment(loader=PackageLoader("evaluator.report", "templates"),
                      autoescape=select_autoescape(["html", "j2"], default=True),
                      undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True)
    env.globals["sort_script"] = script
    env.globals["script_src"] = f"'sha256-{digest}'"
    env.globals["overall_rule"] = OVERALL_RULE
    env.filters["num"] = num
    return env


def esc(value: Any) -> str:
    """``markupsafe.escape`` as a plain str, for the fragments built in Python."""
    return str(escape(value))


_MARKS: dict[tuple[str, ...], str] = {}  # item ids → the <mark> that opens a piece they cover


def highlight_html(text: str, spans: list[tuple[int, int, str]]) -> str:
    """The answer text, escaped, with ``<mark title="items">`` around each piece that the
    evidence ``(start, end, item_id)`` of one or more verdicts covers."""
    n = len(text)
    bounds: dict[int, list[tuple[int, str]]] = {}  # offset → spans starting (+1) and ending (-1) there
    for start, end, item_id in spans:
        start, end = max(0, start), min(n, end)
        if start < end:
            bounds.setdefault(start, []).append((1, item_id))
            bounds.setdefault(end, []).append((-1, item_id))
    if not bounds:
        return esc(text)
    points = sorted({0, n, *bounds})
    # escape all pieces in one call: NUL never occurs in stored text (the ingest drops it)
    pieces = esc("\0".join([text[a:b] for a, b in pairwise(points)])).split("\0")
    if len(pieces) != len(points) - 1:  # a NUL after all: escape piece by piece
        pieces = [esc(text[a:b]) for a, b in pairwise(points)]
    active: dict[str, int] = {}
    opening = ""
    out = []
    for a, piece in zip(points, pieces):
        changes = bounds.get(a)
        if changes:
            for delta, item_id in changes:
                count = active.get(item_id, 0) + delta
                if count:
                    active[item_id] = count
                else:
                    del active[item_id]
            key = tuple(sorted(active))
            opening = _MARKS.get(key)
            if opening is None:
                opening = _MARKS[key] = f'<mark title="{esc(", ".join(key))}">' if key else ""
        out.append(f"{opening}{piece}</mark>" if opening else piece)
    return "".join(out)


# --------------------------------------------------------------------------------------------
# What every page of a run shares (computed once, inherited by the worker processes)

@dataclass
class _Static:
    run: RunInfo
    rubric: Rubric
    items: list[str]  # cohort_items order: the v0, v1, … columns of the ranking rows
    criteria_ids: list[str]
    weighted_ids: list[str]  # the criteria that count in the overall (weight > 0)
    flag_ids: list[str]
    flag_pills: dict[str, str]  # flag id → its "raised" pill (HTML), titled with its description
    questions: dict[str, str]
    anchors: dict[tuple[str, float], str]  # (criterion, level value) → its anchor (HTML)
    max_text: dict[str, str]  # criterion → its top level (HTML)
    n_ranked: int
    n_pages: int
    page_size: int
    out: Path
    template: Template | None = None  # candidate page
    ranking_template: Template | None = None
    warnings: Any = None  # candidate id → its RunWarnings (ingest and matching), for its page
    paged: set[str] | None = None  # the candidates with a static page (None: every one)


def _static(run: RunInfo, out: Path, n_ranked: int, page_size: int) -> _Static:
    rubric = run.rubric
    anchors = {}
    for c in rubric.criteria:
        for lv in c.levels:
            anchors[(c.id, lv.value)] = f"<div>{esc(f'{lv.label}: {lv.anchor}' if lv.label else lv.anchor)}</div>"
    return _Static(run=run, rubric=rubric, items=cohort_items(run), criteria_ids=[c.id for c in rubric.criteria],
                   weighted_ids=[c.id for c in rubric.criteria if c.weight > 0], flag_ids=[f.id for f in rubric.flags],
                   flag_pills={f.id: f'<span class="pill raised" title="{esc(f.description)}">{esc(f.id)}</span>'
                               for f in rubric.flags},
                   questions={q.id: q.text for q in rubric.questions}, anchors=anchors,
                   max_text={c.id: esc(num(c.max_value)) for c in rubric.criteria}, n_ranked=n_ranked,
                   n_pages=-(-n_ranked // page_size), page_size=page_size, out=out)


_MISSING_CELL = ('<td class="num missing" data-value="-1" title="no scored verdict: counts at the lowest '
                 'level in the overall">–</td>')


def flags_cell(flags: int, raised_pills: list[str]) -> str:
    """The Flags cell of a ranking row (HTML): a red '⚑ n' badge and the raised flags' pills, or '–'.

    Beside the overall, so that a high score cannot hide a raised flag; sortable by the count."""
    if not flags:
        return '<td class="flags" data-value="0"><span class="meta">–</span></td>'
    return (f'<td class="flags" data-value="{esc(flags)}"><span class="flag-badge">⚑ {esc(flags)} '
            f'flag{"s" if flags != 1 else ""}</span> {" ".join(raised_pills)}</td>')


def coverage_cell(coverage: float | None, missing: list[str]) -> str:
    """The Coverage cell (HTML): the share of the rubric's criterion weight scored, 'incomplete' below 100%."""
    if coverage is None:
        return '<td class="num coverage" data-value="-1">–</td>'
    percent = f"{100 * coverage:.0f}%"
    if coverage >= 1:
        return f'<td class="num coverage" data-value="{coverage:.4f}">{percent}</td>'
    return (f'<td class="num coverage incomplete" data-value="{coverage:.4f}" title="not scored (counted at the '
            f'lowest level): {esc(", ".join(missing))}">{percent} <span class="pill incomplete">incomplete</span></td>')


def _ranking_view(row: tuple, st: _Static, href_prefix: str = "") -> dict[str, Any]:
    """One ranked candidate transcript as the ranking tables show it (``href`` None when the
    candidate has no static page)."""
    rank, candidate_id, transcript_id, overall, *values, flags, coverage = row
    by_item = dict(zip(st.items, values))
    cells = [(-1 if by_item[c] is None else by_item[c], num(by_item[c])) for c in st.criteria_ids]
    raised = [f for f in st.flag_ids if by_item[f] == 1]
    missing = [c for c in st.weighted_ids if by_item[c] is None]
    # the flag, coverage and criterion cells of a ranking row, built here: a template loop costs more
    cells_html = Markup(flags_cell(flags, [st.flag_pills[f] for f in raised]) + coverage_cell(coverage, missing)
                        + "".join(_MISSING_CELL if by_item[c] is None else
                                  f'<td class="num" data-value="{esc(v)}">{esc(text)}</td>'
                                  for c, (v, text) in zip(st.criteria_ids, cells)))
    return {"rank": rank, "candidate_id": candidate_id, "transcript_id": transcript_id,
            "href": (f"{href_prefix}candidates/{candidate_filename(candidate_id)}"
                     if st.paged is None or candidate_id in st.paged else None),
            "overall": overall, "items": by_item, "flags": flags, "cells": cells, "raised": raised,
            "coverage": coverage, "missing": missing,
            "cells_html": cells_html, "page": ranking_page_of(rank, st.page_size)}


# --------------------------------------------------------------------------------------------
# Candidate pages: plain rows in, a file out (runs in worker processes)

_PILLS = {"unscored": '<span class="pill unscored">unscored</span>',
          "raised": '<span class="pill raised">raised</span>',
          "clear": '<span class="pill clear">clear</span>'}
_VERDICT_HEAD = ('<table>\n<thead><tr><th>Item</th><th>Verdict</th><th>Level anchor / reason</th>'
                 '<th class="num">Confidence</th><th>By scorer</th></tr></thead>\n<tbody>\n')


def _verdict_rows(verdicts: list[tuple], st: _Static) -> str:
    """The rows of an answer's verdict table (criteria first, then flags, each by item id)."""
    rows = []
    for (_, item_kind, item_id, value, confidence, status, reason, _spans, by_scorer, overridden) in sorted(
            verdicts, key=lambda v: (v[1] != "criterion", v[2])):
        if item_kind == "flag":
            verdict = _PILLS["unscored" if status != "scored" else "raised" if value == 1 else "clear"]
        elif status != "scored":
            verdict = _PILLS["unscored"]
        else:
            verdict = f"<strong>{num(value)}</strong> / {st.max_text.get(item_id, '–')}"
        if overridden:  # a reviewer's verdict (evaluator serve): its reason names who and why
            verdict += ' <span class="pill override">override</span>'
        anchor = st.anchors.get((item_id, value), "") if value is not None else ""
        rows.append(f"<tr><td>{esc(item_id)}</td><td>{verdict}</td><td>{anchor}"
                    f'<div class="reason">{esc(reason or "")}</div></td><td class="num">{num(confidence)}</td>'
                    f'<td class="reason">{esc(by_scorer or "")}</td></tr>\n')
    return "".join(rows)


def _answer_html(answer: RunAnswer, verdicts: list[tuple], st: _Static) -> str:
    """One answer: where it sits, the question, the text with its evidence marked, the verdicts.

    Built here rather than in the template because a page has ~35 verdict rows and a Jinja
    loop over them costs more than the rest of the page. Every value from the database goes
    through :func:`esc`; numbers are formatted by :func:`num` or ``round``.
    """
    if answer.question_id:
        how = (f"similarity {round(answer.match_score, 2)}" if answer.match_score is not None
               else esc(answer.matched_by))
        where = f"rubric question <strong>{esc(answer.question_id)}</strong> ({how})"
    elif answer.is_small_talk:
        where = "small talk: only rubric-wide flags apply"
    else:
        best = f" (best similarity {round(answer.match_score, 2)})" if answer.match_score is not None else ""
        where = f"not matched to a rubric question{best}: only rubric-wide items apply"
    spans = [(int(start), int(end), v[2]) for v in verdicts if v[7]
             for start, _, end in (pair.partition(":") for pair in v[7].split())]
    rubric_question = st.questions.get(answer.question_id or "")
    return "".join((
        f'<div class="answer{" small-talk" if answer.is_small_talk else ""}" id="{esc(answer.answer_id)}">\n',
        f'<div class="meta">{esc(answer.transcript_id)} · answer {esc(answer.seq)} · '
        f'<code>{esc(answer.answer_id)}</code> ·\n{where}</div>\n',
        f'<p class="question">Q: {esc(answer.question or "(no question: the candidate spoke first)")}</p>\n',
        f'<p class="meta">Rubric question: {esc(rubric_question)}</p>\n'
        if rubric_question and rubric_question != answer.question else "",
        f'<div class="text">{highlight_html(answer.text, spans)}</div>\n',
        f"{_VERDICT_HEAD}{_verdict_rows(verdicts, st)}</tbody>\n</table>\n" if verdicts else "",
        "</div>\n"))


def _candidate_context(data: CandidateData, st: _Static) -> dict[str, Any]:
    by_answer: dict[str, list[tuple]] = defaultdict(list)
    for row in data.verdicts:
        by_answer[row[0]].append(row)
    answers = Markup("".join(_answer_html(a, by_answer.get(a.answer_id, []), st) for a in data.answers))
    summary = [_ranking_view(row, st, "../") for row in data.summary]
    return {"run": st.run, "rubric": st.rubric, "candidate_id": data.candidate_id, "answers": answers,
            "n_answers": len(data.answers), "summary": summary, "n_ranked": st.n_ranked,
            **_warnings_context((st.warnings or {}).get(data.candidate_id, []))}


# --------------------------------------------------------------------------------------------
# Ranking pages: a page of plain rows in, a file out (also in the workers)

def _page_links(current: int, total: int) -> list[int | None]:
    """Page numbers to link from a ranking page: all when few, else the ends and a window (None = gap)."""
    if total <= 25:
        return list(range(1, total + 1))
    keep = {1, 2, total - 1, total, *range(current - 5, current + 6)}
    out: list[int | None] = []
    for p in range(1, total + 1):
        if p in keep:
            out.append(p)
        elif out and out[-1] is not None:
            out.append(None)
    return out


def _page_entry(number: int, rows: list[tuple]) -> dict[str, Any]:
    """What index.html and the page itself say about ranking page ``number`` (rows: ranking_rows)."""
    return {"number": number, "href": ranking_filename(number), "first": rows[0][0], "last": rows[-1][0],
            "high": rows[0][3], "low": rows[-1][3]}


def _render_ranking_page(number: int, rows: list[tuple], st: _Static | None = None) -> int:
    st = st or _WORKER_STATIC
    assert st is not None and st.ranking_template is not None
    html = st.ranking_template.render(run=st.run, rubric=st.rubric, rows=[_ranking_view(r, st) for r in rows],
                                      page=_page_entry(number, rows), n_pages=st.n_pages, n_ranked=st.n_ranked,
                                      links=_page_links(number, st.n_pages))
    write_text_atomic(st.out / ranking_filename(number), html)
    return len(rows)


def _render_candidates(chunk: list[CandidateData], st: _Static | None = None) -> int:
    st = st or _WORKER_STATIC
    assert st is not None and st.template is not None
    folder = st.out / "candidates"
    for data in chunk:
        html = st.template.render(_candidate_context(data, st))
        write_text_atomic(folder / candidate_filename(data.candidate_id), html)
    return len(chunk)


# --------------------------------------------------------------------------------------------
# Running the page tasks: in this process, or in a pool of forked workers

_WORKER_STATIC: _Static | None = None  # in a worker process: what its parent handed it at the fork


def _init_worker(st: _Static) -> None:
    global _WORKER_STATIC
    _WORKER_STATIC = st


class _Tasks:
    """Runs page tasks ``fn(*args)`` here and now (one worker) or in a pool of forked worker
    processes (:class:`~evaluator.workers.BoundedPool`), with at most a few tasks in flight so that
    memory stays flat whatever the number of pages; a task's error is raised here."""

    def __init__(self, st: _Static, workers: int) -> None:
        self.st = st
        # fork only: the workers inherit the compiled templates and the run's static data (the
        # initializer's argument is not pickled); they get plain rows and never touch DuckDB
        self.pool = BoundedPool(workers, _init_worker, (st,), 2 * workers) if workers > 1 and can_fork() else None

    def submit(self, fn: Any, *args: Any) -> None:
        if self.pool is None:
            fn(*args, self.st)
        else:
            self.pool.submit(fn, args)

    def finish(self) -> None:
        if self.pool is not None:
            for _ in self.pool.drain():
                pass

    def close(self) -> None:
        if self.pool is not None:
            self.pool.__exit__(None, None, None)


def _write_pages(conn: duckdb.DuckDBPyConnection, st: _Static, workers: int, choice: PageChoice
                 ) -> tuple[list[dict[str, Any]], list[dict[str, Any]], set[str]]:
    """Write the ranking pages and the chosen candidate pages.

    Returns the top of the ranking (views for index.html), one entry per ranking page and the
    file names of the candidate pages.
    """
    if choice.mode != "all":  # the chosen set is known before any ranking row links to it
        st.paged = set(choice.ids)
        if choice.mode == "top":
            st.paged.update(top_candidate_ids(conn, st.run, choice.top))
    tasks = _Tasks(st, workers if st.n_ranked >= POOL_MIN else 1)
    try:
        top: list[dict[str, Any]] = []
        pages: list[dict[str, Any]] = []
        rows: list[tuple] = []
        for row in ranking_rows(conn, st.run):
            if len(top) < TOP_ROWS:
                top.append(_ranking_view(row, st))
            rows.append(row)
            if len(rows) == st.page_size:
                pages.append(_page_entry(len(pages) + 1, rows))
                tasks.submit(_render_ranking_page, len(pages), rows)
                rows = []
        if rows:
            pages.append(_page_entry(len(pages) + 1, rows))
            tasks.submit(_render_ranking_page, len(pages), rows)
        names: set[str] = set()
        chunk: list[CandidateData] = []
        only = None if st.paged is None else sorted(st.paged)
        for data in (candidate_data(conn, st.run, only=only) if only is None or only else ()):
            names.add(candidate_filename(data.candidate_id))
            chunk.append(data)
            if len(chunk) == CHUNK:
                tasks.submit(_render_candidates, chunk)
                chunk = []
        if chunk:
            tasks.submit(_render_candidates, chunk)
        tasks.finish()
        return top, pages, names
    finally:
        tasks.close()


def _cohort_context(conn: duckdb.DuckDBPyConnection, st: _Static, stats: dict[str, Any]) -> dict[str, Any]:
    run, rubric = st.run, st.rubric
    charts = [histogram_counts(f"{c.id} (candidates: {stats['valued'][c.id]})", stats["histograms"][c.id],
                               [lv.value for lv in c.levels]) for c in rubric.criteria]
    summary = run_summary(conn, run.run_id, ERRORS_SHOWN)
    prevalence = summary.prevalence
    flag_rows = [{"item_id": r[0], "raised": r[1], "scored": r[2], "candidates": r[3],
                  "rate": r[1] / r[2] if r[2] else 0.0,
                  "severity": next((f.severity for f in rubric.flags if f.id == r[0]), "")} for r in prevalence]
    flag_chart = bar_chart("flag prevalence (% of answers in scope)", [f["item_id"] for f in flag_rows],
                           [round(100 * f["rate"], 1) for f in flag_rows], width=360, fmt="{:g}%")
    groups = summary.answer_groups
    matched = [(g.removeprefix("matched:"), n) for g, n in groups if g.startswith("matched:")]
    answers = {"total": sum(n for _, n in groups), "matched": sum(n for _, n in matched),
               "small_talk": sum(n for g, n in groups if g == "small talk"),
               "unmatched": sum(n for g, n in groups if g == "not matched")}
    return {"run": run, "rubric": rubric, "n_transcripts": stats["transcripts"],
            "n_candidates": stats["candidates"], "charts": charts,
            "flag_rows": flag_rows, "flag_chart": flag_chart,
            "answers": answers, "n_unscored": summary.n_unscored, "n_verdicts": summary.n_verdicts,
            "matched": matched, "errors": summary.errors, "n_errors": summary.n_errors, "sources": summary.sources,
            "page_size": st.page_size}


def _remove_stale(out: Path, candidate_names: set[str], n_pages: int) -> int:
    """Delete pages an earlier render wrote that this one did not (only names we generate)."""
    removed = 0
    stale = [p for p in (out / "candidates").iterdir()
             if p.name not in candidate_names and CANDIDATE_PAGE.fullmatch(p.name) and p.is_file()]
    for p in out.iterdir():
        match = RANKING_PAGE.fullmatch(p.name)
        if match and int(match.group(1)) > n_pages and p.is_file():
            stale.append(p)
    for p in stale:
        p.unlink(missing_ok=True)
        removed += 1
    return removed


def _by_candidate(warnings: list) -> dict[str, list]:
    grouped: dict[str, list] = defaultdict(list)
    for w in warnings:
        grouped[w.candidate_id].append(w)
    return dict(grouped)


def _warnings_context(warnings: list) -> dict[str, Any]:
    """What ``_warnings.html.j2`` shows: the first :data:`ERRORS_SHOWN` warnings and how many there are."""
    return {"warnings": warnings[:ERRORS_SHOWN], "n_warnings": len(warnings)}


def default_workers() -> int:
    """Worker processes for the pages: up to 2, and none where processes cannot fork (the workers
    rely on inheriting the compiled templates)."""
    return default_workers_capped(2) if can_fork() else 1


def render_reports(conn: duckdb.DuckDBPyConnection, report_dir: str | Path, run_id: str | None = None, *,
                   workers: int | None = None, page_size: int = PAGE_SIZE,
                   candidate_pages: PageChoice | None = None) -> ReportResult:
    """Write ``index.html``, ``ranking-N.html`` and ``candidates/*.html`` for a run (default: the latest).

    Pages of an earlier render that this one does not write again are deleted, so no link
    points at a stale page. ``workers`` processes render the ranking and candidate pages
    (default: :func:`default_workers`; 1 renders in this process, as do cohorts smaller than
    :data:`POOL_MIN`); ``page_size`` candidate transcripts go on a ranking page;
    ``candidate_pages`` chooses which candidates get a page (default ``auto``: see
    :class:`PageChoice`); the others appear in the ranking without a link, and index.html says
    how many and how to see them (``evaluator serve``).
    """
    run = run_info(conn, run_id)
    out = Path(report_dir)
    try:
        (out / "candidates").mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ReportError(f"cannot create report folder: {exc.strerror}", path=str(out)) from exc
    env = environment()
    stats = cohort_stats(conn, run)
    st = _static(run, out, stats["transcripts"], max(1, page_size))
    st.template = env.get_template("candidate.html.j2")
    st.ranking_template = env.get_template("ranking.html.j2")
    warned = run_warnings(conn, run)
    st.warnings = _by_candidate(warned)
    try:
        choice = (candidate_pages or PageChoice()).resolved(st.n_ranked)
        top, pages, names = _write_pages(conn, st, default_workers() if workers is None else workers, choice)
        cohort = _cohort_context(conn, st, stats)
        n_candidates = stats.get("candidates", len(names))
        cohort["pages_note"] = (None if st.paged is None else
                                {"written": len(names), "without": max(0, n_candidates - len(names)),
                                 "choice": choice.describe()})
        cohort_path = out / "index.html"
        write_text_atomic(cohort_path, env.get_template("cohort.html.j2").render(**cohort, top=top, pages=pages,
                                                                                  **_warnings_context(warned)))
        removed = _remove_stale(out, names, len(pages))
    except OSError as exc:
        raise ReportError(f"cannot write reports: {exc.strerror}", path=str(out)) from exc
    return ReportResult(cohort_path=cohort_path, candidate_pages=len(names), ranking_pages=len(pages),
                        removed=removed, candidates_without_page=(cohort["pages_note"] or {}).get("without", 0))
