"""Worker processes: how many, and a pool that keeps a bounded number of tasks in flight.

Scoring and report rendering both hand batches of plain rows to worker processes while this
process alone reads and writes the database. Workers are forked where the platform can (they
start with the rubric, scorers or templates already built; the initializer's arguments are not
pickled) and spawned elsewhere.
"""

from __future__ import annotations

import multiprocessing
import os
from collections import deque
from typing import Any, Callable, Iterator


def usable_cpus() -> int:
    """The CPUs this process may run on (its affinity where the OS tells, else every CPU)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not Linux
        return max(1, os.cpu_count() or 1)


def default_workers(cap: int | None = None) -> int:
    """Worker processes by default: every usable CPU, at most ``cap``."""
    cpus = usable_cpus()
    return max(1, min(cap, cpus) if cap is not None else cpus)


def can_fork() -> bool:
    return "fork" in multiprocessing.get_all_start_methods()


class BoundedPool:
    """A process pool that keeps at most ``limit`` tasks in flight and returns their results in the
    order they were submitted, each with the ``tag`` it was submitted with.

    ``submit`` returns the results that had to be collected to make room (oldest first); ``drain``
    the rest. Leaving the ``with`` block terminates the workers (after ``drain`` every task is done;
    after an error it stops the others).
    """

    def __init__(self, workers: int, initializer: Callable[..., None], initargs: tuple, limit: int,
                 *, fork_only: bool = False) -> None:
        if fork_only and not can_fork():
            raise RuntimeError("this platform cannot fork worker processes")
        context = multiprocessing.get_context("fork" if can_fork() else "spawn")
        self.pool = context.Pool(workers, initializer=initializer, initargs=initargs)
        self.limit = max(1, limit)
        self.pending: deque = deque()

    def __enter__(self) -> "BoundedPool":
        return self

    def __exit__(self, *exc: object) -> None:
        self.pool.terminate()
        self.pool.join()

    def submit(self, fn: Callable[..., Any], args: tuple, tag: Any = None) -> list[tuple[Any, Any]]:
        """Queue ``fn(*args)``; returns ``(tag, result)`` of the tasks collected to stay within the limit."""
        self.pending.append((tag, self.pool.apply_async(fn, args)))
        done = []
        while len(self.pending) > self.limit:
            done.append(self._next())
        return done

    def drain(self) -> Iterator[tuple[Any, Any]]:
        """``(tag, result)`` of every task still in flight, in submission order."""
        while self.pending:
            yield self._next()

    def _next(self) -> tuple[Any, Any]:
        tag, result = self.pending.popleft()
        return tag, result.get()
