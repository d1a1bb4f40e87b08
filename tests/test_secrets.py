"""Nothing secret is persisted: the API key used for an llm-scored run appears in no file the run leaves
behind (database, WAL, reports, exports) and in none of its output, while the endpoint did receive it.

The real CLI runs in a subprocess (its own environment, its own stdout/stderr) against the scripted
OpenAI-compatible server of ``tests/judge/server.py``.
"""

from __future__ import annotations

import json
import os
import secrets
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from .conftest import DATA, RUBRIC
from .judge.server import Reply, ScriptedServer, honest_verdict

INPUTS = DATA / "formats"  # 7 files, 10 answers: every input format
_SCRIPT = Path(sys.executable).with_name("evaluator")
CLI = [str(_SCRIPT)] if _SCRIPT.exists() else [sys.executable, "-m", "evaluator"]


def honest(request, n):
    return Reply(content=json.dumps(honest_verdict(request)))


def capture_authorization(server: ScriptedServer) -> list[str | None]:
    """Record the Authorization header of every request the server receives."""
    seen: list[str | None] = []
    base = server.httpd.RequestHandlerClass

    class Capturing(base):  # type: ignore[misc,valid-type]
        def do_POST(self) -> None:
            seen.append(self.headers.get("Authorization"))
            super().do_POST()

    server.httpd.RequestHandlerClass = Capturing
    return seen


class Session:
    """Runs the CLI with the canary key in its environment and keeps every byte it printed."""

    def __init__(self, workdir: Path, key: str) -> None:
        self.workdir = workdir
        self.env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "EVALUATOR_"))}
        self.env.update(OPENAI_API_KEY=key, EVALUATOR_PROGRESS="1")  # progress bars: more output to scan
        self.output = b""

    def __call__(self, *args: object, expect: int | None = 0) -> subprocess.CompletedProcess:
        result = subprocess.run([*CLI, *map(str, args)], check=False, cwd=self.workdir, env=self.env, capture_output=True,
                                timeout=120)
        self.output += result.stdout + result.stderr
        if expect is not None:
            assert result.returncode == expect, (result.stdout + result.stderr).decode(errors="replace")
        return result


def files_under(root: Path) -> list[Path]:
    return [p for p in root.rglob("*") if p.is_file()]


def rows_containing(db: Path, needle: str) -> list[tuple[str, str]]:
    """(table, column) of every stored text value containing ``needle``, read through SQL: DuckDB
    compresses strings in its file (FSST, dictionaries), so a byte scan alone could miss one."""
    found = []
    with duckdb.connect(str(db), read_only=True) as conn:
        columns = conn.execute("SELECT table_name, column_name FROM information_schema.columns "
                               "WHERE table_schema = 'main'").fetchall()
        for table, column in columns:
            hit = conn.execute(f'SELECT count(*) FROM "{table}" WHERE contains(CAST("{column}" AS VARCHAR), ?)',
                               [needle]).fetchone()[0]
            if hit:
                found.append((table, column))
    return found


def assert_nowhere(key: str, workdir: Path, db: Path, output: bytes) -> None:
    needle = key.encode()
    scanned = files_under(workdir)
    assert db in scanned
    leaks = [str(p.relative_to(workdir)) for p in scanned if needle in p.read_bytes()]
    assert leaks == [], f"API key written to {leaks}"
    assert needle not in output, "API key printed by the CLI"
    secret_part = key.removeprefix("sk-").encode()  # also not stored without its prefix
    assert not any(secret_part in p.read_bytes() for p in scanned)
    assert rows_containing(db, key) == []
    assert rows_containing(db, key.removeprefix("sk-")) == []


@pytest.fixture
def key() -> str:
    return f"sk-test-canary-{secrets.token_hex(16)}"


def read_everything(cli, db: Path, work: Path) -> bytes:
    """Reports and exports (files and stdout) of the database, through the in-process CLI."""
    printed = b""
    report = cli("report", "--db", db, "--report-dir", work / "reports-again")
    assert report.exit_code == 0, report.output
    printed += report.stdout_bytes + report.stderr_bytes
    for fmt in ("csv", "jsonl"):
        for level in ("answer", "candidate"):
            to_file = cli("export", "--db", db, "--format", fmt, "--level", level, "--output",
                          work / f"export-{level}.{fmt}")
            to_stdout = cli("export", "--db", db, "--format", fmt, "--level", level)
            assert to_file.exit_code == 0 and to_stdout.exit_code == 0, to_file.output + to_stdout.output
            printed += to_file.stdout_bytes + to_stdout.stdout_bytes + to_stdout.stderr_bytes
    assert (work / "export-answer.csv").stat().st_size > 0
    return printed


def test_api_key_is_sent_but_never_persisted_or_printed(tmp_path, key, cli, monkeypatch):
    work = tmp_path / "work"
    work.mkdir()
    db, reports = work / "scores.duckdb", work / "reports"
    run = Session(work, key)
    with ScriptedServer(honest) as server:
        auth = capture_authorization(server)
        # options from evaluator.toml (found in the working directory), the key only from the environment
        (work / "evaluator.toml").write_text(f'[llm]\nmodel = "test-model"\nbase_url = "{server.url}"\n'
                                             'concurrency = 2\n')
        run("run", INPUTS, "--rubric", RUBRIC, "--scorers", "keyword,llm", "--db", db, "--report-dir", reports)
        # the same with every option on the command line (another model: fresh calls, not cache hits)
        (work / "evaluator.toml").unlink()
        run("run", INPUTS, "--rubric", RUBRIC, "--scorers", "llm", "--base-url", server.url, "--model", "test-model-2",
            "--samples", "2", "--db", db, "--report-dir", reports)
    # the test means something only if the key was really used for the calls
    assert len(auth) >= 20 and set(auth) == {f"Bearer {key}"}
    assert (reports / "index.html").exists()
    monkeypatch.setenv("OPENAI_API_KEY", key)
    printed = read_everything(cli, db, work)

    with duckdb.connect(str(db), read_only=True) as conn:
        logged = conn.execute("SELECT count(*), count(DISTINCT model) FROM llm_calls").fetchone()
    assert logged[0] >= 20 and logged[1] == 2  # the audit log was written: the scan covers it
    assert rows_containing(db, server.url) != []  # the SQL scan does find a value that is stored
    assert_nowhere(key, work, db, run.output + printed)


@pytest.mark.parametrize("status", [401, 503])
def test_api_key_quoted_back_by_a_failing_endpoint_is_not_persisted(tmp_path, key, cli, monkeypatch, status):
    """Some proxies answer a bad key with an error that quotes it. The call log, verdict reasons, reports,
    exports and messages must not keep it (401: the answers end unscored with the error as their reason
    and the run exits 1, every call of the judge having failed; 503: the run stops with the last error
    in its one-line message, keeping the keyword verdicts and the judge's items unscored as stopped)."""
    def reject(request, n):
        given = (seen[-1] or "").removeprefix("Bearer ")
        return Reply(status=status, headers={"retry-after": "0"},
                     error=f"Incorrect API key provided: {given}. You can find your API key at https://example.invalid.")

    work = tmp_path / "work"
    work.mkdir()
    db, reports = work / "scores.duckdb", work / "reports"
    run = Session(work, key)
    with ScriptedServer(reject) as server:
        seen = capture_authorization(server)
        result = run("run", INPUTS, "--rubric", RUBRIC, "--scorers", "keyword,llm", "--base-url", server.url,
                     "--model", "test-model", "--concurrency", "1", "--db", db, "--report-dir", reports,
                     expect=1 if status == 401 else 5)
    assert seen and set(seen) == {f"Bearer {key}"}
    with duckdb.connect(str(db), read_only=True) as conn:
        errors = [r[0] for r in conn.execute("SELECT error FROM llm_calls WHERE error IS NOT NULL").fetchall()]
        reasons = [r[0] for r in conn.execute("SELECT reason FROM scores WHERE scorer = 'llm'").fetchall()]
    assert errors and all(e.startswith(str(status)) and "[redacted]" in e for e in errors)  # still recorded
    printed = b""
    if status == 401:
        assert reasons and all("request failed: 401" in r and "[redacted]" in r for r in reasons)
        monkeypatch.setenv("OPENAI_API_KEY", key)
        printed = read_everything(cli, db, work)
    else:
        assert b"stopped:" in result.stderr and b"[redacted]" in result.stderr
        assert reasons and all(r.startswith("not scored: stopped:") and "[redacted]" in r for r in reasons)
    assert_nowhere(key, work, db, run.output + printed)


def test_a_key_written_in_the_config_file_is_refused_without_echoing_it(tmp_path, key):
    work = tmp_path / "work"
    work.mkdir()
    (work / "evaluator.toml").write_text(f'[llm]\nmodel = "test-model"\napi_key = "{key}"\n')
    run = Session(work, key)
    result = run("run", INPUTS, "--rubric", RUBRIC, "--scorers", "llm", "--db", work / "scores.duckdb",
                 "--report-dir", work / "reports", expect=None)
    assert result.returncode != 0 and b"api_key" in result.stderr  # refused, by name
    assert key.encode() not in run.output
    assert not (work / "scores.duckdb").exists()  # refused before anything was opened or sent


def _encodings(key: str) -> dict[str, str]:
    import base64
    from urllib.parse import quote
    return {"base64 of the Bearer header": base64.b64encode(f"Bearer {key}".encode()).decode(),
            "URL-safe base64 of the key": base64.urlsafe_b64encode(key.encode()).decode(),
            "URL-encoded": quote(key, safe=""),
            "base64 inside a longer token": base64.b64encode(f"x{key}:more".encode()).decode()}


@pytest.mark.parametrize("debug", [False, True])
def test_a_key_quoted_back_encoded_is_scrubbed_even_with_debug_tracebacks(tmp_path, key, debug):
    """An endpoint that echoes the Authorization header base64- or URL-encoded (issue 15.7): the
    stored reasons, the call log and everything printed — a debug traceback included — hold no form
    of the key that still decodes to it."""
    import base64

    def echo_encoded(request, n):
        given = seen[-1] or ""
        forms = _encodings(given.removeprefix("Bearer "))
        return Reply(status=401, error="bad credentials; got " + ", ".join(f"{k}: {v}" for k, v in forms.items())
                     + f", raw header b64: {base64.b64encode(given.encode()).decode()}")

    work = tmp_path / "work"
    work.mkdir()
    db = work / "scores.duckdb"
    run = Session(work, key)
    if debug:
        run.env["EVALUATOR_DEBUG"] = "1"
    with ScriptedServer(echo_encoded) as server:
        seen = capture_authorization(server)
        run("run", INPUTS, "--rubric", RUBRIC, "--scorers", "keyword,llm", "--base-url", server.url, "--model",
            "test-model", "--concurrency", "1", "--db", db, "--report-dir", work / "reports", expect=None)
    forms = list(_encodings(key).values())
    stable = [f[: len(f) - 4] for f in forms]  # the part of each encoding that does not depend on padding
    printed = run.output.decode(errors="replace")
    with duckdb.connect(str(db), read_only=True) as conn:
        stored = " ".join(str(r[0]) for r in conn.execute(
            "SELECT coalesce(error, '') || coalesce(raw_response, '') FROM llm_calls").fetchall())
        stored += " ".join(str(r[0]) for r in conn.execute("SELECT reason FROM scores").fetchall())
    assert "bad credentials" in stored  # the replies were recorded, scrubbed
    for text in (printed, stored):
        leaked = [(f, text[max(0, text.find(f) - 80):text.find(f) + 60]) for f in stable if f in text]
        assert leaked == [], leaked
    assert_nowhere(key, work, db, run.output)
