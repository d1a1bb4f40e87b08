"""Phrase and regex matching that knows when a hit does not count.

A hit is discounted when it is negated ("it's not just prompt engineering"), sits in a
concessive clause ("although people call it research, …"), is attributed to others or
described as a mistake ("a common mistake is saying it's just prompting"), or is quoted.
Offsets always refer to the original answer text: normalisation preserves length.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..models import Evidence
from ..rubric import Concept

_FOLD = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
                       "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
                       "\u00ab": '"', "\u00bb": '"', "\u2010": "-", "\u2011": "-", "\u2012": "-",
                       "\u2013": "-", "\u2014": "-", "\u2015": "-", "\u2212": "-", "\u00a0": " "})


def fold(text: str) -> str:
    """Lower-case and unify quotes/dashes, keeping every character's offset."""
    folded = text.translate(_FOLD)
    return "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in folded)


def phrase_regex(phrase: str) -> str:
    """A phrase as a regex: word boundaries, flexible whitespace/hyphens, trailing '*' wildcard."""
    phrase = fold(phrase.strip())
    wildcard = phrase.endswith("*")
    words = phrase.rstrip("*").split()
    body = r"[\s\-]+".join(re.escape(w).replace(r"\-", r"[\s\-]?") for w in words)
    if wildcard:
        body += r"[\w\-]*"
    return rf"(?<![\w]){body}(?![\w])"


@dataclass
class CompiledConcept:
    id: str
    regex: re.Pattern[str]


def compile_concept(concept: Concept) -> CompiledConcept:
    parts = [phrase_regex(p) for p in concept.phrases] + [f"(?:{p})" for p in concept.patterns]
    return CompiledConcept(concept.id, re.compile("|".join(parts), re.IGNORECASE | re.MULTILINE))


_SENTENCE_END = re.compile(r"(?<=[.!?])[\"')\]]*\s+|\n+|;\s+|:\s+(?=[\"'])|\s+-\s+")
_NEGATORS = re.compile(
    r"(?<![\w])(not|no|never|n't|nothing|neither|nor|without|hardly|barely|rather than|instead of|"
    r"less about|far from|isn'?t|aren'?t|wasn'?t|don'?t|doesn'?t|didn'?t|won'?t|can'?t|cannot|"
    r"couldn'?t|shouldn'?t|wouldn'?t|avoid(?:ed|ing)?|stop(?:ped)? )(?![\w])")
_NEGATION_EXCEPTIONS = re.compile(
    r"(not only|no doubt|no matter|not least|never stop|can'?t stress|cannot stress|"
    r"couldn'?t (?:have )?(?:done|shipped|built) (?:it|this|that)? ?without|no longer just)")
_POST_NEGATION = re.compile(
    r"^[\s,]*(?:is|was|are|were|'s)?\s*(?:not|n't|never|only (?:a|one) (?:small )?(?:part|piece)|"
    r"just one (?:small )?(?:part|piece)|one small (?:part|piece)|a small (?:part|piece)|isn'?t|wasn'?t|aren'?t)\b")
_CONCESSIVE = re.compile(r"(?<![\w])(although|though|even if|even though|whereas|while|granted)(?![\w])")
_CONTRAST = re.compile(r"(?<![\w])(but|however|yet|instead|actually|in reality|really)(?![\w])")
_ATTRIBUTION = re.compile(
    r"(?<![\w])(common mistake|mistakes?|misconceptions?|myths?|red flags?|pitfalls?|clich[eé]|"
    r"stereotypes?|trap|people (?:often |usually |sometimes )?(?:assume|think|say|believe|imagine|call|expect)|"
    r"(?:some|many|a lot of|most) (?:people|folks|candidates|engineers|managers|recruiters)|"
    r"others|outsiders|you (?:might|may|could|would|'d) (?:think|assume|expect)|"
    r"(?:my|a) (?:friend|colleague|manager|recruiter|boss)s? (?:says?|said|think|thinks|told)|"
    r"(?:it'?s|is) (?:easy|tempting) to (?:think|assume|say)|used to think|"
    r"(?:they|he|she) (?:say|says|said|think|thinks)|the assumption|wrongly|"
    r"(?:some|they) (?:call|describe|dismiss)|there'?s this idea|the idea that|"
    r"(?:some|many|other) (?:say|think|believe)|"
    r"(?:data scientists?|ml engineers?|machine learning engineers?|researchers?|academics?|a researcher|"
    r"a data scientist|an ml engineer) (?:care|cares|measure|measures|focus|focuses|run|runs|build|builds|"
    r"train|trains|spend|spends|live|lives|is|are|do|does|would|might|will|tend|tends|worry|worries))(?![\w])")
# After a cue about others, a clause about the role itself is the candidate's own claim again.
_ATTRIBUTION_RESET = re.compile(r"(?<![\w])(ai engineers?|(?:the|this|my) (?:role|job))(?![\w])")
_QUOTE_PAIRS = re.compile(r"\"[^\"\n]{1,300}\"")
_WORD = re.compile(r"[\w']+")


@dataclass
class Hit:
    concept_id: str
    start: int
    end: int
    text: str
    discounted: str | None = None  # why the hit does not count, or None when it counts

    def evidence(self) -> Evidence:
        return Evidence(start=self.start, end=self.end, text=self.text)


class AnalysedText:
    """An answer prepared for matching: folded text and its sentence spans."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.folded = fold(text)
        self.sentences: list[tuple[int, int]] = []
        start = 0
        for m in _SENTENCE_END.finditer(self.folded):
            if m.start() > start:
                self.sentences.append((start, m.start()))
            start = m.end()
        if start < len(self.folded):
            self.sentences.append((start, len(self.folded)))
        self.quotes = [(m.start(), m.end()) for m in _QUOTE_PAIRS.finditer(self.folded)]
        self.n_words = len(_WORD.findall(self.folded))

    def sentence_of(self, pos: int) -> tuple[int, int]:
        for s, e in self.sentences:
            if s <= pos < e:
                return s, e
        return 0, len(self.folded)

    def find(self, concept: CompiledConcept) -> list[Hit]:
        hits = []
        for m in concept.regex.finditer(self.folded):
            if m.end() == m.start():
                continue
            hit = Hit(concept.id, m.start(), m.end(), self.text[m.start():m.end()])
            hit.discounted = self.why_discounted(m.start(), m.end())
            hits.append(hit)
        return hits

    def why_discounted(self, start: int, end: int) -> str | None:
        """Why a hit at [start, end) is not the candidate's own claim, or None if it is."""
        s_start, s_end = self.sentence_of(start)
        sentence_before = self.folded[s_start:start]
        # the clause the hit sits in: after the last comma/contrast marker before it
        clause_start = s_start
        for m in re.finditer(r",|(?<![\w])(?:but|however|yet|although|though|whereas|while|so|and then)(?![\w])",
                             sentence_before):
            clause_start = s_start + m.start()
        clause_before = self.folded[clause_start:start]
        window = " ".join(_WORD.findall(clause_before)[-6:])
        window_text = clause_before[-60:]
        if _NEGATORS.search(window) or _NEGATORS.search(window_text[-40:]):
            if not _NEGATION_EXCEPTIONS.search(self.folded[max(s_start, start - 60):end]):
                return "negated"
        if _POST_NEGATION.match(self.folded[end:min(s_end, end + 60)]):
            return "negated"
        if any(q_start < start and end < q_end for q_start, q_end in self.quotes):
            return "quoted"
        concessive = list(_CONCESSIVE.finditer(sentence_before))
        if concessive:
            after = self.folded[s_start + concessive[-1].end():start]
            if "," not in after and not _CONTRAST.search(after):
                return "concessive clause"
        attribution = list(_ATTRIBUTION.finditer(sentence_before))
        if attribution:
            after = sentence_before[attribution[-1].end():]
            if not _CONTRAST.search(after) and not _ATTRIBUTION_RESET.search(after):
                return "attributed to others or described as a mistake"
        # "X, but really Y": X attributed when the sentence opens with an attribution cue
        sentence_after = self.folded[end:s_end]
        if _ATTRIBUTION.search(self.folded[s_start:end]) and _CONTRAST.search(sentence_after):
            return "attributed to others or described as a mistake"
        return None
