"""The corrected prevalence of a flag (Rogan–Gladen) is over the calibrated run's verdicts only,
not over every run the database holds."""

from __future__ import annotations

from evaluator.calibrate import calibrate
from evaluator.store import connect

from ..conftest import ROOT, RUBRIC

BUNDLED = ROOT / "datasets" / "ai-engineer-interviews"


def test_rogan_gladen_rate_counts_the_calibrated_run_only(cli, tmp_path):
    db = tmp_path / "p.duckdb"
    # two runs in one database: the bundled cohort, and the written answers again as a cohort of their own
    assert cli("run", BUNDLED / "transcripts", BUNDLED / "written", "--rubric", RUBRIC, "--db", db,
               "--report-dir", tmp_path / "r1").exit_code in (0, 1)
    assert cli("run", BUNDLED / "written", "--rubric", RUBRIC, "--db", db,
               "--report-dir", tmp_path / "r2").exit_code in (0, 1)
    assert cli("labels", "import", BUNDLED / "labels.csv", "--rubric", RUBRIC, "--db", db).exit_code in (0, 1)
    with connect(db) as conn:
        runs = [r[0] for r in conn.execute("SELECT run_id FROM runs ORDER BY created_at").fetchall()]
        assert len(runs) == 2
        doc = calibrate(conn, runs[0], n_boot=50)
        checked = 0
        for item in doc.items:
            for scorer, figures in item.scorers.items():
                if figures.rogan_gladen_prevalence is None:
                    continue
                n, mean = conn.execute(
                    "SELECT count(*), avg(value) FROM scores WHERE run_id = ? AND item_id = ? AND scorer = ? "
                    "AND status = 'scored'", [runs[0], item.item_id, scorer]).fetchone()
                assert figures.rogan_gladen_prevalence.n_all_answers == n
                assert figures.rogan_gladen_prevalence.observed_all_answers == mean
                checked += 1
        assert checked >= 3
