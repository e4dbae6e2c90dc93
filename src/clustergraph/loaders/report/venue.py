# ruff: noqa: E501
"""Where the event took place: the city and the venue.

- the city after "in"/"nach" (a place of the graph, or a capitalised word before a comma, a
  full stop or a verb particle) and the venue before it ("im Haus der Wirtschaft in Passau");
- an organisation's rooms ("in den Räumen der X", "at the premises of X", "on the campus of the X",
  "in the garden of the X");
- a "Venue: X, City" line of the head;
- a venue named after an organisation with a city in its name ("an der Testuniversität Jena").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from clustergraph.loaders.report.event import _STOP
from clustergraph.loaders.report.model import Item, Org
from clustergraph.loaders.textkit import Gazetteer, Lines, Mention
from clustergraph.loaders.textkit.people import LOWER

_VENUE_WORD = r"(?:[A-ZÄÖÜ][\w'’-]{1,40}+|am|an\s+der|auf\s+dem|des|der|de|du|la|of|on)"
#: A venue that is an organisation's rooms: "in den Räumen der X", "at the premises of X", "on the campus of the X".
_PREMISES = re.compile(
    r"\b(?:in\s+den|auf\s+dem|at\s+the|on\s+the|in\s+the|im|am)\s+(?P<v>(?:Räumen|Räumlichkeiten|Gelände|Campus|Firmensitz"
    r"|Hauptsitz|Garten|Innenhof|Foyer|premises|campus|offices|headquarters|grounds|garden|courtyard|foyer)\s+(?:der|des|von|vom|of)\s+(?:the\s+)?"
    r"[A-ZÄÖÜ][\w&'’-]{0,40}+(?:\s(?:[A-ZÄÖÜ][\w&'’-]{0,40}+|e\.\s?V\.|Ltd\.|[NB]\.V\.|de|of|für|for)){0,5}?)(?=\s+in\s|[,.;]|\s+(?:and|und|to|zu|for|zum|zur)\s)"
)
#: A "Venue: X, City" line of the head.
_VENUE_LINE = re.compile(
    r"^[ \t]*(?:Venue|Location|Where|Veranstaltungsort|Ort|Wo)[ \t]*:[ \t]*(?P<v>[^,\n]{2,80}?)(?:,[ \t]*(?P<c>[^,\n]{2,40}?))?[ \t]*$",
    re.M,
)
_PLACE_FOLLOW = (
    r"(?=[,.;:]|\s+(?:and|with|und|mit|statt|zusammen|über|for|on|to|from|auf|zu|zum|zur|bis|vom|teil|ein|"
    r"eingeladen|getroffen|gathered|met)\b)"
)
_VENUE = re.compile(
    rf"(?:\b(?:im|ins|in\s+(?:das|die|den|der|dem|the)|at\s+the|at|to\s+the|auf\s+dem|an\s+der)\s+)"
    rf"(?P<v>[A-ZÄÖÜ][\w'’-]{{1,40}}+(?:\s+{_VENUE_WORD}){{0,5}}?)\s+(?:in|nach)\s+$"
)
_EN_VENUE = re.compile(r"\bat\s+the\s+(?P<v>[A-Z][\w'’-]{1,40}+(?:\s+[a-z][\w-]{1,20}+){1,2})(?=[\s,.])")


def place_and_venue(
    text: str,
    places: list[Mention],
    orgs: list[Org],
    sentence: tuple[int, int],
    gazetteer: Gazetteer | None = None,
) -> Iterator[Item]:
    """The place and venue items of the event (see the module's doc), in the date's ``sentence``."""
    lines = Lines(text)

    def place(name: str, iri: str | None, start: int, end: int, rule: str) -> Item:
        return Item("place", {"name": name, "iri": iri}, lines.span(start, end), rule)

    def venue(start: int, end: int, rule: str) -> Item:
        return Item("venue", {"venue": text[start:end]}, lines.span(start, end), rule)

    s0, e0 = sentence
    label = _VENUE_LINE.search(text, 0, min(len(text), 1500))
    if label:
        city = label.group("c")
        if city:
            yield place(city, _place_iri(gazetteer, city), label.start("c"), label.end("c"), "venue-line")
        yield venue(label.start("v"), label.end("v"), "venue-line")
        return
    premises = _PREMISES.search(text, s0, e0)
    found: tuple[str, str | None, int, int] | None = None
    for p in places:
        if s0 <= p.start < e0 and re.search(r"\b(?:in|nach)\s+$", text[max(0, p.start - 6) : p.start]):
            found = (p.text, p.iri, p.start, p.end)
            break
    if found is None:
        m = re.search(rf"\bin\s+(?P<c>[A-Z][{LOWER}]{{2,30}}+)" + _PLACE_FOLLOW, text[s0:e0])
        if m and m.group("c").casefold() not in _STOP and not re.search(r"(?:ung|heit|keit|schaft|tion|ität|ismus)$", m.group("c")):
            found = (m.group("c"), None, s0 + m.start("c"), s0 + m.end("c"))
    if found is None:
        # a venue whose name begins with a city of the graph ("at the Kraków Technology Park"),
        # in the date's sentence or the next lines
        for p in places:
            if not s0 <= p.start < e0 + 300:
                continue
            if p.start >= e0 and "\n\n" in text[e0 : p.start]:
                break
            before = re.search(r"\b(?:at\s+the|im|in\s+der|in\s+das|in\s+den|auf\s+dem)\s+$", text[max(0, p.start - 12) : p.start])
            rest = re.match(r"(?:[ \t]+[A-ZÄÖÜ][\w'’-]{1,40}+){1,3}(?![\w-])", text[p.end : p.end + 80])
            if before and rest:
                yield place(p.text, p.iri, p.start, p.end, "venue-named-after-place")
                yield venue(p.start, p.end + rest.end(), "venue-named-after-place")
                return
        # a city at the end of the organisation the venue is named after
        rooms = [(premises.start("v"), premises.end("v"), "premises")] if premises else []
        rooms += [
            (o.start, o.end, "venue-of-organisation")
            for o in orgs
            if s0 <= o.start < e0
            and re.search(r"\b(?:an\s+der|at\s+the|in\s+der|im)\s+$", text[max(0, o.start - 8) : o.start])
        ]
        for start, end, rule in rooms:
            last = text[start:end].split()[-1]
            iri = _place_iri(gazetteer, last)
            if iri:
                yield place(last, iri, end - len(last), end, rule)
                yield venue(start, end, rule)
                return
        later = _later_venue(text, e0, places, None)
        if later:
            (vs, ve), (p, ps_) = later
            yield place(p.text, p.iri, ps_, ps_ + len(p.text), "venue-later")
            yield venue(vs, ve, "venue-later")
        return
    name, place_iri, ps, pe = found
    yield place(name, place_iri, ps, pe, "in-place")
    if premises:
        yield venue(premises.start("v"), premises.end("v"), "premises")
        return
    offset = max(s0, ps - 120)
    v = _VENUE.search(text[offset:ps])
    if v:
        yield venue(offset + v.start("v"), offset + v.end("v"), "venue-in-place")
        return
    v = _EN_VENUE.search(text, s0, e0)
    if v:
        yield venue(v.start("v"), v.end("v"), "venue-at-the")
        return
    later = _later_venue(text, e0, places, name)
    if later:
        yield venue(*later[0], "venue-later")


#: A later sentence that says where the event was: "Die Veranstaltung fand hybrid statt: vor Ort
#: im Abbe-Zentrum in Jena", "The meeting took place at the Harbour Loft in Kiel".
_LATER_VENUE = re.compile(
    r"\b(?:vor\s+Ort|fand|findet|took\s+place|was\s+held|on\s+site|trafen\s+sich|met)\b[^.\n]{0,60}?"
    r"\b(?:im|in\s+der|in\s+dem|at\s+the)\s+(?P<v>[A-ZÄÖÜ][\w'’-]{1,40}+(?:\s[A-ZÄÖÜ][\w'’-]{1,40}+){0,3}?)\s+in\s+"
)


def _later_venue(
    text: str, after: int, places: list[Mention], city: str | None
) -> tuple[tuple[int, int], tuple[Mention, int]] | None:
    """A venue "in CITY" in the next sentences of the date's paragraph (CITY: the event's city if
    known, else a place of the graph), with the place mention."""
    end = text.find("\n\n", after, after + 400)
    end = min(len(text), after + 400) if end < 0 else end
    for m in _LATER_VENUE.finditer(text, after, end):
        p = next((p for p in places if p.start == m.end()), None)
        if p is not None and (city is None or p.text == city):
            return (m.start("v"), m.end("v")), (p, p.start)
    return None


def _place_iri(gazetteer: Gazetteer | None, name: str) -> str | None:
    """The graph's place of that exact name, if any."""
    found = gazetteer.find(name, ["place"]) if gazetteer else []
    return found[0].iri if found and found[0].text == name else None
