"""Exports of a network for analyst tools: GraphML, GEXF (Gephi), and a nodes/edges CSV pair (Kumu, spreadsheets).

    >>> data = to_graphml(g)                         # doctest: +SKIP
    >>> nodes_csv, edges_csv = to_csv(g)             # doctest: +SKIP

Node attributes that are lists (themes, objectives, countries, consultations,
stances, evidence) are joined with ``|``, Kumu's separator for multi-valued
fields. GEXF nodes carry Gephi's ``viz`` colour, size and a starting position.
The CSV pair follows Kumu's import layout: the elements sheet starts with
``ID`` and ``Label`` (and ``Type``), the connections sheet with ``From`` and
``To`` (the element IDs, here the IRIs), then ``Type`` and ``Weight``. UTF-8
without a byte-order mark; a text cell that a spreadsheet would run as a
formula (starting with ``=``, ``+``, ``-``, ``@``) gets a leading apostrophe.
The same graph gives the same bytes.
"""
from __future__ import annotations

import csv
import io
import re

import networkx as nx

from .metrics import community_layout
from .render import MAX_SIZE, MIN_SIZE, node_colour, node_size

SEP = "|"
COLUMNS = (  # CSV header -> node attribute
    ("ID", None), ("Label", "label"), ("Type", "type"), ("Organisation type", "org_type"), ("Acronym", "acronym"),
    ("Country", "country"), ("Organisation", "organisation"), ("Job title", "job_title"),
    ("Name told apart", "display"), ("Consultation count", "consultation_count"), ("Meeting count", "meetings"),
    ("Degree", "degree"), ("Weighted degree", "weighted_degree"), ("Betweenness", "betweenness"),
    ("Community", "community"), ("Themes", "themes"), ("Strategic objectives", "objectives"),
    ("Consultation countries", "countries"), ("Consultations", "consultations"), ("Stances", "stances"),
    ("Evidence", "evidence"),
)


def _evidence(mention) -> str:
    where = f"{mention.document}:{mention.line}" if mention.line is not None else mention.document
    return f"“{mention.text}” ({where}{', ' + mention.theme if mention.theme else ''})"


def _cell(value):
    """A CSV cell; text that a spreadsheet would run as a formula gets a leading apostrophe."""
    value = _flat(value)
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


def _flat(value):
    if isinstance(value, tuple):
        return SEP.join(_evidence(v) if hasattr(v, "document") else str(v) for v in value)
    return value


def flat_graph(g: nx.Graph) -> nx.Graph:
    """A copy of ``g`` whose attributes are all scalars (strings, numbers), as GraphML and GEXF need."""
    out = nx.Graph()
    for n, a in g.nodes(data=True):
        out.add_node(n, **{k: _flat(v) for k, v in a.items()})
    for u, v, a in g.edges(data=True):
        out.add_edge(u, v, **{k: _flat(x) for k, x in a.items()})
    return out


def to_graphml(g: nx.Graph) -> bytes:
    """GraphML (UTF-8) of ``g``."""
    return ("\n".join(nx.generate_graphml(flat_graph(g))) + "\n").encode("utf-8")


def to_gexf(g: nx.Graph) -> bytes:
    """GEXF 1.2 of ``g`` with colours, sizes and positions; no modification date (deterministic output)."""
    flat = flat_graph(g)
    pos = community_layout(g)
    top = max((a.get("degree", 0) for _, a in g.nodes(data=True)), default=0)
    for n, a in g.nodes(data=True):
        colour = node_colour(a).lstrip("#")
        r, gr, b = (int(colour[i:i + 2], 16) for i in (0, 2, 4))
        size = node_size(a.get("degree", 0), top) if top else (MIN_SIZE + MAX_SIZE) / 4
        flat.nodes[n]["viz"] = {"color": {"r": r, "g": gr, "b": b, "a": 1.0}, "size": size,
                                "position": {"x": pos[n][0], "y": pos[n][1], "z": 0.0}}
    text = "\n".join(nx.generate_gexf(flat)) + "\n"
    return re.sub(r' lastmodifieddate="[^"]*"', "", text, count=1).encode("utf-8")


def to_csv(g: nx.Graph) -> tuple[bytes, bytes]:
    """(nodes.csv, edges.csv) of ``g``, in Kumu's element and connection layout."""
    nodes = io.StringIO()
    w = csv.writer(nodes, lineterminator="\n")
    w.writerow([h for h, _ in COLUMNS])
    for n, a in g.nodes(data=True):
        w.writerow([_cell(n) if key is None else _cell(a.get(key, "")) for _, key in COLUMNS])
    edges = io.StringIO()
    w = csv.writer(edges, lineterminator="\n")
    w.writerow(["From", "To", "Type", "Weight"])
    for u, v, a in g.edges(data=True):
        w.writerow([_cell(u), _cell(v), a.get("kind", ""), a.get("weight", 1)])
    return nodes.getvalue().encode("utf-8"), edges.getvalue().encode("utf-8")
