"""Read input files into transcripts (turns) and written answers.

Each format has its own module; :func:`parse_file` picks one by file extension (and content
for ``.json``) and never lets a bad row lose the good ones.
"""

from __future__ import annotations

import hashlib
import io
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator

from .. import fileio
from ..errors import InputError
from ..models import Transcript
from .decode import decode_bytes
from .jsonfile import parse_json_transcript
from .subtitles import parse_srt, parse_vtt
from .text import parse_labelled_text
from . import tables
from .tables import iter_parquet_rows
from .graded import GradedLabel, is_graded_header, split_graded_rows
from .written import csv_header, iter_csv_rows, iter_json_answer_rows, iter_jsonl_rows, parse_written

FORMATS = {".txt": "txt", ".md": "md", ".markdown": "md", ".json": "json", ".jsonl": "jsonl",
           ".ndjson": "jsonl", ".csv": "csv", ".vtt": "vtt", ".srt": "srt", ".parquet": "parquet"}
# Parsing a file whole takes ~25-40 bytes of memory per input byte, so these keep one file well under
# 2 GB. Answer tables (CSV, JSON Lines, Parquet) are streamed by the ingest (see tables.py) and have
# no file limit there; this one applies to JSON arrays and to tables read whole (graded datasets).
MAX_FILE_BYTES = 50_000_000
MAX_TRANSCRIPT_BYTES = 10_000_000  # one interview; a two-hour transcript is ~150 kB
TRANSCRIPT_FORMATS = ("txt", "md", "vtt", "srt")


@dataclass
class ParsedFile:
    """What one input file yielded: transcripts (interviews with turns, or written answers)."""

    path: str
    format: str
    content_hash: str
    size_bytes: int
    transcripts: list[Transcript] = field(default_factory=list)
    row_errors: list[InputError] = field(default_factory=list)
    graded: bool = False  # the graded-dataset layout: answers come with human grades
    labels: list[GradedLabel] = field(default_factory=list)


def discover(inputs: Iterable[str | Path]) -> Iterator[Path]:
    """Expand files and folders (recursively) into input files, in a stable order.

    Hidden files and files with unknown extensions inside folders are passed over; a file named
    explicitly is always returned (and fails later if its format is unknown).
    """
    for item in inputs:
        path = Path(item)
        if path.is_dir():
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    if not name.startswith(".") and Path(name).suffix.lower() in FORMATS:
                        yield Path(root) / name
        else:
            yield path


def content_hash(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def max_bytes_for(path: Path) -> int:
    """The size limit of an input file read whole, by its format (see MAX_FILE_BYTES)."""
    return MAX_TRANSCRIPT_BYTES if FORMATS.get(path.suffix.lower()) in TRANSCRIPT_FORMATS else MAX_FILE_BYTES


def read_bytes(path: Path) -> bytes:
    """Read an input file's bytes, turning OS errors into :class:`InputError`."""
    return fileio.read_bytes(path, max_bytes=max_bytes_for(path), error=InputError)


def file_stem_id(path: Path) -> str:
    """A transcript id from a file name: its stem, with unsafe characters replaced."""
    return re.sub(r"[^A-Za-z0-9_.\-]+", "-", path.stem).strip("-") or "transcript"


def parse_file(path: Path, data: bytes | None = None) -> ParsedFile:
    """Parse one input file. Raises :class:`InputError` when the whole file is unusable."""
    fmt = FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise InputError(f"unknown file type {path.suffix or '(none)'!r}; expected one of "
                         f"{', '.join(sorted(set(FORMATS)))}", path=str(path))
    data = read_bytes(path) if data is None else data
    if len(data) > max_bytes_for(path):
        raise InputError(f"file is larger than {max_bytes_for(path):,} bytes", path=str(path))
    parsed = ParsedFile(str(path), fmt, content_hash(data), len(data))
    if fmt == "parquet":
        written = parse_written(iter_parquet_rows(io.BytesIO(data), str(path)), str(path), file_stem_id(path))
        if not written.transcripts:
            first = f": {written.row_errors[0].message}" if written.row_errors else ""
            raise InputError(f"no valid answer rows{first}", path=str(path))
        parsed.transcripts, parsed.row_errors = written.transcripts, written.row_errors
        return parsed
    text = decode_bytes(data, str(path))
    stem = file_stem_id(path)
    rows: Iterable[tuple[int, int, dict]] | None = None
    header: list[str] = []
    if fmt == "csv":
        rows, header = iter_csv_rows(text, str(path)), csv_header(text)
    elif fmt == "jsonl":
        rows = iter_jsonl_rows(text, str(path))
    elif fmt == "json":
        rows = iter_json_answer_rows(text)  # None: the JSON is a transcript
    if rows is not None:
        if is_graded_header(header):
            parsed.graded = True
            rows = split_graded_rows(rows, parsed.labels)
        written = parse_written(rows, str(path), stem)
        if not written.transcripts:
            first = f": {written.row_errors[0].message}" if written.row_errors else ""
            raise InputError(f"no valid answer rows{first}", path=str(path))
        parsed.transcripts, parsed.row_errors = written.transcripts, written.row_errors
        return parsed
    metadata: dict = {}
    transcript_id, candidate_id = stem, ""
    roles: dict[str, str] = {}
    if fmt == "json":
        doc, turns = parse_json_transcript(text, str(path))
        transcript_id = doc.transcript_id or stem
        candidate_id = doc.candidate_id or ""
        metadata = dict(doc.metadata)
        if doc.interviewer:
            roles["interviewer"] = doc.interviewer
        if doc.candidate:
            roles["candidate"] = doc.candidate
    elif fmt == "vtt":
        turns = parse_vtt(text, str(path))
    elif fmt == "srt":
        turns = parse_srt(text, str(path))
    else:
        turns = parse_labelled_text(text, str(path), markdown=fmt == "md")
    if roles:
        metadata["roles"] = roles
    if transcript_id == stem:
        metadata["id_from_filename"] = True
    parsed.transcripts = [Transcript(transcript_id=transcript_id, candidate_id=candidate_id,
                                     kind="interview", turns=turns, metadata=metadata)]
    return parsed


__all__ = ["FORMATS", "ParsedFile", "content_hash", "discover", "file_stem_id", "parse_file", "read_bytes", "tables"]
