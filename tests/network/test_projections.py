"""Projections from the built test graph (tests/data/valid) to NetworkX."""

from __future__ import annotations

from pathlib import Path

import networkx as nx
import pytest

from clustergraph import network as nw
from clustergraph.errors import ClusterGraphError
from clustergraph.graph.store import GraphStore

ORG = "https://w3id.org/clustergraph/id/org/"
PART = "https://w3id.org/clustergraph/id/partnership/"
PLAIN = (str, int, float, bool)


@pytest.fixture(scope="module")
def data(built: Path) -> nw.NetworkData:
    return nw.read_network(GraphStore.open(built), people=True)


def _plain(G: nx.Graph) -> None:
    for _, d in G.nodes(data=True):
        assert all(isinstance(v, PLAIN) for v in d.values()), d
    for _, _, d in G.edges(data=True):
        assert all(isinstance(v, PLAIN) for v in d.values()), d


def test_co_partnership_graph(data: nw.NetworkData) -> None:
    G = nw.co_partnership_graph(data)
    assert G.number_of_nodes() == 7
    assert G.number_of_edges() == 7
    assert nx.number_connected_components(G) == 2
    e = G.edges[ORG + "lichtwerk", ORG + "rhone-optique"]
    assert e["weight"] == 2  # the ESCP and their bilateral partnership
    assert e["partnerships"].split(nw.SEP) == [PART + "lichtwerk-rhone", PART + "photon-bridge"]
    assert set(e["kinds"].split(nw.SEP)) == {"bilateral", "escp"}
    assert "2020–2022" in e["periods"].split(nw.SEP)
    _plain(G)


def test_organisation_attributes(data: nw.NetworkData) -> None:
    G = nw.co_partnership_graph(data)
    a = G.nodes[ORG + "lichtwerk"]
    assert a["label"] == "Lichtwerk Photonik"
    assert a["iri"] == ORG + "lichtwerk"
    assert a["type"] == "organisation"
    assert a["region"] == "DE-TH" and a["country"] == "DE"
    assert "photonics" in a["industry_ids"].split(nw.SEP)
    assert a["partnerships"] == 3  # two partnerships and the first Spitzen Test round
    # the Gold award of 2023 expired in 2025 and is the latest: no current label
    assert a["label_level"] == ""
    assert G.nodes[ORG + "saxtronic"]["label_level"] == "gold"
    assert G.nodes[ORG + "rhone-optique"]["region"] == "FR"  # no Land: the country
    # a go-test member; its Spitzen Test win ended in 2013
    assert a["programmes"] == "go-test Clusterprogramm"
    assert G.nodes[ORG + "isar-med"]["programmes"].split(nw.SEP) == [
        "Spitzen Test Wettbewerb",
        "Test-Offensive Bayern",
        "go-test Clusterprogramm",
    ]
    assert isinstance(a["lat"], float) and isinstance(a["lon"], float)


def test_filters(data: nw.NetworkData) -> None:
    G = nw.co_partnership_graph(data, kinds={"bilateral"})
    assert set(G.edges()) == {(ORG + "lichtwerk", ORG + "rhone-optique")}
    # 2023–2024: only Health Link (2022-09 – 2025-08), the open-ended Northern MoU (2019–) and the
    # first Spitzen Test round (2008-09-02–, whose winners are its members)
    G = nw.co_partnership_graph(data, period=nw.parse_period("2023:2024"))
    kinds = {k for _, _, d in G.edges(data=True) for k in d["kinds"].split(nw.SEP)}
    assert kinds == {"eurocluster", "mou", "programme-cohort"}
    # the undated bilateral partnership is left out by any period
    G = nw.co_partnership_graph(data, period=nw.parse_period("2021"))
    assert G.edges[ORG + "lichtwerk", ORG + "rhone-optique"]["weight"] == 1
    with pytest.raises(ClusterGraphError, match="unknown partnership kind"):
        nw.co_partnership_graph(data, kinds={"friendship"})


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2015:2020", ("2015", "2020")),
        ("2019", ("2019", "2019")),
        ("2015:", ("2015", "")),
        (":2020-06", ("", "2020-06")),
    ],
)
def test_parse_period(text: str, expected: tuple[str, str]) -> None:
    assert nw.parse_period(text) == expected


def test_parse_period_rejects() -> None:
    with pytest.raises(ClusterGraphError, match="expected START:END"):
        nw.parse_period("last year")


def test_bipartite(data: nw.NetworkData) -> None:
    G = nw.organisation_partnership_graph(data)
    assert nx.is_bipartite(G)
    parts = {n for n, d in G.nodes(data=True) if d["bipartite"] == 1}
    cohorts = ("spitzen-test-runde-1", "spitzen-test-runde-2", "land-offensive-plattformen")
    partnerships = ("photon-bridge", "health-link", "northern-mou", "lichtwerk-rhone", *cohorts)
    assert parts == {PART + p for p in partnerships}
    assert G.number_of_edges() == 10 + 4  # the 4 participations with a cohort
    assert G.edges[ORG + "isar-med", PART + "land-offensive-plattformen"]["roles"] == "platform"
    assert G.edges[ORG + "lichtwerk", PART + "photon-bridge"]["roles"] == "coordinator"
    assert G.nodes[PART + "photon-bridge"]["members"] == 3
    _plain(G)


def test_region_graph(data: nw.NetworkData) -> None:
    G = nw.region_graph(data)
    labels = {d["iso"] for _, d in G.nodes(data=True)}
    assert {"DE-TH", "DE-SN", "FR", "DE-BY", "AT", "PL", "DE-HH"} <= labels
    th = next(n for n, d in G.nodes(data=True) if d["iso"] == "DE-TH")
    fr = next(n for n, d in G.nodes(data=True) if d["iso"] == "FR")
    assert G.edges[th, fr]["weight"] == 2  # two partnerships cross Thüringen and France
    _plain(G)


def test_industry_and_people(data: nw.NetworkData) -> None:
    G = nw.organisation_industry_graph(data)
    assert all(d["type"] in ("organisation", "industry") for _, d in G.nodes(data=True))
    assert all(d["org_type"] == "cluster" for _, d in G.nodes(data=True) if d["type"] == "organisation")
    P = nw.person_organisation_graph(data)
    people = [n for n, d in P.nodes(data=True) if d["type"] == "person"]
    assert people and all(P.degree(p) >= 1 for p in people)
    _plain(G)
    _plain(P)


def test_people_need_reading(built: Path) -> None:
    data = nw.read_network(GraphStore.open(built))
    with pytest.raises(ClusterGraphError, match="people=True"):
        nw.person_organisation_graph(data)


def test_read_network_reads_each_fact_once(data: nw.NetworkData) -> None:
    # facts stated by several sources sit in several named graphs but count once
    assert all(len(ms) == len(set(ms)) for ms in data.members.values())
    assert len(data.members[PART + "photon-bridge"]) == 3


def test_current_label_level() -> None:
    f = nw.current_label_level
    assert f([], "2026-01-01") == ("", "")
    assert f([("gold", "2016", ""), ("silver", "2021", "")], "2026-01-01") == ("silver", "2021")
    assert f([("bronze", "2020", ""), ("gold", "2020", "")], "2026-01-01") == ("gold", "2020")
    assert f([("gold", "2023", "2027-01")], "2026-01-01") == ("gold", "2023")
    assert f([("", "2024", "")], "2026-01-01") == ("", "")


def test_co_partnership_graph_equals_reference(data: nw.NetworkData) -> None:
    """The projection against a straightforward one: pairs of members of each partnership."""
    for kinds, period in [(None, None), ({"escp", "bilateral"}, None), (None, ("2021", "2024"))]:
        G = nw.co_partnership_graph(data, kinds, period)
        ties: dict[frozenset[str], list[nw.Partnership]] = {}
        for p in nw.select_partnerships(data, kinds, period):
            ms = sorted(data.members[p.iri])
            for i, a in enumerate(ms):
                for b in ms[i + 1 :]:
                    ties.setdefault(frozenset((a, b)), []).append(p)
        assert {frozenset(e) for e in G.edges()} == set(ties)
        for pair, ps in ties.items():
            assert G.edges[tuple(pair)] == {
                "weight": len(ps),
                "partnerships": nw.SEP.join(p.iri for p in ps),
                "partnership_labels": nw.SEP.join(p.label for p in ps),
                "kinds": nw.SEP.join(sorted({p.kind for p in ps})),
                "periods": nw.SEP.join(p.period for p in ps),
            }
        members = {o for pair in ties for o in pair}
        assert set(G.nodes) == members
        for o in members:
            assert G.nodes[o] == {
                **nw.organisation_attrs(data, o),
                "partnerships": sum(
                    o in data.members[p.iri] for p in nw.select_partnerships(data, kinds, period)
                ),
            }
    # ties of one partnership get their own attribute dicts (editing one edits no other)
    G = nw.co_partnership_graph(data)
    dicts = [d for _, _, d in G.edges(data=True)]
    assert len({id(d) for d in dicts}) == len(dicts)


def _co_partnership_reference(data: nw.NetworkData, kinds=None, period=None) -> nx.Graph:  # type: ignore[no-untyped-def]
    """The co-partnership graph as it was built before it was made faster (ties as tuples first)."""
    from collections import Counter, defaultdict
    from itertools import combinations

    shared: dict[tuple[str, str], list[nw.Partnership]] = defaultdict(list)
    count: Counter[str] = Counter()
    for p in nw.select_partnerships(data, kinds, period):
        ms = sorted(data.members[p.iri])
        count.update(ms)
        for a, b in combinations(ms, 2):
            shared[a, b].append(p)
    G = nx.Graph(
        projection="co-partnership", kinds=nw.SEP.join(sorted(kinds or ())), period=":".join(period or ())
    )
    for o in count:
        G.add_node(o, **nw.organisation_attrs(data, o), partnerships=count[o])
    for (a, b), ps in shared.items():
        G.add_edge(
            a,
            b,
            weight=len(ps),
            partnerships=nw.SEP.join(p.iri for p in ps),
            partnership_labels=nw.SEP.join(p.label for p in ps),
            kinds=nw.SEP.join(sorted({p.kind for p in ps})),
            periods=nw.SEP.join(p.period for p in ps),
        )
    return G


def _same_graph(G: nx.Graph, H: nx.Graph) -> None:
    """Equal, in the same order: graph attributes, nodes, adjacency, and the keys of every dict."""
    assert G.graph == H.graph
    assert [(n, list(d.items())) for n, d in G.nodes(data=True)] == [
        (n, list(d.items())) for n, d in H.nodes(data=True)
    ]
    assert [(n, list(nbrs)) for n, nbrs in G.adj.items()] == [(n, list(nbrs)) for n, nbrs in H.adj.items()]
    assert [(u, v, list(d.items())) for u, v, d in G.edges(data=True)] == [
        (u, v, list(d.items())) for u, v, d in H.edges(data=True)
    ]


def test_co_partnership_graph_equals_the_former_build(data: nw.NetworkData) -> None:
    """The same graph, order included, on the test data and on many overlapping partnerships."""
    import random

    for kinds, period in [(None, None), ({"escp", "bilateral"}, None), (None, ("2021", "2024"))]:
        _same_graph(
            nw.co_partnership_graph(data, kinds, period), _co_partnership_reference(data, kinds, period)
        )
    rng = random.Random(5)
    R = "https://w3id.org/clustergraph/id/region/"
    places = {
        R + "DE": nw.Place(R + "DE", "country", "Deutschland", "DE"),
        R + "FR": nw.Place(R + "FR", "country", "France", "FR"),
        R + "DE-BY": nw.Place(R + "DE-BY", "land", "Bayern", "DE-BY", 48.8, 11.5, {R + "DE"}),
        R + "DE-BE": nw.Place(R + "DE-BE", "land", "Berlin", "DE-BE", 52.5, 13.4, {R + "DE"}),
        R + "de-city": nw.Place(R + "de-city", "city", "Stadt", "", 48.1, 11.6, {R + "DE-BY"}),
        R + "fr-city": nw.Place(R + "fr-city", "city", "Ville", "", None, None, {R + "FR"}),
    }
    orgs = {}
    for i in range(60):  # organisations sharing and not sharing places, industries, programmes
        iri = f"{ORG}o{i:03d}"
        orgs[iri] = nw.Organisation(
            iri,
            label=f"O {i}",
            city=rng.choice(["", R + "de-city", R + "fr-city"]),
            country=rng.choice(["", R + "DE", R + "FR"]),
            regions=set(rng.sample([R + "DE-BY", R + "DE-BE"], rng.randint(0, 2))),
            industries=set(rng.sample([f"{ORG}i1", f"{ORG}i2", f"{ORG}i3"], rng.randint(0, 2))),
            programmes=set(rng.sample([f"{ORG}pr1", f"{ORG}pr2"], rng.randint(0, 1))),
            awards=[("gold", "2020", "")] if i % 7 == 0 else [],
        )
    parts, members = {}, {}
    for j in range(80):
        iri = f"{PART}p{j:03d}"
        parts[iri] = nw.Partnership(
            iri, f"P {j}", rng.choice(nw.PARTNERSHIP_KINDS), str(2010 + j % 12), rng.choice(["", "2024"])
        )
        members[iri] = {o: {"member"} for o in rng.sample(sorted(orgs), rng.randint(2, 9))}
    synthetic = nw.NetworkData(orgs, parts, members, places, {}, {f"{ORG}pr1": "Programme 1"})
    G = nw.co_partnership_graph(synthetic)
    assert max(w for _, _, w in G.edges(data="weight")) >= 3  # ties of several partnerships
    _same_graph(G, _co_partnership_reference(synthetic))
    _same_graph(
        nw.co_partnership_graph(synthetic, None, ("2015", "2018")),
        _co_partnership_reference(synthetic, None, ("2015", "2018")),
    )
