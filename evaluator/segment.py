"""Turn a transcript's turns into question → answer pairs.

Roles are inferred (labels such as "Interviewer", else who asks the questions) unless given.
A new interviewer question opens a new answer; follow-ups ("can you say more about…") and
backchannels ("Mm-hm.") do not. Small talk is kept and marked.
"""

from __future__ import annotations

import re

from .errors import InputError
from .models import Answer, Transcript, Turn
from .speakers import resolve_near_misses, role_warnings

_INTERVIEWER_LABEL = re.compile(r"\b(interviewer|recruiter|hiring manager|host|moderator|panel(ist)?)\b", re.I)
_CANDIDATE_LABEL = re.compile(r"\b(candidate|interviewee|applicant)\b", re.I)
_IMPERATIVE = re.compile(
    r"\b(tell me|tell us|walk (me|us) through|talk (me|us) through|describe|explain|give (me|us) an? |"
    r"share (an?|the|your)|let'?s talk about|i'?d (like|love) to hear|i want to hear|i'?m curious|"
    r"i'?m interested in|take (me|us) through)\b", re.I)
_FOLLOW_UP = re.compile(
    r"\b(say more|tell me more|more about (that|the|this|your|how)|go deeper|dig into|elaborate|expand on|"
    r"you mentioned|you said|you talked about|can you give (me |us )?an example|for example\?|"
    r"how did you (know|measure|handle|decide|test|catch)|what happened|why (is|was) that|how so|"
    r"(that|the) [\w\- ]{0,30} part|follow[- ]up|back to (that|your)|what do you mean|"
    r"what did that look like|and then what|how did that (go|work))\b", re.I)
# A short question that refers back ("And did that go into production?") continues the topic.
_BACK_REFERENCE = re.compile(
    r"^(?:(?:and|so|but|okay|ok|right|mm|mm-hm|sure|great|nice|interesting)[,.!]?\s+)*"
    r"(?:(?:and|so|but)\s+)?(?:did|was|were|is|are|does|do|have|has|had|could|can|which|what about|how about)\b"
    r".*\b(?:that|those|this|it|them|there)\b", re.I)
# Openers are small talk when the answer is short too; closers always are.
_SHORT_BACK_REFERENCE = re.compile(r"\b(that|those|this|it|them|the (small|big|other|first|second|last) one)\b", re.I)
_GREETING = re.compile(
    r"\b(how are you|how'?s (it going|everything|things|the day|your (day|morning|week|afternoon))|"
    r"how have you been|nice to meet|thanks? (you )?for (joining|coming|your time|taking|making|being)|"
    r"can you hear me|find the link|good (morning|afternoon|evening)|welcome|weather|weekend|"
    r"before we (start|begin))\b", re.I)
# (no \b after a "?": "Any questions?" at the end of a turn is a closer too)
_CLOSER = re.compile(
    r"\b((any|do you have( any)?|what) questions( do you have)?( for (us|me)| from (your|my) side)?\s*\?|"
    r"(questions for (me|us)|anything (you'?d like|you want|else you'?d like|else) to ask|"
    r"(nearly|almost|about) (at|out of) time|few minutes (left|are yours)|last few minutes|"
    r"that'?s (all|it) (from me|for today)|we'?ll be in touch|next steps)\b)", re.I)


def _words(text: str) -> int:
    return len(text.split())


def is_question(turn: Turn) -> bool:
    """Whether an interviewer turn asks something (a '?' or an imperative prompt)."""
    return "?" in turn.text or bool(_IMPERATIVE.search(turn.text))


def is_backchannel(turn: Turn) -> bool:
    """A short acknowledgement ("Mm-hm.", "Right, okay.") that neither asks nor changes topic."""
    return "?" not in turn.text and _words(turn.text) <= 6 and not _IMPERATIVE.search(turn.text)


def is_follow_up(text: str) -> bool:
    """A question that continues the current topic rather than opening a new one."""
    if _FOLLOW_UP.search(text):
        return True
    last = re.split(r"(?<=[.!])\s+", text.strip())[-1]
    if _CLOSER.search(text):
        return False
    if len(text.split()) <= 9 and _SHORT_BACK_REFERENCE.search(text):
        return True  # "How does that bot work?", "What would make you pick the small one?"
    return len(text.split()) <= 16 and bool(_BACK_REFERENCE.search(last))


def assign_roles(transcript: Transcript, *, interviewer: str | None = None,
                 candidate: str | None = None, path: str | None = None) -> tuple[list[str], str]:
    """Decide who the interviewer(s) and the candidate are; return (interviewers, candidate).

    Explicit names win; then labels like "Interviewer"/"Candidate"; then the speaker who asks
    the most questions is the interviewer and the one who talks the most of the rest is the
    candidate.
    """
    roles = transcript.metadata.get("roles", {})
    interviewer = interviewer or roles.get("interviewer")
    candidate = candidate or roles.get("candidate")
    speakers = list(dict.fromkeys(t.speaker for t in transcript.turns))
    for name, role in ((interviewer, "interviewer"), (candidate, "candidate")):
        if name and name not in speakers:
            raise InputError(f"{role} {name!r} does not speak in this transcript (speakers: "
                             f"{', '.join(speakers)})", path=path)
    given = {t.speaker: t.role for t in transcript.turns if t.role != "unknown"}
    if len(speakers) < 2:
        raise InputError(f"only one speaker ({speakers[0]!r}); expected an interviewer and a "
                         "candidate", path=path)
    words = {s: sum(_words(t.text) for t in transcript.turns if t.speaker == s) for s in speakers}
    turns_by = {s: [t for t in transcript.turns if t.speaker == s] for s in speakers}
    asks = {s: sum(is_question(t) for t in ts) / len(ts) for s, ts in turns_by.items()}
    if candidate is None:
        labelled = [s for s in speakers if given.get(s) == "candidate" or _CANDIDATE_LABEL.search(s)]
        if labelled:
            candidate = labelled[0]
    interviewers = [interviewer] if interviewer else [
        s for s in speakers if given.get(s) == "interviewer" or _INTERVIEWER_LABEL.search(s)]
    if candidate is None:
        pool = [s for s in speakers if s not in interviewers]
        if not interviewers:
            top_asker = max(speakers, key=lambda s: (asks[s], -speakers.index(s)))
            pool = [s for s in speakers if s != top_asker] or pool
        candidate = max(pool, key=lambda s: (words[s], -asks[s]))
    if not interviewers or interviewer is None:
        interviewers = [s for s in speakers if s != candidate]
    return interviewers, candidate


def segment(transcript: Transcript, *, interviewer: str | None = None,
            candidate: str | None = None, path: str | None = None) -> Transcript:
    """Fill ``transcript.answers`` from its turns and set each turn's role.

    Near-miss speaker labels ("Intervewer") are read as the speaker meant first; what was
    corrected or looks doubtful is in the returned transcript's ``warnings``. Written-answer
    transcripts (already paired) are returned unchanged.
    """
    if transcript.kind == "written":
        return transcript
    roles = transcript.metadata.get("roles", {})
    fixed, warnings = resolve_near_misses(transcript.turns, transcript.transcript_id,
                                          keep=(interviewer, candidate, *roles.values()))
    transcript = transcript.model_copy(update={"turns": fixed})
    interviewers, candidate_name = assign_roles(transcript, interviewer=interviewer,
                                                candidate=candidate, path=path)
    turns = [t.model_copy(update={"role": "candidate" if t.speaker == candidate_name else
                                  "interviewer" if t.speaker in interviewers else "unknown"})
             for t in transcript.turns]
    warnings += role_warnings(turns, interviewers, candidate_name, transcript.transcript_id, is_question)
    segments: list[dict] = []
    current: dict | None = None
    for turn in turns:
        if turn.role == "interviewer":
            if is_backchannel(turn):
                continue
            asks = is_question(turn)
            has_answer = current is not None and current["answer"]
            if current is not None and has_answer and asks and is_follow_up(turn.text):
                current["follow_ups"].append(turn.text)
                continue
            if asks or current is None:
                current = {"question": turn.text, "answer": [], "start": turn.index,
                           "end": turn.index, "follow_ups": []}
                segments.append(current)
            elif has_answer:  # a remark after an answer ("Good point, thanks."): not a new question
                current["follow_ups"].append(turn.text)
            else:  # a remark before the candidate spoke: part of the question
                current["question"] += "\n\n" + turn.text
        elif turn.role == "candidate":
            if current is None:
                current = {"question": "", "answer": [], "start": turn.index, "end": turn.index,
                           "follow_ups": []}
                segments.append(current)
            current["answer"].append(turn.text)
            current["end"] = turn.index
    # identity comes from the file (or an id given in it), never from a speaker's first name:
    # "Olga" in two files is two candidates; the name is kept for display
    candidate_id = transcript.candidate_id or transcript.transcript_id
    answers: list[Answer] = []
    for seg in segments:
        if not seg["answer"]:
            continue
        text = "\n\n".join(seg["answer"])
        seq = len(answers) + 1
        question = seg["question"]
        small_talk = (not question or bool(_CLOSER.search(question))
                      or (bool(_GREETING.search(question)) and _words(text) < 60)
                      or ("?" not in question and not _IMPERATIVE.search(question) and _words(text) < 8))
        answers.append(Answer(
            answer_id=f"{transcript.transcript_id}/{seq}", transcript_id=transcript.transcript_id,
            candidate_id=candidate_id, seq=seq, question=seg["question"], text=text,
            is_small_talk=small_talk, turn_start=seg["start"], turn_end=seg["end"],
            metadata=({"follow_ups": seg["follow_ups"]} if seg["follow_ups"] else {})
            | ({"candidate_name": candidate_name} if is_personal_name(candidate_name) else {}),
        ))
    metadata = {**transcript.metadata, "interviewers": interviewers, "candidate_speaker": candidate_name}
    if is_personal_name(candidate_name):
        metadata["candidate_name"] = candidate_name  # the display name ("Candidate" is none)
    return transcript.model_copy(update={"turns": turns, "answers": answers, "candidate_id": candidate_id,
                                         "metadata": metadata, "warnings": warnings})


def is_personal_name(speaker: str) -> bool:
    """Whether a speaker label is a person's name rather than a role ("Candidate", "Speaker 2")."""
    return not (_CANDIDATE_LABEL.search(speaker) or _INTERVIEWER_LABEL.search(speaker)
                or re.fullmatch(r"(speaker ?\d+|a|q|unknown)", speaker, re.I))

