"""Reading the network records from the built test graph (tests/data/valid): the property scans."""

from __future__ import annotations

from pathlib import Path

import pytest

from clustergraph.graph import extract
from clustergraph.graph.store import GraphStore
from clustergraph.model.namespaces import sparql_prefixes


def _plain_scan(gs: GraphStore, prop: str) -> list[tuple[str, str, str]]:
    """The reference scan: every (subject, value, language) of a property in one query."""
    q = f"SELECT DISTINCT ?s ?x (LANG(?x) AS ?lg) WHERE {{ ?s {prop} ?x }}"
    return [(r[0].value, r[1].value, r[2].value if r[2] else "") for r in gs.query(sparql_prefixes() + q)]


@pytest.mark.parametrize("prop", sorted(extract._CODED))
def test_scan_by_value_equals_plain_scan(built: Path, prop: str) -> None:
    gs = GraphStore.open(built)
    rows = extract._Scanner(gs).scan(prop)
    assert rows == _plain_scan(gs, prop)  # same rows in the same order
    if prop in ("cg:country", "cg:industry", "cg:partnershipKind"):
        assert rows


def test_scan_falls_back_for_literals(built: Path) -> None:
    gs = GraphStore.open(built)
    scanner = extract._Scanner(gs)
    assert scanner._scan_by_value("skos:prefLabel") is None  # literal values: the plain scan
    assert scanner.scan("skos:prefLabel") == _plain_scan(gs, "skos:prefLabel")
