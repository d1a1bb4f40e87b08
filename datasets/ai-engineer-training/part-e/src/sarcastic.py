"""Part e, style `sarcastic`: ironic, deadpan or mocking answers, 20 model_choice
answers and 5 on the other questions.

Mocking a flagged stance does not by itself clear no_model_tradeoffs: the flag is
about whether two dimensions are weighed, so an answer that mocks hype and then
weighs nothing stays raised. Note prefixes as in nonnative.py.
"""
from _questions import MC, RD, SS, PR

STYLE = "sarcastic"

ENTRIES = [
    # ------------------------------------------------------------ model_choice, raised
    dict(question_id="model_choice", question=MC[0],
         answer=("Whichever one my LinkedIn feed is most excited about this week, obviously. Ten thousand 'this changes everything' "
                 "posts can't be wrong."),
         labels=dict(model_tradeoffs=0, communication=1, researcher_framing=0, just_prompt_engineering=0, no_model_tradeoffs=1),
         note=dict(model_tradeoffs="hype, no dimension", communication="quip, no content",
                   no_model_tradeoffs="paraphrase: picks by hype; the irony offers no criteria either")),

    dict(question_id="model_choice", question=MC[1],
         answer="GPT-4o. Why? Because it's GPT-4o. Next question.",
         labels=dict(model_tradeoffs=0, communication=1, researcher_framing=0, just_prompt_engineering=0, no_model_tradeoffs=1),
         note=dict(model_tradeoffs="no reason", communication="dismissive one-liner",
                   no_model_tradeoffs="names one model, circular reason")),

    dict(question_id="model_choice", question=MC[2],
         answer=("Honestly they're all the same autocomplete with different logos. The magic is in the prompt, which is why I get paid. "
                 "Pick any, I'll prompt it into shape."),
         labels=dict(model_tradeoffs=0, communication=1, researcher_framing=0, just_prompt_engineering=1, no_model_tradeoffs=1),
         note=dict(model_tradeoffs="'all the same'", communication="quip, no example",
                   just_prompt_engineering="'the magic is in the prompt, which is why I get paid'",
                   no_model_tradeoffs="'all the same autocomplete with different logos'")),

    dict(question_id="model_choice", question=MC[3],
         answer=("I just wait for the next release announcement, because clearly the model from six weeks ago is a fossil. Newest wins, "
                 "every time."),
         labels=dict(model_tradeoffs=0, communication=1, researcher_framing=0, just_prompt_engineering=0, no_model_tradeoffs=1),
         note=dict(model_tradeoffs="newest", communication="quip",
                   no_model_tradeoffs="'newest wins, every time'")),

    dict(question_id="model_choice", question=MC[4],
         answer="It depends. That's the answer, right? That's what you want to hear? It depends. On stuff. Things.",
         labels=dict(model_tradeoffs=0, communication=1, researcher_framing=0, just_prompt_engineering=0, no_model_tradeoffs=1),
         note=dict(model_tradeoffs="no criteria", communication="no content",
                   no_model_tradeoffs="'it depends' without saying on what, mocked but never filled in")),

    dict(question_id="model_choice", question=MC[5],
         answer="Whatever finance won't yell at me about. Which is always the cheapest one. So, small open model. Next question.",
         labels=dict(model_tradeoffs=1, communication=1, researcher_framing=0, just_prompt_engineering=0, no_model_tradeoffs=1),
         note=dict(model_tradeoffs="cost only", communication="quip",
                   no_model_tradeoffs="one dimension: 'always the cheapest one'")),

    dict(question_id="model_choice", question=MC[6],
         answer=("Ah, the tradeoff question. Cost, latency, context window, blah blah, everyone's got the slide. In reality you use "
                 "whatever your company has a contract with and get on with your life."),
         labels=dict(model_tradeoffs=0, communication=2, researcher_framing=0, just_prompt_engineering=0, no_model_tradeoffs=1),
         note=dict(model_tradeoffs="recites the dimensions mockingly, applies none",
                   no_model_tradeoffs="paraphrase: dismisses the dimensions as a slide, picks by existing contract")),

    dict(question_id="model_choice", question=MC[7],
         answer=("I trust the leaderboard. Sure, everyone games it, but it's still a number, and managers love numbers. Top spot gets the "
                 "job."),
         labels=dict(model_tradeoffs=1, communication=1, researcher_framing=0, just_prompt_engineering=0, no_model_tradeoffs=1),
         note=dict(model_tradeoffs="capability via leaderboard only", communication="quip",
                   no_model_tradeoffs="leaderboard rank is the only reason")),

    dict(question_id="model_choice", question=MC[8],
         answer="Claude. I'm not explaining my relationship with Claude to you. We've been through a lot together.",
         labels=dict(model_tradeoffs=0, communication=1, researcher_framing=0, just_prompt_engineering=0, no_model_tradeoffs=1),
         note=dict(model_tradeoffs="attachment, no reason", communication="joke",
                   no_model_tradeoffs="paraphrase: brand loyalty as a relationship")),

    dict(question_id="model_choice", question=MC[9],
         answer=("GPT-4o, Claude, Gemini, Llama, Mistral, Qwen, DeepSeek, Phi, and whatever launched while I was saying this. Take your "
                 "pick, they're all great, apparently."),
         labels=dict(model_tradeoffs=0, communication=1, researcher_framing=0, just_prompt_engineering=0, no_model_tradeoffs=1),
         note=dict(model_tradeoffs="list, no criteria", communication="list and quip",
                   no_model_tradeoffs="list of models with no criteria, 'take your pick'")),

    # ------------------------------------------------------------ model_choice, not raised
    dict(question_id="model_choice", question=MC[10],
         answer=("Step one: resist the urge to use the most expensive model for a feature that sorts emails into three folders. Step "
                 "two: notice the small model does it in 50 ms, equally well, for a rounding error of the price. Step three: enjoy your "
                 "weekend."),
         labels=dict(model_tradeoffs=2, communication=2, researcher_framing=0, just_prompt_engineering=0, no_model_tradeoffs=0),
         note=dict(model_tradeoffs="latency, capability, cost",
                   no_model_tradeoffs="hard negative: mocks defaulting to the most expensive model, weighs speed, quality, price")),

    dict(question_id="model_choice", question=MC[11],
         answer=("Sure, let's send our customers' medical records to whichever API is trendy. Or, wild idea, we self-host a small model "
                 "so legal doesn't have a stroke, accept it's a bit dumber on the hard cases, and route those to Claude after stripping "
                 "the identifiers."),
         labels=dict(model_tradeoffs=2, communication=2, researcher_framing=0, just_prompt_engineering=0, no_model_tradeoffs=0),
         note=dict(model_tradeoffs="privacy, capability; routing",
                   no_model_tradeoffs="hard negative: mocks picking whatever is trendy, weighs privacy against capability")),

    dict(question_id="model_choice", question=MC[0],
         answer=("Everyone loves 'the model doesn't matter' until the small one has to read a 90-page contract with an 8k context window. "
                 "Then suddenly it matters, and so does the fact that Claude costs more per call, so you only send it the long ones."),
         labels=dict(model_tradeoffs=2, communication=2, researcher_framing=0, just_prompt_engineering=0, no_model_tradeoffs=0),
         note=dict(model_tradeoffs="context, cost; routing by length",
                   no_model_tradeoffs="hard negative: quotes 'the model doesn't matter' to reject it")),

    dict(question_id="model_choice", question=MC[1],
         answer=("Yes, GPT-4o is brilliant. It is also brilliantly priced. For a feature with 5 million calls a month and a user staring "
                 "at a spinner, 'brilliant' loses to 'cheap and fast enough', which on our test set was the 8B model."),
         labels=dict(model_tradeoffs=2, communication=3, researcher_framing=0, just_prompt_engineering=0, no_model_tradeoffs=0),
         note=dict(model_tradeoffs="capability, cost, latency; own test set",
                   communication="concrete volume, clear decision",
                   no_model_tradeoffs="hard negative: concedes 'brilliant', then picks the 8B on price, speed and test-set quality")),

    dict(question_id="model_choice", question=MC[2],
         answer=("My favourite model-selection method is the one where you actually measure things. Radical, I know. 200 real inputs, "
                 "three models: score the quality, time each call, multiply tokens by price. Check whether legal lets the data leave at "
                 "all. Then pick the cheapest one that doesn't embarrass us, and keep a backup for when the provider has its monthly "
                 "outage."),
         labels=dict(model_tradeoffs=3, communication=3, researcher_framing=0, just_prompt_engineering=0, no_model_tradeoffs=0),
         note=dict(model_tradeoffs="quality, latency, cost, privacy + own eval, fallback",
                   communication="sarcastic but a concrete procedure",
                   no_model_tradeoffs="four dimensions and a procedure")),

    dict(question_id="model_choice", question=MC[3],
         answer=("Fun fact: 'we'll just use the biggest model' turns into 'why is our cloud bill a mortgage' in about a month. Use the "
                 "small one where it's good enough, the big one where it isn't, and measure which is which."),
         labels=dict(model_tradeoffs=2, communication=2, researcher_framing=0, just_prompt_engineering=0, no_model_tradeoffs=0),
         note=dict(model_tradeoffs="cost, capability; measured routing",
                   no_model_tradeoffs="hard negative: quotes 'just use the biggest model' as a mistake")),

    dict(question_id="model_choice", question=MC[4],
         answer="Cheap and fast? Small model. Long inputs? Claude. Done.",
         labels=dict(model_tradeoffs=2, communication=1, researcher_framing=0, just_prompt_engineering=0, no_model_tradeoffs=0),
         note=dict(model_tradeoffs="cost, latency, context", communication="very short",
                   no_model_tradeoffs="three dimensions in nine words")),

    dict(question_id="model_choice", question=MC[5],
         answer=("Nothing builds character like your only LLM provider rate-limiting you during a launch. So: two providers behind one "
                 "interface, pick per endpoint on measured quality and price, and a small open model we host ourselves as the last "
                 "resort."),
         labels=dict(model_tradeoffs=2, communication=2, researcher_framing=0, just_prompt_engineering=0, no_model_tradeoffs=0),
         note=dict(model_tradeoffs="quality, price; fallback; rate limits not counted",
                   no_model_tradeoffs="measured quality and price per endpoint")),

    dict(question_id="model_choice", question=MC[6],
         answer=("The small model speaks fluent English and enthusiastic nonsense in Turkish. Our users are in Istanbul. So we pay GPT-4o "
                 "prices for Turkish and keep the cheap model for the English admin tools. Shocking, I know."),
         labels=dict(model_tradeoffs=2, communication=2, researcher_framing=0, just_prompt_engineering=0, no_model_tradeoffs=0),
         note=dict(model_tradeoffs="multilingual capability, cost; split by use",
                   no_model_tradeoffs="language quality weighed against price")),

    dict(question_id="model_choice", question=MC[7],
         answer=("Ah yes, the leaderboard, where models are ranked on how well they answer riddles. Our feature pulls dates out of "
                 "shipping documents. On our own 300 documents the small model tied GPT-4o and answered in a tenth of the time. I'll take "
                 "that over a riddle score."),
         labels=dict(model_tradeoffs=2, communication=3, researcher_framing=0, just_prompt_engineering=0, no_model_tradeoffs=0),
         note=dict(model_tradeoffs="capability on own data, latency",
                   communication="concrete test and outcome",
                   no_model_tradeoffs="hard negative: mocks leaderboard rank, weighs own-task quality and speed")),

    # ------------------------------------------------------------ other questions
    dict(question_id="role_definition", question=RD[4],
         answer=("Apparently an AI engineer is someone who types 'please' into ChatGPT. In reality it's a software engineer building "
                 "products on foundation models: RAG, evals, agents, all the boring plumbing. Data scientists get to run experiments; ML "
                 "engineers get paged when the model server falls over."),
         labels=dict(role_understanding=2, communication=2, researcher_framing=0, just_prompt_engineering=0),
         note=dict(role_understanding="FM products, contrasts DS and MLE thinly; no user outcomes",
                   just_prompt_engineering="hard negative: mocks 'types please into ChatGPT'")),

    dict(question_id="role_definition", question=RD[5],
         answer=("Everyone's an 'AI engineer' now because they called an API. Real AI engineering is training the model yourself. I "
                 "pretrain my own language models, thanks; data scientists make pie charts."),
         labels=dict(role_understanding=0, communication=2, researcher_framing=1, just_prompt_engineering=0),
         note=dict(role_understanding="misframes the role as training models",
                   researcher_framing="role = training the model yourself; own work = pretraining LMs")),

    dict(question_id="shipped_system", question=SS[4],
         answer=("I shipped a system prompt. Two thousand words of carefully crafted begging. It's in production, it works, mostly, and "
                 "when it doesn't, I add more begging."),
         labels=dict(production_substance=0, communication=2, researcher_framing=0, just_prompt_engineering=1),
         note=dict(production_substance="only the prompt",
                   just_prompt_engineering="paraphrase: the shipped system is a system prompt, fixes = more prompt")),

    dict(question_id="production_reliability", question=PR[3],
         answer=("Step one, don't rely on vibes. We have a regression set of 250 questions that runs on every deploy, and an alert when "
                 "the daily cost jumps, because nothing says 'bug' like a $4k Tuesday."),
         labels=dict(production_substance=2, communication=3, researcher_framing=0, just_prompt_engineering=0),
         note=dict(production_substance="regression eval, cost monitoring",
                   communication="concrete numbers")),

    dict(question_id="production_reliability", question=PR[4],
         answer="Monitoring? I ask the model if it's doing okay. If users complain, I tweak the prompt. Very advanced.",
         labels=dict(production_substance=0, communication=1, researcher_framing=0, just_prompt_engineering=1),
         note=dict(production_substance="no production concern", communication="quip",
                   just_prompt_engineering="fixing = tweaking the prompt")),
]
