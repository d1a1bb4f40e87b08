"""What ``evaluator compare`` reads: two runs' answers sorted into buckets, their verdict pairs on
the compared answers, each candidate transcript's overall score, and the answers' texts.

Verdicts are read through :data:`~evaluator.store.reads.CURRENT_SCORES` (a reviewer's override is
the ``final`` verdict; only scores of the answers' current texts count). An answer is compared when
both runs scored it with the same content hash and that text is the current one; every other
answer falls in a named bucket (only in A, only in B, text changed between the runs, outdated).
"""

from __future__ import annotations

from typing import Any, NamedTuple, Sequence

import duckdb

from .calibrations import QuestionText
from .reads import CURRENT_SCORES, RunInfo, cohort_cte

# answer buckets, in the order they are reported
COMPARED, ONLY_A, ONLY_B, TEXT_CHANGED, OUTDATED = "compared", "only_in_a", "only_in_b", "text_changed", "outdated"
BUCKETS = (COMPARED, ONLY_A, ONLY_B, TEXT_CHANGED, OUTDATED)

# Every answer either run covered, with the bucket it falls in. Parameters: run A, run B.
ANSWER_BUCKETS = f"""
    WITH ra AS (SELECT answer_id, answer_hash, question_id FROM run_answers WHERE run_id = ?),
         rb AS (SELECT answer_id, answer_hash, question_id FROM run_answers WHERE run_id = ?),
         both_runs AS (
            SELECT coalesce(ra.answer_id, rb.answer_id) AS answer_id, ra.answer_hash AS hash_a,
                   rb.answer_hash AS hash_b, ra.question_id AS question_a, rb.question_id AS question_b
            FROM ra FULL JOIN rb ON ra.answer_id = rb.answer_id
         )
    SELECT x.answer_id, x.question_a, x.question_b, a.candidate_id, a.transcript_id, a.seq,
           CASE WHEN x.hash_b IS NULL THEN '{ONLY_A}' WHEN x.hash_a IS NULL THEN '{ONLY_B}'
                WHEN x.hash_a <> x.hash_b THEN '{TEXT_CHANGED}'
                WHEN a.content_hash IS DISTINCT FROM x.hash_a THEN '{OUTDATED}' ELSE '{COMPARED}' END AS bucket
    FROM both_runs x LEFT JOIN answers a ON a.answer_id = x.answer_id
"""

# One scorer's current verdicts in one run. Parameters: run, scorer.
_VERDICTS = f"SELECT * FROM ({CURRENT_SCORES}) WHERE run_id = ? AND scorer = ?"

# the columns read for each side of a changed verdict, in VerdictSide order
_SIDE_COLUMNS = ("value", "status", "reason", "evidence", "confidence", "override_id")


class RankedOverall(NamedTuple):
    """A ranked candidate transcript of a run and its overall score (0–100; None: no weighted
    criterion scored)."""
    candidate_id: str
    transcript_id: str
    overall: float | None


class BucketedAnswer(NamedTuple):
    """An answer either run covered and the bucket it falls in (candidate and transcript are None
    when the answer is no longer stored)."""
    bucket: str
    answer_id: str
    candidate_id: str | None
    transcript_id: str | None


class PairCount(NamedTuple):
    """How many compared answers have this pair of verdicts on an item (a status is None where that
    run has no verdict on the answer for the item)."""
    item_id: str
    status_a: str | None
    status_b: str | None
    value_a: float | None
    value_b: float | None
    n: int


class VerdictSide(NamedTuple):
    """One run's verdict on an answer and item, as stored (``evidence``: JSON text), and the rubric
    question that run matched the answer to."""
    value: float | None
    status: str
    reason: str | None
    evidence: str | None
    confidence: float | None
    override_id: Any  # None unless a reviewer's override is the verdict
    question_id: str | None


class VerdictPair(NamedTuple):
    """A compared answer's verdicts on one item in run A and run B."""
    answer_id: str
    candidate_id: str
    transcript_id: str
    seq: int
    item_id: str
    item_kind: str
    a: VerdictSide
    b: VerdictSide


def ranked_overalls(conn: duckdb.DuckDBPyConnection, run: RunInfo) -> list[RankedOverall]:
    """Every ranked candidate transcript of the run with its overall score, in rank order, as the
    cohort report computes it (:func:`~evaluator.store.reads.cohort_cte`)."""
    cte, params = cohort_cte(run)
    rows = conn.execute(f"{cte} SELECT candidate_id, transcript_id, overall FROM ranked ORDER BY rank",
                        params).fetchall()
    return [RankedOverall(*row) for row in rows]


def bucketed_answers(conn: duckdb.DuckDBPyConnection, run_a: str, run_b: str) -> list[BucketedAnswer]:
    """Every answer either run covered with its bucket, by bucket, candidate (missing last),
    transcript, position and answer id."""
    rows = conn.execute(f"SELECT bucket, answer_id, candidate_id, transcript_id FROM ({ANSWER_BUCKETS}) "
                        f"ORDER BY bucket, candidate_id NULLS LAST, transcript_id, seq, answer_id",
                        [run_a, run_b]).fetchall()
    return [BucketedAnswer(*row) for row in rows]


def _pairs_sql(select: str, where: str = "") -> str:
    """Verdict pairs of the compared answers (A full-joined with B on answer and item).
    Parameters: run A, run B, run A, scorer, run B, scorer, then those of ``where``."""
    return f"""
        WITH buckets AS ({ANSWER_BUCKETS}), a AS ({_VERDICTS}), b AS ({_VERDICTS})
        SELECT {select}
        FROM a FULL JOIN b ON a.answer_id = b.answer_id AND a.item_id = b.item_id
        JOIN buckets x ON x.answer_id = coalesce(a.answer_id, b.answer_id) AND x.bucket = '{COMPARED}'
        {where}"""


def verdict_pair_counts(conn: duckdb.DuckDBPyConnection, run_a: str, run_b: str, scorer: str) -> list[PairCount]:
    """``scorer``'s verdict pairs on the compared answers, counted per item, status and value of
    each side (unordered)."""
    rows = conn.execute(_pairs_sql(
        "coalesce(a.item_id, b.item_id) AS item_id, a.status, b.status, a.value, b.value, count(*)",
        "GROUP BY ALL"), [run_a, run_b, run_a, scorer, run_b, scorer]).fetchall()
    return [PairCount(*row) for row in rows]


def changed_verdict_pairs(conn: duckdb.DuckDBPyConnection, run_a: str, run_b: str, scorer: str,
                          item_ids: Sequence[str], tolerance: float) -> list[VerdictPair]:
    """``scorer``'s verdicts on the compared answers and the items ``item_ids`` where both runs have
    one and they differ: in status, or both scored with values more than ``tolerance`` apart
    (unordered)."""
    select = ", ".join(["a.answer_id", "a.candidate_id", "a.transcript_id", "a.seq", "a.item_id", "a.item_kind",
                        *(f"a.{c}" for c in _SIDE_COLUMNS), "x.question_a", *(f"b.{c}" for c in _SIDE_COLUMNS),
                        "x.question_b"])
    where = (f"WHERE a.answer_id IS NOT NULL AND b.answer_id IS NOT NULL "
             f"AND a.item_id IN ({', '.join('?' * len(item_ids))}) "
             f"AND (a.status <> b.status OR (a.status = 'scored' AND abs(a.value - b.value) > {tolerance}))")
    rows = conn.execute(_pairs_sql(select, where),
                        [run_a, run_b, run_a, scorer, run_b, scorer, *item_ids]).fetchall()
    return [VerdictPair(*row[:6], VerdictSide(*row[6:13]), VerdictSide(*row[13:20])) for row in rows]


def answer_texts(conn: duckdb.DuckDBPyConnection, answer_ids: list[str]) -> dict[str, QuestionText]:
    """Each named answer's question and text, by answer id (answers no longer stored are absent)."""
    if not answer_ids:
        return {}
    rows = conn.execute("SELECT answer_id, question, text FROM answers WHERE answer_id IN (SELECT unnest(?))",
                        [answer_ids]).fetchall()
    return {r[0]: QuestionText(r[1], r[2]) for r in rows}


__all__ = ["ANSWER_BUCKETS", "BUCKETS", "COMPARED", "ONLY_A", "ONLY_B", "OUTDATED", "TEXT_CHANGED", "BucketedAnswer",
           "PairCount", "RankedOverall", "VerdictPair", "VerdictSide", "answer_texts", "bucketed_answers",
           "changed_verdict_pairs", "ranked_overalls", "verdict_pair_counts"]
