"""Remote SPARQL 1.1 endpoints: query them, update them (SPARQLWrapper for updates).

Every call sends a real User-Agent and has a timeout for the whole call (a query's bounds its
retries too: :func:`clustergraph.loaders.fetch.fetch`); long queries go by POST; reads are
retried with back-off on connection failures, timeouts and 5xx answers, writes never are.
HTTP errors become :class:`~clustergraph.errors.EndpointHTTPError` carrying the endpoint's
own message; credentials come from the caller, the environment or a netrc file, go as Digest or
Basic, whichever the server asks for (:mod:`.auth`), and are never printed. An answer that reached
the server's row limit raises :class:`RowLimitError` naming the limit (or, asked for, comes back
marked), never silently short.

URLs. ``Endpoint.from_url(url)`` takes the query URL. An Oxigraph-style server root
(``http://127.0.0.1:7878``) or a URL ending in ``/query`` also gives the update URL
(``.../update``) and the Graph Store Protocol URL (``.../store``); any other URL (``.../sparql``
of Virtuoso, Blazegraph, ...) is used for both queries and updates, with no Graph Store until
:meth:`Endpoint.discover` finds Virtuoso's beside it.

Pushing a build to an endpoint is :mod:`clustergraph.sparql.push`.
"""

from __future__ import annotations

import http.client
import json
import netrc
import os
import socket
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from email.message import Message
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
from clustergraph.sparql.auth import Auth, probe
from clustergraph.sparql.result import Result, result_from_json

USER_AGENT = f"clustergraph/{__version__} (SPARQL client; +https://w3id.org/clustergraph)"
#: Queries whose URL-encoded form is longer than this go by POST.
GET_LIMIT = 2000
STAGING_PREFIX = "urn:clustergraph:staging:"
USER_ENV, PASSWORD_ENV = "CLUSTERGRAPH_ENDPOINT_USER", "CLUSTERGRAPH_ENDPOINT_PASSWORD"
RETRY_STATUSES = (500, 502, 503, 504)
#: The header in which Virtuoso announces that an answer reached its row limit.
MAX_ROWS_HEADER = "X-SPARQL-MaxRows"
#: Virtuoso's shipped ``[SPARQL] ResultSetMaxRows``: a Virtuoso answer of this many rows may be cut.
VIRTUOSO_MAX_ROWS = 10_000


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
    #: The server's ``Server`` header, once it has answered.
    server: str = ""
    #: The server's row limit, once it announced one (``X-SPARQL-MaxRows``), or as given.
    row_limit: int | None = None
    _auth: Auth | None = field(default=None, repr=False, compare=False)

    @classmethod
    def from_url(
        cls,
        url: str,
        *,
        update_url: str | None = None,
        store_url: str | None = None,
        timeout: float = 30.0,
        retries: int = 2,
        credentials: tuple[str, str] | None = None,
    ) -> Endpoint:
        """The endpoint of query URL ``url`` (see the module's docstring for the derived URLs).

        ``credentials`` (user, password) win over those of the environment and netrc.
        """
        check_url(url)
        for other in (update_url, store_url):
            if other:
                check_url(other)
        parts = urllib.parse.urlsplit(url)
        creds = credentials or credentials_for(url)
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

    # ------------------------------------------------------------------ sending

    def _authorization(self, method: str, url: str) -> dict[str, str]:
        """The ``Authorization`` header for ``method url``: the scheme the server asks for (:mod:`.auth`)."""
        if not self.credentials:
            return {}
        if self._auth is None:
            self._auth = Auth(self.credentials)
        try:
            return {"Authorization": self._auth.header(method, url, self._probe)}
        except ValueError as exc:  # a Digest algorithm we do not speak
            raise EndpointError(f"{_redact(url)}: {exc}") from None

    def _probe(self, url: str) -> tuple[int, str]:
        try:
            return probe(url, USER_AGENT, min(self.timeout, 30.0))
        except (OSError, http.client.HTTPException, ValueError):
            return 0, ""

    def _send(
        self,
        method: str,
        url: str,
        data: bytes | None = None,
        headers: dict[str, str] | None = None,
        timeout: float | None = None,
    ) -> tuple[int, Message, bytes]:
        """One request with the endpoint's credentials; a 401 on a fresh Digest challenge is retried once.

        A 401 means the server did nothing with the request, so even a write may be sent again.
        """
        for attempt in (0, 1):
            request = urllib.request.Request(
                url,
                data=data,
                headers={"User-Agent": USER_AGENT, **(headers or {}), **self._authorization(method, url)},
                method=method,
            )
            try:
                answer = fetch(request, timeout if timeout is not None else self.timeout)
            except urllib.error.HTTPError as exc:
                if exc.code != 401 or attempt or not self.credentials or self._auth is None:
                    raise
                self._auth.schemes.pop(url.split("?", 1)[0], None)  # ask for the scheme again
                continue
            self._note_server(answer[1])
            return answer
        raise AssertionError("unreachable")

    def _note_server(self, headers: Message) -> None:
        server = headers.get("Server") or ""
        if server and not self.server:
            self.server = server.strip()
        announced = headers.get(MAX_ROWS_HEADER)
        if announced and announced.strip().isdigit():
            self.row_limit = int(announced.strip())

    @property
    def is_oxigraph(self) -> bool:
        """Whether the server said it is the Oxigraph server (its ``Server`` header)."""
        return self.server.lower().startswith("oxigraph")

    @property
    def is_virtuoso(self) -> bool:
        """Whether the server said it is OpenLink Virtuoso (its ``Server`` header)."""
        return self.server.lower().startswith("virtuoso")

    def discover(self) -> None:
        """Ask the endpoint ``ASK {}`` once: who it is (``Server``), and Virtuoso's Graph Store URL.

        Virtuoso serves the Graph Store Protocol beside ``/sparql`` at ``/sparql-graph-crud``
        (``/sparql-graph-crud-auth`` beside ``/sparql-auth``, with Digest authentication).
        """
        self.query("ASK {}")
        if self.is_virtuoso and not self.store_url:
            parts = urllib.parse.urlsplit(self.query_url)
            path = parts.path.rstrip("/")
            for tail, crud in (
                ("/sparql-auth", "/sparql-graph-crud-auth"),
                ("/sparql", "/sparql-graph-crud"),
            ):
                if path.endswith(tail):
                    path = path[: -len(tail)] + crud
                    self.store_url = urllib.parse.urlunsplit(parts._replace(path=path, query=""))
                    break

    # ------------------------------------------------------------------ queries (reads)

    def query(
        self,
        sparql: str,
        *,
        graph: bool = False,
        default_graphs: Iterable[str] = (),
        named_graphs: Iterable[str] = (),
        partial: bool = False,
    ) -> Result:
        """Run a query: a :class:`~clustergraph.sparql.result.Result` (SELECT/ASK as JSON, else N-Triples).

        ``timeout`` bounds the whole call, retries included: a server that answers a byte at a
        time is cut off at the deadline like one that does not answer. ``default_graphs`` /
        ``named_graphs``: the query's dataset in the protocol (``default-graph-uri``,
        ``named-graph-uri``). Stores differ in how they treat a query's own ``FROM`` (Oxigraph's
        union mode ignores it), never in how they treat these.

        An answer that reached the server's row limit (the ``X-SPARQL-MaxRows`` header, or as many
        rows as a limit the endpoint announced before or Virtuoso's default of 10,000) may be cut:
        :class:`RowLimitError` names the limit, or with ``partial`` the result comes back with
        ``Result.row_limit`` set.
        """
        deadline = time.monotonic() + self.timeout
        dataset = (tuple(default_graphs), tuple(named_graphs))
        headers, body = self._read(lambda: self._get(sparql, graph, deadline, dataset), deadline)
        announced = headers.get(MAX_ROWS_HEADER)
        if graph:
            try:
                triples = [q.triple for q in ox.parse(body, format=ox.RdfFormat.N_TRIPLES)]
            except SyntaxError as exc:
                raise EndpointError(f"{self.query_url} sent RDF that cannot be read: {exc}") from None
            result = Result("graph", triples=triples)
            size = len(triples)
        else:
            try:
                result = result_from_json(json.loads(body))
            except (ValueError, TypeError, AttributeError) as exc:
                raise EndpointError(
                    f"{self.query_url} sent an answer that is not SPARQL results JSON: {_one_line(str(exc))}"
                ) from None
            size = len(result.solutions)
        limit = self._limit_reached(size, announced)
        if limit is not None:
            result.row_limit = limit
            if not partial:
                raise RowLimitError(
                    row_limit_message(_redact(self.query_url), limit, announced is not None), limit
                )
        return result

    def _limit_reached(self, size: int, announced: str | None) -> int | None:
        """The row limit the answer reached, if it may have been cut; ``None`` otherwise."""
        if announced and announced.strip().isdigit():
            return int(announced.strip())  # the server says: the answer reached its limit
        known = self.row_limit or (VIRTUOSO_MAX_ROWS if self.is_virtuoso else None)
        if known and size >= known:
            return known
        return None

    def select(self, sparql: str) -> list[dict[str, Any]]:
        """Rows of a SELECT (Python values)."""
        return self.query(sparql).rows

    def _get(
        self,
        sparql: str,
        graph: bool,
        deadline: float,
        dataset: tuple[tuple[str, ...], tuple[str, ...]] = ((), ()),
    ) -> tuple[Message, bytes]:
        """One query request (GET, or POST for long queries) within what is left of the deadline."""
        accept = "application/n-triples" if graph else "application/sparql-results+json"
        request = query_request(self.query_url, sparql, accept, USER_AGENT, None, GET_LIMIT, dataset=dataset)
        left = deadline - time.monotonic()
        if left <= 0:
            raise EndpointTimeout(f"{_redact(self.query_url)} did not answer within {self.timeout:g} s")
        method = request.get_method()
        headers = dict(request.header_items())
        return self._call(
            lambda: self._send(method, request.full_url, request.data, headers, left)[1:],  # type: ignore[arg-type]
            self.query_url,
        )

    def _read(self, fn: Callable[[], Any], deadline: float | None = None) -> Any:
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
        """Run one SPARQL Update request (one transaction in stores that honour the spec; not in Virtuoso)."""
        if not self.update_url:
            raise EndpointError(f"{self.query_url} has no update URL; give one with --update-url")
        url = self.update_url
        headers = {"Content-Type": "application/sparql-update; charset=utf-8"}
        self._call(lambda: self._send("POST", url, sparql.encode("utf-8"), headers)[2], url)

    def put_graph(self, graph: str, data: bytes, *, method: str = "PUT", bulk: bool = False) -> None:
        """Replace ``graph`` with ``data`` (N-Triples) by a Graph Store PUT (``method="POST"`` adds to it).

        ``bulk`` on an Oxigraph server loads with its bulk loader (``no_transaction``): 1M triples in
        8 s instead of minutes, but not in one transaction.
        """
        if not self.store_url:
            raise EndpointError(
                f"{self.query_url} has no Graph Store Protocol URL; give one with --store-url"
            )
        url = (
            self.store_url
            + ("&" if "?" in self.store_url else "?")
            + urllib.parse.urlencode({"graph": graph})
            + ("&no_transaction" if bulk and self.is_oxigraph else "")
        )
        headers = {"Content-Type": "application/n-triples"}
        self._call(lambda: self._send(method, url, data, headers)[2], self.store_url)

    # ------------------------------------------------------------------ error mapping

    def _call(self, fn: Callable[[], Any], url: str) -> Any:
        """Run one HTTP exchange; every failure becomes one clear :class:`EndpointError`."""
        where = _redact(url)
        try:
            return fn()
        except urllib.error.HTTPError as exc:
            detail = _one_line(_body(exc))
            raise _http_error(where, exc.code, detail) from None
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


def row_limit_message(where: str, limit: int, announced: bool) -> str:
    """What to say about an answer that reached a server's row limit."""
    how = (
        f"it announced {MAX_ROWS_HEADER}: {limit}"
        if announced
        else f"as many as its known limit of {limit:,}"
    )
    return (
        f"{where} may have cut the answer at its row limit of {limit:,} rows ({how}); the result is "
        "incomplete. Narrow the query, page it (LIMIT/OFFSET outside an ordered sub-select) or raise the "
        "server's limit (Virtuoso: [SPARQL] ResultSetMaxRows)"
    )


class RowLimitError(EndpointError):
    """An endpoint's answer reached its row limit and may be cut; ``limit`` is that limit."""

    def __init__(self, message: str, limit: int) -> None:
        super().__init__(message)
        self.limit = limit


def _body(exc: urllib.error.HTTPError) -> str:
    try:
        return exc.read().decode("utf-8", errors="replace")
    except Exception:  # the body is only a nicety
        return exc.reason or ""


def _http_error(where: str, status: int, detail: str) -> EndpointHTTPError:
    kind = "rejected the request" if status < 500 else "failed"
    message = f"{where} {kind} (HTTP {status})" + (f": {detail}" if detail else "")
    return EndpointHTTPError(message, status, detail)
