"""The DuckDB connection: opening (with a clear 'in use' error) and numbered migrations."""

from __future__ import annotations

import os
import re
import time
from collections.abc import Callable
from importlib import resources
from pathlib import Path

import duckdb

from ..errors import DatabaseInUseError, StoreError

DEFAULT_DB = "evaluator.duckdb"
# DuckDB's buffer pool may grow to 80% of RAM by default and keeps what it read: at a million
# answers the database file (1.4 GB) ended up resident. A bound keeps the whole run under our memory
# budget; DuckDB spills to a temporary folder beside the database beyond it.
DEFAULT_MEMORY_LIMIT = "1GB"
_MEMORY_RE = re.compile(r"^\d+(\.\d+)?\s*(KB|MB|GB|TB|KiB|MiB|GiB|TiB)$", re.IGNORECASE)


def memory_limit() -> str:
    """``$EVALUATOR_DB_MEMORY`` (e.g. ``2GB``) or :data:`DEFAULT_MEMORY_LIMIT`."""
    value = os.environ.get("EVALUATOR_DB_MEMORY", DEFAULT_MEMORY_LIMIT).strip()
    if not _MEMORY_RE.match(value):
        raise StoreError(f"EVALUATOR_DB_MEMORY must be a size such as 1GB or 512MB, not {value!r}")
    return value


def default_db_path() -> str:
    """``$EVALUATOR_DB`` or ``./evaluator.duckdb``."""
    return os.environ.get("EVALUATOR_DB") or DEFAULT_DB


def migrations() -> list[tuple[int, str, str]]:
    """The packaged migrations as (version, name, sql), in order."""
    found = []
    for entry in resources.files("evaluator.store").joinpath("migrations").iterdir():
        match = re.match(r"^(\d{4})_(\w+)\.sql$", entry.name)
        if match:
            found.append((int(match.group(1)), match.group(2), entry.read_text(encoding="utf-8")))
    return sorted(found)


def schema_version(conn: duckdb.DuckDBPyConnection) -> int:
    """The highest applied migration, 0 for an empty database."""
    exists = conn.execute(
        "SELECT count(*) FROM information_schema.tables WHERE table_name = 'schema_migrations'"
    ).fetchone()[0]
    if not exists:
        return 0
    return conn.execute("SELECT coalesce(max(version), 0) FROM schema_migrations").fetchone()[0]


def migrate(conn: duckdb.DuckDBPyConnection, target: int | None = None) -> list[int]:
    """Apply pending migrations (up to ``target``), each in its own transaction."""
    conn.execute("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, "
                 "name VARCHAR NOT NULL, applied_at TIMESTAMP NOT NULL DEFAULT current_timestamp)")
    current = schema_version(conn)
    applied = []
    for version, name, sql in migrations():
        if version <= current or (target is not None and version > target):
            continue
        try:
            conn.execute("BEGIN TRANSACTION")
            conn.execute(sql)
            conn.execute("INSERT INTO schema_migrations (version, name) VALUES (?, ?)", [version, name])
            conn.execute("COMMIT")
        except duckdb.Error as exc:
            conn.execute("ROLLBACK")
            raise StoreError(f"migration {version:04d}_{name} failed: {exc}") from exc
        applied.append(version)
    return applied


def connect(path: str | Path | None = None, *, read_only: bool = False, wait: float = 0.0,
            on_wait: Callable[[str], None] | None = None, threads: int | None = None) -> duckdb.DuckDBPyConnection:
    """Open (creating and migrating when writable) the database at ``path``.

    Another process holding the file (a writer; or, for a writer, a reader such as a request of
    the review app) is waited for up to ``wait`` seconds, ``on_wait`` told once; then
    :class:`DatabaseInUseError`. ``threads``: DuckDB's worker threads per query [default: one per
    core]; the review app uses 1, as its small queries run side by side from request threads
    (a connection's settings must match those of any other open in the same process).
    """
    db_path = str(path or default_db_path())
    if read_only and not Path(db_path).exists():
        raise StoreError(f"no database at {db_path}; run 'evaluator run' or 'evaluator ingest' first")
    if not read_only:
        parent = Path(db_path).parent
        if not parent.exists():
            raise StoreError(f"folder {parent} does not exist", path=db_path)
    limit = memory_limit()
    deadline = time.monotonic() + max(0.0, wait)
    told = False
    while True:
        try:
            config = {"memory_limit": limit, **({"threads": threads} if threads else {})}
            conn = duckdb.connect(db_path, read_only=read_only, config=config)
            break
        except duckdb.IOException as exc:
            text = str(exc)
            if "lock" not in text.lower():
                raise StoreError(f"cannot open database: {text.splitlines()[0]}", path=db_path) from exc
            if time.monotonic() >= deadline:
                waited = f" (waited {wait:g} s)" if wait > 0 else ""
                raise DatabaseInUseError(
                    f"database is in use by another evaluator process{waited}; wait for it to finish",
                    path=db_path) from exc
            if on_wait is not None and not told:
                on_wait(f"waiting up to {wait:g} s for {db_path}: another process has it open")
                told = True
            time.sleep(0.1)
        except duckdb.Error as exc:
            raise StoreError(f"cannot open database: {str(exc).splitlines()[0]}", path=db_path) from exc
    if read_only:
        expected = migrations()[-1][0]
        if schema_version(conn) < expected:
            conn.close()
            raise StoreError("database schema is older than this evaluator; open it once for "
                             "writing (e.g. 'evaluator ingest') to migrate", path=db_path)
    else:
        migrate(conn)
    return conn
