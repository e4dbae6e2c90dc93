"""One imported source's facts: what the profile, RDF and endpoint loaders return.

A :class:`SourceBatch` holds the triples taken from one source address, the statements that
describe how they were taken (text extractions: the provenance graph), the description of its
source record (kind, address, title, date) and the reconciliation decisions made on the way.
The build adds batches for the files in ``data/profiles/`` and ``data/rdf/``;
``clustergraph load-profile`` and ``import`` put them into the current graph
(:mod:`clustergraph.graph.sources`). Each fact goes once into the data graph; its statement
node in the provenance graph names the source record (``cg:record``) and the address that
states it (``prov:wasDerivedFrom``): see :mod:`.provenance`.

>>> b = SourceBatch("https://example.org/p", "profile", [("<http://a>", "<http://b>", '"c"')])
>>> b.record
'https://w3id.org/clustergraph/id/source/60f17c814ee3f9b2'
>>> b.nquads("https://w3id.org/clustergraph/id/build/x").count("graph/data>")
1
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from clustergraph.loaders import provenance
from clustergraph.loaders.reconcile import Decision
from clustergraph.loaders.terms import Triple, date_literal, iri, literal
from clustergraph.model.namespaces import DATA_IRI

PROV = "http://www.w3.org/ns/prov#"
DCTERMS = "http://purl.org/dc/terms/"

#: Source kinds and the class of their source records.
KIND_CLASSES = {
    "profile": "ProfileSource",
    "report": "ReportSource",
    "rdf-file": "RdfFileSource",
    "endpoint": "EndpointSource",
}
SOURCE_PREFIX = DATA_IRI + "source/"


def record_of(kind: str, address: str) -> str:
    """The source record (IRI text) of a source of ``kind`` at ``address``.

    ``cgd:source/{sha1(kind + ':' + address)[:16]}``: a profile or RDF file never shares its
    record with the table rows that cite the same page, so replacing or removing it leaves
    those rows alone.

    >>> record_of("profile", "https://example.org/p")
    'https://w3id.org/clustergraph/id/source/60f17c814ee3f9b2'
    """
    return SOURCE_PREFIX + hashlib.sha1(f"{kind}:{address}".encode()).hexdigest()[:16]


def file_address(path: Path | str) -> str:
    """The ``file:`` IRI standing for a local file that was given no address.

    >>> file_address("/data/profiles/a b.txt")
    'file:///data/profiles/a%20b.txt'
    """
    return Path(path).resolve().as_uri()


@dataclass
class SourceBatch:
    """The facts of one source (N-Triples terms), their extraction records, and the source's description."""

    address: str
    kind: str
    triples: list[Triple]
    file: str | None = None
    title: str | None = None
    issued: str | None = None
    decisions: list[Decision] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    #: statements about how the facts were taken (e.g. ``cg:TextExtraction``): provenance graph
    provenance: list[Triple] = field(default_factory=list)

    @property
    def record(self) -> str:
        """The IRI of this source's record (see :func:`record_of`)."""
        return record_of(self.kind, self.address)

    def nquads(self, activity: str) -> str:
        """The facts in the data graph, their statement nodes and the source record (provenance)."""
        record = iri(self.record)
        extra = [(f"<{PROV}wasDerivedFrom>", iri(self.address)), (f"<{PROV}wasGeneratedBy>", iri(activity))]
        if self.title:
            extra.append((f"<{DCTERMS}title>", literal(self.title)))
        if self.issued:
            extra.append((f"<{DCTERMS}issued>", date_literal(self.issued)))
        lines = provenance.record_quads(record, KIND_CLASSES[self.kind], (self.address,), extra=extra)
        seen: set[Triple] = set()
        pages = (self.address,)
        for s, p, o in self.triples:
            if (s, p, o) not in seen:
                seen.add((s, p, o))
                lines += provenance.fact_quads(s, p, o, record, pages)
        g = provenance.PROVENANCE_GRAPH
        lines += [f"{s} {p} {o} {g} .\n" for s, p, o in self.provenance]
        # extraction records go with the source when it is replaced or removed
        lines += [
            f"{x} {provenance.RECORD} {record} {g} .\n" for x in dict.fromkeys(t[0] for t in self.provenance)
        ]
        return "".join(lines)
