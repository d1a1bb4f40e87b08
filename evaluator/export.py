"""Export a run's verdicts as CSV or JSON Lines, straight from the database."""

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


def write_export(conn: duckdb.DuckDBPyConnection, *, fmt: str, output: str | Path | None,
                 level: str = "answer", run_id: str | None = None) -> int:
    """Write the export to ``output`` (or stdout); returns the number of rows."""
    run = run_info(conn, run_id)
    if level == "candidate":
        rows: Iterable[dict[str, Any]] = candidate_rows(conn, run)
        columns = CANDIDATE_COLUMNS
    else:
        rows, columns = export_rows(conn, run.run_id), EXPORT_COLUMNS
    if output is None:
        return write_rows(rows, columns, fmt, sys.stdout)
    try:
        with atomic_write(output, newline="") as handle:  # a failure leaves no partial export
            return write_rows(rows, columns, fmt, handle)
    except OSError as exc:
        raise ReportError(f"cannot write export: {exc.strerror}", path=str(output)) from exc
