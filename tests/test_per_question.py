"""Per-question features of graded short answers (evaluator.classifier.per_question).

Real components only: the transformer on hand-made answers whose nearest neighbours are known,
on the SAF sample in ``tests/data/graded`` (4 questions), and a model that uses it saved,
loaded and predicted with through the classifier scorer (numpy, from the .npz; see also
``tests/scorers/test_per_question_portable.py``).
"""

from __future__ import annotations

import duckdb
import numpy as np
import pytest
from click.testing import CliRunner
from sklearn.linear_model import Ridge
from sklearn.pipeline import Pipeline

from evaluator.classifier import portable
from evaluator.classifier.features import AnswerFeatures
from evaluator.classifier.model import FORMAT, is_regression, item_signature, load_model, save_model
from evaluator.classifier.per_question import PerQuestionFeatures
from evaluator.training.data import load_answers, training_examples
from evaluator.training.fit import _estimator, _features, fit_item
from evaluator.cli import main
from evaluator.errors import ScorerError
from evaluator.rubric import load_rubric
from evaluator.scorers.classifier import ClassifierScorer

from .conftest import DATA

WORDS = ("alpha bravo charlie delta echo foxtrot golf hotel india juliet kilo lima mike november oscar papa "
         "quebec romeo sierra tango uniform victor whiskey xray yankee zulu amber basil cedar dahlia").split()


def _twins(question: str = "Why does the bulb light?", n: int = 8) -> tuple[list[dict], np.ndarray]:
    """Answers in pairs of near-identical texts graded oppositely: leave-one-out, each answer's
    nearest neighbour is its twin (other grade); with itself as a neighbour it would be itself."""
    rows, grades = [], []
    for i in range(n):
        words = " ".join(WORDS[(i + step) % len(WORDS)] for step in (0, 7, 13))  # a distinct triple per i
        grade = float(i % 2)
        rows += [{"text": words, "question": question, "reference": "the circuit is closed"},
                 {"text": f"{words} indeed", "question": question, "reference": "the circuit is closed"}]
        grades += [grade, 1.0 - grade]
    return rows, np.array(grades)


def _columns(features: PerQuestionFeatures, matrix) -> dict[str, np.ndarray]:
    names = features.per_question_names()
    dense = matrix.toarray()[:, -len(names):]
    return {name: dense[:, i] for i, name in enumerate(names)}


def test_fit_transform_never_uses_an_answer_as_its_own_neighbour():
    rows, y = _twins()
    features = PerQuestionFeatures(unseen_share=0.0)
    loo = _columns(features, features.fit_transform(rows, y))
    assert np.all(loo["seen"] == 1.0)
    assert np.all(loo["knn_top1_sim"] < 1.0 - 1e-6)  # never itself (similarity 1)
    assert np.array_equal(loo["knn_top1_grade"], 1.0 - y)  # its twin, graded the other way
    # the question's statistics leave the answer out too: mean of the 15 others
    assert np.allclose(loo["q_mean"], (y.sum() - y) / (len(y) - 1))
    # the same rows as new answers (prediction) do find themselves: the test above can tell
    again = _columns(features, features.transform(rows))
    assert np.allclose(again["knn_top1_sim"], 1.0) and np.array_equal(again["knn_top1_grade"], y)
    assert np.allclose(again["q_mean"], y.mean())


def test_leave_one_out_equals_refitting_without_the_answer():
    """Each training answer's grade-derived columns equal those of a transformer fitted on the
    other answers (same vectorizers): nothing of its own grade reaches its features."""
    rows, y = _twins(n=5)
    features = PerQuestionFeatures(unseen_share=0.0, centroids=False)
    loo = features.fit_transform(rows, y).toarray()
    for i in (0, 3, 6):
        others = [j for j in range(len(rows)) if j != i]
        alone = PerQuestionFeatures(unseen_share=0.0, centroids=False).fit([rows[j] for j in others], y[others])
        alone.vectorizers_ = features.vectorizers_  # the same similarities
        alone.questions_ = {k: (features._vectors([rows[j]["text"] for j in others]), *v[1:])
                            for k, v in alone.questions_.items()}
        alone.global_, alone.range_ = features.global_, features.range_
        assert np.allclose(alone.transform([rows[i]]).toarray()[0], loo[i])


def test_the_pipeline_learns_from_the_leave_one_out_features():
    rows, y = _twins()
    pipeline = Pipeline([("features", PerQuestionFeatures(base=AnswerFeatures(), unseen_share=0.0)),
                         ("model", Ridge(alpha=1.0))]).fit(rows, y)
    X = PerQuestionFeatures(base=AnswerFeatures(), unseen_share=0.0).fit_transform(rows, y)
    assert np.allclose(pipeline.named_steps["model"].coef_, Ridge(alpha=1.0).fit(X, y).coef_)


def test_a_share_of_training_answers_gets_the_unseen_question_values():
    rows, y = _twins(n=20)
    features = PerQuestionFeatures(unseen_share=0.3, random_state=1)
    loo = _columns(features, features.fit_transform(rows, y))
    unseen = loo["seen"] == 0
    assert 0.1 < unseen.mean() < 0.5
    assert np.all(loo["knn_top1_sim"][unseen] == 0) and np.allclose(loo["knn_mean"][unseen], y.mean())
    assert np.array_equal(loo["knn_top1_grade"][~unseen], 1.0 - y[~unseen])  # the others: no leak either


def _saf_rows(path) -> tuple[list[dict], np.ndarray]:
    import csv
    with open(path, newline="", encoding="utf-8") as handle:
        data = list(csv.DictReader(handle))
    return ([{"text": r["answer"], "question": r["question"], "reference": r["reference_answer"]} for r in data],
            np.array([float(r["score"] or "nan") for r in data]))


@pytest.mark.parametrize("by_class", [False, True])
def test_unseen_questions_and_odd_answers_get_defined_features(by_class):
    rows, y = _saf_rows(DATA / "graded" / "train.csv")
    if by_class:
        y = (y >= 0.5).astype(float)
    lonely = {"text": "only answer", "question": "A question with one graded answer", "reference": ""}
    features = PerQuestionFeatures(base=AnswerFeatures(), by_class=by_class).fit(rows + [lonely], np.append(y, 1.0))
    new = [{"text": "TCP has sequence numbers, UDP does not.", "question": "A question never graded?",
            "reference": "Something else entirely."},
           {"text": "", "question": rows[0]["question"], "reference": rows[0]["reference"]},
           {"text": "!!!", "question": "", "reference": ""},
           {"text": "a second answer", "question": lonely["question"], "reference": ""}]
    X = features.transform(new)
    assert X.shape[0] == 4 and np.isfinite(X.toarray()).all()
    columns = _columns(features, X)
    assert columns["seen"].tolist() == [0.0, 1.0, 0.0, 1.0]
    assert columns["knn_mean"][0] == pytest.approx(features.global_[0])  # the training set's mean grade
    assert columns["knn_top1_sim"][0] == 0.0 and columns["knn_top1_sim"][1] == 0.0  # nothing in common
    loo = features.fit_transform(rows + [lonely], np.append(y, 1.0))
    assert np.isfinite(loo.toarray()).all() and _columns(features, loo)["seen"][-1] == 0.0  # alone: as unseen


def _cli(*args):
    result = CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result


@pytest.fixture(scope="module")
def graded(tmp_path_factory):
    """The SAF sample imported, and new answers (grades removed) ingested beside it."""
    tmp = tmp_path_factory.mktemp("per_question")
    _cli("labels", "import", DATA / "graded" / "train.csv", "--db", tmp / "d.duckdb", "--rubric-out", tmp / "r.yaml")
    _cli("ingest", DATA / "graded" / "new.csv", "--db", tmp / "d.duckdb")
    rubric = load_rubric(tmp / "r.yaml")
    with duckdb.connect(str(tmp / "d.duckdb")) as conn:
        examples, _ = training_examples(conn, rubric)
        answers = load_answers(conn)
    return tmp, rubric, examples, answers


def test_a_model_with_per_question_features_round_trips_and_predicts(graded):
    """Pipelines built as training builds them, saved (the .npz holds them: no fallback), loaded
    with either backend and predicted through the classifier scorer."""
    tmp, rubric, examples, answers = graded
    items = {}
    for item in rubric.rubric.criteria:
        data = examples[item.id][::2]  # 60 of the 120 answers: a few seconds
        pipeline = Pipeline([("features", _features(item, True)), ("model", _estimator(item, 1.0))])
        pipeline.fit([e.row() for e in data], np.array([e.value for e in data]))
        items[item.id] = {"pipeline": pipeline, "regression": is_regression(item), "levels": [lv.value for lv in item.levels],
                          "params": 1.0, "cv": {"mae": 0.1}, "combine": ["classifier", "keyword"], "n": len(data),
                          "answer_ids": sorted(e.answer_id for e in data)}
    model = {"format": FORMAT, "rubric_id": rubric.rubric.id, "rubric_version": rubric.rubric.version,
             "signature": item_signature(rubric.rubric), "items": items, "training_data_hash": "0" * 64,
             "created_at": "2026-01-01T00:00:00Z"}
    assert save_model(model, tmp / "m.joblib") == tmp / "m.npz"
    assert "per_question" in portable.read(tmp / "m.npz")[0]["pipelines"]["label"]
    ClassifierScorer(rubric.rubric, model_path=tmp / "m.joblib", loaded_rubric=rubric)  # no pickle, no trust needed
    with pytest.raises(ScorerError, match="--trust-model"):  # the scikit-learn backend needs the pickle
        ClassifierScorer(rubric.rubric, model_path=tmp / "m.joblib", loaded_rubric=rubric, backend="sklearn")
    loaded = load_model(tmp / "m.joblib", rubric, backend="sklearn", trust=True)
    assert isinstance(loaded["items"]["label"]["pipeline"].named_steps["features"], PerQuestionFeatures)

    trained = {e.answer_id for e in examples["score"]}
    new = [a for a in answers if a.answer_id not in trained]
    assert len(new) == 30
    targets = {a.answer_id: list(rubric.rubric.criteria) for a in new}
    verdicts = {}
    for backend in ("sklearn", "numpy"):
        scorer = ClassifierScorer(rubric.rubric, model_path=tmp / "m.joblib", loaded_rubric=rubric, backend=backend,
                                  trust_model=True)
        verdicts[backend] = sorted((v.answer_id, v.item_id, v.status, v.value, v.confidence)
                                   for v in scorer.score(new, rubric.rubric, targets))
    assert verdicts["sklearn"] == verdicts["numpy"] and len(verdicts["sklearn"]) == 60
    assert all(status == "scored" for _, _, status, _, _ in verdicts["sklearn"])
    # the scorer's verdicts are the pipeline's own predictions
    references = {q.id: q.reference_answer or "" for q in rubric.rubric.questions}
    rows = [{"text": a.text, "question": a.question, "reference": references.get(a.question_id or "", "")} for a in new]
    label_pipeline = loaded["items"]["label"]["pipeline"]
    expected = dict(zip((a.answer_id for a in new), label_pipeline.predict(rows)))
    assert {aid: value for aid, item, _, value, _ in verdicts["sklearn"] if item == "label"} == expected


def test_fit_item_reports_the_choice_and_builds_the_matching_pipeline(graded):
    _, rubric, examples, _ = graded
    score = next(c for c in rubric.rubric.criteria if c.id == "score")  # regressed: quick to fit
    data = examples["score"][::2]  # 60 answers, 15 per question
    trained = fit_item(rubric, score, data, "question", per_question=True)
    figures = trained.cv["per_question"]
    assert set(figures) == {"seen_questions", "unseen_questions", "used"}
    assert all(np.isfinite(figures[w][k]) for w in ("seen_questions", "unseen_questions") for k in ("without", "with"))
    assert figures["unseen_questions"]["without"] == pytest.approx(trained.cv["neg_mae"]) or figures["used"]
    features = trained.pipeline.named_steps["features"]
    assert isinstance(features, PerQuestionFeatures if figures["used"] else AnswerFeatures)
    trained = fit_item(rubric, score, data, "question", per_question=False)
    assert trained.cv["per_question"] is None and type(trained.pipeline.named_steps["features"]) is AnswerFeatures
    assert trained.item_id == "score" and trained.regression and trained.n == 60 and trained.answer_ids == \
        sorted(e.answer_id for e in data)
