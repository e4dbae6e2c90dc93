"""Sources in the current graph: load-profile, import (files, endpoint), sources, remove-source, build."""

from __future__ import annotations

import json
import shutil
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from clustergraph.cli import main
from clustergraph.graph.build import build
from clustergraph.graph.store import GraphStore, current_store_dir

DATA = Path(__file__).parents[1] / "data"
PROFILES = DATA / "profiles"
RDF_DIR = DATA / "rdf"
D = "https://w3id.org/clustergraph/id/"


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, [str(a) for a in args])
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def graph(graph_copy: Path) -> Path:
    return graph_copy


@pytest.fixture
def data(dataset: Callable[..., Path]) -> Path:
    return dataset()


def quads(location: Path) -> set[str]:
    gs = GraphStore.open(location)
    return {str(q) for q in gs.quads()}


def select(location: Path, query: str) -> list[dict[str, Any]]:
    from clustergraph.model.namespaces import sparql_prefixes

    return GraphStore.open(location).select(sparql_prefixes() + query)


def test_load_profile_attaches_extracts_and_records(graph: Path, data: Path) -> None:
    before = (data / "reconciliation.csv").read_text(encoding="utf-8")
    code, out, err = run(
        "load-profile",
        PROFILES / "lichtwerk-de.txt",
        PROFILES / "nordwind-en.txt",
        "--store",
        graph,
        "--data",
        data,
    )
    assert code == 0, err
    assert "org 'Lichtwerk Photonik e.V.' → Lichtwerk Photonik" in out
    assert "new organisation <https://w3id.org/clustergraph/id/org/nordwind-aero-cluster>" in out
    assert "conforms to the shapes" in out
    # The decision is appended to the reviewable file, in its columns, with where the name was seen.
    after = (data / "reconciliation.csv").read_text(encoding="utf-8")
    assert after.startswith(before)
    assert after[len(before) :].startswith("Lichtwerk Photonik e.V.,lichtwerk,alias,,")
    assert after.rstrip().endswith("https://example.org/news/lichtwerk-stellt-sich-vor")
    # Where does the member count come from, and where in the text?
    rows = select(
        graph,
        f"""SELECT ?value ?src ?start ?end ?quote WHERE {{
          ?obs sosa:hasFeatureOfInterest <{D}org/lichtwerk> ; sosa:hasSimpleResult ?value ;
               cg:qualifier <https://w3id.org/clustergraph/vocab/qualifier/more-than> .
          ?x a cg:TextExtraction ; cg:extractedFact ?obs ; cg:textStart ?start ; cg:textEnd ?end ;
             cg:quotedText ?quote ; cg:record ?r .
          ?r a cg:ProfileSource ; prov:wasDerivedFrom ?src }}""",
    )
    assert len(rows) == 1
    row = rows[0]
    text = (PROFILES / "lichtwerk-de.txt").read_text(encoding="utf-8")
    assert (row["value"], row["src"]) == (130, "https://example.org/news/lichtwerk-stellt-sich-vor")
    assert text[row["start"] : row["end"]] == row["quote"] == "mehr als 130 Mitgliedsorganisationen"
    # The new person's post starts in the year of the dual leadership; the year joined is a staff post.
    posts = select(
        graph,
        f"""SELECT ?role ?year WHERE {{ ?m org:member <{D}person/carla-neumann> ; org:role ?role ;
            org:memberDuring/time:hasBeginning/time:inXSDgYear ?year }} ORDER BY ?role""",
    )
    assert [(p["role"].rsplit("/", 1)[1], p["year"]) for p in posts] == [
        ("managing-director", "2022"),
        ("staff", "2016"),
    ]
    # The profile's date is on its source record.
    issued = select(graph, "SELECT ?d WHERE { ?r a cg:ProfileSource ; dcterms:issued ?d }")
    assert sorted(r["d"] for r in issued) == ["2024-03-03", "2024-05-02"]


def test_sources_lists_profiles_and_reload_replaces(graph: Path, data: Path) -> None:
    original = quads(graph)
    profile = PROFILES / "lichtwerk-de.txt"
    assert run("load-profile", profile, "--store", graph, "--data", data)[0] == 0
    first = quads(graph)
    code, out, _ = run("sources", "--store", graph, "--kind", "profile", "--json")
    listed = json.loads(out)
    assert code == 0 and [s["address"] for s in listed] == [
        "https://example.org/news/lichtwerk-stellt-sich-vor"
    ]
    assert listed[0]["kind"] == "profile" and listed[0]["facts"] > 50
    # Loading it again: the same facts, no duplicates (only the import's timestamps differ).
    assert run("load-profile", profile, "--store", graph, "--data", data)[0] == 0
    again = quads(graph)
    assert len(again) == len(first)
    assert {q for q in again if "/import/" not in q} == {q for q in first if "/import/" not in q}
    # Removing it removes exactly its facts.
    code, out, err = run(
        "remove-source", "https://example.org/news/lichtwerk-stellt-sich-vor", "--store", graph
    )
    assert code == 0, err and "removed" in out
    assert quads(graph) == original


def test_bad_profiles_exit_2_and_change_nothing(graph: Path, data: Path) -> None:
    current = current_store_dir(graph)
    for name in (
        "missing-function.txt",
        "two-names-one-year.txt",
        "unknown-industry.txt",
        "unknown-field.txt",
    ):
        code, _out, err = run("load-profile", PROFILES / "bad" / name, "--store", graph, "--data", data)
        assert code == 2, name
        assert "nothing was loaded" in err and f"bad/{name}, line" in err
    # One bad file among good ones: nothing of the good ones is loaded either.
    code, _out, err = run(
        "load-profile", PROFILES / "lichtwerk-de.txt", PROFILES / "bad" / "empty.txt", "--store", graph
    )
    assert code == 2 and "empty" in err
    assert current_store_dir(graph) == current
    assert not list(graph.glob(".importing-*"))


def test_ambiguous_match_exit_2_with_candidates(dataset: Callable[..., Path], tmp_path: Path) -> None:
    row = "lichtwerk-gmbh,Lichtwerk Photonik GmbH,,company,stated,,,DE,,,,,https://example.org/news/lichtwerk-profile\n"
    data = dataset(organisations=lambda t: t + row)
    location = tmp_path / "g"
    build(data, location)
    profile = tmp_path / "p.txt"
    profile.write_text(
        "Name: Ada Muster\nFunktion: Geschäftsführerin\nCluster: Lichtwerk Photonik AG\n", encoding="utf-8"
    )
    code, _out, err = run("load-profile", profile, "--store", location, "--data", data)
    assert code == 2
    assert "'Lichtwerk Photonik AG' matches 2 entities" in err
    assert "<https://w3id.org/clustergraph/id/org/lichtwerk>" in err and "/org/lichtwerk-gmbh>" in err
    # A decision in the reviewable file settles it.
    with open(data / "reconciliation.csv", "a", encoding="utf-8") as fh:
        fh.write("Lichtwerk Photonik AG,lichtwerk,alias,,checked by hand,\n")
    code, out, err = run("load-profile", profile, "--store", location, "--data", data)
    assert code == 0, err
    assert "(decision match)" in out


def test_import_files_link_and_remove(graph: Path, data: Path) -> None:
    original = quads(graph)
    files = [RDF_DIR / n for n in ("partners.ttl", "partners.trig", "partners.jsonld", "partners.nt")]
    code, _out, err = run("import", *files, "--store", graph, "--data", data)
    assert code == 0, err
    links = select(graph, "SELECT ?a ?b WHERE { ?a owl:sameAs ?b } ORDER BY ?a")
    assert [(r["a"], r["b"].removeprefix(D)) for r in links] == [
        ("http://example.net/org/isar", "org/isar-med"),
        ("http://example.net/org/lw", "org/lichtwerk"),
        ("http://example.net/org/saxtronic", "org/saxtronic"),
        ("http://example.net/person/anna", "person/anna-beispiel"),
    ]
    listed = json.loads(run("sources", "--store", graph, "--kind", "rdf-file", "--json")[1])
    assert len(listed) == 4 and all(s["address"].startswith("file:///") for s in listed)
    # A foreign fact is traceable to its file.
    rows = select(
        graph,
        "SELECT ?src WHERE { ?st rdf:subject ?o ; rdf:predicate <http://example.net/ns#employees> ; "
        "rdf:object 12 ; prov:wasDerivedFrom ?src }",
    )
    assert [r["src"] for r in rows] == [(RDF_DIR / "partners.ttl").resolve().as_uri()]
    assert "Saxtronic Halbleiter e.V.,saxtronic,alias" in (data / "reconciliation.csv").read_text(
        encoding="utf-8"
    )
    # Re-import: no duplicates; remove by file path: exactly its facts.
    assert run("import", files[0], "--store", graph)[0] == 0
    assert len(json.loads(run("sources", "--store", graph, "--kind", "rdf-file", "--json")[1])) == 4
    code, _out, err = run("remove-source", *files, "--store", graph)
    assert code == 0, err
    assert quads(graph) == original


def test_import_bad_input(graph: Path, tmp_path: Path) -> None:
    current = current_store_dir(graph)
    code, _out, err = run("import", RDF_DIR / "broken.ttl", RDF_DIR / "partners.ttl", "--store", graph)
    assert code == 2 and "broken.ttl, line 3, column" in err
    code, _out, err = run("import", "--store", graph)
    assert code == 2 and "nothing to import" in err
    code, _out, err = run("remove-source", "https://example.org/never-loaded", "--store", graph)
    assert code == 2 and "no source" in err
    # Facts that break the shapes: exit 1, the graph stays as it was.
    bad = tmp_path / "bad.ttl"
    bad.write_text(f"<{D}org/nameless> a <https://w3id.org/clustergraph/ontology#Organisation> .\n")
    code, _out, err = run("import", bad, "--store", graph)
    assert code == 1 and "nothing was changed" in err
    assert current_store_dir(graph) == current


def test_build_includes_profiles_and_rdf_files(dataset: Callable[..., Path], tmp_path: Path) -> None:
    data = dataset()
    (data / "profiles").mkdir()
    shutil.copy(PROFILES / "lichtwerk-de.txt", data / "profiles")
    (data / "profiles" / "README.md").write_text("profile texts go here\n")
    (data / "rdf").mkdir()
    shutil.copy(RDF_DIR / "partners.ttl", data / "rdf")
    report = build(data, tmp_path / "g")
    assert report.published and report.conforms
    out = run("sources", "--store", tmp_path / "g", "--json")[1]
    kinds = sorted({s["kind"] for s in json.loads(out)})
    assert kinds == ["profile", "rdf-file", "table"]
    # A broken file in the folders fails the build before anything is published.
    shutil.copy(PROFILES / "bad" / "two-names-one-year.txt", data / "profiles")
    from clustergraph.errors import DataError

    with pytest.raises(DataError, match="one year per person"):
        build(data, tmp_path / "g2")
    assert not (tmp_path / "g2" / "CURRENT").exists()


# --------------------------------------------------------------------------- SPARQL endpoint


@pytest.fixture
def endpoint(request: pytest.FixtureRequest) -> Iterator[Any]:
    """A real local Oxigraph server (the shared fixture if there is one) holding a few foreign triples."""
    try:
        server = request.getfixturevalue("oxigraph_server")
        own = None
    except pytest.FixtureLookupError:
        from clustergraph.sparql.server import start_server

        server = own = start_server()
    data = (
        b"<http://example.net/org/sx> a <http://xmlns.com/foaf/0.1/Organization> ;\n"
        b'  <http://xmlns.com/foaf/0.1/name> "Saxtronic Halbleiter" ;\n'
        b"  <http://example.net/ns#partnerOf> <http://example.net/org/lw> .\n"
    )
    req = urllib.request.Request(
        server.store_url + "?graph=http://example.net/g", data=data, method="PUT",
        headers={"Content-Type": "text/turtle"},
    )  # fmt: skip
    urllib.request.urlopen(req, timeout=10).close()
    yield server
    if own is not None:
        own.stop()


def test_import_from_endpoint(graph: Path, tmp_path: Path, endpoint: Any) -> None:
    query = tmp_path / "partners.rq"
    query.write_text("CONSTRUCT { ?s ?p ?o } WHERE { GRAPH <http://example.net/g> { ?s ?p ?o } }\n")
    code, _out, err = run("import", "--endpoint", endpoint.query_url, "--query", query, "--store", graph)
    assert code == 0, err
    listed = json.loads(run("sources", "--store", graph, "--kind", "endpoint", "--json")[1])
    assert len(listed) == 1 and listed[0]["address"].startswith(endpoint.query_url + "?query=CONSTRUCT")
    assert listed[0]["facts"] == 4  # three triples and the owl:sameAs link
    links = select(graph, "SELECT ?b WHERE { <http://example.net/org/sx> owl:sameAs ?b }")
    assert [r["b"] for r in links] == [f"{D}org/saxtronic"]
    # The same query again replaces its facts.
    assert run("import", "--endpoint", endpoint.query_url, "--query", query, "--store", graph)[0] == 0
    assert json.loads(run("sources", "--store", graph, "--kind", "endpoint", "--json")[1])[0]["facts"] == 4


def test_endpoint_errors(graph: Path, tmp_path: Path, endpoint: Any) -> None:
    select_q = tmp_path / "select.rq"
    select_q.write_text("SELECT * WHERE { ?s ?p ?o }\n")
    code, _out, err = run("import", "--endpoint", endpoint.query_url, "--query", select_q, "--store", graph)
    assert code == 2 and "CONSTRUCT" in err
    broken = tmp_path / "broken.rq"
    broken.write_text("CONSTRUCT { ?s ?p } WHERE { ?s ?p ?o }\n")
    code, _out, err = run("import", "--endpoint", endpoint.query_url, "--query", broken, "--store", graph)
    assert code == 2 and "refused the query" in err
    ok = tmp_path / "ok.rq"
    ok.write_text("CONSTRUCT WHERE { ?s ?p ?o }\n")
    from clustergraph.sparql.server import free_port

    dead = f"http://127.0.0.1:{free_port('127.0.0.1')}/query"
    code, _out, err = run("import", "--endpoint", dead, "--query", ok, "--store", graph, "--timeout", "5")
    assert code == 2 and "cannot be reached" in err


def test_import_from_endpoint_with_hash_in_prefix_iris(graph: Path, tmp_path: Path, endpoint: Any) -> None:
    """A '#' inside a PREFIX IRI is part of the IRI, not a comment (and a real comment still is one)."""
    query = tmp_path / "hash.rq"
    query.write_text(
        "# partners of the example network\n"
        "PREFIX ex: <http://example.net/ns#>  # the '#' namespace\n"
        "PREFIX foaf: <http://xmlns.com/foaf/0.1/>\n"
        "CONSTRUCT { ?s ex:partnerOf ?o ; foaf:name ?n } WHERE { GRAPH <http://example.net/g> {\n"
        "  ?s ex:partnerOf ?o ; foaf:name ?n } }\n"
    )
    code, _out, err = run("import", "--endpoint", endpoint.query_url, "--query", query, "--store", graph)
    assert code == 0, err
    rows = select(
        graph, "SELECT ?o WHERE { <http://example.net/org/sx> <http://example.net/ns#partnerOf> ?o }"
    )
    assert [r["o"] for r in rows] == ["http://example.net/org/lw"]


def test_import_names_the_file_it_appends_to_and_can_leave_it_alone(graph: Path, data: Path) -> None:
    path = data / "reconciliation.csv"
    path.chmod(0o664)
    before = path.read_text(encoding="utf-8")
    code, out, err = run(
        "import", RDF_DIR / "partners.ttl", "--store", graph, "--data", data, "--no-record-aliases"
    )
    assert code == 0, err
    assert path.read_text(encoding="utf-8") == before
    assert "aliases are not recorded (--no-record-aliases)" in err and "appended" not in out
    code, out, err = run("import", RDF_DIR / "partners.ttl", "--store", graph, "--data", data)
    assert code == 0, err
    assert f"appended 1 alias row(s) to {path.absolute()} for review" in out
    assert "  'Saxtronic Halbleiter e.V.' → saxtronic" in out
    assert path.read_text(encoding="utf-8").startswith(before) and path.stat().st_mode & 0o777 == 0o664


def test_build_says_which_imported_sources_it_leaves_out(graph: Path, data: Path, tmp_path: Path) -> None:
    """A build reads the data directory only: sources imported from elsewhere are named, with how to
    keep them and the alias rows their import left in reconciliation.csv."""
    outside_file = tmp_path / "partners.ttl"
    shutil.copy(RDF_DIR / "partners.ttl", outside_file)
    assert run("import", outside_file, "--store", graph, "--data", data)[0] == 0
    (data / "profiles").mkdir()
    shutil.copy(PROFILES / "lichtwerk-de.txt", data / "profiles")
    inside = data / "profiles" / "lichtwerk-de.txt"
    assert run("load-profile", inside, "--store", graph, "--data", data)[0] == 0
    code, _out, err = run("build", "--data", data, "--store", graph, "--no-validate")
    assert code == 0, err
    assert "1 source(s) imported into the previous graph are not in this build" in err
    assert f"rdf-file {outside_file.resolve().as_uri()} (" in err
    assert f"put it into {data / 'rdf'}/ (RDF) or {data / 'profiles'}/ (profile texts)" in err
    assert f"the 1 alias row(s) their import appended to {data / 'reconciliation.csv'} are still there" in err
    assert "lichtwerk-de.txt" not in err  # in data/profiles/: the build has it again
    # the next build has nothing more to say
    code, _out, err = run("build", "--data", data, "--store", graph, "--no-validate")
    assert code == 0 and "not in this build" not in err
