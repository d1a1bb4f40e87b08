"""Label rows in the database."""

from __future__ import annotations

from typing import Any, Sequence

import duckdb

from .overrides import overrides_as_labels
from .writes import bulk_insert, transaction


def replace_labels(conn: duckdb.DuckDBPyConnection, source: str, rows: Sequence[tuple[int, Any, str, str | None]],
                   errors: Sequence[str]) -> None:
    """Replace everything imported earlier from ``source`` with ``rows`` (and its errors).

    A row is (row number, label, value as written, content hash of the answer it resolved to or None)."""
    with transaction(conn):
        conn.execute("DELETE FROM labels WHERE source = ?", [source])
        conn.execute("DELETE FROM label_errors WHERE source = ?", [source])
        bulk_insert(conn, "labels", ["source", "row_number", "answer_id", "transcript_id", "question_id", "item_id",
                                     "rater", "value", "raw_value", "note", "answer_hash"],
                    [[source, number, r.answer_id, r.transcript_id, r.question_id, r.item_id, r.rater, r.value, raw,
                      r.note, answer_hash] for number, r, raw, answer_hash in rows])
        bulk_insert(conn, "label_errors", ["source", "message"], [[source, e] for e in errors])


def stored_labels(conn: duckdb.DuckDBPyConnection, *, include_overrides: bool = False) -> list[dict[str, Any]]:
    """Every imported label as a dict (LabelRow fields plus ``source``, ``row_number``, ``raw_value`` and
    ``answer_hash``: the labelled answer's content hash at import, when known); with ``include_overrides``,
    also reviewers' latest overrides as labels of the rater ``override`` (see store.overrides)."""
    cursor = conn.execute("SELECT source, row_number, answer_id, transcript_id, question_id, item_id, rater, value, "
                          "raw_value, note, answer_hash FROM labels ORDER BY source, row_number, item_id")
    names = [d[0] for d in cursor.description]
    labels = [dict(zip(names, row)) for row in cursor.fetchall()]
    if include_overrides:
        labels += overrides_as_labels(conn)
    return labels

