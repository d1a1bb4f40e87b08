"""Render HTML reports from the database: one cohort page and one page per candidate.

Everything comes from DuckDB (never from in-memory results); Jinja2 autoescapes all text,
so candidate-controlled strings can never become markup.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
from importlib import resources
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import duckdb
from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape

from ..errors import ReportError
from ..rubric import Rubric
from ..store.reads import CURRENT_SCORES, RunInfo, candidate_rows, run_info
from .charts import bar_chart, histogram


@dataclass
class ReportResult:
    cohort_path: Path
    candidate_pages: int


def candidate_filename(candidate_id: str) -> str:
    """A safe file name for a candidate page: no path separators, no dots, bounded length."""
    slug = re.sub(r"[^A-Za-z0-9_-]+", "_", candidate_id)[:60].strip("_") or "candidate"
    return f"{slug}-{hashlib.sha1(candidate_id.encode()).hexdigest()[:8]}.html"


def _sort_script() -> str:
    return resources.files("evaluator.report").joinpath("sort.js").read_text(encoding="utf-8")


def environment() -> Environment:
    """Jinja2 with autoescape on; the only script allowed to run is our own (by CSP hash)."""
    script = _sort_script()
    digest = base64.b64encode(hashlib.sha256(script.encode()).digest()).decode()
    env = Environment(loader=PackageLoader("evaluator.report", "templates"),
                      autoescape=select_autoescape(["html", "j2"], default=True),
                      undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True)
    env.globals["sort_script"] = script
    env.globals["script_src"] = f"'sha256-{digest}'"
    env.filters["num"] = lambda v, digits=2: "–" if v is None else (f"{v:.{digits}f}".rstrip("0").rstrip(".") if isinstance(v, float) else str(v))
    return env


def highlight(text: str, spans: list[dict[str, Any]]) -> list[tuple[str, list[str]]]:
    """Split ``text`` into pieces, each with the item ids whose evidence covers it."""
    cuts = {0, len(text)}
    for span in spans:
        start, end = max(0, span["start"]), min(len(text), span["end"])
        if start < end:
            cuts.update((start, end))
    points = sorted(cuts)
    pieces = []
    for a, b in zip(points, points[1:]):
        items = sorted({s["item_id"] for s in spans if s["start"] <= a and b <= s["end"]})
        pieces.append((text[a:b], items))
    return pieces


def _level_anchor(rubric: Rubric, item_id: str, value: float | None) -> str:
    try:
        criterion = rubric.criterion(item_id)
    except StopIteration:
        return ""
    level = next((lv for lv in criterion.levels if value is not None and lv.value == value), None)
    return f"{level.label}: {level.anchor}" if level and level.label else (level.anchor if level else "")


def _cohort_context(conn: duckdb.DuckDBPyConnection, run: RunInfo) -> dict[str, Any]:
    rubric = run.rubric
    rows = candidate_rows(conn, run)
    table: dict[tuple[str, str], dict[str, Any]] = {}
    for row in rows:
        entry = table.setdefault((row["candidate_id"], row["transcript_id"]), {
            "candidate_id": row["candidate_id"], "transcript_id": row["transcript_id"],
            "href": "candidates/" + candidate_filename(row["candidate_id"]), "items": {}, "overall": None,
            "flags": 0})
        if row["item_id"] == "overall":
            entry["overall"] = row["value"]
        else:
            entry["items"][row["item_id"]] = row["value"]
            if row["item_kind"] == "flag" and row["value"] == 1:
                entry["flags"] += 1
    candidates = sorted(table.values(), key=lambda e: (-(e["overall"] if e["overall"] is not None else -1),
                                                        e["candidate_id"]))
    charts = []
    for criterion in rubric.criteria:
        values = [e["items"][criterion.id] for e in candidates if e["items"].get(criterion.id) is not None]
        charts.append(histogram(f"{criterion.id} (candidates: {len(values)})", values,
                                [lv.value for lv in criterion.levels]))
    prevalence = conn.execute(f"""
        SELECT item_id, count(*) FILTER (WHERE value = 1) AS raised, count(*) AS scored,
               count(DISTINCT candidate_id) FILTER (WHERE value = 1) AS candidates
        FROM ({CURRENT_SCORES}) WHERE run_id = ? AND scorer = 'final' AND item_kind = 'flag' AND status = 'scored'
        GROUP BY item_id ORDER BY item_id""", [run.run_id]).fetchall()
    flag_rows = [{"item_id": r[0], "raised": r[1], "scored": r[2], "candidates": r[3],
                  "rate": r[1] / r[2] if r[2] else 0.0,
                  "severity": next((f.severity for f in rubric.flags if f.id == r[0]), "")} for r in prevalence]
    flag_chart = bar_chart("flag prevalence (% of answers in scope)", [f["item_id"] for f in flag_rows],
                           [round(100 * f["rate"], 1) for f in flag_rows], width=360, fmt="{:g}%")
    counts = conn.execute(f"""
        SELECT count(DISTINCT answer_id), count(*) FILTER (WHERE status = 'unscored'),
               count(*) FROM ({CURRENT_SCORES}) WHERE run_id = ? AND scorer = 'final'""",
                          [run.run_id]).fetchone()
    matched = conn.execute("SELECT matched_by, count(*) FROM run_answers ra JOIN answers a ON "
                           "a.answer_id = ra.answer_id AND a.content_hash = ra.answer_hash "
                           "WHERE run_id = ? GROUP BY 1 ORDER BY 1", [run.run_id]).fetchall()
    skipped = conn.execute("SELECT path, line, message, fatal FROM ingest_errors ORDER BY fatal DESC, path, line"
                           ).fetchall()
    sources = conn.execute("SELECT status, count(*) FROM sources GROUP BY 1 ORDER BY 1").fetchall()
    return {"run": run, "rubric": rubric, "candidates": candidates, "charts": charts,
            "flag_rows": flag_rows, "flag_chart": flag_chart,
            "n_answers": counts[0], "n_unscored": counts[1], "n_verdicts": counts[2],
            "matched": matched, "errors": skipped, "sources": sources}


def _candidate_context(conn: duckdb.DuckDBPyConnection, run: RunInfo, candidate_id: str,
                       scores: list[tuple], summary: list[dict[str, Any]]) -> dict[str, Any]:
    rubric = run.rubric
    answers = conn.execute(
        "SELECT a.answer_id, a.transcript_id, a.seq, a.question, a.text, a.is_small_talk, ra.question_id, "
        "ra.match_score, ra.matched_by FROM answers a JOIN run_answers ra ON ra.answer_id = a.answer_id "
        "AND ra.answer_hash = a.content_hash AND ra.run_id = ? WHERE a.candidate_id = ? "
        "ORDER BY a.transcript_id, a.seq", [run.run_id, candidate_id]).fetchall()
    by_answer: dict[str, list[tuple]] = defaultdict(list)
    for row in scores:
        by_answer[row[0]].append(row)
    questions = {q.id: q.text for q in rubric.questions}
    answer_views = []
    for a in answers:
        finals, per_scorer = [], defaultdict(dict)
        for (_, item_kind, item_id, scorer, value, confidence, status, reason, evidence) in by_answer[a[0]]:
            if scorer == "final":
                finals.append({"item_kind": item_kind, "item_id": item_id, "value": value,
                               "confidence": confidence, "status": status, "reason": reason,
                               "evidence": json.loads(evidence),
                               "anchor": _level_anchor(rubric, item_id, value)})
            else:
                per_scorer[item_id][scorer] = value if status == "scored" else "unscored"
        spans = [{**ev, "item_id": f["item_id"]} for f in finals for ev in f["evidence"]
                 if f["status"] == "scored" and (f["item_kind"] == "criterion" or f["value"] == 1)]
        for f in finals:
            f["scorers"] = per_scorer.get(f["item_id"], {})
        finals.sort(key=lambda f: (f["item_kind"] != "criterion", f["item_id"]))
        answer_views.append({"answer_id": a[0], "transcript_id": a[1], "seq": a[2], "question": a[3],
                             "pieces": highlight(a[4], spans), "small_talk": a[5],
                             "question_id": a[6], "rubric_question": questions.get(a[6] or ""),
                             "match_score": a[7], "matched_by": a[8], "verdicts": finals})
    return {"run": run, "rubric": rubric, "candidate_id": candidate_id, "answers": answer_views,
            "summary": summary,
            "criteria": {c.id: c for c in rubric.criteria}}


def render_reports(conn: duckdb.DuckDBPyConnection, report_dir: str | Path, run_id: str | None = None) -> ReportResult:
    """Write ``index.html`` (cohort) and ``candidates/*.html`` for a run (default: the latest)."""
    run = run_info(conn, run_id)
    out = Path(report_dir)
    try:
        (out / "candidates").mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ReportError(f"cannot create report folder: {exc.strerror}", path=str(out)) from exc
    env = environment()
    cohort = _cohort_context(conn, run)
    summaries: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for entry in cohort["candidates"]:
        summaries[entry["candidate_id"]].append(entry)
    scores = conn.execute(
        f"SELECT candidate_id, answer_id, item_kind, item_id, scorer, value, confidence, status, reason, "
        f"evidence FROM ({CURRENT_SCORES}) WHERE run_id = ? ORDER BY candidate_id", [run.run_id]).fetchall()
    by_candidate: dict[str, list[tuple]] = defaultdict(list)
    for row in scores:
        by_candidate[row[0]].append(row[1:])
    page = env.get_template("candidate.html.j2")
    try:
        written = 0
        for candidate_id in sorted(summaries):
            html = page.render(**_candidate_context(conn, run, candidate_id, by_candidate[candidate_id],
                                                    summaries[candidate_id]))
            (out / "candidates" / candidate_filename(candidate_id)).write_text(html, encoding="utf-8")
            written += 1
        cohort_path = out / "index.html"
        cohort_path.write_text(env.get_template("cohort.html.j2").render(**cohort), encoding="utf-8")
    except OSError as exc:
        raise ReportError(f"cannot write reports: {exc.strerror}", path=str(out)) from exc
    return ReportResult(cohort_path=cohort_path, candidate_pages=written)

