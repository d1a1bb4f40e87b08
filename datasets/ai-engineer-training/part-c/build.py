#!/usr/bin/env python3
"""Assemble part c of the AI-engineer training corpus.

Reads the hand-written entries in src/*.py (files starting with "_" are
helpers) and writes answers.csv and labels.csv next to this script.
Deterministic: a fixed seed drives candidate pairing, ordering and dates.

    python build.py
"""
import csv
import datetime as dt
import importlib
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE / "src"
SEED = 20260317

QUESTION_ORDER = ["role_definition", "shipped_system", "model_choice", "production_reliability"]
CRITERION = {
    "role_definition": "role_understanding",
    "shipped_system": "production_substance",
    "production_reliability": "production_substance",
    "model_choice": "model_tradeoffs",
}
ANSWER_COLUMNS = ["answer_id", "candidate_id", "question_id", "question", "answer", "submitted_at", "cohort"]
LABEL_COLUMNS = ["transcript_id", "question_id", "answer_id", "item_id", "rater", "value", "note"]
DEFAULT_NOTES = {
    ("researcher_framing", 0): "no research/training framing",
    ("just_prompt_engineering", 0): "no prompt-only framing",
    ("no_model_tradeoffs", 0): "weighs two or more dimensions",
}


def items_for(question_id):
    items = [CRITERION[question_id], "communication", "researcher_framing", "just_prompt_engineering"]
    if question_id == "model_choice":
        items.append("no_model_tradeoffs")
    return items


def load_entries():
    """Return [(style, module_name, entry)] in a stable order."""
    sys.path.insert(0, str(SRC))
    out = []
    for path in sorted(SRC.glob("*.py")):
        if path.name.startswith("_"):
            continue
        mod = importlib.import_module(path.stem)
        style = mod.STYLE
        for entry in mod.ENTRIES:
            out.append((style, path.stem, entry))
    return out


def make_candidates(entries, rng):
    """Group entries into candidates of one or two answers.

    Pairs are formed only within a style, for different questions, and only
    between answers that agree on researcher_framing, so one person does not
    both claim and reject the research framing.
    """
    by_style = {}
    for style, _mod, e in entries:
        by_style.setdefault(style, []).append((style, e))
    groups = []
    for style in sorted(by_style):
        pool = by_style[style][:]
        rng.shuffle(pool)
        used = [False] * len(pool)
        for i, (_s, e) in enumerate(pool):
            if used[i]:
                continue
            used[i] = True
            group = [(style, e)]
            if rng.random() < 0.6:
                for j in range(i + 1, len(pool)):
                    other = pool[j][1]
                    if (not used[j]
                            and other["question_id"] != e["question_id"]
                            and other["labels"]["researcher_framing"] == e["labels"]["researcher_framing"]):
                        used[j] = True
                        group.append((style, other))
                        break
            group.sort(key=lambda se: QUESTION_ORDER.index(se[1]["question_id"]))
            groups.append(group)
    rng.shuffle(groups)
    return groups


def random_time(rng):
    start = dt.datetime(2026, 1, 12, tzinfo=dt.timezone.utc)
    day = rng.randrange(0, 166)  # up to late June 2026
    seconds = rng.randrange(8 * 3600, 22 * 3600)
    return start + dt.timedelta(days=day, seconds=seconds)


def fmt(ts):
    return ts.strftime("%Y-%m-%dT%H:%M:%SZ")


def main():
    rng = random.Random(SEED)
    entries = load_entries()
    groups = make_candidates(entries, rng)

    answers, labels = [], []
    n = 0
    for c, group in enumerate(groups, start=1):
        cand = f"cand-trc{c:03d}"
        ts = random_time(rng)
        for style, e in group:
            n += 1
            aid = f"trc-{n:03d}"
            answers.append({
                "answer_id": aid,
                "candidate_id": cand,
                "question_id": e["question_id"],
                "question": e["question"],
                "answer": e["answer"].strip(),
                "submitted_at": fmt(ts),
                "cohort": style,
            })
            ts = ts + dt.timedelta(minutes=rng.randrange(4, 29), seconds=rng.randrange(0, 60))
            notes = e.get("note") or {}
            for item in items_for(e["question_id"]):
                value = e["labels"][item]
                note = notes.get(item) or DEFAULT_NOTES.get((item, value), "")
                labels.append({
                    "transcript_id": "",
                    "question_id": "",
                    "answer_id": aid,
                    "item_id": item,
                    "rater": "reviewer_a",
                    "value": value,
                    "note": note,
                })

    with open(HERE / "answers.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=ANSWER_COLUMNS, lineterminator="\n")
        w.writeheader()
        w.writerows(answers)
    with open(HERE / "labels.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=LABEL_COLUMNS, lineterminator="\n")
        w.writeheader()
        w.writerows(labels)
    print(f"wrote {len(answers)} answers ({len(groups)} candidates) and {len(labels)} label rows")


if __name__ == "__main__":
    main()
