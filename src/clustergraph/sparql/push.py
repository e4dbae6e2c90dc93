"""Push the build to any SPARQL 1.1 store, replacing the target graphs atomically.

Push (:func:`push`) replaces the target graph(s):

1. each graph is uploaded into a *staging* graph ``urn:clustergraph:staging:{token}:{n}``
   (Graph Store Protocol ``PUT``, or ``INSERT DATA`` where the store has only SPARQL Update);
2. ONE SPARQL Update request then drops the stale target graphs and ``MOVE``\\s every staging
   graph onto its target. SPARQL 1.1 Update asks stores to run one request atomically
   (Oxigraph does: one request is one transaction), so readers see the old graphs or the new
   ones, never a mix.

A push that fails before step 2 leaves the targets as they were; it removes its staging graphs
if the store still answers, and the next push removes staging graphs left by an interrupted one.
While step 1 runs, a store that queries the union of its graphs also sees the staging graphs.
"""

from __future__ import annotations

import contextlib
import re
import time
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from clustergraph.errors import EndpointError, EndpointHTTPError, EndpointTimeout, EndpointUnreachable
from clustergraph.model.namespaces import DATA_IRI, ONTOLOGY_IRI
from clustergraph.sparql.endpoint import STAGING_PREFIX, Endpoint
from clustergraph.sparql.outcome import after_lost_answer

# --------------------------------------------------------------------------- push


@dataclass
class PushReport:
    """What a push did: the graphs written, how many statements, which protocol, how long."""

    endpoint: str
    graphs: list[str]
    statements: int
    protocol: str
    dropped: list[str]
    seconds: float
    notes: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "endpoint": self.endpoint,
            "graphs": len(self.graphs),
            "statements": self.statements,
            "protocol": self.protocol,
            "dropped": self.dropped,
            "seconds": round(self.seconds, 3),
            "notes": self.notes,
        }


def ours(graph: str) -> bool:
    """Whether a graph IRI is one clustergraph writes (its sources, build, ontology)."""
    return graph.startswith(DATA_IRI) or graph == ONTOLOGY_IRI


#: The key of the default graph (the deduplicated union of the build's graphs) among the graphs sent.
DEFAULT = ""


def _graphs_to_send(location: Path | str, graph: str | None) -> dict[str, list[ox.Triple]]:
    from clustergraph.graph.store import GraphStore

    gs = GraphStore.open(location)
    if graph is not None:
        return {graph: list(gs.query("CONSTRUCT WHERE { ?s ?p ?o }"))}
    out: dict[str, list[ox.Triple]] = {}
    for quad in gs.quads():
        name = quad.graph_name.value if isinstance(quad.graph_name, ox.NamedNode) else DEFAULT
        out.setdefault(name, []).append(quad.triple)
    return out


def remote_graphs(endpoint: Endpoint) -> list[str]:
    """The named graphs the endpoint holds."""
    rows = endpoint.query("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }").rows
    return sorted(r["g"] for r in rows if r["g"])


def _insert_data_requests(staging: str, triples: list[ox.Triple], chunk: int = 20000) -> Iterable[str]:
    for i in range(0, len(triples), chunk):
        body = ox.serialize(triples[i : i + chunk], format=ox.RdfFormat.N_TRIPLES).decode("utf-8")
        yield f"INSERT DATA {{ GRAPH <{staging}> {{\n{body}}} }}"


def push(
    location: Path | str,
    endpoint: Endpoint,
    *,
    graph: str | None = None,
    protocol: str = "auto",
    progress: Callable[[str, int, int], None] | None = None,
) -> PushReport:
    """Upload the current build of ``location`` to ``endpoint``, replacing the target atomically.

    Without ``graph``, every named graph of the build (one per source, plus the build and
    ontology graphs) replaces the graph of the same name, the build's default graph (the
    deduplicated union the queries use) replaces the store's default graph, and clustergraph
    graphs the new build no longer has are dropped; other named graphs are left alone. With ``graph``,
    the union of the build replaces that one graph. ``protocol`` is ``gsp`` (Graph Store
    Protocol), ``update`` (SPARQL Update only) or ``auto`` (GSP where the endpoint has a store
    URL that accepts it). ``progress(graph, done, total)`` is called after each upload.
    """
    if protocol not in ("auto", "gsp", "update"):
        raise EndpointError(f"unknown push protocol {protocol!r}; expected auto, gsp or update")
    if graph is not None:
        check_graph_iri(graph)
    if not endpoint.update_url:
        raise EndpointError(f"{endpoint.query_url} has no update URL; give one with --update-url")
    started = time.perf_counter()
    graphs = _graphs_to_send(location, graph)
    existing = remote_graphs(endpoint)
    leftovers = [g for g in existing if g.startswith(STAGING_PREFIX)]
    if leftovers:  # staging graphs of an interrupted push
        endpoint.update(" ;\n".join(f"DROP SILENT GRAPH <{g}>" for g in leftovers))
    use = protocol
    if use == "auto":
        use = "gsp" if endpoint.store_url else "update"
    token = uuid.uuid4().hex[:12]
    staged: list[tuple[str, str]] = []
    lost: EndpointError | None = None
    total = len(graphs)
    try:
        for n, (target, triples) in enumerate(sorted(graphs.items())):
            staging = f"{STAGING_PREFIX}{token}:{n}"
            staged.append((staging, target))
            if use == "gsp":
                data = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES)
                try:
                    endpoint.put_graph(staging, data)
                except EndpointHTTPError as exc:
                    if protocol != "auto" or n > 0 or exc.status not in (404, 405, 501):
                        raise
                    use = "update"  # no Graph Store here: SPARQL Update only
            if use == "update":
                for request in _insert_data_requests(staging, triples):
                    endpoint.update(request)
            if progress:
                progress(target, n + 1, total)
        targets = set(graphs)
        stale = [] if graph is not None else [g for g in existing if ours(g) and g not in targets]
        operations = [f"DROP SILENT GRAPH <{g}>" for g in stale]
        operations += [f"MOVE GRAPH <{s}> TO {'DEFAULT' if t == DEFAULT else f'<{t}>'}" for s, t in staged]
        try:
            endpoint.update(" ;\n".join(operations))
        except (EndpointTimeout, EndpointUnreachable) as exc:
            lost = exc  # no answer to the final request: whether it was applied is checked below
    except BaseException as exc:
        with contextlib.suppress(EndpointError):
            if staged:
                endpoint.update(" ;\n".join(f"DROP SILENT GRAPH <{s}>" for s, _t in staged))
        if isinstance(exc, EndpointError):
            raise type(exc)(
                *(f"push failed, the store keeps its previous data: {exc}", *_extra(exc))
            ) from None
        raise
    return PushReport(
        endpoint=endpoint.update_url or endpoint.query_url,
        graphs=sorted(graphs),
        statements=sum(len(t) for t in graphs.values()),
        protocol=use,
        dropped=stale,
        seconds=time.perf_counter() - started,
        notes=[after_lost_answer(endpoint, staged, lost)] if lost is not None else [],
    )


def _extra(exc: EndpointError) -> tuple[Any, ...]:
    return (exc.status, exc.detail) if isinstance(exc, EndpointHTTPError) else ()


def check_graph_iri(iri: str) -> str:
    """``iri`` if it is an absolute IRI usable as a graph name; an :class:`EndpointError` otherwise."""
    if not re.fullmatch(r"[A-Za-z][A-Za-z0-9+.-]*:[^\s<>\"{}|^`\\]+", iri) or iri.startswith(STAGING_PREFIX):
        raise EndpointError(
            f"bad graph IRI {iri!r}: expected an absolute IRI such as https://example.org/graph"
        )
    return iri
