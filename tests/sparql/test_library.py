"""The query library: every named query's exact answer on tests/data, parameters, errors, output."""

from __future__ import annotations

import json
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from clustergraph.cli import main
from clustergraph.graph.store import GraphStore
from clustergraph.sparql.library import (
    UnknownQueryError,
    dataframe,
    get,
    library,
    parse_named_query,
    run_query,
    select,
)
from clustergraph.sparql.params import ParameterError, guess_term, make_term
from clustergraph.sparql.query import QueryError

#: Columns made by GROUP_CONCAT: their parts come in no fixed order, so tests compare them sorted.
CONCATENATED = {"industries": ", ", "countries": " ", "kinds": " | ", "source": " | "}


def normalise(variables: list[str], rows: list[tuple[object, ...]]) -> list[tuple[object, ...]]:
    out = []
    for row in rows:
        cells = []
        for name, cell in zip(variables, row, strict=True):
            if name in CONCATENATED and isinstance(cell, str):
                sep = CONCATENATED[name]
                cell = sep.join(sorted(cell.split(sep)))
            cells.append(cell)
        out.append(tuple(cells))
    return out


SPITZEN = "https://example.org/news/spitzen-test"
ORG = "https://w3id.org/clustergraph/id/org/"
PERSON = "https://w3id.org/clustergraph/id/person/"
PART = "https://w3id.org/clustergraph/id/partnership/"
EVENT = "https://w3id.org/clustergraph/id/event/"
OFFENSIVE = "https://example.org/news/land-offensive"
GO_TEST = "https://example.org/news/go-test"

EXPECTED: list[tuple[str, dict[str, str], list[str], list[tuple[object, ...]]]] = [
    (
        "cluster-partnerships",
        {"org": "lichtwerk"},
        [
            "partnership",
            "partnership_id",
            "kind",
            "own_role",
            "partner",
            "partner_id",
            "partner_role",
            "partner_country",
        ],
        [
            (
                "Lichtwerk – Rhône Optique",
                PART + "lichtwerk-rhone",
                "bilateral partnership",
                "partner",
                "Rhône Optique",
                ORG + "rhone-optique",
                "partner",
                "FR",
            ),
            (
                "Photon Bridge",
                PART + "photon-bridge",
                "European Strategic Cluster Partnership",
                "coordinator",
                "Rhône Optique",
                ORG + "rhone-optique",
                "partner",
                "FR",
            ),
            (
                "Photon Bridge",
                PART + "photon-bridge",
                "European Strategic Cluster Partnership",
                "coordinator",
                "Saxtronic Halbleiter",
                ORG + "saxtronic",
                "partner",
                "DE",
            ),
        ],
    ),
    (
        "clusters-in-land",
        {"land": "DE-TH"},
        ["cluster", "id", "city", "industries", "founded", "website"],
        [
            (
                "Lichtwerk Photonik",
                ORG + "lichtwerk",
                "Jena",
                "Photonics",
                "2001",
                "https://lichtwerk.example.org",
            ),
        ],
    ),
    (
        "clusters-per-land",
        {},
        ["land", "iso_code", "clusters"],
        [
            ("Bayern", "DE-BY", 1),
            ("Hamburg", "DE-HH", 1),
            ("Sachsen", "DE-SN", 1),
            ("Thüringen", "DE-TH", 1),
        ],
    ),
    (
        "counts",
        {"subject": "org:lichtwerk"},
        ["counted", "value", "qualifier", "date", "source"],
        [
            ("members", 100, "about", None, "https://example.org/news/lichtwerk-profile"),
            ("members", 115, "exact", "2023", "https://example.org/news/lichtwerk-gold"),
        ],
    ),
    (
        "cross-border-partnerships",
        {"country": "DE"},
        ["partnership", "id", "kind", "home_clusters", "partners_abroad", "countries"],
        [
            ("Health Link Eurocluster", PART + "health-link", "Eurocluster", 1, 2, "PL AT"),
            ("Lichtwerk – Rhône Optique", PART + "lichtwerk-rhone", "bilateral partnership", 1, 1, "FR"),
            ("Photon Bridge", PART + "photon-bridge", "European Strategic Cluster Partnership", 2, 1, "FR"),
        ],
    ),
    (
        "coverage",
        {},
        [
            "programme",
            "counted",
            "qualifier",
            "published",
            "as_of",
            "known",
            "share",
            "kinds",
            "source",
            "basis",
        ],
        [
            (
                "Euro Test Partnerships",
                "partners",
                "exact",
                12,
                "2022",
                6,
                50,
                "Eurocluster | European Strategic Cluster Partnership",
                "https://example.org/news/health-link",
                "stated",
            ),
            (
                "Euro Test Partnerships",
                "partnerships",
                "at least",
                4,
                "2022",
                2,
                50,
                "Eurocluster | European Strategic Cluster Partnership",
                "https://example.org/news/health-link",
                "stated",
            ),
            ("Spitzen Test Wettbewerb", "clusters", "exact", 15, "2017", 3, 20, None, SPITZEN, "stated"),
            ("Test-Offensive Bayern", "clusters", "exact", 17, "2016", 1, 6, None, OFFENSIVE, "stated"),
            ("go-test Clusterprogramm", "clusters", "exact", 85, "2020", 3, 4, None, GO_TEST, "stated"),
            ("go-test Clusterprogramm", "members", "about", 4, "2021", 3, 75, None, GO_TEST, "stated"),
        ],
    ),
    (
        "entity-facts",
        {"entity": "org:isar-med"},
        ["direction", "property", "value", "basis", "source"],
        [
            (
                "out",
                "http://www.w3.org/1999/02/22-rdf-syntax-ns#type",
                "http://www.w3.org/ns/org#FormalOrganization",
                "stated",
                "https://example.org/news/isar-med",
            ),
            (
                "out",
                "http://www.w3.org/1999/02/22-rdf-syntax-ns#type",
                "https://w3id.org/clustergraph/ontology#ClusterOrganisation",
                "stated",
                "https://example.org/news/isar-med",
            ),
            (
                "out",
                "http://www.w3.org/1999/02/22-rdf-syntax-ns#type",
                "https://w3id.org/clustergraph/ontology#Organisation",
                "stated",
                "https://example.org/news/isar-med",
            ),
            (
                "out",
                "http://www.w3.org/2000/01/rdf-schema#label",
                "Isar Medtech Cluster",
                "stated",
                "https://example.org/news/isar-med",
            ),
            (
                "out",
                "http://www.w3.org/2002/07/owl#differentFrom",
                "https://w3id.org/clustergraph/id/org/isar-med-management",
                "stated",
                "https://example.org/news/isar-med",
            ),
            (
                "out",
                "http://www.w3.org/2004/02/skos/core#prefLabel",
                "Isar Medtech Cluster",
                "stated",
                "https://example.org/news/isar-med",
            ),
            (
                "out",
                "https://w3id.org/clustergraph/ontology#country",
                "https://w3id.org/clustergraph/id/region/DE",
                "stated",
                "https://example.org/news/isar-med",
            ),
            (
                "out",
                "https://w3id.org/clustergraph/ontology#foundingDate",
                "2006",
                "stated",
                "https://example.org/news/isar-med",
            ),
            (
                "out",
                "https://w3id.org/clustergraph/ontology#industry",
                "https://w3id.org/clustergraph/id/industry/medical-technology",
                "stated",
                "https://example.org/news/isar-med",
            ),
            (
                "out",
                "https://w3id.org/clustergraph/ontology#locatedIn",
                "https://w3id.org/clustergraph/id/region/de-muenchen",
                "stated",
                "https://example.org/news/isar-med",
            ),
            (
                "out",
                "https://w3id.org/clustergraph/ontology#managedBy",
                "https://w3id.org/clustergraph/id/org/isar-med-management",
                "stated",
                "https://example.org/news/isar-med",
            ),
            (
                "out",
                "https://w3id.org/clustergraph/ontology#organisationType",
                "https://w3id.org/clustergraph/vocab/organisation-type/cluster",
                "stated",
                "https://example.org/news/isar-med",
            ),
            (
                "out",
                "https://w3id.org/clustergraph/ontology#region",
                "https://w3id.org/clustergraph/id/region/DE-BY",
                "stated",
                "https://example.org/news/isar-med",
            ),
            (
                "in",
                "http://www.w3.org/1999/02/22-rdf-syntax-ns#subject",
                "https://w3id.org/clustergraph/id/relation/isar-med.managed-by.isar-med-management",
                "stated",
                "https://example.org/news/isar-med",
            ),
            (
                "in",
                "http://www.w3.org/2002/07/owl#differentFrom",
                "https://w3id.org/clustergraph/id/org/isar-med-management",
                "stated",
                "https://example.org/news/isar-med",
            ),
            (
                "in",
                "http://www.w3.org/ns/org#hasMember",
                "https://w3id.org/clustergraph/id/partnership/health-link",
                "stated",
                "https://example.org/news/health-link",
            ),
            (
                "in",
                "http://www.w3.org/ns/org#hasMember",
                "https://w3id.org/clustergraph/id/partnership/land-offensive-plattformen",
                "stated",
                "https://example.org/news/land-offensive",
            ),
            (
                "in",
                "http://www.w3.org/ns/org#hasMember",
                "https://w3id.org/clustergraph/id/partnership/spitzen-test-runde-2",
                "stated",
                "https://example.org/news/spitzen-test",
            ),
            (
                "in",
                "http://www.w3.org/ns/org#member",
                "https://w3id.org/clustergraph/id/membership/isar-med.health-link.coordinator.undated",
                "stated",
                "https://example.org/news/health-link",
            ),
            (
                "in",
                "http://www.w3.org/ns/org#organization",
                "https://w3id.org/clustergraph/id/membership/david-test.isar-med.spokesperson.2018-05",
                "stated",
                "https://example.org/news/isar-med",
            ),
            (
                "in",
                "https://w3id.org/clustergraph/ontology#awardedTo",
                "https://w3id.org/clustergraph/id/label-award/isar-med.cluster-exzellenz-bw.nolevel.2016",
                "stated",
                "https://example.org/news/isar-med",
            ),
            (
                "in",
                "https://w3id.org/clustergraph/ontology#awardedTo",
                "https://w3id.org/clustergraph/id/label-award/isar-med.cluster-management-excellence.bronze.2014",
                "stated",
                "https://example.org/news/isar-med",
            ),
            (
                "in",
                "https://w3id.org/clustergraph/ontology#member",
                "https://w3id.org/clustergraph/id/programme-membership/isar-med.go-test",
                "stated",
                "https://example.org/news/isar-med",
            ),
            (
                "in",
                "https://w3id.org/clustergraph/ontology#member",
                "https://w3id.org/clustergraph/id/programme-participation/isar-med.euro-test.coordinator.health-link",
                "stated",
                "https://example.org/news/health-link",
            ),
            (
                "in",
                "https://w3id.org/clustergraph/ontology#member",
                "https://w3id.org/clustergraph/id/programme-participation/isar-med.land-offensive.platform.land-offensive-plattformen",
                "stated",
                "https://example.org/news/land-offensive",
            ),
            (
                "in",
                "https://w3id.org/clustergraph/ontology#member",
                "https://w3id.org/clustergraph/id/programme-participation/isar-med.spitzen-test.winner.spitzen-test-runde-2",
                "stated",
                "https://example.org/news/spitzen-test",
            ),
        ],
    ),
    (
        "events",
        {},
        [
            "event",
            "id",
            "start",
            "place",
            "online",
            "recorded_participants",
            "stated_participants",
            "stated_qualifier",
        ],
        [
            (
                "Test Cluster Day 2020",
                EVENT + "test-cluster-day-2020",
                "2020-10-08",
                None,
                "true",
                1,
                70,
                "almost",
            ),
            (
                "Lichtwerk Forum 2023",
                EVENT + "lichtwerk-forum-2023",
                "2023-06-14",
                "Jena",
                "false",
                1,
                None,
                None,
            ),
        ],
    ),
    (
        "gold-clusters-by-industry",
        {},
        ["industry", "cluster", "id", "country", "gold_awards", "latest"],
        [
            ("Microelectronics", "Saxtronic Halbleiter", ORG + "saxtronic", "DE", 2, "2015-11-24"),
            ("Photonics", "Lichtwerk Photonik", ORG + "lichtwerk", "DE", 1, "2023-03"),
            ("Photonics", "Rhône Optique", ORG + "rhone-optique", "FR", 1, "2024"),
            ("Software", "Saxtronic Halbleiter", ORG + "saxtronic", "DE", 2, "2015-11-24"),
        ],
    ),
    (
        "gold-label-holders",
        {},
        ["organisation", "id", "land", "gold_awards", "latest"],
        [
            ("Rhône Optique", ORG + "rhone-optique", None, 1, "2024"),
            ("Saxtronic Halbleiter", ORG + "saxtronic", "Sachsen", 2, "2015-11-24"),
            ("Lichtwerk Photonik", ORG + "lichtwerk", "Thüringen", 1, "2023-03"),
        ],
    ),
    (
        "grants",
        {},
        ["recipient", "funder", "programme", "amount", "currency", "date", "purpose"],
        [
            (
                "Lichtwerk Photonik",
                "Bundesministerium für Testwesen",
                "go-test Clusterprogramm",
                500000.0,
                "EUR",
                "2021",
                "cluster internationalisation",
            ),
        ],
    ),
    (
        "industries",
        {},
        ["industry", "broader", "nace", "organisations", "clusters"],
        [
            ("Medical technology", None, "32.50", 2, 2),
            ("Photonics", None, "26.70", 2, 2),
            ("Aerospace", None, "30.30", 1, 1),
            ("Digital economy", None, "62", 1, 0),
            ("Microelectronics", None, "26.11", 1, 1),
            ("Software", "Digital economy", "62.01", 1, 1),
        ],
    ),
    (
        "industry-bridges",
        {"industry_a": "photonics", "industry_b": "microelectronics"},
        ["organisation", "id", "country", "partners_a", "partners_b"],
        [
            ("Lichtwerk Photonik", ORG + "lichtwerk", "DE", 1, 1),
            ("Rhône Optique", ORG + "rhone-optique", "FR", 1, 1),
        ],
    ),
    (
        "label-awards-per-year",
        {},
        ["year", "level", "awards", "organisations"],
        [
            ("2012", "Gold", 1, 1),
            ("2014", "Bronze", 1, 1),
            ("2015", "Gold", 1, 1),
            ("2019", "Silver", 1, 1),
            ("2023", "Gold", 1, 1),
            ("2024", "Gold", 1, 1),
        ],
    ),
    (
        "label-history",
        {"org": "lichtwerk"},
        ["date", "scheme", "level", "awarding_body", "sequence", "valid_until", "source", "sources"],
        [
            (
                "2019",
                "cluster management excellence label",
                "Silver",
                "European Test Label Secretariat",
                "first",
                None,
                "https://example.org/news/lichtwerk-silver",
                1,
            ),
            (
                "2023-03",
                "cluster management excellence label",
                "Gold",
                "European Test Label Secretariat",
                "first",
                "2025-03",
                "https://example.org/news/lichtwerk-gold",
                1,
            ),
        ],
    ),
    (
        "label-upgrades",
        {},
        ["organisation", "id", "from_level", "from_date", "to_level", "to_date"],
        [
            ("Lichtwerk Photonik", ORG + "lichtwerk", "Silver", "2019", "Gold", "2023-03"),
        ],
    ),
    (
        "land-pairs",
        {},
        ["land_a", "land_b", "partnerships"],
        [
            ("Sachsen", "Thüringen", 2),  # Photon Bridge and the first Spitzen Test round
            ("Hamburg", "Sachsen", 1),
        ],
    ),
    (
        "leadership-changes",
        {},
        ["organisation", "role", "successor", "since", "predecessor", "predecessor_until"],
        [
            (
                "Lichtwerk Photonik",
                "managing director",
                "Anna Beispiel",
                "2022-01-01",
                "Bernd Muster",
                "2021-12-31",
            ),
        ],
    ),
    (
        "organisation-relations",
        {"org": "lichtwerk"},
        ["relation", "direction", "other", "date"],
        [
            ("subOrganizationOf", "in", "Testuniversität Jena", None),
        ],
    ),
    (
        "organisations-per-country",
        {},
        ["country", "iso_code", "organisations", "clusters"],
        [
            ("Germany", "DE", 7, 4),
            ("Austria", "AT", 1, 1),
            ("France", "FR", 1, 1),
            ("Poland", "PL", 1, 0),
        ],
    ),
    (
        "partner-countries-of-land",
        {"land": "DE-TH"},
        ["country", "iso_code", "partnerships", "partners"],
        [
            ("France", "FR", 2, 1),
            ("Germany", "DE", 2, 1),
        ],
    ),
    (
        "partnership-members",
        {"partnership": "photon-bridge"},
        ["organisation", "id", "role", "country", "land", "type", "start", "end"],
        [
            (
                "Lichtwerk Photonik",
                ORG + "lichtwerk",
                "coordinator",
                "DE",
                "Thüringen",
                "cluster",
                None,
                None,
            ),
            ("Rhône Optique", ORG + "rhone-optique", "partner", "FR", None, "cluster", None, None),
            ("Saxtronic Halbleiter", ORG + "saxtronic", "partner", "DE", "Sachsen", "cluster", None, None),
        ],
    ),
    (
        "partnerships-by-kind",
        {},
        ["kind", "partnerships", "members", "countries"],
        [
            ("programme cohort", 3, 3, 1),  # the rounds and platforms: their participants are members
            ("Eurocluster", 1, 3, 3),
            ("European Strategic Cluster Partnership", 1, 3, 2),
            ("bilateral partnership", 1, 2, 2),
            ("memorandum of understanding", 1, 2, 1),
        ],
    ),
    (
        "people-as-of",
        {"org": "lichtwerk", "as_of": "2021-06-01"},
        ["person", "id", "role", "role_label", "start", "end", "basis"],
        [
            (
                "Bernd Muster",
                PERSON + "bernd-muster",
                "managing director",
                "Geschäftsführer",
                "2015",
                "2021-12-31",
                "dated",
            ),
            ("Anna Beispiel", PERSON + "anna-beispiel", "staff member", None, "2008", None, "dated"),
        ],
    ),
    (
        "programme-members",
        {"programme": "go-test", "as_of": "2021-06-01"},
        ["organisation", "id", "role", "round", "land", "admitted", "since", "ended", "label", "label_date"],
        [
            (
                "Isar Medtech Cluster",
                ORG + "isar-med",
                "member",
                None,
                "Bayern",
                None,
                "2021-01-01",
                None,
                "Bronze",
                "2014",
            ),
            (
                "Saxtronic Halbleiter",
                ORG + "saxtronic",
                "member",
                None,
                "Sachsen",
                None,
                "2019-01-01",
                None,
                "Gold",
                "2015-11-24",
            ),
            (
                "Lichtwerk Photonik",
                ORG + "lichtwerk",
                "member",
                None,
                "Thüringen",
                "2015-05",
                "2015-05-01",
                None,
                "Silver",
                "2019",
            ),
        ],
    ),
    (
        "programme-members",
        {"programme": "spitzen-test", "as_of": "2014"},
        ["organisation", "id", "role", "round", "land", "admitted", "since", "ended", "label", "label_date"],
        [
            (
                "Saxtronic Halbleiter",
                ORG + "saxtronic",
                "winner",
                "Spitzen Test Wettbewerb – Runde 1",
                "Sachsen",
                None,
                "2008-09-02",
                None,
                "Gold",
                "2012-04-18",
            ),
            (
                "Isar Medtech Cluster",
                ORG + "isar-med",
                "winner",
                "Spitzen Test Wettbewerb – Runde 2",
                "Bayern",
                None,
                "2010-01-26",
                None,
                "Bronze",
                "2014",
            ),
        ],
    ),
    (
        "programme-members",
        {"programme": "land-offensive", "as_of": "2021"},
        ["organisation", "id", "role", "round", "land", "admitted", "since", "ended", "label", "label_date"],
        [
            (
                "Isar Medtech Cluster",
                ORG + "isar-med",
                "platform",
                "Test-Offensive Bayern – Plattformen",
                "Bayern",
                None,
                "2016-01-01",
                None,
                "Bronze",
                "2014",
            ),
        ],
    ),
    (
        "programme-members",
        {"programme": "euro-test", "as_of": "2021"},
        ["organisation", "id", "role", "round", "land", "admitted", "since", "ended", "label", "label_date"],
        [
            (
                "Rhône Optique",
                ORG + "rhone-optique",
                "partner",
                "Photon Bridge",
                None,
                None,
                "2020-01-01",
                None,
                None,
                None,
            ),
            (
                "Saxtronic Halbleiter",
                ORG + "saxtronic",
                "partner",
                "Photon Bridge",
                "Sachsen",
                None,
                "2020-01-01",
                None,
                "Gold",
                "2015-11-24",
            ),
            (
                "Lichtwerk Photonik",
                ORG + "lichtwerk",
                "coordinator",
                "Photon Bridge",
                "Thüringen",
                None,
                "2020-01-01",
                None,
                "Silver",
                "2019",
            ),
        ],
    ),
    (
        "programmes",
        {},
        [
            "programme",
            "id",
            "owner",
            "level",
            "start",
            "end",
            "participants",
            "members",
            "winners",
            "platforms",
            "funded",
            "partners",
            "partnerships",
            "rounds",
        ],
        [
            ("Euro Test Partnerships", "euro-test", None, "eu", "2020", "2025", 6, 0, 0, 0, 0, 6, 2, 0),
            (
                "Spitzen Test Wettbewerb",
                "spitzen-test",
                "Bundesministerium für Testwesen",
                "federal",
                "2007",
                "2017",
                3,
                0,
                3,
                0,
                0,
                0,
                0,
                2,
            ),
            (
                "go-test Clusterprogramm",
                "go-test",
                "Bundesministerium für Testwesen",
                "federal",
                "2012",
                None,
                3,
                3,
                0,
                0,
                0,
                0,
                0,
                0,
            ),
            ("Test-Offensive Bayern", "land-offensive", None, "land", "2006", None, 1, 0, 0, 1, 0, 0, 0, 1),
        ],
    ),
    (
        "search",
        {"text": "photon"},
        ["entity", "type", "name"],
        [
            ("https://w3id.org/clustergraph/id/industry/photonics", "industry", "Photonics"),
            ("https://w3id.org/clustergraph/id/org/lichtwerk", "org", "Lichtwerk Photonik"),
            ("https://w3id.org/clustergraph/id/partnership/photon-bridge", "partnership", "Photon Bridge"),
        ],
    ),
    (
        "source-disagreements",
        {},
        ["entity", "fact", "value_1", "date_1", "source_1", "value_2", "date_2", "source_2"],
        [
            (
                "Lichtwerk Photonik",
                "count of members",
                "100",
                None,
                "https://example.org/news/lichtwerk-profile",
                "115",
                "2023",
                "https://example.org/news/lichtwerk-gold",
            ),
        ],
    ),
    (
        "label-history",
        {"org": "isar-med"},
        ["date", "scheme", "level", "awarding_body", "sequence", "valid_until", "source", "sources"],
        [
            (
                "2014",
                "cluster management excellence label",
                "Bronze",
                None,
                None,
                None,
                "https://example.org/news/isar-med",
                1,
            ),
            (
                "2016",
                "Cluster Excellence Baden-Württemberg",
                None,
                None,
                None,
                None,
                "https://example.org/news/isar-med",
                1,
            ),
        ],
    ),
    (
        "people-as-of",
        {"org": "lichtwerk", "as_of": "2023"},
        ["person", "id", "role", "role_label", "start", "end", "basis"],
        [
            (
                "Anna Beispiel",
                PERSON + "anna-beispiel",
                "managing director",
                "Geschäftsführerin",
                "2022-01-01",
                None,
                "dated",
            ),
            ("Anna Beispiel", PERSON + "anna-beispiel", "staff member", None, "2008", None, "dated"),
        ],
    ),
    (
        "programme-members",
        {"programme": "spitzen-test", "as_of": "2013"},
        ["organisation", "id", "role", "round", "land", "admitted", "since", "ended", "label", "label_date"],
        [
            (
                "Saxtronic Halbleiter",
                ORG + "saxtronic",
                "winner",
                "Spitzen Test Wettbewerb – Runde 1",
                "Sachsen",
                None,
                "2008-09-02",
                None,
                "Gold",
                "2012-04-18",
            ),
            (
                "Lichtwerk Photonik",
                ORG + "lichtwerk",
                "winner",
                "Spitzen Test Wettbewerb – Runde 1",
                "Thüringen",
                None,
                "2008-09-02",
                "2013",
                None,
                None,
            ),
            (
                "Isar Medtech Cluster",
                ORG + "isar-med",
                "winner",
                "Spitzen Test Wettbewerb – Runde 2",
                "Bayern",
                None,
                "2010-01-26",
                None,
                None,
                None,
            ),
        ],
    ),
]


def test_the_library_has_at_least_20_queries_each_with_an_exact_test() -> None:
    lib = library()
    assert len(lib) >= 20
    assert {name for name, *_ in EXPECTED} == set(lib)
    for q in lib.values():
        assert q.description and not q.description.startswith("@"), q.name


@pytest.mark.parametrize(("name", "params", "variables", "rows"), EXPECTED, ids=[c[0] for c in EXPECTED])
def test_named_query_answers_exactly(
    built: Path, name: str, params: dict[str, str], variables: list[str], rows: list[tuple[object, ...]]
) -> None:
    result = run_query(name, params, store=GraphStore.open(built))
    assert result.variables == variables
    got = [tuple(r.values()) for r in result.rows]
    assert normalise(variables, got) == normalise(variables, rows)


def test_entity_facts_tells_stated_facts_from_record_level_ones(built: Path) -> None:
    rows = run_query("entity-facts", {"entity": "org:lichtwerk"}, store=GraphStore.open(built)).rows
    by_property: dict[str, set[tuple[str, str]]] = {}
    for r in rows:
        if r["direction"] == "out":
            by_property.setdefault(r["property"].rsplit("#", 1)[-1], set()).add((r["basis"], r["source"]))
    profile, gold = "https://example.org/news/lichtwerk-profile", "https://example.org/news/lichtwerk-gold"
    assert by_property["foundingDate"] == {("stated", profile)}
    assert by_property["legalName"] == {("stated", gold)}
    assert by_property["comment"] == {("record", profile), ("record", gold)}


def test_header_format() -> None:
    q = parse_named_query(
        "x",
        "# What it answers.\n# More words.\n# @param org: org -- the cluster\n"
        "# @param as_of: date = today -- the day\n# @example org=optonet\n"
        "SELECT ?n WHERE { ?org skos:prefLabel ?n FILTER(STR(?as_of) > '') }",
    )
    assert q.description == "What it answers." and q.details == "More words."
    assert [(p.name, p.type, p.default, p.required) for p in q.parameters] == [
        ("org", "org", None, True),
        ("as_of", "date", "today", False),
    ]
    assert q.examples == ("org=optonet",)
    with pytest.raises(QueryError, match="unknown type 'colour'"):
        parse_named_query("x", "# d\n# @param c: colour\nSELECT ?c WHERE { ?c ?p ?o }")
    with pytest.raises(QueryError, match="not a variable"):
        parse_named_query("x", "# d\n# @param c: string\nSELECT ?x WHERE { ?x ?p ?o }")


def test_parameter_types() -> None:
    assert make_term("optonet", "org").value == "https://w3id.org/clustergraph/id/org/optonet"
    assert make_term("<https://example.org/x>", "iri").value == "https://example.org/x"
    assert make_term("cgd:org/optonet", "iri").value == "https://w3id.org/clustergraph/id/org/optonet"
    assert make_term("person:nora-kirsten", "entity").value.endswith("/person/nora-kirsten")
    assert make_term("2021", "date").datatype.value.endswith("#gYear")
    assert make_term("2021-02-28", "date").datatype.value.endswith("#date")
    assert make_term(" 42 ", "integer").value == "42"
    assert make_term("1.5", "decimal").datatype.value.endswith("#decimal")
    for value, type_, expected in [
        ("2021-02-30", "date", "expected a date"),
        ("2021-13", "date", "expected a date"),
        ("soon", "date", "expected a date"),
        ("4.2", "integer", "expected an integer"),
        ("a b", "org", "expected an id of a org"),
        ("not an iri", "iri", "expected an absolute IRI"),
        ("maybe", "boolean", "expected true or false"),
    ]:
        with pytest.raises(ParameterError, match=expected):
            make_term(value, type_, "p")
    assert isinstance(guess_term("2023"), ox.Literal) and guess_term("2023").datatype.value.endswith(
        "#integer"
    )
    assert isinstance(guess_term("region:DE-TH"), ox.NamedNode)
    assert guess_term("Jena").value == "Jena"


def test_missing_unknown_and_misspelled(built: Path) -> None:
    with pytest.raises(ParameterError, match="needs the parameter 'org'"):
        run_query("label-history", store=built)
    with pytest.raises(ParameterError, match="has no parameter 'organisation'; its parameters: org"):
        run_query("label-history", {"org": "lichtwerk", "organisation": "x"}, store=built)
    with pytest.raises(UnknownQueryError, match=r"unknown query 'label-histry'.*available: .*label-history"):
        get("label-histry")
    with pytest.raises(ParameterError, match=r"'nme' is not a variable \(\?nme\)"):
        run_query("SELECT ?n WHERE { ?o skos:prefLabel ?n }", {"nme": "x"}, store=built)


@pytest.mark.parametrize(
    "hostile",
    [
        'x" } ; DROP ALL ; SELECT * WHERE { "',
        "x' } UNION { ?s ?p ?o } #",
        'Lichtwerk Photonik" } UNION { ?s ?p ?o FILTER("1" = "1',
        "> } UNION { ?s ?p ?o } <",
        "\\u0022 } UNION { ?s ?p ?o } #",
    ],
)
def test_injection_through_parameters_changes_nothing(built: Path, hostile: str) -> None:
    gs = GraphStore.open(built)
    assert select("search", {"text": hostile}, store=gs) == []
    rows = select("SELECT ?o WHERE { ?o skos:prefLabel ?name }", {"name": hostile}, store=gs)
    assert rows == []
    with pytest.raises(ParameterError):
        run_query("label-history", {"org": hostile}, store=gs)
    # the graph is unchanged and a normal value still answers
    assert select("search", {"text": "photon"}, store=gs)[1]["name"] == "Lichtwerk Photonik"


def test_syntax_errors_point_at_the_users_line_and_column(built: Path) -> None:
    with pytest.raises(QueryError, match=r"line 3, column \d+"):
        run_query("SELECT ?x\nWHERE {\n  ?x ?y }", store=built)
    with pytest.raises(QueryError, match=r"line 2, column \d+"):
        run_query("SELECT ?n\nWHERE { ?o skos:prefLabel ?n ; }}", {"o": "org:lichtwerk"}, store=built)


def test_ad_hoc_query_with_typed_parameter(built: Path) -> None:
    rows = select(
        "SELECT DISTINCT ?n WHERE { ?o skos:prefLabel ?n ; cg:foundingDate ?f FILTER(STR(?f) = ?year) }",
        {"year:string": "2001"},
        store=built,
    )
    assert rows == [{"n": "Lichtwerk Photonik"}]


def test_dataframe(built: Path) -> None:
    pytest.importorskip("pandas")
    df = dataframe("clusters-per-land", store=built)
    assert list(df.columns) == ["land", "iso_code", "clusters"]
    assert df["clusters"].sum() == 4


def test_result_formats(built: Path) -> None:
    result = run_query("clusters-per-land", store=built)
    doc = json.loads(result.format("json"))
    assert doc["head"]["vars"] == ["land", "iso_code", "clusters"]
    assert doc["results"]["bindings"][0]["clusters"] == {
        "type": "literal",
        "value": "1",
        "datatype": "http://www.w3.org/2001/XMLSchema#integer",
    }
    assert result.format("csv").splitlines()[:2] == ["land,iso_code,clusters", "Bayern,DE-BY,1"]
    assert result.format("tsv").splitlines()[1] == "Bayern\tDE-BY\t1"
    search = run_query("search", {"text": "photon"}, store=built).format("table")
    assert "cgorg:lichtwerk" in search and "cgind:photonics" in search
    graph = run_query(
        "CONSTRUCT { ?o skos:prefLabel ?n } "
        "WHERE { ?o cg:foundingDate '2001'^^xsd:gYear ; skos:prefLabel ?n }",
        store=built,
    )
    assert graph.format("ntriples").strip() == (
        "<https://w3id.org/clustergraph/id/org/lichtwerk> "
        '<http://www.w3.org/2004/02/skos/core#prefLabel> "Lichtwerk Photonik" .'
    )
    assert "cgd:org" not in graph.format("ntriples") and "skos:prefLabel" in graph.format("turtle")
    with pytest.raises(QueryError, match="not RDF"):
        result.format("turtle")
    ask = run_query("ASK { ?p a foaf:Person }", store=built)
    assert ask.format("json") == '{\n  "head": {},\n  "boolean": true\n}'


# --------------------------------------------------------------------------- the CLI


def test_cli_named_query_with_params(built: Path) -> None:
    r = CliRunner().invoke(
        main, ["query", "label-history", "--param", "org=lichtwerk", "--store", str(built), "--format", "csv"]
    )
    assert r.exit_code == 0, r.output
    assert r.output.splitlines()[0] == "date,scheme,level,awarding_body,sequence,valid_until,source,sources"
    assert r.output.splitlines()[2].startswith("2023-03,cluster management excellence label,Gold")


def test_cli_gold_label_holders_file_still_works(built: Path) -> None:
    path = Path(__file__).parents[2] / "src" / "clustergraph" / "sparql" / "queries" / "gold-label-holders.rq"
    r = CliRunner().invoke(main, ["query", str(path), "--store", str(built)])
    assert r.exit_code == 0 and "Saxtronic Halbleiter" in r.output


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["query", "label-history"], "needs the parameter 'org'"),
        (["query", "no-such-query"], "unknown query 'no-such-query'"),
        (["query", "SELECT ?x WHERE { ?x }"], "SPARQL syntax error: error at line 1, column"),
        (["query", "label-history", "--param", "org"], "expected NAME=VALUE"),
        (["query", "people-as-of", "-p", "org=lichtwerk", "-p", "as_of=yesterday"], "expected a date"),
        (["query", "clusters-per-land", "--format", "turtle"], "not RDF"),
    ],
)
def test_cli_bad_input_is_one_line_and_exit_2(built: Path, args: list[str], message: str) -> None:
    r = CliRunner().invoke(main, [*args, "--store", str(built)])
    assert r.exit_code == 2, r.output
    assert message in r.output and len(r.output.strip().splitlines()) == 1


def test_cli_queries_lists_the_library() -> None:
    r = CliRunner().invoke(main, ["queries"])
    assert r.exit_code == 0
    assert "label-history" in r.output and "--param org (org, required)" in r.output
    r = CliRunner().invoke(main, ["queries", "--json"])
    listed = json.loads(r.output)
    assert len(listed) == len(library())
    history = next(q for q in listed if q["name"] == "people-as-of")
    assert [(p["name"], p["type"], p["default"]) for p in history["parameters"]] == [
        ("org", "org", None),
        ("as_of", "date", "today"),
    ]


def test_a_country_named_alike_in_german_and_english_is_still_listed(dataset, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Portugal has one name for both languages (no English label): the country queries keep it."""
    from clustergraph.graph.build import build

    data = dataset(
        regions=lambda text: text + "PT,country,Portugal,Portugal,,PT,PT,,,,,https://example.org/regions\n",
        organisations=lambda text: (
            text
            + "porto-tec,Porto Tec,,cluster,stated,,,PT,,,photonics,fictional,https://example.org/news/porto\n"
        ),
        partnership_members=lambda text: (
            text + "photon-bridge,porto-tec,partner,,,,https://example.org/news/porto\n"
        ),
    )
    location = tmp_path / "graph"
    assert build(data, location).published
    gs = GraphStore.open(location)
    per_country = {r["iso_code"]: r for r in run_query("organisations-per-country", {}, store=gs).rows}
    assert str(per_country["PT"]["country"]) == "Portugal"
    assert int(str(per_country["PT"]["organisations"])) == 1
    assert str(per_country["FR"]["country"]) == "France"  # the English name wins where there is one
    partners = {
        r["iso_code"]: r for r in run_query("partner-countries-of-land", {"land": "DE-TH"}, store=gs).rows
    }
    assert str(partners["PT"]["country"]) == "Portugal"


def test_entity_prefixes_write_ids_without_escapes(built: Path) -> None:
    """cgorg:, cgprog:, cgpart:, ... are declared for every query: ids are prefixed names."""
    query = """SELECT ?name ?round WHERE {
      ?p cg:member cgorg:isar-med ; cg:programme cgprog:spitzen-test ; cg:cohort ?c .
      ?c skos:prefLabel ?round . cgorg:isar-med skos:prefLabel ?name .
      FILTER(?c = cgpart:spitzen-test-runde-2) }"""
    rows = run_query(query, store=GraphStore.open(built)).rows
    expected = [("Isar Medtech Cluster", "Spitzen Test Wettbewerb – Runde 2")]
    assert [tuple(r.values()) for r in rows] == expected


def test_sort_dates_order_mixed_precision_dates(built: Path) -> None:
    """A year sorts before any day of that year; a post's start is one step away."""
    query = """SELECT ?date ?since WHERE { ?p a cg:Post ; org:member cgperson:anna-beispiel ;
      org:memberDuring/time:hasBeginning/(time:inXSDDate|time:inXSDgYear) ?d ; cg:sortDate ?s .
      BIND(STR(?d) AS ?date) BIND(STR(?s) AS ?since) } ORDER BY DESC(?s)"""
    rows = run_query(query, store=GraphStore.open(built)).rows
    assert [tuple(r.values()) for r in rows] == [("2022-01-01", "2022-01-01"), ("2008", "2008-01-01")]
    # as strings, "2012" sorts before "2012-04-18" whatever the day; the sort dates compare as dates
    query = """SELECT (COUNT(*) AS ?n) WHERE { ?a cg:sortDate ?x . ?b cg:sortDate ?y .
      FILTER(?x < ?y && DATATYPE(?x) = xsd:date && DATATYPE(?y) = xsd:date) }"""
    assert run_query(query, store=GraphStore.open(built)).rows[0]["n"] > 0
