"""Interactive network maps: one self-contained, offline HTML file per map, made with PyVis.

A map shows a projection of :mod:`clustergraph.network` (any NetworkX graph whose nodes carry
the plain attributes documented there): nodes coloured by industry, Land, community, label
level or type, sized by a metric, shaped by type; edges as wide as their weight; a tooltip
with the entity's facts, labels and sources; a legend (click an entry to hide it); search by
name; filters by Land, industry, label level, programme, partnership kind and period; a click
highlights a node's neighbourhood; a force layout and geographic layouts (Germany, Europe).

How it stays fast and safe:

* positions are computed in Python (:mod:`clustergraph.views.layout`, cached) and vis-network draws
  them with physics off; PyVis's node and edge lists are filled directly (``Network.from_nx``
  is quadratic);
* above ``aggregate_above`` nodes the map opens aggregated (one node per community or Land,
  a click drills down into it);
* the vis-network JavaScript and CSS that PyVis ships are inlined with the map's own small
  script and style: no CDN, no ``lib/`` folder, nothing loaded from the network;
* every text travels as JSON data (``<``, ``>``, ``&`` escaped) and reaches the page through
  ``textContent``: a name like ``<img src=x onerror=alert(1)>`` shows as text;
* the file is written atomically, and only where it is told.

>>> import networkx as nx
>>> G = nx.Graph([("a", "b")])
>>> G.nodes["a"]["label"] = "<b>A</b>"
>>> html = map_html(G, color_by="type", size_by="degree")
>>> "<b>A</b>" in html, "\\\\u003cb\\\\u003eA" in html
(False, True)
"""

from __future__ import annotations

import datetime as dt
import json
import math
import os
import re
from collections import Counter, defaultdict
from collections.abc import Collection, Hashable, Mapping
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import networkx as nx

from clustergraph.errors import MapError
from clustergraph.network import PROJECTIONS
from clustergraph.views import layout as lay

COLOR_BY = ("industry", "land", "community", "label-level", "type")
SIZE_BY = ("degree", "strength", "betweenness", "pagerank", "partnerships", "none")
LAYOUTS = ("force", "germany", "europe")
GROUP_BY = ("community", "land")
#: Above this many nodes a map opens aggregated (one node per group) unless told otherwise.
AGGREGATE_ABOVE = 3000
SEP = " | "

#: 20 distinguishable colours (Tableau 20 order, strong first); the 20th category on is "other".
PALETTE = (
    "#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1", "#ff9da7",
    "#9c755f", "#2f4b7c", "#a0cbe8", "#ffbe7d", "#8cd17d", "#b6992d", "#499894", "#86bcb6",
    "#d37295", "#fabfd2", "#79706e",
)  # fmt: skip
OTHER, NONE_COLOR = "#bab0ac", "#d5dae0"
LEVEL_COLORS = {"gold": "#d4a017", "silver": "#8e9aa6", "bronze": "#b8733b", "": NONE_COLOR}
#: vis-network shapes by node type / organisation type, and the legend's symbol for each.
SHAPES = {
    "cluster": ("dot", "●"),
    "cluster-management": ("dot", "●"),
    "network": ("hexagon", "⬢"),
    "association": ("hexagon", "⬢"),
    "agency": ("diamond", "◆"),
    "public-authority": ("triangleDown", "▼"),
    "research": ("star", "★"),
    "company": ("square", "■"),
    "partnership": ("square", "■"),
    "industry": ("triangle", "▲"),
    "region": ("star", "★"),
    "person": ("triangle", "▲"),
    "group": ("dot", "●"),
}
_FIELDS = (  # node attribute → the name the tooltip gives it
    ("org_type", "type"),
    ("kind", "partnership kind"),
    ("region_label", "Land / country"),
    ("country", "country"),
    ("lands", "Länder / subdivisions"),
    ("region_type", "region type"),
    ("iso", "ISO code"),
    ("industries", "industries"),
    ("label_en", "English name"),
    ("broader", "broader"),
    ("programmes", "programmes"),
    ("programme", "programme"),
    ("partnerships", "partnerships"),
    ("members", "members"),
    ("organisations", "organisations"),
    ("intra_partnerships", "partnerships inside"),
    ("start", "start"),
    ("end", "end"),
)
_SKIP = {
    "iri",
    "label",
    "type",
    "bipartite",
    "lat",
    "lon",
    "region",
    "industry_ids",
    "label_level",
    "label_date",
}
_SKIP |= {"org_type_guessed", "x", "y"}
_ASSETS = "assets"


# --------------------------------------------------------------------------- inputs


def check_choice(value: str, allowed: Collection[str], what: str) -> str:
    if value not in allowed:
        raise MapError(f"unknown {what} {value!r}; expected one of {', '.join(allowed)}")
    return value


def project(
    data: Any, projection: str = "co-partnership", kinds: Collection[str] | None = None, period: Any = None
) -> nx.Graph:
    """The projection named ``projection`` (see :data:`PROJECTIONS`) of a :class:`NetworkData`."""
    from clustergraph import network as nw

    check_choice(projection, PROJECTIONS, "projection")
    return nw.project(data, projection, kinds, period)


def entity_sources(gs: Any, iris: Collection[str]) -> dict[str, list[tuple[str, str]]]:
    """IRI → the (address, title) of every source that states something about it.

    Each source is a named graph described in the build graph (``prov:wasDerivedFrom``); the
    entity's statements are looked up by subject, one pattern lookup per entity.
    """
    import pyoxigraph as ox

    graphs: dict[str, tuple[str, str]] = {}
    for row in gs.select(
        "SELECT ?g ?src ?title WHERE { ?g <http://www.w3.org/ns/prov#wasDerivedFrom> ?src "
        "OPTIONAL { ?g <http://purl.org/dc/terms/title> ?title } }"
    ):
        graphs[row["g"]] = (str(row["src"]), str(row["title"] or ""))
    out: dict[str, list[tuple[str, str]]] = {}
    for iri in iris:
        if not isinstance(iri, str) or not iri.startswith(("http://", "https://", "urn:")):
            continue
        try:
            node = ox.NamedNode(iri)
        except ValueError:
            continue
        seen = {
            q.graph_name.value
            for q in gs.store.quads_for_pattern(node, None, None, None)
            if isinstance(q.graph_name, ox.NamedNode)  # statements in the default graph have no source
        }
        found = sorted({graphs[g] for g in seen if g in graphs})
        if found:
            out[iri] = found
    return out


# --------------------------------------------------------------------------- metrics and colours


def node_metric(G: nx.Graph, size_by: str) -> dict[Hashable, float]:
    """The value a node's size shows (``none``: 1 for all)."""
    check_choice(size_by, SIZE_BY, "size metric")
    if size_by == "none" or G.number_of_nodes() == 0:
        return dict.fromkeys(G.nodes, 1.0)
    if size_by == "degree":
        return {n: float(d) for n, d in G.degree()}
    if size_by == "strength":
        return {n: float(d) for n, d in G.degree(weight="weight")}
    if size_by == "partnerships":
        return {n: float(G.nodes[n].get("partnerships") or G.nodes[n].get("members") or 0) for n in G}
    from clustergraph.network import analysis as an

    table = an.betweenness(G) if size_by == "betweenness" else an.pagerank(G)
    return {r["node"]: float(r[size_by]) for r in table}


def _split(value: Any) -> list[str]:
    return [v for v in str(value or "").split(SEP) if v]


def color_keys(
    G: nx.Graph, color_by: str, communities: Mapping[Hashable, int] | None = None
) -> dict[Hashable, str]:
    """node → the category its colour stands for ('' = not stated)."""
    check_choice(color_by, COLOR_BY, "colouring")
    out: dict[Hashable, str] = {}
    if color_by == "industry":
        freq = Counter(i for _, d in G.nodes(data=True) for i in _split(d.get("industries")))
        for n, d in G.nodes(data=True):
            if d.get("type") == "industry":
                out[n] = str(d.get("label", n))
            else:
                inds = _split(d.get("industries"))
                out[n] = min(inds, key=lambda i: (-freq[i], i)) if inds else ""
    elif color_by == "land":
        for n, d in G.nodes(data=True):
            out[n] = str(d.get("region_label") or (d.get("label") if d.get("type") == "region" else "") or "")
    elif color_by == "community":
        parts = communities if communities is not None else _communities(G)
        out = {n: f"community {parts[n] + 1}" for n in G}
    elif color_by == "label-level":
        for n, d in G.nodes(data=True):
            out[n] = str(d.get("label_level") or "")
    else:
        for n, d in G.nodes(data=True):
            out[n] = str(d.get("org_type") or d.get("type") or "")
    return out


def _communities(G: nx.Graph, seed: int = 0) -> dict[Hashable, int]:
    from clustergraph.network import analysis as an

    if G.number_of_nodes() == 0:
        return {}
    return an.communities(G, seed=seed).membership


def palette(keys: Mapping[Hashable, str], color_by: str) -> list[dict[str, Any]]:
    """Legend entries, most frequent first: key, label, colour, count."""
    counts = Counter(keys.values())
    entries = []
    if color_by == "label-level":
        for level in ("gold", "silver", "bronze", ""):
            if counts[level]:
                entries.append(
                    {"key": level, "label": level or "no current label", "color": LEVEL_COLORS[level]}
                )
    else:
        named = sorted((k for k in counts if k), key=lambda k: (-counts[k], k))
        for i, k in enumerate(named):
            entries.append({"key": k, "label": k, "color": PALETTE[i] if i < len(PALETTE) else OTHER})
        if counts[""]:
            entries.append({"key": "", "label": "not stated", "color": NONE_COLOR})
    for e in entries:
        e["count"] = counts[e["key"]]
    return entries


# --------------------------------------------------------------------------- the payload


def _spans_of_period(kind: str, period: str) -> list[str]:
    start, _, end = str(period or "").partition("–")
    return [kind, start, end]


def _edge_spans(d: Mapping[str, Any], data: Any) -> list[list[str]]:
    """(kind, start, end) of each partnership behind an edge."""
    iris = _split(d.get("partnerships"))
    if data is not None and iris and all(i in data.partnerships for i in iris):
        return [
            [data.partnerships[i].kind, data.partnerships[i].start, data.partnerships[i].end] for i in iris
        ]
    if "kind" in d:  # organisation-partnership edges
        return [_spans_of_period(str(d["kind"]), str(d.get("period", "")))]
    kinds, periods = (
        _split(d.get("kinds")),
        str(d.get("periods") or "").split(SEP) if d.get("periods") else [],
    )
    if len(kinds) == 1:
        return [_spans_of_period(kinds[0], p) for p in periods] or [[kinds[0], "", ""]]
    return [_spans_of_period(k, p) for k in kinds for p in periods]


def _node_spans(G: nx.Graph, edge_spans: list[list[list[str]]], data: Any) -> dict[Hashable, list[list[str]]]:
    """An organisation's (kind, start, end) for the kind and period filters: those of its
    partnerships in the data (of the projection's kinds and period) where the data is given,
    else those of its edges' partnerships."""
    out: dict[Hashable, set[tuple[str, ...]]] = defaultdict(set)
    for (u, v, d), spans in zip(G.edges(data=True), edge_spans, strict=True):
        if d.get("kind") is not None:  # an organisation–partnership edge: the partnership node has it
            continue
        for sp in spans:
            out[u].add(tuple(sp))
            out[v].add(tuple(sp))
    if data is not None and G.graph.get("projection") == "co-partnership":
        from clustergraph.network import parse_period, select_partnerships

        period = parse_period(G.graph["period"]) if G.graph.get("period") else None
        kinds = set(_split(G.graph.get("kinds"))) or None
        chosen = {p.iri: p for p in select_partnerships(data, kinds, period)}
        mine: dict[Hashable, set[tuple[str, ...]]] = defaultdict(set)
        for p in chosen.values():
            for o in data.members.get(p.iri, {}):
                mine[o].add((p.kind, p.start, p.end))
        for n in G:  # all of its partnerships, also those it is the only member of in the projection
            if n in mine:
                out[n] = mine[n]
    return {n: [list(sp) for sp in sorted(spans)] for n, spans in out.items()}


def _facets(d: Mapping[str, Any]) -> dict[str, list[str]]:
    """The filter values of a node; a facet the node has no part in is left out (neutral)."""
    t = d.get("type")
    if t == "organisation":
        return {
            "land": [str(d.get("region"))] if d.get("region") else [],
            "industry": _split(d.get("industries")),
            "level": [str(d.get("label_level") or "none")],
            "programme": _split(d.get("programmes")),
        }
    if t == "industry":
        return {"industry": [str(d.get("label", ""))]}
    if t == "region":
        return {"land": [str(d.get("iso") or "")]}
    return {}


def _facts(
    G: nx.Graph, n: Hashable, d: Mapping[str, Any], data: Any, metric: tuple[str, float]
) -> list[list[str]]:
    facts: list[list[str]] = []
    done = set(_SKIP)
    for key, name in _FIELDS:
        v = d.get(key)
        done.add(key)
        if v is None or v == "" or (key == "country" and d.get("region") == v):
            continue
        text = str(v).replace(SEP, ", ")
        if key == "org_type" and d.get("org_type_guessed"):
            text += " (guessed from the name)"
        facts.append([name, text])
    if d.get("label_level"):
        facts.append(
            ["current label", f"{d['label_level']} (awarded {d.get('label_date') or 'date unknown'})"]
        )
    org = data.organisations.get(n) if data is not None else None
    if org is not None:
        if org.awards:
            history = ", ".join(
                f"{lvl or 'label'} {date}".strip() for lvl, date, _ in sorted(org.awards, key=lambda a: a[1])
            )
            facts.append(["label awards", history])
        alt = sorted(a for a in org.alt_labels if a != d.get("label"))
        if alt:
            facts.append(["also known as", ", ".join(alt)])
    for key, v in d.items():
        if key not in done and v not in (None, "") and not isinstance(v, dict | list):
            facts.append([key.replace("_", " "), str(v).replace(SEP, ", ")])
    facts.append(["partners (degree)" if d.get("type") == "organisation" else "degree", str(G.degree(n))])
    if metric[0] not in ("none", "degree", "partnerships"):
        facts.append([metric[0], f"{metric[1]:.4g}"])
    return facts


@dataclass
class MapInfo:
    """What was drawn: node and edge counts, whether the map opens aggregated, its groups."""

    nodes: int
    edges: int
    aggregated: bool
    groups: int
    path: Path | None = None


def build_network(
    G: nx.Graph,
    *,
    title: str = "clustergraph map",
    color_by: str = "land",
    size_by: str = "degree",
    layout: str = "force",
    sources: Mapping[str, list[tuple[str, str]]] | None = None,
    data: Any = None,
    aggregate: bool | None = None,
    aggregate_above: int = AGGREGATE_ABOVE,
    group_by: str = "community",
    seed: int = 0,
    cache_dir: Path | str | None = None,
) -> tuple[Any, dict[str, Any], MapInfo]:
    """The PyVis :class:`~pyvis.network.Network` of a map and the map's own data (see :func:`map_html`)."""
    from pyvis.network import Network

    check_choice(layout, LAYOUTS, "layout")
    check_choice(group_by, GROUP_BY, "grouping")
    if not isinstance(G, nx.Graph) or G.is_directed() or G.is_multigraph():
        raise MapError(f"a map needs an undirected networkx.Graph, got {type(G).__name__}")
    nodes = list(G.nodes)
    index = {n: i for i, n in enumerate(nodes)}
    metric = node_metric(G, size_by)
    aggregated = G.number_of_nodes() > aggregate_above if aggregate is None else bool(aggregate)
    need_comms = color_by == "community" or (aggregated and group_by == "community")
    comms = _communities(G, seed) if need_comms else None
    keys = color_keys(G, color_by, comms)
    legend = palette(keys, color_by)
    colour = {e["key"]: e["color"] for e in legend}

    # groups (for aggregation): community or Land of each node
    member_group: dict[Hashable, str] = {}
    for n, d in G.nodes(data=True):
        if group_by == "community":
            member_group[n] = f"community {comms[n] + 1}" if comms is not None else ""
        else:
            member_group[n] = str(d.get("region_label") or d.get("country") or "no region stated")
    sizes = Counter(member_group.values())
    group_names = sorted(sizes, key=lambda g: (-sizes[g], g)) if aggregated else []
    group_index = {g: i for i, g in enumerate(group_names)}

    # positions
    layouts: dict[str, dict[str, Any]] = {}
    has_geo = any("lat" in d and "lon" in d for _, d in G.nodes(data=True))
    if aggregated:
        groups = defaultdict(list)
        for n in nodes:
            groups[member_group[n]].append(n)
        gpos, mpos = lay.group_layout(G, groups, seed=seed, cache_dir=cache_dir)
        layouts["force"] = {"nodes": [mpos[n] for n in nodes], "groups": [gpos[g] for g in group_names]}
    else:
        pos = lay.force_layout(G, seed=seed, cache_dir=cache_dir)
        layouts["force"] = {"nodes": [pos[n] for n in nodes]}
    placement: dict[str, dict[Hashable, str]] = {}
    if has_geo or layout != "force":
        for extent in ("germany", "europe"):
            geo = lay.geo_layout(G, extent)
            entry: dict[str, Any] = {"nodes": [geo.positions[n] for n in nodes], **geo.to_json()}
            if aggregated:
                acc: dict[str, list[tuple[float, float]]] = defaultdict(list)
                for n in nodes:
                    if geo.placement[n] != "none":
                        acc[member_group[n]].append(geo.positions[n])
                entry["groups"] = [
                    _mean(acc[g]) if acc[g] else entry["nodes"][index[groups[g][0]]] for g in group_names
                ]
            layouts[extent] = entry
            placement[extent] = geo.placement
    start_layout = layout if layout in layouts else "force"

    # the kind and period of each edge's partnerships; a node's are those of its edges
    edge_spans = [_edge_spans(d, data) for _, _, d in G.edges(data=True)]
    node_spans = _node_spans(G, edge_spans, data)

    # PyVis network: lists filled directly (Network.from_nx / add_node are quadratic)
    net = Network(height="100%", width="100%", directed=False, cdn_resources="in_line", heading="")
    xy = layouts[start_layout]["nodes"]
    values = [metric.get(n, 0.0) for n in nodes]
    net.nodes = []
    infos = []
    for i, n in enumerate(nodes):
        d = G.nodes[n]
        kind = str(d.get("org_type") or d.get("type") or "")
        shape = SHAPES.get(kind, ("dot", "●"))[0]
        net.nodes.append(
            {
                "id": i,
                "label": str(d.get("label", n)),
                "x": xy[i][0],
                "y": xy[i][1],
                "value": round(values[i], 6),
                "shape": shape,
                "color": colour.get(keys[n], OTHER),
            }
        )
        iri = str(d.get("iri") or n)
        info: dict[str, Any] = {
            "k": kind or "node",
            "c": keys[n],
            "f": _facts(G, n, d, data, (size_by, values[i])),
            "s": [[u, t] for u, t in (sources or {}).get(iri, [])],
            "a": _facets(d),
            "iri": iri if iri.startswith(("http://", "https://")) else "",
        }
        if d.get("type") == "partnership":
            info["sp"] = [[str(d.get("kind", "")), str(d.get("start", "")), str(d.get("end", ""))]]
        elif node_spans.get(n):
            info["sp"] = node_spans[n]
        if aggregated:
            info["g"] = group_index[member_group[n]]
        where = {e: placement[e][n] for e in placement if placement[e][n] != "exact"}
        if where:
            info["p"] = where
        infos.append(info)
    net.node_ids = list(range(len(nodes)))
    net.node_map = {node["id"]: node for node in net.nodes}
    net.edges = []
    edge_infos = []
    for k, (u, v, d) in enumerate(G.edges(data=True)):
        w = float(d.get("weight", 1) or 1)
        net.edges.append(
            {"id": k, "from": index[u], "to": index[v], "width": round(1 + 1.6 * math.log2(max(w, 1)), 2)}
        )
        facts = [["weight", f"{w:g}"]]
        labels = _split(d.get("partnership_labels"))
        if labels:
            facts.append(["partnerships", ", ".join(labels)])
        for key in ("kinds", "kind", "periods", "period", "roles"):
            if d.get(key):
                facts.append([key, str(d[key]).replace(SEP, ", ")])
        edge_infos.append({"f": facts, "sp": edge_spans[k], "w": w})
    big = len(nodes) > 1000
    net.options = {
        "autoResize": True,
        "physics": {"enabled": False},
        "layout": {"improvedLayout": False, "randomSeed": seed},
        "nodes": {
            "borderWidth": 1,
            "scaling": {
                "min": 6,
                "max": 36,
                "label": {"enabled": True, "min": 9, "max": 24, "drawThreshold": 10, "maxVisible": 26},
            },
            "font": {
                "face": "system-ui, sans-serif",
                "color": "#1f2933",
                "strokeWidth": 3,
                "strokeColor": "#ffffff",
            },
        },
        "edges": {
            "smooth": False,
            "color": {"color": "#8a97a5", "highlight": "#1f2933", "hover": "#1f2933", "opacity": 0.45},
            "selectionWidth": 2,
        },
        "interaction": {
            "hover": True,
            "tooltipDelay": 120,
            "hideEdgesOnDrag": big,
            "hideEdgesOnZoom": big,
            "navigationButtons": False,
            "keyboard": False,
        },
    }
    group_colours = _group_colours(member_group, keys, colour) if aggregated else {}
    shapes_used = Counter(str(G.nodes[n].get("org_type") or G.nodes[n].get("type") or "") for n in nodes)
    filters = _filter_options(G)
    payload: dict[str, Any] = {
        "title": title,
        "info": infos,
        "edgeInfo": edge_infos,
        "layouts": layouts,
        "layout": start_layout,
        "legend": {
            "colorBy": color_by,
            "sizeBy": size_by,
            "colors": legend,
            "shapes": [
                {"key": s, "symbol": SHAPES.get(s, ("dot", "●"))[1], "count": c}
                for s, c in sorted(shapes_used.items(), key=lambda x: (-x[1], x[0]))
            ],
            "size": [round(min(values), 4), round(max(values), 4)] if values else [0, 0],
        },
        "filters": filters,
        "groups": (
            [
                {
                    "name": g,
                    "size": sizes[g],
                    "r": round(lay.group_radius(sizes[g]) * lay.GROUP_FILL, 1),
                    "color": group_colours[g],
                }
                for g in group_names
            ]
            if aggregated
            else None
        ),
        "generated": dt.date.today().isoformat(),
        "counts": {"nodes": len(nodes), "edges": G.number_of_edges()},
    }
    info = MapInfo(len(nodes), G.number_of_edges(), aggregated, len(group_names))
    return net, payload, info


def _mean(xys: list[tuple[float, float]]) -> tuple[float, float]:
    return (
        round(sum(p[0] for p in xys) / len(xys), 2),
        round(sum(p[1] for p in xys) / len(xys), 2),
    )


def _group_colours(
    member_group: Mapping[Hashable, str], keys: Mapping[Hashable, str], colour: Mapping[str, str]
) -> dict[str, str]:
    """Each group's colour: that of the most common colour category among its members."""
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for n, g in member_group.items():
        counts[g][keys[n]] += 1
    return {g: colour.get(max(c, key=lambda k: (c[k], k != "", k)), OTHER) for g, c in counts.items()}


def _filter_options(G: nx.Graph) -> dict[str, list[list[Any]]]:
    """The values each filter offers: [value, text, count], most frequent first."""
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    names: dict[str, dict[str, str]] = defaultdict(dict)
    for _, d in G.nodes(data=True):
        for facet, values in _facets(d).items():
            for v in values:
                counts[facet][v] += 1
        if d.get("type") == "organisation" and d.get("region"):
            names["land"][str(d["region"])] = f"{d.get('region_label') or d['region']} ({d['region']})"
        if d.get("type") == "region" and d.get("iso"):
            names["land"][str(d["iso"])] = f"{d.get('label') or d['iso']} ({d['iso']})"
    kinds: Counter[str] = Counter()
    years: list[int] = []
    for _, _, d in G.edges(data=True):
        for kind, start, end in _edge_spans(d, None):
            kinds[kind] += 1
            years.extend(int(x[:4]) for x in (start, end) if re.match(r"\d{4}", x))
    for _, d in G.nodes(data=True):
        if d.get("type") == "partnership":
            kinds[str(d.get("kind", ""))] += 1
            years.extend(
                int(str(x)[:4]) for x in (d.get("start"), d.get("end")) if re.match(r"\d{4}", str(x or ""))
            )
    out: dict[str, list[list[Any]]] = {}
    for facet in ("land", "industry", "level", "programme"):
        c = counts.get(facet, Counter())
        out[facet] = [
            [v, names[facet].get(v, v), n] for v, n in sorted(c.items(), key=lambda x: (-x[1], x[0])) if v
        ]
    out["kind"] = [[k, k, n] for k, n in sorted(kinds.items(), key=lambda x: (-x[1], x[0])) if k]
    out["years"] = [[min(years), max(years)]] if years else []
    return out


# --------------------------------------------------------------------------- HTML


def _asset(name: str) -> str:
    return resources.files("clustergraph.views").joinpath(_ASSETS, name).read_text(encoding="utf-8")


def _vis_asset(name: str) -> str:
    return resources.files("pyvis").joinpath("lib", "vis-9.1.2", name).read_text(encoding="utf-8")


def _script_safe(text: str, tag: str) -> str:
    """Text that cannot close its ``<script>`` / ``<style>`` element early."""
    return re.sub(rf"</({tag})", r"<\\/\1", text, flags=re.IGNORECASE)


def json_for_html(value: Any) -> str:
    """JSON that is safe inside an HTML ``<script type="application/json">`` element.

    >>> json_for_html({"name": "</script><img src=x>"})
    '{"name": "\\\\u003c/script\\\\u003e\\\\u003cimg src=x\\\\u003e"}'
    """
    text = json.dumps(value, ensure_ascii=False, allow_nan=False)
    return (
        text.replace("&", "\\u0026")
        .replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )


def map_html(G: nx.Graph, **options: Any) -> str:
    """The map of ``G`` as one self-contained HTML page (options: see :func:`write_map`)."""
    return _render(G, **options)[0]


def _render(G: nx.Graph, **options: Any) -> tuple[str, MapInfo]:
    from jinja2 import Environment

    net, payload, info = build_network(G, **options)
    nodes, edges, _heading, _h, _w, vis_options = net.get_network_data()
    data = {"nodes": nodes, "edges": edges, "options": json.loads(vis_options), **payload}
    env = Environment(autoescape=True)
    template = env.from_string(_asset("map.html"))
    html = template.render(
        title=payload["title"],
        vis_css=_script_safe(_vis_asset("vis-network.css"), "style"),
        vis_js=_script_safe(_vis_asset("vis-network.min.js"), "script"),
        map_css=_script_safe(_asset("map.css"), "style"),
        map_js=_script_safe(_asset("map.js"), "script"),
        data=_script_safe(json_for_html(data), "script"),
    )
    return html, info


def _check_output(output: Path | str) -> Path:
    output = Path(output)
    if output.suffix.lower() not in (".html", ".htm"):
        raise MapError(f"{output}: a map is written to an .html file; give a path ending in .html")
    if output.is_dir():
        raise MapError(f"{output} is a directory; give the path of an .html file")
    return output


def write_map(G: nx.Graph, output: Path | str, **options: Any) -> MapInfo:
    """Write the map of ``G`` to ``output`` (an ``.html`` file, written atomically); nothing else is written.

    Options: ``title``; ``color_by`` (:data:`COLOR_BY`); ``size_by`` (:data:`SIZE_BY`);
    ``layout`` (:data:`LAYOUTS`: the layout it opens with; the page can switch);
    ``sources`` (IRI → [(address, title)], see :func:`entity_sources`); ``data`` (the
    :class:`~clustergraph.network.NetworkData` the graph was projected from: label award
    history, other names, each partnership's kind and period); ``aggregate`` (True, False, or
    None = above ``aggregate_above`` nodes); ``group_by`` (:data:`GROUP_BY`); ``seed``;
    ``cache_dir`` (where force layouts are cached).
    """
    from clustergraph.graph.store import write_atomically

    output = _check_output(output)
    html, info = _render(G, **options)
    write_atomically(output, html)
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(output, 0o666 & ~umask)  # an ordinary file to share, not the temp file's 0600
    info.path = output
    return info


def make_map(
    store: Path | str,
    output: Path | str,
    *,
    projection: str = "co-partnership",
    kinds: Collection[str] | None = None,
    period: str | None = None,
    **options: Any,
) -> MapInfo:
    """Read the built graph at ``store``, project it and write its map to ``output``.

    >>> make_map("build/graph", "build/map.html", color_by="land", layout="germany")  # doctest: +SKIP
    MapInfo(nodes=439, edges=1956, aggregated=False, groups=0, path=PosixPath('build/map.html'))
    """
    from clustergraph import network as nw
    from clustergraph.graph.store import GraphStore

    check_choice(projection, PROJECTIONS, "projection")
    for key, allowed, what in (
        ("color_by", COLOR_BY, "colouring"),
        ("size_by", SIZE_BY, "size metric"),
        ("layout", LAYOUTS, "layout"),
        ("group_by", GROUP_BY, "grouping"),
    ):
        if key in options:
            check_choice(options[key], allowed, what)
    _check_output(output)
    span = nw.parse_period(period) if period else None
    gs = GraphStore.open(store)
    data = nw.read_network(gs, people=projection == "person-organisation")
    G = project(data, projection, kinds, span)
    sources = entity_sources(gs, [str(d.get("iri") or n) for n, d in G.nodes(data=True)])
    options.setdefault("title", f"clustergraph: {projection} network")
    return write_map(G, output, sources=sources, data=data, **options)
