"""Shared fixtures: the hand-written test dataset and a graph built from it once."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

DATA = Path(__file__).parent / "data"
ROOT = Path(__file__).parents[1]
VALID = DATA / "valid"


@pytest.fixture(scope="session")
def valid_dir() -> Path:
    return VALID


@pytest.fixture
def dataset(tmp_path: Path) -> Callable[..., Path]:
    """Copy the valid test dataset and apply edits: ``dataset(posts=new_text, drop=[...])``.

    A keyword names a table (file stem) and gives its whole new text, or a callable that
    takes the old text and returns the new one.
    """

    def make(drop: tuple[str, ...] = (), **tables: str | Callable[[str], str]) -> Path:
        target = tmp_path / "data"
        if target.exists():
            shutil.rmtree(target)
        shutil.copytree(VALID, target)
        for name in drop:
            (target / f"{name}.csv").unlink()
        for name, text in tables.items():
            path = target / f"{name}.csv"
            old = path.read_text(encoding="utf-8") if path.exists() else ""
            path.write_text(text(old) if callable(text) else text, encoding="utf-8")
        return target

    return make


@pytest.fixture(scope="session")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The test dataset built (and validated) once; returns the store location."""
    from clustergraph.graph.build import build

    location = tmp_path_factory.mktemp("graph") / "graph"
    report = build(VALID, location)
    assert report.published and report.conforms
    return location


@pytest.fixture(scope="session")
def real_built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The project's real data (data/) built once per session, without validation; the store location."""
    from clustergraph.graph.build import build

    location = tmp_path_factory.mktemp("real") / "graph"
    report = build(ROOT / "data", location, validate=False)
    assert report.published
    return location


@pytest.fixture
def graph_copy(built: Path, tmp_path: Path) -> Path:
    """A copy of the built test graph (its network snapshot included) that a test may change."""
    target = tmp_path / "graph"
    shutil.copytree(built, target, ignore=shutil.ignore_patterns(".lock"))
    return target


@pytest.fixture
def oxigraph_server(tmp_path: Path):  # type: ignore[no-untyped-def]
    """A real Oxigraph SPARQL server on a free loopback port, read-write, on a fresh store.

    The default graph is the union of the named graphs (as in the embedded store). The object
    has ``.url``, ``.query_url``, ``.update_url``, ``.store_url`` (Graph Store Protocol),
    ``.location`` (restart a server on it with ``clustergraph.sparql.server.start_server``),
    ``.stop()`` and ``.kill()``; it is stopped after the test.
    """
    from clustergraph.sparql.server import start_server

    server = start_server(tmp_path / "oxigraph-store")
    try:
        yield server
    finally:
        server.stop()
