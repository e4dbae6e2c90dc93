"""What a profile text holds: the header fields and roles it knows, and the parsed :class:`Profile`.

Every part of a :class:`Profile` keeps where it stands in the text (:class:`Span`: character
offsets and line), so each fact made from it can quote its wording.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from clustergraph.loaders.textkit import ROLE_PATTERNS, Lines, Span, parse_date, role_of

__all__ = ["ROLE_PATTERNS", "Lines", "Span", "parse_date", "role_of"]

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
