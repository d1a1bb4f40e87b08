"""Judge settings: command-line options over an optional ``evaluator.toml`` over defaults."""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

from ..errors import ScorerError

OUTPUT_MODES = ("json_schema", "json_object", "tools", "text")
# USD per million tokens (input, output); extend or override in evaluator.toml [llm.prices]
DEFAULT_PRICES: dict[str, tuple[float, float]] = {
    "gpt-4o": (2.50, 10.00), "gpt-4o-mini": (0.15, 0.60), "gpt-4.1": (2.00, 8.00), "gpt-4.1-mini": (0.40, 1.60),
    "claude-3-5-sonnet": (3.00, 15.00), "claude-3-5-haiku": (0.80, 4.00),
}


@dataclass
class JudgeConfig:
    """Everything that decides how the judge calls the endpoint (the API key is never stored)."""

    model: str = "gpt-4o-mini"
    judges: list[str] = field(default_factory=list)  # several judge models (same endpoint); overrides model
    base_url: str | None = None
    output_mode: str = "auto"
    concurrency: int = 8
    timeout: float = 60.0
    max_attempts: int = 4
    backoff_base: float = 0.5
    backoff_max: float = 20.0
    circuit_threshold: int = 5
    temperature: float = 0.0
    samples: int = 1
    max_tokens: int = 1024
    max_cost: float | None = None
    no_cache: bool = False
    redact: bool = False
    requests_per_minute: float | None = None
    prices: dict[str, tuple[float, float]] = field(default_factory=lambda: dict(DEFAULT_PRICES))

    @property
    def models(self) -> list[str]:
        """The judge models to ask: every --judge, else the one model."""
        return list(dict.fromkeys(self.judges)) or [self.model]

    @property
    def endpoint(self) -> str:
        return (self.base_url or os.environ.get("OPENAI_BASE_URL") or "https://api.openai.com/v1").rstrip("/")

    def price(self, model: str) -> tuple[float, float] | None:
        if model in self.prices:
            return self.prices[model]
        matches = [m for m in self.prices if model.startswith(m)]
        return self.prices[max(matches, key=len)] if matches else None

    def parameters(self) -> dict[str, Any]:
        """What changes a reply (part of the cache key)."""
        return {"temperature": self.effective_temperature, "max_tokens": self.max_tokens}

    @property
    def effective_temperature(self) -> float:
        # self-consistency needs varied samples
        return self.temperature if self.samples == 1 or self.temperature > 0 else 0.7


def load_config(path: str | Path | None = None, **overrides: Any) -> JudgeConfig:
    """Defaults ← ``[llm]`` of evaluator.toml (if present) ← non-None overrides."""
    values: dict[str, Any] = {}
    config_path = Path(path) if path else Path("evaluator.toml")
    if config_path.exists():
        try:
            data = tomllib.loads(config_path.read_text(encoding="utf-8")).get("llm", {})
        except tomllib.TOMLDecodeError as exc:
            raise ScorerError(f"{config_path}: invalid TOML: {exc}") from exc
        known = {f.name for f in fields(JudgeConfig)}
        unknown = set(data) - known
        if unknown:
            raise ScorerError(f"{config_path}: unknown [llm] keys {sorted(unknown)}; known: {sorted(known)}")
        if "api_key" in data:
            raise ScorerError(f"{config_path}: do not store api_key; set OPENAI_API_KEY instead")
        values.update(data)
        if "prices" in data:
            values["prices"] = {**DEFAULT_PRICES, **{k: tuple(v) for k, v in data["prices"].items()}}
    values.update({k: v for k, v in overrides.items() if v is not None})
    config = JudgeConfig(**values)
    if config.output_mode not in ("auto", *OUTPUT_MODES):
        raise ScorerError(f"output mode {config.output_mode!r}: expected auto or one of {', '.join(OUTPUT_MODES)}")
    if config.concurrency < 1 or config.samples < 1:
        raise ScorerError("concurrency and samples must be at least 1")
    return config


def endpoint_configured(config: JudgeConfig | None = None) -> bool:
    """Whether the judge has somewhere to send calls: an API key, or an explicit endpoint (a local
    OpenAI-compatible server may need no key). Checked before any input is read."""
    return bool(os.environ.get("OPENAI_API_KEY") or os.environ.get("OPENAI_BASE_URL")
                or getattr(config, "base_url", None))
