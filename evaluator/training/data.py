"""Training examples: human labels joined to answers, one reference value per (answer, item)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

import duckdb

from ..labels.resolution import AnswerIndex, reference_values
from ..match import QuestionMatcher
from ..models import Answer
from ..rubric import LoadedRubric
from ..store.labelstore import stored_labels
from ..store.pending import all_answers


@dataclass
class Example:
    answer_id: str
    transcript_id: str
    candidate_id: str
    question_id: str | None
    text: str
    question: str
    reference: str
    value: float
    n_raters: int

    def row(self) -> dict:
        return {"text": self.text, "question": self.question, "reference": self.reference}


def load_answers(conn: duckdb.DuckDBPyConnection) -> list[Answer]:
    """Every stored answer, in answer id order (:func:`evaluator.store.pending.all_answers`)."""
    return all_answers(conn)


def training_examples(conn: duckdb.DuckDBPyConnection, rubric: LoadedRubric, *, rater: str | None = None
                      ) -> tuple[dict[str, list[Example]], int]:
    """Examples per item from the labels in the database; returns (examples, labels not resolved).

    Labels naming transcript + question are resolved by matching answers to the rubric's questions
    exactly as scoring does. The value is ``rater``'s label, or the consensus of every rater
    (:func:`~evaluator.labels.resolution.reference_values`).
    """
    items = {c.id: c for c in rubric.rubric.criteria} | {f.id: f for f in rubric.rubric.flags}
    answers = {a.answer_id: a for a in load_answers(conn)}
    matcher = QuestionMatcher(rubric.rubric)
    matched: dict[str, str | None] = {}
    by_key: dict[tuple[str, str], list[str]] = defaultdict(list)
    for answer in answers.values():
        qid = matcher.match(answer).question_id
        matched[answer.answer_id] = qid
        if qid:
            by_key[(answer.transcript_id, qid)].append(answer.answer_id)
    references = {q.id: q.reference_answer or "" for q in rubric.rubric.questions}
    # no run: every stored answer is in scope, as matched above
    index = AnswerIndex(scope="the answers", by_key=by_key, in_scope=set(answers),
                        scope_transcripts={t for t, _ in by_key})
    # only the rater's labels are resolved, so 'unresolved' counts that rater's alone
    labels = [label for label in stored_labels(conn) if not rater or label["rater"] == rater]
    refs = reference_values(labels, items, index, rater)
    examples: dict[str, list[Example]] = defaultdict(list)
    for (answer_id, item_id), value in sorted(refs.values.items()):
        answer = answers[answer_id]
        qid = matched[answer_id]
        reference = references.get(qid or "", "") or str(answer.metadata.get("reference_answer") or "")
        examples[item_id].append(Example(answer_id, answer.transcript_id, answer.candidate_id, qid, answer.text,
                                         answer.question, reference, value, len(refs.raters[(answer_id, item_id)])))
    return dict(examples), len(refs.resolution.unresolved)
