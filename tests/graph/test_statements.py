"""The statement shape checked with queries on the store gives the SHACL engine's results."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Graph

from clustergraph.graph import statements
from clustergraph.graph.store import GraphStore
from clustergraph.graph.validate import VALIDATED_GRAPHS, graphs_ntriples, validate_ntriples, validate_store
from clustergraph.model.namespaces import DATA_GRAPH_IRI, PROVENANCE_GRAPH_IRI
from clustergraph.model.ontology import shapes_graph

ST = "https://w3id.org/clustergraph/id/statement/"
CG = "https://w3id.org/clustergraph/ontology#"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
PROV = "http://www.w3.org/ns/prov#"

#: broken statement nodes, each breaking one constraint of the shape (N-Triples terms)
BROKEN = [
    # two records
    (f"<{ST}two-records>", f"<{CG}record>", "<https://w3id.org/clustergraph/id/record/x/1>"),
    (f"<{ST}two-records>", f"<{CG}record>", "<https://w3id.org/clustergraph/id/record/x/2>"),
    # a record that is no cg:SourceRecord (a literal, an untyped IRI)
    (f"<{ST}literal-record>", f"<{CG}record>", '"row 3"'),
    # two subjects, two objects, two predicates, a literal predicate
    (f"<{ST}two-subjects>", f"<{RDF}subject>", "<http://example.org/a>"),
    (f"<{ST}two-subjects>", f"<{RDF}subject>", "<http://example.org/b>"),
    (f"<{ST}two-objects>", f"<{RDF}object>", '"a"'),
    (f"<{ST}two-objects>", f"<{RDF}object>", '"b"'),
    (f"<{ST}two-predicates>", f"<{RDF}predicate>", "<http://example.org/p>"),
    (f"<{ST}two-predicates>", f"<{RDF}predicate>", "<http://example.org/q>"),
    (f"<{ST}literal-predicate>", f"<{RDF}predicate>", '"p"'),
    # pages: a literal, an ftp IRI, a blank node
    (f"<{ST}pages>", f"<{PROV}wasDerivedFrom>", '"https://example.org/page"'),
    (f"<{ST}pages>", f"<{PROV}wasDerivedFrom>", "<ftp://example.org/page>"),
    (f"<{ST}pages>", f"<{PROV}wasDerivedFrom>", "_:page"),
    # a blank statement node
    ("_:statement", f"<{CG}record>", "<https://w3id.org/clustergraph/id/record/x/1>"),
]
# the nodes with one problem only name a good record
GOOD_RECORD = "<https://w3id.org/clustergraph/id/record/people/good>"
FOCUS = ("two-subjects", "two-objects", "two-predicates", "literal-predicate", "pages")


def _key(report) -> set[tuple]:
    focus = lambda r: r.focus_node if r.focus_node.startswith("http") else "(blank)"  # noqa: E731
    value = lambda r: r.value if r.value is None or not r.value.startswith(("_:", "b")) else "(node)"  # noqa: E731
    return {
        (r.severity, focus(r), r.path, r.source_shape, r.constraint, r.message, value(r))
        for r in report.results
    }


def _memory(store_dir: Path) -> ox.Store:
    """The built store's quads in an in-memory store (one a test may change)."""
    store = ox.Store()
    store.bulk_load(
        GraphStore.open(store_dir).store.dump(format=ox.RdfFormat.N_QUADS), format=ox.RdfFormat.N_QUADS
    )
    return store


def _break(store_dir: Path, extra: list[tuple[str, str, str]], graph: str = PROVENANCE_GRAPH_IRI) -> ox.Store:
    gs = _memory(store_dir)
    lines = [f"{s} {p} {o} <{graph}> .\n" for s, p, o in extra]
    lines += [f"<{ST}{name}> <{CG}record> {GOOD_RECORD} <{graph}> .\n" for name in FOCUS]
    lines.append(f"{GOOD_RECORD} <{RDF}type> <{CG}TableRecord> <{PROVENANCE_GRAPH_IRI}> .\n")
    gs.bulk_load("".join(lines).encode(), format=ox.RdfFormat.N_QUADS)
    return gs


def _reference(gs: GraphStore | ox.Store, tmp_path: Path):
    return validate_ntriples(graphs_ntriples(gs, tmp_path / "all.nt"), engine="turbo")


def test_the_project_shape_is_the_one_checked_here() -> None:
    assert statements.shape_is_known(shapes_graph())


def test_a_changed_shape_is_not_taken_for_the_known_one() -> None:
    from rdflib import Literal, URIRef
    from rdflib.namespace import SH

    shapes = shapes_graph()
    for ps in shapes.objects(URIRef(statements.STATEMENT_SHAPE), SH.property):
        if str(shapes.value(ps, SH.path)) == f"{RDF}subject":
            shapes.add((ps, SH.minCount, Literal(1)))
    assert not statements.shape_is_known(shapes)


def test_a_built_graph_gives_the_same_report(graph_copy: Path, tmp_path: Path) -> None:
    gs = GraphStore.open(graph_copy)
    fast, reference = validate_store(gs), _reference(gs, tmp_path)
    assert _key(fast) == _key(reference)
    assert fast.triples_checked == reference.triples_checked


@pytest.mark.parametrize("graph", [PROVENANCE_GRAPH_IRI, DATA_GRAPH_IRI])
def test_broken_statement_nodes_give_the_same_results(graph_copy: Path, tmp_path: Path, graph: str) -> None:
    gs = _break(graph_copy, BROKEN, graph)
    fast, reference = validate_store(gs), _reference(gs, tmp_path)
    assert _key(fast) == _key(reference)
    broken = {r.focus_node for r in fast.results if r.source_shape.startswith("shape:StatementShape")}
    assert len({f for f in broken if f.startswith(ST)}) == 7  # every broken named node found
    constraints = {r.constraint.rsplit("#", 1)[1] for r in fast.results}
    assert {
        "MaxCountConstraintComponent",
        "ClassConstraintComponent",
        "NodeKindConstraintComponent",
        "PatternConstraintComponent",
    } <= constraints


def test_a_fact_stated_in_two_graphs_is_no_violation(graph_copy: Path, tmp_path: Path) -> None:
    """The counts see the triple twice; the exact look-up then finds nothing."""
    gs = _memory(graph_copy)
    [row] = gs.query(
        f"SELECT ?s ?o WHERE {{ GRAPH <{PROVENANCE_GRAPH_IRI}> {{ ?s <{RDF}subject> ?o }} }} LIMIT 1"
    )
    gs.add(ox.Quad(row["s"], ox.NamedNode(f"{RDF}subject"), row["o"], ox.NamedNode(DATA_GRAPH_IRI)))
    fast = validate_store(gs)
    assert _key(fast) == _key(_reference(gs, tmp_path))
    assert fast.conforms


def test_other_triples_leave_out_only_the_checked_properties(graph_copy: Path) -> None:
    gs = GraphStore.open(graph_copy)
    rest = Graph().parse(data=statements.other_triples(gs, VALIDATED_GRAPHS).decode(), format="nt")
    everything = Graph().parse(data=_all(gs), format="nt")
    left_out = everything - rest
    assert len(left_out) > 0 and not rest - everything
    focus = {str(s) for s in everything.subjects(predicate=__import__("rdflib").URIRef(f"{CG}record"))}
    assert {str(p) for p in left_out.predicates()} <= set(statements.PATHS)
    assert {str(s) for s in left_out.subjects()} <= focus


def _all(gs: GraphStore) -> str:
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        return graphs_ntriples(gs, Path(tmp) / "all.nt").read_text()
