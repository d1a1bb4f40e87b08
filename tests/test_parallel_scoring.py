"""Scoring in worker processes gives exactly what scoring in one process gives; re-scoring replaces."""

from __future__ import annotations

import csv
import io
import subprocess
import sys
from pathlib import Path

import duckdb

from .conftest import ROOT, RUBRIC


def _corpus(folder: Path, n: int) -> Path:
    subprocess.run([sys.executable, str(ROOT / "scripts" / "gen_corpus.py"), str(folder), "-n", str(n),
                    "--shard-rows", "400"], check=True, capture_output=True)
    return folder


def _contents(db: Path) -> tuple[list, list]:
    with duckdb.connect(str(db), read_only=True) as conn:
        scores = conn.execute("SELECT run_id, answer_id, item_kind, item_id, scorer, value, confidence, status, "
                              "reason, evidence FROM scores ORDER BY ALL").fetchall()
        run_answers = conn.execute("SELECT run_id, answer_id, answer_hash, question_id, match_score, matched_by, "
                                   "n_items FROM run_answers ORDER BY ALL").fetchall()
    return scores, run_answers


def test_workers_give_the_same_database_as_one_process(cli, tmp_path):
    corpus = _corpus(tmp_path / "corpus", 1500)  # three batches of 500
    results = {}
    for workers in (1, 2):
        db = tmp_path / f"w{workers}.duckdb"
        result = cli("run", corpus, "--rubric", RUBRIC, "--db", db, "--report-dir", tmp_path / f"r{workers}",
                     "--workers", workers)
        assert result.exit_code == 0, result.output
        assert "1500 answers scored" in result.output
        results[workers] = _contents(db)
    assert results[1] == results[2]
    scores, run_answers = results[1]
    assert len(run_answers) == 1500
    assert len({(r[1], r[3], r[4]) for r in scores}) == len(scores)  # one row per answer, item, scorer


def test_a_changed_answer_is_rescored_and_replaced(cli, tmp_path):
    corpus = _corpus(tmp_path / "corpus", 1200)
    db = tmp_path / "a.duckdb"
    assert cli("run", corpus, "--rubric", RUBRIC, "--db", db, "--report-dir", tmp_path / "r", "--workers", 2).exit_code == 0
    shard = sorted(corpus.glob("*.csv"))[0]
    rows = list(csv.reader(io.StringIO(shard.read_text(encoding="utf-8"))))
    first_id = rows[1][rows[0].index("answer_id")]
    # the first answer now talks about prompt engineering only
    rows[1][rows[0].index("answer")] = "Honestly the job is basically prompt engineering: I write prompts all day."
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerows(rows)
    shard.write_text(buffer.getvalue(), encoding="utf-8")
    result = cli("run", corpus, "--rubric", RUBRIC, "--db", db, "--report-dir", tmp_path / "r", "--workers", 2)
    assert result.exit_code == 0, result.output
    assert "1 answers scored, 1199 unchanged" in result.output
    scores, run_answers = _contents(db)
    assert len(run_answers) == 1200
    assert len({(r[0], r[1], r[3], r[4]) for r in scores}) == len(scores)
    flag = [r for r in scores if r[1] == first_id and r[3] == "just_prompt_engineering" and r[4] == "final"]
    assert len(flag) == 1 and flag[0][5] == 1.0
