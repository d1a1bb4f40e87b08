"""Speaker labels: resolve near-misses ("Intervewer" → "Interviewer") and say what looks wrong.

A misspelt label used to become a speaker of its own, so an interviewer's question could end up
in the candidate's answer. Here a label within :data:`MAX_EDITS` edits of a known role label (or,
when used only once or twice, of a much more frequent speaker) is read as that one, and every
correction, third speaker, odd label and doubtful role assignment becomes an
:class:`~evaluator.models.IngestWarning` naming the line where the speaker first appears.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Callable, Iterable

from .models import IngestWarning, Turn

ROLE_LABELS = ("Interviewer", "Candidate", "Interviewee", "Applicant", "Recruiter", "Moderator", "Panelist",
               "Hiring Manager")
MAX_EDITS = 2  # Damerau-Levenshtein distance of a near-miss
MIN_LABEL_LENGTH = 5  # shorter labels ("Dan", "Ann") are too close to each other to correct
# A label is read as another speaker's name only when it is rare beside it: a typo, not a second person.
MAX_VARIANT_TURNS = 2
MIN_TARGET_RATIO = 3
# Labels that already name a role ("Interviewer 2", "Panelist") are never corrected.
_ROLE_WORD = re.compile(r"\b(interviewer|interviewee|candidate|applicant|recruiter|hiring manager|host|"
                        r"moderator|panel(ist)?)\b", re.I)
# Labels that are neither a name nor a role: placeholders from transcription tools, Q/A markers.
_PLACEHOLDER = re.compile(r"(speaker|spk|voice|person|participant)[ _-]?\w{0,3}|unknown|unidentified|q|a|"
                          r"question|answer|narrator|notes?|system|assistant|user|bot|\W*", re.I)
# A candidate turn "asks" when it ends in a question; interviewers' prompts may be imperatives too.
QUESTION_SHARE_DOUBTFUL = 0.5  # the candidate side asking in more than half its turns
INTERVIEWER_ASKS_MIN = 0.2  # the interviewer side asking in fewer than this share of its turns
MIN_TURNS_FOR_ROLES = 3


def edit_distance(a: str, b: str) -> int:
    """Damerau-Levenshtein distance (optimal string alignment: adjacent swaps count one edit)."""
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        cur = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = a[i - 1] != b[j - 1]
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        prev2, prev = prev, cur
    return prev[-1]


def is_role_label(label: str) -> bool:
    """Whether a label names a role ("Interviewer", "Hiring Manager 2", "Candidate (Olga)")."""
    return bool(_ROLE_WORD.search(label))


def near_miss(label: str, targets: Iterable[str]) -> str | None:
    """The one target within :data:`MAX_EDITS` edits of ``label`` (ignoring case), or None.

    Labels that name a role themselves, short labels and ties (equally near two targets) are
    never resolved: a wrong guess would be worse than a third speaker.
    """
    low = label.casefold().strip()
    if len(low) < MIN_LABEL_LENGTH or is_role_label(label):
        return None
    found: dict[str, int] = {}
    for target in targets:
        key = target.casefold()
        if key == low or len(key) < MIN_LABEL_LENGTH or abs(len(key) - len(low)) > MAX_EDITS:
            continue
        distance = edit_distance(low, key)
        if distance <= MAX_EDITS:
            found[target] = distance
    if not found:
        return None
    best = min(found.values())
    winners = [t for t, d in found.items() if d == best]
    return winners[0] if len(winners) == 1 else None


def resolve_near_misses(turns: list[Turn], transcript_id: str,
                        keep: Iterable[str | None] = ()) -> tuple[list[Turn], list[IngestWarning]]:
    """Read near-miss labels as the speaker they were meant to be; one warning per corrected label.

    Speakers named in ``keep`` (given as interviewer or candidate) are taken as written.
    """
    counts = Counter(t.speaker for t in turns)
    fixes: dict[str, str] = {}
    keep = set(keep)
    for speaker, n in counts.items():
        if speaker in keep:
            continue
        target = near_miss(speaker, ROLE_LABELS)
        if target is not None:  # the transcript's own spelling of the role, if it uses one ("INTERVIEWER")
            target = next((s for s in counts if s.casefold() == target.casefold()), target)
        elif n <= MAX_VARIANT_TURNS:
            target = near_miss(speaker, [s for s, m in counts.items() if m >= MIN_TARGET_RATIO * n])
        if target is not None:
            fixes[speaker] = target
    if not fixes:
        return turns, []
    for speaker, target in fixes.items():  # a near-miss of a near-miss ends at the real label
        while target in fixes and fixes[target] != speaker:
            target = fixes[target]
        fixes[speaker] = target
    warnings = []
    for speaker, target in fixes.items():
        first = next(t for t in turns if t.speaker == speaker)
        warnings.append(IngestWarning(
            transcript_id=transcript_id, kind="speaker_label_corrected", line=first.line,
            message=f"read speaker label {speaker!r} as {target!r} ({_turns(counts[speaker])}"
                    f"{_at(first)}; within {MAX_EDITS} edits)"))
    return [t.model_copy(update={"speaker": fixes[t.speaker]}) if t.speaker in fixes else t
            for t in turns], warnings


def role_warnings(turns: list[Turn], interviewers: list[str], candidate: str, transcript_id: str,
                  is_question: Callable[[Turn], bool]) -> list[IngestWarning]:
    """Warnings about who was read as whom: a third speaker, a label that is neither a name nor
    a role, and a candidate side that mostly asks (or an interviewer side that hardly does)."""
    by_speaker: dict[str, list[Turn]] = {}
    for turn in turns:
        by_speaker.setdefault(turn.speaker, []).append(turn)
    role = {s: "candidate" if s == candidate else "interviewer" if s in interviewers else "neither"
            for s in by_speaker}
    described = {"candidate": "the candidate", "interviewer": "an interviewer",
                 "neither": "neither interviewer nor candidate (its turns are left out)"}
    warnings: list[IngestWarning] = []

    def warn(kind: str, speaker: str, message: str) -> None:
        first = by_speaker[speaker][0]
        warnings.append(IngestWarning(transcript_id=transcript_id, kind=kind, line=first.line,  # type: ignore[arg-type]
                                      message=message + _at(first)))

    for speaker in by_speaker:
        if _PLACEHOLDER.fullmatch(speaker.strip()) or (not is_role_label(speaker) and re.search(r"[\d_]", speaker)):
            warn("unexpected_label", speaker, f"unexpected speaker label {speaker!r}: neither a name nor a known "
                                              f"role; read as {described[role[speaker]]}")
    if len(by_speaker) > 2:
        main_interviewer = max((s for s in by_speaker if role[s] == "interviewer"),
                               key=lambda s: len(by_speaker[s]), default=None)
        for speaker, own in by_speaker.items():
            if speaker not in (candidate, main_interviewer):
                warn("extra_speaker", speaker, f"more than two speakers: {speaker!r} ({_turns(len(own))}) "
                                               f"read as {described[role[speaker]]}")
    own = by_speaker.get(candidate, [])
    asked = [t for s in interviewers for t in by_speaker.get(s, [])]
    candidate_asks = sum(t.text.rstrip().endswith("?") for t in own)
    interviewer_asks = sum(is_question(t) for t in asked)
    if len(own) >= MIN_TURNS_FOR_ROLES and candidate_asks > QUESTION_SHARE_DOUBTFUL * len(own):
        warn("roles_uncertain", candidate, f"roles may be swapped: {candidate!r}, read as the candidate, asks "
                                           f"questions in {candidate_asks} of {len(own)} turns")
    elif len(asked) >= MIN_TURNS_FOR_ROLES and interviewer_asks < INTERVIEWER_ASKS_MIN * len(asked):
        warn("roles_uncertain", candidate, f"roles may be wrong: the interviewer side "
                                           f"({', '.join(repr(s) for s in interviewers)}) asks in only "
                                           f"{interviewer_asks} of {len(asked)} turns; {candidate!r} read as "
                                           "the candidate")
    return warnings


def _turns(n: int) -> str:
    return f"{n} turn{'s' if n != 1 else ''}"


def _at(turn: Turn) -> str:
    """Where a speaker first appears, when the format has no line numbers (the line is stored apart)."""
    return "" if turn.line is not None else f"; first at turn {turn.index + 1}"
