"""Part e, style `terse`: one-liners, fragments and bullet lists, 20 model_choice
answers and 5 on the other questions.

Note prefixes as in nonnative.py.
"""
from _questions import MC, RD, SS, PR

STYLE = "terse"

ENTRIES = [
    # ------------------------------------------------------------ model_choice, raised
    dict(question_id="model_choice", question=MC[4],
         answer="GPT-4o.",
         labels=dict(model_tradeoffs=0, communication=1, researcher_framing=0, just_prompt_engineering=0, no_model_tradeoffs=1),
         note=dict(model_tradeoffs="one model, no reason", communication="one word",
                   no_model_tradeoffs="names one model and stops")),

    dict(question_id="model_choice", question=MC[5],
         answer="Claude. Always.",
         labels=dict(model_tradeoffs=0, communication=1, researcher_framing=0, just_prompt_engineering=0, no_model_tradeoffs=1),
         note=dict(model_tradeoffs="brand loyalty", communication="two words",
                   no_model_tradeoffs="paraphrase: brand loyalty ('Always')")),

    dict(question_id="model_choice", question=MC[6],
         answer="- GPT-4o\n- Claude 3.5 Sonnet\n- Llama 3 8B\n- Mistral 7B\n- Phi-3 mini",
         labels=dict(model_tradeoffs=0, communication=1, researcher_framing=0, just_prompt_engineering=0, no_model_tradeoffs=1),
         note=dict(model_tradeoffs="list of models, no criteria", communication="bare list",
                   no_model_tradeoffs="list of models with no criteria and no choice")),

    dict(question_id="model_choice", question=MC[7],
         answer="Biggest available. Bigger = better.",
         labels=dict(model_tradeoffs=0, communication=1, researcher_framing=0, just_prompt_engineering=0, no_model_tradeoffs=1),
         note=dict(model_tradeoffs="size as the only argument", communication="fragment",
                   no_model_tradeoffs="'biggest available'")),

    dict(question_id="model_choice", question=MC[8],
         answer="Top of the Chatbot Arena that week.",
         labels=dict(model_tradeoffs=1, communication=1, researcher_framing=0, just_prompt_engineering=0, no_model_tradeoffs=1),
         note=dict(model_tradeoffs="capability via public leaderboard only", communication="fragment",
                   no_model_tradeoffs="paraphrase: leaderboard position is the only reason")),

    dict(question_id="model_choice", question=MC[9],
         answer="Doesn't matter. Prompt matters.",
         labels=dict(model_tradeoffs=0, communication=1, researcher_framing=0, just_prompt_engineering=1, no_model_tradeoffs=1),
         note=dict(model_tradeoffs="model declared irrelevant", communication="fragment",
                   just_prompt_engineering="'prompt matters', nothing else",
                   no_model_tradeoffs="'doesn't matter'")),

    dict(question_id="model_choice", question=MC[10],
         answer="Depends on the use case.",
         labels=dict(model_tradeoffs=0, communication=1, researcher_framing=0, just_prompt_engineering=0, no_model_tradeoffs=1),
         note=dict(model_tradeoffs="no criteria", communication="one line",
                   no_model_tradeoffs="'depends' without saying on what")),

    dict(question_id="model_choice", question=MC[11],
         answer="Cheapest per token. Nothing else matters at our volume.",
         labels=dict(model_tradeoffs=1, communication=1, researcher_framing=0, just_prompt_engineering=0, no_model_tradeoffs=1),
         note=dict(model_tradeoffs="cost only", communication="one line",
                   no_model_tradeoffs="one dimension: cost, 'nothing else matters'")),

    dict(question_id="model_choice", question=MC[0],
         answer="Whatever procurement already approved. Currently Azure OpenAI.",
         labels=dict(model_tradeoffs=0, communication=1, researcher_framing=0, just_prompt_engineering=0, no_model_tradeoffs=1),
         note=dict(model_tradeoffs="defers to procurement", communication="one line",
                   no_model_tradeoffs="paraphrase: whatever procurement approved")),

    dict(question_id="model_choice", question=MC[1],
         answer="Tradeoffs: cost, latency, context, quality. Pick GPT-4o.",
         labels=dict(model_tradeoffs=0, communication=1, researcher_framing=0, just_prompt_engineering=0, no_model_tradeoffs=1),
         note=dict(model_tradeoffs="dimensions listed as words, none applied to the options",
                   communication="fragment",
                   no_model_tradeoffs="lists the dimensions as a heading, weighs none of them; GPT-4o with no reason")),

    # ------------------------------------------------------------ model_choice, not raised
    dict(question_id="model_choice", question=MC[2],
         answer="Small model: cheaper and faster.",
         labels=dict(model_tradeoffs=2, communication=1, researcher_framing=0, just_prompt_engineering=0, no_model_tradeoffs=0),
         note=dict(model_tradeoffs="cost, latency", communication="one line",
                   no_model_tradeoffs="hard negative: one model picked with two reasons, in five words")),

    dict(question_id="model_choice", question=MC[3],
         answer="Claude for 100k-token inputs; small open model for anything that has to answer under 50 ms.",
         labels=dict(model_tradeoffs=2, communication=2, researcher_framing=0, just_prompt_engineering=0, no_model_tradeoffs=0),
         note=dict(model_tradeoffs="context, latency", communication="short but concrete",
                   no_model_tradeoffs="input length versus latency")),

    dict(question_id="model_choice", question=MC[4],
         answer=("- Constraints: p95 < 800 ms, ~2M calls/month, inputs up to 30k tokens, no PII off-prem\n"
                 "- Eval: 250 labelled cases, all three models\n"
                 "- Pick: cheapest that passes quality + latency\n"
                 "- Fallback: second provider behind a flag"),
         labels=dict(model_tradeoffs=3, communication=3, researcher_framing=0, just_prompt_engineering=0, no_model_tradeoffs=0),
         note=dict(model_tradeoffs="latency, cost, context, privacy, quality + eval, fallback",
                   communication="structured bullets with numbers",
                   no_model_tradeoffs="five dimensions and a procedure, as bullets")),

    dict(question_id="model_choice", question=MC[5],
         answer="Not the biggest by default. Cost per 1M tokens × monthly volume, then quality on our eval set.",
         labels=dict(model_tradeoffs=2, communication=2, researcher_framing=0, just_prompt_engineering=0, no_model_tradeoffs=0),
         note=dict(model_tradeoffs="cost, quality on own eval",
                   no_model_tradeoffs="hard negative: 'not the biggest by default', then cost and quality")),

    dict(question_id="model_choice", question=MC[6],
         answer=("- PII in the request -> self-hosted Llama\n"
                 "- otherwise GPT-4o-mini, ~$0.15 per 1M input tokens\n"
                 "- escalate to Claude when the output check fails"),
         labels=dict(model_tradeoffs=2, communication=3, researcher_framing=0, just_prompt_engineering=0, no_model_tradeoffs=0),
         note=dict(model_tradeoffs="privacy, cost, capability; routing, three dimensions",
                   communication="structured, concrete price",
                   no_model_tradeoffs="routes on privacy, price and capability")),

    dict(question_id="model_choice", question=MC[7],
         answer="Open weights if the data can't leave our VPC. API otherwise: no GPUs to run, and pay-per-token is cheaper at low volume.",
         labels=dict(model_tradeoffs=2, communication=2, researcher_framing=0, just_prompt_engineering=0, no_model_tradeoffs=0),
         note=dict(model_tradeoffs="privacy/hosting, cost",
                   no_model_tradeoffs="open weights versus API on privacy and cost")),

    dict(question_id="model_choice", question=MC[8],
         answer="Route: intents -> 3B model (20 ms, ~free); answers -> Claude.",
         labels=dict(model_tradeoffs=2, communication=2, researcher_framing=0, just_prompt_engineering=0, no_model_tradeoffs=0),
         note=dict(model_tradeoffs="latency, cost, capability implied by the split",
                   no_model_tradeoffs="routes easy requests to a cheap, fast model")),

    dict(question_id="model_choice", question=MC[9],
         answer="Context length first, then price.",
         labels=dict(model_tradeoffs=2, communication=1, researcher_framing=0, just_prompt_engineering=0, no_model_tradeoffs=0),
         note=dict(model_tradeoffs="context, cost", communication="one line",
                   no_model_tradeoffs="two dimensions, ordered")),

    dict(question_id="model_choice", question=MC[10],
         answer=("- Lock-in: one client interface, two providers\n"
                 "- Rate limits: spread traffic across both\n"
                 "- Quality: our eval set decides\n"
                 "- Cost: $/1k requests at forecast volume"),
         labels=dict(model_tradeoffs=2, communication=2, researcher_framing=0, just_prompt_engineering=0, no_model_tradeoffs=0),
         note=dict(model_tradeoffs="quality, cost; lock-in and rate limits not counted as dimensions",
                   communication="structured, few specifics",
                   no_model_tradeoffs="quality and cost weighed, with vendor risk")),

    dict(question_id="model_choice", question=MC[11],
         answer=("'They're all the same': not in Japanese. GPT-4o beat the 8B by 20 points on our JA set; the 8B still serves English "
                 "at a tenth of the cost."),
         labels=dict(model_tradeoffs=2, communication=3, researcher_framing=0, just_prompt_engineering=0, no_model_tradeoffs=0),
         note=dict(model_tradeoffs="multilingual capability, cost; split by language",
                   communication="compact, concrete numbers",
                   no_model_tradeoffs="hard negative: quotes 'they're all the same' and rejects it")),

    # ------------------------------------------------------------ other questions
    dict(question_id="role_definition", question=RD[4],
         answer=("Ships products on foundation models. DS: experiments, accuracy. MLE: serving, retraining, drift. AIE: RAG, prompts, "
                 "agents; judged on user outcomes."),
         labels=dict(role_understanding=3, communication=2, researcher_framing=0, just_prompt_engineering=0),
         note=dict(role_understanding="FM products, both contrasts, user outcomes",
                   communication="structured but no example",
                   just_prompt_engineering="hard negative: prompts one item of three, with RAG and agents")),

    dict(question_id="role_definition", question=RD[5],
         answer="Trains new architectures. Publishes.",
         labels=dict(role_understanding=0, communication=1, researcher_framing=1, just_prompt_engineering=0),
         note=dict(role_understanding="misframes as research", communication="fragment",
                   researcher_framing="role = training new architectures and publishing")),

    dict(question_id="shipped_system", question=SS[3],
         answer=("- Contract Q&A bot, ~300 lawyers\n"
                 "- RAG: pgvector, 800-token chunks, bge embeddings\n"
                 "- Eval: 150-question gold set in CI\n"
                 "- Guardrails: PII redaction before the API\n"
                 "- Timeouts + fallback to plain search results\n"
                 "- $0.004/query, p95 2.1 s, on a dashboard"),
         labels=dict(production_substance=3, communication=3, researcher_framing=0, just_prompt_engineering=0),
         note=dict(production_substance="retrieval, eval, guardrails, error handling, cost/latency",
                   communication="structured, named components, numbers")),

    dict(question_id="shipped_system", question=SS[4],
         answer="A prompt for our marketing copy. Iterated the wording ~40 times. Team uses it daily.",
         labels=dict(production_substance=0, communication=2, researcher_framing=0, just_prompt_engineering=1),
         note=dict(production_substance="only the prompt", communication="short, one concrete example",
                   just_prompt_engineering="paraphrase: the shipped system is a prompt whose wording was iterated")),

    dict(question_id="production_reliability", question=PR[3],
         answer="Offline: gold set + LLM judge on every PR. Online: thumbs up/down, p95 latency, $/day alerts.",
         labels=dict(production_substance=2, communication=2, researcher_framing=0, just_prompt_engineering=0),
         note=dict(production_substance="evaluation, cost/latency monitoring",
                   communication="structured, no example")),
]
