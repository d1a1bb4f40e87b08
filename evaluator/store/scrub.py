"""Keep credentials out of what is stored or printed.

The API key is only ever read from the environment, but an endpoint may quote it back (an error such
as "Incorrect API key provided: sk-…" from a proxy) and that text would otherwise reach the call log,
the verdict reasons, the reports, the exports and the one-line error messages.
"""

from __future__ import annotations

import base64
import os
from functools import lru_cache
from urllib.parse import quote, quote_plus

SECRET_VARIABLES = ("OPENAI_API_KEY",)
SECRET_SUFFIXES = ("_API_KEY", "_AUTH_TOKEN")  # e.g. AZURE_OPENAI_API_KEY
MIN_SECRET_LENGTH = 8  # shorter values ("x", "none") would blank out ordinary words
REDACTED = "[redacted]"


def secret_values() -> list[str]:
    """The credentials in the environment, longest first (so no key is half-replaced by a shorter one)."""
    values = {value for name, value in os.environ.items()
              if (name in SECRET_VARIABLES or name.endswith(SECRET_SUFFIXES)) and len(value) >= MIN_SECRET_LENGTH}
    return sorted(values, key=len, reverse=True)


@lru_cache(maxsize=64)
def encoded_forms(value: str) -> tuple[str, ...]:
    """The forms a credential travels in: as is, URL-encoded, and base64 (standard and URL-safe) of
    the key alone and of the header values that carry it ("Bearer KEY", "Basic" user:KEY), at each
    of the three byte alignments. Only the part of a base64 text that depends on the credential
    alone is kept, so it is found inside a longer encoded string too."""
    forms = {value, quote(value, safe=""), quote_plus(value), quote(value, safe="").lower()}
    for carried in (value, f"Bearer {value}", f"bearer {value}", f":{value}", f"Authorization: Bearer {value}"):
        raw = carried.encode("utf-8")
        for encode in (base64.b64encode, base64.urlsafe_b64encode):
            # the credential may start at any byte offset of the encoded text (k bytes before it):
            # keep the 3-byte groups made of its own bytes only, whatever comes before or after
            for k in (0, 1, 2):
                first = 4 if k else 0
                forms.add(encode(b"\0" * k + raw).decode("ascii")[first:(k + len(raw)) // 3 * 4])
    return tuple(sorted((f for f in forms if len(f) >= MIN_SECRET_LENGTH), key=len, reverse=True))


def scrub(text: str | None, secrets: list[str] | None = None) -> str | None:
    """``text`` with every credential, in any of its :func:`encoded_forms`, replaced by
    ``[redacted]``; ``None`` stays ``None``."""
    if not text:
        return text
    for value in secret_values() if secrets is None else secrets:
        for form in encoded_forms(value):
            if form in text:
                text = text.replace(form, REDACTED)
    return text
