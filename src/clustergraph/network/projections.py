"""RDF → NetworkX projections of the cluster ecosystem.

The projections start from :class:`NetworkData`: the organisations, partnerships and their
members, places, industries and programmes, read from the store with a handful of targeted
SPARQL patterns (:func:`read_store`; no triple is converted that the projections do not need).
Every published store carries that read as a snapshot file, written when the store was built or
changed (see :mod:`clustergraph.graph.snapshot`), and :func:`read_network` uses it when it
belongs to that very store: at a million triples, decoding the store's terms takes seconds, the
snapshot a fraction of one. The projections then fill the node and edge dicts of a NetworkX
graph directly.

Every node has plain attributes only (``str``, ``int``, ``float``, ``bool``; several values
are joined with :data:`SEP`, the data files' list separator), so a graph can go straight to
GEXF/GraphML, CSV or a map:

====================  ==========================================================================
``iri``, ``label``    the node's IRI (also its id) and its display name
``type``              ``organisation``, ``partnership``, ``industry``, ``region`` or ``person``
``org_type``          organisation type code (``cluster``, ``agency``, ...; a guess from the name
                      when the source did not state it, then ``org_type_guessed`` is ``True``)
``region``            the Land's ISO code for German organisations (``DE-TH``), else the country code
``country``, ``lands``  ISO country code; all Länder / subdivisions the organisation belongs to
``industries``        industry labels (``industry_ids``: their ids)
``label_level``       the *current* cluster-management label level, see :func:`current_label_level`
``programmes``        labels of the programmes the organisation is a member of (not left)
``partnerships``      number of partnerships (in the projection) the organisation is in
``lat``, ``lon``      coordinates of its city, else of its single Land / subdivision; absent if unknown
====================  ==========================================================================

Edges carry ``weight`` and what lies behind it: the partnerships (IRIs, labels, kinds and
periods ``start–end``) that tie the two ends.

>>> from clustergraph.graph.store import GraphStore            # doctest: +SKIP
>>> data = read_network(GraphStore.open("build/graph"))  # doctest: +SKIP
>>> G = co_partnership_graph(data, kinds={"eurocluster"}, period=("2020", "2024"))  # doctest: +SKIP
"""

from __future__ import annotations

import datetime as dt
import gc
from collections import Counter, defaultdict
from collections.abc import Collection, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from itertools import combinations
from typing import Any

import networkx as nx
import pyoxigraph as ox

from clustergraph.errors import ClusterGraphError
from clustergraph.graph.store import GraphStore, to_python
from clustergraph.model.namespaces import CGV, DATA_IRI, sparql_prefixes

#: Separator of several values in one attribute (the data files' list separator).
SEP = " | "

PARTNERSHIP_KINDS = ("eurocluster", "escp", "project", "mou", "programme-cohort", "bilateral")
LEVELS = {"bronze": 1, "silver": 2, "gold": 3}
_KIND_PREFIX = str(CGV) + "partnership-kind/"
_LEVEL_PREFIX = str(CGV) + "label-level/"
_TYPE_PREFIX = str(CGV) + "organisation-type/"
_ROLE_PREFIX = str(CGV) + "role/"
_REGION_TYPES = ("Land", "Country", "City", "Subdivision", "Area")


# --------------------------------------------------------------------------- the snapshot


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


@dataclass
class NetworkData:
    """What the projections need from the graph, read once (see :func:`read_network`)."""

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

    # -- derived facts -------------------------------------------------------------------

    def label_of(self, iri: str) -> str:
        for table in (self.organisations, self.partnerships, self.places, self.industries):
            if iri in table:
                return table[iri].label or _local(iri)  # type: ignore[attr-defined]
        if self.people and iri in self.people:
            return self.people[iri]
        return self.programmes.get(iri) or _local(iri)

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


def current_label_level(awards: Iterable[tuple[str, str, str]], as_of: str) -> tuple[str, str]:
    """The *current* label level of an organisation and the date of the award it comes from.

    Current means: the level of the organisation's most recent award that carries a level
    (by ``cg:awardDate``; dated awards count as more recent than undated ones; on the same
    date the highest level), unless that award has visibly expired (a ``cg:validUntil``
    before ``as_of``), in which case there is no current label. Labels are renewed every two
    to three years, so the latest award is the one in force: a Gold followed by a Silver
    counts as Silver, and an expired latest award is not replaced by an older one. Most
    awards state no validity, so an old award without a later one still counts; the award
    date is returned so that a reader can judge. Returns ``('', '')`` when there is none.

    >>> current_label_level([("gold", "2016", ""), ("silver", "2021-03", "")], "2026-11-22")
    ('silver', '2021-03')
    >>> current_label_level([("silver", "2019", ""), ("gold", "2023-03", "2025-03")], "2026-11-22")
    ('', '')
    """
    dated = [(d, LEVELS[lvl], lvl, until) for lvl, d, until in awards if lvl in LEVELS]
    if not dated:
        return "", ""
    date, _, level, until = max(dated)
    if until and until < as_of[: len(until)]:
        return "", ""
    return level, date


# --------------------------------------------------------------------------- reading


def _local(iri: str) -> str:
    return iri.rstrip("/").rsplit("/", 1)[-1].rsplit("#", 1)[-1]


def _rows(gs: GraphStore, body: str) -> Iterable[tuple[Any, ...]]:
    result = gs.query(sparql_prefixes() + body)
    names = [v.value for v in result.variables]
    for sol in result:
        yield tuple(to_python(sol[n]) for n in names)


def read_network(
    gs: GraphStore, *, people: bool = False, lang: str = "de", snapshot: bool = True
) -> NetworkData:
    """Read what the projections need from an opened store.

    A published store carries a projection snapshot (see :mod:`clustergraph.graph.snapshot`),
    written when the store was built or changed: it is used when it was read from this very
    store directory (and holds people, if ``people`` is asked for). Otherwise the store is
    read with targeted patterns (see :func:`read_store`) and, for a published store, the
    snapshot is written for the next read (a store that cannot be written to is just read).
    ``snapshot=False`` always reads the store and writes nothing. Both give the same data.

    ``lang`` picks the language of industry and place labels (``de`` or ``en``; untagged,
    then English labels are the fallback). ``people=True`` also reads people and their posts
    (for :func:`person_organisation_graph`).
    """
    if not isinstance(gs, GraphStore):
        raise ClusterGraphError(f"read_network needs an opened GraphStore, got {type(gs).__name__}")
    if not snapshot:
        return read_store(gs, people=people, lang=lang)[0]
    from clustergraph.graph import snapshot as network_snapshot

    data = network_snapshot.load(gs.path, people=people, lang=lang)
    if data is None:
        data, labels = read_store(gs, people=people, lang=lang)
        if network_snapshot.is_published(gs):
            network_snapshot.write_quietly(gs.path, data, labels)
    return data


#: Labels as read: place or industry IRI → its ``skos:prefLabel`` values ``(text, language)``.
Labels = dict[str, list[tuple[str, str]]]


def read_store(gs: GraphStore, *, people: bool = False, lang: str = "de") -> tuple[NetworkData, Labels]:
    """Read the network from the store itself, and the labels of places and industries in every language.

    One query per kind of thing (organisations, awards, programme memberships,
    partnerships, memberships, places, industries), each asking for a fixed list of
    properties as (subject, property, value) rows: a row per fact, however many sources
    state it. The labels let :func:`choose_labels` pick another language later.
    """
    with paused_gc():  # many small acyclic objects
        return _read_store(gs, people, lang)


def _read_store(gs: GraphStore, people: bool, lang: str) -> tuple[NetworkData, Labels]:
    store = gs
    gs = _Scanner(store)  # type: ignore[assignment]
    orgs: dict[str, Organisation] = {}
    for o, p, x, _lg in _facts(
        gs,
        "?s a cg:Organisation",
        "skos:prefLabel skos:altLabel cg:organisationType cg:organisationTypeGuess cg:locatedIn "
        "cg:country cg:region cg:industry",
        keep_subjects=True,
    ):
        org = orgs.get(o) or orgs.setdefault(o, Organisation(o))
        if p == "prefLabel":
            org.label = org.label or x
        elif p == "altLabel":
            org.alt_labels.add(x)
        elif p == "organisationType":
            org.org_type, org.org_type_guessed = x.removeprefix(_TYPE_PREFIX), False
        elif p == "organisationTypeGuess" and not org.org_type:
            org.org_type, org.org_type_guessed = x.removeprefix(_TYPE_PREFIX), True
        elif p == "locatedIn":
            org.city = x
        elif p == "country":
            org.country = x
        elif p == "region":
            org.regions.add(x)
        elif p == "industry":
            org.industries.add(x)
    awards: dict[str, dict[str, str]] = defaultdict(dict)
    for a, p, x, _lg in _facts(
        gs,
        "?s a cg:LabelAward",
        "cg:awardedTo cg:labelLevel cg:awardDate cg:validUntil",
    ):
        awards[a][p] = x
    for a in awards.values():
        if a.get("awardedTo") in orgs:
            level = a.get("labelLevel", "").removeprefix(_LEVEL_PREFIX)
            orgs[a["awardedTo"]].awards.append((level, a.get("awardDate", ""), a.get("validUntil", "")))
    programmes: dict[str, str] = {}
    for p, _p, label, _lg in _facts(gs, "?s a cg:Programme", "skos:prefLabel", keep_subjects=True):
        programmes[p] = programmes.get(p) or label or _local(p)
    pms: dict[str, dict[str, str]] = defaultdict(dict)
    for m, p, x, _lg in _facts(gs, "?s a cg:ProgrammeMembership", "cg:member cg:programme cg:endDate"):
        pms[m][p] = x
    for pm in pms.values():  # a membership with an end date has been left
        if pm.get("member") in orgs and "programme" in pm and "endDate" not in pm:
            orgs[pm["member"]].programmes.add(pm["programme"])

    partnerships: dict[str, Partnership] = {}
    for s, p, x, _lg in _facts(
        gs,
        "?s a cg:Partnership",
        "skos:prefLabel cg:partnershipKind cg:startDate cg:endDate cg:withinProgramme cg:industry",
        keep_subjects=True,
    ):
        part = partnerships.get(s) or partnerships.setdefault(s, Partnership(s))
        if p == "prefLabel":
            part.label = part.label or x
        elif p == "partnershipKind":
            part.kind = x.removeprefix(_KIND_PREFIX)
        elif p == "startDate":
            part.start = x
        elif p == "endDate":
            part.end = x
        elif p == "withinProgramme":
            part.programme = x
        elif p == "industry":
            part.industries.add(x)
    members: dict[str, dict[str, set[str]]] = defaultdict(dict)
    for p, o, role in _rows(
        gs,
        """SELECT DISTINCT ?p ?o ?role WHERE {
             ?m org:organization ?p ; org:member ?o . ?p a cg:Partnership .
             OPTIONAL { ?m org:role ?role } }""",
    ):
        if o in orgs and p in partnerships:
            roles = members[p].setdefault(o, set())
            if role:
                roles.add(role.removeprefix(_ROLE_PREFIX))

    places: dict[str, Place] = {}
    labels: Labels = defaultdict(list)
    for r, t in _rows(
        gs,
        "SELECT DISTINCT ?r ?t WHERE {"
        " VALUES ?t { cg:Land cg:Country cg:City cg:Subdivision cg:Area } ?r a ?t }",
    ):
        places[r] = Place(r, _local(t).lower())
    for r, p, x, lg in _facts(
        gs,
        "?s a cg:Region",
        "skos:prefLabel cg:isoCode geo:lat geo:long skos:broader",
        keep_subjects=True,
    ):
        place = places.get(r)
        if place is None:
            continue
        if p == "prefLabel":
            labels[r].append((x, lg))
        elif p == "isoCode":
            place.iso = x
        elif p == "lat":
            place.lat = float(x)
        elif p == "long":
            place.lon = float(x)
        elif p == "broader":
            place.broader.add(x)
    industries: dict[str, Industry] = {}
    for i, p, x, lg in _facts(
        gs,
        f"?s skos:inScheme <{DATA_IRI}industry/scheme>",
        "skos:prefLabel skos:broader",
        keep_subjects=True,
    ):
        ind = industries.get(i) or industries.setdefault(i, Industry(i))
        if p == "prefLabel":
            labels[i].append((x, lg))
        elif p == "broader":
            ind.broader.add(x)

    data = NetworkData(orgs, partnerships, dict(members), places, industries, programmes)
    choose_labels(data, labels, lang)
    if people:
        data.people, data.posts = _read_people(gs, orgs)  # type: ignore[arg-type]
    return data, dict(labels)


def choose_labels(data: NetworkData, labels: Labels, lang: str) -> None:
    """Set the labels of places and industries from all their labels, in language ``lang``.

    The first label in ``lang``, else the first untagged one, else the first English one,
    else the first at all; an industry's ``label_en`` is its (last) English label.
    """
    rank = {lang: 0, "": 1, "en": 2}
    for iri, texts in labels.items():
        best = min(texts, key=lambda t: rank.get(t[1], 3))[0]  # the first of the best rank
        place = data.places.get(iri)
        if place is not None:
            place.label = best
        ind = data.industries.get(iri)
        if ind is not None:
            ind.label = best
            ind.label_en = next((x for x, lg in reversed(texts) if lg == "en"), "")


#: Properties whose values are IRIs from a small set, read one value at a time (see _Scanner.scan).
_CODED = frozenset(
    [
        "cg:organisationType",
        "cg:organisationTypeGuess",
        "cg:country",
        "cg:region",
        "cg:industry",
        "cg:labelLevel",
        "cg:partnershipKind",
        "cg:withinProgramme",
        "cg:programme",
        "skos:broader",
    ]
)
_MAX_CODED_VALUES = 5000


class _Scanner:
    """A store with a per-read cache of property scans (one query a property, not a term decoded twice)."""

    def __init__(self, gs: GraphStore) -> None:
        self.gs = gs
        self.scans: dict[str, list[tuple[str, str, str]]] = {}

    def query(self, sparql: str, **kwargs: Any) -> Any:
        return self.gs.query(sparql, **kwargs)

    def scan(self, prop: str) -> list[tuple[str, str, str]]:
        """Every ``(subject, value, language)`` of one property (a CURIE), each once.

        For the properties of :data:`_CODED` (IRIs from a small set: types, places,
        industries, ...) the values are read once and then the subjects of each value, so
        that no value is turned back into text per statement: the on-disk store looks up
        every IRI it returns, and that lookup is what a read costs. Rows come in the same
        order as from the plain scan (Oxigraph walks its object index either way).
        """
        if prop not in self.scans:
            rows = self._scan_by_value(prop) if prop in _CODED else None
            if rows is None:
                q = f"SELECT DISTINCT ?s ?x (LANG(?x) AS ?lg) WHERE {{ ?s {prop} ?x }}"
                rows = [
                    (sol[0].value, sol[1].value, sol[2].value if sol[2] is not None else "")
                    for sol in self.gs.query(sparql_prefixes() + q)
                ]
            self.scans[prop] = rows
        return self.scans[prop]

    def _scan_by_value(self, prop: str) -> list[tuple[str, str, str]] | None:
        """The scan of ``prop`` one value at a time; None if its values are not a few IRIs."""
        values = [
            sol[0] for sol in self.gs.query(f"{sparql_prefixes()}SELECT DISTINCT ?x {{ ?s {prop} ?x }}")
        ]
        if len(values) > _MAX_CODED_VALUES or not all(isinstance(v, ox.NamedNode) for v in values):
            return None
        rows: list[tuple[str, str, str]] = []
        for v in values:
            # the value is an IRI read from the store, written in its N-Triples form (str(v)):
            # a constant in the pattern is an index lookup (a bound variable is not, measured)
            q = f"{sparql_prefixes()}SELECT DISTINCT ?s {{ ?s {prop} {v} }}"
            x = v.value
            rows.extend([(sol[0].value, x, "") for sol in self.gs.query(q)])
        return rows


def _facts(
    gs: _Scanner, where: str, properties: str, *, keep_subjects: bool = False
) -> Iterable[tuple[str, str, str, str]]:
    """(subject, property local name, value, language) for the subjects matched by ``where``.

    Values are strings (IRIs or literals' lexical forms); each fact once, however many
    named graphs hold it. ``keep_subjects`` also yields ``(s, '', '', '')`` for subjects
    that have none of the properties.

    Plain queries joined in Python: the subjects, and each property's statements (scanned
    once per read and shared by every kind of subject). Joining them inside one query makes
    Oxigraph scan a property once per subject pattern, far slower at a million triples;
    what costs most is turning stored terms back into text, so each query returns as few
    terms as it can (no predicate column, each fact once).
    """
    subjects = {
        sol[0].value for sol in gs.query(sparql_prefixes() + f"SELECT DISTINCT ?s WHERE {{ {where} }}")
    }
    seen: set[str] = set()
    for prop in properties.split():
        name = prop.split(":", 1)[1]
        for s, x, lg in gs.scan(prop):
            if s in subjects:
                seen.add(s)
                yield s, name, x, lg
    if keep_subjects:
        for s in subjects - seen:
            yield s, "", "", ""


def _read_people(
    gs: _Scanner, orgs: dict[str, Organisation]
) -> tuple[dict[str, str], list[tuple[str, str, str, str, str]]]:
    people: dict[str, str] = {}
    for s, _p, name, _lg in _facts(gs, "?s a foaf:Person", "foaf:name", keep_subjects=True):
        people[s] = people.get(s) or name or _local(s)
    posts: dict[str, dict[str, str]] = defaultdict(dict)
    for m, p, x, _lg in _facts(
        gs, "?s org:member ?_person . ?_person a foaf:Person", "org:member org:organization org:role"
    ):
        posts[m][p] = x
    for m, when, x in _rows(
        gs,
        """SELECT DISTINCT ?m ?when ?x WHERE {
             ?m org:member ?person ; org:memberDuring ?i . ?person a foaf:Person .
             VALUES (?edge ?when) { (time:hasBeginning "start") (time:hasEnd "end") }
             ?i ?edge ?instant . ?instant time:inXSDDate|time:inXSDgYearMonth|time:inXSDgYear ?x }""",
    ):
        posts[m][when] = str(x)
    out = {
        (
            p["member"],
            p["organization"],
            p.get("role", "").removeprefix(_ROLE_PREFIX),
            p.get("start", ""),
            p.get("end", ""),
        )
        for p in posts.values()
        if p.get("organization") in orgs and "member" in p
    }
    return people, sorted(out)


# --------------------------------------------------------------------------- filters


def _lo(date: str) -> str:
    return date + "-01-01"[len(date) - 4 :] if date else ""


def _hi(date: str) -> str:
    return date + "-12-31"[len(date) - 4 :] if date else ""


def parse_period(text: str) -> tuple[str, str]:
    """``'2015:2020'``, ``'2015:'``, ``':2020'`` or ``'2019'`` → ``(start, end)`` ISO dates (or '')."""
    import re

    part = r"(\d{4}(?:-\d{2}(?:-\d{2})?)?)?"
    m = re.fullmatch(part + r"(?::" + part + r")?", text.strip())
    if not m or not (m.group(1) or m.group(2)):
        raise ClusterGraphError(
            f"period {text!r}: expected START:END with ISO dates or years, "
            "e.g. 2015:2020, 2019, 2015: or :2020"
        )
    start, end = m.group(1) or "", m.group(2) if ":" in text else m.group(1)
    return start, end or ""


def active(p: Partnership, period: tuple[str, str] | None) -> bool:
    """Whether a partnership overlaps ``period`` (``(start, end)``, either may be '').

    A partnership with neither start nor end has an unknown period and is left out by any
    period filter; one with only a start runs on; one with only an end began at any time.
    """
    if period is None:
        return True
    if not p.start and not p.end:
        return False
    start, end = period
    if end and p.start and _lo(p.start) > _hi(end):
        return False
    return not (start and p.end and _hi(p.end) < _lo(start))


def select_partnerships(
    data: NetworkData, kinds: Collection[str] | None = None, period: tuple[str, str] | None = None
) -> list[Partnership]:
    """The partnerships of the given kinds (codes) that overlap the period, sorted by IRI."""
    if kinds is not None:
        unknown = set(kinds) - set(PARTNERSHIP_KINDS)
        if unknown:
            raise ClusterGraphError(
                f"unknown partnership kind(s) {', '.join(sorted(unknown))}; "
                f"expected some of {', '.join(PARTNERSHIP_KINDS)}"
            )
    return [
        p
        for iri, p in sorted(data.partnerships.items())
        if (kinds is None or p.kind in kinds) and active(p, period) and data.members.get(iri)
    ]


# --------------------------------------------------------------------------- node attributes


def organisation_attrs(data: NetworkData, iri: str) -> dict[str, Any]:
    """The plain node attributes of an organisation (see the module docstring)."""
    return _OrganisationAttrs(data)(iri)


class _OrganisationAttrs:
    """:func:`organisation_attrs` for many organisations of one :class:`NetworkData`.

    Organisations in the same place (city, country, regions) share their place attributes,
    those in the same industries their industry attributes: each is worked out once a call.
    """

    def __init__(self, data: NetworkData) -> None:
        self.data = data
        self.places: dict[tuple[str, ...], tuple[Any, ...]] = {}
        self.industries: dict[tuple[str, ...], tuple[str, str]] = {}
        self.programmes: dict[tuple[str, ...], str] = {}

    def __call__(self, iri: str) -> dict[str, Any]:
        data = self.data
        org = data.organisations[iri]
        regions = org.regions
        key = (org.city, org.country, *(regions if len(regions) < 2 else sorted(regions)))
        where = self.places.get(key)
        if where is None:
            region = data.region_of(org)
            where = self.places[key] = (
                _code(data, region),
                _region_label(data, region, org),
                _code(data, org.country),
                SEP.join(_code(data, r) for r in data.lands_of(org)),
                data.coordinates(org),
            )
        ikey = tuple(sorted(org.industries))
        inds = self.industries.get(ikey)
        if inds is None:
            inds = self.industries[ikey] = (
                SEP.join(data.label_of(i) for i in ikey),
                SEP.join(_local(i) for i in ikey),
            )
        programmes = ""
        if org.programmes:
            pkey = tuple(sorted(org.programmes))
            programmes = self.programmes.get(pkey)  # type: ignore[assignment]
            if programmes is None:
                programmes = self.programmes[pkey] = SEP.join(sorted(data.label_of(p) for p in pkey))
        level, level_date = current_label_level(org.awards, data.as_of) if org.awards else ("", "")
        attrs: dict[str, Any] = {
            "iri": iri,
            "label": org.label or _local(iri),
            "type": "organisation",
            "org_type": org.org_type,
            "org_type_guessed": org.org_type_guessed,
            "region": where[0],
            "region_label": where[1],
            "country": where[2],
            "lands": where[3],
            "industries": inds[0],
            "industry_ids": inds[1],
            "label_level": level,
            "label_date": level_date,
            "programmes": programmes,
        }
        xy = where[4]
        if xy:
            attrs["lat"], attrs["lon"] = xy
        return attrs


def _region_label(data: NetworkData, region: str, org: Organisation) -> str:
    if not region:
        return ""
    label = data.label_of(region)
    if region == org.country and _code(data, region) == "DE":
        return f"{label} (no Land stated)"
    return label


def _code(data: NetworkData, region: str) -> str:
    place = data.places.get(region)
    return (place.iso if place and place.iso else _local(region)) if region else ""


def partnership_attrs(data: NetworkData, p: Partnership) -> dict[str, Any]:
    return {
        "iri": p.iri,
        "label": p.label or _local(p.iri),
        "type": "partnership",
        "kind": p.kind,
        "start": p.start,
        "end": p.end,
        "programme": data.label_of(p.programme) if p.programme else "",
        "industries": SEP.join(sorted(data.label_of(i) for i in p.industries)),
        "members": len(data.members.get(p.iri, ())),
    }


# --------------------------------------------------------------------------- projections


def _source(source: GraphStore | NetworkData, people: bool = False) -> NetworkData:
    if isinstance(source, NetworkData):
        if people and source.people is None:
            raise ClusterGraphError(
                "this projection needs people: read the data with read_network(gs, people=True)"
            )
        return source
    return read_network(source, people=people)


def organisation_partnership_graph(
    source: GraphStore | NetworkData,
    kinds: Collection[str] | None = None,
    period: tuple[str, str] | None = None,
) -> nx.Graph:
    """The bipartite organisation–partnership graph (``bipartite`` = 0 organisations, 1 partnerships).

    Edges carry the organisation's ``roles`` in the partnership and ``weight`` 1.
    """
    data = _source(source)
    G = nx.Graph(projection="organisation-partnership")
    nodes: dict[str, dict[str, Any]] = {}
    adj: dict[str, dict[str, dict[str, Any]]] = defaultdict(dict)
    count: Counter[str] = Counter()
    attrs = _OrganisationAttrs(data)
    for p in select_partnerships(data, kinds, period):
        nodes[p.iri] = {**partnership_attrs(data, p), "bipartite": 1}
        for o, roles in data.members[p.iri].items():
            e = {"weight": 1, "roles": SEP.join(sorted(roles)), "kind": p.kind, "period": p.period}
            adj[o][p.iri] = adj[p.iri][o] = e
            count[o] += 1
    for o in count:
        nodes[o] = {**attrs(o), "partnerships": count[o], "bipartite": 0}
    return _fill(G, nodes, adj)


def co_partnership_graph(
    source: GraphStore | NetworkData,
    kinds: Collection[str] | None = None,
    period: tuple[str, str] | None = None,
    *,
    all_organisations: bool = False,
) -> nx.Graph:
    """Organisations linked when they share a partnership, weighted by how many they share.

    ``kinds`` keeps partnerships of those kinds (codes, see :data:`PARTNERSHIP_KINDS`);
    ``period`` (``(start, end)``) keeps those that overlap it (see :func:`active`).
    ``all_organisations`` also adds organisations without any partnership (isolated nodes).
    Edge attributes: ``weight``, ``partnerships`` (IRIs), ``partnership_labels``, ``kinds``
    and ``periods`` (one ``start–end`` per partnership), several values joined with :data:`SEP`.
    """
    data = _source(source)
    G = nx.Graph(
        projection="co-partnership", kinds=SEP.join(sorted(kinds or ())), period=":".join(period or ())
    )
    attrs = _OrganisationAttrs(data)
    with paused_gc():  # hundreds of thousands of edge dicts, none in a cycle
        count: Counter[str] = Counter()
        adj: dict[str, dict[str, dict[str, Any]]] = defaultdict(dict)
        several: dict[tuple[str, str], list[Partnership]] = {}  # ties of more than one partnership
        for p in select_partnerships(data, kinds, period):
            ms = sorted(data.members[p.iri])
            count.update(ms)
            # most ties have one partnership: its attributes, made once and copied per tie
            tie = {
                "weight": 1,
                "partnerships": p.iri,
                "partnership_labels": p.label,
                "kinds": p.kind,
                "periods": p.period,
            }
            for i, a in enumerate(ms):
                near = adj[a]
                for b in ms[i + 1 :]:
                    if b in near:
                        ps = several.get((a, b))
                        if ps is None:
                            ps = several[a, b] = [data.partnerships[near[b]["partnerships"]]]
                        ps.append(p)
                    else:
                        near[b] = adj[b][a] = tie.copy()
        for (a, b), ps in several.items():
            adj[a][b].update(  # the same dict as adj[b][a]; its keys keep their order
                weight=len(ps),
                partnerships=SEP.join(p.iri for p in ps),
                partnership_labels=SEP.join(p.label for p in ps),
                kinds=SEP.join(sorted({p.kind for p in ps})),
                periods=SEP.join(p.period for p in ps),
            )
        nodes = {o: {**attrs(o), "partnerships": n} for o, n in count.items()}
        if all_organisations:
            for o in data.organisations:
                if o not in nodes:
                    nodes[o] = {**attrs(o), "partnerships": 0}
    return _fill(G, nodes, adj)


def organisation_industry_graph(source: GraphStore | NetworkData, *, clusters_only: bool = True) -> nx.Graph:
    """Organisations (clusters only, by default) and the industries they work in.

    Industry nodes carry ``label``, ``label_en``, ``broader`` and ``organisations`` (their degree).
    """
    data = _source(source)
    G = nx.Graph(projection="cluster-industry" if clusters_only else "organisation-industry")
    nodes: dict[str, dict[str, Any]] = {}
    adj: dict[str, dict[str, dict[str, Any]]] = defaultdict(dict)
    attrs = _OrganisationAttrs(data)
    for iri, org in sorted(data.organisations.items()):
        if clusters_only and org.org_type != "cluster":
            continue
        for i in org.industries:
            if i not in data.industries:
                continue
            if iri not in nodes:
                nodes[iri] = attrs(iri)
            adj[iri][i] = adj[i][iri] = {"weight": 1}
    for i in [n for n in adj if n in data.industries]:
        ind = data.industries[i]
        nodes[i] = {
            "iri": i,
            "label": ind.label or _local(i),
            "label_en": ind.label_en,
            "type": "industry",
            "broader": SEP.join(sorted(data.label_of(b) for b in ind.broader)),
            "organisations": len(adj[i]),
        }
    return _fill(G, nodes, adj)


def region_graph(
    source: GraphStore | NetworkData,
    kinds: Collection[str] | None = None,
    period: tuple[str, str] | None = None,
) -> nx.Graph:
    """Regions (German Länder and other countries) linked by the partnerships that cross them.

    A partnership with members in regions A and B adds 1 to the weight of A–B, whatever
    the number of members; a region's ``intra_partnerships`` counts partnerships with at
    least two members in it, ``organisations`` its organisations in partnerships.
    Edges list the ``partnerships`` (IRIs) and ``partnership_labels``.
    """
    data = _source(source)
    G = nx.Graph(projection="region-region")
    per_pair: dict[tuple[str, str], list[Partnership]] = defaultdict(list)
    intra: Counter[str] = Counter()
    orgs_in: dict[str, set[str]] = defaultdict(set)
    for p in select_partnerships(data, kinds, period):
        regions: Counter[str] = Counter()
        for o in data.members[p.iri]:
            r = data.region_of(data.organisations[o])
            if r:
                regions[r] += 1
                orgs_in[r].add(o)
        intra.update(r for r, n in regions.items() if n > 1)
        for a, b in combinations(sorted(regions), 2):
            per_pair[a, b].append(p)
    nodes: dict[str, dict[str, Any]] = {}
    for r in orgs_in:
        place = data.places.get(r)
        attrs: dict[str, Any] = {
            "iri": r,
            "label": data.label_of(r),
            "type": "region",
            "region_type": place.type if place else "",
            "iso": _code(data, r),
            "organisations": len(orgs_in[r]),
            "intra_partnerships": intra[r],
        }
        if place and place.lat is not None and place.lon is not None:
            attrs["lat"], attrs["lon"] = place.lat, place.lon
        nodes[r] = attrs
    adj: dict[str, dict[str, dict[str, Any]]] = defaultdict(dict)
    for (a, b), ps in per_pair.items():
        adj[a][b] = adj[b][a] = {
            "weight": len(ps),
            "partnerships": SEP.join(p.iri for p in ps),
            "partnership_labels": SEP.join(p.label for p in ps),
        }
    return _fill(G, nodes, adj)


def person_organisation_graph(source: GraphStore | NetworkData) -> nx.Graph:
    """People and the organisations they hold posts at; edges carry ``roles`` and ``periods``."""
    data = _source(source, people=True)
    assert data.people is not None and data.posts is not None  # guaranteed by _source
    G = nx.Graph(projection="person-organisation")
    nodes: dict[str, dict[str, Any]] = {}
    posts: dict[tuple[str, str], list[tuple[str, str, str]]] = defaultdict(list)
    for person, org, role, start, end in data.posts:
        posts[person, org].append((role, start, end))
    adj: dict[str, dict[str, dict[str, Any]]] = defaultdict(dict)
    attrs = _OrganisationAttrs(data)
    for (person, org), items in posts.items():
        nodes.setdefault(
            person, {"iri": person, "label": data.people.get(person, _local(person)), "type": "person"}
        )
        if org not in nodes:
            nodes[org] = attrs(org)
        adj[person][org] = adj[org][person] = {
            "weight": len(items),
            "roles": SEP.join(r for r, _, _ in items),
            "periods": SEP.join(f"{s}–{e}" if s or e else "" for _, s, e in items),
        }
    return _fill(G, nodes, adj)


def _fill(
    G: nx.Graph, nodes: dict[str, dict[str, Any]], adj: dict[str, dict[str, dict[str, Any]]]
) -> nx.Graph:
    """Fill an empty graph's node and adjacency dicts directly (edge dicts shared both ways)."""
    G._node.update(nodes)
    for n in nodes:
        G._adj[n] = adj.get(n, {})
    return G


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


#: The projections by name, as the CLI and the maps offer them.
PROJECTIONS = (
    "co-partnership",
    "organisation-partnership",
    "cluster-industry",
    "region",
    "person-organisation",
)


def project(
    data: NetworkData,
    projection: str = "co-partnership",
    kinds: Collection[str] | None = None,
    period: Any = None,
) -> nx.Graph:
    """The projection named ``projection`` (one of :data:`PROJECTIONS`) of ``data``.

    ``kinds`` and ``period`` filter the partnerships of the projections built on them.
    """
    if projection == "co-partnership":
        return co_partnership_graph(data, kinds or None, period)
    if projection == "organisation-partnership":
        return organisation_partnership_graph(data, kinds or None, period)
    if projection == "region":
        return region_graph(data, kinds or None, period)
    if projection == "cluster-industry":
        return organisation_industry_graph(data)
    if projection == "person-organisation":
        return person_organisation_graph(data)
    raise ClusterGraphError(f"unknown projection {projection!r}; expected one of {', '.join(PROJECTIONS)}")
