"""Scorers: a registry of classes sharing one interface, plus the final-verdict combiner."""

from . import classifier, keyword, llm  # noqa: F401  (register the built-in scorers)
from .base import Scorer, available_scorers, make_scorer, register, unscored
from .combine import FINAL, combine

__all__ = ["FINAL", "Scorer", "available_scorers", "combine", "make_scorer", "register", "unscored"]
