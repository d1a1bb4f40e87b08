"""The ranking rule (issue 13): answering fewer questions never raises the overall, coverage is
shown, raised flags sit beside the overall, and the cohort summary's answer counts add up: in the
SQL, the static report, the candidate page and the review app's cohort page."""

from __future__ import annotations

import csv
import re
from html import unescape
from pathlib import Path

import pytest
from click.testing import CliRunner

from evaluator.cli import main
from evaluator.rubric import load_rubric
from evaluator.store import connect
from evaluator.store.reads import OVERALL_RULE, candidate_rows, ranking_rows, run_info

from ..conftest import DATA, ROOT, RUBRIC
from ..web.conftest import LiveServer
from .test_report_scale import parse

WRITTEN = ROOT / "datasets" / "ai-engineer-interviews" / "written" / "answers.csv"
PROMPTING = "Honestly the job is basically prompt engineering: you reword the instructions until the model behaves."


@pytest.fixture(scope="module")
def cohort(tmp_path_factory) -> tuple[Path, Path]:
    """alice answers one question, very well; bob answers three, well (his first answer is
    alice's); carol answers one, raising a red flag."""
    tmp = tmp_path_factory.mktemp("rule")
    src = {r["answer_id"]: r for r in csv.DictReader(WRITTEN.open(encoding="utf-8"))}

    def row(answer_id: str, candidate: str, source: str, text: str | None = None) -> list[str]:
        s = src[source]
        return [answer_id, candidate, s["question_id"], s["question"], text or s["answer"]]

    with (tmp / "answers.csv").open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["answer_id", "candidate_id", "question_id", "question", "answer"])
        writer.writerows([row("a1", "alice", "wa-001"), row("b1", "bob", "wa-001"), row("b2", "bob", "wa-016"),
                          row("b3", "bob", "wa-017"), row("c1", "carol", "wa-001", PROMPTING)])
    db, reports = tmp / "rule.duckdb", tmp / "reports"
    result = CliRunner().invoke(main, ["run", str(tmp / "answers.csv"), "--rubric", str(RUBRIC), "--db", str(db),
                                       "--report-dir", str(reports)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return db, reports


def _by_candidate(db: Path) -> dict[str, dict[str, float]]:
    with connect(db, read_only=True) as conn:
        rows = candidate_rows(conn, run_info(conn))
    out: dict[str, dict[str, float]] = {}
    for r in rows:
        out.setdefault(r["candidate_id"], {})[r["item_id"]] = r["value"]
    return out


def test_overall_is_over_the_whole_rubric_with_missing_criteria_at_the_lowest_level(cohort):
    db, _ = cohort
    rubric = load_rubric(RUBRIC).rubric
    values = _by_candidate(db)
    weighted = [c for c in rubric.criteria if c.weight > 0]
    total = sum(c.weight for c in weighted)
    for candidate, v in values.items():
        points = sum(c.weight * (v[c.id] - c.min_value) / (c.max_value - c.min_value) for c in weighted if c.id in v)
        assert v["overall"] == pytest.approx(100 * points / total), candidate
        assert v["coverage"] == pytest.approx(sum(c.weight for c in weighted if c.id in v) / total), candidate
    # the case of the issue: over the criteria scored only, alice's one answer would beat bob's three
    def mean_of_scored(v: dict[str, float]) -> float:
        scored = [c for c in weighted if c.id in v]
        return sum(c.weight * (v[c.id] - c.min_value) / (c.max_value - c.min_value) for c in scored) / sum(
            c.weight for c in scored)
    assert mean_of_scored(values["alice"]) > mean_of_scored(values["bob"])
    assert values["bob"]["overall"] > values["alice"]["overall"]
    assert values["bob"]["coverage"] == 1 and values["alice"]["coverage"] < 1
    with connect(db, read_only=True) as conn:
        order = [r[1] for r in ranking_rows(conn, run_info(conn))]
    assert order == ["bob", "alice", "carol"]


def _rows(page: Path) -> dict[str, list[dict]]:
    """The #cohort rows of a page by candidate: cells [rank, candidate, transcript, overall, flags, coverage, …]."""
    return {row["cells"][1]["text"].strip(): row["cells"] for row in parse(page).rows}


def test_static_report_ranks_by_the_rule_and_shows_coverage_and_flags(cohort):
    _, reports = cohort
    for page in (reports / "index.html", reports / "ranking-1.html"):
        html = page.read_text(encoding="utf-8")
        assert OVERALL_RULE in unescape(html), page  # the rule is stated on the page
        assert re.findall(r'<th class="sortable[^"]*"[^>]*>([^<]+)</th>', html)[:6] == [
            "Rank", "Candidate", "Transcript", "Overall", "Flags", "Coverage"]
        rows = _rows(page)
        assert list(rows) == ["bob", "alice", "carol"], page  # three answers above one good answer
        assert [rows[c][0]["text"].strip() for c in rows] == ["1", "2", "3"]
        alice, bob, carol = rows["alice"], rows["bob"], rows["carol"]
        assert bob[5]["text"].strip() == "100%" and "incomplete" not in bob[5]["text"]
        assert alice[5]["text"].split() == ["38%", "incomplete"] and float(alice[5]["value"]) == pytest.approx(0.375)
        # the flag, beside the overall, with its name; none for the others
        assert carol[4]["text"].split() == ["⚑", "1", "flag", "just_prompt_engineering"] and carol[4]["value"] == "1"
        assert alice[4]["text"].strip() == bob[4]["text"].strip() == "–"
        # a criterion not scored shows as missing (not a 0 the candidate earned)
        assert "–" in [c["text"].strip() for c in alice[6:]]
    candidate = next((reports / "candidates").glob("alice-*.html")).read_text(encoding="utf-8")
    assert "38%" in candidate and "incomplete" in candidate and OVERALL_RULE in unescape(candidate)


def test_review_app_cohort_page_ranks_and_marks_alike(cohort):
    db, _ = cohort
    with LiveServer(db) as server:
        client = server.client()
        status, _, html = client.get("/")
        assert status == 200 and OVERALL_RULE in unescape(html)
        names = re.findall(r'class="candidate" href="[^"]+">([^<]+)</a>', html)
        assert names == ["bob", "alice", "carol"]
        rows = dict(zip(names, html.split('class="candidate"')[1:]))
        assert "incomplete" in rows["alice"] and "38%" in rows["alice"] and "incomplete" not in rows["bob"]
        assert 'class="flag-badge">⚑ 1 flag</span> <span class="pill raised">just_prompt_engineering' in rows["carol"]
        _, _, by_flags = client.get("/?sort=flags")
        assert re.findall(r'class="candidate" href="[^"]+">([^<]+)</a>', by_flags)[0] == "carol"
        _, _, by_coverage = client.get("/?sort=coverage&order=asc")
        assert re.findall(r'class="candidate" href="[^"]+">([^<]+)</a>', by_coverage)[-1] == "bob"


def test_cohort_summary_answer_counts_add_up(cli, db, tmp_path):
    reports = tmp_path / "reports"
    assert cli("run", DATA / "formats", "--rubric", RUBRIC, "--db", db, "--report-dir", reports).exit_code in (0, 1)
    html = (reports / "index.html").read_text(encoding="utf-8")
    line = re.search(r'<li id="fig-answers">(.*?)</li>', html, re.S).group(1)
    total = int(re.search(r"<strong>(\d+)</strong>", line).group(1))
    parts = [int(n) for n in re.findall(r'data-n="(\d+)"', line)]  # matched, small talk, not matched
    with connect(db, read_only=True) as conn:
        want = conn.execute(
            "SELECT count(*), count(*) FILTER (WHERE ra.question_id IS NOT NULL), "
            "count(*) FILTER (WHERE ra.question_id IS NULL AND a.is_small_talk), "
            "count(*) FILTER (WHERE ra.question_id IS NULL AND NOT a.is_small_talk) "
            "FROM run_answers ra JOIN answers a ON a.answer_id = ra.answer_id AND a.content_hash = ra.answer_hash"
        ).fetchone()
    assert [total, *parts] == list(want) and sum(parts) == total
    assert want[2] > 0  # the data has small talk, counted in the total and on its own
    assert "small talk" in line and "not matched" in line
    verdicts = re.search(r'<li id="fig-verdicts">(.*?)</li>', html, re.S).group(1)
    n, scored, unscored = (int(x) for x in re.findall(r"\d+", re.sub(r"<[^>]+>", "", verdicts))[:3])
    assert n == scored + unscored
