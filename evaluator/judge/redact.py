"""Redact personal data before an answer leaves the machine, and map the judge's output back.

E-mail addresses, phone numbers, URLs and the given person names become numbered placeholders
(``[EMAIL_1]``, ``[PHONE_1]``, ``[URL_1]``, ``[NAME_1]``); every occurrence of one value (compared
case-insensitively; phones by their digits) shares one number within a text. When matches overlap,
e-mail wins over URL, URL over phone, phone over name. :class:`Redaction` maps spans of the redacted
text back to the original and restores the values in strings the judge wrote.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field

_EMAIL = re.compile(r"(?<![\w.+%-])[\w.+%-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}(?![\w-])")
_TLDS = ("com|org|net|io|ai|dev|app|co|edu|gov|me|info|biz|xyz|tech|cloud|site|online|page|blog|ly|gg|sh|"
         "so|to|tv|fm|us|uk|de|fr|nl|eu|ca|au|in|jp|cn|ru|ch|se|no|es|it|pl|br|at|be|dk|fi|ie|nz|il|kr|sg|"
         "hk|tw|mx|ar|za|pt|cz|gr|tr|ua|vn|id|my|ph|th")
_URL = re.compile(r"\b(?:https?://|www\.)[^\s<>\"'`]+|"  # with a scheme or www., else a known TLD and a path
                  rf"(?<![\w.@/-])(?:[A-Za-z0-9-]+\.)+(?:{_TLDS})/[^\s<>\"'`]*", re.IGNORECASE)
_PHONE = re.compile(r"(?<![\w+./-])[+(]?\d[\d().\u00a0 -]{5,24}\d(?!\w)")
_NANP = re.compile(r"(?:\+?1[ .-]?)?(?:\(\d{3}\)[ .-]?|\d{3}[ .-])\d{3}[ .-]\d{4}")
_DATE = re.compile(r"\d{1,4}[./-]\d{1,2}[./-]\d{1,4}")
_PLACEHOLDER = re.compile(r"\[(?:EMAIL|PHONE|URL|NAME)_\d+\]")


@dataclass
class Redaction:
    """A redacted text, where each placeholder came from, and the value behind each placeholder."""

    text: str
    replacements: list[tuple[int, int, int, int, str]]  # (orig_start, orig_end, red_start, red_end, placeholder)
    values: dict[str, str] = field(default_factory=dict)  # placeholder -> original value (first seen)

    def _position(self, pos: int, is_end: bool) -> int:
        shift = 0
        for orig_start, orig_end, red_start, red_end, _ in self.replacements:
            if pos <= red_start:
                break
            if pos < red_end:  # inside a placeholder: the whole original value
                return orig_end if is_end else orig_start
            shift = red_end - orig_end
        return pos - shift

    def to_original_span(self, start: int, end: int) -> tuple[int, int]:
        """The original span of ``text[start:end]``; a placeholder it touches maps to its whole value."""
        if not 0 <= start <= end <= len(self.text):
            raise ValueError(f"span ({start}, {end}) is outside the redacted text (length {len(self.text)})")
        return self._position(start, False), self._position(end, True)

    def restore(self, text: str) -> str:
        """``text`` with every known placeholder replaced by its original value (others left alone)."""
        return _PLACEHOLDER.sub(lambda m: self.values.get(m.group(), m.group()), text)


def _is_phone(s: str) -> bool:
    """Whether a run of digits and separators is a phone number (not a date, year range or amount)."""
    digits = re.sub(r"\D", "", s)
    if s.count("(") != s.count(")") or s.endswith("("):
        return False
    if s.startswith(("+", "00")):  # international: "+" or the "00" prefix, then at most 15 digits
        return 8 <= len(digits) - 2 * s.startswith("00") <= 15
    if _NANP.fullmatch(s):
        return True
    separators = set(re.sub(r"[\d()]", "", s))  # national numbers use one kind of separator throughout
    return (s.lstrip("(").startswith("0") and 9 <= len(digits) <= 12 and len(separators) <= 1
            and not _DATE.match(s))


def _phones(text: str) -> Iterator[tuple[int, int]]:
    """Phone spans: the longest phone-like prefix of each run of digits and separators."""
    pos = 0
    while m := _PHONE.search(text, pos):
        start = m.start()  # a run may hold two numbers ("+44 20 7946 0958 (555) 123-4567"): try each group end
        ends = [start + g.end() for g in re.finditer(r"\d(?!\d)", m.group())][::-1]
        end = next((e for e in ends if e - start >= 7 and _is_phone(text[start:e])), None)
        if end is not None:
            yield start, end
        pos = end if end is not None else start + 1  # else it may start with a year ("in 2023 020 7946 0958")


def _urls(text: str) -> Iterator[tuple[int, int]]:
    for m in _URL.finditer(text):
        url = m.group()
        while url and (url[-1] in ".,;:!?'\"]}" or (url[-1] == ")" and url.count(")") > url.count("("))):
            url = url[:-1]  # sentence punctuation, or the bracket the URL was written in
        yield m.start(), m.start() + len(url)


def _name_pattern(names: Sequence[str]) -> re.Pattern[str] | None:
    """Whole-word, case-insensitive pattern for each full name and each of its words (longest first)."""
    alternatives: set[str] = set()
    for name in names:
        words = [w.strip(".,;:") for w in name.split()]
        words = [w for w in words if len(w) >= 2]
        if words:
            alternatives.add(r"\s+".join(map(re.escape, words)))
            alternatives.update(map(re.escape, words))
    if not alternatives:
        return None
    ordered = sorted(alternatives, key=lambda a: (-len(a), a))
    return re.compile(rf"(?<!\w)(?:{'|'.join(ordered)})(?!\w)", re.IGNORECASE)


def _key(kind: str, value: str) -> str:
    if kind == "PHONE":
        return ("+" if value.startswith("+") else "") + re.sub(r"\D", "", value)
    return value if kind == "URL" else " ".join(value.casefold().split())


def redact(text: str, names: Sequence[str] = ()) -> Redaction:
    """Replace e-mails, phone numbers, URLs and the given ``names`` in ``text`` with numbered placeholders."""
    name_pattern = _name_pattern(names)
    finders: list[tuple[str, Callable[[str], Iterator[tuple[int, int]]]]] = [
        ("EMAIL", lambda t: (m.span() for m in _EMAIL.finditer(t))),
        ("URL", _urls),
        ("PHONE", _phones),
        ("NAME", lambda t: (m.span() for m in name_pattern.finditer(t)) if name_pattern else iter(())),
    ]
    spans: list[tuple[int, int, str]] = []
    for kind, find in finders:  # in priority order: a later kind never overlaps an earlier one
        taken = list(spans)
        spans += [(s, e, kind) for s, e in find(text) if e > s and all(e <= a or s >= b for a, b, _ in taken)]
    spans.sort()
    numbers: dict[tuple[str, str], str] = {}
    values: dict[str, str] = {}
    parts: list[str] = []
    replacements: list[tuple[int, int, int, int, str]] = []
    pos = length = 0
    for start, end, kind in spans:
        value = text[start:end]
        key = (kind, _key(kind, value))
        if key not in numbers:
            numbers[key] = f"[{kind}_{sum(k == kind for k, _ in numbers) + 1}]"
            values[numbers[key]] = value
        placeholder = numbers[key]
        parts += [text[pos:start], placeholder]
        length += start - pos
        replacements.append((start, end, length, length + len(placeholder), placeholder))
        length += len(placeholder)
        pos = end
    parts.append(text[pos:])
    return Redaction("".join(parts), replacements, values)
