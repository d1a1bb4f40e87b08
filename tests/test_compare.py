"""``evaluator compare``: two real runs of the same answers (rubric v1.0.0 and a changed copy),
checked against figures computed independently (SQL, scikit-learn, SciPy, by hand)."""

from __future__ import annotations

import csv
import io
import json
import shutil
from pathlib import Path

import duckdb
import pytest
from click.testing import CliRunner, Result
from scipy.stats import kendalltau
from sklearn.metrics import cohen_kappa_score, confusion_matrix

import evaluator.cli.compare  # noqa: F401  (registers the command on main)
from evaluator.cli import main
from evaluator.compare.render import summary_text
from evaluator.store import connect
from evaluator.store.overrides import insert_override

from .conftest import DATA, RUBRIC
from .report.test_browser import CHROMIUM, PAYLOADS, dump_dom

ORDINAL = {"role_understanding", "production_substance", "model_tradeoffs", "communication"}


def invoke(*args) -> Result:
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)


def variant(path: Path, version: str, *, changed: bool = True) -> Path:
    """The bundled rubric with another version and, if ``changed``: the 'Clear' communication level
    from 15 words (was 35), "context window" no longer a model trade-off, no_model_tradeoffs raised
    under 4 concepts (was 2), and researcher_framing renamed (an item in one rubric only)."""
    text = RUBRIC.read_text().replace('version: "1.0.0"', f'version: "{version}"')
    if changed:
        edits = [("when: {min_words: 35}", "when: {min_words: 15}"),
                 ('["context window*", "context length*"', '["context length*"'),
                 ("raise_when: missing\n    min_concepts: 2", "raise_when: missing\n    min_concepts: 4"),
                 ("  - id: researcher_framing\n", "  - id: researcher_framing_v2\n")]
        for old, new in edits:
            assert text.count(old) == 1, old
            text = text.replace(old, new)
    path.write_text(text)
    return path


def run_ids(db: Path) -> list[str]:
    with duckdb.connect(str(db), read_only=True) as conn:
        return [r[0] for r in conn.execute("SELECT run_id FROM runs ORDER BY rubric_version").fetchall()]


@pytest.fixture(scope="module")
def runs(tmp_path_factory) -> dict:
    """tests/data/formats scored by rubric v1.0.0 (A), the changed v1.1.0 (B) and an unchanged
    copy v1.0.1 (C), in one database."""
    tmp = tmp_path_factory.mktemp("compare")
    db = tmp / "c.duckdb"
    assert invoke("run", DATA / "formats", "--rubric", RUBRIC, "--db", db, "--report-dir", tmp / "r").exit_code == 0
    assert invoke("score", "--rubric", variant(tmp / "b.yaml", "1.1.0"), "--db", db).exit_code == 0
    assert invoke("score", "--rubric", variant(tmp / "c.yaml", "1.0.1", changed=False), "--db", db).exit_code == 0
    a, c, b = run_ids(db)  # by version: 1.0.0, 1.0.1, 1.1.0
    return {"db": db, "a": a, "b": b, "c": c, "tmp": tmp}


def compare_json(db: Path, a: str, b: str, *extra) -> dict:
    result = invoke("compare", a, b, "--db", db, "--json", *extra)
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def final_pairs(db: Path, a: str, b: str) -> list[tuple]:
    """(answer, item, A value, B value) of the final verdicts both runs scored, straight from the tables."""
    with duckdb.connect(str(db), read_only=True) as conn:
        return conn.execute(
            "SELECT x.answer_id, x.item_id, x.value, y.value FROM scores x JOIN scores y USING (answer_id, item_id) "
            "WHERE x.run_id = ? AND y.run_id = ? AND x.scorer = 'final' AND y.scorer = 'final' "
            "AND x.status = 'scored' AND y.status = 'scored' ORDER BY 1, 2", [a, b]).fetchall()


def test_items_agree_with_sklearn_and_by_hand(runs):
    doc = compare_json(runs["db"], runs["a"], runs["b"])
    assert doc["answers"]["counts"] == {"compared": 10, "only_in_a": 0, "only_in_b": 0, "text_changed": 0,
                                        "outdated": 0}
    assert doc["items_only_in_a"] == ["researcher_framing"] and doc["items_only_in_b"] == ["researcher_framing_v2"]
    pairs = final_pairs(runs["db"], runs["a"], runs["b"])
    items = {i["item_id"]: i for i in doc["items"]}
    assert set(items) == {p[1] for p in pairs} - {"researcher_framing"}
    for item_id, item in items.items():
        a = [p[2] for p in pairs if p[1] == item_id]
        b = [p[3] for p in pairs if p[1] == item_id]
        assert item["n"] == len(a) > 0
        assert item["agreement"] == pytest.approx(sum(x == y for x, y in zip(a, b)) / len(a))
        assert item["mean_shift"] == pytest.approx(sum(y - x for x, y in zip(a, b)) / len(a))
        assert item["transitions"] == confusion_matrix(a, b, labels=item["levels"]).tolist()
        if len(set(a) | set(b)) == 1:  # one category, full agreement: defined as 1 (sklearn: nan)
            assert item["kappa"] == 1.0
        else:
            assert item["kappa"] == pytest.approx(cohen_kappa_score(a, b, labels=item["levels"]))
        if item_id in ORDINAL:
            assert item["metric"] == "qwk"
            expected = cohen_kappa_score(a, b, labels=item["levels"], weights="quadratic")
            assert item["qwk"] == (1.0 if len(set(a) | set(b)) == 1 else pytest.approx(expected))
        else:
            assert item["metric"] == "kappa" and item["qwk"] is None
    # by hand: communication, 'Clear' from 15 words: three 15–34-word answers move from 1 to 2
    com = items["communication"]
    assert com["levels"] == [1, 2, 3] and com["transitions"] == [[4, 3, 0], [0, 2, 0], [0, 0, 0]]
    # p_o = 6/9, p_e = (7·4 + 2·5)/81 = 38/81 → κ = (54 − 38)/(81 − 38) = 16/43 (= QWK: only levels 1, 2 used)
    assert com["agreement"] == pytest.approx(6 / 9) and com["kappa"] == pytest.approx(16 / 43)
    assert com["qwk"] == pytest.approx(16 / 43) and com["mean_shift"] == pytest.approx(3 / 9)
    # no_model_tradeoffs now needs 4 concepts: the two answers that covered 2–3 (after 'context window' left) flip to raised
    flag = items["no_model_tradeoffs"]
    assert flag["transitions"] == [[0, 2], [0, 2]] and flag["agreement"] == 0.5
    assert flag["kappa"] == pytest.approx(0.0)  # B raises everything: no agreement beyond chance


def test_changed_verdicts_are_exactly_those_that_differ(runs):
    doc = compare_json(runs["db"], runs["a"], runs["b"])
    differ = {(answer, item, x, y) for answer, item, x, y in final_pairs(runs["db"], runs["a"], runs["b"])
              if x != y and item != "researcher_framing"}
    listed = {(c["answer_id"], c["item_id"], c["a"]["value"], c["b"]["value"]) for c in doc["changes"]}
    assert listed == differ and len(doc["changes"]) == len(differ) == 6
    assert doc["status_changes"] == []
    deltas = [abs(c["delta"]) for c in doc["changes"]]
    assert deltas == sorted(deltas, reverse=True)
    assert sum(i["changed"] for i in doc["items"]) == len(differ)
    w1 = next(c for c in doc["changes"] if c["answer_id"] == "w-1" and c["item_id"] == "model_tradeoffs")
    assert (w1["a"]["value"], w1["b"]["value"], w1["delta"], w1["candidate_id"]) == (3, 2, -1, "cand-1")
    quoted_a = {e["text"] for e in w1["a"]["evidence"]}
    assert "context window" in quoted_a and "context window" not in {e["text"] for e in w1["b"]["evidence"]}
    assert "level 3" in w1["a"]["reason"] and "level 2" in w1["b"]["reason"]


def overall(db: Path, run: str) -> dict[tuple[str, str], float]:
    """Each candidate transcript's overall score, as 'evaluator export --level candidate' gives it (4 decimals)."""
    result = invoke("export", "--db", db, "--format", "csv", "--level", "candidate", "--run", run)
    return {(r["candidate_id"], r["transcript_id"]): float(r["value"])
            for r in csv.DictReader(io.StringIO(result.stdout)) if r["item_id"] == "overall" and r["value"]}


def test_rankings_kendall_tau_and_top_k(runs):
    doc = compare_json(runs["db"], runs["a"], runs["b"], "--top-k", "3")
    a, b = overall(runs["db"], runs["a"]), overall(runs["db"], runs["b"])
    keys = sorted(set(a) & set(b))
    assert doc["ranking"]["n"] == len(keys) == 8
    assert doc["ranking"]["kendall_tau"] == pytest.approx(kendalltau([a[k] for k in keys], [b[k] for k in keys])[0])
    rows = {(c["candidate_id"], c["transcript_id"]): c for c in doc["candidates"]}
    for k in keys:
        # (the export prints 4 decimals)
        assert rows[k]["overall_a"] == pytest.approx(a[k], abs=1e-4) and rows[k]["overall_b"] == pytest.approx(b[k], abs=1e-4)
        assert rows[k]["shift"] == pytest.approx(b[k] - a[k], abs=2e-4)

    def top(scores):  # ranked as the reports rank: overall descending, then ids
        return [k for k in sorted(keys, key=lambda k: (-scores[k], k))][:3]

    top_a, top_b = top(a), top(b)
    common = len(set(top_a) & set(top_b))
    assert doc["ranking"]["k"] == 3 and doc["ranking"]["top_k_overlap"] == pytest.approx(common / 3)
    assert [(e["candidate_id"], e["transcript_id"]) for e in doc["ranking"]["entered"]] == \
        [k for k in top_b if k not in top_a]
    assert [(e["candidate_id"], e["transcript_id"]) for e in doc["ranking"]["left"]] == \
        [k for k in top_a if k not in top_b]
    for k in keys:
        assert rows[k]["rank_change"] == (sorted(keys, key=lambda x: (-a[x], x)).index(k)
                                          - sorted(keys, key=lambda x: (-b[x], x)).index(k))


def test_identical_runs_agree_fully(runs):
    doc = compare_json(runs["db"], runs["a"], runs["c"])
    assert doc["changes"] == [] and doc["status_changes"] == []
    assert doc["items_only_in_a"] == doc["items_only_in_b"] == []
    for item in doc["items"]:
        assert item["agreement"] == 1.0 and item["kappa"] == 1.0 and item["mean_shift"] == 0.0
        assert item["changed"] == 0 and (item["qwk"] == 1.0 or item["metric"] == "kappa")
    assert doc["ranking"]["kendall_tau"] == pytest.approx(1.0) and doc["ranking"]["top_k_overlap"] == 1.0
    assert all(c["shift"] == 0 and c["rank_change"] == 0 for c in doc["candidates"])
    text = invoke("compare", runs["a"], runs["c"], "--db", runs["db"]).stdout
    assert "0 changed verdicts" in text and "Kendall's tau-b 1" in text
    # the two lowest (cand-3 and li-wei) both score 0: a top 7 cuts between them
    scores = sorted((c["overall_a"] for c in doc["candidates"]), reverse=True)
    assert scores[-2:] == [0, 0] and scores[-3] > 0
    tied = compare_json(runs["db"], runs["a"], runs["c"], "--top-k", "7")["ranking"]
    assert (tied["cutoff_a"], tied["tied_below_cutoff_a"], tied["tied_below_cutoff_b"]) == (0, 1, 1)
    assert tied["top_k_overlap"] == 1.0 and doc["ranking"]["tied_below_cutoff_a"] == 0  # k = n = 8


def test_terminal_summary_shows_items_ranking_and_largest_changes(runs):
    result = invoke("compare", runs["a"], runs["b"], "--db", runs["db"])
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    header = next(line for line in lines if line.startswith("item "))
    assert header.split()[:5] == ["item", "scale", "n", "agree", "kappa"]
    com = next(line for line in lines if line.startswith("communication "))
    assert com.split()[:7] == ["communication", "ordinal", "9", "0.67", "0.37", "0.37", "+0.33"]
    assert "6 changed verdicts:" in result.stdout
    assert "items only in A's rubric: researcher_framing; only in B's: researcher_framing_v2" in result.stdout
    assert any(line.startswith("w-1 ") and "model_tradeoffs" in line and "3 → 2" in line for line in lines)
    # with more changes than it shows, the summary says so and lists the largest
    doc = compare_json(runs["db"], runs["a"], runs["b"])
    short = summary_text(doc, largest=2).splitlines()
    at = short.index("6 changed verdicts (the 2 largest):")
    assert len(short) == at + 5  # header, rule, two rows
    assert [line.split()[0] for line in short[at + 3:]] == [c["answer_id"] for c in doc["changes"][:2]]


@pytest.mark.parametrize("args, message", [
    (("run-000000000000", "B"), "no run 'run-000000000000' in the database"),
    (("A", "run-nope"), "no run 'run-nope' in the database"),
    (("A", "B", "--scorer", "llm"), "has no scorer 'llm'"),
    (("A", "B", "--top-k", "0"), "--top-k must be at least 1"),
    (("A", "B", "--html", "x.html", "--report-dir", "d"), "not both"),
])
def test_bad_arguments_are_one_line_errors(runs, args, message):
    args = tuple(runs["a"] if x == "A" else runs["b"] if x == "B" else x for x in args)
    result = invoke("compare", *args, "--db", runs["db"])
    assert result.exit_code != 0
    assert result.stdout == "" and message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1 and result.stderr.startswith("error: ")


def test_overrides_carry_between_runs_unless_the_item_changed(runs, tmp_path):
    """An override applies to every run that scored the same answer text with the same item
    definition (issue 13.5), so it changes no comparison between two such runs; where the item
    changed, it stays in its own run and the comparison shows it."""
    db = tmp_path / "o.duckdb"
    shutil.copy(runs["db"], db)
    a, b, c = runs["a"], runs["b"], runs["c"]
    with connect(db) as conn:
        answer_hash = conn.execute("SELECT content_hash FROM answers WHERE answer_id = 'w-2'").fetchone()[0]
        insert_override(conn, run_id=c, answer_id="w-2", answer_hash=answer_hash, item_kind="criterion",
                        item_id="role_understanding", value=3.0, previous_value=1.0, previous_status="scored",
                        previous_reason="keyword", reviewer="rita", reason="<b>knows the role</b>")
        communication_b = conn.execute(
            "SELECT value FROM scores WHERE run_id = ? AND answer_id = 'w-2' AND item_id = 'communication' "
            "AND scorer = 'final'", [b]).fetchone()[0]
        insert_override(conn, run_id=b, answer_id="w-2", answer_hash=answer_hash, item_kind="criterion",
                        item_id="communication", value=communication_b % 3 + 1, previous_value=communication_b,
                        previous_status="scored", previous_reason="keyword", reviewer="rita", reason="clear")
    # role_understanding is the same item in A and C, w-2 the same text: the override carries to A
    assert compare_json(db, a, c)["changes"] == []
    carried = invoke("export", "--db", db, "--run", a, "--format", "jsonl").stdout
    rows = [json.loads(line) for line in carried.splitlines()]
    role = next(r for r in rows if r["answer_id"] == "w-2" and r["item_id"] == "role_understanding"
                and r["scorer"] == "final")
    assert role["value"] == 3.0 and role["reason"] == f"override by rita: <b>knows the role</b> (carried from {c})"
    # communication changed in B ('Clear' from 15 words): B's override stays in B
    doc = compare_json(db, a, b)
    mine = [x for x in doc["changes"] if x["answer_id"] == "w-2" and x["item_id"] == "communication"]
    assert [(x["b"]["value"], x["b"]["override"], x["b"]["reason"]) for x in mine] == [
        (communication_b % 3 + 1, True, "override by rita: clear")]
    # the keyword scorer's own verdicts are not overridden
    assert compare_json(db, a, c, "--scorer", "keyword")["changes"] == []


def test_answers_only_in_one_run_or_changed_are_named(tmp_path):
    inputs = tmp_path / "in"
    shutil.copytree(DATA / "formats", inputs)
    db = tmp_path / "t.duckdb"
    assert invoke("run", inputs, "--rubric", RUBRIC, "--db", db, "--report-dir", tmp_path / "r").exit_code == 0
    assert invoke("score", "--rubric", variant(tmp_path / "c.yaml", "1.0.1", changed=False), "--db", db).exit_code == 0
    written = inputs / "written.csv"
    # w-1 renamed w-9 (w-1 is gone, w-9 is new), w-2 reworded
    written.write_text(written.read_text().replace("w-1,", "w-9,").replace("basically prompt engineering",
                                                                          "shipping products on foundation models"))
    assert invoke("ingest", inputs, "--db", db).exit_code == 0
    assert invoke("score", "--rubric", variant(tmp_path / "b.yaml", "1.1.0"), "--db", db).exit_code == 0
    a, c, b = run_ids(db)
    doc = compare_json(db, a, b)
    assert doc["answers"]["counts"] == {"compared": 8, "only_in_a": 1, "only_in_b": 1, "text_changed": 1,
                                        "outdated": 0}
    assert [e["answer_id"] for e in doc["answers"]["only_in_a"]] == ["w-1"]
    assert [(e["answer_id"], e["candidate_id"]) for e in doc["answers"]["only_in_b"]] == [("w-9", "cand-1")]
    assert [(e["answer_id"], e["candidate_id"]) for e in doc["answers"]["text_changed"]] == [("w-2", "cand-2")]
    assert not {c["answer_id"] for c in doc["changes"]} & {"w-1", "w-2", "w-9"}
    assert sum(i["n"] for i in doc["items"] if i["item_id"] == "communication") == 7  # 9 scored, less w-1 and w-2
    # A and C both scored the texts that changed since: outdated in both, not compared
    old = compare_json(db, a, c)
    assert old["answers"]["counts"]["outdated"] == 2 and old["answers"]["counts"]["compared"] == 8
    assert sorted(e["answer_id"] for e in old["answers"]["outdated"]) == ["w-1", "w-2"]
    text = invoke("compare", a, b, "--db", db).stdout
    assert "only in A: w-1" in text and "only in B: w-9" in text and "text changed: w-2" in text


@pytest.fixture(scope="module")
def hostile(tmp_path_factory) -> dict:
    """Two runs over answers carrying HTML/script payloads in the text, the candidate id and the question."""
    tmp = tmp_path_factory.mktemp("hostile")
    payload = " ".join(PAYLOADS).replace('"', "'")
    rows = [{"answer_id": "evil-1", "candidate_id": "<b>mallory</b>", "question_id": "model_choice",
             "question": f"Which model? {payload}",
             "answer": f"We weigh cost, latency and the context window {payload} then decide by our eval set "
                       f"with a few more words here so that it is long enough to count."}]
    (tmp / "in").mkdir()
    with (tmp / "in" / "evil.csv").open("w", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    db = tmp / "h.duckdb"
    assert invoke("run", tmp / "in", "--rubric", RUBRIC, "--db", db, "--report-dir", tmp / "r").exit_code == 0
    assert invoke("score", "--rubric", variant(tmp / "b.yaml", "1.1.0"), "--db", db).exit_code == 0
    a, b = run_ids(db)
    out = tmp / "reports"
    result = invoke("compare", a, b, "--db", db, "--report-dir", out)
    assert result.exit_code == 0, result.output
    return {"db": db, "a": a, "b": b, "page": out / f"compare-{a}-{b}.html", "tmp": tmp}


def test_html_escapes_payloads_and_is_self_contained(hostile):
    doc = compare_json(hostile["db"], hostile["a"], hostile["b"])
    assert {c["item_id"] for c in doc["changes"]} >= {"model_tradeoffs", "no_model_tradeoffs"}
    html = hostile["page"].read_text()
    for payload in PAYLOADS:
        assert payload not in html and payload.replace('"', "'") not in html
    assert "&lt;script&gt;" in html and "&lt;b&gt;mallory&lt;/b&gt;" in html
    assert html.count("<script>") == 1  # ours (the table sort), allowed by hash in the CSP
    assert "default-src 'none'" in html
    for needle in ("<img", "<link", "<iframe", "<svg onload", 'src="', "src='", "href=\"http", "url(", "@import"):
        assert needle not in html, needle  # nothing loaded from anywhere, no payload became markup
    # A's evidence ("context window") is marked in the excerpt, B no longer quotes it
    assert '<mark class="ev-a" title="A">context window</mark>' in html
    assert '<mark class="ev-ab" title="A, B">cost</mark>' in html


@pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed")
def test_html_in_chromium_runs_only_our_script(hostile, tmp_path):
    dom = dump_dom(hostile["page"], tmp_path)
    html_tag = dom[dom.index("<html"):].split(">", 1)[0]
    assert "data-pwned" not in html_tag and 'data-sortable="ready"' in html_tag
    assert "<img" not in dom and "<svg onload" not in dom
    assert "Changed verdicts" in dom
