"""``evaluator run | ingest | score | report``: the pipeline, whole or one stage at a time."""

from __future__ import annotations

import sys
from collections import Counter

import click

from .. import pipeline as lib
from ..report import render_reports
from ..report.render import PageChoice
from ..rubric import load_rubric
from ..scorers import make_scorer

from ..store.reads import run_info, run_warnings
from ..store.cohorts import Cohort
from . import main
from .common import classifier_options, db_option, open_db, trust_model_option
from .llm_options import judge_config, llm_options
from .stages import check_judge, ingest_stage, score_stage

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


def _failed_scorers(summary: lib.ScoreSummary) -> str | None:
    """Why the run must exit non-zero although it completed: every call of the judge failed."""
    st = summary.llm_stats
    if st is not None and st.errors and not st.answered and not st.cache_hits:
        return (f"every llm call failed ({st.errors} requests, none answered); its verdicts are stored as unscored with "
                "the reason (see 'evaluator export'); the finals come from the other scorers")
    return None


def _page_choice(spec: str, ids: tuple[str, ...]) -> PageChoice:
    try:
        return PageChoice.parse(spec, ids)
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="--candidate-pages") from exc


pages_options = [
    click.option("--candidate-pages", "candidate_pages", default="auto", show_default=True, metavar="CHOICE",
                 help="Which candidates get a static page: all, none, top:N, or auto (all up to 10,000 "
                      "ranked transcripts, else top:1000; the review app serves every candidate)."),
    click.option("--candidate-page", "page_ids", multiple=True, metavar="ID",
                 help="Also write this candidate's page (repeatable)."),
]


def _pages_options(fn):
    for option in reversed(pages_options):
        fn = option(fn)
    return fn


def _do_report(conn, report_dir: str, run_id: str | None, choice: PageChoice | None = None) -> None:
    result = render_reports(conn, report_dir, run_id, candidate_pages=choice)
    without = (f"; {result.candidates_without_page} candidates without a page: see them with 'evaluator serve'"
               if result.candidates_without_page else "")
    click.echo(f"reports: {result.cohort_path} (+{result.candidate_pages} candidate pages{without})")


WARNINGS_LISTED = 20  # the rest are in the report


def _echo_warnings(lines: list[str], more: str = "") -> None:
    """One line per warning (``path:line: message``), the first :data:`WARNINGS_LISTED` of them."""
    for line in lines[:WARNINGS_LISTED]:
        click.echo(f"  warning: {line}")
    if len(lines) > WARNINGS_LISTED:
        click.echo(f"  … and {len(lines) - WARNINGS_LISTED} more{more}")


def _echo_run_warnings(conn, run_id: str) -> None:
    """The run's warnings after scoring: speaker labels read as another, extra speakers, odd labels,
    doubtful roles (from ingest) and weak question matches, each naming its file and line."""
    found = run_warnings(conn, run_info(conn, run_id))
    if not found:
        return
    kinds = Counter(w.kind for w in found)
    click.echo(f"warnings: {len(found)} ({', '.join(f'{n} {kind}' for kind, n in sorted(kinds.items()))})")
    _echo_warnings([w.one_line() for w in found], more=" — see the report")


def _exit_for(summary: lib.IngestSummary, failed: bool = False) -> None:
    if summary.skipped or summary.row_errors:
        click.echo(f"warning: {len(summary.skipped)} file(s) and {len(summary.row_errors)} row(s) were "
                   "skipped (listed above and in the report)", err=True)
        sys.exit(1)
    if failed:
        sys.exit(1)


@main.command("run")
@click.argument("inputs", nargs=-1, required=True, type=click.Path())
@click.option("--rubric", "rubric_path", required=True, type=click.Path(), help="Rubric YAML file.")
@db_option
@click.option("--report-dir", default="reports", show_default=True, help="Folder for the HTML reports.")
@click.option("--scorers", default="keyword", show_default=True, help="Comma-separated scorer names.")
@click.option("--classifier-model", type=click.Path(dir_okay=False), default=None,
              help="Model for the classifier scorer [default: the one shipped for the rubric].")
@trust_model_option
@workers_option
@click.option("--cohort", "cohort_name", default=None, metavar="NAME",
              help="Add these inputs' answers to the named cohort (one run and one report across calls).")
@click.option("--all", "score_all", is_flag=True,
              help="Score and report every answer in the database, not only these inputs'.")
@_pages_options
@llm_options
@_roles
def run_command(inputs, rubric_path, db_path, report_dir, scorers, classifier_model, trust_model, workers, cohort_name,
                score_all, interviewer, candidate, dry_run, candidate_pages, page_ids, **llm) -> None:
    """Ingest INPUT files/folders, score them, store everything and render the reports.

    The run covers the answers of its INPUTS only (its cohort), even when the database holds
    others: the same database can keep cohorts of several roles and rubrics apart. Running the
    same inputs again resumes the same run: unchanged files are not re-read, unchanged answers
    not re-scored, added files are scored and removed ones leave the report. --cohort NAME
    gathers the inputs of several calls into one run; --all covers every answer in the database.
    Exits 1 when any file or row was skipped (the rest is still scored), or when every call of
    the llm scorer failed.

    \b
    Examples:
      evaluator run datasets/ai-engineer-interviews --rubric rubrics/ai-engineer-role.yaml \\
          --db evaluator.duckdb --report-dir reports
      evaluator run week1/ --cohort spring-2027 --rubric rubrics/sre.yaml
      evaluator run week2/ --cohort spring-2027 --rubric rubrics/sre.yaml
    """
    names = _scorer_list(scorers)
    choice = _page_choice(candidate_pages, page_ids)
    if cohort_name is not None and score_all:
        raise click.UsageError("give --cohort or --all, not both")
    rubric = load_rubric(rubric_path)  # fail fast on a bad rubric, before any ingest
    classifier = classifier_options(classifier_model, trust_model)
    if "classifier" in names:  # and on a missing, mismatched or untrusted model
        make_scorer("classifier", rubric.rubric, loaded_rubric=rubric, **classifier)
    judge = judge_config(llm)
    if not dry_run:
        check_judge(names, judge)
    files = list(lib.discover(inputs))
    cohort = (Cohort.all() if score_all else Cohort.named(cohort_name, files) if cohort_name is not None
              else Cohort.of_inputs(inputs, files))
    with open_db(db_path) as conn:
        summary = ingest_stage(conn, inputs, interviewer, candidate, files)
        scored = score_stage(conn, rubric_path, names, classifier, judge, dry_run, workers, cohort)
        if scored is not None:
            _do_report(conn, report_dir, scored.run_id, choice)
            _echo_run_warnings(conn, scored.run_id)
    failed = _failed_scorers(scored) if scored is not None else None
    if failed:
        click.echo(f"error: {failed}", err=True)
    _exit_for(summary, failed=bool(failed))


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
    with open_db(db_path) as conn:
        summary = ingest_stage(conn, inputs, interviewer, candidate)
    _echo_warnings(summary.warnings)
    _exit_for(summary)


@main.command("score")
@click.option("--rubric", "rubric_path", required=True, type=click.Path(), help="Rubric YAML file.")
@db_option
@click.option("--scorers", default="keyword", show_default=True, help="Comma-separated scorer names.")
@click.option("--classifier-model", type=click.Path(dir_okay=False), default=None,
              help="Model for the classifier scorer [default: the one shipped for the rubric].")
@trust_model_option
@workers_option
@click.option("--cohort", "cohort_name", default=None, metavar="NAME",
              help="Score the named cohort (made by 'run --cohort NAME') instead of every answer.")
@llm_options
def score_command(rubric_path, db_path, scorers, classifier_model, trust_model, workers, cohort_name, dry_run,
                  **llm) -> None:
    """Score every ingested answer (or a named cohort's) not yet scored under this rubric and these scorers.

    Unlike 'evaluator run INPUTS', which covers its inputs' answers, this covers every answer
    in the database (its run is the cohort of everything), or with --cohort the answers earlier
    'run --cohort NAME' calls gathered. Exits 1 when every call of the llm scorer failed.

    \b
    Example:
      evaluator score --rubric rubrics/ai-engineer-role.yaml --db evaluator.duckdb
      evaluator score --rubric rubrics/ai-engineer-role.yaml --scorers keyword,llm --model gpt-4o-mini --dry-run
    """
    names = _scorer_list(scorers)
    judge = judge_config(llm)
    if not dry_run:
        check_judge(names, judge)
    cohort = Cohort.named(cohort_name) if cohort_name is not None else Cohort.all()
    with open_db(db_path) as conn:
        scored = score_stage(conn, rubric_path, names, classifier_options(classifier_model, trust_model), judge,
                           dry_run, workers, cohort)
    failed = _failed_scorers(scored) if scored is not None else None
    if failed:
        click.echo(f"error: {failed}", err=True)
        sys.exit(1)


@main.command("report")
@db_option
@click.option("--report-dir", default="reports", show_default=True, help="Folder for the HTML reports.")
@click.option("--run", "run_id", default=None, help="Run id [default: the latest complete run].")
@_pages_options
def report_command(db_path, report_dir, run_id, candidate_pages, page_ids) -> None:
    """Render the cohort and candidate HTML reports of a run from the database.

    A large cohort gets pages for the top of its ranking only (--candidate-pages); the review
    app (evaluator serve) shows every candidate.

    \b
    Examples:
      evaluator report --db evaluator.duckdb --report-dir reports
      evaluator report --candidate-pages top:500 --candidate-page c-0042 --report-dir reports
    """
    choice = _page_choice(candidate_pages, page_ids)
    with open_db(db_path, read_only=True) as conn:
        _do_report(conn, report_dir, run_id, choice)
