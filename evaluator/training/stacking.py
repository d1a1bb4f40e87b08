"""Fit the learned ``final`` (a :class:`~evaluator.scorers.stack.Stack`) for one item at training time.

Inputs are verdicts nobody could have fitted to these answers: the classifier's out-of-fold
verdicts from grouped cross-validation, and the keyword scorer's verdicts on answers its phrases
were not written from (the rubric owner declares which, e.g. ``--keyword-written-from 't0*'``).
The stack is cross-validated (grouped by candidate) on the same answers beside each single scorer;
the figures are kept in the model and printed by ``evaluator train``. When the stack does not
beat the best single scorer there, the stack is not used and ``final`` trusts that scorer first.
"""

from __future__ import annotations

from dataclasses import dataclass
from fnmatch import fnmatchcase
from typing import Any, Callable, Sequence

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold

from ..models import Verdict
from ..rubric import Criterion, Flag
from ..scorers.stack import Stack, verdict_features

MIN_STACK_EXAMPLES = 40
C_STACK = 1.0
THRESHOLDS = tuple(round(t, 2) for t in np.arange(0.25, 0.76, 0.05))


@dataclass
class StackFit:
    stack: Stack | None  # None: not enough answers, or it did not beat the best single scorer
    figures: dict[str, Any]  # cross-validated metric of the stack and of each scorer, same answers
    order: list[str]  # the stated rule's order for this item (best single scorer first)


def written_from(patterns: Sequence[str], *ids: str) -> bool:
    """Whether an answer (by any of its ids) matches one of the declared glob patterns."""
    return any(fnmatchcase(i, p) for p in patterns for i in ids if i)


def _features(kind: str, verdicts: dict[str, Verdict], scorers: Sequence[str]) -> list[float] | None:
    return verdict_features(kind, scorers, verdicts)


def _standardise(X: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    mean = X.mean(axis=0)
    scale = X.std(axis=0)
    return mean, np.where(scale > 1e-9, scale, 1.0)


def _fit(X: np.ndarray, y: np.ndarray) -> tuple[LogisticRegression, np.ndarray, np.ndarray]:
    mean, scale = _standardise(X)
    model = LogisticRegression(C=C_STACK, max_iter=2000).fit((X - mean) / scale, y)
    return model, mean, scale


def _to_stack(item: Criterion | Flag, scorers: list[str], model: LogisticRegression, mean: np.ndarray,
              scale: np.ndarray, threshold: float) -> Stack:
    kind = "flag" if isinstance(item, Flag) else "criterion"
    return Stack(item_id=item.id, item_kind=kind, scorers=list(scorers),
                 classes=[float(c) for c in model.classes_], coef=model.coef_.tolist(),
                 intercept=model.intercept_.tolist(), mean=mean.tolist(), scale=scale.tolist(),
                 threshold=threshold)


def fit_stack(item: Criterion | Flag, answer_ids: Sequence[str], groups: Sequence[str], y: np.ndarray,
              verdicts: dict[str, dict[str, Verdict]], usable: Sequence[bool],
              metric: tuple[str, Callable[[np.ndarray, np.ndarray], float]]) -> StackFit:
    """The stack for ``item`` from ``verdicts`` (scorer → answer id → verdict) on the answers
    where ``usable`` (not written from), with cross-validated figures; ``y`` the human values."""
    name, score = metric
    scorers = sorted(verdicts)
    kind = "flag" if isinstance(item, Flag) else "criterion"
    rows, X_rows = [], []
    for i, answer_id in enumerate(answer_ids):
        if not usable[i]:
            continue
        feats = _features(kind, {s: verdicts[s][answer_id] for s in scorers if answer_id in verdicts[s]}, scorers)
        if feats is not None:
            rows.append(i)
            X_rows.append(feats)
    figures: dict[str, Any] = {"metric": name, "n": len(rows), "scorers": scorers}
    if len(rows) < MIN_STACK_EXAMPLES or len(scorers) < 2 or len(set(y[rows])) < 2:
        figures["note"] = f"not stacked: {len(rows)} usable answers (needs ≥ {MIN_STACK_EXAMPLES} with 2 values)"
        return StackFit(None, figures, scorers)
    X, yy = np.asarray(X_rows), y[rows]
    g = [groups[i] for i in rows]
    singles = {s: float(score(yy, np.array([verdicts[s][answer_ids[i]].value for i in rows]))) for s in scorers}
    oof_p = _oof_probabilities(X, yy, g)
    classes = np.unique(yy)
    threshold = 0.5
    if kind == "flag" and len(classes) == 2:
        threshold = float(max(THRESHOLDS, key=lambda t: (score(yy, np.where(oof_p[:, 1] >= t, classes[1], classes[0])),
                                                   -abs(t - 0.5))))
        oof = np.where(oof_p[:, 1] >= threshold, classes[1], classes[0])
    else:
        oof = classes[oof_p.argmax(axis=1)]
    stacked = float(score(yy, oof))
    figures.update({"stack": round(stacked, 4), "single": {s: round(v, 4) for s, v in singles.items()},
                    "threshold": threshold})
    best_single = max(singles, key=lambda s: singles[s])
    order = [best_single, *[s for s in scorers if s != best_single]]
    if stacked <= singles[best_single]:  # a tie goes to the simpler rule
        figures["note"] = f"not stacked: {name} {stacked:.3f} ≤ {best_single} {singles[best_single]:.3f} in CV"
        return StackFit(None, figures, order)
    model, mean, scale = _fit(X, yy)
    stack = _to_stack(item, scorers, model, mean, scale, threshold)
    stack.figures = figures
    return StackFit(stack, figures, order)


def _oof_probabilities(X: np.ndarray, y: np.ndarray, groups: Sequence[str], n_splits: int = 5) -> np.ndarray:
    """Out-of-fold class probabilities (columns: the sorted classes of ``y``), grouped folds."""
    classes = np.unique(y)
    out = np.zeros((len(y), len(classes)))
    splits = GroupKFold(n_splits=min(n_splits, len(set(groups)))).split(X, y, groups)
    for train_idx, test_idx in splits:
        if len(set(y[train_idx])) < 2:
            out[test_idx, list(classes).index(y[train_idx][0])] = 1.0
            continue
        model, mean, scale = _fit(X[train_idx], y[train_idx])
        probs = model.predict_proba((X[test_idx] - mean) / scale)
        for j, c in enumerate(model.classes_):
            out[test_idx, list(classes).index(c)] = probs[:, j]
    return out
