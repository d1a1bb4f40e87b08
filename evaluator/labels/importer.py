"""``evaluator labels import``: human labels into the database, checked row by row.

Two layouts: our labels CSV (``answer_id`` or ``transcript_id``+``question_id``, ``item_id``,
``rater``, ``value``, ``note``) and the graded-dataset layout, whose answers are ingested too.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import duckdb

from ..errors import InputError
from ..ingest import parse_file, read_bytes
from ..ingest.decode import decode_bytes
from ..ingest.written import csv_header
from ..pipeline import IngestSummary, ingest_file
from ..rubric import Criterion, LoadedRubric, Rubric
from ..store import labelstore
from .agreement import LabelRow, read_labels
from .graded_rubric import write_graded_rubric


@dataclass
class LabelImportSummary:
    source: str
    imported: int = 0
    errors: list[str] = field(default_factory=list)
    ingest: IngestSummary | None = None
    rubric_out: str | None = None
    rubric_id: str | None = None


def _check_value(rubric: Rubric, row: LabelRow, raw: str) -> tuple[float | None, str | None]:
    """(numeric value, error) for a label of ``row.item_id`` under ``rubric``."""
    items = {c.id: c for c in rubric.criteria} | {f.id: f for f in rubric.flags}
    item = items.get(row.item_id)
    if item is None:
        return None, f"unknown item {row.item_id!r} (rubric {rubric.id} has {', '.join(items)})"
    if isinstance(item, Criterion):
        if item.scale == "nominal" and raw and item.level_for_label(raw) is not None:
            return item.level_for_label(raw).value, None  # type: ignore[union-attr]
        if row.value is None:
            names = ", ".join(lv.label or f"{lv.value:g}" for lv in item.levels)
            return None, f"value {raw!r} is not a level of {item.id} (expected one of {names})"
        if not item.min_value <= row.value <= item.max_value:
            return None, (f"value {row.value:g} is outside {item.id}'s range "
                          f"{item.min_value:g}–{item.max_value:g}")
        return row.value, None
    if row.value not in (0.0, 1.0):
        return None, f"value {raw!r} for flag {item.id} must be 1 (raised) or 0"
    return row.value, None


def import_labels(conn: duckdb.DuckDBPyConnection, path: str | Path, *, rubric: LoadedRubric | None = None,
                  rubric_out: str | Path | None = None) -> LabelImportSummary:
    """Import a labels file; bad rows are reported (and stored in ``label_errors``), the rest kept.

    Re-importing the same file replaces its earlier labels.
    """
    path = Path(path)
    summary = LabelImportSummary(source=str(path))
    text = decode_bytes(read_bytes(path), str(path))
    header = csv_header(text)
    rows: list[tuple[int, LabelRow, str]] = []
    if {"dataset", "answer_id", "answer"} <= set(header):
        parsed = parse_file(path)
        summary.ingest = IngestSummary()
        ingest_file(conn, path, summary.ingest, parsed=parsed)
        if rubric_out is not None:
            rubric = write_graded_rubric(parsed, Path(rubric_out))
            summary.rubric_out = str(rubric_out)
        for grade in parsed.labels:
            for item_id, raw in (("score", grade.score), ("label", grade.label)):
                if raw:
                    value = _float(raw)
                    rows.append((grade.row_number, LabelRow(answer_id=grade.answer_id, item_id=item_id,
                                                            rater=grade.rater, value=value), raw))
    else:
        if rubric_out is not None:
            raise InputError("--rubric-out needs the graded-dataset layout (dataset, answer_id, answer, "
                             "label/score …)", path=str(path), line=1)
        parsed_labels = read_labels(path, text=text)
        summary.errors.extend(e.one_line() for e in parsed_labels.errors)
        rows = [(number, row, row.raw or f"{row.value:g}") for number, row in parsed_labels.numbered]
    if rubric is not None:
        summary.rubric_id = rubric.rubric.id
    known_answers = labelstore.existing_answer_ids(conn, [r.answer_id for _, r, _ in rows if r.answer_id])
    known_transcripts = labelstore.existing_transcript_ids(
        conn, [r.transcript_id for _, r, _ in rows if r.transcript_id])
    questions = {q.id for q in rubric.rubric.questions} if rubric else None
    good: list[tuple[int, LabelRow, str]] = []
    for number, row, raw in rows:
        error = None
        value = row.value
        if row.answer_id is not None and row.answer_id not in known_answers:
            error = f"unknown answer_id {row.answer_id!r} (ingest the answers first)"
        elif row.answer_id is None and row.transcript_id not in known_transcripts:
            error = f"unknown transcript_id {row.transcript_id!r}"
        elif row.answer_id is None and questions is not None and row.question_id not in questions:
            error = f"unknown question_id {row.question_id!r} for rubric {rubric.rubric.id}"  # type: ignore[union-attr]
        elif rubric is not None:
            value, error = _check_value(rubric.rubric, row, raw)
        if error:
            summary.errors.append(InputError(f"row {number}: {error}", path=str(path), line=number + 1).one_line())
        else:
            good.append((number, row.model_copy(update={"value": value}), raw))
    labelstore.replace_labels(conn, str(path), good, summary.errors)
    summary.imported = len(good)
    return summary


def _float(text: str) -> float | None:
    try:
        return float(text)
    except ValueError:
        return None
