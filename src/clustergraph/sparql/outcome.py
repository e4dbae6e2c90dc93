"""What a push says when the answer to its final request is lost.

The final request of :func:`clustergraph.sparql.push.push` drops the stale graphs and moves
every staging graph onto its target, in one SPARQL Update request: one transaction. When its
answer is lost (a timeout, a dropped connection), the store may hold the new build or its
previous data; :func:`after_lost_answer` asks the store (are the staging graphs still there?)
and says which.
"""

from __future__ import annotations

import contextlib
from typing import Any

from clustergraph.errors import EndpointError


def after_lost_answer(endpoint: Any, staged: list[tuple[str, str]], lost: EndpointError) -> str:
    """Ask the store whether the final request (drop the stale graphs, move the staging graphs) was
    applied when its answer was lost; it is one transaction, so the staging graphs tell.

    Returns a note if the store holds the new build; raises an error saying what it holds otherwise.
    """
    try:
        rows = endpoint.query("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }").rows
        left = [s for s, _t in staged if s in {r["g"] for r in rows}]
    except EndpointError as exc:
        raise type(lost)(
            f"push: the answer to its final request was lost ({lost}) and the store cannot be asked now "
            f"({exc}): it holds either its previous data or the new build; run push again when it answers "
            "(a push replaces the graphs either way)"
        ) from None
    if left:
        with contextlib.suppress(EndpointError):
            endpoint.update(" ;\n".join(f"DROP SILENT GRAPH <{s}>" for s, _t in staged))
        raise type(lost)(
            "push failed, the store keeps its previous data (checked after the answer to the final request "
            f"was lost: {lost})"
        )
    return f"the answer to the final request was lost ({lost}); the store was checked: it holds the new build"
