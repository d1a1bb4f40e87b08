"""evaluator: score candidates' answers against rubrics, and measure how far to trust the scores.

Library first: the functions here are what the CLI calls (one answer on the spot:
:func:`evaluator.assess.assess`). They are imported on first use (PEP 562), so importing any
``evaluator.*`` module does not load scikit-learn, DuckDB and the OpenAI client for commands that
never need them (``evaluator assess --fast`` answers in under a second).
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

from .errors import EvaluatorError, InputError, RubricError, ScorerError, StoreError

if TYPE_CHECKING:
    from .export import write_export
    from .pipeline import IngestSummary, ScoreSummary, ingest_paths, score_answers
    from .store.pending import latest_run_id
    from .report import render_reports
    from .rubric import load_rubric
    from .store import connect

__version__ = "0.1.0"

_LAZY = {"write_export": ".export",
         "IngestSummary": ".pipeline", "ScoreSummary": ".pipeline", "ingest_paths": ".pipeline",
         "latest_run_id": ".store.pending", "score_answers": ".pipeline", "render_reports": ".report",
         "load_rubric": ".rubric", "connect": ".store"}

__all__ = ["EvaluatorError", "IngestSummary", "InputError", "RubricError", "ScoreSummary",
           "ScorerError", "StoreError", "connect", "ingest_paths", "latest_run_id", "load_rubric",
           "render_reports", "score_answers", "write_export"]


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'evaluator' has no attribute {name!r}")
    value = getattr(import_module(module, __name__), name)
    globals()[name] = value  # imported once
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LAZY))
