"""RDF files (Turtle, TriG, N-Triples, N-Quads, JSON-LD, RDF/XML) → one source graph each.

All triples of a file go into the file's own named graph (the graph names inside a TriG or
N-Quads file are not kept: the file is the source). Foreign IRIs for things the graph holds
already are linked with ``owl:sameAs`` (organisations, people, events) or ``skos:exactMatch``
(industries and countries, which are SKOS concepts), through the same reconciliation as
profile texts (:mod:`clustergraph.loaders.reconcile`): names (``skos:prefLabel``, ``skos:altLabel``,
``rdfs:label``, ``foaf:name``, ``schema:name``, ``schema:legalName``, ``cg:legalName``) and
websites (``foaf:homepage``, ``schema:url``) of typed subjects.

A broken file is refused with the parser's line and column; nothing of it is loaded.

>>> from clustergraph.loaders.reconcile import EntityIndex
>>> idx = EntityIndex()
>>> idx.add("org", "https://w3id.org/clustergraph/id/org/optonet", ["OptoNet"])
>>> ttl = b'<http://ex.org/o1> a <http://xmlns.com/foaf/0.1/Organization> ; ' \\
...       b'<http://xmlns.com/foaf/0.1/name> "OptoNet e.V." .'
>>> b = rdf_batch(ttl, "x.ttl", "turtle", idx, "https://ex.org/x.ttl")
>>> [t for t in b.triples if "sameAs" in t[1]]
[('<http://ex.org/o1>', '<http://www.w3.org/2002/07/owl#sameAs>', '<https://w3id.org/clustergraph/id/org/optonet>')]
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import pyoxigraph as ox

from clustergraph.errors import AmbiguousMatch, DataError, SourceFileError
from clustergraph.loaders.batch import SourceBatch, file_address
from clustergraph.loaders.files import decode_text, read_bytes
from clustergraph.loaders.rdf_checks import check_nesting, merge_problems, reserved_problems, text_problems
from clustergraph.loaders.reconcile import Decision, EntityIndex
from clustergraph.loaders.terms import Triple, check_iri
from clustergraph.model.namespaces import CG_IRI, DATA_IRI

FORMATS: dict[str, tuple[ox.RdfFormat, str]] = {
    "turtle": (ox.RdfFormat.TURTLE, "Turtle"),
    "trig": (ox.RdfFormat.TRIG, "TriG"),
    "ntriples": (ox.RdfFormat.N_TRIPLES, "N-Triples"),
    "nquads": (ox.RdfFormat.N_QUADS, "N-Quads"),
    "jsonld": (ox.RdfFormat.JSON_LD, "JSON-LD"),
    "rdfxml": (ox.RdfFormat.RDF_XML, "RDF/XML"),
}
SUFFIXES = {
    ".ttl": "turtle",
    ".turtle": "turtle",
    ".trig": "trig",
    ".nt": "ntriples",
    ".ntriples": "ntriples",
    ".nq": "nquads",
    ".nquads": "nquads",
    ".jsonld": "jsonld",
    ".json": "jsonld",
    ".rdf": "rdfxml",
    ".owl": "rdfxml",
    ".xml": "rdfxml",
}

RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
SAME_AS = "<http://www.w3.org/2002/07/owl#sameAs>"
EXACT_MATCH = "<http://www.w3.org/2004/02/skos/core#exactMatch>"
_SCHEMA = ("http://schema.org/", "https://schema.org/")
NAME_PREDICATES = {
    "http://www.w3.org/2004/02/skos/core#prefLabel",
    "http://www.w3.org/2004/02/skos/core#altLabel",
    "http://www.w3.org/2000/01/rdf-schema#label",
    "http://xmlns.com/foaf/0.1/name",
    CG_IRI + "legalName",
    *(s + p for s in _SCHEMA for p in ("name", "legalName", "alternateName")),
}
_WEBSITE_PREDICATES = {"http://xmlns.com/foaf/0.1/homepage", *(s + "url" for s in _SCHEMA)}
#: rdf:type → the kind of entity it is reconciled as.
_KIND_OF_CLASS = {
    "http://www.w3.org/ns/org#Organization": "org",
    "http://www.w3.org/ns/org#FormalOrganization": "org",
    "http://www.w3.org/ns/org#OrganizationalUnit": "org",
    "http://xmlns.com/foaf/0.1/Organization": "org",
    "http://dbpedia.org/ontology/Organisation": "org",
    CG_IRI + "Organisation": "org",
    CG_IRI + "ClusterOrganisation": "org",
    "http://xmlns.com/foaf/0.1/Person": "person",
    CG_IRI + "Event": "event",
    CG_IRI + "Country": "country",
    **{s + "Organization": "org" for s in _SCHEMA},
    **{s + "Corporation": "org" for s in _SCHEMA},
    **{s + "Person": "person" for s in _SCHEMA},
    **{s + "Event": "event" for s in _SCHEMA},
    **{s + "Country": "country" for s in _SCHEMA},
}


def format_of(path: Path | str, fmt: str | None = None) -> str:
    """The format name for a file (from ``fmt`` or the file's suffix)."""
    if fmt:
        if fmt not in FORMATS:
            raise SourceFileError(f"unknown RDF format {fmt!r}; expected one of {', '.join(FORMATS)}")
        return fmt
    suffix = Path(path).suffix.lower()
    if suffix not in SUFFIXES:
        raise SourceFileError(
            f"{path}: cannot tell the RDF format from the suffix {suffix or '(none)'!r}; expected one of "
            f"{', '.join(SUFFIXES)} (or give the format)"
        )
    return SUFFIXES[suffix]


def parse_rdf(data: bytes, name: str, fmt: str, base_iri: str | None = None) -> list[Triple]:
    """Parse RDF bytes into triples of N-Triples terms (graph names dropped).

    Broken input raises :class:`SourceFileError` with the parser's line and column.
    """
    rdf_format, label = FORMATS[fmt]
    what = f"an RDF file in {label}"
    if not data.strip():
        raise SourceFileError(f"{name}: the file is empty; expected {what}")
    decode_text(data, name, what)  # binary data and wrong encodings get their own message
    check_nesting(data, name, fmt, what)
    try:
        quads = list(ox.parse(data, format=rdf_format, base_iri=base_iri))
    except SyntaxError as exc:
        pos = exc.args[1] if len(exc.args) > 1 and isinstance(exc.args[1], tuple) else ()
        line, col = (pos[1], pos[2]) if len(pos) >= 3 else (None, None)
        where = f", line {line}, column {col}" if line is not None else ""
        message = str(exc.args[0] if exc.args else exc)
        raise SourceFileError(f"{name}{where}: broken {label} ({message}); expected {what}") from None
    except MemoryError as exc:  # a token larger than the parser's buffer (16 MiB)
        raise SourceFileError(
            f"{name}: a literal, IRI or JSON value too large for the {label} parser ({exc}); expected {what} "
            "with smaller values"
        ) from None
    except Exception as exc:  # the parser's other errors (I/O, values): never a traceback
        raise SourceFileError(f"{name}: not readable as {label} ({exc}); expected {what}") from None
    if not quads:
        raise SourceFileError(f"{name}: no triples in the file; expected {what} with at least one triple")
    return list(dict.fromkeys((str(q.subject), str(q.predicate), str(q.object)) for q in quads))


def links(
    triples: list[Triple], index: EntityIndex, address: str, name: str
) -> tuple[list[Triple], list[Decision], list[str]]:
    """``owl:sameAs`` / ``skos:exactMatch`` links from the file's typed subjects to the graph's entities.

    Raises :class:`AmbiguousMatch` listing every subject whose names match several entities.
    """
    kinds: dict[str, str] = {}
    names: dict[str, list[str]] = defaultdict(list)
    sites: dict[str, list[str]] = defaultdict(list)
    for s, p, o in triples:
        if not s.startswith("<") or s.startswith("<" + DATA_IRI):
            continue
        subject, pred = s[1:-1], p[1:-1]
        if pred == RDF_TYPE and o.startswith("<") and o[1:-1] in _KIND_OF_CLASS:
            kinds.setdefault(subject, _KIND_OF_CLASS[o[1:-1]])
        elif pred in NAME_PREDICATES and o.startswith('"'):
            names[subject].append(_literal_text(o))
        elif pred in _WEBSITE_PREDICATES:
            sites[subject].append(o[1:-1] if o.startswith("<") else _literal_text(o))
    out: list[Triple] = []
    decisions: list[Decision] = []
    notes: list[str] = []
    ambiguous: list[tuple[str, str, list[tuple[str, str]]]] = []
    for subject, kind in sorted(kinds.items()):
        found: dict[str, tuple[str, str]] = {}
        candidates: list[tuple[str, str]] = []
        site = (sites.get(subject) or [None])[0]
        for label in names.get(subject) or [""]:
            m = index.match(kind, label, website=site)
            if m.attached and m.iri:
                found[m.iri] = (label, m.how)
            elif m.ambiguous:
                candidates.extend(m.candidates)
        if len(found) == 1:
            target, (label, how) = next(iter(found.items()))
            prop = EXACT_MATCH if kind in ("industry", "country") else SAME_AS
            out.append((f"<{subject}>", prop, f"<{target}>"))
            decisions.append(Decision(kind, label, target, how, address))
            notes.append(f"{kind} <{subject}> ({label!r}) = {index.labels.get(target, target)} <{target}>")
        elif len(found) > 1 or candidates:
            cands = sorted(set(candidates) | {(i, index.labels.get(i, i)) for i in found})
            ambiguous.append((", ".join(names.get(subject, [])) or subject, f"{name}: <{subject}>", cands))
        else:
            notes.append(f"{kind} <{subject}>: no match in the graph; kept under its own IRI")
    if ambiguous:
        raise AmbiguousMatch(ambiguous)
    return out, decisions, notes


def _literal_text(term: str) -> str:
    """The text of an N-Triples literal term."""
    lit = ox.parse(f"<http://x> <http://x> {term} .".encode(), format=ox.RdfFormat.N_TRIPLES)
    return next(iter(lit)).object.value


def rdf_batch(
    data: bytes,
    name: str,
    fmt: str,
    index: EntityIndex,
    address: str,
    *,
    kind: str = "rdf-file",
    file: str | None = None,
) -> SourceBatch:
    """Parse and link RDF bytes into a :class:`SourceBatch` for ``address``."""
    triples = parse_rdf(data, name, fmt, base_iri=address)
    extra, decisions, notes = links(triples, index, address, name)
    text = data.decode("utf-8", "replace")
    problems = reserved_problems(triples, name, text) + text_problems(triples, NAME_PREDICATES, name, text)
    problems += merge_problems(triples, extra, index, name, text)
    if problems:
        raise DataError(problems, f"{len(problems)} problem(s) in {name}; nothing of it was loaded")
    return SourceBatch(
        address=address,
        kind=kind,
        triples=triples + extra,
        file=file,
        decisions=decisions,
        notes=notes,
    )


def load_rdf_file(
    path: Path | str, index: EntityIndex, *, source_url: str | None = None, fmt: str | None = None
) -> SourceBatch:
    """Read one RDF file into a batch; its address is ``source_url`` or the file's ``file:`` IRI."""
    path = Path(path)
    fmt = format_of(path, fmt)
    data = read_bytes(path, f"an RDF file in {FORMATS[fmt][1]}")
    if source_url is not None:
        try:
            check_iri(source_url)
        except ValueError as exc:
            raise SourceFileError(f"--source-url {source_url!r}: expected {exc}") from None
    address = source_url or file_address(path)
    return rdf_batch(data, str(path), fmt, index, address, file=str(path))
