"""Bias figures over a run's automatic final verdicts: length bias and selection rates by group.

* Length bias: does a longer answer get a higher score *at the same quality*? Within each stratum
  of the human label (answers the raters put at the same level), Spearman's ρ between the answer's
  word count and the scorer's value; pooled across strata by the Fisher z average weighted by
  n − 3. Without labels, ρ over all answers (which mixes length with quality: said so).
* Selection rates: with a group column in the input metadata and a pass threshold on the overall
  score (0–100), each group's pass rate and its impact ratio against the highest rate; a ratio
  under 0.8 fails the four-fifths rule (the figure NYC Local Law 144 bias audits report). A
  Fisher exact test against the highest group says how much chance alone could explain.
"""

from __future__ import annotations

import json
import math
from collections import defaultdict
from typing import Any

import duckdb

from ..labels.resolution import reference_values, run_index
from ..rubric import Flag
from ..store.labelstore import stored_labels
from ..store.audits import automatic_overalls, final_values_and_words
from ..store.reads import RunInfo
from .document import GroupRate, LengthBias, Selection, Stratum

MIN_STRATUM = 5  # fewer answers than this at one human level say nothing about a correlation
FOUR_FIFTHS = 0.8


def _spearman(x: list[float], y: list[float]) -> float | None:
    if len(x) < 3 or len(set(x)) < 2 or len(set(y)) < 2:
        return None
    from scipy.stats import spearmanr
    rho = spearmanr(x, y).statistic
    return None if rho is None or math.isnan(rho) else float(rho)


def _pooled(strata: list[Stratum]) -> float | None:
    """Fisher-z average of the strata's ρ, weighted by n − 3."""
    usable = [(s.rho, s.n) for s in strata if s.rho is not None and s.n > 3]
    if not usable:
        return None
    z = sum(math.atanh(max(-0.999999, min(0.999999, r))) * (n - 3) for r, n in usable)
    return float(math.tanh(z / sum(n - 3 for _, n in usable)))


def length_bias(conn: duckdb.DuckDBPyConnection, run: RunInfo) -> dict[str, LengthBias]:
    """Per rubric item: ρ(word count, automatic final value), within human-label strata when labels exist."""
    items = {i.id: i for i in [*run.rubric.criteria, *run.rubric.flags]}
    rows = final_values_and_words(conn, run.run_id)
    # the consensus of the imported raters, resolved against the run's answers as calibration does
    humans = reference_values(stored_labels(conn), items, run_index(conn, run.run_id)).values
    out: dict[str, LengthBias] = {}
    for item_id, item in items.items():
        points = [(r.answer_id, r.value, r.words) for r in rows if r.item_id == item_id]
        if len(points) < MIN_STRATUM:
            continue
        strata_points: dict[float, list[tuple[float, float]]] = defaultdict(list)
        for answer_id, value, words in points:
            human = humans.get((answer_id, item_id))
            if human is not None:
                strata_points[human].append((words, value))
        kind = "flag" if isinstance(item, Flag) else "criterion"
        overall = _spearman([p[2] for p in points], [p[1] for p in points])
        strata = [Stratum(human=level, n=len(ps), rho=_spearman([w for w, _ in ps], [v for _, v in ps]))
                  for level, ps in sorted(strata_points.items()) if len(ps) >= MIN_STRATUM]
        if strata:
            out[item_id] = LengthBias(kind=kind, n=len(points), overall_rho=overall, method="within human-label strata",
                                      rho=_pooled(strata), strata=strata, n_labelled=sum(s.n for s in strata))
        else:
            out[item_id] = LengthBias(kind=kind, n=len(points), overall_rho=overall,
                                      method="overall (no human labels: length and quality are mixed)", rho=overall)
    return out


def _group_of(metadata: list[Any], column: str) -> str | None:
    for raw in metadata:
        data = json.loads(raw) if isinstance(raw, str) else raw
        if isinstance(data, dict) and data.get(column) not in (None, ""):
            return str(data[column])
    return None


def selection_rates(conn: duckdb.DuckDBPyConnection, run: RunInfo, group_column: str,
                    pass_threshold: float) -> Selection:
    """Pass rate per group (a candidate transcript passes when its overall ≥ ``pass_threshold``),
    impact ratios against the highest rate, the four-fifths rule and Fisher's exact test."""
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])  # group → [n, passed]
    missing = 0
    for row in automatic_overalls(conn, run):
        group = _group_of([row.transcript_metadata, *(row.answer_metadata or [])], group_column)
        if group is None:
            missing += 1
            continue
        counts[group][0] += 1
        counts[group][1] += int(row.value is not None and row.value >= pass_threshold)
    groups = [GroupRate(group=g, n=n, passed=p, rate=p / n) for g, (n, p) in sorted(counts.items())]
    best = max(groups, key=lambda g: g.rate, default=None)
    for g in groups:
        g.impact_ratio = (g.rate / best.rate) if best and best.rate > 0 else None
        g.four_fifths_ok = g.impact_ratio is None or g.impact_ratio >= FOUR_FIFTHS
        g.fisher_p = _fisher(g, best) if best and g is not best else None
    return Selection(group_column=group_column, pass_threshold=pass_threshold, unit="candidate transcript",
                     groups=groups, highest=best.group if best else None, missing_group=missing,
                     four_fifths_ok=all(g.four_fifths_ok for g in groups))


def _fisher(group: GroupRate, best: GroupRate) -> float | None:
    from scipy.stats import fisher_exact
    table = [[group.passed, group.n - group.passed], [best.passed, best.n - best.passed]]
    return float(fisher_exact(table).pvalue)
