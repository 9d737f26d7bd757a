"""Network metrics and a precomputed layout, written onto the networkx graph's nodes.

    >>> import networkx as nx
    >>> g = nx.Graph()
    >>> g.add_edge("a", "b", weight=2); g.add_edge("b", "c", weight=1)
    >>> add_metrics(g)
    >>> g.nodes["b"]["degree"], g.nodes["b"]["weighted_degree"], g.nodes["b"]["betweenness"]
    (2, 3, 1.0)

Metrics (``METRICS`` are the ones a node can be sized by):

* ``degree``: number of neighbours; ``weighted_degree``: sum of edge weights
  (for the stakeholder-theme view, meeting-theme pairs);
* ``betweenness``: normalised betweenness centrality, unweighted (weights are
  strengths, not distances). Exact costs one breadth-first search per node,
  O(nodes x (nodes + edges)): on the benchmark machine 0.35 s at 250 nodes,
  1.3 s at 500, 7 s at 1,000, 31 s at 2,000. So it is exact while
  nodes x (nodes + edges) is within ``BETWEENNESS_BUDGET`` (about 250 nodes for
  consultation graphs), and above that estimated from ``k`` seeded sample
  sources, k = budget / (nodes + edges), at least ``BETWEENNESS_MIN_SAMPLES``
  (about 70 at 1,000 nodes, 16 from 5,000): the ranking of the hubs, which is
  what the page uses it for (hub labels, sizes), is stable at that;
* ``community``: Louvain (networkx), weighted, seeded; numbered 1, 2, ... from
  the largest community.

Everything is seeded (``SEED``), so the same graph gives the same numbers.
"""
from __future__ import annotations

import math

import networkx as nx

METRICS = ("degree", "weighted-degree", "betweenness")
SEED = 42
BETWEENNESS_BUDGET = 400_000  # nodes x (nodes + edges) visited, about 0.4 s (see bench/network_bench.py)
BETWEENNESS_MIN_SAMPLES = 16
GOLDEN_ANGLE = math.pi * (3 - math.sqrt(5))


def add_metrics(g: nx.Graph, seed: int = SEED) -> None:
    """Set ``degree``, ``weighted_degree``, ``betweenness`` and ``community`` on every node of ``g``."""
    if g.number_of_nodes() == 0:
        return
    k = betweenness_samples(g)
    between = nx.betweenness_centrality(g, k=k, normalized=True, seed=seed if k else None)
    communities = communities_of(g, seed)
    degree, weighted = dict(g.degree()), dict(g.degree(weight="weight"))
    for node, attrs in g.nodes(data=True):
        attrs["degree"] = degree[node]
        attrs["weighted_degree"] = weighted[node]
        attrs["betweenness"] = round(between.get(node, 0.0), 6)
        attrs["community"] = communities[node]


def community_names(g: nx.Graph, themes: int = 2, members: int = 2) -> dict[int, str]:
    """Community -> a name: its most discussed themes, then its best-known members.

    The themes are the theme nodes in the community in the most meetings, then with the most links (else
    the themes its members discussed most, as their ``themes`` attribute lists them); the members are its
    organisations (else people) likewise, then by betweenness; ties by label. ``add_metrics`` must have run.

    >>> g = nx.Graph()
    >>> for org, n in (("UNDP", 3), ("UN Women", 2), ("Oxfam", 1)):
    ...     for k in range(n):
    ...         g.add_edge(org, f"t{k}", weight=1)
    >>> for n in g:
    ...     g.nodes[n].update(label={"t0": "Care services", "t1": "Gender data", "t2": "Jobs"}.get(n, n),
    ...                       type="theme" if n.startswith("t") else "organisation", community=1)
    >>> add_metrics(g); nx.set_node_attributes(g, 1, "community")
    >>> community_names(g)
    {1: 'Care services, Gender data · UNDP, UN Women'}
    """
    from collections import Counter

    groups: dict[int, list] = {}
    for n, a in g.nodes(data=True):
        groups.setdefault(a.get("community", 0), []).append(n)
    out = {}
    for c, nodes in sorted(groups.items()):
        def top(kind: str, k: int) -> list[str]:
            found = [n for n in nodes if g.nodes[n].get("type") == kind]
            found.sort(key=lambda n: (-g.nodes[n].get("meetings", 0), -g.degree(n), -g.nodes[n].get("betweenness", 0),
                                      g.nodes[n].get("label", n)))
            return [g.nodes[n].get("acronym") or g.nodes[n].get("label", n) for n in found[:k]]
        named = top("theme", themes)
        if not named:  # no theme node in it (the organisations' view): what its members discussed most
            said = Counter(t for n in nodes for t in g.nodes[n].get("themes", ()))
            named = [t for t, _ in sorted(said.items(), key=lambda x: (-x[1], x[0]))[:themes]]
        who = top("organisation", members) or top("person", members) or top("consultation", members)
        out[c] = " · ".join(part for part in (", ".join(named), ", ".join(who)) if part) or f"Community {c}"
    return out


def betweenness_samples(g: nx.Graph) -> int | None:
    """``None`` (exact) when nodes x (nodes + edges) is within ``BETWEENNESS_BUDGET``, else the sources to sample."""
    n, work = g.number_of_nodes(), g.number_of_nodes() + g.number_of_edges()
    if n * work <= BETWEENNESS_BUDGET:
        return None
    return min(n, max(BETWEENNESS_MIN_SAMPLES, BETWEENNESS_BUDGET // work))


def communities_of(g: nx.Graph, seed: int = SEED) -> dict:
    """Node -> Louvain community number (1 = the largest; ties broken by the smallest node)."""
    found = nx.community.louvain_communities(g, weight="weight", seed=seed)
    ordered = sorted((sorted(c) for c in found), key=lambda c: (-len(c), c[0]))
    return {node: i for i, members in enumerate(ordered, 1) for node in members}


def _spiral_place(items: list, centre_step: float) -> dict:
    """Place circles (key, radius), biggest first, at the first point of a sunflower spiral where each
    overlaps nothing placed before: no two circles overlap, by construction (checked on a grid)."""
    cell = 2 * max((r for _, r in items), default=1.0)
    grid: dict[tuple[int, int], list] = {}
    pos, t, anchor = {}, 0, math.inf
    for key, r in items:
        if r < anchor * 0.8:  # a smaller class of circles: fill the gaps left near the centre
            t, anchor = 0, r
        while True:
            rad, a = centre_step * math.sqrt(t), t * GOLDEN_ANGLE
            x, y = rad * math.cos(a), rad * math.sin(a)
            gx, gy = int(math.floor(x / cell)), int(math.floor(y / cell))
            if not _collides(grid, gx, gy, x, y, r):
                break
            t += 1
        pos[key] = (x, y)
        grid.setdefault((gx, gy), []).append((x, y, r))
        t += 1
    return pos


def _collides(grid: dict, gx: int, gy: int, x: float, y: float, r: float) -> bool:
    for dx in (-1, 0, 1):
        for dy in (-1, 0, 1):
            for ox, oy, orad in grid.get((gx + dx, gy + dy), ()):
                if (x - ox) ** 2 + (y - oy) ** 2 < (r + orad) ** 2:
                    return True
    return False


def community_layout(g: nx.Graph, sizes: dict | None = None, gap: float = 4.0) -> dict:
    """Node -> (x, y): each community a disc, hubs at its centre, discs packed on a spiral, nodes without a
    link in a disc of their own at the end; no two nodes overlap (``sizes`` are their radii, default 10).

    Near-linear in the number of nodes (a force layout in Python is far too slow at
    20,000 nodes), deterministic, and keeps communities together::

        >>> pos = community_layout(nx.path_graph(3))
        >>> sorted(pos) == [0, 1, 2]
        True
    """
    sizes = sizes or {}
    radius = {n: float(sizes.get(n, 10.0)) + gap / 2 for n in g.nodes}
    groups: dict = {}
    for node, attrs in g.nodes(data=True):
        key = attrs.get("community", 1) if g.degree(node) else math.inf  # the isolated nodes: last
        groups.setdefault(key, []).append(node)
    discs, local = [], {}
    for key in sorted(groups, key=lambda k: (k == math.inf, -len(groups[k]), k)):
        members = sorted(groups[key], key=lambda v: (-radius[v], -g.nodes[v].get("weighted_degree", 0), str(v)))
        step = 2 * min(radius[v] for v in members)
        local[key] = _spiral_place([(v, radius[v]) for v in members], step)
        extent = max(math.hypot(*local[key][v]) + radius[v] for v in members)
        discs.append((key, extent + 6 * gap))
    centres = _spiral_place(discs, 2 * min(r for _, r in discs) * 0.5) if discs else {}
    pos = {}
    for key, at in local.items():
        cx, cy = centres[key]
        for v, (x, y) in at.items():
            pos[v] = (round(cx + x, 1), round(cy + y, 1))
    return pos
