# ruff: noqa: E501
"""Reports: events without an event word, and organisers, venues, partner regions, counts and
people in wordings beyond the first corpus (issue 17, recall). Texts made up for these tests."""

from __future__ import annotations

import pytest
from support.report_probe import people as _people

from clustergraph.errors import DataError
from clustergraph.loaders.report import parse_report
from clustergraph.loaders.report.model import Report
from clustergraph.loaders.textkit import Gazetteer, count_after, number, qualifier

PLACE = "https://w3id.org/clustergraph/id/region/"


def _gazetteer() -> Gazetteer:
    g = Gazetteer()
    g.add("place", PLACE + "de-jena", ["Jena"])
    g.add("country", PLACE + "PL", ["Polen", "Poland"])
    return g


def _parse(body: str) -> Report:
    return parse_report("News\n\nBerlin, 9. März 2024\n\n" + body + "\n", _gazetteer())


def _orgs(r: Report, kind: str = "organiser") -> list[str]:
    return [i.data["org"].name for i in r.of(kind)]


@pytest.mark.parametrize(
    ("body", "name", "rule"),
    [
        (
            "„Licht trifft Holz“\n\nAm 7. März 2024 kamen 30 Tischler und Optiker in Jena zusammen.",
            "Licht trifft Holz",
            "quoted-gathering",
        ),
        (
            "Holzlicht 2024 in Jena\n\nZu Holzlicht 2024 trafen sich am 7. März 2024 rund 30 Gäste in Jena.",
            "Holzlicht 2024",
            "titled-year",
        ),
        (
            "On 7 March 2024, 30 carpenters gathered in Jena for Wood and Light 2024, the second edition of Wood and Light 2024 ideas.",
            "Wood and Light 2024",
            "titled-year",
        ),
        (
            "„Zukunft Holz“ fand am 7. März 2024 in Jena statt. Es kamen Tischler und Optiker.",
            "Zukunft Holz",
            "quoted-gathering",
        ),
        (
            "„Zukunft Holz“\n\nAm 7. März 2024 diskutierten rund 40 Gäste in Jena über Fenster.",
            "Zukunft Holz",
            "quoted-gathering",
        ),
        ("Timber Talks 2024 took place on 7 March 2024 in Jena.", "Timber Talks 2024", "titled-year"),
    ],
)
def test_an_event_without_an_event_word_is_a_named_gathering(body: str, name: str, rule: str) -> None:
    r = _parse(body)
    assert r.event is not None and (r.event.data["name"], r.event.rule) == (name, rule)
    assert r.one("event-date").data["start"] == "2024-03-07"  # type: ignore[union-attr]


def test_a_title_case_name_before_a_date_and_in_the_headline() -> None:
    r = _parse(
        "Quantum Lemonade in Jena\n\nQuantum Lemonade on 7 March 2024 brought together 30 researchers in Jena."
    )
    assert r.event is not None and (r.event.data["name"], r.event.rule) == ("Quantum Lemonade", "titled-date")


def test_a_person_before_a_date_is_no_event_name() -> None:
    with pytest.raises(DataError, match="no recognisable event"):
        _parse("Forscher in Jena\n\nEva Holm am 7. März 2024: rund 30 Gäste trafen sich in Jena.")


def test_no_gathering_no_event() -> None:
    with pytest.raises(DataError, match="no recognisable event"):
        _parse("We are hiring a „Projektleiter Holz“ from 1 April 2024; apply by 20 March 2024.")


def test_dates_of_a_gathering_without_a_name_are_no_event() -> None:
    with pytest.raises(DataError, match="no recognisable event"):
        _parse(
            "Am 7. März 2024 trafen sich 30 Gäste in Jena. Im Vortrag „Holz und Licht“ ging es um Fenster."
        )


@pytest.mark.parametrize(
    ("body", "organisers"),
    [
        (
            "Auf Einladung des Holznetzwerks Saale e. V. trafen sich am 7. März 2024 beim Werkstatttag 2024 rund 40 Gäste in Jena.",
            ["Holznetzwerk Saale e. V."],
        ),
        (
            "Der Werkstatttag 2024 fand am 7. März 2024 in Jena statt. Ausgerichtet wurde er von der Holzinitiative Saale gemeinsam mit der Hochschule Saaletal.",
            ["Holzinitiative Saale", "Hochschule Saaletal"],
        ),
        (
            "At the invitation of the Saale Timber Cluster, 40 carpenters met at the Wood Day 2024 on 7 March 2024 in Jena.",
            ["Saale Timber Cluster"],
        ),
        (
            "The Saale Timber Cluster welcomed 40 participants to its Wood Day 2024 on 7 March 2024 in Jena.",
            ["Saale Timber Cluster"],
        ),
        (
            "The Wood Day 2024 took place on 7 March 2024 at the premises of Holzbau Keller GmbH in Jena. The company co-hosted the day with the Saale Timber Cluster.",
            ["Holzbau Keller GmbH", "Saale Timber Cluster"],
        ),
    ],
)
def test_organisers_in_many_wordings(body: str, organisers: list[str]) -> None:
    assert _orgs(_parse(body)) == organisers


def test_a_person_who_welcomes_is_no_organiser() -> None:
    r = _parse(
        "The Wood Day 2024 took place on 7 March 2024 in Jena. Eva Holm, managing director of Holzbau Keller GmbH, welcomed the guests."
    )
    assert _orgs(r) == []


@pytest.mark.parametrize(
    ("body", "place", "venue"),
    [
        (
            "Der Werkstatttag 2024 fand am 7. März 2024 in den Räumen der Holzbau Keller GmbH in Jena statt.",
            "Jena",
            "Räumen der Holzbau Keller GmbH",
        ),
        (
            "Der Werkstatttag 2024 fand am 7. März 2024 im Haus der Wirtschaft in Erfurt statt.",
            "Erfurt",
            "Haus der Wirtschaft",
        ),
        (
            "The Wood Day 2024 took place on 7 March 2024 on the campus of the Saale Technical University in Jena.",
            "Jena",
            "campus of the Saale Technical University",
        ),
        (
            "Wood Day 2024\n\nDate: 7 March 2024\nVenue: Old Sawmill, Weimar\n\nSome 40 carpenters attended.",
            "Weimar",
            "Old Sawmill",
        ),
    ],
)
def test_venues_and_places(body: str, place: str, venue: str) -> None:
    r = _parse(body)
    assert r.one("place").data["name"] == place  # type: ignore[union-attr]
    assert r.one("venue").data["venue"] == venue  # type: ignore[union-attr]
    assert r.one("online").data["online"] is False  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("body", "regions"),
    [
        (
            "Der Werkstatttag 2024 mit Oberösterreich als Partnerregion fand am 7. März 2024 in Jena statt.",
            ["Oberösterreich"],
        ),
        (
            "The Wood Day 2024 was held on 7 March 2024 in Jena. Flanders and the Nordic countries took part as partner regions.",
            ["Flanders", "Nordic countries"],
        ),
        (
            "The Wood Day 2024 was held on 7 March 2024 in Jena with Poland and the Baltic states, its two partner regions.",
            ["Poland", "Baltic states"],
        ),
        (
            "Der Werkstatttag 2024 fand am 7. März 2024 in Jena statt. Partnerland Polen stellte zehn Firmen vor.",
            ["Polen"],
        ),
        (
            "Der Werkstatttag 2024 fand am 7. März 2024 in Jena statt. Die Partnerländer Polen und Frankreich stellten aus.",
            ["Polen", "Frankreich"],
        ),
        (
            "The Wood Day 2024 was held on 7 March 2024 in Jena. This year's partner region Lesser Poland sent 20 firms.",
            ["Lesser Poland"],
        ),
        (
            "Der Werkstatttag 2024 fand am 7. März 2024 in Jena statt. Die Partnerregionen Europas sind vielfältig.",
            [],
        ),
    ],
)
def test_partner_regions_in_more_wordings(body: str, regions: list[str]) -> None:
    assert [i.data["name"] for i in _parse(body).of("partner-region")] == regions


def test_a_country_of_origin_is_no_partner_region() -> None:
    r = _parse(
        "Der Werkstatttag 2024 fand am 7. März 2024 in Jena statt; die Gäste kamen aus Polen und Tschechien."
    )
    assert r.of("partner-region") == []


@pytest.mark.parametrize(
    ("body", "count", "q"),
    [
        (
            "Der Werkstatttag 2024 fand am 7. März 2024 in Jena statt. Die Zahl der Teilnehmenden lag bei knapp 70.",
            70,
            "almost",
        ),
        ("The Wood Day 2024 on 7 March 2024 in Jena was attended by over 120.", 120, "more-than"),
        ("The Wood Day 2024 on 7 March 2024 in Jena: 87 companies registered for the talks.", 87, "exact"),
        (
            "Der Werkstatttag 2024 fand am 7. März 2024 in Jena statt. Die rund 45 Gäste sahen drei Werkstätten.",
            45,
            "about",
        ),
        (
            "Vom 3. bis 5. März 2024 reiste eine 16-köpfige Delegation zur Holzmesse 2024 nach Jena.",
            16,
            "exact",
        ),
        (
            "A delegation of about 20 representatives visited the Wood Fair 2024 in Jena on 7 March 2024.",
            20,
            "about",
        ),
    ],
)
def test_participant_counts_in_unusual_positions(body: str, count: int, q: str) -> None:
    c = _parse(body).one("participants")
    assert c is not None and (c.data["count"], c.data["qualifier"]) == (count, q)


def test_companies_presenting_are_no_participant_count() -> None:
    r = _parse("Der Werkstatttag 2024 fand am 7. März 2024 in Jena statt. 45 Betriebe präsentierten sich.")
    assert r.one("participants") is None


def test_count_after_its_noun() -> None:
    m = count_after(r"Teilnehmerzahl\s+lag\s+bei").search("Die Teilnehmerzahl lag bei rund 1.200.")
    assert m is not None and (number(m.group("n")), qualifier(m.group("q"))) == (1200, "about")


def test_people_with_brackets_departments_and_possessive_nouns() -> None:
    r = _parse(
        "Der Werkstatttag 2024 fand am 7. März 2024 in Jena statt. Es sprachen Vorstandsvorsitzende Dr. Petra Holm "
        "(Holzinitiative Saale) und Jan Brand, Leiter Materialprüfung der Holzbau Keller GmbH. "
        "The Saale Technical University hosted a tour. The university's rector, Dr. Ida Lund, closed the day."
    )
    people = _people(r)
    assert people["Petra Holm"] == ("Vorstandsvorsitzende", "Holzinitiative Saale")
    assert people["Jan Brand"] == ("Leiter Materialprüfung", "Holzbau Keller GmbH")
    assert people["Ida Lund"] == ("rector", "Saale Technical University")


@pytest.mark.parametrize(
    ("body", "person"),
    [
        (
            "The Wood Day 2024 took place on 7 March 2024 in Jena. Eva Holm (managing director, Holzbau Keller GmbH) opened it.",
            ("managing director", "Holzbau Keller GmbH"),
        ),
        (
            "The Wood Day 2024 took place on 7 March 2024 in Jena. Holzbau Keller GmbH's managing director Eva Holm opened it.",
            ("managing director", "Holzbau Keller GmbH"),
        ),
        (
            "Der Werkstatttag 2024 fand am 7. März 2024 in Jena statt. Eva Holm (Geschäftsführerin, Holzbau Keller GmbH) eröffnete.",
            ("Geschäftsführerin", "Holzbau Keller GmbH"),
        ),
    ],
)
def test_functions_in_brackets_and_after_an_owner(body: str, person: tuple[str, str]) -> None:
    assert _people(_parse(body))["Eva Holm"] == person


@pytest.mark.parametrize(
    ("body", "organisers"),
    [
        (
            "The Saale Timber Cluster's Wood Day 2024 took place on 7 March 2024 in Jena.",
            ["Saale Timber Cluster"],
        ),
        (
            "Der Werkstatttag 2024 fand am 7. März 2024 in Jena statt. Veranstaltet wurde er vom Holznetzwerk Saale in Zusammenarbeit mit der Hochschule Saaletal.",
            ["Holznetzwerk Saale", "Hochschule Saaletal"],
        ),
        (
            "Der Werkstatttag 2024 fand am 7. März 2024 im Hotel Schwarzer Bär in Jena statt. Organisiert wurde er vom Holznetzwerk Saale.",
            ["Holznetzwerk Saale"],
        ),
        ("The Wood Day 2024 was held on 7 March 2024 in the Saale Technical University in Jena.", []),
        (
            "The Wood Day 2024 took place on 7 March 2024 in Jena. Organisers were the Saale Timber Cluster and Holzbau Keller GmbH.",
            ["Saale Timber Cluster", "Holzbau Keller GmbH"],
        ),
        (
            "Wood Day 2024\n\nDate: 7 March 2024\nOrganiser: Saale Timber Cluster\n\n30 carpenters attended.",
            ["Saale Timber Cluster"],
        ),
        (
            "The Wood Day 2024 took place on 7 March 2024 in Jena. The organisers registered 40 firms from Holzbau Keller GmbH and others.",
            [],
        ),
    ],
)
def test_more_organiser_wordings_and_a_venue_that_is_no_host(body: str, organisers: list[str]) -> None:
    assert _orgs(_parse(body)) == organisers


def test_hyphenated_regions_and_a_city_with_polish_letters() -> None:
    r = _parse(
        "The Wood Day 2024 was held on 7 March 2024 at the Kraków Technology Park in Kraków. Partner regions were Baden-Württemberg and Provence-Alpes-Côte d'Azur."
    )
    assert [i.data["name"] for i in r.of("partner-region")] == [
        "Baden-Württemberg",
        "Provence-Alpes-Côte d'Azur",
    ]
    assert (r.one("place").data["name"], r.one("venue").data["venue"]) == ("Kraków", "Kraków Technology Park")  # type: ignore[union-attr]


# Third round (issue 17): events that do not give up, dates across months and without a year.


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Am 2./3. März 2023 in Jena", "2023-03-02", "2023-03-03"),
        ("Vom 30. November bis 1. Dezember 2023", "2023-11-30", "2023-12-01"),
        ("From 30 September to 1 October 2021", "2021-09-30", "2021-10-01"),
        ("on 8 and 9 November 2022", "2022-11-08", "2022-11-09"),
    ],
)
def test_date_ranges_across_months_and_with_a_slash(text: str, start: str, end: str) -> None:
    from clustergraph.loaders.textkit import find_dates

    (d,) = find_dates(text)
    assert (d.start, d.end, d.error) == (start, end, None)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Vom 3. bis 5. Mai besuchten", "2024-05-03", "2024-05-05"),
        ("on Tuesday, 16 May, the", "2024-05-16", None),
        ("on May 16 the", "2024-05-16", None),
        ("Vom 30. November bis 1. Dezember trafen", "2024-11-30", "2024-12-01"),
    ],
)
def test_dates_without_a_year_take_the_given_year(text: str, start: str, end: str | None) -> None:
    from clustergraph.loaders.textkit import find_dates

    assert find_dates(text) == []  # without a year given, no date
    (d,) = find_dates(text, 2024)
    assert (d.start, d.end, d.error) == (start, end, None)


def test_a_modal_may_is_no_month() -> None:
    from clustergraph.loaders.textkit import find_dates

    assert find_dates("the 4 may be late; 12 march later", 2024) == []


def test_a_date_without_a_year_in_the_datelines_year() -> None:
    r = _parse(
        "Auf der Photonik-Delegationsreise Lyon–Jena besuchten vom 3. bis 5. Mai 16 Gäste Labore in Jena."
    )
    assert r.event is not None and r.event.data["name"] == "Photonik-Delegationsreise Lyon–Jena"
    assert r.one("event-date").data == {"start": "2024-05-03", "end": "2024-05-05"}  # type: ignore[union-attr]


def test_an_impossible_day_without_a_year_is_still_an_error() -> None:
    with pytest.raises(DataError, match="does not exist"):
        _parse("Der Holztag 2024 fand am 31. September in Jena statt.")


@pytest.mark.parametrize(
    ("body", "name"),
    [
        (
            "The Baltic–Saxon Delegation Visit took place from 3 to 5 March 2024 in Jena.",
            "Baltic–Saxon Delegation Visit",
        ),
        (
            "Die Zukunftswerkstatt Fachkräfte fand am 5. März 2024 in Jena statt.",
            "Zukunftswerkstatt Fachkräfte",
        ),
        (
            "Am 5. März 2024 lud der Verein zum 9. Technologiefrühstück des Clusters nach Jena.",
            "9. Technologiefrühstück",
        ),
        ("The Cyber Resilience Clinic 2024 was held online on 5 March 2024.", "Cyber Resilience Clinic 2024"),
        ("Die Mitgliederversammlung 2024 fand am 5. März 2024 in Jena statt.", "Mitgliederversammlung 2024"),
    ],
)
def test_more_event_words(body: str, name: str) -> None:
    r = _parse(body)
    assert r.event is not None and r.event.data["name"] == name


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("Beim Online-Austausch „H2 an Bord“ am 10.02.2024 sprachen Reeder mit Werften.", "H2 an Bord"),
        ('On 5 March 2024 the "Cyber Hygiene" clinic helped small firms online.', "Cyber Hygiene"),
        ("On 5 March 2024 the ‘Cyber Hygiene’ clinic helped small firms online.", "Cyber Hygiene"),
        ("On 5 March 2024 the online exchange 'H2 on Board' brought shipowners together.", "H2 on Board"),
    ],
)
def test_a_quoted_name_beside_an_event_noun(body: str, name: str) -> None:
    r = _parse(body)
    assert r.event is not None and (r.event.data["name"], r.event.rule) == (name, "quoted-event")


def test_the_headline_names_an_event_called_by_a_generic_noun() -> None:
    r = parse_report(
        "Licht und Holz: Tischler lernen Optik\n\nJena, 9. März 2024\n\n"
        "Die Veranstaltung am 7. März 2024 brachte 30 Tischler in die Werkhalle.\n",
        _gazetteer(),
    )
    assert r.event is not None and (r.event.data["name"], r.event.rule) == ("Licht und Holz", "headline")
    assert r.one("event-date").data["start"] == "2024-03-07"  # type: ignore[union-attr]


def test_a_study_with_dates_is_still_no_event() -> None:
    with pytest.raises(DataError, match="no recognisable event"):
        parse_report(
            "Studie zur Fachkräftelage\n\nJena, 9. März 2024\n\n"
            "Die am 1. März 2024 veröffentlichte Studie zeigt, dass 40 Prozent der Firmen Fachkräfte suchen.\n",
            _gazetteer(),
        )


@pytest.mark.parametrize(
    ("body", "person"),
    [
        (
            'Der Holztag 2024 fand am 7. März 2024 in Jena statt. "Wood is back," said Eva Holm, who is head of research at Saale Timber GmbH.',
            ("Eva Holm", "head of research", "Saale Timber GmbH"),
        ),
        (
            "The Holz Forum 2024 took place on 7 March 2024 in Jena. Eva Holm, who is managing director of Saale Timber GmbH, opened it.",
            ("Eva Holm", "managing director", "Saale Timber GmbH"),
        ),
    ],
)
def test_a_function_in_a_who_clause(body: str, person: tuple[str, str, str]) -> None:
    r = _parse(body)
    got = [
        (i.data["name"], i.data["function"], i.data["affiliation"] and i.data["affiliation"].name)
        for i in r.of("person")
    ]
    assert got == [person]


@pytest.mark.parametrize(
    ("body", "count"),
    [
        (
            "The Holz Forum 2024 took place on 7 March 2024 in Jena. Around 45 carpenters joined.",
            (45, "about"),
        ),
        (
            "Das Holz Forum 2024 fand am 7. März 2024 in Jena statt. Knapp 50 Tischlerinnen nahmen daran teil.",
            (50, "almost"),
        ),
        ("The Holz Forum 2024 took place on 7 March 2024 in Jena. 12 new members joined the cluster.", None),
        (
            "The Holz Forum 2024 took place on 7 March 2024 in Jena. Around 45 managers from six regions joined.",
            (45, "about"),
        ),
        (
            "The Holz Forum 2024 took place on 7 March 2024 in Jena. 12 companies from Saxony joined the cluster.",
            None,
        ),
    ],
)
def test_a_group_that_joined_is_a_participant_count(body: str, count: tuple[int, str] | None) -> None:
    c = _parse(body).one("participants")
    assert (c.data["count"], c.data["qualifier"]) == count if count else c is None  # type: ignore[union-attr]


def _lichtwerk() -> Gazetteer:
    g = _gazetteer()
    g.add("org", "https://w3id.org/clustergraph/id/org/lichtwerk", ["Lichtwerk"])
    return g


@pytest.mark.parametrize(
    ("body", "person"),
    [
        (
            "Das Holz Forum 2024 fand am 7. März 2024 in Jena statt. Lichtwerk-Geschäftsführerin Dr. Anna Beispiel eröffnete.",
            ("Anna Beispiel", "Geschäftsführerin", "Lichtwerk"),
        ),
        # no masthead names the publisher: "our" is not taken to mean the host (it may be a guest's post)
        (
            "The Holz Forum 2024 took place on 7 March 2024 in Jena, hosted by Lichtwerk. Our head of projects, Anna Beispiel, opened it.",
            ("Anna Beispiel", "head of projects", None),
        ),
    ],
)
def test_an_organisation_before_a_hyphen_and_our_function(body: str, person: tuple[str, str, str]) -> None:
    r = parse_report("News\n\nBerlin, 9. März 2024\n\n" + body + "\n", _lichtwerk())
    got = [
        (i.data["name"], i.data["function"], i.data["affiliation"] and i.data["affiliation"].name)
        for i in r.of("person")
    ]
    assert got == [person]


def test_our_means_the_publisher_of_the_masthead() -> None:
    g = _lichtwerk()
    g.add("org", "https://w3id.org/clustergraph/id/org/krakow", ["Kraków ICT Cluster"])
    r = parse_report(
        "Kraków ICT Cluster – News\n\nJena, 9. März 2024\n\nThe Lichtwerk Forum 2024 in Jena was hosted by Lichtwerk "
        "on 7 March 2024. Magda Nowak, our head of projects, gave a talk.\n",
        g,
    )
    got = [(i.data["name"], i.data["function"], i.data["affiliation"].name) for i in r.of("person")]
    assert got == [("Magda Nowak", "head of projects", "Kraków ICT Cluster")]


@pytest.mark.parametrize(
    "body",
    [
        'The Holz Forum 2024 took place on 7 March 2024. The topics of the workshops were "wood glue" and "windows".',
        "Der Holztag 2024 fand am 7. März 2024 statt. Schwerpunkte der Gespräche waren „wood glue“ und „windows“.",
    ],
)
def test_topics_of_the_workshops_are_topics(body: str) -> None:
    r = _parse(body)
    assert [i.data["text"] for i in r.of("topic")] == ["wood glue", "windows"] and not r.of("session")


def test_a_count_of_compound_representatives() -> None:
    c = _parse(
        "Der Holztag 2024 fand am 7. März 2024 statt. Die 16 Unternehmensvertreterinnen und -vertreter sahen Labore."
    ).one("participants")
    assert c is not None and (c.data["count"], c.data["qualifier"]) == (16, "exact")


@pytest.mark.parametrize(
    ("body", "organisers"),
    [
        ("Saale Timber GmbH organised the Wood Day 2024 on 7 March 2024 in Jena.", ["Saale Timber GmbH"]),
        (
            "The Wood Day 2024 on 7 March 2024 in Jena was an event of Saale Timber GmbH.",
            ["Saale Timber GmbH"],
        ),
        (
            "Der Holztag 2024 fand am 7. März 2024 in Jena statt. Die Organisation lag bei der Saale Holz GmbH.",
            ["Saale Holz GmbH"],
        ),
    ],
)
def test_organisers_after_a_dateline_and_in_event_of_wordings(body: str, organisers: list[str]) -> None:
    assert _orgs(_parse(body)) == organisers


def test_a_dateline_at_the_end_gives_the_year_and_a_weekday_is_no_event() -> None:
    r = parse_report(
        "Cyber news\n\nHow firms fight phishing\n\nOn Tuesday, 16 May, the Phishing Clinic 2023 helped 45 firms online."
        "\n\nPosted May 19, 2023\n",
        _gazetteer(),
    )
    assert r.event is not None and r.event.data["name"] == "Phishing Clinic 2023"
    assert r.one("event-date").data["start"] == "2023-05-16"  # type: ignore[union-attr]


def test_the_headline_when_the_next_sentence_says_the_event() -> None:
    r = parse_report(
        "Photonik trifft Medizin\n\nJena, 2. Dezember 2023\n\nVom 30. November bis 1. Dezember 2023 diskutierten "
        "Ärzte in Jena. Die Veranstaltung war hybrid.\n",
        _gazetteer(),
    )
    assert r.event is not None and (r.event.data["name"], r.event.rule) == (
        "Photonik trifft Medizin",
        "headline",
    )
    assert r.one("event-date").data == {"start": "2023-11-30", "end": "2023-12-01"}  # type: ignore[union-attr]


def test_a_compound_event_word_keeps_its_name() -> None:
    r = _parse("Am 2./3. März 2024 präsentierten 40 Firmen auf der Fachmesse Implantec in Regensburg.")
    assert r.event is not None and r.event.data["name"] == "Fachmesse Implantec"


@pytest.mark.parametrize(
    ("body", "count"),
    [
        ("Beim Online-Austausch „H2 an Bord“ am 7. März 2024 diskutierten knapp 50 Reeder.", (50, "almost")),
        (
            "Der Holztag 2024 am 7. März 2024 zeigte rund 20 Prozent mehr Aussteller und über 30 neue Produkte.",
            None,
        ),
    ],
)
def test_a_qualified_count_in_the_date_sentence(body: str, count: tuple[int, str] | None) -> None:
    c = _parse(body).one("participants")
    assert (c.data["count"], c.data["qualifier"]) == count if count else c is None  # type: ignore[union-attr]


def test_an_ampersand_name_its_short_form_and_a_foreign_university() -> None:
    r = _parse(
        "Der Holzbautag 2024 des Cluster Holz & Bau Saale e. V. fand am 7. März 2024 in Jena statt. "
        "Eva Holm, Vorstandsvorsitzende von Holz & Bau Saale, eröffnete. "
        "Es sprach Prof. Dr. Anne Roux von der Université de Test Lyon."
    )
    assert _orgs(r) == ["Cluster Holz & Bau Saale e. V."]
    got = {i.data["name"]: i.data["affiliation"].name for i in r.of("person")}
    assert got == {"Eva Holm": "Cluster Holz & Bau Saale e. V.", "Anne Roux": "Université de Test Lyon"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Für die Saale Holz GmbH sprach Geschäftsführerin Eva Holm.",
        "For Saale Holz GmbH, managing director Eva Holm presented the plans.",
    ],
)
def test_a_function_for_the_organisation_spoken_for(sentence: str) -> None:
    r = _parse("Der Holztag 2024 fand am 7. März 2024 in Jena statt. " + sentence)
    assert [(i.data["name"], i.data["affiliation"].name) for i in r.of("person")] == [
        ("Eva Holm", "Saale Holz GmbH")
    ]


def test_a_regional_adjective_before_a_compound_head_in_its_base_form() -> None:
    r = _parse(
        "Der Holztag 2024 fand am 7. März 2024 in Jena statt. Es sprach Jan Novak, Geschäftsführer der Südböhmischen Halbleiterallianz."
    )
    assert [(i.data["name"], i.data["affiliation"].name) for i in r.of("person")] == [
        ("Jan Novak", "Südböhmische Halbleiterallianz")
    ]


def test_a_hyphenated_short_name_before_a_function_and_an_outgoing_chair() -> None:
    g = _gazetteer()
    g.add("org", "https://w3id.org/clustergraph/id/org/isar", ["Isar Medtech Cluster"])
    r = parse_report(
        "News\n\nBerlin, 9. März 2024\n\nAm 7. März 2024 trafen sich beim Medtech-Dialog 2024 des Isar Medtech Clusters "
        "40 Gäste. Isar-Medtech-Geschäftsführer Tom Berg begrüßte sie. Die scheidende Vorsitzende Eva Holm dankte.\n",
        g,
    )
    got = {
        i.data["name"]: (i.data["function"], i.data["affiliation"] and i.data["affiliation"].name)
        for i in r.of("person")
    }
    assert got["Tom Berg"] == ("Geschäftsführer", "Isar Medtech Cluster")
    assert got["Eva Holm"][0] == "scheidende Vorsitzende"


def test_a_person_elected_to_a_function_at_the_organiser() -> None:
    r = _parse(
        "The Wood Assembly 2024 of the Styria Wood Cluster took place on 5 March 2024. Anna Berger was elected chair."
    )
    got = [(i.data["name"], i.data["function"], i.data["affiliation"].name) for i in r.of("person")]
    assert got == [("Anna Berger", "chair", "Styria Wood Cluster")]


def test_a_venue_named_after_its_city_in_the_next_sentence() -> None:
    r = _parse(
        "The Wood Visit 2024 took place from 3 to 5 March 2024. The guests met at the Jena Science Tower for a matchmaking evening."
    )
    assert r.one("place").data["name"] == "Jena"  # type: ignore[union-attr]
    assert r.one("venue").data["venue"] == "Jena Science Tower"  # type: ignore[union-attr]


def test_the_no_event_error_does_not_read_as_a_date_error() -> None:
    with pytest.raises(DataError) as info:
        _parse("We are hiring a project manager from 1 April 2024; apply by 20 March 2024.")
    assert (
        "no recognisable event" in str(info.value) and "date" not in str(info.value).split("expected", 1)[1]
    )
