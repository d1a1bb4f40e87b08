"""The ingest and score stages as the commands show them (progress bar, summary lines): shared by
``evaluator run | ingest | score`` and ``evaluator audit INPUTS``, which scores its inputs the way
``run`` does before auditing them."""

from __future__ import annotations

from typing import Any, Sequence

import click

from .. import pipeline as lib
from ..judge.config import JudgeConfig, endpoint_configured
from ..judge.estimate import estimate
from ..rubric import load_rubric
from ..store.cohorts import Cohort
from ..store.overrides import override_carry
from .common import progress_bar


def ingest_stage(conn: Any, inputs: Sequence[str], interviewer: str | None, candidate: str | None,
                 files: list | None = None) -> lib.IngestSummary:
    """Ingest the inputs' files (``files``: already discovered) with a progress bar, and print the summary
    and each skipped file and row."""
    files = list(lib.discover(inputs)) if files is None else files
    with progress_bar("ingest", total=len(files), unit="file") as bar:
        summary = lib.ingest_paths(conn, files, interviewer=interviewer, candidate=candidate,
                                   progress=bar.update)
    click.echo(f"files: {summary.files_ingested} ingested ({summary.files_partial} with skipped rows), "
               f"{summary.files_unchanged} unchanged, {len(summary.skipped)} skipped; "
               f"answers added: {summary.answers}"
               + (f"; warnings: {len(summary.warnings)}" if summary.warnings else ""))
    for line in summary.skipped:
        click.echo(f"  skipped file: {line}", err=True)
    for line in summary.row_errors:
        click.echo(f"  skipped row: {line}", err=True)
    return summary


def check_judge(scorers: list[str], judge: JudgeConfig | None) -> None:
    """A missing key/endpoint is a one-line error before anything is ingested or sent."""
    if "llm" in scorers and not endpoint_configured(judge):
        raise click.UsageError("the llm scorer needs an endpoint: set OPENAI_API_KEY, or give an OpenAI-compatible "
                               "server with --base-url (or OPENAI_BASE_URL)")


def score_stage(conn: Any, rubric_path: str, scorers: list[str], classifier: dict | None = None,
                judge: JudgeConfig | None = None, dry_run: bool = False,
                workers: int | None = None, cohort: Cohort | None = None) -> lib.ScoreSummary | None:
    """Score the cohort with a progress bar and print the run's summary (``--dry-run``: the judge's
    estimate, nothing scored: None); ``classifier``: the classifier scorer's options (see classifier_options)."""
    rubric = load_rubric(rubric_path)
    options: dict = {"classifier": classifier} if classifier else {}
    if "llm" in scorers:
        options["llm"] = {"config": judge}
    if dry_run:
        if "llm" not in scorers:
            raise click.UsageError("--dry-run estimates the llm scorer's calls: add llm to --scorers")
        run_id, answers = lib.pending_answers(conn, rubric, scorers, scorer_options=options, cohort=cohort)
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
                                    workers=workers or lib.default_workers(), cohort=cohort)
    removed = f", {summary.answers_removed} left the cohort" if summary.answers_removed else ""
    click.echo(f"run {summary.run_id} ({'resumed' if summary.resumed else 'new'}; rubric {rubric.rubric.id} "
               f"v{rubric.rubric.version}; scorers {','.join(scorers)}; {summary.cohort}): "
               f"{summary.answers_scored} answers scored, {summary.answers_unchanged} unchanged{removed}; "
               f"{summary.verdicts} final verdicts, {summary.unscored} unscored; flags raised: {summary.flags_raised}")
    for path, stored in summary.files_loading:
        click.echo(f"  left out: {path}: its ingest was cut off part way ({stored} answers stored so far); "
                   "ingest it again to score it", err=True)
    if summary.llm_stats is not None:
        st = summary.llm_stats
        click.echo(f"llm: {st.calls} calls ({st.retries} retries, {st.errors} failed), {st.cache_hits} cache hits, "
                   f"{st.input_tokens:,} input + {st.output_tokens:,} output tokens, ${st.cost_usd:.4f}")
    _echo_override_carry(conn, summary.run_id)
    return summary


def _echo_override_carry(conn, run_id: str) -> None:
    """Say which reviewers' overrides from other runs apply in this run, and which do not and why."""
    carry = override_carry(conn, run_id)
    if carry.carried:
        click.echo(f"overrides: {carry.carried} carried from earlier runs (same answer text, same item)")
    for row in carry.not_carried[:20]:
        click.echo(f"  override not carried: {row.answer_id} {row.item_id} by {row.reviewer} in {row.made_in}: "
                   f"{row.why}", err=True)
    if len(carry.not_carried) > 20:
        click.echo(f"  … and {len(carry.not_carried) - 20} more overrides not carried", err=True)
