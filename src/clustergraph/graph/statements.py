"""The statement-node shape checked with a few queries on the store instead of a SHACL engine.

A built graph has one statement node per fact (:mod:`clustergraph.loaders.provenance`): at a
million triples they are most of what a validation reads, and a SHACL engine checks each node's
five properties one by one. ``cgsh:StatementShape`` is simple (counts, node kinds, a class, a
pattern), so :func:`check_statements` finds its violations with aggregate queries on the store,
and :func:`other_triples` gives the validated graphs without the statement nodes' five
properties, for the SHACL engine to check everything else. Together they give the same results
as the SHACL engine on the whole graph (same focus nodes, shapes, constraints, paths, values
and messages; ``tests/graph/test_statements.py`` compares them on broken statement nodes).

The fast path is taken only while the shape in the shapes graph is the one written here
(:func:`shape_is_known`): a changed shape falls back to the SHACL engine on everything.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from rdflib import BNode, Graph, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import SH

CGSH = "https://w3id.org/clustergraph/shapes#"
CG = "https://w3id.org/clustergraph/ontology#"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
PROV = "http://www.w3.org/ns/prov#"
SHACL = "http://www.w3.org/ns/shacl#"

STATEMENT_SHAPE = CGSH + "StatementShape"
RECORD = CG + "record"
DERIVED = PROV + "wasDerivedFrom"
#: the properties of a statement node that the shape checks (and that the engine then skips)
PATHS = (RECORD, RDF + "subject", RDF + "predicate", RDF + "object", DERIVED)
PAGE_PATTERN = re.compile("^(https?://|file:/)")

#: The shape this module implements (ontology/shapes/violations-provenance.ttl), messages aside.
KNOWN_SHAPE = f"""
@prefix sh: <{SHACL}> . @prefix cg: <{CG}> . @prefix rdf: <{RDF}> . @prefix prov: <{PROV}> .
<{STATEMENT_SHAPE}> a sh:NodeShape ; sh:targetSubjectsOf cg:record ; sh:severity sh:Violation ;
    sh:nodeKind sh:IRI ;
    sh:property [ sh:path cg:record ; sh:minCount 1 ; sh:maxCount 1 ; sh:class cg:SourceRecord ] ,
        [ sh:path rdf:subject ; sh:maxCount 1 ] ,
        [ sh:path rdf:predicate ; sh:maxCount 1 ; sh:nodeKind sh:IRI ] ,
        [ sh:path rdf:object ; sh:maxCount 1 ] ,
        [ sh:path prov:wasDerivedFrom ; sh:nodeKind sh:IRI ; sh:pattern "^(https?://|file:/)" ] .
"""


def _shape_triples(shapes: Graph) -> Graph:
    """The statement shape and its property shapes, without the messages."""
    out = Graph()
    todo = [URIRef(STATEMENT_SHAPE)]
    while todo:
        node = todo.pop()
        for p, o in shapes.predicate_objects(node):
            if p == SH.message:
                continue
            out.add((node, p, o))
            if isinstance(o, BNode):
                todo.append(o)
    return out


def shape_is_known(shapes: Graph) -> bool:
    """Whether the shapes graph holds exactly the statement shape this module checks, and no
    other shape reads the statement nodes' properties (no other target of ``cg:record``)."""
    others = set(shapes.subjects(SH.targetSubjectsOf, URIRef(RECORD))) - {URIRef(STATEMENT_SHAPE)}
    return not others and isomorphic(_shape_triples(shapes), Graph().parse(data=KNOWN_SHAPE, format="turtle"))


def _graphs(graphs: tuple[str, ...]) -> str:
    return " ".join(f"<{g}>" for g in graphs)


def other_triples(store: Any, graphs: tuple[str, ...]) -> bytes:
    """The merge of ``graphs`` as N-Triples, less the five checked properties of statement nodes.

    Per graph: every triple of another property, then those of the five whose subject is no
    statement node (has no ``cg:record`` in any of ``graphs``): a dated relation's
    ``rdf:subject``, an imported source's ``prov:wasDerivedFrom``. That second part is skipped
    for a graph in which every subject with one of the five properties has a ``cg:record``
    (two counts: the provenance graph of a build).
    """
    import pyoxigraph as ox

    inner = getattr(store, "store", store)
    paths = " ".join(f"<{p}>" for p in PATHS)
    record = f"<{RECORD}>"
    chunks = []
    for g in graphs:
        query = (
            f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{g}> {{ ?s ?p ?o "
            f"FILTER(?p NOT IN ({paths.replace(' ', ', ')})) }} }}"
        )
        chunks.append(inner.query(query).serialize(format=ox.RdfFormat.N_TRIPLES) or b"")
        counts = next(
            iter(
                inner.query(
                    f"SELECT (COUNT(DISTINCT ?s) AS ?all) (COUNT(DISTINCT ?st) AS ?statements) WHERE {{ "
                    f"GRAPH <{g}> {{ {{ VALUES ?p {{ {paths} }} ?s ?p ?o }} UNION {{ ?st {record} [] }} }} }}"
                )
            )
        )
        if counts["all"] == counts["statements"] and counts["statements"].value != "0":
            continue  # only statement nodes have the five properties here
        query = (
            f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{g}> {{ VALUES ?p {{ {paths} }} ?s ?p ?o }} "
            f"MINUS {{ VALUES ?g {{ {_graphs(graphs)} }} GRAPH ?g {{ ?s {record} [] }} }} }}"
        )
        chunks.append(inner.query(query).serialize(format=ox.RdfFormat.N_TRIPLES) or b"")
    return b"".join(chunks)


@dataclass(frozen=True)
class Violation:
    """One violation of the statement shape: focus node, (property) shape node, constraint
    component, path and value as the report shows them."""

    focus: str
    shape: Any
    constraint: str
    path: str | None
    value: str | None


def _property_shapes(shapes: Graph) -> dict[str, Any]:
    """path IRI → the (blank) property shape of the statement shape with that path."""
    return {str(shapes.value(ps, SH.path)): ps for ps in shapes.objects(URIRef(STATEMENT_SHAPE), SH.property)}


def check_statements(store: Any, graphs: tuple[str, ...], shapes: Graph) -> list[Violation]:
    """The statement shape's violations on the merge of ``graphs``.

    Each constraint is first checked with a count or a scan of one property (no join); only
    when that finds something are the nodes concerned looked up.
    """
    import pyoxigraph as ox

    inner = getattr(store, "store", store)
    within = f"VALUES ?g {{ {_graphs(graphs)} }}"
    merged = " ".join(f"FROM <{g}>" for g in graphs)  # the merge: exact, slower (joins)
    props = _property_shapes(shapes)
    r = f"<{RECORD}>"

    def select(where: str, variables: str = "*", tail: str = "") -> list[Any]:
        return list(inner.query(f"SELECT {variables} {merged} WHERE {{ {where} }} {tail}"))

    def scan(pattern: str, variables: str) -> list[Any]:
        return list(inner.query(f"SELECT {variables} WHERE {{ {within} GRAPH ?g {{ {pattern} }} }}"))

    def shown(node: Any) -> str:
        return node.value if isinstance(node, (ox.NamedNode, ox.Literal)) else "(node)"

    results: list[Violation] = []

    def add(focus: Any, path: str | None, constraint: str, value: Any = None) -> None:
        shape = props[path] if path else URIRef(STATEMENT_SHAPE)
        results.append(
            Violation(focus.value, shape, SHACL + constraint, path, None if value is None else shown(value))
        )

    if scan(f"?s {r} [] FILTER(!isIRI(?s))", "?s"):
        for row in select(f"?s {r} [] FILTER(!isIRI(?s))", "DISTINCT ?s"):
            add(row["s"], None, "NodeKindConstraintComponent", row["s"])
    for path in (RECORD, RDF + "subject", RDF + "predicate", RDF + "object"):
        # no subject with two statements of the property: nothing to look up (a triple in two
        # graphs counts twice here, and is then looked up exactly)
        [counts] = scan(f"?s <{path}> ?v", "(COUNT(*) AS ?n) (COUNT(DISTINCT ?s) AS ?d)")
        if counts["n"] == counts["d"]:
            continue
        tail = "GROUP BY ?s HAVING (COUNT(DISTINCT ?v) > 1)"
        for row in select(f"?s {r} [] ; <{path}> ?v", "?s", tail):
            add(row["s"], path, "MaxCountConstraintComponent")
    # the records: each value of cg:record an instance of cg:SourceRecord (subclasses included)
    records = {row["v"] for row in scan(f"?s {r} ?v", "DISTINCT ?v")}
    good = {row["v"] for row in select(f"?v a/<{RDFS}subClassOf>* <{CG}SourceRecord>", "DISTINCT ?v")}
    for bad in sorted(records - good, key=str):
        for row in _with_value(select, f"?s {r} ?v", bad):
            add(row["s"], RECORD, "ClassConstraintComponent", row["v"])
    if scan(f"?s <{RDF}predicate> ?v FILTER(!isIRI(?v))", "?s"):
        for row in select(f"?s {r} [] ; <{RDF}predicate> ?v FILTER(!isIRI(?v))", "DISTINCT ?s ?v"):
            add(row["s"], RDF + "predicate", "NodeKindConstraintComponent", row["v"])
    # the pages: few distinct values, checked here, then the nodes citing a bad one
    pages = {row["v"] for row in scan(f"?s <{DERIVED}> ?v", "DISTINCT ?v")}
    for page in sorted(pages, key=str):
        not_iri = not isinstance(page, ox.NamedNode)
        bad_pattern = isinstance(page, ox.BlankNode) or not PAGE_PATTERN.search(page.value)
        if not (not_iri or bad_pattern):
            continue
        for row in _with_value(select, f"?s {r} [] ; <{DERIVED}> ?v", page):
            if not_iri:
                add(row["s"], DERIVED, "NodeKindConstraintComponent", row["v"])
            if bad_pattern:
                add(row["s"], DERIVED, "PatternConstraintComponent", row["v"])
    return results


def _with_value(select: Any, where: str, value: Any) -> list[Any]:
    """The distinct ``?s ?v`` rows of ``where`` whose ``?v`` is ``value`` (a blank node too)."""
    import pyoxigraph as ox

    if isinstance(value, ox.BlankNode):  # a blank node cannot be named in a query
        return [row for row in select(f"{where} FILTER(isBlank(?v))", "DISTINCT ?s ?v") if row["v"] == value]
    return select(f"{where} FILTER(sameTerm(?v, {value}))", "DISTINCT ?s ?v")
