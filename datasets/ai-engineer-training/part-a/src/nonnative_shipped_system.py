# Part a, style "nonnative": shipped_system answers.

STYLE = "nonnative"

Q = [
    "Describe an AI-powered system you took all the way to production.",
    "Can you walk me through an LLM-based product you built that real users are using?",
    "Tell us about something with AI in it that you shipped. What did it do and how did you build it?",
    "What's an AI application you've delivered to production, and what was your part in it?",
    "Give me an example of an AI system you built that went live.",
    "Talk me through a production AI project you owned end to end.",
    "Which AI feature that you built is running in production today, and how does it work?",
    "Pick one AI project of yours that made it to real users and tell me about it.",
]

ENTRIES = [
    {   # German speaker
        "question_id": "shipped_system",
        "question": Q[7],
        "answer": """I can tell about the document assistant which I built for a machine manufacturer in Stuttgart. The service technicians ask questions about the maintenance of the machines and the assistant answers from around 20,000 pages of manuals. We did not train own model, we used GPT-4o over Azure because the data must stay in EU.
What we made concretely: the manuals we split by chapter and embedded them with a multilingual embedding model, because half of the manuals is German. For evaluation we collected 200 real questions from the technicians with the correct answer and run this set every night; an LLM judge gives the score, and every week two senior technicians look on 30 answers. When the retrieval finds nothing with enough similarity, the assistant says honestly that it does not know. Every call is logged with tokens, cost and latency. After half a year the technicians call the second-level support 30 percent less.""",
        "labels": {"production_substance": 3, "communication": 3, "researcher_framing": 0, "just_prompt_engineering": 0},
        "note": {"production_substance": "retrieval, eval + judge + human review, refusal fallback, cost/latency, EU residency", "researcher_framing": "hard negative: 'we did not train own model'"},
    },
    {   # Hindi speaker
        "question_id": "shipped_system",
        "question": Q[1],
        "answer": """I have built one chatbot for our client which is a real estate company. Mainly I have done the prompt engineering part — writing system prompt, giving few shot examples of property queries, and tuning the prompt till the responses are proper. After that client has deployed it on their website and it is live since last six months.""",
        "labels": {"production_substance": 0, "communication": 2, "researcher_framing": 0, "just_prompt_engineering": 1},
        "note": {"production_substance": "only prompt work", "just_prompt_engineering": "own contribution = prompt engineering"},
    },
    {   # Chinese speaker
        "question_id": "shipped_system",
        "question": Q[0],
        "answer": """My project is train a Chinese LLM from scratch, 1B parameter, in my lab. I design the data cleaning, the model structure and the training, then we evaluate on C-Eval and CMMLU, our score higher than same size open model. We publish the paper on arXiv. Training take 3 weeks on 64 GPU, I solve many loss spike problem. This project I am most proud, because everything we build by ourself.""",
        "labels": {"production_substance": 0, "communication": 2, "researcher_framing": 1, "just_prompt_engineering": 0},
        "note": {"production_substance": "lab model, no production", "researcher_framing": "LLM from scratch, benchmarks, paper"},
    },
    {   # Spanish speaker
        "question_id": "shipped_system",
        "question": Q[2],
        "answer": """I did an assistant for the restaurants of my client, it answers the questions of the clients about the menu and allergies. The most of the work was to explain very well to the model what it must do: I put him the role of a waiter, examples of good answers, and the tone. I changed the words many times until the answers were good, and after we put it in WhatsApp.""",
        "labels": {"production_substance": 0, "communication": 2, "researcher_framing": 0, "just_prompt_engineering": 1},
        "note": {"production_substance": "no production concern beyond instructions", "just_prompt_engineering": "paraphrase positive: work = explaining to the model, role, examples, rewording"},
    },
    {   # Polish speaker
        "question_id": "shipped_system",
        "question": Q[6],
        "answer": """We built system for our logistics company which reads emails from clients and creates orders in ERP. Prompt was not the hardest part. Hardest was validation of output — the model sometimes invented postal codes, so we check every field against our database and if something is wrong, the order goes to human. Also we have set of 150 emails which we test after every change.""",
        "labels": {"production_substance": 2, "communication": 2, "researcher_framing": 0, "just_prompt_engineering": 0},
        "note": {"production_substance": "output validation with human fallback + eval set", "just_prompt_engineering": "hard negative: prompt not the hardest part"},
    },
    {   # German speaker
        "question_id": "shipped_system",
        "question": Q[3],
        "answer": """In my last position I developed our own language model for the German legal domain. I chose the architecture, prepared 40 GB of court decisions and let the training run for five weeks on our cluster. At the end our model was four points better on our legal QA test than the open models of the same size. The deployment made then the IT, I only checked that the answer time was under one second.""",
        "labels": {"production_substance": 1, "communication": 2, "researcher_framing": 1, "just_prompt_engineering": 0},
        "note": {"production_substance": "latency check in passing", "researcher_framing": "paraphrase positive: own LM, architecture, five-week training run"},
    },
    {   # Hindi speaker
        "question_id": "shipped_system",
        "question": Q[4],
        "answer": """Built email reply bot, mostly I was writing and tuning the prompts only.""",
        "labels": {"production_substance": 0, "communication": 1, "researcher_framing": 0, "just_prompt_engineering": 1},
        "note": {"production_substance": "none", "just_prompt_engineering": "writing and tuning prompts only"},
    },
    {   # Chinese speaker
        "question_id": "shipped_system",
        "question": Q[5],
        "answer": """I build the product Q&A bot for our e-commerce app, 200k users each day. Prompt is only one part. Other parts: (1) retrieval, we put 50,000 product pages in Milvus, chunk by section, test three embedding model and choose bge-m3 because recall is highest on our 500 question test set; (2) evaluation, the same 500 question run in CI every release, plus human check 100 answers each week; (3) safety, we filter user input for prompt injection and output for price promise, because bot cannot promise discount; (4) fallback, if model timeout over 5 second, show top 3 product pages directly. Cost per conversation we keep under 0.2 RMB. Now 38% questions not need human customer service.""",
        "labels": {"production_substance": 3, "communication": 3, "researcher_framing": 0, "just_prompt_engineering": 0},
        "note": {"production_substance": "retrieval, eval, safety, fallback, cost — concrete", "just_prompt_engineering": "hard negative: prompt only one part"},
    },
    {   # Spanish speaker
        "question_id": "shipped_system",
        "question": Q[7],
        "answer": """My principal project was in the university: we investigated new architectures for machine translation, I trained a transformer from zero for Spanish–Quechua, and we obtained the best BLEU of the state of the art for that pair. We presented the paper in a conference in Mexico. The model is not in production, but it is on GitHub and other groups use it for their experiments.""",
        "labels": {"production_substance": 0, "communication": 2, "researcher_framing": 1, "just_prompt_engineering": 0},
        "note": {"production_substance": "research, not shipped", "researcher_framing": "new architectures, transformer from zero, paper"},
    },
    {   # Polish speaker
        "question_id": "shipped_system",
        "question": Q[1],
        "answer": """I made assistant for our sales people which writes offers for clients. Whole secret was in good instruction for the model — I wrote it very detailed, with example offers and with rules how to write prices, and I was correcting this text maybe fifty times until sales people were happy. Now they use it every day.""",
        "labels": {"production_substance": 0, "communication": 2, "researcher_framing": 0, "just_prompt_engineering": 1},
        "note": {"production_substance": "only the instruction text", "just_prompt_engineering": "paraphrase positive: 'whole secret was in good instruction'"},
    },
    {   # German speaker
        "question_id": "shipped_system",
        "question": Q[2],
        "answer": """I come from the research, I made my doctorate in computer vision. But the system which I shipped was a quite normal engineering project: a chatbot for the customer portal of an energy supplier. Claude answers questions about tariffs from our documents. We had a test set of 100 questions and a fallback to a human agent when the bot is not sure.""",
        "labels": {"production_substance": 2, "communication": 2, "researcher_framing": 0, "just_prompt_engineering": 0},
        "note": {"production_substance": "test set + human fallback, documents-based answers", "researcher_framing": "hard negative: research background contrasted with a normal engineering project"},
    },
    {   # Hindi speaker
        "question_id": "shipped_system",
        "question": Q[6],
        "answer": """Not only prompt writing, I have done full integration also. I built a resume screening tool using GPT-4 API for our HR team. Resumes are parsed and sent to model with job description, model gives score and summary. We have added retry logic when API is failing. HR team is using it for all hiring now. Earlier HR team was manually reading around 300 resumes per opening, now they are reading only the top 30 which model is suggesting.""",
        "labels": {"production_substance": 1, "communication": 3, "researcher_framing": 0, "just_prompt_engineering": 0},
        "note": {"production_substance": "retry logic only", "just_prompt_engineering": "hard negative: 'not only prompt writing'"},
    },
    {   # Chinese speaker
        "question_id": "shipped_system",
        "question": Q[0],
        "answer": """I work in algorithm team, my system is the image search model for our shopping app. I design a new loss function and new backbone, train from the beginning on 30 million pictures, the top-1 accuracy improve 3.5 points compare old model, this is the biggest improve in our team that year. After we put it online, the click rate of search results also go up a little.""",
        "labels": {"production_substance": 0, "communication": 2, "researcher_framing": 1, "just_prompt_engineering": 0},
        "note": {"production_substance": "only model and accuracy", "researcher_framing": "paraphrase positive: new loss/backbone, trained from the beginning, accuracy points"},
    },
    {   # Spanish speaker
        "question_id": "shipped_system",
        "question": Q[5],
        "answer": """I will tell you about the assistant for the call center of an insurance company in Madrid, that I led during the last year. The agents have a lot of documents about products and procedures, more than 6,000, and they lost much time searching. We built a RAG system: we divided the documents by sections, we tested two models of embeddings with a set of 300 real questions of agents, and we chose the one with better recall, 0.84 against 0.71. The answers are generated with GPT-4o in Azure, in region Europe, because of the data protection.

For the quality, every night we execute the 300 questions and an LLM judge compares with the correct answers; if the score goes down more than 3 points we receive an alert. Also a supervisor reviews 25 conversations each week. Before sending to the model we remove DNI numbers and phone numbers of the clients. If the model does not answer in 15 seconds we retry one time and after we show the documents directly. We measure cost and latency of each question in a dashboard; the average is 4 seconds and 1 cent.

The result: the time of the calls went down 18%, and the agents use the assistant in 70% of the calls.""",
        "labels": {"production_substance": 3, "communication": 3, "researcher_framing": 0, "just_prompt_engineering": 0},
        "note": {"production_substance": "retrieval, eval, PII, retries/fallback, cost/latency — all measured"},
    },
    {   # Polish speaker
        "question_id": "shipped_system",
        "question": Q[4],
        "answer": """Chatbot for internal documents, RAG with Qdrant, in production since one year.""",
        "labels": {"production_substance": 1, "communication": 1, "researcher_framing": 0, "just_prompt_engineering": 0},
        "note": {"production_substance": "retrieval named only"},
    },
    {   # German speaker
        "question_id": "shipped_system",
        "question": Q[3],
        "answer": """I built for our marketing a tool which writes LinkedIn posts. To be honest, it was mostly prompt engineering. I tried many versions of the prompt in ChatGPT until the posts sounded like our company, and then a colleague built a small web page around it. The posts have a fixed structure now: a hook, three short points and a question at the end, all this is described in the prompt with two example posts. Marketing uses it for maybe twenty posts per week.""",
        "labels": {"production_substance": 0, "communication": 2, "researcher_framing": 0, "just_prompt_engineering": 1},
        "note": {"production_substance": "prompt iterations only", "just_prompt_engineering": "'mostly prompt engineering'"},
    },
    {   # Hindi speaker
        "question_id": "shipped_system",
        "question": Q[7],
        "answer": """Sir, I have not trained any model from scratch, and it was not just prompt engineering also. Project was a policy Q&A bot for our bank employees. We have used RAG on top of policy PDFs with FAISS, and we have kept one evaluation sheet of 80 questions which compliance team is reviewing before every release.""",
        "labels": {"production_substance": 2, "communication": 2, "researcher_framing": 0, "just_prompt_engineering": 0},
        "note": {"production_substance": "retrieval + reviewed eval sheet", "researcher_framing": "hard negative: 'not trained any model from scratch'", "just_prompt_engineering": "hard negative: 'not just prompt engineering'"},
    },
    {   # Chinese speaker
        "question_id": "shipped_system",
        "question": Q[2],
        "answer": """I make the WeChat customer service bot. My main job is design what we say to the model: tell it is a customer service of our brand, give it ten good conversation examples, tell it which topic cannot talk. When answer not good, I change the sentence, try again, until boss satisfy. Now the bot handle around 3,000 chats each day.""",
        "labels": {"production_substance": 0, "communication": 2, "researcher_framing": 0, "just_prompt_engineering": 1},
        "note": {"production_substance": "only instructions to the model", "just_prompt_engineering": "paraphrase positive: job = designing what we say to the model"},
    },
]
