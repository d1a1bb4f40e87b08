"""Fairness audit: counterfactual variants of each answer re-scored, length bias, selection rates."""

from .document import AuditResult
from .run import audit
from .variants import INVARIANT_KINDS, KINDS, make_variants

__all__ = ["INVARIANT_KINDS", "KINDS", "AuditResult", "audit", "make_variants"]
