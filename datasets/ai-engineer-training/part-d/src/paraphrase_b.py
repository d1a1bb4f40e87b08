# Style: paraphrase -- model_choice and production_reliability answers.
# Flagged or good content expressed by description, avoiding the usual
# vocabulary ('prompt engineering', 'from scratch', 'research', 'trade-off',
# 'latency', 'cost') where possible.
# Flag notes starting with "paraphrase:" mark positives without the obvious
# words, "hard neg:" marks hard negatives (counted by check.py).

STYLE = "paraphrase"

ENTRIES = [
    # ------------------------------------------------------------------ model_choice
    {
        "question_id": "model_choice",
        "question": "We need an LLM behind a new feature. GPT-4o, Claude, or a self-hosted small model: how would you make that call?",
        "answer": (
            "I'd go with whatever the team already pays for. No point adding another vendor. At my last two companies we had an OpenAI contract "
            "and the whole stack, the SDK, the logging, the dashboards, was already built around it. Every time someone proposed trying a different "
            "model it turned into a month-long discussion, and in the end we shipped on what we had anyway. I'd save everyone that discussion."
        ),
        "labels": {"model_tradeoffs": 0, "communication": 2, "researcher_framing": 0, "just_prompt_engineering": 0, "no_model_tradeoffs": 1},
        "note": {
            "model_tradeoffs": "no dimension weighed",
            "communication": "understandable, one anecdote",
            "no_model_tradeoffs": "paraphrase: 'whatever the team already pays for'",
        },
    },
    {
        "question_id": "model_choice",
        "question": "Which model would you put behind a product feature — GPT-4o, Claude, or a smaller open-source model — and why?",
        "answer": (
            "They're basically interchangeable now. I'd pick whichever has the nicest SDK. On my last project we started with one, moved to another "
            "when our team lead changed, and the users never noticed. What actually mattered day to day was that the SDK had decent TypeScript "
            "types and good docs."
        ),
        "labels": {"model_tradeoffs": 0, "communication": 2, "researcher_framing": 0, "just_prompt_engineering": 0, "no_model_tradeoffs": 1},
        "note": {
            "model_tradeoffs": "'interchangeable'",
            "communication": "one anecdote, no reasoning about the models",
            "no_model_tradeoffs": "paraphrase: 'basically interchangeable', SDK preference",
        },
    },
    {
        "question_id": "model_choice",
        "question": "Say a product feature could run on GPT-4o, on Claude, or on a small open-weights model. How do you decide?",
        "answer": (
            "Honestly the model is the least of it. What matters is how you talk to it: a clear role, a couple of worked examples, a strict answer "
            "format. Do that well and GPT, Claude and Llama will all behave. We switched providers twice last year after company reorganisations and the feature didn't change at all, because the carefully worded instructions carried over."
        ),
        "labels": {"model_tradeoffs": 0, "communication": 2, "researcher_framing": 0, "just_prompt_engineering": 1, "no_model_tradeoffs": 1},
        "note": {
            "model_tradeoffs": "declares model irrelevant",
            "just_prompt_engineering": "paraphrase: 'how you talk to it' -- role, examples, format",
            "no_model_tradeoffs": "paraphrase: all will behave, nothing weighed",
        },
    },
    {
        "question_id": "model_choice",
        "question": "For a new feature, how would you pick between OpenAI's GPT-4o, Anthropic's Claude, and something like a small Llama or Mistral model?",
        "answer": (
            "For the ward-round notes feature I'd go with the small one we host ourselves. The patient notes can't leave our building, and the nurses "
            "need an answer before they've moved on to the next bed."
        ),
        "labels": {"model_tradeoffs": 2, "communication": 2, "researcher_framing": 0, "just_prompt_engineering": 0, "no_model_tradeoffs": 0},
        "note": {
            "model_tradeoffs": "privacy/self-hosting and speed, described not named",
            "no_model_tradeoffs": "hard neg: one pick with two reasons",
        },
    },
    {
        "question_id": "model_choice",
        "question": "What's your process for choosing a model — GPT-4o versus Claude versus a small open-source one — for something you're shipping?",
        "answer": "Whichever gives the nicest answers when I try a few questions in each playground.",
        "labels": {"model_tradeoffs": 1, "communication": 1, "researcher_framing": 0, "just_prompt_engineering": 0, "no_model_tradeoffs": 1},
        "note": {
            "model_tradeoffs": "informal quality check only",
            "communication": "one line",
            "no_model_tradeoffs": "paraphrase: only answer quality, judged by feel",
        },
    },
    {
        "question_id": "model_choice",
        "question": "How do you decide which model to use for a feature: a hosted frontier model like GPT-4o or Claude, or a small open model?",
        "answer": (
            "None of them, long term. I'd collect our own data and grow a model of our own, layer by layer, shaped to our domain. Renting someone "
            "else's intelligence isn't a strategy."
        ),
        "labels": {"model_tradeoffs": 0, "communication": 1, "researcher_framing": 1, "just_prompt_engineering": 0, "no_model_tradeoffs": 1},
        "note": {
            "model_tradeoffs": "no comparison",
            "communication": "slogan, no specifics",
            "researcher_framing": "paraphrase: 'grow a model of our own, layer by layer'",
            "no_model_tradeoffs": "rejects all three without weighing them",
        },
    },
    {
        "question_id": "model_choice",
        "question": "If I gave you the choice of GPT-4o, Claude or an open-source 7B model for a feature, what would drive your decision?",
        "answer": (
            "They're not interchangeable, whatever the marketing says, so I'd start from what the feature needs. How long will someone sit waiting "
            "for the reply? How many times a day is it called, and so how big does the monthly invoice get? How much text does it have to read at once? "
            "Is the data allowed to leave our servers?\n\n"
            "Then I'd collect 150 real examples, have each model answer them, and have two colleagues mark the answers without knowing which model wrote "
            "which. Usually the small model handles the routine ones well enough, so it takes those and the big one gets the hard ones; and if our main "
            "provider has an outage, requests switch to the other provider."
        ),
        "labels": {"model_tradeoffs": 3, "communication": 3, "researcher_framing": 0, "just_prompt_engineering": 0, "no_model_tradeoffs": 0},
        "note": {
            "model_tradeoffs": "waiting time, invoice, input size, data leaving servers, quality; blind eval, routing, failover",
            "communication": "clear questions then procedure",
            "no_model_tradeoffs": "hard neg: rejects 'interchangeable', weighs five dimensions in plain words",
        },
    },
    {
        "question_id": "model_choice",
        "question": "We need an LLM behind a new feature. GPT-4o, Claude, or a self-hosted small model: how would you make that call?",
        "answer": (
            "The CTO already likes Claude, so Claude. It's not a battle worth fighting. I learned at my last job that the model decision is mostly "
            "politics: we spent two sprints comparing options and the CTO picked his favourite anyway. Since then I just ask first and save the team "
            "the two sprints."
        ),
        "labels": {"model_tradeoffs": 0, "communication": 2, "researcher_framing": 0, "just_prompt_engineering": 0, "no_model_tradeoffs": 1},
        "note": {
            "model_tradeoffs": "decided by preference of a manager",
            "communication": "clear, one anecdote",
            "no_model_tradeoffs": "paraphrase: picks by the CTO's preference",
        },
    },
    {
        "question_id": "model_choice",
        "question": "Which model would you put behind a product feature — GPT-4o, Claude, or a smaller open-source model — and why?",
        "answer": "I'd pick the one with the smallest monthly bill. That's really the only thing that differs much between them.",
        "labels": {"model_tradeoffs": 1, "communication": 1, "researcher_framing": 0, "just_prompt_engineering": 0, "no_model_tradeoffs": 1},
        "note": {
            "model_tradeoffs": "one dimension: the bill",
            "communication": "short",
            "no_model_tradeoffs": "paraphrase: only the bill weighed, rest assumed equal",
        },
    },
    {
        "question_id": "model_choice",
        "question": "Say a product feature could run on GPT-4o, on Claude, or on a small open-weights model. How do you decide?",
        "answer": (
            "For our manual-lookup feature I'd choose Claude, for two reasons I actually checked: it can take in the whole 300-page service manual in "
            "one go, and on the twenty tricky questions our support leads wrote it got 17 right, against 13 and 9 for the others."
        ),
        "labels": {"model_tradeoffs": 2, "communication": 3, "researcher_framing": 0, "just_prompt_engineering": 0, "no_model_tradeoffs": 0},
        "note": {
            "model_tradeoffs": "input size and measured quality",
            "communication": "numbers from own test",
            "no_model_tradeoffs": "hard neg: one pick with two checked reasons",
        },
    },
    {
        "question_id": "model_choice",
        "question": "For a new feature, how would you pick between OpenAI's GPT-4o, Anthropic's Claude, and something like a small Llama or Mistral model?",
        "answer": (
            "I'd look at which one sits highest on the academic leaderboards that month. In my lab we always went by the numbers in the papers, and "
            "the model that scores best on the reasoning tests is the one I'd trust. We'd rerun the evaluation scripts from the papers ourselves to make sure the reported scores hold up, and then go with the top one."
        ),
        "labels": {"model_tradeoffs": 1, "communication": 2, "researcher_framing": 1, "just_prompt_engineering": 0, "no_model_tradeoffs": 1},
        "note": {
            "model_tradeoffs": "capability via public leaderboards only",
            "researcher_framing": "paraphrase: lab habit, choose by paper numbers",
            "no_model_tradeoffs": "single dimension",
        },
    },
    {
        "question_id": "model_choice",
        "question": "What's your process for choosing a model — GPT-4o versus Claude versus a small open-source one — for something you're shipping?",
        "answer": (
            "Newest one. They get better every few months, so just take the latest release. On my last team we kept the model name in a config "
            "file and bumped it whenever a vendor announced something new. Nobody ever complained, and it saved a lot of meetings."
        ),
        "labels": {"model_tradeoffs": 0, "communication": 2, "researcher_framing": 0, "just_prompt_engineering": 0, "no_model_tradeoffs": 1},
        "note": {
            "model_tradeoffs": "'newest'",
            "communication": "understandable, one example",
            "no_model_tradeoffs": "picks by recency",
        },
    },
    {
        "question_id": "model_choice",
        "question": "How do you decide which model to use for a feature: a hosted frontier model like GPT-4o or Claude, or a small open model?",
        "answer": (
            "For a chat feature I'd go with GPT-4o mini over the big ones. People notice when a reply takes more than a second or two, and at a few "
            "hundred thousand conversations a month the invoice from the bigger models would be several times larger."
        ),
        "labels": {"model_tradeoffs": 2, "communication": 2, "researcher_framing": 0, "just_prompt_engineering": 0, "no_model_tradeoffs": 0},
        "note": {
            "model_tradeoffs": "speed and spend",
            "no_model_tradeoffs": "hard neg: single pick with two reasons",
        },
    },
    {
        "question_id": "model_choice",
        "question": "If I gave you the choice of GPT-4o, Claude or an open-source 7B model for a feature, what would drive your decision?",
        "answer": (
            "I'd write my best instructions once, paste them into each model's chat window, and keep the one whose reply I like most. The instructions "
            "are the real product; the model is just where you run them. At my last company I did this for a summarising feature; the instructions were three pages long by the end and took me most of a month, while choosing the model took an afternoon."
        ),
        "labels": {"model_tradeoffs": 1, "communication": 2, "researcher_framing": 0, "just_prompt_engineering": 1, "no_model_tradeoffs": 1},
        "note": {
            "model_tradeoffs": "informal quality comparison only",
            "just_prompt_engineering": "paraphrase: 'the instructions are the real product'",
            "no_model_tradeoffs": "one dimension, by taste",
        },
    },
    {
        "question_id": "model_choice",
        "question": "Which model would you put behind a product feature — GPT-4o, Claude, or a smaller open-source model — and why?",
        "answer": "Whatever's quickest. People leave if the little dots keep bouncing.",
        "labels": {"model_tradeoffs": 1, "communication": 1, "researcher_framing": 0, "just_prompt_engineering": 0, "no_model_tradeoffs": 1},
        "note": {
            "model_tradeoffs": "speed only",
            "communication": "one line",
            "no_model_tradeoffs": "paraphrase: only reply speed ('little dots') weighed",
        },
    },
    {
        "question_id": "model_choice",
        "question": "Say a product feature could run on GPT-4o, on Claude, or on a small open-weights model. How do you decide?",
        "answer": (
            "I try not to have a favourite, because the honest answer changes with the feature. Let me walk through the last one I did: a tool that "
            "reads a customer's full account history, sometimes two years of emails, and drafts a renewal proposal.\n\n"
            "What the feature needed: it had to read a lot at once, tens of thousands of words; the account managers would wait half a minute happily "
            "since it replaced an hour of work; the volume was small, a few hundred a day, so the provider's invoice barely mattered; but the emails "
            "contained client pricing, so where the text went mattered a great deal.\n\n"
            "How we chose: we took 40 past renewals where we knew what a good proposal looked like, had each option draft them, and had three account "
            "managers rank the drafts without knowing the source. The hosted models were clearly better than the 8B model on this, which kept "
            "confusing which email said what. Between the two hosted ones the quality was close, so the deciding factor was the contract: one vendor "
            "let us keep data in our EU region with no retention, which legal signed off quickly.\n\n"
            "For a different feature, autocomplete in a search box, every one of those answers would flip and the small model would probably win."
        ),
        "labels": {"model_tradeoffs": 3, "communication": 3, "researcher_framing": 0, "just_prompt_engineering": 0, "no_model_tradeoffs": 0},
        "note": {
            "model_tradeoffs": "input size, waiting time, spend, data location, quality; blind ranking on own cases",
            "communication": "worked example, clear reasoning",
            "no_model_tradeoffs": "hard neg: rejects having a favourite; five dimensions weighed",
        },
    },
    {
        "question_id": "model_choice",
        "question": "We need an LLM behind a new feature. GPT-4o, Claude, or a self-hosted small model: how would you make that call?",
        "answer": "We already have an OpenAI account, so GPT-4o. Simple.",
        "labels": {"model_tradeoffs": 0, "communication": 1, "researcher_framing": 0, "just_prompt_engineering": 0, "no_model_tradeoffs": 1},
        "note": {
            "model_tradeoffs": "existing account decides",
            "communication": "one line",
            "no_model_tradeoffs": "paraphrase: whatever account already exists",
        },
    },
    {
        "question_id": "model_choice",
        "question": "For a new feature, how would you pick between OpenAI's GPT-4o, Anthropic's Claude, and something like a small Llama or Mistral model?",
        "answer": (
            "Off-the-shelf models are generalists. I'd rather take an open model's architecture, start it from random weights and train it on our own "
            "data so it truly understands our domain. My previous team did this for insurance documents: a few weeks of GPU time, and the model knew our terminology far better than anything general."
        ),
        "labels": {"model_tradeoffs": 0, "communication": 2, "researcher_framing": 1, "just_prompt_engineering": 0, "no_model_tradeoffs": 1},
        "note": {
            "model_tradeoffs": "no weighing of the three",
            "researcher_framing": "paraphrase: random initialisation, train on own data",
            "no_model_tradeoffs": "dismisses options without weighing",
        },
    },
    {
        "question_id": "model_choice",
        "question": "What's your process for choosing a model — GPT-4o versus Claude versus a small open-source one — for something you're shipping?",
        "answer": (
            "For the form-reading feature I'd keep it in-house with the small open model. Our contracts with the banks forbid sending their data to "
            "outside providers, and the task, pulling five fields out of a standard form, is simple enough that the small model got 97% of fields right "
            "in our tests."
        ),
        "labels": {"model_tradeoffs": 2, "communication": 3, "researcher_framing": 0, "just_prompt_engineering": 0, "no_model_tradeoffs": 0},
        "note": {
            "model_tradeoffs": "data restrictions and measured task quality",
            "communication": "concrete numbers",
            "no_model_tradeoffs": "hard neg: single pick with two reasons",
        },
    },
    {
        "question_id": "model_choice",
        "question": "How do you decide which model to use for a feature: a hosted frontier model like GPT-4o or Claude, or a small open model?",
        "answer": "Doesn't matter much. I'd flip a coin between GPT and Claude.",
        "labels": {"model_tradeoffs": 0, "communication": 1, "researcher_framing": 0, "just_prompt_engineering": 0, "no_model_tradeoffs": 1},
        "note": {
            "model_tradeoffs": "coin flip",
            "communication": "one line",
            "no_model_tradeoffs": "paraphrase: 'flip a coin', treated as equivalent",
        },
    },
    {
        "question_id": "model_choice",
        "question": "If I gave you the choice of GPT-4o, Claude or an open-source 7B model for a feature, what would drive your decision?",
        "answer": "The one that can swallow the most text at once, since our documents are long.",
        "labels": {"model_tradeoffs": 1, "communication": 1, "researcher_framing": 0, "just_prompt_engineering": 0, "no_model_tradeoffs": 1},
        "note": {
            "model_tradeoffs": "context size only",
            "communication": "one line",
            "no_model_tradeoffs": "paraphrase: single dimension (input size)",
        },
    },
    {
        "question_id": "model_choice",
        "question": "Which model would you put behind a product feature — GPT-4o, Claude, or a smaller open-source model — and why?",
        "answer": (
            "GPT-4o, because it's the only one of the three our security team has already approved for customer data, and the feature takes photo "
            "uploads, which the small model can't read."
        ),
        "labels": {"model_tradeoffs": 2, "communication": 2, "researcher_framing": 0, "just_prompt_engineering": 0, "no_model_tradeoffs": 0},
        "note": {
            "model_tradeoffs": "data approval (privacy) and capability (image input)",
            "no_model_tradeoffs": "hard neg: one pick with two reasons",
        },
    },
    {
        "question_id": "model_choice",
        "question": "Say a product feature could run on GPT-4o, on Claude, or on a small open-weights model. How do you decide?",
        "answer": (
            "It's less about the model and more about the conversation you set up with it. I'd spend the time on the persona and the examples, then "
            "use whatever model the company already has. Every model I've used responds to the same things: a clear character, firm rules, and two or three samples of the answer you want. That's where the quality comes from."
        ),
        "labels": {"model_tradeoffs": 0, "communication": 2, "researcher_framing": 0, "just_prompt_engineering": 1, "no_model_tradeoffs": 1},
        "note": {
            "model_tradeoffs": "no weighing",
            "just_prompt_engineering": "paraphrase: effort goes into persona and examples",
            "no_model_tradeoffs": "paraphrase: whatever the company already has",
        },
    },
    {
        "question_id": "model_choice",
        "question": "We need an LLM behind a new feature. GPT-4o, Claude, or a self-hosted small model: how would you make that call?",
        "answer": (
            "Claude. I've always found it more pleasant to work with. The docs are clear, the console is nice, and I've used it for two years on "
            "side projects, so I know its quirks. For a new feature I'd rather go with something I'm comfortable with than spend a week on a "
            "bake-off."
        ),
        "labels": {"model_tradeoffs": 0, "communication": 2, "researcher_framing": 0, "just_prompt_engineering": 0, "no_model_tradeoffs": 1},
        "note": {
            "model_tradeoffs": "personal preference and familiarity",
            "communication": "understandable, no reasoning about the task",
            "no_model_tradeoffs": "picks one on personal taste",
        },
    },
    {
        "question_id": "model_choice",
        "question": "For a new feature, how would you pick between OpenAI's GPT-4o, Anthropic's Claude, and something like a small Llama or Mistral model?",
        "answer": (
            "Rather than going on reputation, I'd put all three through the same exam: 200 real requests from the feature, with a marking sheet the "
            "product owner agrees to. Next to each score I'd write what it would take to run that model at our expected volume, how many seconds a "
            "user waits on average and at the slow end, and whether our customers' contracts allow their text to leave our cloud. Where the small model "
            "passes, it gets the traffic; where it doesn't, requests go up to a hosted one, and the other hosted one stands by in case the first "
            "is down."
        ),
        "labels": {"model_tradeoffs": 3, "communication": 3, "researcher_framing": 0, "just_prompt_engineering": 0, "no_model_tradeoffs": 0},
        "note": {
            "model_tradeoffs": "quality, running expense, waiting time, data location; exam set, escalation, standby",
            "communication": "clear procedure",
            "no_model_tradeoffs": "hard neg: rejects choosing by reputation; four+ dimensions",
        },
    },
    {
        "question_id": "model_choice",
        "question": "What's your process for choosing a model — GPT-4o versus Claude versus a small open-source one — for something you're shipping?",
        "answer": "Biggest brain wins. For anything customers see, I want the smartest model available, whatever it takes.",
        "labels": {"model_tradeoffs": 0, "communication": 1, "researcher_framing": 0, "just_prompt_engineering": 0, "no_model_tradeoffs": 1},
        "note": {
            "model_tradeoffs": "'smartest model', the 'it's the best' answer",
            "communication": "one line",
            "no_model_tradeoffs": "paraphrase: 'biggest brain wins', no weighing",
        },
    },
    {
        "question_id": "model_choice",
        "question": "How do you decide which model to use for a feature: a hosted frontier model like GPT-4o or Claude, or a small open model?",
        "answer": (
            "For the field-service app, honestly the small model: it runs on the technician's laptop, so it keeps working in basements with no signal, "
            "and once it's installed there's nothing to pay per question."
        ),
        "labels": {"model_tradeoffs": 2, "communication": 2, "researcher_framing": 0, "just_prompt_engineering": 0, "no_model_tradeoffs": 0},
        "note": {
            "model_tradeoffs": "local hosting/offline and per-call spend",
            "no_model_tradeoffs": "hard neg: single pick with two reasons",
        },
    },
    {
        "question_id": "model_choice",
        "question": "If I gave you the choice of GPT-4o, Claude or an open-source 7B model for a feature, what would drive your decision?",
        "answer": "I'd ask which one our data can legally go to, and use that.",
        "labels": {"model_tradeoffs": 1, "communication": 1, "researcher_framing": 0, "just_prompt_engineering": 0, "no_model_tradeoffs": 1},
        "note": {
            "model_tradeoffs": "privacy only",
            "communication": "one line",
            "no_model_tradeoffs": "paraphrase: only where data may go",
        },
    },
    {
        "question_id": "model_choice",
        "question": "Which model would you put behind a product feature — GPT-4o, Claude, or a smaller open-source model — and why?",
        "answer": (
            "Not whichever is trendiest. The questions I'd ask are: how long will the user wait, how much text does it need to read in one go, and "
            "what happens to the customer's data once we send it."
        ),
        "labels": {"model_tradeoffs": 2, "communication": 2, "researcher_framing": 0, "just_prompt_engineering": 0, "no_model_tradeoffs": 0},
        "note": {
            "model_tradeoffs": "speed, input size, data handling; no procedure",
            "no_model_tradeoffs": "hard neg: rejects 'trendiest', three dimensions",
        },
    },
    # ------------------------------------------------------------------ production_reliability
    {
        "question_id": "production_reliability",
        "question": "Once an LLM-backed app is live, how do you know it's working, and how do you keep an eye on it?",
        "answer": (
            "When someone says the bot got something wrong, I open its instructions and add a line telling it not to do that. Over time the "
            "instructions get better and better. The instructions for our returns bot are now about forty lines long, and every line is there because of a specific complaint."
        ),
        "labels": {"production_substance": 0, "communication": 2, "researcher_framing": 0, "just_prompt_engineering": 1},
        "note": {
            "production_substance": "no evaluation or monitoring",
            "just_prompt_engineering": "paraphrase: adds a line to the instructions per complaint",
        },
    },
    {
        "question_id": "production_reliability",
        "question": "What does evaluation and monitoring look like for you after an LLM application ships?",
        "answer": (
            "We rerun the standard academic test suites every week and check our scores haven't slipped against the published numbers. If they have, "
            "we go back and teach the model more. Our team's target is to stay within a point of the best published model on each test, and when we fall behind, that's what the next training run is for."
        ),
        "labels": {"production_substance": 0, "communication": 2, "researcher_framing": 1, "just_prompt_engineering": 0},
        "note": {
            "production_substance": "academic benchmarks only",
            "researcher_framing": "paraphrase: success = academic test suites vs published numbers, more training",
        },
    },
    {
        "question_id": "production_reliability",
        "question": "How would you measure and watch the quality of an LLM product in production?",
        "answer": (
            "I think of it as three questions: is it right, is it safe, and is it healthy.\n\n"
            "Is it right: we keep 300 real questions with agreed answers, drawn from support tickets, and every change to the instructions, the "
            "document lookup or the model version is run against them before release. A second model marks the answers against a checklist, and "
            "once a month we check that marker against two humans to make sure it still agrees with them. We also check separately whether the "
            "lookup found the right documents, because most wrong answers start there.\n\n"
            "Is it safe: names, emails and account numbers are stripped before anything goes to the provider or into logs, and we count how often "
            "the output filter blocks something. Pasted text that tries to give the model new orders is flagged.\n\n"
            "Is it healthy: every request records which model, how many tokens, how many seconds and how many cents. We get paged if errors pass 2% "
            "or the daily spend is 40% above normal, and if the provider fails twice in a row we switch to a backup model.\n\n"
            "Last quarter the 'right' numbers dropped four points overnight; it turned out the provider had updated the model, and we pinned the old "
            "version while we adjusted."
        ),
        "labels": {"production_substance": 3, "communication": 3, "researcher_framing": 0, "just_prompt_engineering": 0},
        "note": {
            "production_substance": "eval set + judge calibration, retrieval check, PII/output filter/injection, cost/latency/error alerts, failover; incident",
            "communication": "structured, numbers, incident",
        },
    },
    {
        "question_id": "production_reliability",
        "question": "After launch, how do you keep track of whether your LLM system is behaving well?",
        "answer": "I keep polishing the wording of what we tell it.",
        "labels": {"production_substance": 0, "communication": 1, "researcher_framing": 0, "just_prompt_engineering": 1},
        "note": {
            "production_substance": "nothing beyond wording",
            "communication": "one line",
            "just_prompt_engineering": "paraphrase: 'polishing the wording of what we tell it'",
        },
    },
    {
        "question_id": "production_reliability",
        "question": "Describe how you test and observe an LLM application running in production.",
        "answer": (
            "We keep a notebook of 120 questions with the answers we expect and run it before each release. There's also a chart of how long replies "
            "take, with an alarm if the typical time doubles. It's a small team, so this is deliberately simple, but it caught a broken release last month."
        ),
        "labels": {"production_substance": 2, "communication": 2, "researcher_framing": 0, "just_prompt_engineering": 0},
        "note": {
            "production_substance": "pre-release eval set, response-time alarm",
        },
    },
    {
        "question_id": "production_reliability",
        "question": "What would you put in place to evaluate and monitor a live LLM feature?",
        "answer": (
            "I track the model's score on a held-out slice of our data, the same way I did in grad school. When the score drops, I gather fresh "
            "examples and train a new version. That's how we ran things in my lab and it carries over: one score you trust, checked regularly, and a fresh training run when it slips."
        ),
        "labels": {"production_substance": 1, "communication": 2, "researcher_framing": 1, "just_prompt_engineering": 0},
        "note": {
            "production_substance": "only a held-out score check",
            "researcher_framing": "paraphrase: grad-school held-out score, retraining as the response",
        },
    },
    {
        "question_id": "production_reliability",
        "question": "How do you catch problems with an LLM app once real users are hitting it?",
        "answer": (
            "Quality mostly comes down to the instructions, so that's what I watch. Each week I read through a few chats, and if the tone is off I "
            "rephrase the system message and sometimes add another example. The provider doesn't tell us much when they change things, so the tone drifts now and then. Most weeks there's nothing to do; some weeks I rewrite a paragraph."
        ),
        "labels": {"production_substance": 1, "communication": 2, "researcher_framing": 0, "just_prompt_engineering": 1},
        "note": {
            "production_substance": "informal reading of chats only",
            "just_prompt_engineering": "paraphrase: quality = instructions; fix = rephrase system message",
        },
    },
    {
        "question_id": "production_reliability",
        "question": "Once an LLM-backed app is live, how do you know it's working, and how do you keep an eye on it?",
        "answer": (
            "For our tax-question assistant: a fixed set of 180 questions that accountants answered, run every night, with the pass rate posted to "
            "the team channel; a filter that stops the bot from ever quoting a customer's ID number back; a timer on every request, so if the provider "
            "takes more than 12 seconds we retry once and then apologise with a link to the relevant guide; and a weekly look at the ten most "
            "expensive conversations, which is how we found an agent loop that was calling the search tool 40 times."
        ),
        "labels": {"production_substance": 3, "communication": 3, "researcher_framing": 0, "just_prompt_engineering": 0},
        "note": {
            "production_substance": "nightly eval, PII filter, timeout/retry/fallback, spend review that caught a loop",
            "communication": "concrete, one incident",
        },
    },
    {
        "question_id": "production_reliability",
        "question": "What does evaluation and monitoring look like for you after an LLM application ships?",
        "answer": (
            "Our north star is our position on the public leaderboard for the task. We resubmit with every release and celebrate when we climb. Users "
            "come and go; the leaderboard is objective. Last release we moved from fifth to second by training on a bigger, cleaner corpus."
        ),
        "labels": {"production_substance": 0, "communication": 2, "researcher_framing": 1, "just_prompt_engineering": 0},
        "note": {
            "production_substance": "leaderboard only",
            "researcher_framing": "paraphrase: success = leaderboard position",
        },
    },
    {
        "question_id": "production_reliability",
        "question": "How would you measure and watch the quality of an LLM product in production?",
        "answer": "We look at the feedback buttons now and then.",
        "labels": {"production_substance": 1, "communication": 1, "researcher_framing": 0, "just_prompt_engineering": 0},
        "note": {
            "production_substance": "user feedback in passing",
            "communication": "one line",
        },
    },
    {
        "question_id": "production_reliability",
        "question": "After launch, how do you keep track of whether your LLM system is behaving well?",
        "answer": (
            "Honestly, most of the upkeep is wording. The provider updates the model, our replies start sounding weird, and I spend an afternoon "
            "coaxing it back with firmer instructions and a couple of fresh examples. It happened three times last year. Each time the fix was in the wording; once I had to remind it, quite firmly, to stop using emojis with enterprise customers."
        ),
        "labels": {"production_substance": 0, "communication": 2, "researcher_framing": 0, "just_prompt_engineering": 1},
        "note": {
            "production_substance": "no evaluation or monitoring described",
            "just_prompt_engineering": "paraphrase: upkeep = coaxing with firmer instructions",
        },
    },
    {
        "question_id": "production_reliability",
        "question": "Describe how you test and observe an LLM application running in production.",
        "answer": (
            "Changing the wording is one lever, but you need to know it helped. We replay 200 saved conversations after every change and compare the "
            "answers with the previous version side by side, and we keep an eye on the daily invoice from the provider, which once tripled because a "
            "change made answers twice as long."
        ),
        "labels": {"production_substance": 2, "communication": 3, "researcher_framing": 0, "just_prompt_engineering": 0},
        "note": {
            "production_substance": "replay regression set, spend monitoring with incident",
            "communication": "concrete, example incident",
            "just_prompt_engineering": "hard neg: wording is 'one lever' alongside regression checks and spend monitoring",
        },
    },
    {
        "question_id": "production_reliability",
        "question": "What would you put in place to evaluate and monitor a live LLM feature?",
        "answer": (
            "Two things: a set of tricky questions we replay whenever anything changes, and a filter that stops the bot from repeating anyone's phone "
            "number or address. Both came out of incidents. The replay set started with six questions and now has about ninety."
        ),
        "labels": {"production_substance": 2, "communication": 2, "researcher_framing": 0, "just_prompt_engineering": 0},
        "note": {
            "production_substance": "regression set and PII filter",
        },
    },
    {
        "question_id": "production_reliability",
        "question": "How do you catch problems with an LLM app once real users are hitting it?",
        "answer": "It's babysitting the instructions. Users find a new way to confuse it, I add a sentence to handle it, repeat.",
        "labels": {"production_substance": 0, "communication": 2, "researcher_framing": 0, "just_prompt_engineering": 1},
        "note": {
            "production_substance": "no production concern",
            "just_prompt_engineering": "paraphrase: 'babysitting the instructions'",
        },
    },
    {
        "question_id": "production_reliability",
        "question": "Once an LLM-backed app is live, how do you know it's working, and how do you keep an eye on it?",
        "answer": (
            "I split it into what the user sees and what the bill sees. For the user: a weekly batch of 50 real conversations graded by a second model "
            "and spot-checked by me, plus the share of sessions where people ask for a human. For the bill: tokens and seconds per request, charted "
            "per feature, so we notice when one feature starts eating the budget or slowing down."
        ),
        "labels": {"production_substance": 2, "communication": 3, "researcher_framing": 0, "just_prompt_engineering": 0},
        "note": {
            "production_substance": "LLM-judge + human spot check, escalation metric, token/time monitoring; three concerns",
            "communication": "clear two-part structure, numbers",
        },
    },
    {
        "question_id": "production_reliability",
        "question": "What does evaluation and monitoring look like for you after an LLM application ships?",
        "answer": (
            "We can't retrain anything, we don't own the model, so there's no point watching it the way you'd watch a homegrown one. We watch our "
            "side: whether the documents it's given are the right ones, checked weekly on 100 saved queries, and how often its answers fail our format "
            "check and have to be regenerated."
        ),
        "labels": {"production_substance": 2, "communication": 2, "researcher_framing": 0, "just_prompt_engineering": 0},
        "note": {
            "production_substance": "retrieval eval, output validation/regeneration",
            "researcher_framing": "hard neg: 'we can't retrain anything, we don't own the model'",
        },
    },
    {
        "question_id": "production_reliability",
        "question": "How would you measure and watch the quality of an LLM product in production?",
        "answer": "Users would tell us if it broke.",
        "labels": {"production_substance": 0, "communication": 1, "researcher_framing": 0, "just_prompt_engineering": 0},
        "note": {
            "production_substance": "no concern",
            "communication": "one line",
        },
    },
    {
        "question_id": "production_reliability",
        "question": "After launch, how do you keep track of whether your LLM system is behaving well?",
        "answer": (
            "The way I explain it to new people on the team: the model is a supplier whose work you inspect, not an employee you trust.\n\n"
            "Inspection before release: a bank of 400 cases taken from real traffic, each with what a good answer must contain. A second model does "
            "the marking, and every month two of us mark 50 of the same cases by hand to check it still agrees with us, currently 91%.\n\n"
            "Inspection in production: every answer is checked against the documents it was given, and if it cites something that wasn't there it's "
            "held back and the user gets the relevant documents instead. Anything resembling a personal identifier is masked before the request leaves "
            "and again before logging. Requests that take longer than 15 seconds are cancelled and retried once on a backup model.\n\n"
            "Watching the trend: a dashboard with answers per day, seconds per answer at the median and the slow end, spend per answer, held-back "
            "answers and thumbs-down. Alerts go to whoever is on call.\n\n"
            "And then the habit that matters most: every held-back or thumbs-down answer we look at becomes a new case in the bank, so the inspection "
            "gets harder over time. The bank has grown from 120 to 400 cases since launch."
        ),
        "labels": {"production_substance": 3, "communication": 3, "researcher_framing": 0, "just_prompt_engineering": 0},
        "note": {
            "production_substance": "eval bank + judge calibration, groundedness check with fallback, PII masking, timeout/backup, cost/latency dashboard",
            "communication": "structured with analogy and numbers",
        },
    },
]
