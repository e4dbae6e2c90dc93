"""Places that must agree: a region lies in the country its id names, an organisation in one country.

A region's country is the country at the top of its ``parent`` chain. A region id names its
country too (``DE-TH``, ``de-jena``), and the two must agree: a city ``fr-lyon`` whose parent is
a German Land is a mistake. An organisation's city, its regions and its country must all lie in
the same country. Areas (``type`` ``area``) may span countries and are not checked.

>>> regions = [
...     {"id": "DE", "type": "country", "parent": None, "_file": "regions.csv", "_line": 2},
...     {"id": "FR", "type": "country", "parent": None, "_file": "regions.csv", "_line": 3},
...     {"id": "DE-TH", "type": "land", "parent": Ref("regions", "DE"), "_file": "regions.csv", "_line": 4},
...     {"id": "fr-lyon", "type": "city", "parent": Ref("regions", "FR"), "_file": "regions.csv", "_line": 5},
... ]
>>> org = {"id": "x", "city": Ref("regions", "fr-lyon"), "regions": [Ref("regions", "DE-TH")],
...        "country": Ref("regions", "FR"), "_file": "organisations.csv", "_line": 7}
>>> [str(p) for p in place_problems(regions, [org])]   # doctest: +NORMALIZE_WHITESPACE
["organisations.csv, line 7, column 'regions': got 'DE-TH', expected a region in FR,
  where the organisation's country FR and city fr-lyon are (DE-TH is in DE)"]
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from clustergraph.errors import Problem
from clustergraph.loaders.columns import Ref

Row = dict[str, Any]


def _line(row: Row, column: str) -> int:
    return int(row.get("_lines", {}).get(column, row["_line"]))


def region_countries(regions: Iterable[Row]) -> dict[str, str]:
    """Region id → the id of the country at the top of its parent chain (regions without one are left out)."""
    by_id = {r["id"]: r for r in regions}
    out: dict[str, str] = {}
    for rid in by_id:
        seen: set[str] = set()
        cur: str | None = rid
        while cur is not None and cur in by_id and cur not in seen:
            seen.add(cur)
            if by_id[cur]["type"] == "country":
                out[rid] = cur
                break
            parent = by_id[cur].get("parent")
            cur = parent.id if isinstance(parent, Ref) else None
    return out


def _named_country(region_id: str) -> str:
    """The country a region id names: its first two letters (``de-jena`` → DE)."""
    return region_id[:2].upper()


def place_problems(regions: list[Row], organisations: Iterable[Row]) -> list[Problem]:
    """Every region outside the country its id names, every organisation placed in two countries."""
    problems: list[Problem] = []
    countries = region_countries(regions)
    for r in regions:
        if r["type"] in ("country", "area") or r["id"] not in countries:
            continue
        parent = r.get("parent")
        if parent is not None and countries[r["id"]] != _named_country(r["id"]):
            problems.append(
                Problem(
                    r["_file"],
                    _line(r, "parent"),
                    "parent",
                    parent.id,
                    f"a region in {_named_country(r['id'])}, the country the id {r['id']} names "
                    f"({parent.id} is in {countries[r['id']]})",
                )
            )
    for org in organisations:
        placed: list[tuple[str, str, str]] = []  # (column, region id, its country)
        if isinstance(org.get("country"), Ref):
            placed.append(("country", org["country"].id, org["country"].id))
        if isinstance(org.get("city"), Ref) and org["city"].id in countries:
            placed.append(("city", org["city"].id, countries[org["city"].id]))
        for ref in org.get("regions") or ():
            if ref.id in countries:
                placed.append(("regions", ref.id, countries[ref.id]))
        if len({c for _col, _r, c in placed}) <= 1:
            continue
        ref_country = placed[0][2]
        basis = [(col, rid) for col, rid, c in placed if c == ref_country and col != "regions"]
        basis_text = " and ".join(f"{col} {rid}" for col, rid in basis) or f"region {placed[0][1]}"
        for col, rid, c in placed:
            if c != ref_country:
                problems.append(
                    Problem(
                        org["_file"],
                        _line(org, col),
                        col,
                        rid,
                        f"a region in {ref_country}, where the organisation's {basis_text} "
                        f"{'are' if len(basis) > 1 else 'is'} ({rid} is in {c})",
                    )
                )
                org["_bad"] = True
    return problems
