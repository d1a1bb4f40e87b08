"""One error hierarchy for the whole package.

The CLI turns any :class:`EvaluatorError` into a one-line message and a non-zero exit;
anything else is a bug and is shown as such.
"""

from __future__ import annotations


class EvaluatorError(Exception):
    """Base class of every error the package raises on purpose."""

    exit_code = 1

    def __init__(self, message: str, *, path: str | None = None, line: int | None = None) -> None:
        self.message = message
        self.path = path
        self.line = line
        super().__init__(self.one_line())

    def one_line(self) -> str:
        """The message as ``path:line: message`` on one line."""
        where = ""
        if self.path:
            where = f"{self.path}:{self.line}: " if self.line else f"{self.path}: "
        return (where + self.message).replace("\n", " ").strip()


class InputError(EvaluatorError):
    """An input file (transcript, answers, labels) cannot be read as what it claims to be."""

    exit_code = 2


class RubricError(EvaluatorError):
    """A rubric file is missing, malformed or fails validation."""

    exit_code = 3


class StoreError(EvaluatorError):
    """The database cannot be opened, migrated or written."""

    exit_code = 4


class DatabaseInUseError(StoreError):
    """Another process holds the database's write lock."""


class NotFoundError(StoreError):
    """A run, candidate or answer named by id is not in the database."""


class NoRunYetError(StoreError):
    """The database has answers (or nothing) but no scored run to read."""


class ScorerError(EvaluatorError):
    """A scorer cannot run at all (as opposed to failing on one answer, which is 'unscored')."""

    exit_code = 5


class ScorerStopped(ScorerError):
    """A scorer stopped part way for a reason that passes (an endpoint down, a budget spent): its
    items are left unscored and a run ends as interrupted, to be resumed. Declared here so the
    scorer panel can tell it apart without importing the judge's client."""


class ReportError(EvaluatorError):
    """Reports cannot be written (output folder, template)."""

    exit_code = 6
