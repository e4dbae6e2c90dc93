"""Build: data files → checked rows → quads with provenance → embedded store → validation.

The new graph is written beside the current one and published only when everything
succeeded (see :mod:`clustergraph.graph.store`): a failed build leaves the previous graph intact.
Before publishing, the network projections' data is read from the new store and kept in it
(:mod:`clustergraph.graph.snapshot`).

>>> report = build(Path("data"), Path("build/graph"))     # doctest: +SKIP
>>> report.published, report.conforms                      # doctest: +SKIP
(True, True)
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from clustergraph._version import __version__
from clustergraph.errors import DataError, ValidationFailed
from clustergraph.graph.store import BUILD_GRAPH, DEFAULT_LOCATION, ONTOLOGY_GRAPH, locked, publish
from clustergraph.graph.validate import ValidationReport
from clustergraph.loaders.tabular import LoadResult, SkippedRow, load_tables
from clustergraph.loaders.terms import XSD_DATETIME, iri, literal
from clustergraph.loaders.triples import INDUSTRY_SCHEME, REGION_SCHEME
from clustergraph.model.namespaces import CG_IRI, DATA_IRI

PROV = "http://www.w3.org/ns/prov#"
RDF_TYPE = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
SKOS = "http://www.w3.org/2004/02/skos/core#"


@dataclass
class BuildReport:
    """What a build did: counts, timing, validation, where the graph is."""

    location: Path
    store_dir: Path | None
    quads: int
    rows: dict[str, int]
    seconds: float
    summary: dict[str, Any]
    validation: ValidationReport | None
    published: bool
    skipped: list[SkippedRow] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)
    #: size of the projection snapshot written with the store (0: none, see the warnings)
    network_snapshot_bytes: int = 0

    @property
    def triples(self) -> int:
        """Quads in the store (a fact stated by two sources counts twice)."""
        return self.quads

    @property
    def conforms(self) -> bool | None:
        return None if self.validation is None else self.validation.conforms

    def to_dict(self) -> dict[str, Any]:
        return {
            "store": str(self.store_dir or self.location),
            "location": str(self.location),
            "quads": self.quads,
            "rows": self.rows,
            "seconds": round(self.seconds, 3),
            "timings": {k: round(v, 3) for k, v in self.timings.items()},
            "summary": self.summary,
            "validation": None
            if self.validation is None
            else {k: v for k, v in self.validation.to_dict().items() if k != "results"},
            "published": self.published,
            "skipped": [str(s) for s in self.skipped],
            "warnings": self.warnings,
            "network_snapshot_bytes": self.network_snapshot_bytes,
        }


def _build_quads(result: LoadResult, build_iri: str, started: str, ended: str) -> str:
    """The build graph: the build activity (the dataset's description is added from the store)."""
    b = iri(build_iri)
    graph = iri(BUILD_GRAPH)
    lines = [
        (b, RDF_TYPE, iri(CG_IRI + "Build")),
        (b, RDF_TYPE, iri(PROV + "Activity")),
        (b, iri(PROV + "startedAtTime"), literal(started, XSD_DATETIME)),
        (b, iri(PROV + "endedAtTime"), literal(ended, XSD_DATETIME)),
        (b, iri(CG_IRI + "softwareVersion"), literal(__version__)),
    ]
    return "".join(f"{s} {p} {o} {graph} .\n" for s, p, o in lines)


def _definition_quads() -> str:
    """The controlled vocabularies and the two schemes built from data, in the data graph.

    They are the values facts refer to (roles, label levels, partnership kinds, ...), so the
    data graph alone answers every named query. Their record is the vocabulary file (no page).
    """
    from clustergraph.loaders import provenance
    from clustergraph.model.ontology import vocabulary_files

    lines: list[str] = []
    for path in vocabulary_files():
        record = provenance.record_iri("definitions", path.stem)
        lines += provenance.record_quads(record, "DefinitionRecord", (), file=f"ontology/{path.name}")
        for t in ox.parse(path=str(path), format=ox.RdfFormat.TURTLE):
            lines += provenance.fact_quads(str(t.subject), str(t.predicate), str(t.object), record, ())
    record = provenance.record_iri("definitions", "schemes")
    lines += provenance.record_quads(record, "DefinitionRecord", ())
    for scheme, en, de in (
        (INDUSTRY_SCHEME, "Industries and technology fields", "Branchen und Technologiefelder"),
        (REGION_SCHEME, "Regions", "Regionen"),
    ):
        s = iri(scheme)
        for p, o in (
            (RDF_TYPE, f"<{SKOS}ConceptScheme>"),
            (f"<{SKOS}prefLabel>", literal(en, lang="en")),
            (f"<{SKOS}prefLabel>", literal(de, lang="de")),
        ):
            lines += provenance.fact_quads(s, p, o, record, ())
    return "".join(lines)


def _ontology_quads() -> str:
    """The ontology document in the ontology graph."""
    from clustergraph.model.ontology import ontology_document

    graph = ox.NamedNode(ONTOLOGY_GRAPH)
    quads = (
        ox.Quad(t.subject, t.predicate, t.object, graph)
        for t in ox.parse(path=str(ontology_document()), format=ox.RdfFormat.TURTLE)
    )
    return ox.serialize(quads, format=ox.RdfFormat.N_QUADS).decode("utf-8")


def _describe(
    store: ox.Store, data_dir: Path, build_iri: str, ended: dt.datetime, endpoint: str | None, info: Any
) -> int:
    """Write the dataset's DCAT/VoID description (``data_dir/dataset.toml``, the summary's counts);
    the number of quads it added."""
    from clustergraph.graph.describe import describe

    return int(describe(store, data_dir, build_iri, ended, endpoint=endpoint, summary=info))


def _write_network_snapshot(store_dir: Path, name: str, warnings: list[str]) -> int:
    """Write the projection snapshot of the new (closed) store; its size, or 0 and a warning."""
    from clustergraph.graph import (
        snapshot as network_snapshot,  # the network reads the store: a step after loading
    )

    try:
        return network_snapshot.write_for_store(store_dir, name=name)[1]
    except OSError as exc:
        warnings.append(f"the network snapshot was not written ({exc}); projections will read the store")
        return 0


def build(
    data_dir: Path | str = Path("data"),
    location: Path | str = DEFAULT_LOCATION,
    *,
    keep_going: bool = False,
    validate: bool = True,
    publish_invalid: bool = False,
    engine: str = "auto",
    progress: Callable[[str], None] | None = None,
    endpoint: str | None = None,
) -> BuildReport:
    """Build the graph from ``data_dir`` into the store at ``location``.

    Raises :class:`~clustergraph.errors.DataError` (every problem of every file) before
    anything is written, unless ``keep_going`` skips the bad rows. Raises
    :class:`~clustergraph.errors.ValidationFailed` when the new graph has SHACL violations
    (the previous graph stays published) unless ``publish_invalid`` is set. ``engine`` picks
    the SHACL engine (see :func:`clustergraph.graph.validate.engine_module`). ``endpoint``: the
    public SPARQL endpoint the dataset's description names (:mod:`clustergraph.graph.describe`).
    """
    say = progress or (lambda _msg: None)
    data_dir, location = Path(data_dir), Path(location)
    t0 = time.perf_counter()
    started = dt.datetime.now(dt.UTC)
    timings: dict[str, float] = {}

    say(f"reading {data_dir}")
    try:
        result = load_tables(data_dir, keep_going=keep_going)
    except DataError as exc:  # the folders' own problems in the same report
        from clustergraph.loaders.folders import folder_problems

        raise DataError(exc.problems + folder_problems(data_dir)) from None
    timings["read"] = time.perf_counter() - t0

    location.mkdir(parents=True, exist_ok=True)
    with locked(location):
        stamp = started.strftime("%Y%m%dT%H%M%S") + "-" + uuid.uuid4().hex[:6]
        tmp_dir = location / f".building-{stamp}"
        final_dir = location / f"store-{stamp}"
        nq_path = location / f".building-{stamp}.nq"
        try:
            t = time.perf_counter()
            build_iri = f"{DATA_IRI}build/{stamp}"
            with open(nq_path, "w", encoding="utf-8") as fh:
                n_facts = result.write_nquads(fh)
                fh.write(_definition_quads())
                fh.write(_ontology_quads())
                ended = dt.datetime.now(dt.UTC)
                fh.write(_build_quads(result, build_iri, started.isoformat(), ended.isoformat()))
            timings["quads"] = time.perf_counter() - t

            say(f"loading {n_facts:,} quads into the store")
            t = time.perf_counter()
            store = ox.Store(str(tmp_dir))
            store.bulk_load(path=str(nq_path), format=ox.RdfFormat.N_QUADS)  # one ingestion
            timings["load"] = time.perf_counter() - t

            # Profile texts and RDF files in data/profiles/ and data/rdf/: one source graph each.
            from clustergraph.loaders.folders import load_source_folders

            extra = load_source_folders(data_dir, store, build_iri)
            result.warnings.extend(w for b in extra for w in b.warnings)
            if extra:
                timings["other_sources"] = time.perf_counter() - t - timings["load"]

            # Compact the freshly loaded store once: every lookup of every later query (the
            # summary, validation, the snapshot, analysts' queries) is 1.3-2x faster at 1M.
            say("compacting the store")
            t = time.perf_counter()
            store.optimize()
            timings["compact"] = time.perf_counter() - t

            from clustergraph.graph.stats import summary

            t = time.perf_counter()
            # the facts with provenance, counted as they were written (no join over the store)
            written, cited = result.written, result.cited
            for batch in extra:  # an imported source's facts are all cited by its address
                keys = {hash(tr) for tr in batch.triples}
                written |= keys
                cited |= keys
            info = summary(store, provenance_counts=(len(written), len(cited)))
            written.clear()
            cited.clear()
            timings["summary"] = time.perf_counter() - t

            t = time.perf_counter()
            info["quads"] += _describe(store, data_dir, build_iri, ended, endpoint, info)
            timings["describe"] = time.perf_counter() - t

            row_counts = {k: len(v) for k, v in result.rows.items()}
            result.rows.clear()  # the rows are in the store now: free them before validating

            report: ValidationReport | None = None
            if validate:
                from clustergraph.graph.validate import validate_store

                say("validating against the SHACL shapes")
                t = time.perf_counter()
                report = validate_store(store, engine=engine)
                timings["validate"] = time.perf_counter() - t
            quads = info["quads"]
            store.flush()
            del store
            if report is not None and not report.conforms and not publish_invalid:
                raise ValidationFailed(report)

            say("writing the network snapshot")
            t = time.perf_counter()
            snapshot_bytes = _write_network_snapshot(tmp_dir, final_dir.name, result.warnings)
            timings["network_snapshot"] = time.perf_counter() - t

            seconds = time.perf_counter() - t0
            build_report = BuildReport(
                location=location,
                store_dir=final_dir,
                quads=quads,
                rows=row_counts,
                seconds=seconds,
                summary=info,
                validation=report,
                published=False,
                skipped=result.skipped,
                warnings=result.warnings,
                timings=timings,
                network_snapshot_bytes=snapshot_bytes,
            )
            os.replace(tmp_dir, final_dir)
            build_report.published = True
            saved = build_report.to_dict()
            if report is not None:
                saved["validation_results"] = [r.__dict__ for r in report.results]
            publish(location, final_dir, saved)
            return build_report
        finally:
            if nq_path.exists():
                nq_path.unlink()
            if tmp_dir.exists():
                shutil.rmtree(tmp_dir, ignore_errors=True)
