"""``clustergraph query``, ``queries``, ``serve``, ``push``: SPARQL on the graph, served or remote."""

from __future__ import annotations

import json
import os
import signal
import sys
from pathlib import Path
from typing import Any

import click

from clustergraph.cli.options import (
    EXIT_INCOMPLETE,
    EXIT_INVALID,
    EXIT_OK,
    echo,
    handle_errors,
    json_option,
    store_option,
)

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
    help="Seconds the query may take, on the embedded store or an endpoint (the whole call); "
    "Ctrl-C stops it too.",
)
allow_service_option = click.option(
    "--allow-service",
    "allow_service",
    multiple=True,
    metavar="HOST",
    help="Let SERVICE clauses call this host (repeat for more); without it a query with SERVICE is "
    "refused, so that no request leaves the machine unasked.",
)


def parse_params(values: tuple[str, ...]) -> dict[str, str]:
    """``("org=optonet", "as_of=2021")`` → ``{"org": "optonet", "as_of": "2021"}``."""
    from clustergraph.sparql.params import ParameterError

    params: dict[str, str] = {}
    for item in values:
        name, sep, value = item.partition("=")
        if not sep or not name.strip():
            raise ParameterError(f"--param {item!r}: expected NAME=VALUE (or NAME:TYPE=VALUE)")
        if name.strip() in params:
            raise ParameterError(f"--param {name.strip()!r} is given twice")
        params[name.strip()] = value
    return params


@click.command()
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
@allow_service_option
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "csv", "tsv", "json", "turtle", "ntriples"]),
    default="table",
    show_default=True,
    help="SELECT/ASK: table, csv, tsv, json (SPARQL results JSON); CONSTRUCT/DESCRIBE: turtle, ntriples.",
)
@handle_errors
def query(
    query: str,
    params: tuple[str, ...],
    store: Path,
    endpoint: str | None,
    timeout: float,
    allow_service: tuple[str, ...],
    fmt: str,
) -> None:
    """Run QUERY: a named query of the library, a .rq file or SPARQL text.

    \b
    clustergraph query clusters-per-land
    clustergraph query label-history --param org=optonet
    clustergraph query my-query.rq --format csv
    clustergraph query "SELECT ?n WHERE { ?c a cg:ClusterOrganisation ; skos:prefLabel ?n }"
    clustergraph query people-as-of --param org=optonet --endpoint http://127.0.0.1:7878

    The prefixes cg, cgd, cgv, org, skos, prov, time, dcterms, foaf, sosa, geo, rdf, rdfs,
    owl, xsd, dcat and void are declared for you; the default graph is the union of all graphs.
    'clustergraph queries' lists the library. An ASK query exits with 1 when the answer is false.
    An endpoint's answer that reached the server's row limit (Virtuoso: 10,000 rows) may be cut:
    the rows come out, a warning names the limit, and the exit code is 3.
    """
    from clustergraph.sparql.library import run_query

    target = None
    if endpoint:
        from clustergraph.sparql.endpoint import Endpoint

        target = Endpoint.from_url(endpoint, timeout=timeout)
    result = run_query(
        query,
        parse_params(params),
        store=None if target else store,
        endpoint=target,
        timeout=timeout,
        allow_service=allow_service,
        end_process=True,
        partial=True,
    )
    echo(result.format(fmt), machine=fmt != "table")
    if result.row_limit is not None and target is not None:
        from clustergraph.sparql.endpoint import row_limit_message

        announced = target.row_limit == result.row_limit  # the header came with this answer
        echo(f"warning: {row_limit_message(target.query_url, result.row_limit, announced)}", err=True)
        sys.exit(EXIT_INCOMPLETE)
    if result.kind == "ask":
        sys.exit(EXIT_OK if result.boolean else EXIT_INVALID)


@click.command()
@click.argument("name", required=False)
@json_option
@handle_errors
def queries(name: str | None, as_json: bool) -> None:
    """List the query library: name, what it answers, what one row is, parameters.

    With NAME, describe that query whole: its answer contract (what one row is, what is in
    and what is out), its parameters and examples.
    """
    from clustergraph.sparql.library import get, library

    lib = {name: get(name)} if name else library()
    if as_json:
        out = [
            {
                "name": q.name,
                "description": q.description,
                "details": q.details,
                "contract": q.contract.to_dict() if q.contract else None,
                "parameters": [
                    {"name": p.name, "type": p.type, "default": p.default, "help": p.help}
                    for p in q.parameters
                ],
                "examples": list(q.examples),
            }
            for q in lib.values()
        ]
        echo(json.dumps(out[0] if name else out, indent=2, ensure_ascii=False), machine=True)
        return
    if name:
        q = lib[name]
        echo(f"{q.name}: {q.description}")
        if q.details:
            echo(f"  {q.details}")
        for line in q.contract.lines() if q.contract else []:
            echo(f"  {line}")
        for p in q.parameters:
            echo(f"  --param {p.describe()}")
        for example in q.examples:
            args = " ".join(f"-p {e}" for e in example.split())
            echo(f"  example: clustergraph query {q.name} {args}")
        return
    width = max(len(n) for n in lib)
    for q in lib.values():
        echo(f"{q.name.ljust(width)}  {q.description}")
        if q.contract:
            echo(f"{' ' * width}    one row: {q.contract.row}")
        for p in q.parameters:
            echo(f"{' ' * width}    --param {p.describe()}")
    echo(
        f"\n{len(lib)} queries; 'clustergraph queries NAME' tells what one answers, in and out; "
        "run one with: clustergraph query NAME [--param NAME=VALUE ...]"
    )


@click.command()
@store_option
@click.option(
    "--port", type=click.IntRange(1, 65535), default=7878, show_default=True, help="Port on 127.0.0.1."
)
@click.option(
    "--timeout-s",
    "query_timeout",
    type=click.IntRange(min=1),
    default=60,
    show_default=True,
    help="Stop any query that runs longer than this many seconds.",
)
@allow_service_option
@click.option(
    "--writable",
    metavar="DIR",
    type=click.Path(path_type=Path, file_okay=False),
    default=None,
    help="Serve a store you can change, in DIR (made if missing), instead of the build: a local "
    "target for 'clustergraph push' and any SPARQL Update or Graph Store client. Never the build's store.",
)
@handle_errors
def serve(
    store: Path, port: int, query_timeout: int, allow_service: tuple[str, ...], writable: Path | None
) -> None:
    """Serve the built graph as a read-only SPARQL 1.1 endpoint on 127.0.0.1.

    Any SPARQL client (SPARQLWrapper, YASGUI, curl) can query it; a query without FROM gets the
    union of all graphs as default graph, as in 'clustergraph query' (Oxigraph's union mode
    ignores a query's FROM; 'clustergraph query --endpoint' sends the dataset in the protocol,
    which it honours). Queries with SERVICE are refused (HTTP 403) unless their host is allowed
    with --allow-service, and every query stops after --timeout-s. Ctrl-C stops it. It serves
    the build that is current when it starts: restart it after 'clustergraph build'.

    With --writable DIR it serves a separate store in DIR that takes SPARQL Update
    (URL/update) and the Graph Store Protocol (URL/store), e.g. for
    'clustergraph push --endpoint URL'; the build's store stays read-only.
    """
    from clustergraph.sparql.proxy import start_guarded

    location, mode = (
        (_writable_dir(writable, store), "writable") if writable else (_build_dir(store), "read-only")
    )
    endpoint = start_guarded(
        location,
        port=port,
        query_timeout=query_timeout,
        allow_service=allow_service,
        writable=writable is not None,
    )

    def on_term(_signum: int, _frame: Any) -> None:
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGTERM, on_term)
    try:
        echo(f"serving {writable or store} {mode} at {endpoint.url}")
        echo(f"  SPARQL endpoint: {endpoint.query_url}   (YASGUI in a browser: {endpoint.url}/)")
        if writable:
            echo(f"  SPARQL Update: {endpoint.update_url}   Graph Store: {endpoint.store_url}")
            echo(f"  push the build to it: clustergraph push --endpoint {endpoint.url}")
        echo(f"  try: curl '{endpoint.query_url}?query=ASK%7B%7D'")
        echo(
            f"  queries stop after {query_timeout} s; SERVICE is "
            + (f"allowed only to {', '.join(allow_service)}" if allow_service else "refused")
        )
        echo("press Ctrl-C to stop", nl=True)
        code = endpoint.wait()
        echo(
            f"error: the server stopped by itself (exit code {code}): {endpoint.server.log()[-300:].strip()}",
            err=True,
        )
        raise SystemExit(2)
    except KeyboardInterrupt:
        endpoint.stop()
        echo("stopped")
    finally:
        endpoint.stop()
        signal.signal(signal.SIGTERM, previous)


def _build_dir(store: Path) -> Path:
    from clustergraph.graph.store import current_store_dir

    return current_store_dir(store)


def _writable_dir(directory: Path, store: Path) -> Path:
    """``directory`` for a writable store: empty or a store a writable server made, never a
    build location, a build's store or anything inside one."""
    from clustergraph.errors import ClusterGraphError

    def is_location(d: Path) -> bool:  # what 'clustergraph build' writes: CURRENT beside store-* folders
        return (d / "CURRENT").is_file() and any(d.glob("store-*"))

    target, build = directory.absolute(), store.absolute()
    if target == build or build in target.parents or any(is_location(d) for d in (target, *target.parents)):
        raise ClusterGraphError(
            f"--writable {directory}: that is (or is inside) a build location; give a directory of its "
            "own, such as build/scratch"
        )
    entries = list(target.iterdir()) if target.is_dir() else []
    if entries and not any(e.name.startswith(("MANIFEST-", "OPTIONS-")) for e in entries):
        raise ClusterGraphError(
            f"--writable {directory}: the directory holds other files; give an empty directory or one "
            "a writable server made"
        )
    target.mkdir(parents=True, exist_ok=True)
    return target


@click.command()
@store_option
@click.option(
    "--endpoint",
    metavar="URL",
    required=True,
    envvar="CLUSTERGRAPH_ENDPOINT",
    help="The SPARQL endpoint (query URL or server root; env CLUSTERGRAPH_ENDPOINT).",
)
@click.option(
    "--graph",
    "graph",
    metavar="IRI",
    default=None,
    help="Put the union of the graph into this one named graph (default: one named graph per source).",
)
@click.option(
    "--update-url", metavar="URL", default=None, help="The SPARQL Update URL, if not derived from --endpoint."
)
@click.option(
    "--store-url",
    metavar="URL",
    default=None,
    help="The Graph Store Protocol URL, if not derived from --endpoint.",
)
@click.option(
    "--protocol",
    type=click.Choice(["auto", "gsp", "update"]),
    default="auto",
    show_default=True,
    help="Upload by Graph Store Protocol, SPARQL Update only, or GSP where the store has it.",
)
@click.option(
    "--mode",
    type=click.Choice(["auto", "staged", "in-place"]),
    default="auto",
    show_default=True,
    help="staged: write staging graphs, then swap them in with one (atomic) request; in-place: drop and "
    "write each graph (Virtuoso, whose MOVE times out); auto: in-place on Virtuoso, staged elsewhere.",
)
@click.option(
    "--user",
    metavar="NAME",
    default=None,
    help="The user to authenticate as (Digest or Basic, as the server asks); the password comes from "
    "CLUSTERGRAPH_ENDPOINT_PASSWORD, else it is asked for.",
)
@click.option(
    "--timeout",
    type=click.FloatRange(min=0.1),
    default=120.0,
    show_default=True,
    help="Seconds to wait for the endpoint on each call.",
)
@json_option
@handle_errors
def push(
    store: Path,
    endpoint: str,
    graph: str | None,
    update_url: str | None,
    store_url: str | None,
    protocol: str,
    mode: str,
    user: str | None,
    timeout: float,
    as_json: bool,
) -> None:
    """Upload the built graph to a SPARQL 1.1 store: its data, provenance, ontology and build graphs.

    Each fact once (the data graph) plus its provenance; graphs an earlier push wrote that the build
    no longer has are dropped, other graphs are left alone. Staged (atomic) on stores that run one
    update request as one transaction; in place on Virtuoso (see --mode). The output says what the
    store holds when a push fails. Credentials: --user, or CLUSTERGRAPH_ENDPOINT_USER /
    CLUSTERGRAPH_ENDPOINT_PASSWORD, or a netrc file; Digest or Basic, as the server asks.
    """
    from clustergraph.sparql.endpoint import PASSWORD_ENV, Endpoint
    from clustergraph.sparql.push import push as run_push

    credentials = None
    if user:
        password = os.environ.get(PASSWORD_ENV)
        if password is None:
            password = click.prompt(f"password for {user}", hide_input=True, err=True)
        credentials = (user, password)
    ep = Endpoint.from_url(
        endpoint, update_url=update_url, store_url=store_url, timeout=timeout, credentials=credentials
    )

    def progress(_graph: str, done: int, total: int) -> None:
        if not as_json:
            echo(f"... wrote {done:,} of {total:,} graph(s)", err=True)

    report = run_push(store, ep, graph=graph, protocol=protocol, mode=mode, progress=progress)
    if as_json:
        echo(json.dumps(report.to_dict(), indent=2), machine=True)
        return
    where = f"into <{graph}>" if graph else f"as {len(report.graphs):,} named graphs"
    how = "swapped in by one request" if report.mode == "staged" else "replaced one graph at a time"
    echo(
        f"pushed {report.statements:,} statements {where} to {report.endpoint} "
        f"({report.protocol}, {how}, {report.requests:,} uploads, {report.seconds:.1f} s)"
        + ("; the store's counts match" if report.verified else "")
        + (f"; dropped {len(report.dropped)} graph(s) the build no longer has" if report.dropped else "")
        + (
            f"; removed {len(report.cleaned)} staging graph(s) an interrupted push left"
            if report.cleaned
            else ""
        )
    )
    for note in report.notes:
        echo(f"note: {note}", err=True)


#: The commands of this module, registered on the group by :mod:`clustergraph.cli`.
COMMANDS = (
    query,
    queries,
    serve,
    push,
)
