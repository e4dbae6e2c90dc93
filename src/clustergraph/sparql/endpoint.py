"""Remote SPARQL 1.1 endpoints: query them, update them (SPARQLWrapper for updates).

Every call sends a real User-Agent and has a timeout (a query's bounds the whole call,
retries included: :func:`clustergraph.loaders.fetch.fetch`); long queries go by POST; reads are
retried with back-off on connection failures, timeouts and 5xx answers, writes never are.
HTTP errors become :class:`~clustergraph.errors.EndpointHTTPError` carrying the endpoint's
own message; credentials come from the environment or a netrc file and are never printed.

URLs. ``Endpoint.from_url(url)`` takes the query URL. An Oxigraph-style server root
(``http://127.0.0.1:7878``) or a URL ending in ``/query`` also gives the update URL
(``.../update``) and the Graph Store Protocol URL (``.../store``); any other URL (``.../sparql``
of Virtuoso, Blazegraph, ...) is used for both queries and updates, with no Graph Store.

Pushing a build to an endpoint is :mod:`clustergraph.sparql.push`.
"""

from __future__ import annotations

import base64
import http.client
import json
import netrc
import os
import re
import socket
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from clustergraph._version import __version__
from clustergraph.errors import (
    EndpointError,
    EndpointHTTPError,
    EndpointTimeout,
    EndpointUnreachable,
)
from clustergraph.loaders.fetch import fetch, query_request
from clustergraph.sparql.result import Result, result_from_json

USER_AGENT = f"clustergraph/{__version__} (SPARQL client; +https://w3id.org/clustergraph)"
#: Queries whose URL-encoded form is longer than this go by POST.
GET_LIMIT = 2000
STAGING_PREFIX = "urn:clustergraph:staging:"
USER_ENV, PASSWORD_ENV = "CLUSTERGRAPH_ENDPOINT_USER", "CLUSTERGRAPH_ENDPOINT_PASSWORD"
RETRY_STATUSES = (500, 502, 503, 504)


def _redact(url: str) -> str:
    """``url`` without user and password."""
    parts = urllib.parse.urlsplit(url)
    if parts.username is None and parts.password is None:
        return url
    host = parts.hostname or ""
    if parts.port:
        host += f":{parts.port}"
    return urllib.parse.urlunsplit(parts._replace(netloc=host))


def check_url(url: str) -> str:
    """``url`` if it is an absolute http(s) URL with a host; an :class:`EndpointError` otherwise."""
    try:
        parts = urllib.parse.urlsplit(url)
        ok = parts.scheme in ("http", "https") and bool(parts.hostname)
        if ok:
            _ = parts.port  # raises ValueError on a bad port
    except ValueError:
        ok = False
    if not ok or any(c.isspace() for c in url):
        raise EndpointError(f"bad endpoint URL {_redact(url)!r}: expected http(s)://HOST[:PORT]/PATH")
    return url


def credentials_for(url: str) -> tuple[str, str] | None:
    """User and password for ``url``: from the environment, a netrc file, or the URL itself.

    ``CLUSTERGRAPH_ENDPOINT_USER`` / ``CLUSTERGRAPH_ENDPOINT_PASSWORD`` come first; then the
    netrc file (``$NETRC`` or ``~/.netrc``) entry for the URL's host.
    """
    user, password = os.environ.get(USER_ENV), os.environ.get(PASSWORD_ENV)
    if user:
        return user, password or ""
    parts = urllib.parse.urlsplit(url)
    path = Path(os.environ.get("NETRC", Path.home() / ".netrc"))
    if path.is_file() and parts.hostname:
        try:
            entry = netrc.netrc(str(path)).authenticators(parts.hostname)
        except (netrc.NetrcParseError, OSError):
            entry = None
        if entry and entry[0]:
            return entry[0], entry[2] or ""
    if parts.username:
        return urllib.parse.unquote(parts.username), urllib.parse.unquote(parts.password or "")
    return None


def _one_line(text: str, limit: int = 300) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


@dataclass
class Endpoint:
    """A SPARQL 1.1 endpoint: query URL, optional update and Graph Store Protocol URLs.

    >>> ep = Endpoint.from_url("http://127.0.0.1:7878")
    >>> ep.query_url, ep.update_url, ep.store_url
    ('http://127.0.0.1:7878/query', 'http://127.0.0.1:7878/update', 'http://127.0.0.1:7878/store')
    >>> Endpoint.from_url("https://example.org/sparql").update_url
    'https://example.org/sparql'
    """

    query_url: str
    update_url: str | None = None
    store_url: str | None = None
    timeout: float = 30.0
    retries: int = 2
    backoff: float = 0.5
    credentials: tuple[str, str] | None = field(default=None, repr=False)

    @classmethod
    def from_url(
        cls,
        url: str,
        *,
        update_url: str | None = None,
        store_url: str | None = None,
        timeout: float = 30.0,
        retries: int = 2,
    ) -> Endpoint:
        check_url(url)
        for other in (update_url, store_url):
            if other:
                check_url(other)
        parts = urllib.parse.urlsplit(url)
        creds = credentials_for(url)
        clean = lambda u: _redact(u) if u else u  # noqa: E731 - credentials never stay in URLs
        path = parts.path.rstrip("/")
        if path == "" or path.endswith("/query"):
            base = urllib.parse.urlunsplit(
                parts._replace(path=path[: -len("/query")] if path else "", query="")
            )
            query_url = clean(base + "/query") if path == "" else clean(url)
            derived_update, derived_store = base + "/update", base + "/store"
        else:
            query_url, derived_update, derived_store = clean(url), url, None
        return cls(
            query_url=query_url,
            update_url=clean(update_url or derived_update),
            store_url=clean(store_url or derived_store),
            timeout=timeout,
            retries=retries,
            credentials=creds,
        )

    # ------------------------------------------------------------------ queries (reads)

    def query(
        self,
        sparql: str,
        *,
        graph: bool = False,
        default_graphs: Iterable[str] = (),
        named_graphs: Iterable[str] = (),
    ) -> Result:
        """Run a query: a :class:`~clustergraph.sparql.result.Result` (SELECT/ASK as JSON, else N-Triples).

        ``timeout`` bounds the whole call, retries included: a server that answers a byte at a
        time is cut off at the deadline like one that does not answer. ``default_graphs`` /
        ``named_graphs``: the query's dataset in the protocol (``default-graph-uri``,
        ``named-graph-uri``). Stores differ in how they treat a query's own ``FROM`` (Oxigraph's
        union mode ignores it), never in how they treat these.
        """
        deadline = time.monotonic() + self.timeout
        dataset = (tuple(default_graphs), tuple(named_graphs))
        body = self._read(lambda: self._get(sparql, graph, deadline, dataset), deadline)
        if graph:
            try:
                triples = [q.triple for q in ox.parse(body, format=ox.RdfFormat.N_TRIPLES)]
            except SyntaxError as exc:
                raise EndpointError(f"{self.query_url} sent RDF that cannot be read: {exc}") from None
            return Result("graph", triples=triples)
        try:
            return result_from_json(json.loads(body))
        except (ValueError, TypeError, AttributeError) as exc:
            raise EndpointError(
                f"{self.query_url} sent an answer that is not SPARQL results JSON: {_one_line(str(exc))}"
            ) from None

    def select(self, sparql: str) -> list[dict[str, Any]]:
        """Rows of a SELECT (Python values)."""
        return self.query(sparql).rows

    def _get(
        self,
        sparql: str,
        graph: bool,
        deadline: float,
        dataset: tuple[tuple[str, ...], tuple[str, ...]] = ((), ()),
    ) -> bytes:
        """One query request (GET, or POST for long queries) within what is left of the deadline."""
        accept = "application/n-triples" if graph else "application/sparql-results+json"
        request = query_request(
            self.query_url, sparql, accept, USER_AGENT, self.credentials, GET_LIMIT, dataset=dataset
        )
        left = deadline - time.monotonic()
        if left <= 0:
            raise EndpointTimeout(f"{_redact(self.query_url)} did not answer within {self.timeout:g} s")
        return self._call(lambda: fetch(request, left)[2], self.query_url)

    def _read(self, fn: Callable[[], bytes], deadline: float | None = None) -> bytes:
        """A read with retries and exponential back-off on transient failures (within the deadline)."""
        attempt = 0
        while True:
            try:
                return fn()
            except EndpointTimeout:
                raise  # the time is up: retrying would only overrun the deadline
            except EndpointUnreachable:
                if attempt >= self.retries:
                    raise
            except EndpointHTTPError as exc:
                if exc.status not in RETRY_STATUSES or attempt >= self.retries:
                    raise
            pause = self.backoff * 2**attempt
            if deadline is not None and time.monotonic() + pause >= deadline:
                raise EndpointTimeout(f"{_redact(self.query_url)} did not answer within {self.timeout:g} s")
            time.sleep(pause)
            attempt += 1

    # ------------------------------------------------------------------ updates (writes, never retried)

    def update(self, sparql: str) -> None:
        """Run one SPARQL Update request (one transaction in stores that honour the spec)."""
        if not self.update_url:
            raise EndpointError(f"{self.query_url} has no update URL; give one with --update-url")
        from SPARQLWrapper import POST, POSTDIRECTLY, SPARQLWrapper

        sw = SPARQLWrapper(self.query_url, updateEndpoint=self.update_url, agent=USER_AGENT)
        sw.setQuery(sparql)
        sw.setMethod(POST)
        sw.setRequestMethod(POSTDIRECTLY)
        sw.setTimeout(max(1, round(self.timeout)))
        if self.credentials:
            sw.setCredentials(*self.credentials)
        self._call(lambda: sw.query().response.read(), self.update_url)

    def put_graph(self, graph: str, data: bytes) -> None:
        """Replace ``graph`` with ``data`` (N-Triples) by a Graph Store Protocol PUT."""
        if not self.store_url:
            raise EndpointError(
                f"{self.query_url} has no Graph Store Protocol URL; give one with --store-url"
            )
        url = (
            self.store_url
            + ("&" if "?" in self.store_url else "?")
            + urllib.parse.urlencode({"graph": graph})
        )
        headers = {"Content-Type": "application/n-triples", "User-Agent": USER_AGENT}
        if self.credentials:
            token = base64.b64encode(":".join(self.credentials).encode("utf-8")).decode("ascii")
            headers["Authorization"] = f"Basic {token}"
        request = urllib.request.Request(url, data=data, headers=headers, method="PUT")

        def send() -> bytes:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                return response.read()

        self._call(send, self.store_url)

    # ------------------------------------------------------------------ error mapping

    def _call(self, fn: Callable[[], bytes], url: str) -> bytes:
        """Run one HTTP exchange; every failure becomes one clear :class:`EndpointError`."""
        from SPARQLWrapper.SPARQLExceptions import SPARQLWrapperException

        where = _redact(url)
        try:
            return fn()
        except urllib.error.HTTPError as exc:
            detail = _one_line(_body(exc))
            raise _http_error(where, exc.code, detail) from None
        except SPARQLWrapperException as exc:
            status = {
                "QueryBadFormed": 400,
                "Unauthorized": 401,
                "EndPointNotFound": 404,
                "URITooLong": 414,
                "EndPointInternalError": 500,
            }.get(type(exc).__name__, 500)
            text = str(exc)
            detail = text.split("Response:", 1)[1] if "Response:" in text else ""
            detail = re.sub(r"^\s*b(['\"])(.*)\1\s*$", r"\2", detail.strip(), flags=re.S)
            detail = (
                detail.encode("utf-8").decode("unicode_escape", errors="replace")
                if "\\n" in detail
                else detail
            )
            raise _http_error(where, status, _one_line(detail)) from None
        except urllib.error.URLError as exc:
            reason = exc.reason
            if isinstance(reason, (TimeoutError, socket.timeout)):
                raise EndpointTimeout(f"{where} did not answer within {self.timeout:g} s") from None
            if isinstance(reason, ConnectionRefusedError):
                raise EndpointUnreachable(
                    f"cannot connect to {where}: connection refused (is the server running?)"
                ) from None
            if isinstance(reason, socket.gaierror):
                raise EndpointUnreachable(f"cannot connect to {where}: unknown host") from None
            raise EndpointUnreachable(f"cannot connect to {where}: {_one_line(str(reason))}") from None
        except TimeoutError:
            raise EndpointTimeout(f"{where} did not answer within {self.timeout:g} s") from None
        except (ConnectionError, http.client.HTTPException, OSError) as exc:
            raise EndpointUnreachable(
                f"the connection to {where} failed: {_one_line(str(exc)) or type(exc).__name__}"
            ) from None
        except ValueError as exc:  # urllib: unknown URL type and the like
            raise EndpointError(f"bad endpoint URL {where!r}: {_one_line(str(exc))}") from None


def _body(exc: urllib.error.HTTPError) -> str:
    try:
        return exc.read().decode("utf-8", errors="replace")
    except Exception:  # the body is only a nicety
        return exc.reason or ""


def _http_error(where: str, status: int, detail: str) -> EndpointHTTPError:
    kind = "rejected the request" if status < 500 else "failed"
    message = f"{where} {kind} (HTTP {status})" + (f": {detail}" if detail else "")
    return EndpointHTTPError(message, status, detail)
