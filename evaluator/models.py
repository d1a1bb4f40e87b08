"""Plain data models passed between pipeline stages."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

Role = Literal["interviewer", "candidate", "unknown"]
ScoreStatus = Literal["scored", "unscored"]
ItemKind = Literal["criterion", "flag"]


class Turn(BaseModel):
    """One speaker turn of a transcript."""

    model_config = ConfigDict(extra="forbid")

    index: int
    speaker: str
    text: str
    start: float | None = None
    role: Role = "unknown"
    line: int | None = None  # 1-based line in the source file, for error messages


class IngestWarning(BaseModel):
    """Something ingest noticed and worked around but did not refuse: a speaker label read as
    another, a third speaker, roles that look swapped. Stored with the file, shown in the run
    summary and the reports."""

    model_config = ConfigDict(extra="forbid")

    transcript_id: str
    kind: Literal["speaker_label_corrected", "extra_speaker", "unexpected_label", "roles_uncertain"]
    message: str
    line: int | None = None  # 1-based line in the source file (None when the format has none)


class Transcript(BaseModel):
    """A parsed interview transcript (turns) or a set of written answers (already paired)."""

    model_config = ConfigDict(extra="forbid")

    transcript_id: str
    candidate_id: str
    kind: Literal["interview", "written"] = "interview"
    turns: list[Turn] = Field(default_factory=list)
    answers: list["Answer"] = Field(default_factory=list)  # filled directly for written answers
    metadata: dict[str, Any] = Field(default_factory=dict)
    warnings: list[IngestWarning] = Field(default_factory=list)  # filled by segmentation


class Answer(BaseModel):
    """A question and the candidate's answer to it: the unit every scorer scores."""

    model_config = ConfigDict(extra="forbid")

    answer_id: str
    transcript_id: str
    candidate_id: str
    seq: int
    question: str
    text: str
    question_id: str | None = None  # rubric question id, given or matched
    match_score: float | None = None  # similarity of the match; None when given explicitly
    is_small_talk: bool = False
    turn_start: int | None = None
    turn_end: int | None = None
    metadata: dict[str, Any] = Field(default_factory=dict)


class Evidence(BaseModel):
    """A character span into the answer text that supports a verdict."""

    model_config = ConfigDict(extra="forbid")

    start: int
    end: int
    text: str


class Verdict(BaseModel):
    """One scorer's decision on one rubric item for one answer.

    ``value`` is ``None`` exactly when ``status == "unscored"``; ``reason`` then says why.
    """

    model_config = ConfigDict(extra="forbid")

    answer_id: str
    item_kind: ItemKind
    item_id: str
    scorer: str
    value: float | None
    confidence: float | None = None
    status: ScoreStatus = "scored"
    reason: str = ""
    evidence: list[Evidence] = Field(default_factory=list)


Transcript.model_rebuild()
