# ruff: noqa: E501
"""Reports, fifth round (issue 17, load-report): the agenda and the venue in more wordings:
quoted titles after more cue words, counted session lists, the partner regions of a partnership
and a delegation's destination, a building named near the date, and wordings that must not be
read as such. Every sentence is made up for these tests."""

from __future__ import annotations

import pytest
from support.report_probe import texts as _texts
from support.report_probe import where as _where

from clustergraph.loaders.report import agenda, parse_report
from clustergraph.loaders.report.model import Report
from clustergraph.loaders.textkit import Gazetteer, sentence_bounds

ID = "https://w3id.org/clustergraph/id/"


def _gazetteer() -> Gazetteer:
    g = Gazetteer()
    g.add("place", ID + "region/de-rostock", ["Rostock"])
    g.add("place", ID + "region/de-kassel", ["Kassel"])
    g.add("country", ID + "region/DK", ["Dänemark", "Denmark"])
    g.add("country", ID + "region/SE", ["Schweden", "Sweden"])
    g.add("org", ID + "org/agrar", ["Agrarnetz Warnow e. V.", "Agrarnetz Warnow"])
    g.add("org", ID + "org/wic", ["Warnow Innovation Centre"])
    return g


def _parse(body: str, dateline: str = "Rostock, 9. März 2024") -> Report:
    return parse_report("News\n\n" + dateline + "\n\n" + body + "\n", _gazetteer())


_EVENT = "Der Rostocker Feldtag 2024 fand am 7. März 2024 in Rostock statt. "
_EVENT_EN = "The Rostock Field Day 2024 took place on 7 March 2024 in Rostock. "


@pytest.mark.parametrize(
    ("body", "topics", "sessions"),
    [
        # a compound talk word ("Praxisbericht", "Festvortrag") before the title
        (
            _EVENT + "Im Praxisbericht „Drohnen über dem Acker“ zeigte Lena Voss erste Ergebnisse.",
            ["Drohnen über dem Acker"],
            [],
        ),
        # "unter der Überschrift"
        (
            _EVENT
            + "Danach stellte Lena Voss unter der Überschrift „Was kostet ein Hektar Daten?“ eine Umfrage vor.",
            ["Was kostet ein Hektar Daten?"],
            [],
        ),
        # "mit dem Titel"
        (
            _EVENT + "Mia Lund hielt einen Vortrag mit dem Titel „Wurzeln und Router“.",
            ["Wurzeln und Router"],
            [],
        ),
        # "Im Mittelpunkt standen"
        (
            _EVENT + "Im Mittelpunkt standen „Bodenfeuchte in Echtzeit“ und „Wetterdaten teilen“.",
            ["Bodenfeuchte in Echtzeit", "Wetterdaten teilen"],
            [],
        ),
        # "walked … through", "explained", "showed in", "followed with"
        (
            _EVENT_EN + 'Ole Brandt walked the guests through "Seed drills: a buyer\'s guide".',
            ["Seed drills: a buyer's guide"],
            [],
        ),
        (
            _EVENT_EN + 'Dr. Mia Lund explained "Soil carbon for beginners" to a full room.',
            ["Soil carbon for beginners"],
            [],
        ),
        (
            _EVENT_EN
            + 'Mia Lund showed in "Robots between the rows" how weeding works. Ole Brandt followed with "Water rights, simply put".',
            ["Robots between the rows", "Water rights, simply put"],
            [],
        ),
        # the title named after the quote
        (_EVENT_EN + '"Roots and routers" was the title of the first talk.', ["Roots and routers"], []),
        (_EVENT + "„Wurzeln und Router“ lautete der Titel des ersten Vortrags.", ["Wurzeln und Router"], []),
        # a talk word right after the title
        (
            _EVENT_EN + 'Next came Ole Brandt with "Farm data nobody reads" in a lively talk.',
            ["Farm data nobody reads"],
            [],
        ),
        # "berichtete über"; "Arbeitskreis"
        (_EVENT + "Mia Lund berichtete über „Pflanzenschutz per App“.", ["Pflanzenschutz per App"], []),
        (_EVENT + "Im Arbeitskreis „Junge Landwirte“ ging es um Nachwuchs.", [], ["Junge Landwirte"]),
        # a subject after session words takes their kind
        (
            _EVENT_EN + 'Two workshops followed; the workshops dealt with "Seed banks" and "Soil maps".',
            [],
            ["Seed banks", "Soil maps"],
        ),
        # a named session after an indefinite article
        (
            _EVENT + "Danach folgten ein Vortrag und eine „Sprechstunde Hofübergabe“.",
            [],
            ["Sprechstunde Hofübergabe"],
        ),
        # a session word in the middle of a talk's title does not make it a session
        (
            _EVENT_EN + 'Mia Lund presented "Why workshops fail in rural firms".',
            ["Why workshops fail in rural firms"],
            [],
        ),
        # compound session words: "Praxisrunden", "Themenforen"
        (
            _EVENT
            + "Am Nachmittag ging es in drei Praxisrunden weiter: „Saatgut“, „Bodenproben“ und „Förderung“.",
            [],
            ["Saatgut", "Bodenproben", "Förderung"],
        ),
        (
            _EVENT + "Angeboten wurden zwei Themenforen: „Hofnachfolge“ und „Direktvermarktung“.",
            [],
            ["Hofnachfolge", "Direktvermarktung"],
        ),
    ],
)
def test_quoted_titles_after_more_cues(body: str, topics: list[str], sessions: list[str]) -> None:
    r = _parse(body)
    assert _texts(r, "topic") == topics
    assert _texts(r, "session") == sessions


@pytest.mark.parametrize(
    "body",
    [
        # a quotation that is a sentence, after a talk word
        _EVENT_EN + 'In her talk Mia Lund said: "We measured every field twice."',
        _EVENT + "In seinem Vortrag fasste Ole Brandt zusammen: „Wir haben jedes Feld zweimal vermessen.“",
        # a programme's or a campaign's quoted name after a cue word
        _EVENT + "Im Vortrag ging es um die Förderung im Programm „Feld und Daten“ des Landes.",
        _EVENT + "Mia Lund berichtete von der „Saat-Offensive“-Kampagne des Vereins.",
        # a word in quotes after an indefinite article or "als"
        _EVENT + "In ihrem Vortrag sprach Mia Lund von einer „Zeitenwende für Höfe“.",
        _EVENT_EN + 'In his talk Ole Brandt called the new drills a "game changer".',
        # an award's title
        _EVENT_EN + 'The cluster won the title "Farm Network of the Year".',
        _EVENT + "Der Verein erhielt den Titel „Netzwerk des Jahres“.",
        # a quote with no cue at all
        _EVENT_EN + 'The coffee was "excellent" according to the guests.',
    ],
)
def test_quotations_and_quotes_without_a_cue_are_no_titles(body: str) -> None:
    r = _parse(body)
    assert _texts(r, "topic") == [] and _texts(r, "session") == []


def test_the_events_own_title_is_no_topic() -> None:
    text = "Unter dem Titel „Acker trifft Algorithmus“ lud der Verein am 7. März 2024 nach Rostock ein. Den Festvortrag „Daten vom Feld“ hielt Mia Lund."
    found = [
        (k, v)
        for k, v, *_ in agenda.topics_and_sessions(text, sentence_bounds(text), 0, "Acker trifft Algorithmus")
    ]
    assert found == [("topic", "Daten vom Feld")]
    found = [(k, v) for k, v, *_ in agenda.topics_and_sessions(text, sentence_bounds(text), 0)]
    assert found == [("topic", "Acker trifft Algorithmus"), ("topic", "Daten vom Feld")]


@pytest.mark.parametrize(
    ("body", "sessions"),
    [
        (
            _EVENT_EN + "Three parallel tracks covered Soil Data, Farm Robots and Water Rights.",
            ["Soil Data", "Farm Robots", "Water Rights"],
        ),
        # "sowie" ends the list; "und" inside an item stays
        (
            _EVENT + "In drei Workshops ging es danach um Bodenproben, Daten und Recht sowie Förderung.",
            ["Bodenproben", "Daten und Recht", "Förderung"],
        ),
        # after a colon, capitalised titles
        (
            _EVENT + "Parallel liefen drei Workshops: Saatgut der Zukunft, Wasser im Boden und Hofnachfolge.",
            ["Saatgut der Zukunft", "Wasser im Boden", "Hofnachfolge"],
        ),
        # named with an article each, after a comma
        (
            _EVENT_EN
            + "After lunch the guests chose between two sessions, a Seed Bank Clinic and a Soil Mapping Workshop.",
            ["Seed Bank Clinic", "Soil Mapping Workshop"],
        ),
    ],
)
def test_counted_session_lists(body: str, sessions: list[str]) -> None:
    assert _texts(_parse(body), "session") == sessions


def test_a_session_list_that_does_not_match_its_count_is_unsure() -> None:
    r = _parse(_EVENT_EN + "Three tracks covered soil, water, robots and money.")
    assert _texts(r, "session") == []
    assert [i.data["text"] for i in r.of("session") if i.unsure] == ["soil", "water", "robots", "money"]


def test_a_german_session_list_of_lower_case_phrases_is_unsure() -> None:
    r = _parse(_EVENT + "In zwei Workshops ging es um die Technik, die Kosten.")
    assert _texts(r, "session") == []
    assert [i.data["text"] for i in r.of("session") if i.unsure] == ["die Technik", "die Kosten"]


def test_a_colon_list_of_lower_case_phrases_is_unsure() -> None:
    r = _parse(_EVENT + "Es gab zwei Workshops: einen am Vormittag, einen am Nachmittag.")
    assert _texts(r, "session") == []
    assert [i.data["text"] for i in r.of("session") if i.unsure] == ["am Vormittag", "am Nachmittag"]


def test_themen_wie_before_a_session_list_is_left_out() -> None:
    r = _parse(_EVENT + "Es gab drei Workshops zu Themen wie Saatgut, Bewässerung und Vermarktung.")
    assert _texts(r, "session") == ["Saatgut", "Bewässerung", "Vermarktung"]


def test_a_colon_inside_a_quoted_title_starts_no_session_list() -> None:
    r = _parse(_EVENT_EN + 'Mia Lund presented "Three workshops: what we learned".')
    assert [i.data["text"] for i in r.of("session")] == []
    assert _texts(r, "topic") == ["Three workshops: what we learned"]


@pytest.mark.parametrize(
    ("body", "regions"),
    [
        (_EVENT + "Partnerregion war die Bretagne.", ["Bretagne"]),
        (
            _EVENT + "Partnerregionen waren die Bretagne, das Elsass und die Normandie.",
            ["Bretagne", "Elsass", "Normandie"],
        ),
        # the regions a partnership links
        (
            _EVENT_EN
            + "It was part of the Baltic Fields partnership, which links Scania, Zealand and Lower Saxony.",
            ["Scania", "Zealand", "Lower Saxony"],
        ),
        (
            _EVENT_EN + "The day belongs to a project that connects Brittany and Galicia.",
            ["Brittany", "Galicia"],
        ),
        (
            _EVENT + "Das Projekt verbindet die Regionen Bretagne, Galicien und Asturien.",
            ["Bretagne", "Galicien", "Asturien"],
        ),
        # a guest country
        (_EVENT + "Gastland war in diesem Jahr Japan.", ["Japan"]),
        (_EVENT_EN + "Japan was this year's guest country.", ["Japan"]),
        # a delegation's destination, when it is a country
        (
            "On 7 March 2024, a delegation of ten farms travelled to Denmark for the Nordic Soil Days 2024.",
            ["Denmark"],
        ),
        (
            "Vom 5. bis 7. März 2024 reiste eine Delegation des Agrarnetz Warnow nach Schweden zur Nordic Soil Week 2024.",
            ["Schweden"],
        ),
    ],
)
def test_partner_regions_of_a_partnership_and_a_delegation(body: str, regions: list[str]) -> None:
    assert [i.data["name"] for i in _parse(body).of("partner-region")] == regions


def test_a_noun_after_the_partner_country_is_no_second_region() -> None:
    r = _parse(_EVENT + "Partnerland war Polen, Gastgeber der Tagung war der Verein.")
    assert [i.data["name"] for i in r.of("partner-region")] == ["Polen"]


@pytest.mark.parametrize(
    "body",
    [
        # a delegation travelling to a city: a place, no partner region
        "On 7 March 2024, a delegation of ten farms travelled to Kassel for the Hesse Soil Forum 2024.",
        # countries of origin
        _EVENT_EN + "Guests came from Sweden and Denmark; a delegation from Sweden stayed two days.",
        # capitalised German nouns after "verbindet"
        _EVENT + "Das Projekt verbindet Landwirte, Unternehmen und Hochschulen.",
        # a network that "brings together" companies
        _EVENT_EN + "The partnership brings together more than 140 farms and two universities.",
    ],
)
def test_no_partner_region_from_origins_cities_or_members(body: str) -> None:
    assert _parse(body).of("partner-region") == []


@pytest.mark.parametrize(
    ("body", "where"),
    [
        # a number in a venue's name
        (
            "Der Rostocker Feldtag 2024 fand am 7. März 2024 in der Halle 4 am Stadthafen in Rostock statt.",
            ("Rostock", "Halle 4 am Stadthafen"),
        ),
        # a building in a later sentence, after a verb of meeting
        (
            _EVENT_EN + "Some 80 farmers met at the Harbour Barn, a listed building.",
            ("Rostock", "Harbour Barn"),
        ),
        # a possessive before a building, with its city, in the next sentence
        (
            "Thank you to all who came to our Field Day 2024 on 7 March 2024! We opened our new Seed Hall in Rostock to 60 guests.",
            ("Rostock", "Seed Hall"),
        ),
        # a compound building word and "auf dem Campus" before the city
        (
            "Der Rostocker Feldtag 2024 am 7. März 2024 war ausgebucht. Er fand in Präsenz im Hörsaalzentrum auf dem Campus in Rostock statt.",
            ("Rostock", "Hörsaalzentrum"),
        ),
        # a building with a street address and the city after it
        (
            "Der Rostocker Feldtag 2024 fand am 7. März 2024 im Technologiezentrum Nord, Hafenstraße 12, 18055 Rostock, statt.",
            ("Rostock", "Technologiezentrum Nord"),
        ),
        (
            "The Rostock Field Day 2024 on 7 March 2024 was held at the Agro Innovation Centre, 12 Mill Lane, Kassel.",
            ("Kassel", "Agro Innovation Centre"),
        ),
        # a year after a noun is no venue number
        (
            "Der Rostocker Feldtag 2024 fand am 7. März 2024 wie schon im Jahr 2023 in Rostock statt.",
            ("Rostock", None),
        ),
        # "in der Hansestadt X", "in the city of X"
        ("Der Rostocker Feldtag 2024 fand am 7. März 2024 in der Hansestadt Wismar statt.", ("Wismar", None)),
        (
            "The Field Day 2024 on 7 March 2024 was held in the city of Wismar, with 80 guests.",
            ("Wismar", None),
        ),
        # a regional adjective before the city; a venue named by its label word
        (
            "Der Rostocker Feldtag 2024 fand am 7. März 2024 im mecklenburgischen Wismar statt.",
            ("Wismar", None),
        ),
        (
            _EVENT + "Veranstaltungsort war das Alte Zollamt am Hafen, das 80 Gäste fasst.",
            ("Rostock", "Alte Zollamt am Hafen"),
        ),
        (
            _EVENT_EN + "The venue was the Old Customs House, right by the harbour.",
            ("Rostock", "Old Customs House"),
        ),
        # "together" after the city
        (
            "On 7 March 2024 we co-hosted the Soil Forum 2024 in Rostock together with two farms.",
            ("Rostock", None),
        ),
        # "travelled to" the city
        (
            "On 7 March 2024, a delegation of ten farms travelled to Kassel for the Hesse Soil Forum 2024.",
            ("Kassel", None),
        ),
        # the host's city named in a later paragraph
        (
            "Vom 3. bis 5. Februar 2024 war die Delegationsreise Jütland 2024 des Agrarnetz Warnow in Dänemark unterwegs.\n\n"
            "Gastgeber in Aarhus war der Agro Cluster Jylland.",
            ("Aarhus", None),
        ),
    ],
)
def test_places_and_venues_in_more_wordings(body: str, where: tuple[str | None, str | None]) -> None:
    assert _where(_parse(body)) == where


@pytest.mark.parametrize(
    "body",
    [
        # the next edition's venue
        _EVENT + "Die nächste Ausgabe findet im Kornspeicher in Rostock statt.",
        # a building in another city than the event's
        _EVENT + "Danach trafen sich alle im Kulturhaus in Kassel.",
        # an organisation whose name ends in a building word
        _EVENT_EN + "Afterwards everyone met at the Warnow Innovation Centre, where Mia Lund spoke.",
        # a possessive before a one-word room
        _EVENT + "Die Saatgut Nord GmbH zeigte ihr Labor in Rostock.",
        # a building without a verb of meeting after the date's sentence
        _EVENT_EN + "Mia Lund works at the Seed Hall, a research station.",
    ],
)
def test_no_venue_from_other_occasions_cities_or_organisations(body: str) -> None:
    assert _where(_parse(body)) == ("Rostock", None)


@pytest.mark.parametrize(
    "body",
    [
        "Der Rostocker Feldtag 2024 fand am 7. März 2024 in Präsenz statt.",
        "Der Rostocker Feldtag 2024 fand am 7. März 2024 in Zusammenarbeit mit der Stadt statt.",
        "Der Rostocker Feldtag 2024 fand am 7. März 2024 in Hybridform statt.",
        "Der Rostocker Feldtag 2024 fand am 7. März 2024 in Englisch statt.",
        "The Rostock Field Day 2024 took place on 7 March 2024 in English, with 40 guests.",
    ],
)
def test_a_manner_after_in_is_no_city(body: str) -> None:
    assert _parse(body, "News, 9. März 2024").one("place") is None


@pytest.mark.parametrize(
    "phrase",
    [
        "im Rahmen des Projekts Wald",
        "im Vorfeld der Messe",
        "im Beisein des Bürgermeisters",
        "im Zeichen der Wärmewende",
    ],
)
def test_a_prepositional_phrase_before_the_city_is_no_venue(phrase: str) -> None:
    r = _parse(f"Der Rostocker Feldtag 2024 fand am 7. März 2024 {phrase} in Rostock statt.")
    assert _where(r) == ("Rostock", None)


def test_a_host_in_a_city_next_year_is_no_place() -> None:
    r = _parse(
        "Vom 3. bis 5. Februar 2024 war die Delegationsreise Jütland 2024 des Agrarnetz Warnow in Dänemark unterwegs.\n\n"
        "Gastgeber in Aarhus ist im nächsten Jahr der Agro Cluster Jylland."
    )
    assert r.one("place") is None


@pytest.mark.parametrize(
    ("body", "topics", "sessions"),
    [
        (
            _EVENT
            + "\n\nDas Programm:\n– Keynote: Böden als Datenspeicher (Mia Lund)\n– Workshop 1: Saatgut aus der Region\n"
            "– 14:00 Uhr Panel: Wer zahlt für sauberes Wasser?, moderiert von Ole Brandt\n",
            ["Böden als Datenspeicher"],
            ["Saatgut aus der Region", "Wer zahlt für sauberes Wasser?"],
        ),
        (
            _EVENT_EN
            + "\n\nProgramme\n• 10:30 Talk: Farm robots in practice\n• Breakout session B: Water rights – led by Ole Brandt\n",
            ["Farm robots in practice"],
            ["Water rights"],
        ),
        # a label inside a sentence, a date after a label: no title
        (_EVENT_EN + "\nThe session: a great success.\nWorkshop: 8 March 2024\n", [], []),
    ],
)
def test_labelled_programme_lines(body: str, topics: list[str], sessions: list[str]) -> None:
    r = _parse(body)
    assert _texts(r, "topic") == topics
    assert _texts(r, "session") == sessions
