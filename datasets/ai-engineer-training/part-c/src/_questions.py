"""Interviewer phrasings of the four rubric questions (part c).

Every string is a paraphrase; none is the canonical wording from LABELLING.md
(check.py verifies this). Entry files pick one phrasing per answer by index.
"""

RD = [  # role_definition
    "How would you describe the job of an AI engineer, compared with a data scientist or an ML engineer?",
    "In your own words, what is an AI engineer, and where does the role end and data science or ML engineering begin?",
    "What's the difference between an AI engineer, a data scientist and an ML engineer, as you see it?",
    "Explain what an AI engineer actually spends their time on, and how that differs from DS and MLE roles.",
    "If a friend asked you what an AI engineer is, versus a data scientist or an ML engineer, what would you say?",
    "How do you understand the AI engineer role, and what separates it from data science and ML engineering?",
    "Walk me through what you think this role involves. How is it different from being a data scientist or an ML engineer?",
    "Where would you draw the line between AI engineering, data science and ML engineering?",
]

SS = [  # shipped_system
    "Describe an AI-powered system you built that made it to production.",
    "Walk me through something with an LLM or ML component that you shipped to real users.",
    "Can you tell me about a production AI project you worked on end to end?",
    "What's an AI system you've built and deployed? Tell me how it went.",
    "Give me an example of an AI feature you took from prototype to production.",
    "Talk me through the most substantial AI system you've put into production.",
    "Tell me about a time you shipped something built on an AI model. What did you build?",
    "Which AI product or system that you built is running in production, and how does it work?",
]

MC = [  # model_choice
    "For a new product feature, how would you decide between GPT-4o, Claude, or a smaller open-source model?",
    "Say we need an LLM for a feature. How do you pick between GPT-4o, Claude and something open-weight like Llama or Mistral?",
    "What would drive your choice of model - GPT-4o, Claude, or a small open-source one - for a feature we're building?",
    "How do you decide which LLM to use for a feature: a frontier API like GPT-4o or Claude, or a small self-hosted model?",
    "GPT-4o, Claude, or a compact open-source model: walk me through how you'd choose for a product feature.",
    "If you had to pick a model for a customer-facing feature, how would you compare GPT-4o, Claude and an open-source alternative?",
    "What's your process for selecting between hosted models like GPT-4o and Claude and a small open model?",
    "Which model would you use for a product feature - GPT-4o, Claude or a small open-source model - and how would you decide?",
]

PR = [  # production_reliability
    "Once an LLM app is live, how do you evaluate it and keep an eye on it?",
    "How do you measure and monitor the quality of an LLM-based application after it launches?",
    "What does evaluation and monitoring look like for an LLM product in production, in your experience?",
    "After you ship an LLM feature, how do you know it's still working well?",
    "How would you set up evaluation and monitoring for a live LLM application?",
    "Tell me how you test and watch an LLM system once real users are hitting it.",
    "What's your approach to keeping a production LLM application reliable - evaluation, monitoring, all of that?",
    "How do you track whether an LLM application in production is doing its job?",
]
