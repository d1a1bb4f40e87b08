"""Match answers to rubric questions: by question_id when given, else by text similarity.

Two implementations of the same TF-IDF similarity: scikit-learn's (the default, what
``evaluator run`` uses) and :mod:`evaluator.tfidf`'s with numpy alone (``backend="numpy"``, what
``evaluator assess`` uses, so that it does not import scikit-learn); they agree to rounding
(about 1e-16, checked on every bundled question by the tests).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import numpy as np

from .models import Answer
from .rubric import Rubric


_SENTENCES = re.compile(r"(?<=[.!?:])\s+")
# A similarity match that clears the rubric's ``match_threshold`` by less than this is reported as
# low-confidence (a warning in the run summary and the reports): the question may be another one.
# On the bundled interviews, wrong matches ("tell me about a time you disagreed…") scored up to
# 0.33 against a threshold of 0.2, and right ones from 0.34.
LOW_CONFIDENCE_MARGIN = 0.15
_CACHE_SIZE = 10_000  # distinct question texts remembered


@dataclass(frozen=True)
class QuestionMatch:
    question_id: str | None
    score: float | None
    matched_by: str  # "given", "similarity", "none"


class _Similarity:
    """One TF-IDF view of the rubric's wordings: the cosine similarity of texts to each."""

    def __init__(self, settings: dict[str, Any], wordings: list[str], backend: str) -> None:
        self.backend = backend
        if backend == "numpy":
            from .tfidf import Tfidf
            self.vectorizer: Any = Tfidf(**settings)
        else:
            from sklearn.feature_extraction.text import TfidfVectorizer
            self.vectorizer = TfidfVectorizer(**settings)
        self.matrix = self.vectorizer.fit_transform(wordings)

    def __call__(self, texts: list[str]) -> np.ndarray:
        if self.backend == "numpy":
            from .tfidf import cosine_similarity
        else:
            from sklearn.metrics.pairwise import cosine_similarity
        return cosine_similarity(self.vectorizer.transform(texts), self.matrix)


class QuestionMatcher:
    """TF-IDF cosine similarity between an asked question and each rubric question's wordings.

    Two views are averaged: word uni/bi-grams (discriminative), and character 3–5-grams within
    words (tolerates inflections and transcription typos). In each view a question scores its
    best wording. ``backend``: ``"sklearn"`` or ``"numpy"`` (no scikit-learn import; same scores
    to rounding).
    """

    def __init__(self, rubric: Rubric, backend: str = "sklearn") -> None:
        if backend not in ("sklearn", "numpy"):
            raise ValueError(f"unknown matcher backend {backend!r}: sklearn or numpy")
        self.rubric = rubric
        self.backend = backend
        self.threshold = rubric.match_threshold
        self._ids: list[str] = []
        texts: list[str] = []
        for question in rubric.questions:
            for wording in [question.text, *question.aliases]:
                self._ids.append(question.id)
                texts.append(wording)
        self._known = {q.id for q in rubric.questions}
        self._cache: dict[str, dict[str, float]] = {}
        self._views: list[_Similarity] = []
        if texts:
            settings = (dict(ngram_range=(1, 2), stop_words="english", sublinear_tf=True),
                        dict(analyzer="char_wb", ngram_range=(3, 5), sublinear_tf=True))
            for kwargs in settings:
                try:
                    self._views.append(_Similarity(kwargs, texts, backend))
                except ValueError:  # e.g. every word is a stop word
                    continue

    def scores(self, question: str) -> dict[str, float]:
        """Similarity of ``question`` to every rubric question (best wording, best view).

        The whole turn and each of its sentences are compared, so a preamble ("Great, thanks.
        Last one from me: …") does not dilute the question itself.
        """
        return self.scores_many([question])[0]

    def scores_many(self, questions: list[str]) -> list[dict[str, float]]:
        """:meth:`scores` for many questions, with one vectorizer pass for those not seen before.

        Interviews ask the same questions again and again: results are remembered per text
        (the cache is bounded), and the vectorizers' per-call overhead is paid once per batch.
        """
        todo = list(dict.fromkeys(q for q in questions if q not in self._cache))
        if todo:
            for question, result in zip(todo, self._compute(todo)):
                if len(self._cache) >= _CACHE_SIZE:
                    self._cache.pop(next(iter(self._cache)))  # the oldest entry
                self._cache[question] = result
        return [self._cache[q] if q in self._cache else self._compute([q])[0] for q in questions]

    def _compute(self, questions: list[str]) -> list[dict[str, float]]:
        results: list[dict[str, float]] = [{qid: 0.0 for qid in self._ids} for _ in questions]
        owners: list[int] = []
        pieces: list[str] = []
        for i, question in enumerate(questions):
            if question.strip() and self._views:
                for piece in [question] + [s for s in _SENTENCES.split(question) if len(s.split()) >= 3 and s != question]:
                    owners.append(i)
                    pieces.append(piece)
        if not pieces:
            return results
        for similarity in self._views:
            sims = similarity(pieces)
            per_question: dict[int, Any] = {}
            for owner, row in zip(owners, sims):
                per_question[owner] = row if owner not in per_question else np.maximum(per_question[owner], row)
            for owner, row in per_question.items():
                view: dict[str, float] = {}
                for qid, sim in zip(self._ids, row):
                    view[qid] = max(view.get(qid, 0.0), float(sim))
                for qid, sim in view.items():
                    results[owner][qid] += sim / len(self._views)
        return results

    def match(self, answer: Answer) -> QuestionMatch:
        """The rubric question an answer responds to, or none when below the threshold."""
        return self.match_many([answer])[0]

    def match_many(self, answers: list[Answer]) -> list[QuestionMatch]:
        """:meth:`match` for a batch of answers (similarities computed together)."""
        out: list[QuestionMatch | None] = [None] * len(answers)
        to_score: list[int] = []
        for i, answer in enumerate(answers):
            if answer.question_id and answer.question_id in self._known:
                out[i] = QuestionMatch(answer.question_id, None, "given")
            elif answer.is_small_talk or not self._ids:
                out[i] = QuestionMatch(None, None, "none")
            else:
                to_score.append(i)
        for i, scores in zip(to_score, self.scores_many([answers[i].question for i in to_score])):
            question_id, score = max(scores.items(), key=lambda kv: kv[1])
            out[i] = QuestionMatch(question_id if score >= self.threshold else None, round(score, 4),
                                   "similarity" if score >= self.threshold else "none")
        return out  # type: ignore[return-value]
