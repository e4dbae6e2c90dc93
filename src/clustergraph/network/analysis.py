"""Network analyses: small free functions, a graph in and plain data out.

Each function takes an undirected NetworkX graph (a projection from
:mod:`clustergraph.network`, or any graph whose nodes may carry a ``label``) and returns a
:class:`Table` — a plain list of dicts, with ``.meta`` saying how it was computed and
``.to_frame()`` for a pandas DataFrame where pandas is installed — or a plain dict.

Betweenness, PageRank, Burt's constraint and communities use igraph when it is installed
(``backend="auto"``), NetworkX otherwise; ``backend="networkx"`` forces the reference
implementation (the tests check that both agree on small graphs).

>>> import networkx as nx
>>> G = nx.Graph([("a", "b"), ("b", "c")])
>>> [(r["node"], r["degree"]) for r in degree(G)]
[('b', 2), ('a', 1), ('c', 1)]
"""

from __future__ import annotations

import itertools
import math
import random
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from typing import Any

import networkx as nx
from networkx.utils import not_implemented_for

from clustergraph.errors import ClusterGraphError

#: Above this many node pairs × edges, exact betweenness is sampled (``k`` pivots) unless forced.
EXACT_BETWEENNESS_LIMIT = 5e10
DEFAULT_K = 500
SEP = " | "


class Table(list):
    """Rows (dicts) with ``meta`` (how they were computed) and a DataFrame view.

    >>> t = Table([{"node": "a", "degree": 1}], method="exact")
    >>> t[0]["degree"], t.meta["method"]
    (1, 'exact')
    """

    def __init__(self, rows: Iterable[dict[str, Any]] = (), **meta: Any) -> None:
        super().__init__(rows)
        self.meta: dict[str, Any] = meta

    def to_frame(self) -> Any:
        """The rows as a :class:`pandas.DataFrame` (needs pandas: ``pip install clustergraph[pandas]``)."""
        try:
            import pandas as pd
        except ImportError:  # pragma: no cover - depends on the environment
            raise ClusterGraphError("to_frame() needs pandas: pip install 'clustergraph[pandas]'") from None
        df = pd.DataFrame(list(self))
        df.attrs.update(self.meta)
        return df


def _label(G: nx.Graph, n: Any) -> str:
    return str(G.nodes[n].get("label", n))


def _igraph(backend: str) -> Any:
    """The igraph module if the backend asks for it (or ``auto`` and it is installed), else None."""
    if backend not in ("auto", "igraph", "networkx"):
        raise ClusterGraphError(f"unknown backend {backend!r}; expected auto, igraph or networkx")
    if backend == "networkx":
        return None
    try:
        import igraph
    except ImportError:
        if backend == "igraph":
            raise ClusterGraphError("backend 'igraph' needs the igraph package: pip install igraph") from None
        return None
    return igraph


def to_igraph(G: nx.Graph, weight: str | None = "weight") -> tuple[Any, list[Any]]:
    """``G`` as an igraph graph and the list of its nodes (igraph vertex i = ``nodes[i]``)."""
    import igraph

    nodes = list(G)
    index = {n: i for i, n in enumerate(nodes)}
    edges = [(index[u], index[v]) for u, v in G.edges()]
    g = igraph.Graph(n=len(nodes), edges=edges, directed=False)
    if weight is not None:
        g.es["weight"] = [float(d.get(weight, 1)) for _, _, d in G.edges(data=True)]
    return g, nodes


# --------------------------------------------------------------------------- size and degree


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
        {"node": n, "label": _label(G, n), "degree": G.degree(n), "strength": G.degree(n, weight=weight)}
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
    ig = _igraph(backend)
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
    rows = [{"node": n, "label": _label(G, n), name: float(v)} for n, v in values.items()]
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
    ig = _igraph(backend)
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
    ig = _igraph(backend)
    nodes = [n for n in G if G.degree(n) > 0]
    if ig is not None:
        g, order = to_igraph(G, weight=weight)
        values = g.constraint(weights="weight" if weight else None)
        vals = {order[i]: values[i] for i in range(len(order)) if G.degree(order[i]) > 0}
        meta = {"backend": "igraph"}
    else:
        vals = nx.constraint(G, nodes=nodes, weight=weight)
        meta = {"backend": "networkx"}
    rows = [{"node": n, "label": _label(G, n), "constraint": float(vals[n])} for n in nodes]
    rows.sort(key=lambda r: (r["constraint"], r["label"]))
    return Table(rows, measure="constraint", weight=weight, **meta)


# --------------------------------------------------------------------------- communities


class Communities:
    """A partition of the nodes: ``membership`` (node → community number, 0 = the largest),
    ``modularity``, and how it was found (``method``, ``backend``, ``seed``)."""

    def __init__(self, G: nx.Graph, groups: Iterable[Iterable[Any]], weight: str | None, **meta: Any) -> None:
        ordered = sorted((sorted(c, key=str) for c in groups), key=lambda c: (-len(c), str(c[0])))
        self.groups: list[list[Any]] = ordered
        self.membership: dict[Any, int] = {n: i for i, c in enumerate(ordered) for n in c}
        self.modularity: float = (
            nx.community.modularity(G, ordered, weight=weight) if G.number_of_edges() else 0.0
        )
        self.meta = meta
        self._G = G

    def __len__(self) -> int:
        return len(self.groups)

    def table(self, attrs: Iterable[str] = ("region", "industries"), top: int = 5) -> Table:
        """One row per community: size, its best-connected members and its most common attribute values."""
        G = self._G
        rows = []
        for i, members in enumerate(self.groups):
            sub = G.subgraph(members)
            hubs = sorted(members, key=lambda n: (-sub.degree(n), _label(G, n)))[:top]
            row: dict[str, Any] = {
                "community": i,
                "size": len(members),
                "members": SEP.join(_label(G, n) for n in hubs),
            }
            for a in attrs:
                counts: Counter[str] = Counter()
                for n in members:
                    counts.update(v for v in str(G.nodes[n].get(a, "")).split(SEP) if v)
                row[a] = SEP.join(f"{v} ({c})" for v, c in counts.most_common(3))
            rows.append(row)
        return Table(rows, modularity=self.modularity, **self.meta)


@not_implemented_for("directed")
@not_implemented_for("multigraph")
def communities(
    G: nx.Graph,
    method: str = "louvain",
    *,
    weight: str | None = "weight",
    resolution: float = 1.0,
    seed: int = 0,
    backend: str = "auto",
) -> Communities:
    """Communities by Louvain or Leiden (modularity), with the partition's modularity.

    Leiden needs igraph. Isolated nodes form communities of their own.

    >>> G = nx.Graph([(0, 1), (1, 2), (0, 2), (3, 4), (4, 5), (3, 5), (2, 3)])
    >>> c = communities(G, backend="networkx")
    >>> c.groups, round(c.modularity, 3)
    ([[0, 1, 2], [3, 4, 5]], 0.357)
    """
    if method not in ("louvain", "leiden"):
        raise ClusterGraphError(f"unknown community method {method!r}; expected louvain or leiden")
    ig = _igraph(backend)
    if method == "leiden" and ig is None:
        raise ClusterGraphError("Leiden needs igraph (pip install igraph); use method='louvain'")
    if ig is not None:
        g, nodes = to_igraph(G, weight=weight)
        w = "weight" if weight else None
        random.seed(seed)
        ig.set_random_number_generator(random)
        if method == "louvain":
            part = g.community_multilevel(weights=w, resolution=resolution)
        else:
            part = g.community_leiden(
                objective_function="modularity", weights=w, resolution=resolution, n_iterations=-1
            )
        groups: list[list[Any]] = [[nodes[i] for i in c] for c in part]
        return Communities(
            G, groups, weight, method=method, backend="igraph", seed=seed, resolution=resolution
        )
    found = nx.community.louvain_communities(G, weight=weight, resolution=resolution, seed=seed)
    return Communities(G, found, weight, method=method, backend="networkx", seed=seed, resolution=resolution)


@not_implemented_for("directed")
@not_implemented_for("multigraph")
def community_bridges(G: nx.Graph, parts: Communities) -> Table:
    """Pairs of communities and the ties between them (who links to whom), most ties first."""
    between: dict[tuple[int, int], list[tuple[Any, Any]]] = defaultdict(list)
    for u, v in G.edges():
        a, b = parts.membership[u], parts.membership[v]
        if a != b:
            between[min(a, b), max(a, b)].append((u, v) if a < b else (v, u))
    rows = [
        {
            "community_a": a,
            "community_b": b,
            "ties": len(ties),
            "links": SEP.join(f"{_label(G, u)} – {_label(G, v)}" for u, v in ties[:5]),
        }
        for (a, b), ties in between.items()
    ]
    rows.sort(key=lambda r: (-r["ties"], r["community_a"], r["community_b"]))
    return Table(rows)


@not_implemented_for("directed")
@not_implemented_for("multigraph")
def brokers(
    G: nx.Graph, parts: Communities | None = None, *, top: int | None = 10, backend: str = "auto"
) -> Table:
    """Organisations that broker: high betweenness, low Burt constraint, ties into several communities.

    Ranked by betweenness; ``communities_reached`` counts the other communities its
    partners belong to (communities from :func:`communities` unless given).
    """
    parts = parts or communities(G, backend=backend)
    bet = {r["node"]: r["betweenness"] for r in betweenness(G, backend=backend)}
    con = {r["node"]: r["constraint"] for r in constraint(G, backend=backend)}
    rows = []
    for n in G:
        if G.degree(n) == 0:
            continue
        own = parts.membership[n]
        reached = {parts.membership[m] for m in G[n]} - {own}
        rows.append(
            {
                "node": n,
                "label": _label(G, n),
                "region": G.nodes[n].get("region", ""),
                "betweenness": bet[n],
                "constraint": con[n],
                "degree": G.degree(n),
                "community": own,
                "communities_reached": len(reached),
            }
        )
    rows.sort(key=lambda r: (-r["betweenness"], r["constraint"], r["label"]))
    return Table(rows[:top] if top else rows, measure="brokerage")


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
            "label": _label(G, n),
            "coreness": c,
            "position": "core" if c >= kk and c > 0 else "periphery",
        }
        for n, c in core.items()
    ]
    rows.sort(key=lambda r: (-r["coreness"], r["label"]))
    return Table(rows, k=kk, method="k-core")


# --------------------------------------------------------------------------- regions and industries


@not_implemented_for("directed")
@not_implemented_for("multigraph")
def regional_matrix(G: nx.Graph, attr: str = "region", weight: str | None = None) -> tuple[Table, Table]:
    """The regional partnership matrix and each region's E-I index.

    Returns ``(matrix, regions)``: ``matrix`` has one row per pair of regions (a region
    with itself = intra-regional) and the number of ties (or their total ``weight``);
    ``regions`` gives per region its organisations, internal ties ``internal``, external
    ties ``external``, the share of intra-regional ties and Krackhardt's E-I index
    ``(E - I) / (E + I)`` (-1: all ties stay in the region, +1: all go outside).

    >>> G = nx.Graph([("a", "b"), ("b", "c")])
    >>> nx.set_node_attributes(G, {"a": "X", "b": "X", "c": "Y"}, "region")
    >>> matrix, regions = regional_matrix(G)
    >>> [(r["region"], r["ei_index"]) for r in regions]
    [('X', 0.0), ('Y', 1.0)]
    """
    pair: Counter[tuple[str, str]] = Counter()
    internal: Counter[str] = Counter()
    external: Counter[str] = Counter()
    orgs: Counter[str] = Counter(str(d.get(attr) or "(unknown)") for _, d in G.nodes(data=True))
    for u, v, d in G.edges(data=True):
        a, b = str(G.nodes[u].get(attr) or "(unknown)"), str(G.nodes[v].get(attr) or "(unknown)")
        w = d.get(weight, 1) if weight else 1
        pair[min(a, b), max(a, b)] += w
        if a == b:
            internal[a] += w
        else:
            external[a] += w
            external[b] += w
    matrix = Table(
        sorted(
            ({"region_a": a, "region_b": b, "ties": n} for (a, b), n in pair.items()),
            key=lambda r: (-r["ties"], r["region_a"], r["region_b"]),
        ),
        attr=attr,
        weight=weight,
    )
    rows = []
    for r in sorted(orgs):
        i, e = internal[r], external[r]
        rows.append(
            {
                "region": r,
                "organisations": orgs[r],
                "internal": i,
                "external": e,
                "intra_share": round(i / (i + e), 4) if i + e else None,
                "ei_index": round((e - i) / (e + i), 4) if i + e else None,
            }
        )
    rows.sort(key=lambda r: (-(r["internal"] + r["external"]), r["region"]))
    return matrix, Table(rows, attr=attr, weight=weight)


@not_implemented_for("directed")
@not_implemented_for("multigraph")
def cross_industry_bridges(G: nx.Graph, attr: str = "industry_ids") -> Table:
    """Organisations whose ties reach industries other than their own, most industries first.

    ``bridges`` counts the partners that share none of the organisation's industries
    (both with industries stated); ``industries_reached`` lists the partners' other industries.
    """
    inds = {n: {v for v in str(d.get(attr, "")).split(SEP) if v} for n, d in G.nodes(data=True)}
    rows = []
    for n in G:
        own = inds[n]
        if not own:
            continue
        other: Counter[str] = Counter()
        bridges = 0
        for m in G[n]:
            if inds[m] and not (inds[m] & own):
                bridges += 1
                other.update(inds[m] - own)
        if bridges:
            rows.append(
                {
                    "node": n,
                    "label": _label(G, n),
                    "industries": SEP.join(sorted(own)),
                    "bridges": bridges,
                    "industries_reached": len(other),
                    "reached": SEP.join(i for i, _ in other.most_common(5)),
                }
            )
    rows.sort(key=lambda r: (-r["industries_reached"], -r["bridges"], r["label"]))
    return Table(rows, attr=attr)


# --------------------------------------------------------------------------- one organisation


def _node(G: nx.Graph, node: Any) -> Any:
    if node not in G:
        raise ClusterGraphError(f"{node!r} is not a node of this network")
    return node


@not_implemented_for("directed")
@not_implemented_for("multigraph")
def ego_network(G: nx.Graph, node: Any, radius: int = 1) -> Table:
    """The organisations within ``radius`` ties of ``node``, with the ties to it (distance 1).

    >>> [(r["node"], r["distance"]) for r in ego_network(nx.path_graph(4), 1, radius=2)]
    [(0, 1), (2, 1), (3, 2)]
    """
    dist = nx.single_source_shortest_path_length(G, _node(G, node), cutoff=radius)
    rows = []
    for n, d in dist.items():
        if n == node:
            continue
        edge = G.edges[node, n] if d == 1 else {}
        rows.append(
            {
                "node": n,
                "label": _label(G, n),
                "distance": d,
                "weight": edge.get("weight", 0),
                "partnerships": edge.get("partnership_labels", ""),
            }
        )
    rows.sort(key=lambda r: (r["distance"], -r["weight"], str(r["node"])))
    return Table(rows, ego=node, radius=radius, size=len(rows))


@not_implemented_for("directed")
@not_implemented_for("multigraph")
def shortest_path(G: nx.Graph, source: Any, target: Any) -> Table:
    """A shortest chain of ties from ``source`` to ``target``, one row per step with the
    partnerships behind it; an empty table if they are not connected.

    >>> [(r["from"], r["to"]) for r in shortest_path(nx.path_graph(3), 0, 2)]
    [(0, 1), (1, 2)]
    """
    try:
        path = nx.shortest_path(G, _node(G, source), _node(G, target))
    except nx.NetworkXNoPath:
        return Table([], connected=False)
    rows = []
    for u, v in itertools.pairwise(path):
        d = G.edges[u, v]
        rows.append(
            {
                "from": u,
                "to": v,
                "from_label": _label(G, u),
                "to_label": _label(G, v),
                "partnerships": d.get("partnership_labels", ""),
                "periods": d.get("periods", ""),
            }
        )
    return Table(rows, connected=True, length=len(rows))


# --------------------------------------------------------------------------- all in one


@not_implemented_for("directed")
@not_implemented_for("multigraph")
def centrality(G: nx.Graph, parts: Communities | None = None, backend: str = "auto") -> Table:
    """Degree, strength, betweenness, eigenvector, PageRank, constraint, coreness and community per node."""
    parts = parts or communities(G, backend=backend)
    columns: list[tuple[str, Callable[[], Table]]] = [
        ("betweenness", lambda: betweenness(G, backend=backend)),
        ("eigenvector", lambda: eigenvector(G)),
        ("pagerank", lambda: pagerank(G, backend=backend)),
        ("constraint", lambda: constraint(G, backend=backend)),
        ("coreness", lambda: core_periphery(G)),
    ]
    rows = {r["node"]: dict(r) for r in degree(G)}
    meta: dict[str, Any] = {}
    for name, fn in columns:
        t = fn()
        meta[name] = t.meta
        for r in t:
            rows[r["node"]][name] = r[name]
    for n, r in rows.items():
        r.setdefault("constraint", math.nan)
        r["community"] = parts.membership[n]
    out = sorted(rows.values(), key=lambda r: (-r["betweenness"], r["label"]))
    return Table(out, modularity=parts.modularity, communities=parts.meta, **meta)
