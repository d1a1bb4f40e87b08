"""Candidate-level comparison of two runs: overall scores and the rankings they make.

Each run's overall score per candidate transcript is the one its reports show (0–100, the
weight-averaged final criterion values, read by :func:`evaluator.store.compare.ranked_overalls`:
every answer the run scored, reviewers' overrides applied). The rankings are compared on the
candidate transcripts that have an overall score in both runs, each ranked as the reports rank
(overall descending, then candidate and transcript id): Kendall's τ-b between the two lists of
scores, each transcript's rank change, and the overlap of the two top-k lists.
"""

from __future__ import annotations

import math
from typing import Any

import duckdb
from scipy.stats import kendalltau

from ..store.compare import ranked_overalls
from ..store.reads import RunInfo

Key = tuple[str, str]  # (candidate_id, transcript_id)


def overall_scores(conn: duckdb.DuckDBPyConnection, run: RunInfo) -> dict[Key, float | None]:
    """Every ranked candidate transcript of the run → its overall score (None: no weighted
    criterion scored), as the cohort report computes it."""
    return {(row.candidate_id, row.transcript_id): None if row.overall is None else float(row.overall)
            for row in ranked_overalls(conn, run)}


def _order(scores: dict[Key, float], keys: list[Key]) -> list[Key]:
    """``keys`` as the reports rank them: overall descending, then candidate and transcript id."""
    return sorted(keys, key=lambda k: (-scores[k], k[0], k[1]))


def _ties_at_cutoff(order: list[Key], scores: dict[Key, float], k: int) -> tuple[float | None, int]:
    """The k-th score and how many transcripts ranked below k have that same score (the top k
    then depends on the id tie-break)."""
    if not k:
        return None, 0
    cutoff = scores[order[k - 1]]
    return cutoff, sum(1 for key in order[k:] if scores[key] == cutoff)


def _name(key: Key) -> dict[str, str]:
    return {"candidate_id": key[0], "transcript_id": key[1]}


def compare_rankings(scores_a: dict[Key, float | None], scores_b: dict[Key, float | None],
                     top_k: int) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """The ranking figures and one row per candidate transcript of either run.

    Figures: ``n`` (transcripts with an overall in both), ``kendall_tau`` (τ-b, None when fewer
    than two or a side is constant) and its two-sided ``p_value``, ``k`` (top_k, or n if smaller),
    ``top_k_overlap`` = |top_k(A) ∩ top_k(B)| / k, ``cutoff_a`` / ``cutoff_b`` (the k-th overall score)
    and ``tied_below_cutoff_a`` / ``_b`` (transcripts outside the top k with that same score: who is
    in the top k then depends on the id tie-break), ``entered`` / ``left`` (in B's top k and not A's,
    and the reverse), ``top_a`` / ``top_b``, ``only_in_a`` / ``only_in_b`` (an overall in one run only).
    Rows (in A's rank order, then the others by id): overall A and B, ``shift`` = B − A, ranks within
    the shared transcripts and ``rank_change`` = rank A − rank B (positive: moved up in B).
    """
    valued_a = {k: v for k, v in scores_a.items() if v is not None}
    valued_b = {k: v for k, v in scores_b.items() if v is not None}
    shared = [k for k in valued_a if k in valued_b]
    order_a, order_b = _order(valued_a, shared), _order(valued_b, shared)
    rank_a = {k: i + 1 for i, k in enumerate(order_a)}
    rank_b = {k: i + 1 for i, k in enumerate(order_b)}
    n = len(shared)
    tau = p_value = None
    if n >= 2:
        result = kendalltau([valued_a[k] for k in order_a], [valued_b[k] for k in order_a])
        if not math.isnan(result.statistic):
            tau, p_value = float(result.statistic), float(result.pvalue)
    k = min(top_k, n)
    top_a, top_b = order_a[:k], order_b[:k]
    in_a, in_b = set(top_a), set(top_b)
    cutoff_a, tied_a = _ties_at_cutoff(order_a, valued_a, k)
    cutoff_b, tied_b = _ties_at_cutoff(order_b, valued_b, k)
    figures = {
        "n": n, "kendall_tau": tau, "p_value": p_value, "top_k": top_k, "k": k,
        "cutoff_a": cutoff_a, "cutoff_b": cutoff_b, "tied_below_cutoff_a": tied_a, "tied_below_cutoff_b": tied_b,
        "top_k_overlap": len(in_a & in_b) / k if k else None, "top_k_common": len(in_a & in_b),
        "top_a": [_name(x) for x in top_a], "top_b": [_name(x) for x in top_b],
        "entered": [_name(x) for x in top_b if x not in in_a], "left": [_name(x) for x in top_a if x not in in_b],
        "only_in_a": [_name(x) for x in sorted(valued_a) if x not in valued_b],
        "only_in_b": [_name(x) for x in sorted(valued_b) if x not in valued_a],
    }
    rows = []
    for key in [*order_a, *sorted((set(scores_a) | set(scores_b)) - set(shared))]:
        a, b = scores_a.get(key), scores_b.get(key)
        rows.append({**_name(key), "overall_a": a, "overall_b": b,
                     "shift": None if a is None or b is None else b - a,
                     "rank_a": rank_a.get(key), "rank_b": rank_b.get(key),
                     "rank_change": rank_a[key] - rank_b[key] if key in rank_a else None})
    return figures, rows


__all__ = ["compare_rankings", "overall_scores"]
