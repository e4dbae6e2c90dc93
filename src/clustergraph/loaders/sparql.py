"""A SPARQL endpoint → one source graph: the triples of a CONSTRUCT query.

The source address is the endpoint's address with the query as its ``query`` parameter
(the SPARQL protocol's GET form), so the same query on the same endpoint is the same source
and loading it again replaces its facts. The request sends a real User-Agent, uses POST,
has a deadline for the whole call, and every failure becomes an :class:`~clustergraph.errors.EndpointError`.

>>> endpoint_address("http://localhost:7878/query", "CONSTRUCT WHERE { ?s ?p ?o }")
'http://localhost:7878/query?query=CONSTRUCT%20WHERE%20%7B%20%3Fs%20%3Fp%20%3Fo%20%7D'
"""

from __future__ import annotations

import http.client
import urllib.error
import urllib.request
from typing import Any
from urllib.parse import quote, urlencode

from clustergraph._version import __version__
from clustergraph.errors import (
    EndpointError,
    EndpointHTTPError,
    EndpointTimeout,
    EndpointUnreachable,
    SourceFileError,
)
from clustergraph.loaders.batch import SourceBatch
from clustergraph.loaders.fetch import fetch
from clustergraph.loaders.rdf import rdf_batch
from clustergraph.loaders.reconcile import EntityIndex
from clustergraph.loaders.terms import check_iri
from clustergraph.model.sparqltext import words

USER_AGENT = f"clustergraph/{__version__} (+https://w3id.org/clustergraph)"
DEFAULT_TIMEOUT = 60.0
_CONTENT_TYPES = {
    "text/turtle": "turtle",
    "application/x-turtle": "turtle",
    "application/n-triples": "ntriples",
    "text/plain": "ntriples",
    "application/rdf+xml": "rdfxml",
    "application/ld+json": "jsonld",
    "application/n-quads": "nquads",
    "application/trig": "trig",
}


def endpoint_address(endpoint: str, query: str) -> str:
    """The source address of a query on an endpoint."""
    return f"{endpoint}{'&' if '?' in endpoint else '?'}query={quote(query, safe='')}"


def _check_construct(query: str) -> None:
    """The query's first keyword after its prologue must be CONSTRUCT or DESCRIBE.

    The words are read with :func:`clustergraph.model.sparqltext.words`, which skips comments,
    strings and IRIs whole: a ``#`` inside ``<http://example.org/ns#>`` is part of the IRI.

    >>> _check_construct("PREFIX ex: <http://example.org/ns#> CONSTRUCT WHERE { ?s ex:p ?o }")
    """
    first = next((w for w in words(query) if w not in ("PREFIX", "BASE")), "")
    if first not in ("CONSTRUCT", "DESCRIBE"):
        raise SourceFileError(
            "the query must be a CONSTRUCT (or DESCRIBE) query: it returns the triples to load"
        )


def construct(endpoint: str, query: str, *, timeout: float = DEFAULT_TIMEOUT) -> tuple[bytes, str]:
    """Run a CONSTRUCT query on ``endpoint``; return the response body and its format name.

    ``timeout`` bounds the whole call (:func:`clustergraph.loaders.fetch.fetch`), however slowly
    the endpoint sends its answer.
    """
    try:
        check_iri(endpoint)
    except ValueError as exc:
        raise EndpointError(f"endpoint {endpoint!r}: expected {exc}") from None
    if not endpoint.startswith(("http://", "https://")):
        raise EndpointError(f"endpoint {endpoint!r}: expected an http(s) address")
    _check_construct(query)
    request = urllib.request.Request(
        endpoint,
        data=urlencode({"query": query}).encode("ascii"),
        headers={
            "Accept": "text/turtle, application/n-triples;q=0.9, application/rdf+xml;q=0.8",
            "Content-Type": "application/x-www-form-urlencoded",
            "User-Agent": USER_AGENT,
        },
    )
    try:
        _status, headers, body = fetch(request, timeout)
    except urllib.error.HTTPError as exc:
        detail = " ".join(exc.read(2000).decode("utf-8", "replace").split())[:300]
        raise EndpointHTTPError(
            f"{endpoint}: the endpoint refused the query (HTTP {exc.code})"
            + (f": {detail}" if detail else ""),
            exc.code,
            detail,
        ) from None
    except TimeoutError:
        raise EndpointTimeout(f"{endpoint}: no complete answer within {timeout:g} s") from None
    except urllib.error.URLError as exc:
        if isinstance(exc.reason, TimeoutError):
            raise EndpointTimeout(f"{endpoint}: no complete answer within {timeout:g} s") from None
        raise EndpointUnreachable(f"{endpoint}: cannot be reached ({exc.reason})") from None
    except (OSError, http.client.HTTPException) as exc:
        raise EndpointUnreachable(f"{endpoint}: cannot be reached ({exc})") from None
    except ValueError as exc:
        raise EndpointError(f"{endpoint}: {exc}") from None
    ctype = (headers.get("Content-Type") or "text/turtle").split(";")[0].strip().lower()
    fmt = _CONTENT_TYPES.get(ctype)
    if fmt is None:
        raise EndpointError(f"{endpoint}: answered with {ctype!r}; expected RDF (Turtle, N-Triples, RDF/XML)")
    _check_row_limit(endpoint, headers, body, fmt)
    return body, fmt


#: Virtuoso's shipped [SPARQL] ResultSetMaxRows: it cuts a CONSTRUCT there without any header.
VIRTUOSO_MAX_ROWS = 10_000


def _check_row_limit(endpoint: str, headers: Any, body: bytes, fmt: str) -> None:
    """Refuse an answer the endpoint cut at its row limit: an import must never be silently short."""
    announced = (headers.get("X-SPARQL-MaxRows") or "").strip()
    limit = int(announced) if announced.isdigit() else None
    if limit is None and (headers.get("Server") or "").lower().startswith("virtuoso"):
        import pyoxigraph as ox

        formats = {
            "ntriples": ox.RdfFormat.N_TRIPLES,
            "rdfxml": ox.RdfFormat.RDF_XML,
            "jsonld": ox.RdfFormat.JSON_LD,
        }
        try:
            size = sum(1 for _ in ox.parse(body, format=formats.get(fmt, ox.RdfFormat.TURTLE)))
        except (SyntaxError, ValueError):
            return  # the RDF loader reports what is wrong with it
        limit = VIRTUOSO_MAX_ROWS if size >= VIRTUOSO_MAX_ROWS else None
    if limit is not None:
        raise EndpointError(
            f"{endpoint}: the answer reached the endpoint's row limit of {limit:,} and may be cut; "
            "nothing was imported. Narrow the query (several imports of parts), or raise the server's limit "
            "(Virtuoso: [SPARQL] ResultSetMaxRows)"
        )


def endpoint_batch(endpoint: str, query: str, answer: tuple[bytes, str], index: EntityIndex) -> SourceBatch:
    """The batch of a query's answer (from :func:`construct`), linked to the graph like an RDF file's."""
    body, fmt = answer
    if not body.strip():
        raise EndpointError(f"{endpoint}: the query returned no triples; nothing to load")
    address = endpoint_address(endpoint, query)
    try:
        return rdf_batch(body, endpoint, fmt, index, address, kind="endpoint")
    except SourceFileError as exc:
        if "no triples" in str(exc):
            raise EndpointError(f"{endpoint}: the query returned no triples; nothing to load") from None
        raise EndpointError(f"{endpoint}: the answer is not readable RDF: {exc}") from None


def load_endpoint(
    endpoint: str, query: str, index: EntityIndex, *, timeout: float = DEFAULT_TIMEOUT
) -> SourceBatch:
    """Run a CONSTRUCT query and make its batch (:func:`construct`, then :func:`endpoint_batch`)."""
    return endpoint_batch(endpoint, query, construct(endpoint, query, timeout=timeout), index)
