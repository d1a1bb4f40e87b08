# Style: rejects_flag -- role_definition and shipped_system answers.
# Answers that bring up a flagged stance only to reject, negate, quote or call it
# a common mistake (hard negatives), plus some that reject one flag while
# clearly committing another.
#
# Flag notes starting with "hard neg:" mark hard negatives, "paraphrase:" marks
# positives stated without the obvious vocabulary (counted by check.py).

STYLE = "rejects_flag"

ENTRIES = [
    # ------------------------------------------------------------------ role_definition
    {
        "question_id": "role_definition",
        "question": "How would you explain the AI engineer role to someone who already knows what a data scientist and an ML engineer do?",
        "answer": (
            "The common mistake is to describe it as ML research: building models, publishing, chasing benchmark numbers. "
            "That's not the job. An AI engineer takes models that already exist, GPT-4o, Claude, Llama, and builds products on them: "
            "retrieval pipelines over company documents, prompt templates, agents that call internal APIs. Compared with a data scientist, "
            "who runs experiments and reports accuracy or lift, and an ML engineer, who keeps trained models served and retrained and watches "
            "for drift, the AI engineer is judged on whether users get their task done. At my last place that was 'tickets closed without escalation'."
        ),
        "labels": {"role_understanding": 3, "communication": 3, "researcher_framing": 0, "just_prompt_engineering": 0},
        "note": {
            "role_understanding": "FM products (RAG, prompts, agents); contrasts DS and MLE; user-outcome metric",
            "communication": "clear contrast, concrete metric",
            "researcher_framing": "hard neg: names research framing as the common mistake",
            "just_prompt_engineering": "hard neg: prompt templates one piece among retrieval and agents",
        },
    },
    {
        "question_id": "role_definition",
        "question": "What does the AI engineering job actually involve? How is it not just data science or ML engineering under a new name?",
        "answer": (
            "It's not just prompt engineering, and it's definitely not research. The way I'd put it: an AI engineer is a software engineer "
            "whose main dependency is a foundation model. The data scientist is upstream of that, doing analysis and experiments; "
            "the AI engineer ships the feature. If I think about my own last job, I spent most of my week in a TypeScript codebase, not a notebook, and the question I got asked every Friday was whether the feature was live and working, not what the model scored."
        ),
        "labels": {"role_understanding": 2, "communication": 2, "researcher_framing": 0, "just_prompt_engineering": 0},
        "note": {
            "role_understanding": "builds on foundation models, contrasts DS only",
            "researcher_framing": "hard neg: 'definitely not research'",
            "just_prompt_engineering": "hard neg: 'not just prompt engineering'",
        },
    },
    {
        "question_id": "role_definition",
        "question": "In your own words, what is an AI engineer, and where does the job stop overlapping with data science or ML engineering?",
        "answer": (
            "A lot of people now think it's just prompt engineering, typing instructions into ChatGPT. That's a misunderstanding. "
            "Real AI engineering means designing and training the models themselves: choosing the architecture, writing the training loop, "
            "running it on a GPU cluster and pushing the state of the art. In my last role I trained a 1.3B-parameter language model "
            "from scratch on our legal corpus. Data scientists do dashboards; we build the models."
        ),
        "labels": {"role_understanding": 0, "communication": 2, "researcher_framing": 1, "just_prompt_engineering": 0},
        "note": {
            "role_understanding": "misframes the role as training models",
            "researcher_framing": "frames role and own work as training LMs from scratch",
            "just_prompt_engineering": "hard neg: rejects the 'just prompting' view (while committing research framing)",
        },
    },
    {
        "question_id": "role_definition",
        "question": "What's the day-to-day of an AI engineer, and what separates it from data science and ML engineering work?",
        "answer": (
            "Definitely not research. Nobody at a product company is inventing new architectures. Honestly the job is writing prompts: "
            "you figure out the right instructions for the model, try them in the playground, and hand them over to the developers. "
            "A data scientist needs statistics; for this you mostly need to be good with words. I came into it from copywriting, actually, and that background has been more useful than anything technical. Half my week is rewriting the same paragraph of instructions five different ways and seeing which one the model likes."
        ),
        "labels": {"role_understanding": 1, "communication": 2, "researcher_framing": 0, "just_prompt_engineering": 1},
        "note": {
            "role_understanding": "reduces the role to prompt writing; DS contrast is only 'statistics'",
            "researcher_framing": "hard neg: 'definitely not research'",
            "just_prompt_engineering": "role described as writing prompts and handing them off",
        },
    },
    {
        "question_id": "role_definition",
        "question": "If you had to draw the line between an AI engineer, a data scientist and an ML engineer, where would you draw it?",
        "answer": "Not a researcher. Builds apps on existing LLMs. DS analyses data, MLE deploys models.",
        "labels": {"role_understanding": 2, "communication": 1, "researcher_framing": 0, "just_prompt_engineering": 0},
        "note": {
            "role_understanding": "FM apps plus thin contrasts, no outcomes or components",
            "communication": "telegraphic, no example",
            "researcher_framing": "hard neg: 'not a researcher'",
        },
    },
    {
        "question_id": "role_definition",
        "question": "Describe the AI engineer role. What makes it distinct from the data scientist and ML engineer roles?",
        "answer": (
            "I'll start with what it isn't, because I think the title confuses people. It isn't a scientist who trains networks and writes papers; "
            "that's an ML researcher, and if a candidate tells you 'I built a transformer from scratch' they're describing that job, not this one. "
            "It also isn't the person who writes clever ChatGPT instructions and calls it a day.\n\n"
            "What it is: a product engineer whose building blocks are large pretrained models. A typical week might be wiring a retrieval pipeline "
            "so a support assistant can answer from the help centre, deciding how to chunk and embed those documents, writing and versioning the "
            "prompt templates, building a small agent that can look up an order and issue a refund, and adding tracing so we can see what each "
            "request spent and how long it took.\n\n"
            "Against the neighbours: a data scientist lives in experiments. They want to know whether an effect is real and they report accuracy "
            "or uplift. An ML engineer takes a model the company trained and keeps it alive in production: serving, retraining pipelines, drift "
            "alerts, throughput. The AI engineer usually doesn't own a model at all; they own a feature, and the number they answer for is a user "
            "number. At my current job that's the share of conversations resolved without a human, which went from 22% to 41% over two quarters."
        ),
        "labels": {"role_understanding": 3, "communication": 3, "researcher_framing": 0, "just_prompt_engineering": 0},
        "note": {
            "role_understanding": "RAG, prompts, agents on FMs; contrasts DS (experiments, accuracy) and MLE (serving, retraining, drift); user metric",
            "communication": "structured, concrete week and outcome numbers",
            "researcher_framing": "hard neg: quotes 'built a transformer from scratch' as the wrong job",
            "just_prompt_engineering": "hard neg: rejects 'clever ChatGPT instructions'; prompts one piece among many",
        },
    },
    {
        "question_id": "role_definition",
        "question": "So what is an AI engineer, in your view, and how does it compare with an ML engineer or a data scientist?",
        "answer": (
            "Prompting is a party trick. What I'd bring to the role is real modelling: my PhD was on efficient attention and I have three NeurIPS "
            "papers. An AI engineer should be able to read a paper on Monday and have the architecture implemented and training by Friday. "
            "Data scientists mostly do SQL. In my last role I led a team of four and we trained everything in-house on a 64-GPU cluster; our attention variant cut memory use by 30% on long sequences, and that's the sort of result I'd want to keep producing here."
        ),
        "labels": {"role_understanding": 0, "communication": 2, "researcher_framing": 1, "just_prompt_engineering": 0},
        "note": {
            "role_understanding": "role framed as implementing and training new architectures",
            "researcher_framing": "papers, new architectures, training as the role",
            "just_prompt_engineering": "hard neg: dismisses prompting",
        },
    },
    {
        "question_id": "role_definition",
        "question": "Walk me through what you think an AI engineer is responsible for, compared with a data scientist or an MLE.",
        "answer": (
            "Someone told me before this interview to 'just say it's prompt engineering with extra steps'. I don't buy that. The AI engineer is "
            "responsible for the whole feature that sits on top of a hosted model: getting the right documents into the context, checking the "
            "output before it reaches a user, and noticing when quality slips. The ML engineer's world is different, they own training jobs and "
            "model serving for models the company builds itself. We mostly consume models through an API."
        ),
        "labels": {"role_understanding": 2, "communication": 2, "researcher_framing": 0, "just_prompt_engineering": 0},
        "note": {
            "role_understanding": "builds on hosted FMs, contrasts MLE only",
            "just_prompt_engineering": "hard neg: quotes and rejects 'prompt engineering with extra steps'",
        },
    },
    {
        "question_id": "role_definition",
        "question": "How would you explain the AI engineer role to someone who already knows what a data scientist and an ML engineer do?",
        "answer": (
            "I did a PhD on transformer interpretability, so I know the research side, but that's not this job and I'd be worried if I treated it "
            "that way. Here I'd be building on GPT-4o or Claude: RAG over internal docs, prompt design, agents that call tools. The simplest "
            "contrast I know: a data scientist asks 'is this effect real?' and reports accuracy; an ML engineer asks 'is the model served, fresh "
            "and not drifting?'; an AI engineer asks 'did the user get what they came for?' and measures that, for example task completion or "
            "deflection rate."
        ),
        "labels": {"role_understanding": 3, "communication": 3, "researcher_framing": 0, "just_prompt_engineering": 0},
        "note": {
            "role_understanding": "FM products (RAG, prompts, agents); both contrasts; user outcome",
            "communication": "crisp three-way contrast with metrics",
            "researcher_framing": "hard neg: PhD mentioned, then 'that's not this job'",
        },
    },
    {
        "question_id": "role_definition",
        "question": "What does the AI engineering job actually involve? How is it not just data science or ML engineering under a new name?",
        "answer": (
            "It's not data science, data scientists make charts. The AI engineer is the one who actually builds the intelligence: collects the "
            "dataset, designs the network, and trains it until it beats the baseline on the benchmark. Success is the accuracy number at the end. For my master's project I built a CNN for plant disease detection and got it to 96% on the test set, and that's the kind of thing I mean: you own the model and you own the number."
        ),
        "labels": {"role_understanding": 0, "communication": 2, "researcher_framing": 1, "just_prompt_engineering": 0},
        "note": {
            "role_understanding": "misframes role as designing and training networks",
            "researcher_framing": "role = design and train networks, success = benchmark accuracy",
        },
    },
    {
        "question_id": "role_definition",
        "question": "If you had to draw the line between an AI engineer, a data scientist and an ML engineer, where would you draw it?",
        "answer": "Not rocket science, not research. You write good prompts. That's the job really.",
        "labels": {"role_understanding": 1, "communication": 1, "researcher_framing": 0, "just_prompt_engineering": 1},
        "note": {
            "role_understanding": "vague, no distinction from DS/MLE",
            "researcher_framing": "hard neg: 'not research'",
            "just_prompt_engineering": "role = writing good prompts",
        },
    },
    {
        "question_id": "role_definition",
        "question": "Describe the AI engineer role. What makes it distinct from the data scientist and ML engineer roles?",
        "answer": (
            "There's a meme that AI engineers are 'prompt engineers'. I'd say the prompt is maybe ten percent of it. The rest is retrieval, "
            "evaluation, handling the cases where the model times out or returns garbage, and tracking what we spend. Versus an MLE: they own "
            "the training and serving infrastructure for models the company builds. We consume models over APIs and build the product around them."
        ),
        "labels": {"role_understanding": 2, "communication": 2, "researcher_framing": 0, "just_prompt_engineering": 0},
        "note": {
            "role_understanding": "FM product work, contrasts MLE but not DS",
            "just_prompt_engineering": "hard neg: quotes the meme, prompt ~10% among retrieval/eval/errors",
        },
    },
    {
        "question_id": "role_definition",
        "question": "What's the day-to-day of an AI engineer, and what separates it from data science and ML engineering work?",
        "answer": (
            "I'd push back on the idea that an AI engineer just calls an API. Anyone can call an API. The value is in training: fine-tuning is "
            "the minimum, and ideally you pretrain your own foundation model so you're not dependent on OpenAI. At my startup we pretrained a 7B "
            "model from scratch on 400B tokens, and that's the kind of work I see as AI engineering."
        ),
        "labels": {"role_understanding": 0, "communication": 2, "researcher_framing": 1, "just_prompt_engineering": 0},
        "note": {
            "role_understanding": "rejects building on existing models; role = pretraining",
            "researcher_framing": "pretraining a 7B model from scratch framed as the role",
        },
    },
    {
        "question_id": "role_definition",
        "question": "So what is an AI engineer, in your view, and how does it compare with an ML engineer or a data scientist?",
        "answer": (
            "The two bad answers to this are 'I train models' and 'I write prompts', and I'd avoid both. An AI engineer builds software products "
            "where an existing LLM does part of the work. The data scientist next door is running an A/B test or a churn model and cares whether "
            "the result is statistically significant. I'd measure an AI engineer by whether the thing they shipped gets used."
        ),
        "labels": {"role_understanding": 2, "communication": 2, "researcher_framing": 0, "just_prompt_engineering": 0},
        "note": {
            "role_understanding": "FM products, contrasts DS, user outcome, but no MLE contrast",
            "researcher_framing": "hard neg: 'I train models' named as a bad answer",
            "just_prompt_engineering": "hard neg: 'I write prompts' named as a bad answer",
        },
    },
    {
        "question_id": "role_definition",
        "question": "Walk me through what you think an AI engineer is responsible for, compared with a data scientist or an MLE.",
        "answer": (
            "People hear 'engineer' and picture someone training neural networks. In practice, at most companies, it's prompt work. You sit with "
            "the product team, figure out what they want the bot to say, and write the system prompt. I've done it for two years and never touched "
            "training. My typical week is a few meetings with product to collect the edge cases they've seen, then rewriting sections of the system prompt, adding a line like 'never mention competitor names', and checking a handful of replies by eye."
        ),
        "labels": {"role_understanding": 1, "communication": 2, "researcher_framing": 0, "just_prompt_engineering": 1},
        "note": {
            "role_understanding": "no DS/MLE distinction, role reduced to prompts",
            "researcher_framing": "hard neg: rejects the training picture",
            "just_prompt_engineering": "'in practice it's prompt work'",
        },
    },
    {
        "question_id": "role_definition",
        "question": "In your own words, what is an AI engineer, and where does the job stop overlapping with data science or ML engineering?",
        "answer": (
            "I used to think it was a research role. I applied to labs out of university. After a year at a startup I see it differently: the "
            "models are bought, not built, and the job is everything around them. Retrieval so the model knows our data, tests so we know when a "
            "change made it worse, fallbacks for when the API is down. An ML engineer would be retraining and serving our own model; we just don't "
            "have one."
        ),
        "labels": {"role_understanding": 2, "communication": 2, "researcher_framing": 0, "just_prompt_engineering": 0},
        "note": {
            "role_understanding": "builds around bought FMs, contrasts MLE only",
            "researcher_framing": "hard neg: 'I used to think it was research' then rejects it",
        },
    },
    {
        "question_id": "role_definition",
        "question": "If you had to draw the line between an AI engineer, a data scientist and an ML engineer, where would you draw it?",
        "answer": "Builds products on top of LLMs. It's not training models, that's the ML engineer's job.",
        "labels": {"role_understanding": 2, "communication": 1, "researcher_framing": 0, "just_prompt_engineering": 0},
        "note": {
            "role_understanding": "FM products plus MLE contrast",
            "communication": "one line",
            "researcher_framing": "hard neg: 'not training models'",
        },
    },
    {
        "question_id": "role_definition",
        "question": "Describe the AI engineer role. What makes it distinct from the data scientist and ML engineer roles?",
        "answer": (
            "It's nothing like data science, there's no statistics involved. The core skill is phrasing: knowing how to instruct the model, which "
            "examples to put in, how to tell it what format to answer in. If the instructions are good, the product is good. At my current company I'm the person other teams come to when the chatbot sounds off, and nine times out of ten the fix is three or four words in the instructions."
        ),
        "labels": {"role_understanding": 1, "communication": 2, "researcher_framing": 0, "just_prompt_engineering": 1},
        "note": {
            "role_understanding": "role reduced to instructing the model; DS contrast superficial",
            "just_prompt_engineering": "paraphrase: core skill = phrasing instructions and examples",
        },
    },
    {
        "question_id": "role_definition",
        "question": "What does the AI engineering job actually involve? How is it not just data science or ML engineering under a new name?",
        "answer": (
            "Forget the hype about prompts. An AI engineer is the person who can take an architecture from a paper, implement it, train it and beat "
            "the published number. That's what separates it from a data scientist, who runs regressions, and from an MLE, who deploys what other "
            "people built. I did exactly that last year with a state-space model paper: implemented it in JAX, trained it on 50B tokens and matched the paper's perplexity within 0.2."
        ),
        "labels": {"role_understanding": 0, "communication": 2, "researcher_framing": 1, "just_prompt_engineering": 0},
        "note": {
            "role_understanding": "contrasts exist but role misframed as paper replication and training",
            "researcher_framing": "implement papers, train, beat published numbers",
            "just_prompt_engineering": "hard neg: dismisses prompts",
        },
    },
    {
        "question_id": "role_definition",
        "question": "How would you explain the AI engineer role to someone who already knows what a data scientist and an ML engineer do?",
        "answer": (
            "I'd frame it against two misconceptions I hear a lot.\n\n"
            "First, 'it's research'. It isn't. Nobody is asking you to invent an architecture or pretrain anything; the foundation models exist. "
            "Second, 'it's prompting'. Prompts matter, but they're one layer.\n\n"
            "So the role: you build and ship products on foundation models. Concretely that's retrieval (chunking, choosing an embedding model, a "
            "vector store), prompt and tool design for agents, evaluation sets so you can change things safely, and instrumentation for spend and "
            "response time.\n\n"
            "Data scientists: experiments, statistical significance, accuracy or lift. ML engineers: taking a trained model into production, "
            "serving, retraining pipelines, watching drift. AI engineers: whether users actually complete the task. We track weekly active users "
            "of the assistant and the percentage of answers users mark helpful, currently 78%."
        ),
        "labels": {"role_understanding": 3, "communication": 3, "researcher_framing": 0, "just_prompt_engineering": 0},
        "note": {
            "role_understanding": "FM products with RAG/agents/evals; both contrasts; user metrics",
            "communication": "structured, named components, numbers",
            "researcher_framing": "hard neg: 'it's research' named as a misconception",
            "just_prompt_engineering": "hard neg: 'it's prompting' named as a misconception",
        },
    },
    # ------------------------------------------------------------------ shipped_system
    {
        "question_id": "shipped_system",
        "question": "Walk me through an AI-powered system you've built that real users ended up using.",
        "answer": (
            "I want to be upfront that I didn't train anything; we used Claude through the API. The system was a contract-review assistant for our "
            "in-house legal team. Contracts get split by clause, embedded, and stored in pgvector; the assistant pulls the relevant clauses and the "
            "matching playbook rule before asking the model for a redline suggestion.\n\n"
            "What made it production-worthy: a 220-clause eval set the lawyers labelled, run on every change, with a pass threshold of 90%; a "
            "regex plus classifier pass that strips client names before anything leaves our network; JSON-schema validation of the model output "
            "with one retry and then a 'needs manual review' state; and per-request token and duration logging in Datadog. Review time per contract "
            "went from about 50 minutes to 30."
        ),
        "labels": {"production_substance": 3, "communication": 3, "researcher_framing": 0, "just_prompt_engineering": 0},
        "note": {
            "production_substance": "retrieval, eval set with threshold, PII stripping, output validation+retry, cost/time logging",
            "communication": "concrete components and outcome",
            "researcher_framing": "hard neg: 'I didn't train anything'",
        },
    },
    {
        "question_id": "shipped_system",
        "question": "Can you describe an LLM feature you took all the way to production?",
        "answer": (
            "Most of the work wasn't the prompt, despite what people assume. We built meeting summaries for a sales tool. The prompt took a couple of "
            "days. The rest was a set of 80 real transcripts with reference summaries that we scored every release, and handling long calls that "
            "didn't fit in the context, which we split and summarised in two passes."
        ),
        "labels": {"production_substance": 2, "communication": 2, "researcher_framing": 0, "just_prompt_engineering": 0},
        "note": {
            "production_substance": "eval set per release, long-input handling (error handling); some concreteness",
            "just_prompt_engineering": "hard neg: 'most of the work wasn't the prompt'",
        },
    },
    {
        "question_id": "shipped_system",
        "question": "What's an AI project you delivered that's live in production today? What did you build?",
        "answer": (
            "I don't consider prompt-tweaking real work, so the one I'm proudest of is the recommendation model I trained from scratch: a two-tower "
            "network I designed myself, trained on 80M interactions. It improved offline NDCG by four points over the old matrix factorisation "
            "and the platform team deployed it last year."
        ),
        "labels": {"production_substance": 0, "communication": 2, "researcher_framing": 1, "just_prompt_engineering": 0},
        "note": {
            "production_substance": "only the model and its offline metric",
            "researcher_framing": "own work = designing/training a network from scratch, success = offline NDCG",
            "just_prompt_engineering": "hard neg: dismisses prompt-tweaking",
        },
    },
    {
        "question_id": "shipped_system",
        "question": "Tell me about something with a language model in it that you shipped. How did it work?",
        "answer": (
            "Nothing fancy, no model training. I built the prompt for our HR chatbot. It took about three weeks of rewording until the answers "
            "sounded right, then the platform team put it live. The hardest bit was getting it to stop quoting the wrong holiday allowance. I ended up adding a sentence in capitals telling it to always say 25 days, which fixed it. HR were happy and it's still the same prompt today."
        ),
        "labels": {"production_substance": 0, "communication": 2, "researcher_framing": 0, "just_prompt_engineering": 1},
        "note": {
            "production_substance": "only the prompt",
            "researcher_framing": "hard neg: 'no model training'",
            "just_prompt_engineering": "own contribution = rewording the prompt",
        },
    },
    {
        "question_id": "shipped_system",
        "question": "Describe a production AI system you were responsible for, end to end.",
        "answer": (
            "A colleague once called our project 'just a ChatGPT wrapper'. I understand why, but the wrapper is where all the work was. It was an "
            "assistant inside our accounting software that answers 'why is this number what it is' questions. We retrieve the ledger entries and "
            "the relevant help articles, so retrieval quality mattered more than anything; we built a 150-question set and tracked recall@10, "
            "which went from 0.62 to 0.88 after we switched to hybrid search. Every answer has to cite entry IDs, and a validator rejects any answer "
            "citing an ID that wasn't retrieved, so the model can't invent numbers. We cap each request at 8 seconds and fall back to showing the raw "
            "entries if the model doesn't respond. Spend and response time per tenant go to a dashboard, and we alert if a tenant's daily spend "
            "triples. About 30% of support tickets about reconciliations disappeared after launch."
        ),
        "labels": {"production_substance": 3, "communication": 3, "researcher_framing": 0, "just_prompt_engineering": 0},
        "note": {
            "production_substance": "retrieval eval with numbers, citation validation, timeout+fallback, per-tenant cost/latency alerts",
            "communication": "specific metrics and outcome",
            "just_prompt_engineering": "hard neg: quotes 'just a ChatGPT wrapper' to reject it",
        },
    },
    {
        "question_id": "shipped_system",
        "question": "Give me an example of an AI application you built and launched. What did the system look like?",
        "answer": "A RAG bot for HR policies. No training involved, just retrieval plus GPT-4o, with a small eval set we rerun weekly.",
        "labels": {"production_substance": 2, "communication": 1, "researcher_framing": 0, "just_prompt_engineering": 0},
        "note": {
            "production_substance": "retrieval and weekly eval, briefly",
            "communication": "very short",
            "researcher_framing": "hard neg: 'no training involved'",
        },
    },
    {
        "question_id": "shipped_system",
        "question": "What's the most substantial AI system you've put in front of users?",
        "answer": (
            "It wasn't a wrapper around somebody else's API, we built our own model. I pretrained a BERT-style encoder on 20GB of insurance claims "
            "text and then fine-tuned it for fraud classification. The MLE team took it to production. Success for me was the F1 on the held-out "
            "set, 0.91, which was a record for that dataset. Training ran on a rented cluster for about ten days, and I spent a lot of time on the tokenizer and the learning-rate schedule, which is where most of the gains came from."
        ),
        "labels": {"production_substance": 0, "communication": 2, "researcher_framing": 1, "just_prompt_engineering": 0},
        "note": {
            "production_substance": "only the model and held-out F1; production handled by others",
            "researcher_framing": "pretraining own encoder, success = held-out F1 record",
        },
    },
    {
        "question_id": "shipped_system",
        "question": "Walk me through an AI-powered system you've built that real users ended up using.",
        "answer": (
            "I'll say what it wasn't first: it wasn't a research project, and it wasn't me fiddling with instructions for a month. It was an "
            "internal IT helpdesk agent for about 2,000 employees that can reset passwords, check ticket status and answer from the IT wiki.\n\n"
            "- Retrieval: wiki pages chunked by section, 400 tokens, embedded with a model we picked after testing three on 200 real questions.\n"
            "- Actions: each tool call is checked against the user's permissions before it runs; the model can only propose, code executes.\n"
            "- Safety: input screening for prompt-injection patterns in pasted emails, and no tool calls allowed from text that came from retrieval.\n"
            "- Evals: the 200 questions plus 40 action scenarios run in CI; an LLM judge grades answers and two of us review 25 transcripts a week.\n"
            "- Reliability: 15 s timeout, one retry, then a handoff to a human queue.\n\n"
            "Ticket volume to the helpdesk fell 27% in the first quarter."
        ),
        "labels": {"production_substance": 3, "communication": 3, "researcher_framing": 0, "just_prompt_engineering": 0},
        "note": {
            "production_substance": "retrieval w/ embedding choice, permission checks, injection guard, CI evals+human review, timeout/retry/handoff",
            "communication": "structured bullets, numbers, outcome",
            "researcher_framing": "hard neg: 'it wasn't a research project'",
            "just_prompt_engineering": "hard neg: 'wasn't me fiddling with instructions'",
        },
    },
    {
        "question_id": "shipped_system",
        "question": "Can you describe an LLM feature you took all the way to production?",
        "answer": (
            "I'm not an ML researcher so I didn't build a model. What I shipped was the prompts for our marketing tool's product description "
            "generator. I wrote the system prompt and a few worked examples, and tuned the temperature down to 0.4. Marketing loved it. The generator is used for about 2,000 products a month now. Whenever marketing wants a different voice for a campaign, they send me examples and I rework the prompt, usually within a day."
        ),
        "labels": {"production_substance": 0, "communication": 2, "researcher_framing": 0, "just_prompt_engineering": 1},
        "note": {
            "production_substance": "prompt and temperature only",
            "researcher_framing": "hard neg: 'I'm not an ML researcher'",
            "just_prompt_engineering": "shipped work = system prompt, examples, temperature",
        },
    },
    {
        "question_id": "shipped_system",
        "question": "Tell me about something with a language model in it that you shipped. How did it work?",
        "answer": (
            "It's easy to make this sound like research; it wasn't. We added a 'summarise' button to our CRM using GPT-4o-mini. The main thing I "
            "did beyond the prompt was add a retry when the API timed out, because it did that a lot in the first week. Usage was decent: about 300 sales reps click it daily, mostly right before calls to catch up on an account's history."
        ),
        "labels": {"production_substance": 1, "communication": 2, "researcher_framing": 0, "just_prompt_engineering": 0},
        "note": {
            "production_substance": "one concern: retry on timeout",
            "researcher_framing": "hard neg: 'easy to make this sound like research; it wasn't'",
            "just_prompt_engineering": "hard neg: work 'beyond the prompt', not framed as prompting only",
        },
    },
    {
        "question_id": "shipped_system",
        "question": "What's an AI project you delivered that's live in production today? What did you build?",
        "answer": (
            "People call anything with GPT in it 'AI' these days. Ours was real AI: I designed a custom transformer for time-series forecasting and "
            "trained it on three years of sensor data. It beat the LSTM baseline by 12% on MAPE and we wrote it up for a workshop. I'm particularly proud of the positional encoding I came up with for irregular sampling intervals; that was the main novelty in the write-up."
        ),
        "labels": {"production_substance": 0, "communication": 2, "researcher_framing": 1, "just_prompt_engineering": 0},
        "note": {
            "production_substance": "model and benchmark only",
            "researcher_framing": "custom architecture, training, beating a baseline, workshop paper",
        },
    },
    {
        "question_id": "shipped_system",
        "question": "Describe a production AI system you were responsible for, end to end.",
        "answer": (
            "I know 'prompt engineer' sounds like a joke title, but that really was my job and I'm proud of it. For our legal search product I spent "
            "six months crafting the prompts: the system persona, the instructions for citing case law, dozens of phrasing variants until the tone "
            "felt like a senior associate. That prompt is what's live today. Every time the partners complained about a phrasing, I'd rewrite that part of the instructions and send it back to the team."
        ),
        "labels": {"production_substance": 0, "communication": 2, "researcher_framing": 0, "just_prompt_engineering": 1},
        "note": {
            "production_substance": "only prompt crafting",
            "just_prompt_engineering": "embraces the title; work = crafting prompts, nothing else",
        },
    },
    {
        "question_id": "shipped_system",
        "question": "Give me an example of an AI application you built and launched. What did the system look like?",
        "answer": (
            "The model side was boring on purpose: we didn't fine-tune anything, we used Claude Haiku as is. The interesting part was around it. "
            "It's an email triage feature for a property-management company; it tags incoming tenant emails by urgency and category. We validate "
            "the output against a fixed list of categories and send anything that doesn't parse to a human queue, and we compared it against 500 "
            "emails the office staff had already tagged before we turned it on. Agreement was 88%."
        ),
        "labels": {"production_substance": 2, "communication": 3, "researcher_framing": 0, "just_prompt_engineering": 0},
        "note": {
            "production_substance": "output validation with human fallback, labelled eval set",
            "communication": "concrete numbers, clear system",
            "researcher_framing": "hard neg: 'we didn't fine-tune anything'",
        },
    },
    {
        "question_id": "shipped_system",
        "question": "What's the most substantial AI system you've put in front of users?",
        "answer": (
            "Prompts were maybe a fifth of the work. I built an onboarding assistant for a payroll product. The rest was retrieval over 900 help "
            "articles, a weekly review of 30 flagged conversations, and a hard block on the model ever showing another customer's data, which we "
            "enforce by filtering the retrieved documents by tenant before the model sees them."
        ),
        "labels": {"production_substance": 2, "communication": 2, "researcher_framing": 0, "just_prompt_engineering": 0},
        "note": {
            "production_substance": "retrieval, human review, tenant-isolation guardrail",
            "just_prompt_engineering": "hard neg: prompts 'a fifth of the work'",
        },
    },
    {
        "question_id": "shipped_system",
        "question": "Walk me through an AI-powered system you've built that real users ended up using.",
        "answer": (
            "Everyone says 'don't just talk about the model', so: I didn't just pick a model, I built our own. We were unhappy with the API "
            "providers, so I led a team that pretrained a 3B model on our support logs and product docs, 16 A100s for three weeks. It now "
            "powers our support widget, and it matches GPT-3.5 on our internal benchmark."
        ),
        "labels": {"production_substance": 0, "communication": 2, "researcher_framing": 1, "just_prompt_engineering": 0},
        "note": {
            "production_substance": "no production concern beyond the model and a benchmark",
            "researcher_framing": "pretrained own 3B model; success = benchmark parity",
        },
    },
]
