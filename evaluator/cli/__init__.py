"""The ``evaluator`` command: a thin click adapter over the library.

Every :class:`~evaluator.errors.EvaluatorError` becomes a one-line message and a non-zero exit;
set ``EVALUATOR_DEBUG=1`` to see tracebacks.
"""

from __future__ import annotations

import sys

import click

from ..errors import EvaluatorError
from .common import EvaluatorGroup


@click.group(cls=EvaluatorGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="evaluator")
def main() -> None:
    """Score candidates' answers against rubrics: ingest → segment → score → store → report.

    \b
    Example:
      evaluator run datasets/ai-engineer-interviews --rubric rubrics/ai-engineer-role.yaml
    """


from . import calibrate, export, labels, pipeline, rubric, train  # noqa: E402,F401  (register commands)


def run() -> None:
    """Console-script entry point."""
    try:
        main(standalone_mode=True)
    except EvaluatorError as exc:  # pragma: no cover - EvaluatorGroup handles these
        click.echo(f"error: {exc.one_line()}", err=True)
        sys.exit(exc.exit_code)


__all__ = ["main", "run"]
