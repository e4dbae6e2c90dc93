"""Exports behave like files: the umask's mode, stdout, compacted JSON-LD, Turtle by subject."""

from __future__ import annotations

import io
import json
import os
import re
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib
from click.testing import CliRunner

from clustergraph.cli import main
from clustergraph.errors import ClusterGraphError
from clustergraph.graph.export import export
from clustergraph.graph.jsonld import write_jsonld
from clustergraph.model.context import jsonld_context

CG = "https://w3id.org/clustergraph/ontology#"
D = "https://w3id.org/clustergraph/id/"


def nquads(path: Path) -> set[ox.Quad]:
    return set(ox.parse(path=str(path), format=ox.RdfFormat.N_QUADS))


@pytest.fixture
def umask() -> Iterator[None]:
    old = os.umask(0o022)
    yield
    os.umask(old)


@pytest.mark.parametrize(("mask", "mode"), [(0o022, 0o644), (0o027, 0o640), (0o002, 0o664)])
def test_the_file_gets_the_mode_the_umask_gives(
    built: Path, tmp_path: Path, umask: None, mask: int, mode: int
) -> None:
    os.umask(mask)
    for fmt in ("nquads", "turtle", "jsonld"):
        out = tmp_path / f"graph.{fmt}"
        export(built, out, fmt)
        assert out.stat().st_mode & 0o777 == mode, fmt


def test_dash_streams_to_stdout(built: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["export", "--store", str(built), "--format", "nquads", "-o", "-"])
    assert result.exit_code == 0, result.output
    assert not (tmp_path / "-").exists()
    export(built, tmp_path / "file.nq", "nquads")
    streamed = set(ox.parse(result.stdout_bytes, format=ox.RdfFormat.N_QUADS))
    assert streamed == nquads(tmp_path / "file.nq")
    assert re.fullmatch(r"wrote [\d,]+ statements to stdout \(nquads\)\n", result.stderr)


def test_jsonld_is_compacted_with_the_project_context_and_reads_back(built: Path, tmp_path: Path) -> None:
    export(built, tmp_path / "g.nq", "nquads")
    export(built, tmp_path / "g.jsonld", "jsonld")
    doc = json.loads((tmp_path / "g.jsonld").read_text(encoding="utf-8"))
    assert doc["@context"] == jsonld_context()["@context"]
    graphs = {g["@id"]: g["@graph"] for g in doc["@graph"]}
    assert set(graphs) >= {
        "cgd:graph/data",
        "cgd:graph/provenance",
        "cgd:graph/build",
        "https://w3id.org/clustergraph/ontology",
    }
    lichtwerk = next(n for n in graphs["cgd:graph/data"] if n["@id"] == "cgorg:lichtwerk")
    assert "ClusterOrganisation" in lichtwerk["@type"] and lichtwerk["region"] == "cgregion:DE-TH"
    assert lichtwerk["prefLabel"] == "Lichtwerk Photonik"
    # every quad comes back, with pyoxigraph and with rdflib's JSON-LD processor
    expected = nquads(tmp_path / "g.nq")
    assert set(ox.parse(path=str(tmp_path / "g.jsonld"), format=ox.RdfFormat.JSON_LD)) == expected
    ds = rdflib.Dataset()
    ds.parse(tmp_path / "g.jsonld", format="json-ld")
    ref = rdflib.Dataset()
    ref.parse(tmp_path / "g.nq", format="nquads")
    assert set(ds.quads()) == set(ref.quads())


def test_jsonld_without_people(built: Path, tmp_path: Path) -> None:
    export(built, tmp_path / "g.nq", "nquads", people=False)
    export(built, tmp_path / "g.jsonld", "jsonld", people=False)
    assert set(ox.parse(path=str(tmp_path / "g.jsonld"), format=ox.RdfFormat.JSON_LD)) == nquads(
        tmp_path / "g.nq"
    )


def test_values_the_context_does_not_coerce_stay_exact() -> None:
    """A string under an IRI-valued term, a literal of another datatype than the term's, a language
    string, blank nodes and a predicate without a term all come back as they were."""
    g = ox.NamedNode(D + "graph/data")
    s, b = ox.NamedNode(D + "org/x"), ox.BlankNode("b1")
    xsd = "http://www.w3.org/2001/XMLSchema#"
    quads = [
        ox.Quad(s, ox.NamedNode(CG + "region"), ox.Literal("not an IRI"), g),
        ox.Quad(s, ox.NamedNode(CG + "region"), ox.NamedNode(D + "region/DE-TH"), g),
        ox.Quad(s, ox.NamedNode(CG + "strength"), ox.Literal("2", datatype=ox.NamedNode(xsd + "integer")), g),
        ox.Quad(
            s, ox.NamedNode(CG + "strength"), ox.Literal("2.5", datatype=ox.NamedNode(xsd + "decimal")), g
        ),
        ox.Quad(s, ox.NamedNode(CG + "legalName"), ox.Literal("Ökö GmbH", language="de"), g),
        ox.Quad(s, ox.NamedNode("http://example.org/ns#p"), b, g),
        ox.Quad(
            b, ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"), ox.NamedNode(CG + "Event"), g
        ),
        ox.Quad(
            s,
            ox.NamedNode("http://example.org/ns#n"),
            ox.Literal("7", datatype=ox.NamedNode(xsd + "integer")),
            g,
        ),
    ]
    quads.sort(key=lambda q: str(q.subject))
    out = io.BytesIO()
    write_jsonld([(g, quads)], out)
    back = set(ox.parse(out.getvalue(), format=ox.RdfFormat.JSON_LD))
    assert {str(q) for q in back} == {str(q) for q in quads}


def test_an_iri_a_processor_would_misread_is_refused() -> None:
    """``geo:52.5,13.4`` (the geo URI scheme) would expand with the context's ``geo`` prefix."""
    g = ox.NamedNode(D + "graph/data")
    quad = ox.Quad(
        ox.NamedNode(D + "org/x"), ox.NamedNode(CG + "locatedIn"), ox.NamedNode("geo:52.5,13.4"), g
    )
    with pytest.raises(ClusterGraphError, match="export it as N-Quads or TriG"):
        write_jsonld([(g, [quad])], io.BytesIO())


def _subject_blocks(turtle: str) -> list[str]:
    """The subject that opens each block of a Turtle file (lines not indented, not directives)."""
    return [
        line.split(" ", 1)[0]
        for line in turtle.splitlines()
        if line and not line[0].isspace() and not line.startswith("@")
    ]


def test_turtle_declares_prefixes_and_groups_each_subject(built: Path, tmp_path: Path) -> None:
    out = tmp_path / "all.ttl"
    n = export(built, out, "turtle", graphs=["all"])
    text = out.read_text(encoding="utf-8")
    assert "@prefix cg: <https://w3id.org/clustergraph/ontology#> ." in text
    assert "@prefix void: <http://rdfs.org/ns/void#> ." in text
    blocks = _subject_blocks(text)
    assert len(blocks) == len(set(blocks)), "a subject has more than one block"
    # the ontology's IRI is described in two graphs (the ontology, and the build's VoID subsets): one block
    assert blocks.count("<https://w3id.org/clustergraph/ontology>") == 1
    triples = {
        ox.Triple(q.subject, q.predicate, q.object)
        for q in ox.parse(path=str(out), format=ox.RdfFormat.TURTLE)
    }
    export(built, tmp_path / "all.nq", "nquads")
    assert triples == {ox.Triple(q.subject, q.predicate, q.object) for q in nquads(tmp_path / "all.nq")}
    assert n == len(triples)
