# ruff: noqa: E501
"""The event of a report: its name, date or range, place and venue, online or not, organiser,
programme, participant count, partner regions, topics and sessions.

Each function takes the text and what was found before (mentions, sentences) and returns
:class:`~clustergraph.loaders.report.model.Item` values with their spans and rules.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

from clustergraph.loaders.report.model import Item
from clustergraph.loaders.textkit import (
    DateMatch,
    Lines,
    Mention,
    count_after,
    count_pattern,
    number,
    qualifier,
)
from clustergraph.loaders.textkit.people import NAME_WORD, REGION_WORD
from clustergraph.loaders.textkit.spans import SpanIndex, WordStarts, WordTrigger, anchored

_EVENT_HEADS = (
    r"Forum|Tag|Tage|Tagung|Jahrestagung|Day|Days|Konferenz|Conference|Kongress|Congress|Summit|Gipfel"
    r"|Workshop|Preisabend|Preisverleihung|Award|Awards|Mitgliederversammlung|Clustertreffen|Treffen"
    r"|Meeting|Symposium|Messe|Fair|Expo|Netzwerktreffen|Netzwerkabend|Jahresempfang|Festival"
    r"|Matchmaking|Roadshow|Hackathon|Week|Woche|Kolloquium|Colloquium|Stammtisch|Webinar|Dialog"
    r"|Gespräch|Empfang|Reception|Breakfast|Frühstück|Kick-off|Kickoff|Mission|Delegationsreise"
    r"|Sommerfest|Lunch|Dinner|Night|Abend|Camp|Exchange|School|Akademie|Academy|Kick-off|Kickoff"
    r"|Roundtable|Round\s+Table|Meetup|Meet-up|Barcamp|Bootcamp|Hearing|Salon|Get-together|Expedition"
    r"|Visit|Besuch|Delegation|Reise|Tour|Clinic|Werkstatt|Assembly|Versammlung|Austausch|Ausstellung"
    r"|Exhibition|Show|Gala|Festakt|Ceremony|Pitch|Retreat|Exkursion|Excursion|Convention|Plenum|Treff"
    r"|Café|Cafe|Coffee|Sprechstunde|Trade\s+Fair|Fachmesse|Leitmesse|Jahresversammlung|Konvent|Masterclass"
)
_EVENT_NAME = re.compile(
    rf"(?<![\w-])[„“\"‚‘«]?(?P<name>(?:(?:{NAME_WORD}|[A-Z][\w–-]{{0,30}}+|[0-9]{{1,2}}\.|[0-9]{{1,2}}(?:st|nd|rd|th))[ \t]{{1,2}}+){{0,4}}?"
    rf"[A-ZÄÖÜ]?[\w-]{{0,30}}?(?i:{_EVENT_HEADS})(?:[ \t]{{1,2}}+(?:{_EVENT_HEADS}))?"
    rf"(?:(?:[ \t]{{1,2}}+(?:{NAME_WORD}|[A-Z]{{2,6}})){{0,2}}?[ \t]{{1,2}}+(?:19|20)[0-9]{{2}}"
    rf"|(?P<tail>[ \t]{{1,2}}+{NAME_WORD}(?:[–/]{NAME_WORD}|[ \t]{{1,2}}+{NAME_WORD})?))?)(?![\w–-])"
)
_HEAD_WORD = WordTrigger(suffixes=tuple(h.lower() + e for h in _EVENT_HEADS.split("|") for e in ("", "s")))
_WEEKDAYS = re.compile(
    r"(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|Vortrag|Beitrag|Antrag|Auftrag|Monday"
    r"|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Today|Yesterday|Holiday|Birthday|Feiertag)$",
    re.I,
)
_STOP = {
    "der", "die", "das", "des", "dem", "den", "zum", "zur", "beim", "am", "im", "auf", "bei", "the",
    "at", "on", "of", "for", "in", "nach", "vom", "von", "ein", "eine", "a", "an", "this", "our",
    "unser", "unsere", "diese", "dieser", "dieses", "next", "nächste", "nächsten", "successful",
    "erfolgreiche", "erfolgreicher", "annual", "jährliche", "first", "erste", "ersten", "news",
    "meldung", "kurzmeldungen", "pressemitteilung", "its", "their", "seine", "ihre", "held", "hosted",
    "after", "before", "during", "vor", "während", "jahren", "jahre", "monaten", "wochen", "years",
}  # fmt: skip
_LATER = re.compile(
    r"\b(?:bis\s+zum|bis|until|deadline|Frist|nächste\w*|next|Bewerbung\w*|Anmeldung|Registration"
    r"|registr\w+|eingereicht|angesetzt|geplant|planned|opens|öffnet|apply|submit\w*|Einsendeschluss"
    r"|effect|Kraft|closes|due|ab\s+dem)\b",
    re.I,
)
_ONLINE = re.compile(
    r"\b(?:online|virtuell\w*|virtual\w*|hybrid\w*|livestream\w*|Videokonferenz\w*|video\s+rooms?"
    r"|webinar\w*|Web-?Seminar\w*|digital(?:e[nms]?)?\s+(?:Format\w*|Raum)|im\s+Netz|streamed|gestreamt"
    r"|(?:via|über|per|on|auf)\s+(?:Microsoft\s+|MS\s+)?(?:Teams|Zoom|Webex))\b",
    re.I,
)
_NEGATED = re.compile(r"\b(?:no|not|without|kein\w{0,2}|ohne|nicht)\s+(?!(?:only|just|nur|allein)\b)(?:\w+\s+)?$", re.I)
_ONSITE = re.compile(r"\b(?:vor\s+Ort|in\s+person|on[- ]site|Präsenz\w*)\b", re.I)
_PARTICIPANTS = count_pattern(
    r"Teilnehmende[n]?|Teilnehmer(?:innen)?(?:\s+und\s+Teilnehmer)?|Gäste[n]?|Besucher(?:innen)?"
    r"|Anwesende[n]?|anwesende[n]?\s+Mitglieder[n]?|participants|attendees|guests|visitors|delegates"
    r"|people|Personen|Menschen|representatives|\w{0,25}?Vertreter(?:innen)?(?:\s+und\s+-?[Vv]ertreter)?|Besucherinnen\s+und\s+Besucher|Studierende"
    r"|cluster\s+managers|Clustermanager(?:innen)?|Expert(?:inn)?en|experts|Fachleute|Fachbesucher(?:innen)?"
    r"|engineers|researchers|professionals|entrepreneurs|Unternehmer(?:innen)?|Akteure|Forschende"
    r"|Gründerinnen\s+und\s+Gründer|Teilnehmerinnen\s+und\s+Teilnehmer"
)
#: A count after the words that say it counts participants.
_PARTICIPANTS_AFTER = count_after(
    r"attended\s+by|besucht\s+von|(?:Zahl|number)\s+(?:der|of)\s+(?:Teilnehmenden|Teilnehmer\w*|Gäste|Besucher\w*"
    r"|participants|attendees|guests|visitors)\s+(?:lag|betrug|war|was|reached|stood)(?:\s+(?:bei|at))?"
    r"|Teilnehmerzahl\s+(?:lag\s+bei|betrug|von|:)|attendance\s+(?:was|reached|of|:)"
)
#: A delegation's size: "eine 16-köpfige Delegation", "a 16-member delegation", "a delegation of 16".
_DELEGATION = re.compile(
    r"(?<![\w.,])(?P<q>)(?P<n>[0-9]{1,4})-(?:köpfige\w*|member|strong|person)\s+(?:Delegation|delegation|Gruppe|group|Abordnung)\b"
    r"|\b(?:Delegation|delegation|Abordnung)\s+(?:of|von|aus|mit)\s+(?:(?P<q2>rund|etwa|about|some|over|mehr\s+als|more\s+than|knapp|almost)\s+)?"
    r"(?P<n2>[0-9]{1,4})\s+(?:Personen|Teilnehmenden|Teilnehmer\w*|people|participants|representatives|Vertreter\w*|members|Mitgliedern)\b"
)
#: Any group that joined: "Around 45 carpenters joined", "rund 30 Tischlerinnen nahmen teil"
#: (not members, companies or exhibitors).
_JOINED = count_pattern(
    r"(?!members|Mitglied|compan|firm|Unternehmen|Firmen|exhibitor|Aussteller|Betriebe|organi[sz]ations)"
    r"[^\W\d_][\w-]{2,30}+(?:\s{1,3}(?:from|aus|of|von)(?:\s{1,3}[\w-]{1,30}+){1,3}?)?\s{1,3}(?:joined(?!\s+the\s+(?:cluster|network|association))|took\s+part|participated"
    r"|attended|nahmen\s+(?:[^\W\d_]{2,30}\s+){0,3}?teil)"
)
#: In the sentence with the event's date, a qualified count of anyone ("diskutierten knapp 50 Reeder"),
#: not of members, firms, exhibitors, money, time or shares.
_NOT_PEOPLE = re.compile(
    r"\b(?:members|Mitglied\w*|compan\w*|firms?|Unternehmen|Firmen|exhibitors?|Aussteller\w*|Betriebe|organi[sz]ations"
    r"|Prozent|percent|Euro|EUR|Dollar|Jahre\w*|years?|Monate\w*|months?|Tage\w*|days?|Stunden|hours?|Minuten|minutes"
    r"|km|Kilometer\w*|Meter\w*|Länder\w*|countries|Staaten|Projekte\w*|projects?|Stände\w*|stands?|Vorträge\w*|talks?"
    r"|Sessions?|Workshops?|mehr|more|neue\w*|new|Produkte\w*|products?|Seiten|pages)\b",
    re.I,
)
_QUALIFIED_ANY = count_pattern(r"[^\W\d_][\w-]{2,30}+")
#: Companies that took part: "87 companies registered".
_COMPANIES = count_pattern(r"companies|firms|organisations|organizations|Unternehmen|Firmen|Betriebe")
_TOOK_PART = re.compile(
    r"\s{1,3}(?:registered|took\s+part|participated|attended|nahmen\s+teil|hatten\s+sich\s+angemeldet)\b"
)


def _region(group: str) -> str:
    """A country or region, "the" before it left out of the group: "Flanders", "the Nordic countries"."""
    return rf"(?:the\s+|die\s+)?(?P<{group}>{REGION_WORD}(?:\s+(?:{REGION_WORD}|countries|states|region))?)"


_PARTNER = (
    re.compile(rf"Partner(?:land|länder|region|regionen)\s+(?:\w+\s+){{0,4}}?(?:war|waren|ist|sind)\s+"
               rf"(?:(?:in\s+diesem\s+Jahr|dieses\s+Jahr|diesmal|erstmals)\s+)?(?P<a>{REGION_WORD}(?:\s+{REGION_WORD})?)"
               rf"(?:\s*(?:,|und)\s*(?P<b>{REGION_WORD}(?:\s+{REGION_WORD})?))?"),
    re.compile(rf"[Pp]artner\s+(?:country|countries|region|regions)\s+(?:\w+\s+){{0,4}}?(?:was|were|is|are)\s+"
               rf"(?:(?:this\s+year)\s+)?(?P<a>{REGION_WORD}(?:\s+{REGION_WORD})?)"
               rf"(?:\s*(?:,|and)\s*(?P<b>{REGION_WORD}(?:\s+{REGION_WORD})?))?"),
    re.compile(rf"[Pp]artner\s+(?:countries|regions)\s+(?:\w+\s+){{0,3}}?(?:include|included|were|are)\s+"
               rf"(?P<a>{REGION_WORD}(?:\s+{REGION_WORD})?),\s+(?P<b>{REGION_WORD}(?:\s+{REGION_WORD})?)"
               rf"(?:,|\s+and)\s+(?P<c>{REGION_WORD}(?:\s+{REGION_WORD})?)"),
    re.compile(rf"the\s+partner\s+(?:countries|regions)\s+(?P<a>{REGION_WORD}(?:\s+{REGION_WORD})?)"
               rf"\s+and\s+(?P<b>{REGION_WORD}(?:\s+{REGION_WORD})?)"),
    re.compile(rf"(?P<a>{REGION_WORD})\s+(?:war|ist)\s+(?:in\s+diesem\s+Jahr\s+)?(?:das\s+)?Partnerland"),
    re.compile(rf"(?P<a>{REGION_WORD})\s+(?:was|is)\s+(?:this\s+year's\s+|the\s+)partner\s+country"),
    # "mit Oberösterreich als Partnerregion", "with Styria as partner region"
    re.compile(rf"{_region('a')}\s+(?:als|as)\s+(?:the\s+|this\s+year's\s+)?[Pp]artner[ -]?(?:land|region|country)\b"),
    # "Flanders and the Nordic countries took part as partner regions"
    re.compile(rf"{_region('a')}(?:,\s+{_region('b')})?\s+(?:and|und)\s+{_region('c')}\s+(?:(?:took\s+part|joined|participated"
               rf"|were\s+present|were\s+represented|nahmen|waren)\s+(?:teil\s+)?)?(?:as|als)\s+(?:the\s+)?[Pp]artner[ -]?"
               rf"(?:regions|countries|regionen|länder)\b"),
    # "Partnerland Polen", "Partnerregion 2024: Steiermark"; "Partnerländer Polen und Frankreich"
    re.compile(rf"\bPartner(?:land|region)(?:[ \t]+(?:19|20)\d\d)?(?:[ \t]*:[ \t]*|[ \t]+)(?P<a>{REGION_WORD})(?![\w-])"),
    re.compile(rf"\bPartner(?:länder|regionen)(?:[ \t]+(?:19|20)\d\d)?(?:[ \t]*:[ \t]*|[ \t]+)(?P<a>{REGION_WORD})"
               rf"[ \t]*(?:,|und)[ \t]*(?P<b>{REGION_WORD})(?![\w-])"),
    # "this year's partner region Lesser Poland", "Partner country: Poland"
    re.compile(rf"\b[Pp]artner[ \t]+(?:country|region)(?:[ \t]+(?:19|20)\d\d)?(?:[ \t]*:[ \t]*|[ \t]+)"
               rf"(?P<a>{REGION_WORD}(?:[ \t]+{REGION_WORD})?)(?![\w-])"),
    # "the Nordic countries and the Baltic states, its two partner regions"
    re.compile(rf"{_region('a')}\s+(?:and|und)\s+{_region('b')},\s+(?:its|their|the|seine|ihre|die)\s+(?:two\s+|beiden\s+)?"
               rf"[Pp]artner[ -]?(?:regions|countries|regionen|länder)\b"),
)  # fmt: skip
_QUOTE = re.compile(r"[„“\"«»‚](?P<q>[^„“”\"«»\n]{3,200}+)[“”\"«»‘]")
_SESSION_CUE = re.compile(
    r"\b(?:sessions?|breakout\w*|workshops?|panels?|tracks?|Foren|Fachforen|Arbeitsgruppen?|Themenräume?n?"
    r"|Breakout-Sessions?|Sessions?|clinics?|Breakout-Räume\w*|Gesprächsrunden?|Podium\w*|Diskussionsrunden?|Pitch-Runden?"
    r"|\w*[Bb]riefings?|Sprechstunden?|Fachforen|Fachforum)\b",
    re.I,
)
_TOPIC_CUE = re.compile(
    r"\b(?:(?:[Tt]opics?|[Tt]hemes?|Themen?|Schwerpunkte?)\s+(?:of|der|des)\s+(?:the\s+|die\s+)?\w+|Schwerpunkt\w*|Vortrag\w*|Thema|Themen|Motto|Titel|Impuls\w*|Keynote\w*|talks?|spoke|speech|topics?|themes?"
    r"|presentation|lecture|motto|theme|Referat|sprach|referierte|spoke\s+on|Hauptvortrag)\b",
    re.I,
)
#: "Three breakout sessions addressed …: A, B and C." (unquoted titles after a colon)
#: Right before a talk's title: 'Dr. X (ORG) on "…"', 'Über „…“ sprach', 'stellte „…“ vor', 'opened with "…"'.
_TALK_BEFORE = re.compile(
    r"(?:(?:[)\w],?\s{1,2}on|^\s*Über|[.:;]\s{1,2}Über|\b(?:stellte|präsentierte|presented)|\b(?:opened|closed)\s+with)\s{1,2})$"
)
#: A speech verb after a quotation.
_SPOKEN = re.compile(r"\s{0,2},?\s{0,2}(?:said|says|sagte|sagt|erklärte|betonte|meinte|added|noted|stressed|so)\b")
#: Sessions whose subjects follow ("two workshops on the topics", "zwei Workshops die Themen").
_SESSIONS_ON = re.compile(
    r"\b(?:sessions|workshops|panels|tracks|Workshops|Foren|Sessions)\b[^.„“\"]{0,25}\b(?:Themen|topics|themes)\b[^.]{0,120}$"
)
_SESSION_LIST = re.compile(
    r"\b(?:[Bb]reakout[- ]?[Ss]essions?|[Ss]essions|[Ww]orkshops|[Pp]anels|[Tt]racks|Foren|Arbeitsgruppen)"
    r"[^.:\n]{0,120}:\s{1,3}(?P<list>[^.:\n]{5,300})(?=\.)"
)
_TALK_ON = re.compile(
    r"\b(?:a\s+talk|a\s+keynote|a\s+presentation|a\s+lecture)\s+on\s+(?P<q>[a-z][\w -]{3,80}?)(?=[.,;:]|\s+and\s+then\b|$)"
)


def _title_count(text: str, name: str, body: int) -> int:
    """How often ``name`` stands in the head of the text (its first 400 characters before the body)."""
    return text[max(0, body - 400) : body].count(name)


#: A verb right after a name: the name is the subject ("Die Zukunftswerkstatt Fachkräfte fand …").
_VERB_AFTER = re.compile(
    r"\s{1,2}(?:fand|findet|took|was|were|war|brachte|brought|drew|lockte|attracted|zog|bot|offered)\b"
)


def event_names(
    text: str, events: list[Mention], body: int, starts: WordStarts | None = None, loose: list[Item] | None = None
) -> list[Item]:
    """Candidate names of the event: the graph's events, then names with an event word. A single
    compound word without a year ("Zukunftswerkstatt", "Technologiefrühstück") goes to ``loose``
    (rule ``event-compound``): a name when nothing better is found."""
    lines = Lines(text)
    out = [Item("event-name", {"name": m.text, "iri": m.iri, "candidates": m.candidates},
                lines.span(m.start, m.end), "graph-event") for m in events]  # fmt: skip
    taken = SpanIndex([(m.start, m.end) for m in events])
    matches = anchored(_EVENT_NAME, _HEAD_WORD.finditer(text, body), text, starts or WordStarts(text), 4)
    seen = Counter(m.group("name") for m in matches)
    for m in matches:
        start, end = m.start("name"), m.end("name")
        if (
            m.group("tail")
            and "–" not in m.group("tail")  # "Delegationsreise Lyon–Jena": a route names the event
            and seen[m.group("name")] + _title_count(text, m.group("name"), body) < 2
            and not _VERB_AFTER.match(text, end)
        ):
            end = m.start("tail")
        words = text[start:end].split()
        if words and _WEEKDAYS.search(words[-1]):
            continue
        owner = next((k for k, w in enumerate(words[:-1]) if w.endswith(("'s", "’s"))), None)
        if owner is not None:  # "Saale Timber Cluster's Wood Day 2024": the owner is no part of the name
            start = text.index(words[owner + 1], start + len(" ".join(words[: owner + 1])))
            words = words[owner + 1 :]
        while words and words[0].casefold().strip(".") in _STOP:
            start = text.index(words[1], start + len(words[0])) if len(words) > 1 else end
            words = words[1:]
        if not words or not (words[0][0].isupper() or words[0][0].isdigit()) or taken.overlaps(start, end):
            continue
        if len(words) == 1 and not re.search(r"[a-zäöü-](?:" + _EVENT_HEADS.lower() + ")$", words[0]):
            continue  # "Forum", "Workshop" alone are no names, "Clustertreffen" with a year is
        if (
            len(words) == 1
            and not re.match(r"\s{1,2}(?:19|20)\d\d|\s+(?:des|der|of)\b", text[end : end + 6])
            and not re.search(r"(?:19|20)\d\d$", words[-1])
        ):
            if loose is not None and re.search(r"[a-zäöü](?:" + _EVENT_HEADS.lower() + ")$", words[0]):
                if m.group("tail") and end < m.end("name"):  # "Fachmesse Implantec": with its name
                    end = m.end("name")
                loose.append(Item("event-name", {"name": " ".join(text[start:end].split()), "iri": None,
                                                 "candidates": ()}, lines.span(start, end), "event-compound"))  # fmt: skip
            continue
        name = " ".join(words)
        if re.search(r"[„“”\"«»‘]|[’'](?=\s|$)", name):
            continue  # part of a quoted name ("the ‘Cyber Hygiene’ clinic"): read by naming.quoted_event
        out.append(Item("event-name", {"name": name, "iri": None, "candidates": ()},
                        lines.span(start, end), "event-word"))  # fmt: skip
    return out


def event_date(
    text: str, dates: list[DateMatch], bounds: list[int], names: list[Item], dateline: int
) -> DateMatch | None:
    """The event's date: a date in a sentence that names the event, else the first date of the
    body that is no deadline or later event."""
    from clustergraph.loaders.textkit import sentence_at

    candidates = []
    named_at = SpanIndex([(n.span.start, n.span.end) for n in names])
    for d in dates:
        if d.begin < dateline:
            continue
        s, e = sentence_at(bounds, d.begin)
        around = text[max(s, d.begin - 120) : min(e, d.stop + 120)]
        if _LATER.search(text[max(s, d.begin - 40) : d.begin]) or re.search(
            r"\b(?:nächste\w*|next|kommende\w*|upcoming)\b", around, re.I
        ):
            continue
        named = bool(named_at.starting_in(s, e))
        candidates.append((not named, d.begin, d))
        if named:
            break  # dates come in order: the first in a sentence naming the event wins
    return min(candidates)[2] if candidates else None


def online(text: str, sentence: tuple[int, int], body: int) -> tuple[bool | None, int, int, str]:
    """Online (or hybrid) if the text says so, else on site when a place is stated."""
    quoted = SpanIndex([(q.start(), q.end()) for q in _QUOTE.finditer(text, body)])
    for m in _ONLINE.finditer(text, body):
        if quoted.overlaps(m.start(), m.end()) or _NEGATED.search(text, max(0, m.start() - 16), m.start()):
            continue  # „Hybrid Bonding in der Fertigung“, "with no livestream"
        return True, m.start(), m.end(), "online-word"
    m = _ONSITE.search(text, body)
    if m:
        return False, m.start(), m.end(), "on-site-word"
    return None, sentence[0], sentence[1], "no-online-word"


def participants(text: str, body: int, sentence: tuple[int, int] | None = None) -> tuple[int, str, int, int] | None:
    """The first participant count of the body: number, qualifier and span ("rund 40 Gäste",
    "attended by over 120", "Die Zahl der Teilnehmenden lag bei knapp 70", "87 companies registered")."""
    found = []
    for pattern in (_PARTICIPANTS, _PARTICIPANTS_AFTER, _COMPANIES, _JOINED):
        m = pattern.search(text, body)
        while m and (re.match(r"\s*(?:Prozent|percent|%)", text[m.end("n") : m.end("n") + 9])
                     or (not m.group("q") and re.fullmatch(r"(?:19|20)\d\d", m.group("n")))
                     or (pattern is _COMPANIES and not _TOOK_PART.match(text, m.end()))):  # fmt: skip
            m = pattern.search(text, m.end())
        if m is not None:
            found.append(m)
    d = _DELEGATION.search(text, body)
    if not found and d is None and sentence is not None:
        m = _QUALIFIED_ANY.search(text, *sentence)
        while m is not None and (not m.group("q") or _NOT_PEOPLE.search(m.group(), m.end("n") - m.start())):
            m = _QUALIFIED_ANY.search(text, m.end(), sentence[1])
        if m is not None:
            return number(m.group("n")), qualifier(m.group("q")), m.start(), m.end()
    if not found and d is None:
        return None
    if d is not None and (not found or d.start() < min(m.start() for m in found)):
        n, q = (d.group("n"), None) if d.group("n") else (d.group("n2"), d.group("q2"))
        return number(n), qualifier(q), d.start(), d.end()
    m = min(found, key=lambda x: x.start())
    return number(m.group("n")), qualifier(m.group("q")), m.start(), m.end()


def has_participant_count(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` counts participants ("rund 40 Gäste", "attended by 120")."""
    return bool(_PARTICIPANTS.search(text, start, end) or _PARTICIPANTS_AFTER.search(text, start, end))


def partner_regions(text: str, body: int) -> Iterator[tuple[str, int, int, int, int]]:
    """Partner countries and regions: value, value span, and the span of the whole wording."""
    seen: set[int] = set()
    for pattern in _PARTNER:
        for m in pattern.finditer(text, body):
            for g in ("a", "b", "c"):
                if g in m.groupdict() and m.group(g) and m.start(g) not in seen:
                    seen.add(m.start(g))
                    yield m.group(g), m.start(g), m.end(g), m.start(), m.end()


def topics_and_sessions(text: str, bounds: list[int], body: int) -> Iterator[tuple[str, str, int, int, str]]:
    """Quoted titles after a talk or session word (the nearest cue before decides), and "a talk on …"."""
    from clustergraph.loaders.textkit import sentence_at

    for m in _QUOTE.finditer(text, body):
        s, _e = sentence_at(bounds, m.start())
        before = text[max(s, m.start() - 300) : m.start()]
        cues = [(c.end(), "session") for c in _SESSION_CUE.finditer(before)]
        cues += [(c.end(), "topic") for c in _TOPIC_CUE.finditer(before)]
        if _TALK_BEFORE.search(before) and not any(k == "session" and at >= len(before) - 12 for at, k in cues):
            cues.append((len(before), "topic"))  # 'X (ORG) on "…"', 'Über „…“ sprach'; not 'sessions on "…"'
        if not cues:
            continue
        kind = max(cues)[1]
        if _SPOKEN.match(text, m.end()) or m.group("q").rstrip().endswith(","):
            continue  # '"Photonics needs people," said …': a quotation, not a title
        if kind == "topic" and (_SESSION_CUE.search(m.group("q")) or _SESSIONS_ON.search(before)):
            kind = "session"  # „Länderbriefing Schweden“; "zwei Workshops die Themen „…“"
        value = m.group("q").strip().rstrip(",.;:")
        yield kind, value, m.start("q"), m.start("q") + len(value), f"quoted-{kind}"
    for m in _SESSION_LIST.finditer(text, body):
        if _QUOTE.search(m.group("list")):
            continue  # quoted titles are read above
        offset = m.start("list")
        for part in re.finditer(r"[^,;]+", m.group("list")):
            for piece in re.split(r"\s+(?:and|und|sowie)\s+(?=[^,]*$)", part.group()):
                value = piece.strip()
                if 3 <= len(value) <= 120:
                    start = offset + part.start() + part.group().index(value)
                    yield "session", value, start, start + len(value), "session-list"
    for m in _TALK_ON.finditer(text, body):
        yield "topic", m.group("q").strip(), m.start("q"), m.start("q") + len(m.group("q").strip()), "talk-on"
