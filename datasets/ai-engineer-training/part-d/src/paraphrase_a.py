# Style: paraphrase -- role_definition and shipped_system answers.
# Flagged or good content expressed by description, avoiding the usual
# vocabulary ('prompt engineering', 'from scratch', 'research', 'trade-off',
# 'latency', 'cost') where possible.
# Flag notes starting with "paraphrase:" mark positives without the obvious
# words, "hard neg:" marks hard negatives (counted by check.py).

STYLE = "paraphrase"

ENTRIES = [
    # ------------------------------------------------------------------ role_definition
    {
        "question_id": "role_definition",
        "question": "What's the day-to-day of an AI engineer, and what separates it from data science and ML engineering work?",
        "answer": (
            "The heart of it is teaching the machine. You gather millions of examples, decide how many layers and attention heads the network "
            "gets, and then let it learn for weeks on a rack of GPUs. When your model climbs to the top of the leaderboard, you've done your job. I spent my master's doing exactly that for a speech model, and the day it beat the previous best on the standard test set was the best day of my degree. That's the feeling I'd want from this job too."
        ),
        "labels": {"role_understanding": 0, "communication": 2, "researcher_framing": 1, "just_prompt_engineering": 0},
        "note": {
            "role_understanding": "role framed as designing and training networks",
            "researcher_framing": "paraphrase: designing/training networks for weeks, success = leaderboard",
        },
    },
    {
        "question_id": "role_definition",
        "question": "How would you explain the AI engineer role to someone who already knows what a data scientist and an ML engineer do?",
        "answer": (
            "It's really about knowing how to ask. You give the model a persona, 'you are a friendly bank assistant', show it a couple of examples "
            "of good replies, and tell it what it must never say. Get that wording right and everything else follows. At the bank where I did this, I rewrote that opening paragraph dozens of times; the version that finally worked just added one sentence asking it to check it had answered the actual question."
        ),
        "labels": {"role_understanding": 1, "communication": 2, "researcher_framing": 0, "just_prompt_engineering": 1},
        "note": {
            "role_understanding": "no contrast with DS/MLE, role reduced to instructing the model",
            "just_prompt_engineering": "paraphrase: 'knowing how to ask' -- persona, examples, wording",
        },
    },
    {
        "question_id": "role_definition",
        "question": "Describe the AI engineer role. What makes it distinct from the data scientist and ML engineer roles?",
        "answer": (
            "An AI engineer takes the big ready-made language models that companies like OpenAI and Anthropic sell, or the open ones like Llama, "
            "and turns them into things people use. In practice: making the model look things up in our own documents before it answers, writing "
            "and testing the instructions it gets, letting it take actions like creating a ticket, and making sure it doesn't fall over when the "
            "provider has a bad day.\n\n"
            "A data scientist tests hypotheses: did this change move the metric, is the effect real, how often is the classifier right. An ML engineer "
            "keeps a homegrown model running: serving it, feeding it fresh data on a schedule, noticing when the world shifts under it. The AI engineer "
            "usually owns neither the model nor the analysis; they own a feature, and they're judged on whether customers get their problem solved. "
            "On my team that's 'share of chats closed without a human', which we've moved from 18% to 35%."
        ),
        "labels": {"role_understanding": 3, "communication": 3, "researcher_framing": 0, "just_prompt_engineering": 0},
        "note": {
            "role_understanding": "FM products (retrieval, instructions, actions); DS (hypotheses, accuracy) and MLE (serving, refresh, shift); user outcome",
            "communication": "concrete, metric with numbers",
        },
    },
    {
        "question_id": "role_definition",
        "question": "So what is an AI engineer, in your view, and how does it compare with an ML engineer or a data scientist?",
        "answer": (
            "At my company the AI engineers are the people who build our own language models. Last year I pretrained a 300M-parameter model on our "
            "support logs, and this year we're scaling that up to 1B. A data scientist wouldn't have the GPU skills for that. It took a month on rented GPUs and a lot of patience with the data cleaning, but now the model is ours and it speaks our customers' language better than any general one."
        ),
        "labels": {"role_understanding": 0, "communication": 2, "researcher_framing": 1, "just_prompt_engineering": 0},
        "note": {
            "role_understanding": "role = building own language models",
            "researcher_framing": "paraphrase: pretraining own 300M model on support logs",
        },
    },
    {
        "question_id": "role_definition",
        "question": "If you had to draw the line between an AI engineer, a data scientist and an ML engineer, where would you draw it?",
        "answer": "Mostly finding the right words so the chatbot behaves.",
        "labels": {"role_understanding": 1, "communication": 1, "researcher_framing": 0, "just_prompt_engineering": 1},
        "note": {
            "role_understanding": "vague, no distinction",
            "communication": "one line",
            "just_prompt_engineering": "paraphrase: 'finding the right words so the chatbot behaves'",
        },
    },
    {
        "question_id": "role_definition",
        "question": "In your own words, what is an AI engineer, and where does the job stop overlapping with data science or ML engineering?",
        "answer": (
            "Someone who glues ready-made language models into real products. The data scientist is the one asking whether a change actually moved "
            "the numbers; we're the ones putting something in users' hands. On my current team that shows up in what we celebrate: not a model score, but the week the new assistant went live and the support queue got shorter."
        ),
        "labels": {"role_understanding": 2, "communication": 2, "researcher_framing": 0, "just_prompt_engineering": 0},
        "note": {
            "role_understanding": "builds on existing models, contrasts DS only",
        },
    },
    {
        "question_id": "role_definition",
        "question": "What does the AI engineering job actually involve? How is it not just data science or ML engineering under a new name?",
        "answer": (
            "Success for me looks like a new row at the top of the results table. Last quarter I took our team's reading-comprehension score up two "
            "points by changing how the network attends over long passages. That's what an AI engineer does: pushes what the models can do. The trick was letting the network look back at earlier paragraphs without the memory blowing up, and it took about forty runs on the cluster to get right."
        ),
        "labels": {"role_understanding": 0, "communication": 2, "researcher_framing": 1, "just_prompt_engineering": 0},
        "note": {
            "role_understanding": "role = improving model architecture scores",
            "researcher_framing": "paraphrase: +2 points on a results table via an attention change",
        },
    },
    {
        "question_id": "role_definition",
        "question": "Walk me through what you think an AI engineer is responsible for, compared with a data scientist or an MLE.",
        "answer": (
            "Think of it as a translator between the business and the chatbot. The business says what it wants, and you rewrite that into instructions "
            "the model will actually follow: tone, dos and don'ts, a sample answer or two. Then you keep adjusting the wording until the outputs look "
            "right. I did this for an airline's rebooking chat. Most of my days were spent with the customer-care managers, turning their notes into numbered rules for the model and trying them on a few typical passenger questions."
        ),
        "labels": {"role_understanding": 1, "communication": 2, "researcher_framing": 0, "just_prompt_engineering": 1},
        "note": {
            "role_understanding": "no DS/MLE contrast; role = rewriting instructions",
            "just_prompt_engineering": "paraphrase: translate wishes into instructions, adjust wording until outputs look right",
        },
    },
    {
        "question_id": "role_definition",
        "question": "Describe the AI engineer role. What makes it distinct from the data scientist and ML engineer roles?",
        "answer": (
            "An AI engineer makes models someone else already built useful inside a product: hooking them up to the company's data, deciding what "
            "they see and what they're allowed to do, and checking their answers before users do. The ML engineer is the closest neighbour, but "
            "they look after models the company grows itself, keeping them served and refreshed. We rarely touch the weights."
        ),
        "labels": {"role_understanding": 2, "communication": 2, "researcher_framing": 0, "just_prompt_engineering": 0},
        "note": {
            "role_understanding": "FM-based products, contrasts MLE only",
        },
    },
    {
        "question_id": "role_definition",
        "question": "So what is an AI engineer, in your view, and how does it compare with an ML engineer or a data scientist?",
        "answer": (
            "My thesis was on how networks learn grammar, but nobody here pays me to build networks, and I think that's the right way to see the job. "
            "An AI engineer ships software where a bought-in language model does part of the thinking: a search box that actually understands the "
            "question, a support assistant that reads our help pages first. The data scientist runs experiments and measures whether things work "
            "in aggregate; the ML engineer keeps in-house models served, retrained and healthy over time; the AI engineer is measured by whether people use what they built and get what they "
            "came for."
        ),
        "labels": {"role_understanding": 3, "communication": 3, "researcher_framing": 0, "just_prompt_engineering": 0},
        "note": {
            "role_understanding": "ships products on bought FMs (retrieval examples); contrasts DS and MLE; user outcome",
            "communication": "clear, concrete examples",
            "researcher_framing": "hard neg: thesis background mentioned, then 'nobody here pays me to build networks'",
        },
    },
    {
        "question_id": "role_definition",
        "question": "What's the day-to-day of an AI engineer, and what separates it from data science and ML engineering work?",
        "answer": (
            "Mostly it's the analysis side: pulling the data, building a churn classifier, checking whether it beats the baseline, and then presenting "
            "the accuracy to stakeholders. For example, last quarter I built a model predicting which subscribers would cancel, tuned it until it beat the old rules by eight points, and walked the leadership team through the confusion matrix. That's the core of it."
        ),
        "labels": {"role_understanding": 0, "communication": 2, "researcher_framing": 1, "just_prompt_engineering": 0},
        "note": {
            "role_understanding": "describes data science work as the role",
            "researcher_framing": "paraphrase: role = building a classifier, success = accuracy vs baseline",
        },
    },
    {
        "question_id": "role_definition",
        "question": "How would you explain the AI engineer role to someone who already knows what a data scientist and an ML engineer do?",
        "answer": (
            "Honestly the skill is conversation design. A data scientist needs maths and an ML engineer needs infrastructure; an AI engineer needs to "
            "know what to say to the model. You write the opening message that sets who it is, you collect examples of replies you like and paste them "
            "in, and you learn the little phrasings that make it stop rambling, 'answer in three bullet points', 'if unsure, say so'. I've done this for "
            "a travel company's assistant and most weeks were spent rewording."
        ),
        "labels": {"role_understanding": 1, "communication": 2, "researcher_framing": 0, "just_prompt_engineering": 1},
        "note": {
            "role_understanding": "contrasts are superficial; role reduced to wording the model's instructions",
            "just_prompt_engineering": "paraphrase: 'conversation design', weeks spent rewording",
        },
    },
    {
        "question_id": "role_definition",
        "question": "Walk me through what you think an AI engineer is responsible for, compared with a data scientist or an MLE.",
        "answer": (
            "Here's how I'd split the three, using one company as the example, an online pharmacy.\n\n"
            "The data scientist there asks questions of the data: did the new checkout flow raise conversion, which customers are likely to churn. "
            "Their output is an analysis or a model with a measured hit rate, and they worry about whether the effect is real or noise.\n\n"
            "The ML engineer takes the churn model once it's proven and makes it a dependable service: it answers in milliseconds, it's rebuilt on "
            "fresh data every week, and someone gets paged if its inputs start looking different from what it was built on.\n\n"
            "The AI engineer builds the pharmacy's assistant on top of a large model the company didn't make. They wire it to the drug database and "
            "the order system so it can answer 'can I take this with ibuprofen' from approved sources and check an order's status. They write and "
            "version the instructions, build a set of a few hundred real questions to catch regressions, put in the checks that stop it giving dosage "
            "advice it shouldn't, and keep an eye on how long replies take and what each conversation adds to the provider's invoice. Their scoreboard is the customer's: "
            "questions answered correctly, calls the pharmacists no longer have to take."
        ),
        "labels": {"role_understanding": 3, "communication": 3, "researcher_framing": 0, "just_prompt_engineering": 0},
        "note": {
            "role_understanding": "FM assistant with retrieval/tools/evals; DS (experiments, noise) and MLE (serving, retraining, drift); user outcomes",
            "communication": "worked example, structured",
            "just_prompt_engineering": "hard neg: instructions named as one piece among retrieval, evals, guardrails, monitoring",
        },
    },
    {
        "question_id": "role_definition",
        "question": "If you had to draw the line between an AI engineer, a data scientist and an ML engineer, where would you draw it?",
        "answer": "It's someone who works with the new AI tools and helps the company make use of them.",
        "labels": {"role_understanding": 1, "communication": 1, "researcher_framing": 0, "just_prompt_engineering": 0},
        "note": {
            "role_understanding": "vague, no distinction drawn",
            "communication": "generic, no example",
            "just_prompt_engineering": "vague but not framed as prompt writing",
        },
    },
    {
        "question_id": "role_definition",
        "question": "What does the AI engineering job actually involve? How is it not just data science or ML engineering under a new name?",
        "answer": (
            "I see the job as inventing better models. For example, I came up with a new way of mixing expert sub-networks that halved the compute "
            "needed to train, and we wrote it up for ICML. That kind of contribution is what separates an AI engineer from an analyst. The paper took eight months and about two thousand GPU hours, most of them spent on runs that didn't work."
        ),
        "labels": {"role_understanding": 0, "communication": 2, "researcher_framing": 1, "just_prompt_engineering": 0},
        "note": {
            "role_understanding": "role framed as inventing architectures",
            "researcher_framing": "paraphrase: new mixture-of-experts method, conference paper",
        },
    },
    {
        "question_id": "role_definition",
        "question": "In your own words, what is an AI engineer, and where does the job stop overlapping with data science or ML engineering?",
        "answer": (
            "Wording the instructions is a slice of it, maybe a day a week. The rest is plumbing: getting the right documents in front of the model, "
            "checking what comes back, watching the bill. An ML engineer, by contrast, spends their week on the models themselves: how they're "
            "served and when they're rebuilt."
        ),
        "labels": {"role_understanding": 2, "communication": 2, "researcher_framing": 0, "just_prompt_engineering": 0},
        "note": {
            "role_understanding": "FM plumbing described, MLE contrast only",
            "just_prompt_engineering": "hard neg: instructions 'a slice of it', rest is retrieval/validation/monitoring",
        },
    },
    {
        "question_id": "role_definition",
        "question": "Describe the AI engineer role. What makes it distinct from the data scientist and ML engineer roles?",
        "answer": "Designing neural networks and teaching them on big datasets. The data scientist just uses what we make.",
        "labels": {"role_understanding": 0, "communication": 1, "researcher_framing": 1, "just_prompt_engineering": 0},
        "note": {
            "role_understanding": "misframes role as designing/training networks",
            "communication": "short, no example",
            "researcher_framing": "paraphrase: designing networks and teaching them on big datasets",
        },
    },
    {
        "question_id": "role_definition",
        "question": "How would you explain the AI engineer role to someone who already knows what a data scientist and an ML engineer do?",
        "answer": (
            "You know the data scientist: experiments, significance, 'the model is right 87% of the time'. You know the ML engineer: keeping that model "
            "served, rebuilt on new data, watched for when reality drifts away from it. The AI engineer starts from a model nobody in the building "
            "made, GPT or Claude, and builds the product around it: the lookup into company documents, the instructions, the little agents that take "
            "actions. They'd tell you they succeeded when customers finish what they came to do faster."
        ),
        "labels": {"role_understanding": 3, "communication": 3, "researcher_framing": 0, "just_prompt_engineering": 0},
        "note": {
            "role_understanding": "both contrasts, FM products with retrieval/instructions/agents, user outcome",
            "communication": "tight structure built on the listener's knowledge",
        },
    },
    {
        "question_id": "role_definition",
        "question": "So what is an AI engineer, in your view, and how does it compare with an ML engineer or a data scientist?",
        "answer": (
            "Nobody's building brains from the ground up in this job. It's about coaxing. You learn the phrasings the model responds to, 'think step by "
            "step', giving it a role, showing it examples, and you become the person who can make ChatGPT do what the business wants. At my last agency I was the one clients called when their bot went off script, and almost always the fix was a better-worded opening message."
        ),
        "labels": {"role_understanding": 1, "communication": 2, "researcher_framing": 0, "just_prompt_engineering": 1},
        "note": {
            "role_understanding": "no DS/MLE distinction; role = coaxing via phrasing",
            "researcher_framing": "hard neg: 'nobody's building brains from the ground up'",
            "just_prompt_engineering": "paraphrase: coaxing with phrasings, roles and examples",
        },
    },
    # ------------------------------------------------------------------ shipped_system
    {
        "question_id": "shipped_system",
        "question": "Walk me through an AI-powered system you've built that real users ended up using.",
        "answer": (
            "We were tired of renting someone else's model, so we grew our own. I assembled 40GB of our customer chats, set up the network, and let it "
            "learn on eight GPUs for a month. It now answers in our support widget, and on our internal question set it scores within a couple of points "
            "of the big commercial ones."
        ),
        "labels": {"production_substance": 0, "communication": 2, "researcher_framing": 1, "just_prompt_engineering": 0},
        "note": {
            "production_substance": "only the model and its score",
            "researcher_framing": "paraphrase: 'grew our own' model, a month on eight GPUs",
        },
    },
    {
        "question_id": "shipped_system",
        "question": "Can you describe an LLM feature you took all the way to production?",
        "answer": (
            "I built the brains of our booking assistant. That mostly meant writing its instructions: who it is, how it greets people, what it should "
            "never promise, and a handful of sample dialogues. I went through about sixty versions of that text before launch. The version that shipped was about two pages long. Most of the late changes were small: softening how it says no, and making it stop offering discounts it couldn't give."
        ),
        "labels": {"production_substance": 0, "communication": 2, "researcher_framing": 0, "just_prompt_engineering": 1},
        "note": {
            "production_substance": "only the instructions",
            "just_prompt_engineering": "paraphrase: shipped work = sixty versions of the instruction text",
        },
    },
    {
        "question_id": "shipped_system",
        "question": "What's an AI project you delivered that's live in production today? What did you build?",
        "answer": (
            "A help assistant for a bank's card customers. It answers from our policy pages and the customer's own recent transactions.\n\n"
            "Before anything goes live we check it against a list of 250 real questions with the answers our specialists agreed on; a change only ships "
            "if it gets at least as many right as the version before. In production we watch how long people wait for a reply and how much we pay the "
            "provider per conversation, with an alarm if either jumps. Anything that looks like a card number is masked before it leaves our systems, "
            "and if the model hasn't replied within ten seconds we show the closest help article instead of a spinner. Calls to the card line about "
            "'where is my refund' dropped by about a fifth."
        ),
        "labels": {"production_substance": 3, "communication": 3, "researcher_framing": 0, "just_prompt_engineering": 0},
        "note": {
            "production_substance": "retrieval, gated eval set, latency/cost alarms, masking, timeout fallback",
            "communication": "specific mechanisms and outcome",
        },
    },
    {
        "question_id": "shipped_system",
        "question": "Tell me about something with a language model in it that you shipped. How did it work?",
        "answer": (
            "My biggest launch was a model that reads chest X-rays. I designed the network myself and taught it on 200,000 labelled images; it reached "
            "0.94 AUC, better than the published numbers at the time, and the hospital put it into their workflow. I picked the design after comparing a dozen variants on the public chest X-ray benchmark, and I wrote most of the training loop myself."
        ),
        "labels": {"production_substance": 0, "communication": 2, "researcher_framing": 1, "just_prompt_engineering": 0},
        "note": {
            "production_substance": "model and AUC only; not even an LLM system",
            "researcher_framing": "paraphrase: designed and trained own network, beat published numbers",
        },
    },
    {
        "question_id": "shipped_system",
        "question": "Describe a production AI system you were responsible for, end to end.",
        "answer": "I wrote the instructions for our FAQ bot and kept rewording them until it stopped making things up.",
        "labels": {"production_substance": 0, "communication": 1, "researcher_framing": 0, "just_prompt_engineering": 1},
        "note": {
            "production_substance": "only instruction rewording",
            "communication": "one sentence",
            "just_prompt_engineering": "paraphrase: rewording instructions until it stopped making things up",
        },
    },
    {
        "question_id": "shipped_system",
        "question": "Give me an example of an AI application you built and launched. What did the system look like?",
        "answer": (
            "A tool that drafts replies to insurance complaints. It looks up the customer's policy and previous letters before writing, and a claims "
            "handler approves every draft before it goes out. Before we let anyone use it we compared 100 of its drafts with letters handlers had "
            "written themselves. Handlers said about two thirds of the drafts needed only light edits, and the average complaint now gets a response two days sooner."
        ),
        "labels": {"production_substance": 2, "communication": 2, "researcher_framing": 0, "just_prompt_engineering": 0},
        "note": {
            "production_substance": "retrieval, human approval, pre-launch comparison set",
        },
    },
    {
        "question_id": "shipped_system",
        "question": "What's the most substantial AI system you've put in front of users?",
        "answer": (
            "The thing I shipped that I'm proudest of is a sentiment model. I gathered two million product reviews, tried four network designs, and "
            "tuned the best one until it beat the top published result on the benchmark by 1.8 points. It tags the reviews on our site now. Most of my three months went into the network design and tuning the learning schedule; once it beat the published number, the web team wired it in."
        ),
        "labels": {"production_substance": 0, "communication": 2, "researcher_framing": 1, "just_prompt_engineering": 0},
        "note": {
            "production_substance": "model design and benchmark only",
            "researcher_framing": "paraphrase: network designs, beat published benchmark by 1.8 points",
        },
    },
    {
        "question_id": "shipped_system",
        "question": "Walk me through an AI-powered system you've built that real users ended up using.",
        "answer": (
            "For the recruiting platform I made the part that writes job ads. The skill was in how you ask: I told the model to act as an experienced "
            "recruiter, gave it three ads we liked as models, and spelled out the length and tone. Hiring managers use it every day. Whenever they asked for a different tone, say more playful for the startup clients, I'd write a new version of the instructions and swap it in."
        ),
        "labels": {"production_substance": 0, "communication": 2, "researcher_framing": 0, "just_prompt_engineering": 1},
        "note": {
            "production_substance": "only persona/examples/instructions",
            "just_prompt_engineering": "paraphrase: 'the skill was in how you ask'",
        },
    },
    {
        "question_id": "shipped_system",
        "question": "Can you describe an LLM feature you took all the way to production?",
        "answer": (
            "An assistant that answers questions about our API documentation. We feed it the relevant doc pages along with each question. It's been "
            "live for six months and people seem to like it. The docs team likes it because fewer people open tickets asking where an endpoint is documented. We haven't had any big problems, so we've mostly left it alone."
        ),
        "labels": {"production_substance": 1, "communication": 2, "researcher_framing": 0, "just_prompt_engineering": 0},
        "note": {
            "production_substance": "retrieval in passing",
        },
    },
    {
        "question_id": "shipped_system",
        "question": "What's an AI project you delivered that's live in production today? What did you build?",
        "answer": (
            "I didn't just write instructions for someone else's model; we made our own. We took an open model's design, started it from random "
            "weights and trained it on our legal corpus for six weeks. Lawyers use it for clause search. We went that way because I wanted a model that had only ever seen legal language, and I think the result shows it."
        ),
        "labels": {"production_substance": 0, "communication": 2, "researcher_framing": 1, "just_prompt_engineering": 0},
        "note": {
            "production_substance": "model training only",
            "researcher_framing": "paraphrase: 'started it from random weights and trained it'",
            "just_prompt_engineering": "hard neg: 'didn't just write instructions'",
        },
    },
    {
        "question_id": "shipped_system",
        "question": "Tell me about something with a language model in it that you shipped. How did it work?",
        "answer": (
            "A meeting-notes feature for a video-call product: after each call, users get a summary and a list of action items with owners.\n\n"
            "The model itself was the easy part. What took the months:\n"
            "- Long calls. A two-hour call doesn't fit in what the model can read at once, so we split transcripts into overlapping pieces, "
            "summarise each, then summarise the summaries. We checked on 60 long calls that action items weren't lost at the seams.\n"
            "- Knowing it's good. We have 300 real calls, with permission, and notes written by people who were in the meeting. Every change is scored "
            "against them by a second model with a checklist, and we read 20 by hand each week because the checker misses subtle errors.\n"
            "- Not leaking things. Attendee emails and phone numbers are swapped for placeholders before the transcript goes to the provider and "
            "restored afterwards.\n"
            "- Things going wrong. If the provider errors or takes longer than 30 seconds we retry once, then queue the job and email the notes "
            "later rather than fail silently. The action-item list has to parse into our format or it's regenerated.\n"
            "- The bill. We log the money spent per call minute; switching the per-piece summaries to a smaller model cut that by 60% with no "
            "difference on our scores.\n\n"
            "About 40% of paid teams have it switched on."
        ),
        "labels": {"production_substance": 3, "communication": 3, "researcher_framing": 0, "just_prompt_engineering": 0},
        "note": {
            "production_substance": "eval set + judge + human review, PII placeholders, retry/queue/validation, spend logging, long-input handling",
            "communication": "structured, numbers, outcome",
        },
    },
    {
        "question_id": "shipped_system",
        "question": "Give me an example of an AI application you built and launched. What did the system look like?",
        "answer": (
            "A chatbot for a gym chain. Basically I sat with the marketing team and we tuned what we tell the model until it sounded on brand: "
            "energetic, short, always suggesting a class. It went live in March. Most of the back and forth was about exclamation marks, honestly. Every time marketing wanted it punchier, I'd rewrite the personality paragraph and we'd try it again in the preview window."
        ),
        "labels": {"production_substance": 0, "communication": 2, "researcher_framing": 0, "just_prompt_engineering": 1},
        "note": {
            "production_substance": "tone of instructions only",
            "just_prompt_engineering": "paraphrase: tuned 'what we tell the model' until on brand",
        },
    },
    {
        "question_id": "shipped_system",
        "question": "Describe a production AI system you were responsible for, end to end.",
        "answer": (
            "Nothing was invented or trained on our side; we used an off-the-shelf model as it comes. The system sorts incoming supplier invoices and "
            "pulls out totals, VAT and due dates. Every extracted field is checked against the purchase order, and mismatches go to a person. We tested "
            "it on 1,200 old invoices first and it got 96% of fields right."
        ),
        "labels": {"production_substance": 2, "communication": 3, "researcher_framing": 0, "just_prompt_engineering": 0},
        "note": {
            "production_substance": "output validation with human fallback, offline eval set",
            "communication": "concrete numbers",
            "researcher_framing": "hard neg: 'nothing was invented or trained on our side'",
        },
    },
    {
        "question_id": "shipped_system",
        "question": "What's the most substantial AI system you've put in front of users?",
        "answer": (
            "Most of my time went into the instructions, I'll admit, but we also had a check that the model's output was valid JSON before it reached "
            "the app, and it retried once if not. It's a recipe generator inside a grocery app. The recipes come out in a fixed structure so the app can show ingredients and steps separately, and the instruction text has a dozen rules about units and portion sizes that I refined over a month."
        ),
        "labels": {"production_substance": 1, "communication": 2, "researcher_framing": 0, "just_prompt_engineering": 0},
        "note": {
            "production_substance": "one concern: output validation with retry",
            "just_prompt_engineering": "hard neg: mostly instructions, but describes output validation/retry too",
        },
    },
]
