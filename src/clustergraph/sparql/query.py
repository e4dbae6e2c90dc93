"""Run SPARQL against the built graph and format the answer (table, CSV, TSV, JSON).

Parameter values are pyoxigraph terms, written into the query as constant terms in its
patterns and expressions and bound by a ``VALUES`` block that opens its WHERE group
(:func:`bind`): only their N-Triples serialisation, never user text.

>>> from clustergraph.sparql.query import format_rows
>>> print(format_rows(["name", "n"], [{"name": "OptoNet", "n": 115}], "table"))
name     n
-------  ---
OptoNet  115
"""

from __future__ import annotations

import csv
import io
import json
import re
import urllib.parse
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from clustergraph.errors import ClusterGraphError
from clustergraph.graph.store import GraphStore, to_python
from clustergraph.model.namespaces import sparql_prefixes
from clustergraph.model.sparqltext import TOKENS
from clustergraph.text import for_terminal


class QueryError(ClusterGraphError):
    """A query that cannot be parsed or run; the message says where and why."""


def read_query(text_or_path: str) -> str:
    """The query text: the argument itself, or the content of the ``.rq`` file it names."""
    path = Path(text_or_path)
    looks_like_file = text_or_path.endswith((".rq", ".sparql"))
    if not looks_like_file and (len(text_or_path) > 255 or "\n" in text_or_path):
        return text_or_path
    try:
        is_file = path.is_file()
    except OSError:  # not a possible file name (too long, ...): it is query text
        return text_or_path
    if looks_like_file or is_file:
        if not is_file:
            raise QueryError(f"{path}: no such query file")
        try:
            return path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise QueryError(f"{path}: cannot read the query file: {exc}") from None
    return text_or_path


def run(
    gs: GraphStore, query: str, bindings: dict[str, Any] | None = None
) -> tuple[list[str], list[dict[str, Any]]] | bool | list[ox.Triple]:
    """Run ``query`` (the project's prefixes are predeclared) on the union of all graphs.

    Returns ``(variables, rows)`` for SELECT, a bool for ASK, triples for CONSTRUCT/DESCRIBE.
    """
    text = sparql_prefixes() + (bind(query, bindings) if bindings else query)
    try:
        result = gs.query(text)
    except SyntaxError as exc:
        raise QueryError(f"SPARQL syntax error: {_user_position(str(exc))}") from None
    except OSError as exc:
        raise QueryError(f"the query failed: {exc}") from None
    if isinstance(result, ox.QueryBoolean):
        return bool(result)
    if isinstance(result, ox.QuerySolutions):
        names = [v.value for v in result.variables]
        return names, [{n: to_python(sol[n]) for n in names} for sol in result]
    return list(result)


_TOKENS = TOKENS  # the SPARQL lexer (clustergraph.model.sparqltext)


def query_variables(query: str) -> set[str]:
    """The names of the variables a query mentions (comments, strings and IRIs skipped).

    >>> sorted(query_variables('SELECT ?a WHERE { ?a ?b "?c" } # ?d'))
    ['a', 'b']
    """
    return {m.group("var")[1:] for m in _TOKENS.finditer(query) if m.lastgroup == "var"}


def service_calls(query: str) -> list[tuple[int, str | None]]:
    """(line, endpoint IRI) of every ``SERVICE`` clause of ``query``; the IRI is ``None`` for a variable.

    Comments, strings, IRIs and prefixed names are never mistaken for the keyword; prefixed
    endpoint names are resolved with the query's own ``PREFIX`` declarations.

    >>> service_calls('PREFIX e: <http://ex.org/> SELECT * { SERVICE SILENT e:sparql { ?s ?p ?o } }')
    [(1, 'http://ex.org/sparql')]
    >>> service_calls('SELECT * { ?s ex:service "SERVICE <x>" } # SERVICE')
    []
    """
    prefixes: dict[str, str] = {}
    tokens = [m for m in _TOKENS.finditer(query) if m.lastgroup != "comment" and not m.group().isspace()]
    out: list[tuple[int, str | None]] = []
    for i, m in enumerate(tokens):
        if m.lastgroup != "word":
            continue
        word = m.group().upper()
        nxt = tokens[i + 1 : i + 3]
        if word == "PREFIX" and len(nxt) == 2 and nxt[0].lastgroup == "pname" and nxt[1].lastgroup == "iri":
            prefixes[nxt[0].group()[:-1]] = nxt[1].group()[1:-1]
        elif word == "SERVICE":
            if nxt and nxt[0].lastgroup == "word" and nxt[0].group().upper() == "SILENT":
                nxt = nxt[1:]
            target: str | None = None
            if nxt and nxt[0].lastgroup == "iri":
                target = _unescape_iri(nxt[0].group()[1:-1])
            elif nxt and nxt[0].lastgroup == "pname":
                prefix, _, local = nxt[0].group().partition(":")
                if prefix in prefixes:
                    target = _unescape_iri(prefixes[prefix] + local.replace("\\", ""))
            out.append((query.count("\n", 0, m.start()) + 1, target))
    return out


def without_service(query: str) -> str:
    """``query`` with every ``SERVICE [SILENT]`` written ``GRAPH`` (same length): the same syntax,
    for a syntax check on an empty store that must not call the endpoints (positions unchanged).

    >>> without_service("SELECT * { SERVICE SILENT <http://x/> { ?s ?p ?o } }")
    'SELECT * { GRAPH          <http://x/> { ?s ?p ?o } }'
    """
    out, last, pending = [], 0, False
    for m in _TOKENS.finditer(query):
        if m.lastgroup != "word":
            if not m.group().isspace():
                pending = False
            continue
        word = m.group().upper()
        if word == "SERVICE" or (pending and word == "SILENT"):
            out.append(query[last : m.start()])
            out.append("GRAPH  " if word == "SERVICE" else " " * 6)
            last, pending = m.end(), word == "SERVICE"
        else:
            pending = False
    return "".join(out) + query[last:]


def _unescape_iri(text: str) -> str:
    return re.sub(
        r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})", lambda m: chr(int(m.group(1) or m.group(2), 16)), text
    )


def check_service(query: str, allow: Iterable[str] = ()) -> None:
    """Refuse a query whose ``SERVICE`` clause would send a request to a host not in ``allow``.

    ``allow`` holds host names (``example.org``) or ``host:port``; a ``SERVICE ?variable`` is
    never allowed. :class:`QueryError` names the line and the endpoint.
    """
    allowed = {a.strip().casefold() for a in allow if a.strip()}
    for line, target in service_calls(query):
        host = None
        if target:
            parts = urllib.parse.urlsplit(target)
            try:
                port = parts.port
            except ValueError:
                port = None
            if parts.scheme in ("http", "https") and parts.hostname:
                host = parts.hostname.casefold()
                if host in allowed or f"{host}:{port or (443 if parts.scheme == 'https' else 80)}" in allowed:
                    continue
        what = f"<{target}>" if target else "with an endpoint named by a variable (or an unknown prefix)"
        hint = f"allow it with --allow-service {host}" if host else "name it by its IRI, --allow-service HOST"
        raise QueryError(
            f"line {line}: SERVICE {what} would send a request to another endpoint; clustergraph sends no "
            f"request off this machine unless asked: {hint}"
        )


def where_position(query: str) -> int:
    """The offset just after the ``{`` that opens the query's outermost WHERE group.

    A CONSTRUCT template is skipped; comments, strings and IRIs are never mistaken for syntax.

    >>> q = 'CONSTRUCT { ?s ?p "{" } WHERE { ?s ?p ?o }'
    >>> q[where_position(q):]
    ' ?s ?p ?o }'
    """
    depth, keyword = 0, ""
    for m in _TOKENS.finditer(query):
        kind = m.lastgroup
        if kind == "word" and depth == 0:
            keyword = m.group().upper()
        elif kind == "open":
            if depth == 0:
                if keyword == "CONSTRUCT":
                    keyword = ""  # the template: skip it
                else:
                    return m.end()
            depth += 1
        elif kind == "close":
            depth -= 1
    raise QueryError("the query has no WHERE clause to bind parameters to")


def _subquery_groups(query: str) -> list[tuple[int, int]]:
    """(offset after the opening ``{``, offset of the closing ``}``) of each sub-SELECT's WHERE group."""
    out: list[tuple[int, int]] = []
    depth, pending, open_at = 0, False, []  # open_at: (depth, offset) of sub-SELECT groups
    for m in _TOKENS.finditer(query):
        kind = m.lastgroup
        if kind == "word" and depth > 0 and m.group().upper() == "SELECT":
            pending = True
        elif kind == "open":
            depth += 1
            if pending:
                open_at.append((depth, m.end()))
                pending = False
        elif kind == "close":
            if open_at and open_at[-1][0] == depth:
                out.append((open_at.pop()[1], m.start()))
            depth -= 1
    return out


def bind(query: str, bindings: Mapping[str, Any]) -> str:
    """``query`` with ``bindings`` (variable name → pyoxigraph term) written into it as constants.

    Inside the WHERE group each use of a bound variable in a pattern or an expression becomes the
    term itself (:func:`substitute`): engines plan a pattern with a constant as an index look-up,
    where a value joined in from elsewhere may be matched against a whole graph first (Oxigraph
    evaluated an ``OPTIONAL { GRAPH <g> { ... } }`` so: two minutes instead of 17 ms at 1M
    triples). A ``VALUES`` block opening the outermost WHERE group, and the WHERE group of every
    sub-SELECT that mentions the variable, still binds it, so that the places where a constant
    may not stand (the projection, ``GROUP BY``, ``BOUND(?x)``, ``MINUS``, a CONSTRUCT template)
    see the same value: a parameter means the same value everywhere in the query. The text
    carries only each term's N-Triples serialisation by pyoxigraph (quotes, brackets and newlines
    escaped), so no value can become syntax.

    >>> bind("SELECT ?n WHERE { ?o skos:prefLabel ?n }", {"o": ox.NamedNode("http://e.org/x")})
    'SELECT ?n WHERE { VALUES (?o) { (<http://e.org/x>) }  <http://e.org/x>  skos:prefLabel ?n }'
    """
    if not bindings:
        return query
    for name, term in bindings.items():
        if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", name):
            raise QueryError(f"{name!r} is not a valid variable name (letters, digits and _)")
        if not isinstance(term, (ox.NamedNode, ox.Literal)):
            raise QueryError(f"the value of ?{name} must be an IRI or a literal, got {type(term).__name__}")

    def block(names: list[str]) -> str:
        variables = " ".join(f"?{k}" for k in names)
        values = " ".join(str(bindings[k]) for k in names)
        return f" VALUES ({variables}) {{ ({values}) }}"

    inserts: list[tuple[int, int, str]] = []  # (start, end, text): replace query[start:end]
    where = where_position(query)
    inserts.append((where, where, block(list(bindings))))
    for at, end in _subquery_groups(query):
        used = query_variables(query[at:end])
        names = [k for k in bindings if k in used]
        if names:
            inserts.append((at, at, block(names)))
    inserts += substitute(query, bindings, where)
    out = query
    for start, end, text in sorted(inserts, key=lambda i: (i[0], i[1]), reverse=True):
        out = out[:start] + text + out[end:]
    return out


#: Words after which a variable must stay a variable (``GRAPH ?g`` only for an IRI; ``BOUND(?x)``).
_KEEP_AFTER = {"AS", "BOUND"}


def substitute(query: str, bindings: Mapping[str, Any], start: int = 0) -> list[tuple[int, int, str]]:
    """Where each bound variable of ``query``, from offset ``start`` on, may be written as its term.

    Returns ``(start, end, text)`` replacements: a variable of a triple pattern or an expression
    inside a group graph pattern. Left as variables (the ``VALUES`` blocks of :func:`bind` give
    them their value): the projection and solution modifiers of sub-SELECTs, the header and rows of
    inline ``VALUES``, ``MINUS`` groups (a constant there would share no variable with the left
    side and remove nothing), the target of ``AS`` and the argument of ``BOUND``, and a literal
    after ``GRAPH`` or ``SERVICE``.

    >>> q = "SELECT ?o WHERE { ?o ?p ?v FILTER(BOUND(?o)) MINUS { ?o a ?t } }"
    >>> [q[s:e] + " -> " + t.strip() for s, e, t in substitute(q, {"o": ox.Literal("x")}, where_position(q))]
    ['?o -> "x"']
    """
    out: list[tuple[int, int, str]] = []
    depth = 1  # ``start`` is inside the WHERE group
    skip_to: int | None = None  # inside a skipped group: until the brace depth falls below this
    pending = ""  # "select": a sub-SELECT's projection; "minus"/"values": a group to skip next
    modifiers_at: list[int] = []  # depths at which a sub-SELECT's WHERE group is open
    after_sub: int | None = None  # depth of a sub-SELECT's wrapper group, after its WHERE closed
    prev: list[str] = ["", ""]
    for m in _TOKENS.finditer(query, start):
        kind, text = m.lastgroup, m.group()
        if kind == "comment" or text.isspace():
            continue
        if kind == "open":
            depth += 1
            if pending == "select":
                modifiers_at.append(depth)
            elif pending in ("minus", "values") and skip_to is None:
                skip_to = depth
            pending = ""
        elif kind == "close":
            if skip_to is not None and depth == skip_to:
                skip_to = None
            if after_sub is not None and depth == after_sub:
                after_sub = None
            if modifiers_at and modifiers_at[-1] == depth:
                modifiers_at.pop()
                after_sub = depth - 1
            depth -= 1
            if depth == 0:
                break
        elif kind == "word":
            word = text.upper()
            if word == "SELECT":
                pending = "select"
            elif word in ("MINUS", "VALUES") and pending != "select":
                pending = word.lower()
        elif (
            kind == "var"
            and text[1:] in bindings
            and not pending
            and skip_to is None
            and after_sub is None
            and prev[1].upper() not in _KEEP_AFTER
            and not (prev[1] == "(" and prev[0].upper() == "BOUND")
        ):
            term = bindings[text[1:]]
            if not (isinstance(term, ox.Literal) and prev[1].upper() in ("GRAPH", "SERVICE", "SILENT")):
                out.append((m.start(), m.end(), f" {term} "))
        prev = [prev[1], text]
    return out


def _user_position(message: str) -> str:
    """Shift the engine's line numbers past the predeclared PREFIX lines to the user's own."""
    offset = sparql_prefixes().count("\n")

    def shift(m: re.Match[str]) -> str:
        line = int(m.group(1)) - offset
        return f"line {line}, column {m.group(2)}" if line > 0 else m.group(0)

    return re.sub(r"(\d+):(\d+)", shift, message, count=1)


def format_rows(names: list[str], rows: list[dict[str, Any]], fmt: str = "table") -> str:
    """SELECT results as an aligned table, CSV, TSV or JSON (a list of objects).

    The table escapes control, bidi and invisible characters (and line breaks: one row, one
    line); CSV, TSV and JSON keep the values as they are.
    """
    if fmt == "json":
        return json.dumps(rows, indent=2, ensure_ascii=False)
    cells = [["" if r.get(n) is None else str(r[n]) for n in names] for r in rows]
    if fmt in ("csv", "tsv"):
        out = io.StringIO()
        writer = csv.writer(out, delimiter="," if fmt == "csv" else "\t", lineterminator="\n")
        writer.writerow(names)
        writer.writerows(cells)
        return out.getvalue().rstrip("\n")
    cells = [[for_terminal(c, cell=True) for c in row] for row in cells]  # a table is for a terminal
    names = [for_terminal(n, cell=True) for n in names]
    widths = [max([len(n)] + [len(c[i]) for c in cells]) for i, n in enumerate(names)]
    lines = [
        "  ".join(n.ljust(w) for n, w in zip(names, widths, strict=True)).rstrip(),
        "  ".join("-" * max(w, 3) for w in widths),
    ]
    lines += ["  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip() for row in cells]
    return "\n".join(lines)
