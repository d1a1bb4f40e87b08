"""Written answers (no transcript): CSV and JSONL rows of candidate_id, question, answer."""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass, field
from typing import Any, Iterable, Iterator

from pydantic import BaseModel, ConfigDict, ValidationError, field_validator

from ..errors import InputError
from ..models import Answer, Transcript
from .tables import REQUIRED_COLUMNS, csv_stream_header, iter_csv_stream, iter_jsonl_stream

KNOWN_COLUMNS = (*REQUIRED_COLUMNS, "question_id", "answer_id", "transcript_id")
# The csv module's own limit stops the reader mid-field; rows are bounded by tables.MAX_ROW_CHARS
# instead (the reader is fed lines of a bounded length), so fields are read whole and checked per
# row: an oversized field skips its row only.
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


class RowGrouper:
    """Validates rows and groups them into one written transcript per candidate, batch by batch.

    What must hold across a whole file (answer ids unique, a transcript_id owned by one candidate,
    answer numbers per transcript) is remembered between batches; the answers themselves are not,
    so a file of any size is grouped in bounded memory (a few dozen bytes per answer id).
    """

    def __init__(self, path: str, stem: str) -> None:
        self.path, self.stem = path, stem
        self._owners: dict[str, str] = {}  # transcript_id → candidate_id
        self._counts: dict[str, int] = {}  # transcript_id → answers so far
        self._seen_ids: dict[str, int] = {}  # answer_id → its row

    def add(self, rows: Iterable[tuple[int, int, dict[str, Any]]]) -> tuple[list[Transcript], list[InputError]]:
        """Group one batch: its new transcripts and the answers it adds to each (a transcript that
        already appeared in an earlier batch is returned again holding only this batch's answers)."""
        transcripts: dict[str, Transcript] = {}
        errors: list[InputError] = []
        path = self.path
        for row_number, line, data in rows:
            if "__shape_error__" in data:
                errors.append(InputError(f"row {row_number} {data['__shape_error__']}", path=path, line=line))
                continue
            try:
                row = WrittenAnswerRow.model_validate(data)
            except ValidationError as exc:
                errors.append(_row_error(path, line, row_number, exc))
                continue
            if row.answer_id is not None:
                if row.answer_id in self._seen_ids:
                    errors.append(InputError(
                        f"row {row_number}: duplicated answer_id {row.answer_id!r} (first on row "
                        f"{self._seen_ids[row.answer_id]}); answer_ids must be unique", path=path, line=line))
                    continue
                self._seen_ids[row.answer_id] = row_number
            transcript_id = row.transcript_id or f"{self.stem}-{_slug(row.candidate_id)}"
            owner = self._owners.setdefault(transcript_id, row.candidate_id)
            if owner != row.candidate_id:
                errors.append(InputError(
                    f"row {row_number}: transcript_id {transcript_id!r} already belongs to candidate "
                    f"{owner!r}", path=path, line=line))
                continue
            transcript = transcripts.get(transcript_id)
            if transcript is None:
                transcript = Transcript(transcript_id=transcript_id, candidate_id=row.candidate_id, kind="written")
                transcripts[transcript_id] = transcript
            seq = self._counts.get(transcript_id, 0) + 1
            self._counts[transcript_id] = seq
            metadata = {k: v for k, v in (row.model_extra or {}).items() if v not in (None, "")}
            metadata["source_row"] = row_number
            if line:  # the row's line in the file, for warnings about the answer (JSON arrays have none)
                metadata["source_line"] = line
            # every field was validated by WrittenAnswerRow: construct without validating again (a
            # third of the ingest's time at a million rows)
            transcript.answers.append(Answer.model_construct(
                answer_id=row.answer_id or f"{transcript_id}/{seq}", transcript_id=transcript_id,
                candidate_id=row.candidate_id, seq=seq, question=row.question, text=row.answer,
                question_id=row.question_id, metadata=metadata,
            ))
        return list(transcripts.values()), errors


def group_rows(rows: Iterable[tuple[int, int, dict[str, Any]]], path: str, stem: str) -> WrittenParse:
    """Validate rows ``(row_number, line, data)`` and group them into one transcript per candidate.

    Bad rows and duplicated answer_ids become row errors; good rows are kept.
    """
    transcripts, errors = RowGrouper(path, stem).add(rows)
    return WrittenParse(transcripts, errors)


def _slug(value: str) -> str:
    return re.sub(r"[^A-Za-z0-9_.\-]+", "-", value).strip("-") or "anon"


def csv_header(text: str) -> list[str]:
    """The normalised column names of CSV text (empty when unreadable)."""
    return csv_stream_header(io.StringIO(text, newline=""))


def iter_csv_rows(text: str, path: str) -> Iterator[tuple[int, int, dict[str, Any]]]:
    """Yield ``(row_number, line, row)`` from (normalised) CSV text, checking the header first."""
    return iter_csv_stream(io.StringIO(text, newline=""), path, clean=False)


def iter_jsonl_rows(text: str, path: str) -> Iterator[tuple[int, int, dict[str, Any]]]:
    """Yield ``(row_number, line, object)`` from (normalised) JSON Lines; a bad line is reported, not fatal."""
    return iter_jsonl_stream(io.StringIO(text, newline=""), path, clean=False)


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
    parsed = group_rows(rows, path, stem)
    parsed.row_errors = sorted(parsed.row_errors, key=lambda e: e.line or 0)
    return parsed
