"""Every named query answers the same on every engine (issue 12): the conformance matrix.

Two graphs: the test graph (tests/data/valid), each named query with the parameters of its exact
tests (tests/sparql/test_library.py), and the project's real data (data/), each named query with
its ``@example`` parameters (written for it). Each is run on:

- the embedded store;
- the N-Quads and the TriG dump (``clustergraph export``) loaded as they are into the Oxigraph
  server, with the default graph the unnamed graph and with ``--union-default-graph``;
- Virtuoso 7 after ``clustergraph push --endpoint URL`` and no other option;
- Jena (TDB2, its own loader) over the N-Quads dump, and with a union default graph over the TriG.

Rows compare as multisets, and in the order of their ORDER BY keys (tests/conformance/cases.py).
The engines start here (tests/support/engines.py); one that is not installed skips the test, or
fails it when CI=true. ``make test`` runs it; it is marked ``slow`` and ``engines``.
"""

from __future__ import annotations

import importlib.util
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner
from support import engines as E
from support.fixtures import need

from clustergraph.cli import main
from clustergraph.graph.export import export
from clustergraph.graph.store import GraphStore
from clustergraph.sparql.endpoint import Endpoint
from clustergraph.sparql.library import get, run_query
from conformance.cases import ENGINES, MATRIX, Answer, Case, canonical, cases, compare, ties

pytestmark = [pytest.mark.slow, pytest.mark.engines]


def _exact_test_params() -> dict[str, list[dict[str, str]]]:
    """The parameters of each query's exact test on the test data (tests/sparql/test_library.py)."""
    path = Path(__file__).parents[1] / "sparql" / "test_library.py"
    spec = importlib.util.spec_from_file_location("conformance_test_library", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    out: dict[str, list[dict[str, str]]] = {}
    for name, params, *_rest in module.EXPECTED:
        out.setdefault(name, []).append({k: str(v) for k, v in params.items()})
    return out


#: (dataset, case): the test graph with the parameters of the exact tests, and the real data
#: (``data/``) with the ``@example`` parameters, which are written for it.
CASES = [("test", c) for c in cases(_exact_test_params())] + [("real", c) for c in cases()]
IDS = [f"{dataset}:{c.id}" for dataset, c in CASES]


def _ask(case: Case, **where: object) -> Answer:
    q = get(case.query)
    try:
        result = run_query(case.query, dict(case.params), timeout=120, **where)  # type: ignore[arg-type]
    except Exception as exc:  # an engine's failure is a cell of the matrix, not a crash of the run
        return Answer(error=f"{type(exc).__name__}: {' '.join(str(exc).split())[:300]}")
    return Answer(result.variables, canonical(q, result.variables, result.solutions))


def _answers(store: Path, dataset: str, work: Path) -> dict[str, dict[Case, Answer]]:
    """engine column -> case -> answer, for every engine of :data:`conformance.ENGINES`."""
    for engine in ("oxigraph", "virtuoso", "jena"):
        need(engine)
    todo = [c for d, c in CASES if d == dataset]
    dumps = {kind: work / f"graph.{kind}" for kind in ("nq", "trig")}
    export(store, dumps["nq"], "nquads")
    export(store, dumps["trig"], "trig")

    def ask_all(endpoint: Endpoint) -> dict[Case, Answer]:
        return {case: _ask(case, endpoint=endpoint) for case in todo}

    out = {"embedded": {c: _ask(c, store=GraphStore.open(store)) for c in todo}}
    for union in (False, True):
        for kind, dump in dumps.items():
            with E.start_oxigraph(union_default=union, dump=dump) as server:
                out[f"oxigraph{'-union' if union else ''} {kind}"] = ask_all(
                    Endpoint.from_url(server.base_url)
                )
    with E.start_virtuoso() as virtuoso:
        pushed = CliRunner().invoke(
            main, ["push", "--endpoint", virtuoso.query_url], env={"CLUSTERGRAPH_STORE": str(store)}
        )
        assert pushed.exit_code == 0, pushed.output
        out["virtuoso push"] = ask_all(Endpoint.from_url(virtuoso.query_url))
    with E.start_jena(dump=dumps["nq"]) as jena:
        out["jena nq"] = ask_all(Endpoint.from_url(jena.query_url))
    with E.start_jena(union_default=True, dump=dumps["trig"]) as jena:
        out["jena-union trig"] = ask_all(Endpoint.from_url(jena.query_url))
    return out


@pytest.fixture(scope="module")
def answers(
    built: Path, real_built: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[dict[str, dict[str, dict[Case, Answer]]]]:
    """dataset -> engine column -> case -> answer."""
    yield {
        "test": _answers(built, "test", tmp_path_factory.mktemp("conformance-test")),
        "real": _answers(real_built, "real", tmp_path_factory.mktemp("conformance-real")),
    }


@pytest.mark.parametrize(("dataset", "case"), CASES, ids=IDS)
def test_every_engine_answers_as_the_embedded_store(
    dataset: str, case: Case, answers: dict[str, dict[str, dict[Case, Answer]]]
) -> None:
    q = get(case.query)
    got = answers[dataset]
    reference = got["embedded"][case]
    assert not reference.error, reference.error
    row = MATRIX.setdefault(f"{dataset}: {case.id}", {"embedded": "="})
    differ = {}
    for engine, _how in ENGINES[1:]:
        what = compare(q, reference, got[engine][case])
        row[engine] = "=" if not what else ("error" if got[engine][case].error else "≠")
        if what:
            differ[engine] = what
    assert not differ, "\n".join(f"{engine}: {what}" for engine, what in differ.items())


@pytest.mark.parametrize(("dataset", "case"), CASES, ids=IDS)
def test_an_order_the_query_leaves_open_is_said_in_its_header(
    dataset: str, case: Case, answers: dict[str, dict[str, dict[Case, Answer]]]
) -> None:
    q = get(case.query)
    reference = answers[dataset]["embedded"][case]
    if ties(q, reference.variables, reference.rows):
        header = (q.description + " " + q.details).lower()
        assert "order" in header, (
            f"{case.query}: rows tie on every ORDER BY key, and the header does not say so"
        )


def test_the_cases_cover_every_named_query() -> None:
    from clustergraph.sparql.library import library

    assert {c.query for _d, c in CASES} == set(library())
    assert os.environ.get("CI", "").lower() != "true" or all(E.missing(e) == [] for e in E.ENGINES)


def test_a_query_that_concatenates_says_the_parts_come_in_no_fixed_order() -> None:
    from clustergraph.sparql.library import library

    silent = [
        name
        for name, q in library().items()
        if "GROUP_CONCAT" in q.text.upper() and "no fixed order" not in (q.description + " " + q.details)
    ]
    assert not silent, f"GROUP_CONCAT's parts come in no fixed order; say so in the header of {silent}"


def test_no_query_aggregates_a_value_that_may_be_unbound() -> None:
    """gold-clusters-by-industry took MAX over an OPTIONAL date: Virtuoso skips the unbound value, Oxigraph
    and Jena give no value (docs/engines.md). The date now comes from a sub-select over dated awards."""
    text = get("gold-clusters-by-industry").text
    assert "OPTIONAL { ?award cg:awardDate ?d }" not in text
    assert "cg:awardDate ?d ." in text
