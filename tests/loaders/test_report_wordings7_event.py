# ruff: noqa: E501
"""Reports, seventh round (issue 17, the event): a report of a held event is never refused. A
hack, a jam, a live episode of a series ("… Live #4") or a gathering that "went on stage"
("ging … über die Bühne"), "aired" or that people "joined", is an event; a headline's name the
body repeats is its name. Dates without a year after an abbreviated month ("Tuesday, Feb. 27").
Every sentence is made up for these tests."""

from __future__ import annotations

import pytest
from support.report_probe import date as _date
from support.report_probe import fjord_gazetteer as _gazetteer
from support.report_probe import name as _name
from support.report_probe import parse_kiel as _parse

from clustergraph.errors import DataError
from clustergraph.loaders.report import parse_report

ID = "https://w3id.org/clustergraph/id/"


@pytest.mark.parametrize(
    ("body", "name"),
    [
        (
            "In Kiel ging vom 3. bis 5. Mai 2023 der «Fjord Data Hack 2023» über die Bühne. 40 Studierende tüftelten an Messdaten.",
            "Fjord Data Hack 2023",
        ),
        (
            "Vom 3. bis 5. Mai 2023 ging in Kiel der „Küstendaten-Hack 2023“ über die Bühne.",
            "Küstendaten-Hack 2023",
        ),
        (
            "Der Ocean Data Jam 2023 ging am 4. Mai 2023 in Kiel über die Bühne, mit 30 Leuten.",
            "Ocean Data Jam 2023",
        ),
        (
            "Our Harbour Hack took over the Kiel boathouse on 4 May 2023; 35 coders took part.",
            "Harbour Hack",
        ),
        (
            "The Blue Code Jam ran on 4 May 2023 in Kiel.",
            "Blue Code Jam",
        ),
    ],
)
def test_a_hack_or_a_jam_is_an_event(body: str, name: str) -> None:
    assert _name(_parse(body)) == name


@pytest.mark.parametrize(
    ("head", "body", "name"),
    [
        (
            "Recap: Grid to Home Live #3 – storage, without the hype",
            "The third installment of our webinar series, Grid to Home Live #3, aired on Zoom on Tuesday, May 2, 2023. 120 of you joined us live.",
            "Grid to Home Live #3",
        ),
        (
            "Rückblick: Wasserstoff Live #2",
            "Am 2. Mai 2023 lief Wasserstoff Live #2 im Livestream, 80 Gäste schalteten sich zu.",
            "Wasserstoff Live #2",
        ),
        (
            "Fjord Talks Vol. 3: Wind und Wellen",
            "Am 2. Mai 2023 fanden die Fjord Talks Vol. 3 im Hafenhaus statt.",
            "Fjord Talks Vol. 3",
        ),
        (
            "Sensor Sessions Episode 5 – what we learned",
            "Sensor Sessions Episode 5 was streamed on 2 May 2023 and 90 people joined.",
            "Sensor Sessions Episode 5",
        ),
    ],
)
def test_a_series_episode_in_the_headline_is_the_event(head: str, body: str, name: str) -> None:
    assert _name(_parse(body, dateline="9 May 2023", head=head)) == name


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("The Kiel Code Jam aired on Tuesday, Feb. 27, and 40 people joined.", ("2023-02-27", None)),
        ("The Kiel Code Jam ran on Tue, Feb 28; 40 people joined.", ("2023-02-28", None)),
        ("The Kiel Code Jam took place on Sept. 5, 2023 in Kiel.", ("2023-09-05", None)),
    ],
)
def test_dates_with_an_abbreviated_month(body: str, expected: tuple[str, str | None]) -> None:
    assert _date(_parse(body, dateline="9 May 2023")) == expected


@pytest.mark.parametrize(
    "body",
    [
        "Fjordtech Cluster sucht ab 1. Juni 2023 eine Projektleitung Data Engineering (m/w/d).",
        "The Fjordtech Cluster published its annual report on 4 May 2023; membership grew to 140.",
        "Our new podcast is live: listen to the first episode from 4 May 2023 on all platforms.",
    ],
)
def test_no_event_without_a_held_gathering(body: str) -> None:
    with pytest.raises(DataError):
        _parse(body)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Posted: 21/11/2023\n\nThe Kiel Code Jam met on Thursday 16 November.", ("2023-11-16", None)),
        ("Posted 11/21/2023\n\nThe Kiel Code Jam met on Thursday 16 November.", ("2023-11-16", None)),
        ("News\n\nThe Kiel Code Jam took place on 14/11/2023 at the boathouse.", ("2023-11-14", None)),
    ],
)
def test_a_slashed_date_with_a_day_over_twelve(text: str, expected: tuple[str, str | None]) -> None:
    assert _date(parse_report(text + "\n", _gazetteer())) == expected


def test_a_slashed_date_that_could_be_either_is_no_date() -> None:
    from clustergraph.loaders.textkit import find_dates

    assert find_dates("Posted: 05/11/2023") == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Das Kieler Frühstück fand am 4. Mai 2023 statt; übertragen oder aufgezeichnet wurde das Gespräch nicht.",
            False,
        ),
        ("Das Kieler Frühstück fand am 4. Mai 2023 statt. Es wurde bewusst nicht übertragen.", False),
        ("The Kiel Breakfast took place on 4 May 2023 and was not streamed or recorded.", False),
        (
            "Der Kiel Hack fand am 4. Mai 2023 statt. Eine Teilnahme aus der Ferne war nicht vorgesehen.",
            False,
        ),
        ("The Kiel Hack took place on 4 May 2023; joining online was not possible.", False),
        ("Der Kiel Hack fand am 4. Mai 2023 statt, im Livestream verfolgten ihn 50 weitere.", True),
        ("Die Rechte am Netz wurden übertragen; das Kieler Frühstück fand am 4. Mai 2023 statt.", None),
    ],
)
def test_online_negated_by_its_outcome(body: str, expected: bool | None) -> None:
    o = _parse(body).one("online")
    assert (o.data["online"] if o else None) is expected


@pytest.mark.parametrize(
    ("body", "count"),
    [
        ("Beim Kiel Hack am 4. Mai 2023 tüftelten 57 Programmiererinnen, Ingenieure und Studierende.", 57),
        ("The Kiel Hack on 4 May 2023 drew a total of 62 developers, marine biologists and students.", 62),
        ("Am 4. Mai 2023 kamen 35 Entwicklerinnen und Entwickler zum Kiel Hack.", 35),
        ("At the Kiel Hack on 4 May 2023, 48 students worked in twelve teams.", 48),
    ],
)
def test_counts_of_makers(body: str, count: int) -> None:
    p = _parse(body).one("participants")
    assert p is not None and p.data["count"] == count


@pytest.mark.parametrize(
    ("body", "name"),
    [
        (
            "Am 4. Mai 2023 fand der Kieler Wasserstoff-Stammtisch #4 statt.",
            "Kieler Wasserstoff-Stammtisch #4",
        ),
        ("The Fjord Webinar #4 took place on 4 May 2023 with 80 people.", "Fjord Webinar #4"),
        ("Am 4. Mai 2023 fand die Fjord Sprechstunde Ausgabe 7 statt.", "Fjord Sprechstunde Ausgabe 7"),
        ("On 4 May 2023 the Fjord Talks Vol. 3 took place in Kiel.", "Fjord Talks Vol. 3"),
        ("Die Fjord Sessions #2 fanden am 4. Mai 2023 in Kiel statt.", "Fjord Sessions #2"),
        ("Blue Economy Live #2 was moderated by Ann Lee on 4 May 2023.", "Blue Economy Live #2"),
        ("Das Fjordtech Forum fand am 4. Mai 2023 in Halle 7 statt.", "Fjordtech Forum"),
    ],
)
def test_an_episode_belongs_to_the_name(body: str, name: str) -> None:
    assert _name(_parse(body)) == name


@pytest.mark.parametrize(
    "body",
    [
        "Fjordtech veröffentlichte am 4. Mai 2023 den Newsletter Ausgabe 3.",
        "Fjordtech Podcast Episode 12 is out since 4 May 2023 on all platforms.",
        "The Fjordtech Annual Report No. 5 was published on 4 May 2023.",
    ],
)
def test_a_publication_with_a_number_is_no_episode(body: str) -> None:
    with pytest.raises(DataError):
        _parse(body)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "The jury met on 3 May 2023 and announced its choice at the Kiel Harbour Gala 2023, which took place on the evening of 6 May 2023.",
            ("2023-05-06", None),
        ),
        (
            "Die Jury tagte am 2. Mai 2023 und gab ihre Wahl beim Kieler Innovationsabend bekannt, der am 5. Mai 2023 im Hafenhaus stattfand.",
            ("2023-05-05", None),
        ),
        (
            "After a first round on 2 May 2023, the winners were named at the Fjord Awards (held on 5 May 2023 in Kiel).",
            ("2023-05-05", None),
        ),
        (
            "Am 3. Mai 2023 fand das Fjordforum statt, das am 3. Mai 2024 wieder stattfinden soll.",
            ("2023-05-03", None),
        ),
    ],
)
def test_the_date_in_a_relative_clause_after_the_name(body: str, expected: tuple[str, str | None]) -> None:
    assert _date(_parse(body)) == expected


@pytest.mark.parametrize(
    ("head", "body", "name"),
    [
        (
            "Studienreise „Circular Kiel 2023“: Kreislauf zum Anfassen",
            "Vom 3. bis 5. Mai 2023 war eine Delegation in Kiel. Organisiert hat die Studienreise der Fjordtech Cluster.",
            "Circular Kiel 2023",
        ),
        (
            "Learning Journey 'Blue Harbour' – what we saw",
            "From 3 to 5 May 2023 a group of twelve travelled to Kiel. The Journey was organised by Fjordtech.",
            "Blue Harbour",
        ),
        (
            "„Hafen trifft Hochschule“ Stammtisch",
            "Am 4. Mai 2023 kamen 30 Gäste zum Stammtisch in Kiel zusammen.",
            "Hafen trifft Hochschule",
        ),
        (
            "Stammtisch „war ein voller Erfolg“",
            "Am 4. Mai 2023 kamen 30 Gäste zum Stammtisch in Kiel zusammen.",
            "Stammtisch",
        ),
    ],
)
def test_a_quoted_title_beside_a_bare_event_word(head: str, body: str, name: str) -> None:
    assert _name(_parse(body, dateline="Kiel, 9. Mai 2023", head=head)) == name


@pytest.mark.parametrize(
    ("body", "count"),
    [
        ("The Fjord Forum on 4 May 2023 brought together 85 members of the cluster.", 85),
        ("Das Fjordforum am 4. Mai 2023 zählte 120 Gäste.", 120),
        ("Das Fjordforum am 4. Mai 2023 verfolgten 140 Zuschauerinnen und Zuschauer im Stream.", 140),
        ("The Fjord Webinar on 4 May 2023 had 263 live viewers.", 263),
        ("Am Fjordforum am 4. Mai 2023 nahmen 48 Fachkräfte teil.", 48),
        ("The Fjord Forum on 4 May 2023 drew 40 percent more visitors.", None),
        ("The Fjord Forum on 4 May 2023 attracted 12 exhibitors.", None),
    ],
)
def test_counts_after_a_gathering_verb_and_of_viewers(body: str, count: int | None) -> None:
    p = _parse(body).one("participants")
    assert (p.data["count"] if p else None) == count


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Das Fjordforum fand am 4. Mai 2023 in Kiel statt; zugeschaltet war niemand.", False),
        ("The Fjord Forum on 4 May 2023 ran entirely in the room, with no remote option.", False),
        ("The Fjord Forum took place on 4 May 2023; remote participation was possible.", True),
        ("The Fjord Forum on 4 May 2023 was also broadcast live on YouTube.", True),
        ("Das Fjordforum am 4. Mai 2023 wurde live auf YouTube übertragen.", True),
        ("The Fjord Forum on 4 May 2023 was a digital event.", True),
        ("The Fjord Forum took place on 4 May 2023 via GoToMeeting.", True),
        ("Das Fjordforum fand am 4. Mai 2023 statt; die Aufzeichnung steht online.", None),
        ("The Fjord Forum took place on 4 May 2023. The slides from all talks are now online.", None),
    ],
)
def test_online_platforms_and_recordings(body: str, expected: bool | None) -> None:
    o = _parse(body).one("online")
    assert (o.data["online"] if o else None) is expected


@pytest.mark.parametrize(
    ("head", "body", "name"),
    [
        (
            "Rückblick: Ocean Makers Day",
            "Am 4. Mai 2023 trafen sich 40 Tüftlerinnen und Tüftler im Kieler Hafenhaus.",
            "Ocean Makers Day",
        ),
        (
            "Fjordtech Open House",
            "On 4 May 2023, Fjordtech opened its doors to 120 visitors.",
            "Fjordtech Open House",
        ),
        ("Code & Kelp", "Code & Kelp brought 30 developers to Kiel on 4 May 2023.", "Code & Kelp"),
        (
            "Innovation Walk Kiel",
            "The Innovation Walk Kiel led 25 guests through four labs on 4 May 2023.",
            "Innovation Walk Kiel",
        ),
        (
            "Digital Ocean Kick-off",
            "The project Digital Ocean kicked off on 4 May 2023 in Kiel with 25 partners.",
            "Digital Ocean Kick-off",
        ),
    ],
)
def test_a_held_gathering_without_a_named_event_takes_its_headline(head: str, body: str, name: str) -> None:
    r = _parse(body, head=head)
    assert (_name(r), r.event.rule if r.event else None) == (name, "headline-gathering")
    assert any("taken as the event's name" in w for w in r.warnings)


@pytest.mark.parametrize(
    ("head", "body"),
    [
        ("Neue Stelle", "Fjordtech sucht ab 1. Juni 2023 zwei Ingenieure; Bewerbungen bis 15. Mai 2023."),
        ("Fjordtech wächst", "Am 4. Mai 2023 sind drei neue Mitglieder dem Fjordtech Cluster beigetreten."),
        (
            "Member spotlight: Harbour Paints",
            "Harbour Paints is hiring two engineers; applications close on 31 July 2023.",
        ),
        ("Forscher in Kiel", "Eva Holm am 7. März 2023: rund 30 Gäste trafen sich in Kiel."),
    ],
)
def test_no_headline_event_without_a_held_gathering_or_a_name(head: str, body: str) -> None:
    with pytest.raises(DataError, match="no recognisable event"):
        _parse(body, head=head)


@pytest.mark.parametrize(
    ("body", "name"),
    [
        (
            "Unter dem Motto „Daten teilen, Meere schützen“ kamen am 4. Mai 2023 rund 50 Fachleute nach Kiel.",
            "Daten teilen, Meere schützen",
        ),
        ('Under the banner "Blue Bits", some 50 experts came to Kiel on 4 May 2023.', "Blue Bits"),
        (
            "Unter dem Titel „Hafen 4.0“ folgten am 4. Mai 2023 rund 60 Gäste der Einladung des Fjordtech Clusters.",
            "Hafen 4.0",
        ),
    ],
)
def test_a_title_with_a_verb_of_coming(body: str, name: str) -> None:
    assert _name(_parse(body)) == name


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("Die Kieler Hafengespräche fanden am 4. Mai 2023 statt.", "Kieler Hafengespräche"),
        (
            "Die Blue Sessions gingen am 4. Mai 2023 in die dritte Runde: 50 Gäste kamen ins Hafenhaus.",
            "Blue Sessions",
        ),
        ("The Harbour Sessions Episode 4 took place on 4 May 2023 in Kiel.", "Harbour Sessions Episode 4"),
        ("Das Fjordforum fand am 4. Mai 2023 statt. In den Sessions ging es um Recht.", "Fjordforum"),
    ],
)
def test_sessions_and_gespraeche_in_the_plural_name_a_series(body: str, name: str) -> None:
    assert _name(_parse(body)) == name


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("The Fjord Talks took place on 4 May 2023 in Kiel with 40 guests.", "Fjord Talks"),
        ("Die Nordlicht Runde fand am 4. Mai 2023 im Hafenhaus statt.", "Nordlicht Runde"),
        ("Gute Nachrichten: Die Blue Bits Runde lockte am 4. Mai 2023 rund 60 Gäste an.", "Blue Bits Runde"),
    ],
)
def test_a_title_case_subject_of_a_gathering_verb(body: str, name: str) -> None:
    r = _parse(body)
    assert (_name(r), r.event.rule if r.event else None) == (name, "titled-subject")


@pytest.mark.parametrize(
    "body",
    [
        "The Fjordtech Cluster welcomed 40 new members on 4 May 2023.",
        "The Kiel Harbour met on 4 May 2023 a new ship.",
        "Die Anna Berg Stiftung lud am 4. Mai 2023 nach Kiel.",
    ],
)
def test_no_titled_subject_for_a_body_or_a_place(body: str) -> None:
    with pytest.raises(DataError, match="no recognisable event"):
        _parse(body)


@pytest.mark.parametrize(
    ("head", "body"),
    [
        (
            "New members",
            "Harbour Works Ltd and Blue Coatings joined the cluster on 4 May 2023. The Harbour Works team now counts 40 engineers.",
        ),
        ("Welcome aboard: Code Kelp 2023", "On 4 May 2023 Code Kelp joined us as our 140th member."),
        ("Neues Team-Mitglied", "Seit 4. Mai 2023 verstärkt Anna Berg das Team; sie kam von der Werft Nord."),
        ("Podcast Folge 12 ist online", "Am 4. Mai 2023 erschien die Folge 12 unseres Podcasts „Hafenfunk“."),
    ],
)
def test_member_news_that_joins_or_airs_is_no_event(head: str, body: str) -> None:
    with pytest.raises(DataError, match="no recognisable event"):
        _parse(body, head=head)
