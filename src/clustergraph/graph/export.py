"""Export the current graph to a file: the whole dataset, or chosen graphs.

What each export holds (docs/model.md, "Graphs and provenance"):

- dataset formats (``nquads``, ``trig``, ``jsonld``): every graph of the build as a named
  graph — the facts once (data graph), their provenance, the ontology, the build's description
  and any analysis graph. Nothing is in the unnamed default graph, and no fact is in two graphs,
  so a store that queries the union of all graphs (Virtuoso's default) counts each fact once.
- triple formats (``turtle``, ``ntriples``): one graph, by default the data graph (the facts
  alone); ``graphs=`` names others to merge in (they share no triple, so nothing is doubled).

``people=False`` leaves out people, everything that exists only to describe them (posts,
participations) and their provenance.

>>> export("build/graph", "build/graph.nq")               # doctest: +SKIP
104241
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import IO

import pyoxigraph as ox

from clustergraph.errors import ClusterGraphError
from clustergraph.graph.store import DATASET_FORMATS, EXPORT_FORMATS, GraphStore
from clustergraph.model.namespaces import (
    BUILD_GRAPH_IRI,
    DATA_GRAPH_IRI,
    DATASET_GRAPHS,
    ONTOLOGY_GRAPH_IRI,
    PROVENANCE_GRAPH_IRI,
)

#: The graphs an export can name, by short name.
GRAPHS = {
    "data": DATA_GRAPH_IRI,
    "provenance": PROVENANCE_GRAPH_IRI,
    "ontology": ONTOLOGY_GRAPH_IRI,
    "build": BUILD_GRAPH_IRI,
}
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
CG_RECORD = "https://w3id.org/clustergraph/ontology#record"


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
    return {sol["x"].value for sol in gs.data_query(q)}


class _PeopleFilter:
    """Decides which quads stay when people are left out."""

    def __init__(self, gs: GraphStore) -> None:
        from clustergraph.graph.describe import class_partition

        self.excluded = person_resources(gs)
        # the dataset description's count of people (the other counts describe the whole build)
        self.excluded.add(class_partition("http://xmlns.com/foaf/0.1/Person"))
        self.prefixes = tuple(x + "/" for x in self.excluded if "/membership/" in x)
        # statement nodes about left-out resources, and records that only such statements cite
        prov = ox.NamedNode(PROVENANCE_GRAPH_IRI)
        self.statements: set[str] = set()
        for part in ("subject", "object"):
            for q in gs.store.quads_for_pattern(None, ox.NamedNode(RDF + part), None, prov):
                if isinstance(q.object, ox.NamedNode) and self._out(q.object.value):
                    self.statements.add(q.subject.value)
        kept: set[str] = set()
        dropped: set[str] = set()
        for q in gs.store.quads_for_pattern(None, ox.NamedNode(CG_RECORD), None, prov):
            (dropped if q.subject.value in self.statements else kept).add(q.object.value)
        self.records = dropped - kept

    def _out(self, value: str) -> bool:
        return value in self.excluded or bool(self.prefixes and value.startswith(self.prefixes))

    def keep(self, q: ox.Quad | ox.Triple) -> bool:
        s = q.subject.value
        if self._out(s) or s in self.statements or s in self.records:
            return False
        o = q.object
        return not (isinstance(o, ox.NamedNode) and self._out(o.value))


def _graph_iris(gs: GraphStore, names: Sequence[str] | None, dataset: bool) -> list[str] | None:
    """The graph IRIs to write (None: every graph of the store)."""
    if names is None:
        return None if dataset else [DATA_GRAPH_IRI]
    out = []
    for name in names:
        if name == "all":
            return None
        if name not in GRAPHS:
            raise ClusterGraphError(f"unknown graph {name!r}; expected one of {', '.join([*GRAPHS, 'all'])}")
        out.append(GRAPHS[name])
    return out


def _graph_order(gs: GraphStore, chosen: list[str] | None) -> list[ox.NamedNode | ox.DefaultGraph]:
    """The graphs to write, in a fixed order: the default graph (empty in a build), the build's
    graphs in :data:`DATASET_GRAPHS` order, then any other (analysis graphs) by name."""
    if chosen is not None:
        return [ox.NamedNode(g) for g in chosen]
    names = {g.value for g in gs.store.named_graphs() if isinstance(g, ox.NamedNode)}
    ordered: list[ox.NamedNode | ox.DefaultGraph] = [ox.DefaultGraph()]
    ordered += [ox.NamedNode(g) for g in DATASET_GRAPHS if g in names]
    ordered += [ox.NamedNode(g) for g in sorted(names - set(DATASET_GRAPHS))]
    return ordered


def _shared_subjects(gs: GraphStore, graphs: list[ox.NamedNode | ox.DefaultGraph]) -> set[object]:
    """The subjects with statements in more than one of ``graphs`` (few: the graphs of a build
    describe different things). The distinct subjects of every graph but the largest are read with
    SPARQL, and those seen once are looked up in the largest."""
    names = {g.value for g in graphs if isinstance(g, ox.NamedNode)}
    largest = next((g for g in (PROVENANCE_GRAPH_IRI, DATA_GRAPH_IRI) if g in names), None)
    seen: dict[object, int] = {}
    for g in graphs:
        if isinstance(g, ox.NamedNode) and g.value == largest:
            continue
        for sol in gs.store.query("SELECT DISTINCT ?s WHERE { ?s ?p ?o }", default_graph=g):
            seen[sol["s"]] = seen.get(sol["s"], 0) + 1
    shared = {s for s, n in seen.items() if n > 1}
    if largest is not None:
        big = ox.NamedNode(largest)
        shared |= {
            s
            for s, n in seen.items()
            if n == 1 and any(True for _ in gs.store.quads_for_pattern(s, None, None, big))
        }
    return shared


def _by_subject(gs: GraphStore, graphs: list[ox.NamedNode | ox.DefaultGraph]) -> Iterator[ox.Quad]:
    """The quads of several graphs with each subject's quads together (for Turtle and N-Triples).

    Each graph's scan is grouped by subject already; a subject that also has statements in a
    later graph (:func:`_shared_subjects`) gets all of them where it first appears.
    """
    if len(graphs) == 1:
        yield from gs.store.quads_for_pattern(None, None, None, graphs[0])
        return
    shared = _shared_subjects(gs, graphs)
    done: set[object] = set()
    for i, graph in enumerate(graphs):
        for q in gs.store.quads_for_pattern(None, None, None, graph):
            subject = q.subject
            if subject not in shared:
                yield q
            elif subject not in done:
                done.add(subject)
                for later in graphs[i:]:
                    yield from gs.store.quads_for_pattern(subject, None, None, later)


def file_mode() -> int:
    """The permission bits a new file gets under the process's umask (0o644 under umask 022)."""
    mask = os.umask(0o022)
    os.umask(mask)
    return 0o666 & ~mask


def export(
    location: Path | str,
    out: Path | str | IO[bytes],
    format: str = "nquads",
    *,
    people: bool = True,
    graphs: Sequence[str] | None = None,
) -> int:
    """Write the current graph to ``out``; return the number of statements written.

    ``graphs``: short names of :data:`GRAPHS` (or ``all``); by default every graph for the
    dataset formats and the data graph for Turtle and N-Triples. ``out`` is a path or a binary
    stream (``sys.stdout.buffer``). A file is written atomically, with the permissions the umask
    gives a new file: on any error the previous file stays as it was. JSON-LD is compacted with
    the project's context (:mod:`clustergraph.graph.jsonld`); Turtle and TriG declare the
    project's prefixes and keep each subject's statements together.
    """
    if format not in EXPORT_FORMATS:
        raise ClusterGraphError(
            f"unknown export format {format!r}; expected one of {', '.join(EXPORT_FORMATS)}"
        )
    gs = GraphStore.open(location)
    fmt = EXPORT_FORMATS[format]
    dataset = format in DATASET_FORMATS
    order = _graph_order(gs, _graph_iris(gs, graphs, dataset))

    def write(fh: IO[bytes]) -> int:
        keep = None if people else _PeopleFilter(gs).keep

        def kept(quads: Iterable[ox.Quad]) -> Iterator[ox.Quad]:
            return iter(quads) if keep is None else (q for q in quads if keep(q))

        if format == "jsonld":
            from clustergraph.graph.jsonld import write_jsonld

            counters = [(g, _Counter(kept(gs.store.quads_for_pattern(None, None, None, g)))) for g in order]
            write_jsonld(counters, fh)
            return sum(c.n for _g, c in counters)
        if dataset:
            counted = _Counter(
                kept(q for g in order for q in gs.store.quads_for_pattern(None, None, None, g))
            )
            ox.serialize(counted, fh, fmt, prefixes=_prefixes(format))
            return counted.n
        counted = _Counter(kept(_by_subject(gs, order)))
        ox.serialize(
            (ox.Triple(q.subject, q.predicate, q.object) for q in counted),
            fh,
            fmt,
            prefixes=_prefixes(format),
        )
        return counted.n

    if not isinstance(out, (str, Path)):
        return write(out)
    path = Path(out)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            n = write(fh)
            os.fchmod(fh.fileno(), file_mode())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise
    return n


class _Counter:
    """Counts what passes through an iterator."""

    def __init__(self, items: Iterable[ox.Quad]) -> None:
        self.items, self.n = iter(items), 0

    def __iter__(self) -> Iterator[ox.Quad]:
        for item in self.items:
            self.n += 1
            yield item


def _prefixes(format: str) -> dict[str, str] | None:
    if format not in ("turtle", "trig"):
        return None
    from clustergraph.model.namespaces import PREFIXES

    return dict(PREFIXES)
