"""The classifier model without scikit-learn: numpy arrays in an ``.npz`` beside the ``.joblib``.

Training fits pipelines (``AnswerFeatures`` → ``LogisticRegression`` or ``Ridge``) whose TF-IDF
vectorizers are already our numpy :class:`~evaluator.tfidf.Tfidf`, and saves them with joblib.
Predicting needs only what those pipelines learnt — the two vectorizers' vocabularies, idf and
settings, and the linear model's coefficients, intercepts and classes — so :func:`save_portable`
writes them as plain arrays (``numpy.savez_compressed``, no pickles) with the model's metadata as
JSON, and :class:`PortablePipeline` computes the features with those very vectorizers and the
decision function and class probabilities with numpy, in scikit-learn's arithmetic order (the
tests hold the probabilities to scikit-learn's on every bundled answer).

A pipeline whose feature step is ``PerQuestionFeatures`` (``train --per-question``) is saved
too: its ``base`` answer features as above, and its per-question state (vectorizers, the training
answers' vectors and grades by question…) by :mod:`.portable_per_question`.

:func:`load_for_prediction` prefers the ``.npz``; it uses it only if it was made from the very
``.joblib`` beside it (its SHA-256 is recorded), and otherwise reads the ``.joblib`` (loading
scikit-learn, once) and writes a fresh ``.npz`` when it can. A ``.joblib`` trained before training
used the numpy TF-IDF (scikit-learn's vectorizers inside) has no ``.npz`` made from it now: it
predicts from the ``.npz`` saved with it, or with the scikit-learn backend; else retrain it.
"""

from __future__ import annotations

import hashlib
import json
import logging
import math
import os
import re
import zipfile
from pathlib import Path
from typing import Any, Callable, Sequence

import numpy as np

from ..errors import ScorerError
from ..tfidf import Rows, Tfidf, Unsupported
from . import pickled, portable_per_question
from .masking import mask_all
from .portable_per_question import PortablePerQuestion

FORMAT = "evaluator-classifier-portable/1"
# files with per-question items: older readers refuse them (they would build pipelines without those columns)
FORMAT_PER_QUESTION = "evaluator-classifier-portable/2"

log = logging.getLogger(__name__)

_TOKEN = re.compile(r"[a-z0-9]+")


# --------------------------------------------------------------------------------------------
# The answer features that are not TF-IDF (shared with features.AnswerFeatures, which trains)


def answer_tokens(text: str) -> set[str]:
    """Lowercase alphanumeric tokens, for the overlap with a reference answer."""
    return set(_TOKEN.findall(text.lower()))


def length_feature(text: str) -> float:
    """log(1 + words) / 6: scaled to roughly [0, 1] like the TF-IDF columns."""
    return math.log1p(len(text.split())) / 6.0


# --------------------------------------------------------------------------------------------
# Prediction with numpy


class PortablePipeline:
    """What a fitted ``Pipeline([("features", AnswerFeatures()), ("model", …)])`` computes, with
    numpy: ``decision_function``, ``predict`` and (classifiers) ``predict_proba`` and ``classes_``.
    Rows are dicts ``{"text", "question", "reference"}`` as for the scikit-learn pipeline. With
    ``per_question``, the feature step is ``PerQuestionFeatures(base=AnswerFeatures())``: its
    columns follow the answer features'."""

    backend = "numpy"

    def __init__(self, words: Tfidf, chars: Tfidf, has_reference: bool, kind: str, coef: np.ndarray,
                 intercept: np.ndarray, classes: np.ndarray | None = None, proba: str | None = None,
                 masked: bool = False, per_question: PortablePerQuestion | None = None) -> None:
        if kind not in ("logistic", "ridge"):
            raise Unsupported(f"estimator kind {kind!r}")
        if kind == "logistic" and proba not in ("binary", "softmax", "ovr"):
            raise Unsupported(f"probability mode {proba!r}")
        self.words, self.chars, self.has_reference = words, chars, bool(has_reference)
        self.kind, self.proba = kind, proba
        self.masked = bool(masked)  # identifiers masked before features, as AnswerFeatures(mask_identifiers=True)
        self.coef = np.asarray(coef, dtype=np.float64)
        self.intercept = np.asarray(intercept, dtype=np.float64)
        self._classes = None if classes is None else np.asarray(classes)
        self.per_question = per_question
        self.n_features = (len(words.vocabulary_) + len(chars.vocabulary_) + (4 if self.has_reference else 1)
                           + (per_question.n_columns if per_question is not None else 0))
        if self.coef.shape[-1] != self.n_features:
            raise Unsupported(f"{self.coef.shape[-1]} coefficients for {self.n_features} features")

    @property
    def classes_(self) -> np.ndarray:
        if self._classes is None:
            raise AttributeError("a regression pipeline has no classes_")
        return self._classes

    def features(self, rows: Sequence[dict]) -> Rows:
        """``AnswerFeatures.transform``: word TF-IDF | char TF-IDF | length [| similarities to the
        reference]; then, with ``per_question``, ``PerQuestionFeatures.transform``'s own columns."""
        texts = [r["text"] for r in rows]
        if self.masked:
            texts = mask_all(texts)
        words, chars = self.words.transform(texts), self.chars.transform(texts)
        dense = [[length_feature(t)] for t in texts]
        if self.has_reference:
            refs = [r.get("reference") or "" for r in rows]
            distinct = sorted(set(refs))
            index = {ref: i for i, ref in enumerate(distinct)}
            rows_of = [index[ref] for ref in refs]
            ref_words = self.words.transform(distinct).take(rows_of)
            ref_chars = self.chars.transform(distinct).take(rows_of)
            ref_tokens = [answer_tokens(ref) for ref in distinct]
            word_sim = words.rowwise_dot(ref_words)
            char_sim = chars.rowwise_dot(ref_chars)
            for i, text in enumerate(texts):
                wanted = ref_tokens[rows_of[i]]
                overlap = len(answer_tokens(text) & wanted) / len(wanted) if wanted else 0.0
                dense[i] += [word_sim[i], char_sim[i], overlap]
        dense_block = np.asarray(dense, dtype=np.float64).reshape(len(texts), 4 if self.has_reference else 1)
        blocks = [words, chars, Rows.from_dense(dense_block)]
        if self.per_question is not None:  # scipy.sparse.csr_matrix(dense) beside the base columns
            blocks.append(Rows.from_dense(self.per_question.dense(rows)))
        return Rows.hstack(blocks)

    def decision_function(self, rows: Sequence[dict]) -> np.ndarray:
        """``X @ coef.T + intercept`` (one column per class; one value per row for binary and ridge)."""
        X = self.features(rows)
        scores = X.dot(self.coef.T if self.coef.ndim == 2 else self.coef) + self.intercept
        return scores.reshape(-1) if scores.ndim > 1 and scores.shape[1] == 1 else scores

    def predict_proba(self, rows: Sequence[dict]) -> np.ndarray:
        """Class probabilities in ``classes_`` order (as ``LogisticRegression.predict_proba``)."""
        if self.kind != "logistic":
            raise AttributeError("a regression pipeline has no predict_proba")
        scores = self.decision_function(rows)
        if self.proba == "softmax":
            scores = scores.copy()
            scores -= scores.max(axis=1).reshape(-1, 1)
            np.exp(scores, out=scores)
            scores /= scores.sum(axis=1).reshape(-1, 1)
            return scores
        prob = 1.0 / (1.0 + np.exp(-scores))  # scipy.special.expit
        if prob.ndim == 1:
            return np.vstack([1 - prob, prob]).T
        total = prob.sum(axis=1)
        zero = total == 0
        if zero.any():
            prob[zero, :] = 1
            total[zero] = prob.shape[1]
        prob /= total.reshape(prob.shape[0], -1)
        return prob

    def predict(self, rows: Sequence[dict]) -> np.ndarray:
        scores = self.decision_function(rows)
        if self.kind == "ridge":
            return scores
        index = scores.argmax(axis=1) if scores.ndim == 2 else (scores > 0).astype(int)
        return self.classes_[index]


def _is(obj: Any, name: str, module: str) -> bool:
    kind = type(obj)
    return kind.__name__ == name and kind.__module__.startswith(module)


def from_pipeline(pipeline: Any) -> PortablePipeline:
    """The numpy pipeline of a pipeline training fitted: its own vectorizers (numpy already) and
    its linear model's coefficients. :class:`Unsupported`, with the reason, for anything else —
    among them models trained before training used :class:`~evaluator.tfidf.Tfidf`, whose
    vectorizers are scikit-learn's."""
    steps = getattr(pipeline, "steps", None)
    if not _is(pipeline, "Pipeline", "sklearn.") or not isinstance(steps, list) or len(steps) != 2:
        raise Unsupported(f"not a two-step scikit-learn Pipeline: {type(pipeline).__name__}")
    features, model = steps[0][1], steps[1][1]
    per_question = None
    if _is(features, "PerQuestionFeatures", "evaluator.classifier.per_question"):
        if not _is(features.base, "AnswerFeatures", "evaluator.classifier.features"):
            raise Unsupported(f"PerQuestionFeatures with base {type(features.base).__name__}")
        per_question = portable_per_question.from_features(features)
        features = features.base
    if not _is(features, "AnswerFeatures", "evaluator.classifier.features"):
        raise Unsupported(f"feature step {type(features).__name__}")
    words, chars = getattr(features, "words_", None), getattr(features, "chars_", None)
    foreign = [type(v).__name__ for v in (words, chars) if not isinstance(v, Tfidf)]
    if foreign:  # e.g. scikit-learn's TfidfVectorizer: a model trained by an older evaluator
        raise Unsupported(f"vectorizers of type {foreign[0]}, not evaluator.tfidf.Tfidf; retrain it")
    has_reference = bool(features.has_reference_)
    masked = bool(getattr(features, "mask_identifiers", False))
    coef, intercept = getattr(model, "coef_", None), getattr(model, "intercept_", None)
    if not isinstance(coef, np.ndarray) or coef.dtype != np.float64:
        raise Unsupported("coefficients that are not a float64 array (sparsified?)")
    intercept = np.atleast_1d(np.asarray(intercept, dtype=np.float64))
    if _is(model, "LogisticRegression", "sklearn.linear_model"):
        classes = np.asarray(model.classes_)
        if classes.dtype.kind not in "biuf":
            raise Unsupported(f"class labels of dtype {classes.dtype}")
        if len(classes) <= 2:
            proba = "binary"
        elif getattr(model, "multi_class", None) == "ovr" or getattr(model, "solver", None) == "liblinear":
            proba = "ovr"
        else:
            proba = "softmax"
        if coef.ndim != 2 or coef.shape[0] != (1 if len(classes) <= 2 else len(classes)):
            raise Unsupported(f"coefficients of shape {coef.shape} for {len(classes)} classes")
        return PortablePipeline(words, chars, has_reference, "logistic", coef, intercept, classes, proba, masked,
                                per_question)
    if _is(model, "Ridge", "sklearn.linear_model"):
        if coef.ndim != 1 or intercept.shape != (1,):
            raise Unsupported(f"a multi-output Ridge (coefficients of shape {coef.shape})")
        return PortablePipeline(words, chars, has_reference, "ridge", coef, intercept, masked=masked,
                                per_question=per_question)
    raise Unsupported(f"estimator {type(model).__module__}.{type(model).__name__}")


# --------------------------------------------------------------------------------------------
# The file


def portable_path(path: str | Path) -> Path:
    """The ``.npz`` beside a model file (``x.classifier.joblib`` → ``x.classifier.npz``)."""
    path = Path(path)
    return path if path.suffix == ".npz" else path.with_suffix(".npz")


def file_sha256(path: str | Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _json_default(obj: Any) -> Any:
    if hasattr(obj, "item"):  # numpy scalars
        return obj.item()
    if isinstance(obj, (set, tuple)):
        return list(obj)
    raise TypeError(f"{type(obj).__name__} is not JSON serialisable")


def _blob(value: Any) -> np.ndarray:
    return np.frombuffer(json.dumps(value, default=_json_default, ensure_ascii=False).encode("utf-8"), dtype=np.uint8)


def _unblob(array: np.ndarray) -> Any:
    return json.loads(array.tobytes().decode("utf-8"))


def convert(model: dict[str, Any]) -> dict[str, PortablePipeline]:
    """The numpy pipeline of each item of a trained model (item id → pipeline);
    :class:`Unsupported` naming the item whose pipeline is not one training builds."""
    portables = {}
    for item_id, entry in model["items"].items():
        try:
            portables[item_id] = from_pipeline(entry["pipeline"])
        except Unsupported as exc:
            raise Unsupported(f"item {item_id}: {exc}") from exc
    return portables


def export(model: dict[str, Any], portables: dict[str, PortablePipeline], source_sha256: str | None = None
           ) -> dict[str, np.ndarray]:
    """The arrays of the ``.npz`` for a trained model and its numpy pipelines (:func:`convert`)."""
    arrays: dict[str, np.ndarray] = {}
    vectorizers: dict[str, dict] = {}
    seen: dict[str, str] = {}  # content digest → key: items trained on the same answers share vectorizers
    pipelines: dict[str, dict] = {}

    def add_vectorizer(vec: Tfidf) -> str:
        settings, terms = vec.settings(), vec.terms()
        digest = hashlib.sha256(json.dumps([settings, terms]).encode()
                                + (vec.idf_.tobytes() if vec.idf_ is not None else b"")).hexdigest()
        if digest not in seen:
            key = seen[digest] = f"v{len(seen)}"
            vectorizers[key] = {"settings": settings, "n_terms": len(terms)}
            arrays[f"{key}.terms"] = _blob(terms)
            if vec.idf_ is not None:
                arrays[f"{key}.idf"] = vec.idf_
        return seen[digest]

    for n, item_id in enumerate(model["items"]):
        portable = portables[item_id]
        key = f"p{n}"
        pipelines[item_id] = {"key": key, "words": add_vectorizer(portable.words), "chars": add_vectorizer(portable.chars),
                              "has_reference": portable.has_reference, "kind": portable.kind, "proba": portable.proba,
                              "masked": portable.masked}
        arrays[f"{key}.coef"], arrays[f"{key}.intercept"] = portable.coef, portable.intercept
        if portable.kind == "logistic":
            arrays[f"{key}.classes"] = portable.classes_
        if portable.per_question is not None:
            pipelines[item_id]["per_question"], pq_arrays = portable_per_question.to_arrays(
                portable.per_question, f"{key}.pq", add_vectorizer)
            arrays.update(pq_arrays)
    metadata = {k: v for k, v in model.items() if k not in ("items", "prediction")}
    metadata["items"] = {item_id: {k: v for k, v in entry.items() if k != "pipeline"}
                         for item_id, entry in model["items"].items()}
    per_question = any("per_question" in p for p in pipelines.values())
    arrays["meta"] = _blob({"format": FORMAT_PER_QUESTION if per_question else FORMAT, "source_sha256": source_sha256,
                            "model": metadata, "vectorizers": vectorizers, "pipelines": pipelines})
    return arrays


def write(arrays: dict[str, np.ndarray], path: str | Path) -> Path:
    """Write the arrays to ``path`` atomically (a reader never sees half a file)."""
    path = Path(path)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        with open(tmp, "wb") as f:
            np.savez_compressed(f, **arrays)
        os.replace(tmp, path)
    finally:
        if tmp.exists():
            tmp.unlink()
    return path


def save_portable(model: dict[str, Any], path: str | Path, source: str | Path | None = None,
                  portables: dict[str, PortablePipeline] | None = None) -> Path:
    """Write the ``.npz`` for a trained model (``source``: the ``.joblib`` it was saved to, whose
    SHA-256 ties the two together; ``portables``: its numpy pipelines, if already converted)."""
    if portables is None:
        portables = convert(model)
    return write(export(model, portables, file_sha256(source) if source is not None else None), path)


def read(path: str | Path) -> tuple[dict[str, Any], dict[str, np.ndarray]]:
    """The metadata and arrays of a ``.npz`` model (no pickles are loaded)."""
    with np.load(path, allow_pickle=False) as npz:
        arrays = {name: npz[name] for name in npz.files}
    meta = _unblob(arrays.pop("meta"))
    if not isinstance(meta, dict) or meta.get("format") not in (FORMAT, FORMAT_PER_QUESTION):
        raise ValueError("not an evaluator portable classifier model")
    return meta, arrays


def build(meta: dict[str, Any], arrays: dict[str, np.ndarray]) -> dict[str, Any]:
    """The model dict (as the ``.joblib`` holds it, with numpy pipelines). ``ValueError`` for a file
    with items an older evaluator left to scikit-learn (it no longer predicts them from the .joblib)."""
    left = [item_id for item_id, p in meta["pipelines"].items() if "fallback" in p]
    if left:
        raise ValueError(f"item(s) {', '.join(left)} were saved without their numpy form (an older "
                         "evaluator predicted them with scikit-learn); retrain the model")
    vectorizers = {key: Tfidf.fitted(v["settings"], _unblob(arrays[f"{key}.terms"]), arrays.get(f"{key}.idf"))
                   for key, v in meta["vectorizers"].items()}
    model = dict(meta["model"])
    model["items"] = {item_id: dict(entry) for item_id, entry in model["items"].items()}
    for item_id, p in meta["pipelines"].items():
        key = p["key"]
        per_question = (portable_per_question.from_arrays(p["per_question"], arrays, f"{key}.pq", vectorizers)
                        if "per_question" in p else None)
        model["items"][item_id]["pipeline"] = PortablePipeline(
            vectorizers[p["words"]], vectorizers[p["chars"]], p["has_reference"], p["kind"], arrays[f"{key}.coef"],
            arrays[f"{key}.intercept"], arrays.get(f"{key}.classes"), p["proba"], p.get("masked", False),
            per_question)
    return model


def load_for_prediction(path: str | Path, *, trust: bool = False,
                        check: Callable[[dict[str, Any]], None] | None = None) -> dict[str, Any]:
    """A model to predict with, without scikit-learn when the ``.npz`` allows.

    ``path`` is the ``.joblib`` (the ``.npz`` beside it is used if it was made from this very file;
    else it is made now, and written when the directory is writable) or an ``.npz``. The result is
    the model dict with a numpy pipeline per item and ``model["prediction"] = {"backend", "file"}``.
    Making the ``.npz`` from the ``.joblib`` unpickles it: it needs ``trust`` (see
    pickled.load_joblib). ``check`` (e.g. "trained for this rubric") runs on the model before
    anything is unpickled for it.
    """
    path = Path(path)
    side = portable_path(path)
    if path == side or not path.exists():  # an .npz alone (given, or installed without its .joblib)
        if not side.exists():
            raise ScorerError(f"no classifier model at {path}; train one with 'evaluator train'")
        try:
            meta, arrays = read(side)
        except (OSError, ValueError, KeyError, zipfile.BadZipFile) as exc:
            raise ScorerError(f"cannot load classifier model {side}: {type(exc).__name__}: {exc}") from exc
        return _finish(meta, arrays, side, check)
    digest = file_sha256(path)
    if side.exists():
        try:
            meta, arrays = read(side)
        except (OSError, ValueError, KeyError, zipfile.BadZipFile) as exc:
            log.info("cannot read %s (%s): converting %s again", side, exc, path)
        else:
            if meta.get("source_sha256") == digest:
                return _finish(meta, arrays, side, check)
            log.info("%s was made from another version of %s: converting it again", side, path)
    if not trust:
        raise ScorerError(f"{path}: its .npz copy is missing or was made from another file, and converting "
                          f"it again means unpickling it; pass --trust-model if you made it yourself")
    model = pickled.load_joblib(path, trust=True)  # scikit-learn: once, until the .npz is written
    if not isinstance(model, dict) or model.get("format") != pickled.FORMAT:
        raise ScorerError(f"{path} is not an evaluator classifier model")
    if check is not None:
        check(model)
    try:
        portables = convert(model)
    except Unsupported as exc:
        raise ScorerError(f"cannot make the .npz of classifier model {path}: {exc}") from exc
    try:
        written: str | None = str(write(export(model, portables, digest), side))
    except OSError as exc:  # e.g. a read-only install: convert again next time
        log.info("cannot write %s: %s", side, exc)
        written = None
    model = dict(model)
    model["items"] = {item_id: dict(entry) | {"pipeline": portables[item_id]} for item_id, entry in model["items"].items()}
    model["prediction"] = {"backend": "numpy", "file": written}
    return model


def _finish(meta: dict[str, Any], arrays: dict[str, np.ndarray], side: Path,
            check: Callable[[dict[str, Any]], None] | None = None) -> dict[str, Any]:
    try:
        model = build(meta, arrays)
    except (KeyError, ValueError) as exc:  # arrays missing or inconsistent: not a file this code wrote
        raise ScorerError(f"cannot load classifier model {side}: {type(exc).__name__}: {exc}") from exc
    if check is not None:
        check(model)
    model["prediction"] = {"backend": "numpy", "file": str(side)}
    return model
