"""``clustergraph serve`` and ``push``: the graph on SPARQL 1.1 endpoints."""
