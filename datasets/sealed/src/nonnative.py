from common import e

STYLE = "nonnative"
E = [
# German
e("a", "role_definition", 3, 3, 0, 0, None, """An AI engineer is building products on top of the big pretrained models which exist already — GPT, Claude, Llama and so on. He is not training them new. In my last firm we have made a contract-checking assistant: the work was the search over the contract archive, the prompts, some agent steps for calling the ERP, and to make sure it runs stable. The data scientist makes experiments, he looks if accuracy or some KPI goes up, and writes a report. The ML engineer brings trained models in production and cares for serving, and retraining when the data drifts. We are more near to the product: our success is when the lawyers need less time per contract (we measured from 40 to 25 minutes), not a benchmark number.""",
  "FM products (retrieval, prompts, agent steps); contrasts DS (experiments, accuracy) and MLE (serving, retraining, drift); user outcome metric"),
e("a", "shipped_system", 3, 3, 0, 0, None, """The contract assistant from before. Some details: the contracts were cut in pieces per clause, not per fixed size, because clauses are the unit the lawyers think in. For the embeddings we have tested two models on 200 questions which the legal team has written, and took the one with more hits in the top 5. Before a change goes live, these 200 questions run automatically and the build fails if the score falls more than 3 points. Personal data (names, IBAN) becomes masked before the text goes to the API. When the API does not answer in 15 seconds we retry one time and then show the lawyer the found clauses without summary, so he is never blocked. Costs per request we log in Datadog, it was around 2 cents.""",
  "retrieval (clause chunking, embedding choice), regression eval, PII masking, timeout/retry/fallback, cost logging — concrete"),
# Indian
e("b", "role_definition", 1, 2, 0, 1, None, """AI engineer is the person who is expert in prompting only. See, all the models are already there, GPT, Gemini, Claude. Company is not needing to build anything. What they need is someone who knows how to talk to the model properly — which words to put, what format to ask, giving role like "you are senior lawyer". Data scientist is doing statistics and all, ML engineer is doing the deployment. AI engineer is doing the prompt writing itself, that is the main skill. I have done this for 1 year in my company for marketing content.""",
  "role reduced to writing prompts; DS/MLE contrasts superficial",
  {"just_prompt_engineering": "role = 'expert in prompting only'"}),
e("b", "model_choice", 0, 1, 0, 0, 1, """Kindly note that in my experience GPT-4o is giving the best results always. Claude is also good but our team is habituated with OpenAI only. Small open source model I will not prefer. So I will go with GPT-4o itself.""",
  "'GPT-4o is the best' + team habit; no dimension weighed",
  {"no_model_tradeoffs": "picks GPT-4o on reputation/habit"}),
# Brazilian
e("c", "shipped_system", 0, 2, 1, 0, None, """I have three years that I work with AI. The system that I am more proud is a model for classify the sentiment of the clients in Portuguese. We didn't find nothing good for Portuguese informal, so we took the decision to train our own transformer from zero, with 80 million of parameters, in the GPUs of the university. We collected 2 million of tweets and reviews. In the end we arrived at 93% of accuracy in our test set, more than the BERTimbau. It was published in a conference in Brazil and the company uses it in a dashboard.""",
  "only the model itself (test-set accuracy); no production concern",
  {"researcher_framing": "trained own transformer 'from zero', success = accuracy vs baseline, paper"}),
e("c", "model_choice", 2, 2, 0, 0, 0, """For me depends of the feature. If is something with data of clients, like CPF or health, I prefer the small model open running in our own server, because the data don't go out of the company. If is something more difficult, like write a long answer with reasoning, GPT-4o or Claude are much better, the small model make many mistakes. Also the price: the API is by token, when we have millions of calls the small model is more cheap.""",
  "privacy, capability, cost; no decision procedure"),
# Chinese
e("d", "production_reliability", 2, 3, 0, 0, None, """After launch we mainly look at two things. First is quality: every day system random take 100 conversations, one LLM give score for correct and helpful, also operation colleague check 20 manually. If score drop, we check which prompt version change. Second is cost, we record token of each request, one month budget is fixed, when reach 80% will alarm. Latency we not monitor so careful, this is maybe weak point.""",
  "eval (LLM judge + human sample) and cost alerting, concrete"),
e("d", "model_choice", 1, 2, 0, 0, 1, """We usually choose Claude, because its Chinese writing is more natural than GPT-4o, our users feel comfortable. Small open-source model Chinese ability is not enough. So Claude.""",
  "capability/quality on the task only",
  {"no_model_tradeoffs": "single dimension (Chinese writing quality)"}),
# Russian
e("e", "role_definition", 0, 2, 1, 0, None, """AI engineer is engineer who creates artificial intelligence. It means he must know mathematics very deep — linear algebra, optimization, probability — and be able to design new architecture of neural network and train it. Data scientist is more about analysis of data in Excel or pandas, it is not real AI. ML engineer is same as AI engineer, only name is different. In my opinion, main result of good AI engineer is model which beats state of art on known benchmark.""",
  "misframes role as designing/training new architectures",
  {"researcher_framing": "role = new architectures, success = beating SOTA on benchmarks"}),
e("e", "shipped_system", 0, 2, 1, 0, None, """In previous company I developed model for recognition of defects on steel sheets. Dataset was 40 thousand images, I designed own CNN architecture from zero, without pretrained weights, because ImageNet pictures is not similar to steel. Training took 5 days on 4 GPU. Result — 97.2% mAP, it is better than YOLO baseline on our data. Model is working in factory since 2024.""",
  "deployed, but only model/architecture/metric discussed; no production concern",
  {"researcher_framing": "own architecture trained from zero, success = mAP vs baseline"}),
# Nigerian
e("f", "production_reliability", 1, 2, 0, 1, None, """Well, I want to believe that the most important thing is the prompt. Once the prompt is solid, the application will be stable. So what I do on a daily basis is to go through the responses severally and if anyone is not correct, I will adjust the prompt and add more instructions until it is behaving. That is how we have been managing it since the app went live.""",
  "reading responses daily = human review in passing; nothing else",
  {"just_prompt_engineering": "monitoring reduced to adjusting the prompt"}),
e("f", "shipped_system", 2, 3, 0, 0, None, """As at that time I was in a fintech in Lagos, we built a WhatsApp bot that answers customers on their loan balance and repayment dates. The bot does not guess: it calls our loan API with the customer's phone number and the model only phrases the answer. We put a check that any amount in the reply must match the amount from the API, otherwise the message is not sent and a human agent takes over. We also blocked it from discussing anything outside loans. It reduced calls to the contact centre by about 30% within two months.""",
  "output validation + human fallback (error handling), topic restriction (guardrail)"),
# Indian
e("g", "model_choice", 3, 3, 0, 0, 0, """Basically it depends on what all constraints the feature is having. First I will list them: how much latency user can tolerate, what is the monthly budget, how long are the documents, and whether data can go to US servers or must stay in India. Then I will prepare one test set of around 100 real queries from our logs and run all three candidates on it, scoring with rubric. Suppose small model (say Llama 8B on our own GPU) is coming within 3-4 points of GPT-4o, I will go for small model for cost and data residency. If not, I will do routing — simple queries to small model, complex ones to Claude or GPT-4o, and keep the other one as backup if one provider is down.""",
  "latency, cost, context, residency, quality + own test set, routing, backup provider"),
e("g", "production_reliability", 3, 3, 0, 0, None, """We are doing it at three levels.
(1) Offline: golden set of 250 questions with expected answers, this runs on every prompt or model change in our CI pipeline, PR gets blocked if faithfulness is dropping below 0.85.
(2) Online: we log every request with tokens, latency and cost in Langfuse, there is alert when p95 crosses 6 seconds or daily cost crosses Rs 40,000.
(3) Safety: PII masking before sending, and a moderation check on output.
One time the vendor changed the model version and our JSON outputs started breaking — our schema validation caught it, we were retrying and then falling back to older pinned version till fix.""",
  "eval gate, cost/latency alerts, PII + moderation, validation/retry/fallback with incident"),
# Brazilian
e("h", "role_definition", 2, 2, 0, 0, None, """The AI engineer is the one that takes the models that already exist, like GPT or Llama, and makes them useful inside a product — for example, a chatbot that answers about the orders. The difference for the data scientist is that the data scientist is more about analysis, make experiments, see the numbers of the business. The AI engineer is more building things.""",
  "products on existing models + DS contrast only"),
e("h", "model_choice", 0, 1, 0, 0, 1, """Honestly, today they are all very similar. I would take what the team already have the key, normally OpenAI. Changing after is easy.""",
  "'all very similar', picks by existing API key",
  {"no_model_tradeoffs": "'they are all very similar'"}),
# Chinese
e("i", "shipped_system", 0, 2, 0, 1, None, """I made a customer service robot for our e-commerce shop. Main work is write the system prompt, very long, about 3000 words, tell model our return policy, shipping time, how to be polite. Every time customer complain, I add one more rule into prompt. Now it can answer most questions. This is online for half year.""",
  "only the prompt",
  {"just_prompt_engineering": "system = long system prompt + one more rule per complaint"}),
e("i", "model_choice", 1, 1, 0, 0, 1, """Cost is most important for us. GPT-4o too expensive for our volume, so we choose cheapest one which can run, small open-source model. Other things no big difference.""",
  "cost only; 'other things no big difference'",
  {"no_model_tradeoffs": "single dimension (cost)"}),
# Russian
e("j", "production_reliability", 0, 2, 1, 0, None, """For evaluation I think the correct approach is the scientific one. Every month we take the newest public benchmarks — MMLU, GSM8K, HellaSwag — and we measure our model on them. Our model we train ourselves from random weights, so we must compare with other labs. If the score is growing, the model is improving. Monitoring of users is not so interesting for me, it is task of support team.""",
  "public benchmarks on the model itself, dismisses monitoring -> no production concern",
  {"researcher_framing": "trains own model from random weights, success = public benchmark scores"}),
# Nigerian
e("k", "role_definition", 2, 2, 0, 0, None, """An AI engineer is not just somebody who writes prompts, abeg. Yes, prompting is part of it, but the work is to build the whole application around models like GPT-4o or Llama: getting the right documents to the model, checking the answers before they reach the customer, watching the cost. An ML engineer on the other hand is the one who will retrain and deploy a model when the data changes — we are using models that somebody else has already trained.""",
  "FM application work + MLE contrast; no DS contrast",
  {"just_prompt_engineering": "negated: 'not just somebody who writes prompts'"}),
e("k", "shipped_system", 2, 3, 0, 0, None, """Our product was a tool that reads the bank statements customers upload and summarises their spending. I'll be honest, a good chunk of my time went into the prompt — maybe half. But the other half was what made it safe to ship: we tested every new prompt against 150 statements that our analysts had already summarised by hand, we rejected any output whose totals didn't add up to the statement's closing balance, and account numbers were removed before the text left our servers. Latency was about 7 seconds, which was fine for a background job.""",
  "eval set, output validation, PII removal (latency only mentioned)",
  {"just_prompt_engineering": "half the time on prompt, but eval/validation/PII are part of the work"}),
# German
e("l", "model_choice", 1, 2, 0, 0, 1, """For us in Germany this question answers itself: data must stay in the EU, the works council will not accept anything else. So we take an open model and host it in our own data centre. Which of the open models — that we decide by what is popular on Hugging Face at the moment.""",
  "privacy/hosting only; open model picked by popularity",
  {"no_model_tradeoffs": "single dimension (data residency)"}),
e("l", "production_reliability", 2, 2, 0, 0, None, """We have a test catalogue of 120 questions with the correct answers, made by our specialist department. Before every release it runs through and the results are compared with the last version — if something becomes worse, the release is stopped. In operation we look at the response times in Grafana. More we have not yet built, the budget for this project was small.""",
  "regression eval gate + latency monitoring"),
e("m", "role_definition", 3, 3, 0, 0, None, """AI engineer use big model which already trained by OpenAI, Anthropic or open source, and make real product. For example my last project: knowledge base question-answer for bank staff, we do document search, write prompt, connect tools, make agent can check account status. Different with data scientist: data scientist do analysis and experiment, care the model accuracy, A/B test result. Different with ML engineer: ML engineer deploy model, retrain when data change, watch drift. AI engineer success is users' problem solved — our bank staff average handle time reduce 30%.""",
  "FM products (search, prompts, tools, agent); contrasts DS and MLE; user outcome"),
]
