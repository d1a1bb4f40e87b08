"""Every scoring run in the database, with what it covered and what it cost (``evaluator runs``).

A run is one rubric version scored by one set of scorers over one cohort (see :func:`evaluator.pipeline.run_id_for`).
:func:`list_runs` reads (with :func:`evaluator.store.runs.stored_runs`) each run's rubric, scorers
and the models behind them (from the run's ``config``, which records every scorer's version string,
and from its logged LLM calls), its coverage (answers, final verdicts, unscored verdicts, as the
reports count them: on the answers' current texts, reviewers' overrides applied), its LLM calls and
their cost, and its overrides.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from datetime import datetime
from typing import Any

import duckdb

from .store.cohorts import Cohort
from .store.runs import stored_runs


@dataclass
class RunSummary:
    """One row of ``evaluator runs``."""

    run_id: str
    rubric_id: str
    rubric_version: str
    rubric_hash: str
    scorers: list[str]
    models: dict[str, list[str]]  # scorer → the models it used (llm: model names; classifier: model hash)
    status: str
    created_at: datetime | None
    updated_at: datetime | None
    answers: int  # answers the run covered, on their current text
    final_verdicts: int
    unscored: int  # final verdicts that are unscored
    llm_calls: int
    cost_usd: float | None  # sum of the priced calls; None when there were no calls or none had a price
    unpriced_calls: int  # calls whose model has no price (not in cost_usd)
    overrides: int  # overrides reviewers made in this run (every row of the audit trail)
    cohort: str = "all"  # which answers the run covers (Cohort.label: all, cohort:NAME, inputs:PATH,…)

    def to_json(self) -> dict[str, Any]:
        """JSON-ready: timestamps as ISO strings."""
        out = asdict(self)
        out["created_at"] = self.created_at.isoformat(sep=" ") if self.created_at else None
        out["updated_at"] = self.updated_at.isoformat(sep=" ") if self.updated_at else None
        return out


def models_from_config(config: dict[str, Any] | None) -> dict[str, list[str]]:
    """The models named by a run's ``config`` (``{"scorers": [...], "versions": {scorer: version}}``).

    The llm scorer's version is ``1:<endpoint>:<model>[+<model>…]:<template>:k<n>:t<temp>:r<0|1>``
    (the endpoint may contain colons, so it is read from the right); the classifier's is
    ``1:<training data hash>:<created at>``, reported as the hash.
    """
    versions = (config or {}).get("versions") or {}
    models: dict[str, list[str]] = {}
    llm = versions.get("llm")
    if isinstance(llm, str):
        parts = llm.rsplit(":", 5)
        if len(parts) == 6 and parts[1]:
            models["llm"] = parts[1].split("+")
    classifier = versions.get("classifier")
    if isinstance(classifier, str):
        parts = classifier.split(":", 2)
        if len(parts) >= 2 and parts[1]:
            models["classifier"] = [parts[1]]
    return models


def list_runs(conn: duckdb.DuckDBPyConnection) -> list[RunSummary]:
    """Every run in the database, newest (by creation) first."""
    out = []
    for row in stored_runs(conn):
        try:
            parsed = json.loads(row.config) if row.config else None
        except ValueError:
            parsed = None
        models = models_from_config(parsed if isinstance(parsed, dict) else None)
        if row.call_models:  # the models the logged calls actually used
            models["llm"] = sorted(set(models.get("llm", [])) | set(row.call_models))
        out.append(RunSummary(
            run_id=row.run_id, rubric_id=row.rubric_id, rubric_version=row.rubric_version,
            rubric_hash=row.rubric_hash, scorers=[s for s in row.scorers.split(",") if s], models=models,
            status=row.status, created_at=row.created_at, updated_at=row.updated_at, answers=row.answers,
            final_verdicts=row.final_verdicts, unscored=row.unscored, llm_calls=row.llm_calls,
            cost_usd=None if row.cost is None else float(row.cost), unpriced_calls=row.unpriced_calls,
            overrides=row.overrides, cohort=Cohort.from_json(row.cohort).label()))
    return out


def _cost(run: RunSummary) -> str:
    if run.cost_usd is None:
        return "–"
    text = f"${run.cost_usd:.4f}" if run.cost_usd < 1 else f"${run.cost_usd:,.2f}"
    return text + (f" (+{run.unpriced_calls} unpriced)" if run.unpriced_calls else "")


def _models(run: RunSummary) -> str:
    return "; ".join(f"{scorer}: {'+'.join(names)}" for scorer, names in run.models.items()) or "–"


def _time(value: datetime | None) -> str:
    return value.strftime("%Y-%m-%d %H:%M:%S") if value else "–"


RUN_COLUMNS = ("run", "rubric", "version", "hash", "scorers", "models", "status", "created", "updated",
               "answers", "final", "unscored", "llm calls", "cost", "overrides", "cohort")
NUMERIC = {"answers", "final", "unscored", "llm calls", "cost", "overrides"}


def run_rows(runs: list[RunSummary]) -> list[tuple[str, ...]]:
    """The runs as the terminal table's cells (strings), in :data:`RUN_COLUMNS` order."""
    return [(r.run_id, r.rubric_id, r.rubric_version, r.rubric_hash[:8], ",".join(r.scorers), _models(r), r.status,
             _time(r.created_at), _time(r.updated_at), str(r.answers), str(r.final_verdicts), str(r.unscored),
             str(r.llm_calls) if r.llm_calls else "–", _cost(r), str(r.overrides), r.cohort) for r in runs]


def format_table(header: tuple[str, ...], rows: list[tuple[str, ...]], numeric: set[str] | frozenset = frozenset(),
                 gap: str = "  ") -> str:
    """An aligned plain-text table: columns as wide as their widest cell, ``numeric`` ones right-aligned."""
    widths = [max([len(h), *(len(row[i]) for row in rows)]) for i, h in enumerate(header)]

    def line(cells: tuple[str, ...]) -> str:
        return gap.join(c.rjust(w) if h in numeric else c.ljust(w)
                        for c, w, h in zip(cells, widths, header)).rstrip()

    return "\n".join([line(header), line(tuple("-" * w for w in widths)), *(line(r) for r in rows)])


def runs_table(runs: list[RunSummary]) -> str:
    """``evaluator runs`` as an aligned terminal table."""
    if not runs:
        return "no runs yet: 'evaluator run INPUT --rubric FILE' scores a first one"
    return format_table(RUN_COLUMNS, run_rows(runs), NUMERIC)


__all__ = ["RunSummary", "format_table", "list_runs", "models_from_config", "run_rows", "runs_table"]
