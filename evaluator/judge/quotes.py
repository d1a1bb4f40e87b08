"""Locate a judge's "verbatim" evidence quotes in the answer they claim to come from.

Models copy quotes imperfectly (case, whitespace, curly quotes, dashes, a changed word, "..."
joining fragments, stray edge punctuation). Each quote is searched for in order: exact substring,
normalised text (casefold, NFKD, unified quotes/dashes, collapsed whitespace; offsets mapped back to
the original), a fuzzy word-aligned window (difflib ratio), and for a quote with an ellipsis, its
fragments in order. Invariant: when ``verified``, ``answer[start:end] == text``, else both are None.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import lru_cache

_UNIFY = str.maketrans({**{c: "'" for c in "‘’‚‛′`´"}, **{c: '"' for c in "“”„‟″«»"},
                        **{c: "-" for c in "‐‑‒–—―−"},
                        # dotless i: upper() gives 'I', whose casefold is 'i', not 'ı' (a quote the
                        # judge upper-cased must still be found)
                        "\u0131": "i"})
_ELLIPSIS = re.compile(r"[\[(]?\s*(?:…|\.(?:\s?\.){2,})\s*[\])]?")
_NORMALISED_SCORE = 0.99  # same text up to case, whitespace, quote/dash style, edge punctuation
_MAX_CANDIDATES = 3  # fuzzy: word-overlap peaks refined by hill climbing
_WORD_PENALTY = 0.01  # fuzzy: per word of length difference, when choosing (not scoring) a window
_Hit = tuple[int, int, float, str]  # (start, end, score, method)


@dataclass(frozen=True)
class LocatedQuote:
    """Where a quote was found in the answer (``start``/``end``/``text`` None when not found)."""

    quote: str
    start: int | None
    end: int | None
    text: str | None
    verified: bool
    score: float  # 1.0 exact, < 1.0 tolerant, 0.0 not found
    method: str  # "exact" | "normalised" | "fuzzy" | "fragments" | "not_found"


@lru_cache(maxsize=8192)
def _norm_char(c: str) -> str:
    """One character's normalised form: possibly empty, possibly several characters."""
    c = c.translate(_UNIFY)
    if unicodedata.category(c) == "Cf":  # zero-width space, soft hyphen, BOM, ...
        return ""
    s = unicodedata.normalize("NFKD", unicodedata.normalize("NFKD", c).casefold()).translate(_UNIFY)
    return "".join(" " if ch.isspace() else ch for ch in s)


@lru_cache(maxsize=8192)
def _char_kind(c: str) -> int:
    """0: not part of a word, 1: word character, 2: a word by itself (CJK ideographs, kana)."""
    if c.isalnum() or c == "_" or unicodedata.category(c).startswith("M"):
        return 2 if c.isalpha() and unicodedata.east_asian_width(c) in ("W", "F") else 1
    return 0


def _word_spans(s: str) -> list[tuple[int, int]]:
    """Spans of the words in ``s`` (runs of word characters; each CJK character is a word)."""
    spans: list[tuple[int, int]] = []
    start = -1
    for i, c in enumerate(s):
        kind = _char_kind(c)
        if start >= 0 and kind != 1:
            spans.append((start, i))
            start = -1
        if kind == 2:
            spans.append((i, i + 1))
        elif kind == 1 and start < 0:
            start = i
    return spans + [(start, len(s))] if start >= 0 else spans


def _norm_quote(q: str) -> str:
    """Normalised quote without whitespace or punctuation at either end."""
    s = re.sub(" +", " ", "".join(_norm_char(c) for c in q))
    edge = lambda ch: ch == " " or unicodedata.category(ch).startswith("P")
    i, j = 0, len(s)
    while i < j and edge(s[i]):
        i += 1
    while j > i and edge(s[j - 1]):
        j -= 1
    return s[i:j]


class _Index:
    """The answer's normalised text, each normalised character's original span, and its words."""

    def __init__(self, text: str) -> None:
        self.text = text
        chars: list[str] = []
        self.ostart: list[int] = []  # per normalised character: its original span
        self.oend: list[int] = []
        for i, c in enumerate(text):
            for n in _norm_char(c):
                if n == " " and chars and chars[-1] == " ":
                    self.oend[-1] = i + 1  # a collapsed run of whitespace
                    continue
                chars.append(n)
                self.ostart.append(i)
                self.oend.append(i + 1)
        self.norm = "".join(chars)
        spans = _word_spans(self.norm)
        self.tstart, self.tend = [a for a, _ in spans], [b for _, b in spans]
        self.tokens = [self.norm[a:b] for a, b in spans]

    def span(self, a: int, b: int) -> tuple[int, int]:
        """Original span of the normalised span [a, b) (b > a)."""
        return self.ostart[a], self.oend[b - 1]


def _find(idx: _Index, quote: str, lo: int, min_score: float, fuzzy: bool = True) -> _Hit | None:
    """First match of one quote (no fragment handling) starting at original offset ``lo`` or later."""
    q = quote.strip()
    if not q:
        return None
    k = idx.text.find(q, lo)
    if k >= 0:
        return k, k + len(q), 1.0, "exact"
    nq = _norm_quote(q)
    if not nq:
        return None
    nlo = bisect_left(idx.ostart, lo)
    k = idx.norm.find(nq, nlo)
    if k >= 0:
        return (*idx.span(k, k + len(nq)), _NORMALISED_SCORE, "normalised")
    return _fuzzy(idx, nq, nlo, min_score) if fuzzy else None


def _climb(objective: Callable[[int, int, float], float], i: int, j: int, lo: int, hi: int) -> tuple[float, int, int]:
    """Hill climb over word windows [i, j): move either end by one word while the objective improves."""
    cur = objective(i, j, -1.0)
    while True:
        moves = [(a, b) for a, b in ((i - 1, j), (i + 1, j), (i, j - 1), (i, j + 1)) if lo <= a < b <= hi]
        val, a, b = max(((objective(a, b, cur), a, b) for a, b in moves), default=(-1.0, i, j))
        if val <= cur:
            return cur, i, j
        cur, i, j = val, a, b


def _fuzzy(idx: _Index, nq: str, nlo: int, min_score: float) -> _Hit | None:
    """Best word-aligned window of the normalised answer by difflib ratio, if >= ``min_score``.

    Start at the windows sharing most words with the quote, hill-climb on a word-level ratio
    (cheap), then refine the best one or two on the character-level ratio.
    """
    qtok = [nq[a:b] for a, b in _word_spans(nq)]
    t0, n, toks = bisect_left(idx.tstart, nlo), len(idx.tokens), idx.tokens
    if not qtok or t0 >= n:
        return None
    k = min(len(qtok), n - t0)
    norm, ts, te = idx.norm, idx.tstart, idx.tend
    chars = SequenceMatcher(None, "", nq, autojunk=False)
    need, have, overlap, ranked = Counter(qtok), Counter(), 0, []
    for p in range(t0, n):  # word overlap of every k-word window, updated incrementally
        overlap += have[toks[p]] < need[toks[p]]
        have[toks[p]] += 1
        if p - t0 >= k:
            have[toks[p - k]] -= 1
            overlap -= have[toks[p - k]] < need[toks[p - k]]
        if p - t0 >= k - 1:
            ranked.append((float(overlap), p - k + 1))
    if max(ranked)[0] == 0:
        if len(qtok) > 3:
            return None
        for r, (_, p) in enumerate(ranked):  # a short quote with no word right: rank by characters
            chars.set_seq1(norm[ts[p]:te[p + k - 1]])
            ranked[r] = (chars.quick_ratio(), p)
    ranked.sort(key=lambda r: (-r[0], r[1]))
    starts: list[int] = []
    for o, p in ranked:
        if len(starts) == _MAX_CANDIDATES or o < ranked[0][0] * 0.5:
            break
        if all(abs(p - s) >= max(1, k // 2) for s in starts):
            starts.append(p)

    words = SequenceMatcher(None, [], qtok, autojunk=False)
    memo: dict[tuple[int, int, bool], float] = {}

    def objective(i: int, j: int, floor: float, by_char: bool = True) -> float:
        """Ratio less a little per word of length difference (ratio alone drops a changed end word)."""
        penalty = _WORD_PENALTY * abs(j - i - k)
        if (i, j, by_char) not in memo:
            sm = chars if by_char else words
            sm.set_seq1(norm[ts[i]:te[j - 1]] if by_char else toks[i:j])
            if sm.quick_ratio() - penalty <= floor:  # an upper bound: cannot beat the current window
                return -1.0
            memo[i, j, by_char] = sm.ratio()
        return memo[i, j, by_char] - penalty

    by_word = sorted({_climb(lambda i, j, f: objective(i, j, f, False), p, p + k, t0, n) for p in starts})[::-1]
    best: tuple[float, int, int] = (-1.0, 0, 0)
    for val, i, j in by_word[:2]:
        if val >= by_word[0][0] - 0.2:
            cand = _climb(objective, i, j, t0, n)
            if 0.7 * len(nq) <= te[cand[2] - 1] - ts[cand[1]] <= 1.3 * len(nq) and cand > best:
                best = cand
    score = memo.get((best[1], best[2], True), -1.0)
    if score <= 0.0 or score < min_score:
        return None
    return (*idx.span(ts[best[1]], te[best[2] - 1]), min(score, _NORMALISED_SCORE), "fuzzy")


def _fragments(idx: _Index, quote: str, min_score: float) -> _Hit | None:
    """Locate the ellipsis-separated fragments of ``quote`` in order; None unless all are found."""
    frags = [f.strip() for f in _ELLIPSIS.split(quote) if _norm_quote(f)]
    if len(frags) < 2:
        return None
    hits: list[_Hit] = []
    for frag in frags:
        hit = _find(idx, frag, hits[-1][1] if hits else 0, min_score)
        if hit is None:
            return None
        hits.append(hit)
    for n in range(len(hits) - 2, -1, -1):  # pull exact fragments towards the next one
        if hits[n][3] == "exact":
            k = idx.text.rfind(frags[n], hits[n - 1][1] if n else 0, hits[n + 1][0])
            if k > hits[n][0]:
                hits[n] = (k, k + len(frags[n]), 1.0, "exact")
    score = sum(len(f) * h[2] for f, h in zip(frags, hits)) / sum(len(f) for f in frags)
    return hits[0][0], hits[-1][1], min(score, _NORMALISED_SCORE), "fragments"


def _locate(idx: _Index, quote: str, min_score: float) -> LocatedQuote:
    q, hit = quote.strip(), None
    nq = _norm_quote(_ELLIPSIS.sub(" ", q))  # no word, or much longer than the answer: nothing to find
    if nq and len(nq) <= 1.2 * len(idx.norm):
        elided = bool(_ELLIPSIS.search(q))
        hit = _find(idx, q, 0, min_score, fuzzy=not elided)
        if hit is None and elided:  # fragments in order, else the whole quote fuzzily
            hit = _fragments(idx, q, min_score) or _find(idx, _ELLIPSIS.sub(" ", q), 0, min_score)
    if hit is None:
        return LocatedQuote(quote, None, None, None, False, 0.0, "not_found")
    start, end, score, method = hit
    return LocatedQuote(quote, start, end, idx.text[start:end], True, score, method)


def locate_quote(answer: str, quote: str, *, min_score: float = 0.85) -> LocatedQuote:
    """Find ``quote`` in ``answer``: exactly, normalised, fuzzily (ratio >= ``min_score``) or by fragments."""
    return _locate(_Index(answer), quote, min_score)


def locate_quotes(answer: str, quotes: list[str], *, min_score: float = 0.85) -> list[LocatedQuote]:
    """:func:`locate_quote` for each quote, in order, indexing the answer once."""
    idx = _Index(answer)
    return [_locate(idx, q, min_score) for q in quotes]
