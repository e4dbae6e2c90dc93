# ruff: noqa: E501
"""Reports, seventh round (issue 17, load-report): partner regions stated after the region
("Nordland, in the north, was this year's partner region", "Zielland war heuer Finnland"),
sessions named by a hackathon's challenges, hands-on stations, theme islands or focus groups,
quoted subjects after a session noun, list lines after a blank line or a long head, and venue
building words "Salon", "Room". Every sentence is made up for these tests; negatives that look
alike come with them."""

from __future__ import annotations

import pytest
from support.report_probe import texts as _texts
from support.report_probe import where as _where

from clustergraph.loaders.report import parse_report
from clustergraph.loaders.report.model import Report
from clustergraph.loaders.textkit import Gazetteer

ID = "https://w3id.org/clustergraph/id/"


def _gazetteer() -> Gazetteer:
    g = Gazetteer()
    g.add("place", ID + "region/de-rostock", ["Rostock"])
    g.add("place", ID + "region/DE-BY", ["Bayern"])  # a state of the graph: a region, no city
    g.add("country", ID + "region/FI", ["Finnland", "Finland"])
    return g


def _parse(body: str, dateline: str = "Rostock, 9. März 2024") -> Report:
    return parse_report("News\n\n" + dateline + "\n\n" + body + "\n", _gazetteer())


def _regions(r: Report) -> list[str]:
    return [i.data["name"] for i in r.of("partner-region")]


_EVENT = "Der Rostocker Feldtag 2024 fand am 7. März 2024 in Rostock statt. "
_EVENT_EN = "The Rostock Field Day 2024 took place on 7 March 2024 in Rostock. "


@pytest.mark.parametrize(
    ("body", "regions"),
    [
        (_EVENT_EN + "Scotland was the partner region of this year's edition.", ["Scotland"]),
        (_EVENT_EN + "Nordland, in northern Norway, was this year's partner region.", ["Nordland"]),
        (_EVENT_EN + "Once more, Flanders is our partner region.", ["Flanders"]),
        (_EVENT_EN + "Wallonia and Flanders were again the partner regions.", ["Wallonia", "Flanders"]),
        (_EVENT + "Zielland war heuer Finnland, das beim Recycling vorne liegt.", ["Finnland"]),
        (_EVENT + "Partnerland war heuer Slowenien.", ["Slowenien"]),
        (_EVENT + "Finnland war in diesem Jahr das Zielland der Reise.", ["Finnland"]),
        (_EVENT + "Tirol ist heuer die Gastregion.", ["Tirol"]),
    ],
)
def test_partner_regions_stated_after_the_region(body: str, regions: list[str]) -> None:
    assert _regions(_parse(body)) == regions


@pytest.mark.parametrize(
    "body",
    [
        _EVENT_EN + "This was the partner region's first visit.",
        _EVENT_EN + "There is the partner region's stand, too.",
        _EVENT + "Dies war das Zielland vieler Delegationen.",
        _EVENT_EN + "Scotland wants to become a partner region next year.",
    ],
)
def test_no_partner_region_from_pronouns_or_wishes(body: str) -> None:
    assert _regions(_parse(body)) == []


@pytest.mark.parametrize(
    ("body", "sessions"),
    [
        # a hackathon's challenges (set for teams) as a numbered list; a count that agrees
        (
            _EVENT_EN
            + "Three challenges were set for the teams:\n1. Counting fish in sonar data\n2. Forecasting frost on fields\n3. Sorting seeds by photo\n\nThe winners were announced at night.",
            ["Counting fish in sonar data", "Forecasting frost on fields", "Sorting seeds by photo"],
        ),
        # hands-on stations after a long head and a blank line
        (
            _EVENT_EN
            + "Dr. Mara Quist, senior lecturer in soil science at the university, ran the afternoon's hands-on stations:\n\n* Soil sampling by drone\n* Reading a yield map\n\nAll guests took part.",
            ["Soil sampling by drone", "Reading a yield map"],
        ),
        # theme islands and focus groups as bullet heads
        (
            _EVENT
            + "Am Nachmittag luden drei Themeninseln ein:\n- Bodenleben\n- Saatgut\n- Bewässerung\n\nDanach gab es Kaffee.",
            ["Bodenleben", "Saatgut", "Bewässerung"],
        ),
        (
            _EVENT + "Die Fokusgruppen:\n• Direktvermarktung\n• Hofnachfolge\n\nDie Ergebnisse folgen.",
            ["Direktvermarktung", "Hofnachfolge"],
        ),
        # quoted subjects after a session noun, a topic word between them
        (
            _EVENT
            + "Am zweiten Tag vertieften drei Fachforen die Schwerpunkte des Netzes: „Bodenleben“, „Saatgut“ und „Wasser“.",
            ["Bodenleben", "Saatgut", "Wasser"],
        ),
        (
            _EVENT_EN
            + "On day two, three breakout groups took up the questions of the year: “Soil life”, “Seed banks” and “Water”.",
            ["Soil life", "Seed banks", "Water"],
        ),
        (
            _EVENT
            + "In zwei Werkstattrunden ging es um die Leitfragen „Was kostet Bodenschutz?“ und „Wer zahlt?“.",
            ["Was kostet Bodenschutz?", "Wer zahlt?"],
        ),
        (
            _EVENT_EN + "Two challenges addressed the topics “Frost alerts” and “Yield maps”.",
            ["Frost alerts", "Yield maps"],
        ),
    ],
)
def test_sessions_named_by_challenges_stations_and_subjects(body: str, sessions: list[str]) -> None:
    assert _texts(_parse(body, "ROSTOCK – 9 March 2024"), "session") == sessions


@pytest.mark.parametrize(
    "body",
    [
        # a schwerpunkt without a session noun stays a topic, a list of people no session list
        _EVENT + "Im Mittelpunkt standen die Schwerpunkte „Bodenleben“ und „Saatgut“.",
        _EVENT_EN + "The challenges were many:\n- Mara Quist (Seed Oy)\n- Ole Brandt (Soil AB)\n\nAll came.",
        _EVENT_EN
        + "Dr. Mara Quist, senior lecturer at the university, said a few words and thanked the guests of the whole day:\n\n* Soil sampling by drone\n* Reading a yield map",
    ],
)
def test_no_sessions_from_topics_people_or_a_long_head_without_a_session_word(body: str) -> None:
    assert _texts(_parse(body, "ROSTOCK – 9 March 2024"), "session") == []


def test_a_salon_and_a_room_are_building_words() -> None:
    from clustergraph.loaders.report.venue_words import _IS_BUILDING

    assert _IS_BUILDING.search("Spreesalon")
    assert _IS_BUILDING.search("Terrace Room")
    assert not _IS_BUILDING.search("Roomba")


@pytest.mark.parametrize(
    ("body", "dateline", "where"),
    [
        # the city before "was"/"wurde": a venue as the subject of a passive sentence
        (
            "From Friday 7 June to Sunday 9 June 2024 the Skagen Innovation Hall in Wismar was given over to the Wismar Field Day 2024.",
            "WISMAR – 9 June 2024",
            ("Wismar", "Skagen Innovation Hall"),
        ),
        (
            "Der Wismarer Feldtag 2024 im Alten Kornhaus in Wismar war am 7. März 2024 ausgebucht.",
            "Wismar, 9. März 2024",
            ("Wismar", "Alten Kornhaus"),
        ),
        # a lower-case word for the site between the name and the city
        (
            "The Wismar Field Day 2024, held at the Messe Süd grounds in Wismar from 7 to 8 March 2024, drew 300 farmers.",
            "WISMAR – 9 March 2024",
            ("Wismar", "Messe Süd"),
        ),
        (
            "The Wismar Field Day 2024 took place on 7 March 2024 at the Harbour Works site in Wismar.",
            "WISMAR – 9 March 2024",
            ("Wismar", "Harbour Works"),
        ),
        # a quarter of the city after the building; the city from the dateline
        (
            "Zum Wismarer Feldtag 2024 versammelten sich am 7. März 2024 rund 90 Gäste in der Halle 7 im Wismarer Hafenviertel.",
            "Wismar, 9. März 2024",
            ("Wismar", "Halle 7"),
        ),
        (
            "Some 90 farmers gathered for the Wismar Field Day 2024 on 7 March 2024 at the Net Loft in the Old Harbour District.",
            "Wismar, 9 March 2024",
            ("Wismar", "Net Loft"),
        ),
    ],
)
def test_venues_before_a_verb_a_site_word_or_a_quarter(
    body: str, dateline: str, where: tuple[str, str]
) -> None:
    assert _where(_parse(body, dateline)) == where


@pytest.mark.parametrize(
    "body",
    [
        # a quarter without a building word names no venue
        "Zum Wismarer Feldtag 2024 kamen am 7. März 2024 rund 90 Gäste in die Kreuzung im Wismarer Hafenviertel.",
    ],
)
def test_no_venue_without_a_building_word_before_a_quarter(body: str) -> None:
    assert _where(_parse(body, "Wismar, 9. März 2024"))[1] is None


@pytest.mark.parametrize(
    ("body", "kind", "values"),
    [
        # a talk's title after the speaker and a comma: 'X, role at Y, with "…"'
        (
            _EVENT_EN
            + 'First up was Dr. Mara Quist, soil scientist at Seed Oy, with "Roots: what the yield map hides".',
            "topic",
            ["Roots: what the yield map hides"],
        ),
        (
            _EVENT + "Danach sprach Ole Brandt, Leiter des Saatgutlabors, mit „Saatgut ohne Grenzen“.",
            "topic",
            ["Saatgut ohne Grenzen"],
        ),
        # labelled talk lines: "Impuls:", "Kurzimpuls:", "Referat:"
        (
            _EVENT
            + "Programm\n- Impuls: Boden als Kapital (Dr. Mara Quist)\n- Referat: Wasser sparen auf dem Acker\n",
            "topic",
            ["Boden als Kapital", "Wasser sparen auf dem Acker"],
        ),
    ],
)
def test_talk_titles_after_a_speaker_or_a_talk_label(body: str, kind: str, values: list[str]) -> None:
    assert _texts(_parse(body), kind) == values


def test_quoted_lines_of_a_session_list_are_sessions_only() -> None:
    body = (
        _EVENT
        + "Gearbeitet wurde in drei Challenge-Tracks:\n– «Ernte früh melden»\n– «Wasser sparen»\n– «Boden schonen»\n\nEs gewann ein Team aus Wismar."
    )
    r = _parse(body)
    assert _texts(r, "session") == ["Ernte früh melden", "Wasser sparen", "Boden schonen"]
    assert _texts(r, "topic") == []


@pytest.mark.parametrize(
    "body",
    [
        _EVENT_EN + 'The chair, with "a smile", closed the day.',
        _EVENT + "Wie Ole Brandt sagte, mit „Herzblut“ gehe alles.",
    ],
)
def test_no_talk_title_from_a_scare_quote_after_with(body: str) -> None:
    assert _texts(_parse(body), "topic") == []


@pytest.mark.parametrize(
    "body",
    [
        _EVENT + "Zum Treffen kamen Partner aus Rostock und Wismar.",
        _EVENT + "Partner aus Wismar, Rostock und Stralsund waren dabei.",
        _EVENT_EN + "We welcomed partners from Rostock and Wismar.",
        _EVENT_EN + "Rostock was the partner region this year.",
    ],
)
def test_no_partner_region_from_cities_of_the_graph(body: str) -> None:
    assert _regions(_parse(body)) == []


def test_partners_from_regions_next_to_a_city_of_the_graph_elsewhere() -> None:
    body = _EVENT + "Die Gäste kamen aus Rostock. Partner aus Bayern und Tirol waren dabei."
    assert _regions(_parse(body)) == ["Bayern", "Tirol"]


@pytest.mark.parametrize(
    ("body", "session"),
    [
        (
            _EVENT_EN + "The day's highlight was a matchmaking session on the Wednesday.",
            "matchmaking session",
        ),
        (
            _EVENT_EN + "The afternoon closed with a B2B matchmaking session with 60 meetings.",
            "B2B matchmaking session",
        ),
        (
            _EVENT_EN + "Buyers met exhibitors in a cross-border matchmaking round.",
            "cross-border matchmaking round",
        ),
        (_EVENT + "Den Abschluss bildete eine Matchmaking-Session mit 40 Gesprächen.", "Matchmaking-Session"),
    ],
)
def test_a_matchmaking_session_named_by_its_kind(body: str, session: str) -> None:
    assert _texts(_parse(body), "session") == [session]


@pytest.mark.parametrize(
    "body",
    [
        # other kinds go to the review list; a session still to come is none
        _EVENT_EN + "The evening ended with a networking session at the bar.",
        _EVENT_EN + "Next spring the cluster will offer a matchmaking session for buyers.",
        _EVENT_EN + "Half of the guests had never attended a matchmaking before.",
    ],
)
def test_no_sure_session_from_other_kinds_or_plans(body: str) -> None:
    assert _texts(_parse(body), "session") == []


def _lead(body: str) -> Report:
    return parse_report(
        "Pressenotiz\n18.04.2024\n\nFeldtag 2024: Landwirte im Gespräch\n\n" + body + "\n", _gazetteer()
    )


@pytest.mark.parametrize(
    ("body", "where"),
    [
        # a lead's city ("Wismar. …") and a venue after an event noun, before a preterite verb
        (
            "Wismar. Rund 40 Gäste sind am Mittwoch, 17. April 2024, der Einladung zum Feldtag 2024 gefolgt. Das Motto der Runde im Kornsalon am Alten Hafen lautete „Boden first“.",
            ("Wismar", "Kornsalon am Alten Hafen"),
        ),
        (
            "Wismar. Rund 40 Gäste kamen am 17. April 2024 zum Feldtag 2024. Der Empfang im Speicherhaus Nord dauerte bis Mitternacht.",
            ("Wismar", "Speicherhaus Nord"),
        ),
    ],
)
def test_a_leads_city_and_a_venue_after_an_event_noun(body: str, where: tuple[str, str]) -> None:
    assert _where(_lead(body)) == where


@pytest.mark.parametrize(
    ("body", "where"),
    [
        # the city before "last week", the venue before a weekday
        (
            "Farmers spent a morning in Wismar last week: 23 guests met over breakfast in the Terrace Room on Tuesday 5 March 2024 for the Wismar Field Day 2024.",
            ("Wismar", "Terrace Room"),
        ),
        (
            "The Wismar Field Day 2024 gathered 40 farmers in Wismar: they met in the Garden Room on Friday, 8 March 2024.",
            ("Wismar", "Garden Room"),
        ),
    ],
)
def test_a_venue_before_a_weekday(body: str, where: tuple[str, str]) -> None:
    assert _where(_parse(body, "Newsletter")) == where


@pytest.mark.parametrize(
    "body",
    [
        # a one-word sentence that is no city; an event noun before a room that is no building
        "Danke. Rund 40 Gäste kamen am 17. April 2024 zum Feldtag 2024 und lobten das Programm ausdrücklich und sehr.",
        "Rund 40 Gäste kamen am 17. April 2024 zum Feldtag 2024. Die Runde im Mai dauerte länger.",
    ],
)
def test_no_place_or_venue_from_a_short_sentence_or_a_month(body: str) -> None:
    assert _where(_lead(body)) == (None, None)


@pytest.mark.parametrize(
    ("body", "city"),
    [
        # the city before "unterwegs" or an inverted finite verb, a place without a venue
        (
            "Vom 9. bis 11. Oktober 2023 war eine Delegation aus Tiroler Betrieben zum Feldtag 2024 in Tampere unterwegs.",
            "Tampere",
        ),
        (
            "Im Werkraum Nord in Basel ging vom 20. bis 22. September 2024 der Feldtag 2024 über die Bühne.",
            "Basel",
        ),
        ("Am Messeplatz in Linz fand am 7. März 2024 der Feldtag 2024 statt.", "Linz"),
        ("From 7 to 9 June 2024 the cluster in Tromsø hosted the Field Day 2024.", "Tromsø"),
    ],
)
def test_the_city_before_unterwegs_or_an_inverted_verb(body: str, city: str) -> None:
    assert _where(_parse(body, "Newsletter"))[0] == city


def test_a_country_before_unterwegs_is_no_city() -> None:
    body = "Vom 9. bis 11. Oktober 2023 war eine Delegation aus Tiroler Betrieben zum Feldtag 2024 in Finnland unterwegs."
    assert _where(_parse(body, "Newsletter"))[0] is None


_DONE = "Der Wismarer Feldtag 2024 fand am 7. März 2024 statt und war ein Erfolg.\n\n"


@pytest.mark.parametrize(
    ("tail", "where"),
    [
        ("📍 Alte Mälzerei, Wismar", ("Wismar", "Alte Mälzerei")),
        ("Ort | Alte Mälzerei, Wismar", ("Wismar", "Alte Mälzerei")),
        ("Durchführungsort: Alte Mälzerei, Wismar", ("Wismar", "Alte Mälzerei")),
        ("Austragungsort: Alte Mälzerei, Wismar", ("Wismar", "Alte Mälzerei")),
        ("Venue – Harbour Hall, Wismar", ("Wismar", "Harbour Hall")),
        ("Veranstaltungsort\nAlte Mälzerei, Wismar", ("Wismar", "Alte Mälzerei")),
        ("Wo? Alte Mälzerei, Wismar", ("Wismar", "Alte Mälzerei")),
    ],
)
def test_venue_lines_with_more_labels_and_separators(tail: str, where: tuple[str, str]) -> None:
    assert _where(_parse(_DONE + tail, "Newsletter")) == where


@pytest.mark.parametrize(
    "tail",
    [
        "Location\nThe site is easy to reach by tram.",
        "Ort | online, Zoom",
        "Wo? Das verraten wir bald!",
    ],
)
def test_no_venue_from_a_sentence_under_a_label_or_an_online_line(tail: str) -> None:
    assert _where(_parse(_DONE + tail, "Newsletter"))[1] is None


@pytest.mark.parametrize(
    ("body", "regions"),
    [
        (_EVENT + "Partnerkanton war in diesem Jahr das Tessin.", ["Tessin"]),
        (_EVENT + "Partnerbundesland war heuer die Steiermark.", ["Steiermark"]),
        (_EVENT + "Gastkanton war Graubünden.", ["Graubünden"]),
        (_EVENT + "Fokusregion 2024: Flandern", ["Flandern"]),
        (_EVENT + "Partnerregion war die Region Lombardei.", ["Lombardei"]),
        (_EVENT_EN + "Japan was this year's country of honour.", ["Japan"]),
        (_EVENT_EN + "Country of honour was Japan.", ["Japan"]),
        (_EVENT_EN + "Slovenia was the featured country.", ["Slovenia"]),
        (_EVENT_EN + "The guest country, Slovenia, sent eight start-ups.", ["Slovenia"]),
    ],
)
def test_partner_cantons_states_and_countries_of_honour(body: str, regions: list[str]) -> None:
    assert _regions(_parse(body)) == regions


@pytest.mark.parametrize(
    "body",
    [
        _EVENT + "Ehrengast war Ministerin Petra Quist.",
        _EVENT_EN + "The guest speaker, Mara Quist, spoke first.",
        _EVENT + "Die Partnerkantone wollen 2025 dabei sein.",
    ],
)
def test_no_partner_region_from_guests_of_honour_or_plans(body: str) -> None:
    assert _regions(_parse(body)) == []


@pytest.mark.parametrize(
    ("body", "sessions"),
    [
        (
            _EVENT_EN + "At the hackathon, three challenges were set: soil life, seed banks and water.",
            ["soil life", "seed banks", "water"],
        ),
        (
            _EVENT_EN
            + "The teams worked on three challenges – Soil life, Seed banks and Water – all weekend.",
            ["Soil life", "Seed banks", "Water"],
        ),
        (
            _EVENT + "Gearbeitet wurde in drei Challenge-Tracks: Bodenleben, Saatgut und Wasser.",
            ["Bodenleben", "Saatgut", "Wasser"],
        ),
        (
            _EVENT + "Drei Themeninseln widmeten sich Bodenleben, Saatgut und Wasser.",
            ["Bodenleben", "Saatgut", "Wasser"],
        ),
        (
            _EVENT + "Zwei Fokusgruppen behandelten Direktvermarktung und Hofnachfolge.",
            ["Direktvermarktung", "Hofnachfolge"],
        ),
    ],
)
def test_counted_challenges_themeninseln_and_focus_groups(body: str, sessions: list[str]) -> None:
    assert _texts(_parse(body), "session") == sessions


@pytest.mark.parametrize(
    "body",
    [
        # problems named "challenges" outside a contest; groups of people
        _EVENT_EN + "The sector faces three challenges: energy prices, skills and permits.",
        _EVENT_EN + "Three challenges were named:\n- Energy prices\n- Skills\n- Permits\n\nAll agreed.",
        _EVENT + "Es kamen zwei Gruppen: Studierende und Fachleute.",
        _EVENT + "Drei Besuchergruppen aus Polen, Tschechien und Ungarn waren dabei.",
    ],
)
def test_no_sure_sessions_from_problems_or_groups_of_people(body: str) -> None:
    assert _texts(_parse(body), "session") == []


@pytest.mark.parametrize(
    ("body", "topics"),
    [
        (
            _EVENT
            + "Es folgten Kurzvorträge von Mara Quist („Boden als Kapital“) und Ole Brandt („Wasser sparen“).",
            ["Boden als Kapital", "Wasser sparen"],
        ),
        (_EVENT + "In den Fachvorträgen ging es um „Boden als Kapital“.", ["Boden als Kapital"]),
        (
            _EVENT + "Zwei Vorträge folgten: „Boden als Kapital“ und „Wasser sparen“.",
            ["Boden als Kapital", "Wasser sparen"],
        ),
    ],
)
def test_talk_titles_after_plural_talk_words(body: str, topics: list[str]) -> None:
    assert _texts(_parse(body), "topic") == topics


@pytest.mark.parametrize(
    ("dateline", "body", "where"),
    [
        # a building word before the city of the dateline, "über die Bühne"
        (
            "Linz, 9. März 2024",
            "Der Feldtag 2024 fand am 7. März 2024 im Design Center Linz statt.",
            ("Linz", "Design Center Linz"),
        ),
        (
            "Bern, 9. März 2024",
            "Der Feldtag 2024 ging am 7. März 2024 im Zentrum Paul Klee über die Bühne.",
            ("Bern", "Zentrum Paul Klee"),
        ),
        # a name without a building word and its city after a comma, after a verb of meeting in the date's sentence
        (
            "Newsletter",
            "The Field Day 2024 was held on 7 March 2024 at the Royal Armouries, Leeds.",
            ("Leeds", "Royal Armouries"),
        ),
        ("Newsletter", "Der Feldtag 2024 fand am 7. März 2024 im Alten Zoll, Bonn.", ("Bonn", "Alten Zoll")),
    ],
)
def test_venues_with_a_city_in_the_name_or_after_a_comma(
    dateline: str, body: str, where: tuple[str, str]
) -> None:
    assert _where(_parse(body, dateline)) == where


@pytest.mark.parametrize(
    "body",
    [
        "The Field Day 2024 was held on 7 March 2024 at the Krakow Cluster, Poland.",
        "The Field Day 2024 drew 40 farmers on 7 March 2024. They praised the Royal Armouries, Leeds.",
    ],
)
def test_no_venue_from_a_country_after_the_comma_or_without_a_verb_of_meeting(body: str) -> None:
    assert _where(_parse(body, "Newsletter"))[1] is None
