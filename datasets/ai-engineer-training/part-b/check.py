#!/usr/bin/env python3
"""Validate part-b answers.csv + labels.csv against LABELLING.md and the part brief.

Prints counts per question / style / flag / level and exits 1 on any error.
Hard negatives and paraphrase positives are recognised from the label note
prefixes "hard negative:" and "paraphrase:".
"""
import collections
import csv
import datetime as dt
import pathlib
import re
import statistics
import sys

HERE = pathlib.Path(__file__).resolve().parent
GUIDE = HERE.parents[1] / "ai-engineer-interviews" / "LABELLING.md"

ANSWER_COLS = ["answer_id", "candidate_id", "question_id", "question", "answer", "submitted_at", "cohort"]
LABEL_COLS = ["transcript_id", "question_id", "answer_id", "item_id", "rater", "value", "note"]
QUESTIONS = ["role_definition", "shipped_system", "model_choice", "production_reliability"]
CRITERION = {
    "role_definition": "role_understanding",
    "shipped_system": "production_substance",
    "model_choice": "model_tradeoffs",
    "production_reliability": "production_substance",
}
FLAGS = ["researcher_framing", "just_prompt_engineering", "no_model_tradeoffs"]
RANGES = {"role_understanding": (0, 3), "production_substance": (0, 3), "model_tradeoffs": (0, 3),
          "communication": (1, 3), "researcher_framing": (0, 1), "just_prompt_engineering": (0, 1),
          "no_model_tradeoffs": (0, 1)}
STYLES = {"spoken", "terse"}
TARGET_Q = {"role_definition": 50, "shipped_system": 40, "model_choice": 65, "production_reliability": 45}
# Words a "paraphrase" positive must avoid (the obvious surface form of the stance).
OBVIOUS = {
    "researcher_framing": ["research", "scratch", "paper", "publish", "transformer", "architecture"],
    "just_prompt_engineering": ["prompt"],
    "no_model_tradeoffs": ["best", "newest", "latest", "all the same", "doesn't matter", "just use"],
}

errors, warnings = [], []


def err(msg):
    errors.append(msg)


def required_items(qid):
    items = {CRITERION[qid], "communication", "researcher_framing", "just_prompt_engineering"}
    if qid == "model_choice":
        items.add("no_model_tradeoffs")
    return items


def read(name, cols):
    with open(HERE / name, newline="", encoding="utf-8") as fh:
        r = csv.DictReader(fh)
        if r.fieldnames != cols:
            err(f"{name}: columns {r.fieldnames} != {cols}")
        return list(r)


def canonical_questions():
    if not GUIDE.exists():
        warnings.append("LABELLING.md not found; canonical-wording check skipped")
        return {}
    out = {}
    for m in re.finditer(r'- `(\w+)`: "([^"]+)"', GUIDE.read_text(encoding="utf-8")):
        out[m.group(1)] = m.group(2)
    return out


def words(text):
    return len(text.split())


def main():
    answers = read("answers.csv", ANSWER_COLS)
    labels = read("labels.csv", LABEL_COLS)
    canon = canonical_questions()

    # ---- answers ----
    by_id = {}
    per_cand = collections.defaultdict(list)
    seen_text = {}
    for i, a in enumerate(answers, 1):
        aid = a["answer_id"]
        if aid in by_id:
            err(f"duplicate answer_id {aid}")
        by_id[aid] = a
        if aid != f"trb-{i:03d}":
            err(f"answer_id {aid} out of sequence (expected trb-{i:03d})")
        if not re.fullmatch(r"cand-trb\d{3}", a["candidate_id"]):
            err(f"{aid}: bad candidate_id {a['candidate_id']}")
        per_cand[a["candidate_id"]].append(a)
        if a["question_id"] not in QUESTIONS:
            err(f"{aid}: unknown question_id {a['question_id']}")
        if a["cohort"] not in STYLES:
            err(f"{aid}: cohort {a['cohort']!r} not in {sorted(STYLES)}")
        if not re.fullmatch(r"2026-\d\d-\d\dT\d\d:\d\d:\d\dZ", a["submitted_at"]):
            err(f"{aid}: submitted_at {a['submitted_at']!r} not 2026-MM-DDTHH:MM:SSZ")
        else:
            try:
                dt.datetime.strptime(a["submitted_at"], "%Y-%m-%dT%H:%M:%SZ")
            except ValueError:
                err(f"{aid}: invalid date {a['submitted_at']}")
        if not a["answer"].strip() or not a["question"].strip():
            err(f"{aid}: empty question or answer")
        if canon.get(a["question_id"], "").strip().lower() == a["question"].strip().lower():
            err(f"{aid}: uses the canonical question wording")
        key = " ".join(a["answer"].lower().split())
        if key in seen_text:
            err(f"{aid}: duplicate answer text of {seen_text[key]}")
        seen_text[key] = aid
    for cid, rows in per_cand.items():
        if len(rows) > 2:
            err(f"{cid}: {len(rows)} answers (max 2)")
        qs = [r["question_id"] for r in rows]
        if len(set(qs)) != len(qs):
            err(f"{cid}: repeats a question")
        if len({r['cohort'] for r in rows}) > 1:
            warnings.append(f"{cid}: answers in two styles")

    # ---- labels ----
    lab = collections.defaultdict(dict)
    notes = collections.defaultdict(dict)
    for row in labels:
        aid, item = row["answer_id"], row["item_id"]
        if row["transcript_id"] or row["question_id"]:
            err(f"{aid}/{item}: transcript_id and question_id must be empty")
        if row["rater"] != "reviewer_a":
            err(f"{aid}/{item}: rater {row['rater']!r}")
        if aid not in by_id:
            err(f"label for unknown answer {aid}")
            continue
        if item in lab[aid]:
            err(f"{aid}/{item}: duplicate label")
        if item not in RANGES:
            err(f"{aid}: unknown item {item}")
            continue
        try:
            v = int(row["value"])
        except ValueError:
            err(f"{aid}/{item}: non-integer value {row['value']!r}")
            continue
        lo, hi = RANGES[item]
        if not lo <= v <= hi:
            err(f"{aid}/{item}: value {v} outside {lo}-{hi}")
        lab[aid][item] = v
        notes[aid][item] = row["note"]
        if item in FLAGS and not row["note"].strip():
            err(f"{aid}/{item}: flag without a note")

    for aid, a in by_id.items():
        need = required_items(a["question_id"])
        have = set(lab.get(aid, {}))
        if have != need:
            err(f"{aid}: labels {sorted(have)} != required {sorted(need)}")
            continue
        if a["question_id"] == "model_choice":
            if (lab[aid]["no_model_tradeoffs"] == 1) != (lab[aid]["model_tradeoffs"] <= 1):
                err(f"{aid}: no_model_tradeoffs={lab[aid]['no_model_tradeoffs']} inconsistent with "
                    f"model_tradeoffs={lab[aid]['model_tradeoffs']}")
        for flag in FLAGS:
            if flag not in lab[aid]:
                continue
            n = notes[aid][flag].lower()
            if n.startswith("hard negative") and lab[aid][flag] != 0:
                err(f"{aid}/{flag}: tagged hard negative but value 1")
            if n.startswith("paraphrase"):
                if lab[aid][flag] != 1:
                    err(f"{aid}/{flag}: tagged paraphrase but value 0")
                hits = [w for w in OBVIOUS[flag] if w in a["answer"].lower()]
                if hits:
                    err(f"{aid}/{flag}: paraphrase positive uses obvious wording {hits}")

    # ---- counts ----
    qc = collections.Counter(a["question_id"] for a in by_id.values())
    sc = collections.Counter(a["cohort"] for a in by_id.values())
    qsc = collections.Counter((a["question_id"], a["cohort"]) for a in by_id.values())
    print(f"answers: {len(by_id)}   label rows: {len(labels)}   candidates: {len(per_cand)} "
          f"({sum(1 for r in per_cand.values() if len(r) == 2)} with two answers)")
    print("\nper question (spoken / terse):")
    for q in QUESTIONS:
        print(f"  {q:24s} {qc[q]:4d}   ({qsc[(q, 'spoken')]} / {qsc[(q, 'terse')]})   target ~{TARGET_Q[q]}")
    print("\nper style:")
    for s in sorted(STYLES):
        print(f"  {s:8s} {sc[s]:4d}  ({100 * sc[s] / max(1, len(by_id)):.0f}%)")

    print("\nflags: positives / hard negatives / paraphrase positives, and positives per question")
    flag_stats = {}
    for flag in FLAGS:
        pos = [aid for aid in by_id if lab[aid].get(flag) == 1]
        hn = [aid for aid in by_id if flag in lab[aid] and notes[aid][flag].lower().startswith("hard negative")]
        pp = [aid for aid in by_id if flag in lab[aid] and notes[aid][flag].lower().startswith("paraphrase")]
        perq = collections.Counter(by_id[aid]["question_id"] for aid in pos)
        hnq = collections.Counter(by_id[aid]["question_id"] for aid in hn)
        ppq = collections.Counter(by_id[aid]["question_id"] for aid in pp)
        perstyle = collections.Counter(by_id[aid]["cohort"] for aid in pos)
        flag_stats[flag] = (pos, hn, pp, perq)
        print(f"  {flag:24s} pos={len(pos):3d}  hard_neg={len(hn):3d}  paraphrase={len(pp):3d}   "
              f"by style {dict(sorted(perstyle.items()))}")
        for q in QUESTIONS:
            if flag == "no_model_tradeoffs" and q != "model_choice":
                continue
            print(f"      {q:24s} pos={perq[q]:3d}  hard_neg={hnq[q]:3d}  paraphrase={ppq[q]:3d}")

    print("\ncriterion levels per question:")
    for q in QUESTIONS:
        c = collections.Counter(lab[aid].get(CRITERION[q]) for aid, a in by_id.items() if a["question_id"] == q)
        print(f"  {q:24s} {CRITERION[q]:22s} " + "  ".join(f"{k}:{c[k]}" for k in range(4)))
    cc = collections.Counter(lab[aid]["communication"] for aid in by_id if "communication" in lab[aid])
    print("communication levels:    " + "  ".join(f"{k}:{cc[k]}" for k in (1, 2, 3)))
    for s in sorted(STYLES):
        c = collections.Counter(lab[aid].get("communication") for aid, a in by_id.items() if a["cohort"] == s)
        print(f"  {s:8s}               " + "  ".join(f"{k}:{c[k]}" for k in (1, 2, 3)))

    lens = [words(a["answer"]) for a in by_id.values()]
    print(f"\nlength (words): min={min(lens)} median={statistics.median(lens)} max={max(lens)}  "
          f"<=20: {sum(l <= 20 for l in lens)}  21-99: {sum(20 < l < 100 for l in lens)}  "
          f"100-199: {sum(100 <= l < 200 for l in lens)}  200+: {sum(l >= 200 for l in lens)}")
    for s in sorted(STYLES):
        ls = [words(a["answer"]) for a in by_id.values() if a["cohort"] == s]
        print(f"  {s:8s} min={min(ls)} median={statistics.median(ls)} max={max(ls)}")

    print("\ndistinct question phrasings:")
    for q in QUESTIONS:
        ph = collections.Counter(a["question"] for a in by_id.values() if a["question_id"] == q)
        print(f"  {q:24s} {len(ph)} phrasings (uses per phrasing {sorted(ph.values())})")
        if len(ph) < 6:
            err(f"{q}: only {len(ph)} question phrasings (need 6+)")

    # Shared 8-word sequences between different answers (template smell).
    shingles = collections.defaultdict(set)
    for aid, a in by_id.items():
        toks = re.findall(r"[a-z0-9']+", a["answer"].lower())
        for i in range(len(toks) - 7):
            shingles[" ".join(toks[i:i + 8])].add(aid)
    shared = {k: v for k, v in shingles.items() if len(v) > 1}
    print(f"\n8-word sequences shared between answers: {len(shared)}")
    for k, v in list(shared.items())[:5]:
        print(f"  {sorted(v)}: {k!r}")
    if len(shared) > 10:
        err(f"{len(shared)} shared 8-word sequences: looks templated")

    # ---- targets from the brief ----
    if len(by_id) != 200:
        err(f"expected 200 answers, got {len(by_id)}")
    for flag in FLAGS:
        pos, hn, pp, perq = flag_stats[flag]
        if len(pos) < 40:
            err(f"{flag}: {len(pos)} positives (< 40)")
        if len(hn) < 30:
            err(f"{flag}: {len(hn)} hard negatives (< 30)")
        if len(pp) < 15:
            err(f"{flag}: {len(pp)} paraphrase positives (< 15)")
        if flag != "no_model_tradeoffs":
            missing = [q for q in QUESTIONS if perq[q] == 0]
            if missing:
                err(f"{flag}: no positives on {missing}")
    for q in QUESTIONS:
        levels = {lab[aid].get(CRITERION[q]) for aid, a in by_id.items() if a["question_id"] == q} - {None}
        if not {0, 3} <= levels:
            err(f"{q}: criterion levels {sorted(levels)} lack 0 or 3")
    if set(cc) != {1, 2, 3}:
        err(f"communication levels {sorted(cc)} do not cover 1-3")
    share = sc["spoken"] / max(1, len(by_id))
    if not 0.5 <= share <= 0.7:
        err(f"spoken share {share:.0%} not roughly 60%")
    med = statistics.median(lens)
    if not 50 <= med <= 70:
        err(f"median length {med} not around 60 words")
    if sum(l >= 200 for l in lens) == 0 or sum(8 <= l <= 20 for l in lens) == 0:
        err("lengths do not span terse (8-20) to long (200+)")

    for w in warnings:
        print("WARNING:", w)
    if errors:
        print(f"\n{len(errors)} ERROR(S):")
        for e in errors:
            print("  -", e)
        sys.exit(1)
    print("\nOK: all checks passed")


if __name__ == "__main__":
    main()
