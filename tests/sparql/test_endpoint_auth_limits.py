"""An endpoint's row limit and authentication scheme, against small fake servers (no engine needed)."""

from __future__ import annotations

import hashlib
import http.server
import json
import re
import threading
from collections.abc import Iterator

import pytest

from clustergraph.errors import EndpointHTTPError
from clustergraph.sparql.auth import digest_header
from clustergraph.sparql.endpoint import Endpoint, RowLimitError


def _rows(n: int) -> bytes:
    bindings = [{"s": {"type": "uri", "value": f"urn:s{i}"}} for i in range(n)]
    return json.dumps({"head": {"vars": ["s"]}, "results": {"bindings": bindings}}).encode()


class _Fake(http.server.BaseHTTPRequestHandler):
    rows = 5
    header: str | None = None
    server_name = "FakeStore/1.0"
    digest = False
    seen: list[tuple[str, str, dict[str, str], int]] = []  # noqa: RUF012 - test recorder

    def version_string(self) -> str:
        return self.server_name

    def _answer(self) -> None:
        size = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(size) if size else b""
        type(self).seen.append((self.command, self.path, dict(self.headers), len(body)))
        auth = self.headers.get("Authorization", "")
        if self.digest and not self._digest_ok(auth):
            self.send_response(401)
            self.send_header(
                "WWW-Authenticate", 'Digest realm="SPARQL", nonce="n0nce", qop="auth", opaque="op"'
            )
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        payload = _rows(self.rows)
        self.send_response(200)
        self.send_header("Content-Type", "application/sparql-results+json")
        if self.header:
            self.send_header("X-SPARQL-MaxRows", self.header)
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    def _digest_ok(self, auth: str) -> bool:
        if not auth.startswith("Digest "):
            return False
        f = dict(re.findall(r'(\w+)="?([^",]*)"?', auth[7:]))

        def md5(t: str) -> str:
            return hashlib.md5(t.encode()).hexdigest()

        ha1, ha2 = md5(f"{f['username']}:SPARQL:secret"), md5(f"{self.command}:{f['uri']}")
        return f["response"] == md5(f"{ha1}:n0nce:{f['nc']}:{f['cnonce']}:auth:{ha2}")

    do_GET = do_POST = _answer

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def fake() -> Iterator[tuple[str, type[_Fake]]]:
    handler = type("F", (_Fake,), {"seen": []})
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}/sparql", handler
    httpd.shutdown()
    httpd.server_close()


def test_an_answer_with_the_max_rows_header_is_an_error_naming_the_limit(fake) -> None:
    url, handler = fake
    handler.rows, handler.header = 5, "5"
    with pytest.raises(
        RowLimitError, match=r"row limit of 5 rows \(it announced X-SPARQL-MaxRows: 5\)"
    ) as info:
        Endpoint.from_url(url).query("SELECT ?s WHERE { ?s ?p ?o }")
    assert info.value.limit == 5
    result = Endpoint.from_url(url).query("SELECT ?s WHERE { ?s ?p ?o }", partial=True)
    assert result.row_limit == 5 and len(result.solutions) == 5


def test_a_known_limit_counts_without_the_header(fake) -> None:
    url, handler = fake
    handler.rows = 7
    ep = Endpoint.from_url(url)
    assert ep.query("SELECT ?s WHERE { ?s ?p ?o }").row_limit is None  # no limit known: nothing to say
    ep.row_limit = 7
    with pytest.raises(RowLimitError, match="known limit of 7"):
        ep.query("SELECT ?s WHERE { ?s ?p ?o }")
    handler.rows, handler.server_name = 10_000, "Virtuoso/07.20.3229 (Linux)"
    with pytest.raises(RowLimitError, match="known limit of 10,000"):  # Virtuoso's shipped default
        Endpoint.from_url(url).query("SELECT ?s WHERE { ?s ?p ?o }")


def test_digest_is_answered_from_a_body_less_challenge(fake) -> None:
    url, handler = fake
    handler.digest = True
    ep = Endpoint.from_url(url, credentials=("analyst", "secret"))
    ep.update("INSERT DATA { <urn:a> <urn:b> <urn:c> }")
    methods = [(m, n) for m, _p, _h, n in handler.seen]
    assert methods == [("GET", 0), ("POST", len("INSERT DATA { <urn:a> <urn:b> <urn:c> }"))]  # one body sent
    assert handler.seen[1][2]["Authorization"].startswith('Digest username="analyst"')
    assert "secret" not in handler.seen[1][2]["Authorization"]
    bad = Endpoint.from_url(url, credentials=("analyst", "wrong"))
    with pytest.raises(EndpointHTTPError, match="HTTP 401"):
        bad.query("ASK {}")


def test_digest_header_follows_rfc_7616() -> None:
    header = digest_header(
        "GET",
        "http://h/dir/index.html",
        ("Mufasa", "Circle of Life"),
        'Digest realm="http-auth@example.org", qop="auth", '
        'nonce="7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v", '
        'opaque="FQhe/qaU925kfnzjCev0ciny7QMkPqMAFRtzCUYo5tdS"',
        cnonce="f2/wE4q74E6zIJEtWaHKaf5wv/H5QzzpXusqGemxURZJ",
    )
    # RFC 7616 section 3.9.1 (MD5): the response for these values
    assert 'response="8ca523f5e9506fed4657c9700eebdbec"' in header
