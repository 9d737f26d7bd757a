"""The build state: what the last finished build into a folder made, read back by later commands.

    >>> last_build("output/")     # doctest: +SKIP
    (['3f1c...', ...], <consultkg.build.cache.Cache object ...>)

A build writes ``.consultkg-build.json`` last (see :mod:`consultkg.build.run`): the
documents it built with their cache keys, the vocabulary's digest and the size
and time of every output. A later command that wants what the build kept in its
cache (``consultkg network`` wants the records' digests) first checks that the
state still describes the folder's graph files.
"""
from __future__ import annotations

import json
from pathlib import Path

from .cache import Cache

STATE_FILE = ".consultkg-build.json"
CACHE_DIR = ".consultkg-cache"
REPORT_FILE = "report.json"
OUTPUTS = ("graph.trig", "graph.ttl", "graph.jsonld", "graph.nt")


def read_state(out_dir: Path) -> dict | None:
    try:
        return json.loads((Path(out_dir) / STATE_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def output_stats(out_dir: Path) -> dict[str, list[int]]:
    """[size, modification time in ns] of each output present in ``out_dir``."""
    out = {}
    for name in (*OUTPUTS, REPORT_FILE, "network.html"):
        try:
            st = (Path(out_dir) / name).stat()
            out[name] = [st.st_size, st.st_mtime_ns]
        except OSError:
            pass
    return out


def last_build(out_dir: str | Path) -> tuple[list[str], Cache] | None:
    """The cache keys of the documents of the last finished build into ``out_dir``, with its cache (opened
    read-only), when its state, vocabulary and ``graph.nt`` are all as that build left them; else None."""
    from ..rdf.writer import vocabulary_digest

    out_dir = Path(out_dir)
    state = read_state(out_dir)
    if not state or state.get("vocabulary") != vocabulary_digest() or not state.get("documents"):
        return None
    recorded = (state.get("outputs") or {}).get("graph.nt")
    if recorded is None or output_stats(out_dir).get("graph.nt") != recorded:
        return None
    cache = Cache(out_dir / CACHE_DIR, readonly=True)
    if not cache.path.is_file():
        return None
    return [key for _, key in state["documents"]], cache
