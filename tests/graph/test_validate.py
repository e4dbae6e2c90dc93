"""Both SHACL engines give the same results: on every shapes example and on the test data."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph

from clustergraph.graph.store import GraphStore
from clustergraph.graph.validate import engine_module, store_graph, validate_graph
from clustergraph.model.ontology import ontology_dir, ontology_graph, shapes_graph

EXAMPLES = ontology_dir() / "examples"
FILES = sorted((EXAMPLES / "valid").glob("*.ttl")) + sorted((EXAMPLES / "invalid").glob("*.ttl"))

pytest.importorskip("pyshacl_turbo")


def _key(report) -> set[tuple]:
    return {(r.severity, r.focus_node, r.path, r.source_shape, r.constraint) for r in report.results}


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return shapes_graph()


@pytest.fixture(scope="module")
def background() -> Graph:
    g = ontology_graph()
    g.parse(EXAMPLES / "background.ttl")
    return g


@pytest.mark.parametrize("path", FILES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_engines_agree_on_each_example(path: Path, shapes: Graph, background: Graph) -> None:
    data = Graph()
    data += background
    data.parse(path)
    fast = validate_graph(data, shapes, engine="turbo")
    reference = validate_graph(data, shapes, engine="pyshacl")
    assert fast.engine == "turbo" and reference.engine == "pyshacl"
    assert _key(fast) == _key(reference)
    assert bool(fast.results) == (path.parent.name == "invalid")


def test_engines_agree_on_the_test_graph(built: Path, shapes: Graph) -> None:
    data = store_graph(GraphStore.open(built))
    fast, reference = (validate_graph(data, shapes, engine=e) for e in ("turbo", "pyshacl"))
    assert _key(fast) == _key(reference)
    assert fast.conforms


def test_engine_choice() -> None:
    assert engine_module("auto")[0] == "turbo"
    assert engine_module("pyshacl")[0] == "pyshacl"
    with pytest.raises(ValueError, match="unknown SHACL engine"):
        engine_module("jena")


def test_report_groups_by_shape_and_focus_node(shapes: Graph, background: Graph) -> None:
    data = Graph()
    data += background
    data.parse(EXAMPLES / "invalid" / "label-award--missing-level.ttl")
    report = validate_graph(data, shapes)
    assert not report.conforms and report.violation_count == 1
    [(shape, by_focus)] = report.grouped().items()
    text = report.to_text()
    assert "does NOT conform: 1 violation(s)" in text
    assert shape.rsplit("#", 1)[-1].split("/")[0] in text
    assert next(iter(by_focus)).startswith("https://w3id.org/clustergraph/id/label-award/")
    assert report.to_dict()["results"][0]["severity"] == "Violation"


@pytest.mark.parametrize("path", FILES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_the_store_path_agrees_with_the_reference(
    path: Path, shapes: Graph, background: Graph, tmp_path: Path
) -> None:
    """The build validates through an in-memory pyoxigraph store (no rdflib graph at scale)."""
    from clustergraph.graph.validate import validate_ntriples

    data = Graph()
    data += background
    data.parse(path)
    nt = tmp_path / "data.nt"
    data.serialize(nt, format="nt")
    fast = validate_ntriples(nt, engine="turbo")
    reference = validate_graph(data, shapes, engine="pyshacl")
    assert _key(fast) == _key(reference)


@pytest.mark.parametrize("path", FILES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_the_engine_reading_the_text_agrees_with_a_store_in_between(
    path: Path, background: Graph, monkeypatch: pytest.MonkeyPatch
) -> None:
    """validate_store hands the engine the N-Triples text; the same report (labels included)
    as through an in-memory store."""
    import pyoxigraph as ox

    from clustergraph.graph import validate as module
    from clustergraph.model.namespaces import DATA_GRAPH_IRI

    data = Graph()
    data += background
    data.parse(path)
    store = ox.Store()
    store.load(
        data.serialize(format="nt").encode(),
        format=ox.RdfFormat.N_TRIPLES,
        to_graph=ox.NamedNode(DATA_GRAPH_IRI),
    )
    direct = module.validate_store(store, engine="turbo")
    monkeypatch.setattr(module, "_turbo_input", lambda _text: None)
    through_store = module.validate_store(store, engine="turbo")

    def rows(report) -> list[str]:
        return sorted(repr(sorted(r.__dict__.items())) for r in report.results)

    assert rows(direct) == rows(through_store)
    assert direct.triples_checked == through_store.triples_checked
    if path.parent.name == "invalid":
        assert direct.results
