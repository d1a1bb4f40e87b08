"""The calibration document as typed values: what ``evaluator calibrate`` measured, in parts.

:class:`Calibration` is built by :func:`evaluator.calibrate.run.calibrate`, printed by the CLI,
rendered by :mod:`evaluator.calibrate.report` and stored (docs/calibration.md). ``to_dict()`` gives
the JSON-ready document with its keys in the documented order (optional parts only when present)
and ``to_json()`` its text, exactly as ``--json`` prints it and ``calibrations.result`` holds it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from ..labels.resolution import UnresolvedLabel


@dataclass(frozen=True)
class RubricRef:
    """The rubric a run was scored with: id, version and content hash."""

    id: str
    version: str
    hash: str

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "version": self.version, "hash": self.hash}


@dataclass
class RaterUsage:
    """One reference rater's labels: how many there are, how many were used, the rest by reason."""

    labelled: int
    used: int
    unresolved: dict[str, int]  # reason → how many, most frequent first

    def to_dict(self) -> dict[str, Any]:
        return {"labelled": self.labelled, "used": self.used, "unresolved": self.unresolved}


@dataclass
class LabelUse:
    """The human reference behind the figures: labelled (answer, item) pairs and unused labels."""

    resolved_units: int  # (answer, item) pairs with a reference value
    unresolved: int  # labels of the reference raters that resolve to no answer of the run
    raters: list[str]  # every rater behind the reference values
    usage: dict[str, RaterUsage]  # per reference rater
    unresolved_labels: list[UnresolvedLabel]

    def to_dict(self) -> dict[str, Any]:
        return {"resolved_units": self.resolved_units, "unresolved": self.unresolved, "raters": self.raters,
                "usage": {rater: use.to_dict() for rater, use in self.usage.items()},
                "unresolved_labels": [u.as_dict() for u in self.unresolved_labels]}


@dataclass
class ReliabilityBin:
    """One bin of a reliability diagram: predicted probability against the observed rate."""

    bin: list[float]  # [low, high)
    n: int
    mean_predicted: float
    observed: float

    def to_dict(self) -> dict[str, Any]:
        return {"bin": self.bin, "n": self.n, "mean_predicted": self.mean_predicted, "observed": self.observed}


@dataclass
class CorrectedPrevalence:
    """Rogan–Gladen: a scorer's raised rate over all its verdicts, corrected by its TPR/TNR."""

    observed_all_answers: float | None
    n_all_answers: int
    corrected: float | None

    def to_dict(self) -> dict[str, Any]:
        return {"observed_all_answers": self.observed_all_answers, "n_all_answers": self.n_all_answers,
                "corrected": self.corrected}


@dataclass
class Disagreement:
    """One of the worst disagreements of ``final`` with the human reference."""

    answer_id: str
    human: float
    raters: dict[str, float]  # every rater's value behind the reference
    scorer_value: float
    gap: float
    confidence: float | None
    reason: str | None
    evidence: list[dict[str, Any]]  # the verdict's evidence spans, as stored
    question: str
    answer: str

    def to_dict(self) -> dict[str, Any]:
        return {"answer_id": self.answer_id, "human": self.human, "raters": self.raters,
                "scorer_value": self.scorer_value, "gap": self.gap, "confidence": self.confidence,
                "reason": self.reason, "evidence": self.evidence, "question": self.question, "answer": self.answer}


@dataclass
class ScorerFigures:
    """One scorer's agreement with the reference on one item.

    ``metrics`` holds the figures :mod:`evaluator.calibrate.stats` computed, in its order, each
    interval as ``<figure>_ci: [low, high]`` (and ``confusion``); empty when fewer than two answers
    were scored. The optional parts are None when they do not apply."""

    n: int  # labelled answers the scorer scored
    unscored: int
    missing: int  # labelled answers with no verdict of this scorer
    in_sample: int  # verdicts a classifier made on its own training answers
    metrics: dict[str, Any] = field(default_factory=dict)
    rogan_gladen_prevalence: CorrectedPrevalence | None = None  # flags
    reliability: list[ReliabilityBin] | None = None  # when the scorer gives confidences
    worst: list[Disagreement] | None = None  # final only

    def figure(self, name: str) -> Any:
        """The figure ``name`` (None when not measured)."""
        return self.metrics.get(name)

    def interval(self, name: str) -> list[float | None] | None:
        """The 95% interval of the figure ``name``, ``[low, high]`` (None when there is none)."""
        return self.metrics.get(f"{name}_ci")

    @property
    def confusion(self) -> list[list[int]] | None:
        """Rows human, columns this scorer, over the item's levels."""
        return self.metrics.get("confusion")

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"n": self.n, "unscored": self.unscored, "missing": self.missing,
                               "in_sample": self.in_sample, **self.metrics}
        if self.rogan_gladen_prevalence is not None:
            out["rogan_gladen_prevalence"] = self.rogan_gladen_prevalence.to_dict()
        if self.reliability is not None:
            out["reliability"] = [b.to_dict() for b in self.reliability]
        if self.worst is not None:
            out["worst"] = [d.to_dict() for d in self.worst]
        return out


@dataclass
class FinalVersus:
    """Whether ``final`` beats one scorer: the paired difference of the item's primary figure."""

    metric: str  # f1, kappa or qwk
    n: int  # answers both scored (neither in-sample)
    final: float | None
    scorer: float | None
    diff: float | None
    diff_ci: list[float | None]
    verdict: str  # better, worse, no clear difference

    def to_dict(self) -> dict[str, Any]:
        return {"metric": self.metric, "n": self.n, "final": self.final, "scorer": self.scorer, "diff": self.diff,
                "diff_ci": self.diff_ci, "verdict": self.verdict}


@dataclass
class RaterPair:
    """Agreement of two human raters on the answers both labelled."""

    raters: list[str]
    n_units: int
    kappa: float | None

    def to_dict(self) -> dict[str, Any]:
        return {"raters": self.raters, "n_units": self.n_units, "kappa": self.kappa}


@dataclass
class HumanBaseline:
    """Agreement among the human raters (:func:`evaluator.calibrate.stats.pairwise_rater_agreement`)."""

    mean_kappa: float | None
    kappa_weights: str | None
    n_pairs: int
    n_units: int
    n_raters: int
    alpha: float | None
    alpha_level: str
    pairs: list[RaterPair]
    mean_kappa_ci: list[float | None]

    @classmethod
    def from_stats(cls, figures: dict[str, Any], mean_kappa_ci: list[float | None]) -> HumanBaseline:
        """From ``pairwise_rater_agreement``'s figures and the bootstrap interval of the mean κ."""
        return cls(mean_kappa=figures["mean_kappa"], kappa_weights=figures["kappa_weights"],
                   n_pairs=figures["n_pairs"], n_units=figures["n_units"], n_raters=figures["n_raters"],
                   alpha=figures["alpha"], alpha_level=figures["alpha_level"],
                   pairs=[RaterPair(p["raters"], p["n_units"], p["kappa"]) for p in figures["pairs"]],
                   mean_kappa_ci=mean_kappa_ci)

    def to_dict(self) -> dict[str, Any]:
        return {"mean_kappa": self.mean_kappa, "kappa_weights": self.kappa_weights, "n_pairs": self.n_pairs,
                "n_units": self.n_units, "n_raters": self.n_raters, "alpha": self.alpha,
                "alpha_level": self.alpha_level, "pairs": [p.to_dict() for p in self.pairs],
                "mean_kappa_ci": self.mean_kappa_ci}


@dataclass
class ItemCalibration:
    """Every scorer's agreement with the reference on one rubric item."""

    item_id: str
    item_kind: str  # criterion or flag
    scale: str  # binary (flags), nominal, ordinal or interval
    levels: list[float]
    level_names: list[str]
    n_labelled: int
    scorers: dict[str, ScorerFigures]  # 'final' last
    final_vs: dict[str, FinalVersus]  # per single scorer
    humans: HumanBaseline | None  # when two or more raters labelled the same answers

    def to_dict(self) -> dict[str, Any]:
        return {"item_id": self.item_id, "item_kind": self.item_kind, "scale": self.scale, "levels": self.levels,
                "level_names": self.level_names, "n_labelled": self.n_labelled,
                "scorers": {name: figures.to_dict() for name, figures in self.scorers.items()},
                "final_vs": {name: versus.to_dict() for name, versus in self.final_vs.items()},
                "humans": self.humans.to_dict() if self.humans is not None else None}


@dataclass
class Calibration:
    """A run's calibration against human labels (see docs/calibration.md)."""

    run_id: str
    rubric: RubricRef
    reference: str  # 'consensus' or a rater
    cluster_by: str  # the bootstrap's resampling unit
    n_boot: int
    confidence_level: float
    labels: LabelUse
    scorers: list[str]  # 'final' last
    items: list[ItemCalibration]
    calibration_id: str  # the same run, reference, settings and labels give the same id

    def to_dict(self) -> dict[str, Any]:
        """The JSON-ready document."""
        return {"run_id": self.run_id, "rubric": self.rubric.to_dict(), "reference": self.reference,
                "cluster_by": self.cluster_by, "n_boot": self.n_boot, "confidence_level": self.confidence_level,
                "labels": self.labels.to_dict(), "scorers": self.scorers,
                "items": [item.to_dict() for item in self.items], "calibration_id": self.calibration_id}

    def to_json(self, indent: int | None = None) -> str:
        """The document as JSON (``indent=2``: as ``evaluator calibrate --json`` prints it; None: as stored)."""
        return json.dumps(self.to_dict(), indent=indent, default=str)
