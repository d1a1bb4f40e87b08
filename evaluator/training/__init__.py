"""Training the classifier scorer from human labels: examples, fitting with grouped
cross-validation, the learned ``final`` (stack).

It sits beside :mod:`evaluator.calibrate`, above the scorers it measures (the keyword scorer's
verdicts on the training answers, the stack over scorer verdicts); what prediction needs stays
below, in :mod:`evaluator.classifier` and :mod:`evaluator.scorers`.

``train`` and ``ItemReport`` (scikit-learn, DuckDB) are imported on first use, so that reading
training examples (:mod:`.data`) does not import scikit-learn. They live in the submodule ``fit``
(not ``train``: a submodule named like the function would replace it as the package's attribute
once imported).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .fit import ItemReport, train

__all__ = ["ItemReport", "train"]


def __getattr__(name: str) -> Any:
    if name in ("ItemReport", "train"):
        from importlib import import_module
        module = import_module(".fit", __name__)
        globals().update(ItemReport=module.ItemReport, train=module.train)
        return globals()[name]
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
