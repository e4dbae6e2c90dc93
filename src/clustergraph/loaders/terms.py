"""RDF terms as N-Triples text: the fast path from rows to the store.

Row functions build triples as tuples of three N-Triples term strings; the build writes them
as N-Quads and bulk-loads them into the store. :func:`to_rdflib` turns such a triple into
rdflib terms for callers who want the rdflib API.

>>> iri("https://w3id.org/clustergraph/id/org/optonet")
'<https://w3id.org/clustergraph/id/org/optonet>'
>>> literal('say "hi"\\n')
'"say \\\\"hi\\\\"\\\\n"'
>>> date_literal("2022-03")
'"2022-03"^^<http://www.w3.org/2001/XMLSchema#gYearMonth>'
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from rdflib import Literal, URIRef
from rdflib.util import from_n3

from clustergraph.text import BIDI, INVISIBLE, describe

XSD = "http://www.w3.org/2001/XMLSchema#"
XSD_INTEGER = XSD + "integer"
XSD_DECIMAL = XSD + "decimal"
XSD_BOOLEAN = XSD + "boolean"
XSD_DATE = XSD + "date"
XSD_GYEAR = XSD + "gYear"
XSD_GYEARMONTH = XSD + "gYearMonth"
XSD_DATETIME = XSD + "dateTime"

Triple = tuple[str, str, str]

# Characters that may not appear in an IRI written in N-Triples, and those RFC 3987 forbids
# (controls, bidi formatting characters) or that hide in one (zero-width characters).
_BAD_IRI = re.compile('[\x00-\x20<>"{}|\\\\^`\x7f-\x9f' + re.escape(BIDI + INVISIBLE) + "]")
_IRI_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")
_ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t"})


def check_iri(value: str) -> str:
    """Return ``value`` if it is an absolute IRI that N-Triples can carry, else raise ValueError."""
    if not _IRI_SCHEME.match(value):
        raise ValueError("an absolute IRI (with a scheme such as https:)")
    bad = _BAD_IRI.search(value)
    if bad:
        c = bad.group()
        found = repr(c) if c.isprintable() or c == " " else describe(c)
        raise ValueError(
            "an IRI without spaces, control or bidi characters "
            f'or the characters <>"{{}}|\\^` (found {found})'
        )
    return value


def iri(value: str) -> str:
    """An IRI term. The caller guarantees ``value`` passed :func:`check_iri` (or is built from slugs)."""
    return f"<{value}>"


def literal(value: str, datatype: str | None = None, lang: str | None = None) -> str:
    """A literal term, escaped for N-Triples."""
    text = '"' + value.translate(_ESCAPES) + '"'
    if lang:
        return f"{text}@{lang}"
    if datatype:
        return f"{text}^^<{datatype}>"
    return text


def integer_literal(value: int) -> str:
    return f'"{value}"^^<{XSD_INTEGER}>'


def decimal_literal(value: str) -> str:
    return f'"{value}"^^<{XSD_DECIMAL}>'


def boolean_literal(value: bool) -> str:
    return f'"{"true" if value else "false"}"^^<{XSD_BOOLEAN}>'


def date_datatype(value: str) -> str:
    """The XSD datatype for an ISO date of precision year, month or day."""
    return {4: XSD_GYEAR, 7: XSD_GYEARMONTH, 10: XSD_DATE}[len(value)]


def date_literal(value: str) -> str:
    """A date literal typed by its precision: ``xsd:gYear``, ``xsd:gYearMonth`` or ``xsd:date``."""
    return f'"{value}"^^<{date_datatype(value)}>'


def to_rdflib(triple: Triple) -> tuple[URIRef, URIRef, URIRef | Literal]:
    """Convert a triple of N-Triples terms into rdflib terms.

    >>> to_rdflib(('<http://a>', '<http://b>', '"x"@de'))
    (rdflib.term.URIRef('http://a'), rdflib.term.URIRef('http://b'), rdflib.term.Literal('x', lang='de'))
    """
    return tuple(from_n3(t) for t in triple)  # type: ignore[return-value]


def nquads(triples: Iterable[Triple], graph: str) -> str:
    """Serialise triples into one named graph as N-Quads text (``graph`` is an IRI term)."""
    return "".join(f"{s} {p} {o} {graph} .\n" for s, p, o in triples)
