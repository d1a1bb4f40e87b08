# Part a, style "plain": role_definition answers.
# Competent native speakers, interview register. Written one by one.
# Notes: flag notes starting with "hard negative" / "paraphrase positive" are
# counted by check.py; everything else is a plain short reason.

STYLE = "plain"

Q = [
    "How would you describe the job of an AI engineer, and where does it differ from data science or ML engineering?",
    "In your own words, what is an AI engineer, and what separates that role from a data scientist or an ML engineer?",
    "What does a typical AI engineer actually work on, compared with a data scientist or a machine learning engineer?",
    "Could you explain what AI engineers do day to day and how that's distinct from data scientists and ML engineers?",
    "If a friend asked you what an AI engineer is, how would you explain it, and how is it different from data science or MLE work?",
    "Where do you draw the line between AI engineering, data science and ML engineering?",
    "What is the AI engineer's job, in your view? How does it compare to the data scientist and ML engineer roles?",
    "Walk me through what an AI engineer is responsible for, and how that contrasts with DS and MLE roles.",
]

ENTRIES = [
    {
        "question_id": "role_definition",
        "question": Q[0],
        "answer": """An AI engineer is basically an ML researcher with a fancier title. You read the latest papers, come up with new architectures and train models from scratch, and you measure yourself by where you land on the benchmarks. In my last role I built a transformer from scratch for time-series forecasting and got it into a workshop paper. A data scientist does dashboards; that's the main difference.""",
        "labels": {"role_understanding": 0, "communication": 2, "researcher_framing": 1, "just_prompt_engineering": 0},
        "note": {"role_understanding": "frames the role as ML research", "researcher_framing": "role = papers, new architectures, training from scratch"},
    },
    {
        "question_id": "role_definition",
        "question": Q[2],
        "answer": """For me the core of it is the model itself. Last year my team pretrained our own 300M-parameter model on two years of support logs, and I spent most of my time on the tokenizer and the learning-rate schedule. Our best checkpoint beat the baseline by about two points on the held-out set. Data scientists mostly do SQL and reporting, so it's a different world.""",
        "labels": {"role_understanding": 0, "communication": 2, "researcher_framing": 1, "just_prompt_engineering": 0},
        "note": {"role_understanding": "role seen as building/training the model", "researcher_framing": "paraphrase positive: pretrained own model, success = points over baseline"},
    },
    {
        "question_id": "role_definition",
        "question": Q[4],
        "answer": """Honestly it's mostly prompt engineering. You figure out what to say to the model so it gives you what you want.""",
        "labels": {"role_understanding": 1, "communication": 1, "researcher_framing": 0, "just_prompt_engineering": 1},
        "note": {"role_understanding": "vague, no contrast with DS/MLE", "just_prompt_engineering": "role described as mostly prompt engineering"},
    },
    {
        "question_id": "role_definition",
        "question": Q[1],
        "answer": """The job is really about knowing how to ask. You give the model a persona, a couple of worked examples, tell it what format you want back, and you keep rewording until the answers come out right. A lot of people are surprisingly bad at this, so being good at phrasing things for the model is the whole skill.""",
        "labels": {"role_understanding": 1, "communication": 2, "researcher_framing": 0, "just_prompt_engineering": 1},
        "note": {"role_understanding": "only LLM usage, no contrast", "just_prompt_engineering": "paraphrase positive: whole skill = phrasing requests with persona and examples"},
    },
    {
        "question_id": "role_definition",
        "question": Q[6],
        "answer": """I'd put it in three layers. A data scientist sits closest to the data: runs experiments, builds models, worries about whether a result is statistically significant, and usually reports accuracy or lift. An ML engineer takes a trained model and makes it dependable in production — serving latency, retraining pipelines, catching drift. An AI engineer mostly doesn't train anything; we start from foundation models that already exist, like GPT-4o, Claude or Llama, and build products on top of them.

People sometimes hear "AI" and assume it's a research job. It isn't — I've never needed to invent an architecture to ship something useful. The other misconception is that it's just prompt writing. Prompts matter, but most of my time goes into retrieval pipelines, evaluation sets, cost and latency tracking, guardrails and error handling.

A concrete week from my current job: I rebuilt our document chunking because recall on our eval set had dropped to 0.62, added a fallback model for timeouts, and wired token costs per tenant into our dashboard. None of that shows up on a benchmark. The measure we care about is whether users finish what they came to do — for us, the share of customer questions answered without opening a ticket, which went from 41% to 57% last quarter.""",
        "labels": {"role_understanding": 3, "communication": 3, "researcher_framing": 0, "just_prompt_engineering": 0},
        "note": {"role_understanding": "FM products, contrasts DS and MLE, user-outcome metric", "researcher_framing": "hard negative: rejects the idea that it is a research job", "just_prompt_engineering": "hard negative: says it is not just prompt writing, lists retrieval/evals/guardrails"},
    },
    {
        "question_id": "role_definition",
        "question": Q[3],
        "answer": """An AI engineer builds applications on top of models that someone else already trained — OpenAI, Anthropic, open-weight models. So you're wiring an LLM into a product: retrieval over company documents, tool calls, a chat interface, that kind of thing. I haven't worked with data scientists closely enough to say exactly how their day differs.""",
        "labels": {"role_understanding": 2, "communication": 2, "researcher_framing": 0, "just_prompt_engineering": 0},
        "note": {"role_understanding": "apps on existing FMs, no contrast with DS or MLE"},
    },
    {
        "question_id": "role_definition",
        "question": Q[5],
        "answer": """A data scientist's output is usually an analysis or a model with an accuracy number attached. As an AI engineer, my output is a feature people use. I don't train models — people sometimes assume I do research — but I take existing LLMs and make them useful inside our product. At my current job that's a drafting assistant inside our CRM, and what I watch is how many of its drafts the sales reps actually send.""",
        "labels": {"role_understanding": 2, "communication": 2, "researcher_framing": 0, "just_prompt_engineering": 0},
        "note": {"role_understanding": "FM apps + contrast with DS only, MLE missing", "researcher_framing": "hard negative: says they don't train models or do research"},
    },
    {
        "question_id": "role_definition",
        "question": Q[7],
        "answer": """Works with LLMs and AI tools to build smart features. Kind of like a developer plus AI.""",
        "labels": {"role_understanding": 1, "communication": 1, "researcher_framing": 0, "just_prompt_engineering": 0},
        "note": {"role_understanding": "vague 'works with LLMs'"},
    },
    {
        "question_id": "role_definition",
        "question": Q[0],
        "answer": """Three parts to how I see it. First, the modelling: an AI engineer designs and trains the networks — I spent the last two years training vision transformers from scratch on 40M images. Second, the science: you run ablations, you write it up, you publish; we had two papers at CVPR. Third, evaluation: success is the benchmark, so ImageNet top-1 and robustness suites. A data scientist works on business metrics with off-the-shelf tools, and an ML engineer is the one who deploys what we produce.""",
        "labels": {"role_understanding": 0, "communication": 3, "researcher_framing": 1, "just_prompt_engineering": 0},
        "note": {"role_understanding": "clear answer but misframes role as research", "communication": "well structured with specifics despite wrong framing", "researcher_framing": "training from scratch, papers, success = benchmark"},
    },
    {
        "question_id": "role_definition",
        "question": Q[5],
        "answer": """Short version: data scientists find out what's true in the data, ML engineers keep trained models running (serving, retraining, drift), and AI engineers build products on foundation models — RAG, tool-using agents, carefully versioned prompts. At my company the AI team's KPI is deflection rate on support chats, not model accuracy.""",
        "labels": {"role_understanding": 3, "communication": 3, "researcher_framing": 0, "just_prompt_engineering": 0},
        "note": {"role_understanding": "both contrasts, FM products, user-outcome KPI"},
    },
    {
        "question_id": "role_definition",
        "question": Q[1],
        "answer": """Data scientists build and train models; we don't. An AI engineer takes ChatGPT or Claude and writes the prompts that make it do the job. That's really the whole role — write the instructions, test a few inputs, adjust the wording. At my current company I own about thirty prompts for different features, from meeting summaries to a tone checker for sales emails, and when a product manager wants something new I draft a prompt, try it on a handful of examples and hand it over.""",
        "labels": {"role_understanding": 2, "communication": 2, "researcher_framing": 0, "just_prompt_engineering": 1},
        "note": {"role_understanding": "existing models + contrast with DS, but nothing more", "just_prompt_engineering": "'that's really the whole role' = writing prompts"},
    },
    {
        "question_id": "role_definition",
        "question": Q[6],
        "answer": """I did my PhD on graph neural networks, so I know the research side, but this job isn't that. An ML engineer owns the training and serving infrastructure for models the company builds itself; an AI engineer plugs existing large models into products and is judged on whether those products work for users.""",
        "labels": {"role_understanding": 2, "communication": 2, "researcher_framing": 0, "just_prompt_engineering": 0},
        "note": {"role_understanding": "FM products + MLE contrast, no DS contrast", "researcher_framing": "hard negative: PhD mentioned only to say the job is not research"},
    },
    {
        "question_id": "role_definition",
        "question": Q[3],
        "answer": """It's definitely more than typing prompts into ChatGPT. You're integrating AI into things. I'd say it's the person on the team who knows AI best.""",
        "labels": {"role_understanding": 1, "communication": 1, "researcher_framing": 0, "just_prompt_engineering": 0},
        "note": {"role_understanding": "vague, no distinction", "just_prompt_engineering": "hard negative: explicitly more than typing prompts"},
    },
    {
        "question_id": "role_definition",
        "question": Q[2],
        "answer": """What separates a good AI engineer is pushing the numbers. On my last project we took our model from 71 to 78 on the SQuAD leaderboard by redesigning the attention layers and training for three weeks on 64 GPUs. Data scientists don't go that deep into the network itself. I'd want to do the same kind of thing here: find where the current model is weak, change the network, and grind until the metric moves.""",
        "labels": {"role_understanding": 0, "communication": 2, "researcher_framing": 1, "just_prompt_engineering": 0},
        "note": {"role_understanding": "misframes role as model building", "researcher_framing": "paraphrase positive: success = leaderboard points, redesigning attention"},
    },
    {
        "question_id": "role_definition",
        "question": Q[4],
        "answer": """The AI engineer builds features on top of LLM APIs. Prompt writing is part of it, but so is retrieval, evaluating outputs, watching costs. Compared with a data scientist, there's a lot less statistics and a lot more regular software engineering. My last feature was a search assistant for our help center: I spent more time on the chunking and on a set of test questions than on the prompt itself, and most of the code was ordinary backend work — queues, retries, an API for the frontend.""",
        "labels": {"role_understanding": 2, "communication": 2, "researcher_framing": 0, "just_prompt_engineering": 0},
        "note": {"role_understanding": "FM apps + DS contrast, no MLE, no outcomes", "just_prompt_engineering": "hard negative: prompting is one piece among retrieval/evals/cost"},
    },
    {
        "question_id": "role_definition",
        "question": Q[7],
        "answer": """It's a prompt engineer with a better salary, to be honest with you.""",
        "labels": {"role_understanding": 1, "communication": 1, "researcher_framing": 0, "just_prompt_engineering": 1},
        "note": {"role_understanding": "no real description or contrast", "just_prompt_engineering": "role = prompt engineer"},
    },
    {
        "question_id": "role_definition",
        "question": Q[1],
        "answer": """An AI engineer analyses data to find patterns, runs A/B tests, and builds dashboards and reports that have some AI in them, like forecasts. It's pretty similar to a data scientist, just with more of a focus on the AI side. In my last job that meant building a churn dashboard in Tableau and running the analysis for an A/B test on a new pricing page, with a simple forecast on top. That's the kind of work I'd expect to keep doing in this role.""",
        "labels": {"role_understanding": 0, "communication": 2, "researcher_framing": 0, "just_prompt_engineering": 0},
        "note": {"role_understanding": "misframes the role as data science", "researcher_framing": "analytics framing, not research or training"},
    },
    {
        "question_id": "role_definition",
        "question": Q[0],
        "answer": """People assume it's research. In practice I almost never touch model weights. AI engineers build products on top of foundation models: a retrieval pipeline over our contracts, an agent that files Jira tickets, the prompts that hold it together. Data scientists are the ones running experiments and reporting accuracy; ML engineers run serving and retraining for in-house models and watch for drift. We're measured on whether lawyers actually use the contract tool — weekly active users went from 30 to 210 after launch.""",
        "labels": {"role_understanding": 3, "communication": 3, "researcher_framing": 0, "just_prompt_engineering": 0},
        "note": {"role_understanding": "FM products, both contrasts, usage metric", "researcher_framing": "hard negative: 'people assume it's research' then contrasts"},
    },
    {
        "question_id": "role_definition",
        "question": Q[6],
        "answer": """Most of what I do is prompt engineering, and I think that's the job. I keep a big doc of prompts that work, I test them in the playground, and when outputs go weird I tweak the instructions until they're fine again.

For example, for our FAQ bot I spent a week getting the tone right. The first version sounded like a legal disclaimer, so I added "answer like a friendly support agent", then a couple of sample replies, then a rule about keeping it under 80 words because people were complaining about walls of text. Then it started being too casual, so I pulled the examples back a bit. It took maybe fifteen versions before the support lead was happy.

I do the same for everything that comes my way: an email summarizer, a product description generator, a little tool that rewrites job ads to sound less corporate. Each one is basically a prompt with some examples, and the craft is in knowing which words the model responds to — being explicit about format, giving it a role, putting the most important instruction last.

Data scientists are more into numbers and statistics. What I do is closer to writing, honestly, just with a machine as the reader.""",
        "labels": {"role_understanding": 1, "communication": 2, "researcher_framing": 0, "just_prompt_engineering": 1},
        "note": {"role_understanding": "throwaway DS remark, no real distinction", "just_prompt_engineering": "says the job is prompt engineering"},
    },
    {
        "question_id": "role_definition",
        "question": Q[5],
        "answer": """- Data scientist: questions answered with data; experiments, models, accuracy.
- ML engineer: gets trained models into production and keeps them there; latency, retraining, drift.
- AI engineer: builds user-facing products on foundation models. Prompting is one piece; most of the work is retrieval, evals, guardrails, cost tracking.
Success for an AI engineer is measured by the user: did they get their answer, did they come back.""",
        "labels": {"role_understanding": 3, "communication": 3, "researcher_framing": 0, "just_prompt_engineering": 0},
        "note": {"role_understanding": "all elements present", "just_prompt_engineering": "hard negative: prompting named as one piece"},
    },
    {
        "question_id": "role_definition",
        "question": Q[3],
        "answer": """Most of my work is on the model itself: I put together the pretraining corpus, pick the architecture size, run the training jobs on our cluster, and then I write up what worked for the internal reading group. That's what I think of as AI engineering, compared to data science which is more analytics.""",
        "labels": {"role_understanding": 0, "communication": 2, "researcher_framing": 1, "just_prompt_engineering": 0},
        "note": {"role_understanding": "role framed as training models", "researcher_framing": "paraphrase positive: pretraining corpus, architecture, training jobs"},
    },
    {
        "question_id": "role_definition",
        "question": Q[2],
        "answer": """An AI engineer is a software engineer who works with AI. They might integrate chatbots or recommendation features. I think the difference with data scientists is fuzzy at a lot of companies; honestly the titles overlap. At my last company, for example, the "AI engineer" on my team did a bit of everything: hooked a chatbot into our app, cleaned some data, helped the analysts with a model now and then. So I'd say it depends a lot on where you work.""",
        "labels": {"role_understanding": 1, "communication": 2, "researcher_framing": 0, "just_prompt_engineering": 0},
        "note": {"role_understanding": "vague, declines to distinguish"},
    },
    {
        "question_id": "role_definition",
        "question": Q[4],
        "answer": """It's not research and it's not only prompts. It's engineering: building stuff with LLMs that actually works.""",
        "labels": {"role_understanding": 1, "communication": 1, "researcher_framing": 0, "just_prompt_engineering": 0},
        "note": {"role_understanding": "slogan-level, no contrast with DS/MLE", "researcher_framing": "hard negative: 'it's not research'", "just_prompt_engineering": "hard negative: 'not only prompts'"},
    },
    {
        "question_id": "role_definition",
        "question": Q[7],
        "answer": """Training neural networks and publishing new architectures. That's the job as I understand it.""",
        "labels": {"role_understanding": 0, "communication": 1, "researcher_framing": 1, "just_prompt_engineering": 0},
        "note": {"role_understanding": "misframes as research", "researcher_framing": "role = training networks, publishing architectures"},
    },
]
