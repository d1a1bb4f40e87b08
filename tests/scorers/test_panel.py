"""The scorer panel: typed options, the abilities every registered scorer has, and score →
complete → combine with the guard (real scorers registered through the public registry)."""

from __future__ import annotations

import pytest

from evaluator.errors import ScorerError, ScorerStopped
from evaluator.models import Answer
from evaluator.rubric import load_rubric
from evaluator.scorers import ScorerBase, ScorerPanel, build_scorer, make_scorer, register
from evaluator.scorers.classifier import ClassifierOptions

from ..conftest import RUBRIC


@register("panel_plain")
class Plain:
    """Written to the bare protocol (no base class): registered with the base's defaults."""

    version = "1"

    def __init__(self, rubric, **context):
        self.context = context

    def score(self, answers, rubric, items):
        return []  # nothing: the panel completes every item as unscored


@register("panel_stops")
class Stops(ScorerBase):
    version = "1"
    batch_size = 900

    def __init__(self, rubric) -> None:
        pass

    def score(self, answers, rubric, items):
        raise ScorerStopped("stopped: budget spent")


@register("panel_fails")
class Fails(ScorerBase):
    version = "1"

    def __init__(self, rubric) -> None:
        pass

    def score(self, answers, rubric, items):
        raise ScorerError("endpoint unreachable")


@pytest.fixture(scope="module")
def loaded():
    return load_rubric(RUBRIC)


def _batch(loaded):
    answer = Answer(answer_id="a1", transcript_id="t", candidate_id="c", seq=0, question="q",
                    text="I would pick a small model and measure latency and cost on our evals.")
    return [answer], {"a1": loaded.rubric.items_for(None)}


def test_unknown_options_are_errors_not_swallowed(loaded):
    with pytest.raises(ScorerError, match="the keyword scorer has no option 'model_path'; its options: none"):
        make_scorer("keyword", loaded.rubric, model_path="m.joblib")
    with pytest.raises(ScorerError, match="has no option 'trust'; its options: model_path, backend, trust_model"):
        ScorerPanel.build(["classifier"], loaded, options={"classifier": {"trust": True}})
    with pytest.raises(ScorerError, match="panel_plain scorer has no option 'x'"):
        build_scorer("panel_plain", loaded.rubric, {"x": 1})
    with pytest.raises(ScorerError, match="unknown scorer 'nope'"):
        make_scorer("nope", loaded.rubric)
    # options for a scorer the panel does not run are not used (the CLI passes --classifier-model along)
    assert ScorerPanel.build(["keyword"], loaded, options={"classifier": {"model_path": "x"}}).names == ["keyword"]
    typed = build_scorer("classifier", loaded.rubric, ClassifierOptions(backend="numpy"), loaded_rubric=loaded)
    assert typed.backend == "numpy"


def test_every_registered_scorer_has_the_abilities(loaded):
    plain = build_scorer("panel_plain", loaded.rubric, loaded_rubric=loaded, conn="db")
    assert isinstance(plain, Plain) and isinstance(plain, ScorerBase)
    assert plain.context == {"loaded_rubric": loaded, "conn": "db"}  # built as before the panel
    assert (plain.parallel, plain.batch_size, plain.last_stats) == (False, 0, None)
    assert plain.combine_priority() == {} and plain.combine_stacks() == {} and plain.bind_run("run-x") is None
    panel = ScorerPanel.build(["keyword", "classifier"], loaded)
    assert panel.parallel and panel.batch_size == 0 and panel.stats is None
    assert not ScorerPanel.build(["keyword", "panel_stops"], loaded).parallel
    assert ScorerPanel.build(["keyword", "panel_stops"], loaded).batch_size == 900


def test_score_completes_guards_and_combines(loaded):
    panel = ScorerPanel.build(["panel_fails", "panel_plain", "panel_stops", "keyword"], loaded)
    answers, items = _batch(loaded)
    n = len(items["a1"])
    scored = panel.score(answers, items, panel.combine_rule())
    reasons = {}
    for v in scored.verdicts:
        reasons.setdefault(v.scorer, set()).add((v.status, v.reason))
    assert reasons["panel_fails"] == {("unscored", "scorer failed: endpoint unreachable")}
    assert reasons["panel_plain"] == {("unscored", "scorer returned no verdict for this item")}
    assert reasons["panel_stops"] == {("unscored", "not scored: stopped: budget spent")}
    assert len(scored.verdicts) == 4 * n and len(scored.finals) == n
    assert scored.stopped == "stopped: budget spent"
    assert [(f.scorer, f.stopped) for f in scored.failures] == [("panel_fails", False), ("panel_stops", True)]
    assert all(v.scorer == "final" and v.reason.startswith("from keyword: ") for v in scored.finals)


def test_combine_rule_fitted_orders_and_stacks(loaded):
    panel = ScorerPanel.build(["keyword", "classifier"], loaded)
    rule = panel.combine_rule()
    assert set(rule.stacks) == {"just_prompt_engineering", "no_model_tradeoffs"}  # the bundled model's
    fitted = panel.combine_rule({"no_model_tradeoffs": ["keyword", "classifier"]})
    assert fitted.per_item["no_model_tradeoffs"] == ["keyword", "classifier"]
    assert set(fitted.stacks) == {"just_prompt_engineering"}  # an order fitted on the run wins over the stack
    assert panel.combine_rule(learned=False).stacks == {}
    # a stack applies only to the scorers it was trained on
    assert ScorerPanel.build(["keyword", "classifier", "panel_plain"], loaded).combine_rule().stacks == {}
