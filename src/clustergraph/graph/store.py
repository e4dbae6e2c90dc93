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
from typing import IO, Any

import pyoxigraph as ox

from clustergraph.errors import ClusterGraphError, NoBuildError, StoreError
from clustergraph.model.namespaces import BUILD_GRAPH_IRI, ONTOLOGY_IRI

DEFAULT_LOCATION = Path("build/graph")
ONTOLOGY_GRAPH = ONTOLOGY_IRI
BUILD_GRAPH = BUILD_GRAPH_IRI
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


# --------------------------------------------------------------------------- the union graph


def union_add(store: ox.Store, graphs: Iterable[str]) -> None:
    """Copy the triples of the named ``graphs`` into the default graph (the union queries use)."""
    values = " ".join(f"<{g}>" for g in graphs)
    if values:
        store.update(f"INSERT {{ ?s ?p ?o }} WHERE {{ VALUES ?g {{ {values} }} GRAPH ?g {{ ?s ?p ?o }} }}")


def drop_graphs(store: ox.Store, graphs: Iterable[str]) -> None:
    """Remove named graphs, and from the default graph the triples no other named graph holds."""
    for g in graphs:
        store.update(
            f"""DELETE {{ ?s ?p ?o }} WHERE {{
                  GRAPH <{g}> {{ ?s ?p ?o }}
                  FILTER NOT EXISTS {{ GRAPH ?h {{ ?s ?p ?o }} FILTER(?h != <{g}>) }} }} ;
                DROP SILENT GRAPH <{g}>"""
        )


def remove_quads(store: ox.Store, quads: Iterable[ox.Quad]) -> None:
    """Remove quads from their named graphs, and their triples from the default graph where no
    other named graph still holds them."""
    for q in quads:
        store.remove(q)
        others = store.quads_for_pattern(q.subject, q.predicate, q.object, None)
        if not any(isinstance(o.graph_name, ox.NamedNode) for o in others):
            store.remove(ox.Quad(q.subject, q.predicate, q.object, ox.DefaultGraph()))


def rebuild_union(store: ox.Store) -> None:
    """Recompute the default graph as the union of all named graphs (after arbitrary edits)."""
    store.update("DROP SILENT DEFAULT ; INSERT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }")


# --------------------------------------------------------------------------- opening


@dataclass
class GraphStore:
    """An opened build: a pyoxigraph store queried with the union of all graphs as default.

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
        """Run a SPARQL query; the default graph holds the union of all named graphs.

        The union is materialised (deduplicated) by the build, so a statement given by several
        sources matches once; ``GRAPH ?g { ... }`` still reaches each source's graph.
        """
        return self.store.query(sparql, **kwargs)

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


# --------------------------------------------------------------------------- export


def person_resources(gs: GraphStore) -> set[str]:
    """IRIs of people and of the nodes that only exist to describe them (posts, participations)."""
    q = """
    PREFIX foaf: <http://xmlns.com/foaf/0.1/>
    PREFIX org: <http://www.w3.org/ns/org#>
    PREFIX cg: <https://w3id.org/clustergraph/ontology#>
    PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
    SELECT DISTINCT ?x WHERE {
      { ?x a foaf:Person }
      UNION { ?x org:member ?p . ?p a foaf:Person }
      UNION { ?x cg:agent ?p . ?p a foaf:Person }
      UNION { ?x a cg:DatedRelation ; rdf:subject|rdf:object ?p . ?p a foaf:Person }
    }"""
    return {sol["x"].value for sol in gs.query(q)}


def _without(quads: Iterable[ox.Quad], excluded: set[str]) -> Iterator[ox.Quad]:
    prefixes = tuple(x + "/" for x in excluded if "/membership/" in x)
    for q in quads:
        s, o = q.subject.value, q.object
        if s in excluded or (prefixes and s.startswith(prefixes)):
            continue
        if isinstance(o, ox.NamedNode) and (
            o.value in excluded or (prefixes and o.value.startswith(prefixes))
        ):
            continue
        yield q


def export(
    location: Path | str,
    out: Path | str | IO[bytes],
    format: str = "nquads",
    *,
    people: bool = True,
) -> int:
    """Write the whole current graph to ``out``; return the number of statements written.

    Dataset formats (``nquads``, ``trig``, ``jsonld``) keep the named graphs (one per
    source); ``turtle`` and ``ntriples`` get the union of all graphs, without duplicates.
    ``people=False`` leaves out people and everything that exists only to describe them.
    A file is written atomically: on any error the previous file stays as it was.
    """
    if format not in EXPORT_FORMATS:
        raise ClusterGraphError(
            f"unknown export format {format!r}; expected one of {', '.join(EXPORT_FORMATS)}"
        )
    gs = GraphStore.open(location)
    fmt = EXPORT_FORMATS[format]
    dataset = format in DATASET_FORMATS

    def write(fh: IO[bytes]) -> int:
        if people:  # the native writers, no Python in the loop
            if dataset:
                gs.store.dump(fh, fmt, prefixes=_prefixes(format))
                return len(gs.store)  # every quad, the default graph's (the union) included
            gs.query("CONSTRUCT WHERE { ?s ?p ?o }").serialize(fh, fmt)  # the default graph: the union
            return int(next(iter(gs.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")))["n"].value)
        excluded = person_resources(gs)
        source = gs.quads() if dataset else gs.query("CONSTRUCT WHERE { ?s ?p ?o }")  # a set
        statements = list(_without(source, excluded))
        ox.serialize(statements, fh, fmt, prefixes=_prefixes(format))
        return len(statements)

    if not isinstance(out, (str, Path)):
        return write(out)
    path = Path(out)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            n = write(fh)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise
    return n


def _prefixes(format: str) -> dict[str, str] | None:
    if format not in ("turtle", "trig"):
        return None
    from clustergraph.model.namespaces import PREFIXES

    return dict(PREFIXES)
