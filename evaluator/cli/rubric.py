"""``evaluator rubric validate | schema``."""

from __future__ import annotations

import json

import click

from ..rubric import load_rubric, rubric_json_schema
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
    """Validate rubric FILES; print a summary of each or the first error with its line.

    \b
    Example:
      evaluator rubric validate rubrics/*.yaml
    """
    for path in files:
        loaded = load_rubric(path)
        r = loaded.rubric
        click.echo(f"{path}: ok — {r.id} v{r.version}: {len(r.questions)} questions, {len(r.criteria)} "
                   f"criteria, {len(r.flags)} flags (hash {loaded.content_hash[:12]})")


@rubric_group.command("schema")
def schema_command() -> None:
    """Print the JSON Schema of the rubric format.

    \b
    Example:
      evaluator rubric schema > rubric.schema.json
    """
    click.echo(json.dumps(rubric_json_schema(), indent=2))
