#!/usr/bin/env python3
"""Assemble part-b answers.csv + labels.csv from the hand-written entries in src/.

Entry files are src/<style>_<question>.py, each defining ENTRIES, a list of dicts
{question_id, question, answer, labels: {item_id: value}, note?: {item_id: reason}}.
The style (cohort) is the file-name prefix. Files starting with "_" are helpers.

Everything random (answer order, candidate pairing, timestamps) comes from one
seeded RNG, so the output is byte-identical on every run.
"""
import csv
import datetime as dt
import importlib.util
import pathlib
import random
import sys

sys.dont_write_bytecode = True  # keep src/ free of __pycache__

HERE = pathlib.Path(__file__).resolve().parent
SRC = HERE / "src"
SEED = 20260214
RATER = "reviewer_a"
PREFIX = "trb"

ANSWER_COLS = ["answer_id", "candidate_id", "question_id", "question", "answer", "submitted_at", "cohort"]
LABEL_COLS = ["transcript_id", "question_id", "answer_id", "item_id", "rater", "value", "note"]

CRITERION = {
    "role_definition": "role_understanding",
    "shipped_system": "production_substance",
    "model_choice": "model_tradeoffs",
    "production_reliability": "production_substance",
}
FLAGS = ["researcher_framing", "just_prompt_engineering"]

DEFAULT_NOTES = {
    ("researcher_framing", 0): "not framed as research or training models from scratch",
    ("just_prompt_engineering", 0): "work not reduced to writing prompts",
}


def load_entries():
    sys.path.insert(0, str(SRC))
    entries = []
    for path in sorted(SRC.glob("*.py")):
        if path.name.startswith("_"):
            continue
        style = path.stem.split("_", 1)[0]
        spec = importlib.util.spec_from_file_location(f"partb_{path.stem}", path)
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        for i, e in enumerate(mod.ENTRIES):
            entries.append(dict(e, cohort=style, _src=f"{path.name}#{i + 1}"))
    return entries


def item_order(qid):
    items = [CRITERION[qid], "communication"] + FLAGS
    if qid == "model_choice":
        items.append("no_model_tradeoffs")
    return items


def main():
    entries = load_entries()
    rng = random.Random(SEED)
    rng.shuffle(entries)

    # Pair some answers into two-answer candidates: same style, different question.
    candidates = []  # list of lists of entries
    open_by_style = {}
    for e in entries:
        pool = open_by_style.setdefault(e["cohort"], [])
        host = next((c for c in pool if c[0]["question_id"] != e["question_id"]), None)
        if host is not None and rng.random() < 0.55:
            host.append(e)
            pool.remove(host)
            continue
        cand = [e]
        candidates.append(cand)
        pool.append(cand)
        if len(pool) > 3:  # keep pairs close together in the order
            pool.pop(0)

    start = dt.datetime(2026, 1, 12, tzinfo=dt.timezone.utc)
    answer_rows, label_rows = [], []
    n = 0
    for ci, cand in enumerate(candidates, 1):
        cid = f"cand-{PREFIX}{ci:03d}"
        t = start + dt.timedelta(days=rng.randrange(0, 103), hours=rng.randrange(8, 19),
                                 minutes=rng.randrange(60), seconds=rng.randrange(60))
        for e in cand:
            n += 1
            aid = f"{PREFIX}-{n:03d}"
            answer_rows.append({
                "answer_id": aid, "candidate_id": cid, "question_id": e["question_id"],
                "question": e["question"], "answer": e["answer"],
                "submitted_at": t.strftime("%Y-%m-%dT%H:%M:%SZ"), "cohort": e["cohort"],
            })
            notes = e.get("note") or {}
            for item in item_order(e["question_id"]):
                if item not in e["labels"]:
                    raise SystemExit(f"{e['_src']}: missing label {item}")
                value = e["labels"][item]
                note = notes.get(item) or DEFAULT_NOTES.get((item, value), "")
                label_rows.append({
                    "transcript_id": "", "question_id": "", "answer_id": aid, "item_id": item,
                    "rater": RATER, "value": value, "note": note,
                })
            extra = set(e["labels"]) - set(item_order(e["question_id"]))
            if extra:
                raise SystemExit(f"{e['_src']}: unexpected labels {sorted(extra)}")
            t += dt.timedelta(minutes=rng.randrange(4, 26), seconds=rng.randrange(60))

    for name, cols, rows in (("answers.csv", ANSWER_COLS, answer_rows), ("labels.csv", LABEL_COLS, label_rows)):
        with open(HERE / name, "w", newline="", encoding="utf-8") as fh:
            w = csv.DictWriter(fh, fieldnames=cols, lineterminator="\n")
            w.writeheader()
            w.writerows(rows)
    print(f"wrote {len(answer_rows)} answers, {len(label_rows)} labels, {len(candidates)} candidates")


if __name__ == "__main__":
    main()
