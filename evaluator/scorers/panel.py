"""The scorer panel: the scorers of a run, scoring a batch together (score → complete → combine).

``evaluator run`` (in this process or in worker processes), ``evaluator assess`` and ``evaluator
audit`` all score through a :class:`ScorerPanel`, so they share one guard and one combine rule:

- a scorer that raises leaves its items of the batch *unscored* with the reason (never a lost
  answer); one that stops (:class:`~evaluator.errors.ScorerStopped`: the judge's endpoint down,
  its budget spent) too, and the panel says why it stopped, for the caller to end the run;
- an applicable (answer, item) a scorer returned nothing for gets an explicit unscored verdict;
- the ``final`` verdicts come from :func:`~.combine.combine` with the :class:`CombineRule`: the
  rubric's priority, per-item orders (fitted on labels) and learned stacks (:mod:`.stack`).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Any, Mapping, Sequence

from ..errors import EvaluatorError, ScorerStopped
from ..models import Answer, Verdict
from ..rubric import Criterion, Flag, LoadedRubric, Rubric
from .base import ScorerBase, build_scorer, unscored
from .combine import combine
from .stack import Stack

log = logging.getLogger(__name__)

Items = dict[str, list[Criterion | Flag]]  # answer_id → the rubric items that apply to it


@dataclass(frozen=True)
class CombineRule:
    """How the final verdict of an item is chosen, beyond the rubric's priority: per-item scorer
    orders that override it and learned stacks (plain data: sent to worker processes with a batch)."""

    per_item: dict[str, list[str]] = field(default_factory=dict)
    stacks: dict[str, Stack] = field(default_factory=dict)


@dataclass(frozen=True)
class ScorerFailure:
    """A scorer that raised on a batch: its name, the error in one line, whether it stopped."""

    scorer: str
    error: str
    stopped: bool = False


@dataclass
class PanelResult:
    """A batch scored by the panel."""

    verdicts: list[Verdict]  # every scorer's, one per applicable (answer, item), scorer by scorer
    finals: list[Verdict] = field(default_factory=list)  # one 'final' per (answer, item)
    stopped: str | None = None  # why a scorer stopped (its items are unscored; the run should end)
    failures: list[ScorerFailure] = field(default_factory=list)


class ScorerPanel:
    """Scorers that score together on one rubric.

    Build it with :meth:`build` (from registry names and their options) or from scorers already
    made. :meth:`score` scores a batch, completes it and combines the finals; what the scorers may
    bring (per-run binding, fitted orders, stacks, batch size, call statistics) is asked of them
    through :class:`~.base.ScorerBase`.
    """

    def __init__(self, scorers: Sequence[ScorerBase], rubric: Rubric) -> None:
        self.scorers = list(scorers)
        self.rubric = rubric

    @classmethod
    def build(cls, names: Sequence[str], rubric: LoadedRubric, *,
              options: Mapping[str, Mapping[str, Any] | Any] | None = None, conn: Any = None) -> ScorerPanel:
        """The scorers registered as ``names``, each with its entry of ``options`` (name → a mapping
        or its ``Options``; entries for scorers not named are not used), ``conn`` for those that
        need the database (the llm judge)."""
        return cls([build_scorer(name, rubric.rubric, (options or {}).get(name), loaded_rubric=rubric, conn=conn)
                    for name in names], rubric.rubric)

    @property
    def names(self) -> list[str]:
        return [s.name for s in self.scorers]

    @property
    def versions(self) -> list[str]:
        """Each scorer's version, in order (a new model or prompt is a new run)."""
        return [s.version for s in self.scorers]

    @property
    def parallel(self) -> bool:
        """Whether every scorer may run in worker processes."""
        return all(s.parallel for s in self.scorers)

    @property
    def batch_size(self) -> int:
        """The largest batch a scorer asks for (0: none asks)."""
        return max((s.batch_size for s in self.scorers), default=0)

    @property
    def stats(self) -> Any:
        """The call statistics of the first scorer that has any (the llm judge's), else None."""
        return next((s.last_stats for s in self.scorers if s.last_stats), None)

    def bind_run(self, run_id: str | None) -> None:
        """Tell every scorer the run it scores for (the judge logs its calls under it)."""
        for scorer in self.scorers:
            scorer.bind_run(run_id)

    def combine_rule(self, fitted: Mapping[str, list[str]] | None = None, *, learned: bool = True) -> CombineRule:
        """The scorers' fitted per-item orders, overridden by ``fitted`` (orders fitted on a run's
        verdicts by ``calibrate --fit-combine``); with ``learned``, the stacks the scorers bring for
        the items ``fitted`` leaves alone. A stack applies only when the panel's scorers are exactly
        the ones it was trained on (an added judge goes by the priority rule)."""
        fitted = fitted or {}
        per_item: dict[str, list[str]] = {}
        for scorer in self.scorers:
            per_item.update(scorer.combine_priority())
        per_item.update(fitted)
        stacks: dict[str, Stack] = {}
        if learned:
            for scorer in self.scorers:
                stacks.update(scorer.combine_stacks())
            names = set(self.names)
            stacks = {item_id: stack for item_id, stack in stacks.items()
                      if item_id not in fitted and set(stack.scorers) == names}
        return CombineRule(per_item, stacks)

    def score(self, answers: Sequence[Answer], items: Items, rule: CombineRule | None = None) -> PanelResult:
        """Every scorer's verdicts on ``answers`` (complete: one per applicable item each) and the
        combined ``final`` verdicts under ``rule`` (default: the rubric's priority alone)."""
        result = self.score_each(answers, items)
        rule = rule or CombineRule()
        result.finals = combine(result.verdicts, self.rubric.combine, rule.per_item, rule.stacks)
        return result

    def score_each(self, answers: Sequence[Answer], items: Items) -> PanelResult:
        """Every scorer's verdicts, completed, without the finals.

        A scorer that fails leaves its items unscored with the reason. One that stops (the judge's
        endpoint down, the budget spent) does too, and ``stopped`` says why: the caller writes the
        batch as unfinished and ends the run, keeping the other scorers' verdicts.
        """
        result = PanelResult([])
        for scorer in self.scorers:
            try:
                produced = list(scorer.score(answers, self.rubric, items))
            except ScorerStopped as exc:
                result.stopped = exc.one_line()
                result.failures.append(ScorerFailure(scorer.name, result.stopped, stopped=True))
                produced = _unscored_all(answers, items, scorer.name, f"not scored: {result.stopped}")
            except EvaluatorError as exc:
                result.failures.append(ScorerFailure(scorer.name, exc.one_line()))
                produced = _unscored_all(answers, items, scorer.name, f"scorer failed: {exc.one_line()}")
            except Exception as exc:  # a scorer bug must not lose the batch: record it as unscored
                log.exception("scorer %s failed", scorer.name)
                error = f"{type(exc).__name__}: {exc}"
                result.failures.append(ScorerFailure(scorer.name, error))
                produced = _unscored_all(answers, items, scorer.name, f"scorer failed: {error}")
            result.verdicts.extend(complete(produced, answers, items, scorer.name))
        return result


def _unscored_all(answers: Sequence[Answer], items: Items, scorer: str, reason: str) -> list[Verdict]:
    return [unscored(a.answer_id, item, scorer, reason) for a in answers for item in items[a.answer_id]]


def complete(produced: list[Verdict], answers: Sequence[Answer], items: Items, scorer: str) -> list[Verdict]:
    """Every applicable (answer, item) gets a verdict: a missing one is added as unscored."""
    have = {(v.answer_id, v.item_id) for v in produced}
    missing = [unscored(a.answer_id, item, scorer, "scorer returned no verdict for this item")
               for a in answers for item in items[a.answer_id] if (a.answer_id, item.id) not in have]
    return produced + missing
