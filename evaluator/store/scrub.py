"""Keep credentials out of what is stored or printed.

The API key is only ever read from the environment, but an endpoint may quote it back (an error such
as "Incorrect API key provided: sk-…" from a proxy) and that text would otherwise reach the call log,
the verdict reasons, the reports, the exports and the one-line error messages.
"""

from __future__ import annotations

import os

SECRET_VARIABLES = ("OPENAI_API_KEY",)
SECRET_SUFFIXES = ("_API_KEY", "_AUTH_TOKEN")  # e.g. AZURE_OPENAI_API_KEY
MIN_SECRET_LENGTH = 8  # shorter values ("x", "none") would blank out ordinary words
REDACTED = "[redacted]"


def secret_values() -> list[str]:
    """The credentials in the environment, longest first (so no key is half-replaced by a shorter one)."""
    values = {value for name, value in os.environ.items()
              if (name in SECRET_VARIABLES or name.endswith(SECRET_SUFFIXES)) and len(value) >= MIN_SECRET_LENGTH}
    return sorted(values, key=len, reverse=True)


def scrub(text: str | None, secrets: list[str] | None = None) -> str | None:
    """``text`` with every credential replaced by ``[redacted]``; ``None`` stays ``None``."""
    if not text:
        return text
    for value in secret_values() if secrets is None else secrets:
        if value in text:
            text = text.replace(value, REDACTED)
    return text
