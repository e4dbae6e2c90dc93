"""Session-scoped pytest fixtures that start the real engines of :mod:`support.engines` once per run.

Load them in a conftest with ``pytest_plugins = ["support.fixtures"]`` (the root ``tests/conftest.py``)
or ``from support.fixtures import *`` (as ``tests/support/conftest.py`` does).

``oxigraph_engine``, ``oxigraph_union_engine``, ``virtuoso_engine``, ``jena_engine`` and
``jena_union_engine`` each start one engine on an empty store; ``any_engine`` is parametrized over
all five (its ids are the names in :data:`ENGINE_NAMES`). The engines are shared by every test of a
run: a test writes into graphs of its own (see :func:`unique_graph`) and drops them when done.

An engine that is not installed makes its tests skip, with the advice to run
``scripts/install-engines``; when the environment variable ``CI`` is ``true`` (as in CI) they fail
instead, with the same advice, so that CI never passes by skipping them.
"""

from __future__ import annotations

import itertools
import os
from collections.abc import Iterator

import pytest

from support import engines as E

#: The engine set, as :func:`support.engines.start` names them.
ENGINE_NAMES = ("oxigraph", "oxigraph-union", "virtuoso", "jena", "jena-union")

_counter = itertools.count()


def in_ci() -> bool:
    """True when the tests run in CI (``CI=true``), where a missing engine is an error, not a skip."""
    return os.environ.get("CI", "").strip().lower() in {"true", "1", "yes"}


def need(engine: str) -> None:
    """Skip the test (or fail it in CI) if ``engine`` (oxigraph, virtuoso, jena) is not installed."""
    lacks = E.missing(engine)
    if not lacks:
        return
    message = f"{engine} is not installed (missing: {', '.join(lacks)}); {E.INSTALL_HINT}"
    if in_ci():
        pytest.fail(message, pytrace=False)
    pytest.skip(message)


def unique_graph(prefix: str = "test") -> str:
    """A graph IRI no other test of this run uses."""
    return f"https://w3id.org/clustergraph/id/graph/{prefix}-{os.getpid()}-{next(_counter)}"


def _engine(name: str) -> Iterator[E.Engine]:
    need(name.removesuffix("-union"))
    engine = E.start(name)
    try:
        yield engine
    finally:
        engine.stop()


@pytest.fixture(scope="session")
def oxigraph_engine() -> Iterator[E.Engine]:
    """The Oxigraph server; the default graph is the unnamed graph."""
    yield from _engine("oxigraph")


@pytest.fixture(scope="session")
def oxigraph_union_engine() -> Iterator[E.Engine]:
    """The Oxigraph server with ``--union-default-graph``."""
    yield from _engine("oxigraph-union")


@pytest.fixture(scope="session")
def virtuoso_engine() -> Iterator[E.VirtuosoEngine]:
    """Virtuoso 7 (a :class:`support.engines.VirtuosoEngine`); the default graph: all graphs."""
    need("virtuoso")
    engine = E.start_virtuoso()
    try:
        yield engine
    finally:
        engine.stop()


@pytest.fixture(scope="session")
def jena_engine() -> Iterator[E.Engine]:
    """Jena (TDB2) behind ``JenaSparqlServer``; the default graph is the unnamed graph."""
    yield from _engine("jena")


@pytest.fixture(scope="session")
def jena_union_engine() -> Iterator[E.Engine]:
    """Jena (TDB2) with unionDefaultGraph: the default graph is the union of the named graphs."""
    yield from _engine("jena-union")


@pytest.fixture(scope="session", params=ENGINE_NAMES)
def any_engine(request: pytest.FixtureRequest) -> E.Engine:
    """Each engine in turn (the test runs once per name in :data:`ENGINE_NAMES`)."""
    return request.getfixturevalue(request.param.replace("-", "_") + "_engine")
