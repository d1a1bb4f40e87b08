"""``evaluator serve``: the local web app for reviewers and candidates."""

from __future__ import annotations

import errno
import ipaddress
import socket
from pathlib import Path
from typing import Any

import click

from ..errors import InputError, StoreError
from . import main
from .common import db_option, resolve_db


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


@main.command("serve")
@db_option
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to bind. Anything but loopback exposes candidates' answers to the network.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535), help="Port (0: any free one).")
@click.option("--rubric", "rubric_path", type=click.Path(dir_okay=False), default=None,
              help="Rubric for the self-assessment page [default: the bundled AI-engineer rubric].")
@click.option("--allow-host", "allowed_hosts", multiple=True,
              help="Host name the app answers to besides the loopback names (repeatable; guards against DNS rebinding).")
def serve_command(db_path: str, host: str, port: int, rubric_path: str | None, allowed_hosts: tuple[str, ...]) -> None:
    """Serve the review web app over the database: the cohort, each candidate and answer with every
    scorer's verdict, overrides of final verdicts (name + reason, kept in an append-only table), and
    a self-assessment page. Stop with Ctrl-C.

    \b
    Example:
      evaluator serve --db evaluator.duckdb
      evaluator serve --db evaluator.duckdb --port 8080 --rubric rubrics/ai-engineer-role.yaml
    """
    import uvicorn

    from ..rubric import load_rubric
    from ..store import connect
    from ..web import create_app
    from ..web.app import LOOPBACK_HOSTS

    db_path = resolve_db(db_path)
    if not Path(db_path).exists():  # connect() would create an empty one, and the app would show nothing
        raise StoreError(f"no database at {db_path}: score some answers into it first, e.g. "
                         f"'evaluator run INPUT… --rubric FILE --db {db_path}'")
    connect(db_path).close()  # migrate now: a clear error before the server starts
    rubric = load_rubric(rubric_path) if rubric_path else None
    hosts = [*LOOPBACK_HOSTS, *allowed_hosts]
    if not _is_loopback(host):
        if not allowed_hosts:
            raise InputError(f"--host {host} is not a loopback address: name the host names clients will use "
                             f"with --allow-host (the app refuses other Host headers)")
        click.echo(f"warning: serving on {host}: anyone who can reach it can read the answers and override verdicts",
                   err=True)
    app = create_app(db_path, rubric=rubric, allowed_hosts=hosts)
    # bound here, before uvicorn starts: a port in use is a one-line error (uvicorn would log it and
    # exit after our line), and "serving on" is printed only once the server really listens
    sock = _bind(host, port)
    shown = f"[{host}]" if ":" in host else host
    ready = f"serving {db_path} on http://{shown}:{sock.getsockname()[1]}/ (Ctrl-C to stop)"
    config = uvicorn.Config(app, host=host, port=port, log_level="warning", server_header=False)
    _run(config, sock, ready)


def _bind(host: str, port: int) -> socket.socket:
    """A TCP socket bound to ``host:port`` (like uvicorn's own), or a one-line error."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # only lets a TIME_WAIT port be reused
    try:
        sock.bind((host, port))
    except OSError as exc:
        sock.close()
        if exc.errno == errno.EADDRINUSE:
            raise InputError(f"port {port} on {host} is in use; pass --port (0 picks a free one)") from exc
        raise InputError(f"cannot listen on {host} port {port}: {exc.strerror or exc}") from exc
    sock.set_inheritable(True)
    return sock


def _run(config: Any, sock: socket.socket, ready: str) -> None:
    """Run uvicorn on the bound socket; print ``ready`` once it has started (not if startup failed)."""
    import uvicorn

    class ReadyServer(uvicorn.Server):
        async def startup(self, sockets: list[socket.socket] | None = None) -> None:
            await super().startup(sockets=sockets)
            if self.started and not self.should_exit:
                click.echo(ready, err=True)

    ReadyServer(config).run(sockets=[sock])
