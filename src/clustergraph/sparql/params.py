"""Typed parameters of the named queries: user text or Python values → RDF terms.

A value becomes an RDF term of the parameter's type (see the table in
:mod:`clustergraph.sparql.library`); :func:`clustergraph.sparql.query.bind` then writes it into
the query as a constant term (its N-Triples serialisation) and binds the variable by a ``VALUES``
block, so no value can become query syntax. Ad-hoc queries get a type
from how a value looks (:func:`guess_term`).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

import pyoxigraph as ox

from clustergraph.model.namespaces import DATA_IRI, PREFIXES
from clustergraph.sparql.query import QueryError

XSD = "http://www.w3.org/2001/XMLSchema#"
#: Kinds of data entity, each with its IRIs under ``https://w3id.org/clustergraph/id/{kind}/``.
ENTITY_KINDS = ("org", "person", "partnership", "programme", "event", "region", "industry")
PARAM_TYPES = ("iri", "entity", *ENTITY_KINDS, "string", "date", "integer", "decimal", "boolean")


class ParameterError(QueryError):
    """A parameter is missing, unknown, or its value does not fit its type."""


@dataclass(frozen=True)
class Parameter:
    """A typed parameter of a named query, bound to the query variable of the same name."""

    name: str
    type: str
    default: str | None = None
    help: str = ""

    @property
    def required(self) -> bool:
        return self.default is None

    def term(self, value: Any) -> ox.NamedNode | ox.Literal:
        """The RDF term for ``value`` (text as typed by a user, a Python value, or a term)."""
        return make_term(value, self.type, self.name)

    def describe(self) -> str:
        default = "required" if self.required else f"default {self.default}"
        return f"{self.name} ({self.type}, {default})" + (f": {self.help}" if self.help else "")


def make_term(value: Any, type_: str, name: str = "value") -> ox.NamedNode | ox.Literal:
    """Turn ``value`` into a term of parameter type ``type_``; :class:`ParameterError` if it does not fit.

    >>> make_term("DE-TH", "region")
    <NamedNode value=https://w3id.org/clustergraph/id/region/DE-TH>
    >>> str(make_term("2021-06", "date"))
    '"2021-06"^^<http://www.w3.org/2001/XMLSchema#gYearMonth>'
    >>> make_term("12a", "integer")
    Traceback (most recent call last):
    ...
    clustergraph.sparql.params.ParameterError: parameter 'value': got '12a', expected an integer
    """
    if isinstance(value, (ox.NamedNode, ox.Literal)):
        return value
    if type_ not in PARAM_TYPES:
        raise ParameterError(
            f"parameter {name!r}: unknown type {type_!r}; expected one of {', '.join(PARAM_TYPES)}"
        )

    def bad(expected: str) -> ParameterError:
        return ParameterError(f"parameter {name!r}: got {value!r}, expected {expected}")

    if type_ == "integer":
        if isinstance(value, bool) or not re.fullmatch(r"[+-]?\d+", str(value).strip()):
            raise bad("an integer")
        return ox.Literal(str(int(str(value).strip())), datatype=ox.NamedNode(XSD + "integer"))
    if type_ == "decimal":
        text = str(value).strip()
        if isinstance(value, bool) or not re.fullmatch(r"[+-]?(\d+(\.\d*)?|\.\d+)", text):
            raise bad("a decimal number such as 12.5")
        return ox.Literal(text, datatype=ox.NamedNode(XSD + "decimal"))
    if type_ == "boolean":
        text = str(value).strip().lower()
        if text not in ("true", "false"):
            raise bad("true or false")
        return ox.Literal(text, datatype=ox.NamedNode(XSD + "boolean"))
    if type_ == "date":
        return _date_term(value, bad)
    if type_ == "string":
        return ox.Literal(str(value))
    text = str(value).strip()
    if type_ == "iri":
        return _iri(text, bad)
    if type_ == "entity":
        m = re.fullmatch(r"([a-z]+):([A-Za-z0-9][A-Za-z0-9-]*)", text)
        if m and m.group(1) in ENTITY_KINDS:
            return ox.NamedNode(f"{DATA_IRI}{m.group(1)}/{m.group(2)}")
        return _iri(
            text, lambda _e: bad(f"a typed id ({', '.join(k + ':id' for k in ENTITY_KINDS)}) or an IRI")
        )
    # an entity kind: an id of that kind, or an IRI
    if re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9-]*", text):
        return ox.NamedNode(f"{DATA_IRI}{type_}/{text}")
    return _iri(text, lambda _e: bad(f"an id of a {type_} (such as {EXAMPLE_IDS[type_]}) or an IRI"))


#: An id of each entity kind, for the hints of error messages.
EXAMPLE_IDS = {
    "org": "optonet",
    "person": "nora-kirsten",
    "partnership": "photonics4industry",
    "programme": "go-cluster",
    "event": "go-cluster-clustertreffen-2022",
    "region": "DE-TH",
    "industry": "photonics",
}


def _iri(text: str, bad: Any) -> ox.NamedNode:
    if text.startswith("<") and text.endswith(">"):
        text = text[1:-1]
    m = re.fullmatch(r"([A-Za-z][A-Za-z0-9]*):(.*)", text)
    if m and m.group(1) in PREFIXES and not m.group(2).startswith("//"):
        text = PREFIXES[m.group(1)] + m.group(2)
    if not re.fullmatch(r"[A-Za-z][A-Za-z0-9+.-]*:[^\s<>\"{}|^`\\]+", text):
        raise bad("an absolute IRI such as https://w3id.org/clustergraph/id/org/optonet")
    try:
        return ox.NamedNode(text)
    except ValueError:
        raise bad("an absolute IRI such as https://w3id.org/clustergraph/id/org/optonet") from None


def _date_term(value: Any, bad: Any) -> ox.Literal:
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        value = value.isoformat()
    text = str(value).strip()
    if text == "today":
        text = dt.date.today().isoformat()
    expected = "a date YYYY, YYYY-MM or YYYY-MM-DD"
    if re.fullmatch(r"\d{4}", text):
        return ox.Literal(text, datatype=ox.NamedNode(XSD + "gYear"))
    if re.fullmatch(r"\d{4}-\d{2}", text):
        if not 1 <= int(text[5:]) <= 12:
            raise bad(expected)
        return ox.Literal(text, datatype=ox.NamedNode(XSD + "gYearMonth"))
    try:
        dt.date.fromisoformat(text) if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text) else None
    except ValueError:
        raise bad(expected) from None
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        raise bad(expected)
    return ox.Literal(text, datatype=ox.NamedNode(XSD + "date"))


def guess_term(value: str, name: str = "value") -> ox.NamedNode | ox.Literal:
    """A term for a parameter of an ad-hoc query, from how the value looks.

    ``<IRI>``, ``http(s)://...``, prefixed names (``cgd:org/optonet``) and typed ids
    (``org:optonet``) become IRIs; integers, decimals, ``true``/``false`` and ISO dates become
    typed literals; anything else a plain string. Write ``name:TYPE=value`` to choose the type.

    >>> guess_term("org:optonet")
    <NamedNode value=https://w3id.org/clustergraph/id/org/optonet>
    >>> str(guess_term("Jena")), str(guess_term("2023"))
    ('"Jena"', '"2023"^^<http://www.w3.org/2001/XMLSchema#integer>')
    """
    text = value.strip()
    m = re.fullmatch(r"([a-z]+):([A-Za-z0-9][A-Za-z0-9-]*)", text)
    if m and m.group(1) in ENTITY_KINDS:
        return make_term(text, "entity", name)
    if (text.startswith("<") and text.endswith(">")) or re.match(r"https?://", text):
        return make_term(text, "iri", name)
    m = re.fullmatch(r"([a-z]+):\S+", text)
    if m and m.group(1) in PREFIXES:
        return make_term(text, "iri", name)
    for type_, pattern in (
        ("integer", r"[+-]?\d+"),
        ("decimal", r"[+-]?\d+\.\d+"),
        ("boolean", r"true|false"),
        ("date", r"\d{4}-\d{2}(-\d{2})?"),
    ):
        if re.fullmatch(pattern, text):
            return make_term(text, type_, name)
    return ox.Literal(value)
