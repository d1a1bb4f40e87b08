"""``evaluator train``: fit the classifier scorer from the human labels in the database."""

from __future__ import annotations

import json

import click

from ..classifier.model import save_model
from ..training.document import TrainedItem
from ..training.fit import train
from ..rubric import load_rubric
from . import main
from .common import db_option, open_db


def _fmt(metrics: dict | None, keys: tuple[str, ...]) -> str:
    if not metrics:
        return "–"
    return " ".join(f"{k}={metrics[k]:.3f}" for k in keys if isinstance(metrics.get(k), (int, float)))


def _final_line(item: TrainedItem) -> str:
    """How 'final' decides this item, with the cross-validated figures that chose it."""
    figures, order = item.stack_figures, item.combine
    if not figures or "single" not in figures:
        note = f" ({figures['note']})" if figures and figures.get("note") else ""
        return f"trusts {' > '.join(order)}{note}"
    singles = ", ".join(f"{s} {v:.3f}" for s, v in figures["single"].items())
    where = f"on {figures['n']} answers not written from"
    if item.stack:
        return f"learned (stacked) {figures['metric']} {figures['stack']:.3f} vs {singles} {where}"
    return f"trusts {' > '.join(order)}: stacked {figures['stack']:.3f} vs {singles} {where}"


def _per_question_line(figures: dict) -> str:
    """Whether the item uses per-question features, with the cross-validated figures that decided."""
    parts = [f"{where.replace('_', ' ')} {f['without']:.3f} → {f['with']:.3f}"
             for where in ("seen_questions", "unseen_questions") if (f := figures.get(where))]
    return f"{'used' if figures['used'] else 'not used'} ({'; '.join(parts)})"


@main.command("train")
@click.option("--rubric", "rubric_path", required=True, type=click.Path(dir_okay=False), help="Rubric YAML file.")
@db_option
@click.option("--item", "item_ids", multiple=True, help="Item id to train (repeatable) [default: every labelled item].")
@click.option("--output", required=True, type=click.Path(dir_okay=False),
              help="Model file to write (.joblib); its numpy copy (.npz, for fast predictions) is written beside it.")
@click.option("--group-by", type=click.Choice(["candidate", "question"]), default="candidate", show_default=True,
              help="Cross-validation groups: no candidate (or question) on both sides of a split.")
@click.option("--rater", default=None, help="Train on this rater's labels [default: consensus of all raters].")
@click.option("--keyword-written-from", "keyword_written_from", multiple=True, metavar="GLOB",
              help="Answers the rubric's phrases were written from (a glob on answer or transcript id, "
                   "repeatable): the keyword scorer is measured, and the learned final fitted, without them.")
@click.option("--per-question/--no-per-question", "per_question", default=False,
              help="Graded short answers: add features from the graded answers of the same question (neighbours, "
                   "the question's grade distribution), per item where cross-validation shows they help "
                   "[default: off; it costs 1.5-3.5x the training time]. The .npz holds them too: no --trust-model needed.")
@click.option("--json", "as_json", is_flag=True, help="Print the cross-validation report as JSON.")
def train_command(rubric_path, db_path, item_ids, output, group_by, rater, keyword_written_from, per_question,
                  as_json) -> None:
    """Train one model per rubric item on the human labels (see 'evaluator labels import').

    Prints grouped cross-validation figures per item beside the keyword scorer's on the same answers.
    'final' becomes a learned combination (a logistic regression stacked on the classifier's
    out-of-fold verdicts and the keyword scorer's, fitted on the answers the phrases were not
    written from) where it beats both single scorers in cross-validation; elsewhere 'final' trusts
    the better of the two first. Items with too few labels are skipped and listed with their
    counts; it is an error only when no item can be trained.

    \b
    Example:
      evaluator train --rubric rubrics/ai-engineer-role.yaml --db evaluator.duckdb --output model.joblib
      evaluator train --rubric rubrics/ai-engineer-role.yaml --output model.joblib --keyword-written-from 'wa-*'
    """
    if output.endswith(".npz"):  # the .npz is the numpy copy written beside the .joblib
        raise click.BadParameter("give the model a .joblib name (the .npz beside it is written too)",
                                 param_hint="--output")
    rubric = load_rubric(rubric_path)
    with open_db(db_path) as conn:
        model = train(conn, rubric, item_ids=item_ids, group_by=group_by, rater=rater,
                      keyword_written_from=keyword_written_from, per_question=per_question,
                      progress=lambda item: click.echo(f"training {item} …", err=True))
    save_model(model.to_dict(), output)
    if as_json:
        click.echo(json.dumps(model.to_json(output), indent=2, default=str))
        return
    keys = ("exact", "kappa", "qwk", "macro_f1", "mae")
    for r in model.items.values():
        click.echo(f"{r.item_id} (n={r.n}, param={r.params}): CV by {r.cv.get('grouped_by')}: {_fmt(r.cv, keys)}")
        if r.cv_unseen_questions:
            click.echo(f"    unseen questions: {_fmt(r.cv_unseen_questions, keys)}")
        if r.cv.get("per_question"):
            click.echo(f"    per-question features: {_per_question_line(r.cv['per_question'])}")
        click.echo(f"    keyword on the same answers: {_fmt(r.keyword, keys)}")
        click.echo(f"    final: {_final_line(r)}")
    for item_id, why in model.skipped.items():
        click.echo(f"skipped {item_id}: {why}")
    click.echo(f"model written: {output} ({len(model.items)} items trained, {len(model.skipped)} skipped; "
               f"{model.unresolved_labels} labels not matched to an answer)")
