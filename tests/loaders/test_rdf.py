"""RDF files: formats, linking foreign IRIs, broken input with line and column."""

from __future__ import annotations

from pathlib import Path

import pytest

from clustergraph.errors import AmbiguousMatch, SourceFileError
from clustergraph.graph.store import GraphStore
from clustergraph.loaders.rdf import load_rdf_file, parse_rdf
from clustergraph.loaders.reconcile import EntityIndex

RDF_DIR = Path(__file__).parent.parent / "data" / "rdf"
D = "https://w3id.org/clustergraph/id/"
SAME = "<http://www.w3.org/2002/07/owl#sameAs>"


@pytest.fixture(scope="module")
def index(built: Path) -> EntityIndex:
    return EntityIndex.from_store(GraphStore.open(built))


@pytest.mark.parametrize(
    ("name", "foreign", "ours"),
    [
        ("partners.ttl", "http://example.net/org/saxtronic", "org/saxtronic"),  # legal name, normalised
        ("partners.trig", "http://example.net/org/isar", "org/isar-med"),  # https://schema.org/, in a graph
        ("partners.jsonld", "http://example.net/org/lw", "org/lichtwerk"),  # alt label (and website)
        ("partners.nt", "http://example.net/person/anna", "person/anna-beispiel"),  # title dropped
    ],
)
def test_each_format_is_read_and_linked(index: EntityIndex, name: str, foreign: str, ours: str) -> None:
    batch = load_rdf_file(RDF_DIR / name, index)
    assert (f"<{foreign}>", SAME, f"<{D}{ours}>") in batch.triples
    assert batch.address.startswith("file:///") and batch.kind == "rdf-file"


def test_unmatched_subjects_keep_their_iri(index: EntityIndex) -> None:
    batch = load_rdf_file(RDF_DIR / "partners.ttl", index, source_url="https://example.net/partners.ttl")
    assert not any(s == "<http://example.net/org/unknown-lab>" and p == SAME for s, p, _o in batch.triples)
    assert any("unknown-lab" in n and "no match" in n for n in batch.notes)
    assert batch.address == "https://example.net/partners.ttl"
    assert [d.org_id for d in batch.decisions] == ["saxtronic"]


def test_graph_names_inside_trig_are_dropped() -> None:
    triples = parse_rdf((RDF_DIR / "partners.trig").read_bytes(), "partners.trig", "trig")
    assert all(len(t) == 3 for t in triples) and len(triples) == 2


def test_ambiguous_link_is_an_error() -> None:
    idx = EntityIndex()
    idx.add("org", f"{D}org/a", ["Saxtronic Halbleiter e. V."])
    idx.add("org", f"{D}org/b", ["Saxtronic Halbleiter GmbH"])
    with pytest.raises(AmbiguousMatch, match=r"matches 2 entities"):
        load_rdf_file(RDF_DIR / "partners.ttl", idx)


def test_broken_rdf_names_line_and_column() -> None:
    with pytest.raises(SourceFileError, match=r"broken.ttl, line 3, column \d+: broken Turtle"):
        load_rdf_file(RDF_DIR / "broken.ttl", EntityIndex())


def test_bad_files(tmp_path: Path) -> None:
    (tmp_path / "empty.ttl").write_text("\n")
    with pytest.raises(SourceFileError, match="empty"):
        load_rdf_file(tmp_path / "empty.ttl", EntityIndex())
    (tmp_path / "prefixes.ttl").write_text("@prefix x: <http://x/> .\n")
    with pytest.raises(SourceFileError, match="no triples"):
        load_rdf_file(tmp_path / "prefixes.ttl", EntityIndex())
    (tmp_path / "bin.nt").write_bytes(b"\x00\x01\x02binary")
    with pytest.raises(SourceFileError, match="binary"):
        load_rdf_file(tmp_path / "bin.nt", EntityIndex())
    (tmp_path / "data.csv").write_text("a,b\n")
    with pytest.raises(SourceFileError, match="cannot tell the RDF format"):
        load_rdf_file(tmp_path / "data.csv", EntityIndex())
    (tmp_path / "remote.jsonld").write_text('{"@context": "https://schema.org/", "name": "x"}')
    with pytest.raises(SourceFileError, match="JSON-LD"):
        load_rdf_file(tmp_path / "remote.jsonld", EntityIndex())
