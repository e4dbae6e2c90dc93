"""clustergraph: a knowledge graph of the innovation-cluster ecosystem.

The pipeline, each stage usable alone::

    data/ ──► loaders ──► build (store + provenance) ──► validate ──► stats / export
"""

__version__ = "0.1.0"

__all__ = ["__version__"]
