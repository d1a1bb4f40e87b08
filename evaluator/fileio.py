"""Reading files with OS errors turned into the package's one-line errors."""

from __future__ import annotations

from pathlib import Path

from .errors import EvaluatorError, InputError


def read_bytes(path: Path, *, max_bytes: int, error: type[EvaluatorError] = InputError,
               expected: str = "") -> bytes:
    """Read ``path`` whole, refusing files over ``max_bytes``; errors are ``error`` instances."""
    hint = f"; expected {expected}" if expected else ""
    try:
        if path.stat().st_size > max_bytes:
            raise error(f"file is larger than {max_bytes:,} bytes", path=str(path))
        return path.read_bytes()
    except FileNotFoundError as exc:
        raise error("no such file", path=str(path)) from exc
    except IsADirectoryError as exc:
        raise error(f"is a directory{hint}", path=str(path)) from exc
    except PermissionError as exc:
        raise error("permission denied", path=str(path)) from exc
    except OSError as exc:
        raise error(f"cannot read: {exc.strerror}", path=str(path)) from exc
