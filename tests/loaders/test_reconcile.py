"""Reconciliation: normalised names, legal forms, alt labels, websites, ambiguity, decisions."""

from __future__ import annotations

from pathlib import Path

import pytest

from clustergraph.graph.store import GraphStore
from clustergraph.loaders.reconcile import EntityIndex, Match, normalise, person_key

ORG = "https://w3id.org/clustergraph/id/org/"


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("OptoNet e. V.", "OptoNet"),
        ("OptoNet e.V.", "optonet"),
        ("Saxtronic Halbleiter GmbH", "Saxtronic Halbleiter"),
        ("Saxtronic Halbleiter GmbH & Co. KG", "SAXTRONIC HALBLEITER"),
        ("Cluster Süd AG", "Cluster Sued"),
        ("Straße der Photonik mbH", "Strasse der Photonik"),
        ("Pôle Optitec", "Pole Optitec"),
        ("Energie & Umwelt", "Energie und Umwelt"),
        ("Photonics Lab Ltd.", "Photonics Lab"),
        ("Réseau Lumière ASBL", "Reseau Lumiere"),
        ("Nordlicht SE", "Nordlicht"),
        ("Old Name e. V. (now New Name)", "Old Name"),
    ],
)
def test_normalise_equal(a: str, b: str) -> None:
    assert normalise(a) == normalise(b)


def test_normalise_keeps_different_names_apart() -> None:
    assert normalise("Isar Medtech Cluster") != normalise("Isar Medtech Management GmbH")
    assert normalise("AG") == "ag"  # a name that is only a legal form stays


def test_person_key_drops_titles() -> None:
    assert person_key("Prof. Dr. Jörg Müller") == person_key("joerg mueller")


def _index() -> EntityIndex:
    idx = EntityIndex()
    idx.add("org", ORG + "optonet", ["OptoNet", "OptoNet e. V."], hosts=["optonet-jena.example.org"])
    idx.add("org", ORG + "nordlicht-a", ["Nordlicht e. V."])
    idx.add("org", ORG + "nordlicht-b", ["Nordlicht GmbH"])
    return idx


def test_tiers_exact_normalised_website_new() -> None:
    idx = _index()
    assert idx.match("org", "optonet e. v.").how == "exact"
    assert idx.match("org", "Optonet e.V.") == Match("org", "Optonet e.V.", "normalised", ORG + "optonet")
    m = idx.match("org", "Photonik-Netz Jena", website="https://www.optonet-jena.example.org/de")
    assert (m.how, m.iri) == ("website", ORG + "optonet")
    assert idx.match("org", "Something Else").how == "new"


def test_ambiguous_lists_candidates_and_never_guesses() -> None:
    m = _index().match("org", "Nordlicht")
    assert m.ambiguous and m.iri is None
    assert [c[0] for c in m.candidates] == [ORG + "nordlicht-a", ORG + "nordlicht-b"]
    # An exact name decides before the normalised keys are compared.
    assert _index().match("org", "Nordlicht GmbH").iri == ORG + "nordlicht-b"


def test_decision_file_resolves_an_ambiguity(tmp_path: Path) -> None:
    idx = _index()
    path = tmp_path / "reconciliation.csv"
    path.write_text("name,id,decision,other,reason,sources\nNordlicht,nordlicht-a,alias,,checked,\n")
    idx.add_decisions_file(path)
    assert (idx.match("org", "Nordlicht").how, idx.match("org", "Nordlicht").iri) == (
        "decision",
        ORG + "nordlicht-a",
    )


def test_index_from_the_built_graph(built: Path) -> None:
    idx = EntityIndex.from_store(GraphStore.open(built))
    # alt labels from reconciliation.csv, the legal name, the website host
    assert idx.match("org", "Lichtwerk").iri == ORG + "lichtwerk"
    assert idx.match("org", "lichtwerk photonik e.v.").iri == ORG + "lichtwerk"
    assert idx.match("org", "x", website="http://saxtronic.example.org").iri == ORG + "saxtronic"
    assert idx.match("industry", "Photonik").iri.endswith("/industry/photonics")
    assert idx.match("country", "Polen").iri.endswith("/region/PL")
    assert idx.match("person", "Dr. Anna Beispiel").iri.endswith("/person/anna-beispiel")
