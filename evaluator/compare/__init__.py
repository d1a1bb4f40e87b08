"""``evaluator compare``: two runs over the same answers, side by side.

Two runs of the same answers (a new rubric version, other scorers, another model or prompt) are
compared on one scorer's verdicts (default ``final``, reviewers' overrides applied):

* per rubric item present in both rubrics (matched by id, level values as stored): answers
  compared, raw agreement, Cohen's κ (flags, nominal criteria) or quadratic weighted κ (ordinal
  criteria), mean shift B − A, the A level → B level transition matrix, unscored counts;
* every changed verdict with both runs' reasons and evidence, largest change first;
* per candidate transcript, the overall score of each run and the shift, and the two rankings:
  Kendall's τ-b, rank changes, top-k overlap and who entered or left the top k;
* the answers that could not be compared (only in one run, text changed, outdated), named.

:func:`compare_runs` returns the whole comparison as one JSON-ready document; see
:mod:`evaluator.compare.render` for the terminal summary and the HTML report.
"""

from __future__ import annotations

from typing import Any

import duckdb

from ..errors import InputError
from ..store.reads import RunInfo, run_info
from .ranking import compare_rankings, overall_scores
from .verdicts import answer_buckets, changed_verdicts, compare_items, rubric_items


def _run_view(run: RunInfo) -> dict[str, Any]:
    return {"run_id": run.run_id, "rubric_id": run.rubric_id, "rubric_version": run.rubric_version,
            "rubric_hash": run.rubric_hash, "scorers": [s for s in run.scorers.split(",") if s],
            "status": run.status}


def _check_scorer(run: RunInfo, scorer: str) -> None:
    scorers = [s for s in run.scorers.split(",") if s]
    if scorer != "final" and scorer not in scorers:
        raise InputError(f"run {run.run_id} has no scorer {scorer!r} (its scorers: {', '.join(scorers)}, "
                         f"and 'final')")


def compare_runs(conn: duckdb.DuckDBPyConnection, run_a: str, run_b: str, *, scorer: str = "final",
                 top_k: int = 10) -> dict[str, Any]:
    """Compare run ``run_b`` with run ``run_a`` (the reference); returns the JSON-ready document.

    Keys: ``run_a``, ``run_b`` (id, rubric id, version and hash, scorers, status), ``scorer``,
    ``answers`` (``counts`` per bucket and the answers ``only_in_a``, ``only_in_b``,
    ``text_changed``, ``outdated``), ``items`` (one entry per shared item, see
    :func:`evaluator.compare.verdicts.item_stats`), ``items_only_in_a`` / ``items_only_in_b``,
    ``changes`` and ``status_changes`` (see :func:`evaluator.compare.verdicts.changed_verdicts`),
    ``ranking`` and ``candidates`` (see :func:`evaluator.compare.ranking.compare_rankings`).

    Raises :class:`~evaluator.errors.NotFoundError` for an unknown run and
    :class:`~evaluator.errors.InputError` for a scorer a run does not have or ``top_k`` < 1.
    """
    if not run_a or not run_b:
        raise InputError("name two runs to compare ('evaluator runs' lists them)")
    if top_k < 1:
        raise InputError(f"--top-k must be at least 1, got {top_k}")
    a, b = run_info(conn, run_a), run_info(conn, run_b)
    _check_scorer(a, scorer)
    _check_scorer(b, scorer)
    items_a, items_b = rubric_items(a.rubric), rubric_items(b.rubric)
    shared = [i for i in items_a if i in items_b]
    changes, status_changes = changed_verdicts(conn, a.run_id, b.run_id, scorer, shared)
    ranking, candidates = compare_rankings(overall_scores(conn, a), overall_scores(conn, b), top_k)
    return {
        "run_a": _run_view(a), "run_b": _run_view(b), "scorer": scorer,
        "answers": answer_buckets(conn, a.run_id, b.run_id),
        "items": compare_items(conn, a.run_id, b.run_id, scorer, items_a, items_b),
        "items_only_in_a": [i for i in items_a if i not in items_b],
        "items_only_in_b": [i for i in items_b if i not in items_a],
        "changes": changes, "status_changes": status_changes,
        "ranking": ranking, "candidates": candidates,
    }


__all__ = ["compare_runs"]
