"""SHACL validation of the graph with pySHACL, returned as a small report a person can read.

>>> from rdflib import Graph
>>> report = validate_graph(Graph())
>>> report.conforms, report.violation_count
(True, 0)
"""

from __future__ import annotations

import time
from collections import defaultdict
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDFS, SH, SKOS

from clustergraph.model.namespaces import DATA_GRAPH_IRI, ONTOLOGY_GRAPH_IRI, PREFIXES, PROVENANCE_GRAPH_IRI


@dataclass(frozen=True)
class ValidationResult:
    """One SHACL result: which node, which shape, what is wrong."""

    severity: str
    focus_node: str
    message: str
    source_shape: str
    constraint: str
    path: str | None = None
    value: str | None = None
    focus_label: str | None = None


@dataclass
class ValidationReport:
    """The outcome of a validation: results grouped for reading, counts, and timing."""

    results: list[ValidationResult] = field(default_factory=list)
    triples_checked: int = 0
    seconds: float = 0.0
    engine: str = "pyshacl"

    @property
    def violation_count(self) -> int:
        return sum(1 for r in self.results if r.severity == "Violation")

    @property
    def warning_count(self) -> int:
        return sum(1 for r in self.results if r.severity == "Warning")

    @property
    def conforms(self) -> bool:
        """True when there is no violation (warnings do not count)."""
        return self.violation_count == 0

    def grouped(self) -> dict[str, dict[str, list[ValidationResult]]]:
        """Results by source shape, then by focus node, violations first."""
        out: dict[str, dict[str, list[ValidationResult]]] = defaultdict(lambda: defaultdict(list))
        order = {"Violation": 0, "Warning": 1, "Info": 2}
        for r in sorted(
            self.results, key=lambda r: (order.get(r.severity, 3), r.source_shape, r.focus_node, r.path or "")
        ):
            out[r.source_shape][r.focus_node].append(r)
        return {k: dict(v) for k, v in out.items()}

    def to_text(self, limit: int = 50) -> str:
        """A report a person can read: one block per shape, one line per focus node."""
        head = (
            f"{'conforms' if self.conforms else 'does NOT conform'}: "
            f"{self.violation_count} violation(s), {self.warning_count} warning(s) "
            f"in {self.triples_checked:,} triples ({self.seconds:.1f} s, {self.engine})"
        )
        lines = [head]
        shown = 0
        for shape, by_focus in self.grouped().items():
            first = next(iter(by_focus.values()))[0]
            lines.append(f"\n{first.severity}: {_short(shape)} ({sum(map(len, by_focus.values()))})")
            for focus, results in by_focus.items():
                if shown >= limit:
                    break
                label = f" ({results[0].focus_label})" if results[0].focus_label else ""
                lines.append(f"  {_short(focus)}{label}")
                for r in results:
                    where = f" [{_short(r.path)}]" if r.path else ""
                    value = f" value: {r.value}" if r.value is not None else ""
                    lines.append(f"    - {r.message}{where}{value}")
                shown += 1
        if shown >= limit and len(self.results) > limit:
            lines.append(f"\n... more results: use --json for all {len(self.results)}")
        return "\n".join(lines)

    def to_dict(self) -> dict[str, Any]:
        return {
            "conforms": self.conforms,
            "violations": self.violation_count,
            "warnings": self.warning_count,
            "triples_checked": self.triples_checked,
            "seconds": round(self.seconds, 3),
            "engine": self.engine,
            "results": [asdict(r) for r in self.results],
        }


def _short(iri: str | None) -> str:
    if not iri:
        return ""
    for prefix, ns in PREFIXES.items():
        if iri.startswith(ns):
            return f"{prefix}:{iri[len(ns) :]}"
    if iri.startswith("https://w3id.org/clustergraph/shapes#"):
        return "shape:" + iri.split("#", 1)[1]
    return iri


def _label(g: Graph, node: Any) -> str | None:
    for p in (SKOS.prefLabel, RDFS.label):
        for o in g.objects(node, p):
            return str(o)
    return None


def _shape_name(shapes: Graph, shape: Any) -> str:
    """A readable name for a shape: its IRI, or for a blank property shape, the node shape
    that holds it and the path (``shape:OrganisationShape/skos:prefLabel``)."""
    from rdflib import BNode

    if not isinstance(shape, BNode):
        return str(shape)
    parent = shapes.value(None, SH.property, shape)
    path = shapes.value(shape, SH.path)
    parent_name = _short(str(parent)) if parent is not None and not isinstance(parent, BNode) else "shape"
    return f"{parent_name}/{_short(str(path))}" if isinstance(path, URIRef) else parent_name


ENGINES = ("auto", "turbo", "pyshacl")


def engine_module(engine: str = "auto") -> tuple[str, Any]:
    """The SHACL engine to use: ``turbo`` (pyshacl-turbo, a Rust engine with pySHACL's API,
    many times faster) when installed, else ``pyshacl``. The tests check both give the same
    results on every example."""
    if engine not in ENGINES:
        raise ValueError(f"unknown SHACL engine {engine!r}; expected one of {', '.join(ENGINES)}")
    if engine in ("auto", "turbo"):
        try:
            import pyshacl_turbo

            return "turbo", pyshacl_turbo
        except ImportError:
            if engine == "turbo":
                raise
    import pyshacl

    return "pyshacl", pyshacl


def validate_graph(
    data: Any,
    shapes: Graph | None = None,
    *,
    ontology: Graph | None = None,
    engine: str = "auto",
    label_store: Any = None,
) -> ValidationReport:
    """Validate ``data`` against ``shapes`` (default: the project's shapes).

    ``data`` is an rdflib graph, or (engine ``turbo`` only) an in-memory pyoxigraph store whose
    default graph holds the data, or the engine's own input (:func:`_turbo_input`). ``ontology`` is
    mixed in for subclass reasoning when the data does not carry it. ``engine`` is ``auto`` (the
    fast engine if installed), ``turbo`` or ``pyshacl``. ``label_store`` (a pyoxigraph store whose
    default graph has the labels) names the focus nodes when ``data`` cannot be queried.
    """
    from clustergraph.model.ontology import shapes_graph

    name, module = engine_module(engine)
    shapes = shapes if shapes is not None else shapes_graph()
    started = time.perf_counter()
    _conforms, report_graph, _text = module.validate(
        data,
        shacl_graph=shapes,
        ont_graph=ontology,
        inference="none",
        abort_on_first=False,
        allow_warnings=True,
        allow_infos=True,
    )
    seconds = time.perf_counter() - started
    # Only the report's own results: pySHACL also writes nested sh:detail results.
    raw = list(report_graph.objects(None, SH.result))
    labels = _labels(
        data if label_store is None else label_store, {report_graph.value(res, SH.focusNode) for res in raw}
    )
    results = []
    for res in raw:
        focus = report_graph.value(res, SH.focusNode)
        severity = report_graph.value(res, SH.resultSeverity)
        path = report_graph.value(res, SH.resultPath)
        value = report_graph.value(res, SH.value)
        messages = [str(m) for m in report_graph.objects(res, SH.resultMessage)]
        results.append(
            ValidationResult(
                severity=str(severity).rsplit("#", 1)[-1] if severity else "Violation",
                focus_node=str(focus),
                message="; ".join(messages) or "(no message)",
                source_shape=_shape_name(shapes, report_graph.value(res, SH.sourceShape)),
                constraint=str(report_graph.value(res, SH.sourceConstraintComponent)),
                path=str(path) if isinstance(path, URIRef) else (None if path is None else "(path)"),
                value=None
                if value is None
                else (str(value) if isinstance(value, (URIRef, Literal)) else "(node)"),
                focus_label=labels.get(str(focus)),
            )
        )
    checked = len(data) if isinstance(data, Graph) or hasattr(data, "query") else 0
    return ValidationReport(results=results, triples_checked=checked, seconds=seconds, engine=name)


def _labels(data: Any, nodes: set[Any]) -> dict[str, str]:
    """Labels (skos:prefLabel, else rdfs:label) of the focus nodes, for the report."""
    iris = [n for n in nodes if isinstance(n, URIRef)]
    if isinstance(data, Graph):
        return {str(n): label for n in iris if (label := _label(data, n))}
    if not iris:
        return {}
    values = " ".join(f"<{n}>" for n in iris)
    query = (
        "SELECT ?n (MIN(STR(?l)) AS ?label) WHERE { VALUES ?n { " + values + " } "
        "{ ?n <http://www.w3.org/2004/02/skos/core#prefLabel> ?l } UNION "
        "{ ?n <http://www.w3.org/2000/01/rdf-schema#label> ?l } } GROUP BY ?n"
    )
    return {sol["n"].value: sol["label"].value for sol in data.query(query)}


#: The graphs a validation reads: the facts and the ontology (for subclass reasoning), and the
#: provenance (statement nodes and records: their shapes check the provenance the loaders write).
VALIDATED_GRAPHS = (DATA_GRAPH_IRI, ONTOLOGY_GRAPH_IRI, PROVENANCE_GRAPH_IRI)


def graphs_ntriples(store: Any, out: Path, graphs: tuple[str, ...] = VALIDATED_GRAPHS) -> Path:
    """Write the merge of some graphs of a store (or :class:`GraphStore`) as N-Triples."""
    import pyoxigraph as ox

    inner = getattr(store, "store", store)
    with open(out, "wb") as fh:
        for g in graphs:
            ox.serialize(
                (
                    ox.Triple(q.subject, q.predicate, q.object)
                    for q in inner.quads_for_pattern(None, None, None, ox.NamedNode(g))
                ),
                fh,
                ox.RdfFormat.N_TRIPLES,
            )
    return out


def validate_ntriples(path: Path, *, engine: str = "auto") -> ValidationReport:
    """Validate an N-Triples file holding the data and the ontology.

    The fast engine reads it into an in-memory pyoxigraph store (no rdflib graph: a fraction
    of the memory and time at a million triples); pySHACL reads it into an rdflib graph.
    """
    import pyoxigraph as ox

    name, _module = engine_module(engine)
    if name == "turbo":
        data: Any = ox.Store()
        data.bulk_load(path=str(path), format=ox.RdfFormat.N_TRIPLES)
    else:
        data = Graph().parse(path, format="nt")
    return validate_graph(data, engine=name)


def store_graph(store: Any) -> Graph:
    """The validated graphs of a pyoxigraph store (or :class:`GraphStore`) as one rdflib graph."""
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        return Graph().parse(graphs_ntriples(store, Path(tmp) / "graph.nt"), format="nt")


def validate_store(store: Any, *, engine: str = "auto") -> ValidationReport:
    """Validate a store: its data, ontology and provenance graphs, merged.

    The statement nodes of the provenance graph (most of its triples) are checked with queries on
    the store (:mod:`clustergraph.graph.statements`), everything else by the SHACL engine, with
    the same results as the engine on the whole merge; a shapes graph whose statement shape
    differs from the one that module implements is checked by the engine alone.
    """
    import tempfile

    from clustergraph.graph import statements
    from clustergraph.model.ontology import shapes_graph

    shapes = shapes_graph()
    if not statements.shape_is_known(shapes):
        with tempfile.TemporaryDirectory() as tmp:
            return validate_ntriples(graphs_ntriples(store, Path(tmp) / "graph.nt"), engine=engine)
    started = time.perf_counter()
    checked = [
        ValidationResult(
            severity="Violation",
            focus_node=v.focus,
            message="; ".join(str(m) for m in shapes.objects(v.shape, SH.message)) or "(no message)",
            source_shape=_shape_name(shapes, v.shape),
            constraint=v.constraint,
            path=v.path,
            value=v.value,
        )
        for v in statements.check_statements(store, VALIDATED_GRAPHS, shapes)
    ]
    rest = statements.other_triples(store, VALIDATED_GRAPHS)
    name, _module = engine_module(engine)
    inner = getattr(store, "store", store)
    label_store = None
    data: Any = _turbo_input(rest) if name == "turbo" else None
    if data is not None:  # the engine reads the text itself: no store in between
        label_store = _MergedGraphs(inner, VALIDATED_GRAPHS)
    elif name == "turbo":
        import pyoxigraph as ox

        data = ox.Store()
        data.bulk_load(rest, format=ox.RdfFormat.N_TRIPLES)
    else:
        data = Graph().parse(data=rest.decode("utf-8"), format="nt")
    del rest
    report = validate_graph(data, shapes, engine=name, label_store=label_store)
    within = " ".join(f"<{g}>" for g in VALIDATED_GRAPHS)
    count = f"SELECT (COUNT(*) AS ?n) WHERE {{ VALUES ?g {{ {within} }} GRAPH ?g {{ ?s ?p ?o }} }}"
    counted = inner.query(count)
    report.triples_checked = int(next(iter(counted))["n"].value)
    report.results = checked + report.results
    report.seconds = time.perf_counter() - started
    return report


def _turbo_input(ntriples: bytes) -> Any:
    """N-Triples as the fast engine's own input, which it parses itself (no in-memory store filled
    and dumped again for it: about 1 s at 1M triples); ``None`` if this engine version has no such
    input (the caller then fills a store)."""
    try:
        from pyshacl_turbo.rdf import Input
    except ImportError:
        return None
    try:
        return Input(ntriples.decode("utf-8"), "nt", None, {}, preserve_ids=True)
    except TypeError:  # another signature
        return None


class _MergedGraphs:
    """A pyoxigraph store queried with some of its graphs merged as the default graph."""

    def __init__(self, store: Any, graphs: tuple[str, ...]) -> None:
        import pyoxigraph as ox

        self.store = store
        self.graphs = [ox.NamedNode(g) for g in graphs]

    def query(self, sparql: str) -> Any:
        return self.store.query(sparql, default_graph=self.graphs)
