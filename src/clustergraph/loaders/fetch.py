"""HTTP requests with a deadline for the whole call, not for each read.

A socket timeout bounds each read: a server that sends its answer a byte at a time (or its
headers a line at a time) keeps a call alive for ever. :func:`fetch` arms a timer at the start
of the call; when it fires, it shuts down the call's sockets, which ends any read or connect
still waiting, and the call raises :class:`TimeoutError`. Redirects are followed to http(s)
addresses only, and the body is read up to ``max_bytes``.

>>> req = urllib.request.Request("http://127.0.0.1:9/")          # doctest: +SKIP
>>> fetch(req, 5.0)                                              # doctest: +SKIP
Traceback (most recent call last):
URLError: <urlopen error [Errno 111] Connection refused>
"""

from __future__ import annotations

import base64
import contextlib
import http.client
import io
import socket
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from email.message import Message
from typing import Any

#: The most a response body may hold (a remote answer larger than this is refused).
MAX_BYTES = 1 << 30


class Deadline:
    """The end of a call: its sockets are shut down when it passes."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.end = time.monotonic() + seconds
        self.expired = False
        self._sockets: list[socket.socket] = []
        self._lock = threading.Lock()
        self._timer = threading.Timer(seconds, self._expire)
        self._timer.daemon = True

    def remaining(self) -> float:
        return max(0.001, self.end - time.monotonic())

    def watch(self, sock: socket.socket) -> None:
        with self._lock:
            if self.expired:
                _shut(sock)
            self._sockets.append(sock)

    def _expire(self) -> None:
        with self._lock:
            self.expired = True
            for sock in self._sockets:
                _shut(sock)

    def __enter__(self) -> Deadline:
        self._timer.start()
        return self

    def __exit__(self, *exc: Any) -> None:
        self._timer.cancel()


def _shut(sock: socket.socket) -> None:
    with contextlib.suppress(OSError):
        sock.shutdown(socket.SHUT_RDWR)


def _watched(base: type[http.client.HTTPConnection], deadline: Deadline) -> Any:
    class Connection(base):  # type: ignore[valid-type, misc]
        def connect(self) -> None:
            self.timeout = deadline.remaining()
            if deadline.expired:
                raise TimeoutError("the deadline passed")
            super().connect()
            deadline.watch(self.sock)

    return Connection


class _HTTP(urllib.request.HTTPHandler):
    def __init__(self, deadline: Deadline) -> None:
        super().__init__()
        self.deadline = deadline

    def http_open(self, req: urllib.request.Request) -> Any:
        return self.do_open(_watched(http.client.HTTPConnection, self.deadline), req)


class _HTTPS(urllib.request.HTTPSHandler):
    def __init__(self, deadline: Deadline) -> None:
        super().__init__()
        self.deadline = deadline

    def https_open(self, req: urllib.request.Request) -> Any:
        return self.do_open(
            _watched(http.client.HTTPSConnection, self.deadline),
            req,
            context=self._context,  # type: ignore[attr-defined]
        )


class _Redirects(urllib.request.HTTPRedirectHandler):
    """Redirects to http(s) addresses only (never ftp: or file:)."""

    def redirect_request(self, req: Any, fp: Any, code: int, msg: str, headers: Any, newurl: str) -> Any:
        if not newurl.lower().startswith(("http://", "https://")):
            message = f"a redirect to {newurl!r} is not followed"
            raise urllib.error.HTTPError(newurl, code, message, headers, fp)
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def query_request(
    url: str,
    sparql: str,
    accept: str,
    agent: str,
    credentials: tuple[str, str] | None = None,
    get_limit: int = 2000,
    *,
    dataset: tuple[tuple[str, ...], tuple[str, ...]] = ((), ()),
) -> urllib.request.Request:
    """A SPARQL protocol query request: GET, or a form POST when the encoded query is over ``get_limit``.

    ``dataset``: the ``default-graph-uri`` and ``named-graph-uri`` values (the protocol's dataset).
    """
    headers = {"Accept": accept, "User-Agent": agent}
    if credentials:
        token = base64.b64encode(":".join(credentials).encode("utf-8")).decode("ascii")
        headers["Authorization"] = f"Basic {token}"
    fields = [("query", sparql)]
    fields += [("default-graph-uri", g) for g in dataset[0]]
    fields += [("named-graph-uri", g) for g in dataset[1]]
    form = urllib.parse.urlencode(fields)
    if len(form) > get_limit:
        headers["Content-Type"] = "application/x-www-form-urlencoded"
        return urllib.request.Request(url, data=form.encode("ascii"), headers=headers)
    return urllib.request.Request(url + ("&" if "?" in url else "?") + form, headers=headers)


def fetch(
    request: urllib.request.Request, timeout: float, *, max_bytes: int = MAX_BYTES
) -> tuple[int, Message, bytes]:
    """Send ``request``; (status, headers, body) within ``timeout`` seconds for the whole call.

    Raises :class:`TimeoutError` when the deadline passes, :class:`urllib.error.HTTPError` for
    4xx/5xx answers (its body readable until the deadline), :class:`urllib.error.URLError` and
    :class:`OSError` for connection failures, :class:`ValueError` for a body over ``max_bytes``.
    """
    with Deadline(timeout) as deadline:
        opener = urllib.request.build_opener(_HTTP(deadline), _HTTPS(deadline), _Redirects())
        try:
            with opener.open(request, timeout=timeout) as response:
                chunks: list[bytes] = []
                size = 0
                while chunk := response.read(65536):
                    size += len(chunk)
                    if size > max_bytes:
                        raise ValueError(f"an answer larger than {max_bytes:,} bytes")
                    chunks.append(chunk)
                if deadline.expired:
                    raise TimeoutError(f"no complete answer within {timeout:g} s")
                return response.status, response.headers, b"".join(chunks)
        except urllib.error.HTTPError as exc:
            if deadline.expired:
                raise TimeoutError(f"no complete answer within {timeout:g} s") from None
            body = b""
            with contextlib.suppress(OSError):
                body = exc.read(65536)
            raise urllib.error.HTTPError(exc.url, exc.code, exc.msg, exc.headers, io.BytesIO(body)) from None
        except (OSError, http.client.HTTPException) as exc:
            if deadline.expired:
                raise TimeoutError(f"no complete answer within {timeout:g} s") from None
            raise exc
