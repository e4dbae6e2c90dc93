# ruff: noqa: E501
"""Where the event was when the date's sentence does not say: a venue "in CITY" in a later
sentence of the date's paragraph ("Die Veranstaltung fand hybrid statt: vor Ort im Abbe-Zentrum in
Jena"), the city named with the host or the on-site part ("Gastgeber in Krakau war", "vor Ort in
Jena"), the destination of a mission or a delegation's trip ("our Photonics Mission to Lyon"),
never on another occasion and never a country.
"""

from __future__ import annotations

import re

from clustergraph.loaders.report.venue_lines import _OTHER_TIME
from clustergraph.loaders.report.venue_words import _idiom, _is_country
from clustergraph.loaders.textkit import Gazetteer, Mention
from clustergraph.loaders.textkit.people import LOWER

#: A later sentence that says where the event was: "Die Veranstaltung fand hybrid statt: vor Ort
#: im Abbe-Zentrum in Jena", "The meeting took place at the Harbour Loft in Kiel".
_LATER_VENUE = re.compile(
    r"\b(?:vor\s+Ort|fand|findet|took\s+place|was\s+held|on\s+site|trafen\s+sich|met)\b[^.\n]{0,60}?"
    r"\b(?:im|in\s+der|in\s+dem|at\s+the)\s+(?P<v>[A-ZÄÖÜ][\w'’-]{1,40}+(?:\s[A-ZÄÖÜ][\w'’-]{1,40}+){0,3}?)\s+in\s+"
)


def later_venue(
    text: str, after: int, places: list[Mention], city: str | None
) -> tuple[tuple[int, int], tuple[Mention, int]] | None:
    """A venue "in CITY" in the next sentences of the date's paragraph (CITY: the event's city if
    known, else a place of the graph), with the place mention."""
    end = text.find("\n\n", after, after + 400)
    end = min(len(text), after + 400) if end < 0 else end
    for m in _LATER_VENUE.finditer(text, after, end):
        if _OTHER_TIME.search(text, max(after, text.rfind(". ", after, m.start())), m.end()):
            continue  # "Die nächste Ausgabe findet im … statt"
        p = next((p for p in places if p.start == m.end()), None)
        if p is not None and (city is None or p.text == city) and not _idiom(m.group("v")):
            return (m.start("v"), m.end("v")), (p, p.start)
    return None


#: The event's city named with its host or the on-site part: "Gastgeber in Krakau war …", "our
#: hosts in Lyon", "vor Ort in Jena".
_HOST_IN = re.compile(
    rf"\b(?:Gastgeber(?:in|innen)?|[Hh]osts?|[Vv]or\s+Ort|[Oo]n[ -]site|hosted\s+(?:the\s+|our\s+)?(?:group|delegation|guests|visitors|participants|us|them)"
    rf"|empfing\s+(?:die\s+)?(?:Gruppe|Delegation|Gäste|Besucher\w*|Teilnehmenden))\s+in\s+(?P<c>[A-ZÄÖÜ][{LOWER}]{{2,30}}+)(?![\w-])"
)


#: The destination of a mission or a trip: "Photonics Mission to Lyon 2026", "Delegationsreise nach Krakau".
_MISSION_TO = re.compile(
    r"\b(?:[Mm]ission|[Dd]elegation\s+(?:trip|visit)|[Ss]tudy\s+(?:trip|tour)|[Tt]rade\s+mission|(?:Delegations|Studien|Informations|Unternehmer|Wirtschafts|Messe)reise)"
    rf"\s+(?:to|nach)\s+(?P<c>[A-ZÄÖÜ][{LOWER}]{{2,30}}+)(?![\w-])"
)


def host_city(text: str, s0: int, e0: int, gazetteer: Gazetteer | None) -> tuple[int, int, str] | None:
    """The span and rule of the city named with the event's host or on-site part from the date's
    sentence (``s0``, ``e0``) on, else of a mission's destination anywhere in the text; None when
    the wording is on another occasion or names a country."""
    host = _HOST_IN.search(text, s0, min(len(text), e0 + 1500))
    if host and not _OTHER_TIME.search(text, host.start(), min(len(text), host.end() + 80)):
        return host.start("c"), host.end("c"), "host-in-place"
    for m in _MISSION_TO.finditer(text, 0, min(len(text), e0 + 400)):
        stop = text.find(". ", m.end())
        if _OTHER_TIME.search(text, max(0, m.start() - 80), m.end() if stop < 0 else stop):
            continue  # "the next mission to Boston"
        if not _is_country(m.group("c"), gazetteer):
            return m.start("c"), m.end("c"), "mission-destination"
    return None
