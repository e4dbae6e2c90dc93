"""Programme participation, sortable dates and the two kinds of org:Membership (docs/model.md)."""

from __future__ import annotations

from pathlib import Path

import pytest

from clustergraph.errors import DataError
from clustergraph.loaders.columns import Ref
from clustergraph.loaders.programmes import participation_iri, programme_participation_triples
from clustergraph.loaders.tabular import load_tables
from clustergraph.loaders.triples import first_day, label_award_triples, post_triples

CG = "https://w3id.org/clustergraph/ontology#"
ID = "https://w3id.org/clustergraph/id/"
V = "https://w3id.org/clustergraph/vocab/"
A = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
XSD_DATE = "<http://www.w3.org/2001/XMLSchema#date>"
ORG = "http://www.w3.org/ns/org#"


def _triples(facts) -> set[tuple[str, str, str]]:
    return {(s, p, o) for s, p, o, _column in facts}


def _facts_of(result, table: str) -> dict[tuple[str, str, str], tuple[str, tuple[str, ...]]]:
    """Each triple a table's rows make → (its column, the pages that state it)."""
    from clustergraph.loaders.tables import TABLES_BY_NAME

    out = {}
    for row in result.rows[table]:
        for s, p, o, column in TABLES_BY_NAME[table].triples(row):
            out[(s, p, o)] = (column, row["cites"].get(column, tuple(row["sources"])))
    return out


@pytest.mark.parametrize(
    ("stated", "day"), [("2012", "2012-01-01"), ("2012-04", "2012-04-01"), ("2012-04-18", "2012-04-18")]
)
def test_the_sort_date_is_the_first_day_of_the_stated_period(stated: str, day: str) -> None:
    assert first_day(stated) == f'"{day}"^^{XSD_DATE}'


def test_a_post_sorts_by_its_start_else_by_the_date_it_is_attested() -> None:
    row = {
        "_iri": f"{ID}membership/a.b.chair.undated",
        "person": Ref("people", "a"),
        "organisation": Ref("organisations", "b"),
        "role": "chair",
        "attested": "2019-05",
        "end": "2021",
    }
    facts = list(post_triples(row))
    s = f"<{row['_iri']}>"
    assert (s, A, f"<{CG}Post>", "person") in facts and (s, A, f"<{ORG}Membership>", "person") in facts
    assert (s, f"<{CG}sortDate>", f'"2019-05-01"^^{XSD_DATE}', "attested") in facts
    assert (s, f"<{CG}sortEndDate>", f'"2021-01-01"^^{XSD_DATE}', "end") in facts
    facts = list(post_triples({**row, "start": "2018"}))
    assert (s, f"<{CG}sortDate>", f'"2018-01-01"^^{XSD_DATE}', "start") in facts
    assert sum(1 for f in facts if f[1] == f"<{CG}sortDate>") == 1


def test_an_undated_award_has_no_sort_date() -> None:
    row = {
        "_iri": f"{ID}label-award/a",
        "organisation": Ref("organisations", "a"),
        "scheme": "cluster-management-excellence",
        "level": "gold",
    }
    assert not any(p == f"<{CG}sortDate>" for _, p, _ in _triples(label_award_triples(row)))


def test_a_member_keeps_the_programme_membership_iri_and_class() -> None:
    assert participation_iri("a", "p", "member", None) == f"{ID}programme-membership/a.p"
    assert participation_iri("a", "p", "platform", None) == f"{ID}programme-participation/a.p.platform"
    row = {
        "_iri": participation_iri("a", "p", "member", None),
        "organisation": Ref("organisations", "a"),
        "programme": Ref("programmes", "p"),
        "role": "member",
        "admitted": "2015-05",
        "attested": "2019",
        "basis": "stated",
    }
    triples = _triples(programme_participation_triples(row))
    s = f"<{ID}programme-membership/a.p>"
    assert {(s, A, f"<{CG}ProgrammeMembership>"), (s, A, f"<{CG}ProgrammeParticipation>")} <= triples
    assert (s, f"<{CG}programmeRole>", f"<{V}programme-role/member>") in triples
    # the admission comes first for the sort date, though the row is also attested
    assert (s, f"<{CG}sortDate>", f'"2015-05-01"^^{XSD_DATE}') in triples


def test_a_winner_belongs_to_its_round(valid_dir: Path) -> None:
    facts = _facts_of(load_tables(valid_dir), "programme_participations")
    s = f"<{ID}programme-participation/isar-med.spitzen-test.winner.spitzen-test-runde-2>"
    page = ("https://example.org/news/spitzen-test",)
    round_ = f"<{ID}partnership/spitzen-test-runde-2>"
    assert facts[(s, f"<{CG}cohort>", round_)] == ("cohort", page)
    assert facts[(round_, f"<{ORG}hasMember>", f"<{ID}org/isar-med>")] == ("cohort", page)
    assert facts[(s, f"<{CG}awardDate>", f'"2010-01-26"^^{XSD_DATE}')] == ("awarded", page)
    assert (s, A, f"<{CG}ProgrammeMembership>") not in facts


def test_partnership_members_take_part_in_the_partnerships_programme(valid_dir: Path) -> None:
    result = load_tables(valid_dir)
    facts = _facts_of(result, "partnership_members")
    s = f"<{ID}programme-participation/isar-med.euro-test.coordinator.health-link>"
    health_link = "https://example.org/news/health-link"
    assert facts[(s, A, f"<{CG}ProgrammeParticipation>")][0] == "organisation"
    assert facts[(s, f"<{CG}programmeRole>", f"<{V}programme-role/coordinator>")][0] == "role"
    assert facts[(s, f"<{CG}cohort>", f"<{ID}partnership/health-link>")][0] == "partnership"
    # the programme is the partnership's: it cites the pages of the partnership row's programme
    assert facts[(s, f"<{CG}programme>", f"<{ID}programme/euro-test>")] == ("_programme", (health_link,))
    mou = [r for r in result.rows["partnership_members"] if r["partnership"].id == "northern-mou"]
    assert mou and not any(r.get("_programme") for r in mou)  # a partnership without a programme


def test_the_page_of_a_partnerships_programme_joins_its_members_records(dataset) -> None:
    d = dataset(
        partnerships=lambda t: t.replace(
            "100001,,https://example.org/news/photon-bridge",
            "100001,,https://example.org/news/photon-bridge,programme: news-go-test,",
        ).replace("grant_agreement,note,sources", "grant_agreement,note,sources,cites,context")
    )
    result = load_tables(d)
    for row in result.rows["partnership_members"]:
        if row["partnership"].id == "photon-bridge":
            assert row["cites"]["_programme"] == ("https://example.org/news/go-test",)
            assert row["_pages"] == (
                "https://example.org/news/photon-bridge",
                "https://example.org/news/go-test",
            )


def test_partnership_memberships_have_their_own_class(valid_dir: Path) -> None:
    facts = _facts_of(load_tables(valid_dir), "partnership_members")
    s = f"<{ID}membership/saxtronic.northern-mou.partner.2019>"
    assert (s, A, f"<{CG}PartnershipMembership>") in facts and (s, A, f"<{ORG}Membership>") in facts
    assert (s, f"<{CG}sortDate>", f'"2019-01-01"^^{XSD_DATE}') in facts


def test_a_cohort_of_another_programme_is_refused(dataset) -> None:
    d = dataset(
        programme_participations=lambda t: t.replace(
            "isar-med,land-offensive,platform,land-offensive-plattformen",
            "isar-med,land-offensive,platform,spitzen-test-runde-2",
        )
    )
    with pytest.raises(DataError) as exc:
        load_tables(d)
    [p] = exc.value.problems
    assert p.file.endswith("programme_participations.csv") and p.line == 8 and p.column == "cohort"
    assert p.value == "spitzen-test-runde-2" and "within the programme 'land-offensive'" in p.expected
    assert "'spitzen-test'" in p.expected


def test_an_unknown_programme_role_is_refused(dataset) -> None:
    d = dataset(programme_participations=lambda t: t.replace("go-test,member,", "go-test,alumnus,", 1))
    with pytest.raises(DataError) as exc:
        load_tables(d)
    [p] = exc.value.problems
    assert p.column == "role" and p.value == "alumnus" and "winner" in p.expected
