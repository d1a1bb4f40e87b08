"""Per-question features (:mod:`.per_question`) without scikit-learn: numpy arrays in the ``.npz``.

A fitted :class:`~.per_question.PerQuestionFeatures` holds, besides its ``base`` answer features,
two TF-IDF vectorizers (our numpy :class:`~evaluator.tfidf.Tfidf`: word 1–2-grams, character
3–5-grams; or words only), the grade range, the classes, the training set's grade statistics and,
per question, its training answers' TF-IDF vectors, scaled grades, classes (one-hot) and group
norms. :func:`from_features` takes those over, :func:`to_arrays` writes them as plain arrays and
JSON (all questions' vectors as one CSR matrix, rows in question order, with each question's
first row in ``question_rows``) and :func:`from_arrays` reads them back.
:class:`PortablePerQuestion` recomputes ``transform``'s per-question columns (prediction only:
the leave-one-out ``fit_transform`` is training's) with the same arithmetic in the same order:
similarities are summed column by column as SciPy's sparse product sums them, and the columns
come from the functions below, which the scikit-learn transformer calls too.

The grade-derived functions (:func:`question_key`, :func:`grade_stats`, :func:`grade_groups`,
:func:`unseen_columns`, :func:`answer_columns`) live here, numpy only, so that predicting never
imports scikit-learn or SciPy.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any, Callable, Sequence

import numpy as np

from ..tfidf import Rows, Tfidf, Unsupported
from .masking import mask_all

NUMERIC = ("seen", "q_mean", "q_std", "q_share_top", "knn_mean", "knn_top1_grade", "knn_top1_sim", "knn_mean_sim",
           "knn_shift")
SIMILARITIES = {"word+char": 2, "word": 1}  # → number of vectorizers


# --------------------------------------------------------------------------------------------
# The columns (shared with per_question.PerQuestionFeatures, which trains)


def question_key(row: dict) -> str:
    """The question an answer belongs to: its question text and reference answer, normalised."""
    question = " ".join(str(row.get("question") or "").lower().split())
    reference = " ".join(str(row.get("reference") or "").lower().split())
    return f"{question}\x1f{reference}"


def grade_stats(grades: np.ndarray, onehot: np.ndarray) -> np.ndarray:
    """mean, standard deviation, share at the top grade, then the class shares."""
    if not len(grades):
        return np.zeros(3 + onehot.shape[1])
    return np.concatenate([[grades.mean(), grades.std(), float(np.mean(grades >= 1.0 - 1e-9))], onehot.mean(axis=0)])


def grade_groups(grades: np.ndarray, onehot: np.ndarray) -> list[np.ndarray]:
    """Positions of the answers of each class (classifiers), else of the top- and bottom-grade answers."""
    if onehot.shape[1]:
        return [np.flatnonzero(column) for column in onehot.T]
    return [np.flatnonzero(grades >= 1.0 - 1e-9), np.flatnonzero(grades <= 1e-9)]


def unseen_columns(global_: np.ndarray, n_classes: int, by_class: bool, centroids: bool) -> np.ndarray:
    """The columns for an answer to a question without (other) graded answers: the training set's
    grade statistics ``global_`` (see :func:`grade_stats`), zero similarity."""
    mean = global_[0]
    n_centroids = (n_classes if by_class else 2) if centroids else 0
    numeric = [0.0, mean, global_[1], global_[2], mean, mean, 0.0, 0.0, 0.0] + [0.0] * n_centroids
    return np.concatenate([numeric, global_[3:], global_[3:]])


def answer_columns(sims: np.ndarray, gram: np.ndarray, grades: np.ndarray, onehot: np.ndarray, k: int,
                   centroids: bool) -> np.ndarray:
    """One answer's columns from its similarities ``sims`` to the graded answers of its question
    (``grades``, ``onehot``: theirs); ``gram`` holds ``‖Σ v‖²`` of each of their groups (see
    :func:`grade_groups`), so that ``sims`` summed over a group, divided by its square root, is the
    cosine with the group's centroid. ``k``: neighbours; ``centroids``: add the centroid columns."""
    stats = grade_stats(grades, onehot)
    k = min(k, len(sims))
    top = np.argpartition(-sims, k - 1)[:k] if k < len(sims) else np.arange(len(sims))
    top = top[np.lexsort((top, -sims[top]))]  # by similarity, ties by training order
    weights = np.clip(sims[top], 0.0, None)
    q_mean = stats[0]
    if weights.sum() > 0:
        knn_mean = float(weights @ grades[top] / weights.sum())
        knn_shares = weights @ onehot[top] / weights.sum()
    else:
        knn_mean, knn_shares = q_mean, stats[3:]
    mean_sim = float(weights.mean())
    numeric = [1.0, q_mean, stats[1], stats[2], knn_mean, float(grades[top[0]]), float(weights[0]), mean_sim,
               mean_sim * (knn_mean - q_mean)]
    if centroids:
        for group, norm2 in zip(grade_groups(grades, onehot), gram):
            dot = float(sims[group].sum())
            numeric.append(dot / np.sqrt(norm2) if norm2 > 1e-12 else 0.0)
    return np.concatenate([numeric, knn_shares, stats[3:]])


# --------------------------------------------------------------------------------------------
# Prediction with numpy


class Question:
    """The graded training answers of one question: TF-IDF ``vectors`` (unit rows, scaled as
    ``PerQuestionFeatures._vectors`` scales them), scaled ``grades``, ``onehot`` classes and the
    group norms ``norms`` (``‖Σ v‖²`` per group)."""

    def __init__(self, vectors: Rows, grades: np.ndarray, onehot: np.ndarray, norms: np.ndarray) -> None:
        self.vectors = vectors
        self.grades = np.array(grades, dtype=np.float64)  # fresh contiguous copies, as the transformer holds them
        self.onehot = np.array(onehot, dtype=np.float64)
        self.norms = np.array(norms, dtype=np.float64)
        if vectors.n_rows != len(self.grades) or self.onehot.ndim != 2 or len(self.onehot) != len(self.grades):
            raise ValueError(f"{vectors.n_rows} answer vectors and {self.onehot.shape} classes for "
                             f"{len(self.grades)} grades")
        self._by_column: tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray] | None = None

    def _by_columns(self) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        """The vectors by column (built on first use): distinct columns, where each one's entries
        start (one more at the end), and the entries' rows and values."""
        if self._by_column is None:
            v = self.vectors
            order = np.argsort(v.indices, kind="stable")
            columns, starts = np.unique(v.indices[order], return_index=True)
            rows = np.repeat(np.arange(v.n_rows), np.diff(v.indptr))[order]
            self._by_column = (columns, np.append(starts, len(order)), rows, v.data[order])
        return self._by_column

    def similarities(self, indices: np.ndarray, data: np.ndarray) -> np.ndarray:
        """The dot products of one vector (its columns ``indices``, sorted, and values ``data``) with
        each answer's: ``(vector @ vectors.T).toarray()`` as SciPy computes it — each answer's
        products added in the vector's column order, starting from 0 (``np.bincount`` adds in order)."""
        columns, starts, rows, values = self._by_columns()
        pos = np.searchsorted(columns, indices)
        found = pos < len(columns)
        found[found] = columns[pos[found]] == indices[found]
        pos, mine = pos[found], data[found]
        begin, count = starts[pos], starts[pos + 1] - starts[pos]
        # the entries of each shared column, column after column
        entries = np.repeat(begin - np.cumsum(count) + count, count) + np.arange(int(count.sum()))
        return np.bincount(rows[entries], weights=np.repeat(mine, count) * values[entries],
                           minlength=len(self.grades))


class PortablePerQuestion:
    """What a fitted ``PerQuestionFeatures`` adds to its ``base`` columns on ``transform``, with
    numpy: :meth:`dense` gives the per-question columns of new answers."""

    def __init__(self, vectorizers: Sequence[Tfidf], range_: Sequence[float], classes: np.ndarray,
                 global_: np.ndarray, questions: dict[str, Question], *, k: int = 5, by_class: bool = False,
                 centroids: bool = True, similarity: str = "word+char", mask_identifiers: bool = True) -> None:
        if SIMILARITIES.get(similarity) != len(vectorizers):
            raise Unsupported(f"similarity {similarity!r} with {len(vectorizers)} vectorizers")
        self.vectorizers = list(vectorizers)
        self.range_ = (float(range_[0]), float(range_[1]))
        self.classes = np.asarray(classes, dtype=np.float64)
        self.global_ = np.asarray(global_, dtype=np.float64)
        self.questions = questions
        self.k, self.by_class, self.centroids = int(k), bool(by_class), bool(centroids)
        self.similarity, self.mask_identifiers = similarity, bool(mask_identifiers)
        if len(self.global_) != 3 + len(self.classes):
            raise ValueError(f"{len(self.global_)} global statistics for {len(self.classes)} classes")
        self.n_cols = sum(len(v.vocabulary_) for v in self.vectorizers)
        n_groups = len(self.classes) if self.by_class else 2
        for question in questions.values():
            if question.vectors.n_cols != self.n_cols or question.onehot.shape[1] != len(self.classes) \
                    or len(question.norms) != n_groups:
                raise ValueError("a question's vectors, classes or group norms do not match the vectorizers")
        self._unseen = unseen_columns(self.global_, len(self.classes), self.by_class, self.centroids)

    @property
    def n_columns(self) -> int:
        return len(self._unseen)

    def vectors(self, texts: Sequence[str]) -> Rows:
        """``PerQuestionFeatures._vectors``: the vectorizers' rows side by side, times √(1/their number)."""
        parts = [v.transform(texts) for v in self.vectorizers]
        out = Rows.hstack(parts) if len(parts) > 1 else parts[0]
        out.data = out.data * np.sqrt(1.0 / len(parts))
        return out

    def dense(self, rows: Sequence[dict]) -> np.ndarray:
        """``PerQuestionFeatures._dense``: per-question columns of new answers, against every
        training answer of their question (the unseen-question columns for other questions)."""
        out = np.tile(self._unseen, (len(rows), 1))
        by_key: dict[str, list[int]] = defaultdict(list)
        for i, row in enumerate(rows):
            by_key[question_key(row)].append(i)
        texts = [str(r.get("text") or "") for r in rows]
        if self.mask_identifiers:
            texts = mask_all(texts)
        for key, idx in by_key.items():
            question = self.questions.get(key)
            if question is None:
                continue
            new = self.vectors([texts[i] for i in idx])
            for j, i in enumerate(idx):
                sims = question.similarities(*new.row(j))
                out[i] = answer_columns(sims, question.norms, question.grades, question.onehot, self.k,
                                        self.centroids)
        return out


# --------------------------------------------------------------------------------------------
# Conversion and the file


def from_features(features: Any) -> PortablePerQuestion:
    """The numpy form of a fitted ``PerQuestionFeatures``' own columns (its ``base`` is converted
    by the caller), or :class:`Unsupported` with the reason."""
    try:
        vectorizers = list(features.vectorizers_)
        if not all(isinstance(v, Tfidf) for v in vectorizers):
            raise Unsupported("per-question vectorizers that are not ours (trained by an older evaluator); retrain it")
        classes = np.asarray(features.classes_)
        if classes.dtype.kind not in "biuf":
            raise Unsupported(f"per-question classes of dtype {classes.dtype}")
        questions = {}
        for key, (vectors, grades, onehot, norms) in features.questions_.items():
            csr = vectors.tocsr()
            if csr.dtype != np.float64:
                raise Unsupported(f"per-question vectors of dtype {csr.dtype}")
            rows = Rows(np.asarray(csr.indptr, dtype=np.int64), np.asarray(csr.indices, dtype=np.int64),
                        np.asarray(csr.data, dtype=np.float64), int(csr.shape[1]))
            questions[str(key)] = Question(rows, grades, onehot, norms)
        return PortablePerQuestion(vectorizers, features.range_, classes, features.global_, questions,
                                   k=features.k, by_class=features.by_class, centroids=features.centroids,
                                   similarity=features.similarity, mask_identifiers=features.mask_identifiers)
    except Unsupported:
        raise
    except (AttributeError, TypeError, ValueError) as exc:  # not fitted, or fitted by another version
        raise Unsupported(f"per-question state: {type(exc).__name__}: {exc}") from exc


def to_arrays(pq: PortablePerQuestion, prefix: str, add_vectorizer: Callable[[Tfidf], str]
              ) -> tuple[dict[str, Any], dict[str, np.ndarray]]:
    """The JSON metadata and the arrays (names starting with ``prefix``) of a numpy per-question
    transformer; ``add_vectorizer`` stores a vectorizer and returns its key."""
    keys = list(pq.questions)
    questions = [pq.questions[key] for key in keys]
    if not questions:  # a fitted transformer has at least one
        raise Unsupported("a per-question transformer without questions")
    blocks = [q.vectors for q in questions]
    indptr = np.zeros(sum(b.n_rows for b in blocks) + 1, dtype=np.int64)
    np.cumsum(np.concatenate([np.diff(b.indptr) for b in blocks]), out=indptr[1:])
    meta = {"vectorizers": [add_vectorizer(v) for v in pq.vectorizers], "range": list(pq.range_), "k": pq.k,
            "by_class": pq.by_class, "centroids": pq.centroids, "similarity": pq.similarity,
            "mask_identifiers": pq.mask_identifiers, "questions": keys}
    arrays = {
        "classes": pq.classes, "global": pq.global_,
        "question_rows": np.concatenate([[0], np.cumsum([b.n_rows for b in blocks])]).astype(np.int64),
        # the training answers' vectors, all questions in one CSR matrix (column numbers fit in int32)
        "indptr": indptr,
        "indices": np.concatenate([b.indices for b in blocks]).astype(np.int32),
        "data": np.concatenate([b.data for b in blocks]),
        "grades": np.concatenate([q.grades for q in questions]),
        "onehot": np.concatenate([q.onehot for q in questions]).astype(np.uint8),  # 0 or 1
        "norms": np.stack([q.norms for q in questions]),
    }
    return meta, {f"{prefix}.{name}": array for name, array in arrays.items()}


def from_arrays(meta: dict[str, Any], arrays: dict[str, np.ndarray], prefix: str,
                vectorizers: dict[str, Tfidf]) -> PortablePerQuestion:
    """The numpy per-question transformer :func:`to_arrays` wrote (``vectorizers``: by key)."""
    def array(name: str) -> np.ndarray:
        return arrays[f"{prefix}.{name}"]

    used = [vectorizers[key] for key in meta["vectorizers"]]
    n_cols = sum(len(v.vocabulary_) for v in used)
    indptr, indices, data = array("indptr").astype(np.int64), array("indices").astype(np.int64), array("data")
    if len(indices) != len(data) or indptr[-1] != len(data) or (len(indices) and indices.max() >= n_cols):
        raise ValueError("per-question vectors that do not fit the vectorizers")
    starts, grades, onehot, norms = array("question_rows"), array("grades"), array("onehot"), array("norms")
    keys = meta["questions"]
    if len(starts) != len(keys) + 1 or len(norms) != len(keys):
        raise ValueError(f"{len(keys)} questions but {len(starts) - 1} row ranges and {len(norms)} group norms")
    questions = {}
    for q, key in enumerate(keys):
        lo, hi = int(starts[q]), int(starts[q + 1])
        first, last = int(indptr[lo]), int(indptr[hi])
        rows = Rows(indptr[lo:hi + 1] - first, indices[first:last], data[first:last], n_cols)
        questions[key] = Question(rows, grades[lo:hi], onehot[lo:hi].astype(np.float64), norms[q])
    return PortablePerQuestion(used, meta["range"], array("classes"), array("global"), questions, k=meta["k"],
                               by_class=meta["by_class"], centroids=meta["centroids"],
                               similarity=meta["similarity"], mask_identifiers=meta["mask_identifiers"])
