"""Parameters written into the query as constants (`bind`): same answers as a bound variable."""

from __future__ import annotations

from typing import Any

import pyoxigraph as ox
import pytest

from clustergraph.sparql.query import bind, where_position

EX = "http://example.org/"
PREFIX = f"PREFIX ex: <{EX}>\n"
DATA = f"""
<{EX}a> <{EX}p> <{EX}b> .
<{EX}a> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <{EX}T> .
<{EX}c> <{EX}p> <{EX}b> .
<{EX}b> <{EX}name> "B" .
<{EX}a> <{EX}q> "in g" <{EX}g> .
"""
A = ox.NamedNode(EX + "a")


@pytest.fixture(scope="module")
def store() -> ox.Store:
    st = ox.Store()
    st.load(DATA.encode(), format=ox.RdfFormat.N_QUADS)
    return st


def answer(store: ox.Store, query: str, bindings: dict[str, Any]) -> Any:
    result = store.query(PREFIX + bind(query, bindings), use_default_graph_as_union=True)
    if isinstance(result, ox.QuerySolutions):
        names = [v.value for v in result.variables]
        return sorted(tuple((n, str(s[n]) if s[n] is not None else None) for n in names) for s in result)
    return sorted(str(t) for t in result)


def test_the_value_is_a_constant_of_the_pattern() -> None:
    text = bind("SELECT ?x WHERE { ?o ex:p ?x OPTIONAL { GRAPH ?g { ?o ex:q ?y } } }", {"o": A})
    where = text[where_position(text) :]
    # the VALUES block still binds it; every pattern names the IRI itself
    assert where.count("?o") == 1 and where.count(f"<{EX}a>") == 3


@pytest.mark.parametrize(
    ("query", "bindings", "expected"),
    [
        # the projection keeps the column, SELECT * included
        ("SELECT * WHERE { ?o ex:p ?x }", {"o": A}, [(("o", f"<{EX}a>"), ("x", f"<{EX}b>"))]),
        ("SELECT ?o ?x WHERE { ?o ex:p ?x }", {"o": A}, [(("o", f"<{EX}a>"), ("x", f"<{EX}b>"))]),
        # MINUS shares the variable: a is a T, so nothing is left (a constant there would remove nothing)
        ("SELECT ?x WHERE { ?o ex:p ?x MINUS { ?o a ex:T } }", {"o": A}, []),
        # BOUND takes a variable only
        ("SELECT ?x WHERE { ?o ex:p ?x FILTER(BOUND(?o)) }", {"o": A}, [(("x", f"<{EX}b>"),)]),
        # a sub-SELECT projects and groups by it
        (
            "SELECT ?o ?n WHERE { { SELECT ?o (COUNT(?x) AS ?n) WHERE { ?o ex:p ?x } GROUP BY ?o } }",
            {"o": A},
            [(("o", f"<{EX}a>"), ("n", '"1"^^<http://www.w3.org/2001/XMLSchema#integer>'))],
        ),
        # the query's own inline VALUES and the target of AS stay variables
        ("SELECT ?x WHERE { VALUES ?o { ex:a ex:c } ?o ex:p ?x }", {"o": A}, [(("x", f"<{EX}b>"),)]),
        ("SELECT ?y WHERE { ?o ex:p ?x BIND(?o AS ?y) }", {"o": A}, [(("y", f"<{EX}a>"),)]),
        # in expressions and OPTIONAL groups
        (
            "SELECT ?x ?y WHERE { ?s ex:p ?x FILTER(?s = ?o) OPTIONAL { GRAPH ex:g { ?o ex:q ?y } } }",
            {"o": A},
            [(("x", f"<{EX}b>"), ("y", '"in g"'))],
        ),
        # GRAPH takes an IRI; a literal there stays a variable (no match, no syntax error)
        ("SELECT ?s WHERE { GRAPH ?g { ?s ?p ?v } }", {"g": ox.NamedNode(EX + "g")}, [(("s", f"<{EX}a>"),)]),
        ("SELECT ?s WHERE { GRAPH ?g { ?s ?p ?v } }", {"g": ox.Literal("g")}, []),
        # a hostile literal is one literal
        ("SELECT ?s WHERE { ?s ex:name ?n }", {"n": ox.Literal('B" } ; DELETE WHERE { ?s ?p ?o } #')}, []),
        ("SELECT ?s WHERE { ?s ex:name ?n }", {"n": ox.Literal("B")}, [(("s", f"<{EX}b>"),)]),
    ],
)
def test_same_answer_as_a_bound_variable(
    store: ox.Store, query: str, bindings: dict[str, Any], expected: list[Any]
) -> None:
    assert answer(store, query, bindings) == expected


def test_construct_template_and_ask(store: ox.Store) -> None:
    assert answer(store, "CONSTRUCT { ?o ex:r ?x } WHERE { ?o ex:p ?x }", {"o": A}) == [
        f"<{EX}a> <{EX}r> <{EX}b>"
    ]
    assert bool(store.query(PREFIX + bind("ASK { ?o a ex:T }", {"o": A}))) is True
