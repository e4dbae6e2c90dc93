"""Profile texts: a cluster management introduces itself → persons, posts, the cluster, facts.

The format is go-cluster's monthly series ("Clustermanagements stellen sich vor"): free text
(a date line, a title, an introduction), a header block of ``Field: value`` lines, then an
interview. German is the main case, English works the same way:

=================  =====================  ======================================================
German             English                becomes
=================  =====================  ======================================================
``Name``           ``Name``               persons (several joined by "und"/"and"/","); titles
                                          (Dr., Prof.) go to ``foaf:title``
``Funktion``       ``Function``           each person's post (``org:Membership``, ``org:role``
                                          from the wording, ``cg:roleLabel`` as written)
``Cluster``        ``Cluster``            the cluster organisation (reconciled with the graph)
``Branche``        ``Industry``           ``cg:industry`` (must be an industry of the graph)
``im Cluster seit````In the cluster since`` one year per person, same order: a ``staff`` post
                                          starting that year (as the tables record it)
``Quelle``/``Datum`` ``Source``/``Date``  the profile's address and date (a date alone on a
                                          line before the header counts too)
=================  =====================  ======================================================

Beyond the header, :func:`parse_profile` finds what the text states in a clear pattern:
a dual leadership since a year (the posts' start), member counts ("mehr als 120
Mitgliedsorganisationen": a ``cg:CountObservation`` dated with the profile), a label obtained
in a year (a ``cg:LabelAward``; "im letzten Jahr" counts from the profile's date) and an
event's partner country (``cg:partnerCountry``). Every fact gets a ``cg:TextExtraction``
with the rule, the character offsets and the wording it came from.

Parsing is pure (:func:`parse_profile`: text → :class:`Profile`); :func:`profile_batch`
reconciles it with an :class:`~clustergraph.loaders.reconcile.EntityIndex` and makes the triples;
:func:`load_profile` does both for a file. All problems of a file are reported together
(:class:`~clustergraph.errors.DataError`) and nothing of it is loaded.

>>> p = parse_profile("Name: Dr. Ada Muster und Bo Beispiel\\nFunktion: Geschäftsführer\\n"
...     "Cluster: Nordlicht e. V.\\nBranche: Photonik\\nim Cluster seit: 2010 und 2019\\n")
>>> [(x.title, x.name) for x in p.persons], [r.role for r in p.functions], p.since_years
([('Dr.', 'Ada Muster'), (None, 'Bo Beispiel')], ['managing-director'], ['2010', '2019'])
"""

from __future__ import annotations

import bisect
import datetime as dt
import difflib
import hashlib
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from clustergraph.errors import AmbiguousMatch, DataError, Problem
from clustergraph.loaders.batch import SourceBatch, file_address
from clustergraph.loaders.columns import Ref
from clustergraph.loaders.files import read_text
from clustergraph.loaders.reconcile import Decision, EntityIndex, Match, normalise, split_title
from clustergraph.loaders.terms import Triple, check_iri, iri, literal
from clustergraph.loaders.triples import (
    ALT,
    LABEL,
    PREF,
    RDF,
    A,
    count_triples,
    data_iri,
    label_award_triples,
    organisation_triples,
    person_triples,
    post_triples,
)
from clustergraph.model.namespaces import CG_IRI, DATA_IRI

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
    (r"stellv\w*\.?\s*(?:cluster\s*-?\s*manag)|deputy cluster manag", "deputy-cluster-manager"),
    (r"stellv\w*\.?\s*(?:vorstands)?vorsitz|vice[- ]?chair", "vice-chair"),
    (
        r"gesch(?:ä|ae)ftsf(?:ü|ue)hr|managing director|\bceo\b|executive director|general manager",
        "managing-director",
    ),
    (r"cluster\s*-?\s*manag", "cluster-manager"),
    (r"vorstandsvorsitz|vorsitzend|\bchair", "chair"),
    (r"beiratssprecher|advisory board spokes", "advisory-board-spokesperson"),
    (r"vorstandsmitglied|\bvorstand\b|board member", "board-member"),
    (r"sprecher|spokes", "spokesperson"),
    (r"leiter|leitung|\bhead\b", "head"),
    (r"projektmanag|programm(?:e)?\s*-?\s*manag|program manager|project manager", "programme-manager"),
    (r"pr(?:ä|ae)sident|president", "president"),
    (r"gr(?:ü|ue)nder|founder", "founder"),
    (r"direktor|director", "director"),
    (r"referent|officer", "officer"),
    (r"mitarbeiter|\bstaff\b", "staff"),
)

_FIELD_LINE = re.compile(r"^[ \t]*([^\W\d_][^\W\d_ .\-]*(?:[ .\-]+[^\W\d_]+){0,4})[ \t]*:[ \t]*(.*?)[ \t]*$")
_SEP = re.compile(r"\s*(?:,|;|&|/|\bund\b|\band\b)\s*")
_INDUSTRY_SEP = re.compile(r"\s*(?:,|;|/)\s*|(?<!-)\s+(?:und|and|&)\s+")
_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
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


# --------------------------------------------------------------------------- parsing


class _Lines:
    """Line starts of a text, to turn offsets into line numbers."""

    def __init__(self, text: str) -> None:
        self.starts = [0] + [m.end() for m in re.finditer("\n", text)]

    def line(self, offset: int) -> int:
        return bisect.bisect_right(self.starts, offset)

    def span(self, start: int, end: int) -> Span:
        return Span(start, end, self.line(start))


def _pieces(value: str, offset: int, sep: re.Pattern[str]) -> list[tuple[str, int, int]]:
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


def parse_profile(text: str, file: str = "<text>") -> Profile:
    """Parse a profile text; :class:`DataError` lists every problem of the header.

    Pure: no graph, no files. Offsets count characters of ``text``.
    """
    lines = _Lines(text)
    problems: list[Problem] = []

    def problem(line: int | None, value: Any, expected: str) -> None:
        problems.append(Problem(file, line, None, value, expected))

    # Every "Field: value" line with its position.
    field_lines: list[tuple[int, str, str, int, int]] = []  # line no, key, value, value start/end
    raw_lines = text.split("\n")
    offset = 0
    for n, raw in enumerate(raw_lines, start=1):
        m = _FIELD_LINE.match(raw)
        if m:
            field_lines.append((n, m.group(1), m.group(2), offset + m.start(2), offset + m.end(2)))
        offset += len(raw) + 1
    by_line = {fl[0]: fl for fl in field_lines}

    name_line = next((fl[0] for fl in field_lines if fl[1].casefold() == "name"), None)
    if name_line is None:
        raise DataError(
            [
                Problem(
                    file,
                    None,
                    None,
                    "",
                    f"a header block of 'Field: value' lines starting with 'Name:' ({FIELD_LIST})",
                )
            ],
            f"{file} is not a profile text",
        )
    # The header block: the run of consecutive field lines around the Name line.
    first = name_line
    while first - 1 in by_line:
        first -= 1
    last = name_line
    while last + 1 in by_line:
        last += 1
    header: dict[str, tuple[str, int, int, int, str]] = {}  # key → value, start, end, line, as written
    languages: set[str] = set()
    for n in range(first, last + 1):
        _, key, value, start, end = by_line[n]
        spec = FIELDS.get(" ".join(key.casefold().split()))
        if spec is None:
            near = difflib.get_close_matches(key, [k.title() for k in FIELDS], n=1)
            hint = f" (did you mean {near[0]!r}?)" if near else ""
            problem(n, f"{key}: {value}", f"a known header field{hint}: {FIELD_LIST}")
            continue
        canon, lang = spec
        if canon in header:
            problem(
                n, f"{key}: {value}", f"each header field once ('{key}' is on line {header[canon][3]} too)"
            )
            continue
        if not value:
            problem(n, f"{key}:", f"a value after '{key}:'")
            continue
        if canon not in ("name", "cluster", "source", "date"):
            languages.add(lang)
        header[canon] = (value, start, end, n, key)
    # "Quelle:"/"Datum:" outside the header block count too.
    for n, key, value, start, end in field_lines:
        spec = FIELDS.get(" ".join(key.casefold().split()))
        if spec and spec[0] in ("source", "date") and spec[0] not in header and value:
            header[spec[0]] = (value, start, end, n, key)
    for canon, label in REQUIRED.items():
        if canon not in header and not any(p.line == name_line for p in problems if canon == "name"):
            problem(first, "", f"a '{label}:' line in the header block (lines {first}-{last})")
    language = "en" if languages == {"en"} else "de"

    # Persons.
    persons: list[Person] = []
    if "name" in header:
        value, start, _end, n, _key = header["name"]
        for piece, s, e in _pieces(value, start, _SEP):
            title, name = split_title(piece)
            words = [w for w in name.split() if any(c.isalpha() for c in w)]
            if len(words) < 2:
                problem(n, piece, "a person's full name (first and last name), several joined by 'und'/'and'")
                continue
            persons.append(Person(name, title, lines.span(s, e)))

    # Functions.
    functions: list[Function] = []
    if "function" in header:
        value, start, end, n, key = header["function"]
        parts = _pieces(value, start, _SEP)
        candidates = parts if len(parts) == len(persons) > 1 else [(value, start, end)]
        for label, s, e in candidates:
            role = role_of(label)
            if role is None:
                problem(
                    n,
                    f"{key}: {label}",
                    "a function whose role is known, e.g. Geschäftsführer(in), Clustermanager(in), "
                    "Vorstandsvorsitzende(r), Sprecher(in), Leiter(in), Managing Director, "
                    "Cluster Manager, Chair",
                )
                continue
            functions.append(Function(label, role, lines.span(s, e)))

    # Years joined.
    since: list[tuple[str, Span]] = []
    if "since" in header:
        value, start, _end, n, key = header["since"]
        if not re.fullmatch(r"(?:19|20)\d{2}(?:\s*(?:,|;|&|/|und|and)\s*(?:19|20)\d{2})*", value):
            problem(n, f"{key}: {value}", "a year (YYYY), or one year per person joined by 'und'/'and'")
        else:
            this_year = dt.date.today().year
            for m in _YEAR.finditer(value):
                if int(m.group()) > this_year + 1:
                    problem(n, m.group(), f"a year not after {this_year + 1}")
                since.append((m.group(), lines.span(start + m.start(), start + m.end())))
            if persons and len(since) != len(persons):
                names = ", ".join(p.name for p in persons)
                problem(
                    n,
                    f"{key}: {value}",
                    f"one year per person in the order of 'Name' ({len(persons)} names: {names}; "
                    f"{len(since)} year{'s' if len(since) != 1 else ''})",
                )

    # Industries (checked against the graph later).
    industries: list[tuple[str, Span]] = []
    if "industry" in header:
        value, start, end, _n, _key = header["industry"]
        industries = [(value, lines.span(start, end))]

    # The profile's date and address.
    date: str | None = None
    if "date" in header:
        value, _s, _e, n, key = header["date"]
        date = parse_date(value)
        if date is None:
            problem(n, f"{key}: {value}", "a date: DD.MM.YYYY, YYYY-MM-DD or '1. Juni 2024'")
    else:
        for raw in raw_lines[: first - 1]:
            if raw.strip() and (found := parse_date(raw)):
                date = found
                break
    address: str | None = None
    if "source" in header:
        value, _s, _e, n, key = header["source"]
        try:
            if not value.startswith(("http://", "https://")):
                raise ValueError("a web address starting with http:// or https://")
            address = check_iri(value)
        except ValueError as exc:
            problem(n, f"{key}: {value}", str(exc))

    cluster, cluster_span, website = "", Span(0, 0, first), None
    if "cluster" in header:
        value, start, end, _n, _key = header["cluster"]
        cluster, cluster_span = value, lines.span(start, end)
        m = re.search(
            r"\(\s*((?:https?://)?(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)+[^\s)]*)\s*\)\s*$", value, re.I
        )
        if m:
            website = m.group(1)
            cluster = value[: m.start()].strip()
            cluster_span = lines.span(start, start + len(value[: m.start()].rstrip()))

    if problems:
        raise DataError(problems, f"{len(problems)} problem(s) in the profile {file}")
    profile = Profile(
        text=text,
        file=file,
        language=language,
        persons=persons,
        functions=functions,
        cluster=cluster,
        cluster_span=cluster_span,
        cluster_website=website,
        industries=industries,
        since=since,
        date=date,
        address=address,
    )
    if "industry" not in header:
        profile.warnings.append(
            f"{file}: no 'Branche:' / 'Industry:' line; the cluster's industry is not stated"
        )
    if "since" not in header:
        profile.warnings.append(f"{file}: no 'im Cluster seit:' / 'In the cluster since:' line")
    header_end = lines.starts[last] if last < len(lines.starts) else len(text)
    header_start = lines.starts[first - 1]
    profile.findings = list(_find(text, lines, profile, (header_start, header_end)))
    return profile


# --------------------------------------------------------------------------- patterns in the text

_ABBREVIATIONS = {
    "dr", "prof", "bzw", "ca", "nr", "st", "usw", "etc", "inkl", "ggf", "vgl", "mio", "mrd", "dipl",
    "ing", "mr", "mrs", "ms", "no", "vs", "approx", "sog", "evtl", "bspw", "zb",
}  # fmt: skip
_BOUNDARY = re.compile(r"\n|(?<=[.!?])[\s\"“”„'’)]*\s")


def _boundaries(text: str) -> list[int]:
    out = [0]
    for m in _BOUNDARY.finditer(text):
        if text[m.start()] != "\n":
            word = re.search(r"([^\W_]+)[.!?]$", text[max(0, m.start() - 30) : m.start()])
            w = word.group(1) if word else ""
            if len(w) <= 1 or w.casefold() in _ABBREVIATIONS or (w.isdigit() and len(w) <= 3):
                continue
        out.append(m.end())
    out.append(len(text))
    return out


def _sentence(bounds: list[int], pos: int) -> tuple[int, int]:
    i = bisect.bisect_right(bounds, pos)
    return bounds[i - 1], bounds[min(i, len(bounds) - 1)]


_QUALIFIERS = {
    "mehr als": "more-than", "über": "more-than", "ueber": "more-than", "more than": "more-than",
    "over": "more-than", "rund": "about", "etwa": "about", "ca.": "about", "circa": "about",
    "ungefähr": "about", "around": "about", "about": "about", "approximately": "about",
    "roughly": "about", "some": "about", "knapp": "almost", "fast": "almost", "beinahe": "almost",
    "nearly": "almost", "almost": "almost", "mindestens": "at-least", "at least": "at-least",
    "weniger als": "fewer-than", "fewer than": "fewer-than", "less than": "fewer-than",
}  # fmt: skip
_COUNT = re.compile(
    r"(?:\b(?P<q>" + "|".join(re.escape(q) for q in sorted(_QUALIFIERS, key=len, reverse=True)) + r")\s+)?"
    r"\b(?P<n>\d{1,3}(?:[.,]\d{3})+|\d+)\s+"
    r"(?P<what>Mitgliedsorganisationen|Mitgliedsunternehmen|Mitgliedsfirmen|Mitgliedern|Mitglieder"
    r"|member\s+organi[sz]ations|member\s+companies|member\s+firms|members)\b",
    re.IGNORECASE,
)
_LEADERSHIP = re.compile(
    r"Doppelspitze|Doppel-Spitze|Doppelführung|Führungsduo|dual\s+leadership|joint\s+leadership"
    r"|co-leadership|joint\s+management|two\s+managing\s+directors",
    re.IGNORECASE,
)
_SINCE_YEAR = re.compile(
    r"\b(?:seit|since|ab|from)\s+(?:dem\s+Jahr\s+|Anfang\s+|Mitte\s+|Ende\s+)?((?:19|20)\d{2})\b", re.I
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
_EVENT = r"(?P<event>(?:\d{1,3}\.\s+)?[A-ZÄÖÜ0-9][\w-]*(?:\s+[A-ZÄÖÜ0-9][\w.-]*){0,5})"
_COUNTRY = r"(?P<country>[A-ZÄÖÜ][\w-]+(?:\s+[A-ZÄÖÜ][\w-]+)?)"
_PARTNER_COUNTRY = (
    re.compile(_EVENT + r"\s*,\s*(?:bei|auf|an|in)\s+(?:der|dem|denen)\s+" + _COUNTRY
               + r"\s+(?:(?:unser|das|als|dieses\s+Jahr|in\s+diesem\s+Jahr)\s+)*Partnerland"),
    re.compile(r"Partnerland\s+(?:der|des|dieser|dieses)\s+" + _EVENT
               + r"\s+(?:ist|war|wird|sind)\s+(?:(?:in\s+diesem\s+Jahr|dieses\s+Jahr|2\d{3})\s+)?"
               + _COUNTRY),
    re.compile(_EVENT + r"\s*,\s*(?:where|at\s+which|with)\s+" + _COUNTRY
               + r"\s+(?:is|was|will\s+be|as)\s+(?:our\s+|the\s+)?partner\s+country"),
    re.compile(r"[Pp]artner\s+country\s+(?:of|at)\s+(?:the\s+|this\s+year's\s+)?" + _EVENT
               + r"\s+(?:is|was|will\s+be)\s+" + _COUNTRY),
)  # fmt: skip


def _number(text: str) -> int:
    return int(re.sub(r"[.,]", "", text))


def _find(text: str, lines: _Lines, profile: Profile, header: tuple[int, int]) -> Iterator[Finding]:
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
        years = [(abs(y.start() + s - m.start()), y.group()) for y in _YEAR.finditer(sentence)]
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


# --------------------------------------------------------------------------- triples


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", normalise(text, legal_forms=False)).strip("-") or "x"


def _id_of(entity_iri: str, kind: str) -> str:
    return entity_iri[len(f"{DATA_IRI}{kind}/") :]


class _Builder:
    """Collects a profile's triples, extraction records, notes and decisions."""

    def __init__(self, profile: Profile, index: EntityIndex, address: str) -> None:
        self.p, self.index, self.address = profile, index, address
        self.triples: list[Triple] = []
        self.problems: list[Problem] = []
        self.ambiguous: list[tuple[str, str, list[tuple[str, str]]]] = []
        self.decisions: list[Decision] = []
        self.notes: list[str] = []
        self._n = 0
        self._graph_key = hashlib.sha1(address.encode("utf-8")).hexdigest()[:16]

    def where(self, span: Span) -> str:
        return f"{self.p.file}, line {span.line}"

    def match(self, kind: str, name: str, span: Span, website: str | None = None) -> Match:
        m = self.index.match(kind, name, website=website)
        if m.ambiguous:
            self.ambiguous.append((name, self.where(span), list(m.candidates)))
        elif m.attached:
            label = self.index.labels.get(m.iri or "", m.iri)
            self.notes.append(f"{kind} {name!r} → {label} <{m.iri}> ({m.how} match)")
            self.decisions.append(Decision(kind, name, m.iri or "", m.how, self.address))
        return m

    def add(self, triples: Iterator[Triple] | list[Triple], reused: str | None = None) -> None:
        """Add triples; on a node the graph holds already, leave out values it has one of."""
        if reused is None or not self.index.has_value.get(reused):
            self.triples.extend(triples)
            return
        taken = self.index.has_value[reused]
        node = iri(reused)
        dropped_interval = "http://www.w3.org/ns/org#memberDuring" in taken
        for s, p, o in triples:
            if s == node and p[1:-1] in taken:
                continue
            if dropped_interval and s.startswith(node[:-1] + "/interval"):
                continue
            self.triples.append((s, p, o))

    def extraction(
        self, rule: str, span: Span, facts: list[str] = (), statement: Triple | None = None
    ) -> None:  # type: ignore[assignment]
        self._n += 1
        x = iri(f"{DATA_IRI}extraction/{self._graph_key}/{self._n}")
        cg = lambda t: f"<{CG_IRI}{t}>"  # noqa: E731
        self.triples += [
            (x, A, cg("TextExtraction")),
            (x, cg("extractionRule"), literal(rule)),
            (x, cg("extractedFrom"), iri(self.address)),
            (x, cg("textStart"), _nonneg(span.start)),
            (x, cg("textEnd"), _nonneg(span.end)),
            (x, cg("quotedText"), literal(self.p.text[span.start : span.end])),
        ]
        for f in facts:
            self.triples.append((x, cg("extractedFact"), iri(f)))
        if statement:
            s, p, o = statement
            self.triples += [(x, f"<{RDF}subject>", s), (x, f"<{RDF}predicate>", p), (x, f"<{RDF}object>", o)]


def _nonneg(n: int) -> str:
    return f'"{n}"^^<http://www.w3.org/2001/XMLSchema#nonNegativeInteger>'


def profile_batch(profile: Profile, index: EntityIndex, address: str) -> SourceBatch:
    """Reconcile a parsed profile with the graph (``index``) and make its triples.

    Entities found in the index are attached to; new ones are created and added to the index
    (so the next profile of a batch finds them). Raises :class:`AmbiguousMatch` or
    :class:`DataError` (unknown industry) with every problem of the profile.
    """
    b = _Builder(profile, index, address)
    p = profile

    # The cluster.
    org = b.match("org", p.cluster, p.cluster_span, website=p.cluster_website)
    org_iri: str | None = org.iri
    if org.how == "new":
        slug = _slug(normalise(p.cluster) or p.cluster)
        org_iri = f"{DATA_IRI}org/{slug}"
        n = 2
        while index.knows(org_iri):
            org_iri = f"{DATA_IRI}org/{slug}-{n}"
            n += 1
        has_form = normalise(p.cluster) != normalise(p.cluster, legal_forms=False)
        website = None
        if p.cluster_website:
            w = p.cluster_website
            website = w if w.startswith(("http://", "https://")) else "https://" + w
        b.add(
            organisation_triples(
                {
                    "id": _id_of(org_iri, "org"),
                    "name": p.cluster,
                    "legal_name": p.cluster if has_form else None,
                    "org_type": "cluster",
                    "org_type_basis": "stated",
                    "website": website,
                }
            )
        )
        index.add("org", org_iri, [p.cluster], hosts=[website] if website else ())
        b.notes.append(f"org {p.cluster!r}: not in the graph; new organisation <{org_iri}>")
    elif org.attached and org_iri and p.cluster not in index.names.get(org_iri, ()):
        b.add([(iri(org_iri), ALT, literal(p.cluster))])
        index.add("org", org_iri, [p.cluster])
    if org_iri:
        b.extraction("header-cluster", p.cluster_span, [org_iri])

    # Industries.
    for value, span in p.industries:
        parts = [(value, span.start, span.end)]
        if not index.match("industry", value).attached and not index.match("industry", value).ambiguous:
            parts = _pieces(value, span.start, _INDUSTRY_SEP)
        for label, s, e in parts:
            ispan = Span(s, e, span.line)
            m = b.match("industry", label, ispan)
            if m.how == "new":
                known = sorted({b.index.labels[i] for i, k in index.kinds.items() if k == "industry"})
                near = difflib.get_close_matches(label, known, n=3, cutoff=0.5)
                hint = f" (did you mean {', '.join(near)}?)" if near else ""
                b.problems.append(
                    Problem(
                        p.file,
                        span.line,
                        None,
                        label,
                        f"an industry of the graph's vocabulary{hint}; "
                        "add it to industries.csv (or as an alias there) first",
                    )
                )
            elif m.attached and org_iri and m.iri:
                st = (iri(org_iri), f"<{CG_IRI}industry>", iri(m.iri))
                b.add([st])
                b.extraction("header-industry", ispan, statement=st)

    # Persons and their posts.
    leading_posts: list[str] = []
    dual = next((f for f in p.findings if f.rule == "dual-leadership"), None)
    if dual and len(p.persons) < 2:
        p.warnings.append(
            f"{p.file}, line {dual.span.line}: a dual leadership is stated but the header names "
            f"{len(p.persons)} person; its year is not used"
        )
        dual = None
    for i, person in enumerate(p.persons):
        m = b.match("person", person.name, person.span)
        person_iri = m.iri
        if m.how == "new":
            person_iri = f"{DATA_IRI}person/{_slug(person.name)}"
            b.add(
                person_triples(
                    {"id": _id_of(person_iri, "person"), "name": person.name, "title": person.title}
                )
            )
            index.add("person", person_iri, [person.name])
            b.notes.append(f"person {person.name!r}: not in the graph; new person <{person_iri}>")
        if person_iri is None or org_iri is None:
            continue
        b.extraction("header-name", person.span, [person_iri])
        function = p.function_of(i) if p.functions else None
        if function:
            start = dual.data["year"] if dual else None
            post = _post(b, person_iri, org_iri, function.role, function.label, start)
            b.extraction("header-function", function.span, [post])
            if dual:
                leading_posts.append(post)
        if i < len(p.since):
            year, yspan = p.since[i]
            label = ("im Cluster seit " if p.language == "de" else "in the cluster since ") + year
            post = _post(b, person_iri, org_iri, "staff", label, year)
            b.extraction("header-since", yspan, [post])
    if dual and leading_posts:
        b.extraction("dual-leadership", dual.span, leading_posts)

    # Findings in the text.
    for f in p.findings:
        if org_iri is None:
            break
        if f.rule == "member-count":
            oid = _id_of(org_iri, "org")
            base = data_iri("observation", f"org-{oid}.{f.data['counted']}.{p.date or 'undated'}")
            obs, n = base, 2
            while ("node", obs) in index.facts:
                obs, n = f"{base}-{n}", n + 1
            index.facts[("node", obs)] = set()
            b.add(
                count_triples(
                    {
                        "_iri": obs,
                        "subject": Ref("organisations", oid),
                        "counted": f.data["counted"],
                        "value": f.data["value"],
                        "qualifier": f.data["qualifier"],
                        "date": p.date,
                    }
                )
            )
            b.extraction("member-count", f.span, [obs])
        elif f.rule == "label-award":
            level_iri = f"https://w3id.org/clustergraph/vocab/label-level/{f.data['level']}"
            existing = index.facts.get(("award", org_iri, level_iri, f.data["year"]), set())
            if len(existing) == 1:
                award = next(iter(existing))
                b.notes.append(f"{f.data['level']} label {f.data['year']}: already in the graph <{award}>")
            else:
                oid = _id_of(org_iri, "org")
                award = data_iri(
                    "label-award", f"{oid}.cluster-management-excellence.{f.data['level']}.{f.data['year']}"
                )
            b.add(
                label_award_triples(
                    {
                        "_iri": award,
                        "organisation": Ref("organisations", _id_of(org_iri, "org")),
                        "scheme": "cluster-management-excellence",
                        "level": f.data["level"],
                        "date": f.data["year"],
                    }
                ),
                reused=award if len(existing) == 1 else None,
            )
            b.extraction("label-award", f.span, [award])
        elif f.rule == "partner-country":
            country = index.match("country", f.data["country"])
            if not country.attached:
                p.warnings.append(
                    f"{p.file}, line {f.span.line}: partner country {f.data['country']!r} is not a country "
                    "of the graph's regions; not loaded"
                )
                continue
            ev = b.match("event", f.data["event"], f.span)
            ev_iri = ev.iri
            if ev.how == "new":
                ev_iri = f"{DATA_IRI}event/{_slug(f.data['event'])}"
                name = literal(f.data["event"])
                b.add(
                    [
                        (iri(ev_iri), A, f"<{CG_IRI}Event>"),
                        (iri(ev_iri), PREF, name),
                        (iri(ev_iri), LABEL, name),
                    ]
                )
                index.add("event", ev_iri, [f.data["event"]])
                b.notes.append(f"event {f.data['event']!r}: not in the graph; new event <{ev_iri}>")
            if ev_iri:
                st = (iri(ev_iri), f"<{CG_IRI}partnerCountry>", iri(country.iri or ""))
                b.add([st])
                b.extraction("partner-country", f.span, statement=st)

    if b.ambiguous:
        raise AmbiguousMatch(b.ambiguous)
    if b.problems:
        raise DataError(b.problems, f"{len(b.problems)} problem(s) in the profile {p.file}")
    return SourceBatch(
        address=address,
        kind="profile",
        triples=list(dict.fromkeys(b.triples)),
        file=p.file,
        issued=p.date,
        decisions=b.decisions,
        notes=b.notes,
        warnings=list(p.warnings),
    )


def _post(b: _Builder, person: str, org: str, role: str, label: str, start: str | None) -> str:
    """A post of ``person`` at ``org``: the graph's own if it has exactly one, else a new one."""
    existing = b.index.facts.get(
        ("post", person, org, f"https://w3id.org/clustergraph/vocab/role/{role}"), set()
    )
    if len(existing) == 1:
        post = next(iter(existing))
        reused: str | None = post
    else:
        post = data_iri(
            "membership", f"{_id_of(person, 'person')}.{_id_of(org, 'org')}.{role}.{start or 'undated'}"
        )
        reused = None
        b.index.facts[("post", person, org, f"https://w3id.org/clustergraph/vocab/role/{role}")].add(post)
    b.add(
        post_triples(
            {
                "_iri": post,
                "person": Ref("people", _id_of(person, "person")),
                "organisation": Ref("organisations", _id_of(org, "org")),
                "role": role,
                "role_label": label,
                "start": start,
            }
        ),
        reused=reused,
    )
    return post


def load_profile(path: Path | str, index: EntityIndex, *, source_url: str | None = None) -> SourceBatch:
    """Read, parse and reconcile one profile file (see :func:`read_profile` for its address)."""
    profile, address = read_profile(path, source_url=source_url)
    return profile_batch(profile, index, address)


__all__ = ["Profile", "load_profile", "parse_profile", "profile_batch", "read_profile", "role_of"]


def read_profile(path: Path | str, *, source_url: str | None = None) -> tuple[Profile, str]:
    """Read and parse one profile file; return it with its source address.

    The address is ``source_url``, else the text's ``Quelle:``/``Source:`` line, else the
    file's ``file:`` IRI.
    """
    path = Path(path)
    profile = parse_profile(read_text(path, WHAT), str(path))
    if source_url is not None:
        try:
            check_iri(source_url)
        except ValueError as exc:
            raise DataError([Problem(str(path), None, None, source_url, str(exc))]) from None
        if profile.address and profile.address != source_url:
            profile.warnings.append(f"{path}: the text names {profile.address}; using the given {source_url}")
    return profile, source_url or profile.address or file_address(path)
