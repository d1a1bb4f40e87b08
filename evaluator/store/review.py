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
from typing import Any

import duckdb

from ..errors import InputError, NotFoundError
from ..rubric import Criterion, Flag, Rubric
from .overrides import Override, insert_override, override_history
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
    keys = sort_keys(run.rubric)
    if sort not in keys:
        raise InputError(f"cannot sort by {sort!r}; one of: {', '.join(keys)}")
    if page < 1:
        raise InputError(f"page must be 1 or more, not {page}")
    if descending is None:
        descending = sort not in ("rank", "candidate")
    cte, params = cohort_cte(run)
    items = cohort_items(run)
    columns = {"rank": "rank", "candidate": "candidate_id", "overall": "overall", "flags": "flags",
               "coverage": "coverage"}
    columns.update({item_id: f"v{i}" for i, item_id in enumerate(items)})
    direction = "DESC" if descending else "ASC"
    total = conn.execute(f"{cte} SELECT count(*) FROM ranked", params).fetchone()[0]
    n_pages = max(1, -(-total // page_size))
    if page > n_pages:
        raise NotFoundError(f"page {page} does not exist; the cohort has {n_pages} page(s)")
    rows = conn.execute(f"{cte} SELECT * FROM ranked ORDER BY {columns[sort]} {direction} NULLS LAST, rank "
                        f"LIMIT ? OFFSET ?", [*params, page_size, (page - 1) * page_size]).fetchall()
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
                      total=total, sort_keys=keys)


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


def candidate_view(conn: duckdb.DuckDBPyConnection, candidate_id: str, run_id: str | None = None) -> CandidateView:
    """A candidate's answers in a run, with each item's final verdict."""
    run = run_info(conn, run_id)
    answers = conn.execute(
        "SELECT a.answer_id, a.transcript_id, a.seq, a.question, ra.question_id, a.is_small_talk, a.text "
        "FROM answers a JOIN run_answers ra ON ra.answer_id = a.answer_id AND ra.answer_hash = a.content_hash "
        "WHERE ra.run_id = ? AND a.candidate_id = ? ORDER BY a.transcript_id, a.seq",
        [run.run_id, candidate_id]).fetchall()
    if not answers:
        raise NotFoundError(f"no candidate {candidate_id!r} in run {run.run_id}")
    finals: dict[str, dict[str, VerdictRow]] = {}
    for answer_id, v in _verdicts(conn, "run_id = ? AND candidate_id = ? AND scorer = 'final'",
                                  [run.run_id, candidate_id]):
        finals.setdefault(answer_id, {})[v.item_id] = v
    cte, params = scores_cte(run)
    rows = conn.execute(f"{cte} SELECT transcript_id, value, coverage FROM overall WHERE candidate_id = ? "
                        f"ORDER BY transcript_id", [*params, candidate_id]).fetchall()
    overall = {t: v for t, v, _ in rows}
    name = conn.execute("SELECT display_name FROM candidates WHERE candidate_id = ?", [candidate_id]).fetchone()
    return CandidateView(run=run, candidate_id=candidate_id, display_name=name[0] if name else None, overall=overall,
                         answers=[AnswerSummary(*a[:6], text=a[6], finals=finals.get(a[0], {})) for a in answers],
                         coverage={t: c for t, _, c in rows})


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


def answer_view(conn: duckdb.DuckDBPyConnection, answer_id: str, run_id: str | None = None) -> AnswerView:
    """One answer in a run: text, every scorer's verdict per item, the LLM calls, the overrides."""
    run = run_info(conn, run_id)
    row = conn.execute(
        "SELECT a.answer_id, a.content_hash, a.transcript_id, a.candidate_id, t.candidate_speaker, a.seq, a.question, "
        "ra.question_id, ra.matched_by, ra.match_score, a.text, a.metadata, t.metadata FROM answers a "
        "JOIN run_answers ra ON ra.answer_id = a.answer_id AND ra.answer_hash = a.content_hash "
        "LEFT JOIN transcripts t ON t.transcript_id = a.transcript_id WHERE ra.run_id = ? AND a.answer_id = ?",
        [run.run_id, answer_id]).fetchone()
    if row is None:
        raise NotFoundError(f"no answer {answer_id!r} in run {run.run_id}")
    by_item: dict[str, list[VerdictRow]] = {}
    for _, v in _verdicts(conn, "run_id = ? AND answer_id = ?", [run.run_id, answer_id]):
        by_item.setdefault(v.item_id, []).append(v)
    items = []
    for item in [*run.rubric.criteria, *run.rubric.flags]:
        rows = by_item.get(item.id)
        if not rows:
            continue  # not applicable to this answer's question
        final = next((v for v in rows if v.scorer == "final"), None)
        items.append(ItemReview(item=item, kind="flag" if isinstance(item, Flag) else "criterion", final=final,
                                scorers=[v for v in rows if v.scorer != "final"], choices=choices(item)))
    calls = [LLMCall(*r[:6], request=_json(r[6]), raw_response=r[7], parsed=_json(r[8]), input_tokens=r[9],
                     output_tokens=r[10], latency_ms=r[11], cost_usd=r[12], error=r[13], created_at=r[14])
             for r in conn.execute(
                 "SELECT call_id, model, endpoint, output_mode, sample_index, attempt, request, raw_response, parsed, "
                 "input_tokens, output_tokens, latency_ms, cost_usd, error, created_at FROM llm_calls "
                 "WHERE run_id = ? AND answer_id = ? ORDER BY created_at, sample_index, attempt",
                 [run.run_id, answer_id]).fetchall()]
    # the transcript's metadata (interviews) under the answer's own (written answers: extra columns)
    metadata = {**_dict(_json(row[12])), **_dict(_json(row[11]))}
    return AnswerView(run=run, answer_id=row[0], answer_hash=row[1], transcript_id=row[2], candidate_id=row[3],
                      candidate_speaker=row[4], seq=row[5], question=row[6], question_id=row[7], matched_by=row[8],
                      match_score=row[9], text=row[10], metadata=metadata,
                      items=items, llm_calls=calls, overrides=override_history(conn, run.run_id, answer_id))


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
