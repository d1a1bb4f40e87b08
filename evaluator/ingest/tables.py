"""Answer tables of any size (CSV, JSON Lines, Parquet), read in bounded memory.

A hiring team's ATS export can hold hundreds of thousands of answers in one file. Such files are
never read whole: :func:`sniff` hashes the file and settles its encoding in one streaming pass,
then :func:`iter_table_rows` yields ``(row_number, line, row)`` one row at a time, for the
ingest to validate and store in batches. Limits apply per field (:data:`MAX_FIELD_CHARS`) and per
row (:data:`MAX_ROW_CHARS`), not per file: an over-long or malformed row becomes a row error and
reading resumes at the next row.

Text is cleaned field by field as :func:`~.decode.normalise_text` cleans a whole file (line
endings, NFKC, control characters), so a delimiter is never produced by normalisation.
"""

from __future__ import annotations

import codecs
import csv
import hashlib
import io
import json
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, Iterator

from .. import fileio
from ..errors import InputError
from .decode import CONTROL_CHARS, UTF8_MULTIBYTE
from .decode import bomless_utf16 as _bomless_utf16
from .graded import is_graded_header

REQUIRED_COLUMNS = ("candidate_id", "question", "answer")
MAX_FIELD_CHARS = 1_000_000  # one answer of ~150,000 words
MAX_ROW_CHARS = 4_000_000  # every field of a row together; bounds the memory one row can take
CHUNK_BYTES = 1 << 20
SAMPLE_BYTES = 65536  # what binary detection looks at

_CP1252_UNDEFINED = re.compile(rb"[\x81\x8d\x8f\x90\x9d]")

Row = tuple[int, int, dict[str, Any]]
TABLE_FORMATS = ("csv", "jsonl", "parquet")  # streamed by the ingest, whatever their size


@dataclass(frozen=True)
class Sniffed:
    """What one pass over a file established: its hash and size, and how to decode it."""

    content_hash: str
    size_bytes: int
    encoding: str  # a Python codec name ("utf-8-sig", "utf-16-le", "cp1252", …; "binary" for Parquet)
    errors: str = "strict"  # "ignore" only to drop a multi-byte character cut off at the very end
    has_nul: bool = False  # NUL bytes to drop (padding left by a crash or a preallocating writer)
    problem: InputError | None = None  # why the file cannot be read as text at all


def open_regular(path: Path) -> IO[bytes]:
    """Open a regular input file (FIFOs and devices refused, see :func:`evaluator.fileio.open_regular`)."""
    return fileio.open_regular(path)


class _EncodingCheck:
    """Decides a text file's encoding from its chunks, in order (the rules of
    :func:`~.decode.decode_bytes`); raises :class:`InputError` when no encoding fits."""

    def __init__(self, path: Path, first: bytes) -> None:
        self.path = str(path)
        if not first.strip():
            raise InputError("file is empty; expected a transcript or answers", path=self.path)
        self.skip = 0
        if first.startswith(codecs.BOM_UTF8):
            self.encoding, self.skip, codec = "utf-8-sig", 3, "utf-8"
        elif first.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            self.encoding = codec = "utf-16"
        else:
            self.encoding = codec = _bomless_utf16(first[:4096]) or "utf-8"
            sample = first[:SAMPLE_BYTES]
            if codec == "utf-8" and sample.count(b"\x00") > len(sample) // 100:
                raise InputError("binary file (contains NUL bytes); expected UTF-8, UTF-16 or "
                                 "Windows-1252 text", path=self.path)
        self.decoder = codecs.getincrementaldecoder(codec)()
        self.multibyte = codec != "utf-8"  # only plain UTF-8 may turn out to be Windows-1252
        self.errors, self.has_nul, self.cp1252 = "strict", False, False
        self.offset, self.lines, self.sample = 0, 0, ""

    def feed(self, chunk: bytes) -> None:
        body = chunk[self.skip:] if self.offset == 0 else chunk
        start = self.offset + (self.skip if self.offset == 0 else 0)  # file offset of body[0]
        self.has_nul = self.has_nul or b"\x00" in body
        if not self.multibyte and UTF8_MULTIBYTE.search(body):
            self.multibyte = True
        if not self.cp1252:
            try:
                text = self.decoder.decode(body)
                if len(self.sample) < SAMPLE_BYTES:
                    self.sample += text[:SAMPLE_BYTES]
            except UnicodeDecodeError as exc:
                if self.multibyte:  # mostly UTF-8 with a broken sequence: another encoding would garble it
                    name = "UTF-16" if self.encoding.startswith("utf-16") else "UTF-8"
                    raise InputError(f"invalid {name} byte sequence at byte {start + exc.start}; expected UTF-8, "
                                     "UTF-16 with BOM or Windows-1252 text", path=self.path,
                                     line=self.lines + body[: exc.start].count(b"\n") + 1) from exc
                self.cp1252 = True
        if self.cp1252:
            bad = _CP1252_UNDEFINED.search(body)
            if bad:
                raise InputError(f"undecodable byte 0x{body[bad.start()]:02x} at byte {start + bad.start()}; "
                                 "expected UTF-8, UTF-16 with BOM or Windows-1252 text", path=self.path,
                                 line=self.lines + body[: bad.start()].count(b"\n") + 1)
            if self.multibyte:  # UTF-8 sequences after bytes that are not UTF-8: neither encoding fits
                raise InputError("invalid UTF-8 byte sequence; expected UTF-8, UTF-16 with BOM or "
                                 "Windows-1252 text", path=self.path)
        self.lines += body.count(b"\n")
        self.offset += len(chunk)

    def finish(self) -> tuple[str, str]:
        """The encoding and the decoding error mode."""
        if not self.cp1252:
            try:
                self.decoder.decode(b"", final=True)
            except UnicodeDecodeError:
                if self.multibyte:
                    self.errors = "ignore"  # a character cut off at the very end (a truncated file)
                else:
                    self.cp1252 = True
        controls = len(CONTROL_CHARS.findall(self.sample.replace("\x00", "")))
        if controls > max(8, len(self.sample) // 100):
            raise InputError("binary content (many control characters); expected text", path=self.path)
        return ("cp1252" if self.cp1252 else self.encoding), self.errors


def sniff(path: Path, fmt: str) -> Sniffed:
    """Hash ``path`` and choose its encoding in one streaming pass (UTF-8 with or without BOM,
    UTF-16, else Windows-1252). A file that is no text at all (empty, binary, undecodable) is
    still hashed, with the reason in ``problem``; a file that cannot be opened raises
    :class:`InputError`."""
    digest = hashlib.sha256()
    size = 0
    check: _EncodingCheck | None = None
    problem: InputError | None = None
    with open_regular(path) as fh:
        chunk = fh.read(CHUNK_BYTES)
        if fmt != "parquet":  # binary by design: pyarrow reads it; only hashed here
            try:
                check = _EncodingCheck(path, chunk)
            except InputError as exc:
                problem = exc
        while chunk:
            digest.update(chunk)
            size += len(chunk)
            if check is not None and problem is None:
                try:
                    check.feed(chunk)
                except InputError as exc:
                    problem = exc
            chunk = fh.read(CHUNK_BYTES)
    encoding, errors = "binary", "strict"
    if check is not None and problem is None:
        try:
            encoding, errors = check.finish()
        except InputError as exc:
            problem = exc
    return Sniffed(digest.hexdigest(), size, encoding, errors, bool(check and check.has_nul), problem)


def clean_field(value: str) -> str:
    """One field as :func:`~.decode.normalise_text` would leave it (line endings, NFKC, controls)."""
    if "\r" in value:
        value = value.replace("\r\n", "\n").replace("\r", "\n")
    if not value.isascii():
        value = unicodedata.normalize("NFKC", value.replace("\ufeff", ""))
    if CONTROL_CHARS.search(value):
        value = CONTROL_CHARS.sub("", value)
    return value


def _clean_row(values: list[str]) -> list[str] | Iterator[str]:
    """:func:`clean_field` of each value; one check of the whole row first, since most rows are
    plain ASCII without carriage returns or control characters and need nothing."""
    joined = "".join(values)
    if joined.isascii() and "\r" not in joined and not CONTROL_CHARS.search(joined):
        return values
    return map(clean_field, values)


class _RowTooLong(Exception):
    """A physical line or a row ran past the limits; raised through the csv reader."""


class _Lines:
    """The physical lines of a text stream for ``csv.reader``: at most :data:`MAX_ROW_CHARS` per
    row, counting lines and the quote characters of the current row (to find a row's end after an
    error: an odd count means a quoted field is still open)."""

    def __init__(self, stream: IO[str], drop_nul: bool) -> None:
        self.stream = stream
        self.drop_nul = drop_nul
        self.lineno = 0
        self.quotes = 0
        self.chars = 0
        self.exhausted = False
        self.partial = False  # the last piece read ended mid-line (a line over the limit)

    def __iter__(self) -> "_Lines":
        return self

    def start_row(self) -> None:
        self.quotes = self.chars = 0

    def _read(self) -> str:
        line = self.stream.readline(MAX_ROW_CHARS + 1)
        if not line:
            self.exhausted = True
            return line
        self.partial = not line.endswith(("\n", "\r"))
        if not self.partial:
            self.lineno += 1
        if self.drop_nul and "\x00" in line:
            line = line.replace("\x00", "")
        self.quotes += line.count('"')
        self.chars += len(line)
        return line

    def __next__(self) -> str:
        line = self._read()
        if not line:
            raise StopIteration
        if self.chars > MAX_ROW_CHARS:
            raise _RowTooLong
        return line

    def skip_row(self, quoted: bool = True) -> None:
        """Read on to the end of the current row: the rest of its line, then (``quoted``: CSV) while
        a quoted field is open (odd quote count), further lines."""
        while self.partial and self._read():
            pass
        while quoted and self.quotes % 2 and self._read():
            pass
        if self.exhausted and self.partial:  # the file ended mid-line: count that line
            self.lineno += 1


def _delimiter(first_line: str) -> str:
    # RFC 4180 commas; a header without commas but with tabs/semicolons names its delimiter
    return "," if "," in first_line else "\t" if "\t" in first_line else ";" if ";" in first_line else ","


def normalise_header(names: list[str]) -> list[str]:
    return [clean_field(h).strip().lstrip("\ufeff").lower() for h in names]


def check_header(header: list[str], path: str, kind: str = "CSV") -> None:
    """Refuse a header without the required columns, or with a column twice."""
    required = ("question", "answer") if is_graded_header(header) else REQUIRED_COLUMNS
    missing = [c for c in required if c not in header]
    if missing:
        raise InputError(f"{kind} is missing required column(s) {', '.join(missing)}; expected "
                         f"columns {', '.join(REQUIRED_COLUMNS)} (optional: question_id, answer_id, "
                         "transcript_id)", path=path, line=1 if kind == "CSV" else None)
    duplicated = sorted({h for h in header if header.count(h) > 1})
    if duplicated:
        raise InputError(f"{kind} header repeats column(s) {', '.join(duplicated)}", path=path,
                         line=1 if kind == "CSV" else None)


def iter_csv_stream(stream: IO[str], path: str, *, drop_nul: bool = False, clean: bool = True) -> Iterator[Row]:
    """Yield ``(row_number, line, row)`` from a CSV text stream (opened with ``newline=""``).

    Shape problems become rows ``{"__shape_error__": reason}``: a wrong number of fields, a field
    over :data:`MAX_FIELD_CHARS`, a row over :data:`MAX_ROW_CHARS` or one the csv module cannot
    read (reading resumes after that row), a quoted field still open at the end of the file.
    """
    lines = _Lines(stream, drop_nul)
    try:
        first = next(lines)
    except StopIteration:
        raise InputError("CSV has no header row", path=path, line=1) from None
    except _RowTooLong:
        raise InputError(f"CSV header is longer than {MAX_ROW_CHARS:,} characters", path=path, line=1) from None
    delimiter = _delimiter(first)
    try:
        header = normalise_header(next(csv.reader([first], delimiter=delimiter)))
    except (StopIteration, csv.Error) as exc:
        raise InputError(f"malformed CSV header: {exc}", path=path, line=1) from exc
    check_header(header, path)
    reader = csv.reader(lines, delimiter=delimiter)
    row_number = 0
    while True:
        lines.start_row()
        line = lines.lineno + 1
        try:
            values = next(reader)
        except StopIteration:
            return
        except (csv.Error, _RowTooLong) as exc:
            row_number += 1
            reason = (f"is longer than {MAX_ROW_CHARS:,} characters, the limit per row" if isinstance(exc, _RowTooLong)
                      else f"is malformed CSV ({exc})")
            lines.skip_row()
            yield row_number, line, {"__shape_error__": reason}
            reader = csv.reader(lines, delimiter=delimiter)  # the old one is mid-field: start afresh
            continue
        if not any(v.strip() for v in values):
            continue
        row_number += 1
        if lines.exhausted and lines.quotes % 2:  # the reader ran out of lines inside quotes
            yield row_number, line, {"__shape_error__": "has a quoted field that is never closed "
                                                        "(is the file truncated?)"}
            return
        longest = max(map(len, values), default=0)
        if longest > MAX_FIELD_CHARS:
            yield row_number, line, {"__shape_error__": f"has a field of {longest:,} characters, over the "
                                                        f"{MAX_FIELD_CHARS:,} limit"}
        elif len(values) != len(header):
            yield row_number, line, {"__shape_error__": f"has {len(values)} fields, header has {len(header)}"}
        else:
            yield row_number, line, dict(zip(header, _clean_row(values) if clean else values))


def csv_stream_header(stream: IO[str]) -> list[str]:
    """The normalised column names on the first line of a CSV stream (empty when unreadable)."""
    first = stream.readline(MAX_ROW_CHARS)
    try:
        return normalise_header(next(csv.reader([first], delimiter=_delimiter(first))))
    except (StopIteration, csv.Error):
        return []


def _clean_value(value: Any) -> Any:
    return clean_field(value) if isinstance(value, str) else value


def iter_jsonl_stream(stream: IO[str], path: str, *, drop_nul: bool = False, clean: bool = True) -> Iterator[Row]:
    """Yield ``(row_number, line, object)`` from a JSON Lines text stream; a bad or over-long line
    is a row error, not fatal."""
    lines = _Lines(stream, drop_nul)
    row_number = 0
    while True:
        lines.start_row()
        try:
            text = next(lines)
        except StopIteration:
            return
        except _RowTooLong:
            lines.skip_row(quoted=False)  # JSON Lines: a row is one line, whatever its quotes
            row_number += 1
            yield row_number, lines.lineno, {"__shape_error__": f"is longer than {MAX_ROW_CHARS:,} characters, "
                                                                "the limit per row"}
            continue
        if not text.strip():
            continue
        row_number += 1
        line_number = lines.lineno if not lines.partial else lines.lineno + 1
        try:
            data = json.loads(text)
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
        longest = max((len(v) for v in data.values() if isinstance(v, str)), default=0)
        if longest > MAX_FIELD_CHARS:
            yield row_number, line_number, {"__shape_error__": f"has a field of {longest:,} characters, over the "
                                                               f"{MAX_FIELD_CHARS:,} limit"}
            continue
        yield row_number, line_number, ({k: _clean_value(v) for k, v in data.items()} if clean else data)


PARQUET_BATCH_ROWS = 10_000


def iter_parquet_rows(source: Path | IO[bytes], path: str) -> Iterator[Row]:
    """Yield ``(row_number, 0, row)`` from a Parquet file, read in batches of rows (Parquet rows
    have no line: errors name the row). Column names are matched as CSV headers are."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    try:
        parquet = pq.ParquetFile(source)
        header = normalise_header(list(parquet.schema_arrow.names))
    except (pa.ArrowException, OSError, ValueError) as exc:
        raise InputError(f"not a readable Parquet file ({str(exc).splitlines()[0]})", path=path) from exc
    check_header(header, path, kind="Parquet")
    row_number = 0
    try:
        for batch in parquet.iter_batches(batch_size=PARQUET_BATCH_ROWS):
            for values in zip(*(column.to_pylist() for column in batch.columns)):
                row_number += 1
                longest = max((len(v) for v in values if isinstance(v, str)), default=0)
                if longest > MAX_FIELD_CHARS:
                    yield row_number, 0, {"__shape_error__": f"has a field of {longest:,} characters, over the "
                                                             f"{MAX_FIELD_CHARS:,} limit"}
                    continue
                yield row_number, 0, {k: _clean_value(v) for k, v in zip(header, values) if v is not None}
    except (pa.ArrowException, OSError) as exc:
        yield row_number + 1, 0, {"__shape_error__": f"cannot be read ({str(exc).splitlines()[0]}); rows after "
                                                     "it were not read"}


def open_text(path: Path, sniffed: Sniffed) -> IO[str]:
    """The file as text, decoded as :func:`sniff` decided, line endings kept for the csv module."""
    return io.TextIOWrapper(open_regular(path), encoding=sniffed.encoding, errors=sniffed.errors, newline="")


def iter_table_rows(path: Path, fmt: str, sniffed: Sniffed) -> Iterator[Row]:
    """Rows of an answer table (``fmt``: csv, jsonl or parquet), streamed."""
    if fmt == "parquet":
        with open_regular(path) as fh:
            yield from iter_parquet_rows(fh, str(path))
        return
    with open_text(path, sniffed) as stream:
        if fmt == "csv":
            yield from iter_csv_stream(stream, str(path), drop_nul=sniffed.has_nul)
        else:
            yield from iter_jsonl_stream(stream, str(path), drop_nul=sniffed.has_nul)


def table_header(path: Path, fmt: str, sniffed: Sniffed) -> list[str]:
    """A CSV file's normalised header (to tell the graded-dataset layout); empty for other formats."""
    if fmt != "csv":
        return []
    with open_text(path, sniffed) as stream:
        return csv_stream_header(stream)
