# ruff: noqa: E501
"""Reports, sixth round (issue 17, load-report): venues, partner regions, topics and sessions in
wordings the rules did not yet read: open-ended building words, a venue as subject or after a
verb, a venue line whose city comes from the text, partners "aus"/"from" regions, a stated
destination, session lists after a dash or as bullet lines, talk titles on agenda bullets. Every
sentence is made up for these tests; negatives that look alike come with them."""

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
    g.add("country", ID + "region/DK", ["Dänemark", "Denmark"])
    g.add("org", ID + "org/agrar", ["Agrarnetz Warnow e. V.", "Agrarnetz Warnow"])
    return g


def _parse(body: str, dateline: str = "Rostock, 9. März 2024") -> Report:
    return parse_report("News\n\n" + dateline + "\n\n" + body + "\n", _gazetteer())


_EVENT = "Der Wismarer Feldtag 2024 fand am 7. März 2024 in Wismar statt. "
_EVENT_EN = "The Wismar Field Day 2024 took place on 7 March 2024 in Wismar. "


@pytest.mark.parametrize(
    ("body", "where"),
    [
        # a city before a clause-final participle; a venue with an inflected adjective
        (
            "Der Wismarer Feldtag 2024 hat am 7. März 2024 rund 90 Gäste in der Alten Weberei in Wismar zusammengebracht.",
            ("Wismar", "Alten Weberei"),
        ),
        (
            "Am 7. März 2024 versammelte der Wismarer Feldtag 2024 seine Gäste im Alten Kornspeicher in Wismar.",
            ("Wismar", "Alten Kornspeicher"),
        ),
        # open-ended building words: Werk, Depot, Forum, Works, Kloster
        (
            "Der Wismarer Feldtag 2024 fand am 7. März 2024 im Kloster Sonnenkamp in Wismar statt.",
            ("Wismar", "Kloster Sonnenkamp"),
        ),
        (
            "The Wismar Field Day 2024 took place on 7 March 2024 at the Harbour Depot in Wismar.",
            ("Wismar", "Harbour Depot"),
        ),
        # the venue as the subject of the sentence before the date's sentence
        (
            "Zwei Tage lang stand das Tagungszentrum unserer Hochschule in Wismar im Zeichen der Landwirtschaft. "
            "Organisiert hatte den Wismarer Feldtag 2024 (7.–8. März 2024) das Agrarnetz Warnow.",
            ("Wismar", "Tagungszentrum"),
        ),
        # a possessive with "in" in the next sentence
        (
            "Am 7. März 2024 waren wir Gastgeber beim Wismarer Feldtag 2024. 40 Gäste haben in unserem Schulungszentrum in Wismar diskutiert.",
            ("Wismar", "Schulungszentrum"),
        ),
        # a verb before "the" venue
        (
            "Some 200 guests filled the Harbour Innovation Center in Wismar on 7 March 2024 for the Wismar Field Day 2024.",
            ("Wismar", "Harbour Innovation Center"),
        ),
        # a lower-case place word between venue and city; "or" after the city
        (
            "Thanks to all who joined our Wismar Field Day 2024 on 7 March 2024, whether in the Net Loft on the old harbour in Wismar or online.",
            ("Wismar", "Net Loft"),
        ),
        # a venue without a city: the city of the headline and dateline
        (
            "Farmers meet in Wismar\n\nThe Wismar Field Day 2024 drew 90 farmers on 7 March 2024. The main hall at Quayside Works was full.",
            ("Wismar", "Quayside Works"),
        ),
    ],
)
def test_venues_in_more_wordings(body: str, where: tuple[str | None, str | None]) -> None:
    assert (
        _where(_parse(body, "WISMAR – 9 March 2024" if "Field" in body else "Wismar, 9. März 2024")) == where
    )


@pytest.mark.parametrize(
    ("tail", "where"),
    [
        ("Wo: Kongresshaus am Hafen, Saal Ostsee", ("Wismar", "Kongresshaus am Hafen, Saal Ostsee")),
        ("Ort: Alte Mälzerei, Wismar", ("Wismar", "Alte Mälzerei")),
        ("Venue: Harbour Works, Hall B", ("Wismar", "Harbour Works, Hall B")),
        ("Where: The Seed Barn", ("Wismar", "The Seed Barn")),
    ],
)
def test_a_venue_line_anywhere_takes_the_texts_city(tail: str, where: tuple[str, str]) -> None:
    body = (
        "Der Wismarer Feldtag 2024 in Wismar war ein Erfolg. Er fand am 7. März 2024 statt.\n\nSteckbrief\n"
        + tail
    )
    assert _where(_parse(body, "Wismar, 9. März 2024")) == where


@pytest.mark.parametrize(
    "body",
    [
        # a venue of the next edition
        _EVENT + "Die nächste Ausgabe findet im Alten Kornspeicher in Wismar statt.",
        # a building only mentioned, no meeting there
        _EVENT + "Das Netzwerk plant ein Forschungszentrum in Wismar.",
        # a multi-stop trip names no venue
        _EVENT_EN + "Day one began at the Seed Campus, day two at the Harbour Depot.",
    ],
)
def test_no_venue_from_other_occasions_or_plans(body: str) -> None:
    assert _where(_parse(body))[1] is None


@pytest.mark.parametrize(
    ("body", "regions"),
    [
        (
            _EVENT + "Partner aus Bayern, Małopolska und der Steiermark waren dabei.",
            ["Bayern", "Małopolska", "Steiermark"],
        ),
        (_EVENT + "Mit Partnern aus Flandern und Wallonien wurde diskutiert.", ["Flandern", "Wallonien"]),
        (_EVENT_EN + "The day was run with partners from Bavaria.", ["Bavaria"]),
        (
            _EVENT_EN + "Our partners from Styria, Flanders and Lesser Poland joined.",
            ["Styria", "Flanders", "Lesser Poland"],
        ),
        (
            _EVENT + "\n\nPartnerregionen des Projekts: Steiermark, Małopolska, Bayern\n",
            ["Steiermark", "Małopolska", "Bayern"],
        ),
        (
            _EVENT_EN + "\n\nPartner regions of the project: Styria, Flanders, Bavaria, Scania\n",
            ["Styria", "Flanders", "Bavaria", "Scania"],
        ),
        (
            _EVENT_EN + "Bavaria, the home region of the coordinator, was the destination this time.",
            ["Bavaria"],
        ),
        (_EVENT + "Ziel der Reise war in diesem Jahr Südmähren.", ["Südmähren"]),
    ],
)
def test_partner_regions_in_more_wordings(body: str, regions: list[str]) -> None:
    assert [i.data["name"] for i in _parse(body).of("partner-region")] == regions


@pytest.mark.parametrize(
    "body",
    [
        _EVENT + "Gäste aus Bayern und der Steiermark waren dabei.",
        _EVENT_EN + "Founders from Austria and Poland took part.",
        _EVENT_EN
        + "The next journey, to Lesser Poland, is planned for spring. Its destination is still open.",
        _EVENT + "Partner aus Industrie und Forschung waren dabei.",
    ],
)
def test_no_partner_region_from_origins(body: str) -> None:
    assert _parse(body).of("partner-region") == []


@pytest.mark.parametrize(
    ("body", "sessions"),
    [
        (
            _EVENT
            + "Nach der Pause ging es in drei parallelen Fachsessions weiter: Saatgut aus der Region, Bewässerung sowie Boden und Klima.",
            ["Saatgut aus der Region", "Bewässerung", "Boden und Klima"],
        ),
        (
            _EVENT_EN
            + "The afternoon split into three tracks – seed drills, soil sensors for farms, and water pricing – before a panel.",
            ["seed drills", "soil sensors for farms", "water pricing"],
        ),
        (
            _EVENT_EN
            + "Four breakout tracks ran in parallel on day two:\n• Soil that lasts\n• Drones for small farms\n• Water rights\n• Funding your barn\n\nThanks to all.",
            ["Soil that lasts", "Drones for small farms", "Water rights", "Funding your barn"],
        ),
        (
            _EVENT
            + "\n\nDie Workshops am Nachmittag:\n- Saatgut tauschen\n- Boden lesen (mit Mia Lund)\n- „Wasser sparen“\n",
            ["Saatgut tauschen", "Boden lesen", "Wasser sparen"],
        ),
        (
            _EVENT_EN + "\n\nParallel sessions:\n1. Seed drills\n2. Soil sensors – led by Ole Brandt\n",
            ["Seed drills", "Soil sensors"],
        ),
        (
            _EVENT + "Parallel dazu liefen drei Foren: Saatgut, Bewässerung und Vermarktung.",
            ["Saatgut", "Bewässerung", "Vermarktung"],
        ),
        (
            _EVENT
            + "Zum Schluss gab es ein Kamingespräch mit Ole Brandt: „Zehn Jahre Netzwerk – was bleibt?“",
            ["Zehn Jahre Netzwerk – was bleibt?"],
        ),
        (
            _EVENT_EN + 'Mia Lund and Ole Brandt led the closing debrief, "What we take home".',
            ["What we take home"],
        ),
    ],
)
def test_sessions_in_more_wordings(body: str, sessions: list[str]) -> None:
    assert _texts(_parse(body), "session") == sessions


def test_a_workshop_on_a_subject_is_a_session_for_review() -> None:
    r = _parse(
        _EVENT_EN + "On day two the guests split into a workshop on water rights in Germany and a farm visit."
    )
    assert [i.data["text"] for i in r.of("session")] == ["water rights in Germany"]


@pytest.mark.parametrize(
    "body",
    [
        # a bullet list of facts, not of sessions
        _EVENT_EN + "\n\nIn numbers:\n• 90 farmers\n• 12 exhibitors\n",
        # a count that does not agree stays unsure
        _EVENT_EN + "Three tracks ran in parallel:\n• Soil that lasts\n• Water rights\n\nThanks.",
    ],
)
def test_no_sure_sessions_from_other_lists(body: str) -> None:
    assert _texts(_parse(body), "session") == []


@pytest.mark.parametrize(
    ("body", "topics"),
    [
        (
            _EVENT
            + "\n\nWas auf der Agenda stand:\n🔹 Mia Lund, Sprecherin des Netzes, zum Auftakt: „Warum Böden Daten brauchen“\n🔹 Dr. Ole Brandt von der Hochschule Wismar über „Drohnen mit kleinem Budget“\n",
            ["Warum Böden Daten brauchen", "Drohnen mit kleinem Budget"],
        ),
        (
            _EVENT_EN
            + '\n\nOur speakers:\n👉 Dr. Ole Brandt from Seed Oy, who showed "Soil sensors in practice"\n',
            ["Soil sensors in practice"],
        ),
        (
            _EVENT_EN + 'Mia Lund opened day one with "Seeds for the next decade".',
            ["Seeds for the next decade"],
        ),
        (_EVENT_EN + 'Ole Brandt followed up with "Barns on the grid".', ["Barns on the grid"]),
        (_EVENT + "Mia Lund eröffnete den Tag mit „Saatgut für morgen“.", ["Saatgut für morgen"]),
    ],
)
def test_topics_in_more_wordings(body: str, topics: list[str]) -> None:
    assert _texts(_parse(body), "topic") == topics


@pytest.mark.parametrize(
    "body",
    [
        # a quotation on a bullet line, with a speech verb
        _EVENT + "\n\nStimmen:\n🔹 Mia Lund: „Das war ein toller Tag“, sagte sie.\n",
        # a quoted company name on a bullet line after a name word
        _EVENT + "\n\nDabei waren:\n- das Projekt „Seedlab“\n",
    ],
)
def test_no_topic_from_quotations_on_bullets(body: str) -> None:
    assert _texts(_parse(body), "topic") == []


_KIEL = "Der Kieler Feldtag 2024 fand am 7. März 2024 in Kiel statt. "
_KIEL_EN = "The Kiel Field Day 2024 took place on 7 March 2024 in Kiel. "


@pytest.mark.parametrize(
    ("body", "where"),
    [
        (
            "Der Kieler Feldtag 2024 fand am 7. März 2024 im Lokschuppen Gaarden in Kiel statt.",
            ("Kiel", "Lokschuppen Gaarden"),
        ),
        (
            "On 7 March 2024, 80 members gathered in the Old Brewery in Kiel for the Kiel Field Day 2024.",
            ("Kiel", "Old Brewery"),
        ),
        ("The Kiel Field Day 2024 was held on 7 March 2024 at the Granary, Kiel.", ("Kiel", "Granary")),
        (
            "The Kiel Field Day 2024 was held on 7 March 2024 in Kiel. Delegates met in the Corn Exchange.",
            ("Kiel", "Corn Exchange"),
        ),
        (
            "Am 7. März 2024 kamen 80 Gäste zum Kieler Feldtag 2024 in die Alte Tabakfabrik in Kiel.",
            ("Kiel", "Alte Tabakfabrik"),
        ),
        (_KIEL_EN + "\n\nVenue: The Old Foundry, 12 Mill Lane, Kiel\n", ("Kiel", "The Old Foundry")),
        (
            "Kiel farmers meet\n\nThe Kiel Field Day 2024 on 7 March 2024 was a hit. Over 90 guests packed the Net Loft.",
            ("Kiel", "Net Loft"),
        ),
        (
            "The Kiel Field Day 2024 on 7 March 2024 took place in the new Seed Lab of Kiel University in Kiel.",
            ("Kiel", "Seed Lab of Kiel University"),
        ),
    ],
)
def test_venues_with_a_comma_city_an_address_or_an_adjective(body: str, where: tuple[str, str]) -> None:
    assert _where(_parse(body, "Kiel, 9. März 2024")) == where


def test_a_dash_list_of_partner_regions() -> None:
    r = _parse(_KIEL_EN + "The partner regions – Styria, Bavaria and Lesser Poland – each sent ten firms.")
    assert [i.data["name"] for i in r.of("partner-region")] == ["Styria", "Bavaria", "Lesser Poland"]


@pytest.mark.parametrize(
    ("body", "kind", "values"),
    [
        (
            _KIEL + "Drei Panels:\n1) Saatgut teilen\n2) Boden lesen\n3) Wasser sparen\n",
            "session",
            ["Saatgut teilen", "Boden lesen", "Wasser sparen"],
        ),
        (
            _KIEL_EN + 'Two panels followed: "Who pays for water?" and "Seeds as data".',
            "session",
            ["Who pays for water?", "Seeds as data"],
        ),
        (
            _KIEL_EN
            + '\n\nAgenda\n09:30 Welcome\n10:00 "Soil as a data store" – Mia Lund\n10:45 "Barns on the grid" – Ole Brandt\n',
            "topic",
            ["Soil as a data store", "Barns on the grid"],
        ),
        (
            _KIEL + "\n\nProgramm\n10.00 Uhr „Böden als Datenspeicher“, Mia Lund\n",
            "topic",
            ["Böden als Datenspeicher"],
        ),
    ],
)
def test_numbered_and_timed_agenda_lines(body: str, kind: str, values: list[str]) -> None:
    assert _texts(_parse(body, "Kiel, 9. März 2024"), kind) == values


@pytest.mark.parametrize(
    "body",
    [
        # a building founded, run or extended, no event there
        _KIEL + "Das Netzwerk hat 2019 das Innovationszentrum in Kiel gegründet.",
        _KIEL_EN + "The network runs the Seed Lab in Kiel since 2019.",
        _KIEL_EN + "Next year the Kiel Field Day moves to the Harbour Depot.",
        _KIEL_EN + "Founded in 2010, the cluster has its office at the Tech Hub, Kiel.",
    ],
)
def test_no_venue_from_buildings_of_other_facts(body: str) -> None:
    assert _where(_parse(body, "Kiel, 9. März 2024")) == ("Kiel", None)


@pytest.mark.parametrize(
    "body",
    [
        _KIEL + "\n\nDie Workshops:\n- 12 Teilnehmende\n- 3 Stunden\n",
        _KIEL_EN + "\n\nThe workshops in numbers:\n- 12 farmers\n- 3 hours\n",
        _KIEL_EN + "\n\nPanel guests:\n- Mia Lund (Seed Oy)\n- Ole Brandt\n",
        _KIEL_EN + "\n\nThe panel was moderated by:\n- Mia Lund\n- Ole Brandt\n",
        _KIEL_EN + "We ran a session on a sunny terrace and a panel on Tuesday.",
        _KIEL_EN + "Mia Lund will lead a workshop on seed banks next spring.",
    ],
)
def test_no_sessions_from_lists_of_people_or_figures(body: str) -> None:
    assert [i.data["text"] for i in _parse(body, "Kiel, 9. März 2024").of("session")] == []


@pytest.mark.parametrize(
    "body",
    [
        _KIEL_EN + '\n\nQuotes:\n- "Great day" – Mia Lund\n',
        _KIEL + "\n\nStimmen:\n- „Ein toller Tag“ – Mia Lund\n",
        _KIEL + "\n\n- Die Firma „Seedlab“ stellte aus\n",
    ],
)
def test_no_topic_from_quotes_lists_or_names_on_list_lines(body: str) -> None:
    assert _texts(_parse(body, "Kiel, 9. März 2024"), "topic") == []


@pytest.mark.parametrize(
    "body",
    [
        _KIEL_EN + "We thank our partners from Seed Oy and Soil Ltd.",
        _KIEL + "Partnerregionen des Projekts: siehe Website\n",
    ],
)
def test_no_partner_region_from_partner_firms(body: str) -> None:
    assert _parse(body, "Kiel, 9. März 2024").of("partner-region") == []


@pytest.mark.parametrize(
    ("body", "city"),
    [
        (
            "From 3 to 5 March 2024 the Kiel Seed Summit 2024 took twelve founders around the region. "
            "Seed Oy hosted the group in Aarhus. Day one began at the Seed Campus, day two at the Harbour Depot.",
            "Aarhus",
        ),
        (
            "Vom 3. bis 5. März 2024 führte der Kieler Saatgut-Gipfel 2024 zwölf Gründer durch die Region. "
            "Die Seed Oy empfing die Gruppe in Aarhus; der erste Tag begann im Saatgut-Campus.",
            "Aarhus",
        ),
    ],
)
def test_the_host_city_of_a_trip_and_no_venue(body: str, city: str) -> None:
    assert _where(_parse(body, "Kiel, 9. März 2024")) == (city, None)


@pytest.mark.parametrize(
    ("body", "kind", "values"),
    [
        (_KIEL + "Mia Lund (Seed GmbH) mit „Böden als Datenspeicher“.", "topic", ["Böden als Datenspeicher"]),
        (
            _KIEL_EN + 'Mia Lund kicked things off with "Soil as a data store".',
            "topic",
            ["Soil as a data store"],
        ),
        (
            _KIEL + "Den Auftakt machte Mia Lund mit „Böden als Datenspeicher“.",
            "topic",
            ["Böden als Datenspeicher"],
        ),
        (
            _KIEL_EN + "\n\nTrack 1 – Soil health\nTrack 2 – Seed banks\n",
            "session",
            ["Soil health", "Seed banks"],
        ),
        (
            _KIEL + "\n\nForum A: Saatgut teilen\nForum B: Boden lesen\n",
            "session",
            ["Saatgut teilen", "Boden lesen"],
        ),
        (
            _KIEL_EN + "Three parallel breakouts covered soil health, seed banks and water rights.",
            "session",
            ["soil health", "seed banks", "water rights"],
        ),
        (
            _KIEL_EN + "\n\nAfternoon workshops\n• Soil health\n• Seed banks\n",
            "session",
            ["Soil health", "Seed banks"],
        ),
        (
            _KIEL + "\n\nWorkshops am Nachmittag\n– Saatgut teilen\n– Boden lesen\n",
            "session",
            ["Saatgut teilen", "Boden lesen"],
        ),
    ],
)
def test_more_talk_openers_labels_and_headings(body: str, kind: str, values: list[str]) -> None:
    assert _texts(_parse(body, "Kiel, 9. März 2024"), kind) == values


def test_a_sentence_before_a_list_is_no_heading_without_a_colon() -> None:
    body = _KIEL_EN + "Thanks to everyone who ran the workshops.\n• Soil health\n• Seed banks\n"
    assert _texts(_parse(body, "Kiel, 9. März 2024"), "session") == []


@pytest.mark.parametrize(
    ("body", "where"),
    [
        (
            "Der Kieler Feldtag 2024 ging am 7. März 2024 in der ehemaligen Werfthalle in Kiel über die Bühne.",
            ("Kiel", "Werfthalle"),
        ),
        (
            "Am 7. März 2024 trafen sich 60 Mitglieder zum Kieler Feldtag 2024 im Atelierhaus Holtenau in Kiel.",
            ("Kiel", "Atelierhaus Holtenau"),
        ),
        (
            "Held on 7 March 2024 at Kiel's Seed Exchange, the Kiel Field Day 2024 drew 90 farmers.",
            ("Kiel", "Seed Exchange"),
        ),
        (
            "The Kiel Field Day 2024 took place on 7 March 2024. The venue, the Old Granary in Kiel, was packed.",
            ("Kiel", "Old Granary"),
        ),
        (
            "The Kiel Field Day 2024 returned on 7 March 2024, this time to the Maritime Museum in Kiel.",
            ("Kiel", "Maritime Museum"),
        ),
    ],
)
def test_venues_with_an_adjective_an_owner_city_or_an_apposition(body: str, where: tuple[str, str]) -> None:
    assert _where(_parse(body, "Kiel, 9. März 2024")) == where


@pytest.mark.parametrize(
    ("body", "regions"),
    [
        (_KIEL + "Erstmals war mit Südmähren auch eine Partnerregion dabei.", ["Südmähren"]),
        (
            _KIEL_EN + "Styria and Flanders, the project's partner regions, sent delegations.",
            ["Styria", "Flanders"],
        ),
        (_KIEL_EN + "The partner country, Poland, was represented by twelve firms.", ["Poland"]),
        (_KIEL_EN + "Joining as partner region: Lesser Poland.", ["Lesser Poland"]),
        (_KIEL_EN + "The delegation visited Denmark and Sweden.", ["Denmark"]),
        (
            _KIEL
            + "Gemeinsam mit den Partnerregionen Steiermark, Bayern und Małopolska lud das Netzwerk ein.",
            ["Steiermark", "Bayern", "Małopolska"],
        ),
        (
            _KIEL + "Die Partner aus der Steiermark und aus Bayern stellten Projekte vor.",
            ["Steiermark", "Bayern"],
        ),
    ],
)
def test_partner_regions_in_appositions_and_lists(body: str, regions: list[str]) -> None:
    assert [i.data["name"] for i in _parse(body, "Kiel, 9. März 2024").of("partner-region")] == regions


@pytest.mark.parametrize(
    ("body", "where"),
    [
        (
            "Der Rostocker Feldtag 2024 hat am 7. März 2024 rund 300 Gäste in das Terminal Nord am Flughafen Rostock gelockt.",
            ("Rostock", "Terminal Nord"),
        ),
        (
            "On 7 March 2024 the Rostock Field Day 2024 drew 300 guests to the Seed Hall at the port of Rostock.",
            ("Rostock", "Seed Hall"),
        ),
    ],
)
def test_a_venue_whose_phrase_ends_with_a_city_of_the_graph(body: str, where: tuple[str, str]) -> None:
    assert _where(_parse(body, "News")) == where


@pytest.mark.parametrize(
    ("body", "topic"),
    [
        (
            _KIEL_EN + "Mia Lund opened the programme with a talk on seed banks in the Baltic.",
            "seed banks in the Baltic",
        ),
        (
            _KIEL_EN + "Ole Brandt followed with a talk on surface water, and Mia Lund closed the day.",
            "surface water",
        ),
    ],
)
def test_a_talk_on_a_subject_after_a_speakers_verb_is_sure(body: str, topic: str) -> None:
    assert _texts(_parse(body, "Kiel, 9. März 2024"), "topic") == [topic]


def test_a_talk_on_a_subject_without_a_speakers_verb_stays_for_review() -> None:
    r = _parse(_KIEL_EN + "Ole Brandt gave a talk on soil health.", "Kiel, 9. März 2024")
    assert _texts(r, "topic") == []
    assert [i.data["text"] for i in r.of("topic") if i.unsure] == ["soil health"]


@pytest.mark.parametrize(
    ("tail", "where"),
    [
        ("Ort: online", (None, None)),
        ("Venue: Online (Zoom)", (None, None)),
        ("Ort: Kiel", ("Kiel", None)),
        ("Where: Kiel, Germany", ("Kiel", None)),
        ("Ort: Kiel und online", ("Kiel", None)),
        ("Venue: Seed Hall, Kiel (and online)", ("Kiel", "Seed Hall")),
        ("Nächster Termin: 5. Mai 2025\nOrt: Seed Hall, Lübeck", (None, None)),
    ],
)
def test_venue_lines_that_name_no_building_a_country_or_the_next_date(
    tail: str, where: tuple[str | None, str | None]
) -> None:
    body = "Der Kieler Feldtag 2024 war ein Erfolg. Er fand am 7. März 2024 statt.\n\n" + tail
    assert _where(_parse(body, "Kiel, 9. März 2024")) == where


@pytest.mark.parametrize(
    "body",
    [
        _KIEL + "\n\nDie Preise:\n- Kategorie „Innovation“: Seed GmbH\n- Kategorie „Nachwuchs“: Lea Voss\n",
        _KIEL_EN + '\n\nResources:\n- the study "Soil in numbers"\n- the guide "Seed banks for beginners"\n',
    ],
)
def test_no_topic_from_award_categories_or_publications_on_list_lines(body: str) -> None:
    assert _texts(_parse(body, "Kiel, 9. März 2024"), "topic") == []


def test_a_partner_building_after_war_is_no_venue() -> None:
    r = _parse(
        "Der Kieler Feldtag 2024 fand am 7. März 2024 statt. Partner war das Technologiezentrum in Kiel.",
        "News",
    )
    assert _where(r)[1] is None


@pytest.mark.parametrize(
    ("body", "kind", "values"),
    [
        (_KIEL_EN + 'A panel titled "Who pays for soil?" closed the day.', "session", ["Who pays for soil?"]),
        # the subject of one discussion ("zum Thema", "on") is a topic (ninth round, as the corpus marks it)
        (
            _KIEL + "Den Abschluss bildete eine Podiumsdiskussion zum Thema „Wer zahlt für den Boden?“.",
            "topic",
            ["Wer zahlt für den Boden?"],
        ),
        (
            _KIEL + "Anschließend tagten vier Arbeitsgruppen – Boden, Saatgut, Wasser und Markt.",
            "session",
            ["Boden", "Saatgut", "Wasser", "Markt"],
        ),
        (
            _KIEL + "„Böden als Datenspeicher“ – so lautete der Titel des Vortrags von Mia Lund.",
            "topic",
            ["Böden als Datenspeicher"],
        ),
    ],
)
def test_titled_sessions_and_titles_named_after_the_quote(body: str, kind: str, values: list[str]) -> None:
    assert _texts(_parse(body, "Kiel, 9. März 2024"), kind) == values


def test_a_counted_list_that_runs_into_the_sentence_is_unsure() -> None:
    r = _parse(
        _KIEL + "In zwei Workshops zu Bodengesundheit und Saatgutbanken wurde intensiv gearbeitet.", "News"
    )
    assert _texts(r, "session") == []


@pytest.mark.parametrize(
    ("body", "topics", "sessions"),
    [
        (
            _KIEL_EN + "Mia Lund spoke on ‘Europe’s ports as energy hubs’.",
            ["Europe’s ports as energy hubs"],
            [],
        ),
        (_KIEL_EN + "Mia Lund spoke on 'Soil as a data store'.", ["Soil as a data store"], []),
        (_KIEL_EN + "A panel titled ‘Who pays for soil?’ closed the day.", [], ["Who pays for soil?"]),
        # apostrophes are no quotes
        (_KIEL_EN + "The members' hall was full and the guests' lounge too.", [], []),
        (_KIEL_EN + "Mia Lund's talk was great and Ole Brandt's was too.", [], []),
    ],
)
def test_titles_in_single_quotes(body: str, topics: list[str], sessions: list[str]) -> None:
    r = _parse(body, "Kiel, 9 March 2024")
    assert (_texts(r, "topic"), _texts(r, "session")) == (topics, sessions)


@pytest.mark.parametrize(
    ("body", "where"),
    [
        (
            "Am 7. März 2024 fand der Kieler Feldtag 2024 statt. Die 90 Gäste versammelten sich in der Alten Seilerei in Kiel.",
            ("Kiel", "Alten Seilerei"),
        ),
        (
            "Der Kieler Feldtag 2024 am 7. März 2024 war ein Erfolg. Das Netzwerk tagte im Kesselhaus in Kiel.",
            ("Kiel", "Kesselhaus"),
        ),
        (
            "The Kiel Field Day 2024 on 7 March 2024 was a success. Guests were welcomed at the Seed Barn in Kiel.",
            ("Kiel", "Seed Barn"),
        ),
        (
            "The Kiel Field Day 2024 on 7 March 2024 was a success. Members convened at the Old Boathouse in Kiel.",
            ("Kiel", "Old Boathouse"),
        ),
    ],
)
def test_a_venue_in_a_later_sentence_after_more_verbs_of_meeting(body: str, where: tuple[str, str]) -> None:
    assert _where(_parse(body, "News")) == where


@pytest.mark.parametrize(
    ("body", "where"),
    [
        ("On 7 March 2024, 90 members took part in the Kiel Innovation Forum in Kiel.", ("Kiel", None)),
        (
            "Am 7. März 2024 fand der Kieler Feldtag 2024 im Forum am Hafen in Kiel statt.",
            ("Kiel", "Forum am Hafen"),
        ),
        (
            "On 7 March 2024 the Kiel Field Day 2024 took place at the Zeughaus Forum in Kiel.",
            ("Kiel", "Zeughaus Forum"),
        ),
    ],
)
def test_the_events_own_name_is_no_venue(body: str, where: tuple[str, str | None]) -> None:
    assert _where(_parse(body, "News")) == where


@pytest.mark.parametrize(
    ("body", "kind", "values"),
    [
        (
            _KIEL
            + "Danach verteilten sich die Gäste auf drei Werkstätten: Saatgut aus Buche, Boden im Winter und Wasser im Stall.",
            "session",
            ["Saatgut aus Buche", "Boden im Winter", "Wasser im Stall"],
        ),
        (
            _KIEL_EN
            + "Three roundtables followed – packaging, logistics, and export – each chaired by a board member.",
            "session",
            ["packaging", "logistics", "export"],
        ),
        (
            _KIEL_EN
            + 'Erik Lund from Seed Oy, who talked about "Plant proteins in school canteens", closed the day.',
            "topic",
            ["Plant proteins in school canteens"],
        ),
    ],
)
def test_more_session_and_talk_words(body: str, kind: str, values: list[str]) -> None:
    assert _texts(_parse(body, "Kiel, 9. März 2024"), kind) == values


@pytest.mark.parametrize(
    ("body", "regions"),
    [
        (
            _KIEL + "Als Partnerregionen waren Vorarlberg und Südtirol mit eigenen Ständen vertreten.",
            ["Vorarlberg", "Südtirol"],
        ),
        (_KIEL_EN + "Partner region this year: Scania.", ["Scania"]),
        (_KIEL + "Partnerregion in diesem Jahr: Südmähren.", ["Südmähren"]),
    ],
)
def test_partner_regions_with_a_year_word_or_a_verb_after_the_list(body: str, regions: list[str]) -> None:
    assert [i.data["name"] for i in _parse(body, "Kiel, 9. März 2024").of("partner-region")] == regions


def test_a_headlines_to_city_is_the_city_of_a_venue_named_without_one() -> None:
    text = "Photonics Connect brings 200 to Kiel\n\nMore than 200 delegates attended the Kiel Photonics Day 2024 on 7 May 2024 at The Sage Rooms, a converted glassworks.\n"
    r = parse_report(text, _gazetteer())
    assert _where(r) == ("Kiel", "The Sage Rooms")


@pytest.mark.parametrize(
    ("body", "where"),
    [
        (
            "Am 20. November 2024 trafen sich 64 Mitglieder zur Mitgliederversammlung 2024 im Gesellschaftshaus des Palmengartens in Frankfurt am Main.",
            ("Frankfurt am Main", "Gesellschaftshaus des Palmengartens"),
        ),
        (
            "Der Kieler Feldtag 2024 fand am 7. März 2024 im Alten Zollhaus in Halle an der Saale statt.",
            ("Halle an der Saale", "Alten Zollhaus"),
        ),
        # "im Zeichen", "am Samstag" after a city are no part of its name
        (
            "Zwei Tage lang stand das Tagungszentrum unserer Hochschule in Wismar im Zeichen der Landwirtschaft. "
            "Organisiert hatte den Wismarer Feldtag 2024 (7.–8. März 2024) das Agrarnetz Warnow.",
            ("Wismar", "Tagungszentrum"),
        ),
        ("Der Kieler Feldtag 2024 fand am 7. März 2024 in Kiel am Hafen statt.", ("Kiel", None)),
    ],
)
def test_a_city_with_its_river_or_region(body: str, where: tuple[str, str | None]) -> None:
    assert _where(_parse(body, "News")) == where


def test_partners_from_the_netherlands_in_the_dative() -> None:
    r = _parse(_KIEL + "Partner aus den Niederlanden und Dänemark zeigten ihre Maschinen.", "News")
    assert [i.data["name"] for i in r.of("partner-region")] == ["Niederlanden", "Dänemark"]


def test_a_linkedin_headline_names_the_city_of_a_venue_before_a_dash() -> None:
    text = (
        "🔋 What a day in Kiel!\n\nYesterday (14 March 2024) we hosted our Battery Forum 2024 at the Sara Cultural Centre – "
        "95 people in the room.\n\nBig thanks to Dr. Ingrid Berg (Kiel University of Applied Sciences) and to Jonas Lind from "
        'Polar Cells AB for "Recycling at scale".\n\nNext stop: Lübeck in June!\n'
    )
    assert _where(parse_report(text, _gazetteer())) == ("Kiel", "Sara Cultural Centre")


def test_a_hall_at_a_site_is_the_venue() -> None:
    r = _parse(
        "The Kiel Field Day 2024 was held on 10 October 2024 in the Drill Hall at Royal William Yard in Kiel.",
        "News",
    )
    assert _where(r) == ("Kiel", "Drill Hall")


def test_a_colon_list_of_lower_case_english_titles_is_sure() -> None:
    r = _parse(
        _KIEL_EN
        + "Visitors could choose from four demo sessions: hull drones, seabed mapping, wind maintenance and harbour security."
    )
    assert _texts(r, "session") == ["hull drones", "seabed mapping", "wind maintenance", "harbour security"]


@pytest.mark.parametrize(
    "items",
    [
        "- Dr. Nina Hoff (Polymer Werke)\n- Uwe Kramer (Netzwerk)\n",
        "• Mia Lund (Seed Oy)\n• Ole Brandt, CEO of Soil Ltd\n",
    ],
)
def test_list_lines_that_name_people_are_no_sessions(items: str) -> None:
    r = _parse(_KIEL + "\n\nDie Workshops:\n" + items, "News")
    assert [i.data["text"] for i in r.of("session")] == []


def test_a_venue_thanked_for_hosting_us() -> None:
    r = _parse(
        "On 21 November 2024, 180 members gathered for the Kiel Dinner 2024. Thanks to the team at the Harbour Hotel in Kiel for hosting us.",
        "News",
    )
    assert _where(r) == ("Kiel", "Harbour Hotel")


def test_timed_agenda_lines_with_a_dash_after_the_label() -> None:
    body = (
        _KIEL_EN
        + "\n\nAgenda\n10:00 Welcome\n10:15 Keynote – Soil as storage (Mia Lund)\n11:00 Panel – Who pays for water?\n"
    )
    r = _parse(body, "Kiel, 9. März 2024")
    assert (_texts(r, "topic"), _texts(r, "session")) == (["Soil as storage"], ["Who pays for water?"])


def test_a_label_and_a_dash_inside_a_sentence_line_are_no_title() -> None:
    r = _parse(_KIEL_EN + "\n\nWorkshop – a great success for everyone.\n", "Kiel, 9. März 2024")
    assert _texts(r, "session") == []


@pytest.mark.parametrize("head", ["Das sagen unsere Gäste:", "What our guests said:", "Eindrücke:"])
def test_no_topic_from_list_lines_under_a_head_of_what_guests_said(head: str) -> None:
    r = _parse(_KIEL + f"\n\n{head}\n🔹 Mia Lund: „Ein toller Tag“\n🔹 Ole Brandt: „Gern wieder“\n", "News")
    assert _texts(r, "topic") == []
