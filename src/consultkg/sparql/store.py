"""The persistent store: the named graphs of a build in an on-disk Oxigraph store.

    >>> sync_store("kg.store", graphs, vocabulary)   # doctest: +SKIP

The store mirrors the build and stays consistent with the build cache: the
marker file ``consultkg-store.json`` remembers the cache key of each named
graph, a graph whose key changed is replaced (removed, then loaded in one
transaction), one no longer in the build is removed, and an unchanged one is
left alone. So nothing is duplicated and nothing is stale.

An update is a transaction as far as readers can tell: before changing
anything the marker says ``"complete": false``, and only the last step marks
the store complete again. A store left incomplete by a killed update refuses
every query (``consultkg query`` says to rebuild it), and the next
``build --store`` reloads every graph.
"""
from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pyoxigraph as ox

from ..errors import InputError
from .local import STORE_MARKER, read_marker, write_marker


# Above this many graphs to (re)load at once, one bulk load is used: many times faster than one
# transaction per graph, but not transactional (a first load or a wholesale rebuild).
BULK_FROM = 50


def _bulk_load(store, graphs) -> None:
    """Load many named graphs with one bulk load of an N-Quads file."""
    import tempfile

    with tempfile.NamedTemporaryFile("w", suffix=".nq", encoding="utf-8", delete=False) as tmp:
        for iri, (kind, source) in graphs:
            lines = Path(source).read_text(encoding="utf-8").splitlines() if kind == "file" else source()
            tmp.writelines(f"{line[:-1]}<{iri}> .\n" for line in lines if line)
    try:
        store.bulk_load(path=tmp.name, format=ox.RdfFormat.N_QUADS)
    finally:
        Path(tmp.name).unlink(missing_ok=True)


def _state_default(path: Path) -> str | None:
    try:
        return json.loads((path / STORE_MARKER).read_text(encoding="utf-8")).get("default")
    except (OSError, ValueError, AttributeError):
        return None


def _state(path: Path) -> dict[str, str]:
    try:
        return dict(json.loads((path / STORE_MARKER).read_text(encoding="utf-8")).get("graphs", {}))
    except (OSError, ValueError, AttributeError):
        return {}


def sync_store(path: str | Path, graphs: list[tuple[str, str, Path | Callable[[], list[str]]]],
               vocabulary: tuple[str, str, Callable[[], list[str]]], union: Path | None = None,
               quads: Path | None = None) -> int:
    """Make the store at ``path`` hold exactly these named graphs.

    ``graphs`` are (graph IRI, cache key, N-Triples file or a function giving its
    N-Triples lines, called only when the store lacks that graph); ``vocabulary`` is
    (graph IRI, key, a function giving its N-Triples lines, called only when the
    store lacks that version). ``union`` is the build's deduplicated union
    (graph.nt): when given, the default graph is made to hold it, so queries need
    not ask Oxigraph for a union that repeats shared triples. ``quads`` is the
    build's N-Quads of every graph (vocabulary included): when every graph is to be
    loaded, that file is bulk-loaded as it is. Returns the number of named graphs.
    """
    path = Path(path)
    if path.exists() and any(path.iterdir()) and not (path / STORE_MARKER).exists():
        raise InputError(str(path), "exists and is not a consultkg store; refusing to write into it")
    path.mkdir(parents=True, exist_ok=True)
    known = _state(path) if read_marker(path).get("complete", True) else {}
    write_marker(path, known, default=_state_default(path), complete=False)  # first: readers now refuse it
    try:
        store = ox.Store(str(path))
    except Exception as e:  # pyoxigraph reports a damaged store as OSError or RuntimeError
        raise InputError(str(path), f"cannot open the store: {str(e).splitlines()[0]}") from None
    vocab_iri, vocab_key, vocab_lines = vocabulary
    wanted = {iri: key for iri, key, _ in graphs} | {vocab_iri: vocab_key}
    for existing in list(store.named_graphs()):
        if isinstance(existing, ox.NamedNode) and existing.value not in wanted:
            store.remove_graph(existing)
    sources = {iri: ("lines" if callable(nt) else "file", nt) for iri, _, nt in graphs} | \
        {vocab_iri: ("lines", vocab_lines)}
    stale = [iri for iri in sorted(wanted)
             if known.get(iri) != wanted[iri] or not store.contains_named_graph(ox.NamedNode(iri))]
    for iri in stale:
        if store.contains_named_graph(ox.NamedNode(iri)):
            store.remove_graph(ox.NamedNode(iri))
    if quads is not None and len(stale) > BULK_FROM and len(stale) == len(wanted):
        store.bulk_load(path=str(quads), format=ox.RdfFormat.N_QUADS)  # the stream the graph files came from
    elif len(stale) > BULK_FROM:
        _bulk_load(store, [(iri, sources[iri]) for iri in stale])
    else:
        for iri in stale:  # one transactional load per graph, parsed by Oxigraph
            kind, source = sources[iri]
            data = {"path": str(source)} if kind == "file" else {"input": "\n".join(source()).encode("utf-8")}
            store.load(format=ox.RdfFormat.N_TRIPLES, to_graph=ox.NamedNode(iri), **data)
    changed = bool(stale) or set(known) != set(wanted)
    if union is not None and (changed or _state_default(path) != "union"):
        store.clear_graph(ox.DefaultGraph())
        store.bulk_load(path=str(union), format=ox.RdfFormat.N_TRIPLES)
    store.flush()
    del store
    write_marker(path, wanted, default="union" if union is not None else None)
    return len(wanted)
