"""Networks out: GEXF and GraphML for Gephi, CSV node and edge lists, and analyses back into the graph.

Files are written atomically (a temporary file, then a rename). Gephi refuses ``None`` and
list values: :func:`plain` drops ``None`` and joins lists with :data:`~clustergraph.network.SEP`.

Writing back (:func:`write_back`) puts the measures of one analysis into their own named graph
``https://w3id.org/clustergraph/id/graph/analysis/{date}``, so SPARQL can ask for them::

    SELECT ?name ?b ?community WHERE {
      GRAPH <https://w3id.org/clustergraph/id/graph/analysis/2026-11-22> {
        ?o cg:betweennessCentrality ?b ; cg:inCommunity ?community }
      ?o skos:prefLabel ?name } ORDER BY DESC(?b)

How it keeps the store consistent: the build publishes complete stores atomically (a new
store directory, then ``CURRENT`` replaced). Write-back does the same, under the location's
lock (so no build runs meanwhile): it copies the current store (a RocksDB checkpoint), replaces
that date's analysis graph in the copy in one transaction, writes the copy's projection snapshot
(:mod:`clustergraph.graph.snapshot`) and publishes the copy as the new current store, with the
build report carried over. Readers keep the store they opened; a failure
leaves the previous store current. A later ``clustergraph build`` makes a fresh store from the data
files, without the analyses: run ``analyze --write`` again after building.
"""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import io
import shutil
import uuid
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import networkx as nx
import pyoxigraph as ox

from clustergraph.errors import ClusterGraphError, StoreError
from clustergraph.graph import snapshot as network_snapshot
from clustergraph.graph.store import (
    build_info,
    current_store_dir,
    locked,
    publish,
    write_atomically,
)
from clustergraph.model.namespaces import CG, DATA_IRI
from clustergraph.network.attributes import SEP

XSD = "http://www.w3.org/2001/XMLSchema#"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
DCTERMS_DATE = "http://purl.org/dc/terms/date"
PROV_GENERATED = "http://www.w3.org/ns/prov#generatedAtTime"
ANALYSIS_GRAPH = DATA_IRI + "graph/analysis/"


def plain(value: Any) -> Any:
    """A value Gephi and CSV can hold: str, int, float or bool (``None`` → ``None``, to be dropped).

    >>> plain(["a", "b"]), plain(3), plain(None)
    ('a | b', 3, None)
    """
    if value is None:
        return None
    if isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, list | tuple | set | frozenset):
        return SEP.join(
            str(v) for v in (sorted(value, key=str) if isinstance(value, set | frozenset) else value)
        )
    if hasattr(value, "item"):  # numpy scalars
        return value.item()
    return str(value)


def gephi_graph(G: nx.Graph) -> nx.Graph:
    """A copy of ``G`` whose node, edge and graph attributes are all plain (no None, no lists)."""
    H = G.__class__()
    H.graph.update({k: plain(v) for k, v in G.graph.items() if plain(v) is not None})
    for n, d in G.nodes(data=True):
        H.add_node(str(n), **{k: plain(v) for k, v in d.items() if plain(v) is not None})
    for u, v, d in G.edges(data=True):
        H.add_edge(str(u), str(v), **{k: plain(x) for k, x in d.items() if plain(x) is not None})
    return H


def write_gexf(G: nx.Graph, path: Path | str) -> Path:
    """Write ``G`` as GEXF 1.2 (Gephi's own format); node ``label`` becomes the GEXF label."""
    buf = io.BytesIO()
    nx.write_gexf(gephi_graph(G), buf, version="1.2draft")
    write_atomically(Path(path), buf.getvalue())
    return Path(path)


def write_graphml(G: nx.Graph, path: Path | str) -> Path:
    """Write ``G`` as GraphML (typed attributes; opens in Gephi, yEd, Cytoscape, igraph)."""
    buf = io.BytesIO()
    nx.write_graphml(gephi_graph(G), buf)  # key ids d0, d1, ...: node and edge keys may share a name
    write_atomically(Path(path), buf.getvalue())
    return Path(path)


def _csv_text(rows: list[dict[str, Any]], first: list[str]) -> str:
    columns = list(first)
    for r in rows:
        columns.extend(k for k in r if k not in columns)
    out = io.StringIO()
    w = csv.DictWriter(out, fieldnames=columns, lineterminator="\n")
    w.writeheader()
    for r in rows:
        w.writerow({k: "" if plain(v) is None else plain(v) for k, v in r.items()})
    return out.getvalue()


def write_csv(G: nx.Graph, nodes_path: Path | str, edges_path: Path | str) -> tuple[Path, Path]:
    """Write the node list (``id`` + attributes) and the edge list (``source``, ``target`` + attributes)."""
    nodes = [{"id": n, **d} for n, d in G.nodes(data=True)]
    edges = [{"source": u, "target": v, **d} for u, v, d in G.edges(data=True)]
    write_atomically(Path(nodes_path), _csv_text(nodes, ["id"]))
    write_atomically(Path(edges_path), _csv_text(edges, ["source", "target"]))
    return Path(nodes_path), Path(edges_path)


def export_network(G: nx.Graph, path: Path | str, format: str | None = None) -> list[Path]:
    """Write ``G`` to ``path`` in ``format`` (``gexf``, ``graphml`` or ``csv``; default from the suffix).

    ``csv`` writes two files beside each other: ``{stem}-nodes.csv`` and ``{stem}-edges.csv``.
    """
    path = Path(path)
    fmt = format or path.suffix.lstrip(".").lower()
    if fmt == "gexf":
        return [write_gexf(G, path)]
    if fmt == "graphml":
        return [write_graphml(G, path)]
    if fmt == "csv":
        stem = path.with_suffix("")
        return list(write_csv(G, f"{stem}-nodes.csv", f"{stem}-edges.csv"))
    raise ClusterGraphError(f"{path}: unknown network format {fmt!r}; expected gexf, graphml or csv")


# --------------------------------------------------------------------------- back into the graph


def _lit(value: Any) -> ox.Literal:
    if isinstance(value, bool):
        return ox.Literal("true" if value else "false", datatype=ox.NamedNode(XSD + "boolean"))
    if isinstance(value, int):
        return ox.Literal(str(value), datatype=ox.NamedNode(XSD + "integer"))
    if isinstance(value, float):
        return ox.Literal(repr(value), datatype=ox.NamedNode(XSD + "double"))
    return ox.Literal(str(value))


def analysis_quads(
    rows: Iterable[dict[str, Any]],
    *,
    date: str,
    projection: str,
    method: str,
    modularity: float | None = None,
    generated: str | None = None,
) -> list[ox.Quad]:
    """The statements of one analysis (rows from :func:`clustergraph.network.analysis.centrality`)."""
    g = ox.NamedNode(ANALYSIS_GRAPH + date)
    a = g  # the named graph's IRI also names the analysis it holds

    def q(s: ox.NamedNode, p: str, o: Any) -> ox.Quad:
        return ox.Quad(s, ox.NamedNode(str(p)), o if isinstance(o, ox.NamedNode | ox.Literal) else _lit(o), g)

    quads = [
        q(a, RDF_TYPE, ox.NamedNode(str(CG.NetworkAnalysis))),
        q(a, RDFS_LABEL, f"network analysis of {date}"),
        q(a, DCTERMS_DATE, ox.Literal(date, datatype=ox.NamedNode(XSD + "date"))),
        q(a, PROV_GENERATED, ox.Literal(generated or _now(), datatype=ox.NamedNode(XSD + "dateTime"))),
        q(a, CG.projection, projection),
        q(a, CG.analysisMethod, method),
    ]
    if modularity is not None:
        quads.append(q(a, CG.modularity, float(modularity)))
    measures = {
        "degree": CG.degreeCentrality,
        "strength": CG.strength,
        "betweenness": CG.betweennessCentrality,
        "eigenvector": CG.eigenvectorCentrality,
        "pagerank": CG.pageRank,
        "constraint": CG.burtConstraint,
        "coreness": CG.coreness,
    }
    communities: set[int] = set()
    for r in rows:
        node = ox.NamedNode(str(r["node"]))
        for key, prop in measures.items():
            v = r.get(key)
            if v is None or (isinstance(v, float) and v != v):  # NaN: not defined (isolated)
                continue
            quads.append(q(node, prop, int(v) if key in ("degree", "strength", "coreness") else float(v)))
        if r.get("community") is not None:
            c = ox.NamedNode(f"{g.value}/community/{int(r['community'])}")
            communities.add(int(r["community"]))
            quads.append(q(node, CG.inCommunity, c))
    for i in sorted(communities):
        c = ox.NamedNode(f"{g.value}/community/{i}")
        quads.append(q(c, RDF_TYPE, ox.NamedNode(str(CG.Community))))
        quads.append(q(c, RDFS_LABEL, f"community {i} ({date})"))
    return quads


def _now() -> str:
    return dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()


def write_back(location: Path | str, quads: list[ox.Quad]) -> Path:
    """Publish a copy of the current store with ``quads`` replacing their named graph(s).

    Runs under the location's lock (a running build makes it fail with :class:`StoreError`);
    returns the new store directory. See the module docstring for why a copy.
    """
    location = Path(location)
    graphs = {q.graph_name for q in quads}
    if not quads or not all(
        isinstance(g, ox.NamedNode) and g.value.startswith(ANALYSIS_GRAPH) for g in graphs
    ):
        raise ClusterGraphError(f"write_back writes only into analysis graphs ({ANALYSIS_GRAPH}...)")
    with locked(location):
        source = current_store_dir(location)
        report = build_info(location)
        stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S") + "-" + uuid.uuid4().hex[:6]
        target = location / f"store-{stamp}"
        tmp = location / f".analysis-{stamp}"
        try:
            try:
                ox.Store.read_only(str(source)).backup(str(tmp))
            except OSError as exc:
                raise StoreError(f"cannot copy the store {source} to write the analysis: {exc}") from None
            store = ox.Store(str(tmp))
            for g in graphs:
                if store.contains_named_graph(g):
                    store.remove_graph(g)
            store.extend(quads)  # one transaction
            store.flush()
            del store
            # the projection snapshot of the new store (the copy carries none); without one,
            # projections read the store (and write one when they can)
            with contextlib.suppress(OSError):
                network_snapshot.write_for_store(tmp, name=target.name)
            tmp.rename(target)
            analyses = [
                a for a in report.get("analyses", []) if a.get("graph") not in {g.value for g in graphs}
            ]
            analyses += [{"graph": g.value, "statements": len(quads), "written": _now()} for g in graphs]
            publish(location, target, {**report, "analyses": analyses})
        except BaseException:
            shutil.rmtree(tmp, ignore_errors=True)
            raise
    return target


def analyses_in(location: Path | str) -> list[dict[str, Any]]:
    """The analyses written back into the current store (from its report)."""
    return list(build_info(Path(location)).get("analyses", []))
