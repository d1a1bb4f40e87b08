"""The negation / attribution checks are linear in the text (issue 15.1): speech-to-text output
often has no punctuation, so one "sentence" can be a whole 1M-character answer."""

from __future__ import annotations

import time

from evaluator.models import Answer
from evaluator.rubric import load_rubric
from evaluator.scorers.keyword import KeywordScorer
from evaluator.scorers.textmatch import LOOK_AROUND, AnalysedText

from ..conftest import RUBRIC

WORDS = ("honestly it is mostly prompt engineering and we trained a transformer from scratch on our gpu "
         "cluster but people say it is not just prompting so we pick gpt-4o because it is the best model").split()


def _unpunctuated(n_chars: int) -> str:
    words = (WORDS[i % len(WORDS)] for i in range(n_chars // 4))
    return " ".join(words)[:n_chars]


def _score_cpu_seconds(text: str) -> tuple[float, list]:
    rubric = load_rubric(RUBRIC).rubric
    answer = Answer(answer_id="a", transcript_id="t", candidate_id="c", seq=0, question="", text=text,
                    question_id="model_choice")
    scorer = KeywordScorer(rubric)
    start = time.process_time()  # CPU time of this process: a loaded machine does not move it
    verdicts = list(scorer.score([answer], rubric, {"a": [*rubric.criteria, *rubric.flags]}))
    return time.process_time() - start, verdicts


def test_a_million_unpunctuated_characters_score_in_under_two_seconds():
    seconds, verdicts = _score_cpu_seconds(_unpunctuated(1_000_000))
    assert len(verdicts) == 7 and all(v.status == "scored" for v in verdicts)
    assert seconds < 2.0, f"{seconds:.2f} s of CPU for 1M characters"


def test_time_grows_linearly_not_with_the_square():
    small, _ = _score_cpu_seconds(_unpunctuated(100_000))
    large, _ = _score_cpu_seconds(_unpunctuated(400_000))
    assert large < 4 * small * 2.0 + 0.2  # 4x the text: ~4x the time (16x if quadratic)


def test_an_attribution_cue_governs_within_reach_only():
    """'people say … X' discounts X within LOOK_AROUND characters of the cue, not a page later."""
    near = "people say that it is just prompt engineering"
    far = "people say that " + "we shipped retrieval and evals for the support team " * 8 + "it is just prompt engineering"
    for text, expected in ((near, "attributed to others or described as a mistake"), (far, None)):
        hit = text.index("just prompt engineering")
        assert AnalysedText(text).why_discounted(hit, hit + 23) == expected, text[:40]
    assert len(far) - len("it is just prompt engineering") > LOOK_AROUND
