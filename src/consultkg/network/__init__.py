"""The stakeholder-theme network: RDF graph -> networkx views and metrics -> an offline HTML explorer and exports.

    >>> from consultkg.network import network_graph, write_network
    >>> from consultkg.build.load import load_dataset
    >>> g = network_graph(load_dataset("output/"), "stakeholder-theme")     # doctest: +SKIP
    >>> write_network(g, html="output/network.html", view="stakeholder-theme",
    ...               graphml="output/network.graphml")                     # doctest: +SKIP
    [PosixPath('output/network.html'), PosixPath('output/network.graphml')]

The stages, each a small module with plain data between them:

* ``read``: RDF (an Oxigraph store, a build folder, any rdflib Graph or Dataset) -> ``Facts``, by SPARQL;
* ``project``: ``Facts`` -> a networkx graph per view;
* ``metrics``: degree, weighted degree, betweenness, Louvain communities, a layout;
* ``render`` (with ``page_tables``): networkx -> one self-contained HTML page (pyvis + vis-network, inlined);
* ``export``: networkx -> GraphML, GEXF, nodes/edges CSV.
"""
from __future__ import annotations

import re
from pathlib import Path

import networkx as nx
from ..files import atomic_write
from .export import to_csv, to_gexf, to_graphml
from .metrics import METRICS, add_metrics
from .project import VIEWS, project
from .digest import build_digest, document_digest
from .facts import folder_digest, open_store, read_facts
from .render import render_html

__all__ = ["VIEWS", "METRICS", "load_rdf", "network_graph", "network_html", "write_network", "build_network_page",
           "open_store", "read_facts"]


def load_rdf(source: str | Path, timeout: float = 60.0):
    """What the network of SOURCE is read from: a build folder's digest (the per-record digests its build kept,
    when they match its graph files; else its graph.nt bulk-loaded into an Oxigraph store), a graph file
    (bulk-loaded, never parsed with rdflib), a store made by ``build --store`` (opened read-only); a SPARQL
    endpoint is CONSTRUCTed into an rdflib Graph (each attempt within ``timeout`` seconds, its answer within
    the endpoint's size cap). A missing or invalid source raises ``InputError`` naming it."""
    s = str(source)
    if re.match(r"^https?://", s):
        from ..query.api import open_source, run
        from ..query.remote import Retry
        return run(open_source(s, Retry(timeout=timeout)), "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }").graph
    if Path(s).is_dir():  # a build folder: the digests its build kept, when they match its graph files
        digest = folder_digest(Path(s))
        if digest is not None:
            return digest
    return open_store(Path(s))


def network_graph(rdf, view: str = "stakeholder-theme") -> nx.Graph:
    """The networkx graph of ``view`` for an Oxigraph store or an rdflib graph or dataset, with its metrics."""
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


def build_network_page(out_dir: str | Path, name: str = "network.html", cache=None, keys=None) -> Path:
    """Write ``out_dir/network.html`` (the stakeholder-theme view): during a build from the per-record
    digests of its ``cache`` entries ``keys`` (made anew where missing, and kept), else from the folder."""
    out_dir = Path(out_dir)
    source = out_dir if cache is None else build_digest(cache, keys, keep=True)
    return write_network(network_graph(source, "stakeholder-theme"), html=out_dir / name)[0]


def _draw_page(out_dir: Path, cache, keys: list[str]) -> Path:
    return build_network_page(out_dir, cache=cache, keys=keys)


def build_page():
    """The network page as a build draws it (:class:`consultkg.build.run.Page`): the CLI hands it to the build."""
    from ..build.run import Page

    return Page(digest=document_digest, draw=_draw_page)
