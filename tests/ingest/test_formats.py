"""Each input format parses into the right turns, roles and answers."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from evaluator.errors import InputError
from evaluator.ingest import parse_file
from evaluator.ingest.decode import decode_bytes
from evaluator.segment import segment

from ..conftest import DATA

FORMATS = DATA / "formats"


def _answers(name: str):
    parsed = parse_file(FORMATS / name)
    return [a for t in parsed.transcripts for a in segment(t).answers]


def test_txt_roles_followups_backchannels_and_small_talk():
    parsed = parse_file(FORMATS / "interview.txt")
    transcript = segment(parsed.transcripts[0])
    assert transcript.candidate_id == "interview"  # the file, not the speaker's name
    assert transcript.metadata["candidate_name"] == "Jane Doe"
    assert transcript.metadata["interviewers"] == ["Interviewer"]
    answers = transcript.answers
    assert [a.is_small_talk for a in answers] == [True, False, False]
    # the backchannel and the follow-up stay inside the second answer
    assert "user outcomes" in answers[1].text and "golden set of 300" in answers[1].text
    assert answers[1].metadata["follow_ups"] == ["Can you say more about the evaluation part?"]
    assert "accuracy, while an ML engineer keeps" in answers[1].text  # continuation lines joined


def test_markdown_bold_labels_and_headings_ignored():
    answers = _answers("interview.md")
    assert len(answers) == 1
    assert answers[0].candidate_id == "interview"
    assert answers[0].metadata["candidate_name"] == "Omar Haddad"
    assert answers[0].text.startswith("We shipped a support assistant")
    assert "eval set of 200 tickets" in answers[0].text


def test_json_turns_and_given_ids():
    answers = _answers("interview.json")
    assert answers[0].transcript_id == "json-interview" and answers[0].candidate_id == "li-wei"


def test_vtt_voice_tags_merge_cues_split_mid_sentence():
    answers = _answers("interview.vtt")
    assert len(answers) == 1
    assert answers[0].text == "It depends on cost and latency first, and the context window we need for long contracts."
    assert answers[0].candidate_id == "interview"


def test_vtt_name_prefixes(tmp_path: Path):
    path = tmp_path / "p.vtt"
    path.write_text("WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nMarcus Lee: Which model would you use?\n\n"
                    "00:00:02.000 --> 00:00:03.000\nDana Kim: Claude, for the long\n\n"
                    "00:00:03.000 --> 00:00:04.000\ncontext window.\n")
    answers = [a for t in parse_file(path).transcripts for a in segment(t).answers]
    assert answers[0].text == "Claude, for the long context window."
    assert answers[0].question == "Which model would you use?"


def test_srt_prefix_and_continuation():
    answers = _answers("interview.srt")
    assert answers[0].text == "We track latency and cost per call, and we have alerts when the error rate goes up."


def test_written_csv_and_jsonl_keep_ids_and_metadata():
    csv_answers = parse_file(FORMATS / "written.csv").transcripts
    flat = [a for t in csv_answers for a in t.answers]
    assert [a.answer_id for a in flat] == ["w-1", "w-2"]
    assert flat[0].question_id == "model_choice" and flat[1].question_id is None
    assert flat[0].metadata["cohort"] == "spring"
    jsonl = [a for t in parse_file(FORMATS / "written.jsonl").transcripts for a in t.answers]
    assert jsonl[0].metadata["team"] == "search" and jsonl[0].answer_id == "j-1"


@pytest.mark.parametrize("encoding,bom", [("utf-8", b""), ("utf-8", codecs.BOM_UTF8),
                                          ("utf-16-le", codecs.BOM_UTF16_LE), ("utf-16-be", codecs.BOM_UTF16_BE),
                                          ("cp1252", b"")])
def test_encodings(tmp_path: Path, encoding: str, bom: bytes):
    text = "Interviewer: What\u2019s an AI engineer \u2014 really?\r\nJos\u00e9 Mart\u00edn: \u201cNot\u201d a researcher.\r\n"
    path = tmp_path / f"e-{encoding}.txt"
    path.write_bytes(bom + text.encode(encoding))
    turns = parse_file(path).transcripts[0].turns
    assert turns[1].speaker == "Jos\u00e9 Mart\u00edn"
    assert turns[1].text == "\u201cNot\u201d a researcher."
    assert turns[0].text == "What\u2019s an AI engineer \u2014 really?"


def test_nfkc_normalisation():
    assert decode_bytes("Interviewer: \ufb01ne\uff1f".encode(), "x") == "Interviewer: fine?"


def test_single_use_label_inside_an_answer_is_text(tmp_path: Path):
    path = tmp_path / "steps.txt"
    path.write_text("Interviewer: How do you evaluate it?\nSam: We do three things.\n"
                    "Step One: build an eval set.\nInterviewer: And then?\nSam: We monitor it.\n")
    turns = parse_file(path).transcripts[0].turns
    assert [t.speaker for t in turns] == ["Interviewer", "Sam", "Interviewer", "Sam"]
    assert "Step One: build an eval set." in turns[1].text


def test_roles_inferred_from_questions_not_labels(tmp_path: Path):
    path = tmp_path / "names.txt"
    path.write_text("Marcus Lee: Hi! What does an AI engineer do?\n\nDana Kim: They build products on models, "
                    "with retrieval and evals and guardrails.\n\nMarcus Lee: And how do you pick a model?\n\n"
                    "Dana Kim: Cost and latency, mostly.\n")
    transcript = segment(parse_file(path).transcripts[0])
    assert transcript.metadata["candidate_speaker"] == "Dana Kim"
    assert len(transcript.answers) == 2


def test_roles_can_be_set_explicitly(tmp_path: Path):
    path = tmp_path / "odd.txt"
    path.write_text("Ann: Why?\n\nBob: Because.\n\nAnn: Really?\n\nBob: Yes, it matters.\n")
    transcript = segment(parse_file(path).transcripts[0], interviewer="Bob", candidate="Ann")
    assert transcript.metadata["candidate_speaker"] == "Ann"
    with pytest.raises(InputError, match="does not speak"):
        segment(parse_file(path).transcripts[0], candidate="Zed")
