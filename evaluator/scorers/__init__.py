"""Scorers: a registry of classes sharing one interface, the final-verdict combiner and the panel
that runs them together."""

from . import classifier, keyword, llm  # noqa: F401  (register the built-in scorers)
from .base import Scorer, ScorerBase, available_scorers, build_scorer, make_scorer, register, unscored
from .combine import FINAL, combine
from .panel import CombineRule, PanelResult, ScorerPanel

__all__ = ["FINAL", "CombineRule", "PanelResult", "Scorer", "ScorerBase", "ScorerPanel", "available_scorers",
           "build_scorer", "combine", "make_scorer", "register", "unscored"]
