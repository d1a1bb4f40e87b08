"""Label rows in the database."""

from __future__ import annotations

from typing import Any, Sequence

import duckdb

from .overrides import overrides_as_labels
from .writes import bulk_insert, transaction


def existing_answer_ids(conn: duckdb.DuckDBPyConnection, ids: Sequence[str]) -> set[str]:
    if not ids:
        return set()
    return {r[0] for r in conn.execute("SELECT answer_id FROM answers WHERE answer_id IN (SELECT unnest(?))",
                                       [list(set(ids))]).fetchall()}


def existing_transcript_ids(conn: duckdb.DuckDBPyConnection, ids: Sequence[str | None]) -> set[str]:
    wanted = list({i for i in ids if i})
    if not wanted:
        return set()
    return {r[0] for r in conn.execute("SELECT transcript_id FROM transcripts WHERE transcript_id IN "
                                       "(SELECT unnest(?))", [wanted]).fetchall()}


def replace_labels(conn: duckdb.DuckDBPyConnection, source: str, rows: Sequence[tuple[int, Any, str]],
                   errors: Sequence[str]) -> None:
    """Replace everything imported earlier from ``source`` with ``rows`` (and its errors)."""
    with transaction(conn):
        conn.execute("DELETE FROM labels WHERE source = ?", [source])
        conn.execute("DELETE FROM label_errors WHERE source = ?", [source])
        bulk_insert(conn, "labels", ["source", "row_number", "answer_id", "transcript_id", "question_id", "item_id",
                                     "rater", "value", "raw_value", "note"],
                    [[source, number, r.answer_id, r.transcript_id, r.question_id, r.item_id, r.rater, r.value, raw,
                      r.note] for number, r, raw in rows])
        bulk_insert(conn, "label_errors", ["source", "message"], [[source, e] for e in errors])


def stored_labels(conn: duckdb.DuckDBPyConnection, *, include_overrides: bool = False) -> list[dict[str, Any]]:
    """Every imported label as a dict (LabelRow fields plus ``source``); with ``include_overrides``,
    also reviewers' latest overrides as labels of the rater ``override`` (see store.overrides)."""
    cursor = conn.execute("SELECT source, answer_id, transcript_id, question_id, item_id, rater, value, "
                          "raw_value, note FROM labels ORDER BY source, row_number, item_id")
    names = [d[0] for d in cursor.description]
    labels = [dict(zip(names, row)) for row in cursor.fetchall()]
    if include_overrides:
        labels += overrides_as_labels(conn)
    return labels

