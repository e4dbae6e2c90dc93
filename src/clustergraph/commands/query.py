"""``clustergraph query`` and ``queries``: SPARQL on the built graph or on an endpoint."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from clustergraph.cli import EXIT_INVALID, EXIT_OK, _errors, json_option, main, store_option

endpoint_option = click.option(
    "--endpoint",
    metavar="URL",
    envvar="CLUSTERGRAPH_ENDPOINT",
    help="Ask this SPARQL endpoint instead of the embedded store (env CLUSTERGRAPH_ENDPOINT).",
)
timeout_option = click.option(
    "--timeout",
    type=click.FloatRange(min=0.1),
    default=30.0,
    show_default=True,
    help="Seconds to wait for the endpoint on each call.",
)


def parse_params(values: tuple[str, ...]) -> dict[str, str]:
    """``("org=optonet", "as_of=2021")`` → ``{"org": "optonet", "as_of": "2021"}``."""
    from clustergraph.library import ParameterError

    params: dict[str, str] = {}
    for item in values:
        name, sep, value = item.partition("=")
        if not sep or not name.strip():
            raise ParameterError(f"--param {item!r}: expected NAME=VALUE (or NAME:TYPE=VALUE)")
        if name.strip() in params:
            raise ParameterError(f"--param {name.strip()!r} is given twice")
        params[name.strip()] = value
    return params


@main.command()
@click.argument("query")
@click.option(
    "-p",
    "--param",
    "params",
    multiple=True,
    metavar="NAME=VALUE",
    help="A parameter value, bound safely (repeat for more). Ad-hoc queries: NAME:TYPE=VALUE to set a type.",
)
@store_option
@endpoint_option
@timeout_option
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "csv", "tsv", "json", "turtle", "ntriples"]),
    default="table",
    show_default=True,
    help="SELECT/ASK: table, csv, tsv, json (SPARQL results JSON); CONSTRUCT/DESCRIBE: turtle, ntriples.",
)
@_errors
def query(
    query: str, params: tuple[str, ...], store: Path, endpoint: str | None, timeout: float, fmt: str
) -> None:
    """Run QUERY: a named query of the library, a .rq file or SPARQL text.

    \b
    clustergraph query clusters-per-land
    clustergraph query label-history --param org=optonet
    clustergraph query my-query.rq --format csv
    clustergraph query "SELECT ?n WHERE { ?c a cg:ClusterOrganisation ; skos:prefLabel ?n }"
    clustergraph query people-as-of --param org=optonet --endpoint http://127.0.0.1:7878

    The prefixes cg, cgd, cgv, org, skos, prov, time, dcterms, foaf, sosa, geo, rdf, rdfs,
    owl and xsd are declared for you; the default graph is the union of all graphs.
    'clustergraph queries' lists the library. An ASK query exits with 1 when the answer is false.
    """
    from clustergraph.library import run_query

    target = None
    if endpoint:
        from clustergraph.endpoint import Endpoint

        target = Endpoint.from_url(endpoint, timeout=timeout)
    result = run_query(query, parse_params(params), store=None if target else store, endpoint=target)
    click.echo(result.format(fmt))
    if result.kind == "ask":
        sys.exit(EXIT_OK if result.boolean else EXIT_INVALID)


@main.command()
@json_option
@_errors
def queries(as_json: bool) -> None:
    """List the query library: name, what it answers, parameters."""
    from clustergraph.library import library

    lib = library()
    if as_json:
        out = [
            {
                "name": q.name,
                "description": q.description,
                "parameters": [
                    {"name": p.name, "type": p.type, "default": p.default, "help": p.help}
                    for p in q.parameters
                ],
                "examples": list(q.examples),
            }
            for q in lib.values()
        ]
        click.echo(json.dumps(out, indent=2, ensure_ascii=False))
        return
    width = max(len(n) for n in lib)
    for q in lib.values():
        click.echo(f"{q.name.ljust(width)}  {q.description}")
        for p in q.parameters:
            click.echo(f"{' ' * width}    --param {p.describe()}")
    click.echo(f"\n{len(lib)} queries; run one with: clustergraph query NAME [--param NAME=VALUE ...]")
