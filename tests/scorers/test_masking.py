"""Identifiers are masked before the classifier's features, so a name swap moves no verdict."""

from __future__ import annotations

import csv
import random

import pytest

from evaluator.audit.variants import name_variant, pronoun_variant
from evaluator.classifier.masking import first_names, mask_identifiers
from evaluator.models import Answer
from evaluator.rubric import load_rubric
from evaluator.scorers.classifier import ClassifierScorer

from ..conftest import RUBRIC

WRITTEN = RUBRIC.parent.parent / "datasets" / "ai-engineer-interviews" / "written" / "answers.csv"


def test_identifiers_become_placeholders_and_domain_words_stay():
    text = ("Hi, I'm Siobhan O'Neill (siobhan.oneill@example.com, +44 20 7946 0958, @sio_builds, "
            "https://sio.example.dev/cv). With Nnamdi I moved our Claude prompts to GPT-4o on Kubernetes; "
            "he wrote the evals. Retrieval stayed on Postgres.")
    masked = mask_identifiers(text)
    for gone in ("Siobhan", "O'Neill", "siobhan.oneill", "7946", "sio_builds", "sio.example", "Nnamdi", " he "):
        assert gone not in masked, gone
    for kept in ("Claude", "GPT-4o", "Kubernetes", "Retrieval", "Postgres", "With", "evals"):
        assert kept in masked, kept
    assert masked.count("Person") == 3 and "Email" in masked and "Phone" in masked and "Link" in masked


def test_masking_is_linear_enough_for_a_long_unpunctuated_answer():
    import time
    text = "we shipped the retrieval service with Priya and Kwame " * 20_000  # ~1M characters
    start = time.perf_counter()
    masked = mask_identifiers(text)
    assert time.perf_counter() - start < 2.0
    assert "Priya" not in masked and masked.count("Person") == 40_000


def test_the_name_list_is_broad_and_holds_no_common_word():
    names = first_names()
    assert len(names) >= 1500
    for word in ("Will", "May", "Mark", "Claude", "Grant", "Hope", "Ruby", "Art", "Max"):
        assert word not in names, word


def _written_answers() -> list[Answer]:
    with WRITTEN.open(newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    return [Answer(answer_id=r["answer_id"], transcript_id=r["answer_id"], candidate_id=r["candidate_id"], seq=0,
                   question=r["question"], text=r["answer"], question_id=r["question_id"]) for r in rows]


@pytest.mark.parametrize("backend", ["sklearn", "numpy"])
def test_name_and_pronoun_swaps_move_no_classifier_verdict(backend):
    """The audit's swaps (every listed first name to one of another gender and origin; answers that
    name nobody get 'My name is A.' against 'My name is B.'; he↔she) on every bundled written
    answer: the shipped classifier's value and probability stay the same, item by item."""
    loaded = load_rubric(RUBRIC)
    scorer = ClassifierScorer(loaded.rubric, loaded_rubric=loaded, backend=backend, trust_model=True)
    items = [*loaded.rubric.criteria, *loaded.rubric.flags]
    originals, variants = [], []
    for answer in _written_answers():
        rng = random.Random(answer.answer_id)
        for variant in filter(None, [name_variant(answer.text, rng=rng), pronoun_variant(answer.text)]):
            base = variant.baseline or answer.text
            tag = f"{answer.answer_id}:{variant.kind}"
            originals.append(answer.model_copy(update={"answer_id": tag, "text": base}))
            variants.append(answer.model_copy(update={"answer_id": tag, "text": variant.text}))
    assert len(originals) > 60  # 82 on the bundled written answers
    plan = {a.answer_id: items for a in originals}
    before = {(v.answer_id, v.item_id): (v.value, v.confidence) for v in scorer.score(originals, loaded.rubric, plan)}
    after = {(v.answer_id, v.item_id): (v.value, v.confidence) for v in scorer.score(variants, loaded.rubric, plan)}
    moved = [key for key in before if before[key] != after[key]]
    assert before.keys() == after.keys() and moved == []
