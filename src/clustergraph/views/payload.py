"""The data a map embeds: node and edge lists with positions, tooltips, filters, legend and groups.

:func:`build_network` turns a graph into PyVis's node and edge lists (filled directly:
``Network.from_nx`` is quadratic) and the map's own data: every text the page shows travels
here as data, never as HTML (see :mod:`clustergraph.views.maps`).
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections import Counter, defaultdict
from collections.abc import Hashable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import networkx as nx

from clustergraph.errors import MapError
from clustergraph.views import layout as lay
from clustergraph.views.style import (
    AGGREGATE_ABOVE,
    GROUP_BY,
    LAYOUTS,
    OTHER,
    SEP,
    SHAPES,
    check_choice,
    color_keys,
    communities,
    legend_key,
    node_metric,
    palette,
    split_values,
)
from clustergraph.views.text import FIELDS, WORDS, check_lang

#: Above this many nodes a map carries no partner suggestions (each costs a pass over the graph).
RECOMMEND_UP_TO = 2000
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


def _spans_of_period(kind: str, period: str) -> list[str]:
    start, _, end = str(period or "").partition("–")
    return [kind, start, end]


def _edge_spans(d: Mapping[str, Any], data: Any) -> list[list[str]]:
    """(kind, start, end) of each partnership behind an edge."""
    iris = split_values(d.get("partnerships"))
    if data is not None and iris and all(i in data.partnerships for i in iris):
        return [
            [data.partnerships[i].kind, data.partnerships[i].start, data.partnerships[i].end] for i in iris
        ]
    if "kind" in d:  # organisation-partnership edges
        return [_spans_of_period(str(d["kind"]), str(d.get("period", "")))]
    kinds, periods = (
        split_values(d.get("kinds")),
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
        kinds = set(split_values(G.graph.get("kinds"))) or None
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
            "industry": split_values(d.get("industries")),
            "level": [str(d.get("label_level") or "none")],
            "programme": split_values(d.get("programmes")),
        }
    if t == "industry":
        return {"industry": [str(d.get("label", ""))]}
    if t == "region":
        return {"land": [str(d.get("iso") or "")]}
    return {}


def _facts(
    G: nx.Graph, n: Hashable, d: Mapping[str, Any], data: Any, metric: tuple[str, float], lang: str = "en"
) -> list[list[str]]:
    facts: list[list[str]] = []
    done = set(_SKIP)
    w = WORDS[lang]
    for key, name in FIELDS[lang].items():
        v = d.get(key)
        done.add(key)
        if v is None or v == "" or (key == "country" and d.get("region") == v):
            continue
        text = str(v).replace(SEP, ", ")
        if key == "org_type" and d.get("org_type_guessed"):
            text += w["guessed"]
        facts.append([name, text])
    if d.get("label_level"):
        when = d.get("label_date") or w["date_unknown"]
        facts.append([w["current_label"], w["awarded"].format(level=d["label_level"], date=when)])
    org = data.organisations.get(n) if data is not None else None
    if org is not None:
        if org.awards:
            history = ", ".join(
                f"{lvl or 'label'} {date}".strip() for lvl, date, _ in sorted(org.awards, key=lambda a: a[1])
            )
            facts.append([w["awards"], history])
        alt = sorted(a for a in org.alt_labels if a != d.get("label"))
        if alt:
            facts.append([w["aka"], ", ".join(alt)])
    for key, v in d.items():
        if key not in done and v not in (None, "") and not isinstance(v, dict | list):
            facts.append([key.replace("_", " "), str(v).replace(SEP, ", ")])
    facts.append([w["degree_org"] if d.get("type") == "organisation" else w["degree"], str(G.degree(n))])
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
    lang: str = "en",
    recommendations: bool | None = None,
) -> tuple[Any, dict[str, Any], MapInfo]:
    """The PyVis :class:`~pyvis.network.Network` of a map and the data the page embeds.

    See :func:`~clustergraph.views.maps.map_html` for the options.
    """
    from pyvis.network import Network

    check_choice(layout, LAYOUTS, "layout")
    check_choice(group_by, GROUP_BY, "grouping")
    words = WORDS[check_lang(lang)]
    if not isinstance(G, nx.Graph) or G.is_directed() or G.is_multigraph():
        raise MapError(f"a map needs an undirected networkx.Graph, got {type(G).__name__}")
    nodes = list(G.nodes)
    index = {n: i for i, n in enumerate(nodes)}
    metric = node_metric(G, size_by)
    aggregated = G.number_of_nodes() > aggregate_above if aggregate is None else bool(aggregate)
    need_comms = color_by == "community" or (aggregated and group_by == "community")
    comms = communities(G, seed) if need_comms else None
    keys = color_keys(G, color_by, comms)
    legend = palette(keys, color_by, words)
    entry_of = legend_key(legend)
    keys = {n: entry_of.get(k, k) for n, k in keys.items()}  # past the palette: "other"
    colour = {e["key"]: e["color"] for e in legend}

    # groups (for aggregation): community or Land of each node
    member_group: dict[Hashable, str] = {}
    for n, d in G.nodes(data=True):
        if group_by == "community":
            member_group[n] = f"community {comms[n] + 1}" if comms is not None else ""
        else:
            member_group[n] = str(d.get("region_label") or d.get("country") or words["no_region"])
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
        names = _place_names(G, data, words)
        for extent in ("germany", "europe"):
            geo = lay.geo_layout(G, extent, place_names=names)
            entry: dict[str, Any] = {"nodes": [geo.positions[n] for n in nodes], **geo.to_json()}
            if entry.get("tray"):
                entry["tray"].append(words["tray"].format(n=entry["tray"][4]))
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
            "f": _facts(G, n, d, data, (size_by, values[i]), lang),
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
        where = {e: _where(placement[e][n], words) for e in placement if placement[e][n] != "exact"}
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
        facts = [[words["weight"], f"{w:g}"]]
        labels = split_values(d.get("partnership_labels"))
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
    if recommendations is None:
        recommendations = data is not None and len(nodes) <= RECOMMEND_UP_TO
    if recommendations and G.graph.get("projection", "co-partnership") == "co-partnership":
        for i, suggestions in _suggestions(G, nodes, index, data, lang).items():
            infos[i]["r"] = suggestions
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
        "lang": lang,
        "text": words,
        "counts": {"nodes": len(nodes), "edges": G.number_of_edges()},
    }
    info = MapInfo(len(nodes), G.number_of_edges(), aggregated, len(group_names))
    return net, payload, info


def _where(placement: str, words: Mapping[str, str]) -> str:
    """How a node was placed on a geographic layout, in the map's language."""
    base, _, outside = placement.partition(" (")
    text = words.get(base, base)
    return f"{text} ({words['outside']})" if outside else text


def _place_names(G: nx.Graph, data: Any, words: Mapping[str, str]) -> dict[str, str]:
    """ISO code → the name the map writes for that country or Land (in the map's language)."""
    names = {"DE": words["germany"]}
    if data is not None:
        for place in data.places.values():
            if place.iso and place.label and place.type in ("country", "land"):
                names[place.iso] = place.label
    for _, d in G.nodes(data=True):
        if d.get("region") and d.get("region") == d.get("country") and d.get("region_label"):
            names.setdefault(str(d["region"]), str(d["region_label"]))
    return names


def _suggestions(
    G: nx.Graph, nodes: list[Hashable], index: Mapping[Hashable, int], data: Any, lang: str
) -> dict[int, list[list[Any]]]:
    """node index → its top 5 suggested partners (organisations only).

    Each: [index, score, [reason, ...], evidence].
    """
    from clustergraph.network.recommend import Profiles, recommend

    orgs = [n for n in nodes if G.nodes[n].get("type") == "organisation"]
    if not orgs:
        return {}
    H = G.subgraph(orgs)
    prof = Profiles(H, data)
    out: dict[int, list[list[Any]]] = {}
    for n in orgs:
        found = recommend(H, n, 5, data=data, lang=lang, profiles=prof)
        if found:
            out[index[n]] = [[index[c.node], round(c.score, 2), c.reasons, c.evidence[:3]] for c in found]
    return out


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
