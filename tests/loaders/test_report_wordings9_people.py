# ruff: noqa: E501
"""Reports, ninth round (issue 17): people and organisations. Legal forms of more countries (also
after a comma), a name's first word kept ("Harbour City Ventures"), funds that are no clusters,
function words of trades and offices before a name ("Landwirtin", "Flugkapitän", "Alderman"),
lower-case titles, "formerly", regards sent in writing, a body's own unit in a function ("Leiterin
der Geschäftsstelle"), definite references ("des Klinikums", "at the Department"), and bodies named
by what the text says they are ("X, the regional energy cluster", "the angel group X").
Every sentence is made up for these tests."""

from __future__ import annotations

import pytest
from support.report_probe import LEEDS_EVENT as _EVENT_EN
from support.report_probe import ROSTOCK_EVENT as _EVENT
from support.report_probe import orgs as _orgs
from support.report_probe import parse_rostock_leeds as _parse
from support.report_probe import people as _people

from clustergraph.loaders.report.mentions import org_mentions
from clustergraph.loaders.textkit import Gazetteer


def _names(text: str) -> list[str]:
    return [o.name for o in org_mentions(text, Gazetteer())]


@pytest.mark.parametrize(
    ("body", "name", "org"),
    [
        # a legal form of another country, also after a comma
        (
            _EVENT_EN + "Ing. Petr Malý, chairman of Moravian Sensor Cluster, z. s., welcomed the guests.",
            "Petr Malý",
            "Moravian Sensor Cluster, z. s.",
        ),
        (
            _EVENT_EN + "It opened with Eoin Walsh, chief executive of Atlantic Devices Cluster CLG.",
            "Eoin Walsh",
            "Atlantic Devices Cluster CLG",
        ),
        (
            _EVENT_EN
            + "Guest speaker was Sofie Holm, head of finance at Vestfyn Varme a.m.b.a., on tariffs.",
            "Sofie Holm",
            "Vestfyn Varme a.m.b.a.",
        ),
        (
            _EVENT_EN + "Claire Morel, CEO of Optivue SA, presented the new sensor.",
            "Claire Morel",
            "Optivue SA",
        ),
        (
            _EVENT_EN + "Then Tom Hill, director of Kestrel Sensors, Inc., spoke about drones.",
            "Tom Hill",
            "Kestrel Sensors, Inc.",
        ),
        (
            _EVENT + "Es sprach Luc Favre, Geschäftsführer der Lumisys SA, über Laser.",
            "Luc Favre",
            "Lumisys SA",
        ),
        (
            _EVENT + "Den Abschluss machte Jana Horák, Vorsitzende der Südmährische Optik, z. s.",
            "Jana Horák",
            "Südmährische Optik, z. s.",
        ),
    ],
)
def test_legal_forms_of_more_countries(body: str, name: str, org: str) -> None:
    assert _people(_parse(body))[name][1] == org


@pytest.mark.parametrize(
    "text",
    [
        "The SA delegation arrived in the morning.",
        "Members of the CLG met in Leeds.",
        "Prices in SA and in the UK rose.",
    ],
)
def test_a_legal_form_alone_names_no_body(text: str) -> None:
    assert not any(n.split()[-1] in ("SA", "CLG") for n in _names(text))


@pytest.mark.parametrize(
    ("text", "found", "not_found"),
    [
        # "City" inside a name is no municipality: the first word stays
        (
            "Judges came from the angel group Harbour City Ventures and others.",
            "Harbour City Ventures",
            "City Ventures",
        ),
        (
            "A talk by Tom Reyes, a partner at the fund Lake City Capital, followed.",
            "Lake City Capital",
            "City Capital",
        ),
        # a municipality in Dutch or German
        ("It was held with the Gemeente Tilburg and a care cluster.", "Gemeente Tilburg", None),
        ("Die Gemeinde Anif lud ein.", "Gemeinde Anif", None),
        ("The City of Bradford hosted the day.", "City of Bradford", None),
        # a fund, a scheme or a grant named after clusters is a programme, no body
        ("Funding comes from the Regional Cluster Fund, the minister said.", None, "Regional Cluster"),
        ("It was co-financed by the Baltic Cluster Support Scheme in 2026.", None, "Baltic Cluster"),
        ("Money came from the Northern Cluster Grants last year.", None, "Northern Cluster"),
        # the words before the head word keep "of" after a compass word
        ("Hosted by North of Tyne Robotics Network, it was full.", "North of Tyne Robotics Network", None),
        ("West of Scotland Food Cluster members met.", "West of Scotland Food Cluster", None),
    ],
)
def test_what_a_name_holds(text: str, found: str | None, not_found: str | None) -> None:
    names = _names(text)
    if found:
        assert found in names
    if not_found:
        assert not any(n == not_found or n.startswith(not_found + " ") for n in names)


@pytest.mark.parametrize(
    ("body", "name", "function", "org"),
    [
        # the abbreviation in brackets after a name whose head word is followed by a place
        (
            _EVENT_EN
            + "Fryslân Care Cluster Noord (FCN) was the host. Anna Smit, programme manager of FCN, spoke.",
            "Anna Smit",
            "programme manager",
            "Fryslân Care Cluster Noord",
        ),
        (
            _EVENT_EN
            + "It was run by Tees Robotics Network North (TRNN). Its talk came from Ian Cole, director of TRNN.",
            "Ian Cole",
            "director",
            "Tees Robotics Network North",
        ),
        (
            _EVENT
            + "Gastgeber war der Holzcluster Steiermark Süd (HSS). Es sprach Eva Moser, Sprecherin des HSS.",
            "Eva Moser",
            "Sprecherin",
            "Holzcluster Steiermark Süd",
        ),
    ],
)
def test_an_abbreviation_after_a_place_word(body: str, name: str, function: str, org: str) -> None:
    assert _people(_parse(body))[name] == (function, org)


@pytest.mark.parametrize(
    ("body", "name", "function"),
    [
        # a trade or an office before the name: the function, not the name's first word
        (_EVENT + "Landwirtin Rosa Huber aus Bogen zog ein nüchternes Fazit.", "Rosa Huber", "Landwirtin"),
        (_EVENT + "Viel Beifall bekam Flugkapitän Jan Meier (Baltic Air GmbH).", "Jan Meier", "Flugkapitän"),
        (
            _EVENT + "Aus der Praxis berichtete Karl Bauer, Obmann der Wärmegenossenschaft Anger.",
            "Karl Bauer",
            "Obmann",
        ),
        (_EVENT + "Es folgte Winzerin Lea Roth mit einer Verkostung.", "Lea Roth", "Winzerin"),
        (
            _EVENT_EN + "Alderman Joris Bakker of the Gemeente Tilburg opened the day.",
            "Joris Bakker",
            "Alderman",
        ),
        (_EVENT_EN + "The evening was led by our host Mia Grant.", "Mia Grant", "host"),
        (_EVENT + "Durch den Abend führte unser Host Ben Kurz.", "Ben Kurz", "Host"),
        # "formerly" belongs to the function, as "ehemalige" does
        (
            _EVENT_EN + "Guest speaker Tom Blake, formerly head of design at Solent Yachts Ltd, spoke.",
            "Tom Blake",
            "formerly head of design",
        ),
        (
            _EVENT_EN + "Then Ruth Lowe, previously director of Dales Foods Ltd, told her story.",
            "Ruth Lowe",
            "previously director",
        ),
        # a body's own unit is part of the function
        (
            _EVENT + "Es sprach Ute Born, Leiterin der Geschäftsstelle des Netzwerks, zum Auftakt.",
            "Ute Born",
            "Leiterin der Geschäftsstelle",
        ),
        (
            _EVENT + "Auch Nils Ott, Leiter der Pressestelle, war dabei.",
            "Nils Ott",
            "Leiter der Pressestelle",
        ),
        (
            _EVENT + "Angereist war Ina Vogt, Leiterin der Geschäftsstelle bei der Hafenwerk GmbH.",
            "Ina Vogt",
            "Leiterin der Geschäftsstelle",
        ),
    ],
)
def test_function_words_before_and_around_a_name(body: str, name: str, function: str) -> None:
    assert _people(_parse(body))[name][0] == function


@pytest.mark.parametrize(
    ("body", "name", "title"),
    [
        (
            _EVENT_EN + "The guests were welcomed by the rector, prof. Jana Nová, in the hall.",
            "Jana Nová",
            "prof.",
        ),
        (_EVENT_EN + "The dean, doc. Petr Kříž, chaired the panel.", "Petr Kříž", "doc."),
        (_EVENT_EN + "A talk by prof. Ing. Eva Malá closed the morning.", "Eva Malá", "prof. Ing."),
    ],
)
def test_lower_case_titles(body: str, name: str, title: str) -> None:
    people = {i.data["name"]: i.data["title"] for i in _parse(body).of("person")}
    assert people[name] == title


@pytest.mark.parametrize(
    ("body", "absent", "present"),
    [
        # a name does not run over a line break; a month is no first name
        (
            "The Leeds Data Forum 2025 took place on 4 June 2025 in Leeds.\n\nDay 1 – Monday 2 June\nWelcome at the hall. Anna Lind, director of Lindqvist Cells AB, spoke.",
            "June Welcome",
            "Anna Lind",
        ),
        (
            "The Leeds Data Forum 2025 took place on 4 June 2025 in Leeds.\n\nMorning – Tuesday 3 May\nBreakfast with the board. Tom Hale, CEO of Hale Pumps Ltd, joined.",
            "May Breakfast",
            "Tom Hale",
        ),
        # regards sent in writing: not at the event
        (
            _EVENT
            + "Staatsministerin Eva Kluge hatte ein Grußwort übermittelt. Es sprach Jens Ahlers, Geschäftsführer der Ahlers GmbH.",
            "Eva Kluge",
            "Jens Ahlers",
        ),
        (
            _EVENT
            + "Senator Uwe Brandt hat schriftlich gratuliert. Anja Roth, Leiterin der Roth Kunststoff GmbH, sprach.",
            "Uwe Brandt",
            "Anja Roth",
        ),
        (
            _EVENT_EN
            + "Minister Paul Grey had sent a message of support. Dana Pryce, director of Pryce Labs Ltd, spoke.",
            "Paul Grey",
            "Dana Pryce",
        ),
    ],
)
def test_no_person(body: str, absent: str, present: str) -> None:
    people = _people(_parse(body))
    assert absent not in people
    assert present in people


def test_a_minister_who_opened_the_event_stays() -> None:
    body = _EVENT + "Staatsministerin Eva Kluge eröffnete die Tagung und übermittelte die Grüße des Landes."
    assert "Eva Kluge" in _people(_parse(body))


@pytest.mark.parametrize(
    ("body", "name", "function", "org"),
    [
        # a definite reference to a body named before: "des Klinikums", "der Allianz", "at the Department"
        (
            _EVENT
            + "Ausgerichtet wurde er von der Klinikum Weser gGmbH. Eva Roth, Pflegedirektorin des Klinikums, begrüßte.",
            "Eva Roth",
            "Pflegedirektorin",
            "Klinikum Weser gGmbH",
        ),
        (
            _EVENT
            + "Gastgeber war die Klinikum Warnow gGmbH. Danach sprach der Ärztliche Direktor des Klinikums, Prof. Dr. Ole Hansen.",
            "Ole Hansen",
            "Ärztliche Direktor",
            "Klinikum Warnow gGmbH",
        ),
        (
            _EVENT
            + "Eingeladen hatte die Nordische Batterieallianz. Dr. Mats Lund, Geschäftsführer der Allianz, sprach.",
            "Mats Lund",
            "Geschäftsführer",
            "Nordische Batterieallianz",
        ),
        (
            _EVENT
            + "Den Preis vergab die Anna-Lena-Stiftung. Ihn überreichte Stiftungsratspräsident Dr. Karl Wenz.",
            "Karl Wenz",
            "Stiftungsratspräsident",
            "Anna-Lena-Stiftung",
        ),
    ],
)
def test_definite_references(body: str, name: str, function: str, org: str) -> None:
    assert _people(_parse(body))[name] == (function, org)


def test_a_department_referred_to_in_its_own_release() -> None:
    text = (
        "Department of Transport, Ports and Regions\nPress release – Published: 4 June 2025\n\n"
        "The Leeds Data Forum 2025 took place on 4 June 2025 in Leeds. The Minister of State at the Department, "
        "Ann Byrne TD, opened it.\n"
    )
    from support.report_probe import rostock_leeds_gazetteer

    from clustergraph.loaders.report import parse_report

    people = _people(parse_report(text, rostock_leeds_gazetteer()))
    assert people["Ann Byrne"] == ("Minister of State", "Department of Transport, Ports and Regions")


@pytest.mark.parametrize(
    ("body", "name", "org"),
    [
        # a body named by what the text says it is, then its person named again by its name
        (
            _EVENT_EN
            + "It was put on by NorthMed Leeds, the region's health-technology cluster. NorthMed Leeds CEO Ana Ruiz spoke.",
            "Ana Ruiz",
            "NorthMed Leeds",
        ),
        (
            _EVENT_EN
            + "Guest speaker was Mette Dahl, head of storage at Energinet Fyn, the regional energy cluster.",
            "Mette Dahl",
            "Energinet Fyn",
        ),
        (
            _EVENT_EN
            + "Also there was the angel group Harbour City Ventures. Judges included Tom Reyes, a managing partner at Harbour City Ventures.",
            "Tom Reyes",
            "Harbour City Ventures",
        ),
        (
            _EVENT_EN
            + "Support came from the cooperative Vestkyst Energi. Its chair, Lars Holm, said a few words.",
            "Lars Holm",
            "Vestkyst Energi",
        ),
        (
            _EVENT
            + "Mitveranstalter war Nordkraft Rostock, ein Energienetzwerk aus Mecklenburg. Es sprach Uwe Kahl, Sprecher von Nordkraft Rostock.",
            "Uwe Kahl",
            "Nordkraft Rostock",
        ),
        # a hyphenated head word alone for a body named in full before
        (
            _EVENT
            + "Eingeladen hatte der Cleantech-Cluster Vorpommern. Wir sprachen mit Clustermanager Tim Rehn vom Cleantech-Cluster.",
            "Tim Rehn",
            "Cleantech-Cluster Vorpommern",
        ),
    ],
)
def test_bodies_named_by_what_they_are(body: str, name: str, org: str) -> None:
    assert _people(_parse(body))[name][1] == org


@pytest.mark.parametrize(
    ("body", "name"),
    [
        # a person in apposition is no body
        (_EVENT_EN + "The welcome came from Anna Roe, the cluster's new chair.", "Anna Roe"),
        (_EVENT_EN + "Tom Price, a start-up founder from York, pitched first.", "Tom Price"),
        (_EVENT + "Es sprach Jana Kurz, die das Unternehmen leitet.", "Jana Kurz"),
        (_EVENT_EN + "Then came Lena Berg, the head of the network, with news.", "Lena Berg"),
    ],
)
def test_a_person_in_apposition_is_no_body(body: str, name: str) -> None:
    r = _parse(body)
    assert name not in _orgs(r)
    assert not any(o.name == name for o in org_mentions(body, Gazetteer()))


def test_a_hyphenated_foundation_is_a_body() -> None:
    assert "Max-Moritz-Stiftung" in _names("Die Max-Moritz-Stiftung vergab ihren Preis.")
    assert not any("Kessler-Preis" in n for n in _names("Der Kessler-Preis ging an ein Start-up."))


@pytest.mark.parametrize(
    ("body", "name", "org"),
    [
        # the clause before the function names the organisation
        (
            _EVENT_EN + "At Brightlens SAS, CTO Paul Marin showed the coating line.",
            "Paul Marin",
            "Brightlens SAS",
        ),
        (
            _EVENT_EN + "Later, at Hale Pumps Ltd, sales director Joan Brent showed the new pump.",
            "Joan Brent",
            "Hale Pumps Ltd",
        ),
        (
            _EVENT + "Bei der Ostsee Optik GmbH, Geschäftsführerin Ina Lorenz, gab es Kaffee.",
            "Ina Lorenz",
            "Ostsee Optik GmbH",
        ),
        # a group of the organisation, the name one of it
        (
            _EVENT_EN
            + "Also there were colleagues of Kestrel Sensors Ltd from York, among them Dr. Ruth Ames, product manager.",
            "Ruth Ames",
            "Kestrel Sensors Ltd",
        ),
        (
            _EVENT_EN + "A delegation from Baltic Optics Cluster, including Mia Sand, visited the stands.",
            "Mia Sand",
            "Baltic Optics Cluster",
        ),
        (
            _EVENT + "Dabei waren Vertreter der Hafenwerk GmbH aus Wismar, darunter Dr. Ole Brandt.",
            "Ole Brandt",
            "Hafenwerk GmbH",
        ),
        # the function in a relative clause, the organisation before its verb
        (
            _EVENT
            + "Es begrüßte Dr. Lena Voss, die als Geschäftsführerin die Geschicke der Warnow Photonik GmbH lenkt.",
            "Lena Voss",
            "Warnow Photonik GmbH",
        ),
        (
            _EVENT + "Es sprach Tim Kahl, der als Vorsitzender den Verein Hafenkultur e. V. führt.",
            "Tim Kahl",
            "Verein Hafenkultur e. V.",
        ),
        (
            _EVENT_EN
            + "The first talk came from Dr. Ann Lowe, who as chair runs the Leeds Robotics Network with a small team.",
            "Ann Lowe",
            "Leeds Robotics Network",
        ),
        # a definite reference after the name: the body of that kind named before
        (
            _EVENT
            + "Gastgeber war die Hochschule für Schiffbau Rostock. Es sprach Prof. Dr. Eva Lind von der Hochschule.",
            "Eva Lind",
            "Hochschule für Schiffbau Rostock",
        ),
        (
            _EVENT_EN
            + "It was held at Leeds Trinity University. Prof. Mark Hill of the university gave a talk.",
            "Mark Hill",
            "Leeds Trinity University",
        ),
        (
            _EVENT
            + "Den Preis vergab die Anna-Lena-Stiftung. Dr. Karl Wenz von der Stiftung hielt die Laudatio.",
            "Karl Wenz",
            "Anna-Lena-Stiftung",
        ),
    ],
)
def test_an_organisation_outside_the_function_phrase(body: str, name: str, org: str) -> None:
    assert _people(_parse(body))[name][1] == org


@pytest.mark.parametrize(
    ("body", "name"),
    [
        # no body of that kind named before: unsure, left out
        (_EVENT + "Es sprach Prof. Dr. Eva Lind von der Hochschule.", "Eva Lind"),
        # a university named after the noun is another body
        (_EVENT_EN + "Prof. Mark Hill of the University of Leeds Beckett gave a talk.", "Mark Hill"),
        # a group without "among them": no affiliation from the group
        (_EVENT_EN + "Colleagues of Kestrel Sensors Ltd came. Dr. Ruth Ames gave a talk.", "Ruth Ames"),
    ],
)
def test_no_organisation_outside_the_function_phrase(body: str, name: str) -> None:
    found = _people(_parse(body)).get(name, (None, None))[1]
    assert found in (None, "University of Leeds Beckett")


@pytest.mark.parametrize(
    ("body", "name", "org"),
    [
        # a company's first word as a possessive names it again
        (
            _EVENT_EN
            + "It was run with track operator Moorfield Test Tracks Ltd. Moorfield's site manager, Ian Booth, briefed the drivers.",
            "Ian Booth",
            "Moorfield Test Tracks Ltd",
        ),
        (
            _EVENT_EN
            + "Brackley Composites Ltd hosted the tour. Brackley's technical director, Sue Hale, led it.",
            "Sue Hale",
            "Brackley Composites Ltd",
        ),
        (
            _EVENT_EN + "Partner was Tynedale Marine Systems Ltd, and Tynedale's CEO Amir Shah spoke.",
            "Amir Shah",
            "Tynedale Marine Systems Ltd",
        ),
        # two companies share the first word: unsure, left out
        (
            _EVENT_EN
            + "Moorfield Test Tracks Ltd and Moorfield Motors Ltd took part. Moorfield's site manager, Ian Booth, briefed the drivers.",
            "Ian Booth",
            None,
        ),
    ],
)
def test_a_first_word_as_a_possessive(body: str, name: str, org: str | None) -> None:
    assert _people(_parse(body))[name][1] == org


@pytest.mark.parametrize(
    ("body", "org"),
    [
        (_EVENT + "Der Sonderpreis ging an die Kieler Firma Wellwerk GmbH.", "Wellwerk GmbH"),
        (_EVENT + "Ein Anerkennungspreis ging an Sonarix AG aus Kiel.", "Sonarix AG"),
        (_EVENT_EN + "The second prize went to Tidal Sensors Ltd from Hull.", "Tidal Sensors Ltd"),
    ],
)
def test_a_prize_that_went_to_a_company(body: str, org: str) -> None:
    assert org in _orgs(_parse(body))


def test_a_company_named_as_an_example_stays_out() -> None:
    body = _EVENT + "Firmen wie die Wellwerk GmbH fehlten. Die Stimmung ging an die Grenze."
    assert "Wellwerk GmbH" not in _orgs(_parse(body))


def _kranwerk_gazetteer() -> Gazetteer:
    from support.report_probe import ID, rostock_leeds_gazetteer

    g = rostock_leeds_gazetteer()
    g.add("org", ID + "org/kranwerk", ["Kranwerk Nordhafen e. V.", "Kranwerk Nordhafen"])
    g.add("org", ID + "org/hanse-werft", ["Hansewelle Werft GmbH"])
    g.add("org", ID + "org/hanse-logistik", ["Hansewelle Logistik GmbH"])
    return g


@pytest.mark.parametrize(
    ("body", "name", "org"),
    [
        # the graph's organisation by its first word alone, in a function's slot
        (
            _EVENT + "Angereist war Ute Kahl, Leiterin der Geschäftsstelle von Kranwerk, mit zwei Kollegen.",
            "Ute Kahl",
            "Kranwerk Nordhafen e. V.",
        ),
        (
            _EVENT_EN + "Also there was Mia Holt, head of training at Kranwerk, with her team.",
            "Mia Holt",
            "Kranwerk Nordhafen e. V.",
        ),
        (_EVENT + "Es sprach Jan Ruge, Sprecher von Kranwerk.", "Jan Ruge", "Kranwerk Nordhafen e. V."),
        # a first word that two bodies share: unsure
        (_EVENT + "Es sprach Ina Berg, Leiterin Vertrieb bei Hansewelle, über Häfen.", "Ina Berg", None),
    ],
)
def test_the_graphs_body_by_its_first_word(body: str, name: str, org: str | None) -> None:
    from support.report_probe import LEEDS_HEAD, ROSTOCK_HEAD

    from clustergraph.loaders.report import parse_report

    head = LEEDS_HEAD if body.startswith(_EVENT_EN) else ROSTOCK_HEAD
    r = parse_report(head + body + "\n", _kranwerk_gazetteer())
    assert _people(r)[name][1] == org


def test_a_first_word_without_a_function_is_no_body() -> None:
    from support.report_probe import ROSTOCK_HEAD

    from clustergraph.loaders.report import parse_report

    r = parse_report(
        ROSTOCK_HEAD + _EVENT + "Die Gäste kamen von Kranwerk und vom Hafen.\n", _kranwerk_gazetteer()
    )
    assert not any("Kranwerk" in n for n in _orgs(r))


@pytest.mark.parametrize(
    ("body", "name", "function", "org"),
    [
        # a trade noun after a body's possessive
        (
            _EVENT_EN + "Next was Harbour Fire Lab's lead investigator Sam Okoro with three case studies.",
            "Sam Okoro",
            "lead investigator",
            "Harbour Fire Lab",
        ),
        (
            _EVENT_EN + "Then Ruth Ames, principal investigator at Dales Foods Ltd, spoke.",
            "Ruth Ames",
            "principal investigator",
            "Dales Foods Ltd",
        ),
        # the organisation spoken for, before a titled name without function
        (
            _EVENT + "Für die Hochschule Warnemünde erläuterte Prof. Dr. Lena Kurz das Teilprojekt.",
            "Lena Kurz",
            None,
            "Hochschule Warnemünde",
        ),
        (
            _EVENT_EN + "For Hale Pumps Ltd, Dr. Tom Hale presented the new pump.",
            "Tom Hale",
            None,
            "Hale Pumps Ltd",
        ),
        (
            _EVENT + "Für die Ostsee Optik GmbH sprach Dr. Ina Lorenz über Linsen.",
            "Ina Lorenz",
            None,
            "Ostsee Optik GmbH",
        ),
    ],
)
def test_more_functions_and_the_body_spoken_for(body: str, name: str, function: str | None, org: str) -> None:
    assert _people(_parse(body))[name] == (function, org)


@pytest.mark.parametrize(
    ("body", "name"),
    [
        # an award's winner takes part, even without function or title
        (_EVENT_EN + "The award for the best poster went to Rita Soares from Lisbon.", "Rita Soares"),
        (_EVENT + "Der Preis für die beste Idee ging an Jonas Falk aus Wismar.", "Jonas Falk"),
        (_EVENT_EN + "This year's innovation prize was awarded to Mia Chen for her drone.", "Mia Chen"),
    ],
)
def test_an_award_winner_is_a_person(body: str, name: str) -> None:
    assert name in _people(_parse(body))


@pytest.mark.parametrize(
    ("body", "absent"),
    [
        # "went to" without an award is no winner ("the trip went to Lake District")
        (_EVENT_EN + "The afternoon trip went to Kielder Forest by coach.", "Kielder Forest"),
        # a contact person named after a label is not at the event
        (_EVENT + "Ansprechpartnerin beim Projektträger: Dr. Eva Brandt", "Eva Brandt"),
        (_EVENT_EN + "Contact person: Dr. Tom Hale, tom@example.org", "Tom Hale"),
        (_EVENT + "Ansprechpartner: Dr. Ole Wendt", "Ole Wendt"),
    ],
)
def test_no_winner_no_contact(body: str, absent: str) -> None:
    assert absent not in _people(_parse(body))


def test_a_contact_person_who_spoke_stays() -> None:
    body = _EVENT + "Unsere Ansprechpartnerin Dr. Eva Brandt eröffnete die Tagung."
    assert "Eva Brandt" in _people(_parse(body))


@pytest.mark.parametrize(
    ("body", "name", "org"),
    [
        # a study's author who presented it at the event takes part
        (
            _EVENT_EN
            + "The study's author, Dr. Ines Koch, senior analyst at Dales Foods Ltd, walked us through the results.",
            "Ines Koch",
            "Dales Foods Ltd",
        ),
        (
            _EVENT_EN
            + "The author of the study, Dr. Mark Hill, research fellow at Hale Pumps Ltd, presented the figures.",
            "Mark Hill",
            "Hale Pumps Ltd",
        ),
        (
            _EVENT
            + "Die Autorin der Studie, Dr. Eva Lind, Referentin bei der Ostsee Optik GmbH, stellte die Zahlen vor.",
            "Eva Lind",
            "Ostsee Optik GmbH",
        ),
        # a unit of the body between "aus"/"von" and its name
        (
            _EVENT + "Es diskutierte Dr. Jan Beck aus der Geschäftsführung der Nordlicht Beratung GmbH.",
            "Jan Beck",
            "Nordlicht Beratung GmbH",
        ),
        (
            _EVENT + "Dabei war Ina Kurz vom Vorstand der Hafenwerk AG.",
            "Ina Kurz",
            "Hafenwerk AG",
        ),
        (
            _EVENT_EN + "Dr. Ann Lowe from the board of the Dales Foods Ltd joined the panel.",
            "Ann Lowe",
            "Dales Foods Ltd",
        ),
        # "Technikum" heads a name as "Hochschule" does
        (
            _EVENT + "Dr. Leo Frei, Dozent für Robotik am Technikum Winterthur, betreute die Teams.",
            "Leo Frei",
            "Technikum Winterthur",
        ),
        (
            _EVENT + "Mitveranstalter war das Technikum Brugg. Es sprach Dr. Rita Meier vom Technikum Brugg.",
            "Rita Meier",
            "Technikum Brugg",
        ),
    ],
)
def test_authors_units_and_technika(body: str, name: str, org: str) -> None:
    assert _people(_parse(body))[name][1] == org


def test_a_studys_author_only_cited_stays_out() -> None:
    body = (
        _EVENT_EN
        + "According to a study by Dr. Ines Koch, salaries rose. Tom Hale, CEO of Hale Pumps Ltd, spoke."
    )
    people = _people(_parse(body))
    assert "Ines Koch" not in people
    assert "Tom Hale" in people


@pytest.mark.parametrize(
    ("body", "name", "function"),
    [
        # diplomats and local office holders before their name
        (
            _EVENT_EN + "Ambassador Ingrid Solberg opened the Norwegian pavilion.",
            "Ingrid Solberg",
            "Ambassador",
        ),
        (
            _EVENT_EN + "Consul General Pierre Lambert welcomed the delegation.",
            "Pierre Lambert",
            "Consul General",
        ),
        (_EVENT_EN + "Then Governor Ruth Adams spoke about ports.", "Ruth Adams", "Governor"),
        (_EVENT + "Grüße überbrachte Botschafterin Anne Dahl persönlich.", "Anne Dahl", "Botschafterin"),
        (_EVENT + "Es sprach Stadträtin Eva Brink über den Hafen.", "Eva Brink", "Stadträtin"),
        (_EVENT + "Honorarkonsul Jens Brandt begrüßte die Gäste.", "Jens Brandt", "Honorarkonsul"),
    ],
)
def test_diplomats_and_councillors(body: str, name: str, function: str) -> None:
    assert _people(_parse(body))[name][0] == function


def test_a_consultation_is_no_consul() -> None:
    from clustergraph.loaders.report.functions import functions

    text = "Die Konsultation dauerte lange; danach sprach Konsulin Eva Brink."
    assert [f.label for f in functions(text, [])] == ["Konsulin"]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a body in the role of organiser or host, named by capitalised words up to punctuation
        (
            "Eingeladen hatte der Cluster. Mitveranstalter war der Maschinenring Donautal.",
            "Maschinenring Donautal",
        ),
        (
            "Gastgeberin war die Genossenschaft Obstbau Altes Land, die den Hof stellte.",
            "Genossenschaft Obstbau Altes Land",
        ),
        ("The day was free. Co-host was the Fenland Growers Network.", "Fenland Growers Network"),
        ("Organiser was the Humber Freeport Partnership; tickets were free.", "Humber Freeport Partnership"),
    ],
)
def test_a_body_in_the_role_of_host(text: str, found: str) -> None:
    assert found in _names(text)


@pytest.mark.parametrize(
    "text",
    [
        # a person as host, a function word in the slot, one word only: no body by the slot
        "Gastgeberin war die Geschäftsführerin Anna Roth, die alle begrüßte.",
        "Host was the Managing Director Tim Lee.",
        "Gastgeber war der Landkreis.",
    ],
)
def test_no_body_in_the_role_of_host(text: str) -> None:
    names = _names(text)
    assert not any(n.endswith(("Anna Roth", "Tim Lee")) for n in names)
    assert "Landkreis" not in names
