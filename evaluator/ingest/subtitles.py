"""WebVTT and SRT transcripts: cues become speaker turns.

Speakers come from WebVTT voice tags (``<v Jane Doe>``) or ``Name:`` prefixes; a cue with
neither continues the previous speaker, so sentences split across cues merge into one turn.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass

import pysrt
import webvtt
import webvtt.errors

from ..errors import InputError
from ..models import Turn
from ..speakers import ROLE_LABELS, near_miss
from .text import ROLE_WORDS

_PREFIX = re.compile(r"^\s*(?:-\s*)?(?P<name>[A-Z][\w'.\-]*(?: [A-Z][\w'.\-]*){0,3}|[Ii]nterviewer|[Cc]andidate)\s*:\s+(?P<text>.*)$")
_TAG = re.compile(r"</?[a-z][^>]*>", re.IGNORECASE)
# Timing lines as webvtt-py and pysrt read them; a cue whose timing line they cannot read is
# dropped or misread silently, so such lines are refused up front (see _check_timings).
_VTT_TIME = r"(?:\d{1,10}:)?[0-5]?\d:[0-5]?\d\.\d{1,3}"  # webvtt-py drops cues with minutes > 59
_SRT_TIME = r"\d{1,10}:[0-5]?\d:[0-5]?\d[,.]\d{1,3}"
_VTT_TIMING = re.compile(rf"^\s*{_VTT_TIME}[ \t]*-->[ \t]*{_VTT_TIME}(?:[ \t].*)?$")
_SRT_TIMING = re.compile(rf"^\s*{_SRT_TIME}[ \t]*-->[ \t]*{_SRT_TIME}(?:[ \t].*)?$")


@dataclass
class Cue:
    start: float
    text: str
    voice: str | None
    line: int | None


def _stray_prefixes(cues: list[Cue]) -> set[str]:
    """``Name:`` prefixes to read as text, as the plain-text parser does: a label used once beside
    two or more regular speakers is a phrase ("Online: we log every call"), not a new speaker,
    unless it names a role or is a near-miss of one or of a regular speaker ("Intervewer")."""
    counts = Counter(m.group("name") for cue in cues if not cue.voice for line in cue.text.split("\n")
                     if (m := _PREFIX.match(line.strip())))
    regulars = [name for name, n in counts.items() if n >= 2 or ROLE_WORDS.match(name)]
    if len(regulars) < 2:
        return set()
    return {name for name, n in counts.items() if n == 1 and not ROLE_WORDS.match(name)
            and near_miss(name, (*ROLE_LABELS, *regulars)) is None}


def _turns_from_cues(cues: list[Cue], path: str) -> list[Turn]:
    turns: list[Turn] = []
    speaker: str | None = None
    labelled = False
    stray = _stray_prefixes(cues)
    for cue in cues:
        lines = [ln.strip() for ln in cue.text.split("\n") if ln.strip()]
        if cue.voice:
            speaker, labelled = cue.voice.strip(), True
        for offset, line in enumerate(lines):
            match = _PREFIX.match(line) if not cue.voice else None
            if match and match.group("name") not in stray:
                speaker, labelled, line = match.group("name"), True, match.group("text")
            line = _TAG.sub("", line).strip()
            if not line:
                continue
            name = speaker or "Unknown"
            if turns and turns[-1].speaker == name:
                turns[-1] = turns[-1].model_copy(update={"text": turns[-1].text + " " + line})
            else:
                turns.append(Turn(index=len(turns), speaker=name, text=line, start=cue.start,
                                  line=None if cue.line is None else cue.line + offset))
    if not labelled:
        raise InputError("no speaker labels in any cue; expected voice tags '<v Name>' or "
                         "'Name: ' prefixes", path=path)
    if not turns:
        raise InputError("every cue is empty (only tags or blank text)", path=path)
    return turns


def _timing_candidates(text: str) -> Iterator[tuple[int, str]]:
    """(line number, line) of each line that may be a cue's timing line: among the first two of a
    block that is not a NOTE, STYLE, REGION or header block."""
    position = 0  # line index within the current block
    skip_block = False
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            position = 0
            continue
        if position == 0:
            skip_block = line.startswith(("NOTE", "STYLE", "REGION", "WEBVTT"))
        if position < 2 and not skip_block:
            yield number, line
        position += 1


def _check_timings(text: str, path: str, timing: re.Pattern[str], kind: str, expected: str) -> None:
    """Refuse a cue whose timing line (a line with '-->' among a block's first two) is malformed.

    Overlapping cues and cues ending before they start are accepted (best effort): turns keep
    file order.
    """
    for number, line in _timing_candidates(text):
        if "-->" in line and not timing.match(line):
            raise InputError(f"malformed {kind} cue timing {line.strip()[:60]!r}; expected "
                             f"'{expected} --> {expected}'", path=path, line=number)


def _cue_text_lines(text: str, timing: re.Pattern[str], count: int) -> list[int | None]:
    """The line where each cue's text starts (the line after its timing line), for warnings that
    name a line; all None when the count differs from the parser's cues (never a wrong line)."""
    found = [number + 1 for number, line in _timing_candidates(text) if timing.match(line)]
    return found if len(found) == count else [None] * count


def parse_vtt(text: str, path: str) -> list[Turn]:
    """Parse a WebVTT file with webvtt-py."""
    if not text.lstrip().startswith("WEBVTT"):
        raise InputError("not a WebVTT file: the first line must be 'WEBVTT'", path=path, line=1)
    _check_timings(text, path, _VTT_TIMING, "WebVTT", "HH:MM:SS.mmm")
    try:
        captions = webvtt.from_string(text)
    except (webvtt.errors.MalformedFileError, webvtt.errors.MalformedCaptionError) as exc:
        raise InputError(f"malformed WebVTT: {exc or 'invalid cue'}", path=path) from exc
    except (ValueError, IndexError) as exc:
        raise InputError(f"malformed WebVTT: {exc}", path=path) from exc
    # start_in_seconds drops the milliseconds
    lines = _cue_text_lines(text, _VTT_TIMING, len(captions))
    cues = [Cue(c.start_time.in_milliseconds() / 1000.0, c.text, c.voice, line) for c, line in zip(captions, lines)]
    if not cues:
        raise InputError("WebVTT file has no cues", path=path)
    return _turns_from_cues(cues, path)


def parse_srt(text: str, path: str) -> list[Turn]:
    """Parse a SubRip file with pysrt (strict: a malformed cue is an error, not skipped)."""
    _check_timings(text, path, _SRT_TIMING, "SRT", "HH:MM:SS,mmm")
    try:
        items = pysrt.from_string(text, error_handling=pysrt.ERROR_RAISE)
    except pysrt.Error as exc:
        snippet = str(exc.args[1]).strip().split("\n")[0][:60] if len(exc.args) > 1 else ""
        line = _line_of(text, snippet) if snippet else None
        raise InputError(f"malformed SRT cue near {snippet!r}; expected 'N', "
                         "'HH:MM:SS,mmm --> HH:MM:SS,mmm' and text", path=path, line=line) from exc
    except (ValueError, IndexError) as exc:
        raise InputError(f"malformed SRT: {exc}", path=path) from exc
    lines = _cue_text_lines(text, _SRT_TIMING, len(items))
    cues = [Cue(item.start.ordinal / 1000.0, item.text, None, line) for item, line in zip(items, lines)]
    if not cues:
        raise InputError("SRT file has no cues; expected numbered cues with timestamps", path=path)
    return _turns_from_cues(cues, path)


def _line_of(text: str, snippet: str) -> int | None:
    index = text.find(snippet)
    return text.count("\n", 0, index) + 1 if index >= 0 else None
