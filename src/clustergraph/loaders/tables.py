"""The data tables of ``data/``: their files, columns and keys, and the function each row goes through.

Each :class:`Table` names its file, its columns (types, required, lists, see :mod:`.columns`)
and the pure function of :mod:`.triples` that turns one parsed row into triples.
``docs/model.md`` is the human-readable form of this module; the tests keep them in step.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from clustergraph.loaders.columns import (
    TYPED_ID_KINDS,
    Column,
    Ref,
    code,
    coordinate,
    parse_boolean,
    parse_cites,
    parse_country,
    parse_currency,
    parse_date,
    parse_decimal,
    parse_geonames,
    parse_integer,
    parse_nace,
    parse_nuts,
    parse_region_id,
    parse_slug,
    parse_source_ref,
    parse_text,
    parse_url,
    parse_website,
    ref,
    typed_ref,
)
from clustergraph.loaders.programmes import participation_row_iri, programme_participation_triples
from clustergraph.loaders.terms import Triple
from clustergraph.loaders.triples import (
    Row,
    count_triples,
    data_iri,
    event_participant_triples,
    event_triples,
    grant_triples,
    industry_triples,
    label_award_triples,
    organisation_triples,
    partnership_member_triples,
    partnership_triples,
    person_triples,
    post_triples,
    prize_award_triples,
    programme_triples,
    reconciliation_triples,
    ref_iri,
    region_triples,
    relation_triples,
    vocab_iri,
)
from clustergraph.model import vocab

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


NOTE = Column("note", parse_text)
#: The three citation columns every fact table ends with (see data/README.md, "Sources and citations"):
#: pages stating every fact of the row, pages per column, and pages of the record not tied to a fact.
SOURCES = Column("sources", parse_source_ref, many=True)
CITES = Column("cites", parse_cites)
CONTEXT = Column("context", parse_source_ref, many=True)
CITATION_COLUMNS = ("sources", "cites", "context")


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
            Column("nuts", parse_nuts),
            Column("geonames", parse_geonames),
            Column("lat", coordinate(-90, 90, "latitude")),
            Column("lon", coordinate(-180, 180, "longitude")),
            NOTE,
            SOURCES,
            CITES,
            CONTEXT,
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
            Column("nace", parse_nace, many=True),
            Column("aliases", many=True),
            NOTE,
            SOURCES,
            CITES,
            CONTEXT,
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
            CITES,
            CONTEXT,
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
            Column("reason", parse_text, required=True),
            SOURCES,
            CITES,
            CONTEXT,
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
            CITES,
            CONTEXT,
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
            CITES,
            CONTEXT,
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
            CITES,
            CONTEXT,
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
            CITES,
            CONTEXT,
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
            CITES,
            CONTEXT,
        ),
        programme_triples,
        key="id",
        doc="Funding programmes and cluster policies.",
    ),
    Table(
        "programme_participations",
        (
            Column("organisation", ref("organisations"), required=True),
            Column("programme", ref("programmes"), required=True),
            Column("role", code(vocab.PROGRAMME_ROLES), required=True),
            Column("cohort", ref("partnerships")),
            Column("admitted", parse_date),
            Column("awarded", parse_date),
            Column("start", parse_date),
            Column("attested", parse_date),
            Column("end", parse_date),
            Column("basis", code(vocab.MEMBERSHIP_BASES), required=True),
            NOTE,
            SOURCES,
            CITES,
            CONTEXT,
        ),
        programme_participation_triples,
        iri_of=participation_row_iri,
        doc="An organisation taking part in a programme: member, winner, platform, funded project.",
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
            CITES,
            CONTEXT,
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
            CITES,
            CONTEXT,
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
            CITES,
            CONTEXT,
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
            CITES,
            CONTEXT,
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
            CITES,
            CONTEXT,
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
                typed_ref("org", "programme", "event", "partnership", "label-scheme", "region"),
                required=True,
            ),
            Column("counted", code(vocab.COUNT_KINDS), required=True),
            Column("value", parse_integer, required=True),
            Column("qualifier", code(vocab.QUALIFIERS), required=True),
            Column("date", parse_date),
            NOTE,
            SOURCES,
            CITES,
            CONTEXT,
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
            Column("currency", parse_currency),
            Column("date", parse_date),
            Column("purpose", parse_text),
            NOTE,
            SOURCES,
            CITES,
            CONTEXT,
        ),
        grant_triples,
        iri_of=lambda r: data_iri("grant", f"{_s(r['recipient'])}.{r.get('date') or 'undated'}"),
        doc="Grants received.",
    ),
    Table(
        "sources",
        (
            Column("id", parse_slug),
            Column("url", parse_url, required=True),
            Column("title"),
            Column("publisher"),
            Column("taken", parse_text),
        ),
        None,
        key="url",
        doc="The sources manifest: address, title, publisher, what was taken.",
    ),
)

TABLES_BY_NAME = {t.name: t for t in TABLES}


_KIND_OF_TABLE = {table: kind for kind, table in TYPED_ID_KINDS.items()}


def _kind(r: Ref) -> str:
    return _KIND_OF_TABLE[r.table]


def _slugify(text: str) -> str:
    import unicodedata

    ascii_ = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_.lower()).strip("-") or "x"


__all__ = ["TABLES", "TABLES_BY_NAME", "Row", "Table", "data_iri", "ref_iri", "vocab_iri"]
