"""The learned scorer: features, training with grouped cross-validation, the saved model.

``train`` and ``ItemReport`` (scikit-learn, DuckDB) are imported on first use, so that loading a
model to predict with (``evaluator assess``) does not import them. They live in the submodule
``training`` (not ``train``: a submodule named like the function would replace it as the
package's attribute once imported).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .model import load_model, save_model

if TYPE_CHECKING:
    from .training import ItemReport, train

__all__ = ["ItemReport", "load_model", "save_model", "train"]


def __getattr__(name: str) -> Any:
    if name in ("ItemReport", "train"):
        from importlib import import_module
        module = import_module(".training", __name__)
        globals().update(ItemReport=module.ItemReport, train=module.train)
        return globals()[name]
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
