"""A run's cohort: which answers in the database the run scores and reports.

``evaluator run INPUTS`` scores the answers of its inputs, not everything the database holds:
the same database can keep cohorts of different roles and rubrics side by side. Three kinds:

- ``inputs``: the answers of the files found under the given inputs (files, folders). The run is
  named by the inputs, so running the same folder again resumes the same run, picks up added
  files and drops the answers of files no longer there.
- ``named``: ``--cohort NAME``; each call adds its inputs' answers to the named cohort.
- ``all``: every answer in the database (``evaluator score``, ``evaluator run --all``, and every
  run made before cohorts existed).
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from typing import Any, Iterable, Literal

import duckdb

from .writes import transaction


@dataclass(frozen=True)
class Cohort:
    """Which answers a run covers; ``files`` are this call's files (``sources.path`` values)."""

    kind: Literal["all", "inputs", "named"] = "all"
    inputs: tuple[str, ...] = ()
    name: str | None = None
    files: tuple[str, ...] = field(default=(), compare=False)

    @classmethod
    def all(cls) -> Cohort:
        return cls("all")

    @classmethod
    def of_inputs(cls, inputs: Iterable[str | os.PathLike], files: Iterable[str | os.PathLike]) -> Cohort:
        """The answers of ``files``, the files found under ``inputs`` (which name the run)."""
        return cls("inputs", tuple(sorted({os.path.normpath(str(i)) for i in inputs})),
                   files=tuple(str(f) for f in files))

    @classmethod
    def named(cls, name: str, files: Iterable[str | os.PathLike] = ()) -> Cohort:
        """The cohort called ``name``: the answers of every call that named it (``files`` adds this call's)."""
        if not name.strip():
            raise ValueError("a cohort name must not be empty")
        return cls("named", name=name.strip(), files=tuple(str(f) for f in files))

    @property
    def key(self) -> str:
        """What names the run besides its rubric and scorers ('' for all: run ids made before cohorts)."""
        if self.kind == "inputs":
            return "inputs:" + "\n".join(self.inputs)
        if self.kind == "named":
            return "name:" + (self.name or "")
        return ""

    def to_json(self) -> str:
        doc: dict[str, Any] = {"kind": self.kind}
        if self.kind == "inputs":
            doc["inputs"] = list(self.inputs)
        if self.kind == "named":
            doc["name"] = self.name
        return json.dumps(doc)

    @classmethod
    def from_json(cls, text: str | None) -> Cohort:
        doc = json.loads(text) if text else {"kind": "all"}
        if doc.get("kind") == "inputs":
            return cls("inputs", tuple(doc.get("inputs", ())))
        if doc.get("kind") == "named":
            return cls("named", name=doc.get("name"))
        return cls.all()

    def label(self) -> str:
        """A compact label for tables: 'all', 'cohort:spring', 'inputs:datasets/a,datasets/b'."""
        if self.kind == "inputs":
            return "inputs:" + ",".join(self.inputs)
        if self.kind == "named":
            return f"cohort:{self.name}"
        return "all"

    def describe(self) -> str:
        """One line for people: 'inputs datasets/a, datasets/b', 'cohort "spring"', 'every answer'."""
        if self.kind == "inputs":
            shown = ", ".join(self.inputs[:3]) + (f" and {len(self.inputs) - 3} more" if len(self.inputs) > 3 else "")
            return f"the answers of {shown}"
        if self.kind == "named":
            return f"cohort {self.name!r}"
        return "every answer in the database"


def member_filter(cohort: Cohort, run_id: str, alias: str = "a") -> tuple[str, list[Any]]:
    """A SQL condition on ``answers AS alias`` selecting the cohort's answers, with its parameters.

    Answers of a file still 'loading' (a large ingest cut off part way, with its first batches
    stored) are members of no cohort: scoring them would score half a file, and its next ingest
    replaces them anyway."""
    of_files = (f"{alias}.transcript_id IN (SELECT t.transcript_id FROM transcripts t JOIN sources s "
                f"ON s.source_id = t.source_id WHERE s.path IN (SELECT unnest(?::VARCHAR[])))")
    complete = (f"{alias}.transcript_id NOT IN (SELECT t.transcript_id FROM transcripts t JOIN sources s "
                f"ON s.source_id = t.source_id WHERE s.status = 'loading')")
    if cohort.kind == "inputs":
        return f"{of_files} AND {complete}", [list(cohort.files)]
    if cohort.kind == "named":  # earlier calls' answers stay members; this call's files join them
        return (f"({of_files} OR {alias}.answer_id IN (SELECT answer_id FROM run_answers WHERE run_id = ?)) "
                f"AND {complete}", [list(cohort.files), run_id])
    return complete, []


def count_members(conn: duckdb.DuckDBPyConnection, cohort: Cohort, run_id: str) -> int:
    """How many answers the cohort holds now."""
    where, params = member_filter(cohort, run_id)
    return conn.execute(f"SELECT count(*) FROM answers a WHERE {where}", params).fetchone()[0]


def drop_departed(conn: duckdb.DuckDBPyConnection, cohort: Cohort, run_id: str) -> int:
    """Remove from the run the answers that are no longer in its cohort (a file removed from an
    input folder, or an answer gone from a changed file); returns how many. Only ``inputs`` cohorts
    shrink: a named cohort keeps what earlier calls added, and ``all`` follows the answers table."""
    if cohort.kind != "inputs":
        return 0
    where, params = member_filter(cohort, run_id)
    gone = f"SELECT answer_id FROM run_answers WHERE run_id = ? AND answer_id NOT IN (SELECT a.answer_id FROM answers a WHERE {where})"
    n = conn.execute(f"SELECT count(*) FROM ({gone})", [run_id, *params]).fetchone()[0]
    if n:
        with transaction(conn):
            conn.execute(f"DELETE FROM scores WHERE run_id = ? AND answer_id IN ({gone})", [run_id, run_id, *params])
            conn.execute(f"DELETE FROM run_answers WHERE run_id = ? AND answer_id IN ({gone})",
                         [run_id, run_id, *params])
    return n


def run_cohort(conn: duckdb.DuckDBPyConnection, run_id: str) -> Cohort:
    """The cohort a stored run was made with."""
    row = conn.execute("SELECT cohort FROM runs WHERE run_id = ?", [run_id]).fetchone()
    return Cohort.from_json(row[0] if row else None)
