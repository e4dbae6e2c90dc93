"""Networks: NetworkX projections of the graph, their analyses, recommendations and exports.

- :mod:`.projections` — :func:`read_network` and the projections (co-partnership, ...)
- :mod:`.attributes` — the partnership filters (kinds, periods) and the plain node attributes
- :mod:`.analysis` — sizes, centralities, communities, brokers, regional ties
- :mod:`.recommend` — partner candidates with their reasons, and their evaluation
- :mod:`.export` — GEXF / GraphML / CSV files, and measures written back into the store

The names below are importable from here (``from clustergraph.network import read_network``);
the records (:class:`NetworkData`, ...) and the store reading come from :mod:`clustergraph.graph`.
"""

from clustergraph.graph.extract import choose_labels, read_store
from clustergraph.graph.records import Industry, Labels, NetworkData, Organisation, Partnership, Place
from clustergraph.network.attributes import (
    LEVELS,
    PARTNERSHIP_KINDS,
    SEP,
    active,
    current_label_level,
    organisation_attrs,
    parse_period,
    partnership_attrs,
    select_partnerships,
)
from clustergraph.network.projections import (
    PROJECTIONS,
    co_partnership_graph,
    organisation_industry_graph,
    organisation_partnership_graph,
    person_organisation_graph,
    project,
    read_network,
    region_graph,
)

__all__ = [
    "LEVELS",
    "PARTNERSHIP_KINDS",
    "PROJECTIONS",
    "SEP",
    "Industry",
    "Labels",
    "NetworkData",
    "Organisation",
    "Partnership",
    "Place",
    "active",
    "choose_labels",
    "co_partnership_graph",
    "current_label_level",
    "organisation_attrs",
    "organisation_industry_graph",
    "organisation_partnership_graph",
    "parse_period",
    "partnership_attrs",
    "person_organisation_graph",
    "project",
    "read_network",
    "read_store",
    "region_graph",
    "select_partnerships",
]
