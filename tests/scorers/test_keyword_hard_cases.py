"""The keyword scorer on hard cases: negation, contrast, quotation, paraphrase."""

from __future__ import annotations

import pytest

from evaluator.models import Answer
from evaluator.scorers import make_scorer


def _verdicts(rubric, text: str, question_id: str = "role_definition"):
    scorer = make_scorer("keyword", rubric.rubric)
    answer = Answer(answer_id="a", transcript_id="t", candidate_id="c", seq=1, question="q", text=text,
                    question_id=question_id)
    items = {"a": rubric.rubric.items_for(question_id)}
    return {v.item_id: v for v in scorer.score([answer], rubric.rubric, items)}


@pytest.mark.parametrize("text", [
    "Honestly, the job is basically prompt engineering.",
    "It's mostly prompting, to be honest.",
    "Day to day I mostly reword the instructions to the chatbot until it behaves.",
    "My main skill is prompt engineering.",
    "You just need a good prompt and you're done.",
])
def test_just_prompt_engineering_raised(rubric, text):
    verdict = _verdicts(rubric, text)["just_prompt_engineering"]
    assert verdict.value == 1, verdict.reason
    assert verdict.evidence and all(text[e.start:e.end] == e.text for e in verdict.evidence)


@pytest.mark.parametrize("text", [
    "It's not just prompt engineering: production systems need evaluation and retrieval.",
    "A common mistake is saying it's just prompting.",
    "People assume it's basically prompt engineering, but really it's software engineering.",
    "My friend says it's all prompt engineering; I disagree.",
    "Prompt engineering is one small piece of the work.",
    "Some say \"it's just prompting\" and they're wrong.",
    "I used to think it was mostly prompting.",
    "Although the job is partly prompt engineering, most of it is evals, retrieval and monitoring.",
])
def test_just_prompt_engineering_not_raised(rubric, text):
    verdict = _verdicts(rubric, text)["just_prompt_engineering"]
    assert verdict.value == 0, verdict.reason


@pytest.mark.parametrize("text", [
    "I built a transformer from scratch for my thesis and that's what I'd bring here.",
    "My main achievement was designing a new attention variant and training it on 64 GPUs.",
    "The role is basically research: we publish papers on new architectures.",
])
def test_researcher_framing_raised(rubric, text):
    assert _verdicts(rubric, text)["researcher_framing"].value == 1


@pytest.mark.parametrize("text", [
    "I didn't train anything from scratch; we build on foundation models.",
    "People assume it's research, but it's really shipping products.",
    "A common mistake is saying you built a transformer from scratch.",
    "We never trained models from scratch.",
])
def test_researcher_framing_not_raised_and_says_why(rubric, text):
    verdict = _verdicts(rubric, text)["researcher_framing"]
    assert verdict.value == 0, verdict.reason
    assert "not counted" in verdict.reason or "no matching" in verdict.reason


def test_no_model_tradeoffs_on_missing_reasoning(rubric):
    weak = _verdicts(rubric, "I'd just use GPT-4o, it's the best one.", "model_choice")
    assert weak["no_model_tradeoffs"].value == 1 and weak["model_tradeoffs"].value == 0
    strong = _verdicts(rubric, "Claude for long contracts because of the context window; a small "
                       "open model we host ourselves when cost and latency matter.", "model_choice")
    assert strong["no_model_tradeoffs"].value == 0
    assert strong["model_tradeoffs"].value >= 2


def test_tradeoffs_paraphrased_without_the_word(rubric):
    text = ("The big hosted models are pricier per token and slower, but they read a whole contract at "
            "once; the small one we could run on our own GPUs.")
    verdict = _verdicts(rubric, text, "model_choice")
    assert verdict["no_model_tradeoffs"].value == 0, verdict["no_model_tradeoffs"].reason


def test_negated_concepts_do_not_count_towards_levels(rubric):
    text = "We had no evaluation, no monitoring and no guardrails; we just shipped it."
    verdict = _verdicts(rubric, text, "shipped_system")["production_substance"]
    assert verdict.value == 0, verdict.reason


def test_levels_follow_concept_coverage(rubric):
    text = ("We built retrieval over the docs with pgvector, an eval set of 300 questions run in CI, "
            "latency and cost dashboards in Grafana, PII redaction as a guardrail, and retries with a "
            "fallback model on timeouts.")
    verdict = _verdicts(rubric, text, "shipped_system")["production_substance"]
    assert verdict.value == 3
    assert "5/5" in verdict.reason


def test_role_understanding_top_level_needs_both_contrasts(rubric):
    text = ("An AI engineer builds products on top of foundation models with RAG and agents, and ships them "
            "to users. A data scientist runs experiments; an ML engineer runs training pipelines.")
    assert _verdicts(rubric, text)["role_understanding"].value == 3
    partial = "An AI engineer builds products on top of foundation models with RAG and ships them to users."
    assert _verdicts(rubric, partial)["role_understanding"].value == 2


def test_curly_quotes_and_dashes(rubric):
    text = "It\u2019s \u201cjust prompting\u201d \u2014 that\u2019s what people say."
    verdict = _verdicts(rubric, text)["just_prompt_engineering"]
    assert verdict.value == 0


def test_rubric_patterns_report_character_offsets_in_text_with_wide_characters():
    """RE2 matches UTF-8 bytes; the spans it finds come back as character offsets of the answer,
    whatever characters of two, three or four bytes come before (accents, CJK, emoji)."""
    import itertools
    import random

    from evaluator.rubric.safe_regex import compile_pattern
    from evaluator.scorers.textmatch import AnalysedText, _WideCharacters

    rng = random.Random(1)
    for _ in range(500):  # the offset maps agree with a per-character table at every position
        text = "".join(rng.choice("ab -.é—😀中ß") for _ in range(rng.randint(0, 40)))
        table = list(itertools.accumulate((len(ch.encode("utf-8")) for ch in text), initial=0))
        wide = _WideCharacters(text)
        assert [wide.byte_of(i) for i in range(len(text) + 1)] == table
        assert [wide.char_of(b) for b in table] == list(range(len(text) + 1))
    text = "Café 😀 中文: we measured latency, then cost 😀 and latency again"
    analysed = AnalysedText(text)
    pattern = compile_pattern("latency|cost", 0)
    spans, pos = [], 0
    while (span := analysed.pattern_search(pattern, pos)) is not None:
        spans.append(span)
        pos = span[1]
    assert [text[a:b] for a, b in spans] == ["latency", "cost", "latency"]
