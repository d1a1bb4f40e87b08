"""The learned scorer: features, training with grouped cross-validation, the saved model.

``train`` and ``ItemReport`` (scikit-learn, DuckDB) are imported on first use, so that loading a
model to predict with (``evaluator assess``) does not import them. (Once the submodule
``evaluator.classifier.train`` has been imported directly, the package attribute ``train`` is
that module: import the function from ``evaluator.classifier.train`` to be safe.)
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .model import load_model, save_model

if TYPE_CHECKING:
    from .train import ItemReport, train

__all__ = ["ItemReport", "load_model", "save_model", "train"]


def __getattr__(name: str) -> Any:
    if name in ("ItemReport", "train"):
        from importlib import import_module
        module = import_module(".train", __name__)  # binds the submodule as ``train``: rebind the function
        globals().update(ItemReport=module.ItemReport, train=module.train)
        return globals()[name]
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
