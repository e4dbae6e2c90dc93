"""The dataset describes itself: DCAT and VoID in the build graph.

Every build writes, into ``<https://w3id.org/clustergraph/id/graph/build>``, a description of
the dataset the way data portals and VoID crawlers read it:

- **what it is** (``dcat:Dataset``, ``void:Dataset``): title, description, licence and rights,
  publisher, version, issue date, keywords, languages, the date of the build
  (``dcterms:modified``), when the source pages were read (``dcterms:provenance``), the ontology
  it follows (``dcterms:conformsTo``), the build that made it (``prov:wasGeneratedBy``), the
  public SPARQL endpoint when one is named (``void:sparqlEndpoint`` and a ``dcat:DataService``);
- **what it holds** (VoID): triples and distinct subjects of the dataset and of each of its
  graphs (``void:subset``: the data, provenance and ontology graphs), entities per class of the
  data graph (``void:classPartition``), and every page the facts cite (``dcterms:source``).

The words come from the data directory's ``dataset.toml`` (:func:`read_metadata`; keys in
docs/configuration.md); a data directory without one gets a plain title and no licence. The
counts reuse the build's summary (triples of the data graph and of all graphs) and add three
cheap queries: distinct subjects of the data and ontology graphs, entities per class, the pages
(about 1.5 s at a million facts; the provenance graph's distinct subjects, millions of statement
nodes, are not counted). :func:`refresh_counts` renews them when an import changes the graph.

>>> describe(store, Path("data"), build_iri, ended_at)     # doctest: +SKIP
152
"""

from __future__ import annotations

import datetime as dt
import hashlib
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from clustergraph.errors import ClusterGraphError
from clustergraph.model.namespaces import (
    BUILD_GRAPH_IRI,
    DATA_GRAPH_IRI,
    DATA_IRI,
    ONTOLOGY_GRAPH_IRI,
    ONTOLOGY_IRI,
    PREFIXES,
    PROVENANCE_GRAPH_IRI,
)

DCAT = "http://www.w3.org/ns/dcat#"
VOID = "http://rdfs.org/ns/void#"
DCTERMS = "http://purl.org/dc/terms/"
FOAF = "http://xmlns.com/foaf/0.1/"
PROV = "http://www.w3.org/ns/prov#"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
XSD = "http://www.w3.org/2001/XMLSchema#"
#: The dataset every build describes (one IRI: a build is a version of it, ``dcat:version``).
DATASET_IRI = DATA_IRI + "dataset"
PUBLISHER_IRI = DATA_IRI + "agent/publisher"
#: The graphs described as subsets, with their titles.
SUBSETS = {
    DATA_GRAPH_IRI: "data graph: every fact once",
    PROVENANCE_GRAPH_IRI: "provenance graph: which pages state which fact, and the records",
    ONTOLOGY_GRAPH_IRI: "ontology graph: the clustergraph ontology",
}
#: The vocabularies the data uses (``void:vocabulary``).
VOCABULARIES = ("cg", "org", "skos", "prov", "sosa", "time", "foaf", "dcterms", "geo")
METADATA_FILE = "dataset.toml"
#: The keys of ``dataset.toml`` and the type each takes.
KEYS: dict[str, type] = {
    "title": str,
    "description": str,
    "version": str,
    "issued": str,
    "license": str,
    "rights": str,
    "publisher": str,
    "retrieved": str,
    "keywords": list,
    "language": list,
}


@dataclass(frozen=True)
class DatasetMetadata:
    """What ``dataset.toml`` says about a dataset (every key optional but the title)."""

    title: str
    description: str | None = None
    version: str | None = None
    issued: str | None = None
    license: str | None = None
    rights: str | None = None
    publisher: str | None = None
    retrieved: str | None = None
    keywords: tuple[str, ...] = ()
    language: tuple[str, ...] = ()
    file: Path | None = field(default=None, compare=False)


def read_metadata(data_dir: Path | str) -> DatasetMetadata:
    """The metadata of ``data_dir/dataset.toml`` (checked: every problem names the file and key)."""
    data_dir = Path(data_dir)
    path = data_dir / METADATA_FILE
    if not path.is_file():
        return DatasetMetadata(title=f"clustergraph dataset built from {data_dir.name or data_dir}")
    try:
        doc = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ClusterGraphError(f"{path}: not a TOML file: {exc}") from None
    values: dict[str, Any] = {}
    for key, value in doc.items():
        if key not in KEYS:
            raise ClusterGraphError(f"{path}: unknown key {key!r}; expected one of: {', '.join(KEYS)}")
        kind = KEYS[key]
        if kind is list:
            if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
                raise ClusterGraphError(f"{path}: key {key!r}: got {value!r}, expected a list of texts")
            values[key] = tuple(value)
        elif not isinstance(value, str) or not value.strip():
            raise ClusterGraphError(f"{path}: key {key!r}: got {value!r}, expected a text")
        else:
            values[key] = " ".join(value.split()) if key in ("description", "rights") else value.strip()
    if "title" not in values:
        raise ClusterGraphError(f"{path}: key 'title' is missing; expected the dataset's title")
    if "license" in values and not values["license"].startswith(("http://", "https://")):
        raise ClusterGraphError(
            f"{path}: key 'license': got {values['license']!r}, expected the licence's IRI"
        )
    if "issued" in values:
        try:
            dt.date.fromisoformat(values["issued"])
        except ValueError:
            raise ClusterGraphError(
                f"{path}: key 'issued': got {values['issued']!r}, expected a date YYYY-MM-DD"
            ) from None
    return DatasetMetadata(file=path, **values)


# --------------------------------------------------------------------------- counts


def _count(store: ox.Store, query: str, graph: str | None = None) -> list[Any]:
    kwargs: dict[str, Any] = {"default_graph": ox.NamedNode(graph)} if graph else {}
    return list(store.query(query, **kwargs))


def _number(store: ox.Store, query: str, graph: str | None = None) -> int:
    return int(_count(store, query, graph)[0]["n"].value)


def counts(store: ox.Store, summary: dict[str, Any] | None = None) -> dict[str, Any]:
    """Triples per graph, distinct subjects of the data and ontology graphs, entities per class.

    ``summary`` (:func:`clustergraph.graph.stats.summary` of the same store) gives the data
    graph's triples (``facts``) and all quads (``quads``), which are the costly counts; the
    provenance graph's triples are the rest once the small graphs are counted. Without it
    they are counted here (about 4 s more at a million facts).
    """
    every = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    names = {g.value for g in store.named_graphs() if isinstance(g, ox.NamedNode)}
    small = {g: _number(store, every, g) for g in names - {DATA_GRAPH_IRI, PROVENANCE_GRAPH_IRI}}
    if summary is not None:
        data, total = int(summary["facts"]), int(summary["quads"])
    else:
        data = _number(store, every, DATA_GRAPH_IRI)
        total = _number(store, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
    triples = {
        DATA_GRAPH_IRI: data,
        PROVENANCE_GRAPH_IRI: total - data - sum(small.values()),
        ONTOLOGY_GRAPH_IRI: small.get(ONTOLOGY_GRAPH_IRI, 0),
    }
    distinct = "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s ?p ?o }"
    subjects = {g: _number(store, distinct, g) for g in (DATA_GRAPH_IRI, ONTOLOGY_GRAPH_IRI)}
    classes = {
        sol["c"].value: int(sol["n"].value)
        for sol in _count(
            store,
            f"SELECT ?c (COUNT(*) AS ?n) WHERE {{ ?x <{RDF_TYPE}> ?c FILTER(isIRI(?c)) }} GROUP BY ?c",
            graph=DATA_GRAPH_IRI,
        )
    }
    return {
        "triples": triples,
        "all_triples": sum(triples.values()),
        "subjects": subjects,
        "classes": dict(sorted(classes.items())),
    }


# --------------------------------------------------------------------------- the description


def _n(value: str) -> ox.NamedNode:
    return ox.NamedNode(value)


def _int(value: int) -> ox.Literal:
    return ox.Literal(str(value), datatype=_n(XSD + "integer"))


def _class_node(cls: str) -> ox.NamedNode:
    """The class partition's IRI: ``…/dataset/class/cg-Organisation``, or a hash for other namespaces."""
    for prefix, ns in PREFIXES.items():
        local = cls[len(ns) :]
        if cls.startswith(ns) and local.replace("-", "").replace("_", "").isalnum():
            return _n(f"{DATASET_IRI}/class/{prefix}-{local}")
    return _n(f"{DATASET_IRI}/class/{hashlib.sha1(cls.encode('utf-8')).hexdigest()[:16]}")


def class_partition(cls: str) -> str:
    """The IRI of the description's class partition of ``cls``."""
    return _class_node(cls).value


def _count_triples(
    store: ox.Store, summary: dict[str, Any] | None
) -> Iterator[tuple[ox.NamedNode, ox.NamedNode, ox.Literal | ox.NamedNode]]:
    """The counting statements (subjects: the dataset, its subsets, its class partitions)."""
    c = counts(store, summary)
    ds = _n(DATASET_IRI)
    yield ds, _n(VOID + "triples"), _int(c["all_triples"])
    yield ds, _n(VOID + "classes"), _int(len(c["classes"]))
    for g, title in SUBSETS.items():
        node = _n(g)
        yield ds, _n(VOID + "subset"), node
        yield node, _n(RDF_TYPE), _n(VOID + "Dataset")
        yield node, _n(DCTERMS + "title"), ox.Literal(title, language="en")
        yield node, _n(VOID + "triples"), _int(c["triples"][g])
        if g in c["subjects"]:
            yield node, _n(VOID + "distinctSubjects"), _int(c["subjects"][g])
    for cls, n in c["classes"].items():
        part = _class_node(cls)
        yield ds, _n(VOID + "classPartition"), part
        yield part, _n(VOID + "class"), _n(cls)
        yield part, _n(VOID + "entities"), _int(n)


def _pages(store: ox.Store) -> list[ox.NamedNode]:
    """The pages the facts cite (``foaf:Document`` in the provenance graph)."""
    q = f"SELECT ?p WHERE {{ ?p <{RDF_TYPE}> <{FOAF}Document> FILTER(isIRI(?p)) }}"
    return [sol["p"] for sol in _count(store, q, graph=PROVENANCE_GRAPH_IRI)]


def description_quads(
    store: ox.Store,
    meta: DatasetMetadata,
    build_iri: str,
    modified: dt.datetime,
    *,
    endpoint: str | None = None,
    summary: dict[str, Any] | None = None,
) -> list[ox.Quad]:
    """The DCAT/VoID description of the dataset in ``store``, as quads of the build graph
    (``summary``: see :func:`counts`)."""
    ds, graph = _n(DATASET_IRI), _n(BUILD_GRAPH_IRI)
    t: list[tuple[Any, Any, Any]] = [
        (ds, _n(RDF_TYPE), _n(DCAT + "Dataset")),
        (ds, _n(RDF_TYPE), _n(VOID + "Dataset")),
        (ds, _n(DCTERMS + "title"), ox.Literal(meta.title, language="en")),
        (ds, _n(DCTERMS + "modified"), ox.Literal(modified.isoformat(), datatype=_n(XSD + "dateTime"))),
        (ds, _n(DCTERMS + "conformsTo"), _n(ONTOLOGY_IRI)),
        (ds, _n(PROV + "wasGeneratedBy"), _n(build_iri)),
        (ds, _n(VOID + "uriSpace"), ox.Literal(DATA_IRI)),
    ]
    t += [(ds, _n(VOID + "vocabulary"), _n(PREFIXES[p])) for p in VOCABULARIES]
    if meta.description:
        t.append((ds, _n(DCTERMS + "description"), ox.Literal(meta.description, language="en")))
    if meta.version:
        t.append((ds, _n(DCAT + "version"), ox.Literal(meta.version)))
    if meta.issued:
        t.append((ds, _n(DCTERMS + "issued"), ox.Literal(meta.issued, datatype=_n(XSD + "date"))))
    if meta.license:
        t.append((ds, _n(DCTERMS + "license"), _n(meta.license)))
    if meta.rights:
        t.append((ds, _n(DCTERMS + "rights"), ox.Literal(meta.rights, language="en")))
    if meta.publisher:
        agent = _n(PUBLISHER_IRI)
        t += [
            (ds, _n(DCTERMS + "publisher"), agent),
            (ds, _n(DCTERMS + "creator"), agent),
            (agent, _n(RDF_TYPE), _n(FOAF + "Agent")),
            (agent, _n(FOAF + "name"), ox.Literal(meta.publisher)),
        ]
    if meta.retrieved:
        statement = _n(DATASET_IRI + "/provenance")
        t += [
            (ds, _n(DCTERMS + "provenance"), statement),
            (statement, _n(RDF_TYPE), _n(DCTERMS + "ProvenanceStatement")),
            (
                statement,
                _n(RDFS_LABEL),
                ox.Literal(
                    f"The source pages were read in the period {meta.retrieved} (ISO 8601); each fact "
                    "cites the pages that state it (the provenance graph).",
                    language="en",
                ),
            ),
        ]
    t += [(ds, _n(DCAT + "keyword"), ox.Literal(k, language="en")) for k in meta.keywords]
    t += [
        (ds, _n(DCTERMS + "language"), _n(f"http://id.loc.gov/vocabulary/iso639-1/{code}"))
        for code in meta.language
    ]
    if endpoint:
        service = _n(DATASET_IRI + "/sparql")
        t += [
            (ds, _n(VOID + "sparqlEndpoint"), _n(endpoint)),
            (service, _n(RDF_TYPE), _n(DCAT + "DataService")),
            (service, _n(DCTERMS + "title"), ox.Literal("SPARQL endpoint", language="en")),
            (service, _n(DCAT + "endpointURL"), _n(endpoint)),
            (service, _n(DCTERMS + "conformsTo"), _n("https://www.w3.org/TR/sparql11-protocol/")),
            (service, _n(DCAT + "servesDataset"), ds),
        ]
    t += [(ds, _n(DCTERMS + "source"), page) for page in _pages(store)]
    t += list(_count_triples(store, summary))
    return [ox.Quad(s, p, o, graph) for s, p, o in dict.fromkeys(t)]


def describe(
    store: ox.Store,
    data_dir: Path | str,
    build_iri: str,
    modified: dt.datetime,
    *,
    endpoint: str | None = None,
    summary: dict[str, Any] | None = None,
) -> int:
    """Write the description of the dataset built from ``data_dir`` into ``store``; the number of
    quads added (a build's store has no description yet)."""
    meta = read_metadata(data_dir)
    quads = description_quads(store, meta, build_iri, modified, endpoint=endpoint, summary=summary)
    store.extend(quads)
    return len(quads)


def refresh_counts(store: ox.Store, summary: dict[str, Any] | None = None) -> int:
    """Renew the counts and pages of a store's description after an import; return how many
    quads the store gained (or lost). ``dcterms:modified`` stays the build's time (each import
    has its own activity with its times). A store without a description is left as it is."""
    graph, ds = _n(BUILD_GRAPH_IRI), _n(DATASET_IRI)
    if not any(True for _ in store.quads_for_pattern(ds, _n(RDF_TYPE), _n(VOID + "Dataset"), graph)):
        return 0
    counted = (VOID + "triples", VOID + "distinctSubjects", VOID + "classes", VOID + "entities")
    old: set[ox.Quad] = set()
    for p in (*counted, VOID + "subset", VOID + "classPartition", VOID + "class"):
        old.update(store.quads_for_pattern(None, _n(p), None, graph))
    for subset in SUBSETS:
        old.update(store.quads_for_pattern(_n(subset), None, None, graph))
    old.update(store.quads_for_pattern(ds, _n(DCTERMS + "source"), None, graph))
    for q in old:
        store.remove(q)
    if summary is not None:  # the summary counted the old description's quads too
        summary = {**summary, "quads": int(summary["quads"]) - len(old)}
    new = [(ds, _n(DCTERMS + "source"), page) for page in _pages(store)]
    new += list(_count_triples(store, summary))
    quads = [ox.Quad(s, p, o, graph) for s, p, o in dict.fromkeys(new)]
    store.extend(quads)
    return len(quads) - len(old)


# --------------------------------------------------------------------------- versions


def ontology_version() -> str | None:
    """The ontology's ``owl:versionInfo`` (of the files that ship with clustergraph)."""
    from clustergraph.model.ontology import ontology_document

    onto, info = _n(ONTOLOGY_IRI), _n("http://www.w3.org/2002/07/owl#versionInfo")
    for t in ox.parse(path=str(ontology_document()), format=ox.RdfFormat.TURTLE):
        if t.subject == onto and t.predicate == info:
            return str(t.object.value)
    return None


def described_version(store: ox.Store) -> str | None:
    """The ``dcat:version`` a built store's description states, or None."""
    for q in store.quads_for_pattern(_n(DATASET_IRI), _n(DCAT + "version"), None, _n(BUILD_GRAPH_IRI)):
        return str(q.object.value)
    return None
