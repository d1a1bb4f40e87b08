"""A truncated or corrupted database file is a one-line error, never a traceback (issue 15.7)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture(scope="module")
def scored(tmp_path_factory) -> Path:
    tmp = tmp_path_factory.mktemp("corrupt")
    db = tmp / "good.duckdb"
    subprocess.run([sys.executable, "-m", "evaluator", "run", str(ROOT / "tests" / "data" / "formats"), "--rubric",
                    str(ROOT / "rubrics" / "ai-engineer-role.yaml"), "--db", str(db), "--report-dir",
                    str(tmp / "r")], check=True, capture_output=True, timeout=300)
    return db


def _damaged(good: Path, tmp: Path, how: str) -> Path:
    data = good.read_bytes()
    path = tmp / f"{how}.duckdb"
    if how == "truncated":
        path.write_bytes(data[: len(data) // 3])
    else:  # a valid header, then noise
        path.write_bytes(data[:4096] + os.urandom(len(data) - 4096))
    return path


@pytest.mark.parametrize("how", ["truncated", "garbled"])
@pytest.mark.parametrize("command", [["runs"], ["report", "--report-dir", "REPORTS"], ["export", "--format", "csv"]])
def test_a_damaged_database_is_one_line(scored, tmp_path, how, command):
    db = _damaged(scored, tmp_path, how)
    args = [a.replace("REPORTS", str(tmp_path / "r")) for a in command]
    done = subprocess.run([sys.executable, "-m", "evaluator", *args, "--db", str(db)], capture_output=True,
                          text=True, timeout=120)
    lines = [line for line in done.stderr.splitlines() if line.strip()]
    assert done.returncode == 4, done.stderr
    assert len(lines) == 1 and lines[0].startswith("error: ") and "Traceback" not in done.stderr, done.stderr
    assert any(word in lines[0] for word in ("truncated or corrupted", "Corrupt", "cannot open")), lines[0]


def test_a_query_over_the_memory_limit_is_one_line(scored, tmp_path):
    """DuckDB running out of its memory bound (a million answers' report under the 1 GB default
    did) says which setting to raise, in one line, instead of a traceback."""
    env = {**os.environ, "EVALUATOR_DB_MEMORY": "1MB"}
    done = subprocess.run([sys.executable, "-m", "evaluator", "report", "--db", str(scored), "--report-dir",
                           str(tmp_path / "r")], capture_output=True, text=True, env=env, cwd=ROOT, timeout=120)
    assert done.returncode != 0
    assert "Traceback" not in done.stderr
    lines = [line for line in done.stderr.splitlines() if line.strip()]
    assert lines and lines[-1].startswith("error: the database ran out of its memory limit (1MB)"), done.stderr
    assert "EVALUATOR_DB_MEMORY=2GB" in lines[-1]
