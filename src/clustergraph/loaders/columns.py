"""Column types of the data tables: each parses one cell or says what it expected.

A parser takes the cell text (already stripped, never empty) and returns a typed value,
or raises :class:`ValueError` whose message says what was expected. References to other
tables are parsed here (shape only) and resolved later, once every table is read.

>>> parse_date("2022-03")
'2022-03'
>>> parse_date("March 2022")
Traceback (most recent call last):
...
ValueError: an ISO date: YYYY, YYYY-MM or YYYY-MM-DD
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from clustergraph.loaders.terms import check_iri
from clustergraph.text import check_name, check_text, nfc

LIST_SEPARATOR = " | "

# Every pattern is matched whole (fullmatch) and spells its digits [0-9]: \d would let the digits
# of other scripts through (Arabic-Indic, full-width), which no RDF datatype accepts.
_SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_REGION_ID = re.compile(r"(?:[A-Z]{2}(?:-[A-Z0-9]{1,3})?|[a-z]{2}(?:-[a-z0-9]+)+)")
_DATE = re.compile(r"([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?")
_COUNTRY = re.compile(r"[A-Z]{2}")
_HOST = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?\.[A-Za-z]{2,}(?:/[!-~]*)?")
_INTEGER = re.compile(r"[0-9]+")
#: The lexical form of xsd:decimal: ASCII digits, an optional sign and dot, no exponent.
_DECIMAL = re.compile(r"[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)")

#: Kinds of typed ids (``org:optonet``) and the tables they point into.
TYPED_ID_KINDS = {
    "org": "organisations",
    "person": "people",
    "programme": "programmes",
    "partnership": "partnerships",
    "event": "events",
    "region": "regions",
    "label-scheme": "label-scheme",
}


@dataclass(frozen=True)
class Ref:
    """A reference to a row of another table (or a vocabulary), resolved after reading."""

    table: str
    id: str

    def __str__(self) -> str:
        return self.id


def _where(value: str, offset: int) -> str:
    if "\n" in value[:offset]:
        line = value.count("\n", 0, offset)
        return f"at character {offset - value.rfind(chr(10), 0, offset)} of the cell's line {line + 1}"
    return f"at character {offset + 1}"


def parse_name(value: str) -> str:
    """A name or a short label: one line, no control, bidi or invisible character; NFC.

    >>> parse_name("Mu\u0308ller") == "Müller"
    True
    >>> parse_name("Anna\u202eTset")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    ValueError: a name without control, bidi or invisible characters (found U+202E ..., at character 5)
    """
    bad = check_name(value)
    if bad:
        raise ValueError(
            f"a name without control, bidi or invisible characters (found {bad[1]}, {_where(value, bad[0])})"
        )
    return nfc(value)


def parse_text(value: str) -> str:
    """Free text (a note, a reason): line breaks allowed; no NUL, control character or bidi override; NFC."""
    bad = check_text(value)
    if bad:
        raise ValueError(
            "text without NUL, control characters or bidi overrides "
            f"(found {bad[1]}, {_where(value, bad[0])})"
        )
    return nfc(value)


def parse_slug(value: str) -> str:
    if not _SLUG.fullmatch(value):
        raise ValueError("an id of lower-case letters, digits and single hyphens (e.g. 'optonet')")
    return value


def parse_region_id(value: str) -> str:
    if not _REGION_ID.fullmatch(value):
        raise ValueError("a region id: ISO code ('DE', 'DE-TH') or a city id ('de-jena')")
    return value


def parse_date(value: str) -> str:
    m = _DATE.fullmatch(value)
    if not m:
        raise ValueError("an ISO date: YYYY, YYYY-MM or YYYY-MM-DD")
    year, month, day = m.groups()
    try:
        dt.date(int(year), int(month or 1), int(day or 1))
    except ValueError:
        raise ValueError("a real calendar date in ISO form: YYYY, YYYY-MM or YYYY-MM-DD") from None
    return value


def parse_integer(value: str) -> int:
    """A whole number that is not negative, in the digits 0-9.

    >>> parse_integer("\u0661\u0662")
    Traceback (most recent call last):
    ...
    ValueError: a whole number such as 115 (the digits 0-9, no sign, separator or exponent)
    """
    if value.startswith("-") and _INTEGER.fullmatch(value[1:]):
        raise ValueError("a whole number that is not negative")
    if not _INTEGER.fullmatch(value):
        raise ValueError("a whole number such as 115 (the digits 0-9, no sign, separator or exponent)")
    return int(value)


def parse_decimal(value: str) -> str:
    """A decimal number as xsd:decimal writes it: 816500, -3, 12.5 (no exponent, no separators).

    >>> parse_decimal("1e5")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    ValueError: a number such as 816500 or 12.5 (the digits 0-9, a dot for decimals, no exponent ...)
    """
    if not _DECIMAL.fullmatch(value):
        raise ValueError(
            "a number such as 816500 or 12.5 (the digits 0-9, a dot for decimals, no exponent or separators)"
        )
    return value


def parse_boolean(value: str) -> bool:
    low = value.lower()
    if low in ("true", "yes", "1"):
        return True
    if low in ("false", "no", "0"):
        return False
    raise ValueError("true or false")


def parse_url(value: str) -> str:
    if not re.match(r"https?://[^/?#]", value):
        raise ValueError("a web address starting with http:// or https://")
    check_iri(value)
    return value


def parse_source_ref(value: str) -> str:
    """A page: its id in ``sources.csv`` (``optonet-gold-2023``) or its address (``https://...``).

    Ids are resolved to addresses once ``sources.csv`` is read.
    """
    if value.startswith(("http://", "https://")):
        return parse_url(value)
    if not _SLUG.match(value):
        raise ValueError(
            "a source id from sources.csv (lower-case letters, digits, hyphens) or a web address"
        )
    return value


_CITE_GROUP_START = re.compile(r";\s*(?=[a-z_][a-z0-9_]*(?:\s+[a-z_][a-z0-9_]*)*\s*:\s)")
_CITE_FIELDS = re.compile(r"^[a-z_][a-z0-9_]*(?:\s+[a-z_][a-z0-9_]*)*$")


def parse_cites(value: str) -> list[tuple[tuple[str, ...], list[str]]]:
    """Fact-level sources per column: ``field field: page | page; field: page``.

    Each group names one or more columns of the row, a colon and a space, then the pages (ids or
    addresses) that state what those columns say. Column names are checked against the table
    later (the parser does not know the table).

    >>> parse_cites("name city: a-page | b-page; founded: c-page")
    [(('name', 'city'), ['a-page', 'b-page']), (('founded',), ['c-page'])]
    >>> parse_cites("founded c-page")
    Traceback (most recent call last):
    ...
    ValueError: groups 'column column: page | page' separated by '; ' (got 'founded c-page')
    """
    groups: list[tuple[tuple[str, ...], list[str]]] = []
    for part in _CITE_GROUP_START.split(value):
        part = part.strip()
        names, sep, pages = part.partition(": ")
        names = names.strip()
        if not sep or not _CITE_FIELDS.match(names) or not pages.strip():
            raise ValueError(f"groups 'column column: page | page' separated by '; ' (got {part!r})")
        refs = [t.strip() for t in pages.split("|")]
        if any(not t for t in refs):
            raise ValueError(f"pages separated by '{LIST_SEPARATOR}', none empty (got {part!r})")
        groups.append((tuple(names.split()), [parse_source_ref(t) for t in refs]))
    return groups


def parse_website(value: str) -> str:
    """A website: a full URL, or a host name to which ``https://`` is added."""
    if value.startswith(("http://", "https://")):
        return parse_url(value)
    if not _HOST.fullmatch(value):
        raise ValueError("a web address (https://example.org) or a host name (example.org)")
    return parse_url("https://" + value)


def parse_country(value: str) -> str:
    if not _COUNTRY.fullmatch(value):
        raise ValueError("an ISO 3166-1 alpha-2 country code in capitals, such as DE")
    return value


def coordinate(lo: float, hi: float, what: str) -> Callable[[str], str]:
    """A parser of a latitude or longitude in decimal degrees between ``lo`` and ``hi``."""

    def parse(value: str) -> str:
        try:
            parse_decimal(value)
        except ValueError:
            raise ValueError(
                f"a {what} in decimal degrees between {lo:g} and {hi:g} "
                "(the digits 0-9 and a dot, no exponent)"
            ) from None
        if not lo <= float(value) <= hi:
            raise ValueError(f"a {what} in decimal degrees between {lo:g} and {hi:g}")
        return value

    return parse


def parse_nace(value: str) -> str:
    if not re.fullmatch(r"[A-U](?:[0-9]{2}(?:\.[0-9]{1,2})?)?|[0-9]{2}(?:\.[0-9]{1,2})?", value):
        raise ValueError("a NACE Rev. 2 code such as 26.70, 26.7, 26 or C")
    return value


def parse_nuts(value: str) -> str:
    if not re.fullmatch(r"[A-Z]{2}[A-Z0-9]{0,3}", value):
        raise ValueError("a NUTS code such as DEG, DE2 or ES51")
    return value


def parse_currency(value: str) -> str:
    if not re.fullmatch(r"[A-Z]{3}", value):
        raise ValueError("an ISO 4217 currency code such as EUR")
    return value


def parse_geonames(value: str) -> str:
    if not re.fullmatch(r"[0-9]+", value):
        raise ValueError("a GeoNames id (digits only)")
    return value


def code(allowed: Iterable[str]) -> Callable[[str], str]:
    """A parser accepting only the given codes (a controlled vocabulary)."""
    allowed = tuple(allowed)

    def parse(value: str) -> str:
        if value not in allowed:
            raise ValueError("one of: " + ", ".join(allowed))
        return value

    parse.allowed = allowed  # type: ignore[attr-defined]
    return parse


def ref(table: str) -> Callable[[str], Ref]:
    """A parser for a reference to another table by id."""
    inner = parse_region_id if table == "regions" else parse_slug

    def parse(value: str) -> Ref:
        return Ref(table, inner(value))

    return parse


def typed_ref(*kinds: str) -> Callable[[str], Ref]:
    """A parser for a typed id such as ``org:optonet`` or ``programme:go-cluster``."""

    def parse(value: str) -> Ref:
        kind, sep, ident = value.partition(":")
        if not sep or kind not in kinds:
            raise ValueError("a typed id such as " + " or ".join(f"'{k}:some-id'" for k in kinds))
        return ref(TYPED_ID_KINDS[kind])(ident)

    return parse


@dataclass(frozen=True)
class Column:
    """One column of a table: its parser, whether it is required, whether it holds a list."""

    name: str
    parse: Callable[[str], Any] = parse_name
    required: bool = False
    many: bool = False
    doc: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    def expected(self) -> str:
        """What this column expects, for error messages (from the parser's own message)."""
        try:
            self.parse("\x00")
        except ValueError as exc:
            return str(exc)
        return "a value"
