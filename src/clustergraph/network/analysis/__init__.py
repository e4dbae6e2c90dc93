"""Network analyses: small free functions, a graph in and plain data out.

Each function takes an undirected NetworkX graph (a projection from
:mod:`clustergraph.network`, or any graph whose nodes may carry a ``label``) and returns a
:class:`Table` — a plain list of dicts, with ``.meta`` saying how it was computed and
``.to_frame()`` for a pandas DataFrame where pandas is installed — or a plain dict.

- :mod:`.measures` — size, degree, betweenness, eigenvector, PageRank, constraint, coreness
- :mod:`.groups` — communities, the ties between them, brokers, every measure in one table
- :mod:`.structure` — ties between regions and across industries; ego networks and paths
- :mod:`.table` — :class:`Table` and the igraph backend

Betweenness, PageRank, Burt's constraint and communities use igraph when it is installed
(``backend="auto"``), NetworkX otherwise; ``backend="networkx"`` forces the reference
implementation (the tests check that both agree on small graphs).

>>> import networkx as nx
>>> G = nx.Graph([("a", "b"), ("b", "c")])
>>> [(r["node"], r["degree"]) for r in degree(G)]
[('b', 2), ('a', 1), ('c', 1)]
"""

from clustergraph.network.analysis.groups import (
    Communities,
    brokers,
    centrality,
    communities,
    community_bridges,
)
from clustergraph.network.analysis.measures import (
    betweenness,
    constraint,
    core_periphery,
    degree,
    eigenvector,
    pagerank,
    summary,
)
from clustergraph.network.analysis.structure import (
    cross_industry_bridges,
    ego_network,
    regional_matrix,
    shortest_path,
)
from clustergraph.network.analysis.table import DEFAULT_K, EXACT_BETWEENNESS_LIMIT, SEP, Table, to_igraph

__all__ = [
    "DEFAULT_K",
    "EXACT_BETWEENNESS_LIMIT",
    "SEP",
    "Communities",
    "Table",
    "betweenness",
    "brokers",
    "centrality",
    "communities",
    "community_bridges",
    "constraint",
    "core_periphery",
    "cross_industry_bridges",
    "degree",
    "ego_network",
    "eigenvector",
    "pagerank",
    "regional_matrix",
    "shortest_path",
    "summary",
    "to_igraph",
]
