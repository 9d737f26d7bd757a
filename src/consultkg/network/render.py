"""networkx graph (with metrics) -> one self-contained HTML file, through PyVis.

    >>> html = render_html(g, view="stakeholder-theme", size_by="degree")   # doctest: +SKIP
    >>> html[:15]                                                           # doctest: +SKIP
    b'<!DOCTYPE html>'

The node and edge lists of a ``pyvis.network.Network`` are built directly (one
dict per node and edge, like pyvis's own ``Node``/``Edge`` options):
``add_node``/``add_edge`` check membership in lists, which is quadratic, and
``from_nx`` more so. vis-network's JavaScript and CSS come from the pyvis
package and are inlined; pyvis's own template is not used because even its
``cdn_resources="in_line"`` mode fetches Bootstrap from a CDN. The page makes no
network request at all (a Content-Security-Policy forbids it).

Document text reaches the page only as JSON in ``<script type="application/json">``
with ``<``, ``>`` and ``&`` escaped as ``\\u003c`` etc.; the explorer's script
builds the panels with ``textContent`` and gives vis-network plain-text
tooltips, so a label such as ``<img src=x onerror=alert(1)>`` shows as text.
The few strings in the HTML itself (title, heading) go through Jinja2's
autoescape. No timestamps, no random ids: the same graph gives the same bytes.
"""
from __future__ import annotations

import json
import math
from functools import lru_cache
from pathlib import Path

import jinja2
import networkx as nx
import pyvis
from markupsafe import Markup
from pyvis.network import Network

from .metrics import METRICS, community_layout, metric_value
from .project import FACETS, NODE_TYPES

HERE = Path(__file__).parent
VIS_DIR = Path(pyvis.__file__).parent / "templates" / "lib" / "vis-9.1.2"
PHYSICS_MAX_NODES = 1000  # above this, a precomputed layout with physics off
SEEDED_LAYOUT_MIN = 150  # above this, the physics starts from the precomputed layout
MIN_SIZE, MAX_SIZE = 8.0, 40.0

TYPE_STYLE = {  # node type -> (label, colour, vis shape)
    "organisation": ("Organisation", "#4e79a7", "dot"),
    "person": ("Person", "#7f7f7f", "triangle"),
    "theme": ("Theme", "#ff7f0e", "diamond"),
    "meeting": ("Meeting", "#525252", "square"),
    "consultation": ("Consultation", "#843c39", "star"),
    "document": ("Document", "#a55194", "hexagon"),
}
ORG_TYPE_COLOUR = {  # local name of the ckgo: concept -> colour
    "national-government": "#1f77b4", "government-ministry": "#6baed6", "government-agency": "#9edae5",
    "local-government": "#17becf", "parliament": "#393b79", "embassy": "#9467bd", "bilateral-agency": "#c5b0d5",
    "multilateral-development-bank": "#8c564b", "world-bank-group": "#e377c2", "un-entity": "#2ca02c",
    "intergovernmental-organization": "#98df8a", "supranational-union": "#bcbd22",
    "coordination-group": "#dbdb8d", "civil-society": "#d62728", "private-sector": "#ff9896",
    "academia": "#c49c94", "other": "#c7c7c7",
}
UNKNOWN_ORG_COLOUR = "#aaaaaa"
VIEW_LABEL = {"stakeholder-theme": "Stakeholders and themes", "organisation": "Organisations meeting together",
              "theme-cooccurrence": "Themes discussed together", "full": "The whole consultation graph"}
FACET_LABEL = {"themes": "Theme", "objectives": "Strategic objective", "countries": "Country",
               "consultations": "Consultation", "stances": "Stance"}


@lru_cache(maxsize=1)
def _assets() -> tuple[str, str, str, str]:
    return tuple(p.read_text(encoding="utf-8") for p in (
        VIS_DIR / "vis-network.min.js", VIS_DIR / "vis-network.css", HERE / "explorer.js", HERE / "explorer.css"))


def _env() -> jinja2.Environment:
    return jinja2.Environment(loader=jinja2.FileSystemLoader(HERE), autoescape=True, keep_trailing_newline=True)


def script_json(value) -> str:
    """JSON safe inside ``<script>``: ``<``, ``>``, ``&`` escaped, so no data can close the element."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"), sort_keys=False)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def node_colour(attrs: dict) -> str:
    if attrs.get("type") == "organisation":
        key = str(attrs.get("org_type_id", "")).rstrip("/").rsplit("/", 1)[-1]
        return ORG_TYPE_COLOUR.get(key, UNKNOWN_ORG_COLOUR)
    return TYPE_STYLE.get(attrs.get("type"), ("", "#999999", "dot"))[1]


def node_size(value: float, top: float) -> float:
    """The size of a node whose metric is ``value`` when the largest is ``top`` (area ~ value)."""
    return round(MIN_SIZE + (MAX_SIZE - MIN_SIZE) * math.sqrt(value / top), 2) if top > 0 else MIN_SIZE


def build_network(g: nx.Graph, size_by: str = "degree", physics: bool | None = None) -> tuple[Network, list, dict]:
    """The pyvis Network of ``g`` (nodes and edges as vis dicts), the per-node details, and the tables.

    Nodes get integer ids in ``g``'s (sorted) order; ``physics`` defaults to
    ``True`` up to ``PHYSICS_MAX_NODES`` nodes, else positions come from
    ``community_layout``.
    """
    if size_by not in METRICS:
        raise ValueError(f"unknown metric {size_by!r} (choose from {', '.join(METRICS)})")
    physics = g.number_of_nodes() <= PHYSICS_MAX_NODES if physics is None else physics
    index = {n: i for i, n in enumerate(g.nodes)}
    top = max((metric_value(a, size_by) for _, a in g.nodes(data=True)), default=0.0)
    # big pages get their layout here; mid-sized ones start from it and let the physics finish
    pos = community_layout(g) if not physics or g.number_of_nodes() > SEEDED_LAYOUT_MIN else {}
    facet_values = {f: sorted({v for _, a in g.nodes(data=True) for v in a.get(f, ())}) for f in FACETS}
    facet_index = {f: {v: i for i, v in enumerate(vs)} for f, vs in facet_values.items()}
    docs = sorted({m.document for _, a in g.nodes(data=True) for m in a.get("evidence", ())})
    doc_index = {d: i for i, d in enumerate(docs)}
    mentions = sorted({m for _, a in g.nodes(data=True) for m in a.get("evidence", ())},
                      key=lambda m: (m.document, m.line or 0, m.text, m.theme))
    mention_index = {m: i for i, m in enumerate(mentions)}

    net = Network(height="100%", width="100%", directed=False, cdn_resources="in_line")
    nodes, details = [], []
    for n, a in g.nodes(data=True):
        node = {"id": index[n], "label": a["label"], "shape": TYPE_STYLE[a["type"]][2], "color": node_colour(a),
                "size": node_size(metric_value(a, size_by), top)}
        if n in pos:
            node["x"], node["y"] = pos[n]
        nodes.append(node)
        detail = {"iri": n, "type": a["type"],
                  "metrics": [a.get("degree", 0), a.get("weighted_degree", 0), a.get("betweenness", 0.0),
                              a.get("community", 0)],
                  "facets": {f: [facet_index[f][v] for v in a[f]] for f in FACETS if a.get(f)}}
        for key, attr in (("acronym", "acronym"), ("orgType", "org_type"), ("country", "country"),
                          ("organisation", "organisation"), ("jobTitle", "job_title")):
            if a.get(attr):
                detail[key] = a[attr]
        if a.get("evidence"):
            detail["evidence"] = [mention_index[m] for m in a["evidence"]]
        details.append(detail)
    top_weight = max((w for _, _, w in g.edges(data="weight", default=1)), default=1)
    edges = []
    for u, v, a in g.edges(data=True):
        w = a.get("weight", 1)
        edges.append({"from": index[u], "to": index[v], "weight": w, "kind": a.get("kind", ""),
                      "width": round(1 + 7 * math.sqrt((w - 1) / (top_weight - 1)), 2) if top_weight > 1 else 1})
    # Directly, not through add_node/add_edge (quadratic): the same lists pyvis would hold.
    net.nodes, net.edges = nodes, edges
    net.node_ids = list(range(len(nodes)))
    net.node_map = dict(enumerate(nodes))
    net.options = vis_options(len(nodes), physics)
    tables = {"facets": facet_values, "docs": docs,
              "mentions": [[m.text, doc_index[m.document], m.line, m.theme] for m in mentions]}
    return net, details, tables


def vis_options(n: int, physics: bool) -> dict:
    """vis-network options: physics that stabilises (then the page freezes it), or none."""
    big = n > 300
    options = {
        "autoResize": True,
        "layout": {"randomSeed": 7, "improvedLayout": n <= 150},
        "nodes": {"borderWidth": 1,
                  "font": {"size": 14, "face": "system-ui, sans-serif", "strokeWidth": 4, "strokeColor": "#ffffff"}},
        "edges": {"color": {"color": "#b9bec7", "highlight": "#3b4a5a", "hover": "#3b4a5a", "opacity": 0.75},
                  "smooth": False if big or not physics else {"type": "continuous", "roundness": 0.3},
                  "selectionWidth": 2},
        "interaction": {"hover": not big, "tooltipDelay": 150, "hideEdgesOnDrag": big,
                        "hideEdgesOnZoom": n > PHYSICS_MAX_NODES, "multiselect": False},
        "physics": False,
    }
    if n <= PHYSICS_MAX_NODES:  # wrapped labels: vis measures every word, too slow for big pages
        options["nodes"]["widthConstraint"] = {"maximum": 170}
    if physics:
        options["physics"] = {
            "enabled": True, "solver": "forceAtlas2Based",
            "forceAtlas2Based": {"gravitationalConstant": -220, "centralGravity": 0.015, "springLength": 170,
                                 "springConstant": 0.04, "damping": 0.6, "avoidOverlap": 1.0,
                                 "theta": 0.5 if n <= SEEDED_LAYOUT_MIN else 0.9},
            "stabilization": {"enabled": True, "iterations": max(100, min(400, 60000 // max(n, 1))),
                              "updateInterval": 25, "fit": True},
            "minVelocity": 1.0, "timestep": 0.5,
        }
    return options


def render_html(g: nx.Graph, *, view: str = "stakeholder-theme", size_by: str = "degree",
                title: str = "Consultation network", source: str = "", physics: bool | None = None) -> bytes:
    """The explorer page of ``g`` (metrics already added) as UTF-8 bytes."""
    net, details, tables = build_network(g, size_by, physics)
    nodes, edges, _heading, _height, _width, options = net.get_network_data()
    present_types = [t for t in NODE_TYPES if any(d["type"] == t for d in details)]
    org_types = {}
    for node, d in zip(nodes, details):
        if d["type"] == "organisation":
            org_types.setdefault(d["orgType"], [node["color"], 0])[1] += 1
    data = {
        "title": title, "view": view, "viewLabel": VIEW_LABEL.get(view, view), "source": source,
        "sizeBy": size_by, "metrics": list(METRICS), "physics": bool(net.options["physics"]),
        "ownEdges": not net.options["physics"] and len(nodes) > PHYSICS_MAX_NODES,
        "types": [{"key": t, "label": TYPE_STYLE[t][0], "color": TYPE_STYLE[t][1], "shape": TYPE_STYLE[t][2],
                   "count": sum(d["type"] == t for d in details)} for t in present_types],
        "orgTypes": [{"label": k, "color": c, "count": n} for k, (c, n) in sorted(org_types.items())],
        "facets": [{"key": f, "label": FACET_LABEL[f], "values": tables["facets"][f]} for f in FACETS],
        "docs": tables["docs"], "mentions": tables["mentions"],
        "options": json.loads(options), "nodes": nodes, "details": details, "edges": edges,
    }
    vis_js, vis_css, app_js, app_css = _assets()
    page = _env().get_template("explorer.html").render(
        title=title, view_label=VIEW_LABEL.get(view, view), source=source, empty=not nodes,
        data=Markup(script_json(data)), vis_js=Markup(vis_js), vis_css=Markup(vis_css),
        app_js=Markup(app_js), app_css=Markup(app_css))
    return page.encode("utf-8")
