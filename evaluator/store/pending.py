"""What a run still has to score: the cohort's pending answers, read in batches as plain rows.

Only store/ talks SQL: the pipeline asks here which answers a run has not finished and reads
them; ``latest_run_id`` is the run a report or review shows by default. Training reads every
stored answer here too (:func:`all_answers`).
"""

from __future__ import annotations

import json
from typing import Iterator, NamedTuple

import duckdb

from ..models import Answer
from .cohorts import Cohort, member_filter


# an answer is done in a run when it was scored on its current text by every scorer (none stopped)
_DONE = ("SELECT 1 FROM run_answers ra WHERE ra.run_id = ? AND ra.answer_id = a.answer_id "
         "AND ra.answer_hash = a.content_hash AND ra.complete")


def pending_ids(conn: duckdb.DuckDBPyConnection, run_id: str, cohort: Cohort) -> tuple[list[str], set[str]]:
    """Ids of the cohort's answers the run has not finished (new, changed since, or left by a
    scorer that stopped), in transcript order, and which of them it scored before (their old
    results are replaced). Only ids: a million answers' texts would not fit the memory budget."""
    where, params = member_filter(cohort, run_id)
    rows = conn.execute(
        f"SELECT a.answer_id, EXISTS (SELECT 1 FROM run_answers r WHERE r.run_id = ? AND r.answer_id = a.answer_id) "
        f"FROM answers a WHERE {where} AND NOT EXISTS ({_DONE}) ORDER BY a.transcript_id, a.seq",
        [run_id, *params, run_id]).fetchall()
    return [r[0] for r in rows], {r[0] for r in rows if r[1]}


class AnswerRow(NamedTuple):
    """An answer as read from the database: plain values, cheap to send to a worker process
    (pickling pydantic models cost the parent more than the scoring it hands out)."""
    answer_id: str
    transcript_id: str
    candidate_id: str
    seq: int
    question: str
    text: str
    question_id: str | None
    is_small_talk: bool
    turn_start: int | None
    turn_end: int | None
    metadata: str | None  # JSON
    content_hash: str

    def to_answer(self) -> Answer:
        return Answer(answer_id=self.answer_id, transcript_id=self.transcript_id, candidate_id=self.candidate_id,
                      seq=self.seq, question=self.question, text=self.text, question_id=self.question_id,
                      is_small_talk=self.is_small_talk, turn_start=self.turn_start, turn_end=self.turn_end,
                      metadata=json.loads(self.metadata) if self.metadata else {})


def load_rows(conn: duckdb.DuckDBPyConnection, answer_ids: list[str]) -> list[AnswerRow]:
    return [AnswerRow(*r) for r in conn.execute(
        "SELECT a.answer_id, a.transcript_id, a.candidate_id, a.seq, a.question, a.text, a.question_id, "
        "a.is_small_talk, a.turn_start, a.turn_end, a.metadata, a.content_hash FROM answers a "
        "WHERE a.answer_id IN (SELECT unnest(?)) ORDER BY a.transcript_id, a.seq", [answer_ids]).fetchall()]


def all_answers(conn: duckdb.DuckDBPyConnection) -> list[Answer]:
    """Every stored answer, in answer id order (without turn positions)."""
    rows = conn.execute("SELECT answer_id, transcript_id, candidate_id, seq, question, text, question_id, "
                        "is_small_talk, metadata FROM answers ORDER BY answer_id").fetchall()
    return [Answer(answer_id=r[0], transcript_id=r[1], candidate_id=r[2], seq=r[3], question=r[4], text=r[5],
                   question_id=r[6], is_small_talk=r[7], metadata=json.loads(r[8]) if r[8] else {}) for r in rows]


def pending_batches(conn: duckdb.DuckDBPyConnection, run_id: str, cohort: Cohort,
                     size: int) -> Iterator[list[AnswerRow]]:
    """The run's pending answers in batches, streamed by one query on a cursor of its own.

    Looking each batch up by id would scan the answers table once per batch (quadratic over a
    large run); one streamed scan is linear and, without an ORDER BY, never holds more than a
    batch. The query's snapshot is taken before any batch is written, and the writes go to other
    tables, so the stream is unaffected by them.
    """
    where, params = member_filter(cohort, run_id)
    cursor = conn.cursor()
    try:
        cursor.execute(
            "SELECT a.answer_id, a.transcript_id, a.candidate_id, a.seq, a.question, a.text, a.question_id, "
            "a.is_small_talk, a.turn_start, a.turn_end, a.metadata, a.content_hash FROM answers a "
            # an anti-join: the hash table holds the run's (id, hash) pairs, never the answers' texts
            f"WHERE {where} AND NOT EXISTS ({_DONE})", [*params, run_id])
        while True:
            rows = cursor.fetchmany(size)
            if not rows:
                return
            yield [AnswerRow(*r) for r in rows]
    finally:
        cursor.close()




def latest_run_id(conn: duckdb.DuckDBPyConnection) -> str | None:
    """The most recently updated complete run (an interrupted one is not 'the latest result')."""
    row = conn.execute("SELECT run_id FROM runs WHERE status = 'complete' "
                       "ORDER BY updated_at DESC, created_at DESC LIMIT 1").fetchone()
    return row[0] if row else None
