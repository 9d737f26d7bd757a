"""What a query may do before it reaches the engine: read only, no SERVICE, bounded nesting, bounded time.

    >>> check_query("SELECT * WHERE { ?s ?p ?o }")
    >>> check_query("SELECT * WHERE { SERVICE <http://x.example/sparql> { ?s ?p ?o } }")
    Traceback (most recent call last):
    consultkg.query.guard.QueryRefused: SERVICE clauses call other servers and are refused on local sources; give --allow-service to permit them
    >>> check_query("SELECT * WHERE { ?s ?p 'SERVICE' }  # SERVICE in a comment")

The scan blanks strings, IRIs and comments first, so words inside them never
count. Nesting is refused above :data:`MAX_DEPTH` groups, brackets or unary
operators: pyoxigraph's parser overflows its stack near 3,000 (measured: 2,000
nested groups parse, 3,000 crash the process).
"""
from __future__ import annotations

import re
import threading
import time

from ..errors import ConsultkgError

MAX_DEPTH = 200  # nested { ( [ or unary ! - + : far above any real query, far below the engine's limit
DEFAULT_TIMEOUT = 60.0  # seconds a local query may run

_SKIP = re.compile(
    r'"""(?:[^"\\]|\\.|"(?!""))*"""|\'\'\'(?:[^\'\\]|\\.|\'(?!\'\'))*\'\'\''
    r'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'|<[^<>"{}|^`\\\s]*>|#[^\n]*', re.S)
_UNARY_RUN = re.compile(r"(?:[!+\-]\s*){%d,}" % MAX_DEPTH)


class QueryRefused(ConsultkgError):
    """A query refused before it runs (a SERVICE call, nesting too deep)."""


class QueryTimeout(ConsultkgError):
    """A local query that ran longer than its time limit."""


def code_only(query: str) -> str:
    """The query with every string, IRI and comment blanked (same length, same line breaks)."""
    return _SKIP.sub(lambda m: re.sub(r"[^\n]", " ", m.group(0)), query)


def nesting_depth(query: str) -> int:
    """The deepest nesting of ``{ ( [`` in the query's code (strings, IRIs, comments left out)."""
    depth = deepest = 0
    for ch in code_only(query):
        if ch in "{([":
            depth += 1
            deepest = max(deepest, depth)
        elif ch in "})]":
            depth = max(0, depth - 1)
    return deepest


def check_query(query: str, allow_service: bool = False) -> None:
    """Refuse a SERVICE clause (unless allowed) and nesting the engine cannot take."""
    code = code_only(query)
    if not allow_service and re.search(r"(?i)\bSERVICE\b", code):
        raise QueryRefused("SERVICE clauses call other servers and are refused on local sources; "
                           "give --allow-service to permit them")
    depth = nesting_depth(query)
    if depth > MAX_DEPTH or _UNARY_RUN.search(code):
        raise QueryRefused(f"the query nests {max(depth, MAX_DEPTH + 1)} levels deep; at most {MAX_DEPTH} are allowed")


def bounded(work, timeout: float | None, what: str = "query"):
    """Run ``work()`` in a worker thread; give up after ``timeout`` seconds or on Ctrl-C.

    pyoxigraph releases the GIL while it evaluates, so the calling thread wakes
    every 50 ms (measured) and a KeyboardInterrupt reaches it at once. A query
    given up keeps its thread until the engine returns; the CLI exits at once.
    """
    box: dict = {}

    def target():
        try:
            box["value"] = work()
        except BaseException as e:  # handed to the caller
            box["error"] = e

    worker = threading.Thread(target=target, name=f"consultkg-{what}", daemon=True)
    worker.start()
    deadline = None if not timeout else time.monotonic() + timeout
    while worker.is_alive():
        wait = 0.05 if deadline is None else max(0.0, min(0.05, deadline - time.monotonic()))
        worker.join(wait)
        if deadline is not None and worker.is_alive() and time.monotonic() >= deadline:
            raise QueryTimeout(f"the {what} was stopped after {timeout:g} s (--timeout SECONDS allows longer)")
    if "error" in box:
        raise box["error"]
    return box["value"]
