"""Writing triples into one graph of a store, in requests of a size the store accepts.

Stores limit what one request may carry. Virtuoso 7 refuses an ``INSERT DATA`` of more than
1,426 triples (HTTP 400, ``SP031`` "generated SQL text has exceeded 10000 lines", or ``SP030``
"memory exhausted" from about 5,000) and a string of more than 10 MB; other servers answer 413.
:class:`Uploader` sends chunks, and when a store says a request was too large it halves the chunk
and sends the same triples again (a refused request stores nothing), keeping the smaller size for
the rest of the push. Every chunk *adds* to the graph (``INSERT DATA``, or a Graph Store Protocol
``POST``), so the graph must be new or dropped before.

>>> too_large(EndpointHTTPError("x", 400, "Virtuoso 37000 Error SP031: SPARQL: Internal error"))
True
>>> too_large(EndpointHTTPError("x", 400, "syntax error at line 3"))
False
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import pyoxigraph as ox

from clustergraph.errors import EndpointError, EndpointHTTPError
from clustergraph.sparql.endpoint import Endpoint

#: What stores say when a request is too large for them (status 400/500 with one of these, or 413).
TOO_LARGE = re.compile(
    r"\bSP030\b|\bSP031\b|memory exhausted|too large|too long|exceeded|longer than|payload|entity too",
    re.IGNORECASE,
)
#: Triples per ``INSERT DATA`` request to start with, and per Graph Store Protocol ``POST``.
UPDATE_CHUNK = 10_000
GSP_CHUNK = 250_000


def too_large(exc: EndpointError) -> bool:
    """Whether ``exc`` is a store saying the request was too large (so a smaller one may pass)."""
    if not isinstance(exc, EndpointHTTPError):
        return False
    return exc.status == 413 or (exc.status in (400, 500) and bool(TOO_LARGE.search(exc.detail)))


def ntriples(triples: Sequence[ox.Triple]) -> bytes:
    """``triples`` as N-Triples."""
    return ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES) or b""


@dataclass
class Uploader:
    """Sends triples into graphs by ``protocol`` (``gsp`` or ``update``), splitting what is too large."""

    endpoint: Endpoint
    protocol: str
    update_chunk: int = UPDATE_CHUNK
    gsp_chunk: int = GSP_CHUNK
    requests: int = 0
    splits: int = 0
    #: Graph Store uploads by the store's bulk loader where it has one (the Oxigraph server's
    #: ``no_transaction``): for graphs no reader relies on while they are written.
    bulk: bool = False

    def add(self, graph: str, triples: Sequence[ox.Triple]) -> None:
        """Add ``triples`` to ``graph`` in as many requests as the store needs.

        A graph with blank nodes goes in one request: a blank node's label holds only within one.
        """
        if not triples:
            return
        whole = any(
            isinstance(t.subject, ox.BlankNode) or isinstance(t.object, ox.BlankNode) for t in triples
        )
        if self.protocol == "gsp":
            self._chunks(triples, "gsp_chunk", lambda part: self._post(graph, part), whole)
        else:
            self._chunks(triples, "update_chunk", lambda part: self._insert(graph, part), whole)

    def _post(self, graph: str, part: Sequence[ox.Triple]) -> None:
        self.endpoint.put_graph(graph, ntriples(part), method="POST", bulk=self.bulk)

    def _insert(self, graph: str, part: Sequence[ox.Triple]) -> None:
        body = ntriples(part).decode("utf-8")
        self.endpoint.update(f"INSERT DATA {{ GRAPH <{graph}> {{\n{body}}} }}")

    def _chunks(
        self,
        triples: Sequence[ox.Triple],
        size_name: str,
        send: Callable[[Sequence[ox.Triple]], None],
        whole: bool,
    ) -> None:
        done = 0
        while done < len(triples):
            size = len(triples) if whole else getattr(self, size_name)
            part = triples[done : done + size]
            try:
                self.requests += 1
                send(part)
            except EndpointHTTPError as exc:
                if not too_large(exc) or len(part) <= 1 or whole:
                    if too_large(exc) and whole:
                        raise EndpointHTTPError(
                            f"{exc} (a graph with blank nodes goes in one request, and this one is too "
                            "large for the store)",
                            exc.status,
                            exc.detail,
                        ) from None
                    raise
                setattr(self, size_name, max(1, len(part) // 2))
                self.splits += 1
                continue
            done += len(part)
