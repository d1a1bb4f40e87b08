"""The classifier and the question matcher without scikit-learn: the same numbers as with it.

``evaluator assess`` predicts with the numpy copy of the classifier (the ``.npz`` beside the
``.joblib``) and matches questions with the numpy TF-IDF, so that it never imports scikit-learn
or SciPy. These tests hold the two implementations to scikit-learn's results on every bundled
answer (the shipped model) and on the graded short answers (a model with reference-answer
features, a regressed item and three classes), hold the numpy TF-IDF that training fits with to
scikit-learn's ``TfidfVectorizer`` entry for entry, and check the file handling: the committed
``.npz`` belongs to the committed ``.joblib``; a missing or stale one is remade; what has no numpy
form is refused, not half saved.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys

import duckdb
import numpy as np
import pytest
from click.testing import CliRunner

from evaluator.classifier import portable
from evaluator.errors import ScorerError
from evaluator.classifier.model import load_model, save_model
from evaluator.classifier.pickled import load_joblib
from evaluator.cli import main
from evaluator.match import QuestionMatcher
from evaluator.rubric import load_rubric
from evaluator.scorers.classifier import BUNDLED, ClassifierScorer
from evaluator.tfidf import ENGLISH_STOP_WORDS, Rows, Tfidf
from evaluator.training.data import load_answers

from ..conftest import DATA, ROOT

DATASET = ROOT / "datasets" / "ai-engineer-interviews"
MODEL = BUNDLED["ai-engineer-role"]
TOLERANCE = 1e-9


def invoke(*args):
    result = CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result


@pytest.fixture(scope="module")
def bundled_answers(tmp_path_factory):
    """All 313 bundled answers (44 interviews segmented, and the written answers), as ingested."""
    db = tmp_path_factory.mktemp("bundled") / "b.duckdb"
    invoke("ingest", DATASET / "transcripts", DATASET / "written", "--db", db)
    with duckdb.connect(str(db), read_only=True) as conn:
        answers = load_answers(conn)
    assert len(answers) == 313
    return answers


@pytest.fixture(scope="module")
def graded(tmp_path_factory):
    """A model fitted on the graded short answers, as ``train`` fits it but without the
    cross-validation (seconds instead of half a minute): reference-answer features, a
    Ridge-regressed score and a three-class label (softmax)."""
    from sklearn.pipeline import Pipeline

    from evaluator.classifier.features import AnswerFeatures
    from evaluator.classifier.model import FORMAT, is_regression, item_signature
    from evaluator.training.data import training_examples
    from evaluator.training.fit import _estimator
    tmp = tmp_path_factory.mktemp("graded")
    invoke("labels", "import", DATA / "graded" / "train.csv", "--db", tmp / "d.duckdb", "--rubric-out", tmp / "r.yaml")
    invoke("ingest", DATA / "graded" / "new.csv", "--db", tmp / "d.duckdb")
    rubric = load_rubric(tmp / "r.yaml")
    with duckdb.connect(str(tmp / "d.duckdb")) as conn:
        examples, _ = training_examples(conn, rubric)
        answers = load_answers(conn)
    items = {}
    for item in rubric.rubric.criteria:
        data = examples[item.id]
        pipeline = Pipeline([("features", AnswerFeatures()), ("model", _estimator(item, 1.0))])
        pipeline.fit([e.row() for e in data], np.array([e.value for e in data]))
        items[item.id] = {"pipeline": pipeline, "regression": is_regression(item), "levels": [lv.value for lv in item.levels],
                          "params": 1.0, "cv": {"mae": 0.1}, "combine": ["classifier", "keyword"], "n": len(data),
                          "answer_ids": sorted(e.answer_id for e in data)}
    model = {"format": FORMAT, "rubric_id": rubric.rubric.id, "rubric_version": rubric.rubric.version,
             "signature": item_signature(rubric.rubric), "items": items, "training_data_hash": "0" * 64,
             "created_at": "2026-01-01T00:00:00Z"}
    assert save_model(model, tmp / "m.joblib") == tmp / "m.npz"
    return tmp, rubric, answers


def _items(rubric):
    return list(rubric.criteria) + list(rubric.flags)


def _verdicts(scorer, answers, rubric):
    """Every item on every answer (more than apply: more comparisons)."""
    items = _items(rubric)
    return sorted((v.answer_id, v.item_id, v.status, v.value, v.confidence, v.reason)
                  for v in scorer.score(answers, rubric, {a.answer_id: items for a in answers}))


def _rows(answers, rubric):
    references = {q.id: q.reference_answer or "" for q in rubric.questions}
    return [{"text": a.text, "question": a.question,
             "reference": references.get(a.question_id or "", "") or str(a.metadata.get("reference_answer") or "")}
            for a in answers]


def _assert_same_outputs(sk_model, np_model, rows):
    for item_id, entry in sk_model["items"].items():
        sk, fast = entry["pipeline"], np_model["items"][item_id]["pipeline"]
        assert isinstance(fast, portable.PortablePipeline), item_id
        if entry["regression"]:
            expected, got = sk.predict(rows), fast.predict(rows)
            assert np.max(np.abs(expected - got)) <= TOLERANCE, item_id
            continue
        expected, got = sk.predict_proba(rows), fast.predict_proba(rows)
        assert expected.shape == got.shape
        assert np.max(np.abs(expected - got)) <= TOLERANCE, item_id
        assert np.array_equal(expected.argmax(axis=1), got.argmax(axis=1)), item_id
        assert np.array_equal(sk.classes_, fast.classes_)
        assert np.array_equal(sk.predict(rows), fast.predict(rows)), item_id


# --------------------------------------------------------------------------------------------
# TF-IDF


def test_stop_words_are_scikit_learns():
    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS as sklearn_words
    assert ENGLISH_STOP_WORDS == sklearn_words


SETTINGS = [
    dict(ngram_range=(1, 2), sublinear_tf=True, min_df=2, max_features=50_000, strip_accents="unicode"),
    dict(analyzer="char_wb", ngram_range=(3, 5), sublinear_tf=True, min_df=2, max_features=50_000,
         strip_accents="unicode"),
    dict(ngram_range=(1, 2), stop_words="english", sublinear_tf=True),
    dict(analyzer="char_wb", ngram_range=(3, 5), sublinear_tf=True),
    dict(analyzer="char", ngram_range=(1, 3), max_features=500, binary=True, norm="l1", strip_accents="ascii"),
    dict(ngram_range=(2, 3), min_df=0.02, max_df=0.5, use_idf=False, lowercase=False),
    dict(max_features=100, norm=None, smooth_idf=False, stop_words=["the", "a", "model"]),
]


def _same_csr(expected, got: Rows) -> None:
    """Entry for entry: the same rows, columns in the same order within each row, the same bits."""
    expected = expected.tocsr()
    assert expected.shape == (got.n_rows, got.n_cols)
    assert np.array_equal(expected.indptr, got.indptr) and np.array_equal(expected.indices, got.indices)
    assert np.array_equal(expected.data, got.data)


@pytest.mark.parametrize("settings", SETTINGS, ids=lambda s: ",".join(f"{k}={v}" for k, v in s.items()))
def test_tfidf_fits_and_transforms_as_scikit_learn(settings, bundled_answers):
    """Training fits the classifier's features with Tfidf: bit for bit what TfidfVectorizer gives,
    for transform (rows sorted) and fit_transform (rows in the fit's order, as scikit-learn's)."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    texts = [a.text for a in bundled_answers] + [a.question for a in bundled_answers]
    texts += ["Ünïcödé FAÇADE naïve — ÉLAN ﬁne", "", "   ", "a  b\n\nc\td"]
    sk = TfidfVectorizer(**settings).fit(texts[:200])
    ours = Tfidf(**settings).fit(texts[:200])
    assert ours.vocabulary_ == sk.vocabulary_
    if settings.get("use_idf", True):
        assert np.array_equal(ours.idf_, sk.idf_)
    _same_csr(sk.transform(texts), ours.transform(texts))
    _same_csr(TfidfVectorizer(**settings).fit_transform(texts[100:]), Tfidf(**settings).fit_transform(texts[100:]))


def test_tfidf_fit_transform_keeps_the_fit_order_of_each_row():
    """Fixed expected values: columns are numbered in term order, but each row of fit_transform
    lists its terms as the corpus first met them (scikit-learn's order, so its norms round alike)."""
    vec = Tfidf(sublinear_tf=True)
    X = vec.fit_transform(["zeta alpha zeta", "beta alpha", "gamma"])
    assert vec.terms() == ["alpha", "beta", "gamma", "zeta"]
    assert X.indptr.tolist() == [0, 2, 4, 5]
    assert X.indices.tolist() == [3, 0, 0, 1, 2]  # zeta before alpha: first met in that order
    assert vec.idf_.tolist() == pytest.approx([1 + np.log(4 / 3)] + [1 + np.log(2)] * 3, abs=1e-15)  # smoothed
    zeta, alpha = (1 + np.log(2)) * vec.idf_[3], vec.idf_[0]  # sublinear tf (2 → 1 + ln 2, 1 → 1) times idf
    norm = np.hypot(zeta, alpha)
    assert X.data[:2].tolist() == pytest.approx([zeta / norm, alpha / norm], abs=1e-15)
    assert vec.transform(["zeta alpha zeta"]).indices.tolist() == [0, 3]  # transform: sorted
    assert vec.transform(["zeta alpha zeta"]).data.tolist() == X.data[:2][::-1].tolist()


def test_training_features_are_scikit_learn_vectorizers_entry_for_entry(bundled_answers):
    """AnswerFeatures and PerQuestionFeatures (what training fits) give the matrices the
    scikit-learn TfidfVectorizer they replaced gave: same columns, same order, same bits."""
    from scipy import sparse
    from sklearn.feature_extraction.text import TfidfVectorizer

    from evaluator.classifier.features import CHAR_SETTINGS, WORD_SETTINGS, AnswerFeatures
    from evaluator.classifier.masking import mask_all
    from evaluator.classifier.per_question import PerQuestionFeatures
    rows = [{"text": a.text, "question": a.question, "reference": ""} for a in bundled_answers]
    texts = mask_all([r["text"] for r in rows])
    features = AnswerFeatures().fit(rows[:250])
    X = features.transform(rows)
    n_words, n_chars = len(features.words_.vocabulary_), len(features.chars_.vocabulary_)
    for settings, columns in ((WORD_SETTINGS, slice(0, n_words)), (CHAR_SETTINGS, slice(n_words, n_words + n_chars))):
        sk = TfidfVectorizer(**settings, min_df=2, max_features=50_000).fit(texts[:250])
        expected = sk.transform(texts)
        got = X[:, columns].tocsr()
        assert np.array_equal(expected.indptr, got.indptr) and np.array_equal(expected.indices, got.indices)
        assert np.array_equal(expected.data, got.data)
    y = np.array([float(i % 3) for i in range(120)])
    per_question = PerQuestionFeatures().fit(rows[:120], y)  # fits the vectorizers on the masked texts
    vectors = per_question._vectors(texts[:120])  # as transform vectorises: sorted rows
    fitted_vectors = PerQuestionFeatures()._vectors(texts[:120], fit=True)  # as fit does: the fit's order
    for got, fit in ((vectors, False), (fitted_vectors, True)):
        parts = []
        for settings in (WORD_SETTINGS, CHAR_SETTINGS):
            sk = TfidfVectorizer(**settings)
            parts.append(sk.fit_transform(texts[:120] + ["placeholder"])[:-1] if fit
                         else sk.fit(texts[:120] + ["placeholder"]).transform(texts[:120]))
        expected = sparse.hstack(parts, format="csr") * np.sqrt(0.5)
        assert np.array_equal(expected.indptr, got.indptr) and np.array_equal(expected.indices, got.indices)
        assert np.array_equal(expected.data, got.data)


def test_tfidf_fails_where_scikit_learn_does():
    from sklearn.feature_extraction.text import TfidfVectorizer
    for settings in (dict(stop_words="english"), dict(analyzer="char_wb")):  # what the matcher catches
        with pytest.raises(ValueError):
            TfidfVectorizer(**settings).fit(["the of and", "  "] if "stop_words" in settings else ["  ", ""])
        with pytest.raises(ValueError, match="empty vocabulary"):
            Tfidf(**settings).fit(["the of and", "  "] if "stop_words" in settings else ["  ", ""])


# --------------------------------------------------------------------------------------------
# The shipped model


def test_the_committed_npz_is_made_from_the_committed_joblib():
    meta, _ = portable.read(portable.portable_path(MODEL))
    assert meta["source_sha256"] == portable.file_sha256(MODEL), (
        "the .npz is stale: regenerate it (make model, or save_portable) and commit it with the .joblib")
    assert meta["pipelines"] and not any("fallback" in p for p in meta["pipelines"].values())


def test_numpy_predictions_equal_scikit_learn_on_every_bundled_answer(bundled_answers, rubric):
    sk_model = load_model(MODEL, rubric, backend="sklearn", trust=True)
    np_model = load_model(MODEL, rubric, backend="numpy")
    assert np_model["prediction"] == {"backend": "numpy", "file": str(portable.portable_path(MODEL))}
    assert {k: v for k, v in np_model.items() if k not in ("items", "prediction")} == \
        {k: (list(v) if isinstance(v, tuple) else v) for k, v in sk_model.items() if k != "items"}
    _assert_same_outputs(sk_model, np_model, _rows(bundled_answers, rubric.rubric))
    sk_scorer = ClassifierScorer(rubric.rubric, loaded_rubric=rubric, backend="sklearn", trust_model=True)
    np_scorer = ClassifierScorer(rubric.rubric, loaded_rubric=rubric, backend="numpy")
    assert np_scorer.version == sk_scorer.version
    assert np_scorer.combine_priority() == sk_scorer.combine_priority()
    assert np_scorer.trained_on == sk_scorer.trained_on
    expected = _verdicts(sk_scorer, bundled_answers, rubric.rubric)
    assert len(expected) == 313 * 7
    assert _verdicts(np_scorer, bundled_answers, rubric.rubric) == expected


def test_graded_model_with_references_regression_and_three_classes(graded):
    tmp, rubric, answers = graded
    assert (tmp / "m.npz").exists()  # written by save_model beside the .joblib
    sk_model = load_model(tmp / "m.joblib", rubric, backend="sklearn", trust=True)
    np_model = load_model(tmp / "m.joblib", rubric, backend="numpy")
    assert np_model["prediction"] == {"backend": "numpy", "file": str(tmp / "m.npz")}
    score, label = sk_model["items"]["score"], sk_model["items"]["label"]
    assert score["regression"] and type(score["pipeline"].steps[-1][1]).__name__ == "Ridge"
    assert len(label["pipeline"].classes_) == 3
    assert all(e["pipeline"].named_steps["features"].has_reference_ for e in sk_model["items"].values())
    _assert_same_outputs(sk_model, np_model, _rows(answers, rubric.rubric))
    sk_scorer = ClassifierScorer(rubric.rubric, model_path=tmp / "m.joblib", loaded_rubric=rubric, backend="sklearn",
                                 trust_model=True)
    np_scorer = ClassifierScorer(rubric.rubric, model_path=tmp / "m.joblib", loaded_rubric=rubric, backend="numpy")
    assert _verdicts(np_scorer, answers, rubric.rubric) == _verdicts(sk_scorer, answers, rubric.rubric)


# --------------------------------------------------------------------------------------------
# The .npz file


def test_train_refuses_an_npz_name(tmp_path):
    result = CliRunner().invoke(main, ["train", "--rubric", "r.yaml", "--output", str(tmp_path / "m.npz")])
    assert result.exit_code == 2 and "give the model a .joblib name" in result.output


def test_a_missing_npz_is_made_from_the_joblib_and_a_stale_one_replaced(tmp_path, graded):
    """Converting unpickles the .joblib: only with trust (issue 15.4); then the .npz is (re)made."""
    trained, rubric, _ = graded
    shutil.copy(trained / "m.joblib", tmp_path / "m.joblib")
    with pytest.raises(ScorerError, match="--trust-model"):
        load_model(tmp_path / "m.joblib", rubric, backend="numpy")
    assert not (tmp_path / "m.npz").exists()
    model = load_model(tmp_path / "m.joblib", rubric, backend="numpy", trust=True)
    assert model["prediction"] == {"backend": "numpy", "file": str(tmp_path / "m.npz")}
    meta, arrays = portable.read(tmp_path / "m.npz")
    saved_meta, saved_arrays = portable.read(trained / "m.npz")
    assert meta == saved_meta and meta["source_sha256"] == portable.file_sha256(trained / "m.joblib")
    assert arrays.keys() == saved_arrays.keys()
    assert all(np.array_equal(arrays[k], saved_arrays[k]) for k in arrays)
    shutil.copy(portable.portable_path(MODEL), tmp_path / "m.npz")  # another model's
    model = load_model(tmp_path / "m.joblib", rubric, backend="numpy", trust=True)
    assert model["rubric_id"] == rubric.rubric.id
    assert portable.read(tmp_path / "m.npz")[0]["source_sha256"] == portable.file_sha256(trained / "m.joblib")
    (tmp_path / "m.npz").write_bytes(b"not a zip")  # corrupt: remade too
    assert load_model(tmp_path / "m.joblib", rubric, backend="numpy", trust=True)["prediction"]["file"]
    assert portable.read(tmp_path / "m.npz")[0]["source_sha256"] == portable.file_sha256(trained / "m.joblib")


def test_a_joblib_trained_with_scikit_learns_tfidf_predicts_from_its_npz_or_with_scikit_learn(tmp_path, rubric,
                                                                                              bundled_answers):
    """The shipped .joblib predates training with our TF-IDF (scikit-learn's vectorizers inside):
    its .npz is used as before and the scikit-learn backend still runs it; an .npz is no longer
    made from it (that needed the conversion from scikit-learn): retrain."""
    features = load_joblib(MODEL, trust=True)["items"]["communication"]["pipeline"].named_steps["features"]
    assert type(features.words_).__name__ == "TfidfVectorizer"
    sk_scorer = ClassifierScorer(rubric.rubric, loaded_rubric=rubric, backend="sklearn", trust_model=True)
    assert len(_verdicts(sk_scorer, bundled_answers[:10], rubric.rubric)) == 70
    shutil.copy(MODEL, tmp_path / "m.joblib")
    with pytest.raises(ScorerError, match="cannot make the .npz.*item role_understanding: vectorizers of type "
                                          "TfidfVectorizer, not evaluator.tfidf.Tfidf; retrain it"):
        load_model(tmp_path / "m.joblib", rubric, backend="numpy", trust=True)
    assert not (tmp_path / "m.npz").exists()


def test_an_npz_alone_predicts_without_the_joblib(tmp_path, rubric, bundled_answers):
    shutil.copy(portable.portable_path(MODEL), tmp_path / "m.npz")
    expected = _verdicts(ClassifierScorer(rubric.rubric, loaded_rubric=rubric, backend="sklearn", trust_model=True),
                         bundled_answers[:40], rubric.rubric)
    for path in (tmp_path / "m.npz", tmp_path / "m.joblib"):  # the .npz itself, or a .joblib that is not there
        scorer = ClassifierScorer(rubric.rubric, model_path=path, loaded_rubric=rubric, backend="numpy")
        assert _verdicts(scorer, bundled_answers[:40], rubric.rubric) == expected
    with pytest.raises(ScorerError, match="no classifier model"):
        ClassifierScorer(rubric.rubric, model_path=tmp_path / "none.joblib", loaded_rubric=rubric, backend="numpy")
    (tmp_path / "bad.npz").write_bytes(b"junk")
    with pytest.raises(ScorerError, match="cannot load classifier model"):
        load_model(tmp_path / "bad.npz", rubric, backend="numpy")


def test_a_pipeline_training_does_not_build_is_refused_before_anything_is_written(tmp_path, graded):
    trained, _, _ = graded
    model = load_joblib(trained / "m.joblib", trust=True)
    features = model["items"]["label"]["pipeline"].named_steps["features"]
    features.chars_ = object()  # not our vectorizer: no numpy form
    with pytest.raises(ScorerError, match="cannot save the classifier model: item label: vectorizers of type object"):
        save_model(model, tmp_path / "m.joblib")
    assert not (tmp_path / "m.joblib").exists() and not (tmp_path / "m.npz").exists()


def test_an_npz_with_items_left_to_scikit_learn_is_refused(tmp_path, graded):
    """Older evaluators saved items they could not convert as fallbacks (predicted from the
    .joblib); such an .npz now says to retrain."""
    trained, rubric, _ = graded
    meta, arrays = portable.read(trained / "m.npz")
    meta["pipelines"]["label"] = {"fallback": "a custom tokenizer"}
    portable.write(arrays | {"meta": np.frombuffer(json.dumps(meta).encode(), dtype=np.uint8)}, tmp_path / "m.npz")
    with pytest.raises(ScorerError, match="item.s. label were saved without their numpy form.*retrain"):
        load_model(tmp_path / "m.npz", rubric, backend="numpy")


# --------------------------------------------------------------------------------------------
# The question matcher


def test_matcher_numpy_scores_equal_scikit_learn(bundled_answers, rubric):
    texts = sorted({a.question for a in bundled_answers} | {a.text for a in bundled_answers[::5]}
                   | {"", "   ", "the of and", "Which model would you pick — and why?"})
    sk = QuestionMatcher(rubric.rubric)
    fast = QuestionMatcher(rubric.rubric, backend="numpy")
    for text, expected, got in zip(texts, sk.scores_many(texts), fast.scores_many(texts)):
        assert expected.keys() == got.keys()
        assert max(abs(expected[k] - got[k]) for k in expected) <= 1e-12, text
        assert max(expected, key=expected.get) == max(got, key=got.get), text
    answers = [a.model_copy(update={"question_id": None}) for a in bundled_answers]
    assert fast.match_many(answers) == sk.match_many(answers)


# --------------------------------------------------------------------------------------------
# assess imports neither scikit-learn nor SciPy


def test_offline_assess_does_not_import_scikit_learn_or_scipy():
    code = """
import json, sys
from evaluator.assess import assess
text = "I would compare two models on cost and latency, then ship the cheaper one behind evals."
results = [assess(text), assess(text, question="Which model would you pick for a product feature: GPT-4o or Claude?"),
           assess(text, question_id="model_choice")]
from evaluator.cli import main
main(["assess", "--answer", text, "--json"], standalone_mode=False)
heavy = sorted({m.split(".")[0] for m in sys.modules} & {"sklearn", "scipy", "joblib", "openai", "duckdb"})
print(json.dumps({"heavy": heavy, "scorers": [r.scorers for r in results], "notes": [r.notes for r in results],
                  "how": [r.question.how for r in results]}))
"""
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT).stdout
    doc = json.loads(out.strip().splitlines()[-1])
    assert doc["heavy"] == []
    assert doc["scorers"] == [["keyword", "classifier"]] * 3
    assert doc["how"] == ["not-given", "similarity", "id"]
    assert "it reads most like" in doc["notes"][0][0]
