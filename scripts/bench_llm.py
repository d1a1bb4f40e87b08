"""LLM judge benchmark (``make bench-llm``): throughput against the concurrency bound, tokens per
answer against one-call-per-criterion, and the second run's call count. Uses the scripted local
server from the tests with a fixed latency; prints figures, asserts nothing."""

from __future__ import annotations

import argparse
import multiprocessing
import csv
import json
import random
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from evaluator.judge.config import load_config  # noqa: E402
from evaluator.judge.estimate import OUTPUT_TOKENS_PER_ITEM, input_tokens_of  # noqa: E402
from evaluator.judge.prompt import build_prompt  # noqa: E402
from evaluator.match import QuestionMatcher  # noqa: E402
from evaluator.pipeline import ingest_paths, score_answers  # noqa: E402
from evaluator.training.data import load_answers  # noqa: E402
from evaluator.rubric import load_rubric  # noqa: E402
from evaluator.store import connect  # noqa: E402
from tests.judge.server import Reply, ScriptedServer, honest_verdict  # noqa: E402  (the tests' server)

PHRASES = ["we built retrieval over the docs with pgvector", "an eval set of 300 questions runs in CI",
           "latency and cost dashboards in Grafana", "it is basically prompt engineering",
           "I trained a transformer from scratch", "GPT-4o is the best, I would just use it",
           "cost, latency and the context window decide", "retries and a fallback model on timeouts"]
QUESTIONS = [("role_definition", "What does an AI engineer do?"), ("shipped_system", "Tell me about a system you shipped."),
             ("model_choice", "How would you choose a model?"), ("production_reliability", "How do you monitor it?")]


def synthetic_answers(path: Path, n: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    with path.open("w", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["answer_id", "candidate_id", "question_id", "question", "answer"])
        for i in range(n):
            qid, question = QUESTIONS[i % len(QUESTIONS)]
            words = " ".join(rng.choice(PHRASES) for _ in range(rng.randint(3, 12)))
            writer.writerow([f"b-{i}", f"c-{i // 4}", qid, question, f"{words}."])


def serve(latency: float, urls: "multiprocessing.Queue", counts: "multiprocessing.Queue", stop: Any) -> None:
    def handler(request: dict, n: int) -> Reply:
        counts.put(1)
        return Reply(content=json.dumps(honest_verdict(request)), delay=latency)

    with ScriptedServer(handler) as server:
        urls.put(server.url)
        stop.wait()


class RemoteServer:
    """The server process's URL and a running count of the requests it has answered."""

    def __init__(self, url: str, counts: "multiprocessing.Queue") -> None:
        self.url = url
        self.counts = counts
        self.seen = 0

    @property
    def requests(self) -> range:
        while not self.counts.empty():
            self.seen += self.counts.get()
        return range(self.seen)


def token_comparison(rubric: Any, answers: list[Any], mode: str = "json_schema") -> tuple[int, int]:
    """Estimated tokens (input + output) of one call per answer against one call per criterion/flag."""
    matcher = QuestionMatcher(rubric.rubric)
    ours = per_item = 0
    for answer in answers:
        answer = answer.model_copy(update={"question_id": matcher.match(answer).question_id})
        items = rubric.rubric.items_for(answer.question_id)

        def tokens(subset: list[Any]) -> int:
            prompt = build_prompt(answer, answer.text, answer.question, rubric.rubric, subset)
            return input_tokens_of(prompt, mode) + OUTPUT_TOKENS_PER_ITEM * len(subset)

        ours += tokens(items)
        per_item += sum(tokens([item]) for item in items)
    return ours, per_item


def bundled_answers() -> list[Any]:
    """The bundled dataset's answers (real lengths, 20–400 words)."""
    with tempfile.TemporaryDirectory() as tmp:
        conn = connect(Path(tmp) / "bundled.duckdb")
        data = ROOT / "datasets" / "ai-engineer-interviews"
        ingest_paths(conn, [data / "transcripts", data / "written"])
        return load_answers(conn)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=2000)
    parser.add_argument("--latency", type=float, default=0.2)
    parser.add_argument("--concurrency", type=int, default=32)
    args = parser.parse_args()
    rubric = load_rubric(ROOT / "rubrics" / "ai-engineer-role.yaml")

    # the server runs in its own process so that it does not share the client's interpreter lock
    ctx = multiprocessing.get_context("spawn")
    urls, counts, stop = ctx.Queue(), ctx.Queue(), ctx.Event()
    process = ctx.Process(target=serve, args=(args.latency, urls, counts, stop), daemon=True)
    process.start()
    server = RemoteServer(urls.get(timeout=30), counts)
    with tempfile.TemporaryDirectory() as tmp:
        inputs = Path(tmp) / "answers.csv"
        synthetic_answers(inputs, args.n)
        conn = connect(Path(tmp) / "bench.duckdb")
        ingest_paths(conn, [inputs])
        config = load_config(None, base_url=server.url, model="bench-model", concurrency=args.concurrency,
                             output_mode="json_schema")
        started = time.perf_counter()
        first = score_answers(conn, rubric, ["llm"], scorer_options={"llm": {"config": config}})
        elapsed = time.perf_counter() - started
        first_calls = len(server.requests)
        score_answers(conn, rubric, ["llm"], scorer_options={"llm": {"config": config}})
        second_calls = len(server.requests) - first_calls
        conn.execute("DELETE FROM run_answers; DELETE FROM scores")  # rescore everything: all from the cache
        score_answers(conn, rubric, ["llm"], scorer_options={"llm": {"config": config}})
        cache_calls = len(server.requests) - first_calls - second_calls
        sample = load_answers(conn)[:200]
        ours, per_item = token_comparison(rubric, sample)
        latency_ms, calls_logged = conn.execute("SELECT avg(latency_ms), count(*) FROM llm_calls").fetchone()
    bundled = bundled_answers()
    ours_bundled, per_item_bundled = token_comparison(rubric, bundled)
    stop.set()
    process.join(timeout=10)
    bound = args.concurrency / args.latency
    throughput = first_calls / elapsed
    print(f"answers: {args.n}, calls: {first_calls}, latency {args.latency * 1000:.0f} ms, concurrency {args.concurrency}")
    print(f"throughput: {throughput:.1f} calls/s = {throughput / bound:.2f} of the bound {bound:.0f} calls/s "
          f"({elapsed:.1f} s end to end); while calling: {first_calls / first.llm_stats.seconds / bound:.2f} "
          f"({first.llm_stats.seconds:.1f} s; the rest is matching, prompts, quote location and writes)")
    # Little's law: calls in flight = throughput × observed latency; shows how full the client keeps the pool
    print(f"observed latency {latency_ms:.0f} ms per call (server + network + our event loop); "
          f"mean calls in flight {throughput * latency_ms / 1000:.1f} of {args.concurrency}")
    for label, n, a, b in (("synthetic answers", len(sample), ours, per_item),
                           ("bundled dataset answers", len(bundled), ours_bundled, per_item_bundled)):
        print(f"tokens per answer ({label}, n={n}, estimated incl. JSON Schema): one call per answer {a / n:.0f}, "
              f"one call per criterion/flag {b / n:.0f} → {b / a:.1f}x fewer")
    print(f"second run: {second_calls} calls; re-scoring everything from the cache: {cache_calls} calls")


if __name__ == "__main__":
    main()
