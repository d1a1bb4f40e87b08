"""The saved classifier model: a joblib file with one fitted pipeline per item and its metadata.

joblib files are pickles: load only models you trust (ours, or ones you trained).
"""

from __future__ import annotations

import platform
from pathlib import Path
from typing import Any

import joblib
import numpy
import sklearn

from ..errors import ScorerError
from ..rubric import Criterion, LoadedRubric, Rubric

FORMAT = "evaluator-classifier/1"


def item_signature(rubric: Rubric) -> dict[str, list[float]]:
    """What a model depends on: each item and its possible values."""
    signature = {c.id: [lv.value for lv in c.levels] for c in rubric.criteria}
    signature.update({f.id: [0.0, 1.0] for f in rubric.flags})
    return signature


def library_versions() -> dict[str, str]:
    from .. import __version__
    return {"python": platform.python_version(), "scikit-learn": sklearn.__version__,
            "numpy": numpy.__version__, "evaluator": __version__}


def save_model(model: dict[str, Any], path: str | Path) -> None:
    joblib.dump(model, path, compress=3)


def load_model(path: str | Path, rubric: LoadedRubric | None = None) -> dict[str, Any]:
    """Load a model, checking it is ours and was trained for ``rubric`` (id, version, items)."""
    try:
        model = joblib.load(path)
    except FileNotFoundError as exc:
        raise ScorerError(f"no classifier model at {path}; train one with 'evaluator train'") from exc
    except Exception as exc:  # a corrupt or foreign pickle
        raise ScorerError(f"cannot load classifier model {path}: {type(exc).__name__}: {exc}") from exc
    if not isinstance(model, dict) or model.get("format") != FORMAT:
        raise ScorerError(f"{path} is not an evaluator classifier model")
    if rubric is not None:
        r = rubric.rubric
        if (model["rubric_id"], model["rubric_version"]) != (r.id, r.version):
            raise ScorerError(f"classifier model {path} was trained for rubric {model['rubric_id']} "
                              f"v{model['rubric_version']}, not {r.id} v{r.version}; retrain it")
        signature = item_signature(r)
        for item_id in model["items"]:
            if signature.get(item_id) != model["signature"].get(item_id):
                raise ScorerError(f"classifier model {path}: item {item_id!r} has different levels in this "
                                  f"rubric version; retrain it")
    return model


def snap(value: float, levels: list[float]) -> float:
    """The level nearest to a regression output."""
    return min(levels, key=lambda lv: (abs(lv - value), lv))


def is_regression(item: Any) -> bool:
    """Interval scores with many levels are regressed; everything else is classified."""
    return isinstance(item, Criterion) and item.scale == "interval" and len(item.levels) > 6
