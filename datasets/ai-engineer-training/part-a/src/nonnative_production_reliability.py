# Part a, style "nonnative": production_reliability answers.

STYLE = "nonnative"

Q = [
    "Once an LLM feature is live, how do you evaluate it and keep an eye on it?",
    "How do you know an LLM application is still working well after it's deployed?",
    "What's your approach to evaluation and monitoring for an LLM app running in production?",
    "After launch, how do you measure and monitor the quality of an LLM-based application?",
    "How would you set up evaluation and monitoring for an LLM product that's already serving users?",
    "Tell me how you test and monitor an LLM system once it's in production.",
    "What do you put in place to evaluate and watch over an LLM application after it ships?",
    "When your LLM app is in front of customers, how do you make sure its quality doesn't quietly degrade?",
]

ENTRIES = [
    {   # German speaker
        "question_id": "production_reliability",
        "question": Q[2],
        "answer": """For me there are two parts: evaluation before the release and monitoring after. Many think you only must adjust the prompt, or that you must train the model again. Both is wrong for an LLM application.

Before the release we have a golden set of 300 questions with reference answers, which the business department wrote with us. Every change — prompt, retrieval parameters, model version — runs automatically over this set in the CI pipeline. The scoring makes an LLM judge, and we checked once against 100 human ratings that the judge agrees in about 85 percent of cases. When the score falls more than two points, the merge is blocked.

In production we log for every request the tokens, the costs, the latency and which documents the retrieval found. We have alerts when the p95 latency goes over 8 seconds or when the costs per day rise over a threshold. Before the request goes to the model, we remove personal data like IBAN and names, and the answer goes through a moderation filter. If the model does not answer in 20 seconds, we try one time again and then we switch to a smaller model.

And every Friday two colleagues read 50 conversations with negative feedback. The bad cases go as new test cases in the golden set.""",
        "labels": {"production_substance": 3, "communication": 3, "researcher_framing": 0, "just_prompt_engineering": 0},
        "note": {"production_substance": "golden set + judge, cost/latency alerts, PII, moderation, retry/fallback, review", "researcher_framing": "hard negative: retraining the model called wrong", "just_prompt_engineering": "hard negative: 'only adjust the prompt' called wrong"},
    },
    {   # Hindi speaker
        "question_id": "production_reliability",
        "question": Q[0],
        "answer": """Sir, in production mainly we are monitoring the prompt. If client is raising any issue on output, we are doing prompt engineering again and redeploying. That is the process we are following.""",
        "labels": {"production_substance": 0, "communication": 2, "researcher_framing": 0, "just_prompt_engineering": 1},
        "note": {"production_substance": "no monitoring beyond prompt changes", "just_prompt_engineering": "process = prompt engineering again"},
    },
    {   # Chinese speaker
        "question_id": "production_reliability",
        "question": Q[5],
        "answer": """We evaluate on standard benchmark like MMLU and C-Eval every week. If score go down, we collect more data and train new model from scratch. Our team goal is publish paper on top conference.""",
        "labels": {"production_substance": 0, "communication": 2, "researcher_framing": 1, "just_prompt_engineering": 0},
        "note": {"production_substance": "public benchmarks only", "researcher_framing": "train from scratch, goal = top-conference paper"},
    },
    {   # Spanish speaker
        "question_id": "production_reliability",
        "question": Q[1],
        "answer": """We have a set of 100 questions with the correct answers and we execute it each week; the changes of the prompt we also test with this set before we publish them. Also we watch in a dashboard how much costs each conversation. When the cost goes up, we investigate. Last month the cost went up 40% and we found that a change in the retrieval was sending too many documents to the model.""",
        "labels": {"production_substance": 2, "communication": 2, "researcher_framing": 0, "just_prompt_engineering": 0},
        "note": {"production_substance": "eval set + cost dashboard", "just_prompt_engineering": "hard negative: prompt changes are gated by the eval set"},
    },
    {   # Polish speaker
        "question_id": "production_reliability",
        "question": Q[3],
        "answer": """When client says answers are bad, I open the instruction for the model and I correct it — I add more examples, I write more clearly what it should do. After this usually it works fine. More than this we don't do.""",
        "labels": {"production_substance": 0, "communication": 2, "researcher_framing": 0, "just_prompt_engineering": 1},
        "note": {"production_substance": "nothing beyond editing instructions", "just_prompt_engineering": "paraphrase positive: correcting the model's instruction is the whole process"},
    },
    {   # German speaker
        "question_id": "production_reliability",
        "question": Q[6],
        "answer": """We look every week on the feedback of the users, this is it.""",
        "labels": {"production_substance": 1, "communication": 1, "researcher_framing": 0, "just_prompt_engineering": 0},
        "note": {"production_substance": "weekly feedback review only"},
    },
    {   # Hindi speaker
        "question_id": "production_reliability",
        "question": Q[4],
        "answer": """We are not retraining any model, model is from OpenAI. So monitoring is at application level. Point 1: golden dataset of 250 queries, we are running it in CI with RAGAS for faithfulness and answer relevance. Point 2: in production we are logging cost, latency and token usage in Langfuse, alert is there if p95 is crossing 5 seconds. Point 3: PII masking before API call and output validation with Pydantic, on failure one retry then fallback message. Point 4: every week QA team is reviewing 100 random chats. Last month retrieval recall dropped after document re-indexing, golden set only caught it before customers noticed.""",
        "labels": {"production_substance": 3, "communication": 3, "researcher_framing": 0, "just_prompt_engineering": 0},
        "note": {"production_substance": "golden set, cost/latency, PII, validation/retry, review, incident", "researcher_framing": "hard negative: 'not retraining any model'"},
    },
    {   # Chinese speaker
        "question_id": "production_reliability",
        "question": Q[7],
        "answer": """I mainly see the answer, if not good, I change how I tell the model, give it more example and clear rule. Most problem can solve like this.""",
        "labels": {"production_substance": 0, "communication": 1, "researcher_framing": 0, "just_prompt_engineering": 1},
        "note": {"production_substance": "no production concern", "just_prompt_engineering": "paraphrase positive: fix = changing how I tell the model"},
    },
    {   # Spanish speaker
        "question_id": "production_reliability",
        "question": Q[0],
        "answer": """For me the important is the numbers of the model in the public rankings. Every two months we make a new version of our model, training it with all the new data from the beginning, and we compare the score with the previous version. If it is better, it goes to production. The rest, like servers and logs, is the work of the operations team.""",
        "labels": {"production_substance": 0, "communication": 2, "researcher_framing": 1, "just_prompt_engineering": 0},
        "note": {"production_substance": "only model ranking scores", "researcher_framing": "paraphrase positive: own model retrained from the beginning, public rankings"},
    },
    {   # Polish speaker
        "question_id": "production_reliability",
        "question": Q[5],
        "answer": """Prompt is one element, but you need also tests and monitoring. We have 80 test cases which we run before each deployment, and in production we log all errors from the API — timeouts, wrong JSON — and we have retry for them. When the API had problems in March, we saw the timeouts in our logs first, before users started to write to us.""",
        "labels": {"production_substance": 2, "communication": 2, "researcher_framing": 0, "just_prompt_engineering": 0},
        "note": {"production_substance": "test cases + error logging/retry", "just_prompt_engineering": "hard negative: prompt is one element among tests and monitoring"},
    },
    {   # German speaker
        "question_id": "production_reliability",
        "question": Q[2],
        "answer": """Honestly, mostly prompt engineering. When the answers are worse, I improve the prompt.""",
        "labels": {"production_substance": 0, "communication": 1, "researcher_framing": 0, "just_prompt_engineering": 1},
        "note": {"production_substance": "none", "just_prompt_engineering": "'mostly prompt engineering'"},
    },
    {   # Hindi speaker
        "question_id": "production_reliability",
        "question": Q[1],
        "answer": """Not only prompt tuning, we have also kept one feedback button in UI, and weekly we are checking the negative feedbacks.""",
        "labels": {"production_substance": 1, "communication": 2, "researcher_framing": 0, "just_prompt_engineering": 0},
        "note": {"production_substance": "feedback review only", "just_prompt_engineering": "hard negative: 'not only prompt tuning'"},
    },
    {   # Chinese speaker
        "question_id": "production_reliability",
        "question": Q[4],
        "answer": """We have four part. One, offline test set 400 question, each release run, LLM judge give score, if drop more than 2% cannot release. Two, online monitor: latency, token cost, error rate, all in Grafana, alert to WeChat group. Three, safety: user input check prompt injection, output check sensitive word and phone number. Four, fallback: model timeout 10 second, switch to backup model. Last month Claude API slow, fallback work well, user not notice.""",
        "labels": {"production_substance": 3, "communication": 3, "researcher_framing": 0, "just_prompt_engineering": 0},
        "note": {"production_substance": "eval gate, monitoring, safety, fallback, with incident"},
    },
    {   # Spanish speaker
        "question_id": "production_reliability",
        "question": Q[3],
        "answer": """In my doctorate I evaluated models with BLEU and accuracy, but for an application in production this is not enough. We have a set of real questions of the users that a colleague reviews each week, and we measure the latency, because if the answer takes more than 5 seconds the people leave. Also the users can mark an answer as bad, and these answers are the first that my colleague reads.""",
        "labels": {"production_substance": 2, "communication": 2, "researcher_framing": 0, "just_prompt_engineering": 0},
        "note": {"production_substance": "human review + latency", "researcher_framing": "hard negative: doctorate metrics called not enough"},
    },
    {   # Polish speaker
        "question_id": "production_reliability",
        "question": Q[6],
        "answer": """I treat this like research problem. We measure perplexity on held-out set and accuracy on our test set. When it goes down, I train model from scratch with new architecture ideas, because usually the old architecture is the limit.""",
        "labels": {"production_substance": 1, "communication": 2, "researcher_framing": 1, "just_prompt_engineering": 0},
        "note": {"production_substance": "test set in passing", "researcher_framing": "research problem, train from scratch, new architecture"},
    },
    {   # German speaker
        "question_id": "production_reliability",
        "question": Q[7],
        "answer": """We use an LLM as judge for a random sample of 5 percent of the answers, and we have a fallback when the API does not answer. More we have not built yet, the product is young. Next step is a proper test set from the real questions, because at the moment we notice problems only after they happen.""",
        "labels": {"production_substance": 2, "communication": 2, "researcher_framing": 0, "just_prompt_engineering": 0},
        "note": {"production_substance": "LLM judge sampling + API fallback"},
    },
    {   # Hindi speaker
        "question_id": "production_reliability",
        "question": Q[0],
        "answer": """Ma'am, whenever quality is going down, I am sitting with the business user and understanding what answer they are expecting. Then I am updating the instructions given to the model — adding 2-3 more examples, making the output format more strict, telling it to behave like a bank officer. Same I am doing for all our bots, this is the main work.

Let me give one example. Our loan FAQ bot was giving very long answers, and sometimes it was telling the customer "please consult your branch" for simple questions also. Business team was not happy. So first I have added one line that the answer should be maximum five sentences. Then I have given three sample question-answer pairs from the FAQ document itself, so it understands the style. Then I have written clearly that for EMI and interest rate questions it should answer directly and not send the customer to branch. After these changes the business user was happy and we have moved it to production.

Like this we are handling every issue. Whenever a new product is launched, I am adding that product details and two examples in the instructions. For me the skill is how clearly you are explaining to the model, then it will behave properly.""",
        "labels": {"production_substance": 0, "communication": 2, "researcher_framing": 0, "just_prompt_engineering": 1},
        "note": {"production_substance": "only instruction updates", "just_prompt_engineering": "paraphrase positive: main work = updating the model's instructions"},
    },
    {   # Chinese speaker
        "question_id": "production_reliability",
        "question": Q[2],
        "answer": """I think the key is our own model quality. Every month we improve the network structure and train again on all data, then see the score on ranking list. If score higher, the model is better, users will be happier. Monitoring dashboard and these things, the platform team do it, I not look so much.""",
        "labels": {"production_substance": 0, "communication": 2, "researcher_framing": 1, "just_prompt_engineering": 0},
        "note": {"production_substance": "ranking score only", "researcher_framing": "paraphrase positive: monthly network changes and retraining, ranking list"},
    },
    {   # Spanish speaker
        "question_id": "production_reliability",
        "question": Q[5],
        "answer": """Not only the prompt, it's a complete system. I explain what we do: first, evaluation with 200 cases before each change, with an LLM that judges and a person that checks 20. Second, in production we register latency, cost and errors of each call in Datadog. Third, we mask the personal data of the clients before sending it to the model. Fourth, if the JSON of the answer is not valid, we repeat the call one time, and if it fails again, the case goes to an agent. With this we have less than 1% of errors visible to the user.""",
        "labels": {"production_substance": 3, "communication": 3, "researcher_framing": 0, "just_prompt_engineering": 0},
        "note": {"production_substance": "eval + judge + human, cost/latency, PII, validation/retry/handoff", "just_prompt_engineering": "hard negative: 'not only the prompt'"},
    },
    {   # Polish speaker
        "question_id": "production_reliability",
        "question": Q[4],
        "answer": """I am not training models, I am using them. For monitoring we have dashboard with costs per day. That is the most important for our management.""",
        "labels": {"production_substance": 1, "communication": 2, "researcher_framing": 0, "just_prompt_engineering": 0},
        "note": {"production_substance": "cost dashboard only", "researcher_framing": "hard negative: 'I am not training models'"},
    },
    {   # German speaker
        "question_id": "production_reliability",
        "question": Q[6],
        "answer": """The evaluation I make manually in the playground: I try the prompt with different inputs and when the answer is not good, I adapt the prompt. Prompt engineering is for me the heart of this work.""",
        "labels": {"production_substance": 0, "communication": 2, "researcher_framing": 0, "just_prompt_engineering": 1},
        "note": {"production_substance": "manual playground tries only", "just_prompt_engineering": "prompt engineering 'the heart of this work'"},
    },
    {   # Hindi speaker
        "question_id": "production_reliability",
        "question": Q[3],
        "answer": """For evaluation I am following research approach: we are publishing our benchmark results and comparing with SOTA papers. Also latency we are checking.""",
        "labels": {"production_substance": 1, "communication": 2, "researcher_framing": 1, "just_prompt_engineering": 0},
        "note": {"production_substance": "latency in passing", "researcher_framing": "research approach, SOTA papers, publishing"},
    },
]
