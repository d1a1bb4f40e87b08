"""Time the HTML reports of a synthetic cohort of N candidates.

    python scripts/bench_report.py N [--cache-dir /tmp/bench_report] [--out DIR] [--repeat 1]
                                     [--rebuild] [--keep]

Generates ``4*N`` written answers (``scripts/gen_corpus.py -n 4N``: 4 answers a candidate),
ingests and scores them once with the keyword scorer through the real CLI, and caches the
database as ``CACHE_DIR/n{N}.duckdb`` (building it can take minutes; later runs reuse it;
``--rebuild`` starts over). Then it times ``render_reports`` on a read-only connection and
prints the seconds, pages written, total MB and the largest file.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RUBRIC = ROOT / "rubrics" / "ai-engineer-role.yaml"


def _run(*args: str) -> None:
    started = time.perf_counter()
    print("+", " ".join(args), file=sys.stderr, flush=True)
    result = subprocess.run([sys.executable, *args], cwd=ROOT, check=False)
    # ingest exits 1 when rows were skipped; anything else is a failure
    if result.returncode not in (0, 1):
        sys.exit(f"failed ({result.returncode}): {' '.join(args)}")
    print(f"  {time.perf_counter() - started:.1f} s", file=sys.stderr, flush=True)


def build_db(n: int, cache_dir: Path, rebuild: bool = False) -> Path:
    """The cached scored database of ``n`` candidates (built when missing)."""
    db = cache_dir / f"n{n}.duckdb"
    if db.exists() and not rebuild:
        return db
    cache_dir.mkdir(parents=True, exist_ok=True)
    corpus = cache_dir / f"corpus-{n}"
    building = cache_dir / f"n{n}.building.duckdb"
    for path in (building, Path(f"{building}.wal")):
        path.unlink(missing_ok=True)
    _run(str(ROOT / "scripts" / "gen_corpus.py"), str(corpus), "-n", str(4 * n), "--overwrite")
    _run("-m", "evaluator", "ingest", str(corpus), "--db", str(building))
    _run("-m", "evaluator", "score", "--rubric", str(RUBRIC), "--db", str(building))
    building.replace(db)  # only a finished build is cached
    shutil.rmtree(corpus, ignore_errors=True)
    return db


def _cpu() -> tuple[float, float]:
    """CPU seconds (user + system) of this process and of its finished children."""
    me, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime, children.ru_utime + children.ru_stime


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("n", type=int, help="number of candidates (4 answers each)")
    parser.add_argument("--cache-dir", type=Path, default=Path(tempfile.gettempdir()) / "bench_report")
    parser.add_argument("--out", type=Path, default=None, help="report folder [default: a temporary one]")
    parser.add_argument("--repeat", type=int, default=1, help="render this many times (the fastest counts)")
    parser.add_argument("--rebuild", action="store_true", help="rebuild the cached database")
    parser.add_argument("--keep", action="store_true", help="keep the temporary report folder")
    args = parser.parse_args(argv)

    db = build_db(args.n, args.cache_dir, args.rebuild)
    sys.path.append(str(ROOT))  # after PYTHONPATH: another checkout can be timed on the same DB
    from evaluator.report import render_reports
    from evaluator.store import connect

    connect(db).close()  # a cached database made before a schema migration: migrate it once
    out = args.out or Path(tempfile.mkdtemp(prefix="bench-report-"))
    times, cpus = [], []
    with connect(db, read_only=True) as conn:
        for _ in range(max(args.repeat, 1)):
            before = _cpu()
            started = time.perf_counter()
            result = render_reports(conn, out)
            times.append(time.perf_counter() - started)
            cpus.append(tuple(b - a for a, b in zip(before, _cpu())))
    files = [p for p in out.rglob("*.html") if p.is_file()]
    sizes = sorted(((p.stat().st_size, p) for p in files), reverse=True)
    total = sum(s for s, _ in sizes)
    largest = sizes[0] if sizes else (0, out)
    print(f"candidates: {args.n:,} (db {db})")
    print(f"render_reports: {min(times):.2f} s" + (f" (runs: {', '.join(f'{t:.2f}' for t in times)})"
                                                    if len(times) > 1 else ""))
    best = times.index(min(times))
    print(f"cpu (that run): {cpus[best][0]:.2f} s this process (DuckDB included), {cpus[best][1]:.2f} s workers; "
          f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
    print(f"pages written: {len(files):,} ({result.candidate_pages:,} candidate pages, "
          f"{sum(1 for p in files if p.name.startswith('ranking-')):,} ranking pages)")
    print(f"total: {total / 1e6:.1f} MB; largest: {largest[1].relative_to(out)} {largest[0] / 1e3:.0f} kB; "
          f"index.html {(out / 'index.html').stat().st_size / 1e3:.0f} kB")
    if args.out is None and not args.keep:
        shutil.rmtree(out, ignore_errors=True)
    else:
        print(f"reports in {out}")


if __name__ == "__main__":
    main()
