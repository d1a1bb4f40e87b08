"""The LLM judge's command-line options, shared by ``run`` and ``score``."""

from __future__ import annotations

from typing import Any, Callable

import click

from ..judge.config import JudgeConfig, load_config

OPTIONS = [
    click.option("--model", default=None, help="Judge model [default: evaluator.toml [llm] model, else gpt-4o-mini]."),
    click.option("--judge", "judges", multiple=True, help="A judge model; repeat for several judges whose "
                 "verdicts are aggregated (each judge's verdicts are kept as scorer llm@MODEL)."),
    click.option("--base-url", default=None, help="OpenAI-compatible endpoint [default: $OPENAI_BASE_URL]. "
                 "The key comes from $OPENAI_API_KEY and is never stored."),
    click.option("--output-mode", type=click.Choice(["auto", "json_schema", "json_object", "tools", "text"]),
                 default=None, help="Structured-output mode [default: detected once per endpoint and remembered]."),
    click.option("--concurrency", type=click.IntRange(1, 512), default=None, help="Calls in flight at once [8]."),
    click.option("--rpm", "requests_per_minute", type=float, default=None, help="Request rate limit per minute."),
    click.option("--timeout", type=float, default=None, help="Seconds per call [60]."),
    click.option("--samples", type=click.IntRange(1, 20), default=None,
                 help="Self-consistency: ask k times and aggregate; agreement becomes the confidence [1]."),
    click.option("--no-cache", is_flag=True, default=None, help="Make fresh calls even when a reply is cached."),
    click.option("--max-cost", type=float, default=None, help="Stop before spending more than this many USD."),
    click.option("--redact", is_flag=True, default=None,
                 help="Replace e-mails, phones, URLs and the candidate's name before text leaves the machine."),
    click.option("--dry-run", is_flag=True, help="Print calls, tokens and cost the llm scorer would use; send nothing."),
    click.option("--config", "config_path", type=click.Path(dir_okay=False), default=None,
                 help="Project config file [default: ./evaluator.toml if present]."),
]


def llm_options(func: Callable) -> Callable:
    for option in reversed(OPTIONS):
        func = option(func)
    return func


def judge_config(kwargs: dict[str, Any]) -> JudgeConfig:
    """Build the judge configuration from the CLI keyword arguments (consumed from ``kwargs``)."""
    judges = kwargs.pop("judges", ())
    names = ("model", "base_url", "output_mode", "concurrency", "requests_per_minute", "timeout", "samples",
             "no_cache", "max_cost", "redact")
    overrides = {name: kwargs.pop(name, None) for name in names}
    overrides["judges"] = list(judges) or None
    return load_config(kwargs.pop("config_path", None), **overrides)
