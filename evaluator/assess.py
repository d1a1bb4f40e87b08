"""Assess one answer on the spot: verdicts, highlighted evidence and what to do next.

:func:`assess` scores a single answer against a rubric without a database (the offline scorers
need none; the llm judge gets an in-memory cache unless given a connection). The result, an
:class:`Assessment`, says for every criterion the level reached, its anchor and what the next
level asks for, and for every red flag whether it is raised and, if so, the advice — the same
verdicts ``evaluator run`` would store, for one answer, in well under a second with the keyword
scorer.

Imports are kept light on purpose: the classifier predicts from the numpy copy of its model and
the question matcher uses the numpy TF-IDF (:mod:`evaluator.tfidf`), so the offline assessment
never imports scikit-learn or SciPy (about a second of imports on a small machine); the OpenAI
client and DuckDB are loaded only when the judge runs. The verdicts are those ``evaluator run``
computes with scikit-learn (the tests compare the two on every bundled answer).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import InputError, ScorerError
from .notes import INJECTION_MARK
from .fileio import write_text_atomic
from .models import Answer, Verdict
from .rubric import Criterion, Flag, LoadedRubric, load_rubric

if TYPE_CHECKING:  # imported when an answer is scored
    from .scorers.panel import ScorerPanel

# /2: "notes" are for the candidate; what only the operator needs went to "diagnostics"
FORMAT = "evaluator-assessment/2"
OFFLINE = ("keyword", "classifier")
MAX_ANSWER_CHARS = 200_000  # an answer, not a corpus: the keyword scorer is linear, but output is not
ANSWER_ID = "assess"
# Shipped inside the package (rubrics/ai-engineer-role.yaml in the repository links to it), so an
# installed evaluator assesses without a checkout.
BUNDLED_RUBRIC = Path(__file__).resolve().parent / "data" / "rubrics" / "ai-engineer-role.yaml"


# --------------------------------------------------------------------------------------------
# The result


@dataclass
class Span:
    """A piece of the answer that supports a verdict (character offsets into ``Assessment.answer``)."""

    start: int
    end: int
    text: str
    scorer: str


@dataclass
class ScorerVerdict:
    """One scorer's verdict on an item, before combination."""

    scorer: str
    status: str
    value: float | None
    label: str | None
    confidence: float | None
    reason: str


@dataclass
class LevelInfo:
    value: float
    label: str
    anchor: str


@dataclass
class ItemResult:
    """The final verdict on one criterion or flag, and what it means for the candidate."""

    kind: str  # "criterion" | "flag"
    id: str
    description: str
    status: str  # "scored" | "unscored"
    value: float | None
    label: str | None  # the level's label (criteria), "raised" / "not raised" (flags)
    decided_by: str | None  # the scorer whose verdict is final
    confidence: float | None
    reason: str
    weight: float | None = None  # criteria
    min_value: float | None = None  # criteria
    max_value: float | None = None  # criteria
    level: LevelInfo | None = None  # criteria: the level reached, with its anchor
    next_level: LevelInfo | None = None  # criteria: what the next level up asks for (None at the top)
    raised: bool | None = None  # flags
    severity: str | None = None  # flags
    advice: str | None = None  # flags: what to do instead, when raised
    evidence: list[Span] = field(default_factory=list)
    scorers: list[ScorerVerdict] = field(default_factory=list)


@dataclass
class QuestionInfo:
    """Which rubric question the answer was assessed as answering, and how that was decided."""

    id: str | None
    text: str | None  # the rubric question's wording
    how: str  # "id" (given), "exact" (wording), "similarity", "none" (no match), "not-given"
    score: float | None  # similarity, for "similarity" and "none"
    asked: str | None  # the question text given, if any
    known_ids: list[str] = field(default_factory=list)
    suggested_id: str | None = None  # unmatched: the closest question (a guess, not used)


@dataclass
class Summary:
    overall: float | None  # weighted criterion levels rescaled to 0–100, as in the reports
    criteria_scored: int
    criteria_total: int
    flags_raised: list[str]
    flags_total: int
    unscored: list[str]
    next_steps: list[str]  # raised flags' advice first (by severity), then the next level of each criterion


@dataclass
class Assessment:
    """Everything :func:`assess` found; :meth:`to_dict` is the stable JSON shape."""

    rubric: dict[str, Any]
    answer: str
    question: QuestionInfo
    scorers: list[str]  # the scorers that ran
    notes: list[str]  # what the candidate must know, in their terms: no question matched…
    diagnostics: list[str]  # for whoever runs the tool: a scorer skipped or failed, match scores…
    items: list[ItemResult]
    summary: Summary

    @property
    def criteria(self) -> list[ItemResult]:
        return [i for i in self.items if i.kind == "criterion"]

    @property
    def flags(self) -> list[ItemResult]:
        return [i for i in self.items if i.kind == "flag"]

    def item(self, item_id: str) -> ItemResult:
        return next(i for i in self.items if i.id == item_id)

    def spans(self) -> list[tuple[int, int, str]]:
        """The evidence to highlight, as ``(start, end, item_id)``: the criteria's and the raised
        flags' (a flag that is not raised may quote what it discounted, e.g. a negated phrase)."""
        return [(s.start, s.end, i.id) for i in self.items if i.kind == "criterion" or i.raised
                for s in i.evidence]

    def to_dict(self) -> dict[str, Any]:
        return {"format": FORMAT, "rubric": self.rubric, "question": asdict(self.question),
                "answer": self.answer, "scorers": self.scorers, "notes": self.notes,
                "diagnostics": self.diagnostics,
                "summary": asdict(self.summary), "items": [asdict(i) for i in self.items]}


# --------------------------------------------------------------------------------------------
# Assessing


def load_default_rubric() -> LoadedRubric:
    """The bundled AI-engineer rubric."""
    if not BUNDLED_RUBRIC.exists():
        raise InputError(f"the bundled rubric is not installed ({BUNDLED_RUBRIC}); pass a rubric file")
    return load_rubric(BUNDLED_RUBRIC)


def clean_answer(text: str, source: str = "<answer>") -> str:
    """The answer as the ingest stores it: NFKC, ``\\n`` line endings, no control characters, trimmed."""
    from .ingest.decode import normalise_text
    if not text or not text.strip():
        raise InputError("the answer is empty", path=source)
    if len(text) > MAX_ANSWER_CHARS:
        raise InputError(f"the answer is longer than {MAX_ANSWER_CHARS:,} characters; assess one answer at a time",
                         path=source)
    try:
        return normalise_text(text, source).strip()
    except InputError as exc:
        if "empty" in exc.message:
            raise InputError("the answer is empty", path=source) from exc
        raise


def assess(text: str, *, rubric: LoadedRubric | None = None, question: str | None = None,
           question_id: str | None = None, scorers: Sequence[str] = OFFLINE, judge_config: Any = None,
           conn: Any = None, classifier_model: str | Path | None = None, trust_model: bool = False,
           suggest_question: bool = True) -> Assessment:
    """Score one answer and explain the verdicts.

    ``question_id`` names the rubric question; otherwise ``question`` (free text) is matched to one
    like the pipeline matches interview questions. With neither, or no match, only the rubric-wide
    items apply and a note says so (``suggest_question`` adds the closest question by the answer's
    own words, as a hint). The classifier predicts from the ``.npz`` beside its model, and is
    skipped with a diagnostic when the rubric has no trained model; the ``llm`` scorer needs a configured
    endpoint (``judge_config``) and uses ``conn`` (a DuckDB connection) as its cache, in memory by
    default.
    """
    loaded, answer, info, items, notes, diagnostics = _prepare(text, rubric, question, question_id,
                                                               suggest_question)
    r = loaded.rubric
    panel = _make_panel(loaded, scorers, judge_config, conn, classifier_model, diagnostics, trust_model)
    verdicts, finals_list = _score(panel, answer, items, diagnostics)
    finals = {v.item_id: v for v in finals_list}
    by_item: dict[str, list[Verdict]] = {}
    for v in verdicts:
        by_item.setdefault(v.item_id, []).append(v)
    results = [_item_result(item, finals[item.id], by_item.get(item.id, [])) for item in items]
    return Assessment(rubric={"id": r.id, "version": r.version, "title": r.title, "path": loaded.path,
                              "hash": loaded.content_hash},
                      answer=answer.text, question=info, scorers=panel.names, notes=notes,
                      diagnostics=diagnostics, items=results, summary=_summary(results))


def estimate_judge(text: str, *, rubric: LoadedRubric | None = None, question: str | None = None,
                   question_id: str | None = None, judge_config: Any = None, conn: Any = None) -> Any:
    """What judging this answer would cost (calls, tokens, USD), sending nothing: an
    :class:`evaluator.judge.estimate.Estimate`."""
    from .judge.config import JudgeConfig
    from .judge.estimate import estimate
    loaded, answer, *_ = _prepare(text, rubric, question, question_id, False)
    if conn is None:
        from .store import connect
        conn = connect(":memory:")
    return estimate(conn, loaded, [answer], judge_config or JudgeConfig())


def _prepare(text: str, rubric: LoadedRubric | None, question: str | None, question_id: str | None,
             suggest: bool) -> tuple[LoadedRubric, Answer, QuestionInfo, list[Criterion | Flag], list[str], list[str]]:
    """The rubric, the answer, its question, the items that apply, the candidate's notes and the
    operator's diagnostics."""
    loaded = rubric or load_default_rubric()
    r = loaded.rubric
    text = clean_answer(text)
    info = _resolve_question(loaded, question, question_id, text, suggest)
    items = r.items_for(info.id)
    # notes are read by the candidate (terminal, web page): no option names or scores in them
    notes: list[str] = []
    diagnostics: list[str] = []
    if info.how == "not-given":
        notes.append(f"no question given: assessed on the rubric-wide items only ({_ids(items)})"
                     + _suggestion(info))
    elif info.how == "none":
        closest = f" (closest: {info.suggested_id!r})" if info.suggested_id else ""
        notes.append(f"the question matched no rubric question{closest}: assessed on the rubric-wide items only "
                     f"({_ids(items)}){_name_it(info)}")
        if info.suggested_id and info.score is not None:
            diagnostics.append(f"question match: closest {info.suggested_id} at {info.score:.2f}, below the "
                               f"rubric's threshold {r.match_threshold:g}")
    answer = Answer(answer_id=ANSWER_ID, transcript_id=ANSWER_ID, candidate_id=ANSWER_ID, seq=0,
                    question=info.asked or info.text or "", text=text, question_id=info.id)
    return loaded, answer, info, items, notes, diagnostics


def _ids(items: Iterable[Criterion | Flag]) -> str:
    return ", ".join(i.id for i in items) or "none"


def _suggestion(info: QuestionInfo) -> str:
    guess = f"; it reads most like {info.suggested_id!r} (a guess from its words)" if info.suggested_id else ""
    return guess + _name_it(info)


def _name_it(info: QuestionInfo) -> str:
    if not info.known_ids:
        return ""
    return (f"; name the question you answered to be assessed on its own criteria too, one of: "
            f"{', '.join(info.known_ids)}")


def _fold(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split()).strip(" ?.!")


def _resolve_question(loaded: LoadedRubric, question: str | None, question_id: str | None, text: str,
                      suggest: bool) -> QuestionInfo:
    r = loaded.rubric
    known = [q.id for q in r.questions]
    wording = {q.id: q.text for q in r.questions}
    asked = question.strip() if question and question.strip() else None
    if question_id is not None:
        if question_id not in wording:
            raise InputError(f"unknown question id {question_id!r} in rubric {r.id}; known: "
                             f"{', '.join(known) or 'none (this rubric has no questions)'}")
        return QuestionInfo(question_id, wording[question_id], "id", None, asked, known)
    if asked is None:
        suggested = None
        if suggest and r.questions:
            # the answer's own words against the questions' wordings: right about 3 times in 4 on the
            # bundled written answers, so only ever offered as a hint
            best, score = _best_match(loaded, text)
            suggested = best if score > 0 else None
        return QuestionInfo(None, None, "not-given", None, None, known, suggested)
    folded = _fold(asked)
    for q in r.questions:  # the exact wording (or an alias) needs no matcher
        if any(_fold(w) == folded for w in [q.text, *q.aliases]):
            return QuestionInfo(q.id, q.text, "exact", 1.0, asked, known)
    if not r.questions:
        return QuestionInfo(None, None, "none", None, asked, known)
    best, score = _best_match(loaded, asked)
    if score >= r.match_threshold:
        return QuestionInfo(best, wording[best], "similarity", round(score, 4), asked, known)
    return QuestionInfo(None, None, "none", round(score, 4), asked, known, best if score > 0 else None)


def _best_match(loaded: LoadedRubric, text: str) -> tuple[str, float]:
    from .match import QuestionMatcher
    scores = QuestionMatcher(loaded.rubric, backend="numpy").scores(text)  # no scikit-learn import
    return max(scores.items(), key=lambda kv: kv[1])


def _make_panel(loaded: LoadedRubric, names: Sequence[str], judge_config: Any, conn: Any,
                classifier_model: str | Path | None, diagnostics: list[str], trust_model: bool = False) -> ScorerPanel:
    """The scorers that can run, as a :class:`~evaluator.scorers.panel.ScorerPanel`: the classifier
    is left out with a diagnostic when the rubric has no model (unless one was named)."""
    from .scorers.base import ScorerBase, build_scorer
    from .scorers.classifier import ClassifierOptions
    from .scorers.llm import LLMOptions
    from .scorers.panel import ScorerPanel
    names = list(dict.fromkeys(names))
    if not names:
        raise ScorerError("name at least one scorer, e.g. keyword")
    running: list[ScorerBase] = []
    skipped = ""
    for name in names:
        options: Any = None
        if name == "classifier":
            # the .npz beside the model: no scikit-learn import
            options = ClassifierOptions(model_path=classifier_model or None, backend="numpy", trust_model=trust_model)
        if name == "llm":
            from .judge.config import JudgeConfig, endpoint_configured
            if not endpoint_configured(judge_config):
                raise ScorerError("the llm judge needs an endpoint: set OPENAI_API_KEY, or give an "
                                  "OpenAI-compatible server with --base-url (or OPENAI_BASE_URL)")
            options = LLMOptions(config=judge_config or JudgeConfig())
            if conn is None:
                from .store import connect
                conn = connect(":memory:")  # the judge's cache and call log, for this process only
        try:
            scorer = build_scorer(name, loaded.rubric, options, loaded_rubric=loaded, conn=conn)
        except ScorerError as exc:
            if name != "classifier" or classifier_model:
                raise  # asked for by name, or an explicit model that cannot be used: an error
            skipped = f"classifier not used: {exc.one_line()}"
            diagnostics.append(skipped)
            continue
        running.append(scorer)
    if not running:
        raise ScorerError(f"no scorer can run on rubric {loaded.rubric.id!r}: {skipped}")
    panel = ScorerPanel(running, loaded.rubric)
    panel.bind_run(None)
    return panel


def _score(panel: ScorerPanel, answer: Answer, items: list[Criterion | Flag],
           diagnostics: list[str]) -> tuple[list[Verdict], list[Verdict]]:
    """Every scorer's verdicts and the finals. A scorer that fails leaves its items unscored with
    the reason (the panel's guard) and a diagnostic; an answer with no items is not sent to the
    scorers (the judge would be asked nothing)."""
    if not items:
        return [], []
    rule = panel.combine_rule()
    if "llm" in panel.names and rule.per_item:
        # the fitted orders predate the judge: it goes where the rubric's order puts it
        rule = replace(rule, per_item=_judge_in_order(rule.per_item, panel.rubric.combine))
    scored = panel.score([answer], {answer.answer_id: items}, rule)
    for failure in scored.failures:
        # e.g. the judge's endpoint is down: the other scorers' verdicts stand, and a diagnostic says so
        why = failure.error.split("; finished answers are saved")[0]
        diagnostics.append(f"{failure.scorer} failed, its items are left to the other scorers: {why}")
    return scored.verdicts, scored.finals


def _judge_in_order(per_item: dict[str, list[str]], priority: list[str]) -> dict[str, list[str]]:
    """``per_item`` with the llm judge added to each order where the rubric's ``priority`` puts it."""
    rank = {n: i for i, n in enumerate(priority)}
    adjusted = dict(per_item)
    for item_id, order in per_item.items():
        if not any(s.startswith("llm") for s in order):
            first = rank.get(order[0], len(rank)) if order else len(rank)
            adjusted[item_id] = ["llm", *order] if rank.get("llm", len(rank)) < first else [*order, "llm"]
    return adjusted


def _level(criterion: Criterion, value: float | None) -> tuple[int | None, LevelInfo | None]:
    if value is None:
        return None, None
    for index, lv in enumerate(criterion.levels):
        if lv.value == value:
            return index, LevelInfo(lv.value, lv.label, lv.anchor)
    return None, None


def _label(item: Criterion | Flag, value: float | None) -> str | None:
    if value is None:
        return None
    if isinstance(item, Flag):
        return "raised" if value == 1 else "not raised"
    return next((lv.label for lv in item.levels if lv.value == value), None)


def _decided_by(final: Verdict, verdicts: list[Verdict]) -> str | None:
    """The scorer whose verdict ``combine`` chose (it prefixes the reason with 'from NAME: ', and may
    append a suspected-injection note)."""
    if final.status != "scored":
        return None
    for v in verdicts:
        chosen = f"from {v.scorer}: {v.reason}"
        if final.reason == chosen or final.reason.startswith(f"{chosen} {INJECTION_MARK}"):
            return v.scorer
    return None


def _evidence(final: Verdict, decided_by: str | None, others: list[Verdict]) -> list[Span]:
    """The final verdict's evidence; when it has none (the classifier quotes nothing), that of the
    scorers that agree with it."""
    sources = [(decided_by or "final", final.evidence)] if final.evidence else [
        (v.scorer, v.evidence) for v in others if v.status == "scored" and v.value == final.value and v.evidence]
    seen: set[tuple[int, int]] = set()
    spans = []
    for scorer, evidence in sources:
        for ev in evidence:
            if (ev.start, ev.end) not in seen:
                seen.add((ev.start, ev.end))
                spans.append(Span(ev.start, ev.end, ev.text, scorer))
    return sorted(spans, key=lambda s: (s.start, s.end))


def _item_result(item: Criterion | Flag, final: Verdict, verdicts: list[Verdict]) -> ItemResult:
    decided_by = _decided_by(final, verdicts)
    result = ItemResult(
        kind="criterion" if isinstance(item, Criterion) else "flag", id=item.id, description=item.description,
        status=final.status, value=final.value, label=_label(item, final.value), decided_by=decided_by,
        confidence=final.confidence, reason=final.reason, evidence=_evidence(final, decided_by, verdicts),
        scorers=[ScorerVerdict(v.scorer, v.status, v.value, _label(item, v.value), v.confidence, v.reason)
                 for v in verdicts])
    if isinstance(item, Criterion):
        index, result.level = _level(item, final.value)
        result.weight, result.min_value, result.max_value = item.weight, item.min_value, item.max_value
        if index is not None and index + 1 < len(item.levels) and item.scale != "nominal":
            nxt = item.levels[index + 1]  # nominal categories have no "next"
            result.next_level = LevelInfo(nxt.value, nxt.label, nxt.anchor)
    else:
        result.severity = item.severity
        result.raised = None if final.value is None else final.value == 1
        if result.raised:
            result.advice = item.advice or f"Address this: {item.description}"
    return result


_SEVERITY = {"high": 0, "medium": 1, "low": 2}


def _summary(items: list[ItemResult]) -> Summary:
    criteria = [i for i in items if i.kind == "criterion"]
    flags = [i for i in items if i.kind == "flag"]
    # as the reports compute it: weight-averaged criterion values rescaled to 0–100
    scored = [c for c in criteria if c.status == "scored" and c.value is not None and (c.weight or 0) > 0]
    total_weight = sum(c.weight or 0 for c in scored)
    overall = None
    if scored and total_weight:
        overall = round(100.0 * sum((c.weight or 0) * _fraction(c) for c in scored) / total_weight, 1)
    raised = sorted((f for f in flags if f.raised), key=lambda f: _SEVERITY.get(f.severity or "", 3))
    steps = [f"{f.id}: {f.advice}" for f in raised]
    # the criteria with most to gain first: weight times the distance to the top
    gaps = sorted((c for c in criteria if c.next_level is not None),
                  key=lambda c: -(c.weight or 0) * (1 - _fraction(c)))
    steps += [f"{c.id}: to reach {level_name(c.next_level)}: {c.next_level.anchor}" for c in gaps
              if c.next_level is not None]
    return Summary(overall=overall, criteria_scored=sum(c.status == "scored" for c in criteria),
                   criteria_total=len(criteria), flags_raised=[f.id for f in raised], flags_total=len(flags),
                   unscored=[i.id for i in items if i.status == "unscored"], next_steps=steps)


def _fraction(c: ItemResult) -> float:
    low, high = c.min_value or 0.0, c.max_value or 0.0
    return ((c.value or 0.0) - low) / (high - low) if high > low else 0.0


def level_name(level: LevelInfo) -> str:
    """'level 3 (Decision procedure)', or 'level 3' for a level without a label."""
    return f"level {level.value:g}" + (f" ({level.label})" if level.label else "")


HOW = {"id": "given by id", "exact": "the rubric's wording", "similarity": "matched by similarity",
       "none": "no match", "not-given": "no question given"}


def describe_match(info: QuestionInfo) -> str:
    """How the question was decided, in words."""
    how = HOW.get(info.how, info.how)
    return f"{how}, {info.score:.2f}" if info.how == "similarity" and info.score is not None else how


# --------------------------------------------------------------------------------------------
# A shareable page


def render_html(assessment: Assessment) -> str:
    """A self-contained HTML page (no external resources; autoescaped; the reports' CSP)."""
    from markupsafe import Markup

    from .report.render import environment, highlight_html
    template = environment().get_template("assess.html.j2")
    return template.render(a=assessment, how=describe_match(assessment.question), level_name=level_name,
                           answer_html=Markup(highlight_html(assessment.answer, assessment.spans())))


def write_html(assessment: Assessment, path: str | Path) -> Path:
    """Write :func:`render_html` to ``path``."""
    from .errors import ReportError
    path = Path(path)
    html = render_html(assessment)
    try:
        write_text_atomic(path, html)
    except OSError as exc:
        raise ReportError(f"cannot write: {exc.strerror or exc}", path=str(path)) from exc
    return path
