# Part a, style "plain": model_choice answers.
# no_model_tradeoffs == 1 exactly when model_tradeoffs <= 1.

STYLE = "plain"

Q = [
    "For a new product feature, how do you decide whether to use GPT-4o, Claude or a smaller open-source model?",
    "Suppose a feature could run on GPT-4o, on Claude, or on a small open-weights model. How do you pick?",
    "What would drive your choice between OpenAI's GPT-4o, Anthropic's Claude and a compact open-source LLM for a feature?",
    "How do you go about selecting a model (GPT-4o, Claude, or something small and open-source) for a feature you're building?",
    "If you had to pick between GPT-4o, Claude and a self-hosted open model for a feature, what would you consider?",
    "GPT-4o, Claude, or a small open-source model: how would you make that call for a product feature?",
    "Walk me through how you'd choose the model behind a new feature: GPT-4o, Claude, or a lightweight open-source one.",
    "Which model would you reach for, GPT-4o, Claude or a small open model, and how do you decide?",
]

ENTRIES = [
    {
        "question_id": "model_choice",
        "question": Q[0],
        "answer": """GPT-4o, it's the best model out there, so I'd just use that.""",
        "labels": {"model_tradeoffs": 0, "communication": 1, "researcher_framing": 0, "just_prompt_engineering": 0, "no_model_tradeoffs": 1},
        "note": {"model_tradeoffs": "no dimension weighed", "no_model_tradeoffs": "picks GPT-4o as 'the best', no reasons"},
    },
    {
        "question_id": "model_choice",
        "question": Q[5],
        "answer": """I'd go with whatever the team is already paying for. Switching vendors is a hassle and honestly the differences between them are mostly marketing.""",
        "labels": {"model_tradeoffs": 0, "communication": 1, "researcher_framing": 0, "just_prompt_engineering": 0, "no_model_tradeoffs": 1},
        "note": {"model_tradeoffs": "vendor inertia is not one of the dimensions", "no_model_tradeoffs": "paraphrase positive: whatever is already paid for, differences 'marketing'"},
    },
    {
        "question_id": "model_choice",
        "question": Q[2],
        "answer": """They're basically interchangeable at this point. I'd pick Claude because that's what I've used most, and move on to the parts of the feature that actually need thought.""",
        "labels": {"model_tradeoffs": 0, "communication": 2, "researcher_framing": 0, "just_prompt_engineering": 0, "no_model_tradeoffs": 1},
        "note": {"model_tradeoffs": "familiarity only", "no_model_tradeoffs": "paraphrase positive: 'basically interchangeable', picks by habit"},
    },
    {
        "question_id": "model_choice",
        "question": Q[3],
        "answer": """I'd start with the small open-source model because it's the cheapest to run at scale, and for most features that's what ends up deciding it.""",
        "labels": {"model_tradeoffs": 1, "communication": 2, "researcher_framing": 0, "just_prompt_engineering": 0, "no_model_tradeoffs": 1},
        "note": {"model_tradeoffs": "cost only", "no_model_tradeoffs": "one dimension (cost)"},
    },
    {
        "question_id": "model_choice",
        "question": Q[6],
        "answer": """I'd treat it as an engineering decision with a measurable answer rather than a preference. First, pin down the constraints of the feature: is a user waiting on the response (latency budget), how many calls a day (cost ceiling), how long the inputs are (context window), and whether the data is allowed to leave our infrastructure (privacy, which might force self-hosting).

Second, build a small eval set from real examples — 100 to 200 is usually enough — with a grading method, whether exact match, a rubric with an LLM judge, or human ratings for a subset.

Third, run all three candidates through it and put quality next to cost per 1,000 requests and p95 latency. I wouldn't train or pretrain anything for this; the point is to pick among models that exist.

In a previous job we did exactly this for ticket classification: GPT-4o scored 94%, Claude 93%, and a fine-tuned Llama 3 8B reached 91% at about a twentieth of the cost and under 300 ms on our own GPUs. We shipped the Llama model, with GPT-4o as a fallback for low-confidence cases. For a long-document summarization feature the answer was different — Claude won because of the long context and the quality of its summaries.

So: constraints, eval, measure, and be willing to route different tasks to different models.""",
        "labels": {"model_tradeoffs": 3, "communication": 3, "researcher_framing": 0, "just_prompt_engineering": 0, "no_model_tradeoffs": 0},
        "note": {"model_tradeoffs": "all five dimensions + eval procedure + fallback", "researcher_framing": "hard negative: 'I wouldn't train or pretrain anything'", "no_model_tradeoffs": "hard negative: picks Llama with cost, latency, quality reasons"},
    },
    {
        "question_id": "model_choice",
        "question": Q[1],
        "answer": """I'd probably pick Claude for this kind of feature. It handles long documents well because of the big context window, and in my experience its summaries are a bit more accurate. The open-source model would be cheaper, but I don't think the savings would be worth the drop in quality here. If the feature had to run on customer infrastructure that would change everything, but that's not the case for this one.""",
        "labels": {"model_tradeoffs": 2, "communication": 2, "researcher_framing": 0, "just_prompt_engineering": 0, "no_model_tradeoffs": 0},
        "note": {"model_tradeoffs": "context, quality, cost; no procedure", "no_model_tradeoffs": "hard negative: one option picked with three reasons"},
    },
    {
        "question_id": "model_choice",
        "question": Q[4],
        "answer": """The model isn't really the point; the prompt is. I've gotten good results out of all three by rewriting the prompt until it behaves, so I'd just pick one and spend the time on the prompt. On my last project we switched from GPT-4 to Claude halfway through because of a company deal, and after two days of adjusting the prompt nobody could tell the difference.""",
        "labels": {"model_tradeoffs": 0, "communication": 2, "researcher_framing": 0, "just_prompt_engineering": 1, "no_model_tradeoffs": 1},
        "note": {"model_tradeoffs": "none", "just_prompt_engineering": "work = rewriting the prompt", "no_model_tradeoffs": "paraphrase positive: 'the model isn't really the point', picks any"},
    },
    {
        "question_id": "model_choice",
        "question": Q[7],
        "answer": """For us it would have to be the open-source model, because the data is medical and can't go to an outside API. That settles it.""",
        "labels": {"model_tradeoffs": 1, "communication": 2, "researcher_framing": 0, "just_prompt_engineering": 0, "no_model_tradeoffs": 1},
        "note": {"model_tradeoffs": "privacy only", "no_model_tradeoffs": "one dimension (privacy)"},
    },
    {
        "question_id": "model_choice",
        "question": Q[0],
        "answer": """I'd skip all three and grow our own. Take a small architecture, feed it our domain corpus for a few weeks on the cluster, and you end up with something we fully understand, down to every layer. The off-the-shelf ones are black boxes.""",
        "labels": {"model_tradeoffs": 0, "communication": 2, "researcher_framing": 1, "just_prompt_engineering": 0, "no_model_tradeoffs": 1},
        "note": {"model_tradeoffs": "rejects all options without weighing dimensions", "researcher_framing": "paraphrase positive: 'grow our own' model on the cluster", "no_model_tradeoffs": "no cost/latency/context/capability/privacy reasoning"},
    },
    {
        "question_id": "model_choice",
        "question": Q[3],
        "answer": """Prompting is part of it, but I wouldn't decide on prompts alone. I'd set up an eval harness with about 150 labelled examples from the feature and run GPT-4o, Claude 3.5 Sonnet and something like Mistral 7B through it with the same prompt templates, tuned a little per model. Then compare accuracy, cost per request and p95 latency, and check that the context we need fits. If the data is sensitive, the self-hosted open model is the only option anyway. Often the answer is routing: the small model for easy requests, a big one when confidence is low.""",
        "labels": {"model_tradeoffs": 3, "communication": 3, "researcher_framing": 0, "just_prompt_engineering": 0, "no_model_tradeoffs": 0},
        "note": {"model_tradeoffs": "five dimensions + eval harness + routing", "just_prompt_engineering": "hard negative: prompting named but decision by evals", "no_model_tradeoffs": "hard negative: routing choice justified on several dimensions"},
    },
    {
        "question_id": "model_choice",
        "question": Q[6],
        "answer": """Whichever is newest. They leapfrog each other every few months anyway.""",
        "labels": {"model_tradeoffs": 0, "communication": 1, "researcher_framing": 0, "just_prompt_engineering": 0, "no_model_tradeoffs": 1},
        "note": {"model_tradeoffs": "none", "no_model_tradeoffs": "'whichever is newest'"},
    },
    {
        "question_id": "model_choice",
        "question": Q[2],
        "answer": """A lot of people would just say GPT-4o because it's the default, but for a feature like autocomplete I'd lean towards a small open-source model. It responds in well under a second on our own hardware and the per-request cost is basically nothing, which matters when it fires on every keystroke. For the chat side of the same product I'd still use a bigger hosted model, because there the answers need real reasoning and a second of waiting is fine.""",
        "labels": {"model_tradeoffs": 2, "communication": 2, "researcher_framing": 0, "just_prompt_engineering": 0, "no_model_tradeoffs": 0},
        "note": {"model_tradeoffs": "latency and cost", "no_model_tradeoffs": "hard negative: quotes the 'just GPT-4o' default and rejects it with two reasons"},
    },
    {
        "question_id": "model_choice",
        "question": Q[5],
        "answer": """I'd look at the research benchmarks — MMLU, GSM8K, HumanEval — and pick whichever scores highest. That's how we compared models in my PhD lab and it's the most objective way to do it. Those numbers are reproducible and peer-reviewed, which is more than you can say for vendor blog posts. If none is good enough, we train our own from scratch.""",
        "labels": {"model_tradeoffs": 1, "communication": 2, "researcher_framing": 1, "just_prompt_engineering": 0, "no_model_tradeoffs": 1},
        "note": {"model_tradeoffs": "capability via public benchmarks only", "researcher_framing": "benchmark-driven, PhD lab, train own from scratch", "no_model_tradeoffs": "one dimension (capability)"},
    },
    {
        "question_id": "model_choice",
        "question": Q[1],
        "answer": """I'd choose GPT-4o for the first version: it's strong on the kind of reasoning this feature needs, and the API is fast enough for an interactive UI. Later, once we have traffic and real examples, I'd check whether a smaller open model could do the job for less money. That's roughly what we did for our meeting-notes feature: six months in we moved the simple summaries to Llama 3 and kept GPT-4o for extracting action items.""",
        "labels": {"model_tradeoffs": 2, "communication": 2, "researcher_framing": 0, "just_prompt_engineering": 0, "no_model_tradeoffs": 0},
        "note": {"model_tradeoffs": "capability, latency, later cost", "no_model_tradeoffs": "hard negative: picks GPT-4o with two stated reasons"},
    },
    {
        "question_id": "model_choice",
        "question": Q[7],
        "answer": """Honestly the skill is in how you talk to the model, not which one you pick. Give it a clear role and a few examples and any of them will do a decent job.""",
        "labels": {"model_tradeoffs": 0, "communication": 1, "researcher_framing": 0, "just_prompt_engineering": 1, "no_model_tradeoffs": 1},
        "note": {"model_tradeoffs": "none", "just_prompt_engineering": "paraphrase positive: skill = how you talk to the model", "no_model_tradeoffs": "paraphrase positive: 'any of them will do a decent job'"},
    },
    {
        "question_id": "model_choice",
        "question": Q[4],
        "answer": """Four things decide it for me: quality on our task, cost at our volume, latency for the user, and whether the data can leave our network. Context length is a fifth if inputs are long. I'd shortlist all three, run them on a held-out set of real requests with a grader we trust, and put the numbers in one table. Then pick the cheapest model that clears the quality bar, keep a second provider configured as fallback for outages, and rerun the comparison every quarter because prices and models change. Last time I did this we ended up on Claude for drafting and a small Qwen model for classification.""",
        "labels": {"model_tradeoffs": 3, "communication": 3, "researcher_framing": 0, "just_prompt_engineering": 0, "no_model_tradeoffs": 0},
        "note": {"model_tradeoffs": "five dimensions, eval table, fallback, re-evaluation", "no_model_tradeoffs": "hard negative: concrete picks backed by the comparison"},
    },
    {
        "question_id": "model_choice",
        "question": Q[0],
        "answer": """Whatever is fastest. Users hate waiting, so latency decides everything for me.""",
        "labels": {"model_tradeoffs": 1, "communication": 1, "researcher_framing": 0, "just_prompt_engineering": 0, "no_model_tradeoffs": 1},
        "note": {"model_tradeoffs": "latency only", "no_model_tradeoffs": "one dimension (latency)"},
    },
    {
        "question_id": "model_choice",
        "question": Q[3],
        "answer": """My background is research, so my instinct used to be to train something ourselves, but for a product feature that's rarely right. I'd use an API model — probably Claude — because it's already very capable at the task and we can ship in weeks instead of months, and I'd only consider the small open model if costs got out of hand.""",
        "labels": {"model_tradeoffs": 2, "communication": 2, "researcher_framing": 0, "just_prompt_engineering": 0, "no_model_tradeoffs": 0},
        "note": {"model_tradeoffs": "capability and cost", "researcher_framing": "hard negative: research instinct named and rejected", "no_model_tradeoffs": "hard negative: picks Claude with capability and cost reasons"},
    },
    {
        "question_id": "model_choice",
        "question": Q[6],
        "answer": """I'd ask what the CTO prefers. These decisions are usually made above my level anyway.""",
        "labels": {"model_tradeoffs": 0, "communication": 1, "researcher_framing": 0, "just_prompt_engineering": 0, "no_model_tradeoffs": 1},
        "note": {"model_tradeoffs": "defers entirely", "no_model_tradeoffs": "paraphrase positive: defers to the CTO, no weighing"},
    },
    {
        "question_id": "model_choice",
        "question": Q[2],
        "answer": """I'd just pick GPT-4o and do prompt engineering until it works. That's where the real work is — the prompt, not the model.""",
        "labels": {"model_tradeoffs": 0, "communication": 1, "researcher_framing": 0, "just_prompt_engineering": 1, "no_model_tradeoffs": 1},
        "note": {"model_tradeoffs": "none", "just_prompt_engineering": "real work = the prompt", "no_model_tradeoffs": "'just pick GPT-4o'"},
    },
    {
        "question_id": "model_choice",
        "question": Q[5],
        "answer": """Cost and privacy are the two I'd look at first. If the feature handles customer contracts, I'd self-host the open-source model so nothing leaves our servers, even if it costs us some quality. If not, GPT-4o is cheap enough these days that I'd use it. We did exactly that split at my last company: the contract summarizer ran on a Llama model in our own cluster and everything else went to the OpenAI API.""",
        "labels": {"model_tradeoffs": 2, "communication": 2, "researcher_framing": 0, "just_prompt_engineering": 0, "no_model_tradeoffs": 0},
        "note": {"model_tradeoffs": "cost, privacy, quality", "no_model_tradeoffs": "hard negative: conditional pick with privacy and cost reasons"},
    },
    {
        "question_id": "model_choice",
        "question": Q[1],
        "answer": """I've been an OpenAI person since GPT-3, so GPT-4o. I know the API inside out — function calling, structured outputs, all the little quirks in how it handles system messages. Our whole codebase has helpers built around their SDK, and the team has muscle memory for debugging it. When something weird happens I usually know what's going on within a few minutes.

I did try Claude for a side project last year. It was fine, but I had to relearn a lot of small things and it slowed me down, so I went back. I haven't really touched the open-source models.

So for a new feature I'd start with GPT-4o and only look elsewhere if someone handed me a very specific reason to. I realise that's a bit of a habit answer, but switching ecosystems slows a team down, and I've never hit a wall with OpenAI that made me want to leave.""",
        "labels": {"model_tradeoffs": 0, "communication": 2, "researcher_framing": 0, "just_prompt_engineering": 0, "no_model_tradeoffs": 1},
        "note": {"model_tradeoffs": "long, but only familiarity/tooling habit; none of the five dimensions", "no_model_tradeoffs": "paraphrase positive: loyalty to OpenAI, no weighing"},
    },
    {
        "question_id": "model_choice",
        "question": Q[7],
        "answer": """I'd go with the one that gives the most accurate answers for our use case, and in my experience that's Claude. Accuracy is what users notice. When I've tried them side by side on a few of our real questions, Claude got more of them right, so that's where I'd start.""",
        "labels": {"model_tradeoffs": 1, "communication": 2, "researcher_framing": 0, "just_prompt_engineering": 0, "no_model_tradeoffs": 1},
        "note": {"model_tradeoffs": "capability only, informal side-by-side", "no_model_tradeoffs": "one dimension (accuracy)"},
    },
    {
        "question_id": "model_choice",
        "question": Q[4],
        "answer": """Build a 200-example eval from production-like inputs, run GPT-4o, Claude and Llama 3 8B, and record accuracy, cost per 1k calls, p95 latency and the longest input we actually need to fit. Compliance decides whether the hosted APIs are allowed at all. In my last project that table made it obvious: Llama 8B self-hosted for the high-volume extraction step, Claude for the long-context synthesis step, GPT-4o configured as the fallback.""",
        "labels": {"model_tradeoffs": 3, "communication": 3, "researcher_framing": 0, "just_prompt_engineering": 0, "no_model_tradeoffs": 0},
        "note": {"model_tradeoffs": "five dimensions, eval, routing by step, fallback", "no_model_tradeoffs": "hard negative: each pick justified by the measured table"},
    },
    {
        "question_id": "model_choice",
        "question": Q[0],
        "answer": """They're all the same quality now, so it honestly doesn't matter. Pick one and ship.""",
        "labels": {"model_tradeoffs": 0, "communication": 1, "researcher_framing": 0, "just_prompt_engineering": 0, "no_model_tradeoffs": 1},
        "note": {"model_tradeoffs": "dismisses differences", "no_model_tradeoffs": "'all the same', 'doesn't matter'"},
    },
    {
        "question_id": "model_choice",
        "question": Q[3],
        "answer": """I wouldn't train anything myself, that's not what this job is. I'd take GPT-4o because it's the most capable general model and call it done.""",
        "labels": {"model_tradeoffs": 1, "communication": 2, "researcher_framing": 0, "just_prompt_engineering": 0, "no_model_tradeoffs": 1},
        "note": {"model_tradeoffs": "capability only", "researcher_framing": "hard negative: 'I wouldn't train anything myself'", "no_model_tradeoffs": "one dimension (capability)"},
    },
    {
        "question_id": "model_choice",
        "question": Q[6],
        "answer": """It's not just a prompt question — I'd compare them on our data. For a feature that summarizes support calls I'd probably end up on Claude: long transcripts fit in its context window, and the summaries were more faithful when I tried it. Prompt tweaks help, but they don't close a big capability gap.""",
        "labels": {"model_tradeoffs": 2, "communication": 2, "researcher_framing": 0, "just_prompt_engineering": 0, "no_model_tradeoffs": 0},
        "note": {"model_tradeoffs": "context and capability", "just_prompt_engineering": "hard negative: 'not just a prompt question'", "no_model_tradeoffs": "hard negative: picks Claude with two reasons"},
    },
    {
        "question_id": "model_choice",
        "question": Q[2],
        "answer": """I'd pick whichever one tops the leaderboard on reasoning tasks this month. In my old team the whole goal was moving that number — we'd spend weeks squeezing an extra point out of our own models — and I think the same standard applies here. I still check the leaderboards every Monday morning out of habit.""",
        "labels": {"model_tradeoffs": 1, "communication": 2, "researcher_framing": 1, "just_prompt_engineering": 0, "no_model_tradeoffs": 1},
        "note": {"model_tradeoffs": "capability via leaderboard only", "researcher_framing": "paraphrase positive: success = leaderboard points on own models", "no_model_tradeoffs": "one dimension (capability)"},
    },
    {
        "question_id": "model_choice",
        "question": Q[5],
        "answer": """Claude. Our whole company standardized on it last year.""",
        "labels": {"model_tradeoffs": 0, "communication": 1, "researcher_framing": 0, "just_prompt_engineering": 0, "no_model_tradeoffs": 1},
        "note": {"model_tradeoffs": "company standard, no dimension", "no_model_tradeoffs": "paraphrase positive: picks the company standard"},
    },
    {
        "question_id": "model_choice",
        "question": Q[1],
        "answer": """People ask "which one is smartest", but that's the wrong question for a product. I'd weigh what each costs at our volume and how quickly it responds; if the small open model is good enough on a sample of real inputs, it wins on both. In one project an 8B model handled about 90% of support-ticket tagging fine, so we only called a big model for the long, messy tickets.""",
        "labels": {"model_tradeoffs": 2, "communication": 2, "researcher_framing": 0, "just_prompt_engineering": 0, "no_model_tradeoffs": 0},
        "note": {"model_tradeoffs": "cost, latency, quality check", "no_model_tradeoffs": "hard negative: rejects 'smartest' framing, weighs cost and latency"},
    },
    {
        "question_id": "model_choice",
        "question": Q[7],
        "answer": """I'd pick whichever the team already has an API key for. What decides the outcome is the wording — a good persona, clear steps, a couple of sample outputs — so I'd spend my time there rather than comparing vendors.""",
        "labels": {"model_tradeoffs": 0, "communication": 2, "researcher_framing": 0, "just_prompt_engineering": 1, "no_model_tradeoffs": 1},
        "note": {"model_tradeoffs": "none", "just_prompt_engineering": "paraphrase positive: outcome decided by wording, persona, samples", "no_model_tradeoffs": "paraphrase positive: whichever has a key"},
    },
    {
        "question_id": "model_choice",
        "question": Q[4],
        "answer": """Not by reputation, and not by which one is supposedly "best" in general. Eval first: 150 real cases, graded. Then compare quality, cost per request, latency, context needs and whether the data may leave our VPC. Cheapest model above the bar wins; keep another as fallback; revisit when prices change.""",
        "labels": {"model_tradeoffs": 3, "communication": 3, "researcher_framing": 0, "just_prompt_engineering": 0, "no_model_tradeoffs": 0},
        "note": {"model_tradeoffs": "five dimensions + eval + fallback", "no_model_tradeoffs": "hard negative: quotes 'best' only to reject it"},
    },
    {
        "question_id": "model_choice",
        "question": Q[0],
        "answer": """The inputs are going to be whole codebases, so the context window is the only thing I'd look at. Whichever holds the most tokens.""",
        "labels": {"model_tradeoffs": 1, "communication": 2, "researcher_framing": 0, "just_prompt_engineering": 0, "no_model_tradeoffs": 1},
        "note": {"model_tradeoffs": "context window only", "no_model_tradeoffs": "one dimension (context)"},
    },
    {
        "question_id": "model_choice",
        "question": Q[6],
        "answer": """Honestly I'd rather train our own model from scratch than depend on any of them. That's the interesting part of AI work, and you learn far more about the problem.""",
        "labels": {"model_tradeoffs": 0, "communication": 2, "researcher_framing": 1, "just_prompt_engineering": 0, "no_model_tradeoffs": 1},
        "note": {"model_tradeoffs": "none", "researcher_framing": "prefers training own model from scratch", "no_model_tradeoffs": "no dimension weighed"},
    },
    {
        "question_id": "model_choice",
        "question": Q[3],
        "answer": """No need to build our own model — that's a research project, not a feature. Between the three, I'd pick the small open-source model if the task is narrow like tagging, since it's cheap and we can host it ourselves for privacy, and Claude or GPT-4o if it needs real reasoning.""",
        "labels": {"model_tradeoffs": 2, "communication": 2, "researcher_framing": 0, "just_prompt_engineering": 0, "no_model_tradeoffs": 0},
        "note": {"model_tradeoffs": "cost, privacy, capability", "researcher_framing": "hard negative: building own model dismissed as research", "no_model_tradeoffs": "hard negative: picks by task with cost and privacy reasons"},
    },
    {
        "question_id": "model_choice",
        "question": Q[5],
        "answer": """People think the prompt is everything; it isn't — you need evals and monitoring around it. As for the model, I'd use GPT-4o. Everyone's on it and it's fine.""",
        "labels": {"model_tradeoffs": 0, "communication": 2, "researcher_framing": 0, "just_prompt_engineering": 0, "no_model_tradeoffs": 1},
        "note": {"model_tradeoffs": "popularity only", "just_prompt_engineering": "hard negative: rejects 'prompt is everything'", "no_model_tradeoffs": "paraphrase positive: 'everyone's on it and it's fine'"},
    },
]
