"""A scorer that fails is recorded as 'unscored' with its reason: never 0, never dropped."""

from __future__ import annotations

import csv
import io

from evaluator.errors import ScorerError
from evaluator.pipeline import ingest_paths, score_answers
from evaluator.rubric import load_rubric
from evaluator.scorers import available_scorers, register
from evaluator.scorers.base import _REGISTRY
from evaluator.store import connect
from evaluator.store.reads import candidate_rows, run_info

from .conftest import DATA, RUBRIC


@register("always_fails")
class AlwaysFails:
    """A real scorer registered through the public registry, failing like an endpoint that is down."""

    version = "1"

    def __init__(self, rubric, **_):
        self.rubric = rubric

    def score(self, answers, rubric, items):
        raise ScorerError("endpoint unreachable")


@register("skips_flags")
class SkipsFlags:
    """Returns criteria only: the pipeline must fill the missing flags as unscored."""

    version = "1"

    def __init__(self, rubric, **_):
        from evaluator.scorers.keyword import KeywordScorer
        self.inner = KeywordScorer(rubric)

    def score(self, answers, rubric, items):
        return [v for v in self.inner.score(answers, rubric, items) if v.item_kind == "criterion"]


def test_failed_scorer_is_unscored_with_reason_and_final_falls_back(tmp_path):
    conn = connect(tmp_path / "u.duckdb")
    ingest_paths(conn, [DATA / "formats"])
    summary = score_answers(conn, load_rubric(RUBRIC), ["always_fails", "keyword"])
    rows = conn.execute("SELECT scorer, status, count(*), count(value), min(reason) FROM scores "
                        "GROUP BY 1, 2 ORDER BY 1, 2").fetchall()
    by = {(r[0], r[1]): r for r in rows}
    failed = by[("always_fails", "unscored")]
    assert failed[3] == 0 and "endpoint unreachable" in failed[4]  # value NULL, never 0
    assert ("final", "unscored") not in by  # keyword scored everything, so final did too
    assert summary.unscored == 0
    conn.close()


def test_all_scorers_failing_leaves_final_unscored_and_out_of_aggregates(tmp_path, cli):
    conn = connect(tmp_path / "v.duckdb")
    ingest_paths(conn, [DATA / "formats" / "written.csv"])
    summary = score_answers(conn, load_rubric(RUBRIC), ["always_fails"])
    assert summary.unscored == summary.verdicts > 0
    finals = conn.execute("SELECT count(*), count(value) FROM scores WHERE scorer = 'final'").fetchone()
    assert finals[0] > 0 and finals[1] == 0
    assert candidate_rows(conn, run_info(conn)) == []  # nothing scored: no aggregate pretends otherwise
    conn.close()
    out = cli("export", "--db", tmp_path / "v.duckdb", "--format", "csv").output
    rows = list(csv.DictReader(io.StringIO(out)))
    assert rows and all(r["value"] == "" and r["status"] == "unscored" for r in rows)


def test_missing_verdicts_are_filled_as_unscored(tmp_path):
    conn = connect(tmp_path / "w.duckdb")
    ingest_paths(conn, [DATA / "formats" / "written.csv"])
    score_answers(conn, load_rubric(RUBRIC), ["skips_flags"])
    flags = conn.execute("SELECT DISTINCT status, reason FROM scores WHERE scorer = 'skips_flags' "
                         "AND item_kind = 'flag'").fetchall()
    assert flags == [("unscored", "scorer returned no verdict for this item")]
    conn.close()


def test_registry_lists_scorers():
    assert {"keyword", "always_fails"} <= set(available_scorers())
    assert _REGISTRY["keyword"].__name__ == "KeywordScorer"
