"""The ``clustergraph`` command group; :mod:`clustergraph.cli` registers the commands on it."""

from __future__ import annotations

from typing import Any

import click

from clustergraph._version import __version__


def version_text() -> str:
    """``clustergraph 0.1.0 (ontology 0.3.0, default data 2026.12)``: the package, the ontology and
    the default dataset that ship together."""
    from clustergraph.errors import ClusterGraphError
    from clustergraph.graph.describe import ontology_version, read_metadata
    from clustergraph.model.locations import packaged_data_dir

    try:
        ontology = ontology_version() or "unknown"
    except (ClusterGraphError, OSError, SyntaxError):
        ontology = "missing"
    try:
        data = read_metadata(packaged_data_dir()).version or "unversioned"
    except (ClusterGraphError, OSError):
        data = "missing"
    return f"clustergraph {__version__} (ontology {ontology}, default data {data})"


def _print_version(ctx: click.Context, _param: click.Parameter, value: bool) -> None:
    if not value or ctx.resilient_parsing:
        return
    click.echo(version_text())
    ctx.exit()


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--version",
    is_flag=True,
    expose_value=False,
    is_eager=True,
    callback=_print_version,
    help="Show the versions of clustergraph, its ontology and its default dataset, and exit.",
)
def main(**_: Any) -> None:
    """clustergraph: a knowledge graph of the innovation-cluster ecosystem.

    Build the graph from data files, validate it, and study it. Outside a project, 'build'
    builds the default dataset that ships with clustergraph into ./build/graph, and the other
    commands find it from there (docs/configuration.md).
    """
