"""The LLM judge: prompts, output modes, endpoint calls with retries, cache and audit log."""
