"""Positions computed in Python: force layout (seeded, cached by content) and geographic layouts."""

from __future__ import annotations

import json
import math

import networkx as nx
import pytest

from clustergraph.errors import MapError
from clustergraph.views import layout


def _graph() -> nx.Graph:
    G = nx.karate_club_graph()
    G.add_edge("x", "y", weight=3)  # a second component
    G.add_node("lonely")
    return G


def test_force_layout_is_seeded_and_separates_components(tmp_path):
    G = _graph()
    a = layout.force_layout(G, seed=1)
    layout._memory.clear()
    b = layout.force_layout(G, seed=1)
    assert a == b and set(a) == set(G.nodes)
    assert all(math.isfinite(x) and math.isfinite(y) for x, y in a.values())
    # components do not overlap: the pair sits outside the karate club's bounding box
    xs = [a[n][0] for n in range(34)]
    ys = [a[n][1] for n in range(34)]
    inside = min(xs) <= a["x"][0] <= max(xs) and min(ys) <= a["x"][1] <= max(ys)
    assert not inside
    assert len({a[n] for n in G}) == G.number_of_nodes()  # no two nodes on one point


def test_force_layout_cache_is_keyed_by_content(tmp_path):
    G = _graph()
    layout._memory.clear()
    pos = layout.force_layout(G, cache_dir=tmp_path)
    files = list(tmp_path.glob("layout-*.json"))
    assert len(files) == 1 and files[0].name == f"layout-{layout.graph_key(G)}.json"
    # the file is what a later process reads: change it and see the change come back
    raw = json.loads(files[0].read_text())
    raw["x"] = [1.0, 2.0]
    files[0].write_text(json.dumps(raw))
    layout._memory.clear()
    assert layout.force_layout(G, cache_dir=tmp_path)["x"] == (1.0, 2.0)
    assert layout.force_layout(G, cache_dir=tmp_path)[0] == pos[0]
    # another weight is another graph
    H = G.copy()
    H["x"]["y"]["weight"] = 4
    assert layout.graph_key(H) != layout.graph_key(G)
    layout.force_layout(H, cache_dir=tmp_path)
    assert len(list(tmp_path.glob("layout-*.json"))) == 2
    # a damaged cache file is computed again, not trusted
    files[0].write_text("{not json")
    layout._memory.clear()
    assert layout.force_layout(G, cache_dir=tmp_path)[0] == pos[0]


def test_geo_layout_projects_spreads_clamps_and_lines_up_the_rest():
    G = nx.Graph()
    G.add_node("erfurt1", lat=50.98, lon=11.03, region="DE-TH", region_label="Thüringen", country="DE")
    G.add_node("erfurt2", lat=50.98, lon=11.03, region="DE-TH", region_label="Thüringen", country="DE")
    G.add_node("munich", lat=48.14, lon=11.58, region="DE-BY", region_label="Bayern", country="DE")
    G.add_node("lyon", lat=45.76, lon=4.84, country="FR")
    G.add_node("paris-org", country="FR")  # no coordinates: its capital
    G.add_node("nowhere", country="DE")  # German without a Land: no place
    geo = layout.geo_layout(G, "germany")
    p = geo.positions
    assert p["erfurt1"] != p["erfurt2"] and math.dist(p["erfurt1"], p["erfurt2"]) < 30
    assert p["munich"][1] > p["erfurt1"][1]  # south is lower down
    x0, _y0, _x1, y1 = geo.frame
    assert geo.placement["lyon"] == "exact (outside the map)"
    lx, ly = p["lyon"]
    assert (lx < x0 or ly > y1) and math.dist((lx, ly), (x0, y1)) < 600  # on the south-western border
    assert geo.placement["paris-org"].startswith("capital")
    assert geo.placement["nowhere"] == "none"
    tx0, ty0, tx1, ty1, count = geo.tray
    assert count == 1 and tx0 > _x1 and tx0 <= p["nowhere"][0] <= tx1 and ty0 <= p["nowhere"][1] <= ty1
    # borders: Germany's outline and the Länder lines, in map units around the frame
    assert any(iso == "DE" for iso, _ in geo.countries) and len(geo.lands) > 16
    de = [xy for iso, ring in geo.countries if iso == "DE" for xy in zip(ring[::2], ring[1::2], strict=True)]
    assert min(x for x, _ in de) > x0 - 50 and max(y for _, y in de) < y1 + 50
    assert {t for _, _, t in geo.labels} >= {"Thüringen", "Bayern"}
    assert any(t == "10°" for _, _, t in geo.lines)
    europe = layout.geo_layout(G, "europe")
    assert europe.placement["lyon"] == "exact"
    ex0, ey0, ex1, ey1 = europe.frame
    assert ex0 <= europe.positions["lyon"][0] <= ex1 and ey0 <= europe.positions["lyon"][1] <= ey1
    with pytest.raises(MapError, match="unknown map extent 'mars'"):
        layout.geo_layout(G, "mars")


def test_components_are_packed_round_the_largest_not_in_rows():
    G = nx.disjoint_union_all([nx.complete_graph(12)] + [nx.path_graph(3) for _ in range(30)])
    pos = layout.force_layout(G)
    comps = sorted(nx.connected_components(G), key=len, reverse=True)
    centre = [sum(pos[n][k] for n in comps[0]) / len(comps[0]) for k in (0, 1)]
    xs = [p[0] for p in pos.values()]
    ys = [p[1] for p in pos.values()]
    width, height = max(xs) - min(xs), max(ys) - min(ys)
    assert 0.6 < width / height < 1.6  # round, not a long row
    assert (
        math.dist(centre, ((max(xs) + min(xs)) / 2, (max(ys) + min(ys)) / 2)) < 0.25 * width
    )  # largest in the middle
    boxes = [
        (
            min(pos[n][0] for n in c),
            min(pos[n][1] for n in c),
            max(pos[n][0] for n in c),
            max(pos[n][1] for n in c),
        )
        for c in comps
    ]
    for i, a in enumerate(boxes):  # no two components overlap
        for b in boxes[i + 1 :]:
            assert a[2] < b[0] or b[2] < a[0] or a[3] < b[1] or b[3] < a[1]


def test_group_layout_keeps_members_near_their_group():
    G = nx.connected_caveman_graph(4, 6)
    groups = {g: [n for n in G if n // 6 == g] for g in range(4)}
    gpos, members = layout.group_layout(G, groups)
    for g, ms in groups.items():
        own = max(math.dist(gpos[g], members[n]) for n in ms)
        others = min(math.dist(gpos[h], gpos[g]) for h in groups if h != g)
        assert own < others
