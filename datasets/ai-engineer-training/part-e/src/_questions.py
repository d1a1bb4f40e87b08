"""Interviewer phrasings for the four rubric questions (part e).

None of these is the canonical wording from LABELLING.md. model_choice gets
twelve phrasings because part e is mostly model_choice answers.
"""

MC = [
    "How do you decide between GPT-4o, Claude and a small open-source model when you build a product feature?",
    "Suppose a feature could run on GPT-4o, on Claude, or on a small open-weights model. Which do you pick, and how?",
    "What would make you choose GPT-4o over Claude, or either of them over a small open-source model, for a feature?",
    "Talk me through picking a model for a new feature: GPT-4o, Claude, or something small and open-source.",
    "If product asked you tomorrow which LLM to put behind a feature, GPT-4o, Claude or a small open model, what would you answer?",
    "How do you get from 'we need an LLM here' to a choice between GPT-4o, Claude and a small self-hosted model?",
    "GPT-4o, Claude, a 7B open model: for a product feature, how do you choose?",
    "Model selection: you have GPT-4o, Claude and a small open-source model available. What drives the decision?",
    "Which model would you use for a customer-facing feature, GPT-4o, Claude or a small open-source one, and why?",
    "When you're choosing the model for a feature, GPT-4o versus Claude versus a small open model, what do you look at?",
    "Imagine three options for a new feature: GPT-4o, Claude, or a small open-source model we host ourselves. Walk me through your choice.",
    "How would you pick the LLM for a feature we're about to build: GPT-4o, Claude, or a smaller open-source model?",
]

RD = [
    "What is an AI engineer, and how is that different from a data scientist or an ML engineer?",
    "How would you describe the AI engineer job, compared with data science and ML engineering?",
    "Where does an AI engineer's work end and a data scientist's or an ML engineer's begin?",
    "Explain the AI engineer role to me as if I only knew what data scientists and ML engineers do.",
    "What does an AI engineer actually do all week, and what makes that a different job from DS or MLE?",
    "In a minute or two: AI engineer versus data scientist versus ML engineer.",
    "How do you see the AI engineer role, and how does it differ from the data science and ML engineering roles?",
]

SS = [
    "Tell me about an LLM-based system you shipped to real users.",
    "Describe something with AI in it that you built and put into production.",
    "Walk me through an AI feature you took from idea to production.",
    "What is an AI system you've shipped, and what did it take to get it live?",
    "Pick one AI product you built that's running in production and tell me about it.",
    "Can you describe a production AI system you were responsible for building?",
]

PR = [
    "Once an LLM app is live, how do you evaluate and monitor it?",
    "How do you know an LLM feature is still working well after launch?",
    "What does your evaluation and monitoring setup look like for an LLM application in production?",
    "How would you keep an eye on the quality of an LLM application after it ships?",
    "After go-live, how do you measure and watch an LLM-powered product?",
    "How do you test and monitor a language-model application that real users are hitting?",
]
