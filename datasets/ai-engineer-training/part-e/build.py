#!/usr/bin/env python3
"""Assemble answers.csv and labels.csv for part-e from the hand-written entries in src/*.py.

Each src file defines STYLE (the cohort name) and ENTRIES, a list of dicts:
    {question_id, question, answer, labels: {item: value}, note?: {item: reason}}
Files whose name starts with "_" (src/_questions.py, the interviewer phrasings) are
helpers imported by the entry files, not entries.
Output is deterministic: entry order is shuffled with a fixed seed, dates come
from a seeded RNG, and ids are assigned in the shuffled order.
"""
import csv
import random
import runpy
import sys
from datetime import datetime, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE / "src"
SEED = 20260521

CRITERION = {
    "role_definition": "role_understanding",
    "shipped_system": "production_substance",
    "model_choice": "model_tradeoffs",
    "production_reliability": "production_substance",
}

DEFAULT_FLAG_NOTES = {
    "researcher_framing": "no research or training-from-scratch framing",
    "just_prompt_engineering": "not framed as prompt writing only",
}


def item_order(qid):
    items = [CRITERION[qid], "communication", "researcher_framing", "just_prompt_engineering"]
    if qid == "model_choice":
        items.append("no_model_tradeoffs")
    return items


def load_entries():
    sys.path.insert(0, str(SRC))
    rows = []
    for path in sorted(SRC.glob("*.py")):
        if path.name.startswith("_"):
            continue
        mod = runpy.run_path(str(path))
        style = mod["STYLE"]
        for i, e in enumerate(mod["ENTRIES"]):
            unknown = set(e) - {"question_id", "question", "answer", "labels", "note"}
            if unknown:
                raise SystemExit(f"{path.name}[{i}]: unknown keys {unknown}")
            expected = set(item_order(e["question_id"]))
            if set(e["labels"]) != expected:
                raise SystemExit(f"{path.name}[{i}]: labels {sorted(e['labels'])} != {sorted(expected)}")
            notes = e.get("note") or {}
            if set(notes) - expected:
                raise SystemExit(f"{path.name}[{i}]: note for unlabelled item {set(notes) - expected}")
            for flag in ("researcher_framing", "just_prompt_engineering", "no_model_tradeoffs"):
                if e["labels"].get(flag) == 1 and not notes.get(flag):
                    raise SystemExit(f"{path.name}[{i}]: raised flag {flag} needs a note")
            if "no_model_tradeoffs" in expected and not notes.get("no_model_tradeoffs"):
                raise SystemExit(f"{path.name}[{i}]: no_model_tradeoffs needs a note")
            rows.append((path.name, i, style, e))
    return rows


def main():
    entries = load_entries()
    rng = random.Random(SEED)
    rng.shuffle(entries)

    start = datetime(2026, 1, 12, 8, 0, 0)
    span = int((datetime(2026, 6, 26, 20, 0, 0) - start).total_seconds())

    answers, labels = [], []
    for n, (_fname, _i, style, e) in enumerate(entries, start=1):
        aid = f"tre-{n:03d}"
        submitted = start + timedelta(seconds=rng.randrange(span))
        answers.append({
            "answer_id": aid,
            "candidate_id": f"cand-tre{n:03d}",
            "question_id": e["question_id"],
            "question": e["question"],
            "answer": e["answer"],
            "submitted_at": submitted.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "cohort": style,
        })
        notes = e.get("note") or {}
        for item in item_order(e["question_id"]):
            value = e["labels"][item]
            note = notes.get(item) or (DEFAULT_FLAG_NOTES.get(item, "") if value == 0 else "")
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
        w = csv.DictWriter(f, fieldnames=["answer_id", "candidate_id", "question_id", "question", "answer", "submitted_at", "cohort"])
        w.writeheader()
        w.writerows(answers)
    with open(HERE / "labels.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=["transcript_id", "question_id", "answer_id", "item_id", "rater", "value", "note"])
        w.writeheader()
        w.writerows(labels)
    print(f"wrote {len(answers)} answers, {len(labels)} label rows")


if __name__ == "__main__":
    main()
