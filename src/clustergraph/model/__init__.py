"""The model: what the graph's terms are, before any data.

- :mod:`.namespaces` — the IRIs of the ontology, the data and the vocabularies; SPARQL prefixes
- :mod:`.ontology` — the ontology, vocabulary and SHACL shape files that ship with clustergraph
- :mod:`.vocab` — the codes of the controlled vocabularies, as the data files write them

The lowest stage: it imports nothing of clustergraph but :mod:`clustergraph.errors`.
"""
