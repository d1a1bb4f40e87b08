"""``evaluator run | ingest | score | report``: the pipeline, whole or one stage at a time."""

from __future__ import annotations

import sys

import click

from .. import pipeline as lib
from ..report import render_reports
from ..rubric import load_rubric
from ..judge.config import JudgeConfig
from ..judge.estimate import estimate
from ..scorers import make_scorer
from ..store import connect
from . import main
from .common import db_option, progress_bar, resolve_db
from .llm_options import judge_config, llm_options

ROLE_OPTIONS = [
    click.option("--interviewer", default=None, help="Speaker name of the interviewer (default: inferred)."),
    click.option("--candidate", default=None, help="Speaker name of the candidate (default: inferred)."),
]


workers_option = click.option(
    "--workers", type=click.IntRange(1, 64), default=None,
    help="Processes for the offline scorers (keyword, classifier) [default: every core].")


def _roles(func):
    for option in reversed(ROLE_OPTIONS):
        func = option(func)
    return func


def _scorer_list(value: str) -> list[str]:
    names = [s.strip() for s in value.split(",") if s.strip()]
    if not names:
        raise click.BadParameter("name at least one scorer, e.g. --scorers keyword")
    return list(dict.fromkeys(names))


def _do_ingest(conn, inputs, interviewer, candidate) -> lib.IngestSummary:
    files = list(lib.discover(inputs))
    with progress_bar("ingest", total=len(files), unit="file") as bar:
        summary = lib.ingest_paths(conn, files, interviewer=interviewer, candidate=candidate,
                                   progress=bar.update)
    click.echo(f"files: {summary.files_ingested} ingested ({summary.files_partial} with skipped rows), "
               f"{summary.files_unchanged} unchanged, {len(summary.skipped)} skipped; "
               f"answers added: {summary.answers}")
    for line in summary.skipped:
        click.echo(f"  skipped file: {line}", err=True)
    for line in summary.row_errors:
        click.echo(f"  skipped row: {line}", err=True)
    return summary


def _do_score(conn, rubric_path: str, scorers: list[str], classifier_model: str | None = None,
              judge: JudgeConfig | None = None, dry_run: bool = False,
              workers: int | None = None) -> lib.ScoreSummary | None:
    rubric = load_rubric(rubric_path)
    options: dict = {"classifier": {"model_path": classifier_model}} if classifier_model else {}
    if "llm" in scorers:
        options["llm"] = {"config": judge}
    if dry_run:
        if "llm" not in scorers:
            raise click.UsageError("--dry-run estimates the llm scorer's calls: add llm to --scorers")
        run_id, answers = lib.pending_answers(conn, rubric, scorers, scorer_options=options)
        e = estimate(conn, rubric, answers, judge)
        cost = "unknown (no price for this model)" if e.cost_usd is None else f"${e.cost_usd:.4f}"
        click.echo(f"dry run for {run_id}: {e.answers} answers to score → {e.calls} calls to {', '.join(judge.models)} "
                   f"({e.cached_calls} cached), ~{e.input_tokens:,} input + ~{e.output_tokens:,} output tokens, "
                   f"estimated cost {cost}; nothing was sent")
        return None
    with progress_bar("score", unit="answer") as bar:
        if "llm" in scorers:
            options["llm"]["on_progress"] = lambda st: bar.set_postfix(
                calls=st.calls, cached=st.cache_hits, errors=st.errors, tokens=st.input_tokens + st.output_tokens,
                cost=f"${st.cost_usd:.4f}", refresh=False)
        summary = lib.score_answers(conn, rubric, scorers, scorer_options=options, progress=bar.update,
                                    on_start=lambda n: setattr(bar, "total", n) or bar.refresh(),
                                    workers=workers or lib.default_workers())
    click.echo(f"run {summary.run_id} ({'resumed' if summary.resumed else 'new'}; rubric {rubric.rubric.id} "
               f"v{rubric.rubric.version}; scorers {','.join(scorers)}): {summary.answers_scored} answers scored, "
               f"{summary.answers_unchanged} unchanged; {summary.verdicts} final verdicts, "
               f"{summary.unscored} unscored; flags raised: {summary.flags_raised}")
    if summary.llm_stats is not None:
        st = summary.llm_stats
        click.echo(f"llm: {st.calls} calls ({st.retries} retries, {st.errors} failed), {st.cache_hits} cache hits, "
                   f"{st.input_tokens:,} input + {st.output_tokens:,} output tokens, ${st.cost_usd:.4f}")
    return summary


def _do_report(conn, report_dir: str, run_id: str | None) -> None:
    result = render_reports(conn, report_dir, run_id)
    click.echo(f"reports: {result.cohort_path} (+{result.candidate_pages} candidate pages)")


def _exit_for(summary: lib.IngestSummary) -> None:
    if summary.skipped or summary.row_errors:
        click.echo(f"warning: {len(summary.skipped)} file(s) and {len(summary.row_errors)} row(s) were "
                   "skipped (listed above and in the report)", err=True)
        sys.exit(1)


@main.command("run")
@click.argument("inputs", nargs=-1, required=True, type=click.Path())
@click.option("--rubric", "rubric_path", required=True, type=click.Path(), help="Rubric YAML file.")
@db_option
@click.option("--report-dir", default="reports", show_default=True, help="Folder for the HTML reports.")
@click.option("--scorers", default="keyword", show_default=True, help="Comma-separated scorer names.")
@click.option("--classifier-model", type=click.Path(dir_okay=False), default=None,
              help="Model for the classifier scorer [default: the one shipped for the rubric].")
@workers_option
@llm_options
@_roles
def run_command(inputs, rubric_path, db_path, report_dir, scorers, classifier_model, workers, interviewer, candidate,
                dry_run, **llm) -> None:
    """Ingest INPUT files/folders, score them, store everything and render the reports.

    Re-running is cheap: unchanged files are not re-read and unchanged answers not re-scored.
    Exits 1 when any file or row was skipped (the rest is still scored).

    \b
    Example:
      evaluator run datasets/ai-engineer-interviews --rubric rubrics/ai-engineer-role.yaml \\
          --db evaluator.duckdb --report-dir reports
    """
    names = _scorer_list(scorers)
    rubric = load_rubric(rubric_path)  # fail fast on a bad rubric, before any ingest
    if "classifier" in names:  # and on a missing or mismatched model
        make_scorer("classifier", rubric.rubric, model_path=classifier_model, loaded_rubric=rubric)
    judge = judge_config(llm)
    with connect(resolve_db(db_path)) as conn:
        summary = _do_ingest(conn, inputs, interviewer, candidate)
        if _do_score(conn, rubric_path, names, classifier_model, judge, dry_run, workers) is not None:
            _do_report(conn, report_dir, None)
    _exit_for(summary)


@main.command("ingest")
@click.argument("inputs", nargs=-1, required=True, type=click.Path())
@db_option
@_roles
def ingest_command(inputs, db_path, interviewer, candidate) -> None:
    """Read transcripts and written answers into the database (idempotent).

    \b
    Example:
      evaluator ingest interviews/ answers.csv --db evaluator.duckdb
    """
    with connect(resolve_db(db_path)) as conn:
        summary = _do_ingest(conn, inputs, interviewer, candidate)
    _exit_for(summary)


@main.command("score")
@click.option("--rubric", "rubric_path", required=True, type=click.Path(), help="Rubric YAML file.")
@db_option
@click.option("--scorers", default="keyword", show_default=True, help="Comma-separated scorer names.")
@click.option("--classifier-model", type=click.Path(dir_okay=False), default=None,
              help="Model for the classifier scorer [default: the one shipped for the rubric].")
@workers_option
@llm_options
def score_command(rubric_path, db_path, scorers, classifier_model, workers, dry_run, **llm) -> None:
    """Score every ingested answer not yet scored under this rubric version and these scorers.

    \b
    Example:
      evaluator score --rubric rubrics/ai-engineer-role.yaml --db evaluator.duckdb
      evaluator score --rubric rubrics/ai-engineer-role.yaml --scorers keyword,llm --model gpt-4o-mini --dry-run
    """
    names = _scorer_list(scorers)
    judge = judge_config(llm)
    with connect(resolve_db(db_path)) as conn:
        _do_score(conn, rubric_path, names, classifier_model, judge, dry_run, workers)


@main.command("report")
@db_option
@click.option("--report-dir", default="reports", show_default=True, help="Folder for the HTML reports.")
@click.option("--run", "run_id", default=None, help="Run id [default: the latest run].")
def report_command(db_path, report_dir, run_id) -> None:
    """Render the cohort and candidate HTML reports of a run from the database.

    \b
    Example:
      evaluator report --db evaluator.duckdb --report-dir reports
    """
    with connect(resolve_db(db_path), read_only=True) as conn:
        _do_report(conn, report_dir, run_id)
