"""The persistent store: the named graphs of a build in an on-disk Oxigraph store.

    >>> sync_store("kg.store", graphs, vocabulary)   # doctest: +SKIP

The store mirrors the build and stays consistent with the build cache: the
marker file ``consultkg-store.json`` remembers the cache key of each named
graph, a graph whose key changed is replaced (removed, then added in one atomic
``extend``), one no longer in the build is removed, and an unchanged one is
left alone. So nothing is duplicated and nothing is stale.
"""
from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pyoxigraph as ox

from ..errors import InputError
from .local import STORE_MARKER, write_marker


def _state(path: Path) -> dict[str, str]:
    try:
        return dict(json.loads((path / STORE_MARKER).read_text(encoding="utf-8")).get("graphs", {}))
    except (OSError, ValueError, AttributeError):
        return {}


def sync_store(path: str | Path, graphs: list[tuple[str, str, Path]],
               vocabulary: tuple[str, str, Callable[[], list[str]]]) -> int:
    """Make the store at ``path`` hold exactly these named graphs.

    ``graphs`` are (graph IRI, cache key, N-Triples file); ``vocabulary`` is
    (graph IRI, key, a function giving its N-Triples lines, called only when the
    store lacks that version). Returns the number of named graphs.
    """
    path = Path(path)
    if path.exists() and any(path.iterdir()) and not (path / STORE_MARKER).exists():
        raise InputError(str(path), "exists and is not a consultkg store; refusing to write into it")
    path.mkdir(parents=True, exist_ok=True)
    known = _state(path)
    try:
        store = ox.Store(str(path))
    except Exception as e:  # pyoxigraph reports a damaged store as OSError or RuntimeError
        raise InputError(str(path), f"cannot open the store: {str(e).splitlines()[0]}") from None
    vocab_iri, vocab_key, vocab_lines = vocabulary
    wanted = {iri: key for iri, key, _ in graphs} | {vocab_iri: vocab_key}
    for existing in list(store.named_graphs()):
        if isinstance(existing, ox.NamedNode) and existing.value not in wanted:
            store.remove_graph(existing)
    sources = {iri: ("file", nt) for iri, _, nt in graphs} | {vocab_iri: ("lines", vocab_lines)}
    for iri in sorted(wanted):
        name = ox.NamedNode(iri)
        if known.get(iri) == wanted[iri] and store.contains_named_graph(name):
            continue
        kind, source = sources[iri]
        triples = (ox.parse(path=str(source), format=ox.RdfFormat.N_TRIPLES) if kind == "file"
                   else ox.parse("\n".join(source()).encode("utf-8"), format=ox.RdfFormat.N_TRIPLES))
        if store.contains_named_graph(name):
            store.remove_graph(name)
        store.extend(ox.Quad(t.subject, t.predicate, t.object, name) for t in triples)
    store.flush()
    del store
    write_marker(path, wanted)
    return len(wanted)
