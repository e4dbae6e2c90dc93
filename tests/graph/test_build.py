"""Build: provenance per source, atomic publication, the previous graph kept on failure."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest

from clustergraph.errors import DataError, ValidationFailed
from clustergraph.graph.build import build
from clustergraph.graph.store import CURRENT, GraphStore, current_store_dir

PREFIXES = """
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX cg: <https://w3id.org/clustergraph/ontology#>
"""
#: The documented query form: which pages state S P O (docs/model.md, "Graphs and provenance").
STATED_BY = (
    PREFIXES
    + """
SELECT DISTINCT ?source
FROM NAMED <https://w3id.org/clustergraph/id/graph/provenance>
WHERE { GRAPH <https://w3id.org/clustergraph/id/graph/provenance> {
  ?st rdf:subject <https://w3id.org/clustergraph/id/org/lichtwerk> ; rdf:predicate cg:%s ; rdf:object ?o ;
      prov:wasDerivedFrom ?source } } ORDER BY ?source"""
)
RECORD_SOURCES = (
    PREFIXES
    + """
SELECT DISTINCT ?source
FROM NAMED <https://w3id.org/clustergraph/id/graph/provenance>
WHERE { GRAPH <https://w3id.org/clustergraph/id/graph/provenance> {
  ?st rdf:subject <https://w3id.org/clustergraph/id/org/lichtwerk> ; rdf:predicate cg:%s ; rdf:object ?o ;
      cg:record ?r . ?r cg:recordSource ?source } } ORDER BY ?source"""
)
PROFILE, GOLD = "https://example.org/news/lichtwerk-profile", "https://example.org/news/lichtwerk-gold"


def _quads(location: Path) -> set[str]:
    gs = GraphStore.open(location)
    return {str(q) for q in gs.quads()}


def test_a_fact_cites_only_the_pages_that_state_it(built: Path) -> None:
    gs = GraphStore.open(built)
    # organisations.csv cites the profile for the founding year, the gold news for the legal name
    assert [r["source"] for r in gs.select(STATED_BY % "foundingDate")] == [PROFILE]
    assert [r["source"] for r in gs.select(STATED_BY % "legalName")] == [GOLD]
    # the note is cited by no page: only the record's pages, record-level
    assert gs.select(STATED_BY.replace("cg:%s", "<http://www.w3.org/2000/01/rdf-schema#comment>")) == []
    record = RECORD_SOURCES.replace("cg:%s", "<http://www.w3.org/2000/01/rdf-schema#comment>")
    assert [r["source"] for r in gs.select(record)] == [GOLD, PROFILE]


def test_every_data_triple_has_a_statement_node_with_its_record(built: Path) -> None:
    gs = GraphStore.open(built)
    unrecorded = gs.select(
        PREFIXES
        + """
        SELECT (COUNT(*) AS ?n) WHERE {
          GRAPH <https://w3id.org/clustergraph/id/graph/data> { ?s ?p ?o }
          FILTER NOT EXISTS { GRAPH <https://w3id.org/clustergraph/id/graph/provenance> {
            ?st rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; cg:record ?r } }
        }"""
    )
    assert unrecorded == [{"n": 0}]
    # every fact of a table row cites a page, fact- or record-level
    unsourced = gs.select(
        PREFIXES
        + """
        SELECT (COUNT(*) AS ?n) WHERE { GRAPH <https://w3id.org/clustergraph/id/graph/provenance> {
          ?st cg:record ?r . ?r a cg:TableRecord FILTER NOT EXISTS { ?r cg:recordSource ?page } } }"""
    )
    assert unsourced == [{"n": 0}]


def test_pages_are_described_from_the_manifest(built: Path) -> None:
    rows = GraphStore.open(built).select("""
        PREFIX dcterms: <http://purl.org/dc/terms/>
        PREFIX cg: <https://w3id.org/clustergraph/ontology#>
        SELECT ?title ?id WHERE { <https://example.org/news/lichtwerk-gold> dcterms:title ?title ;
                                      cg:sourceId ?id }""")
    assert rows == [{"title": "Gold for Lichtwerk", "id": "news-lichtwerk-gold"}]


def test_the_summary_counts_fact_level_and_record_level_facts(built: Path) -> None:
    summary = GraphStore.open(built).info()["summary"]
    assert summary["sourced_facts"] == summary["fact_level"] + summary["record_level_only"]
    # record-level only: lichtwerk's note, the note of its round member count, the 8 statements of
    # saxtronic's count (context only; its sort date too), and the 2 aliases of reconciliation.csv
    # without pages (they take their organisation's)
    assert summary["record_level_only"] == 1 + 1 + 8 + 2


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


def test_each_fact_is_in_one_graph_and_the_default_graph_is_empty(built: Path) -> None:
    gs = GraphStore.open(built)
    fact = (
        "<https://w3id.org/clustergraph/id/org/lichtwerk> "
        "<https://w3id.org/clustergraph/ontology#foundingDate> ?d"
    )
    assert gs.select(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ {fact} }} }}") == [{"n": 1}]
    assert gs.select(f"SELECT (COUNT(*) AS ?n) WHERE {{ {fact} }}") == [{"n": 1}]  # ad hoc: the union
    assert len(list(gs.store.quads_for_pattern(None, None, None, ox.DefaultGraph()))) == 0
    all_graphs = gs.select("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
    distinct = gs.select(
        "SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } } }"
    )
    assert all_graphs == distinct
