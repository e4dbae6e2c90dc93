"""Loaders: one module per kind of source. Each turns its input into triples with the
source addresses they come from; :mod:`clustergraph.graph.build` puts them into the store.

- :mod:`.tabular` — the CSV/Excel tables of ``data/`` (see ``docs/model.md``)
"""

from clustergraph.loaders.tabular import LoadResult, SkippedRow, load_tables, source_graph_iri

__all__ = ["LoadResult", "SkippedRow", "load_tables", "source_graph_iri"]
