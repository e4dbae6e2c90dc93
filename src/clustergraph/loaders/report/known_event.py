"""The graph's own event, when the report tells of it without its name.

Programmes and clusters often write of their events with a common noun: "almost 70 cluster
managers took part in the virtual cluster meeting of the programme" names no event, but the
graph may hold the event of that day (added from another source). Two rules, both rule
``graph-event-on-day``:

- :func:`event_on_day`: no event name was found, and a sentence (not the dateline) gives a day
  and calls the event by an event noun ("the virtual cluster meeting", "das Netzwerktreffen");
  the graph holds exactly one event that starts on that day → the report is about that event;
- :func:`same_day_event`: a name was found that is not the graph's; the graph holds exactly one
  event on the report's event day, and the text names that event's programme or shares a
  distinctive word with its name → the found name is that event.

Two or more graph events on the day are not guessed between. Each take is said in a warning.

>>> from clustergraph.loaders.textkit import Gazetteer, find_dates, sentence_bounds
>>> g = Gazetteer()
>>> g.add("event", "https://example.org/e1", ["Herbsttreffen der Testcluster"])
>>> g.events_on["2021-10-05"].add("https://example.org/e1")
>>> text = "Am 5. Oktober 2021 kamen 40 Gäste zum digitalen Netzwerktreffen des Programms."
>>> found = event_on_day(text, 0, sentence_bounds(text), find_dates(text), g)
>>> [(i.data["name"], i.data["iri"], i.rule) for i in found]
[('digitalen Netzwerktreffen', 'https://example.org/e1', 'graph-event-on-day')]
"""

from __future__ import annotations

import re

from clustergraph.loaders.report.model import Item
from clustergraph.loaders.textkit import DateMatch, Gazetteer, Lines, Mention, sentence_at
from clustergraph.loaders.textkit.gazetteer import tokens

#: A common noun for an event, with up to two words before it ("virtual cluster meeting").
_NOUN = re.compile(
    r"(?<![\w-])(?P<np>(?:(?!(?:the|a|an|of|in|at|on|to|for|and|der|die|das|des|dem|den|ein|eine|einer|zum|zur"
    r"|im|am|beim|vom|und|our|its|their|unser\w*|ihr\w*|sein\w*)\s)[^\W\d_][\w-]{1,30}\s{1,2}){0,2}"
    r"[^\W\d_]{0,30}?(?i:meeting|treffen|conference|konferenz|tagung|workshop|summit|congress|kongress"
    r"|symposium|webinar|forum|assembly|versammlung|veranstaltung|event|exchange|austausch"
    r"|gathering|get-together|kick-off|kickoff|roundtable|networking\s+day|netzwerktag|clustertag|cluster\s+day))"
    r"(?![\w-])"
)
#: Words too common to tie a name to a graph event.
_GENERIC = {
    "virtual", "virtuell", "virtuelle", "online", "digital", "digitale", "annual", "meeting", "treffen",
    "cluster", "clustertreffen", "conference", "konferenz", "event", "veranstaltung", "programme",
    "program", "programm", "programms", "tagung", "forum", "netzwerk", "network", "successful",
    "erfolgreich", "erfolgreiche", "first", "erste", "ersten",
}  # fmt: skip


def _only_event(gazetteer: Gazetteer, day: str | None) -> str | None:
    """The graph's one event starting on ``day``; None for none or several."""
    found = gazetteer.events_on.get(day or "", set())
    return next(iter(found)) if len(found) == 1 else None


def event_on_day(
    text: str, body: int, bounds: list[int], dates: list[DateMatch], gazetteer: Gazetteer
) -> list[Item]:
    """The graph's event of a day told of by a common noun in the sentence with that day."""
    lines = Lines(text)
    searched: set[int] = set()  # each sentence once: linear in the text's length
    for d in dates:
        if d.begin < body or d.error or d.start is None:
            continue
        event = _only_event(gazetteer, d.start)
        if event is None:
            continue
        s, e = sentence_at(bounds, d.begin)
        if s in searched:
            continue
        searched.add(s)
        m = _NOUN.search(text, s, e)
        if m is None:
            continue
        a, b = m.span("np")
        return [Item("event-name", {"name": text[a:b], "iri": event, "candidates": ()},
                     lines.span(a, b), "graph-event-on-day")]  # fmt: skip
    return []


def _words(name: str) -> set[str]:
    return {t for t, _s, _e in tokens(name) if len(t) >= 4 and t not in _GENERIC and not t.isdigit()}


def same_day_event(name: Item, day: str | None, gazetteer: Gazetteer, mentions: list[Mention]) -> Item | None:
    """``name`` as the graph's one event on ``day`` when the text names its programme or the
    two names share a distinctive word; None otherwise (or when ``name`` is the graph's already)."""
    if name.data["iri"] or name.data["candidates"]:
        return None
    event = _only_event(gazetteer, day)
    if event is None:
        return None
    programmes = gazetteer.event_programmes.get(event, set())
    named = any(m.kind == "programme" and m.iri in programmes for m in mentions)
    shared = _words(name.data["name"]) & _words(gazetteer.labels.get(event, ""))
    if not (named or shared):
        return None
    return Item("event-name", {**name.data, "iri": event}, name.span, "graph-event-on-day")


def why(item: Item, day: str | None, gazetteer: Gazetteer) -> str:
    """The warning that says which graph event a report's wording was taken to be."""
    label = gazetteer.labels.get(item.data["iri"], item.data["iri"])
    return (
        f"the event {item.data['name']!r} is taken to be the graph's {label!r}: "
        f"the only event of the graph on {day}"
    )
