"""Analyses: igraph and networkx agree on small graphs; each function on known graphs."""

from __future__ import annotations

import math
import random

import networkx as nx
import pytest

from clustergraph.errors import ClusterGraphError
from clustergraph.network import analysis as an


def small_graphs() -> list[nx.Graph]:
    graphs = [nx.karate_club_graph(), nx.les_miserables_graph(), nx.davis_southern_women_graph()]
    rng = random.Random(3)
    for seed in range(3):
        G = nx.connected_watts_strogatz_graph(60, 6, 0.2, seed=seed)
        for u, v in G.edges():
            G.edges[u, v]["weight"] = rng.randint(1, 4)
        graphs.append(G)
    G = nx.barbell_graph(6, 3)
    G.add_node("isolated")
    graphs.append(G)
    for G in graphs:
        for _, _, d in G.edges(data=True):
            d["weight"] = float(d.get("weight", 1))
    return graphs


@pytest.mark.parametrize("G", small_graphs())
def test_betweenness_igraph_equals_networkx(G: nx.Graph) -> None:
    a = {r["node"]: r["betweenness"] for r in an.betweenness(G, backend="igraph")}
    b = {r["node"]: r["betweenness"] for r in an.betweenness(G, backend="networkx", exact=True)}
    assert a.keys() == b.keys()
    assert all(math.isclose(a[n], b[n], abs_tol=1e-9) for n in a)


@pytest.mark.parametrize("G", small_graphs())
def test_pagerank_and_constraint_igraph_equal_networkx(G: nx.Graph) -> None:
    a = {r["node"]: r["pagerank"] for r in an.pagerank(G, backend="igraph")}
    b = {r["node"]: r["pagerank"] for r in an.pagerank(G, backend="networkx")}
    assert all(math.isclose(a[n], b[n], abs_tol=1e-6) for n in a)
    c = {r["node"]: r["constraint"] for r in an.constraint(G, backend="igraph")}
    d = {r["node"]: r["constraint"] for r in an.constraint(G, backend="networkx")}
    assert c.keys() == d.keys()
    assert all(math.isclose(c[n], d[n], abs_tol=1e-9) for n in c)


def planted(seed: int) -> tuple[nx.Graph, list[set[int]]]:
    G = nx.planted_partition_graph(4, 12, 0.9, 0.02, seed=seed)
    return G, [set(range(i * 12, (i + 1) * 12)) for i in range(4)]


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_communities_igraph_equal_networkx(seed: int) -> None:
    G, truth = planted(seed)
    a = an.communities(G, backend="igraph", seed=seed)
    b = an.communities(G, backend="networkx", seed=seed)
    as_sets = {frozenset(c) for c in truth}
    assert {frozenset(c) for c in a.groups} == as_sets == {frozenset(c) for c in b.groups}
    assert math.isclose(a.modularity, b.modularity, abs_tol=1e-9)
    leiden = an.communities(G, "leiden", backend="igraph", seed=seed)
    assert {frozenset(c) for c in leiden.groups} == as_sets


def test_karate_modularity_close() -> None:
    G = nx.karate_club_graph()
    a = an.communities(G, backend="igraph")
    b = an.communities(G, backend="networkx")
    assert abs(a.modularity - b.modularity) < 0.02
    assert a.modularity > 0.38


def test_sampled_betweenness_states_k() -> None:
    G = nx.connected_watts_strogatz_graph(200, 6, 0.1, seed=1)
    t = an.betweenness(G, backend="networkx", exact=False, k=50, seed=1)
    assert t.meta == {
        "measure": "betweenness",
        "method": "sampled",
        "k": 50,
        "seed": 1,
        "backend": "networkx",
    }
    exact = {r["node"]: r["betweenness"] for r in an.betweenness(G, backend="networkx", exact=True)}
    top_exact = max(exact, key=exact.get)
    assert top_exact in {r["node"] for r in t[:20]}


def test_guard_on_graph_type() -> None:
    with pytest.raises(nx.NetworkXNotImplemented):
        an.degree(nx.DiGraph([(1, 2)]))
    with pytest.raises(ClusterGraphError, match="unknown backend"):
        an.betweenness(nx.path_graph(3), backend="gpu")


def test_summary_and_degree() -> None:
    G = nx.Graph([(1, 2, {"weight": 2}), (2, 3, {"weight": 1})])
    G.add_node(4)
    s = an.summary(G)
    assert (s["nodes"], s["edges"], s["components"], s["isolates"], s["total_weight"]) == (4, 2, 2, 1, 3)
    assert an.degree(G)[0] == {"node": 2, "label": "2", "degree": 2, "strength": 3}


def test_regional_matrix_ei() -> None:
    G = nx.Graph([("a", "b"), ("a", "c"), ("c", "d"), ("d", "e")])
    nx.set_node_attributes(G, {"a": "TH", "b": "TH", "c": "BY", "d": "BY", "e": "FR"}, "region")
    matrix, regions = an.regional_matrix(G)
    pairs = {(r["region_a"], r["region_b"]): r["ties"] for r in matrix}
    assert pairs == {("TH", "TH"): 1, ("BY", "TH"): 1, ("BY", "BY"): 1, ("BY", "FR"): 1}
    ei = {r["region"]: r["ei_index"] for r in regions}
    assert ei == {"TH": 0.0, "BY": 0.3333, "FR": 1.0}


def test_brokers_and_bridges() -> None:
    G = nx.barbell_graph(5, 1)  # two cliques joined through node 5
    nx.set_node_attributes(G, {n: "x" if n < 5 else "y" for n in G}, "industry_ids")
    parts = an.communities(G, backend="networkx")
    top = an.brokers(G, parts, top=3, backend="networkx")
    assert top[0]["node"] == 5
    assert top[0]["communities_reached"] >= 1
    bridges = an.cross_industry_bridges(G)
    assert {r["node"] for r in bridges} == {4, 5}
    pairs = an.community_bridges(G, parts)
    assert pairs and pairs[0]["ties"] >= 1


def test_ego_and_path_carry_partnerships() -> None:
    G = nx.Graph()
    G.add_edge("a", "b", weight=2, partnership_labels="P1 | P2", periods="2020– | ")
    G.add_edge("b", "c", weight=1, partnership_labels="P3", periods="")
    G.add_node("z")
    path = an.shortest_path(G, "a", "c")
    assert [r["partnerships"] for r in path] == ["P1 | P2", "P3"]
    assert an.shortest_path(G, "a", "z") == [] and not an.shortest_path(G, "a", "z").meta["connected"]
    ego = an.ego_network(G, "b")
    assert [(r["node"], r["weight"]) for r in ego] == [("a", 2), ("c", 1)]
    with pytest.raises(ClusterGraphError, match="not a node"):
        an.ego_network(G, "nobody")


def test_core_periphery_and_centrality_table() -> None:
    G = nx.karate_club_graph()
    cp = an.core_periphery(G)
    assert cp.meta["k"] == 4 and {r["position"] for r in cp} == {"core", "periphery"}
    t = an.centrality(G)
    assert len(t) == 34
    assert {
        "degree",
        "strength",
        "betweenness",
        "eigenvector",
        "pagerank",
        "constraint",
        "coreness",
        "community",
    } <= set(t[0])


def test_table_to_frame() -> None:
    pd = pytest.importorskip("pandas")
    df = an.degree(nx.path_graph(3)).to_frame()
    assert isinstance(df, pd.DataFrame) and list(df["degree"]) == [2, 1, 1]
