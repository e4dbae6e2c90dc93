"""The row functions are pure: a parsed row in, triples out (checked term by term)."""

from __future__ import annotations

from clustergraph.loaders.columns import Ref
from clustergraph.loaders.tables import TABLES
from clustergraph.loaders.triples import (
    count_triples,
    label_award_triples,
    organisation_triples,
    post_triples,
    relation_triples,
)

CG = "https://w3id.org/clustergraph/ontology#"
ID = "https://w3id.org/clustergraph/id/"
V = "https://w3id.org/clustergraph/vocab/"
A = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"


def _triples(facts) -> set[tuple[str, str, str]]:
    """The triples of a row function's facts (each fact also names its column)."""
    return {(s, p, o) for s, p, o, _column in facts}


def test_organisation_with_stated_type_is_a_cluster() -> None:
    row = {
        "id": "lichtwerk",
        "name": "Lichtwerk",
        "org_type": "cluster",
        "org_type_basis": "stated",
        "city": Ref("regions", "de-jena"),
        "regions": [Ref("regions", "DE-TH")],
        "country": Ref("regions", "DE"),
        "website": "https://lichtwerk.example.org",
        "founded": "2001",
        "industries": [Ref("industries", "photonics")],
        "note": None,
    }
    triples = _triples(organisation_triples(row))
    s = f"<{ID}org/lichtwerk>"
    assert (s, A, f"<{CG}ClusterOrganisation>") in triples
    assert (s, A, "<http://www.w3.org/ns/org#FormalOrganization>") in triples
    assert (s, f"<{CG}organisationType>", f"<{V}organisation-type/cluster>") in triples
    assert (s, f"<{CG}locatedIn>", f"<{ID}region/de-jena>") in triples
    assert (s, f"<{CG}region>", f"<{ID}region/DE-TH>") in triples
    assert (s, f"<{CG}foundingDate>", '"2001"^^<http://www.w3.org/2001/XMLSchema#gYear>') in triples
    assert (s, "<http://xmlns.com/foaf/0.1/homepage>", "<https://lichtwerk.example.org>") in triples


def test_guessed_type_is_not_asserted_as_a_fact() -> None:
    row = {"id": "x", "name": "X Cluster", "org_type": "cluster", "org_type_basis": "name"}
    triples = _triples(organisation_triples(row))
    s = f"<{ID}org/x>"
    assert (s, f"<{CG}organisationTypeGuess>", f"<{V}organisation-type/cluster>") in triples
    assert not any(p == f"<{CG}organisationType>" for _, p, _ in triples)
    assert (s, A, f"<{CG}ClusterOrganisation>") not in triples


def test_post_has_an_interval_with_typed_instants() -> None:
    iri = f"{ID}membership/anna.lichtwerk.managing-director.2022-01-01"
    row = {
        "_iri": iri,
        "person": Ref("people", "anna"),
        "organisation": Ref("organisations", "lichtwerk"),
        "role": "managing-director",
        "role_label": "Geschäftsführerin",
        "start": "2022-01-01",
        "end": "2023",
        "attested": None,
        "note": None,
    }
    triples = _triples(post_triples(row))
    interval = f"<{iri}/interval>"
    assert (f"<{iri}>", "<http://www.w3.org/ns/org#memberDuring>", interval) in triples
    start, end = f"<{iri}/interval/start>", f"<{iri}/interval/end>"
    assert (
        start,
        "<http://www.w3.org/2006/time#inXSDDate>",
        '"2022-01-01"^^<http://www.w3.org/2001/XMLSchema#date>',
    ) in triples
    assert (
        end,
        "<http://www.w3.org/2006/time#inXSDgYear>",
        '"2023"^^<http://www.w3.org/2001/XMLSchema#gYear>',
    ) in triples


def test_post_without_dates_has_no_interval() -> None:
    row = {
        "_iri": f"{ID}membership/x",
        "person": Ref("people", "a"),
        "organisation": Ref("organisations", "b"),
        "role": "chair",
        "attested": "2019",
    }
    triples = sorted(_triples(post_triples(row)))
    assert not any("memberDuring" in p for _, p, _ in triples)
    assert any(p == f"<{CG}attestedOn>" for _, p, _ in triples)


def test_label_award_and_count() -> None:
    award = _triples(
        label_award_triples(
            {
                "_iri": f"{ID}label-award/a",
                "organisation": Ref("organisations", "a"),
                "scheme": "cluster-management-excellence",
                "level": "gold",
                "date": "2023-03",
            }
        )
    )
    assert (f"<{ID}label-award/a>", f"<{CG}labelLevel>", f"<{V}label-level/gold>") in award
    count = _triples(
        count_triples(
            {
                "_iri": f"{ID}observation/o",
                "subject": Ref("organisations", "a"),
                "counted": "members",
                "value": 115,
                "qualifier": "exact",
                "date": "2023",
            }
        )
    )
    assert (
        f"<{ID}observation/o>",
        "<http://www.w3.org/ns/sosa/hasSimpleResult>",
        '"115"^^<http://www.w3.org/2001/XMLSchema#integer>',
    ) in count


def test_dated_relation_keeps_the_plain_triple_and_the_date() -> None:
    row = {
        "_iri": f"{ID}relation/r",
        "subject": Ref("organisations", "a"),
        "relation": "managed-by",
        "object": Ref("organisations", "b"),
        "date": "2010",
    }
    triples = _triples(relation_triples(row))
    assert (f"<{ID}org/a>", f"<{CG}managedBy>", f"<{ID}org/b>") in triples
    assert (f"<{ID}relation/r>", f"<{CG}date>", '"2010"^^<http://www.w3.org/2001/XMLSchema#gYear>') in triples


def test_merger_is_an_org_change_event() -> None:
    row = {
        "_iri": f"{ID}change/a.b",
        "subject": Ref("organisations", "a"),
        "relation": "merged-into",
        "object": Ref("organisations", "b"),
        "date": "2024",
    }
    triples = _triples(relation_triples(row))
    assert (f"<{ID}change/a.b>", A, "<http://www.w3.org/ns/org#ChangeEvent>") in triples
    assert (
        f"<{ID}change/a.b>",
        "<http://www.w3.org/ns/org#resultingOrganization>",
        f"<{ID}org/b>",
    ) in triples


def test_every_table_is_documented_in_the_model() -> None:
    from pathlib import Path

    model = (Path(__file__).parents[2] / "docs" / "model.md").read_text(encoding="utf-8")
    for table in TABLES:
        assert f"`{table.file}`" in model, table.file
        for column in table.columns:
            assert column.name in model, f"{table.file}: column {column.name} not in docs/model.md"


def test_every_fact_names_a_column_of_its_table() -> None:
    from pathlib import Path

    from clustergraph.loaders import load_tables

    result = load_tables(Path(__file__).parents[1] / "data" / "valid")
    for table in TABLES:
        if table.triples is None:
            continue
        columns = {c.name for c in table.columns} - {"sources", "cites", "context"}
        for row in result.rows.get(table.name, ()):
            for fact in table.triples(row):
                if fact[3] == "_programme":  # a partnership member's programme: cited by its own pages
                    assert table.name == "partnership_members" and row["_programme"], fact
                    assert fact[3] in row["cites"], fact
                    continue
                assert fact[3] in columns, (table.name, fact)
                value = row.get(fact[3])
                assert value not in (None, "", []) or fact[3] == "id", (table.name, fact)
