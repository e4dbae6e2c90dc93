"""The engines of the conformance test, the cases (named query × parameters) and how rows compare.

Rows compare as multisets of canonical cells: IRIs as ``<iri>``, literals with their datatype
(numbers by value within their family: integer, decimal, double), language tags lower-cased, the
parts of a ``GROUP_CONCAT`` column sorted (their order is unspecified). Where the query has an
``ORDER BY``, the sequence of its sort keys (the variables its conditions use) must be the same on
every engine too: rows that tie on every key may come in any order.
"""

from __future__ import annotations

import re
import shlex
from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any

import pyoxigraph as ox

from clustergraph.model.sparqltext import TOKENS
from clustergraph.sparql.library import NamedQuery, library

XSD = "http://www.w3.org/2001/XMLSchema#"
INTEGERS = {
    XSD + t
    for t in (
        "integer",
        "int",
        "long",
        "short",
        "byte",
        "nonNegativeInteger",
        "positiveInteger",
        "nonPositiveInteger",
        "negativeInteger",
        "unsignedLong",
        "unsignedInt",
        "unsignedShort",
        "unsignedByte",
    )
}
FAMILY = {**dict.fromkeys(INTEGERS, "integer"), XSD + "decimal": "decimal", XSD + "double": "double"}
FAMILY[XSD + "float"] = "double"

#: The engines, in the matrix's column order: (column name, how the data got there).
ENGINES = (
    ("embedded", "the build's own store (pyoxigraph)"),
    ("oxigraph nq", "Oxigraph server, N-Quads dump loaded as it is (oxigraph load)"),
    ("oxigraph trig", "Oxigraph server, TriG dump loaded as it is"),
    ("oxigraph-union nq", "Oxigraph server --union-default-graph, N-Quads dump"),
    ("oxigraph-union trig", "Oxigraph server --union-default-graph, TriG dump"),
    ("virtuoso push", "Virtuoso 7 after 'clustergraph push --endpoint URL' and no other option"),
    ("jena nq", "Jena TDB2 (JenaSparqlServer), N-Quads dump (tdb2.tdbloader)"),
    ("jena-union trig", "Jena TDB2 with unionDefaultGraph, TriG dump"),
)


#: case id -> engine -> "=" (same rows as the embedded store), "≠" (differs) or "error"; the
#: conftest prints it at the end of the run.
MATRIX: dict[str, dict[str, str]] = {}


@dataclass(frozen=True)
class Case:
    """One named query with one set of parameters."""

    query: str
    params: tuple[tuple[str, str], ...]

    @property
    def id(self) -> str:
        return self.query + ("[" + " ".join(f"{k}={v}" for k, v in self.params) + "]" if self.params else "")


@dataclass
class Answer:
    """What one engine answered for one case: canonical rows (in order), or an error."""

    variables: list[str] = field(default_factory=list)
    rows: list[tuple[str, ...]] = field(default_factory=list)
    error: str = ""


def cases(extra: dict[str, list[dict[str, str]]] | None = None) -> list[Case]:
    """Every named query with the parameter sets of ``extra`` (those of its exact tests on the test
    graph), else with its ``@example`` ones (written for the real data: an id there may not be in
    the test graph), no repeats."""
    out: dict[Case, None] = {}
    for name, q in sorted(library().items()):
        examples = [dict(item.split("=", 1) for item in shlex.split(example)) for example in q.examples]
        sets = (extra or {}).get(name) or examples
        for params in sets or [{}]:
            out[Case(name, tuple(sorted(params.items())))] = None
    return list(out)


def concatenated(q: NamedQuery) -> dict[str, str]:
    """The columns a query makes with ``GROUP_CONCAT``, and their separators."""
    found = re.finditer(
        r'GROUP_CONCAT\s*\((?:[^;()]|\([^()]*\))*;\s*SEPARATOR\s*=\s*"((?:[^"\\]|\\.)*)"\s*\)\s*AS\s*\?(\w+)',
        q.text,
        re.IGNORECASE,
    )
    out = {m.group(2): m.group(1).encode().decode("unicode_escape") for m in found}
    # a column that takes one of them (``BIND(COALESCE(?stated, ?recorded) AS ?source)``) too
    for m in re.finditer(r"COALESCE\s*\(([^()]*)\)\s*AS\s*\?(\w+)", q.text, re.IGNORECASE):
        seps = {out[v] for v in re.findall(r"\?(\w+)", m.group(1)) if v in out}
        if len(seps) == 1:
            out[m.group(2)] = seps.pop()
    return out


def order_keys(q: NamedQuery) -> list[str]:
    """The variables of the outermost ``ORDER BY`` of a query (those its conditions use), in order."""
    depth, tail = 0, None
    for m in TOKENS.finditer(q.text):
        kind = m.lastgroup
        if kind == "open":
            depth += 1
        elif kind == "close":
            depth -= 1
        elif kind == "word" and depth == 0 and m.group().upper() == "ORDER":
            tail = m.end()
    if tail is None:
        return []
    keys: list[str] = []
    for m in TOKENS.finditer(q.text, tail):
        if m.lastgroup == "word" and m.group().upper() in ("LIMIT", "OFFSET", "VALUES"):
            break
        if m.lastgroup == "var" and m.group()[1:] not in keys:
            keys.append(m.group()[1:])
    return keys


def cell(term: Any, separator: str | None = None) -> str:
    """One cell, canonical (see the module docstring)."""
    if term is None:
        return "UNBOUND"
    if isinstance(term, ox.NamedNode):
        return f"<{term.value}>"
    if isinstance(term, ox.BlankNode):
        return "_:b"
    value = term.value
    if separator is not None and value:
        value = separator.join(sorted(value.split(separator)))
    if term.language:
        return f'"{value}"@{term.language.lower()}'
    datatype = term.datatype.value
    family = FAMILY.get(datatype)
    if family:
        try:
            number = Decimal(value)
            return f"{number.normalize() if number else 0}^^{family}"
        except InvalidOperation:
            return f'"{value}"^^{datatype}'
    if datatype == XSD + "string":
        return f'"{value}"'
    return f'"{value}"^^{datatype}'


def canonical(q: NamedQuery, variables: list[str], solutions: list[list[Any]]) -> list[tuple[str, ...]]:
    """The rows of a SELECT as canonical cells (unbound as UNBOUND), in the order they came."""
    seps = concatenated(q)
    return [tuple(cell(t, seps.get(v)) for v, t in zip(variables, row, strict=True)) for row in solutions]


def compare(q: NamedQuery, reference: Answer, other: Answer) -> str:
    """'' if ``other`` answers as ``reference`` does; else what differs, in a line."""
    if reference.error or other.error:
        return other.error or "the reference failed"
    variables = reference.variables
    if other.variables != variables:
        return f"the variables {other.variables} instead of {variables}"
    want, got = Counter(reference.rows), Counter(other.rows)
    if want != got:
        missing, extra = want - got, got - want
        first_missing, first_extra = next(iter(missing), None), next(iter(extra), None)
        return (
            f"{sum(got.values())} rows instead of {sum(want.values())}; missing {sum(missing.values())} "
            f"(e.g. {first_missing}), extra {sum(extra.values())} (e.g. {first_extra})"
        )
    keys = [variables.index(k) for k in order_keys(q) if k in variables]
    if keys:

        def key(r: tuple[str, ...]) -> tuple[str, ...]:
            return tuple(r[i] for i in keys)

        if [key(r) for r in reference.rows] != [key(r) for r in other.rows]:
            return "the same rows in another order of their ORDER BY keys"
    return ""


def ties(q: NamedQuery, variables: list[str], rows: list[tuple[str, ...]]) -> bool:
    """Whether some rows tie on every ORDER BY key (so their order is unspecified). Unknown, and
    so False, when a key is not projected (``ORDER BY ?year ?rank`` with ``?rank`` not shown)."""
    named = order_keys(q)
    if not named or any(k not in variables for k in named):
        return False
    keys = [variables.index(k) for k in named]
    seen = Counter(tuple(r[i] for i in keys) for r in rows)
    return any(n > 1 for n in seen.values())
