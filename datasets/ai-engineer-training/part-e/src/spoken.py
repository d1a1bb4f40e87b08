"""Part e, style `spoken`: rambling transcribed speech (fillers, self-corrections,
little or no punctuation), 20 model_choice answers and 5 on the other questions.

Note prefixes as in nonnative.py.
"""
from _questions import MC, RD, SS, PR

STYLE = "spoken"

ENTRIES = [
    # ------------------------------------------------------------ model_choice, raised
    dict(question_id="model_choice", question=MC[8],
         answer=("um honestly I'd I'd just go with whatever the newest one is like the labs keep leapfrogging each other so whatever "
                 "dropped last month is probably the best one right now so yeah newest"),
         labels=dict(model_tradeoffs=0, communication=1, researcher_framing=0, just_prompt_engineering=0, no_model_tradeoffs=1),
         note=dict(model_tradeoffs="newest = best", no_model_tradeoffs="'whatever the newest one is'")),

    dict(question_id="model_choice", question=MC[9],
         answer=("so okay the way I think about it is like the model is kind of a commodity now right it's it's all about the prompt "
                 "like if your prompt is good you could put GPT or Claude or whatever behind it and you'd get basically the same thing "
                 "so I spend like all my time on the prompt the examples the the formatting and I don't really sweat the model"),
         labels=dict(model_tradeoffs=0, communication=1, researcher_framing=0, just_prompt_engineering=1, no_model_tradeoffs=1),
         note=dict(model_tradeoffs="model treated as a commodity", communication="rambling, no example",
                   just_prompt_engineering="'it's all about the prompt', all time on prompt and examples",
                   no_model_tradeoffs="paraphrase: 'the model is kind of a commodity', doesn't sweat it")),

    dict(question_id="model_choice", question=MC[10],
         answer=("uh so we're we're an OpenAI shop like the whole company is on it we've got the enterprise thing so I'd just I'd use "
                 "GPT-4o because that's what everybody uses and you know everyone already knows how it works"),
         labels=dict(model_tradeoffs=0, communication=1, researcher_framing=0, just_prompt_engineering=0, no_model_tradeoffs=1),
         note=dict(model_tradeoffs="habit and popularity",
                   no_model_tradeoffs="paraphrase: 'we're an OpenAI shop', what everybody uses")),

    dict(question_id="model_choice", question=MC[11],
         answer=("okay so so first you kind of have to understand what's going on under the hood right like these are all decoder-only "
                 "transformers and the difference is really in like the attention variants and the positional encodings so Llama uses "
                 "RoPE and grouped query attention and then there's this whole mixture of experts thing which GPT-4 supposedly is and "
                 "um I actually trained a small GPT from scratch for my thesis so I I kind of see them all as variations on the same "
                 "architecture really"),
         labels=dict(model_tradeoffs=0, communication=1, researcher_framing=1, just_prompt_engineering=0, no_model_tradeoffs=1),
         note=dict(model_tradeoffs="architecture talk, no choice made", communication="does not answer the question",
                   researcher_framing="own experience framed as training a GPT from scratch for a thesis",
                   no_model_tradeoffs="transformer internals instead of choosing; 'variations on the same architecture'")),

    dict(question_id="model_choice", question=MC[0],
         answer=("yeah so it it really depends you know like it depends on the feature it depends on the situation there's no like "
                 "one size fits all I'd I'd look at it case by case and and kind of go from there"),
         labels=dict(model_tradeoffs=0, communication=1, researcher_framing=0, just_prompt_engineering=0, no_model_tradeoffs=1),
         note=dict(model_tradeoffs="no criteria named", no_model_tradeoffs="'it depends' without saying on what")),

    dict(question_id="model_choice", question=MC[1],
         answer=("so for me it's it's latency like that's the whole thing because users hate waiting so I'd literally just ping all "
                 "three uh time the responses put it in a spreadsheet and whichever comes back fastest wins like we did that for an "
                 "autocomplete thing and the small one was like eighty milliseconds versus a second for the big ones so easy call"),
         labels=dict(model_tradeoffs=1, communication=2, researcher_framing=0, just_prompt_engineering=0, no_model_tradeoffs=1),
         note=dict(model_tradeoffs="latency only", communication="rambling but one concrete example",
                   no_model_tradeoffs="one dimension: speed is 'the whole thing', nothing else weighed")),

    dict(question_id="model_choice", question=MC[2],
         answer=("I mean honestly that's kind of above my pay grade like usually the architect or the the CTO has already decided and "
                 "I just I just build on whatever they hand me"),
         labels=dict(model_tradeoffs=0, communication=1, researcher_framing=0, just_prompt_engineering=0, no_model_tradeoffs=1),
         note=dict(model_tradeoffs="defers the decision", no_model_tradeoffs="paraphrase: defers to the architect or CTO")),

    dict(question_id="model_choice", question=MC[3],
         answer=("Claude probably I just like it better it feels um it feels smarter you know like the vibes are better when I chat "
                 "with it"),
         labels=dict(model_tradeoffs=0, communication=1, researcher_framing=0, just_prompt_engineering=0, no_model_tradeoffs=1),
         note=dict(model_tradeoffs="personal impression, not a weighed dimension",
                   no_model_tradeoffs="paraphrase: 'the vibes are better', a single vague reason")),

    dict(question_id="model_choice", question=MC[4],
         answer=("so you'd weigh the trade-offs right cost and and latency and all that, well actually no, honestly, I'd just use "
                 "GPT-4o, I know the API inside out, I've got all my helper code for it, so that's that's what I'd reach for"),
         labels=dict(model_tradeoffs=0, communication=1, researcher_framing=0, just_prompt_engineering=0, no_model_tradeoffs=1),
         note=dict(model_tradeoffs="names cost and latency then drops them for familiarity",
                   no_model_tradeoffs="paraphrase: starts on trade-offs, corrects itself to 'I know the API inside out'")),

    dict(question_id="model_choice", question=MC[5],
         answer=("okay so the thing I've learned is it's all about the bill like at my last place we had this summarization feature "
                 "on GPT-4 and the invoice came in at like forty grand a month and everybody freaked out so now my rule is just "
                 "cheapest model first always like I'll take the small open one and if it's the cheapest that's the one"),
         labels=dict(model_tradeoffs=1, communication=2, researcher_framing=0, just_prompt_engineering=0, no_model_tradeoffs=1),
         note=dict(model_tradeoffs="cost only", communication="rambling with one anecdote",
                   no_model_tradeoffs="one dimension: 'cheapest model first always'")),

    # ------------------------------------------------------------ model_choice, not raised
    dict(question_id="model_choice", question=MC[6],
         answer=("okay so um first thing I'd do is figure out like what the feature actually needs so is a user sitting there waiting "
                 "for it or is it a background job because that changes everything for latency and then how much traffic like how many "
                 "calls a day because that's your cost and then uh how big are the inputs like if we're stuffing whole contracts in then "
                 "context window matters and Claude's got the big one and also can the data even leave our servers which if it's like "
                 "health stuff then it's the open model self hosted end of story and then once I know all that I'd build like a little "
                 "eval set a hundred two hundred real examples run all three through it and pick the cheapest one that passes and keep "
                 "another one wired up as a fallback in case the provider goes down"),
         labels=dict(model_tradeoffs=3, communication=2, researcher_framing=0, just_prompt_engineering=0, no_model_tradeoffs=0),
         note=dict(model_tradeoffs="latency, cost, context, privacy, quality + eval set, fallback",
                   communication="unpunctuated but complete procedure",
                   no_model_tradeoffs="all five dimensions and a procedure, in speech")),

    dict(question_id="model_choice", question=MC[7],
         answer=("I'd go with GPT-4o because it's the best, well no wait, that's not really, let me say that properly, I'd go with "
                 "GPT-4o for this one because on our test questions it got like ninety-something percent and Claude was close but the "
                 "small one was way off, and the price difference between GPT-4o and Claude wasn't big enough to care about"),
         labels=dict(model_tradeoffs=2, communication=2, researcher_framing=0, just_prompt_engineering=0, no_model_tradeoffs=0),
         note=dict(model_tradeoffs="quality on own test questions, cost",
                   no_model_tradeoffs="hard negative: starts 'because it's the best', self-corrects to measured quality and price")),

    dict(question_id="model_choice", question=MC[8],
         answer=("so what we ended up doing and I think this is the right answer usually is like you don't pick one you route so the "
                 "easy stuff like uh classifying the intent goes to the small model which is basically free and super fast and then the "
                 "hard stuff like actually writing the answer goes to Claude and um we had a fallback to GPT-4o for when Anthropic had "
                 "an outage which happened like twice"),
         labels=dict(model_tradeoffs=2, communication=2, researcher_framing=0, just_prompt_engineering=0, no_model_tradeoffs=0),
         note=dict(model_tradeoffs="cost, latency, capability; routing and fallback but three dimensions",
                   no_model_tradeoffs="routes by difficulty on cost, speed and capability")),

    dict(question_id="model_choice", question=MC[9],
         answer=("people say like oh the model doesn't matter it's all in the prompt and I I used to kind of believe that but no like "
                 "we had a long document feature and the small model just couldn't fit the documents in its context it'd cut off and "
                 "make up the end and no amount of prompting fixed that so we moved the long ones to Claude, costs more per call but it "
                 "was worth it"),
         labels=dict(model_tradeoffs=2, communication=2, researcher_framing=0, just_prompt_engineering=0, no_model_tradeoffs=0),
         note=dict(model_tradeoffs="context window, capability, cost",
                   just_prompt_engineering="hard negative: rejects 'it's all in the prompt'",
                   no_model_tradeoffs="hard negative: quotes 'the model doesn't matter' and rejects it")),

    dict(question_id="model_choice", question=MC[10],
         answer=("for us it was mostly um data like the customer is a bank so nothing goes to an external API so that's the open model "
                 "on our own boxes and honestly once the GPUs are paid for it's also cheaper than paying per token at our volume so "
                 "double win"),
         labels=dict(model_tradeoffs=2, communication=2, researcher_framing=0, just_prompt_engineering=0, no_model_tradeoffs=0),
         note=dict(model_tradeoffs="privacy, cost",
                   no_model_tradeoffs="hard negative: 'mostly data' but a second reason (cost at volume) is weighed")),

    dict(question_id="model_choice", question=MC[11],
         answer=("we actually took a took a Llama 8B and quantized it to like four bit so it fits on one GPU and it answers in under a "
                 "hundred milliseconds and it was maybe two three points worse on our eval than GPT-4o but for a spell check kind of "
                 "feature nobody noticed and it costs us basically nothing"),
         labels=dict(model_tradeoffs=2, communication=2, researcher_framing=0, just_prompt_engineering=0, no_model_tradeoffs=0),
         note=dict(model_tradeoffs="latency, quality on eval, cost",
                   no_model_tradeoffs="hard negative: one quantised model picked with three reasons")),

    dict(question_id="model_choice", question=MC[0],
         answer="small one if speed matters like autocomplete, Claude if the thing has to read a lot of text at once, that's that's pretty much my rule",
         labels=dict(model_tradeoffs=2, communication=1, researcher_framing=0, just_prompt_engineering=0, no_model_tradeoffs=0),
         note=dict(model_tradeoffs="latency, context", communication="short rule of thumb",
                   no_model_tradeoffs="speed versus input length")),

    dict(question_id="model_choice", question=MC[1],
         answer=("uh we literally just ran all three over our eval set it was like three hundred support tickets and we scored them "
                 "with a judge and a human looked at the disagreements and GPT-4o and Claude were basically tied and the small one was "
                 "like fifteen points lower so then it came down to price and latency between the two big ones and Claude was a bit "
                 "slower for us so we went GPT-4o"),
         labels=dict(model_tradeoffs=2, communication=2, researcher_framing=0, just_prompt_engineering=0, no_model_tradeoffs=0),
         note=dict(model_tradeoffs="quality on own eval, price, latency",
                   no_model_tradeoffs="eval over three models, then price and latency")),

    dict(question_id="model_choice", question=MC[2],
         answer=("I know the instinct is like just go biggest but we did that and we kept hitting rate limits at peak and the p95 was "
                 "like four seconds so we dropped to the smaller model for most calls and it's way cheaper and honestly the quality is "
                 "fine for what it does"),
         labels=dict(model_tradeoffs=2, communication=2, researcher_framing=0, just_prompt_engineering=0, no_model_tradeoffs=0),
         note=dict(model_tradeoffs="latency, cost, quality",
                   no_model_tradeoffs="hard negative: names 'just go biggest' as the instinct and rejects it")),

    dict(question_id="model_choice", question=MC[3],
         answer=("so we have a lot of users in like Brazil and Indonesia and um the small models were kind of bad at Portuguese like "
                 "the grammar was off so that ruled them out for the user facing part but we still use one for the internal tagging "
                 "because it's cheap and it only needs English"),
         labels=dict(model_tradeoffs=2, communication=2, researcher_framing=0, just_prompt_engineering=0, no_model_tradeoffs=0),
         note=dict(model_tradeoffs="multilingual capability, cost; split by task",
                   no_model_tradeoffs="language quality against cost")),

    # ------------------------------------------------------------ other questions
    dict(question_id="role_definition", question=RD[2],
         answer=("uh so honestly like I think it's mostly prompt engineering like you're you're figuring out how to talk to the model "
                 "and getting it to do the thing and data scientists are more like the math people you know stats and so on"),
         labels=dict(role_understanding=1, communication=1, researcher_framing=0, just_prompt_engineering=1),
         note=dict(role_understanding="vague; DS contrast is only 'math people'",
                   just_prompt_engineering="'mostly prompt engineering'")),

    dict(question_id="role_definition", question=RD[3],
         answer=("okay so like the way I see it a data scientist is running experiments and they care about like is the accuracy good "
                 "is it significant and an ML engineer takes a model and makes it run in production like serving retraining watching for "
                 "drift and the AI engineer is kind of the next layer out where you don't train anything you take GPT or Claude or Llama "
                 "and you build the actual product on it so RAG agents prompts evals and you're measured on like are users actually "
                 "getting value did the support tickets go down that kind of thing"),
         labels=dict(role_understanding=3, communication=2, researcher_framing=0, just_prompt_engineering=0),
         note=dict(role_understanding="FM products, contrasts DS (experiments, accuracy) and MLE (serving, retraining, drift), user outcomes",
                   communication="unpunctuated but complete, one example",
                   researcher_framing="hard negative: 'you don't train anything'",
                   just_prompt_engineering="hard negative: prompts one item among RAG, agents, evals")),

    dict(question_id="shipped_system", question=SS[2],
         answer=("so the thing I'm proudest of is um I trained a transformer from scratch for protein sequences during my PhD and we "
                 "got state of the art on two benchmarks and it's used in production, well, I mean other labs use it, so that's kind "
                 "of shipped"),
         labels=dict(production_substance=0, communication=2, researcher_framing=1, just_prompt_engineering=0),
         note=dict(production_substance="no production concern",
                   researcher_framing="transformer trained from scratch, success = benchmarks")),

    dict(question_id="production_reliability", question=PR[1],
         answer=("so we have like a golden set of about four hundred questions and every time someone changes a prompt or the retriever "
                 "CI runs it and an LLM judge scores it and if it drops more than two points the merge is blocked and then in prod we log "
                 "every call with the tokens and the latency and the cost in Langfuse and there's an alert if p95 goes over like three "
                 "seconds and um when the model returns broken JSON we retry once and then fall back to a canned answer and there's a "
                 "PII filter that redacts stuff before it gets logged"),
         labels=dict(production_substance=3, communication=2, researcher_framing=0, just_prompt_engineering=0),
         note=dict(production_substance="golden set + judge in CI, cost/latency tracing and alerts, retry + fallback, PII redaction",
                   communication="concrete but unstructured speech")),

    dict(question_id="production_reliability", question=PR[2],
         answer=("um mostly I just I watch what people are asking and if the answers look off I go back and tweak the prompt like add "
                 "another rule or an example and redeploy that's kind of it"),
         labels=dict(production_substance=0, communication=1, researcher_framing=0, just_prompt_engineering=1),
         note=dict(production_substance="informal watching and prompt edits only",
                   just_prompt_engineering="fixing = tweaking the prompt, nothing else")),
]
