"""Match answers to rubric questions: by question_id when given, else by text similarity."""

from __future__ import annotations

import re
from dataclasses import dataclass

from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.metrics.pairwise import cosine_similarity

from .models import Answer
from .rubric import Rubric


_SENTENCES = re.compile(r"(?<=[.!?:])\s+")


@dataclass(frozen=True)
class QuestionMatch:
    question_id: str | None
    score: float | None
    matched_by: str  # "given", "similarity", "none"


class QuestionMatcher:
    """TF-IDF cosine similarity between an asked question and each rubric question's wordings.

    Two views are averaged: word uni/bi-grams (discriminative), and character 3–5-grams within
    words (tolerates inflections and transcription typos). In each view a question scores its
    best wording.
    """

    def __init__(self, rubric: Rubric) -> None:
        self.rubric = rubric
        self.threshold = rubric.match_threshold
        self._ids: list[str] = []
        texts: list[str] = []
        for question in rubric.questions:
            for wording in [question.text, *question.aliases]:
                self._ids.append(question.id)
                texts.append(wording)
        self._vectorizers: list[TfidfVectorizer] = []
        self._matrices = []
        if texts:
            for vectorizer in (
                TfidfVectorizer(ngram_range=(1, 2), stop_words="english", sublinear_tf=True),
                TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), sublinear_tf=True),
            ):
                try:
                    self._matrices.append(vectorizer.fit_transform(texts))
                    self._vectorizers.append(vectorizer)
                except ValueError:  # e.g. every word is a stop word
                    continue

    def scores(self, question: str) -> dict[str, float]:
        """Similarity of ``question`` to every rubric question (best wording, best view).

        The whole turn and each of its sentences are compared, so a preamble ("Great, thanks.
        Last one from me: …") does not dilute the question itself.
        """
        best: dict[str, float] = {qid: 0.0 for qid in self._ids}
        if not question.strip() or not self._vectorizers:
            return best
        pieces = [question] + [s for s in _SENTENCES.split(question) if len(s.split()) >= 3 and s != question]
        for vectorizer, matrix in zip(self._vectorizers, self._matrices):
            sims = cosine_similarity(vectorizer.transform(pieces), matrix).max(axis=0)
            view: dict[str, float] = {}
            for qid, sim in zip(self._ids, sims):
                view[qid] = max(view.get(qid, 0.0), float(sim))
            for qid, sim in view.items():
                best[qid] += sim / len(self._vectorizers)
        return best

    def match(self, answer: Answer) -> QuestionMatch:
        """The rubric question an answer responds to, or none when below the threshold."""
        known = {q.id for q in self.rubric.questions}
        if answer.question_id and answer.question_id in known:
            return QuestionMatch(answer.question_id, None, "given")
        if answer.is_small_talk or not self._ids:
            return QuestionMatch(None, None, "none")
        scores = self.scores(answer.question)
        question_id, score = max(scores.items(), key=lambda kv: kv[1])
        if score >= self.threshold:
            return QuestionMatch(question_id, round(score, 4), "similarity")
        return QuestionMatch(None, round(score, 4), "none")
