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
  O(nodes x (nodes + edges)): with networkx's own function, on the benchmark
  machine, 0.35 s at 250 nodes, 1.3 s at 500, 7 s at 1,000, 31 s at 2,000. So
  it is exact while nodes x (nodes + edges) is within ``BETWEENNESS_BUDGET``
  (about 250 nodes for consultation graphs), and above that estimated from
  ``k`` seeded sample sources, k = budget / (nodes + edges), at least
  ``BETWEENNESS_MIN_SAMPLES`` (about 70 at 1,000 nodes, 16 from 5,000): the
  ranking of the hubs, which is what the page uses it for (hub labels, sizes),
  is stable at that;
* ``community``: Louvain, weighted, seeded; numbered 1, 2, ... from the largest
  community.

Both are networkx's algorithms and answers, step for step (``betweenness``:
Brandes, the same sampled sources, sums in the same order and networkx's
scaling, so the same floats; ``louvain``: the same seeded visiting order, gains
and moves, so the same communities; a test holds them to
``nx.betweenness_centrality`` and ``nx.community.louvain_communities``), run on
integer adjacency lists instead of the graph's dict views: the metrics of the
full view of a 1,000-record build, 4,960 nodes, take 0.22 s of CPU instead of
0.55 s (betweenness 0.27 -> 0.10 s, Louvain 0.29 -> 0.17 s; see
``bench/network_bench.py --stages``).

Everything is seeded (``SEED``), so the same graph gives the same numbers.
"""
from __future__ import annotations

import math
import random
from collections import deque

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
    between = betweenness(g, betweenness_samples(g), seed)
    communities = communities_of(g, seed)
    degree, weighted = dict(g.degree()), dict(g.degree(weight="weight"))
    for node, attrs in g.nodes(data=True):
        attrs["degree"] = degree[node]
        attrs["weighted_degree"] = weighted[node]
        attrs["betweenness"] = round(between.get(node, 0.0), 6)
        attrs["community"] = communities[node]


def betweenness_samples(g: nx.Graph) -> int | None:
    """``None`` (exact) when nodes x (nodes + edges) is within ``BETWEENNESS_BUDGET``, else the sources to sample."""
    n, work = g.number_of_nodes(), g.number_of_nodes() + g.number_of_edges()
    if n * work <= BETWEENNESS_BUDGET:
        return None
    return min(n, max(BETWEENNESS_MIN_SAMPLES, BETWEENNESS_BUDGET // work))


def betweenness(g: nx.Graph, k: int | None = None, seed: int = SEED) -> dict:
    """Normalised, unweighted betweenness of every node of ``g``, from all sources (``k`` None) or from ``k``
    sampled with ``random.Random(seed)``: what ``nx.betweenness_centrality(g, k=k, normalized=True, seed=seed)``
    gives (networkx 3.5 and later), computed on integer adjacency lists::

        >>> betweenness(nx.path_graph(3)) == nx.betweenness_centrality(nx.path_graph(3))
        True
    """
    nodes = list(g)
    n = len(nodes)
    at = {v: i for i, v in enumerate(nodes)}
    adj = [[at[w] for w in g.adj[v]] for v in nodes]
    sources = range(n) if k is None else [at[v] for v in random.Random(seed).sample(nodes, k)]
    total = [0.0] * n
    for s in sources:  # Brandes: a breadth-first search counting shortest paths, then dependencies back
        order, preds, sigma, dist = [], [[] for _ in range(n)], [0.0] * n, [-1] * n
        sigma[s], dist[s] = 1.0, 0
        queue = deque([s])
        while queue:
            v = queue.popleft()
            order.append(v)
            step, sv = dist[v] + 1, sigma[v]
            for w in adj[v]:
                if dist[w] < 0:
                    queue.append(w)
                    dist[w] = step
                if dist[w] == step:
                    sigma[w] += sv
                    preds[w].append(v)
        delta = [0] * n
        while order:
            w = order.pop()
            coeff = (1 + delta[w]) / sigma[w]
            for v in preds[w]:
                delta[v] += sigma[v] * coeff
            if w != s:
                total[w] += delta[w]
    # networkx's scaling: 1 / (sources x (n - 2)) pairs, a sampled source standing for one source fewer
    if n - 1 >= 2:
        if k is None:
            total = [b * (1 / ((n - 1) * (n - 2))) for b in total]
        else:
            source = 1 / ((k - 1) * (n - 2)) if k > 1 else math.nan
            other, chosen = 1 / (k * (n - 2)), set(sources)
            total = [b * (source if i in chosen else other) for i, b in enumerate(total)]
    return dict(zip(nodes, total))


def communities_of(g: nx.Graph, seed: int = SEED) -> dict:
    """Node -> Louvain community number (1 = the largest; ties broken by the smallest node)."""
    found = louvain(g, seed)
    ordered = sorted((sorted(c) for c in found), key=lambda c: (-len(c), c[0]))
    return {node: i for i, members in enumerate(ordered, 1) for node in members}


def _edges(adj: list[dict]):
    """(u, v, weight) of integer adjacency dicts, each edge once, in the order ``nx.Graph.edges`` gives."""
    seen = set()
    for u, nbrs in enumerate(adj):
        for v, w in nbrs.items():
            if v not in seen:
                yield u, v, w
        seen.add(u)


def _graph(n: int, edges) -> list[dict]:
    """Adjacency dicts of ``n`` nodes with ``edges`` added as ``nx.Graph.add_edge`` adds them (same order)."""
    adj: list[dict] = [{} for _ in range(n)]
    for u, v, w in edges:
        adj[u][v] = w
        adj[v][u] = w
    return adj


def _degrees(adj: list[dict]) -> list:
    return [sum(nbrs.values()) + (nbrs[u] if u in nbrs else 0) for u, nbrs in enumerate(adj)]  # a loop twice


def _modularity(adj: list[dict], communities: list[set]) -> float:
    degree = _degrees(adj)
    deg_sum = sum(degree)
    m, norm = deg_sum / 2, 1 / deg_sum ** 2
    total = 0
    for comm in communities:
        inside = sum(w for u in comm for v, w in adj[u].items() if v in comm and v >= u)  # each edge once
        out = sum(degree[u] for u in comm)
        total += inside / m - out * out * norm
    return total


def louvain(g: nx.Graph, seed: int = SEED, threshold: float = 1e-7) -> list[set]:
    """The communities ``nx.community.louvain_communities(g, weight="weight", seed=seed)`` finds (networkx's
    algorithm, step for step: the same seeded visiting order, the same gains in the same order, so the same
    moves) for integer weights, on integer adjacency dicts: about twice as fast::

        >>> g = nx.karate_club_graph()
        >>> louvain(g) == nx.community.louvain_communities(g, weight="weight", seed=SEED)
        True
    """
    nodes = list(g)
    if g.number_of_edges() == 0:
        return [{v} for v in nodes]
    at = {v: i for i, v in enumerate(nodes)}
    rng = random.Random(seed)
    adj = _graph(len(nodes), ((at[u], at[v], w) for u, v, w in g.edges(data="weight", default=1)))
    mod = _modularity(adj, [{u} for u in range(len(nodes))])
    m = sum(_degrees(adj)) / 2
    members = [{u} for u in range(len(nodes))]  # a node of the current level -> the nodes of g it stands for
    partition = [{u} for u in range(len(nodes))]
    partition, inner, improvement = _one_level(adj, m, partition, members, rng)
    while True:
        found = [set(p) for p in partition]
        new_mod = _modularity(adj, inner)
        if new_mod - mod <= threshold:
            break
        mod = new_mod
        adj, members = _next_level(adj, inner, members)
        partition, inner, improvement = _one_level(adj, m, partition, members, rng)
        if not improvement:
            break
    return [{nodes[u] for u in p} for p in found]


def _one_level(adj: list[dict], m: float, partition: list[set], members: list[set], rng: random.Random):
    """One pass of moves: each node, in a seeded random order, to the neighbouring community of best gain."""
    n = len(adj)
    node2com = list(range(n))
    inner = [{u} for u in range(n)]
    degrees = _degrees(adj)
    stot = list(degrees)
    nbrs = [{v: w for v, w in adj[u].items() if v != u} for u in range(n)]
    order = list(range(n))
    rng.shuffle(order)
    moves, improvement, two_m2 = 1, False, 2 * m ** 2
    while moves > 0:
        moves = 0
        for u in order:
            best_mod, best_com = 0, node2com[u]
            weights2com: dict = {}  # community -> weight of u's edges into it, in networkx's order
            for nbr, wt in nbrs[u].items():
                c = node2com[nbr]
                weights2com[c] = weights2com.get(c, 0.0) + wt
            degree = degrees[u]
            stot[best_com] -= degree
            remove_cost = -weights2com.setdefault(best_com, 0.0) / m + (stot[best_com] * degree) / two_m2
            for nbr_com, wt in weights2com.items():
                gain = remove_cost + wt / m - (stot[nbr_com] * degree) / two_m2
                if gain > best_mod:
                    best_mod, best_com = gain, nbr_com
            stot[best_com] += degree
            if best_com != node2com[u]:
                partition[node2com[u]].difference_update(members[u])
                inner[node2com[u]].remove(u)
                partition[best_com].update(members[u])
                inner[best_com].add(u)
                improvement = True
                moves += 1
                node2com[u] = best_com
    return [p for p in partition if p], [p for p in inner if p], improvement


def _next_level(adj: list[dict], inner: list[set], members: list[set]) -> tuple[list[dict], list[set]]:
    """The graph of the communities: one node each, edge weights summed (a community's own edges a loop)."""
    node2com, grouped = {}, []
    for i, part in enumerate(inner):
        nodes: set = set()
        for u in part:
            node2com[u] = i
            nodes.update(members[u])
        grouped.append(nodes)
    out: list[dict] = [{} for _ in inner]
    for u, v, w in _edges(adj):
        a, b = node2com[u], node2com[v]
        total = w + out[a].get(b, 0)
        out[a][b] = total
        out[b][a] = total
    return out, grouped


def metric_value(attrs: dict, metric: str) -> float:
    """The value of one of ``METRICS`` in a node's attributes."""
    return float(attrs.get(metric.replace("-", "_"), 0) or 0)


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
