"""Read-only queries shared by export and reports (which read only from the database)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any, Callable, Iterator, NamedTuple, Sequence

import duckdb

from ..errors import NoRunYetError, NotFoundError, StoreError
from ..rubric import Rubric

EXPORT_COLUMNS = ["run_id", "transcript_id", "candidate_id", "question_id", "answer_id", "item_kind",
                  "item_id", "scorer", "value", "confidence", "status", "reason", "evidence"]
CANDIDATE_COLUMNS = ["run_id", "candidate_id", "transcript_id", "item_id", "value", "n_answers"]

# Scores of the answers as they are now (a score of an older version of an answer is history),
# with a reviewer's latest override standing in for 'final'. An override is a statement about an
# answer's text and an item's definition, so it applies in every run where both are unchanged: a
# run of an edited rubric keeps it (marked as carried from the run it was made in) unless that
# item itself changed (:data:`OVERRIDES_NOT_CARRIED` says which did not carry, and why).
LATEST_OVERRIDES = """
    SELECT o.*, ri.item_hash FROM overrides o
    JOIN runs r ON r.run_id = o.run_id
    JOIN rubric_item_hashes ri ON ri.rubric_hash = r.rubric_hash AND ri.item_id = o.item_id
    QUALIFY row_number() OVER (PARTITION BY o.answer_id, o.item_id, o.answer_hash, ri.item_hash
                               ORDER BY o.override_id DESC) = 1
"""
CURRENT_SCORES = f"""
    SELECT s.run_id, s.answer_id, s.item_kind, s.item_id, s.scorer,
           CASE WHEN o.override_id IS NULL THEN s.value ELSE o.value END AS value,
           CASE WHEN o.override_id IS NULL THEN s.confidence ELSE 1.0 END AS confidence,
           CASE WHEN o.override_id IS NULL THEN s.status ELSE 'scored' END AS status,
           CASE WHEN o.override_id IS NULL THEN s.reason
                ELSE 'override by ' || o.reviewer || ': ' || o.reason
                     || CASE WHEN o.run_id <> s.run_id THEN ' (carried from ' || o.run_id || ')' ELSE '' END
           END AS reason,
           CASE WHEN o.override_id IS NULL THEN s.evidence ELSE '[]'::JSON END AS evidence,
           o.override_id, a.transcript_id, a.candidate_id, a.seq, ra.question_id
    FROM scores s
    JOIN run_answers ra ON ra.run_id = s.run_id AND ra.answer_id = s.answer_id
    JOIN answers a ON a.answer_id = s.answer_id AND a.content_hash = ra.answer_hash
    LEFT JOIN (SELECT r.run_id, ri.item_id, ri.item_hash FROM runs r
               JOIN rubric_item_hashes ri ON ri.rubric_hash = r.rubric_hash) si
        ON s.scorer = 'final' AND si.run_id = s.run_id AND si.item_id = s.item_id
    LEFT JOIN ({LATEST_OVERRIDES}) o ON s.scorer = 'final' AND o.answer_id = s.answer_id
        AND o.item_id = s.item_id AND o.answer_hash = ra.answer_hash AND o.item_hash = si.item_hash
"""
# Overrides made in other runs on a run's answers that do not apply in it, with the reason: the
# answer's text changed since, the item's definition changed, or the run's rubric has no such item.
OVERRIDES_NOT_CARRIED = f"""
    SELECT ra.run_id, o.override_id, o.run_id AS made_in, o.answer_id, o.item_id, o.reviewer,
           CASE WHEN o.answer_hash <> a.content_hash THEN 'the answer text changed since the override'
                WHEN si.item_hash IS NULL THEN 'the rubric of this run has no item ' || o.item_id
                ELSE 'the definition of ' || o.item_id || ' changed in the rubric' END AS why
    FROM ({LATEST_OVERRIDES}) o
    JOIN run_answers ra ON ra.answer_id = o.answer_id AND ra.run_id <> o.run_id
    JOIN answers a ON a.answer_id = o.answer_id
    JOIN runs r ON r.run_id = ra.run_id
    LEFT JOIN rubric_item_hashes si ON si.rubric_hash = r.rubric_hash AND si.item_id = o.item_id
    WHERE (o.answer_hash <> a.content_hash OR si.item_hash IS DISTINCT FROM o.item_hash)
      -- a later override made in that run itself supersedes it there
      AND NOT EXISTS (SELECT 1 FROM overrides n WHERE n.run_id = ra.run_id AND n.answer_id = o.answer_id
                      AND n.item_id = o.item_id AND n.override_id > o.override_id)
"""
# The same without reviewers' overrides: what the scorers decided (audits measure the tool).
AUTOMATIC_SCORES = """
    SELECT s.*, NULL AS override_id, a.transcript_id, a.candidate_id, a.seq, ra.question_id
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
    """The run ``run_id`` (default: the most recently updated *complete* run) with its rubric.

    An interrupted or still-running run is never the default: its results are partial.
    """
    query = ("SELECT r.run_id, r.rubric_hash, r.rubric_id, r.rubric_version, r.scorers, r.status, "
             "r.created_at, r.updated_at, rb.content FROM runs r JOIN rubrics rb USING (rubric_hash) ")
    if run_id:
        row = conn.execute(query + "WHERE r.run_id = ?", [run_id]).fetchone()
        if row is None:
            raise NotFoundError(f"no run {run_id!r} in the database; 'evaluator runs' lists them")
    else:
        row = conn.execute(query + "WHERE r.status = 'complete' ORDER BY r.updated_at DESC, r.created_at DESC "
                           "LIMIT 1").fetchone()
        if row is None:
            other = conn.execute("SELECT run_id, status FROM runs ORDER BY updated_at DESC LIMIT 1").fetchone()
            if other:
                raise NoRunYetError(f"the database has no complete run: the latest, {other[0]}, is {other[1]}; "
                                    "run the same command again to finish it, or pass --run to read it as it is")
            raise NoRunYetError("the database has no scored run yet; run 'evaluator score' or 'evaluator run'")
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
    on any answer; ``overall`` is the 0–100 score of :data:`OVERALL_RULE` (every weighted
    criterion of the rubric, a missing one at its lowest level) and ``coverage`` the share of the
    rubric's criterion weight that was scored (0–1; ``n_answers``: the criteria scored).
    Unscored verdicts are left out of aggregates; ``n_answers`` counts what went in.
    """
    cte, params = scores_cte(run)
    rows = conn.execute(f"""{cte}
        SELECT run_id, candidate_id, transcript_id, item_id, item_kind, value, n_answers FROM per_item
        UNION ALL SELECT run_id, candidate_id, transcript_id, item_id, item_kind, value, n_answers FROM overall
        UNION ALL SELECT run_id, candidate_id, transcript_id, 'coverage', 'coverage', coverage, n_answers
            FROM overall
        ORDER BY candidate_id, transcript_id, item_kind, item_id
    """, params).fetchall()
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


# How the overall score and the ranking treat missing criteria, as the pages state it. A mean over
# only the criteria scored would rank one good answer above three solid ones: the overall is taken
# over the whole rubric instead, so answering fewer questions never raises it.
OVERALL_RULE = ("Overall = the rubric-weighted mean of all criteria on 0–100; a criterion with no scored "
                "verdict (question not answered, or its verdict unscored) counts at its lowest level, 0 points. "
                "Coverage = the share of the rubric's criterion weight that was scored; below 100% the row is "
                "marked incomplete. Ranked by overall; red flags do not change the overall and are shown beside it.")


# ---------------------------------------------------------------------------------------------
# Set-based reads for the reports: one query per table of the report, streamed in order, so
# rendering costs a few queries however many candidates there are and memory stays flat.

STREAM_ROWS = 5000  # rows per fetchmany of the streaming reads
# A DOUBLE as the reports print numbers (evaluator.report.render.num: 2 decimals, no trailing zeros)
SQL_NUM = "rtrim(rtrim(printf('%.2f', {}), '0'), '.')"


# an item's aggregate over a transcript's answers, as SQL over ``final f JOIN rubric_items i``
_AGGREGATES = {"max": "max(f.value)", "min": "min(f.value)", "median": "median(f.value)",
               "last": "arg_max(f.value, f.seq)", "mean": "avg(f.value)"}


def _aggregate_sql(rubric: Rubric) -> str:
    """The per-item aggregate: only the functions the rubric's items use, each over its own items.

    DuckDB computes every aggregate named in a CASE for every group, whichever branch is taken, and
    ``median`` keeps all of a group's values in memory without spilling: with all five named, the
    ranking of a million answers ran out of 1 GB in the median of items that are aggregated by max.
    """
    used = sorted({aggregate for _, _, aggregate, *_ in _items_table(rubric)})  # flags: max
    if len(used) == 1:
        return _AGGREGATES[used[0]]
    branches = " ".join(f"WHEN '{kind}' THEN {_AGGREGATES[kind]} FILTER (WHERE i.aggregate = '{kind}')"
                        for kind in used)
    return f"CASE any_value(i.aggregate) {branches} END"


def scores_cte(run: RunInfo, *, overrides: bool = True) -> tuple[str, list[Any]]:
    """``WITH …`` defining, over a run's current final verdicts, ``per_item`` (each candidate
    transcript's value per rubric item, aggregated as the rubric says) and ``overall`` (``value``:
    the 0–100 score of :data:`OVERALL_RULE`, ``coverage``: the share of the rubric's criterion
    weight scored, ``n_answers``: criteria scored); shared by :func:`candidate_rows`, the reports,
    the review app, ``compare`` and the fairness audit, so every one of them ranks alike.
    ``overrides=False``: the scorers' own finals, without reviewers' overrides (audits)."""
    items = _items_table(run.rubric)
    values = ", ".join(["(?, ?, ?, ?, ?, ?)"] * len(items))
    sql = f"""
        WITH rubric_items (item_id, item_kind, aggregate, weight, min_value, max_value) AS (
            VALUES {values}
        ), final AS (
            SELECT * FROM ({CURRENT_SCORES if overrides else AUTOMATIC_SCORES})
            WHERE run_id = ? AND scorer = 'final' AND status = 'scored'
        ), per_item AS (
            SELECT f.run_id, f.candidate_id, f.transcript_id, f.item_id, any_value(i.item_kind) AS item_kind,
                   {_aggregate_sql(run.rubric)} AS value,
                   count(*) AS n_answers, any_value(i.weight) AS weight,
                   any_value(i.min_value) AS min_value, any_value(i.max_value) AS max_value
            FROM final f JOIN rubric_items i USING (item_id)
            GROUP BY ALL
        ), scored_transcripts AS (  -- not 'transcripts': queries appended to this CTE read that table
            SELECT DISTINCT run_id, candidate_id, transcript_id FROM per_item
        ), overall AS (
            -- OVERALL_RULE: over every weighted criterion of the rubric, so that answering fewer
            -- questions cannot raise the score; a criterion without a scored final verdict counts
            -- at its lowest level (0 points), and coverage says how much of the rubric was scored
            SELECT t.run_id, t.candidate_id, t.transcript_id, 'overall' AS item_id, 'overall' AS item_kind,
                   CASE WHEN count(p.value) > 0 THEN
                        100.0 * sum(i.weight * coalesce((p.value - i.min_value)
                                                        / nullif(i.max_value - i.min_value, 0), 0))
                              / nullif(sum(i.weight), 0) END AS value,
                   count(p.value) AS n_answers,
                   coalesce(sum(i.weight) FILTER (WHERE p.value IS NOT NULL), 0) / nullif(sum(i.weight), 0)
                       AS coverage
            FROM scored_transcripts t CROSS JOIN rubric_items i
            LEFT JOIN per_item p ON p.candidate_id = t.candidate_id AND p.transcript_id = t.transcript_id
                AND p.item_id = i.item_id
            WHERE i.item_kind = 'criterion' AND i.weight > 0
            GROUP BY ALL
        )"""
    return sql, [*(v for row in items for v in row), run.run_id]


def cohort_cte(run: RunInfo) -> tuple[str, list[Any]]:
    """``WITH …`` defining ``per_item`` and ``overall`` as :func:`candidate_rows` computes them,
    ``cohort`` (one row per candidate transcript: overall, each rubric item, flags raised,
    coverage) and ``ranked`` (``cohort`` with its rank: overall descending, no overall last, then ids).

    ``cohort`` rounds its values to 9 decimals: a parallel sum may differ in the last bit from
    one query to the next, and the ranking and the candidate pages (read by different queries)
    must agree on the order of equal scores and on how a score like 68.75 prints."""
    items = _items_table(run.rubric)
    scores_sql, params = scores_cte(run)
    pivot = "".join(f", round(max(p.value) FILTER (WHERE p.item_id = ?), 9) AS v{i}" for i in range(len(items)))
    sql = f"""{scores_sql}, cohort AS (
            SELECT p.candidate_id, p.transcript_id, round(any_value(o.value), 9) AS overall{pivot},
                   count(*) FILTER (WHERE p.item_kind = 'flag' AND p.value = 1) AS flags,
                   round(any_value(o.coverage), 9) AS coverage
            FROM per_item p LEFT JOIN overall o USING (candidate_id, transcript_id)
            GROUP BY p.candidate_id, p.transcript_id
        ), ranked AS (
            SELECT row_number() OVER (ORDER BY overall DESC NULLS LAST, candidate_id, transcript_id) AS rank, *
            FROM cohort
        )
    """
    return sql, [*params, *(row[0] for row in items)]


def cohort_items(run: RunInfo) -> list[str]:
    """The item ids in the order of the ``v0, v1, …`` values of :func:`ranking_rows` (criteria, then flags)."""
    return [row[0] for row in _items_table(run.rubric)]


def _stream(cursor: duckdb.DuckDBPyConnection, size: int = STREAM_ROWS) -> Iterator[tuple]:
    try:
        while True:
            rows = cursor.fetchmany(size)
            if not rows:
                return
            yield from rows
    finally:
        cursor.close()


def cohort_stats(conn: duckdb.DuckDBPyConnection, run: RunInfo) -> dict[str, Any]:
    """Cohort-wide aggregates computed in the database.

    ``transcripts`` and ``candidates`` count the ranked rows and distinct candidates;
    ``histograms`` maps each criterion to the number of candidate transcripts whose value is
    nearest each of its levels (halfway between two goes to the higher, as ``Criterion.nearest_level``),
    ``valued`` to how many have a value.
    """
    cte, params = cohort_cte(run)
    levels = [(c.id, i, float(lv.value)) for c in run.rubric.criteria for i, lv in enumerate(c.levels)]
    transcripts, candidates = conn.execute(
        f"{cte} SELECT count(*), count(DISTINCT candidate_id) FROM cohort", params).fetchone()
    histograms: dict[str, list[int]] = {c.id: [0] * len(c.levels) for c in run.rubric.criteria}
    valued: dict[str, int] = {c.id: 0 for c in run.rubric.criteria}
    if levels:
        level_values = ", ".join(["(?, ?, ?)"] * len(levels))
        rows = conn.execute(f"""{cte}, levels (item_id, idx, level) AS (VALUES {level_values})
            SELECT item_id, idx, count(*) FROM (
                SELECT p.candidate_id, p.transcript_id, p.item_id,
                       arg_min(l.idx, [abs(l.level - p.value), -l.level]) AS idx
                FROM per_item p JOIN levels l USING (item_id)
                WHERE p.item_kind = 'criterion' AND p.value IS NOT NULL GROUP BY ALL
            ) GROUP BY ALL""", [*params, *(v for row in levels for v in row)]).fetchall()
        for item_id, idx, n in rows:
            histograms[item_id][idx] = n
            valued[item_id] += n
    return {"transcripts": transcripts, "candidates": candidates, "histograms": histograms, "valued": valued}


def ranking_rows(conn: duckdb.DuckDBPyConnection, run: RunInfo) -> Iterator[tuple]:
    """Every candidate transcript in rank order, streamed:
    ``(rank, candidate_id, transcript_id, overall, v0, v1, …, flags_raised, coverage)``, the values
    in :func:`cohort_items` order (None where the item has no scored verdict), coverage 0–1."""
    cte, params = cohort_cte(run)
    return _stream(conn.cursor().execute(f"{cte} SELECT * FROM ranked ORDER BY rank", params))


def top_candidate_ids(conn: duckdb.DuckDBPyConnection, run: RunInfo, n: int) -> set[str]:
    """The candidates of the ranking's first ``n`` rows (one query, fully read: a second stream
    left open beside the report's own kept two sorts of a million answers in memory)."""
    cte, params = cohort_cte(run)
    return {r[0] for r in conn.execute(f"{cte} SELECT candidate_id FROM ranked ORDER BY rank LIMIT ?",
                                       [*params, n]).fetchall()}


class RunAnswer(NamedTuple):
    """An answer as a run matched it (``answers`` joined with its ``run_answers`` row)."""
    answer_id: str
    transcript_id: str
    seq: int
    question: str
    text: str
    is_small_talk: bool
    question_id: str | None  # the rubric question the run matched it to
    match_score: float | None  # similarity to that question (or the best one, when none matched)
    matched_by: str  # how: given, similarity, none, …


@dataclass
class CandidateData:
    """Plain rows of one candidate, for rendering away from the database connection."""
    candidate_id: str
    summary: list[tuple]  # ranking_rows rows of the candidate's transcripts, by transcript
    answers: list[RunAnswer]  # by transcript and seq
    verdicts: list[tuple]  # final verdicts: (answer_id, item_kind, item_id, value, confidence, status,
    #                         reason, spans, by_scorer); spans "start:end …" of the evidence of the
    #                         verdicts that highlight text (scored criteria, raised flags), else None;
    #                         by_scorer "keyword: 2; llm: unscored" (the other scorers), or None


def _groups(rows: Iterator[tuple], make: Callable[[tuple], Any] | None = None) -> Iterator[tuple[str, list[Any]]]:
    """Consecutive rows with the same first column, as (key, rows without it: tuples, or what
    ``make`` makes of them)."""
    key, group = None, []
    for row in rows:
        if row[0] != key:
            if group:
                yield key, group
            key, group = row[0], []
        group.append(row[1:] if make is None else make(row[1:]))
    if group:
        yield key, group


CANDIDATES_PER_QUERY = 2500  # candidates whose answers and verdicts one query sorts (DuckDB memory)


def candidate_data(conn: duckdb.DuckDBPyConnection, run: RunInfo,
                   per_query: int = CANDIDATES_PER_QUERY, only: Sequence[str] | None = None) -> Iterator[CandidateData]:
    """Each ranked candidate's summary, answers and verdicts, streamed by candidate id.

    Queries ordered by candidate, read in chunks and walked side by side, so Python holds one
    candidate at a time: one for the summaries (small rows) and, for each range of
    ``per_query`` candidate ids, one for the answers and one for the final verdicts, so that
    DuckDB sorts a bounded slice of the texts, however large the cohort. Candidates are those
    of :func:`ranking_rows` (at least one scored final verdict on a rubric item); ``only``: just
    these candidate ids (a chosen set of pages).
    """
    cte, params = cohort_cte(run)
    chosen, chosen_params = ("WHERE candidate_id IN (SELECT unnest(?))", [list(only)]) if only is not None else ("", [])
    starts = [row[0] for row in conn.execute(
        f"{cte} SELECT candidate_id FROM (SELECT candidate_id, row_number() OVER (ORDER BY candidate_id) AS i "
        f"FROM (SELECT DISTINCT candidate_id FROM cohort {chosen})) WHERE (i - 1) % ? = 0 ORDER BY candidate_id",
        [*params, *chosen_params, max(1, per_query)]).fetchall()]
    ranges = list(zip(starts, [*starts[1:], None]))
    summary = _stream(conn.cursor().execute(
        f"{cte} SELECT candidate_id, * FROM ranked {chosen} ORDER BY candidate_id, transcript_id",
        [*params, *chosen_params]))
    answers = (group for lo, hi in ranges
               for group in _groups(_range_answers(conn, run, lo, hi, only), RunAnswer._make))
    verdicts = (group for lo, hi in ranges for group in _groups(_range_verdicts(conn, run, lo, hi, only)))
    try:
        for (cid, rows), (a_cid, a_rows), (v_cid, v_rows) in zip(
                _groups(summary), answers, verdicts, strict=True):
            if not cid == a_cid == v_cid:  # the queries select the same candidates in the same order
                raise StoreError(f"report reads out of step at candidate {cid!r}")
            yield CandidateData(cid, rows, a_rows, v_rows)
    except ValueError as exc:  # zip(strict=True): one query had more candidates than another
        raise StoreError(f"report reads out of step: {exc}") from exc


def _in_range(run: RunInfo, column: str, lo: str, hi: str | None,
              only: Sequence[str] | None = None) -> tuple[str, list[Any]]:
    """SQL (and its parameters) for: ``lo <= column < hi`` (and in ``only``, if given) and the
    candidate is ranked, i.e. has a scored final verdict on a rubric item (as ``per_item`` of
    :func:`cohort_cte` requires)."""
    bounds = "{} >= ?" + ("" if hi is None else " AND {} < ?")
    items = cohort_items(run)
    sql = (f"{bounds.format(column, column)} AND {column} IN (SELECT candidate_id FROM ({CURRENT_SCORES}) "
           f"WHERE run_id = ? AND scorer = 'final' AND status = 'scored' "
           f"AND item_id IN ({', '.join('?' * len(items))}) AND {bounds.format('candidate_id', 'candidate_id')})")
    values = [lo] if hi is None else [lo, hi]
    if only is not None:
        return f"{sql} AND {column} IN (SELECT unnest(?))", [*values, run.run_id, *items, *values, list(only)]
    return sql, [*values, run.run_id, *items, *values]


def _range_answers(conn: duckdb.DuckDBPyConnection, run: RunInfo, lo: str, hi: str | None,
                   only: Sequence[str] | None = None) -> Iterator[tuple]:
    where, params = _in_range(run, "a.candidate_id", lo, hi, only)
    return _stream(conn.cursor().execute(
        f"SELECT a.candidate_id, a.answer_id, a.transcript_id, a.seq, a.question, a.text, "
        f"a.is_small_talk, ra.question_id, ra.match_score, ra.matched_by FROM answers a "
        f"JOIN run_answers ra ON ra.answer_id = a.answer_id AND ra.answer_hash = a.content_hash "
        f"AND ra.run_id = ? WHERE {where} ORDER BY a.candidate_id, a.transcript_id, a.seq", [run.run_id, *params]))


def _range_verdicts(conn: duckdb.DuckDBPyConnection, run: RunInfo, lo: str, hi: str | None,
                    only: Sequence[str] | None = None) -> Iterator[tuple]:
    where, params = _in_range(run, "f.candidate_id", lo, hi, only)
    bounds = "candidate_id >= ?" + ("" if hi is None else " AND candidate_id < ?")
    return _stream(conn.cursor().execute(f"""WITH others AS (
            SELECT answer_id, item_id,
                   string_agg(scorer || ': ' || CASE WHEN status <> 'scored' THEN 'unscored'
                                                     ELSE coalesce({SQL_NUM.format('value')}, '–') END,
                              '; ' ORDER BY scorer) AS by_scorer
            FROM scores WHERE run_id = ? AND scorer <> 'final'
                AND answer_id IN (SELECT answer_id FROM answers WHERE {bounds})
            GROUP BY ALL
        )
        SELECT f.candidate_id, f.answer_id, f.item_kind, f.item_id, f.value, f.confidence, f.status, f.reason,
               CASE WHEN f.status = 'scored' AND (f.item_kind = 'criterion' OR f.value = 1) THEN array_to_string(
                   list_transform(from_json(f.evidence, '[{{"start": "BIGINT", "end": "BIGINT"}}]'),
                                  lambda e: e.start || ':' || e.end), ' ') END AS spans,
               o.by_scorer, f.override_id IS NOT NULL AS overridden
        FROM ({CURRENT_SCORES}) f LEFT JOIN others o USING (answer_id, item_id)
        WHERE f.run_id = ? AND f.scorer = 'final' AND {where}
        ORDER BY f.candidate_id""", [run.run_id, lo, *([hi] if hi is not None else []), run.run_id, *params]))


# -- warnings: what ingest and matching were unsure about -----------------------------------------

WARNING_KINDS = ("speaker_label_corrected", "extra_speaker", "unexpected_label", "roles_uncertain", "low_match",
                 "injection_suspected")


@dataclass
class RunWarning:
    """One warning about a run's input: the file and line it concerns, its kind and what happened."""

    path: str
    line: int | None
    kind: str
    message: str
    transcript_id: str | None
    candidate_id: str | None

    def one_line(self) -> str:
        """``path:line: message`` (as the CLI prints it)."""
        where = f"{self.path}:{self.line}" if self.line is not None else self.path
        return f"{where}: {self.message}"


def run_warnings(conn: duckdb.DuckDBPyConnection, run: RunInfo, *,
                 candidate_id: str | None = None) -> list[RunWarning]:
    """A run's warnings, by file and line: the ingest warnings of the files its answers come from
    (speaker labels corrected, extra speakers, odd labels, doubtful roles), and its answers that are
    not small talk whose question matched no rubric question or matched one with low confidence
    (similarity below the rubric's ``match_threshold`` + :data:`~evaluator.match.LOW_CONFIDENCE_MARGIN`).
    ``candidate_id`` keeps one candidate's.
    """
    from ..match import LOW_CONFIDENCE_MARGIN  # here: the matcher's module loads numpy

    threshold = run.rubric.match_threshold
    who = "AND a.candidate_id = ?" if candidate_id is not None else ""
    params: list[Any] = [run.run_id, *([candidate_id] if candidate_id is not None else [])]
    answers = (f"SELECT a.* EXCLUDE (question_id), ra.question_id, ra.match_score, ra.matched_by FROM answers a "
               f"JOIN run_answers ra ON ra.answer_id = a.answer_id AND ra.answer_hash = a.content_hash "
               f"WHERE ra.run_id = ? {who}")
    ingest = conn.execute(f"""
        SELECT w.path, w.line, w.kind, w.message, w.transcript_id, t.candidate_id FROM ingest_warnings w
        JOIN transcripts t USING (transcript_id)
        JOIN sources s ON s.source_id = t.source_id AND s.path = w.path AND s.content_hash = w.content_hash
        WHERE w.transcript_id IN (SELECT transcript_id FROM ({answers}))""", params).fetchall()
    found = [RunWarning(*row) for row in ingest]
    if run.rubric.questions:  # without questions nothing can match: no answer is singled out
        weak = conn.execute(f"""
            SELECT s.path, coalesce(tu.line, TRY_CAST(json_extract_string(a.metadata, '$.source_line') AS INTEGER)),
                   a.transcript_id, a.candidate_id, a.seq, a.question, a.question_id, a.match_score, a.matched_by
            FROM ({answers}) a
            JOIN transcripts t ON t.transcript_id = a.transcript_id
            JOIN sources s ON s.source_id = t.source_id
            LEFT JOIN turns tu ON tu.transcript_id = a.transcript_id AND tu.idx = a.turn_start
            WHERE NOT a.is_small_talk AND a.matched_by <> 'given'
              AND (a.matched_by = 'none' OR a.match_score < ?)""",
                            [*params, threshold + LOW_CONFIDENCE_MARGIN]).fetchall()
        for path, line, transcript_id, cand, seq, question, question_id, score, matched_by in weak:
            asked = " ".join(question.split())
            asked = f"{asked[:77]}…" if len(asked) > 80 else asked
            similarity = "no similarity" if score is None else f"similarity {score:.2f}"
            if matched_by == "none":
                what = (f"not matched to any rubric question ({similarity}, threshold {threshold:g}): "
                        "only rubric-wide items were scored")
            else:
                what = (f"matched to rubric question {question_id!r} with low confidence ({similarity}, "
                        f"threshold {threshold:g})")
            found.append(RunWarning(path, line, "low_match", f"{transcript_id} answer {seq} {what}; question: "
                                    f"{asked!r}", transcript_id, cand))
    found += _injection_warnings(conn, answers, params, run.run_id)
    found.sort(key=lambda w: (w.path, w.line is None, w.line or 0, w.kind))
    return found


def _injection_warnings(conn: duckdb.DuckDBPyConnection, answers: str, params: list[Any],
                        run_id: str) -> list[RunWarning]:
    """The run's answers whose judge verdicts are marked as steered by suspected prompt injection
    (evaluator.judge.injection): one warning per answer, for a reviewer to read."""
    from ..notes import INJECTION_MARK, note_detail

    rows = conn.execute(f"""
        SELECT s.path, coalesce(tu.line, TRY_CAST(json_extract_string(a.metadata, '$.source_line') AS INTEGER)),
               a.transcript_id, a.candidate_id, a.seq, min(sc.reason)
        FROM ({answers}) a
        JOIN scores sc ON sc.run_id = ? AND sc.answer_id = a.answer_id
        JOIN transcripts t ON t.transcript_id = a.transcript_id
        JOIN sources s ON s.source_id = t.source_id
        LEFT JOIN turns tu ON tu.transcript_id = a.transcript_id AND tu.idx = a.turn_start
        WHERE (sc.scorer = 'llm' OR sc.scorer LIKE 'llm@%') AND sc.status = 'scored' AND contains(sc.reason, ?)
        GROUP BY ALL""", [*params, run_id, INJECTION_MARK]).fetchall()
    return [RunWarning(path, line, "injection_suspected",
                       f"{transcript_id} answer {seq}: suspected prompt injection ({note_detail(reason)}); its judge "
                       "verdicts are for review, and 'final' follows the offline scorers where none agrees with the "
                       "judge", transcript_id, cand)
            for path, line, transcript_id, cand, seq, reason in rows]
