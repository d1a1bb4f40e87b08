# Part a, style "plain": production_reliability answers.

STYLE = "plain"

Q = [
    "Once an LLM feature is live, how do you evaluate it and keep an eye on it?",
    "How do you know an LLM application is still working well after it's deployed?",
    "What's your approach to evaluation and monitoring for an LLM app running in production?",
    "After launch, how do you measure and monitor the quality of an LLM-based application?",
    "How would you set up evaluation and monitoring for an LLM product that's already serving users?",
    "Tell me how you test and monitor an LLM system once it's in production.",
    "What do you put in place to evaluate and watch over an LLM application after it ships?",
]

ENTRIES = [
    {
        "question_id": "production_reliability",
        "question": Q[2],
        "answer": """I split it into offline evaluation, online monitoring, and a feedback loop.

Offline: a regression suite of about 300 real user queries with reference answers, tagged by category. Every change to prompts, retrieval settings or model version runs against it in CI, scored by an LLM judge that we calibrated against human labels — it agrees with our reviewers about 85% of the time. A drop of more than two points in any category blocks the deploy.

Online: every request logs the model, prompt version, token counts, cost, latency, and the retrieved document IDs. We alert on p95 latency over 6 seconds, on error and timeout rates, and on daily spend. We also sample 1% of traffic for the LLM judge, so we can see faithfulness trends in production, not only in CI.

Safety: input is checked for prompt-injection patterns and PII before it reaches the model; output goes through a moderation filter and a JSON schema check, with one retry and then a graceful fallback message.

Feedback: thumbs up/down plus a free-text box. Every week someone on the team reads 50 of the thumbs-down conversations, and the interesting ones become new regression cases.

Tuning the prompt is maybe a tenth of this. The first time an embedding model update quietly dropped our retrieval recall, it was the regression suite that caught it, not a user.""",
        "labels": {"production_substance": 3, "communication": 3, "researcher_framing": 0, "just_prompt_engineering": 0},
        "note": {"production_substance": "eval suite, judge calibration, cost/latency alerts, safety, fallbacks, human review", "just_prompt_engineering": "hard negative: prompt tuning a tenth of the work"},
    },
    {
        "question_id": "production_reliability",
        "question": Q[0],
        "answer": """Mostly I watch the outputs, and when something looks off I go back and adjust the prompt. Prompt engineering is 90% of keeping these things working.""",
        "labels": {"production_substance": 0, "communication": 1, "researcher_framing": 0, "just_prompt_engineering": 1},
        "note": {"production_substance": "no systematic concern", "just_prompt_engineering": "prompt engineering is 90% of it"},
    },
    {
        "question_id": "production_reliability",
        "question": Q[5],
        "answer": """I'd evaluate it the way we did in research: hold out a test set, report accuracy and F1, compare against the state of the art, and write it up. If the numbers drop, you retrain the model from scratch with more data.""",
        "labels": {"production_substance": 1, "communication": 2, "researcher_framing": 1, "just_prompt_engineering": 0},
        "note": {"production_substance": "held-out test set only", "researcher_framing": "research-style eval, state of the art, retrain from scratch"},
    },
    {
        "question_id": "production_reliability",
        "question": Q[1],
        "answer": """We log every request with latency and cost, and we have a set of about 100 test questions we run before each release. That's most of it for now; we're a small team. The test questions came from real support tickets, and we compare the answers against what our support people actually wrote back then. We'd like automated scoring eventually, but for now a person reads the differences.""",
        "labels": {"production_substance": 2, "communication": 2, "researcher_framing": 0, "just_prompt_engineering": 0},
        "note": {"production_substance": "cost/latency logging + test set"},
    },
    {
        "question_id": "production_reliability",
        "question": Q[3],
        "answer": """Honestly, when users complain I reread the instructions I gave the model and reword them — add an example or two, make the tone clearer. That usually fixes it.""",
        "labels": {"production_substance": 0, "communication": 2, "researcher_framing": 0, "just_prompt_engineering": 1},
        "note": {"production_substance": "reacts to complaints by rewording only", "just_prompt_engineering": "paraphrase positive: fix = rewording the model's instructions"},
    },
    {
        "question_id": "production_reliability",
        "question": Q[6],
        "answer": """We check the thumbs-down feedback every week, and that's about it.""",
        "labels": {"production_substance": 1, "communication": 1, "researcher_framing": 0, "just_prompt_engineering": 0},
        "note": {"production_substance": "weekly human review of feedback, in passing"},
    },
    {
        "question_id": "production_reliability",
        "question": Q[4],
        "answer": """Honestly the metric I care about is the model's score on the benchmark. Every month I pretrain a fresh version of our model on the newest data and try a few architecture changes; if it beats the last one on the leaderboard, we swap it in. The serving side I leave to the infra team — as long as the endpoint is up, it's not something I think about much.""",
        "labels": {"production_substance": 0, "communication": 2, "researcher_framing": 1, "just_prompt_engineering": 0},
        "note": {"production_substance": "only model-level benchmark scores", "researcher_framing": "paraphrase positive: monthly pretraining, architecture changes, leaderboard"},
    },
    {
        "question_id": "production_reliability",
        "question": Q[2],
        "answer": """I'm not retraining anything — the model is an API, so monitoring is about the system around it. Concretely: a 200-case golden set in CI with an LLM judge; tracing in Langfuse with cost and latency per request; alerts on timeout rate and on the fallback model being used more than 5% of the time; PII redaction and a moderation check on outputs; and a weekly human review of 40 sampled conversations. When faithfulness dropped after a model version bump, the golden set caught it and we pinned the old version.""",
        "labels": {"production_substance": 3, "communication": 3, "researcher_framing": 0, "just_prompt_engineering": 0},
        "note": {"production_substance": "golden set, tracing, alerts, fallback, PII, review, incident", "researcher_framing": "hard negative: 'I'm not retraining anything'"},
    },
    {
        "question_id": "production_reliability",
        "question": Q[0],
        "answer": """For me, monitoring an LLM app mostly means maintaining the prompts. I keep a spreadsheet of prompt versions, and when the product team says answers feel off, I try variations in the playground — more explicit instructions, different examples, sometimes just reordering sections — until the outputs look good again. Then I push the new prompt. I'd say prompt engineering is really the core skill here.""",
        "labels": {"production_substance": 0, "communication": 2, "researcher_framing": 0, "just_prompt_engineering": 1},
        "note": {"production_substance": "prompt versions only, no eval or monitoring", "just_prompt_engineering": "monitoring = maintaining prompts"},
    },
    {
        "question_id": "production_reliability",
        "question": Q[3],
        "answer": """It's not something you fix by tweaking prompts. You need an eval set that reflects real usage — ours is about 150 examples — and you need to log what the model actually returns, including failures, so you can see when JSON parsing errors go up. Last month that caught a model update that made about 6% of responses fail schema validation; the prompt hadn't changed at all, the model had just changed its formatting.""",
        "labels": {"production_substance": 2, "communication": 3, "researcher_framing": 0, "just_prompt_engineering": 0},
        "note": {"production_substance": "eval set + output-failure logging", "just_prompt_engineering": "hard negative: 'not something you fix by tweaking prompts'"},
    },
    {
        "question_id": "production_reliability",
        "question": Q[5],
        "answer": """I'd rerun standard benchmarks like MMLU and publish the results. That's the research way of knowing if a model is good.""",
        "labels": {"production_substance": 0, "communication": 1, "researcher_framing": 1, "just_prompt_engineering": 0},
        "note": {"production_substance": "public benchmarks, not application evaluation", "researcher_framing": "benchmarks and publishing, 'the research way'"},
    },
    {
        "question_id": "production_reliability",
        "question": Q[1],
        "answer": """Three layers. Before release: a golden dataset of 250 questions scored automatically, with a human spot-check of 30 answers. In production: dashboards for cost per conversation, p50/p95 latency, error and timeout rates, retrieval hit rate, and the share of answers where the model declined. Guardrails: PII masking on the way in, a moderation filter on the way out, and schema validation with a fallback response. Every incident — like the week our vector index went stale and answers started citing old pricing — becomes a new test case.""",
        "labels": {"production_substance": 3, "communication": 3, "researcher_framing": 0, "just_prompt_engineering": 0},
        "note": {"production_substance": "eval, cost/latency, retrieval, guardrails, fallback, incident loop"},
    },
    {
        "question_id": "production_reliability",
        "question": Q[6],
        "answer": """I keep a doc of the wording that works — the persona, the examples, the "never do X" lines — and when quality drops I tweak that text. For a small app you don't really need more than that. When the support team forwards a weird answer, I usually find one line in there that's ambiguous, fix it, and the problem goes away.""",
        "labels": {"production_substance": 0, "communication": 2, "researcher_framing": 0, "just_prompt_engineering": 1},
        "note": {"production_substance": "only instruction text", "just_prompt_engineering": "paraphrase positive: tweaking persona/examples text is all that's needed"},
    },
    {
        "question_id": "production_reliability",
        "question": Q[4],
        "answer": """Unlike in my PhD, I don't measure success with a benchmark number here. I track whether users get what they need: resolution rate and thumbs-down rate, plus a weekly review of bad conversations. And cost per session, because finance watches it. When the resolution rate dipped last spring, it turned out a product rename had made half our help articles outdated; nothing about the model had changed.""",
        "labels": {"production_substance": 2, "communication": 2, "researcher_framing": 0, "just_prompt_engineering": 0},
        "note": {"production_substance": "human review + cost monitoring", "researcher_framing": "hard negative: PhD benchmark mindset contrasted"},
    },
    {
        "question_id": "production_reliability",
        "question": Q[2],
        "answer": """We use an LLM to grade a sample of answers every day. Nothing fancy, but it tells us when things drift.""",
        "labels": {"production_substance": 1, "communication": 2, "researcher_framing": 0, "just_prompt_engineering": 0},
        "note": {"production_substance": "LLM-as-judge sampling only"},
    },
    {
        "question_id": "production_reliability",
        "question": Q[0],
        "answer": """Look at the outputs now and then and rewrite the prompt when they drift.""",
        "labels": {"production_substance": 0, "communication": 1, "researcher_framing": 0, "just_prompt_engineering": 1},
        "note": {"production_substance": "no concern", "just_prompt_engineering": "maintenance = rewriting the prompt"},
    },
    {
        "question_id": "production_reliability",
        "question": Q[5],
        "answer": """I approach it like an experiment. We keep a held-out test split from our labelled data, report precision, recall and F1 each month, and if they degrade I go back to the architecture — last time I replaced the encoder with a deeper one and retrained from scratch, which got F1 from 0.81 to 0.86. I also plan to write that change up for a workshop.""",
        "labels": {"production_substance": 1, "communication": 2, "researcher_framing": 1, "just_prompt_engineering": 0},
        "note": {"production_substance": "held-out test split, in passing", "researcher_framing": "architecture changes, retrain from scratch, workshop paper"},
    },
    {
        "question_id": "production_reliability",
        "question": Q[3],
        "answer": """People expect me to say "I'd train a better model" or "I'd fix the prompt". Neither, mostly. We have an eval set of about 120 cases that runs nightly, and we log latency and token cost per request to Datadog, with an alert if the daily spend doubles. The one time it fired, it was a bug that re-sent the full chat history on every turn — nothing to do with model quality.""",
        "labels": {"production_substance": 2, "communication": 3, "researcher_framing": 0, "just_prompt_engineering": 0},
        "note": {"production_substance": "nightly eval + cost/latency alerting", "researcher_framing": "hard negative: 'train a better model' quoted and rejected", "just_prompt_engineering": "hard negative: 'fix the prompt' quoted and rejected"},
    },
    {
        "question_id": "production_reliability",
        "question": Q[6],
        "answer": """Most problems come down to how you phrase the request. I re-read the bad outputs, rewrite the instructions, add an example, and redeploy. I haven't needed anything more elaborate.""",
        "labels": {"production_substance": 0, "communication": 2, "researcher_framing": 0, "just_prompt_engineering": 1},
        "note": {"production_substance": "ad hoc rewriting only", "just_prompt_engineering": "paraphrase positive: problems fixed by phrasing the request"},
    },
    {
        "question_id": "production_reliability",
        "question": Q[1],
        "answer": """We monitor it the way I monitored models in my lab: I track perplexity and benchmark accuracy weekly, and I also built a small latency dashboard and a retry wrapper for API errors. But the main thing I work on is the next model — we're training our own from scratch to replace the API.""",
        "labels": {"production_substance": 2, "communication": 2, "researcher_framing": 1, "just_prompt_engineering": 0},
        "note": {"production_substance": "latency dashboard + retries", "researcher_framing": "lab-style metrics, training own model from scratch"},
    },
    {
        "question_id": "production_reliability",
        "question": Q[4],
        "answer": """I'd check that our model still holds its place on the leaderboard and, if it slips, grow a bigger version on the fresh data we've collected. Getting that number up is what I find worth the effort. Dashboards and alerting are the platform team's job; I'd rather spend my time on the model itself.""",
        "labels": {"production_substance": 0, "communication": 2, "researcher_framing": 1, "just_prompt_engineering": 0},
        "note": {"production_substance": "leaderboard position only", "researcher_framing": "paraphrase positive: leaderboard standing, growing a bigger own model"},
    },
]
