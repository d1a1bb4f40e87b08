"""Redaction before text leaves the machine: what is replaced, what is not, and mapping back."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from evaluator.judge.redact import Redaction, redact

PLACEHOLDER = re.compile(r"\[(EMAIL|PHONE|URL|NAME)_\d+\]")


def check_replacements(original: str, r: Redaction) -> None:
    """Every replacement's offsets point at its value in the original and its placeholder in the text."""
    for orig_start, orig_end, red_start, red_end, placeholder in r.replacements:
        assert r.text[red_start:red_end] == placeholder
        assert same(r.restore(placeholder), original[orig_start:orig_end]) or \
            placeholder.startswith("[PHONE_")  # phones share a number by digits, however written


def same(a: str, b: str) -> bool:
    """Equal up to case and whitespace (how names and e-mails are told apart)."""
    return " ".join(a.casefold().split()) == " ".join(b.casefold().split())


def test_email():
    text = "Reach me at jane.doe+jobs@example.co.uk or JANE.DOE+jobs@example.co.uk."
    r = redact(text)
    assert r.text == "Reach me at [EMAIL_1] or [EMAIL_1]."
    assert r.values == {"[EMAIL_1]": "jane.doe+jobs@example.co.uk"}
    check_replacements(text, r)


@pytest.mark.parametrize("phone", [
    "+44 20 7946 0958", "+44 (0)20 7946 0958", "+1-555-123-4567", "+1 (555) 123-4567", "+4915112345678",
    "+33 6 12 34 56 78", "(555) 123-4567", "555-123-4567", "555.123.4567", "1-800-555-1234",
    "020 7946 0958", "07700 900123", "07700900123", "06 12 34 56 78", "0171 1234567", "0044 20 7946 0958",
])
def test_phone_formats(phone):
    r = redact(f"Call me on {phone}, thanks.")
    assert r.text == "Call me on [PHONE_1], thanks.", phone
    assert r.values["[PHONE_1]"] == phone


@pytest.mark.parametrize("text", [
    "We shipped it in 2024.", "From 2019-2024 I led the team.", "Released on 2024-01-15 at 10:30.",
    "Meeting 01.02.2024 10:30 went well.", "Accuracy rose to 95% and p95 latency fell to 200 ms.",
    "We used GPT-4o, Claude 3.5 Sonnet and Llama 3.1 70B.", "Upgrading to v3.5.1 fixed it.",
    "We processed 1 000 000 tokens for $120,000.", "The server at 192.168.1.1 answered.",
    "Scores: 4 5 3 2 1.", "It cost 100.000.000 won.", "Version 1.2.3.4567 broke the build.",
    "Claude and Gemini disagreed 12 times out of 200.", "Ticket ABC-1234567 is open.",
])
def test_non_personal_numbers_and_words_are_untouched(text):
    assert redact(text, ["Jane Doe"]).text == text


def test_urls():
    text = ("My evals are at https://github.com/janedoe/evals (see https://example.com/a_(b)), "
            "www.janedoe.dev, and gitlab.com/jane/repo. Also http://x.io/path?q=1#frag.")
    r = redact(text)
    assert r.text == "My evals are at [URL_1] (see [URL_2]), [URL_3], and [URL_4]. Also [URL_5]."
    assert r.values["[URL_2]"] == "https://example.com/a_(b)"
    assert r.values["[URL_4]"] == "gitlab.com/jane/repo"
    check_replacements(text, r)


def test_bare_domains_without_a_path_and_dotted_words_are_untouched():
    text = "I like node.js and Vue.js; see example.com for details, e.g. the README.md file."
    assert redact(text).text == text


def test_names_full_and_partial_case_insensitive_whole_words():
    text = "Jane Doe here. jane wrote it; DOE reviewed. Janet and Doerr are other people."
    r = redact(text, ["Jane Doe"])
    assert r.text == "[NAME_1] here. [NAME_2] wrote it; [NAME_3] reviewed. Janet and Doerr are other people."
    assert r.values == {"[NAME_1]": "Jane Doe", "[NAME_2]": "jane", "[NAME_3]": "DOE"}


def test_names_possessive_and_repeated_share_a_number():
    text = "Jane's pipeline beat Jane\u2019s old one; Jane Doe's team and Jane\nDoe agreed."
    r = redact(text, ["Jane Doe"])
    assert r.text == "[NAME_1]'s pipeline beat [NAME_1]\u2019s old one; [NAME_2]'s team and [NAME_2] agreed."
    check_replacements(text, r)


def test_several_names_and_unicode_names():
    r = redact("José Núñez and Jane Doe pair; núñez leads.", ["Jane Doe", "José Núñez", "", "  ", "J."])
    assert r.text == "[NAME_1] and [NAME_2] pair; [NAME_3] leads."


def test_empty_names_list_and_empty_text():
    text = "Jane Doe built it with Claude."
    assert redact(text).text == text
    assert redact(text, []).text == text
    r = redact("")
    assert (r.text, r.replacements, r.values) == ("", [], {})


def test_email_and_url_win_over_names_and_phones():
    text = "jane.doe@example.com and https://example.com/call/5551234567 and https://jane.dev/doe"
    r = redact(text, ["Jane Doe"])
    assert r.text == "[EMAIL_1] and [URL_1] and [URL_2]"


def test_numbering_per_kind_in_order_of_appearance():
    text = "a@x.com b@y.org a@x.com 020 7946 0958 c@z.net 020-7946-0958? no: 020 7946 0959"
    r = redact(text)  # one phone however written (compared by digits), another one digit apart
    assert r.text == "[EMAIL_1] [EMAIL_2] [EMAIL_1] [PHONE_1] [EMAIL_3] [PHONE_1]? no: [PHONE_2]"
    assert r.values["[PHONE_1]"] == "020 7946 0958"


def test_two_phones_separated_by_a_space():
    r = redact("+44 20 7946 0958 (555) 123-4567 020 7946 0958 020 7946 0959")
    assert r.text == "[PHONE_1] [PHONE_2] [PHONE_3] [PHONE_4]"


def test_to_original_span_and_restore():
    text = "Jane Doe (jane@doe.dev) said: call 020 7946 0958 before Friday."
    r = redact(text, ["Jane Doe"])
    assert r.text == "[NAME_1] ([EMAIL_1]) said: call [PHONE_1] before Friday."
    s = r.text.index("said")
    assert r.to_original_span(s, s + 4) == (text.index("said"), text.index("said") + 4)
    s = r.text.index("[EMAIL_1]")
    assert text[slice(*r.to_original_span(s + 2, s + 4))] == "jane@doe.dev"  # inside: the whole value
    s = r.text.index("call")
    a, b = r.to_original_span(s, s + len("call [PH"))  # runs into a placeholder: its whole value
    assert text[a:b] == "call 020 7946 0958"
    assert r.to_original_span(0, len(r.text)) == (0, len(text))
    assert r.to_original_span(0, 0) == (0, 0)
    assert r.restore(r.text) == text
    assert r.restore("[NAME_1] was clear; see [EMAIL_1], [URL_9] and [name_1].") == \
        "Jane Doe was clear; see jane@doe.dev, [URL_9] and [name_1]."
    with pytest.raises(ValueError):
        r.to_original_span(5, 2)
    with pytest.raises(ValueError):
        r.to_original_span(0, len(r.text) + 1)


PIECES = st.sampled_from([
    "Jane", "Doe", "Jane Doe", "jane's", "jane@doe.dev", "+44 20 7946 0958", "(555) 123-4567",
    "https://github.com/jane/x", "www.example.org", "example.com/p", "the", "model", "GPT-4o", "95%",
    "2024", "v3.5", "p95", "Claude", "\u00e9t\u00e9", "\u6a21\u578b", "a.b", "(", ")", ",", ".",
])


@st.composite
def texts(draw: st.DrawFn) -> str:
    pieces = draw(st.lists(PIECES, max_size=25))
    seps = draw(st.lists(st.sampled_from([" ", "  ", "\n", ", ", "; "]), min_size=len(pieces), max_size=len(pieces)))
    return "".join(p + s for p, s in zip(pieces, seps))


@settings(max_examples=300, deadline=None)
@given(texts(), st.data())
def test_property_span_mapping_round_trip(original, data):
    r = redact(original, ["Jane Doe"])
    check_replacements(original, r)
    assert not re.search(r"jane|doe|@|555|7946|github|example", PLACEHOLDER.sub("", r.text), re.IGNORECASE)
    start = data.draw(st.integers(0, len(r.text)))
    end = data.draw(st.integers(start, len(r.text)))
    a, b = r.to_original_span(start, end)
    assert 0 <= a <= b <= len(original)
    touched = [rep for rep in r.replacements if rep[2] < end and start < rep[3]]
    if not touched:
        assert original[a:b] == r.text[start:end]
    for orig_start, orig_end, *_ in touched:
        assert a <= orig_start and orig_end <= b  # the whole original value is inside the mapped span
    whole = [rep for rep in touched if start <= rep[2] and rep[3] <= end]
    if len(whole) == len(touched):  # boundaries outside placeholders: restoring gives the original
        restored = r.restore(r.text[start:end])
        assert same(restored, original[a:b]) or "[PHONE_" in r.text[start:end]


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=200), st.lists(st.text(max_size=15), max_size=3))
def test_property_arbitrary_text_is_consistent(original, names):
    r = redact(original, names)
    check_replacements(original, r)
    assert r.to_original_span(0, len(r.text)) == (0, len(original))
    pos = 0
    for orig_start, orig_end, red_start, red_end, _ in r.replacements:
        assert pos <= orig_start < orig_end
        pos = orig_end
