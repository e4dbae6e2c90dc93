"""Networks: NetworkX projections of the graph, their analyses, recommendations and exports.

- :mod:`.projections` — :func:`read_network` and the projections (co-partnership, ...)
- :mod:`.analysis` — sizes, centralities, communities, brokers, regional ties
- :mod:`.recommend` — partner candidates with their reasons, and their evaluation
- :mod:`.export` — GEXF / GraphML / CSV files, and measures written back into the store

The names below are importable from here (``from clustergraph.network import read_network``).
"""

from clustergraph.network.projections import (
    LEVELS,
    PARTNERSHIP_KINDS,
    PROJECTIONS,
    SEP,
    Industry,
    Labels,
    NetworkData,
    Organisation,
    Partnership,
    Place,
    active,
    choose_labels,
    co_partnership_graph,
    current_label_level,
    organisation_attrs,
    organisation_industry_graph,
    organisation_partnership_graph,
    parse_period,
    partnership_attrs,
    person_organisation_graph,
    project,
    read_network,
    read_store,
    region_graph,
    select_partnerships,
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
