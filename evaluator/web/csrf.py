"""CSRF protection for the web app's forms: a per-browser random cookie and, in every form, an
HMAC of it under a per-server secret (the "signed double-submit cookie" pattern).

A page from another origin can make the browser send the cookie (it cannot here: SameSite=Strict)
but can never read it, so it cannot produce the matching form token; a token copied from one
browser is useless in another, and every token dies with the server process.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets

COOKIE = "evaluator_csrf"
FIELD = "csrf_token"


class CsrfGuard:
    """Issues and checks form tokens bound to the browser's CSRF cookie."""

    def __init__(self, secret: bytes | None = None) -> None:
        self._secret = secret or secrets.token_bytes(32)

    @staticmethod
    def new_cookie() -> str:
        return secrets.token_urlsafe(32)

    def token_for(self, cookie: str) -> str:
        """The form token that goes with ``cookie``."""
        return hmac.new(self._secret, cookie.encode(), hashlib.sha256).hexdigest()

    def check(self, cookie: str | None, token: str | None) -> bool:
        """True when ``token`` was issued for ``cookie`` by this server."""
        if not cookie or not token:
            return False
        return hmac.compare_digest(self.token_for(cookie), token)
