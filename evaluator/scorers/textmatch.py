"""Phrase and regex matching that knows when a hit does not count.

A hit is discounted when it is negated ("it's not just prompt engineering"), sits in a
concessive clause ("although people call it research, …"), is attributed to others or
described as a mistake ("a common mistake is saying it's just prompting"), or is quoted.
Offsets always refer to the original answer text: normalisation preserves length.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import Iterator

import ahocorasick

from ..models import Evidence
from ..rubric import Concept
from ..rubric.safe_regex import SafePattern, compile_pattern

_FOLD = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
                       "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
                       "\u00ab": '"', "\u00bb": '"', "\u2010": "-", "\u2011": "-", "\u2012": "-",
                       "\u2013": "-", "\u2014": "-", "\u2015": "-", "\u2212": "-", "\u00a0": " "})


def fold(text: str) -> str:
    """Lower-case and unify quotes/dashes, keeping every character's offset."""
    folded = text.translate(_FOLD)
    lowered = folded.lower()
    if len(lowered) == len(folded):  # lower() never shortens a character: every one mapped 1:1
        return lowered
    return "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in folded)


def phrase_body(phrase: str) -> str:
    """A phrase as a regex without its word boundaries: flexible whitespace/hyphens, trailing '*' wildcard."""
    phrase = fold(phrase.strip())
    wildcard = phrase.endswith("*")
    words = phrase.rstrip("*").split()
    body = r"[\s\-]+".join(re.escape(w).replace(r"\-", r"[\s\-]?") for w in words)
    if wildcard:
        body += r"[\w\-]*"
    return body


def phrase_regex(phrase: str) -> str:
    """A phrase as a regex between word boundaries."""
    return rf"(?<![\w]){phrase_body(phrase)}(?![\w])"


class CompiledConcept:
    """A concept's phrases and patterns, matched as the alternation "phrases|pattern1|pattern2…".

    Phrases (regexes we generate: bounded, no nested quantifiers) run on ``re``, which has the
    look-behind their word boundaries need, and only when a :class:`ConceptIndex` found a literal
    every match of one of them must contain; the rubric's own patterns run on RE2, whose time is
    linear in the text, so no pattern can make matching hang. The two are merged with the
    alternation's semantics: leftmost match first, the phrases first at the same position.
    """

    def __init__(self, concept_id: str, phrases: list[str], patterns: list[str]) -> None:
        self.id = concept_id
        bodies = [phrase_body(p) for p in phrases]
        # "(?<!w)(?:a|b)(?!w)" matches exactly what "(?<!w)a(?!w)|(?<!w)b(?!w)" does
        self.phrases = re.compile(rf"(?<![\w])(?:{'|'.join(bodies)})(?![\w])", re.IGNORECASE | re.MULTILINE) \
            if phrases else None
        self.patterns: SafePattern | None = compile_pattern("|".join(f"(?:{p})" for p in patterns),
                                                            re.IGNORECASE | re.MULTILINE) if patterns else None
        self.literals = [_first_literal(p) for p in phrases]

    def _phrase_spans(self, text: str, starts: list[int] | None) -> Iterator[tuple[int, int]]:
        if self.phrases is None:
            return
        if starts is None:  # not indexed: scan the whole text
            for m in self.phrases.finditer(text):
                yield m.span()
            return
        pos = 0
        match = self.phrases.match
        for start in starts:  # leftmost first, as finditer: a phrase can only start at these positions
            if start >= pos:
                m = match(text, start)
                if m is not None:
                    yield m.span()
                    pos = m.end()

    def finditer(self, text: "AnalysedText", starts: list[int] | None = None) -> Iterator[tuple[int, int]]:
        """Non-overlapping (start, end) spans, as ``re.finditer`` of the whole alternation would give.

        ``starts``: the only positions where a phrase can match (from :meth:`ConceptIndex.scan`);
        ``None`` scans the whole text.
        """
        phrase_spans = self._phrase_spans(text.folded, starts)
        if self.patterns is None:
            yield from phrase_spans
            return
        next_phrase = next(phrase_spans, None)
        next_pattern = text.pattern_search(self.patterns, 0)
        while next_phrase is not None or next_pattern is not None:
            if next_pattern is None or (next_phrase is not None and next_phrase[0] <= next_pattern[0]):
                span = next_phrase
            else:
                span = next_pattern
            yield span
            pos = span[1] if span[1] > span[0] else span[0] + 1
            while next_phrase is not None and next_phrase[0] < pos:
                next_phrase = next(phrase_spans, None)
            if next_pattern is not None and next_pattern[0] < pos:
                next_pattern = text.pattern_search(self.patterns, pos) if pos <= len(text.folded) else None


def _first_literal(phrase: str) -> str:
    """The text every match of the phrase starts with, in :func:`separators_as_spaces` form: its
    first word up to any (optional) hyphen, and a space when another word must follow."""
    words = fold(phrase.strip()).rstrip("*").split()
    if not words:
        return ""
    if "-" in words[0]:
        return words[0].split("-")[0]
    return words[0] + " " if len(words) > 1 else words[0]


# every character the phrases' [\s\-] separators match (\s: Unicode whitespace), as a space
_SEPARATORS = str.maketrans({c: " " for c in map(chr, range(0x3000 + 1)) if c.isspace() or c == "-"})


def separators_as_spaces(folded: str) -> str:
    """The folded text with whitespace and hyphens as plain spaces (same length: offsets hold)."""
    return folded.translate(_SEPARATORS)


class ConceptIndex:
    """One Aho–Corasick pass over an answer finds, for every concept, where a phrase could start."""

    def __init__(self, concepts: list[CompiledConcept]) -> None:
        self.concepts = concepts
        self.indexed = [bool(c.literals) and all(c.literals) for c in concepts]
        self.automaton = ahocorasick.Automaton()
        owners: dict[str, set[int]] = {}
        for i, concept in enumerate(concepts):
            if self.indexed[i]:
                for literal in concept.literals:
                    owners.setdefault(literal, set()).add(i)
        for literal, ids in owners.items():
            self.automaton.add_word(literal, (len(literal) - 1, tuple(sorted(ids))))
        self.empty = not owners
        if not self.empty:
            self.automaton.make_automaton()

    def scan(self, folded: str) -> list[list[int] | None]:
        """Per concept: the sorted positions (word starts) where one of its phrases could start, or
        None when the concept cannot be indexed and must be scanned whole."""
        starts: list[list[int] | None] = [[] if ok else None for ok in self.indexed]
        if self.empty:
            return starts
        for end, (offset, ids) in self.automaton.iter(separators_as_spaces(folded)):
            start = end - offset
            if start and (folded[start - 1].isalnum() or folded[start - 1] == "_"):
                continue  # inside a word: the phrases' (?<!\w) boundary cannot hold
            for i in ids:
                starts[i].append(start)  # type: ignore[union-attr]
        for found in starts:  # the automaton reports by end position; a longer literal can start earlier
            if found is not None and len(found) > 1:
                found.sort()
        return starts


def compile_concept(concept: Concept) -> CompiledConcept:
    return CompiledConcept(concept.id, list(concept.phrases), list(concept.patterns))


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
_CLAUSE_BREAK = re.compile(r",|(?<![\w])(?:but|however|yet|although|though|whereas|while|so|and then)(?![\w])")
_QUOTE_PAIRS = re.compile(r"\"[^\"\n]{1,300}\"")
_WORD = re.compile(r"[\w']+")
_CUE_PATTERNS = {"break": _CLAUSE_BREAK, "concessive": _CONCESSIVE, "attribution": _ATTRIBUTION, "negator": _NEGATORS}
# How far around a hit the negation/attribution checks look (characters). Bounded so that the work
# per hit is constant and the whole check linear in the text, even in a transcript without
# punctuation (one 100,000-character "sentence"); cues further away do not govern the hit anyway.
LOOK_AROUND = 300


@dataclass
class Hit:
    concept_id: str
    start: int
    end: int
    text: str
    discounted: str | None = None  # why the hit does not count, or None when it counts

    _evidence: Evidence | None = None

    def evidence(self) -> Evidence:
        """The hit as evidence (built once: a hit often backs several verdicts). Our own offsets and
        slice need no validation (validating was a tenth of the keyword scorer's time)."""
        if self._evidence is None:
            self._evidence = Evidence.model_construct(start=self.start, end=self.end, text=self.text)
        return self._evidence


_NON_ASCII = re.compile(r"[^\x00-\x7f]")


class _WideCharacters:
    """Character ↔ UTF-8 byte offsets of a text, from its non-ASCII characters only (usually a
    handful: an offset table of every character cost 5% of the keyword scorer on such answers)."""

    def __init__(self, text: str) -> None:
        self.chars: list[int] = []  # the character offset of each non-ASCII character
        self.bytes: list[int] = []  # its byte offset
        self.extra: list[int] = []  # bytes beyond one per character, up to and including it
        extra = 0
        for m in _NON_ASCII.finditer(text):
            self.chars.append(m.start())
            self.bytes.append(m.start() + extra)
            extra += len(m.group().encode("utf-8")) - 1
            self.extra.append(extra)

    def byte_of(self, char: int) -> int:
        """The byte offset of the character at ``char`` (or of the end, at ``len(text)``)."""
        k = bisect.bisect_left(self.chars, char)
        return char + (self.extra[k - 1] if k else 0)

    def char_of(self, byte: int) -> int:
        """The character offset of the character starting at byte ``byte`` (or of the end)."""
        k = bisect.bisect_left(self.bytes, byte)
        return byte - (self.extra[k - 1] if k else 0)


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
        self._sentence_starts = [s for s, _ in self.sentences]
        self.quotes = [(m.start(), m.end()) for m in _QUOTE_PAIRS.finditer(self.folded)]
        self._quote_starts = [s for s, _ in self.quotes]
        self._cue_spans: dict[str, tuple[list[int], list[int]]] = {}
        self._word_starts: list[int] | None = None
        self._discounts: dict[tuple[int, int], str | None] = {}
        self.starts: list[list[int] | None] = []  # per concept of the scorer: where phrases may start
        self._utf8: bytes | None = None  # the folded text for RE2, encoded once (see pattern_search)
        self._wide: _WideCharacters | None = None

    def pattern_search(self, pattern: SafePattern, pos: int) -> tuple[int, int] | None:
        """A rubric pattern's first match at or after character ``pos``, in characters."""
        if self._utf8 is None:
            self._utf8 = self.folded.encode("utf-8")
            if len(self._utf8) != len(self.folded):  # not ASCII: where the wider characters are
                self._wide = _WideCharacters(self.folded)
        if self._wide is None:
            return pattern.search_utf8(self._utf8, pos)
        span = pattern.search_utf8(self._utf8, self._wide.byte_of(pos))
        if span is None:
            return None
        return self._wide.char_of(span[0]), self._wide.char_of(span[1])

    def sentence_of(self, pos: int) -> tuple[int, int]:
        """The sentence holding ``pos`` (binary search), or the whole text."""
        i = bisect.bisect_right(self._sentence_starts, pos) - 1
        if i >= 0 and pos < self.sentences[i][1]:
            return self.sentences[i]
        return 0, len(self.folded)

    def _quoted(self, start: int, end: int) -> bool:
        """Whether [start, end) lies inside a quoted passage (quotes do not overlap)."""
        i = bisect.bisect_left(self._quote_starts, start) - 1
        return i >= 0 and end < self.quotes[i][1]

    def find(self, concept: CompiledConcept, starts: list[int] | None = None) -> list[Hit]:
        """The concept's hits, each with why it does not count (if it does not)."""
        if starts is not None and not starts and concept.patterns is None:
            return []  # the index found no place where one of its phrases could start
        hits = []
        for start, end in concept.finditer(self, starts):
            if end == start:
                continue
            hit = Hit(concept.id, start, end, self.text[start:end])
            hit.discounted = self.why_discounted(start, end)
            hits.append(hit)
        return hits

    @property
    def n_words(self) -> int:
        """Words in the answer (runs of word characters and apostrophes)."""
        return len(self.word_starts())

    def word_starts(self) -> list[int]:
        """Where each word starts, found once."""
        if self._word_starts is None:
            self._word_starts = [m.start() for m in _WORD.finditer(self.folded)]
        return self._word_starts

    def _cue(self, name: str) -> tuple[list[int], list[int]]:
        """Where the ``name`` cues (clause breaks, concessive, attribution, negators) are in the
        whole text, found once per kind when first needed (starts, ends; sorted, non-overlapping):
        each hit then looks them up by bisection."""
        found = self._cue_spans.get(name)
        if found is None:
            spans = [m.span() for m in _CUE_PATTERNS[name].finditer(self.folded)]
            found = self._cue_spans[name] = ([a for a, _ in spans], [b for _, b in spans])
        return found

    def _last_cue(self, name: str, lo: int, hi: int) -> tuple[int, int] | None:
        """The last ``name`` cue lying wholly in [lo, hi), or None."""
        starts, ends = self._cue_spans.get(name) or self._cue(name)
        i = bisect.bisect_right(ends, hi) - 1
        if i >= 0 and starts[i] >= lo:
            return starts[i], ends[i]
        return None

    def _negated_before(self, clause_start: int, start: int) -> bool:
        """A negator among the clause's last six words, or its last 40 characters, before ``start``."""
        word_starts = self.word_starts()
        sixth = bisect.bisect_left(word_starts, start) - 6
        lo = min(max(word_starts[sixth] if sixth >= 0 else 0, clause_start), max(clause_start, start - 40))
        return self._last_cue("negator", lo, start) is not None

    def why_discounted(self, start: int, end: int) -> str | None:
        """Why a hit at [start, end) is not the candidate's own claim, or None if it is (computed
        once per span: several concepts and items often hit the same words)."""
        key = (start, end)
        if key not in self._discounts:
            self._discounts[key] = self._why_discounted(start, end)
        return self._discounts[key]

    def _why_discounted(self, start: int, end: int) -> str | None:
        s_start, s_end = self.sentence_of(start)
        s_start = max(s_start, start - LOOK_AROUND)  # see LOOK_AROUND: linear time in any text
        s_end = min(s_end, end + LOOK_AROUND)
        # the clause the hit sits in: after the last comma/contrast marker before it
        clause_break = self._last_cue("break", s_start, start)
        clause_start = clause_break[0] if clause_break else s_start
        if self._negated_before(clause_start, start):
            if not _NEGATION_EXCEPTIONS.search(self.folded[max(s_start, start - 60):end]):
                return "negated"
        if _POST_NEGATION.match(self.folded[end:min(s_end, end + 60)]):
            return "negated"
        if self._quoted(start, end):
            return "quoted"
        concessive = self._last_cue("concessive", s_start, start)
        if concessive:
            after = self.folded[concessive[1]:start]
            if "," not in after and not _CONTRAST.search(after):
                return "concessive clause"
        attribution = self._last_cue("attribution", s_start, start)
        if attribution:
            after = self.folded[attribution[1]:start]
            if not _CONTRAST.search(after) and not _ATTRIBUTION_RESET.search(after):
                return "attributed to others or described as a mistake"
        # "X, but really Y": X attributed when the sentence opens with an attribution cue
        if self._last_cue("attribution", s_start, end) and _CONTRAST.search(self.folded, end, s_end):
            return "attributed to others or described as a mistake"
        return None
