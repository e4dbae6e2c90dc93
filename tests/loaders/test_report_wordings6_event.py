# ruff: noqa: E501
"""Reports, sixth round (issue 17, generality of the event): trips and joint stands are events,
names with an ordinal, a dash title, a capitalised "Annual" or a quoted title beside a compound
noun, dates in more forms (ordinal ranges, Austrian month names), online and on-site wordings
(negated streams, a Zoom link), and member news that mention an event only in passing. Every
sentence is made up for these tests."""

from __future__ import annotations

import pytest
from support.report_probe import date as _date
from support.report_probe import name as _name
from support.report_probe import online as _online

from clustergraph.errors import DataError
from clustergraph.loaders.report import parse_report
from clustergraph.loaders.report.model import Report
from clustergraph.loaders.textkit import Gazetteer, find_dates

ID = "https://w3id.org/clustergraph/id/"


def _gazetteer() -> Gazetteer:
    g = Gazetteer()
    g.add("place", ID + "region/de-kiel", ["Kiel"])
    g.add("org", ID + "org/fjord", ["Fjordtech Cluster e. V.", "Fjordtech Cluster", "Fjordtech"])
    return g


def _parse(body: str, dateline: str = "Kiel, 9. Mai 2023") -> Report:
    return parse_report("News\n\n" + dateline + "\n\n" + body + "\n", _gazetteer())


@pytest.mark.parametrize(
    ("body", "name"),
    [
        (
            "Zwölf Firmen nahmen an der Bavarian Learning Journey teil, die vom 3. bis 5. Mai 2023 durch München führte.",
            "Bavarian Learning Journey",
        ),
        (
            "Our Nordic Learning Journey took the group to Oslo from 2 to 4 May 2023.",
            "Nordic Learning Journey",
        ),
        (
            "Eight founders joined the Baltic Study Tour, which ran on 3 and 4 May 2023 in Riga.",
            "Baltic Study Tour",
        ),
        (
            "The Danish Study Trip 2023 took twelve members to Aarhus on 3–4 May 2023.",
            "Danish Study Trip 2023",
        ),
        ("Die Lernreise Dänemark führte am 4. Mai 2023 zwölf Mitglieder nach Aarhus.", "Lernreise Dänemark"),
        (
            "Auf dem Gemeinschaftsstand Meerestechnik 2023 präsentierten sich am 4. Mai 2023 neun Mitglieder.",
            "Gemeinschaftsstand Meerestechnik 2023",
        ),
        (
            "Die Messebeteiligung Hannover 2023 war am 4. Mai 2023 gut besucht.",
            "Messebeteiligung Hannover 2023",
        ),
    ],
)
def test_trips_and_stands_are_events(body: str, name: str) -> None:
    r = _parse(body)
    assert _name(r) == name
    assert _online(r) is False


@pytest.mark.parametrize(
    ("body", "name"),
    [
        (
            "Faserverbund: 5. Fachforum Leichtbau zieht Bilanz\n\nDas 5. Fachforum Leichtbau des Vereins fand am 4. Mai 2023 in Kiel statt.",
            "5. Fachforum Leichtbau",
        ),
        (
            "Das 3. Fachforum Holzbau hat am 4. Mai 2023 über 90 Gäste nach Kiel gelockt. Das 3. Fachforum Holzbau war ausgebucht.",
            "3. Fachforum Holzbau",
        ),
        (
            'On 4 May 2023 we ran our first "AI for Ports – Live Clinic" with 80 people.',
            "AI for Ports – Live Clinic",
        ),
        (
            "Am 4. Mai 2023 fand unser „Robotik im Mittelstand – Praxistag“ mit 40 Gästen statt.",
            "Robotik im Mittelstand – Praxistag",
        ),
        (
            "Thank you to all who joined our Annual General Meeting 2023 on 4 May 2023 in Kiel.",
            "Annual General Meeting 2023",
        ),
        (
            "Members met for the Annual Members Meeting 2023 on 4 May 2023 in Kiel.",
            "Annual Members Meeting 2023",
        ),
        (
            "Beim 7. Innovationsforum Meerestechnik kamen am 4. Mai 2023 rund 80 Gäste zusammen.",
            "7. Innovationsforum Meerestechnik",
        ),
        (
            "Am 4. Mai 2023 lud der Verein zum 2. Zukunftsforum Wasserstoff ein; 60 Gäste kamen.",
            "2. Zukunftsforum Wasserstoff",
        ),
        (
            "The 4th Blue Economy Forum brought together 70 guests in Kiel on 4 May 2023.",
            "4th Blue Economy Forum",
        ),
        (
            'On 4 May 2023, 40 people joined "Data Spaces for Ports – Expert Roundtable", our new format.',
            "Data Spaces for Ports – Expert Roundtable",
        ),
        (
            "Der Workshop »Wasserstoff im Hafen« am 4. Mai 2023 war mit 30 Gästen ausgebucht.",
            "Wasserstoff im Hafen",
        ),
        ("Über 100 Gäste kamen am 4. Mai 2023 zum Datenforum „Meer Daten“ nach Kiel.", "Meer Daten"),
        ('On 4 May 2023 the data forum "Ocean Bytes" drew 90 guests to Kiel.', "Ocean Bytes"),
    ],
)
def test_names_with_ordinals_dashes_annual_and_quotes(body: str, name: str) -> None:
    assert _name(_parse(body)) == name


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("which ran from the 3rd to the 5th of October 2023", ("2023-10-03", "2023-10-05")),
        ("from the 3rd until the 5th of October 2023", ("2023-10-03", "2023-10-05")),
        ("Wann: 23.–24. Jänner 2024", ("2024-01-23", "2024-01-24")),
        ("am 3. Jänner 2024", ("2024-01-03", None)),
        ("vom 3. bis 5. Jänner 2024", ("2024-01-03", "2024-01-05")),
        ("am 12. Feber 2024", ("2024-02-12", None)),
        ("October 3 through 5, 2023", ("2023-10-03", "2023-10-05")),
        ("3rd & 4th October 2023", ("2023-10-03", "2023-10-04")),
        ("am 3. und am 4. Oktober 2023", ("2023-10-03", "2023-10-04")),
        ("vom 3. bis einschließlich 5. Oktober 2023", ("2023-10-03", "2023-10-05")),
        ("2023-10-03 to 2023-10-05", ("2023-10-03", "2023-10-05")),
        ("am 2023-10-03 in Kiel", ("2023-10-03", None)),
    ],
)
def test_more_date_forms(text: str, expected: tuple[str, str | None]) -> None:
    d = find_dates(text)[0]
    assert (d.start, d.end) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Das Fjordforum 2023 fand am 4. Mai 2023 in Kiel statt. Eine Übertragung ins Netz gab es bewusst nicht.",
            False,
        ),
        ("Das Fjordforum 2023 fand am 4. Mai 2023 in Kiel statt. Gestreamt wurde nichts.", False),
        ("Das Fjordforum 2023 fand am 4. Mai 2023 statt; einen Livestream gab es nicht.", False),
        ("The Fjord Forum 2023 took place on 4 May 2023. It was not streamed.", False),
        ("The Fjord Forum 2023 took place on 4 May 2023. There was no livestream this time.", False),
        ("The Fjord Forum 2023 took place on 4 May 2023 in the Gallery or via the Zoom link we sent.", True),
        ("Das Fjordforum 2023 fand am 4. Mai 2023 statt, auch über den Zoom-Link.", True),
        ("Das Fjordforum 2023 fand am 4. Mai 2023 als Präsenz mit Online-Übertragung statt.", True),
        ("Das Fjordforum 2023 fand am 4. Mai 2023 statt und wurde im Livestream übertragen.", True),
        ("Das Fjordforum 2023 am 4. Mai 2023 konnte man auch am Bildschirm verfolgen.", True),
        ("Das Fjordforum 2023 fand am 4. Mai 2023 rein digital statt.", True),
        ("The Fjord Forum 2023 on 4 May 2023 could be followed remotely.", True),
        ("The Fjord Forum 2023 met on 4 May 2023 — in the room and on screen.", True),
        ("The Fjord Forum 2023 took place on 4 May 2023 as a face-to-face event.", False),
        ("The Fjord Forum 2023 took place on 4 May 2023; it was not recorded or streamed.", False),
        ("Das Fjordforum 2023 fand am 4. Mai 2023 statt, weder gefilmt noch gestreamt.", False),
        ("Das Fjordforum 2023 fand am 4. Mai 2023 statt. Die Vorträge sind online abrufbar.", None),
        ("The Fjord Forum 2023 took place on 4 May 2023. Slides are available online.", None),
    ],
)
def test_online_and_negated_streams(body: str, expected: bool | None) -> None:
    assert _online(_parse(body)) is expected


@pytest.mark.parametrize(
    "body",
    [
        "Personalien\n\nNeue Geschäftsführerin: Zum 1. Juli 2023 hat Dr. Anna Berg die Geschäftsführung übernommen. Sie war zuvor bei der Werft Nord GmbH tätig.\n\nNeue Mitglieder: Drei Firmen sind eingetreten.\n\nTermin vormerken: Der Jahresempfang findet am 14. November 2023 statt.",
        "People news\n\nNew managing director: On 1 July 2023 Anna Berg took over the management of the office. She was previously with Harbour Works Ltd.\n\nNew members: three firms joined the cluster.\n\nSave the date: our Annual Reception is on 14 November 2023.",
        "Personalien\n\nDer Vorstand hat Dr. Jan Ohm zum 1. Juni 2023 zum neuen Geschäftsführer berufen. Er folgt auf Eva Roth, die in den Ruhestand geht; verabschiedet wird sie beim Sommerfest am 30. Juni 2023.",
        "Appointments\n\nThe board appointed Jan Ohm as managing director with effect from 1 June 2023. He succeeds Eva Roth, who retires; she will be thanked at the Summer Reception on 30 June 2023.",
    ],
)
def test_member_news_is_no_event(body: str) -> None:
    with pytest.raises(DataError, match="no recognisable event"):
        _parse(body, "Mitglieder-News 05/2023")


@pytest.mark.parametrize(
    "body",
    [
        "Neue Köpfe beim Fjordforum\n\nDas Fjordforum 2023 fand am 4. Mai 2023 in Kiel statt. Dort wurde Dr. Anna Berg als neue Geschäftsführerin vorgestellt.",
        "New faces at the Fjord Forum\n\nThe Fjord Forum 2023 took place on 4 May 2023 in Kiel, where Anna Berg was introduced as the new managing director.",
        "Der Jahresempfang 2023 am 4. Mai 2023 in Kiel stand im Zeichen des Abschieds: Eva Roth übergab die Geschäftsführung an Jan Ohm.",
        "Our Summer Reception 2023 on 4 May 2023 in Kiel was also a farewell: Eva Roth handed over to Jan Ohm.",
    ],
)
def test_event_reports_with_personnel_news_stay_events(body: str) -> None:
    assert _parse(body).event is not None


@pytest.mark.parametrize(
    "text",
    ["", "   \n\n ", "News\n\nKiel, 31. Februar 2023\n\nDas Fjordforum fand statt.", "News\x00\x01 binary"],
)
def test_error_texts_are_still_located(text: str) -> None:
    with pytest.raises(DataError) as info:
        parse_report(text, _gazetteer())
    assert info.value.problems[0].line >= 1


@pytest.mark.parametrize(
    ("masthead", "body", "expected"),
    [
        (
            "Members' Bulletin – December 2023",
            "Our Harbour Forum 2023 took place on Wednesday 22nd November in Kiel.",
            ("2023-11-22", None),
        ),
        (
            "Mitglieder-News 11/2023",
            "Das Fjordforum 2023 fand am 22. November in Kiel statt.",
            ("2023-11-22", None),
        ),
        (
            "Newsletter Dezember 2023",
            "Vom 20. bis 22. November trafen sich beim Fjordforum 2023 in Kiel 40 Gäste.",
            ("2023-11-20", "2023-11-22"),
        ),
        (
            "Cluster update · Issue 4/2023",
            "On November 22 the Harbour Forum 2023 met in Kiel.",
            ("2023-11-22", None),
        ),
    ],
)
def test_year_from_the_masthead(masthead: str, body: str, expected: tuple[str, str | None]) -> None:
    r = parse_report(masthead + "\n\n" + body + "\n", _gazetteer())
    assert _date(r) == expected


@pytest.mark.parametrize(
    ("body", "count"),
    [
        (
            "A group of 16 – founders and cluster managers – joined the Nordic Learning Journey 2023 on 4 May 2023.",
            16,
        ),
        (
            "Eine Gruppe von 12 (Gründerinnen und Clustermanager) reiste am 4. Mai 2023 zur Lernreise Dänemark 2023.",
            12,
        ),
        (
            "On 4 May 2023 a team of 9: engineers, buyers and designers, went on the Baltic Study Tour 2023.",
            9,
        ),
        (
            "Am 4. Mai 2023 startete die Delegationsreise Oslo 2023 mit einer Reisegruppe von 14 – vor allem Werften.",
            14,
        ),
    ],
)
def test_group_sizes_count_participants(body: str, count: int) -> None:
    c = _parse(body).one("participants")
    assert c is not None and c.data["count"] == count


def test_a_group_of_firms_is_no_participant_count() -> None:
    r = _parse(
        "Das Fjordforum 2023 fand am 4. Mai 2023 in Kiel statt; eine Gruppe von 20 Unternehmen stellte aus."
    )
    assert r.one("participants") is None


@pytest.mark.parametrize(
    "text",
    [
        "Member news – June 2024\nHarbour Tech Cluster\n\nPeople and places\n\nNew chair: At its meeting in May the board elected Dr. Sara Lind as chair of the cluster. She succeeds Tom Berg, who stepped down after nine years. Sara Lind has led the R&D department of Nordic Propulsion AB since 2019.\n\nNew members: five companies joined since April, among them Baltic Sensors Ltd and Kiel Robotics GmbH. The cluster now has 212 members.\n\nSave the date: the Harbour Tech Summit 2024 will take place on 12 November 2024 in Kiel.\n",
        "Company news\n\nKiel, 3 June 2024\n\nBaltic Sensors Ltd appoints new CEO\n\nBaltic Sensors Ltd has appointed Maria Holm as chief executive with effect from 1 July 2024. Holm joins from Nordic Propulsion AB, where she led the sensor division. She replaces founder Erik Lund, who will remain on the board.\n\nHolm will present the company's new strategy at the Harbour Tech Summit on 12 November 2024.\n",
    ],
)
def test_member_news_with_a_later_event_is_no_event(text: str) -> None:
    with pytest.raises(DataError, match="no recognisable event"):
        parse_report(text, _gazetteer())


@pytest.mark.parametrize(
    "text",
    [
        "News\n\nKiel, 9. Mai 2023\n\nDaten für den Hafen\n\nRund 80 Fachleute aus Werften und Häfen trafen sich am 4. Mai 2023 in Kiel, um über Datenräume zu sprechen.\n\nDas Fjordforum 2023 stand unter dem Motto „Daten teilen“. Gastgeber war der Fjordtech Cluster.",
        'News\n\nKiel, 9 May 2023\n\nSharing data in ports\n\nAround 80 experts from shipyards and ports met in Kiel on 4 May 2023 to talk about data spaces.\n\nThis year\'s Fjord Forum 2023 was themed "Share the data". The host was Fjordtech Cluster.',
        "News\n\nKiel, 9 May 2023\n\nWhat a day! Thank you all for coming to Kiel on 4 May 2023. Eighty of you, from shipyards, ports and labs.\n\nThe Fjord Forum 2023 is our flagship format and this edition was the best yet.",
        "News\n\nKiel, 9. Mai 2023\n\nVolles Haus in Kiel: Am 4. Mai 2023 kamen 80 Gäste ins Hafenhaus. Es ging um Datenräume, Sensorik und Fachkräfte.\n\nDas Fjordforum 2023 ist das wichtigste Format des Clusters.\n",
    ],
)
def test_an_event_named_after_a_lead_on_the_gathering_is_an_event(text: str) -> None:
    r = parse_report(text, _gazetteer())
    assert _date(r) == ("2023-05-04", None)


@pytest.mark.parametrize(
    ("body", "name"),
    [
        (
            "Zwei Tage Austausch in Kiel\n\nÜber 100 Gäste diskutierten am 3. und 4. Mai 2023 beim Datenforum „Meer Daten“ in Kiel.",
            "Meer Daten",
        ),
        (
            "Drei Tage Praxis\n\nBeim Praxisforum „Robotik konkret“ trafen sich am 4. Mai 2023 rund 60 Gäste.",
            "Robotik konkret",
        ),
        (
            'Two days of exchange\n\nMore than 100 guests joined the data forum "Ocean Bytes" in Kiel on 3 and 4 May 2023.',
            "Ocean Bytes",
        ),
        (
            "Two days of exchange\n\nOn 3–4 May 2023 the 'Ocean Bytes' data forum drew 100 guests to Kiel.",
            "Ocean Bytes",
        ),
        ("The Ocean Data & AI Summit 2023 took place in Kiel on 4 May 2023.", "Ocean Data & AI Summit 2023"),
        ("Am 4. Mai 2023 fand der Tag der Meerestechnik 2023 in Kiel statt.", "Tag der Meerestechnik 2023"),
    ],
)
def test_a_duration_or_lower_case_event_word_is_no_name(body: str, name: str) -> None:
    assert _name(_parse(body)) == name


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Today's Harbour Data Day brings 90 experts to Kiel.", "2023-05-09"),
        ("Beim heutigen Fachforum sprachen zwölf Gäste.", "2023-05-09"),
        ("This morning the Harbour Board met in Kiel.", "2023-05-09"),
        ("Heute Abend trafen sich 40 Mitglieder im Hafenhaus.", "2023-05-09"),
    ],
)
def test_today_is_the_reports_day(text: str, expected: str) -> None:
    from clustergraph.loaders.textkit.dates import relative_dates

    assert [d.start for d in relative_dates(text, "2023-05-09")] == [expected]


@pytest.mark.parametrize(
    "text", ["Heute ist der Cluster 200 Mitglieder stark.", "Today, the network has 74 members."]
)
def test_today_alone_is_no_day(text: str) -> None:
    from clustergraph.loaders.textkit.dates import relative_dates

    assert relative_dates(text, "2023-05-09") == []


@pytest.mark.parametrize(
    ("body", "name"),
    [
        (
            "Die Kooperationsbörse Meerestechnik 2023 brachte am 4. Mai 2023 rund 60 Firmen zusammen.",
            "Kooperationsbörse Meerestechnik 2023",
        ),
        (
            "Beim Ideenwettbewerb Blauer Hafen 2023 wurden am 4. Mai 2023 drei Teams ausgezeichnet.",
            "Ideenwettbewerb Blauer Hafen 2023",
        ),
        (
            "The Blue Ports Challenge 2023 final took place in Kiel on 4 May 2023.",
            "Blue Ports Challenge 2023",
        ),
        (
            "Das Seminar Exportkontrolle 2023 am 4. Mai 2023 war mit 25 Teilnehmenden ausgebucht.",
            "Seminar Exportkontrolle 2023",
        ),
        (
            "Die Jubiläumsfeier zum zehnjährigen Bestehen fand am 4. Mai 2023 im Hafenhaus statt.",
            "Jubiläumsfeier",
        ),
        (
            "The Ocean Tech Brokerage Event 2023 on 4 May 2023 arranged 140 meetings.",
            "Ocean Tech Brokerage Event 2023",
        ),
    ],
)
def test_more_event_words(body: str, name: str) -> None:
    assert _name(_parse(body)) == name


@pytest.mark.parametrize(
    "body",
    [
        "Die Strombörse meldete am 4. Mai 2023 hohe Preise. Der Fjordtech Cluster fand das spannend.",
        "Am 4. Mai 2023 stellte die Werft Nord GmbH ihre neue Schulungshalle vor.",
    ],
)
def test_look_alike_words_are_no_event(body: str) -> None:
    with pytest.raises(DataError, match="no recognisable event"):
        _parse(body)


def test_prices_are_no_trip() -> None:
    r = _parse("Das Fjordforum 2023 am 4. Mai 2023 diskutierte über hohe Preise und Kreise.")
    assert _online(r) is None


@pytest.mark.parametrize(
    ("body", "count"),
    [
        ("Zwölf Gründerinnen nahmen am 4. Mai 2023 am Fjordforum 2023 teil.", (12, "exact")),
        ("The Fjord Forum 2023 on 4 May 2023 drew a crowd of around 150.", (150, "about")),
        ("Nearly two hundred guests joined the Fjord Forum 2023 on 4 May 2023.", (200, "almost")),
        (
            "About one hundred and fifty participants came to the Fjord Forum 2023 on 4 May 2023.",
            (150, "about"),
        ),
        ("Rund zweihundert Gäste kamen am 4. Mai 2023 zum Fjordforum 2023.", (200, "about")),
        ("Fünfundzwanzig Gäste kamen am 4. Mai 2023 zum Fjordforum 2023.", (25, "exact")),
        ("Twenty-five guests came to the Fjord Forum 2023 on 4 May 2023.", (25, "exact")),
    ],
)
def test_counts_in_words_and_after_a_crowd(body: str, count: tuple[int, str]) -> None:
    c = _parse(body).one("participants")
    assert c is not None and (c.data["count"], c.data["qualifier"]) == count


@pytest.mark.parametrize(
    ("body", "name"),
    [
        (
            "Twelve founders took part in the Bavarian learning journey, which ran from 3 to 5 May 2023.",
            "Bavarian learning journey",
        ),
        (
            "Learning journey: what Bavaria can teach\n\nOur Nordic study tour took 12 members to Oslo from 3 to 5 May 2023.",
            "Nordic study tour",
        ),
        (
            "A group of 12 took part in the Health Cluster's Bavarian learning journey from 3 to 5 May 2023.",
            "Bavarian learning journey",
        ),
    ],
)
def test_trips_in_lower_case(body: str, name: str) -> None:
    r = _parse(body, "Kiel, 9 May 2023")
    assert _name(r) == name and _date(r) == ("2023-05-03", "2023-05-05") and _online(r) is False


@pytest.mark.parametrize(
    ("body", "name"),
    [
        (
            "Die Teilnehmenden des Innovationstags Hafenlogistik 2023 diskutierten am 4. Mai 2023 in Kiel.",
            "Innovationstag Hafenlogistik 2023",
        ),
        (
            "Zum Abschluss des Netzwerktreffens Nord am 4. Mai 2023 dankte Anna Berg allen Gästen.",
            "Netzwerktreffen Nord",
        ),
        (
            "Im Mittelpunkt des 3. Fachkongresses Meerestechnik 2023 stand am 4. Mai 2023 der Hafen.",
            "3. Fachkongress Meerestechnik 2023",
        ),
        ("Die Gäste des Fjordforums 2023 kamen am 4. Mai 2023 aus zwölf Ländern.", "Fjordforum 2023"),
        ("The Open Days 2023 drew 300 visitors on 4 May 2023.", "Open Days 2023"),
        ("On 4 May 2023 we ran two workshops at the Fjord Forum 2023.", "Fjord Forum 2023"),
    ],
)
def test_genitive_names_in_their_base_form(body: str, name: str) -> None:
    assert _name(_parse(body)) == name


@pytest.mark.parametrize(
    ("body", "name"),
    [
        (
            "„Der Austausch beim Fjordforum“, sagte Anna Berg am 4. Mai 2023 in Kiel. Das Fjordforum fand zum dritten Mal statt.",
            "Fjordforum",
        ),
        ('"Great people at the Fjord Forum 2023", said Anna Berg on 4 May 2023.', "Fjord Forum 2023"),
    ],
)
def test_a_quoted_statement_is_no_title(body: str, name: str) -> None:
    assert _name(_parse(body)) == name
