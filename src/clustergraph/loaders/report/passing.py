"""Texts that mention their event only in passing: member news and personnel news ("Neue
Geschäftsführerin: …; Termin vormerken: Der Jahresempfang findet am … statt") are no event
reports. The event is in passing when neither the headline nor the first paragraph of the body
names it and no sentence that names it reports it held ("fand statt", "took place", "met").
"""

from __future__ import annotations

import re

from clustergraph.loaders.report.event import HELD
from clustergraph.loaders.report.model import Item
from clustergraph.loaders.textkit import sentence_at

#: A sentence's end at the end of a line: the paragraph is running text, not a headline.
_SENTENCE_END = re.compile(r"[.!?…“”\"»)]\s*$")


def lead_end(text: str, body: int) -> int:
    """Where the first paragraph of running text after ``body`` ends: headline lines (no full
    stop at their end) and the paragraph after them count as the lead."""
    pos = body
    while pos < len(text):
        end = text.find("\n\n", pos)
        end = len(text) if end < 0 else end
        block = text[pos:end].strip()
        if block and _SENTENCE_END.search(block) and len(block) > 80:
            return end
        pos = end + 2
    return len(text)


def in_passing(text: str, body: int, bounds: list[int], named: list[Item]) -> Item | None:
    """The first naming of the event (``named``: its names in the text) when the text mentions
    it only in passing, else ``None``."""
    if not named:
        return None
    first = min(named, key=lambda n: n.span.start)
    if first.span.start < lead_end(text, body):
        return None
    for n in named:
        s, e = sentence_at(bounds, n.span.start)
        if HELD.search(text, s, e):
            return None
    return first
