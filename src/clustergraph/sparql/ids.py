"""Ids in parameters are checked against the graph before a named query runs.

A parameter typed as an id (``org``, ``person``, ``partnership``, ``programme``, ``event``,
``region``, ``industry``, ``entity``) that names nothing in the data graph would make the query
answer with an empty table, as if the entity had no partnerships or no posts. Instead
:func:`check_ids` raises :class:`UnknownIdError`, naming the nearest ids of that kind (by
spelling of the id, and by name)::

    no organisation 'optonett' in the graph; did you mean optonet?

The check asks the same store or endpoint the query is sent to, so it holds embedded and
remote alike: one ``ASK`` per id parameter, and, only when an id is unknown, one query that
lists the ids and names of that kind.
"""

from __future__ import annotations

import difflib
from collections.abc import Callable, Mapping
from typing import Any

import pyoxigraph as ox

from clustergraph.model.namespaces import DATA_GRAPH_IRI, DATA_IRI
from clustergraph.sparql.params import ENTITY_KINDS, Parameter, ParameterError

__all__ = ["ID_TYPES", "KIND_NAMES", "UnknownIdError", "check_ids", "nearest_ids"]

#: Parameter types whose values are ids of entities in the graph.
ID_TYPES = (*ENTITY_KINDS, "entity")
#: What an id of each kind names, for messages.
KIND_NAMES = {
    "org": "organisation",
    "person": "person",
    "partnership": "partnership",
    "programme": "programme",
    "event": "event",
    "region": "region",
    "industry": "industry",
}

#: Runs a SPARQL query (the project's prefixes predeclared) where the named query will run and
#: returns its rows as dicts of Python values (``ASK``: ``[{"ask": bool}]``).
Ask = Callable[[str], list[dict[str, Any]]]


class UnknownIdError(ParameterError):
    """A parameter names an entity the graph does not have; the message names the nearest ids."""


def _kind_of(iri: str) -> str | None:
    if iri.startswith(DATA_IRI):
        kind = iri[len(DATA_IRI) :].split("/", 1)[0]
        if kind in ENTITY_KINDS and "/" in iri[len(DATA_IRI) :]:
            return kind
    return None


def check_ids(parameters: tuple[Parameter, ...], bindings: Mapping[str, Any], ask: Ask) -> None:
    """Raise :class:`UnknownIdError` for the first id parameter whose entity is not in the data graph."""
    for p in parameters:
        term = bindings.get(p.name)
        if p.type not in ID_TYPES or not isinstance(term, ox.NamedNode):
            continue
        query = (
            f"ASK {{ GRAPH <{DATA_GRAPH_IRI}> {{ {term} "
            "(skos:prefLabel|foaf:name|cg:isoCode|rdf:type) ?x } }"
        )
        if ask(query)[0]["ask"]:
            continue
        kind = _kind_of(term.value) or (p.type if p.type in ENTITY_KINDS else None)
        raise UnknownIdError(_message(p, term.value, kind, ask))


def _message(p: Parameter, iri: str, kind: str | None, ask: Ask) -> str:
    given_kind = _kind_of(iri)
    local = iri[len(DATA_IRI) + len(given_kind) + 1 :] if given_kind else iri
    what = KIND_NAMES.get(kind or "", "entity")
    head = f"parameter {p.name!r}: no {what} {local!r} in the graph"
    if kind is None:
        return head
    near = nearest_ids(local, kind, ask)
    if near:
        return f"{head}; did you mean {', '.join(near)}?"
    return f"{head}; find ids with: clustergraph query search -p text=..."


def nearest_ids(text: str, kind: str, ask: Ask, n: int = 5) -> list[str]:
    """The ids of ``kind`` nearest to ``text``: close in spelling, or whose name contains it."""
    prefix = f"{DATA_IRI}{kind}/"
    rows = ask(
        f"SELECT DISTINCT ?s ?name WHERE {{ GRAPH <{DATA_GRAPH_IRI}> {{ "
        f"?s skos:prefLabel|foaf:name ?name FILTER(STRSTARTS(STR(?s), {_quote(prefix)})) }} }}"
    )
    names: dict[str, set[str]] = {}
    for r in rows:
        ident = str(r["s"])[len(prefix) :]
        names.setdefault(ident, set()).add(str(r["name"]).casefold())
    wanted = text.casefold()
    by_id = {ident.casefold(): ident for ident in names}
    close = [by_id[c] for c in difflib.get_close_matches(wanted, list(by_id), n=n, cutoff=0.6)]
    by_name = sorted(
        ident for ident, labels in names.items() if wanted and any(wanted in label for label in labels)
    )
    by_start = sorted(ident for ident in names if ident.casefold().startswith(wanted[:4]) and wanted[:4])
    out: list[str] = []
    for ident in (*close, *by_name, *by_start):
        if ident not in out:
            out.append(ident)
    return out[:n]


def _quote(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'
