#!/usr/bin/env python3
"""Validate part c (answers.csv + labels.csv) against LABELLING.md and the brief.

Prints counts per question / style / flag / level and exits 1 on any error.
Also reads src/*.py to count the hard-negative (hn_*) and paraphrase-positive
(pp_*) tags and to confirm the CSVs match the sources.

    python check.py
"""
import csv
import datetime as dt
import importlib
import re
import statistics
import sys
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE / "src"

ANSWER_COLUMNS = ["answer_id", "candidate_id", "question_id", "question", "answer", "submitted_at", "cohort"]
LABEL_COLUMNS = ["transcript_id", "question_id", "answer_id", "item_id", "rater", "value", "note"]
QUESTIONS = ["role_definition", "shipped_system", "model_choice", "production_reliability"]
STYLES = ["academic", "sarcastic", "casual"]
CRITERION = {
    "role_definition": "role_understanding",
    "shipped_system": "production_substance",
    "production_reliability": "production_substance",
    "model_choice": "model_tradeoffs",
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
FLAG_TAG = {"researcher_framing": "rf", "just_prompt_engineering": "jpe", "no_model_tradeoffs": "nmt"}
CANONICAL = {  # LABELLING.md wording; must never be used verbatim
    "role_definition": "What does an AI engineer do, and how is the role different from a data scientist or an ML engineer?",
    "shipped_system": "Tell me about an AI system you built and shipped to production.",
    "model_choice": "How would you choose between GPT-4o, Claude and a small open-source model for a product feature?",
    "production_reliability": "How do you evaluate and monitor an LLM application once it is in production?",
}
# Targets from the brief (per part).
TARGET_TOTAL = 200
TARGET_PER_QUESTION = {"role_definition": 50, "shipped_system": 40, "model_choice": 65, "production_reliability": 45}
MIN_FLAG_POS = 40
MIN_HARD_NEG = 30
MIN_PARAPHRASE = 15
MIN_PHRASINGS = 6

errors = []


def err(msg):
    errors.append(msg)


def norm(s):
    return re.sub(r"[^a-z0-9]+", " ", s.lower()).strip()


def items_for(qid):
    items = [CRITERION[qid], "communication", "researcher_framing", "just_prompt_engineering"]
    if qid == "model_choice":
        items.append("no_model_tradeoffs")
    return items


def read_csv(path, columns):
    if not path.exists():
        err(f"{path.name}: missing (run build.py)")
        return []
    with open(path, newline="", encoding="utf-8") as f:
        r = csv.DictReader(f)
        if r.fieldnames != columns:
            err(f"{path.name}: columns {r.fieldnames} != {columns}")
        return list(r)


def load_sources():
    sys.path.insert(0, str(SRC))
    out = []
    for path in sorted(SRC.glob("*.py")):
        if path.name.startswith("_"):
            continue
        mod = importlib.import_module(path.stem)
        if getattr(mod, "STYLE", None) not in STYLES:
            err(f"src/{path.name}: STYLE missing or unknown")
        for i, e in enumerate(mod.ENTRIES):
            out.append((path.name, i, mod.STYLE, e))
    return out


def main():
    answers = read_csv(HERE / "answers.csv", ANSWER_COLUMNS)
    labels = read_csv(HERE / "labels.csv", LABEL_COLUMNS)
    sources = load_sources()

    # ---------------------------------------------------------------- answers
    by_id = {}
    per_cand = defaultdict(list)
    for k, a in enumerate(answers, start=1):
        aid = a["answer_id"]
        if aid in by_id:
            err(f"duplicate answer_id {aid}")
        by_id[aid] = a
        if aid != f"trc-{k:03d}":
            err(f"answer_id {aid} out of sequence (expected trc-{k:03d})")
        if not re.fullmatch(r"cand-trc\d{3}", a["candidate_id"]):
            err(f"{aid}: bad candidate_id {a['candidate_id']!r}")
        per_cand[a["candidate_id"]].append(a)
        if a["question_id"] not in QUESTIONS:
            err(f"{aid}: unknown question_id {a['question_id']!r}")
        elif norm(a["question"]) == norm(CANONICAL[a["question_id"]]):
            err(f"{aid}: question uses the canonical rubric wording")
        if not a["question"].strip():
            err(f"{aid}: empty question")
        if not a["answer"].strip():
            err(f"{aid}: empty answer")
        if a["cohort"] not in STYLES:
            err(f"{aid}: cohort {a['cohort']!r} not a part-c style")
        ts = a["submitted_at"]
        if not re.fullmatch(r"2026-\d\d-\d\dT\d\d:\d\d:\d\dZ", ts):
            err(f"{aid}: submitted_at {ts!r} not 2026-MM-DDTHH:MM:SSZ")
        else:
            try:
                dt.datetime.strptime(ts, "%Y-%m-%dT%H:%M:%SZ")
            except ValueError:
                err(f"{aid}: submitted_at {ts!r} is not a real date")
    texts = Counter(a["answer"].strip() for a in answers)
    for t, c in texts.items():
        if c > 1:
            err(f"answer text duplicated {c}x: {t[:60]!r}")
    for cand, rows in per_cand.items():
        if len(rows) > 2:
            err(f"{cand}: {len(rows)} answers (max 2)")
        qs = [r["question_id"] for r in rows]
        if len(set(qs)) != len(qs):
            err(f"{cand}: two answers to the same question")
        if len({r["cohort"] for r in rows}) > 1:
            err(f"{cand}: answers from different styles")

    # ----------------------------------------------------------------- labels
    lab = defaultdict(dict)
    notes = defaultdict(dict)
    for r in labels:
        aid, item = r["answer_id"], r["item_id"]
        where = f"labels {aid}/{item}"
        if r["transcript_id"] or r["question_id"]:
            err(f"{where}: transcript_id and question_id must be empty")
        if r["rater"] != "reviewer_a":
            err(f"{where}: rater {r['rater']!r}")
        if aid not in by_id:
            err(f"{where}: unknown answer_id")
            continue
        if item not in RANGES:
            err(f"{where}: unknown item")
            continue
        if item in lab[aid]:
            err(f"{where}: duplicate label")
        try:
            v = int(r["value"])
        except ValueError:
            err(f"{where}: value {r['value']!r} not an integer")
            continue
        lo, hi = RANGES[item]
        if not lo <= v <= hi:
            err(f"{where}: value {v} outside {lo}-{hi}")
        if item in FLAGS and not r["note"].strip():
            err(f"{where}: flag without a note")
        lab[aid][item] = v
        notes[aid][item] = r["note"]
    for aid, a in by_id.items():
        if a["question_id"] not in QUESTIONS:
            continue
        want = set(items_for(a["question_id"]))
        have = set(lab.get(aid, {}))
        if have != want:
            err(f"{aid}: labels {sorted(have)} != required {sorted(want)}")
            continue
        if a["question_id"] == "model_choice":
            nmt, mt = lab[aid]["no_model_tradeoffs"], lab[aid]["model_tradeoffs"]
            if nmt != (1 if mt <= 1 else 0):
                err(f"{aid}: no_model_tradeoffs={nmt} but model_tradeoffs={mt}")

    # ------------------------------------------------- sources vs CSV + tags
    src_by_text = {}
    tag_counts = Counter()
    tag_by_q = defaultdict(Counter)
    for fname, i, style, e in sources:
        where = f"src/{fname}[{i}]"
        for key in ("question_id", "question", "answer", "labels"):
            if key not in e:
                err(f"{where}: missing key {key}")
        extra = set(e) - {"question_id", "question", "answer", "labels", "note", "tags"}
        if extra:
            err(f"{where}: unexpected keys {sorted(extra)}")
        if e.get("question_id") not in QUESTIONS:
            continue
        if set(e["labels"]) != set(items_for(e["question_id"])):
            err(f"{where}: label keys {sorted(e['labels'])} != required")
        src_by_text[e["answer"].strip()] = (where, style, e)
        for t in e.get("tags", []):
            m = re.fullmatch(r"(hn|pp)_(rf|jpe|nmt)", t)
            if not m:
                err(f"{where}: unknown tag {t!r}")
                continue
            flag = {v: k for k, v in FLAG_TAG.items()}[m.group(2)]
            if flag not in e["labels"]:
                err(f"{where}: tag {t} on a question without {flag}")
                continue
            expected = 0 if m.group(1) == "hn" else 1
            if e["labels"][flag] != expected:
                err(f"{where}: tag {t} but {flag}={e['labels'][flag]}")
            if not (e.get("note") or {}).get(flag):
                err(f"{where}: tag {t} needs a specific note for {flag}")
            tag_counts[t] += 1
            tag_by_q[t][e["question_id"]] += 1
    if len(src_by_text) != len(answers):
        err(f"src has {len(src_by_text)} entries, answers.csv has {len(answers)} (rebuild?)")
    for aid, a in by_id.items():
        hit = src_by_text.get(a["answer"].strip())
        if not hit:
            err(f"{aid}: answer text not found in src (rebuild?)")
            continue
        where, style, e = hit
        if style != a["cohort"] or e["question_id"] != a["question_id"] or e["question"] != a["question"]:
            err(f"{aid}: metadata differs from {where}")
        if {k: int(v) for k, v in lab.get(aid, {}).items()} != e["labels"]:
            err(f"{aid}: labels differ from {where}")

    # ---------------------------------------------------------------- counts
    print(f"answers: {len(answers)}   label rows: {len(labels)}   candidates: {len(per_cand)} "
          f"({sum(1 for r in per_cand.values() if len(r) == 2)} with 2 answers)")

    q_count = Counter(a["question_id"] for a in answers)
    s_count = Counter(a["cohort"] for a in answers)
    qs_count = Counter((a["question_id"], a["cohort"]) for a in answers)
    print("\nper question x style:")
    print(f"  {'question':24s} " + " ".join(f"{s:>9s}" for s in STYLES) + "    total")
    for q in QUESTIONS:
        print(f"  {q:24s} " + " ".join(f"{qs_count[(q, s)]:9d}" for s in STYLES) + f"  {q_count[q]:7d}")
    print(f"  {'total':24s} " + " ".join(f"{s_count[s]:9d}" for s in STYLES) + f"  {len(answers):7d}")

    phr = defaultdict(set)
    for a in answers:
        phr[a["question_id"]].add(a["question"])
    print("\nquestion phrasings: " + ", ".join(f"{q}={len(phr[q])}" for q in QUESTIONS))

    print("\nflags (positives / answers labelled), by question:")
    for f in FLAGS:
        pos = Counter()
        tot = Counter()
        for aid, a in by_id.items():
            if f in lab[aid]:
                tot[a["question_id"]] += 1
                pos[a["question_id"]] += lab[aid][f]
        parts = ", ".join(f"{q}={pos[q]}/{tot[q]}" for q in QUESTIONS if tot[q])
        print(f"  {f:24s} total={sum(pos.values())}/{sum(tot.values())}   {parts}")
        if sum(pos.values()) < MIN_FLAG_POS:
            err(f"{f}: only {sum(pos.values())} positives (need >= {MIN_FLAG_POS})")
        if f != "no_model_tradeoffs":
            missing = [q for q in QUESTIONS if pos[q] == 0]
            if missing:
                err(f"{f}: no positives on {missing}")
    print("\nflags positives by style:")
    for f in FLAGS:
        c = Counter(a["cohort"] for aid, a in by_id.items() if lab[aid].get(f) == 1)
        print(f"  {f:24s} " + ", ".join(f"{s}={c[s]}" for s in STYLES))

    print("\nhard negatives (hn) / paraphrase positives (pp), from src tags:")
    for f in FLAGS:
        t = FLAG_TAG[f]
        for kind, minimum in (("hn", MIN_HARD_NEG), ("pp", MIN_PARAPHRASE)):
            tag = f"{kind}_{t}"
            byq = ", ".join(f"{q}={tag_by_q[tag][q]}" for q in QUESTIONS if tag_by_q[tag][q])
            print(f"  {tag:7s} {tag_counts[tag]:3d}   {byq}")
            if tag_counts[tag] < minimum:
                err(f"{tag}: {tag_counts[tag]} (need >= {minimum})")

    print("\nlevels per item (value: count):")
    for item in ["role_understanding", "production_substance", "model_tradeoffs", "communication"]:
        c = Counter(lab[aid][item] for aid in by_id if item in lab[aid])
        lo, hi = RANGES[item]
        print(f"  {item:24s} " + "  ".join(f"{v}:{c[v]:3d}" for v in range(lo, hi + 1)))
        for v in range(lo, hi + 1):
            if c[v] == 0:
                err(f"{item}: level {v} never used")
    print("\nproduction_substance by question:")
    for q in ("shipped_system", "production_reliability"):
        c = Counter(lab[aid]["production_substance"] for aid, a in by_id.items()
                    if a["question_id"] == q and "production_substance" in lab[aid])
        print(f"  {q:24s} " + "  ".join(f"{v}:{c[v]:3d}" for v in range(4)))
    print("\ncommunication by style:")
    for s in STYLES:
        c = Counter(lab[aid]["communication"] for aid, a in by_id.items() if a["cohort"] == s)
        print(f"  {s:24s} " + "  ".join(f"{v}:{c[v]:3d}" for v in range(1, 4)))

    words = [len(a["answer"].split()) for a in answers]
    if words:
        print(f"\nanswer length (words): min={min(words)} median={statistics.median(words)} "
              f"max={max(words)}  terse(8-20)={sum(8 <= w <= 20 for w in words)}  "
              f"long(200+)={sum(w >= 200 for w in words)}  <8={sum(w < 8 for w in words)}")
        if min(words) < 8:
            err("some answers shorter than 8 words")

    openings = Counter(" ".join(norm(a["answer"]).split()[:3]) for a in answers)
    common = [(o, c) for o, c in openings.most_common(5) if c > 2]
    print("most repeated 3-word openings: " + (", ".join(f"{o!r}x{c}" for o, c in common) or "none > 2"))

    # ----------------------------------------------------------- balance
    if len(answers) != TARGET_TOTAL:
        err(f"{len(answers)} answers (target {TARGET_TOTAL})")
    for q, t in TARGET_PER_QUESTION.items():
        if abs(q_count[q] - t) > 0.15 * t:
            err(f"{q}: {q_count[q]} answers, too far from ~{t}")
    for s in STYLES:
        if not 0.28 <= s_count[s] / max(len(answers), 1) <= 0.39:
            err(f"style {s}: {s_count[s]} answers, not roughly a third")
    for q in QUESTIONS:
        if len(phr[q]) < MIN_PHRASINGS:
            err(f"{q}: only {len(phr[q])} phrasings (need >= {MIN_PHRASINGS})")

    print()
    if errors:
        for e in errors[:60]:
            print("ERROR:", e)
        if len(errors) > 60:
            print(f"... and {len(errors) - 60} more")
        print(f"FAILED: {len(errors)} error(s)")
        sys.exit(1)
    print("OK: all checks passed")


if __name__ == "__main__":
    main()
