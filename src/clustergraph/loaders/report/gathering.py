# ruff: noqa: E501
"""An event named without an event word ("Forum", "Tag", "meeting" ...): a gathering.

A report tells of a gathering when a sentence of its body has a date and a gathering verb
("trafen sich", "kamen … zusammen", "fand … statt", "lud … ein", "gathered", "met", "took place",
"was attended by", "hosted", "invited") or a participant count ("rund 40 Gäste"). The event's name is
then, in this order (rule of each):

- a name in title case ending in a year that stands twice in the text, or once in a gathering
  sentence ("Lichtblicke 2024", "Harbour to Hydrogen 2024") — ``titled-year``;
- a title-case name right before a date that a headline names too ("Quantum Coffee on 7 March
  2024" under the headline "Quantum Coffee in Jena") — ``titled-date``;
- a quoted name in a headline or in a gathering sentence, not a talk's or a session's title
  („Sensorik trifft Handwerk“) — ``quoted-gathering``.

Without a gathering sentence there is no event (a job advertisement with dates is refused).
Apart from these, :func:`titled_subject` reads a title-case name after an article that is the
subject of a gathering verb in a dated sentence ("The Fjord Talks took place on …") — ``titled-subject``.
"""

from __future__ import annotations

import re
from collections import Counter

from clustergraph.loaders.report.attendance import has_participant_count
from clustergraph.loaders.report.eventwords import LABEL_WORD
from clustergraph.loaders.report.model import Item
from clustergraph.loaders.textkit import DateMatch, Lines, sentence_at
from clustergraph.loaders.textkit.dates import MONTHS
from clustergraph.loaders.textkit.people import NAME_WORD
from clustergraph.loaders.textkit.spans import SpanIndex, WordStarts

GATHERING = re.compile(
    r"\b(?:trafen\s+sich|treffen\s+sich|traf\s+sich|versammelten\s+sich|kamen\s+(?:[^\n]{0,200}?\s)?zusammen"
    r"|nahmen\s+(?:[^\n]{0,120}?\s)?teil|gathered|met|came\s+together|convened|(?:was|were)\s+attended"
    r"|took\s+part|welcomed\s+(?:some\s+|about\s+|over\s+|more\s+than\s+|nearly\s+)?\d+"
    r"|fand(?:en)?\s+(?:[^\n]{0,200}?\s)?statt|stattfand(?:en)?|took\s+place|(?:was|were)\s+held|held\s+(?:its|their|the|a|an|our)"
    r"|besuchten?|visited|reisten?|travell?ed|lud(?:en)?\s+(?:[^\n]{0,200}?\s)?ein|hatten?\s+(?:[^\n]{0,200}?\s)?eingeladen"
    r"|invited|hosted|welcomed|(?:ging|gingen)\s+(?:[^\n]{0,200}?\s)?über\s+die\s+Bühne|tüftelten|schalteten\s+sich\s+(?:[^\n]{0,40}?\s)?zu"
    r"|(?:was|were)\s+(?:streamed|broadcast|livestreamed)|aired|(?:joined|tuned\s+in)(?:\s+us)?(?:\s+live)?)\b",
    re.I,
)
_SMALL = r"(?:meets|trifft|to|for|of|on|&|x|and|und)"
_TITLE_WORD = rf"(?:{NAME_WORD}|[A-Z][A-Za-z0-9]{{1,20}}+)"
#: Title-case words, a small word between two of them, and a year at the end.
_TITLED_YEAR = re.compile(
    rf"{_TITLE_WORD}(?:[ \t]{{1,2}}+(?:{_SMALL}[ \t]{{1,2}}+)?{_TITLE_WORD}){{0,4}}[ \t]{{1,2}}+(?:19|20)[0-9]{{2}}"
)
_YEAR = re.compile(r"(?<![\w.-])(?:19|20)[0-9]{2}(?![\w-])")
_QUOTED = re.compile(r"[„“\"«»‚](?P<q>[A-ZÄÖÜ][^„“”\"«»\n]{2,80}+)[“”\"«»‘]")
_NOT_NAME = re.compile(
    r"\b(?:Vortrag\w*|Thema|Themen|Titel|Impuls\w*|Keynote\w*|talks?|speech|topics?|themes?|presentation"
    r"|lecture|sprach|spoke|Motto|motto|sessions?|breakout\w*|workshops?|panels?|tracks?|Foren|Fachforen"
    r"|Arbeitsgruppen?|Gesprächsrunden?|Projekt\w*|project\w*|Studie|study|Buch|book|Preis\w*|award\w*"
    r"|Kategorie|category)\b",
    re.I,
)
_LEAD = {
    "zu",
    "zum",
    "zur",
    "the",
    "at",
    "on",
    "for",
    "der",
    "die",
    "das",
    "beim",
    "bei",
    "von",
    "vom",
    "in",
    "im",
    "am",
    "to",
}
_MONTH_WORDS = {m.casefold() for m in MONTHS}


def gathering_names(
    text: str, body: int, bounds: list[int], dates: list[DateMatch], not_in: list[tuple[int, int]]
) -> list[Item]:
    """Names of an event told of as a gathering (see the module's doc); empty when no sentence
    of the body has both a date and a gathering verb."""
    date_index = SpanIndex([(d.begin, d.stop) for d in dates])
    sentences: list[tuple[int, int]] = []
    for m in GATHERING.finditer(text, body):
        s, e = sentence_at(bounds, m.start())
        if date_index.starting_in(s, e) or _date_in_head(text, body, dates):
            sentences.append((s, e))
    for d in dates if not sentences else ():
        s, e = sentence_at(bounds, d.begin)
        if d.begin >= body and has_participant_count(text, s, e):
            sentences.append((s, e))  # "Am 7. März 2024 diskutierten rund 40 Gäste …"
            break
    if not sentences:
        return []
    lines = Lines(text)
    taken = SpanIndex(not_in + [(d.begin, d.stop) for d in dates])
    in_gathering = SpanIndex(sentences)
    out: list[Item] = []
    found: list[list[tuple[str, int, int]]] = []
    words_at = WordStarts(text)
    seen: Counter[str] = Counter()
    for y in _YEAR.finditer(text):
        options = []
        for start in reversed(words_at.before(y.start(), 6)):
            m = _TITLED_YEAR.fullmatch(text, start, y.end())
            if m is None or text[start : start + 40].split(None, 1)[0].casefold() in _LEAD:
                continue
            name = " ".join(m.group().split())
            if (
                taken.overlaps(start, y.end())
                or LABEL_WORD.search(name)
                or any(w.casefold().strip(".,") in _MONTH_WORDS for w in name.split())
            ):
                continue
            options.append((name, start, y.end()))
            seen[name] += 1
        if options:
            found.append(options)
    for options in found:
        twice = [o for o in options if seen[o[0]] > 1]
        plain = [
            o for o in options if in_gathering.overlaps(o[1], o[2]) and not re.search(rf"\s{_SMALL}\s", o[0])
        ]
        best = (twice or plain or [None])[-1]
        if best is not None:
            name, start, end = best
            out.append(Item("event-name", {"name": name, "iri": None, "candidates": ()},
                            lines.span(start, end), "titled-year"))  # fmt: skip
    if out:
        return out
    out += _titled_before_date(text, body, dates, taken, lines)
    if out:
        return out[:1]
    for m in _QUOTED.finditer(text, body):
        start, end = m.start("q"), m.end("q")
        value = m.group("q").strip()
        if len(value.split()) > 8 or value[-1] in ".?!:" or taken.overlaps(start, end):
            continue
        s, _e = sentence_at(bounds, m.start())
        if _NOT_NAME.search(text[max(s, m.start() - 120) : m.start()]):
            continue
        line_start = text.rfind("\n", max(0, m.start() - 121), m.start())
        line_end = text.find("\n", m.end(), m.end() + 121)
        line = text[line_start + 1 : line_end] if line_start >= 0 and line_end >= 0 else ""
        headline = 0 < len(line) <= 120 and not line.rstrip().endswith((".", ":"))
        if headline or in_gathering.overlaps(start, end):
            out.append(Item("event-name", {"name": value, "iri": None, "candidates": ()},
                            lines.span(start, start + len(value)), "quoted-gathering"))  # fmt: skip
            break
    return out


_BEFORE_DATE = re.compile(
    rf"(?P<name>{_TITLE_WORD}(?:[ \t]{{1,2}}(?:{_SMALL}[ \t]{{1,2}})?{_TITLE_WORD}){{1,5}})[ \t]{{1,2}}(?:am|on|vom|from)[ \t]{{1,2}}$"
)
_ORG_LIKE = re.compile(
    r"(?i:cluster|netzwerk|network|verein|verband|gmbh|university|universität|hochschule|institut|agentur|agency"
    r"|ministerium|ministry|association|centre|center)\b|\b(?:AG|SE|e\.\s?V\.|Ltd|Inc)\b"
)


def _titled_before_date(
    text: str, body: int, dates: list[DateMatch], taken: SpanIndex, lines: Lines
) -> list[Item]:
    """A title-case name right before a date ("Quantum Coffee on 7 March 2024") that the
    report's head names as well, in a line of its own (a headline): rule ``titled-date``."""
    head_lines = [
        line
        for line in text[: min(len(text), body + 600)].split("\n")
        if 0 < len(line) <= 120 and not line.rstrip().endswith(".")
    ]
    for d in dates[:20]:
        if d.begin < body:
            continue
        m = _BEFORE_DATE.search(text, max(0, d.begin - 90), d.begin)
        if m is None:
            continue
        start, end = m.start("name"), m.end("name")
        words = m.group("name").split()
        while words and words[0].casefold() in _LEAD | {"der", "die", "das", "the"}:
            start = text.index(words[1], start + len(words[0])) if len(words) > 1 else end
            words = words[1:]
        name = " ".join(words)
        if len(words) < 2 or taken.overlaps(start, end) or _ORG_LIKE.search(name):
            continue
        if any(name in line for line in head_lines):
            return [
                Item(
                    "event-name",
                    {"name": name, "iri": None, "candidates": ()},
                    lines.span(start, end),
                    "titled-date",
                )
            ]
    return []


def _date_in_head(text: str, body: int, dates: list[DateMatch]) -> bool:
    """A date on a "Date:"/"Datum:"/"When:" line of the head (a programme-style report)."""
    for d in dates:
        if d.begin > body + 600:
            return False
        line_start = text.rfind("\n", 0, d.begin) + 1
        if re.match(r"\s*(?:Date|Datum|When|Wann|Termin)\s*:", text[line_start : d.begin]):
            return True
    return False


#: A title-case name after an article, as the subject of a verb of gathering: "The Fjord Talks
#: took place on …", "Die Kieler Hafenrunde fand am … statt", "Our Blue Breakfast drew 40 guests".
_SUBJECT = re.compile(
    rf"(?:^|(?<=[.!?:;]\s)|(?<=\n))(?:The|Die|Der|Das|Our|Unsere?|This\s+year's|Die\s+diesjährige|Der\s+diesjährige|Das\s+diesjährige)[ \t]{{1,2}}"
    rf"(?P<name>{_TITLE_WORD}(?:[ \t]{{1,2}}(?:{_SMALL}[ \t]{{1,2}})?{_TITLE_WORD}){{1,4}})[ \t]{{1,2}}"
    r"(?=(?:took\s+place|(?:was|were)\s+held|ran\b|fand(?:en)?\b|gingen?\b|met\b|convened|drew\b|attracted|welcomed|brought\s+together"
    r"|lockte\w?\b|zog\w{0,2}\b|versammelte\w?\b|lief(?:en)?\b|kicked\s+off|opened\b))"
)


def titled_subject(
    text: str, body: int, bounds: list[int], dates: list[DateMatch], not_in: list[tuple[int, int]]
) -> list[Item]:
    """A title-case name after an article that is the subject of a gathering verb in a dated
    sentence (rule ``titled-subject``): "The Fjord Talks took place on 4 May 2023"."""
    dated = SpanIndex([sentence_at(bounds, d.begin) for d in dates[:30] if d.begin >= body and not d.error])
    taken = SpanIndex(not_in + [(d.begin, d.stop) for d in dates])
    for m in _SUBJECT.finditer(text, body):
        start, end = m.start("name"), m.end("name")
        name = m.group("name")
        s, e = sentence_at(bounds, start)
        if (
            taken.overlaps(start, end)
            or _ORG_LIKE.search(name)
            or LABEL_WORD.search(name)
            or any(w.casefold().strip(".,") in _MONTH_WORDS for w in name.split())
            or not dated.overlaps(s, e)
        ):
            continue
        return [Item("event-name", {"name": name, "iri": None, "candidates": ()},
                     Lines(text).span(start, end), "titled-subject")]  # fmt: skip
    return []
