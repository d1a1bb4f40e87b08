"""Each rubric aggregate (mean, max, min, median, last) over a transcript's answers, as the
database computes it for every report, equals the same aggregate computed in Python from the
stored final verdicts; also when one rubric mixes them (the SQL names only the ones it uses)."""

from __future__ import annotations

import statistics
from collections import defaultdict

import pytest
import yaml

from evaluator.store import connect
from evaluator.store.reads import candidate_rows, run_info

from ..conftest import ROOT, RUBRIC

PYTHON = {"mean": statistics.fmean, "max": max, "min": min, "median": statistics.median}


@pytest.mark.parametrize("aggregates", [("median", "last", "min", "mean"), ("max", "max", "max", "max"),
                                        ("last", "median", "mean", "max")])
def test_sql_aggregates_equal_python_ones(cli, tmp_path, aggregates):
    doc = yaml.safe_load(RUBRIC.read_text(encoding="utf-8"))
    assert len(doc["criteria"]) == len(aggregates)
    for criterion, aggregate in zip(doc["criteria"], aggregates):
        criterion["aggregate"] = aggregate
    rubric = tmp_path / "rubric.yaml"
    rubric.write_text(yaml.safe_dump(doc, sort_keys=False), encoding="utf-8")
    db = tmp_path / "a.duckdb"
    result = cli("run", ROOT / "datasets" / "ai-engineer-interviews" / "transcripts", "--rubric", rubric,
                 "--db", db, "--report-dir", tmp_path / "r")
    assert result.exit_code in (0, 1), result.output
    with connect(db, read_only=True) as conn:
        run = run_info(conn)
        finals = conn.execute(
            "SELECT a.candidate_id, a.transcript_id, s.item_id, s.value, a.seq FROM scores s "
            "JOIN answers a USING (answer_id) WHERE s.run_id = ? AND s.scorer = 'final' AND s.status = 'scored' "
            "AND s.item_kind = 'criterion'", [run.run_id]).fetchall()
        got = {(r["candidate_id"], r["transcript_id"], r["item_id"]): r["value"]
               for r in candidate_rows(conn, run) if r["item_kind"] == "criterion"}
    by_group: dict[tuple[str, str, str], list[tuple[int, float]]] = defaultdict(list)
    for candidate, transcript, item, value, seq in finals:
        by_group[(candidate, transcript, item)].append((seq, value))
    kinds = dict(zip((c["id"] for c in doc["criteria"]), aggregates))
    several = 0
    for key, pairs in by_group.items():
        values = [v for _, v in pairs]
        several += len(set(values)) > 1
        kind = kinds[key[2]]
        want = max(pairs)[1] if kind == "last" else PYTHON[kind](values)
        assert got[key] == pytest.approx(want), (key, kind, pairs)
    assert set(got) == set(by_group)
    assert several >= 5  # transcripts whose answers disagree on an item: the aggregates differ there
