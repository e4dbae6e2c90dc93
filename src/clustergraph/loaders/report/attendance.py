# ruff: noqa: E501
"""The participant count of a report: "rund 40 Gäste", "attended by over 120", "Die Zahl der
Teilnehmenden lag bei knapp 70", "87 companies registered", "Etwa 180 Pflegende, Ärztinnen
und Gründer kamen". Counts of a part of the participants ("38 von ihnen online", "210 guests
came in person"), of presenters ("eight startups pitched", "die Pitches von fünf Start-ups"),
timestamps ("00:02:10 Warum …") and, when another count is given, of registrations ("260 had
registered") are no participant counts.
"""

from __future__ import annotations

import re

from clustergraph.loaders.textkit import count_after, count_pattern, number, qualifier

_PARTICIPANTS = count_pattern(
    r"Teilnehmende[n]?|Teilnehmer(?:innen|n)?(?:\s+und\s+Teilnehmer[n]?)?|Gäste[n]?|Besucher(?:innen|n)?|Interessierte[n]?"
    r"|Zuhörer(?:innen|n)?|Zuhörende[n]?"
    r"|Anwesende[n]?|anwesende[n]?\s+Mitglieder[n]?|participants|attendees|guests|visitors|delegates"
    r"|people|persons|Personen|Menschen|Leute|folks|representatives|\w{0,25}?Vertreter(?:innen|n)?(?:\s+und\s+-?[Vv]ertreter[n]?)?|Besucherinnen\s+und\s+Besucher|Studierende"
    r"|cluster\s+managers|Clustermanager(?:innen)?|Expert(?:inn)?en|experts|Fachleute|Fachbesucher(?:innen)?"
    r"|engineers|researchers|professionals|entrepreneurs|Unternehmer(?:innen)?|Akteure|Forschende"
    r"|Gründerinnen\s+und\s+Gründer|Teilnehmerinnen\s+und\s+Teilnehmer"
    r"|Programmierer(?:innen)?|Entwickler(?:innen)?|Hacker(?:innen)?|Tüftler(?:innen)?|Ingenieur(?:innen|e)|Techniker(?:innen)?"
    r"|Wissenschaftler(?:innen)?|Studenten|Studentinnen|Schüler(?:innen)?|Gründer(?:innen)?|Start-?up-?Teams"
    r"|developers|programmers|coders|hackers|technicians|scientists|students|founders|start-?ups|makers|designers|data\s+scientists"
    r"|Zuschauer(?:innen|n)?(?:\s+und\s+Zuschauer[n]?)?|Zuschauende[n]?|Zuhörer(?:innen)?|Fachkräfte[n]?|Mitwirkende[n]?"
    r"|viewers|listeners|audience\s+members|spectators|practitioners|stakeholders"
)
#: A count after the words that say it counts participants.
_PARTICIPANTS_AFTER = count_after(
    r"attended\s+by|besucht\s+von|crowd\s+of|Publikum\s+von|(?:Zahl|number)\s+(?:der|of)\s+(?:Teilnehmenden|Teilnehmer\w*|Gäste|Besucher\w*"
    r"|participants|attendees|guests|visitors)\s+(?:lag|betrug|war|was|reached|stood)(?:\s+(?:bei|at))?"
    r"|Teilnehmerzahl\s+(?:lag\s+bei|betrug|von|:)|attendance\s+(?:was|reached|of|:)"
    r"|(?:^|\n)[ \t]{0,3}(?:Teilnahme|Teilnehmende|Teilnehmer\w{0,6}|Anwesend|Anwesenheit|Participants|Attendance|Attendees|Present)[ \t]{0,2}:"
)
#: A count after a verb that gathers people: "brought together 85 members", "zählte 120 Gäste".
_GATHERED = count_after(
    r"brought\s+together|drew|attracted|gathered|welcomed|versammelte|begrüßte|zählte|verzeichnete|lockte"
)
_GATHERED_WHAT = re.compile(
    r"[ \t]{1,3}(?:[^\W\d_][\w-]{1,30}[ \t]{1,3})?(?:members|Mitglieder\w*|cluster\s+members|Gäste\w*|guests|people|Personen|Menschen)\b",
    re.I,
)
#: A delegation's size: "eine 16-köpfige Delegation", "a 16-member delegation", "a delegation of 16".
_DELEGATION = re.compile(
    r"(?<![\w.,])(?P<q>)(?P<n>[0-9]{1,4})-(?:köpfige\w*|member|strong|person)\s+(?:Delegation|delegation|Gruppe|group|Abordnung)\b"
    r"|\b(?:Delegation|delegation|Abordnung|[Gg]roup|Gruppe|Reisegruppe|[Tt]eam)\s+(?:of|von|aus|mit)\s+(?:(?P<q2>rund|etwa|about|some|over|mehr\s+als|more\s+than|knapp|almost)\s+)?"
    r"(?P<n2>[0-9]{1,4})(?:\s+(?:Personen|Teilnehmenden|Teilnehmer\w*|people|participants|representatives|Vertreter\w*|members|Mitgliedern)\b"
    r"|(?=\s{0,2}[–—(:]))"
)
#: Any group that joined: "Around 45 carpenters joined", "rund 30 Tischlerinnen nahmen teil"
#: (not members, companies or exhibitors).
_JOINED = count_pattern(
    r"(?!(?:members|Mitglied\w{0,4})\s{1,3}(?:joined|beigetreten)|compan|firm|Unternehmen|Firmen|exhibitor|Aussteller|Betriebe|organi[sz]ations"
    r"|(?:have|has|had|haben|hatten|sind|waren|were|are)\b)"
    r"[^\W\d_][\w-]{2,30}+(?:\s{1,3}(?:from|aus|of|von)(?:\s{1,3}[\w-]{1,30}+){1,3}?)?\s{1,3}(?:joined(?!\s+the\s+(?:cluster|network|association))|took\s+part|participated"
    r"|attended|nahmen\s+(?:[\w.]{1,30}\s+){0,8}?teil)"
)
#: A count before a list of who came, then a verb of coming: "Etwa 180 Pflegende, Ärztinnen,
#: Gründer und Industrievertreter kamen", "Some 140 nurses, doctors and suppliers came along".
_CAME = count_pattern(
    r"(?!(?:members|Mitglied|compan|firm|Unternehmen|Firmen|exhibitor|Aussteller|Betriebe)\w{0,6}\s)"
    r"[^\W\d_][\w-]{2,30}+(?:,\s{1,2}[^\W\d_][\w-]{1,30}+){0,6}(?:\s{1,2}(?:und|and|sowie|&)\s{1,2}[^\W\d_][\w-]{1,30}+)?"
    r"\s{1,3}(?:kamen|came|erschienen|strömten|turned\s+up|showed\s+up|packed|filled|füllten)"
)
#: Presenters, not the audience: "eight startups pitched", "die Pitches von fünf Start-ups".
_PRESENTED_AFTER = re.compile(
    r"\s{1,3}(?:pitched|presented|showcased|exhibited|pitchten|präsentierten|stellten\s+sich\s+vor|stellten\s+(?:ihre|their)\b)",
    re.I,
)
_PRESENTED_BEFORE = re.compile(
    r"\b(?:Pitches|Präsentationen|Vorträge|presentations|talks)\s{1,3}(?:von|of|by|from)\s{1,3}(?:den\s+|the\s+)?$",
    re.I,
)
#: A count of registrations: "Angemeldet hatten sich 260 Personen", "300 people had registered".
_REGISTERED_BEFORE = re.compile(
    r"\b(?:angemeldet|registered|Anmeldungen|Registrierungen|Registrations|sign-?ups)\b[^.;!?\n]{0,30}$", re.I
)
_REGISTERED_AFTER = re.compile(
    r"[ \t]{1,3}(?:had|have|hatten|haben)?[ \t]{0,3}(?:registered|signed\s+up|sich\s+(?:\w+\s+)?angemeldet)\b",
    re.I,
)
#: A time of day or a timestamp before a number ("00:02:10 Warum …"): no count.
_CLOCK_BEFORE = re.compile(r"[0-9][:.]$")


def _not_attendance(text: str, m: re.Match[str]) -> bool:
    """Whether count ``m`` counts presenters ("startups pitched") or is part of a timestamp."""
    return bool(
        _CLOCK_BEFORE.search(text, max(0, m.start("n") - 2), m.start("n"))
        or _PRESENTED_AFTER.match(text, m.end())
        or _PRESENTED_BEFORE.search(text, max(0, m.start() - 40), m.start())
    )


def _no_people_first(text: str, m: re.Match[str]) -> bool:
    """Whether the first word after count ``m``'s number counts no people ("30 Minuten kamen hinzu")."""
    w = re.match(r"\s{1,3}([\w-]{1,40})", text[m.end("n") : m.end("n") + 45])
    return bool(w and _NOT_PEOPLE.fullmatch(w.group(1)))


def _registration(text: str, m: re.Match[str]) -> bool:
    """Whether count ``m`` counts registrations rather than those who came."""
    return bool(
        _REGISTERED_BEFORE.search(text, max(0, m.start() - 50), m.start())
        or _REGISTERED_AFTER.match(text, m.end())
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


#: A part of the participants: "38 von ihnen online", "davon 40 online", "210 guests came in person".
_PART_BEFORE = re.compile(r"\b(?:davon|darunter|of\s+whom|of\s+which|among\s+them|including)\s+$", re.I)
_PART_AFTER = re.compile(
    r"\s{0,3}(?:von\s+ihnen|of\s+them|davon)\b|[^.;:!?\n,0-9]{0,40}?\b(?:(?:ausschließlich|nur|only|exclusively|just)\s+)?"
    r"(?:online|virtuell|remotely|(?:per|via|by|über)\s+(?:Video\w*|Stream|Zoom|Teams|Webex)|video\s+(?:link|call)|in\s+person|vor\s+Ort|on[- ]site"
    r"|in\s+Präsenz|im\s+Saal|in\s+the\s+room)\b",
    re.I,
)


_ON_SITE = re.compile(r"(?:in\s+person|vor\s+Ort|on[- ]site|in\s+Präsenz|im\s+Saal|in\s+the\s+room)$", re.I)
#: No stream, no online part: "einen Livestream gab es nicht", "there was no stream", "no remote option".
_NO_STREAM = re.compile(
    r"[^.!?\n]{0,30}?\b(?:(?:kein\w{0,2}|no|without|ohne)\s+(?:\w+\s+)?(?:Livestream|Stream|Übertragung|remote|online|virtual)\w*"
    r"|(?:Livestream|Stream|Übertragung)\s+gab\s+es\s+nicht)",
    re.I,
)


def partial_count(text: str, m: re.Match[str]) -> bool:
    """Whether count ``m`` counts a part of the participants: "38 von ihnen online", "davon 40
    online", "Knapp 40 Gäste waren ausschließlich online dabei", "210 guests came in person"."""
    if _PART_BEFORE.search(text, max(0, m.start() - 16), m.start()):
        return True
    after = _PART_AFTER.match(text, m.end("n"))
    if after is None:
        return False
    if _ON_SITE.search(after.group()) and _NO_STREAM.match(
        text, after.end(), min(len(text), after.end() + 80)
    ):
        return False  # "Knapp 90 Gäste saßen im Saal (einen Livestream gab es nicht)": everyone
    both = r"\b(?:und|and|sowie|oder|or|as\s+well\s+as|plus)\b"
    return not (
        re.search(both, after.group())
        or re.match(r"\s{0,3}(?:&|" + both + ")", text[after.end() : after.end() + 16])
    )


def participants(
    text: str, body: int, sentence: tuple[int, int] | None = None
) -> tuple[int, str, int, int] | None:
    """The first participant count of the body: number, qualifier and span ("rund 40 Gäste",
    "attended by over 120", "Die Zahl der Teilnehmenden lag bei knapp 70", "87 companies registered")."""
    found, registered = [], []
    for pattern in (_PARTICIPANTS, _PARTICIPANTS_AFTER, _COMPANIES, _JOINED, _GATHERED, _CAME):
        m = pattern.search(text, body)
        while m and (re.match(r"\s*(?:Prozent|percent|%)", text[m.end("n") : m.end("n") + 9]) or partial_count(text, m)
                     or (not m.group("q") and re.fullmatch(r"(?:19|20)\d\d", m.group("n")))
                     or (pattern is _COMPANIES and not _TOOK_PART.match(text, m.end()))
                     or (pattern is _GATHERED and not _GATHERED_WHAT.match(text, m.end("n")))
                     or (pattern is _CAME and _no_people_first(text, m))
                     or _not_attendance(text, m) or (_registration(text, m) and not registered.append(m))):  # fmt: skip
            m = pattern.search(text, m.end())
        if m is not None:
            found.append(m)
    if not found and registered:  # "87 companies registered": the only count there is
        found.append(min(registered, key=lambda x: x.start()))
    d = _DELEGATION.search(text, body)
    if not found and d is None and sentence is not None:
        m = _QUALIFIED_ANY.search(text, *sentence)
        while m is not None and (
            not m.group("q")
            or _NOT_PEOPLE.search(m.group(), m.end("n") - m.start())
            or partial_count(text, m)
        ):
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
