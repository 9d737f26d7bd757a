"""Running a query's evaluation in a child process with a memory limit, so that the engine can neither
flood the machine nor take consultkg down with it.

The child is forked (it shares the open store, copy on write), limits its own data segment
(``RLIMIT_DATA``: heap and anonymous maps, what an evaluation grows) and sends its answer back
as bytes through a pipe. A child that dies (out of its memory, or a crash of the engine) is one
error line in the parent, never a signal; one past its time is killed.

    >>> in_child(lambda: b"answer", timeout=10, memory_mb=512)
    b'answer'
    >>> in_child(lambda: int("x"), timeout=10, memory_mb=512)
    Traceback (most recent call last):
    ValueError: invalid literal for int() with base 10: 'x'
"""
from __future__ import annotations

import faulthandler
import os
import pickle
import resource
import select
import signal
import time

from ..errors import ConsultkgError
from .guard import QueryTimeout

DEFAULT_MEMORY_MB = 2048  # the data a local query's evaluation may grow to


class QueryCrashed(ConsultkgError):
    """The engine's process died: out of its memory limit, or a crash."""


def in_child(work, timeout: float | None, memory_mb: int | None, what: str = "query"):
    """``work()`` (which returns bytes) run in a forked child; its exception is raised here as it was."""
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: never returns
        os.close(read_end)
        status = 0
        try:
            signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent stops it
            quiet = os.open(os.devnull, os.O_WRONLY)  # the engine's own last words ("memory allocation ... failed"):
            os.dup2(quiet, 2)  # the parent says it in one line
            faulthandler.disable()  # (a test runner's, writing to its own copy of stderr)
            if memory_mb:
                limit = memory_mb << 20
                resource.setrlimit(resource.RLIMIT_DATA, (limit, limit))
            try:
                message = pickle.dumps(("ok", work()))
            except BaseException as e:  # noqa: BLE001 - handed to the parent
                try:
                    message = pickle.dumps(("error", e))
                except Exception:  # an exception that does not pickle: its words
                    message = pickle.dumps(("error", RuntimeError(f"{type(e).__name__}: {e}")))
            with os.fdopen(write_end, "wb") as out:
                out.write(message)
        except BaseException:  # noqa: BLE001
            status = 1
        os._exit(status)
    os.close(write_end)
    status = None
    try:
        data = _read_all(read_end, pid, timeout, what)
    finally:
        os.close(read_end)
        status = _reap(pid)
    if not data:
        if status is not None and os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGSEGV:
            raise QueryCrashed(f"the {what} engine crashed on this {what} (SIGSEGV: a chain of thousands of terms?)")
        raise QueryCrashed(f"the {what} engine stopped: it needed more than its {memory_mb} MB of memory "
                           "(--memory MB allows more)")
    kind, value = pickle.loads(data)
    if kind == "error":
        raise value
    return value


def _read_all(fd: int, pid: int, timeout: float | None, what: str) -> bytes:
    chunks, deadline = [], None if not timeout else time.monotonic() + timeout
    while True:
        wait = 0.05 if deadline is None else max(0.0, min(0.05, deadline - time.monotonic()))
        ready, _, _ = select.select([fd], [], [], wait)
        if ready:
            chunk = os.read(fd, 1 << 20)
            if not chunk:
                return b"".join(chunks)
            chunks.append(chunk)
        elif deadline is not None and time.monotonic() >= deadline:
            raise QueryTimeout(f"the {what} was stopped after {timeout:g} s (--timeout SECONDS allows longer)")


def _reap(pid: int) -> int | None:
    """Stop the child if it still runs, and collect it; its wait status."""
    try:
        for _ in range(20):  # it has closed its end of the pipe: it is ending
            done, status = os.waitpid(pid, os.WNOHANG)
            if done:
                return status
            time.sleep(0.01)
        os.kill(pid, signal.SIGKILL)
        return os.waitpid(pid, 0)[1]
    except ChildProcessError:
        return None
