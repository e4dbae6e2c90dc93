"""A full name with the graph's short name in brackets is the graph's organisation.

"the Federal Ministry for Economic Affairs and Energy (BMWi)": the text itself says that the
long name and the short name are one body. When the short name is a name of exactly one
organisation of the graph and the long name is not the graph's, the long name is taken as that
organisation (and becomes an alias the data steward can review), instead of a new body.

>>> from clustergraph.loaders.report.model import Org
>>> text = "Grüße des Bundesamts für Prüfwesen (BAP) an alle."
>>> long = Org("Bundesamts für Prüfwesen", 10, 34)
>>> short = Org("Bundesamt für Prüfwesen", 36, 39, "https://example.org/bap", from_graph=True)
>>> [(o.name, o.iri) for o in same_as_abbreviation(text, [long, short])]
[('Bundesamts für Prüfwesen', 'https://example.org/bap'), ('Bundesamt für Prüfwesen', 'https://example.org/bap')]
"""

from __future__ import annotations

import re
from dataclasses import replace

from clustergraph.loaders.report.model import Org


def same_as_abbreviation(text: str, orgs: list[Org], notes: list[str] | None = None) -> list[Org]:
    """``orgs`` with each new name that is followed by a graph organisation's name in brackets
    ("X (ABBR)") made that organisation; the order and spans stay. Each take is said in ``notes``."""
    by_start = {o.start: o for o in orgs if o.iri and o.kind == "org"}
    out: list[Org] = []
    for o in orgs:
        if o.iri is None and not o.candidates and o.kind == "org":
            gap = text[o.end : o.end + 4]
            m = re.match(r"[ \t]{0,2}\([ \t]?", gap)
            short = by_start.get(o.end + m.end()) if m else None
            if short is not None and text[short.end : short.end + 1] == ")":
                o = replace(o, iri=short.iri)
                if notes is not None:
                    notes.append(f"{o.name!r} is taken to be {short.name!r}: its short name "
                                 f"{text[short.start : short.end]!r} follows in brackets")  # fmt: skip
        out.append(o)
    return out
