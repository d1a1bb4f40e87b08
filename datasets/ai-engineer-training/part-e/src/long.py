"""Part e, style `long`: long answers (mostly 170-300 words), 20 model_choice answers
and 5 on the other questions.

Length is not tradeoff reasoning: half the long model_choice answers stay raised
(one dimension in depth, hedging, architecture talk, loyalty, deference).
Note prefixes as in nonnative.py.
"""
from _questions import MC, RD, SS, PR

STYLE = "long"

ENTRIES = [
    # ------------------------------------------------------------ model_choice, raised
    dict(question_id="model_choice", question=MC[8],
         answer=("I'll be honest about how I think about this, because I've been burned. At my previous company we built a "
                 "document-tagging feature and nobody looked at the unit economics until finance did. So my approach now starts and "
                 "ends with cost. I take the expected traffic from product, say 400,000 requests a month, estimate the average tokens in "
                 "and out from a sample of real inputs, and multiply by each provider's price per million tokens. For the hosted small "
                 "model I work out what the GPU costs per month including the idle hours, because people forget that a GPU you rent "
                 "around the clock costs the same at 3 a.m. as at noon. Then I put the three numbers side by side in a sheet, add a 30% "
                 "buffer because traffic forecasts are always wrong, and go with the lowest. In that tagging case GPT-4o came out around "
                 "$3,000 a month, Claude a bit higher, and the small model around $700 once you include the GPU. So the small model. I "
                 "present the sheet to the product owner, they sign off, and we build. I find that having one clear criterion avoids "
                 "endless debates; every other consideration turns into opinion very quickly, whereas cost is a number everyone "
                 "understands."),
         labels=dict(model_tradeoffs=1, communication=3, researcher_framing=0, just_prompt_engineering=0, no_model_tradeoffs=1),
         note=dict(model_tradeoffs="cost only, modelled carefully", communication="clear method, figures, outcome",
                   no_model_tradeoffs="one dimension: a careful cost model, 'every other consideration turns into opinion'")),

    dict(question_id="model_choice", question=MC[9],
         answer=("To answer that properly I think you have to start from what these models actually are. GPT-4o, Claude and the Llama "
                 "family are all decoder-only transformers; the differences are in the details. Llama, for instance, uses rotary "
                 "position embeddings, SwiGLU activations and grouped-query attention, and the larger versions were trained on around "
                 "fifteen trillion tokens. GPT-4 is widely believed to be a mixture-of-experts model, which changes the compute per "
                 "token quite a bit, though OpenAI hasn't confirmed the details. Anthropic has published interesting interpretability "
                 "work on Claude, the dictionary-learning papers on features, which I found fascinating. My own background is here: "
                 "during my master's I reimplemented a small GPT, trained it from scratch on a books corpus, and experimented with "
                 "replacing softmax attention with a linear-attention variant; I got perplexity within about 5% of the baseline at half "
                 "the memory. I'm currently writing that up as a workshop paper. So when I look at these three options I mostly see "
                 "three points in a design space of attention mechanisms, data mixtures and alignment methods, and the most interesting "
                 "question for me is which design choices explain the differences in their behaviour."),
         labels=dict(model_tradeoffs=0, communication=2, researcher_framing=1, just_prompt_engineering=0, no_model_tradeoffs=1),
         note=dict(model_tradeoffs="architecture survey, no choice made",
                   communication="detailed but does not answer the question",
                   researcher_framing="own experience = training a GPT from scratch, attention variants, a paper",
                   no_model_tradeoffs="transformer internals and papers instead of choosing")),

    dict(question_id="model_choice", question=MC[10],
         answer=("My view, after two years of doing this full time, is that people massively overthink the model choice. I've built "
                 "features on GPT-4, GPT-4o, Claude 3 Opus, Claude 3.5 Sonnet and Mixtral, and the single biggest factor in quality "
                 "every time was the prompt, not the model. When something isn't working, nine times out of ten the instructions are "
                 "ambiguous, the examples are inconsistent, or the output format isn't pinned down. So my process is: take whatever "
                 "model the team already has access to, write a clear system prompt with a role, explicit rules and an output schema, "
                 "add three to five few-shot examples that cover the edge cases, and iterate on the wording until the outputs look "
                 "right. I keep a prompt library with versions so I can roll back. I've had product managers ask me to switch models "
                 "because of a bad answer, and almost always I fixed it by rewording one instruction. Switching models just resets all "
                 "the prompt tuning you did. So my honest answer is: pick any of the three, and spend your time on the prompt."),
         labels=dict(model_tradeoffs=0, communication=2, researcher_framing=0, just_prompt_engineering=1, no_model_tradeoffs=1),
         note=dict(model_tradeoffs="model declared secondary to the prompt",
                   just_prompt_engineering="quality located entirely in prompt wording, examples, format",
                   no_model_tradeoffs="'pick any of the three, and spend your time on the prompt'")),

    dict(question_id="model_choice", question=MC[11],
         answer=("I've gone back and forth on this a lot, and where I've landed is that for the vast majority of product features the "
                 "three options are interchangeable. Two years ago there was a real gap; GPT-4 was clearly ahead of everything. Now "
                 "every lab ships something comparable every few months, and the open models have caught up on most everyday tasks. I "
                 "did an informal experiment last quarter: I showed our support team answers from three different models without telling "
                 "them which was which, and they couldn't tell them apart, they just said they all looked fine. Our designers couldn't "
                 "either. So I've stopped thinking of it as a decision. It's like choosing between two brands of the same cloud storage: "
                 "you pick one and you're fine. If you forced me I'd say use whatever your team is comfortable with, because the "
                 "difference between the models is smaller than the difference between a good and a bad implementation, and that's "
                 "where I'd rather spend the time."),
         labels=dict(model_tradeoffs=1, communication=2, researcher_framing=0, just_prompt_engineering=0, no_model_tradeoffs=1),
         note=dict(model_tradeoffs="capability checked informally (found equal), nothing else weighed",
                   no_model_tradeoffs="paraphrase: 'the three options are interchangeable', then team comfort")),

    dict(question_id="model_choice", question=MC[0],
         answer=("We're an OpenAI company, full stop, and I'd argue that's a perfectly good answer for most teams. Our whole stack grew "
                 "up around their platform: we use the Assistants API for threads, their file search, structured outputs, the "
                 "fine-tuning dashboard, the usage page, and we have an enterprise agreement that legal already signed off. Every "
                 "engineer on the team knows the SDK, our internal wrappers assume its response format, and our on-call runbooks are "
                 "written around its status page. When a new feature comes along, the question of Claude versus an open model doesn't "
                 "really come up, because going with anything else would mean rebuilding all of that tooling and knowledge. I've seen "
                 "teams that try to be 'model-agnostic' and they end up with a lowest-common-denominator abstraction layer that nobody "
                 "likes. So for me it's GPT-4o, or whatever OpenAI's current flagship is. Consistency across the product has a value of "
                 "its own, and I'd rather go deep on one ecosystem than shallow on three."),
         labels=dict(model_tradeoffs=0, communication=2, researcher_framing=0, just_prompt_engineering=0, no_model_tradeoffs=1),
         note=dict(model_tradeoffs="ecosystem loyalty, no dimension weighed",
                   no_model_tradeoffs="paraphrase: 'we're an OpenAI company, full stop'")),

    dict(question_id="model_choice", question=MC[1],
         answer=("That's a really good question, and I think the honest answer is that it really depends. I don't think there's a single "
                 "right answer, and I'd be suspicious of anyone who says there is. Every feature is different, every company is "
                 "different, every team is different. What works for one startup might be completely wrong for an enterprise, and what "
                 "works this year might not work next year because the whole field is moving so fast. So I'd want to understand the "
                 "context first. I'd talk to the stakeholders, understand what they're trying to achieve, understand the requirements, "
                 "and then make a decision that fits the situation. I think it's important to stay flexible and not get attached to any "
                 "one vendor or approach. I'd also want to involve the team, because different people have different perspectives and "
                 "experiences, and a decision like this works better when everyone is bought in. And once we've decided, we can always "
                 "revisit it later if things change. So yes, it depends, and I'd approach it with an open mind and gather the information "
                 "I need before committing to anything."),
         labels=dict(model_tradeoffs=0, communication=1, researcher_framing=0, just_prompt_engineering=0, no_model_tradeoffs=1),
         note=dict(model_tradeoffs="no criteria in 200 words", communication="long but no structure or example",
                   no_model_tradeoffs="'it depends', never says on what")),

    dict(question_id="model_choice", question=MC[2],
         answer=("I treat it as an evaluation problem, and I think I'm fairly rigorous about it. First I collect real inputs: for our "
                 "last feature, which classified incoming insurance claims into 14 categories, I pulled 1,200 historical claims and had "
                 "two adjusters label them independently, then resolved the disagreements together so we had a clean gold set. I split "
                 "that into a development set for prompt iteration and a held-out test set that nobody looks at until the end. Then I "
                 "give each model the same fair shot: the same prompt structure, adapted for each provider's quirks, the same few-shot "
                 "examples, temperature zero. I report macro-F1 because a few categories are rare and accuracy hides that, plus a "
                 "confusion matrix so I can see which categories get mixed up. In that case Claude scored 0.89, GPT-4o 0.87 and Llama 3 "
                 "8B 0.74, and the gap between the top two held up under a bootstrap test. So we went with Claude. The principle is "
                 "simple: the model that performs best on your own labelled data wins. Everything else is noise compared with getting "
                 "the answers right."),
         labels=dict(model_tradeoffs=1, communication=3, researcher_framing=0, just_prompt_engineering=0, no_model_tradeoffs=1),
         note=dict(model_tradeoffs="capability only, with a rigorous eval", communication="clear method, figures, decision",
                   no_model_tradeoffs="one dimension: thorough own eval, but quality is the only criterion ('everything else is noise')")),

    dict(question_id="model_choice", question=MC[3],
         answer=("For me this question is almost entirely about data protection, because of the sector I work in. I've spent the last "
                 "four years building software for insurers and pension funds in the Netherlands, and every feature we build touches "
                 "personal data: names, policy numbers, medical details in claims. Our customers' data processing agreements say "
                 "explicitly that personal data may not be processed outside the EU, and several of them go further and forbid any "
                 "third-party processor that hasn't been through their own vendor audit, which can take six months. So the real question "
                 "is never 'which model is smartest', it's 'where does the data go'. In practice that means the open-source model, "
                 "deployed on our own servers in an Amsterdam data centre, with no outbound calls. GPT-4o and Claude are simply off the "
                 "table, however good they are, because the moment a claim form leaves our network we're in breach. I've had this "
                 "conversation with product managers many times; they show me a demo in ChatGPT and I have to explain that it's not an "
                 "option for us. Once you accept that constraint the choice makes itself."),
         labels=dict(model_tradeoffs=1, communication=3, researcher_framing=0, just_prompt_engineering=0, no_model_tradeoffs=1),
         note=dict(model_tradeoffs="privacy / data residency only", communication="clear, concrete context",
                   no_model_tradeoffs="one dimension: data protection decides, 'however good they are'")),

    dict(question_id="model_choice", question=MC[4],
         answer=("The way I see it, this field moves so fast that any careful comparison you do is out of date within a quarter. When I "
                 "started, GPT-3.5 was the thing; then GPT-4 came out and made it look like a toy; then Claude 3 Opus; then GPT-4o; then "
                 "Claude 3.5 Sonnet; and every single time the new flagship was better at basically everything. The small open models "
                 "are impressive for what they are, but they're always a generation behind the frontier, and your users will notice. So "
                 "my rule is to build on the newest, largest frontier model available when we start, and to upgrade as soon as the next "
                 "one ships. Products built on the frontier get better for free every time the lab releases something, and products "
                 "built on last year's small model stay stuck. I'd much rather ride that wave than spend weeks benchmarking options "
                 "that will all be obsolete by the time the feature launches. Newest and biggest has never let me down."),
         labels=dict(model_tradeoffs=0, communication=2, researcher_framing=0, just_prompt_engineering=0, no_model_tradeoffs=1),
         note=dict(model_tradeoffs="newest and largest, no dimension weighed",
                   no_model_tradeoffs="'build on the newest, largest frontier model'; refuses to compare")),

    dict(question_id="model_choice", question=MC[5],
         answer=("There are lots of factors people talk about: cost, latency, context window, capability, privacy. In our organisation, "
                 "though, none of that is really the engineer's call. We have an AI governance committee with people from legal, the "
                 "CISO's office, procurement and a couple of architects, and they maintain an approved list of models. Right now the "
                 "list has exactly one entry for production use, GPT-4o through our Azure tenant. If I wanted to use Claude or an open "
                 "model I'd have to submit a request, fill in a risk assessment template and wait for the next quarterly review. I think "
                 "that process is reasonable for a company our size. So practically, my answer is that I'd use GPT-4o because it's the "
                 "approved model, and I'd focus my energy on building the feature well rather than relitigating the model choice."),
         labels=dict(model_tradeoffs=0, communication=2, researcher_framing=0, just_prompt_engineering=0, no_model_tradeoffs=1),
         note=dict(model_tradeoffs="names the dimensions, weighs none; defers to an approved list",
                   no_model_tradeoffs="paraphrase: lists the factors, then 'it's the approved model'")),

    # ------------------------------------------------------------ model_choice, not raised
    dict(question_id="model_choice", question=MC[6],
         answer=("I'd split it into three stages: constraints, measurement, and an architecture that doesn't lock us in.\n\n"
                 "Constraints come from the feature, not from the models. For the feature I did this for most recently, an assistant "
                 "that drafts replies inside our helpdesk, they were: the agent is waiting, so we wanted first tokens in under a second "
                 "and the full draft in under four; we expected around 900,000 drafts a month, so anything above about a cent per draft "
                 "would eat the margin; ticket threads plus retrieved help-centre articles could reach 40,000 tokens; and some customers "
                 "are in healthcare, so their tickets could not go to a US-hosted API.\n\n"
                 "Measurement: we took 400 real tickets with the replies agents actually sent, ran GPT-4o, Claude 3.5 Sonnet and Llama "
                 "3.1 8B on our own GPUs through the same retrieval pipeline, and scored drafts with an LLM judge calibrated against 100 "
                 "human ratings. Claude had the best acceptance rate, 78%, GPT-4o 75%, the 8B 58%. GPT-4o was about 20% cheaper than "
                 "Claude at our token mix; the 8B was cheapest by far and fastest, but the quality gap was too big for drafting.\n\n"
                 "Architecture: GPT-4o for most tenants, because a three-point quality gap didn't justify the price; Claude as fallback "
                 "on errors; a fine-tuned 8B for the healthcare tenants, where residency wins and a human always reviews. We re-run the "
                 "eval every quarter because prices and models change. The answer came from the numbers, not from anyone's favourite "
                 "model."),
         labels=dict(model_tradeoffs=3, communication=3, researcher_framing=0, just_prompt_engineering=0, no_model_tradeoffs=0),
         note=dict(model_tradeoffs="latency, cost, context, residency, quality + eval, routing by tenant, fallback",
                   communication="structured in stages, figures, outcome",
                   no_model_tradeoffs="hard negative: explicitly not 'anyone's favourite model'; all five dimensions measured")),

    dict(question_id="model_choice", question=MC[7],
         answer=("When I joined my current team the default was 'use the biggest model you can get, quality first'. It's an "
                 "understandable instinct, and for a demo it's even right. I inherited a feature built that way: product search on an "
                 "e-commerce site, where the model rewrites the user's query and picks filters. It ran on GPT-4 and worked nicely, but it "
                 "added about 1.8 seconds to every search and cost around $11,000 a month at our traffic. Search is the one place where "
                 "users really notice waiting; our own data showed conversion dropping with every few hundred extra milliseconds. So I "
                 "questioned the default. I built a test set from 2,000 real queries with the filters a merchandiser considered correct, "
                 "and compared the big model with GPT-4o-mini and a small open model. The small open model, after light fine-tuning on "
                 "8,000 examples, matched the big model on 93% of queries, answered in about 120 ms on our GPU and cost a fraction. For "
                 "the remaining hard queries, long and vague ones, we fall back to GPT-4o asynchronously and update the results if they "
                 "change. Conversion went up slightly and the bill fell by around 85%. So 'biggest first' isn't wrong as a starting "
                 "point, but it has to be checked against what the feature needs."),
         labels=dict(model_tradeoffs=2, communication=3, researcher_framing=0, just_prompt_engineering=0, no_model_tradeoffs=0),
         note=dict(model_tradeoffs="latency, cost, quality on own test set; fallback (three dimensions)",
                   communication="story with figures and outcome",
                   researcher_framing="light fine-tuning of a served model, not research framing",
                   no_model_tradeoffs="hard negative: quotes 'use the biggest model you can get' and rejects it with measurements")),

    dict(question_id="model_choice", question=MC[8],
         answer=("I'd frame it as open weights versus API first, then which API.\n\n"
                 "Open weights, meaning a Llama or Mistral class model we run ourselves, buys us three things: data never leaves our "
                 "infrastructure, which matters for our enterprise customers' security reviews; cost that's flat per GPU rather than per "
                 "token, which wins at high steady volume; and the ability to fine-tune and pin a version. It costs us operational "
                 "effort, because someone has to own the serving stack, and lower capability on hard reasoning. APIs are the reverse: "
                 "strong models, no ops, pay per token, data leaves the building under a DPA.\n\n"
                 "Between GPT-4o and Claude the practical differences for us are the context window, 200k against 128k, which matters "
                 "for our long-contract feature, price at our input/output ratio, and latency, which we measure at p95 from our own "
                 "region rather than trusting published numbers.\n\n"
                 "How I'd actually decide: write down the feature's constraints, build an eval set of a few hundred real examples, run "
                 "all candidates, and pick the cheapest option that meets the quality and latency bar and the data rules, with a second "
                 "option behind a feature flag. For our contract-analysis feature that was Claude; for our high-volume email classifier "
                 "it was a self-hosted 8B model."),
         labels=dict(model_tradeoffs=3, communication=3, researcher_framing=0, just_prompt_engineering=0, no_model_tradeoffs=0),
         note=dict(model_tradeoffs="privacy, cost, capability, context, latency + eval, fallback",
                   communication="structured, concrete outcomes",
                   no_model_tradeoffs="open weights versus API, then five dimensions and a procedure")),

    dict(question_id="model_choice", question=MC[9],
         answer=("The feature was extracting structured data from purchase orders: supplier, line items, quantities, delivery dates. We "
                 "started with GPT-4o and few-shot prompting, because it's the quickest way to get something working, and it got about "
                 "94% of fields right on our 600-document test set. The problem was volume and speed: we process around two million "
                 "documents a month, and at that volume GPT-4o was costing more than the team that used to do it by hand, and the batch "
                 "took most of the night. So we used GPT-4o's outputs, checked by our ops team, as training data and fine-tuned a 3B "
                 "open model on about 30,000 documents. It reached 95% on the same test set, slightly better because it learned our "
                 "suppliers' odd formats, and it runs at about forty documents a second on two GPUs we already had. We kept GPT-4o in "
                 "the loop for documents where the small model's confidence is low, about 3% of them. The lesson I took away is that the "
                 "big API model is a great teacher and prototype, but not necessarily the thing you want to run at scale."),
         labels=dict(model_tradeoffs=2, communication=3, researcher_framing=0, just_prompt_engineering=0, no_model_tradeoffs=0),
         note=dict(model_tradeoffs="capability on test set, cost, throughput/latency; fallback",
                   communication="story with figures and lesson",
                   researcher_framing="fine-tunes an open model for a product, not research framing",
                   no_model_tradeoffs="hard negative: one model (fine-tuned 3B) picked with quality, cost and speed reasons")),

    dict(question_id="model_choice", question=MC[10],
         answer=("Our product is a customer-service assistant used by retailers in Southeast Asia, so the first thing I check for any "
                 "model is how it handles Thai, Vietnamese, Bahasa Indonesia and Tagalog, including the mixed English-and-local messages "
                 "people actually send, with slang and no diacritics. Benchmarks are almost all English, so they tell you very little "
                 "here. We keep a test set of about 150 real conversations per language, with answers checked by native-speaking staff. "
                 "The pattern we've seen again and again is that the small open models are fine in English and Bahasa but fall apart in "
                 "Thai, sometimes switching to English mid-sentence, while GPT-4o and Claude are both solid. Between those two the "
                 "quality is close, so it comes down to price at our volumes, where the output-heavy traffic makes GPT-4o cheaper for "
                 "us, and to the tokeniser: Thai text costs noticeably more tokens on some models, which changes the real price per "
                 "conversation by 30% or more. So today Thai and Vietnamese go to GPT-4o, Bahasa and English go to a small open model we "
                 "host, and we re-test whenever a new model claims better multilingual support."),
         labels=dict(model_tradeoffs=2, communication=3, researcher_framing=0, just_prompt_engineering=0, no_model_tradeoffs=0),
         note=dict(model_tradeoffs="multilingual capability, cost; routing by language",
                   communication="concrete, structured by language",
                   no_model_tradeoffs="per-language quality weighed against real price per conversation")),

    dict(question_id="model_choice", question=MC[11],
         answer=("The feature I'm thinking of is inline suggestions in a writing tool, the grey text that appears as you type. For that, "
                 "latency isn't one consideration among many, it's the main constraint: if the suggestion arrives after the user has "
                 "typed the next two words, it's useless. Our budget was 150 ms from keystroke to rendered suggestion, network included. "
                 "GPT-4o and Claude over the API were both around 400 to 700 ms to first token from our region, so they were out for this "
                 "feature regardless of quality. We tried a 1B and a 3B open model on an inference server in the same region as our "
                 "users. The 3B gave noticeably better suggestions in a blind test with twenty internal users, who accepted 31% of its "
                 "suggestions against 22% for the 1B, and it still hit 90 ms at p95, so we went with the 3B. Cost came out well too: "
                 "suggestions fire on almost every pause in typing, so call volume is enormous, and per-token API pricing would have been "
                 "several times our entire infrastructure budget. The bigger models still power the 'rewrite this paragraph' feature, "
                 "where people happily wait two seconds for better quality."),
         labels=dict(model_tradeoffs=2, communication=3, researcher_framing=0, just_prompt_engineering=0, no_model_tradeoffs=0),
         note=dict(model_tradeoffs="latency, capability in blind test, cost; split by feature",
                   communication="concrete budget, figures, outcome",
                   no_model_tradeoffs="hard negative: latency is 'the main constraint', yet quality and cost are weighed too")),

    dict(question_id="model_choice", question=MC[0],
         answer=("Something I think gets underrated in this question is dependency risk. Early on we built a feature entirely on one "
                 "provider. Then three things happened in one quarter: they deprecated the model version we'd tuned our prompts for, our "
                 "traffic grew past our rate-limit tier and we waited two weeks for an increase, and they had a multi-hour outage on a "
                 "Monday morning. Since then I make the choice in two layers. The first is an internal gateway: every call goes through "
                 "our own interface, with provider and model as configuration, so switching is a config change plus an eval run, not a "
                 "rewrite. The second is the actual comparison, which I redo for every feature: quality on a feature-specific eval set, "
                 "p95 latency measured from our own servers, cost at projected volume, and whether the data classification allows it to "
                 "leave our cloud at all. For our summarisation feature that produced Claude as primary, GPT-4o as automatic failover on "
                 "errors or throttling, and a self-hosted Mistral for internal documents marked confidential. It's more work up front, "
                 "but I've never again had a Monday morning where a vendor's status page decided whether our product worked."),
         labels=dict(model_tradeoffs=3, communication=3, researcher_framing=0, just_prompt_engineering=0, no_model_tradeoffs=0),
         note=dict(model_tradeoffs="quality, latency, cost, privacy + eval, failover, routing; lock-in not counted",
                   communication="story, two-layer method, outcome",
                   no_model_tradeoffs="vendor risk plus four dimensions and a procedure")),

    dict(question_id="model_choice", question=MC[1],
         answer=("At scale the honest answer is usually 'all three', with a router in front. On the support platform I worked on we "
                 "looked at a month of traffic and found roughly three kinds of request. About 60% were simple: order status, opening "
                 "hours, password resets. Those go to a small open model we host, which answers in about 150 ms and costs next to nothing "
                 "per request, and it's also where anything containing card numbers or addresses goes, because that data never leaves "
                 "our environment. About 30% were typical questions needing retrieval over the help centre and a few tool calls; those go "
                 "to GPT-4o, which was the best value on our eval set for tool use. The last 10% were long, messy conversations, "
                 "complaints with forty messages of history and attachments; those go to Claude, because the long context takes the "
                 "whole history and its answers scored best with our QA team on that slice, even though it's the most expensive. The "
                 "router is a small classifier plus rules, and we evaluate the whole system on a 500-conversation set every week, with "
                 "per-route cost and latency dashboards. If any provider fails, traffic shifts to the next tier."),
         labels=dict(model_tradeoffs=3, communication=3, researcher_framing=0, just_prompt_engineering=0, no_model_tradeoffs=0),
         note=dict(model_tradeoffs="latency, cost, privacy, capability, context + routing, eval, fallback",
                   communication="structured by traffic slice, figures",
                   no_model_tradeoffs="routes by request type on all five dimensions")),

    dict(question_id="model_choice", question=MC[2],
         answer=("I used to be firmly in the 'it's all about the prompt' camp, and I still think prompts matter, but I was wrong that the "
                 "model choice doesn't. What changed my mind was a legal-research feature. We'd polished the prompts for weeks on a small "
                 "open model, and the answers read nicely, but when a lawyer on the team checked the citations, about one in eight "
                 "pointed to the wrong section of the statute. No prompt change fixed it: the model simply couldn't hold the statute and "
                 "the case file in its 8k context, so we were chunking, and it lost track of which chunk a section came from. Moving to "
                 "Claude, where the whole document fitted in context, dropped that error to under one in a hundred on our 200-question "
                 "set. It costs roughly six times more per question, which we accepted because the feature is used a few hundred times a "
                 "day by people billing by the hour. For a high-volume, low-stakes feature I'd have made the opposite call. So prompts are "
                 "part of it, but the model's context window and its accuracy on your task, set against the price, are real decisions, "
                 "not details."),
         labels=dict(model_tradeoffs=2, communication=3, researcher_framing=0, just_prompt_engineering=0, no_model_tradeoffs=0),
         note=dict(model_tradeoffs="context window, capability on own set, cost",
                   communication="story with figures and a general rule",
                   just_prompt_engineering="hard negative: 'it's all about the prompt' described as a view they were wrong about",
                   no_model_tradeoffs="hard negative: rejects 'the model choice doesn't matter', weighs context, accuracy, price")),

    dict(question_id="model_choice", question=MC[3],
         answer=("Right, so the way I'd think about it for something like, let's say, an internal HR assistant, which is actually what I "
                 "worked on last. Two things ended up deciding it, and I didn't expect either at the start. The first was the employee "
                 "handbook and policies: around 300 pages across all the countries we operate in, and people ask questions that need "
                 "bits from three or four policies at once. With a small model you're doing retrieval, and we found retrieval kept "
                 "missing the country-specific exceptions, which is exactly what people ask about. With a long-context model you can put "
                 "the relevant country's full policy set in, about 60,000 tokens, and the answers got much better in our testing. The "
                 "second thing was that HR questions are sensitive: sick leave, parental leave, disciplinary stuff, sometimes health "
                 "details. Our works council wanted a guarantee that nothing was stored by a third party. So we ended up with Claude in "
                 "an EU cloud region with zero data retention agreed in the contract, which satisfied both. If the works council had said "
                 "no external processing at all, we'd have gone with a self-hosted model and invested much more in retrieval. Nobody on "
                 "the team was thinking about either of these when we started; we were arguing about which model was smartest."),
         labels=dict(model_tradeoffs=2, communication=3, researcher_framing=0, just_prompt_engineering=0, no_model_tradeoffs=0),
         note=dict(model_tradeoffs="context window, privacy/retention, quality in testing",
                   communication="concrete case, clear reasons",
                   no_model_tradeoffs="hard negative: one model picked with context and privacy reasons; 'which model was smartest' set aside")),

    # ------------------------------------------------------------ other questions
    dict(question_id="role_definition", question=RD[6],
         answer=("I'd put it in terms of what each person is accountable for. A data scientist is accountable for knowing whether "
                 "something is true: they frame a question, run experiments or analyses, and report results with some measure of "
                 "confidence, a model's accuracy, a lift, a significance test. A lot of their work stays in notebooks and reports, and "
                 "that's fine, it's what it's for. An ML engineer is accountable for a trained model working in production: serving it "
                 "at the required latency and throughput, building the retraining pipeline, detecting drift when the data changes, "
                 "keeping uptime high. They usually own models the company trained itself. An AI engineer is accountable for a product "
                 "feature built on foundation models someone else trained. We don't train GPT-4o or Claude or Llama; we build around "
                 "them: retrieval pipelines so the model can answer from company data, prompt and tool design, agents that take actions, "
                 "evaluation sets so we know whether a change made things better, cost and latency monitoring, guardrails. Success is a "
                 "user outcome, like the share of support conversations resolved without a human. In my current role it's 'minutes saved "
                 "per claim', which we moved from zero to about eleven over two quarters. The overlap is real, but the question each of "
                 "us answers is different."),
         labels=dict(role_understanding=3, communication=3, researcher_framing=0, just_prompt_engineering=0),
         note=dict(role_understanding="FM products (RAG, prompts, agents), contrasts DS and MLE in detail, user outcomes",
                   communication="structured by accountability, concrete outcome",
                   researcher_framing="hard negative: 'we don't train GPT-4o or Claude or Llama'",
                   just_prompt_engineering="hard negative: prompt design one item among retrieval, agents, evals, monitoring")),

    dict(question_id="shipped_system", question=SS[5],
         answer=("The system I'd pick is a claims-intake assistant for a mid-sized insurer, which I led from prototype to production over "
                 "about five months. Customers describe an incident in free text, sometimes with photos, and the assistant turns that "
                 "into a structured claim, asks follow-up questions when information is missing, and routes it to the right team. Under "
                 "the hood: GPT-4o for extraction with a strict JSON schema; a retrieval step over the policy documents so the follow-up "
                 "questions reflect what's actually covered, using pgvector and chunks of about 500 tokens with section headings "
                 "prepended; and a rules layer that checks extracted fields against the policy record. Every model output is validated; "
                 "if the schema check fails we retry once with the error in the prompt, and if it fails again the claim goes to a human "
                 "with whatever we did extract. We built an evaluation set of 800 historical claims with the correct fields; it runs in "
                 "CI on every prompt or retrieval change, and merges are blocked if field-level accuracy drops by more than a point. In "
                 "production every call is traced with tokens, latency and cost, about 3 cents per claim, with alerts on error rate and "
                 "p95 latency. Personal data is redacted from logs, and there's an input filter for prompt injection after a tester got "
                 "it to ignore its instructions. Outcome: median time from first notice to a correctly routed claim went from two days "
                 "to about forty minutes."),
         labels=dict(production_substance=3, communication=3, researcher_framing=0, just_prompt_engineering=0),
         note=dict(production_substance="retrieval, validation + retry + human fallback, CI eval, cost/latency tracing, PII and injection guardrails",
                   communication="structured, named components, outcome")),

    dict(question_id="shipped_system", question=SS[0],
         answer=("The system I'm proudest of is a product-description generator for our online shop, which has been live for about a "
                 "year and has written descriptions for over 20,000 products. Most of my work on it was the prompt, and I mean that as "
                 "the interesting part. The first version just said 'write a product description', and the results were bland and "
                 "inconsistent. Over a few months I built it into a much more careful prompt: a persona of an experienced copywriter for "
                 "our brand, a section describing our tone of voice with do's and don'ts, rules about length and structure, a list of "
                 "words we never use, and five examples of descriptions our marketing team loved, covering different product "
                 "categories. I also learned tricks like asking the model to think about the target customer before writing, and putting "
                 "the most important instructions at the end. Every time marketing flagged a bad description I'd work out which "
                 "instruction was missing or unclear and add it. The prompt is now about 1,500 words and it's basically our brand guide "
                 "in a form the model understands. The merchandisers paste in product attributes and get a description back."),
         labels=dict(production_substance=0, communication=3, researcher_framing=0, just_prompt_engineering=1),
         note=dict(production_substance="only the prompt, no production concern",
                   communication="clear, concrete numbers and outcome",
                   just_prompt_engineering="shipped system described as a prompt refined over months")),

    dict(question_id="production_reliability", question=PR[5],
         answer=("I think about it in four layers.\n\n"
                 "First, offline evaluation before anything ships. For our research-assistant product we keep an evaluation set of "
                 "about 600 questions with reference answers and the source passages they should cite, built from real user questions "
                 "and refreshed monthly. Every change, whether prompt, model, retrieval settings or chunking, runs against it in CI. We "
                 "score retrieval separately (did the right passage come back in the top five) from generation (is the answer correct "
                 "and faithful to the sources), using an LLM judge we checked against two human raters on 150 items.\n\n"
                 "Second, online monitoring. Every request is traced: retrieved documents, prompt, output, tokens, latency, cost. "
                 "Dashboards show p50 and p95 latency, cost per active user, and the share of answers with no citation, which turned out "
                 "to be a great early warning for retrieval problems. Alerts go to the on-call channel.\n\n"
                 "Third, guardrails and error handling in the request path: PII detection on inputs and outputs, a prompt-injection "
                 "check on retrieved web content, schema validation on structured outputs with one retry, timeouts with a fallback to a "
                 "second provider.\n\n"
                 "Fourth, humans in the loop: a weekly review of 100 sampled conversations plus every thumbs-down, tagged by failure "
                 "type, and the worst ones become new eval items.\n\n"
                 "The best catch so far: a re-indexing job silently dropped tables, and the no-citation rate doubled in a day. We caught "
                 "it before any customer complained."),
         labels=dict(production_substance=3, communication=3, researcher_framing=0, just_prompt_engineering=0),
         note=dict(production_substance="eval (retrieval and generation), tracing/dashboards, guardrails, retries/fallback, human review",
                   communication="four structured layers, concrete example")),

    dict(question_id="production_reliability", question=PR[0],
         answer=("Honestly, at our size we keep it pretty simple, and I'd rather be upfront about that than pretend we have a huge "
                 "observability stack. The app is an internal tool that helps our sales team draft follow-up emails after calls, so maybe "
                 "forty people use it. The main way we know whether it's working is feedback: there's a Slack channel where people post "
                 "when a draft is wrong or weird, and I read it every morning. Sales managers also tell me in our fortnightly check-in if "
                 "people have stopped using it, which would be the real sign of a problem. When someone reports a bad draft, I look at "
                 "what they put in and what came out, figure out what went wrong, and fix it, sometimes in the prompt, sometimes in how "
                 "we pull the CRM data into it. We haven't needed anything more formal yet. If the tool grew to the whole company I'd "
                 "want proper dashboards and an automated test set, but right now that would be overkill, and the people using it are "
                 "the best judges of whether the emails are good."),
         labels=dict(production_substance=1, communication=2, researcher_framing=0, just_prompt_engineering=0),
         note=dict(production_substance="one concern: user-feedback review; dashboards and test set only as future work",
                   communication="clear, honest, one concrete context",
                   just_prompt_engineering="hard negative: fixes sometimes in the prompt, sometimes in the CRM data pipeline")),
]
