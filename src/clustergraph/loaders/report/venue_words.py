# ruff: noqa: E501
"""The words of venues and the city a text's head names: building and room words ("Spinnerei",
"Works", "Saal Steiermark"), words that say online ("Ort: online"), a country after a city
("Kiel, Germany"), the city of a headline's "in X" or of the dateline ("Graz, 29. Jänner 2024")
for a venue named without its city, and the nouns of idioms that name no venue ("im Rahmen der").
"""

from __future__ import annotations

import re

from clustergraph.loaders.report.event import _STOP
from clustergraph.loaders.textkit import Gazetteer
from clustergraph.loaders.textkit.people import LOWER

#: Nouns after "in" that say how, not where ("in Präsenz", "in English", "in Kürze").
_NO_CITY = {
    "präsenz", "person", "english", "german", "french", "deutsch", "anwesenheit", "kürze", "folge",
    "zukunft", "eigenregie", "teilen", "gruppen", "kleingruppen", "runden", "zeiten", "summe", "rekordzeit",
    "online", "hybrid", "realität", "wirklichkeit", "praxis", "theorie",
}  # fmt: skip
#: The last word of a building's name (or its first: "Haus der Technik", "Hangar 7"), also as the
#: end of a compound ("Volkshaus", "Abbe-Saal", "Zollhof-Lounge", "Anwendungszentrum").
_BUILDING = (
    r"(?:saal|säle|halle|hall|centre|center|zentrum|haus|loft|lounge|hangar|audimax|aula|auditorium|arena|pavillon"
    r"|pavilion|terminal|tower|turm|gebäude|building|museum|kraftwerk|fabrik|factory|studio|labor|lab|bibliothek"
    r"|library|theater|theatre|house|kirche|schloss|castle|villa|hotel|rathaus|speicher|schuppen|schmiede|campus|suite"
    r"|raum|keller|space|bahnhof|warehouse|gallery|galerie|palais|palace|kasino|casino|scheune|barn|mühle|mill|hub"
    r"|werk|werke|works|erei|rooms|tenne|hof|farm|brauerei|brewery|mälzerei|malthouse|depot|kloster|abtei|abbey|stift|burg"
    r"|atelier|werkstatt|garage|mensa|kantine|foyer|bühne|stage|dock|docks|pier|wharf|lagerhaus|kontor|börse|exchange"
    r"|stadion|stadium|zelt|tent|club|klub|lodge|gasthof|manor|hall[es]|salon|room|chapel|kapelle|orangerie|orangery|remise"
    r"|lokschuppen|arsenal|kaserne|bunker|gewächshaus|greenhouse|forum|centrum|zentrale|quarter|quartier|yard|plant"
    r"|granary|kornhaus|foundry|gießerei|zeche|hütte|tabakfabrik|markthalle|hangar|conservatory|rotunda|rotunde|palazzo|palacio|château|chateau|annex|annexe|anbau"
    # Romance building words in partners' English: "Teatro Comunale", "Salle Rameau", "Centro Congressi"
    r"|teatro|théâtre|sala|salle|auditorio|centro|maison|espace|musée|museo|museu|castello|castillo|convento|chiostro"
    r"|monastero|abbazia|pabellón|padiglione|palau|tecnopolo|technopole)"
)
_IS_BUILDING = re.compile(
    rf"(?:^|[\s-])[\w'’]*{_BUILDING}(?:\s\d{{1,4}}[a-z]?)?$|^[\w'’-]*{_BUILDING}\b", re.I
)
#: A venue line that names no building: "Ort: online", "Venue: Zoom".
_ONLINE = re.compile(r"(?i:online|digital|virtuell|virtual|zoom|teams|webex|livestream|web)\b")
_AND_ONLINE = re.compile(
    r"(?i:[ \t]*(?:\(?[ \t]*(?:und|and|sowie|plus|oder|or|\+|&|/)[ \t]*online\)?|\(online\)|,[ \t]*hybrid))[ \t]*$"
)
_COUNTRY_WORDS = {"germany", "deutschland", "austria", "österreich", "switzerland", "schweiz", "uk", "usa", "us", "france",
                  "frankreich", "italy", "italien", "poland", "polen", "netherlands", "niederlande", "belgium", "belgien",
                  "denmark", "dänemark", "sweden", "schweden", "norway", "norwegen", "finland", "finnland", "spain", "spanien",
                  "czechia", "tschechien", "england", "scotland", "wales", "ireland", "irland", "canada", "kanada"}  # fmt: skip


def _is_country(name: str, gazetteer: Gazetteer | None) -> bool:
    """Whether a venue line's last part is a country ("Kiel, Germany"), not the city."""
    found = gazetteer.find(name, ["country"]) if gazetteer else []
    return name.casefold() in _COUNTRY_WORDS or bool(found and found[0].text == name)


def _is_city(name: str, text: str, gazetteer: Gazetteer | None) -> bool:
    """Whether a venue line's only part is the city ("Ort: Kiel"): a place of the graph, the city of
    the text's head, or one capitalised word that is no building."""
    at = _text_city(text)
    single = re.fullmatch(rf"[A-ZÄÖÜ][{LOWER}-]{{2,30}}", name) is not None and not _IS_BUILDING.search(name)
    return (
        _place_iri(gazetteer, name) is not None or (at is not None and text[at[0] : at[1]] == name) or single
    )


#: A room of a building, after its name in a venue line: "Saal Steiermark", "Hall B", "Raum 2.14".
_IS_ROOM = re.compile(
    rf"^(?:Saal|Raum|Halle|Hall|Room|Floor|Etage|Stock|Level|Suite|Studio|Foyer|Ebene|Geschoss|Bühne|Stage)\b|\d|{_BUILDING}$",
    re.I,
)
#: The city a headline names ("Coatings sector meets in Derby") and a dateline's city ("Graz, 29. Jänner 2024").
_HEAD_CITY = re.compile(rf"\b(?:in|to|nach)\s+(?P<c>[A-ZÄÖÜ][{LOWER}]{{2,30}}+)(?![\w-])")
_DATELINE_CITY = re.compile(
    rf"^[ \t]*(?P<c>[A-ZÄÖÜ][{LOWER}]{{2,30}}+(?:[ \t](?:am|an[ \t]der|im)[ \t][A-ZÄÖÜ][{LOWER}]+)?)"
    rf"(?:[ \t]*\([^)\n]{{1,20}}\))?(?:[ \t]*(?:,|–|—|-)[ \t]*(?:den[ \t]+)?\d"
    # a lead's city: "Berlin. Annähernd 40 Gäste …" at the start of a paragraph of its own
    rf"|\.[ \t]+(?=[A-ZÄÖÜ][^\n]{{80}}))",
    re.M,
)


_NEXT = re.compile(r"(?i:\bnext\b|\bnächste|\bupcoming\b|\bkommende|\bsave\s+the\s+date\b)")
_TIME_WORDS = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
               "november", "december", "spring", "summer", "autumn", "fall", "winter", "monday", "tuesday", "wednesday",
               "thursday", "friday", "saturday", "sunday"}  # fmt: skip


def _text_city(text: str) -> tuple[int, int] | None:
    """The span of the city the text states in its head (a headline's "in X", the dateline), when
    these name one city only; None otherwise."""
    head = text[:800]
    found: dict[str, tuple[int, int]] = {}
    for line in re.finditer(r"[^\n]+", head):
        if (
            len(line.group()) > 120
            or line.group().rstrip().endswith((".", ":"))
            or _NEXT.search(line.group())
        ):
            continue  # a sentence of the text or the next stop, not a headline
        for m in _HEAD_CITY.finditer(line.group()):
            c = m.group("c")
            if c.casefold() not in _STOP and c.casefold() not in _NO_CITY and c.casefold() not in _TIME_WORDS:
                found.setdefault(c, (line.start() + m.start("c"), line.start() + m.end("c")))
    d = _DATELINE_CITY.search(head)
    if d and d.group("c").casefold() not in _STOP:
        found.setdefault(d.group("c"), d.span("c"))
    return next(iter(found.values())) if len(found) == 1 else None


def _place_iri(gazetteer: Gazetteer | None, name: str) -> str | None:
    """The graph's place of that exact name, if any."""
    found = gazetteer.find(name, ["place"]) if gazetteer else []
    return found[0].iri if found and found[0].text == name else None


#: Nouns of prepositional phrases that name no venue: "im Rahmen der …", "im Vorfeld der Messe",
#: "im Beisein des …", "im Auftrag des …", "im Zeichen der …", months and seasons.
_IDIOM = {
    "rahmen", "vorfeld", "beisein", "auftrag", "zeichen", "namen", "anschluss", "mittelpunkt", "fokus", "zuge",
    "laufe", "verlauf", "vorjahr", "jahr", "sommer", "herbst", "winter", "frühjahr", "frühling", "monat", "vordergrund",
    "hinblick", "gegensatz", "vergleich", "verbund", "kreis", "kontext", "umfeld", "sinne", "interesse", "zusammenhang",
    "dialog", "gespräch", "austausch", "januar", "februar", "märz", "april", "mai", "juni", "juli", "august",
    "september", "oktober", "november", "dezember", "wechsel", "schatten", "gefolge", "dienst", "dienste",
    "bereich", "kanton", "land", "bundesland", "raum", "norden", "süden", "osten", "westen", "herzen", "großraum",
}  # fmt: skip


def _idiom(name: str) -> bool:
    """Whether a venue found after "im"/"at the" is a prepositional phrase ("Rahmen des Projekts")."""
    return name.split()[0].casefold() in _IDIOM
