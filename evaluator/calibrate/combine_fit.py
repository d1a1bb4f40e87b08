"""Learn the ``final`` rule from human labels: per item, which scorer decides first.

For every item, each scorer's verdicts on the labelled answers are compared with the human
reference (Cohen's κ for flags and nominal criteria, quadratic weighted κ for ordinal ones).
Verdicts a classifier made on its own training answers are left out (they are in-sample). Scorers
with at least ``min_labelled`` comparable answers are ranked by that figure; the others keep the
rubric's order after them. The rule is stored per run and the run's ``final`` verdicts are
recomputed from the stored verdicts, so reports and exports show it at once.
"""

from __future__ import annotations

import json
from collections import defaultdict
from typing import Any

import duckdb
import numpy as np

from ..labels.resolution import item_level
from ..models import Evidence, Verdict
from ..rubric import Criterion, Flag
from ..scorers.classifier import IN_SAMPLE
from ..scorers.combine import FINAL, combine
from ..store.calibrations import CombineRuleRow, replace_combine_rule, run_scores, scored_verdicts
from ..store.reads import run_info
from . import stats
from .run import _resolve_labels

MIN_LABELLED = 20


def fit_combine(conn: duckdb.DuckDBPyConnection, run_id: str | None = None, *, reference: str = "consensus",
                min_labelled: int = MIN_LABELLED) -> dict[str, Any]:
    """The fitted rule for a run: ``{"run_id", "reference", "items": {item_id: {priority, metric, figures}}}``."""
    run = run_info(conn, run_id)
    refs, _ = _resolve_labels(conn, run, reference)  # raises when no label of the reference matches
    verdicts: dict[tuple[str, str], dict[str, tuple[float, str]]] = defaultdict(dict)
    for v in scored_verdicts(conn, run.run_id, except_scorer=FINAL):
        verdicts[(v.answer_id, v.item_id)][v.scorer] = (v.value, v.reason or "")
    default = list(run.rubric.combine)
    items: dict[str, Any] = {}
    for item in [*run.rubric.criteria, *run.rubric.flags]:
        fitted = _fit_item(item, refs.values, verdicts, min_labelled)
        if fitted is None:
            continue
        ranked = sorted(fitted, key=lambda s: -fitted[s]["value"])
        rest = [s for s in default if s not in ranked]
        items[item.id] = {"priority": ranked + rest, "metric": _metric_name(item), "figures": fitted}
    return {"run_id": run.run_id, "reference": reference, "min_labelled": min_labelled, "items": items}


def _metric_name(item: Criterion | Flag) -> str:
    return "kappa" if isinstance(item, Flag) or item.scale == "nominal" else "qwk"


def _fit_item(item: Criterion | Flag, references: dict[tuple[str, str], float],
              verdicts: dict[tuple[str, str], dict[str, tuple[float, str]]],
              min_labelled: int) -> dict[str, dict[str, Any]] | None:
    levels = [0.0, 1.0] if isinstance(item, Flag) else [float(lv.value) for lv in item.levels]
    weights = None if _metric_name(item) == "kappa" else "quadratic"
    pairs: dict[str, tuple[list[float], list[float]]] = defaultdict(lambda: ([], []))
    for (answer_id, item_id), human in references.items():
        if item_id != item.id:
            continue
        for scorer, (value, reason) in verdicts.get((answer_id, item_id), {}).items():
            if IN_SAMPLE in reason:  # a classifier judged on its own training answers
                continue
            pairs[scorer][0].append(item_level(item, human))
            pairs[scorer][1].append(item_level(item, value))
    fitted = {}
    for scorer, (human, pred) in pairs.items():
        if len(human) < min_labelled:
            continue
        value = stats.cohen_kappa(human, pred, weights=weights, labels=levels)
        if not np.isnan(value):
            fitted[scorer] = {"value": round(float(value), 4), "n": len(human)}
    return fitted or None


def save_combine(conn: duckdb.DuckDBPyConnection, rule: dict[str, Any]) -> int:
    """Store the rule and recompute the run's ``final`` verdicts with it; returns how many changed."""
    run = run_info(conn, rule["run_id"])
    rows = run_scores(conn, run.run_id)
    before = {(r.answer_id, r.item_id): (r.value, r.reason) for r in rows if r.scorer == FINAL}
    verdicts = [Verdict(answer_id=r.answer_id, item_kind=r.item_kind, item_id=r.item_id, scorer=r.scorer,
                        value=r.value, confidence=r.confidence, status=r.status, reason=r.reason or "",
                        evidence=[Evidence(**e) for e in json.loads(r.evidence or "[]")])
                for r in rows if r.scorer != FINAL]
    per_item = {item_id: entry["priority"] for item_id, entry in rule["items"].items()}
    finals = combine(verdicts, list(run.rubric.combine), per_item)
    replace_combine_rule(conn, run.run_id,
                         [CombineRuleRow(item_id, json.dumps(e["priority"]), e["metric"], json.dumps(e["figures"]),
                                         rule["reference"]) for item_id, e in rule["items"].items()],
                         FINAL, finals)
    return sum(before.get((v.answer_id, v.item_id), (None, None))[0] != v.value for v in finals)
