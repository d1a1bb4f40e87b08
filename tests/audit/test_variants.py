"""Counterfactual variants: what each kind edits, what it leaves alone, determinism."""

from __future__ import annotations

from hypothesis import given, settings, strategies as st

from evaluator.audit.variants import (KINDS, NAME_GROUPS, counterpart, make_variants, name_variant,
                                      pronoun_variant, spelling_variant, _rng)

GROUP_OF = {n: (gender, origin) for gender, origin, names in NAME_GROUPS for n in names}


def test_every_listed_name_maps_to_another_gender_and_origin():
    for name, (gender, origin) in GROUP_OF.items():
        other = counterpart(name)
        assert GROUP_OF[other][0] != gender and GROUP_OF[other][1] != origin, (name, other)
    assert counterpart("Zebulon") == counterpart("Zebulon") and counterpart("Zebulon") in GROUP_OF


def test_names_swap_listed_and_own_names_only_as_whole_words():
    v = name_variant("Sarah told Sarahs and Lindqvist that Sara's idea worked.", own_names=("Sara", "Lindqvist"))
    assert v is not None
    assert [a for a, _ in v.edits] == ["Sarah", "Lindqvist", "Sara"]
    assert "Sarahs" in v.text and v.baseline is None


def test_an_answer_without_names_gets_a_paired_introduction():
    v = name_variant("We shipped a retrieval service.", rng=_rng(0, "a", "names"))
    (first, second), = v.edits
    assert v.baseline == f"My name is {first}. We shipped a retrieval service."
    assert v.text == f"My name is {second}. We shipped a retrieval service."
    assert GROUP_OF[first][0] != GROUP_OF[second][0]


def test_pronouns_swap_with_the_right_case_and_form():
    v = pronoun_variant("She said her team gave her the results; the idea was his. He told Ms Okafor. It took 200 ms.")
    assert v.text == "He said his team gave him the results; the idea was hers. She told Mr Okafor. It took 200 ms."
    assert pronoun_variant("They shipped it.") is None


def test_spelling_goes_the_way_with_more_words_and_skips_ambiguous_words():
    v = spelling_variant("We optimised the tokeniser's behaviour, and the check passed.")
    assert v.text == "We optimized the tokenizer's behavior, and the check passed."
    v = spelling_variant("Optimize the program and analyze the color.")
    assert v.text == "Optimise the program and analyse the colour."  # 'program' stays: computing usage
    assert spelling_variant("Nothing to change here.") is None


def test_noise_kinds_are_deterministic_and_keep_the_words():
    text = "First, we measured latency. Then, we cut cost, and we kept a fallback model."
    a = make_variants(text, "x", ("fillers", "typos", "padding"), seed=1)
    b = make_variants(text, "x", ("fillers", "typos", "padding"), seed=1)
    assert [v.text for v in a] == [v.text for v in b]
    fillers = a[0].text
    for word in text.replace(",", "").replace(".", "").split():
        assert word in fillers
    typos = a[1]
    assert all(len(x) == len(y) and sorted(x) == sorted(y) and x[0] == y[0] and x[-1] == y[-1]
               for x, y in typos.edits)
    assert text in a[2].text and len(a[2].edits) == 1


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=400), st.integers(0, 5))
def test_variants_never_fail_and_only_edit_what_they_say(text, seed):
    for v in make_variants(text, "p", KINDS, seed=seed, own_names=("Ana",)):
        assert v.kind in KINDS and v.text != text and v.edits
        if v.kind in ("pronouns", "spelling"):
            assert len(v.text.split()) == len(text.split())  # words replaced, never added or dropped
