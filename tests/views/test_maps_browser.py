"""The maps in a real browser: Debian's Chromium driven by Playwright, on the REAL default data.

This is the one place the tests use ``data/`` (the issue asks for it): it is built once into a
temporary store. Every network request fails the test (only ``file:`` and ``data:`` load), so
does every console error. Screenshots go to ``test-output/``.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from clustergraph import network as nw
from clustergraph import views
from clustergraph.graph.store import GraphStore

ROOT = Path(__file__).resolve().parents[2]
SHOTS = ROOT / "test-output"
HOSTILE = "<img src=x onerror=alert(1)>"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"]


@pytest.fixture(scope="session")
def real_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from clustergraph.graph.build import build

    location = tmp_path_factory.mktemp("real") / "graph"
    report = build(ROOT / "data", location, validate=False)
    assert report.published
    return location


@pytest.fixture(scope="session")
def real_data(real_store: Path) -> nw.NetworkData:
    return nw.read_network(GraphStore.open(real_store))


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    exe = shutil.which("chromium")
    if not exe:
        pytest.fail("Debian's chromium is not installed: run `make setup-test` (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=exe, args=ARGS)
        yield b
        b.close()


class Page:
    """A page that records console errors, page errors, dialogs and refuses every network request."""

    def __init__(self, browser: Any, path: Path, *, bypass_csp: bool = True) -> None:
        # bypass_csp: the map forbids eval, which Playwright's wait_for_function uses; one test
        # loads it with its policy in force.
        self.page = browser.new_page(viewport={"width": 1400, "height": 900}, bypass_csp=bypass_csp)
        self.errors: list[str] = []
        self.requests: list[str] = []
        self.dialogs: list[str] = []
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("dialog", self._dialog)
        self.page.route("**/*", self._route)
        self.page.goto(path.as_uri())
        self.page.locator("html[data-map-ready='1']").wait_for(timeout=30_000)

    def _dialog(self, d: Any) -> None:
        self.dialogs.append(d.message)
        d.dismiss()

    def _route(self, route: Any) -> None:
        url = route.request.url
        if url.startswith(("file:", "data:")):
            route.continue_()
        else:
            self.requests.append(url)
            route.abort()

    def js(self, expr: str, arg: Any = None) -> Any:
        return self.page.evaluate(expr, arg)

    def visible(self) -> int:
        return self.js("() => clustergraphMap.visibleNodeCount()")

    def shot(self, name: str) -> None:
        SHOTS.mkdir(exist_ok=True)
        self.page.screenshot(path=str(SHOTS / f"map-{name}.png"))

    def clean(self) -> None:
        assert self.errors == [], f"console errors: {self.errors}"
        assert self.requests == [], f"network requests: {self.requests}"
        assert self.dialogs == [], f"dialogs opened: {self.dialogs}"
        self.page.close()


def test_real_map_renders_offline_with_its_policy(browser, real_store, real_data, tmp_path):
    out = tmp_path / "map.html"
    info = views.make_map(real_store, out)  # English by default
    G = nw.co_partnership_graph(real_data)
    assert info.nodes == G.number_of_nodes() > 300
    p = Page(browser, out, bypass_csp=False)
    p.shot("real-force")
    status = p.page.locator("#cg-status").inner_text()
    assert status.startswith(
        f"{G.number_of_nodes()} of {G.number_of_nodes()} nodes, {G.number_of_edges():,} edges"
    )
    counts = p.js("() => [clustergraphMap.nodes.length, clustergraphMap.edges.length]")
    assert counts == [G.number_of_nodes(), G.number_of_edges()]
    # the canvas is not blank: many pixels that are not the white background
    inked = p.js(
        """() => { const c = document.querySelector('#cg-net canvas');
                   const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
                   let n = 0;
                   for (let i = 0; i < d.length; i += 4) if (Math.min(d[i], d[i+1], d[i+2]) < 235) n++;
                   return n; }"""
    )
    assert inked > 20_000, f"only {inked} drawn pixels"
    legend = p.page.locator("#cg-legend li").all_inner_texts()
    assert any(t.startswith("Bavaria") for t in legend)
    p.clean()


def test_filters_and_legend_agree_with_the_projections(browser, real_store, real_data, tmp_path):
    out = tmp_path / "map.html"
    views.make_map(real_store, out, lang="de")
    G = nw.co_partnership_graph(real_data)
    p = Page(browser, out)
    n = G.number_of_nodes()
    # Land
    th = sum(1 for _, d in G.nodes(data=True) if d.get("region") == "DE-TH")
    p.page.select_option("#cg-f-land", "DE-TH")
    assert p.visible() == th > 0
    p.shot("real-filter-land")
    p.page.click("#cg-reset")
    assert p.visible() == n
    # partnership kind: the same organisations as Python's projection with that kind
    p.page.select_option("#cg-f-kind", "eurocluster")
    euro = nw.co_partnership_graph(real_data, kinds={"eurocluster"})
    assert p.visible() == euro.number_of_nodes()
    assert p.js("() => clustergraphMap.visibleEdgeCount()") == euro.number_of_edges()
    p.page.click("#cg-reset")
    # period, likewise
    p.page.fill("#cg-f-from", "2015")
    p.page.fill("#cg-f-to", "2018")
    p.page.press("#cg-f-to", "Enter")
    p.page.locator("#cg-f-from").dispatch_event("change")
    span = nw.co_partnership_graph(real_data, period=("2015", "2018"))
    assert p.visible() == span.number_of_nodes()
    assert p.js("() => clustergraphMap.visibleEdgeCount()") == span.number_of_edges()
    p.page.click("#cg-reset")
    # label level and industry
    gold = sum(1 for _, d in G.nodes(data=True) if d.get("label_level") == "gold")
    p.page.select_option("#cg-f-level", "gold")
    assert p.visible() == gold > 0
    p.page.click("#cg-reset")
    # the legend: a click hides that Land's nodes, a second click shows them again
    bayern = sum(1 for _, d in G.nodes(data=True) if d.get("region_label") == "Bayern")
    entry = p.page.locator("#cg-legend li", has_text="Bayern").first
    entry.click()
    assert p.visible() == n - bayern
    assert "cg-off" in (entry.get_attribute("class") or "")
    entry.click()
    assert p.visible() == n
    p.clean()


def test_click_search_and_geographic_layout(browser, real_store, real_data, tmp_path):
    out = tmp_path / "map.html"
    views.make_map(real_store, out, layout="germany")
    G = nw.co_partnership_graph(real_data)
    optonet = "https://w3id.org/clustergraph/id/org/optonet"
    p = Page(browser, out)
    p.shot("real-germany")
    node = p.js("() => clustergraphMap.nodeIdByLabel('OptoNet')")
    # zoom in: in Jena smaller organisations sit on top of it, as a person would see
    p.js("(id) => clustergraphMap.network.focus(id, {scale: 3, animation: false})", node)
    xy = p.js("(id) => clustergraphMap.domPosition(id)", node)
    box = p.page.locator("#cg-net").bounding_box()
    p.page.mouse.click(box["x"] + xy["x"], box["y"] + xy["y"])
    tip = p.page.locator("#cg-details")  # the details panel beside the graph, not over it
    tip.locator("h2").wait_for(state="visible")
    panel, canvas = tip.bounding_box(), p.page.locator("#cg-net").bounding_box()
    assert panel["x"] >= canvas["x"] + canvas["width"] - 1  # it covers none of the graph
    text = tip.inner_text()
    assert text.startswith("OptoNet") and "Thuringia" in text and "Sources (" in text and "http" in text
    # the neighbourhood is highlighted: everything else is dimmed
    dimmed = p.js("() => clustergraphMap.nodes.get({filter: n => n.color === '#e3e8ee'}).length")
    assert dimmed == G.number_of_nodes() - G.degree(optonet) - 1
    p.shot("real-click")
    p.page.locator("#cg-details .cg-close").click()
    assert tip.locator("h2").count() == 0
    # search by name, accents and case ignored
    p.page.fill("#cg-search", "photonics bw")
    p.page.press("#cg-search", "Enter")
    tip.locator("h2").wait_for(state="visible")
    assert tip.locator("h2").inner_text() == "Photonics BW"
    # switch to Europe and back to the force layout
    p.page.click("#cg-layout-buttons button[data-layout='europe']")
    p.shot("real-europe")
    p.page.click("#cg-layout-buttons button[data-layout='force']")
    assert p.visible() == G.number_of_nodes()
    p.clean()


def test_aggregated_map_drills_down(browser, real_store, tmp_path):
    out = tmp_path / "map.html"
    info = views.make_map(real_store, out, aggregate=True, group_by="land")
    assert info.aggregated and info.groups > 10
    p = Page(browser, out)
    p.shot("real-aggregated")
    assert p.visible() == 0
    groups = p.js("() => clustergraphMap.data.groups")
    assert p.js("() => clustergraphMap.nodes.length") == len(groups)
    big = groups[0]
    xy = p.js("() => clustergraphMap.domPosition('g0')")
    box = p.page.locator("#cg-net").bounding_box()
    p.page.mouse.click(box["x"] + xy["x"], box["y"] + xy["y"])
    p.page.wait_for_function(f"() => clustergraphMap.visibleNodeCount() === {big['size']}")
    assert p.js("() => clustergraphMap.nodes.length") == len(groups) - 1 + big["size"]
    p.shot("real-drilled-down")
    p.page.click("#cg-collapse")
    assert p.visible() == 0
    p.clean()


def test_hostile_name_shows_as_text(browser, real_data, tmp_path):
    G = nw.co_partnership_graph(real_data)
    iri = "https://w3id.org/clustergraph/id/org/optonet"
    G.nodes[iri]["label"] = HOSTILE
    G.nodes[iri]["industries"] = HOSTILE + " | Photonik"
    G.nodes[iri]["region_label"] = "<script>alert(2)</script>"
    edge = next(iter(G[iri]))
    G[iri][edge]["partnership_labels"] = '"><svg onload=alert(3)>'
    sources = {iri: [("javascript:alert(4)", "<b>source</b>"), ("https://example.org/a", "A")]}
    out = tmp_path / "hostile.html"
    views.write_map(G, out, sources=sources, color_by="land")
    p = Page(browser, out)
    node = p.js("(l) => clustergraphMap.nodeIdByLabel(l)", HOSTILE)
    assert node is not None
    xy = p.js("(id) => clustergraphMap.domPosition(id)", node)
    box = p.page.locator("#cg-net").bounding_box()
    p.page.mouse.click(box["x"] + xy["x"], box["y"] + xy["y"])
    tip = p.page.locator("#cg-details")
    tip.locator("h2").wait_for(state="visible")
    assert tip.locator("h2").inner_text() == HOSTILE
    assert "<script>alert(2)</script>" in tip.inner_text()
    # the javascript: address is text, not a link; the https one is a link
    assert tip.locator("a").evaluate_all("as => as.map(a => a.href)") == ["https://example.org/a"]
    assert "<b>source</b>" in tip.inner_text()
    p.page.fill("#cg-search", "<img")
    assert HOSTILE in p.page.locator("#cg-results").inner_text()
    # a Land with one organisation falls into the legend's "other" entry, which lists its members
    legend = " ".join(p.page.locator("#cg-legend li").all_inner_texts())
    titles = p.js("() => Array.from(document.querySelectorAll('#cg-legend li'), li => li.title).join(' ')")
    assert "<script>alert(2)</script>" in legend + titles
    assert HOSTILE in " ".join(p.page.locator("#cg-f-industry option").all_inner_texts())
    p.page.mouse.move(box["x"] + xy["x"] + 1, box["y"] + xy["y"] + 1)
    p.page.wait_for_timeout(300)
    assert p.js("() => document.querySelectorAll('img, svg, #cg-app script').length") == 0
    assert p.js("() => window.__xss === undefined")
    p.shot("hostile")
    p.clean()  # no dialog opened, no console error, no request


# ---------------------------------------------------------- issue 15: readable, focus, time, views to share


def _real_map(real_store: Path, tmp_path: Path, **options: Any) -> Path:
    out = tmp_path / "map.html"
    views.make_map(real_store, out, **options)
    return out


@pytest.mark.parametrize("color_by", ["land", "industry", "community", "type", "label-level"])
def test_every_legend_colour_is_distinct(browser, real_store, tmp_path, color_by):
    p = Page(browser, _real_map(real_store, tmp_path, color_by=color_by))
    colours = p.js(
        "() => Array.from(document.querySelectorAll('#cg-legend .cg-swatch'),"
        " s => getComputedStyle(s).backgroundColor)"
    )
    assert len(colours) == len(set(colours)) >= 2
    counts = p.js("() => clustergraphMap.data.legend.colors.map(c => c.count)")
    assert sum(counts) == p.visible()  # every node is counted in one entry
    if color_by == "land":  # 51 regions: 18 of their own, the rest under "other"
        texts = p.page.locator("#cg-legend li").all_inner_texts()
        other = [t for t in texts if t.startswith("other (")]
        assert len(other) == 1 and "categories" in other[0]
        p.shot("legend-land")
    p.clean()


def test_labels_are_shortened_and_never_overlap(browser, real_store, tmp_path):
    p = Page(browser, _real_map(real_store, tmp_path))
    labels = p.js("() => clustergraphMap.labels()")
    assert len(labels) > 20
    assert all(len(lab["text"]) <= 26 for lab in labels)
    boxes = p.js(
        """() => { const c = document.querySelector('#cg-net canvas').getContext('2d');
                   c.font = '12px system-ui, sans-serif';
                   return clustergraphMap.labels().map(l => { const w = c.measureText(l.text).width;
                     return [l.x - w / 2, l.y, l.x + w / 2, l.y + 14]; }); }"""
    )
    for i, a in enumerate(boxes):
        for b in boxes[i + 1 :]:
            assert a[2] <= b[0] or b[2] <= a[0] or a[3] <= b[1] or b[3] <= a[1], (a, b)
    # zoomed in, more names fit
    p.js("() => { const n = clustergraphMap.network; n.moveTo({scale: 2.5, animation: false}); n.redraw(); }")
    p.page.wait_for_timeout(200)
    zoomed = p.js("() => clustergraphMap.labels()")
    assert {lab["node"] for lab in zoomed} - {lab["node"] for lab in labels}
    p.clean()


def test_labels_stay_inside_the_canvas(browser, real_store, tmp_path):
    """Names near the canvas edge are drawn whole: pushed in from the sides, above the node at the bottom."""
    p = Page(browser, _real_map(real_store, tmp_path))
    measure = """() => { const c = document.querySelector('#cg-net canvas').getContext('2d'),
        box = document.getElementById('cg-net'); c.font = '12px system-ui, sans-serif';
        return [box.clientWidth, box.clientHeight, clustergraphMap.labels().map(l => {
          const w = c.measureText(l.text).width; return [l.x - w / 2, l.y, l.x + w / 2, l.y + 14]; })]; }"""
    for scale in (1.0, 2.0, 1.5):  # zoomed in (each step on the last), many nodes sit at the edges
        p.js(
            f"() => {{ const n = clustergraphMap.network; n.moveTo({{scale: n.getScale() * {scale},"
            " animation: false}); n.redraw(); }"
        )
        p.page.wait_for_timeout(200)
        W, H, boxes = p.js(measure)
        assert len(boxes) > 5
        outside = [b for b in boxes if b[0] < 0 or b[1] < 0 or b[2] > W or b[3] > H]
        assert outside == [], (scale, W, H, outside)
    p.shot("labels-zoomed")
    p.clean()


def test_year_slider_shows_the_partnerships_active_that_year(browser, real_store, real_data, tmp_path):
    p = Page(browser, _real_map(real_store, tmp_path))
    shown = {}
    for year in ("2012", "2016", "2021"):
        p.page.locator("#cg-year").evaluate(
            "(s, y) => { s.value = y; s.dispatchEvent(new Event('input')); }", year
        )
        G = nw.co_partnership_graph(real_data, period=(year, year))
        shown[year] = p.js("() => clustergraphMap.visibleEdgeCount()")
        assert shown[year] == G.number_of_edges()
        assert p.visible() == G.number_of_nodes()
        assert p.page.locator("#cg-year-out").inner_text() == year
    assert len(set(shown.values())) == 3  # the slider changes the edges shown
    p.page.click("#cg-year-all")
    everything = nw.co_partnership_graph(real_data)
    assert p.js("() => clustergraphMap.visibleEdgeCount()") == everything.number_of_edges()
    p.clean()


def test_focus_neighbourhood_and_paths_agree_with_networkx(browser, real_store, real_data, tmp_path):
    import networkx as nx

    G = nw.co_partnership_graph(real_data)
    p = Page(browser, _real_map(real_store, tmp_path))
    iri = {d["iri"]: i for i, d in enumerate(p.js("() => clustergraphMap.data.info"))}
    node_of = {i: n for n, i in iri.items()}
    a = "https://w3id.org/clustergraph/id/org/hamburg-aviation"
    p.js("(i) => clustergraphMap.setFocus(i, 2)", iri[a])
    near = {node_of[i] for i in p.js("() => clustergraphMap.highlighted()")}
    assert near == set(nx.single_source_shortest_path_length(G, a, cutoff=2))
    # paths to an organisation three steps away: every node on a shortest path, no other
    far = next(n for n, d in sorted(nx.single_source_shortest_path_length(G, a).items()) if d == 3)
    p.js("(i) => clustergraphMap.setPathTo(i)", iri[far])
    on_paths = {n for path in nx.all_shortest_paths(G, a, far) for n in path}
    assert {node_of[i] for i in p.js("() => clustergraphMap.highlighted()")} == on_paths
    assert p.js("() => clustergraphMap.paths().len") == 3
    assert p.page.locator("#cg-details h3", has_text="Shortest paths").count() == 1
    p.shot("paths")
    # the suggested partners are those of the Python recommender
    from clustergraph.network.recommend import recommend

    p.js("(i) => clustergraphMap.setFocus(i, 1)", iri[a])
    items = p.page.locator("#cg-recommend li .cg-link").all_inner_texts()
    assert items == [c.label for c in recommend(G, a, 5, data=real_data)]
    p.shot("focus-recommend")
    p.clean()


def test_a_copied_url_reopens_the_same_view(browser, real_store, tmp_path):
    out = _real_map(real_store, tmp_path)
    p = Page(browser, out)
    p.page.click("#cg-layout-buttons button[data-layout='germany']")
    p.page.select_option("#cg-f-kind", "escp")
    p.page.locator("#cg-year").evaluate("(s) => { s.value = '2019'; s.dispatchEvent(new Event('input')); }")
    shown = p.js("() => clustergraphMap.labels()[0].node")  # an organisation the filters keep
    p.js("(i) => clustergraphMap.setFocus(i, 2)", shown)
    p.js(
        "() => { clustergraphMap.network.moveTo({position: {x: 900, y: 1100}, scale: 0.8, animation: false});"
        " clustergraphMap.saveURL(); }"
    )
    url = p.page.url
    before = p.js("() => clustergraphMap.state()")
    counts = "() => [clustergraphMap.visibleEdgeCount(), clustergraphMap.highlighted().sort((a, b) => a - b)]"
    seen = (p.visible(), p.js(counts))
    p.clean()
    q = Page(browser, out)
    q.page.goto(url)  # the same file with the copied fragment, in a fresh page
    q.page.reload()
    q.page.locator("html[data-map-ready='1']").wait_for()
    after = q.js("() => clustergraphMap.state()")
    assert {k: after[k] for k in ("layout", "facets", "kind", "year", "focus", "depth")} == {
        k: before[k] for k in ("layout", "facets", "kind", "year", "focus", "depth")
    }
    assert after["layout"] == "germany" and after["kind"] == "escp" and after["year"] == "2019"
    assert abs(after["scale"] - 0.8) < 1e-3
    assert abs(after["view"]["x"] - 900) < 1 and abs(after["view"]["y"] - 1100) < 1
    assert (q.visible(), q.js(counts)) == seen
    assert q.page.locator("#cg-year-out").inner_text() == "2019"
    assert q.page.locator("#cg-f-kind").input_value() == "escp"
    q.clean()


def test_png_and_svg_exports_are_images_of_the_view(browser, real_store, tmp_path):
    import base64
    import io
    import xml.etree.ElementTree as ET

    from PIL import Image, ImageChops, ImageStat

    p = Page(browser, _real_map(real_store, tmp_path, layout="europe"))
    url = p.js("() => clustergraphMap.exportPNG()")
    assert url.startswith("data:image/png;base64,")
    png = Image.open(io.BytesIO(base64.b64decode(url.split(",", 1)[1]))).convert("RGB")
    box = p.page.locator("#cg-net").bounding_box()
    assert png.size == (round(box["width"]), round(box["height"]))
    shot = Image.open(io.BytesIO(p.page.locator("#cg-net").screenshot())).convert("RGB").resize(png.size)
    diff = ImageStat.Stat(ImageChops.difference(png, shot)).mean
    assert max(diff) < 4, diff  # the export is what the page shows
    assert min(ImageStat.Stat(png).mean) < 250  # and not blank
    SHOTS.mkdir(exist_ok=True)
    png.save(SHOTS / "map-export.png")
    svg = ET.fromstring(p.js("() => clustergraphMap.exportSVG()").split("\n", 1)[1])
    ns = "{http://www.w3.org/2000/svg}"
    assert len(svg.findall(f"{ns}circle")) == p.visible()
    assert len(svg.findall(f"{ns}line")) == p.js("() => clustergraphMap.visibleEdgeCount()")
    texts = [t.text for t in svg.findall(f"{ns}text")]
    assert texts == [lab["text"] for lab in p.js("() => clustergraphMap.labels()")]
    assert len(svg.findall(f"{ns}path")) > 30  # the country borders
    p.clean()


def test_one_language_per_map(browser, real_store, tmp_path):
    (tmp_path / "de").mkdir()
    (tmp_path / "en").mkdir()
    de = Page(browser, _real_map(real_store, tmp_path / "de", lang="de", layout="germany"))
    assert de.js("() => document.documentElement.lang") == "de"
    assert de.page.locator("#cg-layout-buttons").inner_text().split() == ["Kräfte", "Deutschland", "Europa"]
    assert "Bayern" in de.page.locator("#cg-legend").inner_text()
    assert de.page.locator("#cg-f-land option").first.inner_text() == "alle"
    assert "Knoten" in de.page.locator("#cg-status").inner_text()
    assert de.page.locator("#cg-title").inner_text() == "clustergraph: Netzwerk gemeinsamer Partnerschaften"
    german = de.page.locator("#cg-legend").inner_text()
    assert "Deutschland (ohne Angabe des Landes)" in german and "stated" not in german
    de.shot("germany-de")
    de.clean()
    en = Page(browser, _real_map(real_store, tmp_path / "en", lang="en", layout="germany"))
    assert en.js("() => document.documentElement.lang") == "en"
    legend = en.page.locator("#cg-legend").inner_text()
    assert "Bavaria" in legend and "Bayern" not in legend
    assert en.page.locator("#cg-layout-buttons").inner_text().split() == ["Force", "Germany", "Europe"]
    assert en.page.locator("#cg-title").inner_text() == "clustergraph: co-partnership network"
    en.clean()
