"""Identifiers masked out of answers before the classifier sees them.

A verdict must not move when only a name changes (the audit's name/pronoun swaps found the
classifier doing so through its word and character n-grams). Before features are computed, the
answer's personal first names (a shipped list of ~1,500 given names from many regions, and any
capitalised word introduced as a name: "my name is …", "I'm …", "call me …") and the capitalised
word after such a name (a surname), e-mail addresses, URLs, phone numbers and @handles become
placeholder words, and gendered pronouns a neutral one. The same function runs when the model is
trained and when it predicts (scikit-learn or numpy), so both see the same text.

Work is linear in the text: one pass of a few regular expressions without nested quantifiers.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

NAMES_FILE = Path(__file__).resolve().parent.parent / "data" / "first_names.txt"

PERSON, EMAIL, URL, PHONE, HANDLE, PRONOUN = "Person", "Email", "Link", "Phone", "Handle", "they"

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_URL = re.compile(r"\b(?:https?://|www\.)[^\s<>\"')\]]+", re.IGNORECASE)
_PHONE = re.compile(r"(?<![\w.])\+?\d(?:[ ().-]?\d){8,14}(?![\w.])")  # 9 to 15 digits
_HANDLE = re.compile(r"(?<![\w@])@[A-Za-z_]\w{1,30}")
# a word starting with a capital (ASCII or Latin with accents: Étienne, Özge, Đức; checked with isupper)
_CAPITALISED = re.compile(r"\b[A-Z\u00c0-\u00de\u0100-\u024f\u1e00-\u1eff][^\W\d_]*(?:['\u2019-][^\W\d_]+)?\b")
_INTRO = re.compile(r"\b(?:my name is|my name's|name's|call me|i am|i'm|i\u2019m)\s+$", re.IGNORECASE)
_PRONOUNS = re.compile(r"\b(?:he|she|him|her|his|hers|himself|herself)\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def first_names() -> frozenset[str]:
    """The shipped given names (as written: capitalised)."""
    lines = NAMES_FILE.read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))


def mask_identifiers(text: str) -> str:
    """``text`` with names, e-mails, URLs, phone numbers and handles replaced by placeholder words
    and gendered pronouns by 'they'."""
    text = _EMAIL.sub(EMAIL, text)
    text = _URL.sub(URL, text)
    text = _PHONE.sub(PHONE, text)
    text = _HANDLE.sub(HANDLE, text)
    names = first_names()
    out: list[str] = []
    last = 0
    previous_was_name = False
    previous_end = -1
    for match in _CAPITALISED.finditer(text):
        word = match.group(0)
        if not word[0].isupper():
            continue
        start = match.start()
        adjacent = previous_was_name and text[previous_end:start] == " "  # a surname after a first name
        is_name = word in names or (word != "I" and (
            adjacent or _INTRO.search(text, max(0, start - 20), start) is not None))
        if is_name:
            out.append(text[last:start])
            out.append(PERSON)
            last = match.end()
        previous_was_name, previous_end = is_name, match.end()
    out.append(text[last:])
    return _PRONOUNS.sub(PRONOUN, "".join(out))


def mask_all(texts: list[str]) -> list[str]:
    """:func:`mask_identifiers` of each text."""
    return [mask_identifiers(t) for t in texts]
