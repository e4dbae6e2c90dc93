"""The endpoint ``clustergraph serve`` exposes: a small guard in front of the Oxigraph server.

The Oxigraph server evaluates ``SERVICE`` clauses by sending HTTP requests wherever the query
says, and it has no option to turn that off; a served endpoint would let anyone who can reach
it make this machine call other hosts (a web page open in the user's browser included). So
``serve`` starts Oxigraph on an internal loopback port and puts this guard on the port the user
asked for: it reads every query (``GET ?query=``, a form ``POST``, a ``application/sparql-query``
body), refuses one with a ``SERVICE`` clause whose host is not allowed (HTTP 403 with the
reason, :func:`clustergraph.sparql.query.check_service`), and passes everything else through
unchanged, the YASGUI page included. Oxigraph's own ``--timeout-s`` bounds each query where its
evaluator checks the time; where it does not (a large join or aggregate computed before the
first result), the guard waits ``query_timeout`` + :data:`GRACE` seconds for the answer to
start, then answers 503 and replaces the Oxigraph server (a new process on the same store),
which is the only way to stop that query.

>>> with start_guarded("build/graph/store-...", query_timeout=60) as ep:   # doctest: +SKIP
...     print(ep.query_url)
http://127.0.0.1:7878/query
"""

from __future__ import annotations

import contextlib
import http.client
import threading
import urllib.parse
from collections.abc import Iterable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from clustergraph.errors import ServerError
from clustergraph.sparql.query import QueryError, check_service
from clustergraph.sparql.server import HOST, OxigraphServer, port_in_use, start_server

#: The largest request body the guard reads (a query or a form), in bytes.
MAX_BODY = 10 * 1024 * 1024
#: Seconds past the query timeout the guard waits for an answer to start before it restarts the server.
GRACE = 3.0
_HOP_BY_HOP = {"connection", "keep-alive", "transfer-encoding", "te", "trailer", "upgrade", "host"}
_HOP_BY_HOP |= {"proxy-authorization", "proxy-authenticate", "content-length"}


def queries_of(method: str, target: str, content_type: str, body: bytes) -> list[str]:
    """Every query and update text a SPARQL protocol request carries.

    >>> queries_of("GET", "/query?query=ASK%7B%7D", "", b"")
    ['ASK{}']
    >>> queries_of("POST", "/query", "application/x-www-form-urlencoded", b"query=SELECT+*+%7B%7D")
    ['SELECT * {}']
    """
    found: list[str] = []
    query = urllib.parse.urlsplit(target).query
    params = urllib.parse.parse_qs(query, keep_blank_values=True)
    found += params.get("query", []) + params.get("update", [])
    if method == "POST":
        ctype = content_type.split(";")[0].strip().lower()
        text = body.decode("utf-8", "replace")
        if ctype == "application/x-www-form-urlencoded":
            form = urllib.parse.parse_qs(text, keep_blank_values=True)
            found += form.get("query", []) + form.get("update", [])
        elif ctype in ("application/sparql-query", "application/sparql-update"):
            found.append(text)
    return found


#: The content types whose bodies are queries or updates (read and checked); any other body is
#: RDF for the Graph Store Protocol, passed through as it comes (writable servers only).
_QUERY_TYPES = ("application/x-www-form-urlencoded", "application/sparql-query", "application/sparql-update")
#: What a change asked of a read-only endpoint is told.
READ_ONLY = (
    "this endpoint is read-only: it serves a build; 'clustergraph serve --writable DIR' serves a store "
    "that takes SPARQL Update and Graph Store uploads (for clustergraph push)"
)
#: Seconds a writable server may take to answer an upload or an update.
WRITE_WAIT = 3600.0


class _Upstream:
    """The Oxigraph server behind the guard, replaced by a new one when a query will not stop."""

    def __init__(self, location: Path | str, query_timeout: float | None, read_only: bool = True) -> None:
        self.location, self.query_timeout, self.read_only = location, query_timeout, read_only
        self.lock = threading.Lock()
        self.server = self._start()

    def _start(self) -> OxigraphServer:
        # the union of the graphs as default graph: an ad-hoc query answers as it does embedded
        return start_server(
            self.location,
            read_only=self.read_only,
            union_default_graph=True,
            query_timeout=self.query_timeout,
        )

    def replace(self, stuck: OxigraphServer) -> None:
        """Kill ``stuck`` (if it is still the current server) and start a new one."""
        with self.lock:
            if self.server is stuck:
                stuck.kill()
                self.server = self._start()


class _BodyReader:
    """The next ``length`` bytes of a request, read as they come (never past the body)."""

    def __init__(self, stream: Any, length: int) -> None:
        self.stream, self.left = stream, length

    def read(self, size: int = 65536) -> bytes:
        if self.left <= 0:
            return b""
        chunk = self.stream.read(min(size, self.left))
        self.left -= len(chunk)
        if not chunk:
            self.left = 0
        return bytes(chunk)


class _Guard(BaseHTTPRequestHandler):
    server_version = "clustergraph-serve"
    upstream: _Upstream
    allow: tuple[str, ...] = ()
    wait: float = 60.0
    writable: bool = False

    def log_message(self, format: str, *args: Any) -> None:
        return  # quiet, like the Oxigraph server

    def do_GET(self) -> None:
        self._handle(b"")

    def do_HEAD(self) -> None:
        self._handle(b"")

    def do_OPTIONS(self) -> None:
        self._handle(b"")

    def do_POST(self) -> None:
        length = self._length()
        if length is None:
            return
        ctype = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        if ctype not in _QUERY_TYPES:
            if not self.writable:
                self._read_only()
                return
            self._forward(_BodyReader(self.rfile, length), write=True)  # RDF to the Graph Store
            return
        if length > MAX_BODY:
            self._answer(413, f"a request body of at most {MAX_BODY:,} bytes")
            return
        self._handle(self.rfile.read(length) if length else b"")

    def do_PUT(self) -> None:
        self._upload()

    def do_DELETE(self) -> None:
        self._upload()

    def _upload(self) -> None:
        """A Graph Store Protocol change: passed through on a writable server, else refused."""
        if not self.writable:
            self._answer(405, READ_ONLY)
            return
        length = self._length()
        if length is not None:
            self._forward(_BodyReader(self.rfile, length), write=True)

    def _length(self) -> int | None:
        """The request's Content-Length, or None after answering why it is refused."""
        if "chunked" in (self.headers.get("Transfer-Encoding") or "").lower():
            self._answer(411, "send the request with a Content-Length")
            return None
        try:
            length = int(self.headers.get("Content-Length") or 0)
        except ValueError:
            length = -1
        if length < 0:
            self._answer(400, "a Content-Length of 0 or more bytes")
            return None
        return length

    def _answer(self, status: int, message: str) -> None:
        body = (message + "\n").encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", "text/plain; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Connection", "close")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _handle(self, body: bytes) -> None:
        texts = queries_of(self.command, self.path, self.headers.get("Content-Type") or "", body)
        for text in texts:
            try:
                check_service(text, self.allow)
            except QueryError as exc:
                message = str(exc).replace("--allow-service", "clustergraph serve --allow-service")
                self._answer(403, f"refused: {message}")
                return
        ctype = (self.headers.get("Content-Type") or "").lower()
        form = urllib.parse.parse_qs(body.decode("utf-8", "replace")) if "form-urlencoded" in ctype else {}
        is_update = (
            "update" in form
            or "update" in urllib.parse.parse_qs(urllib.parse.urlsplit(self.path).query)
            or ctype.startswith("application/sparql-update")
        )
        if is_update and not self.writable:
            self._read_only()
            return
        self._forward(body, write=is_update)

    def _read_only(self) -> None:
        """A change asked of the read-only endpoint: refused here, with what to do instead."""
        self._answer(403, READ_ONLY)

    def _forward(self, body: bytes | _BodyReader, *, write: bool) -> None:
        """Pass the request to the Oxigraph server and its answer back. A query that gets no
        answer in time restarts the server (the only way to stop it); a change (``write``)
        waits up to :data:`WRITE_WAIT` and is never cut off that way."""
        current = self.upstream.server
        wait = WRITE_WAIT if write else self.wait
        conn = http.client.HTTPConnection(current.host, current.port, timeout=wait)
        try:
            headers = {k: v for k, v in self.headers.items() if k.lower() not in _HOP_BY_HOP}
            if isinstance(body, _BodyReader):
                headers["Content-Length"] = str(body.left)
            conn.request(self.command, self.path, body=body or None, headers=headers)
            try:
                response = conn.getresponse()
            except TimeoutError:
                if write:
                    self._answer(504, f"the store did not answer the change within {wait:g} s")
                    return
                self.upstream.replace(current)
                limit = self.wait - GRACE
                self._answer(503, f"the query ran past the timeout of {limit:g} s and was stopped")
                return
            self.send_response(response.status, response.reason)
            for key, value in response.getheaders():
                if key.lower() not in _HOP_BY_HOP:
                    self.send_header(key, value)
            self.send_header("Connection", "close")
            self.end_headers()
            if self.command != "HEAD":
                while chunk := response.read(65536):
                    self.wfile.write(chunk)
        except (OSError, http.client.HTTPException) as exc:
            with contextlib.suppress(OSError):
                self._answer(502, f"the SPARQL server behind this endpoint failed: {exc}")
        finally:
            conn.close()
        self.close_connection = True


@dataclass
class GuardedEndpoint:
    """The guard (on ``host:port``) and the Oxigraph server behind it."""

    upstream: _Upstream
    host: str
    port: int
    _httpd: ThreadingHTTPServer = field(repr=False)
    _thread: threading.Thread = field(repr=False)

    @property
    def server(self) -> OxigraphServer:
        """The Oxigraph server behind the guard now."""
        return self.upstream.server

    def wait(self) -> int:
        """Wait until the server behind stops by itself (not replaced by the guard); its exit code."""
        while True:
            current = self.server
            code = current.process.wait()
            with self.upstream.lock:
                if self.server is current:
                    return code

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    @property
    def query_url(self) -> str:
        return self.url + "/query"

    @property
    def update_url(self) -> str | None:
        """The SPARQL Update URL of a writable endpoint (None: read-only)."""
        return None if self.upstream.read_only else self.url + "/update"

    @property
    def store_url(self) -> str:
        """The Graph Store Protocol URL (a read-only endpoint answers GET only)."""
        return self.url + "/store"

    def running(self) -> bool:
        return self.server.running() and self._thread.is_alive()

    def stop(self) -> None:
        """Stop the guard and the server behind it (again: nothing)."""
        if self._thread.is_alive():
            self._httpd.shutdown()
            self._httpd.server_close()
        self.server.stop()

    def __enter__(self) -> GuardedEndpoint:
        return self

    def __exit__(self, *exc: Any) -> None:
        self.stop()


def start_guarded(
    location: Path | str,
    *,
    port: int | None = None,
    host: str = HOST,
    query_timeout: float | None = None,
    allow_service: Iterable[str] = (),
    writable: bool = False,
) -> GuardedEndpoint:
    """Serve the store at ``location`` on ``host:port`` behind the guard (see the module):
    read-only, or ``writable`` (SPARQL Update and the Graph Store Protocol pass through; updates
    with ``SERVICE`` are refused like queries)."""
    if port is not None and port_in_use(port, host):
        raise ServerError(f"port {port} on {host} is in use; choose another with --port")
    upstream = _Upstream(location, query_timeout, read_only=not writable)
    handler = type(
        "Guard",
        (_Guard,),
        {
            "upstream": upstream,
            "allow": tuple(allow_service),
            "wait": (query_timeout or 3600.0) + GRACE,
            "writable": writable,
        },
    )
    try:
        httpd = ThreadingHTTPServer((host, port or 0), handler)
    except OSError as exc:
        upstream.server.stop()
        raise ServerError(f"cannot listen on {host}:{port}: {exc.strerror}") from None
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, name="clustergraph-serve", daemon=True)
    thread.start()
    return GuardedEndpoint(upstream, host, int(httpd.server_address[1]), httpd, thread)
