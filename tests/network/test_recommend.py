"""Partner recommendations: ranking, explanations, name resolution, evaluation."""

from __future__ import annotations

from pathlib import Path

import networkx as nx
import pytest

from clustergraph import network as nw
from clustergraph.errors import UnknownNameError
from clustergraph.graph.store import GraphStore
from clustergraph.network.evaluation import evaluate, hide_ties
from clustergraph.network.recommend import Weights, recommend, resolve_organisation

ORG = "https://w3id.org/clustergraph/id/org/"


@pytest.fixture(scope="module")
def data(built: Path) -> nw.NetworkData:
    return nw.read_network(GraphStore.open(built))


def toy() -> nx.Graph:
    G = nx.Graph()
    for n, ind, region, level, prog in [
        ("x", "photonics", "DE-TH", "", "go-cluster"),
        ("y", "photonics", "FR", "gold", "go-cluster"),
        ("z", "textiles", "DE-TH", "", ""),
        ("p", "photonics", "DE-BY", "", ""),
        ("q", "", "DE-BY", "", ""),
    ]:
        G.add_node(
            n,
            label=n.upper(),
            industry_ids=ind,
            industries=ind.capitalize(),
            region=region,
            region_label=region,
            label_level=level,
            programmes=prog,
            org_type="cluster",
        )
    G.add_edges_from([("x", "p"), ("p", "y"), ("x", "q"), ("q", "y"), ("q", "z")])
    return G


def test_recommend_ranks_and_explains() -> None:
    out = recommend(toy(), "x")
    assert [c.node for c in out] == ["y", "z"]
    y = out[0]
    assert y.common_partners == ["P", "Q"]
    assert y.shared_industries == ["Photonics"] and y.shared_programmes == ["go-cluster"]
    assert y.new_region and y.label_level == "gold"
    assert y.explanation == (
        "same industries: Photonics; 2 common partners: P, Q; both in go-cluster; "
        "in FR, a region where you have no partner yet; Gold label"
    )
    assert set(y.parts) == {"common_partners", "industries", "new_region", "label", "programmes"}
    assert y.evidence[0].startswith("P (with you in ")
    de = recommend(toy(), "x", lang="de")[0]
    assert de.explanation.startswith("gleiche Branchen: Photonics; 2 gemeinsame Partner: P, Q")
    assert all(c.node not in ("p", "q", "x") for c in out)  # never a current partner or itself


def test_weights_change_ranking() -> None:
    only_common = recommend(toy(), "x", weights=Weights(1, 0, 0, 0, 0, 0))
    assert [c.node for c in only_common] == ["y", "z"]
    assert only_common[0].score > only_common[1].score
    assert recommend(toy(), "x", candidate_types={"company"}) == []


def test_recommend_on_test_graph(data: nw.NetworkData) -> None:
    G = nw.co_partnership_graph(data, all_organisations=True)
    out = recommend(G, ORG + "lichtwerk")
    nodes = [c.node for c in out]
    assert ORG + "hanse-aero" in nodes  # partner of its partner Saxtronic
    assert not set(nodes) & set(G[ORG + "lichtwerk"])
    assert all(c.explanation for c in out)


@pytest.mark.parametrize(
    ("name", "iri"),
    [
        ("lichtwerk", "lichtwerk"),
        ("Lichtwerk Photonik", "lichtwerk"),
        ("lichtwerk photonik e.v.", "lichtwerk"),
        ("RHONE OPTIQUE", "rhone-optique"),
        ("Saxtronik Halbleiter", "saxtronic"),
        (ORG + "isar-med", "isar-med"),
        ("", None),
    ],
)
def test_resolve(data: nw.NetworkData, name: str, iri: str | None) -> None:
    if iri is None:
        with pytest.raises(UnknownNameError):
            resolve_organisation(data, name)
    else:
        assert resolve_organisation(data, name) == ORG + iri


def test_resolve_lists_near_matches(data: nw.NetworkData) -> None:
    with pytest.raises(
        UnknownNameError, match=r"several organisations; near matches: .*Isar Medtech Cluster \(isar-med\)"
    ):
        resolve_organisation(data, "isar medtech")
    with pytest.raises(UnknownNameError, match="matches no organisation"):
        resolve_organisation(data, "Quantum Valley Atlantis")


def test_hide_ties_and_evaluate(data: nw.NetworkData) -> None:
    full = nw.co_partnership_graph(data)
    train, hidden = hide_ties(data, 0.3, seed=1)
    assert set(train) == set(full)
    assert all(full.has_edge(*e) and not train.has_edge(*e) for e in hidden)
    _train, hidden_e = hide_ties(data, 0.3, seed=1, mode="edge")
    assert len(hidden_e) == round(0.3 * full.number_of_edges())
    result = evaluate(data, seeds=[0, 1], k=3, share=0.3, mode="edge")
    assert set(result) == {
        "recommender",
        "plain parts (before the partnership fit)",
        "partnership fit alone",
        "previous score",
        "common partners only (Adamic–Adar)",
        "degree baseline",
        "random baseline",
    }
    for r in result.values():
        assert 0 <= r["precision"] <= 1 and 0 <= r["recall"] <= 1 and len(r["per_seed"]) == 2
        assert 0 <= r["mrr"] <= 1


def test_industry_fit_outweighs_one_shared_partner() -> None:
    """A candidate of the same industry ranks above one tied only through a common partner."""
    G = nx.Graph([("u", "hub"), ("hub", "bio"), ("hub", "a"), ("hub", "b")])
    G.add_node("aero")
    for n, ind in [("u", "aerospace"), ("aero", "aerospace"), ("bio", "biotech")]:
        G.nodes[n].update(industry_ids=ind, industries=ind)
    out = recommend(G, "u")
    assert out[0].node == "aero" and out[0].shared_industries == ["aerospace"]
    assert out[0].score > next(c.score for c in out if c.node == "bio")


def test_partnership_industries_and_related_industries(data: nw.NetworkData) -> None:
    """With the records, an organisation's partnerships' industries count, and related industries
    (under one broader industry) are named as such."""
    G = nw.co_partnership_graph(data, all_organisations=True)
    prof = recommend_profiles(G, data)
    memberships = data.org_memberships()
    grew = 0
    for o in G:
        from_partnerships = {i for p in memberships.get(o, ()) for i in data.partnerships[p].industries}
        assert prof.industries[o] == set(data.organisations[o].industries) | from_partnerships
        grew += bool(from_partnerships - set(data.organisations[o].industries))
    assert grew > 0  # some organisations gain industries from their partnerships
    out = recommend(G, ORG + "lichtwerk", data=data)
    assert all(c.explanation for c in out)


def recommend_profiles(G: nx.Graph, data: nw.NetworkData):
    from clustergraph.network.recommend import Profiles

    return Profiles(G, data)
