"""The saved classifier model: a joblib file with one fitted pipeline per item and its metadata.

joblib files are pickles, and unpickling a file can run any code it holds: they are loaded only
when the caller says the file is trusted (``trust=True``, ``--trust-model``; see :mod:`.pickled`).
Beside each ``.joblib``, :func:`save_model` writes an ``.npz`` with the same model as numpy arrays
and JSON (see :mod:`.portable`): ``load_model(..., backend="numpy")``, the default, predicts from
it without unpickling anything and without importing scikit-learn.

This module imports neither joblib nor scikit-learn until a function needs them.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..errors import ScorerError
from ..rubric import Criterion, LoadedRubric, Rubric
from . import pickled  # called as pickled.load_joblib: one loader to guard (or to stub in a test)
from .pickled import FORMAT


def item_signature(rubric: Rubric) -> dict[str, list[float]]:
    """What a model depends on: each item and its possible values."""
    signature = {c.id: [lv.value for lv in c.levels] for c in rubric.criteria}
    signature.update({f.id: [0.0, 1.0] for f in rubric.flags})
    return signature


def save_model(model: dict[str, Any], path: str | Path) -> Path:
    """Write the model to ``path`` (joblib) and its numpy form beside it (``.npz``); returns the
    ``.npz`` path. :class:`ScorerError` (nothing written) when a pipeline is not one training
    builds, so has no numpy form."""
    import joblib

    from ..tfidf import Unsupported
    from .portable import convert, portable_path, save_portable
    path = Path(path)
    if path.suffix == ".npz":
        raise ScorerError(f"{path}: give the model file a .joblib name; the .npz beside it is written too")
    try:
        portables = convert(model)  # before writing anything: never a .joblib without its .npz
    except Unsupported as exc:
        raise ScorerError(f"cannot save the classifier model: {exc}") from exc
    joblib.dump(model, path, compress=3)
    return save_portable(model, portable_path(path), source=path, portables=portables)


def load_model(path: str | Path, rubric: LoadedRubric | None = None, *, backend: str = "numpy",
               trust: bool = False) -> dict[str, Any]:
    """Load a model, checking it is ours and was trained for ``rubric`` (id, version, items).

    ``backend="numpy"`` (default): for prediction, numpy pipelines from the ``.npz`` beside the
    ``.joblib`` — data only, nothing unpickled. ``backend="sklearn"``: the pipelines as trained,
    from the ``.joblib``. Unpickling (the sklearn backend, converting a ``.joblib`` whose ``.npz``
    is missing or stale) needs ``trust=True``.
    """
    def check(model: Any) -> None:
        if not isinstance(model, dict) or model.get("format") != FORMAT:
            raise ScorerError(f"{path} is not an evaluator classifier model")
        if rubric is not None:
            _check_rubric(path, model, rubric.rubric)

    if backend == "numpy":
        from .portable import load_for_prediction
        return load_for_prediction(path, trust=trust, check=check)  # checked before anything is unpickled
    if backend != "sklearn":
        raise ScorerError(f"unknown classifier backend {backend!r}: numpy or sklearn")
    model = pickled.load_joblib(path, trust=trust)
    check(model)
    return model


def _check_rubric(path: str | Path, model: dict[str, Any], r: Rubric) -> None:
    """The model was trained for this rubric version, with the same items and levels."""
    if (model["rubric_id"], model["rubric_version"]) != (r.id, r.version):
        raise ScorerError(f"classifier model {path} was trained for rubric {model['rubric_id']} "
                          f"v{model['rubric_version']}, not {r.id} v{r.version}; retrain it")
    signature = item_signature(r)
    for item_id in model["items"]:
        if signature.get(item_id) != model["signature"].get(item_id):
            raise ScorerError(f"classifier model {path}: item {item_id!r} has different levels in this "
                              f"rubric version; retrain it")


def is_regression(item: Any) -> bool:
    """Interval scores with many levels are regressed; everything else is classified."""
    return isinstance(item, Criterion) and item.scale == "interval" and len(item.levels) > 6
