"""The fairness audit in the database: the answers it varies, the stored verdicts it compares
with, the rows behind its bias figures, and the stored audit with its changed verdicts."""

from __future__ import annotations

import json
from typing import Any, Iterator, NamedTuple, Sequence

import duckdb

from .reads import AUTOMATIC_SCORES, RunInfo, scores_cte
from .writes import bulk_insert, transaction


class SourceAnswer(NamedTuple):
    """An answer of a run that has rubric items, as the audit varies it: the answer's own fields,
    the rubric question the run matched, and the names its candidate goes by."""
    answer_id: str
    transcript_id: str
    candidate_id: str
    seq: int
    question: str
    text: str
    question_id: str | None  # the rubric question the run matched it to
    is_small_talk: bool
    metadata: Any  # JSON text (or already decoded)
    candidate_speaker: str | None  # the transcript's speaker label of the candidate
    display_name: str | None  # the candidate's display name


class WordsAndValue(NamedTuple):
    """An automatic final verdict (scored) on an answer, with the answer's word count."""
    answer_id: str
    item_id: str
    value: float
    words: int


class TranscriptOverall(NamedTuple):
    """A candidate transcript's automatic overall score (0–100) with the metadata its group may be in."""
    candidate_id: str
    transcript_id: str
    value: float | None
    answer_metadata: list[Any] | None  # every answer's metadata (JSON) that has some
    transcript_metadata: Any  # JSON or None


def source_answers(conn: duckdb.DuckDBPyConnection, run_id: str, limit: int | None, seed: int,
                   batch: int) -> Iterator[list[SourceAnswer]]:
    """The run's answers (on their current text) that have rubric items, ``batch`` at a time, on a
    cursor of their own: in transcript order, or with ``limit`` a sample of that many (ordered by a
    hash of the answer id and ``seed``)."""
    order = "hash(a.answer_id || ?)" if limit else "a.transcript_id, a.seq"
    sql = (f"SELECT a.answer_id, a.transcript_id, a.candidate_id, a.seq, a.question, a.text, ra.question_id, "
           f"a.is_small_talk, a.metadata, t.candidate_speaker, c.display_name FROM answers a "
           f"JOIN run_answers ra ON ra.answer_id = a.answer_id AND ra.answer_hash = a.content_hash "
           f"LEFT JOIN transcripts t ON t.transcript_id = a.transcript_id "
           f"LEFT JOIN candidates c ON c.candidate_id = a.candidate_id "
           f"WHERE ra.run_id = ? AND ra.n_items > 0 ORDER BY {order}" + (" LIMIT ?" if limit else ""))
    params: list[Any] = [run_id, *([str(seed), limit] if limit else [])]
    cursor = conn.cursor().execute(sql, params)
    while rows := cursor.fetchmany(batch):
        yield [SourceAnswer(*row) for row in rows]


def final_values(conn: duckdb.DuckDBPyConnection, run_id: str) -> dict[tuple[str, str], float | None]:
    """The run's stored final verdicts: (answer_id, item_id) → value, None where unscored."""
    return {(a, i): (v if s == "scored" else None) for a, i, v, s in conn.execute(
        "SELECT answer_id, item_id, value, status FROM scores WHERE run_id = ? AND scorer = 'final'",
        [run_id]).fetchall()}


def final_values_and_words(conn: duckdb.DuckDBPyConnection, run_id: str) -> list[WordsAndValue]:
    """The run's scored automatic final verdicts (no reviewer's override) on its answers as they
    are now, with each answer's word count (words split on single spaces of the trimmed text)."""
    return [WordsAndValue(*row) for row in conn.execute(f"""
        SELECT f.answer_id, f.item_id, f.value, len(string_split(trim(a.text), ' ')) AS words
        FROM ({AUTOMATIC_SCORES}) f JOIN answers a USING (answer_id)
        WHERE f.run_id = ? AND f.scorer = 'final' AND f.status = 'scored'""", [run_id]).fetchall()]


def automatic_overalls(conn: duckdb.DuckDBPyConnection, run: RunInfo) -> list[TranscriptOverall]:
    """Each candidate transcript's overall score from the scorers' own finals (no reviewer's
    override), with its answers' and transcript's metadata, by candidate and transcript."""
    cte, params = scores_cte(run, overrides=False)
    return [TranscriptOverall(*row) for row in conn.execute(f"""{cte}
        SELECT o.candidate_id, o.transcript_id, o.value,
               list(a.metadata) FILTER (WHERE a.metadata IS NOT NULL) AS answer_meta, any_value(t.metadata) AS meta
        FROM overall o
        JOIN answers a ON a.candidate_id = o.candidate_id AND a.transcript_id = o.transcript_id
        LEFT JOIN transcripts t ON t.transcript_id = o.transcript_id
        GROUP BY ALL ORDER BY o.candidate_id, o.transcript_id""", params).fetchall()]


def save_audit(conn: duckdb.DuckDBPyConnection, document: dict[str, Any], changes: Sequence[Sequence[Any]]) -> None:
    """Store an audit (replacing one with the same id: same run, scorers, kinds, seed and sample).

    ``document`` is the JSON-ready audit (``AuditResult.to_dict()``), stored as ``json.dumps(document)``
    (what ``AuditResult.to_json()`` gives); ``changes``: one row per changed verdict, ``(answer_id,
    kind, item_id, scorer, value_before, value_after, evidence_before, evidence_after)``."""
    audit_id = document["audit_id"]
    with transaction(conn):
        conn.execute("DELETE FROM audit_changes WHERE audit_id = ?", [audit_id])
        conn.execute("DELETE FROM audits WHERE audit_id = ?", [audit_id])
        conn.execute("INSERT INTO audits (audit_id, run_id, scorers, kinds, seed, sample_limit, result) "
                     "VALUES (?, ?, ?, ?, ?, ?, ?)",
                     [audit_id, document["run_id"], ",".join(document["scorers"]), ",".join(document["kinds"]),
                      document["seed"], document["limit"], json.dumps(document)])
        bulk_insert(conn, "audit_changes", ["audit_id", "answer_id", "kind", "item_id", "scorer", "value_before",
                                            "value_after", "evidence_before", "evidence_after"],
                    [[audit_id, *row] for row in changes])
