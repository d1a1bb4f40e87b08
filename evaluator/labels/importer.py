"""``evaluator labels import``: human labels into the database, checked row by row.

Two layouts: our labels CSV (``answer_id`` or ``transcript_id``+``question_id``, ``item_id``,
``rater``, ``value``, ``note``) and the graded-dataset layout, whose answers are ingested too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import duckdb

from ..errors import InputError, NoRunYetError
from ..ingest import parse_file, read_bytes
from ..ingest.decode import decode_bytes
from ..ingest.written import csv_header
from ..pipeline import IngestSummary, ingest_file
from ..rubric import LoadedRubric, Rubric
from ..store import labelstore
from ..store.reads import run_info
from .agreement import LabelRow, read_labels
from .graded_rubric import write_graded_rubric
from .resolution import UnresolvedLabel, database_index, item_value, resolve_answer

# Labels imported although they resolve to no single answer: the file is right, the answers may
# change (re-segmented, given ids), and calibration reports them again until they do.
STORED_UNRESOLVED = ("no_answer", "ambiguous", "duplicate")


@dataclass
class LabelImportSummary:
    """What ``import_labels`` did. ``skipped``: rows not imported (bad rows, unknown answers or items,
    bad values); ``unresolved``: rows imported that do not name exactly one answer (the question
    matches none or several of the transcript's answers, or a duplicate): not used until fixed."""

    source: str
    imported: int = 0
    errors: list[str] = field(default_factory=list)  # one line per skipped row (also in table label_errors)
    skipped: list[UnresolvedLabel] = field(default_factory=list)
    unresolved: list[UnresolvedLabel] = field(default_factory=list)
    matching_checked: bool = True  # False: no rubric (given or of a run) to match transcript + question
    ingest: IngestSummary | None = None
    rubric_out: str | None = None
    rubric_id: str | None = None


def _bad_row(source: str, error: InputError) -> UnresolvedLabel:
    match = re.match(r"row (\d+): (.*)", error.message)
    number, message = (int(match.group(1)), match.group(2)) if match else (None, error.message)
    return UnresolvedLabel(source, number, "", "", "bad_row", message)


def _matching_rubric(conn: duckdb.DuckDBPyConnection, rubric: LoadedRubric | None) -> Rubric | None:
    """The rubric whose questions transcript + question labels are matched with: the one given,
    else the latest run's (what calibration will use), else none."""
    if rubric is not None:
        return rubric.rubric
    try:
        return run_info(conn).rubric
    except NoRunYetError:
        return None


def import_labels(conn: duckdb.DuckDBPyConnection, path: str | Path, *, rubric: LoadedRubric | None = None,
                  rubric_out: str | Path | None = None) -> LabelImportSummary:
    """Import a labels file; bad rows are reported (and stored in ``label_errors``), the rest kept.

    Every label is resolved to its answer now, as calibration and training will: rows that name no
    known answer, item or value are skipped; rows naming a transcript + question that matches no
    answer or several (a follow-up taken for a new question splits an answer in two) are imported
    but listed in ``unresolved``. Re-importing the same file replaces its earlier labels.
    """
    path = Path(path)
    source = str(path)
    summary = LabelImportSummary(source=source)
    text = decode_bytes(read_bytes(path), source)
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
                             "label/score …)", path=source, line=1)
        parsed_labels = read_labels(path, text=text)
        summary.errors.extend(e.one_line() for e in parsed_labels.errors)
        summary.skipped.extend(_bad_row(source, e) for e in parsed_labels.errors)
        rows = [(number, row, row.raw or f"{row.value:g}") for number, row in parsed_labels.numbered]
    if rubric is not None:
        summary.rubric_id = rubric.rubric.id
    named = [r.transcript_id for _, r, _ in rows if r.answer_id is None and r.transcript_id]
    matching = _matching_rubric(conn, rubric) if named else None
    summary.matching_checked = not named or matching is not None
    index = database_index(conn, matching, named, [r.answer_id for _, r, _ in rows if r.answer_id])
    if rubric is None:
        index.questions = None  # another rubric's questions say nothing about this file's
    items = ({c.id: c for c in rubric.rubric.criteria} | {f.id: f for f in rubric.rubric.flags}) if rubric else {}
    good: list[tuple[int, LabelRow, str, str | None]] = []
    seen: dict[tuple[str, str, str], int] = {}
    for number, row, raw in rows:
        value = row.value
        if row.answer_id is not None or matching is not None:
            answer_id, reason, detail = resolve_answer(row.answer_id, row.transcript_id, row.question_id, index)
        elif row.transcript_id not in (index.transcripts or set()):
            answer_id, reason, detail = None, "unknown_transcript", f"unknown transcript_id {row.transcript_id!r}"
        else:  # nothing to match the question with: stored, resolved when a run exists
            answer_id, reason, detail = None, None, ""
        key = (answer_id or "", row.item_id, row.rater)
        if reason is None and answer_id is not None and key in seen:
            reason, detail = "duplicate", (f"{row.rater} already labelled {row.item_id} of {answer_id!r} (row "
                                           f"{seen[key]}); only that label is used")
        if reason in (None, *STORED_UNRESOLVED) and rubric is not None:  # a bad item or value is worse
            value, value_reason, value_detail = item_value(items.get(row.item_id), row.item_id, row.value, raw)
            if value_reason is not None:
                reason, detail = value_reason, value_detail + (
                    f" (rubric {rubric.rubric.id} has {', '.join(items)})" if value_reason == "unknown_item" else "")
        problem = (None if reason is None else
                   UnresolvedLabel(source, number, row.rater, row.item_id, reason, detail, answer_id or row.answer_id,
                                   row.transcript_id, row.question_id))
        if problem is not None and reason not in STORED_UNRESOLVED:
            summary.skipped.append(problem)
            summary.errors.append(InputError(f"row {number}: {detail}", path=source, line=number + 1).one_line())
            continue
        if problem is not None:
            summary.unresolved.append(problem)
        if answer_id is not None:
            seen.setdefault(key, number)
        good.append((number, row.model_copy(update={"value": value}), raw,
                     index.hashes.get(answer_id) if answer_id else None))
    labelstore.replace_labels(conn, source, good, summary.errors)
    summary.imported = len(good)
    return summary


def _float(text: str) -> float | None:
    try:
        return float(text)
    except ValueError:
        return None
