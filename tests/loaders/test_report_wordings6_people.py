# ruff: noqa: E501
"""Reports, sixth round (issue 17): function words, inflected former functions, functions before a
name, and organisations by their legal form or head word, in made-up variants of the kinds of
wording the blind texts de-50 … en-55 showed; and look-alikes that must not be read as such.
Every sentence is made up for these tests."""

from __future__ import annotations

import pytest
from support.report_probe import organisers as _organisers
from support.report_probe import orgs as _orgs
from support.report_probe import people as _people

from clustergraph.loaders.report import parse_report
from clustergraph.loaders.report.model import Report
from clustergraph.loaders.textkit import Gazetteer

ID = "https://w3id.org/clustergraph/id/"


def _gazetteer() -> Gazetteer:
    g = Gazetteer()
    g.add("place", ID + "region/de-rostock", ["Rostock"])
    g.add("place", ID + "region/uk-leeds", ["Leeds"])
    g.add("org", ID + "org/mola", ["Molawerk Cluster e. V.", "Molawerk Cluster", "Molawerk"])
    g.add("org", ID + "org/saxtronic", ["Saxtronic Cluster", "Saxtronic"])
    return g


_EVENT = "Der Rostocker Hafentag 2025 fand am 4. Juni 2025 in Rostock statt. "
_EVENT_EN = "The Leeds Data Forum 2025 took place on 4 June 2025 in Leeds. "


def _parse(body: str, head: str = "News\n\nRostock, 6. Juni 2025\n\n") -> Report:
    return parse_report(head + body + "\n", _gazetteer())


@pytest.mark.parametrize(
    ("body", "name", "function"),
    [
        # former / retiring functions, inflected
        (
            _EVENT + "Es sprach die frühere Vorstandsvorsitzende der Kranbau Nord GmbH, Ida Sommer.",
            "Ida Sommer",
            "frühere Vorstandsvorsitzende",
        ),
        (
            _EVENT
            + "Ein Gespräch mit dem früheren Geschäftsführer der Kranbau Nord GmbH, Olaf Brink, schloss den Tag.",
            "Olaf Brink",
            "früheren Geschäftsführer",
        ),
        (
            _EVENT + "Olaf Brink, früherer Geschäftsführer der Kranbau Nord GmbH, schloss den Tag.",
            "Olaf Brink",
            "früherer Geschäftsführer",
        ),
        (
            _EVENT + "Es sprach Ida Sommer, langjährige Vorsitzende der Kranbau Nord GmbH.",
            "Ida Sommer",
            "langjährige Vorsitzende",
        ),
        (_EVENT_EN + "The retiring chair, Colin Brook, thanked the board.", "Colin Brook", "retiring chair"),
        (
            _EVENT_EN + "Colin Brook, retiring chair of the Wharf Robotics Alliance, thanked the board.",
            "Colin Brook",
            "retiring chair",
        ),
        (
            _EVENT_EN
            + "Colin Brook, the long-serving treasurer of the Wharf Robotics Alliance, presented the accounts.",
            "Colin Brook",
            "long-serving treasurer",
        ),
        (_EVENT_EN + "Our outgoing president, Dr Jane Roe, handed over.", "Jane Roe", "outgoing president"),
        # function words new to the vocabulary
        (_EVENT_EN + "The accounts were presented by treasurer Priya Shah.", "Priya Shah", "treasurer"),
        (_EVENT_EN + "Members re-elected Priya Shah as treasurer.", "Priya Shah", "treasurer"),
        (
            _EVENT_EN + "Dr. Ruth Hale, chief executive of Brightwater Foods Ltd, spoke.",
            "Ruth Hale",
            "chief executive",
        ),
        (
            _EVENT_EN + "Brightwater Foods Ltd's chief executive officer Ruth Hale spoke.",
            "Ruth Hale",
            "chief executive officer",
        ),
        (
            _EVENT_EN + "Marc Webb, VP of Engineering at Allegheny Motion Systems Inc., showed a demo.",
            "Marc Webb",
            "VP of Engineering",
        ),
        (
            _EVENT_EN + "Marc Webb, vice president of sales at Allegheny Motion Systems Inc., showed a demo.",
            "Marc Webb",
            "vice president of sales",
        ),
        (
            _EVENT_EN + "Tom Lis, co-founder of Bluegrid Analytics sp. z o.o., ran the clinic.",
            "Tom Lis",
            "co-founder",
        ),
        (_EVENT_EN + "Bluegrid's co-founder Tom Lis ran the clinic.", "Tom Lis", "co-founder"),
        (
            _EVENT_EN + "Jan Nowak, international officer at the Wharf Robotics Alliance, joined.",
            "Jan Nowak",
            "international officer",
        ),
        (
            _EVENT_EN + "Ulla Brand, senior consultant at Klinikpartner Süd GmbH, joined.",
            "Ulla Brand",
            "senior consultant",
        ),
        (_EVENT_EN + "The company secretary, Ann Bell, read the minutes.", "Ann Bell", "company secretary"),
        (
            _EVENT + "Die Rechtsanwältin Mia Ostmann von der Kanzlei Ostmann & Thiel erklärte die Regeln.",
            "Mia Ostmann",
            "Rechtsanwältin",
        ),
        (
            _EVENT + "Mia Ostmann, Rechtsanwältin bei Ostmann & Thiel Partner mbB, erklärte die Regeln.",
            "Mia Ostmann",
            "Rechtsanwältin",
        ),
        (
            _EVENT + "Lea Horn, Masterstudentin an der Hochschule Warnow, zeigte ihr Projekt.",
            "Lea Horn",
            "Masterstudentin",
        ),
        (_EVENT + "Es begrüßte Molawerk-Chefin Dr. Anna Probe die Gäste.", "Anna Probe", "Chefin"),
        (_EVENT + "Den Bericht gab Schatzmeister Kurt Rahn ab.", "Kurt Rahn", "Schatzmeister"),
        (
            _EVENT + "Prokuristin Jana Vogt von der Kranbau Nord GmbH stellte das Werk vor.",
            "Jana Vogt",
            "Prokuristin",
        ),
        # a function word before a name is no part of the name
        (
            _EVENT + "Medizininformatiker Lukas Ebner vom Zentrum für Medizininformatik Rostock sprach.",
            "Lukas Ebner",
            "Medizininformatiker",
        ),
        (
            _EVENT + "Es sprach der Wirtschaftsinformatiker Lukas Ebner über Daten.",
            "Lukas Ebner",
            "Wirtschaftsinformatiker",
        ),
        # an adjective of place before the organisation is no part of the function
        (
            _EVENT_EN + "Clara Probe, chairwoman of Dresden-based Saxtronic, spoke.",
            "Clara Probe",
            "chairwoman",
        ),
        (_EVENT_EN + "Clara Probe, head of Leeds-based Brightwater Foods Ltd, spoke.", "Clara Probe", "head"),
        (_EVENT_EN + "Clara Probe, director of a Leeds-based start-up, spoke.", "Clara Probe", "director"),
        (
            _EVENT_EN + "The chairwoman of Dresden-based Saxtronic, Clara Probe, spoke.",
            "Clara Probe",
            "chairwoman",
        ),
    ],
)
def test_function_words(body: str, name: str, function: str) -> None:
    people = _people(_parse(body))
    assert name in people, people
    assert people[name][0] == function


@pytest.mark.parametrize(
    ("body", "org"),
    [
        (
            _EVENT_EN + "Tom Lis of Bluegrid Analytics sp. z o.o. ran the clinic.",
            "Bluegrid Analytics sp. z o.o.",
        ),
        (_EVENT_EN + "Dr. Ewa Wolna of Wisla Data Sp. z o.o. ran the clinic.", "Wisla Data Sp. z o.o."),
        (_EVENT_EN + "Dr. Ruth Hale of Hamble Composites Ltd spoke.", "Hamble Composites Ltd"),
        (
            _EVENT + "Es sprach Mia Ostmann von der Kanzlei Ostmann & Thiel über Exportregeln.",
            "Kanzlei Ostmann & Thiel",
        ),
        (_EVENT + "Es sprach Dr. Eva Brandt von der Kanzlei Brandt Legal.", "Kanzlei Brandt Legal"),
        (
            _EVENT_EN + "The Great Lakes Robotics Alliance ran the summit with us.",
            "Great Lakes Robotics Alliance",
        ),
        (
            _EVENT_EN + "Dr. Ann Roe of Monongahela Technical College showed robots.",
            "Monongahela Technical College",
        ),
        (
            _EVENT_EN + "Dr. Ann Roe from Wharfdale Community College showed robots.",
            "Wharfdale Community College",
        ),
    ],
)
def test_organisations(body: str, org: str) -> None:
    assert org in _orgs(_parse(body))


@pytest.mark.parametrize(
    ("body", "not_name"),
    [
        (_EVENT + "Die Studentenwerk Rostock GmbH lud Studierende ein.", "Studentenwerk Rostock"),
        (
            _EVENT_EN + "Former Treasury officials and Chief Executive Ruth Hale joined.",
            "Chief Executive Ruth",
        ),
        (_EVENT + "Medizininformatiker Lukas Ebner sprach.", "Medizininformatiker Lukas Ebner"),
    ],
)
def test_not_a_name(body: str, not_name: str) -> None:
    assert not_name not in _people(_parse(body))


def test_place_adjective_before_the_organisation() -> None:
    """ "chairwoman of Dresden-based Saxtronic": the function is held at Saxtronic."""
    people = _people(_parse(_EVENT_EN + "Clara Probe, chairwoman of Dresden-based Saxtronic, spoke."))
    assert people["Clara Probe"] == ("chairwoman", "Saxtronic Cluster")


def test_retiring_is_no_function_of_a_plan() -> None:
    """ "retiring" before a noun that is no function word is nothing."""
    people = _people(_parse(_EVENT_EN + "Ann Bell spoke about retiring plans and the retiring fleet."))
    assert people.get("Ann Bell", (None, None))[0] is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the publisher on a masthead line of its own, or in a segment of the first line
        (
            "Members' Bulletin – June 2025\nWharf Robotics Alliance\n\nThanks to all who joined us for our Annual Meeting 2025 on 4 June 2025 in Leeds.",
            ["Wharf Robotics Alliance"],
        ),
        (
            "IHK Warnowtal · Newsletter\n\nÜber 60 Gäste kamen am 4. Juni 2025 zu unserem Online-Seminar „Zoll kompakt 2025“.",
            ["IHK Warnowtal"],
        ),
        (
            "BLOG | Wharf Robotics Alliance\n\nAbout 200 people came to our busiest Robotics Summit 2025 on 4 June 2025 in Leeds.",
            ["Wharf Robotics Alliance"],
        ),
        # "we" as host in other wordings
        (
            "Kranbau Nord GmbH\nLinkedIn\n\nAm 4. Juni 2025 durften wir beim Hafentag Rostock 2025 Gastgeber sein.",
            ["Kranbau Nord GmbH"],
        ),
        (
            "Kranbau Nord GmbH\n\nWir waren am 4. Juni 2025 Gastgeber des Hafentag Rostock 2025.",
            ["Kranbau Nord GmbH"],
        ),
        (
            "Wisla Data Sp. z o.o.\n\nOn 4 June 2025 we at Wisla Data teamed up with the Molawerk Cluster to run our first Data Clinic 2025.",
            ["Wisla Data Sp. z o.o.", "Molawerk Cluster e. V."],
        ),
        (
            "Wisla Data Sp. z o.o.\n\nOn 4 June 2025 we joined forces with the Molawerk Cluster to host the Data Clinic 2025.",
            ["Wisla Data Sp. z o.o.", "Molawerk Cluster e. V."],
        ),
        (
            "Brightwater Foods Ltd\n\nWe were proud to host the Leeds Data Forum 2025 on 4 June 2025.",
            ["Brightwater Foods Ltd"],
        ),
        # third-person wordings
        (
            "News\n\nThe Leeds Data Forum 2025 took place on 4 June 2025. The Wharf Robotics Alliance put the forum together with the Molawerk Cluster.",
            ["Wharf Robotics Alliance", "Molawerk Cluster e. V."],
        ),
        (
            "News\n\nThe Leeds Data Forum 2025 on 4 June 2025 was brought together by the Wharf Robotics Alliance.",
            ["Wharf Robotics Alliance"],
        ),
        (
            "News\n\nThe Leeds Data Forum 2025 on 4 June 2025 was presented by the Wharf Robotics Alliance.",
            ["Wharf Robotics Alliance"],
        ),
        (
            "News\n\nDer Hafentag Rostock 2025 fand am 4. Juni 2025 statt. Unter der Regie des Molawerk Cluster und in Kooperation mit der Kranbau Nord GmbH wurde der Tag durchgeführt.",
            ["Molawerk Cluster e. V.", "Kranbau Nord GmbH"],
        ),
        (
            "News\n\nDer Hafentag Rostock 2025 fand am 4. Juni 2025 statt. Geladen hatte die Kranbau Nord GmbH.",
            ["Kranbau Nord GmbH"],
        ),
        (
            "News\n\nZum Hafentag Rostock 2025 am 4. Juni 2025 hatte die Kranbau Nord GmbH geladen.",
            ["Kranbau Nord GmbH"],
        ),
    ],
)
def test_organisers(text: str, expected: list[str]) -> None:
    assert sorted(_organisers(parse_report(text + "\n", _gazetteer()))) == sorted(expected)


@pytest.mark.parametrize(
    "text",
    [
        # a headline that names a body is no masthead; a study presented by a body is not the event's
        "News\n\nThe Leeds Data Forum 2025 took place on 4 June 2025 in Leeds. A study presented by the Wharf Robotics Alliance in May found gaps.",
        "Kranbau Nord GmbH\n\nWir waren am 4. Juni 2025 Gast beim Hafentag Rostock 2025.",
        "Brightwater Foods Ltd\n\nWe were proud to attend the Leeds Data Forum 2025 on 4 June 2025 hosted elsewhere.",
    ],
)
def test_no_organiser(text: str) -> None:
    assert _organisers(parse_report(text + "\n", _gazetteer())) == []


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # a noun for a body that the masthead's body's name holds
        (
            "Wharf Robotics Alliance\n\nThe Leeds Data Forum 2025 took place on 4 June 2025 in Leeds. Opening it, the Alliance's director, Dr. Ruth Hale, spoke.",
            "Ruth Hale",
            ("director", "Wharf Robotics Alliance"),
        ),
        (
            "PRESSE\nNetzwerk Warnow Holz e. V.\n\n"
            + _EVENT
            + "Durch den Tag führte Gerd Linde, der frühere Vorstandsvorsitzende des Netzwerks.",
            "Gerd Linde",
            ("frühere Vorstandsvorsitzende", "Netzwerk Warnow Holz e. V."),
        ),
        (
            "PRESSE\nNetzwerk Warnow Holz e. V.\n\n"
            + _EVENT
            + "Der Geschäftsführer des Vereins, Ole Brink, begrüßte die Gäste.",
            "Ole Brink",
            ("Geschäftsführer", "Netzwerk Warnow Holz e. V."),
        ),
        # a name after "cluster" as a common noun, and "dessen" for it
        (
            "News\n\n"
            + _EVENT
            + "Aus Brno kam eine Gruppe des Clusters Optika Brnenska, zu der auch dessen Vorsitzender Petr Novak gehörte.",
            "Petr Novak",
            ("Vorsitzender", "Optika Brnenska"),
        ),
        (
            "News\n\n"
            + _EVENT_EN
            + "A group from the cluster Baltic Data Works came, led by its chair Ewa Lis.",
            "Ewa Lis",
            ("chair", "Baltic Data Works"),
        ),
    ],
)
def test_affiliation_by_reference(text: str, name: str, expected: tuple[str, str]) -> None:
    assert _people(parse_report(text + "\n", _gazetteer()))[name] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the event's owner in the genitive, after a noun for it, the name repeated in the text
        (
            "Netzwerk Warnow Holz e. V.\n\nRostock, 6. Juni 2025\n\nHolzforum 2025 zieht Bilanz\n\nDas Holzforum 2025 des Netzwerks Warnow Holz hat am 4. Juni 2025 in Rostock 80 Gäste versammelt.",
            ["Netzwerk Warnow Holz e. V."],
        ),
        (
            "News\n\nRostock, 6. Juni 2025\n\nDer Holztag 2025 des Verbands Warnow Holzbau fand am 4. Juni 2025 in Rostock statt.",
            ["Verband Warnow Holzbau"],
        ),
    ],
)
def test_event_of_org(text: str, expected: list[str]) -> None:
    assert sorted(_organisers(parse_report(text + "\n", _gazetteer()))) == sorted(expected)


def test_no_owner_after_a_verb() -> None:
    """ "Zur Tagung kamen der X" : the word before "der" is a verb, not part of the event's name."""
    text = "News\n\nRostock, 6. Juni 2025\n\nZum Holztag 2025 am 4. Juni 2025 in Rostock kamen der Kranbau Nord GmbH viele Kunden nach."
    assert _organisers(parse_report(text + "\n", _gazetteer())) == []


@pytest.mark.parametrize(
    ("body", "name", "expected"),
    [
        # a part in the programme makes a person without function or organisation
        (
            _EVENT + "Abschlussrunde „Was bleibt?“, moderiert von Karin Moos\n\nDanke an alle.",
            "Karin Moos",
            (None, None),
        ),
        (_EVENT + "- Podium (Moderation: Karin Moos)\n- Ende", "Karin Moos", (None, None)),
        (_EVENT_EN + "A closing panel, chaired by Karin Moos, ended the day.", "Karin Moos", (None, None)),
        (_EVENT_EN + "- Panel: the road ahead (moderated by Karin Moos)", "Karin Moos", (None, None)),
        # "Name, ORG" at the end of a programme line
        (
            _EVENT + "- Impuls: „Optik aus dem Drucker“ – Dr. Jonas Rett, Optikwerk Warnow GmbH\n- Pause",
            "Jonas Rett",
            (None, "Optikwerk Warnow GmbH"),
        ),
        (
            _EVENT_EN + '- Keynote: "Print" – Jonas Rett, Wharf Optics Ltd\n- Lunch',
            "Jonas Rett",
            (None, "Wharf Optics Ltd"),
        ),
    ],
)
def test_programme_parts(body: str, name: str, expected: tuple[str | None, str | None]) -> None:
    assert _people(_parse(body))[name] == expected


@pytest.mark.parametrize(
    "body",
    [
        _EVENT + "Die Runde wurde von vielen Gästen gelobt, moderiert von Herzen.",
        _EVENT_EN + "The day, hosted by Leeds City, went well.",
    ],
)
def test_no_moderator(body: str) -> None:
    assert _people(_parse(body)) == {}


@pytest.mark.parametrize(
    ("body", "name", "expected"),
    [
        # "with" and "@" before the organisation; an indefinite article before the function
        (
            _EVENT_EN
            + "Dr. Ulla Brand, a senior consultant with Brightwater Foods Ltd, explained the rules.",
            "Ulla Brand",
            ("senior consultant", "Brightwater Foods Ltd"),
        ),
        (
            _EVENT_EN + "Then Ulla Brand, analyst with Brightwater Foods Ltd, explained the rules.",
            "Ulla Brand",
            ("analyst", "Brightwater Foods Ltd"),
        ),
        (
            _EVENT_EN + '- Marta Lis, Head of Data Science @ Brightwater Foods Ltd, on "Small data"',
            "Marta Lis",
            ("Head of Data Science", "Brightwater Foods Ltd"),
        ),
        (
            _EVENT + "Es sprach Ute Kahl, eine Projektleiterin der Kranbau Nord GmbH.",
            "Ute Kahl",
            ("Projektleiterin", "Kranbau Nord GmbH"),
        ),
        # a capitalised noun for a body before the function: the body so named
        (
            "BLOG | Wharf Robotics Alliance\n\n"
            + _EVENT_EN
            + "Alliance President Denise Carr closed the forum.",
            "Denise Carr",
            ("President", "Wharf Robotics Alliance"),
        ),
        (
            "Netzwerk Warnow Holz e. V.\n\n"
            + _EVENT
            + "Netzwerk-Sprecherin Ina Wolf und Verein Vorsitzender Ole Brink begrüßten die Gäste.",
            "Ina Wolf",
            ("Sprecherin", "Netzwerk Warnow Holz e. V."),
        ),
    ],
)
def test_connectors(body: str, name: str, expected: tuple[str, str]) -> None:
    text = body if body.startswith(("BLOG", "Netzwerk")) else "News\n\nRostock, 6. Juni 2025\n\n" + body
    assert _people(parse_report(text + "\n", _gazetteer()))[name] == expected


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        (
            "WislaData Sp. z o.o.\n\n"
            + _EVENT_EN
            + '- Marta Lis, Head of Data Science @ WislaData, on "Small data"',
            "Marta Lis",
            ("Head of Data Science", "WislaData Sp. z o.o."),
        ),
        (
            "News\n\n"
            + _EVENT_EN
            + "It was run by BrightWater Analytics Ltd. Ann Roe, analyst at BrightWater, spoke.",
            "Ann Roe",
            ("analyst", "BrightWater Analytics Ltd"),
        ),
    ],
)
def test_camel_case_short_form(text: str, name: str, expected: tuple[str, str | None]) -> None:
    """A camel-case first word names the body again ("@ WislaData", "at BrightWater")."""
    assert _people(parse_report(text + "\n", _gazetteer()))[name] == expected


@pytest.mark.parametrize(
    ("body", "name", "expected"),
    [
        (
            _EVENT_EN + "Dr Ann Roe, who joined Brightwater Foods Ltd in 2019, spoke on data.",
            "Ann Roe",
            (None, "Brightwater Foods Ltd"),
        ),
        (
            _EVENT_EN + "Ann Roe, who has worked with Brightwater Foods Ltd for years, spoke on data.",
            "Ann Roe",
            (None, "Brightwater Foods Ltd"),
        ),
        (
            _EVENT_EN + "Ann Roe, since 2021 at Brightwater Foods Ltd, spoke on data.",
            "Ann Roe",
            (None, "Brightwater Foods Ltd"),
        ),
        (
            _EVENT + "Es sprach Ann Roe, seit 2019 bei der Kranbau Nord GmbH, über Daten.",
            "Ann Roe",
            (None, "Kranbau Nord GmbH"),
        ),
    ],
)
def test_affiliation_in_apposition(body: str, name: str, expected: tuple[str | None, str]) -> None:
    assert _people(_parse(body))[name] == expected


def test_host_verb_last_with_zum_event() -> None:
    """ "X hatte gemeinsam mit Y zum Hafentag geladen": "zum <event word>" is about the event."""
    r = _parse(
        _EVENT + "Die Kranbau Nord GmbH hatte gemeinsam mit dem Netzwerk Warnow Holz zum Hafentag geladen."
    )
    assert sorted(_organisers(r)) == ["Kranbau Nord GmbH", "Netzwerk Warnow Holz"]


@pytest.mark.parametrize(
    ("body", "name", "expected"),
    [
        (
            _EVENT_EN + "Ann Roe, Chief Technology Officer at Brightwater Foods Ltd, spoke.",
            "Ann Roe",
            ("Chief Technology Officer", "Brightwater Foods Ltd"),
        ),
        (
            _EVENT_EN + "Ann Roe, general counsel at Brightwater Foods Ltd, spoke.",
            "Ann Roe",
            ("general counsel", "Brightwater Foods Ltd"),
        ),
        (
            _EVENT_EN + "Ann Roe, PhD student at the University of Wharfdale, spoke.",
            "Ann Roe",
            ("PhD student", "University of Wharfdale"),
        ),
        (
            _EVENT_EN + "Ann Roe, a research fellow at the University of Wharfdale, spoke.",
            "Ann Roe",
            ("research fellow", "University of Wharfdale"),
        ),
        (
            _EVENT_EN + "Ann Roe, programme director at the Wharf Robotics Alliance, spoke.",
            "Ann Roe",
            ("programme director", "Wharf Robotics Alliance"),
        ),
        (
            _EVENT_EN + "Ann Roe, who chairs the Wharf Robotics Alliance, spoke.",
            "Ann Roe",
            (None, "Wharf Robotics Alliance"),
        ),
        (
            _EVENT_EN + "Ann Roe, co-founder and CEO of Brightwater Foods Ltd, spoke.",
            "Ann Roe",
            ("co-founder", "Brightwater Foods Ltd"),
        ),
        (
            _EVENT + "Es sprach Ann Roe, wissenschaftliche Mitarbeiterin an der Hochschule Warnow.",
            "Ann Roe",
            ("wissenschaftliche Mitarbeiterin", "Hochschule Warnow"),
        ),
        (
            _EVENT + "Es sprach Ingenieurin Ann Roe von der Kranbau Nord GmbH.",
            "Ann Roe",
            ("Ingenieurin", "Kranbau Nord GmbH"),
        ),
        (
            _EVENT + "Es sprach Ann Roe, Geschäftsführerin und Gründerin der Kranbau Nord GmbH.",
            "Ann Roe",
            ("Geschäftsführerin", "Kranbau Nord GmbH"),
        ),
    ],
)
def test_more_function_words(body: str, name: str, expected: tuple[str | None, str]) -> None:
    assert _people(_parse(body))[name] == expected


@pytest.mark.parametrize(
    ("body", "name"),
    [
        (_EVENT + "Das Ingenieurbüro Hans Roe plante die Halle.", "Hans Roe"),
        (_EVENT + "Das Architekturbüro Hans Roe plante die Halle.", "Hans Roe"),
        (_EVENT + "Die Studentenwerk Rostock GmbH lud ein, Lea Horn sprach.", "Lea Horn"),
    ],
)
def test_institution_words_are_no_functions(body: str, name: str) -> None:
    """A compound of a function word that names a body ("Ingenieurbüro") holds no function."""
    people = _people(_parse(body))
    assert people.get(name, (None, None))[0] is None


@pytest.mark.parametrize(
    ("body", "name", "org"),
    [
        # English company head words without a legal form
        (
            _EVENT_EN + "Ann Roe of Coastal Motion Systems showed a robot.",
            "Ann Roe",
            "Coastal Motion Systems",
        ),
        (_EVENT_EN + "Ann Roe from Nordlicht Analytics showed a robot.", "Ann Roe", "Nordlicht Analytics"),
        (
            _EVENT_EN + "Ann Roe, CTO of Kestrel Aero Components, showed a robot.",
            "Ann Roe",
            "Kestrel Aero Components",
        ),
        (
            _EVENT_EN + "Ann Roe of Wharfdale Consulting showed a robot.",
            "Ann Roe",
            "Wharfdale Consulting",
        ),
        # German bodies named by a head word first, or after "Firma"/"Unternehmen"
        (
            _EVENT + "Ann Roe von der Firma Brink Antriebstechnik zeigte einen Roboter.",
            "Ann Roe",
            "Brink Antriebstechnik",
        ),
        (
            _EVENT + "Ann Roe vom Unternehmen Brink Antriebstechnik zeigte einen Roboter.",
            "Ann Roe",
            "Brink Antriebstechnik",
        ),
        (
            _EVENT + "Ann Roe von der Wirtschaftsförderung Rostock zeigte einen Roboter.",
            "Ann Roe",
            "Wirtschaftsförderung Rostock",
        ),
        (_EVENT + "Ann Roe vom Landkreis Rostock zeigte einen Roboter.", "Ann Roe", "Landkreis Rostock"),
        (
            _EVENT + "Ann Roe, Geschäftsführerin der Warnow Werft, zeigte einen Roboter.",
            "Ann Roe",
            "Warnow Werft",
        ),
    ],
)
def test_organisations_by_head_word(body: str, name: str, org: str) -> None:
    assert _people(_parse(body))[name][1] == org


def test_cluster_name_is_not_skipped() -> None:
    """ "David Test of the Isar Medtech Cluster": the cluster's name is the organisation."""
    people = _people(
        _parse(_EVENT_EN + "David Test of the Wharf Medtech Cluster presented the work package.")
    )
    assert people["David Test"] == (None, "Wharf Medtech Cluster")


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            _EVENT_EN + "Hosts were Brightwater Foods Ltd and the Wharf Robotics Alliance.",
            ["Brightwater Foods Ltd", "Wharf Robotics Alliance"],
        ),
        (_EVENT_EN + "Brightwater Foods Ltd was this year's host.", ["Brightwater Foods Ltd"]),
        (
            _EVENT_EN + "The forum, an initiative of the Wharf Robotics Alliance, drew 80 guests.",
            ["Wharf Robotics Alliance"],
        ),
        (
            _EVENT_EN + "Brightwater Foods Ltd teamed up with the Wharf Robotics Alliance to run the forum.",
            ["Brightwater Foods Ltd", "Wharf Robotics Alliance"],
        ),
        (_EVENT_EN + "The forum was run by the Wharf Robotics Alliance.", ["Wharf Robotics Alliance"]),
        (_EVENT + "Initiiert wurde der Tag vom Netzwerk Warnow Holz.", ["Netzwerk Warnow Holz"]),
        (_EVENT + "Der Tag ist eine Initiative des Netzwerk Warnow Holz.", ["Netzwerk Warnow Holz"]),
        (
            _EVENT + "Das Netzwerk Warnow Holz richtete den Tag gemeinsam mit der Kranbau Nord GmbH aus.",
            ["Netzwerk Warnow Holz", "Kranbau Nord GmbH"],
        ),
        (
            _EVENT + "Zu dem Tag hatten das Netzwerk Warnow Holz und die Kranbau Nord GmbH eingeladen.",
            ["Netzwerk Warnow Holz", "Kranbau Nord GmbH"],
        ),
        (_EVENT + "Durchgeführt wurde der Tag vom Netzwerk Warnow Holz.", ["Netzwerk Warnow Holz"]),
        (_EVENT + "Veranstaltet von: Netzwerk Warnow Holz", ["Netzwerk Warnow Holz"]),
    ],
)
def test_more_organiser_wordings(body: str, expected: list[str]) -> None:
    assert sorted(_organisers(_parse(body))) == sorted(expected)


@pytest.mark.parametrize(
    "body",
    [
        _EVENT_EN + "A study presented by the Wharf Robotics Alliance last year was cited.",
        _EVENT_EN + "Ann Roe of Brightwater Foods Ltd hosted a panel on robots.",
        _EVENT_EN + "A workshop run by Brightwater Foods Ltd followed.",
        _EVENT + "Die Kranbau Nord GmbH präsentierte einen Kran.",
        _EVENT + "Im Mai wurden Messungen von der Kranbau Nord GmbH durchgeführt.",
        _EVENT + "Die Wharf-Studie ist eine Initiative der Kranbau Nord GmbH aus dem Mai.",
    ],
)
def test_no_organiser_in_look_alikes(body: str) -> None:
    assert _organisers(_parse(body)) == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            _EVENT_EN
            + "Speakers:\n• Ann Roe – CEO, Brightwater Foods Ltd\n• Ben Lee – Head of Data, Wharf Robotics Alliance",
            {
                "Ann Roe": ("CEO", "Brightwater Foods Ltd"),
                "Ben Lee": ("Head of Data", "Wharf Robotics Alliance"),
            },
        ),
        (
            _EVENT + "Referierende:\n- Ann Roe | Kranbau Nord GmbH\n- Ben Lee | Netzwerk Warnow Holz",
            {"Ann Roe": (None, "Kranbau Nord GmbH"), "Ben Lee": (None, "Netzwerk Warnow Holz")},
        ),
        (
            _EVENT_EN + "Our speaker:\nAnn Roe\nCEO, Brightwater Foods Ltd",
            {"Ann Roe": ("CEO", "Brightwater Foods Ltd")},
        ),
        (
            _EVENT + "Es sprach Ann Roe, Geschäftsführerin, Kranbau Nord GmbH.",
            {"Ann Roe": ("Geschäftsführerin", "Kranbau Nord GmbH")},
        ),
        # look-alikes: a function after a blank line, a list's comma after the function
        (
            _EVENT + "Moderation: Ann Roe\n\nGeschäftsführer der Kranbau Nord GmbH ist Ben Lee.",
            {"Ann Roe": (None, None), "Ben Lee": ("Geschäftsführer", "Kranbau Nord GmbH")},
        ),
        (
            _EVENT_EN + "Ann Roe, CEO, and Ben Lee of Brightwater Foods Ltd spoke.",
            {"Ann Roe": ("CEO", None), "Ben Lee": (None, "Brightwater Foods Ltd")},
        ),
    ],
)
def test_speaker_lists(body: str, expected: dict[str, tuple[str | None, str | None]]) -> None:
    assert _people(_parse(body)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kranbau Nord GmbH\n\nAm 4. Juni 2025 luden wir zum Hafentag Rostock 2025 ein.",
            ["Kranbau Nord GmbH"],
        ),
        (
            "Kranbau Nord GmbH\n\nGemeinsam mit dem Molawerk Cluster haben wir am 4. Juni 2025 den Hafentag Rostock 2025 veranstaltet.",
            ["Kranbau Nord GmbH", "Molawerk Cluster e. V."],
        ),
        (
            "Kranbau Nord GmbH\n\nZum Hafentag Rostock 2025 am 4. Juni 2025 konnten wir 80 Gäste begrüßen.",
            ["Kranbau Nord GmbH"],
        ),
        # look-alikes: a guest, an exhibitor, a speaker at another body's event
        ("Kranbau Nord GmbH\n\nAm 4. Juni 2025 waren wir beim Hafentag Rostock 2025 zu Gast.", []),
        (
            "Kranbau Nord GmbH\n\nAm 4. Juni 2025 waren wir mit einem Stand auf dem Hafentag Rostock 2025 vertreten.",
            [],
        ),
        ("Brightwater Foods Ltd\n\nOn 4 June 2025 we attended the Leeds Data Forum 2025.", []),
        (
            "Brightwater Foods Ltd\n\nOn 4 June 2025 we spoke at the Leeds Data Forum 2025, hosted by the Molawerk Cluster.",
            ["Molawerk Cluster e. V."],
        ),
    ],
)
def test_we_as_host_german_word_order(text: str, expected: list[str]) -> None:
    assert sorted(_organisers(parse_report(text + "\n", _gazetteer()))) == sorted(expected)


@pytest.mark.parametrize(
    "word",
    [
        "Staatsministerin",
        "Wirtschaftsministerin",
        "Landrätin",
        "Abgeordnete",
        "Beigeordnete",
        "Gesellschafterin",
        "Technikerin",
        "Ausbilderin",
        "Architektin",
        "Ärztin",
    ],
)
def test_german_function_words(word: str) -> None:
    people = _people(_parse(_EVENT + f"Es sprach Ann Roe, {word} der Kranbau Nord GmbH, über Kräne."))
    assert people["Ann Roe"] == (word, "Kranbau Nord GmbH")


@pytest.mark.parametrize(
    "word",
    [
        "county councillor",
        "member of parliament",
        "managing partner",
        "co-chair",
        "owner",
        "pro-vice-chancellor",
        "research associate",
        "technician",
        "nurse",
    ],
)
def test_english_function_words(word: str) -> None:
    people = _people(_parse(_EVENT_EN + f"Ann Roe, {word} at Brightwater Foods Ltd, spoke."))
    assert people["Ann Roe"] == (word, "Brightwater Foods Ltd")


def test_a_ministry_is_no_function() -> None:
    """ "Bundesministerium" holds "minister" but names a body."""
    people = _people(
        _parse(_EVENT + "Es sprach Ann Roe vom Bundesministerium für Hafenwirtschaft über Kräne.")
    )
    assert people["Ann Roe"] == (None, "Bundesministerium für Hafenwirtschaft")


_OWN_DE = "Netzwerk Warnow Holz e. V.\n\nRostock, 6. Juni 2025\n\n" + _EVENT
_OWN_EN = "Wharf Robotics Alliance\n\nLeeds, 6 June 2025\n\n" + _EVENT_EN


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            _OWN_DE + "Anna Roe aus unserer Geschäftsstelle begrüßte die Gäste.",
            (None, "Netzwerk Warnow Holz e. V."),
        ),
        (_OWN_DE + "Unsere Kollegin Anna Roe begrüßte die Gäste.", (None, "Netzwerk Warnow Holz e. V.")),
        (
            _OWN_EN + "Anna Roe, the Alliance's head of skills, welcomed guests.",
            ("head of skills", "Wharf Robotics Alliance"),
        ),
        (_OWN_EN + "Anna Roe from our team welcomed guests.", (None, "Wharf Robotics Alliance")),
        (_OWN_EN + "Our own Anna Roe welcomed guests.", (None, "Wharf Robotics Alliance")),
    ],
)
def test_own_staff(text: str, expected: tuple[str | None, str]) -> None:
    assert _people(parse_report(text + "\n", _gazetteer()))["Anna Roe"] == expected


def test_own_staff_needs_a_masthead() -> None:
    """Without the publisher in the masthead, "from our team" names no organisation."""
    people = _people(_parse(_EVENT_EN + "Anna Roe from our team welcomed guests."))
    assert people.get("Anna Roe", (None, None))[1] is None


@pytest.mark.parametrize(
    "form", ["sp. z o.o.", "Sp. z o.o.", "s.r.o.", "a.s.", "Kft.", "d.o.o.", "PartG mbB"]
)
def test_central_european_legal_forms(form: str) -> None:
    people = _people(_parse(_EVENT_EN + f"Ann Roe of Nordlicht Kran {form} spoke."))
    assert people["Ann Roe"] == (None, f"Nordlicht Kran {form}")


def test_graph_names_with_central_european_legal_forms() -> None:
    """A graph name's legal form "Sp. z o.o." belongs to the mention, its last full stop too; "ab"
    after a name is a preposition, no Swedish legal form."""
    g = Gazetteer()
    g.add("org", ID + "org/lw", ["Lichtwerk"])
    g.add("org", ID + "org/wisla", ["Wisla Data Sp. z o.o."])
    found = [
        m.text for m in g.find("Das Lichtwerk ab Juni. Die Wisla Data Sp. z o.o. lud ein. Wisla Data sprach.")
    ]
    assert found == ["Lichtwerk", "Wisla Data Sp. z o.o.", "Wisla Data"]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a field named like a company: after "head of" with the organisation after it, after "in"
        (
            _EVENT_EN + "Ann Roe, head of Embedded Systems at Brightwater Foods Ltd, spoke.",
            ("head of Embedded Systems", "Brightwater Foods Ltd"),
        ),
        (
            _EVENT_EN + "Ann Roe, professor of Creative Industries at the University of Wharfdale, spoke.",
            ("professor of Creative Industries", "University of Wharfdale"),
        ),
        (_EVENT_EN + "Ann Roe of the Steering Group spoke.", None),
    ],
)
def test_fields_are_no_companies(body: str, expected: tuple[str, str] | None) -> None:
    assert _people(_parse(body)).get("Ann Roe") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Brightwater Foods Ltd\n\nOn 4 June 2025 we were hosted by the Molawerk Cluster at the Leeds Data Forum 2025.",
            ["Molawerk Cluster e. V."],
        ),
        ("Brightwater Foods Ltd\n\nOn 4 June 2025 we ran a workshop at the Leeds Data Forum 2025.", []),
        (
            "Brightwater Foods Ltd\n\nOn 4 June 2025 we ran the Leeds Data Forum 2025 for the third time.",
            ["Brightwater Foods Ltd"],
        ),
        (
            "Kranbau Nord GmbH\n\nAm 4. Juni 2025 waren wir Gast beim Hafentag Rostock 2025, Gastgeber war der Molawerk Cluster.",
            ["Molawerk Cluster e. V."],
        ),
    ],
)
def test_we_as_guest_or_host(text: str, expected: list[str]) -> None:
    assert sorted(_organisers(parse_report(text + "\n", _gazetteer()))) == sorted(expected)
