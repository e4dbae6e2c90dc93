"""Which organisation a name means: ``clustergraph recommend ORG`` takes a name, an id or an IRI."""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable

from clustergraph.errors import UnknownNameError
from clustergraph.graph.records import NetworkData


def _norm(text: str) -> str:
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "", text.lower())


def resolve_organisation(data: NetworkData, name: str, among: Iterable[str] | None = None) -> str:
    """The IRI of the organisation ``name`` means: an IRI, an id, a name or an alias,
    ignoring case, accents, spaces and punctuation; else the one close match.

    Raises :class:`UnknownNameError` listing the nearest names when there is no match or
    several equally good ones.
    """
    pool = set(among) if among is not None else set(data.organisations)
    text = name.strip()
    if text in pool:
        return text
    by_id = {iri.rsplit("/", 1)[-1]: iri for iri in pool}
    if text in by_id:
        return by_id[text]
    names: dict[str, set[str]] = defaultdict(set)
    shown: dict[str, str] = {}
    for iri in pool:
        org = data.organisations.get(iri)
        for n in [org.label if org else "", *(org.alt_labels if org else ()), iri.rsplit("/", 1)[-1]]:
            if n:
                names[_norm(n)].add(iri)
                shown.setdefault(_norm(n), n)
    key = _norm(text)
    if not key:
        raise UnknownNameError(f"organisation name {name!r} is empty; give a name, an id or an IRI")
    exact = names.get(key, set())
    if len(exact) == 1:
        return next(iter(exact))
    contains = {iri for k, iris in names.items() if key in k for iri in iris}
    if not exact and len(contains) == 1:
        return next(iter(contains))
    close = difflib.get_close_matches(key, list(names), n=8, cutoff=0.75)
    if not exact and not contains and close and len(names[close[0]]) == 1:
        ratio = difflib.SequenceMatcher(None, key, close[0]).ratio()
        second = difflib.SequenceMatcher(None, key, close[1]).ratio() if len(close) > 1 else 0.0
        if ratio >= 0.85 and ratio - second >= 0.05:
            return next(iter(names[close[0]]))
    candidates = sorted(exact | contains, key=lambda i: _label(data, i)) or sorted(
        {i for k in difflib.get_close_matches(key, list(names), n=8, cutoff=0.5) for i in names[k]},
        key=lambda i: _label(data, i),
    )
    if candidates:
        listing = "; ".join(f"{_label(data, i)} ({i.rsplit('/', 1)[-1]})" for i in candidates[:8])
        what = "matches several organisations" if (exact or contains) else "matches no organisation"
        raise UnknownNameError(f"{name!r} {what}; near matches: {listing}")
    raise UnknownNameError(f"{name!r} matches no organisation in the network, and nothing is close to it")


def _label(data: NetworkData, iri: str) -> str:
    org = data.organisations.get(iri)
    return org.label if org and org.label else iri.rsplit("/", 1)[-1]
