"""The cohort report's headline figures, read in a few aggregate queries."""

from __future__ import annotations

from dataclasses import dataclass

import duckdb

from .reads import CURRENT_SCORES


@dataclass
class RunSummary:
    """Counts for a run's cohort page: flag prevalence ``(item_id, raised, scored, candidates)``,
    final verdicts and how many are unscored, the run's answers by how they were matched
    (``matched:<how>``, ``small talk``, ``not matched``; every answer in exactly one group, so the
    figures add up), the skipped files and rows (the first ``errors_shown``, and how many in all)
    and the input files by status."""

    prevalence: list[tuple[str, int, int, int]]
    n_unscored: int
    n_verdicts: int
    answer_groups: list[tuple[str, int]]
    n_errors: int
    errors: list[tuple[str, int | None, str, bool]]
    sources: list[tuple[str, int]]


def run_summary(conn: duckdb.DuckDBPyConnection, run_id: str, errors_shown: int) -> RunSummary:
    """The headline figures of a run (see :class:`RunSummary`)."""
    prevalence = conn.execute(f"""
        SELECT item_id, count(*) FILTER (WHERE value = 1) AS raised, count(*) AS scored,
               count(DISTINCT candidate_id) FILTER (WHERE value = 1) AS candidates
        FROM ({CURRENT_SCORES}) WHERE run_id = ? AND scorer = 'final' AND item_kind = 'flag' AND status = 'scored'
        GROUP BY item_id ORDER BY item_id""", [run_id]).fetchall()
    unscored, verdicts = conn.execute(f"""
        SELECT count(*) FILTER (WHERE status = 'unscored'), count(*)
        FROM ({CURRENT_SCORES}) WHERE run_id = ? AND scorer = 'final'""", [run_id]).fetchone()
    groups = conn.execute("""
        SELECT CASE WHEN ra.question_id IS NOT NULL THEN 'matched:' || ra.matched_by
                    WHEN a.is_small_talk THEN 'small talk' ELSE 'not matched' END, count(*)
        FROM run_answers ra JOIN answers a ON a.answer_id = ra.answer_id AND a.content_hash = ra.answer_hash
        WHERE ra.run_id = ? GROUP BY 1 ORDER BY 1""", [run_id]).fetchall()
    n_errors = conn.execute("SELECT count(*) FROM ingest_errors").fetchone()[0]
    errors = conn.execute("SELECT path, line, message, fatal FROM ingest_errors ORDER BY fatal DESC, path, line "
                          "LIMIT ?", [errors_shown]).fetchall()
    sources = conn.execute("SELECT status, count(*) FROM sources GROUP BY 1 ORDER BY 1").fetchall()
    return RunSummary(prevalence, unscored, verdicts, groups, n_errors, errors, sources)
