# ruff: noqa: E501
"""Reports, eighth round (issue 17, load-report): venues with a lower-case building word ("the
Harbor Commons event hall", "the X annex"), a venue named after its city or a site of it ("in das
Gründerhaus am Kulturbahnhof Kassel", "at the Palazzo dei Congressi Fiera Bologna"), a venue line
that names the city first, quoted list lines under a head that names sessions, and a numbered
label that belongs to a session's name. Every sentence is made up for these tests; negatives that
look alike come with them."""

from __future__ import annotations

import pytest
from support.report_probe import FELDTAG_EVENT as _EVENT
from support.report_probe import FELDTAG_EVENT_EN as _EVENT_EN
from support.report_probe import feldtag_gazetteer as _gazetteer
from support.report_probe import parse_feldtag as _parse
from support.report_probe import texts as _texts
from support.report_probe import where as _where

from clustergraph.loaders.report import parse_report
from clustergraph.loaders.report.model import Report

ID = "https://w3id.org/clustergraph/id/"


@pytest.mark.parametrize(
    ("body", "dateline", "where"),
    [
        # a lower-case building word after the name, before or after the city
        (
            "Thanks to all who joined the Rostock Field Day 2024 on 7 March 2024 at the Seed Commons event hall in Rostock.",
            "Rostock, 9 March 2024",
            ("Rostock", "Seed Commons event hall"),
        ),
        (
            "On 7 March 2024 the Rostock Field Day 2024 was held in Rostock, at the Halle Nord annex.",
            "Rostock, 9 March 2024",
            ("Rostock", "Halle Nord annex"),
        ),
        (
            "The Rostock Field Day 2024 gathered 80 growers in Rostock on 7 March 2024, at the Seed Lab Quay building.",
            "Rostock, 9 March 2024",
            ("Rostock", "Seed Lab Quay building"),
        ),
        (
            "We met on 7 March 2024 at the Old Granary conference centre in Rostock for the Rostock Field Day 2024.",
            "Rostock, 9 March 2024",
            ("Rostock", "Old Granary conference centre"),
        ),
        # a building named after its city or a site of it, before a verb or an invitation
        (
            "Rund 90 Gäste kamen am Samstag, 9. März 2024, in den Lokschuppen Rostock zum Rostocker Feldtag 2024.",
            "Rostock, 11. März 2024",
            ("Rostock", "Lokschuppen Rostock"),
        ),
        (
            "Acht Teams zeigten am 7. März 2024 ihre Prototypen. Zum Rostocker Feldtag 2024 hatte der Verein in das Gründerhaus am Kulturbahnhof Rostock eingeladen.",
            "Rostock, 9. März 2024",
            ("Rostock", "Gründerhaus am Kulturbahnhof Rostock"),
        ),
        (
            "Wer am Donnerstag, dem 7. März, in die Messehalle Rostock kam, traf viele Zulieferer beim Rostocker Feldtag 2024.",
            "Rostock, 9. März 2024",
            ("Rostock", "Messehalle Rostock"),
        ),
        (
            "The Rostock Field Day 2024 took place on Thursday 7th March 2024 at the Palazzo dei Congressi Fiera Rostock.",
            "Rostock, 9th March 2024",
            ("Rostock", "Palazzo dei Congressi Fiera Rostock"),
        ),
        # a generic site after the building says where; it is no part of the name
        (
            "Der Rostocker Feldtag 2024 hat am 7. März 2024 mehr als 300 Gäste in das Terminal Nord am Flughafen Rostock gelockt.",
            "Rostock, 9. März 2024",
            ("Rostock", "Terminal Nord"),
        ),
        # hosted in its premises at the X, in the next sentence
        (
            "The partners met on 6 and 7 March 2024 in Rostock for the Rostock Field Day 2024. The meeting was hosted by the Seed Cluster in its premises at the Quay Innovation Centre and organised with the coordinator.",
            "Rostock, 9 March 2024",
            ("Rostock", "Quay Innovation Centre"),
        ),
    ],
)
def test_venues_with_a_building_word_or_named_after_the_city(
    body: str, dateline: str, where: tuple[str, str]
) -> None:
    assert _where(_parse(body, dateline)) == where


@pytest.mark.parametrize(
    "body",
    [
        # an organisation after "at the", no building word: no venue
        "The Rostock Field Day 2024 took place on 7 March 2024 in Rostock, at the invitation of the Seed Cluster.",
        # a hall that is still to come
        "The Rostock Field Day 2024 took place on 7 March 2024 in Rostock. The next edition will be held at the Seed Commons event hall.",
    ],
)
def test_no_venue_from_an_organisation_or_a_later_edition(body: str) -> None:
    assert _where(_parse(body, "Rostock, 9 March 2024")) == ("Rostock", None)


@pytest.mark.parametrize(
    ("line", "where"),
    [
        (
            "Ort: Rostock, Kongresszentrum am Hafen, Saal Warnow",
            ("Rostock", "Kongresszentrum am Hafen, Saal Warnow"),
        ),
        ("Venue: Rostock, Old Granary Hall", ("Rostock", "Old Granary Hall")),
        ("Wo: Rostock, Speicher 7", ("Rostock", "Speicher 7")),
        ("Location – Rostock, Seed Hall, Room 2", ("Rostock", "Seed Hall, Room 2")),
        # a venue and its city in one part: brackets, "in", a dash; a street and a country after the city
        ("Venue: Seed Hall (Rostock)", ("Rostock", "Seed Hall")),
        ("Ort: Seehalle (Rostock)", ("Rostock", "Seehalle")),
        ("Location: Rostock (Seed Hall)", ("Rostock", "Seed Hall")),
        ("Venue: Seed Hall in Rostock", ("Rostock", "Seed Hall")),
        ("Ort: Seehalle in Rostock und online", ("Rostock", "Seehalle")),
        ("Venue: Seed Hall – Rostock", ("Rostock", "Seed Hall")),
        ("Where: Seed Hall, 12 Quay Road, Rostock, Germany", ("Rostock", "Seed Hall")),
        # the building first stays as before
        ("Ort: Kongresszentrum am Hafen, Rostock", ("Rostock", "Kongresszentrum am Hafen")),
    ],
)
def test_a_venue_line_that_names_the_city_first(line: str, where: tuple[str, str]) -> None:
    r = parse_report(
        "Protokoll\n\nDatum: 7. März 2024\n" + line + "\n\nDer Rostocker Feldtag 2024 begann um 10 Uhr.\n",
        _gazetteer(),
    )
    assert _where(r) == where


@pytest.mark.parametrize(
    "line",
    [
        "Venue: Seed Hall (2nd floor)",  # a room in brackets names no city
        "Ort: Seehalle – Eingang Nord",  # a dash before a part of the building
    ],
)
def test_no_city_from_a_room_in_a_venue_line(line: str) -> None:
    r = parse_report(
        "Protokoll\n\nDatum: 7. März 2024\n" + line + "\n\nDer Rostocker Feldtag 2024 begann um 10 Uhr.\n",
        _gazetteer(),
    )
    assert _where(r)[0] not in ("2nd floor", "Eingang Nord")


def test_no_venue_line_from_a_city_and_an_organisation() -> None:
    r = parse_report(
        "Protokoll\n\nDatum: 7. März 2024\nOrt: Rostock, Seed Cluster e. V.\n\nDer Rostocker Feldtag 2024 begann um 10 Uhr.\n",
        _gazetteer(),
    )
    assert _where(r)[1] != "Seed Cluster e. V."


@pytest.mark.parametrize(
    "body",
    [
        _EVENT
        + "\n\nAm Morgen schlugen die Gäste 20 Sessions vor. Besonders voll war es bei\n• „Saatgut teilen“\n• „Boden lesen“\n",
        _EVENT
        + "\n\nDie Teilnehmenden brachten zwölf Barcamp-Sessions mit, am vollsten waren\n- „Saatgut teilen“\n- „Boden lesen“\n",
        _EVENT_EN
        + "\n\nGuests pitched 20 sessions; the fullest rooms were\n• “Saatgut teilen”\n• “Boden lesen”\n",
        _EVENT_EN + '\n\nMost popular breakout sessions\n– "Saatgut teilen"\n– "Boden lesen"\n',
    ],
)
def test_quoted_list_lines_under_a_session_head_are_sessions(body: str) -> None:
    r = _parse(body)
    assert _texts(r, "session") == ["Saatgut teilen", "Boden lesen"]
    assert _texts(r, "topic") == []


@pytest.mark.parametrize(
    "body",
    [
        # a talk head or no head: the quoted agenda lines stay topics
        _EVENT + "\n\nDie Vorträge des Tages\n• „Saatgut teilen“\n• „Boden lesen“\n",
        _EVENT_EN
        + "\n\nThe talks of the day\n🔹 Dr. Mara Quist on “Saatgut teilen”\n🔹 Ole Brandt on “Boden lesen”\n",
    ],
)
def test_quoted_list_lines_under_a_talk_head_stay_topics(body: str) -> None:
    r = _parse(body)
    assert _texts(r, "topic") == ["Saatgut teilen", "Boden lesen"]
    assert _texts(r, "session") == []


@pytest.mark.parametrize(
    ("body", "sessions"),
    [
        (
            _EVENT_EN + "\n\nPanels:\n- Panel 1: Utilities as Partners\n- Panel 2: Financing Water Reuse\n",
            ["Panel 1: Utilities as Partners", "Panel 2: Financing Water Reuse"],
        ),
        (
            _EVENT + "\n\nDie Workshops:\n• Workshop 1: Saatgut teilen\n• Workshop 2: Boden lesen\n",
            ["Workshop 1: Saatgut teilen", "Workshop 2: Boden lesen"],
        ),
        (
            _EVENT_EN + "\n\nOur tracks:\n* Track A: Soil health\n* Track B: Seed banks\n",
            ["Track A: Soil health", "Track B: Seed banks"],
        ),
        # a mixed programme, an unnumbered label, no heading: the label is the kind, not the name
        (
            _EVENT + "\n\nDas Programm:\n– Keynote: Boden als Kapital\n– Workshop 1: Saatgut teilen\n",
            ["Saatgut teilen"],
        ),
        (_EVENT_EN + "\n\nPanels:\n- Panel: Utilities as Partners\n", ["Utilities as Partners"]),
        (
            _EVENT_EN + "\n\nPanel 1: Utilities as Partners\nPanel 2: Financing Water Reuse\n",
            ["Utilities as Partners", "Financing Water Reuse"],
        ),
    ],
)
def test_a_numbered_label_under_a_heading_of_its_kind_is_part_of_the_name(
    body: str, sessions: list[str]
) -> None:
    assert _texts(_parse(body), "session") == sessions


def _regions(r: Report) -> list[str]:
    return [i.data["name"] for i in r.of("partner-region")]


@pytest.mark.parametrize(
    ("body", "regions"),
    [
        (
            _EVENT_EN
            + "The partner regions of the project are Navarra, Lesser Poland, Saxony and Thuringia.",
            ["Navarra", "Lesser Poland", "Saxony", "Thuringia"],
        ),
        (
            _EVENT_EN + "Its partner countries were Norway, Poland, Estonia, and Finland.",
            ["Norway", "Poland", "Estonia", "Finland"],
        ),
        (
            _EVENT + "Die Partnerregionen des Projekts sind Steiermark, Bayern, Sachsen und Thüringen.",
            ["Steiermark", "Bayern", "Sachsen", "Thüringen"],
        ),
        (
            _EVENT_EN
            + "The partner regions of the Eurocluster – Styria, Bavaria and Lesser Poland – met the day after.",
            ["Styria", "Bavaria", "Lesser Poland"],
        ),
        (
            _EVENT + "Die Partnerregionen der Initiative – Steiermark, Bayern und Sachsen – waren vertreten.",
            ["Steiermark", "Bayern", "Sachsen"],
        ),
    ],
)
def test_partner_regions_listed_after_the_project(body: str, regions: list[str]) -> None:
    assert _regions(_parse(body)) == regions


@pytest.mark.parametrize(
    "body",
    [
        # people and sectors, not regions
        _EVENT + "Die Partnerregionen sind Industrie, Forschung und Verwaltung.",
        _EVENT_EN + "The partner regions are happy, busy and proud of the results.",
    ],
)
def test_no_partner_regions_from_sectors_or_adjectives(body: str) -> None:
    assert _regions(_parse(body)) == []


@pytest.mark.parametrize(
    ("body", "topics"),
    [
        # a title whose full stop stands inside the quotes, after a talk word
        (
            _EVENT_EN + 'Dr. Mara Quist gave the keynote, "Closing the Loop on Farm Water."',
            ["Closing the Loop on Farm Water"],
        ),
        (
            _EVENT_EN + 'Ole Brandt followed with a talk titled "Seeds Without Borders."',
            ["Seeds Without Borders"],
        ),
        (_EVENT + "Prof. Dr. Lena Thor hielt den Vortrag „Boden als Kapital.“", ["Boden als Kapital"]),
    ],
)
def test_talk_titles_with_a_full_stop_inside_and_subjects_after_a_talk_noun(
    body: str, topics: list[str]
) -> None:
    assert _texts(_parse(body), "topic") == topics


@pytest.mark.parametrize(
    "body",
    [
        # a quotation with a full stop inside is none, nor a talk that is still to come
        _EVENT_EN + 'Dr. Mara Quist summed it up: "Farm water is the next big topic."',
        _EVENT_EN + 'The keynote speaker put it simply: "We need more data."',
        _EVENT_EN + 'In her talk, "We need more data and better sensors in every field."',
        _EVENT_EN + 'Mia Lund ended her keynote: "It is time to act."',
        _EVENT_EN + "Next year Ole Brandt will give a talk about seed banks.",
    ],
)
def test_no_talk_title_from_a_quotation_or_a_coming_talk(body: str) -> None:
    assert _texts(_parse(body), "topic") == []


@pytest.mark.parametrize(
    ("body", "topic"),
    [
        # an unquoted subject after a talk noun with an adjective: on the review list
        (
            _EVENT_EN
            + "From Jena, Dr. Anna Beispiel gave a short intervention about laser sorting of cells.",
            "laser sorting of cells",
        ),
        (
            _EVENT_EN + "Ole Brandt delivered a brief presentation on seed banks in the north.",
            "seed banks in the north",
        ),
        (_EVENT_EN + "Dr. Mara Quist held a guest lecture on soil carbon.", "soil carbon"),
        # sure after a speaker's verb of the programme
        (_EVENT_EN + "Mia Lund opened the day with a short input on soil carbon.", "soil carbon"),
    ],
)
def test_unquoted_subjects_after_a_talk_noun_with_an_adjective(body: str, topic: str) -> None:
    r = _parse(body)
    found = [i for i in r.of("topic") if i.data["text"] == topic]
    assert found
    assert bool(found[0].unsure) == ("opened" not in body)


@pytest.mark.parametrize(
    ("body", "where"),
    [
        (
            "The Rostock Summer School 2024 ended today. For two weeks, from 4 to 15 March 2024, 28 students lived and worked on the Warnow campus of Rostock University of Technology in Rostock.",
            ("Rostock", "Warnow campus"),
        ),
        (
            "The Rostock Field Day 2024 took place on 7 March 2024 on the Seed Park campus in Rostock.",
            ("Rostock", "Seed Park campus"),
        ),
    ],
)
def test_a_campus_or_site_named_before_its_owner_and_city(body: str, where: tuple[str, str]) -> None:
    assert _where(_parse(body, "Rostock, 16 March 2024")) == where


def test_no_campus_venue_of_a_later_edition() -> None:
    body = "The Rostock Field Day 2024 took place on 7 March 2024. Next year we will meet on the Warnow campus of Rostock University in Rostock."
    assert _where(_parse(body, "Rostock, 16 March 2024"))[1] is None


def test_no_venue_from_the_hotel_where_guests_stayed() -> None:
    body = "The Rostock Field Day 2024 took place on 7 March 2024. Many guests stayed at the Hotel Warnow in Rostock."
    assert _where(_parse(body, "Rostock, 16 March 2024"))[1] is None


@pytest.mark.parametrize(
    ("body", "topics"),
    [
        (
            _EVENT
            + "Für die Hochschule erläuterte Prof. Dr. Lena Thor das Teilprojekt „Messfeld im Maßstab 1:1“.",
            ["Messfeld im Maßstab 1:1"],
        ),
        (
            _EVENT + "Danach stellte Ole Brandt das Arbeitspaket „Saatgut aus der Region“ vor.",
            ["Saatgut aus der Region"],
        ),
        (
            _EVENT_EN + 'Dr. Mara Quist presented the work package "Soil sensors in the field".',
            ["Soil sensors in the field"],
        ),
        # a project or programme named without a presenting verb stays no topic
        (_EVENT + "Das Treffen gehört zum Teilprojekt „Saatgut aus der Region“.", []),
        (_EVENT_EN + 'The day was funded within the programme "Seeds for Europe".', []),
    ],
)
def test_a_presented_part_of_a_project_is_a_topic(body: str, topics: list[str]) -> None:
    assert _texts(_parse(body), "topic") == topics


@pytest.mark.parametrize(
    ("body", "where"),
    [
        # a venue at the sentence's start, before the city
        (
            "Im Werkraum Seehafen in Rostock ging am 7. März 2024 der Rostocker Feldtag 2024 über die Bühne.",
            ("Rostock", "Werkraum Seehafen"),
        ),
        (
            "In der Alten Mälzerei in Rostock fand am 7. März 2024 der Rostocker Feldtag 2024 statt.",
            ("Rostock", "Alten Mälzerei"),
        ),
        (
            "At the Seed Hall in Rostock, 80 growers met on 7 March 2024 for the Rostock Field Day 2024.",
            ("Rostock", "Seed Hall"),
        ),
    ],
)
def test_a_venue_at_the_start_of_the_sentence(body: str, where: tuple[str, str]) -> None:
    assert _where(_parse(body)) == where


@pytest.mark.parametrize(
    "body",
    [
        "Im Raum Rostock fand am 7. März 2024 der Rostocker Feldtag 2024 statt.",
        "Im Norden Rostock zugewandt fand am 7. März 2024 der Rostocker Feldtag 2024 in Rostock statt.",
        "Im Kanton Warnow in Rostock fand am 7. März 2024 der Rostocker Feldtag 2024 statt.",
    ],
)
def test_no_venue_from_a_region_phrase_at_the_start(body: str) -> None:
    assert _where(_parse(body))[1] is None


@pytest.mark.parametrize(
    ("body", "where"),
    [
        # an owner that is no city before the venue, a named site with the city after it
        (
            "The Rostock Open House 2024, which we held on 7 March 2024 in the Hub's Seed Lab at the Sciencepark Rostock, drew 200 visitors.",
            ("Rostock", "Seed Lab at the Sciencepark Rostock"),
        ),
        (
            "On 7 March 2024 the Rostock Field Day 2024 filled our Seed Lab at the Sciencepark Rostock.",
            ("Rostock", "Seed Lab at the Sciencepark Rostock"),
        ),
        # a city as the owner stays the city
        (
            "The Rostock Open House 2024 was held on 7 March 2024 at Rostock's Quayside Works.",
            ("Rostock", "Quayside Works"),
        ),
        # an event's name before "at the" leaves the venue after it
        (
            "From 6 to 7 March 2024, the Seed Cluster hosted the Rostock Partner Meeting at the Warnow Innovation Campus in Rostock.",
            ("Rostock", "Warnow Innovation Campus"),
        ),
        # a generic site after the hall says where
        (
            "On 7 March 2024 the Rostock Field Day 2024 drew 300 guests to the Seed Hall at the port of Rostock.",
            ("Rostock", "Seed Hall"),
        ),
    ],
)
def test_a_venue_after_an_owner_and_before_a_named_site(body: str, where: tuple[str, str]) -> None:
    assert _where(_parse(body, "Rostock, 16 March 2024")) == where


@pytest.mark.parametrize(
    ("body", "regions"),
    [
        (
            _EVENT_EN + "Navarra, Saxony and Thuringia are the project's partner regions.",
            ["Navarra", "Saxony", "Thuringia"],
        ),
        (
            _EVENT_EN + "Styria, Bavaria, Saxony, and Lesser Poland were its four partner regions.",
            ["Styria", "Bavaria", "Saxony", "Lesser Poland"],
        ),
        (
            _EVENT + "Steiermark, Bayern und Sachsen sind die Partnerregionen des Netzwerks.",
            ["Steiermark", "Bayern", "Sachsen"],
        ),
    ],
)
def test_a_list_of_regions_before_partner_regions(body: str, regions: list[str]) -> None:
    assert _regions(_parse(body)) == regions


@pytest.mark.parametrize(
    "body",
    [
        # partners named as organisations or sectors, not regions
        _EVENT + "Industrie, Forschung und Verwaltung sind die Partner des Netzwerks.",
        _EVENT_EN + "Seed Oy, Soil AB and Root Ltd are the project's partners.",
    ],
)
def test_no_regions_from_a_list_of_partners(body: str) -> None:
    assert _regions(_parse(body)) == []


@pytest.mark.parametrize(
    ("body", "where"),
    [
        # Romance building words in partners' English
        (
            "The Rostock Field Day 2024 took place on 7 March 2024 at the Teatro Comunale in Rostock.",
            ("Rostock", "Teatro Comunale"),
        ),
        (
            "On 7 March 2024, 80 growers met in the Salle Rameau in Rostock for the Rostock Field Day 2024.",
            ("Rostock", "Salle Rameau"),
        ),
        (
            "The Rostock Field Day 2024 was held on 7 March 2024 at the Centro Congressi Warnow in Rostock.",
            ("Rostock", "Centro Congressi Warnow"),
        ),
    ],
)
def test_romance_building_words(body: str, where: tuple[str, str]) -> None:
    assert _where(_parse(body, "Rostock, 16 March 2024")) == where


def test_no_venue_from_an_organisation_with_a_romance_word() -> None:
    body = "The Rostock Field Day 2024 took place on 7 March 2024 in Rostock, organised by Centro Ricerche Warnow S.p.A. together with partners."
    assert _where(_parse(body, "Rostock, 16 March 2024")) == ("Rostock", None)


@pytest.mark.parametrize(
    "body",
    [
        "Die Partner trafen sich am 7. März 2024 in Rostock zum Rostocker Feldtag 2024. Gastgeber war der Seed Cluster in seinem Haus, dem Neubau am Hafen.",
        "The partners met on 7 March 2024 in Rostock for the Rostock Field Day 2024, hosted by the Seed Cluster in its building near the port.",
    ],
)
def test_no_venue_from_a_generic_building_after_a_possessive(body: str) -> None:
    assert _where(_parse(body, "Rostock, 16 March 2024"))[1] not in ("Haus", "building")


@pytest.mark.parametrize(
    "body",
    [
        # a name that goes on after "for"/"für" is not cut there
        "The Rostock Field Day 2024 was held on 7 March 2024 at the Warnow Centre for Soil Research in Rostock.",
        "Der Rostocker Feldtag 2024 fand am 7. März 2024 im Warnow Zentrum für Bodenforschung in Rostock statt.",
    ],
)
def test_no_venue_cut_before_for_and_a_name(body: str) -> None:
    assert _where(_parse(body, "Rostock, 16 March 2024"))[1] not in ("Warnow Centre", "Warnow Zentrum")
