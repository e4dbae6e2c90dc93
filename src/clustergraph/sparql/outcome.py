"""What a push says when the answer to its final request is lost, and which graphs a store holds.

The final request of a staged push (:func:`clustergraph.sparql.push.push`) drops the stale
graphs, moves every staging graph onto its target and rewrites the manifest, in one SPARQL Update
request: one transaction. When its answer is lost (a timeout, a dropped connection), the store may
hold the new build or its previous data; :func:`after_lost_answer` asks the store (are the staging
graphs still there?) and says which. It asks about the graphs it knows (:func:`present`), never
lists the store's graphs: that scans every triple (29 s at 2,000 graphs on Virtuoso 7).
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable
from typing import Any

from clustergraph.errors import EndpointError


def present(endpoint: Any, graphs: Iterable[str]) -> list[str]:
    """Those of ``graphs`` that hold at least one triple in the store (one query, any engine)."""
    names = sorted(set(graphs))
    if not names:
        return []
    values = " ".join(f"<{g}>" for g in names)
    rows = endpoint.query(
        f"SELECT ?g WHERE {{ VALUES ?g {{ {values} }} FILTER EXISTS {{ GRAPH ?g {{ ?s ?p ?o }} }} }}"
    ).rows
    return sorted({str(r["g"]) for r in rows if r.get("g")})


def after_lost_answer(endpoint: Any, staged: list[tuple[str, str]], lost: EndpointError) -> str:
    """Ask the store whether the final request (drop the stale graphs, move the staging graphs) was
    applied when its answer was lost; it is one transaction, so the staging graphs tell.

    Returns a note if the store holds the new build; raises an error saying what it holds otherwise.
    """
    try:
        left = present(endpoint, [s for s, _t in staged])
    except EndpointError as exc:
        raise type(lost)(
            f"push: the answer to its final request was lost ({lost}) and the store cannot be asked now "
            f"({exc}): it holds either its previous data or the new build; run push again when it answers "
            "(a push replaces the graphs either way, and drops the staging graphs this one left)"
        ) from None
    if left:
        with contextlib.suppress(EndpointError):
            for staging in left:
                endpoint.update(f"DROP SILENT GRAPH <{staging}>")
        raise type(lost)(
            "push failed, the store keeps its previous data (checked after the answer to the final request "
            f"was lost: {lost})"
        )
    return f"the answer to the final request was lost ({lost}); the store was checked: it holds the new build"
