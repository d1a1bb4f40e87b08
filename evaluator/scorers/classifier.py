"""The ``classifier`` scorer: per-item scikit-learn models trained on human labels.

``backend="numpy"`` (the default) predicts with the numpy copy of the model (the ``.npz`` beside
the ``.joblib``; see :mod:`evaluator.classifier.portable`): the same probabilities as the
scikit-learn pipelines, from plain arrays — nothing is unpickled, so a model file cannot run code.
``backend="sklearn"`` loads the ``.joblib`` (a pickle), which needs ``trust_model=True``
(``--trust-model``). Training writes every item in numpy form, so the numpy backend needs nothing else.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable, Sequence

import numpy as np

from ..errors import ScorerError
from ..models import Answer, Verdict
from ..rubric import Criterion, Flag, LoadedRubric, Rubric
from .base import ScorerBase, option_values, register, unscored
from .stack import IN_SAMPLE, Stack, load_stacks

BUNDLED = {"ai-engineer-role": Path(__file__).resolve().parent.parent / "data" / "ai-engineer-role.classifier.joblib"}


@dataclass(frozen=True)
class ClassifierOptions:
    """The classifier scorer's options (``--classifier-model``, ``--trust-model``; ``evaluator
    assess`` asks for the numpy backend)."""

    model_path: str | Path | None = None
    backend: str = "numpy"
    trust_model: bool = False


@register("classifier")
class ClassifierScorer(ScorerBase):
    """Predicts each item with its trained model; the class probability is the confidence.

    ``model_path`` defaults to the model shipped for the rubric, if there is one. ``backend``:
    ``"numpy"`` (no pickle, no scikit-learn pipeline) or ``"sklearn"`` (the pipelines as trained);
    loading a pickle needs ``trust_model``.
    """

    name = "classifier"
    version = "1"
    parallel = True  # pure function of the answers: may run in worker processes
    Options = ClassifierOptions

    def __init__(self, rubric: Rubric, model_path: str | Path | None = None,
                 loaded_rubric: LoadedRubric | None = None, backend: str = "numpy",
                 trust_model: bool = False) -> None:
        from ..classifier.model import load_model
        path = model_path or BUNDLED.get(rubric.id)
        if path is None or not (Path(path).exists() or (backend == "numpy" and _portable(path).exists())):
            raise ScorerError(f"no classifier model for rubric {rubric.id!r}: pass --classifier-model "
                              "(train one with 'evaluator train')")
        self.model = load_model(path, loaded_rubric, backend=backend, trust=trust_model)
        self.path = str(path)
        self.backend = backend
        # the model file is part of what was scored: a new model is a new run
        self.version = f"1:{self.model['training_data_hash'][:10]}:{self.model['created_at']}"
        self.trained_on = {item: set(m.get("answer_ids", ())) for item, m in self.model["items"].items()}

    @classmethod
    def from_options(cls, rubric: Rubric, options: ClassifierOptions, *, loaded_rubric: LoadedRubric | None = None,
                     conn: Any = None) -> ClassifierScorer:
        """The model is checked against the loaded rubric (its items and levels); no database."""
        return cls(rubric, loaded_rubric=loaded_rubric, **option_values(options))

    def combine_priority(self) -> dict[str, list[str]]:
        """Per item, the scorer order fitted on labels at training time."""
        return {item_id: m["combine"] for item_id, m in self.model["items"].items()}

    def combine_stacks(self) -> dict[str, Stack]:
        """Per item, the learned final (stacked on out-of-fold verdicts at training time), where
        training kept one."""
        return load_stacks({item_id: m["stack"] for item_id, m in self.model["items"].items() if m.get("stack")})

    def score(self, answers: Sequence[Answer], rubric: Rubric,
              items: dict[str, list[Criterion | Flag]]) -> Iterable[Verdict]:
        references = {q.id: q.reference_answer or "" for q in rubric.questions}
        by_item: dict[str, list[tuple[Answer, Criterion | Flag]]] = {}
        for answer in answers:
            for item in items.get(answer.answer_id, []):
                by_item.setdefault(item.id, []).append((answer, item))
        for item_id, pairs in by_item.items():
            entry = self.model["items"].get(item_id)
            if entry is None:
                for answer, item in pairs:
                    yield unscored(answer.answer_id, item, self.name, f"the classifier model has no model for {item_id}")
                continue
            rows = [{"text": a.text, "question": a.question,
                     "reference": references.get(a.question_id or "", "") or str(a.metadata.get("reference_answer") or "")}
                    for a, _ in pairs]
            for verdict in self._predict(entry, pairs, rows):
                if verdict.answer_id in self.trained_on.get(item_id, ()):
                    verdict = verdict.model_copy(update={"reason": f"{verdict.reason} {IN_SAMPLE}"})
                yield verdict

    def _predict(self, entry: dict, pairs: list, rows: list[dict]) -> Iterable[Verdict]:
        pipeline = entry["pipeline"]
        cv = entry.get("cv", {})
        if entry["regression"]:
            raw = pipeline.predict(rows)
            for (answer, item), value in zip(pairs, raw):
                level = item.nearest_level(float(value))  # = the model's levels: checked against the rubric at load
                yield Verdict(answer_id=answer.answer_id, item_kind=_kind(item), item_id=item.id, scorer=self.name,
                              value=level, confidence=None, status="scored",
                              reason=f"predicted {float(value):.3f} → level {level:g} (CV MAE {cv.get('mae', float('nan')):.3f})")
            return
        probabilities = pipeline.predict_proba(rows)
        classes = pipeline.classes_  # scikit-learn's Pipeline and the numpy pipeline alike
        for (answer, item), probs in zip(pairs, probabilities):
            best = int(np.argmax(probs))
            value = float(classes[best])
            if isinstance(item, Flag):
                raised_p = float(probs[list(classes).index(1.0)]) if 1.0 in classes else 0.0
                reason = f"P(raised) = {raised_p:.2f}"
            else:
                label = next((lv.label for lv in item.levels if lv.value == value), "")
                reason = f"level {value:g}{' (' + label + ')' if label else ''} with P = {probs[best]:.2f}"
            yield Verdict(answer_id=answer.answer_id, item_kind=_kind(item), item_id=item.id, scorer=self.name,
                          value=value, confidence=round(float(probs[best]), 4), status="scored", reason=reason)


def _portable(path: str | Path) -> Path:
    from ..classifier.portable import portable_path
    return portable_path(path)


def _kind(item: Criterion | Flag) -> str:
    return "criterion" if isinstance(item, Criterion) else "flag"
