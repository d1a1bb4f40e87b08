"""Part b, style `terse`: production_reliability answers (one or two short sentences, fragments)."""
from _questions import PR

ENTRIES = [
    dict(question_id="production_reliability", question=PR[4],
         answer="Prompts are one small part. Eval set in CI, LLM judge + weekly human sample, cost/latency dashboards with alerts, PII and moderation filters, retries and a fallback model.",
         labels=dict(production_substance=3, communication=2, researcher_framing=0, just_prompt_engineering=0),
         note=dict(just_prompt_engineering="hard negative: 'prompts are one small part'")),

    dict(question_id="production_reliability", question=PR[1],
         answer="Keep refining the prompt based on user complaints. Prompt engineering never stops.",
         labels=dict(production_substance=0, communication=1, researcher_framing=0, just_prompt_engineering=1),
         note=dict(just_prompt_engineering="only answer is refining the prompt")),

    dict(question_id="production_reliability", question=PR[6],
         answer="Benchmark accuracy on a held-out test set; retrain from scratch when it drops. Standard research practice.",
         labels=dict(production_substance=1, communication=1, researcher_framing=1, just_prompt_engineering=0),
         note=dict(production_substance="offline test set in passing",
                   researcher_framing="research practice, retrain from scratch")),

    dict(question_id="production_reliability", question=PR[3],
         answer="Not by prompt tweaking. Golden set of 200 queries before each release; token cost and latency per request in Datadog.",
         labels=dict(production_substance=2, communication=3, researcher_framing=0, just_prompt_engineering=0),
         note=dict(production_substance="release eval + cost/latency monitoring",
                   just_prompt_engineering="hard negative: 'not by prompt tweaking'")),

    dict(question_id="production_reliability", question=PR[0],
         answer="Reword the instructions whenever outputs look off. Add examples of good answers.",
         labels=dict(production_substance=0, communication=1, researcher_framing=0, just_prompt_engineering=1),
         note=dict(just_prompt_engineering="paraphrase: only rewording instructions and adding examples")),

    dict(question_id="production_reliability", question=PR[7],
         answer="It's not a research benchmark exercise. Replay real traffic nightly against an eval set and alert on cost spikes.",
         labels=dict(production_substance=2, communication=2, researcher_framing=0, just_prompt_engineering=0),
         note=dict(production_substance="nightly eval + cost alerts",
                   researcher_framing="hard negative: 'not a research benchmark exercise'")),

    dict(question_id="production_reliability", question=PR[2],
         answer="We check the logs and user feedback, mostly. Nothing formal yet.",
         labels=dict(production_substance=1, communication=1, researcher_framing=0, just_prompt_engineering=0),
         note=dict(production_substance="logs and feedback, in passing")),

    dict(question_id="production_reliability", question=PR[5],
         answer="Track perplexity and leaderboard rank per checkpoint; schedule a fresh pretraining run quarterly.",
         labels=dict(production_substance=0, communication=1, researcher_framing=1, just_prompt_engineering=0),
         note=dict(production_substance="model-level metrics only",
                   researcher_framing="paraphrase: perplexity, leaderboard rank, quarterly pretraining")),

    dict(question_id="production_reliability", question=PR[1],
         answer="No retraining needed, it's prompt engineering all the way. Fix the prompt when it misbehaves.",
         labels=dict(production_substance=0, communication=1, researcher_framing=0, just_prompt_engineering=1),
         note=dict(researcher_framing="hard negative: retraining mentioned only to deny it",
                   just_prompt_engineering="'prompt engineering all the way'")),

    dict(question_id="production_reliability", question=PR[6],
         answer="Prompts are the small part. 300-case regression suite per PR; Langfuse traces (cost, p95); PII redaction; schema validation + retry + human queue; 30 convos reviewed weekly.",
         labels=dict(production_substance=3, communication=3, researcher_framing=0, just_prompt_engineering=0),
         note=dict(just_prompt_engineering="hard negative: 'prompts are the small part'")),

    dict(question_id="production_reliability", question=PR[4],
         answer="I'd treat it like research: publish an analysis of failure modes and train a better model.",
         labels=dict(production_substance=0, communication=1, researcher_framing=1, just_prompt_engineering=0),
         note=dict(researcher_framing="treats it as research: publish and train a better model")),

    dict(question_id="production_reliability", question=PR[3],
         answer="Prompt versioning is only hygiene. Real signals: thumbs-down rate and retrieval hit rate on a labelled set.",
         labels=dict(production_substance=2, communication=2, researcher_framing=0, just_prompt_engineering=0),
         note=dict(production_substance="user-feedback monitoring + retrieval eval",
                   just_prompt_engineering="hard negative: prompt versioning 'only hygiene'")),

    dict(question_id="production_reliability", question=PR[0],
         answer="Mostly I adjust the persona and examples I give the model when quality dips.",
         labels=dict(production_substance=0, communication=1, researcher_framing=0, just_prompt_engineering=1),
         note=dict(just_prompt_engineering="paraphrase: adjusts persona and examples")),

    dict(question_id="production_reliability", question=PR[7],
         answer="Weekly check that our in-house checkpoint still beats the baseline on our benchmark suite.",
         labels=dict(production_substance=0, communication=1, researcher_framing=1, just_prompt_engineering=0),
         note=dict(production_substance="model-level benchmark only",
                   researcher_framing="paraphrase: success = own checkpoint beating a benchmark baseline")),

    dict(question_id="production_reliability", question=PR[5],
         answer="Nothing to retrain, it's a hosted API. We watch latency and that's it.",
         labels=dict(production_substance=1, communication=1, researcher_framing=0, just_prompt_engineering=0),
         note=dict(production_substance="latency only",
                   researcher_framing="hard negative: 'nothing to retrain'")),

    dict(question_id="production_reliability", question=PR[2],
         answer="Prompt engineering mainly; plus an error alert if the API fails.",
         labels=dict(production_substance=1, communication=1, researcher_framing=0, just_prompt_engineering=1),
         note=dict(production_substance="error alert in passing",
                   just_prompt_engineering="'prompt engineering mainly'")),

    dict(question_id="production_reliability", question=PR[1],
         answer="Beyond prompt edits: an LLM judge scoring faithfulness daily and a fallback model on timeouts.",
         labels=dict(production_substance=2, communication=2, researcher_framing=0, just_prompt_engineering=0),
         note=dict(production_substance="LLM-judge eval + timeout fallback",
                   just_prompt_engineering="hard negative: 'beyond prompt edits'")),
]
