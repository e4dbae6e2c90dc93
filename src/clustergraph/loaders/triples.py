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
