"""What a reviewer reads and corrects: the cohort, a candidate, an answer with every scorer's verdict
and the recorded LLM calls, and overrides of final verdicts.

Plain functions over a DuckDB connection, used by the web app (``evaluator serve``) and usable from
Python. Reads go through :data:`evaluator.store.reads.CURRENT_SCORES`, so a reviewer's override is
the final verdict here exactly as in the reports and ``export``.
"""

from __future__ import annotations

import json
import unicodedata
from dataclasses import dataclass, field
from typing import Any, NamedTuple

import duckdb

from ..errors import InputError, NotFoundError
from ..rubric import Criterion, Flag, Rubric
from .overrides import Override, insert_override, override_history, overrides_of_run
from .reads import CURRENT_SCORES, RunInfo, cohort_cte, cohort_items, run_info, scores_cte

MAX_REVIEWER_CHARS = 100
MAX_REASON_CHARS = 2000
COHORT_PAGE_SIZE = 50


# --------------------------------------------------------------------------------------------
# Cohort


@dataclass
class CohortRow:
    rank: int  # as in the reports: overall descending, unscored last, then ids
    candidate_id: str
    transcript_id: str
    overall: float | None
    values: dict[str, float]  # rubric item → aggregated final value (flags: 1 when raised on any answer)
    flags: int = 0  # flags raised
    coverage: float | None = None  # share of the rubric's criterion weight scored (0–1; see OVERALL_RULE)
    raised: list[str] = field(default_factory=list)  # the raised flags' ids
    missing: list[str] = field(default_factory=list)  # weighted criteria without a scored verdict


@dataclass
class CohortPage:
    run: RunInfo
    rows: list[CohortRow]
    sort: str
    descending: bool
    page: int
    n_pages: int
    total: int
    sort_keys: list[str] = field(default_factory=list)


def sort_keys(rubric: Rubric) -> list[str]:
    """What the cohort can be sorted by: rank, candidate, overall, flags raised, coverage and each rubric item."""
    return ["rank", "candidate", "overall", "flags", "coverage", *(c.id for c in rubric.criteria),
            *(f.id for f in rubric.flags)]


def cohort_page(conn: duckdb.DuckDBPyConnection, run_id: str | None = None, *, sort: str = "rank",
                descending: bool | None = None, page: int = 1, page_size: int = COHORT_PAGE_SIZE) -> CohortPage:
    """One page of the cohort (a row per candidate transcript), sorted in SQL.

    ``sort`` is one of :func:`sort_keys`; ``descending`` defaults to best-first for scores and to
    A→Z / rank 1 first for names and ranks. Unknown sort keys and pages are :class:`InputError`.
    """
    run = run_info(conn, run_id)
    descending = _check_sort(run, sort, descending, page)
    cte, params = cohort_cte(run)
    total = conn.execute(f"{cte} SELECT count(*) FROM ranked", params).fetchone()[0]
    n_pages = _n_pages(total, page, page_size)
    column = _sort_columns(run)[sort]
    rows = conn.execute(f"{cte} SELECT * FROM ranked ORDER BY {column} {'DESC' if descending else 'ASC'} NULLS LAST, "
                        f"rank LIMIT ? OFFSET ?", [*params, page_size, (page - 1) * page_size]).fetchall()
    return _cohort_page(run, rows, sort, descending, page, n_pages, total)


def _check_sort(run: RunInfo, sort: str, descending: bool | None, page: int) -> bool:
    """Whether to sort descending, once ``sort`` and ``page`` are known to be valid."""
    keys = sort_keys(run.rubric)
    if sort not in keys:
        raise InputError(f"cannot sort by {sort!r}; one of: {', '.join(keys)}")
    if page < 1:
        raise InputError(f"page must be 1 or more, not {page}")
    return sort not in ("rank", "candidate") if descending is None else descending


def _n_pages(total: int, page: int, page_size: int) -> int:
    n_pages = max(1, -(-total // page_size))
    if page > n_pages:
        raise NotFoundError(f"page {page} does not exist; the cohort has {n_pages} page(s)")
    return n_pages


def _sort_columns(run: RunInfo) -> dict[str, str]:
    """Sort key → column of ``ranked`` (see :func:`evaluator.store.reads.cohort_cte`)."""
    columns = {"rank": "rank", "candidate": "candidate_id", "overall": "overall", "flags": "flags",
               "coverage": "coverage"}
    columns.update({item_id: f"v{i}" for i, item_id in enumerate(cohort_items(run))})
    return columns


def _cohort_page(run: RunInfo, rows: list[tuple], sort: str, descending: bool, page: int, n_pages: int,
                 total: int) -> CohortPage:
    items = cohort_items(run)
    weighted = [c.id for c in run.rubric.criteria if c.weight > 0]
    flag_ids = {f.id for f in run.rubric.flags}
    out = []
    for r in rows:
        values = {item_id: v for item_id, v in zip(items, r[4:4 + len(items)]) if v is not None}
        out.append(CohortRow(rank=r[0], candidate_id=r[1], transcript_id=r[2], overall=r[3], values=values,
                             flags=r[4 + len(items)], coverage=r[5 + len(items)],
                             raised=[i for i in items if i in flag_ids and values.get(i) == 1],
                             missing=[c for c in weighted if c not in values]))
    return CohortPage(run=run, rows=out, sort=sort, descending=descending, page=page, n_pages=n_pages,
                      total=total, sort_keys=sort_keys(run.rubric))


# --------------------------------------------------------------------------------------------
# A candidate and an answer


@dataclass
class VerdictRow:
    item_kind: str
    item_id: str
    scorer: str
    value: float | None
    confidence: float | None
    status: str
    reason: str
    evidence: list[dict[str, Any]]
    overridden: bool = False


@dataclass
class AnswerSummary:
    answer_id: str
    transcript_id: str
    seq: int
    question: str
    question_id: str | None
    is_small_talk: bool
    text: str
    finals: dict[str, VerdictRow]


@dataclass
class CandidateView:
    run: RunInfo
    candidate_id: str
    display_name: str | None
    overall: dict[str, float | None]  # transcript → overall 0–100
    answers: list[AnswerSummary]
    coverage: dict[str, float | None] = field(default_factory=dict)  # transcript → share of the rubric scored


def _verdicts(conn: duckdb.DuckDBPyConnection, where: str, params: list[Any]) -> list[tuple[str, VerdictRow]]:
    rows = conn.execute(f"SELECT answer_id, item_kind, item_id, scorer, value, confidence, status, reason, evidence, "
                        f"override_id FROM ({CURRENT_SCORES}) WHERE {where} "
                        f"ORDER BY answer_id, item_kind, item_id, scorer = 'final', scorer", params).fetchall()
    return [(r[0], VerdictRow(item_kind=r[1], item_id=r[2], scorer=r[3], value=r[4], confidence=r[5], status=r[6],
                              reason=r[7], evidence=json.loads(r[8]) if isinstance(r[8], str) else (r[8] or []),
                              overridden=r[9] is not None)) for r in rows]


@dataclass
class LLMCall:
    call_id: str
    model: str
    endpoint: str
    output_mode: str
    sample_index: int
    attempt: int
    request: Any
    raw_response: str | None
    parsed: Any
    input_tokens: int | None
    output_tokens: int | None
    latency_ms: float | None
    cost_usd: float | None
    error: str | None
    created_at: Any


@dataclass
class ItemReview:
    item: Criterion | Flag
    kind: str
    final: VerdictRow | None
    scorers: list[VerdictRow]
    choices: list[tuple[float, str]]  # what a reviewer may set: (value, label)


@dataclass
class AnswerView:
    run: RunInfo
    answer_id: str
    answer_hash: str
    transcript_id: str
    candidate_id: str
    candidate_speaker: str | None
    seq: int
    question: str
    question_id: str | None
    matched_by: str
    match_score: float | None
    text: str
    metadata: dict[str, Any]
    items: list[ItemReview]
    llm_calls: list[LLMCall]
    overrides: list[Override]


def choices(item: Criterion | Flag) -> list[tuple[float, str]]:
    """The values a reviewer may give an item: a criterion's levels, or raised / not raised."""
    if isinstance(item, Flag):
        return [(1.0, "raised"), (0.0, "not raised")]
    return [(lv.value, f"{lv.value:g}" + (f" — {lv.label}" if lv.label else "")) for lv in item.levels]


class _AnswerRow(NamedTuple):
    """An answer of a run as both views read it."""
    answer_id: str
    answer_hash: str
    transcript_id: str
    candidate_id: str
    candidate_speaker: str | None
    seq: int
    question: str
    question_id: str | None
    matched_by: str
    match_score: float | None
    text: str
    metadata: Any  # the answer's (JSON)
    transcript_metadata: Any  # its transcript's (JSON)
    is_small_talk: bool


def _answer_rows(conn: duckdb.DuckDBPyConnection, run_id: str, where: str = "TRUE",
                 params: list[Any] | None = None) -> list[_AnswerRow]:
    return [_AnswerRow(*r) for r in conn.execute(
        "SELECT a.answer_id, a.content_hash, a.transcript_id, a.candidate_id, t.candidate_speaker, a.seq, a.question, "
        "ra.question_id, ra.matched_by, ra.match_score, a.text, a.metadata, t.metadata, a.is_small_talk FROM answers a "
        "JOIN run_answers ra ON ra.answer_id = a.answer_id AND ra.answer_hash = a.content_hash "
        f"LEFT JOIN transcripts t ON t.transcript_id = a.transcript_id WHERE ra.run_id = ? AND {where} "
        "ORDER BY a.transcript_id, a.seq", [run_id, *(params or [])]).fetchall()]


def _llm_calls(conn: duckdb.DuckDBPyConnection, run_id: str, where: str = "TRUE",
               params: list[Any] | None = None) -> list[tuple[str, LLMCall]]:
    return [(r[0], LLMCall(*r[1:7], request=_json(r[7]), raw_response=r[8], parsed=_json(r[9]), input_tokens=r[10],
                           output_tokens=r[11], latency_ms=r[12], cost_usd=r[13], error=r[14], created_at=r[15]))
            for r in conn.execute(
                "SELECT answer_id, call_id, model, endpoint, output_mode, sample_index, attempt, request, raw_response, "
                "parsed, input_tokens, output_tokens, latency_ms, cost_usd, error, created_at FROM llm_calls "
                f"WHERE run_id = ? AND {where} ORDER BY created_at, sample_index, attempt",
                [run_id, *(params or [])]).fetchall()]


def _overall(conn: duckdb.DuckDBPyConnection, run: RunInfo, where: str = "TRUE",
             params: list[Any] | None = None) -> list[tuple[str, str, float | None, float | None]]:
    """(candidate, transcript, overall 0–100, coverage) of the run's transcripts. Rounded to 9
    places: a sum of doubles depends on the order DuckDB adds them in, which differs between
    reading one candidate and reading the whole run (50.0 against 49.99999999999999)."""
    cte, cte_params = scores_cte(run)
    return conn.execute(f"{cte} SELECT candidate_id, transcript_id, round(value, 9), round(coverage, 9) "
                        f"FROM overall WHERE {where} "
                        f"ORDER BY transcript_id", [*cte_params, *(params or [])]).fetchall()


def _build_candidate(run: RunInfo, candidate_id: str, answers: list[_AnswerRow],
                     finals: dict[str, dict[str, VerdictRow]], overall: list[tuple], name: str | None) -> CandidateView:
    if not answers:
        raise NotFoundError(f"no candidate {candidate_id!r} in run {run.run_id}")
    return CandidateView(run=run, candidate_id=candidate_id, display_name=name,
                         overall={t: v for _, t, v, _ in overall},
                         answers=[AnswerSummary(a.answer_id, a.transcript_id, a.seq, a.question, a.question_id,
                                                a.is_small_talk, text=a.text, finals=finals.get(a.answer_id, {}))
                                  for a in answers],
                         coverage={t: c for _, t, _, c in overall})


def _build_answer(run: RunInfo, row: _AnswerRow, verdicts: list[VerdictRow], calls: list[LLMCall],
                  overrides: list[Override]) -> AnswerView:
    by_item: dict[str, list[VerdictRow]] = {}
    for v in verdicts:
        by_item.setdefault(v.item_id, []).append(v)
    items = []
    for item in [*run.rubric.criteria, *run.rubric.flags]:
        rows = by_item.get(item.id)
        if not rows:
            continue  # not applicable to this answer's question
        final = next((v for v in rows if v.scorer == "final"), None)
        items.append(ItemReview(item=item, kind="flag" if isinstance(item, Flag) else "criterion", final=final,
                                scorers=[v for v in rows if v.scorer != "final"], choices=choices(item)))
    # the transcript's metadata (interviews) under the answer's own (written answers: extra columns)
    metadata = {**_dict(_json(row.transcript_metadata)), **_dict(_json(row.metadata))}
    return AnswerView(run=run, answer_id=row.answer_id, answer_hash=row.answer_hash, transcript_id=row.transcript_id,
                      candidate_id=row.candidate_id, candidate_speaker=row.candidate_speaker, seq=row.seq,
                      question=row.question, question_id=row.question_id, matched_by=row.matched_by,
                      match_score=row.match_score, text=row.text, metadata=metadata, items=items, llm_calls=calls,
                      overrides=overrides)


def candidate_view(conn: duckdb.DuckDBPyConnection, candidate_id: str, run_id: str | None = None) -> CandidateView:
    """A candidate's answers in a run, with each item's final verdict."""
    run = run_info(conn, run_id)
    answers = _answer_rows(conn, run.run_id, "a.candidate_id = ?", [candidate_id])
    finals: dict[str, dict[str, VerdictRow]] = {}
    for answer_id, v in _verdicts(conn, "run_id = ? AND candidate_id = ? AND scorer = 'final'",
                                  [run.run_id, candidate_id]):
        finals.setdefault(answer_id, {})[v.item_id] = v
    name = conn.execute("SELECT display_name FROM candidates WHERE candidate_id = ?", [candidate_id]).fetchone()
    return _build_candidate(run, candidate_id, answers, finals, _overall(conn, run, "candidate_id = ?", [candidate_id]),
                            name[0] if name else None)


def answer_view(conn: duckdb.DuckDBPyConnection, answer_id: str, run_id: str | None = None) -> AnswerView:
    """One answer in a run: text, every scorer's verdict per item, the LLM calls, the overrides."""
    run = run_info(conn, run_id)
    rows = _answer_rows(conn, run.run_id, "a.answer_id = ?", [answer_id])
    if not rows:
        raise NotFoundError(f"no answer {answer_id!r} in run {run.run_id}")
    return _build_answer(run, rows[0], [v for _, v in _verdicts(conn, "run_id = ? AND answer_id = ?",
                                                                [run.run_id, answer_id])],
                         [c for _, c in _llm_calls(conn, run.run_id, "answer_id = ?", [answer_id])],
                         override_history(conn, run.run_id, answer_id))


# A run this small is read whole, once per database state, by the review app (see RunSnapshot)
SNAPSHOT_MAX_VERDICTS = 50_000


@dataclass
class RunSnapshot:
    """A whole run as the candidate and answer views read it, from one read of each table.

    Each view costs four to six queries, most of whose time is DuckDB planning them (the views go
    through CURRENT_SCORES): a few tens of milliseconds per page. A small run is read once instead
    and every page of it is then built in memory, with exactly what the per-page reads give.
    """

    run: RunInfo
    answers: dict[str, _AnswerRow]
    by_candidate: dict[str, list[_AnswerRow]]
    verdicts: dict[str, list[VerdictRow]]  # answer → every scorer's verdicts, in the views' order
    overall: dict[str, list[tuple]]  # candidate → (candidate, transcript, overall, coverage)
    names: dict[str, str | None]
    llm_calls: dict[str, list[LLMCall]]
    overrides: dict[str, list[Override]]
    ranked: list[tuple]  # the cohort's rows (``ranked`` of cohort_cte), by rank
    ranked_columns: list[str]  # their column names

    def cohort_page(self, *, sort: str = "rank", descending: bool | None = None, page: int = 1,
                    page_size: int = COHORT_PAGE_SIZE) -> CohortPage:
        """What :func:`cohort_page` gives for this run: the same order (the column with its NULLs
        last, then rank; Python compares strings by code point as DuckDB does by UTF-8 bytes)."""
        descending = _check_sort(self.run, sort, descending, page)
        n_pages = _n_pages(len(self.ranked), page, page_size)
        column = self.ranked_columns.index(_sort_columns(self.run)[sort])
        valued = [r for r in self.ranked if r[column] is not None]
        valued.sort(key=lambda r: r[column], reverse=descending)  # stable, also reversed: ties stay by rank
        ordered = valued + [r for r in self.ranked if r[column] is None]
        return _cohort_page(self.run, ordered[(page - 1) * page_size:page * page_size], sort, descending, page,
                            n_pages, len(self.ranked))

    def candidate(self, candidate_id: str) -> CandidateView:
        """What :func:`candidate_view` gives for this run."""
        answers = self.by_candidate.get(candidate_id, [])
        finals = {a.answer_id: {v.item_id: v for v in self.verdicts.get(a.answer_id, []) if v.scorer == "final"}
                  for a in answers}
        return _build_candidate(self.run, candidate_id, answers, finals,
                                self.overall.get(candidate_id, []), self.names.get(candidate_id))

    def answer(self, answer_id: str) -> AnswerView:
        """What :func:`answer_view` gives for this run."""
        row = self.answers.get(answer_id)
        if row is None:
            raise NotFoundError(f"no answer {answer_id!r} in run {self.run.run_id}")
        return _build_answer(self.run, row, self.verdicts.get(answer_id, []), self.llm_calls.get(answer_id, []),
                             self.overrides.get(answer_id, []))


def run_snapshot(conn: duckdb.DuckDBPyConnection, run_id: str | None = None,
                 max_verdicts: int = SNAPSHOT_MAX_VERDICTS) -> RunSnapshot | None:
    """The run read whole, or None when it has more than ``max_verdicts`` verdicts (its pages are
    then read one by one: a large run would not fit in memory)."""
    run = run_info(conn, run_id)
    if conn.execute("SELECT count(*) FROM scores WHERE run_id = ?", [run.run_id]).fetchone()[0] > max_verdicts:
        return None
    answers = _answer_rows(conn, run.run_id)
    by_candidate: dict[str, list[_AnswerRow]] = {}
    for a in answers:
        by_candidate.setdefault(a.candidate_id, []).append(a)
    verdicts: dict[str, list[VerdictRow]] = {}
    for answer_id, v in _verdicts(conn, "run_id = ?", [run.run_id]):
        verdicts.setdefault(answer_id, []).append(v)
    overall: dict[str, list[tuple]] = {}
    for row in _overall(conn, run):
        overall.setdefault(row[0], []).append(row)
    calls: dict[str, list[LLMCall]] = {}
    for answer_id, call in _llm_calls(conn, run.run_id):
        calls.setdefault(answer_id, []).append(call)
    cte, params = cohort_cte(run)
    cursor = conn.execute(f"{cte} SELECT * FROM ranked ORDER BY rank", params)
    ranked, ranked_columns = cursor.fetchall(), [d[0] for d in cursor.description]
    names = dict(conn.execute("SELECT candidate_id, display_name FROM candidates WHERE candidate_id IN "
                              "(SELECT candidate_id FROM answers a JOIN run_answers ra USING (answer_id) "
                              "WHERE ra.run_id = ?)", [run.run_id]).fetchall())
    return RunSnapshot(run=run, answers={a.answer_id: a for a in answers}, by_candidate=by_candidate,
                       verdicts=verdicts, overall=overall, names=names, llm_calls=calls,
                       overrides=overrides_of_run(conn, run.run_id), ranked=ranked,
                       ranked_columns=ranked_columns)


def _dict(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _json(value: Any) -> Any:
    if isinstance(value, str):
        try:
            return json.loads(value)
        except ValueError:
            return value
    return value


# --------------------------------------------------------------------------------------------
# Overrides


def _clean_text(value: str | None, what: str, limit: int) -> str:
    text = unicodedata.normalize("NFKC", value or "")
    text = "".join(ch if ch in "\n\t" or unicodedata.category(ch)[0] != "C" else " " for ch in text).strip()
    if not text:
        raise InputError(f"{what} is required")
    if len(text) > limit:
        raise InputError(f"{what} is longer than {limit} characters")
    return text


def parse_value(item: Criterion | Flag, raw: str | float | None) -> float:
    """A reviewer's value for ``item``: one of :func:`choices` by value or label, else InputError."""
    allowed = choices(item)
    text = str(raw if raw is not None else "").strip().lower()
    for value, label in allowed:
        if text and text in (label.lower(), label.split(" — ")[0].lower()):
            return value
    try:
        number = float(text)
    except ValueError:
        number = None
    if number is not None:
        for value, _ in allowed:
            if abs(value - number) < 1e-9:
                return value
    words = ", ".join(label for _, label in allowed)
    raise InputError(f"{raw!r} is not a value of {item.id}; one of: {words}")


def override_verdict(conn: duckdb.DuckDBPyConnection, *, answer_id: str, item_id: str, value: str | float,
                     reviewer: str, reason: str, run_id: str | None = None) -> Override:
    """Set the final verdict of one item of one answer, as a reviewer, with a reason.

    Appends to ``overrides`` (never updates): the previous final verdict (possibly an earlier
    override) is kept in the new row. The item must have been scored on this answer (its question
    makes it applicable); the value must be one the rubric allows.
    """
    run = run_info(conn, run_id)
    items = {i.id: i for i in [*run.rubric.criteria, *run.rubric.flags]}
    item = items.get(item_id)
    if item is None:
        raise InputError(f"the rubric has no item {item_id!r}")
    new_value = parse_value(item, value)
    reviewer = _clean_text(reviewer, "the reviewer's name", MAX_REVIEWER_CHARS)
    reason = _clean_text(reason, "a reason", MAX_REASON_CHARS)
    current = conn.execute(
        f"SELECT f.value, f.status, f.reason, ra.answer_hash FROM ({CURRENT_SCORES}) f "
        f"JOIN run_answers ra ON ra.run_id = f.run_id AND ra.answer_id = f.answer_id "
        f"WHERE f.run_id = ? AND f.answer_id = ? AND f.item_id = ? AND f.scorer = 'final'",
        [run.run_id, answer_id, item_id]).fetchone()
    if current is None:
        exists = conn.execute("SELECT count(*) FROM run_answers WHERE run_id = ? AND answer_id = ?",
                              [run.run_id, answer_id]).fetchone()[0]
        if not exists:
            raise NotFoundError(f"no answer {answer_id!r} in run {run.run_id}")
        raise InputError(f"{item_id} does not apply to answer {answer_id!r} (not scored for its question)")
    previous_value, previous_status, previous_reason, answer_hash = current
    return insert_override(conn, run_id=run.run_id, answer_id=answer_id, answer_hash=answer_hash,
                           item_kind="flag" if isinstance(item, Flag) else "criterion", item_id=item_id,
                           value=new_value, previous_value=previous_value if previous_status == "scored" else None,
                           previous_status=previous_status, previous_reason=previous_reason, reviewer=reviewer,
                           reason=reason)
