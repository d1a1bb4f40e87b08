"""Counterfactual variants of an answer: edits that should not change any verdict.

Each generator takes the answer text (and what we know of the candidate) and returns a
:class:`Variant` with the edited text and the list of edits made, or ``None`` when the edit does
not apply (no name, no gendered pronoun, no word with a British/American spelling). Everything is
deterministic for a given seed and answer id, so an audit can be repeated exactly.
"""

from __future__ import annotations

import hashlib
import random
import re
from dataclasses import dataclass, field
from typing import Callable

# Kinds whose edits must never change a verdict (the audit's goal: zero flag flips) and the
# speech/noise kinds, where some sensitivity is expected and measured.
INVARIANT_KINDS = ("names", "pronouns", "spelling")
KINDS = (*INVARIANT_KINDS, "fillers", "typos", "padding")


@dataclass
class Variant:
    kind: str
    text: str
    edits: list[tuple[str, str]] = field(default_factory=list)  # (before, after), in order of appearance
    # Compared with this text instead of the original when set: a paired counterfactual, for an
    # edit that needs something added to both sides (a name where the answer names nobody).
    baseline: str | None = None


def _case_like(template: str, word: str) -> str:
    if template.isupper() and len(template) > 1:
        return word.upper()
    if template[:1].isupper():
        return word[:1].upper() + word[1:]
    return word


def _rng(seed: int, answer_id: str, kind: str) -> random.Random:
    digest = hashlib.sha256(f"{seed}\x00{answer_id}\x00{kind}".encode()).digest()
    return random.Random(int.from_bytes(digest[:8], "big"))


# --------------------------------------------------------------------------------------------
# Names: first names by gender and origin; a name is swapped for one of another gender AND origin.

NAME_GROUPS: list[tuple[str, str, tuple[str, ...]]] = [
    ("female", "anglo", ("Emily", "Sarah", "Hannah", "Rachel", "Laura", "Olivia")),
    ("male", "anglo", ("James", "Michael", "Daniel", "Thomas", "Ryan", "Matthew")),
    ("female", "west-african", ("Amara", "Chiamaka", "Adaeze", "Folake", "Abena", "Ngozi")),
    ("male", "west-african", ("Kwame", "Chinedu", "Oluwaseun", "Kofi", "Tunde", "Emeka")),
    ("female", "south-asian", ("Priya", "Ananya", "Divya", "Lakshmi", "Sunita", "Kavya")),
    ("male", "south-asian", ("Arjun", "Rahul", "Vikram", "Rohan", "Sanjay", "Anil")),
    ("female", "east-asian", ("Mei", "Yuki", "Hana", "Xiu", "Sakura", "Jiyeon")),
    ("male", "east-asian", ("Wei", "Hiroshi", "Minjun", "Kenji", "Jian", "Takeshi")),
    ("female", "hispanic", ("Sofia", "Lucia", "Camila", "Valentina", "Ximena", "Paola")),
    ("male", "hispanic", ("Carlos", "Diego", "Javier", "Mateo", "Alejandro", "Santiago")),
    ("female", "arab", ("Layla", "Nour", "Yasmin", "Mariam", "Rania", "Amira")),
    ("male", "arab", ("Omar", "Youssef", "Karim", "Tariq", "Khalid", "Hassan")),
]
_NAME_INDEX = {name: (g, k) for g, (_, _, names) in enumerate(NAME_GROUPS) for k, name in enumerate(names)}
_GROUP_SHIFT = 3  # odd: the other gender; 3 // 2 = 1 or 2 origins along: another origin


def counterpart(name: str) -> str:
    """The name's counterpart: same position in the group of the other gender and another origin;
    a name we do not list gets a stable one from the group it is hashed to."""
    if name in _NAME_INDEX:
        g, k = _NAME_INDEX[name]
    else:
        h = int(hashlib.sha256(name.encode()).hexdigest(), 16)
        g, k = h % len(NAME_GROUPS), (h // len(NAME_GROUPS)) % 6
    names = NAME_GROUPS[(g + _GROUP_SHIFT) % len(NAME_GROUPS)][2]
    return names[k % len(names)]


def name_variant(text: str, own_names: tuple[str, ...] = (), rng: random.Random | None = None) -> Variant | None:
    """Every listed first name, and the candidate's own first name(s), swapped for a counterpart.

    An answer that names nobody gets a paired variant instead: "My name is A." before the answer
    (the baseline) against "My name is B." (A's counterpart), so every answer is tested."""
    wanted = set(_NAME_INDEX) | {n for n in own_names if len(n) > 1 and n[:1].isupper()}
    pattern = re.compile(r"\b(" + "|".join(sorted(map(re.escape, wanted), key=len, reverse=True)) + r")\b")
    edits: list[tuple[str, str]] = []

    def swap(m: re.Match[str]) -> str:
        new = counterpart(m.group(1))
        edits.append((m.group(1), new))
        return new

    out = pattern.sub(swap, text)
    if edits:
        return Variant("names", out, edits)
    if rng is None:
        return None
    first = rng.choice(rng.choice(NAME_GROUPS)[2])
    second = counterpart(first)
    return Variant("names", f"My name is {second}. {text}", [(first, second)], baseline=f"My name is {first}. {text}")


# --------------------------------------------------------------------------------------------
# Pronouns

_PRONOUNS = {"he": "she", "she": "he", "him": "her", "himself": "herself", "herself": "himself",
             "hers": "his", "he's": "she's", "she's": "he's", "he'd": "she'd", "she'd": "he'd",
             "he'll": "she'll", "she'll": "he'll", "mr": "ms", "ms": "mr", "mrs": "mr"}
_TITLES = {"mr", "ms", "mrs"}
# 'her' is 'him' (object) or 'his' (determiner): a determiner is followed by a word that is not
# a preposition, conjunction, adverb or punctuation.
_NOT_NOUN = {"and", "or", "but", "to", "in", "on", "at", "for", "with", "about", "that", "as", "from", "by",
             "again", "too", "yesterday", "today", "the", "a", "an", "so", "if", "when", "because", "back",
             "up", "down", "out", "off", "over", "into", "first", "last", "more", "know", "what", "how", "why"}
_PRONOUN_RE = re.compile(r"\b(he's|she's|he'd|she'd|he'll|she'll|himself|herself|hers|his|her|him|he|she|mrs|mr|ms)\b"
                         r"(?=(\.?)(\s+[A-Za-z']+)?)", re.IGNORECASE)  # the next word is looked at, not consumed


def _his(after: str | None, sentence_end: bool) -> str:
    """'his' as a determiner → 'her'; as a pronoun ('the idea was his') → 'hers'."""
    return "her" if after and not sentence_end else "hers"


def pronoun_variant(text: str) -> Variant | None:
    """Gendered pronouns (and Mr/Ms) swapped: he↔she, him/his↔her, himself↔herself, …"""
    edits: list[tuple[str, str]] = []

    def swap(m: re.Match[str]) -> str:
        word, dot, after = m.group(1), m.group(2), m.group(3)
        lower = word.lower()
        if lower in _TITLES and not (word[0].isupper() and after and after.strip()[:1].isupper()):
            return word  # "200 ms", "mr" in code: a title only as in "Ms Okafor"
        next_word = after.strip().lower() if after else None
        if lower == "her":
            new = "his" if next_word and next_word not in _NOT_NOUN else "him"
        elif lower == "his":
            new = _his(next_word, bool(dot))
        else:
            new = _PRONOUNS[lower]
        new = _case_like(word, new)
        edits.append((word, new))
        return new

    out = _PRONOUN_RE.sub(swap, text)
    return Variant("pronouns", out, edits) if edits else None


# --------------------------------------------------------------------------------------------
# British / American spelling

_SPELLING_PAIRS = """
optimise optimize|optimised optimized|optimising optimizing|optimisation optimization|optimisations optimizations
organise organize|organised organized|organisation organization|organisations organizations|organising organizing
prioritise prioritize|prioritised prioritized|prioritising prioritizing|prioritisation prioritization
summarise summarize|summarised summarized|summarising summarizing|summarisation summarization
analyse analyze|analysed analyzed|analysing analyzing|recognise recognize|recognised recognized
realise realize|realised realized|utilise utilize|utilised utilized|standardise standardize
standardised standardized|normalise normalize|normalised normalized|normalisation normalization
tokenise tokenize|tokenised tokenized|tokeniser tokenizer|tokenisation tokenization|visualise visualize
visualisation visualization|customise customize|customised customized|customisation customization
minimise minimize|minimised minimized|maximise maximize|maximised maximized|emphasise emphasize
apologise apologize|specialise specialize|specialised specialized|generalise generalize|generalisation generalization
parallelise parallelize|parallelised parallelized|containerise containerize|containerised containerized
categorise categorize|categorised categorized|characterise characterize|criticise criticize|finalise finalize
authorisation authorization|authorise authorize|initialise initialize|initialised initialized|serialise serialize
behaviour behavior|behaviours behaviors|behavioural behavioral|colour color|colours colors|favour favor
favourite favorite|honour honor|labour labor|neighbour neighbor|rumour rumor|humour humor|flavour flavor
centre center|centres centers|centred centered|litre liter|theatre theater|fibre fiber
defence defense|offence offense|catalogue catalog
modelling modeling|modelled modeled|labelling labeling
labelled labeled|travelling traveling|travelled traveled|cancelled canceled|cancelling canceling
signalling signaling|fuelled fueled|levelled leveled|channelled channeled|counselling counseling
enrol enroll|enrolment enrollment|fulfil fulfill|fulfilment fulfillment|skilful skillful|instalment installment
judgement judgment|ageing aging|grey gray|aluminium aluminum
artefact artifact|artefacts artifacts|sceptical skeptical|manoeuvre maneuver|paediatric pediatric
"""
BRITISH_TO_AMERICAN = dict(pair.split() for pair in re.split(r"[|\n]", _SPELLING_PAIRS) if pair.strip())
AMERICAN_TO_BRITISH = {v: k for k, v in BRITISH_TO_AMERICAN.items()}
_SPELLING_RE = re.compile(r"\b(" + "|".join(sorted({*BRITISH_TO_AMERICAN, *AMERICAN_TO_BRITISH}, key=len,
                                                   reverse=True)) + r")\b", re.IGNORECASE)


def spelling_variant(text: str) -> Variant | None:
    """British spellings made American, or (when the answer is American or has none) the reverse:
    the direction with more words to change."""
    found = [m.group(1).lower() for m in _SPELLING_RE.finditer(text)]
    british = sum(w in BRITISH_TO_AMERICAN for w in found)
    american = sum(w in AMERICAN_TO_BRITISH for w in found)
    if not found:
        return None
    table = BRITISH_TO_AMERICAN if british >= american else AMERICAN_TO_BRITISH
    edits: list[tuple[str, str]] = []

    def swap(m: re.Match[str]) -> str:
        word = m.group(1)
        new = table.get(word.lower())
        if new is None:
            return word
        new = _case_like(word, new)
        edits.append((word, new))
        return new

    out = _SPELLING_RE.sub(swap, text)
    return Variant("spelling", out, edits) if edits else None


# --------------------------------------------------------------------------------------------
# Speech and noise (ambiguous spellings left out above: check/cheque, program/programme,
# license/licence, practice/practise, meter/metre, dialog/dialogue, tire/tyre, story/storey)

_OPENERS = ("Um, ", "So, you know, ", "Uh, ", "I mean, ", "Like, ", "Yeah, so ")
_MIDDLES = (" um,", " you know,", " like,", " uh,", " I mean,", " sort of,")
_SENTENCE_RE = re.compile(r"(^|[.!?]\s+)([A-Z])")


def filler_variant(text: str, rng: random.Random) -> Variant:
    """Disfluencies of speech: a filler opening each sentence, and one after some commas."""
    edits: list[tuple[str, str]] = []

    def opener(m: re.Match[str]) -> str:
        filler = rng.choice(_OPENERS)
        edits.append(("", filler.strip()))
        return m.group(1) + filler + m.group(2)  # the case is kept: a capital may start a name

    pieces = text.split(",")
    for i in range(len(pieces) - 1):
        if rng.random() < 0.5:
            filler = rng.choice(_MIDDLES)
            pieces[i] += "," + filler.rstrip(",")
            edits.append(("", filler.strip(" ,")))
    return Variant("fillers", _SENTENCE_RE.sub(opener, ",".join(pieces)), edits)


_WORD_RE = re.compile(r"[A-Za-z]{5,}")


def typo_variant(text: str, rng: random.Random, rate: float = 0.06, limit: int = 6) -> Variant | None:
    """Small typos: two neighbouring inner letters swapped in about one word in sixteen (at most six)."""
    words = list(_WORD_RE.finditer(text))
    chosen = sorted(rng.sample(words, min(limit, max(1, round(len(words) * rate))))
                    if words else [], key=lambda m: m.start())
    if not chosen:
        return None
    out, last, edits = [], 0, []
    for m in chosen:
        word = m.group(0)
        i = rng.randrange(1, len(word) - 2)  # keep the first and the last letter
        if word[i] == word[i + 1]:
            continue
        typo = word[:i] + word[i + 1] + word[i] + word[i + 2:]
        out.append(text[last:m.start()] + typo)
        last = m.end()
        edits.append((word, typo))
    out.append(text[last:])
    return Variant("typos", "".join(out), edits) if edits else None


PADDING = ("That's a good question, thanks for asking.", "Let me think about how to put this.",
           "I hope that answers your question.")


def padding_variant(text: str, rng: random.Random) -> Variant:
    """One neutral sentence added at the start or the end."""
    sentence = rng.choice(PADDING)
    if sentence.startswith("I hope"):
        return Variant("padding", f"{text.rstrip()} {sentence}", [("", sentence)])
    return Variant("padding", f"{sentence} {text.lstrip()}", [("", sentence)])


def make_variants(text: str, answer_id: str, kinds: tuple[str, ...] = KINDS, *, seed: int = 0,
                  own_names: tuple[str, ...] = ()) -> list[Variant]:
    """The applicable variants of one answer, one per kind asked for, in ``kinds`` order."""
    makers: dict[str, Callable[[], Variant | None]] = {
        "names": lambda: name_variant(text, own_names, _rng(seed, answer_id, "names")),
        "pronouns": lambda: pronoun_variant(text),
        "spelling": lambda: spelling_variant(text),
        "fillers": lambda: filler_variant(text, _rng(seed, answer_id, "fillers")),
        "typos": lambda: typo_variant(text, _rng(seed, answer_id, "typos")),
        "padding": lambda: padding_variant(text, _rng(seed, answer_id, "padding")),
    }
    out = []
    for kind in kinds:
        variant = makers[kind]()
        if variant is not None and variant.text != text:
            out.append(variant)
    return out
