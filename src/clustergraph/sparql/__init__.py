"""SPARQL: the query runner, the named-query library, remote endpoints and the local server.

- :mod:`.query` — run SPARQL text on the embedded store, bind parameters, format rows
- :mod:`.library` — the named queries (``queries/*.rq``): parameters, running, DataFrames
- :mod:`.endpoint` — any SPARQL 1.1 endpoint: query, update, Graph Store Protocol, ``push``
- :mod:`.server` — the local Oxigraph server (``clustergraph serve``, the remote tests)

Uses :mod:`clustergraph.graph` (the store) and :mod:`clustergraph.model`, never a stage above.
"""
