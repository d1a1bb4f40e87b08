"""One human reference per (answer, item), decided in one place (labels.resolution.reference_values),
one nearest-level rule (Criterion.nearest_level), and `labels check` measured as `calibrate` measures."""

from __future__ import annotations

import ast
import json

from evaluator.labels.resolution import AnswerIndex, item_level, reference_values

from .conftest import DATA, ROOT, RUBRIC


def test_nearest_level_goes_up_when_halfway(rubric):
    tradeoffs = rubric.rubric.criterion("model_tradeoffs")  # levels 0, 1, 2, 3
    assert [tradeoffs.nearest_level(v) for v in (0.5, 1.5, 2.5)] == [1.0, 2.0, 3.0]
    assert [tradeoffs.nearest_level(v) for v in (1.49, 1.51, 2.0)] == [1.0, 2.0, 2.0]
    assert (tradeoffs.nearest_level(-4.0), tradeoffs.nearest_level(9.0)) == (0.0, 3.0)
    communication = rubric.rubric.criterion("communication")  # levels 1, 2, 3
    assert communication.nearest_level(0.0) == 1.0
    flag = rubric.rubric.flag("researcher_framing")
    assert [item_level(flag, v) for v in (0.0, 0.49, 0.5, 1.0)] == [0.0, 0.0, 1.0, 1.0]


def _label(answer_id: str, item_id: str, rater: str, value: float, row: int) -> dict:
    return {"source": "l.csv", "row_number": row, "answer_id": answer_id, "transcript_id": None,
            "question_id": None, "item_id": item_id, "rater": rater, "value": value, "raw_value": None}


def test_reference_values_one_rater_or_the_consensus(rubric):
    items = {c.id: c for c in rubric.rubric.criteria} | {f.id: f for f in rubric.rubric.flags}
    index = AnswerIndex(scope="run r", by_key={}, in_scope={"a1", "a2"})
    labels = [_label("a1", "model_tradeoffs", "r1", 1.0, 1), _label("a1", "model_tradeoffs", "r2", 2.0, 2),
              _label("a1", "researcher_framing", "r1", 0.0, 3), _label("a1", "researcher_framing", "r2", 1.0, 4),
              _label("a2", "model_tradeoffs", "r2", 3.0, 5), _label("nope", "model_tradeoffs", "r2", 3.0, 6)]
    consensus = reference_values(labels, items, index)
    # median 1.5 → the higher level; a split flag is raised
    assert consensus.values == {("a1", "model_tradeoffs"): 2.0, ("a1", "researcher_framing"): 1.0,
                                ("a2", "model_tradeoffs"): 3.0}
    one = reference_values(labels, items, index, "r1")
    assert one.values == {("a1", "model_tradeoffs"): 1.0, ("a1", "researcher_framing"): 0.0}
    # every rater's labels are still there (the human baseline), and every rater's problems
    assert one.raters[("a1", "model_tradeoffs")] == {"r1": 1.0, "r2": 2.0}
    assert [(u.rater, u.reason) for u in one.resolution.unresolved] == [("r2", "unknown_answer")]


def test_labels_check_compares_with_one_value_per_answer_and_item(cli, db, tmp_path):
    cli("run", DATA / "formats", "--rubric", RUBRIC, "--db", db, "--report-dir", tmp_path / "r")
    labels = tmp_path / "labels.csv"
    labels.write_text("transcript_id,question_id,answer_id,item_id,rater,value,note\n"
                      ",,w-1,model_tradeoffs,r1,2,\n"              # keyword says 3
                      ",,w-1,model_tradeoffs,r2,3,\n"              # consensus: median 2.5 → 3
                      ",,w-2,just_prompt_engineering,r1,1,\n"      # keyword raised it
                      ",,w-2,just_prompt_engineering,r2,0,\n"      # a split: raised
                      ",,w-1,no_model_tradeoffs,r1,1,\n")          # keyword did not raise it: FN only
    both = json.loads(cli("labels", "check", labels, "--db", db, "--scorer", "keyword", "--json").output)
    items = {i["item_id"]: i for i in both["items"]}
    assert items["model_tradeoffs"]["n"] == 1 and items["model_tradeoffs"]["exact_agreement"] == 1.0
    assert items["just_prompt_engineering"]["n"] == 1 and items["just_prompt_engineering"]["tp"] == 1
    # F1 = 2TP / (2TP + FP + FN), as calibrate: 0 (not undefined) when the scorer missed every raised flag
    flag = items["no_model_tradeoffs"]
    assert (flag["tp"], flag["fn"], flag["precision"], flag["recall"], flag["f1"]) == (0, 1, None, 0.0, 0.0)
    r1 = json.loads(cli("labels", "check", labels, "--db", db, "--scorer", "keyword", "--rater", "r1",
                        "--json").output)
    items = {i["item_id"]: i for i in r1["items"]}
    assert (items["model_tradeoffs"]["exact_agreement"], items["model_tradeoffs"]["adjacent_agreement"],
            items["model_tradeoffs"]["mae"]) == (0.0, 1.0, 1.0)
    assert r1["unresolved"] == 0


def _imports(path) -> set[str]:
    """Absolute names of the evaluator modules/packages a file imports (at any depth)."""
    name = ".".join(path.relative_to(ROOT).with_suffix("").parts)
    base = name.split(".")[:-1]
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            anchor = base[: len(base) - (node.level - 1)] if node.level else []
            found.add(".".join([*anchor, *([node.module] if node.module else [])]))
        elif isinstance(node, ast.Import):
            found.update(a.name for a in node.names)
    return {f for f in found if f == "evaluator" or f.startswith("evaluator.")}


def test_prediction_does_not_import_training_or_the_layers_above():
    """classifier/ is below the scorers: it must not reach up to them, to calibration, labels,
    training or the top-level package (whose lazy attributes load the pipeline)."""
    above = ("evaluator.scorers", "evaluator.calibrate", "evaluator.labels", "evaluator.training")
    for path in sorted((ROOT / "evaluator" / "classifier").glob("*.py")):
        for target in _imports(path):
            assert target != "evaluator" and not target.startswith(above), (path.name, target)
