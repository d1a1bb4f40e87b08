"""FIFOs, devices and links to them in an input folder are skipped with a one-line reason
(issue 15.6): a FIFO used to hang ingest for ever and a link to /dev/zero to exhaust memory."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

ROOT = Path(__file__).resolve().parents[3]
FORMATS = ROOT / "tests" / "data" / "formats"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs POSIX FIFOs")
def test_fifo_and_device_links_are_skipped_and_the_rest_ingested(tmp_path):
    folder = tmp_path / "inputs"
    shutil.copytree(FORMATS, folder)
    os.mkfifo(folder / "pipe.txt")
    (folder / "zeros.csv").symlink_to("/dev/zero")
    (folder / "null.md").symlink_to("/dev/null")
    db = tmp_path / "x.duckdb"
    done = subprocess.run([sys.executable, "-m", "evaluator", "ingest", str(folder), "--db", str(db)],
                          capture_output=True, text=True, timeout=60)  # a hang fails here
    assert done.returncode == 1, done.stderr  # files were skipped: exit 1, the rest is stored
    skipped = [line for line in done.stderr.splitlines() if "not a regular file" in line]
    assert len(skipped) == 3 and "Traceback" not in done.stderr
    assert any("pipe.txt" in line and "a FIFO" in line for line in skipped)
    assert any("zeros.csv" in line and "a character device" in line for line in skipped)
    with duckdb.connect(str(db), read_only=True) as conn:
        stored = conn.execute("SELECT count(*) FROM sources WHERE status <> 'skipped'").fetchone()[0]
    assert stored == len([p for p in FORMATS.iterdir() if p.is_file() and not p.name.startswith(".")])
