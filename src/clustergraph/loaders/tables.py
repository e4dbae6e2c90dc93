"""The data tables of ``data/``: their columns and the pure row → triples functions.

Each :class:`Table` names its file, its columns (types, required, lists) and a function
that turns one parsed row into triples (N-Triples terms, see :mod:`.terms`). The functions
are pure: everything they need is in the row, including resolved references and the
row's own IRI (set by the reader). ``docs/model.md`` is the human-readable form of this
module; the tests keep them in step.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from clustergraph.loaders.columns import (
    Column,
    Ref,
    code,
    parse_boolean,
    parse_country,
    parse_date,
    parse_decimal,
    parse_integer,
    parse_region_id,
    parse_slug,
    parse_url,
    parse_website,
    ref,
    typed_ref,
)
from clustergraph.loaders.terms import (
    Triple,
    boolean_literal,
    date_literal,
    decimal_literal,
    integer_literal,
    iri,
    literal,
)
from clustergraph.model import vocab
from clustergraph.model.namespaces import CG_IRI, DATA_IRI, VOCAB_IRI

RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
OWL = "http://www.w3.org/2002/07/owl#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
FOAF = "http://xmlns.com/foaf/0.1/"
ORG = "http://www.w3.org/ns/org#"
TIME = "http://www.w3.org/2006/time#"
SOSA = "http://www.w3.org/ns/sosa/"
GEO = "http://www.w3.org/2003/01/geo/wgs84_pos#"
DCTERMS = "http://purl.org/dc/terms/"
XSD = "http://www.w3.org/2001/XMLSchema#"

A = iri(RDF + "type")
LABEL = iri(RDFS + "label")
COMMENT = iri(RDFS + "comment")
PREF = iri(SKOS + "prefLabel")
ALT = iri(SKOS + "altLabel")

Row = dict[str, Any]

#: Where the IRIs of each table's rows live.
KIND_OF_TABLE = {
    "organisations": "org",
    "people": "person",
    "programmes": "programme",
    "partnerships": "partnership",
    "events": "event",
    "regions": "region",
    "industries": "industry",
}

INDUSTRY_SCHEME = DATA_IRI + "industry/scheme"
REGION_SCHEME = DATA_IRI + "region/scheme"


def cg(term: str) -> str:
    """The IRI term of an ontology term (checked against the ontology by the tests)."""
    return f"<{CG_IRI}{term}>"


def data_iri(kind: str, ident: str) -> str:
    """The IRI (text, without brackets) of a data entity: ``data_iri('org', 'optonet')``."""
    return f"{DATA_IRI}{kind}/{ident}"


def vocab_iri(scheme: str, code_: str) -> str:
    return f"{VOCAB_IRI}{scheme}/{code_}"


def ref_iri(r: Ref) -> str:
    """The IRI term of a resolved reference."""
    if r.table == "label-scheme":
        return iri(vocab_iri("label-scheme", r.id))
    return iri(data_iri(KIND_OF_TABLE[r.table], r.id))


# --------------------------------------------------------------------------- helpers


def _label(s: str, name: str) -> Iterator[Triple]:
    lit = literal(name)
    yield s, PREF, lit
    yield s, LABEL, lit


def _note(s: str, row: Row) -> Iterator[Triple]:
    if row.get("note"):
        yield s, COMMENT, literal(row["note"])


def _opt(s: str, p: str, value: Any, make: Callable[[Any], str]) -> Iterator[Triple]:
    if value is not None and value != []:
        yield s, p, make(value)


def _interval(s: str, start: str | None, end: str | None) -> Iterator[Triple]:
    """``org:memberDuring`` with a ``time:Interval`` whose instants carry the dates."""
    if not start and not end:
        return
    interval = s[:-1] + "/interval>"
    yield s, iri(ORG + "memberDuring"), interval
    yield interval, A, iri(TIME + "Interval")
    for which, value in (("start", start), ("end", end)):
        if not value:
            continue
        instant = s[:-1] + f"/interval/{which}>"
        prop = "hasBeginning" if which == "start" else "hasEnd"
        yield interval, iri(TIME + prop), instant
        yield instant, A, iri(TIME + "Instant")
        precision = {4: "inXSDgYear", 7: "inXSDgYearMonth", 10: "inXSDDate"}[len(value)]
        yield instant, iri(TIME + precision), date_literal(value)


def _dates(s: str, row: Row) -> Iterator[Triple]:
    yield from _opt(s, cg("startDate"), row.get("start"), date_literal)
    yield from _opt(s, cg("endDate"), row.get("end"), date_literal)


# --------------------------------------------------------------------------- row functions


def organisation_triples(row: Row) -> Iterator[Triple]:
    """An organisation row → its triples.

    >>> rows = list(organisation_triples({"id": "optonet", "name": "OptoNet", "org_type": "cluster",
    ...     "org_type_basis": "stated", "country": Ref("regions", "DE")}))
    >>> len(rows)
    7
    """
    s = iri(data_iri("org", row["id"]))
    yield s, A, cg("Organisation")
    yield s, A, iri(ORG + "FormalOrganization")
    org_type = iri(vocab_iri("organisation-type", row["org_type"]))
    if row["org_type_basis"] == "stated":
        yield s, cg("organisationType"), org_type
        if row["org_type"] == "cluster":
            yield s, A, cg("ClusterOrganisation")
        elif row["org_type"] == "cluster-management":
            yield s, A, cg("ClusterManagementBody")
    else:
        yield s, cg("organisationTypeGuess"), org_type
    yield from _label(s, row["name"])
    yield from _opt(s, cg("legalName"), row.get("legal_name"), literal)
    yield from _opt(s, cg("locatedIn"), row.get("city"), ref_iri)
    for r in row.get("regions") or ():
        yield s, cg("region"), ref_iri(r)
    yield from _opt(s, cg("country"), row.get("country"), ref_iri)
    yield from _opt(s, iri(FOAF + "homepage"), row.get("website"), iri)
    yield from _opt(s, cg("foundingDate"), row.get("founded"), date_literal)
    for r in row.get("industries") or ():
        yield s, cg("industry"), ref_iri(r)
    yield from _note(s, row)


def reconciliation_triples(row: Row) -> Iterator[Triple]:
    s = ref_iri(row["id"])
    if row["decision"] == "alias":
        if row["name"] != row.get("_target_name"):
            yield s, ALT, literal(row["name"])
    else:
        other = ref_iri(row["other"])
        yield s, iri(OWL + "differentFrom"), other
        yield other, iri(OWL + "differentFrom"), s


def person_triples(row: Row) -> Iterator[Triple]:
    s = iri(data_iri("person", row["id"]))
    yield s, A, iri(FOAF + "Person")
    name = literal(row["name"])
    yield s, iri(FOAF + "name"), name
    yield s, LABEL, name
    yield from _opt(s, iri(FOAF + "title"), row.get("title"), literal)
    yield from _note(s, row)


def post_triples(row: Row) -> Iterator[Triple]:
    s = iri(row["_iri"])
    yield s, A, iri(ORG + "Membership")
    yield s, iri(ORG + "member"), ref_iri(row["person"])
    yield s, iri(ORG + "organization"), ref_iri(row["organisation"])
    yield s, iri(ORG + "role"), iri(vocab_iri("role", row["role"]))
    yield from _opt(s, cg("roleLabel"), row.get("role_label"), literal)
    yield from _interval(s, row.get("start"), row.get("end"))
    yield from _opt(s, cg("attestedOn"), row.get("attested"), date_literal)
    if row.get("_succeeds_iri"):
        yield s, cg("succeeds"), iri(row["_succeeds_iri"])
    yield from _note(s, row)


def label_award_triples(row: Row) -> Iterator[Triple]:
    s = iri(row["_iri"])
    yield s, A, cg("LabelAward")
    yield s, A, cg("Award")
    yield s, cg("awardedTo"), ref_iri(row["organisation"])
    yield s, cg("labelScheme"), iri(vocab_iri("label-scheme", row["scheme"]))
    if row.get("level"):
        yield s, cg("labelLevel"), iri(vocab_iri("label-level", row["level"]))
    yield from _opt(s, cg("awardingBody"), row.get("awarding_body"), ref_iri)
    yield from _opt(s, cg("awardDate"), row.get("date"), date_literal)
    yield from _opt(s, cg("validUntil"), row.get("valid_until"), date_literal)
    yield from _opt(s, cg("awardSequence"), row.get("sequence"), literal)
    yield from _note(s, row)


def prize_award_triples(row: Row) -> Iterator[Triple]:
    s = iri(row["_iri"])
    yield s, A, cg("PrizeAward")
    yield s, A, cg("Award")
    yield s, cg("awardedTo"), ref_iri(row["organisation"])
    yield s, cg("prizeName"), literal(row["prize"])
    yield from _opt(s, cg("awardingBody"), row.get("awarded_by"), ref_iri)
    yield from _opt(s, cg("awardDate"), row.get("date"), date_literal)
    yield from _opt(s, cg("forProject"), row.get("project"), literal)
    yield from _note(s, row)


def programme_triples(row: Row) -> Iterator[Triple]:
    s = iri(data_iri("programme", row["id"]))
    yield s, A, cg("Programme")
    yield from _label(s, row["name"])
    yield from _opt(s, cg("programmeOwner"), row.get("owner"), ref_iri)
    yield from _opt(s, cg("programmeLevel"), row.get("level"), literal)
    yield from _dates(s, row)
    yield from _opt(s, iri(FOAF + "homepage"), row.get("website"), iri)
    yield from _note(s, row)


def programme_membership_triples(row: Row) -> Iterator[Triple]:
    s = iri(row["_iri"])
    yield s, A, cg("ProgrammeMembership")
    yield s, cg("member"), ref_iri(row["organisation"])
    yield s, cg("programme"), ref_iri(row["programme"])
    yield from _opt(s, cg("admissionDate"), row.get("admitted"), date_literal)
    yield from _opt(s, cg("attestedOn"), row.get("attested"), date_literal)
    yield from _opt(s, cg("endDate"), row.get("left"), date_literal)
    yield s, cg("membershipBasis"), literal(row["basis"])
    yield from _note(s, row)


def partnership_triples(row: Row) -> Iterator[Triple]:
    s = iri(data_iri("partnership", row["id"]))
    yield s, A, cg("Partnership")
    yield s, A, iri(ORG + "OrganizationalCollaboration")
    yield from _label(s, row["name"])
    yield s, cg("partnershipKind"), iri(vocab_iri("partnership-kind", row["kind"]))
    for r in row.get("fields") or ():
        yield s, cg("industry"), ref_iri(r)
    yield from _opt(s, cg("fieldLabel"), row.get("field_label"), literal)
    yield from _opt(s, cg("withinProgramme"), row.get("programme"), ref_iri)
    yield from _dates(s, row)
    yield from _opt(s, cg("grantAgreement"), row.get("grant_agreement"), literal)
    yield from _note(s, row)


def partnership_member_triples(row: Row) -> Iterator[Triple]:
    s = iri(row["_iri"])
    partnership = ref_iri(row["partnership"])
    member = ref_iri(row["organisation"])
    yield s, A, iri(ORG + "Membership")
    yield s, iri(ORG + "member"), member
    yield s, iri(ORG + "organization"), partnership
    yield s, iri(ORG + "role"), iri(vocab_iri("role", row["role"]))
    yield partnership, iri(ORG + "hasMember"), member
    yield from _interval(s, row.get("start"), row.get("end"))
    yield from _note(s, row)


def relation_triples(row: Row) -> Iterator[Triple]:
    subject, obj, relation = ref_iri(row["subject"]), ref_iri(row["object"]), row["relation"]
    if relation == "merged-into":
        s = iri(row["_iri"])
        yield s, A, iri(ORG + "ChangeEvent")
        yield s, iri(ORG + "originalOrganization"), subject
        yield s, iri(ORG + "resultingOrganization"), obj
        yield from _opt(s, cg("date"), row.get("date"), date_literal)
        yield from _note(s, row)
        return
    prop = iri(vocab.RELATIONS[relation])
    yield subject, prop, obj
    if row.get("date") or row.get("note"):
        s = iri(row["_iri"])
        yield s, A, cg("DatedRelation")
        yield s, iri(RDF + "subject"), subject
        yield s, iri(RDF + "predicate"), prop
        yield s, iri(RDF + "object"), obj
        yield from _opt(s, cg("date"), row.get("date"), date_literal)
        yield from _note(s, row)


def event_triples(row: Row) -> Iterator[Triple]:
    s = iri(data_iri("event", row["id"]))
    yield s, A, cg("Event")
    yield from _label(s, row["name"])
    yield from _opt(s, cg("partOfSeries"), row.get("series"), ref_iri)
    yield from _dates(s, row)
    yield from _opt(s, cg("place"), row.get("place"), ref_iri)
    yield from _opt(s, cg("venue"), row.get("venue"), literal)
    if row.get("online") is not None:
        yield s, cg("online"), boolean_literal(row["online"])
    for r in row.get("organisers") or ():
        yield s, cg("organiser"), ref_iri(r)
    yield from _opt(s, cg("partnerCountry"), row.get("partner_country"), ref_iri)
    yield from _note(s, row)


def event_participant_triples(row: Row) -> Iterator[Triple]:
    s = iri(row["_iri"])
    event, agent = ref_iri(row["event"]), ref_iri(row["participant"])
    yield event, cg("participant"), agent
    yield s, A, cg("Participation")
    yield s, cg("event"), event
    yield s, cg("agent"), agent
    yield s, cg("participationRole"), iri(vocab_iri("participation-role", row["role"]))
    yield from _note(s, row)


def count_triples(row: Row) -> Iterator[Triple]:
    s = iri(row["_iri"])
    yield s, A, cg("CountObservation")
    yield s, A, iri(SOSA + "Observation")
    yield s, iri(SOSA + "hasFeatureOfInterest"), ref_iri(row["subject"])
    yield s, iri(SOSA + "observedProperty"), iri(vocab_iri("count-kind", row["counted"]))
    yield s, iri(SOSA + "hasSimpleResult"), integer_literal(row["value"])
    yield s, cg("qualifier"), iri(vocab_iri("qualifier", row["qualifier"]))
    yield from _opt(s, cg("observationDate"), row.get("date"), date_literal)
    yield from _note(s, row)


def grant_triples(row: Row) -> Iterator[Triple]:
    s = iri(row["_iri"])
    yield s, A, cg("Grant")
    yield s, cg("recipient"), ref_iri(row["recipient"])
    yield from _opt(s, cg("funder"), row.get("funder"), ref_iri)
    yield from _opt(s, cg("withinProgramme"), row.get("programme"), ref_iri)
    yield from _opt(s, cg("amount"), row.get("amount"), decimal_literal)
    yield from _opt(s, cg("currency"), row.get("currency"), literal)
    yield from _opt(s, cg("awardDate"), row.get("date"), date_literal)
    yield from _opt(s, cg("purpose"), row.get("purpose"), literal)
    yield from _note(s, row)


def industry_triples(row: Row) -> Iterator[Triple]:
    s = iri(data_iri("industry", row["id"]))
    yield s, A, iri(SKOS + "Concept")
    yield s, iri(SKOS + "inScheme"), iri(INDUSTRY_SCHEME)
    yield s, PREF, literal(row["label_en"], lang="en")
    yield s, PREF, literal(row["label_de"], lang="de")
    yield s, LABEL, literal(row["label_en"], lang="en")
    if row.get("broader"):
        yield s, iri(SKOS + "broader"), ref_iri(row["broader"])
    else:
        yield s, iri(SKOS + "topConceptOf"), iri(INDUSTRY_SCHEME)
    for nace in row.get("nace") or ():
        yield s, iri(SKOS + "closeMatch"), iri(f"http://data.europa.eu/ux2/nace2/{nace}")
    for alias in row.get("aliases") or ():
        if alias not in (row["label_en"], row["label_de"]):
            yield s, ALT, literal(alias)
    yield from _note(s, row)


_REGION_CLASS = {
    "country": "Country",
    "land": "Land",
    "subdivision": "Subdivision",
    "city": "City",
    "area": "Area",
}


def region_triples(row: Row) -> Iterator[Triple]:
    s = iri(data_iri("region", row["id"]))
    yield s, A, cg(_REGION_CLASS[row["type"]])
    yield s, A, cg("Region")
    yield s, A, iri(SKOS + "Concept")
    yield s, A, iri(DCTERMS + "Location")
    yield s, iri(SKOS + "inScheme"), iri(REGION_SCHEME)
    german = row["id"] == "DE" or row["id"].startswith(("DE-", "de-"))
    name = literal(row["name"], lang="de" if german else None)
    yield s, PREF, name
    yield s, LABEL, name
    if row.get("name_en") and (german or row["name_en"] != row["name"]):
        yield s, PREF, literal(row["name_en"], lang="en")
    if row.get("parent"):
        yield s, iri(SKOS + "broader"), ref_iri(row["parent"])
    else:
        yield s, iri(SKOS + "topConceptOf"), iri(REGION_SCHEME)
    yield from _opt(s, cg("isoCode"), row.get("iso_code"), literal)
    if row.get("nuts"):
        yield s, cg("nutsCode"), literal(row["nuts"])
        yield s, iri(SKOS + "exactMatch"), iri(f"http://data.europa.eu/nuts/code/{row['nuts']}")
    if row.get("geonames"):
        yield s, iri(SKOS + "exactMatch"), iri(f"https://sws.geonames.org/{row['geonames']}/")
    yield from _opt(s, iri(GEO + "lat"), row.get("lat"), decimal_literal)
    yield from _opt(s, iri(GEO + "long"), row.get("lon"), decimal_literal)
    yield from _note(s, row)


# --------------------------------------------------------------------------- table definitions


@dataclass(frozen=True)
class Table:
    """A data table: file stem, columns, key column and row function."""

    name: str
    columns: tuple[Column, ...]
    triples: Callable[[Row], Iterator[Triple]] | None
    key: str | None = None
    #: Builds the IRI of a derived row (memberships, awards, ...) from the parsed row.
    iri_of: Callable[[Row], str] | None = None
    doc: str = ""

    @property
    def file(self) -> str:
        return f"{self.name}.csv"

    def column(self, name: str) -> Column:
        for c in self.columns:
            if c.name == name:
                return c
        raise KeyError(name)


def _s(x: Any) -> str:
    return x.id if isinstance(x, Ref) else str(x)


NOTE = Column("note")
SOURCES = Column("sources", parse_url, required=True, many=True)


def _coord(lo: float, hi: float, what: str) -> Callable[[str], str]:
    def parse(value: str) -> str:
        try:
            f = float(value)
        except ValueError:
            raise ValueError(f"a {what} in decimal degrees between {lo:g} and {hi:g}") from None
        if not lo <= f <= hi:
            raise ValueError(f"a {what} in decimal degrees between {lo:g} and {hi:g}")
        parse_decimal(value)
        return value

    return parse


def _nace(value: str) -> str:
    import re

    if not re.match(r"^[A-U](?:\d{2}(?:\.\d{1,2})?)?$|^\d{2}(?:\.\d{1,2})?$", value):
        raise ValueError("a NACE Rev. 2 code such as 26.70, 26.7, 26 or C")
    return value


def _nuts(value: str) -> str:
    import re

    if not re.match(r"^[A-Z]{2}[A-Z0-9]{0,3}$", value):
        raise ValueError("a NUTS code such as DEG, DE2 or ES51")
    return value


def _currency(value: str) -> str:
    import re

    if not re.match(r"^[A-Z]{3}$", value):
        raise ValueError("an ISO 4217 currency code such as EUR")
    return value


def _geonames(value: str) -> str:
    if not value.isdigit():
        raise ValueError("a GeoNames id (digits only)")
    return value


TABLES: tuple[Table, ...] = (
    Table(
        "regions",
        (
            Column("id", parse_region_id, required=True),
            Column("type", code(vocab.REGION_TYPES), required=True),
            Column("name", required=True),
            Column("name_en"),
            Column("parent", ref("regions")),
            Column("iso_code"),
            Column("nuts", _nuts),
            Column("geonames", _geonames),
            Column("lat", _coord(-90, 90, "latitude")),
            Column("lon", _coord(-180, 180, "longitude")),
            NOTE,
            SOURCES,
        ),
        region_triples,
        key="id",
        doc="Countries, Länder, other first-level regions, cities (a SKOS scheme).",
    ),
    Table(
        "industries",
        (
            Column("id", parse_slug, required=True),
            Column("label_en", required=True),
            Column("label_de", required=True),
            Column("broader", ref("industries")),
            Column("nace", _nace, many=True),
            Column("aliases", many=True),
            NOTE,
            SOURCES,
        ),
        industry_triples,
        key="id",
        doc="Industries and technology fields (a SKOS scheme mapped to NACE).",
    ),
    Table(
        "organisations",
        (
            Column("id", parse_slug, required=True),
            Column("name", required=True),
            Column("legal_name"),
            Column("org_type", code(vocab.ORGANISATION_TYPES), required=True),
            Column("org_type_basis", code(vocab.ORG_TYPE_BASES), required=True),
            Column("city", ref("regions")),
            Column("regions", ref("regions"), many=True),
            Column("country", lambda v: Ref("regions", parse_country(v))),
            Column("website", parse_website),
            Column("founded", parse_date),
            Column("industries", ref("industries"), many=True),
            NOTE,
            SOURCES,
        ),
        organisation_triples,
        key="id",
        doc="Cluster organisations and every other organisation.",
    ),
    Table(
        "reconciliation",
        (
            Column("name", required=True),
            Column("id", ref("organisations"), required=True),
            Column("decision", code(("alias", "distinct")), required=True),
            Column("other", ref("organisations")),
            Column("reason", required=True),
            Column("sources", parse_url, many=True),
        ),
        reconciliation_triples,
        doc="Names seen in sources → one organisation; related-but-distinct pairs.",
    ),
    Table(
        "people",
        (
            Column("id", parse_slug, required=True),
            Column("name", required=True),
            Column("title"),
            NOTE,
            SOURCES,
        ),
        person_triples,
        key="id",
        doc="People in public professional roles.",
    ),
    Table(
        "posts",
        (
            Column("person", ref("people"), required=True),
            Column("organisation", ref("organisations"), required=True),
            Column("role", code(vocab.PERSON_ROLES), required=True),
            Column("role_label"),
            Column("start", parse_date),
            Column("end", parse_date),
            Column("attested", parse_date),
            Column("succeeds", ref("people")),
            NOTE,
            SOURCES,
        ),
        post_triples,
        iri_of=lambda r: data_iri(
            "membership",
            f"{_s(r['person'])}.{_s(r['organisation'])}.{r['role']}.{r.get('start') or 'undated'}",
        ),
        doc="A person in a role at an organisation, with its period.",
    ),
    Table(
        "label_awards",
        (
            Column("organisation", ref("organisations"), required=True),
            Column("scheme", code(vocab.LABEL_SCHEMES), required=True),
            Column("level", code(vocab.LABEL_LEVELS)),
            Column("awarding_body", ref("organisations")),
            Column("date", parse_date),
            Column("valid_until", parse_date),
            Column("sequence"),
            NOTE,
            SOURCES,
        ),
        label_award_triples,
        iri_of=lambda r: data_iri(
            "label-award",
            f"{_s(r['organisation'])}.{r['scheme']}.{r.get('level') or 'nolevel'}."
            f"{r.get('date') or 'undated'}",
        ),
        doc="Quality label awards (Bronze/Silver/Gold), one award a row.",
    ),
    Table(
        "prize_awards",
        (
            Column("organisation", ref("organisations"), required=True),
            Column("prize", required=True),
            Column("awarded_by", typed_ref("org", "programme")),
            Column("date", parse_date),
            Column("project"),
            NOTE,
            SOURCES,
        ),
        prize_award_triples,
        iri_of=lambda r: data_iri(
            "prize-award",
            f"{_s(r['organisation'])}.{_slugify(r['prize'])}.{r.get('date') or 'undated'}",
        ),
        doc="Prizes won (e.g. ClusterERFOLG).",
    ),
    Table(
        "programmes",
        (
            Column("id", parse_slug, required=True),
            Column("name", required=True),
            Column("owner", ref("organisations")),
            Column("level", code(vocab.PROGRAMME_LEVELS)),
            Column("start", parse_date),
            Column("end", parse_date),
            Column("website", parse_website),
            NOTE,
            SOURCES,
        ),
        programme_triples,
        key="id",
        doc="Funding programmes and cluster policies.",
    ),
    Table(
        "programme_memberships",
        (
            Column("organisation", ref("organisations"), required=True),
            Column("programme", ref("programmes"), required=True),
            Column("admitted", parse_date),
            Column("attested", parse_date),
            Column("left", parse_date),
            Column("basis", code(vocab.MEMBERSHIP_BASES), required=True),
            NOTE,
            SOURCES,
        ),
        programme_membership_triples,
        iri_of=lambda r: data_iri("programme-membership", f"{_s(r['organisation'])}.{_s(r['programme'])}"),
        doc="Membership of an organisation in a programme (go-cluster, ...).",
    ),
    Table(
        "partnerships",
        (
            Column("id", parse_slug, required=True),
            Column("name", required=True),
            Column("kind", code(vocab.PARTNERSHIP_KINDS), required=True),
            Column("fields", ref("industries"), many=True),
            Column("field_label"),
            Column("programme", ref("programmes")),
            Column("start", parse_date),
            Column("end", parse_date),
            Column("grant_agreement"),
            NOTE,
            SOURCES,
        ),
        partnership_triples,
        key="id",
        doc="Multi-party collaborations: Euroclusters, ESCPs, projects, MoUs, cohorts.",
    ),
    Table(
        "partnership_members",
        (
            Column("partnership", ref("partnerships"), required=True),
            Column("organisation", ref("organisations"), required=True),
            Column("role", code(vocab.PARTNER_ROLES), required=True),
            Column("start", parse_date),
            Column("end", parse_date),
            NOTE,
            SOURCES,
        ),
        partnership_member_triples,
        iri_of=lambda r: data_iri(
            "membership",
            f"{_s(r['organisation'])}.{_s(r['partnership'])}.{r['role']}.{r.get('start') or 'undated'}",
        ),
        doc="An organisation in a partnership, with its role.",
    ),
    Table(
        "relations",
        (
            Column(
                "subject",
                typed_ref("org", "programme", "person", "region", "partnership", "event"),
                required=True,
            ),
            Column("relation", code(tuple(vocab.RELATIONS)), required=True),
            Column(
                "object",
                typed_ref("org", "programme", "person", "region", "partnership", "event"),
                required=True,
            ),
            Column("date", parse_date),
            NOTE,
            SOURCES,
        ),
        relation_triples,
        iri_of=lambda r: data_iri(
            "change" if r["relation"] == "merged-into" else "relation",
            f"{_s(r['subject'])}.{r['relation']}.{_s(r['object'])}"
            if r["relation"] != "merged-into"
            else f"{_s(r['subject'])}.{_s(r['object'])}",
        ),
        doc="Other stated links: subsidiaries, management bodies, founders, mergers, ...",
    ),
    Table(
        "events",
        (
            Column("id", parse_slug, required=True),
            Column("name", required=True),
            Column("series", ref("events")),
            Column("start", parse_date),
            Column("end", parse_date),
            Column("place", ref("regions")),
            Column("venue"),
            Column("online", parse_boolean),
            Column("organisers", typed_ref("org", "programme"), many=True),
            Column("partner_country", lambda v: Ref("regions", parse_country(v))),
            NOTE,
            SOURCES,
        ),
        event_triples,
        key="id",
        doc="Events: conferences, cluster meetings, anniversaries.",
    ),
    Table(
        "event_participants",
        (
            Column("event", ref("events"), required=True),
            Column("participant", typed_ref("person", "org"), required=True),
            Column("role", code(vocab.PARTICIPATION_ROLES), required=True),
            NOTE,
            SOURCES,
        ),
        event_participant_triples,
        iri_of=lambda r: data_iri(
            "participation",
            f"{_s(r['event'])}.{_kind(r['participant'])}-{_s(r['participant'])}",
        ),
        doc="Who took part in an event, in which role.",
    ),
    Table(
        "counts",
        (
            Column(
                "subject",
                typed_ref("org", "programme", "event", "partnership", "label-scheme"),
                required=True,
            ),
            Column("counted", code(vocab.COUNT_KINDS), required=True),
            Column("value", parse_integer, required=True),
            Column("qualifier", code(vocab.QUALIFIERS), required=True),
            Column("date", parse_date),
            NOTE,
            SOURCES,
        ),
        count_triples,
        iri_of=lambda r: data_iri(
            "observation",
            f"{_kind(r['subject'])}-{_s(r['subject'])}.{r['counted']}.{r.get('date') or 'undated'}",
        ),
        doc="Dated counts (members, participants, ...) as observations.",
    ),
    Table(
        "grants",
        (
            Column("recipient", ref("organisations"), required=True),
            Column("funder", ref("organisations")),
            Column("programme", ref("programmes")),
            Column("amount", parse_decimal),
            Column("currency", _currency),
            Column("date", parse_date),
            Column("purpose"),
            NOTE,
            SOURCES,
        ),
        grant_triples,
        iri_of=lambda r: data_iri("grant", f"{_s(r['recipient'])}.{r.get('date') or 'undated'}"),
        doc="Grants received.",
    ),
    Table(
        "sources",
        (
            Column("url", parse_url, required=True),
            Column("title"),
            Column("publisher"),
            Column("taken"),
        ),
        None,
        key="url",
        doc="The sources manifest: address, title, publisher, what was taken.",
    ),
)

TABLES_BY_NAME = {t.name: t for t in TABLES}


def _kind(r: Ref) -> str:
    return {
        "organisations": "org",
        "people": "person",
        "programmes": "programme",
        "partnerships": "partnership",
        "events": "event",
        "regions": "region",
        "label-scheme": "label-scheme",
    }[r.table]


def _slugify(text: str) -> str:
    import re
    import unicodedata

    ascii_ = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_.lower()).strip("-") or "x"


__all__ = ["TABLES", "TABLES_BY_NAME", "Row", "Table", "data_iri", "ref_iri", "vocab_iri"]
