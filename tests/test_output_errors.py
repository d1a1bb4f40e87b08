"""Output that cannot be written: a report folder that cannot be created or written (read-only, under a
file, full), a database in a place that cannot be written, and a disk that fills up during ingest.

Each must give one clear line on stderr and a non-zero exit, never a traceback, and leave the database
as it was: what was committed before stays readable. The real CLI runs in subprocesses.

Tests run as root here, where chmod does not stop writes: a read-only folder is then a read-only tmpfs
mount, and a full disk a small tmpfs. Where mounting is not permitted those cases are skipped.
"""

from __future__ import annotations

import csv
import io
import os
import shutil
import subprocess
import sys
from contextlib import contextmanager
from pathlib import Path

import duckdb
import pytest
from click.testing import CliRunner

from evaluator.cli import main

from .conftest import DATA, ROOT, RUBRIC

INPUTS = DATA / "formats"  # 7 files, 10 answers
_SCRIPT = Path(sys.executable).with_name("evaluator")
CLI = [str(_SCRIPT)] if _SCRIPT.exists() else [sys.executable, "-m", "evaluator"]
IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0


def evaluator(*args: object) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith("EVALUATOR_")}
    return subprocess.run([*CLI, *map(str, args)], check=False, capture_output=True, text=True, env=env, cwd=ROOT, timeout=120)


def assert_one_line_error(result: subprocess.CompletedProcess, *fragments: str) -> str:
    assert result.returncode != 0, result.stdout + result.stderr
    assert "Traceback" not in result.stderr + result.stdout, result.stderr
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("error: "), result.stderr
    for fragment in fragments:
        assert fragment in lines[0], lines[0]
    return lines[0]


@contextmanager
def tmpfs(path: Path, *options: str):
    """A tmpfs mounted at ``path`` (skips the test where mounting is not permitted)."""
    path.mkdir(parents=True, exist_ok=True)
    if shutil.which("mount") is None:
        pytest.skip("no mount command: cannot make a read-only or full file system")
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", ",".join(options), "tmpfs", str(path)],
                          check=False, capture_output=True, text=True)
    if done.returncode != 0:
        pytest.skip(f"mounting a tmpfs is not permitted here ({done.stderr.strip() or done.returncode}); "
                    "it needs root or CAP_SYS_ADMIN")
    try:
        yield path
    finally:
        subprocess.run(["umount", "-l", str(path)], check=False, capture_output=True)


def remount(path: Path, *options: str) -> None:
    subprocess.run(["mount", "-o", ",".join(("remount", *options)), str(path)], check=True, capture_output=True)


def export_rows(db: Path) -> list[dict[str, str]]:
    """The run's export (in-process: only a reader, and the subprocesses are what is under test)."""
    result = CliRunner().invoke(main, ["export", "--db", str(db), "--format", "csv"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return list(csv.DictReader(io.StringIO(result.stdout)))


def stored(db: Path) -> tuple:
    """What a reader sees: answers, runs and their status, scores."""
    with duckdb.connect(str(db), read_only=True) as conn:
        return (conn.execute("SELECT count(*) FROM answers").fetchone()[0],
                conn.execute("SELECT run_id, status FROM runs ORDER BY run_id").fetchall(),
                conn.execute("SELECT count(*) FROM scores").fetchone()[0])


@pytest.fixture(scope="module")
def scored(tmp_path_factory) -> tuple[Path, tuple, list[dict[str, str]]]:
    """A database with a complete run: (path, what it stores, its export)."""
    db = tmp_path_factory.mktemp("scored") / "scores.duckdb"
    result = evaluator("run", INPUTS, "--rubric", RUBRIC, "--db", db, "--report-dir", db.parent / "reports")
    assert result.returncode == 0, result.stderr
    return db, stored(db), export_rows(db)


@contextmanager
def unwritable_folder(kind: str, tmp_path: Path):
    """A report folder that cannot be written, and the words its error names."""
    if kind == "under a file":  # ENOTDIR, whoever runs the tests
        (tmp_path / "a-file").write_text("not a folder\n")
        yield tmp_path / "a-file" / "reports", "Not a directory"
    elif kind == "read-only" and not IS_ROOT:
        folder = tmp_path / "read-only"
        folder.mkdir()
        folder.chmod(0o555)
        try:
            yield folder / "reports", "Permission denied"
        finally:
            folder.chmod(0o755)
    elif kind == "read-only":  # root ignores permissions: a read-only file system it cannot ignore
        with tmpfs(tmp_path / "read-only", "size=1m", "ro") as folder:
            yield folder, "Read-only file system"
    else:  # full: room for the folder, not for the pages
        with tmpfs(tmp_path / "full", "size=16k", "nr_inodes=64") as folder:
            yield folder / "reports", "No space left on device"


@pytest.mark.parametrize("kind", ["under a file", "read-only", "full"])
def test_report_folder_that_cannot_be_written(kind, scored, tmp_path):
    db, before, exported = scored
    with unwritable_folder(kind, tmp_path) as (folder, reason):
        reported = evaluator("report", "--db", db, "--report-dir", folder)
        line = assert_one_line_error(reported, "error: ", reason)
        assert str(folder) in line or str(folder.parent) in line
        rerun = evaluator("run", INPUTS, "--rubric", RUBRIC, "--db", db, "--report-dir", folder)
        assert_one_line_error(rerun, reason)
        assert "0 answers scored" in rerun.stdout  # ingest and scoring ran; only the report failed
    assert stored(db) == before  # nothing lost, nothing half-written
    assert export_rows(db) == exported


def test_database_where_it_cannot_be_created(tmp_path):
    (tmp_path / "a-file").write_text("not a folder\n")
    for db, reason in ((tmp_path / "a-file" / "scores.duckdb", "Not a directory"),
                       (tmp_path / "missing" / "scores.duckdb", "does not exist")):
        result = evaluator("run", INPUTS, "--rubric", RUBRIC, "--db", db, "--report-dir", tmp_path / "reports")
        assert_one_line_error(result, str(db.parent), reason)
        assert result.returncode == 4 and not db.exists() and not (tmp_path / "reports").exists()


def test_database_on_a_read_only_location_is_still_readable(tmp_path):
    folder = tmp_path / "db"
    if IS_ROOT:
        context = tmpfs(folder, "size=16m")
    else:
        context = _chmod_folder(folder)
    with context:
        db = folder / "scores.duckdb"
        first = evaluator("run", INPUTS, "--rubric", RUBRIC, "--db", db, "--report-dir", tmp_path / "reports")
        assert first.returncode == 0, first.stderr
        before, exported = stored(db), export_rows(db)
        if IS_ROOT:
            remount(folder, "ro")
        else:
            folder.chmod(0o555)
            db.chmod(0o444)
        for args in (("ingest", DATA / "formats" / "written.csv"),
                     ("run", INPUTS, "--rubric", RUBRIC, "--report-dir", tmp_path / "reports")):
            assert_one_line_error(evaluator(*args, "--db", db), "cannot open database", str(db))
        # reading needs no write access
        assert stored(db) == before and export_rows(db) == exported
        report = evaluator("report", "--db", db, "--report-dir", tmp_path / "again")
        assert report.returncode == 0 and (tmp_path / "again" / "index.html").exists(), report.stderr


@contextmanager
def _chmod_folder(folder: Path):
    folder.mkdir()
    try:
        yield folder
    finally:
        folder.chmod(0o755)
        for path in folder.iterdir():
            path.chmod(0o644)


def test_disk_full_during_ingest_keeps_what_was_committed(tmp_path):
    corpus = tmp_path / "corpus"  # ~2.5 MB of answers: more than the file system has left
    subprocess.run([sys.executable, str(ROOT / "scripts" / "gen_corpus.py"), str(corpus), "-n", "2500",
                    "--shard-rows", "500"], check=True, capture_output=True, timeout=120)
    with tmpfs(tmp_path / "small", "size=4m") as folder:
        db = folder / "scores.duckdb"
        first = evaluator("run", INPUTS, "--rubric", RUBRIC, "--db", db, "--report-dir", tmp_path / "reports")
        assert first.returncode == 0, first.stderr
        before, exported = stored(db), export_rows(db)

        full = evaluator("ingest", corpus, "--db", db)
        assert_one_line_error(full, "No space left on device")
        assert full.returncode == 4  # a store error, not a crash
        # the database opens, for reading and writing, with everything committed before
        assert stored(db)[1:] == before[1:] and stored(db)[0] >= before[0]
        assert export_rows(db) == exported
        report = evaluator("report", "--db", db, "--report-dir", tmp_path / "again")
        assert report.returncode == 0, report.stderr

        remount(folder, "size=64m")  # room again: the same command completes what was left
        again = evaluator("run", corpus, INPUTS, "--rubric", RUBRIC, "--db", db, "--report-dir", tmp_path / "reports")
        assert again.returncode == 0, again.stderr
        answers, runs, _ = stored(db)
        # other inputs, another cohort: a second run beside the first, both complete
        assert answers == 2500 + before[0] and [status for _, status in runs] == ["complete", "complete"]


def test_a_full_disk_leaves_no_partial_export_or_page(scored, tmp_path):
    """Exports and report pages go through a temporary file renamed once complete (issue 15.7): the
    previous file survives a write that fails, and nothing half-written is left."""
    db, _, exported = scored
    with tmpfs(tmp_path / "small", "size=64k") as folder:
        previous = "the previous export\n"
        (folder / "scores.csv").write_text(previous)
        (folder / "filler").write_bytes(b"x" * (60 * 1024 - len(previous)))  # ~4 KB left: the export needs more
        result = evaluator("export", "--db", db, "--format", "csv", "--output", folder / "scores.csv")
        assert_one_line_error(result, "No space left on device")
        assert (folder / "scores.csv").read_text() == previous
        assert sorted(p.name for p in folder.iterdir()) == ["filler", "scores.csv"]  # no temporary file left
        (folder / "filler").unlink()
        again = evaluator("export", "--db", db, "--format", "csv", "--output", folder / "scores.csv")
        assert again.returncode == 0, again.stderr
        assert len(list(csv.DictReader((folder / "scores.csv").open()))) == len(exported)
