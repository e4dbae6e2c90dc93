"""Map benchmark: time until a network map is interactive in headless Chromium, ours vs pyvis defaults.

For the real default map (``--store``: 439 organisations), and for synthetic co-partnership
graphs of 500, 5,000 and 20,000 organisations (the attributes of
:mod:`clustergraph.network`, about four ties per node, communities by region), in one run:

* **pyvis defaults** — ``Network(cdn_resources="in_line")``, ``Network.from_nx(G)``,
  ``write_html``: physics on, vis-network's own stabilisation. Interactive = vis-network's
  ``stabilizationIterationsDone`` event (before it the page is busy placing nodes).
* **ours** — :func:`clustergraph.views.write_map`: positions computed in Python (cached after
  the first run; the cold layout time is reported apart), physics off. Interactive = the
  first ``afterDrawing`` event of vis-network, when the map's controls are wired up
  (``window.clustergraphMap.readyAt``). Measured with every node drawn (``--no-aggregate``)
  and, above 3,000 nodes, as the map opens by default (aggregated by community; a click opens
  a community). Also the **frame time when panning**: the median time of one synchronous
  redraw of vis-network's canvas after moving the view (``clustergraphMap.frameTime``: the
  view shifted 30 times; labels, borders and all drawn nodes and edges included).
* pyvis defaults are measured up to ``--pyvis-max`` nodes (500 by default; at 5,000 they did
  not stabilise within 420 s in the last run, see benchmarks/README.md).

Both times are ``performance.now()`` in the page at that event, i.e. milliseconds from the
start of the navigation (``page.goto``) of a ``file://`` page; every network request is
refused. Chromium is Debian's (``chromium`` on PATH), run headless with software rendering.
Run under the shared lock (the 5,000-node pyvis page takes minutes)::

    flock /work/tmp/bench.lock .venv/bin/python benchmarks/bench_map.py
    .venv/bin/python benchmarks/bench_map.py --sizes 500 --timeout 120     # quick look
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from itertools import combinations
from pathlib import Path
from typing import Any

import networkx as nx

ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"]
LANDS = [
    ("DE-BW", "Baden-Württemberg", 48.66, 9.35), ("DE-BY", "Bayern", 48.79, 11.5),
    ("DE-BE", "Berlin", 52.52, 13.4), ("DE-HH", "Hamburg", 53.55, 10.0),
    ("DE-HE", "Hessen", 50.65, 9.16), ("DE-NI", "Niedersachsen", 52.64, 9.85),
    ("DE-NW", "Nordrhein-Westfalen", 51.43, 7.66), ("DE-SN", "Sachsen", 51.1, 13.2),
    ("DE-TH", "Thüringen", 50.98, 11.03), ("DE-SH", "Schleswig-Holstein", 54.22, 9.7),
]  # fmt: skip
COUNTRIES = ["FR", "IT", "ES", "NL", "PL", "AT", "BE", "DK", "SE", "CZ"]
INDUSTRIES = ["Photonik", "Automotive", "Gesundheit", "Energie", "IT", "Chemie", "Luftfahrt", "Logistik"]
KINDS = ["eurocluster", "escp", "project", "mou", "bilateral"]


def synthetic_graph(n: int, seed: int = 1) -> nx.Graph:
    """A co-partnership graph of ``n`` organisations with the attributes of the real projections."""
    rng = random.Random(seed)
    G = nx.Graph(projection="co-partnership")
    regions = [(code, name, lat, lon, "DE") for code, name, lat, lon in LANDS] + [
        (c, c, None, None, c) for c in COUNTRIES
    ]
    by_region: dict[str, list[str]] = defaultdict(list)
    for i in range(n):
        code, name, lat, lon, country = rng.choice(regions)
        iri = f"https://w3id.org/clustergraph/id/org/synthetic-{i}"
        attrs: dict[str, Any] = {
            "iri": iri,
            "label": f"Cluster {i} {name}",
            "type": "organisation",
            "org_type": rng.choice(["cluster"] * 6 + ["agency", "research", "network"]),
            "region": code,
            "region_label": name,
            "country": country,
            "industries": " | ".join(sorted(rng.sample(INDUSTRIES, rng.choice([0, 1, 1, 2])))),
            "label_level": rng.choice(["", "", "bronze", "silver", "gold"]),
            "programmes": rng.choice(["", "go-cluster"]),
        }
        if lat is not None:
            attrs["lat"], attrs["lon"] = lat + rng.uniform(-0.6, 0.6), lon + rng.uniform(-0.8, 0.8)
        G.add_node(iri, **attrs)
        by_region[code].append(iri)
    nodes = list(G.nodes)
    for p in range(max(1, n // 3)):
        home = by_region[rng.choice(list(by_region))]
        size = rng.choice([2, 3, 3, 4, 4, 5, 6, 8])
        members = {rng.choice(home) if rng.random() < 0.7 else rng.choice(nodes) for _ in range(size)}
        kind = rng.choice(KINDS)
        start = rng.randint(2008, 2022)
        for a, b in combinations(sorted(members), 2):
            d = G.get_edge_data(a, b)
            label, period = f"Partnership {p}", f"{start}–{start + rng.randint(1, 5)}"
            if d:
                d["weight"] += 1
                d["partnership_labels"] += " | " + label
                d["kinds"] = " | ".join(sorted(set(d["kinds"].split(" | ")) | {kind}))
                d["periods"] += " | " + period
            else:
                G.add_edge(a, b, weight=1, partnership_labels=label, kinds=kind, periods=period)
    for iri in nodes:
        G.nodes[iri]["partnerships"] = G.degree(iri)
    return G


def pyvis_default_html(G: nx.Graph, path: Path) -> float:
    """Write the map as pyvis does by default; returns the seconds from_nx + write_html took."""
    from pyvis.network import Network

    H = nx.Graph()
    H.add_nodes_from((n, {"label": d["label"]}) for n, d in G.nodes(data=True))
    H.add_edges_from((u, v, {"weight": d["weight"]}) for u, v, d in G.edges(data=True))
    t = time.perf_counter()
    net = Network(height="900px", width="100%", cdn_resources="in_line")
    net.from_nx(H)
    net.write_html(str(path))  # in_line: no lib/ folder (still links Bootstrap on a CDN: refused below)
    return time.perf_counter() - t


HOOK = """
(() => {
  let value;
  Object.defineProperty(window, 'network', {
    configurable: true,
    get() { return value; },
    set(v) {
      value = v;
      const done = () => { window.__benchDone = performance.now(); };
      if (v && v.once) v.once('stabilizationIterationsDone', done);
    },
  });
})();
"""


def time_page(
    browser: Any, path: Path, ours: bool, timeout: float, frames: dict[str, float] | None = None
) -> tuple[float | None, list[str]]:
    """Milliseconds from navigation start until the page is interactive (None: timed out).

    ``frames``: for our map, gets ``"frame_ms"``, the median redraw time while panning."""
    # bypass_csp: our page forbids eval, which Playwright's wait_for_function needs
    page = browser.new_page(viewport={"width": 1400, "height": 900}, bypass_csp=True)
    refused: list[str] = []

    def route(r: Any) -> None:
        if r.request.url.startswith(("file:", "data:")):
            r.continue_()
        else:
            refused.append(r.request.url)
            r.abort()

    page.route("**/*", route)
    if not ours:
        page.add_init_script(HOOK)
    try:
        page.goto(path.as_uri(), wait_until="commit", timeout=timeout * 1000)
        probe = "window.clustergraphMap && window.clustergraphMap.readyAt" if ours else "window.__benchDone"
        page.wait_for_function(probe, timeout=timeout * 1000, polling=100)
        ms = float(page.evaluate(f"({probe})"))
        if ours and frames is not None:
            frames["frame_ms"] = float(page.evaluate("() => clustergraphMap.frameTime(30)"))
    except Exception as exc:  # playwright's TimeoutError
        if "Timeout" not in type(exc).__name__ and "Timeout" not in str(exc):
            raise
        ms = None
    finally:
        page.close()
    return ms, refused


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[500, 5000, 20000])
    ap.add_argument("--store", type=Path, default=None, help="a built store: also time its default map")
    ap.add_argument("--pyvis-max", type=int, default=500, help="largest size to time pyvis defaults at")
    ap.add_argument("--repeat", type=int, default=3, help="runs of our map per size (median)")
    ap.add_argument("--pyvis-repeat", type=int, default=1, help="runs of pyvis defaults per size")
    ap.add_argument(
        "--timeout", type=float, default=420.0, help="seconds before a page counts as '> timeout'"
    )
    ap.add_argument("--json", type=Path, default=None, help="also write the figures here")
    args = ap.parse_args(argv)

    from playwright.sync_api import sync_playwright

    from clustergraph.views import layout, write_map

    exe = shutil.which("chromium")
    if not exe:
        print("error: Debian's chromium is not on PATH (apt-get install chromium)", file=sys.stderr)
        return 2
    rows = []
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=exe, args=ARGS)
        if args.store is not None:
            from clustergraph.views import make_map

            real = Path(tmp) / "real.html"
            t = time.perf_counter()
            info = make_map(args.store, real, cache_dir=Path(tmp) / "cache")
            write_s = time.perf_counter() - t
            runs, frames = [], []
            for _ in range(args.repeat):
                f: dict[str, float] = {}
                runs.append(time_page(browser, real, True, args.timeout, f)[0])
                frames.append(f.get("frame_ms"))
            row = {"nodes": info.nodes, "edges": info.edges, "real": True, "ours_write_s": round(write_s, 2)}
            row["ours_ms"] = [round(x) if x else None for x in runs]
            row["frame_ms"] = [round(x, 1) if x else None for x in frames]
            rows.append(row)
            print(
                f"real default map: {info.nodes} nodes, {info.edges} edges: interactive "
                f"{_med(row['ours_ms'])} ms (runs {row['ours_ms']}), frame while panning "
                f"{_med(row['frame_ms'])} ms (runs {row['frame_ms']}); written in {write_s:.2f} s"
            )
        for n in args.sizes:
            G = synthetic_graph(n)
            cache = Path(tmp) / "cache"
            t = time.perf_counter()
            layout.force_layout(G, cache_dir=cache)
            cold_layout = time.perf_counter() - t
            row = {"nodes": n, "edges": G.number_of_edges(), "layout_cold_s": round(cold_layout, 2)}
            variants = [("all", False)] + ([("aggregated", True)] if n > 3000 else [])
            for name, agg in variants:
                out = Path(tmp) / f"ours-{name}-{n}.html"
                t = time.perf_counter()
                write_map(G, out, aggregate=agg, cache_dir=cache, size_by="degree")
                row[f"{name}_write_s"] = round(time.perf_counter() - t, 2)
                runs, frames = [], []
                for _ in range(args.repeat):
                    f = {}
                    runs.append(time_page(browser, out, True, args.timeout, f)[0])
                    frames.append(f.get("frame_ms"))
                row[f"{name}_ms"] = [round(x) if x else None for x in runs]
                row[f"{name}_frame_ms"] = [round(x, 1) if x else None for x in frames]
            row["ours_ms"] = row["all_ms"]
            if n <= args.pyvis_max:
                peer = Path(tmp) / f"pyvis-{n}.html"
                row["pyvis_write_s"] = round(pyvis_default_html(G, peer), 2)
                peer_ms = []
                for _ in range(args.pyvis_repeat):
                    ms, refused = time_page(browser, peer, False, args.timeout)
                    peer_ms.append(ms)
                    row["pyvis_refused_requests"] = len(refused)
                row["pyvis_ms"] = [round(x, 0) if x else None for x in peer_ms]
            rows.append(row)
            _report(row, args.timeout)
        browser.close()
    if args.json:
        args.json.write_text(json.dumps(rows, indent=2), encoding="utf-8")
    return 0


def _med(xs: list[float | None]) -> float | None:
    good = [x for x in xs if x is not None]
    return statistics.median(good) if good and len(good) == len(xs) else None


def _report(row: dict[str, Any], timeout: float) -> None:
    n = row["nodes"]
    parts = [f"{n:>6,} nodes {row['edges']:>7,} edges (cold layout {row['layout_cold_s']} s)"]
    for name in ("all", "aggregated"):
        if f"{name}_ms" not in row:
            continue
        ms, fr = _med(row[f"{name}_ms"]), _med(row[f"{name}_frame_ms"])
        text = f"{ms / 1000:.2f} s" if ms is not None else f"> {timeout:.0f} s"
        parts.append(
            f"{'every node drawn' if name == 'all' else 'aggregated (default)'}: interactive {text} "
            f"(runs {row[f'{name}_ms']} ms), frame while panning {fr} ms (runs {row[f'{name}_frame_ms']}), "
            f"HTML written in {row[f'{name}_write_s']} s"
        )
    if "pyvis_ms" in row:
        peer, ours = _med(row["pyvis_ms"]), _med(row["all_ms"])
        peer_text = f"{peer / 1000:.1f} s" if peer is not None else f"> {timeout:.0f} s (timeout)"
        ratio = f"{peer / ours:.0f}x sooner" if peer and ours else "n/a"
        parts.append(f"pyvis defaults {peer_text} (from_nx + write {row['pyvis_write_s']} s): ours {ratio}")
    print("\n        ".join(parts))
    default = row.get("aggregated_ms") or row.get("all_ms")
    target = {5000: 5000.0}.get(n)
    if target and _med(default) is not None:
        print(
            f"        target: {n:,} nodes interactive within {target / 1000:.0f} s: "
            f"{'PASS' if _med(default) <= target else 'FAIL'}"
        )
    sys.stdout.flush()


if __name__ == "__main__":
    sys.exit(main())
