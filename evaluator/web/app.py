"""The reviewers' web app: a Starlette application over one DuckDB file.

Pages (all GET, read-only): ``/`` the cohort (sortable, paginated), ``/runs``, ``/candidate?id=``,
``/answer?id=`` (every scorer's verdict, evidence, recorded LLM calls, override history) and
``/assess`` (self-assessment form). Writes are POST only, behind a CSRF token: ``/override``.
``/assess`` posts too (it writes nothing, but a form is a form). Every page is rendered by Jinja2
with autoescape on and served with a strict Content-Security-Policy (no script at all).

The app holds no connection to the database while idle, so ``evaluator run``, ``report`` or
``export`` can use the same file between requests; a request that finds it in use gets a 503 page
saying so. Requests served at the same time share one read-only connection, and what the pages
read is cached while the file is unchanged (:mod:`evaluator.web.database`).
"""

from __future__ import annotations

import functools
import secrets
from collections.abc import Callable, Hashable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode

from jinja2 import ChoiceLoader, Environment, PackageLoader, StrictUndefined, select_autoescape
from markupsafe import Markup
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response
from starlette.routing import Route

from ..store import review
from ..errors import DatabaseInUseError, EvaluatorError, InputError, NoRunYetError, NotFoundError
from ..report.render import highlight_html, num
from ..rubric import LoadedRubric
from ..rubric.watch import WatchedRubric
from ..store.reads import OVERALL_RULE
from .csrf import COOKIE, FIELD, CsrfGuard
from .database import Database

REVIEWER_COOKIE = "evaluator_reviewer"
MAX_FORM_BYTES = 1_000_000  # an answer pasted into /assess is at most 200k characters
SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
                               "form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
    "X-Frame-Options": "DENY",
    "Cache-Control": "no-store",
}
LOOPBACK_HOSTS = ["127.0.0.1", "localhost", "::1", "[::1]"]
PAGES = ["cohort.html.j2", "runs.html.j2", "candidate.html.j2", "answer.html.j2", "assess.html.j2",
         "empty.html.j2", "error.html.j2"]


@functools.lru_cache(maxsize=None)
def _environment() -> Environment:
    """The pages' Jinja environment, one per process, every page compiled at once (compiling one on
    its first request held the event loop for 5–23 ms)."""
    env = Environment(loader=ChoiceLoader([PackageLoader("evaluator.web", "templates"),
                                           PackageLoader("evaluator.report", "templates")]),
                      autoescape=select_autoescape(["html", "j2"], default=True), undefined=StrictUndefined,
                      trim_blocks=True, lstrip_blocks=True)
    env.filters["num"] = num
    env.globals["script_src"] = "'none'"
    env.globals["overall_rule"] = OVERALL_RULE  # the ranking rule, stated as in the static report
    for name in PAGES:
        env.get_template(name)
    return env


def _href(path: str, **params: Any) -> str:
    """A link to one of our pages; every parameter is percent-encoded (ids are untrusted)."""
    query = urlencode({k: v for k, v in params.items() if v is not None}, quote_via=quote)
    return f"{path}?{query}" if query else path


@dataclass
class _Read:
    """What a page read from the database, as cached (:meth:`ReviewApp._read`): the view, and the
    page once rendered from it alone (per template; every browser's CSRF token put in at serving)."""
    view: Any
    html: dict[str, str] = field(default_factory=dict)


class ReviewApp:
    """The application's state: database path, rubric for self-assessment, CSRF secret, templates."""

    def __init__(self, db_path: str | Path, rubric: LoadedRubric | None = None,
                 assess_scorers: tuple[str, ...] | None = None) -> None:
        self.db_path = str(db_path)
        self._watched = WatchedRubric(rubric) if rubric is not None else None
        self.assess_scorers = assess_scorers
        self.csrf = CsrfGuard()
        self.env = _environment()
        self.db = Database(self.db_path)
        self._token_mark = secrets.token_hex(32)  # stands for the CSRF token in a cached page

    # -- database -------------------------------------------------------------------------

    def with_db(self, fn: Callable[[Any], Any], *, write: bool = False) -> Any:
        """Run ``fn(conn)`` (blocking, uncached): on a read-only cursor shared with the requests in
        flight, or with ``write`` on a connection of its own once they are done."""
        return self.db.run(fn, write=write)

    # -- rendering ------------------------------------------------------------------------

    def page(self, request: Request, template: str, status: int = 200, *, cached: _Read | None = None,
             **context: Any) -> HTMLResponse:
        """``template`` rendered with ``context``; with ``cached``, a page that depends on nothing but
        the read it comes from (and the CSRF token), rendered once per read and kept with it."""
        cookie = request.cookies.get(COOKIE) or CsrfGuard.new_cookie()
        token = self.csrf.token_for(cookie)
        if cached is None:
            html = self.env.get_template(template).render(csrf_field=FIELD, csrf_token=token, href=_href, **context)
        else:
            html = cached.html.get(template)
            if html is None:
                html = cached.html[template] = self.env.get_template(template).render(
                    csrf_field=FIELD, csrf_token=self._token_mark, href=_href, **context)
            html = html.replace(self._token_mark, token)
        response = HTMLResponse(html, status_code=status)
        if request.cookies.get(COOKIE) != cookie:
            response.set_cookie(COOKIE, cookie, httponly=True, samesite="strict", path="/")
        return response

    def error(self, request: Request, status: int, message: str) -> HTMLResponse:
        titles = {400: "Bad request", 403: "Forbidden", 404: "Not found", 405: "Method not allowed",
                  413: "Too large", 500: "Server error", 503: "Database busy"}
        return self.page(request, "error.html.j2", status=status, title=titles.get(status, "Error"),
                         message=message, code=status)

    # -- handlers -------------------------------------------------------------------------

    async def cohort(self, request: Request) -> Response:
        q = request.query_params
        sort = q.get("sort", "rank")
        order = q.get("order")
        if order not in (None, "asc", "desc"):
            raise InputError("order must be 'asc' or 'desc'")
        page = _int(q.get("page", "1"), "page")
        run_id = q.get("run") or None
        descending = None if order is None else order == "desc"
        read = await self._run_view(("cohort", run_id, sort, order, page), run_id, lambda c: review.cohort_page(
            c, run_id, sort=sort, descending=descending, page=page),
            lambda snapshot: snapshot.cohort_page(sort=sort, descending=descending, page=page))
        data = read.view
        if data is None:
            return self.page(request, "empty.html.j2", cached=read, db=self.db_path)
        return self.page(request, "cohort.html.j2", cached=read, p=data, run=data.run, rubric=data.run.rubric)

    async def runs(self, request: Request) -> Response:
        from ..runs import list_runs
        read = await self._read(("runs",), list_runs)
        return self.page(request, "runs.html.j2", cached=read, runs=read.view)

    async def candidate(self, request: Request) -> Response:
        candidate_id = _required(request, "id")
        run_id = request.query_params.get("run")
        read = await self._run_view(("candidate", candidate_id, run_id), run_id,
                                    lambda c: review.candidate_view(c, candidate_id, run_id),
                                    lambda snapshot: snapshot.candidate(candidate_id))
        view = read.view
        if view is None:
            raise NotFoundError("the database has no scored run yet")
        return self.page(request, "candidate.html.j2", cached=read, v=view, run=view.run, rubric=view.run.rubric)

    async def answer(self, request: Request, *, error: str | None = None, status: int = 200,
                     answer_id: str | None = None, run_id: str | None = None) -> Response:
        answer_id = answer_id or _required(request, "id")
        run_id = run_id or request.query_params.get("run")
        view = (await self._run_view(("answer", answer_id, run_id), run_id,
                                     lambda c: review.answer_view(c, answer_id, run_id),
                                     lambda snapshot: snapshot.answer(answer_id))).view
        if view is None:
            raise NotFoundError("the database has no scored run yet")
        spans = [(e["start"], e["end"], i.item.id) for i in view.items for v in [i.final, *i.scorers]
                 if v is not None and v.status == "scored" and (i.kind == "criterion" or v.value == 1)
                 for e in v.evidence if isinstance(e, dict) and "start" in e and "end" in e]
        return self.page(request, "answer.html.j2", status=status, v=view, run=view.run, rubric=view.run.rubric,
                         answer_html=Markup(highlight_html(view.text, spans)), error=error,
                         saved=request.query_params.get("saved"),
                         reviewer=request.cookies.get(REVIEWER_COOKIE, ""))

    async def override(self, request: Request) -> Response:
        form = await self._form(request)
        answer_id, run_id = form.get("answer_id", ""), form.get("run", "")
        if not answer_id or not run_id:
            raise InputError("the form is missing the answer or the run")
        try:
            saved = await run_in_threadpool(self.with_db, lambda c: review.override_verdict(
                c, run_id=run_id, answer_id=answer_id, item_id=form.get("item_id", ""), value=form.get("value", ""),
                reviewer=form.get("reviewer", ""), reason=form.get("reason", "")), write=True)
        except InputError as exc:  # show the answer again, with what was wrong
            return await self.answer(request, error=exc.one_line(), status=400, answer_id=answer_id, run_id=run_id)
        target = _href("/answer", id=answer_id, run=run_id, saved=saved.item_id) + f"#item-{quote(saved.item_id)}"
        response = RedirectResponse(target, status_code=303)
        response.set_cookie(REVIEWER_COOKIE, saved.reviewer, httponly=True, samesite="strict", path="/")
        return response

    async def assess_form(self, request: Request) -> Response:
        return self._assess_page(request, text="", question_id="")

    async def assess_submit(self, request: Request) -> Response:
        form = await self._form(request)
        text, question_id = form.get("answer", ""), form.get("question_id", "")
        from ..assess import assess, describe_match, level_name
        rubric = self._rubric()  # one version for the whole request
        try:
            result = await run_in_threadpool(lambda: assess(
                text, rubric=rubric, question_id=question_id or None,
                **({"scorers": self.assess_scorers} if self.assess_scorers else {})))
        except InputError as exc:
            return self._assess_page(request, text=text, question_id=question_id, error=exc.one_line(), status=400,
                                     rubric=rubric)
        return self._assess_page(request, text=text, question_id=question_id, a=result, rubric=rubric,
                                 how=describe_match(result.question), level_name=level_name,
                                 answer_html=Markup(highlight_html(result.answer, result.spans())))

    # -- helpers --------------------------------------------------------------------------

    def _rubric(self) -> LoadedRubric:
        """The self-assessment rubric as its file is now: an edited file is picked up by the next
        request (a stat per request; read and parsed again only when it changed)."""
        if self._watched is None:
            from ..assess import load_default_rubric
            self._watched = WatchedRubric(load_default_rubric())
        return self._watched.current()

    def _assess_page(self, request: Request, *, text: str, question_id: str, status: int = 200,
                     error: str | None = None, rubric: LoadedRubric | None = None, **result: Any) -> Response:
        rubric = (rubric or self._rubric()).rubric
        if question_id and question_id not in {q.id for q in rubric.questions}:
            error, status, question_id = f"the rubric has no question {question_id!r}", 400, ""
        return self.page(request, "assess.html.j2", status=status, rubric=rubric, text=text,
                         question_id=question_id, error=error, a=result.get("a"), how=result.get("how"),
                         level_name=result.get("level_name"), answer_html=result.get("answer_html"))

    async def _read(self, key: Hashable, fn: Callable[[Any], Any]) -> _Read:
        """``fn(conn)`` read for the page ``key``, cached while the database is unchanged (its view
        None when the database has no run yet). Views are shared between requests: read-only."""
        def read(conn: Any) -> _Read:
            try:
                return _Read(fn(conn))
            except NoRunYetError:
                return _Read(None)
        return await self.db.read(key, read)

    async def _run_view(self, key: Hashable, run_id: str | None, read_one: Callable[[Any], Any],
                        build: Callable[[review.RunSnapshot], Any]) -> _Read:
        """A cohort page's, a candidate's or an answer's view: built from the run read whole when it is small
        (one read per database state, then well under a millisecond per page, where each page's own
        queries take tens of milliseconds), else read for the page alone. Only while the state may
        be cached: otherwise every page would read the whole run."""
        if self.db.settled():
            snapshot_key = ("run-snapshot", run_id)
            snapshot = await self._read(snapshot_key, lambda c: review.run_snapshot(c, run_id))
            if snapshot.view is not None:
                return self.db.derived(key, snapshot_key, lambda: _Read(build(snapshot.view)))
        return await self._read(key, read_one)

    async def _form(self, request: Request) -> dict[str, str]:
        """The posted form, after the size limit, the Origin check and the CSRF check."""
        length = request.headers.get("content-length")
        if length is not None and (not length.isdigit() or int(length) > MAX_FORM_BYTES):
            raise HTTPException(413, f"the form is larger than {MAX_FORM_BYTES:,} bytes")
        origin = request.headers.get("origin")
        if origin and origin != "null" and origin.split("://", 1)[-1] != request.headers.get("host"):
            raise HTTPException(403, "the form was posted from another site")
        async with request.form(max_files=0, max_fields=20, max_part_size=MAX_FORM_BYTES) as form:
            fields = {k: v for k, v in form.items() if isinstance(v, str)}
        if not self.csrf.check(request.cookies.get(COOKIE), fields.get(FIELD)):
            raise HTTPException(403, "the form's security token is missing or stale: reload the page and try again")
        return fields


def _int(text: str, name: str) -> int:
    if not text.isdigit() or len(text) > 9:
        raise InputError(f"{name} must be a positive whole number, not {text[:40]!r}")
    return int(text)


def _required(request: Request, name: str) -> str:
    value = request.query_params.get(name)
    if not value:
        raise InputError(f"the '{name}' parameter is required")
    return value


def create_app(db_path: str | Path, *, rubric: LoadedRubric | None = None, allowed_hosts: list[str] | None = None,
               assess_scorers: tuple[str, ...] | None = None) -> Starlette:
    """The ASGI application serving the database at ``db_path`` (see the module docstring).

    ``rubric`` is used by the self-assessment page (default: the bundled AI-engineer rubric) and
    reloaded when its file changes;
    ``allowed_hosts`` guards against DNS rebinding (default: loopback names only).
    """
    state = ReviewApp(db_path, rubric, assess_scorers)

    async def on_error(request: Request, exc: Exception) -> Response:
        if isinstance(exc, HTTPException):
            return state.error(request, exc.status_code, exc.detail)
        if isinstance(exc, NotFoundError):
            return state.error(request, 404, exc.one_line())
        if isinstance(exc, InputError):
            return state.error(request, 400, exc.one_line())
        if isinstance(exc, DatabaseInUseError):
            return state.error(request, 503, "the database is in use by another evaluator process (a run or "
                                             "an import); try again when it has finished")
        if isinstance(exc, EvaluatorError):
            return state.error(request, 500, exc.one_line())
        return state.error(request, 500, "unexpected error; the server log has the details")

    async def security_headers(scope: Any, receive: Any, send: Any) -> None:
        async def send_with_headers(message: dict[str, Any]) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                present = {k.lower() for k, _ in headers}
                headers += [(k.lower().encode(), v.encode()) for k, v in SECURITY_HEADERS.items()
                            if k.lower().encode() not in present]
                message["headers"] = headers
            await send(message)
        await inner(scope, receive, send_with_headers)

    routes = [Route("/", state.cohort, methods=["GET"]),
              Route("/runs", state.runs, methods=["GET"]),
              Route("/candidate", state.candidate, methods=["GET"]),
              Route("/answer", state.answer, methods=["GET"]),
              Route("/override", state.override, methods=["POST"]),
              Route("/assess", state.assess_form, methods=["GET"]),
              Route("/assess", state.assess_submit, methods=["POST"])]
    app = Starlette(routes=routes, exception_handlers={HTTPException: on_error, Exception: on_error,
                                                       EvaluatorError: on_error},
                    middleware=[Middleware(TrustedHostMiddleware, allowed_hosts=allowed_hosts or LOOPBACK_HOSTS)])
    inner = app
    security_headers.state = state  # type: ignore[attr-defined]  # for tests and the CLI
    return security_headers  # type: ignore[return-value]
