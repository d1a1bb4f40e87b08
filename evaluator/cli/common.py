"""Shared CLI pieces: error handling, the --db option, progress bars."""

from __future__ import annotations

import os
import sys
from contextlib import contextmanager
from typing import Any, Callable, Iterator

import click
from tqdm import tqdm

from ..errors import EvaluatorError
from ..store import default_db_path


class EvaluatorGroup(click.Group):
    """A click group that turns package errors into one-line messages."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except EvaluatorError as exc:
            if os.environ.get("EVALUATOR_DEBUG"):
                raise
            click.echo(f"error: {exc.one_line()}", err=True)
            ctx.exit(exc.exit_code)
        except KeyboardInterrupt:
            click.echo("interrupted: what was finished is saved; run the same command again to resume",
                       err=True)
            ctx.exit(130)


def db_option(func: Callable) -> Callable:
    return click.option("--db", "db_path", type=click.Path(dir_okay=False), default=None,
                        help="DuckDB file [default: $EVALUATOR_DB or ./evaluator.duckdb].")(func)


def resolve_db(db_path: str | None) -> str:
    return db_path or default_db_path()


@contextmanager
def progress_bar(desc: str, total: int | None = None, unit: str = "it") -> Iterator[tqdm]:
    """A tqdm bar on stderr, silent when stderr is not a terminal and EVALUATOR_PROGRESS unset."""
    disable = not (sys.stderr.isatty() or os.environ.get("EVALUATOR_PROGRESS"))
    with tqdm(total=total, desc=desc, unit=unit, file=sys.stderr, disable=disable,
              dynamic_ncols=True, leave=False) as bar:
        yield bar
