"""``evaluator rubric validate | schema``."""

from __future__ import annotations

import json

import click

from ..errors import RubricError
from ..rubric import check_rubric, rubric_json_schema
from . import main


@main.group("rubric")
def rubric_group() -> None:
    """Check rubric files and print the rubric format.

    \b
    Example:
      evaluator rubric validate rubrics/ai-engineer-role.yaml
    """


@rubric_group.command("validate")
@click.argument("files", nargs=-1, required=True, type=click.Path())
def validate_command(files) -> None:
    """Validate rubric FILES; print a summary of each, or every error with its line and YAML path
    (one per line, on stderr). Exit status 3 when any file is invalid.

    \b
    Example:
      evaluator rubric validate rubrics/*.yaml
    """
    failed = 0
    for path in files:
        loaded, errors = check_rubric(path)
        if loaded is None:
            failed += 1
            for error in errors:  # every error, not the first: fixing a rubric should take one round
                click.echo(f"error: {error.one_line()}", err=True)
            continue
        r = loaded.rubric
        click.echo(f"{path}: ok — {r.id} v{r.version}: {len(r.questions)} questions, {len(r.criteria)} "
                   f"criteria, {len(r.flags)} flags (hash {loaded.content_hash[:12]})")
    if failed:
        raise click.exceptions.Exit(RubricError.exit_code)


@rubric_group.command("schema")
def schema_command() -> None:
    """Print the JSON Schema of the rubric format.

    \b
    Example:
      evaluator rubric schema > rubric.schema.json
    """
    click.echo(json.dumps(rubric_json_schema(), indent=2))
