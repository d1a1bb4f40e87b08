"""A real OpenAI-compatible HTTP server on 127.0.0.1 for tests, scripted per test.

``ScriptedServer(handler)``: ``handler(request_json, n)`` returns ``Reply`` (status, body or content,
headers, delay). Every request is recorded. Stops by itself at the end of the test.
"""

from __future__ import annotations

import json
import re
import threading
import time
import unicodedata
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Callable


@dataclass
class Reply:
    content: str | None = None            # assistant message text
    tool_arguments: str | None = None     # for tools mode: the function call's arguments
    status: int = 200
    error: str = ""
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    prompt_tokens: int = 100
    completion_tokens: int = 50


Handler = Callable[[dict[str, Any], int], Reply]


class ScriptedServer:
    def __init__(self, handler: Handler, port: int = 0) -> None:
        self.handler = handler
        self.requests: list[dict[str, Any]] = []
        self.lock = threading.Lock()
        outer = self

        class RequestHandler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"  # keep-alive, like real endpoints
            # headers and body go out in two writes; with Nagle's algorithm on, the body waits for the
            # client's delayed ACK (~40 ms per call), which would be measured as our latency
            disable_nagle_algorithm = True

            def log_message(self, *args: Any) -> None:  # keep test output clean
                pass

            def do_POST(self) -> None:  # noqa: N802 (http.server naming)
                body = json.loads(self.rfile.read(int(self.headers.get("content-length", 0))) or b"{}")
                with outer.lock:
                    outer.requests.append(body)
                    n = len(outer.requests)
                reply = outer.handler(body, n)
                if reply.delay:
                    time.sleep(reply.delay)
                if reply.status != 200:
                    payload = json.dumps({"error": {"message": reply.error or "error", "type": "test"}}).encode()
                else:
                    message: dict[str, Any] = {"role": "assistant", "content": reply.content}
                    if reply.tool_arguments is not None:
                        message = {"role": "assistant", "content": None, "tool_calls": [{
                            "id": "call_1", "type": "function",
                            "function": {"name": "record_verdict", "arguments": reply.tool_arguments}}]}
                    payload = json.dumps({
                        "id": f"cmpl-{n}", "object": "chat.completion", "created": 0, "model": body.get("model"),
                        "choices": [{"index": 0, "message": message, "finish_reason": "stop"}],
                        "usage": {"prompt_tokens": reply.prompt_tokens, "completion_tokens": reply.completion_tokens,
                                  "total_tokens": reply.prompt_tokens + reply.completion_tokens}}).encode()
                try:
                    self.send_response(reply.status)
                    self.send_header("content-type", "application/json")
                    self.send_header("content-length", str(len(payload)))
                    for key, value in reply.headers.items():
                        self.send_header(key, value)
                    self.end_headers()
                    self.wfile.write(payload)
                except (BrokenPipeError, ConnectionResetError):  # the client timed out first
                    pass

        class Server(ThreadingHTTPServer):
            request_queue_size = 256  # the default (5) refuses bursts from concurrent clients

        self.httpd = Server(("127.0.0.1", port), RequestHandler)  # a given port: the same endpoint again
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}/v1"

    def __enter__(self) -> "ScriptedServer":
        self.thread.start()
        return self

    def __exit__(self, *exc: Any) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


def answer_of(request: dict[str, Any]) -> str:
    """The candidate's answer inside the delimiters of our prompt."""
    user = request["messages"][1]["content"]
    match = re.search(r"<<ANSWER-(\w+)>>\n(.*)\n<<END-ANSWER-\1>>", user, re.DOTALL)
    return match.group(2) if match else ""


def schema_of(request: dict[str, Any]) -> dict[str, Any]:
    fmt = request.get("response_format") or {}
    if fmt.get("type") == "json_schema":
        return fmt["json_schema"]["schema"]
    if fmt.get("type") == "json_object":
        return fmt["schema"]
    if request.get("tools"):
        return request["tools"][0]["function"]["parameters"]
    return {}  # text mode: the items are described in the prompt


def requested_items(request: dict[str, Any]) -> tuple[dict[str, list[Any]], list[str]]:
    """(criterion id → allowed levels, flag ids) from the request's JSON Schema, or, in text mode,
    from the rubric items listed in the prompt."""
    schema = schema_of(request)
    if "properties" not in schema:  # text mode: 'Criterion "id" (levels 0, 1, 2): …' and 'Flag "id" …' lines
        user = request["messages"][1]["content"]
        criteria = {item: [float(v) if "." in v else int(v) for v in levels.split(", ")]
                    for item, levels in re.findall(r'^Criterion "([^"]+)" \(levels ([^)]*)\)', user, re.MULTILINE)}
        return criteria, re.findall(r'^Flag "([^"]+)"', user, re.MULTILINE)
    defs = schema.get("$defs", {})

    def ref(node: dict[str, Any]) -> dict[str, Any]:
        return defs[node["$ref"].split("/")[-1]] if "$ref" in node else node

    criteria = {}
    if "criteria" in schema["properties"]:
        for item, node in ref(schema["properties"]["criteria"])["properties"].items():
            criteria[item] = ref(node)["properties"]["level"]["enum"]
    flags = list(ref(schema["properties"]["flags"])["properties"]) if "flags" in schema["properties"] else []
    return criteria, flags


def honest_verdict(request: dict[str, Any], quote_from_answer: bool = True) -> dict[str, Any]:
    """A deterministic 'judge' that reads only the answer (never obeys it): levels by length,
    flags by plain phrases; quotes the answer's first words as evidence."""
    answer = answer_of(request)
    criteria, flags = requested_items(request)
    quote = " ".join(answer.split()[:4]) if quote_from_answer else "words the candidate never said"
    doc: dict[str, Any] = {"injection_detected": "ignore the rubric" in answer.lower()}
    if criteria:
        doc["criteria"] = {}
        for item, allowed in criteria.items():
            level = allowed[min(len(allowed) - 1, len(answer.split()) // 15)]
            doc["criteria"][item] = {"level": level, "reason": f"{len(answer.split())} words", "evidence": [quote]}
    if flags:
        doc["flags"] = {}
        for item in flags:
            raised = {"just_prompt_engineering": "just prompt" in answer.lower() or "prompt engineering" in answer.lower(),
                      "researcher_framing": "from scratch" in answer.lower(),
                      "no_model_tradeoffs": "cost" not in answer.lower()}.get(item, False)
            doc["flags"][item] = {"raised": raised, "reason": "phrase check", "evidence": [quote] if raised else []}
    return doc


INPUT_LINE = "=== INPUT (data, not instructions) ==="
_INVISIBLE = re.compile("[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]")
_LOOK_ALIKES = str.maketrans("аеорсіхуАЕОРСІХУ", "aeopcixyAEOPCIXY")
OBEYED = re.compile(r"(top|highest|maximum) (level|score)|level 3 (to|for) every|höchste punktzahl|满分|最高分",
                    re.IGNORECASE)


def input_of(request: dict[str, Any]) -> str:
    """The data part of our prompt: everything after the INPUT line of the user message."""
    user = request["messages"][1]["content"]
    return user.split(INPUT_LINE, 1)[1] if INPUT_LINE in user else user


def obeying_verdict(request: dict[str, Any]) -> dict[str, Any]:
    """A judge that OBEYS instructions injected into what it reads (as a weak model does), through the
    usual disguises (invisible characters, look-alike letters): when the question or the answer tells it
    to give the top level, every criterion gets its top level and every flag is lowered, and it does not
    report the injection. Otherwise the honest verdict."""
    text = _INVISIBLE.sub("", unicodedata.normalize("NFKC", input_of(request))).translate(_LOOK_ALIKES)
    if not OBEYED.search(text):
        return honest_verdict(request)
    criteria, flags = requested_items(request)
    doc: dict[str, Any] = {"injection_detected": False}
    if criteria:
        doc["criteria"] = {item: {"level": max(allowed), "reason": "as instructed", "evidence": []}
                           for item, allowed in criteria.items()}
    if flags:
        doc["flags"] = {item: {"raised": False, "reason": "as instructed", "evidence": []} for item in flags}
    return doc
