"""Exports for Gephi and CSV, and analyses written back into the graph."""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

import networkx as nx
import pytest

from clustergraph import network as nw
from clustergraph.errors import ClusterGraphError, StoreError
from clustergraph.graph.store import GraphStore, current_store_dir, locked
from clustergraph.network import analysis as an
from clustergraph.network.export import analysis_quads, export_network, write_back

ORG = "https://w3id.org/clustergraph/id/org/"


@pytest.fixture
def graph(built: Path) -> nx.Graph:
    return nw.co_partnership_graph(nw.read_network(GraphStore.open(built)))


def test_gexf_and_graphml_open_again(graph: nx.Graph, tmp_path: Path) -> None:
    graph.nodes[ORG + "lichtwerk"]["odd"] = ["a", "b"]  # lists and None never reach the file
    graph.nodes[ORG + "saxtronic"]["none"] = None
    for suffix in ("gexf", "graphml"):
        (path,) = export_network(graph, tmp_path / f"net.{suffix}")
        H = nx.read_gexf(path) if suffix == "gexf" else nx.read_graphml(path)
        assert H.number_of_nodes() == graph.number_of_nodes()
        assert H.number_of_edges() == graph.number_of_edges()
        assert H.nodes[ORG + "lichtwerk"]["odd"] == "a | b"
        assert "none" not in H.nodes[ORG + "saxtronic"]
        e = H.edges[ORG + "lichtwerk", ORG + "rhone-optique"]
        assert float(e["weight"]) == 2.0
        text = path.read_text(encoding="utf-8")
        assert "None" not in text


def test_csv_lists(graph: nx.Graph, tmp_path: Path) -> None:
    nodes, edges = export_network(graph, tmp_path / "net.csv")
    assert nodes.name == "net-nodes.csv" and edges.name == "net-edges.csv"
    rows = list(csv.DictReader(nodes.open(encoding="utf-8")))
    assert len(rows) == graph.number_of_nodes() and rows[0]["id"]
    erows = list(csv.DictReader(edges.open(encoding="utf-8")))
    assert len(erows) == graph.number_of_edges() and {"source", "target", "weight"} <= set(erows[0])
    with pytest.raises(ClusterGraphError, match="unknown network format"):
        export_network(graph, tmp_path / "net.xlsx")


def test_write_back_publishes_a_new_store(built: Path, graph: nx.Graph, tmp_path: Path) -> None:
    location = tmp_path / "graph"
    shutil.copytree(built, location)
    before = current_store_dir(location)
    n_before = len(GraphStore.open(location).select("SELECT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } }"))
    table = an.centrality(graph, backend="networkx")
    quads = analysis_quads(
        table, date="2026-01-02", projection="co-partnership", method="test", modularity=0.5
    )
    target = write_back(location, quads)
    assert current_store_dir(location) == target != before
    gs = GraphStore.open(location)
    rows = gs.select(
        """PREFIX cg: <https://w3id.org/clustergraph/ontology#>
        SELECT ?o ?b ?c WHERE { GRAPH <https://w3id.org/clustergraph/id/graph/analysis/2026-01-02> {
          ?o cg:betweennessCentrality ?b ; cg:inCommunity ?c ; cg:degreeCentrality ?d } }"""
    )
    assert {r["o"] for r in rows} == set(graph)
    assert gs.ask(
        "PREFIX cg: <https://w3id.org/clustergraph/ontology#> "
        "ASK { ?a a cg:NetworkAnalysis ; cg:modularity 0.5e0 }"
    )
    # the data is all still there, and writing the same date again replaces, not adds
    n_after = len(gs.select("SELECT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } }"))
    assert n_after == n_before + len(quads)
    write_back(location, quads)
    again = GraphStore.open(location)
    assert len(again.select("SELECT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } }")) == n_after
    assert [a["graph"] for a in again.info()["analyses"]] == [
        "https://w3id.org/clustergraph/id/graph/analysis/2026-01-02"
    ]


def test_write_back_waits_for_no_build(built: Path, tmp_path: Path) -> None:
    location = tmp_path / "graph"
    shutil.copytree(built, location)
    before = current_store_dir(location)
    quads = analysis_quads([], date="2026-01-03", projection="p", method="m")
    with locked(location), pytest.raises(StoreError, match="another build"):
        write_back(location, quads)
    assert current_store_dir(location) == before
    with pytest.raises(ClusterGraphError, match="only into analysis graphs"):
        write_back(location, [])
