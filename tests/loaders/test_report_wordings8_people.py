# ruff: noqa: E501
"""Reports, eighth round (issue 17): what ends a function phrase (an abbreviation introduced in
brackets, "R&D", a department before "bei", a body named by its kind "des Mechatronik-Clusters",
"the Chamber", "the Cluster Meccatronica") and organisations named head-first in Romance
languages ("Clúster de Movilidad de Navarra", "Camera di Commercio di Bologna"), which are no
persons. Every sentence is made up for these tests."""

from __future__ import annotations

import pytest
from support.report_probe import LEEDS_EVENT as _EVENT_EN
from support.report_probe import ROSTOCK_EVENT as _EVENT
from support.report_probe import organisers as _organisers
from support.report_probe import parse_rostock_leeds as _parse
from support.report_probe import people as _people
from support.report_probe import rostock_leeds_gazetteer as _gazetteer

from clustergraph.loaders.report import parse_report
from clustergraph.loaders.report.mentions import org_mentions

ID = "https://w3id.org/clustergraph/id/"


@pytest.mark.parametrize(
    ("body", "name", "function"),
    [
        # an abbreviation introduced in brackets names a body: no part of the function
        (
            _EVENT_EN
            + "It was organised by Cámara de Comercio de Valencia (CCV). Ms. Lucía Ferrer Soler, project manager of CCV, opened it.",
            "Lucía Ferrer Soler",
            "project manager",
        ),
        (
            _EVENT_EN
            + "The coordinator, Agència Tècnica Sabadell (ATS), joined. The work plan came from Jordi Pons Vidal, head of ATS.",
            "Jordi Pons Vidal",
            "head",
        ),
        (
            _EVENT_EN
            + "Partners of Nordic Rail Lab (NRL) attended. Dr. Ola Sund, coordinator of the NRL, gave a talk.",
            "Ola Sund",
            "coordinator",
        ),
        (
            _EVENT
            + "Gastgeber war das Netzwerk Holzbau Nord (NHN). Es sprach Dr. Jens Ahlers, Geschäftsführer des NHN.",
            "Jens Ahlers",
            "Geschäftsführer",
        ),
        # "R&D" is one word of a function
        (
            _EVENT_EN + "The talk came from Sofie Berg, head of R&D at Lindqvist Cells AB, on dry coating.",
            "Sofie Berg",
            "head of R&D",
        ),
        (_EVENT_EN + "Then Tom Hale, Head of R&D of Hale Pumps Ltd, spoke.", "Tom Hale", "Head of R&D"),
        (
            _EVENT + "Es folgte Anja Roth, Leiterin F&E bei der Roth Kunststoff GmbH, mit einem Vortrag.",
            "Anja Roth",
            "Leiterin F&E",
        ),
        (_EVENT + "Schlusswort: Mia Lund (Leiterin F&E, Lund Optik GmbH).", "Mia Lund", "Leiterin F&E"),
        # a department of two capitalised words before "bei"/"at" the organisation
        (
            _EVENT
            + "Es sprach Corinna Albers, Leiterin Regulatory Affairs bei der Medisafe AG, über Fristen.",
            "Corinna Albers",
            "Leiterin Regulatory Affairs",
        ),
        (
            _EVENT + "Danach berichtete Ralf Genz, Leiter Quality Management bei der Genz Medical GmbH.",
            "Ralf Genz",
            "Leiter Quality Management",
        ),
        (
            _EVENT + "Moderiert hat Leiterin Business Development bei der Kehl Optik GmbH, Nina Kehl.",
            "Nina Kehl",
            "Leiterin Business Development",
        ),
        (
            _EVENT + "Für die Werkstatt sprach Tobias Rau, Leiter Supply Chain von der Rau Logistik GmbH.",
            "Tobias Rau",
            "Leiter Supply Chain",
        ),
        # a body named by its kind after "des"/"of the": the function ends before it
        (
            _EVENT + "Eröffnet wurde der Tag von Mag. Eva Brandl, Clustermanagerin des Kunststoff-Clusters.",
            "Eva Brandl",
            "Clustermanagerin",
        ),
        (
            _EVENT + "Es sprach Jonas Weber, Sprecher des Photonik-Netzwerks, zur Lage.",
            "Jonas Weber",
            "Sprecher",
        ),
        (
            _EVENT + "Die Bilanz zog Petra Kainz, Geschäftsführerin des Holz-Verbands.",
            "Petra Kainz",
            "Geschäftsführerin",
        ),
        (
            _EVENT_EN + "Welcome words came from Dott.ssa Giulia Neri, general secretary of the Chamber.",
            "Giulia Neri",
            "general secretary",
        ),
        (
            _EVENT_EN + "Ing. Paolo Riva, president of the Cluster Agrifood, opened the day.",
            "Paolo Riva",
            "president",
        ),
        (_EVENT_EN + "The host was Dana Pryce, director of the Alliance.", "Dana Pryce", "director"),
    ],
)
def test_what_ends_a_function(body: str, name: str, function: str) -> None:
    assert _people(_parse(body))[name][0] == function


@pytest.mark.parametrize(
    ("body", "absent"),
    [
        (
            _EVENT_EN
            + "Ms. Itziar Goñi, project manager of CCV, opened it. The coordinator, Clúster de Automoción de Galicia, thanked all.",
            "Clúster de Automoción",
        ),
        (
            _EVENT_EN + "Promoted by Camera di Commercio di Padova, the event gathered 90 people.",
            "Camera di Commercio",
        ),
        (
            _EVENT_EN + "The welcome was given by Fundación Centro de Innovación, host of the day.",
            "Fundación Centro",
        ),
        (
            _EVENT + "Leiterin Regulatory Affairs bei der Medisafe AG ist Corinna Albers.",
            "Regulatory Affairs",
        ),
    ],
)
def test_bodies_and_departments_are_no_persons(body: str, absent: str) -> None:
    assert not any(absent.casefold() in n.casefold() for n in _people(_parse(body)))


@pytest.mark.parametrize(
    ("body", "org"),
    [
        (
            _EVENT_EN
            + "It was organised together with the coordinator, Clúster de Movilidad de Navarra (CMN).",
            "Clúster de Movilidad de Navarra",
        ),
        (
            _EVENT_EN + "Promoted by Camera di Commercio di Padova, the event gathered 90 people.",
            "Camera di Commercio di Padova",
        ),
        (
            _EVENT_EN + "Promoted by Cluster Meccatronica Emilia-Romagna and the city, it was a success.",
            "Cluster Meccatronica Emilia-Romagna",
        ),
        (_EVENT_EN + "Then Ann Kerr, Cluster Manager at Kerr Foods Ltd, spoke.", "Kerr Foods Ltd"),
        (_EVENT_EN + "The partners met at Fundación Tecnalia Research.", "Fundación Tecnalia Research"),
        (_EVENT_EN + "Among the hosts was Cámara de Comercio de Valencia.", "Cámara de Comercio de Valencia"),
    ],
)
def test_romance_bodies_named_head_first(body: str, org: str) -> None:
    assert org in [o.name for o in org_mentions(body, _gazetteer())]


@pytest.mark.parametrize(
    "body",
    [
        # look-alikes: a department in capitals stays in the function, a cluster word before a name
        _EVENT_EN + "Then Ann Kerr, head of IT at Kerr Foods Ltd, spoke.",
        _EVENT_EN + "Then Ann Kerr, Cluster Manager at Kerr Foods Ltd, spoke.",
    ],
)
def test_look_alikes_keep_their_function(body: str) -> None:
    fn, aff = _people(_parse(body))["Ann Kerr"]
    assert fn in ("head of IT", "Cluster Manager") and aff == "Kerr Foods Ltd"


@pytest.mark.parametrize(
    ("body", "name", "affiliation"),
    [
        # a body referred to by its kind in another language, or by the start of its name
        (
            _EVENT_EN
            + "It was hosted with Camera di Commercio di Padova. The welcome came from Dott.ssa Giulia Neri, general secretary of the Chamber.",
            "Giulia Neri",
            "Camera di Commercio di Padova",
        ),
        (
            _EVENT_EN
            + "It was co-hosted by Fundación Tecnalia Research. Words of thanks came from Iker Sanz, director of the Foundation.",
            "Iker Sanz",
            "Fundación Tecnalia Research",
        ),
        (
            _EVENT_EN
            + "Promoted by Cluster Agrifood Veneto, it was full. Ing. Paolo Riva, president of the Cluster Agrifood, opened the day.",
            "Paolo Riva",
            "Cluster Agrifood Veneto",
        ),
        (
            _EVENT
            + "Mitveranstalter war die Handwerkskammer Rostock. Es sprach Uwe Kröger, Hauptgeschäftsführer der Kammer.",
            "Uwe Kröger",
            "Handwerkskammer Rostock",
        ),
    ],
)
def test_a_body_referred_to(body: str, name: str, affiliation: str) -> None:
    assert _people(_parse(body))[name][1] == affiliation


def test_a_chamber_not_named_is_unsure() -> None:
    body = (
        _EVENT_EN
        + "Hosted by Nordic Rail Lab Ltd. Words came from Ann Lowe, general secretary of the Chamber."
    )
    assert _people(_parse(body))["Ann Lowe"][1] is None


@pytest.mark.parametrize(
    ("body", "name", "affiliation"),
    [
        # a platform named as a body, a Swiss university of applied sciences with its department
        (
            _EVENT
            + "Gastgeberin war die Holzbau Plattform Ostschweiz, welche den Anlass ausrichtete. Nach der Begrüssung durch Dr. Urs Kälin, Präsident der Plattform, ging es los.",
            "Urs Kälin",
            "Holzbau Plattform Ostschweiz",
        ),
        (
            _EVENT + "Prof. Dr. Lea Frei von der Hochschule Luzern Technik moderierte das Podium.",
            "Lea Frei",
            "Hochschule Luzern Technik",
        ),
        (
            _EVENT + "Prof. Dr. Lea Frei von der Hochschule Luzern – Technik & Architektur moderierte.",
            "Lea Frei",
            "Hochschule Luzern – Technik & Architektur",
        ),
        (
            _EVENT + "Es sprach Marc Huber, Dozent an der Hochschule Luzern Wirtschaft, über Preise.",
            "Marc Huber",
            "Hochschule Luzern Wirtschaft",
        ),
        (
            _EVENT_EN
            + "Hosted by the Food Tech Platform Wales, it drew 60 people. Gwen Rees, chair of the Platform, closed it.",
            "Gwen Rees",
            "Food Tech Platform Wales",
        ),
    ],
)
def test_platforms_and_departments_of_universities(body: str, name: str, affiliation: str) -> None:
    assert _people(_parse(body))[name][1] == affiliation


def test_a_place_after_a_university_is_no_department() -> None:
    body = _EVENT + "Prof. Dr. Lea Frei von der Hochschule Luzern sprach. Technik war das Thema."
    assert _people(_parse(body))["Lea Frei"][1] == "Hochschule Luzern"


@pytest.mark.parametrize(
    ("body", "name", "function"),
    [
        (
            _EVENT + "Es sprach Regina Wyss, Geschäftsleiterin des Rheintal Biotech-Clusters, zum Auftakt.",
            "Regina Wyss",
            "Geschäftsleiterin",
        ),
        (_EVENT + "Eröffnet hat Jan Roth, Sprecher des Nordsee Energie-Netzwerks.", "Jan Roth", "Sprecher"),
        (
            _EVENT + "Die Bilanz zog Eva Lutz, Vorsitzende des Allgäuer Holzbau-Vereins.",
            "Eva Lutz",
            "Vorsitzende",
        ),
    ],
)
def test_a_named_compound_ends_a_function(body: str, name: str, function: str) -> None:
    assert _people(_parse(body))[name][0] == function


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a list after "in Zusammenarbeit mit", a co-host "as co-host", "promoted by", a coordinator in apposition
        (
            _EVENT
            + "Der Tag wurde vom Hafeninstitut Rostock in Zusammenarbeit mit Nordlicht Optik e. V. und der Hochschule Wismar veranstaltet.",
            {"Hafeninstitut Rostock", "Nordlicht Optik e. V.", "Hochschule Wismar"},
        ),
        (
            _EVENT_EN
            + "The forum was hosted by the Harbour Data Alliance, with the Leeds Water Partnership as co-host.",
            {"Harbour Data Alliance", "Leeds Water Partnership"},
        ),
        (
            _EVENT_EN
            + "Promoted by Cluster Agrifood Veneto and realised in collaboration with Camera di Commercio di Padova, the forum drew 90 people.",
            {"Cluster Agrifood Veneto", "Camera di Commercio di Padova"},
        ),
        (
            _EVENT_EN
            + "The forum was hosted by the Leeds Rail Cluster and organised together with the coordinator, Fundación Tecnalia Research (FTR).",
            {"Leeds Rail Cluster", "Fundación Tecnalia Research"},
        ),
        (
            _EVENT
            + "Der Hafentag wurde von der Hafen Netzwerk GmbH gemeinsam mit dem Koordinator, der Ostsee Logistik AG, organisiert.",
            {"Hafen Netzwerk GmbH", "Ostsee Logistik AG"},
        ),
        (
            _EVENT
            + "Gastgeber war die Hafen Netzwerk GmbH, mit der Ostsee Logistik AG als Mitveranstalterin.",
            {"Hafen Netzwerk GmbH", "Ostsee Logistik AG"},
        ),
    ],
)
def test_organisers_joined(body: str, expected: set[str]) -> None:
    assert expected <= set(_organisers(_parse(body)))


def test_a_study_promoted_by_names_no_organiser() -> None:
    body = _EVENT_EN + "A study promoted by Leeds Rail Cluster Ltd was quoted."
    assert "Leeds Rail Cluster Ltd" not in _organisers(_parse(body))


def test_a_unit_named_after_a_body_word_stays_in_the_function() -> None:
    body = _EVENT_EN + "Then Ben Ito, head of the Cluster Outreach team, spoke."
    assert _people(_parse(body))["Ben Ito"][0] == "head of the Cluster Outreach team"


@pytest.mark.parametrize(
    ("body", "name", "expected"),
    [
        # a bold speaker list: the function in brackets after the name, lower-case words first
        (
            _EVENT_EN + "\n\n**Anna Lind** (cluster manager, Rhone Optique GmbH): opened the day.",
            "Anna Lind",
            ("cluster manager", "Rhone Optique GmbH"),
        ),
        (
            _EVENT_EN + "\n\nAnna Lind (project manager, Rhone Optique GmbH) said a word.",
            "Anna Lind",
            ("project manager", "Rhone Optique GmbH"),
        ),
        (
            _EVENT_EN
            + "\n\n**Dr. Ole Brandt** (Nordlicht Optik e. V., managing director): presented the pilot.",
            "Ole Brandt",
            ("managing director", "Nordlicht Optik e. V."),
        ),
        (
            _EVENT + "\n\n**Jana Kühn** (Holzwerk Süd GmbH, Geschäftsführerin): stellte den Prototyp vor.",
            "Jana Kühn",
            ("Geschäftsführerin", "Holzwerk Süd GmbH"),
        ),
        (
            _EVENT_EN + "\n\n**Marco Neri**, investor at Alpi Ventures SRL, asked the last question.",
            "Marco Neri",
            ("investor", "Alpi Ventures SRL"),
        ),
        # a caption: "(left)" between the name and "our" function
        (
            _EVENT_EN + "\n\n[Photo 2] Tom Reed (right), director of Reed Optics Ltd, shows a lens.",
            "Tom Reed",
            ("director", "Reed Optics Ltd"),
        ),
    ],
)
def test_speaker_lists_and_captions(body: str, name: str, expected: tuple[str, str]) -> None:
    assert _people(_parse(body))[name] == expected


_MINUTES = (
    "Protokoll\n\nMitgliederversammlung 2025 des Hafen Netzwerk e. V.\n\nDatum: 4. Juni 2025\nOrt: Rostock\n"
    "Versammlungsleitung: Prof. Dr. Ute Lamm (Vorstandsvorsitzende)\nProtokoll: Tim Rehse\n\n"
    "TOP 1 – Bericht der Geschäftsstelle\nGeschäftsstellenleiter Karl Bode stellte die Zahlen vor. "
    "Schatzmeisterin Eva Hahn legte den Kassenbericht vor. Gast war Jan Ott, Geschäftsführer der Ott Logistik GmbH.\n"
)
_MINUTES_EN = (
    "Minutes\n\nAnnual General Meeting 2025 of the Leeds Data Alliance\n\nDate: 4 June 2025\nPlace: Leeds\n"
    "Chair: Ann Lowe (chair of the board)\nMinutes: Tom Reed\n\nItem 1 – Accounts\nTreasurer Ben Ito presented the accounts.\n"
)


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        (_MINUTES, "Tim Rehse", (None, None)),
        (_MINUTES, "Karl Bode", ("Geschäftsstellenleiter", "Hafen Netzwerk e. V.")),
        (_MINUTES, "Eva Hahn", ("Schatzmeisterin", "Hafen Netzwerk e. V.")),
        (_MINUTES, "Jan Ott", ("Geschäftsführer", "Ott Logistik GmbH")),
        (_MINUTES_EN, "Tom Reed", (None, None)),
        (_MINUTES_EN, "Ben Ito", ("Treasurer", "Leeds Data Alliance")),
    ],
)
def test_minutes_of_a_members_meeting(text: str, name: str, expected: tuple[str | None, str | None]) -> None:
    assert _people(parse_report(text, _gazetteer()))[name] == expected


def test_a_board_function_outside_a_members_meeting_stays_unsure() -> None:
    body = _EVENT + "Hosted by the Hafen Netzwerk e. V. Schatzmeisterin Eva Hahn sprach ein Grußwort."
    assert _people(_parse(body))["Eva Hahn"][1] is None


@pytest.mark.parametrize(
    ("body", "name", "affiliation"),
    [
        (
            _EVENT
            + "Veranstalter war die WEGE Wirtschaftsentwicklungsgesellschaft Rostock mbH. Es sprach Dr. Eva Kühn, Bereichsleiterin Innovation der WEGE, zum Schluss.",
            "Eva Kühn",
            "WEGE Wirtschaftsentwicklungsgesellschaft Rostock mbH",
        ),
        (
            _EVENT_EN
            + "It was hosted by NORA Offshore Services Ltd. Then Tom Reed, director at NORA, spoke.",
            "Tom Reed",
            "NORA Offshore Services Ltd",
        ),
    ],
)
def test_a_capitalised_first_word_is_a_short_name(body: str, name: str, affiliation: str) -> None:
    assert _people(_parse(body))[name][1] == affiliation


@pytest.mark.parametrize(
    ("body", "name", "affiliation"),
    [
        (
            _EVENT
            + "Gastgeber war das Institut für Meerestechnik (IMT). Institutsleiter Prof. Dr. Jan Ahl begrüßte die Gäste.",
            "Jan Ahl",
            "Institut für Meerestechnik",
        ),
        (
            _EVENT
            + "Gastgeber war die Hochschule Wismar. Hochschulpräsidentin Dr. Eva Kühn eröffnete den Tag.",
            "Eva Kühn",
            "Hochschule Wismar",
        ),
        (_EVENT + "Es kamen viele Gäste. Institutsleiter Prof. Dr. Jan Ahl begrüßte sie.", "Jan Ahl", None),
    ],
)
def test_a_function_compounded_with_a_kind_of_body(body: str, name: str, affiliation: str | None) -> None:
    assert _people(_parse(body))[name][1] == affiliation


@pytest.mark.parametrize(
    ("body", "name", "expected"),
    [
        (
            _EVENT
            + "Gewonnen hat das Team der Salzwerk GmbH mit Gründerin Eva Kühn, das einen Speicher zeigte.",
            "Eva Kühn",
            ("Gründerin", "Salzwerk GmbH"),
        ),
        (
            _EVENT_EN + "The prize went to Saltworks Ltd with its founder Eva Kuhn for a heat store.",
            "Eva Kuhn",
            ("founder", "Saltworks Ltd"),
        ),
        (
            _EVENT
            + "Als Jurorin bewertete Dr. Katrin Lenz, Partnerin bei der Nord Ventures GmbH, die Pitches.",
            "Katrin Lenz",
            ("Partnerin", "Nord Ventures GmbH"),
        ),
        (
            _EVENT + "Es sprach Jan Ott, Partner der Ott & Weber Rechtsanwälte GmbH, über Verträge.",
            "Jan Ott",
            ("Partner", "Ott & Weber Rechtsanwälte GmbH"),
        ),
    ],
)
def test_founders_with_their_company_and_partners(body: str, name: str, expected: tuple[str, str]) -> None:
    assert _people(_parse(body))[name] == expected


def test_partner_regions_and_partners_are_no_functions() -> None:
    body = _EVENT + "Partnerregion war Südtirol. Die Partnerinnen des Netzwerks kamen aus Bozen."
    assert _people(_parse(body)) == {}


@pytest.mark.parametrize(
    "text",
    [
        "The Cluster Talks 2025 took place in Leeds.",
        "We met at the Centro Congressi Lingotto in Turin.",
        "The new Camera Module Testing line was shown.",
        "Das Cluster Frühstück Rostock war gut besucht.",
    ],
)
def test_head_first_look_alikes_are_no_bodies(text: str) -> None:
    assert org_mentions(text, _gazetteer()) == []


@pytest.mark.parametrize(
    ("body", "expected", "absent"),
    [
        (
            _EVENT_EN
            + "The students lived on the campus of Leeds Coast University. The school was organised by Nordic Rail Lab Ltd in cooperation with the university's Department of Energy.",
            {"Nordic Rail Lab Ltd", "Leeds Coast University"},
            None,
        ),
        (
            _EVENT_EN + "It was organised by Nordic Rail Lab Ltd together with the cluster's members.",
            {"Nordic Rail Lab Ltd"},
            "Leeds Coast University",
        ),
    ],
)
def test_a_joint_organiser_referred_to_by_its_kind(body: str, expected: set[str], absent: str | None) -> None:
    found = set(_organisers(_parse(body)))
    assert expected <= found and absent not in found


@pytest.mark.parametrize(
    ("text", "name", "affiliation"),
    [
        (
            "RECAP: Leeds Data Forum 2025\n\nPosted 6 June 2025 | By the Harbour Data Alliance staff\n\nThe Leeds Data Forum 2025 took place on 4 June 2025 in Leeds. Our president, Dana Pryce, opened it.\n",
            "Dana Pryce",
            "Harbour Data Alliance",
        ),
        (
            "Leeds Data Forum 2025\n\n(Recap written by the Harbour Data Alliance team)\n\nThe Leeds Data Forum 2025 took place on 4 June 2025 in Leeds. Our president, Dana Pryce, opened it.\n",
            "Dana Pryce",
            "Harbour Data Alliance",
        ),
        (
            "Leeds Data Forum 2025\n\nThe Leeds Data Forum 2025 took place on 4 June 2025 in Leeds. It was hosted by the Harbour Data Alliance. Our president, Dana Pryce, opened it.\n",
            "Dana Pryce",
            None,
        ),
    ],
)
def test_a_byline_names_the_publisher(text: str, name: str, affiliation: str | None) -> None:
    assert _people(parse_report(text, _gazetteer()))[name][1] == affiliation
