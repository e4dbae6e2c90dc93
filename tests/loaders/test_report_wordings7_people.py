# ruff: noqa: E501
"""Reports, seventh round (issue 17): fields after a function ("reader in Mechanical Engineering
at X") are no persons, noble titles and function nouns before a name are no part of it, functions
with a capitalised adjective or a hyphenated department, inflected and genitive head words, and
names of organisations starting with a Nordic letter. Every sentence is made up for these tests."""

from __future__ import annotations

import pytest
from support.report_probe import LEEDS_EVENT as _EVENT_EN
from support.report_probe import ROSTOCK_EVENT as _EVENT
from support.report_probe import organisers as _organisers
from support.report_probe import parse_rostock_leeds as _parse
from support.report_probe import people as _people

from clustergraph.loaders.report.mentions import org_mentions
from clustergraph.loaders.textkit import Gazetteer

ID = "https://w3id.org/clustergraph/id/"


@pytest.mark.parametrize(
    ("body", "name", "function", "affiliation"),
    [
        # a field after a function and "in": part of the function, the organisation after it
        (
            _EVENT_EN
            + "The talk came from Dr. Ann Lowe, reader in Mechanical Engineering at the University of Leeds.",
            "Ann Lowe",
            "reader in Mechanical Engineering",
            "University of Leeds",
        ),
        (
            _EVENT_EN
            + "Ann Lowe, a lecturer in Applied Physics at Leeds Beckett University, opened the day.",
            "Ann Lowe",
            "lecturer in Applied Physics",
            "Leeds Beckett University",
        ),
        (
            _EVENT_EN
            + "Opening the day was Ben Ito, senior lecturer in Marine Robotics at Tynemouth University.",
            "Ben Ito",
            "senior lecturer in Marine Robotics",
            "Tynemouth University",
        ),
        (
            _EVENT_EN + "Ann Lowe, project manager in Leeds, opened the day.",
            "Ann Lowe",
            "project manager",
            None,
        ),
        # function words of a jury and of a university's management
        (
            _EVENT_EN
            + "The prize was handed over by jury chair Dr. Henrik Dahl (Fjordvik Institute of Technology).",
            "Henrik Dahl",
            "jury chair",
            "Fjordvik Institute of Technology",
        ),
        (
            _EVENT_EN
            + "The University's Pro Vice-Chancellor for Research, Professor Alan Hurst, opened the day.",
            "Alan Hurst",
            "Pro Vice-Chancellor for Research",
            None,
        ),
        (
            _EVENT_EN + "Professor Alan Hurst, pro-vice-chancellor for research, opened the day.",
            "Alan Hurst",
            "pro-vice-chancellor for research",
            None,
        ),
        # noble titles are no part of the name
        (
            _EVENT_EN + "Baroness Jane Hanwell, the group's co-chair, promised a written question.",
            "Jane Hanwell",
            "co-chair",
            None,
        ),
        (
            _EVENT_EN + "A written question was promised by Lord Peter Ashby, co-chair of the group.",
            "Peter Ashby",
            "co-chair of the group",
            None,
        ),
        (
            _EVENT_EN
            + "Closing remarks came from Sir Malcolm Reede, president of the Dales Engineering Society.",
            "Malcolm Reede",
            "president",
            "Dales Engineering Society",
        ),
        # a function noun before the name is not part of it
        (
            _EVENT + "In der Jury saßen die Investorin Julia Brenner (Alpenblick Ventures) und Ole Hahn.",
            "Julia Brenner",
            "Investorin",
            "Alpenblick Ventures",
        ),
        (
            _EVENT + "Es sprach der Investor Jonas Kern von der Alpenblick Ventures GmbH.",
            "Jonas Kern",
            "Investor",
            "Alpenblick Ventures GmbH",
        ),
        # capitalised adjectives and hyphenated departments in German functions
        (
            _EVENT
            + "Zur Jury gehörte Dr. Thomas Ertl, ehemaliger Medizinischer Direktor des Klinikums Schwabing-Nord.",
            "Thomas Ertl",
            "ehemaliger Medizinischer Direktor",
            "Klinikum Schwabing-Nord",
        ),
        (
            _EVENT + "Es sprach Dr. Vera Lind, Ärztliche Direktorin des Krankenhauses Warnemünde-Süd.",
            "Vera Lind",
            "Ärztliche Direktorin",
            "Krankenhaus Warnemünde-Süd",
        ),
        (
            _EVENT
            + "Durch das Programm führte Stefanie Wunderlich, Leiterin Start-up-Services im Clustermanagement.",
            "Stefanie Wunderlich",
            "Leiterin Start-up-Services",
            None,
        ),
        (
            _EVENT + "Es moderierte Ida Sommer (Leiterin Go-to-Market, Kranbau Nord GmbH).",
            "Ida Sommer",
            "Leiterin Go-to-Market",
            "Kranbau Nord GmbH",
        ),
        # an inflected adjective before a head word, with a place word after it
        (
            _EVENT
            + "Den Impuls hielt Prof. Dr. Markus Seidl, Lehrstuhlinhaber für Medizintechnik an der Technischen Universität Isartal.",
            "Markus Seidl",
            "Lehrstuhlinhaber für Medizintechnik",
            "Technische Universität Isartal",
        ),
        (
            _EVENT + "Es sprach Ida Sommer von der Technischen Hochschule Warnowtal.",
            "Ida Sommer",
            None,
            "Technische Hochschule Warnowtal",
        ),
    ],
)
def test_person_function_affiliation(
    body: str, name: str, function: str | None, affiliation: str | None
) -> None:
    assert _people(_parse(body)).get(name) == (function, affiliation)


@pytest.mark.parametrize(
    ("body", "not_a_person"),
    [
        (
            _EVENT_EN + "Dr. Ann Lowe, reader in Mechanical Engineering at the University of Leeds, spoke.",
            "Mechanical Engineering",
        ),
        (_EVENT_EN + "Ben Ito, who holds an MSc in Data Science, spoke on sensors.", "Data Science"),
        (_EVENT_EN + "Ben Ito, professor of Applied Physics, spoke on sensors.", "Applied Physics"),
        (_EVENT + "Es sprach Ida Sommer, Professorin für Angewandte Mathematik.", "Angewandte Mathematik"),
        (_EVENT + "In der Jury saß die Investorin Julia Brenner.", "Investorin Julia Brenner"),
        (_EVENT_EN + "Baroness Jane Hanwell spoke.", "Baroness Jane Hanwell"),
    ],
)
def test_no_false_person(body: str, not_a_person: str) -> None:
    assert not_a_person not in _people(_parse(body))


@pytest.mark.parametrize(
    ("text", "org"),
    [
        (
            "The gala, staged each year by Øresund Innovation Cluster ApS, drew 200 guests.",
            "Øresund Innovation Cluster ApS",
        ),
        ("Guests came from Åland Marine Tech AB and others.", "Åland Marine Tech AB"),
        ("The fair was run by Ærø Ferries ApS this year.", "Ærø Ferries ApS"),
        ("Es sprach die Leiterin des Klinikums Schwabing-Nord.", "Klinikum Schwabing-Nord"),
        ("Ein Gruß des Instituts Fraunhofer.", "Institut Fraunhofer"),
    ],
)
def test_org_names(text: str, org: str | None) -> None:
    names = [o.name for o in org_mentions(text, Gazetteer())]
    if org is None:
        assert names == []
    else:
        assert org in names


@pytest.mark.parametrize(
    ("body", "organisers"),
    [
        # "arranged by", "staged each year by": a host verb with an adverb before "by"
        (
            _EVENT_EN
            + "Arranged by Trøndelag Ocean Cluster AS and the Nidaros Marine Data Lab, the weekend drew 62 developers.",
            ["Trøndelag Ocean Cluster AS", "Nidaros Marine Data Lab"],
        ),
        (_EVENT_EN + "The forum was arranged by Nidaros Marine Data Lab.", ["Nidaros Marine Data Lab"]),
        (
            _EVENT_EN + "The forum, staged each year by Fjordvik Innovation Cluster ApS, drew 200 guests.",
            ["Fjordvik Innovation Cluster ApS"],
        ),
        (
            _EVENT_EN + "The gala, staged each year by Øresund Innovation Cluster ApS, drew 200 guests.",
            ["Øresund Innovation Cluster ApS"],
        ),
        (
            _EVENT_EN + "The forum is organised annually by the Leeds Sensor Network.",
            ["Leeds Sensor Network"],
        ),
        (
            _EVENT
            + "Der Hafentag wurde auch in diesem Jahr erneut von der Warnow Logistik GmbH ausgerichtet.",
            ["Warnow Logistik GmbH"],
        ),
        # a body named by a head word and "on"; a compound with "-büro"
        (
            _EVENT_EN
            + "The forum was hosted by the cluster with the All-Party Parliamentary Group on Manufacturing.",
            ["All-Party Parliamentary Group on Manufacturing"],
        ),
        (
            _EVENT
            + "Organisiert hat die Studienreise der Kunststoff-Cluster Mühlviertel gemeinsam mit dem Exportbüro Oberösterreich.",
            ["Kunststoff-Cluster Mühlviertel", "Exportbüro Oberösterreich"],
        ),
        # look-alikes: a study arranged by X, a next edition staged by X
        (_EVENT_EN + "A study arranged by Nidaros Marine AS was shown.", []),
        (_EVENT_EN + "Next year the forum will be staged by Nidaros Marine AS.", []),
    ],
)
def test_organisers(body: str, organisers: list[str]) -> None:
    assert sorted(_organisers(_parse(body))) == sorted(organisers)


@pytest.mark.parametrize(
    ("body", "name", "function", "affiliation"),
    [
        # "Name, ORG's function": the organisation by its initials or by its name without legal form
        (
            _EVENT_EN
            + "The forum was hosted with the All-Party Parliamentary Group on Manufacturing. Baroness Jane Hanwell, the APPG's co-chair, promised a written question.",
            "Jane Hanwell",
            "co-chair",
            "All-Party Parliamentary Group on Manufacturing",
        ),
        (
            _EVENT_EN
            + "Guests came from the Dales Robotics Network. Ann Lowe, the DRN's director, spoke first.",
            "Ann Lowe",
            "director",
            "Dales Robotics Network",
        ),
        (
            _EVENT_EN
            + 'First prize went to Kelpwise AS. "We came for the kelp," said Ingrid Solberg, Kelpwise\'s CTO.',
            "Ingrid Solberg",
            "CTO",
            "Kelpwise AS",
        ),
        (
            _EVENT_EN + "Ingrid Solberg, Kelpwise AS's chief executive, spoke first.",
            "Ingrid Solberg",
            "chief executive",
            "Kelpwise AS",
        ),
    ],
)
def test_possessive_organisation(body: str, name: str, function: str, affiliation: str) -> None:
    assert _people(_parse(body)).get(name) == (function, affiliation)


def test_initials_and_possessive_only_as_such() -> None:
    orgs = [o.name for o in org_mentions("Kelpwise AS won. Kelpwise is young. The DRN met.", Gazetteer())]
    assert orgs == ["Kelpwise AS"]  # one word without "'s", initials of no organisation named: no names


@pytest.mark.parametrize(
    ("body", "name", "function", "affiliation"),
    [
        # academic ranks, media functions, parliamentary adjectives, a dative apposition
        (
            _EVENT_EN
            + "Mentoring was coordinated by Associate Professor Eirin Strand of the Nidaros Marine Data Lab.",
            "Eirin Strand",
            "Associate Professor",
            "Nidaros Marine Data Lab",
        ),
        (
            _EVENT_EN + "Eirin Strand, associate professor at Nidaros University, spoke.",
            "Eirin Strand",
            "associate professor",
            "Nidaros University",
        ),
        (
            _EVENT_EN + "Ben Ito, an assistant professor at Tynemouth University, chaired the panel.",
            "Ben Ito",
            "assistant professor",
            "Tynemouth University",
        ),
        (
            _EVENT_EN + "Visiting Professor Dr. Ann Lowe spoke on sensors.",
            "Ann Lowe",
            "Visiting Professor",
            None,
        ),
        (
            _EVENT_EN + "The talk came from Professor Alan Hurst of Leeds Beckett University.",
            "Alan Hurst",
            None,
            "Leeds Beckett University",
        ),
        (_EVENT_EN + "Compère for the evening was broadcaster Lars Holm.", "Lars Holm", "broadcaster", None),
        (_EVENT_EN + "The evening was led by presenter Lars Holm.", "Lars Holm", "presenter", None),
        (
            _EVENT
            + "Ralf Odenwald, Parlamentarischer Staatssekretär beim Bundesministerium für Testwesen, stellte die Strategie vor.",
            "Ralf Odenwald",
            "Parlamentarischer Staatssekretär",
            "Bundesministerium für Testwesen",
        ),
        (
            _EVENT + "Es sprach die Parlamentarische Staatssekretärin Eva Brandt.",
            "Eva Brandt",
            "Parlamentarische Staatssekretärin",
            None,
        ),
        (
            _EVENT + "Der Jury gehörten neben David Test, dem Sprecher des Vorstands, auch andere an.",
            "David Test",
            "Sprecher des Vorstands",
            None,
        ),
        (
            _EVENT + "Zur Jury gehörte der Business Angel und Investor Jonas Kern.",
            "Jonas Kern",
            "Investor",
            None,
        ),
    ],
)
def test_ranks_and_media_functions(
    body: str, name: str, function: str | None, affiliation: str | None
) -> None:
    assert _people(_parse(body)).get(name) == (function, affiliation)


@pytest.mark.parametrize(
    ("body", "organisers"),
    [
        # "im Auftrag des X durch die Y": both
        (
            _EVENT
            + "Ausgerichtet wurde der Hafentag im Auftrag des Bundesministeriums für Testwesen durch die Technopol Beratung GmbH, die seit 2021 die Geschäftsstelle betreibt.",
            ["Bundesministerium für Testwesen", "Technopol Beratung GmbH"],
        ),
        (
            _EVENT
            + "Der Hafentag wurde im Auftrag der Stadt Rostock durch die Warnow Logistik GmbH organisiert.",
            ["Stadt Rostock", "Warnow Logistik GmbH"],
        ),
        # a supporter after "durch" is no organiser
        (
            _EVENT
            + "Der Hafentag wurde von der Warnow Logistik GmbH organisiert, unterstützt durch die Brink AG.",
            ["Warnow Logistik GmbH"],
        ),
        # a kind of body before its name; "trat als … auf"
        (
            _EVENT
            + "Veranstalterin war die Warnow Logistik GmbH; als Mitveranstalter trat der Gründerinnen-Inkubator Startrampe Süd e. V. auf.",
            ["Warnow Logistik GmbH", "Startrampe Süd e. V."],
        ),
        (
            _EVENT + "Den Hafentag organisierte der Softwarehersteller Brink Antriebe GmbH.",
            ["Brink Antriebe GmbH"],
        ),
        (
            _EVENT + "Gastgeber war der Verein Deutscher Ingenieure e. V.",
            ["Verein Deutscher Ingenieure e. V."],
        ),
    ],
)
def test_organisers_german(body: str, organisers: list[str]) -> None:
    assert sorted(_organisers(_parse(body))) == sorted(organisers)


@pytest.mark.parametrize(
    ("body", "organisers"),
    [
        (
            _EVENT_EN + "The forum, powered by Brightwater Foods Ltd, drew 90 guests.",
            ["Brightwater Foods Ltd"],
        ),
        (_EVENT_EN + "The forum was brought to you by the Leeds Sensor Network.", ["Leeds Sensor Network"]),
        (_EVENT_EN + "Organisation: Leeds Sensor Network", ["Leeds Sensor Network"]),
        (_EVENT + "Organisation: Netzwerk Maritime Wirtschaft", ["Netzwerk Maritime Wirtschaft"]),
        (
            _EVENT_EN + "The forum was held in collaboration with the Dales Robotics Network.",
            ["Dales Robotics Network"],
        ),
        (
            _EVENT_EN
            + "The University of Leeds welcomed 34 engineers to the Leeds Data Forum 2025, held in collaboration with the Hamburg-based aviation cluster Hanse Aero Network.",
            ["University of Leeds", "Hanse Aero Network"],
        ),
        # look-alikes: a supporter, a report or a study of someone else
        (_EVENT_EN + "The forum was supported by Brightwater Foods Ltd.", []),
        (_EVENT_EN + "A report powered by Brightwater Foods Ltd was shown.", []),
        (_EVENT_EN + "A study held in collaboration with the Dales Robotics Network was shown.", []),
        (_EVENT_EN + "The organisation of the Leeds Sensor Network grew.", []),
    ],
)
def test_organisers_more_wordings(body: str, organisers: list[str]) -> None:
    assert sorted(_organisers(_parse(body))) == sorted(organisers)


@pytest.mark.parametrize(
    ("body", "name", "function", "affiliation"),
    [
        # "an der Spitze des X", "at the helm of X": no function title, the organisation
        (
            _EVENT
            + "Es sprach Dr. Anna Beispiel, seit 2022 an der Spitze der Warnow Logistik GmbH, über Häfen.",
            "Anna Beispiel",
            None,
            "Warnow Logistik GmbH",
        ),
        (
            _EVENT_EN + "Dr. Anna Beispiel, at the helm of the Dales Robotics Network since 2020, spoke.",
            "Anna Beispiel",
            None,
            "Dales Robotics Network",
        ),
        (
            _EVENT_EN + "Ben Ito, at the head of Brightwater Foods Ltd, spoke first.",
            "Ben Ito",
            None,
            "Brightwater Foods Ltd",
        ),
        # a short name defined in brackets, then used
        (
            _EVENT
            + "Es kamen Gäste der Arbeitsgemeinschaft Deutscher Technologiecluster (AGDT). Es sprach Konrad Wilmes, Vorsitzender der AGDT.",
            "Konrad Wilmes",
            "Vorsitzender",
            "Arbeitsgemeinschaft Deutscher Technologiecluster",
        ),
        (
            _EVENT_EN
            + "Guests came from the Dales Robotics Network (DaRoN). Ann Lowe, director of DaRoN, spoke.",
            "Ann Lowe",
            "director",
            "Dales Robotics Network",
        ),
    ],
)
def test_head_of_and_defined_short_names(
    body: str, name: str, function: str | None, affiliation: str
) -> None:
    assert _people(_parse(body)).get(name) == (function, affiliation)


@pytest.mark.parametrize(
    ("body", "organisers"),
    [
        (
            _EVENT
            + "Die Gäste sind der Einladung der Arbeitsgemeinschaft Deutscher Technologiecluster (AGDT) zum Hafentag gefolgt.",
            ["Arbeitsgemeinschaft Deutscher Technologiecluster"],
        ),
        (
            _EVENT + "Eingeladen hatte die Vereinigung Norddeutscher Hafenbetriebe.",
            ["Vereinigung Norddeutscher Hafenbetriebe"],
        ),
        (
            _EVENT_EN + "Guests followed the invitation of the Dales Robotics Network to the forum.",
            ["Dales Robotics Network"],
        ),
        # an invitation to another event
        (_EVENT + "Eine Einladung der Brink AG zu ihrem Sommerfest lag bei.", []),
    ],
)
def test_invitation_organisers(body: str, organisers: list[str]) -> None:
    assert sorted(_organisers(_parse(body))) == sorted(organisers)


@pytest.mark.parametrize(
    ("body", "name", "function", "affiliation"),
    [
        (
            _EVENT_EN + "**Ann Lowe**, director of Brightwater Foods Ltd, opened the forum.",
            "Ann Lowe",
            "director",
            "Brightwater Foods Ltd",
        ),
        (
            _EVENT_EN + "The forum was opened by director **Ann Lowe** (Brightwater Foods Ltd).",
            "Ann Lowe",
            "director",
            "Brightwater Foods Ltd",
        ),
        (
            _EVENT + "**Anna Roth**, Geschäftsführerin der Warnow Logistik GmbH, eröffnete den Tag.",
            "Anna Roth",
            "Geschäftsführerin",
            "Warnow Logistik GmbH",
        ),
        (
            _EVENT + "*Anna Roth* (Warnow Logistik GmbH) eröffnete den Tag.",
            "Anna Roth",
            None,
            "Warnow Logistik GmbH",
        ),
    ],
)
def test_bold_names(body: str, name: str, function: str | None, affiliation: str) -> None:
    assert _people(_parse(body)).get(name) == (function, affiliation)


@pytest.mark.parametrize(
    ("body", "name", "function", "affiliation"),
    [
        (
            _EVENT_EN
            + "The forum was arranged by Trøndelag Ocean Cluster AS. Håkon Berg, who leads the cluster as general manager, opened it.",
            "Håkon Berg",
            "general manager",
            "Trøndelag Ocean Cluster AS",
        ),
        (
            _EVENT
            + "Den Hafentag organisierte der Verein Hafen Rostock e. V. Es sprach Ida Sommer, die den Verein als Vorsitzende leitet.",
            "Ida Sommer",
            "Vorsitzende",
            "Verein Hafen Rostock e. V.",
        ),
        (
            _EVENT_EN
            + "The forum was organised by the Dales Robotics Network. Ann Lowe, who has led the network as managing director since 2019, spoke.",
            "Ann Lowe",
            "managing director",
            "Dales Robotics Network",
        ),
    ],
)
def test_who_leads_the_body_as(body: str, name: str, function: str, affiliation: str) -> None:
    assert _people(_parse(body)).get(name) == (function, affiliation)


@pytest.mark.parametrize(
    ("body", "name", "function", "affiliation"),
    [
        # "ORG, whose function, Name", "ORG, deren Präsidentin Name"; a body after "Partnerorganisation"
        (
            _EVENT_EN
            + "Two teams came with support from the Scottish Marine Tech Network, whose chief executive, Fiona MacLeod, also sat on the jury.",
            "Fiona MacLeod",
            "chief executive",
            "Scottish Marine Tech Network",
        ),
        (
            _EVENT_EN + "Guests came from Brightwater Foods Ltd, whose sales director Ben Ito gave a talk.",
            "Ben Ito",
            "sales director",
            "Brightwater Foods Ltd",
        ),
        (
            _EVENT
            + "Die Gäste kamen auf Einladung der Partnerorganisation MedTech Slovenija, deren Präsidentin Dr. Maja Kovač ein Grußwort hielt.",
            "Maja Kovač",
            "Präsidentin",
            "MedTech Slovenija",
        ),
        (
            _EVENT + "Es kamen Gäste der Hafen Rostock GmbH, deren Sprecher Ole Hahn ein Grußwort hielt.",
            "Ole Hahn",
            "Sprecher",
            "Hafen Rostock GmbH",
        ),
    ],
)
def test_whose_function(body: str, name: str, function: str, affiliation: str) -> None:
    assert _people(_parse(body)).get(name) == (function, affiliation)


@pytest.mark.parametrize(
    "body",
    [
        _EVENT_EN + "Image credit: Dr. Ann Lowe (Brightwater Foods Ltd)",
        _EVENT_EN + "The hall was full. © Dr. Ann Lowe",
        _EVENT_EN + "The hall was full. Photo by Dr. Ann Lowe.",
        _EVENT + "Der Saal war voll. Fotos von Dr. Ann Lowe.",
        _EVENT_EN + "The hall was full (Picture credits: Dr. Ann Lowe).",
    ],
)
def test_photo_credits_are_no_people(body: str) -> None:
    assert "Ann Lowe" not in _people(_parse(body))


def test_a_speaker_is_still_a_person() -> None:
    assert "Ann Lowe" in _people(_parse(_EVENT_EN + "The forum was opened by Dr. Ann Lowe."))


@pytest.mark.parametrize(
    ("body", "name", "function", "affiliation"),
    [
        # "at the University": the university named before
        (
            _EVENT_EN
            + "The University of Westmorland welcomed 34 engineers. Dr. Rachel Oduya, senior lecturer in aerospace materials at the University, led the stations.",
            "Rachel Oduya",
            "senior lecturer in aerospace materials",
            "University of Westmorland",
        ),
        (
            _EVENT_EN
            + "The Dales Robotics Network hosted the day. Ben Ito, project manager at the Network, spoke.",
            "Ben Ito",
            "project manager",
            "Dales Robotics Network",
        ),
        # a capitalised unit after "the Network" is no reference to a body
        (
            _EVENT_EN
            + "The University of Westmorland welcomed 34 engineers. Ben Ito, head of the Network Operations team, spoke.",
            "Ben Ito",
            "head of the Network Operations team",
            None,
        ),
    ],
)
def test_capitalised_reference(body: str, name: str, function: str, affiliation: str | None) -> None:
    assert _people(_parse(body)).get(name) == (function, affiliation)


@pytest.mark.parametrize(
    ("body", "organisers"),
    [
        # "hosted by the cluster with X": the cluster named before, and X
        (
            _EVENT_EN
            + "Members of the Midlands Precision Engineering Cluster met in Westminster for the forum, hosted by the cluster with the All-Party Parliamentary Group on Manufacturing.",
            ["Midlands Precision Engineering Cluster", "All-Party Parliamentary Group on Manufacturing"],
        ),
        (
            _EVENT_EN
            + "Staff of the Dales Robotics Network ran a stand at the forum, hosted by the network with Brightwater Foods Ltd.",
            ["Dales Robotics Network", "Brightwater Foods Ltd"],
        ),
    ],
)
def test_hosted_by_the_body_named_before(body: str, organisers: list[str]) -> None:
    assert sorted(_organisers(_parse(body))) == sorted(organisers)


@pytest.mark.parametrize(
    ("body", "organisers"),
    [
        # a fair company or a body "richtet … aus" (present tense), alone or with another
        (_EVENT + "Die Warnow Logistik GmbH richtet den Hafentag seit 2010 aus.", ["Warnow Logistik GmbH"]),
        (
            _EVENT + "Die Messe Rostock GmbH und die Hochschule Wismar richten den Hafentag gemeinsam aus.",
            ["Messe Rostock GmbH", "Hochschule Wismar"],
        ),
        (_EVENT + "Die Messe Rostock GmbH richtete den Hafentag aus.", ["Messe Rostock GmbH"]),
        # "richtet den Blick aus" in a sentence not about the event
        (_EVENT + "Die Warnow Logistik GmbH richtet ihren Blick auf Asien aus.", []),
    ],
)
def test_richtet_aus(body: str, organisers: list[str]) -> None:
    assert sorted(_organisers(_parse(body))) == sorted(organisers)
