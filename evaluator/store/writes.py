"""Everything that writes to the database. Each function is one transaction."""

from __future__ import annotations

import hashlib
import itertools
import json
from contextlib import contextmanager
from typing import Any, Iterator, Sequence

import duckdb
import pyarrow as pa

from ..errors import InputError, StoreError
from ..models import Answer, Transcript, Verdict
from .scrub import scrub, secret_values


@contextmanager
def transaction(conn: duckdb.DuckDBPyConnection) -> Iterator[None]:
    """BEGIN … COMMIT, rolling back (and raising StoreError) on a database error.

    A failed COMMIT (e.g. the disk is full: the WAL cannot be written) is a StoreError too, and the
    rollback is best-effort: after such a failure DuckDB may refuse it, which must not hide the cause.
    """
    conn.execute("BEGIN TRANSACTION")
    try:
        yield
        conn.execute("COMMIT")
    except BaseException as exc:
        try:
            conn.execute("ROLLBACK")
        except duckdb.Error:
            pass  # the transaction is already gone (failed commit, invalidated database)
        if isinstance(exc, duckdb.Error):
            raise StoreError(f"database write failed: {str(exc).splitlines()[0]}") from exc
        raise


def bulk_insert(conn: duckdb.DuckDBPyConnection, table: str, columns: Sequence[str],
                rows: Sequence[Sequence[object]], *, on_conflict: str = "") -> None:
    """Insert many rows with one statement, through an Arrow table DuckDB scans without copying.

    DuckDB runs ``executemany`` as one statement per row (~1 ms each); Arrow costs about a microsecond
    per row. Columns whose Python values Arrow cannot type go through lists unnested in SQL instead.
    """
    if not rows:
        return
    values = [list(col) for col in zip(*rows)]
    names = ", ".join(columns)
    try:
        arrow = pa.table({f"c{i}": pa.array(col) for i, col in enumerate(values)})
    except (pa.ArrowInvalid, pa.ArrowTypeError, OverflowError):
        select = ", ".join(f"unnest(${i + 1})" for i in range(len(columns)))
        conn.execute(f"INSERT INTO {table} ({names}) SELECT {select} {on_conflict}", values)
        return
    view = f"_bulk_{next(_VIEW_IDS)}"
    if hasattr(conn, "abort"):  # DuckDB ≥ 2 refuses to register while an earlier SELECT's rows are unread
        conn.abort()  # (discarding them, as a new execute() always did)
    conn.register(view, arrow)
    try:
        select = ", ".join(f"c{i}" for i in range(len(columns)))
        conn.execute(f"INSERT INTO {table} ({names}) SELECT {select} FROM {view} {on_conflict}")
    finally:
        conn.unregister(view)


_VIEW_IDS = itertools.count()


def source_id_for(path: str, content_hash: str) -> str:
    return hashlib.sha256(f"{path}\0{content_hash}".encode()).hexdigest()[:16]


def answer_hash(answer: Answer) -> str:
    """Identifies an answer's scorable content; a change means it is scored again."""
    key = "\0".join([answer.question, answer.text, answer.question_id or "",
                     "small-talk" if answer.is_small_talk else ""])
    return hashlib.sha256(key.encode()).hexdigest()


def _drop_path(conn: duckdb.DuckDBPyConnection, path: str) -> None:
    """Remove what an earlier version of the file at ``path`` contributed."""
    old = [r[0] for r in conn.execute("SELECT source_id FROM sources WHERE path = ?", [path]).fetchall()]
    if old:
        conn.execute("DELETE FROM turns WHERE transcript_id IN (SELECT transcript_id FROM transcripts "
                     "WHERE source_id IN (SELECT unnest(?)))", [old])
        conn.execute("DELETE FROM answers WHERE transcript_id IN (SELECT transcript_id FROM transcripts "
                     "WHERE source_id IN (SELECT unnest(?)))", [old])
        conn.execute("DELETE FROM transcripts WHERE source_id IN (SELECT unnest(?))", [old])
        conn.execute("DELETE FROM sources WHERE source_id IN (SELECT unnest(?))", [old])
    conn.execute("DELETE FROM ingest_errors WHERE path = ?", [path])
    conn.execute("DELETE FROM ingest_warnings WHERE path = ?", [path])


def record_skipped_file(conn: duckdb.DuckDBPyConnection, *, path: str, fmt: str, content_hash: str,
                        size_bytes: int, error: InputError) -> None:
    """Record a file that could not be ingested at all, with its error."""
    with transaction(conn):
        _drop_path(conn, path)
        conn.execute("INSERT INTO sources (source_id, path, format, content_hash, size_bytes, status, "
                     "error) VALUES (?, ?, ?, ?, ?, 'skipped', ?)",
                     [source_id_for(path, content_hash), path, fmt, content_hash, size_bytes,
                      error.one_line()])
        conn.execute("INSERT INTO ingest_errors (path, content_hash, line, message, fatal) "
                     "VALUES (?, ?, ?, ?, true)", [path, content_hash, error.line, error.message])


class FileWriter:
    """Stores one input file in batches (replacing an earlier version of the same path), so that a
    file of any size is written without holding it whole.

    ``with FileWriter(conn, path=…, fmt=…, content_hash=…, size_bytes=…, atomic=…) as writer:
    writer.add(transcripts, errors)`` per batch. ``atomic`` (files up to :data:`ATOMIC_BYTES`): one
    transaction for the whole file, so a failure or a kill leaves the database as it was. Otherwise
    each batch commits on its own (DuckDB keeps a transaction's new rows in memory until it commits:
    one transaction for a million-row file took 2.6 GB); until the last batch is in, the file's
    ``sources`` row says ``loading``, a failure removes what was stored, and a file left ``loading``
    by a killed process is not "known", so its next ingest starts again from a clean slate.
    Transcripts and answers whose ids already belong to another file become row errors instead of
    overwriting that file's data. A transcript may come again in a later batch with more answers
    (a candidate's rows spread through a table).
    """

    def __init__(self, conn: duckdb.DuckDBPyConnection, *, path: str, fmt: str, content_hash: str,
                 size_bytes: int, atomic: bool = True) -> None:
        self.conn, self.path, self.fmt = conn, path, fmt
        self.content_hash, self.size_bytes = content_hash, size_bytes
        self.atomic = atomic
        self.source_id = source_id_for(path, content_hash)
        self.n_transcripts = self.n_answers = self.n_errors = 0
        self._stored: set[str] = set()  # transcript ids stored from this file
        self._refused: set[str] = set()  # transcript ids another file owns
        self._whole: Any = None  # the file's one transaction, when atomic

    def __enter__(self) -> "FileWriter":
        if self.atomic:
            self._whole = transaction(self.conn)
            self._whole.__enter__()
            self._start()
            return self
        # checkpoint (fold the write-ahead log into the file) at the end, not every 16 MB of log:
        # with per-batch commits the default checkpointed ~40 times per 200,000 rows
        self.conn.execute("SET checkpoint_threshold = '1GB'")
        with transaction(self.conn):
            self._start()
        return self

    def _start(self) -> None:
        _drop_path(self.conn, self.path)
        self.conn.execute("INSERT INTO sources (source_id, path, format, content_hash, size_bytes, status) "
                          "VALUES (?, ?, ?, ?, ?, 'loading')",
                          [self.source_id, self.path, self.fmt, self.content_hash, self.size_bytes])

    def _finish(self) -> None:
        self.conn.execute("UPDATE sources SET status = ?, n_transcripts = ?, n_answers = ?, n_row_errors = ? "
                          "WHERE source_id = ?", ["partial" if self.n_errors else "ingested", self.n_transcripts,
                                                  self.n_answers, self.n_errors, self.source_id])

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: object) -> None:
        if self.atomic:
            if kind is None:
                try:
                    self._finish()
                except BaseException as error:  # roll back, raising as the transaction does
                    self._whole.__exit__(type(error), error, error.__traceback__)
                    raise
            self._whole.__exit__(kind, exc, tb)
            return
        self.conn.execute("RESET checkpoint_threshold")
        if kind is None:
            with transaction(self.conn):
                self._finish()
            return
        try:  # best effort: a file left 'loading' is cleaned up by its next ingest anyway
            with transaction(self.conn):
                _drop_path(self.conn, self.path)
        except (StoreError, duckdb.Error):
            pass

    def add(self, transcripts: Sequence[Transcript], row_errors: Sequence[InputError] = ()) -> int:
        """Store a batch (in the file's transaction, or its own): transcripts (with their turns,
        warnings and answers) and row errors. Returns the number of answers stored."""
        if self.atomic:
            return self._add(transcripts, row_errors)
        with transaction(self.conn):
            return self._add(transcripts, row_errors)

    def _add(self, transcripts: Sequence[Transcript], row_errors: Sequence[InputError]) -> int:
        conn, path = self.conn, self.path
        errors = list(row_errors)
        new_ids = [t.transcript_id for t in transcripts
                   if t.transcript_id not in self._stored and t.transcript_id not in self._refused]
        owners = dict(conn.execute(
            "SELECT t.transcript_id, s.path FROM transcripts t JOIN sources s USING (source_id) "
            "WHERE t.transcript_id IN (SELECT unnest(?))", [new_ids]).fetchall()) if new_ids else {}
        kept: list[Transcript] = []
        for transcript in transcripts:
            tid = transcript.transcript_id
            if tid in owners and tid not in self._refused:
                self._refused.add(tid)
                errors.append(InputError(f"transcript_id {tid!r} already comes from {owners[tid]}; give it "
                                         "a unique id", path=path))
            if tid not in self._refused:
                kept.append(transcript)
        fresh = [t for t in kept if t.transcript_id not in self._stored]
        answer_ids = [a.answer_id for t in kept for a in t.answers]
        taken = {r[0]: r[1] for r in conn.execute(
            "SELECT a.answer_id, s.path FROM answers a JOIN transcripts t USING (transcript_id) "
            "JOIN sources s USING (source_id) WHERE a.answer_id IN (SELECT unnest(?))",
            [answer_ids]).fetchall()} if answer_ids else {}
        answers: list[Answer] = []
        for transcript in kept:
            for answer in transcript.answers:
                if answer.answer_id in taken:
                    errors.append(InputError(
                        f"row {answer.metadata.get('source_row', '?')}: answer_id {answer.answer_id!r} "
                        f"already comes from {taken[answer.answer_id]}", path=path))
                else:
                    answers.append(answer)
        # the display name is the candidate's spoken name; a role label ("Candidate") names no one
        candidates = {t.candidate_id: t.metadata.get("candidate_name") for t in fresh}
        bulk_insert(conn, "candidates", ["candidate_id", "display_name"], list(candidates.items()),
                    on_conflict="ON CONFLICT DO NOTHING")
        bulk_insert(conn, "transcripts", ["transcript_id", "source_id", "candidate_id", "kind", "candidate_speaker",
                                          "interviewers", "n_turns", "metadata"],
                    [[t.transcript_id, self.source_id, t.candidate_id, t.kind, t.metadata.get("candidate_speaker"),
                      json.dumps(t.metadata.get("interviewers", [])), len(t.turns),
                      json.dumps({k: v for k, v in t.metadata.items()
                                  if k not in ("candidate_speaker", "interviewers", "id_from_filename")}, default=str)]
                     for t in fresh])
        bulk_insert(conn, "turns", ["transcript_id", "idx", "speaker", "role", "text", "start_s", "line"],
                    [[t.transcript_id, turn.index, turn.speaker, turn.role, turn.text, turn.start, turn.line]
                     for t in fresh if t.kind == "interview" for turn in t.turns])
        bulk_insert(conn, "ingest_warnings", ["path", "content_hash", "transcript_id", "line", "kind", "message"],
                    [[path, self.content_hash, w.transcript_id, w.line, w.kind, w.message]
                     for t in kept for w in t.warnings])
        # (a written answer's two turns are its question and text, which its answers row holds already)
        bulk_insert(conn, "answers", ["answer_id", "transcript_id", "candidate_id", "seq", "question", "text",
                                      "question_id", "is_small_talk", "turn_start", "turn_end", "content_hash",
                                      "metadata"],
                    [[a.answer_id, a.transcript_id, a.candidate_id, a.seq, a.question, a.text, a.question_id,
                      a.is_small_talk, a.turn_start, a.turn_end, answer_hash(a), json.dumps(a.metadata, default=str)]
                     for a in answers])
        bulk_insert(conn, "ingest_errors", ["path", "content_hash", "line", "message", "fatal"],
                    [[path, self.content_hash, e.line, e.message, False] for e in errors])
        self._stored.update(t.transcript_id for t in fresh)
        self.n_transcripts += len(fresh)
        self.n_answers += len(answers)
        self.n_errors += len(errors)
        return len(answers)


ATOMIC_BYTES = 20_000_000  # files up to this size are stored in one transaction (see FileWriter)


def record_file(conn: duckdb.DuckDBPyConnection, *, path: str, fmt: str, content_hash: str,
                size_bytes: int, transcripts: Sequence[Transcript],
                row_errors: Sequence[InputError]) -> int:
    """Store one parsed, segmented file (replacing an earlier version of the same path).

    Returns the number of answers stored. Transcripts and answers whose ids already belong to
    another file become row errors instead of overwriting that file's data.
    """
    with FileWriter(conn, path=path, fmt=fmt, content_hash=content_hash, size_bytes=size_bytes) as writer:
        return writer.add(transcripts, row_errors)


def save_rubric(conn: duckdb.DuckDBPyConnection, *, rubric_hash: str, rubric_id: str, version: str,
                title: str, path: str | None, content: dict) -> None:
    conn.execute("INSERT INTO rubrics (rubric_hash, rubric_id, version, title, path, content) "
                 "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                 [rubric_hash, rubric_id, version, title, path, json.dumps(content)])


def ensure_run(conn: duckdb.DuckDBPyConnection, *, run_id: str, rubric_hash: str, rubric_id: str,
               rubric_version: str, scorers: list[str], config: dict, cohort: str = '{"kind": "all"}') -> bool:
    """Create the run if new; returns True when it already existed (a resumed/repeated run).
    ``cohort`` is the JSON of :class:`evaluator.store.cohorts.Cohort` (part of the run's identity)."""
    existing = conn.execute("SELECT 1 FROM runs WHERE run_id = ?", [run_id]).fetchone()
    if existing:
        conn.execute("UPDATE runs SET status = 'running', updated_at = current_timestamp "
                     "WHERE run_id = ? AND status <> 'running'", [run_id])
        return True
    conn.execute("INSERT INTO runs (run_id, rubric_hash, rubric_id, rubric_version, scorers, config, "
                 "status, cohort) VALUES (?, ?, ?, ?, ?, ?, 'running', ?)",
                 [run_id, rubric_hash, rubric_id, rubric_version, ",".join(scorers), json.dumps(config), cohort])
    return False


def finish_run(conn: duckdb.DuckDBPyConnection, run_id: str, status: str, *, touched: bool) -> None:
    """Mark a run complete/interrupted; ``updated_at`` moves only when something was scored."""
    stamp = ", updated_at = current_timestamp" if touched else ""
    conn.execute(f"UPDATE runs SET status = ?{stamp} WHERE run_id = ?", [status, run_id])


def write_scores(conn: duckdb.DuckDBPyConnection, run_id: str,
                 run_answers: Sequence[tuple[str, str, str | None, float | None, str, int]],
                 verdicts: Sequence[Verdict], replaced: Sequence[str] | None = None) -> None:
    """Write a batch of answers' results in a run (run_answers rows and every verdict), replacing
    earlier results of the answers in ``replaced`` (default: every answer of the batch)."""
    secrets = secret_values()
    write_score_rows(conn, run_id, run_answers,
                     [[v.answer_id, v.item_kind, v.item_id, v.scorer, v.value, v.confidence, v.status,
                       scrub(v.reason, secrets) if secrets else v.reason, evidence_json(v)] for v in verdicts],
                     replaced=replaced)


def write_score_rows(conn: duckdb.DuckDBPyConnection, run_id: str,
                     run_answers: Sequence[tuple[str, str, str | None, float | None, str, int]],
                     rows: Sequence[Sequence[object]], replaced: Sequence[str] | None = None,
                     complete: bool = True) -> None:
    """:func:`write_scores` with the verdicts already as rows (``SCORE_COLUMNS`` without run_id).
    ``complete=False`` marks the answers unfinished (a scorer stopped): the next run scores them again.

    Callers that know which answers are new pass only the re-scored ones as ``replaced``: a delete
    has to scan the run's verdicts, which for a batch of new answers would be wasted work.
    """
    ids = [row[0] for row in run_answers] if replaced is None else list(replaced)
    with transaction(conn):
        if ids:
            conn.execute("DELETE FROM scores WHERE run_id = ? AND answer_id IN (SELECT unnest(?))", [run_id, ids])
            conn.execute("DELETE FROM run_answers WHERE run_id = ? AND answer_id IN (SELECT unnest(?))",
                         [run_id, ids])
        bulk_insert(conn, "run_answers", ["run_id", "answer_id", "answer_hash", "question_id", "match_score",
                                          "matched_by", "n_items", "complete"],
                    [[run_id, *row, complete] for row in run_answers])
        bulk_insert(conn, "scores", SCORE_COLUMNS, [[run_id, *row] for row in rows])


SCORE_COLUMNS = ["run_id", "answer_id", "item_kind", "item_id", "scorer", "value", "confidence", "status", "reason",
                 "evidence"]


def insert_scores(conn: duckdb.DuckDBPyConnection, run_id: str, verdicts: Sequence[Verdict]) -> None:
    """Append verdicts to ``scores`` (inside the caller's transaction); a credential quoted in a reason
    (an endpoint's error message) is redacted."""
    secrets = secret_values()
    bulk_insert(conn, "scores", SCORE_COLUMNS,
                [[run_id, v.answer_id, v.item_kind, v.item_id, v.scorer, v.value, v.confidence, v.status,
                  scrub(v.reason, secrets) if secrets else v.reason,
                  evidence_json(v)] for v in verdicts])


def evidence_json(verdict: Verdict) -> str:
    """A verdict's evidence spans as stored (hot path: written for every verdict)."""
    if not verdict.evidence:
        return "[]"
    return json.dumps([{"start": e.start, "end": e.end, "text": e.text} for e in verdict.evidence])
