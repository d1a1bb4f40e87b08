"""Combine several scorers' verdicts on an item into the final verdict reports show."""

from __future__ import annotations

from collections import defaultdict
from typing import Iterable, Mapping

from ..models import Verdict
from .stack import Stack, verdict_features

FINAL = "final"


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
    """
    grouped: dict[tuple[str, str], list[Verdict]] = defaultdict(list)
    for verdict in verdicts:
        grouped[(verdict.answer_id, verdict.item_id)].append(verdict)
    default_rank = {name: i for i, name in enumerate(priority)}
    finals = []
    for (_, item_id), group in grouped.items():
        stack = stacks.get(item_id) if stacks else None
        if stack is not None:
            by_scorer = {v.scorer: v for v in group}
            features = verdict_features(stack.item_kind, stack.scorers, by_scorer)
            if features is not None:
                finals.append(stack.final(by_scorer, features))
                continue
        rank = {name: i for i, name in enumerate(per_item[item_id])} if per_item and item_id in per_item else default_rank
        ordered = sorted(group, key=lambda v: (rank.get(v.scorer, len(rank)), v.scorer))
        chosen = next((v for v in ordered if v.status == "scored"), None)
        if chosen is not None:
            finals.append(chosen.model_copy(update={
                "scorer": FINAL, "reason": f"from {chosen.scorer}: {chosen.reason}"}))
        else:
            first = ordered[0]
            reasons = "; ".join(f"{v.scorer}: {v.reason}" for v in ordered)
            finals.append(Verdict(answer_id=first.answer_id, item_kind=first.item_kind,
                                  item_id=first.item_id, scorer=FINAL, value=None,
                                  status="unscored", reason=f"no scorer scored it ({reasons})"))
    return finals
