"""Export a run's verdicts as CSV, JSON Lines or Parquet, straight from the database."""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path
from typing import IO, Any, Iterable

import duckdb

from .errors import ReportError
from .fileio import atomic_write
from .store.reads import CANDIDATE_COLUMNS, EXPORT_COLUMNS, candidate_rows, export_rows, run_info

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value: Any) -> Any:
    """Stop spreadsheets from running a cell as a formula (OWASP CSV injection)."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def _csv_value(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:g}" if value == int(value) else f"{value:.6g}"
    return neutralise(value)


def write_rows(rows: Iterable[dict[str, Any]], columns: list[str], fmt: str, out: IO[str]) -> int:
    count = 0
    if fmt == "csv":
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(columns)
        for row in rows:
            writer.writerow([_csv_value(row[c]) for c in columns])
            count += 1
    else:
        for row in rows:
            record = {c: row[c] for c in columns}
            if "evidence" in record and isinstance(record["evidence"], str):
                record["evidence"] = json.loads(record["evidence"])
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
            count += 1
    return count


PARQUET_BATCH = 50_000  # rows per row group: memory stays bounded whatever the run's size


def write_parquet(rows: Iterable[dict[str, Any]], columns: list[str], path: str | Path) -> int:
    """Stream ``rows`` into a Parquet file in row groups of :data:`PARQUET_BATCH` (values as
    stored: numbers stay numbers, no spreadsheet neutralising — Parquet is not opened as a
    sheet); written to a temporary file renamed once complete."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    path = Path(path)
    tmp = path.with_name(f".{path.name}.tmp")
    writer: Any = None
    count = 0
    batch: list[dict[str, Any]] = []

    def flush() -> None:
        nonlocal writer
        table = pa.Table.from_pylist([{c: row[c] for c in columns} for row in batch])
        if writer is None:
            writer = pq.ParquetWriter(tmp, table.schema)
        writer.write_table(table.cast(writer.schema))

    try:
        for row in rows:
            batch.append(row)
            count += 1
            if len(batch) >= PARQUET_BATCH:
                flush()
                batch = []
        if batch or writer is None:
            flush()
        writer.close()
        tmp.replace(path)
    except BaseException:
        if writer is not None:
            writer.close()
        tmp.unlink(missing_ok=True)
        raise
    return count


def write_export(conn: duckdb.DuckDBPyConnection, *, fmt: str, output: str | Path | None,
                 level: str = "answer", run_id: str | None = None) -> int:
    """Write the export to ``output`` (or stdout); returns the number of rows. Parquet needs a file."""
    run = run_info(conn, run_id)
    if level == "candidate":
        rows: Iterable[dict[str, Any]] = candidate_rows(conn, run)
        columns = CANDIDATE_COLUMNS
    else:
        rows, columns = export_rows(conn, run.run_id), EXPORT_COLUMNS
    if fmt == "parquet":
        if output is None:
            raise ReportError("Parquet is a binary file: give --output FILE.parquet")
        try:
            return write_parquet(rows, columns, output)
        except OSError as exc:
            raise ReportError(f"cannot write export: {exc.strerror or exc}", path=str(output)) from exc
    if output is None:
        return write_rows(rows, columns, fmt, sys.stdout)
    try:
        with atomic_write(output, newline="") as handle:  # a failure leaves no partial export
            return write_rows(rows, columns, fmt, handle)
    except OSError as exc:
        raise ReportError(f"cannot write export: {exc.strerror}", path=str(output)) from exc
