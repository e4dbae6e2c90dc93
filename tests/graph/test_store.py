"""Export: every format, round trips that give back the same quads, and --no-people."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Dataset, Graph

from clustergraph.errors import ClusterGraphError, NoBuildError
from clustergraph.graph.export import export
from clustergraph.graph.store import GraphStore

FOAF_PERSON = "http://xmlns.com/foaf/0.1/Person"


def _store_quads(location: Path) -> set[ox.Quad]:
    return set(GraphStore.open(location).quads())


@pytest.mark.parametrize(("fmt", "oxfmt"), [("nquads", ox.RdfFormat.N_QUADS), ("trig", ox.RdfFormat.TRIG)])
def test_dataset_export_round_trip_gives_the_same_quads(built: Path, tmp_path: Path, fmt, oxfmt) -> None:
    out = tmp_path / f"graph.{fmt}"
    n = export(built, out, fmt)
    reloaded = ox.Store()
    reloaded.load(path=str(out), format=oxfmt)
    assert set(reloaded) == _store_quads(built)
    assert n == len(reloaded)


def test_jsonld_keeps_named_graphs(built: Path, tmp_path: Path) -> None:
    out = tmp_path / "graph.jsonld"
    export(built, out, "jsonld")
    ds = Dataset()
    ds.parse(out, format="json-ld")
    reloaded = {(s, p, o, g) for s, p, o, g in ds.quads((None, None, None, None))}
    assert len(reloaded) == len(_store_quads(built))


def test_turtle_holds_the_data_graph(built: Path, tmp_path: Path) -> None:
    out = tmp_path / "graph.ttl"
    n = export(built, out, "turtle")
    g = Graph().parse(out, format="turtle")
    data = ox.NamedNode("https://w3id.org/clustergraph/id/graph/data")
    facts = {q.triple for q in _store_quads(built) if q.graph_name == data}
    assert len(g) == len(facts) == n


def test_turtle_of_several_graphs_merges_them(built: Path, tmp_path: Path) -> None:
    out = tmp_path / "graph.nt"
    n = export(built, out, "ntriples", graphs=["data", "provenance"])
    g = Graph().parse(out, format="nt")
    quads = _store_quads(built)
    wanted = {
        "https://w3id.org/clustergraph/id/graph/data",
        "https://w3id.org/clustergraph/id/graph/provenance",
    }
    assert len(g) == n == len({q.triple for q in quads if q.graph_name.value in wanted})
    with pytest.raises(ClusterGraphError, match="unknown graph"):
        export(built, out, "turtle", graphs=["facts"])


def test_no_fact_is_in_two_graphs_nor_in_the_default_graph(built: Path) -> None:
    quads = _store_quads(built)
    assert not any(isinstance(q.graph_name, ox.DefaultGraph) for q in quads)
    triples = [q.triple for q in quads]
    assert len(triples) == len(set(triples))


def test_no_people_leaves_out_people_and_their_posts(built: Path, tmp_path: Path) -> None:
    out = tmp_path / "graph.nq"
    export(built, out, "nquads", people=False)
    exported = ox.Store()
    exported.load(path=str(out), format=ox.RdfFormat.N_QUADS)
    ontology = ox.NamedNode("https://w3id.org/clustergraph/ontology")
    # the ontology and the vocabulary define roles (and so mention job titles); the rest must not
    # mention people (the vocabulary's statement nodes say which words the roles have)
    vocab = "https://w3id.org/clustergraph/vocab/"
    subject = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#subject")
    about_vocab = {
        q.subject
        for q in exported.quads_for_pattern(None, subject, None, None)
        if q.object.value.startswith(vocab)
    }
    text = "\n".join(
        str(q)
        for q in exported
        if q.graph_name != ontology and not q.subject.value.startswith(vocab) and q.subject not in about_vocab
    )
    assert FOAF_PERSON not in text
    for name in ("anna-beispiel", "Anna Beispiel", "Geschäftsführerin", "/person/"):
        assert name not in text
    # organisations, partnerships and their memberships stay
    assert "/org/lichtwerk>" in text and "/membership/lichtwerk.photon-bridge.coordinator" in text


def test_export_to_a_bad_format_or_missing_build(built: Path, tmp_path: Path) -> None:
    with pytest.raises(ClusterGraphError, match="unknown export format"):
        export(built, tmp_path / "x", "rdfxml")
    with pytest.raises(NoBuildError, match="clustergraph build"):
        export(tmp_path / "nothing-here", tmp_path / "x.nq")


def test_a_failed_export_leaves_the_previous_file(built: Path, tmp_path: Path, monkeypatch) -> None:
    out = tmp_path / "graph.nq"
    out.write_text("previous content\n")

    def broken_serialize(items, output, *args, **kwargs):
        output.write(b"<half> <a> <line")
        raise OSError("disk full (simulated)")

    monkeypatch.setattr(ox, "serialize", broken_serialize)
    with pytest.raises(OSError):
        export(built, out, "nquads")
    assert out.read_text() == "previous content\n"
    assert [p.name for p in tmp_path.iterdir()] == ["graph.nq"]
