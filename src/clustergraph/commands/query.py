"""``clustergraph query`` and friends: SPARQL on the built graph."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from clustergraph.cli import EXIT_INVALID, EXIT_OK, _errors, main, store_option


@main.command()
@click.argument("query")
@store_option
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "csv", "tsv", "json"]),
    default="table",
    show_default=True,
    help="Output for SELECT results (CONSTRUCT prints Turtle).",
)
@_errors
def query(query: str, store: Path, fmt: str) -> None:
    """Run a SPARQL QUERY (text, or a .rq file) on the built graph.

    The prefixes cg, cgd, cgv, org, skos, prov, time, dcterms, foaf, sosa, geo, rdf, rdfs,
    owl and xsd are declared for you.
    """
    import pyoxigraph as ox

    from clustergraph.query import format_rows, read_query, run
    from clustergraph.store import GraphStore

    result = run(GraphStore.open(store), read_query(query))
    if isinstance(result, bool):
        click.echo("true" if result else "false")
        sys.exit(EXIT_OK if result else EXIT_INVALID)
    if isinstance(result, tuple):
        names, rows = result
        click.echo(format_rows(names, rows, fmt))
        return
    from clustergraph.namespaces import PREFIXES

    click.echo(ox.serialize(result, format=ox.RdfFormat.TURTLE, prefixes=PREFIXES).decode("utf-8"))
