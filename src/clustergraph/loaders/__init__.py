"""Loaders: one module per kind of source, each turning its input into triples with the source
addresses they come from; :mod:`clustergraph.graph` puts them into the store.

- :mod:`.tabular` — the CSV/Excel tables of ``data/``: read, check every cell and reference
  (:mod:`.tables` defines the tables, :mod:`.columns` the column types, :mod:`.triples` the
  statements each row makes; see ``docs/model.md``)
- :mod:`.profile` — profile texts ("Clustermanagements stellen sich vor")
- :mod:`.rdf` — RDF files; :mod:`.sparql` — a CONSTRUCT query's answer from an endpoint
- :mod:`.folders` — the profile texts and RDF files of ``data/profiles/`` and ``data/rdf/``
- :mod:`.batch` — :class:`~.batch.SourceBatch`: one source's triples and its description
- :mod:`.reconcile` — :class:`~.reconcile.EntityIndex`: names a source uses → the graph's entities
- :mod:`.terms`, :mod:`.files` — RDF terms as N-Triples text; reading files with clear errors

Uses :mod:`clustergraph.model` only (and :mod:`clustergraph.errors`).
"""

from clustergraph.loaders.tabular import LoadResult, SkippedRow, load_tables

__all__ = ["LoadResult", "SkippedRow", "load_tables"]
