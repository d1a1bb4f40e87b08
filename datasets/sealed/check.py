"""Validate the sealed test set (answers.csv + labels.csv) and print its counts.
Usage: python check.py   (exit code 1 on any error)"""
import csv, os, re, sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
A_COLS = ["answer_id", "candidate_id", "question_id", "question", "answer", "submitted_at", "cohort"]
L_COLS = ["transcript_id", "question_id", "answer_id", "item_id", "rater", "value", "note"]
QIDS = ["role_definition", "shipped_system", "model_choice", "production_reliability"]
COHORTS = ["nonnative", "spoken", "terse", "academic", "sarcastic", "paraphrase", "rejects_flag", "plain"]
CRIT = {"role_definition": "role_understanding", "shipped_system": "production_substance",
        "production_reliability": "production_substance", "model_choice": "model_tradeoffs"}
CANONICAL = {
    "What does an AI engineer do, and how is the role different from a data scientist or an ML engineer?",
    "Tell me about an AI system you built and shipped to production.",
    "How would you choose between GPT-4o, Claude and a small open-source model for a product feature?",
    "How do you evaluate and monitor an LLM application once it is in production?",
}
RANGE = {"role_understanding": (0, 3), "production_substance": (0, 3), "model_tradeoffs": (0, 3),
         "communication": (1, 3), "researcher_framing": (0, 1), "just_prompt_engineering": (0, 1),
         "no_model_tradeoffs": (0, 1)}
TARGETS = {"answers": 160, "researcher_framing": 30, "just_prompt_engineering": 30, "no_model_tradeoffs": 25}

errors = []
def err(msg): errors.append(msg)

with open(os.path.join(HERE, "answers.csv"), newline="", encoding="utf-8") as fh:
    r = csv.DictReader(fh); a_cols = r.fieldnames; answers = list(r)
with open(os.path.join(HERE, "labels.csv"), newline="", encoding="utf-8") as fh:
    r = csv.DictReader(fh); l_cols = r.fieldnames; labels = list(r)
if a_cols != A_COLS: err(f"answers.csv columns {a_cols}")
if l_cols != L_COLS: err(f"labels.csv columns {l_cols}")

ids = Counter(a["answer_id"] for a in answers)
for i, c in ids.items():
    if c > 1: err(f"duplicate answer_id {i}")
byid = {a["answer_id"]: a for a in answers}
per_cand = Counter(a["candidate_id"] for a in answers)
for a in answers:
    if not re.fullmatch(r"s-\d{3}", a["answer_id"]): err(f"bad answer_id {a['answer_id']}")
    if not re.fullmatch(r"cand-s\d{3}", a["candidate_id"]): err(f"bad candidate_id {a['candidate_id']}")
    if a["question_id"] not in QIDS: err(f"{a['answer_id']}: question_id {a['question_id']!r}")
    if a["question"].strip() in CANONICAL: err(f"{a['answer_id']}: canonical question text")
    if not a["answer"].strip(): err(f"{a['answer_id']}: empty answer")
    if a["cohort"] not in COHORTS: err(f"{a['answer_id']}: cohort {a['cohort']!r}")
    if not re.fullmatch(r"2026-\d\d-\d\dT\d\d:\d\d:\d\dZ", a["submitted_at"]): err(f"{a['answer_id']}: date {a['submitted_at']}")
for c, k in per_cand.items():
    if k > 2: err(f"{c} has {k} answers")

lab = defaultdict(dict)
for l in labels:
    if l["transcript_id"]: err(f"transcript_id set: {l}")
    if l["rater"] != "sealed_a": err(f"rater {l['rater']}")
    aid = l["answer_id"]
    if aid not in byid: err(f"label for unknown answer {aid}"); continue
    it = l["item_id"]
    if it in lab[aid]: err(f"duplicate label {aid} {it}")
    if it not in RANGE: err(f"unknown item {it}"); continue
    try: v = int(l["value"])
    except ValueError: err(f"{aid} {it}: value {l['value']!r}"); continue
    lo, hi = RANGE[it]
    if not lo <= v <= hi: err(f"{aid} {it}: value {v} out of range")
    lab[aid][it] = v

for a in answers:
    q = a["question_id"]
    need = {CRIT[q], "communication", "researcher_framing", "just_prompt_engineering"}
    if q == "model_choice": need.add("no_model_tradeoffs")
    have = set(lab[a["answer_id"]])
    if have != need: err(f"{a['answer_id']} ({q}): labels {sorted(have)} != {sorted(need)}")
    if q == "model_choice" and need <= have:
        # consistency: no_model_tradeoffs = 1 iff fewer than two dimensions weighed (level <= 1)
        if (lab[a["answer_id"]]["model_tradeoffs"] <= 1) != (lab[a["answer_id"]]["no_model_tradeoffs"] == 1):
            err(f"{a['answer_id']}: model_tradeoffs/no_model_tradeoffs inconsistent")

words = sorted(len(a["answer"].split()) for a in answers)
flag_pos = {f: sum(lab[a["answer_id"]].get(f, 0) for a in answers) for f in ("researcher_framing", "just_prompt_engineering", "no_model_tradeoffs")}

print(f"answers: {len(answers)}  candidates: {len(per_cand)}  label rows: {len(labels)}")
print("per question:", dict(Counter(a["question_id"] for a in answers)))
print("per cohort:  ", {c: n for c, n in Counter(a["cohort"] for a in answers).most_common()})
print("cohort x question:")
for c in COHORTS:
    cc = Counter(a["question_id"] for a in answers if a["cohort"] == c)
    print(f"  {c:13s}", "  ".join(f"{q[:14]}={cc[q]}" for q in QIDS))
print("flag positives:", flag_pos, f"(no_model_tradeoffs out of {sum(1 for a in answers if a['question_id']=='model_choice')} model_choice)")
print("flag positives per cohort (rf/jpe/nmt):")
for c in COHORTS:
    ids_c = [a["answer_id"] for a in answers if a["cohort"] == c]
    print(f"  {c:13s}", "/".join(str(sum(lab[i].get(f, 0) for i in ids_c)) for f in ("researcher_framing", "just_prompt_engineering", "no_model_tradeoffs")))
for it in ("role_understanding", "production_substance", "model_tradeoffs", "communication"):
    d = Counter(lab[a["answer_id"]][it] for a in answers if it in lab[a["answer_id"]])
    print(f"{it} levels:", dict(sorted(d.items())))
anyflag = sum(1 for a in answers if any(lab[a['answer_id']].get(f) for f in flag_pos))
print(f"answers with >=1 flag raised: {anyflag}")
print(f"answer length (words): min {words[0]}, median {words[len(words)//2]}, max {words[-1]}; "
      f"40-150 words: {sum(40 <= w <= 150 for w in words)}")

if len(answers) < TARGETS["answers"]: err(f"only {len(answers)} answers")
for f in ("researcher_framing", "just_prompt_engineering", "no_model_tradeoffs"):
    if flag_pos[f] < TARGETS[f]: err(f"{f}: {flag_pos[f]} positives < {TARGETS[f]}")
if errors:
    print(f"\n{len(errors)} ERRORS:"); [print("  ", e) for e in errors[:50]]; sys.exit(1)
print("\nOK: all checks passed")
