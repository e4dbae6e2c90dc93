"""The project's JSON-LD ``@context``: short names for the ontology's terms and the prefixes.

``clustergraph export --format jsonld`` writes compacted JSON-LD with this context. It is
published as a file: ``context.jsonld`` beside this module (in the package) and
``docs/context.jsonld``; :func:`build_context` makes it from the ontology and
:data:`clustergraph.model.namespaces.PREFIXES`, and a test checks that both files are what it
makes (``scripts/jsonld-context`` writes them after an ontology change).

What it holds:

- every prefix of ``PREFIXES`` (``cg``, ``cgd``, ``skos``, ...), so any IRI in those
  namespaces can be written ``cgorg:optonet``;
- a term for each class and property the ontology declares whose local name no other declared
  term shares (``Organisation``, ``region``, ``prefLabel``); an object property's values are IRIs
  (``"@type": "@id"``), a datatype property with one XSD range has that datatype.

>>> ctx = jsonld_context()["@context"]
>>> ctx["cgd"], ctx["Organisation"]
('https://w3id.org/clustergraph/id/', 'cg:Organisation')
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

from clustergraph.model.namespaces import PREFIXES

CONTEXT_FILE = Path(__file__).with_name("context.jsonld")
OWL = "http://www.w3.org/2002/07/owl#"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
RDFS_RANGE = "http://www.w3.org/2000/01/rdf-schema#range"
XSD = PREFIXES["xsd"]
#: Datatypes a plain JSON string stands for without coercion (no term ``@type`` for them).
_PLAIN = {XSD + "string", "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"}


#: Namespace → prefix (every namespace of PREFIXES ends with "/" or "#").
_NAMESPACES = {ns: prefix for prefix, ns in PREFIXES.items()}


def compact_iri(value: str) -> str:
    """``value`` as ``prefix:local`` with the longest namespace of :data:`PREFIXES`, else unchanged.

    >>> compact_iri("https://w3id.org/clustergraph/id/org/optonet")
    'cgorg:optonet'
    """
    end = len(value)
    while end > 0:
        end = max(value.rfind("/", 0, end), value.rfind("#", 0, end))
        if end < 0:
            break
        prefix = _NAMESPACES.get(value[: end + 1])
        if prefix is not None:
            local = value[end + 1 :]
            # a processor reads "p://x" as an absolute IRI: such a local part stays written in full
            return f"{prefix}:{local}" if local and not local.startswith("//") else value
    return value


def build_context() -> dict[str, Any]:
    """The context made from the ontology's declarations (what ``context.jsonld`` must hold)."""
    import pyoxigraph as ox

    from clustergraph.model.ontology import ontology_document

    kinds: dict[str, str] = {}
    ranges: dict[str, set[str]] = {}
    for t in ox.parse(path=str(ontology_document()), format=ox.RdfFormat.TURTLE):
        if not isinstance(t.subject, ox.NamedNode):
            continue
        s = t.subject.value
        if t.predicate.value == RDF_TYPE and isinstance(t.object, ox.NamedNode):
            kind = t.object.value.removeprefix(OWL)
            if kind in ("Class", "ObjectProperty", "DatatypeProperty", "AnnotationProperty"):
                kinds.setdefault(s, kind)
        elif t.predicate.value == RDFS_RANGE and isinstance(t.object, ox.NamedNode):
            ranges.setdefault(s, set()).add(t.object.value)
    by_name: dict[str, list[str]] = {}
    for term in kinds:
        compact = compact_iri(term)
        if compact != term:  # only terms of the project's namespaces
            by_name.setdefault(compact.split(":", 1)[1], []).append(term)
    terms: dict[str, Any] = {}
    for name, iris in sorted(by_name.items()):
        if len(iris) != 1 or name in PREFIXES or not name.replace("_", "").isalnum():
            continue
        term = iris[0]
        kind, compact = kinds[term], compact_iri(term)
        datatypes = ranges.get(term, set())
        if kind == "ObjectProperty":
            terms[name] = {"@id": compact, "@type": "@id"}
        elif kind == "DatatypeProperty" and len(datatypes) == 1 and not datatypes & _PLAIN:
            (datatype,) = datatypes
            terms[name] = (
                {"@id": compact, "@type": compact_iri(datatype)} if datatype.startswith(XSD) else compact
            )
        else:
            terms[name] = compact
    return {"@context": {**PREFIXES, **terms}}


def context_text() -> str:
    """The context as the published file holds it (sorted keys, two-space indents, a final newline)."""
    return json.dumps(build_context(), indent=2, ensure_ascii=False) + "\n"


@cache
def jsonld_context() -> dict[str, Any]:
    """The published context (``context.jsonld`` of the package), read once."""
    return json.loads(CONTEXT_FILE.read_text(encoding="utf-8"))
