"""``evaluator serve`` as a user runs it (a subprocess): a missing database, a busy port, the
"serving on" line only once the server listens; and the self-assessment page following edits to
its rubric file, over real HTTP."""

from __future__ import annotations

import re
import shutil
import socket
import subprocess
import sys
import urllib.request
from pathlib import Path

from evaluator.rubric import load_rubric
from evaluator.store import connect

from ..conftest import RUBRIC
from .conftest import LiveServer, csrf_token

ANSWER = "I'd just use GPT-4, it's the best model."


def _serve(*args: str, timeout: float = 60) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "evaluator", "serve", *args], capture_output=True, text=True,
                          timeout=timeout)


def _empty_db(tmp_path: Path) -> Path:
    db = tmp_path / "app.duckdb"
    connect(db).close()
    return db


def test_a_missing_database_is_a_one_line_error_and_is_not_created(tmp_path):
    missing = tmp_path / "missing.duckdb"
    result = _serve("--db", str(missing), "--port", "0")
    assert result.returncode == 4
    assert result.stderr.splitlines() == [
        f"error: no database at {missing}: score some answers into it first, e.g. "
        f"'evaluator run INPUT… --rubric FILE --db {missing}'"]
    assert "serving" not in result.stderr and result.stdout == ""
    assert list(tmp_path.iterdir()) == []  # no database (nor WAL) was created


def test_a_busy_port_is_a_one_line_error_without_a_serving_line(tmp_path):
    db = _empty_db(tmp_path)
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = _serve("--db", str(db), "--port", str(port))
    assert result.returncode == 2
    assert result.stderr.splitlines() == [
        f"error: port {port} on 127.0.0.1 is in use; pass --port (0 picks a free one)"]
    assert "serving" not in result.stderr + result.stdout


def test_serving_line_comes_once_listening_with_the_real_port(tmp_path):
    db = _empty_db(tmp_path)
    proc = subprocess.Popen([sys.executable, "-m", "evaluator", "serve", "--db", str(db), "--port", "0"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        line = proc.stderr.readline()  # blocks until the server says it is up
        match = re.fullmatch(rf"serving {re.escape(str(db))} on http://127\.0\.0\.1:(\d+)/ \(Ctrl-C to stop\)\n", line)
        assert match, line
        port = int(match.group(1))
        assert port != 0  # --port 0: the port actually bound is shown
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/assess", timeout=30) as response:
            assert response.status == 200 and b"Self-assessment" in response.read()
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def _assess(client, token: str) -> tuple[int, str]:
    status, _, html = client.post("/assess", {"csrf_token": token, "question_id": "model_choice", "answer": ANSWER})
    return status, html


def test_assess_page_follows_edits_to_its_rubric_file(tmp_path):
    rubric_file = tmp_path / "rubric.yaml"
    shutil.copy(RUBRIC, rubric_file)
    original = rubric_file.read_text(encoding="utf-8")
    with LiveServer(_empty_db(tmp_path), rubric=load_rubric(rubric_file)) as server:
        client = server.client()
        token = csrf_token(client.get("/assess")[2])
        status, html = _assess(client, token)
        assert status == 200 and "Compare at least two models" in html

        # new advice for the flag, and a new question: both show at the next request
        edited = original.replace("Compare at least two models", "Benchmark three models or more on your own data")
        edited = edited.replace("questions:\n", "questions:\n  - id: latency_budget\n    text: How do you keep "
                                               "latency under budget?\n", 1)
        assert edited.count("Benchmark three models") == 1 and "latency_budget" in edited
        rubric_file.write_text(edited, encoding="utf-8")
        status, html = _assess(client, token)
        assert status == 200 and "Benchmark three models or more on your own data" in html
        assert "Compare at least two models" not in html
        assert 'value="latency_budget"' in client.get("/assess")[2]

        # an invalid edit is shown as such (file and line), not served from the old rubric; fixing it is enough
        rubric_file.write_text(edited.replace("severity: high", "severity: extreme", 1), encoding="utf-8")
        status, html = _assess(client, token)
        assert status == 500 and f"{rubric_file}:" in html and "severity" in html and "extreme" in html
        rubric_file.write_text(original, encoding="utf-8")
        status, html = _assess(client, token)
        assert status == 200 and "Compare at least two models" in html
        assert 'value="latency_budget"' not in client.get("/assess")[2]
