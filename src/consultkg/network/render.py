"""networkx graph (with metrics) -> one self-contained HTML file, with the vis-network that PyVis ships.

    >>> html = render_html(g, view="stakeholder-theme", size_by="degree")   # doctest: +SKIP
    >>> html[:15]                                                           # doctest: +SKIP
    b'<!DOCTYPE html>'

The node and edge lists of a ``pyvis.network.Network`` are built directly (one
dict per node and edge, like pyvis's own ``Node``/``Edge`` options):
``add_node``/``add_edge`` check membership in lists, which is quadratic, and
``from_nx`` more so. vis-network's JavaScript and CSS come from the pyvis package and are inlined;
pyvis's own template is not used because even its ``cdn_resources="in_line"``
mode fetches Bootstrap from a CDN. The page makes no network request at all (a
Content-Security-Policy forbids it).

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

from .metrics import METRICS, community_layout, community_names
from .project import NODE_TYPES, STRUCTURAL
from .facts import local_name
from .page_tables import page_tables

HERE = Path(__file__).parent
VIS_DIR = Path(pyvis.__file__).parent / "templates" / "lib" / "vis-9.1.2"
PHYSICS_MAX_NODES = 1000  # above this, a precomputed layout with physics off
SEEDED_LAYOUT_MIN = 0  # above this, the physics starts from the precomputed layout (communities as discs)
FINE_THETA_MAX = 150  # up to this, the physics computes its forces more finely (Barnes-Hut theta 0.5)
MIN_SIZE, MAX_SIZE = 8.0, 40.0

# Okabe & Ito's colour-blind-safe palette (and a grey), by family of organisation type and by node type
OKABE_ITO = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000")
TYPE_STYLE = {  # node type -> (label, colour, vis shape)
    "organisation": ("Organisation", "#0072B2", "dot"),
    "person": ("Person", "#8c8c8c", "triangle"),
    "theme": ("Theme", "#D55E00", "diamond"),
    "meeting": ("Meeting", "#525252", "square"),
    "consultation": ("Consultation", "#CC79A7", "star"),
    "document": ("Document", "#56B4E9", "hexagon"),
}
ORG_FAMILY = {  # local name of the ckgo: concept -> (family, colour)
    **{k: ("Government", "#0072B2") for k in ("national-government", "government-ministry", "government-agency",
                                              "local-government", "parliament", "embassy")},
    **{k: ("Development partner", "#009E73") for k in (
        "bilateral-agency", "multilateral-development-bank", "world-bank-group", "un-entity",
        "intergovernmental-organization", "supranational-union", "coordination-group")},
    "civil-society": ("Civil society", "#E69F00"), "private-sector": ("Private sector", "#CC79A7"),
    "academia": ("Academia", "#56B4E9"), "other": ("Other", "#999999"),
}
ORG_TYPE_COLOUR = {k: c for k, (_, c) in ORG_FAMILY.items()}
UNKNOWN_ORG_COLOUR = "#999999"
VIEW_LABEL = {"stakeholder-theme": "Stakeholders and themes", "organisation": "Organisations meeting together",
              "theme-cooccurrence": "Themes discussed together", "full": "The whole consultation graph"}
PAGE_METRICS = ("consultations", "meetings")  # sizes the page offers beyond METRICS
LABEL_MAX = 32  # characters of a label drawn on the canvas; the panel shows it whole
HUB_ORGS = 10  # organisations whose labels are always drawn (by betweenness, then degree)


APP_SCRIPTS = ("explorer.js", "explorer-canvas.js", "explorer-filters.js", "explorer-controls.js", "explorer-focus.js", "explorer-table.js",
               "explorer-export.js", "explorer-panel.js")  # in this order, one <script>


@lru_cache(maxsize=1)
def _assets() -> tuple[str, str, str, str]:
    read = lambda p: p.read_text(encoding="utf-8")  # noqa: E731
    return (read(VIS_DIR / "vis-network.min.js"), read(VIS_DIR / "vis-network.css"),
            "\n".join(read(HERE / name) for name in APP_SCRIPTS), read(HERE / "explorer.css"))


def _env() -> jinja2.Environment:
    return jinja2.Environment(loader=jinja2.FileSystemLoader(HERE), autoescape=True, keep_trailing_newline=True)


def script_json(value) -> str:
    """JSON safe inside ``<script>``: ``<``, ``>``, ``&`` escaped, so no data can close the element."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"), sort_keys=False)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def node_colour(attrs: dict) -> str:
    if attrs.get("type") == "organisation":
        return ORG_TYPE_COLOUR.get(local_name(attrs.get("org_type_id", "")), UNKNOWN_ORG_COLOUR)
    return TYPE_STYLE.get(attrs.get("type"), ("", "#999999", "dot"))[1]


def contrast(colour: str, against: str = "#ffffff") -> float:
    """WCAG 2 contrast ratio of two ``#rrggbb`` colours.

    >>> round(contrast("#E69F00"), 2), round(contrast("#000000"), 1)
    (2.25, 21.0)
    """
    def luminance(c: str) -> float:
        channels = [int(c[i:i + 2], 16) / 255 for i in (1, 3, 5)]
        lin = [x / 12.92 if x <= 0.03928 else ((x + 0.055) / 1.055) ** 2.4 for x in channels]
        return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]
    a, b = sorted((luminance(colour), luminance(against)), reverse=True)
    return (a + 0.05) / (b + 0.05)


@lru_cache(maxsize=256)
def outline(colour: str, ratio: float = 4.5) -> str:
    """``colour`` darkened (its hue and saturation kept) until it stands at ``ratio``:1 against white: the
    outline of a node or swatch of that colour, so even a light orange reads on the white canvas.

    >>> outline("#E69F00"), outline("#0072B2")
    ('#996A00', '#0072B2')
    """
    import colorsys

    hue, light, sat = colorsys.rgb_to_hls(*(int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5)))
    while True:
        out = "#%02X%02X%02X" % tuple(round(c * 255) for c in colorsys.hls_to_rgb(hue, max(light, 0.0), sat))
        if contrast(out) >= ratio or light <= 0:
            return out
        light -= 0.01


def painted(colour: str) -> dict:
    """vis-network's colour of a node filled with ``colour``: its outline at 4.5:1, dark when selected."""
    return {"background": colour, "border": outline(colour),
            "highlight": {"background": colour, "border": "#1d2733"}, "hover": {"background": colour, "border": "#1d2733"}}


def node_size(value: float, top: float) -> float:
    """The size of a node whose metric is ``value`` when the largest is ``top`` (area ~ value)."""
    return round(MIN_SIZE + (MAX_SIZE - MIN_SIZE) * math.sqrt(value / top), 2) if top > 0 else MIN_SIZE


def short_label(text: str, limit: int = LABEL_MAX) -> str:
    """``text`` cut at a word before ``limit`` characters, with an ellipsis: the canvas label."""
    if len(text) <= limit:
        return text
    cut = text[:limit - 1].rsplit(" ", 1)[0] if " " in text[:limit - 1] else text[:limit - 1]
    return cut.rstrip(" ,;:-(") + "…"


def _metric_values(a: dict) -> list:
    return [a.get("degree", 0), a.get("weighted_degree", 0), a.get("betweenness", 0.0), a.get("community", 0),
            a.get("consultation_count", 0), a.get("meetings", 0)]


def _size_value(a: dict, size_by: str) -> float:
    return float(_metric_values(a)[("degree", "weighted-degree", "betweenness", "", *PAGE_METRICS).index(size_by)])


def build_network(g: nx.Graph, size_by: str = "degree", physics: bool | None = None) -> tuple[Network, list, dict]:
    """The pyvis Network of ``g`` (nodes and edges as vis dicts), the per-node details, and the tables.

    Nodes get integer ids in ``g``'s (sorted) order; ``physics`` defaults to
    ``True`` up to ``PHYSICS_MAX_NODES`` nodes, else positions come from
    ``community_layout`` (no two nodes overlap).
    """
    if size_by not in METRICS + PAGE_METRICS:
        raise ValueError(f"unknown metric {size_by!r} (choose from {', '.join(METRICS)})")
    physics = g.number_of_nodes() <= PHYSICS_MAX_NODES if physics is None else physics
    index = {n: i for i, n in enumerate(g.nodes)}
    top = max((_size_value(a, size_by) for _, a in g.nodes(data=True)), default=0.0)
    sizes = {n: node_size(_size_value(a, size_by), top) for n, a in g.nodes(data=True)}
    # big pages get their layout here; mid-sized ones start from it and let the physics finish
    pos = community_layout(g, sizes) if not physics or g.number_of_nodes() > SEEDED_LAYOUT_MIN else {}
    tables = page_tables(g, index)
    orgs = sorted((n for n, a in g.nodes(data=True) if a["type"] == "organisation"),
                  key=lambda n: (-g.nodes[n].get("betweenness", 0), -g.degree(n), n))
    hubs = {n for n, a in g.nodes(data=True) if a["type"] == "theme"} | set(orgs[:HUB_ORGS])
    nodes, details = [], []
    for n, a in g.nodes(data=True):
        shown = a.get("display") or a["label"]
        node = {"id": index[n], "label": short_label(shown), "shape": TYPE_STYLE[a["type"]][2],
                "color": painted(node_colour(a)), "size": sizes[n]}
        if n in pos:
            node["x"], node["y"] = pos[n]
        if not g.degree(n):
            node["hidden"] = True  # the page's "nodes without links" toggle shows them
        nodes.append(node)
        detail = {"iri": n, "key": local_name(n), "type": a["type"], "label": shown, "metrics": _metric_values(a)}
        if n in hubs:
            detail["hub"] = 1
        for key, attr in (("acronym", "acronym"), ("orgType", "org_type"), ("country", "country"),
                          ("organisation", "organisation"), ("jobTitle", "job_title"),
                          ("stakeholders", "stakeholders")):
            if a.get(attr):
                detail[key] = a[attr]
        if a["type"] == "organisation":
            detail["orgTypeKey"] = local_name(a.get("org_type_id", "")) or "unclassified"
            detail["family"] = ORG_FAMILY.get(detail["orgTypeKey"], ("Other", ""))[0]
        elif a["type"] == "person":  # filtered by organisation type as their organisations are
            detail["orgTypeKeys"] = [local_name(t) or "unclassified" for t in a.get("org_type_ids", ())]
        details.append(detail)
    top_weight = max((w for _, _, w in g.edges(data="weight", default=1)), default=1)
    edges = []
    for u, v, a in g.edges(data=True):
        w = a.get("weight", 1)
        edges.append({"from": index[u], "to": index[v], "weight": w, "kind": a.get("kind", ""),
                      "width": round(1 + 7 * math.sqrt((w - 1) / (top_weight - 1)), 2) if top_weight > 1 else 1})
    # Directly, not through add_node/add_edge (quadratic): the same lists pyvis would hold.
    net = Network(height="100%", width="100%", directed=False, cdn_resources="in_line")
    net.nodes, net.edges = nodes, edges
    net.node_ids = list(range(len(nodes)))
    net.node_map = dict(enumerate(nodes))
    net.options = vis_options(len(nodes), physics)
    return net, details, tables


def vis_options(n: int, physics: bool) -> dict:
    """vis-network options: physics that stabilises (then the page freezes it), or none."""
    big = n > 300
    options = {
        "autoResize": True,
        "layout": {"randomSeed": 7, "improvedLayout": n <= 150},
        "nodes": {"borderWidth": 1.5,
                  "font": {"size": 14, "face": "system-ui, sans-serif", "strokeWidth": 4, "strokeColor": "#ffffff"},
                  "scaling": {"label": {"enabled": False, "drawThreshold": 9}}},
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
                                 "theta": 0.5 if n <= FINE_THETA_MAX else 0.9},
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
    options = json.loads(options)
    present_types = [t for t in NODE_TYPES if any(d["type"] == t for d in details)]
    org_types = {}
    for node, d in zip(nodes, details):
        if d["type"] == "organisation":
            org_types.setdefault(d["orgTypeKey"], [d.get("orgType", ""), node["color"]["background"], 0])[2] += 1
    families = sorted({(f, c) for f, c in ORG_FAMILY.values()}, key=lambda x: list(ORG_FAMILY.values()).index(x))
    data = {
        "title": title, "view": g.graph.get("view", view), "viewLabel": VIEW_LABEL.get(view, view),
        "source": source, "sizeBy": size_by, "physics": bool(net.options["physics"]),
        "metrics": [["degree", "Degree"], ["weighted-degree", "Weighted degree"], ["betweenness", "Betweenness"],
                    ["consultations", "Consultations"], ["meetings", "Meetings"]],
        "ownEdges": not net.options["physics"] and len(nodes) > PHYSICS_MAX_NODES,
        "types": [{"key": t, "label": TYPE_STYLE[t][0], "color": TYPE_STYLE[t][1], "shape": TYPE_STYLE[t][2],
                   "count": sum(d["type"] == t for d in details)} for t in present_types],
        "orgTypes": [{"key": k, "label": lab, "color": c, "count": n} for k, (lab, c, n) in
                     sorted(org_types.items(), key=lambda x: x[1][0])],
        "families": [[f, c] for f, c in families if any(d.get("family") == f for d in details)],
        "palette": list(OKABE_ITO), "structural": list(STRUCTURAL),
        # every fill the page may give a node -> its outline (4.5:1 against white)
        "outlines": {c: outline(c) for c in sorted({*OKABE_ITO, "#bdbdbd", UNKNOWN_ORG_COLOUR,
                                                     *(c for _, c, _ in TYPE_STYLE.values()),
                                                     *(c for _, c in ORG_FAMILY.values())})},
        # community -> [its name (its most discussed themes, its best-known members), its size]
        "communities": {str(c): [name, sum(1 for d in details if d["metrics"][3] == c)]
                        for c, name in community_names(g).items()},
        # edge weights that count meetings (a graph not from ``project``: taken to) are recounted by the page
        # on the meetings its filters keep; the full view's are 1
        "weightCounts": g.graph.get("weight", "meetings") == "meetings",
        "topWeight": max((e["weight"] for e in edges), default=1),
        **tables, "options": options, "nodes": nodes, "details": details, "edges": edges,
    }
    vis_js, vis_css, app_js, app_css = _assets()
    page = _env().get_template("explorer.html").render(
        title=title, view_label=VIEW_LABEL.get(view, view), source=source, empty=not nodes,
        data=Markup(script_json(data)), vis_js=Markup(vis_js), vis_css=Markup(vis_css),
        app_js=Markup(app_js), app_css=Markup(app_css))
    return page.encode("utf-8")
