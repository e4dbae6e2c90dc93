"""Reading what the network projections need from a store, with a handful of targeted SPARQL patterns.

:func:`read_store` reads the organisations, partnerships and their members, places, industries
and programmes (and, on request, people and their posts) into a
:class:`~clustergraph.graph.records.NetworkData`; no triple is converted that the projections do
not need. :mod:`clustergraph.graph.snapshot` keeps the result beside the store, and
:func:`clustergraph.network.read_network` reads either.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import Any

import pyoxigraph as ox

from clustergraph.graph.records import (
    Industry,
    Labels,
    NetworkData,
    Organisation,
    Partnership,
    Place,
    local_name,
    paused_gc,
)
from clustergraph.graph.store import GraphStore, to_python
from clustergraph.model.namespaces import CGV, DATA_IRI, sparql_prefixes

_KIND_PREFIX = str(CGV) + "partnership-kind/"
_LEVEL_PREFIX = str(CGV) + "label-level/"
_TYPE_PREFIX = str(CGV) + "organisation-type/"
_ROLE_PREFIX = str(CGV) + "role/"
_PROGRAMME_ROLE_PREFIX = str(CGV) + "programme-role/"
#: Roles in which an organisation takes part in a programme itself, not through a partnership.
_DIRECT_ROLES = ("member", "winner", "platform", "funded")
_REGION_TYPES = ("Land", "Country", "City", "Subdivision", "Area")


def _rows(gs: GraphStore, body: str) -> Iterable[tuple[Any, ...]]:
    result = gs.data_query(sparql_prefixes() + body)
    names = [v.value for v in result.variables]
    for sol in result:
        yield tuple(to_python(sol[n]) for n in names)


def read_store(gs: GraphStore, *, people: bool = False, lang: str = "de") -> tuple[NetworkData, Labels]:
    """Read the network from the store itself, and the labels of places and industries in every language.

    One query per kind of thing (organisations, awards, programme participations,
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
        programmes[p] = programmes.get(p) or label or local_name(p)
    pms: dict[str, dict[str, str]] = defaultdict(dict)
    for m, p, x, _lg in _facts(
        gs,
        "?s a cg:ProgrammeParticipation",
        "cg:member cg:programme cg:endDate cg:programmeRole cg:cohort",
    ):
        pms[m][p] = x
    cohort_members: list[tuple[str, str, str]] = []  # (cohort, organisation, role)
    for pm in pms.values():
        org, role = pm.get("member"), pm.get("programmeRole", "").removeprefix(_PROGRAMME_ROLE_PREFIX)
        if org not in orgs or "programme" not in pm:
            continue
        # the programmes an organisation is in itself (not through a partnership), and not left
        if role in _DIRECT_ROLES and "endDate" not in pm:
            orgs[org].programmes.add(pm["programme"])
        if "cohort" in pm:  # a round or cohort: its participants are its members in the network
            cohort_members.append((pm["cohort"], org, role))

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
    for p, o, role in cohort_members:
        if p in partnerships:
            members[p].setdefault(o, set()).add(role)

    places: dict[str, Place] = {}
    labels: Labels = defaultdict(list)
    for r, t in _rows(
        gs,
        "SELECT DISTINCT ?r ?t WHERE {"
        " VALUES ?t { cg:Land cg:Country cg:City cg:Subdivision cg:Area } ?r a ?t }",
    ):
        places[r] = Place(r, local_name(t).lower())
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
    rank = {"": 1, "en": 2, lang: 0}  # the wanted language first (a later key wins)
    data.lang = lang
    for iri, texts in labels.items():
        best = min(texts, key=lambda t: rank.get(t[1], 3))[0]  # the first of the best rank
        place = data.places.get(iri)
        if place is not None:
            place.label = best
        ind = data.industries.get(iri)
        if ind is not None:
            ind.label = best
            ind.label_en = next((x for x, lg in reversed(texts) if lg == "en"), "")
            ind.names = {x for x, _ in texts}


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
        "cg:programmeRole",
        "cg:cohort",
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
        return self.gs.data_query(sparql, **kwargs)

    def data_query(self, sparql: str, **kwargs: Any) -> Any:
        return self.gs.data_query(sparql, **kwargs)

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
                    for sol in self.gs.data_query(sparql_prefixes() + q)
                ]
            self.scans[prop] = rows
        return self.scans[prop]

    def _scan_by_value(self, prop: str) -> list[tuple[str, str, str]] | None:
        """The scan of ``prop`` one value at a time; None if its values are not a few IRIs."""
        values = [
            sol[0] for sol in self.gs.data_query(f"{sparql_prefixes()}SELECT DISTINCT ?x {{ ?s {prop} ?x }}")
        ]
        if len(values) > _MAX_CODED_VALUES or not all(isinstance(v, ox.NamedNode) for v in values):
            return None
        rows: list[tuple[str, str, str]] = []
        for v in values:
            # the value is an IRI read from the store, written in its N-Triples form (str(v)):
            # a constant in the pattern is an index lookup (a bound variable is not, measured)
            q = f"{sparql_prefixes()}SELECT DISTINCT ?s {{ ?s {prop} {v} }}"
            x = v.value
            rows.extend([(sol[0].value, x, "") for sol in self.gs.data_query(q)])
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
        sol[0].value for sol in gs.data_query(sparql_prefixes() + f"SELECT DISTINCT ?s WHERE {{ {where} }}")
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
        people[s] = people.get(s) or name or local_name(s)
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
