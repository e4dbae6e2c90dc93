"""The sources of the current graph: list them, add or replace one, remove one.

Each source lives in its own named graph (``cgd:source/{sha1(address)[:16]}``), described in
the build graph. :func:`apply` changes the current graph without a rebuild, and never leaves
it half-changed: under the location's lock it copies the current store (a RocksDB
checkpoint, cheap), drops the named graphs being replaced or removed and loads the new facts
in one transaction, validates the result against the shapes, writes the copy's projection
snapshot (:mod:`clustergraph.graph.snapshot`), and only then publishes the copy as the current
graph (:func:`clustergraph.graph.store.publish`). Any error leaves the previous
graph in place. Loading a source again replaces its facts; removing it removes exactly them.

Reconciliation decisions that attach a name to an organisation of the tables are appended to
the data directory's ``reconciliation.csv`` (the reviewable file) after the change is published.

>>> gs = GraphStore.open("build/graph")                   # doctest: +SKIP
>>> [(s.kind, s.facts) for s in list_sources(gs)][:1]      # doctest: +SKIP
[('table', 212)]
"""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import io
import json
import os
import shutil
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from clustergraph.errors import UnknownSource, ValidationFailed
from clustergraph.graph.store import (
    BUILD_GRAPH,
    GraphStore,
    build_info,
    current_store_dir,
    drop_graphs,
    locked,
    publish,
    remove_quads,
    union_add,
    write_atomically,
)
from clustergraph.graph.validate import ValidationReport
from clustergraph.loaders.batch import KIND_CLASSES, SourceBatch, file_address
from clustergraph.loaders.reconcile import Decision, EntityIndex
from clustergraph.loaders.tabular import SOURCE_GRAPH_PREFIX
from clustergraph.loaders.terms import XSD_DATETIME, iri, literal
from clustergraph.model.namespaces import CG_IRI, DATA_IRI

PROV = "http://www.w3.org/ns/prov#"
RDF_TYPE = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
KIND_OF_CLASS = {CG_IRI + cls: kind for kind, cls in KIND_CLASSES.items()}


@dataclass(frozen=True)
class SourceInfo:
    """One source of the current graph."""

    graph: str
    address: str
    kind: str
    facts: int
    title: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "graph": self.graph,
            "address": self.address,
            "kind": self.kind,
            "facts": self.facts,
            "title": self.title,
        }


def list_sources(gs: GraphStore | ox.Store, kind: str | None = None) -> list[SourceInfo]:
    """Every source graph of the store: graph, address, kind (table, profile, rdf-file, endpoint), facts."""
    store = getattr(gs, "store", gs)
    counts = {
        sol["g"].value: int(sol["n"].value)
        for sol in store.query("SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g")
    }
    q = f"""
    SELECT ?g ?src ?cls ?title WHERE {{
      GRAPH <{BUILD_GRAPH}> {{
        ?g <{PROV}wasDerivedFrom> ?src .
        OPTIONAL {{ ?g a ?cls FILTER(?cls IN ({", ".join(f"<{c}>" for c in KIND_OF_CLASS)})) }}
        OPTIONAL {{ ?g <http://purl.org/dc/terms/title> ?title }}
      }}
    }}"""
    out: dict[str, SourceInfo] = {}
    for sol in store.query(q):
        g = sol["g"].value
        k = KIND_OF_CLASS.get(sol["cls"].value, "table") if sol["cls"] is not None else "table"
        title = sol["title"].value if sol["title"] is not None else None
        out[g] = SourceInfo(g, sol["src"].value, k, counts.get(g, 0), title)
    rows = sorted(out.values(), key=lambda s: (s.kind, s.address))
    return [s for s in rows if kind is None or s.kind == kind]


def find_sources(gs: GraphStore | ox.Store, key: str) -> list[SourceInfo]:
    """The sources named by ``key``: an address, a graph IRI (or its hash), or a loaded file's path.

    An address used by both the tables and a profile or RDF file names the latter (the table
    rows come back with every build anyway).
    """
    sources = list_sources(gs)
    keys = {key, SOURCE_GRAPH_PREFIX + key}
    if not key.startswith(("http://", "https://", "file:")) and Path(key).exists():
        keys.add(file_address(key))
    found = [s for s in sources if s.graph in keys or s.address in keys]
    if not found:
        raise UnknownSource(
            f"no source {key!r} in the current graph; expected an address, a graph IRI or a loaded file "
            "listed by 'clustergraph sources'"
        )
    return [s for s in found if s.kind != "table"] or found


@dataclass
class ApplyReport:
    """What :func:`apply` did."""

    added: list[SourceBatch] = field(default_factory=list)
    removed: list[SourceInfo] = field(default_factory=list)
    quads: int = 0
    validation: ValidationReport | None = None
    decisions_written: list[str] = field(default_factory=list)
    store_dir: Path | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "added": [
                {
                    "graph": b.graph,
                    "address": b.address,
                    "kind": b.kind,
                    "facts": len(b.triples),
                    "file": b.file,
                    "notes": b.notes,
                    "warnings": b.warnings,
                }
                for b in self.added
            ],
            "removed": [s.to_dict() for s in self.removed],
            "quads": self.quads,
            "conforms": None if self.validation is None else self.validation.conforms,
            "reconciliation_rows": self.decisions_written,
            "store": str(self.store_dir) if self.store_dir else None,
        }


def apply(
    location: Path | str,
    make: Callable[[EntityIndex], list[SourceBatch]] | None = None,
    *,
    replace: Iterable[str] = (),
    remove: Iterable[SourceInfo] = (),
    validate: bool = True,
    engine: str = "auto",
    data_dir: Path | str | None = None,
    dry_run: bool = False,
) -> ApplyReport:
    """Change the current graph atomically: drop sources, then add or replace others.

    ``make`` gets the :class:`~clustergraph.loaders.reconcile.EntityIndex` of the graph without the
    graphs in ``replace`` and ``remove`` (and with the decisions of ``data_dir``'s
    ``reconciliation.csv``) and returns the new sources' batches. ``dry_run`` makes them and
    changes nothing. Raises :class:`~clustergraph.errors.ValidationFailed` (the previous graph
    stays) when the result has SHACL violations.
    """
    location = Path(location)
    remove = list(remove)
    report = ApplyReport(removed=remove)
    started = dt.datetime.now(dt.UTC)
    stamp = started.strftime("%Y%m%dT%H%M%S") + "-" + uuid.uuid4().hex[:6]
    activity = f"{DATA_IRI}import/{stamp}"
    with locked(location):
        current = current_store_dir(location)
        tmp_dir = location / f".importing-{stamp}"
        final_dir = location / f"store-{stamp}"
        try:
            ox.Store.read_only(str(current)).backup(str(tmp_dir))  # a checkpoint: hard links
            store = ox.Store(str(tmp_dir))
            _drop(store, {s.graph for s in remove} | set(replace))
            batches: list[SourceBatch] = []
            if make is not None:
                index = EntityIndex.from_store(store)
                if data_dir is not None:
                    index.add_decisions_file(Path(data_dir) / "reconciliation.csv")
                batches = make(index)
                _drop(store, {b.graph for b in batches} - set(replace))
            report.added = batches
            if dry_run:
                return report
            if batches:
                ended = dt.datetime.now(dt.UTC)
                text = "".join(b.nquads() for b in batches)
                meta = [
                    (iri(activity), RDF_TYPE, iri(CG_IRI + "Import")),
                    (iri(activity), RDF_TYPE, iri(PROV + "Activity")),
                    (iri(activity), iri(PROV + "startedAtTime"), literal(started.isoformat(), XSD_DATETIME)),
                    (iri(activity), iri(PROV + "endedAtTime"), literal(ended.isoformat(), XSD_DATETIME)),
                ]
                for b in batches:
                    meta += b.description(activity)
                text += "".join(f"{s} {p} {o} <{BUILD_GRAPH}> .\n" for s, p, o in meta)
                store.load(text.encode("utf-8"), format=ox.RdfFormat.N_QUADS)  # one transaction
                union_add(store, [b.graph for b in batches] + [BUILD_GRAPH])
            _drop_unused_imports(store)
            if validate:
                from clustergraph.graph.validate import validate_store

                report.validation = validate_store(store, engine=engine)
                if not report.validation.conforms:
                    raise ValidationFailed(
                        report.validation,
                        f"the graph would have {report.validation.violation_count} SHACL violation(s) "
                        "with these sources; nothing was changed",
                    )
            from clustergraph.graph.stats import summary

            info = summary(store)
            report.quads = info["quads"]
            store.flush()
            del store
            _write_network_snapshot(tmp_dir, final_dir.name)
            os.replace(tmp_dir, final_dir)
            saved = build_info(location)
            saved.update(
                {
                    "summary": info,
                    "quads": info["quads"],
                    "store": str(final_dir),
                    "changed": started.isoformat(),
                    "change": report.to_dict(),
                }
            )
            if report.validation is not None:
                saved["validation"] = {k: v for k, v in report.validation.to_dict().items() if k != "results"}
                saved["validation_results"] = [r.__dict__ for r in report.validation.results]
            publish(location, final_dir, json.loads(json.dumps(saved, default=str)))
            report.store_dir = final_dir
        finally:
            if tmp_dir.exists():
                shutil.rmtree(tmp_dir, ignore_errors=True)
    if data_dir is not None:
        report.decisions_written = record_decisions(Path(data_dir), [d for b in batches for d in b.decisions])
    return report


def _write_network_snapshot(store_dir: Path, name: str) -> None:
    """The projection snapshot of the changed store (the copy carries none: RocksDB copies its own files)."""
    from clustergraph.graph import snapshot as network_snapshot

    # without a snapshot, projections read the store (and write one when they can)
    with contextlib.suppress(OSError):
        network_snapshot.write_for_store(store_dir, name=name)


def _drop_unused_imports(store: ox.Store) -> None:
    """Remove import activities that no source graph was generated by any more."""
    build_graph = ox.NamedNode(BUILD_GRAPH)
    q = f"""SELECT ?a WHERE {{ GRAPH <{BUILD_GRAPH}> {{ ?a a <{CG_IRI}Import>
            FILTER NOT EXISTS {{ ?g <{PROV}wasGeneratedBy> ?a }} }} }}"""
    for sol in list(store.query(q)):
        remove_quads(store, list(store.quads_for_pattern(sol["a"], None, None, build_graph)))


def _drop(store: ox.Store, graphs: set[str]) -> None:
    """Remove named graphs and their descriptions in the build graph."""
    existing = set(store.named_graphs())
    build_graph = ox.NamedNode(BUILD_GRAPH)
    drop_graphs(store, [g for g in graphs if ox.NamedNode(g) in existing])  # keeps the union right
    for g in graphs:
        remove_quads(store, list(store.quads_for_pattern(ox.NamedNode(g), None, None, build_graph)))


# --------------------------------------------------------------------------- the reviewable file

RECONCILIATION_HEADER = ["name", "id", "decision", "other", "reason", "sources"]


def record_decisions(data_dir: Path, decisions: Iterable[Decision]) -> list[str]:
    """Append new ``alias`` rows for the decisions to ``data_dir/reconciliation.csv``; return them.

    Only names attached to an organisation of ``organisations.csv`` are written (the file's
    ``id`` column refers to that table), and only names the file does not hold yet for that
    organisation, nor its own name. ``sources`` is where the name was seen (a ``file:``
    address is named in the reason instead, as the column takes web addresses only).
    """
    orgs_path, path = data_dir / "organisations.csv", data_dir / "reconciliation.csv"
    if not orgs_path.is_file():
        return []
    with open(orgs_path, encoding="utf-8-sig", newline="") as fh:
        org_names = {r["id"]: r.get("name", "") for r in csv.DictReader(fh) if r.get("id")}
    old = path.read_text(encoding="utf-8-sig") if path.is_file() else ""
    known = {(r.get("name", ""), r.get("id", "")) for r in csv.DictReader(io.StringIO(old, newline=""))}
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    written: list[str] = []
    for d in decisions:
        oid = d.org_id
        if oid is None or oid not in org_names or d.name == org_names[oid] or (d.name, oid) in known:
            continue
        known.add((d.name, oid))
        web = d.source.startswith(("http://", "https://"))
        reason = d.reason() + ("" if web else f" (seen in {d.source})")
        writer.writerow([d.name, oid, "alias", "", reason, d.source if web else ""])
        written.append(f"{d.name!r} → {oid}")
    if written:
        head = old if old else ",".join(RECONCILIATION_HEADER) + "\n"
        if not head.endswith("\n"):
            head += "\n"
        write_atomically(path, head + buf.getvalue())
    return written
