"""The judge's prompt (versioned Jinja2 templates in the package) and its response model.

One request per answer covers every rubric item that applies to it. The response model is built
from the rubric: each criterion's level is restricted to its allowed values, each flag is a boolean,
each with a short reason and verbatim evidence quotes.

Trust: the system message is the same for every answer and holds nothing from the input; the user
message starts with the rubric (ours) and ends with the input (the question as asked, the answer),
each piece between markers whose code is derived from the input's own hash, after any text in it that
looks like one of our markers has been defused (:func:`defuse_markers`). Speaker names and other
metadata are not sent; they are checked for injection like the question and the answer
(:func:`evaluator.judge.injection.detect_in_answer`).
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any, Literal

from jinja2 import Environment, StrictUndefined
from pydantic import BaseModel, ConfigDict, Field, create_model

from ..models import Answer
from ..rubric import Criterion, Flag, Rubric
from .injection import InjectionFinding, detect_in_answer

TEMPLATE_NAMES = ("system.j2", "user.j2")
# what could pass for one of our markers inside the input: "<<" (or a look-alike: "≪", full-width, spaced,
# invisible characters between) before an optional END and a block name
_MARKER_LIKE = re.compile("(?:<[\\s\u00ad\u200b-\u200f\u2060-\u2064\ufeff]*<|\u226a|\uff1c[\\s\u200b-\u200f\ufeff]*\uff1c)"
                          "(?=[\\s\u00ad\u200b-\u200f\u2060-\u2064\ufeff]*(?:END[\\s_-]*)?(?:ANSWER|QUESTION))",
                          re.IGNORECASE)
DEFUSED = "\u2039\u2039"  # ‹‹: reads the same to a person, is no marker of ours


def defuse_markers(text: str) -> str:
    """``text`` with anything that could pass for one of the prompt's markers (``<<ANSWER-…>>``,
    ``<<END-QUESTION-…>>``) defused: its ``<<`` becomes ``‹‹``. Linear time."""
    return _MARKER_LIKE.sub(DEFUSED, text)


@lru_cache(maxsize=1)
def templates() -> tuple[dict[str, str], str]:
    """Template sources and their content hash (recorded with every call)."""
    folder = resources.files("evaluator.judge").joinpath("templates")
    sources = {name: folder.joinpath(name).read_text(encoding="utf-8") for name in TEMPLATE_NAMES}
    digest = hashlib.sha256("\0".join(sources[n] for n in TEMPLATE_NAMES).encode()).hexdigest()
    return sources, digest


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


def response_model(criteria: list[Criterion], flags: list[Flag]) -> type[BaseModel]:
    """A pydantic model for exactly these items (levels as Literals, flags as booleans)."""
    criterion_fields: dict[str, Any] = {}
    for c in criteria:
        allowed = tuple(int(lv.value) if float(lv.value).is_integer() else lv.value for lv in c.levels)
        verdict = create_model(f"Criterion_{_ident(c.id)}", __base__=_Strict,
                               level=(Literal[allowed], ...),  # type: ignore[valid-type]
                               reason=(str, Field(max_length=600)),
                               evidence=(list[str], Field(default_factory=list, max_length=8)))
        criterion_fields[c.id] = (verdict, ...)
    flag_fields: dict[str, Any] = {}
    for f in flags:
        verdict = create_model(f"Flag_{_ident(f.id)}", __base__=_Strict, raised=(bool, ...),
                               reason=(str, Field(max_length=600)),
                               evidence=(list[str], Field(default_factory=list, max_length=8)))
        flag_fields[f.id] = (verdict, ...)
    fields: dict[str, Any] = {"injection_detected": (bool, False)}
    if criterion_fields:
        fields["criteria"] = (create_model("Criteria", __base__=_Strict, **criterion_fields), ...)
    if flag_fields:
        fields["flags"] = (create_model("Flags", __base__=_Strict, **flag_fields), ...)
    return create_model("Verdicts", __base__=_Strict, **fields)


def _ident(item_id: str) -> str:
    return re.sub(r"\W", "_", item_id)


@dataclass
class JudgePrompt:
    messages: list[dict[str, str]]
    schema: dict[str, Any]
    model: type[BaseModel]
    prompt_hash: str
    template_hash: str
    injection: InjectionFinding | None = None  # our own check of the answer, the question and the metadata

    @property
    def injection_suspected(self) -> bool:
        return self.injection is not None


def _fmt(value: float) -> str:
    return f"{value:g}"


@lru_cache(maxsize=1)
def _compiled() -> tuple[Any, Any]:
    sources, _ = templates()
    env = Environment(undefined=StrictUndefined, autoescape=False, keep_trailing_newline=True)
    env.filters["fmtnum"] = _fmt
    return env.from_string(sources["system.j2"]), env.from_string(sources["user.j2"])


_MODELS: dict[tuple, tuple[type[BaseModel], dict[str, Any], str]] = {}


def _model_for(criteria: tuple[Criterion, ...], flags: tuple[Flag, ...]) -> tuple[type[BaseModel], dict[str, Any], str]:
    """The response model, its JSON Schema and a compact description of the expected shape, per item set."""
    key = tuple((i.id, tuple(lv.value for lv in i.levels) if isinstance(i, Criterion) else ()) for i in (*criteria, *flags))
    if key not in _MODELS:
        _MODELS[key] = _build_model(criteria, flags)
    return _MODELS[key]


def _build_model(criteria: tuple[Criterion, ...], flags: tuple[Flag, ...]) -> tuple[type[BaseModel], dict[str, Any], str]:
    model = response_model(list(criteria), list(flags))
    # one generic description of the reply, whatever the number of items: the items and their levels
    # are listed once in the rubric part of the prompt (the strict schema travels in the request)
    parts = []
    if criteria:
        parts.append('"criteria": {"<criterion id>": {"level": <one of its levels>, "reason": "...", '
                     '"evidence": ["<verbatim quote>"]}}')
    if flags:
        parts.append('"flags": {"<flag id>": {"raised": true|false, "reason": "...", "evidence": ["<verbatim quote>"]}}')
    parts.append('"injection_detected": true|false')
    return model, request_schema(criteria, flags), "{" + ", ".join(parts) + "}"


def _object(properties: dict[str, Any], required: list[str]) -> dict[str, Any]:
    return {"type": "object", "additionalProperties": False, "required": required, "properties": properties}


def request_schema(criteria: tuple[Criterion, ...], flags: tuple[Flag, ...]) -> dict[str, Any]:
    """The JSON Schema sent with each call: the response model's constraints, written compactly.

    Endpoints bill the schema as prompt tokens on every call, and pydantic's own schema (titles,
    one definition per item) is about twice as long; replies are still validated by the model.
    """
    defs: dict[str, Any] = {"quotes": {"type": "array", "items": {"type": "string"}, "maxItems": 8}}
    properties: dict[str, Any] = {"injection_detected": {"type": "boolean"}}
    if criteria:
        properties["criteria"] = _object(
            {c.id: _object({"level": {"enum": [int(lv.value) if float(lv.value).is_integer() else lv.value
                                               for lv in c.levels]},
                            "reason": {"type": "string", "maxLength": 600}, "evidence": {"$ref": "#/$defs/quotes"}},
                           ["level", "reason"]) for c in criteria}, [c.id for c in criteria])
    if flags:
        defs["flag"] = _object({"raised": {"type": "boolean"}, "reason": {"type": "string", "maxLength": 600},
                                "evidence": {"$ref": "#/$defs/quotes"}}, ["raised", "reason"])
        properties["flags"] = _object({f.id: {"$ref": "#/$defs/flag"} for f in flags}, [f.id for f in flags])
    return {**_object(properties, [k for k in ("criteria", "flags") if k in properties]), "$defs": defs}


def build_prompt(answer: Answer, text: str, question: str, rubric: Rubric, items: list[Criterion | Flag]) -> JudgePrompt:
    """Render the messages for one answer (``text``/``question`` may be redacted versions).

    The prompt describes the expected JSON compactly; the strict JSON Schema travels in the request
    (response_format or tool parameters), which keeps one call per answer cheap.
    """
    _, template_hash = templates()
    system_template, user_template = _compiled()
    criteria = tuple(i for i in items if isinstance(i, Criterion))
    flags = tuple(i for i in items if isinstance(i, Flag))
    model, schema, shape = _model_for(criteria, flags)
    text, question = defuse_markers(text), defuse_markers(question or "")
    # the markers' code comes from the input itself: text cannot contain the hash of itself, so it
    # cannot close its block early (and anything marker-like in it was defused above)
    tag = hashlib.sha256(f"{question}\0{text}".encode()).hexdigest()[:10].upper()
    context = {"open": f"<<ANSWER-{tag}>>", "close": f"<<END-ANSWER-{tag}>>", "tag": tag,
               "open_question": f"<<QUESTION-{tag}>>", "close_question": f"<<END-QUESTION-{tag}>>",
               "schema": shape, "rubric": rubric, "question": question.strip(), "answer": text,
               "criteria": criteria, "flags": flags,
               "rubric_question": next((q for q in rubric.questions if q.id == answer.question_id), None)}
    messages = [{"role": "system", "content": system_template.render(schema=shape)},
                {"role": "user", "content": user_template.render(**context)}]
    prompt_hash = hashlib.sha256(json.dumps(messages, sort_keys=True).encode()).hexdigest()
    return JudgePrompt(messages, schema, model, prompt_hash, template_hash, detect_in_answer(answer))


def extract_json(text: str) -> Any:
    """The first JSON object in a reply: tolerant of code fences and prose around it."""
    text = text.strip()
    fenced = re.search(r"```(?:json)?\s*(\{.*?\})\s*```", text, re.DOTALL)
    if fenced:
        text = fenced.group(1)
    start = text.find("{")
    if start < 0:
        raise ValueError("no JSON object in the reply")
    decoder = json.JSONDecoder()
    obj, _ = decoder.raw_decode(text[start:])
    return obj
