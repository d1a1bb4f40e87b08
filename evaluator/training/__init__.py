"""Training the classifier scorer from human labels: examples, fitting with grouped
cross-validation, the learned ``final`` (stack).

It sits beside :mod:`evaluator.calibrate`, above the scorers it measures (the keyword scorer's
verdicts on the training answers, the stack over scorer verdicts); what prediction needs stays
below, in :mod:`evaluator.classifier` and :mod:`evaluator.scorers`.

``train`` (scikit-learn, DuckDB) is imported on first use, so that reading training examples
(:mod:`.data`) does not import scikit-learn. It lives in the submodule ``fit`` (not ``train``: a
submodule named like the function would replace it as the package's attribute once imported).
What it returns, :class:`TrainedModel` with its :class:`TrainedItem` per item, is in
:mod:`.document`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .document import TrainedItem, TrainedModel

if TYPE_CHECKING:
    from .fit import train

__all__ = ["TrainedItem", "TrainedModel", "train"]


def __getattr__(name: str) -> Any:
    if name == "train":
        from importlib import import_module
        globals()["train"] = import_module(".fit", __name__).train
        return globals()[name]
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
