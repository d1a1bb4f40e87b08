"""Turn stored label rows into values per (answer, item) and rater, for training and calibration."""

from __future__ import annotations

from collections import defaultdict
from typing import Any, Iterable

from ..rubric import Criterion, Flag

LabelValues = dict[tuple[str, str], dict[str, float]]


def label_values(labels: Iterable[dict[str, Any]], items: dict[str, Criterion | Flag],
                 by_key: dict[tuple[str, str], list[str]], known: set[str]) -> tuple[LabelValues, int]:
    """(answer_id, item_id) → {rater: value}, and how many labels could not be used.

    A label names its answer by id, or by (transcript, rubric question) through ``by_key``, which
    must map to exactly one answer. Category names of nominal items become their level values.
    Labels for unknown items or answers outside ``known`` are counted as unresolved.
    """
    out: LabelValues = defaultdict(dict)
    unresolved = 0
    for label in labels:
        item = items.get(label["item_id"])
        if item is None:
            unresolved += 1
            continue
        value = label["value"]
        if value is None and isinstance(item, Criterion):
            level = item.level_for_label(label["raw_value"] or "")
            value = level.value if level else None
        answer_id = label["answer_id"]
        if answer_id is None:
            found = by_key.get((label["transcript_id"], label["question_id"]), [])
            answer_id = found[0] if len(found) == 1 else None
        if value is None or answer_id not in known:
            unresolved += 1
            continue
        out[(answer_id, item.id)][label["rater"]] = value
    return out, unresolved
