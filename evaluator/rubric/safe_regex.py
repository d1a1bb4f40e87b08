"""Rubric regexes on a linear-time engine (RE2), so no answer text can make matching hang.

Python's ``re`` backtracks: a rubric pattern such as ``(a+)+$`` against ``"aaaa…!"`` takes
exponential time. RE2 guarantees time linear in the text, at the price of look-around,
back-references, atomic groups and possessive quantifiers, which it rejects at compile time.

Differences from ``re`` worth knowing when writing patterns: ``\\w``, ``\\d``, ``\\s`` and
``\\b`` are ASCII-only (an accented letter is not a word character); ``$`` without
``re.MULTILINE`` matches only at the very end of the text; after an empty match ``finditer``
moves on one character, where ``re`` first retries a non-empty match at the same place (the
rubric refuses patterns that match an empty string, which rules out the usual cases).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import re2

_UNANCHORED = re2._re2.RE2.Anchor.UNANCHORED  # the binding's low-level search, used by search_utf8

# re flags RE2 understands, as inline flags; anything else is refused rather than ignored
_INLINE_FLAGS = {re.IGNORECASE: "i", re.MULTILINE: "m", re.DOTALL: "s"}
# UNICODE is re's default for str; ASCII changes nothing since RE2's classes are ASCII anyway
_SUPPORTED_FLAGS = re.IGNORECASE | re.MULTILINE | re.DOTALL | re.UNICODE | re.ASCII


class PatternError(ValueError):
    """A pattern the linear-time engine cannot run (or that is not a valid regex at all)."""


def _options() -> Any:
    options = re2.Options()
    options.log_errors = False  # RE2 would otherwise print every rejected pattern to stderr
    return options


def _translate(pattern: str) -> str:
    """Rewrite Python-only syntax RE2 spells differently: ``\\Z`` (end of text) is ``\\z``."""
    out: list[str] = []
    i = 0
    while i < len(pattern):
        if pattern[i] == "\\" and i + 1 < len(pattern):
            pair = pattern[i:i + 2]
            out.append("\\z" if pair == "\\Z" else pair)
            i += 2
        else:
            out.append(pattern[i])
            i += 1
    return "".join(out)


class SafePattern:
    """A compiled RE2 pattern with the ``search``/``finditer`` interface of ``re.Pattern``."""

    __slots__ = ("_regex", "pattern")

    def __init__(self, regex: Any, pattern: str) -> None:
        self._regex = regex
        self.pattern = pattern

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> Any:
        return self._regex.search(text, pos, endpos)

    def search_utf8(self, data: bytes, pos: int = 0) -> tuple[int, int] | None:
        """The first match in UTF-8 ``data`` at or after byte ``pos``, as byte offsets.

        The ``str`` interface re-encodes the text and maps offsets on every call (most of its
        cost); a caller that searches one text many times encodes it once and uses this.
        """
        span = self._regex._regexp.Match(_UNANCHORED, data, pos, len(data))[0]
        return None if span[0] < 0 else span

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[Any]:
        last: tuple[int, int] | None = None
        for match in self._regex.finditer(text, pos, endpos):
            span = match.span()
            if span == last and span[0] == span[1]:
                continue  # google-re2 yields an empty match found ahead of its position twice
            last = span
            yield match

    def __repr__(self) -> str:
        return f"SafePattern({self.pattern!r})"


def compile_pattern(pattern: str, flags: int = 0) -> SafePattern:
    """Compile ``pattern`` for RE2; the result has ``search`` and ``finditer``.

    Match objects have ``start()``, ``end()``, ``span()`` and ``group()`` with offsets in
    characters of the searched ``str``, as with ``re``. Raises :class:`PatternError` for
    patterns RE2 cannot run (e.g. ``(?<=x)``, ``\\1``) and for flags other than
    IGNORECASE, MULTILINE and DOTALL.
    """
    unsupported = flags & ~_SUPPORTED_FLAGS
    if unsupported:
        raise PatternError(f"regex flags {re.RegexFlag(unsupported)!r} are not supported")
    inline = "".join(letter for flag, letter in _INLINE_FLAGS.items() if flags & flag)
    source = (f"(?{inline})" if inline else "") + _translate(pattern)
    try:
        return SafePattern(re2.compile(source, _options()), pattern)
    except re2.error as exc:
        reason = exc.args[0].decode("utf-8", "replace") if exc.args and isinstance(exc.args[0], bytes) \
            else str(exc)
        raise PatternError(reason) from exc


__all__ = ["PatternError", "compile_pattern"]
