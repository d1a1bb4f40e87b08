"""The ``llm_calls`` log (every attempt) and cache (the latest successful reply per call key)."""

from __future__ import annotations

import json
import uuid
from typing import Any

import duckdb

from .scrub import scrub, secret_values
from .writes import bulk_insert


COLUMNS = ["call_id", "call_key", "run_id", "answer_id", "endpoint", "model", "output_mode", "template_hash",
           "prompt_hash", "sample_index", "attempt", "request", "raw_response", "parsed", "input_tokens",
           "output_tokens", "latency_ms", "cost_usd", "error"]


def cached_many(conn: duckdb.DuckDBPyConnection, call_keys: list[str]) -> dict[str, dict[str, Any]]:
    """The latest successful reply for each of ``call_keys`` that has one (one query)."""
    if not call_keys:
        return {}
    rows = conn.execute("SELECT call_key, arg_max(parsed, created_at) FROM llm_calls WHERE parsed IS NOT NULL "
                        "AND call_key IN (SELECT unnest(?)) GROUP BY call_key", [list(set(call_keys))]).fetchall()
    return {key: json.loads(parsed) for key, parsed in rows}


def call_row(*, call_key: str, attempt: int, request: dict, parsed: dict | None, **fields: Any) -> list[Any]:
    """One attempt as a row of ``llm_calls``; a credential the endpoint quoted back is redacted."""
    secrets = secret_values()
    return [f"{call_key[:24]}-{uuid.uuid4().hex[:12]}", call_key, fields["run_id"], fields["answer_id"],
            fields["endpoint"], fields["model"], fields["output_mode"], fields["template_hash"], fields["prompt_hash"],
            fields["sample_index"], attempt, json.dumps(request), scrub(fields["raw_response"], secrets),
            scrub(json.dumps(parsed), secrets) if parsed is not None else None, fields["input_tokens"],
            fields["output_tokens"], fields["latency_ms"], fields["cost_usd"], scrub(fields["error"], secrets)]


def record_calls(conn: duckdb.DuckDBPyConnection, rows: list[list[Any]]) -> None:
    """Append attempts in one statement (autocommitted)."""
    bulk_insert(conn, "llm_calls", COLUMNS, rows)


def known_mode(conn: duckdb.DuckDBPyConnection, endpoint: str, model: str) -> str | None:
    row = conn.execute("SELECT output_mode FROM llm_endpoints WHERE endpoint = ? AND model = ?",
                       [endpoint, model]).fetchone()
    return row[0] if row else None


def remember_mode(conn: duckdb.DuckDBPyConnection, endpoint: str, model: str, mode: str) -> None:
    conn.execute("INSERT OR REPLACE INTO llm_endpoints (endpoint, model, output_mode) VALUES (?, ?, ?)",
                 [endpoint, model, mode])
