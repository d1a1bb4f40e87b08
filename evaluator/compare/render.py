"""The comparison of two runs as a terminal summary and as a self-contained HTML report.

Both render the document of :func:`evaluator.compare.compare_runs`. The HTML report uses the
reports' Jinja2 environment (autoescape, CSP with no script, inline CSS): candidate text reaches
the page only escaped, through :func:`evaluator.report.render.highlight_html`, which marks run A's
and run B's evidence in an excerpt of the answer.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import duckdb
from markupsafe import Markup

from ..errors import ReportError
from ..fileio import write_text_atomic
from ..report.render import environment, highlight_html, num
from ..runs import format_table
from ..store.compare import answer_texts

HTML_CHANGES = 500  # changed verdicts shown with their answer excerpt in the HTML report
HTML_CANDIDATES = 2000  # candidate transcripts listed in the HTML report (the largest rank changes)
HTML_NAMED = 1000  # answers named per bucket (only in A, …) in the HTML report
EXCERPT_WHOLE = 1200  # answers up to this many characters are shown whole
EXCERPT_CONTEXT = 240  # characters kept around the evidence of a longer answer
NAMED = 10  # answers named per bucket in the terminal summary


def _signed(value: float | None) -> str:
    return "–" if value is None else ("+" if value > 0 else "") + num(float(value))


def _value(side: dict[str, Any]) -> str:
    return "unscored" if side["status"] != "scored" else num(side["value"])


def _who(entry: dict[str, Any]) -> str:
    return f"{entry['candidate_id']}/{entry['transcript_id']}"


def item_rows(doc: dict[str, Any]) -> list[tuple[str, ...]]:
    """The per-item table's cells (see :data:`ITEM_COLUMNS`)."""
    return [(i["item_id"], i["kind"] if i["kind"] == "flag" else i["scale"], str(i["n"]), num(i["agreement"]),
             num(i["kappa"]), num(i["qwk"]), _signed(i["mean_shift"]), str(i["changed"]),
             f"{i['unscored_a']}/{i['unscored_b']}", f"{i['missing_a']}/{i['missing_b']}") for i in doc["items"]]


ITEM_COLUMNS = ("item", "scale", "n", "agree", "kappa", "QWK", "shift B-A", "changed", "unscored A/B",
                "missing A/B")


def _names(entries: list[dict[str, Any]], key: str = "answer_id", limit: int = NAMED) -> str:
    shown = ", ".join(str(e[key]) if key else _who(e) for e in entries[:limit])
    return shown + (f", … ({len(entries) - limit} more)" if len(entries) > limit else "") if entries else "–"


def summary_text(doc: dict[str, Any], largest: int = 10) -> str:
    """The terminal summary: runs, answer buckets, the per-item table, ranking figures and the
    ``largest`` changed verdicts."""
    a, b, answers, ranking = doc["run_a"], doc["run_b"], doc["answers"], doc["ranking"]
    counts = answers["counts"]
    lines = [
        f"A: {a['run_id']} ({a['rubric_id']} v{a['rubric_version']}; {','.join(a['scorers'])})",
        f"B: {b['run_id']} ({b['rubric_id']} v{b['rubric_version']}; {','.join(b['scorers'])})",
        f"scorer: {doc['scorer']}",
        (f"answers: {counts['compared']} compared, {counts['only_in_a']} only in A, {counts['only_in_b']} only in B, "
         f"{counts['text_changed']} with a text changed between the runs, {counts['outdated']} outdated in both"),
    ]
    for bucket, label in (("only_in_a", "only in A"), ("only_in_b", "only in B"),
                          ("text_changed", "text changed"), ("outdated", "outdated")):
        if answers[bucket]:
            lines.append(f"  {label}: {_names(answers[bucket])}")
    if doc["items_only_in_a"] or doc["items_only_in_b"]:
        lines.append(f"items only in A's rubric: {', '.join(doc['items_only_in_a']) or '–'}; "
                     f"only in B's: {', '.join(doc['items_only_in_b']) or '–'}")
    lines += ["", format_table(ITEM_COLUMNS, item_rows(doc), {"n", "agree", "kappa", "QWK", "shift B-A", "changed"}),
              ""]
    if ranking["n"]:
        overlap = (f"top-{ranking['top_k']} overlap {ranking['top_k_common']}/{ranking['k']} = "
                   f"{num(ranking['top_k_overlap'])}")
        p = f" (p = {ranking['p_value']:.2g})" if ranking["p_value"] is not None else ""
        lines.append(f"ranking of {ranking['n']} candidate transcripts with an overall score in both runs: "
                     f"Kendall's tau-b {num(ranking['kendall_tau'])}{p}; {overlap}")
        for side in ("a", "b"):
            if ranking[f"tied_below_cutoff_{side}"]:
                lines.append(f"  {side.upper()}: {ranking[f'tied_below_cutoff_{side}']} more transcripts tie with the "
                             f"top {ranking['k']}'s last score ({num(ranking[f'cutoff_{side}'])}): ids break the tie")
        lines.append(f"  entered the top {ranking['k']}: {_names(ranking['entered'], '')}; "
                     f"left: {_names(ranking['left'], '')}")
    else:
        lines.append("ranking: no candidate transcript has an overall score in both runs")
    if ranking["only_in_a"] or ranking["only_in_b"]:
        lines.append(f"  overall only in A: {_names(ranking['only_in_a'], '')}; "
                     f"only in B: {_names(ranking['only_in_b'], '')}")
    moved = sorted((c for c in doc["candidates"] if c["rank_change"]), key=lambda c: -abs(c["rank_change"]))
    if moved:
        lines.append("  largest rank changes: " + ", ".join(
            f"{_who(c)} {c['rank_a']}→{c['rank_b']}" for c in moved[:5]))
    changes = doc["changes"]
    shown = f" (the {largest} largest)" if len(changes) > largest else ""
    lines += ["", f"{len(changes)} changed verdicts{shown}" + (":" if changes else "")
              + (f"; {len(doc['status_changes'])} scored in one run and unscored in the other"
                 if doc["status_changes"] else "")]
    if changes:
        rows = [(c["answer_id"], c["candidate_id"], c["question_id"] or "–", c["item_id"],
                 f"{_value(c['a'])} → {_value(c['b'])}", _signed(c["delta"])) for c in changes[:largest]]
        lines.append(format_table(("answer", "candidate", "question", "item", "A → B", "change"), rows, {"change"}))
    return "\n".join(lines)


# --------------------------------------------------------------------------------------------
# HTML

def excerpt_html(text: str, spans: list[tuple[int, int, str]], whole: int = EXCERPT_WHOLE,
                 context: int = EXCERPT_CONTEXT) -> Markup:
    """The answer (or, when long, the part around the evidence) escaped, with each span's text
    marked and titled with its label (``A``, ``B``, or ``A, B`` where both runs quoted it)."""
    if len(text) <= whole:
        lo, hi = 0, len(text)
    elif spans:
        lo, hi = max(0, min(s for s, _, _ in spans) - context), min(len(text), max(e for _, e, _ in spans) + context)
    else:
        lo, hi = 0, whole
    shifted = [(s - lo, e - lo, label) for s, e, label in spans if e > lo and s < hi]
    body = highlight_html(text[lo:hi], shifted)
    for label, css in (("A, B", "ab"), ("A", "a"), ("B", "b")):  # a class per mark, for the colours
        body = body.replace(f'<mark title="{label}">', f'<mark class="ev-{css}" title="{label}">')
    return Markup(("… " if lo else "") + body + (" …" if hi < len(text) else ""))


def _spans(side: dict[str, Any], label: str) -> list[tuple[int, int, str]]:
    out = []
    for span in side["evidence"]:
        try:
            out.append((int(span["start"]), int(span["end"]), label))
        except (KeyError, TypeError, ValueError):
            continue
    return out


def html_context(conn: duckdb.DuckDBPyConnection, doc: dict[str, Any], limit: int = HTML_CHANGES) -> dict[str, Any]:
    """What compare.html.j2 needs: the document, plus the first ``limit`` changes with their
    question and answer excerpt (read from the database: the document does not carry texts)."""
    shown = doc["changes"][:limit]
    texts = answer_texts(conn, sorted({c["answer_id"] for c in shown + doc["status_changes"]}))
    views = []
    for c in shown + doc["status_changes"]:
        question, text = texts.get(c["answer_id"], ("", ""))
        views.append({**c, "question": question, "value_a": _value(c["a"]), "value_b": _value(c["b"]),
                      "change": _signed(c["delta"]),
                      "excerpt": excerpt_html(text, _spans(c["a"], "A") + _spans(c["b"], "B"))})
    candidates = doc["candidates"]
    if len(candidates) > HTML_CANDIDATES:  # the largest moves, listed in A's rank order
        keep = {id(c) for c in sorted(candidates, key=lambda c: (-abs(c["rank_change"] or 0),
                                                                 -abs(c["shift"] or 0)))[:HTML_CANDIDATES]}
        candidates = [c for c in candidates if id(c) in keep]
    named = {k: doc["answers"][k][:HTML_NAMED] for k in ("only_in_a", "only_in_b", "text_changed", "outdated")}
    return {"doc": doc, "changes": views[:len(shown)], "status_changes": views[len(shown):],
            "n_changes": len(doc["changes"]), "candidates": candidates, "named": named, "signed": _signed}


def write_html(conn: duckdb.DuckDBPyConnection, doc: dict[str, Any], path: str | Path,
               limit: int = HTML_CHANGES) -> Path:
    """Write the comparison report to ``path`` (its folder is created); returns the path."""
    out = Path(path)
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        html = environment().get_template("compare.html.j2").render(**html_context(conn, doc, limit))
        write_text_atomic(out, html)
    except OSError as exc:
        raise ReportError(f"cannot write the comparison report: {exc.strerror}", path=str(out)) from exc
    return out


def report_filename(doc: dict[str, Any]) -> str:
    """``compare-<run A>-<run B>.html`` (run ids are ``run-`` and hex digits: safe in a file name)."""
    safe = [re.sub(r"[^A-Za-z0-9_-]+", "_", doc[k]["run_id"])[:80] for k in ("run_a", "run_b")]
    return f"compare-{safe[0]}-{safe[1]}.html"


__all__ = ["excerpt_html", "html_context", "report_filename", "summary_text", "write_html"]
