#!/usr/bin/env python3
"""Assemble part-a answers.csv and labels.csv from the hand-written entries in src/.

Deterministic: entries are loaded in sorted file order, shuffled with a fixed
seed, then given answer ids, candidate ids and timestamps from the same seeded
generator. Re-running produces byte-identical files.

Usage:  python3 build.py
"""
import csv
import importlib.util
import random
from datetime import datetime, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE / "src"
SEED = 20260415

ANSWER_COLS = ["answer_id", "candidate_id", "question_id", "question", "answer", "submitted_at", "cohort"]
LABEL_COLS = ["transcript_id", "question_id", "answer_id", "item_id", "rater", "value", "note"]
RATER = "reviewer_a"

CRITERION = {
    "role_definition": "role_understanding",
    "shipped_system": "production_substance",
    "model_choice": "model_tradeoffs",
    "production_reliability": "production_substance",
}
FLAGS = ["researcher_framing", "just_prompt_engineering"]
DEFAULT_FLAG_NOTE = {
    "researcher_framing": "not raised: no research or training-from-scratch framing",
    "just_prompt_engineering": "not raised: work not reduced to prompt writing",
    "no_model_tradeoffs": "not raised: weighs at least two dimensions",
}

# Share of candidates who answered two questions (the rest answered one).
PAIR_PROBABILITY = 0.55
# Submission window: 2026-01-05 .. 2026-06-26
WINDOW_START = datetime(2026, 1, 5, 7, 0, 0)
WINDOW_DAYS = 172


def load_entries():
    entries = []
    for path in sorted(SRC.glob("*.py")):
        spec = importlib.util.spec_from_file_location(f"part_a_src_{path.stem}", path)
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        style = mod.STYLE
        for i, e in enumerate(mod.ENTRIES):
            entries.append({
                "src": f"{path.name}#{i}",
                "style": style,
                "question_id": e["question_id"],
                "question": e["question"].strip(),
                "answer": e["answer"].strip(),
                "labels": dict(e["labels"]),
                "note": dict(e.get("note") or {}),
            })
    return entries


def required_items(question_id):
    items = [CRITERION[question_id], "communication"] + FLAGS
    if question_id == "model_choice":
        items.append("no_model_tradeoffs")
    return items


def assign_candidates(entries, rng):
    """Give every entry a candidate; some candidates get a second answer
    (same style, different question)."""
    cand_of = [None] * len(entries)
    n = 0
    for i, e in enumerate(entries):
        if cand_of[i] is not None:
            continue
        n += 1
        cand_of[i] = n
        if rng.random() < PAIR_PROBABILITY:
            for j in range(i + 1, len(entries)):
                f = entries[j]
                if cand_of[j] is None and f["style"] == e["style"] and f["question_id"] != e["question_id"]:
                    cand_of[j] = n
                    break
    return cand_of


def assign_times(entries, cand_of, rng):
    times = [None] * len(entries)
    base = {}
    for i in range(len(entries)):
        c = cand_of[i]
        if c not in base:
            offset = rng.randrange(WINDOW_DAYS * 24 * 3600)
            t = WINDOW_START + timedelta(seconds=offset)
            base[c] = t
            times[i] = t
        else:
            # second answer by the same candidate, some minutes later
            times[i] = base[c] + timedelta(seconds=rng.randint(240, 1800))
    return [t.strftime("%Y-%m-%dT%H:%M:%SZ") for t in times]


def main():
    entries = load_entries()
    rng = random.Random(SEED)
    rng.shuffle(entries)
    cand_of = assign_candidates(entries, rng)
    times = assign_times(entries, cand_of, rng)

    answers_rows, label_rows = [], []
    for k, e in enumerate(entries, start=1):
        aid = f"tra-{k:03d}"
        answers_rows.append({
            "answer_id": aid,
            "candidate_id": f"cand-tra{cand_of[k - 1]:03d}",
            "question_id": e["question_id"],
            "question": e["question"],
            "answer": e["answer"],
            "submitted_at": times[k - 1],
            "cohort": e["style"],
        })
        items = required_items(e["question_id"])
        extra = set(e["labels"]) - set(items)
        missing = set(items) - set(e["labels"])
        if extra or missing:
            raise SystemExit(f"{e['src']}: label items mismatch, extra={sorted(extra)} missing={sorted(missing)}")
        for item in items:
            note = e["note"].get(item, "")
            if not note and item in DEFAULT_FLAG_NOTE and e["labels"][item] == 0:
                note = DEFAULT_FLAG_NOTE[item]
            label_rows.append({
                "transcript_id": "",
                "question_id": "",
                "answer_id": aid,
                "item_id": item,
                "rater": RATER,
                "value": e["labels"][item],
                "note": note,
            })

    with open(HERE / "answers.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=ANSWER_COLS, lineterminator="\n")
        w.writeheader()
        w.writerows(answers_rows)
    with open(HERE / "labels.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=LABEL_COLS, lineterminator="\n")
        w.writeheader()
        w.writerows(label_rows)
    print(f"wrote {len(answers_rows)} answers, {len(label_rows)} labels, "
          f"{max(cand_of)} candidates")


if __name__ == "__main__":
    main()
