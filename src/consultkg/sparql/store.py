"""The persistent store: the named graphs of a build in an on-disk Oxigraph store.

    >>> sync_store(dataset, "kg.store")   # doctest: +SKIP

The store mirrors the build: each named graph of the dataset replaces the
graph of the same name (removed, then added in one atomic ``extend``), and
named graphs no longer in the build are removed, so nothing is duplicated and
nothing is stale.
"""
from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
from rdflib import Dataset

from ..errors import InputError
from .local import STORE_MARKER, write_marker


def sync_store(ds: Dataset, path: str | Path) -> int:
    """Write the named graphs of ``ds`` into the store at ``path``; return how many."""
    path = Path(path)
    if path.exists() and any(path.iterdir()) and not (path / STORE_MARKER).exists():
        raise InputError(str(path), "exists and is not a consultkg store; refusing to write into it")
    path.mkdir(parents=True, exist_ok=True)
    try:
        store = ox.Store(str(path))
    except Exception as e:  # pyoxigraph reports a damaged store as OSError or RuntimeError
        raise InputError(str(path), f"cannot open the store: {str(e).splitlines()[0]}") from None
    wanted = {str(g.identifier): g for g in ds.graphs() if len(g)}
    for existing in list(store.named_graphs()):
        if isinstance(existing, ox.NamedNode) and existing.value not in wanted:
            store.remove_graph(existing)
    for iri, g in sorted(wanted.items()):
        name = ox.NamedNode(iri)
        data = g.serialize(format="nt", encoding="utf-8")
        if store.contains_named_graph(name):
            store.remove_graph(name)
        store.extend(ox.Quad(t.subject, t.predicate, t.object, name)
                     for t in ox.parse(data, format=ox.RdfFormat.N_TRIPLES))
    store.flush()
    del store
    write_marker(path, len(wanted))
    return len(wanted)
