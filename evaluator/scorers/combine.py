"""Combine several scorers' verdicts on an item into the final verdict reports show."""

from __future__ import annotations

from collections import defaultdict
from typing import Iterable, Mapping

from ..notes import CONFIDENCE_CAP, INJECTION_MARK, is_marked
from ..models import Verdict
from .stack import Stack, verdict_features

FINAL = "final"


def _is_judge(scorer: str) -> bool:
    return scorer == "llm" or scorer.startswith("llm@")


def combine(verdicts: Iterable[Verdict], priority: list[str],
            per_item: dict[str, list[str]] | None = None,
            stacks: Mapping[str, Stack] | None = None) -> list[Verdict]:
    """One ``final`` verdict per (answer, item).

    Where ``stacks`` holds a learned stack for the item and every scorer it needs scored the
    item, the stack decides (see :mod:`.stack`). Otherwise the stated rule: the first scorer in
    the priority that scored it; ``per_item`` overrides the rubric's ``priority`` item by item (an
    order fitted on human labels). Scorers not named in the priority come after those that are,
    alphabetically. When no scorer scored the item, the final verdict is unscored and lists every
    scorer's reason.

    Where a judge's verdict is marked as steered by suspected prompt injection (see
    :mod:`evaluator.judge.injection`), the final verdict is marked too and keeps at most
    ``CONFIDENCE_CAP``; and when no offline scorer (every scorer but the judges) agrees with the judge,
    the final takes the value of the first offline scorer in the priority, not the judge's.
    Without suspicion nothing changes.
    """
    grouped: dict[tuple[str, str], list[Verdict]] = defaultdict(list)
    for verdict in verdicts:
        grouped[(verdict.answer_id, verdict.item_id)].append(verdict)
    default_rank = {name: i for i, name in enumerate(priority)}
    finals = []
    for (_, item_id), group in grouped.items():
        rank = {name: i for i, name in enumerate(per_item[item_id])} if per_item and item_id in per_item else default_rank
        ordered = sorted(group, key=lambda v: (rank.get(v.scorer, len(rank)), v.scorer))
        stack = stacks.get(item_id) if stacks else None
        if stack is not None:
            by_scorer = {v.scorer: v for v in group}
            features = verdict_features(stack.item_kind, stack.scorers, by_scorer)
            if features is not None:
                finals.append(_guard_injection(stack.final(by_scorer, features), ordered))
                continue
        chosen = next((v for v in ordered if v.status == "scored"), None)
        if chosen is not None:
            finals.append(_guard_injection(chosen.model_copy(update={
                "scorer": FINAL, "reason": f"from {chosen.scorer}: {chosen.reason}"}), ordered))
        else:
            first = ordered[0]
            reasons = "; ".join(f"{v.scorer}: {v.reason}" for v in ordered)
            finals.append(Verdict(answer_id=first.answer_id, item_kind=first.item_kind,
                                  item_id=first.item_id, scorer=FINAL, value=None,
                                  status="unscored", reason=f"no scorer scored it ({reasons})"))
    return finals


def _guard_injection(final: Verdict, ordered: list[Verdict]) -> Verdict:
    """``final`` as it stands, or, when a judge verdict it may come from is marked as steered by
    suspected injection, capped and marked, following the offline scorers when none agrees with the
    judge (``ordered``: the item's verdicts in priority order)."""
    judges = [v for v in ordered if _is_judge(v.scorer) and v.status == "scored" and is_marked(v.reason)]
    if final.status != "scored" or not judges:
        return final
    judge = next((v for v in judges if v.scorer == "llm"), judges[0])  # several judges: their aggregate
    offline = [v for v in ordered if not _is_judge(v.scorer) and v.scorer != FINAL and v.status == "scored"
               and v.value is not None]
    cap = CONFIDENCE_CAP if final.confidence is None else min(final.confidence, CONFIDENCE_CAP)
    said = ", ".join(f"{v.scorer} {v.value:g}" for v in offline)
    if not offline:
        note = "no offline scorer to check the judge against"
    elif any(v.value == judge.value for v in offline):
        note = f"the judge's {judge.value:g} agrees with an offline scorer ({said})"
    else:
        first = offline[0]
        note = (f"the judge's {judge.value:g} is not taken: no offline scorer agrees ({said}); "
                f"final follows {first.scorer}")
        if final.value != first.value:
            mark = f"{INJECTION_MARK} in the input: {note}; for review]"
            confidence = CONFIDENCE_CAP if first.confidence is None else min(first.confidence, CONFIDENCE_CAP)
            return Verdict(answer_id=final.answer_id, item_kind=final.item_kind, item_id=final.item_id, scorer=FINAL,
                           value=first.value, confidence=round(confidence, 4), status="scored",
                           reason=f"from {first.scorer}: {first.reason} {mark}", evidence=list(first.evidence))
    return final.model_copy(update={"confidence": round(cap, 4),
                                    "reason": f"{final.reason} {INJECTION_MARK} in the input: {note}; for review]"})
