"""Fit one scikit-learn model per rubric item from the human labels, with grouped cross-validation.

Hyperparameters are chosen by cross-validation grouped by candidate (or by question), so no
candidate's answers are on both sides of a split; a second grouping by question estimates how the
model does on questions it never saw. The keyword scorer is evaluated on the same answers, and the
per-item order in which ``final`` trusts the two is fitted from these figures.

The features' TF-IDF vectorizers are our numpy ones (:class:`evaluator.tfidf.Tfidf`, inside
:class:`~evaluator.classifier.features.AnswerFeatures`); scikit-learn fits the linear models, the
pipelines and the cross-validation. The result is a :class:`~.document.TrainedModel`.
"""

from __future__ import annotations

import hashlib
import json
import platform
import time
from typing import Any, Callable, Sequence

import duckdb
import numpy as np
from sklearn.linear_model import LogisticRegression, Ridge
from sklearn.metrics import f1_score, mean_absolute_error
from sklearn.model_selection import GroupKFold
from sklearn.pipeline import Pipeline

from ..calibrate.stats import cohen_kappa, ordinal_metrics
from ..classifier.features import AnswerFeatures
from ..classifier.model import is_regression, item_signature
from ..classifier.per_question import PerQuestionFeatures
from ..errors import ScorerError
from ..models import Answer, Verdict
from ..rubric import Criterion, Flag, LoadedRubric
from ..scorers.keyword import KeywordScorer
from .data import Example, training_examples
from .document import TrainedItem, TrainedModel
from .stacking import fit_stack, written_from

C_GRID = (0.3, 1.0, 3.0, 10.0)
ALPHA_GRID = (0.3, 1.0, 3.0, 10.0)
MIN_EXAMPLES = 10
PER_QUESTION_TOLERANCE = 0.01  # how much worse on unseen questions per-question features may be


def primary_metric(item: Criterion | Flag) -> tuple[str, Callable[[np.ndarray, np.ndarray], float]]:
    """The figure hyperparameters are chosen by: κ for flags, macro-F1 for categories,
    quadratic weighted κ for levels, −MAE for interval scores."""
    if isinstance(item, Flag):
        return "kappa", lambda y, p: _nan_to_zero(cohen_kappa(y, p, labels=[0.0, 1.0]))
    if item.scale == "nominal":
        return "macro_f1", lambda y, p: f1_score(y, p, average="macro", zero_division=0)
    if is_regression(item):
        return "neg_mae", lambda y, p: -mean_absolute_error(y, p)
    levels = [lv.value for lv in item.levels]
    return "qwk", lambda y, p: _nan_to_zero(cohen_kappa(y, p, weights="quadratic", labels=levels))


def _nan_to_zero(value: float) -> float:
    """A κ that is undefined on a fold (one class only) counts as no agreement beyond chance."""
    return 0.0 if np.isnan(value) else float(value)


def summary_metrics(item: Criterion | Flag, y: np.ndarray, pred: np.ndarray) -> dict[str, float]:
    """Exact agreement, MAE and the item's chance-corrected figure (κ, macro-F1 or QWK/Pearson)."""
    metrics: dict[str, float] = {"n": int(len(y)), "exact": float(np.mean(y == pred)),
                                 "mae": float(mean_absolute_error(y, pred))}
    name, fn = primary_metric(item)
    metrics[name] = fn(y, pred)
    if not is_regression(item):
        metrics["macro_f1"] = float(f1_score(y, pred, average="macro", zero_division=0))
    if isinstance(item, Criterion) and item.scale != "nominal":
        levels = [lv.value for lv in item.levels]
        snapped = np.array([item.nearest_level(float(v)) for v in y])
        ordinal = ordinal_metrics(snapped, pred, levels)
        metrics.update({k: ordinal[k] for k in ("qwk", "adjacent", "pearson", "spearman") if ordinal[k] is not None})
    return metrics


def _estimator(item: Criterion | Flag, param: float) -> Any:
    if is_regression(item):
        return Ridge(alpha=param)
    return LogisticRegression(C=param, max_iter=3000, class_weight="balanced")


def _features(item: Criterion | Flag, per_question: bool = False) -> Any:
    """The feature step: the answer's own features, plus (graded short answers, where chosen) the
    features from the graded answers of its question (:mod:`evaluator.classifier.per_question`)."""
    if not per_question:
        return AnswerFeatures()
    return PerQuestionFeatures(base=AnswerFeatures(), by_class=not is_regression(item))


def _per_question_choice(examples: list[Example], item: Criterion | Flag, group_by: str, param: float,
                         oof: np.ndarray, metric: Callable[[np.ndarray, np.ndarray], float],
                         per_question: bool | None) -> tuple[bool, dict[str, Any] | None, dict[tuple[str, bool], Any]]:
    """Whether per-question features help this item: ``(use, figures, runs)``, ``runs`` mapping
    (grouping, with per-question features) to the out-of-fold (predictions, confidences) computed
    on the way (for the caller to reuse). Candidates are graded short answers
    (``per_question=None``: rows carry a reference answer; ``True``: declared so; ``False``:
    never). They are used when, at the chosen parameter, they beat the answer features on answers
    of seen questions (folds by candidate, i.e. by answer for graded data) and lose at most
    :data:`PER_QUESTION_TOLERANCE` on unseen questions (folds by question)."""
    candidates = [e.candidate_id for e in examples]
    questions = [e.question_id or "" for e in examples]
    eligible = per_question if per_question is not None else any(e.reference for e in examples)
    if not eligible or len(set(candidates)) < 2 or len(questions) == len(set(questions)):
        return False, None, {}
    y = np.array([e.value for e in examples])

    def score(pred: np.ndarray) -> float:
        done = ~np.isnan(pred)
        return float(metric(y[done], pred[done])) if done.any() else float("nan")

    runs: dict[tuple[str, bool], Any] = {}

    def run(grouping: str, with_pq: bool) -> np.ndarray:
        if (grouping, with_pq) not in runs:
            predictions, confidences = cross_validate(examples, item, candidates if grouping == "candidate"
                                                      else questions, [param], per_question=with_pq)
            runs[(grouping, with_pq)] = predictions[param], confidences[param]
        return runs[(grouping, with_pq)][0]

    figures: dict[str, Any] = {"seen_questions": {"without": score(oof if group_by == "candidate"
                                                                   else run("candidate", False)),
                                                  "with": score(run("candidate", True))}}
    helps = figures["seen_questions"]["with"] > figures["seen_questions"]["without"]
    if len(set(questions)) >= 2:
        figures["unseen_questions"] = {"without": score(oof if group_by == "question" else run("question", False)),
                                       "with": score(run("question", True))}
        unseen = figures["unseen_questions"]
        helps = helps and unseen["with"] >= unseen["without"] - PER_QUESTION_TOLERANCE
    figures["used"] = bool(helps)
    return bool(helps), figures, runs


def _predict(estimator: Any, X: Any, item: Criterion | Flag) -> np.ndarray:
    raw = estimator.predict(X)
    if is_regression(item):
        return np.array([item.nearest_level(float(v)) for v in raw])  # type: ignore[union-attr]
    return raw


def _folds(groups: Sequence[str], n_splits: int = 5) -> list[tuple[np.ndarray, np.ndarray]]:
    distinct = len(set(groups))
    if distinct < 2:
        return []
    splitter = GroupKFold(n_splits=min(n_splits, distinct))
    return list(splitter.split(np.zeros(len(groups)), groups=groups))


def cross_validate(examples: list[Example], item: Criterion | Flag, groups: Sequence[str],
                   params: Sequence[float], per_question: bool = False
                   ) -> tuple[dict[float, np.ndarray], dict[float, np.ndarray]]:
    """Out-of-fold predictions for every parameter value (features fitted once per fold, with the
    per-question features if ``per_question``), and the probability of each predicted value (NaN
    for regression)."""
    rows = [e.row() for e in examples]
    y = np.array([e.value for e in examples])
    predictions = {p: np.full(len(y), np.nan) for p in params}
    confidences = {p: np.full(len(y), np.nan) for p in params}
    for train_idx, test_idx in _folds(groups):
        if len(set(y[train_idx])) < 2:
            for p in params:
                predictions[p][test_idx] = y[train_idx][0]
                confidences[p][test_idx] = 1.0
            continue
        features = _features(item, per_question)
        X_train = features.fit_transform([rows[i] for i in train_idx], y[train_idx])
        X_test = features.transform([rows[i] for i in test_idx])
        for p in params:
            estimator = _estimator(item, p).fit(X_train, y[train_idx])
            predictions[p][test_idx] = _predict(estimator, X_test, item)
            if not is_regression(item):
                confidences[p][test_idx] = estimator.predict_proba(X_test).max(axis=1)
    return predictions, confidences


def keyword_verdicts(rubric: LoadedRubric, item: Criterion | Flag, examples: list[Example]) -> dict[str, Verdict] | None:
    """The keyword scorer's verdicts on the training answers (None where it cannot score the item)."""
    if isinstance(item, Criterion) and not item.concepts:
        return None
    scorer = KeywordScorer(rubric.rubric)
    answers = [Answer(answer_id=e.answer_id, transcript_id="t", candidate_id=e.candidate_id, seq=1,
                      question=e.question, text=e.text, question_id=e.question_id) for e in examples]
    verdicts = {v.answer_id: v for v in scorer.score(answers, rubric.rubric, {a.answer_id: [item] for a in answers})}
    if any(e.answer_id not in verdicts or verdicts[e.answer_id].value is None for e in examples):
        return None
    return verdicts


def _classifier_verdicts(item: Criterion | Flag, examples: list[Example], values: np.ndarray,
                         confidences: np.ndarray) -> dict[str, Verdict]:
    """Out-of-fold classifier predictions in the form the scorer gives them at run time."""
    kind = "flag" if isinstance(item, Flag) else "criterion"
    return {e.answer_id: Verdict(answer_id=e.answer_id, item_kind=kind, item_id=item.id, scorer="classifier",
                                 value=float(v), confidence=None if np.isnan(c) else float(c))
            for e, v, c in zip(examples, values, confidences) if not np.isnan(v)}


def library_versions() -> dict[str, str]:
    """The versions a model was trained with (stored in it, for the record)."""
    import numpy
    import sklearn

    from .. import __version__
    return {"python": platform.python_version(), "scikit-learn": sklearn.__version__,
            "numpy": numpy.__version__, "evaluator": __version__}


def fit_item(rubric: LoadedRubric, item: Criterion | Flag, examples: list[Example], group_by: str,
             keyword_written_from: Sequence[str] = (), per_question: bool | None = None) -> TrainedItem:
    """Choose hyperparameters by grouped CV, refit on everything, compare with the keyword scorer,
    and fit the learned ``final`` (stack) on out-of-fold verdicts. ``per_question``: see
    :func:`_per_question_choice` (figures in ``cv["per_question"]`` of the result)."""
    y = np.array([e.value for e in examples])
    groups = [e.question_id or "" if group_by == "question" else e.candidate_id for e in examples]
    grid = ALPHA_GRID if is_regression(item) else C_GRID
    name, metric = primary_metric(item)
    oof, oof_confidence = cross_validate(examples, item, groups, grid)
    scored = {p: metric(y[~np.isnan(pred)], pred[~np.isnan(pred)]) for p, pred in oof.items()
              if not np.isnan(pred).all()}
    best = max(scored, key=lambda p: (scored[p], -abs(np.log(p)))) if scored else 1.0
    use_pq, pq_figures, pq_runs = (_per_question_choice(examples, item, group_by, best, oof[best], metric, per_question)
                                   if scored else (False, None, {}))
    if use_pq:  # the figures below (and the stack's inputs) describe the model that is saved
        oof[best], oof_confidence[best] = pq_runs[(group_by, True)]
    cv = summary_metrics(item, y, oof[best]) if scored else {"n": len(y), "note": "too few groups for CV"}
    cv.update({"grouped_by": group_by, "folds": len(_folds(groups)), "grid": {str(p): scored.get(p) for p in grid},
               "per_question": pq_figures})
    unseen = None
    question_groups = [e.question_id or "" for e in examples]
    if group_by != "question" and len(set(question_groups)) >= 2:
        known = pq_runs.get(("question", use_pq))
        oof_q = (known[0] if known
                 else cross_validate(examples, item, question_groups, [best], per_question=use_pq)[0][best])
        unseen = summary_metrics(item, y, oof_q) | {"grouped_by": "question"}
    keyword_by_answer = keyword_verdicts(rubric, item, examples)
    keyword = None
    combine = ["classifier", "keyword"]
    stack_json = None
    stack_figures = None
    if keyword_by_answer is not None:
        keyword_pred = np.array([keyword_by_answer[e.answer_id].value for e in examples], dtype=float)
        keyword = summary_metrics(item, y, keyword_pred)
        usable = [not written_from(keyword_written_from, e.answer_id, e.transcript_id) for e in examples]
        if scored:
            fit = fit_stack(item, [e.answer_id for e in examples], [e.candidate_id for e in examples], y,
                            {"keyword": keyword_by_answer,
                             "classifier": _classifier_verdicts(item, examples, oof[best], oof_confidence[best])},
                            usable, (name, metric))
            stack_figures = fit.figures | {"keyword_written_from": list(keyword_written_from)}
            combine = fit.order if "single" in fit.figures else combine
            stack_json = fit.stack.to_json() if fit.stack is not None else None
    pipeline = Pipeline([("features", _features(item, use_pq)), ("model", _estimator(item, best))])
    pipeline.fit([e.row() for e in examples], y)
    levels = [lv.value for lv in item.levels] if isinstance(item, Criterion) else [0.0, 1.0]
    return TrainedItem(item.id, pipeline, is_regression(item), levels, best, cv, unseen, keyword, combine,
                       len(examples), stack_json, stack_figures, sorted(e.answer_id for e in examples))


def too_few_labels(data: list[Example]) -> str | None:
    """Why an item cannot be trained on these examples (counts against the minimum), or None."""
    distinct = len({e.value for e in data})
    if len(data) >= MIN_EXAMPLES and distinct >= 2:
        return None
    return (f"{len(data)} labelled answers with {distinct} distinct value{'s' if distinct != 1 else ''}; "
            f"needs ≥ {MIN_EXAMPLES} with ≥ 2")


def train(conn: duckdb.DuckDBPyConnection, rubric: LoadedRubric, *, item_ids: Sequence[str] = (),
          group_by: str = "candidate", rater: str | None = None, keyword_written_from: Sequence[str] = (),
          progress: Callable[[str], None] | None = None, per_question: bool | None = False) -> TrainedModel:
    """Fit models for the rubric's items that have enough labels (``unresolved_labels`` of the
    result: the labels that matched no answer).

    Items without enough labels (``item_ids``, or every rubric item) are skipped, not fatal: the
    model's ``skipped`` maps each to the reason. Raises only when no item can be trained.
    ``per_question``: per-question features for graded short answers (``False``, the default:
    never; ``None``: where the answers carry a reference answer; ``True``: the data are graded short
    answers), each item using them only where cross-validation shows they help. They help where a
    question has many graded answers (docs/accuracy-graded.md, Pearson r: Beetle unseen answers
    0.610 → 0.693, Beetle 80/20 0.599 → 0.647, MIND-CA 80/20 0.787 → 0.829); on SciEntsBank and SAF
    unseen answers cross-validation declined them (unchanged). Opt-in: choosing costs extra
    cross-validation runs, and the model stores the training answers' TF-IDF vectors.
    """
    examples, unresolved = training_examples(conn, rubric, rater=rater)
    items = {c.id: c for c in rubric.rubric.criteria} | {f.id: f for f in rubric.rubric.flags}
    unknown = [i for i in item_ids if i not in items]
    if unknown:
        raise ScorerError(f"unknown item(s) {', '.join(unknown)}; the rubric has {', '.join(items)}")
    wanted = list(item_ids) or list(items)
    fitted: dict[str, TrainedItem] = {}
    skipped: dict[str, str] = {}
    for item_id in wanted:
        data = examples.get(item_id, [])
        why = too_few_labels(data)
        if why is not None:
            skipped[item_id] = why
            continue
        if progress:
            progress(item_id)
        fitted[item_id] = fit_item(rubric, items[item_id], data, group_by, keyword_written_from, per_question)
    if not fitted:
        if not examples:
            raise ScorerError("no labelled items to train on; import labels first ('evaluator labels import')")
        raise ScorerError("no item has enough labels to train: " + "; ".join(f"{i}: {why}" for i, why in skipped.items()))
    digest = hashlib.sha256(json.dumps(
        {i: [(e.answer_id, e.value) for e in examples[i]] for i in fitted}, sort_keys=True).encode()).hexdigest()
    return TrainedModel(rubric_id=rubric.rubric.id, rubric_version=rubric.rubric.version,
                        rubric_hash=rubric.content_hash, signature=item_signature(rubric.rubric), items=fitted,
                        skipped=skipped, training_data_hash=digest, group_by=group_by, rater=rater or "consensus",
                        keyword_written_from=list(keyword_written_from), libraries=library_versions(),
                        created_at=time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()), unresolved_labels=unresolved)
