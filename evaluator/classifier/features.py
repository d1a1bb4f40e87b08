"""Features of an answer for the learned scorer, as a scikit-learn transformer.

Input rows are dicts ``{"text", "question", "reference"}``. The answer's names, e-mails and other
identifiers are masked first (:mod:`.masking`). Features: TF-IDF word 1–2-grams and
character 3–5-grams of the answer, plus for graded short answers the answer's similarity to the
question's reference answer (word and character cosine, token overlap) and its length.

The TF-IDF vectorizers are our own (:class:`evaluator.tfidf.Tfidf`, numpy only, entry for entry
what scikit-learn's ``TfidfVectorizer`` computes): the ``.npz`` stores them as fitted, and the
numpy pipeline (:class:`.portable.PortablePipeline`) predicts with the very same objects.
scikit-learn's conventions (``fit``/``transform``, parameters, ``clone``) stay, for the linear
models, the pipelines and the cross-validation that training builds around this class.
"""

from __future__ import annotations

from typing import Any, Sequence

import numpy as np
from scipy import sparse
from sklearn.base import BaseEstimator, TransformerMixin

from ..tfidf import Rows, Tfidf
# shared with the numpy pipeline that predicts without scikit-learn (portable.PortablePipeline)
from .portable import answer_tokens as _tokens
from .portable import length_feature
from .masking import mask_all

# the vectorizers' settings (the .npz records them with each fitted vectorizer)
WORD_SETTINGS: dict[str, Any] = dict(ngram_range=(1, 2), sublinear_tf=True, strip_accents="unicode")
CHAR_SETTINGS: dict[str, Any] = dict(analyzer="char_wb", ngram_range=(3, 5), sublinear_tf=True,
                                     strip_accents="unicode")


def to_csr(rows: Rows | sparse.spmatrix) -> sparse.csr_matrix:
    """A SciPy CSR matrix of the vectorizer's rows, entries in the same order (SciPy's products
    then add them as they did when scikit-learn vectorised). A SciPy matrix passes through: models
    saved before training used :class:`~evaluator.tfidf.Tfidf` hold scikit-learn vectorizers,
    which the scikit-learn backend (``--trust-model``) still runs."""
    if sparse.issparse(rows):
        return rows.tocsr()
    return sparse.csr_matrix((rows.data, rows.indices, rows.indptr), shape=(rows.n_rows, rows.n_cols))


class AnswerFeatures(BaseEstimator, TransformerMixin):
    """Sparse features of answers (scikit-learn estimator conventions: fit / transform)."""

    def __init__(self, max_features: int = 50_000, min_df: int = 2, use_reference: bool = True,
                 mask_identifiers: bool = True) -> None:
        self.max_features = max_features
        self.min_df = min_df
        self.use_reference = use_reference
        self.mask_identifiers = mask_identifiers

    def _texts(self, rows: Sequence[dict]) -> list[str]:
        texts = [r["text"] for r in rows]
        # models saved before masking existed have no such attribute: they never masked
        return mask_all(texts) if getattr(self, "mask_identifiers", False) else texts

    def fit(self, rows: Sequence[dict], y: object = None) -> "AnswerFeatures":
        texts = self._texts(rows)
        min_df = self.min_df if len(texts) >= 20 else 1
        self.words_ = Tfidf(**WORD_SETTINGS, min_df=min_df, max_features=self.max_features)
        self.chars_ = Tfidf(**CHAR_SETTINGS, min_df=min_df, max_features=self.max_features)
        references = [r.get("reference") or "" for r in rows]
        self.has_reference_ = self.use_reference and any(references)
        corpus = texts + ([ref for ref in set(references) if ref] if self.has_reference_ else [])
        self.words_.fit(corpus)
        self.chars_.fit(corpus)
        return self

    def transform(self, rows: Sequence[dict]) -> sparse.csr_matrix:
        texts = self._texts(rows)
        words, chars = to_csr(self.words_.transform(texts)), to_csr(self.chars_.transform(texts))
        # scaled to roughly [0, 1] like the TF-IDF columns, which keeps the solvers fast
        dense = [[length_feature(t)] for t in texts]
        if self.has_reference_:
            refs = [r.get("reference") or "" for r in rows]
            distinct = sorted(set(refs))  # many answers share one reference: vectorise it once
            index = {ref: i for i, ref in enumerate(distinct)}
            rows_of = [index[ref] for ref in refs]
            ref_words = to_csr(self.words_.transform(distinct))[rows_of]
            ref_chars = to_csr(self.chars_.transform(distinct))[rows_of]
            ref_tokens = [_tokens(ref) for ref in distinct]
            word_sim = np.asarray(words.multiply(ref_words).sum(axis=1)).ravel()
            char_sim = np.asarray(chars.multiply(ref_chars).sum(axis=1)).ravel()
            for i, text in enumerate(texts):
                wanted = ref_tokens[rows_of[i]]
                overlap = len(_tokens(text) & wanted) / len(wanted) if wanted else 0.0
                dense[i] += [word_sim[i], char_sim[i], overlap]
        return sparse.hstack([words, chars, sparse.csr_matrix(np.asarray(dense))], format="csr")
