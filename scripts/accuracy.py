"""Accuracy benchmark on real human grades (``make accuracy``).

For each openly licensed graded dataset in ``datasets/graded/``: import the training answers
(which writes the rubric), train the classifier scorer, score held-out answers and compare with
the human grades. Two kinds of held-out answers:

* the **official test splits** (SemEval-2013: unseen answers, unseen questions, unseen domains;
  SAF: unseen answers, unseen questions), cross-validation grouped by question;
* an **80/20 split within question** (seeded: the answers of each question are shuffled and 20 %
  held out), cross-validation grouped by answer: SAF (all splits pooled), MIND-CA, and SemEval's
  Beetle and SciEntsBank (all splits of each pooled).

Each experiment is run twice: **before** = the answer's own features only
(``train(..., per_question=False)``), **after** = with the per-question features of graded short
answers offered (``per_question=True``; each item uses them only where its cross-validation says
they help, see ``evaluator.classifier.per_question``). Graded items are reported as Pearson r,
quadratic weighted κ on the grade levels and RMSE; categorical labels as macro-F1 / accuracy,
beside the published figures in ``datasets/graded/published.json``. SemEval has categorical labels
only; its **grade** task maps them onto an ordinal scale: Beetle (5-way) correct 2, partially
correct/incomplete 1, contradictory/irrelevant/non-domain 0; SciEntsBank (3-way) correct 1, else 0.
Nothing is downloaded.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import sys
import tempfile
import time
from collections import defaultdict
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.metrics import f1_score, mean_absolute_error

from evaluator.calibrate.stats import cohen_kappa
from evaluator.classifier import save_model
from evaluator.training import train
from evaluator.labels import import_labels
from evaluator.pipeline import ingest_paths, score_answers
from evaluator.rubric import load_rubric
from evaluator.store import connect

ROOT = Path(__file__).resolve().parent.parent
GRADED = ROOT / "datasets" / "graded"
VARIANTS = {"before": False, "after": True}  # train(per_question=…)
WITHIN_TRAIN, WITHIN_TEST = "80% within question", "20% within question"
SEED = 0

BEETLE = ["beetle/test-unseen-answers", "beetle/test-unseen-questions"]
SCIENTSBANK = ["scientsbank/test-unseen-answers", "scientsbank/test-unseen-questions",
               "scientsbank/test-unseen-domains"]
# (dataset, subset, task, train split, test splits); train split WITHIN_TRAIN = the 80/20 split within question
EXPERIMENTS: list[tuple[str, str, str, str, list[str]]] = [
    *[("semeval2013_task7", "beetle", task, "beetle/train", BEETLE) for task in ("5-way", "3-way", "2-way", "grade")],
    *[("semeval2013_task7", "scientsbank", task, "scientsbank/train", SCIENTSBANK)
      for task in ("3-way", "2-way", "grade")],
    ("saf_en", "", "label+score", "train", ["test-unseen-answers", "test-unseen-questions"]),
    ("saf_en", "", "label+score", WITHIN_TRAIN, [WITHIN_TEST]),
    ("mind_ca", "", "score", WITHIN_TRAIN, [WITHIN_TEST]),
    ("semeval2013_task7", "beetle", "grade", WITHIN_TRAIN, [WITHIN_TEST]),
    ("semeval2013_task7", "scientsbank", "grade", WITHIN_TRAIN, [WITHIN_TEST]),
]
# SemEval's categorical labels as ordinal grades (the "grade" task)
GRADES = {"beetle": ("label_5way", {"correct": 2, "partially_correct_incomplete": 1}, 2),
          "scientsbank": ("label_3way", {"correct": 1}, 1)}


def read_rows(dataset: str) -> tuple[list[dict], list[str]]:
    with open(GRADED / dataset / "answers.csv", newline="", encoding="utf-8") as handle:
        reader = csv.DictReader(handle)
        return list(reader), list(reader.fieldnames or [])


def semeval_labels() -> dict[str, dict[str, str]]:
    with open(GRADED / "semeval2013_task7" / "labels.csv", newline="", encoding="utf-8") as handle:
        return {r["answer_id"]: r for r in csv.DictReader(handle)}


def task_rows(dataset: str, subset: str, task: str) -> tuple[list[dict], list[str]]:
    """The dataset's rows for a task: SemEval's 3- and 2-way labels come from its side file (5-way,
    Beetle, is the main label); its ``grade`` task turns the labels into a score."""
    rows, fields = read_rows(dataset)
    if subset:
        rows = [r for r in rows if r["split"].startswith(f"{subset}/")]
    if dataset != "semeval2013_task7":
        return rows, fields
    labels = semeval_labels()
    if task == "grade":
        column, grades, top = GRADES[subset]
        return [{**r, "label": "", "score": str(grades.get(labels[r["answer_id"]][column], 0)), "score_min": "0",
                 "score_max": str(top)} for r in rows], fields
    column = {"5-way": "label_5way", "3-way": "label_3way", "2-way": "label_2way"}[task]
    return [{**r, "label": labels[r["answer_id"]][column] or r["label"]} for r in rows], fields


def within_question_split(rows: list[dict], share: float = 0.2, seed: int = SEED) -> list[dict]:
    """Each question's answers (in answer-id order) shuffled with a per-question seed; ``share`` of
    them (rounded) become WITHIN_TEST, the rest WITHIN_TRAIN."""
    by_question: dict[str, list[dict]] = defaultdict(list)
    for row in rows:
        by_question[row["question_id"]].append(row)
    out = []
    for question_id in sorted(by_question):
        answers = sorted(by_question[question_id], key=lambda r: r["answer_id"])
        random.Random(f"{seed}:{question_id}").shuffle(answers)
        n_test = int(round(len(answers) * share))
        out += [{**r, "split": WITHIN_TEST if i < n_test else WITHIN_TRAIN} for i, r in enumerate(answers)]
    return out


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
        criterion = criteria[item_id]
        pred = dict(conn.execute("SELECT answer_id, value FROM scores WHERE scorer = 'final' AND item_id = ? "
                                 "AND status = 'scored'", [item_id]).fetchall())
        pairs = []
        for answer_id, grades in gold.items():
            raw = grades.get(item_id, "")
            if not raw or answer_id not in pred:
                continue
            if criterion.scale == "nominal":
                level = criterion.level_for_label(raw)
                if level is not None:
                    pairs.append((level.value, pred[answer_id]))
            else:
                pairs.append((float(raw), pred[answer_id]))
        y, p = np.array([a for a, _ in pairs]), np.array([b for _, b in pairs])
        figures: dict[str, Any] = {"n": len(y), "accuracy": float(np.mean(y == p))}
        if criterion.scale == "nominal" or np.all(np.mod(np.concatenate([y, p]), 1) == 0):  # classes
            figures["macro_f1"] = float(f1_score(y, p, average="macro", zero_division=0))
        if criterion.scale == "nominal":
            figures["weighted_f1"] = float(f1_score(y, p, average="weighted", zero_division=0))
        else:
            levels = [lv.value for lv in criterion.levels]
            snapped = np.array([criterion.nearest_level(float(v)) for v in y])  # a test grade the training never gave
            figures.update({"pearson": float(np.corrcoef(y, p)[0, 1]) if len(set(p)) > 1 else None,
                            "qwk": float(cohen_kappa(snapped, p, weights="quadratic", labels=levels)),
                            "rmse": float(np.sqrt(np.mean((y - p) ** 2))), "mae": float(mean_absolute_error(y, p))})
        out[item_id] = figures
    return out


def run_experiment(dataset: str, subset: str, task: str, train_split: str, test_splits: list[str],
                   variants: list[str], work: Path) -> list[dict]:
    """Import the training answers once; per variant, train, score each test split and compare."""
    rows, fields = task_rows(dataset, subset, task)
    if train_split == WITHIN_TRAIN:
        rows = within_question_split(rows)
    tag = f"{dataset}-{subset or 'all'}-{task}-{train_split}".replace("/", "_").replace(" ", "_").replace("%", "")
    folder = work / tag
    folder.mkdir()
    write_split([r for r in rows if r["split"] == train_split], fields, folder / "train.csv", keep_grades=True)
    conn = connect(folder / "eval.duckdb")
    import_labels(conn, folder / "train.csv", rubric_out=folder / "rubric.yaml")
    rubric = load_rubric(folder / "rubric.yaml")
    item_ids = ["label"] if task.endswith("way") else [c.id for c in rubric.rubric.criteria]
    group_by = "candidate" if train_split == WITHIN_TRAIN else "question"  # graded answers: candidate = answer
    for split in test_splits:
        write_split([r for r in rows if r["split"] == split], fields, folder / f"{_slug(split)}.csv", keep_grades=False)
    results = []
    for variant in variants:
        started = time.time()
        model = train(conn, rubric, item_ids=item_ids, group_by=group_by, per_question=VARIANTS[variant])
        reports = list(model.items.values())
        model_path = folder / f"model-{variant}.joblib"
        save_model(model.to_dict(), model_path)
        seconds = time.time() - started
        common = {"dataset": dataset, "subset": subset, "task": task, "variant": variant, "train": train_split}
        used = {r.item_id: bool((r.cv.get("per_question") or {}).get("used")) for r in reports}
        for report in reports:
            grouping = "question" if group_by == "question" else "answer"
            results.append({**common, "split": f"{train_split} (CV by {grouping})", "item": report.item_id,
                            "n": report.n, "per_question": used[report.item_id], "train_seconds": round(seconds, 1),
                            "per_question_cv": report.cv.get("per_question"),
                            **{("accuracy" if k == "exact" else k): v for k, v in report.cv.items()
                               if isinstance(v, (int, float)) and k != "n"}})
        for split in test_splits:
            test_rows = [r for r in rows if r["split"] == split]
            test_conn = connect(folder / f"{_slug(split)}-{variant}.duckdb")
            ingest_paths(test_conn, [folder / f"{_slug(split)}.csv"])
            score_answers(test_conn, rubric, ["classifier"],  # our own model: its pickle may be loaded
                          scorer_options={"classifier": {"model_path": model_path, "trust_model": True}})
            gold: dict[str, dict[str, str]] = defaultdict(dict)
            for r in test_rows:
                gold[r["answer_id"]].update({"label": r["label"], "score": r["score"]})
            for item_id, figures in evaluate(test_conn, item_ids, gold, rubric.rubric).items():
                results.append({**common, "split": split, "item": item_id, "per_question": used[item_id], **figures})
            test_conn.close()
        print(f"{tag} {variant}: {time.time() - started:.0f} s", file=sys.stderr, flush=True)
    conn.close()
    return results


def _slug(split: str) -> str:
    return split.replace("/", "_").replace(" ", "_").replace("%", "")


def _num(value: Any) -> str:
    return "–" if value is None else f"{value:.3f}"


def _pair(results: list[dict], variants: list[str]) -> list[tuple[dict, dict[str, dict]]]:
    """Test-split results keyed by (dataset, subset, task, split, item), one entry per variant."""
    keyed: dict[tuple, dict[str, dict]] = {}
    for r in results:
        if "(CV by" in r["split"]:
            continue
        key = (r["dataset"], r["subset"], r["task"], r["train"], r["split"], r["item"])
        keyed.setdefault(key, {})[r["variant"]] = r
    return [(next(iter(v.values())), v) for v in keyed.values() if any(x in v for x in variants)]


def graded_table(results: list[dict], variants: list[str]) -> list[str]:
    """Pearson r, QWK and RMSE of the graded (non-categorical) items, before → after."""
    heads = [f"{m} {v}" for m in ("r", "QWK", "RMSE") for v in variants]
    lines = ["| dataset | subset | item | test answers | n | " + " | ".join(heads) + " | per-question used |",
             "|---|---|---|---|---:|" + "---:|" * len(heads) + "---|"]
    for first, by_variant in _pair(results, variants):
        if "qwk" not in first:
            continue
        cells = [_num(by_variant.get(v, {}).get(m)) for m in ("pearson", "qwk", "rmse") for v in variants]
        used = "yes" if by_variant.get("after", {}).get("per_question") else "no"
        item = first["item"] if first["task"] != "grade" else "grade (from labels)"
        lines.append(f"| {first['dataset']} | {first['subset']} | {item} | {first['split']} | {first['n']} | "
                     + " | ".join(cells) + f" | {used if 'after' in by_variant else '–'} |")
    return lines


def published_beside(results: list[dict], variants: list[str]) -> list[str]:
    """Categorical figures (and MIND-CA's three-class score) beside the published ones."""
    published = json.loads((GRADED / "published.json").read_text())
    lines = ["| dataset | subset | task | test answers | metric | " + " | ".join(f"ours {v}" for v in variants)
             + " | best published (system) | best feature-based |",
             "|---|---|---|---|---|" + "---:|" * len(variants) + "---|---|"]
    for first, by_variant in _pair(results, variants):
        categorical = "qwk" not in first or first["dataset"] == "mind_ca"
        if not categorical:
            continue
        for metric in ("macro_f1", "weighted_f1", "accuracy"):
            if first.get(metric) is None:
                continue
            same = [p for p in published if p["dataset"] == first["dataset"] and p["subset"] == first["subset"]
                    and p["metric"] == metric and (p["task"] == first["task"] or first["dataset"] == "mind_ca")
                    and (p["split"] == first["split"] or first["dataset"] == "mind_ca")]
            best = max(same, key=lambda p: p["value"], default=None)
            feature = [p for p in same if p.get("feature_based")]
            best_feature = max(feature, key=lambda p: p["value"], default=None)
            best_text = f"{best['value']:.3f} ({best['system']})" if best else "–"
            feature_text = f"{best_feature['value']:.3f}" if best_feature else "–"
            ours = " | ".join(_num(by_variant.get(v, {}).get(metric)) for v in variants)
            lines.append(f"| {first['dataset']} | {first['subset']} | {first['task']} ({first['item']}) | "
                         f"{first['split']} | {metric} | {ours} | {best_text} | {feature_text} |")
    return lines


def document(results: list[dict], variants: list[str]) -> str:
    intro = (__doc__ or "").split("\n\n", 1)[1].strip()
    return ("# Accuracy on human-graded datasets (generated by `make accuracy`)\n\n" + intro + "\n\n"
            "## Graded items: Pearson r, QWK, RMSE\n\n" + "\n".join(graded_table(results, variants)) + "\n\n"
            "## Categorical labels, beside published figures\n\n" + "\n".join(published_beside(results, variants))
            + "\n\n## All figures (including cross-validation on the training answers)\n\n```json\n"
            + json.dumps(results, indent=1, default=float) + "\n```\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--out", type=Path, default=None, help="Also write the tables (Markdown) here.")
    parser.add_argument("--only", default=None, help="Run only experiments whose dataset contains this text.")
    parser.add_argument("--task", default=None, help="Run only experiments of this task (e.g. grade, 3-way).")
    parser.add_argument("--variants", default="before,after", help="Comma-separated: before, after [both].")
    parser.add_argument("--jobs", type=int, default=1, help="Experiments run at once, in worker processes [1].")
    args = parser.parse_args()
    variants = [v for v in args.variants.split(",") if v]
    unknown = [v for v in variants if v not in VARIANTS]
    if unknown:
        parser.error(f"unknown variant(s) {', '.join(unknown)}: choose from {', '.join(VARIANTS)}")
    chosen = [e for e in EXPERIMENTS
              if not (args.only and args.only not in e[0]) and not (args.task and args.task != e[2])]
    results: list[dict] = []
    with tempfile.TemporaryDirectory() as tmp:
        if args.jobs > 1:
            with ProcessPoolExecutor(args.jobs) as pool:
                futures = [pool.submit(run_experiment, *e, variants, Path(tmp)) for e in chosen]
                for future in futures:  # in the table's order
                    results.extend(future.result())
        else:
            for experiment in chosen:
                results.extend(run_experiment(*experiment, variants, Path(tmp)))
    print("\n".join(graded_table(results, variants) + [""] + published_beside(results, variants)))
    if args.out:
        args.out.write_text(document(results, variants), encoding="utf-8")


if __name__ == "__main__":
    main()
