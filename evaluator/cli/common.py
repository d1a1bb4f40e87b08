"""Shared CLI pieces: error handling, the --db option, progress bars.

Light to import (``evaluator assess`` loads it): DuckDB (via the store) and tqdm are imported
when a command uses them.
"""

from __future__ import annotations

import os
import select
import signal
import sys
import traceback
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, Callable, Iterator

import click

from ..errors import EvaluatorError

if TYPE_CHECKING:
    from tqdm import tqdm

INTERRUPTED = "interrupted: what was finished is saved; run the same command again to resume"


class EvaluatorGroup(click.Group):
    """A click group that turns package errors into one-line messages."""

    def invoke(self, ctx: click.Context) -> Any:
        with _watch_interrupts() as interrupted:
            try:
                result = super().invoke(ctx)
                sys.stdout.flush()  # a reader that went away (`| head`) shows here, not at exit
                return result
            except BrokenPipeError:
                if not _stdout_reader_gone():
                    raise  # some other pipe (a worker, a socket): a real failure
                # the reader of our output closed it (`evaluator export | head -1`): not an error
                _silence_stdout()
                ctx.exit(0)
            except (click.exceptions.ClickException, click.exceptions.Exit, click.exceptions.Abort):
                raise
            except KeyboardInterrupt:
                click.echo(INTERRUPTED, err=True)
                ctx.exit(130)
            except Exception as exc:
                # Ctrl-C during a DuckDB query surfaces as DuckDB's own error (RuntimeError "Query
                # interrupted", or "transaction is aborted" from the next statement), not as
                # KeyboardInterrupt: it is still an interruption, not a failure
                if interrupted:
                    click.echo(INTERRUPTED, err=True)
                    ctx.exit(130)
                exc = _as_package_error(exc)
                from ..store.scrub import scrub, secret_values
                if not isinstance(exc, EvaluatorError) or os.environ.get("EVALUATOR_DEBUG"):
                    if not secret_values():
                        raise
                    # a traceback may quote the key (a request's headers, an endpoint's reply): scrubbed
                    click.echo(scrub("".join(traceback.format_exception(exc))), err=True)
                    ctx.exit(getattr(exc, "exit_code", 1))
                click.echo(f"error: {scrub(exc.one_line())}", err=True)  # an endpoint may quote the API key
                ctx.exit(exc.exit_code)


def _as_package_error(exc: Exception) -> Exception:
    """A database file that is truncated or corrupted fails inside DuckDB at any query, long after it
    opened: its I/O or corruption error becomes a one-line StoreError naming what to do."""
    import duckdb

    from ..errors import StoreError
    text = str(exc).lower()
    unreadable = isinstance(exc, duckdb.IOException) and "could not read" in text
    if unreadable or isinstance(exc, duckdb.SerializationException) or (
            isinstance(exc, duckdb.Error) and ("corrupt" in text or "checksum" in text)):
        first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        return StoreError(f"the database file cannot be read ({first}); it is truncated or corrupted: "
                          "restore it from a backup, or score into a new file with --db")
    if isinstance(exc, duckdb.OutOfMemoryException):
        from ..store.db import memory_limit
        return StoreError(f"the database ran out of its memory limit ({memory_limit()}) for this query; raise "
                          "it, e.g. EVALUATOR_DB_MEMORY=2GB (a million answers' report fits in the default 1GB)")
    return exc


def _stdout_reader_gone() -> bool:
    """Whether stdout is a pipe (or socket) whose reading end is closed: poll reports an error."""
    try:
        poller = select.poll()
        poller.register(sys.stdout.fileno(), select.POLLOUT)
        return any(events & (select.POLLERR | select.POLLHUP) for _, events in poller.poll(0))
    except (AttributeError, OSError, ValueError):  # no poll (Windows) or no descriptor: cannot tell
        return True


def _silence_stdout() -> None:
    """Point stdout at /dev/null so that flushing what is left in its buffer at exit cannot raise
    again (the recipe in the Python docs' note on SIGPIPE)."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (AttributeError, OSError, ValueError):  # no real file descriptor (e.g. click's test runner)
        pass


@contextmanager
def _watch_interrupts() -> Iterator[list[int]]:
    """While the command runs, SIGINT raises KeyboardInterrupt as usual and is also remembered
    (the yielded list is non-empty once it arrived). Only where Python's default handler is set."""
    received: list[int] = []

    def handler(signum: int, frame: Any) -> None:
        received.append(signum)
        raise KeyboardInterrupt

    try:
        previous = signal.getsignal(signal.SIGINT)
        install = previous is signal.default_int_handler
        if install:
            signal.signal(signal.SIGINT, handler)
    except ValueError:  # not the main thread: signals cannot be handled here
        install = False
    try:
        yield received
    finally:
        if install:
            signal.signal(signal.SIGINT, previous)


def db_option(func: Callable) -> Callable:
    return click.option("--db", "db_path", type=click.Path(dir_okay=False), default=None,
                        help="DuckDB file [default: $EVALUATOR_DB or ./evaluator.duckdb].")(func)


def trust_model_option(func: Callable) -> Callable:
    return click.option("--trust-model", is_flag=True,
                        help="Allow loading the classifier's .joblib (a pickle, which can run code when loaded) "
                             "where its .npz copy cannot serve; only for model files you made yourself.")(func)


def classifier_options(model_path: str | None, trust_model: bool) -> dict:
    """The classifier scorer's options from the CLI's --classifier-model / --trust-model."""
    options = {"model_path": model_path} if model_path else {}
    return options | ({"trust_model": True} if trust_model else {})


DB_WAIT_SECONDS = 30.0  # how long a command waits for another process's hold on the database


def open_db(db_path: str | None, *, read_only: bool = False) -> Any:
    """The command's database connection; another process's hold on the file (the review app's
    request, another command) is waited for up to $EVALUATOR_DB_WAIT seconds (default 30), with
    one line on stderr saying so."""
    from ..store import connect
    try:
        wait = float(os.environ.get("EVALUATOR_DB_WAIT", DB_WAIT_SECONDS))
    except ValueError:
        raise click.UsageError(f"EVALUATOR_DB_WAIT must be a number of seconds, not "
                               f"{os.environ['EVALUATOR_DB_WAIT']!r}") from None
    return connect(resolve_db(db_path), read_only=read_only, wait=wait,
                   on_wait=lambda message: click.echo(message, err=True))


def resolve_db(db_path: str | None) -> str:
    from ..store import default_db_path
    return db_path or default_db_path()


@contextmanager
def progress_bar(desc: str, total: int | None = None, unit: str = "it") -> Iterator[tqdm]:
    """A tqdm bar on stderr, silent when stderr is not a terminal and EVALUATOR_PROGRESS unset."""
    from tqdm import tqdm
    disable = not (sys.stderr.isatty() or os.environ.get("EVALUATOR_PROGRESS"))
    with tqdm(total=total, desc=desc, unit=unit, file=sys.stderr, disable=disable,
              dynamic_ncols=True, leave=False) as bar:
        yield bar
