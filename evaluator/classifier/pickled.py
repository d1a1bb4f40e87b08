"""The model as trained: a joblib file (a pickle) with one scikit-learn pipeline per item.

Its format tag and its guarded loader live here, apart from :mod:`.model` (which saves and loads
models) and :mod:`.portable` (which converts the pipelines to numpy), because both need them:
kept in either, the two modules would import each other.

Unpickling a file can run any code it holds: :func:`load_joblib` refuses unless the caller says the
file is trusted (``trust=True``, ``--trust-model``). This module imports joblib only when loading.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..errors import ScorerError

FORMAT = "evaluator-classifier/1"

UNTRUSTED = ("loading a .joblib file unpickles it, which can run any code it holds; predict from its "
             ".npz copy (data only), or pass --trust-model if you made the file yourself")


def load_joblib(path: str | Path, *, trust: bool = False) -> dict[str, Any]:
    """The model as saved, with its scikit-learn pipelines (imports scikit-learn). Refused unless
    ``trust``: a pickle can run code when loaded."""
    if not trust:
        if not Path(path).exists():
            raise ScorerError(f"no classifier model at {path}; train one with 'evaluator train'")
        raise ScorerError(f"{path}: {UNTRUSTED}")
    import joblib
    try:
        return joblib.load(path)
    except FileNotFoundError as exc:
        raise ScorerError(f"no classifier model at {path}; train one with 'evaluator train'") from exc
    except Exception as exc:  # a corrupt or foreign pickle
        raise ScorerError(f"cannot load classifier model {path}: {type(exc).__name__}: {exc}") from exc
