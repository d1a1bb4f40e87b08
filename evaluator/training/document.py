"""The trained model as a typed document: what ``train`` returns, saves and reports.

:class:`TrainedItem` is one rubric item's fitted pipeline with its cross-validated figures, the
keyword scorer's on the same answers and the learned ``final``; :class:`TrainedModel` is the
model's metadata with those items. Two views of it leave this module, each with its keys in the
order they always had (the ``.npz`` stores the saved view as JSON, and its bytes should not move):

* :meth:`TrainedModel.to_dict` — the model as the ``.joblib`` holds it (plain dicts, the
  pipelines included), which :func:`evaluator.classifier.model.save_model` writes and
  ``classifier/`` loads without knowing this module (it sits below training);
* :meth:`TrainedModel.to_json` — the report ``evaluator train --json`` prints.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..classifier.pickled import FORMAT


@dataclass
class TrainedItem:
    """One item's fitted pipeline and the figures that chose and describe it.

    ``params``: the chosen C (classifiers) or alpha (regression); ``cv``: grouped
    cross-validation figures (with the grid and the per-question choice); ``cv_unseen_questions``:
    the same by question, where the model was not already grouped so; ``keyword``: the keyword
    scorer's figures on the same answers (None where it cannot score the item); ``combine``: the
    order ``final`` trusts the scorers in; ``stack``: the learned final (its JSON), where kept;
    ``stack_figures``: the figures that decided it; ``answer_ids``: the training answers, sorted.
    """

    item_id: str
    pipeline: Any
    regression: bool
    levels: list[float]
    params: float | None
    cv: dict[str, Any]
    cv_unseen_questions: dict[str, Any] | None
    keyword: dict[str, Any] | None
    combine: list[str]
    n: int
    stack: dict[str, Any] | None = None
    stack_figures: dict[str, Any] | None = None
    answer_ids: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """The item as the model file holds it (the pipeline included)."""
        return {"pipeline": self.pipeline, "regression": self.regression, "levels": self.levels,
                "params": self.params, "cv": self.cv, "cv_unseen_questions": self.cv_unseen_questions,
                "keyword": self.keyword, "combine": self.combine, "n": self.n, "stack": self.stack,
                "stack_figures": self.stack_figures, "answer_ids": self.answer_ids}

    def to_json(self) -> dict[str, Any]:
        """The item in ``train --json`` (``stack`` there is the figures, not the learned final)."""
        return {"n": self.n, "params": self.params, "cv": self.cv, "cv_unseen_questions": self.cv_unseen_questions,
                "keyword": self.keyword, "combine": self.combine, "stack": self.stack_figures}


@dataclass
class TrainedModel:
    """A trained classifier model: its metadata and its items (in training order).

    ``skipped`` maps the items that had too few labels to the reason; ``unresolved_labels``
    counts the labels that matched no answer (reported, not saved); ``rater`` is the rater
    trained on, or ``"consensus"``.
    """

    rubric_id: str
    rubric_version: Any
    rubric_hash: str
    signature: dict[str, list[float]]
    items: dict[str, TrainedItem]
    skipped: dict[str, str]
    training_data_hash: str
    group_by: str
    rater: str
    keyword_written_from: list[str]
    libraries: dict[str, str]
    created_at: str
    unresolved_labels: int = 0
    format: str = FORMAT

    def to_dict(self) -> dict[str, Any]:
        """The model as the ``.joblib`` holds it (and, without the pipelines, the ``.npz``'s metadata)."""
        return {"format": self.format, "rubric_id": self.rubric_id, "rubric_version": self.rubric_version,
                "rubric_hash": self.rubric_hash, "signature": self.signature,
                "items": {item_id: item.to_dict() for item_id, item in self.items.items()},
                "skipped": self.skipped, "training_data_hash": self.training_data_hash, "group_by": self.group_by,
                "rater": self.rater, "keyword_written_from": self.keyword_written_from, "libraries": self.libraries,
                "created_at": self.created_at}

    def to_json(self, output: str) -> dict[str, Any]:
        """What ``evaluator train --json`` prints, for the model saved to ``output``."""
        return {"output": output, "unresolved_labels": self.unresolved_labels, "skipped": self.skipped,
                "items": {item_id: item.to_json() for item_id, item in self.items.items()}}
