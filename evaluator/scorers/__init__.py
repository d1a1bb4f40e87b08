"""Scorers: a registry of classes sharing one interface, plus the final-verdict combiner."""

from . import classifier, keyword  # noqa: F401  (register "classifier", "keyword")
from .base import Scorer, available_scorers, make_scorer, register, unscored
from .combine import FINAL, combine

__all__ = ["FINAL", "Scorer", "available_scorers", "combine", "make_scorer", "register", "unscored"]
