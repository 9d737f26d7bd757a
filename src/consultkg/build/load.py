"""Loading a built graph back: a graph file or a ``build`` output folder.

    >>> ds = load_dataset("output/")          # doctest: +SKIP
    >>> union_graph(ds)                       # doctest: +SKIP
"""
from __future__ import annotations

from pathlib import Path

from rdflib import Dataset, Graph

from ..errors import InputError
from ..read.inputs import check_input

FORMAT_OF_SUFFIX = {".trig": "trig", ".ttl": "turtle", ".nt": "nt", ".jsonld": "json-ld", ".json": "json-ld",
                    ".nq": "nquads"}


def graph_file(source: str | Path, max_size: int | None = None) -> Path:
    """The graph file of ``source``: itself, or graph.trig (else graph.ttl) inside a folder; checked before it
    is opened (a FIFO, a device, a link loop, or over ``max_size`` bytes: :class:`InputError`)."""
    path = Path(source)
    if path.is_dir():
        for name in ("graph.trig", "graph.ttl", "graph.nt", "graph.jsonld"):
            if (path / name).is_file():
                return path / name
        raise InputError(str(path), "no graph.trig, graph.ttl, graph.nt or graph.jsonld in this folder")
    check_input(path, max_size)  # a FIFO, a device, a link loop, too large: refused before anything opens it
    if path.suffix.lower() not in FORMAT_OF_SUFFIX:
        raise InputError(str(path), f"unknown graph format '{path.suffix}' (expected {', '.join(FORMAT_OF_SUFFIX)})")
    return path


def load_dataset(source: str | Path, max_size: int | None = None) -> Dataset:
    """Parse a graph file (or a build folder) into a Dataset; a parse error names the file."""
    path = graph_file(source, max_size)
    ds = Dataset()
    try:
        ds.parse(path, format=FORMAT_OF_SUFFIX[path.suffix.lower()])
    except Exception as e:  # rdflib raises many kinds; the message says where
        msg = str(e).strip().splitlines()[0] if str(e).strip() else type(e).__name__
        raise InputError(str(path), f"not a valid graph: {msg}") from e
    return ds


def union_graph(ds: Dataset) -> Graph:
    """All triples of all graphs of ``ds`` in one graph, keeping its prefixes."""
    g = Graph()
    for prefix, ns in ds.namespaces():
        g.bind(prefix, ns, override=True, replace=True)
    for s, p, o, _ in ds.quads((None, None, None, None)):
        g.add((s, p, o))
    return g
