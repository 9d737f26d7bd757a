"""The persistent store: the named graphs of a build in an on-disk Oxigraph store.

    >>> sync_store("kg.store", graphs, vocabulary)   # doctest: +SKIP

The store mirrors the build and stays consistent with the build cache: the
marker file ``consultkg-store.json`` remembers the cache key of each named
graph, a graph whose key changed is replaced (removed, then loaded in one
transaction), one no longer in the build is removed, and an unchanged one is
left alone. So nothing is duplicated and nothing is stale. Many graphs at once
(a first load) and the default graph, the deduplicated union, are bulk-loaded
in slices of about ``SLICE_BYTES``, ``LOADERS`` at a time, which bounds memory.

An update is a transaction as far as readers can tell: before changing
anything the marker says ``"complete": false``, and only the last step marks
the store complete again. A store left incomplete by a killed update refuses
every query (``consultkg query`` says to rebuild it), and the next
``build --store`` reloads every graph.
"""
from __future__ import annotations

import json
import os
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pyoxigraph as ox

from ..files import atomic_write
from ..errors import InputError
from .transaction import LOCK_FILE


# Above this many graphs to (re)load at once, one bulk load is used: many times faster than one
# transaction per graph, but not transactional (a first load or a wholesale rebuild).
BULK_FROM = 50
# A bulk load keeps every quad it is given in memory (about 1 KB each, parsed, encoded and sorted
# six or nine ways) until it writes its sorted files: the N-Quads are fed in slices of about this
# many bytes (about 150,000 quads), so memory stays bounded whatever the size of the corpus.
SLICE_BYTES = 32 * 2**20
# Slices loaded at once, each in its own thread (Oxigraph releases the GIL): on two cores one parses
# while the other sorts and writes, as a single bulk load of a big file does.
LOADERS = min(2, os.cpu_count() or 1)


def _slices(path: Path) -> Iterator[bytes]:
    """The N-Quads (or N-Triples) file at ``path`` in slices of whole lines, about SLICE_BYTES each.

    A bulk load gives the blank nodes of each input fresh names, so every line that may
    hold a blank node (``_:`` anywhere in it) is kept back and all of them come last, in
    one slice: the file's blank nodes stay one scope, as in one load of the whole file.
    Only the vocabulary has blank nodes, a few dozen lines.

        >>> import tempfile
        >>> f = Path(tempfile.mkdtemp()) / "a.nt"
        >>> _ = f.write_text('<a> <p> <b> .\\n_:x <p> <c> .\\n<c> <p> _:x .\\n')
        >>> list(_slices(f))
        [b'<a> <p> <b> .\\n', b'_:x <p> <c> .\\n<c> <p> _:x .\\n']
    """
    blank = []
    with open(path, "rb") as fh:
        while chunk := fh.read(SLICE_BYTES):
            chunk += fh.readline()  # up to the end of the line the slice cut
            if b"_:" in chunk:
                lines = [ln + b"\n" for ln in chunk.split(b"\n") if ln]
                blank += [ln for ln in lines if b"_:" in ln]
                chunk = b"".join(ln for ln in lines if b"_:" not in ln)
            if chunk:
                yield chunk
    if blank:
        yield b"".join(blank)


def _load_sliced(store: ox.Store, files: list[Path], lenient: bool = False) -> None:
    """Bulk-load these N-Quads/N-Triples files (triples go to the default graph), slice by slice.

    At most LOADERS slices are in memory at once. ``lenient`` skips Oxigraph's IRI checks,
    for files this build wrote and has already parsed in full (when serialising them).
    """
    with ThreadPoolExecutor(max_workers=LOADERS) as pool:
        pending: deque = deque()
        for path in files:
            for data in _slices(path):
                while len(pending) >= LOADERS:
                    pending.popleft().result()
                pending.append(pool.submit(store.bulk_load, input=data, format=ox.RdfFormat.N_QUADS,
                                           lenient=lenient))
        while pending:
            pending.popleft().result()


def _bulk_load(store, graphs) -> None:
    """Load many named graphs with bulk loads of an N-Quads file made from their N-Triples."""
    import tempfile

    with tempfile.NamedTemporaryFile("w", suffix=".nq", encoding="utf-8", delete=False) as tmp:
        for iri, (kind, source) in graphs:
            lines = Path(source).read_text(encoding="utf-8").splitlines() if kind == "file" else source()
            tmp.writelines(f"{line[:-1]}<{iri}> .\n" for line in lines if line)
    try:
        _load_sliced(store, [Path(tmp.name)])
    finally:
        Path(tmp.name).unlink(missing_ok=True)


#: The file that marks a folder as a consultkg store: written here only, read through :func:`read_marker`.
STORE_MARKER = "consultkg-store.json"


def is_store(path: Path) -> bool:
    return path.is_dir() and (path / STORE_MARKER).is_file()


def read_marker(path: Path) -> dict:
    try:
        return dict(json.loads((Path(path) / STORE_MARKER).read_text(encoding="utf-8")))
    except (OSError, ValueError, TypeError):
        return {}


def write_marker(path: Path, graphs: dict[str, str] | int, default: str | None = None,
                 complete: bool = True) -> None:
    """Mark ``path`` as a consultkg store; ``graphs`` maps each named graph to its cache key;
    ``default="union"`` says the default graph holds the deduplicated union of the named graphs;
    ``complete=False`` says an update is under way (a reader refuses the store until it ends)."""
    listed = dict(sorted(graphs.items())) if isinstance(graphs, dict) else {}
    marker = {"format": "consultkg-store", "version": 1, "graphs": listed}
    if default:
        marker["default"] = default
    if not complete:
        marker["complete"] = False
    atomic_write(Path(path) / STORE_MARKER, (json.dumps(marker, indent=0) + "\n").encode("utf-8"))


def _state_default(path: Path) -> str | None:
    default = read_marker(path).get("default")
    return default if isinstance(default, str) else None


def _state(path: Path) -> dict[str, str]:
    graphs = read_marker(path).get("graphs", {})
    return dict(graphs) if isinstance(graphs, dict) else {}


def check_store_folder(path: Path) -> None:
    """Refuse a folder that holds something other than a consultkg store (its lock file aside)."""
    if path.is_dir() and any(p.name != LOCK_FILE for p in path.iterdir()) and not (path / STORE_MARKER).exists():
        raise InputError(str(path), "exists and is not a consultkg store; refusing to write into it")


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

    Bulk loads (a first load, a wholesale rebuild, the default graph) read their
    files in slices (:func:`_slices`), so memory stays bounded at any corpus size.
    """
    path = Path(path)
    check_store_folder(path)
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
    changed = bool(stale) or set(known) != set(wanted)
    reload_union = union is not None and (changed or _state_default(path) != "union")
    if reload_union:
        store.clear_graph(ox.DefaultGraph())
    bulk = []  # files bulk-loaded one after the other, slice by slice, the loaders kept busy between them
    if quads is not None and len(stale) > BULK_FROM and len(stale) == len(wanted):
        bulk.append(Path(quads))  # the stream the graph files came from
    elif len(stale) > BULK_FROM:
        _bulk_load(store, [(iri, sources[iri]) for iri in stale])
    else:
        for iri in stale:  # one transactional load per graph, parsed by Oxigraph
            kind, source = sources[iri]
            data = {"path": str(source)} if kind == "file" else {"input": "\n".join(source()).encode("utf-8")}
            store.load(format=ox.RdfFormat.N_TRIPLES, to_graph=ox.NamedNode(iri), **data)
    if reload_union:
        bulk.append(Path(union))  # N-Triples: the default graph
    # with ``quads`` this build wrote both files and parsed them in full (graph.trig, graph.ttl): checked
    _load_sliced(store, bulk, lenient=quads is not None)
    store.flush()
    if bulk or len(stale) > BULK_FROM:
        # Bulk loads in slices leave many overlapping files: compacted now, the saved questions answer
        # about 3 times faster (at 10,000 records 7.0 s -> 1.7 s for the slowest; the compaction takes 3 s)
        store.optimize()
    del store
    write_marker(path, wanted, default="union" if union is not None else None)
    return len(wanted)
