"""Output piped into a reader that stops early (`evaluator export | head -1`): every command exits 0
with nothing on stderr (no traceback, no "Broken pipe"), like other Unix tools. The real CLI runs in
subprocesses whose stdout pipe is closed by the test, and it is evaluator's own exit status that is
checked (not head's)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from evaluator.cli import main

from .conftest import DATA, ROOT, RUBRIC


@pytest.fixture(scope="module")
def scored(tmp_path_factory) -> Path:
    db = tmp_path_factory.mktemp("pipe") / "pipe.duckdb"
    result = CliRunner().invoke(main, ["run", str(DATA / "formats"), "--rubric", str(RUBRIC), "--db", str(db),
                                       "--scorers", "keyword", "--workers", "1",
                                       "--report-dir", str(db.parent / "reports")], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return db


def _start(args: list[str]) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "evaluator", *args], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, cwd=ROOT)


def _finish(proc: subprocess.Popen) -> tuple[int, bytes]:
    stderr = proc.stderr.read()
    return proc.wait(timeout=120), stderr


@pytest.mark.parametrize("fmt", ["csv", "jsonl"])
def test_export_into_head_exits_0_quietly(scored, fmt):
    # like `| head -1`: read the first line, then close the pipe while evaluator may still be writing
    proc = _start(["export", "--db", str(scored), "--format", fmt])
    first = proc.stdout.readline()
    proc.stdout.close()
    assert first.startswith(b"run_id," if fmt == "csv" else b'{"run_id"')
    assert _finish(proc) == (0, b"")


@pytest.mark.parametrize("args", [
    ["export", "--format", "csv"],
    ["export", "--format", "jsonl", "--level", "candidate"],
    ["runs"],
    ["runs", "--json"],
    ["labels", "check", "LABELS"],
    ["rubric", "schema"],
    ["rubric", "validate", str(RUBRIC)],
])
def test_every_command_writing_to_a_closed_pipe_exits_0_quietly(scored, tmp_path, args):
    labels = tmp_path / "labels.csv"
    labels.write_text("answer_id,item_id,rater,value\nw-1,communication,r,2\nw-2,just_prompt_engineering,r,1\n")
    args = [str(labels) if a == "LABELS" else a for a in args]
    # the reader is gone before the first byte: the first write fails, whichever command it is
    proc = _start([*args, *(["--db", str(scored)] if args[0] in ("export", "runs", "labels") else [])])
    proc.stdout.close()
    assert _finish(proc) == (0, b"")
