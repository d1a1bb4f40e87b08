"""``evaluator audit``: counterfactual variants re-scored, length bias, selection rates by group."""

from __future__ import annotations

from typing import TYPE_CHECKING

import click

from ..errors import InputError
from . import main
from .common import classifier_options, db_option, open_db, progress_bar, trust_model_option

if TYPE_CHECKING:
    from ..audit.document import AuditResult


def _pct(x: float | None) -> str:
    return "–" if x is None else f"{100 * x:.1f}%"


def _num(x: float | None, digits: int = 2) -> str:
    return "–" if x is None else f"{x:.{digits}f}"


def print_summary(doc: AuditResult) -> None:
    """The audit in the terminal: per kind of edit, the goal, the biggest moves, bias figures."""
    click.echo(f"audit {doc.audit_id} of run {doc.run_id} (rubric {doc.rubric.id} v{doc.rubric.version}; "
               f"scorers {','.join(doc.scorers)}): {doc.answers} answers; re-scored originals reproduce "
               f"{doc.reproduced.same_as_stored}/{doc.reproduced.verdicts} stored verdicts")
    click.echo(f"{'edit':<10} {'answers':>7} {'flags':>6} {'flipped':>7} {'rate':>6} {'criteria':>8} {'changed':>7} "
               f"{'mean|Δ|':>7}  level changes")
    for kind, k in doc.by_kind.items():
        changes = " ".join(f"{d}:{n}" for d, n in k.level_changes.items())
        click.echo(f"{kind:<10} {k.answers:>7} {k.flags.compared:>6} {k.flags.flipped:>7} "
                   f"{_pct(k.flip_rate):>6} {k.criteria.compared:>8} {k.criteria.changed:>7} "
                   f"{_num(k.mean_abs_level_change, 3):>7}  {changes}")
    goal = doc.goal
    click.echo(f"goal ({goal.text}): {'met' if goal.met else 'NOT met'} — {goal.flag_flips} flag flip(s) "
               f"on {', '.join(goal.kinds) or 'none audited'}; criterion levels changed by these edits: "
               f"{goal.criterion_changes}")
    for m in doc.top_moves[:5]:
        edits = ", ".join(f"{a!r}→{b!r}" for a, b in m.edits[:4])
        moved = "; ".join(f"{i.item_id} {i.before:g}→{i.after:g}" for i in m.items)
        click.echo(f"  moved: {m.answer_id} [{m.kind}: {edits}] {moved}")
    for item_id, b in doc.length_bias.items():
        n = b.n if b.n_labelled is None else b.n_labelled
        click.echo(f"length bias {item_id}: ρ {_num(b.rho)} ({b.method}, n={n})")
    sel = doc.selection
    if sel:
        click.echo(f"selection by {sel.group_column} (pass: overall ≥ {sel.pass_threshold:g}): four-fifths rule "
                   f"{'met' if sel.four_fifths_ok else 'NOT met'}; {sel.missing_group} without a group")
        for g in sel.groups:
            click.echo(f"  {g.group:<20} n={g.n:<5} passed={g.passed:<5} rate={_pct(g.rate):>6} "
                       f"impact ratio={_num(g.impact_ratio, 3)}{'' if g.four_fifths_ok else '  < 0.8'}"
                       f"  Fisher p={_num(g.fisher_p, 3)}")


@main.command("audit")
@click.argument("inputs", nargs=-1, type=click.Path())
@click.option("--rubric", "rubric_path", type=click.Path(dir_okay=False), default=None,
              help="Rubric YAML file (needed with INPUTS, which are ingested and scored first).")
@db_option
@click.option("--run", "run_id", default=None, help="Run to audit [default: the latest, or the one INPUTS make].")
@click.option("--scorers", default=None, help="Comma-separated scorers [default: the run's, without llm].")
@click.option("--classifier-model", type=click.Path(dir_okay=False), default=None,
              help="Model for the classifier scorer [default: the one shipped for the rubric].")
@trust_model_option
@click.option("--kinds", default="names,pronouns,spelling,fillers,typos,padding", show_default=True,
              help="Variant kinds to generate.")
@click.option("--limit", type=click.IntRange(1), default=None, help="Audit a seeded sample of this many answers.")
@click.option("--seed", type=int, default=0, show_default=True, help="Seed of the variants and the sample.")
@click.option("--group-column", default=None, help="Metadata column holding each candidate's group.")
@click.option("--pass-threshold", type=click.FloatRange(0, 100), default=None,
              help="Overall score (0-100) at or above which a candidate passes (selection rates).")
@click.option("--top", type=click.IntRange(0), default=10, show_default=True, help="How many moved answers to show.")
@click.option("--report-dir", default="reports", show_default=True, help="Folder for audit.html.")
@click.option("--json", "as_json", is_flag=True, help="Print the whole audit as JSON.")
@click.option("--strict", is_flag=True, help="Exit 1 when the goal (no flag flip on names/pronouns/spelling) is not met.")
def audit_command(inputs, rubric_path, db_path, run_id, scorers, classifier_model, trust_model, kinds, limit, seed,
                  group_column, pass_threshold, top, report_dir, as_json, strict) -> None:
    """Re-score counterfactual variants of every answer (swapped names and pronouns, British/American
    spelling, fillers, typos, padding) and report what moved; with --group-column and
    --pass-threshold, selection rates per group and impact ratios (four-fifths rule).

    \b
    Example:
      evaluator audit --db evaluator.duckdb
      evaluator audit datasets/ai-engineer-interviews --rubric rubrics/ai-engineer-role.yaml \\
          --scorers keyword,classifier --group-column cohort --pass-threshold 60
    """
    from ..audit import audit
    from ..audit.report import render_audit

    names = [s.strip() for s in scorers.split(",") if s.strip()] if scorers else None
    if inputs and not rubric_path:
        raise InputError("give --rubric to score INPUTS before the audit")
    classifier = classifier_options(classifier_model, trust_model)
    options = {"classifier": classifier} if classifier else {}
    with open_db(db_path) as conn:
        if inputs:
            from ..pipeline import discover
            from ..store.cohorts import Cohort
            from .stages import ingest_stage, score_stage
            files = list(discover(inputs))
            ingest_stage(conn, inputs, None, None, files)
            summary = score_stage(conn, rubric_path, names or ["keyword"], classifier,
                                  cohort=Cohort.of_inputs(inputs, files))  # the same run 'run INPUTS' makes
            run_id = run_id or summary.run_id
        with progress_bar("audit", unit="answer") as bar:
            doc = audit(conn, run_id, kinds=tuple(k.strip() for k in kinds.split(",") if k.strip()), scorers=names,
                        scorer_options=options, seed=seed, limit=limit, group_column=group_column,
                        pass_threshold=pass_threshold, top=top, progress=bar.update)
    path = render_audit(doc, report_dir)
    if as_json:
        click.echo(doc.to_json(indent=2, ensure_ascii=False))
    else:
        print_summary(doc)
        click.echo(f"report: {path}")
    if strict and not doc.goal.met:
        raise SystemExit(1)
