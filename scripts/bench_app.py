"""Load benchmark of the review app (``make bench-app``): ``evaluator serve`` under concurrent readers.

Starts ``evaluator serve --db DB --port 0`` as a subprocess (real uvicorn, the console script beside
this Python, else ``python -m evaluator``), then fires ``--requests`` GETs (default 2,000) from
``--concurrency`` clients at once (default 50). Each client is one keep-alive HTTP/1.1 connection
that keeps its cookies, like a browser tab; the requests are a seeded random mix of what reviewers
open (``--mix``, default cohort 20%, candidate 30%, answer 40%, runs 10%):

* cohort: ``/`` (half of them sorted by some column, or the next page when there is one);
* candidate: ``/candidate?id=`` of a random candidate of the latest complete run;
* answer: ``/answer?id=`` of a random answer of that run;
* runs: ``/runs``.

Prints, per page kind and overall, p50/p90/p99/max latency (send to last byte), the error count
(any status but 200, or a failed connection) and the throughput, plus the server's CPU time. The
client is plain asyncio (no HTTP library) so that it takes as little of the machine's CPU as
possible: it runs on the same cores as the server. ``--check`` exits 1 when p99 is over ``--goal``.

    python scripts/bench_app.py [--db evaluator.duckdb] [--requests 2000] [--concurrency 50]
                                [--warmup 0] [--seed 1] [--goal 1.0] [--check] [--json FILE]
                                [--timeline N] [--module]

The database is only read (the app's GETs are read-only); build one with ``make demo``.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import random
import re
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
KINDS = ("cohort", "candidate", "answer", "runs")
DEFAULT_MIX = "cohort=20,candidate=30,answer=40,runs=10"


def serve_command(db: str, module: bool = False) -> list[str]:
    script = Path(sys.executable).parent / "evaluator"
    base = [str(script)] if script.exists() and not module else [sys.executable, "-m", "evaluator"]
    return [*base, "serve", "--db", db, "--port", "0"]


def start_server(db: str, module: bool = False) -> tuple[subprocess.Popen, int, list[str]]:
    """``evaluator serve`` on a free port, once it listens (its "serving on" line); the lines it
    writes to stderr afterwards are collected (read all along, so that the pipe never fills)."""
    proc = subprocess.Popen(serve_command(db, module), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                            cwd=ROOT)
    assert proc.stderr is not None
    line = proc.stderr.readline()
    match = re.search(r"on http://127\.0\.0\.1:(\d+)/", line)
    if not match:
        proc.kill()
        raise SystemExit(f"evaluator serve did not start:\n{line}{proc.stderr.read()}")
    log: list[str] = []
    threading.Thread(target=lambda: log.extend(proc.stderr), daemon=True).start()
    return proc, int(match.group(1)), log


def stop_server(proc: subprocess.Popen) -> None:
    proc.terminate()
    try:
        proc.wait(timeout=30)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of a live process (Linux /proc), NaN elsewhere."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, IndexError, ValueError):
        return float("nan")


def database_ids(db: str) -> tuple[list[str], list[str], list[str]]:
    """(candidates, answers, sort keys) of the latest complete run, read once before the server starts."""
    sys.path.insert(0, str(ROOT))
    from evaluator.store import review
    from evaluator.store import connect
    from evaluator.store.reads import run_info
    conn = connect(db, read_only=True)
    try:
        run = run_info(conn)
        candidates = [r[0] for r in conn.execute(
            "SELECT DISTINCT a.candidate_id FROM answers a JOIN run_answers ra ON ra.answer_id = a.answer_id "
            "AND ra.answer_hash = a.content_hash WHERE ra.run_id = ? ORDER BY 1", [run.run_id]).fetchall()]
        answers = [r[0] for r in conn.execute(
            "SELECT answer_id FROM run_answers WHERE run_id = ? ORDER BY 1", [run.run_id]).fetchall()]
        pages = review.cohort_page(conn, run.run_id).n_pages
        keys = review.sort_keys(run.rubric)
    finally:
        conn.close()
    if not candidates or not answers:
        raise SystemExit(f"{db}: the latest complete run has no answers")
    return candidates, answers, [*keys, *(["page:2"] if pages > 1 else [])]


def parse_mix(text: str) -> dict[str, float]:
    mix = {}
    for part in text.split(","):
        kind, _, weight = part.partition("=")
        if kind.strip() not in KINDS:
            raise SystemExit(f"--mix: unknown page kind {kind!r}; one of {', '.join(KINDS)}")
        mix[kind.strip()] = float(weight)
    return mix


def plan(n: int, mix: dict[str, float], candidates: list[str], answers: list[str], cohort_variants: list[str],
         seed: int) -> list[tuple[str, str]]:
    """``n`` (kind, path) pairs drawn with ``mix``'s weights."""
    from urllib.parse import quote
    rng = random.Random(seed)
    kinds = list(mix)
    out = []
    for kind in rng.choices(kinds, weights=[mix[k] for k in kinds], k=n):
        if kind == "cohort":
            variant = rng.choice(cohort_variants) if rng.random() < 0.5 else "rank"
            if variant == "page:2":
                path = "/?page=2"
            elif variant == "rank":
                path = "/"
            else:
                path = f"/?sort={quote(variant)}&order={rng.choice(['asc', 'desc'])}"
        elif kind == "candidate":
            path = f"/candidate?id={quote(rng.choice(candidates), safe='')}"
        elif kind == "answer":
            path = f"/answer?id={quote(rng.choice(answers), safe='')}"
        else:
            path = "/runs"
        out.append((kind, path))
    return out


@dataclass
class Results:
    latencies: dict[str, list[float]] = field(default_factory=lambda: {k: [] for k in KINDS})
    errors: dict[str, int] = field(default_factory=lambda: {k: 0 for k in KINDS})
    statuses: dict[int, int] = field(default_factory=dict)
    first_error: str = ""
    timeline: list[tuple[float, float]] = field(default_factory=list)  # (sent at, latency) of each success


class Connection:
    """One keep-alive HTTP/1.1 connection with a cookie jar (enough HTTP for uvicorn's replies)."""

    def __init__(self, port: int) -> None:
        self.port = port
        self.cookies: dict[str, str] = {}
        self.reader: asyncio.StreamReader | None = None
        self.writer: asyncio.StreamWriter | None = None

    async def get(self, path: str) -> tuple[int, bytes]:
        if self.writer is None:
            self.reader, self.writer = await asyncio.open_connection("127.0.0.1", self.port)
        jar = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        cookie = f"Cookie: {jar}\r\n" if jar else ""
        self.writer.write(f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1:{self.port}\r\n{cookie}\r\n".encode())
        await self.writer.drain()
        assert self.reader is not None
        head = await self.reader.readuntil(b"\r\n\r\n")
        lines = head.decode("latin-1").split("\r\n")
        status = int(lines[0].split()[1])
        length, close = None, False
        for line in lines[1:]:
            name, _, value = line.partition(":")
            name, value = name.strip().lower(), value.strip()
            if name == "content-length":
                length = int(value)
            elif name == "connection" and value.lower() == "close":
                close = True
            elif name == "set-cookie":
                key, _, rest = value.partition("=")
                self.cookies[key] = rest.split(";", 1)[0]
        body = await self.reader.readexactly(length) if length is not None else await self.reader.read()
        if close or length is None:
            await self.close()
        return status, body

    async def close(self) -> None:
        if self.writer is not None:
            self.writer.close()
            try:
                await self.writer.wait_closed()
            except OSError:
                pass
        self.reader = self.writer = None


async def fire(port: int, requests: list[tuple[str, str]], concurrency: int, results: Results) -> float:
    """Send ``requests`` from ``concurrency`` connections at once; the wall time in seconds."""
    queue: asyncio.Queue[tuple[str, str]] = asyncio.Queue()
    for item in requests:
        queue.put_nowait(item)

    async def client() -> None:
        conn = Connection(port)
        try:
            while True:
                try:
                    kind, path = queue.get_nowait()
                except asyncio.QueueEmpty:
                    return
                start = time.perf_counter()
                try:
                    status, body = await conn.get(path)
                except (OSError, asyncio.IncompleteReadError, ValueError, IndexError) as exc:
                    await conn.close()
                    results.errors[kind] += 1
                    results.first_error = results.first_error or f"{path}: {type(exc).__name__}: {exc}"
                    continue
                elapsed = time.perf_counter() - start
                results.statuses[status] = results.statuses.get(status, 0) + 1
                if status != 200 or b"</html>" not in body:
                    results.errors[kind] += 1
                    results.first_error = results.first_error or f"{path}: HTTP {status} {body[:200]!r}"
                else:
                    results.latencies[kind].append(elapsed)
                    results.timeline.append((start, elapsed))
        finally:
            await conn.close()

    start = time.perf_counter()
    await asyncio.gather(*(client() for _ in range(concurrency)))
    return time.perf_counter() - start


def percentile(values: list[float], q: float) -> float:
    """Nearest-rank percentile (``q`` in 0–100) of ``values``; NaN when empty."""
    if not values:
        return float("nan")
    ordered = sorted(values)
    rank = max(1, -(-len(ordered) * q // 100))
    return ordered[int(rank) - 1]


def summary(results: Results, wall: float) -> dict[str, dict[str, float]]:
    rows = {}
    everything = [x for k in KINDS for x in results.latencies[k]]
    for kind, values in [*results.latencies.items(), ("all", everything)]:
        errors = sum(results.errors.values()) if kind == "all" else results.errors[kind]
        if not values and not errors:
            continue
        rows[kind] = {"requests": len(values) + errors, "errors": errors,
                      "p50": percentile(values, 50), "p90": percentile(values, 90),
                      "p99": percentile(values, 99), "max": max(values, default=float("nan")),
                      "throughput": (len(values) + errors) / wall}
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", default=os.environ.get("EVALUATOR_DB") or "evaluator.duckdb",
                        help="scored database to serve [$EVALUATOR_DB or evaluator.duckdb]")
    parser.add_argument("--requests", type=int, default=2000, help="timed requests [2000]")
    parser.add_argument("--concurrency", type=int, default=50, help="clients at once [50]")
    parser.add_argument("--warmup", type=int, default=0,
                        help="untimed requests first, same mix and concurrency [0: a cold server is measured]")
    parser.add_argument("--mix", default=DEFAULT_MIX, help=f"weights per page kind [{DEFAULT_MIX}]")
    parser.add_argument("--seed", type=int, default=1, help="random seed of the request mix [1]")
    parser.add_argument("--goal", type=float, default=1.0, help="p99 goal in seconds [1.0]")
    parser.add_argument("--check", action="store_true", help="exit 1 if p99 over all requests is over the goal")
    parser.add_argument("--module", action="store_true",
                        help="run 'python -m evaluator' from this checkout (e.g. a copy of an older version) "
                             "instead of the console script")
    parser.add_argument("--json", dest="json_out", default=None, help="also write the figures to this file")
    parser.add_argument("--timeline", type=int, default=0, metavar="N",
                        help="also print p50/p99 of the requests sent in each of N equal slices of the run")
    opts = parser.parse_args()

    db = str(Path(opts.db).resolve())
    if not Path(db).exists():
        raise SystemExit(f"no database at {db}: run 'make demo' first (or pass --db)")
    candidates, answers, cohort_variants = database_ids(db)
    mix = parse_mix(opts.mix)
    requests = plan(opts.warmup + opts.requests, mix, candidates, answers, cohort_variants, opts.seed)
    warmup, timed = requests[:opts.warmup], requests[opts.warmup:]

    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"evaluator serve under load: {opts.requests:,} requests, {opts.concurrency} concurrent, "
          f"{opts.warmup:,} warm-up; {platform.python_implementation()} {platform.python_version()}, "
          f"{os.cpu_count()} CPUs, load average {load:.2f}")
    print(f"database: {db} ({len(candidates)} candidates, {len(answers)} answers); mix {opts.mix}; "
          f"{len(set(p for _, p in timed))} distinct pages\n")
    proc, port, server_log = start_server(db, opts.module)
    try:
        if warmup:
            asyncio.run(fire(port, warmup, opts.concurrency, Results()))
        cpu_before = cpu_seconds(proc.pid)
        results = Results()
        wall = asyncio.run(fire(port, timed, opts.concurrency, results))
        server_cpu = cpu_seconds(proc.pid) - cpu_before
    finally:
        stop_server(proc)

    rows = summary(results, wall)
    print(f"{'page':10} {'requests':>8} {'errors':>6} {'p50':>8} {'p90':>8} {'p99':>8} {'max':>8}")
    for kind, r in rows.items():
        print(f"{kind:10} {r['requests']:8,} {r['errors']:6} {r['p50'] * 1000:6.0f}ms {r['p90'] * 1000:6.0f}ms "
              f"{r['p99'] * 1000:6.0f}ms {r['max'] * 1000:6.0f}ms")
    total = rows["all"]
    print(f"\nwall {wall:.2f} s, throughput {total['throughput']:.1f} requests/s, server CPU {server_cpu:.1f} s "
          f"({server_cpu / wall * 100:.0f}% of one core); statuses {dict(sorted(results.statuses.items()))}")
    if results.first_error:
        print(f"first error: {results.first_error}")
        print("".join(server_log[-20:]), end="")
    if opts.timeline and results.timeline:
        first = min(t for t, _ in results.timeline)
        span = max(t for t, _ in results.timeline) - first or 1.0
        print(f"\nby time sent ({opts.timeline} slices of {span / opts.timeline:.2f} s): requests, p50, p99")
        slices: list[list[float]] = [[] for _ in range(opts.timeline)]
        for t, x in results.timeline:
            slices[min(opts.timeline - 1, int((t - first) / span * opts.timeline))].append(x)
        for i, part in enumerate(slices):
            p50, p99 = percentile(part, 50) * 1000, percentile(part, 99) * 1000
            print(f"  {i + 1:2}: {len(part):5} {p50:7.0f}ms {p99:7.0f}ms")
    met = total["p99"] <= opts.goal and total["errors"] == 0
    print(f"goal p99 < {opts.goal:g} s with no errors: {'met' if met else 'NOT MET'}")
    if opts.json_out:
        Path(opts.json_out).write_text(json.dumps({"requests": opts.requests, "concurrency": opts.concurrency,
                                                   "warmup": opts.warmup, "wall_s": wall, "server_cpu_s": server_cpu,
                                                   "pages": rows}, indent=1))
    return 1 if opts.check and not met else 0


if __name__ == "__main__":
    sys.exit(main())
