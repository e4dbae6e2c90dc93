# ruff: noqa: E501
"""How long the event lasted when the text gives one day of it: a programme told day by day
("Day 1 – Monday 11 May" … "Day 3 – Wednesday 13 May", "Tag 1 (2. Mai)") spans its days; a
duration before an event word ("the two-day summit", "die zweitägige Konferenz") near the first
day spans that many days from it."""

from __future__ import annotations

import datetime as dt
import re

from clustergraph.loaders.report.eventwords import _EVENT_HEADS
from clustergraph.loaders.textkit import DateMatch, number, sentence_at

#: A day's label at the start of its line, before its date: "Day 1 – Monday 11 May", "Tag 2 (3. Mai):".
_DAY_LABEL = re.compile(
    r"[ \t]{0,3}[#*•-]{0,3}[ \t]{0,2}(?:Day|Tag)[ \t]{1,2}(?P<k>[1-9]|one|two|three|four|five|eins|zwei|drei|vier|fünf)\b[^\n]{0,30}",
    re.I,
)
#: A duration before an event word: "two-day summit", "zweitägige Konferenz", "3-day expo".
_DURATION = re.compile(
    rf"\b(?P<n>two|three|four|five|zwei|drei|vier|fünf|[2-5])[- ]?(?:day|tägige\w{{0,2}})[ \t]{{1,2}}(?:[\w-]{{1,30}}[ \t]{{1,2}}){{0,2}}(?i:{_EVENT_HEADS})\b",
    re.I,
)
#: Wording of another event or another day than the first.
_NOT_FIRST = re.compile(
    r"\b(?:second|zweiten|last|letzten|final|closing|Abschluss\w*|next|nächste\w*|follow\w*|folgt|planned|geplant"
    r"|ended|endete\w?|closed|concluded|wrapped\s+up|(?:zu\s+)?Ende|Schluss\w*)\b",
    re.I,
)


def _day(iso: str, days: int) -> str:
    return (dt.date.fromisoformat(iso) + dt.timedelta(days=days)).isoformat()


def day_series(when: DateMatch, dates: list[DateMatch], text: str) -> DateMatch:
    """The range of a programme told day by day whose first day is ``when``; else ``when``."""
    if when.end is not None or when.start is None:
        return when
    labelled = []
    for d in dates:
        line = text.rfind("\n", 0, d.begin) + 1
        m = _DAY_LABEL.fullmatch(text, line, d.begin)
        if m and d.end is None and d.start is not None and not d.error:
            k = m.group("k").casefold()
            labelled.append((number(k), d))
    if len(labelled) < 2 or labelled[0][1] is not when:
        return when
    last = labelled[0]
    for k, d in labelled[1:]:
        if k != last[0] + 1 or d.start != _day(last[1].start, k - last[0]):  # type: ignore[arg-type]
            break
        last = (k, d)
    if last[1] is when:
        return when
    return DateMatch(when.start, last[1].start, when.begin, when.stop, "day-series")


def with_duration(when: DateMatch, text: str, bounds: list[int]) -> DateMatch:
    """``when`` widened by a duration of the event in its sentence or the next ("Die zweitägige
    Konferenz", "The two-day summit, which continues tomorrow"); else ``when``. Not for a date
    told as another than the first day, nor a duration of a later event."""
    if when.end is not None or when.start is None:
        return when
    s, e = sentence_at(bounds, when.begin)
    e2 = sentence_at(bounds, min(len(text) - 1, e))[1] if e < len(text) else e
    if _NOT_FIRST.search(text, max(s, when.begin - 120), when.begin):
        return when
    for m in _DURATION.finditer(text, s, e2):
        ms, me = sentence_at(bounds, m.start())
        if _NOT_FIRST.search(text, ms, me):
            continue
        n = m.group("n").casefold()
        days = number(n)
        return DateMatch(when.start, _day(when.start, days - 1), when.begin, when.stop, "duration")
    return when
