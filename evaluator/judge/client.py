"""Calling an OpenAI-compatible endpoint: output modes, retries, a circuit breaker, cache and log.

Every attempt is recorded in ``llm_calls`` (request, raw response, parsed verdict, tokens, latency,
cost, error); a successful call is reused from there when the same call is made again.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import hashlib
import json
import os
import random
import time
from dataclasses import dataclass
from typing import Any, Callable

import duckdb
import openai
from pydantic import ValidationError

from ..errors import ScorerError, ScorerStopped
from ..store import llmstore
from ..store.scrub import scrub
from .config import OUTPUT_MODES, JudgeConfig
from .prompt import JudgePrompt, extract_json

TOOL_NAME = "record_verdict"


class JudgeUnavailable(ScorerStopped):
    """The endpoint is down (circuit open) or the budget is spent: stop the run, resume later."""


class ModeRejected(Exception):
    """The endpoint refused this output mode (HTTP 400 about response_format/tools)."""


@dataclass
class Job:
    answer_id: str
    prompt: JudgePrompt
    sample_index: int = 0


@dataclass
class CallResult:
    job: Job
    parsed: dict[str, Any] | None
    error: str | None
    from_cache: bool = False
    cost_usd: float | None = None
    input_tokens: int = 0
    output_tokens: int = 0


@dataclass
class Stats:
    calls: int = 0
    cache_hits: int = 0
    errors: int = 0  # jobs that ended without a verdict (request refused, reply invalid after the repair)
    answered: int = 0  # jobs that got a valid reply from the endpoint (cache hits not included)
    retries: int = 0
    input_tokens: int = 0
    output_tokens: int = 0
    cost_usd: float = 0.0
    seconds: float = 0.0  # wall time spent calling (from the first request to the last reply)


class CircuitBreaker:
    """Opens after ``threshold`` consecutive failed attempts (across workers); a success closes it."""

    def __init__(self, threshold: int) -> None:
        self.threshold = threshold
        self.failures = 0

    @property
    def open(self) -> bool:
        return self.failures >= self.threshold

    def record(self, ok: bool) -> None:
        self.failures = 0 if ok else self.failures + 1


def _retry_after(exc: Exception) -> float | None:
    response = getattr(exc, "response", None)
    value = response.headers.get("retry-after") if response is not None else None
    try:
        return float(value) if value is not None else None
    except ValueError:
        return None


class Judge:
    """Sends judge prompts with bounded concurrency; records every attempt."""

    def __init__(self, config: JudgeConfig, conn: duckdb.DuckDBPyConnection, run_id: str | None = None,
                 on_progress: Callable[[Stats], None] | None = None) -> None:
        self.config = config
        self.conn = conn
        self.run_id = run_id
        self.stats = Stats()
        self.breaker = CircuitBreaker(config.circuit_threshold)
        self.on_progress = on_progress
        self.mode: str | None = None if config.output_mode == "auto" else config.output_mode
        self.stop_reason: str | None = None
        self._cache: dict[str, dict[str, Any]] = {}
        self._unwritten: list[list[Any]] = []
        self._last_flush = time.monotonic()
        self._flushing: asyncio.Task | None = None
        self._cursor: duckdb.DuckDBPyConnection | None = None

    # -- public --------------------------------------------------------------------------------
    def call_key(self, job: Job, mode: str) -> str:
        key = json.dumps([self.config.endpoint, self.config.model, mode, self.config.parameters(),
                          job.prompt.prompt_hash, job.sample_index], sort_keys=True)
        return hashlib.sha256(key.encode()).hexdigest()

    def run(self, jobs: list[Job]) -> list[CallResult | None]:
        """Judge every job; ``None`` for jobs not attempted because the run had to stop.

        Callable from plain code and from inside a running event loop (a notebook, a web app): there
        the calls run on their own loop in a worker thread.
        """
        try:
            asyncio.get_running_loop()
        except RuntimeError:
            return asyncio.run(self._run(jobs))
        with concurrent.futures.ThreadPoolExecutor(max_workers=1) as pool:
            return pool.submit(asyncio.run, self._run(jobs)).result()

    # -- internals -----------------------------------------------------------------------------
    async def _run(self, jobs: list[Job]) -> list[CallResult | None]:
        results: list[CallResult | None] = [None] * len(jobs)
        if not jobs:
            return results
        started = time.perf_counter()
        client = openai.AsyncOpenAI(base_url=self.config.endpoint, max_retries=0, timeout=self.config.timeout,
                                    api_key=os.environ.get("OPENAI_API_KEY") or "not-needed")
        try:
            if self.mode is None:
                self.mode = llmstore.known_mode(self.conn, self.config.endpoint, self.config.model)
            if not self.config.no_cache:  # one query for the whole batch instead of one per call
                modes = [self.mode] if self.mode else list(OUTPUT_MODES)
                self._cache = llmstore.cached_many(self.conn, [self.call_key(j, m) for j in jobs for m in modes])
            start = 0
            if self.mode is None:  # detect with the first job, then go concurrent
                results[0] = await self._detect(client, jobs[0])
                start = 1
            semaphore = asyncio.Semaphore(self.config.concurrency)
            pacing = asyncio.Lock()
            last_sent = [0.0]

            async def worker(index: int) -> None:
                async with semaphore:
                    if self.stop_reason is None:
                        if self.config.requests_per_minute:
                            async with pacing:  # spread request starts evenly
                                gap = 60.0 / self.config.requests_per_minute - (time.monotonic() - last_sent[0])
                                if gap > 0:
                                    await asyncio.sleep(gap)
                                last_sent[0] = time.monotonic()
                        results[index] = await self._call(client, jobs[index], self.mode or "text")

            await asyncio.gather(*(worker(i) for i in range(start, len(jobs))))
            self.stats.seconds += time.perf_counter() - started
        finally:
            if self._flushing is not None:
                await self._flushing
            self._flush()
            if self._cursor is not None:
                self._cursor.close()
                self._cursor = None
            await client.close()
        return results

    async def _detect(self, client: openai.AsyncOpenAI, job: Job) -> CallResult | None:
        for mode in OUTPUT_MODES:
            try:
                result = await self._call(client, job, mode, detecting=True)
            except ModeRejected:
                continue
            if result is not None and result.error is None:
                self.mode = mode
                llmstore.remember_mode(self.conn, self.config.endpoint, self.config.model, mode)
            else:
                self.mode = mode  # the endpoint answered in this mode; the failure is about the reply
            return result
        raise ScorerError(f"{self.config.endpoint} refused every output mode ({', '.join(OUTPUT_MODES)})")

    def _request(self, job: Job, mode: str, messages: list[dict[str, str]]) -> dict[str, Any]:
        """The request body, exactly as sent and logged."""
        request: dict[str, Any] = {"model": self.config.model, "messages": messages, **self.config.parameters()}
        schema = job.prompt.schema
        if mode == "json_schema":
            request["response_format"] = {"type": "json_schema",
                                          "json_schema": {"name": "verdicts", "schema": schema, "strict": False}}
        elif mode == "json_object":
            request["response_format"] = {"type": "json_object", "schema": schema}
        elif mode == "tools":
            request["tools"] = [{"type": "function", "function": {"name": TOOL_NAME, "parameters": schema,
                                                                  "description": "Record the verdicts."}}]
            request["tool_choice"] = {"type": "function", "function": {"name": TOOL_NAME}}
        return request

    def _cost(self, input_tokens: int, output_tokens: int) -> float | None:
        price = self.config.price(self.config.model)
        return None if price is None else (input_tokens * price[0] + output_tokens * price[1]) / 1e6

    async def _call(self, client: openai.AsyncOpenAI, job: Job, mode: str, detecting: bool = False) -> CallResult | None:
        key = self.call_key(job, mode)
        if not self.config.no_cache:
            cached = self._cache.get(key)
            if cached is not None:
                self.stats.cache_hits += 1
                self._progress()
                return CallResult(job, cached, None, from_cache=True)
        messages = list(job.prompt.messages)
        repaired = False
        last_error = "no attempt made"
        attempt = 0
        while attempt < self.config.max_attempts:
            if self.stop_reason:
                return None
            if self.config.max_cost is not None and self.stats.cost_usd >= self.config.max_cost:
                self.stop_reason = f"budget of ${self.config.max_cost:.4f} reached (spent ${self.stats.cost_usd:.4f})"
                return None
            attempt += 1
            request = self._request(job, mode, messages)
            started = time.perf_counter()
            try:
                # the request goes out as the JSON we built and logged: the typed ``chat.completions.create``
                # walks every message and schema node through its TypedDict transformer (~2 ms of CPU per
                # call, the bottleneck at high concurrency); ``post`` keeps the client's auth and errors
                response = await client.post("/chat/completions", body=request, cast_to=dict)
            except openai.BadRequestError as exc:
                self._record(job, key, mode, attempt, request, None, None, started, error=f"400: {exc.message}")
                if detecting and _mentions_mode(str(exc)):
                    raise ModeRejected(str(exc)) from exc
                return self._failed(job, f"request rejected (400): {exc.message}")
            except (openai.RateLimitError, openai.InternalServerError, openai.APIStatusError,
                    openai.APITimeoutError, openai.APIConnectionError) as exc:
                status = getattr(exc, "status_code", None)
                # scrubbed before it is cut: a key cut in half would no longer be recognised
                last_error = scrub(f"{status or type(exc).__name__}: {getattr(exc, 'message', str(exc))}")[:300]
                self._record(job, key, mode, attempt, request, None, None, started, error=last_error)
                if detecting and status is not None and _mentions_mode(str(exc)):
                    # some servers (llama-cpp-python) answer an unsupported response_format with 422/500
                    raise ModeRejected(str(exc)) from exc
                if status is not None and status < 500 and status not in (408, 409, 429):
                    return self._failed(job, f"request failed: {last_error}")
                self.breaker.record(False)
                if self.breaker.open:
                    self.stop_reason = self.stop_reason or (
                        f"{self.config.endpoint} failed {self.breaker.failures} attempts in a row (last: {last_error})")
                    return None
                self.stats.retries += 1
                wait = _retry_after(exc) if status in (429, 503) else None
                if wait is None:
                    wait = min(self.config.backoff_max, self.config.backoff_base * 2 ** (attempt - 1))
                    wait += random.uniform(0, wait / 4)  # jitter: retries from many workers do not align
                if attempt < self.config.max_attempts:
                    await asyncio.sleep(min(wait, self.config.backoff_max))
                continue
            raw, usage = self._content(response, mode), response.get("usage") or {}
            input_tokens = usage.get("prompt_tokens") or 0
            output_tokens = usage.get("completion_tokens") or 0
            try:
                parsed = job.prompt.model.model_validate(extract_json(raw)).model_dump()
            except (ValueError, ValidationError) as exc:
                problem = _short(exc)
                self._record(job, key, mode, attempt, request, raw, None, started, input_tokens, output_tokens,
                             error=f"invalid reply: {problem}")
                if not repaired:  # one repair attempt, with the validation error
                    repaired = True
                    attempt -= 1  # a repair is not a transport retry
                    messages = [*job.prompt.messages, {"role": "assistant", "content": raw[:4000]},
                                {"role": "user", "content": f"That reply is not valid for the schema: {problem}. "
                                                            "Reply again with only the corrected JSON object."}]
                    continue
                self.breaker.record(True)  # the endpoint works; the model's reply does not
                return self._failed(job, f"invalid reply after one repair attempt: {problem}", count_error=True)
            self._record(job, key, mode, attempt, request, raw, parsed, started, input_tokens, output_tokens)
            self.stats.answered += 1
            self.breaker.record(True)
            return CallResult(job, parsed, None, cost_usd=self._cost(input_tokens, output_tokens),
                              input_tokens=input_tokens, output_tokens=output_tokens)
        # transport failures are not the answer's fault: stop, so the answer stays pending for the next run
        self.stop_reason = self.stop_reason or (
            f"gave up on a call after {self.config.max_attempts} attempts (last: {last_error})")
        return None

    def _failed(self, job: Job, reason: str, count_error: bool = True) -> CallResult:
        if count_error:
            self.stats.errors += 1
        self._progress()
        return CallResult(job, None, reason)

    @staticmethod
    def _content(response: dict[str, Any], mode: str) -> str:
        """The reply text (or the forced tool call's arguments) from a chat completion's JSON."""
        try:
            message = response["choices"][0]["message"]
        except (KeyError, IndexError, TypeError):
            return ""
        if mode == "tools" and message.get("tool_calls"):
            return message["tool_calls"][0]["function"].get("arguments") or ""
        return message.get("content") or ""

    def _record(self, job: Job, key: str, mode: str, attempt: int, request: dict, raw: str | None,
                parsed: dict | None, started: float, input_tokens: int = 0, output_tokens: int = 0,
                error: str | None = None) -> None:
        cost = self._cost(input_tokens, output_tokens) if (input_tokens or output_tokens) else None
        self.stats.calls += 1
        self.stats.input_tokens += input_tokens
        self.stats.output_tokens += output_tokens
        self.stats.cost_usd += cost or 0.0
        self._unwritten.append(llmstore.call_row(
            call_key=key, run_id=self.run_id, answer_id=job.answer_id, endpoint=self.config.endpoint,
            model=self.config.model, output_mode=mode, template_hash=job.prompt.template_hash,
            prompt_hash=job.prompt.prompt_hash, sample_index=job.sample_index, attempt=attempt, request=request,
            raw_response=raw, parsed=parsed, input_tokens=input_tokens, output_tokens=output_tokens,
            latency_ms=(time.perf_counter() - started) * 1000, cost_usd=cost, error=error))
        # written in small batches on a worker thread: an insert costs milliseconds that would stall every
        # call in flight; a crash loses at most the last second's log rows (those replies are asked again)
        due = len(self._unwritten) >= 64 or time.monotonic() - self._last_flush > 1.0
        if due and (self._flushing is None or self._flushing.done()):
            rows, self._unwritten = self._unwritten, []
            self._last_flush = time.monotonic()
            self._flushing = asyncio.get_running_loop().create_task(
                asyncio.to_thread(llmstore.record_calls, self._writer, rows))
        self._progress()

    @property
    def _writer(self) -> duckdb.DuckDBPyConnection:
        """A cursor of our connection for the writer thread (a connection must not be shared across threads)."""
        if self._cursor is None:
            self._cursor = self.conn.cursor()
        return self._cursor

    def _flush(self) -> None:
        if self._unwritten:
            llmstore.record_calls(self.conn, self._unwritten)
            self._unwritten = []
        self._last_flush = time.monotonic()

    def _progress(self) -> None:
        if self.on_progress:
            self.on_progress(self.stats)


def _mentions_mode(message: str) -> bool:
    text = message.lower()
    return any(w in text for w in ("response_format", "json_schema", "tool", "not supported", "unsupported", "schema"))


def _short(exc: Exception) -> str:
    if isinstance(exc, ValidationError):
        err = exc.errors()[0]
        return f"{'.'.join(str(p) for p in err['loc'])}: {err['msg']} ({exc.error_count()} errors)"
    return scrub(str(exc))[:200]
