"""``clustergraph load-profile``, ``import``, ``sources``, ``remove-source``: more kinds of sources.

Each command is a thin layer over :mod:`clustergraph.graph.sources` and the loaders: it reads the
sources, reconciles them with the current graph, and publishes the changed graph only if
everything succeeded (exit 2 on bad input, 1 if the result breaks the shapes).
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from functools import wraps
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import click

from clustergraph.cli.options import (
    EXIT_BAD_INPUT,
    check_source_url,
    echo,
    engine_option,
    handle_errors,
    json_option,
    store_option,
)
from clustergraph.cli.options import data_option as cli_data_option
from clustergraph.errors import ClusterGraphError, DataError

F = TypeVar("F", bound=Callable[..., Any])

if TYPE_CHECKING:  # pragma: no cover
    from clustergraph.graph.sources import ApplyReport
    from clustergraph.loaders.batch import SourceBatch
    from clustergraph.loaders.reconcile import EntityIndex

data_option = cli_data_option("Data directory whose reconciliation.csv records the decisions")
record_aliases_option = click.option(
    "--record-aliases/--no-record-aliases",
    default=True,
    show_default=True,
    help="Append the names newly attached to organisations of the tables to the data directory's "
    "reconciliation.csv (a tracked file; the output names it), for review.",
)
source_url_option = click.option(
    "--source-url",
    callback=check_source_url,
    help="The address the file was taken from (else the text's 'Quelle:' line, else a file: IRI).",
)
no_validate_option = click.option("--no-validate", is_flag=True, help="Do not run the SHACL validation.")


def _bad_input(fn: F) -> F:
    """Bad sources: every problem on stderr, exit 2, nothing loaded (inside the CLI's ``handle_errors``)."""

    @wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except DataError as exc:
            echo(f"error: {exc}", err=True)
            echo("nothing was loaded; fix the problems above and try again", err=True)
            sys.exit(EXIT_BAD_INPUT)

    return wrapper  # type: ignore[return-value]


def _report(report: ApplyReport, as_json: bool) -> None:
    if as_json:
        echo(json.dumps(report.to_dict(), indent=2, ensure_ascii=False), machine=True)
    else:
        for b in report.added:
            echo(f"loaded {b.file or b.address}: {len(b.triples)} facts, record <{b.record}> ({b.kind})")
            echo(f"  source: {b.address}")
            for note in b.notes:
                echo(f"  {note}")
        for s in report.removed:
            echo(f"removed {s.address}: {s.facts} facts of <{s.record}> ({s.kind})")
        if report.validation is not None:
            echo(
                f"the graph conforms to the shapes ({report.validation.warning_count} warning(s)); "
                f"{report.quads:,} quads"
            )
        if report.decisions_written:
            echo(
                f"appended {len(report.decisions_written)} alias row(s) to {report.decisions_file} "
                "for review (--no-record-aliases leaves it alone):"
            )
        for row in report.decisions_written:
            echo(f"  {row}")
    for b in report.added:
        for w in b.warnings:
            echo(f"warning: {w}", err=True)


def _data_dir(data_dir: Path, record: bool = True) -> Path | None:
    """The data directory whose ``reconciliation.csv`` takes the new aliases, or None (said why)."""
    from clustergraph.cli.options import DATA_FOUND, found

    if not record:
        echo("note: aliases are not recorded (--no-record-aliases)", err=True)
        return None
    located = found(DATA_FOUND)
    if located is not None and located.packaged:
        echo(
            "note: no data directory of your own (the default dataset that ships with clustergraph is "
            "never changed); aliases are not recorded: give --data DIR to record them",
            err=True,
        )
        return None
    if (data_dir / "organisations.csv").is_file():
        return data_dir
    echo(f"note: {data_dir} has no organisations.csv; decisions are not recorded", err=True)
    return None


@click.command("load-profile")
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@store_option
@data_option
@record_aliases_option
@source_url_option
@click.option("--dry-run", is_flag=True, help="Print the facts (Turtle) and the matches; load nothing.")
@no_validate_option
@engine_option
@json_option
@handle_errors
@_bad_input
def load_profile(
    files: tuple[Path, ...],
    store: Path,
    data_dir: Path,
    record_aliases: bool,
    source_url: str | None,
    dry_run: bool,
    no_validate: bool,
    engine: str,
    as_json: bool,
) -> None:
    """Load profile texts ("Clustermanagements stellen sich vor") into the current graph.

    Each FILE becomes one source graph: persons, posts, the cluster, its industry, the years
    joined, and the facts the text states in a clear pattern, each with its position in the
    text. Loading a file again replaces its facts.
    """
    from clustergraph.loaders.profile import profile_batch, read_profile

    _one_url(source_url, files)
    parsed = [read_profile(f, source_url=source_url) for f in files]
    _check_distinct([(str(f), address) for f, (_p, address) in zip(files, parsed, strict=True)])
    _apply_texts(
        store,
        lambda index: [profile_batch(p, index, address) for p, address in parsed],
        "profile",
        [a for _p, a in parsed],
    )


@click.command("load-report")
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@store_option
@data_option
@record_aliases_option
@click.option(
    "--source-url",
    callback=check_source_url,
    help="The address the report was taken from (else a file: IRI).",
)
@click.option(
    "--dry-run", is_flag=True, help="Print the facts (Turtle), the matches and the review list; load nothing."
)
@no_validate_option
@engine_option
@json_option
@handle_errors
@_bad_input
def load_report(
    files: tuple[Path, ...],
    store: Path,
    data_dir: Path,
    record_aliases: bool,
    source_url: str | None,
    dry_run: bool,
    no_validate: bool,
    engine: str,
    as_json: bool,
) -> None:
    """Load event and news reports (German or English) into the current graph.

    Each FILE becomes one source: the event (name, date, place and venue, online, organisers,
    programme), the participant count, the people with their functions and organisations, the
    organisations named, partner regions, topics and sessions, each with its position in the
    text. What the rules are unsure of is listed for review and not loaded. Loading a file again
    replaces its facts; remove-source removes them.
    """
    from clustergraph.loaders.batch import file_address
    from clustergraph.loaders.report import parse_report, report_batch
    from clustergraph.loaders.textkit import Gazetteer

    _one_url(source_url, files)
    from clustergraph.loaders.files import read_text
    from clustergraph.loaders.report.model import WHAT

    texts = [(f, read_text(f, WHAT)) for f in files]
    addresses = [source_url or file_address(f) for f in files]
    _check_distinct([(str(f), a) for f, a in zip(files, addresses, strict=True)])

    def make(index: EntityIndex) -> list[SourceBatch]:
        gazetteer = Gazetteer.from_index(index)
        out = []
        for (f, text), address in zip(texts, addresses, strict=True):
            report = parse_report(text, gazetteer, str(f))
            report.address = address
            out.append(report_batch(report, index, address))
        return out

    _apply_texts(
        store,
        make,
        "report",
        addresses,
    )


def _one_url(source_url: str | None, files: tuple[Path, ...]) -> None:
    """--source-url names one file's address: refused with several files."""
    if source_url and len(files) > 1:
        raise ClusterGraphError("--source-url names the address of one file; give one FILE with it")


def _apply_texts(
    store: Path,
    make: Callable[[EntityIndex], list[SourceBatch]],
    kind: str,
    addresses: list[str],
) -> None:
    """Load (or with --dry-run print) the batches ``make`` builds from texts of one ``kind``
    ("profile", "report"), replacing the sources at ``addresses``: what load-profile and
    load-report share. The other options (--data, --record-aliases, --dry-run, --no-validate,
    --engine, --json) are the current command's."""
    from clustergraph.graph.sources import apply
    from clustergraph.loaders.batch import record_of

    params = click.get_current_context().params
    data_dir, record_aliases, dry_run = params["data_dir"], params["record_aliases"], params["dry_run"]
    no_validate, engine, as_json = params["no_validate"], params["engine"], params["as_json"]
    data = _data_dir(data_dir, record_aliases and not dry_run)
    report = apply(
        store,
        make,
        replace=[record_of(kind, a) for a in addresses],
        validate=not no_validate,
        engine=engine,
        data_dir=data,
        dry_run=dry_run,
    )
    if dry_run:
        _dry_run(report.added, as_json)
    else:
        _report(report, as_json)


def _check_distinct(pairs: list[tuple[str, str]]) -> None:
    seen: dict[str, str] = {}
    for name, address in pairs:
        if address in seen:
            raise ClusterGraphError(f"{name} and {seen[address]} have the same source address {address}")
        seen[address] = name


def _dry_run(batches: list[SourceBatch], as_json: bool) -> None:
    import pyoxigraph as ox

    from clustergraph.model.namespaces import PREFIXES

    if as_json:
        out = [
            {"address": b.address, "record": b.record, "facts": len(b.triples), "notes": b.notes}
            for b in batches
        ]
        echo(json.dumps(out, indent=2, ensure_ascii=False), machine=True)
        return
    for b in batches:
        echo(f"# {b.file or b.address}: {len(b.triples)} facts for <{b.record}> (not loaded)")
        for note in b.notes:
            echo(f"# {note}")
        text = "".join(f"{s} {p} {o} .\n" for s, p, o in b.triples).encode("utf-8")
        triples = list(ox.parse(text, format=ox.RdfFormat.N_TRIPLES))
        echo(
            ox.serialize(triples, format=ox.RdfFormat.TURTLE, prefixes=PREFIXES).decode("utf-8"), machine=True
        )
        for w in b.warnings:
            echo(f"warning: {w}", err=True)


@click.command("import")
@click.argument("files", nargs=-1, type=click.Path(path_type=Path))
@click.option("--endpoint", help="A SPARQL endpoint to import from (with --query).")
@click.option(
    "--query",
    "query_file",
    type=click.Path(path_type=Path, dir_okay=False),
    help="A .rq file with the CONSTRUCT query to run on --endpoint.",
)
@click.option("--timeout", default=60.0, show_default=True, help="Seconds to wait for the endpoint.")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["turtle", "trig", "ntriples", "nquads", "jsonld", "rdfxml"]),
    help="The files' RDF format (default: from the suffix).",
)
@source_url_option
@store_option
@data_option
@record_aliases_option
@no_validate_option
@engine_option
@json_option
@handle_errors
@_bad_input
def import_(
    files: tuple[Path, ...],
    endpoint: str | None,
    query_file: Path | None,
    timeout: float,
    fmt: str | None,
    source_url: str | None,
    store: Path,
    data_dir: Path,
    record_aliases: bool,
    no_validate: bool,
    engine: str,
    as_json: bool,
) -> None:
    """Import RDF FILES (Turtle, TriG, N-Triples, JSON-LD, ...) or a SPARQL endpoint's CONSTRUCT result.

    Each file (or endpoint query) becomes one source graph; foreign IRIs of things the graph
    holds already are linked with owl:sameAs / skos:exactMatch. Importing it again replaces
    its facts.
    """
    from clustergraph.graph.sources import apply
    from clustergraph.loaders.batch import file_address, record_of

    data = _data_dir(data_dir, record_aliases) if (files or endpoint) else None
    if endpoint or query_file:
        if files or not (endpoint and query_file):
            raise ClusterGraphError("give either FILES, or --endpoint URL with --query FILE.rq")
        from clustergraph.loaders.files import read_text
        from clustergraph.loaders.sparql import construct, endpoint_address, endpoint_batch

        query = read_text(query_file, "a SPARQL CONSTRUCT query (.rq)")
        answer = construct(endpoint, query, timeout=timeout)  # before taking the store's lock

        def make(index: EntityIndex) -> list[SourceBatch]:
            return [endpoint_batch(endpoint, query, answer, index)]

        replace = [record_of("endpoint", endpoint_address(endpoint, query))]
    else:
        if not files:
            raise ClusterGraphError(
                "nothing to import: give RDF FILES, or --endpoint URL with --query FILE.rq"
            )
        if source_url and len(files) > 1:
            raise ClusterGraphError("--source-url names the address of one file; give one FILE with it")
        from clustergraph.loaders.rdf import load_rdf_file

        addresses = [source_url or file_address(f) for f in files]
        _check_distinct([(str(f), a) for f, a in zip(files, addresses, strict=True)])

        def make(index: EntityIndex) -> list[SourceBatch]:
            return [load_rdf_file(f, index, source_url=source_url, fmt=fmt) for f in files]

        replace = [record_of("rdf-file", a) for a in addresses]
    report = apply(store, make, replace=replace, validate=not no_validate, engine=engine, data_dir=data)
    _report(report, as_json)


@click.command("sources")
@store_option
@click.option(
    "--kind",
    type=click.Choice(["table", "profile", "report", "rdf-file", "endpoint"]),
    help="Only sources of this kind.",
)
@json_option
@handle_errors
def sources(store: Path, kind: str | None, as_json: bool) -> None:
    """List the sources of the current graph: kind, facts cited, source record, address.

    A page the data tables cite (kind 'table') counts the facts it is cited for as stating them;
    an imported profile, RDF file or endpoint answer counts the facts it added.
    """
    from clustergraph.graph.sources import list_sources
    from clustergraph.graph.store import GraphStore
    from clustergraph.sparql.query import format_rows

    rows = list_sources(GraphStore.open(store), kind)
    if as_json:
        echo(json.dumps([s.to_dict() for s in rows], indent=2, ensure_ascii=False), machine=True)
        return
    names = ["kind", "facts", "record", "address"]
    echo(format_rows(names, [s.to_dict() for s in rows], "table"))
    echo(f"{len(rows)} source(s)")


@click.command("remove-source")
@click.argument("sources", nargs=-1, required=True)
@store_option
@no_validate_option
@engine_option
@json_option
@handle_errors
def remove_source(
    sources: tuple[str, ...], store: Path, no_validate: bool, engine: str, as_json: bool
) -> None:
    """Remove imported SOURCES (addresses, source record IRIs or loaded files) and exactly their facts.

    A fact another source also states stays. A file in data/profiles/ or data/rdf/ comes back
    with the next build; a page the data tables cite is changed in the tables, not here.
    """
    from clustergraph.graph.sources import apply, find_sources
    from clustergraph.graph.store import GraphStore

    gs = GraphStore.open(store)
    found = [s for key in sources for s in find_sources(gs, key)]
    del gs
    _report(apply(store, None, remove=found, validate=not no_validate, engine=engine), as_json)


#: The commands of this module, registered on the group by :mod:`clustergraph.cli`.
COMMANDS = (
    load_profile,
    load_report,
    import_,
    sources,
    remove_source,
)
