"""Size, degree and each node's centralities: betweenness, eigenvector, PageRank, constraint, coreness."""

from __future__ import annotations

from typing import Any

import networkx as nx
from networkx.utils import not_implemented_for

from clustergraph.network.analysis.table import (
    DEFAULT_K,
    EXACT_BETWEENNESS_LIMIT,
    Table,
    igraph_backend,
    node_label,
    to_igraph,
)


@not_implemented_for("directed")
@not_implemented_for("multigraph")
def summary(G: nx.Graph) -> dict[str, Any]:
    """Size, components and density of a network.

    >>> summary(nx.Graph([(1, 2), (3, 4), (4, 5)]))["components"]
    2
    """
    comps = sorted((len(c) for c in nx.connected_components(G)), reverse=True)
    n, m = G.number_of_nodes(), G.number_of_edges()
    return {
        "nodes": n,
        "edges": m,
        "density": round(nx.density(G), 6) if n > 1 else 0.0,
        "components": len(comps),
        "largest_component": comps[0] if comps else 0,
        "component_sizes": comps[:10],
        "isolates": sum(1 for c in comps if c == 1),
        "mean_degree": round(2 * m / n, 3) if n else 0.0,
        "total_weight": sum(d.get("weight", 1) for _, _, d in G.edges(data=True)),
    }


@not_implemented_for("directed")
@not_implemented_for("multigraph")
def degree(G: nx.Graph, weight: str = "weight") -> Table:
    """Degree (number of partners) and strength (sum of edge weights: shared partnerships).

    >>> [r["strength"] for r in degree(nx.Graph([("a", "b", {"weight": 3})]))]
    [3, 3]
    """
    rows = [
        {"node": n, "label": node_label(G, n), "degree": G.degree(n), "strength": G.degree(n, weight=weight)}
        for n in G
    ]
    rows.sort(key=lambda r: (-r["degree"], -r["strength"], r["label"]))
    return Table(rows, measure="degree", weight=weight)


# --------------------------------------------------------------------------- centralities


@not_implemented_for("directed")
@not_implemented_for("multigraph")
def betweenness(
    G: nx.Graph, *, k: int | None = None, seed: int = 0, backend: str = "auto", exact: bool | None = None
) -> Table:
    """Betweenness centrality (normalised, unweighted shortest paths: hops between partners).

    Exact when ``exact`` is True, or when it is None and the graph is small enough
    (``n² · m`` below :data:`EXACT_BETWEENNESS_LIMIT`) or igraph is used (fast enough for
    graphs of tens of thousands of nodes); otherwise sampled from ``k`` pivot nodes
    (default :data:`DEFAULT_K`) with ``seed``. ``meta`` states the method, k and backend.

    >>> t = betweenness(nx.path_graph(3), backend="networkx")
    >>> [round(r["betweenness"], 2) for r in t], t.meta["method"]
    ([1.0, 0.0, 0.0], 'exact')
    """
    ig = igraph_backend(backend)
    n, m = G.number_of_nodes(), G.number_of_edges()
    if exact is None:
        exact = ig is not None or n * n * m <= EXACT_BETWEENNESS_LIMIT
    if exact and ig is not None:
        g, nodes = to_igraph(G, weight=None)
        raw = g.betweenness(directed=False)
        scale = 2.0 / ((n - 1) * (n - 2)) if n > 2 else 0.0
        values = {nodes[i]: raw[i] * scale for i in range(n)}
        meta = {"method": "exact", "backend": "igraph"}
    elif exact:
        values = nx.betweenness_centrality(G, normalized=True)
        meta = {"method": "exact", "backend": "networkx"}
    else:
        kk = min(k or DEFAULT_K, n)
        values = nx.betweenness_centrality(G, k=kk, normalized=True, seed=seed)
        meta = {"method": "sampled", "k": kk, "seed": seed, "backend": "networkx"}
    return _ranked(G, values, "betweenness", **meta)


def _ranked(G: nx.Graph, values: dict[Any, float], name: str, **meta: Any) -> Table:
    rows = [{"node": n, "label": node_label(G, n), name: float(v)} for n, v in values.items()]
    rows.sort(key=lambda r: (-r[name], r["label"]))
    return Table(rows, measure=name, **meta)


@not_implemented_for("directed")
@not_implemented_for("multigraph")
def eigenvector(G: nx.Graph, weight: str | None = "weight") -> Table:
    """Eigenvector centrality (NetworkX power iteration; 0 for isolated nodes).

    >>> t = eigenvector(nx.star_graph(3), weight=None)
    >>> t[0]["node"]
    0
    """
    if G.number_of_edges() == 0:
        return _ranked(G, dict.fromkeys(G, 0.0), "eigenvector")
    try:
        values = nx.eigenvector_centrality(G, weight=weight, max_iter=1000, tol=1e-8)
    except nx.PowerIterationFailedConvergence:  # pragma: no cover - rare on these graphs
        values = nx.eigenvector_centrality_numpy(G, weight=weight)
    return _ranked(G, values, "eigenvector", weight=weight)


@not_implemented_for("directed")
@not_implemented_for("multigraph")
def pagerank(G: nx.Graph, weight: str | None = "weight", alpha: float = 0.85, backend: str = "auto") -> Table:
    """PageRank (damping ``alpha``), by igraph where installed, else NetworkX (which needs scipy).

    >>> t = pagerank(nx.star_graph(3), weight=None)
    >>> t[0]["node"], round(sum(r["pagerank"] for r in t), 6)
    (0, 1.0)
    """
    ig = igraph_backend(backend)
    if ig is not None:
        g, nodes = to_igraph(G, weight=weight)
        pr = g.pagerank(damping=alpha, weights="weight" if weight else None, directed=False)
        return _ranked(G, dict(zip(nodes, pr, strict=True)), "pagerank", backend="igraph", alpha=alpha)
    values = nx.pagerank(G, alpha=alpha, weight=weight, tol=1e-12, max_iter=1000)
    return _ranked(G, values, "pagerank", backend="networkx", alpha=alpha)


@not_implemented_for("directed")
@not_implemented_for("multigraph")
def constraint(G: nx.Graph, weight: str | None = "weight", backend: str = "auto") -> Table:
    """Burt's constraint: low values mark brokers whose partners are not partners of each other.

    Isolated nodes have no constraint and are left out. Sorted from the least constrained.

    >>> t = constraint(nx.star_graph(3), weight=None)
    >>> t[0]["node"], round(t[0]["constraint"], 3)
    (0, 0.333)
    """
    ig = igraph_backend(backend)
    nodes = [n for n in G if G.degree(n) > 0]
    if ig is not None:
        g, order = to_igraph(G, weight=weight)
        values = g.constraint(weights="weight" if weight else None)
        vals = {order[i]: values[i] for i in range(len(order)) if G.degree(order[i]) > 0}
        meta = {"backend": "igraph"}
    else:
        vals = nx.constraint(G, nodes=nodes, weight=weight)
        meta = {"backend": "networkx"}
    rows = [{"node": n, "label": node_label(G, n), "constraint": float(vals[n])} for n in nodes]
    rows.sort(key=lambda r: (r["constraint"], r["label"]))
    return Table(rows, measure="constraint", weight=weight, **meta)


@not_implemented_for("directed")
@not_implemented_for("multigraph")
def core_periphery(G: nx.Graph, k: int | None = None) -> Table:
    """Core and periphery by k-core decomposition.

    ``coreness`` is each node's core number; ``position`` is ``core`` for the nodes of the
    ``k``-core (default: the innermost core, the largest k) and ``periphery`` otherwise.
    Co-partnership graphs turn each partnership into a clique, so the innermost core is
    often the members of the largest partnership: pass a smaller ``k`` for a wider core.

    >>> t = core_periphery(nx.Graph([(0, 1), (1, 2), (0, 2), (2, 3)]))
    >>> [(r["node"], r["position"]) for r in t]
    [(0, 'core'), (1, 'core'), (2, 'core'), (3, 'periphery')]
    """
    H = G.copy()
    H.remove_edges_from(nx.selfloop_edges(H))
    core = nx.core_number(H)
    kk = k if k is not None else (max(core.values()) if core else 0)
    rows = [
        {
            "node": n,
            "label": node_label(G, n),
            "coreness": c,
            "position": "core" if c >= kk and c > 0 else "periphery",
        }
        for n, c in core.items()
    ]
    rows.sort(key=lambda r: (-r["coreness"], r["label"]))
    return Table(rows, k=kk, method="k-core")
