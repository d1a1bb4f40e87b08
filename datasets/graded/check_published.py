#!/usr/bin/env python3
"""Check published.json against the copied datasets and print it as a table.

Stdlib only.  Run from anywhere:  python3 datasets/graded/check_published.py
Exit status 1 if any problem is found.

Checks:
* every entry has exactly the expected keys with the expected types;
* `dataset` is a folder here; `split` occurs in that folder's answers.csv `split` column;
* `subset` is "" for datasets whose splits have no "<subset>/" prefix, otherwise it is
  the prefix of `split` (e.g. subset "beetle" <-> split "beetle/test-unseen-answers");
* F1 / accuracy values lie in [0, 1];
* for semeval2013_task7, an "N-way" task has N-way labels for that split in labels.csv;
* `best_feature_based` is true exactly once per (dataset, subset, task, split, metric)
  group that has a feature_based=true entry, on the best such value (lower is better
  for mae/rmse), and never on an entry that is not feature_based=true.
"""

import csv
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = {
    "dataset": str,
    "subset": str,
    "task": str,
    "split": str,
    "metric": str,
    "value": (int, float),
    "system": str,
    "feature_based": (bool, type(None)),
    "source": str,
    "best_feature_based": bool,
}
UNIT_METRICS = {
    "macro_f1",
    "weighted_f1",
    "accuracy",
    "mean_per_question_accuracy",
    "mean_per_question_macro_f1",
}
LOWER_IS_BETTER = {"mae", "rmse"}


def read_csv(path):
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def main():
    problems = []
    with open(os.path.join(HERE, "published.json"), encoding="utf-8") as f:
        entries = json.load(f)
    if not isinstance(entries, list):
        sys.exit("published.json: top level must be a list")

    splits = {}  # dataset -> set of split values in answers.csv
    nway = {}  # (split, task) -> bool, semeval only
    for i, e in enumerate(entries):
        tag = f"entry {i}"
        if set(e) != set(KEYS):
            problems.append(f"{tag}: keys {sorted(e)} != {sorted(KEYS)}")
            continue
        for k, t in KEYS.items():
            if not isinstance(e[k], t) or (
                t == (int, float) and isinstance(e[k], bool)
            ):
                problems.append(f"{tag}: {k}={e[k]!r} has wrong type")
        ds = e["dataset"]
        if ds not in splits:
            path = os.path.join(HERE, ds, "answers.csv")
            if not os.path.isfile(path):
                problems.append(f"{tag}: no {ds}/answers.csv")
                splits[ds] = set()
                continue
            splits[ds] = {r["split"] for r in read_csv(path)}
            if ds == "semeval2013_task7":
                for r in read_csv(os.path.join(HERE, ds, "labels.csv")):
                    for n in ("5", "3", "2"):
                        key = (r["split"], f"{n}-way")
                        nway[key] = nway.get(key, False) or bool(r[f"label_{n}way"])
        if e["split"] not in splits[ds]:
            problems.append(f"{tag}: split {e['split']!r} not in {ds}/answers.csv")
        prefixes = {s.split("/", 1)[0] for s in splits[ds] if "/" in s}
        if prefixes:
            if e["subset"] not in prefixes:
                problems.append(
                    f"{tag}: subset {e['subset']!r} not among {sorted(prefixes)}"
                )
            elif not e["split"].startswith(e["subset"] + "/"):
                problems.append(
                    f"{tag}: split {e['split']!r} is not in subset {e['subset']!r}"
                )
        elif e["subset"] != "":
            problems.append(f"{tag}: {ds} has no subsets but subset={e['subset']!r}")
        if e["metric"] in UNIT_METRICS and not 0 <= e["value"] <= 1:
            problems.append(f"{tag}: {e['metric']}={e['value']} outside [0, 1]")
        if ds == "semeval2013_task7" and not nway.get((e["split"], e["task"]), False):
            problems.append(
                f"{tag}: no {e['task']} labels for {e['split']} in labels.csv"
            )

    # best_feature_based
    groups = {}
    for i, e in enumerate(entries):
        if set(e) != set(KEYS):
            continue
        if e["best_feature_based"] and e["feature_based"] is not True:
            problems.append(
                f"entry {i}: best_feature_based on a non-feature-based entry"
            )
        if e["feature_based"] is True:
            k = (e["dataset"], e["subset"], e["task"], e["split"], e["metric"])
            groups.setdefault(k, []).append(i)
    for k, idx in groups.items():
        vals = [entries[i]["value"] for i in idx]
        best = min(vals) if k[-1] in LOWER_IS_BETTER else max(vals)
        marked = [i for i in idx if entries[i]["best_feature_based"]]
        if len(marked) != 1 or entries[marked[0]]["value"] != best:
            problems.append(
                f"group {k}: best_feature_based marks {marked}, best value {best}"
            )

    # table
    cols = [
        "dataset",
        "subset",
        "task",
        "split",
        "metric",
        "value",
        "system",
        "feature_based",
        "best_feature_based",
    ]

    def cell(e, c):
        v = e.get(c)
        if c == "value":
            return f"{v:.3f}"
        if c in ("feature_based", "best_feature_based"):
            return {True: "yes", False: "no", None: "?"}[v]
        return str(v)

    rows = [[cell(e, c) for c in cols] for e in entries]
    width = [
        max(len(c), *(len(r[j]) for r in rows)) if rows else len(c)
        for j, c in enumerate(cols)
    ]
    print("  ".join(c.ljust(w) for c, w in zip(cols, width)))
    print("  ".join("-" * w for w in width))
    for r in rows:
        print("  ".join(x.ljust(w) for x, w in zip(r, width)))
    print()
    by_ds = {}
    for e in entries:
        by_ds[e.get("dataset")] = by_ds.get(e.get("dataset"), 0) + 1
    print(
        f"{len(entries)} figures: "
        + ", ".join(f"{d} {n}" for d, n in sorted(by_ds.items()))
    )
    for d in sorted(os.listdir(HERE)):
        if os.path.isdir(os.path.join(HERE, d)) and d not in by_ds:
            print(f"{d}: no published figures")
    if problems:
        print(f"\n{len(problems)} problem(s):")
        for p in problems:
            print("  " + p)
        return 1
    print(
        "OK: all splits/subsets exist in the copied answers.csv; best_feature_based consistent"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
