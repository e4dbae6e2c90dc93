"""Parsing a profile text: the header block's fields, the date and address, then the findings.

Pure: text in, :class:`~clustergraph.loaders.profile.fields.Profile` out; no graph, no files.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
from typing import Any

from clustergraph.errors import DataError, Problem
from clustergraph.loaders.profile.fields import (
    FIELD_LINE,
    FIELD_LIST,
    FIELDS,
    NAME_SEP,
    REQUIRED,
    YEAR,
    Function,
    Lines,
    Person,
    Profile,
    Span,
    parse_date,
    pieces,
    role_of,
)
from clustergraph.loaders.profile.findings import find_patterns
from clustergraph.loaders.reconcile import split_title
from clustergraph.loaders.terms import check_iri
from clustergraph.text import bad_characters, check_name, line_and_column, nfc

#: Header fields whose values are names (a person, a function, a cluster, an industry).
_NAMES = ("name", "function", "cluster", "industry")


def parse_profile(text: str, file: str = "<text>") -> Profile:
    """Parse a profile text; :class:`DataError` lists every problem of the header.

    Pure: no graph, no files. The text is taken in Unicode normal form C; offsets count its
    characters. NUL, control characters and bidi overrides anywhere, and any control, bidi or
    invisible character in a header name, are problems with their line and column.
    """
    text = nfc(text)
    lines = Lines(text)
    problems: list[Problem] = []

    def problem(line: int | None, value: Any, expected: str) -> None:
        problems.append(Problem(file, line, None, value, expected))

    reported: set[int] = set()
    for at, what in bad_characters(text):
        if len(reported) == 20:
            break
        reported.add(at)
        line, column = line_and_column(text, at)
        start = lines.starts[line - 1]
        end = text.find("\n", at)
        snippet = text[max(start, at - 30) : min(at + 30, len(text) if end < 0 else end)]
        problem(line, snippet, f"text without {what} (at column {column})")

    # Every "Field: value" line with its position.
    field_lines: list[tuple[int, str, str, int, int]] = []  # line no, key, value, value start/end
    raw_lines = text.split("\n")
    offset = 0
    for n, raw in enumerate(raw_lines, start=1):
        m = FIELD_LINE.match(raw)
        if m:
            value = m.group(2).rstrip(" \t")
            field_lines.append((n, m.group(1), value, offset + m.start(2), offset + m.start(2) + len(value)))
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
        bad = check_name(value) if canon in _NAMES else None
        if bad is not None and start + bad[0] not in reported:
            column = line_and_column(text, start + bad[0])[1]
            problem(n, f"{key}: {value}", f"a name without {bad[1]} (at column {column})")
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
        for piece, s, e in pieces(value, start, NAME_SEP):
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
        parts = pieces(value, start, NAME_SEP)
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
        if not re.fullmatch(r"(?:19|20)[0-9]{2}(?:\s*(?:,|;|&|/|und|and)\s*(?:19|20)[0-9]{2})*", value):
            problem(n, f"{key}: {value}", "a year (YYYY), or one year per person joined by 'und'/'and'")
        else:
            this_year = dt.date.today().year
            for m in YEAR.finditer(value):
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
            r"\(\s{0,5}+((?:https?://)?(?:www\.)?[a-z0-9-]{1,63}+(?:\.[a-z0-9-]{1,63}+){1,10}+[^\s)]{0,300}+)\s{0,5}+\)\s*+$",
            value,
            re.I,
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
    profile.findings = list(find_patterns(text, lines, profile, (header_start, header_end)))
    return profile
