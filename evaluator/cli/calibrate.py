"""``evaluator calibrate``: agreement of every scorer with the human labels, with intervals."""

from __future__ import annotations

import click

from ..calibrate import calibrate
from ..calibrate.combine_fit import fit_combine as fit_combine_rule, save_combine
from ..calibrate.document import LabelUse, ScorerFigures
from ..calibrate.report import PRIMARY, render_calibration

from ..store.calibrations import save_calibration
from ..labels.resolution import reasons_text
from . import main
from .common import db_option, open_db
from .labels import LIST_LIMIT, echo_unresolved


def _fmt(value) -> str:
    return "–" if value is None else f"{value:.2f}"


def _with_ci(figures: ScorerFigures, key: str) -> str:
    ci = figures.interval(key) or [None, None]
    value = figures.figure(key)
    if value is None:
        return "–"
    return f"{value:.2f} [{_fmt(ci[0])}, {_fmt(ci[1])}]" if ci[0] is not None else f"{value:.2f}"


def _signed(value: float | None) -> str:
    return "–" if value is None else f"{value:+.3f}"


def echo_usage(labels: LabelUse, *, verbose: bool) -> None:
    """Per reference rater: "used N of M labelled (answer, item) pairs", the rest by reason and listed."""
    for name, use in labels.usage.items():
        rest = f"; not used: {reasons_text(use.unresolved)}" if use.unresolved else ""
        click.echo(f"labels of {name}: used {use.used} of {use.labelled} labelled (answer, item) pairs{rest}")
    if labels.unresolved_labels:
        echo_unresolved(labels.unresolved_labels, verbose=verbose,
                        more_hint="'evaluator calibrate --verbose' lists them all (so does calibration.html)")


@main.command("calibrate")
@db_option
@click.option("--run", "run_id", default=None, help="Run id [default: the latest complete run].")
@click.option("--rater", default=None, help="Compare with this rater ('override': reviewers' overrides made in 'evaluator serve') [default: the consensus of the imported raters].")
@click.option("--cluster-by", type=click.Choice(["auto", "candidate", "question", "answer"]), default="auto",
              show_default=True, help="Bootstrap resampling unit (auto: question for graded short answers).")
@click.option("--bootstrap", "n_boot", type=click.IntRange(100, 100_000), default=1000, show_default=True,
              help="Bootstrap resamples for the 95% intervals.")
@click.option("--worst", type=click.IntRange(0, 1000), default=10, show_default=True,
              help="Worst disagreements listed per item.")
@click.option("--report-dir", default="reports", show_default=True, help="Folder for calibration.html.")
@click.option("--fit-combine", is_flag=True,
              help="Learn which scorer decides 'final' per item from these labels (κ / QWK), store the rule "
                   "and recompute the run's final verdicts before measuring.")
@click.option("--json", "as_json", is_flag=True, help="Print every figure as JSON (see docs/calibration.md).")
@click.option("--verbose", "-v", is_flag=True, help=f"List every label not used (default: the first {LIST_LIMIT}).")
def calibrate_command(db_path, run_id, rater, cluster_by, n_boot, worst, report_dir, fit_combine, as_json,
                      verbose) -> None:
    """Agreement of each scorer (and 'final') with the human labels, item by item.

    Flags: agreement, precision, recall, F1, TPR, TNR, Cohen's κ, prevalence (observed, human,
    Rogan–Gladen corrected). Levels: exact/adjacent agreement, QWK, Pearson, Spearman,
    Krippendorff's α, MAE/RMSE, confusion matrix. With several raters, the human–human baseline.
    Every figure with a 95% cluster-bootstrap interval. Stored in the database and written to
    calibration.html. Says, per reference rater, how many labelled (answer, item) pairs were used
    and why each other label was not (ambiguous question, answer not in the run, …). An unknown
    rater, or no label matching the run, is an error and leaves the report as it was.

    \b
    Example:
      evaluator labels import datasets/ai-engineer-interviews/labels.csv --rubric rubrics/ai-engineer-role.yaml
      evaluator calibrate --db evaluator.duckdb --report-dir reports
      evaluator calibrate --fit-combine     # learn the final rule (keyword / classifier / llm) per item
    """
    with open_db(db_path) as conn:
        if fit_combine:
            rule = fit_combine_rule(conn, run_id, reference=rater or "consensus")
            changed = save_combine(conn, rule)
            if not as_json:
                for item_id, entry in rule["items"].items():
                    figures = ", ".join(f"{s} {f['value']:.2f} (n={f['n']})" for s, f in entry["figures"].items())
                    click.echo(f"final rule {item_id}: {' > '.join(entry['priority'])}  [{entry['metric']}: {figures}]")
                click.echo(f"final verdicts recomputed: {changed} changed")
        document = calibrate(conn, run_id, reference=rater or "consensus", cluster_by=cluster_by, n_boot=n_boot,
                             worst=worst)
        save_calibration(conn, document.to_dict())
    path = render_calibration(document, report_dir)
    if as_json:
        click.echo(document.to_json(indent=2))
        return
    click.echo(f"calibration {document.calibration_id} of run {document.run_id} against {document.reference} "
               f"({document.labels.resolved_units} labelled pairs; intervals: {n_boot} resamples by "
               f"{document.cluster_by})")
    echo_usage(document.labels, verbose=verbose)
    for item in document.items:
        primary = PRIMARY[item.scale]
        click.echo(f"{item.item_id} ({item.scale}, n={item.n_labelled}):")
        extra = "f1" if item.scale == "binary" else ("macro_f1" if item.scale == "nominal" else "exact")
        for scorer, figures in item.scorers.items():
            click.echo(f"  {scorer:<12} {primary} {_with_ci(figures, primary):<22} {extra} {_with_ci(figures, extra):<22}"
                       f" n={figures.n} unscored={figures.unscored}")
        if item.humans:
            h = item.humans
            ci = h.mean_kappa_ci or [None, None]
            click.echo(f"  {'humans':<12} mean κ {_fmt(h.mean_kappa)} [{_fmt(ci[0])}, {_fmt(ci[1])}], "
                       f"α {_fmt(h.alpha)} ({h.n_units} answers, {h.n_raters} raters)")
        for scorer, d in item.final_vs.items():
            click.echo(f"  final vs {scorer}: {d.metric} {_signed(d.diff)} "
                       f"[{_signed(d.diff_ci[0])}, {_signed(d.diff_ci[1])}] on {d.n} answers: {d.verdict}")
        for scorer, figures in item.scorers.items():
            if figures.in_sample:
                click.echo(f"  warning: {scorer} was trained on {figures.in_sample} of these answers: its figures "
                           "here are in-sample; use the cross-validated ones from 'evaluator train'")
    click.echo(f"report: {path}")
