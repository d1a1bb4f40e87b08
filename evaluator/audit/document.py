"""The audit document as typed values: what ``evaluator audit`` found, in parts.

:class:`AuditResult` is built by :func:`evaluator.audit.run.audit` (its bias parts by
:mod:`evaluator.audit.fairness`), printed by the CLI, rendered by :mod:`evaluator.audit.report` and
stored in ``audits.result``. ``to_dict()`` gives the JSON-ready document with its keys in the
documented order (optional parts only when present) and ``to_json()`` its text.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from ..calibrate.document import RubricRef


@dataclass
class Reproduced:
    """The original answers re-scored beside their variants, against the stored final verdicts."""

    verdicts: int
    same_as_stored: int

    def to_dict(self) -> dict[str, Any]:
        return {"verdicts": self.verdicts, "same_as_stored": self.same_as_stored}


@dataclass
class FlagChanges:
    """Final flag verdicts of one kind of edit: compared, flipped (raised 0→1, cleared 1→0), unscored."""

    compared: int
    flipped: int
    raised: int
    cleared: int
    unscored: int

    def to_dict(self) -> dict[str, Any]:
        return {"compared": self.compared, "flipped": self.flipped, "raised": self.raised, "cleared": self.cleared,
                "unscored": self.unscored}


@dataclass
class CriterionChanges:
    """Final criterion verdicts of one kind of edit: compared, changed level, unscored."""

    compared: int
    changed: int
    unscored: int

    def to_dict(self) -> dict[str, Any]:
        return {"compared": self.compared, "changed": self.changed, "unscored": self.unscored}


@dataclass
class KindFigures:
    """What one kind of edit moved."""

    answers: int  # variants made
    flags: FlagChanges
    flip_rate: float | None
    criteria: CriterionChanges
    change_rate: float | None
    mean_abs_level_change: float | None
    level_changes: dict[str, int]  # "+1", "-0.5", "+0" → how many final criterion verdicts
    by_item: dict[str, dict[str, int]]  # item → {"compared", "changed"} (final verdicts)
    by_scorer: dict[str, dict[str, int]]  # scorer (and final) → {"compared", "changed", "unscored"} as counted

    def to_dict(self) -> dict[str, Any]:
        return {"answers": self.answers, "flags": self.flags.to_dict(), "flip_rate": self.flip_rate,
                "criteria": self.criteria.to_dict(), "change_rate": self.change_rate,
                "mean_abs_level_change": self.mean_abs_level_change, "level_changes": self.level_changes,
                "by_item": self.by_item, "by_scorer": self.by_scorer}


@dataclass
class Goal:
    """The audit's goal: no flag flips on the edits that must not matter (names, pronouns, spelling)."""

    kinds: list[str]  # the audited kinds the goal covers
    flag_flips: int
    met: bool
    text: str
    criterion_changes: int  # not part of the goal, but never to be hidden behind a "met"

    def to_dict(self) -> dict[str, Any]:
        return {"kinds": self.kinds, "flag_flips": self.flag_flips, "met": self.met, "text": self.text,
                "criterion_changes": self.criterion_changes}


@dataclass
class MovedItem:
    """One final verdict an edit moved, with the reasons and evidence before and after."""

    item_id: str
    before: float
    after: float
    reason_before: str
    reason_after: str
    evidence_before: list[str]  # up to five quotes
    evidence_after: list[str]

    def to_dict(self) -> dict[str, Any]:
        return {"item_id": self.item_id, "before": self.before, "after": self.after,
                "reason_before": self.reason_before, "reason_after": self.reason_after,
                "evidence_before": self.evidence_before, "evidence_after": self.evidence_after}


@dataclass
class Move:
    """An answer whose final verdicts one edit moved."""

    answer_id: str
    candidate_id: str
    question_id: str | None
    kind: str
    movement: float  # flags flipped + criterion level changes as a share of each scale, summed
    edits: list[list[str]]  # the first twelve (before, after)
    paired: bool  # both sides edited (an answer that names nobody: "My name is A." vs "… B.")
    n_edits: int
    items: list[MovedItem]

    def to_dict(self) -> dict[str, Any]:
        return {"answer_id": self.answer_id, "candidate_id": self.candidate_id, "question_id": self.question_id,
                "kind": self.kind, "movement": self.movement, "edits": self.edits, "paired": self.paired,
                "n_edits": self.n_edits, "items": [i.to_dict() for i in self.items]}


@dataclass
class Stratum:
    """Answers at one human level: how many, and ρ(word count, final value) among them."""

    human: float
    n: int
    rho: float | None

    def to_dict(self) -> dict[str, Any]:
        return {"human": self.human, "n": self.n, "rho": self.rho}


@dataclass
class LengthBias:
    """One item's length bias: Spearman's ρ between word count and the automatic final value."""

    kind: str  # criterion or flag
    n: int  # answers with a scored final verdict
    overall_rho: float | None  # over all of them
    method: str
    rho: float | None  # pooled within strata, or overall_rho without labels
    strata: list[Stratum] | None = None  # with human labels
    n_labelled: int | None = None  # with human labels: the answers in the strata

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"kind": self.kind, "n": self.n, "overall_rho": self.overall_rho, "method": self.method}
        if self.strata is not None:
            out["strata"] = [s.to_dict() for s in self.strata]
        out["rho"] = self.rho
        if self.n_labelled is not None:
            out["n_labelled"] = self.n_labelled
        return out


@dataclass
class GroupRate:
    """One group's selection rate and its impact ratio against the highest group's."""

    group: str
    n: int
    passed: int
    rate: float
    impact_ratio: float | None = None
    four_fifths_ok: bool = True
    fisher_p: float | None = None  # Fisher's exact test against the highest group

    def to_dict(self) -> dict[str, Any]:
        return {"group": self.group, "n": self.n, "passed": self.passed, "rate": self.rate,
                "impact_ratio": self.impact_ratio, "four_fifths_ok": self.four_fifths_ok, "fisher_p": self.fisher_p}


@dataclass
class Selection:
    """Selection rates by group (a candidate transcript passes at overall ≥ the threshold)."""

    group_column: str
    pass_threshold: float
    unit: str
    groups: list[GroupRate]
    highest: str | None  # the group with the highest rate
    missing_group: int  # candidate transcripts without a group
    four_fifths_ok: bool

    def to_dict(self) -> dict[str, Any]:
        return {"group_column": self.group_column, "pass_threshold": self.pass_threshold, "unit": self.unit,
                "groups": [g.to_dict() for g in self.groups], "highest": self.highest,
                "missing_group": self.missing_group, "four_fifths_ok": self.four_fifths_ok}


@dataclass
class AuditResult:
    """A run's fairness audit."""

    format: str
    run_id: str
    rubric: RubricRef
    scorers: list[str]
    kinds: list[str]
    seed: int
    limit: int | None  # a seeded sample of this many answers
    answers: int  # answers audited
    reproduced: Reproduced
    by_kind: dict[str, KindFigures]
    goal: Goal
    top_moves: list[Move]
    answers_moved: int
    length_bias: dict[str, LengthBias]  # per item
    selection: Selection | None  # with a group column and a pass threshold
    audit_id: str  # the same run, scorers, kinds, seed and sample give the same id

    def to_dict(self) -> dict[str, Any]:
        """The JSON-ready document."""
        return {"format": self.format, "run_id": self.run_id, "rubric": self.rubric.to_dict(),
                "scorers": self.scorers, "kinds": self.kinds, "seed": self.seed, "limit": self.limit,
                "answers": self.answers, "reproduced": self.reproduced.to_dict(),
                "by_kind": {kind: figures.to_dict() for kind, figures in self.by_kind.items()},
                "goal": self.goal.to_dict(), "top_moves": [m.to_dict() for m in self.top_moves],
                "answers_moved": self.answers_moved,
                "length_bias": {item_id: b.to_dict() for item_id, b in self.length_bias.items()},
                "selection": self.selection.to_dict() if self.selection is not None else None,
                "audit_id": self.audit_id}

    def to_json(self, indent: int | None = None, ensure_ascii: bool = True) -> str:
        """The document as JSON: as stored by default; ``indent=2, ensure_ascii=False`` as
        ``evaluator audit --json`` prints it."""
        return json.dumps(self.to_dict(), indent=indent, ensure_ascii=ensure_ascii)
