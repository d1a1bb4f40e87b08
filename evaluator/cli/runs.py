"""``evaluator runs``: every scoring run in the database."""

from __future__ import annotations

import json

import click

from ..runs import list_runs, runs_table

from . import main
from .common import db_option, open_db


@main.command("runs")
@db_option
@click.option("--json", "as_json", is_flag=True, help="Print the runs as a JSON list.")
def runs_command(db_path, as_json) -> None:
    """List every run, newest first: rubric and version, scorers and models, status, times,
    answers covered, final and unscored verdicts, LLM calls and their cost, overrides.

    Counts are of the answers' current texts, with reviewers' overrides applied (as in the
    reports); the cost is the sum of the run's logged LLM calls ('–' when none had a price).

    \b
    Example:
      evaluator runs --db evaluator.duckdb
      evaluator runs --json | jq '.[0].run_id'
    """
    with open_db(db_path, read_only=True) as conn:
        runs = list_runs(conn)
    if as_json:
        click.echo(json.dumps([r.to_json() for r in runs], indent=2))
    else:
        click.echo(runs_table(runs))
