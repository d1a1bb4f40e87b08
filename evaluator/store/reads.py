"""Read-only queries shared by export and reports (which read only from the database)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any, Iterator

import duckdb

from ..errors import StoreError
from ..rubric import Rubric

EXPORT_COLUMNS = ["run_id", "transcript_id", "candidate_id", "question_id", "answer_id", "item_kind",
                  "item_id", "scorer", "value", "confidence", "status", "reason", "evidence"]
CANDIDATE_COLUMNS = ["run_id", "candidate_id", "transcript_id", "item_id", "value", "n_answers"]

# Scores of the answers as they are now (a score of an older version of an answer is history).
CURRENT_SCORES = """
    SELECT s.*, a.transcript_id, a.candidate_id, a.seq, ra.question_id
    FROM scores s
    JOIN run_answers ra ON ra.run_id = s.run_id AND ra.answer_id = s.answer_id
    JOIN answers a ON a.answer_id = s.answer_id AND a.content_hash = ra.answer_hash
"""


@dataclass
class RunInfo:
    run_id: str
    rubric_hash: str
    rubric_id: str
    rubric_version: str
    scorers: str
    status: str
    created_at: Any
    updated_at: Any
    rubric: Rubric


def run_info(conn: duckdb.DuckDBPyConnection, run_id: str | None = None) -> RunInfo:
    """The run ``run_id`` (default: the most recently updated) with its rubric."""
    query = ("SELECT r.run_id, r.rubric_hash, r.rubric_id, r.rubric_version, r.scorers, r.status, "
             "r.created_at, r.updated_at, rb.content FROM runs r JOIN rubrics rb USING (rubric_hash) ")
    if run_id:
        row = conn.execute(query + "WHERE r.run_id = ?", [run_id]).fetchone()
        if row is None:
            raise StoreError(f"no run {run_id!r} in the database; 'evaluator runs' lists them")
    else:
        row = conn.execute(query + "ORDER BY r.updated_at DESC, r.created_at DESC LIMIT 1").fetchone()
        if row is None:
            raise StoreError("the database has no scored run yet; run 'evaluator score' or 'evaluator run'")
    return RunInfo(*row[:8], rubric=Rubric.model_validate(json.loads(row[8])))


def run_answer_keys(conn: duckdb.DuckDBPyConnection, run_id: str) -> tuple[dict[tuple[str, str], list[str]], set[str]]:
    """The run's current answers: (transcript, matched rubric question) → answer ids, and all answer ids.

    This is how a label that names an answer by transcript and question finds it.
    """
    by_key: dict[tuple[str, str], list[str]] = {}
    current: set[str] = set()
    for answer_id, transcript_id, question_id in conn.execute(
            "SELECT a.answer_id, a.transcript_id, ra.question_id FROM answers a JOIN run_answers ra "
            "ON ra.answer_id = a.answer_id AND ra.answer_hash = a.content_hash WHERE ra.run_id = ? "
            "ORDER BY a.transcript_id, a.seq", [run_id]).fetchall():
        current.add(answer_id)
        if question_id:
            by_key.setdefault((transcript_id, question_id), []).append(answer_id)
    return by_key, current


def export_rows(conn: duckdb.DuckDBPyConnection, run_id: str) -> Iterator[dict[str, Any]]:
    """One row per (answer, item, scorer), final rows included, in a stable order."""
    cursor = conn.execute(
        f"SELECT run_id, transcript_id, candidate_id, question_id, answer_id, item_kind, item_id, scorer, "
        f"value, confidence, status, reason, evidence FROM ({CURRENT_SCORES}) WHERE run_id = ? "
        f"ORDER BY transcript_id, seq, item_kind, item_id, scorer = 'final', scorer", [run_id])
    while True:
        rows = cursor.fetchmany(5000)
        if not rows:
            return
        for row in rows:
            yield dict(zip(EXPORT_COLUMNS, row))


def _items_table(rubric: Rubric) -> list[tuple[str, str, str, float, float, float]]:
    rows = [(c.id, "criterion", c.aggregate, c.weight, c.min_value, c.max_value) for c in rubric.criteria]
    rows += [(f.id, "flag", "max", 0.0, 0.0, 1.0) for f in rubric.flags]
    return rows


def candidate_rows(conn: duckdb.DuckDBPyConnection, run: RunInfo) -> list[dict[str, Any]]:
    """Per (candidate, transcript, item) aggregates of the final verdicts, plus ``overall``.

    Criteria aggregate over answers as the rubric says (mean, max, …); flags are 1 when raised
    on any answer; ``overall`` is the weight-averaged criterion values rescaled to 0–100.
    Unscored verdicts are left out of aggregates; ``n_answers`` counts what went in.
    """
    items = _items_table(run.rubric)
    values = ", ".join(["(?, ?, ?, ?, ?, ?)"] * len(items))
    params = [v for row in items for v in row]
    rows = conn.execute(f"""
        WITH rubric_items (item_id, item_kind, aggregate, weight, min_value, max_value) AS (
            VALUES {values}
        ), final AS (
            SELECT * FROM ({CURRENT_SCORES}) WHERE run_id = ? AND scorer = 'final' AND status = 'scored'
        ), per_item AS (
            SELECT f.run_id, f.candidate_id, f.transcript_id, f.item_id, any_value(i.item_kind) AS item_kind,
                   CASE any_value(i.aggregate)
                        WHEN 'max' THEN max(f.value) WHEN 'min' THEN min(f.value)
                        WHEN 'median' THEN median(f.value) WHEN 'last' THEN arg_max(f.value, f.seq)
                        ELSE avg(f.value) END AS value,
                   count(*) AS n_answers, any_value(i.weight) AS weight,
                   any_value(i.min_value) AS min_value, any_value(i.max_value) AS max_value
            FROM final f JOIN rubric_items i USING (item_id)
            GROUP BY ALL
        ), overall AS (
            SELECT run_id, candidate_id, transcript_id, 'overall' AS item_id, 'overall' AS item_kind,
                   100.0 * sum(weight * (value - min_value) / nullif(max_value - min_value, 0))
                         / nullif(sum(weight), 0) AS value,
                   count(*) AS n_answers
            FROM per_item WHERE item_kind = 'criterion' AND weight > 0
            GROUP BY ALL
        )
        SELECT run_id, candidate_id, transcript_id, item_id, item_kind, value, n_answers FROM per_item
        UNION ALL SELECT * FROM overall
        ORDER BY candidate_id, transcript_id, item_kind, item_id
    """, [*params, run.run_id]).fetchall()
    return [dict(zip(["run_id", "candidate_id", "transcript_id", "item_id", "item_kind", "value",
                      "n_answers"], r)) for r in rows]


def table_counts(conn: duckdb.DuckDBPyConnection) -> dict[str, int]:
    """Row counts of every table (idempotency checks, `evaluator runs`)."""
    names = [r[0] for r in conn.execute(
        "SELECT table_name FROM information_schema.tables WHERE table_schema = 'main' "
        "AND table_type = 'BASE TABLE' ORDER BY table_name").fetchall()]
    return {n: conn.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0] for n in names}


def stored_combine(conn: duckdb.DuckDBPyConnection, run_id: str) -> dict[str, list[str]]:
    """The per-item scorer order fitted on labels for a run ('calibrate --fit-combine'); empty if none."""
    return {item_id: json.loads(priority) for item_id, priority in conn.execute(
        "SELECT item_id, priority FROM combine_rules WHERE run_id = ?", [run_id]).fetchall()}
