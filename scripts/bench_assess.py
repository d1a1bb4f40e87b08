"""Cold-start benchmark of ``evaluator assess`` (``make bench-assess``): process start to printed result.

Each run is a fresh ``evaluator assess --answer TEXT`` process (the console script beside this
Python, else ``python -m evaluator``), output discarded. Per variant, the median of ``--runs``
runs (after ``--warmup`` untimed runs, which only warm the page cache) of:

* wall: from spawning the process to its exit, as a user waits;
* CPU: user + system time of the process (``os.wait4``), which a busy machine inflates less.

Variants: ``--fast`` (keyword scorer only) and the default offline path (keyword + classifier; the
question matched by the answer's own words, as a hint). Prints the figures against the goal
(``--goal``, 1 s) and whether scikit-learn/SciPy were imported (one extra run with
``-X importtime``). Exits 1 with ``--check`` if a median wall time is over the goal.

    python scripts/bench_assess.py [--runs 7] [--warmup 1] [--goal 1.0] [--check] [--module]
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ANSWER = "I would compare two models on cost and latency and ship with evals"
HEAVY = ("sklearn", "scipy", "joblib", "openai", "duckdb")


def command(module: bool = False) -> list[str]:
    script = Path(sys.executable).parent / "evaluator"
    return [str(script)] if script.exists() and not module else [sys.executable, "-m", "evaluator"]


def run_once(args: list[str]) -> tuple[float, float]:
    """(wall seconds, CPU seconds) of one process."""
    start = time.perf_counter()
    proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=ROOT)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    err = proc.stderr.read().decode(errors="replace") if proc.stderr else ""
    if proc.stderr:
        proc.stderr.close()
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(args)} failed ({proc.returncode}):\n{err}")
    return wall, usage.ru_utime + usage.ru_stime


def heavy_imports(extra: list[str]) -> list[str]:
    """The heavy top-level packages a run imports (from ``-X importtime``)."""
    out = subprocess.run([sys.executable, "-X", "importtime", "-m", "evaluator", "assess", *extra],
                         capture_output=True, text=True, cwd=ROOT, check=True).stderr
    found = {line.rsplit("|", 1)[-1].strip().split(".")[0] for line in out.splitlines() if "|" in line}
    return sorted(found & set(HEAVY))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=7, help="timed runs per variant (median) [7]")
    parser.add_argument("--warmup", type=int, default=1, help="untimed runs first, per variant [1]")
    parser.add_argument("--goal", type=float, default=1.0, help="seconds, process start to printed result [1.0]")
    parser.add_argument("--answer", default=ANSWER, help="the answer to assess")
    parser.add_argument("--check", action="store_true", help="exit 1 if a median wall time is over the goal")
    parser.add_argument("--module", action="store_true",
                        help="run 'python -m evaluator' from this checkout instead of the console script")
    opts = parser.parse_args()

    base = command(opts.module)
    variants = {"--fast (keyword)": ["--fast"], "default (keyword + classifier)": []}
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"evaluator assess cold start: {opts.runs} runs per variant (median), {opts.warmup} warm-up; "
          f"{platform.python_implementation()} {platform.python_version()}, {os.cpu_count()} CPUs, "
          f"load average {load:.2f}")
    print(f"command: {' '.join(base)} assess [--fast] --answer {opts.answer!r}\n")
    print(f"{'variant':32} {'wall median':>11} {'wall min':>9} {'wall max':>9} {'CPU median':>11}  "
          f"{'goal ' + format(opts.goal, 'g') + ' s':>10}  heavy imports")
    over = False
    for name, extra in variants.items():
        args = [*base, "assess", *extra, "--answer", opts.answer]
        for _ in range(opts.warmup):
            run_once(args)
        walls, cpus = zip(*(run_once(args) for _ in range(opts.runs)))
        wall, cpu = statistics.median(walls), statistics.median(cpus)
        verdict = "met" if wall <= opts.goal else "NOT MET"
        over |= wall > opts.goal
        heavy = heavy_imports([*extra, "--answer", opts.answer])
        print(f"{name:32} {wall:10.3f}s {min(walls):8.3f}s {max(walls):8.3f}s {cpu:10.3f}s  {verdict:>10}  "
              f"{', '.join(heavy) or 'none'}")
    print("\nwall includes waiting for a CPU on a busy machine; CPU time is what the process itself needs")
    return 1 if opts.check and over else 0


if __name__ == "__main__":
    sys.exit(main())
