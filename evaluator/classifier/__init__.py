"""The learned scorer's model, for prediction: the saved model, its numpy copy, the features.

Training (scikit-learn fitting, cross-validation, the learned ``final``) lives in
:mod:`evaluator.training`, above the scorers it measures; this package only loads, converts and
applies what training saved. The feature transformers (:mod:`.features`, :mod:`.per_question`)
stay here: saved ``.joblib`` models name their classes by these module paths.
"""

from __future__ import annotations

from .model import load_model, save_model

__all__ = ["load_model", "save_model"]
