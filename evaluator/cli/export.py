"""``evaluator export``: scores as CSV, JSON Lines or Parquet."""

from __future__ import annotations

import click

from ..export import write_export
from . import main
from .common import db_option, open_db


@main.command("export")
@db_option
@click.option("--format", "fmt", type=click.Choice(["csv", "jsonl", "parquet"]), required=True,
              help="Output format (parquet: needs --output; written in row groups, bounded memory).")
@click.option("--output", type=click.Path(dir_okay=False), default=None, help="File [default: stdout].")
@click.option("--level", type=click.Choice(["answer", "candidate"]), default="answer", show_default=True,
              help="One row per (answer, item, scorer), or per (candidate, transcript, item).")
@click.option("--run", "run_id", default=None, help="Run id [default: the latest complete run].")
def export_command(db_path, fmt, output, level, run_id) -> None:
    """Export a run's verdicts (every scorer plus 'final').

    \b
    Example:
      evaluator export --db evaluator.duckdb --format csv --output scores.csv
      evaluator export --format jsonl --level candidate
      evaluator export --format parquet --output scores.parquet
    """
    with open_db(db_path, read_only=True) as conn:
        count = write_export(conn, fmt=fmt, output=output, level=level, run_id=run_id)
    if output:
        click.echo(f"wrote {count} rows to {output}", err=True)
