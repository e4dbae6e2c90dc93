# ruff: noqa: E501
"""The event of a report: its name and date or range (the words of names:
:mod:`~clustergraph.loaders.report.eventwords`, a name's edges:
:mod:`~clustergraph.loaders.report.name_edges`; how long it lasted:
:mod:`~clustergraph.loaders.report.date_span`; the participant count:
:mod:`~clustergraph.loaders.report.attendance`; online or not:
:mod:`~clustergraph.loaders.report.online`; partner regions, topics and sessions:
:mod:`~clustergraph.loaders.report.agenda`).

Each function takes the text and what was found before (mentions, sentences) and returns
:class:`~clustergraph.loaders.report.model.Item` values with their spans and rules.
:func:`announced` tells an announcement (a call for contributions, an invitation, only dates
after the report's own) from a report on an event held; the parser refuses the former as
"no recognisable event".
"""

from __future__ import annotations

import re
from collections import Counter

from clustergraph.loaders.report.date_span import day_series, with_duration
from clustergraph.loaders.report.eventwords import (
    _COMPOUND,
    _COMPOUND_LOOSE,
    _EVENT_HEADS,
    _INSTITUTION,
    _ORDINAL_FIRST,
    _PROJECT,
    _STOP,
    _WEEKDAYS,
    LABEL_WORD,
    _core,
    _generic,
    _named_acronym,
    _nominative,
    _person_shaped,
    _quote_around,
    _quoted_part,
    _repeated,
    _title_word,
)
from clustergraph.loaders.report.model import Item
from clustergraph.loaders.report.name_edges import (
    destination_end,
    duration_word,
    edition_end,
    organisation_tail,
    quoted_next,
)
from clustergraph.loaders.textkit import (
    DateMatch,
    Lines,
    Mention,
)
from clustergraph.loaders.textkit.people import NAME_WORD
from clustergraph.loaders.textkit.spans import SpanIndex, WordStarts, WordTrigger, anchored, windowed

_EVENT_NAME = re.compile(
    rf"(?<![\w-])[„“\"‚‘«]?(?P<name>(?P<ga>(?<=des )|(?<=eines )|(?<=dieses )|(?<=unseres )|(?<=seines )|(?<=ihres ))?(?:(?:{NAME_WORD}|[A-Z][\w–-]{{0,30}}+|[0-9]{{1,2}}\.|[0-9]{{1,2}}(?:st|nd|rd|th)|&(?=[ \t]{{1,2}}[A-Z]))[ \t]{{1,2}}+){{0,5}}?"
    rf"[A-ZÄÖÜ]?[\w-]{{0,30}}?(?i:{_EVENT_HEADS})(?(ga)(?P<gen>(?<=[a-zäöü])e?s)?)(?:[ \t]{{1,2}}+(?:{_EVENT_HEADS}))?"
    rf"(?:(?:[ \t]{{1,2}}+(?:{NAME_WORD}|[A-Z]{{2,6}})){{0,2}}?[ \t]{{1,2}}+(?:19|20)[0-9]{{2}}"
    rf"|(?P<tail>[ \t]{{1,2}}+(?:{NAME_WORD}|{_PROJECT})(?:[–/]{NAME_WORD}|[ \t]{{1,2}}+(?:&[ \t]{{1,2}}+)?(?:{NAME_WORD}|{_PROJECT}))?))?)(?![\w–-])"
)
#: The last word of each event word triggers the name ("house" for "Open House", "tür" for "Tag der offenen Tür").
_HEAD_WORD = WordTrigger(
    suffixes=tuple(
        dict.fromkeys(
            re.split(r"\\s\+", h)[-1].lower() + e for h in _EVENT_HEADS.split("|") for e in ("", "s", "es")
        )
    )
)
_LATER = re.compile(
    r"\b(?:bis\s+zum|bis|until|deadline|Frist|nächste\w*|next|Bewerbung\w*|Anmeldung|Registration"
    r"|registr\w+|eingereicht|angesetzt|geplant|planned|opens|öffnet|apply|submit\w*|Einsendeschluss"
    r"|effect|Kraft|closes|due|ab\s+dem|scheduled|angesetzt|vorgesehen)\b",
    re.I,
)
#: "Tag der Logistik 2023", "Lange Nacht der Industrie", "Day of Photonics": an event word with
#: its subject after "der"/"des"/"of".
_OF_NAME = re.compile(
    rf"(?:(?:{NAME_WORD}|[0-9]{{1,2}}\.)[ \t]{{1,2}}){{0,2}}(?:Tag|Tage|Day|Days|Nacht|Night|Woche|Week|Forum|Festival|Gipfel|Summit"
    rf"|Konferenz|Conference)[ \t]{{1,2}}(?:der|des|of|of[ \t]the)[ \t]{{1,2}}(?:[a-zäöü]{{3,20}}[ \t]{{1,2}})?[A-ZÄÖÜ][\w-]{{2,30}}+"
    rf"(?:[ \t]{{1,2}}(?:(?:&|und|and)[ \t]{{1,2}})?[A-ZÄÖÜ][\w-]{{2,30}}+){{0,2}}(?P<year>[ \t]{{1,2}}(?:19|20)[0-9]{{2}}(?![\w-]))?"
)


_OF_TRIGGER = re.compile(
    r"(?:Tag|Tage|Day|Days|Nacht|Night|Woche|Week|Forum|Festival|Gipfel|Summit|Konferenz|Conference)[ \t]{1,2}(?:der|des|of)\b"
)


def _of_names(text: str, body: int, taken: SpanIndex) -> list[Item]:
    """Names of the form "Tag der Logistik 2023", "Day of Photonics" (rule ``event-of``): with a
    year, or named twice in the text ("am Tag der Eröffnung" once is no name)."""
    found = []
    for m in windowed(_OF_NAME, _OF_TRIGGER.finditer(text, body), text, 70, 120, body):
        start, words = m.start(), m.group().split()
        while len(words) > 3 and words[0].casefold().strip(".") in _STOP:
            start = text.index(words[1], start + len(words[0]))
            words = words[1:]
        found.append((" ".join(words), start, m.end(), bool(m.group("year"))))
    times = Counter(name for name, *_ in found)
    lines = Lines(text)
    return [
        Item("event-name", {"name": name, "iri": None, "candidates": ()}, lines.span(a, b), "event-of")
        for name, a, b, year in found
        if (year or times[name] + _title_count(text, name, body) > 1) and not taken.overlaps(a, b)
    ]


def _title_count(text: str, name: str, body: int) -> int:
    """How often ``name`` stands in the head of the text (its first 400 characters before the body)."""
    return text[max(0, body - 400) : body].count(name)


#: A verb right after a name: the name is the subject ("Die Zukunftswerkstatt Fachkräfte fand …").
_VERB_AFTER = re.compile(
    r"\s{1,2}(?:fand|findet|took|was|were|war|brachte|brought|drew|lockte|attracted|zog|bot|offered)\b"
)


def event_names(
    text: str,
    events: list[Mention],
    body: int,
    starts: WordStarts | None = None,
    loose: list[Item] | None = None,
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
            and not _ORDINAL_FIRST.match(_core(m.group("name")))  # "7. Innovationsforum Meerestechnik"
            and max(seen[m.group("name")], _repeated(text, m.group("name"), body))
            + _title_count(text, m.group("name"), body)
            < 2
            and not _VERB_AFTER.match(text, end)
            and not _named_acronym(text, m.group("tail"), body)
        ) or (m.group("tail") and organisation_tail(text, m.group("tail"), end)):
            end = m.start("tail")  # "Open Day NRG" of "Nordsee Robotics GmbH (NRG)": the body's short name
        words = text[start:end].split()
        if words and (_WEEKDAYS.search(words[-1]) or _INSTITUTION.search(text, start, end)):
            continue  # "Dienstag", "European Commission", "Vienna Business School"
        if _generic(text, start, words):
            continue  # "Two days of exchange", "zwei Tage Austausch"
        owner = next((k for k, w in enumerate(words[:-1]) if w.endswith(("'s", "’s"))), None)
        if owner is not None:  # "Saale Timber Cluster's Wood Day 2024": the owner is no part of the name
            start = text.index(words[owner + 1], start + len(" ".join(words[: owner + 1])))
            words = words[owner + 1 :]
        while words and (
            (words[0].casefold().strip(".") in _STOP and not _title_word(text, start, words[0]))
            or (len(words) > 1 and duration_word(words[0]))  # "the three-day Fjord Expo 2023"
        ):
            start = text.index(words[1], start + len(words[0])) if len(words) > 1 else end
            words = words[1:]
        quote = _quote_around(text, start, end)
        if quote is not None:  # "AI for Grid Operators – Live Clinic" in quotes: the whole title
            start, end = quote
            words = text[start:end].split()
        elif end == m.end("name") and (edge := destination_end(text, end, words)) != end:
            words, end = words + text[end:edge].split(), edge  # "Photonics Mission to Lyon 2026"
        if not words or not (words[0][0].isupper() or words[0][0].isdigit()) or taken.overlaps(start, end):
            continue
        genitive = text[: m.end("gen")].split()[-1] if m.group("gen") and m.end("gen") <= end else None
        if genitive:  # "des Innovationstags Hafenlogistik 2023": the name in its base form
            words = _nominative(words, genitive, m.group("gen"))
        if len(words) == 1 and not _COMPOUND.search(words[0]):
            continue  # "Forum", "Workshop" alone are no names, "Clustertreffen" with a year is
        if (
            len(words) == 1
            and not re.match(r"\s{1,2}(?:19|20)\d\d|\s+(?:des|der|of)\b", text[end : end + 6])
            and not re.search(r"(?:19|20)\d\d$", words[-1])
        ):
            if loose is not None and _COMPOUND_LOOSE.search(words[0]):
                if m.group("tail") and end < m.end("name"):  # "Fachmesse Implantec": with its name
                    end = m.end("name")
                found = text[start:end].split()
                found = _nominative(found, genitive, m.group("gen")) if genitive else found
                loose.append(Item("event-name", {"name": " ".join(found), "iri": None,
                                                 "candidates": ()}, lines.span(start, end), "event-compound"))  # fmt: skip
            continue
        if quote is None and not genitive and end == m.end("name"):
            edge = edition_end(text, end, words)  # "Lakefront Startup Night 7"
            titled = quoted_next(text, end, words) if edge == end else None
            if edge != end:
                words, end = words + text[end:edge].split(), edge
            elif titled is not None:  # 'the Living Lab workshop "Smart Harbour"': the title
                (start, end), words = titled, text[titled[0] : titled[1]].split()
        name = " ".join(words)
        if _person_shaped(text, start, end, words):
            continue  # "folgt auf Frank Ostertag, der …": a surname that ends in an event word
        if LABEL_WORD.search(name):
            continue  # "Newsletter Clustertreffen 2022": a label before the name
        if quote is None and _quoted_part(text, start, name):
            continue  # part of a quoted name ("the ‘Cyber Hygiene’ clinic"): read by naming.quoted_event
        out.append(Item("event-name", {"name": name, "iri": None, "candidates": ()},
                        lines.span(start, end), "event-word"))  # fmt: skip
    return out + _of_names(text, body, SpanIndex([(i.span.start, i.span.end) for i in out]))


#: Words after a date that make it a plan: "ist für den 17. September 2024 angesetzt".
_PLANNED_AFTER = re.compile(
    r"\b(?:angesetzt|geplant|vorgesehen|terminiert|planned|scheduled|expected|erwartet|stattfinden|take\s+place)\b",
    re.I,
)


def event_date(
    text: str, dates: list[DateMatch], bounds: list[int], names: list[Item], dateline: int,
    published: str | None = None,
) -> DateMatch | None:  # fmt: skip
    """The event's date: a date in a sentence that names the event, else the first date of the
    body that is no deadline or later event. A date after the report's own date (``published``)
    is a later event's; it is taken only when there is no other."""
    from clustergraph.loaders.textkit import sentence_at

    relative = _date_in_relative_clause(text, dates, names)
    if relative is not None and not (published and relative.start and relative.start > published):
        return relative  # "at the Gala 2024, which took place on 12 June 2024" (the jury met on 3 June)
    candidates = []
    named_at = SpanIndex([(n.span.start, n.span.end) for n in names])
    for d in dates:
        if d.begin < dateline:
            continue
        s, e = sentence_at(bounds, d.begin)
        around = text[max(s, d.begin - 120) : min(e, d.stop + 120)]
        if (
            _LATER.search(text[max(s, d.begin - 40) : d.begin])
            or _PLANNED_AFTER.search(text, d.stop, min(e, d.stop + 40))
            or re.search(
                r"\b(?:nächste\w*|next|kommende\w*|upcoming|save\s+the\s+date|vormerken)\b", around, re.I
            )
        ):
            continue
        named = bool(named_at.starting_in(s, e))
        future = published is not None and d.start is not None and d.start > published
        candidates.append((future, not named, d.begin, d))
        if named and not future:
            break  # dates come in order: the first in a sentence naming the event wins
    if not candidates:
        return None
    when = _widened(min(candidates)[3], dates, bounds, dateline)
    return with_duration(day_series(when, dates, text), text, bounds)


def _widened(when: DateMatch, dates: list[DateMatch], bounds: list[int], dateline: int) -> DateMatch:
    """The range of the body that begins or ends on the single day ``when``, in its sentence
    or the next ("came to an end today. For two weeks, from 11 to 22 August, …"); else ``when``."""
    from clustergraph.loaders.textkit import sentence_at

    if when.end is not None or when.start is None:
        return when
    s, e = sentence_at(bounds, when.begin)
    e2 = sentence_at(bounds, e)[1]
    for d in dates:
        if (
            d.begin >= dateline
            and d.end is not None
            and not d.error
            and s <= d.begin < max(e, e2)
            and when.start in (d.start, d.end)
        ):
            return d
    return when


#: A relative clause right after the event's name (after a verb's particle: "… bekannt, der am"):
#: ", which took place on", ", das am … stattfand", " (held on".
_RELATIVE_CLAUSE = re.compile(
    r"(?:[ \t]{1,2}[a-zäöü]{2,12})?[ \t]{0,2}(?:,|\(|–|—)[ \t]{0,2}(?:which|that|das|die|der|welche[rs]?|held|staged|hosted)\b[^.;!?\n()]{0,80}"
)


def _date_in_relative_clause(text: str, dates: list[DateMatch], names: list[Item]) -> DateMatch | None:
    """A date in a relative clause that follows the event's name ("the Øresund Cluster Gala
    2024, which took place on the evening of 12 June 2024"), not a later one ("…, das 2025
    wieder stattfinden soll")."""
    for n in names[:3]:
        m = _RELATIVE_CLAUSE.match(text, n.span.end)
        if (
            m is None
            or _LATER.search(m.group())
            or re.search(r"\b(?:will|wird|soll|next|nächste)", m.group())
        ):
            continue
        for d in dates:
            if m.start() < d.begin < m.end() and not d.error:
                return d
    return None


#: Wording that announces an event or asks for contributions to it.
_ANNOUNCES = re.compile(
    r"\b(?:to\s+be\s+(?:held|hosted|organi[sz]ed)|will\s+(?:be\s+held|take\s+place|run|be\s+hosted)|is\s+scheduled"
    r"|call\s+for\s+(?:papers|contributions|proposals|abstracts|speakers|participation)|submit\s+(?:contributions|proposals|abstracts|papers)"
    r"|register\s+now|registration\s+is\s+(?:now\s+)?open|are\s+expected"
    r"|invites?|lädt\s+(?:[^\n!?;]{0,120}?\s)?ein|laden\s+(?:[^\n!?;]{0,120}?\s)?ein|findet\s+(?:[^\n!?;]{0,120}?\s)?statt|stattfindet"
    r"|wird\s+(?:[^\n!?;]{0,80}?\s)?stattfinden|Aufruf\s+zur\s+Einreichung|Beiträge\s+einreichen|Einreichung\s+von"
    r"|Anmeldung\s+(?:ist\s+)?(?:ab\s+sofort\s+)?(?:möglich|offen|geöffnet)|werden\s+erwartet|erwartet\s+werden)\b",
    re.I,
)
#: A call for contributions, anywhere in the text (its headline too).
_CALL = re.compile(
    r"\b(?:call\s+for\s+(?:papers|contributions|proposals|abstracts|speakers)|Aufruf\s+zur\s+Einreichung|Call\s+for\s+Papers"
    r"|Aufruf\b[^\n]{0,40}?\bBeiträge|Beitragsaufruf|Einsendeschluss|submission\s+deadline|abstracts?\s+(?:can|may|must|should)\s+be\s+submitted)\b",
    re.I,
)
#: Wording that reports an event held: a past gathering, hosting or attendance.
HELD = re.compile(
    r"\b(?:took\s+place|(?:was|were)\s+(?:held|attended|opened|hosted|organi[sz]ed|moderated)|gathered|came\s+together|convened"
    r"|took\s+part|participated|attended|welcomed|drew|brought\s+together|discussed|presented|opened|met"
    r"|fand(?:en)?\s+(?:[^\n!?;]{0,200}?\s)?statt|stattfand(?:en)?|stattgefunden|trafen|kamen|nahmen\s+(?:[^\n!?;]{0,120}?\s)?teil|diskutierten|lud(?:en)?"
    r"|begrüßte\w?|eröffnete\w?|besuchten|verfolgten|folgten|berichtete\w?|stellte\w?|hatten?\s+(?:[^\n!?;]{0,120}?\s)?eingeladen|eingeladen\s+hatten?|zugeschaltet|schalteten"
    r"|zeigte\w?|sprach(?:en)?|erläuterte\w?|präsentierte\w?|moderierte\w?|leitete\w?|informierten|tauschten|besichtigten"
    r"|nutzten|unterzeichneten|wählten?|gewann|gewannen|erhielt(?:en)?|verlieh|moderated|chaired|exchanged|toured|elected|awarded"
    r"|pitched|signed|showcased|spoke|joined|logged\s+in|followed|explained|walked|waren\s+(?:[^\n!?;]{0,60}?\s)?dabei)\b",
    re.I,
)


#: An earlier edition: what it did says nothing of this text's event.
_EARLIER = re.compile(
    r"\b(?:last\s+year|previous\s+(?:year|edition)|(?:im|des)\s+Vorjahr\w?|letzte[ns]?\s+Jahr\w?|vergangene[ns]?\s+Jahr\w?"
    r"|first\s+edition|ersten\s+Ausgabe|bisher\w*|so\s+far)\b",
    re.I,
)
_MODAL = re.compile(
    r"\b(?:will|to|can|may|could|should|must|is|are|wird|werden|können|kann|soll|sollen)\s+(?:be\s+|have\s+)?$",
    re.I,
)


def announced(
    text: str, body: int, dates: list[DateMatch], sentence: tuple[int, int], published: str | None
) -> re.Match[str] | None:
    """The wording that makes the text an announcement of a future event (a call for papers, an
    invitation), or ``None``: the text announces ("to be held", "call for contributions", "wird …
    stattfinden") in the event's sentence, or calls for contributions, or every date is after the report's
    own date, and no sentence of the body reports an event held ("took place", "fand statt")."""
    for h in HELD.finditer(text, body):
        if _EARLIER.search(text, max(0, h.start() - 120), min(len(text), h.end() + 60)):
            continue  # "Last year's conference drew 350 delegates": an earlier edition's
        if not _MODAL.search(text, max(0, h.start() - 14), h.start()):
            return None  # "took place", not "will be presented" nor "is chaired by"
    m = _ANNOUNCES.search(text, *sentence) or _CALL.search(text)
    if m is not None:
        return m
    later = [d for d in dates if d.begin >= body and d.start is not None]
    if published is not None and later and all(d.start > published for d in later):  # type: ignore[operator]
        return re.compile(r"\S[^\n]{0,80}").match(text, later[0].begin, later[0].stop)  # the first date
    return None
