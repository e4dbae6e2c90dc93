from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest

from clustergraph.graph.store import GraphStore
from clustergraph.sparql.query import QueryError, format_rows, read_query, run


def test_select_with_bound_parameters(built: Path) -> None:
    gs = GraphStore.open(built)
    names, rows = run(
        gs,
        "SELECT ?name WHERE { ?o cg:region ?land ; skos:prefLabel ?name } ORDER BY ?name",
        {"land": ox.NamedNode("https://w3id.org/clustergraph/id/region/DE-BY")},
    )
    assert names == ["name"] and [r["name"] for r in rows] == [
        "Isar Medtech Cluster",
        "Isar Medtech Management GmbH",
    ]


def test_a_hostile_parameter_is_only_a_value(built: Path) -> None:
    gs = GraphStore.open(built)
    _, rows = run(
        gs,
        "SELECT ?o WHERE { ?o skos:prefLabel ?name }",
        {"name": ox.Literal('x" } ; DELETE WHERE { ?s ?p ?o } #')},
    )
    assert rows == []


def test_syntax_errors_point_at_the_users_line(built: Path) -> None:
    with pytest.raises(QueryError, match="line 2, column"):
        run(GraphStore.open(built), "SELECT ?x\nWHERE { ?x ?y }")


def test_ask_and_construct(built: Path) -> None:
    gs = GraphStore.open(built)
    assert run(gs, "ASK { ?p a foaf:Person }") is True
    triples = run(gs, "CONSTRUCT { ?p foaf:name ?n } WHERE { ?p foaf:name ?n }")
    assert len(triples) == 4


def test_formats() -> None:
    rows = [{"a": "x,y", "b": 1}, {"a": None, "b": 2}]
    assert format_rows(["a", "b"], rows, "csv") == 'a,b\n"x,y",1\n,2'
    assert format_rows(["a", "b"], rows, "tsv") == "a\tb\nx,y\t1\n\t2"
    assert '"b": 2' in format_rows(["a", "b"], rows, "json")


def test_read_query_from_file(tmp_path: Path) -> None:
    q = tmp_path / "q.rq"
    q.write_text("ASK {}")
    assert read_query(str(q)) == "ASK {}"
    assert read_query("ASK { ?s ?p ?o }") == "ASK { ?s ?p ?o }"
    with pytest.raises(QueryError):
        read_query(str(tmp_path / "missing.rq"))


@pytest.mark.parametrize(
    "path",
    sorted((Path(__file__).parents[2] / "src" / "clustergraph" / "sparql" / "queries").glob("*.rq")),
    ids=lambda p: p.name,
)
def test_packaged_queries_run_on_the_test_graph(built: Path, path: Path) -> None:
    from clustergraph.sparql.library import get, run_query

    named = get(path.stem)
    if any(p.required for p in named.parameters):
        pytest.skip("needs parameters: tests/sparql/test_library.py runs it with them")
    test_values = {"programme": "go-test"}  # defaults name real-data entities
    params = {p.name: test_values[p.name] for p in named.parameters if p.name in test_values}
    rows = run_query(named.name, params, store=GraphStore.open(built)).rows  # the other defaults bound
    assert rows, f"{path.name} found nothing in the test graph"


def test_gold_label_holders(built: Path) -> None:
    path = Path(__file__).parents[2] / "src" / "clustergraph" / "sparql" / "queries" / "gold-label-holders.rq"
    _, rows = run(GraphStore.open(built), path.read_text(encoding="utf-8"))
    assert [(r["organisation"], r["land"], r["gold_awards"], r["latest"]) for r in rows] == [
        ("Rhône Optique", None, 1, "2024"),
        ("Saxtronic Halbleiter", "Sachsen", 2, "2015-11-24"),
        ("Lichtwerk Photonik", "Thüringen", 1, "2023-03"),
    ]
