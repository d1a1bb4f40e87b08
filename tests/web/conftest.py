"""A real uvicorn server running the review app on 127.0.0.1 (a free port) over a DuckDB file
scored by the real CLI; each test module gets its own database so overrides do not leak."""

from __future__ import annotations

import http.client
import re
import socket
import urllib.parse
import threading
import time
import urllib.request
from pathlib import Path
from typing import Iterator

import pytest
import uvicorn

from evaluator.web import create_app

from ..conftest import DATA, RUBRIC


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class LiveServer:
    """uvicorn in a thread; ``url`` is its base address."""

    def __init__(self, db_path: Path, **app_options) -> None:
        self.db_path = db_path
        self.port = _free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.app = create_app(db_path, **app_options)
        self.state = self.app.state  # the ReviewApp: its with_db() shares the server's lock
        config = uvicorn.Config(self.app, host="127.0.0.1", port=self.port, log_level="error",
                                lifespan="off")
        self.server = uvicorn.Server(config)
        self.client = lambda: Client(self.url)
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> "LiveServer":
        self.thread.start()
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            try:
                urllib.request.urlopen(self.url + "/assess", timeout=2).read()
                return self
            except OSError:
                time.sleep(0.05)
        raise RuntimeError("the review app did not start")

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)


class Client:
    """A browser-like HTTP client: keeps cookies, does not follow redirects."""

    def __init__(self, base: str) -> None:
        self.base = base
        self.cookies: dict[str, str] = {}

    def request(self, method: str, path: str, form: dict[str, str] | None = None,
                headers: dict[str, str] | None = None) -> tuple[int, dict[str, str], str]:
        host, port = self.base.removeprefix("http://").split(":")
        conn = http.client.HTTPConnection(host, int(port), timeout=30)
        all_headers = {"Host": f"{host}:{port}", **(headers or {})}
        if self.cookies:
            all_headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        body = None
        if form is not None:
            body = urllib.parse.urlencode(form)
            all_headers["Content-Type"] = "application/x-www-form-urlencoded"
        conn.request(method, path, body=body, headers=all_headers)
        response = conn.getresponse()
        text = response.read().decode("utf-8")
        for name, value in response.getheaders():
            if name.lower() == "set-cookie":
                key, _, rest = value.partition("=")
                self.cookies[key] = rest.split(";", 1)[0]
        result_headers = {k.lower(): v for k, v in response.getheaders()}
        conn.close()
        return response.status, result_headers, text

    def get(self, path: str, **kw) -> tuple[int, dict[str, str], str]:
        return self.request("GET", path, **kw)

    def post(self, path: str, form: dict[str, str], **kw) -> tuple[int, dict[str, str], str]:
        return self.request("POST", path, form=form, **kw)


def csrf_token(html: str) -> str:
    match = re.search(r'name="csrf_token" value="([0-9a-f]+)"', html)
    assert match, "the page has no CSRF field"
    return match.group(1)


@pytest.fixture(scope="module")
def scored_db(tmp_path_factory) -> Path:
    from click.testing import CliRunner
    from evaluator.cli import main
    db = tmp_path_factory.mktemp("web") / "web.duckdb"
    result = CliRunner().invoke(main, ["run", str(DATA / "formats"), "--rubric", str(RUBRIC), "--db", str(db),
                                       "--report-dir", str(db.parent / "reports")], catch_exceptions=False)
    assert result.exit_code in (0, 1), result.output
    return db


@pytest.fixture(scope="module")
def live(scored_db: Path) -> Iterator[LiveServer]:
    with LiveServer(scored_db) as server:
        yield server
