from __future__ import annotations

import pytest

from clustergraph.loaders.columns import (
    Ref,
    code,
    parse_boolean,
    parse_date,
    parse_integer,
    parse_region_id,
    parse_slug,
    parse_website,
    typed_ref,
)


@pytest.mark.parametrize("value", ["2022", "2022-03", "2022-03-15", "2024-02-29"])
def test_dates_at_three_precisions(value: str) -> None:
    assert parse_date(value) == value


@pytest.mark.parametrize(
    "value", ["22", "2022-3", "2022-13", "2023-02-29", "March 2022", "2022/03/01", "~2017"]
)
def test_bad_dates_say_what_is_expected(value: str) -> None:
    with pytest.raises(ValueError, match="ISO"):
        parse_date(value)


def test_slugs_and_region_ids() -> None:
    assert parse_slug("silicon-saxony") == "silicon-saxony"
    for bad in ("Silicon", "a--b", "-a", "a_b", "ä"):
        with pytest.raises(ValueError):
            parse_slug(bad)
    for good in ("DE", "DE-TH", "AT-7", "de-halle-saale"):
        assert parse_region_id(good) == good
    with pytest.raises(ValueError):
        parse_region_id("Jena")


def test_website_gets_a_scheme() -> None:
    assert parse_website("optonet-jena.de") == "https://optonet-jena.de"
    assert parse_website("http://x.example.org/a") == "http://x.example.org/a"
    with pytest.raises(ValueError):
        parse_website("not a site")


def test_integers_booleans_codes() -> None:
    assert parse_integer("115") == 115
    with pytest.raises(ValueError):
        parse_integer("~115")
    with pytest.raises(ValueError):
        parse_integer("-1")
    assert parse_boolean("true") is True and parse_boolean("no") is False
    level = code(("bronze", "silver", "gold"))
    assert level("gold") == "gold"
    with pytest.raises(ValueError, match="bronze, silver, gold"):
        level("platinum")


def test_typed_references() -> None:
    parse = typed_ref("org", "programme")
    assert parse("org:optonet") == Ref("organisations", "optonet")
    assert parse("programme:go-cluster") == Ref("programmes", "go-cluster")
    with pytest.raises(ValueError, match="org:some-id"):
        parse("person:anna")
    with pytest.raises(ValueError):
        parse("optonet")
