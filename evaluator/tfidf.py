"""TF-IDF vectors with numpy and the standard library only, equal to scikit-learn's.

:class:`Tfidf` reproduces ``sklearn.feature_extraction.text.TfidfVectorizer`` for the settings
this package uses (word, ``char`` and ``char_wb`` analyzers; lowercasing; ``unicode``/``ascii``
accent stripping; a token pattern; stop words; ``min_df``/``max_df``/``max_features``; binary,
sublinear tf, smoothed idf; l1/l2 norms): the same analyzer steps in the same order, the same
vocabulary and idf when fitting, the same sums in the same order when transforming (and, for
``fit_transform``, the same order of each row's entries). Training fits the classifier's features
with it, and the model's ``.npz`` stores what it learnt, so that ``evaluator assess`` can score one
answer without importing scikit-learn and SciPy (more than a second of imports). The tests hold
it to scikit-learn's results, entry for entry.

Rows of documents are returned as :class:`Rows`, a minimal CSR matrix.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from numbers import Integral
from typing import Any, Iterable, Sequence

import numpy as np

# scikit-learn's ENGLISH_STOP_WORDS (the Glasgow Information Retrieval Group's list), copied so that
# matching questions does not import scikit-learn; tests/scorers/test_classifier_numpy.py checks it
# is still the same list
ENGLISH_STOP_WORDS = frozenset("""
a about above across after afterwards again against all almost alone along already also although
always am among amongst amoungst amount an and another any anyhow anyone anything anyway
anywhere are around as at back be became because become becomes becoming been before beforehand
behind being below beside besides between beyond bill both bottom but by call can cannot cant co
con could couldnt cry de describe detail do done down due during each eg eight either eleven
else elsewhere empty enough etc even ever every everyone everything everywhere except few
fifteen fifty fill find fire first five for former formerly forty found four from front full
further get give go had has hasnt have he hence her here hereafter hereby herein hereupon hers
herself him himself his how however hundred i ie if in inc indeed interest into is it its itself
keep last latter latterly least less ltd made many may me meanwhile might mill mine more
moreover most mostly move much must my myself name namely neither never nevertheless next nine
no nobody none noone nor not nothing now nowhere of off often on once one only onto or other
others otherwise our ours ourselves out over own part per perhaps please put rather re same see
seem seemed seeming seems serious several she should show side since sincere six sixty so some
somehow someone something sometime sometimes somewhere still such system take ten than that the
their them themselves then thence there thereafter thereby therefore therein thereupon these
they thick thin third this those though three through throughout thru thus to together too top
toward towards twelve twenty two un under until up upon us very via was we well were what
whatever when whence whenever where whereafter whereas whereby wherein whereupon wherever
whether which while whither who whoever whole whom whose why will with within without would yet
you your yours yourself yourselves
""".split())

_WHITE_SPACES = re.compile(r"\s\s+")
DEFAULT_TOKEN_PATTERN = r"(?u)\b\w\w+\b"


class Unsupported(ValueError):
    """A setting (or a saved model's content) this package cannot compute exactly."""


# --------------------------------------------------------------------------------------------
# Sparse rows


@dataclass
class Rows:
    """A CSR matrix: row ``i`` has values ``data[indptr[i]:indptr[i+1]]`` in the columns
    ``indices[...]`` (sorted within a row, except in :meth:`Tfidf.fit_transform`'s result, which
    keeps scikit-learn's order)."""

    indptr: np.ndarray  # int64, n_rows + 1
    indices: np.ndarray  # int64
    data: np.ndarray  # float64
    n_cols: int

    @property
    def n_rows(self) -> int:
        return len(self.indptr) - 1

    def row(self, i: int) -> tuple[np.ndarray, np.ndarray]:
        lo, hi = self.indptr[i], self.indptr[i + 1]
        return self.indices[lo:hi], self.data[lo:hi]

    def take(self, rows: Sequence[int]) -> "Rows":
        """These rows, in this order (repeats allowed)."""
        pieces = [self.row(i) for i in rows]
        return Rows.from_pieces(pieces, self.n_cols)

    @staticmethod
    def from_pieces(pieces: Sequence[tuple[np.ndarray, np.ndarray]], n_cols: int) -> "Rows":
        lengths = [len(idx) for idx, _ in pieces]
        indptr = np.zeros(len(pieces) + 1, dtype=np.int64)
        np.cumsum(lengths, out=indptr[1:])
        indices = np.concatenate([idx for idx, _ in pieces]).astype(np.int64) if pieces else np.zeros(0, np.int64)
        data = np.concatenate([d for _, d in pieces]).astype(np.float64) if pieces else np.zeros(0)
        return Rows(indptr, indices, data, n_cols)

    @staticmethod
    def hstack(blocks: Sequence["Rows"]) -> "Rows":
        """Blocks side by side (as ``scipy.sparse.hstack``): each row's entries block by block."""
        n_rows = blocks[0].n_rows
        offsets = np.cumsum([0] + [b.n_cols for b in blocks])
        pieces = []
        for i in range(n_rows):
            parts = [b.row(i) for b in blocks]
            pieces.append((np.concatenate([idx + off for (idx, _), off in zip(parts, offsets)]),
                           np.concatenate([d for _, d in parts])))
        return Rows.from_pieces(pieces, int(offsets[-1]))

    @staticmethod
    def from_dense(matrix: np.ndarray) -> "Rows":
        """Like ``scipy.sparse.csr_matrix(matrix)``: zeros are not stored."""
        matrix = np.asarray(matrix, dtype=np.float64)
        pieces = []
        for row in matrix:
            nz = np.flatnonzero(row)
            pieces.append((nz, row[nz]))
        return Rows.from_pieces(pieces, matrix.shape[1])

    def toarray(self) -> np.ndarray:
        out = np.zeros((self.n_rows, self.n_cols))
        rows = np.repeat(np.arange(self.n_rows), np.diff(self.indptr))
        out[rows, self.indices] = self.data
        return out

    def dot(self, weights: np.ndarray) -> np.ndarray:
        """``self @ weights`` for dense ``weights`` of shape ``(n_cols,)`` or ``(n_cols, k)``.

        Each row's products are added one after the other in column order, starting from 0, as
        SciPy's CSR product does (``np.bincount`` adds its weights in order).
        """
        weights = np.asarray(weights, dtype=np.float64)
        if weights.shape[0] != self.n_cols:
            raise ValueError(f"{self.n_cols} columns but {weights.shape[0]} weights")
        rows = np.repeat(np.arange(self.n_rows), np.diff(self.indptr))
        if weights.ndim == 1:
            return np.bincount(rows, weights=self.data * weights[self.indices], minlength=self.n_rows)
        out = np.empty((self.n_rows, weights.shape[1]))
        for k in range(weights.shape[1]):
            out[:, k] = np.bincount(rows, weights=self.data * weights[self.indices, k], minlength=self.n_rows)
        return out

    def rowwise_dot(self, other: "Rows") -> np.ndarray:
        """``sum(self[i] * other[i])`` for each row (as ``self.multiply(other).sum(axis=1)``)."""
        out = np.zeros(self.n_rows)
        for i in range(self.n_rows):
            ai, ad = self.row(i)
            bi, bd = other.row(i)
            _, ia, ib = np.intersect1d(ai, bi, assume_unique=True, return_indices=True)
            if len(ia):
                out[i] = _sequential_sum(ad[ia] * bd[ib])
        return out


def _sequential_sum(values: np.ndarray) -> float:
    """``values[0] + values[1] + …`` left to right (``np.sum`` adds pairwise: other roundings)."""
    return float(np.cumsum(values)[-1]) if len(values) else 0.0


# --------------------------------------------------------------------------------------------
# Text to features


def strip_accents_unicode(s: str) -> str:
    """As scikit-learn: NFKD, then drop combining characters (ASCII text is returned as is)."""
    try:
        s.encode("ASCII", errors="strict")
        return s
    except UnicodeEncodeError:
        normalized = unicodedata.normalize("NFKD", s)
        return "".join([c for c in normalized if not unicodedata.combining(c)])


def strip_accents_ascii(s: str) -> str:
    """As scikit-learn: NFKD, then drop whatever is not ASCII."""
    return unicodedata.normalize("NFKD", s).encode("ASCII", "ignore").decode("ASCII")


_ACCENTS = {None: None, "unicode": strip_accents_unicode, "ascii": strip_accents_ascii}
ANALYZERS = ("word", "char", "char_wb")
NORMS = (None, "l1", "l2")


class Tfidf:
    """A TF-IDF vectorizer computing what ``TfidfVectorizer`` with the same settings computes.

    ``fit`` learns the vocabulary (terms sorted, as scikit-learn numbers them) and the idf;
    ``transform`` returns :class:`Rows`. ``dtype`` is always float64.
    """

    SETTINGS = ("analyzer", "ngram_range", "lowercase", "strip_accents", "token_pattern", "stop_words",
                "binary", "norm", "use_idf", "smooth_idf", "sublinear_tf", "encoding", "decode_error")

    def __init__(self, *, analyzer: str = "word", ngram_range: tuple[int, int] = (1, 1), lowercase: bool = True,
                 strip_accents: str | None = None, token_pattern: str | None = DEFAULT_TOKEN_PATTERN,
                 stop_words: str | Iterable[str] | None = None, binary: bool = False, norm: str | None = "l2",
                 use_idf: bool = True, smooth_idf: bool = True, sublinear_tf: bool = False,
                 encoding: str = "utf-8", decode_error: str = "strict",
                 min_df: float | int = 1, max_df: float | int = 1.0, max_features: int | None = None) -> None:
        if analyzer not in ANALYZERS:
            raise Unsupported(f"analyzer {analyzer!r}")
        if strip_accents not in _ACCENTS:
            raise Unsupported(f"strip_accents {strip_accents!r}")
        if norm not in NORMS:
            raise Unsupported(f"norm {norm!r}")
        min_n, max_n = ngram_range
        if min_n > max_n:
            raise ValueError(f"Invalid value for ngram_range={ngram_range} lower boundary larger than the upper boundary.")
        self.analyzer = analyzer
        self.ngram_range = (int(min_n), int(max_n))
        self.lowercase = bool(lowercase)
        self.strip_accents = strip_accents
        self.token_pattern = token_pattern
        if isinstance(stop_words, str) and stop_words != "english":
            raise ValueError(f"not a built-in stop list: {stop_words}")
        self.stop_words = stop_words if stop_words is None or stop_words == "english" else sorted(stop_words)
        self.binary = bool(binary)
        self.norm = norm
        self.use_idf = bool(use_idf)
        self.smooth_idf = bool(smooth_idf)
        self.sublinear_tf = bool(sublinear_tf)
        self.encoding = encoding
        self.decode_error = decode_error
        self.min_df, self.max_df, self.max_features = min_df, max_df, max_features
        self.vocabulary_: dict[str, int] = {}
        self.idf_: np.ndarray | None = None
        self._accents = _ACCENTS[strip_accents]
        self._stop = (ENGLISH_STOP_WORDS if self.stop_words == "english"
                      else frozenset(self.stop_words) if self.stop_words is not None else None)
        self._tokenize = None
        if analyzer == "word":
            pattern = re.compile(token_pattern or "")
            if pattern.groups > 1:
                raise ValueError("More than 1 capturing group in token pattern. Only a single group should be captured.")
            self._tokenize = pattern.findall

    # -- settings and fitted state, for saving

    def settings(self) -> dict[str, Any]:
        """The settings (JSON-able) that, with :meth:`terms` and ``idf_``, rebuild this vectorizer."""
        out = {name: getattr(self, name) for name in self.SETTINGS}
        out["ngram_range"] = list(self.ngram_range)
        return out

    def terms(self) -> list[str]:
        """The vocabulary in column order."""
        terms: list[str | None] = [None] * len(self.vocabulary_)
        for term, j in self.vocabulary_.items():
            terms[j] = term
        if any(t is None for t in terms):
            raise Unsupported("the vocabulary's column numbers are not 0…n-1")
        return terms  # type: ignore[return-value]

    @classmethod
    def fitted(cls, settings: dict[str, Any], terms: Sequence[str], idf: np.ndarray | None) -> "Tfidf":
        """A vectorizer with this vocabulary (column ``j`` is ``terms[j]``) and idf."""
        vec = cls(**{**settings, "ngram_range": tuple(settings["ngram_range"])})
        vec.vocabulary_ = dict(zip(terms, range(len(terms))))
        if len(vec.vocabulary_) != len(terms):
            raise ValueError("duplicate terms in a vocabulary")
        if vec.use_idf:
            if idf is None or len(idf) != len(terms):
                raise ValueError("the idf does not match the vocabulary")
            vec.idf_ = np.asarray(idf, dtype=np.float64)
        return vec

    # -- analysis

    def _preprocess(self, doc: str) -> str:
        if self.lowercase:
            doc = doc.lower()
        if self._accents is not None:
            doc = self._accents(doc)
        return doc

    def analyze(self, doc: str | bytes) -> list[str]:
        """The features of one document, in scikit-learn's order (``build_analyzer()(doc)``)."""
        if isinstance(doc, bytes):
            doc = doc.decode(self.encoding, self.decode_error)
        doc = self._preprocess(doc)
        if self.analyzer == "word":
            return self._word_ngrams(self._tokenize(doc))  # type: ignore[misc]
        if self.analyzer == "char_wb":
            return self._char_wb_ngrams(doc)
        return self._char_ngrams(doc)

    def _word_ngrams(self, tokens: list[str]) -> list[str]:
        if self._stop is not None:
            tokens = [w for w in tokens if w not in self._stop]
        min_n, max_n = self.ngram_range
        if max_n != 1:
            original = tokens
            if min_n == 1:
                tokens = list(original)
                min_n += 1
            else:
                tokens = []
            n = len(original)
            append, join = tokens.append, " ".join
            for k in range(min_n, min(max_n + 1, n + 1)):
                for i in range(n - k + 1):
                    append(join(original[i:i + k]))
        return tokens

    def _char_ngrams(self, text: str) -> list[str]:
        text = _WHITE_SPACES.sub(" ", text)
        length = len(text)
        min_n, max_n = self.ngram_range
        if min_n == 1:
            ngrams = list(text)
            min_n += 1
        else:
            ngrams = []
        append = ngrams.append
        for n in range(min_n, min(max_n + 1, length + 1)):
            for i in range(length - n + 1):
                append(text[i:i + n])
        return ngrams

    def _char_wb_ngrams(self, text: str) -> list[str]:
        text = _WHITE_SPACES.sub(" ", text)
        min_n, max_n = self.ngram_range
        ngrams: list[str] = []
        append = ngrams.append
        for w in text.split():
            w = " " + w + " "
            w_len = len(w)
            for n in range(min_n, max_n + 1):
                offset = 0
                append(w[offset:offset + n])
                while offset + n < w_len:
                    offset += 1
                    append(w[offset:offset + n])
                if offset == 0:  # a short word (w_len < n) counts once
                    break
        return ngrams

    # -- counting, fitting, transforming

    def _counts(self, docs: Iterable[str], vocabulary: dict[str, int], grow: bool) -> Rows:
        indptr, indices, values = [0], [], []
        for doc in docs:
            counter: dict[int, int] = {}
            for feature in self.analyze(doc):
                j = vocabulary.get(feature)
                if j is None:
                    if not grow:
                        continue
                    j = vocabulary[feature] = len(vocabulary)
                counter[j] = counter.get(j, 0) + 1
            for j in sorted(counter):
                indices.append(j)
                values.append(counter[j])
            indptr.append(len(indices))
        data = np.asarray(values, dtype=np.float64)
        if self.binary:
            data[:] = 1.0
        return Rows(np.asarray(indptr, dtype=np.int64), np.asarray(indices, dtype=np.int64), data, len(vocabulary))

    def fit(self, docs: Sequence[str]) -> "Tfidf":
        """Learn the vocabulary and idf as ``TfidfVectorizer.fit`` does (``ValueError`` as it does:
        an empty vocabulary, nothing left after pruning)."""
        self._fit(docs)
        return self

    def _fit(self, docs: Sequence[str]) -> Rows:
        """Fit; returns the documents' counts as scikit-learn's fit leaves them: columns numbered
        in term order, each row's entries in the order its terms were first met in ``docs``
        (scikit-learn renumbers the columns without sorting the rows again)."""
        if isinstance(docs, str):
            raise ValueError("Iterable over raw text documents expected, string object received.")
        vocabulary: dict[str, int] = {}
        X = self._counts(docs, vocabulary, grow=True)
        if not vocabulary:
            raise ValueError("empty vocabulary; perhaps the documents only contain stop words")
        n_doc = X.n_rows
        high = self.max_df if isinstance(self.max_df, Integral) else self.max_df * n_doc
        low = self.min_df if isinstance(self.min_df, Integral) else self.min_df * n_doc
        if high < low:
            raise ValueError("max_df corresponds to < documents than min_df")
        if self.max_features is not None:
            X = _sort_features(X, vocabulary)
        X = _limit_features(X, vocabulary, high, low, self.max_features)
        if self.max_features is None:
            X = _sort_features(X, vocabulary)
        self.vocabulary_ = vocabulary
        if self.use_idf:
            df = np.bincount(X.indices, minlength=X.n_cols).astype(np.float64)
            df += float(self.smooth_idf)
            n_samples = n_doc + int(self.smooth_idf)
            idf = np.full_like(df, fill_value=n_samples, dtype=np.float64)
            idf /= df
            np.log(idf, out=idf)
            idf += 1.0
            self.idf_ = idf
        return X

    def transform(self, docs: Sequence[str]) -> Rows:
        """TF-IDF rows of ``docs`` (terms outside the vocabulary are ignored; each row's columns sorted)."""
        if isinstance(docs, str):
            raise ValueError("Iterable over raw text documents expected, string object received.")
        if not self.vocabulary_:
            raise ValueError("Vocabulary is empty")
        return self._weigh(self._counts(docs, self.vocabulary_, grow=False))

    def _weigh(self, X: Rows) -> Rows:
        """Counts to TF-IDF, in place (``TfidfTransformer.transform``): sublinear tf, idf, row norms."""
        if self.sublinear_tf:
            np.log(X.data, out=X.data)
            X.data += 1.0
        if self.idf_ is not None:
            X.data *= self.idf_[X.indices]
        if self.norm is not None:
            _normalize_rows(X, self.norm)
        return X

    def fit_transform(self, docs: Sequence[str]) -> Rows:
        """Fit, then the TF-IDF rows of ``docs`` as ``TfidfVectorizer.fit_transform`` gives them:
        weighed from the counts the fit made, so each row keeps its entries in first-met order
        (not sorted) and its norm is summed in that order — the same rounding as scikit-learn's,
        which :meth:`fit` followed by :meth:`transform` (sorted rows) can miss by an ulp."""
        return self._weigh(self._fit(docs))


def _sort_features(X: Rows, vocabulary: dict[str, int]) -> Rows:
    """Renumber the columns in term order (scikit-learn's ``_sort_features``)."""
    ordered = sorted(vocabulary.items())
    new_index = np.empty(len(ordered), dtype=np.int64)
    for new, (term, old) in enumerate(ordered):
        vocabulary[term] = new
        new_index[old] = new
    return _reindex(X, new_index, len(ordered))


def _reindex(X: Rows, new_index: np.ndarray, n_cols: int, keep: np.ndarray | None = None) -> Rows:
    """Columns renumbered (and those not kept dropped); each row's entries stay in their order,
    as scikit-learn's renumbering and column selection leave them."""
    indptr, indices, data = X.indptr, X.indices, X.data
    if keep is not None:
        kept = keep[indices]
        row_of = np.repeat(np.arange(X.n_rows), np.diff(indptr))
        indptr = np.zeros(X.n_rows + 1, dtype=np.int64)
        np.cumsum(np.bincount(row_of[kept], minlength=X.n_rows), out=indptr[1:])
        indices, data = indices[kept], data[kept]
    return Rows(np.asarray(indptr, dtype=np.int64), new_index[indices].astype(np.int64), data.copy(), n_cols)


def _limit_features(X: Rows, vocabulary: dict[str, int], high: float, low: float, limit: int | None) -> Rows:
    """Drop terms in more than ``high`` or fewer than ``low`` documents, then keep the ``limit``
    most frequent (scikit-learn's ``_limit_features``, ties broken by the same sort)."""
    dfs = np.bincount(X.indices, minlength=X.n_cols)
    mask = np.ones(len(dfs), dtype=bool)
    mask &= dfs <= high
    mask &= dfs >= low
    if limit is not None and mask.sum() > limit:
        tfs = np.bincount(X.indices, weights=X.data, minlength=X.n_cols)
        mask_inds = (-tfs[mask]).argsort()[:limit]
        new_mask = np.zeros(len(dfs), dtype=bool)
        new_mask[np.where(mask)[0][mask_inds]] = True
        mask = new_mask
    new_indices = np.cumsum(mask) - 1
    for term, old in list(vocabulary.items()):
        if mask[old]:
            vocabulary[term] = int(new_indices[old])
        else:
            del vocabulary[term]
    if not mask.any():
        raise ValueError("After pruning, no terms remain. Try a lower min_df or a higher max_df.")
    return _reindex(X, new_indices, int(mask.sum()), keep=mask)


def _normalize_rows(X: Rows, norm: str) -> None:
    """In place, as scikit-learn's ``inplace_csr_row_normalize_l1/l2``: each row's norm summed left
    to right, rows of zeros left alone."""
    for i in range(X.n_rows):
        lo, hi = X.indptr[i], X.indptr[i + 1]
        if lo == hi:
            continue
        d = X.data[lo:hi]
        total = _sequential_sum(np.abs(d)) if norm == "l1" else _sequential_sum(d * d)
        if total == 0.0:
            continue
        if norm == "l2":
            total = np.sqrt(total)
        d /= total


def cosine_similarity(a: Rows, b: Rows) -> np.ndarray:
    """Dense ``(a.n_rows, b.n_rows)`` cosine similarities (rows renormalised to unit length,
    as ``sklearn.metrics.pairwise.cosine_similarity``)."""
    unit = []
    for m in (a, b):
        m = Rows(m.indptr, m.indices, m.data.copy(), m.n_cols)
        _normalize_rows(m, "l2")
        unit.append(m.toarray())
    return unit[0] @ unit[1].T
