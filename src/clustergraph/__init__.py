"""clustergraph: a knowledge graph of the innovation-cluster ecosystem.

The pipeline, one subpackage per stage, each depending only on the stages below it
(``docs/architecture.md``)::

    model ──► loaders ──► graph ──► sparql ──► network ──► views ──► cli
    (terms)   (sources)   (build,   (queries,  (projections, (maps)  (commands)
                          store)    endpoints) analyses)

The stable Python entry points are importable from here, e.g.
``from clustergraph import build, GraphStore, run_query, read_network, make_map``; each is
loaded on first use, so ``import clustergraph`` itself stays light.

>>> import clustergraph
>>> clustergraph.GraphStore.__module__
'clustergraph.graph.store'
"""

from __future__ import annotations

import importlib
from typing import Any

from clustergraph._version import __version__

#: The stable entry points: name → the module that defines it.
_EXPORTS = {
    # graph: build, store, validation
    "build": "clustergraph.graph.build",
    "BuildReport": "clustergraph.graph.build",
    "GraphStore": "clustergraph.graph.store",
    "export": "clustergraph.graph.export",
    "validate_graph": "clustergraph.graph.validate",
    "validate_store": "clustergraph.graph.validate",
    # loaders
    "load_tables": "clustergraph.loaders.tabular",
    "EntityIndex": "clustergraph.loaders.reconcile",
    # sparql: named queries, ad-hoc queries, endpoints, the local server
    "library": "clustergraph.sparql.library",
    "run_query": "clustergraph.sparql.library",
    "select": "clustergraph.sparql.library",
    "dataframe": "clustergraph.sparql.library",
    "Result": "clustergraph.sparql.result",
    "Endpoint": "clustergraph.sparql.endpoint",
    "push": "clustergraph.sparql.push",
    "start_server": "clustergraph.sparql.server",
    # network: projections, recommendations, exports
    "NetworkData": "clustergraph.graph.records",
    "read_network": "clustergraph.network.projections",
    "project": "clustergraph.network.projections",
    "co_partnership_graph": "clustergraph.network.projections",
    "parse_period": "clustergraph.network.attributes",
    "recommend": "clustergraph.network.recommend",
    "export_network": "clustergraph.network.export",
    # views: maps
    "make_map": "clustergraph.views.maps",
    "write_map": "clustergraph.views.maps",
    "map_html": "clustergraph.views.maps",
    # errors
    "ClusterGraphError": "clustergraph.errors",
    "DataError": "clustergraph.errors",
    "ValidationFailed": "clustergraph.errors",
}

__all__ = ["__version__", *_EXPORTS]


def __getattr__(name: str) -> Any:
    """Load a stable entry point on first use (PEP 562)."""
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'clustergraph' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
