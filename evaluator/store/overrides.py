"""Reviewers' overrides of final verdicts: an append-only table (rows are inserted, never changed).

The latest override of a (run, answer, item), made on the answer's current text, is the final
verdict everywhere verdicts are read (:data:`evaluator.store.reads.CURRENT_SCORES`); earlier ones
stay as the audit trail. Overrides also count as human labels (rater ``OVERRIDE_RATER``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import duckdb

from .writes import transaction

OVERRIDE_RATER = "override"  # the rater name overrides take when calibration reads them as labels
OVERRIDE_SOURCE = "overrides"


@dataclass(frozen=True)
class Override:
    """One row of the ``overrides`` table."""

    override_id: int
    run_id: str
    answer_id: str
    answer_hash: str
    item_kind: str
    item_id: str
    value: float
    previous_value: float | None
    previous_status: str
    previous_reason: str
    reviewer: str
    reason: str
    created_at: Any


_COLUMNS = ", ".join(Override.__dataclass_fields__)


def insert_override(conn: duckdb.DuckDBPyConnection, *, run_id: str, answer_id: str, answer_hash: str,
                    item_kind: str, item_id: str, value: float, previous_value: float | None,
                    previous_status: str, previous_reason: str, reviewer: str, reason: str) -> Override:
    """Append one override and return it as stored (id and timestamp included)."""
    with transaction(conn):
        row = conn.execute(
            f"INSERT INTO overrides (run_id, answer_id, answer_hash, item_kind, item_id, value, previous_value, "
            f"previous_status, previous_reason, reviewer, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            f"RETURNING {_COLUMNS}",
            [run_id, answer_id, answer_hash, item_kind, item_id, value, previous_value, previous_status,
             previous_reason, reviewer, reason]).fetchone()
    return Override(*row)


def override_history(conn: duckdb.DuckDBPyConnection, run_id: str, answer_id: str) -> list[Override]:
    """Every override of an answer, oldest first: those made in ``run_id`` and those made in other
    runs (which apply here when the answer's text and the item's definition are unchanged)."""
    rows = conn.execute(f"SELECT {_COLUMNS} FROM overrides WHERE answer_id = ? "
                        f"ORDER BY override_id", [answer_id]).fetchall()
    return [Override(*r) for r in rows]


def overrides_of_run(conn: duckdb.DuckDBPyConnection, run_id: str) -> dict[str, list[Override]]:
    """:func:`override_history` of every answer of the run, by answer (answers without one left out)."""
    found: dict[str, list[Override]] = {}
    for r in conn.execute(f"SELECT {_COLUMNS} FROM overrides WHERE answer_id IN "
                          f"(SELECT answer_id FROM run_answers WHERE run_id = ?) ORDER BY override_id",
                          [run_id]).fetchall():
        override = Override(*r)
        found.setdefault(override.answer_id, []).append(override)
    return found


def overrides_as_labels(conn: duckdb.DuckDBPyConnection) -> list[dict[str, Any]]:
    """The latest override per (answer, item), on the answer's current text, shaped like
    :func:`evaluator.store.labelstore.stored_labels` rows (rater :data:`OVERRIDE_RATER`)."""
    cursor = conn.execute("""
        SELECT o.answer_id, a.transcript_id, o.item_id, o.value, o.reviewer, o.reason
        FROM overrides o JOIN answers a ON a.answer_id = o.answer_id AND a.content_hash = o.answer_hash
        QUALIFY row_number() OVER (PARTITION BY o.answer_id, o.item_id ORDER BY o.override_id DESC) = 1
        ORDER BY o.answer_id, o.item_id""")
    return [{"source": OVERRIDE_SOURCE, "answer_id": answer_id, "transcript_id": transcript_id, "question_id": None,
             "item_id": item_id, "rater": OVERRIDE_RATER, "value": value, "raw_value": f"{value:g}",
             "note": f"{reviewer}: {reason}"}
            for answer_id, transcript_id, item_id, value, reviewer, reason in cursor.fetchall()]


@dataclass(frozen=True)
class NotCarried:
    """An override made in another run on one of this run's answers that does not apply here."""

    override_id: int
    made_in: str
    answer_id: str
    item_id: str
    reviewer: str
    why: str


@dataclass(frozen=True)
class OverrideCarry:
    """How overrides made in other runs fare in a run."""

    carried: int  # final verdicts of this run decided by an override made in another run
    not_carried: list[NotCarried]


def override_carry(conn: duckdb.DuckDBPyConnection, run_id: str) -> OverrideCarry:
    """Which overrides from other runs apply in ``run_id`` (same answer text, same item definition)
    and which do not, with the reason."""
    from .reads import CURRENT_SCORES, OVERRIDES_NOT_CARRIED  # reads imports nothing from here
    carried = conn.execute(
        f"SELECT count(*) FROM ({CURRENT_SCORES}) c JOIN overrides o USING (override_id) "
        "WHERE c.run_id = ? AND o.run_id <> c.run_id", [run_id]).fetchone()[0]
    rows = conn.execute(
        f"SELECT override_id, made_in, answer_id, item_id, reviewer, why FROM ({OVERRIDES_NOT_CARRIED}) "
        "WHERE run_id = ? ORDER BY answer_id, item_id, override_id", [run_id]).fetchall()
    return OverrideCarry(carried, [NotCarried(*r) for r in rows])
