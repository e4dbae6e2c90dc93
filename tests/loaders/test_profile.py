"""Profile texts: header, patterns in the text, positions, reconciliation, malformed input."""

from __future__ import annotations

from pathlib import Path

import pytest

from clustergraph.errors import AmbiguousMatch, DataError, SourceFileError
from clustergraph.graph.store import GraphStore
from clustergraph.loaders.profile import ROLE_PATTERNS, load_profile, parse_profile, profile_batch, role_of
from clustergraph.loaders.reconcile import EntityIndex
from clustergraph.model import vocab

PROFILES = Path(__file__).parent.parent / "data" / "profiles"
BAD = PROFILES / "bad"
D = "https://w3id.org/clustergraph/id/"


def test_german_profile_header_and_findings() -> None:
    text = (PROFILES / "lichtwerk-de.txt").read_text(encoding="utf-8")
    p = parse_profile(text, "lichtwerk-de.txt")
    assert [(x.title, x.name) for x in p.persons] == [("Dr.", "Anna Beispiel"), (None, "Carla Neumann")]
    assert [(f.label, f.role) for f in p.functions] == [("Geschäftsführerinnen", "managing-director")]
    assert p.cluster == "Lichtwerk Photonik e.V."
    assert p.since_years == ["2008", "2016"]
    assert (p.date, p.address, p.language) == (
        "2024-05-02",
        "https://example.org/news/lichtwerk-stellt-sich-vor",
        "de",
    )
    found = {f.rule: f for f in p.findings}
    assert found["dual-leadership"].data == {"year": "2022"}
    assert found["member-count"].data == {"counted": "members", "value": 130, "qualifier": "more-than"}
    assert found["label-award"].data == {"level": "gold", "year": "2023"}  # "im vergangenen Jahr" of 2024
    assert found["partner-country"].data == {"event": "Lichtwerk Forum", "country": "Polen"}
    # Positions point at the wording in the text.
    mc = found["member-count"].span
    assert text[mc.start : mc.end] == "mehr als 130 Mitgliedsorganisationen"
    assert (
        p.persons[1].span.line == 8
        and text[p.persons[1].span.start : p.persons[1].span.end] == "Carla Neumann"
    )


def test_english_profile() -> None:
    p = parse_profile((PROFILES / "nordwind-en.txt").read_text(encoding="utf-8"), "nordwind-en.txt")
    assert p.language == "en"
    assert [x.name for x in p.persons] == ["Erik Sample"]
    assert p.functions[0].role == "cluster-manager"
    assert (p.cluster, p.cluster_website) == ("Nordwind Aero Cluster GmbH", "www.nordwind-aero.example.org")
    assert p.date == "2024-03-03"
    rules = {f.rule: f.data for f in p.findings}
    assert rules["member-count"] == {"counted": "members", "value": 85, "qualifier": "about"}
    assert rules["label-award"] == {"level": "bronze", "year": "2021"}
    assert rules["partner-country"] == {"event": "Nordwind Summit", "country": "Austria"}


def test_one_function_per_person_and_titles() -> None:
    p = parse_profile(
        "Name: Prof. Dr. Ada Muster, Bo Beispiel und Cy Probe\n"
        "Funktion: Vorstandsvorsitzende und Clustermanager und Sprecherin\n"
        "Cluster: X\nim Cluster seit: 2001, 2005 und 2010\n"
    )
    assert [x.title for x in p.persons] == ["Prof. Dr.", None, None]
    assert [p.function_of(i).role for i in range(3)] == ["chair", "cluster-manager", "spokesperson"]


def test_roles_are_person_roles_of_the_vocabulary() -> None:
    assert {r for _, r in ROLE_PATTERNS} <= set(vocab.PERSON_ROLES)
    assert role_of("Managing Director") == "managing-director"
    assert role_of("stellv. Clustermanagerin") == "deputy-cluster-manager"
    assert role_of("Zauberer") is None


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("missing-function.txt", "line 1: got '', expected a 'Funktion / Function:' line"),
        ("two-names-one-year.txt", "line 5: got 'im Cluster seit: 2008', expected one year per person"),
        ("unknown-field.txt", "line 3: got 'Telefon: 0123 456789', expected a known header field"),
    ],
)
def test_malformed_header_is_an_error_with_the_line(name: str, message: str) -> None:
    with pytest.raises(DataError) as exc:
        load_profile(BAD / name, EntityIndex())
    assert message in str(exc.value)


def test_every_problem_of_a_file_is_reported() -> None:
    text = "Name: Solo\nFunktion: Zauberer\nCluster: X\nim Cluster seit: bald\n"
    with pytest.raises(DataError) as exc:
        parse_profile(text, "p.txt")
    assert len(exc.value.problems) == 3  # one-word name, unknown function, bad year


def test_no_header_at_all() -> None:
    with pytest.raises(DataError, match="not a profile text"):
        parse_profile("Nur ein Text ohne Kopfblock.\n", "p.txt")


def test_unknown_industry_is_an_error(built: Path) -> None:
    index = EntityIndex.from_store(GraphStore.open(built))
    with pytest.raises(DataError, match="got 'Quantenzauberei', expected an industry of the graph"):
        load_profile(BAD / "unknown-industry.txt", index)


def test_unreadable_files(tmp_path: Path) -> None:
    with pytest.raises(SourceFileError, match="empty"):
        load_profile(BAD / "empty.txt", EntityIndex())
    latin1 = tmp_path / "latin1.txt"
    latin1.write_bytes("Name: Anna Beispiel\nFunktion: Geschäftsführerin\n".encode("latin-1"))
    with pytest.raises(SourceFileError, match=r"line 2, column 16: byte 0xe4 is not UTF-8.*Latin-1"):
        load_profile(latin1, EntityIndex())
    binary = tmp_path / "x.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    with pytest.raises(SourceFileError, match="binary"):
        load_profile(binary, EntityIndex())
    with pytest.raises(SourceFileError, match="no such file"):
        load_profile(tmp_path / "missing.txt", EntityIndex())


def test_batch_attaches_to_the_graph_and_marks_extractions(built: Path) -> None:
    index = EntityIndex.from_store(GraphStore.open(built))
    batch = load_profile(PROFILES / "lichtwerk-de.txt", index)
    facts = set(batch.triples)
    org = f"<{D}org/lichtwerk>"
    assert (org, "<http://www.w3.org/2004/02/skos/core#altLabel>", '"Lichtwerk Photonik e.V."') in facts
    assert any(s == f"<{D}person/carla-neumann>" for s, _p, _o in facts)  # new person
    assert not any(s == f"<{D}person/anna-beispiel>" for s, _p, _o in facts)  # known: nothing restated
    obs = f"<{D}observation/org-lichtwerk.members.2024-05-02>"
    assert (
        obs,
        "<https://w3id.org/clustergraph/ontology#qualifier>",
        "<https://w3id.org/clustergraph/vocab/qualifier/more-than>",
    ) in facts
    # The gold label of 2023 is the one the tables hold (same IRI), not a second award.
    assert any(
        o == f"<{D}label-award/lichtwerk.cluster-management-excellence.gold.2023-03>"
        for _s, _p, o in [*facts, *batch.provenance]
    )
    # How each fact was taken is provenance, not a fact: it goes to the provenance graph.
    assert not any(p.endswith("#extractionRule>") for _s, p, _o in facts)
    rules = [o for _s, p, o in batch.provenance if p.endswith("#extractionRule>")]
    assert sorted(set(rules)) == sorted(
        f'"{r}"'
        for r in ("header-cluster", "header-industry", "header-name", "header-function", "header-since",
                  "dual-leadership", "member-count", "label-award", "partner-country")
    )  # fmt: skip
    # The decisions to review: the new spelling of Lichtwerk.
    assert [(d.name, d.org_id, d.how) for d in batch.decisions if d.kind == "org"] == [
        ("Lichtwerk Photonik e.V.", "lichtwerk", "normalised")
    ]


def test_ambiguous_cluster_is_reported_with_candidates() -> None:
    index = EntityIndex()
    index.add("org", f"{D}org/lichtwerk-a", ["Lichtwerk Photonik e. V."])
    index.add("org", f"{D}org/lichtwerk-b", ["Lichtwerk Photonik GmbH"])
    profile = parse_profile("Name: Ada Muster\nFunktion: Geschäftsführerin\nCluster: Lichtwerk Photonik AG\n")
    with pytest.raises(AmbiguousMatch) as exc:
        profile_batch(profile, index, "https://example.org/p")
    assert "lichtwerk-a" in str(exc.value) and "lichtwerk-b" in str(exc.value)
    assert exc.value.matches[0][0] == "Lichtwerk Photonik AG"
