# Part a, style "nonnative": role_definition answers.
# Fluent but non-native English (German, Hindi, Spanish, Chinese, Polish
# speakers). Meaning stays clear; labels follow meaning, not surface errors.

STYLE = "nonnative"

Q = [
    "How would you describe the job of an AI engineer, and where does it differ from data science or ML engineering?",
    "In your own words, what is an AI engineer, and what separates that role from a data scientist or an ML engineer?",
    "What does a typical AI engineer actually work on, compared with a data scientist or a machine learning engineer?",
    "Could you explain what AI engineers do day to day and how that's distinct from data scientists and ML engineers?",
    "Where do you draw the line between AI engineering, data science and ML engineering?",
    "What is the AI engineer's job, in your view? How does it compare to the data scientist and ML engineer roles?",
    "Walk me through what an AI engineer is responsible for, and how that contrasts with DS and MLE roles.",
    "Tell me how you understand the AI engineer position and what makes it different from data scientist or ML engineer positions.",
]

ENTRIES = [
    {   # German speaker
        "question_id": "role_definition",
        "question": Q[0],
        "answer": """So, for me the AI engineer is not a researcher. He does not train the models from scratch, this makes OpenAI or Meta. He takes the foundation model which already exists and builds with it a product: RAG pipeline, agents, the prompts. The data scientist makes experiments and looks on accuracy and significance. The ML engineer brings the model in production and cares for serving, retraining, drift. And the AI engineer measures success in what the user achieves — in my current firm, how many of the insurance claims are processed without that a human must look.""",
        "labels": {"role_understanding": 3, "communication": 3, "researcher_framing": 0, "just_prompt_engineering": 0},
        "note": {"role_understanding": "FM products, both contrasts, user-outcome metric", "researcher_framing": "hard negative: 'not a researcher', does not train from scratch"},
    },
    {   # Hindi speaker
        "question_id": "role_definition",
        "question": Q[1],
        "answer": """Basically AI engineer is doing prompt engineering only. Whatever requirement is coming from client, we are writing the prompt for ChatGPT and checking the output, if output is not proper we are modifying the prompt itself. In my previous project I have done prompts for email summarisation. Data scientist is different, they are doing Python and statistics.""",
        "labels": {"role_understanding": 1, "communication": 2, "researcher_framing": 0, "just_prompt_engineering": 1},
        "note": {"role_understanding": "role reduced to prompting, weak DS remark", "just_prompt_engineering": "'doing prompt engineering only'"},
    },
    {   # Spanish speaker
        "question_id": "role_definition",
        "question": Q[2],
        "answer": """In my experience the AI engineer is the person who investigates new models. In my master I made research about transformers, I trained one from zero for Spanish sentiment analysis and we published the paper in a congress. The data scientist is more of business, the AI engineer is more of science.""",
        "labels": {"role_understanding": 0, "communication": 2, "researcher_framing": 1, "just_prompt_engineering": 0},
        "note": {"role_understanding": "role framed as research", "researcher_framing": "research on transformers, trained from zero, published"},
    },
    {   # Chinese speaker
        "question_id": "role_definition",
        "question": Q[3],
        "answer": """AI engineer main work is make the model stronger. In my last company I am responsible for design new attention structure and do pretraining on 2 billion tokens Chinese corpus, our model get first place on CLUE benchmark. Data scientist more do the data analysis and report. For me this is the real AI engineer work, because you understand the model from inside, not only call API.""",
        "labels": {"role_understanding": 0, "communication": 2, "researcher_framing": 1, "just_prompt_engineering": 0},
        "note": {"role_understanding": "role = improving the model", "researcher_framing": "paraphrase positive: new attention structure, pretraining, benchmark rank"},
    },
    {   # Polish speaker
        "question_id": "role_definition",
        "question": Q[4],
        "answer": """I would say AI engineer is building applications on existing big models, like GPT or Llama. Prompt is only one small part — there is also retrieval, testing of answers, monitoring of costs. Data scientist is doing more analysis and statistics, experiments. About ML engineer I am not so sure where is the border. In my last project we built assistant for insurance agents, and honestly the prompt was one afternoon, but the testing set with 200 questions took two weeks.""",
        "labels": {"role_understanding": 2, "communication": 2, "researcher_framing": 0, "just_prompt_engineering": 0},
        "note": {"role_understanding": "FM apps + DS contrast, unsure about MLE", "just_prompt_engineering": "hard negative: prompt is one small part"},
    },
    {   # German speaker
        "question_id": "role_definition",
        "question": Q[5],
        "answer": """AI engineer is working with the LLMs and makes the company more AI. Is quite new job.""",
        "labels": {"role_understanding": 1, "communication": 1, "researcher_framing": 0, "just_prompt_engineering": 0},
        "note": {"role_understanding": "vague 'works with LLMs'"},
    },
    {   # Hindi speaker
        "question_id": "role_definition",
        "question": Q[6],
        "answer": """Let me explain with three circles. Innermost is data scientist — they are building models, running experiments, caring about accuracy and p-values. Middle is ML engineer — they are taking that model to production, handling serving latency, retraining pipeline, drift. Outer one is AI engineer — we are not training from scratch, we are taking GPT-4, Claude, Llama and building application on top: RAG, prompt design, agents. Many people are thinking it is just prompt engineering, but actually evaluation, retrieval, cost monitoring, guardrails are bigger part of the work. Success we are measuring in user outcome. In my current company, for HR chatbot, we measure how many employee queries are closed without HR team intervention — it is 62% now.""",
        "labels": {"role_understanding": 3, "communication": 3, "researcher_framing": 0, "just_prompt_engineering": 0},
        "note": {"role_understanding": "complete: FM products, both contrasts, user outcome", "researcher_framing": "hard negative: 'we are not training from scratch'", "just_prompt_engineering": "hard negative: rejects 'just prompt engineering'"},
    },
    {   # Spanish speaker
        "question_id": "role_definition",
        "question": Q[7],
        "answer": """Is about to know how to talk with the model. You explain him very clearly what you want, you put him a role like "you are an expert lawyer", you give two or three examples of the answer, and he does it. When the answer is bad, you change how you ask. That is what I do all the day.""",
        "labels": {"role_understanding": 1, "communication": 2, "researcher_framing": 0, "just_prompt_engineering": 1},
        "note": {"role_understanding": "no contrast, only model usage", "just_prompt_engineering": "paraphrase positive: job = how you ask, role + examples"},
    },
    {   # Chinese speaker
        "question_id": "role_definition",
        "question": Q[0],
        "answer": """AI engineer not need to train model by themselves. Big company already train good model, like GPT-4o, Qwen, Claude. We use API to build product, for example I build customer service bot for e-commerce shop, it can check order status and answer return question. I also make the bot connect to order system by function calling, and when customer ask strange question it transfer to human. So my job is more like software engineer, only the brain part is from big model.""",
        "labels": {"role_understanding": 2, "communication": 2, "researcher_framing": 0, "just_prompt_engineering": 0},
        "note": {"role_understanding": "builds on existing FMs, no DS/MLE contrast", "researcher_framing": "hard negative: says no need to train models"},
    },
    {   # Polish speaker
        "question_id": "role_definition",
        "question": Q[1],
        "answer": """For me AI engineer is researcher role. Main tasks: reading papers, proposing new architecture, training from scratch on the cluster, then publishing. In my team at university institute we trained a 1.3B model from scratch for Polish language and measured on KLEJ benchmark, we improved average score by 3.1 points. Data scientist is working more with business data, ML engineer is doing deployment of what we train.""",
        "labels": {"role_understanding": 0, "communication": 3, "researcher_framing": 1, "just_prompt_engineering": 0},
        "note": {"role_understanding": "misframes as research", "communication": "structured, numbers, answers with contrasts", "researcher_framing": "'researcher role', papers, training from scratch"},
    },
    {   # German speaker
        "question_id": "role_definition",
        "question": Q[2],
        "answer": """My strength is that I understand the networks from inside. In my last position I wrote the whole training loop for our own language model, chose the layer count, the tokenizer, everything, and ran it for six weeks on 128 GPUs. For me this is the heart of AI engineering; the data scientist stays more on the surface with tables and dashboards.""",
        "labels": {"role_understanding": 0, "communication": 2, "researcher_framing": 1, "just_prompt_engineering": 0},
        "note": {"role_understanding": "role = building own model", "researcher_framing": "paraphrase positive: wrote training loop for own LM, six weeks on GPUs"},
    },
    {   # Hindi speaker
        "question_id": "role_definition",
        "question": Q[3],
        "answer": """Sir, ML engineer is owning the model lifecycle — training pipeline, deployment, retraining when drift is coming. AI engineer is not doing that training part, nor it is just prompt writing. We are consuming foundation models through API and making features around them with retrieval, evals and monitoring. In my current project, IT helpdesk bot, our main metric is how many tickets are closed without L1 engineer.""",
        "labels": {"role_understanding": 2, "communication": 2, "researcher_framing": 0, "just_prompt_engineering": 0},
        "note": {"role_understanding": "FM features + MLE contrast, no DS, no outcomes", "researcher_framing": "hard negative: AI engineer does not do the training part", "just_prompt_engineering": "hard negative: 'nor it is just prompt writing'"},
    },
    {   # Spanish speaker
        "question_id": "role_definition",
        "question": Q[4],
        "answer": """Make good prompts for ChatGPT and Copilot, that is the job of AI engineer I think.""",
        "labels": {"role_understanding": 1, "communication": 1, "researcher_framing": 0, "just_prompt_engineering": 1},
        "note": {"role_understanding": "vague", "just_prompt_engineering": "job = making prompts"},
    },
    {   # Chinese speaker
        "question_id": "role_definition",
        "question": Q[5],
        "answer": """Three roles are different. Data scientist: do experiment, analyse data, care accuracy and statistics. ML engineer: put trained model into production, care serving latency, retrain pipeline, model drift. AI engineer: use foundation model like GPT-4o or Claude, build product on top — RAG, agent, prompt design — and care whether user really use it. Prompt is only small piece. In my project, a RAG assistant for sales team, we look at weekly active user and how many questions resolved, now 1,200 questions per week.""",
        "labels": {"role_understanding": 3, "communication": 3, "researcher_framing": 0, "just_prompt_engineering": 0},
        "note": {"role_understanding": "all elements present", "just_prompt_engineering": "hard negative: prompt is only a small piece"},
    },
    {   # Polish speaker
        "question_id": "role_definition",
        "question": Q[6],
        "answer": """AI engineer is engineer who knows AI. He implements AI solutions in the company. Difference with data scientist is not so big, both are working with data and models.""",
        "labels": {"role_understanding": 1, "communication": 1, "researcher_framing": 0, "just_prompt_engineering": 0},
        "note": {"role_understanding": "vague, says DS difference is small"},
    },
    {   # German speaker
        "question_id": "role_definition",
        "question": Q[7],
        "answer": """I must say, I made my PhD in speech recognition, so I trained many models from scratch in that time. But the AI engineer job is another thing. Here you take models that exist and you build the product around, and you are measured on whether the users are happy, not on word error rate in a paper. The data scientist is closer to what I did in university.""",
        "labels": {"role_understanding": 2, "communication": 2, "researcher_framing": 0, "just_prompt_engineering": 0},
        "note": {"role_understanding": "FM products + user outcome + loose DS contrast, no MLE", "researcher_framing": "hard negative: PhD training mentioned as contrast to this job"},
    },
    {   # Hindi speaker
        "question_id": "role_definition",
        "question": Q[0],
        "answer": """AI engineer is responsible to build the model with highest accuracy. In my project I have trained BERT from scratch on our domain data and fine-tuned, we achieved 94.3% accuracy on test set which is more than state of the art. Data scientist will do the EDA and feature engineering part. Without strong model no product can be good, so model building is the main thing.""",
        "labels": {"role_understanding": 0, "communication": 2, "researcher_framing": 1, "just_prompt_engineering": 0},
        "note": {"role_understanding": "misframes as model training", "researcher_framing": "trained from scratch, success = beating state of the art"},
    },
    {   # Spanish speaker
        "question_id": "role_definition",
        "question": Q[1],
        "answer": """The difference is clear for me. The data scientist makes the models, trains them, with his statistics. The AI engineer doesn't do nothing of that, he uses the models that already exist, ChatGPT, Gemini, and his work is the prompt engineering: write the instructions, try, correct, try again. In my company I did the prompts for a bot of recipes and that was basically the whole project.""",
        "labels": {"role_understanding": 2, "communication": 2, "researcher_framing": 0, "just_prompt_engineering": 1},
        "note": {"role_understanding": "existing models + DS contrast", "just_prompt_engineering": "work = prompt engineering, 'basically the whole project'"},
    },
    {   # Chinese speaker
        "question_id": "role_definition",
        "question": Q[2],
        "answer": """My work mostly is find the right words for the model. Same question, different say, answer totally different. So I collect many good examples, put in front of the question, and tell the model what role it play. This is AI engineer skill. For example our travel app bot, at first it answer too long, I add one sentence "answer in three lines" and two short examples, now very good. Boss very happy.""",
        "labels": {"role_understanding": 1, "communication": 2, "researcher_framing": 0, "just_prompt_engineering": 1},
        "note": {"role_understanding": "no distinction from DS/MLE", "just_prompt_engineering": "paraphrase positive: finding the right words, examples, role"},
    },
    {   # Polish speaker
        "question_id": "role_definition",
        "question": Q[3],
        "answer": """Okay, so I will start from what it is not, because I think in Poland many recruiters mix this. AI engineer is not researcher. I know people who did PhD in deep learning and they apply to this position, and then they are surprised that nobody wants new architecture from them. Also it is not data scientist. Data scientist is doing experiments, checking hypothesis, statistical significance, he reports accuracy or AUC to management. ML engineer is the next step — he takes model which data scientist trained and makes it work in production: serving, latency, retraining pipelines, monitoring of drift.

AI engineer is third thing. We take foundation model which already exists — GPT-4o, Claude, Llama — and we build product for users. So in practice: RAG pipeline on company documents, prompt templates with versioning, agents which call internal API, evaluation sets, cost monitoring. In my last project for a bank we built assistant for branch employees, it answers questions about procedures from 3,000 PDF documents. Success was not measured in accuracy on benchmark, but in how much time employee saves — we measured average handling time of client case, it went down by around 4 minutes.""",
        "labels": {"role_understanding": 3, "communication": 3, "researcher_framing": 0, "just_prompt_engineering": 0},
        "note": {"role_understanding": "complete with both contrasts and outcome metric", "researcher_framing": "hard negative: 'AI engineer is not researcher'"},
    },
    {   # German speaker
        "question_id": "role_definition",
        "question": Q[4],
        "answer": """The AI engineer brings artificial intelligence in the products of the company. For example he can make a chatbot or automatic classification of mails. I think the job title is still not so clear defined, every company means something other with it. In my current firm we have for example one colleague who is called AI engineer, and he does a bit of everything — some chatbot, some data analysis, some automation with Python. So the border to the data scientist is for me not so sharp.""",
        "labels": {"role_understanding": 1, "communication": 2, "researcher_framing": 0, "just_prompt_engineering": 0},
        "note": {"role_understanding": "vague, no contrast, no FMs"},
    },
    {   # Hindi speaker
        "question_id": "role_definition",
        "question": Q[5],
        "answer": """Mainly prompt writing and testing in ChatGPT only, and some Python.""",
        "labels": {"role_understanding": 1, "communication": 1, "researcher_framing": 0, "just_prompt_engineering": 1},
        "note": {"role_understanding": "vague", "just_prompt_engineering": "mainly prompt writing"},
    },
    {   # Spanish speaker
        "question_id": "role_definition",
        "question": Q[6],
        "answer": """What I like of this job is to make the model learn from the start. In my last work we built our own language model with 400 million parameters, we chose the data, the size of the layers, and we trained it during one month. Our best version improved 2 points the F1 in the public ranking. The data scientist for me is more of Excel and dashboards.""",
        "labels": {"role_understanding": 0, "communication": 2, "researcher_framing": 1, "just_prompt_engineering": 0},
        "note": {"role_understanding": "role = training own model", "researcher_framing": "paraphrase positive: own LM trained from the start, success = ranking points"},
    },
    {   # Chinese speaker
        "question_id": "role_definition",
        "question": Q[7],
        "answer": """ML engineer they train and deploy own model, always worry the drift and retrain. AI engineer different, use big model already trained, work is connect it with company data by retrieval, write prompt, test the output quality, control the cost. Prompt only small part. For example my last project, contract Q&A for legal team, the prompt I write in one day, but the retrieval and the test set take one month.""",
        "labels": {"role_understanding": 2, "communication": 2, "researcher_framing": 0, "just_prompt_engineering": 0},
        "note": {"role_understanding": "FM apps + MLE contrast, no DS", "just_prompt_engineering": "hard negative: prompt only a small part among retrieval/testing/cost"},
    },
]
