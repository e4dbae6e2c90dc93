"""Remote SPARQL: a real Oxigraph server, push with atomic replacement, remote = local, errors."""

from __future__ import annotations

import http.server
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner
from test_library import EXPECTED, normalise

from clustergraph.cli import main
from clustergraph.errors import EndpointError, EndpointHTTPError, EndpointTimeout, EndpointUnreachable
from clustergraph.graph.build import build
from clustergraph.graph.store import GraphStore
from clustergraph.sparql.endpoint import STAGING_PREFIX, Endpoint
from clustergraph.sparql.library import library, run_query
from clustergraph.sparql.manifest import MANIFEST_GRAPH
from clustergraph.sparql.push import push, remote_graphs
from clustergraph.sparql.server import free_port, start_server

pytestmark = pytest.mark.slow


def graph_rows(endpoint: Endpoint) -> list[tuple[str, str, str, str]]:
    """Every quad of the endpoint (the default graph's as DEFAULT), as text, sorted; no push manifest."""
    rows = endpoint.query("SELECT ?g ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } }").solutions
    named = [tuple(str(t) for t in row) for row in rows if str(row[0]) != f"<{MANIFEST_GRAPH}>"]
    default = endpoint.query("SELECT ?s ?p ?o WHERE { ?s ?p ?o }").solutions
    return sorted(named + [("DEFAULT", *(str(t) for t in row)) for row in default])  # type: ignore[misc]


def local_rows(location: Path) -> list[tuple[str, str, str, str]]:
    gs = GraphStore.open(location)
    return sorted((str(q.graph_name), str(q.subject), str(q.predicate), str(q.object)) for q in gs.quads())


@pytest.fixture(scope="module")
def pushed(built: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Endpoint]:
    """One server with the test graph pushed to it, shared by the read-only tests."""
    server = start_server(tmp_path_factory.mktemp("remote") / "store")
    endpoint = Endpoint.from_url(server.url, timeout=10)
    push(built, endpoint)
    yield endpoint
    server.stop()


def test_push_copies_every_named_graph(built: Path, pushed: Endpoint) -> None:
    assert graph_rows(pushed) == local_rows(built)
    assert not [g for g in remote_graphs(pushed) if g.startswith(STAGING_PREFIX)]


@pytest.mark.parametrize(("name", "params", "variables", "rows"), EXPECTED, ids=[c[0] for c in EXPECTED])
def test_every_named_query_answers_the_same_remotely(
    built: Path, pushed: Endpoint, name: str, params: dict[str, str], variables: list[str], rows: list[tuple]
) -> None:
    remote = run_query(name, params, endpoint=pushed)
    local = run_query(name, params, store=GraphStore.open(built))
    assert remote.variables == local.variables == variables
    got = normalise(variables, [tuple(r.values()) for r in remote.rows])
    assert got == normalise(variables, [tuple(r.values()) for r in local.rows]) == normalise(variables, rows)


def test_every_library_query_is_compared(pushed: Endpoint) -> None:
    assert {c[0] for c in EXPECTED} == set(library())


def test_remote_ask_construct_and_long_post_query(built: Path, pushed: Endpoint) -> None:
    assert run_query("ASK { ?p a foaf:Person }", endpoint=pushed).boolean is True
    q = "CONSTRUCT { ?p foaf:name ?n } WHERE { ?p foaf:name ?n }"
    assert sorted(map(str, run_query(q, endpoint=pushed).triples)) == sorted(
        map(str, run_query(q, store=built).triples)
    )
    padding = "# " + "x" * 5000 + "\n"  # goes by POST
    rows = run_query(padding + "SELECT (COUNT(*) AS ?n) WHERE { ?p a foaf:Person }", endpoint=pushed).rows
    assert rows == run_query("SELECT (COUNT(*) AS ?n) WHERE { ?p a foaf:Person }", store=built).rows


def test_cli_query_against_endpoint(pushed: Endpoint) -> None:
    r = CliRunner().invoke(
        main,
        ["query", "label-history", "-p", "org=lichtwerk", "--endpoint", pushed.query_url, "--format", "tsv"],
    )
    assert r.exit_code == 0, r.output
    assert r.output.splitlines()[2].startswith("2023-03\tcluster management excellence label\tGold")


def test_push_replaces_and_drops_graphs_the_build_no_longer_has(
    oxigraph_server, built: Path, dataset, tmp_path: Path
) -> None:
    endpoint = Endpoint.from_url(oxigraph_server.url)
    endpoint.update("INSERT DATA { GRAPH <https://example.org/not-ours> { <urn:a> <urn:b> <urn:c> } }")
    push(built, endpoint)
    smaller = build(dataset(drop=("grants",)), tmp_path / "g2")
    assert smaller.published
    report = push(tmp_path / "g2", endpoint)
    remote = graph_rows(endpoint)
    ours = [r for r in remote if not r[0].startswith("<https://example.org/not-ours")]
    assert ours == local_rows(tmp_path / "g2")
    assert (
        "<https://example.org/not-ours>",
        "<urn:a>",
        "<urn:b>",
        "<urn:c>",
    ) in remote  # others' graphs stay
    assert not run_query("grants", endpoint=endpoint).rows
    assert report.dropped == [] or all(g.startswith("https://w3id.org/clustergraph/") for g in report.dropped)


def test_push_into_one_graph_by_sparql_update_only(built: Path, tmp_path: Path) -> None:
    # The graph lands in one named graph: this store answers queries over the union of its graphs.
    server = start_server(tmp_path / "store", union_default_graph=True)
    try:
        _check_push_into_one_graph(Endpoint.from_url(server.url), built)
    finally:
        server.stop()


def _check_push_into_one_graph(endpoint: Endpoint, built: Path) -> None:
    report = push(built, endpoint, graph="https://example.org/clustergraph", protocol="update")
    assert report.protocol == "update" and report.graphs == ["https://example.org/clustergraph"]
    assert remote_graphs(endpoint) == ["https://example.org/clustergraph", MANIFEST_GRAPH]
    n = endpoint.query(
        "SELECT (COUNT(*) AS ?n) WHERE { GRAPH <https://example.org/clustergraph> { ?s ?p ?o } }"
    )
    n = n.rows[0]["n"]
    distinct = GraphStore.open(built).select(
        "SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o } }"
    )[0]["n"]
    assert n == report.statements == distinct
    # every fact once in that graph: an ad-hoc query there counts what the data graph holds
    clusters = (
        "SELECT (COUNT(DISTINCT ?c) AS ?n) "
        "WHERE { GRAPH <https://example.org/clustergraph> { ?c a cg:ClusterOrganisation } }"
    )
    assert (
        run_query(clusters, endpoint=endpoint).rows
        == run_query(
            clusters.replace(
                "GRAPH <https://example.org/clustergraph>",
                "GRAPH <https://w3id.org/clustergraph/id/graph/data>",
            ),
            store=built,
        ).rows
    )


def test_a_push_killed_half_way_leaves_the_previous_graph(built: Path, dataset, tmp_path: Path) -> None:
    location = tmp_path / "server-store"
    server = start_server(location)
    endpoint = Endpoint.from_url(server.url, timeout=5, retries=0)
    push(built, endpoint)
    before = graph_rows(endpoint)
    changed = build(
        dataset(organisations=lambda t: t.replace("Lichtwerk Photonik,", "Lichtwerk Neu,", 1)),
        tmp_path / "g2",
    )
    assert changed.published

    def kill_after_three(_graph: str, done: int, _total: int) -> None:
        if done == 3:
            server.kill()  # SIGKILL: the server dies in the middle of the push

    with pytest.raises(EndpointUnreachable, match="push failed, the store keeps its previous data"):
        push(tmp_path / "g2", endpoint, progress=kill_after_three)
    server = start_server(location)  # restarted on the same store
    try:
        endpoint = Endpoint.from_url(server.url, timeout=5)
        after = [r for r in graph_rows(endpoint) if not r[0].startswith(f"<{STAGING_PREFIX}")]
        assert after == before
        history = run_query("label-history", {"org": "lichtwerk"}, endpoint=endpoint).rows
        assert history == run_query("label-history", {"org": "lichtwerk"}, store=built).rows
        push(tmp_path / "g2", endpoint)  # the next push clears the staging graphs and lands
        assert graph_rows(endpoint) == local_rows(tmp_path / "g2")
    finally:
        server.stop()


# --------------------------------------------------------------------------- errors


class _Handler(http.server.BaseHTTPRequestHandler):
    status = 500
    body = b"something broke inside"
    seen: list[dict[str, str]] = []  # noqa: RUF012 - test recorder

    def do_GET(self) -> None:
        type(self).seen.append(dict(self.headers))
        self.send_response(self.status)
        self.send_header("Content-Type", "text/plain")
        self.end_headers()
        self.wfile.write(self.body)

    do_POST = do_GET
    do_PUT = do_GET

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def fake_endpoint() -> Iterator[tuple[str, type[_Handler]]]:
    handler = type("H", (_Handler,), {"seen": []})
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}/sparql", handler
    httpd.shutdown()
    httpd.server_close()


def test_5xx_and_4xx_carry_the_endpoints_message(fake_endpoint) -> None:
    url, handler = fake_endpoint
    ep = Endpoint.from_url(url, timeout=5, retries=1)
    ep.backoff = 0.01
    with pytest.raises(EndpointHTTPError, match=r"failed \(HTTP 500\): .*something broke inside") as info:
        ep.query("SELECT * WHERE { ?s ?p ?o }")
    assert info.value.status == 500 and len(handler.seen) == 2  # one retry for a read
    handler.status, handler.body = 403, b"no entry"
    handler.seen.clear()
    with pytest.raises(EndpointHTTPError, match=r"rejected the request \(HTTP 403\): no entry"):
        ep.query("SELECT * WHERE { ?s ?p ?o }")
    assert len(handler.seen) == 1  # 4xx: no retry
    handler.status = 500
    handler.seen.clear()
    with pytest.raises(EndpointHTTPError):
        ep.update("DROP ALL")
    assert len(handler.seen) == 1  # writes are never retried
    assert "clustergraph/" in handler.seen[0]["User-Agent"]


def test_oxigraph_syntax_error_is_reported_with_its_message(pushed: Endpoint) -> None:
    with pytest.raises(EndpointHTTPError, match=r"HTTP 400.*expected"):
        pushed.query("SELECT ?x WHERE { ?x }")


def test_timeout(tmp_path: Path) -> None:
    silent = socket.socket()
    silent.bind(("127.0.0.1", 0))
    silent.listen(1)  # accepts connections, never answers
    try:
        ep = Endpoint.from_url(f"http://127.0.0.1:{silent.getsockname()[1]}/sparql", timeout=0.5, retries=0)
        started = time.monotonic()
        with pytest.raises(EndpointTimeout, match=r"did not answer within 0\.5 s"):
            ep.query("ASK {}")
        assert time.monotonic() - started < 5
    finally:
        silent.close()


def test_credentials_from_netrc_are_sent_and_never_printed(
    fake_endpoint, tmp_path: Path, monkeypatch
) -> None:
    url, handler = fake_endpoint
    netrc = tmp_path / "netrc"
    netrc.write_text("machine 127.0.0.1 login analyst password s3cret-pw\n")
    netrc.chmod(0o600)
    monkeypatch.setenv("NETRC", str(netrc))
    monkeypatch.delenv("CLUSTERGRAPH_ENDPOINT_USER", raising=False)
    r = CliRunner().invoke(main, ["query", "ASK {}", "--endpoint", url])
    assert r.exit_code == 2
    assert "s3cret-pw" not in r.output and "analyst" not in r.output
    # the GET that asks for the scheme is not challenged (a 500 here): Basic goes with the query
    assert handler.seen[-1]["Authorization"].startswith("Basic ")
    assert "Authorization" not in handler.seen[0]


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("ftp://example.org/sparql", "bad endpoint URL 'ftp://example.org/sparql'"),
        ("not a url", "bad endpoint URL"),
        (
            "http://user:pw@127.0.0.1:1/sparql",
            "cannot connect to http://127.0.0.1:1/sparql: connection refused",
        ),
    ],
)
def test_cli_endpoint_errors_are_one_line_exit_2(url: str, message: str) -> None:
    r = CliRunner().invoke(main, ["query", "ASK {}", "--endpoint", url, "--timeout", "2"])
    assert r.exit_code == 2
    assert message in r.output and len(r.output.strip().splitlines()) == 1
    assert "pw@" not in r.output


def test_cli_push_reports_and_refuses_bad_graph(oxigraph_server, built: Path) -> None:
    r = CliRunner().invoke(main, ["push", "--endpoint", oxigraph_server.url, "--store", str(built)])
    assert r.exit_code == 0, r.output
    assert "pushed" in r.output and "named graphs" in r.output
    r = CliRunner().invoke(
        main, ["push", "--endpoint", oxigraph_server.url, "--store", str(built), "--graph", "not an iri"]
    )
    assert r.exit_code == 2 and "bad graph IRI" in r.output


def test_serve_answers_sparql_clients_and_stops_on_ctrl_c(built: Path) -> None:
    port = free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "clustergraph", "serve", "--store", str(built), "--port", str(port)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    try:
        first = proc.stdout.readline()  # type: ignore[union-attr]
        assert f"http://127.0.0.1:{port}" in first, first + (
            proc.stderr.read() if proc.poll() is not None else ""
        )
        from SPARQLWrapper import JSON, SPARQLWrapper

        client = SPARQLWrapper(f"http://127.0.0.1:{port}/query")
        client.setQuery(
            "SELECT (COUNT(DISTINCT ?c) AS ?n) "
            "WHERE { ?c a <https://w3id.org/clustergraph/ontology#ClusterOrganisation> }"
        )
        client.setReturnFormat(JSON)
        n = client.query().convert()["results"]["bindings"][0]["n"]["value"]
        assert int(n) == 6
        ep = Endpoint.from_url(f"http://127.0.0.1:{port}", retries=0)
        with pytest.raises(EndpointHTTPError):  # read-only: no updates
            ep.update("DROP ALL")
        proc.send_signal(signal.SIGINT)
        out, _err = proc.communicate(timeout=15)
        assert proc.returncode == 0 and "stopped" in out
        with pytest.raises(EndpointUnreachable):
            ep.query("ASK {}")
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()


def test_serve_on_a_busy_port_is_exit_2(built: Path) -> None:
    busy = socket.socket()
    busy.bind(("127.0.0.1", 0))
    busy.listen(1)
    try:
        r = CliRunner().invoke(main, ["serve", "--store", str(built), "--port", str(busy.getsockname()[1])])
        assert r.exit_code == 2 and "is in use" in r.output
    finally:
        busy.close()


def test_endpoint_error_for_missing_update_url() -> None:
    ep = Endpoint("http://127.0.0.1:1/sparql")
    with pytest.raises(EndpointError, match="has no update URL"):
        ep.update("DROP ALL")
