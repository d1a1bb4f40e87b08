"""Verdict-level comparison of two runs: which answers can be compared, agreement per rubric item,
and the verdicts that changed.

Verdicts are read through :data:`~evaluator.store.reads.CURRENT_SCORES`, so a reviewer's override
is the ``final`` verdict, and only scores of the answers' current texts count. An answer is
compared when both runs scored it with the same content hash and that text is the current one;
every other answer is sorted into a named bucket (only in A, only in B, text changed between the
runs, outdated: both runs scored a text that has changed since), never silently dropped.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from typing import Any

import duckdb
import numpy as np

from ..calibrate import stats
from ..rubric import Rubric
from ..store.reads import CURRENT_SCORES

# answer buckets, in the order they are reported
COMPARED, ONLY_A, ONLY_B, TEXT_CHANGED, OUTDATED = "compared", "only_in_a", "only_in_b", "text_changed", "outdated"
BUCKETS = (COMPARED, ONLY_A, ONLY_B, TEXT_CHANGED, OUTDATED)

_TOL = 1e-9

# Every answer either run covered, with the bucket it falls in. Parameters: run A, run B.
ANSWER_BUCKETS = f"""
    WITH ra AS (SELECT answer_id, answer_hash, question_id FROM run_answers WHERE run_id = ?),
         rb AS (SELECT answer_id, answer_hash, question_id FROM run_answers WHERE run_id = ?),
         both_runs AS (
            SELECT coalesce(ra.answer_id, rb.answer_id) AS answer_id, ra.answer_hash AS hash_a,
                   rb.answer_hash AS hash_b, ra.question_id AS question_a, rb.question_id AS question_b
            FROM ra FULL JOIN rb ON ra.answer_id = rb.answer_id
         )
    SELECT x.answer_id, x.question_a, x.question_b, a.candidate_id, a.transcript_id, a.seq,
           CASE WHEN x.hash_b IS NULL THEN '{ONLY_A}' WHEN x.hash_a IS NULL THEN '{ONLY_B}'
                WHEN x.hash_a <> x.hash_b THEN '{TEXT_CHANGED}'
                WHEN a.content_hash IS DISTINCT FROM x.hash_a THEN '{OUTDATED}' ELSE '{COMPARED}' END AS bucket
    FROM both_runs x LEFT JOIN answers a ON a.answer_id = x.answer_id
"""

# One scorer's current verdicts in one run. Parameters: run, scorer.
_VERDICTS = f"SELECT * FROM ({CURRENT_SCORES}) WHERE run_id = ? AND scorer = ?"


@dataclass(frozen=True)
class ItemInfo:
    """A rubric item as the comparison needs it."""

    item_id: str
    kind: str  # criterion | flag
    scale: str  # binary (flags) | ordinal | interval | nominal
    levels: tuple[float, ...]


def rubric_items(rubric: Rubric) -> dict[str, ItemInfo]:
    """The rubric's items by id, criteria first, in rubric order."""
    items = {c.id: ItemInfo(c.id, "criterion", c.scale, tuple(float(lv.value) for lv in c.levels))
             for c in rubric.criteria}
    items.update({f.id: ItemInfo(f.id, "flag", "binary", (0.0, 1.0)) for f in rubric.flags})
    return items


def answer_buckets(conn: duckdb.DuckDBPyConnection, run_a: str, run_b: str) -> dict[str, Any]:
    """How many answers fall in each bucket, and the answers of every bucket but ``compared``
    (``{"answer_id", "candidate_id", "transcript_id"}``, by candidate, transcript, position)."""
    rows = conn.execute(f"SELECT bucket, answer_id, candidate_id, transcript_id FROM ({ANSWER_BUCKETS}) "
                        f"ORDER BY bucket, candidate_id NULLS LAST, transcript_id, seq, answer_id",
                        [run_a, run_b]).fetchall()
    counts = {b: 0 for b in BUCKETS}
    named: dict[str, list[dict[str, Any]]] = {b: [] for b in BUCKETS if b != COMPARED}
    for bucket, answer_id, candidate_id, transcript_id in rows:
        counts[bucket] += 1
        if bucket != COMPARED:
            named[bucket].append({"answer_id": answer_id, "candidate_id": candidate_id,
                                  "transcript_id": transcript_id})
    return {"counts": counts, **named}


def _pairs_sql(select: str, where: str = "") -> str:
    """Verdict pairs of the compared answers (A full-joined with B on answer and item).
    Parameters: run A, run B, run A, scorer, run B, scorer, then those of ``where``."""
    return f"""
        WITH buckets AS ({ANSWER_BUCKETS}), a AS ({_VERDICTS}), b AS ({_VERDICTS})
        SELECT {select}
        FROM a FULL JOIN b ON a.answer_id = b.answer_id AND a.item_id = b.item_id
        JOIN buckets x ON x.answer_id = coalesce(a.answer_id, b.answer_id) AND x.bucket = '{COMPARED}'
        {where}"""


def _none(value: float) -> float | None:
    return None if value is None or math.isnan(value) else float(value)


def item_stats(item: ItemInfo, other: ItemInfo, counts: list[tuple]) -> dict[str, Any]:
    """Agreement of A and B on one item, from ``(status_a, status_b, value_a, value_b, n)`` rows
    (a status is None where that run has no verdict on the answer for this item).

    ``n`` counts answers both runs scored; ``kappa`` is Cohen's κ (unweighted), ``qwk`` the
    quadratic weighted κ (ordinal and interval criteria only), ``metric`` names the headline one;
    categories are the union of both rubrics' levels and the values seen, in ascending order.
    ``mean_shift`` is the mean of B − A; ``transitions[i][j]`` counts answers at ``levels[i]`` in
    A and ``levels[j]`` in B. Undefined figures are None.
    """
    scored = [(va, vb, n) for sa, sb, va, vb, n in counts if sa == "scored" and sb == "scored"]
    a = np.repeat([float(v[0]) for v in scored], [v[2] for v in scored]) if scored else np.array([])
    b = np.repeat([float(v[1]) for v in scored], [v[2] for v in scored]) if scored else np.array([])
    observed = {float(v) for v in np.concatenate([a, b])}
    levels = sorted(set(item.levels) | set(other.levels) | observed)
    scale = "nominal" if "nominal" in (item.scale, other.scale) else item.scale
    ordinal = item.kind == "criterion" and scale in ("ordinal", "interval")
    out: dict[str, Any] = {
        "item_id": item.item_id, "kind": item.kind, "scale": scale, "metric": "qwk" if ordinal else "kappa",
        "n": int(a.size), "agreement": None, "kappa": None, "qwk": None, "mean_a": None, "mean_b": None,
        "mean_shift": None, "changed": 0, "levels": levels, "transitions": None,
        "unscored_a": sum(n for sa, sb, *_, n in counts if sa not in (None, "scored") and sb is not None),
        "unscored_b": sum(n for sa, sb, *_, n in counts if sb not in (None, "scored") and sa is not None),
        "missing_a": sum(n for sa, sb, *_, n in counts if sa is None),  # B has a verdict, A none
        "missing_b": sum(n for sa, sb, *_, n in counts if sb is None),
        "status_changed": sum(n for sa, sb, *_, n in counts
                              if sa is not None and sb is not None and (sa == "scored") != (sb == "scored")),
    }
    if a.size:
        same = np.isclose(a, b, rtol=0, atol=_TOL)
        out.update(agreement=float(same.mean()), changed=int((~same).sum()),
                   kappa=_none(stats.cohen_kappa(a, b, labels=levels)),
                   qwk=_none(stats.cohen_kappa(a, b, weights="quadratic", labels=levels)) if ordinal else None,
                   mean_a=float(a.mean()), mean_b=float(b.mean()), mean_shift=float((b - a).mean()),
                   transitions=stats.confusion(a, b, levels))
    return out


def compare_items(conn: duckdb.DuckDBPyConnection, run_a: str, run_b: str, scorer: str,
                  items_a: dict[str, ItemInfo], items_b: dict[str, ItemInfo]) -> list[dict[str, Any]]:
    """:func:`item_stats` for every item in both rubrics (A's order), over the compared answers."""
    shared = [i for i in items_a if i in items_b]
    rows = conn.execute(_pairs_sql(
        "coalesce(a.item_id, b.item_id) AS item_id, a.status, b.status, a.value, b.value, count(*)",
        "GROUP BY ALL"), [run_a, run_b, run_a, scorer, run_b, scorer]).fetchall()
    by_item: dict[str, list[tuple]] = {i: [] for i in shared}
    for item_id, *rest in rows:
        if item_id in by_item:
            by_item[item_id].append(tuple(rest))
    return [item_stats(items_a[i], items_b[i], by_item[i]) for i in shared]


def _side(value: Any, status: str, reason: str, evidence: str, confidence: Any, override_id: Any,
          question_id: str | None) -> dict[str, Any]:
    try:
        spans = json.loads(evidence) if evidence else []
    except ValueError:
        spans = []
    return {"value": value, "status": status, "reason": reason, "confidence": confidence,
            "evidence": spans if isinstance(spans, list) else [], "override": override_id is not None,
            "question_id": question_id}


def changed_verdicts(conn: duckdb.DuckDBPyConnection, run_a: str, run_b: str, scorer: str,
                     shared: list[str]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The verdicts that differ between A and B on compared answers and shared items.

    Returns ``(changes, status_changes)``: ``changes`` are verdicts both runs scored with different
    values, sorted by |B − A| (largest first), then item, candidate and answer; ``status_changes``
    are those scored in one run and unscored in the other. Each has the answer, candidate,
    transcript, item and, for A and B, value, status, reason, confidence, evidence spans
    (``[{start, end, text}]``), whether it is a reviewer's override and the matched question.
    """
    if not shared:
        return [], []
    cols = ("value", "status", "reason", "evidence", "confidence", "override_id")
    select = ", ".join(["a.answer_id", "a.candidate_id", "a.transcript_id", "a.seq", "a.item_id", "a.item_kind",
                        *(f"a.{c}" for c in cols), "x.question_a", *(f"b.{c}" for c in cols), "x.question_b"])
    where = (f"WHERE a.answer_id IS NOT NULL AND b.answer_id IS NOT NULL "
             f"AND a.item_id IN ({', '.join('?' * len(shared))}) "
             f"AND (a.status <> b.status OR (a.status = 'scored' AND abs(a.value - b.value) > {_TOL}))")
    rows = conn.execute(_pairs_sql(select, where), [run_a, run_b, run_a, scorer, run_b, scorer, *shared]).fetchall()
    changes, status_changes = [], []
    for answer_id, candidate_id, transcript_id, seq, item_id, item_kind, *rest in rows:
        side_a, side_b = _side(*rest[:7]), _side(*rest[7:])
        entry = {"answer_id": answer_id, "candidate_id": candidate_id, "transcript_id": transcript_id, "seq": seq,
                 "question_id": side_b["question_id"] or side_a["question_id"], "item_id": item_id,
                 "item_kind": item_kind, "a": side_a, "b": side_b, "delta": None}
        if side_a["status"] == "scored" and side_b["status"] == "scored":
            entry["delta"] = side_b["value"] - side_a["value"]
            changes.append(entry)
        else:
            status_changes.append(entry)
    changes.sort(key=lambda c: (-abs(c["delta"]), c["item_id"], c["candidate_id"], c["transcript_id"], c["seq"],
                                c["answer_id"]))
    status_changes.sort(key=lambda c: (c["item_id"], c["candidate_id"], c["transcript_id"], c["seq"], c["answer_id"]))
    return changes, status_changes


__all__ = ["BUCKETS", "ItemInfo", "answer_buckets", "changed_verdicts", "compare_items", "item_stats",
           "rubric_items"]
