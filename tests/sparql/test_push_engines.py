"""Push on real engines (the Oxigraph server and Virtuoso 7, tests/support/engines.py).

Split and retry, Digest authentication, a push killed half-way and cleaned up by the next one,
a second push, and answers cut by Virtuoso's row limit. An engine that is not installed skips
these tests (and fails them when CI=true).
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner
from support import engines as E
from support.fixtures import need

import clustergraph
from clustergraph.cli import main
from clustergraph.errors import EndpointError, EndpointHTTPError
from clustergraph.graph.store import GraphStore
from clustergraph.loaders.sparql import construct
from clustergraph.sparql import manifest as mf
from clustergraph.sparql.endpoint import Endpoint, RowLimitError
from clustergraph.sparql.library import run_query
from clustergraph.sparql.outcome import present
from clustergraph.sparql.push import count_graph, push
from clustergraph.sparql.upload import too_large

pytestmark = [pytest.mark.slow, pytest.mark.engines]

SRC = str(Path(clustergraph.__file__).resolve().parents[1])


@pytest.fixture(scope="module")
def virtuoso() -> Iterator[E.VirtuosoEngine]:
    need("virtuoso")
    with E.start_virtuoso() as engine:
        yield engine  # type: ignore[misc]


@pytest.fixture
def oxigraph() -> Iterator[E.Engine]:
    need("oxigraph")
    with E.start_oxigraph() as engine:
        yield engine


def local_counts(location: Path) -> dict[str, int]:
    counts: dict[str, int] = {}
    for quad in GraphStore.open(location).quads():
        counts[quad.graph_name.value] = counts.get(quad.graph_name.value, 0) + 1
    return counts


def remote_counts(endpoint: Endpoint, graphs: list[str]) -> dict[str, int]:
    return {g: count_graph(endpoint, g) for g in graphs}


def _kill_during_push(location: Path, url: str, after: int) -> int:
    """Run a push in another process that dies (os._exit) after ``after`` graphs; its exit code."""
    code = (
        "import os\n"
        "from clustergraph.sparql.endpoint import Endpoint\n"
        "from clustergraph.sparql.push import push\n"
        f"def stop(_g, done, _t):\n    if done == {after}: os._exit(9)\n"
        f"push({str(location)!r}, Endpoint.from_url({url!r}, timeout=120), progress=stop)\n"
    )
    env = {**os.environ, "PYTHONPATH": SRC}
    return subprocess.run([sys.executable, "-c", code], env=env, timeout=600, capture_output=True).returncode


# --------------------------------------------------------------------------- Virtuoso


def test_virtuoso_push_with_no_option_and_a_second_push(built: Path, virtuoso: E.VirtuosoEngine) -> None:
    r = CliRunner().invoke(main, ["push", "--endpoint", virtuoso.query_url, "--store", str(built)])
    assert r.exit_code == 0, r.output
    assert "replaced one graph at a time" in r.output and "the store's counts match" in r.output
    endpoint = Endpoint.from_url(virtuoso.query_url)
    expected = local_counts(built)
    assert remote_counts(endpoint, sorted(expected)) == expected
    first = mf.read_manifest(endpoint)
    assert first.state == "complete" and first.graphs == sorted(expected) and first.triples == expected
    report = push(built, Endpoint.from_url(virtuoso.query_url))  # the second push: the same graphs again
    assert report.mode == "in place" and report.protocol == "gsp" and report.verified
    assert remote_counts(endpoint, sorted(expected)) == expected  # replaced, not added to
    assert (
        run_query("label-history", {"org": "lichtwerk"}, endpoint=endpoint).rows
        == run_query("label-history", {"org": "lichtwerk"}, store=built).rows
    )


def test_virtuoso_insert_data_is_split_until_accepted(built: Path, virtuoso: E.VirtuosoEngine) -> None:
    # Virtuoso refuses an INSERT DATA of more than 1,426 triples (SP031/SP030): push halves and retries.
    target = "https://example.org/split-test"
    report = push(built, Endpoint.from_url(virtuoso.query_url), graph=target, protocol="update")
    assert report.protocol == "update" and report.splits >= 3 and report.verified
    assert count_graph(Endpoint.from_url(virtuoso.query_url), target) == report.statements
    virtuoso.update(f"DROP SILENT GRAPH <{target}>")


def test_virtuoso_too_large_is_recognised(virtuoso: E.VirtuosoEngine) -> None:
    body = "".join(f"<urn:s{i}> <urn:p> {i} .\n" for i in range(2000))
    endpoint = Endpoint.from_url(virtuoso.query_url)
    with pytest.raises(EndpointHTTPError) as info:
        endpoint.update(f"INSERT DATA {{ GRAPH <urn:too-large> {{ {body} }} }}")
    assert too_large(info.value)
    assert count_graph(endpoint, "urn:too-large") == 0  # nothing of a refused request is stored


def test_virtuoso_digest_authentication(
    built: Path, virtuoso: E.VirtuosoEngine, monkeypatch: pytest.MonkeyPatch
) -> None:
    user, password = virtuoso.auth
    monkeypatch.setenv("CLUSTERGRAPH_ENDPOINT_PASSWORD", password)
    target = "https://example.org/digest-test"
    args = ["push", "--endpoint", virtuoso.auth_query_url, "--store", str(built), "--graph", target]
    r = CliRunner().invoke(main, [*args, "--user", user])
    assert r.exit_code == 0, r.output
    endpoint = Endpoint.from_url(virtuoso.auth_query_url, credentials=virtuoso.auth)
    assert endpoint._auth is None and count_graph(endpoint, target) > 1000
    assert endpoint._auth is not None and set(endpoint._auth.schemes.values()) == {"digest"}
    monkeypatch.setenv("CLUSTERGRAPH_ENDPOINT_PASSWORD", "wrong")
    r = CliRunner().invoke(main, [*args, "--user", user])
    assert r.exit_code == 2 and "HTTP 401" in r.output and "wrong" not in r.output
    virtuoso.update(f"DROP SILENT GRAPH <{target}>")


def test_virtuoso_push_killed_half_way_is_finished_by_the_next(
    built: Path, virtuoso: E.VirtuosoEngine
) -> None:
    assert _kill_during_push(built, virtuoso.query_url, after=2) == 9
    endpoint = Endpoint.from_url(virtuoso.query_url)
    assert mf.read_manifest(endpoint).state == "in progress"  # the store says the push did not finish
    report = push(built, endpoint)
    assert report.verified and mf.read_manifest(endpoint).state == "complete"
    expected = local_counts(built)
    assert remote_counts(endpoint, sorted(expected)) == expected


def test_virtuoso_row_limit_is_named_never_silent(virtuoso: E.VirtuosoEngine) -> None:
    graph = "https://example.org/row-limit-test"
    body = "".join(f"<urn:r{i}> <urn:p> {i} .\n" for i in range(virtuoso.max_rows + 50)).encode()
    virtuoso.put_graph(graph, body).check()
    endpoint = Endpoint.from_url(virtuoso.query_url)
    query = f"SELECT ?s ?o WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}"
    with pytest.raises(
        RowLimitError, match=r"row limit of 10,000 rows \(it announced X-SPARQL-MaxRows: 10000\)"
    ):
        endpoint.query(query)
    cut = endpoint.query(query, partial=True)
    assert cut.row_limit == 10_000 and len(cut.solutions) == 10_000
    everything = f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}"
    with pytest.raises(RowLimitError, match="known limit of 10,000"):  # cut without any header
        endpoint.query(everything, graph=True)
    r = CliRunner().invoke(main, ["query", query, "--endpoint", virtuoso.query_url, "--format", "csv"])
    assert r.exit_code == 3
    assert "warning:" in r.output and "row limit of 10,000" in r.output
    assert len(r.output.splitlines()) >= 10_001  # the rows it got are printed too
    with pytest.raises(EndpointError, match="row limit of 10,000 and may be cut; nothing was imported"):
        construct(virtuoso.query_url, everything)  # clustergraph import --endpoint: cut without a header
    small = endpoint.query(f"SELECT ?s WHERE {{ GRAPH <{graph}> {{ ?s ?p 5 }} }}")
    assert small.row_limit is None and len(small.solutions) == 1
    virtuoso.update(f"DROP SILENT GRAPH <{graph}>")


# --------------------------------------------------------------------------- Oxigraph server


def test_oxigraph_push_staged_twice_and_the_manifest(built: Path, oxigraph: E.Engine) -> None:
    endpoint = Endpoint.from_url(oxigraph.base_url)
    first = push(built, endpoint)
    second = push(built, Endpoint.from_url(oxigraph.base_url))
    assert first.mode == second.mode == "staged" and first.verified and second.verified
    expected = local_counts(built)
    assert remote_counts(endpoint, sorted(expected)) == expected
    manifest = mf.read_manifest(endpoint)
    assert manifest.state == "complete" and manifest.graphs == sorted(expected) and not manifest.staging


def test_oxigraph_push_killed_half_way_is_cleaned_up_by_the_next(built: Path, oxigraph: E.Engine) -> None:
    endpoint = Endpoint.from_url(oxigraph.base_url)
    assert _kill_during_push(built, oxigraph.base_url, after=2) == 9
    left = mf.read_manifest(endpoint).staging
    assert len(left) == 4 and len(present(endpoint, left)) == 2  # two were written before the kill
    assert present(endpoint, list(local_counts(built))) == []  # the targets were never touched
    report = push(built, endpoint)
    assert report.cleaned == left and present(endpoint, left) == [] and report.verified
    assert not mf.read_manifest(endpoint).staging


def test_oxigraph_split_and_retry_when_the_store_says_too_large(
    built: Path, oxigraph: E.Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The Oxigraph server takes any size; a store that answers 413 above 3,000 triples is simulated
    # in front of it, and every accepted request goes through to the real server.
    sizes: list[int] = []
    real = Endpoint.update

    def update(self: Endpoint, sparql: str) -> None:
        if sparql.startswith("INSERT DATA"):
            size = sparql.count("\n") - 1
            sizes.append(size)
            if size > 3000:
                raise EndpointHTTPError("refused (HTTP 413)", 413, "Payload Too Large")
        real(self, sparql)

    monkeypatch.setattr(Endpoint, "update", update)
    report = push(built, Endpoint.from_url(oxigraph.base_url), protocol="update")
    assert report.splits >= 2 and max(s for s in sizes[-3:]) <= 3000 and report.verified
    expected = local_counts(built)
    assert remote_counts(Endpoint.from_url(oxigraph.base_url), sorted(expected)) == expected
