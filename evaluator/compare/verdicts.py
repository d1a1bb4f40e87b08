"""Verdict-level comparison of two runs: which answers can be compared, agreement per rubric item,
and the verdicts that changed.

Verdicts are read (by :mod:`evaluator.store.compare`) through
:data:`~evaluator.store.reads.CURRENT_SCORES`, so a reviewer's override is the ``final`` verdict,
and only scores of the answers' current texts count. An answer is compared when both runs scored
it with the same content hash and that text is the current one; every other answer is sorted into
a named bucket (only in A, only in B, text changed between the runs, outdated: both runs scored a
text that has changed since), never silently dropped.
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
from ..store.compare import BUCKETS, COMPARED, bucketed_answers, changed_verdict_pairs, verdict_pair_counts

_TOL = 1e-9  # values closer than this are the same verdict


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
    counts = {b: 0 for b in BUCKETS}
    named: dict[str, list[dict[str, Any]]] = {b: [] for b in BUCKETS if b != COMPARED}
    for row in bucketed_answers(conn, run_a, run_b):
        counts[row.bucket] += 1
        if row.bucket != COMPARED:
            named[row.bucket].append({"answer_id": row.answer_id, "candidate_id": row.candidate_id,
                                      "transcript_id": row.transcript_id})
    return {"counts": counts, **named}


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
    by_item: dict[str, list[tuple]] = {i: [] for i in shared}
    for row in verdict_pair_counts(conn, run_a, run_b, scorer):
        if row.item_id in by_item:
            by_item[row.item_id].append((row.status_a, row.status_b, row.value_a, row.value_b, row.n))
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
    changes, status_changes = [], []
    for pair in changed_verdict_pairs(conn, run_a, run_b, scorer, shared, _TOL):
        side_a, side_b = _side(*pair.a), _side(*pair.b)
        entry = {"answer_id": pair.answer_id, "candidate_id": pair.candidate_id, "transcript_id": pair.transcript_id,
                 "seq": pair.seq, "question_id": side_b["question_id"] or side_a["question_id"],
                 "item_id": pair.item_id, "item_kind": pair.item_kind, "a": side_a, "b": side_b, "delta": None}
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
