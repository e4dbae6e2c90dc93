"""Views: interactive network maps as one self-contained, offline HTML file.

- :mod:`.maps` — :func:`make_map` (from a store), :func:`write_map` and :func:`map_html` (any graph)
- :mod:`.layout` — force, group and geographic layouts, and their cache
- ``assets/`` — the page's HTML, CSS and JavaScript

The names below are importable from here (``from clustergraph.views import make_map``).
"""

from clustergraph.views.maps import (
    AGGREGATE_ABOVE,
    COLOR_BY,
    GROUP_BY,
    LAYOUTS,
    PROJECTIONS,
    SIZE_BY,
    MapInfo,
    entity_sources,
    json_for_html,
    make_map,
    map_html,
    write_map,
)

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
