"""Maps as HTML (no browser here; tests/views/test_maps_browser.py opens them in Chromium)."""

from __future__ import annotations

import json
import os
import re

import networkx as nx
import pytest
from click.testing import CliRunner

from clustergraph.cli import main
from clustergraph.errors import MapError
from clustergraph.graph.store import GraphStore
from clustergraph.network import co_partnership_graph, read_network
from clustergraph.views import maps as views

HOSTILE = "<img src=x onerror=alert(1)>"


def payload(html: str) -> dict:
    m = re.search(r'<script id="cg-data" type="application/json">(.*?)</script>', html, re.S)
    assert m, "the map's data element is missing"
    return json.loads(m.group(1))


def small() -> nx.Graph:
    G = nx.Graph()
    G.add_node(
        "a",
        label=HOSTILE,
        type="organisation",
        region="DE-TH",
        region_label="Thüringen</script>",
        industries="Photonik | <b>bold</b>",
        label_level="gold",
        programmes="go-cluster",
        lat=50.9,
        lon=11.6,
    )
    G.add_node("b", label="B & Co", type="organisation", region="FR", region_label="Frankreich", country="FR")
    G.add_node("c", label="C", type="organisation", region="DE-BY", region_label="Bayern", lat=48.1, lon=11.6)
    G.add_edge("a", "b", weight=2, partnership_labels="P1 | P2", kinds="mou", periods="2015– | 2016–2018")
    G.add_edge("a", "c", weight=1, partnership_labels="P3", kinds="escp", periods="–2012")
    return G


def test_texts_travel_as_escaped_json_and_come_back_intact():
    html = views.map_html(small(), color_by="industry")
    assert "<img" not in html and "<b>bold" not in html and "Thüringen</script>" not in html
    data = payload(html)
    labels = {n["label"] for n in data["nodes"]}
    assert HOSTILE in labels and "B & Co" in labels
    info = data["info"][[n["label"] for n in data["nodes"]].index(HOSTILE)]
    assert ["Land / country", "Thüringen</script>"] in info["f"]
    assert info["a"]["industry"] == ["Photonik", "<b>bold</b>"]
    # the page builds every text with textContent; nothing assigns HTML
    script = views._asset("map.js")
    assert "innerHTML" not in script and "insertAdjacentHTML" not in script and "document.write" not in script


def test_page_is_self_contained_without_cdn():
    html = views.map_html(small())
    for host in ("cdn.jsdelivr", "cdnjs", "unpkg", "bootstrap", "tom-select"):
        assert host not in html
    assert not re.search(r"<(script|img|iframe)[^>]+src=", html)
    assert "<link" not in html
    assert "vis-network" in html and "new vis.Network" in html  # inlined from pyvis's package
    assert html.count("</script>") == 3  # data, vis-network, the map's script: none closed early


def test_payload_colours_sizes_shapes_filters_and_spans():
    G = small()
    data = payload(views.map_html(G, color_by="land", size_by="strength"))
    assert data["options"]["physics"] == {"enabled": False}
    assert data["options"]["layout"]["improvedLayout"] is False
    by_label = {n["label"]: n for n in data["nodes"]}
    assert by_label[HOSTILE]["value"] == 3.0 and by_label["C"]["value"] == 1.0
    assert {e["key"] for e in data["legend"]["colors"]} == {"Thüringen</script>", "Frankreich", "Bayern"}
    assert data["filters"]["land"][0][0] in {"DE-TH", "FR", "DE-BY"}
    assert {k for k, _, _ in data["filters"]["kind"]} == {"mou", "escp"}
    assert data["filters"]["years"] == [[2012, 2018]]
    spans = sorted(tuple(s) for e in data["edgeInfo"] for s in e["sp"])
    assert spans == [("escp", "", "2012"), ("mou", "2015", ""), ("mou", "2016", "2018")]
    assert set(data["layouts"]) == {"force", "germany", "europe"}
    assert data["groups"] is None


def test_aggregation_above_the_threshold():
    G = nx.connected_caveman_graph(5, 8)
    for n in G:
        G.nodes[n].update(label=f"n{n}", type="organisation")
    data = payload(views.map_html(G, aggregate_above=30, color_by="community", size_by="none"))
    assert len(data["groups"]) == 5 and sum(g["size"] for g in data["groups"]) == 40
    assert {i["g"] for i in data["info"]} == set(range(5))
    assert len(data["layouts"]["force"]["groups"]) == 5
    assert payload(views.map_html(G, aggregate=False))["groups"] is None


@pytest.mark.parametrize(
    ("option", "value", "message"),
    [
        ("color_by", "mood", "unknown colouring 'mood'"),
        ("size_by", "height", "unknown size metric 'height'"),
        ("layout", "mars", "unknown layout 'mars'"),
        ("group_by", "age", "unknown grouping 'age'"),
    ],
)
def test_bad_options_are_refused(option, value, message):
    with pytest.raises(MapError, match=message):
        views.map_html(small(), **{option: value})


def test_write_map_writes_only_its_file_atomically(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    out = tmp_path / "maps" / "m.html"
    info = views.write_map(small(), out, title="T <script>")
    assert info.nodes == 3 and info.edges == 2 and info.path == out
    assert sorted(p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*")) == ["maps", "maps/m.html"]
    assert "<title>T &lt;script&gt;</title>" in out.read_text(encoding="utf-8")
    assert oct(out.stat().st_mode & 0o644) == oct(0o644 & ~_umask())
    before = out.read_bytes()
    with pytest.raises(MapError):
        views.write_map(small(), out, color_by="mood")
    assert out.read_bytes() == before
    with pytest.raises(MapError, match=r"\.html"):
        views.write_map(small(), tmp_path / "m.png")
    with pytest.raises(MapError, match="undirected"):
        views.write_map(nx.DiGraph([(1, 2)]), tmp_path / "d.html")


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def test_map_of_the_built_graph_has_sources_and_history(built, tmp_path):
    out = tmp_path / "m.html"
    info = views.make_map(built, out)
    data = payload(out.read_text(encoding="utf-8"))
    G = co_partnership_graph(read_network(GraphStore.open(built)))
    assert info.nodes == G.number_of_nodes() == len(data["nodes"]) and info.edges == G.number_of_edges()
    with_sources = [i for i in data["info"] if i["s"]]
    assert len(with_sources) == len(data["info"])  # every organisation comes from some source
    assert all(u.startswith("http") for i in with_sources for u, _ in i["s"])
    # each partnership's own kind and period reaches its edges
    kinds = {s[0] for e in data["edgeInfo"] for s in e["sp"]}
    assert kinds <= {"eurocluster", "escp", "project", "mou", "programme-cohort", "bilateral"} and kinds


def test_cli_map_prints_the_path(built, tmp_path):
    out = tmp_path / "x" / "map.html"
    r = CliRunner().invoke(main, ["map", "--store", str(built), "-o", str(out), "--layout", "germany"])
    assert r.exit_code == 0, r.output
    assert r.stdout.strip().splitlines()[-1] == str(out.resolve())
    assert out.is_file()
    for args, message in [
        (["-o", str(tmp_path / "m.txt")], "a map is written to an .html file"),
        (["-o", str(out), "--period", "soon"], "period 'soon'"),
    ]:
        r = CliRunner().invoke(main, ["map", "--store", str(built), *args])
        assert r.exit_code == 2 and message in r.output, r.output
    r = CliRunner().invoke(main, ["map", "--store", str(tmp_path / "none"), "-o", str(out)])
    assert r.exit_code == 2


def test_entity_sources_are_the_pages_that_state_its_facts(tmp_path):
    import pyoxigraph as ox

    store = ox.Store(str(tmp_path / "s"))
    prov = ox.NamedNode("https://w3id.org/clustergraph/id/graph/provenance")
    data = ox.NamedNode("https://w3id.org/clustergraph/id/graph/data")
    org, st = ox.NamedNode("https://w3id.org/clustergraph/id/org/a"), ox.NamedNode("urn:st:1")
    label = ox.NamedNode("http://www.w3.org/2004/02/skos/core#prefLabel")
    rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
    store.add(ox.Quad(org, label, ox.Literal("A"), data))
    store.add(ox.Quad(st, ox.NamedNode(rdf + "subject"), org, prov))
    store.add(
        ox.Quad(
            st,
            ox.NamedNode("http://www.w3.org/ns/prov#wasDerivedFrom"),
            ox.NamedNode("https://example.org/a"),
            prov,
        )
    )
    title = ox.NamedNode("http://purl.org/dc/terms/title")
    store.add(ox.Quad(ox.NamedNode("https://example.org/a"), title, ox.Literal("Page A"), prov))
    # an imported triple cannot retitle the page: titles come from the provenance graph only
    store.add(ox.Quad(ox.NamedNode("https://example.org/a"), title, ox.Literal("forged"), data))
    gs = GraphStore(tmp_path, tmp_path / "s", store)
    found = views.entity_sources(gs, [org.value, "not an iri", "https://w3id.org/x y"])
    assert found == {org.value: [("https://example.org/a", "Page A")]}


def test_legend_gives_every_entry_its_own_colour_and_counts_the_rest_as_other():
    from clustergraph.views.style import OTHER_KEY, PALETTE, palette

    keys = {f"n{i}": f"Land {i % 51:02d}" for i in range(400)} | {"x": "", "y": ""}
    entries = palette(keys, "land")
    colours = [e["color"] for e in entries]
    assert len(colours) == len(set(colours)) == len(PALETTE) + 2  # named, other, not stated
    other = next(e for e in entries if e["key"] == OTHER_KEY)
    rest = 51 - len(PALETTE)
    assert other["label"] == f"other ({rest} categories)" and len(other["members"]) == rest
    assert sum(e["count"] for e in entries) == len(keys)
    de = palette(keys, "land", {"other": "andere ({n} Kategorien)", "not_stated": "nicht angegeben"})
    assert {e["label"] for e in de} >= {"andere (33 Kategorien)", "nicht angegeben"}
    html = views.map_html(small(), lang="de")
    assert '<html lang="de">' in html and "Anordnung" in html
    with pytest.raises(MapError, match="unknown language 'fr'"):
        views.map_html(small(), lang="fr")
