"""The graph: the build, the embedded store, its sources, validation, summary and snapshot.

- :mod:`.build` — :func:`~clustergraph.graph.build.build`: the data folder → a validated, published store
- :mod:`.store` — :class:`~clustergraph.graph.store.GraphStore`: where builds live, how they are
  published (atomically, under a lock), opened and exported
- :mod:`.sources` — add, replace and remove one source's named graph in a published store
- :mod:`.validate` — SHACL validation of a store or any rdflib graph
- :mod:`.stats` — the summary of a store (entities, facts, sources, labels, places)
- :mod:`.records`, :mod:`.extract`, :mod:`.snapshot` — what the network projections need from a
  store (:class:`~clustergraph.graph.records.NetworkData`), read with targeted patterns, and kept
  as a snapshot file beside every published store (the build and every change write it)

Uses :mod:`clustergraph.loaders` and :mod:`clustergraph.model`, never a stage above.
"""
