"""Where ties go: between regions and across industries; and around one organisation (ego network, paths)."""

from __future__ import annotations

import itertools
from collections import Counter
from typing import Any

import networkx as nx
from networkx.utils import not_implemented_for

from clustergraph.errors import ClusterGraphError
from clustergraph.network.analysis.table import SEP, Table, node_label


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
                    "label": node_label(G, n),
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
                "label": node_label(G, n),
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
                "from_label": node_label(G, u),
                "to_label": node_label(G, v),
                "partnerships": d.get("partnership_labels", ""),
                "periods": d.get("periods", ""),
            }
        )
    return Table(rows, connected=True, length=len(rows))
