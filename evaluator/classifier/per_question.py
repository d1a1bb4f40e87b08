"""Per-question features for graded short answers: what the team's own graded answers say.

When a team grades many answers to the same questions (the ``labels import`` layout), a new
answer to one of those questions is best judged next to the graded answers it resembles. This
transformer adds, for each answer, features computed from the *training* answers of the same
question (rows are dicts ``{"text", "question", "reference"}``; a question is its normalised
question text plus its reference answer, since several SemEval questions share one wording):

* neighbours: the similarity-weighted mean grade of the ``k`` most similar graded answers (TF-IDF
  cosine, the mean of word 1–2-gram and character 3–5-gram cosines), the grade and similarity of
  the nearest one, the mean similarity of the ``k`` and that times the neighbours' departure from
  the question's mean grade;
* centroids: the cosine with the centroid of the question's top-grade and bottom-grade answers
  (classifiers: of each class's answers);
* the question's grade distribution in training: mean, standard deviation, share at the top grade
  (and, for classifiers, the share of each class, plus the neighbours' class shares);
* whether the question was seen at all.

Grades are scaled to [0, 1] by the training range, like the TF-IDF columns. The answer's own
features (TF-IDF n-grams, length, alignment with the reference answer) come from ``base`` (an
:class:`~.features.AnswerFeatures`), whose output is stacked to the left of the per-question
columns.

Leakage: :meth:`PerQuestionFeatures.fit_transform` — what a scikit-learn ``Pipeline`` calls when
it fits — computes every training answer's features *without that answer* (leave-one-out: it is
never its own neighbour and its grade is not in its question's statistics), so the model learns
from features distributed as they will be for new answers. :meth:`~PerQuestionFeatures.transform`
uses every training answer (a training answer scored again finds itself; the classifier scorer
already marks such verdicts as in-sample).

Unseen questions: features fall back to the training set's global grade statistics with zero
similarity (and ``seen`` = 0). To teach the model that case, ``fit_transform`` gives a seeded
share (``unseen_share``, half) of the training answers those fallback values, so the model's own
answer features keep their weight for questions it never saw. Without it the official SemEval
and SAF unseen-question splits lost up to 0.3 in r and QWK. On SciEntsBank (cross-validation by
question, three seeds) 30 % still lost 0.007–0.017 QWK, half between −0.012 and +0.010, at
about 0.005 less on seen questions.

Prediction without scikit-learn: the vectorizers are our numpy :class:`~evaluator.tfidf.Tfidf`;
:mod:`.portable_per_question` writes everything this transformer learnt to the model's ``.npz``
as plain arrays and JSON (the vectorizers, the grade range, classes and statistics, and per
question its training answers' TF-IDF vectors — not their text —, grades and group norms) and
recomputes :meth:`~PerQuestionFeatures.transform` with numpy, in the same arithmetic order. A
model using it loads from the ``.npz`` like any other: nothing is unpickled, no
``--trust-model``. The column functions (:func:`~.portable_per_question.answer_columns` and the
others) are shared with that module.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any, Sequence

import numpy as np
from scipy import sparse
from sklearn.base import BaseEstimator, TransformerMixin

from ..tfidf import Tfidf
from .features import CHAR_SETTINGS, WORD_SETTINGS, to_csr
from .masking import mask_all
# shared with the numpy transformer that predicts without scikit-learn (portable_per_question)
from .portable_per_question import NUMERIC, answer_columns, question_key, unseen_columns
from .portable_per_question import grade_groups as _groups
from .portable_per_question import grade_stats as _stats


class PerQuestionFeatures(BaseEstimator, TransformerMixin):
    """``base`` features of each answer | features from the graded answers of its question.

    Parameters follow scikit-learn conventions (stored as given, learnt state ends in ``_``).
    ``base``: transformer of the answers' own features (e.g. ``AnswerFeatures()``), or None.
    ``k``: neighbours per answer. ``by_class``: class-share and per-class centroid columns (for
    classifiers; the classes are the distinct training grades). ``unseen_share``: share of the
    training answers given the unseen-question values in :meth:`fit_transform`, drawn with
    ``random_state``. ``mask_identifiers``: mask names etc. before the similarities, as
    ``AnswerFeatures`` does. ``centroids``: add the centroid columns. ``similarity``:
    ``"word+char"`` (mean of the word and character TF-IDF cosines) or ``"word"`` (cheaper; worse on
    SciEntsBank and SAF when measured).
    """

    def __init__(self, base: Any = None, k: int = 5, by_class: bool = False, unseen_share: float = 0.5,
                 random_state: int = 0, mask_identifiers: bool = True, centroids: bool = True,
                 similarity: str = "word+char") -> None:
        self.base = base
        self.k = k
        self.by_class = by_class
        self.unseen_share = unseen_share
        self.random_state = random_state
        self.mask_identifiers = mask_identifiers
        self.centroids = centroids
        self.similarity = similarity

    # ---------------------------------------------------------------- fitting

    def _texts(self, rows: Sequence[dict]) -> list[str]:
        texts = [str(r.get("text") or "") for r in rows]
        return mask_all(texts) if self.mask_identifiers else texts

    def _vectors(self, texts: Sequence[str], fit: bool = False) -> sparse.csr_matrix:
        """Unit rows (for non-empty texts) whose dot product is the mean of the vectorizers' cosines
        (``fit``: fit the vectorizers on ``texts`` first, analysing each text once)."""
        if fit:
            self.vectorizers_ = [Tfidf(**WORD_SETTINGS)]
            if self.similarity == "word+char":
                self.vectorizers_.append(Tfidf(**CHAR_SETTINGS))
            # a placeholder text: never an empty vocabulary. fit_transform, not fit then transform:
            # its rows keep the fit's entry order (as scikit-learn's did), so every sum over them
            # rounds as when models were trained with scikit-learn's vectorizers
            parts = [to_csr(v.fit_transform(list(texts) + ["placeholder"]))[:-1] for v in self.vectorizers_]
        else:
            parts = [to_csr(v.transform(texts)) for v in self.vectorizers_]
        return sparse.hstack(parts, format="csr") * np.sqrt(1.0 / len(parts))

    def fit(self, rows: Sequence[dict], y: Sequence[float]) -> "PerQuestionFeatures":
        """Learn the vectorizers and remember every training answer's vector and grade, by question."""
        self._fit(rows, y)
        return self

    def _fit(self, rows: Sequence[dict], y: Sequence[float]) -> dict[str, list[int]]:
        """Fit; returns the training rows of each question (their indices)."""
        y = np.asarray(y, dtype=np.float64)
        if len(y) != len(rows) or not len(rows):
            raise ValueError(f"{len(rows)} rows and {len(y)} grades: need as many of each, at least one")
        if self.base is not None:
            self.base.fit(rows, y)
        texts = self._texts(rows)
        self.range_ = (float(y.min()), float(y.max()))
        grades = self._scale(y)
        self.classes_ = np.unique(y) if self.by_class else np.array([], dtype=np.float64)
        onehot = (y[:, None] == self.classes_[None, :]).astype(np.float64)
        vectors = self._vectors(texts, fit=True)
        members: dict[str, list[int]] = defaultdict(list)
        for i, row in enumerate(rows):
            members[question_key(row)].append(i)
        self.questions_ = {}  # question → its answers' vectors, grades, classes and group norms ‖Σ v‖²
        for key, idx in members.items():
            gram = (vectors[idx] @ vectors[idx].T).toarray()
            norms = np.array([gram[np.ix_(g, g)].sum() for g in _groups(grades[idx], onehot[idx])])
            self.questions_[key] = (vectors[idx], grades[idx], onehot[idx], norms)
        self.global_ = _stats(grades, onehot)
        return members

    def _scale(self, y: np.ndarray) -> np.ndarray:
        low, high = self.range_
        return (y - low) / (high - low) if high > low else np.zeros_like(y)

    # ---------------------------------------------------------------- features

    def per_question_names(self) -> list[str]:
        """Names of the per-question columns (after the ``base`` columns)."""
        classes = [f"{c:g}" for c in self.classes_]
        centroids = ([f"centroid_{c}" for c in classes] if self.by_class else ["centroid_top", "centroid_bottom"])
        return (list(NUMERIC) + (centroids if self.centroids else []) + [f"knn_share_{c}" for c in classes]
                + [f"q_share_{c}" for c in classes])

    def _unseen(self) -> np.ndarray:
        """The columns for an answer to a question without (other) graded answers."""
        return unseen_columns(self.global_, len(self.classes_), self.by_class, self.centroids)

    def _columns(self, sims: np.ndarray, gram: np.ndarray, grades: np.ndarray, onehot: np.ndarray) -> np.ndarray:
        """One answer's columns from its similarities ``sims`` to the graded answers of its question
        (see :func:`~.portable_per_question.answer_columns`)."""
        return answer_columns(sims, gram, grades, onehot, self.k, self.centroids)

    def _dense(self, rows: Sequence[dict]) -> np.ndarray:
        """Per-question columns for new answers, against every training answer of their question."""
        out = np.tile(self._unseen(), (len(rows), 1))
        by_key: dict[str, list[int]] = defaultdict(list)
        for i, row in enumerate(rows):
            by_key[question_key(row)].append(i)
        texts = self._texts(rows)
        for key, idx in by_key.items():
            if key not in self.questions_:
                continue
            vectors, grades, onehot, gram = self.questions_[key]
            sims = (self._vectors([texts[i] for i in idx]) @ vectors.T).toarray()
            for row_sims, i in zip(sims, idx):
                out[i] = self._columns(row_sims, gram, grades, onehot)
        return out

    def _dense_leave_one_out(self, members: dict[str, list[int]]) -> np.ndarray:
        """Per-question columns of the training answers, each computed without itself; a share
        ``unseen_share`` of them (drawn with ``random_state``) get the unseen-question columns."""
        n = sum(len(idx) for idx in members.values())
        out = np.tile(self._unseen(), (n, 1))
        drop = np.random.default_rng(self.random_state).random(n) < self.unseen_share
        for key, idx in members.items():
            if len(idx) < 2:
                continue  # alone in its question: as if the question were unseen
            vectors, grades, onehot, totals = self.questions_[key]
            gram_full = (vectors @ vectors.T).toarray()
            groups = _groups(grades, onehot)
            # ‖Σ v‖² of each group without answer j: ‖S − v_j‖² = ‖S‖² − 2 v_j·S + ‖v_j‖²
            row_sums = np.stack([gram_full[:, g].sum(axis=1) for g in groups], axis=1)
            members_of = np.stack([np.isin(np.arange(len(idx)), g) for g in groups], axis=1)
            everyone = np.arange(len(idx))
            for j, i in enumerate(idx):
                if drop[i]:
                    continue
                others = everyone != j  # never its own neighbour (its duplicates are others)
                gram = totals - members_of[j] * (2 * row_sums[j] - gram_full[j, j])
                out[i] = self._columns(gram_full[j, others], gram, grades[others], onehot[others])
        return out

    def _stack(self, base: Any, dense: np.ndarray) -> sparse.csr_matrix:
        block = sparse.csr_matrix(dense)
        return block if base is None else sparse.hstack([sparse.csr_matrix(base), block], format="csr")

    def transform(self, rows: Sequence[dict]) -> sparse.csr_matrix:
        """Features of new answers: ``base`` columns | per-question columns against all training answers."""
        base = self.base.transform(rows) if self.base is not None else None
        return self._stack(base, self._dense(rows))

    def fit_transform(self, rows: Sequence[dict], y: Sequence[float] | None = None, **_: Any) -> sparse.csr_matrix:
        """Fit, then the training answers' features without themselves (leave-one-out)."""
        if y is None:
            raise ValueError("PerQuestionFeatures needs the grades (y) to fit")
        members = self._fit(rows, y)
        base = self.base.transform(rows) if self.base is not None else None
        return self._stack(base, self._dense_leave_one_out(members))

