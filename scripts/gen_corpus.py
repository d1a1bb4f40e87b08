"""Deterministic synthetic corpus for the scale benchmark: written answers plus a few transcripts.

    python scripts/gen_corpus.py OUT_DIR -n 1000000 [--seed 7] [--format csv|jsonl|both]
                                 [--transcripts 200] [--answers-per-candidate 4]

Writes ``OUT_DIR/answers-0000.csv`` (and/or ``.jsonl``), … in shards of at most
``--shard-rows`` rows and ``--shard-bytes`` bytes (the ingest refuses answer files over
``evaluator.ingest.MAX_FILE_BYTES``, 50 MB), with the columns the
written-answer ingest reads (``answer_id, candidate_id, question_id, question, answer``)
plus ``cohort`` and ``group`` metadata, and ``OUT_DIR/transcripts/interview-00001.txt`` …
(``Interviewer:`` / ``Candidate:`` turns, the 4 rubric questions each).

The answers answer the 4 questions of ``rubrics/ai-engineer-role.yaml`` at different
quality levels (strong / medium / weak) or raise its flags (``researcher_framing``,
``just_prompt_engineering``; weak answers to ``model_choice`` raise ``no_model_tradeoffs``).
They are built from sentence pools, so the texts differ, with realistic lengths (20–400
words, median about 120) and some noise for CSV quoting: commas, quotes, newlines, é “ ” —.

No two answers have the same text (the ingest keys answers on content hashes), and the same
arguments give byte-identical files. The generator is stand-alone (it does not import the
evaluator) and fast: about 8 µs of CPU an answer, 110-130k CSV rows a second, in constant
memory (~80 MB): the sentence sequences are built once, each answer is two slices of them.
``--candidates-per-answer`` is accepted as another name for ``--answers-per-candidate``.
"""

from __future__ import annotations

import argparse
import bisect
import itertools
import math
import random
import re
import sys
import time
from bisect import bisect_left
from json.encoder import encode_basestring as json_str  # the C encoder json.dumps uses
from pathlib import Path
from statistics import NormalDist
from zlib import crc32

QUESTION_IDS = ("role_definition", "shipped_system", "model_choice", "production_reliability")
PROFILES = ("strong", "medium", "weak", "researcher", "prompt_only")
PROFILE_WEIGHTS = (25, 35, 20, 10, 10)  # percent of answers
STICKINESS = 0.6  # chance an answer follows its candidate's archetype instead of the overall mix
FILLER_SHARE = {"strong": 15, "medium": 20, "weak": 40, "researcher": 30, "prompt_only": 30}  # % of words
# log-normal answer length (words) per profile: median, sigma; clipped to [MIN_WORDS, MAX_WORDS]
LENGTHS = {"strong": (150, 0.45), "medium": (118, 0.5), "weak": (60, 0.55),
           "researcher": (105, 0.5), "prompt_only": (85, 0.5)}
MIN_WORDS, MAX_WORDS = 20, 400
SHARD_ROWS = 50_000  # default rows per shard (about 44 MB of CSV)
SHARD_BYTES = 45_000_000  # default bytes per shard: evaluator.ingest.MAX_FILE_BYTES (50 MB) less a margin
SEQ_BITS = 13  # each sentence sequence has 2**13 sentences (the bit layout in _answer assumes 13)
SEQ_MASK = (1 << SEQ_BITS) - 1
VARIANTS = 16  # concrete variants per sentence template
SEEN_MASK = (1 << 28) - 1  # 2**28-bit (32 MB) bitmap of answer crc32s, for distinct answers
COLUMNS = ("answer_id", "candidate_id", "question_id", "question", "answer", "cohort", "group")

# ---------------------------------------------------------------------------------------------
# Questions as asked: the rubric's text and aliases (rubrics/ai-engineer-role.yaml).
QUESTIONS = {
    "role_definition": [
        "What does an AI engineer do, and how is the role different from a data scientist or an ML engineer?",
        "What is an AI engineer?",
        "How would you describe the AI engineer role?",
        "How is an AI engineer different from a data scientist?",
        "How is AI engineering different from machine learning engineering?",
        "What do you think the job of an AI engineer actually is day to day?",
        "In your own words, what does this role involve?",
        "What separates an AI engineer from an ML engineer or a data scientist?",
        "How do you see the difference between AI engineering, ML engineering and data science?",
        "What does an AI engineer do all day?",
        "How would you explain what an AI engineer does to someone outside tech?",
        "What do you understand this job to be?",
    ],
    "shipped_system": [
        "Tell me about an AI system you built and shipped to production.",
        "Walk me through an LLM application you shipped.",
        "Describe a project where you put an AI feature in front of real users.",
        "What is something you built with language models that is running in production?",
        "Tell me about a system you built end to end and launched.",
        "Walk me through something you actually put in front of users.",
        "Tell me about the most interesting AI project you have shipped.",
        "Can you tell me about a project you built with LLMs?",
        "What have you built and deployed with AI?",
        "I would love to hear about something you built that people actually used.",
        "Talk me through a product you launched that uses a foundation model.",
    ],
    "model_choice": [
        "How would you choose between GPT-4o, Claude and a small open-source model for a product feature?",
        "Which model would you pick for this feature, and why?",
        "How do you decide which LLM to use?",
        "GPT-4o versus Claude versus Llama, how would you choose?",
        "Would you use a hosted model or an open-source model you run yourself?",
        "How do you pick between a big frontier model and a small open model?",
        "If you had to choose a model provider for a new feature, how would you decide?",
        "How would you decide between OpenAI, Anthropic and an open-weights model like Llama or Mistral?",
        "What goes into choosing a language model for a product?",
    ],
    "production_reliability": [
        "How do you evaluate and monitor an LLM application once it is in production?",
        "How do you know your LLM app is working in production?",
        "How do you test and evaluate an LLM-based system?",
        "What do you monitor once a language model feature is live?",
        "How do you catch regressions or hallucinations after launch?",
        "How do you measure the quality of an LLM application over time?",
        "What does your evaluation and monitoring setup look like?",
        "How do you make sure a model-backed feature keeps working after it ships?",
        "Once it is live, how do you keep an eye on it and know whether it is still doing its job?",
        "How would you know the system is doing a good job after launch?",
        "How do you watch a system like that once it is live?",
    ],
}
# Interview questions in transcripts: the ones the segmenter does not take for a follow-up
# ("Which model would you pick for this feature…" refers back, so it would extend the last answer).
INTERVIEW_QUESTIONS = {
    "role_definition": [0, 1, 2, 3, 5, 7, 9],
    "shipped_system": [0, 1, 2, 4, 6, 8],
    "model_choice": [0, 2, 5, 6, 8],
    "production_reliability": [0, 1, 2, 3, 4, 6],
}

# ---------------------------------------------------------------------------------------------
# Slot values for {placeholders} in the sentence templates.
SLOTS = {
    "n": [str(i) for i in range(2, 13)],
    "weeks": [str(i) for i in range(2, 11)],
    "pct": [str(i) for i in (3, 5, 8, 10, 12, 15, 18, 20, 25, 30, 35, 40)],
    "pct2": ["1", "2", "3", "4", "0.5", "1.5", "2.5"],
    "users": ["250", "900", "1,200", "3,000", "8,500", "12,000", "40,000", "150,000"],
    "docs": ["400", "2,000", "8,000", "15,000", "60,000", "1.2 million"],
    "golden": ["150", "200", "300", "450", "600", "800"],
    "ms": ["200", "300", "500", "800", "1,500", "2,000"],
    "s1": ["4.2", "6", "8.5", "11", "3.8"],
    "s2": ["1.1", "1.6", "2.3", "0.9", "1.4"],
    "cents": ["0.4", "0.8", "1.2", "2", "3.5"],
    "chunk": ["256", "400", "512", "800", "1,000"],
    "k": ["5", "10", "20"],
    "gpus": ["64", "128", "256", "512"],
    "tokens": ["30", "80", "200", "500"],
    "model": ["GPT-4o", "Claude 3.5 Sonnet", "Claude", "GPT-4o mini", "Llama 3 70B", "Mistral Large"],
    "small": ["Llama 3 8B", "Mistral 7B", "Phi-3", "Qwen 2 7B", "Gemma 2 9B"],
    "vdb": ["pgvector", "Pinecone", "Qdrant", "Weaviate", "FAISS", "Elasticsearch"],
    "obs": ["Langfuse", "LangSmith", "Datadog", "Grafana", "OpenTelemetry"],
    "domain": ["customer support", "legal contract", "insurance claim", "HR policy", "e-commerce search",
               "sales call", "medical intake", "onboarding", "billing dispute", "IT helpdesk"],
    "company": ["fintech startup", "café chain", "logistics company", "mid-size insurer", "SaaS company",
                "hospital network", "travel agency", "bank in Zürich", "retailer"],
    "lang": ["Python", "TypeScript", "Go", "Python and TypeScript"],
    "cloud": ["AWS", "GCP", "Azure", "Kubernetes on AWS"],
    "bench": ["MMLU", "HellaSwag", "HumanEval", "TruthfulQA"],
}

# Sentence templates per question and level. "strong" and "medium" cover the rubric's concept
# phrases; "weak" avoids them (weak model_choice answers raise no_model_tradeoffs);
# "researcher" / "prompt_only" raise researcher_framing / just_prompt_engineering.
POOLS: dict[str, dict[str, list[str]]] = {
    "role_definition": {
        "strong": [
            "An AI engineer builds products on top of existing foundation models such as {model}.",
            "The bulk of the job is application work, meaning retrieval, prompt design, tool calling and agents wired into a real product.",
            "A data scientist runs experiments and answers questions with statistics, while an AI engineer ships features to end users.",
            "An ML engineer owns training pipelines, serving infrastructure and retraining when there is model drift; we mostly take a pre-trained model through an API.",
            "I see it as a software engineering role first, with the model as one component of the system.",
            "Success is measured in user outcomes, for example resolving {pct}% more {domain} requests without a human.",
            "In my last team we had {n} engineers building LLM-powered features, and nobody had to train a model.",
            "Day to day that means building RAG pipelines over {docs} documents, writing evals, and adding guardrails before anything goes to production.",
            "The data scientist asks whether something is true; the AI engineer asks whether users actually get value from it.",
            "Compared with an ML engineer, there is less time on GPUs and retraining and more on product integration, latency and cost.",
            "You still need to understand embeddings, context windows and how models fail, but the job is to build applications.",
            "We deploy, watch real users, and iterate on the retrieval and the prompts based on what we see.",
            "So in short, data science explores data, ML engineering productionises models, and the AI engineer builds products on foundation models.",
            "A good AI engineer knows when not to use an LLM at all and reaches for ordinary backend code instead.",
            "For instance, at a {company} I integrated {model} into the {domain} workflow and we launched it in {weeks} weeks.",
            "The role sits closest to backend and product engineering, with APIs, queues and databases, plus evaluation of model outputs.",
            "It overlaps with ML engineering on deployment, but we rarely touch training pipelines.",
            "A data scientist’s deliverable is often a notebook or an analysis; ours is a feature in production.",
            "The machine learning engineer makes a model good and keeps it served; the AI engineer makes a product good using a model someone else trained.",
            "Because the models are off-the-shelf, most of the leverage is in retrieval, orchestration and evaluation.",
        ],
        "medium": [
            "An AI engineer works with large language models to build applications.",
            "It's about using models like {model} through an API and connecting them to the rest of the product.",
            "Compared with a data scientist, it is more engineering and less analysis.",
            "You use things like RAG and agents to make the model useful for a business problem.",
            "I think the difference from an ML engineer is that we don't usually train the models ourselves.",
            "There is a lot of prompting, but also a lot of plumbing around it.",
            "Basically you take an existing model and build something customers can use.",
            "Data scientists care more about statistics, and AI engineers care more about shipping.",
            "It's a fairly new title and companies use it differently.",
            "A lot of it is gluing services together with {lang}.",
            "You also need to think about evaluation, because the outputs are not deterministic.",
            "I'd say it is software engineering with LLMs in the loop.",
            "At my current job the AI engineers sit in the product team, not in the data team.",
        ],
        "weak": [
            "An AI engineer works with AI.",
            "It's someone who knows a lot about artificial intelligence.",
            "They make the AI smarter and help the company use it.",
            "At my last company there were {n} people with that title and they all did different things.",
            "I think it's pretty similar to other data jobs, just with newer tools.",
            "It is a very exciting field right now.",
            "You have to keep up with all the new things that come out every week.",
            "They work on the AI and make sure everything works.",
            "Honestly I'm not sure there is a big difference between the titles.",
            "It's like a developer but for AI.",
            "I read about it in a blog post a few weeks ago, something about {model}.",
            "Everybody wants one these days, so it must be important.",
            "I guess it depends on the company.",
        ],
        "researcher": [
            "An AI engineer designs and trains the networks that power things like ChatGPT.",
            "The job is really research, reading a few papers a week and pushing the state of the art.",
            "In my PhD thesis I worked on a novel attention variant for long sequences.",
            "I'd say the role is all about training neural networks and tuning the layers.",
            "Success is measured in accuracy on benchmarks like {bench}.",
            "My research focused on scaling laws for small language models.",
            "We published papers at NeurIPS and ICML on better architectures.",
        ],
        "prompt_only": [
            "Honestly, the job is basically prompt engineering.",
            "It's mostly about writing good prompts.",
            "The main skill is prompt engineering, knowing the right words to get the model to do what you want.",
            "You keep tweaking the prompt until the output looks right.",
            "A good prompt beats a fancy model every time.",
            "I think of myself as a prompt engineer, really.",
            "At the {company} my job was mostly writing prompts for {model}.",
        ],
    },
    "shipped_system": {
        "strong": [
            "I built a support assistant for a {company} that answers {domain} questions over {docs} help-center articles.",
            "Retrieval used {vdb} with hybrid search and a reranker, and we chunked documents at about {chunk} tokens.",
            "We kept a golden set of {golden} real questions and ran it as a regression test on every prompt change.",
            "We used an LLM-as-a-judge for faithfulness and spot-checked {n}0 answers a week with human review.",
            "Every request was traced in {obs}, so we could see latency, token usage and cost per conversation.",
            "p95 latency went from {s1} seconds down to {s2} seconds after we added streaming and a response cache.",
            "When the provider returned 429s we retried with exponential backoff and fell back to a smaller model.",
            "Outputs were validated against a JSON schema with Pydantic, and malformed responses were retried once.",
            "We redacted PII before anything left our system and ran a moderation check on the output.",
            "Anything the model was unsure about was escalated to a human agent instead of guessing.",
            "It handled about {users} conversations a month and deflected {pct}% of tickets.",
            "Cost came down to roughly {cents} cents per conversation once we cached the system context.",
            "We set alerts in {obs} on error rate and spend, and reviewed the dashboard every Monday.",
            "We shipped it behind a feature flag to {pct}% of users first and ran an A/B test against the old flow.",
            "The first version hallucinated policy details, so we added citations and a groundedness check.",
            "The backend was {lang} with FastAPI, Postgres and Redis, deployed on {cloud}.",
            "We also red-teamed it for prompt injection, because customers paste all kinds of things into a chat box.",
            "The whole thing went from prototype to production in {weeks} weeks, with {n} engineers.",
            "Our “golden set” started as {golden} tickets the support team had already answered well.",
        ],
        "medium": [
            "I built a chatbot that answers questions about our internal documentation.",
            "It used {model} with a vector database for retrieval.",
            "We tried it on a list of example questions before launch.",
            "About {users} employees use it now.",
            "The hardest part was getting the right documents into the context.",
            "We added logging so we could see what people were asking.",
            "After launch we fixed a few issues that users reported.",
            "It was written in {lang} and deployed as a small service.",
            "I also built a summarisation feature for {domain} notes that went to production last year.",
            "We had some problems with latency at the beginning.",
            "We did a bit of manual review of answers in the first weeks.",
            "Users liked it, and the team kept adding features.",
        ],
        "weak": [
            "I made a chatbot for {domain} questions using the OpenAI API.",
            "It was a side project that I showed to my team of {n}.",
            "It worked pretty well most of the time.",
            "I used LangChain because everyone uses it.",
            "We didn't really launch it, but it was a good demo.",
            "It could answer questions about PDFs.",
            "I learned a lot about how LLMs work in those {weeks} weeks.",
            "People thought it was cool.",
            "I'm planning to put it online at some point.",
            "The code is on my GitHub.",
            "It was mostly a proof of concept for a hackathon.",
        ],
        "researcher": [
            "I trained our own language model on {tokens} billion tokens of domain text.",
            "We built a new architecture with a custom attention layer, and it beat the baseline by {n} points.",
            "The project ran on a {gpus} GPU cluster for {weeks} weeks.",
            "Our research showed state-of-the-art results on {bench}.",
            "I pre-trained a small transformer and published a paper on it.",
            "Most of the time went into the training recipe and hyperparameter sweeps.",
        ],
        "prompt_only": [
            "I wrote a long system prompt for a customer-facing assistant.",
            "Most of my work was tweaking the prompt until the answers sounded right.",
            "Whenever it said something wrong, I added another rule to the system prompt.",
            "We just needed a good prompt, and it worked.",
            "I kept rephrasing the instructions until it stopped going off topic.",
            "The system prompt for the {domain} bot grew to about {n} pages.",
        ],
    },
    "model_choice": {
        "strong": [
            "I'd start by writing down what the feature needs, which is quality on the task, latency, cost per request and where the data can go.",
            "Then I'd build a small eval set of {golden} real examples and benchmark all three side by side.",
            "GPT-4o and Claude are usually stronger at reasoning and tool use, but they cost more per token.",
            "A small open-weight model like {small} is cheaper and fast, and we can self-host it if the data is sensitive.",
            "If the inputs are long documents, the context window matters; Claude's 200k context fits a whole contract.",
            "For a real-time feature I'd look at time to first token, and anything over {ms} ms feels slow to users.",
            "At {users} requests a day, the price difference between a frontier model and {small} is thousands of dollars a month.",
            "For regulated customers, data residency and GDPR can rule out sending data to a hosted API.",
            "Often the answer is to route, a small model for easy requests and GPT-4o or Claude for the hard ones.",
            "I'd put the providers behind an abstraction layer so we can swap models and fall back when one has an outage.",
            "Fine-tuning {small} on our own examples can close much of the quality gap for a narrow task.",
            "Hosted models save us the ops work of running GPUs, which matters for a small team.",
            "Vendor lock-in is a real risk, so I'd keep prompts and evals portable between providers.",
            "I'd re-run the comparison every few months because prices and capabilities change quickly.",
            "In my last role we moved {pct}% of traffic to {small} after the eval showed the same accuracy on our test set.",
            "So the short answer is to measure on your own data, then pick the cheapest model that meets the bar.",
            "Throughput matters too; at peak we needed around {n}0 requests per second.",
        ],
        "medium": [
            "It depends on the use case.",
            "GPT-4o is very capable but it can get expensive.",
            "Claude is good at long documents.",
            "An open-source model gives you more control over where it runs.",
            "I'd probably try a couple of them and see which one works best.",
            "Speed matters too if users are waiting for the answer.",
            "Some companies can't send customer data to OpenAI, so they need to host it themselves.",
            "I would look at the pricing pages and compare.",
            "Smaller models are fine for simple things like classification.",
            "The big models are smarter but slower.",
            "We used {model} at my last job and it was fine for us.",
        ],
        "weak": [
            "I'd just use GPT-4o, it's the best one.",
            "Everyone uses OpenAI, so I would go with that.",
            "Claude is my favourite, so I'd pick Claude.",
            "I would use whatever is newest.",
            "At the {company} we used {model} for everything.",
            "They are all pretty similar these days.",
            "I'd ask the team which one they like.",
            "Open-source models are the future, so I'd use one of those.",
            "I don't think the choice matters that much.",
            "GPT-4o is what I know, so that's what I'd go with.",
            "The newest model usually wins, so I'd take that one.",
            "I haven't compared them myself, to be honest.",
            "I tried {small} once for a weekend and it was fine.",
        ],
        "researcher": [
            "I'd look at which model has the top MMLU and HumanEval numbers.",
            "Honestly I'd rather pretrain our own foundation model so we control the architecture.",
            "The academic benchmarks tell you which model is state of the art.",
            "I'd read the papers behind each model and compare their architectures and training recipes.",
        ],
        "prompt_only": [
            "The model matters less than the prompt; the real difference comes down to the prompts.",
            "With a good prompt on any model you get the same result.",
            "I'd pick one and spend the time getting the prompt right.",
            "I got {model} to do almost anything once I wrote the system prompt carefully.",
            "It's really all about prompt engineering, not the model.",
        ],
    },
    "production_reliability": {
        "strong": [
            "We keep a golden dataset of {golden} labelled examples and run it in CI on every prompt or model change.",
            "Offline we track faithfulness and answer relevance with an LLM-as-a-judge, calibrated against human labels.",
            "Online we log every request with {obs}, including inputs, retrieved chunks, outputs, latency and token counts.",
            "There are alerts on p95 latency above {ms} ms, error rate above {pct2}% and daily spend over budget.",
            "A sample of {n}0 conversations a week goes to human review, and every bad one becomes a new test case.",
            "We watch retrieval separately with recall@{k} on a labelled set, because most bad answers start with bad retrieval.",
            "Guardrails check outputs for PII and policy violations before they reach the user.",
            "Timeouts, retries with backoff and a fallback model keep the feature up when a provider degrades.",
            "We validate structured outputs against a JSON schema and count malformed responses as errors.",
            "User feedback, thumbs up or down, goes into the same dashboard as the offline metrics.",
            "When the provider silently updated a model, our regression tests caught a {pct}% drop in accuracy on the eval set.",
            "We also track hallucination rate on a weekly sample, and it went from {pct}% to {pct2}% after we improved retrieval.",
            "New prompts go out as an A/B test to a slice of traffic before full rollout.",
            "We red-team the system every release for prompt injection and jailbreaks.",
            "Drift in what users ask shows up as clusters of unanswered questions, which we review every sprint.",
            "The on-call runbook says what to do when the model provider has an outage.",
            "Cost per conversation is on the dashboard next to latency, so a prompt that doubles token usage gets noticed.",
        ],
        "medium": [
            "We had a list of test questions that we ran before releases.",
            "We looked at the logs when users complained.",
            "I'd monitor latency and errors like any other service.",
            "Sometimes we asked another model to grade the answers.",
            "We collected thumbs-up and thumbs-down feedback from users.",
            "It's hard to measure quality because the outputs are free text.",
            "We tried to catch hallucinations by comparing answers to the source documents.",
            "There was a dashboard with the number of requests per day.",
            "We reviewed a few conversations every week.",
            "If something broke, we rolled back the change.",
            "The provider's status page was bookmarked by everyone on the team.",
        ],
        "weak": [
            "We would check it manually every now and then.",
            "If users don't complain, it's working.",
            "I'd look at the outputs and see if they make sense.",
            "The model is usually right, so we didn't worry too much.",
            "We trusted the provider to keep it working.",
            "I haven't really had to do that yet.",
            "I think there are tools for this but I haven't used them.",
            "Honestly we just kept an eye on it.",
            "It mostly worked after launch.",
            "We had about {users} users and nobody complained much.",
            "I'd ask the team to report any weird answers.",
            "At the {company} someone looked at it every {n} days or so.",
        ],
        "researcher": [
            "I'd evaluate it on standard evals like MMLU and TruthfulQA each time we update it.",
            "We'd retrain the model with better hyperparameters if the scores go down.",
            "Success is measured in accuracy on the benchmark, so that's what I'd watch.",
            "I'd run ablations to see which layer causes the errors.",
        ],
        "prompt_only": [
            "When it goes wrong, I tweak the prompt until it behaves again.",
            "I'd add another line to the system prompt whenever a user finds a problem.",
            "Mostly I just keep refining the wording of the instructions.",
            "For the {domain} assistant I added another rule to the system prompt every week or so.",
            "It's really all about prompting, so that's where I'd look.",
        ],
    },
}
# Flag sentences that fit any question.
SHARED = {
    "researcher": [
        "Before this I was an ML researcher in a university research lab.",
        "I care most about novel architectures and pushing the numbers on academic benchmarks.",
        "I once trained a transformer from scratch on {gpus} GPUs just to see the loss curve.",
    ],
    "prompt_only": [
        "Honestly, it's all about prompt engineering.",
        "My job is mostly writing prompts.",
        "You just need a good prompt and the model does the rest.",
    ],
}
# Neutral sentences: no rubric concept, no flag. Some carry non-ASCII, quotes and dashes.
FILLER = [
    "That was a big learning experience for me.",
    "I worked closely with the design team on that.",
    "It took a few iterations to get right.",
    "The team was small, around {n} people.",
    "Looking back, I would do some things differently.",
    "I enjoyed that part of the work a lot.",
    "Our product manager was very involved, which helped.",
    "We had weekly demos with stakeholders.",
    "There was a lot of back and forth with the operations team.",
    "I think communication matters as much as the technical side.",
    "It was not always smooth, to be honest.",
    "We wrote everything down in a shared design doc.",
    "My background is in web development, so some of this was new to me.",
    "I like to keep things simple where I can.",
    "That project is still running today, as far as I know.",
    "Let me think about how to put this.",
    "There is a lot of hype in this space right now.",
    "We were a remote team across {n} time zones.",
    "I had a great mentor on that team.",
    "The deadlines were tight but manageable.",
    "I'd be happy to go into more detail on any of this.",
    "It's a question I get asked a lot, actually.",
    "Our team lead — a former consultant — pushed us to write things down.",
    "We worked with a partner agency in Montréal on part of it.",
    "Some colleagues called it the \"assistant project\", and the name stuck.",
    "The naïve version was a weekend hack, and it showed.",
    "I was the only engineer on it for the first {n} months.",
    "We celebrated with a team lunch when it went live.",
    "I presented the results at an internal all-hands.",
    "There were some disagreements about scope early on.",
    "The requirements changed twice during the project.",
    "I'm still proud of how that turned out.",
    "In hindsight, I should have asked for help sooner.",
    "My manager said, \"keep it boring\", and that turned out to be good advice.",
    "We did a short retro after every milestone.",
    "That was at a {company}, about {n} years ago.",
    "I spent {weeks} weeks on that part alone.",
    "The whole team was {n} people plus a designer.",
    "Half the team had never worked with language models before.",
]
OPENERS = {
    "strong": [
        "Good question, because the titles get mixed up a lot.",
        "Let me give a concrete answer.",
        "I'll answer with a real example.",
        "There are a few parts to this.",
        "Sure, I have a specific case in mind.",
        "I'd break it into a couple of pieces.",
        "Happy to, this is close to what I do every day.",
    ],
    "medium": [
        "Sure.",
        "That's a good question.",
        "Okay, so.",
        "Let me think.",
        "Right, so in my experience it goes roughly like this.",
        "I'll try to keep it short.",
    ],
    "weak": [
        "Hmm.",
        "Well, it's complicated.",
        "Good question.",
        "I'm not totally sure, but I'll try.",
        "Uh, okay.",
        "So basically.",
    ],
}
CLOSERS = [
    "That's the gist of it.",
    "Happy to go deeper on any part.",
    "So that's how I think about it.",
    "Hope that answers the question.",
    "That's roughly it.",
    "Does that make sense?",
    "I can give another example if useful.",
    "Anyway, that's my take.",
    "That's what I'd do, at least.",
    "Something like that.",
]
COHORTS = ("2024-09", "2024-10", "2024-11", "2024-12", "2025-01", "2025-02", "2025-03", "2025-04")
GROUPS = ("A", "B", "C", "D")
GROUP_WEIGHTS = (40, 30, 20, 10)
BACKCHANNELS = ("Mm-hm.", "Right.", "Okay.", "I see.", "Sure, go on.")
# A line like "Jane Doe: text" would start a new turn in a .txt transcript; pool sentences must not.
_LABEL_LIKE = re.compile(r"^\s*[A-Z][\w'\-.]*(?: [A-Z][\w'\-.]*){0,3}\s*:")


# ---------------------------------------------------------------------------------------------
# Texts are assembled in one of three "flavours": plain str (transcripts), CSV bytes (UTF-8,
# quotes doubled) or JSON bytes (UTF-8, escaped). Both escapings work character by character,
# so escaping every sentence once and joining the escaped pieces escapes the whole answer:
# no per-row escaping or encoding, which is most of the cost of writing 100k rows a second.
PLAIN, CSV, JSONL = 0, 1, 2


def _flavour(text: str, flavour: int) -> str | bytes:
    if flavour == PLAIN:
        return text
    if flavour == CSV:
        return text.replace('"', '""').encode("utf-8")
    return json_str(text)[1:-1].encode("utf-8")


class Corpus:
    """Sentence sequences per (question, profile) and one of filler, built once from a seed.

    An answer is an opener, a window of its (question, profile) sequence with a window of the
    filler sequence in the middle, and maybe a closer, all picked by one 54-bit random number
    (see :func:`_answer`). Two independent windows make repeated texts rare.
    """

    def __init__(self, seed: int) -> None:
        rng = random.Random(f"gen-corpus-pools-{seed}")
        words: dict[str, int] = {}
        filler = _sequence([(_variants(FILLER, rng), 1)], 1 << SEQ_BITS, rng)
        seqs = []  # [question index][profile index] -> sentences
        for qid in QUESTION_IDS:
            pools = POOLS[qid]
            levels = {name: _variants(pools[name] + SHARED.get(name, []), rng) for name in pools}
            seqs.append([_sequence(_mix(profile, levels), 1 << SEQ_BITS, rng) for profile in PROFILES])
        for sentence in {*filler, *(x for per_q in seqs for seq in per_q for x in seq)}:
            words[sentence] = len(sentence.split())
        # openers (16 slots) and closers (32 slots), blanks making them optional
        level = {"strong": "strong", "medium": "medium", "weak": "weak", "researcher": "medium",
                 "prompt_only": "weak"}
        openers = {p: [OPENERS[level[p]][i] if i < len(OPENERS[level[p]]) else "" for i in range(16)]
                   for p in PROFILES}
        closers = [" " + CLOSERS[i] if i < len(CLOSERS) else "" for i in range(32)]
        longest = max(words.values())
        longest_filler = max(words[x] for x in filler)
        longest_closer = max(len(c.split()) for c in CLOSERS)
        # answer length targets: 4096 quantiles of each profile's log-normal, clipped so that the
        # two windows' overshoot (a sentence each) and a closer stay within MAX_WORDS
        cap = MAX_WORDS - longest - longest_filler - longest_closer
        targets = {}
        for profile in PROFILES:
            median, sigma = LENGTHS[profile]
            dist = NormalDist(math.log(median), sigma)
            targets[profile] = [min(cap, max(MIN_WORDS, round(math.exp(dist.inv_cdf((i + 0.5) / 4096)))))
                                for i in range(4096)]
        prefixes = [[_prefix(seq, words) for seq in per_q] for per_q in seqs]
        filler_prefix = _prefix(filler, words)
        # per flavour: combos[qi][pi], filler, closers, joiners; see _answer
        self.flavours = []
        for flavour in (PLAIN, CSV, JSONL):
            cache: dict[str, str | bytes] = {}

            def esc(text: str, flavour: int = flavour, cache: dict = cache) -> str | bytes:
                if text not in cache:
                    cache[text] = _flavour(text, flavour)
                return cache[text]

            combos = [[(_doubled([esc(x) for x in seqs[qi][pi]]), prefixes[qi][pi],
                        targets[p], [(esc(o), len(o.split())) for o in openers[p]], FILLER_SHARE[p])
                       for pi, p in enumerate(PROFILES)] for qi in range(len(QUESTION_IDS))]
            self.flavours.append((
                combos, (_doubled([esc(x) for x in filler]), filler_prefix),
                [esc(c) for c in closers],
                tuple(esc(j) for j in (" ", "\n\n", "A few points.\n- ", "\n- ", '"')),
            ))
        # questions as asked, 128 slots per question:
        # (question_id or "", text, question_id bytes, CSV field bytes, JSON value bytes)
        self.asked = []
        for qid in QUESTION_IDS:
            texts = QUESTIONS[qid]
            table = []
            for slot in range(128):
                r = slot / 128
                if r < 0.50:
                    text, given = texts[0], qid
                elif r < 0.85:
                    text, given = texts[1 + slot % (len(texts) - 1)], qid
                elif r < 0.93:
                    text, given = texts[1 + (slot * 7) % (len(texts) - 1)], ""
                else:
                    text, given = texts[0], ""
                table.append((given, text, given.encode(), b'"' + _flavour(text, CSV) + b'"',
                              json_str(text).encode("utf-8"), (json_str(given) if given else "null").encode()))
            self.asked.append(table)
        self.perms = list(itertools.permutations(range(len(QUESTION_IDS))))
        profile_cum = list(itertools.accumulate(PROFILE_WEIGHTS))
        # 256 slots -> profile index, in PROFILE_WEIGHTS proportions
        self.profile_slots = [bisect.bisect_right(profile_cum, (i + 0.5) * profile_cum[-1] / 256)
                              for i in range(256)]
        group_cum = list(itertools.accumulate(GROUP_WEIGHTS))
        self.group_slots = [GROUPS[bisect.bisect_right(group_cum, (i + 0.5) * group_cum[-1] / 256)]
                            for i in range(256)]

    def answer(self, r: int, qi: int, pi: int, flavour: int = PLAIN, *, allow_bullets: bool = True):
        """Answer ``r`` (a 54-bit number) to question ``qi`` in profile ``pi``, in a flavour."""
        combos, filler, closers, joiners = self.flavours[flavour]
        return _answer(r, combos[qi][pi], filler, closers, joiners, allow_bullets)


def _doubled(sentences: list) -> list:
    """The sequence twice over, so that a window starting in the first half never wraps."""
    return sentences + sentences


def _prefix(sentences: list[str], words: dict[str, int]) -> list[int]:
    """Running word counts of the doubled sequence (prefix[i] = words before sentence i)."""
    return [0, *itertools.accumulate(words[x] for x in sentences + sentences)]


def _answer(r: int, combo: tuple, filler: tuple, closers: list, joiners: tuple, allow_bullets: bool):
    """Opener + a window of the sequence with a window of filler in the middle + closer.

    Bits of ``r``: 0-11 length target, 12-15 opener, 16-28 window start, 29-41 filler window
    start, 42-46 closer, 47-53 noise (paragraph break, bullet list, quotes).
    """
    sentences, prefix, targets, openers, fill_share = combo
    space, paragraph, bullets, bullet, quote = joiners
    target = targets[r & 4095]
    opener, opener_words = openers[(r >> 12) & 15]
    fill = target * fill_share // 100
    if fill < 5:
        fill = 0
    start = (r >> 16) & SEQ_MASK
    body = sentences[start:bisect_left(prefix, prefix[start] + target - fill - opener_words, start + 1)]
    if fill:
        fill_sentences, fill_prefix = filler
        start = (r >> 29) & SEQ_MASK
        middle = (len(body) + 1) >> 1
        body[middle:middle] = fill_sentences[start:bisect_left(fill_prefix, fill_prefix[start] + fill, start + 1)]
    noise = (r >> 47) & 127
    if noise < 13 and len(body) >= 3:  # ~10%: a paragraph break
        cut = len(body) >> 1
        text = space.join(body[:cut]) + paragraph + space.join(body[cut:])
    elif noise < 17 and allow_bullets and len(body) >= 3 and target <= 250:  # ~3%: a list
        text = bullets + bullet.join(body)
    else:
        text = space.join(body)
    if opener:
        text = opener + space + text
    text += closers[(r >> 42) & 31]
    if noise == 127:  # ~1%: pasted in quotes
        text = quote + text + quote
    return text


def _variants(templates: list[str], rng: random.Random) -> list[list[str]]:
    """Each template as a group of up to VARIANTS distinct fillings of its {slots}."""
    groups: list[list[str]] = []
    for template in templates:
        if "{" not in template:
            groups.append([template])
            continue
        seen: dict[str, None] = {}
        for _ in range(VARIANTS * 3):
            seen[template.format(**{k: rng.choice(v) for k, v in SLOTS.items()})] = None
            if len(seen) >= VARIANTS:
                break
        groups.append(list(seen))
    for group in groups:
        for sentence in group:
            assert not _LABEL_LIKE.match(sentence), sentence
    return groups


def _mix(profile: str, levels: dict[str, list[list[str]]]) -> list[tuple[list[list[str]], int]]:
    """The template pools a profile's sequence is dealt from, with weights."""
    return {
        "strong": [(levels["strong"], 8), (levels["medium"], 2)],
        "medium": [(levels["medium"], 7), (levels["strong"], 2), (levels["weak"], 1)],
        "weak": [(levels["weak"], 1)],
        "researcher": [(levels["researcher"], 6), (levels["medium"], 4)],
        "prompt_only": [(levels["prompt_only"], 7), (levels["weak"], 3)],
    }[profile]


def _sequence(mix: list[tuple[list[list[str]], int]], length: int, rng: random.Random) -> list[str]:
    """A long sentence sequence: each position picks a pool by weight, then the next template of
    that pool's shuffled deck (so a window rarely repeats a template), then a random filling."""
    decks = [list(pool) for pool, _ in mix]
    for deck in decks:
        rng.shuffle(deck)
    positions = [0] * len(decks)
    getrandbits = rng.getrandbits
    out: list[str] = []
    append = out.append
    for i in rng.choices(range(len(mix)), weights=[w for _, w in mix], k=length):
        deck = decks[i]
        if positions[i] == len(deck):
            last = deck[-1]
            rng.shuffle(deck)
            if deck[0] is last and len(deck) > 1:  # no template twice in a row across reshuffles
                deck[0], deck[-1] = deck[-1], deck[0]
            positions[i] = 0
        group = deck[positions[i]]
        positions[i] += 1
        append(group[getrandbits(8) % len(group)])
    return out


# ---------------------------------------------------------------------------------------------
CSV_LINE = b'%s,%s,%s,%s,"%s",%s,%s\n'
JSON_LINE = (b'{"answer_id": "%s", "candidate_id": "%s", "question_id": %s, "question": %s, '
             b'"answer": "%s", "cohort": %s, "group": "%s"}\n')


def iter_candidates(corpus: Corpus, n: int, seed: int, per_candidate: int, formats: tuple[str, ...]):
    """Yield each candidate's rows as ``(bytes, csv line, jsonl line)``; ``n`` rows in all.

    The random draws do not depend on ``formats``: the same seed gives the same answers in
    either format.
    """
    rng = random.Random(seed)
    getrandbits = rng.getrandbits
    perms, asked, profile_slots, group_slots = corpus.perms, corpus.asked, corpus.profile_slots, corpus.group_slots
    flavours = corpus.flavours
    want_csv, want_jsonl = "csv" in formats, "jsonl" in formats
    csv_combos, csv_filler, csv_closers, csv_joiners = flavours[CSV]
    json_combos, json_filler, json_closers, json_joiners = flavours[JSONL]
    n_perms = len(perms)
    stick = int(STICKINESS * 256)
    prefix = f"s{seed}-".encode()
    # texts already written, as a bitmap of their crc32s (CSV flavour whatever the formats, so the
    # same seed gives the same answers in either format): answers never repeat, in constant memory
    seen = bytearray((SEEN_MASK + 1) >> 3)
    row = 0
    candidate = 0
    while row < n:
        candidate += 1
        candidate_id = prefix + b"c%07d" % candidate
        r = getrandbits(40)
        archetype = profile_slots[r & 255]
        cohort = COHORTS[(r >> 8) & 7] if (r >> 11) & 63 else ""  # ~1.5% without a cohort
        group = group_slots[(r >> 17) & 255].encode()
        order = perms[(r >> 25) % n_perms]
        cohort_csv, cohort_json = cohort.encode(), (json_str(cohort) if cohort else "null").encode()
        rows = []
        for j in range(min(per_candidate, n - row)):
            row += 1
            qi = order[j & 3]
            r = getrandbits(23)
            pi = archetype if (r & 255) < stick else profile_slots[(r >> 8) & 255]
            q = asked[qi][r >> 16]
            answer_id = prefix + b"a%07d" % row
            for _ in range(64):  # a text seen before (or a crc32 collision with one): draw again
                r = getrandbits(54)
                text = _answer(r, csv_combos[qi][pi], csv_filler, csv_closers, csv_joiners, True)
                h = crc32(text) & SEEN_MASK
                if not seen[h >> 3] & (1 << (h & 7)):
                    break
            seen[h >> 3] |= 1 << (h & 7)
            csv_line = json_line = None
            size = 0
            if want_csv:
                csv_line = CSV_LINE % (answer_id, candidate_id, q[2], q[3], text, cohort_csv, group)
                size = len(csv_line)
            if want_jsonl:
                text = _answer(r, json_combos[qi][pi], json_filler, json_closers, json_joiners, True)
                json_line = JSON_LINE % (answer_id, candidate_id, q[5], q[4], text, cohort_json, group)
                size = max(size, len(json_line))
            rows.append((size, csv_line, json_line))
        yield rows


class ShardWriter:
    """answers-0000.csv / .jsonl …: at most ``shard_rows`` rows and ``shard_bytes`` bytes each,
    never splitting a candidate's rows across files (the CSV and JSONL shards hold the same rows)."""

    BATCH = 4096

    def __init__(self, out: Path, formats: tuple[str, ...], shard_rows: int, shard_bytes: int) -> None:
        self.out, self.formats, self.shard_rows, self.shard_bytes = out, formats, shard_rows, shard_bytes
        self.index = -1
        self.files: dict[str, object] = {}
        self.paths: list[Path] = []
        self.pending: list[tuple] = []
        self.rows_in_shard = self.bytes_in_shard = 0

    def _open(self) -> None:
        self.close()
        self.index += 1
        self.rows_in_shard = self.bytes_in_shard = 0
        for fmt in self.formats:
            path = self.out / f"answers-{self.index:04d}.{fmt}"
            self.paths.append(path)
            # held open across write() calls, closed in close()
            self.files[fmt] = handle = open(path, "wb", buffering=1 << 20)  # noqa: SIM115
            if fmt == "csv":
                handle.write(",".join(COLUMNS).encode() + b"\n")

    def write(self, rows: list[tuple]) -> None:
        size = 0
        for r in rows:
            size += r[0]
        if (self.index < 0 or self.rows_in_shard + len(rows) > self.shard_rows
                or self.bytes_in_shard + size > self.shard_bytes):
            self._open()
        self.rows_in_shard += len(rows)
        self.bytes_in_shard += size
        self.pending += rows
        if len(self.pending) >= self.BATCH:
            self._flush()

    def _flush(self) -> None:
        rows, self.pending = self.pending, []
        if "csv" in self.files:
            self.files["csv"].write(b"".join([r[1] for r in rows]))
        if "jsonl" in self.files:
            self.files["jsonl"].write(b"".join([r[2] for r in rows]))

    def close(self) -> None:
        if self.pending:
            self._flush()
        for handle in self.files.values():
            handle.close()
        self.files = {}


def write_transcripts(corpus: Corpus, out: Path, k: int, seed: int) -> list[Path]:
    """``k`` interviews, each the 4 rubric questions (in a random order), one candidate archetype."""
    if k <= 0:
        return []
    folder = out / "transcripts"
    folder.mkdir(exist_ok=True)
    rng = random.Random(f"gen-corpus-transcripts-{seed}")
    paths = []
    width = max(5, len(str(k)))
    for i in range(1, k + 1):
        archetype = corpus.profile_slots[rng.getrandbits(8)]
        order = corpus.perms[rng.randrange(len(corpus.perms))]
        lines = []
        for qi in order:
            qid = QUESTION_IDS[qi]
            question = QUESTIONS[qid][rng.choice(INTERVIEW_QUESTIONS[qid])]
            pi = archetype if rng.random() < STICKINESS else rng.randrange(len(PROFILES))
            text = corpus.answer(rng.getrandbits(54), qi, pi, allow_bullets=False)
            lines.append(f"Interviewer: {question}\n")
            sentences = text.replace("\n\n", " ").split(". ")
            if len(sentences) >= 4 and rng.random() < 0.3:  # an "Mm-hm." in the middle of the answer
                cut = len(sentences) // 2
                lines.append(f"Candidate: {'. '.join(sentences[:cut])}.\n")
                lines.append(f"Interviewer: {rng.choice(BACKCHANNELS)}\n")
                lines.append(f"Candidate: {'. '.join(sentences[cut:])}\n")
            else:
                lines.append(f"Candidate: {text}\n")
        path = folder / f"interview-{i:0{width}d}.txt"
        path.write_text("\n".join(lines), encoding="utf-8", newline="\n")
        paths.append(path)
    return paths


def generate(out: Path, n: int, *, seed: int = 0, formats: tuple[str, ...] = ("csv",),
             transcripts: int = 0, per_candidate: int = 4, shard_rows: int = SHARD_ROWS,
             shard_bytes: int = SHARD_BYTES, overwrite: bool = False) -> dict:
    """Write the corpus into ``out``; returns rows, transcripts, files, bytes and seconds."""
    if per_candidate < 1 or shard_rows < per_candidate:
        raise SystemExit("--answers-per-candidate must be between 1 and --shard-rows")
    out.mkdir(parents=True, exist_ok=True)
    ours = sorted([*out.glob("answers-*.csv"), *out.glob("answers-*.jsonl"),
                   *out.glob("transcripts/interview-*.txt")])
    if ours:
        if not overwrite:
            raise SystemExit(f"{out} already holds a corpus ({len(ours)} files); pass --overwrite")
        for path in ours:
            path.unlink()
    started = time.perf_counter()
    corpus = Corpus(seed)
    writer = ShardWriter(out, formats, shard_rows, shard_bytes)
    rows = 0
    try:
        for candidate_rows in iter_candidates(corpus, n, seed, per_candidate, formats):
            writer.write(candidate_rows)
            rows += len(candidate_rows)
    finally:
        writer.close()
    transcript_paths = write_transcripts(corpus, out, transcripts, seed)
    seconds = time.perf_counter() - started
    files = writer.paths + transcript_paths
    return {"rows": rows, "transcripts": len(transcript_paths), "files": files, "seconds": seconds,
            "bytes": sum(p.stat().st_size for p in files)}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("-n", type=int, required=True, help="number of written answers")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--format", choices=("csv", "jsonl", "both"), default="csv")
    parser.add_argument("--transcripts", type=int, default=0, metavar="K",
                        help="also write K interview transcripts (.txt), 4 questions each")
    parser.add_argument("--answers-per-candidate", "--candidates-per-answer", dest="per_candidate",
                        type=int, default=4, metavar="M", help="rows per candidate (default 4)")
    parser.add_argument("--shard-rows", type=int, default=SHARD_ROWS,
                        help=f"at most this many rows per file (default {SHARD_ROWS})")
    parser.add_argument("--shard-bytes", type=int, default=SHARD_BYTES,
                        help=f"at most this many bytes per file (default {SHARD_BYTES}; the ingest "
                             "refuses answer files over 50 MB)")
    parser.add_argument("--overwrite", action="store_true",
                        help="replace a corpus already in OUT_DIR (only its answers-*/interview-* files)")
    args = parser.parse_args(argv)
    formats = ("csv", "jsonl") if args.format == "both" else (args.format,)
    result = generate(args.out_dir, args.n, seed=args.seed, formats=formats, transcripts=args.transcripts,
                      per_candidate=args.per_candidate, shard_rows=args.shard_rows,
                      shard_bytes=args.shard_bytes, overwrite=args.overwrite)
    seconds = max(result["seconds"], 1e-9)
    print(f"wrote {result['rows']:,} answers ({'+'.join(formats)}) and {result['transcripts']:,} transcripts "
          f"in {len(result['files']):,} files, {result['bytes'] / 1e6:,.1f} MB, {seconds:.2f} s "
          f"({result['rows'] / seconds:,.0f} rows/s)", file=sys.stderr)


if __name__ == "__main__":
    main()
