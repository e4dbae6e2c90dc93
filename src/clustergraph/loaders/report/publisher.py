"""The publisher of a report: the organisation of its masthead or byline, whose "our"/"we" the
text speaks in ("Kraków ICT Cluster – News", "BLOG | Great Lakes Robotics Alliance", "By the X
staff")."""

from __future__ import annotations

import re

from clustergraph.loaders.report.mentions import _LEGAL_WORD
from clustergraph.loaders.report.model import Org

#: A byline around an organisation: "By the X staff", "written by the X team", "Von der X-Redaktion".
_BY = re.compile(r"\b(?:[Bb]y|[Vv]on)\s{1,2}(?:the\s{1,2}|der\s{1,2}|dem\s{1,2})?$")
_STAFF = re.compile(
    r"(?:\s{1,2}|-)(?:staff|team|editorial\s+team|communications\s+team|Redaktion|Team|Kommunikationsteam)\b"
)
_ABBREVIATION = re.compile(r"[A-ZÄÖÜ][A-ZÄÖÜ0-9&-]{1,9}")
#: A segment of a masthead line: "IHK Weserbergland · Newsletter", "BLOG | Great Lakes Robotics Alliance".
_SEGMENT = re.compile(r"[^·|•›»–—:\n]+")


def publisher_of(text: str, orgs: list[Org]) -> Org | None:
    """The organisation of the masthead, whose "our"/"we" the text speaks in: one in the first
    line named in the graph or with a legal form ("Kraków ICT Cluster – News", "X GmbH"), else
    one that makes up a whole segment of one of the first three lines ("IHK Weserbergland ·
    Newsletter", "BLOG | Great Lakes Robotics Alliance", the body's name on a line of its own),
    else one in a byline near the top ("By the X staff", "written by the X team")."""
    lead = len(text) - len(text.lstrip())
    first_end = (text + "\n").index("\n", lead)
    for o in orgs:
        if o.end <= first_end and (
            o.from_graph or _LEGAL_WORD.search(o.name) or _ABBREVIATION.fullmatch(text, o.start, o.end)
        ):
            return o  # "WECN Members' Update": a body's abbreviation (defined in the text) heads it
    by_start = {o.start: o for o in orgs if o.start < lead + 600}
    pos, lines = lead, 0
    while lines < 3 and pos < min(len(text), lead + 600):
        end = (text + "\n").index("\n", pos)
        if text[pos:end].strip():
            lines += 1
            for seg in _SEGMENT.finditer(text, pos, min(end, pos + 200)):
                a = seg.start() + len(seg.group()) - len(seg.group().lstrip())
                o = by_start.get(a)
                if o is not None and o.end == seg.start() + len(seg.group().rstrip()):
                    return o
        pos = end + 1
    # a byline: "By the Freshwater Tech Alliance staff", "(Recap written by the Rhône Optique team)"
    return next(
        (
            o
            for o in by_start.values()
            if _BY.search(text, max(0, o.start - 14), o.start) and _STAFF.match(text, o.end)
        ),
        None,
    )
