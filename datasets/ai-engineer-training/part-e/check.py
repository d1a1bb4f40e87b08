#!/usr/bin/env python3
"""Validate part-e answers.csv + labels.csv against LABELLING.md and the part-e brief.

Part e is aimed at no_model_tradeoffs: 160 model_choice answers (about 80 raised,
80 not) and 40 over the other three questions. Prints counts per question / style /
flag / level and exits 1 on any error. Hard negatives, paraphrase positives and
one-dimension positives are counted from the flag notes (prefixes "hard neg",
"paraphrase:" and "one dimension:"). Also checks that no answer text or id
collides with parts a-d.
"""
import csv
import re
import statistics
import sys
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent

ANSWER_COLS = ["answer_id", "candidate_id", "question_id", "question", "answer", "submitted_at", "cohort"]
LABEL_COLS = ["transcript_id", "question_id", "answer_id", "item_id", "rater", "value", "note"]
QUESTIONS = ["role_definition", "shipped_system", "model_choice", "production_reliability"]
STYLES = ["nonnative", "spoken", "terse", "numbers", "anecdote", "academic", "sarcastic", "long"]
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
FLAGS = ["researcher_framing", "just_prompt_engineering", "no_model_tradeoffs"]
RANGES = {
    "role_understanding": {0, 1, 2, 3},
    "production_substance": {0, 1, 2, 3},
    "model_tradeoffs": {0, 1, 2, 3},
    "communication": {1, 2, 3},
    "researcher_framing": {0, 1},
    "just_prompt_engineering": {0, 1},
    "no_model_tradeoffs": {0, 1},
}
# balance targets from the brief
TARGET_TOTAL = 200
TARGET_PER_QUESTION = {"model_choice": 160}
TARGET_OTHER_MIN = 12          # each of the other three questions
TARGET_NMT_POS = (75, 85)      # no_model_tradeoffs raised, of 160
TARGET_NMT_ONE_DIM = 10        # raised because exactly one dimension is weighed
TARGET_FLAG_POS = {"researcher_framing": 8, "just_prompt_engineering": 8, "no_model_tradeoffs": 75}
TARGET_HARD_NEG = {"researcher_framing": 5, "just_prompt_engineering": 5, "no_model_tradeoffs": 30}
TARGET_PARAPHRASE = {"researcher_framing": 0, "just_prompt_engineering": 3, "no_model_tradeoffs": 15}
TARGET_PHRASINGS = {"model_choice": 10, "role_definition": 6, "shipped_system": 6, "production_reliability": 6}
MEDIAN_WORDS = (40, 90)
OTHER_PARTS = ["part-a", "part-b", "part-c", "part-d"]

errors = []


def err(msg):
    errors.append(msg)


def required_items(qid):
    items = {CRITERION[qid], "communication", "researcher_framing", "just_prompt_engineering"}
    if qid == "model_choice":
        items.add("no_model_tradeoffs")
    return items


def read_csv(name, cols):
    path = HERE / name
    if not path.exists():
        err(f"{name} missing")
        return []
    with open(path, newline="", encoding="utf-8") as f:
        r = csv.DictReader(f)
        if r.fieldnames != cols:
            err(f"{name}: columns {r.fieldnames} != {cols}")
        return list(r)


def main():
    answers = read_csv("answers.csv", ANSWER_COLS)
    labels = read_csv("labels.csv", LABEL_COLS)

    # ---------------------------------------------------------------- answers
    by_id = {}
    per_cand = defaultdict(list)
    texts = Counter()
    for i, a in enumerate(answers):
        aid = a["answer_id"]
        if not re.fullmatch(r"tre-\d{3}", aid):
            err(f"answers row {i}: bad answer_id {aid!r}")
        if aid in by_id:
            err(f"duplicate answer_id {aid}")
        by_id[aid] = a
        if not re.fullmatch(r"cand-tre\d{3}", a["candidate_id"]):
            err(f"{aid}: bad candidate_id {a['candidate_id']!r}")
        per_cand[a["candidate_id"]].append(a["question_id"])
        if a["question_id"] not in QUESTIONS:
            err(f"{aid}: unknown question_id {a['question_id']!r}")
        elif a["question"].strip() == CANONICAL[a["question_id"]]:
            err(f"{aid}: question uses the canonical wording")
        if not a["question"].strip():
            err(f"{aid}: empty question")
        if not a["answer"].strip():
            err(f"{aid}: empty answer")
        if not re.fullmatch(r"2026-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d:[0-5]\dZ", a["submitted_at"]):
            err(f"{aid}: bad submitted_at {a['submitted_at']!r}")
        if a["cohort"] not in STYLES:
            err(f"{aid}: unknown cohort {a['cohort']!r}")
        texts[a["answer"].strip()] += 1
    for cand, qs in per_cand.items():
        if len(qs) > 2:
            err(f"{cand}: {len(qs)} answers (max 2)")
        if len(qs) != len(set(qs)):
            err(f"{cand}: repeats a question")
    for t, c in texts.items():
        if c > 1:
            err(f"answer text duplicated {c}x: {t[:60]!r}")
    if len(answers) != TARGET_TOTAL:
        err(f"target: {len(answers)} answers, expected {TARGET_TOTAL}")

    # ---------------------------------------------------------------- no collision with parts a-d
    other_ids, other_cands, other_texts = set(), set(), set()
    for part in OTHER_PARTS:
        path = HERE.parent / part / "answers.csv"
        if not path.exists():
            err(f"{part}/answers.csv missing (needed for the collision check)")
            continue
        with open(path, newline="", encoding="utf-8") as f:
            for r in csv.DictReader(f):
                other_ids.add(r["answer_id"])
                other_cands.add(r["candidate_id"])
                other_texts.add(r["answer"].strip())
    for aid, a in by_id.items():
        if aid in other_ids:
            err(f"{aid}: answer_id collides with parts a-d")
        if a["candidate_id"] in other_cands:
            err(f"{aid}: candidate_id {a['candidate_id']} collides with parts a-d")
        if a["answer"].strip() in other_texts:
            err(f"{aid}: answer text also appears in parts a-d")

    # ---------------------------------------------------------------- labels
    lab = defaultdict(dict)
    notes = defaultdict(dict)
    for i, row in enumerate(labels):
        aid, item = row["answer_id"], row["item_id"]
        where = f"labels row {i + 2} ({aid}/{item})"
        if row["transcript_id"] or row["question_id"]:
            err(f"{where}: transcript_id and question_id must be empty")
        if row["rater"] != "reviewer_a":
            err(f"{where}: rater {row['rater']!r}")
        if aid not in by_id:
            err(f"{where}: unknown answer_id")
            continue
        if item in lab[aid]:
            err(f"{where}: duplicate item")
        if item not in RANGES:
            err(f"{where}: unknown item")
            continue
        try:
            v = int(row["value"])
        except ValueError:
            err(f"{where}: non-integer value {row['value']!r}")
            continue
        if v not in RANGES[item]:
            err(f"{where}: value {v} out of range")
        lab[aid][item] = v
        notes[aid][item] = row["note"]
        if item in FLAGS and not row["note"].strip():
            err(f"{where}: flag without a note")

    for aid, a in by_id.items():
        qid = a["question_id"]
        if qid not in QUESTIONS:
            continue
        got, need = set(lab[aid]), required_items(qid)
        if got != need:
            err(f"{aid}: items {sorted(got)} != required {sorted(need)}")
            continue
        if qid == "model_choice":
            if (lab[aid]["no_model_tradeoffs"] == 1) != (lab[aid]["model_tradeoffs"] <= 1):
                err(f"{aid}: no_model_tradeoffs={lab[aid]['no_model_tradeoffs']} inconsistent with model_tradeoffs={lab[aid]['model_tradeoffs']}")
        for flag in FLAGS:
            n = notes[aid].get(flag, "")
            if n.startswith("hard neg") and lab[aid].get(flag) != 0:
                err(f"{aid}: {flag} marked hard negative but raised")
            if n.startswith("paraphrase") and lab[aid].get(flag) != 1:
                err(f"{aid}: {flag} marked paraphrase positive but not raised")

    # ---------------------------------------------------------------- counts
    ok_ids = [aid for aid in by_id if set(lab[aid]) == required_items(by_id[aid]["question_id"])] if all(
        by_id[a]["question_id"] in QUESTIONS for a in by_id) else []

    print(f"answers: {len(answers)}   label rows: {len(labels)}")
    qc = Counter(a["question_id"] for a in answers)
    sc = Counter(a["cohort"] for a in answers)
    print("\nper question:", ", ".join(f"{q} {qc[q]}" for q in QUESTIONS))
    print("per style:   ", ", ".join(f"{s} {sc[s]}" for s in STYLES))
    print("\nstyle x question:")
    print(f"  {'':24}" + "".join(f"{q[:14]:>16}" for q in QUESTIONS))
    for s in STYLES:
        print(f"  {s:24}" + "".join(f"{sum(1 for a in answers if a['cohort'] == s and a['question_id'] == q):>16}" for q in QUESTIONS))

    for q, n in TARGET_PER_QUESTION.items():
        if qc[q] != n:
            err(f"target: {q} has {qc[q]} answers, expected {n}")
    for q in QUESTIONS:
        if q not in TARGET_PER_QUESTION and qc[q] < TARGET_OTHER_MIN:
            err(f"target: {q} has {qc[q]} answers (< {TARGET_OTHER_MIN})")

    print("\nphrasings per question:")
    for q in QUESTIONS:
        n = len({a["question"].strip() for a in answers if a["question_id"] == q})
        print(f"  {q:24} {n}")
        if n < TARGET_PHRASINGS[q]:
            err(f"target: {q} has {n} phrasings (< {TARGET_PHRASINGS[q]})")

    print("\nflags (raised / labelled; hard negatives; paraphrase positives):")
    for flag in FLAGS:
        ids = [aid for aid in ok_ids if flag in lab[aid]]
        pos = [aid for aid in ids if lab[aid][flag] == 1]
        hn = [aid for aid in ids if lab[aid][flag] == 0 and notes[aid][flag].startswith("hard neg")]
        pp = [aid for aid in pos if notes[aid][flag].startswith("paraphrase")]
        perq = Counter(by_id[aid]["question_id"] for aid in pos)
        pers = Counter(by_id[aid]["cohort"] for aid in pos)
        hnq = Counter(by_id[aid]["question_id"] for aid in hn)
        print(f"  {flag:24} raised {len(pos)}/{len(ids)}  hard neg {len(hn)}  paraphrase {len(pp)}")
        print(f"  {'':24}   raised by question: " + ", ".join(f"{q} {perq[q]}" for q in QUESTIONS if q in perq or flag != 'no_model_tradeoffs'))
        print(f"  {'':24}   raised by style:    " + ", ".join(f"{s} {pers[s]}" for s in STYLES))
        print(f"  {'':24}   hard neg by question: " + ", ".join(f"{q} {hnq[q]}" for q in QUESTIONS if q in hnq or flag != 'no_model_tradeoffs'))
        if flag == "no_model_tradeoffs":
            one_dim = [aid for aid in pos if notes[aid][flag].startswith("one dimension:")]
            lvl = Counter(lab[aid]["model_tradeoffs"] for aid in pos)
            print(f"  {'':24}   one-dimension positives {len(one_dim)}; raised at model_tradeoffs 0: {lvl[0]}, 1: {lvl[1]}")
            neg_by_style = Counter(by_id[aid]["cohort"] for aid in ids if lab[aid][flag] == 0)
            print(f"  {'':24}   not raised by style: " + ", ".join(f"{s} {neg_by_style[s]}" for s in STYLES))
            lo, hi = TARGET_NMT_POS
            if not lo <= len(pos) <= hi:
                err(f"target: no_model_tradeoffs raised {len(pos)}, expected {lo}-{hi}")
            if len(one_dim) < TARGET_NMT_ONE_DIM:
                err(f"target: one-dimension positives {len(one_dim)} (< {TARGET_NMT_ONE_DIM})")
            for aid in one_dim:
                if lab[aid]["model_tradeoffs"] != 1:
                    err(f"{aid}: 'one dimension:' note but model_tradeoffs={lab[aid]['model_tradeoffs']}")
        if len(pos) < TARGET_FLAG_POS[flag]:
            err(f"target: {flag} raised {len(pos)} (< {TARGET_FLAG_POS[flag]})")
        if len(hn) < TARGET_HARD_NEG[flag]:
            err(f"target: {flag} hard negatives {len(hn)} (< {TARGET_HARD_NEG[flag]})")
        if len(pp) < TARGET_PARAPHRASE[flag]:
            err(f"target: {flag} paraphrase positives {len(pp)} (< {TARGET_PARAPHRASE[flag]})")
        if flag != "no_model_tradeoffs":
            for q in QUESTIONS:
                if perq[q] == 0:
                    err(f"target: {flag} never raised on {q}")
    multi = Counter(sum(lab[aid].get(f, 0) for f in FLAGS) for aid in ok_ids)
    print("  answers by number of raised flags: " + ", ".join(f"{k}: {multi[k]}" for k in sorted(multi)))

    print("\nlevels:")
    for item in ["role_understanding", "production_substance", "model_tradeoffs", "communication"]:
        c = Counter(lab[aid][item] for aid in ok_ids if item in lab[aid])
        print(f"  {item:24} " + "  ".join(f"{lv}: {c[lv]}" for lv in sorted(RANGES[item])))
        for lv in sorted(RANGES[item]):
            if c[lv] == 0:
                err(f"target: {item} has no level {lv}")
    for s in STYLES:
        c = Counter(lab[aid]["communication"] for aid in ok_ids if by_id[aid]["cohort"] == s)
        print(f"  communication[{s}] " + "  ".join(f"{lv}: {c[lv]}" for lv in (1, 2, 3)))

    words = [len(a["answer"].split()) for a in answers]
    if words:
        print("\nanswer length (words): min {} / median {} / max {};  <=20: {}  21-40: {}  41-80: {}  81-199: {}  >=200: {}".format(
            min(words), statistics.median(words), max(words),
            sum(w <= 20 for w in words), sum(20 < w <= 40 for w in words), sum(40 < w <= 80 for w in words),
            sum(80 < w < 200 for w in words), sum(w >= 200 for w in words)))
        for s in STYLES:
            ws = [len(a["answer"].split()) for a in answers if a["cohort"] == s]
            if ws:
                print(f"  {s:14} median {statistics.median(ws)}  min {min(ws)}  max {max(ws)}")
        if min(words) > 20 or max(words) < 200:
            err("target: lengths should range from terse (<=20 words) to long (>=200 words)")
        if not MEDIAN_WORDS[0] <= statistics.median(words) <= MEDIAN_WORDS[1]:
            err(f"target: median length {statistics.median(words)} words, expected {MEDIAN_WORDS[0]}-{MEDIAN_WORDS[1]}")

    if errors:
        print(f"\n{len(errors)} ERROR(S):")
        for e in errors:
            print("  -", e)
        sys.exit(1)
    print("\nOK: all checks passed")


if __name__ == "__main__":
    main()
