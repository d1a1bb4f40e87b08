"""How the review app reads its DuckDB file: one read-only connection shared by the requests that
need it at the same moment (closed as soon as none does), and a cache of what pages read, valid
while the file is unchanged.

DuckDB lets one process write a file, or any number read it, never both: a connection held by
the app would keep ``evaluator run``, ``labels import`` or ``calibrate`` out. So the app holds
none while idle. Requests being served at the same time share one read-only connection (each on
its own cursor, its queries side by side on DuckDB's threads): opening the file costs more than
most queries (16–24 ms on the bundled database), and a connection per request was serialised
behind one lock. The last request to finish closes it (unless an uncached read is queued for a
worker thread), which releases the file. Writes (a
reviewer's override) wait for the readers in flight, run on a connection of their own, and hold
back new readers meanwhile (no two connections to one file with different settings can coexist in
a process).

The cache holds what pages read (the app keeps a page's HTML beside it, with a placeholder for
each browser's CSRF token), keyed by the page's parameters and by the *state* of the database: the
``stat`` of the file and of its write-ahead log (device, inode, size, modification and change
times, in nanoseconds) and a counter of the app's own writes. Any commit by any process changes
that state (DuckDB appends to the log, or rewrites the file at a checkpoint), so the next request
reads again; nothing cached is served across a write. Guards for the corner cases:

* a state is cached only once its files are 2 s old: a file system with coarse timestamps (one or
  two seconds on some) could otherwise give a later write the same time and size;
* while another process holds the file for writing (DuckDB's whole-file ``fcntl`` write lock,
  asked for with ``F_GETLK``; 64-bit Linux only) nothing is served from the cache: the request
  opens the file and gets the "database busy" page, as it always did;
* concurrent requests for the same uncached page in the same state share one read;
* uncached reads run at most :func:`read_concurrency` at a time, so that the event loop, which
  serves cached pages in well under a millisecond, is not starved of the GIL by a crowd of them.
"""

from __future__ import annotations

import asyncio
import os
import struct
import sys
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, Hashable

import anyio
import anyio.to_thread

from ..store import connect

try:
    import fcntl
except ImportError:  # Windows: no fcntl locks to ask about
    fcntl = None  # type: ignore[assignment]

CACHE_ENTRIES = 1024  # views kept for the current state (an answer's view is a few kB to tens of kB)
SETTLE_SECONDS = 2.0  # a state younger than this is not cached (coarse file-system timestamps)
READ_THREADS = 1  # DuckDB threads per read connection: the app's small queries run side by side


def read_concurrency() -> int:
    """How many uncached reads run at once (worker threads, one DuckDB thread each):
    ``$EVALUATOR_WEB_READERS``, default one per core. More only queue for the cores while holding
    the GIL away from the event loop, which serves the cached pages (see docs/performance.md)."""
    value = os.environ.get("EVALUATOR_WEB_READERS", "").strip()
    if value.isdigit() and int(value) > 0:
        return int(value)
    return max(2, os.cpu_count() or 2)


State = tuple[Any, ...]
_MISSING = object()


def file_state(path: str) -> tuple[State, int] | None:
    """The database file's and its write-ahead log's identity, size and times, with the newest
    modification time (ns); None when the file cannot be read."""
    try:
        db = os.stat(path)
    except OSError:
        return None
    try:
        wal = os.stat(path + ".wal")
        wal_key: tuple[int, ...] = (wal.st_ino, wal.st_size, wal.st_mtime_ns, wal.st_ctime_ns)
        newest = max(db.st_mtime_ns, db.st_ctime_ns, wal.st_mtime_ns, wal.st_ctime_ns)
    except OSError:
        wal_key, newest = (), max(db.st_mtime_ns, db.st_ctime_ns)
    return (db.st_dev, db.st_ino, db.st_size, db.st_mtime_ns, db.st_ctime_ns, wal_key), newest


class WriterProbe:
    """Whether another process holds the file for writing: DuckDB locks the whole file with
    ``fcntl`` (a write lock for a writer, a read lock for a reader), and ``F_GETLK`` asks, without
    taking any lock, whether a read lock would be refused (locks of this process are not seen:
    the app's own writes are counted instead).

    The descriptor asked through is opened once per file (inode) and kept for the life of the
    process: closing any descriptor of a file drops every ``fcntl`` lock the process holds on it,
    DuckDB's own included. Only on 64-bit Linux, whose ``struct flock`` layout is known; elsewhere
    the answer is None (unknown).
    """

    # struct flock on 64-bit Linux: l_type, l_whence, l_start, l_len, l_pid (+ padding)
    _FORMAT = "hhqqi4x" if fcntl is not None and sys.platform.startswith("linux") and struct.calcsize("P") == 8 \
        else ""

    def __init__(self, path: str) -> None:
        self.path = path
        self._fds: dict[tuple[int, int], int] = {}  # (device, inode) → descriptor
        self._lock = threading.Lock()

    def other_writer(self, dev: int, ino: int) -> bool | None:
        if not self._FORMAT:
            return None
        with self._lock:
            fd = self._fds.get((dev, ino))
            if fd is None:
                try:
                    fd = os.open(self.path, os.O_RDONLY | getattr(os, "O_CLOEXEC", 0))
                except OSError:
                    return None
                st = os.fstat(fd)
                if (st.st_dev, st.st_ino) != (dev, ino):  # replaced meanwhile: ask again next time
                    self._fds[(st.st_dev, st.st_ino)] = fd
                    return None
                self._fds[(dev, ino)] = fd
        try:  # the whole file (start 0, length 0 = to the end), as DuckDB locks it
            reply = fcntl.fcntl(fd, fcntl.F_GETLK, struct.pack(self._FORMAT, fcntl.F_RDLCK, os.SEEK_SET, 0, 0, 0))
        except OSError:
            return None
        return struct.unpack(self._FORMAT, reply)[0] != fcntl.F_UNLCK


@dataclass
class _Flight:
    """One read of an uncached view, awaited by every request that wants it meanwhile."""
    done: asyncio.Event
    value: Any = _MISSING  # stays missing if the reading request was cancelled: the others read
    error: Exception | None = None


class Database:
    """The app's access to one DuckDB file (see the module docstring)."""

    def __init__(self, path: str, *, cache_entries: int = CACHE_ENTRIES, settle: float = SETTLE_SECONDS) -> None:
        self.path = path
        self.cache_entries = cache_entries
        self.settle_ns = int(settle * 1e9)
        self._cond = threading.Condition()
        self._conn: Any = None
        self._conn_state: State | None = None
        self._readers = 0
        self._queued = 0  # uncached reads waiting for a worker thread: the connection stays open for them
        self._writers_waiting = 0
        self._writing = False
        self._writes = 0  # the app's own writes, part of the state
        self._probe = WriterProbe(path)
        # the event loop's alone (no lock): the current state's views, least recently used first
        self._cache_state: State | None = None
        self._cache: OrderedDict[Hashable, Any] = OrderedDict()
        self._flights: dict[tuple[State, Hashable], _Flight] = {}
        self._limiter: anyio.CapacityLimiter | None = None
        self.hits = self.misses = self.opens = 0  # counters, for tests and benchmarks

    # -- connections (any thread) -----------------------------------------------------------

    @contextmanager
    def reading(self) -> Iterator[tuple[Any, State | None]]:
        """A cursor on the shared read-only connection (opened if none is), with the state of the
        file it reads; the connection is closed when its last reader is done and no read is queued."""
        with self._cond:
            while self._writing or self._writers_waiting:
                self._cond.wait()
            if self._conn is None:
                # no other process can write while it is open; the state read now holds until it closes
                self._conn = connect(self.path, read_only=True, threads=READ_THREADS)
                self.opens += 1
                found = file_state(self.path)
                self._conn_state = None if found is None else (*found[0], self._writes)
            self._readers += 1
            conn, state = self._conn, self._conn_state
        try:
            cursor = conn.cursor()
            try:
                yield cursor, state
            finally:
                cursor.close()
        finally:
            with self._cond:
                self._readers -= 1
                self._close_if_unused()

    def _close_if_unused(self) -> None:
        """Close the shared connection when no read is running or queued for one (``_cond`` held);
        a writer of this process waiting for it closes it too."""
        if self._conn is not None and self._readers == 0 and (self._queued == 0 or self._writers_waiting):
            try:
                self._conn.close()
            finally:
                self._conn = self._conn_state = None
                self._cond.notify_all()

    @contextmanager
    def writing(self) -> Iterator[Any]:
        """A read-write connection of its own, once the readers in flight are done and the shared
        connection is closed; new readers wait for it. The app's write counter goes up when it
        closes (whatever happened)."""
        with self._cond:
            self._writers_waiting += 1
            try:
                self._close_if_unused()
                while self._writing or self._readers or self._conn is not None:
                    self._cond.wait()
            finally:
                self._writers_waiting -= 1
            self._writing = True
        try:
            conn = connect(self.path)
            try:
                yield conn
            finally:
                conn.close()
        finally:
            with self._cond:
                self._writes += 1
                self._writing = False
                self._cond.notify_all()

    def run(self, fn: Callable[[Any], Any], *, write: bool = False) -> Any:
        """``fn(connection)``, blocking: a read cursor, or with ``write`` a read-write connection."""
        if write:
            with self.writing() as conn:
                return fn(conn)
        with self.reading() as (cursor, _):
            return fn(cursor)

    # -- the cache (the event loop only) ----------------------------------------------------

    def state(self) -> tuple[State, bool] | None:
        """The database's state now and whether it is old enough to cache; None when nothing may be
        served from the cache (the file is missing, or another process holds it for writing)."""
        found = file_state(self.path)
        if found is None:
            return None
        key, newest = found
        if self._probe.other_writer(key[0], key[1]):
            return None
        return (*key, self._writes), time.time_ns() - newest >= self.settle_ns

    def settled(self) -> bool:
        """Whether what is read now may be cached (the file is readable, no other process is
        writing it, and its state is old enough)."""
        now = self.state()
        return now is not None and now[1]

    def derived(self, key: Hashable, source_key: Hashable, fn: Callable[[], Any]) -> Any:
        """``fn()``'s value for the page ``key``, built in memory from the cached value of
        ``source_key`` (a run read whole): kept only while that is, i.e. in the state it was read in."""
        now = self.state()
        current = now is not None and now[0] == self._cache_state
        if current:
            value = self._cache.get(key, _MISSING)
            if value is not _MISSING:
                self._cache.move_to_end(key)
                self.hits += 1
                return value
        value = fn()
        if current and now is not None and now[1] and source_key in self._cache:
            self._put(key, value)
        return value

    async def read(self, key: Hashable, fn: Callable[[Any], Any]) -> Any:
        """``fn(cursor)``'s value for the page ``key``: from the cache when the database has not
        changed since it was read, else read now (in a worker thread) and kept."""
        now = self.state()
        if now is not None:
            state, _ = now
            if state != self._cache_state:
                self._cache_state, self._cache = state, OrderedDict()
            value = self._cache.get(key, _MISSING)
            if value is not _MISSING:
                self._cache.move_to_end(key)
                self.hits += 1
                return value
            flight = self._flights.get((state, key))
            if flight is not None:  # the same page is being read: wait for it
                await flight.done.wait()
                if flight.error is not None:
                    raise flight.error
                if flight.value is not _MISSING:
                    return flight.value
                flight = None
            else:
                flight = self._flights[(state, key)] = _Flight(asyncio.Event())
        else:
            flight = None
        self.misses += 1
        entered: list[bool] = []
        try:
            if self._limiter is None:
                self._limiter = anyio.CapacityLimiter(read_concurrency())
            with self._cond:
                self._queued += 1
            try:
                value, read_state = await anyio.to_thread.run_sync(self._read_now, fn, entered,
                                                                   limiter=self._limiter)
            finally:
                if not entered:  # cancelled while waiting for a thread
                    with self._cond:
                        self._queued -= 1
                        self._close_if_unused()
        except Exception as exc:
            if flight is not None:
                flight.error = exc
            raise
        else:
            if flight is not None:
                flight.value = value
            self._keep(key, value, read_state)
            return value
        finally:
            if flight is not None:
                flight.done.set()
                self._flights.pop((state, key), None)

    def _read_now(self, fn: Callable[[Any], Any], entered: list[bool]) -> tuple[Any, State | None]:
        with self._cond:
            self._queued -= 1
            entered.append(True)
        with self.reading() as (cursor, state):
            return fn(cursor), state

    def _keep(self, key: Hashable, value: Any, read_state: State | None) -> None:
        """Cache ``value`` if the database is still in the state it was read in, and settled."""
        now = self.state()
        if read_state is None or now is None or now[0] != read_state or not now[1]:
            return
        if self._cache_state != read_state:
            self._cache_state, self._cache = read_state, OrderedDict()
        self._put(key, value)

    def _put(self, key: Hashable, value: Any) -> None:
        """Keep ``value`` for the current state, dropping the least recently used beyond the bound."""
        self._cache[key] = value
        self._cache.move_to_end(key)
        while len(self._cache) > self.cache_entries:
            self._cache.popitem(last=False)
