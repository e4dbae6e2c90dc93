"""Where things stand in a text: :class:`Span` (offsets and line), :class:`Lines`, sentences.

Offsets count characters (Unicode code points) of the text, end exclusive, as the
``cg:textStart``/``cg:textEnd`` of a ``cg:TextExtraction`` do.
"""

from __future__ import annotations

import bisect
import re
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
