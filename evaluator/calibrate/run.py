"""``evaluator calibrate``: how far to trust each scorer, item by item, against human labels.

For one run: every scorer's verdicts (and ``final``) against a human reference (one rater, or the
consensus of all raters), with cluster-bootstrap 95% intervals; the human–human baseline when
answers have several raters; the worst disagreements. The whole document is returned as a
:class:`~evaluator.calibrate.document.Calibration` (``to_json()``: what ``--json`` prints), stored
in DuckDB and rendered as an HTML report.
"""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

import duckdb
import numpy as np

from ..errors import NotFoundError, StoreError
from ..rubric import Criterion, Flag, Rubric
from ..labels.resolution import References, count_by_reason, item_level, reasons_text, reference_values, run_index
from ..store.calibrations import answer_places, current_verdicts, question_text, scorer_rate
from ..store.labelstore import stored_labels
from ..store.overrides import OVERRIDE_RATER
from ..store.reads import RunInfo, run_info
from ..scorers.classifier import IN_SAMPLE
from . import stats
from .document import (Calibration, CorrectedPrevalence, Disagreement, FinalVersus, HumanBaseline, ItemCalibration,
                       LabelUse, RaterUsage, ReliabilityBin, RubricRef, ScorerFigures)

FLAG_KEYS = ("agreement", "precision", "recall", "f1", "tpr", "tnr", "kappa", "observed_prevalence",
             "human_prevalence")
ORDINAL_KEYS = ("exact", "adjacent", "qwk", "linear_kappa", "pearson", "spearman", "alpha_ordinal",
                "alpha_interval", "mae", "rmse")
NOMINAL_KEYS = ("exact", "kappa", "macro_f1")


@dataclass
class Unit:
    """A labelled (answer, item): its cluster, the reference value and every rater's value."""
    answer_id: str
    cluster: str
    human: float
    raters: dict[str, float]


def _nominal_metrics(levels: list[float]) -> Any:
    def metrics(human: np.ndarray, pred: np.ndarray) -> dict[str, Any]:
        f1s = []
        for level in levels:
            tp = float(np.sum((pred == level) & (human == level)))
            fp, fn = float(np.sum((pred == level) & (human != level))), float(np.sum((pred != level) & (human == level)))
            if tp + fp + fn:
                f1s.append(2 * tp / (2 * tp + fp + fn))
        kappa = stats.cohen_kappa(human, pred, labels=levels)
        return {"n": int(len(human)), "exact": float(np.mean(human == pred)),
                "kappa": None if np.isnan(kappa) else float(kappa),
                "macro_f1": float(np.mean(f1s)) if f1s else None,
                "confusion": stats.confusion(human, pred, levels)}
    return metrics


def _resolve_labels(conn: duckdb.DuckDBPyConnection, run: RunInfo, reference: str = "consensus"
                    ) -> tuple[References, list[str]]:
    """The human reference for the run's answers (one value per labelled (answer, item), every
    rater's labels behind it, how every label resolved), and the reference raters (whose use is
    reported: one rater, or every imported rater for the consensus).

    Raises when the reference names no rater with labels, or none of its labels match the run, so
    nothing is written. Reviewers' overrides are labels only when asked for by name
    (``reference='override'``): they exist where a reviewer disagreed, so mixing them into a
    consensus would bias it."""
    labels = stored_labels(conn, include_overrides=True)
    known = sorted({label["rater"] for label in labels})
    if not known:
        raise StoreError("no human labels match this run's answers: the database has none; import them with "
                         "'evaluator labels import'")
    if reference != "consensus" and reference not in known:
        raise NotFoundError(f"no labels by rater {reference!r}; the raters are: {', '.join(known)}"
                            + ("" if OVERRIDE_RATER in known else
                               f" (and '{OVERRIDE_RATER}' once a reviewer overrides a verdict in 'evaluator serve')"))
    if reference != OVERRIDE_RATER:
        labels = [label for label in labels if label["rater"] != OVERRIDE_RATER]
    raters = [reference] if reference != "consensus" else sorted({label["rater"] for label in labels})
    if not raters:
        raise StoreError(f"no human labels match this run's answers: only reviewers' overrides; use --rater "
                         f"{OVERRIDE_RATER}")
    items = {c.id: c for c in run.rubric.criteria} | {f.id: f for f in run.rubric.flags}
    index = run_index(conn, run.run_id, {q.id for q in run.rubric.questions})
    refs = reference_values(labels, items, index, None if reference == "consensus" else reference)
    resolution = refs.resolution
    if not any(resolution.used[r] for r in raters):
        missed = [u for u in resolution.unresolved if u.rater in raters]
        raise StoreError(f"no human labels match this run's answers: none of the {len(missed)} labels of "
                         f"{' and '.join(raters) if len(raters) <= 3 else f'{len(raters)} raters'} resolve to an "
                         f"answer of run {run.run_id} ({reasons_text(count_by_reason(missed))}); 'evaluator runs' "
                         "lists the runs, 'evaluator labels check' the labels")
    return refs, raters


def _clusters(conn: duckdb.DuckDBPyConnection, run_id: str, cluster_by: str) -> tuple[dict[str, str], str]:
    """Each answer of the run → its resampling cluster, and the clustering used (``auto`` resolved)."""
    places = answer_places(conn, run_id)
    if cluster_by == "auto":
        # graded short answers have no candidate (each answer is its own): cluster by question
        cluster_by = "question" if places and all(p.answer_id == p.candidate_id for p in places) else "candidate"
    field = {"candidate": "candidate_id", "question": "question_id", "answer": "answer_id"}[cluster_by]
    return {p.answer_id: str(getattr(p, field) or p.answer_id) for p in places}, cluster_by


def _levels(item: Criterion | Flag) -> list[float]:
    return [0.0, 1.0] if isinstance(item, Flag) else [lv.value for lv in item.levels]


def _reliability(human: list[float], pred: list[float], confidence: list[float | None], is_flag: bool,
                 bins: int = 10) -> list[ReliabilityBin]:
    """Binned predicted probability against the observed human rate (flags: P(raised); criteria:
    confidence in the predicted level against how often it is right)."""
    points = []
    for h, p, c in zip(human, pred, confidence):
        if c is None:
            continue
        prob = (c if p == 1 else 1 - c) if is_flag else c
        hit = float(h == 1) if is_flag else float(h == p)
        points.append((prob, hit))
    out = []
    for b in range(bins):
        lo, hi = b / bins, (b + 1) / bins
        inside = [(pr, hit) for pr, hit in points if lo <= pr < hi or (b == bins - 1 and pr == 1.0)]
        if inside:
            out.append(ReliabilityBin(bin=[lo, hi], n=len(inside),
                                      mean_predicted=float(np.mean([i[0] for i in inside])),
                                      observed=float(np.mean([i[1] for i in inside]))))
    return out


def calibrate(conn: duckdb.DuckDBPyConnection, run_id: str | None = None, *, reference: str = "consensus",
              cluster_by: str = "auto", n_boot: int = 1000, worst: int = 10, seed: int = 0) -> Calibration:
    """Every figure of the calibration (see docs/calibration.md)."""
    run = run_info(conn, run_id)
    rubric: Rubric = run.rubric
    refs, raters = _resolve_labels(conn, run, reference)
    labels, resolution = refs.raters, refs.resolution
    unresolved = [u for u in resolution.unresolved if u.rater in raters]
    clusters, cluster_by = _clusters(conn, run.run_id, cluster_by)
    verdicts: dict[tuple[str, str], dict[str, tuple[float | None, float | None, str, str, str]]] = defaultdict(dict)
    for v in current_verdicts(conn, run.run_id):
        verdicts[(v.answer_id, v.item_id)][v.scorer] = (v.value if v.status == "scored" else None, v.confidence,
                                                        v.status, v.reason, v.evidence)
    scorers = sorted({s for v in verdicts.values() for s in v}, key=lambda s: (s == "final", s))
    items_out = []
    for item in [*rubric.criteria, *rubric.flags]:
        entry = _calibrate_item(conn, run.run_id, item, refs, verdicts, scorers, clusters, n_boot, worst, seed)
        if entry is not None:
            items_out.append(entry)
    calibration_id = "cal-" + hashlib.sha256(json.dumps(
        [run.run_id, reference, cluster_by, n_boot, seed, sorted((k, sorted(v.items())) for k, v in labels.items())],
        default=str).encode()).hexdigest()[:12]
    # per reference rater: "used N of M labelled (answer, item) pairs", the rest by reason
    usage = {rater: RaterUsage(use["labelled"], use["used"], use["unresolved"])
             for rater, use in resolution.usage(raters).items()}
    return Calibration(run_id=run.run_id, rubric=RubricRef(rubric.id, run.rubric_version, run.rubric_hash),
                       reference=reference, cluster_by=cluster_by, n_boot=n_boot, confidence_level=0.95,
                       labels=LabelUse(resolved_units=len(labels), unresolved=len(unresolved),
                                       raters=sorted({r for v in labels.values() for r in v}), usage=usage,
                                       unresolved_labels=unresolved),
                       scorers=scorers, items=items_out, calibration_id=calibration_id)


def _calibrate_item(conn: duckdb.DuckDBPyConnection, run_id: str, item: Criterion | Flag, refs: References,
                    verdicts: dict,
                    scorers: list[str], clusters: dict[str, str], n_boot: int, worst: int,
                    seed: int) -> ItemCalibration | None:
    is_flag = isinstance(item, Flag)
    scale = "binary" if is_flag else item.scale  # type: ignore[union-attr]
    levels = _levels(item)
    units = [Unit(answer_id, clusters.get(answer_id, answer_id), item_level(item, human),
                  refs.raters[(answer_id, item_id)])
             for (answer_id, item_id), human in sorted(refs.values.items()) if item_id == item.id]
    if not units:
        return None
    names = ["not raised", "raised"] if is_flag else [lv.label or f"{lv.value:g}" for lv in item.levels]  # type: ignore[union-attr]
    figures: dict[str, ScorerFigures] = {}
    for scorer in scorers:
        pairs = [(u, verdicts.get((u.answer_id, item.id), {}).get(scorer)) for u in units]
        scored = [(u, v) for u, v in pairs if v is not None and v[0] is not None]
        result = ScorerFigures(n=len(scored), unscored=sum(1 for _, v in pairs if v is not None and v[0] is None),
                               missing=sum(1 for _, v in pairs if v is None),
                               in_sample=sum(1 for _, v in scored if IN_SAMPLE in v[3]))
        if len(scored) >= 2:
            human = [u.human for u, _ in scored]
            pred = [item_level(item, v[0]) for _, v in scored]
            cl = [u.cluster for u, _ in scored]
            if is_flag:
                metrics = stats.with_ci(stats.binary_metrics, human, pred, cl, FLAG_KEYS, n_boot=n_boot, seed=seed)
                metrics["confusion"] = stats.confusion(human, pred, levels)
            elif scale == "nominal":
                metrics = stats.with_ci(_nominal_metrics(levels), human, pred, cl, NOMINAL_KEYS, n_boot=n_boot,
                                        seed=seed)
            else:
                metrics = stats.with_ci(lambda h, p: stats.ordinal_metrics(h, p, levels), human, pred, cl,
                                        ORDINAL_KEYS, n_boot=n_boot, seed=seed)
            metrics.pop("n")  # the scored answers again: result.n
            result.metrics = metrics
            if is_flag:
                result.rogan_gladen_prevalence = _corrected_prevalence(conn, run_id, item.id, scorer, metrics)
            confidence = [v[1] for _, v in scored]
            if any(c is not None for c in confidence):
                result.reliability = _reliability(human, pred, confidence, is_flag)
            if scorer == "final":
                result.worst = _worst(conn, item, scored, worst)
        figures[scorer] = result
    return ItemCalibration(item_id=item.id, item_kind="flag" if is_flag else "criterion", scale=scale, levels=levels,
                           level_names=names, n_labelled=len(units), scorers=figures,
                           final_vs=_final_versus_scorers(item, units, verdicts, scorers, levels, n_boot, seed),
                           humans=_human_baseline(item, units, levels, n_boot, seed))


def primary_metric_name(item: Criterion | Flag) -> str:
    """The figure 'final' is compared on: F1 for flags, κ for categories, QWK for levels."""
    if isinstance(item, Flag):
        return "f1"
    return "kappa" if item.scale == "nominal" else "qwk"


def _final_versus_scorers(item: Criterion | Flag, units: list[Unit], verdicts: dict, scorers: list[str],
                          levels: list[float], n_boot: int, seed: int) -> dict[str, FinalVersus]:
    """Whether ``final`` beats each single scorer: the paired difference of the item's primary
    figure on the answers both scored (neither in-sample), with a cluster-bootstrap 95% interval."""
    metric = primary_metric_name(item)

    def figure(human: np.ndarray, pred: np.ndarray) -> float | None:
        if metric == "f1":
            return stats.binary_metrics(human, pred).get("f1")
        if metric == "kappa":
            value = stats.cohen_kappa(human, pred, labels=levels)
        else:
            value = stats.cohen_kappa(human, pred, weights="quadratic", labels=levels)
        return None if np.isnan(value) else float(value)

    out: dict[str, FinalVersus] = {}
    for scorer in scorers:
        if scorer == "final":
            continue
        rows = []
        for u in units:
            got = verdicts.get((u.answer_id, item.id), {})
            mine, theirs = got.get("final"), got.get(scorer)
            if (mine is None or theirs is None or mine[0] is None or theirs[0] is None
                    or IN_SAMPLE in theirs[3] or IN_SAMPLE in mine[3]):
                continue
            rows.append((u.human, item_level(item, mine[0]), item_level(item, theirs[0]), u.cluster))
        if len(rows) < 2:
            continue
        human, final, single = (np.array([r[i] for r in rows], dtype=float) for i in range(3))
        clusters = [r[3] for r in rows]

        def difference(idx: np.ndarray) -> float | None:
            a, b = figure(human[idx], final[idx]), figure(human[idx], single[idx])
            return None if a is None or b is None else a - b

        everything = np.arange(len(rows))
        diff = difference(everything)
        lo, hi = stats.bootstrap_ci(difference, everything, clusters, n_boot=n_boot, seed=seed)
        verdict = ("better" if lo is not None and lo > 0 else "worse" if hi is not None and hi < 0
                   else "no clear difference")
        out[scorer] = FinalVersus(metric=metric, n=len(rows), final=figure(human, final), scorer=figure(human, single),
                                  diff=diff, diff_ci=[lo, hi], verdict=verdict)
    return out


def _corrected_prevalence(conn: duckdb.DuckDBPyConnection, run_id: str, item_id: str, scorer: str,
                          metrics: dict[str, Any]) -> CorrectedPrevalence:
    """Rogan–Gladen: the scorer's raised-rate on every answer of the run, corrected by its TPR/TNR
    measured against the humans (``metrics``: its binary figures)."""
    rate = scorer_rate(conn, run_id, item_id, scorer)
    observed = rate.mean
    corrected = stats.rogan_gladen(observed, metrics.get("tpr"), metrics.get("tnr")) if observed is not None else None
    return CorrectedPrevalence(observed_all_answers=observed, n_all_answers=rate.n, corrected=corrected)


def _worst(conn: duckdb.DuckDBPyConnection, item: Criterion | Flag, scored: list, limit: int) -> list[Disagreement]:
    """The ``limit`` verdicts furthest from the reference (then the most confident), with the answer's text."""
    ranked = sorted(((abs(u.human - v[0]), v[1] or 0.0, u, v) for u, v in scored if u.human != v[0]),
                    key=lambda t: (-t[0], -t[1], t[2].answer_id))[:limit]
    out = []
    for gap, _, unit, verdict in ranked:
        row = question_text(conn, unit.answer_id)
        out.append(Disagreement(answer_id=unit.answer_id, human=unit.human, raters=unit.raters,
                                scorer_value=verdict[0], gap=gap, confidence=verdict[1], reason=verdict[3],
                                evidence=json.loads(verdict[4]), question=row.question if row else "",
                                answer=row.text if row else ""))
    return out


def _human_baseline(item: Criterion | Flag, units: list[Unit], levels: list[float], n_boot: int, seed: int
                    ) -> HumanBaseline | None:
    """Agreement among the human raters on the answers two or more of them labelled."""
    shared = [u for u in units if len(u.raters) >= 2]
    if not shared:
        return None
    binary = isinstance(item, Flag) or item.scale == "nominal"
    ratings: dict[str, dict[str, float]] = defaultdict(dict)
    for u in shared:
        for rater, value in u.raters.items():
            ratings[rater][u.answer_id] = item_level(item, value)
    result = stats.pairwise_rater_agreement(ratings, None if binary else levels, binary)
    index = np.arange(len(shared))

    def mean_kappa(idx: np.ndarray) -> float | None:
        sub: dict[str, dict[str, float]] = defaultdict(dict)
        for k, i in enumerate(idx.tolist()):  # a unit drawn twice enters twice, under one key per draw
            u = shared[i]
            for rater, value in u.raters.items():
                sub[rater][f"{u.answer_id}#{k}"] = item_level(item, value)
        try:
            return stats.pairwise_rater_agreement(sub, None if binary else levels, binary)["mean_kappa"]
        except ValueError:
            return None

    return HumanBaseline.from_stats(result, list(stats.bootstrap_ci(mean_kappa, index, [u.cluster for u in shared],
                                                                    n_boot=min(n_boot, 300), seed=seed)))
