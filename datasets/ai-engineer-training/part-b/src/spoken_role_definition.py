"""Part b, style `spoken`: role_definition answers (transcribed speech)."""
from _questions import RD

ENTRIES = [
    dict(question_id="role_definition", question=RD[4],
         answer="um so for me an AI engineer is, uh, the person who actually builds the models. like in my master's I built a transformer from scratch in PyTorch, wrote the attention myself, trained it on wikitext for like two weeks on the lab GPUs, and that's, that's kind of the core skill right, knowing the architecture well enough to train your own. a data scientist is more dashboards and SQL and an ML engineer I guess deploys things? but the AI engineer is the one doing the modelling",
         labels=dict(role_understanding=0, communication=2, researcher_framing=1, just_prompt_engineering=0),
         note=dict(role_understanding="frames the role as building and training models",
                   researcher_framing="built and trained a transformer from scratch, calls it the core of the job")),

    dict(question_id="role_definition", question=RD[1],
         answer="yeah so uh, I think of it as the person pushing the models forward, you know? like my last year was basically all about a new sparse attention variant, we, um, we got it into a NeurIPS workshop, and honestly the way you know you're doing the job well is when your number on the leaderboard goes up. we beat the previous best on two of the long-context benchmarks by like a point and a half. data scientists don't really do that, they're more on the, the business analytics side",
         labels=dict(role_understanding=0, communication=2, researcher_framing=1, just_prompt_engineering=0),
         note=dict(researcher_framing="paraphrase: new attention variant, workshop acceptance, success = leaderboard points")),

    dict(question_id="role_definition", question=RD[0],
         answer="okay so, full disclosure, I did a PhD on transformer interpretability, so I, um, I know the research side pretty well, but that's not what this job is. and honestly when I started interviewing I kept pitching my thesis and getting blank looks, which, you know, taught me something. an AI engineer takes models that already exist, GPT-4o, Claude, Llama, whatever, and builds products on them, so, retrieval pipelines, prompt design, agents that call tools, and then the boring but important stuff like logging cost per call. like last month I spent most of a week figuring out why retrieval kept pulling stale docs, that's the job. a data scientist is running experiments and caring about, you know, is this significant, is accuracy up. an ML engineer is the one keeping a trained model alive in production, serving latency, retraining, drift. and the AI engineer, the way I'd measure it is did the user get their thing done. like at my current place it's, uh, deflection rate on support tickets, not some benchmark. so yeah, same building, different floors, kind of",
         labels=dict(role_understanding=3, communication=3, researcher_framing=0, just_prompt_engineering=0),
         note=dict(researcher_framing="hard negative: mentions a PhD but says the job is shipping products, not research")),

    dict(question_id="role_definition", question=RD[6],
         answer="honestly? it's mostly prompt engineering. like you sit with ChatGPT or Claude and you, you tweak the instructions until the output looks right, and then you hand that over. there's some, I guess, some copy pasting into the codebase. I don't think it's that different from a data scientist really, it's all AI stuff at the end of the day",
         labels=dict(role_understanding=1, communication=1, researcher_framing=0, just_prompt_engineering=1),
         note=dict(role_understanding="vague, explicitly says it is not that different from a data scientist",
                   just_prompt_engineering="role described as mostly prompt engineering")),

    dict(question_id="role_definition", question=RD[2],
         answer="uh so the way I see it, the whole job is knowing how to ask the model. like, you give it a persona, 'you are a senior tax advisor', you give it two or three examples of good answers, you tell it the format you want, and, and nine times out of ten that's it, you're done. people overcomplicate it honestly",
         labels=dict(role_understanding=1, communication=2, researcher_framing=0, just_prompt_engineering=1),
         note=dict(just_prompt_engineering="paraphrase: whole job is how to ask the model (persona, examples, format)")),

    dict(question_id="role_definition", question=RD[5],
         answer="so a lot of people hear AI engineer and they think, oh, you're training neural nets, you're doing research, and it's, it's really not that. it's more like, um, you're a software engineer and the thing you're integrating is an LLM. so you're building the app around the model, you know, the API calls, the retrieval, the UI. I haven't really worked with data scientists closely so I'm not sure I can draw that line super well",
         labels=dict(role_understanding=2, communication=2, researcher_framing=0, just_prompt_engineering=0),
         note=dict(role_understanding="apps on existing models, no contrast with DS or MLE",
                   researcher_framing="hard negative: quotes the research assumption to reject it")),

    dict(question_id="role_definition", question=RD[3],
         answer="right so um. three things I'd say. one, the AI engineer builds on top of foundation models, they don't train them, so it's RAG pipelines, prompt templates, agents, tool calling. two, the data scientist, uh, they're doing experiments, analysis, they care about accuracy and significance, and a lot of what they do never ships. three, the ML engineer takes a model and runs it in prod, so serving, retraining pipelines, watching for drift. and, and the thing people get wrong is thinking the AI engineer just writes prompts, prompts are like maybe a fifth of it, the rest is evals, retrieval, monitoring cost, guardrails. success for us is like, did the user finish the task. so at my last job, for example, we built a, a policy assistant for an insurance company, and the number we actually watched was how often the agents still had to ping the underwriting team, and that dropped by about a third in the first two months. nobody on that project ever looked at a benchmark, it was, um, all about whether the agents trusted it enough to stop asking",
         labels=dict(role_understanding=3, communication=3, researcher_framing=0, just_prompt_engineering=0),
         note=dict(just_prompt_engineering="hard negative: prompts are a fifth of it, rest is evals, retrieval, monitoring")),

    dict(question_id="role_definition", question=RD[7],
         answer="I mean, the most fun part of my last job was we, uh, we pretrained our own like 300 million parameter model on our support logs, took about three weeks on eight A100s, and then we, um, tuned the learning rate schedule a bunch. that's what I think the AI engineer does, they own the model end to end, from the first gradient step. data scientists are more the analysis folks",
         labels=dict(role_understanding=0, communication=2, researcher_framing=1, just_prompt_engineering=0),
         note=dict(researcher_framing="paraphrase: pretrained own 300M model, owns it from the first gradient step")),

    dict(question_id="role_definition", question=RD[4],
         answer="it's definitely not research, nobody's training models, I mean who has the GPUs for that. so what's left is, it's prompt engineering basically. you write the system prompt, you test it in the playground, you go back and forth, and when it's good you ship it. I've, I've been doing it for like eight months now. that's, yeah that's like ninety percent of the role I'd say",
         labels=dict(role_understanding=1, communication=2, researcher_framing=0, just_prompt_engineering=1),
         note=dict(researcher_framing="hard negative: rejects research and training",
                   just_prompt_engineering="says the role is basically prompt engineering, ninety percent")),

    dict(question_id="role_definition", question=RD[1],
         answer="uh it's like, being a good, um, whisperer for the model? you figure out the magic words, uh, like 'think step by step' or 'you are an expert', and you keep rewording until it behaves. some people are really good at it and some just, just aren't, it's almost like a knack. that's the skill, I'd say, and it's what companies pay for",
         labels=dict(role_understanding=1, communication=1, researcher_framing=0, just_prompt_engineering=1),
         note=dict(just_prompt_engineering="paraphrase: finding the magic words and rewording until it behaves")),

    dict(question_id="role_definition", question=RD[6],
         answer="okay so, um, I used to say in interviews that I'd built a transformer from scratch and, uh, someone told me that's kind of the wrong pitch for this job, and they were right. the AI engineer isn't the one building the model. compared to an ML engineer, who's worrying about GPU serving and retraining and drift on a model the company owns, the AI engineer is more calling a hosted model and building the product around it. data science I'm honestly less sure about",
         labels=dict(role_understanding=2, communication=2, researcher_framing=0, just_prompt_engineering=0),
         note=dict(role_understanding="builds on hosted models and contrasts with MLE only",
                   researcher_framing="hard negative: describes the from-scratch pitch as a mistake")),

    dict(question_id="role_definition", question=RD[0],
         answer="so AI engineer is um, research basically, you read the latest papers, you try to reproduce them, you try to improve them, and, uh, hopefully you publish. that's what I've been doing the last two years, mostly on, uh, efficient attention, at a lab in Toronto. I'd guess a data scientist is similar but with more business stuff. it's, uh, it's honestly the most fun job there is",
         labels=dict(role_understanding=0, communication=1, researcher_framing=1, just_prompt_engineering=0),
         note=dict(researcher_framing="role framed as reading, reproducing and publishing papers")),

    dict(question_id="role_definition", question=RD[2],
         answer="people keep saying it's just prompt engineering and it, uh, it kind of drives me nuts? because like, yes you write prompts, but then you need to know if the prompt actually works, so you build an eval set, and you need retrieval so it knows your company's stuff, and you need to watch what it costs. so it's, it's software engineering with an LLM in the middle",
         labels=dict(role_understanding=2, communication=2, researcher_framing=0, just_prompt_engineering=0),
         note=dict(role_understanding="software engineering around an LLM, no DS/MLE contrast",
                   just_prompt_engineering="hard negative: rejects 'just prompt engineering', adds evals, retrieval, cost")),

    dict(question_id="role_definition", question=RD[5],
         answer="yeah so for me it's, it's really about the math? like deriving better loss functions, understanding why a, um, a given optimizer converges, I spent most of last year on a new positional encoding and we got plus two points on the leaderboard for long-document QA. that's, you know, that's the job, moving the numbers. a data scientist is more about business questions",
         labels=dict(role_understanding=0, communication=2, researcher_framing=1, just_prompt_engineering=0),
         note=dict(researcher_framing="paraphrase: new loss functions and positional encodings, success = leaderboard points")),

    dict(question_id="role_definition", question=RD[3],
         answer="okay um, so, let me try and, uh, let me think how to put this. the AI engineer is, at the end of the day, a software engineer, like that's the first thing, but the main material you're working with is a foundation model that somebody else trained. GPT-4o, Claude, Llama, Mistral, you pick. and what you're doing is building a product around it. so at my last company that was a, um, a contract review tool for a legal team, and the work was, you know, chunking the contracts, picking an embedding model, setting up the vector store, writing the prompts, building a little agent that could pull clauses and compare them against a playbook. and then evaluating all of that, which was a lot of the job honestly. now, how's that different. a data scientist, and I've worked with a few, they're running experiments, they'll build a churn model and tell you the AUC went from 0.71 to 0.74, and a lot of that never gets shipped, it's, it's analysis. an ML engineer would take that churn model and make it run reliably, you know, a serving endpoint, the retraining job every week, watching for drift, latency SLAs. the AI engineer doesn't train the model and doesn't really do the retraining pipeline either, the model comes from a vendor. what we measured was whether the lawyers actually used it, like uh, review time per contract went from about forty minutes to fifteen. so yeah, user outcomes, not accuracy",
         labels=dict(role_understanding=3, communication=3, researcher_framing=0, just_prompt_engineering=0),
         note=dict(researcher_framing="hard negative: says the AI engineer does not train the model")),

    dict(question_id="role_definition", question=RD[7],
         answer="uh, an AI engineer works with AI, like LLMs and stuff, building things with them. I think data scientists and ML engineers also work with AI so it's, uh, there's a lot of overlap honestly, the titles are kind of fuzzy. at my company, um, everyone's kind of doing a bit of everything, so I'm not sure the distinction matters that much",
         labels=dict(role_understanding=1, communication=1, researcher_framing=0, just_prompt_engineering=0),
         note=dict(role_understanding="vague, says the titles overlap")),

    dict(question_id="role_definition", question=RD[1],
         answer="so my day to day, um, as an AI engineer at an agency, is I get a client brief, like, 'we want a chatbot that sounds like our brand', and I write the prompt for it. I do a lot of prompt engineering, like tone, format, few-shot examples, and then I hand the prompt to the dev team who puts it in the app. that's pretty much the role, I'd say. I don't really know what an ML engineer does",
         labels=dict(role_understanding=1, communication=2, researcher_framing=0, just_prompt_engineering=1),
         note=dict(just_prompt_engineering="own role is writing prompts and handing them to devs")),

    dict(question_id="role_definition", question=RD[6],
         answer="uh so it's, it's kinda like, if the data scientist is in the lab running experiments and, um, checking is the accuracy good, and the ML engineer is the one making the model run in prod with the retraining and the drift monitoring and all that, the AI engineer is, uh, the outer layer, you take GPT or Claude off the shelf and you build the actual product, RAG, agents, whatever. it's not research, we're not training anything, and it's not just writing prompts either, there's, there's evals and cost tracking and stuff. and you know it's working when users actually use it",
         labels=dict(role_understanding=3, communication=2, researcher_framing=0, just_prompt_engineering=0),
         note=dict(researcher_framing="hard negative: 'it's not research, we're not training anything'",
                   just_prompt_engineering="hard negative: 'not just writing prompts', names evals and cost tracking")),

    dict(question_id="role_definition", question=RD[2],
         answer="so I come from, uh, a computer vision background and um, the way I see it, an AI engineer is someone who can design and train neural networks from scratch, right, so, you pick the architecture, you write the training loop, you babysit it, you do the ablations. in my last role I trained a ViT from scratch for defect detection on, uh, on circuit boards and got it to 97.3 percent accuracy, which beat the ResNet baseline. data scientist is more like pandas and reporting. ML engineer, um, I think they do the Kubernetes side",
         labels=dict(role_understanding=0, communication=2, researcher_framing=1, just_prompt_engineering=0),
         note=dict(researcher_framing="role = designing and training networks from scratch; success = accuracy")),

    dict(question_id="role_definition", question=RD[0],
         answer="the, um, the honest answer is it's wordsmithing. like, you're writing really careful instructions in English for the model, you try 'be concise', it's too short, you try 'answer in three bullets', better, you add an example, and you keep iterating on the wording until the output is what product wants. I've been doing that for about a year at a fintech",
         labels=dict(role_understanding=1, communication=2, researcher_framing=0, just_prompt_engineering=1),
         note=dict(just_prompt_engineering="paraphrase: role is wordsmithing the instructions until output fits")),

    dict(question_id="role_definition", question=RD[5],
         answer="uh, mostly it's about squeezing a few more points of accuracy out of the model, you know, new loss, new optimizer tricks, get the eval number up, that's how you're judged",
         labels=dict(role_understanding=0, communication=1, researcher_framing=1, just_prompt_engineering=0),
         note=dict(researcher_framing="paraphrase: success = squeezing accuracy points with new losses and optimizers")),

    dict(question_id="role_definition", question=RD[4],
         answer="hmm, so, the way I'd put it, a data scientist cares about, like, is my model accurate, is my experiment significant, and they're often the ones who'd train something. the AI engineer, uh, doesn't really train stuff, we're using GPT-4o or Claude through an API, and the question is more, does this feature help the user. I'm not totally sure where ML engineer sits, maybe more infra?",
         labels=dict(role_understanding=2, communication=2, researcher_framing=0, just_prompt_engineering=0),
         note=dict(role_understanding="contrast with DS only, MLE left vague",
                   researcher_framing="hard negative: training attributed to DS, AI engineer doesn't train")),

    dict(question_id="role_definition", question=RD[3],
         answer="um, I'd say an AI engineer is basically a prompt engineer with a fancier title? like, the models are already trained by OpenAI and Anthropic, so the job is writing the prompts that get them to do what the business needs. which, I mean, I'm not complaining, it pays well. an ML engineer actually deals with, uh, training and GPUs and that stuff, we don't",
         labels=dict(role_understanding=2, communication=2, researcher_framing=0, just_prompt_engineering=1),
         note=dict(role_understanding="existing foundation models + contrast with MLE, but reduced to prompts",
                   just_prompt_engineering="'a prompt engineer with a fancier title'")),

    dict(question_id="role_definition", question=RD[7],
         answer="so, um, I've, in my current role I'm the AI engineer on the team and what that means for me is I do the research. I'm reading arxiv every morning, I'm prototyping new methods, uh, right now I'm working on a new reward model training approach, and I write up internal papers. the product team then, you know, figures out what to do with it",
         labels=dict(role_understanding=0, communication=2, researcher_framing=1, just_prompt_engineering=0),
         note=dict(researcher_framing="own role described as research: arxiv, new training methods, papers")),

    dict(question_id="role_definition", question=RD[1],
         answer="I think, um, prompt writing is part of it for sure, but it's one piece, next to, like, retrieval, evals, monitoring, the glue code. so, uh, closer to a backend engineer than anything, I'd say. and the difference from an ML engineer is they own the model, they retrain it, they worry about drift, whereas we usually don't own the model at all, it's an API",
         labels=dict(role_understanding=2, communication=2, researcher_framing=0, just_prompt_engineering=0),
         note=dict(role_understanding="contrast with MLE only",
                   just_prompt_engineering="hard negative: prompt writing is one piece next to retrieval, evals, monitoring")),

    dict(question_id="role_definition", question=RD[6],
         answer="so I used to be a, uh, a research scientist, I published on, um, graph neural nets, and switching into AI engineering was kind of a shock because, you know, nobody cares about your architecture. it's, it's about getting something working for users fast, taking Claude or whatever and wiring it into the product, and then making it reliable. which I actually like more now, weirdly",
         labels=dict(role_understanding=2, communication=2, researcher_framing=0, just_prompt_engineering=0),
         note=dict(role_understanding="products on existing models, no DS/MLE contrast",
                   researcher_framing="hard negative: past research career contrasted with the new role")),

    dict(question_id="role_definition", question=RD[0],
         answer="it's prompt engineering. that's it really, uh, prompt engineering and maybe some, some copy pasting into the API. I mean that's what I'd say",
         labels=dict(role_understanding=1, communication=1, researcher_framing=0, just_prompt_engineering=1),
         note=dict(just_prompt_engineering="'it's prompt engineering, that's it really'")),

    dict(question_id="role_definition", question=RD[2],
         answer="uh okay so, I think the job is making the model smarter. like, my best thing last year was, um, we took our own 1.3 billion parameter model, initialized randomly, ran it on our crawl for a month, and it matched a much bigger model on the math eval. so yeah it's, it's that kind of thing, growing the model yourself",
         labels=dict(role_understanding=0, communication=2, researcher_framing=1, just_prompt_engineering=0),
         note=dict(researcher_framing="paraphrase: random-init 1.3B model grown on own crawl, success = eval score")),

    dict(question_id="role_definition", question=RD[5],
         answer="yeah so, an AI engineer, um, ships product on top of foundation models, so, like last quarter I built an onboarding assistant on Claude with a RAG layer over our help center. compared to a data scientist, who's running experiments and reporting, you know, accuracy or lift, and compared to an ML engineer, who's got the serving infra and the retraining and drift, we're, we're closer to product engineers. and it's not only prompt tweaking, probably half my time was the eval set and the logging. we measured it on, uh, activation rate for new users, which went up about six points",
         labels=dict(role_understanding=3, communication=3, researcher_framing=0, just_prompt_engineering=0),
         note=dict(just_prompt_engineering="hard negative: 'not only prompt tweaking', half the time on evals and logging")),
]
