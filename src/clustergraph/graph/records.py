"""What the network projections need from the graph, as plain records read once from a store.

:func:`clustergraph.graph.extract.read_store` fills a :class:`NetworkData` from a store,
:mod:`clustergraph.graph.snapshot` keeps it in a file beside the store, and
:mod:`clustergraph.network` builds the projections from it. These records belong to the graph
stage, below the network, because every published store carries their snapshot: the build, an
import, a source removal and an analysis write-back each write it before publishing.
"""

from __future__ import annotations

import datetime as dt
import gc
from collections import defaultdict
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field


@dataclass
class Organisation:
    iri: str
    label: str = ""
    org_type: str = ""
    org_type_guessed: bool = False
    city: str = ""
    country: str = ""
    regions: set[str] = field(default_factory=set)
    industries: set[str] = field(default_factory=set)
    alt_labels: set[str] = field(default_factory=set)
    awards: list[tuple[str, str, str]] = field(default_factory=list)  # (level, date, valid_until)
    programmes: set[str] = field(default_factory=set)


@dataclass
class Partnership:
    iri: str
    label: str = ""
    kind: str = ""
    start: str = ""
    end: str = ""
    programme: str = ""
    industries: set[str] = field(default_factory=set)

    @property
    def period(self) -> str:
        """``start–end`` as the sources give them (``2012–2014``, ``2016–``, ``–2021``, ``''``)."""
        return f"{self.start}–{self.end}" if self.start or self.end else ""


@dataclass
class Place:
    iri: str
    type: str  # land, country, city, subdivision, area
    label: str = ""
    iso: str = ""
    lat: float | None = None
    lon: float | None = None
    broader: set[str] = field(default_factory=set)


@dataclass
class Industry:
    iri: str
    label: str = ""
    label_en: str = ""
    broader: set[str] = field(default_factory=set)
    #: all its names, in every language (what the recommender reads organisation names against)
    names: set[str] = field(default_factory=set)


@dataclass
class NetworkData:
    """What the projections need from the graph, read once (see :func:`clustergraph.network.read_network`)."""

    organisations: dict[str, Organisation]
    partnerships: dict[str, Partnership]
    #: partnership IRI → organisation IRI → roles (codes) in that partnership
    members: dict[str, dict[str, set[str]]]
    places: dict[str, Place]
    industries: dict[str, Industry]
    programmes: dict[str, str]  # IRI → label
    #: person IRI → name; posts: (person, organisation, role code, start, end)
    people: dict[str, str] | None = None
    posts: list[tuple[str, str, str, str, str]] | None = None
    as_of: str = field(default_factory=lambda: dt.date.today().isoformat())
    #: the language the labels of places and industries were chosen in (``de`` or ``en``)
    lang: str = "de"

    # -- derived facts -------------------------------------------------------------------

    def label_of(self, iri: str) -> str:
        for table in (self.organisations, self.partnerships, self.places, self.industries):
            if iri in table:
                return table[iri].label or local_name(iri)  # type: ignore[attr-defined]
        if self.people and iri in self.people:
            return self.people[iri]
        return self.programmes.get(iri) or local_name(iri)

    def region_of(self, org: Organisation) -> str:
        """The region of an organisation: its Land for Germany, else its country (an IRI or '')."""
        lands = self.lands_of(org)
        city = self.places.get(org.city)
        if city:
            for b in sorted(city.broader):
                if self.places.get(b) and self.places[b].type == "land":
                    return b
        german = [r for r in lands if self.places[r].type == "land"]
        if german:
            return german[0]
        if org.country:
            return org.country
        for r in lands:  # a foreign subdivision without a country statement
            for b in self.places[r].broader:
                if self.places.get(b) and self.places[b].type == "country":
                    return b
        return ""

    def lands_of(self, org: Organisation) -> list[str]:
        return sorted(
            r for r in org.regions if r in self.places and self.places[r].type in ("land", "subdivision")
        )

    def coordinates(self, org: Organisation) -> tuple[float, float] | None:
        """The city's coordinates, else those of the organisation's only Land / subdivision."""
        city = self.places.get(org.city)
        if city and city.lat is not None and city.lon is not None:
            return city.lat, city.lon
        lands = self.lands_of(org)
        if len(lands) == 1:
            p = self.places[lands[0]]
            if p.lat is not None and p.lon is not None:
                return p.lat, p.lon
        return None

    def industry_closure(self, iris: Iterable[str]) -> set[str]:
        """The industries and all their broader industries."""
        out: set[str] = set()
        todo = list(iris)
        while todo:
            i = todo.pop()
            if i in out:
                continue
            out.add(i)
            if i in self.industries:
                todo.extend(self.industries[i].broader)
        return out

    def org_memberships(self) -> dict[str, set[str]]:
        """organisation IRI → IRIs of the partnerships it is a member of."""
        out: dict[str, set[str]] = defaultdict(set)
        for p, ms in self.members.items():
            for o in ms:
                out[o].add(p)
        return out


#: Labels as read: place or industry IRI → its ``skos:prefLabel`` values ``(text, language)``.
Labels = dict[str, list[tuple[str, str]]]


def local_name(iri: str) -> str:
    """The last segment of an IRI (after its last ``/`` or ``#``).

    >>> local_name("https://w3id.org/clustergraph/id/org/optonet")
    'optonet'
    """
    return iri.rstrip("/").rsplit("/", 1)[-1].rsplit("#", 1)[-1]


@contextmanager
def paused_gc() -> Iterator[None]:
    """Pause the cyclic garbage collector while building many long-lived acyclic objects.

    Building a snapshot's data or a projection makes hundreds of thousands of dicts, sets and
    objects, none of them in a reference cycle, and each collection meanwhile would walk all of
    them; even after the pause, the next two collections would each walk them once more on their
    way to the oldest generation (at a million triples each walk costs as much as decoding the
    snapshot). So, when nobody has frozen objects (``gc.freeze``, e.g. before a fork), they are
    moved there directly: frozen and unfrozen, which puts every tracked object in the oldest
    generation, to be looked at by the next full collection. The collector's state is restored.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if gc.get_freeze_count() == 0:
            gc.freeze()
            gc.unfreeze()
        if enabled:
            gc.enable()
