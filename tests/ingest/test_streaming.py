"""Answer tables of any size (issue 15.2): CSV, JSON Lines and Parquet are streamed in batches,
limits apply per field and per row (not per file), one bad row costs that row only, and a file cut
off part way by a killed process is ingested again from a clean slate."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import resource
import subprocess
import sys
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from evaluator.ingest import MAX_FILE_BYTES
from evaluator.ingest.tables import MAX_ROW_CHARS
from evaluator.pipeline import TABLE_BATCH_ROWS
from evaluator.store import connect
from evaluator.store.writes import FileWriter
from evaluator.models import Answer, Transcript

from ..conftest import ROOT

HEADER = ["answer_id", "candidate_id", "question_id", "question", "answer", "cohort"]


def _rows(n: int, start: int = 0) -> list[list[str]]:
    return [[f"a{i}", f"c{i // 3}", "model_choice", "Which model would you pick?",
             f"Answer {i}: we compared latency, cost, and quality on our eval set, then picked the smaller model.",
             "spring"] for i in range(start, start + n)]


def _csv_text(rows: list[list[str]]) -> str:
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows(rows)
    return out.getvalue()


def _answers(db: Path) -> dict[str, str]:
    with connect(db, read_only=True) as conn:
        return dict(conn.execute("SELECT answer_id, text FROM answers").fetchall())


def test_a_table_over_the_old_file_limit_streams_in_bounded_memory(tmp_path, cli):
    """60 MB of CSV (the whole-file limit is 50 MB) ingests every row in several batches; the
    ingest process peaks far below what reading it whole would take (~25-40 bytes per byte)."""
    corpus = tmp_path / "corpus"
    subprocess.run([sys.executable, str(ROOT / "scripts" / "gen_corpus.py"), str(corpus), "-n", "70000",
                    "--shard-rows", "1000000", "--shard-bytes", "1000000000"], check=True, capture_output=True)
    (big,) = corpus.glob("*.csv")
    assert big.stat().st_size > MAX_FILE_BYTES
    with big.open(newline="", encoding="utf-8") as fh:
        n_rows = sum(1 for _ in csv.DictReader(fh))
    assert n_rows == 70000 > 2 * TABLE_BATCH_ROWS
    db = tmp_path / "big.duckdb"
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    done = subprocess.run([sys.executable, "-m", "evaluator", "ingest", str(big), "--db", str(db)],
                          capture_output=True, text=True, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    assert "answers added: 70000" in done.stdout
    peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    if before < resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss:  # this child set the peak
        assert peak_mb < 1000, f"ingest peaked at {peak_mb:.0f} MB for a {big.stat().st_size / 1e6:.0f} MB file"
    with connect(db, read_only=True) as conn:
        assert conn.execute("SELECT status, n_answers FROM sources").fetchall() == [("ingested", 70000)]
        # a candidate's rows are spread through the file and its batches: one transcript each, in order
        assert conn.execute("SELECT count(*) FROM transcripts").fetchone()[0] == \
            conn.execute("SELECT count(DISTINCT candidate_id) FROM answers").fetchone()[0]
        assert conn.execute("SELECT count(*) FROM (SELECT transcript_id, max(seq) = count(*) AS ok FROM answers "
                            "GROUP BY 1) WHERE NOT ok").fetchone()[0] == 0
    again = cli("ingest", big, "--db", db)
    assert "1 unchanged" in again.output and "answers added: 0" in again.output


def test_parquet_gives_the_same_answers_as_csv(tmp_path, cli):
    rows = _rows(25)
    (tmp_path / "csv").mkdir()
    (tmp_path / "pq").mkdir()
    with (tmp_path / "csv" / "answers.csv").open("w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows([HEADER, *rows])
    table = pa.table({name: [r[i] for r in rows] for i, name in enumerate(HEADER)})
    pq.write_table(table, tmp_path / "pq" / "answers.parquet", row_group_size=10)
    for name in ("csv", "pq"):
        result = cli("ingest", tmp_path / name, "--db", tmp_path / f"{name}.duckdb")
        assert result.exit_code == 0, result.output
    assert _answers(tmp_path / "csv.duckdb") == _answers(tmp_path / "pq.duckdb")
    assert len(_answers(tmp_path / "pq.duckdb")) == 25
    with connect(tmp_path / "pq.duckdb", read_only=True) as conn:
        assert conn.execute("SELECT DISTINCT format FROM sources").fetchall() == [("parquet",)]
        meta = json.loads(conn.execute("SELECT metadata FROM answers WHERE answer_id = 'a3'").fetchone()[0])
    assert meta["cohort"] == "spring" and meta["source_row"] == 4


def test_parquet_without_required_columns_or_not_parquet_is_one_line(tmp_path, cli):
    pq.write_table(pa.table({"candidate_id": ["c1"], "answer": ["x"]}), tmp_path / "missing.parquet")
    (tmp_path / "fake.parquet").write_bytes(b"PAR1 this is not parquet at all")
    result = cli("ingest", tmp_path, "--db", tmp_path / "t.duckdb")
    assert result.exit_code == 1
    assert "missing.parquet: Parquet is missing required column(s) question" in result.output
    assert "fake.parquet: not a readable Parquet file" in result.output
    assert "Traceback" not in result.output


def test_over_long_rows_cost_that_row_only(tmp_path, cli):
    """A JSON Lines row and a CSV row over the per-row limit (one an unclosed quote running on for
    many lines) are skipped with their line; every row around them is kept."""
    huge = "x" * (MAX_ROW_CHARS + 10)
    lines = [json.dumps(dict(zip(HEADER, r))) for r in _rows(3)]
    lines.insert(1, json.dumps({"candidate_id": "cz", "question": "q", "answer": huge}))
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "answers.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    text = _csv_text([HEADER, *_rows(2, start=10)])
    text += 'b1,cz,model_choice,q,"' + ("y" * 1000 + "\n") * (MAX_ROW_CHARS // 1000 + 5) + '",x\n'
    text += _csv_text(_rows(2, start=20))
    (tmp_path / "in" / "answers.csv").write_text(text, encoding="utf-8")
    result = cli("ingest", tmp_path / "in", "--db", tmp_path / "t.duckdb")
    assert result.exit_code == 1
    assert f"answers.jsonl:2: row 2 is longer than {MAX_ROW_CHARS:,} characters, the limit per row" in result.output
    assert f"answers.csv:4: row 3 is longer than {MAX_ROW_CHARS:,} characters, the limit per row" in result.output
    assert set(_answers(tmp_path / "t.duckdb")) == {"a0", "a1", "a2", "a10", "a11", "a20", "a21"}


def test_a_file_cut_off_while_loading_is_ingested_again_whole(tmp_path, cli):
    """A killed ingest leaves its file 'loading' with some batches stored: the next ingest of the
    same file does not count it as known, removes the partial rows and stores every row once."""
    path = tmp_path / "answers.csv"
    with path.open("w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows([HEADER, *_rows(30)])
    db = tmp_path / "t.duckdb"
    assert cli("ingest", path, "--db", db).exit_code == 0
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    with connect(db) as conn:  # now as a killed process would leave it: first batch in, never finished
        conn.execute("DELETE FROM answers; DELETE FROM transcripts; DELETE FROM sources")
        writer = FileWriter(conn, path=str(path), fmt="csv", content_hash=digest, size_bytes=path.stat().st_size,
                            atomic=False)  # as for a file over ATOMIC_BYTES
        writer.__enter__()
        transcript = Transcript(transcript_id="answers-c0", candidate_id="c0", kind="written", answers=[
            Answer(answer_id="a0", transcript_id="answers-c0", candidate_id="c0", seq=1, question="q", text="old")])
        writer.add([transcript])
    with connect(db, read_only=True) as conn:  # the batch committed, the file unfinished
        assert conn.execute("SELECT status FROM sources").fetchall() == [("loading",)]
        assert conn.execute("SELECT text FROM answers").fetchall() == [("old",)]
    # scoring before the file is ingested again leaves its half-stored answers out, and says so
    rubric = ROOT / "rubrics" / "ai-engineer-role.yaml"
    scored = cli("score", "--rubric", rubric, "--scorers", "keyword", "--db", db)
    assert scored.exit_code == 2 and "ingest was cut off part way" in scored.output, scored.output
    other = tmp_path / "other.csv"
    with other.open("w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows([HEADER, *_rows(3, start=100)])
    assert cli("ingest", other, "--db", db).exit_code == 0
    scored = cli("score", "--rubric", rubric, "--scorers", "keyword", "--db", db)
    assert scored.exit_code == 0, scored.output
    assert "3 answers scored" in scored.output
    assert f"left out: {path}: its ingest was cut off part way (1 answers stored so far)" in scored.output
    result = cli("ingest", path, "--db", db)
    assert result.exit_code == 0, result.output
    assert "1 ingested" in result.output and "answers added: 30" in result.output
    answers = _answers(db)
    assert len(answers) == 33 and answers["a0"].startswith("Answer 0:")
    with connect(db, read_only=True) as conn:
        assert conn.execute("SELECT status, n_answers FROM sources ORDER BY path").fetchall() == [
            ("ingested", 30), ("ingested", 3)]


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "cp1252"])
def test_streamed_tables_decode_like_whole_files(tmp_path, cli, encoding):
    """The streaming pass chooses the encoding by the same rules as whole files (BOM, UTF-16,
    else Windows-1252) and cleans fields as they are: NFKC, line endings."""
    rows = [["a1", "c1", "q", "Café — naïve résumé\r\nsecond line ﬁne"], ["a2", "c2", "q", "plain"]]
    path = tmp_path / "answers.csv"
    text = "answer_id,candidate_id,question,answer\r\n" + "".join(
        ",".join(r[:3]) + ',"' + r[3] + '"\r\n' for r in rows)
    if encoding == "cp1252":
        text = text.replace("ﬁ", "fi").replace("—", "-")
    path.write_bytes(text.encode(encoding))
    result = cli("ingest", path, "--db", tmp_path / "t.duckdb")
    assert result.exit_code == 0, result.output
    answers = _answers(tmp_path / "t.duckdb")
    assert answers["a1"].startswith("Café") and "\r" not in answers["a1"]
    assert answers["a1"].endswith("second line fine")  # NFKC folds the ligature
    assert answers["a2"] == "plain"
