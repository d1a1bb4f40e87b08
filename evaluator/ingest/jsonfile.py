"""JSON transcripts: ``{"turns": [{"speaker", "text", "start"?}]}`` (or a bare list of turns)."""

from __future__ import annotations

import json
import re
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from ..errors import InputError
from ..models import Turn


class JsonTurn(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    speaker: str = Field(min_length=1)
    text: str
    start: float | None = None
    end: float | None = None
    role: str | None = None


class JsonTranscript(BaseModel):
    model_config = ConfigDict(extra="forbid")

    transcript_id: str | None = Field(default=None, min_length=1)
    candidate_id: str | None = Field(default=None, min_length=1)
    interviewer: str | None = None
    candidate: str | None = None
    metadata: dict[str, Any] = Field(default_factory=dict)
    turns: list[JsonTurn] = Field(min_length=1)


def _loc(loc: tuple[Any, ...]) -> str:
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


_SPEAKER_KEY = re.compile(r'(?<!\\)"speaker"\s*:')


def _speaker_lines(text: str, count: int) -> list[int | None]:
    """The line of each turn's ``"speaker"`` key (json.loads keeps no positions), for warnings
    that name a line; all None unless there is exactly one such key per turn (inside a JSON
    string a quote is escaped, so only keys match)."""
    found: list[int | None] = []
    line, position = 1, 0
    for match in _SPEAKER_KEY.finditer(text):
        line += text.count("\n", position, match.start())  # counted piecewise: linear in the file
        position = match.start()
        found.append(line)
    return found if len(found) == count else [None] * count


def parse_json_transcript(text: str, path: str) -> tuple[JsonTranscript, list[Turn]]:
    """Parse and validate a JSON transcript; errors name the JSON path and what was expected."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(f"malformed JSON: {exc.msg} (column {exc.colno})", path=path,
                         line=exc.lineno) from exc
    except RecursionError as exc:
        raise InputError("JSON is nested too deeply", path=path) from exc
    except ValueError as exc:  # e.g. an integer longer than Python's digit limit
        raise InputError(f"malformed JSON: {str(exc).split(':')[0]}", path=path) from exc
    if isinstance(data, list):
        data = {"turns": data}
    if not isinstance(data, dict):
        raise InputError("expected a JSON object with a 'turns' list", path=path, line=1)
    try:
        doc = JsonTranscript.model_validate(data)
    except ValidationError as exc:
        err = exc.errors()[0]
        more = f" (and {len(exc.errors()) - 1} more)" if len(exc.errors()) > 1 else ""
        raise InputError(f"{_loc(err['loc']) or 'document'}: {err['msg']}{more}; expected "
                         "{\"turns\": [{\"speaker\": …, \"text\": …, \"start\"?: …}]}",
                         path=path) from exc
    turns: list[Turn] = []
    lines = _speaker_lines(text, len(doc.turns))
    for turn, line in zip(doc.turns, lines):
        if not turn.text:
            continue
        if turns and turns[-1].speaker == turn.speaker:
            turns[-1] = turns[-1].model_copy(update={"text": turns[-1].text + "\n\n" + turn.text})
            continue
        role = turn.role.lower() if turn.role and turn.role.lower() in ("interviewer", "candidate") else "unknown"
        turns.append(Turn(index=len(turns), speaker=turn.speaker, text=turn.text,
                          start=turn.start, role=role, line=line))  # type: ignore[arg-type]
    if not turns:
        raise InputError("every turn is empty", path=path)
    return doc, turns
