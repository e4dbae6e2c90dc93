"""One source's facts, ready for its named graph: what the profile, RDF and endpoint loaders return.

A :class:`SourceBatch` holds the triples taken from one source address, the description of
its source graph (kind, address, title, date) and the reconciliation decisions made on the
way. The build adds batches for the files in ``data/profiles/`` and ``data/rdf/``;
``clustergraph load-profile`` and ``import`` put them into the current graph
(:mod:`clustergraph.graph.sources`).

>>> b = SourceBatch("https://example.org/p", "profile", [("<http://a>", "<http://b>", '"c"')])
>>> b.graph
'https://w3id.org/clustergraph/id/source/60f17c814ee3f9b2'
>>> len(b.description("https://w3id.org/clustergraph/id/import/x"))
5
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from clustergraph.loaders.reconcile import Decision
from clustergraph.loaders.tabular import source_graph_iri
from clustergraph.loaders.terms import Triple, date_literal, iri, literal
from clustergraph.model.namespaces import CG_IRI

PROV = "http://www.w3.org/ns/prov#"
DCTERMS = "http://purl.org/dc/terms/"
RDF_TYPE = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"

#: Source kinds and the class of their source graphs (tables' graphs are plain cg:SourceGraph).
KIND_CLASSES = {
    "profile": "ProfileSourceGraph",
    "rdf-file": "RdfFileSourceGraph",
    "endpoint": "EndpointSourceGraph",
}


def graph_of(kind: str, address: str) -> str:
    """The named graph of a source of ``kind`` at ``address``.

    ``cgd:source/{sha1(kind + ':' + address)[:16]}``: a profile or RDF file never shares its
    graph with the table rows that cite the same page, so replacing or removing it leaves
    those rows alone (table sources use ``sha1(address)``, see ``source_graph_iri``).

    >>> graph_of("profile", "https://example.org/p")
    'https://w3id.org/clustergraph/id/source/60f17c814ee3f9b2'
    """
    return source_graph_iri(f"{kind}:{address}")


def file_address(path: Path | str) -> str:
    """The ``file:`` IRI standing for a local file that was given no address.

    >>> file_address("/data/profiles/a b.txt")
    'file:///data/profiles/a%20b.txt'
    """
    return Path(path).resolve().as_uri()


@dataclass
class SourceBatch:
    """The facts of one source (N-Triples terms) and how its source graph is described."""

    address: str
    kind: str
    triples: list[Triple]
    file: str | None = None
    title: str | None = None
    issued: str | None = None
    decisions: list[Decision] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def graph(self) -> str:
        """The IRI of this source's named graph (see :func:`graph_of`)."""
        return graph_of(self.kind, self.address)

    def description(self, activity: str) -> list[Triple]:
        """Triples for the build graph: the source graph's kind, address, title, date, activity."""
        g = iri(self.graph)
        out = [
            (g, RDF_TYPE, iri(CG_IRI + "SourceGraph")),
            (g, RDF_TYPE, iri(CG_IRI + KIND_CLASSES[self.kind])),
            (g, RDF_TYPE, iri(PROV + "Entity")),
            (g, iri(PROV + "wasDerivedFrom"), iri(self.address)),
            (g, iri(PROV + "wasGeneratedBy"), iri(activity)),
        ]
        if self.title:
            out.append((g, iri(DCTERMS + "title"), literal(self.title)))
        if self.issued:
            out.append((g, iri(DCTERMS + "issued"), date_literal(self.issued)))
        return out

    def nquads(self) -> str:
        """The facts as N-Quads in this source's graph."""
        g = iri(self.graph)
        return "".join(f"{s} {p} {o} {g} .\n" for s, p, o in self.triples)
