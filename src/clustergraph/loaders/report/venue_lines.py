# ruff: noqa: E501
"""Where the event took place, from a labelled line: "Venue: X, City", "Ort: X", "Wo? X", a pin
"📍 X", the city first ("Ort: Dresden, Kongresszentrum am Elbufer, Saal Pillnitz"); never a line on
another occasion (the next edition), one that says online or a sentence under a heading."""

from __future__ import annotations

import re

from clustergraph.loaders.report.venue_words import (
    _AND_ONLINE,
    _IS_BUILDING,
    _ONLINE,
    _is_city,
    _is_country,
)
from clustergraph.loaders.textkit import Gazetteer

#: The label of a venue line: "Ort: X", "Venue – X", "Ort | X", "Wo? X", a label on its own line, a pin "📍 X".
_LABEL = (
    r"^[ \t]*(?:(?:Venue|Location|Where|Veranstaltungsort|Tagungsort|Durchführungsort|Austragungsort|Ort|Wo|Lieu)"
    r"[ \t]*(?::|[–—|]|(?<=Wo)\?|(?<=Where)\?|[ \t]*\n)|📍\ufe0f?)[ \t]*"
)
#: A "Venue: X, City" line of the head.
_VENUE_LINE = re.compile(
    _LABEL + r"(?P<v>[^,\n]{2,80}?)"
    # a street address before the city: "The Old Foundry, 12 Mill Lane, Leeds", "Alte Mälzerei, Hafenstr. 3, 24103 Kiel"
    r"(?:,[ \t]*(?:[^,\n]{0,40}?\d[^,\n]{0,40}?|[^,\n]{2,40}?(?:straße|strasse|str\.|weg|platz|allee|Street|Road|Lane|Avenue|Square))(?=,))?"
    r"(?:,[ \t]*(?:D-)?(?:\d{4,5}[ \t]+)?(?P<c>[^,\n]{2,40}?))?"
    # a country after the city: "…, Rostock, Germany" (checked by ``_is_country``)
    r"(?:,[ \t]*(?P<land>[A-Z][^,\n\d]{1,30}?))?[ \t]*$",
    re.M,
)
#: A venue and its city in one part of a venue line: "Seed Hall (Kiel)", "Kiel (Seed Hall)",
#: "Seed Hall in Kiel", "Seed Hall – Kiel".
_PAIR = re.compile(
    r"(?P<a>[^()\n]{2,80}?)(?:[ \t]*\((?P<b>[^()\n]{2,40})\)|[ \t]+in[ \t]+(?P<in>[A-ZÄÖÜ][^()\n]{1,40})|[ \t]+[–—-][ \t]+(?P<dash>[^()\n]{2,40}))$"
)
#: A venue line that names the city first: "Ort: Dresden, Kongresszentrum am Elbufer, Saal Pillnitz",
#: "Venue: Leeds, The Old Foundry" (the building and its room after the city).
_CITY_FIRST = re.compile(
    _LABEL + r"(?P<c>[^,\n]{2,40}?),[ \t]*(?P<v>(?P<b>[^,\n]{2,60}?)(?:,[ \t]*[^,\n]{2,40}?)?)[ \t]*$", re.M
)
#: A sentence about another occasion (the next edition, last year's).
_OTHER_TIME = re.compile(
    r"\b(?:nächste\w*|next|kommende\w*|Vorjahr\w*|last\s+year|previous|letzte[ns]?\s+Jahr|future|künftig\w*"
    r"|plant|plans|planned|geplant|will|wird|soll|entsteht|baut|builds)\b",
    re.I,
)


def _usable(text: str, m: re.Match[str], group: str) -> bool:
    """Whether a venue line is about the event: not another occasion, not online, not a sentence."""
    return (
        not _OTHER_TIME.search(text, max(0, m.start() - 120), m.end())
        and not _ONLINE.match(m.group(group))
        and not m.group().rstrip().endswith((".", "!", "?"))  # a sentence under a heading "Location"
    )


def venue_line(text: str, gazetteer: Gazetteer | None) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """The spans of the venue and the city of the text's first venue line (the city's span is
    empty when the line names none), without an online part or a country after the city."""
    first = next((m for m in _CITY_FIRST.finditer(text) if _usable(text, m, "c")), None)
    if (
        first is not None
        and _IS_BUILDING.search(first.group("b"))
        and not _IS_BUILDING.search(first.group("c"))
        and _is_city(first.group("c"), text, gazetteer)
    ):
        return first.span("v"), first.span("c")
    label = next((m for m in _VENUE_LINE.finditer(text) if _usable(text, m, "v")), None)
    if label is None or (label.group("land") and not _is_country(label.group("land"), gazetteer)):
        return None
    vs, ve = label.span("v")
    cs, ce = label.span("c") if label.group("c") else (ve, ve)
    cut = _AND_ONLINE.search(text, vs, ce)  # "Ort: Kiel und online", "Venue: Seed Hall, Kiel (and online)"
    if cut:
        ve, ce = min(ve, cut.start()), min(ce, cut.start())
        cs = min(cs, ce)
    if ce > cs and _is_country(text[cs:ce], gazetteer):
        cs = ce = ve  # "Where: Kiel, Germany"
    if ce == cs and (pair := _split(text, vs, ve, gazetteer)) is not None:
        return pair  # "Venue: Seed Hall (Kiel)"
    return (vs, ve), (cs, ce)


def _split(
    text: str, vs: int, ve: int, gazetteer: Gazetteer | None
) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """The venue's and the city's spans when one part of a venue line names both ("Seed Hall
    (Kiel)", "Kiel (Seed Hall)", "Seed Hall in Kiel", "Seed Hall – Kiel"); None otherwise."""
    m = _PAIR.fullmatch(text, vs, ve)
    if m is None:
        return None
    g = "b" if m.group("b") else "in" if m.group("in") else "dash"
    a, b = m.span("a"), m.span(g)
    if _is_city(m.group(g), text, gazetteer) and not _IS_BUILDING.search(m.group(g)):
        return a, b  # "Seed Hall (Kiel)"
    if g == "b" and _is_city(m.group("a"), text, gazetteer) and _IS_BUILDING.search(m.group("b")):
        return b, a  # "Kiel (Seed Hall)"
    return None
