"""What the ingest asks the database about input files: was this very file seen, what did storing
it report, and which file owns a transcript id."""

from __future__ import annotations

import duckdb


def known_file(conn: duckdb.DuckDBPyConnection, path: str, content_hash: str) -> tuple[str, str | None] | None:
    """``(status, error)`` of this path with this content when it was ingested or skipped before;
    None otherwise, also for a file still 'loading' (cut off part way: it is ingested again)."""
    row = conn.execute("SELECT status, error FROM sources WHERE path = ? AND content_hash = ? "
                       "AND status <> 'loading'", [path, content_hash]).fetchone()
    return (row[0], row[1]) if row else None


def file_warnings(conn: duckdb.DuckDBPyConnection, path: str) -> list[tuple[int | None, str]]:
    """``(line, message)`` of the warnings stored for a file, by line."""
    return conn.execute("SELECT line, message FROM ingest_warnings WHERE path = ? ORDER BY line NULLS LAST",
                        [path]).fetchall()


def file_row_errors(conn: duckdb.DuckDBPyConnection, path: str) -> list[tuple[int | None, str]]:
    """``(line, message)`` of the rows of a file that were skipped, by line."""
    return conn.execute("SELECT line, message FROM ingest_errors WHERE path = ? AND NOT fatal "
                        "ORDER BY line NULLS LAST", [path]).fetchall()


def transcript_owner(conn: duckdb.DuckDBPyConnection, transcript_id: str) -> str | None:
    """The path of the file a transcript id comes from, if any."""
    row = conn.execute("SELECT s.path FROM transcripts t JOIN sources s USING (source_id) "
                       "WHERE t.transcript_id = ?", [transcript_id]).fetchone()
    return row[0] if row else None


def loading_files(conn: duckdb.DuckDBPyConnection) -> list[tuple[str, int]]:
    """``(path, answers stored so far)`` of the files still 'loading': an ingest of a large table
    was cut off part way. Their answers are left out of every run until the file is ingested again."""
    return conn.execute("SELECT s.path, count(a.answer_id) FROM sources s "
                        "LEFT JOIN transcripts t ON t.source_id = s.source_id "
                        "LEFT JOIN answers a ON a.transcript_id = t.transcript_id "
                        "WHERE s.status = 'loading' GROUP BY s.path ORDER BY s.path").fetchall()
