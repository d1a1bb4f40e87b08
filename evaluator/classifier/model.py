"""The saved classifier model: a joblib file with one fitted pipeline per item and its metadata.

joblib files are pickles: load only models you trust (ours, or ones you trained). Beside each
``.joblib``, :func:`save_model` writes an ``.npz`` with the same model as numpy arrays (see
:mod:`.portable`): ``load_model(..., backend="numpy")`` predicts from it without importing
scikit-learn, which is what ``evaluator assess`` does to answer in well under a second.

This module imports neither joblib nor scikit-learn until a function needs them.
"""

from __future__ import annotations

import platform
from pathlib import Path
from typing import Any

from ..errors import ScorerError
from ..rubric import Criterion, LoadedRubric, Rubric

FORMAT = "evaluator-classifier/1"


def item_signature(rubric: Rubric) -> dict[str, list[float]]:
    """What a model depends on: each item and its possible values."""
    signature = {c.id: [lv.value for lv in c.levels] for c in rubric.criteria}
    signature.update({f.id: [0.0, 1.0] for f in rubric.flags})
    return signature


def library_versions() -> dict[str, str]:
    import numpy
    import sklearn

    from .. import __version__
    return {"python": platform.python_version(), "scikit-learn": sklearn.__version__,
            "numpy": numpy.__version__, "evaluator": __version__}


def save_model(model: dict[str, Any], path: str | Path) -> dict[str, str]:
    """Write the model to ``path`` (joblib) and its numpy form beside it (``.npz``); returns the
    items whose pipeline could not be converted (item → reason), which predict with scikit-learn."""
    import joblib

    from .portable import portable_path, save_portable
    path = Path(path)
    if path.suffix == ".npz":
        raise ScorerError(f"{path}: give the model file a .joblib name; the .npz beside it is written too")
    joblib.dump(model, path, compress=3)
    return save_portable(model, portable_path(path), source=path)


def load_joblib(path: str | Path) -> dict[str, Any]:
    """The model as saved, with its scikit-learn pipelines (imports scikit-learn)."""
    import joblib
    try:
        return joblib.load(path)
    except FileNotFoundError as exc:
        raise ScorerError(f"no classifier model at {path}; train one with 'evaluator train'") from exc
    except Exception as exc:  # a corrupt or foreign pickle
        raise ScorerError(f"cannot load classifier model {path}: {type(exc).__name__}: {exc}") from exc


def load_model(path: str | Path, rubric: LoadedRubric | None = None, *, backend: str = "sklearn") -> dict[str, Any]:
    """Load a model, checking it is ours and was trained for ``rubric`` (id, version, items).

    ``backend="sklearn"``: the pipelines as trained (the ``.joblib``). ``backend="numpy"``: for
    prediction only, numpy pipelines from the ``.npz`` beside it (made from the ``.joblib`` if it
    is missing or stale), scikit-learn's only for items that could not be converted.
    """
    if backend == "numpy":
        from .portable import load_for_prediction
        model = load_for_prediction(path)
    elif backend == "sklearn":
        model = load_joblib(path)
    else:
        raise ScorerError(f"unknown classifier backend {backend!r}: numpy or sklearn")
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
