"""The budgets one record may use, so that no small file can hang or flood a build.

Records are untrusted: a 10 KB DOCX may unpack to gigabytes, a one-line file may hold a
million list items. Each budget has a safe default and a ``consultkg build`` option; a record
over one gets one error line and the others still build.

    >>> Limits().max_unpacked, Limits(max_unpacked=5_000_000).max_unpacked
    (100000000, 5000000)
    >>> with cpu_budget(30, "data/a.md"):
    ...     sum(range(1000))
    499500
"""
from __future__ import annotations

import signal
import threading
from contextlib import contextmanager
from dataclasses import dataclass

from .errors import InputError


@dataclass(frozen=True)
class Limits:
    """What one record may take; ``None`` lifts a budget."""

    max_unpacked: int | None = 100_000_000  # bytes a DOCX's XML parts may unpack to (read from the zip directory)
    max_ratio: float | None = 100.0  # those bytes over the file's size on disk (a zip bomb: about 1000)
    max_blocks: int | None = 200_000  # paragraphs, items, headings and table rows the reader may return
    record_seconds: float | None = 120.0  # CPU seconds to read and extract it

    def check_unpacked(self, where: str, unpacked: int, packed: int) -> None:
        """Refuse a DOCX whose parts unpack to more than the budget, before any is read.

        >>> Limits().check_unpacked("a.docx", 400_000_000, 1_000_000)
        Traceback (most recent call last):
        consultkg.errors.InputError: a.docx: its XML unpacks to 400.0 MB, over the 100 MB limit; skipped (--max-unpacked allows more)
        >>> Limits().check_unpacked("b.docx", 50_000_000, 20_000)
        Traceback (most recent call last):
        consultkg.errors.InputError: b.docx: its XML unpacks to 2500 times its size (a zip bomb?), over the limit of 100; skipped (--max-ratio allows more)
        """
        if self.max_unpacked is not None and unpacked > self.max_unpacked:
            raise InputError(where, f"its XML unpacks to {unpacked / 1e6:.1f} MB, over the {self.max_unpacked / 1e6:g} MB "
                                    "limit; skipped (--max-unpacked allows more)")
        if self.max_ratio is not None and unpacked > 1_000_000 and unpacked > self.max_ratio * max(packed, 1):
            raise InputError(where, f"its XML unpacks to {unpacked / max(packed, 1):.0f} times its size (a zip bomb?), "
                                    f"over the limit of {self.max_ratio:g}; skipped (--max-ratio allows more)")

    def check_blocks(self, where: str, blocks: int) -> None:
        """Refuse a record of more blocks than the budget.

        >>> Limits(max_blocks=10).check_blocks("c.md", 11)
        Traceback (most recent call last):
        consultkg.errors.InputError: c.md: 11 blocks (paragraphs, items, rows) are over the limit of 10; skipped (--max-blocks allows more)
        """
        if self.max_blocks is not None and blocks > self.max_blocks:
            raise InputError(where, f"{blocks} blocks (paragraphs, items, rows) are over the limit of "
                                    f"{self.max_blocks}; skipped (--max-blocks allows more)")


DEFAULT_LIMITS = Limits()


class _OverBudget(BaseException):
    """Raised inside the record's work by the timer (a BaseException, so no ``except Exception`` swallows it)."""


@contextmanager
def cpu_budget(seconds: float | None, where: str):
    """Stop the work inside after ``seconds`` of this process's CPU time, as an :class:`InputError`.

    A profiling timer (``ITIMER_PROF``: CPU time, so a busy machine does not cut a record short)
    raises inside the Python code that runs; work inside one call of a C library ends first.
    Outside the main thread (no signals there) the work runs without a budget.
    """
    if not seconds or threading.current_thread() is not threading.main_thread():
        yield
        return

    armed = [True]

    def over(signum, frame):
        if armed[0]:
            raise _OverBudget

    previous = signal.signal(signal.SIGPROF, over)
    signal.setitimer(signal.ITIMER_PROF, seconds)
    try:
        yield
        armed[0] = False  # a tick that lands from here on is too late to stop anything
    except _OverBudget:
        raise InputError(where, f"took more than {seconds:g} CPU seconds to read; skipped "
                                "(--record-time allows longer)") from None
    finally:
        armed[0] = False
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGPROF, previous)
