"""Parsing a report: the event and the facts around it, with their spans; errors located.

:func:`parse_report` is pure: text and a :class:`~clustergraph.loaders.textkit.Gazetteer` (the
graph's names) in, :class:`~clustergraph.loaders.report.model.Report` out.
"""

from __future__ import annotations

import re
from collections import Counter

from clustergraph.errors import DataError, Problem
from clustergraph.loaders.report import agenda, known_event, online, passing
from clustergraph.loaders.report import event as ev
from clustergraph.loaders.report.abbreviations import same_as_abbreviation
from clustergraph.loaders.report.attendance import participants
from clustergraph.loaders.report.episode import series_episode, with_episode
from clustergraph.loaders.report.functions import functions
from clustergraph.loaders.report.gathering import gathering_names, titled_subject
from clustergraph.loaders.report.hosts import organisers, publisher_of
from clustergraph.loaders.report.mentions import names, org_mentions
from clustergraph.loaders.report.model import Item, Org, Report
from clustergraph.loaders.report.name_edges import with_edition
from clustergraph.loaders.report.naming import (
    headline_event,
    headline_of_gathering,
    headline_repeated,
    quoted_event,
    quoted_in_dated,
    quoted_title_of,
    titled_event,
)
from clustergraph.loaders.report.people import find_people
from clustergraph.loaders.report.venue import place_and_venue
from clustergraph.loaders.textkit import Gazetteer, Lines, Mention, find_dates, sentence_at, sentence_bounds
from clustergraph.loaders.textkit.spans import SpanIndex, WordStarts
from clustergraph.text import bad_characters, nfc

_UNSURE = {
    "talk-on": "a talk's subject without quotation marks",
    "session-list": "a session title without quotation marks, from a list",
}


#: An organisation in a role of the news: a delegation, an award winner.
_IN_ROLE = re.compile(
    r"\b(?:Abordnung|Delegation|delegation|Ausgezeichnet\s+wurde|received|gewinnt|won|erhielt|gewann|ging\s+an(?:\s+die|\s+den)?"
    r"|went\s+to(?:\s+the)?)\b"
)
#: An organisation named as an example ("such as", "wie etwa", "which includes the").
_EXAMPLE = re.compile(
    r"\b(?:such\s+as|like|e\.\s?g\.|including|includes|included|wie(?:\s+etwa|\s+z\.\s?B\.)?|beispielsweise|etwa"
    r"|darunter\s+auch)\s+(?:the\s+|die\s+|der\s+|das\s+|den\s+|dem\s+)?$"
)
#: New members named in the news ("vier neue Mitglieder, darunter die …", "its newest members: …").
_NEW_MEMBER = re.compile(r"\b(?:neue[nr]?|newest|new)\s+(?:Mitglied\w*|members?)\b[^.!?]{0,80}$", re.I)


#: A time of day after a dateline's date: ", 7:02 a.m.", " um 10:30 Uhr", " | 14:05".
_CLOCK_AFTER = re.compile(
    r"[ \t]{0,2}[,|·]?[ \t]{0,2}(?:um[ \t])?[0-9]{1,2}[:.][0-9]{2}[ \t]?(?:[ap]\.?m\.?|Uhr|h)?[ \t]*"
)


#: A publication word before a dateline's date: "Posted 18 May 2026", "Stand: 3. Mai 2024".
_POSTED_WORDS = r"published|posted|veröffentlicht|erschienen|updated"
_POSTED = re.compile(rf"(?i)\b(?:{_POSTED_WORDS})\s{{0,3}}:?\s{{1,3}}$")
_POSTED_OR_AS_OF = re.compile(rf"(?i)\b(?:{_POSTED_WORDS}|Stand)\s{{0,3}}:?\s{{1,3}}$")


def _error(file: str, text: str, at: int, value: str, expected: str, message: str) -> DataError:
    lines = Lines(text)
    return DataError(
        [Problem(file, lines.line(at), None, value, f"{expected} (at column {lines.column(at)})")], message
    )


def _with_programme(text: str, name: Item, programme_ends: dict[int, Mention]) -> Item:
    """``name`` with a programme written in lower case right before it ("the go-test Peer
    Exchange 2023"), which the capitalised name could not reach; else ``name`` itself.
    ``programme_ends``: the programme mentions by their end offset."""
    m = programme_ends.get(name.span.start - 1)
    if name.rule != "event-word" or m is None or not text[m.start].islower() or text[m.end] != " ":
        return name
    value = f"{text[m.start : m.end]} {name.data['name']}"
    return Item(
        "event-name", {**name.data, "name": value}, Lines(text).span(m.start, name.span.end), name.rule
    )


#: A month and year or an issue number in the masthead: "Members' Bulletin – December 2023", "07/2024".
_MASTHEAD_YEAR = re.compile(
    r"(?<![\w/.-])(?:[A-ZÄÖÜ][a-zä]{2,8}\.?\s{1,3}|[01]?[0-9]/)((?:19|20)[0-9]{2})(?![\w/-])"
)


def _masthead_year(text: str) -> str | None:
    """The year of a month or an issue in the text's first three lines, when no date gives one."""
    head = "\n".join(text.lstrip().split("\n", 3)[:3])
    m = _MASTHEAD_YEAR.search(head)
    return m.group(1) if m else None


def parse_report(text: str, gazetteer: Gazetteer | None = None, file: str = "<text>") -> Report:
    """Parse a report; :class:`DataError` (file, line, column) for an empty text, a control
    character, an impossible date or no recognisable event."""
    text = nfc(text)
    gazetteer = gazetteer or Gazetteer()
    if not text.strip():
        raise DataError([Problem(file, 1, None, "", "a report text (the file is empty)")], f"{file} is empty")
    for at, what in bad_characters(text):
        raise _error(file, text, at, text[max(0, at - 20) : at + 20], f"text without {what}",
                     f"{file} is not a text (binary or control characters)")  # fmt: skip
    lines = Lines(text)
    bounds = sentence_bounds(text)
    language = (
        "de"
        if len(re.findall(r"\b(?:der|die|das|und|mit)\b", text))
        > len(re.findall(r"\b(?:the|and|with|of)\b", text))
        else "en"
    )
    report = Report(text, file, language)

    # The dateline: a date in the first three non-empty lines.
    dates = find_dates(text)
    for d in dates:
        if d.error:
            raise _error(
                file, text, d.begin, text[d.begin : d.stop], d.error, f"{file}: a date that does not exist"
            )
    # The dateline: a date alone on one of the first lines, or after a place or a label at the
    # start of a line and before a dash or a full stop ("Lyon, 9 November 2021 – ...", "GRAZ, Austria,
    # 8 November 2023 –", "Dresden, 07.10.2024. Vom …").
    body = 0
    for d in dates:
        if lines.line(d.begin) > 8 or d.begin > 1000:
            break  # a dateline stands at the top
        if d.end is not None:
            continue
        line_start = lines.starts[lines.line(d.begin) - 1]
        line_end = text.find("\n", d.stop, d.stop + 200)
        before = text[line_start : d.begin]
        after = text[d.stop : d.stop + 200 if line_end < 0 else line_end]
        lead = re.fullmatch(
            r"\s*(?:[\w./·|–—-]{1,30}(?:\s[\w./·|–—-]{1,30}){0,5}(?:,\s[\w.-]{1,30}(?:\s[\w.-]{1,30})?)?(?:\s?[,·|–—])?\s{1,3})?",
            before,
        )  # "Jena, ", "Lyon | ", "GRAZ, Austria, ", "Member news – ",
        # "Clusterland Bayern | Mitteilung vom "
        if lead is None:  # "go-test newsletter | Issue 1/2023 | published 15 February 2023"
            lead = _POSTED_OR_AS_OF.search(before)
        if lead and (
            not after.strip()
            or re.match(r"\s*[–—|-]\s|\.\s{1,3}[A-ZÄÖÜ]", after)
            or _CLOCK_AFTER.fullmatch(after)  # "Updated Sept. 25, 2026, 7:02 a.m."
            or (
                _POSTED.search(before) and re.match(r"\s{1,3}(?:by|von)\s", after)
            )  # "Posted 18 May 2026 by …"
        ):
            report.date = d.start
            # a dateline at the end ("Posted May 19, 2023") dates the report; the body is above it
            body = d.stop if text[d.stop :].strip() else 0
            break

    # Dates without a year ("Vom 3. bis 5. Mai", "Tuesday, 16 May") are in the dateline's year,
    # or, without a dateline, in the year of the text's first full date.
    year = report.date or next((d.start for d in dates if d.start), None) or _masthead_year(text)
    if year is not None:
        dates = find_dates(text, int(year[:4]), report.date)
        for d in dates:
            if d.error:
                raise _error(file, text, d.begin, text[d.begin : d.stop], d.error,
                             f"{file}: a date that does not exist")  # fmt: skip

    mentions = gazetteer.find(text)
    words = WordStarts(text)
    events = [m for m in mentions if m.kind == "event" and m.start >= body]
    loose: list[Item] = []

    def spans_of(*kinds: str) -> list[tuple[int, int]]:
        """The spans of the graph's mentions of these kinds (what a name rule must not take)."""
        return [(m.start, m.end) for m in mentions if m.kind in kinds]

    names_ = ev.event_names(text, events, body, words, loose)
    if names_:  # a quoted name in a dated sentence that names no other event
        names_ += quoted_in_dated(text, body, bounds, dates, names_)
    else:
        names_ = titled_event(text, body, bounds, dates) or quoted_event(text, body)
    if not names_:  # "Die Fjord Sessions #2 fanden am … statt"
        names_ = series_episode(text, body, bounds, dates, spans_of("org", "partnership", "person"))
    if not names_:
        names_ = gathering_names(
            text, body, bounds, dates, spans_of("org", "partnership", "person", "programme")
        )
    if not names_:  # "The Fjord Talks took place on 4 May 2023"
        names_ = titled_subject(text, body, bounds, dates, spans_of("org", "partnership", "person", "place"))
    if not names_:  # a compound event word in a sentence with a date ("Das Technologiefrühstück am …")
        dated = SpanIndex([sentence_at(bounds, d.begin) for d in dates if d.begin >= body])
        names_ = [n for n in loose if dated.overlaps(n.span.start, n.span.end)][:1]
    if not names_:  # the graph's one event of a day that the text calls by a common noun
        names_ = known_event.event_on_day(text, body, bounds, dates, gazetteer)
    if not names_:
        taken_names = spans_of("org", "partnership", "person", "place")
        names_ = headline_repeated(text, body, bounds, dates, taken_names)
    if not names_:
        headline = headline_event(text, body, bounds, dates, body)
        if headline and body > 0:
            names_ = quoted_event(text[:body], 0)  # the head's 'Studienreise „Circular Finland 2023“'
        # else the headline; last, for a gathering held on a day that no rule names, its headline
        if not names_ and (headline := headline or headline_of_gathering(text, body, bounds, dates)):
            names_ = headline
            taken_name = headline[0].data["name"]
            report.warnings.append(f"{file}: the headline {taken_name!r} is taken as the event's name")
    if not names_:
        raise _error(file, text, body, text[body : body + 60].strip(),
                     "a report on an event: a name with an event word (Forum, Tagung, Konferenz, "
                     "Day, Summit, Mitgliederversammlung, ...), an event of the graph, or a "
                     "gathering on a given day (trafen sich, kamen zusammen, gathered, met) "
                     "with a named event, a quoted name beside an event noun, or a headline "
                     "when a sentence with its day calls it 'the event'",
                     f"{file}: no recognisable event")  # fmt: skip
    programme_ends = {m.end: m for m in mentions if m.kind == "programme"}
    names_ = [
        quoted_title_of(text, with_episode(text, _with_programme(text, n, programme_ends))) for n in names_
    ]
    when = ev.event_date(text, dates, bounds, names_, body, report.date)
    at = when.begin if when is not None else names_[0].span.start
    future = ev.announced(text, body, dates, sentence_at(bounds, at), report.date)
    if future is not None:
        raise _error(file, text, future.start(), future.group()[:60],
                     "a report on an event held, not the announcement of a future one "
                     "(a call for contributions, an invitation)",
                     f"{file}: no recognisable event (an announcement)")  # fmt: skip
    if when is not None:
        s, e = sentence_at(bounds, when.begin)
        in_sentence = [n for n in names_ if s <= n.span.start < e]
        near = in_sentence or names_
    else:
        near = names_
    graph_named = [n for n in near if n.data["iri"]]
    times = Counter(n.data["name"] for n in names_)
    name = graph_named[0] if graph_named else max(near, key=lambda n: (times[n.data["name"]], -n.span.start))
    for other in names_:
        w1, w2 = other.data["name"].split(), name.data["name"].split()
        if (
            other.span.start < name.span.start
            and len(w1) == len(w2) > 1
            and w1 != w2
            and w1[1:] == w2[1:]
            and w1[0][:-2] == w2[0][:-2]
        ):
            name = other  # "Virtuelles Clustertreffen 2021" in the title, "zum Virtuellen ..." in the text
            break
    name = with_edition(name, names_)  # "Lakefront Startup Night 7" beside the headline's bare name
    day = when.start if when is not None else None
    name = known_event.same_day_event(name, day, gazetteer, mentions) or name
    if name.rule == "graph-event-on-day":
        report.warnings.append(f"{file}: {known_event.why(name, day, gazetteer)}")
    aside = passing.in_passing(
        text, body, bounds, [n for n in names_ if n.data["name"] == name.data["name"]] or [name]
    )
    if aside is not None:
        raise _error(file, text, aside.span.start, aside.data["name"],
                     "a report on an event, not news that mention one in passing (personnel, members)",
                     f"{file}: no recognisable event (mentioned in passing)")  # fmt: skip
    report.event = name
    if when is not None:
        report.items.append(Item("event-date", {"start": when.start, "end": when.end},
                                 lines.span(when.begin, when.stop), when.rule))  # fmt: skip
        sentence = sentence_at(bounds, when.begin)
    else:
        report.warnings.append(f"{file}: the event {name.data['name']!r} has no date in the text")
        sentence = sentence_at(bounds, name.span.start)

    # Organisations, functions, people.
    bracketed: list[str] = []  # "Long Name (SHORT)" with the graph's short name
    all_orgs = same_as_abbreviation(text, org_mentions(text, gazetteer, mentions, words), bracketed)
    report.warnings += [f"{file}: {note}" for note in bracketed]
    orgs = [o for o in all_orgs if o.start >= body and not (
        name.span.start <= o.start < name.span.end)]  # fmt: skip
    publisher = publisher_of(text, all_orgs)  # the masthead's organisation; "our" means it
    places = [m for m in mentions if m.kind == "place"]
    report.items += list(place_and_venue(text, places, orgs, sentence, gazetteer))
    is_online, a, b, rule = online.online(text, sentence, body, (name.span.start, name.span.end))
    if is_online is None and (report.one("place") or report.one("venue")):
        is_online, rule = False, "place-without-online-word"
        where = report.one("place") or report.one("venue")
        a, b = where.span.start, where.span.end  # type: ignore[union-attr]
    if is_online is not None:
        report.items.append(Item("online", {"online": is_online}, lines.span(a, b), rule))

    used: dict[int, tuple[Org, str]] = {}
    anchors = [(n.span.start, n.span.end) for n in names_ if n.data["name"] == name.data["name"]]
    anchors += [(when.begin, when.stop)] if when is not None else []
    for o, rule, a, b in organisers(text, orgs, bounds, name, anchors, publisher):
        report.items.append(Item("organiser", {"org": o}, lines.span(a, b), rule))
        used[o.start] = (o, rule)
    programmes = [m for m in mentions if m.kind == "programme" and m.start >= body]
    same_name = SpanIndex([(n.span.start, n.span.end) for n in names_ if n.data["name"] == name.data["name"]])
    for m in programmes:
        s, e = sentence_at(bounds, m.start)
        s, e = max(s, m.start - 300), min(e, m.end + 300)
        stmt = text[s:e]
        if re.search(
            r"\b(?:gehört|angehört|Mitglied\w*|member\s+of|joined|beigetreten|funds|fördert)\b", stmt, re.I
        ):
            continue
        named = bool(same_name.starting_in(s, e))
        if named or re.search(r"\b(?:part\s+of|Teil\s+d|im\s+Rahmen|within)\b", stmt, re.I):
            report.items.append(Item("programme", {"name": m.text, "iri": m.iri, "candidates": m.candidates},
                                     lines.span(m.start, m.end), "programme-of-event"))  # fmt: skip
            break

    funcs = functions(text, orgs, words)
    taken = [(o.start, o.end) for o in orgs] + [(n.span.start, n.span.end) for n in names_]
    taken += spans_of("place", "programme", "country")
    taken += [(f.start, f.end) for f in funcs]
    found_names = names(text, taken)
    person_mentions = {m.start for m in mentions if m.kind == "person"}
    people = find_people(text, report, body, bounds, orgs, funcs, found_names, person_mentions, publisher)
    for item in people.values():
        if item.data["affiliation"] is not None:
            used.setdefault(item.data["affiliation"].start, (item.data["affiliation"], "affiliation"))
    for item in people.values():
        (report.review if item.unsure and item.data["function"] is None else report.items).append(item)
    seen_orgs: set[object] = set()
    for o in orgs + [u for u, _r in used.values() if u.start < body]:  # the masthead's publisher as host
        ident = o.iri or o.candidates or o.name.casefold()
        if ident in seen_orgs:
            continue
        if (
            o.start not in used
            and _EXAMPLE.search(text, max(0, o.start - 30), o.start)
            and not any(
                p.start in used or not _EXAMPLE.search(text, max(0, p.start - 30), p.start)
                for p in orgs
                if (p.iri or p.candidates or p.name.casefold()) == ident
            )
        ):
            continue  # "partner clusters such as X", "which includes the X": an example, not a party
        if o.from_graph or o.start in used:
            report.items.append(Item("organisation", {"org": o}, lines.span(o.start, o.end),
                                     "graph-name" if o.from_graph else "org-pattern"))  # fmt: skip
            seen_orgs.add(ident)
        elif _IN_ROLE.search(text[max(0, o.start - 40) : o.start] + text[o.end : o.end + 30]) or (
            _NEW_MEMBER.search(text[max(0, o.start - 100) : o.start])
        ):
            report.items.append(Item("organisation", {"org": o}, lines.span(o.start, o.end), "org-in-role"))
            seen_orgs.add(ident)
    count = participants(text, body, sentence if when is not None else None)
    if count:
        n, q, a, b = count
        report.items.append(
            Item("participants", {"count": n, "qualifier": q}, lines.span(a, b), "participant-count")
        )
    countries = {m.start: m for m in mentions if m.kind == "country"}
    for value, a, b, _ws, _we in agenda.partner_regions(text, body, countries, places):
        c = countries.get(a)
        report.items.append(Item("partner-region", {"name": value, "iri": c.iri if c else None},
                                 lines.span(a, b), "partner-wording"))  # fmt: skip
    for kind, value, a, b, rule in agenda.topics_and_sessions(text, bounds, body, name.data["name"]):
        item = Item(kind, {"text": value}, lines.span(a, b), rule,
                    _UNSURE.get(rule))  # fmt: skip
        report.items.append(item)
    return report
