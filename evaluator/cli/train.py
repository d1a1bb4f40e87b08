"""``evaluator train``: fit the classifier scorer from the human labels in the database."""

from __future__ import annotations

import json

import click

from ..classifier.model import save_model
from ..classifier.training import train
from ..rubric import load_rubric
from ..store import connect
from . import main
from .common import db_option, resolve_db


def _fmt(metrics: dict | None, keys: tuple[str, ...]) -> str:
    if not metrics:
        return "–"
    return " ".join(f"{k}={metrics[k]:.3f}" for k in keys if isinstance(metrics.get(k), (int, float)))


@main.command("train")
@click.option("--rubric", "rubric_path", required=True, type=click.Path(dir_okay=False), help="Rubric YAML file.")
@db_option
@click.option("--item", "item_ids", multiple=True, help="Item id to train (repeatable) [default: every labelled item].")
@click.option("--output", required=True, type=click.Path(dir_okay=False),
              help="Model file to write (.joblib); its numpy copy (.npz, for fast predictions) is written beside it.")
@click.option("--group-by", type=click.Choice(["candidate", "question"]), default="candidate", show_default=True,
              help="Cross-validation groups: no candidate (or question) on both sides of a split.")
@click.option("--rater", default=None, help="Train on this rater's labels [default: consensus of all raters].")
@click.option("--json", "as_json", is_flag=True, help="Print the cross-validation report as JSON.")
def train_command(rubric_path, db_path, item_ids, output, group_by, rater, as_json) -> None:
    """Train one model per rubric item on the human labels (see 'evaluator labels import').

    Prints grouped cross-validation figures per item beside the keyword scorer's on the same answers,
    and the order in which 'final' will trust the two.

    \b
    Example:
      evaluator train --rubric rubrics/ai-engineer-role.yaml --db evaluator.duckdb --output model.joblib
    """
    if output.endswith(".npz"):  # the .npz is the numpy copy written beside the .joblib
        raise click.BadParameter("give the model a .joblib name (the .npz beside it is written too)",
                                 param_hint="--output")
    rubric = load_rubric(rubric_path)
    with connect(resolve_db(db_path)) as conn:
        model, reports, unresolved = train(conn, rubric, item_ids=item_ids, group_by=group_by, rater=rater,
                                           progress=lambda item: click.echo(f"training {item} …", err=True))
    fallbacks = save_model(model, output)
    for item_id, why in fallbacks.items():
        click.echo(f"note: {item_id} predicts with scikit-learn only (not in the .npz): {why}", err=True)
    if as_json:
        click.echo(json.dumps({"output": output, "unresolved_labels": unresolved,
                               "items": {r.item_id: {"n": r.n, "params": r.params, "cv": r.cv,
                                                     "cv_unseen_questions": r.cv_unseen_questions,
                                                     "keyword": r.keyword, "combine": r.combine} for r in reports}},
                              indent=2, default=str))
        return
    keys = ("exact", "kappa", "qwk", "macro_f1", "mae")
    for r in reports:
        click.echo(f"{r.item_id} (n={r.n}, param={r.params}): CV by {r.cv.get('grouped_by')}: {_fmt(r.cv, keys)}")
        if r.cv_unseen_questions:
            click.echo(f"    unseen questions: {_fmt(r.cv_unseen_questions, keys)}")
        click.echo(f"    keyword on the same answers: {_fmt(r.keyword, keys)}; final trusts {' > '.join(r.combine)}")
    click.echo(f"model written: {output} ({len(reports)} items; {unresolved} labels not matched to an answer)")
