"""Facts and their provenance as N-Quads: the data graph and the provenance graph.

Every fact goes once into the data graph. Beside it, in the provenance graph, one *statement
node* per fact and record (RDF 1.1 reification: ``rdf:subject``, ``rdf:predicate``,
``rdf:object``) says where the fact was read (``cg:record``: a row of a data table, or an
imported source) and which pages state it (``prov:wasDerivedFrom``, fact-level). A record lists
all its pages with ``cg:recordSource`` (record-level: "a source of the record, not checked for
this fact"). No fact is repeated in any graph, so a store that queries the union of all graphs
counts each fact once; a fact read from two records has two statement nodes.

Which pages state ``S P O`` (any SPARQL 1.1 engine)::

    SELECT DISTINCT ?source
    FROM NAMED <https://w3id.org/clustergraph/id/graph/provenance>
    WHERE { GRAPH <https://w3id.org/clustergraph/id/graph/provenance> {
      ?st rdf:subject S ; rdf:predicate P ; rdf:object O ; prov:wasDerivedFrom ?source } }

>>> lines = fact_quads("<http://a>", "<http://b>", '"c"', "<http://r>", ("https://example.org/p",))
>>> lines[0]
'<http://a> <http://b> "c" <https://w3id.org/clustergraph/id/graph/data> .\\n'
>>> len(lines)
6
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping

from clustergraph.loaders.terms import XSD_INTEGER, iri, literal
from clustergraph.model.namespaces import CG_IRI, DATA_GRAPH_IRI, DATA_IRI, PROVENANCE_GRAPH_IRI

RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
PROV = "http://www.w3.org/ns/prov#"
FOAF = "http://xmlns.com/foaf/0.1/"
DCTERMS = "http://purl.org/dc/terms/"

DATA_GRAPH = iri(DATA_GRAPH_IRI)
PROVENANCE_GRAPH = iri(PROVENANCE_GRAPH_IRI)
A = iri(RDF + "type")
SUBJECT = iri(RDF + "subject")
PREDICATE = iri(RDF + "predicate")
OBJECT = iri(RDF + "object")
DERIVED = iri(PROV + "wasDerivedFrom")
RECORD = iri(CG_IRI + "record")
RECORD_SOURCE = iri(CG_IRI + "recordSource")

STATEMENT_PREFIX = DATA_IRI + "statement/"
RECORD_PREFIX = DATA_IRI + "record/"


def statement_iri(s: str, p: str, o: str, record: str) -> str:
    """The statement node (IRI term) of fact ``s p o`` read from ``record`` (all N-Triples terms).

    >>> statement_iri("<http://a>", "<http://b>", '"c"', "<http://r>")
    '<https://w3id.org/clustergraph/id/statement/c98e1b91d4a46543>'
    """
    key = f"{s} {p} {o} {record}".encode()
    return f"<{STATEMENT_PREFIX}{hashlib.blake2b(key, digest_size=8).hexdigest()}>"


def record_iri(table: str, key: str) -> str:
    """The record (IRI term) of a row of a data table, from the row's stable key.

    >>> record_iri("organisations", "optonet")
    '<https://w3id.org/clustergraph/id/record/organisations/optonet>'
    """
    return iri(f"{RECORD_PREFIX}{table}/{key}")


def fact_quads(s: str, p: str, o: str, record: str, pages: Iterable[str]) -> list[str]:
    """The fact in the data graph and its statement node in the provenance graph.

    ``pages`` are the addresses that state the fact (fact-level sources; may be empty).
    """
    st = statement_iri(s, p, o, record)
    g = PROVENANCE_GRAPH
    out = [
        f"{s} {p} {o} {DATA_GRAPH} .\n",
        f"{st} {SUBJECT} {s} {g} .\n",
        f"{st} {PREDICATE} {p} {g} .\n",
        f"{st} {OBJECT} {o} {g} .\n",
        f"{st} {RECORD} {record} {g} .\n",
    ]
    out += [f"{st} {DERIVED} <{page}> {g} .\n" for page in pages]
    return out


def record_quads(
    record: str,
    cls: str,
    pages: Iterable[str],
    *,
    file: str | None = None,
    line: int | None = None,
    extra: Iterable[tuple[str, str]] = (),
) -> list[str]:
    """A record's description in the provenance graph: its class, all its pages, where it was read.

    ``cls`` is a ``cg:`` class name (``TableRecord``, ``ProfileSource``, ...); ``extra`` more
    (predicate, object) pairs as N-Triples terms.
    """
    g = PROVENANCE_GRAPH
    out = [f"{record} {A} <{CG_IRI}{cls}> {g} .\n"]
    out += [f"{record} {RECORD_SOURCE} <{page}> {g} .\n" for page in pages]
    if file is not None:
        out.append(f"{record} <{CG_IRI}dataFile> {literal(file)} {g} .\n")
    if line is not None:
        out.append(f"{record} <{CG_IRI}lineNumber> {literal(str(line), XSD_INTEGER)} {g} .\n")
    out += [f"{record} {p} {o} {g} .\n" for p, o in extra]
    return out


def page_quads(url: str, entry: Mapping[str, str] | None = None) -> list[str]:
    """A source page's description in the provenance graph (from its ``sources.csv`` row)."""
    g = PROVENANCE_GRAPH
    s = iri(url)
    out = [f"{s} {A} <{FOAF}Document> {g} .\n", f"{s} {A} <{PROV}Entity> {g} .\n"]
    for column, prop in (
        ("id", CG_IRI + "sourceId"),
        ("title", DCTERMS + "title"),
        ("publisher", CG_IRI + "publisherName"),
        ("taken", CG_IRI + "contentTaken"),
    ):
        value = (entry or {}).get(column)
        if value:
            out.append(f"{s} <{prop}> {literal(value)} {g} .\n")
    return out
