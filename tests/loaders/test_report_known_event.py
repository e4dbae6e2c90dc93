# ruff: noqa: E501
"""The graph's event told of by a common noun on its day, and "Long Name (SHORT)" as the graph's body."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from clustergraph.cli import main
from clustergraph.loaders.report import parse_report
from clustergraph.loaders.report.abbreviations import same_as_abbreviation
from clustergraph.loaders.report.known_event import event_on_day, same_day_event
from clustergraph.loaders.report.model import Item, Org
from clustergraph.loaders.textkit import Gazetteer, Lines, find_dates, sentence_bounds

EV = "https://example.org/event/"
PROG = "https://example.org/programme/go-test"
ORG = "https://example.org/org/"
TEXTS = Path(__file__).resolve().parents[1] / "data" / "report_texts"


def _gazetteer(*events: tuple[str, str, str]) -> Gazetteer:
    g = Gazetteer()
    g.add("programme", PROG, ["go-test"])
    for iri, name, day in events:
        g.add("event", iri, [name])
        g.events_on[day].add(iri)
        g.event_programmes[iri].add(PROG)
    return g


def _on_day(text: str, g: Gazetteer, body: int = 0) -> list[Item]:
    return event_on_day(text, body, sentence_bounds(text), find_dates(text), g)


def test_a_common_noun_on_the_day_of_the_graphs_only_event_is_that_event() -> None:
    g = _gazetteer((EV + "autumn", "Herbstforum der Testcluster", "2021-10-05"))
    [item] = _on_day("On 5 October 2021, forty people joined the annual network meeting online.", g)
    assert (item.data["name"], item.data["iri"], item.rule) == (
        "annual network meeting", EV + "autumn", "graph-event-on-day")  # fmt: skip
    [item] = _on_day("Am 5. Oktober 2021 trafen sich 40 Gäste zum digitalen Netzwerktreffen.", g)
    assert item.data["name"] == "digitalen Netzwerktreffen"


def test_no_guess_between_two_events_without_a_noun_or_on_the_dateline() -> None:
    two = _gazetteer((EV + "a", "Forum A", "2021-10-05"), (EV + "b", "Forum B", "2021-10-05"))
    assert _on_day("On 5 October 2021 the network meeting took place.", two) == []
    one = _gazetteer((EV + "a", "Forum A", "2021-10-05"))
    assert _on_day("On 5 October 2021 the board published its accounts.", one) == []
    dateline = "Jena, 5 October 2021 – The meeting of the board is next spring."
    assert _on_day(dateline, one, body=len("Jena, 5 October 2021")) == []
    assert _on_day("On 6 October 2021 the network meeting took place.", one) == []


def _named(name: str) -> Item:
    return Item(
        "event-name", {"name": name, "iri": None, "candidates": ()}, Lines(name).span(0, len(name)), "x"
    )


def test_a_found_name_becomes_the_graphs_event_of_its_day_when_programme_or_word_agree() -> None:
    g = _gazetteer((EV + "day", "Test Cluster Day 2020", "2020-10-08"))
    programme = g.find("the meeting of go-test")
    assert (
        same_day_event(_named("Online Cluster Meeting"), "2020-10-08", g, programme).data["iri"] == EV + "day"
    )
    assert same_day_event(_named("Online Cluster Meeting"), "2020-10-08", g, []) is None  # no shared word
    assert (
        same_day_event(_named("Test Cluster Gala"), "2020-10-08", g, []).data["iri"] == EV + "day"
    )  # "test"
    assert same_day_event(_named("Test Cluster Gala"), "2020-10-09", g, []) is None  # another day


def test_a_report_without_an_event_name_is_about_the_graphs_event_of_that_day() -> None:
    g = _gazetteer((EV + "day", "Test Cluster Day 2020", "2020-10-08"))
    text = "Programme news\n\nOn 8 October 2020 some 60 cluster managers joined the online programme meeting of go-test.\n"
    report = parse_report(text, g, "news.txt")
    assert report.event.data["iri"] == EV + "day" and report.event.rule == "graph-event-on-day"
    assert report.one("event-date").data["start"] == "2020-10-08"
    assert any("the only event of the graph on 2020-10-08" in w for w in report.warnings)


def test_a_long_name_with_the_graphs_short_name_in_brackets_is_that_body() -> None:
    text = "Greetings came from the Federal Office of Testing (FOT) and from Acme Widgets (AW)."
    long = Org("Federal Office of Testing", 24, 49)
    short = Org("Bundesamt für Tests", 51, 54, ORG + "fot", from_graph=True)
    other = Org("Acme Widgets", 65, 77)
    notes: list[str] = []
    out = same_as_abbreviation(text, [long, short, other], notes)
    assert [o.iri for o in out] == [ORG + "fot", ORG + "fot", None]
    assert notes == [
        "'Federal Office of Testing' is taken to be 'Bundesamt für Tests': its short name 'FOT' follows in brackets"
    ]
    ambiguous = Org("Bundesamt für Tests", 51, 54, None, (ORG + "a", ORG + "b"), from_graph=True)
    assert same_as_abbreviation(text, [long, ambiguous])[0].iri is None  # candidates: no guess
    unclosed = "the Federal Office of Testing (FOT and others"
    assert same_as_abbreviation(unclosed, [Org("Federal Office of Testing", 4, 29),
                                           Org("Bundesamt für Tests", 31, 34, ORG + "fot", from_graph=True)])[0].iri is None  # fmt: skip


def test_dry_run_matches_an_unnamed_programme_meeting_to_the_graphs_event(graph_copy: Path) -> None:
    result = CliRunner().invoke(main, ["load-report", str(TEXTS / "unnamed-meeting-en.txt"), "--store",
                                       str(graph_copy), "--dry-run", "--no-record-aliases"])  # fmt: skip
    assert result.exit_code == 0, result.stderr
    assert "taken to be the graph's 'Test Cluster Day 2020'" in result.stderr + result.stdout
    assert "new event" not in result.stdout
    assert "cgevent:test-cluster-day-2020" in result.stdout


def test_a_person_the_graph_has_at_the_event_already_gets_no_second_participation(graph_copy: Path) -> None:
    result = CliRunner().invoke(main, ["load-report", str(TEXTS / "forum-guest-de.txt"), "--store",
                                       str(graph_copy), "--dry-run", "--no-record-aliases"])  # fmt: skip
    assert result.exit_code == 0, result.stderr
    assert "participation of Anna Beispiel in the event: the graph's <" in result.stdout
    assert "cg:Participation" not in result.stdout  # the graph's speaker stays the one participation
