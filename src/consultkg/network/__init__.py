"""The stakeholder-theme network: RDF graph -> networkx views and metrics -> an offline HTML explorer and exports.

    >>> from consultkg.network import network_graph, write_network
    >>> from consultkg.load import load_dataset
    >>> g = network_graph(load_dataset("output/"), "stakeholder-theme")     # doctest: +SKIP
    >>> write_network(g, html="output/network.html", view="stakeholder-theme",
    ...               graphml="output/network.graphml")                     # doctest: +SKIP
    [PosixPath('output/network.html'), PosixPath('output/network.graphml')]

The stages, each a small module with plain data between them:

* ``project``: RDF (any Graph or Dataset) -> ``Facts`` -> a networkx graph per view;
* ``metrics``: degree, weighted degree, betweenness, Louvain communities, a layout;
* ``render``: networkx -> one self-contained HTML page (pyvis + vis-network, inlined);
* ``export``: networkx -> GraphML, GEXF, nodes/edges CSV.
"""
from __future__ import annotations

import re
from pathlib import Path

import networkx as nx
from rdflib import Graph

from ..load import load_dataset
from ..output import atomic_write
from .export import to_csv, to_gexf, to_graphml
from .metrics import METRICS, add_metrics
from .project import VIEWS, project, read_facts
from .render import render_html

__all__ = ["VIEWS", "METRICS", "load_rdf", "network_graph", "network_html", "write_network", "build_network_page"]
GRAPH_FILES = ("graph.trig", "graph.ttl", "graph.nt", "graph.jsonld")


def load_rdf(source: str | Path) -> Graph:
    """The RDF of SOURCE: a graph file or build folder (parsed), else a store or SPARQL endpoint (CONSTRUCTed)."""
    s, path = str(source), Path(str(source))
    if re.match(r"^https?://", s) or (path.is_dir() and not any((path / n).is_file() for n in GRAPH_FILES)
                                      and any(path.iterdir())):
        from ..sparql.api import run
        return run(s, "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }").graph
    return load_dataset(path)


def network_graph(rdf: Graph, view: str = "stakeholder-theme") -> nx.Graph:
    """The networkx graph of ``view`` for an RDF graph or dataset, with its metrics on the nodes."""
    g = project(read_facts(rdf), view)
    add_metrics(g)
    return g


def network_html(g: nx.Graph, view: str = "stakeholder-theme", size_by: str = "degree",
                 title: str = "Consultation network", source: str = "") -> bytes:
    """The explorer page of a graph from ``network_graph``."""
    return render_html(g, view=view, size_by=size_by, title=title, source=source)


def write_network(g: nx.Graph, *, html: str | Path | None = None, view: str = "stakeholder-theme",
                  size_by: str = "degree", graphml: str | Path | None = None, gexf: str | Path | None = None,
                  csv_prefix: str | Path | None = None, title: str = "Consultation network",
                  source: str = "") -> list[Path]:
    """Write the page and the exports asked for, each atomically; return the paths written.

    ``csv_prefix`` ``out/net`` writes ``out/net-nodes.csv`` and ``out/net-edges.csv``.
    """
    written: list[Path] = []

    def put(path, data: bytes) -> None:
        atomic_write(Path(path), data)
        written.append(Path(path))

    if html is not None:
        put(html, network_html(g, view, size_by, title, source))
    if graphml is not None:
        put(graphml, to_graphml(g))
    if gexf is not None:
        put(gexf, to_gexf(g))
    if csv_prefix is not None:
        nodes, edges = to_csv(g)
        put(f"{csv_prefix}-nodes.csv", nodes)
        put(f"{csv_prefix}-edges.csv", edges)
    return written


def build_network_page(out_dir: str | Path, name: str = "network.html") -> Path:
    """Write ``out_dir/network.html`` (the stakeholder-theme view) from the graph.nt a build just wrote."""
    out_dir = Path(out_dir)
    rdf = Graph()
    rdf.parse(out_dir / "graph.nt", format="nt")
    return write_network(network_graph(rdf, "stakeholder-theme"), html=out_dir / name)[0]
