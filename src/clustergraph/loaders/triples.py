"""The statements each row of a data table makes: pure row → triples functions.

Each function takes one parsed row (see :mod:`.tables`) and yields triples (N-Triples terms,
see :mod:`.terms`). The functions are pure: everything they need is in the row, including
resolved references and the row's own IRI (set by the reader). ``docs/model.md`` says, column by
column, which RDF each makes; the tests keep them in step.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from clustergraph.loaders.columns import Ref
from clustergraph.loaders.terms import (
    XSD_DATE,
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
#: A statement with the column of its row that states it: ``(subject, predicate, object, column)``.
Fact = tuple[str, str, str, str]

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


def _label(s: str, name: str, field: str = "name") -> Iterator[Fact]:
    lit = literal(name)
    yield s, PREF, lit, field
    yield s, LABEL, lit, field


def _note(s: str, row: Row) -> Iterator[Fact]:
    if row.get("note"):
        yield s, COMMENT, literal(row["note"]), "note"


def _opt(s: str, p: str, row: Row, field: str, make: Callable[[Any], str]) -> Iterator[Fact]:
    """The fact ``s p make(row[field])`` if the row has a value in ``field``."""
    value = row.get(field)
    if value is not None and value != []:
        yield s, p, make(value), field


def _many(s: str, p: str, row: Row, field: str, make: Callable[[Any], str]) -> Iterator[Fact]:
    """One fact ``s p make(v)`` for each value ``v`` of the list column ``field``."""
    for value in row.get(field) or ():
        yield s, p, make(value), field


def _interval(s: str, row: Row, start: str = "start", end: str = "end") -> Iterator[Fact]:
    """``org:memberDuring`` with a ``time:Interval`` whose instants carry the dates.

    The interval's own statements belong to the start column (or the end column if the row
    has no start); each instant to its own column.
    """
    begin, finish = row.get(start), row.get(end)
    if not begin and not finish:
        return
    first = start if begin else end
    interval = s[:-1] + "/interval>"
    yield s, iri(ORG + "memberDuring"), interval, first
    yield interval, A, iri(TIME + "Interval"), first
    for which, column, value in (("start", start, begin), ("end", end, finish)):
        if not value:
            continue
        instant = s[:-1] + f"/interval/{which}>"
        prop = "hasBeginning" if which == "start" else "hasEnd"
        yield interval, iri(TIME + prop), instant, column
        yield instant, A, iri(TIME + "Instant"), column
        precision = {4: "inXSDgYear", 7: "inXSDgYearMonth", 10: "inXSDDate"}[len(value)]
        yield instant, iri(TIME + precision), date_literal(value), column


def _dates(s: str, row: Row) -> Iterator[Fact]:
    yield from _opt(s, cg("startDate"), row, "start", date_literal)
    yield from _opt(s, cg("endDate"), row, "end", date_literal)
    yield from sort_dates(s, row, "start", end="end")


def first_day(value: str) -> str:
    """The first day of the period an ISO date of any precision states, as an xsd:date literal.

    >>> first_day("2012"), first_day("2012-04")
    ('"2012-01-01"^^<http://www.w3.org/2001/XMLSchema#date>', '"2012-04-01"^^<http://www.w3.org/2001/XMLSchema#date>')
    """
    day = value + "-01-01"[len(value) - 4 :] if len(value) < 10 else value
    return literal(day, XSD_DATE)


def sort_dates(s: str, row: Row, *columns: str, end: str | None = None) -> Iterator[Fact]:
    """``cg:sortDate`` from the first of ``columns`` the row has, ``cg:sortEndDate`` from ``end``.

    Each is the first day of the stated period (docs/model.md, "Sortable dates") and belongs to
    the column it is derived from, so it cites the pages of that date.
    """
    for column in columns:
        if row.get(column):
            yield s, cg("sortDate"), first_day(row[column]), column
            break
    if end and row.get(end):
        yield s, cg("sortEndDate"), first_day(row[end]), end


# --------------------------------------------------------------------------- row functions


def organisation_triples(row: Row) -> Iterator[Fact]:
    """An organisation row → its facts, each with the column it comes from.

    >>> facts = list(organisation_triples({"id": "optonet", "name": "OptoNet", "org_type": "cluster",
    ...     "org_type_basis": "stated", "country": Ref("regions", "DE")}))
    >>> len(facts), sorted({f[3] for f in facts})
    (7, ['country', 'id', 'name', 'org_type'])
    """
    s = iri(data_iri("org", row["id"]))
    yield s, A, cg("Organisation"), "id"
    yield s, A, iri(ORG + "FormalOrganization"), "id"
    org_type = iri(vocab_iri("organisation-type", row["org_type"]))
    if row["org_type_basis"] == "stated":
        yield s, cg("organisationType"), org_type, "org_type"
        if row["org_type"] == "cluster":
            yield s, A, cg("ClusterOrganisation"), "org_type"
        elif row["org_type"] == "cluster-management":
            yield s, A, cg("ClusterManagementBody"), "org_type"
    else:
        yield s, cg("organisationTypeGuess"), org_type, "org_type"
    yield from _label(s, row["name"])
    yield from _opt(s, cg("legalName"), row, "legal_name", literal)
    yield from _opt(s, cg("locatedIn"), row, "city", ref_iri)
    yield from _many(s, cg("region"), row, "regions", ref_iri)
    yield from _opt(s, cg("country"), row, "country", ref_iri)
    yield from _opt(s, iri(FOAF + "homepage"), row, "website", iri)
    yield from _opt(s, cg("foundingDate"), row, "founded", date_literal)
    yield from _many(s, cg("industry"), row, "industries", ref_iri)
    yield from _note(s, row)


def reconciliation_triples(row: Row) -> Iterator[Fact]:
    s = ref_iri(row["id"])
    if row["decision"] == "alias":
        if row["name"] != row.get("_target_name"):
            yield s, ALT, literal(row["name"]), "name"
    else:
        other = ref_iri(row["other"])
        yield s, iri(OWL + "differentFrom"), other, "other"
        yield other, iri(OWL + "differentFrom"), s, "other"


def person_triples(row: Row) -> Iterator[Fact]:
    s = iri(data_iri("person", row["id"]))
    yield s, A, iri(FOAF + "Person"), "id"
    name = literal(row["name"])
    yield s, iri(FOAF + "name"), name, "name"
    yield s, LABEL, name, "name"
    yield from _opt(s, iri(FOAF + "title"), row, "title", literal)
    yield from _note(s, row)


def post_triples(row: Row) -> Iterator[Fact]:
    s = iri(row["_iri"])
    yield s, A, iri(ORG + "Membership"), "person"
    yield s, A, cg("Post"), "person"
    yield s, iri(ORG + "member"), ref_iri(row["person"]), "person"
    yield s, iri(ORG + "organization"), ref_iri(row["organisation"]), "organisation"
    yield s, iri(ORG + "role"), iri(vocab_iri("role", row["role"])), "role"
    yield from _opt(s, cg("roleLabel"), row, "role_label", literal)
    yield from _interval(s, row)
    yield from _opt(s, cg("attestedOn"), row, "attested", date_literal)
    yield from sort_dates(s, row, "start", "attested", end="end")
    if row.get("_succeeds_iri"):
        yield s, cg("succeeds"), iri(row["_succeeds_iri"]), "succeeds"
    yield from _note(s, row)


def label_award_triples(row: Row) -> Iterator[Fact]:
    s = iri(row["_iri"])
    yield s, A, cg("LabelAward"), "organisation"
    yield s, A, cg("Award"), "organisation"
    yield s, cg("awardedTo"), ref_iri(row["organisation"]), "organisation"
    yield s, cg("labelScheme"), iri(vocab_iri("label-scheme", row["scheme"])), "scheme"
    if row.get("level"):
        yield s, cg("labelLevel"), iri(vocab_iri("label-level", row["level"])), "level"
    yield from _opt(s, cg("awardingBody"), row, "awarding_body", ref_iri)
    yield from _opt(s, cg("awardDate"), row, "date", date_literal)
    yield from _opt(s, cg("validUntil"), row, "valid_until", date_literal)
    yield from _opt(s, cg("awardSequence"), row, "sequence", literal)
    yield from sort_dates(s, row, "date")
    yield from _note(s, row)


def prize_award_triples(row: Row) -> Iterator[Fact]:
    s = iri(row["_iri"])
    yield s, A, cg("PrizeAward"), "organisation"
    yield s, A, cg("Award"), "organisation"
    yield s, cg("awardedTo"), ref_iri(row["organisation"]), "organisation"
    yield s, cg("prizeName"), literal(row["prize"]), "prize"
    yield from _opt(s, cg("awardingBody"), row, "awarded_by", ref_iri)
    yield from _opt(s, cg("awardDate"), row, "date", date_literal)
    yield from _opt(s, cg("forProject"), row, "project", literal)
    yield from sort_dates(s, row, "date")
    yield from _note(s, row)


def programme_triples(row: Row) -> Iterator[Fact]:
    s = iri(data_iri("programme", row["id"]))
    yield s, A, cg("Programme"), "id"
    yield from _label(s, row["name"])
    yield from _opt(s, cg("programmeOwner"), row, "owner", ref_iri)
    yield from _opt(s, cg("programmeLevel"), row, "level", literal)
    yield from _dates(s, row)
    yield from _opt(s, iri(FOAF + "homepage"), row, "website", iri)
    yield from _note(s, row)


def partnership_triples(row: Row) -> Iterator[Fact]:
    s = iri(data_iri("partnership", row["id"]))
    yield s, A, cg("Partnership"), "id"
    yield s, A, iri(ORG + "OrganizationalCollaboration"), "id"
    yield from _label(s, row["name"])
    yield s, cg("partnershipKind"), iri(vocab_iri("partnership-kind", row["kind"])), "kind"
    yield from _many(s, cg("industry"), row, "fields", ref_iri)
    yield from _opt(s, cg("fieldLabel"), row, "field_label", literal)
    yield from _opt(s, cg("withinProgramme"), row, "programme", ref_iri)
    yield from _dates(s, row)
    yield from _opt(s, cg("grantAgreement"), row, "grant_agreement", literal)
    yield from _note(s, row)


def partnership_member_triples(row: Row) -> Iterator[Fact]:
    s = iri(row["_iri"])
    partnership = ref_iri(row["partnership"])
    member = ref_iri(row["organisation"])
    yield s, A, iri(ORG + "Membership"), "organisation"
    yield s, A, cg("PartnershipMembership"), "organisation"
    yield s, iri(ORG + "member"), member, "organisation"
    yield s, iri(ORG + "organization"), partnership, "partnership"
    yield s, iri(ORG + "role"), iri(vocab_iri("role", row["role"])), "role"
    yield partnership, iri(ORG + "hasMember"), member, "organisation"
    yield from _interval(s, row)
    yield from sort_dates(s, row, "start", end="end")
    yield from _note(s, row)
    if row.get("_programme"):  # a partnership within a programme: its members take part in it
        yield from _derived_participation(row, member, partnership)


def _derived_participation(row: Row, member: str, partnership: str) -> Iterator[Fact]:
    """The programme participation of a member of a partnership within a programme.

    Its IRI and programme were set when the tables were linked (``_participation_iri``,
    ``_programme``); the programme cites the pages of the partnership's programme column
    (the row's ``_programme`` citation), the rest the columns of the membership.
    """
    s = iri(row["_participation_iri"])
    role = vocab.PROGRAMME_ROLE_OF_PARTNER_ROLE[row["role"]]
    yield s, A, cg("ProgrammeParticipation"), "organisation"
    yield s, cg("member"), member, "organisation"
    yield s, cg("programme"), ref_iri(row["_programme"]), "_programme"
    yield s, cg("programmeRole"), iri(vocab_iri("programme-role", role)), "role"
    yield s, cg("cohort"), partnership, "partnership"
    yield s, cg("membershipBasis"), literal("stated"), "partnership"
    yield from _dates(s, row)


def relation_triples(row: Row) -> Iterator[Fact]:
    subject, obj, relation = ref_iri(row["subject"]), ref_iri(row["object"]), row["relation"]
    if relation == "merged-into":
        s = iri(row["_iri"])
        yield s, A, iri(ORG + "ChangeEvent"), "relation"
        yield s, iri(ORG + "originalOrganization"), subject, "subject"
        yield s, iri(ORG + "resultingOrganization"), obj, "object"
        yield from _opt(s, cg("date"), row, "date", date_literal)
        yield from sort_dates(s, row, "date")
        yield from _note(s, row)
        return
    prop = iri(vocab.RELATIONS[relation])
    yield subject, prop, obj, "relation"
    if row.get("date") or row.get("note"):
        s = iri(row["_iri"])
        yield s, A, cg("DatedRelation"), "relation"
        yield s, iri(RDF + "subject"), subject, "subject"
        yield s, iri(RDF + "predicate"), prop, "relation"
        yield s, iri(RDF + "object"), obj, "object"
        yield from _opt(s, cg("date"), row, "date", date_literal)
        yield from sort_dates(s, row, "date")
        yield from _note(s, row)


def event_triples(row: Row) -> Iterator[Fact]:
    s = iri(data_iri("event", row["id"]))
    yield s, A, cg("Event"), "id"
    yield from _label(s, row["name"])
    yield from _opt(s, cg("partOfSeries"), row, "series", ref_iri)
    yield from _dates(s, row)
    yield from _opt(s, cg("place"), row, "place", ref_iri)
    yield from _opt(s, cg("venue"), row, "venue", literal)
    if row.get("online") is not None:
        yield s, cg("online"), boolean_literal(row["online"]), "online"
    yield from _many(s, cg("organiser"), row, "organisers", ref_iri)
    yield from _opt(s, cg("partnerCountry"), row, "partner_country", ref_iri)
    yield from _note(s, row)


def event_participant_triples(row: Row) -> Iterator[Fact]:
    s = iri(row["_iri"])
    event, agent = ref_iri(row["event"]), ref_iri(row["participant"])
    yield event, cg("participant"), agent, "participant"
    yield s, A, cg("Participation"), "participant"
    yield s, cg("event"), event, "event"
    yield s, cg("agent"), agent, "participant"
    yield s, cg("participationRole"), iri(vocab_iri("participation-role", row["role"])), "role"
    yield from _note(s, row)


def count_triples(row: Row) -> Iterator[Fact]:
    s = iri(row["_iri"])
    yield s, A, cg("CountObservation"), "subject"
    yield s, A, iri(SOSA + "Observation"), "subject"
    yield s, iri(SOSA + "hasFeatureOfInterest"), ref_iri(row["subject"]), "subject"
    yield s, iri(SOSA + "observedProperty"), iri(vocab_iri("count-kind", row["counted"])), "counted"
    yield s, iri(SOSA + "hasSimpleResult"), integer_literal(row["value"]), "value"
    yield s, cg("qualifier"), iri(vocab_iri("qualifier", row["qualifier"])), "qualifier"
    yield from _opt(s, cg("observationDate"), row, "date", date_literal)
    yield from sort_dates(s, row, "date")
    yield from _note(s, row)


def grant_triples(row: Row) -> Iterator[Fact]:
    s = iri(row["_iri"])
    yield s, A, cg("Grant"), "recipient"
    yield s, cg("recipient"), ref_iri(row["recipient"]), "recipient"
    yield from _opt(s, cg("funder"), row, "funder", ref_iri)
    yield from _opt(s, cg("withinProgramme"), row, "programme", ref_iri)
    yield from _opt(s, cg("amount"), row, "amount", decimal_literal)
    yield from _opt(s, cg("currency"), row, "currency", literal)
    yield from _opt(s, cg("awardDate"), row, "date", date_literal)
    yield from sort_dates(s, row, "date")
    yield from _opt(s, cg("purpose"), row, "purpose", literal)
    yield from _note(s, row)


def industry_triples(row: Row) -> Iterator[Fact]:
    s = iri(data_iri("industry", row["id"]))
    yield s, A, iri(SKOS + "Concept"), "id"
    yield s, iri(SKOS + "inScheme"), iri(INDUSTRY_SCHEME), "id"
    yield s, PREF, literal(row["label_en"], lang="en"), "label_en"
    yield s, PREF, literal(row["label_de"], lang="de"), "label_de"
    yield s, LABEL, literal(row["label_en"], lang="en"), "label_en"
    if row.get("broader"):
        yield s, iri(SKOS + "broader"), ref_iri(row["broader"]), "broader"
    else:
        yield s, iri(SKOS + "topConceptOf"), iri(INDUSTRY_SCHEME), "id"
    yield from _many(
        s, iri(SKOS + "closeMatch"), row, "nace", lambda nace: iri(f"http://data.europa.eu/ux2/nace2/{nace}")
    )
    for alias in row.get("aliases") or ():
        if alias not in (row["label_en"], row["label_de"]):
            yield s, ALT, literal(alias), "aliases"
    yield from _note(s, row)


_REGION_CLASS = {
    "country": "Country",
    "land": "Land",
    "subdivision": "Subdivision",
    "city": "City",
    "area": "Area",
}


def region_triples(row: Row) -> Iterator[Fact]:
    s = iri(data_iri("region", row["id"]))
    yield s, A, cg(_REGION_CLASS[row["type"]]), "type"
    yield s, A, cg("Region"), "id"
    yield s, A, iri(SKOS + "Concept"), "id"
    yield s, A, iri(DCTERMS + "Location"), "id"
    yield s, iri(SKOS + "inScheme"), iri(REGION_SCHEME), "id"
    german = row["id"] == "DE" or row["id"].startswith(("DE-", "de-"))
    name = literal(row["name"], lang="de" if german else None)
    yield s, PREF, name, "name"
    yield s, LABEL, name, "name"
    if row.get("name_en") and (german or row["name_en"] != row["name"]):
        yield s, PREF, literal(row["name_en"], lang="en"), "name_en"
    if row.get("parent"):
        yield s, iri(SKOS + "broader"), ref_iri(row["parent"]), "parent"
    else:
        yield s, iri(SKOS + "topConceptOf"), iri(REGION_SCHEME), "id"
    yield from _opt(s, cg("isoCode"), row, "iso_code", literal)
    if row.get("nuts"):
        yield s, cg("nutsCode"), literal(row["nuts"]), "nuts"
        yield s, iri(SKOS + "exactMatch"), iri(f"http://data.europa.eu/nuts/code/{row['nuts']}"), "nuts"
    if row.get("geonames"):
        yield s, iri(SKOS + "exactMatch"), iri(f"https://sws.geonames.org/{row['geonames']}/"), "geonames"
    yield from _opt(s, iri(GEO + "lat"), row, "lat", decimal_literal)
    yield from _opt(s, iri(GEO + "long"), row, "lon", decimal_literal)
    yield from _note(s, row)
