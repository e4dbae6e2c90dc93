"""The analysts' query library: named SPARQL queries with typed parameters, run anywhere.

Each named query is a ``.rq`` file in ``clustergraph/sparql/queries/``; its name is the file name
without ``.rq``. The file opens with a header of comment lines:

.. code-block:: sparql

    # People and roles of an organisation as of a date.        <- first line: the description
    # Undated posts are listed with what the sources attest.    <- more lines: details (optional)
    # @param org: org -- the organisation (an id such as optonet, or an IRI)
    # @param as_of: date = today -- the day to look at (YYYY, YYYY-MM or YYYY-MM-DD)
    # @example org=optonet as_of=2021-06-01
    # @row one post held on the as_of date                      <- the answer contract
    # @in posts without dates, with what the sources attest
    # @out posts that had ended or not yet begun
    SELECT ...

The answer contract (``@row``, ``@in``, ``@out``, and the checkable ``@key`` and ``@asof``) is
described in :mod:`clustergraph.sparql.contract`; every query of the library has one.

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

Values are turned into RDF terms, written into the query's patterns as constants and bound by a
``VALUES`` block (:func:`clustergraph.sparql.query.bind`); they never become query syntax.

>>> lib = library()
>>> "gold-label-holders" in lib and len(lib) >= 20
True
>>> lib["label-history"].parameters[0].term("optonet")
<NamedNode value=https://w3id.org/clustergraph/id/org/optonet>
>>> rows = select("label-history", {"org": "lichtwerk"}, store="build/graph")  # doctest: +SKIP
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pyoxigraph as ox

from clustergraph.graph.store import GraphStore
from clustergraph.model.namespaces import DATA_GRAPH_IRI, DATASET_GRAPHS, sparql_prefixes
from clustergraph.model.sparqltext import dataset_clauses, declares_dataset, words
from clustergraph.sparql.contract import CONTRACT_FIELDS, Contract, ContractBuilder
from clustergraph.sparql.deadline import call_with_deadline, watchdog
from clustergraph.sparql.ids import UnknownIdError, check_ids
from clustergraph.sparql.params import (
    ENTITY_KINDS,
    EXAMPLE_IDS,
    PARAM_TYPES,
    Parameter,
    ParameterError,
    guess_term,
    make_term,
)
from clustergraph.sparql.query import (
    QueryError,
    _user_position,
    bind,
    check_service,
    query_variables,
    read_query,
    without_service,
)
from clustergraph.sparql.result import Result, result_from_json, term_from_json

if TYPE_CHECKING:  # pragma: no cover
    import pandas

    from clustergraph.sparql.endpoint import Endpoint

__all__ = [
    "ENTITY_KINDS",
    "PARAM_TYPES",
    "Contract",
    "NamedQuery",
    "Parameter",
    "ParameterError",
    "Result",
    "UnknownIdError",
    "UnknownQueryError",
    "check_syntax",
    "dataframe",
    "get",
    "guess_term",
    "library",
    "make_term",
    "parse_named_query",
    "prepare",
    "resolve",
    "result_from_json",
    "run_query",
    "select",
    "term_from_json",
]

NAME = re.compile(r"[a-z0-9][a-z0-9-]*")


class UnknownQueryError(QueryError):
    """No named query has that name; the message lists the available ones."""


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
    contract: Contract | None = None

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
                hint = f" (e.g. --param {p.name}={EXAMPLE_IDS.get(p.type, '...')})"
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
    contract = ContractBuilder(where)
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
        elif c.split()[0] in CONTRACT_FIELDS:
            field = c.split()[0]
            contract.add(field, c[len(field) :].strip(), i)
        elif c.startswith("@"):
            raise QueryError(f"{where}: header line {i}: unknown header field {c.split()[0]!r}")
        elif c:
            details.append(c)
    used = query_variables(text)
    for p in params:
        if p.name not in used:
            raise QueryError(f"{where}: parameter {p.name!r} is not a variable (?{p.name}) of the query")
    dates = {p.name for p in params if p.type == "date"}
    return NamedQuery(
        name,
        comments[0],
        text,
        tuple(params),
        " ".join(details),
        tuple(examples),
        path,
        contract.build(dates, _columns(text)),
    )


def _columns(text: str) -> set[str] | None:
    """The result columns of a SELECT query (``None`` for other forms or text that does not parse)."""
    try:
        result = ox.Store().query(sparql_prefixes() + without_service(text))
    except (SyntaxError, OSError):
        return None
    return {v.value for v in result.variables} if isinstance(result, ox.QuerySolutions) else None


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


# --------------------------------------------------------------------------- running


def check_syntax(text: str) -> ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples:
    """Parse ``text`` (prefixes predeclared) with Oxigraph's SPARQL parser, on an empty store.

    Returns the (empty) result, which tells the query's form; a syntax error becomes a
    :class:`QueryError` naming the line and column in the user's own text. ``SERVICE`` clauses
    are checked as ``GRAPH`` clauses: evaluating them, even on an empty store, would call their
    endpoints.
    """
    try:
        return ox.Store().query(sparql_prefixes() + without_service(text))
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
    timeout: float | None = None,
    allow_service: Iterable[str] = (),
    end_process: bool = False,
) -> Result:
    """Run a named query, a ``.rq`` file or query text with bound parameters.

    ``store`` is an opened :class:`GraphStore` or a build location (default ``build/graph``);
    ``endpoint`` (an :class:`~clustergraph.sparql.endpoint.Endpoint` or a URL) runs it remotely instead.
    The project's prefixes are predeclared. A query that names its dataset (``FROM``; every
    named query does) gets exactly that; any other gets the union of the project's graphs as its
    default graph: embedded, and on an endpoint through the protocol's ``default-graph-uri``
    (data, provenance, ontology and build graphs), unless it uses ``GRAPH`` itself. On an
    endpoint the query's own ``FROM`` / ``FROM NAMED`` are sent in the protocol as well, so it
    answers alike on every engine.

    On the embedded store, with a ``timeout``, the query runs under
    :func:`~clustergraph.sparql.deadline.call_with_deadline`: that many seconds at most, and
    Ctrl-C stops the wait (without one, it runs in this thread as pyoxigraph runs it). A ``SERVICE``
    clause is refused unless its host is in ``allow_service``: nothing leaves the machine unasked.
    A parameter typed as an id (``org``, ``region``, ``entity``, ...) must name an entity of the data
    graph: :class:`~clustergraph.sparql.ids.UnknownIdError` names the nearest ids otherwise, before
    the query runs. With ``end_process`` (the command line) the query runs in this thread under a
    :func:`~clustergraph.sparql.deadline.watchdog` that ends the process at the deadline or on Ctrl-C.
    """
    text, bindings, named_query = prepare(query, params)
    bound = bind(text, bindings) if bindings else text
    check_syntax(text)  # errors point at the user's own lines, before anything is sent
    if endpoint is not None:
        from clustergraph.sparql.endpoint import Endpoint

        ep = endpoint if isinstance(endpoint, Endpoint) else Endpoint.from_url(endpoint)
        if timeout is not None:
            ep.timeout = timeout
        if named_query is not None:
            check_ids(
                named_query.parameters,
                bindings,
                lambda q: _rows(ep.query(sparql_prefixes() + q, named_graphs=[DATA_GRAPH_IRI])),
            )
        form = check_syntax(bound)
        if declares_dataset(bound):
            graphs, named = dataset_clauses(bound)
        elif "GRAPH" in words(bound):  # it addresses graphs itself: the store's own dataset
            graphs, named = [], []
        else:
            graphs, named = list(DATASET_GRAPHS), []
        return ep.query(
            sparql_prefixes() + bound,
            graph=isinstance(form, ox.QueryTriples),
            default_graphs=graphs,
            named_graphs=named,
        )
    check_service(text, allow_service)
    gs = store if isinstance(store, GraphStore) else GraphStore.open(store or "build/graph")
    if named_query is not None:
        check_ids(
            named_query.parameters, bindings, lambda q: _rows(_from_oxigraph(gs.query(sparql_prefixes() + q)))
        )
    try:
        if end_process:
            with watchdog(timeout):
                return _from_oxigraph(gs.query(sparql_prefixes() + bound))
        if timeout is None:  # no deadline asked: no hand-over between threads either
            return _from_oxigraph(gs.query(sparql_prefixes() + bound))
        return call_with_deadline(lambda: _from_oxigraph(gs.query(sparql_prefixes() + bound)), timeout)
    except SyntaxError as exc:
        raise QueryError(f"SPARQL syntax error: {_user_position(str(exc))}") from None
    except OSError as exc:
        raise QueryError(f"the query failed: {exc}") from None


def _rows(result: Result) -> list[dict[str, Any]]:
    """The rows of a result; an ASK answer as one row ``{"ask": bool}`` (for :func:`check_ids`)."""
    return [{"ask": bool(result.boolean)}] if result.kind == "ask" else result.rows


def select(query: str, params: Mapping[str, Any] | None = None, **where: Any) -> list[dict[str, Any]]:
    """The rows of a SELECT query as dicts of Python values (see :func:`run_query` for ``where``)."""
    result = run_query(query, params, **where)
    if result.kind != "select":
        raise QueryError(f"select() needs a SELECT query, got a {result.kind.upper()} query")
    return result.rows


def dataframe(query: str, params: Mapping[str, Any] | None = None, **where: Any) -> pandas.DataFrame:
    """The rows of a SELECT query as a pandas DataFrame (needs pandas)."""
    return run_query(query, params, **where).to_dataframe()
