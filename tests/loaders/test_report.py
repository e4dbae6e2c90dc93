# ruff: noqa: E501
"""Reports: the shared toolkit (dates, counts, gazetteer) and the report parser, with located errors."""

from __future__ import annotations

import pytest

from clustergraph.errors import DataError
from clustergraph.loaders.report import parse_report
from clustergraph.loaders.textkit import Gazetteer, count_pattern, find_dates, number, qualifier, role_of

ORG = "https://w3id.org/clustergraph/id/org/"


def _gazetteer() -> Gazetteer:
    g = Gazetteer()
    g.add("org", ORG + "hanse-aero", ["Hanse Aero Netzwerk"])
    g.add("org", ORG + "lw", ["Lichtwerk Photonik e. V.", "Lichtwerk Photonik", "Lichtwerk"])
    g.add("place", "https://w3id.org/clustergraph/id/region/de-jena", ["Jena"])
    return g


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("am 8. Oktober 2020", ("2020-10-08", None)),
        ("vom 3. bis 5. Mai 2024", ("2024-05-03", "2024-05-05")),
        ("14.–15.06.2023", ("2023-06-14", "2023-06-15")),
        ("June 14-15, 2023", ("2023-06-14", "2023-06-15")),
        ("from 30 September to 2 October 2021", ("2021-09-30", "2021-10-02")),
        ("October 8th, 2020", ("2020-10-08", None)),
    ],
)
def test_dates_and_ranges_in_both_languages(text: str, expected: tuple[str, str | None]) -> None:
    [d] = find_dates(text)
    assert (d.start, d.end) == expected and d.error is None


def test_an_impossible_date_is_found_as_an_error() -> None:
    [d] = find_dates("am 31. Februar 2021")
    assert d.error and d.start is None


@pytest.mark.parametrize(
    ("text", "value", "q"),
    [
        ("knapp 70 Teilnehmende", 70, "almost"),
        ("more than 1,200 participants", 1200, "more-than"),
        ("Rund 150 Gäste", 150, "about"),
        ("almost seventy participants", 70, "almost"),
        ("87 participants", 87, "exact"),
    ],
)
def test_counts_with_qualifiers(text: str, value: int, q: str) -> None:
    m = count_pattern(r"Teilnehmende|participants|Gäste").search(text)
    assert m is not None and (number(m.group("n")), qualifier(m.group("q"))) == (value, q)


def test_functions_map_to_roles() -> None:
    assert role_of("Geschäftsführerin") == "managing-director"
    assert role_of("Commissioner for Cluster Policy") == "officer"  # as data/posts.csv records them
    assert role_of("Staatssekretärin") == "officer" and role_of("Vertreterin") == "representative"
    assert role_of("head of international affairs") == "head"


def test_gazetteer_finds_genitive_and_legal_forms() -> None:
    g = _gazetteer()
    found = [(m.text, m.iri) for m in g.find("Der Vorstand des Hanse Aero Netzwerks lud ein.")]
    assert found == [("Hanse Aero Netzwerks", ORG + "hanse-aero")]
    assert [m.text for m in g.find("Der Lichtwerk Photonik e. V. lud ein.")] == ["Lichtwerk Photonik e. V."]


def test_gazetteer_reports_a_shared_name_as_ambiguous() -> None:
    g = Gazetteer()
    g.add("org", ORG + "a", ["Nordcluster"])
    g.add("org", ORG + "b", ["Nordcluster"])
    [m] = g.find("Das Nordcluster lud ein.")
    assert m.ambiguous and m.candidates == (ORG + "a", ORG + "b")


GERMAN = """Jena, 20.06.2023

Am 14. und 15. Juni 2023 hat der Lichtwerk Photonik e. V. zum Lichtwerk Forum 2023 in das Volkshaus in Jena eingeladen. Rund 150 Teilnehmende kamen. Partnerland war in diesem Jahr Polen.

Die Geschäftsführerin des Lichtwerks, Dr. Anna Beispiel, eröffnete das Forum. Henrik Olsen, Clustermanager des Hanse Aero Netzwerks, sprach über „Leichtbau im Flugzeug“.

In zwei Workshops ging es um „Fachkräfte“ und „Förderung“. Bewerbungen sind bis zum 31. Juli 2023 möglich.
"""


def test_a_german_report() -> None:
    r = parse_report(GERMAN, _gazetteer(), "x.txt")
    assert r.event is not None and r.event.data["name"] == "Lichtwerk Forum 2023"
    assert r.date == "2023-06-20"
    assert r.one("event-date").data == {"start": "2023-06-14", "end": "2023-06-15"}  # type: ignore[union-attr]
    assert r.one("place").data["name"] == "Jena"  # type: ignore[union-attr]
    assert r.one("venue").data["venue"] == "Volkshaus"  # type: ignore[union-attr]
    assert r.one("online").data["online"] is False  # type: ignore[union-attr]
    assert [i.data["org"].iri for i in r.of("organiser")] == [ORG + "lw"]
    assert r.one("participants").data == {"count": 150, "qualifier": "about"}  # type: ignore[union-attr]
    people = {i.data["name"]: (i.data["function"], i.data["affiliation"].iri) for i in r.of("person")}
    assert people == {
        "Anna Beispiel": ("Geschäftsführerin", ORG + "lw"),
        "Henrik Olsen": ("Clustermanager", ORG + "hanse-aero"),
    }
    assert [i.data["name"] for i in r.of("partner-region")] == ["Polen"]
    assert [i.data["text"] for i in r.of("topic")] == ["Leichtbau im Flugzeug"]
    assert [i.data["text"] for i in r.of("session")] == ["Fachkräfte", "Förderung"]
    # every fact quotes its wording
    anna = next(i for i in r.of("person") if i.data["name"] == "Anna Beispiel")
    assert anna.quote(r.text) == "Die Geschäftsführerin des Lichtwerks, Dr. Anna Beispiel"[4:]
    assert anna.rule == "function-name"


def test_unsure_extractions_go_to_review() -> None:
    text = (
        "News · 2 May 2024\n\nThe Nordic Cluster Summit 2024 took place on 30 April 2024 in Oslo.\n"
        "Managing director Erik Berg welcomed the guests. Dr. Ola Nordmann attended, and so did Ada Muster.\n"
        "Maria Lind gave a talk on regional innovation.\n"
    )
    g = Gazetteer()
    g.add("person", "https://w3id.org/clustergraph/id/person/ada-muster", ["Ada Muster"])
    r = parse_report(text, g, "x.txt")
    erik = next(i for i in r.of("person") if i.data["name"] == "Erik Berg")
    assert erik.unsure and erik.data["affiliation"] is None  # no post: its organisation is unknown
    ola = next(i for i in r.of("person") if i.data["name"] == "Ola Nordmann")
    assert (ola.rule, ola.data["title"], ola.unsure) == ("titled-name", "Dr.", None)
    assert [i.data["name"] for i in r.review] == ["Ada Muster"]  # of the graph, but no function
    [topic] = r.of("topic")
    assert topic.unsure and topic.data["text"] == "regional innovation"


@pytest.mark.parametrize(
    ("text", "line", "expected"),
    [
        ("", 1, "empty"),
        ("   \n\n ", 1, "empty"),
        ("Meldung\n\nDas Clustertreffen 2021 fand am 31. Februar 2021 in Jena statt.", 3, "exists"),
        ("Jobs\n\nWe are looking for a project manager.", 1, "event"),
        ("Forum 2024\x00\x01 am 3. Mai 2024", 1, "without"),
    ],
)
def test_bad_input_is_a_located_error(text: str, line: int, expected: str) -> None:
    with pytest.raises(DataError) as info:
        parse_report(text, Gazetteer(), "bad.txt")
    [problem] = info.value.problems
    assert problem.file == "bad.txt" and problem.line == line
    assert expected in str(info.value)


def test_an_ambiguous_name_is_refused_with_its_candidates() -> None:
    from clustergraph.errors import AmbiguousMatch
    from clustergraph.loaders.reconcile import EntityIndex
    from clustergraph.loaders.report import report_batch

    index = EntityIndex()
    index.add("org", ORG + "nord-a", ["Nordcluster"])
    index.add("org", ORG + "nord-b", ["Nordcluster"])
    text = "News · 2 May 2024\n\nThe Nordcluster hosted the Nordic Cluster Summit 2024 on 30 April 2024.\n"
    r = parse_report(text, Gazetteer.from_index(index), "x.txt")
    with pytest.raises(AmbiguousMatch) as info:
        report_batch(r, index, "https://example.org/r")
    assert ORG + "nord-a" in str(info.value) and ORG + "nord-b" in str(info.value)


def test_facts_quote_their_wording_and_the_batch_names_the_address() -> None:
    from clustergraph.loaders.reconcile import EntityIndex
    from clustergraph.loaders.report import report_batch

    index = EntityIndex()
    index.add("org", ORG + "lw", ["Lichtwerk Photonik e. V.", "Lichtwerk"])
    r = parse_report(GERMAN, Gazetteer.from_index(index), "x.txt")
    batch = report_batch(r, index, "https://example.org/r")
    assert batch.kind == "report" and batch.record.startswith("https://w3id.org/clustergraph/id/source/")
    quotes = [o for _s, p, o in batch.provenance if p.endswith("quotedText>")]
    assert '"Rund 150 Teilnehmende"' in quotes
    assert all(
        o == "<https://example.org/r>" for _s, p, o in batch.provenance if p.endswith("extractedFrom>")
    )
    assert any(n.startswith("org 'Lichtwerk Photonik e. V.' → ") for n in batch.notes)


def test_an_unquoted_session_list_goes_to_review() -> None:
    text = (
        "News · 14 October 2020\n\nOn 8 October 2020, almost 70 cluster managers took part in the "
        "Test Cluster Day 2020. Three breakout sessions addressed themes of cluster practice: press work, "
        "the role of clusters in recovery and staff management. All went well.\n"
    )
    sessions = parse_report(text, Gazetteer(), "x.txt").of("session")
    assert [s.data["text"] for s in sessions] == [
        "press work",
        "the role of clusters in recovery",
        "staff management",
    ]
    assert all(s.rule == "session-list" and s.unsure for s in sessions)
