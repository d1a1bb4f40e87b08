# Part a, style "plain": shipped_system answers.

STYLE = "plain"

Q = [
    "Describe an AI-powered system you took all the way to production.",
    "Can you walk me through an LLM-based product you built that real users are using?",
    "Tell us about something with AI in it that you shipped. What did it do and how did you build it?",
    "What's an AI application you've delivered to production, and what was your part in it?",
    "Give me an example of an AI system you built that went live.",
    "Talk me through a production AI project you owned end to end.",
    "Which AI feature that you built is running in production today, and how does it work?",
]

ENTRIES = [
    {
        "question_id": "shipped_system",
        "question": Q[0],
        "answer": """The thing I'm proudest of is a transformer I built from scratch for protein structure prediction during my master's. I implemented the attention layers myself rather than using a library, because I wanted to try a variant where attention is biased by the predicted distance between residues.

The training side was most of the work. I assembled about 90,000 structures from the PDB, wrote the data loader, and trained on 8 A100s for two weeks. I had loss spikes for the first few days until I lowered the learning rate and added gradient clipping, and I ran something like forty ablations to convince myself the distance bias was actually what helped.

In the end it beat our baseline by 4% on the CASP benchmark, which was a big deal for our group. We wrote it up and it got accepted at a workshop, and my supervisor wants to extend it into a full conference paper.

Nobody outside the lab uses it yet, but I think the same skills carry over: understanding the architecture deeply and knowing how to get a model to train is what I'd bring to this team.""",
        "labels": {"production_substance": 0, "communication": 2, "researcher_framing": 1, "just_prompt_engineering": 0},
        "note": {"production_substance": "academic model, nothing shipped", "researcher_framing": "transformer from scratch, benchmark, workshop paper"},
    },
    {
        "question_id": "shipped_system",
        "question": Q[3],
        "answer": """We pretrained our own 300M model on about five years of support tickets because we didn't trust the general models with our jargon. I owned the data pipeline and the training runs — tokenizer, mixing ratios, the learning-rate schedule. Our best checkpoint gained about two points over the previous one on the held-out set, and once it was good enough we handed it to the platform team to serve, and I checked it met the 300 ms latency target.""",
        "labels": {"production_substance": 1, "communication": 2, "researcher_framing": 1, "just_prompt_engineering": 0},
        "note": {"production_substance": "latency target mentioned in passing", "researcher_framing": "paraphrase positive: pretrained own model, owned training runs"},
    },
    {
        "question_id": "shipped_system",
        "question": Q[5],
        "answer": """The one I'd pick is an invoice-extraction service for a mid-size accounting firm. Clients upload PDFs, and we return structured line items into their ledger software. To be clear, there was no model training here — we used GPT-4o-mini with a Claude fallback, and the prompt was maybe 10% of the work.

What made it production-grade:
1. Evaluation. We hand-labelled 400 invoices from 60 vendors and ran that set in CI on every change. Field-level accuracy started at 88% and we got it to 96%. Anything that dropped more than one point blocked the merge.
2. Output validation. Every response had to parse against a Pydantic schema, and line items had to sum to the invoice total within a cent. If not, we retried once with the validation error fed back; if it still failed, the invoice went to a human queue.
3. Reliability. 30-second timeout, exponential backoff, and automatic failover to the second provider when error rates crossed 5% over five minutes — that saved us during an OpenAI outage in March.
4. Privacy. Bank details were masked before sending, and we had a zero-retention agreement with both providers.
5. Cost. Tokens and cost per invoice went to Datadog; we averaged 0.8 cents per invoice.

Result: the firm cut manual data entry by roughly 70%, and the human-review queue stays around 4% of volume.""",
        "labels": {"production_substance": 3, "communication": 3, "researcher_framing": 0, "just_prompt_engineering": 0},
        "note": {"production_substance": "eval, validation, fallbacks, PII, cost — all concrete", "researcher_framing": "hard negative: 'no model training here'", "just_prompt_engineering": "hard negative: prompt was ~10% of the work"},
    },
    {
        "question_id": "shipped_system",
        "question": Q[2],
        "answer": """I built a marketing copy generator for our sales team. Honestly it was mostly prompt engineering — I spent about two weeks getting the instructions right so that it wrote in our brand voice, added a few examples of good emails, and hooked it up to a Slack command. People use it every day now.""",
        "labels": {"production_substance": 0, "communication": 2, "researcher_framing": 0, "just_prompt_engineering": 1},
        "note": {"production_substance": "only prompt work and a Slack hook", "just_prompt_engineering": "'mostly prompt engineering'"},
    },
    {
        "question_id": "shipped_system",
        "question": Q[4],
        "answer": """Our HR bot. Most of the effort went into the wording of the instructions: telling it it's a friendly HR assistant, giving it three sample Q&As, saying what not to talk about. I kept rephrasing those until the answers sounded right and then we launched it on the intranet. It answers about 200 questions a week now, mostly about holidays and parental leave.""",
        "labels": {"production_substance": 0, "communication": 2, "researcher_framing": 0, "just_prompt_engineering": 1},
        "note": {"production_substance": "instruction wording only; topic limits are in the instructions, not a guardrail system", "just_prompt_engineering": "paraphrase positive: effort = rewording instructions and sample Q&As"},
    },
    {
        "question_id": "shipped_system",
        "question": Q[1],
        "answer": """I did a PhD in NLP, but the system I'm proudest of involved no training at all: a search assistant for our legal team built on Claude. We indexed about 8,000 contracts into a vector store with section-level chunks, and I set up a small evaluation set of 120 questions the lawyers wrote, which we reran whenever we changed the retrieval. It's been used by around 40 lawyers since last spring.""",
        "labels": {"production_substance": 2, "communication": 3, "researcher_framing": 0, "just_prompt_engineering": 0},
        "note": {"production_substance": "retrieval + eval set, concrete", "researcher_framing": "hard negative: PhD mentioned, but 'no training at all'"},
    },
    {
        "question_id": "shipped_system",
        "question": Q[6],
        "answer": """A chatbot for our website using the OpenAI API, with some basic logging of costs.""",
        "labels": {"production_substance": 1, "communication": 1, "researcher_framing": 0, "just_prompt_engineering": 0},
        "note": {"production_substance": "cost logging in passing"},
    },
    {
        "question_id": "shipped_system",
        "question": Q[0],
        "answer": """A fraud detection model at a fintech. I designed a new sequence architecture for transaction histories and trained it from scratch on 200 million transactions; it set a new internal record of 0.94 AUC and we submitted the approach to KDD. Engineering deployed it behind a REST endpoint, and we added a fallback to the old rules engine if the model timed out.""",
        "labels": {"production_substance": 1, "communication": 2, "researcher_framing": 1, "just_prompt_engineering": 0},
        "note": {"production_substance": "one concern: timeout fallback", "researcher_framing": "new architecture from scratch, AUC record, KDD submission"},
    },
    {
        "question_id": "shipped_system",
        "question": Q[5],
        "answer": """I built the reply-suggestion feature in our helpdesk product. When an agent opens a ticket, we retrieve similar resolved tickets and relevant help-center articles (hybrid search, BM25 plus embeddings in pgvector), and Claude drafts a reply with citations. The prompt itself was the easy part. Before launch we built a 250-ticket eval set scored by an LLM judge for correctness and tone, checked against human ratings on 50 of them. We strip card numbers and emails before the call, cap each request at 12 seconds and fall back to showing just the retrieved articles if the model fails. Cost and latency per request go to Grafana. Agents accept about 45% of drafts unedited, and median handle time dropped by 90 seconds.""",
        "labels": {"production_substance": 3, "communication": 3, "researcher_framing": 0, "just_prompt_engineering": 0},
        "note": {"production_substance": "retrieval, eval, PII, fallback, cost/latency", "just_prompt_engineering": "hard negative: prompt called the easy part next to the rest"},
    },
    {
        "question_id": "shipped_system",
        "question": Q[3],
        "answer": """Everyone thinks these projects are just clever prompting, and ours wasn't. It was a meeting-notes summarizer for Zoom recordings. The prompt took a day. The rest was chunking long transcripts so they fit the context, and building a review step where team leads checked a sample of summaries each week so we'd catch when quality slipped.""",
        "labels": {"production_substance": 2, "communication": 2, "researcher_framing": 0, "just_prompt_engineering": 0},
        "note": {"production_substance": "chunking + weekly human review", "just_prompt_engineering": "hard negative: rejects 'just clever prompting'"},
    },
    {
        "question_id": "shipped_system",
        "question": Q[4],
        "answer": """A ChatGPT wrapper for writing product descriptions. The work was basically writing the prompt.""",
        "labels": {"production_substance": 0, "communication": 1, "researcher_framing": 0, "just_prompt_engineering": 1},
        "note": {"production_substance": "nothing beyond the prompt", "just_prompt_engineering": "work = writing the prompt"},
    },
    {
        "question_id": "shipped_system",
        "question": Q[2],
        "answer": """A recommendation model for our streaming app. I came up with a new way of encoding viewing sessions, wrote the whole network myself in JAX and trained it for three weeks; it improved NDCG@10 by 6% over the previous model on the offline set, which was the number the team cared about. I presented it at the internal ML reading group.""",
        "labels": {"production_substance": 0, "communication": 2, "researcher_framing": 1, "just_prompt_engineering": 0},
        "note": {"production_substance": "only model design and offline metric", "researcher_framing": "paraphrase positive: novel encoding, own network, success = offline metric"},
    },
    {
        "question_id": "shipped_system",
        "question": Q[6],
        "answer": """Nothing glamorous — I didn't train any models, I'm not a research person. I built an internal tool that classifies incoming support emails into 14 categories using GPT-4o-mini. We validate that the output is one of the allowed labels and retry if not, and we track per-day cost because finance asked us to. It routes about 3,000 emails a day.""",
        "labels": {"production_substance": 2, "communication": 3, "researcher_framing": 0, "just_prompt_engineering": 0},
        "note": {"production_substance": "output validation + retry, cost tracking", "researcher_framing": "hard negative: didn't train models, not a research person"},
    },
    {
        "question_id": "shipped_system",
        "question": Q[1],
        "answer": """I shipped a contract-summary feature in our legal SaaS. The key was prompt engineering: I used role prompting ("You are a senior paralegal"), few-shot examples of good summaries, and chain-of-thought so it reasoned about clauses before summarizing. I iterated on the prompt for about a month in the playground until the lawyers liked the outputs. Then we just put it behind a button.""",
        "labels": {"production_substance": 0, "communication": 2, "researcher_framing": 0, "just_prompt_engineering": 1},
        "note": {"production_substance": "prompt techniques only", "just_prompt_engineering": "'the key was prompt engineering', nothing else built"},
    },
    {
        "question_id": "shipped_system",
        "question": Q[0],
        "answer": """I built a Slack bot that answers questions about our engineering wiki. It uses embeddings and a vector database to find the right pages and then GPT-4 writes the answer. About 100 people use it. I wrote the ingestion script that pulls the wiki every night and splits pages by heading, and a small React front end for people who don't live in Slack. It was a fun project and people seem to like it.""",
        "labels": {"production_substance": 1, "communication": 2, "researcher_framing": 0, "just_prompt_engineering": 0},
        "note": {"production_substance": "retrieval only"},
    },
    {
        "question_id": "shipped_system",
        "question": Q[5],
        "answer": """A claims-triage assistant for an insurer. No model training and not a prompt-only project: the value was in the plumbing. Retrieval over policy documents with per-section chunks; a 300-case regression set run nightly; PII redaction before every call; JSON-schema validation with one retry, then a human queue; per-claim cost and p95 latency on a dashboard. It now pre-fills about 60% of claims, and adjusters override the suggested category on roughly 8%.""",
        "labels": {"production_substance": 3, "communication": 3, "researcher_framing": 0, "just_prompt_engineering": 0},
        "note": {"production_substance": "five concerns, concrete", "researcher_framing": "hard negative: 'no model training'", "just_prompt_engineering": "hard negative: 'not a prompt-only project'"},
    },
    {
        "question_id": "shipped_system",
        "question": Q[3],
        "answer": """My main project was training a GAN from scratch to generate synthetic faces; we got a good FID score and a paper out of it.""",
        "labels": {"production_substance": 0, "communication": 2, "researcher_framing": 1, "just_prompt_engineering": 0},
        "note": {"production_substance": "research project, no production", "researcher_framing": "GAN from scratch, FID, paper"},
    },
    {
        "question_id": "shipped_system",
        "question": Q[4],
        "answer": """A chatbot on our e-commerce site for order questions. Prompting was one part; I also connected it to the order API so it had real data, and we added a moderation filter after someone tried to make it say rude things. We look at the thumbs-down rate weekly and read the worst conversations. The order lookup was what made it useful — before that it would confidently invent delivery dates.""",
        "labels": {"production_substance": 2, "communication": 2, "researcher_framing": 0, "just_prompt_engineering": 0},
        "note": {"production_substance": "moderation + weekly review of feedback", "just_prompt_engineering": "hard negative: prompting one part among others"},
    },
    {
        "question_id": "shipped_system",
        "question": Q[6],
        "answer": """We trained our own language model for code completion — picked the architecture, ran pretraining on our monorepo, tuned it until it topped HumanEval among models our size — then served it in the IDE plugin with a 200 ms timeout and a cache for repeated completions. Most of my time was on the model side.""",
        "labels": {"production_substance": 1, "communication": 2, "researcher_framing": 1, "just_prompt_engineering": 0},
        "note": {"production_substance": "timeout mentioned; cache is not monitoring", "researcher_framing": "paraphrase positive: own LM, pretraining, topping HumanEval"},
    },
]
