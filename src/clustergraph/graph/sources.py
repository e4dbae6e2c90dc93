"""The sources of the current graph: list them, add or replace one, remove one.

Every fact is once in the data graph; its statement nodes in the provenance graph name the
record it was read from (a row of a data table, or an imported source:
``cgd:source/{sha1(kind:address)[:16]}``) and the pages that state it. A *source* is a page
the tables cite, or an imported profile, RDF file or endpoint answer. :func:`apply` changes the
current graph without a rebuild, and never leaves it half-changed: under the location's lock it
copies the current store (a RocksDB checkpoint, cheap), removes the sources being replaced or
removed (their records, their statements, and the facts no other record states), loads the new
facts in one transaction, validates the result against the shapes, writes the copy's projection
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
    locked,
    publish,
    remove_record,
    write_atomically,
)
from clustergraph.graph.validate import ValidationReport
from clustergraph.loaders.batch import KIND_CLASSES, SOURCE_PREFIX, SourceBatch, file_address
from clustergraph.loaders.reconcile import Decision, EntityIndex
from clustergraph.loaders.terms import XSD_DATETIME, iri, literal
from clustergraph.model.namespaces import CG_IRI, DATA_IRI, PROVENANCE_GRAPH_IRI

PROV = "http://www.w3.org/ns/prov#"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDF_TYPE = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
KIND_OF_CLASS = {CG_IRI + cls: kind for kind, cls in KIND_CLASSES.items()}


@dataclass(frozen=True)
class SourceInfo:
    """One source of the current graph: a page the tables cite, or an imported source (its record).

    ``facts``: the statements it is cited for (a page: fact-level; an import: all it made).
    """

    record: str | None
    address: str
    kind: str
    facts: int
    title: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "record": self.record,
            "address": self.address,
            "kind": self.kind,
            "facts": self.facts,
            "title": self.title,
        }


def list_sources(gs: GraphStore | ox.Store, kind: str | None = None) -> list[SourceInfo]:
    """Every source: pages cited by the tables (``table``), imported profiles, RDF files, endpoints."""
    store = getattr(gs, "store", gs)
    prov = f"<{PROVENANCE_GRAPH_IRI}>"
    out: list[SourceInfo] = []
    if kind in (None, "table"):
        q = f"""
        SELECT ?page (COUNT(DISTINCT ?st) AS ?n) (SAMPLE(?t) AS ?title) WHERE {{ GRAPH {prov} {{
          ?r a <{CG_IRI}TableRecord> .
          {{ ?r <{CG_IRI}recordSource> ?page }}
          UNION {{ ?st <{CG_IRI}record> ?r ; <{PROV}wasDerivedFrom> ?page }}
          OPTIONAL {{ ?page <http://purl.org/dc/terms/title> ?t }} }}
        }} GROUP BY ?page"""
        for sol in store.query(q):
            title = sol["title"].value if sol["title"] is not None else None
            out.append(SourceInfo(None, sol["page"].value, "table", int(sol["n"].value), title))
    q = f"""
    SELECT ?r ?cls ?addr (COUNT(?st) AS ?n) (SAMPLE(?t) AS ?title) WHERE {{ GRAPH {prov} {{
      ?r a ?cls ; <{PROV}wasDerivedFrom> ?addr .
      FILTER(?cls IN ({", ".join(f"<{c}>" for c in KIND_OF_CLASS)}))
      OPTIONAL {{ ?st <{CG_IRI}record> ?r }}
      OPTIONAL {{ ?r <http://purl.org/dc/terms/title> ?t }} }}
    }} GROUP BY ?r ?cls ?addr"""
    for sol in store.query(q):
        k = KIND_OF_CLASS[sol["cls"].value]
        if kind not in (None, k):
            continue
        title = sol["title"].value if sol["title"] is not None else None
        out.append(SourceInfo(sol["r"].value, sol["addr"].value, k, int(sol["n"].value), title))
    return sorted(out, key=lambda s: (s.kind, s.address))


def imported_sources(gs: GraphStore | ox.Store) -> list[SourceInfo]:
    """The sources ``import`` and ``load-profile`` added to the graph after its build.

    A build reads only its data directory: these are gone from the next build unless their
    files are in its ``profiles/`` or ``rdf/`` folder (``clustergraph build`` warns about them).
    """
    store = getattr(gs, "store", gs)
    q = f"""
    SELECT ?r ?cls ?addr (COUNT(?st) AS ?n) (SAMPLE(?t) AS ?title) WHERE {{
      GRAPH <{PROVENANCE_GRAPH_IRI}> {{
        ?r <{PROV}wasGeneratedBy> ?a ; a ?cls ; <{PROV}wasDerivedFrom> ?addr .
        FILTER(?cls IN ({", ".join(f"<{c}>" for c in KIND_OF_CLASS)}))
        OPTIONAL {{ ?st <{CG_IRI}record> ?r }}
        OPTIONAL {{ ?r <http://purl.org/dc/terms/title> ?t }} }}
      GRAPH <{BUILD_GRAPH}> {{ ?a a <{CG_IRI}Import> }}
    }} GROUP BY ?r ?cls ?addr"""
    out = [
        SourceInfo(
            sol["r"].value,
            sol["addr"].value,
            KIND_OF_CLASS[sol["cls"].value],
            int(sol["n"].value),
            sol["title"].value if sol["title"] is not None else None,
        )
        for sol in store.query(q)
    ]
    return sorted(out, key=lambda s: (s.kind, s.address))


def find_sources(gs: GraphStore | ox.Store, key: str) -> list[SourceInfo]:
    """The sources named by ``key``: an address, a source record IRI (or its hash), or a loaded file's path.

    Only imported sources can be removed (the table rows come back with every build): an
    address cited only by the tables is reported as such.
    """
    sources = list_sources(gs)
    keys = {key, SOURCE_PREFIX + key}
    if not key.startswith(("http://", "https://", "file:")) and Path(key).exists():
        keys.add(file_address(key))
    found = [s for s in sources if s.kind != "table" and (s.record in keys or s.address in keys)]
    if not found:
        tables = [s for s in sources if s.kind == "table" and s.address in keys]
        if tables:
            raise UnknownSource(
                f"{key!r} is cited by rows of the data tables, not imported; edit the tables' "
                "sources, cites and context columns and build again to change what it backs"
            )
        raise UnknownSource(
            f"no source {key!r} in the current graph; expected an address, a source record IRI or "
            "a loaded file listed by 'clustergraph sources'"
        )
    return found


def entity_pages(gs: GraphStore | ox.Store, iris: Iterable[str]) -> dict[str, list[tuple[str, str]]]:
    """IRI → the (address, title) of every page that states a fact about it (as its subject).

    One pattern lookup per entity and statement in the provenance graph; titles are those of the
    sources manifest (the provenance graph), which imported data cannot change.
    """
    store = getattr(gs, "store", gs)
    prov = ox.NamedNode(PROVENANCE_GRAPH_IRI)
    subject, derived = ox.NamedNode(RDF + "subject"), ox.NamedNode(PROV + "wasDerivedFrom")
    title = ox.NamedNode("http://purl.org/dc/terms/title")
    titles: dict[str, str] = {}
    out: dict[str, list[tuple[str, str]]] = {}
    for value in iris:
        if not isinstance(value, str) or not value.startswith(("http://", "https://", "urn:")):
            continue
        try:
            node = ox.NamedNode(value)
        except ValueError:
            continue
        pages = {
            q.object.value
            for st in store.quads_for_pattern(None, subject, node, prov)
            for q in store.quads_for_pattern(st.subject, derived, None, prov)
        }
        for page in pages - titles.keys():
            t = next(iter(store.quads_for_pattern(ox.NamedNode(page), title, None, prov)), None)
            titles[page] = t.object.value if t is not None else ""
        if pages:
            out[value] = sorted((page, titles[page]) for page in pages)
    return out


@dataclass
class ApplyReport:
    """What :func:`apply` did."""

    added: list[SourceBatch] = field(default_factory=list)
    removed: list[SourceInfo] = field(default_factory=list)
    quads: int = 0
    validation: ValidationReport | None = None
    decisions_written: list[str] = field(default_factory=list)
    #: the file the alias rows were appended to (None: nothing written)
    decisions_file: Path | None = None
    store_dir: Path | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "added": [
                {
                    "record": b.record,
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
            "reconciliation_file": str(self.decisions_file) if self.decisions_file else None,
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
            _drop(store, {s.record for s in remove if s.record} | set(replace))
            batches: list[SourceBatch] = []
            if make is not None:
                index = EntityIndex.from_store(store)
                if data_dir is not None:
                    index.add_decisions_file(Path(data_dir) / "reconciliation.csv")
                batches = make(index)
                _drop(store, {b.record for b in batches} - set(replace))
            report.added = batches
            if dry_run:
                return report
            if batches:
                ended = dt.datetime.now(dt.UTC)
                text = "".join(b.nquads(activity) for b in batches)
                meta = [
                    (iri(activity), RDF_TYPE, iri(CG_IRI + "Import")),
                    (iri(activity), RDF_TYPE, iri(PROV + "Activity")),
                    (iri(activity), iri(PROV + "startedAtTime"), literal(started.isoformat(), XSD_DATETIME)),
                    (iri(activity), iri(PROV + "endedAtTime"), literal(ended.isoformat(), XSD_DATETIME)),
                ]
                text += "".join(f"{s} {p} {o} <{BUILD_GRAPH}> .\n" for s, p, o in meta)
                store.load(text.encode("utf-8"), format=ox.RdfFormat.N_QUADS)  # one transaction
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
            from clustergraph.graph.describe import refresh_counts

            info["quads"] += refresh_counts(store, info)  # the dataset's VoID counts follow the change
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
        if report.decisions_written:
            report.decisions_file = (Path(data_dir) / "reconciliation.csv").absolute()
    return report


def _write_network_snapshot(store_dir: Path, name: str) -> None:
    """The projection snapshot of the changed store (the copy carries none: RocksDB copies its own files)."""
    from clustergraph.graph import snapshot as network_snapshot

    # without a snapshot, projections read the store (and write one when they can)
    with contextlib.suppress(OSError):
        network_snapshot.write_for_store(store_dir, name=name)


def _drop_unused_imports(store: ox.Store) -> None:
    """Remove import activities that no source record was generated by any more."""
    build_graph = ox.NamedNode(BUILD_GRAPH)
    q = f"""SELECT ?a WHERE {{ GRAPH <{BUILD_GRAPH}> {{ ?a a <{CG_IRI}Import> }}
            FILTER NOT EXISTS {{ GRAPH <{PROVENANCE_GRAPH_IRI}> {{ ?r <{PROV}wasGeneratedBy> ?a }} }} }}"""
    for sol in list(store.query(q)):
        for quad in list(store.quads_for_pattern(sol["a"], None, None, build_graph)):
            store.remove(quad)


def _drop(store: ox.Store, records: set[str]) -> None:
    """Remove imported sources: each record with every statement it made (facts no other record
    states leave the data graph)."""
    for record in records:
        remove_record(store, record)


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
        from clustergraph.graph.export import file_mode

        mode = path.stat().st_mode & 0o777 if path.is_file() else file_mode()
        write_atomically(path, head + buf.getvalue(), mode=mode)  # a tracked file keeps its mode
    return written
