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

import json
import os
import re
from collections.abc import Collection
from importlib import resources
from pathlib import Path
from typing import Any

import networkx as nx

from clustergraph.errors import MapError
from clustergraph.network import PROJECTIONS
from clustergraph.views.payload import MapInfo, build_network
from clustergraph.views.style import COLOR_BY, GROUP_BY, LAYOUTS, SIZE_BY, check_choice
from clustergraph.views.text import PROJECTION_NAMES, WORDS, check_lang

_ASSETS = "assets"


def project(
    data: Any, projection: str = "co-partnership", kinds: Collection[str] | None = None, period: Any = None
) -> nx.Graph:
    """The projection named ``projection`` (see :data:`PROJECTIONS`) of a :class:`NetworkData`."""
    from clustergraph import network as nw

    check_choice(projection, PROJECTIONS, "projection")
    return nw.project(data, projection, kinds, period)


def entity_sources(gs: Any, iris: Collection[str]) -> dict[str, list[tuple[str, str]]]:
    """IRI → the (address, title) of every page that states something about it (fact-level).

    See :func:`clustergraph.graph.sources.entity_pages`: titles come from the sources manifest
    in the provenance graph, never from imported data.
    """
    from clustergraph.graph.sources import entity_pages

    return entity_pages(gs, iris)


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
        lang=payload["lang"],
        t=payload["text"],
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
    ``cache_dir`` (where force layouts are cached); ``lang`` (``en`` or ``de``: the page's words;
    the graph's names come in the language it was read in); ``recommendations`` (suggested
    partners in the details panel; default: when ``data`` is given and up to 2,000 nodes).
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
    lang: str = "en",
    **options: Any,
) -> MapInfo:
    """Read the built graph at ``store``, project it and write its map to ``output``.

    ``lang`` (``en``, the default, or ``de``) is the one language of the map: its words, and the
    names of countries, Länder, industries and programmes read from the graph.

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
    check_lang(lang)
    span = nw.parse_period(period) if period else None
    gs = GraphStore.open(store)
    data = nw.read_network(gs, people=projection == "person-organisation", lang=lang)
    G = project(data, projection, kinds, span)
    sources = entity_sources(gs, [str(d.get("iri") or n) for n, d in G.nodes(data=True)])
    name = PROJECTION_NAMES[lang].get(projection, projection)
    options.setdefault("title", WORDS[lang]["title"].format(name))
    return write_map(G, output, sources=sources, data=data, lang=lang, **options)
