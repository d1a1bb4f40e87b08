"""Part e, style `nonnative`: non-native English (article drops, agreement slips,
calques), 20 model_choice answers and 5 on the other questions.

no_model_tradeoffs notes: "hard negative:" = the flagged stance negated, quoted or
contrasted, or one model picked with two or more reasons; "paraphrase:" = raised
without the obvious wording; "one dimension:" = raised because only one of the five
dimensions is weighed, however concretely.
"""
from _questions import MC, RD, SS, PR

STYLE = "nonnative"

ENTRIES = [
    # ------------------------------------------------------------ model_choice, raised
    dict(question_id="model_choice", question=MC[0],
         answer="I will use GPT-4o. Is the one I know.",
         labels=dict(model_tradeoffs=0, communication=1, researcher_framing=0, just_prompt_engineering=0, no_model_tradeoffs=1),
         note=dict(model_tradeoffs="one model, familiarity only", communication="two short sentences",
                   no_model_tradeoffs="paraphrase: picks the model they already know")),

    dict(question_id="model_choice", question=MC[1],
         answer=("For me always the biggest model is the correct choice. Bigger model have more parameters so it understand more, "
                 "and the answer is more good. Small open-source model is for hobby, not for real product. I would take the largest "
                 "from GPT or Claude, whichever have more parameters in this moment."),
         labels=dict(model_tradeoffs=0, communication=2, researcher_framing=0, just_prompt_engineering=0, no_model_tradeoffs=1),
         note=dict(model_tradeoffs="size taken as quality, no dimension weighed",
                   no_model_tradeoffs="'always the biggest model'")),

    dict(question_id="model_choice", question=MC[2],
         answer=("In my experience the model is not so important. Important is how you write the prompt. I spend the time for the "
                 "instructions, few examples, the format of output, and with good prompt all three models give same result. So I take "
                 "any of them, normally what the company already pay for."),
         labels=dict(model_tradeoffs=0, communication=2, researcher_framing=0, just_prompt_engineering=1, no_model_tradeoffs=1),
         note=dict(model_tradeoffs="model declared unimportant",
                   just_prompt_engineering="work located in instructions, examples, output format",
                   no_model_tradeoffs="'model is not so important', any of them")),

    dict(question_id="model_choice", question=MC[3],
         answer=("In our company everybody use Claude, also in my previous company. It is like the standard now for developers in my "
                 "country. I would choose Claude, then the team don't need to learn something new."),
         labels=dict(model_tradeoffs=0, communication=2, researcher_framing=0, just_prompt_engineering=0, no_model_tradeoffs=1),
         note=dict(model_tradeoffs="popularity and habit, no dimension",
                   no_model_tradeoffs="paraphrase: 'everybody use Claude', the local standard")),

    dict(question_id="model_choice", question=MC[4],
         answer=("I check the leaderboard, the LMSYS arena. Who is on first place, this one I use. Today I think is GPT-4o or Claude, "
                 "it change every month, so I check again before the project start."),
         labels=dict(model_tradeoffs=1, communication=2, researcher_framing=0, just_prompt_engineering=0, no_model_tradeoffs=1),
         note=dict(model_tradeoffs="capability via public leaderboard only",
                   no_model_tradeoffs="leaderboard rank is the only reason")),

    dict(question_id="model_choice", question=MC[5],
         answer=("It depends. Every project is different, every feature is different, so I cannot say one model. We must look at the "
                 "situation and then decide what is best for this situation. There is not one answer for this question."),
         labels=dict(model_tradeoffs=0, communication=1, researcher_framing=0, just_prompt_engineering=0, no_model_tradeoffs=1),
         note=dict(model_tradeoffs="'it depends' with no criteria", communication="circular, no example",
                   no_model_tradeoffs="'it depends' without saying on what")),

    dict(question_id="model_choice", question=MC[6],
         answer=("For us the only question is the data. We work with hospitals in Germany, patient data cannot go to American company. "
                 "So small open-source model on our server, always. GPT-4o and Claude are not possible for us. Finish."),
         labels=dict(model_tradeoffs=1, communication=2, researcher_framing=0, just_prompt_engineering=0, no_model_tradeoffs=1),
         note=dict(model_tradeoffs="privacy / data residency only",
                   no_model_tradeoffs="one dimension: data residency decides everything, nothing else weighed")),

    dict(question_id="model_choice", question=MC[7],
         answer=("There are many options: GPT-4o, GPT-4o mini, Claude 3.5 Sonnet, Claude Haiku, Llama 3, Mistral, Qwen, Gemma, Phi-3. "
                 "All of them are good models and each one have his strengths. I have used most of them in my projects."),
         labels=dict(model_tradeoffs=0, communication=1, researcher_framing=0, just_prompt_engineering=0, no_model_tradeoffs=1),
         note=dict(model_tradeoffs="list of models, no criteria", communication="list, does not answer how",
                   no_model_tradeoffs="paraphrase: lists models, 'each one have his strengths' never named")),

    dict(question_id="model_choice", question=MC[8],
         answer="I prefer GPT-4o because it is very good. It give nice answers.",
         labels=dict(model_tradeoffs=0, communication=1, researcher_framing=0, just_prompt_engineering=0, no_model_tradeoffs=1),
         note=dict(model_tradeoffs="bare 'very good'", no_model_tradeoffs="single vague reason ('very good')")),

    dict(question_id="model_choice", question=MC[9],
         answer=("Of course there are trade-offs, this is always in engineering, every choice have a trade-off. But in practice I think "
                 "GPT-4o is the safe choice. Nobody is fired because he choose OpenAI."),
         labels=dict(model_tradeoffs=0, communication=2, researcher_framing=0, just_prompt_engineering=0, no_model_tradeoffs=1),
         note=dict(model_tradeoffs="says 'trade-offs' but names none",
                   no_model_tradeoffs="paraphrase: 'nobody is fired because he choose OpenAI'; the word trade-off with nothing weighed")),

    # ------------------------------------------------------------ model_choice, not raised
    dict(question_id="model_choice", question=MC[10],
         answer=("First I measure. For one feature in my last job, classification of support emails, we tested the three. GPT-4o was "
                 "around 900 ms for the answer, Claude similar, the small Mistral 7B on our GPU around 150 ms. Quality was almost same "
                 "for this simple task. So we took Mistral, it was also much cheaper per month."),
         labels=dict(model_tradeoffs=2, communication=3, researcher_framing=0, just_prompt_engineering=0, no_model_tradeoffs=0),
         note=dict(model_tradeoffs="latency, quality, cost; tested but fewer than four dimensions",
                   communication="concrete numbers and outcome",
                   no_model_tradeoffs="hard negative: picks one model (Mistral) with latency, quality and cost reasons")),

    dict(question_id="model_choice", question=MC[11],
         answer=("Depends from two things for me. First, where the data go: if contract with the client say no data outside EU, I "
                 "cannot send to OpenAI API directly, maybe Azure in EU region or our own model. Second, how difficult is the task. For "
                 "easy extraction small model is enough, for complicated reasoning over long documents I need Claude or GPT-4o."),
         labels=dict(model_tradeoffs=2, communication=2, researcher_framing=0, just_prompt_engineering=0, no_model_tradeoffs=0),
         note=dict(model_tradeoffs="privacy, capability, input length",
                   no_model_tradeoffs="hard negative: 'depends', but says on what (data location, task difficulty, long documents)")),

    dict(question_id="model_choice", question=MC[0],
         answer=("Our users write in Vietnamese and Thai. The small open models are weak in these languages, we tested, many mistakes "
                 "in grammar. GPT-4o was best in Vietnamese, Claude little bit better in Thai. Price was similar between them, so we "
                 "decided by language quality, and the small model only for English users because it is cheap."),
         labels=dict(model_tradeoffs=2, communication=3, researcher_framing=0, just_prompt_engineering=0, no_model_tradeoffs=0),
         note=dict(model_tradeoffs="multilingual quality (capability), cost; routes by language",
                   communication="concrete languages and outcome",
                   no_model_tradeoffs="weighs language quality against price")),

    dict(question_id="model_choice", question=MC[1],
         answer=("My old manager always said 'take the biggest model, then no problem'. I don't agree. Biggest model is slow and "
                 "expensive, and for many features you don't need it. I start from the small model and I go bigger only if the quality "
                 "on our examples is not enough."),
         labels=dict(model_tradeoffs=2, communication=2, researcher_framing=0, just_prompt_engineering=0, no_model_tradeoffs=0),
         note=dict(model_tradeoffs="latency, cost, quality on own examples",
                   no_model_tradeoffs="hard negative: quotes 'take the biggest model' and rejects it")),

    dict(question_id="model_choice", question=MC[2],
         answer=("In our feature we summarise contracts, sometimes 150 pages. The small model have 8k context, it is not possible "
                 "without cutting in pieces. Claude take the whole contract. It is more expensive per call, but calls are few, maybe "
                 "200 per day, so the cost is ok for us."),
         labels=dict(model_tradeoffs=2, communication=3, researcher_framing=0, just_prompt_engineering=0, no_model_tradeoffs=0),
         note=dict(model_tradeoffs="context window, cost", communication="concrete sizes and volume",
                   no_model_tradeoffs="hard negative: picks Claude with context and cost reasons")),

    dict(question_id="model_choice", question=MC[3],
         answer=("We chose the open model, Llama 3 8B, because we can fine-tune it on our 20 thousand labelled tickets and host it in "
                 "our own cloud. After fine-tuning it was almost like GPT-4o on our task, and the cost is only the GPU, fixed every "
                 "month, not per token."),
         labels=dict(model_tradeoffs=2, communication=3, researcher_framing=0, just_prompt_engineering=0, no_model_tradeoffs=0),
         note=dict(model_tradeoffs="capability after fine-tuning, self-hosting, cost",
                   no_model_tradeoffs="hard negative: one model picked with three reasons")),

    dict(question_id="model_choice", question=MC[4],
         answer="Small model if it is enough for the task, because it is cheaper and faster. If not enough, Claude or GPT-4o.",
         labels=dict(model_tradeoffs=2, communication=1, researcher_framing=0, just_prompt_engineering=0, no_model_tradeoffs=0),
         note=dict(model_tradeoffs="capability threshold, cost, latency", communication="short, no example",
                   no_model_tradeoffs="cheap and fast unless capability is not enough")),

    dict(question_id="model_choice", question=MC[5],
         answer=("I have a process in four steps. 1) Requirements: how many requests per day, how fast must be the response, how long "
                 "is the input, is there personal data. 2) Test set of 200 real examples with expected output. 3) Run GPT-4o, Claude "
                 "and for example Qwen 7B, measure quality, latency p95 and cost for one month of our traffic. 4) Choose the cheapest "
                 "model which pass quality and latency, and configure second provider as fallback if the first is down. In my last "
                 "project the result was GPT-4o mini for 80% of requests and Claude for the long documents."),
         labels=dict(model_tradeoffs=3, communication=3, researcher_framing=0, just_prompt_engineering=0, no_model_tradeoffs=0),
         note=dict(model_tradeoffs="cost, latency, context, privacy, quality + test set, fallback, routing",
                   communication="numbered steps, concrete result",
                   no_model_tradeoffs="full procedure over five dimensions")),

    dict(question_id="model_choice", question=MC[6],
         answer=("I think also about risk. If we build everything on one provider and they change the price or we hit the rate limit "
                 "in peak, we have a problem. So I keep an abstraction layer and test two providers. Between them I compare quality on "
                 "our test set and price per million tokens. The open model is our plan B if the price go up too much."),
         labels=dict(model_tradeoffs=2, communication=2, researcher_framing=0, just_prompt_engineering=0, no_model_tradeoffs=0),
         note=dict(model_tradeoffs="quality on test set, price; lock-in and rate limits not counted as dimensions",
                   no_model_tradeoffs="weighs quality and price, plus vendor risk")),

    dict(question_id="model_choice", question=MC[7],
         answer=("Some people say now all models are the same. For English chat maybe yes. But in our feature, extracting numbers "
                 "from scanned invoices, the difference was big: GPT-4o read the tables correct, the small model made error in 1 of 10. "
                 "But GPT-4o is three times more expensive, so we send only the difficult invoices to it."),
         labels=dict(model_tradeoffs=2, communication=3, researcher_framing=0, just_prompt_engineering=0, no_model_tradeoffs=0),
         note=dict(model_tradeoffs="capability on task, cost; routes difficult cases",
                   communication="concrete error rate and routing",
                   no_model_tradeoffs="hard negative: quotes 'all models are the same' and rejects it")),

    # ------------------------------------------------------------ other questions
    dict(question_id="role_definition", question=RD[0],
         answer=("AI engineer is software engineer who build product on top of foundation models like GPT-4, Claude or Llama. He not "
                 "train the model. Data scientist is doing experiments and analysis, he measure accuracy, and often his work stay in "
                 "notebook. ML engineer take the trained model and put in production, care about serving, latency, retraining when data "
                 "drift. AI engineer build RAG, prompts, agents, and success is if the user can do his task, for example in my job how "
                 "many customer questions are answered without human."),
         labels=dict(role_understanding=3, communication=3, researcher_framing=0, just_prompt_engineering=0),
         note=dict(role_understanding="FM products (RAG, prompts, agents); contrasts DS and MLE; user-outcome metric",
                   communication="clear three-way contrast with example metric",
                   researcher_framing="hard negative: 'he not train the model'",
                   just_prompt_engineering="hard negative: prompts one piece among RAG and agents")),

    dict(question_id="role_definition", question=RD[1],
         answer=("AI engineer is the person who develop new AI models. For example in my master I designed a new attention layer and "
                 "trained it on ImageNet, I got 2% better accuracy than the baseline. This is the AI engineer work, to improve the "
                 "models. Data scientist is more for business reports."),
         labels=dict(role_understanding=0, communication=2, researcher_framing=1, just_prompt_engineering=0),
         note=dict(role_understanding="misframes the role as model research",
                   researcher_framing="role = developing new models; own work = new attention layer, accuracy gain")),

    dict(question_id="shipped_system", question=SS[0],
         answer=("I built a chatbot for our HR department. I wrote the system prompt with all rules of the company, vacation, sick "
                 "days, and I tested many versions of the prompt until the answers were good. Now employees use it in Teams. Mostly the "
                 "work was to find the correct prompt."),
         labels=dict(production_substance=0, communication=2, researcher_framing=0, just_prompt_engineering=1),
         note=dict(production_substance="only the prompt, no production concern",
                   just_prompt_engineering="'mostly the work was to find the correct prompt'")),

    dict(question_id="shipped_system", question=SS[1],
         answer=("We made a system for reading delivery notes in our logistics company. OCR, then GPT-4o mini extract the fields into "
                 "JSON. We validate the JSON with a schema, if invalid we retry one time, then it go to a human. We have a test set of "
                 "500 documents and run it before every change. Names of drivers we mask before sending to the API. We log the cost per "
                 "document, it is around 0.3 cent. From 40 people typing we go to 6 people who check only the difficult ones."),
         labels=dict(production_substance=3, communication=3, researcher_framing=0, just_prompt_engineering=0),
         note=dict(production_substance="output validation + retry + human fallback, test set, PII masking, cost logging",
                   communication="concrete pipeline, numbers, outcome")),

    dict(question_id="production_reliability", question=PR[0],
         answer=("After the release we look on two things. We save all conversations and every week I read maybe 50 and mark the bad "
                 "answers. And we have thumbs up and down, we watch the percentage in a dashboard, if it go down we check what changed. "
                 "Also there is alert if the response time is more than 5 seconds."),
         labels=dict(production_substance=2, communication=2, researcher_framing=0, just_prompt_engineering=0),
         note=dict(production_substance="human review + feedback (evaluation), latency alert",
                   communication="understandable, some specifics")),
]
