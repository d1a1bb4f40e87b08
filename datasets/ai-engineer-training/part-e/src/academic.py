"""Part e, style `academic`: formal, hedged, literature-flavoured answers, 20
model_choice answers and 5 on the other questions.

Architecture talk is researcher_framing only when the candidate frames their own
work or the role as research; otherwise it is just a non-answer to model choice.
Note prefixes as in nonnative.py.
"""
from _questions import MC, RD, SS, PR

STYLE = "academic"

ENTRIES = [
    # ------------------------------------------------------------ model_choice, raised
    dict(question_id="model_choice", question=MC[4],
         answer=("The question presupposes that the models differ mainly as products, whereas the interesting differences are "
                 "architectural: dense versus mixture-of-experts, the treatment of positional information, and the post-training "
                 "regime. I would want to understand these before committing to any of them. My doctoral work on attention sparsity "
                 "suggests that much of the apparent capability gap is an artefact of scale rather than of design."),
         labels=dict(model_tradeoffs=0, communication=2, researcher_framing=1, just_prompt_engineering=0, no_model_tradeoffs=1),
         note=dict(model_tradeoffs="architecture discussion, no choice",
                   communication="articulate but does not answer the question",
                   researcher_framing="answers from own doctoral research on attention",
                   no_model_tradeoffs="transformer internals instead of choosing")),

    dict(question_id="model_choice", question=MC[5],
         answer=("All three are autoregressive transformers trained on next-token prediction and subsequently aligned with preference "
                 "optimisation. The differences between them are, in my view, second-order. One could select any of them; the choice is "
                 "not theoretically interesting."),
         labels=dict(model_tradeoffs=0, communication=2, researcher_framing=0, just_prompt_engineering=0, no_model_tradeoffs=1),
         note=dict(model_tradeoffs="declares differences second-order",
                   researcher_framing="describes the models, not own work as research",
                   no_model_tradeoffs="paraphrase: 'one could select any of them', i.e. they're all the same")),

    dict(question_id="model_choice", question=MC[6],
         answer=("I would defer to the published evaluations. On the aggregate leaderboards the frontier models consistently rank above "
                 "the small open-weight models, so I would select whichever frontier model ranks highest at the time of the decision."),
         labels=dict(model_tradeoffs=1, communication=2, researcher_framing=0, just_prompt_engineering=0, no_model_tradeoffs=1),
         note=dict(model_tradeoffs="capability via leaderboards only",
                   no_model_tradeoffs="leaderboard rank is the only reason")),

    dict(question_id="model_choice", question=MC[7],
         answer=("There is a growing body of evidence that prompt formulation accounts for more variance in output quality than model "
                 "choice. Accordingly I would treat the model as interchangeable and invest the effort in systematic prompt optimisation."),
         labels=dict(model_tradeoffs=0, communication=2, researcher_framing=0, just_prompt_engineering=1, no_model_tradeoffs=1),
         note=dict(model_tradeoffs="model treated as interchangeable",
                   just_prompt_engineering="effort goes into prompt optimisation only",
                   no_model_tradeoffs="paraphrase: 'treat the model as interchangeable'")),

    dict(question_id="model_choice", question=MC[8],
         answer=("The appropriate choice is, of course, contingent on the specifics of the application. Absent those specifics no "
                 "principled recommendation can be made, and I would be wary of any answer that claimed otherwise."),
         labels=dict(model_tradeoffs=0, communication=1, researcher_framing=0, just_prompt_engineering=0, no_model_tradeoffs=1),
         note=dict(model_tradeoffs="no criteria", communication="no content, no example",
                   no_model_tradeoffs="paraphrase: 'contingent on the specifics', never says which")),

    dict(question_id="model_choice", question=MC[9],
         answer=("Scaling laws indicate that loss decreases predictably with parameter count. It follows that the largest available model "
                 "should be preferred, and that the small open-source model is dominated."),
         labels=dict(model_tradeoffs=0, communication=2, researcher_framing=0, just_prompt_engineering=0, no_model_tradeoffs=1),
         note=dict(model_tradeoffs="size argument only",
                   no_model_tradeoffs="paraphrase: 'the largest available model should be preferred'")),

    dict(question_id="model_choice", question=MC[10],
         answer=("I would construct a held-out evaluation set of roughly 500 annotated items, compute exact-match accuracy with bootstrap "
                 "confidence intervals for each model, and select the model with the highest point estimate, provided its interval does "
                 "not overlap the runner-up's. If the intervals overlap I would collect more data."),
         labels=dict(model_tradeoffs=1, communication=3, researcher_framing=0, just_prompt_engineering=0, no_model_tradeoffs=1),
         note=dict(model_tradeoffs="capability only, rigorously measured",
                   communication="precise procedure",
                   no_model_tradeoffs="one dimension: rigorous eval, but accuracy is the only thing weighed")),

    dict(question_id="model_choice", question=MC[11],
         answer=("Under GDPR Article 28 and our customers' data-processing agreements, transferring personal data to a third-country "
                 "processor requires safeguards we cannot currently guarantee. The self-hosted open model is therefore the only "
                 "admissible option; the commercial APIs are excluded a priori."),
         labels=dict(model_tradeoffs=1, communication=2, researcher_framing=0, just_prompt_engineering=0, no_model_tradeoffs=1),
         note=dict(model_tradeoffs="privacy / data residency only",
                   no_model_tradeoffs="one dimension: legal data transfer rules decide")),

    dict(question_id="model_choice", question=MC[0],
         answer=("Anthropic's published commitment to safety research gives me greater confidence in Claude as an institution. I would "
                 "choose it on those grounds."),
         labels=dict(model_tradeoffs=0, communication=2, researcher_framing=0, just_prompt_engineering=0, no_model_tradeoffs=1),
         note=dict(model_tradeoffs="trust in the vendor, not a dimension",
                   no_model_tradeoffs="paraphrase: institutional preference for the vendor")),

    dict(question_id="model_choice", question=MC[1],
         answer=("Before choosing I would read the technical reports. The GPT-4 report is notably thin on architecture and data, the "
                 "Claude model cards are somewhat better, and the Llama papers are the most transparent. I would favour the model whose "
                 "training procedure is best documented."),
         labels=dict(model_tradeoffs=0, communication=2, researcher_framing=0, just_prompt_engineering=0, no_model_tradeoffs=1),
         note=dict(model_tradeoffs="documentation of training, not a dimension",
                   researcher_framing="reads papers but does not frame own work as research",
                   no_model_tradeoffs="paraphrase: chooses by how well the paper documents training")),

    # ------------------------------------------------------------ model_choice, not raised
    dict(question_id="model_choice", question=MC[2],
         answer=("I would frame it as constrained optimisation. Constraints: a latency ceiling derived from the interaction design, a "
                 "per-request cost ceiling derived from unit economics, a minimum context window set by the input lengths, and a "
                 "data-governance requirement that may mandate self-hosting. Within the feasible set I would maximise task quality, "
                 "measured on an annotated sample of real inputs. The decision should be revisited as prices and capabilities shift, and "
                 "a secondary model retained as a fallback."),
         labels=dict(model_tradeoffs=3, communication=2, researcher_framing=0, just_prompt_engineering=0, no_model_tradeoffs=0),
         note=dict(model_tradeoffs="latency, cost, context, privacy, quality + own eval, fallback",
                   communication="structured but no concrete figures or example",
                   no_model_tradeoffs="five dimensions as constraints, with a procedure")),

    dict(question_id="model_choice", question=MC[3],
         answer=("One might argue from scaling laws that the largest model is always preferable, but that conflates pre-training loss "
                 "with utility on the task. For a narrow classification task a small model frequently reaches parity at a fraction of "
                 "the inference cost and with an order of magnitude lower latency; I would verify parity empirically before accepting "
                 "the larger model's cost."),
         labels=dict(model_tradeoffs=2, communication=2, researcher_framing=0, just_prompt_engineering=0, no_model_tradeoffs=0),
         note=dict(model_tradeoffs="capability on task, cost, latency",
                   no_model_tradeoffs="hard negative: states the scaling-law 'largest is always preferable' view and rejects it")),

    dict(question_id="model_choice", question=MC[4],
         answer=("Two considerations dominate in my experience. First, data governance: if the inputs contain personal data, "
                 "self-hosting an open-weight model removes a class of compliance risk. Second, capability: whether the open model's "
                 "quality on the target distribution is adequate, which I would establish on a labelled sample before committing."),
         labels=dict(model_tradeoffs=2, communication=2, researcher_framing=0, just_prompt_engineering=0, no_model_tradeoffs=0),
         note=dict(model_tradeoffs="privacy, capability",
                   no_model_tradeoffs="two dimensions, clearly weighed")),

    dict(question_id="model_choice", question=MC[5],
         answer=("Context length is frequently misunderstood. A nominal 200k-token window does not imply uniform recall across it, so I "
                 "would measure answer accuracy at various depths for our document lengths. Where long-context recall is adequate, Claude "
                 "avoids a retrieval pipeline altogether; otherwise a smaller model with retrieval may be both cheaper and more accurate."),
         labels=dict(model_tradeoffs=2, communication=2, researcher_framing=0, just_prompt_engineering=0, no_model_tradeoffs=0),
         note=dict(model_tradeoffs="context window, capability, cost",
                   no_model_tradeoffs="context weighed against cost and accuracy")),

    dict(question_id="model_choice", question=MC[6],
         answer=("For a high-volume, narrow task I would consider distillation: use the frontier model to annotate a corpus, fine-tune a "
                 "compact model on it, and serve the compact model. The student typically recovers most of the teacher's accuracy on the "
                 "task while reducing latency and marginal cost substantially. The teacher remains available for out-of-distribution "
                 "inputs."),
         labels=dict(model_tradeoffs=2, communication=2, researcher_framing=0, just_prompt_engineering=0, no_model_tradeoffs=0),
         note=dict(model_tradeoffs="capability, latency, cost; fallback",
                   researcher_framing="fine-tuning a served model, not research framing",
                   no_model_tradeoffs="distillation weighed on accuracy, latency and cost")),

    dict(question_id="model_choice", question=MC[7],
         answer=("Multilingual performance is where the options diverge most. Smaller open models are trained on predominantly English "
                 "corpora and degrade markedly on lower-resource languages. If the user base is multilingual I would evaluate per "
                 "language and weigh that against the substantial cost advantage of the small model for the high-resource languages."),
         labels=dict(model_tradeoffs=2, communication=2, researcher_framing=0, just_prompt_engineering=0, no_model_tradeoffs=0),
         note=dict(model_tradeoffs="multilingual capability, cost",
                   no_model_tradeoffs="per-language quality weighed against cost")),

    dict(question_id="model_choice", question=MC[8],
         answer=("Open weights offer properties the APIs cannot: a pinned version that will not change underneath us, full control over "
                 "where data is processed, and costs that scale with hardware rather than tokens. Against that, the frontier APIs remain "
                 "stronger on complex reasoning. I would weigh these per feature."),
         labels=dict(model_tradeoffs=2, communication=2, researcher_framing=0, just_prompt_engineering=0, no_model_tradeoffs=0),
         note=dict(model_tradeoffs="hosting/data control, cost, capability; version pinning not counted",
                   no_model_tradeoffs="open weights versus API on three dimensions")),

    dict(question_id="model_choice", question=MC[9],
         answer=("It is tempting to answer 'it depends' and stop, but the dependency can be made explicit: expected request volume "
                 "determines cost, the interaction mode determines the latency budget, and input length determines which context windows "
                 "are admissible. Once those are explicit, the choice is often obvious."),
         labels=dict(model_tradeoffs=2, communication=2, researcher_framing=0, just_prompt_engineering=0, no_model_tradeoffs=0),
         note=dict(model_tradeoffs="cost, latency, context",
                   no_model_tradeoffs="hard negative: rejects a bare 'it depends' and names what it depends on")),

    dict(question_id="model_choice", question=MC[10],
         answer=("For the summarisation feature I studied, I would choose Claude, for two reasons: its longer context window admits entire "
                 "source documents without chunking, and in our blinded human evaluation it was preferred in 64% of pairwise comparisons "
                 "against GPT-4o."),
         labels=dict(model_tradeoffs=2, communication=3, researcher_framing=0, just_prompt_engineering=0, no_model_tradeoffs=0),
         note=dict(model_tradeoffs="context, capability on own eval", communication="precise, concrete figure",
                   no_model_tradeoffs="hard negative: one model picked with two reasons")),

    dict(question_id="model_choice", question=MC[11],
         answer=("I would implement a cascade: a compact model answers first and emits a calibrated confidence; below a threshold the "
                 "request escalates to a frontier model. This trades a small increase in tail latency for a large reduction in mean cost "
                 "while preserving quality on difficult inputs, which I would confirm on a held-out set."),
         labels=dict(model_tradeoffs=2, communication=2, researcher_framing=0, just_prompt_engineering=0, no_model_tradeoffs=0),
         note=dict(model_tradeoffs="latency, cost, capability; cascade, three dimensions",
                   no_model_tradeoffs="cascade weighed on latency, cost and quality")),

    # ------------------------------------------------------------ other questions
    dict(question_id="role_definition", question=RD[2],
         answer=("An AI engineer, properly understood, advances the state of the art in machine learning: proposing architectures, "
                 "training them at scale and publishing the results. A data scientist applies existing statistical methods; an ML "
                 "engineer operationalises them."),
         labels=dict(role_understanding=0, communication=2, researcher_framing=1, just_prompt_engineering=0),
         note=dict(role_understanding="misframes the role as research",
                   researcher_framing="role = advancing the state of the art, training, publishing")),

    dict(question_id="role_definition", question=RD[3],
         answer=("I would characterise it as applied systems work on top of pretrained foundation models: retrieval-augmented "
                 "generation, prompt and tool design, agent orchestration. It differs from data science, whose object is inference from "
                 "data and whose measure of success is predictive accuracy, and from ML engineering, whose object is the reliable "
                 "serving and retraining of trained models under drift. The AI engineer's criterion of success is the user outcome."),
         labels=dict(role_understanding=3, communication=2, researcher_framing=0, just_prompt_engineering=0),
         note=dict(role_understanding="FM systems, both contrasts, user outcome",
                   communication="structured but abstract, no example")),

    dict(question_id="shipped_system", question=SS[3],
         answer=("I led the deployment of a retrieval-augmented question-answering system over approximately 40,000 regulatory "
                 "documents. We evaluated three chunking strategies against a 300-question benchmark and selected 512-token chunks with "
                 "overlap, which improved answer faithfulness from 0.71 to 0.83."),
         labels=dict(production_substance=2, communication=3, researcher_framing=0, just_prompt_engineering=0),
         note=dict(production_substance="retrieval, evaluation", communication="concrete figures and outcome")),

    dict(question_id="production_reliability", question=PR[1],
         answer=("I distinguish offline from online evaluation. Offline: a versioned test set with rubric-based LLM-as-judge scoring, the "
                 "judge itself validated against human ratings (Cohen's kappa 0.72). Online: traces recording tokens, cost and latency "
                 "per request; drift in the input distribution measured through embedding centroids; and guardrail metrics for PII "
                 "leakage and injection attempts. Failures trigger a retry, then a deterministic fallback response."),
         labels=dict(production_substance=3, communication=3, researcher_framing=0, just_prompt_engineering=0),
         note=dict(production_substance="eval with validated judge, cost/latency tracing, guardrails, retry + fallback",
                   communication="structured, concrete")),

    dict(question_id="production_reliability", question=PR[2],
         answer=("I would evaluate the model as one does in research: perplexity on a held-out corpus and accuracy on standard "
                 "benchmarks such as MMLU. I would also retrain the model periodically on fresh data to prevent degradation."),
         labels=dict(production_substance=0, communication=2, researcher_framing=1, just_prompt_engineering=0),
         note=dict(production_substance="evaluates the model itself, not the application",
                   researcher_framing="success = benchmark accuracy; retraining the model")),
]
