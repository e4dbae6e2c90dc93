# ruff: noqa: E501
"""Where the event took place: the city and the venue.

- the city after "in"/"nach" (a place of the graph, or a capitalised word before a comma, a
  full stop or a verb particle; "in der Hansestadt X", "im sächsischen X"; a place of the graph
  after "travelled to") and the venue before it ("im Haus der Wirtschaft in Passau", "in den
  Hangar 7 am … in Hamburg");
- a building named in the date's paragraph (a building word: "Volkshaus", "Test Tank Hall",
  "Audimax"; after a verb of meeting or a possessive when it is not in the date's sentence; or
  after "Veranstaltungsort war"), with its city ("… in Aberdeen", a street address) or the event's;
  never in a sentence on the next or last edition, never an organisation of the graph;
  also before the date's sentence as a subject after a verb of place ("stand das Hörsaalzentrum
  unserer Universität in Jena", "filled the X in Y"), after "in unserem", with a place phrase
  ("on the old harbour", "am Flughafen Hamburg") or an owner city ("at Derby's X"); a building
  named without its city takes the city the headline and dateline name (``venue_words``);
- the host's city or the on-site part when nothing else names one ("Gastgeber in Krakau war",
  "vor Ort in Jena", "hosted the group in Munich"), never the dateline's city alone;
- an organisation's rooms ("in den Räumen der X", "at the premises of X", "on the campus of the X",
  "in the garden of the X");
- a "Venue: X, City" / "Ort:" / "Wo:" line anywhere (not on the next date), a room after the
  building ("Kongresszentrum Murufer, Saal Steiermark"), a street address before the city; a line
  that says online, names the city alone or a country after it names no building;
- a venue named after an organisation with a city in its name ("an der Testuniversität Jena").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Container, Iterator

from clustergraph.loaders.report.event import _STOP
from clustergraph.loaders.report.mentions import _LEGAL_WORD
from clustergraph.loaders.report.model import Item, Org
from clustergraph.loaders.report.venue_later import host_city, later_venue
from clustergraph.loaders.report.venue_lines import _OTHER_TIME, venue_line
from clustergraph.loaders.report.venue_rooms import (
    PLACE_NAME,
    RUNS_AFTER,
    city_in_name,
    room_venue,
    two_word_place,
)
from clustergraph.loaders.report.venue_words import (
    _BUILDING,
    _IS_BUILDING,
    _IS_ROOM,
    _NO_CITY,
    _idiom,
    _is_city,
    _is_country,
    _place_iri,
    _text_city,
)
from clustergraph.loaders.textkit import Gazetteer, Lines, Mention
from clustergraph.loaders.textkit.people import LOWER

_VENUE_WORD = r"(?:[A-ZÄÖÜ][\w'’-]{1,40}+|(?!(?:19|20)\d\d\b)\d{1,4}[a-z]?(?![\w.])|am|an\s+der|auf\s+dem|des|der|de|du|la|of|on)"
#: A venue that is an organisation's rooms: "in den Räumen der X", "at the premises of X", "on the campus of the X".
_PREMISES = re.compile(
    r"\b(?:in\s+den|auf\s+dem|at\s+the|on\s+the|in\s+the|im|am)\s+(?P<v>(?:Räumen|Räumlichkeiten|Gelände|Campus|Firmensitz"
    r"|Hauptsitz|Garten|Innenhof|Foyer|premises|campus|offices|headquarters|grounds|garden|courtyard|foyer)\s+(?:der|des|von|vom|of)\s+(?:the\s+)?"
    r"[A-ZÄÖÜ][\w&'’-]{0,40}+(?:\s(?:[A-ZÄÖÜ][\w&'’-]{0,40}+|e\.\s?V\.|Ltd\.|[NB]\.V\.|de|of|für|for)){0,5}?)(?=\s+in\s|[,.;]|\s+(?:and|und|to|zu|for|zum|zur)\s)"
)
#: The river or region that belongs to a city's name: "Frankfurt am Main", "Halle an der Saale", "Freiburg im Breisgau".
_CITY_SUFFIX = (
    r"(?:\s(?:am|an\s+der|im|ob\s+der)\s(?!(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|Wochenende|Vormittag"
    r"|Nachmittag|Abend|Morgen|Rande|Rahmen|Anschluss|Ende|Anfang|Jahr|Hafen|Hauptbahnhof|Flughafen|Campus|Standort|Zeichen"
    r"|Vorfeld|Beisein|Auftrag|Namen|Mittelpunkt|Fokus|Zuge|Laufe|Verlauf|Vorjahr|Sommer|Herbst|Winter|Frühjahr|Frühling"
    r"|Vordergrund|Hinblick|Gegensatz|Vergleich|Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November"
    r"|Dezember|Wochenende|Tag|Freien|Haus|Gebäude|Institut|Zentrum|Saal)\b)[A-ZÄÖÜ][a-zäöüß]{2,20}(?![\w-])"
    r"(?!\s+(?:des|der|von|vom|eines|einer|für)\b))?"
)
#: A clause-final participle: "… in Chemnitz zusammengebracht.", "… in Kiel veranstaltet,".
_PARTICIPLE = (
    r"(?:[a-zäöü]{0,12}ge[a-zäöü]{2,20}(?:t|en)|\w{0,12}(?:iert|staltet|sammelt|öffnet|grüßt))(?=[.,;:!])"
)
_PLACE_FOLLOW = (
    r"(?=[,.;:]|\s+(?:and|with|und|mit|statt|zusammen|together|über|for|on|to|from|auf|zu|zum|zur|bis|vom|teil|ein|"
    r"eingeladen|getroffen|gathered|met|or|oder|via|sowie|am|im|beim|bei|während|during|at|was|were|war|waren|wurde|wurden"
    r"|last|this|earlier|unterwegs|fand|fanden|ging|gingen|trafen|kamen|tagte|tagten|begann|endete|hosted|welcomed)\b"
    # a clause-final participle: "… in Chemnitz zusammengebracht.", "… in Kiel veranstaltet,"
    rf"|\s+{_PARTICIPLE})"
)
#: A lower-case building word after a venue's name, part of it: "the Harbor Commons event hall", "the X annex".
_LOWER_BUILDING = r"(?:(?:event|conference|exhibition|main|assembly|lecture|banquet|concert)\s+)?(?:hall|annex|annexe|pavilion|auditorium|building|centre|center)\b"
#: A lower-case adjective before a venue's name, not part of it: "in der ehemaligen Werfthalle", "the new Seed Lab".
_ADJ = (
    r"(?:new|newly\s+opened|old|historic|former|restored|converted|renovated|neue[nmrs]?|ehemalige[nmrs]?|frühere[nmrs]?"
    r"|historische[nmrs]?|umgebaute[nmrs]?|renovierte[nmrs]?|sanierte[nmrs]?|neu\s+eröffnete[nmrs]?)"
)
_VENUE = re.compile(
    rf"(?:\b(?P<prep>[Ii]m|[Ii]ns|[Ii]n\s+(?:das|die|den|der|dem|the)|[Aa]t\s+the|at|to\s+the|[Aa]uf\s+dem|an\s+der|the|das|den)\s+"
    rf"(?:{_ADJ}\s+)?)"
    rf"(?P<v>[A-ZÄÖÜ][\w'’-]{{1,40}}+(?:\s+{_VENUE_WORD}){{0,5}}?(?:\s+{_LOWER_BUILDING})?)"
    # "at the Messe Nord grounds in Hamburg": a lower-case word for the site after the name
    rf"(?:\s+(?:grounds|site|premises|campus|fairgrounds|Gelände))?"
    rf"(?:\s+(?:on|by|near|at|auf)\s+(?:the\s+|dem\s+|der\s+)?[\w'’-]{{2,30}}+(?:\s+[\w'’-]{{2,30}}+){{0,2}})?\s+(?:in|nach)\s+(?:downtown\s+)?$"
)


def _makers(text: str, lines: Lines) -> tuple[Callable[..., Item], Callable[..., Item]]:
    """The makers of a place item (name, graph IRI, span, rule) and a venue item (span, rule)."""

    def place(name: str, iri: str | None, start: int, end: int, rule: str) -> Item:
        return Item("place", {"name": name, "iri": iri}, lines.span(start, end), rule)

    def venue(start: int, end: int, rule: str) -> Item:
        return Item("venue", {"venue": text[start:end]}, lines.span(start, end), rule)

    return place, venue


#: A street address after a venue: ", Hafenstraße 12, 24103 Kiel", ", 12 Mill Lane, Derby" (the city in ``a``).
_STREET = r"(?:straße|strasse|str\.|weg|platz|allee|ring|gasse|ufer|damm|kai|markt|Street|Road|Lane|Avenue|Square|Way|Quay)"
_ADDRESS = (
    rf",\s+(?:(?:[A-ZÄÖÜ][\w-]+\s+)?[A-ZÄÖÜ][\w-]*{_STREET}\s+\d{{1,4}}[a-z]?|\d{{1,4}}[a-z]?\s+[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?\s+{_STREET})"
    rf",\s+(?:D-)?(?:\d{{4,5}}\s+)?(?P<a>[A-ZÄÖÜ][{LOWER}-]{{2,30}}+)(?![\w-])"
)
#: A venue in the date's paragraph: after "im", "at the", "our", "sein neues" …, a name that ends
#: (or begins) with a building word or follows a verb of meeting, then its city or the clause's end.
_NEARBY_VENUE = re.compile(
    r"\b(?P<prep>im|ins|in\s+(?:das|die|den|der|dem|the)|at\s+the|at|to\s+the|into\s+the|auf\s+dem|on\s+the"
    r"|(?P<label>(?:(?:Veranstaltungs|Tagungs|Austragungs)ort|Schauplatz|Ort\s+des\s+Geschehens)(?:\s+(?:des|der)\s+[\w-]+(?:\s+[\w-]+)?)?\s+war\s+(?:das|die|der)"
    r"|(?:Veranstaltungs|Tagungs)ort,\s+(?:das|die|der)|[Vv]enue\s+was\s+the|[Tt]he\s+venue,\s+the)"
    r"|(?P<inpos>(?:in|im|at|bei|auf)\s+)?(?:our|its|their|unser\w{0,2}|sein\w{0,2}|ihr\w{0,2})(?:\s+(?:new|neue[nms]?))?"
    r"|(?P<bare>\b(?:das|die|den|the)))\s+"
    r"(?P<v>(?:[A-ZÄÖÜ][\w'’-]{1,40}+)(?:\s+(?:[A-ZÄÖÜ][\w'’-]{1,40}+|(?!(?:19|20)\d\d\b)\d{1,4}[a-z]?(?![\w.])|des|der|of|dei|del|della|degli|di|de|du|des)){0,4}?"
    # a lower-case site word after the name: "on the Porsön campus of X in Luleå", "at the Seed Commons event hall"
    + rf"(?:\s+(?:campus|site|grounds|{_LOWER_BUILDING}))?"
    + r"(?:\s+(?:am|an\s+der|(?:at|on|by)\s+the(?:\s+[a-z]{2,20}\s+of)?)\s+[A-ZÄÖÜ][\w'’-]{1,40}+(?:\s+[A-ZÄÖÜ][\w'’-]{1,40}+)?)?)"
    r"(?=(?:\s+(?:auf\s+dem|on\s+the|on|by|near|unserer|unseres|ihrer|ihres|seiner|seines|of\s+(?:the|our)|of(?=\s+[A-Z]))(?:\s+[\w'’-]{2,30}){1,4}?)?\s+in\s+(?:downtown\s+)?(?P<c>[A-ZÄÖÜ][\w-]{2,30}"
    + _CITY_SUFFIX
    + r")\b"
    + "|"
    + _ADDRESS.replace("<a>", "<c2>")
    + rf"|,\s+(?P<c3>[A-ZÄÖÜ][{LOWER}]{{2,30}}+)(?=\s*[.;\n])"
    + r"|\s*[,.;:]|\s+(?:einiges|vieles|viel|allerlei|manches)\b"  # "auf dem X einiges zu sehen"
    # a quarter of the city after the building: "in der Halle 7 im Münchner Werksviertel"
    r"|\s+(?:im|in\s+the)\s+(?:[A-ZÄÖÜ][\w-]+\s+){0,2}[A-ZÄÖÜ]?[\w-]*(?:viertel|quartier|[Hh]afen|[Dd]istrict|[Qq]uarter)\b"
    r"|\s+(?:direkt|statt|and|und|with|mit|for(?!\s+[A-Z])|für(?!\s+[A-ZÄÖÜ])|to|zu|zum|zur|was|were|war|ist|is|kam|kamen|strömten|fanden)\b|\s+[–—]\s|\s+über\s+die\s+Bühne"
    # a weekday or date after the venue ("in the Terrace Room on Tuesday 5 March"), a German
    # preterite verb ("im Spreesalon am Reichstagufer lautete")
    r"|\s+(?:on|am)\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:Mon|Diens|Donners|Frei|Sams|Sonn)tag|Mittwoch|\d)"
    r"|\s+[a-zäöü]{3,20}(?:te|ten)\b"
    rf"|\s+{_PARTICIPLE})"
)
#: A verb of meeting before the venue ("fand … im X statt", "took place at the", "joined us at the").
_MEET = re.compile(
    r"\b(?:fand|findet|took\s+place|was\s+held|were\s+held|trafen\s+sich|met|gathered|joined\s+us|attended|vor\s+Ort"
    r"|on\s+site|opened|filled|packed|füllten|(?:main\s+)?(?:hall|room|auditorium)\s+(?:at|of|in)|Saal\s+(?:im|in|der|des)"
    r"|versammelt\w*|tagte\w*|[Gg]etagt|läuft|lief|kamen|welcomed|convened|assembled|came\s+together|begrüßt\w*|empfangen"
    r"|hosted\s+us|lived\s+and\s+worked|invited|lud|luden|(?:was|were)\s+hosted|(?:its|their|our|the)\s+premises|ging\s+[^.]{0,40}über\s+die\s+Bühne)\b"
)
#: An event noun right before the venue's preposition: "das Motto der Runde im Spreesalon", "the dinner at the X".
_EVENT_AT = re.compile(
    r"\b(?:Runde|Treffen|Veranstaltung|Abend|Empfang|Frühstück|Tagung|Konferenz|Workshop|meeting|evening|reception"
    r"|breakfast|dinner|lunch|event|gathering|workshop|conference|\w*[Vv]erleihung|\w*[Gg]ala|ceremony"
    # a named edition: "Die Meeresgala 2024 im Kuppelsaal …", not "seit 2019 im", "im März 2019 im"
    r"|\b(?!(?:Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|January|February|March"
    r"|May|June|July|October|December|Jahr|Sommer|Herbst|Winter|Frühjahr|Spring|Summer|Autumn)\b)[A-ZÄÖÜ][\w-]+\s+(?:19|20)\d\d)"
    r"\s+(?:im|in\s+der|in\s+dem|at\s+the|in\s+the)\s+$"
)
#: Thanks for the venue after its name: "… at the X in Y for hosting us", "… für die Gastfreundschaft".
_HOSTING_US = re.compile(r"\bfor\s+(?:hosting|having|welcoming)\s+us\b|\bfür\s+die\s+Gastfreundschaft\b")
_EN_VENUE = re.compile(
    r"\bat\s+the\s+(?P<v>[A-Z][\w'’-]{1,40}+(?:\s+[a-z][\w-]{1,20}+){1,2}"
    # "at the Halle Tony Garnier annex.": a building's name of capitalised words, a building word first or last
    rf"|(?=[A-Z][\w'’-]*{_BUILDING}\b)[A-Z][\w'’-]{{1,40}}+(?:\s+[A-Z][\w'’-]{{1,40}}+){{0,3}}(?:\s+{_LOWER_BUILDING})?"
    rf"|[A-Z][\w'’-]{{1,40}}+(?:\s+[A-Z][\w'’-]{{1,40}}+){{0,3}}\s+{_LOWER_BUILDING})(?=[\s,.])"
)


def place_and_venue(
    text: str,
    places: list[Mention],
    orgs: list[Org],
    sentence: tuple[int, int],
    gazetteer: Gazetteer | None = None,
) -> Iterator[Item]:
    """The place and venue items of the event (see the module's doc), in the date's ``sentence``."""
    lines = Lines(text)

    place, venue = _makers(text, lines)

    label = venue_line(text, gazetteer)
    if label:
        (vs, ve), (cs, ce) = label
        core = list(_place_and_venue(text, places, orgs, sentence, gazetteer))
        if ce == cs and _is_city(text[vs:ve], text, gazetteer):
            yield place(text[vs:ve], _place_iri(gazetteer, text[vs:ve]), vs, ve, "venue-line")
            yield from (i for i in core if i.kind == "venue")
            return
        if ce > cs and not _IS_ROOM.search(text[cs:ce]):
            yield place(text[cs:ce], _place_iri(gazetteer, text[cs:ce]), cs, ce, "venue-line")
            yield venue(vs, ve, "venue-line")
            return
        # "Wo: Kongresszentrum Murufer, Saal Steiermark": a room after the building; the city from the text
        at = _text_city(text)
        found = [i for i in core if i.kind == "place"]
        if found:
            yield found[0]
        elif at is not None:
            yield place(
                text[at[0] : at[1]], _place_iri(gazetteer, text[at[0] : at[1]]), *at, "venue-line-city"
            )
        yield venue(vs, max(ve, ce), "venue-line")
        return
    yield from (i for i in _place_and_venue(text, places, orgs, sentence, gazetteer) if not _event_like(i))


#: The last word of an event's name: a venue that ends with it is the event ("in the Kiel Innovation Forum").
_EVENT_END = re.compile(
    r"\s(?:Forum|Summit|Conference|Konferenz|Kongress|Congress|Tagung|Days?|Tage?|Meeting|Symposium|Festival|Expo|Messe"
    r"|Workshop|Week|Woche|Night|Nacht|Gala|Convention|Fair|Show|Camp|Hackathon|Barcamp|Treffen)$"
)


def _event_like(item: Item) -> bool:
    """Whether a venue item of several words ends with an event noun ("Kiel Innovation Forum"),
    unless a word before it is a building word ("Zeughaus Forum")."""
    if item.kind != "venue" or not (end := _EVENT_END.search(item.data["venue"])):
        return False
    return not any(
        _IS_BUILDING.search(w) for w in item.data["venue"][: end.start()].split()
    )  # "Zeughaus Forum"


def _place_and_venue(
    text: str,
    places: list[Mention],
    orgs: list[Org],
    sentence: tuple[int, int],
    gazetteer: Gazetteer | None,
) -> Iterator[Item]:
    """The place and venue items when no venue line says where (see the module's doc)."""
    lines = Lines(text)

    place, venue = _makers(text, lines)

    s0, e0 = sentence
    premises = _PREMISES.search(text, s0, e0)
    found: tuple[str, str | None, int, int] | None = None
    for p in places:
        if s0 <= p.start < e0 and _BEFORE_PLACE.search(text, max(0, p.start - 60), p.start):
            found = (p.text, p.iri, p.start, p.end)
            break
    if found is None:
        m = re.search(
            rf"\b(?:in\s+(?:(?:der|the)\s+(?:\w+stadt|Stadt|city\s+of|town\s+of)\s+|downtown\s+)?|im\s+[a-zäöü]+ischen\s+)"
            rf"(?P<c>{PLACE_NAME}{_CITY_SUFFIX})" + _PLACE_FOLLOW,
            text[s0:e0],
        )
        if (
            m
            and m.group("c").casefold() not in _STOP
            and not re.search(
                r"(?:ung|heit|keit|schaft|tion|ität|ismus|form|arbeit|isch|sprache)$", m.group("c")
            )
            and m.group("c").casefold() not in _NO_CITY
            and not _is_country(m.group("c"), gazetteer)  # "war eine Delegation in Polen unterwegs"
            and not (" " in m.group("c") and _IS_BUILDING.search(m.group("c")))  # "in Kiel Hall"
            and (
                " " not in m.group("c")
                or two_word_place(m.group("c"), text[s0:e0], text[s0 + m.end("c") : e0])
            )
        ):
            found = (m.group("c"), None, s0 + m.start("c"), s0 + m.end("c"))
    if found is None:
        # a venue whose name begins with a city of the graph ("at the Kraków Technology Park"),
        # in the date's sentence or the next lines
        for p in places:
            if not s0 <= p.start < e0 + 300:
                continue
            if p.start >= e0 and "\n\n" in text[e0 : p.start]:
                break
            before = re.search(
                r"\b(?:at\s+the|im|in\s+der|in\s+das|in\s+den|auf\s+dem)\s+$",
                text[max(0, p.start - 12) : p.start],
            )
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
        later = later_venue(text, e0, places, None)
        if later:
            (vs, ve), (p, ps_) = later
            yield place(p.text, p.iri, ps_, ps_ + len(p.text), "venue-later")
            yield venue(vs, ve, "venue-later")
            return
        near = _nearby_venue(text, sentence, orgs, None, _text_city(text), {p.start for p in places})
        if near is not None:
            (vs, ve), (cs, ce) = near
            yield place(text[cs:ce], _place_iri(gazetteer, text[cs:ce]), cs, ce, "venue-nearby")
            yield venue(vs, ve, "venue-nearby")
            return
        host = host_city(text, s0, e0, gazetteer)  # "Gastgeber in Krakau war", "Photonics Mission to Lyon"
        if host is not None:
            c, rule = text[host[0] : host[1]], host[2]
            yield place(c, _place_iri(gazetteer, c), host[0], host[1], rule)
        return
    name, place_iri, ps, pe = found
    yield place(name, place_iri, ps, pe, "in-place")
    if premises:
        yield venue(premises.start("v"), premises.end("v"), "premises")
        return
    offset = max(s0, ps - 120)
    room = room_venue(text, offset, ps)  # "the banquet hall of Hotel X in Y", never a body of the graph
    if room and not any(
        o.start < room[1] and room[0] < o.end and (o.from_graph or _LEGAL_WORD.search(o.name)) for o in orgs
    ):
        yield venue(*room, "venue-room-in-place")
        return
    v = _VENUE.search(text[offset:ps])
    bare = v is not None and v.group("prep") in ("the", "das", "den")
    if v and not _idiom(v.group("v")) and (not bare or _IS_BUILDING.search(v.group("v"))):
        yield venue(offset + v.start("v"), offset + v.end("v"), "venue-in-place")
        return
    v = _EN_VENUE.search(text, s0, e0)
    if v:
        yield venue(v.start("v"), v.end("v"), "venue-at-the")
        return
    later = later_venue(text, e0, places, name)
    if later:
        yield venue(*later[0], "venue-later")
        return
    near = _nearby_venue(text, sentence, orgs, name)
    if near is not None:
        yield venue(*near[0], "venue-nearby")


#: Before the event's city in the date's sentence: "in", "nach", "travelled to".
_BEFORE_PLACE = re.compile(
    r"(?:\b(?:in(?:\s+(?:downtown|central|uptown))?|nach|im\s+[a-zäöü]+ischen)|\b(?:travelled|traveled|came|went|headed)\s+(?:[a-z]\w*\s+){0,2}?to)\s+\Z"
)
#: A named site after a building, part of its name ("Gründerhaus am Kulturbahnhof Kassel"), not a
#: generic one that says where ("Terminal Tango am Flughafen Hamburg", "Seed Hall at the port of X").
_NAMED_AT = re.compile(
    r"(?:am|an\s+der)\s+(?!(?:Flughafen|Hauptbahnhof|Bahnhof|Hafen|Stadtrand|Rande)$)[A-ZÄÖÜ]\S+$"
    r"|(?:at|on)\s+the\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?$"  # "MedTech Lab at the Science Park Graz"
)


#: A verb before a venue named without a preposition: "stand das Hörsaalzentrum …", "filled the X".
_BARE_VERB = re.compile(
    r"\b(?:stand|standen|filled|packed|füllten|toured|besichtigten|besuchten|visited|verwandelte\s+sich|transformed)\s+(?:\w+\s+){0,2}?$"
)


def _nearby_venue(
    text: str,
    sentence: tuple[int, int],
    orgs: list[Org],
    city: str | None,
    text_city: tuple[int, int] | None = None,
    place_starts: Container[int] = (),
) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """A building (see ``_BUILDING``) in the date's sentence or the rest of its paragraph, with
    the span of its city ("… in Aberdeen"); that city must be ``city`` when the event's city is
    known, and is needed when it is not (the city the text's head names, ``text_city``, stands in
    for a venue named without one). After the date's sentence a verb of meeting or a
    possessive ("our Test Tank Hall") must come before it; a sentence on another occasion
    (the next edition, last year's) and the name of an organisation of the graph or with a legal
    form are never the venue (a building's name found only by the organisation patterns may be)."""
    s0, e0 = sentence
    end = text.find("\n\n", e0, e0 + 400)
    end = min(len(text), e0 + 400) if end < 0 else end
    para = text.rfind("\n\n", max(0, s0 - 400), s0)
    for m in _NEARBY_VENUE.finditer(text, s0 if para < 0 else para + 2, end):
        vs, ve = m.span("v")
        main = re.split(r"\s+(?:am|an\s+der|(?:at|on|by)\s+the)\s+", m.group("v"))[0]
        bodies = (o for o in orgs if o.from_graph or _LEGAL_WORD.search(o.name))
        label = m.group("label") is not None  # "Veranstaltungsort war das X", "The venue was the X"
        named_city = city or (text[text_city[0] : text_city[1]] if text_city else None)
        building = (
            _IS_BUILDING.search(main)
            or (
                named_city is not None  # "im Design Center Linz": a building word before the city
                and main.endswith(" " + named_city)
                and _IS_BUILDING.search(main[: -len(named_city) - 1])
            )
        )
        # "was held on 7 March at the Royal Armouries, Leeds": a name and its city in the date's sentence
        held = m.group("c3") is not None and s0 <= vs < e0 and bool(_MEET.search(text, s0, vs))
        held = held and m.group("prep") in ("at the", "im", "in der", "in the")
        held = held and not _is_country(m.group("c3") or "", None)  # "at the X Cluster, Poland"
        if not (label or building or held) or any(o.start < ve and vs < o.end for o in bodies):
            continue
        clause = max(s0, text.rfind(". ", s0, vs) + 1)
        stop = text.find(". ", ve, end)
        runs = RUNS_AFTER.match(
            text, m.end("c") if m.group("c") else ve
        )  # "im X in Y läuft": its clause ends there
        if _OTHER_TIME.search(text, clause, runs.end() if runs else end if stop < 0 else stop):
            continue
        bare = m.group("bare") is not None  # "stand das Hörsaalzentrum … in Jena": needs its city
        possessive = (
            not label and not bare and not re.match(r"(?:im|ins|in\s|at|to|into|auf)", m.group("prep"))
        )
        possessive = possessive or (m.group("inpos") is not None)
        g = "c" if m.group("c") else "c3" if m.group("c3") else "c2"
        c, at = m.group(g), m.span(g)
        owner = re.match(r"([A-ZÄÖÜ][\w-]{2,30})['’]s\s+", m.group("v"))
        if owner and (c is None or c == owner.group(1)) and owner.group(1) in (named_city, c):
            c, at, vs = (
                owner.group(1),
                (vs, vs + len(owner.group(1))),
                vs + owner.end(),
            )  # "at Derby's Quayside Works"
            main = main[owner.end() :]
        elif owner:  # "in the Hub's MedTech Lab": an owner that is no city
            vs, main = vs + owner.end(), main[owner.end() :]
        if bare and not _BARE_VERB.search(text, max(0, m.start("bare") - 30), m.start("bare")):
            continue  # "stand das Hörsaalzentrum … in Jena", "filled the X in Y": a venue without a preposition needs a verb of place
        thanked = _HOSTING_US.search(text, ve, end if stop < 0 else stop)  # "… at the X in Y for hosting us"
        thanked = thanked or re.match(r"\s+(?:ein)?geladen\b", text[ve : ve + 20])  # "in das X eingeladen"
        thanked = thanked or runs  # "die noch bis Freitag im X in Y läuft"
        if (
            (vs >= e0 or vs < s0)
            and not (possessive or label or bare or thanked)
            and not _MEET.search(text, clause, vs)
            and not _EVENT_AT.search(text, max(clause, vs - 40), vs)
        ):
            continue
        if (
            possessive
            and (m.group("inpos") is None or re.fullmatch(_BUILDING, main, re.I))
            and len(main.split()) < 2
        ):
            continue  # "sein Labor in Jena", "in seinem Haus": a generic room of the company, not a named venue
        if c is not None and (c.casefold() in _STOP or (city is not None and c != city)):
            continue
        tail = text[vs + len(main) : m.end("v")].split()
        named = city or (text[text_city[0] : text_city[1]] if text_city else None)
        if tail and ve - len(tail[-1]) in place_starts:
            named = tail[-1]
        if c is None and tail and tail[-1] == named:  # "in das Terminal Tango am Flughafen Hamburg"
            c, at = named, (ve - len(named), ve)
            if not _NAMED_AT.match(
                " ".join(tail[:-1])
            ):  # "am Flughafen Hamburg" says where; "am Kulturbahnhof Kassel" is the name
                ve = vs + len(main)
        elif tail and tail[0] in ("at", "on", "by"):
            ve = vs + len(main)  # "the Seed Hall at the port of X": the hall is the venue
        if c is None and city is None and text_city is None:
            own = city_in_name(text, vs, ve)  # "in die Tabakfabrik Linz", "Linzer" elsewhere
            if own is None:
                continue
            return (vs, ve), own
        if c is None and city is None:
            return (vs, ve), text_city  # type: ignore[return-value]
        if c is None:
            return (vs, ve), (vs, vs)
        return (vs, ve), at
    return None
