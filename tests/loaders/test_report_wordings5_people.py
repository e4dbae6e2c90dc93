# ruff: noqa: E501
"""Reports, fifth round (issue 17): people, functions, affiliations, organisations and organisers
in the kinds of wording the blind texts of the fourth measurement showed, and wordings that must
not be read as such. Every sentence is made up for these tests."""

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
    g.add("org", ID + "org/dune", ["Dünenhafen Technik GmbH", "Dünenhafen Technik"])
    g.add("org", ID + "org/alder", ["Alder Valley Cluster"])
    g.add("org", ID + "org/alder-ltd", ["Alder Valley Services Ltd"])
    return g


_EVENT = "Der Rostocker Hafentag 2025 fand am 4. Juni 2025 in Rostock statt. "
_EVENT_EN = "The Leeds Data Forum 2025 took place on 4 June 2025 in Leeds. "


def _parse(body: str, head: str = "News\n\nRostock, 6. Juni 2025\n\n") -> Report:
    return parse_report(head + body + "\n", _gazetteer())


@pytest.mark.parametrize(
    ("body", "name", "expected"),
    [
        (  # a C-level title before "der ORG"
            _EVENT + "Den Auftakt machte Dr. Ole Kamp, CFO der Kranbau Nord GmbH.",
            "Ole Kamp",
            ("CFO", "Kranbau Nord GmbH"),
        ),
        (  # "Our CTO Name" in a company's own post (the masthead's company)
            "Wharfside Analytics Ltd\nCompany post\n\nThanks to all who came to the Leeds Data Forum 2025 on 4 June 2025 in Leeds. Our CTO Ravi Shah gave the tours.",
            "Ravi Shah",
            ("CTO", "Wharfside Analytics Ltd"),
        ),
        (  # a trade noun with one word before it; the organisation in its possessive
            _EVENT_EN + "Alder Valley Cluster's data journalist Mia Lund chaired the panel.",
            "Mia Lund",
            ("data journalist", "Alder Valley Cluster"),
        ),
        (  # an auditor before the name, the organisation after it
            _EVENT + "Es antwortete die Auditorin Petra Wendt von der Prüfstelle Ostsee GmbH.",
            "Petra Wendt",
            ("Auditorin", "Prüfstelle Ostsee GmbH"),
        ),
        (  # "dessen Geschäftsführer": the organisation just named
            _EVENT
            + "Gastgeber war die Dünenhafen Technik GmbH, dessen Geschäftsführer Lars Wiek durch die Halle führte.",
            "Lars Wiek",
            ("Geschäftsführer", "Dünenhafen Technik GmbH"),
        ),
        (  # "angeführt von deren Präsidentin"
            _EVENT
            + "Aus Danzig kam eine Delegation der Pomorska Robotics Association, angeführt von deren Präsidentin Dr. Ewa Marek.",
            "Ewa Marek",
            ("Präsidentin", "Pomorska Robotics Association"),
        ),
        (  # a department of two capitalised words before "der ORG"
            _EVENT + "Es sprach Mag. Eva Lindqvist, Leiterin Business Development der Kranbau Nord GmbH.",
            "Eva Lindqvist",
            ("Leiterin Business Development", "Kranbau Nord GmbH"),
        ),
        (  # the organisation's initials before a hyphenated function
            "Rückblick | Netzwerk Ostseewind\n\n"
            + _EVENT
            + "Es begrüßte Anke Roloff, die NO-Geschäftsführerin, im Namen des Netzwerk Ostseewind e. V. alle Gäste.",
            "Anke Roloff",
            ("Geschäftsführerin", "Netzwerk Ostseewind e. V."),
        ),
        (  # "die das ORG … als Funktion leitet"
            _EVENT
            + "Eröffnet wurde der Tag von Jens Harder, der den Molawerk Cluster seit 2021 als Vorstandsvorsitzender führt.",
            "Jens Harder",
            ("Vorstandsvorsitzender", "Molawerk Cluster e. V."),
        ),
        (  # "von" before a name is a preposition; "von" inside a name is a particle
            _EVENT
            + "Den Vortrag von Ute Kahl hörten viele. Es sprach Ursula von Beispiel, Geschäftsführerin der Kranbau Nord GmbH.",
            "Ursula von Beispiel",
            ("Geschäftsführerin", "Kranbau Nord GmbH"),
        ),
        (  # "…, who has led ORG as …"
            _EVENT_EN
            + "It opened with Nina Croft, who has led the Alder Valley Cluster since 2019 as its managing director.",
            "Nina Croft",
            ("managing director", "Alder Valley Cluster"),
        ),
        (  # "ORG's Dr. Name" without a function
            _EVENT_EN + "The Leeds Robotics Institute's Dr. Callum Reid gave the keynote.",
            "Callum Reid",
            (None, "Leeds Robotics Institute"),
        ),
        (  # an inflected adjective before a Hochschule, and the place word after it (base form)
            _EVENT + "Danach sprach Prof. Dr. Hanna Berg von der Technischen Hochschule Warnow über Kräne.",
            "Hanna Berg",
            (None, "Technische Hochschule Warnow"),
        ),
        (  # an Innung as the organisation
            _EVENT + "Die Runde leitete Kai Ott, Ausbildungsleiter der Innung Metallbau Warnow.",
            "Kai Ott",
            ("Ausbildungsleiter", "Innung Metallbau Warnow"),
        ),
        (  # "Institut d'…" and a research campus
            _EVENT_EN
            + "Prof. Luc Martin, chair of optics at the Institut d'Optique Bretagne, and Dr. Jo Ashby from the Leeds Materials Campus spoke.",
            "Luc Martin",
            ("chair of optics", "Institut d'Optique Bretagne"),
        ),
        (  # a name with particles and a hyphenated first name
            _EVENT + "Es sprach Anna-Lena van der Berg, Geschäftsführerin der Kranbau Nord GmbH.",
            "Anna-Lena van der Berg",
            ("Geschäftsführerin", "Kranbau Nord GmbH"),
        ),
        (  # initials for the first name, "Dr" without a dot
            _EVENT_EN + "Dr J. R. Miles, head of research at Brightwater Foods Ltd, spoke.",
            "J. R. Miles",
            ("head of research", "Brightwater Foods Ltd"),
        ),
        (  # "erinnerte X daran": X spoke (only "erinnerte an X" cites X)
            _EVENT
            + "Zur Eröffnung erinnerte die Geschäftsführerin des Molawerk Cluster, Dr. Ines Brand, daran, dass schon Konrad Zuse Rechner baute.",
            "Ines Brand",
            ("Geschäftsführerin", "Molawerk Cluster e. V."),
        ),
        (  # "Name, the ministry's Function": the ministry named before
            "News\n\n"
            + _EVENT_EN
            + "It was hosted by the Ministry for Port Logistics. Ida Berg, the ministry's Commissioner for Ports, spoke.",
            "Ida Berg",
            ("Commissioner for Ports", "Ministry for Port Logistics"),
        ),
        (  # a subject after "in": "reader in X at ORG"
            _EVENT_EN + "Dr. Ada Kerr, reader in marine robotics at the University of Wharfdale, opened.",
            "Ada Kerr",
            ("reader in marine robotics", "University of Wharfdale"),
        ),
        (  # "im Namen des ORG" after a function and name
            _EVENT + "Clustersprecherin Tanja Rehm begrüßte die Gäste im Namen des Molawerk Cluster.",
            "Tanja Rehm",
            ("Clustersprecherin", "Molawerk Cluster e. V."),
        ),
        (  # a technology park with a regional adjective
            _EVENT + "Aus Kiel berichtete Dr. Lukas Rave vom Kieler Technologiepark Wik über Förderprojekte.",
            "Lukas Rave",
            (None, "Kieler Technologiepark Wik"),
        ),
        (  # a last name of two letters, "Dr" without a dot
            _EVENT_EN + "It opened with Dr Tom Wu, chair of the Leeds Robotics Network.",
            "Tom Wu",
            ("chair", "Leeds Robotics Network"),
        ),
        (  # "O'" names, a camel-case company with a legal form
            _EVENT_EN + "Kelly O'Brien, head of analytics at NorthStar Retail plc, presented.",
            "Kelly O'Brien",
            ("head of analytics", "NorthStar Retail plc"),
        ),
        (  # "who has run ORG as its director"
            _EVENT_EN + "Priya Nair, who has run the Leeds Data Hub as its director since 2020, joined.",
            "Priya Nair",
            ("director", "Leeds Data Hub"),
        ),
        (  # a place word inside a body's name in brackets
            _EVENT_EN + "Andrew Hale (Leeds Civic Trust) joined the panel.",
            "Andrew Hale",
            (None, "Leeds Civic Trust"),
        ),
        (  # Austrian titles; a department in capitals joined by "and"
            _EVENT_EN
            + "Univ.-Prof. DI Dr. Hans Gruber, head of Research and Development at Brightwater Foods Ltd, spoke.",
            "Hans Gruber",
            ("head of Research and Development", "Brightwater Foods Ltd"),
        ),
        (  # a German complement keeps its capitalised noun
            _EVENT
            + "Dessen Leiterin für internationale Projekte, Dr. Maja Lis, sprach. Gastgeber war der Molawerk Cluster.",
            "Maja Lis",
            ("Leiterin für internationale Projekte", None),
        ),
        (  # "the university's vice-chancellor"
            _EVENT_EN
            + "It was organised with the University of Wharfdale. Dr. Amira Said, the university's vice-chancellor, spoke.",
            "Amira Said",
            ("vice-chancellor", "University of Wharfdale"),
        ),
        (  # a professorship with its subject is a function ...
            _EVENT_EN + "Jane Doe, associate professor of robotics at the University of Wharfdale, spoke.",
            "Jane Doe",
            ("associate professor of robotics", "University of Wharfdale"),
        ),
        (
            _EVENT + "Es sprach Anna Schmidt, Professorin für Robotik an der Universität Rostock.",
            "Anna Schmidt",
            ("Professorin für Robotik", "Universität Rostock"),
        ),
        (  # ... before a name, "Professor" is a title
            _EVENT + "Professor Dr. Tim Lee von der Hochschule Wismar sprach.",
            "Tim Lee",
            (None, "Hochschule Wismar"),
        ),
        (  # "Clustermanagerin X, die den ORG seit 2019 leitet"
            _EVENT
            + "Den Schlusspunkt setzte Clustermanagerin Kathrin Ebel, die den Molawerk Cluster seit 2019 leitet.",
            "Kathrin Ebel",
            ("Clustermanagerin", "Molawerk Cluster e. V."),
        ),
        (  # the organisation right before the function ("Styria Health Hub CEO X")
            _EVENT_EN + "Leeds Robotics Network CEO Ian Platt opened the forum.",
            "Ian Platt",
            ("CEO", "Leeds Robotics Network"),
        ),
        (  # regards brought in person: a participant
            _EVENT + "Die Grüße der Stadt überbrachte Senatorin Dr. Ines Pahl von der Hansestadt Rostock.",
            "Ines Pahl",
            ("Senatorin", None),
        ),
        (  # "X, die bei der Reederei Y die Flottenplanung verantwortet"
            _EVENT
            + "Es diskutierte Dr. Sina Frey, die bei der Reederei Nordlicht die Flottenplanung verantwortet.",
            "Sina Frey",
            (None, "Reederei Nordlicht"),
        ),
        (  # "unser Geschäftsführer X und Vertriebsleiterin Y": "unser" holds for both
            "Kranbau Nord GmbH auf LinkedIn\n\n"
            + _EVENT
            + "Für uns dabei: unser Geschäftsführer Tobias Kern und Vertriebsleiterin Mira Gast.",
            "Mira Gast",
            ("Vertriebsleiterin", "Kranbau Nord GmbH"),
        ),
        (  # "Mc" names
            _EVENT_EN + "Rory McAllister, managing director of Brightwater Foods Ltd, opened the forum.",
            "Rory McAllister",
            ("managing director", "Brightwater Foods Ltd"),
        ),
    ],
)
def test_functions_and_affiliations(body: str, name: str, expected: tuple[str | None, str | None]) -> None:
    head = (
        ""
        if body.startswith(("Wharfside", "Rückblick", "News", "Kranbau"))
        else "News\n\nRostock, 6. Juni 2025\n\n"
    )
    assert _people(_parse(body, head))[name] == expected


@pytest.mark.parametrize(
    "body",
    [
        _EVENT + "Es sprachen Anna Roth, Kranbau Nord GmbH, und Ben Kurz, Hafenbau Süd GmbH.",
        _EVENT_EN + "Speakers were Anna Roth, Kranbau Nord GmbH; Ben Kurz, Hafenbau Süd GmbH; and others.",
    ],
)
def test_a_name_with_its_organisation_in_apposition(body: str) -> None:
    people = _people(_parse(body))
    assert people["Anna Roth"] == (None, "Kranbau Nord GmbH")
    assert people["Ben Kurz"] == (None, "Hafenbau Süd GmbH")


def test_an_organisation_that_acts_after_a_name_is_no_apposition() -> None:
    r = _parse(_EVENT_EN + "Thanks to Anna Roth, Kranbau Nord GmbH hosted the lunch.")
    assert "Anna Roth" not in _people(r)


@pytest.mark.parametrize(
    ("body", "name", "org"),
    [
        # a name in brackets after a person: an organisation by its slot
        (
            _EVENT + "Auf dem Podium saßen Tom Becker (Hafenlogistik Warnow) und Dr. Ina Voss.",
            "Tom Becker",
            "Hafenlogistik Warnow",
        ),
        (
            _EVENT_EN + "The panel brought together Kirsty Hall (DeepBlue Survey Services) and others.",
            "Kirsty Hall",
            "DeepBlue Survey Services",
        ),
        # the possessor of a function before a name ("Foods'", "NorthStar's")
        (
            _EVENT_EN + "Brightwater Logistics' CEO Ana Ruiz opened the day.",
            "Ana Ruiz",
            "Brightwater Logistics",
        ),
        (_EVENT_EN + "NorthStar's CTO Lea Wen presented.", "Lea Wen", "NorthStar"),
        (_EVENT_EN + "NorthStar's head of data Lea Wen presented.", "Lea Wen", "NorthStar"),
        # a camel-case name after a function and "von"/"at"
        (_EVENT + "Es sprach Jan Fock, Gründer von KranKraft, über Sensorik.", "Jan Fock", "KranKraft"),
        (
            _EVENT_EN + "We heard from Dev Patel, founder at BrightPath, on funding.",
            "Dev Patel",
            "BrightPath",
        ),
    ],
)
def test_organisations_by_their_slot(body: str, name: str, org: str) -> None:
    r = _parse(body)
    assert _people(r)[name][1] == org
    assert org in _orgs(r)


@pytest.mark.parametrize(
    "body",
    [
        # a German noun after "bei" is no organisation; a journalist's outlet in two plain words stays unsure
        _EVENT
        + "Es half Ute Sommer, Beraterin bei Förderfragen, und Ole Brandt, Redakteur beim Rostocker Funk.",
        # a place in brackets is no organisation
        _EVENT + "Es sprach Dr. Ina Voss (Rostock) über Kräne.",
        # a function word or a person's part in brackets is no organisation
        _EVENT_EN + "Dr. Ina Voss (Managing Director) spoke on cranes.",
        _EVENT_EN + "Dr. Ina Voss (Keynote Speaker) and Dr. Ole Rask (Lead Developer) spoke on cranes.",
        # a place's function; a possessor of one plain word
        _EVENT_EN + "Then Leeds's mayor Tom Pratt spoke, and Harbour's director Eva Holm too.",
    ],
)
def test_slots_that_name_no_organisation(body: str) -> None:
    r = _parse(body)
    assert _orgs(r) == []
    assert all(aff is None for _f, aff in _people(r).values())


def test_an_initial_after_a_sentence_is_no_first_name() -> None:
    r = _parse(
        _EVENT_EN
        + "The tour ended at Hall B. Anna Lind, managing director of Brightwater Foods Ltd, spoke. Interviewed journalist Eva Holm was there."
    )
    people = _people(r)
    assert people["Anna Lind"] == ("managing director", "Brightwater Foods Ltd")
    assert "B. Anna Lind" not in people
    assert people.get("Eva Holm", ("journalist", None))[0] == "journalist"


@pytest.mark.parametrize(
    ("body", "absent"),
    [
        (_EVENT + "Ein Grußwort des Ministers Dr. Karl Hagen wurde verlesen.", "Karl Hagen"),
        (_EVENT + "Staatssekretär Dr. Uwe Falk ließ Grüße an alle Gäste ausrichten.", "Uwe Falk"),
        (_EVENT_EN + "A message from Dr. Ron Wild was read out at the start.", "Ron Wild"),
        (_EVENT_EN + '"Ports matter," said Minister Paul Grant in a video message.', "Paul Grant"),
        (_EVENT + "Staatssekretär Dr. Eva Lind meldete sich per Videobotschaft.", "Eva Lind"),
        (
            _EVENT_EN
            + "Dr. Lee Hart referred to a survey by the analyst Dr. Sam Rook from Brightwater Foods Ltd.",
            "Sam Rook",
        ),
        (_EVENT_EN + "Photo: Lisa Grant. Media contact: Ben Cole, Alder Valley Cluster", "Ben Cole"),
        (
            _EVENT_EN + "\nPress contact: Lucy Stone, communications manager, Brightwater Foods Ltd",
            "Lucy Stone",
        ),
        (_EVENT + "\nPressekontakt: Jana Fehr, Geschäftsführerin, Kranbau Nord GmbH", "Jana Fehr"),
        (_EVENT + "\nFoto: Dr. Tim Bauer", "Tim Bauer"),
        (
            _EVENT_EN
            + "\nProgramme committee: Prof. Dr. Anna Weiß (Hafenlogistik Warnow), Dr. Ben Kurz (Brightwater Foods Ltd), Dr. Eli Roth",
            "Eli Roth",
        ),
        (
            _EVENT_EN + "The programme committee was chaired by Dr. Kai Lund (Brightwater Foods Ltd).",
            "Kai Lund",
        ),
        (
            _EVENT + "Dem Programmkomitee gehörte Prof. Dr. Ina Stahl von der Universität Rostock an.",
            "Ina Stahl",
        ),
        # a short capitalised word after a name is no last name
        (_EVENT + "Es sprach Dr. Anna Roth. So endete der Tag.", "Anna Roth So"),
    ],
)
def test_people_not_at_the_event(body: str, absent: str) -> None:
    assert absent not in _people(_parse(body))


def test_a_jury_chair_at_an_award_is_a_participant() -> None:
    r = _parse(
        _EVENT_EN + "The jury was chaired by Dr. Kai Lund, managing director of Brightwater Foods Ltd."
    )
    assert _people(r)["Kai Lund"] == ("managing director", "Brightwater Foods Ltd")


def test_a_semiconductor_is_no_head() -> None:
    r = _parse(_EVENT + "Es sprach Halbleiter Rolf Kern über Chips. Begleiter Uwe Pahl kam mit.")
    assert _people(r) == {}


@pytest.mark.parametrize(
    ("body", "organisers"),
    [
        (  # an apposition that names the event's owner
            "On 4 June 2025 our members travelled to Leeds for the Leeds Data Forum 2025, the annual meeting of the regional data cluster Alder Valley Cluster.",
            ["Alder Valley Cluster"],
        ),
        (  # "Mitveranstalter war die IHK zu X"
            "Der Rostocker Hafentag 2025 fand am 4. Juni 2025 statt. Veranstalter war der Molawerk Cluster; Mitveranstalter war die IHK zu Rostock.",
            ["Molawerk Cluster e. V.", "IHK zu Rostock"],
        ),
        (  # "on behalf of" inside a relative clause about the programme joins no organiser
            "The Leeds Data Forum 2025 took place on 4 June 2025. It was organised by Tidewater Consult Ltd, which runs the data programme on behalf of the Leeds City Council.",
            ["Tidewater Consult Ltd"],
        ),
        (  # "Gastgeber vor Ort war die X"
            "Der Rostocker Hafentag 2025 fand am 4. Juni 2025 statt. Veranstalter war der Molawerk Cluster; Gastgeber vor Ort war die Kranbau Nord GmbH.",
            ["Molawerk Cluster e. V.", "Kranbau Nord GmbH"],
        ),
        (  # a place between the host noun and the verb
            "Der Rostocker Hafentag 2025 fand am 4. Juni 2025 statt. Gastgeber in Warnemünde war die Dünenhafen Technik GmbH.",
            ["Dünenhafen Technik GmbH"],
        ),
        (  # "organisierte der Verein gemeinsam mit der X": the Verein named before
            "Am 4. Juni 2025 reiste eine Gruppe des Molawerk Cluster e. V. nach Riga. Die Reise „Hafen trifft Code 2025“ organisierte der Verein gemeinsam mit der Hansa Export Agentur GmbH.",
            ["Molawerk Cluster e. V.", "Hansa Export Agentur GmbH"],
        ),
        (  # "our EVENT" in a company's post, "Together with X we opened the doors" in the next sentence
            "Wharfside Analytics Ltd\nCompany post\n\nThank you to all who came to our Harbour Data Day 2025 on 4 June 2025! Together with the Leeds Robotics Network we opened the doors of our lab in Leeds to 50 visitors.",
            ["Wharfside Analytics Ltd", "Leeds Robotics Network"],
        ),
        (  # "haben wir gemeinsam mit X … eingeladen" in a company's post
            "Wharfside Analytics Ltd auf LinkedIn\n\nAm 4. Juni 2025 haben wir gemeinsam mit dem Molawerk Cluster rund 80 Gäste zum Rostocker Hafentag 2025 in unsere Montagehalle in Rostock eingeladen.",
            ["Wharfside Analytics Ltd", "Molawerk Cluster e. V."],
        ),
        (  # "we co-hosted … together with" in a company's post
            "Wharfside Analytics Ltd · 900 followers\nPosted 6 June 2025\n\nOn 4 June 2025 we co-hosted the Leeds Data Forum 2025 together with the Leeds Robotics Network.",
            ["Wharfside Analytics Ltd", "Leeds Robotics Network"],
        ),
    ],
)
def test_organisers_in_more_wordings(body: str, organisers: list[str]) -> None:
    assert _organisers(_parse(body, "")) == organisers


def test_the_publisher_as_host_is_an_organisation_of_the_news() -> None:
    # the masthead stands before the dateline; as the host it is listed among the organisations
    r = _parse(
        "Wharfside Analytics Ltd · 900 followers\nPosted 6 June 2025\n\nOn 4 June 2025 we hosted the Leeds Data Forum 2025.",
        "",
    )
    assert _organisers(r) == ["Wharfside Analytics Ltd"]
    assert _orgs(r) == ["Wharfside Analytics Ltd"]


@pytest.mark.parametrize(
    "body",
    [
        # "we" as guests, not hosts
        "Wharfside Analytics Ltd · 900 followers\n\nAm 4. Juni 2025 waren wir beim Rostocker Hafentag 2025 zu Gast.",
        # an exhibitor's "we welcomed" at its stand
        "Wharfside Analytics Ltd · 900 followers\n\nAt the Leeds Data Forum 2025 on 4 June 2025 we welcomed many visitors at our stand.",
        # "we hosted" about another event
        "Wharfside Analytics Ltd · 900 followers\n\nOn 4 June 2025 our team visited the Leeds Data Forum 2025. Next year we hosted nothing yet; we will host the Leeds Data Forum 2026.",
        # an apposition about something else than an event
        "On 4 June 2025, 40 people came to the Leeds Data Forum 2025, the report of the Leeds Robotics Network was presented.",
        # "der Verein" with no Verein named before: the noun names no organiser
        "Am 4. Juni 2025 fand der Rostocker Hafentag 2025 statt. Den Hafentag organisierte der Verein allein.",
    ],
)
def test_weak_publisher_cues_name_no_organiser(body: str) -> None:
    assert _organisers(_parse(body, "")) == []


def test_an_ambiguous_short_name_is_refused_with_candidates() -> None:
    r = _parse(_EVENT_EN + "It was hosted by Alder Valley in cooperation with the Leeds Robotics Network.")
    host = r.of("organiser")[0].data["org"]
    assert host.iri is None and host.candidates == (ID + "org/alder", ID + "org/alder-ltd")
    # the text names one of the two in full: the short name is left alone, not refused
    r = _parse(
        _EVENT_EN + "It was hosted by the Alder Valley Cluster. Alder Valley's CEO Dan Pike opened it."
    )
    assert [o.candidates for o in (i.data["org"] for i in r.of("organisation"))] == [()]


def test_shared_prefixes_of_the_gazetteer() -> None:
    g = _gazetteer()
    found = g.shared_prefixes("Gäste von Alder Valley und vom Alder Valley Cluster; Molawerk allein.")
    assert [(m.text, m.candidates) for m in found] == [
        ("Alder Valley", (ID + "org/alder", ID + "org/alder-ltd"))
    ]


def test_a_capitalised_subject_after_an_article_is_no_name() -> None:
    r = _parse(
        _EVENT_EN + "Mara Lind, the Commissioner for the Blue Economy of the Leeds Port Authority, spoke.",
        "News\n\nLeeds, 6 June 2025\n\n",
    )
    people = _people(r)
    assert "Blue Economy" not in people
    assert people["Mara Lind"][0].startswith("Commissioner for the Blue Economy")
