"""What every analysis returns, and the igraph backend the fast ones use."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import networkx as nx

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


def node_label(G: nx.Graph, n: Any) -> str:
    """A node's ``label`` attribute, else the node itself, as text."""
    return str(G.nodes[n].get("label", n))


def igraph_backend(backend: str) -> Any:
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
