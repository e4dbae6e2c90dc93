"""Push the build to any SPARQL 1.1 store: its named graphs, each fact once plus its provenance.

A build holds four named graphs and nothing in the default graph: the facts once
(``…/graph/data``), their provenance (``…/graph/provenance``), the ontology and the build's own
description (``…/graph/build``). :func:`push` replaces those graphs in the store, drops the ones an
earlier push wrote that the build no longer has, and leaves every other graph alone. It never
lists the store's graphs (slow on Virtuoso); it keeps a manifest graph naming what it wrote
(:mod:`.manifest`). Requests are split to sizes the store accepts (:mod:`.upload`), credentials go
as the server asks (Digest or Basic: :mod:`.auth`). Two ways to replace the graphs:

- **staged** (atomic; every store but Virtuoso): each graph is written into a staging graph
  ``urn:clustergraph:staging:{token}:{n}`` named in the manifest first; then ONE update request
  drops the stale graphs, ``MOVE``\\s every staging graph onto its target and rewrites the
  manifest. Oxigraph runs one request as one transaction: readers see the old build or the new one.
  A push that fails before that leaves the targets as they were; one that is killed leaves its
  staging graphs, and the next push drops them.
- **in place** (Virtuoso 7): Virtuoso's ``MOVE`` of 100,000 triples runs into its transaction
  timeout (``SR171``) and one request is not atomic there anyway (docs/engines.md). So each
  target is dropped and written directly (``DROP SILENT``, then Graph Store ``POST``\\s into the
  empty graph: never a ``PUT`` over a large graph, which wedges Virtuoso). The manifest says
  ``in progress`` until the end; a push that fails says which graphs hold what. Readers see each
  graph empty, then growing, while it is written.

Either way push counts each graph in the store afterwards and says so when the counts differ.
"""

from __future__ import annotations

import contextlib
import re
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from clustergraph.errors import EndpointError, EndpointHTTPError, EndpointTimeout, EndpointUnreachable
from clustergraph.model.namespaces import DATA_IRI, ONTOLOGY_IRI
from clustergraph.sparql import manifest as mf
from clustergraph.sparql.endpoint import STAGING_PREFIX, Endpoint
from clustergraph.sparql.outcome import after_lost_answer, present
from clustergraph.sparql.upload import Uploader

MODES = ("auto", "staged", "in-place")


@dataclass
class Listing:
    """What the manifest names after this push: the graphs and their sizes."""

    graphs: list[str]
    triples: dict[str, int]


@dataclass
class PushReport:
    """What a push did: the graphs written, how many statements, how, how long."""

    endpoint: str
    graphs: list[str]
    statements: int
    protocol: str
    dropped: list[str]
    seconds: float
    notes: list[str] = field(default_factory=list)
    mode: str = "staged"
    requests: int = 0
    splits: int = 0
    cleaned: list[str] = field(default_factory=list)
    verified: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {
            "endpoint": self.endpoint,
            "graphs": len(self.graphs),
            "statements": self.statements,
            "protocol": self.protocol,
            "mode": self.mode,
            "requests": self.requests,
            "splits": self.splits,
            "dropped": self.dropped,
            "cleaned": self.cleaned,
            "verified": self.verified,
            "seconds": round(self.seconds, 3),
            "notes": self.notes,
        }


def ours(graph: str) -> bool:
    """Whether a graph IRI is one clustergraph writes (its data, provenance, build, ontology)."""
    return graph.startswith(DATA_IRI) or graph == ONTOLOGY_IRI


def _graphs_to_send(location: Path | str, graph: str | None) -> dict[str, list[ox.Triple]]:
    from clustergraph.graph.store import GraphStore

    gs = GraphStore.open(location)
    if graph is not None:
        return {graph: list(dict.fromkeys(gs.query("CONSTRUCT WHERE { ?s ?p ?o }")))}
    out: dict[str, list[ox.Triple]] = {}
    unnamed = 0
    for quad in gs.quads():
        if isinstance(quad.graph_name, ox.NamedNode):
            out.setdefault(quad.graph_name.value, []).append(quad.triple)
        else:
            unnamed += 1
    if unnamed:
        raise EndpointError(
            f"the build at {location} has {unnamed:,} statements in its default graph (an older layout); "
            "build it again with this version, or push it into one graph with --graph IRI"
        )
    return out


def remote_graphs(endpoint: Endpoint) -> list[str]:
    """Every named graph the endpoint holds. Slow on large stores (a scan); push never calls it."""
    rows = endpoint.query("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }").rows
    return sorted(r["g"] for r in rows if r["g"])


def count_graph(endpoint: Endpoint, graph: str) -> int:
    """How many triples ``graph`` holds in the store (a COUNT: no row limit applies)."""
    rows = endpoint.query(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}").rows
    return int(rows[0]["n"]) if rows else 0


def push(
    location: Path | str,
    endpoint: Endpoint,
    *,
    graph: str | None = None,
    protocol: str = "auto",
    mode: str = "auto",
    progress: Callable[[str, int, int], None] | None = None,
) -> PushReport:
    """Upload the current build of ``location`` to ``endpoint`` (see the module's docstring).

    Without ``graph``, every named graph of the build replaces the graph of the same name; with
    ``graph``, the union of the build (each statement once) replaces that one graph. ``protocol``
    is ``gsp`` (Graph Store Protocol), ``update`` (SPARQL Update only) or ``auto`` (GSP where the
    endpoint has a store URL that accepts it). ``mode`` is ``staged``, ``in-place`` or ``auto``
    (in place on Virtuoso, staged elsewhere). ``progress(graph, done, total)`` is called after
    each graph.
    """
    if protocol not in ("auto", "gsp", "update"):
        raise EndpointError(f"unknown push protocol {protocol!r}; expected auto, gsp or update")
    if mode not in MODES:
        raise EndpointError(f"unknown push mode {mode!r}; expected {', '.join(MODES)}")
    if graph is not None:
        check_graph_iri(graph)
    if not endpoint.update_url:
        raise EndpointError(f"{endpoint.query_url} has no update URL; give one with --update-url")
    started = time.perf_counter()
    graphs = _graphs_to_send(location, graph)
    endpoint.discover()
    before = mf.read_manifest(endpoint)
    cleaned = _drop_leftovers(endpoint, before.staging)
    use = protocol if protocol != "auto" else ("gsp" if endpoint.store_url else "update")
    in_place = mode == "in-place" or (mode == "auto" and endpoint.is_virtuoso)
    # staging graphs, and graphs replaced in place, are written by the store's bulk loader if it has one
    uploader = Uploader(endpoint, use, bulk=True)
    # an earlier push's clustergraph graphs that this build lacks; a --graph target is never dropped
    stale = [] if graph is not None else [g for g in before.graphs if ours(g) and g not in graphs]
    counts = {g: len(t) for g, t in graphs.items()}
    listed = Listing(
        sorted(set(graphs) | {g for g in before.graphs if g not in stale}),
        {**{g: n for g, n in before.triples.items() if g not in stale}, **counts},
    )
    run = _in_place if in_place else _staged
    notes = run(_Job(endpoint, graphs, stale, listed, uploader, protocol == "auto", progress))
    differ = {g: (n, count_graph(endpoint, g)) for g, n in counts.items()}
    differ = {g: v for g, v in differ.items() if v[0] != v[1]}
    if differ:
        what = "; ".join(
            f"<{g}> holds {got:,} of the {sent:,} statements sent" for g, (sent, got) in differ.items()
        )
        notes.append(f"the store's counts differ from what was sent: {what}")
    return PushReport(
        endpoint=endpoint.update_url or endpoint.query_url,
        graphs=sorted(graphs),
        statements=sum(counts.values()),
        protocol=uploader.protocol,
        dropped=stale,
        seconds=time.perf_counter() - started,
        notes=notes,
        mode="in place" if in_place else "staged",
        requests=uploader.requests,
        splits=uploader.splits,
        cleaned=cleaned,
        verified=not differ,
    )


def _drop_leftovers(endpoint: Endpoint, staging: list[str]) -> list[str]:
    """Drop the staging graphs an interrupted push left (one request each), then forget them."""
    for name in staging:
        endpoint.update(f"DROP SILENT GRAPH <{name}>")
    mf.note_staging(endpoint, staging, add=False)
    return staging


@dataclass
class _Job:
    """What a push writes, where, and how: the arguments of :func:`_staged` and :func:`_in_place`."""

    endpoint: Endpoint
    graphs: dict[str, list[ox.Triple]]
    stale: list[str]
    listed: Listing
    uploader: Uploader
    may_fall_back: bool
    progress: Callable[[str, int, int], None] | None


def _add(uploader: Uploader, target: str, triples: list[ox.Triple], may_fall_back: bool, first: bool) -> None:
    """Write ``triples`` into ``target``; a store without a Graph Store (404/405/501) gets SPARQL Update."""
    try:
        uploader.add(target, triples)
    except EndpointHTTPError as exc:
        if not (may_fall_back and first and uploader.protocol == "gsp" and exc.status in (404, 405, 501)):
            raise
        uploader.protocol = "update"
        uploader.add(target, triples)


def _staged(job: _Job) -> list[str]:
    endpoint, graphs, stale, listed, uploader = job.endpoint, job.graphs, job.stale, job.listed, job.uploader
    may_fall_back, progress = job.may_fall_back, job.progress
    token = uuid.uuid4().hex[:12]
    staged = [(f"{STAGING_PREFIX}{token}:{n}", target) for n, target in enumerate(sorted(graphs))]
    mf.note_staging(endpoint, [s for s, _t in staged])
    lost: EndpointError | None = None
    try:
        for n, (staging, target) in enumerate(staged):
            _add(uploader, staging, graphs[target], may_fall_back, n == 0)
            if progress:
                progress(target, n + 1, len(staged))
        operations = [f"DROP SILENT GRAPH <{g}>" for g in stale]
        operations += [f"MOVE GRAPH <{s}> TO GRAPH <{t}>" for s, t in staged]
        operations += mf.rewrite(listed.graphs, listed.triples, "complete")
        try:
            endpoint.update(" ;\n".join(operations))
        except (EndpointTimeout, EndpointUnreachable) as exc:
            lost = exc  # no answer to the final request: whether it was applied is checked below
    except BaseException as exc:
        with contextlib.suppress(EndpointError):
            for staging, _t in staged:
                endpoint.update(f"DROP SILENT GRAPH <{staging}>")
            mf.note_staging(endpoint, [s for s, _t in staged], add=False)
        if isinstance(exc, EndpointError):
            raise type(exc)(
                *(f"push failed, the store keeps its previous data: {exc}", *_extra(exc))
            ) from None
        raise
    if lost is None:
        return []
    try:
        return [after_lost_answer(endpoint, staged, lost)]
    except EndpointError:  # not applied: the staging graphs are dropped; the manifest forgets them
        with contextlib.suppress(EndpointError):
            mf.note_staging(endpoint, [s for s, _t in staged], add=False)
        raise


def _in_place(job: _Job) -> list[str]:
    endpoint, graphs, stale, listed, uploader = job.endpoint, job.graphs, job.stale, job.listed, job.uploader
    may_fall_back, progress = job.may_fall_back, job.progress
    targets = sorted(graphs)
    for op in mf.rewrite([*listed.graphs, *stale], {}, "in progress"):
        endpoint.update(op)
    done: list[str] = []
    current = ""
    try:
        for n, target in enumerate(targets):
            current = target
            endpoint.update(f"DROP SILENT GRAPH <{target}>")
            _add(uploader, target, graphs[target], may_fall_back, n == 0)
            done.append(target)
            if progress:
                progress(target, n + 1, len(targets))
        current = ""
        for g in stale:
            endpoint.update(f"DROP SILENT GRAPH <{g}>")
        for op in mf.rewrite(listed.graphs, listed.triples, "complete"):
            endpoint.update(op)
    except EndpointError as exc:
        raise type(exc)(*(_part_way(endpoint, targets, done, current, exc), *_extra(exc))) from None
    return []


def _part_way(
    endpoint: Endpoint, targets: list[str], done: list[str], current: str, exc: EndpointError
) -> str:
    """What the store holds after an in-place push failed (it replaces graphs one by one)."""
    parts = [f"push failed part-way: {exc}."]
    if not done and not current:
        return f"push failed, the store keeps its previous data: {exc}"
    parts.append(
        f"This store replaces graphs one at a time ({endpoint.server or 'no atomic replacement'}), so now"
    )
    if done:
        parts.append("the new build is in " + ", ".join(f"<{g}>" for g in done) + ";")
    if current:
        parts.append(f"<{current}> holds part of it;")
    rest = [g for g in targets if g not in done and g != current]
    if rest:
        parts.append("the previous data is in " + ", ".join(f"<{g}>" for g in rest) + ";")
    parts.append(f"the manifest <{mf.MANIFEST_GRAPH}> says 'in progress'. Run push again to finish.")
    return " ".join(parts)


def _extra(exc: EndpointError) -> tuple[Any, ...]:
    return (exc.status, exc.detail) if isinstance(exc, EndpointHTTPError) else ()


def check_graph_iri(iri: str) -> str:
    """``iri`` if it is an absolute IRI usable as a graph name; an :class:`EndpointError` otherwise."""
    if (
        not re.fullmatch(r"[A-Za-z][A-Za-z0-9+.-]*:[^\s<>\"{}|^`\\]+", iri)
        or iri.startswith(STAGING_PREFIX)
        or iri == mf.MANIFEST_GRAPH
    ):
        raise EndpointError(
            f"bad graph IRI {iri!r}: expected an absolute IRI such as https://example.org/graph"
        )
    return iri


__all__ = ["PushReport", "check_graph_iri", "count_graph", "ours", "present", "push", "remote_graphs"]
