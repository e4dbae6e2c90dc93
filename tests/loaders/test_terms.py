from __future__ import annotations

import pytest
from rdflib import Graph, Literal, URIRef

from clustergraph.loaders.terms import check_iri, date_literal, iri, literal, to_rdflib


@pytest.mark.parametrize(
    "text",
    ["plain", 'with "quotes"', "back\\slash", "line\nbreak", "tab\tand\rreturn", "Ümlaut – ✓"],
)
def test_literals_survive_a_round_trip_through_an_ntriples_parser(text: str) -> None:
    line = f"{iri('http://example.org/s')} {iri('http://example.org/p')} {literal(text)} .\n"
    g = Graph().parse(data=line, format="nt")
    assert list(g.objects()) == [Literal(text)]


def test_language_and_datatype() -> None:
    assert literal("Jena", lang="de") == '"Jena"@de'
    assert date_literal("2022") == '"2022"^^<http://www.w3.org/2001/XMLSchema#gYear>'
    assert date_literal("2022-03-01").endswith("#date>")


def test_to_rdflib() -> None:
    s, _p, o = to_rdflib((iri("http://a.example/x"), iri("http://a.example/p"), literal("v", lang="en")))
    assert s == URIRef("http://a.example/x") and o == Literal("v", lang="en")


@pytest.mark.parametrize(
    "bad", ["no-scheme", "https://exa mple.org", "https://example.org/<x>", 'https://e.org/"']
)
def test_check_iri_rejects_what_ntriples_cannot_carry(bad: str) -> None:
    with pytest.raises(ValueError):
        check_iri(bad)


def test_check_iri_accepts_real_addresses() -> None:
    url = "https://www.iso.org/obp/ui/#iso:code:3166:DE"
    assert check_iri(url) == url
