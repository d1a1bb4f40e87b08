"""``evaluator audit``: do the verdicts move with things that should not matter?

For every answer of a run, counterfactual variants (:mod:`evaluator.audit.variants`) are scored
with the same scorers, in the same process, next to the unchanged answer; each variant's verdicts
are compared with the original's, item by item (the final verdict and each scorer's). The result
is an :class:`~evaluator.audit.document.AuditResult`: flips and level changes per variant kind,
the answers that moved most with the evidence before and after, length bias and (with a group
column and a pass threshold) selection rates per group. It is stored in ``audits`` /
``audit_changes`` and rendered as HTML.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import Any, Callable, Iterator, Sequence

import duckdb

from ..calibrate.document import RubricRef
from ..errors import InputError
from ..models import Answer, Verdict
from ..rubric import Criterion, Flag, LoadedRubric
from ..scorers.combine import FINAL
from ..scorers.panel import ScorerPanel
from ..store.reads import RunInfo, run_info, stored_combine
from ..store.audits import final_values, save_audit, source_answers
from .document import AuditResult, CriterionChanges, FlagChanges, Goal, KindFigures, Move, MovedItem, Reproduced
from .fairness import length_bias, selection_rates
from .variants import INVARIANT_KINDS, KINDS, make_variants

BATCH = 200
FORMAT = "evaluator-audit/1"


@dataclass
class _Source:
    answer: Answer
    items: list[Criterion | Flag]
    own_names: tuple[str, ...]


def _sources(conn: duckdb.DuckDBPyConnection, run: RunInfo, limit: int | None, seed: int) -> Iterator[list[_Source]]:
    """The run's answers that have rubric items, in batches (a seeded sample of ``limit`` of them)."""
    for rows in source_answers(conn, run.run_id, limit, seed, BATCH):
        batch = []
        for row in rows:
            meta = json.loads(row.metadata) if isinstance(row.metadata, str) else (row.metadata or {})
            names = {str(n) for n in (row.candidate_speaker, row.display_name, meta.get("candidate_name")) if n}
            own = tuple(sorted({part for n in names for part in n.split() if part[:1].isupper()}))
            answer = Answer(answer_id=row.answer_id, transcript_id=row.transcript_id, candidate_id=row.candidate_id,
                            seq=row.seq, question=row.question, text=row.text, question_id=row.question_id,
                            is_small_talk=row.is_small_talk, metadata=meta)
            items = run.rubric.items_for(row.question_id, small_talk=row.is_small_talk and row.question_id is None)
            batch.append(_Source(answer, items, own))
        yield batch


class _Tally:
    """Counts for one variant kind."""

    def __init__(self) -> None:
        self.answers = 0
        self.flags = Counter()  # compared, flipped, raised (0→1), cleared (1→0), unscored
        self.criteria = Counter()  # compared, changed, unscored
        self.deltas: Counter[str] = Counter()
        self.by_item: dict[str, Counter] = defaultdict(Counter)
        self.by_scorer: dict[str, Counter] = defaultdict(Counter)

    def figures(self) -> KindFigures:
        """The kind's counts and rates."""
        compared_c = self.criteria["compared"]
        abs_sum = sum(abs(float(d)) * n for d, n in self.deltas.items())
        return KindFigures(
            answers=self.answers,
            flags=FlagChanges(**{k: self.flags[k] for k in ("compared", "flipped", "raised", "cleared", "unscored")}),
            flip_rate=self.flags["flipped"] / self.flags["compared"] if self.flags["compared"] else None,
            criteria=CriterionChanges(**{k: self.criteria[k] for k in ("compared", "changed", "unscored")}),
            change_rate=self.criteria["changed"] / compared_c if compared_c else None,
            mean_abs_level_change=abs_sum / compared_c if compared_c else None,
            level_changes=dict(sorted(self.deltas.items(), key=lambda kv: float(kv[0]))),
            by_item={k: dict(v) for k, v in sorted(self.by_item.items())},
            by_scorer={k: dict(v) for k, v in sorted(self.by_scorer.items())})


def _index(verdicts: list[Verdict]) -> dict[tuple[str, str, str], Verdict]:
    return {(v.answer_id, v.item_id, v.scorer): v for v in verdicts}


def _quotes(v: Verdict | None) -> list[str]:
    return [e.text for e in (v.evidence if v else [])][:5]


def _value(v: Verdict | None) -> float | None:
    return v.value if v is not None and v.status == "scored" else None


def audit(conn: duckdb.DuckDBPyConnection, run_id: str | None = None, *, kinds: Sequence[str] = KINDS,
          scorers: Sequence[str] | None = None, scorer_options: dict[str, dict[str, Any]] | None = None,
          seed: int = 0, limit: int | None = None, group_column: str | None = None,
          pass_threshold: float | None = None, top: int = 10, store: bool = True,
          progress: Callable[[int], None] | None = None) -> AuditResult:
    """Audit a run (default: the latest) and return the result (stored when ``store``)."""
    unknown = [k for k in kinds if k not in KINDS]
    if unknown or not kinds:
        raise InputError(f"unknown variant kind(s) {', '.join(unknown) or '(none)'}; known: {', '.join(KINDS)}")
    if (group_column is None) != (pass_threshold is None):
        raise InputError("selection rates need both a group column and a pass threshold")
    run = run_info(conn, run_id)
    rubric = run.rubric
    loaded = LoadedRubric(rubric, run.rubric_hash, None)
    names = list(scorers) if scorers else [s for s in run.scorers.split(",") if s and not s.startswith("llm")]
    if not names:
        raise InputError("the run has only the llm scorer; name the scorers to audit with --scorers")
    panel = ScorerPanel.build(names, loaded, options=scorer_options, conn=conn)
    panel.bind_run(run.run_id)
    # the run's own combine rule, learned stacks included: the audit measures the finals a run gives
    rule = panel.combine_rule(stored_combine(conn, run.run_id))
    stored = final_values(conn, run.run_id)

    tallies = {k: _Tally() for k in kinds}
    moves: list[Move] = []
    changes: list[list[Any]] = []
    reproduced = Counter()
    spans = {c.id: (c.min_value, c.max_value) for c in rubric.criteria}
    n_answers = 0
    for batch in _sources(conn, run, limit, seed):
        originals = [s.answer for s in batch]
        items = {s.answer.answer_id: s.items for s in batch}
        variants: list[tuple[_Source, Any, Answer, Answer]] = []  # source, variant, its answer, compared with
        for source in batch:
            for variant in make_variants(source.answer.text, source.answer.answer_id, tuple(kinds), seed=seed,
                                         own_names=source.own_names):
                copy = source.answer.model_copy(update={"answer_id": f"{source.answer.answer_id}~{variant.kind}",
                                                        "text": variant.text})
                base = source.answer
                if variant.baseline is not None:
                    base = source.answer.model_copy(update={"answer_id": f"{copy.answer_id}~baseline",
                                                            "text": variant.baseline})
                    items[base.answer_id] = source.items
                variants.append((source, variant, copy, base))
                items[copy.answer_id] = source.items
        everyone = originals + [a for v in variants for a in (v[2], v[3]) if a is not v[0].answer]
        # a scorer that raises leaves its items unscored with the reason, as in a run: never a lost answer
        scored = panel.score(everyone, items, rule)
        index = _index(scored.verdicts + scored.finals)
        for source in batch:
            for item in source.items:
                got = _value(index.get((source.answer.answer_id, item.id, FINAL)))
                reproduced["same" if got == stored.get((source.answer.answer_id, item.id)) else "different"] += 1
        for source, variant, copy, base in variants:
            tally = tallies[variant.kind]
            tally.answers += 1
            moved, details = 0.0, []
            for item in source.items:
                is_flag = isinstance(item, Flag)
                for scorer in [FINAL, *names]:
                    before = index.get((base.answer_id, item.id, scorer))
                    after = index.get((copy.answer_id, item.id, scorer))
                    a, b = _value(before), _value(after)
                    counter = tally.by_scorer[scorer]
                    if a is None or b is None:
                        counter["unscored"] += 1
                        if scorer == FINAL:
                            (tally.flags if is_flag else tally.criteria)["unscored"] += 1
                        continue
                    counter["compared"] += 1
                    counter["changed"] += int(a != b)
                    if a != b:
                        changes.append([source.answer.answer_id, variant.kind, item.id, scorer, a, b,
                                        json.dumps(_quotes(before)), json.dumps(_quotes(after))])
                    if scorer != FINAL:
                        continue
                    tally.by_item[item.id]["compared"] += 1
                    tally.by_item[item.id]["changed"] += int(a != b)
                    if is_flag:
                        tally.flags["compared"] += 1
                        if a != b:
                            tally.flags["flipped"] += 1
                            tally.flags["raised" if b == 1 else "cleared"] += 1
                            moved += 1.0
                    else:
                        tally.criteria["compared"] += 1
                        tally.deltas[f"{b - a:+g}"] += 1
                        if a != b:
                            tally.criteria["changed"] += 1
                            lo, hi = spans[item.id]
                            moved += abs(b - a) / ((hi - lo) or 1)
                    if a != b:
                        details.append(MovedItem(item_id=item.id, before=a, after=b, reason_before=before.reason,
                                                 reason_after=after.reason, evidence_before=_quotes(before),
                                                 evidence_after=_quotes(after)))
            if details:
                moves.append(Move(answer_id=source.answer.answer_id, candidate_id=source.answer.candidate_id,
                                  question_id=source.answer.question_id, kind=variant.kind,
                                  movement=round(moved, 6), edits=[list(e) for e in variant.edits[:12]],
                                  paired=variant.baseline is not None, n_edits=len(variant.edits), items=details))
        n_answers += len(batch)
        if progress:
            progress(len(batch))

    moves.sort(key=lambda m: (-m.movement, m.answer_id, m.kind))
    invariant = [k for k in kinds if k in INVARIANT_KINDS]
    flips = sum(tallies[k].flags["flipped"] for k in invariant)
    audit_id = "audit-" + hashlib.sha256(json.dumps(
        {"run_id": run.run_id, "scorers": names, "kinds": list(kinds), "seed": seed, "limit": limit},
        sort_keys=True).encode()).hexdigest()[:12]
    result = AuditResult(
        format=FORMAT, run_id=run.run_id, rubric=RubricRef(rubric.id, run.rubric_version, run.rubric_hash),
        scorers=names, kinds=list(kinds), seed=seed, limit=limit, answers=n_answers,
        reproduced=Reproduced(verdicts=sum(reproduced.values()), same_as_stored=reproduced["same"]),
        by_kind={k: tallies[k].figures() for k in kinds},
        goal=Goal(kinds=invariant, flag_flips=flips, met=flips == 0,
                  text="zero flag flips on name, pronoun and spelling swaps",
                  criterion_changes=sum(tallies[k].criteria["changed"] for k in invariant)),
        top_moves=moves[:top], answers_moved=len(moves),
        length_bias=length_bias(conn, run),
        selection=selection_rates(conn, run, group_column, pass_threshold)
        if group_column is not None and pass_threshold is not None else None,
        audit_id=audit_id)
    if store:
        save_audit(conn, result.to_dict(), changes)
    return result
