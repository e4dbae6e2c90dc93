"""Texts that mention their event only in passing: member news and personnel news ("Neue
Geschäftsführerin: …; Termin vormerken: Der Jahresempfang findet am … statt") are no event
reports. The event is in passing when the lead (the first paragraph of running text) tells of
posts, appointments or members and of no gathering held, names the event neither in the
headline nor in its first sentence, and no sentence that names the event reports it held ("fand
statt", "took place", "met"); within the lead, the naming sentence must look ahead ("will be
thanked at", "findet … statt").
"""

from __future__ import annotations

import re

from clustergraph.loaders.report.event import HELD
from clustergraph.loaders.report.model import Item
from clustergraph.loaders.textkit import sentence_at

#: A sentence's end at the end of a line: the paragraph is running text, not a headline.
_SENTENCE_END = re.compile(r"[.!?…“”\"»)]\s*$")


def lead_start(text: str, body: int) -> int:
    """Where the first paragraph of running text after ``body`` starts (headline lines, without
    a full stop at their end, come before it)."""
    pos = body
    while pos < len(text):
        end = text.find("\n\n", pos)
        end = len(text) if end < 0 else end
        block = text[pos:end].strip()
        if block and _SENTENCE_END.search(block) and len(block) > 80:
            return pos + len(text[pos:end]) - len(text[pos:end].lstrip())
        pos = end + 2
    return len(text)


def in_passing(text: str, body: int, bounds: list[int], named: list[Item]) -> Item | None:
    """The first naming of the event (``named``: its names in the text) when the text mentions
    it only in passing, else ``None``."""
    if not named:
        return None
    first = min(named, key=lambda n: n.span.start)
    lead = lead_start(text, body)
    if first.span.start < lead or first.span.start < sentence_at(bounds, lead)[1]:
        return None  # in the headline or the first sentence of the lead
    lead_end = _paragraph_end(text, lead)
    held = (h.group() for h in HELD.finditer(text, lead, lead_end))
    if not _PERSONNEL.search(text, lead, lead_end) or any(h.casefold() not in _NO_GATHERING for h in held):
        return None  # the lead tells of no posts or members, or of a gathering held
    later = first.span.start >= lead_end
    for n in named:
        s, e = sentence_at(bounds, n.span.start)
        if HELD.search(text, s, e) or not (later or _AHEAD.search(text, s, e)):
            return None  # reported held, or named in the lead without looking ahead
    return first


#: Posts, appointments and members: what member news and personnel news tell of.
_PERSONNEL = re.compile(
    r"\b(?:Geschäftsführ\w*|Vorstand\w*|Vorsitz\w*|Vorsitzende\w*|berufen|ernannt|übernimmt|übernommen|folgt\s+auf"
    r"|Nachfolge\w*|Ruhestand|verabschiede\w*|eingetreten|beigetreten|Neumitglied\w*|neue\w*\s+Mitglied\w*|Personalie\w*"
    r"|appoint\w*|elected|succeeds?|successor|retires?|retiring|retirement|steps?\s+down|stepped\s+down|managing\s+director"
    r"|chief\s+executive|CEO|chair(?:man|woman|person)?|new\s+members?|joined\s+the\s+(?:cluster|network|association|board)"
    r"|takes?\s+over|took\s+over|farewell)\b",
    re.I,
)
#: Verbs of reports that tell of elections, members and awards, not of a gathering.
_NO_GATHERING = {"elected", "wählte", "wählten", "joined", "erhielt", "erhielten", "gewann", "gewannen",
                 "awarded", "verlieh", "signed", "unterzeichneten"}  # fmt: skip
#: A sentence that looks ahead to the event: "she will be thanked at …", "findet … statt".
_AHEAD = re.compile(
    r"\b(?:will|shall|wird|werden|findet|finden|vormerken|save\s+the\s+date|planned|geplant|is\s+on|are\s+on)\b",
    re.I,
)


def _paragraph_end(text: str, at: int) -> int:
    """The end of the paragraph (up to a blank line) that starts at ``at``."""
    end = text.find("\n\n", at)
    return len(text) if end < 0 else end
