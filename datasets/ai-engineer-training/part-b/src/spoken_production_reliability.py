"""Part b, style `spoken`: production_reliability answers (transcribed speech)."""
from _questions import PR

ENTRIES = [
    dict(question_id="production_reliability", question=PR[0],
         answer="uh, honestly, when users complain, I go back and tweak the prompt. that's, that's kind of my monitoring, prompt engineering as needed",
         labels=dict(production_substance=0, communication=1, researcher_framing=0, just_prompt_engineering=1),
         note=dict(just_prompt_engineering="monitoring = tweaking the prompt on complaints")),

    dict(question_id="production_reliability", question=PR[2],
         answer="okay so, um, a few layers. before anything ships, there's an eval set, for us it's about three hundred real questions with reference answers, and it runs in CI every time someone changes a prompt or the retriever or bumps the model version, and if the score drops more than a couple points the build fails. so prompts are, you know, versioned like code, they're one piece, not the whole thing. then in production, every call is logged with tokens, cost, latency, the retrieved chunks, and the model version, into, uh, Langfuse in our case, and we've got alerts on p95 latency and on daily spend. quality-wise we sample, like, fifty conversations a week for human review, and an LLM judge scores all of them for faithfulness to the retrieved docs, and we watch the thumbs-down rate. and then guardrails, there's a PII filter on input and a moderation check on output, and we count how often those fire, because a spike usually means something weird is going on, like someone trying prompt injection. and when the provider has an outage we fail over to a second model, and we alert on the fallback rate. it's, uh, it's a lot, but honestly each piece is there because something went wrong at some point",
         labels=dict(production_substance=3, communication=3, researcher_framing=0, just_prompt_engineering=0),
         note=dict(just_prompt_engineering="hard negative: prompts 'one piece, not the whole thing'")),

    dict(question_id="production_reliability", question=PR[5],
         answer="so um, I'd evaluate it the way we did in research, right, you hold out a test set, you compute accuracy and F1, maybe BLEU, and you report it with error bars, proper confidence intervals, not just one number. and, and if the numbers drop you retrain the model from scratch with more data. monitoring, I guess you'd have a dashboard. I haven't done the ops side much honestly",
         labels=dict(production_substance=1, communication=2, researcher_framing=1, just_prompt_engineering=0),
         note=dict(production_substance="offline metrics and a vague dashboard",
                   researcher_framing="evaluation as research practice, retrain from scratch")),

    dict(question_id="production_reliability", question=PR[1],
         answer="so what I do is, um, every week I read through some of the bad outputs and I figure out how to phrase the instructions better, like, add 'always answer in the user's language', or give it another example of a good reply. like last week it kept answering Spanish questions in English, so that's where that line came from. then I redeploy. that's my loop basically",
         labels=dict(production_substance=1, communication=2, researcher_framing=0, just_prompt_engineering=1),
         note=dict(production_substance="reading bad outputs weekly, in passing",
                   just_prompt_engineering="paraphrase: the loop is rephrasing the instructions")),

    dict(question_id="production_reliability", question=PR[7],
         answer="right, so, um, coming from research I used to think evaluation meant a benchmark number, like, you report MMLU and you're done, and that's just not how it works in prod. now it's more like, we have a set of real user queries we replay every night, and we track, uh, latency and cost per request on a dashboard, with an alert if cost per day jumps",
         labels=dict(production_substance=2, communication=2, researcher_framing=0, just_prompt_engineering=0),
         note=dict(production_substance="nightly replay eval + cost/latency dashboard and alert",
                   researcher_framing="hard negative: contrasts old research benchmark view with production")),

    dict(question_id="production_reliability", question=PR[4],
         answer="I'd say it's mostly prompt engineering even after launch. like, you watch the outputs in the logs, uh, spot something weird, fix the prompt, push it. repeat. I don't think you need a big eval setup for most apps, that feels like, uh, overkill for a startup, we'd never ship anything if we did all that. honestly, the prompt is where the quality comes from",
         labels=dict(production_substance=1, communication=2, researcher_framing=0, just_prompt_engineering=1),
         note=dict(production_substance="logs in passing",
                   just_prompt_engineering="'mostly prompt engineering even after launch'")),

    dict(question_id="production_reliability", question=PR[3],
         answer="um, you can't just, you know, tweak the prompt and hope. we, we keep a golden set of about a hundred questions, and before any change goes out we run it and compare, and we also track, uh, thumbs up thumbs down in the app. that's most of it for us at the moment, we don't have great cost tracking yet",
         labels=dict(production_substance=2, communication=2, researcher_framing=0, just_prompt_engineering=0),
         note=dict(production_substance="golden set before release + user feedback tracking",
                   just_prompt_engineering="hard negative: 'you can't just tweak the prompt and hope'")),

    dict(question_id="production_reliability", question=PR[6],
         answer="so for me, um, the real test is whether the model is moving up on the, the public leaderboards, you know, like if our checkpoint goes from 68 to 71 on the reasoning suite, it's working. and we'd refresh the weights every quarter with a new pretraining run. that's, uh, that's what we always did at the lab and I don't see why a product would be different",
         labels=dict(production_substance=0, communication=2, researcher_framing=1, just_prompt_engineering=0),
         note=dict(production_substance="only the model itself",
                   researcher_framing="paraphrase: success = own checkpoint's leaderboard score, quarterly pretraining")),

    dict(question_id="production_reliability", question=PR[0],
         answer="uh we look at the logs sometimes? and and if there's errors we fix them. it's we don't have a formal thing",
         labels=dict(production_substance=1, communication=1, researcher_framing=0, just_prompt_engineering=0),
         note=dict(production_substance="log checking in passing")),

    dict(question_id="production_reliability", question=PR[2],
         answer="oh, good question, this is probably the part of the job I care most about. so, um, I'll answer with what we actually do on our, uh, our claims assistant. and, to be clear, none of this is the, like, research-style 'report accuracy on a benchmark' thing, it's ops. one, offline evals: two hundred and fifty labelled claims, regression run on every PR, LLM-as-judge for the free-text bits, exact match for the extracted fields. two, online: every request is traced, we log prompt version, model, tokens, cost, latency, and we have dashboards and a PagerDuty alert if error rate goes over two percent or p95 over six seconds. three, safety, there's a PII redactor before the call and an injection classifier on uploaded documents, we review every block it makes for the first month. four, failures, outputs are validated against a pydantic schema, one retry with the error fed back, then a human queue. and every Friday someone reads thirty random conversations and files issues, and those become new eval cases. the whole thing took, um, maybe two months to set up properly, and honestly the first month after launch we were mostly flying blind, so next time I'd, I'd push to have it before launch, not after",
         labels=dict(production_substance=3, communication=3, researcher_framing=0, just_prompt_engineering=0),
         note=dict(researcher_framing="hard negative: explicitly not the research-style benchmark approach")),

    dict(question_id="production_reliability", question=PR[5],
         answer="um basically if it says something dumb I uh add a line to the instructions telling it not to do that so the instructions get longer over time",
         labels=dict(production_substance=0, communication=1, researcher_framing=0, just_prompt_engineering=1),
         note=dict(just_prompt_engineering="paraphrase: only response is adding lines to the instructions")),

    dict(question_id="production_reliability", question=PR[1],
         answer="honestly I'd, I'd approach it like a research problem, um, like, I'd want to study the failure modes and maybe write a paper on it, and I'd retrain the model from scratch on the failure cases so it learns. production monitoring is more the ops team's job I think, I'd hand that off. I'm more interested in the why, like why does it fail, not just how often",
         labels=dict(production_substance=0, communication=2, researcher_framing=1, just_prompt_engineering=0),
         note=dict(researcher_framing="frames it as a research problem, paper, retrain from scratch")),

    dict(question_id="production_reliability", question=PR[4],
         answer="so we had, uh, prompts in version control, but like, that's just hygiene, what actually saved us was, um, logging. every call logged with latency and tokens, and one time we caught a bug where a retry loop was calling the model like six times per request because of a timeout, cost went up 4x overnight, and the alert caught it",
         labels=dict(production_substance=2, communication=3, researcher_framing=0, just_prompt_engineering=0),
         note=dict(production_substance="cost/latency logging with alerts + retry/timeout failure story",
                   just_prompt_engineering="hard negative: prompt versioning is 'just hygiene'")),

    dict(question_id="production_reliability", question=PR[3],
         answer="um, I'd look at the perplexity on a held-out slice, and if it drifts, uh, no wait, if it gets worse, kick off another pretraining run on fresh data",
         labels=dict(production_substance=0, communication=1, researcher_framing=1, just_prompt_engineering=0),
         note=dict(production_substance="model-level perplexity only",
                   researcher_framing="paraphrase: perplexity tracking and new pretraining runs")),

    dict(question_id="production_reliability", question=PR[7],
         answer="prompt engineering, um. like, constantly refining the prompt, that's how you keep it good",
         labels=dict(production_substance=0, communication=1, researcher_framing=0, just_prompt_engineering=1),
         note=dict(just_prompt_engineering="answer is only prompt engineering")),

    dict(question_id="production_reliability", question=PR[6],
         answer="oh man, um, where to start. so it's not, like, just the prompt. we, we have evals, like a test set we run before releases, and an LLM judge, which, uh, we had to calibrate against humans because it was way too nice at first. and then, monitoring, we use, um, Datadog, latency, cost per user, error rates. there's, uh, the moderation API on the outputs because it's a consumer app and we had a, a bit of an incident once. and retries with backoff, and a fallback model when OpenAI's down, which, happens. oh and, uh, retrieval quality, we check if the right docs are coming back, hit rate at five on a labelled set. so yeah that's, that's a lot of it I think",
         labels=dict(production_substance=3, communication=2, researcher_framing=0, just_prompt_engineering=0),
         note=dict(production_substance="evals, monitoring, moderation, retries/fallback, retrieval hit rate",
                   communication="rambling order, but named components",
                   just_prompt_engineering="hard negative: 'not just the prompt'")),

    dict(question_id="production_reliability", question=PR[0],
         answer="well, I'm not going to, like, retrain the model, it's not ours, it's an API. so monitoring is mostly making sure the thing responds, uh, uptime basically. we have a ping that hits it every minute. I guess we'd check the latency too. beyond that I, I'm not really sure what else you'd watch, it's OpenAI's model. I mean, if it's down, we'd hear about it from users pretty fast anyway",
         labels=dict(production_substance=1, communication=2, researcher_framing=0, just_prompt_engineering=0),
         note=dict(production_substance="latency/uptime in passing",
                   researcher_framing="hard negative: 'not going to retrain the model'")),

    dict(question_id="production_reliability", question=PR[2],
         answer="it's not about retraining, nobody retrains GPT. so what's left is the prompt, you know, prompt engineering, you keep a doc of what went wrong and fix the prompt. we have a, a shared Notion page where people paste bad answers, and every couple weeks I go through it and update the prompt. that's basically all there is to it",
         labels=dict(production_substance=1, communication=2, researcher_framing=0, just_prompt_engineering=1),
         note=dict(production_substance="shared page of bad answers, a crude review loop in passing",
                   researcher_framing="hard negative: rejects retraining",
                   just_prompt_engineering="'what's left is the prompt', 'all there is to it'")),

    dict(question_id="production_reliability", question=PR[5],
         answer="um, I, I think people underestimate it, they think it's write a prompt, ship it. but like, you need an eval set, even a small one, fifty examples, and you need to log what it costs, because we had one feature that was, uh, costing like three grand a month and nobody noticed for a while because it was on a team credit card. so yeah, eval and cost, at minimum",
         labels=dict(production_substance=2, communication=2, researcher_framing=0, just_prompt_engineering=0),
         note=dict(production_substance="eval set + cost logging with an example",
                   just_prompt_engineering="hard negative: rejects 'write a prompt, ship it'")),

    dict(question_id="production_reliability", question=PR[1],
         answer="so, um, my instinct from my PhD is you'd want to fine-tune, well, actually train your own model from scratch so you fully understand its behaviour, then you can evaluate it properly on the standard benchmarks. for the app itself, uh, some logging I guess. I'd probably, um, lean on whoever built the backend for that part. I'm, I'm more of a modelling person, I'll admit that",
         labels=dict(production_substance=1, communication=2, researcher_framing=1, just_prompt_engineering=0),
         note=dict(production_substance="logging in passing",
                   researcher_framing="train own model from scratch, evaluate on standard benchmarks")),

    dict(question_id="production_reliability", question=PR[3],
         answer="um, the main lever is the wording, you know? we have a, a tone checker, like, the support leads flag replies that sound robotic, and then I rework how I'm asking the model, add an example reply, maybe tell it to be warmer. it's, it's a bit manual but it works. I, I think that's what monitoring means for a chatbot",
         labels=dict(production_substance=1, communication=2, researcher_framing=0, just_prompt_engineering=1),
         note=dict(production_substance="human flagging in passing",
                   just_prompt_engineering="paraphrase: main lever is the wording, reworking how the model is asked")),

    dict(question_id="production_reliability", question=PR[7],
         answer="okay, um, so three buckets, and I'll say upfront prompts are maybe, like, ten percent of this, and none of it needs us to train anything. quality: we have, uh, a regression suite of four hundred cases, some exact-match, some judged by an LLM with a rubric, and we check the judge against a human-labelled sample every month. retrieval: we log which chunks were retrieved and we have a, a recall@10 metric on a labelled set, because when answers go bad it's usually retrieval, not the model. ops: Grafana dashboards for cost per request and p50/p95 latency per endpoint, alerts on both, and there's a circuit breaker, if the primary model errors three times in a minute we switch to the backup. and guardrails, prompt injection patterns get logged and blocked. um, let me think if I'm missing anything. oh, yeah, last quarter that setup caught a silent regression when the provider updated the model, our judge score dropped from 4.3 to 3.8 overnight. so we pinned the model version after that, and now upgrades go through the same regression suite like any other change, and we write a short note on each one so support knows what changed",
         labels=dict(production_substance=3, communication=3, researcher_framing=0, just_prompt_engineering=0),
         note=dict(researcher_framing="hard negative: 'none of it needs us to train anything'",
                   just_prompt_engineering="hard negative: prompts 'maybe ten percent of this'")),

    dict(question_id="production_reliability", question=PR[4],
         answer="uh, you kind of, you know, keep an eye on it. see if people are happy. make changes when needed",
         labels=dict(production_substance=0, communication=1, researcher_framing=0, just_prompt_engineering=0),
         note=dict(production_substance="no concrete concern")),

    dict(question_id="production_reliability", question=PR[6],
         answer="um, I'd keep a big held-out suite, like MMLU-style multiple choice, and every quarter we'd, uh, grow a new version of the model on the updated corpus and check it beats the last one by a couple of points. and I'd look at the loss curves. we did it that way at my old lab and it, uh, it caught regressions. that's how I'd know it's healthy",
         labels=dict(production_substance=0, communication=2, researcher_framing=1, just_prompt_engineering=0),
         note=dict(production_substance="model-level benchmarks only",
                   researcher_framing="paraphrase: grow new model versions, success = benchmark points, loss curves")),

    dict(question_id="production_reliability", question=PR[0],
         answer="so I'm a big believer that prompt engineering is, uh, ninety percent of it. we do have Sentry for crashes, but for quality it's like, I eyeball outputs and tweak the prompt. I've tried eval frameworks and they, they felt like a lot of ceremony for not much. we're a team of three people, so, um, you kind of pick your battles, right",
         labels=dict(production_substance=1, communication=2, researcher_framing=0, just_prompt_engineering=1),
         note=dict(production_substance="crash tracking in passing",
                   just_prompt_engineering="'prompt engineering is ninety percent of it'")),
]
