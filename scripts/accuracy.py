"""Accuracy benchmark on real human grades (``make accuracy``).

For each openly licensed graded dataset in ``datasets/graded/``: import the official training
split (which writes the rubric), train the classifier scorer with cross-validation grouped by
question, score the official test splits, and compare with the human grades, printing our
figures beside the published ones in ``datasets/graded/published.json``. Nothing is downloaded.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

import numpy as np
from sklearn.metrics import accuracy_score, f1_score, mean_absolute_error

from evaluator.classifier import save_model, train
from evaluator.labels import import_labels
from evaluator.pipeline import ingest_paths, score_answers
from evaluator.rubric import load_rubric
from evaluator.store import connect

ROOT = Path(__file__).resolve().parent.parent
GRADED = ROOT / "datasets" / "graded"

# (dataset, subset, task, train split, test splits)
EXPERIMENTS = [
    *[("semeval2013_task7", "beetle", task, "beetle/train", ["beetle/test-unseen-answers", "beetle/test-unseen-questions"])
      for task in ("5-way", "3-way", "2-way")],
    *[("semeval2013_task7", "scientsbank", task, "scientsbank/train",
       ["scientsbank/test-unseen-answers", "scientsbank/test-unseen-questions", "scientsbank/test-unseen-domains"])
      for task in ("3-way", "2-way")],
    ("saf_en", "", "label+score", "train", ["test-unseen-answers", "test-unseen-questions"]),
    ("mind_ca", "", "score", "all", []),  # no official split: grouped cross-validation only
]


def read_rows(dataset: str) -> tuple[list[dict], list[str]]:
    with open(GRADED / dataset / "answers.csv", newline="", encoding="utf-8") as handle:
        reader = csv.DictReader(handle)
        return list(reader), list(reader.fieldnames or [])


def task_labels(dataset: str, task: str) -> dict[str, str] | None:
    """SemEval's 3- and 2-way labels come from its side file; 5-way (Beetle) is the main label."""
    if dataset != "semeval2013_task7":
        return None
    column = {"5-way": "label_5way", "3-way": "label_3way", "2-way": "label_2way"}[task]
    with open(GRADED / dataset / "labels.csv", newline="", encoding="utf-8") as handle:
        return {r["answer_id"]: r[column] for r in csv.DictReader(handle)}


def write_split(rows: list[dict], fields: list[str], path: Path, *, keep_grades: bool) -> None:
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=fields)
        writer.writeheader()
        for row in rows:
            writer.writerow(row if keep_grades else {**row, "label": "", "score": "", "rater": ""})


def evaluate(conn, item_ids: list[str], gold: dict[str, dict[str, str]], rubric) -> dict[str, dict]:
    """Our final verdicts on the test answers against the gold grades."""
    criteria = {c.id: c for c in rubric.criteria}
    out = {}
    for item_id in item_ids:
        pred = dict(conn.execute("SELECT answer_id, value FROM scores WHERE scorer = 'final' AND item_id = ? "
                                 "AND status = 'scored'", [item_id]).fetchall())
        pairs = []
        for answer_id, grades in gold.items():
            raw = grades.get(item_id, "")
            if not raw or answer_id not in pred:
                continue
            if criteria[item_id].scale == "nominal":
                level = criteria[item_id].level_for_label(raw)
                if level is None:
                    continue
                pairs.append((level.value, pred[answer_id]))
            else:
                pairs.append((float(raw), pred[answer_id]))
        y, p = np.array([a for a, _ in pairs]), np.array([b for _, b in pairs])
        if criteria[item_id].scale == "nominal":
            out[item_id] = {"n": len(y), "accuracy": accuracy_score(y, p),
                            "macro_f1": f1_score(y, p, average="macro", zero_division=0),
                            "weighted_f1": f1_score(y, p, average="weighted", zero_division=0)}
        else:
            out[item_id] = {"n": len(y), "mae": mean_absolute_error(y, p),
                            "rmse": float(np.sqrt(np.mean((y - p) ** 2))),
                            "pearson": float(np.corrcoef(y, p)[0, 1]) if len(set(p)) > 1 else None,
                            "accuracy": float(np.mean(y == p))}
    return out


def run_experiment(dataset: str, subset: str, task: str, train_split: str, test_splits: list[str],
                   work: Path) -> list[dict]:
    rows, fields = read_rows(dataset)
    relabel = task_labels(dataset, task)
    if relabel is not None:
        rows = [{**r, "label": relabel.get(r["answer_id"], r["label"])} for r in rows]
    tag = f"{dataset}-{subset or 'all'}-{task}".replace("/", "_")
    folder = work / tag
    folder.mkdir()
    train_rows = [r for r in rows if r["split"] == train_split]
    write_split(train_rows, fields, folder / "train.csv", keep_grades=True)
    conn = connect(folder / "eval.duckdb")
    started = time.time()
    import_labels(conn, folder / "train.csv", rubric_out=folder / "rubric.yaml")
    rubric = load_rubric(folder / "rubric.yaml")
    item_ids = ["label"] if task.endswith("way") else [c.id for c in rubric.rubric.criteria]
    group_by = "question" if test_splits else "candidate"
    model, reports, _ = train(conn, rubric, item_ids=item_ids, group_by=group_by)
    save_model(model, folder / "model.joblib")
    results = []
    for report in reports:
        grouping = "question" if group_by == "question" else "answer (random folds)"
        results.append({"dataset": dataset, "subset": subset, "task": task, "split": f"{train_split} (CV by {grouping})",
                        "item": report.item_id, "n": report.n,
                        **{("accuracy" if k == "exact" else k): v for k, v in report.cv.items()
                           if isinstance(v, (int, float)) and k != "n"}})
    conn.close()
    for split in test_splits:
        test_rows = [r for r in rows if r["split"] == split]
        write_split(test_rows, fields, folder / f"{split.replace('/', '_')}.csv", keep_grades=False)
        conn = connect(folder / f"{split.replace('/', '_')}.duckdb")
        ingest_paths(conn, [folder / f"{split.replace('/', '_')}.csv"])
        score_answers(conn, rubric, ["classifier"], scorer_options={"classifier": {"model_path": folder / "model.joblib"}})
        gold = defaultdict(dict)
        for r in test_rows:
            gold[r["answer_id"]].update({"label": r["label"], "score": r["score"]})
        for item_id, figures in evaluate(conn, item_ids, gold, rubric.rubric).items():
            results.append({"dataset": dataset, "subset": subset, "task": task, "split": split, "item": item_id,
                            **figures})
        conn.close()
    print(f"{tag}: {time.time() - started:.0f} s", file=sys.stderr)
    return results


def published_beside(results: list[dict]) -> list[str]:
    published = json.loads((GRADED / "published.json").read_text())
    lines = ["| dataset | subset | task | split | metric | ours | best published (system) | best feature-based |",
             "|---|---|---|---|---|---:|---|---|"]
    for r in results:
        for metric in ("macro_f1", "weighted_f1", "accuracy", "mae", "pearson"):
            if r.get(metric) is None or (metric == "mae" and r["item"] == "label"):  # codes of categories
                continue
            same = [p for p in published if p["dataset"] == r["dataset"] and p["subset"] == r["subset"]
                    and p["metric"] == metric and (p["task"] == r["task"] or r["dataset"] == "mind_ca")
                    and (p["split"] == r["split"] or r["dataset"] == "mind_ca")]
            best = max(same, key=lambda p: p["value"], default=None)
            feature = [p for p in same if p.get("feature_based")]
            best_feature = max(feature, key=lambda p: p["value"], default=None)
            best_text = f"{best['value']:.3f} ({best['system']})" if best else "–"
            feature_text = f"{best_feature['value']:.3f}" if best_feature else "–"
            lines.append(f"| {r['dataset']} | {r['subset']} | {r['task']} ({r['item']}) | {r['split']} | {metric} | "
                         f"{r[metric]:.3f} | {best_text} | {feature_text} |")
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=None, help="Also write the table (Markdown) here.")
    parser.add_argument("--only", default=None, help="Run only experiments whose dataset contains this text.")
    args = parser.parse_args()
    results: list[dict] = []
    with tempfile.TemporaryDirectory() as tmp:
        for dataset, subset, task, train_split, tests in EXPERIMENTS:
            if args.only and args.only not in dataset:
                continue
            results.extend(run_experiment(dataset, subset, task, train_split, tests, Path(tmp)))
    table = published_beside(results)
    print("\n".join(table))
    if args.out:
        args.out.write_text("# Accuracy on human-graded datasets (generated by `make accuracy`)\n\n"
                            + "\n".join(table) + "\n\n```json\n" + json.dumps(results, indent=1, default=float)
                            + "\n```\n", encoding="utf-8")


if __name__ == "__main__":
    main()
