"""How a map shows its nodes: the choices it offers, and its colours, shapes, sizes and legend."""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Hashable, Mapping
from typing import Any

import networkx as nx

from clustergraph.errors import MapError

COLOR_BY = ("industry", "land", "community", "label-level", "type")
SIZE_BY = ("degree", "strength", "betweenness", "pagerank", "partnerships", "none")
LAYOUTS = ("force", "germany", "europe")
GROUP_BY = ("community", "land")
#: Above this many nodes a map opens aggregated (one node per group) unless told otherwise.
AGGREGATE_ABOVE = 3000
#: Separator of several values in one node attribute (see :mod:`clustergraph.network.attributes`).
SEP = " | "

#: 18 colours that stay apart from each other (Tableau 10 and its lighter row, with the near
#: twins of the teals and pinks replaced by darker tones): each category shown gets one of its
#: own; categories past the 18th share the "other" entry (grey, like "not stated" in lighter grey).
PALETTE = (
    "#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1", "#ff9da7", "#9c755f",
    "#2f4b7c", "#a0cbe8", "#ffbe7d", "#8cd17d", "#b6992d", "#1f6f5c", "#7f3c8d", "#d37295", "#5c3d2e",
)  # fmt: skip
OTHER, NONE_COLOR = "#bab0ac", "#d5dae0"
#: The legend key of the categories past the palette (a key no category has).
OTHER_KEY = "\u0000other"
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


def check_choice(value: str, allowed: Collection[str], what: str) -> str:
    """``value`` if it is one of ``allowed``, else a :class:`MapError` that lists them."""
    if value not in allowed:
        raise MapError(f"unknown {what} {value!r}; expected one of {', '.join(allowed)}")
    return value


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


def split_values(value: Any) -> list[str]:
    """The values of an attribute that holds several, joined with :data:`SEP` (none for empty)."""
    return [v for v in str(value or "").split(SEP) if v]


def color_keys(
    G: nx.Graph, color_by: str, communities: Mapping[Hashable, int] | None = None
) -> dict[Hashable, str]:
    """node → the category its colour stands for ('' = not stated)."""
    check_choice(color_by, COLOR_BY, "colouring")
    out: dict[Hashable, str] = {}
    if color_by == "industry":
        freq = Counter(i for _, d in G.nodes(data=True) for i in split_values(d.get("industries")))
        for n, d in G.nodes(data=True):
            if d.get("type") == "industry":
                out[n] = str(d.get("label", n))
            else:
                inds = split_values(d.get("industries"))
                out[n] = min(inds, key=lambda i: (-freq[i], i)) if inds else ""
    elif color_by == "land":
        for n, d in G.nodes(data=True):
            out[n] = str(d.get("region_label") or (d.get("label") if d.get("type") == "region" else "") or "")
    elif color_by == "community":
        parts = communities if communities is not None else communities(G)
        out = {n: f"community {parts[n] + 1}" for n in G}
    elif color_by == "label-level":
        for n, d in G.nodes(data=True):
            out[n] = str(d.get("label_level") or "")
    else:
        for n, d in G.nodes(data=True):
            out[n] = str(d.get("org_type") or d.get("type") or "")
    return out


def communities(G: nx.Graph, seed: int = 0) -> dict[Hashable, int]:
    """node → its community number (Louvain, see :func:`clustergraph.network.analysis.communities`)."""
    from clustergraph.network import analysis as an

    if G.number_of_nodes() == 0:
        return {}
    return an.communities(G, seed=seed).membership


def palette(
    keys: Mapping[Hashable, str], color_by: str, words: Mapping[str, str] | None = None
) -> list[dict[str, Any]]:
    """Legend entries, most frequent first: key, label, colour, count; every colour distinct.

    The categories past the palette's :data:`PALETTE` colours share one entry, key
    :data:`OTHER_KEY`, labelled with how many they are (``members``: their keys).
    """
    w = {"not_stated": "not stated", "other": "other ({n} categories)", "no_label": "no current label"}
    w.update(words or {})
    counts = Counter(keys.values())
    entries: list[dict[str, Any]] = []
    if color_by == "label-level":
        for level in ("gold", "silver", "bronze", ""):
            if counts[level]:
                entries.append({"key": level, "label": level or w["no_label"], "color": LEVEL_COLORS[level]})
    else:
        named = sorted((k for k in counts if k), key=lambda k: (-counts[k], k))
        shown, rest = named[: len(PALETTE)], named[len(PALETTE) :]
        for i, k in enumerate(shown):
            entries.append({"key": k, "label": k, "color": PALETTE[i]})
        if rest:
            entries.append(
                {
                    "key": OTHER_KEY,
                    "label": w["other"].format(n=len(rest)),
                    "color": OTHER,
                    "members": rest,
                    "count": sum(counts[k] for k in rest),
                }
            )
        if counts[""]:
            entries.append({"key": "", "label": w["not_stated"], "color": NONE_COLOR})
    for e in entries:
        e.setdefault("count", counts[e["key"]])
    return entries


def legend_key(entries: list[dict[str, Any]]) -> dict[str, str]:
    """category → the key of its legend entry (its own, or :data:`OTHER_KEY`)."""
    out = {e["key"]: e["key"] for e in entries}
    for e in entries:
        for k in e.get("members", ()):
            out[k] = e["key"]
    return out
