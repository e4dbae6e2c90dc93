"""What the text of a profile states in a clear pattern, outside its header block.

A dual leadership since a year, member counts, a label obtained in a year (``im letzten Jahr``
counts from the profile's date) and an event's partner country: each a :class:`Finding` with
the rule and the span of text it came from.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from clustergraph.loaders.profile.fields import YEAR, Finding, Lines, Profile
from clustergraph.loaders.textkit import QUALIFIERS
from clustergraph.loaders.textkit import sentence_at as _sentence
from clustergraph.loaders.textkit import sentence_bounds as _boundaries

_QUALIFIERS = QUALIFIERS
_COUNT = re.compile(
    r"(?:\b(?P<q>" + "|".join(re.escape(q) for q in sorted(_QUALIFIERS, key=len, reverse=True)) + r")\s+)?"
    r"\b(?P<n>[0-9]{1,3}(?:[.,][0-9]{3}){1,4}+|[0-9]{1,9}+)\s{1,5}+"
    r"(?P<what>Mitgliedsorganisationen|Mitgliedsunternehmen|Mitgliedsfirmen|Mitgliedern|Mitglieder"
    r"|member\s{1,5}organi[sz]ations|member\s{1,5}companies|member\s{1,5}firms|members)\b",
    re.IGNORECASE,
)
_LEADERSHIP = re.compile(
    r"Doppelspitze|Doppel-Spitze|Doppelführung|Führungsduo|dual\s+leadership|joint\s+leadership"
    r"|co-leadership|joint\s+management|two\s+managing\s+directors",
    re.IGNORECASE,
)
_SINCE_YEAR = re.compile(
    r"\b(?:seit|since|ab|from)\s{1,5}(?:dem\s{1,5}Jahr\s{1,5}|Anfang\s{1,5}|Mitte\s{1,5}|Ende\s{1,5})?((?:19|20)[0-9]{2})\b",
    re.I,
)
_LABEL = re.compile(
    r"\b(?P<a>gold|silber|silver|bronze)(?:en|ene|enen|enes)?[- ]?labels?\b"
    r"|\blabels?\s+(?:in\s+)?(?P<b>gold|silber|silver|bronze)\b",
    re.IGNORECASE,
)
_OBTAINED = re.compile(
    r"erlang|erhalt|erhielt|bekomm|verliehen|ausgezeichnet|gewonnen|zertifiziert|obtain|award|receiv"
    r"|achiev|won\b|earn|granted",
    re.IGNORECASE,
)
_LAST_YEAR = re.compile(
    r"im\s+letzten\s+Jahr|letztes\s+Jahr|im\s+vergangenen\s+Jahr|vergangenes\s+Jahr|im\s+Vorjahr|last\s+year|the\s+previous\s+year",
    re.I,
)
_THIS_YEAR = re.compile(r"in\s+diesem\s+Jahr|dieses\s+Jahr|this\s+year", re.I)
# A name starts at a word's first letter and each word is at most 60 characters long: a match
# cannot start inside a long token and run to its end (that made a 20 KB token take 13 s).
_EVENT = (
    r"(?P<event>(?<![\w.-])(?:[0-9]{1,3}\.\s{1,5})?[A-ZÄÖÜ0-9][\w-]{0,60}+"
    r"(?:\s{1,5}[A-ZÄÖÜ0-9][\w.-]{0,60}+){0,5})"
)
_COUNTRY = r"(?P<country>(?<![\w-])[A-ZÄÖÜ][\w-]{1,60}+(?:\s{1,5}[A-ZÄÖÜ][\w-]{1,60}+)?)"
_PARTNER_COUNTRY = (
    re.compile(_EVENT + r"\s*,\s*(?:bei|auf|an|in)\s+(?:der|dem|denen)\s+" + _COUNTRY
               + r"\s+(?:(?:unser|das|als|dieses\s+Jahr|in\s+diesem\s+Jahr)\s+)*Partnerland"),
    re.compile(r"Partnerland\s+(?:der|des|dieser|dieses)\s+" + _EVENT
               + r"\s+(?:ist|war|wird|sind)\s+(?:(?:in\s+diesem\s+Jahr|dieses\s+Jahr|2[0-9]{3})\s+)?"
               + _COUNTRY),
    re.compile(_EVENT + r"\s*,\s*(?:where|at\s+which|with)\s+" + _COUNTRY
               + r"\s+(?:is|was|will\s+be|as)\s+(?:our\s+|the\s+)?partner\s+country"),
    re.compile(r"[Pp]artner\s+country\s+(?:of|at)\s+(?:the\s+|this\s+year's\s+)?" + _EVENT
               + r"\s+(?:is|was|will\s+be)\s+" + _COUNTRY),
)  # fmt: skip


def _number(text: str) -> int:
    return int(re.sub(r"[.,]", "", text))


def find_patterns(text: str, lines: Lines, profile: Profile, header: tuple[int, int]) -> Iterator[Finding]:
    """Patterns in the text outside the header block."""
    bounds = _boundaries(text)

    def outside(start: int) -> bool:
        return not header[0] <= start < header[1]

    for m in _LEADERSHIP.finditer(text):
        if not outside(m.start()):
            continue
        s, e = _sentence(bounds, m.start())
        y = _SINCE_YEAR.search(text, s, e)
        if y is None:
            continue
        a, b = min(m.start(), y.start()), max(m.end(), y.end())
        yield Finding("dual-leadership", lines.span(a, b), {"year": y.group(1)})
        break
    seen_counts: set[tuple[str, int, str]] = set()
    for m in _COUNT.finditer(text):
        if not outside(m.start()):
            continue
        what = m.group("what").casefold()
        counted = (
            "member-companies" if ("unternehmen" in what or "compan" in what or "firm" in what) else "members"
        )
        qualifier = _QUALIFIERS[m.group("q").casefold()] if m.group("q") else "exact"
        key = (counted, _number(m.group("n")), qualifier)
        if key in seen_counts:
            continue
        seen_counts.add(key)
        yield Finding(
            "member-count",
            lines.span(m.start(), m.end()),
            {"counted": counted, "value": key[1], "qualifier": qualifier},
        )
    seen_labels: set[tuple[str, str]] = set()
    for m in _LABEL.finditer(text):
        if not outside(m.start()):
            continue
        level = (m.group("a") or m.group("b")).casefold().replace("silber", "silver")
        s, e = _sentence(bounds, m.start())
        sentence = text[s:e]
        if not _OBTAINED.search(sentence):
            continue
        year: str | None = None
        years = [(abs(y.start() + s - m.start()), y.group()) for y in YEAR.finditer(sentence)]
        if years:
            year = min(years)[1]
        elif _LAST_YEAR.search(sentence) and profile.date:
            year = str(int(profile.date[:4]) - 1)
        elif _THIS_YEAR.search(sentence) and profile.date:
            year = profile.date[:4]
        if year is None:
            profile.warnings.append(
                f"{profile.file}, line {lines.line(m.start())}: a {level} label is mentioned without a year "
                "(or a relative year without the profile's date); not loaded"
            )
            continue
        if (level, year) in seen_labels:
            continue
        seen_labels.add((level, year))
        lead = len(sentence) - len(sentence.lstrip())
        yield Finding(
            "label-award", lines.span(s + lead, s + len(sentence.rstrip())), {"level": level, "year": year}
        )
    for pattern in _PARTNER_COUNTRY:
        for m in pattern.finditer(text):
            if not outside(m.start()):
                continue
            event = re.sub(r"^(?:Die|Der|Das|The)\s+", "", m.group("event")).strip()
            yield Finding(
                "partner-country",
                lines.span(m.start(), m.end()),
                {"event": event, "country": m.group("country")},
            )
