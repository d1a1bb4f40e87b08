"""The learned ``final`` verdict: per item, a small logistic model over the scorers' verdicts.

Stacking (Wolpert 1992): each scorer's verdict on an (answer, item) becomes a few numbers — its
value, its confidence (for a flag: the probability of "raised" as that scorer sees it) and how
much evidence it cited — and a logistic regression trained on *out-of-fold* verdicts (the
classifier's from cross-validation, never on its own training answers; the keyword scorer's only
on answers its phrases were not written from) turns them into the final value. The model is a
handful of numbers stored as JSON in the classifier model, so applying it needs only numpy and
runs no code from the file.

Where a scorer the stack needs did not score the item, the stack does not apply and the rubric's
stated rule (priority order) decides, as it does for rubrics without labels.
"""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass, field
from typing import Any, Mapping, Sequence

import numpy as np

from ..models import Evidence, Verdict

FEATURES_PER_SCORER = ("value", "confidence", "evidence")
IN_SAMPLE = "[trained on this answer]"  # marks verdicts that calibration must not take at face value


def verdict_features(item_kind: str, scorers: Sequence[str], by_scorer: Mapping[str, Verdict]) -> list[float] | None:
    """The stack's input for one (answer, item): three numbers per scorer, in ``scorers`` order;
    None when one of them gave no scored verdict (the stack cannot apply)."""
    features: list[float] = []
    for name in scorers:
        verdict = by_scorer.get(name)
        if verdict is None or verdict.status != "scored" or verdict.value is None:
            return None
        confidence = 1.0 if verdict.confidence is None else float(verdict.confidence)
        if item_kind == "flag":  # the scorer's probability that the flag is raised
            confidence = confidence if verdict.value >= 0.5 else 1.0 - confidence
        features += [float(verdict.value), confidence, math.log1p(len(verdict.evidence))]
    return features


@dataclass
class Stack:
    """A fitted stack for one item (plain numbers: saved as JSON, applied with numpy)."""

    item_id: str
    item_kind: str  # "flag" or "criterion"
    scorers: list[str]
    classes: list[float]
    coef: list[list[float]]  # one row (binary) or one row per class (multinomial)
    intercept: list[float]
    mean: list[float]  # feature standardisation learnt on the training verdicts
    scale: list[float]
    threshold: float = 0.5  # flags: raised when P(raised) >= threshold
    figures: dict[str, Any] = field(default_factory=dict)  # cross-validated, beside each scorer's

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> "Stack":
        return cls(**dict(data))

    def probabilities(self, X: np.ndarray) -> np.ndarray:
        """Class probabilities, one row per input row, columns in ``classes`` order."""
        Z = (np.asarray(X, dtype=np.float64) - np.asarray(self.mean)) / np.asarray(self.scale)
        scores = Z @ np.asarray(self.coef, dtype=np.float64).T + np.asarray(self.intercept, dtype=np.float64)
        if len(self.classes) == 2 and scores.shape[1] == 1:
            positive = 1.0 / (1.0 + np.exp(-scores[:, 0]))
            return np.column_stack([1.0 - positive, positive])
        scores = scores - scores.max(axis=1, keepdims=True)
        exp = np.exp(scores)
        return exp / exp.sum(axis=1, keepdims=True)

    def predict(self, X: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(values, confidence of each value)."""
        probs = self.probabilities(X)
        if self.item_kind == "flag" and len(self.classes) == 2:
            raised = probs[:, 1] >= self.threshold
            values = np.where(raised, self.classes[1], self.classes[0])
            return values, np.where(raised, probs[:, 1], probs[:, 0])
        best = probs.argmax(axis=1)
        return np.asarray(self.classes)[best], probs[np.arange(len(best)), best]

    def final(self, by_scorer: Mapping[str, Verdict], features: list[float]) -> Verdict:
        """The final verdict from this stack for one (answer, item) whose features are known."""
        values, confidence = self.predict(np.asarray([features]))
        value, conf = float(values[0]), float(confidence[0])
        inputs = ", ".join(f"{name} {by_scorer[name].value:g}" for name in self.scorers)
        if self.item_kind == "flag":
            p_raised = conf if value == self.classes[-1] else 1.0 - conf
            reason = f"stacked ({inputs}): P(raised) = {p_raised:.2f}"
        else:
            reason = f"stacked ({inputs}): level {value:g} with P = {conf:.2f}"
        if any(IN_SAMPLE in by_scorer[name].reason for name in self.scorers):
            reason += f" {IN_SAMPLE}"  # an input was in-sample: so is this verdict
        first = by_scorer[self.scorers[0]]
        return Verdict(answer_id=first.answer_id, item_kind=first.item_kind, item_id=first.item_id,
                       scorer="final", value=value, confidence=round(conf, 4), status="scored",
                       reason=reason, evidence=_evidence(by_scorer, self.scorers, value))


def _evidence(by_scorer: Mapping[str, Verdict], scorers: Sequence[str], value: float) -> list[Evidence]:
    """The evidence of the first scorer that agrees with the final value (the spans a reader is
    shown), else none."""
    for name in scorers:
        verdict = by_scorer[name]
        if verdict.value == value and verdict.evidence:
            return list(verdict.evidence)
    return []


def load_stacks(data: Mapping[str, Mapping[str, Any]] | None) -> dict[str, Stack]:
    """Stacks from their JSON form (item id → stack)."""
    return {item_id: Stack.from_json(entry) for item_id, entry in (data or {}).items()}

