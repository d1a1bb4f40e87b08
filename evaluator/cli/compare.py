"""``evaluator compare``: two runs of the same answers, side by side."""

from __future__ import annotations

import json
from pathlib import Path

import click

from ..compare import compare_runs
from ..compare.render import report_filename, summary_text, write_html
from ..errors import InputError

from . import main
from .common import db_option, open_db


@main.command("compare")
@click.argument("run_a")
@click.argument("run_b")
@db_option
@click.option("--json", "as_json", is_flag=True, help="Print the whole comparison as JSON (see docs/compare.md).")
@click.option("--html", "html_path", type=click.Path(dir_okay=False), default=None,
              help="Write the HTML report to this file.")
@click.option("--report-dir", type=click.Path(file_okay=False), default=None,
              help="Write the HTML report into this folder as compare-RUN_A-RUN_B.html.")
@click.option("--top-k", type=int, default=10, show_default=True, help="Size of the top lists compared.")
@click.option("--scorer", default="final", show_default=True,
              help="Whose verdicts to compare: 'final' (reviewers' overrides applied) or a scorer both runs have.")
def compare_command(run_a, run_b, db_path, as_json, html_path, report_dir, top_k, scorer) -> None:
    """Compare run B with run A on the answers both scored with the same text.

    Per rubric item (matched by id): agreement, Cohen's κ (flags) or quadratic weighted κ
    (levels), mean shift B − A and the A → B transition matrix; every changed verdict with both
    runs' reasons and evidence; per candidate transcript the overall score in A and B, and the
    rankings: Kendall's τ-b, rank changes, top-k overlap. Answers only in one run, or whose
    text changed, are counted and named. 'evaluator runs' lists the run ids.

    \b
    Example:
      evaluator runs
      evaluator compare run-37bdc86532d5 run-78bb6e38a8e3 --html compare.html
      evaluator compare run-37bdc86532d5 run-78bb6e38a8e3 --scorer keyword --json
    """
    if html_path and report_dir:
        raise InputError("give --html FILE or --report-dir DIR, not both")
    if top_k < 1:
        raise InputError(f"--top-k must be at least 1, got {top_k}")
    with open_db(db_path, read_only=True) as conn:
        doc = compare_runs(conn, run_a, run_b, scorer=scorer, top_k=top_k)
        path = None
        if html_path or report_dir:
            path = write_html(conn, doc, Path(html_path) if html_path else Path(report_dir) / report_filename(doc))
    if as_json:
        click.echo(json.dumps(doc, indent=2, default=str))
    else:
        click.echo(summary_text(doc))
    if path:
        click.echo(f"report: {path}", err=True)
