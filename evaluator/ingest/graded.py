"""The graded-dataset layout (``dataset,split,question_id,question,reference_answer,answer_id,
answer,label,score,score_min,score_max,rater``): short answers with human grades.

One row per (answer, rater): the answer is ingested once, every row can carry a label. There is
no candidate: each answer is its own candidate, and calibration clusters by question instead.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Iterable, Iterator

GRADED_REQUIRED = ("dataset", "question_id", "question", "answer_id", "answer")
LABEL_COLUMNS = ("label", "score", "rater")


def is_graded_header(header: Iterable[str]) -> bool:
    """Whether a CSV header is the graded-dataset layout (and not our written-answers layout)."""
    columns = set(header)
    return set(GRADED_REQUIRED) <= columns and bool({"label", "score"} & columns) and "candidate_id" not in columns


@dataclass
class GradedLabel:
    """One human grade from a graded-dataset row."""

    row_number: int
    answer_id: str
    question_id: str
    rater: str
    label: str
    score: str
    score_min: str
    score_max: str


def split_graded_rows(rows: Iterable[tuple[int, int, dict[str, Any]]], labels: list[GradedLabel]
                      ) -> Iterator[tuple[int, int, dict[str, Any]]]:
    """Yield each answer once as a written-answer row; collect every row's grade into ``labels``.

    A repeated answer_id with the same text is another rater's grade of the same answer; with a
    different text it is passed on, so the written-answer parser reports the duplicated id.
    """
    seen: dict[str, str] = {}
    for row_number, line, data in rows:
        if "__shape_error__" in data:
            yield row_number, line, data
            continue
        answer_id = (data.get("answer_id") or "").strip()
        label, score = (data.get("label") or "").strip(), (data.get("score") or "").strip()
        if answer_id and (label or score):
            labels.append(GradedLabel(row_number, answer_id, (data.get("question_id") or "").strip(),
                                      (data.get("rater") or "").strip() or "gold", label, score,
                                      (data.get("score_min") or "").strip(), (data.get("score_max") or "").strip()))
        text = (data.get("answer") or "").strip()
        if answer_id in seen and seen[answer_id] == text:
            continue
        seen.setdefault(answer_id, text)
        row = {k: v for k, v in data.items() if k not in LABEL_COLUMNS}
        row["candidate_id"] = answer_id
        yield row_number, line, row
