"""``--dry-run``: what a batch would cost before anything is sent."""

from __future__ import annotations

import json
from dataclasses import dataclass, replace

import duckdb

from ..match import QuestionMatcher
from ..models import Answer
from ..rubric import LoadedRubric
from ..store import llmstore
from .client import Job, Judge
from .config import JudgeConfig
from .prompt import JudgePrompt, build_prompt

OUTPUT_TOKENS_PER_ITEM = 70  # reason + quotes + JSON structure: a conservative allowance per item
CHARS_PER_TOKEN = 4
SCHEMA_MODES = ("json_schema", "json_object", "tools")  # modes that send the JSON Schema with the request


def input_tokens_of(prompt: JudgePrompt, mode: str) -> int:
    """Estimated input tokens of one call: the messages and, when the mode sends it, the JSON Schema
    (endpoints count the schema as prompt tokens)."""
    chars = sum(len(m["content"]) for m in prompt.messages)
    if mode in SCHEMA_MODES:
        chars += len(json.dumps(prompt.schema, separators=(",", ":")))
    return chars // CHARS_PER_TOKEN


@dataclass
class Estimate:
    answers: int
    calls: int
    cached_calls: int
    input_tokens: int
    output_tokens: int
    cost_usd: float | None


def estimate(conn: duckdb.DuckDBPyConnection, rubric: LoadedRubric, answers: list[Answer], config: JudgeConfig) -> Estimate:
    """Calls, tokens and cost of judging ``answers`` with every judge model (cached calls cost nothing)."""
    parts = [_estimate_one(conn, rubric, answers, replace(config, model=m, judges=[])) for m in config.models]
    costs = [p.cost_usd for p in parts]
    return Estimate(len(answers), sum(p.calls for p in parts), sum(p.cached_calls for p in parts),
                    sum(p.input_tokens for p in parts), sum(p.output_tokens for p in parts),
                    None if any(c is None for c in costs) else sum(costs))  # type: ignore[arg-type]


def _estimate_one(conn: duckdb.DuckDBPyConnection, rubric: LoadedRubric, answers: list[Answer],
                  config: JudgeConfig) -> Estimate:
    matcher = QuestionMatcher(rubric.rubric)
    judge = Judge(config, conn)
    mode = config.output_mode if config.output_mode != "auto" else (
        llmstore.known_mode(conn, config.endpoint, config.model) or "json_schema")
    calls = cached = input_tokens = output_tokens = 0
    planned = []
    for answer in answers:
        match = matcher.match(answer)
        answer = answer.model_copy(update={"question_id": match.question_id})
        items = rubric.rubric.items_for(match.question_id, small_talk=answer.is_small_talk and match.question_id is None)
        if not items:
            continue
        prompt = build_prompt(answer, answer.text, answer.question, rubric.rubric, items)
        planned += [(judge.call_key(Job(answer.answer_id, prompt, k), mode), prompt, len(items))
                    for k in range(config.samples)]
    done = set() if config.no_cache else set(llmstore.cached_many(conn, [key for key, _, _ in planned]))
    for key, prompt, n_items in planned:
        if key in done:
            cached += 1
            continue
        calls += 1
        input_tokens += input_tokens_of(prompt, mode)
        output_tokens += OUTPUT_TOKENS_PER_ITEM * n_items
    price = config.price(config.model)
    cost = None if price is None else (input_tokens * price[0] + output_tokens * price[1]) / 1e6
    return Estimate(len(answers), calls, cached, input_tokens, output_tokens, cost)
