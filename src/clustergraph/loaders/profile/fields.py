"""What a profile text holds: the header fields and roles it knows, and the parsed :class:`Profile`.

Every part of a :class:`Profile` keeps where it stands in the text (:class:`Span`: character
offsets and line), so each fact made from it can quote its wording.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

WHAT = "a profile text"

#: Header fields: lower-case name → (canonical key, language).
FIELDS: dict[str, tuple[str, str]] = {
    "name": ("name", "de"),
    "funktion": ("function", "de"),
    "cluster": ("cluster", "de"),
    "branche": ("industry", "de"),
    "im cluster seit": ("since", "de"),
    "function": ("function", "en"),
    "industry": ("industry", "en"),
    "in the cluster since": ("since", "en"),
    # about the profile itself
    "quelle": ("source", "de"),
    "source": ("source", "en"),
    "url": ("source", "en"),
    "datum": ("date", "de"),
    "date": ("date", "en"),
}
FIELD_LIST = (
    "Name, Funktion, Cluster, Branche, im Cluster seit (or in English: Name, Function, Cluster, "
    "Industry, In the cluster since), and Quelle/Source, Datum/Date"
)
REQUIRED = {"name": "Name", "function": "Funktion / Function", "cluster": "Cluster"}

# Roles from the wording of "Funktion", most specific first.
ROLE_PATTERNS: tuple[tuple[str, str], ...] = (
    (
        r"stellv\w{0,20}+\.?\s{0,3}+(?:cluster\s{0,3}+-?\s{0,3}+manag)|deputy cluster manag",
        "deputy-cluster-manager",
    ),
    (r"stellv\w{0,20}+\.?\s{0,3}+(?:vorstands)?vorsitz|vice[- ]?chair", "vice-chair"),
    (
        r"gesch(?:ä|ae)ftsf(?:ü|ue)hr|managing director|\bceo\b|executive director|general manager",
        "managing-director",
    ),
    (r"cluster\s{0,3}+-?\s{0,3}+manag", "cluster-manager"),
    (r"vorstandsvorsitz|vorsitzend|\bchair", "chair"),
    (r"beiratssprecher|advisory board spokes", "advisory-board-spokesperson"),
    (r"vorstandsmitglied|\bvorstand\b|board member", "board-member"),
    (r"sprecher|spokes", "spokesperson"),
    (r"leiter|leitung|\bhead\b", "head"),
    (
        r"projektmanag|programm(?:e)?\s{0,3}+-?\s{0,3}+manag|program manager|project manager",
        "programme-manager",
    ),
    (r"pr(?:ä|ae)sident|president", "president"),
    (r"gr(?:ü|ue)nder|founder", "founder"),
    (r"direktor|director", "director"),
    (r"referent|officer", "officer"),
    (r"mitarbeiter|\bstaff\b", "staff"),
)

# Every pattern here and in findings.py runs in time linear in the text: no unbounded repetition
# that a match can start at every character of (a long token would make it quadratic). The value
# of a field line is taken whole (``(.*)``) and its trailing blanks are stripped in code.
FIELD_LINE = re.compile(
    r"^[ \t]*([^\W\d_][^\W\d_ .\-]{0,40}+(?:[ .\-]{1,3}+[^\W\d_]{1,40}+){0,4})[ \t]*:[ \t]*(.*)$"
)
# A separator starts where a run of blanks starts ((?<!\s)), so a long run is read once.
NAME_SEP = re.compile(r"(?<!\s)\s*+(?:,|;|&|/|\bund\b|\band\b)\s*+")
INDUSTRY_SEP = re.compile(r"(?<!\s)\s*+(?:,|;|/)\s*+|(?<![\s-])\s++(?:und|and|&)\s++")
YEAR = re.compile(r"\b(?:19|20)[0-9]{2}\b")
_MONTHS = {
    **{
        m: i
        for i, m in enumerate(
            [
                "januar",
                "februar",
                "märz",
                "april",
                "mai",
                "juni",
                "juli",
                "august",
                "september",
                "oktober",
                "november",
                "dezember",
            ],
            1,
        )
    },
    **{
        m: i
        for i, m in enumerate(
            [
                "january",
                "february",
                "march",
                "april",
                "may",
                "june",
                "july",
                "august",
                "september",
                "october",
                "november",
                "december",
            ],
            1,
        )
    },
    "maerz": 3,
}


@dataclass(frozen=True)
class Span:
    """Where something stands in the text: character offsets (end exclusive) and line."""

    start: int
    end: int
    line: int


@dataclass(frozen=True)
class Person:
    name: str
    title: str | None
    span: Span


@dataclass(frozen=True)
class Function:
    label: str
    role: str
    span: Span


@dataclass(frozen=True)
class Finding:
    """A fact found in the text by a pattern, before reconciliation."""

    rule: str
    span: Span
    data: dict[str, Any]


@dataclass
class Profile:
    """A parsed profile text: the header's fields with their positions, and the findings."""

    text: str
    file: str
    language: str
    persons: list[Person]
    functions: list[Function]
    cluster: str
    cluster_span: Span
    cluster_website: str | None
    industries: list[tuple[str, Span]]
    since: list[tuple[str, Span]]
    date: str | None = None
    address: str | None = None
    findings: list[Finding] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def since_years(self) -> list[str]:
        return [y for y, _ in self.since]

    def function_of(self, i: int) -> Function:
        """The function of the i-th person (one function for all, or one each)."""
        return self.functions[i] if len(self.functions) == len(self.persons) else self.functions[0]


class Lines:
    """Line starts of a text, to turn offsets into line numbers."""

    def __init__(self, text: str) -> None:
        self.starts = [0] + [m.end() for m in re.finditer("\n", text)]

    def line(self, offset: int) -> int:
        return bisect.bisect_right(self.starts, offset)

    def span(self, start: int, end: int) -> Span:
        return Span(start, end, self.line(start))


def role_of(label: str) -> str | None:
    """The ``cgv:role`` code for a function as written, or None.

    >>> role_of("Geschäftsführerinnen"), role_of("Cluster Manager"), role_of("Vorstandsvorsitzender")
    ('managing-director', 'cluster-manager', 'chair')
    """
    low = label.casefold()
    for pattern, role in ROLE_PATTERNS:
        if re.search(pattern, low):
            return role
    return None


def parse_date(value: str) -> str | None:
    """An ISO date from ``01.06.2024``, ``2024-06-01``, ``1. Juni 2024``, ``June 1, 2024``.

    >>> parse_date("01.06.2024"), parse_date("1. Juni 2024"), parse_date("June 1, 2024")
    ('2024-06-01', '2024-06-01', '2024-06-01')
    """
    value = value.strip()
    m = re.fullmatch(r"(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})", value)
    if m:
        d, mo, y = int(m[1]), int(m[2]), int(m[3])
    elif m := re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", value):
        y, mo, d = int(m[1]), int(m[2]), int(m[3])
    elif m := re.fullmatch(r"(\d{1,2})\.?\s+([^\W\d_]+)\s+(\d{4})", value):
        d, mo, y = int(m[1]), _MONTHS.get(m[2].casefold(), 0), int(m[3])
    elif m := re.fullmatch(r"([^\W\d_]+)\s+(\d{1,2}),?\s+(\d{4})", value):
        d, mo, y = int(m[2]), _MONTHS.get(m[1].casefold(), 0), int(m[3])
    else:
        return None
    try:
        return dt.date(y, mo, d).isoformat()
    except ValueError:
        return None


def pieces(value: str, offset: int, sep: re.Pattern[str]) -> list[tuple[str, int, int]]:
    """Split ``value`` (which starts at ``offset`` in the text) on ``sep``, keeping offsets."""
    out, pos = [], 0
    for m in [*sep.finditer(value), None]:
        end = m.start() if m else len(value)
        raw = value[pos:end]
        stripped = raw.strip()
        if stripped:
            lead = len(raw) - len(raw.lstrip())
            out.append((stripped, offset + pos + lead, offset + pos + lead + len(stripped)))
        if m:
            pos = m.end()
    return out
