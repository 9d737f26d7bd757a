"""Errors a user can cause. The CLI turns each into a one-line message."""
from __future__ import annotations


class ConsultkgError(Exception):
    """Base class of the errors consultkg reports to users without a traceback."""


class InputError(ConsultkgError):
    """An input file that cannot be read or is not a consultation record.

    >>> str(InputError("data/x.pdf", "not a PDF file", line=3))
    'data/x.pdf:3: not a PDF file'
    """

    def __init__(self, path: str, message: str, line: int | None = None):
        self.path = str(path)
        self.message = message
        self.line = line
        where = f"{self.path}:{line}" if line else self.path
        super().__init__(f"{where}: {message}")


def brief(exc: Exception) -> str:
    """A library exception in a few words, for a one-line message."""
    text = " ".join(str(exc).split())[:120]
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__
