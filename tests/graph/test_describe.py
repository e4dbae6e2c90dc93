"""The dataset's DCAT/VoID description in the build graph (clustergraph.graph.describe)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from clustergraph.cli import main
from clustergraph.errors import ClusterGraphError
from clustergraph.graph.build import build
from clustergraph.graph.describe import DATASET_IRI, read_metadata
from clustergraph.graph.store import GraphStore, current_store_dir
from clustergraph.model.namespaces import sparql_prefixes

BUILD = "<https://w3id.org/clustergraph/id/graph/build>"
DATA = "<https://w3id.org/clustergraph/id/graph/data>"
RDF_DIR = Path(__file__).parents[1] / "data" / "rdf"

METADATA = """\
title = "Test clusters"
description = \"\"\"Made-up clusters \\
for the tests.\"\"\"
version = "1.2"
issued = "2026-12-01"
license = "https://creativecommons.org/licenses/by/4.0/"
rights = "CC BY 4.0; credit the test suite."
publisher = "The test suite"
retrieved = "2026-11/2026-12"
keywords = ["clusters", "tests"]
language = ["de", "en"]
"""


def about(location: Path, subject: str = DATASET_IRI) -> dict[str, list[Any]]:
    """Predicate → sorted objects of ``subject`` in the build graph."""
    rows = GraphStore.open(location).select(f"SELECT ?p ?o WHERE {{ GRAPH {BUILD} {{ <{subject}> ?p ?o }} }}")
    out: dict[str, list[Any]] = {}
    for r in rows:
        out.setdefault(r["p"], []).append(r["o"])
    return {k: sorted(v, key=str) for k, v in out.items()}


def count(location: Path, query: str) -> int:
    return int(GraphStore.open(location).select(sparql_prefixes() + query)[0]["n"])


def test_the_counts_are_the_stores(built: Path) -> None:
    """Triples per graph, distinct subjects, entities per class: what SPARQL counts in the store."""
    d = about(built)
    v = "http://rdfs.org/ns/void#"
    per_graph = {
        r["g"]: r["n"]
        for r in GraphStore.open(built).select(
            "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g"
        )
    }
    subsets = d[v + "subset"]
    assert sorted(subsets) == sorted(
        [
            "https://w3id.org/clustergraph/id/graph/data",
            "https://w3id.org/clustergraph/id/graph/provenance",
            "https://w3id.org/clustergraph/ontology",
        ]
    )
    for g in subsets:
        assert about(built, g)[v + "triples"] == [per_graph[g]]
    assert d[v + "triples"] == [sum(per_graph[g] for g in subsets)]
    data_subjects = count(built, f"SELECT (COUNT(DISTINCT ?s) AS ?n) FROM {DATA} WHERE {{ ?s ?p ?o }}")
    assert about(built, subsets[0])[v + "distinctSubjects"] == [data_subjects]
    partitions = GraphStore.open(built).select(
        f"""SELECT ?c ?n WHERE {{ GRAPH {BUILD} {{ <{DATASET_IRI}> <{v}classPartition> ?part .
            ?part <{v}class> ?c ; <{v}entities> ?n }} }}"""
    )
    classes = {r["c"]: r["n"] for r in partitions}
    assert classes["https://w3id.org/clustergraph/ontology#Organisation"] == count(
        built, f"SELECT (COUNT(?o) AS ?n) FROM {DATA} WHERE {{ ?o a cg:Organisation }}"
    )
    assert classes["http://xmlns.com/foaf/0.1/Person"] == 4
    assert d[v + "classes"] == [len(classes)]
    # every page the facts cite, and nothing else
    pages = {
        r["p"]
        for r in GraphStore.open(built).select(
            "SELECT ?p WHERE { GRAPH <https://w3id.org/clustergraph/id/graph/provenance> "
            "{ ?p a <http://xmlns.com/foaf/0.1/Document> } }"
        )
    }
    assert set(d["http://purl.org/dc/terms/source"]) == pages and len(pages) == 16  # the pages of sources.csv


def test_without_dataset_toml_a_plain_title_and_no_licence(built: Path) -> None:
    d = about(built)
    assert d["http://purl.org/dc/terms/title"] == ["clustergraph dataset built from valid"]
    assert "http://purl.org/dc/terms/license" not in d and "http://rdfs.org/ns/void#sparqlEndpoint" not in d
    assert sorted(d["http://www.w3.org/1999/02/22-rdf-syntax-ns#type"]) == [
        "http://rdfs.org/ns/void#Dataset",
        "http://www.w3.org/ns/dcat#Dataset",
    ]
    (build_iri,) = d["http://www.w3.org/ns/prov#wasGeneratedBy"]
    assert build_iri.startswith("https://w3id.org/clustergraph/id/build/")


def test_dataset_toml_and_the_public_endpoint(dataset: Callable[..., Path], tmp_path: Path) -> None:
    data = dataset()
    (data / "dataset.toml").write_text(METADATA, encoding="utf-8")
    location = tmp_path / "g"
    build(data, location, validate=False, endpoint="https://sparql.example.org/cg")
    d = about(location)
    t, dcat, void = "http://purl.org/dc/terms/", "http://www.w3.org/ns/dcat#", "http://rdfs.org/ns/void#"
    assert d[t + "title"] == ["Test clusters"] and d[t + "description"] == ["Made-up clusters for the tests."]
    assert d[dcat + "version"] == ["1.2"] and d[t + "issued"] == ["2026-12-01"]
    assert d[t + "license"] == ["https://creativecommons.org/licenses/by/4.0/"]
    assert d[t + "rights"] == ["CC BY 4.0; credit the test suite."]
    assert d[dcat + "keyword"] == ["clusters", "tests"]
    assert d[t + "language"] == [
        "http://id.loc.gov/vocabulary/iso639-1/de",
        "http://id.loc.gov/vocabulary/iso639-1/en",
    ]
    (publisher,) = d[t + "publisher"]
    assert about(location, publisher)["http://xmlns.com/foaf/0.1/name"] == ["The test suite"]
    (statement,) = d[t + "provenance"]
    assert "2026-11/2026-12" in about(location, statement)["http://www.w3.org/2000/01/rdf-schema#label"][0]
    assert d[void + "sparqlEndpoint"] == ["https://sparql.example.org/cg"]
    service = about(location, DATASET_IRI + "/sparql")
    assert service[dcat + "endpointURL"] == ["https://sparql.example.org/cg"]
    assert service[dcat + "servesDataset"] == [DATASET_IRI]
    # the summary's quad count includes the description
    info = GraphStore.open(location).info()
    assert info["quads"] == count(location, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('title = "x"\nlicence = "y"\n', "unknown key 'licence'"),
        ('description = "x"\n', "key 'title' is missing"),
        ('title = "x"\nissued = "Dec 2026"\n', "key 'issued': got 'Dec 2026', expected a date YYYY-MM-DD"),
        ('title = "x"\nlicense = "CC BY"\n', "expected the licence's IRI"),
        ('title = "x"\nkeywords = "a"\n', "key 'keywords': got 'a', expected a list of texts"),
        ("title = ", "not a TOML file"),
    ],
)
def test_a_bad_dataset_toml_names_the_file_and_key(
    dataset: Callable[..., Path], tmp_path: Path, text: str, message: str
) -> None:
    data = dataset()
    (data / "dataset.toml").write_text(text, encoding="utf-8")
    with pytest.raises(ClusterGraphError, match=message) as info:
        read_metadata(data)
    assert str(data / "dataset.toml") in str(info.value)
    # the build stops with it, and publishes nothing
    with pytest.raises(ClusterGraphError, match=message):
        build(data, tmp_path / "g", validate=False)
    assert not (tmp_path / "g" / "CURRENT").exists()


def test_an_import_renews_the_counts(graph_copy: Path) -> None:
    v = "http://rdfs.org/ns/void#"
    data_graph = "https://w3id.org/clustergraph/id/graph/data"
    before = about(graph_copy, data_graph)[v + "triples"][0]
    result = CliRunner().invoke(main, ["import", str(RDF_DIR / "partners.ttl"), "--store", str(graph_copy)])
    assert result.exit_code == 0, result.output
    after = about(graph_copy, data_graph)[v + "triples"][0]
    assert after > before
    assert after == count(graph_copy, f"SELECT (COUNT(*) AS ?n) FROM {DATA} WHERE {{ ?s ?p ?o }}")
    assert GraphStore.open(graph_copy).info()["quads"] == count(
        graph_copy, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
    )
    # one description, its counts replaced rather than added
    assert len(about(graph_copy)[v + "triples"]) == 1


def test_build_reads_the_description_into_the_store_it_publishes(built: Path) -> None:
    store = ox.Store.read_only(str(current_store_dir(built)))
    node = ox.NamedNode(DATASET_IRI)
    assert any(True for _ in store.quads_for_pattern(node, None, None, ox.NamedNode(BUILD[1:-1])))
    assert not any(True for _ in store.quads_for_pattern(node, None, None, ox.NamedNode(DATA[1:-1])))
