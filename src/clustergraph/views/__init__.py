"""Views: interactive network maps as one self-contained, offline HTML file.

- :mod:`.maps` — :func:`make_map` (from a store), :func:`write_map` and :func:`map_html` (any graph):
  the HTML page, its assets inlined
- :mod:`.payload` — the data the page embeds: nodes, edges, tooltips, filters, legend, groups
- :mod:`.style` — the choices a map offers (colour, size, layout, grouping), colours and shapes
- :mod:`.layout` — force, group and geographic layouts, and their cache
- ``assets/`` — the page's HTML, CSS and JavaScript

The names below are importable from here (``from clustergraph.views import make_map``).
"""

from clustergraph.network import PROJECTIONS
from clustergraph.views.maps import entity_sources, json_for_html, make_map, map_html, write_map
from clustergraph.views.payload import MapInfo
from clustergraph.views.style import AGGREGATE_ABOVE, COLOR_BY, GROUP_BY, LAYOUTS, SIZE_BY

__all__ = [
    "AGGREGATE_ABOVE",
    "COLOR_BY",
    "GROUP_BY",
    "LAYOUTS",
    "PROJECTIONS",
    "SIZE_BY",
    "MapInfo",
    "entity_sources",
    "json_for_html",
    "make_map",
    "map_html",
    "write_map",
]
