"""The deadline of embedded queries for Python callers (the CLI's watchdog: tests/hostile/)."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from clustergraph.sparql.deadline import QueryTimeout, call_with_deadline
from clustergraph.sparql.library import run_query
from clustergraph.sparql.query import QueryError


def test_the_caller_gets_the_timeout_at_the_deadline() -> None:
    started = time.monotonic()
    with pytest.raises(QueryTimeout, match=r"did not finish within 0\.2 s"):
        call_with_deadline(lambda: time.sleep(3), 0.2)
    assert time.monotonic() - started < 2


def test_errors_of_the_work_reach_the_caller() -> None:
    with pytest.raises(ZeroDivisionError):
        call_with_deadline(lambda: 1 / 0, 5.0)


def test_run_query_with_a_timeout_answers_like_without(built: Path) -> None:
    a = run_query("clusters-per-land", store=built, timeout=30).rows
    assert a and a == run_query("clusters-per-land", store=built).rows


def test_run_query_refuses_service_unless_allowed(built: Path) -> None:
    q = "SELECT * WHERE { SERVICE SILENT <http://127.0.0.1:1/sparql> { ?s ?p ?o } }"
    with pytest.raises(QueryError, match=r"--allow-service 127\.0\.0\.1"):
        run_query(q, store=built)
    assert run_query(q, store=built, allow_service=["127.0.0.1"], timeout=20).kind == "select"
