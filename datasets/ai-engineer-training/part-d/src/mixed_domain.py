# Style: mixed_domain -- candidates from adjacent fields (backend engineers,
# data analysts, product managers, support engineers) answering in their own
# vocabulary.
# Flag notes starting with "paraphrase:" mark positives without the obvious
# words, "hard neg:" marks hard negatives (counted by check.py).

STYLE = "mixed_domain"

ENTRIES = [
    # ------------------------------------------------------------------ role_definition
    {
        "question_id": "role_definition",
        "question": "How would you explain the AI engineer role to someone who already knows what a data scientist and an ML engineer do?",
        "answer": (
            "Coming from analytics, I'd describe it as the person who builds the predictive models. I do a fair amount of that already in my current "
            "job: I build gradient-boosted models in Python for churn and customer lifetime value, tune the hyperparameters, and present the AUC to "
            "leadership every quarter. The AI engineer does the same thing with neural networks and probably bigger datasets. The difference from a "
            "data scientist is mostly the title, honestly, and the ML engineers are the ones who deploy it afterwards."
        ),
        "labels": {"role_understanding": 0, "communication": 2, "researcher_framing": 1, "just_prompt_engineering": 0},
        "note": {
            "role_understanding": "misframes the role as data science / model building",
            "researcher_framing": "paraphrase: role = building and tuning predictive models, success = AUC",
        },
    },
    {
        "question_id": "role_definition",
        "question": "What's the day-to-day of an AI engineer, and what separates it from data science and ML engineering work?",
        "answer": (
            "From the product side, the AI engineer is the person who writes the prompts for our features. I write the spec, something like 'the "
            "assistant should summarise the ticket in three bullets, friendly tone', and they turn that into the prompt and iterate on it with me in "
            "the playground until it reads right. The data scientists on our team do the experimentation and the dashboards, so the AI engineer is "
            "more of a prompt specialist."
        ),
        "labels": {"role_understanding": 1, "communication": 2, "researcher_framing": 0, "just_prompt_engineering": 1},
        "note": {
            "role_understanding": "DS contrast present but role reduced to prompt specialist",
            "just_prompt_engineering": "role = turning specs into prompts and iterating in the playground",
        },
    },
    {
        "question_id": "role_definition",
        "question": "In your own words, what is an AI engineer, and where does the job stop overlapping with data science or ML engineering?",
        "answer": (
            "I'm a backend engineer, so I'll answer in backend terms. I've never trained a model and I don't think an AI engineer needs to. To me it's "
            "a backend engineer whose most important downstream dependency is a model API. You design the request path around it: fetch context from "
            "a vector store, call the model, validate the response against a schema, retry or degrade gracefully on timeouts, log tokens and p95. "
            "The ML engineer is who'd own the model server if we hosted our own weights; the data scientist is who decides whether the feature moved "
            "retention. The AI engineer owns the feature endpoint and its SLOs."
        ),
        "labels": {"role_understanding": 2, "communication": 3, "researcher_framing": 0, "just_prompt_engineering": 0},
        "note": {
            "role_understanding": "FM-based feature work with both contrasts, but success framed as SLOs, not user outcomes; MLE contrast thin",
            "communication": "concrete named components",
            "researcher_framing": "hard neg: 'I've never trained a model and I don't think an AI engineer needs to'",
        },
    },
    {
        "question_id": "role_definition",
        "question": "Describe the AI engineer role. What makes it distinct from the data scientist and ML engineer roles?",
        "answer": (
            "I'm in support, and the AI engineer I work with mostly sits with us and figures out how to word things for the bot. Like, when customers "
            "ask about refunds, she tells the bot exactly how to phrase the answer, pastes in a few of our best macros as examples, and tweaks it "
            "when we complain that it sounds robotic. I honestly don't know how that's different from a data scientist."
        ),
        "labels": {"role_understanding": 1, "communication": 2, "researcher_framing": 0, "just_prompt_engineering": 1},
        "note": {
            "role_understanding": "no distinction drawn; role seen as wording for the bot",
            "just_prompt_engineering": "paraphrase: 'figures out how to word things for the bot', macros as examples",
        },
    },
    {
        "question_id": "role_definition",
        "question": "Walk me through what you think an AI engineer is responsible for, compared with a data scientist or an MLE.",
        "answer": (
            "I'd say the AI engineer is the research arm of the product team. They read the latest papers, prototype new model architectures and "
            "train our own models so we have a moat nobody can copy by calling an API. The data scientist does the analytics, and the ML engineer "
            "productionises whatever the AI engineer invents. As a PM, I'd measure them on how far ahead of the public benchmarks our models are."
        ),
        "labels": {"role_understanding": 0, "communication": 2, "researcher_framing": 1, "just_prompt_engineering": 0},
        "note": {
            "role_understanding": "role framed as research/training own models",
            "researcher_framing": "role = research arm, new architectures, training, benchmark lead",
        },
    },
    {
        "question_id": "role_definition",
        "question": "If you had to draw the line between an AI engineer, a data scientist and an ML engineer, where would you draw it?",
        "answer": "As an analyst I mostly see them write prompts for ChatGPT so our reports summarise themselves. That's the job as far as I can tell.",
        "labels": {"role_understanding": 1, "communication": 1, "researcher_framing": 0, "just_prompt_engineering": 1},
        "note": {
            "role_understanding": "vague, no distinction",
            "communication": "short, no structure",
            "just_prompt_engineering": "role = writing prompts for ChatGPT",
        },
    },
    {
        "question_id": "role_definition",
        "question": "So what is an AI engineer, in your view, and how does it compare with an ML engineer or a data scientist?",
        "answer": (
            "I work in support engineering and spent the last year next to our AI team, so this is from watching them. People on my side assumed they'd "
            "be writing prompts all day. Prompts were maybe a tenth of it. Most of their time went into making the bot pull the right knowledge-base "
            "article, building a test set from our ticket history, adding the handoff to a human when the bot isn't sure, and a dashboard of what each "
            "conversation costs. They never trained anything; it's Claude underneath.\n\n"
            "Our data scientist, by comparison, spent her time on whether the bot actually reduced ticket volume, an experiment with a control group, "
            "and she reported it as a percentage with a confidence interval. The ML engineers are in a different org: they run and retrain the fraud "
            "model the company built in-house and watch it for drift. The AI team's own goal was deflection, tickets the bot closed without us, and "
            "that's what they were judged on."
        ),
        "labels": {"role_understanding": 3, "communication": 3, "researcher_framing": 0, "just_prompt_engineering": 0},
        "note": {
            "role_understanding": "FM product (retrieval, tests, handoff, cost); DS experiments and MLE retraining/drift; user-outcome goal",
            "communication": "concrete observations, clear contrasts",
            "researcher_framing": "hard neg: 'they never trained anything'",
            "just_prompt_engineering": "hard neg: assumption of prompt writing quoted and rejected",
        },
    },
    {
        "question_id": "role_definition",
        "question": "What does the AI engineering job actually involve? How is it not just data science or ML engineering under a new name?",
        "answer": (
            "From the platform side, the AI engineers at my last company were the ones building the models. They had their own GPU cluster, ran "
            "training jobs for days on our clickstream data, and compared each new version's numbers with the previous one on the offline evaluation "
            "before handing it to us to deploy. I'd guess that's what this role is, the model-building half, while the data scientist is more on "
            "reporting."
        ),
        "labels": {"role_understanding": 0, "communication": 2, "researcher_framing": 1, "just_prompt_engineering": 0},
        "note": {
            "role_understanding": "misframes role as training models",
            "researcher_framing": "paraphrase: role = running multi-day training jobs and comparing offline numbers",
        },
    },
    {
        "question_id": "role_definition",
        "question": "Describe the AI engineer role. What makes it distinct from the data scientist and ML engineer roles?",
        "answer": (
            "From where I sit as a PM, the AI engineer is the person who knows how to talk to the model. I bring a use case and they know the tricks: "
            "give it a role, show it three examples, tell it to answer in JSON. A data scientist needs a dataset and two weeks; the AI engineer gets "
            "you something working in an afternoon."
        ),
        "labels": {"role_understanding": 1, "communication": 2, "researcher_framing": 0, "just_prompt_engineering": 1},
        "note": {
            "role_understanding": "superficial DS contrast; role = knowing phrasing tricks",
            "just_prompt_engineering": "paraphrase: 'knows how to talk to the model' -- role, examples, JSON",
        },
    },
    # ------------------------------------------------------------------ shipped_system
    {
        "question_id": "shipped_system",
        "question": "Describe a production AI system you were responsible for, end to end.",
        "answer": (
            "I'm a backend engineer and I shipped the 'ask your invoices' endpoint in our accounting SaaS. I didn't train or fine-tune anything; we "
            "call GPT-4o-mini. The engineering was everything around that call:\n"
            "- retrieval over Postgres with pgvector, scoped by tenant ID in the query so one customer can never see another's documents;\n"
            "- a 10-second timeout with one retry, then a fallback to plain keyword search so the user still gets something;\n"
            "- Pydantic validation of the model's JSON before it reaches the frontend, with a repair attempt on failure;\n"
            "- OpenTelemetry spans carrying token counts, so we can see p95 and spend per tenant in Grafana;\n"
            "- a 150-query regression suite in CI that has to pass before deploy.\n"
            "p95 is 2.8 seconds and roughly 12,000 questions a week go through it."
        ),
        "labels": {"production_substance": 3, "communication": 3, "researcher_framing": 0, "just_prompt_engineering": 0},
        "note": {
            "production_substance": "tenant-scoped retrieval, timeout/retry/fallback, output validation, cost/latency tracing, CI regression suite",
            "communication": "bulleted, numbers",
            "researcher_framing": "hard neg: 'I didn't train or fine-tune anything'",
        },
    },
    {
        "question_id": "shipped_system",
        "question": "What's the most substantial AI system you've put in front of users?",
        "answer": (
            "I built a demand-forecasting model for our stores that's been in production for a year. I engineered about 200 features from sales history "
            "and weather, trained an LSTM and a gradient-boosting model, and the LSTM won with 8.3% MAPE against 11% for the old method. The operations "
            "team uses the forecast every Monday to plan staffing."
        ),
        "labels": {"production_substance": 0, "communication": 3, "researcher_framing": 1, "just_prompt_engineering": 0},
        "note": {
            "production_substance": "model and its accuracy only, no LLM-application concern",
            "communication": "concrete numbers and outcome",
            "researcher_framing": "paraphrase: own work = feature engineering and training models, success = MAPE",
        },
    },
    {
        "question_id": "shipped_system",
        "question": "Can you describe an LLM feature you took all the way to production?",
        "answer": (
            "I was the PM, but I did the hands-on part myself: I wrote the prompt for our 'smart reply' feature in the help desk. We went through about "
            "30 versions in the OpenAI playground until the replies sounded like our agents, and then engineering just plugged my prompt into the API "
            "call. It's used on about half of all tickets now."
        ),
        "labels": {"production_substance": 0, "communication": 2, "researcher_framing": 0, "just_prompt_engineering": 1},
        "note": {
            "production_substance": "only prompt iteration",
            "just_prompt_engineering": "own contribution = 30 prompt versions in the playground",
        },
    },
    {
        "question_id": "shipped_system",
        "question": "Walk me through an AI-powered system you've built that real users ended up using.",
        "answer": (
            "I set up our support bot in Intercom's AI tool. Mostly that was writing the guidance it follows: what tone to use, what it should never "
            "promise, how to greet returning customers, and pasting in our best answers so it copies the style. It took a couple of weeks of "
            "rewording until the team was happy with how it sounded."
        ),
        "labels": {"production_substance": 0, "communication": 2, "researcher_framing": 0, "just_prompt_engineering": 1},
        "note": {
            "production_substance": "guidance text only",
            "just_prompt_engineering": "paraphrase: 'writing the guidance it follows', weeks of rewording",
        },
    },
    {
        "question_id": "shipped_system",
        "question": "Tell me about something with a language model in it that you shipped. How did it work?",
        "answer": (
            "The most substantial one was after I moved from backend to the ML team: we trained a transformer from scratch for code completion on our "
            "monorepo. 350M parameters, ten days on eight GPUs. It beat the open-source baseline by six points on our internal HumanEval-style "
            "benchmark, and it now ships in the IDE plugin."
        ),
        "labels": {"production_substance": 0, "communication": 3, "researcher_framing": 1, "just_prompt_engineering": 0},
        "note": {
            "production_substance": "model and benchmark only",
            "communication": "concrete numbers",
            "researcher_framing": "trained a transformer from scratch, success = benchmark",
        },
    },
    {
        "question_id": "shipped_system",
        "question": "Give me an example of an AI application you built and launched. What did the system look like?",
        "answer": (
            "I'm an analyst, so what I shipped was small: a Slack bot that answers questions like 'what were sales in region X last week' by having "
            "Claude write SQL against our warehouse. I made it run only read-only queries on an allowlisted set of tables, and I tested it on 80 "
            "questions I already knew the answers to. It got 71 right, so we launched it with a 'show me the SQL' button so people can check."
        ),
        "labels": {"production_substance": 2, "communication": 3, "researcher_framing": 0, "just_prompt_engineering": 0},
        "note": {
            "production_substance": "read-only/allowlist guardrail and an 80-question eval",
            "communication": "concrete numbers",
        },
    },
    {
        "question_id": "shipped_system",
        "question": "What's an AI project you delivered that's live in production today? What did you build?",
        "answer": (
            "We launched 'smart categorisation' for support tickets last year. My data science partner and I ran it like a science project: she "
            "collected 50,000 labelled tickets, trained a classifier, and we kept iterating on the features until accuracy hit 93% on the test set. "
            "Then we shipped it, and I wrote the launch announcement."
        ),
        "labels": {"production_substance": 0, "communication": 2, "researcher_framing": 1, "just_prompt_engineering": 0},
        "note": {
            "production_substance": "classifier accuracy only",
            "researcher_framing": "paraphrase: 'ran it like a science project', training a classifier, success = test accuracy",
        },
    },
    {
        "question_id": "shipped_system",
        "question": "Describe a production AI system you were responsible for, end to end.",
        "answer": "I maintain the prompts for our returns assistant. When agents flag a bad answer, I edit the prompt and push it. That's the system.",
        "labels": {"production_substance": 0, "communication": 1, "researcher_framing": 0, "just_prompt_engineering": 1},
        "note": {
            "production_substance": "prompt edits only",
            "communication": "short, no detail",
            "just_prompt_engineering": "system = maintaining prompts",
        },
    },
    # ------------------------------------------------------------------ model_choice
    {
        "question_id": "model_choice",
        "question": "How do you decide which model to use for a feature: a hosted frontier model like GPT-4o or Claude, or a small open model?",
        "answer": (
            "Picking by hype is how you end up rewriting the integration six months later. From a backend view it's a dependency selection, so I'd put "
            "all three behind the same interface and measure: p50 and p95 latency at our expected concurrency, cost per thousand requests at our "
            "volume, max context against our real payload sizes, error and rate-limit behaviour, and whether we can run the open model in our own "
            "cluster for the customers with data-residency clauses. Quality I'd measure on a 200-case golden set. Then a router: small model for the "
            "simple calls, GPT-4o for the hard ones, Claude as failover when OpenAI has an incident."
        ),
        "labels": {"model_tradeoffs": 3, "communication": 3, "researcher_framing": 0, "just_prompt_engineering": 0, "no_model_tradeoffs": 0},
        "note": {
            "model_tradeoffs": "latency, cost, context, reliability, residency, quality; golden set, routing, failover",
            "communication": "structured, engineering specifics",
            "no_model_tradeoffs": "hard neg: rejects picking by hype; five+ dimensions",
        },
    },
    {
        "question_id": "model_choice",
        "question": "We need an LLM behind a new feature. GPT-4o, Claude, or a self-hosted small model: how would you make that call?",
        "answer": (
            "As a PM I'd go with whatever our enterprise agreement already covers. Procurement for a new vendor takes three months at my company and "
            "I'd rather ship this quarter. The product question isn't which model is smartest, it's whether customers use the feature, so I'd take the path that gets it in front of them fastest and learn from usage."
        ),
        "labels": {"model_tradeoffs": 0, "communication": 2, "researcher_framing": 0, "just_prompt_engineering": 0, "no_model_tradeoffs": 1},
        "note": {
            "model_tradeoffs": "decided by existing contract",
            "no_model_tradeoffs": "paraphrase: whatever the enterprise agreement covers",
        },
    },
    {
        "question_id": "model_choice",
        "question": "Which model would you put behind a product feature — GPT-4o, Claude, or a smaller open-source model — and why?",
        "answer": (
            "I'd run each one on a sample of our data and pick the one with the highest accuracy. That's how I'd choose any model, really; the one "
            "that gets the most right wins. It's the same rule I use for forecasting or churn models at work: put them side by side on held-out data and let the numbers decide."
        ),
        "labels": {"model_tradeoffs": 1, "communication": 2, "researcher_framing": 0, "just_prompt_engineering": 0, "no_model_tradeoffs": 1},
        "note": {
            "model_tradeoffs": "capability on own sample only",
            "no_model_tradeoffs": "single dimension",
        },
    },
    {
        "question_id": "model_choice",
        "question": "Say a product feature could run on GPT-4o, on Claude, or on a small open-weights model. How do you decide?",
        "answer": (
            "Honestly, they all seem about as good as each other when I use them for customer replies. What changes the answers is how you word the "
            "request, so I'd spend the effort there and let engineering pick whichever. I've seen our bot's replies go from stiff to great just because someone rewrote the instructions with our real macros as examples."
        ),
        "labels": {"model_tradeoffs": 0, "communication": 2, "researcher_framing": 0, "just_prompt_engineering": 1, "no_model_tradeoffs": 1},
        "note": {
            "model_tradeoffs": "treated as equivalent",
            "just_prompt_engineering": "paraphrase: quality comes from how you word the request",
            "no_model_tradeoffs": "paraphrase: 'about as good as each other', let engineering pick",
        },
    },
    {
        "question_id": "model_choice",
        "question": "If I gave you the choice of GPT-4o, Claude or an open-source 7B model for a feature, what would drive your decision?",
        "answer": (
            "For this endpoint I'd pick the self-hosted 7B, and not out of open-source idealism. Our SLA is 300 ms p99, which rules out a round trip to "
            "a hosted API under load, and the request payloads contain customer records we're contractually not allowed to send outside our VPC."
        ),
        "labels": {"model_tradeoffs": 2, "communication": 3, "researcher_framing": 0, "just_prompt_engineering": 0, "no_model_tradeoffs": 0},
        "note": {
            "model_tradeoffs": "latency and privacy/self-hosting",
            "communication": "specific constraints",
            "no_model_tradeoffs": "hard neg: one pick with two reasons",
        },
    },
    {
        "question_id": "model_choice",
        "question": "For a new feature, how would you pick between OpenAI's GPT-4o, Anthropic's Claude, and something like a small Llama or Mistral model?",
        "answer": (
            "The model isn't the differentiator, the prompt is. I'd let the AI engineer use GPT-4o since everyone knows it, and we'd put the time into "
            "prompt iteration with real users in the beta. Our best-performing AI feature last year was almost entirely about iterating on the wording with customers in the loop, so I'd repeat that approach."
        ),
        "labels": {"model_tradeoffs": 0, "communication": 2, "researcher_framing": 0, "just_prompt_engineering": 1, "no_model_tradeoffs": 1},
        "note": {
            "model_tradeoffs": "'everyone knows it' is not a tradeoff",
            "just_prompt_engineering": "work framed as prompt iteration",
            "no_model_tradeoffs": "picks by familiarity",
        },
    },
    {
        "question_id": "model_choice",
        "question": "What's your process for choosing a model — GPT-4o versus Claude versus a small open-source one — for something you're shipping?",
        "answer": (
            "Out-of-the-box models aren't fitted to our problem. I'd treat it like any modelling project: train our own model on our labelled data, "
            "split train and test, compare F1 across a few architectures and go with the best score. In my current role I've done this for fraud and churn, and tuned in-house models always beat the generic ones."
        ),
        "labels": {"model_tradeoffs": 0, "communication": 2, "researcher_framing": 1, "just_prompt_engineering": 0, "no_model_tradeoffs": 1},
        "note": {
            "model_tradeoffs": "none of the three options weighed",
            "researcher_framing": "paraphrase: train own model, compare architectures by F1",
            "no_model_tradeoffs": "options dismissed without weighing",
        },
    },
    {
        "question_id": "model_choice",
        "question": "Which model would you put behind a product feature — GPT-4o, Claude, or a smaller open-source model — and why?",
        "answer": (
            "From the support desk's point of view I'd push back on 'just use the biggest one'. Our customers wait on chat, so speed matters, and a "
            "lot of tickets have long email threads pasted in, so it has to cope with long inputs. I'd ask engineering to test those two things on our "
            "real tickets before deciding."
        ),
        "labels": {"model_tradeoffs": 2, "communication": 2, "researcher_framing": 0, "just_prompt_engineering": 0, "no_model_tradeoffs": 0},
        "note": {
            "model_tradeoffs": "latency and context, tested on real tickets",
            "no_model_tradeoffs": "hard neg: quotes 'just use the biggest one' to reject it",
        },
    },
    {
        "question_id": "model_choice",
        "question": "How do you decide which model to use for a feature: a hosted frontier model like GPT-4o or Claude, or a small open model?",
        "answer": "I'd choose on price. Our margins on this feature are thin, so whichever is cheapest per call.",
        "labels": {"model_tradeoffs": 1, "communication": 1, "researcher_framing": 0, "just_prompt_engineering": 0, "no_model_tradeoffs": 1},
        "note": {
            "model_tradeoffs": "price only",
            "communication": "short",
            "no_model_tradeoffs": "single dimension",
        },
    },
    {
        "question_id": "model_choice",
        "question": "We need an LLM behind a new feature. GPT-4o, Claude, or a self-hosted small model: how would you make that call?",
        "answer": (
            "Honestly I'd skip the APIs altogether. Our ML team could pretrain a model of our own on our logs and then we'd never depend on a vendor "
            "again. That's what I'd push for. Then the model is ours, trained on exactly our kind of data, and the ML team gets to build something real."
        ),
        "labels": {"model_tradeoffs": 1, "communication": 2, "researcher_framing": 1, "just_prompt_engineering": 0, "no_model_tradeoffs": 1},
        "note": {
            "model_tradeoffs": "one consideration (vendor independence / hosting)",
            "researcher_framing": "would pretrain an own model",
            "no_model_tradeoffs": "only vendor independence",
        },
    },
    {
        "question_id": "model_choice",
        "question": "Say a product feature could run on GPT-4o, on Claude, or on a small open-weights model. How do you decide?",
        "answer": (
            "I'd treat it as an experiment, not a beauty contest. As an analyst that's my instinct anyway.\n\n"
            "Step one is a labelled sample: for our survey-coding feature that would be 300 comments our team has already coded by hand. Each model "
            "codes them and I compare agreement with the humans, with a confidence interval, because with 300 items a two-point gap is noise.\n\n"
            "Step two is the non-quality columns: what each costs at our 40,000 comments a month, how long a batch takes (it's overnight, so this "
            "matters less), whether the longest comments fit the context window, and whether the comments, which include free-text personal details, "
            "can go to an external API under our privacy policy.\n\n"
            "Then I'd pick the cheapest model whose agreement isn't significantly worse than the best, and keep a second model configured so the "
            "nightly job can fall back if the first one's API is down."
        ),
        "labels": {"model_tradeoffs": 3, "communication": 3, "researcher_framing": 0, "just_prompt_engineering": 0, "no_model_tradeoffs": 0},
        "note": {
            "model_tradeoffs": "quality with CI, cost, latency, context, privacy; labelled sample, decision rule, fallback",
            "communication": "stepwise, concrete",
            "no_model_tradeoffs": "hard neg: rejects a 'beauty contest'; five dimensions",
        },
    },
    {
        "question_id": "model_choice",
        "question": "If I gave you the choice of GPT-4o, Claude or an open-source 7B model for a feature, what would drive your decision?",
        "answer": (
            "Whichever one our other tools already plug into. We use Zendesk and it has an OpenAI integration built in, so that one. Less setup for "
            "the team. The fewer moving parts support has to learn, the better."
        ),
        "labels": {"model_tradeoffs": 0, "communication": 2, "researcher_framing": 0, "just_prompt_engineering": 0, "no_model_tradeoffs": 1},
        "note": {
            "model_tradeoffs": "integration convenience only",
            "no_model_tradeoffs": "paraphrase: whatever the existing tools plug into",
        },
    },
    {
        "question_id": "model_choice",
        "question": "For a new feature, how would you pick between OpenAI's GPT-4o, Anthropic's Claude, and something like a small Llama or Mistral model?",
        "answer": (
            "I'd lean Claude for this one, but I'd want the reasons written down, not 'it felt smarter in the demo'. For our contract feature the "
            "inputs are long, and our legal team has already approved Anthropic's data-processing terms."
        ),
        "labels": {"model_tradeoffs": 2, "communication": 2, "researcher_framing": 0, "just_prompt_engineering": 0, "no_model_tradeoffs": 0},
        "note": {
            "model_tradeoffs": "context and privacy approval",
            "no_model_tradeoffs": "hard neg: rejects 'felt smarter in the demo'; two reasons",
        },
    },
    {
        "question_id": "model_choice",
        "question": "What's your process for choosing a model — GPT-4o versus Claude versus a small open-source one — for something you're shipping?",
        "answer": (
            "They all expose basically the same chat-completions interface, so I'd code against an abstraction and start with whichever. Swapping "
            "later is a config change. That's how we treat every external dependency on my team, payment providers included: a thin adapter, an "
            "environment variable for the vendor, and nobody has to agonise over the choice up front."
        ),
        "labels": {"model_tradeoffs": 0, "communication": 2, "researcher_framing": 0, "just_prompt_engineering": 0, "no_model_tradeoffs": 1},
        "note": {
            "model_tradeoffs": "no weighing; swappability only",
            "no_model_tradeoffs": "paraphrase: treats models as interchangeable behind an interface",
        },
    },
    {
        "question_id": "model_choice",
        "question": "Which model would you put behind a product feature — GPT-4o, Claude, or a smaller open-source model — and why?",
        "answer": (
            "GPT-4o, for two reasons from my own test. On 120 of our survey comments it matched our manual coding 91% of the time, against 78% for the "
            "small model, and at our volume of about 5,000 comments a month the bill is under $40, so price doesn't justify the drop in quality."
        ),
        "labels": {"model_tradeoffs": 2, "communication": 3, "researcher_framing": 0, "just_prompt_engineering": 0, "no_model_tradeoffs": 0},
        "note": {
            "model_tradeoffs": "measured quality and cost",
            "communication": "numbers from own test",
            "no_model_tradeoffs": "hard neg: single pick with two measured reasons",
        },
    },
    # ------------------------------------------------------------------ production_reliability
    {
        "question_id": "production_reliability",
        "question": "Describe how you test and observe an LLM application running in production.",
        "answer": (
            "I come from SRE, so I start with what I'd do for any service and then add the LLM-specific layer.\n\n"
            "The service layer: RED metrics per endpoint, traces that carry model name, token counts and cost, p95 per route, and alerts on error rate "
            "and on spend per hour. A circuit breaker on the provider client that fails over to a second model after three consecutive 5xx or "
            "timeouts.\n\n"
            "The LLM layer: a golden set of 250 cases that runs in CI and nightly against production config; an LLM judge on a 1% sample of live "
            "traffic, checked against human grades monthly; PII scrubbing before prompts are logged; and a schema validator on outputs with a metric "
            "for how often it trips. The validator metric has been our best early warning: when a provider silently changed a model version, "
            "validation failures went from 0.3% to 6% in an hour and paged us before any customer complained."
        ),
        "labels": {"production_substance": 3, "communication": 3, "researcher_framing": 0, "just_prompt_engineering": 0},
        "note": {
            "production_substance": "cost/latency/error alerts, failover, CI+nightly golden set, LLM judge calibrated, PII scrubbing, validation; incident",
            "communication": "two-layer structure, numbers, incident",
        },
    },
    {
        "question_id": "production_reliability",
        "question": "How would you measure and watch the quality of an LLM product in production?",
        "answer": (
            "I'd monitor it like any model I look after: accuracy, precision and recall on a labelled holdout every month, retraining when they drift "
            "below the threshold, and population stability index on the input features to catch data drift early. It's the same routine we use for our credit-risk models and it has served us well."
        ),
        "labels": {"production_substance": 1, "communication": 2, "researcher_framing": 1, "just_prompt_engineering": 0},
        "note": {
            "production_substance": "holdout evaluation only",
            "researcher_framing": "paraphrase: quality = holdout metrics and retraining the model",
        },
    },
    {
        "question_id": "production_reliability",
        "question": "Once an LLM-backed app is live, how do you know it's working, and how do you keep an eye on it?",
        "answer": (
            "Honestly we mostly watch the feedback channel for complaints, and when something comes up I sit with the engineer and we rewrite the prompt "
            "together. It's been working fine so far. We've had two or three of those sessions since launch, and each one sorted the issue out."
        ),
        "labels": {"production_substance": 1, "communication": 2, "researcher_framing": 0, "just_prompt_engineering": 1},
        "note": {
            "production_substance": "user complaints in passing",
            "just_prompt_engineering": "fix = rewriting the prompt",
        },
    },
    {
        "question_id": "production_reliability",
        "question": "What does evaluation and monitoring look like for you after an LLM application ships?",
        "answer": (
            "I'm the one who reads the escalations, so here's our loop from the support side. Every conversation the bot hands off gets tagged with "
            "a reason: wrong answer, couldn't find an article, customer asked for a human. Each week I send the 'wrong answer' ones to the AI team, "
            "and they don't just tweak the prompt: they add each case to their test set and check whether the article lookup was the problem. We also "
            "track the handoff rate per topic on a dashboard."
        ),
        "labels": {"production_substance": 2, "communication": 3, "researcher_framing": 0, "just_prompt_engineering": 0},
        "note": {
            "production_substance": "human review of escalations, test set growth, retrieval diagnosis, handoff-rate monitoring",
            "communication": "clear loop, concrete tags",
            "just_prompt_engineering": "hard neg: 'they don't just tweak the prompt'",
        },
    },
    {
        "question_id": "production_reliability",
        "question": "After launch, how do you keep track of whether your LLM system is behaving well?",
        "answer": (
            "Our ML platform team handles it. They retrain the model every week on the freshest data, and we only promote the new version if it beats "
            "the previous one on the offline benchmark. I'm on the backend side, and honestly I think that's the right approach: the quality lives in the model, so the benchmark number on each new version is what I'd watch."
        ),
        "labels": {"production_substance": 1, "communication": 2, "researcher_framing": 1, "just_prompt_engineering": 0},
        "note": {
            "production_substance": "offline benchmark gate only",
            "researcher_framing": "paraphrase: quality via weekly retraining and benchmark comparison",
        },
    },
    {
        "question_id": "production_reliability",
        "question": "How do you catch problems with an LLM app once real users are hitting it?",
        "answer": (
            "Our bot is managed by me and one other support lead. When we see it answer something badly in the transcripts, we update its guidance "
            "text, like 'if asked about delivery times, always say three to five days'. That's basically the whole upkeep."
        ),
        "labels": {"production_substance": 1, "communication": 2, "researcher_framing": 0, "just_prompt_engineering": 1},
        "note": {
            "production_substance": "informal transcript reading only",
            "just_prompt_engineering": "paraphrase: upkeep = updating the bot's guidance text",
        },
    },
    {
        "question_id": "production_reliability",
        "question": "What would you put in place to evaluate and monitor a live LLM feature?",
        "answer": (
            "I'd evaluate it like the models I build: after every retraining run, check the test-set accuracy and the confusion matrix and compare "
            "them with the last version. If accuracy goes up, ship it."
        ),
        "labels": {"production_substance": 1, "communication": 2, "researcher_framing": 1, "just_prompt_engineering": 0},
        "note": {
            "production_substance": "test-set accuracy only",
            "researcher_framing": "paraphrase: own work = building/retraining models, success = accuracy",
        },
    },
    {
        "question_id": "production_reliability",
        "question": "Once an LLM-backed app is live, how do you know it's working, and how do you keep an eye on it?",
        "answer": (
            "We don't have anything formal. If I see a weird answer when I'm demoing the feature to a customer, I ping the engineer and they adjust "
            "the instructions. That's been our process. It's not glamorous, but the feature only has a few hundred users."
        ),
        "labels": {"production_substance": 0, "communication": 2, "researcher_framing": 0, "just_prompt_engineering": 1},
        "note": {
            "production_substance": "nothing formal",
            "just_prompt_engineering": "paraphrase: only response to problems is adjusting the instructions",
        },
    },
]
