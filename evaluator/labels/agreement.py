"""Human labels: read a labels file and measure how far a run's verdicts agree with it.

A label names its answer by ``answer_id``, or by ``transcript_id`` + ``question_id`` (the rubric
question the answer responds to: what a reviewer reading a transcript knows). Labels that cannot
be resolved to an answer of the run are listed with the reason, never silently dropped. The
reference (one rater's labels, or the consensus) and the figures are ``evaluator calibrate``'s:
:mod:`.resolution` and :mod:`evaluator.calibrate.stats`.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import duckdb
from pydantic import BaseModel, ConfigDict, ValidationError, field_validator, model_validator

from ..calibrate import stats
from ..errors import InputError
from ..ingest import read_bytes
from ..ingest.decode import decode_bytes
from ..rubric import Flag, Rubric
from ..store.calibrations import scorer_values
from ..store.reads import RunInfo
from .resolution import References, item_level, reference_values, run_index


class LabelRow(BaseModel):
    """One human judgement of one rubric item on one answer."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    transcript_id: str | None = None
    question_id: str | None = None
    answer_id: str | None = None
    item_id: str
    rater: str = "human"
    value: float | None = None
    raw: str | None = None  # the value as written, e.g. a category name for a nominal item
    note: str | None = None

    @field_validator("transcript_id", "question_id", "answer_id", "note", mode="before")
    @classmethod
    def _empty_is_none(cls, value: object) -> object:
        return None if value == "" else value

    @field_validator("rater", mode="before")
    @classmethod
    def _default_rater(cls, value: object) -> object:
        return value or "human"

    @model_validator(mode="before")
    @classmethod
    def _split_value(cls, data: Any) -> Any:
        """Numbers go to ``value``; anything else (a category name) stays in ``raw``."""
        if isinstance(data, dict) and isinstance(data.get("value"), str):
            text = data["value"].strip()
            if not text:
                raise ValueError("value is empty")
            try:
                number = float(text)
            except ValueError:
                number = None
            data = {**data, "value": number, "raw": text}
        return data


@dataclass
class LabelFile:
    numbered: list[tuple[int, LabelRow]]  # (data row number, row)
    errors: list[InputError] = field(default_factory=list)

    @property
    def rows(self) -> list[LabelRow]:
        return [row for _, row in self.numbered]


def read_labels(path: str | Path, text: str | None = None) -> LabelFile:
    """Read a labels CSV (``answer_id`` or ``transcript_id``+``question_id``, ``item_id``, ``rater``,
    ``value``, optional ``note``); bad rows are returned as errors, the rest kept."""
    name = str(path)
    if text is None:
        text = decode_bytes(read_bytes(Path(path)), name)
    reader = csv.DictReader(io.StringIO(text, newline=""))
    if not reader.fieldnames or "item_id" not in reader.fieldnames or "value" not in reader.fieldnames:
        raise InputError("labels CSV needs columns item_id, value and answer_id or transcript_id+question_id",
                         path=name, line=1)
    result = LabelFile(numbered=[])
    for number, raw in enumerate(reader, start=1):
        try:
            row = LabelRow.model_validate({k: v for k, v in raw.items() if k is not None})
            if row.answer_id is None and not (row.transcript_id and row.question_id):
                raise ValueError("needs answer_id, or transcript_id and question_id")
        except (ValidationError, ValueError) as exc:
            if isinstance(exc, ValidationError):
                err = exc.errors()[0]
                where = ".".join(str(p) for p in err["loc"])
                message = f"{where}: {err['msg']}" if where else err["msg"]
            else:
                message = str(exc)
            result.errors.append(InputError(f"row {number}: {message}", path=name, line=number + 1))
            continue
        result.numbered.append((number, row))
    return result


def with_numeric_values(numbered: list[tuple[int, LabelRow]], rubric: Rubric
                        ) -> tuple[list[tuple[int, LabelRow]], list[str]]:
    """Give category names (nominal items) their level values; other non-numbers are errors.

    Takes and returns (row number, row) pairs, so later messages can name the row."""
    criteria = {c.id: c for c in rubric.criteria}
    good, errors = [], []
    for number, row in numbered:
        if row.value is not None:
            good.append((number, row))
            continue
        criterion = criteria.get(row.item_id)
        level = criterion.level_for_label(row.raw or "") if criterion else None
        if level is None:
            errors.append(f"row {number}: {row.answer_id or (row.transcript_id, row.question_id)} {row.item_id}: "
                          f"value {row.raw!r} is not a number or a level label")
        else:
            good.append((number, row.model_copy(update={"value": level.value})))
    return good, errors


def file_references(conn: duckdb.DuckDBPyConnection, run: RunInfo, numbered: list[tuple[int, LabelRow]], *,
                    source: str = "", rater: str | None = None) -> References:
    """The labels of a file (with their row numbers in ``source``) resolved against the run's
    answers as calibration resolves stored labels: one reference value per (answer, item),
    ``rater``'s or the consensus of every rater (see :func:`~.resolution.reference_values`).
    Every label that does not resolve is in ``resolution.unresolved`` with the reason (whatever
    its rater)."""
    labels = [{"source": source, "row_number": number, "answer_id": row.answer_id,
               "transcript_id": row.transcript_id, "question_id": row.question_id, "item_id": row.item_id,
               "rater": row.rater, "value": row.value, "raw_value": row.raw} for number, row in numbered]
    items = {c.id: c for c in run.rubric.criteria} | {f.id: f for f in run.rubric.flags}
    index = run_index(conn, run.run_id, {q.id for q in run.rubric.questions})
    return reference_values(labels, items, index, rater)


@dataclass
class ItemAgreement:
    """Agreement of one scorer with the human reference on one item (figures from
    :mod:`evaluator.calibrate.stats`, over both sides at the item's nearest level)."""

    item_id: str
    item_kind: str
    n: int = 0              # labelled (answer, item) pairs with a scored verdict to compare
    unscored: int = 0       # pairs whose verdict was unscored
    missing: int = 0        # pairs with no verdict at all (item not applied to that answer)
    figures: dict[str, Any] = field(default_factory=dict)  # binary_metrics or ordinal_metrics; empty when n = 0

    def as_dict(self) -> dict[str, float | int | str | None]:
        f = self.figures
        base: dict[str, float | int | str | None] = {
            "item_id": self.item_id, "item_kind": self.item_kind, "n": self.n,
            "unscored": self.unscored, "missing": self.missing,
            "exact_agreement": f.get("agreement" if self.item_kind == "flag" else "exact")}
        if self.item_kind == "flag":
            base.update({k: f.get(k, 0) for k in ("tp", "fp", "fn", "tn")})
            base.update({k: f.get(k) for k in ("precision", "recall", "f1", "human_prevalence")})
        else:
            base.update(adjacent_agreement=f.get("adjacent"), mae=f.get("mae"))
        return base


def agreement(conn: duckdb.DuckDBPyConnection, run: RunInfo, references: References, *,
              scorer: str = "final") -> list[ItemAgreement]:
    """Per-item agreement of ``scorer``'s verdicts with the reference values: for flags
    :func:`~evaluator.calibrate.stats.binary_metrics`, for criteria
    :func:`~evaluator.calibrate.stats.ordinal_metrics` ("adjacent": one level step apart), both
    sides at the item's nearest level, as ``evaluator calibrate`` measures them."""
    verdicts = {(v.answer_id, v.item_id): (v.value, v.status) for v in scorer_values(conn, run.run_id, scorer)}
    items = {c.id: c for c in run.rubric.criteria} | {f.id: f for f in run.rubric.flags}
    entries: dict[str, ItemAgreement] = {}
    pairs: dict[str, tuple[list[float], list[float]]] = {}
    for (answer_id, item_id), human in sorted(references.values.items()):
        item = items[item_id]
        entry = entries.setdefault(item_id, ItemAgreement(item_id, "flag" if isinstance(item, Flag) else "criterion"))
        found = verdicts.get((answer_id, item_id))
        if found is None:
            entry.missing += 1
            continue
        value, status = found
        if status != "scored" or value is None:
            entry.unscored += 1
            continue
        entry.n += 1
        humans, preds = pairs.setdefault(item_id, ([], []))
        humans.append(item_level(item, human))
        preds.append(item_level(item, value))
    for item_id, (humans, preds) in pairs.items():
        item = items[item_id]
        entries[item_id].figures = (stats.binary_metrics(humans, preds) if isinstance(item, Flag) else
                                    stats.ordinal_metrics(humans, preds, [lv.value for lv in item.levels]))
    return sorted(entries.values(), key=lambda s: (s.item_kind, s.item_id))
