# ruff: noqa: E501
"""Dates in German and English text: single dates, ranges, numeric and written-out months.

:func:`parse_date` reads one date that is the whole value (a header line); :func:`find_dates`
finds every date and date range in running text, each with its span, and the dates that look
like dates but are none (31.02.2024, "35. Oktober"), so a loader can refuse them.

>>> parse_date("01.06.2024"), parse_date("1. Juni 2024"), parse_date("June 1, 2024")
('2024-06-01', '2024-06-01', '2024-06-01')
>>> [(d.start, d.end) for d in find_dates("Am 14. und 15. Juni 2023 in Jena")]
[('2023-06-14', '2023-06-15')]
>>> [(d.start, d.end) for d in find_dates("from 30 September to 2 October 2021")]
[('2021-09-30', '2021-10-02')]
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass

from clustergraph.loaders.textkit.spans import windowed

_DE = ["januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober",
       "november", "dezember"]  # fmt: skip
_EN = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
       "october", "november", "december"]  # fmt: skip
MONTHS: dict[str, int] = {
    **{m: i for i, m in enumerate(_DE, 1)},
    **{m: i for i, m in enumerate(_EN, 1)},
    "maerz": 3, "jänner": 1, "feber": 2, "jän": 1, "jan": 1, "feb": 2, "mär": 3, "mar": 3, "apr": 4, "jun": 6, "jul": 7,
    "aug": 8, "sep": 9, "sept": 9, "okt": 10, "oct": 10, "nov": 11, "dez": 12, "dec": 12,
}  # fmt: skip

_MONTH = r"(?:" + "|".join(sorted((re.escape(m) for m in MONTHS), key=len, reverse=True)) + r")\.?"
_D = r"(?:[0-3]?[0-9])"
_ORD = r"(?:st|nd|rd|th)?"
_Y = r"(?:1[89][0-9]{2}|2[0-9]{3})"
_TO = r"\s{0,3}+(?:bis(?:\s+(?:zum|einschließlich))?|und(?:\s+am)?|to|until|till|through|thru|and(?:\s+on)?|&|[-–—/])\s{0,3}+"
_WD = (
    r"(?:(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|Monday|Tuesday|Wednesday"
    r"|Thursday|Friday|Saturday|Sunday),?\s{1,3}+)?"
)


#: A number after "Day", "Tag", "Week" is a day of a programme, not the first day of a range
#: ("Day 1 – Monday 11 May").
_NOT_LABEL = r"(?<!\bday )(?<!\btag )(?<!\bweek )(?<!\bwoche )(?<!\bno\. )(?<!\bnr\. )"


def _table(*patterns: tuple[str, str]) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """Named date patterns, compiled case-insensitively."""
    return tuple((name, re.compile(p, re.IGNORECASE)) for name, p in patterns)


# Every pattern starts at a digit or a month name and has bounded repetition only.
_PATTERNS = _table(
        # 14.06.2023 – 15.06.2023 ; 14.06.–15.06.2023 ; 14.–15.06.2023
        ("numeric-range", rf"(?<![\d.])(?P<d1>{_D})\.(?:\s?(?P<m1>[01]?[0-9])\.(?:\s?(?P<y1>{_Y}))?)?{_TO}"
                          rf"(?P<d2>{_D})\.\s?(?P<m2>[01]?[0-9])\.\s?(?P<y2>{_Y})(?![\d])"),
        ("numeric", rf"(?<![\d.])(?P<d2>{_D})\.\s?(?P<m2>[01]?[0-9])\.\s?(?P<y2>{_Y})(?![\d])"),
        ("iso-range", rf"(?<![\d-])(?P<y1>{_Y})-(?P<m1>[01][0-9])-(?P<d1>[0-3][0-9]){_TO}(?P<y2>{_Y})-(?P<m2>[01][0-9])-(?P<d2>[0-3][0-9])(?![\d])"),
        ("iso", rf"(?<![\d-])(?P<y2>{_Y})-(?P<m2>[01][0-9])-(?P<d2>[0-3][0-9])(?![\d])"),
        # 21/11/2023 (day first) and 11/21/2023 (month first): only when the day is over 12
        ("slash-dmy", rf"(?<![\d/])(?P<d2>1[3-9]|2[0-9]|3[01])/(?P<m2>0?[1-9]|1[0-2])/(?P<y2>{_Y})(?![\d/])"),
        ("slash-mdy", rf"(?<![\d/])(?P<m2>0?[1-9]|1[0-2])/(?P<d2>1[3-9]|2[0-9]|3[01])/(?P<y2>{_Y})(?![\d/])"),
        # 14. und 15. Juni 2023 ; 30. September bis 2. Oktober 2021 ; 14-15 June 2023
        ("day-month-range", rf"{_NOT_LABEL}(?<![\d.])(?P<d1>{_D})\.?{_ORD}(?:\s{{1,3}}+(?P<m1>{_MONTH})(?:\s{{1,3}}+(?P<y1>{_Y}))?)?"
                            rf"{_TO}{_WD}(?:the\s{{1,3}}+)?(?P<d2>{_D})\.?{_ORD}\s{{1,3}}+(?:of\s{{1,3}}+)?(?P<m2>{_MONTH})\s{{1,3}}+(?P<y2>{_Y})\b"),
        ("day-month", rf"(?<![\d.])(?P<d2>{_D})\.?{_ORD}\s{{1,3}}+(?:of\s{{1,3}}+)?(?P<m2>{_MONTH})\s{{1,3}}+(?P<y2>{_Y})\b"),
        # June 14-15, 2023 ; September 30 to October 2, 2021
        ("month-day-range", rf"\b(?P<m1>{_MONTH})\s{{1,3}}+(?P<d1>{_D}){_ORD}{_TO}(?:(?P<m2>{_MONTH})\s{{1,3}}+)?"
                            rf"(?P<d2>{_D}){_ORD},?\s{{1,3}}+(?P<y2>{_Y})\b"),
        ("month-day", rf"\b(?P<m2>{_MONTH})\s{{1,3}}+(?P<d2>{_D}){_ORD},?\s{{1,3}}+(?P<y2>{_Y})\b"),
)  # fmt: skip


#: Dates without a year ("Vom 3. bis 5. Mai", "Tuesday, 16 May", "May 16"): read only when the
#: caller gives the year (the report's dateline); the month's name must be capitalised.
_NO_YEAR = _table(
        ("day-month-range-no-year", rf"{_NOT_LABEL}(?<![\d.])(?P<d1>{_D})\.?{_ORD}(?:\s{{1,3}}+(?P<m1>{_MONTH}))?"
                                    rf"{_TO}{_WD}(?:the\s{{1,3}}+)?(?P<d2>{_D})\.?{_ORD}\s{{1,3}}+(?:of\s{{1,3}}+)?(?P<m2>{_MONTH})(?![\w-])"),
        ("day-month-no-year", rf"(?<![\d.])(?P<d2>{_D})\.?{_ORD}\s{{1,3}}+(?:of\s{{1,3}}+)?(?P<m2>{_MONTH})(?![\w-])"),
        # March 8–10 ; September 30 to October 1
        ("month-day-range-no-year", rf"\b(?P<m1>{_MONTH})\s{{1,3}}+(?P<d1>{_D}){_ORD}{_TO}(?:(?P<m2>{_MONTH})\s{{1,3}}+)?"
                                    rf"(?P<d2>{_D}){_ORD}(?![0-9])(?![\w-])(?!,?\s{{1,3}}+{_Y})"),
        ("month-day-no-year", rf"\b(?P<m2>{_MONTH})\s{{1,3}}+(?P<d2>{_D}){_ORD}(?![0-9])(?![\w-])"),
)  # fmt: skip
#: A numeric day without a year after "am", "vom", "bis", "den" or a weekday ("am 8.3.", "Dienstag, 14.05.",
#: "vom 8. bis 10.3."): read only with the caller's year, like the dates above.
_GERMAN_DAYS = ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag")
_NUMERIC_LEADS = (r"\bam ", r"\bAm ", r"\bvom ", r"\bVom ", r"\bbis ", r"\bden ",
                  *(f"{day}{sep}" for day in _GERMAN_DAYS for sep in (" ", ", ")))  # fmt: skip
_NUMERIC_NO_YEAR = re.compile(
    "(?:" + "|".join(f"(?<={lead})" for lead in _NUMERIC_LEADS) + ")"
    rf"(?:(?P<d1>{_D})\.(?:(?P<m1>[01]?[0-9])\.)?{_TO})?(?P<d2>{_D})\.(?P<m2>[01]?[0-9])\.(?![\w.]|\s?[0-9])"
)
_MONTH_WORD = re.compile(rf"(?<![\w-])(?=[A-ZÄÖÜ])(?i:{_MONTH})(?![\w-])")

_MONTH_ANCHORS = ("jan", "jän", "feb", "mär", "maer", "mar", "apr", "mai", "may", "jun", "jul", "aug", "sep",
                  "okt", "oct", "nov", "dez", "dec")  # fmt: skip
_MONTH_ANCHOR = re.compile("|".join(_MONTH_ANCHORS), re.IGNORECASE)
_YEAR = re.compile(r"(?<![0-9])(?:1[89]|2[0-9])[0-9]{2}(?![0-9])")


@dataclass(frozen=True)
class DateMatch:
    """A date or a date range found in a text; ``error`` says why a date-shaped match is no date."""

    start: str | None
    end: str | None
    begin: int
    stop: int
    rule: str
    error: str | None = None


def _month(value: str | None) -> int | None:
    if value is None:
        return None
    if value.isdigit():
        return int(value)
    return MONTHS.get(value.casefold().rstrip("."))


def _iso(y: int, m: int | None, d: int) -> str | None:
    try:
        return dt.date(y, m or 0, d).isoformat()
    except ValueError:
        return None


def find_dates(text: str, year: int | None = None, today: str | None = None) -> list[DateMatch]:
    """Every date and date range in ``text``, in order, overlaps resolved to the longest match;
    with ``year`` also the dates without a year ("am 3. Mai", "Tuesday, 16 May"), in that year
    (the year before when the day would be more than half a year after ``today``, the report's
    own date: "am 12. Dezember" in a report of 5 January); with ``today`` also days told relative
    to it ("gestern", "last Tuesday", "am vergangenen Mittwoch"), see :func:`relative_dates`."""
    found: list[DateMatch] = []
    if year is not None:
        months = list(_MONTH_WORD.finditer(text))
        for rule, pattern in _NO_YEAR:
            for m in windowed(pattern, months, text, 40, 12):
                g = m.groupdict()
                if not (g["m2"] or g["m1"])[0].isupper():
                    continue
                _add(found, m, rule, g, _year_before(g, year, today))
        for m in _NUMERIC_NO_YEAR.finditer(text):
            g = m.groupdict()
            _add(found, m, "numeric-no-year", g, _year_before(g, year, today))
    if today is not None:
        found += relative_dates(text, today)
    years = list(_YEAR.finditer(text))
    # a month's name near a year: only those years need the patterns with month names
    named = [y for y in years if _MONTH_ANCHOR.search(text, max(0, y.start() - 45), y.start())]
    for rule, pattern in _PATTERNS:
        trigger = (
            years
            if rule in ("numeric-range", "numeric", "iso-range", "iso", "slash-dmy", "slash-mdy")
            else named
        )
        for m in windowed(
            pattern, trigger, text, 60, 7 if rule.startswith("iso") else 1
        ):  # "2023-10-03": month and day after the year
            g = m.groupdict()
            _add(found, m, rule, g, int(g["y2"]))
    found.sort(key=lambda d: (d.begin, -(d.stop - d.begin)))
    out: list[DateMatch] = []
    for d in found:
        if out and d.begin < out[-1].stop:
            continue
        out.append(d)
    return out


def _year_before(g: dict[str, str | None], year: int, today: str | None) -> int:
    """``year``, or the year before when the day of groups ``g`` would lie more than half a year
    after ``today`` (a report of January on a day of December)."""
    if today is None:
        return year
    day = _iso(year, _month(g["m2"]) or _month(g.get("m1")), int(g["d2"] or 0))
    if day is None:
        return year
    later = dt.date.fromisoformat(day) - dt.date.fromisoformat(today)
    return year - 1 if later.days > 183 else year


_WEEKDAY_NUMBERS = {
    "montag": 0, "dienstag": 1, "mittwoch": 2, "donnerstag": 3, "freitag": 4, "samstag": 5, "sonntag": 6,
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
}  # fmt: skip
_WEEKDAY_NAMES = "|".join(_WEEKDAY_NUMBERS)
#: A day told relative to the report's date: "gestern", "yesterday", "am vergangenen Dienstag",
#: "last Tuesday", "on Tuesday", "am Dienstag" (a weekday not followed by a date).
_RELATIVE = re.compile(
    rf"\b(?:(?P<today>today['’]s|heutige[nmrs]?|this\s+(?:morning|afternoon|evening)|heute\s+(?:Vormittag|Nachmittag|Abend|Morgen|früh))(?![\w-])"
    rf"|(?P<back>vorgestern|gestern|yesterday)"
    rf"|(?:(?P<past>(?:am\s+)?(?:vergangenen|letzten|zurückliegenden)|last|this\s+past|on\s+(?:the\s+)?(?:past|last))\s+|(?P<on>on|am)\s+)"
    rf"(?P<wd>{_WEEKDAY_NAMES})(?![\w-])(?!,?\s{{0,3}}(?:den\s+|the\s+)?[0-3]?[0-9](?![0-9])(?:\.\s{{0,3}}[0-9]|(?:\.|st|nd|rd|th)?\s{{0,3}}(?i:{_MONTH})\b))"
    rf"(?!,?\s{{0,3}}(?i:{_MONTH})\b))",
    re.IGNORECASE,
)


_RELATIVE_TRIGGER = re.compile(
    rf"(?i:gestern|yesterday|today|heut|this\s+(?:morning|afternoon|evening)|{_WEEKDAY_NAMES})"
)


def relative_dates(text: str, today: str) -> list[DateMatch]:
    """Days told relative to ``today`` (ISO): "today's", "beim heutigen", "this morning" that day,
    "gestern"/"yesterday" the day before, "vorgestern"
    two days before, a weekday after "vergangenen"/"letzten"/"last" the last such day before
    ``today``, a plain weekday ("on Tuesday", "am Dienstag") the last such day up to ``today``.
    A weekday followed by a date ("Tuesday, 16 May") is that date's, not a relative day.

    >>> [(d.start, d.rule) for d in relative_dates("Am vergangenen Dienstag trafen sich …", "2024-03-07")]
    [('2024-03-05', 'relative-day')]
    """
    base = dt.date.fromisoformat(today)
    out: list[DateMatch] = []
    for m in windowed(_RELATIVE, _RELATIVE_TRIGGER.finditer(text), text, 40, 40):
        if m.group("today"):
            back = 0
        elif m.group("back"):
            back = 2 if m.group("back").casefold() == "vorgestern" else 1
        else:
            back = (base.weekday() - _WEEKDAY_NUMBERS[m.group("wd").casefold()]) % 7
            if back == 0 and m.group("past"):
                back = 7
        day = (base - dt.timedelta(days=back)).isoformat()
        out.append(DateMatch(day, None, m.start(), m.end(), "relative-day"))
    return out


def _add(found: list[DateMatch], m: re.Match[str], rule: str, g: dict[str, str | None], y2: int) -> None:
    """The date or range of match ``m`` (groups ``g``; ``y2`` the year of its last day)."""
    m2 = _month(g["m2"]) or _month(g.get("m1"))
    d2 = int(g["d2"] or 0)
    end = _iso(y2, m2, d2)
    if g.get("d1") is not None:
        m1 = _month(g.get("m1")) or m2
        y1 = int(g["y1"]) if g.get("y1") else y2
        start = _iso(y1, m1, int(g["d1"] or 0))
        ok = start is not None and end is not None and start <= end
        error = None if ok else "a date range whose days exist, the first not after the last"
        found.append(DateMatch(start, end, m.start(), m.end(), rule, error))
    else:
        error = None if end else "a day that exists in its month"
        found.append(DateMatch(end, None, m.start(), m.end(), rule, error))


def parse_date(value: str) -> str | None:
    """An ISO date from a value that is one date (``01.06.2024``, ``2024-06-01``, ``1. Juni 2024``)."""
    value = value.strip()
    dates = find_dates(value)
    if len(dates) != 1 or dates[0].end is not None or dates[0].error:
        return None
    d = dates[0]
    return d.start if d.begin == 0 and d.stop == len(value) else None


def iter_years(text: str) -> Iterator[re.Match[str]]:
    """Years (1800-2999) standing alone."""
    return re.finditer(r"\b(?:1[89]|2[0-9])[0-9]{2}\b", text)
