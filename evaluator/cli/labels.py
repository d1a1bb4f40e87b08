"""``evaluator labels check``: agreement of a run's verdicts with human labels."""

from __future__ import annotations

import json

import click

from ..labels import agreement, import_labels, read_labels, resolve
from ..labels.agreement import with_numeric_values
from ..rubric import load_rubric
from ..store import connect
from ..store.reads import run_info
from . import main
from .common import db_option, resolve_db


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
              help="Check items and value ranges against this rubric.")
@click.option("--rubric-out", type=click.Path(dir_okay=False), default=None,
              help="Graded-dataset layout only: also write a rubric for its questions and grades.")
def import_command(labels_file, db_path, rubric_path, rubric_out) -> None:
    """Import human labels (our labels CSV, or a graded dataset with its answers).

    Rows naming unknown answers or items, or values outside an item's range, are reported one by
    one; the rest is imported. Re-importing a file replaces its labels. Exits 1 if a row was skipped.

    \b
    Example:
      evaluator labels import datasets/ai-engineer-interviews/labels.csv --rubric rubrics/ai-engineer-role.yaml
      evaluator labels import train.csv --db d.duckdb --rubric-out r.yaml
    """
    rubric = load_rubric(rubric_path) if rubric_path else None
    with connect(resolve_db(db_path)) as conn:
        summary = import_labels(conn, labels_file, rubric=rubric, rubric_out=rubric_out)
    if summary.ingest is not None:
        click.echo(f"answers: {summary.ingest.answers} ingested ({summary.ingest.files_unchanged} file unchanged)")
    if summary.rubric_out:
        click.echo(f"rubric written: {summary.rubric_out}")
    click.echo(f"labels: {summary.imported} imported, {len(summary.errors)} rows skipped"
               + ("" if summary.rubric_id else " (no rubric given: items and ranges not checked)"))
    for line in summary.errors[:50]:
        click.echo(f"  skipped row: {line}", err=True)
    if len(summary.errors) > 50:
        click.echo(f"  … and {len(summary.errors) - 50} more (table label_errors)", err=True)
    if summary.errors:
        raise SystemExit(1)


@labels_group.command("check")
@click.argument("labels_file", type=click.Path(dir_okay=False))
@db_option
@click.option("--run", "run_id", default=None, help="Run id [default: the latest run].")
@click.option("--scorer", default="final", show_default=True, help="Scorer whose verdicts are compared.")
@click.option("--rater", default=None, help="Only this rater's labels [default: every rater].")
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")
def check_command(labels_file, db_path, run_id, scorer, rater, as_json) -> None:
    """Precision, recall and F1 per flag, exact/adjacent agreement and MAE per criterion.

    \b
    Example:
      evaluator labels check datasets/ai-engineer-interviews/labels.csv --db evaluator.duckdb \\
          --scorer keyword --rater reviewer_a
    """
    parsed = read_labels(labels_file)
    with connect(resolve_db(db_path), read_only=True) as conn:
        run = run_info(conn, run_id)
        rows, value_errors = with_numeric_values(parsed.rows, run.rubric)
        resolved, unresolved = resolve(conn, run.run_id, rows)
        stats = agreement(conn, run.run_id, resolved, scorer=scorer, rater=rater)
    stats_rows = [s.as_dict() for s in stats]
    if as_json:
        click.echo(json.dumps({"run_id": run.run_id, "scorer": scorer, "rater": rater,
                               "labels": len(parsed.rows), "unresolved": len(unresolved),
                               "bad_rows": len(parsed.errors) + len(value_errors), "items": stats_rows}, indent=2))
        return
    click.echo(f"run {run.run_id} · scorer {scorer} · rater {rater or 'all'} · {len(parsed.rows)} labels, "
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
    for row in unresolved[:10]:
        click.echo(f"  not matched: {row.answer_id or (row.transcript_id, row.question_id)} {row.item_id}", err=True)
    for error in parsed.errors:
        click.echo(f"  bad row: {error.one_line()}", err=True)
    for message in value_errors:
        click.echo(f"  bad row: {message}", err=True)
