"""Human labels: read a labels file and measure how far a run's verdicts agree with it.

A label names its answer by ``answer_id``, or by ``transcript_id`` + ``question_id`` (the rubric
question the answer responds to: what a reviewer reading a transcript knows). Labels that cannot
be resolved to an answer of the run are listed with the reason, never silently dropped.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import duckdb
from pydantic import BaseModel, ConfigDict, ValidationError, field_validator, model_validator

from ..errors import InputError
from ..ingest import read_bytes
from ..ingest.decode import decode_bytes
from ..rubric import Rubric
from .resolution import UnresolvedLabel, resolve_answer, run_index


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


@dataclass
class ResolvedLabel:
    answer_id: str
    row: LabelRow


def resolve(conn: duckdb.DuckDBPyConnection, run_id: str, numbered: list[tuple[int, LabelRow]], *,
            source: str = "") -> tuple[list[ResolvedLabel], list[UnresolvedLabel]]:
    """Map labels (with their row numbers in ``source``) to answers of the run; returns (resolved,
    unresolved), each unresolved label with the reason (see :mod:`evaluator.labels.resolution`)."""
    index = run_index(conn, run_id)
    resolved, unresolved = [], []
    for number, row in numbered:
        answer_id, reason, detail = resolve_answer(row.answer_id, row.transcript_id, row.question_id, index)
        if answer_id is None:
            unresolved.append(UnresolvedLabel(source, number, row.rater, row.item_id, reason or "unknown_answer",
                                              detail, row.answer_id, row.transcript_id, row.question_id))
        else:
            resolved.append(ResolvedLabel(answer_id, row))
    return resolved, unresolved


@dataclass
class ItemAgreement:
    """Agreement of one scorer with the human labels on one item."""

    item_id: str
    item_kind: str
    n: int = 0              # labels with a scored verdict to compare
    unscored: int = 0       # labels whose verdict was unscored
    missing: int = 0        # labels with no verdict at all (item not applied to that answer)
    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0
    exact: int = 0
    adjacent: int = 0
    abs_error: float = 0.0

    @property
    def precision(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None

    @property
    def f1(self) -> float | None:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p and r else (0.0 if p is not None and r is not None else None)

    def as_dict(self) -> dict[str, float | int | str | None]:
        base: dict[str, float | int | str | None] = {
            "item_id": self.item_id, "item_kind": self.item_kind, "n": self.n,
            "unscored": self.unscored, "missing": self.missing,
            "exact_agreement": self.exact / self.n if self.n else None}
        if self.item_kind == "flag":
            base.update(tp=self.tp, fp=self.fp, fn=self.fn, tn=self.tn, precision=self.precision,
                        recall=self.recall, f1=self.f1, human_prevalence=(self.tp + self.fn) / self.n if self.n else None)
        else:
            base.update(adjacent_agreement=self.adjacent / self.n if self.n else None,
                        mae=self.abs_error / self.n if self.n else None)
        return base


def agreement(conn: duckdb.DuckDBPyConnection, run_id: str, labels: list[ResolvedLabel], *,
              scorer: str = "final", rater: str | None = None) -> list[ItemAgreement]:
    """Per-item agreement of ``scorer``'s verdicts with the labels (of one rater, or all)."""
    verdicts = {(a, i): (v, s, k) for a, i, v, s, k in conn.execute(
        "SELECT answer_id, item_id, value, status, item_kind FROM scores WHERE run_id = ? AND scorer = ?",
        [run_id, scorer]).fetchall()}
    kinds = {i: k for (_, i), (_, _, k) in verdicts.items()}
    stats: dict[str, ItemAgreement] = {}
    for label in labels:
        if rater is not None and label.row.rater != rater:
            continue
        item = label.row.item_id
        entry = stats.setdefault(item, ItemAgreement(item, kinds.get(item, "unknown")))
        found = verdicts.get((label.answer_id, item))
        if found is None:
            entry.missing += 1
            continue
        value, status, kind = found
        entry.item_kind = kind
        if status != "scored" or value is None:
            entry.unscored += 1
            continue
        human = label.row.value
        entry.n += 1
        entry.exact += value == human
        entry.adjacent += abs(value - human) <= 1
        entry.abs_error += abs(value - human)
        if kind == "flag":
            entry.tp += value == 1 and human == 1
            entry.fp += value == 1 and human == 0
            entry.fn += value == 0 and human == 1
            entry.tn += value == 0 and human == 0
    return sorted(stats.values(), key=lambda s: (s.item_kind, s.item_id))
