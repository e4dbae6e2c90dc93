"""Communities, the ties between them, the brokers across them, and every measure per node in one table."""

from __future__ import annotations

import math
import random
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from typing import Any

import networkx as nx
from networkx.utils import not_implemented_for

from clustergraph.errors import ClusterGraphError
from clustergraph.network.analysis.measures import (
    betweenness,
    constraint,
    core_periphery,
    degree,
    eigenvector,
    pagerank,
)
from clustergraph.network.analysis.table import SEP, Table, igraph_backend, node_label, to_igraph


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
            hubs = sorted(members, key=lambda n: (-sub.degree(n), node_label(G, n)))[:top]
            row: dict[str, Any] = {
                "community": i,
                "size": len(members),
                "members": SEP.join(node_label(G, n) for n in hubs),
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
    ig = igraph_backend(backend)
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
            "links": SEP.join(f"{node_label(G, u)} – {node_label(G, v)}" for u, v in ties[:5]),
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
                "label": node_label(G, n),
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
