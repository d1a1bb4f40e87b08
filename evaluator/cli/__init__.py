"""The ``evaluator`` command: a thin click adapter over the library.

Every :class:`~evaluator.errors.EvaluatorError` becomes a one-line message and a non-zero exit;
set ``EVALUATOR_DEBUG=1`` to see tracebacks.
"""

from __future__ import annotations

import sys
from importlib import import_module

import click

from ..errors import EvaluatorError
from .common import EvaluatorGroup


# Command modules register their commands on ``main`` when imported. They are imported on demand:
# ``evaluator assess`` loads its own module only (it must answer in under a second, and the others
# pull in scikit-learn, DuckDB and the OpenAI client); any other command, --help or an unknown
# name loads them all.
COMMAND_MODULES = ("assess", "audit", "calibrate", "compare", "export", "labels", "pipeline", "rubric", "runs", "serve",
                   "train")
ALONE = {"assess": "assess", "serve": "serve"}  # command name → the only module it needs


class LazyGroup(EvaluatorGroup):
    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in self.commands:
            load_commands(ALONE.get(cmd_name))
        return super().get_command(ctx, cmd_name)

    def list_commands(self, ctx: click.Context) -> list[str]:
        load_commands()
        return super().list_commands(ctx)


def load_commands(module: str | None = None) -> None:
    """Import one command module, or every one (each registers its commands on ``main``)."""
    for name in [module] if module else COMMAND_MODULES:
        import_module(f".{name}", __name__)


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="evaluator")
def main() -> None:
    """Score candidates' answers against rubrics: ingest → segment → score → store → report.

    \b
    Example:
      evaluator run datasets/ai-engineer-interviews --rubric rubrics/ai-engineer-role.yaml
      evaluator assess answer.txt --question-id model_choice
    """


def run() -> None:
    """Console-script entry point."""
    try:
        main(standalone_mode=True)
    except EvaluatorError as exc:  # pragma: no cover - EvaluatorGroup handles these
        click.echo(f"error: {exc.one_line()}", err=True)
        sys.exit(exc.exit_code)


__all__ = ["main", "run"]
