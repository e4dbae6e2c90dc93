"""The CLI commands of each stage, one module a stage; :mod:`clustergraph.cli` imports them."""
