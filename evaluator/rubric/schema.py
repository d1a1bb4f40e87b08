"""The rubric format: pydantic models (``extra="forbid"``) and their JSON Schema.

A rubric holds questions, graded criteria (levels with anchors) and red flags. Keyword rules
are grouped into *concepts* (phrases and regexes) under each criterion or flag; a criterion's
levels say which concepts must be covered (``when``); a flag is raised when any of its concepts
is found (``raise_when: any``) or when too few are covered (``raise_when: missing``).
"""

from __future__ import annotations

import re
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from .safe_regex import PatternError, compile_pattern

ALL = "all"
Identifier = str  # validated by _check_id

_ID_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_\-\./]*$")


def _check_id(value: str) -> str:
    if not _ID_RE.match(value):
        raise ValueError(
            f"{value!r} is not a valid id: use letters, digits, '_', '-', '.' or '/'"
        )
    return value


class LocatedError(ValueError):
    """A validation error that knows where it is, relative to the model that raised it."""

    def __init__(self, message: str, *loc: str | int) -> None:
        super().__init__(message)
        self.loc = loc


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Question(Strict):
    """A question the rubric knows; answers are matched to it by id or text similarity."""

    id: Identifier
    text: str = Field(min_length=1)
    aliases: list[str] = Field(default_factory=list, description="Other wordings of the question.")
    reference_answer: str | None = Field(default=None, description="A model answer, if any.")

    _id = field_validator("id")(_check_id)


class Concept(Strict):
    """A group of phrases and regexes that all evidence the same idea."""

    id: Identifier
    description: str = ""
    phrases: list[str] = Field(
        default_factory=list,
        description="Matched case-insensitively on word boundaries; whitespace and hyphens are "
        "interchangeable; a trailing '*' matches any word ending (e.g. 'guardrail*').",
    )
    patterns: list[str] = Field(
        default_factory=list, description="Regular expressions, matched case-insensitively."
    )

    _id = field_validator("id")(_check_id)

    @field_validator("patterns")
    @classmethod
    def _patterns_compile(cls, patterns: list[str]) -> list[str]:
        for pattern in patterns:
            try:
                # compiled as one alternative among others, so global flags like (?i) can't work
                compiled = re.compile(f"(?:x)|(?:{pattern})")
            except re.error as exc:
                raise ValueError(f"pattern {pattern!r} is not a valid regex: {exc}") from exc
            if compiled.fullmatch(""):
                # it would match everywhere; and RE2 and re step past empty matches differently
                raise ValueError(f"pattern {pattern!r} matches the empty string, so it would match anywhere")
            try:
                # answers are hostile input: patterns must run in linear time (no backtracking)
                compile_pattern(f"(?:{pattern})", re.IGNORECASE | re.MULTILINE)
            except PatternError as exc:
                raise ValueError(
                    f"pattern {pattern!r} cannot run on the linear-time regex engine (RE2): {exc}; "
                    "look-around, back-references, atomic groups and possessive quantifiers are "
                    "not supported") from exc
        return patterns

    @model_validator(mode="after")
    def _not_empty(self) -> "Concept":
        if not self.phrases and not self.patterns:
            raise ValueError(f"concept {self.id!r} needs at least one phrase or pattern")
        if len(self.patterns) > 1:
            # the scorer runs a concept's patterns as one alternation (scorers/textmatch.py): each
            # may compile alone while together they exceed RE2's memory limit
            try:
                compile_pattern("|".join(f"(?:{p})" for p in self.patterns), re.IGNORECASE | re.MULTILINE)
            except PatternError as exc:
                raise ValueError(f"concept {self.id!r}: its {len(self.patterns)} patterns together cannot run on "
                                 f"the linear-time regex engine (RE2: {exc}); split them across several "
                                 "concepts or simplify them") from exc
        return self


class LevelCondition(Strict):
    """What an answer must cover to reach a level (all given conditions must hold)."""

    min_concepts: int = Field(default=0, ge=0, description="Distinct concepts covered, at least.")
    all_of: list[Identifier] = Field(default_factory=list, description="Concepts all required.")
    any_of: list[Identifier] = Field(default_factory=list, description="At least one of these.")
    min_words: int = Field(default=0, ge=0, description="Answer length in words, at least.")


class Level(Strict):
    """One level of a graded criterion: a numeric value and the anchor that describes it."""

    value: float = Field(allow_inf_nan=False)  # NaN would defeat the ordering checks
    label: str = ""
    anchor: str = Field(min_length=1, description="What an answer at this level looks like.")
    when: LevelCondition | None = Field(
        default=None, description="Keyword conditions; omit on the baseline (lowest) level."
    )


Scope = Literal["all"] | list[Identifier]
Aggregate = Literal["mean", "max", "min", "median", "last"]


class Criterion(Strict):
    """A graded criterion: levels with anchors, a weight in the overall score and a scope."""

    id: Identifier
    description: str = Field(min_length=1)
    weight: float = Field(default=1.0, ge=0, allow_inf_nan=False)
    scope: Scope = Field(default=ALL, description="'all' or a list of question ids.")
    aggregate: Aggregate = Field(
        default="mean", description="How a candidate's answers combine into one value."
    )
    scale: Literal["ordinal", "interval", "nominal"] = Field(
        default="ordinal",
        description="ordinal: ordered levels; interval: numeric scores where distances mean something; "
        "nominal: unordered categories (level values are codes, level labels the category names).",
    )
    concepts: list[Concept] = Field(default_factory=list)
    levels: list[Level] = Field(min_length=2)

    _id = field_validator("id")(_check_id)

    @model_validator(mode="after")
    def _check_levels(self) -> "Criterion":
        values = [level.value for level in self.levels]
        if len(set(values)) != len(values):
            raise LocatedError(f"criterion {self.id!r} has duplicate level values {values}", "levels")
        if values != sorted(values):
            raise LocatedError(f"criterion {self.id!r}: list levels from lowest to highest value", "levels")
        _check_concept_refs(self.id, self.concepts, [(i, lv.when) for i, lv in enumerate(self.levels) if lv.when])
        return self

    def level_for_label(self, label: str) -> Level | None:
        """The level whose label is ``label`` (case-insensitive), for categorical data."""
        wanted = label.strip().lower()
        return next((lv for lv in self.levels if lv.label.strip().lower() == wanted), None)

    def nearest_level(self, value: float) -> float:
        """The level value nearest to ``value`` (a regression output, a median of raters or of
        judge samples, a label between levels). A value exactly halfway between two levels goes
        to the higher one, as a tie of raters goes to the larger value (``consensus``)."""
        return min((lv.value for lv in self.levels), key=lambda v: (abs(v - value), -v))

    @property
    def min_value(self) -> float:
        return self.levels[0].value

    @property
    def max_value(self) -> float:
        return self.levels[-1].value


class Flag(Strict):
    """A red flag: raised (1) or not (0) on each answer in scope."""

    id: Identifier
    description: str = Field(min_length=1)
    severity: Literal["low", "medium", "high"] = "medium"
    advice: str | None = Field(
        default=None, min_length=1,
        description="What to do instead when the flag is raised (shown by 'evaluator assess'); "
        "not part of the scoring rules.")
    scope: Scope = ALL
    raise_when: Literal["any", "missing"] = Field(
        default="any",
        description="'any': raised when a concept is found; 'missing': raised when fewer than "
        "min_concepts concepts are covered.",
    )
    min_concepts: int = Field(default=1, ge=1)
    concepts: list[Concept] = Field(default_factory=list)
    concepts_from: Identifier | None = Field(
        default=None, description="Reuse the concepts of this criterion."
    )
    unless_concepts_from: Identifier | None = Field(
        default=None,
        description="Not raised when the answer covers at least unless_min_concepts concepts of "
        "this criterion (e.g. prompting mentioned among real production work).",
    )
    unless_min_concepts: int = Field(default=2, ge=1)

    _id = field_validator("id")(_check_id)

    @model_validator(mode="after")
    def _has_rules(self) -> "Flag":
        _check_concept_refs(self.id, self.concepts, [])
        return self


class Rubric(Strict):
    """A scoring rubric: questions, criteria and flags."""

    id: Identifier
    version: str = Field(min_length=1)
    title: str = ""
    description: str = ""
    match_threshold: float = Field(
        default=0.3, ge=0, le=1, description="Minimum similarity to match an answer to a question."
    )
    combine: list[str] = Field(
        default_factory=lambda: ["llm", "classifier", "keyword"],
        description="Scorer priority for the final verdict: the first that scored an item wins.",
    )
    questions: list[Question] = Field(default_factory=list)
    criteria: list[Criterion] = Field(default_factory=list)
    flags: list[Flag] = Field(default_factory=list)

    _id = field_validator("id")(_check_id)

    @model_validator(mode="after")
    def _check_references(self) -> "Rubric":
        question_ids = [q.id for q in self.questions]
        _no_duplicates("question", question_ids, "questions")
        item_ids = [c.id for c in self.criteria] + [f.id for f in self.flags]
        locs = [("criteria", i, "id") for i in range(len(self.criteria))] + [
            ("flags", i, "id") for i in range(len(self.flags))]
        _no_duplicates("criterion/flag", item_ids, locs)
        if not item_ids:
            raise ValueError("a rubric needs at least one criterion or flag")
        criteria = {c.id: c for c in self.criteria}
        for kind, items in (("criteria", self.criteria), ("flags", self.flags)):
            for index, item in enumerate(items):
                if item.scope != ALL:
                    unknown = [q for q in item.scope if q not in question_ids]
                    if unknown:
                        raise LocatedError(f"{item.id!r} scope names unknown questions {unknown}",
                                           kind, index, "scope")
        for index, flag in enumerate(self.flags):
            for field, ref in (("concepts_from", flag.concepts_from),
                               ("unless_concepts_from", flag.unless_concepts_from)):
                if ref is not None and ref not in criteria:
                    raise LocatedError(f"flag {flag.id!r} refers to unknown criterion {ref!r}",
                                       "flags", index, field)
            if not flag.concepts and flag.concepts_from is None:
                raise LocatedError(f"flag {flag.id!r} needs concepts or concepts_from", "flags", index)
        return self

    def criterion(self, item_id: str) -> Criterion:
        return next(c for c in self.criteria if c.id == item_id)

    def flag(self, item_id: str) -> Flag:
        return next(f for f in self.flags if f.id == item_id)

    def flag_concepts(self, flag: Flag) -> list[Concept]:
        """A flag's own concepts plus those it borrows from a criterion."""
        borrowed = self.criterion(flag.concepts_from).concepts if flag.concepts_from else []
        return [*flag.concepts, *borrowed]

    def items_for(self, question_id: str | None, *, small_talk: bool = False) -> list[Criterion | Flag]:
        """The criteria and flags that apply to an answer matched to ``question_id``.

        Unmatched answers get only rubric-wide items; small talk gets only rubric-wide flags.
        """
        items: list[Criterion | Flag] = []
        for item in [*self.criteria, *self.flags]:
            if small_talk and isinstance(item, Criterion):
                continue
            if item.scope == ALL or (question_id is not None and question_id in item.scope):
                items.append(item)
        return items


def _no_duplicates(what: str, ids: list[str], where: str | list[tuple] = ()) -> None:
    """Raise at the second occurrence of a repeated id."""
    seen: set[str] = set()
    for index, item_id in enumerate(ids):
        if item_id in seen:
            loc = where[index] if isinstance(where, list) else ((where, index, "id") if where else ())
            raise LocatedError(f"duplicate {what} ids: [{item_id!r}]", *loc)
        seen.add(item_id)


def _check_concept_refs(owner: str, concepts: list[Concept],
                        conditions: list[tuple[int, LevelCondition]]) -> None:
    ids = [c.id for c in concepts]
    _no_duplicates(f"concept (in {owner!r})", ids, "concepts")
    for index, cond in conditions:
        unknown = [c for c in [*cond.all_of, *cond.any_of] if c not in ids]
        if unknown:
            raise LocatedError(f"{owner!r}: level condition names unknown concepts {unknown}",
                               "levels", index, "when")
        if cond.min_concepts > len(ids):
            raise LocatedError(
                f"{owner!r}: min_concepts {cond.min_concepts} exceeds its {len(ids)} concepts",
                "levels", index, "when", "min_concepts")


def rubric_json_schema() -> dict:
    """JSON Schema of the rubric format."""
    return Rubric.model_json_schema()
