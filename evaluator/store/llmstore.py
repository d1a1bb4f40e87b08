"""The ``llm_calls`` log (every attempt) and cache (the latest successful reply per call key)."""

from __future__ import annotations

import json
from typing import Any

import duckdb


def cached(conn: duckdb.DuckDBPyConnection, call_key: str) -> dict[str, Any] | None:
    row = conn.execute("SELECT parsed FROM llm_calls WHERE call_key = ? AND parsed IS NOT NULL "
                       "ORDER BY created_at DESC LIMIT 1", [call_key]).fetchone()
    return json.loads(row[0]) if row else None


def record_call(conn: duckdb.DuckDBPyConnection, *, call_key: str, attempt: int, request: dict, parsed: dict | None,
                **fields: Any) -> None:
    """Append one attempt (autocommitted: a crash keeps every call already paid for)."""
    count = conn.execute("SELECT count(*) FROM llm_calls WHERE call_key = ?", [call_key]).fetchone()[0]
    conn.execute(
        "INSERT INTO llm_calls (call_id, call_key, run_id, answer_id, endpoint, model, output_mode, template_hash, "
        "prompt_hash, sample_index, attempt, request, raw_response, parsed, input_tokens, output_tokens, latency_ms, "
        "cost_usd, error) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [f"{call_key[:24]}-{count + 1}", call_key, fields["run_id"], fields["answer_id"], fields["endpoint"],
         fields["model"], fields["output_mode"], fields["template_hash"], fields["prompt_hash"], fields["sample_index"],
         attempt, json.dumps(request), fields["raw_response"], json.dumps(parsed) if parsed is not None else None,
         fields["input_tokens"], fields["output_tokens"], fields["latency_ms"], fields["cost_usd"], fields["error"]])


def known_mode(conn: duckdb.DuckDBPyConnection, endpoint: str, model: str) -> str | None:
    row = conn.execute("SELECT output_mode FROM llm_endpoints WHERE endpoint = ? AND model = ?",
                       [endpoint, model]).fetchone()
    return row[0] if row else None


def remember_mode(conn: duckdb.DuckDBPyConnection, endpoint: str, model: str, mode: str) -> None:
    conn.execute("INSERT OR REPLACE INTO llm_endpoints (endpoint, model, output_mode) VALUES (?, ?, ?)",
                 [endpoint, model, mode])
