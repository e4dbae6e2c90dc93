# ruff: noqa: E501
"""Reports, fourth round (issue 17, precision on unseen text): organisers, affiliations,
organisation names and function phrases in more word orders, and wordings that must not be
read as such. Every sentence is made up for these tests."""

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
    g.add("place", ID + "region/de-jena", ["Jena"])
    g.add("place", ID + "region/de-kiel", ["Kiel"])
    g.add("org", ID + "org/fjord", ["Fjordtech Cluster e. V.", "Fjordtech Cluster", "Fjordtech"])
    g.add("org", ID + "org/tu-kiel", ["Testhochschule Kiel"])
    g.add("partnership", ID + "partnership/baltic", ["Baltic Bridge Eurocluster"])
    return g


def _parse(body: str, dateline: str = "Kiel, 9. März 2024") -> Report:
    return parse_report("News\n\n" + dateline + "\n\n" + body + "\n", _gazetteer())


@pytest.mark.parametrize(
    ("body", "organisers"),
    [
        (  # plural "luden … ein" with two organisers joined by "und"
            "Am 7. März 2024 luden der Fjordtech Cluster und die Meereswerk Kiel GmbH gemeinsam zum Kieler Meerestag 2024 ein.",
            ["Fjordtech Cluster e. V.", "Meereswerk Kiel GmbH"],
        ),
        (  # a host noun after its organisations, with an article
            "Der Kieler Meerestag 2024 fand am 7. März 2024 statt. Veranstalter waren der Fjordtech Cluster und das Wellenwerk Nord e. V.",
            ["Fjordtech Cluster e. V.", "Wellenwerk Nord e. V."],
        ),
        (  # the organisation right before a host noun ("war die X Gastgeberin")
            "Beim Kieler Meerestag 2024 am 7. März 2024 war die Bojenbau Holstein GmbH Gastgeberin: Sie öffnete ihre Halle.",
            ["Bojenbau Holstein GmbH"],
        ),
        (  # "X was the host"
            "The Kiel Ocean Day 2024 took place on 7 March 2024. Buoy Works Ltd was the host this time.",
            ["Buoy Works Ltd"],
        ),
        (  # "Organiser: X" line
            "Kiel Ocean Day 2024, 7 March 2024.\nOrganiser: Fjordtech Cluster",
            ["Fjordtech Cluster e. V."],
        ),
        (  # a format "that X runs with Y"
            "On 7 March 2024, 40 people joined the third Ocean Data Clinic, a format that Fjordtech Cluster runs with the Harbour Analytics Agency for port operators.",
            ["Fjordtech Cluster e. V.", "Harbour Analytics Agency"],
        ),
        (  # the subject's event: "at its General Assembly"
            "Kiel, 9 March 2024 – Fjordtech Cluster elected a new board at its General Assembly 2024 on 7 March 2024.",
            ["Fjordtech Cluster e. V."],
        ),
        (  # "Ausgerichtet wurde die Tagung vom …": the event noun between host word and "von"
            "Am 7. März 2024 fand die Meerestagung Kiel statt. Ausgerichtet wurde die Tagung vom Fjordtech Cluster e. V.",
            ["Fjordtech Cluster e. V."],
        ),
        (  # "in Kooperation mit"
            "Die Meerestagung Kiel 2024 am 7. März 2024 organisierte der Fjordtech Cluster in Kooperation mit der Testhochschule Kiel.",
            ["Fjordtech Cluster e. V.", "Testhochschule Kiel"],
        ),
    ],
)
def test_organisers_in_more_wordings(body: str, organisers: list[str]) -> None:
    assert _organisers(_parse(body)) == organisers


@pytest.mark.parametrize(
    "body",
    [
        # "invited" in a sentence that does not name the event: no organiser
        "Rund 40 Gäste kamen am 7. März 2024 zur Meerestagung Kiel 2024. Später sprach Dr. Jana Holm, Vorständin der Meereswerk Kiel GmbH. Sie invited members to a joint project with the Fjordtech Cluster.",
        # "des Gastgebers" refers back to a host, it names none
        "Rund 40 Gäste kamen am 7. März 2024 zur Meerestagung Kiel 2024. Danach führten Mitarbeitende des Gastgebers durch die Halle der Testhochschule Kiel.",
        # "hosted" about something else
        "On 7 March 2024, 40 people came to the Kiel Ocean Day 2024.\n\nLast year, Fjordtech Cluster hosted a delegation from Riga.",
    ],
)
def test_weak_host_cues_name_no_organiser(body: str) -> None:
    assert _organisers(_parse(body)) == []


_EVENT = "Der Kieler Meerestag 2024 fand am 7. März 2024 in Kiel statt. "
_EVENT_EN = "The Kiel Ocean Day 2024 took place on 7 March 2024 in Kiel. "


@pytest.mark.parametrize(
    ("body", "person", "function", "affiliation"),
    [
        # a department of two words before the organisation
        (
            _EVENT + "Es sprach Dr. Jana Holm, Leiterin Einkauf und Logistik der Bojenbau Holstein GmbH.",
            "Jana Holm",
            "Leiterin Einkauf und Logistik",
            "Bojenbau Holstein GmbH",
        ),
        # a department in brackets, the organisation after a comma
        (
            _EVENT + "Es sprach Dr. Jana Holm (Leiterin Vertrieb, Bojenbau Holstein GmbH) über Bojen.",
            "Jana Holm",
            "Leiterin Vertrieb",
            "Bojenbau Holstein GmbH",
        ),
        # a unit of the organisation: the function keeps the unit, the affiliation is the organisation
        (
            _EVENT
            + "Es sprach Prof. Dr. Jana Holm, Direktorin des Instituts für Meeresbiologie an der Testhochschule Kiel.",
            "Jana Holm",
            "Direktorin des Instituts für Meeresbiologie",
            "Testhochschule Kiel",
        ),
        # "am" before the organisation
        (
            _EVENT + "Es sprach Ole Brandt, Projektleiter am Testinstitut für Wellenenergie, über Bojen.",
            "Ole Brandt",
            "Projektleiter",
            "Testinstitut für Wellenenergie",
        ),
        # a head physician of a department at a hospital
        (
            _EVENT + "Es sprach Dr. Ole Brandt, Chefarzt der Kardiologie am Klinikum Nordhafen.",
            "Ole Brandt",
            "Chefarzt der Kardiologie",
            "Klinikum Nordhafen",
        ),
        # "des Unternehmens": the company named before, not the host
        (
            "Am 7. März 2024 lud der Fjordtech Cluster zum Kieler Meerestag 2024 in die Halle der Bojenbau Holstein GmbH in Kiel ein. "
            "Dr. Jana Holm, Technische Geschäftsführerin des Unternehmens, führte durch die Halle.",
            "Jana Holm",
            "Technische Geschäftsführerin",
            "Bojenbau Holstein GmbH",
        ),
        # "… lead at ORG"
        (
            _EVENT_EN + "Ole Brandt, data platform lead at Harbour Analytics Agency, presented.",
            "Ole Brandt",
            "data platform lead",
            "Harbour Analytics Agency",
        ),
        # "ORG's technical director Name"
        (
            _EVENT_EN + "Buoy Works Ltd's technical director Ole Brandt presented a buoy.",
            "Ole Brandt",
            "technical director",
            "Buoy Works Ltd",
        ),
        # "the hub's outgoing chair"
        (
            _EVENT_EN
            + "The Kiel Ocean Hub hosted it. The hub's outgoing chair, Dr. Ole Brandt, opened the day.",
            "Ole Brandt",
            "outgoing chair",
            "Kiel Ocean Hub",
        ),
        # an abbreviation in brackets names the body again
        (
            _EVENT_EN
            + "It was run for the Bundesamt für Meerestechnik (BMT). Dr. Ole Brandt, who is head of the maritime policy unit at the BMT, opened it.",
            "Ole Brandt",
            "head of the maritime policy unit",
            "Bundesamt für Meerestechnik",
        ),
        # a foreign legal form after a bracket
        (
            _EVENT_EN + "Dr. Ole Brandt (Liepaja Buoy Systems SIA) spoke on buoys.",
            "Ole Brandt",
            None,
            "Liepaja Buoy Systems SIA",
        ),
    ],
)
def test_functions_and_affiliations_in_more_word_orders(
    body: str, person: str, function: str | None, affiliation: str
) -> None:
    assert _people(_parse(body))[person] == (function, affiliation)


def test_a_cluster_policy_unit_is_no_reference_to_the_host() -> None:
    r = _parse(
        _EVENT_EN
        + "It was organised by Fjordtech Cluster. Dr. Ole Brandt, who is head of the cluster policy unit at the ministry, spoke."
    )
    assert _people(r)["Ole Brandt"][1] is None


def test_our_means_a_masthead_company_and_nothing_without_one() -> None:
    body = "On 7 March 2024 we co-hosted the Kiel Ocean Day 2024 in Kiel. Our own head of sales, Ole Brandt, gave a talk."
    with_masthead = parse_report(
        "Buoy Works Ltd · 800 followers\nPosted 9 March 2024\n\n" + body + "\n", _gazetteer()
    )
    assert _people(with_masthead)["Ole Brandt"] == ("head of sales", "Buoy Works Ltd")
    without = parse_report("News\n\nKiel, 9 March 2024\n\n" + body + "\n", _gazetteer())
    assert _people(without)["Ole Brandt"][1] is None


@pytest.mark.parametrize(
    "body",
    [
        _EVENT
        + "Ein Grußwort von Staatssekretär Ole Brandt, der kurzfristig absagen musste, wurde verlesen.",
        _EVENT_EN + "A message from state secretary Ole Brandt, who was unable to attend, was read out.",
    ],
)
def test_a_person_who_sent_regards_is_no_participant(body: str) -> None:
    assert "Ole Brandt" not in _people(_parse(body))


def test_a_short_name_after_its_legal_form_is_the_same_body() -> None:
    r = _parse(
        _EVENT_EN + "It was organised by Wellenagentur Nord GmbH. Ole Brandt of Wellenagentur Nord moderated."
    )
    assert _people(r)["Ole Brandt"] == (None, "Wellenagentur Nord GmbH")
    assert _orgs(r) == ["Wellenagentur Nord GmbH"]


def test_an_example_is_no_organisation_of_the_news() -> None:
    r = _parse(_EVENT_EN + "Clusters such as the Baltic Bridge Eurocluster were named as examples.")
    assert _orgs(r) == []
    r = _parse(_EVENT_EN + "The Baltic Bridge Eurocluster presented its plans.")
    assert _orgs(r) == ["Baltic Bridge Eurocluster"]


def test_a_regional_adjective_takes_the_gender_of_its_head() -> None:
    r = _parse(_EVENT + "Es sprach Ole Brandt, Clustermanager des Schleswigschen Meeresclusters.")
    assert _people(r)["Ole Brandt"] == ("Clustermanager", "Schleswigscher Meerescluster")


@pytest.mark.parametrize(
    ("body", "online"),
    [
        (_EVENT_EN + "A full house, 100% in person this year, with no livestream.", False),
        (_EVENT + "Es ging um „Hybride Fügeverfahren“ im Schiffbau.", False),
        (_EVENT_EN + "All plenary sessions were also streamed via Webex.", True),
        (_EVENT + "Die Vorträge liefen zusätzlich über Microsoft Teams.", True),
        (_EVENT_EN + "It could be followed not only online but also in the hall.", True),
    ],
)
def test_online_words_in_quotes_or_negated_say_nothing(body: str, online: bool) -> None:
    assert _parse(body).one("online").data["online"] is online  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("body", "name"),
    [
        (
            "Am 7. März 2024 luden zwei Cluster gemeinsam zu „Meer trifft Medizin 2024“ in die Halle 5 nach Kiel ein. "
            "Sie erinnerte an Forscher, die vor 150 Jahren Werkstatt und Labor verbanden.",
            "Meer trifft Medizin 2024",
        ),
        (
            "The Buoy Design Masterclass on 7 March 2024 drew 30 engineers to Kiel. After Lunch the group split up.",
            "Buoy Design Masterclass",
        ),
    ],
)
def test_a_quoted_name_with_a_year_and_no_name_from_time_words(body: str, name: str) -> None:
    assert _parse(body).event.data["name"] == name  # type: ignore[union-attr]


def test_a_title_keeps_its_question_mark_and_a_spoken_quote_is_no_session() -> None:
    r = _parse(_EVENT_EN + 'The panel "Who owns the buoys?" closed the day.')
    assert [i.data["text"] for i in r.of("session")] == ["Who owns the buoys?"]


@pytest.mark.parametrize(
    ("body", "sessions", "topics"),
    [
        (
            _EVENT
            + "Am Nachmittag vertieften drei Workshops die Themen „Bojen aus Holz“ und „Anker im Schlick“.",
            ["Bojen aus Holz", "Anker im Schlick"],
            [],
        ),
        (
            _EVENT + "Nach dem Vortrag folgte das „Länderbriefing Dänemark“ mit zwei Gästen.",
            ["Länderbriefing Dänemark"],
            [],
        ),
        (
            _EVENT + "Ole Brandt moderierte die Podiumsdiskussion „Wem gehört die Küste?“.",
            ["Wem gehört die Küste?"],
            [],
        ),
        (
            _EVENT_EN
            + 'Three tracks followed: "Buoys", "Anchors" and "Tides". "Buoys need money more than ideas," said Ole Brandt.',
            ["Buoys", "Anchors", "Tides"],
            [],
        ),
    ],
)
def test_session_titles_and_quotations(body: str, sessions: list[str], topics: list[str]) -> None:
    r = _parse(body)
    assert [i.data["text"] for i in r.of("session")] == sessions
    assert [i.data["text"] for i in r.of("topic")] == topics


def test_a_noun_in_ung_is_no_city_and_held_in_person_names_no_host() -> None:
    r = _parse("Der Kieler Meerestag 2024 fand am 7. März 2024 in Kooperation mit zwei Häfen statt.")
    assert r.one("place") is None
    r = _parse(
        "The Kiel Ocean Day 2024 on 7 March 2024 drew 40 people to the Harbour Innovation Hub; it was held in person only."
    )
    assert _organisers(r) == []


def test_a_chamber_of_two_words_joined_by_und() -> None:
    r = _parse(
        "Die Industrie- und Handelskammer Kielwasser veranstaltete am 7. März 2024 den Exportsprechtag Dänemark."
    )
    assert _organisers(r) == ["Industrie- und Handelskammer Kielwasser"]


def test_a_chamber_short_name_before_a_hyphenated_function() -> None:
    r = _parse(
        "Die Industrie- und Handelskammer Kielwasser veranstaltete am 7. März 2024 den Exportsprechtag Dänemark. "
        "IHK-Hauptgeschäftsführerin Dr. Jana Holm begrüßte die Gäste."
    )
    assert _people(r)["Jana Holm"] == ("Hauptgeschäftsführerin", "Industrie- und Handelskammer Kielwasser")


def test_a_quoted_event_name_keeps_its_first_word_and_a_venue_after_to_the() -> None:
    r = _parse("Am Dienstag, 7. März 2024, waren wir bei der „Holstein Ocean Night 2024“ zu Gast.")
    assert r.event.data["name"] == "Holstein Ocean Night 2024"  # type: ignore[union-attr]
    r = _parse(
        "The Kiel Ocean Day 2024 on 7 March 2024 drew 40 people to the Harbour Innovation Loft in Kiel."
    )
    assert r.one("venue").data["venue"] == "Harbour Innovation Loft"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("body", "person", "affiliation"),
    [
        # a region's name after the head word, before a comma
        (
            _EVENT_EN + "Ole Brandt, CEO of Marine Cluster Gotland, and two guests spoke.",
            "Ole Brandt",
            "Marine Cluster Gotland",
        ),
        # an adjective before a compound university
        (
            _EVENT_EN + "Ole Brandt, head of the data office at the Maritime Testuniversität Kiel, spoke.",
            "Ole Brandt",
            None,
        ),
        (
            _EVENT_EN + "Ole Brandt, head of the data office at the Medizinische Testakademie Kiel, spoke.",
            "Ole Brandt",
            None,
        ),
        # a firm described before its name
        (
            _EVENT_EN + "Dipl.-Ing. Ole Brandt of the Kiel rigging firm Tauwerk Nord GmbH gave a talk.",
            "Ole Brandt",
            "Tauwerk Nord GmbH",
        ),
    ],
)
def test_names_after_a_head_word_and_descriptions_before_a_name(
    body: str, person: str, affiliation: str | None
) -> None:
    assert _people(_parse(body))[person][1] == affiliation


def test_an_inflected_adjective_before_a_compound_university() -> None:
    r = _parse(
        _EVENT_EN + "Ole Brandt, head of the data office at the Medizinische Testuniversität Kiel, spoke."
    )
    assert _people(r)["Ole Brandt"] == ("head of the data office", "Medizinische Testuniversität Kiel")


@pytest.mark.parametrize(
    ("body", "topics", "sessions"),
    [
        (
            _EVENT_EN + 'Thanks to Dr. Ole Brandt (Buoy Works Ltd) on "Buoys that float" and to all guests.',
            ["Buoys that float"],
            [],
        ),
        (
            _EVENT
            + "Über „Anker im Schlick“ sprach Ole Brandt. Jana Holm, Leiterin der Werft, stellte „Bojen aus Holz“ vor.",
            ["Anker im Schlick", "Bojen aus Holz"],
            [],
        ),
        (
            _EVENT_EN + 'Ole Brandt opened with "Why buoys float", then the guests split up.',
            ["Why buoys float"],
            [],
        ),
        (
            _EVENT_EN + 'The afternoon had breakout sessions on "Buoys" and "Anchors".',
            [],
            ["Buoys", "Anchors"],
        ),
    ],
)
def test_a_title_right_after_its_speaker(body: str, topics: list[str], sessions: list[str]) -> None:
    r = _parse(body)
    assert [i.data["text"] for i in r.of("topic")] == topics
    assert [i.data["text"] for i in r.of("session")] == sessions


def test_a_venue_in_a_later_sentence_only_with_the_events_city() -> None:
    r = _parse(
        "Am 7. März 2024 kamen 40 Gäste zum Kieler Meerestag 2024. Die Veranstaltung fand hybrid statt: vor Ort im Bojen-Zentrum in Kiel."
    )
    assert (r.one("place").data["name"], r.one("venue").data["venue"]) == ("Kiel", "Bojen-Zentrum")  # type: ignore[union-attr]
    r = _parse(
        "Am 7. März 2024 kamen 40 Gäste zum Kieler Meerestag 2024 nach Kiel. Das Vorjahrestreffen fand im Bojen-Zentrum in Jena statt."
    )
    assert r.one("venue") is None


@pytest.mark.parametrize(
    ("body", "organisers"),
    [
        (
            _EVENT
            + "Eingeladen hatte die Tauwerk Nord GmbH gemeinsam mit der Hafenbetriebsgesellschaft Kiel mbH.",
            ["Tauwerk Nord GmbH", "Hafenbetriebsgesellschaft Kiel mbH"],
        ),
        (
            _EVENT_EN
            + "It was organised by Fjordtech Cluster together with the Holstein Chamber of Commerce.",
            ["Fjordtech Cluster e. V.", "Holstein Chamber of Commerce"],
        ),
    ],
)
def test_organisers_after_an_auxiliary_and_a_chamber(body: str, organisers: list[str]) -> None:
    assert _organisers(_parse(body)) == organisers


def test_the_host_of_the_next_edition_is_no_organiser_and_presented_names_a_talk() -> None:
    r = _parse(
        _EVENT_EN + 'It was hosted by Fjordtech Cluster. Ole Brandt presented "Buoys at scale". '
        "The next day will be hosted by the Baltic Wave Network in Riga."
    )
    assert _organisers(r) == ["Fjordtech Cluster e. V."]
    assert [i.data["text"] for i in r.of("topic")] == ["Buoys at scale"]
    r = _parse(_EVENT_EN + "Helena Silva, project lead at Fios Lda, spoke.")
    assert _people(r)["Helena Silva"] == ("project lead", "Fios Lda")


def test_ihk_with_a_region_vorstaendin_and_redakteurin() -> None:
    r = _parse(
        _EVENT + "Veranstalter war der Fjordtech Cluster in Kooperation mit der IHK Holstein. "
        "Es begrüßte Vorständin Dr. Jana Holm von der Tauwerk Nord GmbH; Ole Brandt, Redakteur beim Kieler Funk, moderierte."
    )
    assert _organisers(r) == ["Fjordtech Cluster e. V.", "IHK Holstein"]
    people = _people(r)
    assert people["Jana Holm"] == ("Vorständin", "Tauwerk Nord GmbH")
    assert people["Ole Brandt"] == ("Redakteur", None)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            _EVENT_EN + "Ole Brandt, who leads the data team at Buoy Works Ltd, spoke.",
            (None, "Buoy Works Ltd"),
        ),
        (
            _EVENT + "Ole Brandt, der bei der Tauwerk Nord GmbH die Entwicklung leitet, sprach.",
            (None, "Tauwerk Nord GmbH"),
        ),
        (_EVENT + "Ole Brandt, der bei der Tauwerk Nord GmbH einen Vortrag hörte, sprach.", None),
        (
            _EVENT + "Ole Brandt, der die Entwicklung bei der Tauwerk Nord GmbH leitet, sprach.",
            (None, "Tauwerk Nord GmbH"),
        ),
    ],
)
def test_who_leads_at_an_organisation(body: str, expected: tuple[str | None, str] | None) -> None:
    assert _people(_parse(body)).get("Ole Brandt") == expected


def test_an_acronym_in_names_and_the_host_of_last_year() -> None:
    r = _parse(
        "On 7 March 2024 about 120 members met at the Ocean Day SH 2024 in Kiel. It was organised by Ocean Cluster SH. "
        "Last year the Ocean Day took place in Lübeck and was hosted by Trave Buoys GmbH. "
        "Ocean Cluster SH's chair, Ole Brandt, opened it."
    )
    assert r.event.data["name"] == "Ocean Day SH 2024"  # type: ignore[union-attr]
    assert _organisers(r) == ["Ocean Cluster SH"]
    assert _people(r)["Ole Brandt"] == ("chair", "Ocean Cluster SH")


def test_a_network_named_first_its_abbreviation_before_a_function_and_sponsors() -> None:
    r = _parse(
        _EVENT
        + "Gefördert wurde die Veranstaltung vom Bundesamt für Meerestechnik, unterstützt von der Förde Bank AG. "
        "Organisiert hatte den Meerestag das Netzwerk Maritime Wirtschaft (NMW). NMW-Geschäftsführer Dr. Ole Brandt zog Bilanz. "
        "Die Veranstalter danken allen Sponsoren, darunter die Kieler Werft GmbH."
    )
    assert _organisers(r) == ["Netzwerk Maritime Wirtschaft"]
    assert _people(r)["Ole Brandt"] == ("Geschäftsführer", "Netzwerk Maritime Wirtschaft")
    assert "Kieler Werft GmbH" not in _orgs(r)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            _EVENT + "Ole Brandt, seit 2021 Geschäftsführer der Tauwerk Nord GmbH, sprach.",
            ("Geschäftsführer", "Tauwerk Nord GmbH"),
        ),
        (
            _EVENT
            + "Die Tauwerk Nord GmbH, vertreten durch ihren Geschäftsführer Ole Brandt, stellte Bojen vor.",
            ("Geschäftsführer", "Tauwerk Nord GmbH"),
        ),
    ],
)
def test_a_year_before_a_function_and_a_german_possessive(body: str, expected: tuple[str, str]) -> None:
    assert _people(_parse(body))["Ole Brandt"] == expected
