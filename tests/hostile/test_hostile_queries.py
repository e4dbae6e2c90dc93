"""Hostile queries and endpoints: deadlines, Ctrl-C, SERVICE, escape sequences, a lost push answer."""

from __future__ import annotations

import http.client
import http.server
import signal
import socket
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from harness import CORPUS, cli, cli_process, finish

QUERIES = CORPUS / "queries"


class Listener:
    """A TCP port that records every connection made to it (and answers nothing useful)."""

    def __init__(self) -> None:
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(8)
        self.port = self.sock.getsockname()[1]
        self.connections = 0
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self) -> None:
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            self.connections += 1
            conn.close()


@pytest.fixture
def listener() -> Iterator[Listener]:
    lst = Listener()
    yield lst
    lst.sock.close()


SERVICE_CASES = [
    ("service.rq", "line 2: SERVICE <http://127.0.0.1:{port}/sparql>"),
    ("service-silent-lowercase.rq", "line 2: SERVICE <http://127.0.0.1:{port}/sparql>"),
    ("service-variable.rq", "line 3: SERVICE with an endpoint named by a variable"),
    ("service-prefixed.rq", "line 5: SERVICE <http://10.0.0.1:8890/sparql>"),
]


@pytest.mark.parametrize(("name", "says"), SERVICE_CASES, ids=[c[0] for c in SERVICE_CASES])
def test_service_is_refused_and_nothing_leaves(
    name: str, says: str, listener: Listener, tmp_path: Path, store: Path, unchanged
) -> None:
    query = tmp_path / name
    query.write_text((QUERIES / name).read_text().replace("PORT", str(listener.port)))
    r = cli("query", query, "--store", store)
    assert r.code == 2 and says.format(port=listener.port) in r.err, r.text
    assert "--allow-service" in r.err
    time.sleep(0.2)
    assert listener.connections == 0
    unchanged()


def test_service_allowed_explicitly_reaches_its_host(
    listener: Listener, tmp_path: Path, store: Path, unchanged
) -> None:
    query = tmp_path / "q.rq"
    query.write_text(
        (QUERIES / "service-silent-lowercase.rq").read_text().replace("PORT", str(listener.port))
    )
    r = cli("query", query, "--store", store, "--allow-service", "127.0.0.1", "--timeout", "10")
    assert r.code == 0, r.text  # SILENT: the failed call gives one empty solution
    assert listener.connections >= 1
    unchanged()


def test_an_embedded_query_stops_at_its_deadline(store: Path, unchanged) -> None:
    started = time.monotonic()
    proc = cli_process("query", QUERIES / "slow.rq", "--store", store, "--timeout", "2")
    r = finish(proc, started)
    assert r.code == 2 and "did not finish within 2 s and was stopped" in r.err, r.err
    assert r.seconds < 15
    unchanged()


def test_an_embedded_query_stops_on_ctrl_c(store: Path, unchanged) -> None:
    started = time.monotonic()
    proc = cli_process("query", QUERIES / "slow.rq", "--store", store, "--timeout", "600")
    time.sleep(3)  # the interpreter starts and the query runs
    assert proc.poll() is None
    proc.send_signal(signal.SIGINT)
    r = finish(proc, started)
    assert r.code == 130 and "interrupted: the query was stopped" in r.err, r.err
    assert r.seconds < 15
    unchanged()


def test_a_table_escapes_what_would_drive_the_terminal(store: Path) -> None:
    r = cli("query", QUERIES / "escape-in-result.rq", "--store", store)
    assert r.code == 0 and "red \\x1b[31m text \\u202e evil" in r.out
    assert "\x1b" not in r.out and "\u202e" not in r.out


def test_csv_for_machines_keeps_the_data_when_not_on_a_terminal(store: Path) -> None:
    r = cli("query", QUERIES / "escape-in-result.rq", "--store", store, "--format", "csv")
    assert r.code == 0 and "red \x1b[31m text \u202e evil" in r.out


def test_a_syntax_error_message_is_escaped(store: Path) -> None:
    r = cli("query", "SELECT ?x WHERE { ?x \x1b]0;owned\x07 }", "--store", store)
    assert r.code == 2 and "SPARQL syntax error" in r.err and "\x1b" not in r.err and "\x07" not in r.err


# --------------------------------------------------------------------------- endpoints that misbehave


def _read_request(conn: socket.socket) -> None:
    """Read a whole request (head and body): answering before it is read lets the kernel reset
    the connection on close, and the client then loses the answer (a flaky test, not a finding)."""
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = conn.recv(65536)
        if not chunk:
            return
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    length = 0
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            length = int(value.strip() or 0)
    while len(body) < length:
        chunk = conn.recv(65536)
        if not chunk:
            return
        body += chunk


class Trickle:
    """A server that answers a byte at a time: its body (or, with ``headers``, its headers too)."""

    def __init__(
        self,
        *,
        headers: bool = False,
        status: bytes = b"200 OK",
        body: bytes = b"{" * 1000,
        delay: float = 0.1,
    ) -> None:
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(8)
        self.url = f"http://127.0.0.1:{self.sock.getsockname()[1]}/sparql"
        self.headers, self.status, self.body, self.delay = headers, status, body, delay
        self.stop = threading.Event()
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self) -> None:
        while not self.stop.is_set():
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            threading.Thread(target=self._answer, args=(conn,), daemon=True).start()

    def _answer(self, conn: socket.socket) -> None:
        try:
            _read_request(conn)
            head = b"HTTP/1.1 " + self.status + b"\r\nContent-Type: application/sparql-results+json\r\n"
            head += b"Connection: close\r\n"
            head += b"X-Slow: " + b"x" * 200 + b"\r\n\r\n"
            data = head + self.body if self.headers else self.body
            if not self.headers:
                conn.sendall(head)
            if not self.delay:
                conn.sendall(data)
                return
            for i in range(len(data)):
                if self.stop.is_set():
                    break
                conn.sendall(data[i : i + 1])
                time.sleep(self.delay)
        except OSError:
            pass
        finally:
            conn.close()

    def close(self) -> None:
        self.stop.set()
        self.sock.close()


@pytest.mark.parametrize("headers", [False, True], ids=["trickled-body", "trickled-headers"])
def test_a_remote_call_has_a_deadline_for_the_whole_call(headers: bool) -> None:
    server = Trickle(headers=headers)
    try:
        r = cli("query", "ASK {}", "--endpoint", server.url, "--timeout", "2")
        assert r.code == 2 and "did not answer within 2 s" in r.err, r.err
        assert r.seconds < 10
    finally:
        server.close()


def test_import_from_a_trickling_endpoint_stops_at_its_deadline(
    tmp_path: Path, data: Path, store: Path, unchanged
) -> None:
    server = Trickle()
    query = tmp_path / "q.rq"
    query.write_text("CONSTRUCT WHERE { ?s ?p ?o }")
    try:
        r = cli("import", "--endpoint", server.url, "--query", query, "--timeout", "2", "--store", store)
        assert r.code == 2 and "no complete answer within 2 s" in r.err, r.err
        assert r.seconds < 10
    finally:
        server.close()
    unchanged()


def test_an_endpoints_error_page_cannot_drive_the_terminal() -> None:
    server = Trickle(status=b"500 Oops", body=b"\x1b]0;owned\x07\x1b[2J\x1b[31mgone", delay=0)
    try:
        r = cli("query", "ASK {}", "--endpoint", server.url, "--timeout", "10")
        assert r.code == 2 and "HTTP 500" in r.err and "\\x1b[2J" in r.err, r.err
        assert "\x1b" not in r.text and "\x07" not in r.text
    finally:
        server.close()


# --------------------------------------------------------------------------- clustergraph serve


@pytest.fixture(scope="module")
def served(built: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    from clustergraph.sparql.server import free_port

    port = free_port()
    proc = cli_process("serve", "--store", built, "--port", port, "--timeout-s", 2)
    try:
        line = proc.stdout.readline()  # type: ignore[union-attr]
        assert f"127.0.0.1:{port}" in line, line + (proc.stderr.read() if proc.poll() is not None else "")
        yield f"http://127.0.0.1:{port}/query"
    finally:
        proc.send_signal(signal.SIGINT)
        proc.communicate(timeout=20)


def _ask(url: str, method: str, query: str) -> tuple[int, str]:
    if method == "GET":
        req = urllib.request.Request(url + "?" + urllib.parse.urlencode({"query": query}))
    elif method == "FORM":
        req = urllib.request.Request(url, data=urllib.parse.urlencode({"query": query}).encode())
    else:
        req = urllib.request.Request(
            url, data=query.encode(), headers={"Content-Type": "application/sparql-query"}
        )
    try:
        with urllib.request.urlopen(req, timeout=20) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read().decode()


@pytest.mark.parametrize("method", ["GET", "FORM", "BODY"])
def test_a_served_endpoint_refuses_service(served: str, method: str, listener: Listener) -> None:
    query = f"SELECT * WHERE {{ SERVICE <http://127.0.0.1:{listener.port}/x> {{ ?s ?p ?o }} }}"
    status, body = _ask(served, method, query)
    assert status == 403 and "SERVICE" in body and "--allow-service" in body
    time.sleep(0.2)
    assert listener.connections == 0


def test_a_served_endpoint_answers_other_queries(served: str) -> None:
    assert _ask(served, "GET", "ASK { ?s ?p ?o }") == (200, '{"head":{},"boolean":true}')


def test_a_served_endpoint_stops_a_long_query(served: str) -> None:
    started = time.monotonic()
    status, body = _ask(served, "FORM", (QUERIES / "slow.rq").read_text())
    assert time.monotonic() - started < 15
    assert (status == 503 and "ran past the timeout of 2 s" in body) or "cancelled" in body
    assert _ask(served, "GET", "ASK { ?s ?p ?o }")[0] == 200  # and it serves on


# --------------------------------------------------------------------------- push: the final answer lost


class _LoseFinal(http.server.BaseHTTPRequestHandler):
    """Passes requests to a store; the one that moves the staging graphs is applied, or not, and
    its answer never comes back."""

    upstream = ("127.0.0.1", 0)
    apply_it = True

    def _pass(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else None
        if body and b"MOVE GRAPH" in body:
            if self.apply_it:
                conn = http.client.HTTPConnection(*self.upstream, timeout=30)
                conn.request(self.command, self.path, body=body, headers=dict(self.headers))
                conn.getresponse().read()
                conn.close()
            self.close_connection = True
            return  # the answer is lost
        conn = http.client.HTTPConnection(*self.upstream, timeout=30)
        conn.request(self.command, self.path, body=body, headers=dict(self.headers))
        response = conn.getresponse()
        data = response.read()
        self.send_response(response.status)
        for k, v in response.getheaders():
            if k.lower() not in ("transfer-encoding", "connection", "content-length"):
                self.send_header(k, v)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)
        conn.close()

    do_GET = do_POST = do_PUT = _pass

    def log_message(self, *args: object) -> None:
        pass


def _graphs(url: str) -> list[tuple[str, int]]:
    from clustergraph.sparql.endpoint import Endpoint

    rows = Endpoint.from_url(url, timeout=20).select(
        "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g"
    )
    return sorted((r["g"], r["n"]) for r in rows)


@pytest.mark.parametrize("apply_it", [True, False], ids=["applied", "not-applied"])
def test_push_says_what_the_store_holds_when_the_final_answer_is_lost(
    apply_it: bool, oxigraph_server, built: Path
) -> None:
    handler = type(
        "H", (_LoseFinal,), {"upstream": (oxigraph_server.host, oxigraph_server.port), "apply_it": apply_it}
    )
    proxy = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=proxy.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{proxy.server_address[1]}"
    try:
        before = _graphs(oxigraph_server.url)
        r = cli("push", "--endpoint", url, "--store", built, "--timeout", "10")
        after = _graphs(oxigraph_server.url)
        if apply_it:
            assert r.code == 0 and "the store was checked: it holds the new build" in r.err, r.text
            assert len(after) > len(before)
        else:
            assert r.code == 2 and "push failed, the store keeps its previous data (checked" in r.err, r.text
            assert after == before
    finally:
        proxy.shutdown()
        proxy.server_close()
