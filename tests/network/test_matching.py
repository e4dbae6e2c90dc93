"""The partnership-fit model: made-up organisations that join partnerships of their industry."""

from __future__ import annotations

import random

import pytest

from clustergraph import network as nw
from clustergraph.graph.records import Industry, NetworkData, Organisation, Partnership, Place
from clustergraph.network.matching import (
    Context,
    MembershipModel,
    _solve,
    hide_memberships,
    name_industries,
    restrict,
)
from clustergraph.network.recommend import Profiles, recommend

ID = "https://example.org/"
INDUSTRIES = {
    "aero": ("Luft- und Raumfahrt", "Aerospace"),
    "auto": ("Automobilindustrie", "Automotive industry"),
    "food": ("Ernährungswirtschaft", "Food industry"),
    "opto": ("Photonik", "Photonics"),
}


def _data(seed: int = 0) -> NetworkData:
    """60 organisations in 4 industries and 4 countries; 12 partnerships, 3 per industry, each
    joined by organisations of its industry (some name their industry instead of stating it)."""
    rng = random.Random(seed)
    places = {f"{ID}c{i}": Place(f"{ID}c{i}", "country", f"Country {i}") for i in range(4)}
    industries = {f"{ID}{k}": Industry(f"{ID}{k}", de, en) for k, (de, en) in INDUSTRIES.items()}
    orgs: dict[str, Organisation] = {}
    for i in range(60):
        key = list(INDUSTRIES)[i % 4]
        named = i % 3 == 0  # states no industry, but its name says it
        label = f"{INDUSTRIES[key][1].split()[0]} Cluster {i}" if named else f"Org {i}"
        orgs[f"{ID}o{i}"] = Organisation(
            f"{ID}o{i}",
            label,
            "cluster",
            country=f"{ID}c{i % 4}",
            industries=set() if named else {f"{ID}{key}"},
        )
    parts, members = {}, {}
    for j in range(12):
        key = list(INDUSTRIES)[j % 4]
        iri = f"{ID}p{j}"
        parts[iri] = Partnership(
            iri, f"Partnership {j}", "escp" if j < 6 else "mou", industries={f"{ID}{key}"}
        )
        pool = [o for i, o in enumerate(orgs) if i % 4 == j % 4]
        members[iri] = {o: set() for o in rng.sample(pool, 6)}
    return NetworkData(orgs, parts, members, places, industries, {})


def test_solve_small_system() -> None:
    x = _solve([[4.0, 1.0], [1.0, 3.0]], [1.0, 2.0])
    assert x == pytest.approx([1 / 11, 7 / 11])


def test_hide_memberships_hides_that_share() -> None:
    data = _data()
    reduced, hidden = hide_memberships(data, 0.25, seed=3)
    total = sum(len(m) for m in data.members.values())
    assert len(hidden) == round(0.25 * total)
    assert all(o not in reduced.members.get(p, {}) and o in data.members[p] for p, o in hidden)
    assert sum(len(m) for m in reduced.members.values()) == total - len(hidden)


def test_name_industries_reads_names_not_generic_words() -> None:
    data = _data()
    data.organisations[f"{ID}x"] = Organisation(f"{ID}x", "Technology Industry Cluster", "cluster")
    named = name_industries(data, {o: set(org.industries) for o, org in data.organisations.items()})
    assert named[f"{ID}o0"] == {f"{ID}aero"}  # "Aerospace Cluster 0"
    assert named[f"{ID}o3"] == {f"{ID}opto"}  # "Photonics Cluster 3"
    assert f"{ID}o1" not in named  # states its industry
    assert f"{ID}x" not in named  # only generic words


def test_model_learns_that_industry_fit_matters() -> None:
    data = _data()
    data.organisations[f"{ID}new"] = Organisation(
        f"{ID}new", "Aerospace Valley", "cluster"
    )  # no partnership yet
    model = MembershipModel(data)
    assert model.coef["stated_industry"] > 1.0
    assert model.coef["industry_mismatch"] < 0
    # an aerospace organisation fits an aerospace partnership it is not in better than a food one
    ctx = model.ctx
    o = f"{ID}o4"
    aero = next(
        p
        for p in ctx.members
        if f"{ID}aero" in ctx.data.partnerships[p].industries and o not in ctx.members[p]
    )
    food = next(p for p in ctx.members if f"{ID}food" in ctx.data.partnerships[p].industries)
    assert model.score(o, aero).probability > 5 * model.score(o, food).probability
    assert model.score(o, aero).industries == [f"{ID}aero"]
    # one that only names its industry, too
    new = model.score(f"{ID}new", aero)
    assert new.named and new.industries == [f"{ID}aero"]
    assert new.probability > model.score(f"{ID}new", food).probability


def test_fitted_on_what_it_is_given_only() -> None:
    """In the evaluation the model sees the reduced records: no hidden membership is among its members."""
    data = _data()
    reduced, hidden = hide_memberships(data, 0.2, seed=5)
    train = nw.co_partnership_graph(reduced)
    model = Profiles(train, reduced).model()
    assert all(o not in model.ctx.members.get(p, set()) for p, o in hidden)


def test_recommendations_name_the_partnership_and_its_evidence() -> None:
    data = _data()
    G = nw.co_partnership_graph(data, all_organisations=True)
    node = f"{ID}o4"  # aerospace, states it
    found = recommend(G, node, 5, data=data)
    assert found
    industry = {
        o: data.organisations[o].industries or name_industries(data, {o: set()}).get(o, set()) for o in G
    }
    assert all(industry[c.node] == {f"{ID}aero"} for c in found[:3])
    best = found[0]
    assert best.partnership_fit > 0
    assert "partnership Partnership" in best.explanation and "Aerospace" in best.explanation
    de = recommend(G, node, 5, data=data, lang="de")[0]
    assert "Partnerschaft Partnership" in de.explanation and "Luft- und Raumfahrt" in de.explanation
    assert best.to_dict()["fits_theirs"] or best.to_dict()["fits_yours"]


def test_restrict_keeps_the_partnerships_of_the_projection() -> None:
    data = _data()
    G = nw.co_partnership_graph(data, kinds={"mou"})
    kept = restrict(data, G)
    assert set(kept.members) == {p for p, part in data.partnerships.items() if part.kind == "mou"}
    assert restrict(data, nw.co_partnership_graph(data)) is data
    assert Context(kept).pool == sorted(data.organisations)
