"""Reading files with OS errors turned into the package's one-line errors."""

from __future__ import annotations

import os
import stat
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import IO, Iterator, TextIO

from .errors import EvaluatorError, InputError


def open_regular(path: Path, *, error: type[EvaluatorError] = InputError, expected: str = "") -> IO[bytes]:
    """Open a regular file for reading in binary; OS errors become ``error`` instances.

    Only regular files are opened: a FIFO would block for ever and a device (or a link to
    /dev/zero) never end, so they are refused from the open descriptor's own type (no race
    between a check and the read).
    """
    hint = f"; expected {expected}" if expected else ""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))  # a FIFO opens without a writer
    except FileNotFoundError as exc:
        raise error("no such file", path=str(path)) from exc
    except IsADirectoryError as exc:
        raise error(f"is a directory{hint}", path=str(path)) from exc
    except PermissionError as exc:
        raise error("permission denied", path=str(path)) from exc
    except OSError as exc:
        raise error(f"cannot read: {exc.strerror}", path=str(path)) from exc
    mode = os.fstat(fd).st_mode
    if not stat.S_ISREG(mode):
        os.close(fd)
        if stat.S_ISDIR(mode):
            raise error(f"is a directory{hint}", path=str(path))
        raise error(f"not a regular file ({_kind(mode)}): skipped{hint}", path=str(path))
    os.set_blocking(fd, True)
    return os.fdopen(fd, "rb")


def read_bytes(path: Path, *, max_bytes: int, error: type[EvaluatorError] = InputError,
               expected: str = "") -> bytes:
    """Read ``path`` whole (see :func:`open_regular`), refusing files over ``max_bytes``; errors are
    ``error`` instances. At most ``max_bytes + 1`` bytes are ever read."""
    with open_regular(path, error=error, expected=expected) as fh:
        if os.fstat(fh.fileno()).st_size > max_bytes:
            raise error(f"file is larger than {max_bytes:,} bytes", path=str(path))
        try:
            data = fh.read(max_bytes + 1)
        except OSError as exc:
            raise error(f"cannot read: {exc.strerror}", path=str(path)) from exc
    if len(data) > max_bytes:  # grew while being read
        raise error(f"file is larger than {max_bytes:,} bytes", path=str(path))
    return data


def _kind(mode: int) -> str:
    """What a non-regular file is, in words."""
    for test, name in ((stat.S_ISFIFO, "a FIFO"), (stat.S_ISCHR, "a character device"),
                       (stat.S_ISBLK, "a block device"), (stat.S_ISSOCK, "a socket")):
        if test(mode):
            return name
    return "not a regular file"


@contextmanager
def atomic_write(path: str | Path, *, encoding: str = "utf-8", newline: str | None = None) -> Iterator[TextIO]:
    """Write a text file through a temporary file beside it, renamed over ``path`` once complete:
    a failure (a full disk, Ctrl-C) leaves the previous file or none, never a partial one."""
    path = Path(path)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        with open(tmp, "w", encoding=encoding, newline=newline) as handle:
            yield handle
        os.replace(tmp, path)
    except BaseException:
        with suppress(OSError):
            tmp.unlink()
        raise


def write_text_atomic(path: str | Path, text: str) -> None:
    """``Path.write_text`` through :func:`atomic_write`."""
    with atomic_write(path) as handle:
        handle.write(text)
