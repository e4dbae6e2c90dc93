"""The extraction toolkit that profile texts and reports share: spans, dates, counts, people.

- :mod:`.spans` — :class:`Span`, :class:`Lines` (offsets → lines and columns), sentences
- :mod:`.dates` — :func:`parse_date` (one date), :func:`find_dates` (dates and ranges in text)
- :mod:`.counts` — counts with their qualifier ("knapp 70", "more than 80")
- :mod:`.people` — academic titles, names, function words, :func:`role_of`
- :mod:`.gazetteer` — the graph's names found in text (inflected German forms, legal forms)

Every pattern runs in time linear in the text: bounded repetition only, no match that can
start at every character of a long token and run to its end.
"""

from clustergraph.loaders.textkit.counts import QUALIFIERS, count_after, count_pattern, number, qualifier
from clustergraph.loaders.textkit.dates import MONTHS, DateMatch, find_dates, parse_date
from clustergraph.loaders.textkit.gazetteer import Gazetteer, Mention
from clustergraph.loaders.textkit.people import ROLE_PATTERNS, role_of
from clustergraph.loaders.textkit.spans import Lines, Span, sentence_at, sentence_bounds

__all__ = [
    "MONTHS",
    "QUALIFIERS",
    "ROLE_PATTERNS",
    "DateMatch",
    "Gazetteer",
    "Lines",
    "Mention",
    "Span",
    "count_after",
    "count_pattern",
    "find_dates",
    "number",
    "parse_date",
    "qualifier",
    "role_of",
    "sentence_at",
    "sentence_bounds",
]
