"""What ``evaluator runs`` reads: every run with its coverage, LLM calls and overrides, in one query.

Coverage is counted as the reports count it: answers on their current texts, final verdicts
through :data:`~evaluator.store.reads.CURRENT_SCORES` (reviewers' overrides applied).
"""

from __future__ import annotations

from datetime import datetime
from typing import NamedTuple

import duckdb

from .reads import CURRENT_SCORES

_RUNS_SQL = f"""
    WITH covered AS (
        SELECT ra.run_id, count(*) AS answers FROM run_answers ra
        JOIN answers a ON a.answer_id = ra.answer_id AND a.content_hash = ra.answer_hash
        GROUP BY ra.run_id
    ), finals AS (
        SELECT run_id, count(*) AS final_verdicts, count(*) FILTER (WHERE status <> 'scored') AS unscored
        FROM ({CURRENT_SCORES}) WHERE scorer = 'final' GROUP BY run_id
    ), calls AS (
        SELECT run_id, count(*) AS n, sum(cost_usd) AS cost, count(*) FILTER (WHERE cost_usd IS NULL) AS unpriced,
               list(DISTINCT model ORDER BY model) AS models
        FROM llm_calls WHERE run_id IS NOT NULL GROUP BY run_id
    ), overridden AS (
        SELECT run_id, count(*) AS n FROM overrides GROUP BY run_id
    )
    SELECT r.run_id, r.rubric_id, r.rubric_version, r.rubric_hash, r.scorers, r.config, r.status,
           r.created_at, r.updated_at, coalesce(c.answers, 0), coalesce(f.final_verdicts, 0),
           coalesce(f.unscored, 0), coalesce(l.n, 0), l.cost, coalesce(l.unpriced, 0), l.models,
           coalesce(o.n, 0), r.cohort
    FROM runs r
    LEFT JOIN covered c USING (run_id) LEFT JOIN finals f USING (run_id)
    LEFT JOIN calls l USING (run_id) LEFT JOIN overridden o USING (run_id)
    ORDER BY r.created_at DESC, r.updated_at DESC, r.run_id
"""


class RunRow(NamedTuple):
    """One run as stored, with its counts (zero when there is nothing to count)."""
    run_id: str
    rubric_id: str
    rubric_version: str
    rubric_hash: str
    scorers: str  # comma-separated, as stored
    config: str | None  # JSON, as stored
    status: str
    created_at: datetime | None
    updated_at: datetime | None
    answers: int  # answers the run covered, on their current text
    final_verdicts: int
    unscored: int  # final verdicts that are unscored
    llm_calls: int
    cost: float | None  # sum of the priced calls (None: no call had a price, or no calls)
    unpriced_calls: int
    call_models: list[str] | None  # the models of the logged calls, sorted (None: no calls)
    overrides: int  # rows of the audit trail made in this run
    cohort: str  # the run's cohort, as stored (JSON)


def stored_runs(conn: duckdb.DuckDBPyConnection) -> list[RunRow]:
    """Every run in the database, newest (by creation, then update) first, then by id."""
    return [RunRow(*row) for row in conn.execute(_RUNS_SQL).fetchall()]


__all__ = ["RunRow", "stored_runs"]
