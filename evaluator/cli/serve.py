"""``evaluator serve``: the local web app for reviewers and candidates."""

from __future__ import annotations

import ipaddress

import click

from ..errors import InputError
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
    connect(db_path).close()  # create or migrate now: a clear error before the server starts
    rubric = load_rubric(rubric_path) if rubric_path else None
    hosts = [*LOOPBACK_HOSTS, *allowed_hosts]
    if not _is_loopback(host):
        if not allowed_hosts:
            raise InputError(f"--host {host} is not a loopback address: name the host names clients will use "
                             f"with --allow-host (the app refuses other Host headers)")
        click.echo(f"warning: serving on {host}: anyone who can reach it can read the answers and override verdicts",
                   err=True)
    app = create_app(db_path, rubric=rubric, allowed_hosts=hosts)
    shown = f"[{host}]" if ":" in host else host
    click.echo(f"serving {db_path} on http://{shown}:{port}/ (Ctrl-C to stop)", err=True)
    uvicorn.run(app, host=host, port=port, log_level="warning", server_header=False)
