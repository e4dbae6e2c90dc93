"""What the report tests read from a parsed report: the shared accessors of
``tests/loaders/test_report_wordings*.py`` (each test file keeps its own gazetteer and texts)."""

from __future__ import annotations

from clustergraph.loaders.report.model import Report


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
