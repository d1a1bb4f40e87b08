"""The classifier model without scikit-learn: numpy arrays in an ``.npz`` beside the ``.joblib``.

Training fits scikit-learn pipelines (``AnswerFeatures`` → ``LogisticRegression`` or ``Ridge``) and
saves them with joblib. Predicting needs only what those pipelines learnt — the two TF-IDF
vectorizers' vocabularies, idf and settings, and the linear model's coefficients, intercepts and
classes — so :func:`save_portable` writes them as plain arrays (``numpy.savez_compressed``, no
pickles) with the model's metadata as JSON, and :class:`PortablePipeline` recomputes the
features, the decision function and the class probabilities with numpy: the same arithmetic in
the same order, so the probabilities equal scikit-learn's (checked on probe answers whenever a
pipeline is converted, and on every bundled answer by the tests).

A pipeline whose feature step is ``PerQuestionFeatures`` (``train --per-question``) is converted
too: its ``base`` answer features as above, and its per-question state (vectorizers, the training
answers' vectors and grades by question…) by :mod:`.portable_per_question`.

A pipeline this module cannot reproduce (another estimator, a custom tokenizer…) is marked in the
file as a fallback, with the reason: that item is then predicted by the scikit-learn pipeline from
the ``.joblib``.

:func:`load_for_prediction` prefers the ``.npz``; it uses it only if it was made from the very
``.joblib`` beside it (its SHA-256 is recorded), and otherwise converts the ``.joblib`` (loading
scikit-learn, once) and writes a fresh ``.npz`` when it can.
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
TOLERANCE = 1e-9  # a converted pipeline's probabilities (or regression outputs) vs scikit-learn's

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


def from_sklearn(pipeline: Any) -> PortablePipeline:
    """The numpy equivalent of a fitted training pipeline, or :class:`Unsupported` with the reason."""
    if not _is(pipeline, "Pipeline", "sklearn.") or len(pipeline.steps) != 2:
        raise Unsupported(f"not a two-step scikit-learn Pipeline: {type(pipeline).__name__}")
    features, model = pipeline.steps[0][1], pipeline.steps[1][1]
    per_question = None
    if _is(features, "PerQuestionFeatures", "evaluator.classifier.per_question"):
        if not _is(features.base, "AnswerFeatures", "evaluator.classifier.features"):
            raise Unsupported(f"PerQuestionFeatures with base {type(features.base).__name__}")
        per_question = portable_per_question.from_sklearn(features)
        features = features.base
    if not _is(features, "AnswerFeatures", "evaluator.classifier.features"):
        raise Unsupported(f"feature step {type(features).__name__}")
    words, chars = Tfidf.from_sklearn(features.words_), Tfidf.from_sklearn(features.chars_)
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


def probe_rows(portable: PortablePipeline) -> list[dict]:
    """Answers that exercise the vocabularies (every word term, odd spacing, accents, an empty
    answer), each with another as its reference: inputs to compare a conversion on; with
    per-question features, also answers to training questions that resemble their graded ones."""
    terms = portable.words.terms()
    chunk = max(1, len(terms) // 12 + 1)
    texts = [" ".join(terms[i:i + chunk]) for i in range(0, len(terms), chunk)]
    texts += ["", "   ", "Ünïcödé FAÇADE naïve — ÉLAN, ﬁne-tuned 3× faster!", "ok",
              "We shipped it:\n\n  retries, caching,\tlatency budgets and evals; rolled back twice.",
              " ".join(portable.chars.terms()[:400])]
    rows = [{"text": t, "question": "", "reference": texts[(i + 1) % len(texts)]} for i, t in enumerate(texts)]
    return rows + (portable.per_question.probe_rows() if portable.per_question is not None else [])


def verify(pipeline: Any, portable: PortablePipeline, rows: Sequence[dict] | None = None) -> float:
    """The largest difference between scikit-learn's and the numpy pipeline's outputs on ``rows``
    (probe answers by default); :class:`Unsupported` above :data:`TOLERANCE` or if a predicted
    class differs."""
    rows = list(rows) if rows is not None else probe_rows(portable)
    if portable.kind == "logistic":
        expected, got = np.asarray(pipeline.predict_proba(rows)), portable.predict_proba(rows)
        same_classes = (np.array_equal(np.asarray(pipeline.classes_), portable.classes_)
                        and np.array_equal(expected.argmax(axis=1), got.argmax(axis=1)))
    else:
        expected, got = np.asarray(pipeline.predict(rows), dtype=np.float64), portable.predict(rows)
        same_classes = True
    if expected.shape != got.shape:
        raise Unsupported(f"outputs of shape {got.shape}, scikit-learn's {expected.shape}")
    diff = float(np.max(np.abs(expected - got) / np.maximum(1.0, np.abs(expected)))) if expected.size else 0.0
    if not same_classes or not diff <= TOLERANCE:
        raise Unsupported(f"differs from scikit-learn by {diff:.3g} on probe answers")
    return diff


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


def export(model: dict[str, Any], source_sha256: str | None = None
           ) -> tuple[dict[str, np.ndarray], dict[str, PortablePipeline], dict[str, str]]:
    """Convert a trained model's pipelines: ``(arrays for the .npz, numpy pipelines, fallbacks)``,
    fallbacks mapping item ids to why their pipeline stays with scikit-learn. Every conversion is
    checked against scikit-learn on probe answers."""
    arrays: dict[str, np.ndarray] = {}
    vectorizers: dict[str, dict] = {}
    seen: dict[str, str] = {}  # content digest → key: items trained on the same answers share vectorizers
    pipelines: dict[str, dict] = {}
    portables: dict[str, PortablePipeline] = {}
    fallbacks: dict[str, str] = {}

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

    for n, (item_id, entry) in enumerate(model["items"].items()):
        try:
            portable = from_sklearn(entry["pipeline"])
            verify(entry["pipeline"], portable)
        except Unsupported as exc:
            fallbacks[item_id] = str(exc)
            pipelines[item_id] = {"fallback": str(exc)}
            log.warning("classifier item %s stays with scikit-learn: %s", item_id, exc)
            continue
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
        portables[item_id] = portable
    metadata = {k: v for k, v in model.items() if k not in ("items", "prediction")}
    metadata["items"] = {item_id: {k: v for k, v in entry.items() if k != "pipeline"}
                         for item_id, entry in model["items"].items()}
    per_question = any("per_question" in p for p in pipelines.values())
    arrays["meta"] = _blob({"format": FORMAT_PER_QUESTION if per_question else FORMAT, "source_sha256": source_sha256,
                            "model": metadata, "vectorizers": vectorizers, "pipelines": pipelines})
    return arrays, portables, fallbacks


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


def save_portable(model: dict[str, Any], path: str | Path, source: str | Path | None = None) -> dict[str, str]:
    """Write the ``.npz`` for a trained model (``source``: the ``.joblib`` it was saved to, whose
    SHA-256 ties the two together); returns the fallbacks (item → reason)."""
    arrays, _, fallbacks = export(model, file_sha256(source) if source is not None else None)
    write(arrays, path)
    return fallbacks


def read(path: str | Path) -> tuple[dict[str, Any], dict[str, np.ndarray]]:
    """The metadata and arrays of a ``.npz`` model (no pickles are loaded)."""
    with np.load(path, allow_pickle=False) as npz:
        arrays = {name: npz[name] for name in npz.files}
    meta = _unblob(arrays.pop("meta"))
    if not isinstance(meta, dict) or meta.get("format") not in (FORMAT, FORMAT_PER_QUESTION):
        raise ValueError("not an evaluator portable classifier model")
    return meta, arrays


def build(meta: dict[str, Any], arrays: dict[str, np.ndarray]) -> tuple[dict[str, Any], dict[str, str]]:
    """The model dict (as the ``.joblib`` holds it, with numpy pipelines) and its fallbacks; the
    fallback items have no ``pipeline`` yet."""
    vectorizers = {key: Tfidf.fitted(v["settings"], _unblob(arrays[f"{key}.terms"]), arrays.get(f"{key}.idf"))
                   for key, v in meta["vectorizers"].items()}
    model = dict(meta["model"])
    model["items"] = {item_id: dict(entry) for item_id, entry in model["items"].items()}
    fallbacks: dict[str, str] = {}
    for item_id, p in meta["pipelines"].items():
        if "fallback" in p:
            fallbacks[item_id] = p["fallback"]
            continue
        key = p["key"]
        per_question = (portable_per_question.from_arrays(p["per_question"], arrays, f"{key}.pq", vectorizers)
                        if "per_question" in p else None)
        model["items"][item_id]["pipeline"] = PortablePipeline(
            vectorizers[p["words"]], vectorizers[p["chars"]], p["has_reference"], p["kind"], arrays[f"{key}.coef"],
            arrays[f"{key}.intercept"], arrays.get(f"{key}.classes"), p["proba"], p.get("masked", False),
            per_question)
    return model, fallbacks


def load_for_prediction(path: str | Path, *, trust: bool = False,
                        check: Callable[[dict[str, Any]], None] | None = None) -> dict[str, Any]:
    """A model to predict with, without scikit-learn when the ``.npz`` allows.

    ``path`` is the ``.joblib`` (the ``.npz`` beside it is used if it was made from this very file;
    else it is made now, and written when the directory is writable) or an ``.npz``. The result is
    the model dict with a numpy pipeline per item (scikit-learn's, from the ``.joblib``, for the
    fallback items) and ``model["prediction"] = {"backend", "file", "fallback"}``. Converting a
    ``.joblib`` and the fallback items unpickle it: they need ``trust`` (see pickled.load_joblib).
    ``check`` (e.g. "trained for this rubric") runs on the model before anything is unpickled for it.
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
        return _finish(meta, arrays, side, None, trust, check)
    digest = file_sha256(path)
    if side.exists():
        try:
            meta, arrays = read(side)
        except (OSError, ValueError, KeyError, zipfile.BadZipFile) as exc:
            log.info("cannot read %s (%s): converting %s again", side, exc, path)
        else:
            if meta.get("source_sha256") == digest:
                return _finish(meta, arrays, side, path, trust, check)
            log.info("%s was made from another version of %s: converting it again", side, path)
    if not trust:
        raise ScorerError(f"{path}: its .npz copy is missing or was made from another file, and converting "
                          f"it again means unpickling it; pass --trust-model if you made it yourself")
    model = pickled.load_joblib(path, trust=True)  # scikit-learn: once, until the .npz is written
    if not isinstance(model, dict) or model.get("format") != pickled.FORMAT:
        raise ScorerError(f"{path} is not an evaluator classifier model")
    if check is not None:
        check(model)
    arrays, portables, fallbacks = export(model, digest)
    try:
        written: str | None = str(write(arrays, side))
    except OSError as exc:  # e.g. a read-only install: convert again next time
        log.info("cannot write %s: %s", side, exc)
        written = None
    model = dict(model)
    model["items"] = {item_id: dict(entry) | ({"pipeline": portables[item_id]} if item_id in portables else {})
                      for item_id, entry in model["items"].items()}
    model["prediction"] = {"backend": "numpy", "file": written, "fallback": fallbacks}
    return model


def _finish(meta: dict[str, Any], arrays: dict[str, np.ndarray], side: Path, source: Path | None,
            trust: bool, check: Callable[[dict[str, Any]], None] | None = None) -> dict[str, Any]:
    try:
        model, fallbacks = build(meta, arrays)
    except (KeyError, ValueError) as exc:  # arrays missing or inconsistent: not a file this code wrote
        raise ScorerError(f"cannot load classifier model {side}: {type(exc).__name__}: {exc}") from exc
    if check is not None:
        check(model)
    if fallbacks:
        if source is None:
            raise ScorerError(f"classifier model {side}: item(s) {', '.join(fallbacks)} are predicted with "
                              "scikit-learn and need the .joblib model beside it")
        if not trust:
            raise ScorerError(f"classifier model {source}: item(s) {', '.join(fallbacks)} can only be predicted "
                              f"from the .joblib, and loading it unpickles it; pass --trust-model if you made it")
        trained = pickled.load_joblib(source, trust=True)
        for item_id in fallbacks:
            model["items"][item_id]["pipeline"] = trained["items"][item_id]["pipeline"]
    model["prediction"] = {"backend": "numpy", "file": str(side), "fallback": fallbacks}
    return model
