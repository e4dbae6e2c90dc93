"""Namespaces of clustergraph: the ontology's terms (``CG``), vocabularies and data IRIs.

``CG`` is a closed :class:`rdflib.namespace.DefinedNamespace`: a misspelled term fails at
once instead of silently minting a new IRI. The test suite checks that every term listed
here is defined in ``ontology/clustergraph.ttl``.

>>> str(CG.Organisation)
'https://w3id.org/clustergraph/ontology#Organisation'
>>> CG.Organisaton  # doctest: +ELLIPSIS
Traceback (most recent call last):
...
AttributeError: term 'Organisaton' not in namespace 'https://w3id.org/clustergraph/ontology#'
"""

from __future__ import annotations

from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace

ONTOLOGY_IRI = "https://w3id.org/clustergraph/ontology"
CG_IRI = ONTOLOGY_IRI + "#"
VOCAB_IRI = "https://w3id.org/clustergraph/vocab/"
DATA_IRI = "https://w3id.org/clustergraph/id/"
SHAPES_IRI = "https://w3id.org/clustergraph/shapes#"
#: The graphs of a built dataset (docs/model.md, "Graphs and provenance"): every fact once in the
#: data graph; beside it the provenance graph (which pages state which fact, and the records the
#: facts were read from), the ontology graph and the build graph (the build activity, the dataset's
#: DCAT/VoID description). Nothing is written to the unnamed default graph.
DATA_GRAPH_IRI = DATA_IRI + "graph/data"
PROVENANCE_GRAPH_IRI = DATA_IRI + "graph/provenance"
ONTOLOGY_GRAPH_IRI = ONTOLOGY_IRI
BUILD_GRAPH_IRI = DATA_IRI + "graph/build"
#: The graphs a build writes, in the order exports list them.
DATASET_GRAPHS = (DATA_GRAPH_IRI, PROVENANCE_GRAPH_IRI, ONTOLOGY_GRAPH_IRI, BUILD_GRAPH_IRI)


class CG(DefinedNamespace):
    """The clustergraph ontology (``cg:``)."""

    _fail = True
    _NS = Namespace(CG_IRI)

    # classes
    Organisation: URIRef
    ClusterOrganisation: URIRef
    ClusterManagementBody: URIRef
    Partnership: URIRef
    Programme: URIRef
    ProgrammeParticipation: URIRef
    ProgrammeMembership: URIRef
    Post: URIRef
    PartnershipMembership: URIRef
    Award: URIRef
    LabelAward: URIRef
    PrizeAward: URIRef
    Event: URIRef
    Participation: URIRef
    CountObservation: URIRef
    Grant: URIRef
    DatedRelation: URIRef
    SourceGraph: URIRef  # deprecated (0.3.0): SourceRecord
    SourceRecord: URIRef
    TableRecord: URIRef
    DefinitionRecord: URIRef
    ImportedSource: URIRef
    ProfileSource: URIRef
    ReportSource: URIRef
    RdfFileSource: URIRef
    EndpointSource: URIRef
    record: URIRef
    recordSource: URIRef
    dataFile: URIRef
    lineNumber: URIRef
    sourceId: URIRef
    Build: URIRef
    Region: URIRef
    Country: URIRef
    Land: URIRef
    Subdivision: URIRef
    City: URIRef
    Area: URIRef

    # organisations
    legalName: URIRef
    organisationType: URIRef
    organisationTypeGuess: URIRef
    locatedIn: URIRef
    region: URIRef
    country: URIRef
    foundingDate: URIRef
    industry: URIRef
    managedBy: URIRef
    foundedBy: URIRef
    initiatedBy: URIRef
    foundingMemberOf: URIRef
    associatedPartnerOf: URIRef
    partnerRegion: URIRef
    organisesSeries: URIRef

    # memberships and posts
    roleLabel: URIRef
    attestedOn: URIRef
    succeeds: URIRef

    # awards
    awardedTo: URIRef
    labelScheme: URIRef
    labelLevel: URIRef
    awardingBody: URIRef
    awardDate: URIRef
    validUntil: URIRef
    awardSequence: URIRef
    prizeName: URIRef
    forProject: URIRef

    # programmes
    programmeOwner: URIRef
    programmeLevel: URIRef
    member: URIRef
    programme: URIRef
    admissionDate: URIRef
    membershipBasis: URIRef
    programmeRole: URIRef
    cohort: URIRef

    # periods and dates
    startDate: URIRef
    endDate: URIRef
    date: URIRef
    sortDate: URIRef
    sortEndDate: URIRef

    # partnerships
    partnershipKind: URIRef
    fieldLabel: URIRef
    withinProgramme: URIRef
    grantAgreement: URIRef

    # events
    partOfSeries: URIRef
    place: URIRef
    venue: URIRef
    online: URIRef
    organiser: URIRef
    partnerCountry: URIRef
    topic: URIRef
    session: URIRef
    participant: URIRef
    event: URIRef
    agent: URIRef
    participationRole: URIRef

    # observations
    qualifier: URIRef
    observationDate: URIRef

    # grants
    recipient: URIRef
    funder: URIRef
    amount: URIRef
    currency: URIRef
    purpose: URIRef

    # regions
    isoCode: URIRef
    nutsCode: URIRef

    # provenance
    publisherName: URIRef
    contentTaken: URIRef
    softwareVersion: URIRef

    # more kinds of sources (profile texts, RDF files, SPARQL endpoints)
    ProfileSourceGraph: URIRef
    RdfFileSourceGraph: URIRef
    EndpointSourceGraph: URIRef
    Import: URIRef
    TextExtraction: URIRef
    extractedFact: URIRef
    extractedFrom: URIRef
    textStart: URIRef
    textEnd: URIRef
    extractionRule: URIRef
    quotedText: URIRef

    # network analyses written back (clustergraph analyze --write)
    NetworkAnalysis: URIRef
    Community: URIRef
    projection: URIRef
    analysisMethod: URIRef
    modularity: URIRef
    inCommunity: URIRef
    degreeCentrality: URIRef
    strength: URIRef
    betweennessCentrality: URIRef
    eigenvectorCentrality: URIRef
    pageRank: URIRef
    burtConstraint: URIRef
    coreness: URIRef


ORG = Namespace("http://www.w3.org/ns/org#")
SOSA = Namespace("http://www.w3.org/ns/sosa/")
GEO = Namespace("http://www.w3.org/2003/01/geo/wgs84_pos#")
TIME = Namespace("http://www.w3.org/2006/time#")
CGV = Namespace(VOCAB_IRI)
CGD = Namespace(DATA_IRI)
NACE = Namespace("http://data.europa.eu/ux2/nace2/")
NUTS = Namespace("http://data.europa.eu/nuts/code/")
GEONAMES = "https://sws.geonames.org/"

#: The prefix of each kind of data entity (``cgorg:optonet`` = ``cgd:org/optonet``). Not ``org:``,
#: which is W3C ORG.
ENTITY_PREFIXES: dict[str, str] = {
    "cgorg": DATA_IRI + "org/",
    "cgperson": DATA_IRI + "person/",
    "cgprog": DATA_IRI + "programme/",
    "cgpart": DATA_IRI + "partnership/",
    "cgevent": DATA_IRI + "event/",
    "cgregion": DATA_IRI + "region/",
    "cgind": DATA_IRI + "industry/",
}

#: Prefixes used in queries, exports and messages.
PREFIXES: dict[str, str] = {
    "cg": CG_IRI,
    "cgv": VOCAB_IRI,
    "cgd": DATA_IRI,
    "org": str(ORG),
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "prov": "http://www.w3.org/ns/prov#",
    "time": str(TIME),
    "dcterms": "http://purl.org/dc/terms/",
    "foaf": "http://xmlns.com/foaf/0.1/",
    "sosa": str(SOSA),
    "geo": str(GEO),
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    # One prefix per kind of entity, so that an id is a prefixed name without escapes
    # (cgorg:optonet; cgd:org/optonet is a SPARQL syntax error). After cgd:, so that results
    # still shorten IRIs with cgd: (the first prefix that matches).
    **ENTITY_PREFIXES,
    # the dataset's own description in the build graph (clustergraph.graph.describe)
    "dcat": "http://www.w3.org/ns/dcat#",
    "void": "http://rdfs.org/ns/void#",
}


def sparql_prefixes() -> str:
    """The PREFIX lines for :data:`PREFIXES`, to put in front of a query."""
    return "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in PREFIXES.items())
