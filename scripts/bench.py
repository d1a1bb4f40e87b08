"""Scale benchmark (``make bench``): synthetic written answers → ingest → score → report, per size.

For each size N a deterministic corpus is generated (not timed), then each stage runs as its own
``evaluator`` process on one DuckDB file. Printed per stage: wall time, answers/s, and peak
resident memory of the process tree (the parent plus its scoring workers; pages shared after
fork are counted in each process, so the sum overstates the real use). Prints figures, asserts
nothing.

    python scripts/bench.py --sizes 10000,100000,1000000 [--scorers keyword] [--workers 2] [--one-file]

``--one-file`` writes each corpus as a single CSV (a hiring team's one ATS export: 1M answers are
880 MB), which the ingest streams in batches; by default corpora are shards of 50,000 rows.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EVALUATOR = [sys.executable, "-m", "evaluator"]
RUBRIC = ROOT / "rubrics" / "ai-engineer-role.yaml"


def _children() -> dict[int, list[int]]:
    tree: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as handle:
                    ppid = int(handle.read().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            tree.setdefault(ppid, []).append(int(entry))
    return tree


def _rss_kb(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/status") as handle:
            for line in handle:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def _tree_rss_kb(root: int) -> tuple[int, int]:
    """(sum over the process tree, largest single process) of resident memory, in KB."""
    tree, todo, total, largest = _children(), [root], 0, 0
    while todo:
        pid = todo.pop()
        rss = _rss_kb(pid)
        total += rss
        largest = max(largest, rss)
        todo.extend(tree.get(pid, []))
    return total, largest


def run_stage(args: list[str]) -> tuple[float, int, int, str]:
    """Run one evaluator command; returns (seconds, peak tree RSS KB, peak process RSS KB, output)."""
    started = time.perf_counter()
    process = subprocess.Popen([*EVALUATOR, *args], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                               text=True)
    peak = [0, 0]

    def sample() -> None:
        while process.poll() is None:
            total, largest = _tree_rss_kb(process.pid)
            peak[0], peak[1] = max(peak[0], total), max(peak[1], largest)
            time.sleep(0.2)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    output, _ = process.communicate()
    sampler.join()
    if process.returncode not in (0, 1):
        raise SystemExit(f"evaluator {' '.join(args)} failed ({process.returncode}):\n{output[-2000:]}")
    return time.perf_counter() - started, peak[0], peak[1], output


def machine() -> str:
    cpu = next((line.split(":", 1)[1].strip() for line in open("/proc/cpuinfo") if line.startswith("model name")),
               platform.processor())
    mem_kb = next(int(line.split()[1]) for line in open("/proc/meminfo") if line.startswith("MemTotal"))
    return (f"{len(os.sched_getaffinity(0))} cores ({cpu}), {mem_kb / 2**20:.0f} GiB RAM, "
            f"Python {platform.python_version()}, {platform.system()} {platform.release()}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000,100000,1000000", help="Comma-separated numbers of answers.")
    parser.add_argument("--scorers", default="keyword")
    parser.add_argument("--workers", type=int, default=None)
    parser.add_argument("--keep", type=Path, default=None, help="Keep corpora and databases in this folder.")
    parser.add_argument("--one-file", action="store_true", help="Each corpus as one CSV file, not 50,000-row shards.")
    args = parser.parse_args()
    print(f"machine: {machine()}")
    print(f"scorers: {args.scorers}; workers: {args.workers or 'every core'}")
    base = args.keep or Path(tempfile.mkdtemp(prefix="evaluator-bench-"))
    workers = ["--workers", str(args.workers)] if args.workers else []
    rows = []
    try:
        for n in (int(s) for s in args.sizes.split(",")):
            tag = f"{n}-one-file" if args.one_file else str(n)
            corpus, db, reports = base / f"corpus-{tag}", base / f"bench-{tag}.duckdb", base / f"reports-{tag}"
            one_file = ["--shard-rows", str(n), "--shard-bytes", str(10**12)] if args.one_file else []
            if not corpus.exists():
                subprocess.run([sys.executable, str(ROOT / "scripts" / "gen_corpus.py"), str(corpus), "-n", str(n),
                                *one_file], check=True, capture_output=True)
            for stale in (db, Path(f"{db}.wal")):
                stale.unlink(missing_ok=True)
            shutil.rmtree(reports, ignore_errors=True)
            size_mb = sum(f.stat().st_size for f in corpus.rglob("*") if f.is_file()) / 1e6
            stages = {
                "ingest": ["ingest", str(corpus), "--db", str(db)],
                "score": ["score", "--rubric", str(RUBRIC), "--db", str(db), "--scorers", args.scorers, *workers],
                "report": ["report", "--db", str(db), "--report-dir", str(reports)],
            }
            results = {name: run_stage(command) for name, command in stages.items()}
            total = sum(r[0] for r in results.values())
            pages = sum(1 for _ in reports.rglob("*.html"))
            largest_page = max((f.stat().st_size for f in reports.rglob("*.html")), default=0) / 1e6
            files = sum(1 for f in corpus.rglob("*.csv"))
            print(f"\nN = {n:,} answers ({size_mb:,.0f} MB of CSV in {files:,} file(s); {n // 4:,} candidates); database "
                  f"{db.stat().st_size / 1e6:,.0f} MB; {pages:,} report pages, largest {largest_page:.2f} MB")
            for name, (seconds, tree_kb, proc_kb, _) in results.items():
                print(f"  {name:<7} {seconds:8.1f} s  {n / seconds:10,.0f} answers/s  peak RSS {tree_kb / 1024:7,.0f} MB "
                      f"(largest process {proc_kb / 1024:,.0f} MB)")
            print(f"  {'total':<7} {total:8.1f} s  {n / total:10,.0f} answers/s")
            rows.append((n, total, max(r[1] for r in results.values())))
        print("\nsummary: N, end-to-end seconds, peak RSS (MB)")
        for n, total, peak in rows:
            print(f"  {n:>9,}  {total:8.1f} s  {peak / 1024:7,.0f} MB")
    finally:
        if args.keep is None:
            shutil.rmtree(base, ignore_errors=True)


if __name__ == "__main__":
    main()
