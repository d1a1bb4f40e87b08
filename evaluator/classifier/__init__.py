"""The learned scorer: features, training with grouped cross-validation, the saved model."""

from .model import load_model, save_model
from .train import ItemReport, train

__all__ = ["ItemReport", "load_model", "save_model", "train"]
