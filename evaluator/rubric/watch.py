"""A rubric file that a long-running process (``evaluator serve``) reloads when it changes."""

from __future__ import annotations

import hashlib
import os
import threading
import time
from pathlib import Path

from ..errors import RubricError
from .load import LoadedRubric, load_rubric

# A file modified this close to when we looked at it may change again within the same mtime tick
# (coarse file-system clocks): until it is older than this, its content is hashed on every check.
RACY_NS = 2_000_000_000


class WatchedRubric:
    """The rubric at ``loaded.path``, reloaded by :meth:`current` when the file has changed.

    The check is cheap: a ``stat`` per call; the file is read and hashed only when its mtime, size
    or inode moved (or it was modified moments before the last check), and parsed again only when
    its bytes differ. A rubric without a file (parsed from text) is returned as is.
    """

    def __init__(self, loaded: LoadedRubric) -> None:
        self._loaded = loaded
        self._path = Path(loaded.path) if loaded.path and Path(loaded.path).is_file() else None
        self._lock = threading.Lock()  # requests run on several threads
        self._stamp: tuple[int, int, int] | None = None
        self._checked_ns = 0
        self._digest = ""
        if self._path is not None:
            self._stamp, self._digest = self._read_stamp_and_digest()

    def current(self) -> LoadedRubric:
        """The rubric as the file is now; raise :class:`RubricError` if the file is now invalid
        (the next call tries again, so fixing the file is enough)."""
        if self._path is None:
            return self._loaded
        with self._lock:
            stamp = self._stat()
            racy = self._stamp is not None and self._checked_ns - self._stamp[0] < RACY_NS
            if stamp == self._stamp and not racy:
                return self._loaded
            new_stamp, digest = self._read_stamp_and_digest()
            if digest != self._digest:
                self._loaded = load_rubric(self._path)  # raises on an invalid file: nothing is updated
                self._digest = digest
            self._stamp = new_stamp
            return self._loaded

    def _stat(self) -> tuple[int, int, int]:
        try:
            st = os.stat(self._path)
        except OSError as exc:
            raise RubricError(f"the rubric file cannot be read any more: {exc.strerror}", path=str(self._path)) from exc
        return st.st_mtime_ns, st.st_size, st.st_ino

    def _read_stamp_and_digest(self) -> tuple[tuple[int, int, int], str]:
        stamp = self._stat()  # before reading: a write after it changes the stamp for the next check
        self._checked_ns = time.time_ns()
        try:
            data = self._path.read_bytes()
        except OSError as exc:
            raise RubricError(f"the rubric file cannot be read any more: {exc.strerror}", path=str(self._path)) from exc
        return stamp, hashlib.sha256(data).hexdigest()
