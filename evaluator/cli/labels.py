"""``evaluator labels check``: agreement of a run's verdicts with human labels."""

from __future__ import annotations

import json

import click

from ..labels import agreement, file_references, import_labels, read_labels
from ..labels.agreement import with_numeric_values
from ..labels.resolution import REASONS, UnresolvedLabel, count_by_reason
from ..rubric import load_rubric

from ..store.reads import run_info
from . import main
from .common import db_option, open_db


LIST_LIMIT = 20  # unresolved labels listed without --verbose


def _fmt(value: float | int | str | None) -> str:
    if value is None:
        return "–"
    return f"{value:.3f}" if isinstance(value, float) else str(value)


@main.group("labels")
def labels_group() -> None:
    """Human labels: check a run against them.

    \b
    Example:
      evaluator labels check datasets/ai-engineer-interviews/labels.csv --rater reviewer_a
    """


@labels_group.command("import")
@click.argument("labels_file", type=click.Path(dir_okay=False))
@db_option
@click.option("--rubric", "rubric_path", type=click.Path(dir_okay=False), default=None,
              help="Check items and value ranges against this rubric (and match questions with it).")
@click.option("--rubric-out", type=click.Path(dir_okay=False), default=None,
              help="Graded-dataset layout only: also write a rubric for its questions and grades.")
@click.option("--verbose", "-v", is_flag=True, help=f"List every label not used (default: the first {LIST_LIMIT}).")
def import_command(labels_file, db_path, rubric_path, rubric_out, verbose) -> None:
    """Import human labels (our labels CSV, or a graded dataset with its answers).

    Each label is resolved to its answer as calibration will resolve it. Rows naming unknown answers,
    transcripts or items, or values outside an item's range, are skipped; rows whose transcript +
    question matches no answer or several (e.g. a follow-up split the answer in two: give answer_id)
    are imported but not used until fixed. Both are counted by reason and listed with their row.
    Re-importing a file replaces its labels. Exits 1 if a row was skipped.

    \b
    Example:
      evaluator labels import datasets/ai-engineer-interviews/labels.csv --rubric rubrics/ai-engineer-role.yaml
      evaluator labels import train.csv --db d.duckdb --rubric-out r.yaml
    """
    rubric = load_rubric(rubric_path) if rubric_path else None
    with open_db(db_path) as conn:
        summary = import_labels(conn, labels_file, rubric=rubric, rubric_out=rubric_out)
    if summary.ingest is not None:
        click.echo(f"answers: {summary.ingest.answers} ingested ({summary.ingest.files_unchanged} file unchanged)")
    if summary.rubric_out:
        click.echo(f"rubric written: {summary.rubric_out}")
    unchecked = [what for what, checked in (("items and ranges", summary.rubric_id),
                                            ("transcript + question matches", summary.matching_checked)) if not checked]
    click.echo(f"labels: {summary.imported} imported, {len(summary.skipped)} rows skipped, "
               f"{len(summary.unresolved)} imported but not resolved to exactly one answer"
               + (f" (no rubric: {' and '.join(unchecked)} not checked)" if unchecked else ""))
    echo_unresolved([*summary.skipped, *summary.unresolved], verbose=verbose,
                    more_hint=f"'evaluator labels import {labels_file} --verbose' lists them all")
    if summary.skipped:
        raise SystemExit(1)


def echo_unresolved(unresolved: list[UnresolvedLabel], *, verbose: bool, more_hint: str, indent: str = "  ") -> None:
    """Counts by reason (stdout), then one line per label (stderr), the first LIST_LIMIT unless ``verbose``."""
    for reason, n in count_by_reason(unresolved).items():
        click.echo(f"{indent}{n} {reason}: {REASONS[reason]}")
    shown = unresolved if verbose else unresolved[:LIST_LIMIT]
    for label in shown:
        click.echo(f"{indent}  {label.line()}", err=True)
    if len(unresolved) > len(shown):
        click.echo(f"{indent}  … and {len(unresolved) - len(shown)} more: {more_hint}", err=True)


@labels_group.command("check")
@click.argument("labels_file", type=click.Path(dir_okay=False))
@db_option
@click.option("--run", "run_id", default=None, help="Run id [default: the latest complete run].")
@click.option("--scorer", default="final", show_default=True, help="Scorer whose verdicts are compared.")
@click.option("--rater", default=None, help="Compare with this rater's labels [default: the consensus of every rater].")
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")
@click.option("--verbose", "-v", is_flag=True, help=f"List every label not matched (default: the first {LIST_LIMIT}).")
def check_command(labels_file, db_path, run_id, scorer, rater, as_json, verbose) -> None:
    """Precision, recall and F1 per flag, exact/adjacent agreement and MAE per criterion.

    One human value per labelled (answer, item), as 'evaluator calibrate' takes it (the rater's, or
    the consensus of every rater), and the same figures, without the intervals.

    \b
    Example:
      evaluator labels check datasets/ai-engineer-interviews/labels.csv --db evaluator.duckdb \\
          --scorer keyword --rater reviewer_a
    """
    parsed = read_labels(labels_file)
    with open_db(db_path, read_only=True) as conn:
        run = run_info(conn, run_id)
        numbered, value_errors = with_numeric_values(parsed.numbered, run.rubric)
        references = file_references(conn, run, numbered, source=str(labels_file), rater=rater)
        unresolved = references.resolution.unresolved
        stats = agreement(conn, run, references, scorer=scorer)
    stats_rows = [s.as_dict() for s in stats]
    if as_json:
        click.echo(json.dumps({"run_id": run.run_id, "scorer": scorer, "rater": rater,
                               "labels": len(parsed.rows), "unresolved": len(unresolved),
                               "unresolved_by_reason": count_by_reason(unresolved),
                               "unresolved_labels": [u.as_dict() for u in unresolved],
                               "bad_rows": len(parsed.errors) + len(value_errors), "items": stats_rows}, indent=2))
        return
    click.echo(f"run {run.run_id} · scorer {scorer} · rater {rater or 'consensus'} · {len(parsed.rows)} labels, "
               f"{len(unresolved)} not matched to an answer of the run, {len(parsed.errors) + len(value_errors)} bad rows")
    click.echo(f"{'flag':<26}{'n':>5}{'prev':>7}{'prec':>7}{'recall':>8}{'F1':>7}{'agree':>7}{'unsc':>6}")
    for r in stats_rows:
        if r["item_kind"] == "flag":
            click.echo(f"{r['item_id']:<26}{r['n']:>5}{_fmt(r['human_prevalence']):>7}{_fmt(r['precision']):>7}"
                       f"{_fmt(r['recall']):>8}{_fmt(r['f1']):>7}{_fmt(r['exact_agreement']):>7}{r['unscored']:>6}")
    click.echo(f"{'criterion':<26}{'n':>5}{'exact':>7}{'adj':>7}{'MAE':>8}{'unsc':>6}")
    for r in stats_rows:
        if r["item_kind"] == "criterion":
            click.echo(f"{r['item_id']:<26}{r['n']:>5}{_fmt(r['exact_agreement']):>7}"
                       f"{_fmt(r['adjacent_agreement']):>7}{_fmt(r['mae']):>8}{r['unscored']:>6}")
    if unresolved:
        click.echo("not matched to an answer of the run:")
        echo_unresolved(unresolved, verbose=verbose, more_hint="'--verbose' lists them all")
    for error in parsed.errors:
        click.echo(f"  bad row: {error.one_line()}", err=True)
    for message in value_errors:
        click.echo(f"  bad row: {message}", err=True)
