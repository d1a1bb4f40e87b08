"""Interviewer phrasings for the four rubric questions (part b).

None of these is the canonical wording from LABELLING.md; each question has
eight paraphrases, the spoken ones closer to how people actually ask.
"""

RD = [
    "How would you describe what an AI engineer actually does day to day, and where does it differ from data science or ML engineering?",
    "In your own words, what's the job of an AI engineer? How is it distinct from a data scientist's or an ML engineer's?",
    "What is an AI engineer, and what separates that role from data scientists and machine learning engineers?",
    "Can you explain the AI engineer role to me and contrast it with data science and ML engineering?",
    "So, walk me through what you think an AI engineer is responsible for, versus, say, a data scientist or an ML engineer.",
    "If a friend asked you what an AI engineer does, what would you tell them, and how would you set it apart from DS and MLE roles?",
    "Where do you draw the line between an AI engineer, a data scientist and an ML engineer?",
    "Define the AI engineer role for me. What makes it different from a data scientist or ML engineer position?",
]

SS = [
    "Can you walk me through an AI-powered system you've built that actually went live?",
    "Tell me about something with AI in it that you shipped to real users.",
    "Describe an AI product or feature you built and put into production.",
    "What's an LLM or AI system you've taken all the way to production? Walk me through it.",
    "Give me an example of an AI project of yours that made it to production.",
    "I'd like to hear about an AI application you developed and deployed. What was it?",
    "Talk me through the last AI system you shipped: what did it do and how did you build it?",
    "Have you put an AI system into production yourself? Tell me about it.",
]

MC = [
    "Say you're building a feature. How do you decide between GPT-4o, Claude, or a small open-source model?",
    "For a new product feature, how would you pick between GPT-4o, Claude and a smaller open-weights model?",
    "What goes into choosing GPT-4o versus Claude versus a small open-source model for something you're shipping?",
    "If you had to pick a model for a feature, GPT-4o, Claude or something small and open-source, how would you make that call?",
    "How do you decide which model to use for a product feature: GPT-4o, Claude, or a compact open-source one?",
    "Walk me through how you'd choose a model for a feature. The options are GPT-4o, Claude, or a small open model.",
    "GPT-4o, Claude, or a small open-source model: which would you use for a product feature, and why?",
    "Suppose product asks you which LLM to build a feature on, GPT-4o, Claude or a little open-source model. How do you choose?",
]

PR = [
    "Once an LLM app is live, how do you evaluate it and keep an eye on it?",
    "How do you know an LLM feature is still working well after launch? What do you measure and monitor?",
    "What's your approach to evaluating and monitoring an LLM-based application in production?",
    "After you ship an LLM application, how do you test it and watch it over time?",
    "How would you set up evaluation and monitoring for an LLM product that's already in production?",
    "Tell me how you keep tabs on the quality of an LLM app once real users are hitting it.",
    "What do you do to evaluate and monitor LLM applications after deployment?",
    "Your LLM feature just went to production. How do you evaluate it and monitor it from here?",
]
