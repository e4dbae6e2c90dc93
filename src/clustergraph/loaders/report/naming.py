# ruff: noqa: E501
"""Last resorts for the event's name, when neither a name with an event word nor a named
gathering is found (:mod:`~clustergraph.loaders.report.gathering`):

- a quoted name beside an event noun: 'the exchange „H2 an Bord“', 'das Format "Licht an"',
  '„Cyber Hygiene“ clinic', 'des Webinars „…“', in apposition in a dated sentence ('"Skills Gap
  Live", a one-hour online briefing'), never on a caption or a programme line — rule ``quoted-event``;
- a quoted title that opens a dated sentence about the event ("Unter dem Titel „…“ lud … am …
  ein", 'Under the banner "…", … gathered on …') — rule ``titled``;
- a headline's name repeated in a dated sentence with a verb of gathering — rule ``headline-repeated``;
- the headline, when the paragraph with the event's date calls it by a generic noun ("die
  Veranstaltung", "the event", "the fair") or a bare event word ("zum Stammtisch", "the
  Journey") — rule ``headline``; a quoted title beside an event noun in the head comes first
  ('Studienreise „Circular Finland 2023“', rule ``quoted-event``). The headline's part before a
  colon or a dash is the name ("Photonik trifft Medizin: Kliniken …").

Besides these last resorts, a quoted name beside an event noun in a dated sentence that names no
other event ('die Fachtagung „Optische Messtechnik 2023“') joins the candidates found by event
words (:func:`quoted_in_dated`), so that a next edition's name ("Die Fachtagung 2024 ist für …
angesetzt") does not win. A text without a dated sentence about an event (a job advert, a study)
still has no event.
"""

from __future__ import annotations

import re

from clustergraph.loaders.report.attendance import has_participant_count
from clustergraph.loaders.report.event import _ANNOUNCES, HELD
from clustergraph.loaders.report.eventwords import _EVENT_HEADS, _TITLE_LINKS, LABEL_WORD
from clustergraph.loaders.report.gathering import GATHERING
from clustergraph.loaders.report.model import Item
from clustergraph.loaders.report.name_edges import month_year, organisation_like
from clustergraph.loaders.textkit import DateMatch, Lines, sentence_at
from clustergraph.loaders.textkit.spans import SpanIndex

_NOUNS = (
    _EVENT_HEADS
    + r"|Veranstaltung|Event|Format|Reihe|Series|Programm|Besuch|Treffen|Veranstaltungsreihe|Edition|Ausgabe"
    + r"|Briefing|Auftaktsitzung|Livestream|Webcast|Online-Präsentation|Onlinepräsentation"
)
_QUOTED_AFTER = re.compile(
    rf"(?i:[\w-]{{0,30}}(?:{_NOUNS})(?:s|es|n|en)?)[ \t]{{1,2}}(?:(?:namens|called|titled|entitled|unter\s+dem\s+Titel|mit\s+dem\s+Titel)[ \t]{{1,2}})?"
    r"[„“\"‚'‘«»](?P<q>[A-ZÄÖÜ0-9][^„“”\"«»\n]{1,80}?)[“”\"‘'’»«]"
)
_QUOTED_BEFORE = re.compile(
    rf"[„“\"‚'‘«»](?P<q>[A-ZÄÖÜ0-9][^„“”\"«»\n]{{1,80}}?)[“”\"‘'’»«][ \t]{{1,2}}(?:[a-z][\w-]{{1,20}}[ \t])?(?i:[\w-]{{0,30}}(?:{_NOUNS}))(?![\w])"
)
#: A quoted name in apposition to an event noun: '"Skills Gap Live", a one-hour online briefing',
#: '„Fachkräfte im Fokus“, einem einstündigen Online-Briefing' (up to three modifiers, no "of").
_QUOTED_APPOSITION = re.compile(
    r"[„“\"‚'‘«»](?P<q>[A-ZÄÖÜ0-9][^„“”\"«»\n]{1,80}?)[“”\"‘'’»«],[ \t]{1,2}"
    r"(?:a|an|the|our|its|their|ein|eine|einem|einer|einen|der|die|das|dem|den|unser\w{0,2})[ \t]{1,2}"
    r"(?:(?!(?:of|for|to|by|der|des|für|von|zu|mit)\b)[a-zäöü0-9][\w-]{0,20}[ \t]{1,2}){0,3}"
    rf"(?i:[\w-]{{0,30}}(?:{_NOUNS}|Sitzung|Session|Livecast))(?![\w])"
)
_YEAR = re.compile(r"(?<![\w.])(?:19|20)[0-9]{2}(?![\w])")
#: A quoted name with a year after "zu"/"to" ("luden … zu „Photonik trifft Medizin 2023“ ein").
_QUOTED_YEAR = re.compile(
    r"\b(?:zu|zur|zum|to|for|at|bei\s+der|beim)[ \t]{1,2}[„“\"‚'‘«»](?P<q>[A-ZÄÖÜ0-9][^„“”\"«»\n]{1,80}?[ \t](?:19|20)[0-9]{2})[“”\"‘'’»«]"
)
#: What calls the event by a generic noun in a sentence with its date.
_GENERIC = re.compile(
    r"\b(?:(?:[Dd]ie|[Dd]iese|[Dd]er|[Dd]as|[Uu]nsere?|[Tt]he|[Tt]his|[Oo]ur)\s+(?:\w+\s+)?(?:Veranstaltung|Event|Konferenz|Tagung|Treffen|Messe"
    r"|Workshop|Austausch|Besuch|Reise|Versammlung|event|conference|meeting|fair|visit|trip|workshop|exchange"
    r"|assembly|clinic|session|gathering|reception|breakfast|Frühstück|Empfang|Format|format)\w{0,3})\b"
)
#: A bare event word ("zum Stammtisch", "the Journey"): generic only in a sentence that reports a gathering.
_GENERIC_HEAD = re.compile(
    rf"\b(?:[Zz]um|[Zz]ur|[Bb]eim|[Dd]em|[Dd]en|[Tt]he|[Tt]his|[Oo]ur)\s+(?:{_EVENT_HEADS})(?:s|es|n)?\b"
)
_LABEL = re.compile(
    r"^(?:news|kurzmeldungen?|kurz\s+notiert|meldungen?|pressemitteilung|press\s+release|member\s+news"
    r"|in\s+brief|aktuelles|nachrichten|mitgliedernews|mitteilung)\b",
    re.I,
)


#: A line that captions a picture or a list item of a programme: its quoted title is a part's.
_CAPTION = re.compile(
    r"[ \t]*(?:\[?(?:Photo|Foto|Bild|Picture|Image|Abb\.|Fig\.)\s*[0-9]*\]?[:.)]?\s|(?:Caption|Bildunterschrift|Bildnachweis)\s*:"
    r"|[0-9]{1,2}[:.][0-9]{2}\s*(?:Uhr|h|am|pm)?\s*[–—:-]?\s)",
    re.I,
)


def quoted_event(text: str, body: int) -> list[Item]:
    """A quoted name right before or after an event noun (rule ``quoted-event``)."""
    lines = Lines(text)
    for pattern in (_QUOTED_AFTER, _QUOTED_BEFORE, _QUOTED_YEAR, _QUOTED_APPOSITION):
        for m in pattern.finditer(text, body):
            value = m.group("q").strip().rstrip(",.;:")
            if len(value.split()) > 8 or value.endswith(("?", "!")):
                continue
            if pattern is _QUOTED_APPOSITION and not _dated_sentence(text, m.start(), m.end()):
                continue  # an apposition names the event only in a sentence with its date
            if _CAPTION.match(text, text.rfind("\n", 0, m.start()) + 1):
                continue  # '[Photo 5] Mini-workshop "Design your own sensor"': a caption, not the event
            start = m.start("q")
            return [Item("event-name", {"name": value, "iri": None, "candidates": ()},
                         lines.span(start, start + len(value)), "quoted-event")]  # fmt: skip
    return []


def _dated_sentence(text: str, start: int, end: int) -> bool:
    """Whether the sentence around ``text[start:end]`` (to the nearest full stop, at most 300
    characters either side, on its lines) gives a year."""
    left = text[max(0, start - 300) : start]
    cut = max(left.rfind(". "), left.rfind("\n\n"))
    right = re.search(r"[.!?](?:\s|$)|\n\n", text[end : end + 300])
    sentence = left[cut + 1 :] + text[start : end + (right.start() if right else 300)]
    return bool(_YEAR.search(sentence))


#: Nouns that name a part of an event (a talk, a session) or what frames it (a programme), not the event.
_PART_NOUN = re.compile(
    r"(?i:workshop|panel|session|pitch|vortrag|keynote|talk|podium\w*|breakout\w*|track|runde|programme?|programm)$"
)


def quoted_in_dated(
    text: str, body: int, bounds: list[int], dates: list[DateMatch], names: list[Item]
) -> list[Item]:
    """Quoted names beside an event noun ('die Fachtagung „Optische Messtechnik 2023“') in a
    sentence with a date that names no event otherwise (rule ``quoted-event``): the event a
    report tells of, when other names of the text are a next edition's ("Die Fachtagung 2024")."""
    named = SpanIndex([(n.span.start, n.span.end) for n in names])
    dated = [sentence_at(bounds, d.begin) for d in dates[:20] if d.begin >= body and not d.error]
    out: list[Item] = []
    lines = Lines(text)
    for s, e in dict.fromkeys(dated):
        if named.starting_in(s, e):
            continue
        m = _QUOTED_AFTER.search(text, s, e)
        if m is None:
            continue
        noun = re.match(r"\S+", text[m.start() :])
        value = m.group("q").strip().rstrip(",.;:")
        if (noun and _PART_NOUN.search(noun.group())) or len(value.split()) > 8 or value.endswith(("?", "!")):
            continue
        start = m.start("q")
        out.append(Item("event-name", {"name": value, "iri": None, "candidates": ()},
                        lines.span(start, start + len(value)), "quoted-event"))  # fmt: skip
    return out


#: A title that frames a whole sentence: „Unter dem Titel „…“ lud …“, 'Under the banner "…", … gathered'.
_TITLED = re.compile(
    r"(?:[Uu]nter\s+dem\s+(?:Titel|Motto|Leitthema|Leitmotiv)|[Uu]nder\s+the\s+(?:title|banner|motto|heading))"
    r"[ \t]{1,2}[„“\"‚'‘«»](?P<q>[A-ZÄÖÜ0-9][^„“”\"«»\n]{1,80}?)[“”\"‘'’»«]"
)
#: What a host or an event does in a sentence that reports it (talks "sprach", "presented" do not count).
_HELD = re.compile(
    r"\b(?:veranstaltete\w{0,2}|organisierte\w{0,2}|richtete\w{0,2}\s+(?:[^\n]{0,200}?\s)?aus|organi[sz]ed|held"
    r"|kamen|came|strömten|flocked|folgten\s+(?:[^\n]{0,80}?\s)?Einladung|accepted\s+(?:the|an|our)\s+invitation|drew|zog)\b"
)


def titled_event(text: str, body: int, bounds: list[int], dates: list[DateMatch]) -> list[Item]:
    """A quoted title that opens a sentence with the event's date and a verb of gathering or
    hosting ("Unter dem Titel „X“ lud der Verein am 8. März 2023 … ein"): rule ``titled``."""
    dated = SpanIndex([sentence_at(bounds, d.begin) for d in dates if d.begin >= body and not d.error])
    for m in _TITLED.finditer(text, body):
        s, e = sentence_at(bounds, m.start())
        if text[s : m.start()].strip(" \t\n–—-•*") or not dated.overlaps(s, e):
            continue  # the title must open the sentence, and the sentence give a date
        rest = text[m.end() : min(e, m.end() + 400)]
        value = m.group("q").strip().rstrip(",.;:")
        if (
            len(value.split()) > 8
            or value.endswith(("?", "!"))
            or not (GATHERING.search(rest) or _HELD.search(rest))
        ):
            continue
        start = m.start("q")
        return [Item("event-name", {"name": value, "iri": None, "candidates": ()},
                     Lines(text).span(start, start + len(value)), "titled")]  # fmt: skip
    return []


#: A body's name, not an event's ("Netzwerk Nordwest Energie", "Hochschule Regental"); "Cluster" is
#: in events' names too ("Cluster Excellence Talks").
_BODY_LIKE = re.compile(
    r"(?i:netzwerk|network|verein|verband|gmbh|university|universität|hochschule|institut|agentur|agency"
    r"|ministerium|ministry|association|centre|center)\b|\b(?:AG|SE|e\.\s?V\.|Ltd|Inc)\b"
)
_LEGAL_AFTER = re.compile(r"\s{1,2}(?:e\.\s?V\.|GmbH|AG|SE|Ltd|Inc|mbH|KG|plc|AS|AB|NV|BV|SAS|S\.A\.)(?!\w)")


def headline_repeated(
    text: str, body: int, bounds: list[int], dates: list[DateMatch], not_in: list[tuple[int, int]]
) -> list[Item]:
    """A headline's name that a dated sentence of the body repeats with a verb of gathering
    ("Rückblick: Cluster Excellence Talks" … "fanden die Cluster Excellence Talks in Berlin
    statt"): rule ``headline-repeated``. The headline's parts between a colon, a dash or a bar
    are tried one by one; labels ("Rückblick", "Newsletter") and organisations' names are none."""
    dated = SpanIndex([sentence_at(bounds, d.begin) for d in dates[:30] if d.begin >= body and not d.error])
    taken = SpanIndex(not_in)
    pos = 0
    for raw in text[: min(len(text), max(body, 0) + 400)].split("\n")[:10]:
        start, pos = pos, pos + len(raw) + 1
        line = raw.strip()
        if not line or line.endswith(".") or len(line) > 120:
            continue
        for part in re.split(r"\s+[–—|·-]\s+|:\s", line):
            part = part.strip("„“”\"'!?:,. ")
            if (
                not 2 <= len(part.split()) <= 8
                or not part[0].isupper()
                or LABEL_WORD.search(part)
                or _BODY_LIKE.search(part)
                or organisation_like(part)
                or month_year(part)
            ):
                continue
            at = text.find(part, start + len(raw))
            for _ in range(5):
                if at < 0:
                    break
                s, e = sentence_at(bounds, at)
                e = (
                    sentence_at(bounds, min(len(text) - 1, e + 1))[1] if e - at < 80 else e
                )  # "Vol. 3" ends no sentence
                if (
                    not taken.overlaps(at, at + len(part))
                    and not _LEGAL_AFTER.match(text, at + len(part))
                    and dated.overlaps(s, e)
                    and GATHERING.search(text, max(s, at - 400), min(e, at + 400))
                ):
                    return [Item("event-name", {"name": part, "iri": None, "candidates": ()},
                                 Lines(text).span(at, at + len(part)), "headline-repeated")]  # fmt: skip
                at = text.find(part, at + 1)
    return []


def _paragraph(text: str, at: int) -> tuple[int, int]:
    """The paragraph (between blank lines) holding ``at``, at most 600 characters each side."""
    start = text.rfind("\n\n", max(0, at - 600), at)
    end = text.find("\n\n", at, at + 600)
    return (max(0, at - 600) if start < 0 else start), (min(len(text), at + 600) if end < 0 else end)


def _generic_head(text: str, bounds: list[int], d: DateMatch) -> bool:
    """Whether the sentence with date ``d`` reports a gathering and its paragraph calls it by a bare
    event word ("Am 4. Mai kamen 30 Gäste zum Stammtisch zusammen"); a future one ("verabschiedet
    wird sie beim Sommerfest am 30. Juni") does not count."""
    s, e = sentence_at(bounds, d.begin)
    return bool(GATHERING.search(text, s, e) and _GENERIC_HEAD.search(text, *_paragraph(text, d.begin)))


def headline_event(
    text: str, body: int, bounds: list[int], dates: list[DateMatch], dateline: int
) -> list[Item]:
    """The headline as the event's name when a dated sentence calls the event by a generic noun
    (rule ``headline``); empty otherwise."""
    dated = [d for d in dates if d.begin >= dateline and not d.error]
    if not any(
        _GENERIC.search(text, *_paragraph(text, d.begin)) or _generic_head(text, bounds, d)
        for d in dated[:10]
    ):
        return []
    return _headline(text, body, dates, "headline")


#: What reports a gathering held, besides the gathering verbs: a count of people, opened doors, a kick-off.
_HELD_MORE = re.compile(
    r"\b(?:opened\s+(?:its|their|the|our)\s+doors|öffnete\w{0,2}\s+(?:[^\n]{0,60}?\s)?(?:Türen|Tore)|kicked\s+off"
    r"|(?:brought|led|drew|attracted|brachte\w{0,2}|führte\w{0,2}|lockte\w{0,2}|zog)\s+(?:[^\n]{0,40}?\s)?(?:some\s+|about\s+|over\s+|rund\s+|über\s+|mehr\s+als\s+)?[0-9]{1,4}\s)",
    re.I,
)


def headline_of_gathering(text: str, body: int, bounds: list[int], dates: list[DateMatch]) -> list[Item]:
    """The headline as the event's name when a dated sentence of the body reports a gathering
    held (a gathering verb, a count of people, "opened its doors") but names no event: rule
    ``headline-gathering``, the last resort, so that a report of a held event is never refused."""
    for d in [d for d in dates if d.begin >= body and not d.error][:10]:
        s, e = sentence_at(bounds, d.begin)
        if _LATER.search(text, s, e) or _ANNOUNCES.search(text, s, e):
            continue  # "applications close on 31 July", "will take place on"
        if (
            GATHERING.search(text, s, e)
            or _HELD_MORE.search(text, s, e)
            or (has_participant_count(text, s, e) and HELD.search(text, s, e))
        ):
            found = _headline(text, body, dates, "headline-gathering")
            name = found[0].data["name"] if found else ""
            if organisation_like(name) or month_year(name):
                return []  # "Baltic ICT Cluster – Member news": an organisation's news, "July 2026"
            if found and (_HEAD_WORD.search(name) or text.find(name, found[0].span.end) >= 0):
                return found  # an event word in it ("Ocean Makers Day") or the body repeats it
            return []
    return []


_HEAD_WORD = re.compile(rf"(?i:{_EVENT_HEADS})(?:s|es)?(?![\w])")
#: Wording of a deadline or an announcement: no gathering held.
_LATER = re.compile(
    r"\b(?:close[sd]?|deadline|Frist|bis\s+zum|until|apply|bewerben|Bewerbung|hiring|sucht|scheduled)\b", re.I
)
#: A label before a colon that opens a headline: "Rückblick: Ocean Makers Day", "Recap: …".
_LABEL_COLON = re.compile(
    r"^(?:Rückblick|Nachbericht|Recap|Review|Looking\s+back|Nachlese|Impressionen)\s*:\s+", re.I
)


def _headline(text: str, body: int, dates: list[DateMatch], rule: str) -> list[Item]:
    """The headline's name (its part before a colon or a dash) as the event's name, rule ``rule``."""
    taken = SpanIndex([(d.begin, d.stop) for d in dates])
    pos = 0
    for raw in text[: min(len(text), max(body, 0) + 400)].split("\n"):
        start, pos = pos, pos + len(raw) + 1
        line = raw.strip()
        label = _LABEL_COLON.match(line)
        if label:
            line = line[label.end() :]
        if not line or taken.overlaps(start, start + len(raw)) or _LABEL.match(line):
            continue
        if LABEL_WORD.search(line) and (re.search(r"\s[|·]\s", line) or len(line.split()) <= 4):
            continue  # "go-test Newsletter | Issue 2/2022", "Rückblick | Netzwerk Nordwest"
        if line.endswith((".", ":")) or len(line) > 120 or not 1 <= len(line.split()) <= 12:
            return []  # the first text line is a sentence: no headline
        head = re.split(r"\s+[–—-]\s+|:\s|\s[|·]\s|\s[„“\"«‚‘](?=[a-zäöü])", line, maxsplit=1)[0].strip(
            "„“”\"' "
        )
        if len(head.split()) < 2 and not re.fullmatch(rf"[\w-]{{0,30}}(?i:{_EVENT_HEADS})", head):
            return []  # one word names an event only when it is an event word ("Stammtisch")
        at = text.index(head, start)
        return [Item("event-name", {"name": head, "iri": None, "candidates": ()},
                     Lines(text).span(at, at + len(head)), rule)]  # fmt: skip
    return []


def quoted_title_of(text: str, name: Item) -> Item:
    """The quoted title beside a bare event word taken as the name ("Studienreise" in a text
    headed 'Studienreise „Circular Finland 2023“'): the title names the event; else ``name``."""
    word = name.data["name"]
    if len(word.split()) != 1 or name.data.get("iri"):
        return name
    w = re.escape(word)
    after = re.compile(
        rf"(?<![\w-]){w}[ \t]{{1,2}}[„“\"‚'‘«»](?P<q>[A-ZÄÖÜ0-9][^„“”\"«»\n]{{1,80}}?)[“”\"‘'’»«]"
    )
    before = re.compile(
        rf"[„“\"‚'‘«»](?P<q>[A-ZÄÖÜ0-9][^„“”\"«»\n]{{1,80}}?)[“”\"‘'’»«][ \t]{{1,2}}{w}(?![\w-])"
    )
    for pattern in (after, before):
        m = pattern.search(text)
        if m is None:
            continue
        value = m.group("q").strip().rstrip(",.;:")
        if (
            len(value.split()) > 8
            or value.endswith(("?", "!"))
            or any(v[:1].islower() and v.casefold() not in _TITLE_LINKS for v in value.split())
        ):
            continue  # a quoted statement ('Studienreise „war ein voller Erfolg“'), not a title
        start = m.start("q")
        return Item("event-name", {**name.data, "name": value},
                    Lines(text).span(start, start + len(value)), "quoted-event")  # fmt: skip
    return name
