# Style: rejects_flag -- model_choice and production_reliability answers.
# Flag notes starting with "hard neg:" mark hard negatives, "paraphrase:" marks
# positives stated without the obvious vocabulary (counted by check.py).

STYLE = "rejects_flag"

ENTRIES = [
    # ------------------------------------------------------------------ model_choice
    {
        "question_id": "model_choice",
        "question": "Say a product feature could run on GPT-4o, on Claude, or on a small open-weights model. How do you decide?",
        "answer": (
            "The answer I'd avoid is 'just use GPT-4o, it's the best'. Best at what, for whom, at what price?\n\n"
            "I'd start by writing the feature's constraints down: is a user waiting on the response (then I care about time to first token), "
            "how many calls a day (that sets the budget), how long the inputs are (context window), and whether the data is allowed to leave our "
            "cloud account (which may rule out the hosted APIs entirely).\n\n"
            "Then I'd build an eval set of 100 to 200 real examples with a grading rubric and run all three candidates on it. Typically the result "
            "is a split: the small model handles the easy 70% of requests fine at a fraction of the price, and the hard tail goes to GPT-4o or "
            "Claude. So I'd route by difficulty, keep the other hosted model as a fallback if the primary's API is degraded, and rerun the eval "
            "whenever a vendor ships a new version."
        ),
        "labels": {"model_tradeoffs": 3, "communication": 3, "researcher_framing": 0, "just_prompt_engineering": 0, "no_model_tradeoffs": 0},
        "note": {
            "model_tradeoffs": "latency, cost, context, privacy, quality + eval set, routing, fallback",
            "communication": "structured procedure with numbers",
            "no_model_tradeoffs": "hard neg: quotes 'just use GPT-4o' to reject it, then weighs five dimensions",
        },
    },
    {
        "question_id": "model_choice",
        "question": "For a new feature, how would you pick between OpenAI's GPT-4o, Anthropic's Claude, and something like a small Llama or Mistral model?",
        "answer": (
            "They're not interchangeable, whatever the leaderboards suggest. For a feature that summarises long PDFs I'd lean Claude for the context "
            "window, unless the documents contain health data, in which case the small model on our own servers wins."
        ),
        "labels": {"model_tradeoffs": 2, "communication": 2, "researcher_framing": 0, "just_prompt_engineering": 0, "no_model_tradeoffs": 0},
        "note": {
            "model_tradeoffs": "context window and privacy/self-hosting",
            "no_model_tradeoffs": "hard neg: rejects 'interchangeable'; picks with two reasons",
        },
    },
    {
        "question_id": "model_choice",
        "question": "What's your process for choosing a model — GPT-4o versus Claude versus a small open-source one — for something you're shipping?",
        "answer": (
            "I wouldn't just grab the newest model like a lot of people do. I'd go with whichever is cheapest per token, since features like this "
            "get called a lot. On a previous project the bill was the first thing finance asked about, and they never once asked which model we used. So I'd sort by price per million tokens and take the top of the list."
        ),
        "labels": {"model_tradeoffs": 1, "communication": 2, "researcher_framing": 0, "just_prompt_engineering": 0, "no_model_tradeoffs": 1},
        "note": {
            "model_tradeoffs": "one dimension: price",
            "no_model_tradeoffs": "rejects 'newest' but weighs only price",
        },
    },
    {
        "question_id": "model_choice",
        "question": "We need an LLM behind a new feature. GPT-4o, Claude, or a self-hosted small model: how would you make that call?",
        "answer": (
            "Honestly none of the three. Relying on someone else's model isn't engineering. I'd train our own transformer from scratch on our domain data."
        ),
        "labels": {"model_tradeoffs": 0, "communication": 1, "researcher_framing": 1, "just_prompt_engineering": 0, "no_model_tradeoffs": 1},
        "note": {
            "model_tradeoffs": "no comparison at all",
            "communication": "short, no reasoning",
            "researcher_framing": "would train own transformer from scratch",
            "no_model_tradeoffs": "weighs none of the options",
        },
    },
    {
        "question_id": "model_choice",
        "question": "How do you decide which model to use for a feature: a hosted frontier model like GPT-4o or Claude, or a small open model?",
        "answer": (
            "The model matters far less than people think. It's not about GPT versus Claude, it's about the prompt. Any of them will work if you write "
            "the instructions well, so I'd pick whichever and spend my time on the prompt. At my last job we swapped from GPT to Claude halfway through and nobody noticed, because the prompt was doing the heavy lifting: the persona, the examples, the exact wording of the rules."
        ),
        "labels": {"model_tradeoffs": 0, "communication": 2, "researcher_framing": 0, "just_prompt_engineering": 1, "no_model_tradeoffs": 1},
        "note": {
            "model_tradeoffs": "'pick whichever'",
            "just_prompt_engineering": "the work is the prompt, model choice irrelevant",
            "no_model_tradeoffs": "'any of them will work'",
        },
    },
    {
        "question_id": "model_choice",
        "question": "If I gave you the choice of GPT-4o, Claude or an open-source 7B model for a feature, what would drive your decision?",
        "answer": (
            "It's not a prompt-writing question, it's an engineering one. I'd measure how fast each responds on our kind of request and what a month "
            "of our traffic would cost on each, then prototype on the cheapest one that meets the quality bar."
        ),
        "labels": {"model_tradeoffs": 2, "communication": 2, "researcher_framing": 0, "just_prompt_engineering": 0, "no_model_tradeoffs": 0},
        "note": {
            "model_tradeoffs": "latency, cost, quality threshold",
            "just_prompt_engineering": "hard neg: 'not a prompt-writing question'",
            "no_model_tradeoffs": "hard neg: weighs speed, price and quality",
        },
    },
    {
        "question_id": "model_choice",
        "question": "Which model would you put behind a product feature — GPT-4o, Claude, or a smaller open-source model — and why?",
        "answer": (
            "Some people will tell you to benchmark all three on your own data. I think that's overkill for most features. GPT-4o is the most capable, "
            "so I'd start there and only revisit if something goes wrong. In my experience the extra capability saves you more debugging than anything else, and most features never reach the point where revisiting is worth the effort."
        ),
        "labels": {"model_tradeoffs": 1, "communication": 2, "researcher_framing": 0, "just_prompt_engineering": 0, "no_model_tradeoffs": 1},
        "note": {
            "model_tradeoffs": "capability only; rejects evaluating",
            "no_model_tradeoffs": "single reason, dismisses comparison",
        },
    },
    {
        "question_id": "model_choice",
        "question": "Say a product feature could run on GPT-4o, on Claude, or on a small open-weights model. How do you decide?",
        "answer": (
            "I hear 'they're all the same now' a lot, and for a demo that's roughly true. For a feature it isn't. Last year I had to choose a model "
            "for an in-app writing assistant, so I'll describe what we did.\n\n"
            "1. Constraints first. Users were typing, so anything slower than about a second to first token felt broken. We expected 3M calls a month, "
            "which made the per-token price decisive. Inputs were short, so context length didn't matter, and the text was user-authored marketing copy, "
            "so sending it to a US API was acceptable under our DPA.\n"
            "2. We took 300 real requests, wrote a rubric with the product designer, and had each model produce outputs that two of us graded blind.\n"
            "3. Results: Claude and GPT-4o were within a point of each other on quality; a fine-tuned 8B open model was six points lower but four times "
            "cheaper at our volume and faster when self-hosted on one GPU.\n\n"
            "We shipped the 8B model for the default 'improve this sentence' action and send the 'rewrite whole section' action to GPT-4o, with Claude "
            "as a fallback. Cost came in at about a third of the all-GPT-4o estimate."
        ),
        "labels": {"model_tradeoffs": 3, "communication": 3, "researcher_framing": 0, "just_prompt_engineering": 0, "no_model_tradeoffs": 0},
        "note": {
            "model_tradeoffs": "latency, cost, context, privacy, quality; blind eval, routing by action, fallback",
            "communication": "numbered, concrete outcome",
            "no_model_tradeoffs": "hard neg: quotes 'they're all the same' and rejects it",
        },
    },
    {
        "question_id": "model_choice",
        "question": "For a new feature, how would you pick between OpenAI's GPT-4o, Anthropic's Claude, and something like a small Llama or Mistral model?",
        "answer": (
            "I'd pick the small open-source model, and not because open source is fashionable. Two reasons: the feature runs on every keystroke, so we "
            "need responses in under 200 ms, which a hosted API won't reliably give us; and the data is customers' source code, which legal won't let "
            "leave our VPC."
        ),
        "labels": {"model_tradeoffs": 2, "communication": 3, "researcher_framing": 0, "just_prompt_engineering": 0, "no_model_tradeoffs": 0},
        "note": {
            "model_tradeoffs": "latency and privacy/self-hosting",
            "communication": "clear reasons with a number",
            "no_model_tradeoffs": "hard neg: picks one option with two explicit reasons",
        },
    },
    {
        "question_id": "model_choice",
        "question": "What's your process for choosing a model — GPT-4o versus Claude versus a small open-source one — for something you're shipping?",
        "answer": (
            "People overthink this. They're all about the same now. Pick one and ship. I've sat through so many meetings where people compare "
            "benchmark charts for an hour, and at the end the models are within a couple of points of each other and you could have shipped twice "
            "in that time."
        ),
        "labels": {"model_tradeoffs": 0, "communication": 2, "researcher_framing": 0, "just_prompt_engineering": 0, "no_model_tradeoffs": 1},
        "note": {
            "model_tradeoffs": "'all about the same'; benchmarks mentioned only to dismiss",
            "communication": "understandable, anecdote but no reasoning",
            "no_model_tradeoffs": "treats options as equivalent",
        },
    },
    {
        "question_id": "model_choice",
        "question": "How do you decide which model to use for a feature: a hosted frontier model like GPT-4o or Claude, or a small open model?",
        "answer": (
            "The wrong way is to pick by brand. I'd run the same 100 examples from the feature through each model, check which ones clear our quality "
            "bar, and then work out what each of those would cost at our expected volume. Cheapest one that clears the bar wins. I did this for a ticket-tagging feature last year; two of the three cleared the bar and the cheaper of those was about a sixth of the price."
        ),
        "labels": {"model_tradeoffs": 2, "communication": 2, "researcher_framing": 0, "just_prompt_engineering": 0, "no_model_tradeoffs": 0},
        "note": {
            "model_tradeoffs": "quality on own examples and cost; clear procedure but only two dimensions",
            "no_model_tradeoffs": "hard neg: rejects brand-picking, weighs quality and cost",
        },
    },
    {
        "question_id": "model_choice",
        "question": "We need an LLM behind a new feature. GPT-4o, Claude, or a self-hosted small model: how would you make that call?",
        "answer": (
            "I wouldn't train anything from scratch, that would be a waste of months. Between the three I'd just take Claude, its answers read better."
        ),
        "labels": {"model_tradeoffs": 1, "communication": 1, "researcher_framing": 0, "just_prompt_engineering": 0, "no_model_tradeoffs": 1},
        "note": {
            "model_tradeoffs": "one dimension: output quality",
            "communication": "brief, no example",
            "researcher_framing": "hard neg: 'I wouldn't train anything from scratch'",
            "no_model_tradeoffs": "picks Claude for a single reason",
        },
    },
    {
        "question_id": "model_choice",
        "question": "If I gave you the choice of GPT-4o, Claude or an open-source 7B model for a feature, what would drive your decision?",
        "answer": (
            "Not going to pretrain anything, obviously; we'd use one of these three, maybe more than one. What drives it: quality on our task, measured "
            "on our own labelled examples rather than public benchmarks; price at our volume; response time if it's interactive; context length if the "
            "inputs are long; and whether the data can go to a third party at all. I'd score all three on an eval set, then usually route: the 7B "
            "model for classification-style calls, a hosted model for generation, with the other hosted model as a fallback."
        ),
        "labels": {"model_tradeoffs": 3, "communication": 3, "researcher_framing": 0, "just_prompt_engineering": 0, "no_model_tradeoffs": 0},
        "note": {
            "model_tradeoffs": "quality, cost, latency, context, privacy + eval set, routing, fallback",
            "researcher_framing": "hard neg: 'not going to pretrain anything'",
            "no_model_tradeoffs": "hard neg: rejects one-pick thinking, weighs five dimensions",
        },
    },
    {
        "question_id": "model_choice",
        "question": "Which model would you put behind a product feature — GPT-4o, Claude, or a smaller open-source model — and why?",
        "answer": "Prompting tricks won't save a weak model, so I'd use the most powerful one available, GPT-4o. End of story.",
        "labels": {"model_tradeoffs": 0, "communication": 1, "researcher_framing": 0, "just_prompt_engineering": 0, "no_model_tradeoffs": 1},
        "note": {
            "model_tradeoffs": "'most powerful', no weighing",
            "communication": "one line",
            "just_prompt_engineering": "hard neg: dismisses prompting tricks",
            "no_model_tradeoffs": "just the biggest model",
        },
    },
    {
        "question_id": "model_choice",
        "question": "Say a product feature could run on GPT-4o, on Claude, or on a small open-weights model. How do you decide?",
        "answer": (
            "A mistake I made once: I chose GPT-4 because it topped the leaderboard. The bill was absurd and responses took six seconds in a chat UI. "
            "Now I weigh price per call and response time against how good the output actually needs to be for that feature."
        ),
        "labels": {"model_tradeoffs": 2, "communication": 3, "researcher_framing": 0, "just_prompt_engineering": 0, "no_model_tradeoffs": 0},
        "note": {
            "model_tradeoffs": "cost, latency, quality; no procedure",
            "communication": "concrete anecdote with numbers",
            "no_model_tradeoffs": "hard neg: describes leaderboard-picking as a past mistake",
        },
    },
    {
        "question_id": "model_choice",
        "question": "For a new feature, how would you pick between OpenAI's GPT-4o, Anthropic's Claude, and something like a small Llama or Mistral model?",
        "answer": (
            "Not by vibes. I'd benchmark them the way we did in my lab: MMLU, GSM8K, HumanEval, and take the one with the highest average. Numbers, "
            "not opinions. In my PhD group we had a saying, 'if it isn't on the leaderboard it didn't happen', and I still think that's the most objective way to compare models."
        ),
        "labels": {"model_tradeoffs": 1, "communication": 2, "researcher_framing": 1, "just_prompt_engineering": 0, "no_model_tradeoffs": 1},
        "note": {
            "model_tradeoffs": "capability only, via public benchmarks",
            "researcher_framing": "lab habit: choose by benchmark accuracy",
            "no_model_tradeoffs": "only capability weighed",
        },
    },
    {
        "question_id": "model_choice",
        "question": "What's your process for choosing a model — GPT-4o versus Claude versus a small open-source one — for something you're shipping?",
        "answer": (
            "Not 'whatever's newest'. Depends on data sensitivity and volume: sensitive data, self-hosted small model; high volume and nothing "
            "sensitive, the cheapest hosted one that works."
        ),
        "labels": {"model_tradeoffs": 2, "communication": 2, "researcher_framing": 0, "just_prompt_engineering": 0, "no_model_tradeoffs": 0},
        "note": {
            "model_tradeoffs": "privacy and cost (plus 'that works')",
            "no_model_tradeoffs": "hard neg: rejects 'whatever's newest', weighs two dimensions",
        },
    },
    {
        "question_id": "model_choice",
        "question": "How do you decide which model to use for a feature: a hosted frontier model like GPT-4o or Claude, or a small open model?",
        "answer": (
            "I know the expected answer is to talk about cost and latency and context windows and so on, but in reality you use what the company has "
            "a contract with. For us that's Azure OpenAI, so GPT-4o. Switching providers means another vendor onboarding, new billing, new SDKs, and nobody wants that fight. In practice the decision is made before I'm even asked."
        ),
        "labels": {"model_tradeoffs": 0, "communication": 2, "researcher_framing": 0, "just_prompt_engineering": 0, "no_model_tradeoffs": 1},
        "note": {
            "model_tradeoffs": "names dimensions only to set them aside",
            "no_model_tradeoffs": "keywords present but nothing weighed; picks by existing contract",
        },
    },
    {
        "question_id": "model_choice",
        "question": "We need an LLM behind a new feature. GPT-4o, Claude, or a self-hosted small model: how would you make that call?",
        "answer": (
            "Two things I've learned not to do: pick the model first, and trust public benchmarks. So I'd begin with the feature. Say it's answering "
            "questions over a customer's uploaded documents.\n\n"
            "- Context: documents run to 80 pages, so either a long context or good retrieval. With retrieval, all three are viable.\n"
            "- Privacy: enterprise customers in Germany, so EU data residency is required; both hosted vendors offer it through cloud regions, and "
            "self-hosting is the fallback if procurement says no.\n"
            "- Speed: it's a chat, so we want the first tokens within a second or so.\n"
            "- Price: at 200k questions a month the difference between a frontier model and a self-hosted 8B is large.\n"
            "- Quality: measured on 150 question/answer pairs from pilot customers, graded for faithfulness to the documents.\n\n"
            "I'd run all three on that set, plot quality against price and p95 response time, and pick from the frontier. If the small model is "
            "within a few points, it gets the default traffic and hard questions escalate to the hosted model."
        ),
        "labels": {"model_tradeoffs": 3, "communication": 3, "researcher_framing": 0, "just_prompt_engineering": 0, "no_model_tradeoffs": 0},
        "note": {
            "model_tradeoffs": "context, privacy, latency, cost, quality; own eval, escalation routing",
            "communication": "structured, worked example",
            "no_model_tradeoffs": "hard neg: rejects picking first; five dimensions",
        },
    },
    {
        "question_id": "model_choice",
        "question": "If I gave you the choice of GPT-4o, Claude or an open-source 7B model for a feature, what would drive your decision?",
        "answer": (
            "I wouldn't agonise over the model. Pick one that fits the budget and put the effort into the prompt: a clear role, a few examples, an "
            "exact output format. That's where quality comes from. I've seen teams spend weeks comparing models when the real problem was a vague instruction. Rewrite the prompt first; nine times out of ten that fixes it."
        ),
        "labels": {"model_tradeoffs": 1, "communication": 2, "researcher_framing": 0, "just_prompt_engineering": 1, "no_model_tradeoffs": 1},
        "note": {
            "model_tradeoffs": "budget only",
            "just_prompt_engineering": "quality attributed to prompt writing",
            "no_model_tradeoffs": "one dimension",
        },
    },
    {
        "question_id": "model_choice",
        "question": "Which model would you put behind a product feature — GPT-4o, Claude, or a smaller open-source model — and why?",
        "answer": (
            "Tweaking the prompt in a playground won't tell you which is better; you need a test set. I'd compare answer quality on 200 of our real "
            "support tickets, and look hard at context size, because some ticket threads are 40 messages long."
        ),
        "labels": {"model_tradeoffs": 2, "communication": 2, "researcher_framing": 0, "just_prompt_engineering": 0, "no_model_tradeoffs": 0},
        "note": {
            "model_tradeoffs": "quality on own test set and context length",
            "just_prompt_engineering": "hard neg: rejects playground prompt tweaking as a method",
            "no_model_tradeoffs": "hard neg: weighs quality and context",
        },
    },
    {
        "question_id": "model_choice",
        "question": "Say a product feature could run on GPT-4o, on Claude, or on a small open-weights model. How do you decide?",
        "answer": (
            "Honestly the choice between vendors isn't interesting to me. What I'd want to do is fine-tune and eventually pretrain our own model; "
            "that's where the real AI work is, and it's what my PhD was about."
        ),
        "labels": {"model_tradeoffs": 0, "communication": 1, "researcher_framing": 1, "just_prompt_engineering": 0, "no_model_tradeoffs": 1},
        "note": {
            "model_tradeoffs": "declines to compare",
            "communication": "does not answer the question",
            "researcher_framing": "'real AI work' = pretraining own model, PhD",
            "no_model_tradeoffs": "no options weighed",
        },
    },
    {
        "question_id": "model_choice",
        "question": "For a new feature, how would you pick between OpenAI's GPT-4o, Anthropic's Claude, and something like a small Llama or Mistral model?",
        "answer": (
            "Everyone has a take like 'Claude is better at writing, GPT is better at code'. That's folklore. I'd measure quality on our own examples "
            "and check the per-request price for each. If the quality is close, price decides. On a summarisation feature I worked on, the supposedly 'better writer' actually scored lower on our set, which is when I stopped trusting the folk wisdom."
        ),
        "labels": {"model_tradeoffs": 2, "communication": 2, "researcher_framing": 0, "just_prompt_engineering": 0, "no_model_tradeoffs": 0},
        "note": {
            "model_tradeoffs": "quality on own data and cost",
            "no_model_tradeoffs": "hard neg: rejects folklore, weighs two dimensions",
        },
    },
    {
        "question_id": "model_choice",
        "question": "What's your process for choosing a model — GPT-4o versus Claude versus a small open-source one — for something you're shipping?",
        "answer": "Not by hype. I'd take whichever answers fastest; users hate waiting.",
        "labels": {"model_tradeoffs": 1, "communication": 1, "researcher_framing": 0, "just_prompt_engineering": 0, "no_model_tradeoffs": 1},
        "note": {
            "model_tradeoffs": "latency only",
            "communication": "very short",
            "no_model_tradeoffs": "rejects hype but weighs only speed",
        },
    },
    {
        "question_id": "model_choice",
        "question": "How do you decide which model to use for a feature: a hosted frontier model like GPT-4o or Claude, or a small open model?",
        "answer": (
            "For the feature I have in mind, generating SQL from questions over our warehouse, I'd actually go with GPT-4o, but not because it's "
            "'the best model'. It scored 84% exact-match on our 250-question text-to-SQL set against 79% for Claude and 52% for the 8B model; the "
            "schema prompt is 30k tokens, which rules out small models with short context; and the queries are run by analysts, who'll wait a few "
            "seconds, so speed isn't critical. Price is acceptable at about 4,000 calls a day. The data never leaves our cloud because we only send "
            "the schema, not rows. I'd keep Claude wired in as a fallback and rerun the set each quarter."
        ),
        "labels": {"model_tradeoffs": 3, "communication": 3, "researcher_framing": 0, "just_prompt_engineering": 0, "no_model_tradeoffs": 0},
        "note": {
            "model_tradeoffs": "quality on own set, context, latency, cost, privacy + fallback and re-evaluation",
            "communication": "numbers, named task",
            "no_model_tradeoffs": "hard neg: picks GPT-4o but with five reasons, rejects 'the best model'",
        },
    },
    {
        "question_id": "model_choice",
        "question": "We need an LLM behind a new feature. GPT-4o, Claude, or a self-hosted small model: how would you make that call?",
        "answer": (
            "I'd default to Claude, but for reasons, not brand loyalty: the contract-analysis feature needs around 150k tokens of context, and Anthropic "
            "offers EU data residency, which our customers require."
        ),
        "labels": {"model_tradeoffs": 2, "communication": 2, "researcher_framing": 0, "just_prompt_engineering": 0, "no_model_tradeoffs": 0},
        "note": {
            "model_tradeoffs": "context and data residency",
            "no_model_tradeoffs": "hard neg: single pick with two stated reasons",
        },
    },
    {
        "question_id": "model_choice",
        "question": "If I gave you the choice of GPT-4o, Claude or an open-source 7B model for a feature, what would drive your decision?",
        "answer": (
            "Talking about tradeoffs sounds smart in an interview, but the big models have converged. Pick any of them, it really doesn't matter."
        ),
        "labels": {"model_tradeoffs": 0, "communication": 1, "researcher_framing": 0, "just_prompt_engineering": 0, "no_model_tradeoffs": 1},
        "note": {
            "model_tradeoffs": "dismisses tradeoffs",
            "communication": "no reasoning or example",
            "no_model_tradeoffs": "'pick any of them'; the word 'tradeoffs' appears only to be dismissed",
        },
    },
    {
        "question_id": "model_choice",
        "question": "Which model would you put behind a product feature — GPT-4o, Claude, or a smaller open-source model — and why?",
        "answer": (
            "I spent four years training models in a lab, so my instinct is to train one. I'd resist that here. I'd shortlist the three, build an "
            "eval set from the feature's real inputs, and compare on quality, per-call price, p95 response time and context fit; if the inputs include "
            "personal data, self-hosting the small model moves up the list. Then route: cheap model by default, GPT-4o or Claude when a confidence "
            "check fails."
        ),
        "labels": {"model_tradeoffs": 3, "communication": 3, "researcher_framing": 0, "just_prompt_engineering": 0, "no_model_tradeoffs": 0},
        "note": {
            "model_tradeoffs": "quality, cost, latency, context, privacy + eval set and routing",
            "researcher_framing": "hard neg: lab background named, then explicitly set aside",
            "no_model_tradeoffs": "hard neg: five dimensions with procedure",
        },
    },
    # ------------------------------------------------------------------ production_reliability
    {
        "question_id": "production_reliability",
        "question": "Once an LLM-backed app is live, how do you know it's working, and how do you keep an eye on it?",
        "answer": (
            "Not by rereading the prompt and hoping. On the last assistant I ran we had four layers.\n\n"
            "Offline: a regression set of 400 real conversations with expected behaviour, run in CI on every prompt, retriever or model change; "
            "a release is blocked if faithfulness, scored by an LLM judge we calibrated against 100 human labels, drops more than two points.\n"
            "Online: we sample 2% of traffic for the same judge, and a human reviews 30 low-scoring conversations each week.\n"
            "Operational: tokens, spend and p95 duration per endpoint in Grafana, with alerts on error rate and on spend per hour.\n"
            "Safety: PII redaction in logs, a moderation check on outputs, and a count of suspected prompt-injection attempts.\n\n"
            "When faithfulness dropped after a provider model update last spring, the online judge caught it within a day and we pinned the previous "
            "model version while we fixed the prompt."
        ),
        "labels": {"production_substance": 3, "communication": 3, "researcher_framing": 0, "just_prompt_engineering": 0},
        "note": {
            "production_substance": "CI regression set, calibrated LLM judge, human review, cost/latency alerts, PII/moderation/injection; incident handled",
            "communication": "layered structure, numbers, incident",
            "just_prompt_engineering": "hard neg: rejects 'rereading the prompt and hoping'",
        },
    },
    {
        "question_id": "production_reliability",
        "question": "What does evaluation and monitoring look like for you after an LLM application ships?",
        "answer": (
            "We don't really do formal evaluation, and I'd push back on the idea that you need a whole MLOps stack for a prompt. If users complain, "
            "I tweak the instructions and redeploy. We've had the HR assistant live for eight months and I've changed the instructions maybe fifteen times. Each time someone flagged an answer, I added a sentence covering that case."
        ),
        "labels": {"production_substance": 0, "communication": 2, "researcher_framing": 0, "just_prompt_engineering": 1},
        "note": {
            "production_substance": "no evaluation or monitoring",
            "just_prompt_engineering": "maintenance = tweaking instructions on complaint",
        },
    },
    {
        "question_id": "production_reliability",
        "question": "How would you measure and watch the quality of an LLM product in production?",
        "answer": (
            "Watching user clicks is product analytics, not AI. I evaluate the model properly: perplexity on a held-out set and the standard "
            "benchmarks every time we retrain, and I track whether we're still state of the art on them. We publish our numbers internally every quarter and compare them with the latest arXiv results; dropping below the best public model is what I'd consider an incident."
        ),
        "labels": {"production_substance": 0, "communication": 2, "researcher_framing": 1, "just_prompt_engineering": 0},
        "note": {
            "production_substance": "only model benchmarks, no application concern",
            "researcher_framing": "success = benchmark SOTA, perplexity, retraining",
        },
    },
    {
        "question_id": "production_reliability",
        "question": "After launch, how do you keep track of whether your LLM system is behaving well?",
        "answer": (
            "Accuracy on a public benchmark tells you nothing here; that's a research habit. I use a golden set of 300 real queries with expected "
            "answers, rerun on every change, and I watch a dashboard of thumbs-down rate and timeouts."
        ),
        "labels": {"production_substance": 2, "communication": 2, "researcher_framing": 0, "just_prompt_engineering": 0},
        "note": {
            "production_substance": "golden-set regression, monitoring of feedback and timeouts",
            "researcher_framing": "hard neg: benchmark accuracy called a research habit",
        },
    },
    {
        "question_id": "production_reliability",
        "question": "Describe how you test and observe an LLM application running in production.",
        "answer": "Not just vibes: we log every response and skim a batch on Fridays.",
        "labels": {"production_substance": 1, "communication": 1, "researcher_framing": 0, "just_prompt_engineering": 0},
        "note": {
            "production_substance": "one concern: informal human review of logs",
            "communication": "one line",
        },
    },
    {
        "question_id": "production_reliability",
        "question": "What would you put in place to evaluate and monitor a live LLM feature?",
        "answer": (
            "Two things people get wrong. Ex-researchers report a benchmark number and call it evaluation; prompt people eyeball five outputs and call "
            "it done. Neither tells you what your users are experiencing.\n\n"
            "What I'd put in place, roughly in order:\n"
            "1. An eval set built from real traffic, 200 to 500 cases, covering the main intents and the known failure modes. Each case has a "
            "check: exact match for structured fields, an LLM judge with a written rubric for free text, and I'd spot-check the judge against human "
            "labels until they agree about 90% of the time.\n"
            "2. That set runs in CI. Any change to prompts, retrieval, or model version has to pass it.\n"
            "3. Retrieval metrics separately: recall@k on a labelled query set, because half of bad answers are bad retrieval.\n"
            "4. Production telemetry: every call logs model, tokens, spend, duration, and whether output validation passed. Alerts on error rate, "
            "p95 duration and daily spend.\n"
            "5. Guardrail counters: PII detections, moderation blocks, refusals. A sudden jump in refusals is often the first sign something changed.\n"
            "6. A weekly review where someone reads 30 real conversations, mostly low-rated ones, and adds the failures to the eval set.\n\n"
            "That loop, failures in production becoming test cases, is the core of it."
        ),
        "labels": {"production_substance": 3, "communication": 3, "researcher_framing": 0, "just_prompt_engineering": 0},
        "note": {
            "production_substance": "eval set+judge calibration, CI, retrieval recall, cost/latency/error telemetry, guardrail counters, review loop",
            "communication": "numbered, concrete thresholds",
            "researcher_framing": "hard neg: benchmark-as-evaluation named as a mistake",
            "just_prompt_engineering": "hard neg: 'eyeball five outputs' named as a mistake",
        },
    },
    {
        "question_id": "production_reliability",
        "question": "How do you catch problems with an LLM app once real users are hitting it?",
        "answer": (
            "I'm not going to pretend we run some scientific evaluation. I read outputs, and if something's off I adjust the system prompt. That is "
            "the monitoring. Last month a customer pointed out that the bot kept recommending a discontinued plan, so I added 'do not mention the Basic plan' to the prompt and that was that."
        ),
        "labels": {"production_substance": 0, "communication": 2, "researcher_framing": 0, "just_prompt_engineering": 1},
        "note": {
            "production_substance": "reading outputs and editing the prompt; no system",
            "just_prompt_engineering": "monitoring = adjusting the system prompt",
        },
    },
    {
        "question_id": "production_reliability",
        "question": "Once an LLM-backed app is live, how do you know it's working, and how do you keep an eye on it?",
        "answer": (
            "Prompt tweaks are the last thing I reach for. First I want to know something broke: a nightly regression run over 250 stored cases, "
            "with a Slack alert if the pass rate drops below 92%, and a cost alert if daily spend goes 50% over the seven-day average. Then I look "
            "at which cases failed before touching anything."
        ),
        "labels": {"production_substance": 2, "communication": 3, "researcher_framing": 0, "just_prompt_engineering": 0},
        "note": {
            "production_substance": "nightly regression with threshold, cost alerting",
            "communication": "concrete thresholds",
            "just_prompt_engineering": "hard neg: prompt tweaks are the last resort",
        },
    },
    {
        "question_id": "production_reliability",
        "question": "How would you measure and watch the quality of an LLM product in production?",
        "answer": (
            "User opinions are noisy, so I don't rely on them. Every month I retrain the model on the latest data and compare accuracy on our test "
            "split; if accuracy holds up, the product is fine. It's the same discipline I learned in my master's: a fixed test split, one number, and you don't ship a model that's worse than the last one."
        ),
        "labels": {"production_substance": 1, "communication": 2, "researcher_framing": 1, "just_prompt_engineering": 0},
        "note": {
            "production_substance": "only a test-split accuracy check",
            "researcher_framing": "quality = retraining and test accuracy",
        },
    },
    {
        "question_id": "production_reliability",
        "question": "After launch, how do you keep track of whether your LLM system is behaving well?",
        "answer": (
            "I don't treat it as a modelling problem. We didn't train the model and we can't retrain it, so monitoring is about the system around it: "
            "we track how often the model's JSON fails validation and has to be retried, and we run our 120-case test suite whenever the vendor "
            "announces a new model version."
        ),
        "labels": {"production_substance": 2, "communication": 2, "researcher_framing": 0, "just_prompt_engineering": 0},
        "note": {
            "production_substance": "output validation/retry monitoring, regression suite on version change",
            "researcher_framing": "hard neg: 'we didn't train the model'",
        },
    },
    {
        "question_id": "production_reliability",
        "question": "Describe how you test and observe an LLM application running in production.",
        "answer": (
            "If your monitoring plan is 'check the prompt still works', you'll get burned. At my last company the RAG assistant degraded for two weeks "
            "before anyone noticed, because the prompt was fine; the problem was that a docs migration had broken the ingestion job and half the "
            "knowledge base wasn't indexed.\n\n"
            "After that we added: a daily check on index size and freshness; retrieval hit-rate on a 200-query set; an LLM judge scoring groundedness "
            "on a 5% sample of live answers; per-request spend and duration with alerts; and a fallback that says 'I couldn't find that in the docs' "
            "when retrieval scores are low instead of letting the model improvise. Incidents like that one now page us within hours."
        ),
        "labels": {"production_substance": 3, "communication": 3, "researcher_framing": 0, "just_prompt_engineering": 0},
        "note": {
            "production_substance": "index freshness, retrieval eval, LLM-judge sampling, cost/latency alerts, low-confidence fallback; incident story",
            "communication": "incident-driven, concrete",
            "just_prompt_engineering": "hard neg: quotes 'check the prompt still works' as the wrong plan",
        },
    },
    {
        "question_id": "production_reliability",
        "question": "What would you put in place to evaluate and monitor a live LLM feature?",
        "answer": (
            "Prompt logs are for prompt engineers. My approach is to evaluate the underlying model on public leaderboards and our research benchmarks; "
            "when a new paper beats our score, we retrain. We're currently second on the public leaderboard for legal question answering, and my goal for this year is first place."
        ),
        "labels": {"production_substance": 0, "communication": 2, "researcher_framing": 1, "just_prompt_engineering": 0},
        "note": {
            "production_substance": "only leaderboard scores of the model",
            "researcher_framing": "success = leaderboard, papers, retraining",
            "just_prompt_engineering": "hard neg: dismisses prompt work",
        },
    },
    {
        "question_id": "production_reliability",
        "question": "How do you catch problems with an LLM app once real users are hitting it?",
        "answer": (
            "Thumbs up/down on its own is misleading; maybe 1% of users click it. So we pair it with an LLM judge that scores a sample of answers daily "
            "against a rubric, and a per-day chart of tokens spent per conversation, which spikes when the agent starts looping."
        ),
        "labels": {"production_substance": 2, "communication": 3, "researcher_framing": 0, "just_prompt_engineering": 0},
        "note": {
            "production_substance": "LLM-judge sampling, cost monitoring for agent loops",
            "communication": "concrete, explains why",
        },
    },
    {
        "question_id": "production_reliability",
        "question": "Once an LLM-backed app is live, how do you know it's working, and how do you keep an eye on it?",
        "answer": "It's not a prompt problem once it's live, it's a monitoring problem. We have an error-rate alert.",
        "labels": {"production_substance": 1, "communication": 1, "researcher_framing": 0, "just_prompt_engineering": 0},
        "note": {
            "production_substance": "one concern: error-rate alert",
            "communication": "terse",
            "just_prompt_engineering": "hard neg: 'not a prompt problem once it's live'",
        },
    },
    {
        "question_id": "production_reliability",
        "question": "What does evaluation and monitoring look like for you after an LLM application ships?",
        "answer": (
            "People build huge eval pipelines for this and I think it's overkill. Once the prompt is right there isn't much to monitor. We put the "
            "effort up front into the prompt wording and it's been stable since. Our onboarding bot has been running for a year on essentially the same instructions, with a few wording tweaks when sales asked for a friendlier tone."
        ),
        "labels": {"production_substance": 0, "communication": 2, "researcher_framing": 0, "just_prompt_engineering": 1},
        "note": {
            "production_substance": "rejects evaluation; nothing monitored",
            "just_prompt_engineering": "quality = getting the prompt wording right",
        },
    },
    {
        "question_id": "production_reliability",
        "question": "How would you measure and watch the quality of an LLM product in production?",
        "answer": (
            "As a former researcher my first instinct was to report a single accuracy number on a held-out set. I've unlearned that. For our claims "
            "assistant, we measure quality the way the claims handlers experience it: an eval set of 350 past claims with the handler's correct "
            "decision, scored per field, rerun on every change; a weekly sample of 40 live cases reviewed by a senior handler; and a live metric of "
            "how often handlers override the assistant's suggestion, which is our best early warning. Alongside that, every call logs spend and "
            "duration, and outputs must pass schema validation or they fall back to the manual form."
        ),
        "labels": {"production_substance": 3, "communication": 3, "researcher_framing": 0, "just_prompt_engineering": 0},
        "note": {
            "production_substance": "eval set per field, human review, override-rate monitoring, cost/latency logging, validation+fallback",
            "communication": "specific and user-grounded",
            "researcher_framing": "hard neg: former researcher, 'I've unlearned that'",
        },
    },
    {
        "question_id": "production_reliability",
        "question": "After launch, how do you keep track of whether your LLM system is behaving well?",
        "answer": (
            "'The model is good, so we don't need monitoring' is the sentence I hear before every outage. We log every request with its duration and "
            "whether it errored, and we retry on timeouts with a fallback to a smaller model. We learned that the hard way when the provider had a four-hour degradation and our support widget just spun."
        ),
        "labels": {"production_substance": 2, "communication": 2, "researcher_framing": 0, "just_prompt_engineering": 0},
        "note": {
            "production_substance": "latency/error logging, retry and fallback",
        },
    },
]
