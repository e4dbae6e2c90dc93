"""What the report tests read from a parsed report: the shared accessors of
``tests/loaders/test_report_wordings*.py``, and the made-up settings that several of them share."""

from __future__ import annotations

from clustergraph.loaders.report import parse_report
from clustergraph.loaders.report.model import Report
from clustergraph.loaders.textkit import Gazetteer

ID = "https://w3id.org/clustergraph/id/"

#: The made-up setting of the event wording tests (rounds 7 and 8): Kiel and the Fjordtech cluster.
KIEL_DATELINE = "Kiel, 9. Mai 2023"


def fjord_gazetteer() -> Gazetteer:
    """Kiel and the Fjordtech Cluster e. V. (three names)."""
    g = Gazetteer()
    g.add("place", ID + "region/de-kiel", ["Kiel"])
    g.add("org", ID + "org/fjord", ["Fjordtech Cluster e. V.", "Fjordtech Cluster", "Fjordtech"])
    return g


def parse_kiel(body: str, dateline: str = KIEL_DATELINE, head: str = "News") -> Report:
    """``body`` under a head line and a Kiel dateline, parsed with :func:`fjord_gazetteer`."""
    return parse_report(head + "\n\n" + dateline + "\n\n" + body + "\n", fjord_gazetteer())


#: The made-up setting of the people wording tests (rounds 7 and 8): an event in Rostock or Leeds.
ROSTOCK_EVENT = "Der Rostocker Hafentag 2025 fand am 4. Juni 2025 in Rostock statt. "
LEEDS_EVENT = "The Leeds Data Forum 2025 took place on 4 June 2025 in Leeds. "
ROSTOCK_HEAD = "News\n\nRostock, 6. Juni 2025\n\n"
LEEDS_HEAD = "News\n\nLeeds, 6 June 2025\n\n"


def rostock_leeds_gazetteer() -> Gazetteer:
    """Rostock and Leeds as places."""
    g = Gazetteer()
    g.add("place", ID + "region/de-rostock", ["Rostock"])
    g.add("place", ID + "region/uk-leeds", ["Leeds"])
    return g


def parse_rostock_leeds(body: str) -> Report:
    """``body`` (opening with :data:`ROSTOCK_EVENT` or :data:`LEEDS_EVENT`) under its language's head."""
    head = LEEDS_HEAD if body.startswith(LEEDS_EVENT) else ROSTOCK_HEAD
    return parse_report(head + body + "\n", rostock_leeds_gazetteer())


#: The made-up setting of the agenda wording tests (rounds 8 and 9): the Rostocker Feldtag 2024.
FELDTAG_EVENT = "Der Rostocker Feldtag 2024 fand am 7. März 2024 in Rostock statt. "
FELDTAG_EVENT_EN = "The Rostock Field Day 2024 took place on 7 March 2024 in Rostock. "
FELDTAG_DATELINE = "Rostock, 9. März 2024"


def feldtag_gazetteer() -> Gazetteer:
    """Rostock and Wismar (places) and France (a country)."""
    g = Gazetteer()
    g.add("place", ID + "region/de-rostock", ["Rostock"])
    g.add("place", ID + "region/de-wismar", ["Wismar"])
    g.add("country", ID + "region/FR", ["France", "Frankreich"])
    return g


def parse_feldtag(body: str, dateline: str = FELDTAG_DATELINE) -> Report:
    """``body`` under a head line and a dateline, parsed with :func:`feldtag_gazetteer`."""
    return parse_report("News\n\n" + dateline + "\n\n" + body + "\n", feldtag_gazetteer())


def people(r: Report) -> dict[str, tuple[str | None, str | None]]:
    return {
        i.data["name"]: (i.data["function"], i.data["affiliation"].name if i.data["affiliation"] else None)
        for i in r.of("person")
    }


def organisers(r: Report) -> list[str]:
    return [i.data["org"].name for i in r.of("organiser")]


def orgs(r: Report) -> list[str]:
    return [i.data["org"].name for i in r.of("organisation")]


def texts(r: Report, kind: str) -> list[str]:
    """The sure items of a kind (the review list and unsure items left out)."""
    return [i.data["text"] for i in r.of(kind) if not i.unsure]


def where(r: Report) -> tuple[str | None, str | None]:
    place, venue = r.one("place"), r.one("venue")
    return (place.data["name"] if place else None, venue.data["venue"] if venue else None)


def name(r: Report) -> str:
    assert r.event is not None
    return r.event.data["name"]


def date(r: Report) -> tuple[str, str | None] | None:
    d = r.one("event-date")
    return (d.data["start"], d.data["end"]) if d else None


def online(r: Report) -> bool | None:
    o = r.one("online")
    return o.data["online"] if o else None


def count(r: Report) -> tuple[int, str] | None:
    c = r.one("participants")
    return (c.data["count"], c.data["qualifier"]) if c else None
