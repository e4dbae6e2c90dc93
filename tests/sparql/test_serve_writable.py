"""``clustergraph serve --writable DIR``: a local store to push to, behind the same guard."""

from __future__ import annotations

import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from click.testing import CliRunner

from clustergraph.cli import main
from clustergraph.graph.store import GraphStore, current_store_dir
from clustergraph.sparql import proxy
from clustergraph.sparql.endpoint import Endpoint
from clustergraph.sparql.proxy import start_guarded
from clustergraph.sparql.push import push


def _status(request: urllib.request.Request) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, response.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read().decode("utf-8", "replace")


def test_push_to_a_writable_endpoint_and_query_it(built: Path, tmp_path: Path) -> None:
    with start_guarded(tmp_path / "scratch", writable=True, query_timeout=30) as ep:
        assert ep.update_url == ep.url + "/update"
        report = push(built, Endpoint.from_url(ep.url))
        expected = sum(1 for _ in GraphStore.open(built).quads())
        assert report.statements == expected
        answer = Endpoint.from_url(ep.url).query(
            "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } "
            "FILTER(?g != <https://w3id.org/clustergraph/id/graph/push>) }"  # push's manifest
        )
        assert int(answer.rows[0]["n"]) == expected
        # an update that would call another host is refused like a query
        body = urllib.parse.urlencode(
            {"update": "INSERT { ?s ?p ?o } WHERE { SERVICE <http://x.example/> { ?s ?p ?o } }"}
        )
        code, text = _status(urllib.request.Request(ep.url + "/update", data=body.encode(), method="POST"))
        assert code == 403 and "SERVICE" in text
    # the build's store is untouched, and the scratch store keeps what was pushed
    assert (tmp_path / "scratch").is_dir() and current_store_dir(built).is_dir()


def test_uploads_stream_through_and_queries_stay_bounded(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(proxy, "MAX_BODY", 1000)
    triples = "".join(f'<http://example.org/s{i}> <http://example.org/p> "{i}" .\n' for i in range(200))
    assert len(triples) > 1000
    with start_guarded(tmp_path / "scratch", writable=True) as ep:
        put = urllib.request.Request(
            ep.store_url + "?graph=http://example.org/g",
            data=triples.encode(),
            method="PUT",
            headers={"Content-Type": "application/n-triples"},
        )
        assert _status(put)[0] in (201, 204)
        answer = Endpoint.from_url(ep.url).query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
        assert int(answer.rows[0]["n"]) == 200
        long_query = "SELECT * WHERE { ?s ?p ?o } #" + "x" * 2000
        post = urllib.request.Request(
            ep.query_url,
            data=long_query.encode(),
            method="POST",
            headers={"Content-Type": "application/sparql-query"},
        )
        assert _status(post)[0] == 413
        delete = urllib.request.Request(ep.store_url + "?graph=http://example.org/g", method="DELETE")
        assert _status(delete)[0] in (200, 204)


def test_the_read_only_endpoint_refuses_uploads(built: Path) -> None:
    with start_guarded(current_store_dir(built)) as ep:
        assert ep.update_url is None
        put = urllib.request.Request(
            ep.store_url + "?graph=http://example.org/g",
            data=b"",
            method="PUT",
            headers={"Content-Type": "text/turtle"},
        )
        code, text = _status(put)
        assert code == 405 and "serve --writable DIR" in text
        body = urllib.parse.urlencode({"update": "DROP ALL"}).encode()
        code, text = _status(urllib.request.Request(ep.url + "/update", data=body, method="POST"))
        assert code == 403 and "read-only" in text and "serve --writable DIR" in text


@pytest.mark.parametrize("where", ["the store", "inside it", "a folder with files"])
def test_writable_never_serves_a_build(built: Path, graph_copy: Path, tmp_path: Path, where: str) -> None:
    target = {
        "the store": graph_copy,
        "inside it": current_store_dir(graph_copy),
        "a folder with files": tmp_path / "notes",
    }[where]
    if where == "a folder with files":
        target.mkdir()
        (target / "todo.txt").write_text("keep me\n", encoding="utf-8")
    before = sorted(p.name for p in target.iterdir())
    r = CliRunner().invoke(main, ["serve", "--store", str(graph_copy), "--writable", str(target)])
    assert r.exit_code == 2
    assert (
        ("build location" in r.output)
        if where != "a folder with files"
        else ("holds other files" in r.output)
    )
    assert sorted(p.name for p in target.iterdir()) == before
