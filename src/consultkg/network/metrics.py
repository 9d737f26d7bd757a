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
  nodes x (nodes + edges) is within ``BETWEENNESS_BUDGET`` (about 500 nodes for
  consultation graphs), and above that estimated from ``k`` seeded sample
  sources, k = budget / (nodes + edges), at least ``BETWEENNESS_MIN_SAMPLES``
  (254 at 1,000 nodes, 50 at 5,000, 16 at 20,000);
* ``community``: Louvain (networkx), weighted, seeded; numbered 1, 2, ... from
  the largest community.

Everything is seeded (``SEED``), so the same graph gives the same numbers.
"""
from __future__ import annotations

import math

import networkx as nx

METRICS = ("degree", "weighted-degree", "betweenness")
SEED = 42
BETWEENNESS_BUDGET = 1_500_000  # nodes x (nodes + edges) visited, about 1.5 s (see bench/network_bench.py)
BETWEENNESS_MIN_SAMPLES = 16
GOLDEN_ANGLE = math.pi * (3 - math.sqrt(5))


def add_metrics(g: nx.Graph, seed: int = SEED) -> None:
    """Set ``degree``, ``weighted_degree``, ``betweenness`` and ``community`` on every node of ``g``."""
    if g.number_of_nodes() == 0:
        return
    k = betweenness_samples(g)
    between = nx.betweenness_centrality(g, k=k, normalized=True, seed=seed if k else None)
    communities = communities_of(g, seed)
    for node, attrs in g.nodes(data=True):
        attrs["degree"] = g.degree(node)
        attrs["weighted_degree"] = g.degree(node, weight="weight")
        attrs["betweenness"] = round(between.get(node, 0.0), 6)
        attrs["community"] = communities[node]


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


def metric_value(attrs: dict, metric: str) -> float:
    """The value of one of ``METRICS`` in a node's attributes."""
    return float(attrs.get(metric.replace("-", "_"), 0) or 0)


def community_layout(g: nx.Graph, spacing: float = 18.0) -> dict:
    """Node -> (x, y): each community a sunflower disc, hubs at its centre; discs on a spiral.

    Linear in the number of nodes (a force layout in Python is far too slow at
    20,000 nodes), deterministic, and keeps communities together::

        >>> pos = community_layout(nx.path_graph(3))
        >>> sorted(pos) == [0, 1, 2]
        True
    """
    groups: dict[int, list] = {}
    for node, attrs in g.nodes(data=True):
        groups.setdefault(attrs.get("community", 1), []).append(node)
    pos = {}
    placed_area = 0.0
    for i, key in enumerate(sorted(groups, key=lambda k: (-len(groups[k]), k))):
        members = sorted(groups[key], key=lambda v: (-g.nodes[v].get("weighted_degree", 0), str(v)))
        radius = spacing * math.sqrt(len(members)) * 1.15
        # the disc's centre on an area-filling spiral of the discs placed so far
        centre_r = 0.0 if i == 0 else spacing * 1.15 * math.sqrt(placed_area + len(members) / 2) * 1.1 + radius * 0.6
        angle = i * GOLDEN_ANGLE
        cx, cy = centre_r * math.cos(angle), centre_r * math.sin(angle)
        placed_area += len(members) * 1.6
        for j, v in enumerate(members):
            r, a = spacing * math.sqrt(j), j * GOLDEN_ANGLE
            pos[v] = (round(cx + r * math.cos(a), 1), round(cy + r * math.sin(a), 1))
    return pos
