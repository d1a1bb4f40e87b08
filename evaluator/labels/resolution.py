"""Resolve human labels to answers, and say why a label does not resolve.

A label names its answer by ``answer_id``, or by ``transcript_id`` + ``question_id`` (the rubric
question the answer responds to: what a reviewer reading a transcript knows). It is used only when
its item is in the rubric, its value is one of the item's, and it names exactly one answer among
those in scope (a run's answers for calibration, every stored answer for import and training).
Every other label becomes an :class:`UnresolvedLabel` with a reason: none is dropped without a word.

:func:`reference_values` then gives each labelled (answer, item) one human reference value (one
rater's, or the :func:`consensus` of all): the one place that decides it.
"""

from __future__ import annotations

import statistics
from collections import Counter, defaultdict
from dataclasses import asdict, dataclass, field
from typing import Any, Iterable, Literal

import duckdb

from ..rubric import Criterion, Flag, Rubric
from ..store.labelstore import answers_against_run, answers_named, known_transcripts

LabelValues = dict[tuple[str, str], dict[str, float]]

Reason = Literal["bad_row", "unknown_item", "bad_value", "unknown_answer", "unknown_transcript",
                 "unknown_question", "no_answer", "ambiguous", "not_in_run", "changed_since_run",
                 "changed_since_labelled", "duplicate"]

# What each reason means, for summaries ("3 ambiguous: …").
REASONS: dict[str, str] = {
    "bad_row": "the row cannot be read",
    "unknown_item": "the item is not in the rubric",
    "bad_value": "the value is not one of the item's",
    "unknown_answer": "no answer has this answer_id",
    "unknown_transcript": "no transcript has this transcript_id",
    "unknown_question": "the question_id is not in the rubric",
    "no_answer": "no answer of the transcript responds to the question",
    "ambiguous": "several answers of the transcript respond to the question; name one with answer_id",
    "not_in_run": "the answer is not in the run",
    "changed_since_run": "the answer changed since the run scored it; score it again",
    "changed_since_labelled": "the answer changed since it was labelled; check the label and import it again",
    "duplicate": "the rater labelled this (answer, item) twice; the first label is used",
}


@dataclass(frozen=True)
class UnresolvedLabel:
    """A label that does not resolve to exactly one usable (answer, item), and why."""

    source: str
    row_number: int | None  # data row in the source file (1 = first row after the header)
    rater: str
    item_id: str
    reason: Reason
    detail: str  # the specific case, e.g. which answers a question matches
    answer_id: str | None = None
    transcript_id: str | None = None
    question_id: str | None = None

    def line(self) -> str:
        """``source row N: detail [item, reason]`` on one line."""
        where = f"{self.source} row {self.row_number}" if self.row_number is not None else self.source
        return f"{where}: {self.detail} [item {self.item_id or '?'}, {self.reason}]".replace("\n", " ")

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def count_by_reason(unresolved: Iterable[UnresolvedLabel]) -> dict[str, int]:
    """Reason → how many, most frequent first."""
    return dict(Counter(u.reason for u in unresolved).most_common())


def reasons_text(counts: dict[str, int]) -> str:
    """``"3 ambiguous, 1 not_in_run"`` (empty when there is nothing)."""
    return ", ".join(f"{n} {reason}" for reason, n in counts.items())


@dataclass
class AnswerIndex:
    """The answers labels may resolve to, and enough about the others to say why one does not."""

    scope: str                                   # "run run-…" ("" for every stored answer), for messages
    by_key: dict[tuple[str, str], list[str]]     # (transcript, matched rubric question) → answers in scope
    in_scope: set[str]                           # answers a label may resolve to
    hashes: dict[str, str] = field(default_factory=dict)     # every stored answer → its content hash
    transcripts: set[str] | None = None          # every stored transcript (None: not known)
    scope_transcripts: set[str] = field(default_factory=set)  # transcripts with an answer in scope
    stale: set[str] = field(default_factory=set)  # in the run, but changed since it was scored
    stale_transcripts: set[str] = field(default_factory=set)
    questions: set[str] | None = None             # the rubric's question ids (None: not checked)


def run_index(conn: duckdb.DuckDBPyConnection, run_id: str, questions: set[str] | None = None) -> AnswerIndex:
    """Labels against a run: its answers as it scored them, matched to questions as it matched them."""
    transcripts: set[str] = set()
    index = AnswerIndex(scope=f"run {run_id}", by_key=defaultdict(list), in_scope=set(), transcripts=transcripts,
                        questions=questions)
    for answer_id, transcript_id, content_hash, run_hash, question_id in answers_against_run(conn, run_id):
        index.hashes[answer_id] = content_hash
        transcripts.add(transcript_id)
        if run_hash is None:
            continue
        if run_hash != content_hash:
            index.stale.add(answer_id)
            index.stale_transcripts.add(transcript_id)
            continue
        index.in_scope.add(answer_id)
        index.scope_transcripts.add(transcript_id)
        if question_id:
            index.by_key[(transcript_id, question_id)].append(answer_id)
    return index


def database_index(conn: duckdb.DuckDBPyConnection, rubric: Rubric | None, transcript_ids: Iterable[str],
                   answer_ids: Iterable[str]) -> AnswerIndex:
    """Labels against the stored answers (at import): the named transcripts' answers are matched to
    ``rubric``'s questions as a run matches them; without a rubric, ``by_key`` stays empty."""
    transcripts, answers = sorted(set(transcript_ids)), sorted(set(answer_ids))
    index = AnswerIndex(scope="", by_key=defaultdict(list), in_scope=set(),
                        questions={q.id for q in rubric.questions} if rubric else None)
    rows = answers_named(conn, transcripts, answers)
    index.transcripts = known_transcripts(conn, transcripts)
    index.scope_transcripts = set(index.transcripts)
    for row in rows:
        index.hashes[row.answer_id] = row.content_hash
        index.in_scope.add(row.answer_id)
    if rubric is not None and transcripts:
        from ..match import QuestionMatcher
        from ..models import Answer
        wanted = [Answer(answer_id=r.answer_id, transcript_id=r.transcript_id, candidate_id=r.candidate_id,
                         seq=r.seq, question=r.question, text="", question_id=r.question_id,
                         is_small_talk=r.is_small_talk) for r in rows if r.transcript_id in index.transcripts]
        for answer, match in zip(wanted, QuestionMatcher(rubric).match_many(wanted)):
            if match.question_id:
                index.by_key[(answer.transcript_id, match.question_id)].append(answer.answer_id)
    return index


def resolve_answer(answer_id: str | None, transcript_id: str | None, question_id: str | None,
                   index: AnswerIndex) -> tuple[str | None, Reason | None, str]:
    """(answer, None, "") when the reference names exactly one answer in scope, else (None, reason, detail)."""
    if answer_id is not None:
        if answer_id in index.in_scope:
            return answer_id, None, ""
        if answer_id in index.stale:
            return None, "changed_since_run", f"answer {answer_id!r} changed since {index.scope} scored it; score it again"
        if answer_id in index.hashes:
            return None, "not_in_run", f"answer {answer_id!r} is not in {index.scope}"
        return None, "unknown_answer", f"unknown answer_id {answer_id!r} (ingest the answers first)"
    found = index.by_key.get((transcript_id or "", question_id or ""), [])
    if len(found) == 1:
        return found[0], None, ""
    if found:
        # e.g. a follow-up the segmenter took for a new question split one answer in two
        return None, "ambiguous", (f"{len(found)} answers of transcript {transcript_id!r} respond to question "
                                   f"{question_id!r} ({', '.join(found)}); name the right one with answer_id")
    if index.transcripts is not None and transcript_id not in index.transcripts:
        return None, "unknown_transcript", f"unknown transcript_id {transcript_id!r}"
    if index.questions is not None and question_id not in index.questions:
        return None, "unknown_question", f"unknown question_id {question_id!r} (not a question of the rubric)"
    if transcript_id not in index.scope_transcripts:
        if transcript_id in index.stale_transcripts:
            return None, "changed_since_run", (f"transcript {transcript_id!r} changed since {index.scope} scored it; "
                                               "score it again")
        return None, "not_in_run", f"transcript {transcript_id!r} is not in {index.scope}"
    where = f" in {index.scope}" if index.scope else ""
    return None, "no_answer", (f"no answer of transcript {transcript_id!r} was matched to question {question_id!r}"
                               f"{where}; name the answer with answer_id")


def item_value(item: Criterion | Flag | None, item_id: str, value: float | None, raw: str | None
               ) -> tuple[float | None, Reason | None, str]:
    """(numeric value, None, "") for a label of ``item``, else (None, reason, detail).

    Category names of nominal items become their level values; criteria values must lie within
    the item's levels, flags must be 0 or 1.
    """
    raw = raw if raw is not None else ("" if value is None else f"{value:g}")
    if item is None:
        return None, "unknown_item", f"unknown item {item_id!r}"
    if isinstance(item, Criterion):
        # a category name (nominal items, or any level written by its label)
        level = item.level_for_label(raw) if raw and (item.scale == "nominal" or value is None) else None
        if level is not None:
            return level.value, None, ""
        if value is None:
            names = ", ".join(lv.label or f"{lv.value:g}" for lv in item.levels)
            return None, "bad_value", f"value {raw!r} is not a level of {item.id} (expected one of {names})"
        if not item.min_value <= value <= item.max_value:
            return None, "bad_value", f"value {value:g} is outside {item.id}'s range {item.min_value:g}–{item.max_value:g}"
        return value, None, ""
    if value not in (0.0, 1.0):
        return None, "bad_value", f"value {raw!r} for flag {item.id} must be 1 (raised) or 0"
    return value, None, ""


@dataclass
class Resolution:
    """Stored labels resolved against an :class:`AnswerIndex`."""

    values: LabelValues                                        # (answer, item) → {rater: value}
    labelled: Counter = field(default_factory=Counter)         # rater → labels seen
    used: Counter = field(default_factory=Counter)             # rater → labels resolved
    unresolved: list[UnresolvedLabel] = field(default_factory=list)

    def usage(self, raters: Iterable[str]) -> dict[str, dict[str, Any]]:
        """Per rater: labels seen, used, and the rest counted by reason."""
        return {r: {"labelled": self.labelled[r], "used": self.used[r],
                    "unresolved": count_by_reason(u for u in self.unresolved if u.rater == r)} for r in raters}


def resolve_stored(labels: Iterable[dict[str, Any]], items: dict[str, Criterion | Flag],
                   index: AnswerIndex) -> Resolution:
    """Resolve stored label rows (see :func:`evaluator.store.labelstore.stored_labels`).

    A label whose answer changed since it was imported (its ``answer_hash`` differs) is not used:
    re-segmenting a transcript renumbers its answers, so the id may now name another answer.
    """
    out = Resolution(values=defaultdict(dict))
    first: dict[tuple[str, str, str], dict[str, Any]] = {}
    for label in labels:
        rater, item_id = label["rater"], label["item_id"]
        out.labelled[rater] += 1

        def miss(reason: Reason, detail: str, answer: str | None = None) -> None:
            out.unresolved.append(UnresolvedLabel(
                str(label.get("source") or ""), label.get("row_number"), rater, item_id, reason, detail,
                answer or label.get("answer_id"), label.get("transcript_id"), label.get("question_id")))

        item = items.get(item_id)
        value, reason, detail = item_value(item, item_id, label.get("value"), label.get("raw_value"))
        if reason is not None or item is None:
            miss(reason or "unknown_item", detail)
            continue
        answer_id, reason, detail = resolve_answer(label.get("answer_id"), label.get("transcript_id"),
                                                   label.get("question_id"), index)
        if answer_id is None:
            miss(reason or "unknown_answer", detail)
            continue
        labelled_hash, current_hash = label.get("answer_hash"), index.hashes.get(answer_id)
        if labelled_hash and current_hash and labelled_hash != current_hash:
            miss("changed_since_labelled", f"answer {answer_id!r} changed since it was labelled; check the label "
                 "still applies and import it again", answer_id)
            continue
        key = (answer_id, item.id, rater)
        if key in first:
            earlier = first[key]
            miss("duplicate", f"{rater} already labelled {item.id} of {answer_id!r} ({earlier.get('source')} row "
                 f"{earlier.get('row_number')}); only that label is used", answer_id)
            continue
        first[key] = label
        out.values[(answer_id, item.id)][rater] = value  # type: ignore[assignment]
        out.used[rater] += 1
    return out


def consensus(values: list[float], item: Criterion | Flag) -> float:
    """One value from several raters: the median at the nearest level for levels
    (:meth:`~evaluator.rubric.Criterion.nearest_level`: halfway goes up), the mean for interval
    scores, the majority for flags and categories (ties go to the larger value: "raised")."""
    if len(values) == 1:
        return values[0]
    if isinstance(item, Flag) or item.scale == "nominal":
        counts = {v: values.count(v) for v in set(values)}
        return max(counts, key=lambda v: (counts[v], v))
    if item.scale == "interval":
        return statistics.fmean(values)
    return item.nearest_level(statistics.median(values))


def item_level(item: Criterion | Flag, value: float) -> float:
    """``value`` at the item's nearest level, for figures computed over levels: a criterion's
    :meth:`~evaluator.rubric.Criterion.nearest_level`; a flag's levels are 0 and 1, with the same
    tie rule (0.5 is raised)."""
    if isinstance(item, Criterion):
        return item.nearest_level(value)
    return 1.0 if value >= 0.5 else 0.0


@dataclass
class References:
    """One reference value per labelled (answer, item), and the labels behind it."""

    values: dict[tuple[str, str], float]  # (answer, item) → the reference value (not snapped to a level)
    raters: LabelValues                   # (answer, item) → {rater: value}, every rater's resolved label
    resolution: Resolution                # how every label resolved (used, unresolved and why)


def reference_values(labels: Iterable[dict[str, Any]], items: dict[str, Criterion | Flag], index: AnswerIndex,
                     rater: str | None = None) -> References:
    """Resolve labels (stored label rows, see :func:`resolve_stored`) against ``index`` (a run's
    answers: :func:`run_index`) and give each labelled (answer, item) its one reference value:
    ``rater``'s label where that rater gave one, else (``rater`` None) the :func:`consensus` of
    every rater's. Calibration, training, the audit and ``labels check`` all take the human
    reference from here, so they agree on it.

    Every label is resolved, whatever ``rater``: the other raters' labels are still in
    ``raters`` (for the human–human baseline) and their problems in ``resolution``.
    """
    resolution = resolve_stored(labels, items, index)
    values: dict[tuple[str, str], float] = {}
    for key, by_rater in resolution.values.items():
        if rater is None:
            values[key] = consensus(list(by_rater.values()), items[key[1]])
        elif rater in by_rater:
            values[key] = by_rater[rater]
    return References(values, resolution.values, resolution)
