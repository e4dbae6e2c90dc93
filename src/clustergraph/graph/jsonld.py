"""Compacted JSON-LD with the project's ``@context``, written as a stream.

The export writes one JSON-LD document: the context of :mod:`clustergraph.model.context`
inline (so it works offline), then a top-level ``@graph`` with one object per named graph
(``{"@id": "cgd:graph/data", "@graph": [...]}``), each holding one node object per subject. A
node's keys are the context's terms (``prefLabel``, ``region``) or compact IRIs (``cg:…``,
``dcterms:…``); classes go to ``@type``; a value is written short where the term's coercion
fits it (an IRI under an object property, a literal of the property's datatype, a plain
string) and as a value object otherwise, so every quad comes back unchanged from any JSON-LD
1.1 processor (the tests read exports back with pyoxigraph and rdflib).

Quads must come grouped by graph and subject (as the store's per-graph scans give them): a
subject met again after others gets a second node object, which processors merge.
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Iterable, Iterator
from functools import cache
from typing import IO, Any

import pyoxigraph as ox

from clustergraph.errors import ClusterGraphError
from clustergraph.model.context import compact_iri, jsonld_context

RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


@cache
def _terms() -> tuple[dict[str, tuple[str, str | None]], dict[str, str], frozenset[str]]:
    """From the context: property IRI → (term, coercion); class IRI → term; every name it defines."""
    ctx = jsonld_context()["@context"]

    def expand(value: str) -> str:
        prefix, sep, local = value.partition(":")
        return ctx[prefix] + local if sep and isinstance(ctx.get(prefix), str) else value

    props: dict[str, tuple[str, str | None]] = {}
    classes: dict[str, str] = {}
    for name, definition in ctx.items():
        if isinstance(definition, dict):
            coercion = definition.get("@type")
            props[expand(definition["@id"])] = (name, coercion if coercion == "@id" else expand(coercion))
        elif ":" in definition and not definition.endswith(("/", "#")):
            iri = expand(definition)
            props[iri] = (name, None)
            classes[iri] = name
    return props, classes, frozenset(ctx)


def _iri(value: str) -> str:
    """An IRI as the document writes it (compact where a prefix fits); refuses an IRI a processor
    would misread (its scheme is a name the context defines, such as ``geo:52.5,13.4``)."""
    compact = compact_iri(value)
    if compact == value and value.partition(":")[0] in _terms()[2]:
        raise ClusterGraphError(
            f"<{value}> cannot be written in JSON-LD with the project's context (its scheme is a "
            "prefix there); export it as N-Quads or TriG"
        )
    return compact


def _vocab(value: str) -> str:
    """An IRI in a vocabulary position (a key, a class, a datatype): its term, else compact."""
    return _terms()[1].get(value) or _iri(value)


def _node_id(term: ox.NamedNode | ox.BlankNode) -> str:
    return f"_:{term.value}" if isinstance(term, ox.BlankNode) else _iri(term.value)


def _value(o: Any, coercion: str | None) -> Any:
    if isinstance(o, (ox.NamedNode, ox.BlankNode)):
        ref = _node_id(o)
        return ref if coercion == "@id" else {"@id": ref}
    if not isinstance(o, ox.Literal):
        raise ClusterGraphError(f"{o} cannot be written in JSON-LD (RDF-star terms are not supported)")
    if o.language:
        return {"@value": o.value, "@language": o.language}
    datatype = o.datatype.value
    if datatype == XSD_STRING:
        return o.value if coercion is None else {"@value": o.value}
    if datatype == coercion:
        return o.value
    return {"@value": o.value, "@type": _vocab(datatype)}


def node_object(subject: Any, quads: Iterable[ox.Quad]) -> dict[str, Any]:
    """The node object of ``subject`` with the quads' predicates and objects."""
    props, _classes, _names = _terms()
    node: dict[str, Any] = {"@id": _node_id(subject)}
    for q in quads:
        p, o = q.predicate.value, q.object
        if p == RDF_TYPE and isinstance(o, ox.NamedNode):
            key, value = "@type", _vocab(o.value)
        else:
            key, coercion = props.get(p) or (_iri(p), None)
            value = _value(o, coercion)
        if key in node:
            current = node[key]
            node[key] = [*current, value] if isinstance(current, list) else [current, value]
        else:
            node[key] = value
    return node


def _nodes(quads: Iterable[ox.Quad]) -> Iterator[dict[str, Any]]:
    for subject, group in itertools.groupby(quads, key=lambda q: q.subject):
        yield node_object(subject, group)


def write_jsonld(
    graphs: Iterable[tuple[ox.NamedNode | ox.DefaultGraph, Iterable[ox.Quad]]], out: IO[bytes]
) -> None:
    """Write ``graphs`` (each a graph name and its quads, grouped by subject) as one document."""
    context = json.dumps(jsonld_context()["@context"], indent=2, ensure_ascii=False)
    out.write(b'{\n"@context": ' + context.encode("utf-8") + b',\n"@graph": [')
    first = True

    def put(text: str) -> None:
        nonlocal first
        out.write((("\n" if first else ",\n") + text).encode("utf-8"))
        first = False

    for name, quads in graphs:
        if isinstance(name, ox.DefaultGraph):
            for node in _nodes(quads):
                put(json.dumps(node, ensure_ascii=False))
            continue
        nodes = _nodes(quads)
        head = next(nodes, None)
        if head is None:
            continue
        put('{"@id": ' + json.dumps(_node_id(name), ensure_ascii=False) + ', "@graph": [')
        out.write(("\n  " + json.dumps(head, ensure_ascii=False)).encode("utf-8"))
        for node in nodes:
            out.write((",\n  " + json.dumps(node, ensure_ascii=False)).encode("utf-8"))
        out.write(b"\n]}")
    out.write(b"\n]}\n")
