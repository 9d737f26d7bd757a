"""What makes a build a transaction: one build per output folder, nothing left behind.

    >>> import tempfile, pathlib
    >>> out = pathlib.Path(tempfile.mkdtemp())
    >>> with output_lock(out, RuntimeError):
    ...     clean_leftovers(out)
    0

* :func:`output_lock` holds an exclusive ``flock`` on ``DIR/.consultkg.lock``
  for the whole build; a second build into the same folder stops at once with
  a one-line message (the lock goes with the process, so a killed build never
  leaves a stale lock).
* :func:`clean_leftovers` removes the temporary ``.build-*`` folders and
  ``.*.tmp`` files of a build that was killed.
* :func:`die_with_parent` (a worker's initializer) asks Linux to kill the
  worker when the build process dies, and checks the parent is still there.
"""
from __future__ import annotations

import contextlib
import fcntl
import os
import shutil
import signal
import sys
from pathlib import Path

LOCK_FILE = ".consultkg.lock"


@contextlib.contextmanager
def output_lock(out_dir: Path, error: type[Exception], what: str = "folder"):
    """Hold the lock of an output folder (or a store: ``what``); raise ``error`` (one line) when another build
    holds it."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    fd = os.open(out_dir / LOCK_FILE, os.O_RDWR | os.O_CREAT, 0o666)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise error(f"{out_dir}: another build is writing into this {what}; "
                        f"wait for it to end (or build into another {what})") from None
        yield
    finally:
        os.close(fd)  # closing releases the lock


def clean_leftovers(out_dir: Path) -> int:
    """Remove what a killed build left in ``out_dir``: ``.build-*`` folders, ``.*.tmp`` files. Returns how many."""
    out_dir, gone = Path(out_dir), 0
    if not out_dir.is_dir():
        return 0
    for entry in list(out_dir.glob(".build-*")) + list(out_dir.glob(".*.tmp")) + \
            list(out_dir.glob(".consultkg-cache/.*.tmp")):
        if entry.is_dir() and not entry.is_symlink():
            shutil.rmtree(entry, ignore_errors=True)
        else:
            entry.unlink(missing_ok=True)
        gone += 1
    return gone


_PR_SET_PDEATHSIG = 1


def die_with_parent(parent: int | None = None) -> None:
    """Make this (worker) process end when its parent dies: ``prctl(PR_SET_PDEATHSIG, SIGKILL)`` on Linux.

    ``parent`` is the pid the worker expects as parent: if it is already gone
    (it died before the call) the worker exits at once.
    """
    if sys.platform.startswith("linux"):
        try:
            import ctypes

            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
        except (OSError, AttributeError):
            pass
    if parent is not None and os.getppid() != parent:
        os._exit(1)
