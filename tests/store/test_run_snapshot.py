"""A small run read whole (``review.run_snapshot``) gives the review app exactly the candidate and
answer views that the per-page reads give: verdicts of every scorer, overrides, LLM calls and
overall scores included, and the same errors for ids the run does not have."""

from __future__ import annotations

import json

import pytest

from evaluator.errors import NotFoundError
from evaluator.store import connect, review

from ..conftest import DATA, RUBRIC
from ..judge.server import Reply, ScriptedServer, honest_verdict


@pytest.fixture(scope="module")
def judged_db(tmp_path_factory):
    """Every bundled test format scored by keyword and a scripted judge, with two overrides."""
    from click.testing import CliRunner
    from evaluator.cli import main
    db = tmp_path_factory.mktemp("snapshot") / "s.duckdb"
    with ScriptedServer(lambda request, n: Reply(content=json.dumps(honest_verdict(request)))) as llm:
        result = CliRunner().invoke(main, ["run", str(DATA / "formats"), "--rubric", str(RUBRIC),
                                           "--scorers", "keyword,llm", "--base-url", llm.url, "--model", "test-model",
                                           "--db", str(db)], catch_exceptions=False)
    assert result.exit_code in (0, 1), result.output
    with connect(db) as conn:
        review.override_verdict(conn, answer_id="w-1", item_id="model_tradeoffs", value="1", reviewer="Ana",
                                reason="compares cost and latency")
        review.override_verdict(conn, answer_id="w-1", item_id="model_tradeoffs", value="0", reviewer="Bo",
                                reason="no, only cost")
    return db


def test_every_view_built_from_the_snapshot_equals_its_own_read(judged_db):
    with connect(judged_db, read_only=True) as conn:
        snapshot = review.run_snapshot(conn)
        assert snapshot is not None
        candidates = [r[0] for r in conn.execute("SELECT DISTINCT candidate_id FROM answers").fetchall()]
        answers = [r[0] for r in conn.execute("SELECT answer_id FROM answers").fetchall()]
        assert len(candidates) >= 8 and len(answers) >= 10
        for candidate_id in candidates:
            assert snapshot.candidate(candidate_id) == review.candidate_view(conn, candidate_id)
        for answer_id in answers:
            assert snapshot.answer(answer_id) == review.answer_view(conn, answer_id)
        # what the comparison covered: another scorer's verdicts, the judge's calls, the override history
        w1 = snapshot.answer("w-1")
        assert [o.reviewer for o in w1.overrides] == ["Ana", "Bo"] and w1.llm_calls
        assert {v.scorer for item in w1.items for v in item.scorers} == {"keyword", "llm"}
        with pytest.raises(NotFoundError) as read:
            review.candidate_view(conn, "nobody")
        with pytest.raises(NotFoundError, match=read.value.args[0]):
            snapshot.candidate("nobody")
        with pytest.raises(NotFoundError) as read:
            review.answer_view(conn, "no-such-answer")
        with pytest.raises(NotFoundError, match=read.value.args[0]):
            snapshot.answer("no-such-answer")

def test_every_cohort_page_sorted_in_memory_equals_the_sql_sort(judged_db):
    with connect(judged_db, read_only=True) as conn:
        snapshot = review.run_snapshot(conn)
        keys = review.sort_keys(snapshot.run.rubric)
        assert len(snapshot.ranked) >= 8 and {"overall", "coverage", "candidate", "model_tradeoffs"} <= set(keys)
        for sort in keys:
            for descending in (None, True, False):
                for page in (1, 2, 3):  # pages of 3 rows: ties and NULLs cross page boundaries
                    expected = review.cohort_page(conn, sort=sort, descending=descending, page=page, page_size=3)
                    assert snapshot.cohort_page(sort=sort, descending=descending, page=page, page_size=3) == \
                        expected, (sort, descending, page)
        with pytest.raises(NotFoundError, match="page 9 does not exist"):
            snapshot.cohort_page(page=9, page_size=3)


def test_a_run_over_the_limit_is_not_read_whole(judged_db):
    with connect(judged_db, read_only=True) as conn:
        verdicts = conn.execute("SELECT count(*) FROM scores").fetchone()[0]
        assert review.run_snapshot(conn, max_verdicts=verdicts) is not None
        assert review.run_snapshot(conn, max_verdicts=verdicts - 1) is None
