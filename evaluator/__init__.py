"""evaluator: score candidates' answers against rubrics, and measure how far to trust the scores.

Library first: the functions here are what the CLI calls.
"""

from .errors import EvaluatorError, InputError, RubricError, ScorerError, StoreError
from .export import write_export
from .pipeline import IngestSummary, ScoreSummary, ingest_paths, latest_run_id, score_answers
from .report import render_reports
from .rubric import load_rubric
from .store import connect

__version__ = "0.1.0"
__all__ = ["EvaluatorError", "IngestSummary", "InputError", "RubricError", "ScoreSummary", "ScorerError",
           "StoreError", "connect", "ingest_paths", "latest_run_id", "load_rubric", "render_reports",
           "score_answers", "write_export"]
