"""Assemble the sealed set from the per-style entry files.
Run: python3 build.py   (writes ../answers.csv and ../labels.csv)"""
import csv, random, datetime, importlib, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
STYLES = ["nonnative", "spoken", "terse", "academic", "sarcastic", "paraphrase", "rejects_flag", "plain"]
QORDER = ["role_definition", "shipped_system", "model_choice", "production_reliability"]
CRIT = {"role_definition": "role_understanding", "shipped_system": "production_substance",
        "production_reliability": "production_substance", "model_choice": "model_tradeoffs"}
CANONICAL = {
    "role_definition": "What does an AI engineer do, and how is the role different from a data scientist or an ML engineer?",
    "shipped_system": "Tell me about an AI system you built and shipped to production.",
    "model_choice": "How would you choose between GPT-4o, Claude and a small open-source model for a product feature?",
    "production_reliability": "How do you evaluate and monitor an LLM application once it is in production?",
}
QPOOL = {
    "role_definition": [
        "In your own words, what is an AI engineer, and where does that job stop and data science or ML engineering begin?",
        "How would you describe the AI engineer role compared with a data scientist or an ML engineer?",
        "What does the work of an AI engineer look like, and what separates it from DS and MLE roles?",
        "Could you explain what AI engineers actually do day to day, versus data scientists and ML engineers?",
        "What's an AI engineer, in your view? How is it not just data science or ML engineering?",
        "Define the AI engineer job for us and contrast it with neighbouring roles (data scientist, ML engineer).",
        "AI engineer vs. data scientist vs. ML engineer: what's the difference?",
        "How do you understand the AI engineering role, and how does it differ from DS or MLE?",
    ],
    "shipped_system": [
        "Walk us through an AI-powered system you built that made it to production.",
        "Describe an AI product or feature you shipped to real users.",
        "Can you tell me about something with an LLM or other model in it that you put into production?",
        "Give an example of an AI system you delivered end to end and that is running in production.",
        "What's an AI project of yours that actually shipped? Tell us about it.",
        "Tell us about a production AI system you were responsible for building.",
        "Describe one AI system you took all the way to production.",
        "What AI system have you launched? Walk me through it.",
    ],
    "model_choice": [
        "For a new product feature, how do you decide whether to use GPT-4o, Claude, or a small open-weights model?",
        "Say you have to pick between GPT-4o, Claude and a small open-source model for a feature. How do you decide?",
        "How do you go about choosing a model (GPT-4o vs Claude vs a small open model) for something you're shipping?",
        "Which model would you pick for a product feature: GPT-4o, Claude, or a small open-source one? How would you choose?",
        "What's your process for picking between hosted frontier models like GPT-4o or Claude and a small self-hostable model?",
        "If a PM asks whether a feature should run on GPT-4o, Claude or a small open model, how do you answer?",
        "GPT-4o, Claude, or a small open model for a new feature: how do you choose?",
        "How do you select the model for a product feature when the options are GPT-4o, Claude and a small open-source LLM?",
    ],
    "production_reliability": [
        "Once an LLM app is live, how do you evaluate it and keep an eye on it?",
        "How do you measure quality and monitor an LLM-based application after launch?",
        "What do you do to evaluate and monitor LLM features running in production?",
        "After an LLM application ships, how do you know it's still working well?",
        "Talk about evaluation and monitoring for LLM apps in production: what's your approach?",
        "How would you keep tabs on an LLM application in production, and how do you evaluate it?",
        "What does evaluation and monitoring look like for your LLM applications after they go live?",
        "How do you check that a production LLM app keeps performing, and what do you monitor?",
    ],
}
for q, pool in QPOOL.items():
    assert all(p.strip().lower() != CANONICAL[q].lower() for p in pool)

rng = random.Random(20260417)
cands = []  # (style, key, [entries])
for st in STYLES:
    mod = importlib.import_module(st)
    assert mod.STYLE == st
    groups = {}
    for ent in mod.E:
        groups.setdefault(ent["cand"], []).append(ent)
    for k, ents in groups.items():
        assert len(ents) <= 2, (st, k)
        assert len({x["qid"] for x in ents}) == len(ents), (st, k)
        ents.sort(key=lambda x: QORDER.index(x["qid"]))
        cands.append((st, k, ents))
rng.shuffle(cands)

ans_rows, lab_rows = [], []
n = 0
for ci, (st, k, ents) in enumerate(cands, 1):
    cid = f"cand-s{ci:03d}"
    start = datetime.datetime(2026, 1, 5) + datetime.timedelta(
        days=rng.randrange(0, 320), hours=rng.randrange(8, 21), minutes=rng.randrange(60), seconds=rng.randrange(60))
    t = start
    for ent in ents:
        n += 1
        aid = f"s-{n:03d}"
        q = ent["qid"]
        ans_rows.append(dict(answer_id=aid, candidate_id=cid, question_id=q, question=rng.choice(QPOOL[q]),
                             answer=ent["text"], submitted_at=t.strftime("%Y-%m-%dT%H:%M:%SZ"), cohort=st))
        t += datetime.timedelta(minutes=rng.randrange(6, 26), seconds=rng.randrange(60))
        f = ent["f"]
        items = [(CRIT[q], ent["crit"], ent["n"]),
                 ("communication", ent["comm"], f.get("communication", "")),
                 ("researcher_framing", ent["rf"], f.get("researcher_framing",
                     "frames own work/role as research or training from scratch" if ent["rf"] else "no research/from-scratch framing")),
                 ("just_prompt_engineering", ent["jpe"], f.get("just_prompt_engineering",
                     "work described as essentially writing prompts" if ent["jpe"] else "work not reduced to prompting"))]
        if q == "model_choice":
            assert ent["nmt"] in (0, 1)
            items.append(("no_model_tradeoffs", ent["nmt"], f.get("no_model_tradeoffs",
                "does not weigh options on two or more dimensions" if ent["nmt"] else "weighs the options on two or more dimensions")))
        else:
            assert ent["nmt"] is None
        for item, val, note in items:
            # bundled convention for written answers: transcript_id and question_id empty, answer_id set
            lab_rows.append(dict(transcript_id="", question_id="", answer_id=aid, item_id=item,
                                 rater="sealed_a", value=val, note=note))

with open(os.path.join(OUT, "answers.csv"), "w", newline="", encoding="utf-8") as fh:
    w = csv.DictWriter(fh, fieldnames=["answer_id", "candidate_id", "question_id", "question", "answer", "submitted_at", "cohort"])
    w.writeheader(); w.writerows(ans_rows)
with open(os.path.join(OUT, "labels.csv"), "w", newline="", encoding="utf-8") as fh:
    w = csv.DictWriter(fh, fieldnames=["transcript_id", "question_id", "answer_id", "item_id", "rater", "value", "note"])
    w.writeheader(); w.writerows(lab_rows)
print(f"{len(ans_rows)} answers, {len(cands)} candidates, {len(lab_rows)} label rows")
