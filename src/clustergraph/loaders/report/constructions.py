# ruff: noqa: E501
"""The constructions a person's name stands in with a function phrase ("Name, function of ORG",
"Function Name", "Name (function, ORG)", "Name als function", …), for :mod:`people`."""

from __future__ import annotations

import re

from clustergraph.loaders.report.functions import Function
from clustergraph.loaders.report.mentions import Name

_PRIORITY = (
    "name-function",
    "function-name",
    "name-bracket-function",
    "name-bracket-org-function",
    "name-as-function",
    "name-who-function",
    "function-before-name",
    "function-is-name",
)


def construction(
    text: str, nm: Name, funcs: list[Function]
) -> tuple[Function | None, str | None, bool | str]:
    """The function phrase a name stands in a construction with, the rule, and whether a
    possessive ("its", "seine") refers to the organisation (the first rule of
    :data:`_PRIORITY` that applies)."""
    found: list[tuple[int, Function, str, bool | str]] = []
    for f in funcs:
        if f.start >= nm.end:
            gap = text[nm.end : f.start]
            m = re.fullmatch(
                r"(?:[ \t]{1,2}\((?:left|right|cent(?:re|er)|middle|links|rechts|Mitte|l\.|r\.|(?:\w+\s)?(?:from|von)\s(?:left|right|links|rechts))\))?"
                r"(?:\s*,\s*|[ \t]{1,2}[–—|-]\s*|[ \t]*\n[ \t]*)(?:(?:seit|since)\s+(?:19|20)\d\d\s+)?(?:(the|die|der|dem|den|an?|eine?|einem|einen)\s+(?:[A-Za-z][A-Za-z]{1,20}['’]s\s+)?|(its|their|seine?|ihre?)\s+|(our|unser\w{0,2})\s+|[A-Z][\w&-]{1,30}(?:\s[A-Z][\w&-]{1,30}){0,3}(?:['’]s|(?<=s)['’])\s+)?",
                gap,
            )
            if m:
                found.append((0, f, "name-function", "our" if m.group(3) else bool(m.group(2))))
            elif re.fullmatch(
                r"\s+(?:(?:was|were|has\s+been|is)\s+(?:re-?)?(?:elected|appointed)(?:\s+as)?|als|as)\s+(?:the\s+|its\s+|neue[rn]?\s+|new\s+)?",
                gap,
            ):
                found.append((2, f, "name-as-function", False))
            elif re.fullmatch(r"\s{0,2}\(\s{0,2}", gap):
                found.append((1, f, "name-bracket-function", False))
            elif re.fullmatch(r"\s{0,2}\(\s{0,2}[^(),;:\n]{2,60}?,\s{1,2}", gap):
                found.append((1, f, "name-bracket-org-function", False))  # "Name (ORG, function)"
            elif re.fullmatch(
                r"\s*,\s*(?:who|die|der)\s+(?:is|was|has\s+been|ist|war)\s+(?:the\s+|(its|their)\s+)?", gap
            ):
                found.append((2, f, "name-who-function", False))  # "…, said Eva Holm, who is head of …"
        elif f.end <= nm.start:
            gap = text[f.end : nm.start]
            if re.fullmatch(r"\s*,\s*", gap):
                found.append((1, f, "function-name", False))
            elif re.fullmatch(r"\s+", gap):
                found.append((3, f, "function-before-name", False))
            elif re.fullmatch(r"\s+(?:ist|war|is|was|wird|bleibt)\s+", gap):
                found.append((4, f, "function-is-name", False))
    if not found:
        return None, None, False
    _p, f, rule, possessive = min(found, key=lambda x: x[0])
    return f, rule, possessive
