#!/usr/bin/env python3
"""Validate part-a answers.csv + labels.csv against the labelling guideline
(datasets/ai-engineer-interviews/LABELLING.md) and the part-a brief.

Prints counts per question / style / flag / level and exits 1 on any error.

Usage:  python3 check.py
"""
import csv
import re
import statistics
import sys
from collections import Counter, defaultdict
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
ANSWERS = HERE / "answers.csv"
LABELS = HERE / "labels.csv"
REFERENCE_ANSWERS = HERE.parent.parent / "ai-engineer-interviews" / "written" / "answers.csv"

ANSWER_COLS = ["answer_id", "candidate_id", "question_id", "question", "answer", "submitted_at", "cohort"]
LABEL_COLS = ["transcript_id", "question_id", "answer_id", "item_id", "rater", "value", "note"]
STYLES = {"plain", "nonnative"}
QUESTIONS = ["role_definition", "shipped_system", "model_choice", "production_reliability"]
CANONICAL = {
    "role_definition": "What does an AI engineer do, and how is the role different from a data scientist or an ML engineer?",
    "shipped_system": "Tell me about an AI system you built and shipped to production.",
    "model_choice": "How would you choose between GPT-4o, Claude and a small open-source model for a product feature?",
    "production_reliability": "How do you evaluate and monitor an LLM application once it is in production?",
}
CRITERION = {
    "role_definition": "role_understanding",
    "shipped_system": "production_substance",
    "model_choice": "model_tradeoffs",
    "production_reliability": "production_substance",
}
RANGES = {
    "role_understanding": (0, 3),
    "production_substance": (0, 3),
    "model_tradeoffs": (0, 3),
    "communication": (1, 3),
    "researcher_framing": (0, 1),
    "just_prompt_engineering": (0, 1),
    "no_model_tradeoffs": (0, 1),
}
FLAGS = ["researcher_framing", "just_prompt_engineering", "no_model_tradeoffs"]
CRITERIA = ["role_understanding", "production_substance", "model_tradeoffs", "communication"]

# Brief targets (per part)
N_ANSWERS = 200
QUESTION_TARGET = {"role_definition": 50, "shipped_system": 40, "model_choice": 65, "production_reliability": 45}
QUESTION_TOLERANCE = 8
MIN_POSITIVES = 40
MIN_HARD_NEG = 30
MIN_PARAPHRASE = 15
MIN_PHRASINGS = 6
# Paraphrase positives must avoid the obvious wording of their stance.
OBVIOUS = {
    "researcher_framing": ["research", "from scratch", "paper", "publish"],
    "just_prompt_engineering": ["prompt"],
    "no_model_tradeoffs": ["best", "same", "newest", "latest", "matter"],
}
DATE_RE = re.compile(r"^2026-(0[1-9]|1[0-2])-([0-2]\d|3[01])T([01]\d|2[0-3]):[0-5]\d:[0-5]\dZ$")

errors = []


def err(msg):
    errors.append(msg)


def read_csv(path, expected_cols):
    if not path.exists():
        err(f"{path.name}: missing")
        return []
    with open(path, newline="", encoding="utf-8") as fh:
        reader = csv.DictReader(fh)
        if reader.fieldnames != expected_cols:
            err(f"{path.name}: columns {reader.fieldnames} != {expected_cols}")
        return list(reader)


def required_items(qid):
    items = {CRITERION[qid], "communication", "researcher_framing", "just_prompt_engineering"}
    if qid == "model_choice":
        items.add("no_model_tradeoffs")
    return items


def table(title, rows, cols):
    print(f"\n{title}")
    width = max([len(str(r[0])) for r in rows] + [8])
    print("  " + " " * width + "".join(f"{c:>12}" for c in cols))
    for r in rows:
        print("  " + f"{str(r[0]):<{width}}" + "".join(f"{str(v):>12}" for v in r[1:]))


def main():
    answers = read_csv(ANSWERS, ANSWER_COLS)
    labels = read_csv(LABELS, LABEL_COLS)
    if errors:
        return report(None)

    # ---------- answers ----------
    by_id = {}
    cand_answers = defaultdict(list)
    for n, a in enumerate(answers, start=1):
        aid = a["answer_id"]
        if aid in by_id:
            err(f"duplicate answer_id {aid}")
        by_id[aid] = a
        if aid != f"tra-{n:03d}":
            err(f"answer_id {aid} out of sequence (expected tra-{n:03d})")
        if not re.fullmatch(r"cand-tra\d{3}", a["candidate_id"]):
            err(f"{aid}: bad candidate_id {a['candidate_id']!r}")
        cand_answers[a["candidate_id"]].append(a)
        if a["question_id"] not in QUESTIONS:
            err(f"{aid}: unknown question_id {a['question_id']!r}")
            continue
        q = a["question"].strip()
        if not q:
            err(f"{aid}: empty question")
        if q.lower().rstrip("?. ") == CANONICAL[a["question_id"]].lower().rstrip("?. "):
            err(f"{aid}: question uses the canonical wording")
        if not a["answer"].strip():
            err(f"{aid}: empty answer")
        if not DATE_RE.match(a["submitted_at"]):
            err(f"{aid}: bad submitted_at {a['submitted_at']!r}")
        else:
            try:
                datetime.strptime(a["submitted_at"], "%Y-%m-%dT%H:%M:%SZ")
            except ValueError:
                err(f"{aid}: impossible date {a['submitted_at']!r}")
        if a["cohort"] not in STYLES:
            err(f"{aid}: cohort {a['cohort']!r} not in {sorted(STYLES)}")

    for cid, rows in cand_answers.items():
        if len(rows) > 2:
            err(f"{cid}: {len(rows)} answers (max 2)")
        qids = [r["question_id"] for r in rows]
        if len(set(qids)) != len(qids):
            err(f"{cid}: answers the same question twice")

    texts = Counter(a["answer"].strip() for a in answers)
    for t, c in texts.items():
        if c > 1:
            err(f"answer text duplicated {c}x: {t[:60]!r}")
    if REFERENCE_ANSWERS.exists():
        with open(REFERENCE_ANSWERS, newline="", encoding="utf-8") as fh:
            ref = {r["answer"].strip() for r in csv.DictReader(fh)}
        for a in answers:
            if a["answer"].strip() in ref:
                err(f"{a['answer_id']}: copied from ai-engineer-interviews/written/answers.csv")

    # ---------- labels ----------
    lab = defaultdict(dict)
    note_of = defaultdict(dict)
    for i, r in enumerate(labels, start=2):
        where = f"labels.csv line {i}"
        if r["transcript_id"] or r["question_id"]:
            err(f"{where}: transcript_id and question_id must be empty")
        if r["rater"] != "reviewer_a":
            err(f"{where}: rater {r['rater']!r}")
        aid, item = r["answer_id"], r["item_id"]
        if aid not in by_id:
            err(f"{where}: unknown answer_id {aid!r}")
            continue
        if item not in RANGES:
            err(f"{where}: unknown item_id {item!r}")
            continue
        if item in lab[aid]:
            err(f"{where}: duplicate label {aid}/{item}")
        try:
            v = int(r["value"])
        except ValueError:
            err(f"{where}: non-integer value {r['value']!r}")
            continue
        lo, hi = RANGES[item]
        if not lo <= v <= hi:
            err(f"{where}: {item}={v} outside {lo}..{hi}")
        lab[aid][item] = v
        note_of[aid][item] = r["note"]
        if item in FLAGS and not r["note"].strip():
            err(f"{where}: flag label needs a short reason in note")

    for aid, a in by_id.items():
        if a["question_id"] not in QUESTIONS:
            continue
        need = required_items(a["question_id"])
        have = set(lab.get(aid, {}))
        if have != need:
            err(f"{aid}: labels {sorted(have)} != required {sorted(need)}")
            continue
        if a["question_id"] == "model_choice":
            mt, nmt = lab[aid]["model_tradeoffs"], lab[aid]["no_model_tradeoffs"]
            if nmt != (1 if mt <= 1 else 0):
                err(f"{aid}: no_model_tradeoffs={nmt} inconsistent with model_tradeoffs={mt}")
        for flag in FLAGS:
            if flag not in lab[aid]:
                continue
            note = note_of[aid][flag].lower()
            v = lab[aid][flag]
            if note.startswith("hard negative") and v != 0:
                err(f"{aid}: {flag} tagged hard negative but value {v}")
            if note.startswith("paraphrase positive"):
                if v != 1:
                    err(f"{aid}: {flag} tagged paraphrase positive but value {v}")
                low = a["answer"].lower()
                hits = [w for w in OBVIOUS[flag] if w in low]
                if hits:
                    err(f"{aid}: {flag} paraphrase positive uses obvious wording {hits}")

    # ---------- counts ----------
    qcount = Counter(a["question_id"] for a in answers)
    scount = Counter(a["cohort"] for a in answers)
    qs = Counter((a["question_id"], a["cohort"]) for a in answers)
    table("answers per question x style",
          [(q, qs[(q, "plain")], qs[(q, "nonnative")], qcount[q]) for q in QUESTIONS]
          + [("total", scount["plain"], scount["nonnative"], len(answers))],
          ["plain", "nonnative", "total"])

    flag_rows = []
    stats = {}
    for flag in FLAGS:
        pos = Counter()
        pos_style = Counter()
        hard = para = labelled = 0
        for aid, items in lab.items():
            if flag not in items:
                continue
            labelled += 1
            note = note_of[aid][flag].lower()
            if items[flag] == 1:
                pos[by_id[aid]["question_id"]] += 1
                pos_style[by_id[aid]["cohort"]] += 1
            if note.startswith("hard negative"):
                hard += 1
            if note.startswith("paraphrase positive"):
                para += 1
        total = sum(pos.values())
        stats[flag] = (total, hard, para, pos)
        flag_rows.append((flag, labelled, total, pos_style["plain"], pos_style["nonnative"], hard, para))
    table("flags", flag_rows, ["labelled", "positives", "pos_plain", "pos_nonnat", "hard_neg", "paraphrase"])
    table("flag positives per question",
          [(f, *[stats[f][3][q] for q in QUESTIONS]) for f in FLAGS],
          ["role_def", "shipped", "model_ch", "prod_rel"])

    level_rows = []
    for item in CRITERIA:
        c = Counter()
        for aid, items in lab.items():
            if item in items:
                c[items[item]] += 1
        level_rows.append((item, *[c[v] for v in range(4)], sum(c.values())))
    table("criterion levels", level_rows, ["0", "1", "2", "3", "n"])

    comm_style = Counter((by_id[aid]["cohort"], items["communication"]) for aid, items in lab.items()
                         if "communication" in items)
    table("communication by style",
          [(s, comm_style[(s, 1)], comm_style[(s, 2)], comm_style[(s, 3)]) for s in ["plain", "nonnative"]],
          ["1", "2", "3"])

    phrasings = defaultdict(set)
    for a in answers:
        phrasings[a["question_id"]].add(a["question"].strip())
    print("\nquestion phrasings: " + ", ".join(f"{q}={len(phrasings[q])}" for q in QUESTIONS))

    words = [len(a["answer"].split()) for a in answers]
    if words:
        print(f"answer length (words): min={min(words)} median={statistics.median(words)} "
              f"max={max(words)} terse(8-20)={sum(8 <= w <= 20 for w in words)} "
              f"long(200+)={sum(w >= 200 for w in words)}")
    n_cand = len(cand_answers)
    print(f"candidates: {n_cand} ({sum(len(v) == 2 for v in cand_answers.values())} with two answers)")

    # ---------- brief targets ----------
    if len(answers) != N_ANSWERS:
        err(f"{len(answers)} answers, expected {N_ANSWERS}")
    for q in QUESTIONS:
        if abs(qcount[q] - QUESTION_TARGET[q]) > QUESTION_TOLERANCE:
            err(f"{q}: {qcount[q]} answers, target about {QUESTION_TARGET[q]}")
        if len(phrasings[q]) < MIN_PHRASINGS:
            err(f"{q}: only {len(phrasings[q])} question phrasings")
    if abs(scount["plain"] - scount["nonnative"]) > 20:
        err(f"styles unbalanced: {dict(scount)}")
    for flag in FLAGS:
        total, hard, para, pos = stats[flag]
        if total < MIN_POSITIVES:
            err(f"{flag}: {total} positives < {MIN_POSITIVES}")
        if hard < MIN_HARD_NEG:
            err(f"{flag}: {hard} hard negatives < {MIN_HARD_NEG}")
        if para < MIN_PARAPHRASE:
            err(f"{flag}: {para} paraphrase positives < {MIN_PARAPHRASE}")
        if flag != "no_model_tradeoffs":
            for q in QUESTIONS:
                if pos[q] == 0:
                    err(f"{flag}: no positives on {q}")
    for row in level_rows:
        item, counts = row[0], row[1:5]
        levels = range(1, 4) if item == "communication" else range(0, 4)
        for v in levels:
            if counts[v] == 0:
                err(f"{item}: level {v} never used")
    return report(True)


def report(_):
    if errors:
        print(f"\n{len(errors)} error(s):")
        for e in errors:
            print("  ERROR", e)
        return 1
    print("\nOK: no errors")
    return 0


if __name__ == "__main__":
    sys.exit(main())
