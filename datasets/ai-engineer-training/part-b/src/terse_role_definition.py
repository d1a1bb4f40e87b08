"""Part b, style `terse`: role_definition answers (one or two short sentences, fragments)."""
from _questions import RD

ENTRIES = [
    dict(question_id="role_definition", question=RD[3],
         answer="Builds products on foundation models: RAG, prompts, agents. DS: experiments, accuracy. MLE: serving, retraining, drift. AI eng success = user outcomes, e.g. tickets resolved.",
         labels=dict(role_understanding=3, communication=3, researcher_framing=0, just_prompt_engineering=0)),

    dict(question_id="role_definition", question=RD[7],
         answer="Trains deep models from scratch and publishes on new architectures. Basically applied research.",
         labels=dict(role_understanding=0, communication=1, researcher_framing=1, just_prompt_engineering=0),
         note=dict(researcher_framing="role = training from scratch and publishing on architectures")),

    dict(question_id="role_definition", question=RD[0],
         answer="Mostly prompt engineering. Writing and tweaking prompts for ChatGPT until the output is right.",
         labels=dict(role_understanding=1, communication=1, researcher_framing=0, just_prompt_engineering=1),
         note=dict(just_prompt_engineering="role = mostly prompt engineering")),

    dict(question_id="role_definition", question=RD[2],
         answer="Not research, no training from scratch. Takes GPT-4o, Claude or Llama and builds the application around it.",
         labels=dict(role_understanding=2, communication=2, researcher_framing=0, just_prompt_engineering=0),
         note=dict(role_understanding="apps on existing models, no DS/MLE contrast",
                   researcher_framing="hard negative: 'not research, no training from scratch'")),

    dict(question_id="role_definition", question=RD[6],
         answer="Not just prompts: evals, retrieval, cost monitoring. Unlike an MLE, doesn't own training or serving of the model.",
         labels=dict(role_understanding=2, communication=2, researcher_framing=0, just_prompt_engineering=0),
         note=dict(role_understanding="contrast with MLE only",
                   just_prompt_engineering="hard negative: 'not just prompts', lists evals, retrieval, monitoring")),

    dict(question_id="role_definition", question=RD[5],
         answer="Someone who builds stuff with AI tools. Overlaps a lot with data science.",
         labels=dict(role_understanding=1, communication=1, researcher_framing=0, just_prompt_engineering=0)),

    dict(question_id="role_definition", question=RD[1],
         answer="Pretraining our own LMs on in-house corpora and pushing leaderboard scores up. That's the job.",
         labels=dict(role_understanding=0, communication=1, researcher_framing=1, just_prompt_engineering=0),
         note=dict(researcher_framing="paraphrase: pretraining own LMs, success = leaderboard scores")),

    dict(question_id="role_definition", question=RD[4],
         answer="Knowing how to talk to the model: a persona, a couple of examples, clear format instructions.",
         labels=dict(role_understanding=1, communication=1, researcher_framing=0, just_prompt_engineering=1),
         note=dict(just_prompt_engineering="paraphrase: role = how to talk to the model (persona, examples, format)")),

    dict(question_id="role_definition", question=RD[2],
         answer="Ships LLM features to users. A data scientist runs experiments and reports accuracy; we care whether the feature gets used.",
         labels=dict(role_understanding=2, communication=2, researcher_framing=0, just_prompt_engineering=0),
         note=dict(role_understanding="contrast with DS only")),

    dict(question_id="role_definition", question=RD[0],
         answer="Designing and training neural networks, e.g. I built a transformer from scratch for my thesis.",
         labels=dict(role_understanding=0, communication=1, researcher_framing=1, just_prompt_engineering=0),
         note=dict(researcher_framing="cites building a transformer from scratch as the role")),

    dict(question_id="role_definition", question=RD[7],
         answer="No model training involved. It's prompt engineering, plain and simple.",
         labels=dict(role_understanding=1, communication=1, researcher_framing=0, just_prompt_engineering=1),
         note=dict(researcher_framing="hard negative: mentions training only to deny it",
                   just_prompt_engineering="'prompt engineering, plain and simple'")),

    dict(question_id="role_definition", question=RD[1],
         answer="Software eng on top of foundation models: RAG, agents, evals, guardrails. Not research, not only prompting. DS = experiments/accuracy; MLE = serving, retraining, drift. Measured by user outcomes.",
         labels=dict(role_understanding=3, communication=3, researcher_framing=0, just_prompt_engineering=0),
         note=dict(researcher_framing="hard negative: 'not research'",
                   just_prompt_engineering="hard negative: 'not only prompting'")),

    dict(question_id="role_definition", question=RD[5],
         answer="Getting a new SOTA on GLUE or MMLU with a better model design. Data scientists do BI.",
         labels=dict(role_understanding=0, communication=1, researcher_framing=1, just_prompt_engineering=0),
         note=dict(researcher_framing="paraphrase: success = new SOTA via better model design")),

    dict(question_id="role_definition", question=RD[3],
         answer="Finding the right wording for ChatGPT so it answers the way the business wants.",
         labels=dict(role_understanding=1, communication=1, researcher_framing=0, just_prompt_engineering=1),
         note=dict(just_prompt_engineering="paraphrase: role = finding the right wording for ChatGPT")),

    dict(question_id="role_definition", question=RD[6],
         answer="MLE trains and serves the company's own models; AI engineer doesn't train anything, uses hosted LLMs via API to build features.",
         labels=dict(role_understanding=2, communication=2, researcher_framing=0, just_prompt_engineering=0),
         note=dict(role_understanding="hosted LLMs + contrast with MLE only",
                   researcher_framing="hard negative: AI engineer 'doesn't train anything'")),

    dict(question_id="role_definition", question=RD[4],
         answer="Same as a data scientist really: analyze data, build predictive models, report results to stakeholders.",
         labels=dict(role_understanding=0, communication=1, researcher_framing=0, just_prompt_engineering=0),
         note=dict(role_understanding="misframes the role as data science",
                   researcher_framing="frames as data science analysis, not research or from-scratch training")),

    dict(question_id="role_definition", question=RD[2],
         answer="Honestly, a prompt engineer with a new title. You iterate on prompts; the model does the rest.",
         labels=dict(role_understanding=1, communication=1, researcher_framing=0, just_prompt_engineering=1),
         note=dict(just_prompt_engineering="'a prompt engineer with a new title'")),

    dict(question_id="role_definition", question=RD[0],
         answer="Research on LLMs: new training objectives, papers, benchmark results.",
         labels=dict(role_understanding=0, communication=1, researcher_framing=1, just_prompt_engineering=0),
         note=dict(researcher_framing="role framed as LLM research, papers, benchmarks")),

    dict(question_id="role_definition", question=RD[7],
         answer="Builds user-facing products on existing LLMs. Prompting is maybe 20%; the rest is retrieval, evals, monitoring. Vs DS (experiments, accuracy) and MLE (serving, retraining, drift). KPI: task completion.",
         labels=dict(role_understanding=3, communication=3, researcher_framing=0, just_prompt_engineering=0),
         note=dict(just_prompt_engineering="hard negative: prompting ~20%, rest retrieval, evals, monitoring")),
]
