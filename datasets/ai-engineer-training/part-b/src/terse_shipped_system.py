"""Part b, style `terse`: shipped_system answers (one or two short sentences, fragments)."""
from _questions import SS

ENTRIES = [
    dict(question_id="shipped_system", question=SS[2],
         answer="Support RAG bot: pgvector, 300-question eval set in CI, PII redaction, retries + fallback model, cost/latency per call in Grafana. 34% deflection.",
         labels=dict(production_substance=3, communication=3, researcher_framing=0, just_prompt_engineering=0)),

    dict(question_id="shipped_system", question=SS[4],
         answer="Trained a BERT-style model from scratch for legal text classification. Never really deployed, but good accuracy.",
         labels=dict(production_substance=0, communication=1, researcher_framing=1, just_prompt_engineering=0),
         note=dict(researcher_framing="trained from scratch, not deployed, success = accuracy")),

    dict(question_id="shipped_system", question=SS[7],
         answer="A prompt for generating social media posts. Mostly prompt engineering, iterated until marketing liked it.",
         labels=dict(production_substance=0, communication=1, researcher_framing=0, just_prompt_engineering=1),
         note=dict(just_prompt_engineering="shipped 'system' is a prompt, mostly prompt engineering")),

    dict(question_id="shipped_system", question=SS[0],
         answer="Pretrained a 120M-param LM on our chat logs, then beat the baseline by 3 points on our benchmark.",
         labels=dict(production_substance=0, communication=2, researcher_framing=1, just_prompt_engineering=0),
         note=dict(researcher_framing="paraphrase: pretrained own LM, success = benchmark points")),

    dict(question_id="shipped_system", question=SS[3],
         answer="Chatbot for a dentist's office. Gave the model a friendly persona and some sample answers. Live since May.",
         labels=dict(production_substance=0, communication=1, researcher_framing=0, just_prompt_engineering=1),
         note=dict(just_prompt_engineering="paraphrase: only work described is a persona and sample answers")),

    dict(question_id="shipped_system", question=SS[6],
         answer="No custom model training, used Claude. Built a policy Q&A tool: hybrid search over 5k docs, nightly eval on 150 questions.",
         labels=dict(production_substance=2, communication=2, researcher_framing=0, just_prompt_engineering=0),
         note=dict(production_substance="retrieval + nightly eval",
                   researcher_framing="hard negative: 'no custom model training'")),

    dict(question_id="shipped_system", question=SS[1],
         answer="Ticket summarizer. Prompt was the easy part; the work was JSON schema validation, retries, and a weekly human review sample.",
         labels=dict(production_substance=2, communication=2, researcher_framing=0, just_prompt_engineering=0),
         note=dict(production_substance="output validation/retries + weekly human review",
                   just_prompt_engineering="hard negative: 'prompt was the easy part'")),

    dict(question_id="shipped_system", question=SS[5],
         answer="My thesis: a novel graph transformer architecture for molecules, published at a workshop. Not production.",
         labels=dict(production_substance=0, communication=1, researcher_framing=1, just_prompt_engineering=0),
         note=dict(researcher_framing="answers with a published architecture paper")),

    dict(question_id="shipped_system", question=SS[2],
         answer="An FAQ chatbot using OpenAI and a vector database. It's live on our website.",
         labels=dict(production_substance=1, communication=1, researcher_framing=0, just_prompt_engineering=0),
         note=dict(production_substance="vector DB named in passing")),

    dict(question_id="shipped_system", question=SS[7],
         answer="Wrote the prompts for our sales-email tool. That was basically my whole contribution.",
         labels=dict(production_substance=0, communication=1, researcher_framing=0, just_prompt_engineering=1),
         note=dict(just_prompt_engineering="whole contribution = writing prompts")),

    dict(question_id="shipped_system", question=SS[4],
         answer="Grew our own speech model from random weights on 10k hours of call audio; WER 8.1%.",
         labels=dict(production_substance=0, communication=2, researcher_framing=1, just_prompt_engineering=0),
         note=dict(researcher_framing="paraphrase: own model from random weights, success = WER")),

    dict(question_id="shipped_system", question=SS[0],
         answer="Not a research project, not just prompts: claims-triage agent with a 400-case eval suite, prompt-injection filter, timeouts/fallbacks, token cost dashboards. Cut handling time 30%.",
         labels=dict(production_substance=3, communication=3, researcher_framing=0, just_prompt_engineering=0),
         note=dict(researcher_framing="hard negative: 'not a research project'",
                   just_prompt_engineering="hard negative: 'not just prompts'")),

    dict(question_id="shipped_system", question=SS[3],
         answer="Recipe assistant. I mostly worked on the wording of the instructions to the model; someone else added rate limiting.",
         labels=dict(production_substance=1, communication=1, researcher_framing=0, just_prompt_engineering=1),
         note=dict(production_substance="rate limiting in passing, someone else's",
                   just_prompt_engineering="paraphrase: own work = wording of the instructions")),

    dict(question_id="shipped_system", question=SS[6],
         answer="Research prototype: trained a diffusion model from scratch for floor plans. Tracked inference latency on one demo server.",
         labels=dict(production_substance=1, communication=2, researcher_framing=1, just_prompt_engineering=0),
         note=dict(production_substance="latency tracking in passing",
                   researcher_framing="research prototype, diffusion model trained from scratch")),

    dict(question_id="shipped_system", question=SS[1],
         answer="Didn't train anything myself. Shipped a Llama-3 8B classifier on our own GPUs for data-residency reasons; monitored latency and accuracy drift weekly.",
         labels=dict(production_substance=2, communication=2, researcher_framing=0, just_prompt_engineering=0),
         note=dict(production_substance="self-hosting for residency + latency and accuracy monitoring",
                   researcher_framing="hard negative: 'didn't train anything myself'")),
]
