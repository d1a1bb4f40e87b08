"""The learned ``final``: a logistic stack over the scorers' verdicts (issue 14.1)."""

from __future__ import annotations

import numpy as np
import pytest
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import f1_score

from evaluator.training.fit import primary_metric
from evaluator.training.stacking import MIN_STACK_EXAMPLES, fit_stack, written_from
from evaluator.models import Evidence, Verdict
from evaluator.rubric import load_rubric
from evaluator.scorers import combine
from evaluator.scorers.stack import IN_SAMPLE, Stack, verdict_features

from ..conftest import RUBRIC

FLAG = next(f for f in load_rubric(RUBRIC).rubric.flags if f.id == "just_prompt_engineering")


def _verdict(answer_id: str, scorer: str, value: float | None, confidence: float | None = None,
             hits: int = 0, reason: str = "") -> Verdict:
    return Verdict(answer_id=answer_id, item_kind="flag", item_id=FLAG.id, scorer=scorer, value=value,
                   confidence=confidence, status="scored" if value is not None else "unscored",
                   reason=reason or f"{scorer} says", evidence=[Evidence(start=0, end=1, text="x")] * hits)


def _two_noisy_scorers(n: int, seed: int = 0) -> tuple[np.ndarray, dict[str, dict[str, Verdict]]]:
    """Humans' flag and two scorers that each miss a different third of the positives."""
    rng = np.random.default_rng(seed)
    y = (rng.random(n) < 0.4).astype(float)
    keyword, classifier = {}, {}
    for i, truth in enumerate(y):
        aid = f"a{i}"
        kw = truth if i % 3 != 0 else 0.0  # misses every third answer's stance
        p = 0.85 if (truth and i % 3 != 1) else 0.2 + 0.3 * rng.random()  # misses another third
        keyword[aid] = _verdict(aid, "keyword", kw, 0.8, hits=int(kw))
        classifier[aid] = _verdict(aid, "classifier", float(p >= 0.5), max(p, 1 - p))
    return y, {"keyword": keyword, "classifier": classifier}


def test_stack_beats_two_scorers_that_miss_different_cases_and_applies_with_numpy():
    y, verdicts = _two_noisy_scorers(300)
    ids = [f"a{i}" for i in range(len(y))]
    fit = fit_stack(FLAG, ids, [f"cand{i // 2}" for i in range(len(y))], y, verdicts, [True] * len(y),
                    primary_metric(FLAG))
    assert fit.stack is not None, fit.figures
    assert fit.figures["stack"] > max(fit.figures["single"].values())
    # the stored numbers reproduce scikit-learn's probabilities (refit the same model here)
    X = np.array([verdict_features("flag", fit.stack.scorers, {s: verdicts[s][a] for s in verdicts}) for a in ids])
    mean, scale = np.array(fit.stack.mean), np.array(fit.stack.scale)
    reference = LogisticRegression(C=1.0, max_iter=2000).fit((X - mean) / scale, y)
    assert np.allclose(Stack.from_json(fit.stack.to_json()).probabilities(X), reference.predict_proba((X - mean) / scale))
    finals = combine([v for s in verdicts.values() for v in s.values()], ["keyword", "classifier"],
                     stacks={FLAG.id: fit.stack})
    assert all(f.reason.startswith("stacked (") for f in finals)
    by_answer = {f.answer_id: f.value for f in finals}
    assert f1_score(y, [by_answer[a] for a in ids]) > max(
        f1_score(y, [verdicts[s][a].value for a in ids]) for s in verdicts)


def test_no_stack_when_a_single_scorer_is_as_good_and_order_puts_it_first():
    y, verdicts = _two_noisy_scorers(200)
    for i, aid in enumerate(f"a{j}" for j in range(len(y))):  # the classifier becomes perfect
        verdicts["classifier"][aid] = _verdict(aid, "classifier", y[i], 0.9)
    fit = fit_stack(FLAG, [f"a{i}" for i in range(len(y))], [f"c{i}" for i in range(len(y))], y, verdicts,
                    [True] * len(y), primary_metric(FLAG))
    assert fit.stack is None and fit.order[0] == "classifier" and "not stacked" in fit.figures["note"]


def test_answers_the_phrases_were_written_from_are_left_out():
    y, verdicts = _two_noisy_scorers(100)
    ids = [f"a{i}" for i in range(len(y))]
    usable = [not written_from(["a1*", "a2*", "a3*", "a4*", "a5*", "a6*", "a7*", "a8*"], a) for a in ids]
    fit = fit_stack(FLAG, ids, ids, y, verdicts, usable, primary_metric(FLAG))
    assert fit.figures["n"] == sum(usable) < MIN_STACK_EXAMPLES and fit.stack is None


def _stack() -> Stack:
    return Stack(item_id=FLAG.id, item_kind="flag", scorers=["classifier", "keyword"], classes=[0.0, 1.0],
                 coef=[[2.0, 1.0, 0.0, 1.5, 0.0, 0.5]], intercept=[-1.0], mean=[0.0] * 6, scale=[1.0] * 6)


def test_final_falls_back_to_the_stated_rule_when_a_stacked_scorer_did_not_score():
    verdicts = [_verdict("a", "keyword", 1.0, 0.8, hits=2), _verdict("a", "classifier", None)]
    final = combine(verdicts, ["keyword", "classifier"], stacks={FLAG.id: _stack()})[0]
    assert final.value == 1.0 and final.reason.startswith("from keyword")


def test_a_stacked_final_on_an_in_sample_verdict_is_marked_in_sample():
    verdicts = [_verdict("a", "keyword", 1.0, 0.8, hits=2),
                _verdict("a", "classifier", 1.0, 0.9, reason=f"P(raised) = 0.90 {IN_SAMPLE}")]
    final = combine(verdicts, ["keyword", "classifier"], stacks={FLAG.id: _stack()})[0]
    assert final.reason.startswith("stacked (") and IN_SAMPLE in final.reason
    assert final.evidence == verdicts[0].evidence  # the spans shown come from a scorer that agrees


@pytest.mark.parametrize("value,confidence,expected", [(1.0, 0.8, 0.8), (0.0, 0.8, pytest.approx(0.2)),
                                                       (1.0, None, 1.0)])
def test_a_flag_verdict_becomes_its_probability_of_raised(value, confidence, expected):
    features = verdict_features("flag", ["keyword"], {"keyword": _verdict("a", "keyword", value, confidence, 3)})
    assert features == [value, expected, pytest.approx(np.log1p(3))]
