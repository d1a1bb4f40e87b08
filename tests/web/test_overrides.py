"""Overrides in the library: append-only history, final verdict everywhere (reports, export,
aggregates), bound to the answer's text, and usable as labels by calibration."""

from __future__ import annotations

import csv
import re
import shutil
from pathlib import Path

import pytest

from evaluator.store import review
from evaluator.calibrate import calibrate
from evaluator.errors import InputError, NotFoundError
from evaluator.store import connect
from evaluator.store.reads import candidate_rows, run_info

from ..conftest import DATA, RUBRIC, ROOT


@pytest.fixture
def scored(cli, tmp_path) -> tuple[Path, Path]:
    inputs = tmp_path / "in"
    shutil.copytree(DATA / "formats", inputs)
    db = tmp_path / "o.duckdb"
    assert cli("run", inputs, "--rubric", RUBRIC, "--db", db, "--report-dir", tmp_path / "r").exit_code in (0, 1)
    return db, inputs


def _final(conn, answer_id: str, item_id: str):
    return next(v for i in review.answer_view(conn, answer_id).items if i.item.id == item_id for v in [i.final])


def test_history_is_appended_and_each_row_keeps_what_it_replaced(scored):
    db, _ = scored
    with connect(db) as conn:
        first = review.override_verdict(conn, answer_id="w-1", item_id="model_tradeoffs", value="1",
                                        reviewer="Ana", reason="only cost is compared")
        before = first.previous_value
        assert first.previous_status == "scored" and before is not None and first.value == 1.0
        second = review.override_verdict(conn, answer_id="w-1", item_id="model_tradeoffs", value=3,
                                         reviewer="Bo", reason="latency and context window too")
        assert second.previous_value == 1.0 and second.override_id > first.override_id
        history = review.answer_view(conn, "w-1").overrides
        assert [(o.reviewer, o.value, o.previous_value) for o in history] == [("Ana", 1.0, before), ("Bo", 3.0, 1.0)]
        final = _final(conn, "w-1", "model_tradeoffs")
        assert final.value == 3.0 and final.overridden and final.reason.startswith("override by Bo:")
        # the scorers' own verdicts are untouched: only 'final' follows the reviewer
        keyword = next(v for i in review.answer_view(conn, "w-1").items if i.item.id == "model_tradeoffs"
                       for v in i.scorers if v.scorer == "keyword")
        assert keyword.value == before and not keyword.overridden


def test_the_package_never_updates_or_deletes_overrides():
    sources = "\n".join(p.read_text() for p in (ROOT / "evaluator").rglob("*.py"))
    assert not re.search(r"(UPDATE|DELETE FROM)\s+overrides", sources, re.I)


def test_override_is_the_final_in_reports_export_and_aggregates(scored, cli, tmp_path):
    db, _ = scored
    with connect(db) as conn:
        was = _final(conn, "w-2", "just_prompt_engineering").value
        review.override_verdict(conn, answer_id="w-2", item_id="just_prompt_engineering",
                                value="not raised" if was == 1 else "raised", reviewer="Ana",
                                reason="said with irony")
        run = run_info(conn)
        flag = {r["item_id"]: r["value"] for r in candidate_rows(conn, run) if r["candidate_id"] == "cand-2"}
        assert flag["just_prompt_engineering"] == 1 - was
    out = tmp_path / "export.csv"
    assert cli("export", "--db", db, "--format", "csv", "--output", out).exit_code == 0
    rows = [r for r in csv.DictReader(out.open()) if r["answer_id"] == "w-2"
            and r["item_id"] == "just_prompt_engineering"]
    by_scorer = {r["scorer"]: r for r in rows}
    assert float(by_scorer["final"]["value"]) == 1 - was and "override by Ana" in by_scorer["final"]["reason"]
    assert float(by_scorer["keyword"]["value"]) == was
    reports = tmp_path / "reports"
    assert cli("report", "--db", db, "--report-dir", reports).exit_code == 0
    page = next(p for p in (reports / "candidates").glob("*.html") if "cand-2" in p.name).read_text()
    assert "override by Ana: said with irony" in page
    assert page.count('<span class="pill override">override</span>') == 1  # marked, on that verdict only


def test_an_override_applies_to_the_text_it_was_made_on(scored, cli):
    db, inputs = scored
    with connect(db) as conn:
        was = _final(conn, "w-1", "no_model_tradeoffs")
        review.override_verdict(conn, answer_id="w-1", item_id="no_model_tradeoffs", value=1 - was.value,
                                reviewer="Ana", reason="r")
        assert _final(conn, "w-1", "no_model_tradeoffs").overridden
    text = (inputs / "written.csv").read_text().replace("we'd test all three", "we would test all three")
    (inputs / "written.csv").write_text(text)
    assert cli("run", inputs, "--rubric", RUBRIC, "--db", db).exit_code in (0, 1)
    with connect(db) as conn:
        final = _final(conn, "w-1", "no_model_tradeoffs")
        assert not final.overridden  # the answer changed: the reviewer judged another text
        assert len(review.answer_view(conn, "w-1").overrides) == 1  # history kept


@pytest.mark.parametrize("kwargs,error,text", [
    ({"item_id": "nope"}, InputError, "no item"),
    ({"value": "2.5"}, InputError, "not a value"),
    ({"reviewer": "\x00\x01 "}, InputError, "name is required"),
    ({"reason": "x" * 2001}, InputError, "longer than 2000"),
    ({"answer_id": "ghost"}, NotFoundError, "no answer"),
    ({"run_id": "run-ghost"}, NotFoundError, "no run"),
])
def test_override_validation(scored, kwargs, error, text):
    db, _ = scored
    args = {"answer_id": "w-1", "item_id": "model_tradeoffs", "value": "2", "reviewer": "Ana", "reason": "r"}
    with connect(db) as conn:
        with pytest.raises(error, match=text):
            review.override_verdict(conn, **{**args, **kwargs})
        assert conn.execute("SELECT count(*) FROM overrides").fetchone()[0] == 0


def test_an_item_that_does_not_apply_cannot_be_overridden(scored):
    db, _ = scored
    with connect(db) as conn:
        applicable = {i.item.id for i in review.answer_view(conn, "w-2").items}
        other = next(c.id for c in run_info(conn).rubric.criteria if c.id not in applicable)
        with pytest.raises(InputError, match="does not apply"):
            review.override_verdict(conn, answer_id="w-2", item_id=other, value="1", reviewer="A", reason="r")


def test_calibration_reads_overrides_as_labels_only_when_asked(scored):
    db, _ = scored
    with connect(db) as conn:
        ids = [r[0] for r in conn.execute("SELECT answer_id FROM run_answers ORDER BY answer_id").fetchall()]
        for answer_id in ids:
            final = _final(conn, answer_id, "researcher_framing")
            review.override_verdict(conn, answer_id=answer_id, item_id="researcher_framing",
                                    value=1 - final.value, reviewer="Contrarian", reason="test")
        doc = calibrate(conn, reference="override", n_boot=50)
        item = next(i for i in doc.items if i.item_id == "researcher_framing")
        keyword = item.scorers["keyword"]
        # every override contradicts the scorer: agreement 0 against them, on every answer
        assert keyword.n == len(ids) and keyword.figure("agreement") == 0.0
        # the automatic final is measured, not the reviewer's own verdict (which would agree trivially)
        assert item.scorers["final"].figure("agreement") == 0.0
        assert doc.labels.raters == ["override"]
        with pytest.raises(Exception, match="no human labels"):
            calibrate(conn, n_boot=50)  # the consensus of imported raters: there are none
