# ruff: noqa: E501
"""A venue told of by its room or by a lower-case noun before its name, right before "in CITY":
"the banquet hall of Hotel Seeblick in X" (a compound room keeps its place in the venue), "the main
hall of Warnow Kulturhaus in X" and "the atrium of the Harbour Innovation Center in downtown X" (a
plain room is no part of it: the building is the venue), "the pilot flat Seestern Nord in X",
"at the test farm Gut Warnow in X" (the noun says what the named place is)."""

from __future__ import annotations

import re

from clustergraph.loaders.report.venue_words import _BUILDING
from clustergraph.loaders.textkit.people import LOWER, UPPER

#: A venue's name: capitalised words, "of"/"de"/"des" between them.
_NAME = (
    r"[A-ZÄÖÜ][\w'’&-]{0,40}+(?:\s+(?:[A-ZÄÖÜ][\w'’&-]{0,40}+|\d{1,4}[a-z]?(?![\w.])|of|de|des|der|du|la))*?"
)
#: The end of the venue's phrase before the city: "in X", "in downtown X".
_IN = r"\s+in\s+(?:(?:downtown|central|uptown)\s+)?$"
#: A room of a building: "the congress hall of Hotel X", "the atrium of the X".
_ROOM_OF = re.compile(
    r"\b(?:the|its|their|our)\s+(?P<room>(?:(?P<mod>[a-z]{3,20})\s+)?(?:hall|room|atrium|foyer|lobby|auditorium|courtyard"
    r"|ballroom|chamber|gallery|garden|suite|theatre|theater|lounge|terrace|basement|attic|loft|annex|wing))\s+of\s+(?:the\s+)?"
    rf"(?P<v>{_NAME}){_IN}"
)
#: A room's word before "hall"/"room" that makes it a room of its own name: "congress hall", "conference room".
_COMPOUND = {
    "congress", "conference", "banquet", "lecture", "assembly", "exhibition", "event", "meeting", "concert", "festival",
    "council", "board", "seminar", "function", "reception", "dining", "ball", "sports", "trade", "press", "plenary",
}  # fmt: skip
#: A lower-case noun of a place before its name: "the test apartment X", "the pilot farm X", "the venue X".
_NOUN_NAME = re.compile(
    r"\b(?:the|at\s+the|in\s+the)\s+(?:[a-z]{3,20}(?:-[a-z]{3,20})?\s+)?(?:apartment|flat|house|farm|estate|venue|factory|plant"
    r"|site|lab|laboratory|museum|hotel|facility|studio|hall|centre|center|track|ground|campus|barn|mill|gallery|theatre"
    r"|theater|club|brewery|winery|castle|manor|villa|warehouse|hangar|depot|park)\s+(?P<v>"
    + _NAME
    + ")"
    + _IN
)


def room_venue(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of a venue told of by its room or a noun before its name, in ``text[start:end]``
    right before the city (see the module's doc); None when there is none."""
    m = _ROOM_OF.search(text, start, end)
    if m is not None:
        if (m.group("mod") or "") in _COMPOUND:
            return m.start("room"), m.end("v")  # "congress hall of Hotel Morava"
        return m.span("v")  # "the main hall of X", "the atrium of the X": the building
    m = _NOUN_NAME.search(text, start, end)
    return m.span("v") if m is not None else None


#: A verb of running or meeting right after a venue and its city: "… im X in Y läuft", "… tagt".
RUNS_AFTER = re.compile(r"\s+(?:läuft|lief|liefen|laufen|stattfindet|stattfand|tagt|tagte|tagten)\b")
#: A place's name after "in" in the date's sentence: one capitalised word or two ("Fenny Compton",
#: "České Budějovice"), the second no weekday, month or site ("in Kiel Harbour", "in Leeds Monday").
PLACE_NAME = (
    rf"[{UPPER}][{LOWER}]{{2,30}}+(?:[ ](?!(?:Harbour|Harbor|Hafen|Airport|Flughafen|Port|Station|Bahnhof|Park|City|Centre"
    r"|Center|Zentrum|University|Universität|Messe|Campus|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January"
    r"|February|March|April|May|June|July|August|September|October|November|December|Januar|Februar|März|Juni|Juli"
    rf"|Oktober|Dezember|Mitte|Nord|Süd|Ost|West)\b)[{UPPER}][{LOWER}]{{2,30}}+)?"
)
#: A venue named after its city: a building word first, then one capitalised word ("Tabakfabrik Linz").
_BUILDING_THEN_NAME = re.compile(rf"(?i:[\w-]*{_BUILDING})[ ](?P<c>[{UPPER}][{LOWER}]{{2,30}}+)$")


def city_in_name(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of the city a venue ``text[start:end]`` is named after, when the text names no city
    otherwise: its last word after a building word, confirmed elsewhere in the text by "in/aus/nach
    X", "from/of X" or the German adjective "Xer" ("Tabakfabrik Linz" … "der Linzer Stromnetz")."""
    m = _BUILDING_THEN_NAME.search(text, start, end)
    if m is None or m.end() != end:
        return None
    c = re.escape(m.group("c"))
    elsewhere = re.compile(rf"\b(?:{c}er\b|(?:in|aus|nach|from|of)\s+{c}\b)")
    if elsewhere.search(text, 0, start) or elsewhere.search(text, end):
        return m.span("c")
    return None


#: German function words: a sentence in German, where capitalised nouns may follow a city ("in Jena Forscher").
_GERMAN = re.compile(r"\b(?:der|die|das|und|mit|wurde|fand|kamen|statt|zusammen|eine?n?)\b")
#: The first word of a German two-word place: "Bad Tölz", "Sankt Pölten", "Neu Wulmstorf".
_PLACE_PREFIX = re.compile(
    r"(?:Bad|Sankt|St|Neu|Alt|Groß|Klein|Hohen|Ober|Unter|Nieder|Markt|Schloss|Burg|Stadt|Frankfurt|Halle)$"
)


def two_word_place(name: str, sentence: str, after: str) -> bool:
    """Whether a place of two words after "in" is one ("in Fenny Compton on …", "in České
    Budějovice zusammen", "in Bad Kleinen"), not a city and a noun ("in Jena Forscher und …"):
    no list of capitalised words goes on after it, and in a German sentence (no list at all) its
    first word is a prefix of places or has a letter that German does not write."""
    if not _GERMAN.search(sentence):
        return re.match(r"\s+(?:and|or)\s+[A-Z]", after) is None  # "in X Growers and Engineers"
    if re.match(r"\s*(?:,|und\b|sowie\b|mit\b|oder\b)", after):
        return False
    first = name.split()[0]
    foreign = any(not c.isascii() and c not in "äöüÄÖÜß" for c in first)
    return foreign or _PLACE_PREFIX.match(first) is not None
