"""The ``llm`` scorer: one judge call per answer covering every item that applies to it."""

from __future__ import annotations

import statistics
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any, Callable, Iterable, Sequence

from ..errors import ScorerError
from ..models import Answer, Evidence, Verdict
from ..rubric import Criterion, Flag, Rubric
from .base import ScorerBase, option_values, register, unscored

if TYPE_CHECKING:  # DuckDB is imported by whoever opens the connection (not by ``evaluator assess``)
    import duckdb

    from ..judge.config import JudgeConfig


def _add(a: Any, b: Any) -> Any:
    """Sum two judges' call statistics."""
    return type(a)(**{k: getattr(a, k) + getattr(b, k) for k in vars(a)})


def _locate_all(answer: Answer, results: list[Any], redaction: Any) -> dict[str, Evidence]:
    """Every quote any judge gave for this answer, located once (quote → span; missing if not found)."""
    from ..judge.quotes import locate_quotes
    quotes: list[str] = []
    for result in results:
        if result is None or result.parsed is None:
            continue
        for group in ("criteria", "flags"):
            for entry in (result.parsed.get(group) or {}).values():
                quotes += entry.get("evidence", [])
    restored = {q: redaction.restore(q) if redaction is not None else q for q in dict.fromkeys(quotes)}
    located = {}
    for original, found in zip(restored.values(), locate_quotes(answer.text, list(restored.values()))):
        if found.verified and found.start is not None and found.end is not None and found.text is not None:
            located[original] = Evidence(start=found.start, end=found.end, text=found.text)
    return located


@dataclass(frozen=True)
class LLMOptions:
    """The llm scorer's options: the judge's configuration (default: ``JudgeConfig()``) and a
    callback given the call statistics as they change (a progress bar)."""

    config: JudgeConfig | None = None
    on_progress: Callable[[Any], None] | None = None


@register("llm")
class LLMScorer(ScorerBase):
    """Scores with a language model over an OpenAI-compatible endpoint (see evaluator.judge)."""

    name = "llm"
    # answers per pipeline batch: each batch ends with a partly idle concurrency pool, so the judge takes
    # big ones; a crash mid-batch loses no paid work, since every reply is logged and cached as it arrives
    batch_size = 2000
    Options = LLMOptions

    def __init__(self, rubric: Rubric, conn: duckdb.DuckDBPyConnection | None = None, config: Any = None,
                 on_progress: Callable[[Any], None] | None = None) -> None:
        from ..judge.config import JudgeConfig
        from ..judge.prompt import templates
        if conn is None:
            raise ScorerError("the llm scorer needs the database (its calls are logged and cached there)")
        self.conn = conn
        self.config: JudgeConfig = config or JudgeConfig()
        self.on_progress = on_progress
        self.run_id: str | None = None
        self.last_stats: Any = None
        _, template_hash = templates()
        # model, prompt template and sampling decide the verdicts: changing them makes a new run
        self.version = (f"1:{self.config.endpoint}:{'+'.join(self.config.models)}:{template_hash[:10]}:"
                        f"k{self.config.samples}:t{self.config.effective_temperature:g}:r{int(self.config.redact)}")

    @classmethod
    def from_options(cls, rubric: Rubric, options: LLMOptions, *, loaded_rubric: Any = None,
                     conn: duckdb.DuckDBPyConnection | None = None) -> LLMScorer:
        """The judge logs and caches its calls in ``conn`` (required)."""
        return cls(rubric, conn=conn, **option_values(options))

    def bind_run(self, run_id: str | None) -> None:
        """Its calls are logged under this run."""
        self.run_id = run_id

    def score(self, answers: Sequence[Answer], rubric: Rubric,
              items: dict[str, list[Criterion | Flag]]) -> Iterable[Verdict]:
        from ..judge.client import Job, Judge, JudgeUnavailable
        from ..judge.prompt import build_prompt

        jobs, redactions = [], {}
        for answer in answers:
            if not items.get(answer.answer_id):
                continue
            text, question = answer.text, answer.question
            if self.config.redact:
                from ..judge.redact import redact
                names = [n for n in (answer.metadata.get("candidate_name"),) if isinstance(n, str)]
                redaction = redact(text, names)
                redactions[answer.answer_id] = redaction
                text, question = redaction.text, redact(question, names).text
            prompt = build_prompt(answer, text, question, rubric, items[answer.answer_id])
            jobs += [Job(answer.answer_id, prompt, k) for k in range(self.config.samples)]
        by_model: dict[str, dict[str, list[Any]]] = {}
        for model in self.config.models:
            judge = Judge(replace(self.config, model=model), self.conn, self.run_id, self.on_progress)
            results = judge.run(jobs)
            self.last_stats = judge.stats if self.last_stats is None else _add(self.last_stats, judge.stats)
            if judge.stop_reason:
                raise JudgeUnavailable(f"stopped: {judge.stop_reason}; finished answers are saved and cached; run "
                                       "the same command again to resume")
            for job, result in zip(jobs, results):
                by_model.setdefault(model, {}).setdefault(job.answer_id, []).append((job, result))
        several = len(self.config.models) > 1
        for answer in answers:
            redaction = redactions.get(answer.answer_id)
            located = _locate_all(answer, [r for m in self.config.models for _, r in by_model[m].get(answer.answer_id, [])],
                                  redaction)
            for item in items.get(answer.answer_id, []):
                per_judge = [self._verdict(answer, item, by_model[m].get(answer.answer_id, []), redaction, located,
                                           scorer=f"llm@{m}" if several else self.name) for m in self.config.models]
                if not several:
                    yield per_judge[0]
                    continue
                yield from per_judge  # each judge's verdict stays visible (and calibratable)
                pooled = [pair for m in self.config.models for pair in by_model[m].get(answer.answer_id, [])]
                verdict = self._verdict(answer, item, pooled, redaction, located)
                values = [v.value for v in per_judge if v.status == "scored"]
                if values:
                    agree = sum(v == verdict.value for v in values)
                    verdict = verdict.model_copy(update={"reason": f"{verdict.reason} [judges agree {agree}/{len(values)}: "
                                                                   + ", ".join(f"{v.scorer[4:]}={v.value:g}" for v in per_judge
                                                                               if v.value is not None) + "]"})
                yield verdict

    def _verdict(self, answer: Answer, item: Criterion | Flag, samples: list, redaction: Any,
                 located: dict[str, Evidence], scorer: str | None = None) -> Verdict:
        kind = "criterion" if isinstance(item, Criterion) else "flag"
        group = "criteria" if kind == "criterion" else "flags"
        from ..judge.injection import review_note
        from ..notes import CONFIDENCE_CAP
        values, reasons, quotes, errors = [], [], [], []
        # our own check of the answer, the question and the metadata; then the judge's own report
        finding = next((job.prompt.injection for job, _ in samples if job.prompt.injection is not None), None)
        reported = False
        for _, result in samples:
            if result is None or result.parsed is None:
                errors.append(result.error if result is not None else "not attempted")
                continue
            entry = (result.parsed.get(group) or {}).get(item.id)
            if entry is None:
                errors.append(f"the reply has no {item.id}")
                continue
            values.append(float(entry["level"]) if kind == "criterion" else (1.0 if entry["raised"] else 0.0))
            reasons.append(entry.get("reason", ""))
            quotes += entry.get("evidence", [])
            reported = reported or bool(result.parsed.get("injection_detected"))
        name = scorer or self.name
        if not values:
            return unscored(answer.answer_id, item, name, "; ".join(dict.fromkeys(errors)) or "no reply")
        if kind == "flag":
            # majority; a tie between samples raises the flag for a human to look at
            value = 1.0 if values.count(1.0) >= values.count(0.0) else 0.0
        else:
            median = statistics.median(values)
            value = item.nearest_level(median)  # type: ignore[union-attr]
        agreement = values.count(value) / len(values)
        if redaction is not None:
            quotes = [redaction.restore(q) for q in quotes]
        evidence, missing = [], 0
        for quote in dict.fromkeys(quotes):
            span = located.get(quote)
            if span is None:
                missing += 1
            else:
                evidence.append(span)
        confidence = agreement * (0.9 if len(values) == 1 else 1.0) * (0.8 if missing else 1.0)
        reason = reasons[0]
        notes = []
        if len(values) > 1:
            notes.append(f"{values.count(value)}/{len(values)} samples agree")
        if missing:
            notes.append(f"{missing} quote(s) not found in the answer (unverified)")
        if errors:
            notes.append(f"{len(errors)} sample(s) failed")
        if notes:
            reason = f"{reason} [{'; '.join(notes)}]"
        if finding is not None or reported:
            # a verdict the input may have steered: for review, never at full confidence (and combine does
            # not let it decide 'final' against the offline scorers)
            reason = f"{reason} {review_note(finding, reported)}"
            confidence = min(confidence, CONFIDENCE_CAP)
        return Verdict(answer_id=answer.answer_id, item_kind=kind, item_id=item.id, scorer=name, value=value,
                       confidence=round(confidence, 4), status="scored", reason=reason, evidence=evidence)
