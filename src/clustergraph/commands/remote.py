"""``clustergraph serve`` and ``push``: the graph on SPARQL 1.1 endpoints."""

from __future__ import annotations

import json
import signal
from pathlib import Path
from typing import Any

import click

from clustergraph.cli import _errors, json_option, main, store_option


@main.command()
@store_option
@click.option(
    "--port", type=click.IntRange(1, 65535), default=7878, show_default=True, help="Port on 127.0.0.1."
)
@click.option(
    "--timeout-s",
    "query_timeout",
    type=click.IntRange(min=1),
    default=None,
    help="Stop any query that runs longer than this many seconds.",
)
@_errors
def serve(store: Path, port: int, query_timeout: int | None) -> None:
    """Serve the built graph as a read-only SPARQL 1.1 endpoint on 127.0.0.1.

    Any SPARQL client (SPARQLWrapper, YASGUI, curl) can query it; the default graph is the
    union of all graphs, as in 'clustergraph query'. Ctrl-C stops it. It serves the build that
    is current when it starts: restart it after 'clustergraph build'.
    """
    from clustergraph.server import start_server
    from clustergraph.store import current_store_dir

    server = start_server(current_store_dir(store), port=port, read_only=True, query_timeout=query_timeout)

    def on_term(_signum: int, _frame: Any) -> None:
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGTERM, on_term)
    try:
        click.echo(f"serving {store} read-only at {server.url}")
        click.echo(f"  SPARQL endpoint: {server.query_url}   (YASGUI in a browser: {server.url}/)")
        click.echo(f"  try: curl '{server.query_url}?query=ASK%7B%7D'")
        click.echo("press Ctrl-C to stop", nl=True)
        code = server.process.wait()
        click.echo(
            f"error: the server stopped by itself (exit code {code}): {server.log()[-300:].strip()}", err=True
        )
        raise SystemExit(2)
    except KeyboardInterrupt:
        server.stop()
        click.echo("stopped")
    finally:
        server.stop()
        signal.signal(signal.SIGTERM, previous)


@main.command()
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
    "--timeout",
    type=click.FloatRange(min=0.1),
    default=120.0,
    show_default=True,
    help="Seconds to wait for the endpoint on each call.",
)
@json_option
@_errors
def push(
    store: Path,
    endpoint: str,
    graph: str | None,
    update_url: str | None,
    store_url: str | None,
    protocol: str,
    timeout: float,
    as_json: bool,
) -> None:
    """Upload the built graph to a SPARQL 1.1 store, replacing the target graph(s) atomically.

    A push that fails half-way leaves the store's previous data in place. Credentials come
    from CLUSTERGRAPH_ENDPOINT_USER / CLUSTERGRAPH_ENDPOINT_PASSWORD or a netrc file.
    """
    from clustergraph.endpoint import Endpoint
    from clustergraph.endpoint import push as run_push

    ep = Endpoint.from_url(endpoint, update_url=update_url, store_url=store_url, timeout=timeout)

    def progress(_graph: str, done: int, total: int) -> None:
        if not as_json and (done == total or done % 100 == 0):
            click.echo(f"... uploaded {done:,} of {total:,} graph(s)", err=True)

    report = run_push(store, ep, graph=graph, protocol=protocol, progress=progress)
    if as_json:
        click.echo(json.dumps(report.to_dict(), indent=2))
        return
    where = f"into <{graph}>" if graph else f"as {len(report.graphs):,} named graphs"
    click.echo(
        f"pushed {report.statements:,} statements {where} to {report.endpoint} "
        f"({report.protocol}, {report.seconds:.1f} s)"
        + (f"; dropped {len(report.dropped)} graph(s) the build no longer has" if report.dropped else "")
    )
