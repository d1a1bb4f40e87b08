"""Label rows in the database, and the answers labels resolve to (against a run, or every stored
answer at import)."""

from __future__ import annotations

from typing import Any, Iterable, NamedTuple, Sequence

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



class RunAnswerState(NamedTuple):
    """A stored answer, its current content hash and, when the run covered it, the hash it was
    scored with and the rubric question the run matched it to (both None otherwise)."""
    answer_id: str
    transcript_id: str
    content_hash: str
    run_hash: str | None
    question_id: str | None


class LabelledAnswer(NamedTuple):
    """A stored answer as label resolution at import needs it (no text)."""
    answer_id: str
    transcript_id: str
    candidate_id: str
    seq: int
    question: str
    question_id: str | None
    is_small_talk: bool
    content_hash: str


def answers_against_run(conn: duckdb.DuckDBPyConnection, run_id: str) -> list[RunAnswerState]:
    """Every stored answer with what the run scored of it, by transcript and position."""
    return [RunAnswerState(*row) for row in conn.execute(
        "SELECT a.answer_id, a.transcript_id, a.content_hash, ra.answer_hash, ra.question_id FROM answers a "
        "LEFT JOIN run_answers ra ON ra.answer_id = a.answer_id AND ra.run_id = ? "
        "ORDER BY a.transcript_id, a.seq", [run_id]).fetchall()]


def answers_named(conn: duckdb.DuckDBPyConnection, transcript_ids: list[str],
                  answer_ids: list[str]) -> list[LabelledAnswer]:
    """The stored answers of the transcripts ``transcript_ids`` and those ``answer_ids`` names, by
    transcript and position."""
    return [LabelledAnswer(*row) for row in conn.execute(
        "SELECT answer_id, transcript_id, candidate_id, seq, question, question_id, is_small_talk, content_hash "
        "FROM answers WHERE transcript_id IN (SELECT unnest(?)) OR answer_id IN (SELECT unnest(?)) "
        "ORDER BY transcript_id, seq", [transcript_ids, answer_ids]).fetchall()]


def known_transcripts(conn: duckdb.DuckDBPyConnection, transcript_ids: Iterable[str]) -> set[str]:
    """Which of ``transcript_ids`` are stored transcripts."""
    return {r[0] for r in conn.execute(
        "SELECT transcript_id FROM transcripts WHERE transcript_id IN (SELECT unnest(?))",
        [list(transcript_ids)]).fetchall()}
