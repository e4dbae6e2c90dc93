"""Codes of the controlled vocabularies (``cgv:``), as the data files write them.

``ontology/vocabularies.ttl`` defines each code as a SKOS concept; a test checks that the two
agree.
"""

from __future__ import annotations

LABEL_LEVELS = ("bronze", "silver", "gold")
LABEL_SCHEMES = ("cluster-management-excellence", "cluster-exzellenz-bw")
#: Schemes whose awards must have a level.
LEVELLED_SCHEMES = ("cluster-management-excellence",)
ORGANISATION_TYPES = (
    "cluster",
    "cluster-management",
    "network",
    "agency",
    "research",
    "company",
    "public-authority",
    "association",
    "other",
)
ORG_TYPE_BASES = ("stated", "name")
PARTNERSHIP_KINDS = ("eurocluster", "escp", "project", "mou", "programme-cohort", "bilateral")
PERSON_ROLES = (
    "managing-director",
    "cluster-manager",
    "deputy-cluster-manager",
    "head",
    "chair",
    "vice-chair",
    "board-member",
    "spokesperson",
    "advisory-board-spokesperson",
    "founder",
    "staff",
    "programme-manager",
    "officer",
    "president",
    "director",
    "representative",
)
PARTNER_ROLES = ("coordinator", "partner", "founding-member", "associated-partner")
ROLES = PERSON_ROLES + PARTNER_ROLES
PARTICIPATION_ROLES = (
    "speaker",
    "award-winner",
    "exhibitor",
    "host",
    "guest",
    "elected",
    "attendee",
)
COUNT_KINDS = (
    "members",
    "founding-members",
    "member-companies",
    "partners",
    "participants",
    "clusters",
    "bronze-labels",
    "silver-labels",
    "gold-labels",
    "events",
    "presentations",
    "exhibitors",
    "countries",
    "partnerships",
)
QUALIFIERS = ("exact", "about", "more-than", "at-least", "almost", "fewer-than")
MEMBERSHIP_BASES = ("stated", "implied")
#: Roles of an organisation in a programme (``programme_participations.csv``, ``cg:programmeRole``).
PROGRAMME_ROLES = (
    "member",
    "winner",
    "platform",
    "funded",
    "coordinator",
    "partner",
    "associated-partner",
)
#: The programme role a partnership member's role gives it in the partnership's programme.
PROGRAMME_ROLE_OF_PARTNER_ROLE = {
    "coordinator": "coordinator",
    "partner": "partner",
    "founding-member": "partner",
    "associated-partner": "associated-partner",
}
PROGRAMME_LEVELS = ("federal", "land", "eu", "international")
REGION_TYPES = ("country", "land", "subdivision", "city", "area")

#: Relation codes of ``relations.csv`` and the property each becomes.
RELATIONS = {
    "subsidiary-of": "http://www.w3.org/ns/org#subOrganizationOf",
    "part-of": "http://www.w3.org/ns/org#subOrganizationOf",
    "managed-by": "https://w3id.org/clustergraph/ontology#managedBy",
    "founded-by": "https://w3id.org/clustergraph/ontology#foundedBy",
    "initiated-by": "https://w3id.org/clustergraph/ontology#initiatedBy",
    "founding-member-of": "https://w3id.org/clustergraph/ontology#foundingMemberOf",
    "associated-partner-of": "https://w3id.org/clustergraph/ontology#associatedPartnerOf",
    "partner-region": "https://w3id.org/clustergraph/ontology#partnerRegion",
    "organises-series": "https://w3id.org/clustergraph/ontology#organisesSeries",
    "merged-into": "",  # written as an org:ChangeEvent
}
