"""scripts/gen_corpus.py: the synthetic scale-benchmark corpus is deterministic, realistic in
length, distinct, and every row goes through the real ingest."""

from __future__ import annotations

import csv
import importlib.util
import json
import statistics
import subprocess
import sys
from pathlib import Path

import pytest

from evaluator import ingest
from evaluator.pipeline import ingest_paths
from evaluator.store import connect

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "scripts" / "gen_corpus.py"
N, K = 2000, 6  # written answers, transcripts
COLUMNS = ["answer_id", "candidate_id", "question_id", "question", "answer", "cohort", "group"]
QUESTION_IDS = {"role_definition", "shipped_system", "model_choice", "production_reliability"}


def _load():
    spec = importlib.util.spec_from_file_location("gen_corpus", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


gen = _load()


def _files(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def _csv_rows(folder: Path) -> list[dict[str, str]]:
    rows = []
    for path in sorted(folder.glob("answers-*.csv")):
        with path.open(encoding="utf-8", newline="") as f:
            reader = csv.DictReader(f)
            assert reader.fieldnames == COLUMNS
            rows.extend(reader)
    return rows


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("corpus") / "c"
    gen.generate(folder, N, seed=7, formats=("csv",), transcripts=K)
    return folder


def test_same_seed_same_bytes_and_the_cli_agrees(corpus: Path, tmp_path: Path) -> None:
    again = tmp_path / "again"
    done = subprocess.run([sys.executable, str(SCRIPT), str(again), "-n", str(N), "--seed", "7",
                           "--transcripts", str(K)], check=True, capture_output=True, text=True)
    assert "rows/s" in done.stderr
    first, second = _files(corpus), _files(again)
    assert sorted(first) == ["answers-0000.csv"] + [
        f"transcripts/interview-{i:05d}.txt" for i in range(1, K + 1)]
    assert first == second


def test_another_seed_gives_other_answers(corpus: Path, tmp_path: Path) -> None:
    gen.generate(tmp_path / "other", N, seed=8, formats=("csv",), transcripts=K)
    other = _files(tmp_path / "other")
    assert other["answers-0000.csv"] != _files(corpus)["answers-0000.csv"]
    assert other["transcripts/interview-00001.txt"] != _files(corpus)["transcripts/interview-00001.txt"]
    ours = {r["answer"] for r in _csv_rows(corpus)}
    assert len(ours & {r["answer"] for r in _csv_rows(tmp_path / "other")}) < N // 100


def test_answers_are_distinct_and_realistic(corpus: Path) -> None:
    rows = _csv_rows(corpus)
    assert len(rows) == N
    assert len({r["answer_id"] for r in rows}) == N
    assert len({r["answer"] for r in rows}) == N  # the ingest keys on content hashes
    words = [len(r["answer"].split()) for r in rows]
    assert min(words) >= 20 and max(words) <= 400
    assert 90 <= statistics.median(words) <= 150
    assert {r["question_id"] for r in rows} == QUESTION_IDS | {""}  # some left for the matcher
    assert len({r["candidate_id"] for r in rows}) == N // 4
    assert {r["group"] for r in rows} <= {"A", "B", "C", "D"}
    # noise that exercises CSV quoting and decoding shows up, but not everywhere
    for noisy in (lambda t: "\n" in t, lambda t: '"' in t, lambda t: not t.isascii(), lambda t: "," in t):
        assert 0.01 * N < sum(noisy(r["answer"]) for r in rows) < N


def test_jsonl_holds_the_same_rows_and_ingests(corpus: Path, tmp_path: Path) -> None:
    gen.generate(tmp_path / "j", N, seed=7, formats=("jsonl",))
    with (tmp_path / "j" / "answers-0000.jsonl").open(encoding="utf-8") as f:
        objects = [json.loads(line) for line in f]
    assert [list(o) for o in objects[:1]] == [COLUMNS]
    assert [{k: v or "" for k, v in o.items()} for o in objects] == _csv_rows(corpus)
    # --format both writes the same two files side by side
    gen.generate(tmp_path / "b", N, seed=7, formats=("csv", "jsonl"))
    assert (tmp_path / "b" / "answers-0000.jsonl").read_bytes() == (tmp_path / "j" / "answers-0000.jsonl").read_bytes()
    assert (tmp_path / "b" / "answers-0000.csv").read_bytes() == (corpus / "answers-0000.csv").read_bytes()
    summary = ingest_paths(connect(tmp_path / "j.duckdb"), [tmp_path / "j"])
    assert (summary.files_ingested, summary.answers, summary.skipped, summary.row_errors) == (1, N, [], [])


def test_shards_respect_the_limits_and_keep_candidates_whole(tmp_path: Path) -> None:
    assert gen.SHARD_BYTES < ingest.MAX_FILE_BYTES  # default shards are never refused for their size
    result = gen.generate(tmp_path / "s", 1000, seed=1, shard_rows=300)
    shards = sorted((tmp_path / "s").glob("answers-*.csv"))
    assert [p.name for p in shards] == [f"answers-{i:04d}.csv" for i in range(4)] == [p.name for p in result["files"]]
    by_bytes = gen.generate(tmp_path / "b", 1000, seed=1, formats=("csv", "jsonl"), shard_bytes=200_000)
    assert len(by_bytes["files"]) > 2
    assert all(p.stat().st_size <= 200_000 for p in by_bytes["files"])
    owners: dict[str, str] = {}
    for path in shards:
        with path.open(encoding="utf-8", newline="") as f:
            rows = list(csv.DictReader(f))
        assert len(rows) <= 300
        for r in rows:
            assert owners.setdefault(r["candidate_id"], path.name) == path.name
    with pytest.raises(SystemExit, match="--overwrite"):
        gen.generate(tmp_path / "s", 10, seed=1)


def test_every_row_and_transcript_goes_through_the_real_ingest(corpus: Path, tmp_path: Path) -> None:
    conn = connect(tmp_path / "x.duckdb")
    summary = ingest_paths(conn, [corpus])
    assert summary.skipped == [] and summary.row_errors == [] and summary.files_partial == 0
    assert summary.files_ingested == 1 + K
    per_format = dict(conn.execute("SELECT format, sum(n_answers) FROM sources GROUP BY format").fetchall())
    assert per_format == {"csv": N, "txt": 4 * K}
    assert summary.answers == conn.execute("SELECT count(*) FROM answers").fetchone()[0] == N + 4 * K
    assert conn.execute("SELECT count(*) FROM ingest_errors").fetchone()[0] == 0
    # every transcript splits into its 4 questions, none taken for small talk
    per_transcript = conn.execute(
        "SELECT count(*), bool_or(is_small_talk) FROM answers a JOIN transcripts t USING (transcript_id) "
        "WHERE t.kind = 'interview' GROUP BY transcript_id").fetchall()
    assert per_transcript == [(4, False)] * K
    # written rows keep their metadata and question ids; the texts survive CSV quoting unchanged
    # (the ingest strips and NFKC-normalises, which the generated texts are already)
    csv_rows = {r["answer_id"]: r for r in _csv_rows(corpus)}
    stored = conn.execute(
        "SELECT a.answer_id, a.text, a.question_id, a.metadata FROM answers a JOIN transcripts t "
        "USING (transcript_id) JOIN sources s USING (source_id) WHERE s.format = 'csv'").fetchall()
    assert len(stored) == N
    for answer_id, text, question_id, metadata in stored:
        row = csv_rows[answer_id]
        assert text == row["answer"].strip()
        assert (question_id or "") == row["question_id"]
        meta = json.loads(metadata)
        assert meta["group"] == row["group"] and meta.get("cohort", "") == row["cohort"]
