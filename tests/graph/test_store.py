"""Export: every format, round trips that give back the same quads, and --no-people."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Dataset, Graph

from clustergraph.errors import ClusterGraphError, NoBuildError
from clustergraph.graph.store import GraphStore, export

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


def test_turtle_holds_the_union_without_duplicates(built: Path, tmp_path: Path) -> None:
    out = tmp_path / "graph.ttl"
    n = export(built, out, "turtle")
    g = Graph().parse(out, format="turtle")
    union = {(q.subject, q.predicate, q.object) for q in _store_quads(built)}
    assert len(g) == len(union) == n


def test_no_people_leaves_out_people_and_their_posts(built: Path, tmp_path: Path) -> None:
    out = tmp_path / "graph.nq"
    export(built, out, "nquads", people=False)
    exported = ox.Store()
    exported.load(path=str(out), format=ox.RdfFormat.N_QUADS)
    ontology = ox.NamedNode("https://w3id.org/clustergraph/ontology")
    # the ontology defines roles (and so mentions job titles); the data must not mention people
    vocabulary = {q.triple for q in exported.quads_for_pattern(None, None, None, ontology)}
    text = "\n".join(str(q) for q in exported if q.triple not in vocabulary)
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

    def broken(self, output, *args, **kwargs):
        output.write(b"<half> <a> <line")
        raise OSError("disk full (simulated)")

    monkeypatch.setattr(ox.Store, "dump", broken)
    with pytest.raises(OSError):
        export(built, out, "nquads")
    assert out.read_text() == "previous content\n"
    assert [p.name for p in tmp_path.iterdir()] == ["graph.nq"]
