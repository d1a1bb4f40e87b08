"""Locating the judge's evidence quotes in the answer: each method, exact offsets, speed, properties."""

from __future__ import annotations

import random
import re
import time

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from evaluator.judge.quotes import LocatedQuote, locate_quote, locate_quotes

ANSWER = (
    "Honestly, the job is mostly about \u201cevaluation\u201d \u2014 we built a harness that runs 500 prompts "
    "nightly.\n\nThen we compared   models on latency and cost, and we picked the cheaper one. It's "
    "not glamorous\u2026 but it's what keeps the product honest."
)


def check(answer: str, r: LocatedQuote) -> None:
    """The invariants every result satisfies."""
    if r.verified:
        assert r.start is not None and r.end is not None
        assert 0 <= r.start <= r.end <= len(answer)
        assert answer[r.start:r.end] == r.text
        assert r.method != "not_found" and 0.0 < r.score <= 1.0
        assert (r.score == 1.0) == (r.method == "exact")
    else:
        assert (r.start, r.end, r.text, r.score, r.method) == (None, None, None, 0.0, "not_found")


def test_exact():
    r = locate_quote(ANSWER, "we built a harness that runs 500 prompts")
    check(ANSWER, r)
    assert (r.method, r.score, r.verified) == ("exact", 1.0, True)
    assert r.start == ANSWER.index("we built") and r.text == "we built a harness that runs 500 prompts"


def test_exact_ignores_surrounding_whitespace_but_keeps_the_quote_as_given():
    r = locate_quote(ANSWER, "  Honestly, the job is \n")
    assert r.method == "exact" and r.text == "Honestly, the job is" and r.quote == "  Honestly, the job is \n"


def test_normalised_case_and_whitespace():
    r = locate_quote(ANSWER, "THEN WE COMPARED MODELS ON LATENCY")
    check(ANSWER, r)
    assert r.method == "normalised" and 0.9 < r.score < 1.0
    assert r.text == "Then we compared   models on latency"


def test_normalised_across_a_paragraph_break():
    r = locate_quote(ANSWER, "500 prompts nightly. Then we compared models")
    check(ANSWER, r)
    assert r.method == "normalised" and r.text == "500 prompts nightly.\n\nThen we compared   models"


def test_curly_quotes_and_dashes():
    r = locate_quote(ANSWER, 'about "evaluation" - we built')
    check(ANSWER, r)
    assert r.method == "normalised" and r.text == "about \u201cevaluation\u201d \u2014 we built"
    r = locate_quote(ANSWER, "It\u2019s not glamorous")  # curly apostrophe in the quote, straight in the answer
    assert r.method == "normalised" and r.text == "It's not glamorous"


def test_leading_and_trailing_punctuation_is_ignored():
    r = locate_quote(ANSWER, '"we picked the cheaper one."')
    check(ANSWER, r)
    assert r.method == "normalised" and r.text == "we picked the cheaper one"


def test_ellipsis_character_in_the_answer_matches_three_dots():
    r = locate_quote(ANSWER, "It's not glamorous... but it's what keeps")
    check(ANSWER, r)
    assert r.method == "normalised" and r.text == "It's not glamorous\u2026 but it's what keeps"


def test_fuzzy_changed_word():
    r = locate_quote(ANSWER, "we built a harness that runs 500 tests nightly")
    check(ANSWER, r)
    assert r.method == "fuzzy" and 0.85 <= r.score < 1.0
    assert r.text == "we built a harness that runs 500 prompts nightly"


def test_fuzzy_dropped_word_and_typo_at_the_start():
    r = locate_quote(ANSWER, "we compared models on latency and cost and picked the cheaper one")
    check(ANSWER, r)
    assert r.method == "fuzzy" and r.text == "we compared   models on latency and cost, and we picked the cheaper one"
    r = locate_quote("The architecture is layered and simple.", "arhitecture is layered")
    assert r.method == "fuzzy" and r.text == "architecture is layered"


def test_fuzzy_keeps_a_changed_last_word_in_the_span():
    r = locate_quote(ANSWER, "Then we compared models on latency and price")
    assert r.method == "fuzzy" and r.text.endswith("latency and cost")


def test_fragments_joined_by_an_ellipsis():
    for sep in (" \u2026 ", "...", " ... ", " [...] "):
        r = locate_quote(ANSWER, f"Honestly, the job is{sep}we picked the cheaper one")
        check(ANSWER, r)
        assert r.method == "fragments" and r.verified and 0.9 < r.score < 1.0
        assert r.start == 0 and r.text.endswith("we picked the cheaper one")


def test_fragments_must_be_in_order_and_all_found():
    assert not locate_quote(ANSWER, "we picked the cheaper one \u2026 Honestly, the job is").verified
    assert not locate_quote(ANSWER, "Honestly, the job is \u2026 we trained our own foundation model").verified


def test_fragments_tolerate_small_differences_and_hug_the_next_fragment():
    answer = "I think so. We measured recall. I think the retriever was the bottleneck, so we reranked."
    r = locate_quote(answer, "I think ... retriever was the botleneck")
    check(answer, r)
    assert r.method == "fragments"
    assert r.text == "I think the retriever was the bottleneck"  # the second "I think", not the first


def test_hallucinated_quote_is_not_found():
    r = locate_quote(ANSWER, "we trained our own foundation model on proprietary data")
    check(ANSWER, r)
    assert (r.verified, r.score, r.method, r.start) == (False, 0.0, "not_found", None)


def test_near_miss_below_threshold():
    quote = "we built a dashboard that checks 200 prompts weekly"
    r = locate_quote(ANSWER, quote)
    check(ANSWER, r)
    assert not r.verified
    lenient = locate_quote(ANSWER, quote, min_score=0.6)  # the same quote, found with a lower bar
    check(ANSWER, lenient)
    assert lenient.method == "fuzzy" and 0.6 <= lenient.score < 0.85 and "we built a harness" in lenient.text


@pytest.mark.parametrize("quote", ["", "   ", "\n\t", "...", "\u2026", '""'])
def test_empty_quotes_are_not_found(quote):
    check(ANSWER, r := locate_quote(ANSWER, quote))
    assert not r.verified


def test_quote_longer_than_the_answer_is_not_found():
    answer = "We used a vector database."
    assert not locate_quote(answer, answer + " And we also fine-tuned a model on it.").verified
    assert not locate_quote("", "anything").verified


def test_unicode_text():
    answer = "Die Größe des Modells war ein Problem; wir haben café-Daten genutzt. 我们使用了检索增强生成来减少幻觉。"
    r = locate_quote(answer, "die GRÖSSE des modells")  # ß casefolds to ss: offsets still map to the original
    check(answer, r)
    assert r.method == "normalised" and r.text == "Die Größe des Modells"
    decomposed = "cafe\u0301-Daten"  # e + combining acute accent vs the precomposed é in the answer
    r = locate_quote(answer, decomposed)
    assert r.method == "normalised" and r.text == "café-Daten"
    r = locate_quote(answer, "我们使用了检索增强生成")
    assert r.method == "exact"
    r = locate_quote(answer, "我们使用检索增强生成来减少幻觉")  # one character dropped
    check(answer, r)
    assert r.method == "fuzzy" and r.text == "我们使用了检索增强生成来减少幻觉"


def test_zero_width_and_non_breaking_spaces():
    answer = "We added an\u00a0LLM\u200b-as-judge step."
    r = locate_quote(answer, "an LLM-as-judge step")
    check(answer, r)
    assert r.method == "normalised" and r.text == "an\u00a0LLM\u200b-as-judge step"


def test_locate_quotes_keeps_order_and_length():
    quotes = ["Honestly, the job is", "nothing like this at all in the text", "we picked the cheaper one"]
    results = locate_quotes(ANSWER, quotes)
    assert [r.quote for r in results] == quotes
    assert [r.verified for r in results] == [True, False, True]
    assert locate_quotes(ANSWER, []) == []


VOCAB_TEXT = ("the model we evaluation latency cost prompt retrieval pipeline data users team built measured "
              "tokens guardrails fine-tuning baseline offline metrics accuracy recall precision dashboards \u201cquality\u201d "
              "\u2014 and but so because with for a of to in on it is was")
VOCAB = VOCAB_TEXT.split(" ")


def _long_answer(words: int = 400) -> tuple[str, list[str]]:
    rng = random.Random(7)
    ws = [rng.choice(VOCAB) + ("." if i % 17 == 16 else "") for i in range(words)]
    return " ".join(ws), ws


def test_performance_400_words_10_quotes():
    answer, ws = _long_answer()

    def sub(i: int, j: int) -> str:
        return " ".join(ws[i:j])

    quotes = [sub(10, 25), sub(40, 52).upper(), sub(100, 120) + " extra", sub(150, 160) + " ... " + sub(170, 178),
              "completely made up sentence about kubernetes operators and helm charts", sub(200, 230),
              sub(250, 256).replace(" ", "  "), "\u201c" + sub(300, 310) + ".\u201d",
              re.sub(r"\be", "a", sub(320, 335)), sub(370, 385)[::-1]]
    best = float("inf")
    for _ in range(5):
        t = time.perf_counter()
        results = locate_quotes(answer, quotes)
        best = min(best, time.perf_counter() - t)
    for r in results:
        check(answer, r)
    assert results[0].method == "exact" and results[4].method == "not_found"
    assert best < 0.05, f"{best * 1000:.1f} ms"


WORD = st.text(st.characters(categories=("L", "N")), min_size=1, max_size=8)
SEP = st.sampled_from([" ", "  ", ", ", ". ", "\n", " \u2014 ", "; ", '" ', "'", "-", "\u2026 "])


@st.composite
def answer_and_quote(draw: st.DrawFn) -> tuple[str, str]:
    """An answer built from words and separators, and a substring from a word start to a word end."""
    words = draw(st.lists(WORD, min_size=1, max_size=40))
    parts, spans, pos = [], [], 0
    for n, w in enumerate(words):
        if n:
            sep = draw(SEP)
            parts.append(sep)
            pos += len(sep)
        spans.append((pos, pos + len(w)))
        parts.append(w)
        pos += len(w)
    answer = "".join(parts)
    i = draw(st.integers(0, len(words) - 1))
    j = draw(st.integers(i, len(words) - 1))
    return answer, answer[spans[i][0]:spans[j][1]]


@settings(max_examples=300, deadline=None)
@given(answer_and_quote())
def test_property_word_aligned_substrings_are_found_exactly(case):
    answer, quote = case
    r = locate_quote(answer, quote)
    check(answer, r)
    assert r.method == "exact" and r.score == 1.0
    assert answer[r.start:r.end] == quote  # possibly an earlier occurrence of the same text


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300), st.lists(st.text(max_size=60), max_size=5))
def test_property_garbage_quotes_never_produce_bad_spans(answer, quotes):
    for r in locate_quotes(answer, quotes):
        check(answer, r)


@settings(max_examples=200, deadline=None)
@given(answer_and_quote(), st.sampled_from([str.upper, str.lower, lambda s: s.replace(" ", "   ")]))
@example(("\u0131", "\u0131"), str.upper)  # dotless i upper-cases to 'I' (found by hypothesis in CI)
def test_property_case_and_spacing_changes_are_still_found(case, change):
    answer, quote = case
    r = locate_quote(answer, change(quote), min_score=0.0)
    check(answer, r)
    assert r.verified
