"""The answer to a query, the same whether it ran embedded or on an endpoint, and its formats."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import pyoxigraph as ox

from clustergraph.graph.store import to_python
from clustergraph.model.context import compact_iri
from clustergraph.model.namespaces import PREFIXES
from clustergraph.sparql.query import QueryError, format_rows

if TYPE_CHECKING:  # pragma: no cover
    import pandas

XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


@dataclass
class Result:
    """The answer to a query, the same whether it ran embedded or on an endpoint.

    ``kind`` is ``"select"`` (``variables`` and ``solutions``: rows of terms, ``None`` for
    unbound), ``"ask"`` (``boolean``) or ``"graph"`` (``triples``, for CONSTRUCT / DESCRIBE).
    ``row_limit`` is set on an endpoint's answer that reached the server's row limit.
    """

    kind: str
    variables: list[str] = field(default_factory=list)
    solutions: list[list[Any]] = field(default_factory=list)
    boolean: bool | None = None
    triples: list[ox.Triple] = field(default_factory=list)
    #: Set when an endpoint's answer reached its row limit (this many rows): it may be cut.
    row_limit: int | None = None

    @property
    def rows(self) -> list[dict[str, Any]]:
        """SELECT rows as dicts of plain Python values (str for IRIs, int/float/bool/str for literals)."""
        return [{v: to_python(t) for v, t in zip(self.variables, row, strict=True)} for row in self.solutions]

    def to_dataframe(self) -> pandas.DataFrame:
        """The SELECT rows as a pandas DataFrame (needs pandas)."""
        try:
            import pandas
        except ImportError:
            raise QueryError("a DataFrame needs pandas: pip install pandas") from None
        if self.kind != "select":
            raise QueryError(f"only SELECT results make a DataFrame, not {self.kind.upper()} results")
        return pandas.DataFrame(self.rows, columns=self.variables)

    def to_sparql_json(self) -> dict[str, Any]:
        """The W3C SPARQL 1.1 Query Results JSON document (SELECT and ASK)."""
        if self.kind == "ask":
            return {"head": {}, "boolean": bool(self.boolean)}
        if self.kind != "select":
            raise QueryError("SPARQL results JSON is for SELECT and ASK; CONSTRUCT gives RDF")
        bindings = []
        for row in self.solutions:
            bindings.append(
                {v: _term_json(t) for v, t in zip(self.variables, row, strict=True) if t is not None}
            )
        return {"head": {"vars": self.variables}, "results": {"bindings": bindings}}

    def to_rdf(self, fmt: str = "turtle") -> str:
        """CONSTRUCT / DESCRIBE triples as Turtle (with the project's prefixes) or N-Triples."""
        if self.kind != "graph":
            raise QueryError(f"{self.kind.upper()} results are not RDF; use table, csv, tsv or json")
        if fmt == "ntriples":
            return ox.serialize(self.triples, format=ox.RdfFormat.N_TRIPLES).decode("utf-8")
        return ox.serialize(self.triples, format=ox.RdfFormat.TURTLE, prefixes=PREFIXES).decode("utf-8")

    def format(self, fmt: str = "table") -> str:
        """The result as text: ``table``, ``csv``, ``tsv``, ``json`` (SPARQL results JSON),
        ``turtle`` or ``ntriples``."""
        if self.kind == "graph":
            if fmt not in ("table", "turtle", "ntriples"):
                raise QueryError(
                    f"CONSTRUCT/DESCRIBE results are RDF: use --format turtle or ntriples, not {fmt}"
                )
            return self.to_rdf("ntriples" if fmt == "ntriples" else "turtle")
        if fmt in ("turtle", "ntriples"):
            raise QueryError(
                f"{self.kind.upper()} results are not RDF; use table, csv, tsv or json, not {fmt}"
            )
        if fmt == "json":
            return json.dumps(self.to_sparql_json(), indent=2, ensure_ascii=False)
        if self.kind == "ask":
            return "true" if self.boolean else "false"
        if fmt == "table":
            rows = [
                {v: _short(t) for v, t in zip(self.variables, row, strict=True)} for row in self.solutions
            ]
            return format_rows(self.variables, rows, "table")
        return format_rows(self.variables, self.rows, fmt)


def _term_json(term: Any) -> dict[str, str]:
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    out = {"type": "literal", "value": term.value}
    if term.language:
        out["xml:lang"] = term.language
    elif term.datatype.value != XSD_STRING:
        out["datatype"] = term.datatype.value
    return out


def term_from_json(binding: Mapping[str, str]) -> Any:
    """A pyoxigraph term from one SPARQL results JSON binding."""
    kind, value = binding.get("type"), binding.get("value", "")
    if kind == "uri":
        return ox.NamedNode(value)
    if kind == "bnode":
        return ox.BlankNode(value)
    if "xml:lang" in binding:
        return ox.Literal(value, language=binding["xml:lang"])
    if "datatype" in binding:
        return ox.Literal(value, datatype=ox.NamedNode(binding["datatype"]))
    return ox.Literal(value)


def result_from_json(doc: Mapping[str, Any]) -> Result:
    """A :class:`Result` from a SPARQL results JSON document."""
    if "boolean" in doc:
        return Result("ask", boolean=bool(doc["boolean"]))
    variables = list(doc.get("head", {}).get("vars", []))
    solutions = [
        [term_from_json(b[v]) if v in b else None for v in variables]
        for b in doc.get("results", {}).get("bindings", [])
    ]
    return Result("select", variables, solutions)


def _short(term: Any) -> str:
    """A term for the terminal: IRIs compacted with the project's prefixes (``cgorg:optonet``).

    The longest namespace wins, so an entity shows with the prefix of its kind (``cgorg:``,
    ``cgperson:``, ``cgregion:`` ...), which a query and a ``--param`` accept as written.
    """
    if term is None:
        return ""
    if isinstance(term, ox.NamedNode):
        return compact_iri(term.value)
    return str(to_python(term))
