"""Crash safety and resume, through the real CLI in subprocesses.

* SIGKILL at seeded random points during ingest, scoring and reporting; the same command run again
  (DuckDB recovering its WAL) ends with a database identical to an uninterrupted run's.
* Ctrl-C (SIGINT) during scoring: exit 130, one line saying how to resume, no traceback; the re-run
  completes with the same result.
* A second writer gets a one-line "database is in use" error and changes nothing; readers work once
  nothing writes.

The corpus comes from ``scripts/gen_corpus.py`` (deterministic). Kills are triggered by the progress
bars (``EVALUATOR_PROGRESS=1``) rather than by wall-clock time alone, so a slow or busy machine moves
the kill points, not the phases they fall in.
"""

from __future__ import annotations

import os
import random
import re
import shutil
import signal
import subprocess
import sys
import threading
import time
from collections import Counter
from pathlib import Path

import duckdb
import pytest

from .conftest import ROOT, RUBRIC

_SCRIPT = Path(sys.executable).with_name("evaluator")
CLI = [str(_SCRIPT)] if _SCRIPT.exists() else [sys.executable, "-m", "evaluator"]
N_ANSWERS = 3000  # written answers; plus transcripts of 4 answers each
SHARD_ROWS = 250  # → 12 answer files: ingest has many transactions to be killed between/inside
BATCH = 500  # evaluator.pipeline.SCORE_BATCH: answers scored and committed in one transaction
TRANSCRIPTS = 8
TOTAL = N_ANSWERS + 4 * TRANSCRIPTS  # answers in the corpus
SEED = int(os.environ.get("CRASH_TEST_SEED", "20240611"))  # the kill points; vary it to explore
TABLES = ["sources", "candidates", "transcripts", "turns", "answers", "rubrics", "runs", "run_answers", "scores",
          "ingest_errors"]
TIMEOUT = 120  # seconds any one command may take before the test gives up on it


# -- running the CLI --------------------------------------------------------------------------------

def default_sigint() -> None:
    """In the child: Ctrl-C as in a terminal. A shell starts background jobs with SIGINT ignored and
    the children inherit that (a test suite run with '&' or nohup): Python then never raises
    KeyboardInterrupt, and these tests would test nothing."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


class Proc:
    """The CLI in its own process group, its stdout and stderr collected as they arrive."""

    def __init__(self, *args: object, env_extra: dict[str, str] | None = None) -> None:
        env = {k: v for k, v in os.environ.items() if not k.startswith("EVALUATOR_")}
        # progress bars on, every update printed (tqdm reads TQDM_* settings from the environment), at once
        env.update(EVALUATOR_PROGRESS="1", TQDM_MININTERVAL="0", PYTHONUNBUFFERED="1", **(env_extra or {}))
        self.p = subprocess.Popen([*CLI, *map(str, args)], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                  env=env, cwd=ROOT, start_new_session=True, preexec_fn=default_sigint)
        self.buffers = {"out": bytearray(), "err": bytearray()}
        self.changed = threading.Condition()
        self.readers = [threading.Thread(target=self._read, args=(stream, name), daemon=True)
                        for stream, name in ((self.p.stdout, "out"), (self.p.stderr, "err"))]
        for reader in self.readers:
            reader.start()

    def _read(self, stream, name: str) -> None:
        for chunk in iter(lambda: stream.read1(65536), b""):
            with self.changed:
                self.buffers[name] += chunk
                self.changed.notify_all()
        with self.changed:
            self.changed.notify_all()

    @property
    def out(self) -> str:
        return self.buffers["out"].decode(errors="replace")

    @property
    def err(self) -> str:
        return self.buffers["err"].decode(errors="replace")

    def wait_for(self, condition, timeout: float = TIMEOUT):
        """Block until ``condition(self)`` is truthy (returning it) or the process has exited (None)."""
        deadline = time.monotonic() + timeout
        with self.changed:
            while True:
                result = condition(self)
                if result:
                    return result
                if self.p.poll() is not None and not any(r.is_alive() for r in self.readers):
                    return None
                assert time.monotonic() < deadline, f"timed out waiting; output so far:\n{self.out}\n{self.err}"
                self.changed.wait(0.05)

    def progress(self, stage: str) -> tuple[int, int] | None:
        """The latest (done, total) the ``stage`` progress bar printed."""
        found = re.findall(rf"{stage}:[^\r\n]*?\|\s*(\d+)/(\d+) \[", self.err)
        return (int(found[-1][0]), int(found[-1][1])) if found else None

    def signal(self, sig: int, *, group: bool = False) -> None:
        (os.killpg if group else os.kill)(self.p.pid, sig)

    def finish(self, timeout: float = TIMEOUT) -> int:
        """Wait for the exit; then end whatever the process left in its group (orphaned workers of a
        killed process), so that the pipes close."""
        try:
            code = self.p.wait(timeout)
        finally:
            try:
                os.killpg(self.p.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            for reader in self.readers:
                reader.join(10)
        return code


def run_command(corpus: Path, db: Path, reports: Path) -> list[object]:
    return ["run", corpus, "--rubric", RUBRIC, "--db", db, "--report-dir", reports]


def complete(*args: object) -> Proc:
    proc = Proc(*args)
    code = proc.finish()
    assert code == 0, f"exit {code}\n{proc.out}\n{proc.err}"
    assert "Traceback" not in proc.err
    return proc


# -- reading the database ---------------------------------------------------------------------------

def snapshot(db: Path) -> dict[str, Counter]:
    """Every row of the core tables as a multiset, without the timestamp columns."""
    with duckdb.connect(str(db), read_only=True) as conn:
        return _snapshot(conn)


def _snapshot(conn) -> dict[str, Counter]:
    tables = {}
    for table in TABLES:
        columns = [name for name, kind in conn.execute(
            "SELECT column_name, data_type FROM information_schema.columns WHERE table_name = ? "
            "ORDER BY ordinal_position", [table]).fetchall() if not kind.startswith("TIMESTAMP")]
        tables[table] = Counter(conn.execute(f"SELECT {', '.join(columns)} FROM {table}").fetchall())
    return tables


def copy_of(db: Path, scratch: Path) -> Path:
    """A copy of the database and its WAL, to inspect without touching the original: the next run must
    be the one that recovers it."""
    if scratch.exists():
        shutil.rmtree(scratch)
    scratch.mkdir()
    for path in (db, db.with_name(db.name + ".wal")):
        if path.exists():
            shutil.copy2(path, scratch / path.name)
    return scratch / db.name


def assert_consistent(conn, reference: dict[str, Counter]) -> dict[str, int]:
    """What must hold after any crash: whole files, whole batches, no run complete before its end,
    and nothing stored that an uninterrupted run would not store. Returns row counts."""
    state = _snapshot(conn)
    for table in TABLES:  # no half-written or foreign rows (runs' status may differ: checked below)
        if table != "runs":
            extra = state[table] - reference[table]
            assert not extra, f"{table}: rows an uninterrupted run does not have: {list(extra)[:3]}"
    mismatched = conn.execute(
        "SELECT s.path FROM sources s LEFT JOIN (SELECT t.source_id, count(DISTINCT t.transcript_id) AS nt, "
        "count(a.answer_id) AS na FROM transcripts t LEFT JOIN answers a USING (transcript_id) GROUP BY 1) c "
        "USING (source_id) WHERE s.status <> 'skipped' AND (coalesce(c.nt, 0) <> s.n_transcripts "
        "OR coalesce(c.na, 0) <> s.n_answers)").fetchall()
    assert mismatched == [], f"files stored in part: {mismatched}"
    orphans = conn.execute("SELECT count(*) FROM scores s ANTI JOIN run_answers r USING (run_id, answer_id)"
                           ).fetchone()[0]
    partial = conn.execute(
        "SELECT count(*) FROM run_answers r JOIN runs USING (run_id) LEFT JOIN (SELECT run_id, answer_id, "
        "count(*) AS n FROM scores GROUP BY ALL) s USING (run_id, answer_id) "
        "WHERE coalesce(s.n, 0) <> r.n_items * (len(string_split(runs.scorers, ',')) + 1)").fetchone()[0]
    assert orphans == 0 and partial == 0, f"{orphans} scores without their answer row, {partial} answers in part"
    dupes = conn.execute("SELECT count(*) FROM (SELECT run_id, answer_id, item_id, scorer FROM scores "
                         "GROUP BY ALL HAVING count(*) > 1)").fetchone()[0]
    assert dupes == 0
    answers = conn.execute("SELECT count(*) FROM answers").fetchone()[0]
    for run_id, status, covered in conn.execute(
            "SELECT run_id, status, (SELECT count(*) FROM run_answers r WHERE r.run_id = runs.run_id) "
            "FROM runs").fetchall():
        if status == "complete":  # a run is marked complete only once every answer is scored
            assert covered == answers, f"{run_id} marked complete with {covered} of {answers} answers"
    return {"answers": answers, "run_answers": conn.execute("SELECT count(*) FROM run_answers").fetchone()[0],
            "complete": conn.execute("SELECT count(*) FROM runs WHERE status = 'complete'").fetchone()[0]}


def inspect(db: Path, scratch: Path, reference: dict[str, Counter]) -> dict[str, int]:
    with duckdb.connect(str(copy_of(db, scratch))) as conn:  # replays the copied WAL
        return assert_consistent(conn, reference)


def report_files(folder: Path) -> list[str]:
    """The report's files. Their contents are not compared: the cohort figures are sums of doubles,
    which DuckDB adds in storage order, so a resumed run may differ in the last bit (and, at a rounding
    boundary, in the figure shown: 68.7 vs 68.8) from an uninterrupted one."""
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file())


# -- fixtures ---------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("corpus") / "corpus"
    subprocess.run([sys.executable, str(ROOT / "scripts" / "gen_corpus.py"), str(out), "-n", str(N_ANSWERS),
                    "--seed", "7", "--shard-rows", str(SHARD_ROWS), "--transcripts", str(TRANSCRIPTS),
                    "--answers-per-candidate", "12"],
                   check=True, capture_output=True, timeout=TIMEOUT)
    return out


@pytest.fixture(scope="module")
def reference(corpus, tmp_path_factory):
    """An uninterrupted run: (database snapshot, report files)."""
    folder = tmp_path_factory.mktemp("reference")
    complete(*run_command(corpus, folder / "ref.duckdb", folder / "reports"))
    state = snapshot(folder / "ref.duckdb")
    assert len(state["answers"]) == TOTAL
    with duckdb.connect(str(folder / "ref.duckdb"), read_only=True) as conn:
        assert conn.execute("SELECT status FROM runs").fetchall() == [("complete",)]
    return state, report_files(folder / "reports")


def assert_same_as_reference(db: Path, reports: Path, reference) -> None:
    state, pages = reference
    got = snapshot(db)
    for table in TABLES:
        assert got[table] == state[table], f"{table} differs from the uninterrupted run"
    with duckdb.connect(str(db), read_only=True) as conn:
        assert conn.execute("SELECT DISTINCT status FROM runs").fetchall() == [("complete",)]
    assert report_files(reports) == pages


# -- the tests --------------------------------------------------------------------------------------

def test_sigkill_at_random_points_then_rerun_equals_an_uninterrupted_run(corpus, reference, tmp_path):
    rng = random.Random(SEED)
    db, reports = tmp_path / "db" / "crash.duckdb", tmp_path / "reports"
    db.parent.mkdir()
    wal = db.with_name(db.name + ".wal")
    command = run_command(corpus, db, reports)
    phases = []

    def kill(proc: Proc, phase: str) -> None:
        proc.signal(signal.SIGKILL)  # the main process only, as `kill -9 PID` or the OOM killer would
        code = proc.finish()
        assert code == -signal.SIGKILL, f"the run ended ({code}) before the kill:\n{proc.out}\n{proc.err}"
        finished = [m for m in ("files:", "run run-", "reports:") if m in proc.out]
        landed = {0: "ingest", 1: "scoring", 2: "report"}[len(finished)]
        assert landed == phase, f"meant to kill during {phase}, killed during {landed}"
        phases.append((phase, wal.exists()))

    # 1. during ingest: after a random number of files, a few ms into the next one
    proc = Proc(*command)
    total = proc.wait_for(lambda p: p.progress("ingest"))[1]
    target = rng.randint(1, total - 4)
    proc.wait_for(lambda p: (p.progress("ingest") or (0, 0))[0] >= target)
    time.sleep(rng.uniform(0, 0.02))
    kill(proc, "ingest")
    state = inspect(db, tmp_path / "copy", reference[0])
    assert 0 < state["answers"] < TOTAL and state["run_answers"] == 0

    # 2, 3. during scoring (the first re-run finishes the ingest first): after a random number of
    # committed batches, a few ms into the next; the first kill leaves enough for the second
    scored = []
    for first in (True, False):
        proc = Proc(*command)
        pending = proc.wait_for(lambda p: (p.progress("score") or (0, 0))[1])
        batches = -(-pending // BATCH)
        assert batches >= 3, f"only {pending} answers left to score: make the corpus larger"
        target = rng.randint(1, min(2, batches - 2) if first else batches - 2) * BATCH
        proc.wait_for(lambda p, target=target: p.progress("score")[0] >= target)
        time.sleep(rng.uniform(0, 0.05))
        kill(proc, "scoring")
        state = inspect(db, tmp_path / "copy", reference[0])
        assert state["answers"] == TOTAL and state["complete"] == 0
        scored.append(state["run_answers"])
    assert 0 < scored[0] < scored[1] < TOTAL, f"answers scored after each kill: {scored}"

    # 4. during the report (scores are complete by then)
    proc = Proc(*command)
    proc.wait_for(lambda p: "run run-" in p.out)
    time.sleep(rng.uniform(0, 0.05))
    kill(proc, "report")
    state = inspect(db, tmp_path / "copy", reference[0])
    assert state["complete"] == 1 and state["run_answers"] == TOTAL

    print(f"kills (phase, WAL left): {phases}; answers scored after the scoring kills: {scored}")  # shown on failure
    # the same command once more, uninterrupted: it resumes where the last one died
    final = complete(*command)
    assert "0 answers scored" in final.out and "reports:" in final.out
    assert [phase for phase, _ in phases] == ["ingest", "scoring", "scoring", "report"]
    assert any(had_wal for _, had_wal in phases), "no kill left a WAL behind: recovery was not exercised"
    assert_same_as_reference(db, reports, reference)


def test_ctrl_c_during_scoring_exits_130_with_one_line_and_the_rerun_completes(corpus, reference, tmp_path):
    db, reports = tmp_path / "ctrl-c.duckdb", tmp_path / "reports"
    command = run_command(corpus, db, reports)
    proc = Proc(*command)
    # Scoring the whole corpus takes about a second: on a busy machine the progress line can reach
    # this thread after the run has finished. So the run is single-stepped once scoring starts: let
    # it run 50-100 ms, freeze it, look at its progress; it cannot run ahead of what we have seen.
    proc.signal(signal.SIGSTOP, group=True)
    while (proc.progress("score") or (0, 0))[0] < BATCH:  # until a batch is committed
        proc.signal(signal.SIGCONT, group=True)
        time.sleep(0.1 if proc.progress("score") is None else 0.05)
        proc.signal(signal.SIGSTOP, group=True)
        time.sleep(0.03)  # let the reader threads take what it printed
        assert proc.p.poll() is None, f"the run ended before a batch was seen:\n{proc.err}"
    time.sleep(random.Random(SEED).uniform(0, 0.2))
    proc.signal(signal.SIGINT, group=True)  # what Ctrl-C in a terminal does: the whole foreground group
    proc.signal(signal.SIGCONT, group=True)
    code = proc.finish()
    assert code == 130, f"exit {code}\n{proc.out}\n{proc.err}"
    assert "Traceback" not in proc.err and "Traceback" not in proc.out
    lines = [line.strip() for line in re.split(r"[\r\n]", proc.err) if line.strip()]
    messages = [line for line in lines if not re.match(r"^(ingest|score|report)\s*:", line)]  # not bars
    assert len(messages) == 1, messages
    assert messages[0].startswith("interrupted") and "run the same command again" in messages[0]
    assert "reports:" not in proc.out

    with duckdb.connect(str(copy_of(db, tmp_path / "copy"))) as conn:
        state = assert_consistent(conn, reference[0])
        assert conn.execute("SELECT status FROM runs").fetchall() == [("interrupted",)]
    assert BATCH <= state["run_answers"] < TOTAL  # finished batches kept, the rest not pretended

    again = complete(*command)
    assert "(resumed;" in again.out and f"{state['run_answers']} unchanged" in again.out
    assert_same_as_reference(db, reports, reference)


def test_a_second_writer_gets_database_in_use_and_readers_work_after(corpus, reference, tmp_path):
    db, reports = tmp_path / "busy.duckdb", tmp_path / "reports"
    writer = Proc(*run_command(corpus, db, reports))
    try:
        writer.wait_for(lambda p: (p.progress("score") or (0, 0))[0] >= BATCH)
        writer.signal(signal.SIGSTOP)  # hold it mid-scoring, lock taken, a batch written, more to come
        wait = {"EVALUATOR_DB_WAIT": "1"}  # each waits a second for the writer (frozen), then gives up
        contenders = [Proc("ingest", ROOT / "tests" / "data" / "formats", "--db", db, env_extra=wait),
                      Proc("score", "--rubric", RUBRIC, "--db", db, env_extra=wait),
                      Proc(*run_command(corpus, db, tmp_path / "other-reports"), env_extra=wait),
                      Proc("report", "--db", db, "--report-dir", tmp_path / "other-reports", env_extra=wait),
                      Proc("export", "--db", db, "--format", "csv", env_extra=wait)]
        for contender in contenders:
            code = contender.finish()
            assert code != 0 and contender.out == ""
            lines = [line for line in contender.err.splitlines() if line.strip()]
            assert len(lines) == 2 and lines[0].startswith("waiting up to 1 s for "), contender.err
            assert "database is in use" in lines[1] and "(waited 1 s)" in lines[1], contender.err
        assert writer.p.poll() is None
    finally:
        writer.signal(signal.SIGCONT)
    assert writer.finish() == 0, writer.err
    assert not (tmp_path / "other-reports").exists()
    assert_same_as_reference(db, reports, reference)  # the writer finished undisturbed, nothing else got in

    # two readers at once (and a third holding the file open) while nothing writes
    with duckdb.connect(str(db), read_only=True):
        readers = [Proc("report", "--db", db, "--report-dir", tmp_path / "again"),
                   Proc("export", "--db", db, "--format", "jsonl", "--level", "candidate")]
        codes = [reader.finish() for reader in readers]
    assert codes == [0, 0], [r.err for r in readers]
    assert report_files(tmp_path / "again") == reference[1]
    assert len(readers[1].out.splitlines()) > 0


_QUERY_COMMAND = """
import faulthandler, sys, click, duckdb
faulthandler.dump_traceback_later(45, exit=True)  # a hang shows where it hangs, in the test's failure
from evaluator.cli.common import EvaluatorGroup
from evaluator.store.writes import transaction

@click.group(cls=EvaluatorGroup)
def cli():
    pass

@cli.command()
def slow():
    conn = duckdb.connect()
    conn.execute("CREATE TABLE t (n BIGINT)")
    with transaction(conn):  # as every write of the pipeline
        print("started", flush=True)
        while True:  # short queries back to back (DuckDB may miss a signal in one long query)
            conn.execute("INSERT INTO t SELECT count(*) FROM range(20000000)")

cli(["slow"])
"""


def test_ctrl_c_inside_a_database_query_is_an_interruption_too(tmp_path):
    """DuckDB turns SIGINT during a query into its own error ("Query interrupted", then "transaction is
    aborted"), not KeyboardInterrupt; the CLI must still report an interruption, not a failure."""
    script = tmp_path / "slow.py"
    script.write_text(_QUERY_COMMAND)
    proc = subprocess.Popen([sys.executable, str(script)], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            cwd=ROOT, text=True, preexec_fn=default_sigint)
    assert proc.stdout.readline().strip() == "started"
    time.sleep(0.3)  # inside one of the queries, almost surely
    proc.send_signal(signal.SIGINT)
    for _ in range(10):  # DuckDB can miss a signal inside a query; a user would press Ctrl-C again
        try:
            proc.wait(timeout=5)
            break
        except subprocess.TimeoutExpired:
            proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, err
    lines = err.strip().splitlines()
    assert "Traceback" not in err and len(lines) == 1, err
    assert lines[0].startswith("interrupted") and "run the same command again" in lines[0]


def test_a_command_waits_for_a_reader_then_runs(corpus, tmp_path):
    """A reader holding the file (as a request of the review app does) delays a writer, which says
    so once and proceeds when the reader lets go (issue 15.8)."""
    db = tmp_path / "shared.duckdb"
    complete(*run_command(ROOT / "tests" / "data" / "formats", db, tmp_path / "r1"))
    reader = subprocess.Popen([sys.executable, "-c", "import duckdb, sys, time; c = duckdb.connect(sys.argv[1], "
                               "read_only=True); print('reading', flush=True); time.sleep(8); c.close()", str(db)],
                              stdout=subprocess.PIPE, text=True)
    try:
        assert reader.stdout.readline().strip() == "reading"
        writer = Proc("ingest", corpus, "--db", db, env_extra={"EVALUATOR_DB_WAIT": "60"})
        assert writer.finish() == 0, writer.err
    finally:
        reader.wait(timeout=30)
    waits = [line for line in writer.err.splitlines() if line.startswith("waiting up to 60 s for ")]
    assert len(waits) == 1, writer.err
