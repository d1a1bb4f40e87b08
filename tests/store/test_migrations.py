"""Migrations on an empty database and on one at every earlier version."""

from __future__ import annotations

import duckdb
import pytest

from evaluator.errors import DatabaseInUseError, StoreError
from evaluator.store import connect, migrate, migrations, schema_version


def test_empty_database_gets_every_migration(tmp_path):
    conn = connect(tmp_path / "a.duckdb")
    assert schema_version(conn) == migrations()[-1][0]
    tables = {r[0] for r in conn.execute("SELECT table_name FROM information_schema.tables").fetchall()}
    assert {"sources", "candidates", "transcripts", "turns", "answers", "rubrics", "runs", "run_answers",
            "scores", "ingest_errors", "schema_migrations"} <= tables
    conn.close()


@pytest.mark.parametrize("start", [v for v, _, _ in migrations()][:-1] or [0])
def test_upgrade_from_each_earlier_version_keeps_data(tmp_path, start):
    path = tmp_path / "old.duckdb"
    conn = duckdb.connect(str(path))
    migrate(conn, target=start)
    if start >= 1:
        conn.execute("INSERT INTO candidates (candidate_id) VALUES ('kept')")
    conn.close()
    conn = connect(path)
    assert schema_version(conn) == migrations()[-1][0]
    if start >= 1:
        assert conn.execute("SELECT candidate_id FROM candidates").fetchall() == [("kept",)]
    conn.close()


def test_migrating_twice_is_a_no_op(tmp_path):
    conn = connect(tmp_path / "b.duckdb")
    assert migrate(conn) == []
    assert conn.execute("SELECT count(*) FROM schema_migrations").fetchone()[0] == len(migrations())
    conn.close()


def test_migrations_are_numbered_without_gaps():
    versions = [v for v, _, _ in migrations()]
    assert versions == list(range(1, len(versions) + 1))


def test_read_only_open_of_missing_db_is_a_clear_error(tmp_path):
    with pytest.raises(StoreError, match="no database"):
        connect(tmp_path / "none.duckdb", read_only=True)


def test_second_writer_gets_database_in_use(tmp_path):
    import subprocess
    import sys
    import textwrap
    path = tmp_path / "locked.duckdb"
    connect(path).close()
    holder = subprocess.Popen([sys.executable, "-c", textwrap.dedent(f"""
        import duckdb, sys, time
        c = duckdb.connect({str(path)!r})
        print("ready", flush=True)
        sys.stdin.readline()
    """)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "ready"
        with pytest.raises(DatabaseInUseError, match="in use"):
            connect(path)
    finally:
        holder.stdin.close()
        holder.wait(timeout=10)


def test_file_write_is_one_transaction(tmp_path):
    """A failure half-way through storing a file leaves nothing of it behind."""
    from evaluator.models import Transcript, Turn
    from evaluator.store import writes
    conn = connect(tmp_path / "t.duckdb")
    broken = Transcript(transcript_id="t1", candidate_id="c", turns=[
        Turn(index=0, speaker="A", text="q?"), Turn(index=0, speaker="B", text="duplicate turn index")])
    with pytest.raises(StoreError, match="database write failed"):
        writes.record_file(conn, path="x.txt", fmt="txt", content_hash="h", size_bytes=1,
                           transcripts=[broken], row_errors=[])
    for table in ("sources", "transcripts", "turns", "answers", "candidates"):
        assert conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0, table
    conn.close()


def test_duckdb_memory_is_bounded_and_configurable(tmp_path, monkeypatch):
    from evaluator.errors import StoreError
    with connect(tmp_path / "a.duckdb") as conn:
        assert conn.execute("SELECT current_setting('memory_limit')").fetchone()[0] == "953.6 MiB"  # 1 GB
    monkeypatch.setenv("EVALUATOR_DB_MEMORY", "512MB")
    with connect(tmp_path / "b.duckdb") as conn:
        assert conn.execute("SELECT current_setting('memory_limit')").fetchone()[0] == "488.2 MiB"
    monkeypatch.setenv("EVALUATOR_DB_MEMORY", "a lot")
    with pytest.raises(StoreError, match="EVALUATOR_DB_MEMORY must be a size"):
        connect(tmp_path / "c.duckdb")
