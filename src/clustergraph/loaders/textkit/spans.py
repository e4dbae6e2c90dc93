"""Where things stand in a text: :class:`Span` (offsets and line), :class:`Lines`, sentences.

Offsets count characters (Unicode code points) of the text, end exclusive, as the
``cg:textStart``/``cg:textEnd`` of a ``cg:TextExtraction`` do.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass


@dataclass(frozen=True)
class Span:
    """Where something stands in the text: character offsets (end exclusive) and line."""

    start: int
    end: int
    line: int


class Lines:
    """Line starts of a text, to turn offsets into line numbers and columns."""

    def __init__(self, text: str) -> None:
        self.starts = [0] + [m.end() for m in re.finditer("\n", text)]

    def line(self, offset: int) -> int:
        return bisect.bisect_right(self.starts, offset)

    def column(self, offset: int) -> int:
        return offset - self.starts[self.line(offset) - 1] + 1

    def span(self, start: int, end: int) -> Span:
        return Span(start, end, self.line(start))


ABBREVIATIONS = {
    "dr", "prof", "bzw", "ca", "nr", "st", "usw", "etc", "inkl", "ggf", "vgl", "mio", "mrd", "dipl",
    "ing", "mr", "mrs", "ms", "no", "vs", "approx", "sog", "evtl", "bspw", "zb", "u", "a", "z", "b",
    "jan", "feb", "aug", "sept", "sep", "okt", "oct", "nov", "dez", "dec", "rer", "nat", "med",
}  # fmt: skip
_BOUNDARY = re.compile(r"\n|(?<=[.!?])[\s\"“”„'’)]*\s")


def sentence_bounds(text: str) -> list[int]:
    """The offsets where sentences (and lines) start, and the text's end, in order.

    A full stop after an abbreviation (Dr., Prof., ca.), a single letter or a number of up to
    three digits (a German ordinal: "8. Oktober") does not end a sentence.
    """
    out = [0]
    for m in _BOUNDARY.finditer(text):
        if text[m.start()] != "\n":
            word = re.search(r"([^\W_]+)[.!?]$", text[max(0, m.start() - 30) : m.start()])
            w = word.group(1) if word else ""
            if len(w) <= 1 or w.casefold() in ABBREVIATIONS or (w.isdigit() and len(w) <= 3):
                continue
        out.append(m.end())
    out.append(len(text))
    return out


def sentence_at(bounds: list[int], pos: int) -> tuple[int, int]:
    """The (start, end) of the sentence holding ``pos`` (``bounds`` from :func:`sentence_bounds`)."""
    i = bisect.bisect_right(bounds, pos)
    return bounds[i - 1], bounds[min(i, len(bounds) - 1)]


class SpanIndex:
    """Spans (start, end) sorted by start, to ask "does anything overlap [a, b)?" and "what
    starts in [a, b)?" in logarithmic time (a loop over all spans per question would make a
    long text quadratic).

    >>> ix = SpanIndex([(10, 20), (30, 35)])
    >>> ix.overlaps(19, 25), ix.overlaps(20, 30), ix.starting_in(0, 31)
    (True, False, [0, 1])
    """

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self.spans = sorted(spans)
        self.starts = [s for s, _e in self.spans]
        self._max_end: list[int] = []
        best = -1
        for _s, e in self.spans:
            best = max(best, e)
            self._max_end.append(best)

    def overlaps(self, start: int, end: int) -> bool:
        k = bisect.bisect_left(self.starts, end)
        return k > 0 and self._max_end[k - 1] > start

    def starting_in(self, start: int, end: int) -> list[int]:
        """Indexes (into :attr:`spans`) of the spans starting in [start, end)."""
        return list(range(bisect.bisect_left(self.starts, start), bisect.bisect_left(self.starts, end)))


_WORD = re.compile(r"[^\W\d_][\w-]{0,60}")


class WordTrigger:
    """Words that end with (``suffixes``) or hold (``parts``) one of a few lower-case strings:
    a trigger for :func:`windowed` that costs a set of string tests per word, not a regular
    expression with many alternatives tried at every character."""

    def __init__(self, suffixes: tuple[str, ...] = (), parts: tuple[str, ...] = ()) -> None:
        self.suffixes = suffixes
        self._parts = re.compile("|".join(re.escape(p) for p in parts)) if parts else None

    def finditer(self, text: str, pos: int = 0) -> Iterator[re.Match[str]]:
        suffixes, parts = self.suffixes, self._parts
        for m in _WORD.finditer(text, pos):
            w = m.group().lower()
            if (suffixes and w.endswith(suffixes)) or (parts is not None and parts.search(w)):
                yield m


def windowed(
    pattern: re.Pattern[str],
    trigger: re.Pattern[str] | WordTrigger | list[re.Match[str]],
    text: str,
    before: int,
    after: int,
    pos: int = 0,
) -> list[re.Match[str]]:
    """The matches of ``pattern`` that lie around a match of the cheap ``trigger`` (from
    ``before`` characters ahead of it to ``after`` characters behind it), left to right and not
    overlapping: what ``pattern.finditer`` would find when every match holds a trigger, at the
    cost of a scan for the trigger plus a short search per trigger.
    """
    out: list[re.Match[str]] = []
    triggers = trigger.finditer(text, pos) if hasattr(trigger, "finditer") else trigger
    for t in triggers:
        if t.end() <= pos:
            continue
        start = max(pos, t.start() - before)
        end = min(len(text), t.end() + after)
        while True:
            m = pattern.search(text, start, end)
            if m is None or m.start() >= t.end():
                break
            out.append(m)
            pos = start = max(m.end(), m.start() + 1)
            if m.end() >= t.end():
                break
    return out


class WordStarts:
    """Where the whitespace-separated words of a text start, to find the few words before a
    position without scanning back."""

    def __init__(self, text: str) -> None:
        # a word after an opening bracket, quote or emphasis starts twice: "(project manager, X)"
        self.starts = [
            p
            for m in re.finditer(r"(?P<p>[(\[„“\"‚‘«‹*_]{1,3}+)?(?P<w>\S)\S*", text)
            for p in ((m.start(), m.start("w")) if m.group("p") else (m.start(),))
        ]

    def before(self, pos: int, n: int) -> list[int]:
        """The starts of the (up to) ``n`` words before ``pos``, nearest last."""
        k = bisect.bisect_left(self.starts, pos)
        return self.starts[max(0, k - n) : k]


def anchored(
    pattern: re.Pattern[str],
    triggers: Iterable[re.Match[str]],
    text: str,
    words: WordStarts,
    words_before: int,
) -> list[re.Match[str]]:
    """The matches of ``pattern`` that start at a trigger word or at one of the ``words_before``
    words before it (the earliest start that matches wins, as a search would find it), left to
    right and not overlapping. Each try is an anchored ``match``: a long text costs a few tries
    per trigger, whatever the pattern's alternatives."""
    out: list[re.Match[str]] = []
    last = 0
    for t in triggers:
        if t.start() < last:
            continue
        for s in [*words.before(t.start(), words_before), t.start()]:
            if s < last:
                continue
            m = pattern.match(text, s)
            if m is not None and m.end() > t.start():
                out.append(m)
                last = m.end()
                break
    return out
