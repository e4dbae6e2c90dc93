# ruff: noqa: E501
"""What a report says was on the agenda and who took part as a partner: partner countries and
regions, talk topics and sessions (quoted titles after a cue word, session lists, "a talk on …").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from clustergraph.loaders.textkit.people import REGION_WORD

#: A quoted title or name („…“, "…", «…»).
QUOTE = re.compile(r"[„“\"«»‚](?P<q>[^„“”\"«»\n]{3,200}+)[“”\"«»‘]")


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

    for m in QUOTE.finditer(text, body):
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
        if QUOTE.search(m.group("list")):
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
