"""What a report holds once parsed: :class:`Item` (one extracted fact with its span and rule),
:class:`Org` (an organisation mention), and :class:`Report`."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from clustergraph.loaders.textkit import Span

WHAT = "a report text"


@dataclass(frozen=True)
class Org:
    """An organisation (or partnership) named in the text: base form, span, graph entity or candidates."""

    name: str
    start: int
    end: int
    iri: str | None = None
    candidates: tuple[str, ...] = ()
    kind: str = "org"
    from_graph: bool = False


@dataclass
class Item:
    """One fact found in the text: what it says (``data``), where (``span``), by which rule."""

    kind: str
    data: dict[str, Any]
    span: Span
    rule: str
    #: why the rules are unsure of it (then it goes to the review list, not into the graph)
    unsure: str | None = None

    def quote(self, text: str) -> str:
        return text[self.span.start : self.span.end]


@dataclass
class Report:
    """A parsed report: its event and the facts around it, and what is left for review."""

    text: str
    file: str
    language: str
    date: str | None = None
    address: str | None = None
    event: Item | None = None
    items: list[Item] = field(default_factory=list)
    review: list[Item] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def of(self, kind: str) -> list[Item]:
        """The (sure) items of a kind: event-date, place, venue, online, organiser, programme,
        participants, person, organisation, partner-region, topic, session."""
        return [i for i in self.items if i.kind == kind]

    def one(self, kind: str) -> Item | None:
        found = self.of(kind)
        return found[0] if found else None
