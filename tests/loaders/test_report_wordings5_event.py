# ruff: noqa: E501
"""Reports, fifth round (issue 17, the event on unseen text): events named by a quoted title or a
plural possessive, the reported event beside a next edition, announcements that report no event,
datelines and dates in more forms, online cues and partial counts. Every sentence is made up for
these tests."""

from __future__ import annotations

import pytest
from support.report_probe import count as _count
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
    g.add("programme", ID + "programme/sea-test", ["sea-test"])
    return g


def _report(text: str) -> Report:
    return parse_report(text, _gazetteer())


def _parse(body: str, dateline: str = "Kiel, 9. Mai 2023") -> Report:
    return _report("News\n\n" + dateline + "\n\n" + body + "\n")


@pytest.mark.parametrize(
    ("body", "name"),
    [
        (
            "The Young Founders' Forum took place on 4 May 2023 at the harbour in Kiel.",
            "Young Founders' Forum",
        ),
        (
            "Rund 50 Gäste kamen am 4. Mai 2023 zum Kieler Reeders' Stammtisch zusammen.",
            "Kieler Reeders' Stammtisch",
        ),
    ],
)
def test_a_plural_possessive_is_part_of_the_name(body: str, name: str) -> None:
    assert _name(_parse(body)) == name


def test_a_single_quote_still_marks_a_quoted_name() -> None:
    r = _parse("On 4 May 2023 the 'Harbour Data Days' workshop took place in Kiel.")
    assert "'" not in _name(r) and "’" not in _name(r)


@pytest.mark.parametrize(
    ("body", "name"),
    [
        (  # the title opens the sentence, the host "lud … ein"
            "Unter dem Titel „Licht im Stall“ lud der Fjordtech Cluster am Dienstag, 2. Mai 2023, in die Alte Meierei in Kiel ein. Rund 40 Gäste kamen.",
            "Licht im Stall",
        ),
        (  # a motto and "fand … statt"
            "Unter dem Motto „Häfen im Wandel“ fand am 2. Mai 2023 in Kiel ein Austauschabend mit 30 Reedern statt.",
            "Häfen im Wandel",
        ),
        (  # English: a banner and "gathered"
            'Under the banner "Ports in Transition", some 50 port managers gathered in Kiel on 2 May 2023.',
            "Ports in Transition",
        ),
    ],
)
def test_a_title_that_opens_a_dated_sentence_names_the_event(body: str, name: str) -> None:
    assert _name(_parse(body)) == name


def test_a_titled_talk_is_no_event() -> None:
    with pytest.raises(DataError, match="no recognisable event"):
        _parse(
            "Unter dem Titel „Licht im Stall“ sprach Dr. Eva Kranz am 2. Mai 2023 in Kiel über Beleuchtung."
        )


@pytest.mark.parametrize(
    ("body", "name", "date"),
    [
        (
            "Rund 80 Gäste besuchten vom 3. bis 4. Mai 2023 die Fachkonferenz „Smarte Häfen 2023“ in Kiel. Die Fachkonferenz 2024 ist für den 6. Mai 2024 angesetzt.",
            "Smarte Häfen 2023",
            ("2023-05-03", "2023-05-04"),
        ),
        (
            'More than 60 people attended the conference "Blue Data 2023" on 3 May 2023 in Kiel. The Conference 2024 is planned for 2 May 2024.',
            "Blue Data 2023",
            ("2023-05-03", None),
        ),
    ],
)
def test_the_reported_event_wins_over_the_next_edition(
    body: str, name: str, date: tuple[str, str | None]
) -> None:
    r = _parse(body)
    assert (_name(r), _date(r)) == (name, date)


def test_a_quoted_workshop_in_a_dated_sentence_is_no_event_name() -> None:
    r = _parse(
        "Der Kieler Meerestag 2023 war gut besucht. Am 3. Mai 2023 leitete Eva Kranz den Workshop „Daten teilen“."
    )
    assert _name(r) == "Kieler Meerestag 2023"


def test_a_date_after_the_reports_date_is_a_later_event() -> None:
    r = _parse(
        "Der Hafentag Kiel 2024 folgt am 2. Mai 2024. Der Hafentag Kiel fand am 3. Mai 2023 mit 70 Gästen statt."
    )
    assert _date(r) == ("2023-05-03", None)


@pytest.mark.parametrize(
    "text",
    [
        (  # a call for contributions with dates, a venue and a count
            "CALL FOR CONTRIBUTIONS\n\nHarbour Data Summit 2025\n\nThe Fjordtech Cluster invites researchers to submit abstracts for the "
            "Harbour Data Summit 2025, to be held from 14 to 16 May 2025 in Kiel and online. Abstracts can be submitted until "
            "31 January 2025. Up to 300 participants are expected.\n"
        ),
        (  # German: an invitation that "wird … stattfinden"
            "Einladung\n\nDer Kieler Meerestag 2025 wird am 14. Mai 2025 im Hafenhaus in Kiel stattfinden. Beiträge können bis zum "
            "31. Januar 2025 eingereicht werden; erwartet werden rund 200 Gäste.\n"
        ),
        (  # every date after the report's own date, nothing held
            "News\n\nKiel, 2. Januar 2025\n\nDas Hafenforum 2025 bringt am 14. Mai 2025 Reeder und Werften in Kiel zusammen. "
            "Das Programm folgt im März 2025.\n"
        ),
    ],
)
def test_an_announcement_is_no_event_report(text: str) -> None:
    with pytest.raises(DataError, match="no recognisable event"):
        _report(text)


@pytest.mark.parametrize(
    "body",
    [
        "The Harbour Data Summit 2023 took place on 3 May 2023 in Kiel. The next summit will be held on 2 May 2024; a call for papers follows.",
        "Der Kieler Meerestag 2023 fand am 3. Mai 2023 statt. Der nächste Meerestag wird am 2. Mai 2024 stattfinden.",
    ],
)
def test_a_report_that_announces_its_next_edition_keeps_its_event(body: str) -> None:
    assert _date(_parse(body)) == ("2023-05-03", None)


@pytest.mark.parametrize(
    ("dateline", "body", "date"),
    [
        (
            "KIEL, Germany, 9 May 2023 –",
            "The Blue Economy Summit 2023 took place on 4 and 5 May at the harbour.",
            ("2023-05-04", "2023-05-05"),
        ),
        (
            "Kiel, Deutschland, 9. Mai 2023 –",
            "Der Meerestag 2023 fand am 4. Mai im Hafenhaus statt.",
            ("2023-05-04", None),
        ),
        ("Kiel | 9 May 2023", "The Harbour Breakfast on 4 May drew 30 guests.", ("2023-05-04", None)),
    ],
)
def test_datelines_with_a_country_or_a_bar(dateline: str, body: str, date: tuple[str, str | None]) -> None:
    r = (
        _report("News\n\n" + dateline + " " + body + "\n")
        if dateline.endswith("–")
        else _parse(body, dateline)
    )
    assert _date(r) == date


def test_a_published_date_in_a_masthead_line_dates_the_report() -> None:
    r = _report(
        "Sea newsletter | Issue 2/2023 | published 9 May 2023\n\nThe Harbour Breakfast on 4 May drew 30 guests.\n"
    )
    assert (r.date, _date(r)) == ("2023-05-09", ("2023-05-04", None))


@pytest.mark.parametrize(
    ("dateline", "body", "date"),
    [
        (
            "Kiel, 9. Mai 2024",
            "Am vergangenen Dienstag trafen sich rund 40 Reeder zum Hafenforum 2024.",
            ("2024-05-07", None),
        ),
        (
            "Kiel, 9 May 2024",
            "Yesterday, some 40 ship owners met for the Harbour Forum 2024 in Kiel.",
            ("2024-05-08", None),
        ),
        (
            "Kiel, 9 May 2024",
            "Last Friday, some 40 ship owners met for the Harbour Forum 2024 in Kiel.",
            ("2024-05-03", None),
        ),
        (
            "Kiel, 5. Januar 2024",
            "Am 12. Dezember trafen sich 40 Reeder zum Hafenforum 2023.",
            ("2023-12-12", None),
        ),
        (
            "Kiel, May 9, 2024",
            "The Harbour Forum 2024 took place May 6–7 in Kiel.",
            ("2024-05-06", "2024-05-07"),
        ),
        (
            "Kiel, 9. Juli 2024",
            "Vom 29. Juni bis 1. Juli war eine Delegation des Fjordtech Cluster zur Offshore-Woche 2024 in Norwegen.",
            ("2024-06-29", "2024-07-01"),
        ),
    ],
)
def test_relative_and_year_less_days_take_the_reports_date(
    dateline: str, body: str, date: tuple[str, str | None]
) -> None:
    assert _date(_parse(body, dateline)) == date


def test_a_weekday_before_a_date_is_no_relative_day() -> None:
    found = find_dates("Am Dienstag, 14. Mai trafen sich alle; on Friday 3 May too.", 2024, "2024-05-20")
    assert [(d.start, d.rule) for d in found] == [
        ("2024-05-14", "day-month-no-year"),
        ("2024-05-03", "day-month-no-year"),
    ]


@pytest.mark.parametrize(
    ("body", "online"),
    [
        ("Der Meerestag 2023 fand am 4. Mai 2023 vor Ort im Hafenhaus in Kiel und per Webex statt.", True),
        ("Der Meerestag 2023 am 4. Mai 2023 war ausschließlich vor Ort, ohne Stream.", False),
        ("Der Meerestag 2023 fand am 4. Mai 2023 in Präsenz statt.", False),
        ("The Harbour Forum 2023 ran via Zoom on 4 May 2023.", True),
        ("Some 40 people logged in on 4 May 2023 for the Harbour Clinic.", True),
        ("Am 4. Mai 2023 waren 40 Reeder zum Hafenforum 2023 zugeschaltet.", True),
        ("The Harbour Forum 2023 took place on 4 May 2023. The slides are available online.", None),
        (
            "Das Hafenforum 2023 fand am 4. Mai 2023 statt. Die Folien sind online verfügbar, eine Online-Umfrage läuft.",
            None,
        ),
        (
            "Das Hafenforum 2023 fand am 4. Mai 2023 statt. Weitere Informationen gibt es online unter www.hafen.example.de.",
            None,
        ),
        (
            "The Harbour Forum 2023 took place on 4 May 2023. Read the full programme online at www.harbour.example.org.",
            None,
        ),
        (
            "Vom 2. bis 4. Mai 2023 war eine Delegation des Fjordtech Cluster zur Offshore-Woche 2023 in Norwegen unterwegs.",
            False,
        ),
        (
            "Vom 2. bis 4. Mai 2023 fand eine virtuelle Delegationsreise des Fjordtech Cluster nach Norwegen statt.",
            True,
        ),
    ],
)
def test_online_and_on_site_cues(body: str, online: bool | None) -> None:
    assert _online(_parse(body)) is online


@pytest.mark.parametrize(
    ("body", "count"),
    [
        (
            "Der Meerestag 2023 fand am 4. Mai 2023 statt. Rund 110 Teilnehmende waren dabei, 38 von ihnen online.",
            (110, "about"),
        ),
        (
            "Der Meerestag 2023 fand am 4. Mai 2023 statt. Mehr als 150 Teilnehmende kamen. Knapp 40 Gäste waren ausschließlich online dabei.",
            (150, "more-than"),
        ),
        (
            "The Harbour Forum 2023 took place on 4 May 2023. Some 200 guests attended, 60 of them online.",
            (200, "about"),
        ),
        ("The Harbour Forum 2023 took place on 4 May 2023 in Kiel; 120 guests came in person.", None),
        ("Der Meerestag 2023 fand am 4. Mai 2023 statt; davon 40 Gäste online.", None),
        (
            "Der Meerestag 2023 am 4. Mai 2023: Über 200 Leute aus Industrie und Forschung kamen.",
            (200, "more-than"),
        ),
        (
            "Der Meerestag 2023 fand am 4. Mai 2023 statt, mit mehr als 250 Teilnehmenden vor Ort und online.",
            (250, "more-than"),
        ),
    ],
)
def test_partial_counts_are_no_participant_counts(body: str, count: tuple[int, str] | None) -> None:
    assert _count(_parse(body)) == count


def test_a_publication_label_is_no_event_name_nor_headline() -> None:
    r = _report(
        "Fjord Newsletter | Ausgabe 3/2023\n\nHafen trifft Schiene\n\nDie Veranstaltung fand am 4. Mai 2023 in Kiel statt; "
        "rund 30 Gäste diskutierten über Güterverkehr.\n"
    )
    assert _name(r) == "Hafen trifft Schiene"


def test_a_lower_case_programme_before_an_event_name_is_part_of_it() -> None:
    r = _parse("More than 80 cluster managers took part in the sea-test Peer Exchange 2023 on 4 May 2023.")
    assert _name(r) == "sea-test Peer Exchange 2023"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Sea Newsletter 3/2023\n\nRückblick: Harbour Innovation Talks\n\nVom 27. bis 28. September 2023 fanden die Harbour Innovation Talks "
            "in Kiel statt. 95 Reeder tauschten sich in Präsenz aus.\n",
            "Harbour Innovation Talks",
        ),
        (
            "Review – Blue Data Evenings\n\nThe Blue Data Evenings took place on 4 May 2023 at the harbour in Kiel, with 40 guests.\n",
            "Blue Data Evenings",
        ),
    ],
)
def test_a_headline_repeated_in_a_dated_gathering_names_the_event(text: str, name: str) -> None:
    assert _name(_report(text)) == name


def test_an_organisation_in_the_headline_is_no_event_name() -> None:
    with pytest.raises(DataError, match="no recognisable event"):
        _report(
            "Rückblick | Wellenwerk Nord\n\nAm 4. Mai 2023 trafen sich beim Wellenwerk Nord e. V. in Kiel 30 Gäste.\n"
        )


def test_a_hyphenated_compound_with_a_capitalised_event_word() -> None:
    r = _parse(
        "Am 5. Mai trafen sich knapp 30 Reeder in Kiel zum dritten Wasserstoff-Stammtisch.",
        "Kiel, 9. Mai 2023",
    )
    assert (_name(r), _date(r)) == ("Wasserstoff-Stammtisch", ("2023-05-05", None))


def test_a_dateline_after_a_label_and_a_dash() -> None:
    r = _report(
        "Member news – 12 May 2023\n\nLast Thursday, 35 members met in Kiel for the Harbour Data Clinic.\n"
    )
    assert (r.date, _date(r)) == ("2023-05-12", ("2023-05-11", None))


@pytest.mark.parametrize(
    "text",
    [
        "Aufruf: Beiträge für die Jahrestagung 2025\n\nDer Verband Holzbau Nord lädt Fachleute ein, Vorträge für die Jahrestagung 2025 "
        "einzureichen, die am 8. und 9. Mai 2025 in Kiel stattfindet. Einsendeschluss ist der 15. Januar 2025.\n",
        "Invitation\n\nThe Fjordtech Cluster invites its members to the Harbour Data Summit 2025 on 8 May 2025 in Kiel.\n",
    ],
)
def test_invitations_in_the_present_are_announcements(text: str) -> None:
    with pytest.raises(DataError, match="no recognisable event"):
        _report(text)


def test_a_past_invitation_reports_an_event() -> None:
    r = _parse(
        "The Fjordtech Cluster invited its members to the Harbour Data Summit 2023 on 4 May 2023 in Kiel; 60 came."
    )
    assert _name(r) == "Harbour Data Summit 2023"


def test_a_dateline_before_a_full_stop() -> None:
    r = _report(
        "News\n\nKiel, 30. November 2023. Mit rund 140 Gästen war der Hafengipfel Kiel am 28. November ausgebucht.\n"
    )
    assert (r.date, _date(r)) == ("2023-11-30", ("2023-11-28", None))


def test_held_its_names_a_gathering() -> None:
    r = _report(
        "Harbour Talks 2024 bring skippers together\n\nKiel, 16 April 2024 – On 11 April 2024, the Fjordtech Cluster held its "
        "Harbour Talks 2024 at the harbour office.\n"
    )
    assert _name(r) == "Harbour Talks 2024"


@pytest.mark.parametrize(
    "body",
    [
        "Save the date: Meerestag 2024 am 18. Juni 2024 in Kiel. Rückblick: Beim Meerestag 2023 am 20. Juni 2023 diskutierten über 180 Gäste.",
        "Save the date: Harbour Day 2024 on 18 June 2024 in Kiel. Looking back: at the Harbour Day 2023 on 20 June 2023 more than 180 guests met.",
    ],
)
def test_a_save_the_date_is_a_later_event(body: str) -> None:
    assert _date(_report("Newsletter 02/2024\n\n" + body + "\n")) == ("2023-06-20", None)


@pytest.mark.parametrize(
    ("body", "count"),
    [
        ("Der Meerestag 2023 fand am 4. Mai 2023 mit 80 Teilnehmern in Kiel statt.", (80, "exact")),
        ("Der Meerestag 2023 am 4. Mai 2023 zog mehr als 300 Besuchern an den Hafen.", (300, "more-than")),
        (
            "Der Meerestag 2023 fand am 4. Mai 2023 statt; rund 60 Interessierte kamen in den Hafen.",
            (60, "about"),
        ),
        (
            "Der Meerestag 2023 fand am 4. Mai 2023 statt. Der Verein hat 140 Mitgliedern viel zu bieten.",
            None,
        ),
    ],
)
def test_dative_and_more_participant_nouns(body: str, count: tuple[int, str] | None) -> None:
    assert _count(_parse(body)) == count


@pytest.mark.parametrize(
    "body",
    [
        "On 4 May 2023, 110 cluster managers joined a webinar where the European Commission explained new calls.",
        "On 4 May 2023, 40 managers met at the Vienna Business School to discuss exports.",
        "Am 4. Mai 2023 trafen sich 40 Abgeordnete im Bayerischen Landtag.",
    ],
)
def test_institutions_named_like_events_are_no_event_names(body: str) -> None:
    with pytest.raises(DataError, match="no recognisable event"):
        _parse(body)


def test_a_dateline_after_a_longer_label() -> None:
    r = _report(
        "Clusterland Nord | Mitteilung vom 5. Mai 2023\n\nHafen-Netzwerktreffen in Kiel\n\nAm vergangenen Mittwoch kamen rund 70 "
        "Reeder zum Hafen-Netzwerktreffen zusammen.\n"
    )
    assert (r.date, _name(r), _date(r)) == ("2023-05-05", "Hafen-Netzwerktreffen", ("2023-05-03", None))


@pytest.mark.parametrize(
    ("body", "name"),
    [
        (
            "Rund 300 Gäste kamen am 4. Mai 2023 zum Tag der Logistik 2023 in den Kieler Hafen.",
            "Tag der Logistik 2023",
        ),
        (
            "Die Lange Nacht der Meerestechnik lockte am 4. Mai 2023 rund 500 Menschen an. Die Lange Nacht der Meerestechnik gibt es seit 2015.",
            "Lange Nacht der Meerestechnik",
        ),
        (
            "On 4 May 2023, the Day of Marine Robotics 2023 drew 120 visitors to the harbour.",
            "Day of Marine Robotics 2023",
        ),
    ],
)
def test_an_event_word_with_its_subject_after_der_or_of(body: str, name: str) -> None:
    assert _name(_parse(body)) == name


def test_a_day_of_something_named_once_without_a_year_is_no_name() -> None:
    r = _parse("Der Hafentag 2023 fand am 4. Mai 2023 statt. Am Tag der Eröffnung kamen 80 Gäste.")
    assert _name(r) == "Hafentag 2023"


@pytest.mark.parametrize(
    "text",
    [
        "Call for Speakers\n\nThe Harbour Data Summit 2025 will be held in Kiel on 12–13 May 2025. Last year's summit drew 350 delegates; "
        "the programme committee is chaired by Dr. Eva Kranz.\n",
        "Beitragsaufruf\n\nDer Kieler Meerestag 2025 findet am 14. Mai 2025 statt. Im Vorjahr kamen 300 Gäste.\n",
    ],
)
def test_an_earlier_edition_in_an_announcement_reports_no_event(text: str) -> None:
    with pytest.raises(DataError, match="no recognisable event"):
        _report(text)


@pytest.mark.parametrize(
    ("body", "online"),
    [
        ("Thanks to everyone who came to our Open Lab Day 2023 on 2 September 2023!", False),
        ("Zum Tag der offenen Tür 2023 am 2. September 2023 kamen 300 Gäste ins Labor.", False),
        ("On 2 September 2023 the Harbour Forum 2023 opened its doors to 300 guests.", False),
        ("The Harbour Forum 2023 on 2 September 2023 drew 300 guests.", None),
    ],
)
def test_an_open_day_or_a_guided_tour_is_on_site(body: str, online: bool | None) -> None:
    assert _online(_parse(body, "Kiel, 9 September 2023")) is online


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Am 8.3. trafen sich 40 Reeder.", [("2024-03-08", None)]),
        ("Am Dienstag, 14.05. kamen 40 Reeder.", [("2024-05-14", None)]),
        ("Vom 8. bis 10.3. tagte das Forum.", [("2024-03-08", "2024-03-10")]),
        ("Der Beitrag 3.4. zeigt es, Kapitel 2.3. auch.", []),
        ("Am 14.05.2024 kamen alle.", [("2024-05-14", None)]),
    ],
)
def test_numeric_days_without_a_year(text: str, found: list[tuple[str, str | None]]) -> None:
    assert [(d.start, d.end) for d in find_dates(text, 2024, "2024-06-01")] == found


@pytest.mark.parametrize(
    ("body", "count"),
    [
        ("The Harbour Forum 2023 took place on 4 May 2023 with approx. 80 participants.", (80, "about")),
        ("The Harbour Forum 2023 on 4 May 2023 drew close to 80 participants.", (80, "almost")),
        ("Zum Meerestag 2023 am 4. Mai 2023 kamen weit über 200 Gäste.", (200, "more-than")),
    ],
)
def test_more_qualifiers(body: str, count: tuple[int, str]) -> None:
    assert _count(_parse(body)) == count


def test_a_quoted_programme_in_a_dated_sentence_is_no_event_name() -> None:
    r = _parse(
        "Der Hafentag 2023 war ausgebucht. Am 3. Mai 2023 kamen 40 Firmen aus dem Programm „Innovativ Regional“ nach Kiel."
    )
    assert _name(r) == "Hafentag 2023"
