"""What every projection shares: the partnership filters and the plain node attributes.

Node attributes are ``str``, ``int``, ``float`` or ``bool`` only; several values are joined with
:data:`SEP` (the table of attributes is in :mod:`clustergraph.network.projections`).
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from typing import Any

from clustergraph.errors import ClusterGraphError
from clustergraph.graph.records import NetworkData, Organisation, Partnership, local_name
from clustergraph.model.vocab import PARTNERSHIP_KINDS

__all__ = [
    "LEVELS",
    "PARTNERSHIP_KINDS",
    "SEP",
    "OrganisationAttrs",
    "active",
    "current_label_level",
    "organisation_attrs",
    "parse_period",
    "partnership_attrs",
    "region_code",
    "select_partnerships",
]

#: Separator of several values in one attribute (the data files' list separator).
SEP = " | "
LEVELS = {"bronze": 1, "silver": 2, "gold": 3}


def current_label_level(awards: Iterable[tuple[str, str, str]], as_of: str) -> tuple[str, str]:
    """The *current* label level of an organisation and the date of the award it comes from.

    Current means: the level of the organisation's most recent award that carries a level
    (by ``cg:awardDate``; dated awards count as more recent than undated ones; on the same
    date the highest level), unless that award has visibly expired (a ``cg:validUntil``
    before ``as_of``), in which case there is no current label. Labels are renewed every two
    to three years, so the latest award is the one in force: a Gold followed by a Silver
    counts as Silver, and an expired latest award is not replaced by an older one. Most
    awards state no validity, so an old award without a later one still counts; the award
    date is returned so that a reader can judge. Returns ``('', '')`` when there is none.

    >>> current_label_level([("gold", "2016", ""), ("silver", "2021-03", "")], "2026-11-22")
    ('silver', '2021-03')
    >>> current_label_level([("silver", "2019", ""), ("gold", "2023-03", "2025-03")], "2026-11-22")
    ('', '')
    """
    dated = [(d, LEVELS[lvl], lvl, until) for lvl, d, until in awards if lvl in LEVELS]
    if not dated:
        return "", ""
    date, _, level, until = max(dated)
    if until and until < as_of[: len(until)]:
        return "", ""
    return level, date


# --------------------------------------------------------------------------- filters


def _lo(date: str) -> str:
    return date + "-01-01"[len(date) - 4 :] if date else ""


def _hi(date: str) -> str:
    return date + "-12-31"[len(date) - 4 :] if date else ""


def parse_period(text: str) -> tuple[str, str]:
    """``'2015:2020'``, ``'2015:'``, ``':2020'`` or ``'2019'`` → ``(start, end)`` ISO dates (or '')."""
    import re

    part = r"(\d{4}(?:-\d{2}(?:-\d{2})?)?)?"
    m = re.fullmatch(part + r"(?::" + part + r")?", text.strip())
    if not m or not (m.group(1) or m.group(2)):
        raise ClusterGraphError(
            f"period {text!r}: expected START:END with ISO dates or years, "
            "e.g. 2015:2020, 2019, 2015: or :2020"
        )
    start, end = m.group(1) or "", m.group(2) if ":" in text else m.group(1)
    return start, end or ""


def active(p: Partnership, period: tuple[str, str] | None) -> bool:
    """Whether a partnership overlaps ``period`` (``(start, end)``, either may be '').

    A partnership with neither start nor end has an unknown period and is left out by any
    period filter; one with only a start runs on; one with only an end began at any time.
    """
    if period is None:
        return True
    if not p.start and not p.end:
        return False
    start, end = period
    if end and p.start and _lo(p.start) > _hi(end):
        return False
    return not (start and p.end and _hi(p.end) < _lo(start))


def select_partnerships(
    data: NetworkData, kinds: Collection[str] | None = None, period: tuple[str, str] | None = None
) -> list[Partnership]:
    """The partnerships of the given kinds (codes) that overlap the period, sorted by IRI."""
    if kinds is not None:
        unknown = set(kinds) - set(PARTNERSHIP_KINDS)
        if unknown:
            raise ClusterGraphError(
                f"unknown partnership kind(s) {', '.join(sorted(unknown))}; "
                f"expected some of {', '.join(PARTNERSHIP_KINDS)}"
            )
    return [
        p
        for iri, p in sorted(data.partnerships.items())
        if (kinds is None or p.kind in kinds) and active(p, period) and data.members.get(iri)
    ]


# --------------------------------------------------------------------------- node attributes


def organisation_attrs(data: NetworkData, iri: str) -> dict[str, Any]:
    """The plain node attributes of an organisation (see :mod:`clustergraph.network.projections`)."""
    return OrganisationAttrs(data)(iri)


class OrganisationAttrs:
    """:func:`organisation_attrs` for many organisations of one :class:`NetworkData`.

    Organisations in the same place (city, country, regions) share their place attributes,
    those in the same industries their industry attributes: each is worked out once a call.
    """

    def __init__(self, data: NetworkData) -> None:
        self.data = data
        self.places: dict[tuple[str, ...], tuple[Any, ...]] = {}
        self.industries: dict[tuple[str, ...], tuple[str, str]] = {}
        self.programmes: dict[tuple[str, ...], str] = {}

    def __call__(self, iri: str) -> dict[str, Any]:
        data = self.data
        org = data.organisations[iri]
        regions = org.regions
        key = (org.city, org.country, *(regions if len(regions) < 2 else sorted(regions)))
        where = self.places.get(key)
        if where is None:
            region = data.region_of(org)
            where = self.places[key] = (
                region_code(data, region),
                _region_label(data, region, org),
                region_code(data, org.country),
                SEP.join(region_code(data, r) for r in data.lands_of(org)),
                data.coordinates(org),
            )
        ikey = tuple(sorted(org.industries))
        inds = self.industries.get(ikey)
        if inds is None:
            inds = self.industries[ikey] = (
                SEP.join(data.label_of(i) for i in ikey),
                SEP.join(local_name(i) for i in ikey),
            )
        programmes = ""
        if org.programmes:
            pkey = tuple(sorted(org.programmes))
            programmes = self.programmes.get(pkey)  # type: ignore[assignment]
            if programmes is None:
                programmes = self.programmes[pkey] = SEP.join(sorted(data.label_of(p) for p in pkey))
        level, level_date = current_label_level(org.awards, data.as_of) if org.awards else ("", "")
        attrs: dict[str, Any] = {
            "iri": iri,
            "label": org.label or local_name(iri),
            "type": "organisation",
            "org_type": org.org_type,
            "org_type_guessed": org.org_type_guessed,
            "region": where[0],
            "region_label": where[1],
            "country": where[2],
            "lands": where[3],
            "industries": inds[0],
            "industry_ids": inds[1],
            "label_level": level,
            "label_date": level_date,
            "programmes": programmes,
        }
        xy = where[4]
        if xy:
            attrs["lat"], attrs["lon"] = xy
        return attrs


def _region_label(data: NetworkData, region: str, org: Organisation) -> str:
    if not region:
        return ""
    label = data.label_of(region)
    if region == org.country and region_code(data, region) == "DE":
        return f"{label} ({'ohne Angabe des Landes' if data.lang == 'de' else 'no Land stated'})"
    return label


def region_code(data: NetworkData, region: str) -> str:
    place = data.places.get(region)
    return (place.iso if place and place.iso else local_name(region)) if region else ""


def partnership_attrs(data: NetworkData, p: Partnership) -> dict[str, Any]:
    return {
        "iri": p.iri,
        "label": p.label or local_name(p.iri),
        "type": "partnership",
        "kind": p.kind,
        "start": p.start,
        "end": p.end,
        "programme": data.label_of(p.programme) if p.programme else "",
        "industries": SEP.join(sorted(data.label_of(i) for i in p.industries)),
        "members": len(data.members.get(p.iri, ())),
    }
