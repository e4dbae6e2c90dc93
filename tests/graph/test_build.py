"""Build: provenance per source, atomic publication, the previous graph kept on failure."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest

from clustergraph.errors import DataError, ValidationFailed
from clustergraph.graph.build import build
from clustergraph.graph.store import CURRENT, GraphStore, current_store_dir

PROVENANCE = """
PREFIX prov: <http://www.w3.org/ns/prov#>
SELECT ?source WHERE {
  GRAPH ?g { <https://w3id.org/clustergraph/id/org/lichtwerk>
             <https://w3id.org/clustergraph/ontology#foundingDate> ?o }
  ?g prov:wasDerivedFrom ?source
} ORDER BY ?source"""


def _quads(location: Path) -> set[str]:
    gs = GraphStore.open(location)
    return {str(q) for q in gs.quads()}


def test_every_fact_traces_to_its_sources(built: Path) -> None:
    rows = GraphStore.open(built).select(PROVENANCE)
    assert [r["source"] for r in rows] == [
        "https://example.org/news/lichtwerk-gold",
        "https://example.org/news/lichtwerk-profile",
    ]


def test_no_data_triple_lacks_a_source(built: Path) -> None:
    gs = GraphStore.open(built)
    unsourced = gs.select("""
        PREFIX prov: <http://www.w3.org/ns/prov#>
        SELECT (COUNT(*) AS ?n) WHERE {
          GRAPH ?g { ?s ?p ?o }
          FILTER(?g NOT IN (<https://w3id.org/clustergraph/ontology>,
                            <https://w3id.org/clustergraph/id/graph/build>))
          FILTER NOT EXISTS { ?g prov:wasDerivedFrom ?src }
        }""")
    assert unsourced == [{"n": 0}]


def test_source_graphs_are_described_from_the_manifest(built: Path) -> None:
    rows = GraphStore.open(built).select("""
        PREFIX prov: <http://www.w3.org/ns/prov#>
        PREFIX dcterms: <http://purl.org/dc/terms/>
        SELECT ?title WHERE { ?g prov:wasDerivedFrom <https://example.org/news/lichtwerk-gold> ;
                                 dcterms:title ?title }""")
    assert rows == [{"title": "Gold for Lichtwerk"}]


def test_build_report(built: Path) -> None:
    info = GraphStore.open(built).info()
    assert info["published"] and info["validation"]["conforms"]
    assert info["summary"]["entities"]["organisations"] == 11
    assert info["rows"]["partnership_members"] == 10


def test_bad_data_writes_nothing_and_keeps_the_previous_graph(dataset, tmp_path: Path) -> None:
    location = tmp_path / "graph"
    build(dataset(), location)
    before = (location / CURRENT).read_text(), _quads(location)
    bad = dataset(
        people=lambda t: t.replace("Dr.,", "Dr.,").replace(",https://example.org/news/isar-med", ",")
    )
    with pytest.raises(DataError):
        build(bad, location)
    assert ((location / CURRENT).read_text(), _quads(location)) == before
    assert not list(location.glob(".building-*"))


def test_a_graph_with_violations_is_not_published(dataset, tmp_path: Path, monkeypatch) -> None:
    location = tmp_path / "graph"
    build(dataset(), location)
    before = (location / CURRENT).read_text()
    # A shape that every organisation violates makes the next build fail validation.
    from rdflib import Graph

    import clustergraph.model.ontology as onto

    strict = Graph().parse(
        data="""
        @prefix sh: <http://www.w3.org/ns/shacl#> .
        @prefix cg: <https://w3id.org/clustergraph/ontology#> .
        <urn:test:shape> a sh:NodeShape ; sh:targetClass cg:Organisation ;
          sh:property [ sh:path cg:nonexistent ; sh:minCount 1 ; sh:message "needs cg:nonexistent" ] .
        """,
        format="turtle",
    )
    monkeypatch.setattr(onto, "shapes_graph", lambda: strict)
    with pytest.raises(ValidationFailed) as exc:
        build(dataset(), location)
    assert exc.value.report.violation_count == 11
    assert (location / CURRENT).read_text() == before
    assert not list(location.glob(".building-*"))
    published = build(dataset(), location, publish_invalid=True)
    assert published.published and not published.conforms


def test_an_interrupted_build_leaves_the_previous_graph(dataset, tmp_path: Path, monkeypatch) -> None:
    location = tmp_path / "graph"
    build(dataset(), location)
    before = (location / CURRENT).read_text(), _quads(location)

    original = ox.Store.bulk_load
    calls = {"n": 0}

    def crash(self, *args, **kwargs):
        calls["n"] += 1
        if calls["n"] == 1:
            raise OSError("disk full (simulated)")
        return original(self, *args, **kwargs)

    monkeypatch.setattr(ox.Store, "bulk_load", crash)
    with pytest.raises(OSError, match="simulated"):
        build(dataset(), location)
    monkeypatch.undo()
    assert ((location / CURRENT).read_text(), _quads(location)) == before
    assert not list(location.glob(".building-*"))


def test_old_builds_are_pruned_but_the_previous_one_is_kept(dataset, tmp_path: Path) -> None:
    location = tmp_path / "graph"
    d = dataset()
    for _ in range(3):
        build(d, location, validate=False)
    stores = sorted(p.name for p in location.glob("store-*") if p.is_dir())
    assert len(stores) == 2 and current_store_dir(location).name in stores


def test_a_rebuild_gives_the_same_facts(dataset, tmp_path: Path) -> None:
    d = dataset()

    def facts(location: Path) -> set[str]:
        return {
            str(q)
            for q in GraphStore.open(location).quads()
            if "/id/build/" not in str(q) and "/id/graph/build" not in str(q)
        }

    build(d, tmp_path / "a", validate=False)
    build(d, tmp_path / "b", validate=False)
    assert facts(tmp_path / "a") == facts(tmp_path / "b")


def test_the_default_graph_is_the_deduplicated_union(built: Path) -> None:
    gs = GraphStore.open(built)
    fact = (
        "<https://w3id.org/clustergraph/id/org/lichtwerk> "
        "<https://w3id.org/clustergraph/ontology#foundingDate> ?d"
    )
    # lichtwerk's founding year comes from two sources: two quads, one statement in the union
    assert gs.select(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ {fact} }} }}") == [{"n": 2}]
    assert gs.select(f"SELECT (COUNT(*) AS ?n) WHERE {{ {fact} }}") == [{"n": 1}]
    union = gs.select(
        "SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } } }"
    )
    assert gs.select("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }") == union
