"""The analysts' query library: named SPARQL queries with typed parameters, run anywhere.

Each named query is a ``.rq`` file in ``clustergraph/queries/``; its name is the file name
without ``.rq``. The file opens with a header of comment lines:

.. code-block:: sparql

    # People and roles of an organisation as of a date.        <- first line: the description
    # Undated posts are listed with what the sources attest.    <- more lines: details (optional)
    # @param org: org -- the organisation (an id such as optonet, or an IRI)
    # @param as_of: date = today -- the day to look at (YYYY, YYYY-MM or YYYY-MM-DD)
    # @example org=optonet as_of=2021-06-01
    SELECT ...

``@param NAME: TYPE [= DEFAULT] -- HELP`` declares a parameter: the query uses it as the
variable ``?NAME``. A parameter without a default is required. ``today`` is the default
that means the day the query runs. Types:

=============  ==========================================================================
``iri``        an absolute IRI (``<...>`` optional) or a ``cgd:``/``cgv:``/... prefixed name
``entity``     a typed id as in the data files (``org:optonet``, ``region:DE-TH``) or an IRI
``org`` ...    an id of that kind, or an IRI: ``org``, ``person``, ``partnership``,
               ``programme``, ``event``, ``region``, ``industry``
``string``     any text (a plain literal)
``date``       ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` (typed ``xsd:gYear``, ``xsd:gYearMonth``
               or ``xsd:date`` like the data's own dates)
``integer``, ``decimal``, ``boolean``
=============  ==========================================================================

Values are turned into RDF terms and joined to the query by a ``VALUES`` block
(:func:`clustergraph.sparql.query.bind`); they never become query syntax.

>>> lib = library()
>>> "gold-label-holders" in lib and len(lib) >= 20
True
>>> lib["label-history"].parameters[0].term("optonet")
<NamedNode value=https://w3id.org/clustergraph/id/org/optonet>
>>> rows = select("label-history", {"org": "lichtwerk"}, store="build/graph")  # doctest: +SKIP
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pyoxigraph as ox

from clustergraph.graph.store import GraphStore, to_python
from clustergraph.model.namespaces import DATA_IRI, PREFIXES, sparql_prefixes
from clustergraph.sparql.query import QueryError, _user_position, bind, query_variables, read_query

if TYPE_CHECKING:  # pragma: no cover
    import pandas

    from clustergraph.sparql.endpoint import Endpoint

XSD = "http://www.w3.org/2001/XMLSchema#"
#: Kinds of data entity, each with its IRIs under ``https://w3id.org/clustergraph/id/{kind}/``.
ENTITY_KINDS = ("org", "person", "partnership", "programme", "event", "region", "industry")
PARAM_TYPES = ("iri", "entity", *ENTITY_KINDS, "string", "date", "integer", "decimal", "boolean")
NAME = re.compile(r"[a-z0-9][a-z0-9-]*")


class UnknownQueryError(QueryError):
    """No named query has that name; the message lists the available ones."""


class ParameterError(QueryError):
    """A parameter is missing, unknown, or its value does not fit its type."""


# --------------------------------------------------------------------------- parameters


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
    clustergraph.sparql.library.ParameterError: parameter 'value': got '12a', expected an integer
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
    return _iri(text, lambda _e: bad(f"an id of a {type_} (such as {_EXAMPLE_IDS[type_]}) or an IRI"))


_EXAMPLE_IDS = {
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


# --------------------------------------------------------------------------- named queries


@dataclass(frozen=True)
class NamedQuery:
    """One query of the library: its name, what it answers, its parameters and its text."""

    name: str
    description: str
    text: str
    parameters: tuple[Parameter, ...] = ()
    details: str = ""
    examples: tuple[str, ...] = ()
    path: Path | None = None

    def parameter(self, name: str) -> Parameter:
        for p in self.parameters:
            if p.name == name:
                return p
        raise ParameterError(self._unknown(name))

    def _unknown(self, name: str) -> str:
        known = ", ".join(p.name for p in self.parameters) or "none"
        return f"query {self.name!r} has no parameter {name!r}; its parameters: {known}"

    def bindings(self, params: Mapping[str, Any] | None = None) -> dict[str, ox.NamedNode | ox.Literal]:
        """Terms for every parameter: the given values, else the defaults; names a missing one."""
        params = dict(params or {})
        for name in params:
            self.parameter(name)
        out: dict[str, ox.NamedNode | ox.Literal] = {}
        for p in self.parameters:
            if p.name in params:
                out[p.name] = p.term(params[p.name])
            elif p.default is not None:
                out[p.name] = p.term(p.default)
            else:
                hint = f" (e.g. --param {p.name}={_EXAMPLE_IDS.get(p.type, '...')})"
                raise ParameterError(
                    f"query {self.name!r} needs the parameter {p.name!r}: {p.help or p.type}{hint}"
                )
        return out


_HEADER_PARAM = re.compile(
    r"@param\s+(?P<name>[A-Za-z_][A-Za-z0-9_]*)\s*:\s*(?P<type>[a-z]+)"
    r"(?:\s*=\s*(?P<default>\S+))?\s*(?:--\s*(?P<help>.*))?$"
)


def parse_named_query(name: str, text: str, path: Path | None = None) -> NamedQuery:
    """Read a ``.rq`` file's header (see the module docstring) into a :class:`NamedQuery`."""
    where = str(path or name)
    comments: list[str] = []
    for line in text.splitlines():
        stripped = line.strip()
        if not stripped:
            continue
        if not stripped.startswith("#"):
            break
        comments.append(stripped.lstrip("#").strip())
    if not comments or comments[0].startswith("@"):
        raise QueryError(f"{where}: the first line must be a comment describing the query")
    params: list[Parameter] = []
    details: list[str] = []
    examples: list[str] = []
    for i, c in enumerate(comments[1:], start=2):
        if c.startswith("@param"):
            m = _HEADER_PARAM.fullmatch(c)
            if not m:
                raise QueryError(
                    f"{where}: header line {i}: expected '@param NAME: TYPE [= DEFAULT] -- HELP'"
                )
            if m.group("type") not in PARAM_TYPES:
                raise QueryError(
                    f"{where}: header line {i}: unknown type {m.group('type')!r}; "
                    f"expected one of {', '.join(PARAM_TYPES)}"
                )
            params.append(
                Parameter(m.group("name"), m.group("type"), m.group("default"), m.group("help") or "")
            )
        elif c.startswith("@example"):
            examples.append(c[len("@example") :].strip())
        elif c.startswith("@"):
            raise QueryError(f"{where}: header line {i}: unknown header field {c.split()[0]!r}")
        elif c:
            details.append(c)
    used = query_variables(text)
    for p in params:
        if p.name not in used:
            raise QueryError(f"{where}: parameter {p.name!r} is not a variable (?{p.name}) of the query")
    return NamedQuery(name, comments[0], text, tuple(params), " ".join(details), tuple(examples), path)


@cache
def _packaged() -> dict[str, NamedQuery]:
    folder = resources.files("clustergraph.sparql") / "queries"
    out = {}
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".rq"):
            name = entry.name[:-3]
            out[name] = parse_named_query(name, entry.read_text(encoding="utf-8"), Path(str(entry)))
    return out


def library(directory: Path | str | None = None) -> dict[str, NamedQuery]:
    """The named queries (name → :class:`NamedQuery`) of ``directory``, by default the packaged ones."""
    if directory is None:
        return dict(_packaged())
    folder = Path(directory)
    return {
        p.stem: parse_named_query(p.stem, p.read_text(encoding="utf-8"), p)
        for p in sorted(folder.glob("*.rq"))
    }


def get(name: str) -> NamedQuery:
    """The named query ``name``; :class:`UnknownQueryError` lists the available names."""
    lib = _packaged()
    if name not in lib:
        close = [n for n in lib if name in n or n in name]
        hint = f"; did you mean {', '.join(close)}?" if close else ""
        raise UnknownQueryError(
            f"unknown query {name!r}{hint} (available: {', '.join(lib)}; "
            "'clustergraph queries' describes them)"
        )
    return lib[name]


def resolve(query: str) -> tuple[str, NamedQuery | None]:
    """The query text for a library name, a ``.rq`` file or query text, and the named query if any."""
    if NAME.fullmatch(query):
        named = get(query)
        return named.text, named
    text = read_query(query)
    if text is not query and _has_header_params(text):  # a .rq file written like the library's
        path = Path(query)
        return text, parse_named_query(path.stem, text, path)
    return text, None


def _has_header_params(text: str) -> bool:
    for line in text.splitlines():
        stripped = line.strip()
        if stripped and not stripped.startswith("#"):
            return False
        if stripped.lstrip("#").strip().startswith("@param"):
            return True
    return False


def prepare(
    query: str, params: Mapping[str, Any] | None = None
) -> tuple[str, dict[str, Any], NamedQuery | None]:
    """The query text, its bindings (name → term) and the named query (if any) for ``query``.

    For an ad-hoc query, a parameter name may carry a type (``"year:string"``); without one, the
    value's look decides (:func:`guess_term`). Every parameter must be a variable of the query.
    """
    text, named = resolve(query)
    if named is not None:
        return text, named.bindings(params), named
    bindings: dict[str, Any] = {}
    used = query_variables(text)
    for key, value in (params or {}).items():
        name, _, type_ = key.partition(":")
        if name not in used:
            raise ParameterError(f"parameter {name!r} is not a variable (?{name}) of the query")
        bindings[name] = (
            make_term(value, type_, name)
            if type_
            else (value if isinstance(value, (ox.NamedNode, ox.Literal)) else guess_term(str(value), name))
        )
    return text, bindings, None


# --------------------------------------------------------------------------- results


@dataclass
class Result:
    """The answer to a query, the same whether it ran embedded or on an endpoint.

    ``kind`` is ``"select"`` (``variables`` and ``solutions``: rows of terms, ``None`` for
    unbound), ``"ask"`` (``boolean``) or ``"graph"`` (``triples``, for CONSTRUCT / DESCRIBE).
    """

    kind: str
    variables: list[str] = field(default_factory=list)
    solutions: list[list[Any]] = field(default_factory=list)
    boolean: bool | None = None
    triples: list[ox.Triple] = field(default_factory=list)

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
        from clustergraph.sparql.query import format_rows

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
    elif term.datatype.value != XSD + "string":
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
    """A term for the terminal: IRIs with a known prefix shortened (``cgd:org/optonet``)."""
    if term is None:
        return ""
    if isinstance(term, ox.NamedNode):
        for prefix, iri in PREFIXES.items():
            if term.value.startswith(iri) and len(term.value) > len(iri):
                return f"{prefix}:{term.value[len(iri) :]}"
        return term.value
    return str(to_python(term))


# --------------------------------------------------------------------------- running


def check_syntax(text: str) -> ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples:
    """Parse ``text`` (prefixes predeclared) with Oxigraph's SPARQL parser, on an empty store.

    Returns the (empty) result, which tells the query's form; a syntax error becomes a
    :class:`QueryError` naming the line and column in the user's own text.
    """
    try:
        return ox.Store().query(sparql_prefixes() + text)
    except SyntaxError as exc:
        raise QueryError(f"SPARQL syntax error: {_user_position(str(exc))}") from None
    except OSError as exc:
        raise QueryError(f"the query failed: {exc}") from None


def _from_oxigraph(result: Any) -> Result:
    if isinstance(result, ox.QueryBoolean):
        return Result("ask", boolean=bool(result))
    if isinstance(result, ox.QuerySolutions):
        names = [v.value for v in result.variables]
        return Result("select", names, [[sol[n] for n in names] for sol in result])
    return Result("graph", triples=list(result))


def run_query(
    query: str,
    params: Mapping[str, Any] | None = None,
    *,
    store: GraphStore | Path | str | None = None,
    endpoint: Endpoint | str | None = None,
) -> Result:
    """Run a named query, a ``.rq`` file or query text with bound parameters.

    ``store`` is an opened :class:`GraphStore` or a build location (default ``build/graph``);
    ``endpoint`` (an :class:`~clustergraph.sparql.endpoint.Endpoint` or a URL) runs it remotely instead.
    The project's prefixes are predeclared; the default graph is the union of all graphs.
    """
    text, bindings, _named = prepare(query, params)
    bound = bind(text, bindings) if bindings else text
    check_syntax(text)  # errors point at the user's own lines, before anything is sent
    if endpoint is not None:
        from clustergraph.sparql.endpoint import Endpoint

        ep = endpoint if isinstance(endpoint, Endpoint) else Endpoint.from_url(endpoint)
        form = check_syntax(bound)
        return ep.query(sparql_prefixes() + bound, graph=isinstance(form, ox.QueryTriples))
    gs = store if isinstance(store, GraphStore) else GraphStore.open(store or "build/graph")
    try:
        return _from_oxigraph(gs.query(sparql_prefixes() + bound))
    except SyntaxError as exc:
        raise QueryError(f"SPARQL syntax error: {_user_position(str(exc))}") from None
    except OSError as exc:
        raise QueryError(f"the query failed: {exc}") from None


def select(query: str, params: Mapping[str, Any] | None = None, **where: Any) -> list[dict[str, Any]]:
    """The rows of a SELECT query as dicts of Python values (see :func:`run_query` for ``where``)."""
    result = run_query(query, params, **where)
    if result.kind != "select":
        raise QueryError(f"select() needs a SELECT query, got a {result.kind.upper()} query")
    return result.rows


def dataframe(query: str, params: Mapping[str, Any] | None = None, **where: Any) -> pandas.DataFrame:
    """The rows of a SELECT query as a pandas DataFrame (needs pandas)."""
    return run_query(query, params, **where).to_dataframe()
