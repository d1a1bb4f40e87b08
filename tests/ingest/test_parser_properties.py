"""Property tests for every parser: hostile input only ever raises our own errors, and valid
input generated from turns or rows parses back to the same turns or rows."""

from __future__ import annotations

import csv
import io
import json
import re
import unicodedata
from pathlib import Path

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from evaluator.errors import EvaluatorError
from evaluator.ingest import parse_file
from evaluator.ingest.decode import decode_bytes, normalise_text
from evaluator.ingest.jsonfile import parse_json_transcript
from evaluator.ingest.subtitles import parse_srt, parse_vtt
from evaluator.ingest.text import parse_labelled_text
from evaluator.ingest.written import iter_csv_rows, iter_jsonl_rows, parse_written
from evaluator.rubric import parse_rubric
from evaluator.rubric.safe_regex import PatternError, compile_pattern

FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
ROUND_TRIP = settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# --- strategies -------------------------------------------------------------------------------

# Fragments that steer random text towards each format's syntax, so fuzzing gets past the
# first check instead of always failing at "no speaker labels" or "not a WebVTT file".
_FRAGMENTS = ["WEBVTT", "-->", "00:00:01.000", "00:00:02,500", "99:99:99.999", "1", "<v Ann>", "</v>",
              "<b>", "Interviewer:", "Candidate: ", "**Ann:**", "# ", "---", "NOTE", "{", "}", "[",
              "]", '"', '"turns"', '"speaker"', '"text"', ":", ",", "\n", "\n\n", "\r", "\t", "\x00",
              "\ufeff", "\u202e", "é", "😀", "candidate_id,question,answer", "answer", "null", "1e999",
              "-", "&amp;", " ", "a"]
hostile_text = st.one_of(
    st.text(max_size=300),
    st.lists(st.sampled_from(_FRAGMENTS), max_size=60).map("".join),
    st.lists(st.one_of(st.sampled_from(_FRAGMENTS), st.text(max_size=8)), max_size=40).map("".join),
)
hostile_bytes = st.one_of(st.binary(max_size=300), hostile_text.map(lambda t: t.encode("utf-8", "surrogatepass")))

_WORD = st.text("abcdefghijklmnopqrstuvwxyz", min_size=1, max_size=8)
# Names the text/SRT label grammar reads as speakers: one or two Title-case words.
speaker_name = st.lists(_WORD.map(str.capitalize), min_size=1, max_size=2).map(" ".join)
# Turn text: printable, one line, no markup the formats give a meaning to.
_MARKUP = set('<>&*_#-:\\"')
_SAFE_CHARS = st.characters(codec="utf-8", exclude_categories=("Cc", "Cs", "Co", "Cn", "Zl", "Zp", "Zs"))
# NFKC first (the decoder applies it), then drop markup: NFKC maps e.g. U+FF1C to '<'
turn_text = st.text(_SAFE_CHARS | st.just(" "), min_size=1, max_size=60).map(
    lambda t: " ".join(unicodedata.normalize("NFKC", t).split())).filter(lambda t: t and not set(t) & _MARKUP)



@st.composite
def dialogues(draw: st.DrawFn) -> list[tuple[str, str]]:
    """Two speakers taking turns (adjacent turns of one speaker would merge)."""
    first = draw(speaker_name)
    second = draw(speaker_name.filter(lambda n: n != first))
    texts = draw(st.lists(turn_text, min_size=1, max_size=8))
    return [((first, second)[i % 2], text) for i, text in enumerate(texts)]


def _raises_only_our_errors(parse, *args, **kwargs) -> None:
    try:
        result = parse(*args, **kwargs)
        if hasattr(result, "__next__"):
            list(result)
    except EvaluatorError as exc:
        line = exc.one_line()
        assert line and "\n" not in line


def _as_turns(turns) -> list[tuple[str, str]]:
    return [(t.speaker, t.text) for t in turns]


# --- arbitrary input raises only our errors ---------------------------------------------------


@FUZZ
@given(data=hostile_bytes, suffix=st.sampled_from([".txt", ".md", ".json", ".jsonl", ".csv", ".vtt", ".srt"]))
def test_parse_file_raises_only_input_errors(data: bytes, suffix: str) -> None:
    _raises_only_our_errors(parse_file, Path(f"fuzz{suffix}"), data)


@FUZZ
@given(data=hostile_bytes)
def test_decode_raises_only_input_errors(data: bytes) -> None:
    _raises_only_our_errors(decode_bytes, data, "x")


@FUZZ
@given(text=hostile_text, markdown=st.booleans())
def test_labelled_text_raises_only_input_errors(text: str, markdown: bool) -> None:
    _raises_only_our_errors(parse_labelled_text, text, "x", markdown=markdown)


@FUZZ
@given(text=hostile_text)
def test_json_raises_only_input_errors(text: str) -> None:
    _raises_only_our_errors(parse_json_transcript, text, "x")


@FUZZ
@given(value=st.recursive(st.none() | st.booleans() | st.floats() | st.integers() | st.text(max_size=10),
                          lambda inner: st.lists(inner, max_size=4)
                          | st.dictionaries(st.sampled_from(["turns", "speaker", "text", "start", "role",
                                                             "metadata", "transcript_id", "x"]), inner, max_size=4),
                          max_leaves=20))
def test_json_of_wrong_types_raises_only_input_errors(value) -> None:
    _raises_only_our_errors(parse_file, Path("x.json"), json.dumps(value).encode())
    _raises_only_our_errors(parse_file, Path("x.jsonl"), (json.dumps(value) + "\n").encode())


@FUZZ
@given(text=hostile_text)
def test_jsonl_and_csv_raise_only_input_errors(text: str) -> None:
    _raises_only_our_errors(lambda: parse_written(iter_jsonl_rows(text, "x"), "x", "x"))
    _raises_only_our_errors(lambda: parse_written(iter_csv_rows(text, "x"), "x", "x"))
    _raises_only_our_errors(lambda: parse_written(
        iter_csv_rows("candidate_id,question,answer\n" + text, "x"), "x", "x"))


@FUZZ
@given(text=hostile_text)
def test_subtitles_raise_only_input_errors(text: str) -> None:
    _raises_only_our_errors(parse_vtt, "WEBVTT\n\n" + text, "x")
    _raises_only_our_errors(parse_vtt, text, "x")
    _raises_only_our_errors(parse_srt, text, "x")
    _raises_only_our_errors(parse_srt, "1\n00:00:01,000 --> 00:00:02,000\n" + text, "x")


_YAML_FRAGMENTS = ["id: r\n", "version: '1'\n", "criteria:\n", "  - id: c\n", "    levels:\n",
                   "      - {value: 0, anchor: a}\n", "&a ", "*a", "<<: *a\n", "!!python/object ", "? ",
                   "[", "]", "{", "}", "- ", ": ", "\t", "patterns: ['(a+)+$']\n", ".nan", "1e999",
                   "~", "'", '"', "\n", "  ", "x"]


@FUZZ
@given(text=st.one_of(st.text(max_size=200), st.lists(st.sampled_from(_YAML_FRAGMENTS), max_size=50).map("".join)))
def test_rubric_yaml_raises_only_rubric_errors(text: str) -> None:
    _raises_only_our_errors(parse_rubric, text, "x.yaml")


@FUZZ
@given(pattern=st.one_of(st.text(max_size=30), st.lists(st.sampled_from(
    ["(", ")", "a", "+", "*", "?", "|", "\\", "[", "]", "{2,}", "(?<=", "(?i)", "\\1", "$", "^", "\\Z", "."]),
    max_size=15).map("".join)))
def test_safe_regex_compiles_or_raises_pattern_error(pattern: str) -> None:
    try:
        compiled = compile_pattern(pattern)
    except PatternError:
        return
    list(compiled.finditer("aaaa!" * 20))


@FUZZ
@given(pattern=st.lists(st.sampled_from(["a", "b", "|", "*", "+", "?", "(", ")", "[ab]", ".", "\\b", "^", "$",
                                        "(?:", "{1,2}", "\\w"]), min_size=1, max_size=10).map("".join),
       text=st.text("ab \t", max_size=30))
def test_safe_regex_finds_what_re_finds(pattern: str, text: str) -> None:
    """On ASCII text without newlines, RE2's matches are Python's, except after an empty match
    (see safe_regex; a rubric refuses patterns that match an empty string)."""
    try:
        expected = [m.span() for m in re.finditer(pattern, text, re.IGNORECASE)]
    except re.error:
        return
    if any(start == end for start, end in expected):
        return
    try:
        compiled = compile_pattern(pattern, re.IGNORECASE)
    except PatternError:
        return
    assert [m.span() for m in compiled.finditer(text)] == expected
    found = compiled.search(text)
    assert (found.span() if found else None) == (expected[0] if expected else None)


# --- round trips: generated valid input parses back to what generated it -----------------------


@ROUND_TRIP
@given(turns=dialogues(), markdown=st.booleans(), encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16"]))
def test_labelled_text_round_trip(turns: list[tuple[str, str]], markdown: bool, encoding: str) -> None:
    if markdown:
        body = "# Interview\n\n" + "\n\n".join(f"**{s}:** {t}" for s, t in turns)
    else:
        body = "\n".join(f"{s}: {t}" for s, t in turns)
    text = decode_bytes(body.encode(encoding), "x")
    assert _as_turns(parse_labelled_text(text, "x", markdown=markdown)) == turns


@ROUND_TRIP
@given(turns=dialogues(), wrap=st.booleans())
def test_json_round_trip(turns: list[tuple[str, str]], wrap: bool) -> None:
    items = [{"speaker": s, "text": t, "start": float(i)} for i, (s, t) in enumerate(turns)]
    _, parsed = parse_json_transcript(json.dumps({"turns": items} if wrap else items), "x")
    assert _as_turns(parsed) == turns
    assert [t.start for t in parsed] == [float(i) for i in range(len(turns))]


def _timestamp(seconds: float, sep: str) -> str:
    ms = round(seconds * 1000)
    return f"{ms // 3_600_000:02d}:{ms // 60_000 % 60:02d}:{ms // 1000 % 60:02d}{sep}{ms % 1000:03d}"


@ROUND_TRIP
@given(turns=dialogues(), gap=st.floats(0.5, 4000, allow_nan=False))
def test_vtt_round_trip(turns: list[tuple[str, str]], gap: float) -> None:
    cues = [f"{_timestamp(i * gap, '.')} --> {_timestamp(i * gap + gap / 2, '.')}\n<v {s}>{t}</v>"
            for i, (s, t) in enumerate(turns)]
    parsed = parse_vtt("WEBVTT\n\n" + "\n\n".join(cues) + "\n", "x")
    assert _as_turns(parsed) == turns
    assert [t.start for t in parsed] == [round(i * gap * 1000) / 1000 for i in range(len(turns))]


@ROUND_TRIP
@given(turns=dialogues(), gap=st.floats(0.5, 4000, allow_nan=False))
def test_srt_round_trip(turns: list[tuple[str, str]], gap: float) -> None:
    cues = [f"{i + 1}\n{_timestamp(i * gap, ',')} --> {_timestamp(i * gap + gap / 2, ',')}\n{s}: {t}"
            for i, (s, t) in enumerate(turns)]
    parsed = parse_srt("\n\n".join(cues) + "\n", "x")
    assert _as_turns(parsed) == turns


_CELL = st.text(st.characters(codec="utf-8", exclude_categories=("Cs", "Co", "Cn"),
                              exclude_characters="\r\x00\ufeff"), min_size=1, max_size=40).map(str.strip).filter(bool)
answer_rows = st.lists(st.tuples(_WORD, _CELL, _CELL), min_size=1, max_size=8)


def _written_triples(parsed) -> list[tuple[str, str, str]]:
    return sorted((a.candidate_id, a.question, a.text) for t in parsed.transcripts for a in t.answers)


@ROUND_TRIP
@given(rows=answer_rows)
def test_csv_round_trip(rows: list[tuple[str, str, str]]) -> None:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["candidate_id", "question", "answer"])
    writer.writerows(rows)
    parsed = parse_written(iter_csv_rows(out.getvalue(), "x"), "x", "x")
    assert not parsed.row_errors, [e.one_line() for e in parsed.row_errors]
    assert _written_triples(parsed) == sorted(rows)


@ROUND_TRIP
@given(rows=answer_rows)
def test_jsonl_round_trip(rows: list[tuple[str, str, str]]) -> None:
    text = "".join(json.dumps({"candidate_id": c, "question": q, "answer": a}) + "\n" for c, q, a in rows)
    parsed = parse_written(iter_jsonl_rows(text, "x"), "x", "x")
    assert not parsed.row_errors
    assert _written_triples(parsed) == sorted(rows)


@ROUND_TRIP
@given(text=st.text(st.characters(codec="utf-8", exclude_categories=("Cc", "Cs")), min_size=1, max_size=200),
       encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "cp1252"]))
def test_decode_round_trip(text: str, encoding: str) -> None:
    if encoding == "utf-16-le" and not text.isascii() or not text.strip():
        return  # BOM-less UTF-16 is recognised only for mostly-ASCII text
    try:
        data = text.encode(encoding)
    except UnicodeEncodeError:
        return
    if encoding == "cp1252" and re.search(rb"[\xc2-\xf4][\x80-\xbf]", data):
        return  # reads as (broken) UTF-8: ambiguous by design, see test_hostile_inputs
    assert decode_bytes(data, "x") == normalise_text(text)


_ID = st.text("abcdefghijklmnopqrstuvwxyz0123456789_", min_size=1, max_size=10).filter(lambda s: s[0].isalnum())


@st.composite
def rubrics(draw: st.DrawFn) -> dict:
    criteria = []
    for cid in draw(st.lists(_ID, min_size=1, max_size=3, unique=True)):
        concept_ids = draw(st.lists(_ID, min_size=1, max_size=3, unique=True))
        values = sorted(draw(st.lists(st.integers(-5, 10), min_size=2, max_size=4, unique=True)))
        criteria.append({
            "id": cid, "description": draw(turn_text), "weight": draw(st.floats(0, 10)),
            "concepts": [{"id": k, "phrases": draw(st.lists(turn_text, min_size=1, max_size=3))}
                         for k in concept_ids],
            "levels": [{"value": v, "anchor": draw(turn_text),
                        **({"when": {"min_concepts": draw(st.integers(0, len(concept_ids)))}} if i else {})}
                       for i, v in enumerate(values)],
        })
    return {"id": draw(_ID), "version": draw(_ID), "criteria": criteria}


@ROUND_TRIP
@given(data=rubrics(), flow=st.booleans())
def test_rubric_yaml_round_trip(data: dict, flow: bool) -> None:
    loaded = parse_rubric(yaml.safe_dump(data, default_flow_style=flow, allow_unicode=True), "x.yaml")
    dumped = loaded.rubric.model_dump(exclude_unset=True)
    assert dumped == data
