"""Written answers (no transcript): CSV and JSONL rows of candidate_id, question, answer."""

from __future__ import annotations

import csv
import io
import itertools
import json
import re
from dataclasses import dataclass, field
from typing import Any, Iterable, Iterator

from pydantic import BaseModel, ConfigDict, ValidationError, field_validator

from ..errors import InputError
from ..models import Answer, Transcript
from .graded import is_graded_header

REQUIRED_COLUMNS = ("candidate_id", "question", "answer")
KNOWN_COLUMNS = (*REQUIRED_COLUMNS, "question_id", "answer_id", "transcript_id")
MAX_FIELD_CHARS = 1_000_000
# The csv module's own limit stops the reader mid-field, and it cannot resynchronise after that
# (every later row was lost). The file is already in memory (size-limited), so fields are read
# whole and checked per row instead: an oversized field skips its row only.
csv.field_size_limit(2**31 - 1)


class WrittenAnswerRow(BaseModel):
    """One written answer; columns other than the known ones are kept as metadata."""

    model_config = ConfigDict(extra="allow", str_strip_whitespace=True)

    candidate_id: str
    question: str
    answer: str
    question_id: str | None = None
    answer_id: str | None = None
    transcript_id: str | None = None

    @field_validator("candidate_id", "question", "answer")
    @classmethod
    def _not_blank(cls, value: str) -> str:
        if not value:
            raise ValueError("must not be empty")
        return value

    @field_validator("candidate_id", "question", "answer", "question_id", "answer_id",
                     "transcript_id", mode="before")
    @classmethod
    def _as_text(cls, value: Any) -> Any:
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            return str(value)
        return value

    @field_validator("question_id", "answer_id", "transcript_id")
    @classmethod
    def _empty_is_none(cls, value: str | None) -> str | None:
        return value or None


@dataclass
class WrittenParse:
    transcripts: list[Transcript]
    row_errors: list[InputError] = field(default_factory=list)


def _row_error(path: str, line: int, row: int, exc: ValidationError) -> InputError:
    err = exc.errors()[0]
    column = ".".join(str(p) for p in err["loc"]) or "row"
    return InputError(f"row {row}: column '{column}' {err['msg'].lower()}", path=path, line=line)


def group_rows(rows: Iterable[tuple[int, int, dict[str, Any]]], path: str, stem: str) -> WrittenParse:
    """Validate rows ``(row_number, line, data)`` and group them into one transcript per candidate.

    Bad rows and duplicated answer_ids become row errors; good rows are kept.
    """
    transcripts: dict[str, Transcript] = {}
    errors: list[InputError] = []
    seen_ids: dict[str, int] = {}
    for row_number, line, data in rows:
        try:
            row = WrittenAnswerRow.model_validate(data)
        except ValidationError as exc:
            errors.append(_row_error(path, line, row_number, exc))
            continue
        if row.answer_id is not None:
            if row.answer_id in seen_ids:
                errors.append(InputError(
                    f"row {row_number}: duplicated answer_id {row.answer_id!r} (first on row "
                    f"{seen_ids[row.answer_id]}); answer_ids must be unique", path=path, line=line))
                continue
            seen_ids[row.answer_id] = row_number
        transcript_id = row.transcript_id or f"{stem}-{_slug(row.candidate_id)}"
        transcript = transcripts.get(transcript_id)
        if transcript is None:
            transcript = Transcript(transcript_id=transcript_id, candidate_id=row.candidate_id,
                                    kind="written")
            transcripts[transcript_id] = transcript
        elif transcript.candidate_id != row.candidate_id:
            errors.append(InputError(
                f"row {row_number}: transcript_id {transcript_id!r} already belongs to candidate "
                f"{transcript.candidate_id!r}", path=path, line=line))
            continue
        seq = len(transcript.answers) + 1
        metadata = {k: v for k, v in (row.model_extra or {}).items() if v not in (None, "")}
        metadata["source_row"] = row_number
        if line:  # the row's line in the file, for warnings about the answer (JSON arrays have none)
            metadata["source_line"] = line
        transcript.answers.append(Answer(
            answer_id=row.answer_id or f"{transcript_id}/{seq}", transcript_id=transcript_id,
            candidate_id=row.candidate_id, seq=seq, question=row.question, text=row.answer,
            question_id=row.question_id, metadata=metadata,
        ))
    return WrittenParse(list(transcripts.values()), errors)


def _slug(value: str) -> str:
    return re.sub(r"[^A-Za-z0-9_.\-]+", "-", value).strip("-") or "anon"


def _delimiter(text: str) -> str:
    # RFC 4180 commas; a header without commas but with tabs/semicolons names its delimiter
    first_line = text.split("\n", 1)[0]
    return "," if "," in first_line else "\t" if "\t" in first_line else ";" if ";" in first_line else ","


def csv_header(text: str) -> list[str]:
    """The normalised column names of CSV text (empty when unreadable)."""
    try:
        row = next(csv.reader(io.StringIO(text.split("\n", 1)[0]), delimiter=_delimiter(text)))
    except (StopIteration, csv.Error):
        return []
    return [h.strip().lstrip("\ufeff").lower() for h in row]


def iter_csv_rows(text: str, path: str) -> Iterator[tuple[int, int, dict[str, Any]]]:
    """Yield ``(row_number, line, row)`` from CSV text, checking the header first."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text))
    try:
        header = [h.strip().lstrip("\ufeff").lower() for h in next(reader)]
    except StopIteration as exc:
        raise InputError("CSV has no header row", path=path, line=1) from exc
    except csv.Error as exc:
        raise InputError(f"malformed CSV header: {exc}", path=path, line=1) from exc
    required = ("question", "answer") if is_graded_header(header) else REQUIRED_COLUMNS
    missing = [c for c in required if c not in header]
    if missing:
        raise InputError(f"CSV is missing required column(s) {', '.join(missing)}; expected "
                         f"columns {', '.join(REQUIRED_COLUMNS)} (optional: question_id, answer_id, "
                         "transcript_id)", path=path, line=1)
    duplicated = sorted({h for h in header if header.count(h) > 1})
    if duplicated:
        raise InputError(f"CSV header repeats column(s) {', '.join(duplicated)}", path=path, line=1)
    row_number = 0
    # held back one row: the last row may have run to the end of the file inside open quotes
    pending: tuple[int, int, dict[str, Any]] | None = None
    values: list[str] = []
    while True:
        line = reader.line_num + 1
        try:
            values = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:  # the reader cannot resync after a malformed row
            if pending is not None:
                yield pending
            yield row_number + 1, line, {"__shape_error__": f"is malformed CSV ({exc}); rows after it "
                                         "were not read"}
            return
        if not any(v.strip() for v in values):
            continue
        row_number += 1
        if pending is not None:
            yield pending
        longest = max(map(len, values), default=0)
        if longest > MAX_FIELD_CHARS:
            pending = row_number, line, {"__shape_error__": f"has a field of {longest:,} characters, over the "
                                                            f"{MAX_FIELD_CHARS:,} limit"}
        elif len(values) != len(header):
            pending = row_number, line, {"__shape_error__": f"has {len(values)} fields, header has {len(header)}"}
        else:
            pending = row_number, line, dict(zip(header, values))
    if pending is not None:
        if _open_quote_at_end(text, pending[1], values):
            pending = pending[0], pending[1], {"__shape_error__": "has a quoted field that is never "
                                               "closed (is the file truncated?)"}
        yield pending


def _open_quote_at_end(text: str, start_line: int, last_values: list[str]) -> bool:
    """Whether the last row, starting at ``start_line``, ends inside an unclosed quoted field.

    The lenient reader silently returns the rest of the file as that field; a strict re-read
    of just that row tells. Only rows whose last field holds a newline, or files without a
    final newline, can be affected, so the re-read is rare.
    """
    if not (last_values and "\n" in last_values[-1]) and text.endswith("\n"):
        return False
    # the lines as the reader counted them (any of \n, \r, \r\n ends one)
    rest = "".join(itertools.islice(io.StringIO(text, newline=""), start_line - 1, None))
    try:
        next(csv.reader(io.StringIO(rest, newline=""), delimiter=_delimiter(text), strict=True))
    except csv.Error as exc:
        return "unexpected end of data" in str(exc)
    except StopIteration:
        return False
    return False


def iter_jsonl_rows(text: str, path: str) -> Iterator[tuple[int, int, dict[str, Any]]]:
    """Yield ``(row_number, line, object)`` from JSON Lines; a bad line is reported, not fatal."""
    row_number = 0
    for line_number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        row_number += 1
        try:
            data = json.loads(line)
        except json.JSONDecodeError as exc:
            yield row_number, line_number, {"__shape_error__": f"is not valid JSON ({exc.msg}, column {exc.colno})"}
            continue
        except (ValueError, RecursionError) as exc:  # an over-long integer; nesting too deep
            reason = "nested too deeply" if isinstance(exc, RecursionError) else str(exc).split(":")[0]
            yield row_number, line_number, {"__shape_error__": f"is not valid JSON ({reason})"}
            continue
        if not isinstance(data, dict):
            yield row_number, line_number, {"__shape_error__": "is not a JSON object"}
            continue
        yield row_number, line_number, data


def iter_json_answer_rows(text: str) -> list[tuple[int, int, dict[str, Any]]] | None:
    """Rows of a JSON array of answer objects, or None when the JSON is not one (a transcript).

    The first element decides; later elements that are not objects become row errors.
    JSON has no per-row line, so rows carry line 0 ("no line").
    """
    stripped = text.lstrip()
    if not stripped.startswith("["):
        return None
    try:
        data = json.loads(stripped)
    except (ValueError, RecursionError):
        return None  # the transcript parser reports what is wrong with it
    if not (isinstance(data, list) and data and isinstance(data[0], dict)
            and "answer" in data[0] and "speaker" not in data[0]):
        return None
    return [(i + 1, 0, row if isinstance(row, dict) else {"__shape_error__": "is not a JSON object"})
            for i, row in enumerate(data)]


def parse_written(rows: Iterable[tuple[int, int, dict[str, Any]]], path: str, stem: str) -> WrittenParse:
    """Group rows, turning shape errors (wrong field count, bad JSON line) into row errors."""
    shape_errors: list[InputError] = []

    def good_rows() -> Iterator[tuple[int, int, dict[str, Any]]]:
        for row_number, line, data in rows:
            if "__shape_error__" in data:
                shape_errors.append(InputError(f"row {row_number} {data['__shape_error__']}",
                                               path=path, line=line))
            else:
                yield row_number, line, data

    parsed = group_rows(good_rows(), path, stem)
    parsed.row_errors = sorted(shape_errors + parsed.row_errors, key=lambda e: e.line or 0)
    return parsed
