"""The library's main entry points: ingest files, score answers, both at once.

The CLI is a thin adapter over these; they take a DuckDB connection and plain values and
return summaries, calling ``progress`` callbacks instead of printing.
"""

from __future__ import annotations

import hashlib
import itertools
import signal
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Sequence

import duckdb

from .errors import InputError
from .judge.client import JudgeUnavailable
from .ingest import FORMATS, ParsedFile, discover, file_stem_id, parse_file, read_bytes, tables
from .ingest.graded import is_graded_header
from .ingest.written import RowGrouper
from .ingest import content_hash as hash_bytes
from .match import QuestionMatcher
from .models import Answer, Transcript
from .rubric import Criterion, Flag, LoadedRubric
from .scorers.panel import CombineRule, ScorerPanel
from .segment import segment
from .store import pending, sources, writes
from .store.cohorts import Cohort, count_members, drop_departed
from .store.reads import stored_combine
from .store.scrub import scrub, secret_values
from . import workers as workers_

Progress = Callable[[int], None]
SCORE_BATCH = 500


@dataclass
class IngestSummary:
    files_ingested: int = 0
    files_unchanged: int = 0
    files_partial: int = 0
    answers: int = 0
    skipped: list[str] = field(default_factory=list)  # one-line errors of files not ingested
    row_errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)  # "path:line: message" of files ingested now

    @property
    def files_seen(self) -> int:
        return self.files_ingested + self.files_unchanged + len(self.skipped)


@dataclass
class ScoreSummary:
    run_id: str
    resumed: bool
    answers_scored: int = 0
    answers_unchanged: int = 0
    verdicts: int = 0
    unscored: int = 0
    flags_raised: int = 0
    llm_stats: Any = None  # the judge's calls, tokens and cost when the llm scorer ran
    cohort: str = "every answer in the database"  # which answers the run covers, for people
    answers_removed: int = 0  # answers that left the cohort (their files were removed from the inputs)
    # (path, answers stored) of files whose ingest was cut off part way: left out until ingested again
    files_loading: list[tuple[str, int]] = field(default_factory=list)


def ingest_paths(conn: duckdb.DuckDBPyConnection, inputs: Iterable[str | Path], *,
                 interviewer: str | None = None, candidate: str | None = None,
                 progress: Progress | None = None) -> IngestSummary:
    """Ingest files and folders; idempotent by content hash. Bad files are recorded, not fatal."""
    summary = IngestSummary()
    for path in discover(inputs):
        ingest_file(conn, path, summary, interviewer=interviewer, candidate=candidate)
        if progress:
            progress(1)
    return summary


def ingest_file(conn: duckdb.DuckDBPyConnection, path: Path, summary: IngestSummary, *,
                interviewer: str | None = None, candidate: str | None = None,
                parsed: ParsedFile | None = None) -> None:
    """Ingest one file into ``summary``; unchanged files (same content hash) are not re-read.

    Answer tables (CSV, JSON Lines, Parquet) are streamed in batches whatever their size; other
    files are read whole, within their format's size limit. ``parsed`` lets a caller that already
    parsed the file (e.g. to read its labels) skip a second parse.
    """
    name = str(path)
    fmt = FORMATS.get(path.suffix.lower(), path.suffix.lower().lstrip(".") or "unknown")
    if fmt in tables.TABLE_FORMATS and parsed is None:
        try:
            sniffed = tables.sniff(path, fmt)
        except InputError as exc:
            summary.skipped.append(exc.one_line())
            return
        if _known(conn, name, sniffed.content_hash, summary):
            return
        if sniffed.problem is not None:
            _record_skipped(conn, name, fmt, sniffed.content_hash, sniffed.size_bytes, sniffed.problem, summary)
            return
        if not is_graded_header(tables.table_header(path, fmt, sniffed)):
            _ingest_table(conn, path, fmt, sniffed, summary)
            return
    try:
        data = read_bytes(path)
    except InputError as exc:
        summary.skipped.append(exc.one_line())
        return
    digest = hash_bytes(data)
    if _known(conn, name, digest, summary):
        return
    try:
        parsed = parsed if parsed is not None and parsed.content_hash == digest else parse_file(path, data)
        transcripts = [segment(_unique_id(conn, t, name, parsed.format), interviewer=interviewer,
                               candidate=candidate, path=name) for t in parsed.transcripts]
        if not any(t.answers for t in transcripts):
            raise InputError("no candidate answers found (no candidate turns after a question)", path=name)
    except InputError as exc:
        _record_skipped(conn, name, fmt, digest, len(data), exc, summary)
        return
    stored = writes.record_file(conn, path=name, fmt=parsed.format, content_hash=digest,
                                size_bytes=len(data), transcripts=transcripts,
                                row_errors=parsed.row_errors)
    _ingested(conn, name, stored, summary)


def _known(conn: duckdb.DuckDBPyConnection, name: str, digest: str, summary: IngestSummary) -> bool:
    """Whether this very file (path and content) was ingested or skipped before; counts it (a file
    still 'loading' was cut off part way: it is ingested again)."""
    known = sources.known_file(conn, name, digest)
    if known:
        if known[0] == "skipped":
            summary.skipped.append(known[1])
        else:
            summary.files_unchanged += 1
    return bool(known)


def _record_skipped(conn: duckdb.DuckDBPyConnection, name: str, fmt: str, digest: str, size: int,
                    error: InputError, summary: IngestSummary) -> None:
    writes.record_skipped_file(conn, path=name, fmt=fmt, content_hash=digest, size_bytes=size, error=error)
    summary.skipped.append(error.one_line())


def _ingest_table(conn: duckdb.DuckDBPyConnection, path: Path, fmt: str, sniffed: tables.Sniffed,
                  summary: IngestSummary) -> None:
    """Stream an answer table into the database in batches of :data:`TABLE_BATCH_ROWS` rows
    (memory stays bounded whatever the file's size; see :class:`~.store.writes.FileWriter`)."""
    name = str(path)
    grouper = RowGrouper(name, file_stem_id(path))
    first_error: list[InputError] = []
    try:
        with writes.FileWriter(conn, path=name, fmt=fmt, content_hash=sniffed.content_hash,
                               size_bytes=sniffed.size_bytes,
                               atomic=sniffed.size_bytes <= writes.ATOMIC_BYTES) as writer:
            for batch in _batches(tables.iter_table_rows(path, fmt, sniffed), TABLE_BATCH_ROWS):
                transcripts, errors = grouper.add(batch)
                first_error = first_error or errors[:1]
                writer.add(transcripts, errors)
            if not writer.n_answers:
                first = f": {first_error[0].message}" if first_error else ""
                raise InputError(f"no valid answer rows{first}", path=name)
            stored = writer.n_answers
    except InputError as exc:
        _record_skipped(conn, name, fmt, sniffed.content_hash, sniffed.size_bytes, exc, summary)
        return
    except UnicodeDecodeError as exc:  # the file changed between the sniffing pass and this one
        error = InputError(f"changed while being read ({exc.reason})", path=name)
        _record_skipped(conn, name, fmt, sniffed.content_hash, sniffed.size_bytes, error, summary)
        return
    _ingested(conn, name, stored, summary)


TABLE_BATCH_ROWS = 10_000


def _batches(rows: Iterable[tables.Row], size: int) -> Iterator[list[tables.Row]]:
    iterator = iter(rows)
    while batch := list(itertools.islice(iterator, size)):
        yield batch


def _ingested(conn: duckdb.DuckDBPyConnection, name: str, stored: int, summary: IngestSummary) -> None:
    """Count a stored file and collect its warnings and row errors for the summary."""
    summary.files_ingested += 1
    summary.answers += stored
    summary.warnings.extend(warning_line(name, line, message) for line, message in sources.file_warnings(conn, name))
    errors = sources.file_row_errors(conn, name)
    if errors:
        summary.files_partial += 1
        summary.row_errors.extend(InputError(m, path=name, line=ln).one_line() for ln, m in errors)


def warning_line(path: str, line: int | None, message: str) -> str:
    """A warning as the summaries print it: ``path:line: message``."""
    return f"{path}:{line}: {message}" if line is not None else f"{path}: {message}"


def _unique_id(conn: duckdb.DuckDBPyConnection, transcript: Transcript, path: str, fmt: str) -> Transcript:
    """Give a transcript whose id came from its file name a new id when another file has it
    (``interview.txt`` and ``interview.vtt``); ids given explicitly in the file are kept, and a
    clash is then reported by the store."""
    if not transcript.metadata.get("id_from_filename"):
        return transcript
    for candidate_id in (transcript.transcript_id, f"{transcript.transcript_id}-{fmt}"):
        owner = sources.transcript_owner(conn, candidate_id)
        if owner is None or owner == path:
            return transcript.model_copy(update={"transcript_id": candidate_id})
    suffix = hashlib.sha256(path.encode()).hexdigest()[:8]
    return transcript.model_copy(update={"transcript_id": f"{transcript.transcript_id}-{suffix}"})


def run_id_for(rubric: LoadedRubric, scorer_names: Sequence[str], scorer_versions: Sequence[str],
               cohort: Cohort | None = None) -> str:
    """Same rubric version, scorers and cohort → same run id, so a repeated run resumes, not duplicates."""
    key = rubric.content_hash + "|" + ",".join(f"{n}:{v}" for n, v in zip(scorer_names, scorer_versions))
    if cohort is not None and cohort.key:  # 'all' keeps the ids of runs made before cohorts
        key += "|" + cohort.key
    return "run-" + hashlib.sha256(key.encode()).hexdigest()[:12]


def pending_answers(conn: duckdb.DuckDBPyConnection, rubric: LoadedRubric, scorer_names: Sequence[str], *,
                    scorer_options: dict | None = None, cohort: Cohort | None = None) -> tuple[str, list[Answer]]:
    """The run id these scorers would use, and the answers it has not scored yet (for --dry-run)."""
    cohort = cohort or Cohort.all()
    panel = ScorerPanel.build(scorer_names, rubric, options=scorer_options, conn=conn)
    run_id = run_id_for(rubric, scorer_names, panel.versions, cohort)
    return run_id, _load_answers(conn, pending.pending_ids(conn, run_id, cohort)[0])


def _load_answers(conn: duckdb.DuckDBPyConnection, answer_ids: list[str]) -> list[Answer]:
    return [row.to_answer() for row in pending.load_rows(conn, answer_ids)]


def default_workers() -> int:
    """Processes for the offline scorers: every usable core."""
    return workers_.default_workers()


def score_answers(conn: duckdb.DuckDBPyConnection, rubric: LoadedRubric, scorer_names: Sequence[str], *,
                  scorer_options: dict | None = None, progress: Progress | None = None,
                  on_start: Callable[[int], None] | None = None, workers: int = 1,
                  cohort: Cohort | None = None) -> ScoreSummary:
    """Score the cohort's answers not yet scored (or changed since) under this rubric and these scorers.

    ``cohort`` chooses the answers (default: every answer in the database; ``evaluator run``
    passes the answers of its inputs). Answers are read, scored and written in batches, each
    batch in one transaction, so memory stays flat and an interrupted run keeps every finished
    batch. With ``workers`` > 1 the offline scorers run in that many processes while this one
    reads, combines and writes. A scorer that stops (the judge's endpoint down, its budget spent)
    ends the run as interrupted after writing the batch with the other scorers' verdicts.
    """
    cohort = cohort or Cohort.all()
    panel = ScorerPanel.build(scorer_names, rubric, options=scorer_options, conn=conn)
    run_id = run_id_for(rubric, scorer_names, panel.versions, cohort)
    members = count_members(conn, cohort, run_id)
    loading = sources.loading_files(conn)
    if members == 0 and loading:
        raise InputError(f"no answers to score: the ones stored are of {len(loading)} file(s) whose ingest was cut "
                         f"off part way ({', '.join(path for path, _ in loading[:3])}); ingest them again")
    if members == 0:
        raise InputError({"inputs": "no answers to score: the inputs gave none",
                          "named": f"cohort {cohort.name!r} has no answers yet: add some with "
                                   f"'evaluator run INPUTS --cohort {cohort.name}'",
                          "all": "no answers to score: the database has none; ingest some first"}[cohort.kind])
    panel.bind_run(run_id)  # scorers that log per run (the llm judge's calls)
    writes.save_rubric(conn, rubric_hash=rubric.content_hash, rubric_id=rubric.rubric.id,
                       version=rubric.rubric.version, title=rubric.rubric.title, path=rubric.path,
                       content=rubric.rubric.model_dump(mode="json"))
    resumed = writes.ensure_run(conn, run_id=run_id, rubric_hash=rubric.content_hash,
                                rubric_id=rubric.rubric.id, rubric_version=rubric.rubric.version,
                                scorers=list(scorer_names),
                                config={"scorers": list(scorer_names),
                                        "versions": {s.name: s.version for s in panel.scorers}},
                                cohort=cohort.to_json())
    summary = ScoreSummary(run_id=run_id, resumed=resumed, cohort=cohort.describe())
    summary.files_loading = loading
    summary.answers_removed = drop_departed(conn, cohort, run_id)
    todo, rescored = pending.pending_ids(conn, run_id, cohort)
    summary.answers_unchanged = count_members(conn, cohort, run_id) - len(todo)
    if on_start:
        on_start(len(todo))
    matcher = QuestionMatcher(rubric.rubric)
    batch_size = max(SCORE_BATCH, panel.batch_size)
    batches = pending.pending_batches(conn, run_id, cohort, batch_size)
    parallel = workers > 1 and len(todo) > batch_size and panel.parallel
    # the final rule: orders fitted when the classifier was trained override the rubric's, item by
    # item, and those fitted on this run's verdicts by 'calibrate --fit-combine' override both
    rule = panel.combine_rule(stored_combine(conn, run_id))
    status = "interrupted"
    try:
        if parallel:
            _score_in_processes(conn, rubric, scorer_names, scorer_options, matcher, run_id, batches,
                                rescored, rule, summary, progress, workers)
        else:
            for rows in batches:
                batch, items, run_answers = _prepare(rubric, matcher, rows)
                _write(conn, run_id, run_answers, [r.answer_id for r in rows if r.answer_id in rescored],
                       score_rows(panel, [row.to_answer() for row in batch], items, rule), summary)
                if progress:
                    progress(len(batch))
        status = "complete"
    finally:
        _finish_run(conn, run_id, status, touched=bool(todo) or bool(summary.answers_removed))
        summary.llm_stats = panel.stats
    return summary


def _prepare(rubric: LoadedRubric, matcher: QuestionMatcher,
             batch: list[pending.AnswerRow]) -> tuple[list[pending.AnswerRow], dict[str, list[Criterion | Flag]], list[tuple]]:
    """A batch's answers, the rubric items that apply to each, and its ``run_answers`` rows."""
    items: dict[str, list[Criterion | Flag]] = {}
    run_answers = []
    for answer, match in zip(batch, matcher.match_many(batch)):  # type: ignore[arg-type]  (same fields)
        applicable = rubric.rubric.items_for(match.question_id, small_talk=answer.is_small_talk
                                             and match.question_id is None)
        items[answer.answer_id] = applicable
        run_answers.append((answer.answer_id, answer.content_hash, match.question_id,
                            match.score, match.matched_by, len(applicable)))
    return batch, items, run_answers


@dataclass
class ScoredRows:
    """A batch's verdicts as ``scores`` rows (plain tuples: cheap to pass between processes)."""
    rows: list[list[Any]]
    finals: int = 0
    unscored: int = 0
    flags_raised: int = 0
    stopped: str | None = None  # why a scorer stopped on this batch (its answers stay pending)


def _finish_run(conn: duckdb.DuckDBPyConnection, run_id: str, status: str, *, touched: bool) -> None:
    """Record how the run ended even when Ctrl-C lands while doing so (DuckDB can re-raise the
    interrupt it cancelled a query for at the next statement): the run must not stay 'running'."""
    try:
        writes.finish_run(conn, run_id, status, touched=touched)
    except KeyboardInterrupt:
        writes.finish_run(conn, run_id, "interrupted", touched=touched)
        raise


def score_rows(panel: ScorerPanel, batch: list[Answer], items: dict[str, list[Criterion | Flag]],
               rule: CombineRule) -> ScoredRows:
    """Every scorer's verdicts and the combined finals of a batch, ready to insert (a scorer that
    fails or stops leaves its items unscored: see :meth:`ScorerPanel.score_each`)."""
    scored = panel.score(batch, items, rule)
    verdicts, finals = scored.verdicts, scored.finals
    secrets = secret_values()
    rows = [[v.answer_id, v.item_kind, v.item_id, v.scorer, v.value, v.confidence, v.status,
             scrub(v.reason, secrets) if secrets else v.reason, writes.evidence_json(v)] for v in verdicts + finals]
    return ScoredRows(rows, len(finals), sum(v.status == "unscored" for v in finals),
                      sum(v.item_kind == "flag" and v.value == 1 for v in finals), scored.stopped)


def _write(conn: duckdb.DuckDBPyConnection, run_id: str, run_answers: list[tuple], replaced: list[str],
           scored: ScoredRows, summary: ScoreSummary) -> None:
    """Write a batch in one transaction and count it; a batch a scorer stopped on is written as
    unfinished (its answers are scored again next time) and then ends the run."""
    writes.write_score_rows(conn, run_id, run_answers, scored.rows, replaced=replaced,
                            complete=scored.stopped is None)
    summary.answers_scored += len(run_answers)
    summary.verdicts += scored.finals
    summary.unscored += scored.unscored
    summary.flags_raised += scored.flags_raised
    if scored.stopped is not None:
        raise JudgeUnavailable(scored.stopped)


# -- scoring in worker processes ------------------------------------------------------------------
_WORKER_PANEL: ScorerPanel | None = None


def _worker_start(rubric: LoadedRubric, scorer_names: Sequence[str], scorer_options: dict | None) -> None:
    """A worker's own panel (no database: only scorers that may run in parallel come here)."""
    global _WORKER_PANEL
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    _WORKER_PANEL = ScorerPanel.build(scorer_names, rubric, options=scorer_options)


def _worker_score(batch: list[tuple], item_ids: dict[str, list[str]], rule: CombineRule) -> ScoredRows:
    assert _WORKER_PANEL is not None
    rubric = _WORKER_PANEL.rubric
    lookup = {i.id: i for i in (*rubric.criteria, *rubric.flags)}
    items = {answer_id: [lookup[i] for i in ids] for answer_id, ids in item_ids.items()}
    return score_rows(_WORKER_PANEL, [pending.AnswerRow(*row).to_answer() for row in batch], items, rule)


def _score_in_processes(conn: duckdb.DuckDBPyConnection, rubric: LoadedRubric, scorer_names: Sequence[str],
                        scorer_options: dict | None, matcher: QuestionMatcher, run_id: str,
                        batches: Iterator[list[pending.AnswerRow]], rescored: set[str], rule: CombineRule,
                        summary: ScoreSummary, progress: Progress | None, workers: int) -> None:
    """Workers score and combine; this process reads the next batches and writes finished ones, in order.

    Only this process touches the database, so a batch is written whole or not at all, as in
    the sequential path; a few batches are in flight at a time to bound memory.
    """
    # fork: workers start at once with the rubric and scorers already built (spawn would re-import
    # scikit-learn and reload the models in each); they never touch the parent's DuckDB connection
    with workers_.BoundedPool(workers, _worker_start, (rubric, list(scorer_names), scorer_options),
                              limit=workers + 1) as pool:
        for rows in batches:
            batch, items, run_answers = _prepare(rubric, matcher, rows)
            item_ids = {answer_id: [i.id for i in its] for answer_id, its in items.items()}
            tag = (run_answers, [r.answer_id for r in rows if r.answer_id in rescored])
            for done in pool.submit(_worker_score, ([tuple(r) for r in batch], item_ids, rule), tag):
                _write_done(conn, run_id, done, summary, progress)
        for done in pool.drain():
            _write_done(conn, run_id, done, summary, progress)


def _write_done(conn: duckdb.DuckDBPyConnection, run_id: str, done: tuple, summary: ScoreSummary,
                progress: Progress | None) -> None:
    """Write a batch the workers finished: ``((run_answers, replaced), rows)``."""
    (run_answers, replaced), rows = done
    _write(conn, run_id, run_answers, replaced, rows, summary)
    if progress:
        progress(len(run_answers))

