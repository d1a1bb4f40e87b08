"""The keyword scorer: rubric concepts (phrases, regexes) → criterion levels and flags.

Hits that are negated, concessive, quoted or attributed to others do not count (see
:mod:`textmatch`); every verdict carries the counted hits as evidence and says why.
"""

from __future__ import annotations

from typing import Iterable, Sequence

from ..models import Answer, Evidence, Verdict
from ..rubric import Criterion, Flag, Level, Rubric
from .base import ScorerBase, register, unscored
from .textmatch import AnalysedText, CompiledConcept, ConceptIndex, Hit, compile_concept


def _summary(hits: list[Hit], limit: int = 3) -> str:
    quoted = [f"'{h.text}'" for h in hits[:limit]]
    return ", ".join(quoted) + (f" (+{len(hits) - limit} more)" if len(hits) > limit else "")


@register("keyword")
class KeywordScorer(ScorerBase):
    """Scores criteria by the concept groups an answer covers and flags by concept hits."""

    name = "keyword"
    version = "1"
    parallel = True  # pure function of the answers: may run in worker processes

    def __init__(self, rubric: Rubric) -> None:
        self.rubric = rubric
        # compiled once per rubric
        self._criterion_concepts: dict[str, list[CompiledConcept]] = {
            c.id: [compile_concept(k) for k in c.concepts] for c in rubric.criteria}
        self._flag_concepts: dict[str, list[CompiledConcept]] = {
            f.id: [compile_concept(k) for k in rubric.flag_concepts(f)] for f in rubric.flags}
        every = [c for group in (*self._criterion_concepts.values(), *self._flag_concepts.values()) for c in group]
        self._index = ConceptIndex(every)
        self._position = {id(c): i for i, c in enumerate(every)}

    def score(self, answers: Sequence[Answer], rubric: Rubric,
              items: dict[str, list[Criterion | Flag]]) -> Iterable[Verdict]:
        for answer in answers:
            analysed = AnalysedText(answer.text)
            analysed.starts = self._index.scan(analysed.folded)
            cache: dict[str, dict[str, list[Hit]]] = {}
            for item in items.get(answer.answer_id, []):
                if isinstance(item, Criterion):
                    yield self._criterion(answer, analysed, item, cache)
                else:
                    yield self._flag(answer, analysed, item, cache)

    def _hits(self, analysed: AnalysedText, key: str, concepts: list[CompiledConcept],
              cache: dict[str, dict[str, list[Hit]]]) -> dict[str, list[Hit]]:
        if key not in cache:
            cache[key] = {c.id: analysed.find(c, analysed.starts[self._position[id(c)]]) for c in concepts}
        return cache[key]

    def _covered(self, hits: dict[str, list[Hit]]) -> dict[str, list[Hit]]:
        return {cid: [h for h in hs if h.discounted is None] for cid, hs in hits.items()
                if any(h.discounted is None for h in hs)}

    def _criterion(self, answer: Answer, analysed: AnalysedText, criterion: Criterion,
                   cache: dict[str, dict[str, list[Hit]]]) -> Verdict:
        if not criterion.concepts:
            return unscored(answer.answer_id, criterion, self.name, "the rubric has no keyword rules for this criterion")
        hits = self._hits(analysed, "c:" + criterion.id, self._criterion_concepts[criterion.id], cache)
        covered = self._covered(hits)
        reached: Level = criterion.levels[0]
        for level in criterion.levels[1:]:
            cond = level.when
            if cond is None:
                continue
            if (len(covered) >= cond.min_concepts and all(c in covered for c in cond.all_of)
                    and (not cond.any_of or any(c in covered for c in cond.any_of))
                    and analysed.n_words >= cond.min_words):
                reached = level
        evidence = [h.evidence() for hs in covered.values() for h in hs]
        discounted = [h for hs in hits.values() for h in hs if h.discounted]
        covered_text = ", ".join(sorted(covered)) or "none"
        reason = (f"level {reached.value:g} ({reached.label or reached.anchor[:40]}): covers "
                  f"{len(covered)}/{len(hits)} concepts [{covered_text}]; {analysed.n_words} words")
        if discounted:
            reason += f"; not counted: {_summary(discounted)} ({discounted[0].discounted})"
        # more distinct evidence → more confident; a keyword match is never certain
        confidence = round(min(0.9, 0.5 + 0.1 * len(covered)), 2)
        return _verdict(answer, "criterion", criterion.id, float(reached.value), confidence, reason, evidence)

    def _flag(self, answer: Answer, analysed: AnalysedText, flag: Flag,
              cache: dict[str, dict[str, list[Hit]]]) -> Verdict:
        key = "f:" + flag.id if flag.concepts else "c:" + (flag.concepts_from or "")
        concepts = self._flag_concepts[flag.id]
        hits = self._hits(analysed, key, concepts, cache)
        covered = self._covered(hits)
        discounted = [h for hs in hits.values() for h in hs if h.discounted]
        evidence = [h.evidence() for hs in covered.values() for h in hs]
        if flag.raise_when == "missing":
            raised = len(covered) < flag.min_concepts
            reason = (f"{'raised' if raised else 'not raised'}: covers {len(covered)} of the "
                      f"{flag.min_concepts} required concepts [{', '.join(sorted(covered)) or 'none'}]")
            confidence = 0.6 if raised and covered else 0.75
        else:
            raised = bool(covered)
            if raised:
                reason = f"raised: {_summary([h for hs in covered.values() for h in hs])}"
                confidence = 0.65 if sum(map(len, covered.values())) == 1 else 0.8
            elif discounted:
                reason = f"not raised: {_summary(discounted)} not counted ({discounted[0].discounted})"
                evidence = [h.evidence() for h in discounted]
                confidence = 0.6
            else:
                reason = "not raised: no matching phrase"
                confidence = 0.7
        if raised and flag.unless_concepts_from:
            other = self._covered(self._hits(analysed, "c:" + flag.unless_concepts_from,
                                             self._criterion_concepts[flag.unless_concepts_from], cache))
            if len(other) >= flag.unless_min_concepts:
                raised = False
                reason = (f"not raised: {reason.removeprefix('raised: ')} outweighed by "
                          f"{len(other)} {flag.unless_concepts_from} concepts [{', '.join(sorted(other))}]")
                confidence = 0.55
        return _verdict(answer, "flag", flag.id, 1.0 if raised else 0.0, confidence, reason, evidence)


def _verdict(answer: Answer, kind: str, item_id: str, value: float, confidence: float, reason: str,
             evidence: list[Evidence]) -> Verdict:
    """A scored keyword verdict; every field is built here from typed values, so it is constructed
    without pydantic's validation (a scorer's hot path: ~10 % of its time)."""
    return Verdict.model_construct(answer_id=answer.answer_id, item_kind=kind, item_id=item_id, scorer="keyword",
                                   value=value, confidence=confidence, status="scored", reason=reason,
                                   evidence=_dedupe(evidence))


def _dedupe(evidence: list[Evidence]) -> list[Evidence]:
    seen: set[tuple[int, int]] = set()
    out = []
    for ev in sorted(evidence, key=lambda e: (e.start, e.end)):
        if (ev.start, ev.end) not in seen:
            seen.add((ev.start, ev.end))
            out.append(ev)
    return out
