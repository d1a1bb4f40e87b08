"""Part b, style `spoken`: shipped_system answers (transcribed speech)."""
from _questions import SS

ENTRIES = [
    dict(question_id="shipped_system", question=SS[0],
         answer="so the thing I'm proudest of, um, is I built a transformer from scratch for, uh, named entity recognition on clinical notes. wrote the whole thing in PyTorch, the tokenizer too, trained it on about two hundred thousand notes, got F1 of 0.89 which beat the BiLSTM baseline. it was for my thesis so it didn't, uh, technically go to production but the hospital was interested",
         labels=dict(production_substance=0, communication=2, researcher_framing=1, just_prompt_engineering=0),
         note=dict(production_substance="model only, never in production",
                   researcher_framing="built and trained a transformer from scratch, success = F1 vs baseline")),

    dict(question_id="shipped_system", question=SS[5],
         answer="yeah so at my last job I built a um a customer email responder basically I wrote a really good prompt like it was about two pages long with the tone and the policies in it and uh the support team would paste the customer email into ChatGPT with my prompt and copy the reply back and I kept tweaking the prompt whenever they said the answers were off so yeah it saved them a lot of time I think",
         labels=dict(production_substance=0, communication=2, researcher_framing=0, just_prompt_engineering=1),
         note=dict(production_substance="only a prompt pasted into ChatGPT",
                   just_prompt_engineering="the 'system' is a long prompt tweaked on complaints")),

    dict(question_id="shipped_system", question=SS[3],
         answer="okay so um, the main one is a, an internal support assistant at a, uh, a logistics company, around four hundred people. agents ask it stuff and it answers from our wiki and old tickets. and, you know, the prompt was like the least of it honestly. retrieval, we chunked by heading, tried, I think, three embedding models on a set of about two hundred real questions and went with the one that had the best recall, it was like 0.8 versus 0.65. that same set turned into our regression test, runs on every change, and we had an LLM judge check whether the answer was actually supported by the sources. then, uh, guardrails, we strip emails and phone numbers before anything goes out to the API. and if the model times out we retry twice and then fall back to a smaller model, and if retrieval confidence is low it just says I don't know rather than making stuff up. and every call logs cost and latency to Grafana, p95 came down from like nine seconds to under four once we cached embeddings. after three months about a third of questions got resolved without, uh, escalation. which, for context, the tier-two team was drowning before that, so it was a pretty big deal for them",
         labels=dict(production_substance=3, communication=3, researcher_framing=0, just_prompt_engineering=0),
         note=dict(just_prompt_engineering="hard negative: 'the prompt was the least of it', then retrieval, evals, guardrails")),

    dict(question_id="shipped_system", question=SS[1],
         answer="um, so, the big one was at my last startup we, uh, we pretrained our own small language model, like 350M params, on our support logs, initialized from nothing, because the founders wanted to own the model. took me, uh, a good four months of tuning the learning rate and the data mix. the perplexity got really good. I think it eventually got, um, used in a demo for investors",
         labels=dict(production_substance=0, communication=2, researcher_framing=1, just_prompt_engineering=0),
         note=dict(researcher_framing="paraphrase: pretrained own 350M model initialized from nothing, success = perplexity")),

    dict(question_id="shipped_system", question=SS[6],
         answer="so I did a, uh, a product description generator for an e-commerce client. the, the whole trick was getting the wording right, you know, I gave it a persona, like 'you're a copywriter for a premium outdoor brand', gave it three example descriptions, and told it to keep it under eighty words. after, I don't know, thirty versions of that it was really good and they put it live on the site",
         labels=dict(production_substance=0, communication=2, researcher_framing=0, just_prompt_engineering=1),
         note=dict(just_prompt_engineering="paraphrase: whole trick was the wording, persona and examples")),

    dict(question_id="shipped_system", question=SS[2],
         answer="so, um, not going to pretend I trained anything fancy, I didn't train a model from scratch or anything, the model was GPT-4o through Azure. what I built was a, uh, meeting notes summarizer for our sales team. the interesting parts were, um, the transcripts are long so we had to split them and summarize in pieces and then merge, and we had a little eval set of like fifty meetings where the sales managers had written the ideal summary and we compared against that each time we changed something. it's used by about sixty people now",
         labels=dict(production_substance=2, communication=2, researcher_framing=0, just_prompt_engineering=0),
         note=dict(production_substance="chunking long transcripts + 50-meeting eval set",
                   researcher_framing="hard negative: 'I didn't train a model from scratch'")),

    dict(question_id="shipped_system", question=SS[7],
         answer="honestly most of my, my production work has been prompt engineering. like we had a chatbot for a gym chain, for booking classes and FAQs, and I'd spend my days rewriting the system prompt, adding rules like 'never promise refunds'. the devs handled everything else. we, um, we had a moderation thing on it I think but I didn't touch that",
         labels=dict(production_substance=1, communication=2, researcher_framing=0, just_prompt_engineering=1),
         note=dict(production_substance="moderation mentioned in passing",
                   just_prompt_engineering="own production work = rewriting the system prompt")),

    dict(question_id="shipped_system", question=SS[4],
         answer="so uh my main project was research really, I, um, designed a new attention mechanism for time series forecasting, published it at a workshop, and then the company tried to use it for, uh, demand forecasting, and we had a basic dashboard to check the error each week. but my part was the model itself. it was, um, a really fun year honestly",
         labels=dict(production_substance=1, communication=2, researcher_framing=1, just_prompt_engineering=0),
         note=dict(production_substance="weekly error dashboard in passing",
                   researcher_framing="own work = designing and publishing a new attention mechanism")),

    dict(question_id="shipped_system", question=SS[0],
         answer="um, we shipped a, a SQL assistant, so analysts type a question in English and get a query. and yeah you can, people think it's all prompt engineering and sure there's a prompt with the schema in it, but the real work was validating the SQL before running it, like, we parse it, we block anything that isn't a SELECT, and, uh, we had a test set of a hundred and twenty questions with known-correct queries that we ran on every release",
         labels=dict(production_substance=2, communication=3, researcher_framing=0, just_prompt_engineering=0),
         note=dict(production_substance="output validation/blocking + 120-question release test set",
                   just_prompt_engineering="hard negative: 'people think it's all prompt engineering' then validation and tests")),

    dict(question_id="shipped_system", question=SS[3],
         answer="um, yeah, I, so my thing was getting our in-house language model to the top of the, uh, the internal leaderboard, we went from like 61 to 64 on the reasoning eval by changing the data mixture, more code, less web text. it's, uh, being used somewhere I think, another team picked it up, but I didn't follow what they did with it",
         labels=dict(production_substance=0, communication=2, researcher_framing=1, just_prompt_engineering=0),
         note=dict(researcher_framing="paraphrase: success = in-house model's leaderboard score via data mixture")),

    dict(question_id="shipped_system", question=SS[6],
         answer="uh I made a bot for our Slack that answers HR questions I basically just told it like in plain English what the policies are and how to talk and kept rewording it until HR was happy um it's been up since January and people use it for like vacation days and stuff yeah HR said it cut down their Slack pings a lot but I don't know by how much",
         labels=dict(production_substance=0, communication=1, researcher_framing=0, just_prompt_engineering=1),
         note=dict(just_prompt_engineering="paraphrase: told it the policies in plain English, kept rewording")),

    dict(question_id="shipped_system", question=SS[1],
         answer="so my background's actually a PhD in, uh, speech models, but I'll talk about something I shipped, not my thesis. at my current job we built a, um, call-center QA tool, it listens to recorded calls, transcribes them with Whisper, and then Claude scores the call against a checklist. it runs on every call now, something like four thousand a day. the parts that took time: first the evals, we had two QA leads label three hundred calls and we tracked agreement between the model and them. and, um, to be fair, the first version was bad, agreement was like seventy percent, the checklist items were too vague, so we rewrote them with the QA leads and that's what got us to about 88. second, PII, we redact card numbers and addresses from the transcript before it goes to the API, that was a legal requirement. third, cost, a call is long, so we log tokens per call and we moved the first pass to Haiku which cut cost by like seventy percent. and, uh, if the output doesn't parse as our JSON schema we retry once and otherwise flag it for a human",
         labels=dict(production_substance=3, communication=3, researcher_framing=0, just_prompt_engineering=0),
         note=dict(researcher_framing="hard negative: mentions PhD only to set it aside for a shipped system")),

    dict(question_id="shipped_system", question=SS[5],
         answer="I did prompt engineering for a, um, a marketing content thing. mostly prompts. yeah it went live last year",
         labels=dict(production_substance=0, communication=1, researcher_framing=0, just_prompt_engineering=1),
         note=dict(just_prompt_engineering="'mostly prompts'")),

    dict(question_id="shipped_system", question=SS[2],
         answer="so, uh, I trained a GAN from scratch to generate synthetic, um, product photos, like the whole thing, generator, discriminator, the training tricks, and it got a pretty good FID score, I think 18 or so. it's not exactly, it was more of a research prototype but the design team played with it. I still have the samples somewhere, on a hard drive, I think",
         labels=dict(production_substance=0, communication=2, researcher_framing=1, just_prompt_engineering=0),
         note=dict(researcher_framing="GAN trained from scratch, research prototype, success = FID")),

    dict(question_id="shipped_system", question=SS[7],
         answer="um so I built a chatbot on our docs for uh for customers using LangChain and Pinecone and you know it answers questions about our API it went live in March people seem to like it we get um some thumbs up I haven't really looked at the numbers since launch to be honest it was kind of a side project my manager asked for",
         labels=dict(production_substance=1, communication=2, researcher_framing=0, just_prompt_engineering=0),
         note=dict(production_substance="retrieval named in passing")),

    dict(question_id="shipped_system", question=SS[4],
         answer="okay, so, I didn't, uh, it wasn't research, it was a pretty practical thing. a, um, invoice extraction pipeline, PDFs come in, GPT-4o pulls out the fields. and it's not, like, a prompt and done, the annoying part was, the model would sometimes return a date in the wrong format or make up an invoice number, so we validated every field against rules and retried, and if it still failed it went to a person. we also tracked the, uh, the manual correction rate per week, started at like 15 percent and got it down to 4",
         labels=dict(production_substance=2, communication=3, researcher_framing=0, just_prompt_engineering=0),
         note=dict(production_substance="validation + retries + human fallback, correction-rate tracking",
                   researcher_framing="hard negative: 'it wasn't research'",
                   just_prompt_engineering="hard negative: 'not a prompt and done'")),

    dict(question_id="shipped_system", question=SS[0],
         answer="so we, uh, we grew our own code model, um, took the weights from random init, ran it over the whole company monorepo plus github data, a couple of months on the cluster. then we wired it into the IDE plugin and, uh, tracked latency because it was kinda slow. but mostly I was on the, the pretraining side, the loss curves",
         labels=dict(production_substance=1, communication=2, researcher_framing=1, just_prompt_engineering=0),
         note=dict(production_substance="latency tracking in passing",
                   researcher_framing="paraphrase: grew own code model from random init, own focus on loss curves")),

    dict(question_id="shipped_system", question=SS[3],
         answer="so the one that shipped was a, um, a résumé screening helper for our recruiters. my job on it was basically prompt engineering, I'd rewrite the prompt, check a few outputs by eye, rewrite it again. at some point we added, um, retries because the API kept timing out, but that was the backend guy. otherwise it was just the prompt",
         labels=dict(production_substance=1, communication=2, researcher_framing=0, just_prompt_engineering=1),
         note=dict(production_substance="retries mentioned in passing, someone else's work",
                   just_prompt_engineering="own job 'basically prompt engineering', 'just the prompt'")),

    dict(question_id="shipped_system", question=SS[6],
         answer="yeah so, um, let me talk about the travel agent bot. so it's an agent, it can search flights and hotels through our internal APIs and, uh, hold a booking. a few things we had to get right. evaluation, we built, um, about eighty scripted conversations, like multi-turn, and we run them nightly and an LLM judge checks if the agent called the right tools with the right arguments, plus we have a human look at twenty random real conversations each week. then safety, because it can hold bookings, there's a hard limit, it can't confirm a payment without the user clicking, and we had to deal with prompt injection from, uh, hotel descriptions, funnily enough, so tool outputs get wrapped and the model's told to treat them as data. error handling, every tool call has a timeout and a retry, and if the flight API is down it tells the user instead of hallucinating a flight. and we track cost per conversation, which was, um, around eleven cents on average. conversion on bot-assisted bookings is roughly two points higher than the normal funnel. sorry, that was a lot, I, I get excited about this one",
         labels=dict(production_substance=3, communication=3, researcher_framing=0, just_prompt_engineering=0)),

    dict(question_id="shipped_system", question=SS[2],
         answer="uh I mean I haven't shipped anything as such, I'm more on the research side, I mostly train models and run experiments on benchmarks",
         labels=dict(production_substance=0, communication=1, researcher_framing=1, just_prompt_engineering=0),
         note=dict(researcher_framing="self-described research: training models, benchmark experiments")),

    dict(question_id="shipped_system", question=SS[5],
         answer="so um, for a law firm I set up a, a contract summary thing, and honestly what made it work was just the way we asked. like 'you are a senior associate, summarize in five bullets, cite the clause number', plus two sample summaries, and we kept refining those words. there's a, uh, a cap on how many they can run a day for cost but that's about it",
         labels=dict(production_substance=1, communication=2, researcher_framing=0, just_prompt_engineering=1),
         note=dict(production_substance="daily cost cap in passing",
                   just_prompt_engineering="paraphrase: 'what made it work was the way we asked'")),

    dict(question_id="shipped_system", question=SS[4],
         answer="so, people sometimes expect me to say, uh, I built my own model, and I actually wanted to, but we didn't, we used Claude. the thing was a, um, a knowledge base search for field technicians. we did the RAG part with, uh, pgvector and we tuned the chunk size a few times, and we had an eval set of questions the senior techs wrote. that's about it, it's live for maybe two hundred techs",
         labels=dict(production_substance=2, communication=2, researcher_framing=0, just_prompt_engineering=0),
         note=dict(production_substance="retrieval (pgvector, chunk size) + eval set",
                   researcher_framing="hard negative: 'people expect me to say I built my own model', but didn't")),

    dict(question_id="shipped_system", question=SS[1],
         answer="um, I worked on a, an email triage classifier with an LLM, it reads incoming emails and routes them. and the prompt was, the prompt was one bit, but we also, like, put a fallback in, if the model's unsure it goes to the general queue, and we, uh, logged every routing decision so we could check accuracy weekly against what the humans re-routed",
         labels=dict(production_substance=2, communication=2, researcher_framing=0, just_prompt_engineering=0),
         note=dict(production_substance="fallback queue + logging checked weekly against human re-routes",
                   just_prompt_engineering="hard negative: 'the prompt was one bit', plus fallback and monitoring")),
]
