# ruff: noqa: E501
"""Reports, ninth round (issue 17, the event): a name's edges (an edition number after it,
"Harbour Pitch Night 7"; a second subject joined by "&", "Zukunftstag Holz & Design"; a
camel-case project name, "Kick-off SeaGrid"; a trip's destination with its year, "Study Trip to
Finland 2023"); a quoted title beside a generic event noun wins ('the Living Lab workshop "Smart
Harbour"'); a month with its year is never a name; a headline that is an organisation's name
names no event; counts of presenters, registrations and timestamps are no participant counts,
and a count of everyone who came before a list of who they were is; a dateline with a time of
day; a programme told day by day and a duration ("the two-day summit") span the event's days;
watching "über den Stream" is online; organisers linked by a role noun ("together with our
French counterpart X"), an apposition, "jointly run by", "X organised in cooperation with Y",
the members who met for an assembly, the giver of a prize, "which we held" and "our series,
X". Every sentence is made up for these tests."""

from __future__ import annotations

import pytest
from support.report_probe import KIEL_DATELINE, fjord_gazetteer
from support.report_probe import count as _count
from support.report_probe import date as _date
from support.report_probe import name as _name
from support.report_probe import online as _online
from support.report_probe import organisers as _organisers
from support.report_probe import parse_kiel as _parse

from clustergraph.errors import DataError
from clustergraph.loaders.report import parse_report
from clustergraph.loaders.textkit import Gazetteer

ID = "https://w3id.org/clustergraph/id/"


@pytest.mark.parametrize(
    ("body", "name"),
    [
        (
            "Twelve founders pitched on 4 May 2023 at Harbour Pitch Night 7, the quarterly showcase of the Fjordtech Cluster in Kiel.",
            "Harbour Pitch Night 7",
        ),
        ("Harbour Pitch Night 12 took place on 4 May 2023 in Kiel.", "Harbour Pitch Night 12"),
        ("Der Fjord Hackathon 4 fand am 4. Mai 2023 in Kiel statt.", "Fjord Hackathon 4"),
        (
            "Am 4. Mai 2023 kamen 80 Gäste zum Fjord Hackathon 3 (dem dritten seiner Art) nach Kiel.",
            "Fjord Hackathon 3",
        ),
    ],
)
def test_an_edition_number_ends_a_name(body: str, name: str) -> None:
    assert _name(_parse(body)) == name


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("The Harbour Pitch Night 4 May 2023 in Kiel drew 80 guests.", "Harbour Pitch Night"),
        ("At the Harbour Pitch Night 12 teams pitched on 4 May 2023 in Kiel.", "Harbour Pitch Night"),
        ("Der Fjord Hackathon fand am 4. Mai 2023 ab 10 Uhr in Kiel statt.", "Fjord Hackathon"),
        ("The Fjord Hackathon 2023 took place on 4 May 2023 in Kiel.", "Fjord Hackathon 2023"),
    ],
)
def test_a_number_that_is_no_edition(body: str, name: str) -> None:
    assert _name(_parse(body)) == name


@pytest.mark.parametrize(
    ("head", "body", "name"),
    [
        (
            "News",
            "Der Zukunftstag Holz & Design fand am 4. Mai 2023 in Kiel statt.",
            "Zukunftstag Holz & Design",
        ),
        (
            "News",
            "The Harbour Forum Water & Energy took place on 4 May 2023 in Kiel.",
            "Harbour Forum Water & Energy",
        ),
        (
            "Zukunftstag Holz & Design: ein Rückblick",
            "Am 4. Mai 2023 kamen 60 Gäste zum Zukunftstag Holz & Design nach Kiel.",
            "Zukunftstag Holz & Design",
        ),
    ],
)
def test_a_second_subject_joined_by_an_ampersand(head: str, body: str, name: str) -> None:
    assert _name(_parse(body, head=head)) == name


@pytest.mark.parametrize(
    ("head", "body", "name"),
    [
        (
            "SeaGrid-Neuigkeiten",
            "Zum 2. Partnertreffen SeaGrid kamen am 4. Mai 2023 alle Partner nach Kiel. SeaGrid läuft bis 2026.",
            "2. Partnertreffen SeaGrid",
        ),
        (
            "News",
            "The Kick-off BlueNet took place on 4 May 2023 in Kiel; BlueNet runs for three years.",
            "Kick-off BlueNet",
        ),
        (
            "News",
            "Am 4. Mai 2023 trafen sich 20 Partner beim Workshop OceanLab in Kiel. OceanLab wird vom Land gefördert.",
            "Workshop OceanLab",
        ),
    ],
)
def test_a_camel_case_project_name_the_text_repeats(head: str, body: str, name: str) -> None:
    assert _name(_parse(body, head=head)) == name


def test_a_camel_case_word_named_once_is_no_part_of_a_name() -> None:
    r = _parse("Am 4. Mai 2023 trafen sich 20 Partner beim Fjord Workshop MedTech in Kiel.")
    assert _name(r) == "Fjord Workshop"


@pytest.mark.parametrize(
    ("body", "name"),
    [
        (
            "Our Study Trip to Finland 2023 took us to Helsinki from 2 to 5 May 2023; 14 delegates travelled.",
            "Study Trip to Finland 2023",
        ),
        (
            "Die Delegationsreise nach Dänemark 2023 führte vom 2. bis 5. Mai 2023 zwölf Firmen nach Aarhus.",
            "Delegationsreise nach Dänemark 2023",
        ),
        (
            "The Learning Journey to Boston 2023 ran from 2 to 5 May 2023 with 20 participants.",
            "Learning Journey to Boston 2023",
        ),
    ],
)
def test_a_trip_named_with_its_destination_and_year(body: str, name: str) -> None:
    assert _name(_parse(body)) == name


@pytest.mark.parametrize(
    ("body", "name"),
    [
        (
            "The Fjord Study Trip to Finland took place from 2 to 5 May 2023; 14 delegates travelled.",
            "Fjord Study Trip",
        ),
        ("The Fjord Study Trip to Finland in 2023 ran from 2 to 5 May 2023.", "Fjord Study Trip"),
        ("We moved the Fjord Forum to May 2023: it took place on 4 May 2023 in Kiel.", "Fjord Forum"),
    ],
)
def test_a_to_phrase_that_is_no_part_of_a_name(body: str, name: str) -> None:
    assert _name(_parse(body)) == name


@pytest.mark.parametrize(
    ("body", "name"),
    [
        (
            'On 4 May 2023 the Fjordtech Cluster invited to the Living Lab workshop "Smart Harbour" in Kiel; 40 people came.',
            "Smart Harbour",
        ),
        (
            "Am 4. Mai 2023 trafen sich 30 Fachleute in Kiel beim Reallabor Workshop „Grüner Hafen“.",
            "Grüner Hafen",
        ),
        (
            "Around 40 people came to the Maker Space workshop ‘Repair Basics’ in Kiel on 4 May 2023.",
            "Repair Basics",
        ),
    ],
)
def test_a_quoted_title_beside_a_generic_event_noun_wins(body: str, name: str) -> None:
    assert _name(_parse(body)) == name


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ('The Fjord Forum 2023 "Blue Growth" took place on 4 May 2023 in Kiel.', "Fjord Forum 2023"),
        (
            'The Living Lab workshop took place on 4 May 2023 in Kiel. "It was great", said one guest.',
            "Living Lab workshop",
        ),
    ],
)
def test_a_quote_that_does_not_name_the_event(body: str, name: str) -> None:
    assert _name(_parse(body)) == name


@pytest.mark.parametrize(
    ("head", "body", "name"),
    [
        (
            "Fjordtech Update – May 2023",
            "Just under 70 members met for the Fjord Summer Evening on 4 May 2023 in Kiel.",
            "Fjord Summer Evening",
        ),
        (
            "Members' news – June 2023",
            "Our Winter Members' Evening on 4 May 2023 in Kiel drew 80 guests.",
            "Winter Members' Evening",
        ),
        (
            "Rückblick – Mai 2023",
            "Am 4. Mai 2023 kamen 50 Mitglieder zum Fjord Sommerabend nach Kiel.",
            "Fjord Sommerabend",
        ),
    ],
)
def test_a_month_with_its_year_is_no_name(head: str, body: str, name: str) -> None:
    assert _name(_parse(body, head=head)) == name


@pytest.mark.parametrize(
    ("head", "body"),
    [
        ("Fjord Month 2023", "On Thursday evening, 4 May 2023, we met in Kiel to talk about boats."),
    ],
)
def test_a_weekday_before_a_lower_case_evening_is_no_name(head: str, body: str) -> None:
    try:
        r = _parse(body, head=head)
    except DataError:
        return
    assert "evening" not in _name(r).casefold()


@pytest.mark.parametrize(
    ("head", "body"),
    [
        (
            "Baltic ICT Cluster – Member news, May 2023",
            "Since 1 May, five companies have joined the Baltic ICT Cluster, bringing our community to 120 members.",
        ),
        (
            "Nordsee Medizintechnik Netzwerk – Neue Mitglieder",
            "Seit dem 1. April 2023 sind vier Unternehmen dem Nordsee Medizintechnik Netzwerk beigetreten; damit zählt es 90 Mitglieder.",
        ),
        (
            "Harbour Robotics Network: welcome aboard",
            "Since 3 April 2023 three firms have joined the Harbour Robotics Network, which now has 64 members.",
        ),
    ],
)
def test_a_headline_naming_an_organisation_names_no_event(head: str, body: str) -> None:
    with pytest.raises(DataError, match="no recognisable event"):
        _parse(body, dateline="Kiel, 9 May 2023", head=head)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Eight founders pitched at the Fjord Pitch Night on 4 May 2023 in Kiel. Roughly 200 people filled the hall.",
            (200, "about"),
        ),
        (
            "Der Fjord Innovationstag fand am 4. Mai 2023 in Kiel statt. Rund 150 Gäste kamen; Clustersprecher Max Meier moderierte die Pitches von fünf Start-ups.",
            (150, "about"),
        ),
        (
            "The Fjord Demo Day took place on 4 May 2023 in Kiel: six startups presented to about 120 investors.",
            (120, "about"),
        ),
    ],
)
def test_presenters_are_no_participant_count(body: str, expected: tuple[int, str]) -> None:
    assert _count(_parse(body)) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Der Fjord Innovationstag fand am 4. Mai 2023 in Kiel statt. Etwa 180 Pflegende, Ärztinnen, Gründer und Industrievertreter kamen dafür in die Halle.",
            (180, "about"),
        ),
        (
            "The Fjord Care Day took place on 4 May 2023 in Kiel. Some 140 nurses, doctors, founders and suppliers came along.",
            (140, "about"),
        ),
        (
            "Der Fjord Innovationstag fand am 4. Mai 2023 in Kiel statt. Knapp 90 Landwirtinnen und Lohnunternehmer kamen zur Vorführung.",
            (90, "almost"),
        ),
    ],
)
def test_a_count_before_a_list_of_who_came(body: str, expected: tuple[int, str]) -> None:
    assert _count(_parse(body)) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Das Fjord Forum fand am 4. Mai 2023 in Kiel statt. Angemeldet hatten sich 260 Personen, gekommen sind etwa 210 Teilnehmende.",
            (210, "about"),
        ),
        (
            "The Fjord Forum took place on 4 May 2023 in Kiel. 300 people had registered; about 240 attendees came.",
            (240, "about"),
        ),
        (
            "The Fjord Forum took place on 4 May 2023 in Kiel. Registrations: 300 people. On the day, 255 participants turned up.",
            (255, "exact"),
        ),
    ],
)
def test_a_registration_count_gives_way_to_an_attendance(body: str, expected: tuple[int, str]) -> None:
    assert _count(_parse(body)) == expected


def test_a_registration_count_alone_is_kept() -> None:
    assert _count(_parse("The Fjord Forum took place on 4 May 2023 in Kiel. 87 companies registered.")) == (
        87,
        "exact",
    )


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Beim Fjord Sommerabend am 4. Mai 2023 in Kiel saßen knapp 90 Gäste im Saal (einen Livestream gab es nicht).\n\n00:02:10 Warum Kiel Fachkräfte sucht",
            (90, "almost"),
        ),
        (
            "The Fjord Summer Evening took place on 4 May 2023 in Kiel. About 90 guests came in person - there was no stream.\n\n00:12:40 Five founders on funding",
            (90, "about"),
        ),
        (
            "Der Fjord Sommerabend fand am 4. Mai 2023 in Kiel statt.\n\nKapitel:\n00:03:15 Zwölf Gründer im Gespräch",
            None,
        ),
    ],
)
def test_a_timestamp_is_no_count_and_the_room_is_everyone_without_a_stream(
    body: str, expected: tuple[int, str] | None
) -> None:
    assert _count(_parse(body)) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "The Fjord General Assembly 2023 took place on 4 May 2023 in Kiel. 181 members took part, 150 of them in the hall.",
            (181, "exact"),
        ),
        (
            "Die Fjord Mitgliederversammlung 2023 fand am 4. Mai 2023 in Kiel statt. 96 Mitglieder nahmen teil.",
            (96, "exact"),
        ),
        (
            "The Fjord General Assembly 2023 took place on 4 May 2023 in Kiel; 75 members attended.",
            (75, "exact"),
        ),
    ],
)
def test_members_who_took_part_are_counted(body: str, expected: tuple[int, str]) -> None:
    assert _count(_parse(body)) == expected


@pytest.mark.parametrize(
    "body",
    [
        "The Fjord General Assembly 2023 took place on 4 May 2023 in Kiel. Since then, 12 members joined the cluster.",
        "Die Fjord Mitgliederversammlung 2023 fand am 4. Mai 2023 in Kiel statt. Der Verein hat 148 Mitglieder.",
    ],
)
def test_members_who_joined_are_no_count(body: str) -> None:
    assert _count(_parse(body)) is None


@pytest.mark.parametrize(
    ("dateline", "body", "expected"),
    [
        (
            "Updated May 9, 2023, 7:02 a.m.",
            "Roughly 80 people came to the Harbour Pitch Night in Kiel. The May 4 evening ran late.",
            ("2023-05-04", None),
        ),
        (
            "Kiel, 9. Mai 2023, 10:30 Uhr",
            "40 Gäste kamen zum Fjord Workshop nach Kiel. Am 4. Mai ging es um Boote.",
            ("2023-05-04", None),
        ),
        (
            "Posted 9 May 2023 | 14:05",
            "The Harbour Forum drew 120 guests to Kiel. On 4 May the talks were about boats.",
            ("2023-05-04", None),
        ),
    ],
)
def test_a_dateline_with_a_time_of_day_dates_the_report(
    dateline: str, body: str, expected: tuple[str, None]
) -> None:
    assert _date(_parse(body, dateline=dateline)) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Am Mittwoch (3. Mai) eröffnete der Minister die Fjord Konferenz 2023 in Kiel. Die zweitägige Konferenz endet am Donnerstag.",
            ("2023-05-03", "2023-05-04"),
        ),
        (
            "Today (3 May) the minister opened the Fjord Summit 2023 in Kiel. The two-day summit continues tomorrow.",
            ("2023-05-03", "2023-05-04"),
        ),
        ("The three-day Fjord Expo 2023 opened on 2 May 2023 in Kiel.", ("2023-05-02", "2023-05-04")),
        ("Die dreitägige Fjord Messe 2023 begann am 2. Mai 2023 in Kiel.", ("2023-05-02", "2023-05-04")),
    ],
)
def test_a_duration_of_the_event_spans_its_days(body: str, expected: tuple[str, str]) -> None:
    assert _date(_parse(body)) == expected


@pytest.mark.parametrize(
    "body",
    [
        "The Fjord Forum 2023 took place on 4 May 2023 in Kiel. A two-day workshop will follow in autumn.",
        "On the second day of the two-day Fjord Summit 2023, 4 May 2023, the minister spoke in Kiel.",
        "The Fjord Forum 2023 took place on 4 May 2023 in Kiel. A two-day training course preceded it.",
        "Das Fjord Forum 2023 fand am 4. Mai 2023 in Kiel statt. Die nächste, zweitägige Konferenz ist für 2024 geplant.",
    ],
)
def test_a_duration_of_another_event_or_day_spans_nothing(body: str) -> None:
    assert _date(_parse(body)) == ("2023-05-04", None)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Our Fjord Study Trip 2023 is over.\n\nDay 1 – Monday 1 May\nVisits in Aarhus.\n\nDay 2 – Tuesday 2 May\nMatchmaking.\n\nDay 3 – Wednesday 3 May\nThe ferry home.",
            ("2023-05-01", "2023-05-03"),
        ),
        (
            "Die Fjord Lernreise 2023 ist zu Ende.\n\nTag 1 (2. Mai): Besuch in Aarhus.\nTag 2 (3. Mai): Matchmaking in Odense.",
            ("2023-05-02", "2023-05-03"),
        ),
        (
            "The Fjord Study Trip 2023 in brief.\n\nDay one, 2 May: site visits.\nDay two, 3 May: workshops.\nDay three, 4 May: home.",
            ("2023-05-02", "2023-05-04"),
        ),
    ],
)
def test_a_programme_told_day_by_day_spans_its_days(body: str, expected: tuple[str, str]) -> None:
    assert _date(_parse(body)) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "The Fjord Study Trip 2023 in brief.\n\nDay 1 – Monday 1 May\nVisits in Aarhus and the ferry home.",
            ("2023-05-01", None),
        ),
        (
            "Das Fjord Forum 2023 fand am 4. Mai 2023 in Kiel statt.\n\nTag 1 – 11. bis 12. Mai: Aufbau",
            ("2023-05-04", None),
        ),
        ("The Fjord Forum 2023 took place from 1 – 3 May 2023 in Kiel.", ("2023-05-01", "2023-05-03")),
        (
            "From Friday 5 May to Sunday 7 May 2023 the Fjord Hackathon 2023 ran in Kiel.",
            ("2023-05-05", "2023-05-07"),
        ),
        ("Die Fjord Tage 2023 liefen von Dienstag 2. bis 4. Mai in Kiel.", ("2023-05-02", "2023-05-04")),
    ],
)
def test_a_day_label_is_no_first_day_of_a_range(body: str, expected: tuple[str, str | None]) -> None:
    assert _date(_parse(body)) == expected


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("The three-day Fjord Expo 2023 opened on 2 May 2023 in Kiel.", "Fjord Expo 2023"),
        ("Die zweitägige Fjord Konferenz 2023 begann am 2. Mai 2023 in Kiel.", "Fjord Konferenz 2023"),
        ("Our 2-day Harbour Summit 2023 opened on 2 May 2023 in Kiel.", "Harbour Summit 2023"),
    ],
)
def test_a_duration_before_a_name_is_no_part_of_it(body: str, name: str) -> None:
    assert _name(_parse(body)) == name


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Das Fjord Forum 2023 fand am 4. Mai 2023 in Kiel statt. Rund ein Drittel der Gäste hat über den Stream zugeschaut.",
            True,
        ),
        (
            "The Fjord Forum 2023 took place on 4 May 2023 in Kiel. A third of the audience followed via the stream.",
            True,
        ),
        (
            "Das Fjord Forum 2023 fand am 4. Mai 2023 in Kiel statt. Wer nicht anreisen konnte, war im Stream dabei.",
            True,
        ),
        ("Das Fjord Forum 2023 fand am 4. Mai 2023 in Kiel statt. Einen Stream gab es nicht.", False),
        (
            "The Fjord Forum 2023 took place on 4 May 2023 in Kiel. Talks focused on the stream of data from sensors.",
            False,
        ),
        (
            "The Fjord Forum 2023 took place on 4 May 2023 in Kiel; the keynote was about the Gulf Stream.",
            False,
        ),
    ],
)
def test_online_through_a_stream(body: str, expected: bool) -> None:
    assert _online(_parse(body)) is expected


def _partners_gazetteer() -> Gazetteer:
    """Kiel, the Fjordtech Cluster and four made-up partners (the organiser tests read how an
    organiser is linked, not how its name is found)."""
    g = fjord_gazetteer()
    g.add("org", ID + "org/nordsee", ["Nordsee Robotics GmbH"])
    g.add("org", ID + "org/ostsee", ["Ostsee Robotik e. V."])
    g.add("org", ID + "org/angels", ["Baltic Angels"])
    g.add("org", ID + "org/tracks", ["Kiel Test Tracks Ltd"])
    g.add("org", ID + "org/stiftung", ["Fjord Stiftung"])
    return g


def _hosts(body: str, head: str = "News") -> list[str]:
    return _organisers(
        parse_report(head + "\n\n" + KIEL_DATELINE + "\n\n" + body + "\n", _partners_gazetteer())
    )


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "The Fjord Forum 2023 was organised by the Fjordtech Cluster together with our Danish counterpart Nordsee Robotics GmbH on 4 May 2023 in Kiel.",
            ["Fjordtech Cluster e. V.", "Nordsee Robotics GmbH"],
        ),
        (
            "Der Fjord Workshop wurde am 4. Mai 2023 vom Fjordtech Cluster gemeinsam mit seinem Partnerverein Ostsee Robotik e. V. ausgerichtet.",
            ["Fjordtech Cluster e. V.", "Ostsee Robotik e. V."],
        ),
        (
            "The Fjord Pitch Night 2023 on 4 May 2023 was put on by the Fjordtech Cluster, the region's maritime network, and the investor group Baltic Angels.",
            ["Fjordtech Cluster e. V.", "Baltic Angels"],
        ),
        (
            "The Fjord Test Day 2023, jointly run by the Fjordtech Cluster and track operator Kiel Test Tracks Ltd, took place on 4 May 2023.",
            ["Fjordtech Cluster e. V.", "Kiel Test Tracks Ltd"],
        ),
    ],
)
def test_a_joint_organiser_behind_a_role_noun_or_an_apposition(body: str, expected: list[str]) -> None:
    assert _hosts(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Run by the Fjordtech Cluster, the Fjord Forum 2023 took place on 4 May 2023 in Kiel.",
            ["Fjordtech Cluster e. V."],
        ),
        (
            "The Fjord Forum 2023 took place on 4 May 2023 in Kiel. The lab, run by Nordsee Robotics GmbH, builds boats.",
            [],
        ),
        (
            "The Fjord Forum 2023 took place on 4 May 2023 in Kiel together with a partner fair; Nordsee Robotics GmbH sold robots.",
            [],
        ),
    ],
)
def test_run_by_names_the_organiser_of_the_event_only(body: str, expected: list[str]) -> None:
    assert _hosts(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "The Fjordtech Cluster organised in cooperation with Nordsee Robotics GmbH the Fjord Forum 2023 on 4 May 2023 in Kiel.",
            ["Fjordtech Cluster e. V.", "Nordsee Robotics GmbH"],
        ),
        (
            "On 4 May 2023 the Fjordtech Cluster, in partnership with Nordsee Robotics GmbH, hosted the Fjord Forum 2023 in Kiel.",
            ["Fjordtech Cluster e. V.", "Nordsee Robotics GmbH"],
        ),
        (
            "The Fjord Forum 2023, organised in cooperation with Nordsee Robotics GmbH, took place on 4 May 2023 in Kiel.",
            ["Nordsee Robotics GmbH"],
        ),
    ],
)
def test_the_subject_organised_in_cooperation_with_another(body: str, expected: list[str]) -> None:
    assert _hosts(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "On 4 May 2023 the members of Ostsee Robotik e. V. met for the Annual Assembly 2023 in Kiel.",
            ["Ostsee Robotik e. V."],
        ),
        (
            "Am 4. Mai 2023 trafen sich die Mitglieder des Ostsee Robotik e. V. zur Mitgliederversammlung 2023 in Kiel.",
            ["Ostsee Robotik e. V."],
        ),
        (
            "The members of the Fjordtech Cluster gathered for the General Assembly 2023 on 4 May 2023 in Kiel.",
            ["Fjordtech Cluster e. V."],
        ),
        ("Members of Ostsee Robotik e. V. also met at the Fjord Forum 2023 on 4 May 2023 in Kiel.", []),
    ],
)
def test_the_body_whose_members_met_for_an_assembly(body: str, expected: list[str]) -> None:
    assert _hosts(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Just under 70 members joined us for the Fjord Summer Evening on 4 May 2023 in Kiel.",
            ["Fjordtech Cluster e. V."],
        ),
        (
            "Some 40 guests visited us for the Fjord Open Lab 2023 on 4 May 2023 in Kiel.",
            ["Fjordtech Cluster e. V."],
        ),
        (
            "Am 4. Mai 2023 kamen rund 40 Gäste zu uns in die Fjord Werkstatt 2023 nach Kiel.",
            ["Fjordtech Cluster e. V."],
        ),
        ("On 4 May 2023 two of our members joined us at the stand of the Fjord Forum 2023 in Kiel.", []),
    ],
)
def test_guests_who_joined_us_make_the_publisher_the_host(body: str, expected: list[str]) -> None:
    assert _hosts(body, head="Fjordtech Cluster – Members' Update") == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Die Fjord Stiftung hat am 4. Mai 2023 zum dritten Mal ihren Meerespreis vergeben. Die Preisverleihung 2023 in Kiel, organisiert in Zusammenarbeit mit dem Fjordtech Cluster, verfolgten 200 Gäste.",
            {"Fjord Stiftung", "Fjordtech Cluster e. V."},
        ),
        (
            "On 4 May 2023 Nordsee Robotics GmbH presented its Robot Award for the fifth time at the Robot Award Gala 2023 in Kiel.",
            {"Nordsee Robotics GmbH"},
        ),
        (
            "Der Ostsee Robotik e. V. verlieh am 4. Mai 2023 in Kiel bei der Preisverleihung 2023 den Robotikpreis an zwei Schülerteams.",
            {"Ostsee Robotik e. V."},
        ),
    ],
)
def test_the_giver_of_a_prize_hosts_its_ceremony(body: str, expected: set[str]) -> None:
    assert set(_hosts(body)) == expected


@pytest.mark.parametrize(
    "body",
    [
        "Die Fjord Stiftung hat 2022 ihren Meerespreis vergeben. Das Fjord Forum 2023 fand am 4. Mai 2023 in Kiel statt.",
        "At the Robot Award Gala 2023 on 4 May 2023 in Kiel, Nordsee Robotics GmbH received the award.",
        "Nordsee Robotics GmbH won the prize at the Robot Award Gala 2023 on 4 May 2023 in Kiel.",
    ],
)
def test_a_winner_or_another_events_giver_hosts_nothing(body: str) -> None:
    assert _hosts(body) == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Here are impressions from the Fjord Open House 2023, which we held on 4 May 2023 in Kiel.",
            ["Fjordtech Cluster e. V."],
        ),
        (
            "Bilder vom Fjord Sommerfest 2023, das wir am 4. Mai 2023 in Kiel ausgerichtet haben.",
            ["Fjordtech Cluster e. V."],
        ),
        (
            "Around 90 of you joined us live for the Fjord Talks Live #4 on 4 May 2023.",
            ["Fjordtech Cluster e. V."],
        ),
        ("We held talks with Nordsee Robotics GmbH at the Fjord Forum 2023 on 4 May 2023 in Kiel.", []),
    ],
)
def test_an_event_we_held(body: str, expected: list[str]) -> None:
    assert _hosts(body, head="Fjordtech Cluster | Blog") == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "The fourth episode of our webinar series, Fjord Talks Live #4, aired on 4 May 2023 and was co-produced with Nordsee Robotics GmbH.",
            ["Fjordtech Cluster e. V.", "Nordsee Robotics GmbH"],
        ),
        (
            "Die dritte Folge unserer Reihe, Fjord Talks #3, lief am 4. Mai 2023 online, in Zusammenarbeit mit der Nordsee Robotics GmbH.",
            ["Fjordtech Cluster e. V.", "Nordsee Robotics GmbH"],
        ),
        (
            "Unser Fjord Sommerfest 2023 fand am 4. Mai 2023 in Kiel statt; die Nordsee Robotics GmbH spendierte die Getränke.",
            ["Fjordtech Cluster e. V."],
        ),
    ],
)
def test_our_series_and_who_joined_it(body: str, expected: list[str]) -> None:
    assert _hosts(body, head="Fjordtech Cluster | Blog") == expected


@pytest.mark.parametrize(
    "body",
    [
        "Der Fjord Innovationstag fand am 4. Mai 2023 in Kiel statt. Rund 30 Minuten kamen für Fragen hinzu.",
        "The Fjord Care Day took place on 4 May 2023 in Kiel. Some 40 companies, labs and clinics came with products.",
    ],
)
def test_a_list_of_things_that_came_is_no_count(body: str) -> None:
    assert _count(_parse(body)) is None


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("The Fjord Summit 3 to 5 May 2023 in Kiel drew 300 delegates.", "Fjord Summit"),
        ("Der Fjord Gipfel 3 bis 5. Mai 2023 in Kiel zog 300 Gäste an.", "Fjord Gipfel"),
    ],
)
def test_the_first_day_of_a_range_is_no_edition(body: str, name: str) -> None:
    assert _name(_parse(body)) == name


@pytest.mark.parametrize(
    "body",
    [
        "The two-day Fjord Summit 2023 ended on 5 May 2023 in Kiel.",
        "Der zweitägige Fjord Gipfel 2023 ging am 5. Mai 2023 in Kiel zu Ende.",
    ],
)
def test_a_duration_does_not_widen_the_last_day(body: str) -> None:
    assert _date(_parse(body)) == ("2023-05-05", None)


@pytest.mark.parametrize(
    ("body", "name"),
    [
        (
            "The Open Day NRG hosted on 4 May 2023 in Kiel drew 300 visitors. Nordsee Robotics GmbH (NRG) builds robots.",
            "Open Day",
        ),
        (
            "Am 4. Mai 2023 trafen sich 40 Gäste beim Fjord Workshop NRG in Kiel. Die Nordsee Robotics GmbH (NRG) hatte eingeladen; NRG baut Roboter.",
            "Fjord Workshop",
        ),
        (
            "At the Harbour Forum NRG organised on 4 May 2023, NRG showed robots. Nordsee Robotics GmbH (NRG) is based in Kiel.",
            "Harbour Forum",
        ),
        (
            "Zum 2. Partnertreffen SeaGrid kamen am 4. Mai 2023 alle Partner nach Kiel. Das Projekt Smarte Netze am Meer (SeaGrid) läuft bis 2026.",
            "2. Partnertreffen SeaGrid",
        ),
    ],
)
def test_an_organisations_short_name_ends_no_name(body: str, name: str) -> None:
    assert _name(_parse(body)) == name
