"""Issue 13, items 1, 4, 5: a run covers its inputs' answers; the latest run is the latest complete
one; a stopped run keeps what finished; a missing endpoint fails before anything; reviewers'
overrides carry to a new run when the answer and the item are unchanged. Through the real CLI."""

from __future__ import annotations

import csv
import io
import json
import shutil
from pathlib import Path

import duckdb

from evaluator.store.review import override_verdict
from evaluator.store import connect

from .conftest import DATA, RUBRIC, ROOT
from .judge.server import Reply, ScriptedServer, honest_verdict

BUNDLED = ROOT / "datasets" / "ai-engineer-interviews"
BEHAVIOURAL_RUBRIC = ROOT / "rubrics" / "behavioural-star.yaml"
BEHAVIOURAL = DATA / "behavioural"
WRITTEN = DATA / "formats" / "written.csv"


def export(cli, db, *args) -> list[dict[str, str]]:
    result = cli("export", "--db", db, "--format", "csv", *args)
    assert result.exit_code == 0, result.output
    return list(csv.DictReader(io.StringIO(result.output)))


def runs(db) -> list[tuple]:
    with duckdb.connect(str(db), read_only=True) as conn:
        return conn.execute("SELECT run_id, rubric_id, status, cohort FROM runs ORDER BY created_at").fetchall()


def test_two_rubrics_on_other_files_give_two_clean_cohorts(cli, db, tmp_path):
    first = cli("run", BUNDLED / "transcripts", BUNDLED / "written", "--rubric", RUBRIC, "--db", db,
                "--report-dir", tmp_path / "ai")
    assert first.exit_code == 0, first.output
    second = cli("run", BEHAVIOURAL, "--rubric", BEHAVIOURAL_RUBRIC, "--db", db, "--report-dir", tmp_path / "star")
    assert second.exit_code == 0, second.output
    assert "the answers of" in second.output and str(BEHAVIOURAL) in second.output
    (ai_run, _, _, ai_cohort), (star_run, _, _, star_cohort) = runs(db)
    assert json.loads(ai_cohort)["kind"] == json.loads(star_cohort)["kind"] == "inputs"
    ai_rows, star_rows = export(cli, db, "--run", ai_run), export(cli, db, "--run", star_run)
    ai_transcripts = {r["transcript_id"] for r in ai_rows}
    star_transcripts = {r["transcript_id"] for r in star_rows}
    assert ai_transcripts and star_transcripts and not (ai_transcripts & star_transcripts)
    with duckdb.connect(str(db), read_only=True) as conn:
        star_answers = conn.execute(
            "SELECT count(*) FROM answers a JOIN transcripts t USING (transcript_id) JOIN sources s USING (source_id) "
            "WHERE s.path LIKE ?", [f"{BEHAVIOURAL}%"]).fetchone()[0]
        assert conn.execute("SELECT count(*) FROM run_answers WHERE run_id = ?", [star_run]).fetchone()[0] == star_answers
    # the second report names only the second cohort's candidates
    star_index = (tmp_path / "star" / "index.html").read_text()
    assert not any(t in star_index for t in ai_transcripts if len(t) > 4)
    # the default run (export without --run) is the latest complete one: the behavioural run
    assert {r["run_id"] for r in export(cli, db)} == {star_run}


def test_rerun_resumes_adds_new_files_and_drops_removed_ones(cli, db, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("interview.txt", "interview.md"):
        shutil.copy(DATA / "formats" / name, folder / name)
    assert cli("run", folder, "--rubric", RUBRIC, "--db", db, "--report-dir", tmp_path / "r").exit_code == 0
    [(run_id, *_)] = runs(db)
    shutil.copy(DATA / "formats" / "interview.json", folder / "interview.json")
    again = cli("run", folder, "--rubric", RUBRIC, "--db", db, "--report-dir", tmp_path / "r")
    assert again.exit_code == 0, again.output
    assert f"run {run_id} (resumed" in again.output  # same inputs: the same run
    with duckdb.connect(str(db), read_only=True) as conn:
        per_file = dict(conn.execute(
            "SELECT s.path, count(*) FROM run_answers ra JOIN answers a USING (answer_id) "
            "JOIN transcripts t USING (transcript_id) JOIN sources s USING (source_id) WHERE ra.run_id = ? "
            "GROUP BY s.path", [run_id]).fetchall())
    assert set(per_file) == {str(folder / n) for n in ("interview.txt", "interview.md", "interview.json")}
    added = per_file[str(folder / "interview.json")]
    assert f"{added} answers scored" in again.output
    (folder / "interview.md").unlink()
    third = cli("run", folder, "--rubric", RUBRIC, "--db", db, "--report-dir", tmp_path / "r")
    assert third.exit_code == 0, third.output
    assert f"{per_file[str(folder / 'interview.md')]} left the cohort" in third.output
    with duckdb.connect(str(db), read_only=True) as conn:
        paths = {r[0] for r in conn.execute(
            "SELECT DISTINCT s.path FROM run_answers ra JOIN answers a USING (answer_id) JOIN transcripts t "
            "USING (transcript_id) JOIN sources s USING (source_id) WHERE ra.run_id = ?", [run_id]).fetchall()}
        assert str(folder / "interview.md") not in paths
        assert conn.execute("SELECT count(*) FROM scores s WHERE run_id = ? AND answer_id NOT IN "
                            "(SELECT answer_id FROM run_answers WHERE run_id = ?)", [run_id, run_id]).fetchone()[0] == 0


def test_named_cohort_gathers_several_calls_and_all_covers_everything(cli, db, tmp_path):
    one = cli("run", DATA / "formats" / "interview.txt", "--cohort", "spring", "--rubric", RUBRIC, "--db", db,
              "--report-dir", tmp_path / "r")
    two = cli("run", WRITTEN, "--cohort", "spring", "--rubric", RUBRIC, "--db", db, "--report-dir", tmp_path / "r")
    assert one.exit_code == 0 and two.exit_code == 0, two.output
    assert "cohort 'spring'" in two.output
    [(spring, _, _, cohort)] = runs(db)
    assert json.loads(cohort) == {"kind": "named", "name": "spring"}
    transcripts = {r["transcript_id"] for r in export(cli, db, "--run", spring)}
    assert len(transcripts) >= 2  # the interview and the written answers, in one run
    rescore = cli("score", "--cohort", "spring", "--rubric", RUBRIC, "--db", db)
    assert rescore.exit_code == 0 and f"run {spring} (resumed" in rescore.output and "0 answers scored" in rescore.output
    missing = cli("score", "--cohort", "autumn", "--rubric", RUBRIC, "--db", db)
    assert missing.exit_code != 0 and "cohort 'autumn' has no answers" in missing.output
    everything = cli("run", BEHAVIOURAL, "--all", "--rubric", RUBRIC, "--db", db, "--report-dir", tmp_path / "all")
    assert everything.exit_code == 0, everything.output
    with duckdb.connect(str(db), read_only=True) as conn:
        total = conn.execute("SELECT count(*) FROM answers").fetchone()[0]
        all_run = conn.execute("SELECT run_id FROM runs WHERE cohort LIKE '%\"all\"%'").fetchone()[0]
        assert conn.execute("SELECT count(*) FROM run_answers WHERE run_id = ?", [all_run]).fetchone()[0] == total
    both = cli("run", WRITTEN, "--all", "--cohort", "x", "--rubric", RUBRIC, "--db", db)
    assert both.exit_code != 0 and "not both" in both.output


def test_missing_endpoint_is_one_line_before_anything(cli, db, monkeypatch):
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    monkeypatch.delenv("OPENAI_BASE_URL", raising=False)
    result = cli("run", WRITTEN, "--rubric", RUBRIC, "--scorers", "keyword,llm", "--db", db)
    assert result.exit_code != 0
    assert "the llm scorer needs an endpoint" in result.output and "Traceback" not in result.output
    assert not db.exists()  # nothing ingested, no run recorded
    score = cli("score", "--rubric", RUBRIC, "--scorers", "llm", "--db", db)
    assert score.exit_code != 0 and "needs an endpoint" in score.output


def _honest(request, n):
    return Reply(content=json.dumps(honest_verdict(request)))


def test_stopped_run_keeps_finished_scorers_and_is_not_the_latest(cli, db, tmp_path):
    done = cli("run", WRITTEN, "--rubric", RUBRIC, "--db", db, "--report-dir", tmp_path / "ok")
    assert done.exit_code == 0
    [(complete_run, *_)] = runs(db)
    with ScriptedServer(_honest) as server:
        url, port = server.url, server.httpd.server_address[1]  # nothing listens once the block ends
    stopped = cli("run", WRITTEN, "--rubric", RUBRIC, "--scorers", "keyword,llm", "--base-url", url, "--model", "m",
                  "--concurrency", "1", "--timeout", "0.5", "--db", db, "--report-dir", tmp_path / "stopped")
    assert stopped.exit_code != 0 and "stopped:" in stopped.output
    stopped_run = next(r for r in runs(db) if r[0] != complete_run)
    assert stopped_run[2] == "interrupted"
    with duckdb.connect(str(db), read_only=True) as conn:
        by_scorer = dict(conn.execute(
            "SELECT scorer, list(DISTINCT status) FROM scores WHERE run_id = ? GROUP BY scorer",
            [stopped_run[0]]).fetchall())
        reasons = {r[0] for r in conn.execute("SELECT reason FROM scores WHERE run_id = ? AND scorer = 'llm'",
                                              [stopped_run[0]]).fetchall()}
        unfinished = conn.execute("SELECT count(*) FROM run_answers WHERE run_id = ? AND NOT complete",
                                  [stopped_run[0]]).fetchone()[0]
    assert "scored" in by_scorer["keyword"]  # the keyword scorer's verdicts were kept
    assert by_scorer["llm"] == ["unscored"] and all(r.startswith("not scored: stopped") for r in reasons)
    assert "scored" in by_scorer["final"]  # finals from the scorer that finished
    assert unfinished > 0
    # the latest *complete* run is still the default for export and report
    assert {r["run_id"] for r in export(cli, db)} == {complete_run}
    report = cli("report", "--db", db, "--report-dir", tmp_path / "default")
    assert report.exit_code == 0 and complete_run in (tmp_path / "default" / "index.html").read_text()
    # the same command with the endpoint back finishes the run: the unfinished answers are scored again
    with ScriptedServer(_honest, port=port) as server:  # the same endpoint: the same run
        resumed = cli("run", WRITTEN, "--rubric", RUBRIC, "--scorers", "keyword,llm", "--base-url", server.url,
                      "--model", "m", "--db", db, "--report-dir", tmp_path / "stopped")
    assert resumed.exit_code == 0, resumed.output
    assert f"run {stopped_run[0]} (resumed" in resumed.output
    with duckdb.connect(str(db), read_only=True) as conn:
        assert conn.execute("SELECT status FROM runs WHERE run_id = ?", [stopped_run[0]]).fetchone()[0] == "complete"
        assert conn.execute("SELECT count(*) FROM run_answers WHERE run_id = ? AND NOT complete",
                            [stopped_run[0]]).fetchone()[0] == 0
        assert conn.execute("SELECT count(*) FROM scores WHERE run_id = ? AND scorer = 'llm' AND status = 'scored'",
                            [stopped_run[0]]).fetchone()[0] > 0


def test_every_llm_call_refused_exits_non_zero(cli, db, tmp_path):
    def refuse(request, n):
        return Reply(status=401, error="invalid api key")

    with ScriptedServer(refuse) as server:
        result = cli("run", WRITTEN, "--rubric", RUBRIC, "--scorers", "keyword,llm", "--base-url", server.url,
                     "--model", "m", "--db", db, "--report-dir", tmp_path / "r")
    assert result.exit_code == 1
    assert "every llm call failed" in result.output
    rows = export(cli, db)
    assert rows and all(r["status"] == "unscored" for r in rows if r["scorer"] == "llm")
    assert any(r["status"] == "scored" for r in rows if r["scorer"] == "final")


def _edited_rubric(tmp_path: Path) -> Path:
    """The bundled rubric with a new version and one flag's definition changed."""
    text = RUBRIC.read_text()
    text = text.replace('version: "1.0.0"', 'version: "1.1.0"', 1)
    old = "Frames their experience or the role as ML research"
    assert old in text
    text = text.replace(old, "Frames their own experience or the role as ML research", 1)
    path = tmp_path / "edited.yaml"
    path.write_text(text)
    return path


def test_overrides_carry_to_a_new_rubric_version_unless_their_item_changed(cli, db, tmp_path):
    first = cli("run", WRITTEN, "--rubric", RUBRIC, "--db", db, "--report-dir", tmp_path / "r1")
    assert first.exit_code == 0
    rows = export(cli, db)
    flag_row = next(r for r in rows if r["scorer"] == "final" and r["item_id"] == "researcher_framing")
    criterion_row = next(r for r in rows if r["scorer"] == "final" and r["item_kind"] == "criterion"
                         and r["answer_id"] == flag_row["answer_id"])
    with connect(db) as conn:
        override_verdict(conn, answer_id=flag_row["answer_id"], item_id="researcher_framing",
                         value=1 - float(flag_row["value"] or 0), reviewer="ana", reason="reads as research")
        override_verdict(conn, answer_id=criterion_row["answer_id"], item_id=criterion_row["item_id"],
                         value=1, reviewer="ana", reason="thin on specifics")
    second = cli("run", WRITTEN, "--rubric", _edited_rubric(tmp_path), "--db", db, "--report-dir", tmp_path / "r2")
    assert second.exit_code == 0, second.output
    assert "overrides: 1 carried from earlier runs" in second.output
    assert (f"override not carried: {flag_row['answer_id']} researcher_framing by ana" in second.output
            and "the definition of researcher_framing changed in the rubric" in second.output)
    new_run = runs(db)[-1][0]
    carried = next(r for r in export(cli, db, "--run", new_run) if r["scorer"] == "final"
                   and r["answer_id"] == criterion_row["answer_id"] and r["item_id"] == criterion_row["item_id"])
    assert float(carried["value"]) == 1 and "override by ana: thin on specifics (carried from run-" in carried["reason"]
    # the changed item keeps the scorers' verdict in the new run; the old run keeps its override
    changed = next(r for r in export(cli, db, "--run", new_run) if r["scorer"] == "final"
                   and r["answer_id"] == flag_row["answer_id"] and r["item_id"] == "researcher_framing")
    assert "override by" not in changed["reason"]
    old = next(r for r in export(cli, db, "--run", runs(db)[0][0]) if r["scorer"] == "final"
               and r["answer_id"] == flag_row["answer_id"] and r["item_id"] == "researcher_framing")
    assert old["reason"].startswith("override by ana: reads as research")


def test_override_does_not_carry_when_the_answer_text_changed(cli, db, tmp_path):
    source = tmp_path / "answers.csv"
    shutil.copy(WRITTEN, source)
    assert cli("run", source, "--rubric", RUBRIC, "--db", db, "--report-dir", tmp_path / "r1").exit_code == 0
    row = next(r for r in export(cli, db) if r["scorer"] == "final" and r["item_kind"] == "criterion")
    with connect(db) as conn:
        override_verdict(conn, answer_id=row["answer_id"], item_id=row["item_id"], value=1, reviewer="bo",
                         reason="checked by hand")
    with duckdb.connect(str(db), read_only=True) as conn:
        text = conn.execute("SELECT text FROM answers WHERE answer_id = ?", [row["answer_id"]]).fetchone()[0]
    content = source.read_text()
    first_words = " ".join(text.split()[:4])
    assert first_words in content
    source.write_text(content.replace(first_words, first_words + " indeed", 1))
    second = cli("run", source, "--rubric", _edited_rubric(tmp_path), "--db", db, "--report-dir", tmp_path / "r2")
    assert second.exit_code == 0, second.output
    assert f"override not carried: {row['answer_id']} {row['item_id']} by bo" in second.output
    assert "the answer text changed since the override" in second.output
