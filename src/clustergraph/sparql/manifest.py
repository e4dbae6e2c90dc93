"""The push manifest: a small graph in the store naming the graphs that push wrote there.

Listing a store's graphs (``SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }``) scans every
triple: 29 s at 2,000 graphs on Virtuoso 7 (docs/engines.md). Push never lists; it reads and
keeps this graph instead (milliseconds at any size)::

    GRAPH <https://w3id.org/clustergraph/id/graph/push> {
      <…/graph/push> dcterms:hasPart <…/graph/data>, <…/graph/provenance>, … ;   # the pushed build
                     dcterms:modified "2026-12-05T06:00:00Z"^^xsd:dateTime ;
                     push:state "complete" ;                       # or "in progress"
                     push:staging <urn:clustergraph:staging:…> .   # staging graphs being written
      <…/graph/data> void:triples 19873 .
    }

(``push:`` is ``urn:clustergraph:push:``, terms of this client, not of the ontology.) A push that
is interrupted leaves its staging graphs named here, and the next push drops them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from clustergraph.model.namespaces import DATA_IRI
from clustergraph.sparql.endpoint import Endpoint

MANIFEST_GRAPH = DATA_IRI + "graph/push"
HAS_PART = "http://purl.org/dc/terms/hasPart"
MODIFIED = "http://purl.org/dc/terms/modified"
TRIPLES = "http://rdfs.org/ns/void#triples"
STATE = "urn:clustergraph:push:state"
STAGING = "urn:clustergraph:push:staging"
XSD = "http://www.w3.org/2001/XMLSchema#"


@dataclass
class Manifest:
    """What the manifest graph of a store says (empty when there is none)."""

    graphs: list[str] = field(default_factory=list)
    staging: list[str] = field(default_factory=list)
    state: str = ""
    modified: str = ""
    triples: dict[str, int] = field(default_factory=dict)


def read_manifest(endpoint: Endpoint) -> Manifest:
    """The store's manifest (one query with the manifest graph as the dataset)."""
    result = endpoint.query(
        f"SELECT ?p ?o ?n WHERE {{ <{MANIFEST_GRAPH}> ?p ?o OPTIONAL {{ ?o <{TRIPLES}> ?n }} }}",
        default_graphs=[MANIFEST_GRAPH],
    )
    manifest = Manifest()
    for row in result.rows:
        p, o, n = row.get("p"), row.get("o"), row.get("n")
        if p == HAS_PART and o:
            manifest.graphs.append(str(o))
            if n is not None:
                manifest.triples[str(o)] = int(n)
        elif p == STAGING and o:
            manifest.staging.append(str(o))
        elif p == STATE and o:
            manifest.state = str(o)
        elif p == MODIFIED and o:
            manifest.modified = str(o)
    manifest.graphs.sort()
    manifest.staging.sort()
    return manifest


def manifest_data(graphs: Iterable[str], triples: Mapping[str, int], state: str) -> str:
    """The manifest's triples (for ``INSERT DATA``) naming ``graphs`` in ``state``."""
    now = dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    m = f"<{MANIFEST_GRAPH}>"
    lines = [f'{m} <{MODIFIED}> "{now}"^^<{XSD}dateTime> .', f'{m} <{STATE}> "{state}" .']
    for g in sorted(set(graphs)):
        lines.append(f"{m} <{HAS_PART}> <{g}> .")
        if g in triples:
            lines.append(f'<{g}> <{TRIPLES}> "{triples[g]}"^^<{XSD}integer> .')
    return "\n".join(lines)


def rewrite(graphs: Iterable[str], triples: Mapping[str, int], state: str) -> list[str]:
    """The update operations that replace the manifest (drop it, insert the new one)."""
    return [
        f"DROP SILENT GRAPH <{MANIFEST_GRAPH}>",
        f"INSERT DATA {{ GRAPH <{MANIFEST_GRAPH}> {{\n{manifest_data(graphs, triples, state)}\n}} }}",
    ]


def note_staging(endpoint: Endpoint, staging: Iterable[str], *, add: bool = True) -> None:
    """Add (or, with ``add=False``, remove) staging graphs to the manifest, in one request."""
    names = sorted(staging)
    if not names:
        return
    data = " ".join(f"<{MANIFEST_GRAPH}> <{STAGING}> <{s}> ." for s in names)
    endpoint.update(f"{'INSERT' if add else 'DELETE'} DATA {{ GRAPH <{MANIFEST_GRAPH}> {{ {data} }} }}")
