"""Part e, style `anecdote`: answers told as a story from the candidate's past,
20 model_choice answers and 5 on the other questions.

A story is not tradeoff reasoning by itself: raised answers here tell a story and
still weigh fewer than two dimensions. Note prefixes as in nonnative.py.
"""
from _questions import MC, RD, SS, PR

STYLE = "anecdote"

ENTRIES = [
    # ------------------------------------------------------------ model_choice, raised
    dict(question_id="model_choice", question=MC[8],
         answer=("At my last startup we used Claude for everything because the founder had met someone from Anthropic at a conference "
                 "and liked them. I never questioned it and it worked out fine, so I'd probably do the same: pick one and move on."),
         labels=dict(model_tradeoffs=0, communication=2, researcher_framing=0, just_prompt_engineering=0, no_model_tradeoffs=1),
         note=dict(model_tradeoffs="chosen through a personal connection",
                   no_model_tradeoffs="paraphrase: the founder's acquaintance decided; 'pick one and move on'")),

    dict(question_id="model_choice", question=MC[9],
         answer=("I remember when GPT-4o came out we switched the same afternoon, the whole team was excited. Every time something "
                 "newer comes out we move to it. That's how I'd choose: whatever just launched, because the newest one is always the best."),
         labels=dict(model_tradeoffs=0, communication=2, researcher_framing=0, just_prompt_engineering=0, no_model_tradeoffs=1),
         note=dict(model_tradeoffs="newest = best", no_model_tradeoffs="'the newest one is always the best'")),

    dict(question_id="model_choice", question=MC[10],
         answer=("We once spent a week comparing GPT-4 and Claude for a summariser and then realised the problem was our prompt. We "
                 "rewrote it and both were fine. Since then I don't bother comparing models, I just work on the prompt."),
         labels=dict(model_tradeoffs=0, communication=2, researcher_framing=0, just_prompt_engineering=1, no_model_tradeoffs=1),
         note=dict(model_tradeoffs="gave up comparing models",
                   just_prompt_engineering="'I just work on the prompt'",
                   no_model_tradeoffs="paraphrase: 'I don't bother comparing models'")),

    dict(question_id="model_choice", question=MC[11],
         answer=("At a hackathon last year I tried GPT-4o, Claude, Gemini, Llama 3, Mistral and Command R in one weekend. They were all "
                 "pretty impressive, honestly. I had a lot of fun with all of them."),
         labels=dict(model_tradeoffs=0, communication=2, researcher_framing=0, just_prompt_engineering=0, no_model_tradeoffs=1),
         note=dict(model_tradeoffs="list of models tried, no criteria or choice",
                   no_model_tradeoffs="paraphrase: a list of models, 'all pretty impressive'")),

    dict(question_id="model_choice", question=MC[0],
         answer=("A client of ours got burned when a junior pasted customer data into ChatGPT. After that, the only thing I ask is: "
                 "does the data stay with us? If it has to, the self-hosted one; if it doesn't, any of them. That one question has "
                 "decided every model choice I've made since."),
         labels=dict(model_tradeoffs=1, communication=2, researcher_framing=0, just_prompt_engineering=0, no_model_tradeoffs=1),
         note=dict(model_tradeoffs="privacy only",
                   no_model_tradeoffs="one dimension: data privacy, otherwise 'any of them'")),

    dict(question_id="model_choice", question=MC[1],
         answer=("Honestly, when we had to choose, the Microsoft account manager came in, ran a workshop, set us up with Azure OpenAI "
                 "and that was that. I think that's how it goes in most companies."),
         labels=dict(model_tradeoffs=0, communication=2, researcher_framing=0, just_prompt_engineering=0, no_model_tradeoffs=1),
         note=dict(model_tradeoffs="vendor pitch decided",
                   no_model_tradeoffs="paraphrase: whoever pitched first")),

    dict(question_id="model_choice", question=MC[2],
         answer=("I got into this field reading 'Attention Is All You Need' in 2018 and I've implemented it three times since, once in "
                 "JAX. So for me the question is less which product to pick and more which architecture is more elegant. I'd honestly "
                 "rather train our own small model; I did that for my thesis and it was the best learning experience of my life."),
         labels=dict(model_tradeoffs=0, communication=2, researcher_framing=1, just_prompt_engineering=0, no_model_tradeoffs=1),
         note=dict(model_tradeoffs="architecture elegance, no dimension",
                   researcher_framing="prefers training own model; experience framed as thesis model training",
                   no_model_tradeoffs="papers and architecture instead of choosing")),

    dict(question_id="model_choice", question=MC[3],
         answer=("On my previous project I asked each model the same ten tricky questions from our domain. Claude got eight right, "
                 "GPT-4o seven, the small one four. So Claude. I go with whoever gets the most right."),
         labels=dict(model_tradeoffs=1, communication=2, researcher_framing=0, just_prompt_engineering=0, no_model_tradeoffs=1),
         note=dict(model_tradeoffs="capability on own questions only",
                   no_model_tradeoffs="one dimension: 'whoever gets the most right'")),

    dict(question_id="model_choice", question=MC[4],
         answer=("A friend of mine who works at a big tech company told me Claude is really good now. I tried it and yeah, it's good. "
                 "So I'd go with Claude."),
         labels=dict(model_tradeoffs=0, communication=2, researcher_framing=0, just_prompt_engineering=0, no_model_tradeoffs=1),
         note=dict(model_tradeoffs="bare 'it's good'",
                   no_model_tradeoffs="paraphrase: a friend's recommendation plus 'it's good'")),

    dict(question_id="model_choice", question=MC[5],
         answer=("When I was consulting, every client asked me this and my answer was always 'it depends'. Every situation is unique, so "
                 "I'd look at the feature and decide then. You can't really know in advance."),
         labels=dict(model_tradeoffs=0, communication=1, researcher_framing=0, just_prompt_engineering=0, no_model_tradeoffs=1),
         note=dict(model_tradeoffs="no criteria", communication="no substance beyond 'it depends'",
                   no_model_tradeoffs="'it depends' without saying on what")),

    # ------------------------------------------------------------ model_choice, not raised
    dict(question_id="model_choice", question=MC[6],
         answer=("We launched a recipe-suggestion feature on GPT-4o and the first month cost more than the feature earned. We tried the "
                 "small open model: answers were a bit plainer but users didn't rate them worse, it was a twentieth of the price and "
                 "noticeably snappier. That taught me to check price and speed before I fall in love with the top model's quality."),
         labels=dict(model_tradeoffs=2, communication=3, researcher_framing=0, just_prompt_engineering=0, no_model_tradeoffs=0),
         note=dict(model_tradeoffs="cost, capability as rated by users, latency",
                   communication="story with outcome",
                   no_model_tradeoffs="hard negative: describes defaulting to the top model as a mistake")),

    dict(question_id="model_choice", question=MC[7],
         answer=("A hospital customer's legal team turned us down because prompts went to a US API. We moved that tenant to a Llama "
                 "model in their own data centre. Quality on discharge summaries dropped from great to good, so we added retrieval over "
                 "their templates to close the gap; the other tenants stayed on Claude because they preferred the quality."),
         labels=dict(model_tradeoffs=2, communication=3, researcher_framing=0, just_prompt_engineering=0, no_model_tradeoffs=0),
         note=dict(model_tradeoffs="privacy/data residency, capability; split by tenant",
                   communication="concrete story and outcome",
                   no_model_tradeoffs="data residency weighed against quality")),

    dict(question_id="model_choice", question=MC[8],
         answer=("We had a feature that answered questions about 300-page tender documents. The small model kept losing the thread "
                 "halfway through because it only saw a slice of the document. Claude could take the whole thing in one go. It cost "
                 "about 4x more per question, but there were only a few hundred questions a day, so it was an easy call."),
         labels=dict(model_tradeoffs=2, communication=3, researcher_framing=0, just_prompt_engineering=0, no_model_tradeoffs=0),
         note=dict(model_tradeoffs="context window, cost", communication="concrete story",
                   no_model_tradeoffs="hard negative: one model picked with context and cost reasons")),

    dict(question_id="model_choice", question=MC[9],
         answer=("For our voice assistant every extra 300 ms was noticeable; people started talking over it. GPT-4o was smarter, but a "
                 "small local model answered in under 100 ms. We used the small model for the first response and let GPT-4o take the "
                 "follow-up when the user asked something complex."),
         labels=dict(model_tradeoffs=2, communication=3, researcher_framing=0, just_prompt_engineering=0, no_model_tradeoffs=0),
         note=dict(model_tradeoffs="latency, capability; routing by complexity",
                   communication="concrete figures and design",
                   no_model_tradeoffs="speed weighed against capability")),

    dict(question_id="model_choice", question=MC[10],
         answer=("My first boss said 'use OpenAI, everyone does'. We did, and when they had a four-hour outage during our biggest sale "
                 "we had nothing. Since then I pick per feature on quality and price from our own tests, and there's always a second "
                 "provider configured as fallback."),
         labels=dict(model_tradeoffs=2, communication=3, researcher_framing=0, just_prompt_engineering=0, no_model_tradeoffs=0),
         note=dict(model_tradeoffs="quality on own tests, price; fallback",
                   communication="story, lesson, practice",
                   no_model_tradeoffs="hard negative: quotes 'everyone does' and rejects it")),

    dict(question_id="model_choice", question=MC[11],
         answer=("For a legal-clause classifier we fine-tuned Mistral 7B on 12k examples. It beat GPT-4o with few-shot prompting, 92 "
                 "against 85 accuracy, it runs on our own GPU so client documents never leave, and inference is basically free. For "
                 "open-ended drafting we still use Claude because the small model's writing was stiff."),
         labels=dict(model_tradeoffs=2, communication=3, researcher_framing=0, just_prompt_engineering=0, no_model_tradeoffs=0),
         note=dict(model_tradeoffs="capability, privacy, cost; split by task",
                   communication="concrete figures",
                   no_model_tradeoffs="hard negative: fine-tuned model picked with three reasons")),

    dict(question_id="model_choice", question=MC[0],
         answer=("Last spring I ran a bake-off for our meeting-notes feature. I wrote the criteria down before testing: under 5 s end to "
                 "end, under $0.02 per meeting, transcripts up to 60k tokens, and EU data residency. Then 120 real transcripts went "
                 "through GPT-4o on Azure EU, Claude on Bedrock Frankfurt and Llama 3 70B on our cluster, scored blind by two "
                 "colleagues. Claude won on quality; Llama was cheapest but missed action items. We shipped Claude, with Llama as the "
                 "fallback when Bedrock throttles."),
         labels=dict(model_tradeoffs=3, communication=3, researcher_framing=0, just_prompt_engineering=0, no_model_tradeoffs=0),
         note=dict(model_tradeoffs="latency, cost, context, residency, quality + blind eval, fallback",
                   communication="structured story, figures, outcome",
                   no_model_tradeoffs="five dimensions and a procedure")),

    dict(question_id="model_choice", question=MC[1],
         answer=("I used to think the model didn't matter much. Then we swapped GPT-4o for a cheaper model to save money and our JSON "
                 "output broke on 1 call in 20. Now I check whether the cheaper model handles our format reliably on our tests before "
                 "chasing the savings."),
         labels=dict(model_tradeoffs=2, communication=3, researcher_framing=0, just_prompt_engineering=0, no_model_tradeoffs=0),
         note=dict(model_tradeoffs="cost, capability on own tests",
                   communication="concrete failure rate and lesson",
                   no_model_tradeoffs="hard negative: 'the model didn't matter much' described as a past mistake")),

    dict(question_id="model_choice", question=MC[2],
         answer=("On launch day our provider rate-limited us and requests queued for 20 seconds. We put a small self-hosted model in "
                 "front for the simple requests: it took load off the API, brought average latency under a second and cut the bill."),
         labels=dict(model_tradeoffs=2, communication=3, researcher_framing=0, just_prompt_engineering=0, no_model_tradeoffs=0),
         note=dict(model_tradeoffs="latency, cost; routing simple requests",
                   communication="concrete incident and outcome",
                   no_model_tradeoffs="latency and cost weighed after a rate-limit incident")),

    dict(question_id="model_choice", question=MC[3],
         answer=("When we expanded to Poland, our Polish users complained the assistant sounded like a translation. We tested: the open "
                 "8B model was clearly worse in Polish, GPT-4o and Claude were both fine, and GPT-4o was cheaper for our output-heavy "
                 "traffic, so Polish went to GPT-4o while English stayed on the small model."),
         labels=dict(model_tradeoffs=2, communication=3, researcher_framing=0, just_prompt_engineering=0, no_model_tradeoffs=0),
         note=dict(model_tradeoffs="multilingual capability, cost; routing by language",
                   communication="concrete story and decision",
                   no_model_tradeoffs="language quality and price")),

    # ------------------------------------------------------------ other questions
    dict(question_id="role_definition", question=RD[0],
         answer=("When I moved from data science to AI engineering, the biggest change was that nobody asked me about accuracy "
                 "anymore; they asked whether the feature shipped and whether support tickets dropped. I stopped training models and "
                 "started building on top of GPT-4 and Claude: retrieval over our docs, tool-calling agents, evals. The ML engineers "
                 "next door kept doing what they always did: serving our in-house ranking model, retraining it weekly and watching for "
                 "drift."),
         labels=dict(role_understanding=3, communication=3, researcher_framing=0, just_prompt_engineering=0),
         note=dict(role_understanding="FM products, contrasts DS (accuracy) and MLE (serving, retraining, drift), user outcomes",
                   communication="story with concrete contrasts",
                   researcher_framing="hard negative: 'I stopped training models'")),

    dict(question_id="role_definition", question=RD[1],
         answer=("At my company the AI engineer is basically the person who's good at talking to ChatGPT. I got the title after I wrote "
                 "a prompt that saved marketing hours every week. Data scientists do the heavier maths."),
         labels=dict(role_understanding=1, communication=2, researcher_framing=0, just_prompt_engineering=1),
         note=dict(role_understanding="vague; thin DS contrast",
                   just_prompt_engineering="paraphrase: the role = being good at talking to ChatGPT")),

    dict(question_id="shipped_system", question=SS[1],
         answer=("We built an internal search assistant for our engineering wiki: 12k pages chunked, embedded with OpenAI embeddings "
                 "into Qdrant, GPT-4o answers with citations. The first version made up links, so we added a check that every cited "
                 "URL exists in the retrieved set. About 400 people use it every week."),
         labels=dict(production_substance=2, communication=3, researcher_framing=0, just_prompt_engineering=0),
         note=dict(production_substance="retrieval, output validation",
                   communication="concrete components and outcome")),

    dict(question_id="shipped_system", question=SS[2],
         answer=("The one I'm proudest of: during my internship at a research lab I trained a diffusion model from scratch on satellite "
                 "images and got a paper out of it. It's not in a product as such, but the code is public and a few groups use it."),
         labels=dict(production_substance=0, communication=2, researcher_framing=1, just_prompt_engineering=0),
         note=dict(production_substance="no production concern",
                   researcher_framing="trained a model from scratch; success = a paper")),

    dict(question_id="production_reliability", question=PR[0],
         answer=("Our first week live, a user got the assistant to print its system prompt. After that we built proper monitoring: a "
                 "prompt-injection classifier on inputs, a nightly run of 300 gold questions scored by an LLM judge, dashboards for cost "
                 "per tenant and p95 latency, and retries with a fallback model when the main provider times out. The judge caught a "
                 "retrieval regression two weeks later, before customers did."),
         labels=dict(production_substance=3, communication=3, researcher_framing=0, just_prompt_engineering=0),
         note=dict(production_substance="injection guardrail, gold set + judge, cost/latency dashboards, retries + fallback",
                   communication="story with concrete practice and outcome")),
]
