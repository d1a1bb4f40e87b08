"""The calibration side in the database: what ``evaluator calibrate`` reads (the run's answers and
verdicts, a scorer's raised rate, an answer's text) and ``evaluator labels check`` (one scorer's
values), the fitted ``final`` rule calibrate writes with ``--fit-combine``, and the calibration
document itself plus one row per figure."""

from __future__ import annotations

import json
from typing import Any, NamedTuple, Sequence

import duckdb

from ..models import Verdict
from .writes import bulk_insert, insert_scores, transaction


class AnswerPlace(NamedTuple):
    """Where an answer of a run sits: its candidate and the rubric question it was matched to
    (the bootstrap's resampling clusters)."""
    answer_id: str
    candidate_id: str | None
    question_id: str | None


class ScoredVerdict(NamedTuple):
    """A scored verdict of a run: its value and reason."""
    answer_id: str
    item_id: str
    scorer: str
    value: float
    reason: str | None


class ScoreRow(NamedTuple):
    """One row of ``scores`` of a run, every column but ``run_id`` (``evidence`` as stored: JSON)."""
    answer_id: str
    item_kind: str
    item_id: str
    scorer: str
    value: float | None
    confidence: float | None
    status: str
    reason: str | None
    evidence: str | None


class ScorerRate(NamedTuple):
    """The mean of a scorer's scored values for an item (for a flag: its raised rate) and how many."""
    mean: float | None
    n: int


class ScorerValue(NamedTuple):
    """One scorer's stored verdict on an answer and item: its value and status."""
    answer_id: str
    item_id: str
    value: float | None
    status: str


class QuestionText(NamedTuple):
    """An answer's question and text as stored."""
    question: str
    text: str


class CombineRuleRow(NamedTuple):
    """One item's fitted ``final`` rule (``priority`` and ``figures`` as JSON text)."""
    item_id: str
    priority: str
    metric: str
    figures: str
    reference: str


def answer_places(conn: duckdb.DuckDBPyConnection, run_id: str) -> list[AnswerPlace]:
    """Every answer of the run with its candidate and matched rubric question (any version of its
    text the run scored)."""
    return [AnswerPlace(*row) for row in conn.execute(
        "SELECT a.answer_id, a.candidate_id, ra.question_id FROM answers a JOIN run_answers ra "
        "ON ra.answer_id = a.answer_id WHERE ra.run_id = ?", [run_id]).fetchall()]


def current_verdicts(conn: duckdb.DuckDBPyConnection, run_id: str) -> list[ScoreRow]:
    """Every verdict of the run (each scorer's and ``final``) on its answers as they are now: a
    verdict on an older version of an answer's text is left out."""
    return [ScoreRow(*row) for row in conn.execute(
        "SELECT s.answer_id, s.item_kind, s.item_id, s.scorer, s.value, s.confidence, s.status, s.reason, s.evidence "
        "FROM scores s JOIN run_answers ra ON ra.run_id = s.run_id AND ra.answer_id = s.answer_id "
        "JOIN answers a ON a.answer_id = s.answer_id AND a.content_hash = ra.answer_hash WHERE s.run_id = ?",
        [run_id]).fetchall()]


def scorer_rate(conn: duckdb.DuckDBPyConnection, run_id: str, item_id: str, scorer: str) -> ScorerRate:
    """The mean of ``scorer``'s scored values for ``item_id`` in the run, and their number (before
    reviewers' overrides: the scorer's own rate)."""
    row = conn.execute("SELECT avg(value), count(*) FROM scores WHERE run_id = ? AND item_id = ? AND scorer = ? "
                       "AND status = 'scored'", [run_id, item_id, scorer]).fetchone()
    return ScorerRate(float(row[0]) if row and row[0] is not None else None, int(row[1]) if row else 0)


def question_text(conn: duckdb.DuckDBPyConnection, answer_id: str) -> QuestionText | None:
    """An answer's question and text, or None when there is no such answer."""
    row = conn.execute("SELECT question, text FROM answers WHERE answer_id = ?", [answer_id]).fetchone()
    return QuestionText(*row) if row else None


def scored_verdicts(conn: duckdb.DuckDBPyConnection, run_id: str, *, except_scorer: str) -> list[ScoredVerdict]:
    """The run's scored verdicts of every scorer but ``except_scorer``."""
    return [ScoredVerdict(*row) for row in conn.execute(
        "SELECT answer_id, item_id, scorer, value, reason FROM scores "
        "WHERE run_id = ? AND status = 'scored' AND scorer <> ?", [run_id, except_scorer]).fetchall()]


def scorer_values(conn: duckdb.DuckDBPyConnection, run_id: str, scorer: str) -> list[ScorerValue]:
    """Every verdict ``scorer`` stored in the run (as the scorer gave it: no reviewer's override)."""
    return [ScorerValue(*row) for row in conn.execute(
        "SELECT answer_id, item_id, value, status FROM scores WHERE run_id = ? AND scorer = ?",
        [run_id, scorer]).fetchall()]


def run_scores(conn: duckdb.DuckDBPyConnection, run_id: str) -> list[ScoreRow]:
    """Every stored verdict of the run, as rows of ``scores``."""
    return [ScoreRow(*row) for row in conn.execute(
        "SELECT answer_id, item_kind, item_id, scorer, value, confidence, status, reason, evidence "
        "FROM scores WHERE run_id = ?", [run_id]).fetchall()]


def replace_combine_rule(conn: duckdb.DuckDBPyConnection, run_id: str, rules: Sequence[CombineRuleRow],
                         final_scorer: str, finals: Sequence[Verdict]) -> None:
    """In one transaction: replace the run's fitted rule with ``rules`` and its ``final_scorer``
    verdicts with ``finals``."""
    with transaction(conn):
        conn.execute("DELETE FROM combine_rules WHERE run_id = ?", [run_id])
        bulk_insert(conn, "combine_rules", ["run_id", "item_id", "priority", "metric", "figures", "reference"],
                    [[run_id, *rule] for rule in rules])
        conn.execute("DELETE FROM scores WHERE run_id = ? AND scorer = ?", [run_id, final_scorer])
        insert_scores(conn, run_id, finals)


def save_calibration(conn: duckdb.DuckDBPyConnection, document: dict[str, Any]) -> None:
    """Store a calibration (replacing one with the same id: same run, labels and settings).

    ``document`` is the JSON-ready calibration (``Calibration.to_dict()``); ``result`` holds it as
    ``json.dumps(document, default=str)`` (what ``Calibration.to_json()`` gives)."""
    rows = []
    for item in document["items"]:
        groups = dict(item["scorers"])
        if item.get("humans"):
            groups["humans"] = {"mean_kappa": item["humans"]["mean_kappa"], "alpha": item["humans"]["alpha"],
                                "mean_kappa_ci": item["humans"].get("mean_kappa_ci"), "n": item["humans"]["n_units"]}
        for scorer, figures in groups.items():
            for metric, value in figures.items():
                if isinstance(value, bool) or not isinstance(value, (int, float)) or metric == "n":
                    continue
                ci = figures.get(f"{metric}_ci") or [None, None]
                rows.append([document["calibration_id"], item["item_id"], scorer, metric, float(value), ci[0], ci[1],
                             figures.get("n")])
    with transaction(conn):
        conn.execute("DELETE FROM calibration_metrics WHERE calibration_id = ?", [document["calibration_id"]])
        conn.execute("DELETE FROM calibrations WHERE calibration_id = ?", [document["calibration_id"]])
        conn.execute("INSERT INTO calibrations (calibration_id, run_id, rubric_hash, reference, cluster_by, n_boot, "
                     "result) VALUES (?, ?, ?, ?, ?, ?, ?)",
                     [document["calibration_id"], document["run_id"], document["rubric"]["hash"], document["reference"],
                      document["cluster_by"], document["n_boot"], json.dumps(document, default=str)])
        bulk_insert(conn, "calibration_metrics", ["calibration_id", "item_id", "scorer", "metric", "value", "ci_low",
                                                  "ci_high", "n"], rows)
