"""The embedded graph store: where builds live, how they are published, opened and exported.

A *location* (default ``build/graph``) holds one or more complete pyoxigraph stores and a
``CURRENT`` file naming the one in use. A build writes a new store beside the old one and
then replaces ``CURRENT`` atomically, so a failed or interrupted build leaves the previous
graph untouched and readers never see half a graph.

::

    build/graph/
      CURRENT                      -> "store-20261122T101500-1a2b"
      store-20261122T101500-1a2b/  a pyoxigraph store (RocksDB), with network-snapshot.json
                                   (what the network projections read, see snapshot.py)
      store-20261122T101500-1a2b.json   the build report (summary, validation, timing)
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import shutil
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from clustergraph.errors import NoBuildError, StoreError
from clustergraph.model.namespaces import (
    BUILD_GRAPH_IRI,
    CG_IRI,
    DATA_GRAPH_IRI,
    ONTOLOGY_GRAPH_IRI,
    PROVENANCE_GRAPH_IRI,
)
from clustergraph.model.sparqltext import declares_dataset

DEFAULT_LOCATION = Path("build/graph")
ONTOLOGY_GRAPH = ONTOLOGY_GRAPH_IRI
BUILD_GRAPH = BUILD_GRAPH_IRI
DATA_GRAPH = ox.NamedNode(DATA_GRAPH_IRI)
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
CURRENT = "CURRENT"

EXPORT_FORMATS: dict[str, ox.RdfFormat] = {
    "nquads": ox.RdfFormat.N_QUADS,
    "trig": ox.RdfFormat.TRIG,
    "turtle": ox.RdfFormat.TURTLE,
    "ntriples": ox.RdfFormat.N_TRIPLES,
    "jsonld": ox.RdfFormat.JSON_LD,
}
#: Formats that keep named graphs (the others get the union of all graphs).
DATASET_FORMATS = ("nquads", "trig", "jsonld")


# --------------------------------------------------------------------------- locations


def current_store_dir(location: Path) -> Path:
    """The store directory ``CURRENT`` points at; :class:`NoBuildError` if there is none."""
    location = Path(location)
    pointer = location / CURRENT
    if not pointer.is_file():
        raise NoBuildError(f"no graph has been built at {location} yet; run 'clustergraph build' first")
    name = pointer.read_text(encoding="utf-8").strip()
    path = location / name
    if not name or "/" in name or not path.is_dir():
        raise StoreError(f"{pointer} names {name!r}, which is not a store in {location}")
    return path


def build_info(location: Path) -> dict[str, Any]:
    """The report saved with the current build (summary, validation, timing)."""
    path = current_store_dir(location).with_suffix(".json")
    if not path.is_file():
        return {}
    return json.loads(path.read_text(encoding="utf-8"))


def write_atomically(path: Path, data: bytes | str, mode: int | None = None) -> None:
    """Write ``data`` to ``path`` through a temporary file and a rename.

    ``mode``: the file's permission bits (else the temporary file's: readable by the owner only).
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data.encode("utf-8") if isinstance(data, str) else data)
            fh.flush()
            if mode is not None:
                os.fchmod(fh.fileno(), mode)
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise


@contextlib.contextmanager
def locked(location: Path) -> Iterator[None]:
    """Hold the location's lock: one build at a time."""
    location.mkdir(parents=True, exist_ok=True)
    with open(location / ".lock", "w") as fh:
        try:
            fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise StoreError(f"another build is writing to {location}; try again when it ends") from None
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


def publish(location: Path, store_dir: Path, report: dict[str, Any], keep: int = 1) -> None:
    """Make ``store_dir`` the current build of ``location``, atomically; prune old builds.

    ``keep`` is how many earlier builds stay on disk besides the new one.
    """
    write_atomically(store_dir.with_suffix(".json"), json.dumps(report, indent=2, default=str))
    try:
        previous = current_store_dir(location).name
    except StoreError:
        previous = None
    write_atomically(location / CURRENT, store_dir.name + "\n")
    olds = sorted(
        (p for p in location.glob("store-*") if p.is_dir() and p.name != store_dir.name),
        key=lambda p: p.name,
        reverse=True,
    )
    keep_names = {previous} if previous and keep > 0 else set()
    for p in olds:
        if p.name in keep_names:
            continue
        shutil.rmtree(p, ignore_errors=True)
        with contextlib.suppress(FileNotFoundError):
            p.with_suffix(".json").unlink()


# --------------------------------------------------------------------------- changing facts


def remove_statements(store: ox.Store, statements: Iterable[ox.NamedNode | ox.BlankNode]) -> int:
    """Remove statement nodes from the provenance graph, and from the data graph each fact that
    no remaining statement node states; return the number of facts removed."""
    prov, data = ox.NamedNode(PROVENANCE_GRAPH_IRI), ox.NamedNode(DATA_GRAPH_IRI)
    facts: set[tuple[Any, Any, Any]] = set()
    for st in statements:
        spo = [
            next(iter(store.quads_for_pattern(st, ox.NamedNode(RDF + part), None, prov)), None)
            for part in ("subject", "predicate", "object")
        ]
        if all(spo):
            facts.add(tuple(q.object for q in spo))  # type: ignore[union-attr]
        for q in list(store.quads_for_pattern(st, None, None, prov)):
            store.remove(q)
    removed = 0
    for s, p, o in facts:
        left = {q.subject for q in store.quads_for_pattern(None, ox.NamedNode(RDF + "object"), o, prov)}
        still = any(
            any(True for _ in store.quads_for_pattern(st, ox.NamedNode(RDF + "subject"), s, prov))
            and any(True for _ in store.quads_for_pattern(st, ox.NamedNode(RDF + "predicate"), p, prov))
            for st in left
        )
        if not still:
            quad = ox.Quad(s, p, o, data)
            if quad in store:
                store.remove(quad)
                removed += 1
    return removed


def remove_record(store: ox.Store, record: str) -> int:
    """Remove a record (a source) with every statement it made; return the facts removed."""
    prov = ox.NamedNode(PROVENANCE_GRAPH_IRI)
    node = ox.NamedNode(record)
    statements = [
        q.subject for q in store.quads_for_pattern(None, ox.NamedNode(CG_IRI + "record"), node, prov)
    ]
    removed = remove_statements(store, statements)
    for q in list(store.quads_for_pattern(node, None, None, prov)):
        store.remove(q)
    return removed


# --------------------------------------------------------------------------- opening


@dataclass
class GraphStore:
    """An opened build: a pyoxigraph store whose facts live in the data graph.

    A query that names its dataset (``FROM``) gets exactly that; any other query gets the union
    of all graphs as its default graph (each fact is in one graph only, so it matches once).

    >>> gs = GraphStore.open("build/graph")            # doctest: +SKIP
    >>> gs.ask("ASK { ?s a <http://xmlns.com/foaf/0.1/Person> }")   # doctest: +SKIP
    True
    """

    location: Path
    path: Path
    store: ox.Store

    @classmethod
    def open(cls, location: Path | str = DEFAULT_LOCATION) -> GraphStore:
        location = Path(location)
        path = current_store_dir(location)
        try:
            store = ox.Store.read_only(str(path))
        except OSError as exc:
            raise StoreError(f"cannot open the graph store at {path}: {exc}") from None
        return cls(location, path, store)

    def query(self, sparql: str, **kwargs: Any) -> Any:
        """Run a SPARQL query: with its own dataset if it names one (``FROM``), else with the
        union of all graphs as default graph; ``default_graph=...`` picks graphs explicitly."""
        explicit = "default_graph" in kwargs or "use_default_graph_as_union" in kwargs
        if not explicit and not declares_dataset(sparql):
            kwargs["use_default_graph_as_union"] = True
        return self.store.query(sparql, **kwargs)

    def data_query(self, sparql: str, **kwargs: Any) -> Any:
        """Run a SPARQL query on the data graph alone (its default graph), as internal readers do."""
        return self.store.query(sparql, default_graph=DATA_GRAPH, **kwargs)

    def ask(self, sparql: str, **kwargs: Any) -> bool:
        return bool(self.query(sparql, **kwargs))

    def select(self, sparql: str, **kwargs: Any) -> list[dict[str, Any]]:
        """Rows of a SELECT as dicts of Python values (str for IRIs, native for literals)."""
        result = self.query(sparql, **kwargs)
        names = [v.value for v in result.variables]
        return [{n: to_python(sol[n]) for n in names} for sol in result]

    def quads(self) -> Iterator[ox.Quad]:
        return iter(self.store.quads_for_pattern(None, None, None, None))

    def info(self) -> dict[str, Any]:
        return build_info(self.location)


def to_python(term: Any) -> Any:
    """A pyoxigraph term as a plain Python value (None for unbound)."""
    if term is None:
        return None
    if isinstance(term, ox.Literal):
        dt = term.datatype.value
        if dt.endswith(("#integer", "#int", "#long", "#nonNegativeInteger")):
            return int(term.value)
        if dt.endswith(("#decimal", "#double", "#float")):
            return float(term.value)
        if dt.endswith("#boolean"):
            return term.value == "true"
        return term.value
    return term.value
