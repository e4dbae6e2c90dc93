"""The ``clustergraph`` command group; :mod:`clustergraph.cli` registers the commands on it."""

from __future__ import annotations

import click

from clustergraph._version import __version__


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="clustergraph")
def main() -> None:
    """clustergraph: a knowledge graph of the innovation-cluster ecosystem.

    Build the graph from data files, validate it, and study it.
    """
