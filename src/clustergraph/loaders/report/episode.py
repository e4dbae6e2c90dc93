# ruff: noqa: E501
"""An episode of a series: the marker after an event's name ("Wasserstoff-Stammtisch #4", "Fjord
Webinar Vol. 3", "Sprechstunde Ausgabe 7") belongs to the name (:func:`with_episode`), and a
title-case name with such a marker in a dated sentence that reports it held ("Die Fjord Sessions
#2 fanden am 4. Mai 2023 statt", "Cell to Pack Live #4 aired on Tuesday, Feb. 27") is the event's
name when no other rule finds one — rule ``series-episode`` (:func:`series_episode`).
"""

from __future__ import annotations

import re

from clustergraph.loaders.report.gathering import GATHERING
from clustergraph.loaders.report.model import Item
from clustergraph.loaders.textkit import DateMatch, Lines, sentence_at
from clustergraph.loaders.textkit.spans import SpanIndex

#: An episode's marker: "#4", "# 4", "Vol. 3", "No. 5", "Nr. 5", "Episode 5", "Folge 3", "Ausgabe 7", "Part 2".
_MARKER = r"(?:#[ \t]?[0-9]{1,3}|(?:Vol\.|No\.|Nr\.|Episode|Ep\.|Folge|Ausgabe|Edition|Part|Teil)[ \t]?[0-9]{1,3})(?![\w.,]?[0-9])(?![\w-])"
_EPISODE_AFTER = re.compile(r"[ \t]{1,2}" + _MARKER)
#: A name that a pattern cut inside its marker: "Fjord Talks Vol" (before ". 3").
_MARKER_WORD_END = re.compile(r"[ \t]((?:Vol|No|Nr|Ep|Episode|Folge|Ausgabe|Edition|Part|Teil))$")
_TITLE_WORD = r"(?:[A-ZÄÖÜ][\w&+'’-]{0,30}+|[0-9]{1,2}(?:\.0)?)"
_SMALL = r"(?:to|for|of|the|and|meets|on|in|x|&|und|trifft|im|am|der|die|das|für|zu|mit)"
#: Title-case words (a small word between two of them) and an episode's marker.
_SERIES = re.compile(
    rf"(?<![\w#-]){_TITLE_WORD}(?:[ \t]{{1,2}}(?:{_SMALL}[ \t]{{1,2}})?{_TITLE_WORD}){{0,5}}[ \t]{{1,2}}{_MARKER}"
)
#: A publication's or a body's name before a marker, never an event's: "Newsletter Ausgabe 3",
#: "Annual Report No. 5", "Podcast Episode 12", "Halle 7".
_NOT_SERIES = re.compile(
    r"\b(?:Newsletter|Magazin\w*|Magazine|Heft|Journal|Report|Bericht|Jahresbericht|Podcast|Issue|Bulletin|Blog"
    r"|Halle|Hall|Stand|Booth|Raum|Room|Gebäude|Building|Paragraph|Artikel|Article|Kapitel|Chapter|Seite|Page"
    r"|Folie|Slide|Abbildung|Figure|Tabelle|Table|Version|Release|Update|Los|Lot|Preis|Prize|Platz|Place|Team|Gruppe|Group)\b",
    re.I,
)
_LEADING = {
    "the",
    "die",
    "der",
    "das",
    "den",
    "dem",
    "our",
    "unsere",
    "unser",
    "this",
    "diese",
    "dieser",
    "recap",
    "rückblick",
}
#: What reports an episode held, beside the gathering verbs: it ran, it was moderated.
_RAN = re.compile(
    r"\b(?:ran|lief(?:en)?|fanden?|(?:was|were|wurden?)\s+(?:moderated|moderiert|eröffnet|opened)|moderierte\w?|moderated|drew|zog(?:en)?)\b",
    re.I,
)


def with_episode(text: str, name: Item) -> Item:
    """``name`` with the episode's marker right after it ("Wasserstoff-Stammtisch #4"); else
    ``name`` itself."""
    base, end = name.data["name"], name.span.end
    cut = _MARKER_WORD_END.search(base)
    if cut and _EPISODE_AFTER.match(text, end - len(cut.group())):
        base, end = base[: cut.start()], end - len(cut.group())  # "Fjord Talks Vol" + ". 3"
    m = _EPISODE_AFTER.match(text, end)
    if m is None:
        return name
    value = base + " " + m.group().strip()
    return Item(
        "event-name", {**name.data, "name": value}, Lines(text).span(name.span.start, m.end()), name.rule
    )


def series_episode(
    text: str, body: int, bounds: list[int], dates: list[DateMatch], not_in: list[tuple[int, int]]
) -> list[Item]:
    """A series' name with its episode in a sentence of the body that has a date (or is followed
    by one in the next sentence) and reports the episode held (rule ``series-episode``)."""
    dated = SpanIndex([sentence_at(bounds, d.begin) for d in dates[:30] if d.begin >= body and not d.error])
    taken = SpanIndex(not_in)
    for m in _SERIES.finditer(text, body):
        start, value = m.start(), m.group()
        words = value.split()
        while len(words) > 2 and words[0].casefold() in _LEADING:
            start = text.index(words[1], start + len(words[0]))
            words = words[1:]
        value = " ".join(words)
        if len(words) < 2 or _NOT_SERIES.search(value) or taken.overlaps(start, m.end()):
            continue
        s, e = sentence_at(bounds, start)
        e = (
            sentence_at(bounds, min(len(text) - 1, e + 1))[1] if e - m.end() < 40 else e
        )  # "Vol. 3" ends no sentence
        if not dated.overlaps(s, e) or not (GATHERING.search(text, s, e) or _RAN.search(text, s, e)):
            continue
        return [Item("event-name", {"name": value, "iri": None, "candidates": ()},
                     Lines(text).span(start, m.end()), "series-episode")]  # fmt: skip
    return []
