"""Load a rubric from YAML, safely, with errors that name the file, the path and the line."""

from __future__ import annotations

import difflib
import hashlib
import json
from pathlib import Path
from typing import Any, get_args

import yaml
from pydantic import BaseModel, ValidationError

from ..errors import RubricError
from ..fileio import read_bytes
from .schema import LocatedError, Rubric

MAX_RUBRIC_BYTES = 2_000_000
MAX_YAML_NODES = 200_000  # guards against alias ("billion laughs") expansion

PathKey = tuple[str | int, ...]


class LoadedRubric:
    """A validated rubric with the content hash that identifies its exact version."""

    def __init__(self, rubric: Rubric, content_hash: str, path: str | None) -> None:
        self.rubric = rubric
        self.content_hash = content_hash
        self.path = path

    def __repr__(self) -> str:
        return f"LoadedRubric({self.rubric.id!r} v{self.rubric.version}, {self.content_hash[:12]})"


def _to_python(node: yaml.Node, path: PathKey, lines: dict[PathKey, int], budget: list[int],
               loader: yaml.SafeLoader) -> Any:
    """Turn a composed YAML node into Python data, remembering each path's line."""
    line = node.start_mark.line + 1
    budget[0] -= 1
    if budget[0] < 0:
        raise RubricError(f"YAML document is too large (more than {MAX_YAML_NODES} nodes after aliases)",
                          line=line)
    lines[path] = line
    if isinstance(node, yaml.MappingNode):
        result: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            key_line = key_node.start_mark.line + 1
            if key_node.tag == "tag:yaml.org,2002:merge":
                raise RubricError("YAML merge keys ('<<') are not supported; write the keys out",
                                  line=key_line)
            if not isinstance(key_node, yaml.ScalarNode):
                # a list or mapping as a key is legal YAML but not hashable, and never a rubric key
                raise RubricError("mapping keys must be plain names, not lists or mappings", line=key_line)
            key = _scalar(key_node, loader)
            if key in result:
                raise RubricError(f"duplicate key {key!r}", line=key_line)
            result[key] = _to_python(value_node, (*path, key), lines, budget, loader)
        return result
    if isinstance(node, yaml.SequenceNode):
        return [_to_python(v, (*path, i), lines, budget, loader) for i, v in enumerate(node.value)]
    return _scalar(node, loader)


def _scalar(node: yaml.Node, loader: yaml.SafeLoader) -> Any:
    try:
        return loader.construct_object(node)
    except (yaml.YAMLError, ValueError) as exc:  # ValueError: e.g. an int over Python's digit limit
        problem = getattr(exc, "problem", None) or str(exc).split(": value has")[0]
        raise RubricError(f"invalid YAML value: {problem}", line=node.start_mark.line + 1) from exc


def _format_loc(loc: tuple[Any, ...]) -> str:
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "(top level)"


def _line_for(loc: tuple[Any, ...], lines: dict[PathKey, int]) -> int | None:
    keys = tuple(loc)
    while keys:
        if keys in lines:
            return lines[keys]
        keys = keys[:-1]
    return lines.get((), None)


def parse_rubric(text: str, source: str = "<rubric>") -> LoadedRubric:
    """Parse and validate rubric YAML text; raise :class:`RubricError` naming path and line.

    Only the first validation error is raised (with a count of the others); :func:`check_rubric`
    returns every one.
    """
    loaded, errors = _parse(text, source)
    if loaded is not None:
        return loaded
    first = errors[0]
    more = (f" (and {len(errors) - 1} more errors: 'evaluator rubric validate' lists them)"
            if len(errors) > 1 else "")
    raise RubricError(first.message + more, path=first.path, line=first.line) from first.__cause__


def check_rubric(path: str | Path) -> tuple[LoadedRubric | None, list[RubricError]]:
    """Validate the rubric at ``path``: ``(rubric, [])``, or ``(None, errors)`` with every schema
    error (a file that cannot be read or is not YAML has one)."""
    try:
        text = _read_text(Path(path))
    except RubricError as exc:
        return None, [exc]
    return _parse(text, str(path))


def _parse(text: str, source: str) -> tuple[LoadedRubric | None, list[RubricError]]:
    try:
        data, lines = _compose(text, source)
    except RubricError as exc:
        return None, [exc]
    try:
        rubric = Rubric.model_validate(data)
    except ValidationError as exc:
        errors = [_located(err, source, lines, exc) for err in exc.errors()]
        return None, sorted(errors, key=lambda e: e.line or 0)  # in file order (the sort is stable)
    canonical = json.dumps(rubric.model_dump(mode="json"), sort_keys=True)
    content_hash = hashlib.sha256(canonical.encode()).hexdigest()
    return LoadedRubric(rubric, content_hash, source), []


def _compose(text: str, source: str) -> tuple[dict[str, Any], dict[PathKey, int]]:
    """The YAML as Python data and the line of each path; raise :class:`RubricError`."""
    if len(text.encode("utf-8", "replace")) > MAX_RUBRIC_BYTES:
        raise RubricError(f"rubric is larger than {MAX_RUBRIC_BYTES} bytes", path=source)
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.reader.ReaderError as exc:  # a character YAML forbids, e.g. NUL
        code = exc.character if isinstance(exc.character, int) else ord(exc.character)
        raise RubricError(f"invalid YAML: {exc.reason} (character U+{code:04X})", path=source,
                          line=text.count("\n", 0, exc.position) + 1) from exc
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        problem = getattr(exc, "problem", None) or str(exc)
        raise RubricError(f"invalid YAML: {problem}", path=source,
                          line=mark.line + 1 if mark else None) from exc
    except RecursionError as exc:
        raise RubricError("YAML is nested too deeply", path=source) from exc
    if node is None:
        raise RubricError("rubric file is empty; expected a mapping with id, version, criteria…", path=source)
    lines: dict[PathKey, int] = {}
    try:
        data = _to_python(node, (), lines, [MAX_YAML_NODES], yaml.SafeLoader(""))
    except RubricError as exc:
        raise RubricError(exc.message, path=source, line=exc.line) from exc
    except RecursionError as exc:
        raise RubricError("YAML is nested too deeply", path=source) from exc
    if not isinstance(data, dict):
        raise RubricError("expected a mapping at the top level (id, version, criteria…)",
                          path=source, line=1)
    return data, lines


def _located(err: Any, source: str, lines: dict[PathKey, int], cause: ValidationError) -> RubricError:
    """One pydantic error as a :class:`RubricError` with the YAML path and line."""
    loc = tuple(p for p in err["loc"] if not (isinstance(p, str) and p.startswith(("function-", "literal["))))
    located = (err.get("ctx") or {}).get("error")
    message = err["msg"]
    if isinstance(located, LocatedError):
        loc, message = loc + located.loc, str(located)
    got = err.get("input")
    got_text = "" if isinstance(got, (dict, list)) or got is None else f" (got {got!r})"
    hint = _suggest_key(loc) if err["type"] == "extra_forbidden" else ""
    error = RubricError(f"{_format_loc(loc)}: {message}{got_text}{hint}", path=source, line=_line_for(loc, lines))
    error.__cause__ = cause
    return error


def _suggest_key(loc: tuple[Any, ...]) -> str:
    """'; did you mean 'weight'?' for a misspelt key: only a close match (difflib), and only among
    the keys allowed where it stands (a flag's keys for a key in a flag)."""
    model = _model_at(loc[:-1])
    key = loc[-1] if loc else None
    if model is None or not isinstance(key, str):
        return ""
    allowed = {name.lower(): name for name in model.model_fields}
    # 0.75: 'weigth', 'advise', 'min_concept' are typos of a real key; 'colour' or 'notes' are not
    close = difflib.get_close_matches(key.lower(), list(allowed), n=1, cutoff=0.75)
    return f"; did you mean {allowed[close[0]]!r}?" if close else ""


def _model_at(loc: tuple[Any, ...]) -> type[BaseModel] | None:
    """The rubric model that validates the mapping at ``loc`` (list indexes skipped)."""
    model: type[BaseModel] | None = Rubric
    for part in loc:
        if isinstance(part, int):
            continue
        field = model.model_fields.get(part) if model is not None else None
        if field is None:
            return None
        model = _inner_model(field.annotation)
    return model


def _inner_model(annotation: Any) -> type[BaseModel] | None:
    """The model inside ``list[Concept]``, ``LevelCondition | None``…, if any."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for arg in get_args(annotation):
        found = _inner_model(arg)
        if found is not None:
            return found
    return None


def load_rubric(path: str | Path) -> LoadedRubric:
    """Read and validate the rubric at ``path``."""
    return parse_rubric(_read_text(Path(path)), str(path))


def _read_text(path: Path) -> str:
    data = read_bytes(path, max_bytes=MAX_RUBRIC_BYTES, error=RubricError, expected="a YAML rubric file")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise RubricError(f"not UTF-8 text (invalid byte at {exc.start}); expected a YAML rubric file",
                          path=str(path), line=data[:exc.start].count(b"\n") + 1) from exc
