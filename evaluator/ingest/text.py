"""Plain-text and Markdown transcripts: speaker-labelled turns."""

from __future__ import annotations

import re

from ..errors import InputError
from ..models import Turn
from ..speakers import ROLE_LABELS, near_miss

ROLE_WORDS = re.compile(
    r"^(interviewer|candidate|interviewee|applicant|recruiter|hiring manager|host|moderator|"
    r"speaker ?\d+|panel(ist)?( ?\d+)?|q|a|question|answer)$",
    re.IGNORECASE,
)
_TIMESTAMP = r"(?:\[?\(?\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d+)?\)?\]?\s*)?"
# **Jane Doe:** text   |   **Jane Doe**: text   |   - **Interviewer:** text
_MD_LABEL = re.compile(
    rf"^\s*(?:[-*>]\s+)?{_TIMESTAMP}\*\*(?P<name>[^*\n:]{{1,60}}?)\s*(?::\s*\*\*|\*\*\s*:)\s*(?P<text>.*)$"
)
# Jane Doe: text  |  [00:01:02] Interviewer: text  (1-4 title-case words or a role word)
_TXT_LABEL = re.compile(
    rf"^\s*{_TIMESTAMP}(?P<name>(?:[A-Z][\w'\-.]*|Dr\.|de|van|von|da|al)(?: (?:[A-Z][\w'\-.]*|de|van|von|da|al|\d+)){{0,3}})"
    r"\s*(?:\([^)]{0,30}\))?\s*:\s*(?P<text>.*)$"
)


def _label(line: str, markdown: bool) -> tuple[str, str] | None:
    match = _MD_LABEL.match(line) if markdown else None
    if match is None:
        match = _TXT_LABEL.match(line)
    if match is None:
        return None
    return match.group("name").strip(), match.group("text").strip()


def parse_labelled_text(text: str, path: str, *, markdown: bool = False) -> list[Turn]:
    """Parse ``Speaker: text`` turns; unlabelled lines continue the previous turn.

    Markdown headings and text before the first label are ignored. A label used only once,
    when two or more other speakers each have several turns, is read as ordinary text
    ("Step one: …"), not as a new speaker, unless it is a near-miss of a role or of another
    speaker ("Intervewer"), which segmentation resolves.
    """
    raw: list[tuple[str, list[str], int]] = []  # (speaker, lines, line number)
    for number, line in enumerate(text.split("\n"), start=1):
        if markdown and re.match(r"^\s*(#{1,6}\s|---\s*$|```)", line):
            continue
        labelled = _label(line, markdown)
        if labelled is not None:
            raw.append((labelled[0], [labelled[1]], number))
        elif raw:
            raw[-1][1].append(line)
    if not raw:
        raise InputError("no speaker labels found; expected turns like 'Interviewer: …' or "
                         "'**Candidate:** …'", path=path, line=1)
    counts: dict[str, int] = {}
    for speaker, _, _ in raw:
        counts[speaker] = counts.get(speaker, 0) + 1
    regulars = [s for s, n in counts.items() if n >= 2 or ROLE_WORDS.match(s)]
    merged: list[tuple[str, list[str], int]] = []
    for speaker, lines, number in raw:
        is_stray = (counts[speaker] == 1 and not ROLE_WORDS.match(speaker) and len(regulars) >= 2
                    # a misspelt label ("Intervewer") is a speaker: segmentation reads it as the one meant
                    and near_miss(speaker, (*ROLE_LABELS, *regulars)) is None)
        if is_stray and merged:
            merged[-1][1].append(f"{speaker}: {lines[0]}")
            merged[-1][1].extend(lines[1:])
        else:
            merged.append((speaker, list(lines), number))
    turns: list[Turn] = []
    for speaker, lines, number in merged:
        body = _join_lines(lines, markdown)
        if not body:
            continue
        if turns and turns[-1].speaker == speaker:
            turns[-1] = turns[-1].model_copy(update={"text": turns[-1].text + "\n\n" + body})
            continue
        turns.append(Turn(index=len(turns), speaker=speaker, text=body, line=number))
    if not turns:
        raise InputError("speaker labels found but every turn is empty", path=path)
    return turns


def _join_lines(lines: list[str], markdown: bool) -> str:
    paragraphs: list[str] = []
    current: list[str] = []
    for line in lines:
        stripped = line.strip()
        if markdown:
            stripped = re.sub(r"^_(.*)_$", r"\1", stripped)
        if not stripped:
            if current:
                paragraphs.append(" ".join(current))
                current = []
        else:
            current.append(stripped)
    if current:
        paragraphs.append(" ".join(current))
    return "\n\n".join(paragraphs).strip()
