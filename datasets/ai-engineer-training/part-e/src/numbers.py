"""Part e, style `numbers`: numbers-heavy answers (prices, milliseconds, scores,
volumes), 20 model_choice answers and 5 on the other questions.

Several raised answers are full of figures but weigh only one dimension, or none;
several non-raised ones are short. Note prefixes as in nonnative.py.
"""
from _questions import MC, RD, SS, PR

STYLE = "numbers"

ENTRIES = [
    # ------------------------------------------------------------ model_choice, raised
    dict(question_id="model_choice", question=MC[0],
         answer=("Numbers first. The feature does about 1.2M calls a month, roughly 1,500 input and 300 output tokens per call. At "
                 "list prices that comes to around $8,000 a month on GPT-4o, about $10,800 on Claude 3.5 Sonnet, and about $430 on a "
                 "hosted 8B model. That's a 20x difference, so the 8B model wins. The spreadsheet decides."),
         labels=dict(model_tradeoffs=1, communication=3, researcher_framing=0, just_prompt_engineering=0, no_model_tradeoffs=1),
         note=dict(model_tradeoffs="cost only, however detailed", communication="concrete figures, answers directly",
                   no_model_tradeoffs="one dimension: a detailed cost calculation and nothing else")),

    dict(question_id="model_choice", question=MC[1],
         answer=("I'd look at the scores. GPT-4o is around 88 on MMLU, Claude 3.5 Sonnet about the same, Llama 3 8B around 66. So the "
                 "big two are 20+ points ahead and I'd take whichever of the two is higher at the time."),
         labels=dict(model_tradeoffs=1, communication=2, researcher_framing=0, just_prompt_engineering=0, no_model_tradeoffs=1),
         note=dict(model_tradeoffs="capability via a public benchmark only",
                   no_model_tradeoffs="benchmark rank is the only reason")),

    dict(question_id="model_choice", question=MC[2],
         answer=("Time to first token is what I benchmark. We measured about 450 ms for GPT-4o, about 600 ms for Claude and about "
                 "60 ms for a local 3B model at p50. Our UX budget is 200 ms, so the local model is the only option and that settles it."),
         labels=dict(model_tradeoffs=1, communication=3, researcher_framing=0, just_prompt_engineering=0, no_model_tradeoffs=1),
         note=dict(model_tradeoffs="latency only", communication="measured numbers, clear decision",
                   no_model_tradeoffs="one dimension: latency measured precisely, nothing else weighed")),

    dict(question_id="model_choice", question=MC[3],
         answer=("GPT-4 is rumoured at around 1.8T parameters as a mixture of experts, Claude is undisclosed but similar scale, and a "
                 "small open model is 7 or 8B. That's a 200x gap in parameters, and more parameters means more knowledge. I'd never ship "
                 "the 8B in a product."),
         labels=dict(model_tradeoffs=0, communication=2, researcher_framing=0, just_prompt_engineering=0, no_model_tradeoffs=1),
         note=dict(model_tradeoffs="parameter count taken as quality",
                   no_model_tradeoffs="paraphrase: 'more parameters means more knowledge', i.e. always the biggest")),

    dict(question_id="model_choice", question=MC[4],
         answer=("We ran all three on 400 labelled examples: GPT-4o 91.2%, Claude 90.4%, Llama 3 8B 78.9%. Highest accuracy wins, so "
                 "GPT-4o. That's the whole method: measure, take the top number."),
         labels=dict(model_tradeoffs=1, communication=3, researcher_framing=0, just_prompt_engineering=0, no_model_tradeoffs=1),
         note=dict(model_tradeoffs="capability on own eval only; has a procedure but one dimension",
                   communication="concrete figures",
                   no_model_tradeoffs="one dimension: own eval set, but accuracy is the only thing weighed")),

    dict(question_id="model_choice", question=MC[5],
         answer=("About 70% of the startups in our accelerator batch use OpenAI, maybe 20% Anthropic, the rest open source. I'd follow "
                 "the majority: GPT-4o. If that many teams picked it, it's the safe default."),
         labels=dict(model_tradeoffs=0, communication=2, researcher_framing=0, just_prompt_engineering=0, no_model_tradeoffs=1),
         note=dict(model_tradeoffs="market share, no dimension",
                   no_model_tradeoffs="paraphrase: follows the majority of other startups")),

    dict(question_id="model_choice", question=MC[6],
         answer=("We had 2 weeks to ship. I'd use GPT-4o because I've shipped 6 features on it and can set it up in an afternoon."),
         labels=dict(model_tradeoffs=0, communication=2, researcher_framing=0, just_prompt_engineering=0, no_model_tradeoffs=1),
         note=dict(model_tradeoffs="own familiarity and setup time, not one of the dimensions",
                   no_model_tradeoffs="paraphrase: picks what they've used six times before")),

    dict(question_id="model_choice", question=MC[7],
         answer=("In 10 years of engineering I've learned the answer is always 'it depends'. 100% of the time. There is no universal "
                 "model; I'd decide when I see the feature."),
         labels=dict(model_tradeoffs=0, communication=1, researcher_framing=0, just_prompt_engineering=0, no_model_tradeoffs=1),
         note=dict(model_tradeoffs="no criteria", communication="no content beyond 'it depends'",
                   no_model_tradeoffs="'it depends' without saying on what")),

    dict(question_id="model_choice", question=MC[8],
         answer=("Context window is the number I care about: 128k for GPT-4o, 200k for Claude, 8k for a lot of the small open models. "
                 "Bigger window, fewer problems, so Claude."),
         labels=dict(model_tradeoffs=1, communication=2, researcher_framing=0, just_prompt_engineering=0, no_model_tradeoffs=1),
         note=dict(model_tradeoffs="context window only",
                   no_model_tradeoffs="one dimension: context window, 'bigger window, fewer problems'")),

    dict(question_id="model_choice", question=MC[9],
         answer=("Highest version number. GPT-4o replaced GPT-4 Turbo, Claude 3.5 replaced Claude 3, Llama 3 replaced Llama 2. "
                 "Whatever has the latest release date on the day we start, that's our model."),
         labels=dict(model_tradeoffs=0, communication=2, researcher_framing=0, just_prompt_engineering=0, no_model_tradeoffs=1),
         note=dict(model_tradeoffs="newest release, no dimension", no_model_tradeoffs="'latest release date'")),

    # ------------------------------------------------------------ model_choice, not raised
    dict(question_id="model_choice", question=MC[10],
         answer=("For a support-reply drafter: 300-ticket eval set. Acceptable replies: GPT-4o 87%, Claude 3.5 Sonnet 89%, Llama 3 8B "
                 "71%. p95 latency 2.4 s / 3.1 s / 0.4 s. Cost at 600k calls a month: about $5.1k / $6.3k / $600 self-hosted. Inputs "
                 "fit in 16k tokens, so context wasn't a constraint; PII is redacted before the call, so privacy didn't force "
                 "self-hosting. Decision: Claude for drafts, GPT-4o as fallback on Anthropic errors, the 8B for the intent step."),
         labels=dict(model_tradeoffs=3, communication=3, researcher_framing=0, just_prompt_engineering=0, no_model_tradeoffs=0),
         note=dict(model_tradeoffs="quality, latency, cost, context, privacy + eval, routing, fallback",
                   communication="structured, all figures, clear decision",
                   no_model_tradeoffs="all five dimensions measured or checked")),

    dict(question_id="model_choice", question=MC[11],
         answer=("$2.50 vs $3 vs about $0.20 per million input tokens, and 8 s vs 0.5 s for a 1k-token reply. For a batch job that "
                 "runs overnight latency is irrelevant, so price wins: the small model, if it clears 85% on our check set."),
         labels=dict(model_tradeoffs=2, communication=3, researcher_framing=0, just_prompt_engineering=0, no_model_tradeoffs=0),
         note=dict(model_tradeoffs="cost, latency (considered and set aside), quality threshold",
                   communication="concrete figures, clear decision",
                   no_model_tradeoffs="hard negative: one model picked; latency weighed and dismissed for a batch job, price and quality decide")),

    dict(question_id="model_choice", question=MC[0],
         answer=("Our inputs average 90k tokens (whole repositories). That rules out an 8k-context open model without a chunking layer, "
                 "which we estimated at 3 weeks of work. Between GPT-4o (128k) and Claude (200k), Claude's headroom and about 20% better "
                 "score on our code-review set won, even at about 1.2x the cost."),
         labels=dict(model_tradeoffs=2, communication=3, researcher_framing=0, just_prompt_engineering=0, no_model_tradeoffs=0),
         note=dict(model_tradeoffs="context, capability on own set, cost", communication="concrete figures",
                   no_model_tradeoffs="hard negative: one model (Claude) picked with three reasons")),

    dict(question_id="model_choice", question=MC[1],
         answer=("Break-even maths: one A100 at about $2/h is about $1,500 a month and serves our 8B model at about 40 requests a "
                 "second. At our 3M requests a month the API would be about $9k. Add that the data is medical and can't leave our VPC, "
                 "and self-hosting is the clear choice, as long as quality on our 200-case eval stays within 3 points of GPT-4o. It did."),
         labels=dict(model_tradeoffs=2, communication=3, researcher_framing=0, just_prompt_engineering=0, no_model_tradeoffs=0),
         note=dict(model_tradeoffs="cost, privacy, quality on own eval",
                   communication="concrete break-even figures",
                   no_model_tradeoffs="hard negative: self-hosting picked with cost, privacy and quality reasons")),

    dict(question_id="model_choice", question=MC[2],
         answer=("We distilled. GPT-4o labelled 50k examples (about $400), we fine-tuned a 1B model on them, and it matches GPT-4o on 96% "
                 "of our test set at 25 ms and about $0.01 per 1k calls. The big model stays as fallback for low-confidence cases, about "
                 "4% of traffic."),
         labels=dict(model_tradeoffs=2, communication=3, researcher_framing=0, just_prompt_engineering=0, no_model_tradeoffs=0),
         note=dict(model_tradeoffs="capability, latency, cost; fallback",
                   communication="concrete figures",
                   no_model_tradeoffs="distillation weighed on quality, latency and cost")),

    dict(question_id="model_choice", question=MC[3],
         answer=("We route. 72% of queries are FAQ-like and go to a small model (about 30 ms, fractions of a cent); 28% go to Claude. "
                 "The bill dropped 61%, CSAT unchanged at 4.4. The router is a small classifier trained on 5k labelled queries."),
         labels=dict(model_tradeoffs=2, communication=3, researcher_framing=0, just_prompt_engineering=0, no_model_tradeoffs=0),
         note=dict(model_tradeoffs="latency, cost, quality held; routing",
                   communication="concrete outcome figures",
                   no_model_tradeoffs="routes easy requests to the cheap model on cost, speed and quality")),

    dict(question_id="model_choice", question=MC[4],
         answer=("At launch we hit the 10k RPM limit on one provider within an hour. Lesson: model choice includes throughput. Now we "
                 "compare p95 latency under load and $ per 1M tokens, check rate-limit headroom, and keep a second provider at 20% of "
                 "traffic."),
         labels=dict(model_tradeoffs=2, communication=3, researcher_framing=0, just_prompt_engineering=0, no_model_tradeoffs=0),
         note=dict(model_tradeoffs="latency, cost; rate limits not counted as a dimension",
                   communication="concrete incident and figures",
                   no_model_tradeoffs="latency and price weighed, plus rate limits")),

    dict(question_id="model_choice", question=MC[5],
         answer=("Leaderboard gaps of 2-3 points mean nothing for our task. On our 500-row extraction set the 'rank 12' open model "
                 "scored 94% against 95% for GPT-4o, at 1/15 of the price. We took the open model."),
         labels=dict(model_tradeoffs=2, communication=3, researcher_framing=0, just_prompt_engineering=0, no_model_tradeoffs=0),
         note=dict(model_tradeoffs="capability on own set, cost", communication="concrete figures",
                   no_model_tradeoffs="hard negative: rejects leaderboard rank, weighs own-task quality against price")),

    dict(question_id="model_choice", question=MC[6],
         answer=("We serve 11 languages. On our 1,100-sentence multilingual set the 7B open model dropped to 61% on Thai and Polish "
                 "against 88% for GPT-4o, while being about 12x cheaper. So: 7B for EN/DE/FR/ES, GPT-4o for the other 7, routed by "
                 "detected language."),
         labels=dict(model_tradeoffs=2, communication=3, researcher_framing=0, just_prompt_engineering=0, no_model_tradeoffs=0),
         note=dict(model_tradeoffs="multilingual capability, cost; routing", communication="concrete figures",
                   no_model_tradeoffs="per-language quality weighed against price")),

    dict(question_id="model_choice", question=MC[7],
         answer="Under 300 ms and under $0.001 per call: small model. Otherwise Claude.",
         labels=dict(model_tradeoffs=2, communication=2, researcher_framing=0, just_prompt_engineering=0, no_model_tradeoffs=0),
         note=dict(model_tradeoffs="latency, cost", communication="short but concrete thresholds",
                   no_model_tradeoffs="two thresholds decide")),

    # ------------------------------------------------------------ other questions
    dict(question_id="role_definition", question=RD[6],
         answer=("Three numbers sum it up. A data scientist reports accuracy (say 0.91 F1 in an experiment). An ML engineer reports "
                 "uptime and throughput for a model they serve and retrain (99.9%, 2k req/s). An AI engineer reports a user outcome: "
                 "38% of tickets resolved without a human after we shipped a RAG assistant on Claude. We build on existing foundation "
                 "models; no training from scratch."),
         labels=dict(role_understanding=3, communication=3, researcher_framing=0, just_prompt_engineering=0),
         note=dict(role_understanding="FM products (RAG), contrasts DS and MLE, user outcome",
                   communication="structured by metric, concrete",
                   researcher_framing="hard negative: 'no training from scratch'")),

    dict(question_id="shipped_system", question=SS[5],
         answer=("Invoice extraction: 40k documents a month, GPT-4o-mini with JSON schema validation. 3.2% fail validation -> one retry "
                 "-> 0.6% go to a human queue. Eval: 1,000 hand-labelled invoices, field-level F1 0.97, run on every prompt change. Cost "
                 "$0.002 per document tracked per tenant; p95 3.8 s. IBANs are masked before anything is logged."),
         labels=dict(production_substance=3, communication=3, researcher_framing=0, just_prompt_engineering=0),
         note=dict(production_substance="validation + retry + human fallback, eval set, cost/latency, PII masking",
                   communication="concrete figures throughout")),

    dict(question_id="shipped_system", question=SS[0],
         answer=("My main system: a 350M-parameter transformer I pretrained from scratch on 40B tokens of legal text, 3 weeks on 64 "
                 "GPUs. It beat BERT-large by 4.1 F1 on our benchmark and the paper was accepted at ACL."),
         labels=dict(production_substance=0, communication=2, researcher_framing=1, just_prompt_engineering=0),
         note=dict(production_substance="no production concern", communication="concrete but not about shipping",
                   researcher_framing="pretrained from scratch; success = benchmark F1 and a paper")),

    dict(question_id="production_reliability", question=PR[4],
         answer=("We track three numbers daily: thumbs-down rate (baseline 6%, alert at 9%), p95 latency (alert above 4 s) and cost per "
                 "conversation (about $0.03). That's it."),
         labels=dict(production_substance=2, communication=3, researcher_framing=0, just_prompt_engineering=0),
         note=dict(production_substance="user-feedback evaluation, latency and cost monitoring",
                   communication="concrete thresholds")),

    dict(question_id="production_reliability", question=PR[5],
         answer=("I keep a doc with 57 versions of the system prompt. When quality dips I write version 58. Roughly one new version a "
                 "week for 14 months."),
         labels=dict(production_substance=0, communication=2, researcher_framing=0, just_prompt_engineering=1),
         note=dict(production_substance="only prompt versions",
                   just_prompt_engineering="paraphrase: monitoring = writing the next prompt version")),
]
