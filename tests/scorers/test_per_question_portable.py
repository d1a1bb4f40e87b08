"""Models with per-question features predict from the ``.npz``: numpy only, nothing unpickled.

``train --per-question`` fits pipelines whose feature step is ``PerQuestionFeatures``; the
``.npz`` beside the ``.joblib`` holds everything that step learnt
(:mod:`evaluator.classifier.portable_per_question`), so such a model loads without
``--trust-model``. These tests train small models on the graded datasets in ``datasets/graded``
(SAF: a regressed score with reference answers; MIND-CA: three classes, many duplicate answers,
so ties between neighbours) and hold the numpy predictions to scikit-learn's on held-out answers
of seen questions, answers to an unseen question, training answers and empty answers.
"""

from __future__ import annotations

import csv
import json
import subprocess
import sys

import numpy as np
import pytest
from click.testing import CliRunner
from sklearn.linear_model import LogisticRegression, Ridge
from sklearn.pipeline import Pipeline

from evaluator.classifier import pickled as model_module
from evaluator.classifier import portable
from evaluator.classifier.features import AnswerFeatures
from evaluator.classifier.model import FORMAT, load_model, save_model
from evaluator.classifier.pickled import load_joblib
from evaluator.classifier.per_question import PerQuestionFeatures
from evaluator.cli import main

from ..conftest import ROOT

GRADED = ROOT / "datasets" / "graded"
TOLERANCE = 1e-9
# item → (dataset, regression?, similarity)
ITEMS = {"saf_score": ("saf_en", True, "word+char"), "mind_score": ("mind_ca", False, "word+char"),
         "mind_score_word": ("mind_ca", False, "word")}


def _answers(dataset: str) -> dict[str, list[dict]]:
    """The dataset's answers by question, in file order."""
    with open(GRADED / dataset / "answers.csv", newline="", encoding="utf-8") as handle:
        by_question: dict[str, list[dict]] = {}
        for r in csv.DictReader(handle):
            by_question.setdefault(r["question_id"], []).append(r)
    return by_question


def _row(r: dict) -> dict:
    return {"text": r["answer"], "question": r["question"], "reference": r["reference_answer"]}


def _split(dataset: str, n_train: int, n_held: int) -> dict[str, list]:
    """Training answers of four questions, held-out answers of the same questions, answers to a
    fifth (unseen) question, and empty or blank answers to a seen and an unseen question."""
    by_question = _answers(dataset)
    seen, unseen = sorted(by_question)[:4], sorted(by_question)[4]
    train = [r for q in seen for r in by_question[q][:n_train]]
    held = [r for q in seen for r in by_question[q][n_train:n_train + n_held]]
    odd = [{"text": text, "question": by_question[q][0]["question"], "reference": by_question[q][0]["reference_answer"]}
           for q in (seen[0], unseen) for text in ("", "   ", "!!!")]
    return {"train": [_row(r) for r in train], "y": np.array([float(r["score"]) for r in train]),
            "held": [_row(r) for r in held], "unseen": [_row(r) for r in by_question[unseen][:n_held]], "odd": odd}


def _pipeline(regression: bool, similarity: str) -> Pipeline:
    """As training builds it (``training._features`` and ``training._estimator``)."""
    features = PerQuestionFeatures(base=AnswerFeatures(), by_class=not regression, similarity=similarity)
    estimator = Ridge(alpha=1.0) if regression else LogisticRegression(C=1.0, max_iter=3000, class_weight="balanced")
    return Pipeline([("features", features), ("model", estimator)])


@pytest.fixture(scope="module")
def trained(tmp_path_factory):
    """One model with the three items, saved; returns (path, pipelines, data by item)."""
    tmp = tmp_path_factory.mktemp("per_question_portable")
    data = {"saf_en": _split("saf_en", 40, 12), "mind_ca": _split("mind_ca", 60, 20)}
    items, pipelines, by_item = {}, {}, {}
    for item_id, (dataset, regression, similarity) in ITEMS.items():
        d = by_item[item_id] = data[dataset]
        pipelines[item_id] = _pipeline(regression, similarity).fit(d["train"], d["y"])
        levels = sorted(set(d["y"].tolist()))
        items[item_id] = {"pipeline": pipelines[item_id], "regression": regression, "levels": levels, "params": 1.0,
                          "cv": {"mae": 0.1}, "combine": ["classifier", "keyword"], "n": len(d["y"]), "answer_ids": []}
    model = {"format": FORMAT, "rubric_id": "graded", "rubric_version": 1, "signature": {}, "items": items,
             "training_data_hash": "0" * 64, "created_at": "2026-01-01T00:00:00Z"}
    assert save_model(model, tmp / "m.joblib") == tmp / "m.npz"
    return tmp / "m.joblib", pipelines, by_item


def _predictions(pipeline, rows, regression: bool) -> np.ndarray:
    return np.asarray(pipeline.predict(rows) if regression else pipeline.predict_proba(rows), dtype=np.float64)


def test_the_npz_holds_the_per_question_state_as_plain_arrays(trained):
    path, _, _ = trained
    meta, arrays = portable.read(portable.portable_path(path))  # np.load(allow_pickle=False)
    assert meta["format"] == portable.FORMAT_PER_QUESTION
    for item_id, (_, regression, similarity) in ITEMS.items():
        p = meta["pipelines"][item_id]
        assert "fallback" not in p
        pq = p["per_question"]
        assert pq["similarity"] == similarity and pq["by_class"] is (not regression) and len(pq["questions"]) == 4
        assert len(pq["vectorizers"]) == (2 if similarity == "word+char" else 1)
    assert all(a.dtype.kind in "biuf" for a in arrays.values())
    # the MIND-CA items share their training answers: the same per-question word vectorizer, stored once
    assert meta["pipelines"]["mind_score"]["per_question"]["vectorizers"][0] == \
        meta["pipelines"]["mind_score_word"]["per_question"]["vectorizers"][0]


def test_a_per_question_model_loads_without_unpickling_and_predicts_as_scikit_learn(trained, monkeypatch):
    path, pipelines, by_item = trained

    def refuse(*_, **__):
        raise AssertionError("the .joblib was unpickled")

    import joblib
    monkeypatch.setattr(joblib, "load", refuse)
    monkeypatch.setattr(model_module, "load_joblib", refuse)
    alone = load_model(portable.portable_path(path), backend="numpy", trust=False)  # the .npz without its .joblib
    loaded = load_model(path, backend="numpy", trust=False)  # the .joblib's .npz
    for model in (alone, loaded):
        assert model["prediction"] == {"backend": "numpy", "file": str(portable.portable_path(path))}
        assert all(isinstance(e["pipeline"], portable.PortablePipeline) and e["pipeline"].per_question is not None
                   for e in model["items"].values())
    for item_id, (_, regression, _) in ITEMS.items():
        fast, sk, d = loaded["items"][item_id]["pipeline"], pipelines[item_id], by_item[item_id]
        names = sk.named_steps["features"].per_question_names()
        parts = {"held": d["held"], "unseen": d["unseen"], "odd": d["odd"], "train": d["train"][::5]}
        for part, rows in parts.items():
            X_sk, X_np = sk.named_steps["features"].transform(rows).toarray(), fast.features(rows).toarray()
            assert X_sk.shape == X_np.shape and np.max(np.abs(X_sk - X_np)) <= TOLERANCE, (item_id, part)
            seen = X_np[:, X_np.shape[1] - len(names) + names.index("seen")]
            assert seen.tolist() == ([1.0] * 3 + [0.0] * 3 if part == "odd"
                                     else [float(part != "unseen")] * len(rows))  # both paths exercised
            expected, got = _predictions(sk, rows, regression), _predictions(fast, rows, regression)
            assert expected.shape == got.shape and np.max(np.abs(expected - got)) <= TOLERANCE, (item_id, part)
            if not regression:  # the same classes predicted
                assert np.array_equal(sk.predict(rows), fast.predict(rows)), (item_id, part)
        if not regression:
            assert np.array_equal(sk.classes_, fast.classes_)
    with pytest.raises(AssertionError, match="unpickled"):  # the guard works: the sklearn backend needs the pickle
        load_model(path, backend="sklearn", trust=True)


def test_predicting_a_per_question_item_imports_neither_scikit_learn_nor_scipy(trained, tmp_path):
    path, pipelines, by_item = trained
    rows = by_item["mind_score"]["held"][:10] + by_item["mind_score"]["unseen"][:3] + by_item["mind_score"]["odd"]
    (tmp_path / "rows.json").write_text(json.dumps(rows))
    code = f"""
import json, sys
from evaluator.classifier.model import load_model
model = load_model({str(path)!r})
rows = json.load(open({str(tmp_path / "rows.json")!r}))
proba = model["items"]["mind_score"]["pipeline"].predict_proba(rows)
heavy = sorted({{m.split(".")[0] for m in sys.modules}} & {{"sklearn", "scipy", "joblib"}})
print(json.dumps({{"heavy": heavy, "proba": proba.tolist()}}))
"""
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT).stdout
    doc = json.loads(out.strip().splitlines()[-1])
    assert doc["heavy"] == []
    assert np.max(np.abs(np.array(doc["proba"]) - pipelines["mind_score"].predict_proba(rows))) <= TOLERANCE


def test_the_saved_per_question_vectors_are_scikit_learns_entry_for_entry(trained):
    """The training answers' vectors in the .npz: what scikit-learn's TfidfVectorizer.fit_transform
    gave when training used it (same columns, same order within each row, same bits), so the
    neighbours and centroids of every saved model are unchanged."""
    from scipy import sparse
    from sklearn.feature_extraction.text import TfidfVectorizer

    from evaluator.classifier.features import CHAR_SETTINGS, WORD_SETTINGS
    from evaluator.classifier.masking import mask_all
    from evaluator.classifier.portable_per_question import question_key
    path, _, by_item = trained
    saved = load_model(path, backend="numpy")["items"]["mind_score"]["pipeline"].per_question
    rows = by_item["mind_score"]["train"]
    texts = mask_all([r["text"] for r in rows])
    parts = [TfidfVectorizer(**settings).fit_transform(texts + ["placeholder"])[:-1]
             for settings in (WORD_SETTINGS, CHAR_SETTINGS)]
    expected = sparse.hstack(parts, format="csr") * np.sqrt(0.5)
    keys = [question_key(r) for r in rows]
    assert set(keys) == set(saved.questions)
    for key, question in saved.questions.items():
        block = expected[[i for i, k in enumerate(keys) if k == key]]
        got = question.vectors
        assert np.array_equal(block.indptr, got.indptr) and np.array_equal(block.indices, got.indices)
        assert np.array_equal(block.data, got.data)


def _cli(*args):
    result = CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result


def test_train_per_question_then_run_without_trust_model(tmp_path):
    """``train --per-question`` on five MIND-CA questions (cross-validation keeps the features for
    this sample), then ``run`` with the model and no ``--trust-model``: the verdicts are the
    scikit-learn pipeline's predictions."""
    by_question = _answers("mind_ca")
    questions = sorted(by_question)[3:8]
    train = [r for q in questions for r in by_question[q][:80]]
    new = [dict(r, score="", label="", rater="") for q in questions for r in by_question[q][80:86]]
    for name, rows in (("train.csv", train), ("new.csv", new)):
        with open(tmp_path / name, "w", newline="", encoding="utf-8") as handle:
            writer = csv.DictWriter(handle, fieldnames=list(train[0]))
            writer.writeheader()
            writer.writerows(rows)
    db = tmp_path / "d.duckdb"
    _cli("labels", "import", tmp_path / "train.csv", "--db", db, "--rubric-out", tmp_path / "r.yaml")
    trained = _cli("train", "--rubric", tmp_path / "r.yaml", "--db", db, "--output", tmp_path / "m.joblib",
                   "--per-question", "--json")
    report = json.loads(trained.output[trained.output.index("{"):])
    assert report["items"]["score"]["cv"]["per_question"]["used"], report["items"]["score"]["cv"]["per_question"]
    assert "predicts with scikit-learn only" not in trained.output
    meta, _ = portable.read(tmp_path / "m.npz")
    assert "per_question" in meta["pipelines"]["score"]

    db2 = tmp_path / "d2.duckdb"
    _cli("run", tmp_path / "new.csv", "--rubric", tmp_path / "r.yaml", "--scorers", "classifier",
         "--classifier-model", tmp_path / "m.joblib", "--db", db2, "--report-dir", tmp_path / "rep")
    exported = list(csv.DictReader(_cli("export", "--db", db2, "--format", "csv").output.splitlines()))
    verdicts = {r["answer_id"]: float(r["value"]) for r in exported
                if r["scorer"] == "classifier" and r["item_id"] == "score" and r["status"] == "scored"}
    assert len(verdicts) == len(new)
    pipeline = load_joblib(tmp_path / "m.joblib", trust=True)["items"]["score"]["pipeline"]
    expected = pipeline.predict([_row(r) for r in new])
    assert [verdicts[r["answer_id"]] for r in new] == expected.tolist()
