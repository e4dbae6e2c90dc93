# ruff: noqa: E501
"""Last resorts for the event's name, when neither a name with an event word nor a named
gathering is found (:mod:`~clustergraph.loaders.report.gathering`):

- a quoted name beside an event noun: 'the exchange „H2 an Bord“', 'das Format "Licht an"',
  '„Cyber Hygiene“ clinic' — rule ``quoted-event``;
- the headline, when the paragraph with the event's date calls it by a generic noun ("die
  Veranstaltung", "the event", "the fair") — rule ``headline``. The headline's part before a
  colon or a dash is the name ("Photonik trifft Medizin: Kliniken …").

A text without a dated sentence about an event (a job advert, a study) still has no event.
"""

from __future__ import annotations

import re

from clustergraph.loaders.report.event import _EVENT_HEADS
from clustergraph.loaders.report.model import Item
from clustergraph.loaders.textkit import DateMatch, Lines
from clustergraph.loaders.textkit.spans import SpanIndex

_NOUNS = (
    _EVENT_HEADS
    + r"|Veranstaltung|Event|Format|Reihe|Series|Programm|Besuch|Treffen|Veranstaltungsreihe|Edition|Ausgabe"
)
_QUOTED_AFTER = re.compile(
    rf"(?i:[\w-]{{0,30}}(?:{_NOUNS}))[ \t]{{1,2}}(?:(?:namens|called|titled|entitled|unter\s+dem\s+Titel|mit\s+dem\s+Titel)[ \t]{{1,2}})?"
    r"[„“\"‚'‘«](?P<q>[A-ZÄÖÜ0-9][^„“”\"«»\n]{1,80}?)[“”\"‘'’»]"
)
_QUOTED_BEFORE = re.compile(
    rf"[„“\"‚'‘«](?P<q>[A-ZÄÖÜ0-9][^„“”\"«»\n]{{1,80}}?)[“”\"‘'’»][ \t]{{1,2}}(?i:[\w-]{{0,30}}(?:{_NOUNS}))(?![\w])"
)
#: A quoted name with a year after "zu"/"to" ("luden … zu „Photonik trifft Medizin 2023“ ein").
_QUOTED_YEAR = re.compile(
    r"\b(?:zu|zur|zum|to|for|at|bei\s+der|beim)[ \t]{1,2}[„“\"‚'‘«](?P<q>[A-ZÄÖÜ0-9][^„“”\"«»\n]{1,80}?[ \t](?:19|20)[0-9]{2})[“”\"‘'’»]"
)
#: What calls the event by a generic noun in a sentence with its date.
_GENERIC = re.compile(
    r"\b(?:(?:[Dd]ie|[Dd]iese|[Dd]er|[Dd]as|[Uu]nsere?|[Tt]he|[Tt]his|[Oo]ur)\s+(?:\w+\s+)?(?:Veranstaltung|Event|Konferenz|Tagung|Treffen|Messe"
    r"|Workshop|Austausch|Besuch|Reise|Versammlung|event|conference|meeting|fair|visit|trip|workshop|exchange"
    r"|assembly|clinic|session|gathering|reception|breakfast|Frühstück|Empfang|Format|format)\w{0,3})\b"
)
_LABEL = re.compile(
    r"^(?:news|kurzmeldungen?|kurz\s+notiert|meldungen?|pressemitteilung|press\s+release|member\s+news"
    r"|in\s+brief|aktuelles|nachrichten|mitgliedernews|mitteilung)\b",
    re.I,
)


def quoted_event(text: str, body: int) -> list[Item]:
    """A quoted name right before or after an event noun (rule ``quoted-event``)."""
    lines = Lines(text)
    for pattern in (_QUOTED_AFTER, _QUOTED_BEFORE, _QUOTED_YEAR):
        for m in pattern.finditer(text, body):
            value = m.group("q").strip().rstrip(",.;:")
            if len(value.split()) > 8 or value.endswith(("?", "!")):
                continue
            start = m.start("q")
            return [Item("event-name", {"name": value, "iri": None, "candidates": ()},
                         lines.span(start, start + len(value)), "quoted-event")]  # fmt: skip
    return []


def _paragraph(text: str, at: int) -> tuple[int, int]:
    """The paragraph (between blank lines) holding ``at``, at most 600 characters each side."""
    start = text.rfind("\n\n", max(0, at - 600), at)
    end = text.find("\n\n", at, at + 600)
    return (max(0, at - 600) if start < 0 else start), (min(len(text), at + 600) if end < 0 else end)


def headline_event(text: str, body: int, bounds: list[int], dates: list[DateMatch], dateline: int) -> list[Item]:
    """The headline as the event's name when a dated sentence calls the event by a generic noun
    (rule ``headline``); empty otherwise."""
    dated = [d for d in dates if d.begin >= dateline and not d.error]
    if not any(_GENERIC.search(text, *_paragraph(text, d.begin)) for d in dated[:10]):
        return []
    taken = SpanIndex([(d.begin, d.stop) for d in dates])
    pos = 0
    for raw in text[: min(len(text), max(body, 0) + 400)].split("\n"):
        start, pos = pos, pos + len(raw) + 1
        line = raw.strip()
        if not line or taken.overlaps(start, start + len(raw)) or _LABEL.match(line):
            continue
        if line.endswith((".", ":")) or len(line) > 120 or not 2 <= len(line.split()) <= 12:
            return []  # the first text line is a sentence: no headline
        head = re.split(r"\s+[–—-]\s+|:\s|\s[|·]\s", line, maxsplit=1)[0].strip("„“”\"' ")
        if len(head.split()) < 2:
            return []
        at = text.index(head, start)
        return [Item("event-name", {"name": head, "iri": None, "candidates": ()},
                     Lines(text).span(at, at + len(head)), "headline")]  # fmt: skip
    return []
