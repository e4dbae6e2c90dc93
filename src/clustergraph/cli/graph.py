"""``clustergraph build``, ``validate``, ``stats``, ``export``: the graph stage."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import click

from clustergraph.cli.options import (
    DATA_FOUND,
    EXIT_INVALID,
    EXIT_OK,
    STORE_FOUND,
    check_source_url,
    data_option,
    echo,
    engine_option,
    found,
    handle_errors,
    json_option,
    store_option,
)
from clustergraph.errors import ClusterGraphError


@click.command()
@data_option("The data directory to build from")
@store_option
@click.option(
    "--keep-going", is_flag=True, help="Skip rows with problems (and rows that depend on them) and list them."
)
@click.option("--no-validate", is_flag=True, help="Do not run the SHACL validation.")
@click.option("--publish-invalid", is_flag=True, help="Publish the graph even if it has SHACL violations.")
@click.option(
    "--public-endpoint",
    metavar="URL",
    callback=check_source_url,
    help="The public SPARQL endpoint this build will be served at: the dataset's description names it "
    "(void:sparqlEndpoint). Default: 'endpoint' of the settings (docs/configuration.md).",
)
@engine_option
@json_option
@handle_errors
def build(
    data_dir: Path,
    store: Path,
    keep_going: bool,
    no_validate: bool,
    publish_invalid: bool,
    public_endpoint: str | None,
    engine: str,
    as_json: bool,
) -> None:
    """Build the graph from the data files into the embedded store.

    The new graph replaces the previous one only when the build succeeds. Without --data it
    reads data/ of the project root, else the default dataset that ships with clustergraph;
    the output says which. Sources added with 'import' or 'load-profile' are not in the data
    files: the build says which of them it leaves out, and how to keep them.
    """
    from clustergraph.graph.build import build as run_build
    from clustergraph.graph.stats import format_summary
    from clustergraph.model.locations import find_endpoint

    def progress(msg: str) -> None:
        if not as_json:
            echo(f"... {msg}", err=True)

    for kind, what in ((DATA_FOUND, "data"), (STORE_FOUND, "store")):
        located = found(kind)
        if located is not None:
            progress(f"{what}: {located.describe()}")
    imported = _imported_before(store)
    report = run_build(
        data_dir,
        store,
        keep_going=keep_going,
        validate=not no_validate,
        publish_invalid=publish_invalid,
        engine=engine,
        progress=progress,
        endpoint=public_endpoint or find_endpoint(),
    )
    left_out = _left_out(imported, store, data_dir)
    report.warnings.extend(left_out)
    if as_json:
        echo(json.dumps(report.to_dict(), indent=2, ensure_ascii=False), machine=True)
    else:
        echo(format_summary(report.to_dict()))
        for w in report.warnings:
            echo(f"warning: {w}", err=True)
    if report.skipped:
        echo(f"skipped {len(report.skipped)} row(s) with problems:", err=True)
        for s in report.skipped:
            echo(f"  {s}", err=True)
    if report.validation is not None and not report.validation.conforms:
        sys.exit(EXIT_INVALID)


def _imported_before(store: Path) -> list[Any]:
    """The sources imported into the current graph after its build (none if there is no graph)."""
    from clustergraph.graph.sources import imported_sources
    from clustergraph.graph.store import GraphStore

    try:
        return imported_sources(GraphStore.open(store))
    except ClusterGraphError:
        return []


def _left_out(imported: list[Any], store: Path, data_dir: Path) -> list[str]:
    """A warning for the imported sources the new build does not have, and how to keep them."""
    if not imported:
        return []
    from clustergraph.graph.sources import list_sources
    from clustergraph.graph.store import GraphStore

    gs = GraphStore.open(store)
    kept = {s.address for k in ("profile", "rdf-file", "endpoint") for s in list_sources(gs, k)}
    gone = [s for s in imported if s.address not in kept]
    if not gone:
        return []
    lines = [
        f"{len(gone)} source(s) imported into the previous graph are not in this build, which reads "
        f"only {data_dir}:"
    ]
    lines += [f"  {s.kind} {s.address} ({s.facts:,} facts)" for s in gone]
    located = found(DATA_FOUND)
    if located is not None and located.packaged:
        lines.append(
            f"  to keep them across builds, build from a data directory of your own: copy {data_dir} "
            "to ./data and put the files into data/rdf/ (RDF) or data/profiles/ (profile texts); "
            "else import them again after each build"
        )
    else:
        lines.append(
            f"  to keep a file across builds, put it into {data_dir / 'rdf'}/ (RDF) or "
            f"{data_dir / 'profiles'}/ (profile texts); else import it again after each build"
        )
    aliases = _alias_rows_of(data_dir, {s.address for s in gone})
    if aliases:
        lines.append(
            f"  the {aliases} alias row(s) their import appended to {data_dir / 'reconciliation.csv'} "
            "are still there: keep them, or delete them if you drop the sources"
        )
    return ["\n".join(lines)]


def _alias_rows_of(data_dir: Path, addresses: set[str]) -> int:
    """How many rows of ``reconciliation.csv`` name one of ``addresses`` (as source or in the reason)."""
    import csv

    path = data_dir / "reconciliation.csv"
    if not path.is_file():
        return 0
    with open(path, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    return sum(
        1
        for r in rows
        if (r.get("sources") or "") in addresses
        or any(f"(seen in {a})" in (r.get("reason") or "") for a in addresses)
    )


@click.command()
@store_option
@click.argument("files", nargs=-1, type=click.Path(path_type=Path, dir_okay=False))
@click.option("--limit", default=50, show_default=True, help="Focus nodes shown in the text report.")
@engine_option
@json_option
@handle_errors
def validate(store: Path, files: tuple[Path, ...], limit: int, engine: str, as_json: bool) -> None:
    """Validate the built graph (or the given RDF FILES) against the SHACL shapes.

    Exit code 0: conforms; 1: violations; 2: bad input.
    """
    from clustergraph.graph.validate import validate_graph, validate_store

    if files:
        graph = _read_rdf_files(files)
        from clustergraph.model.ontology import ontology_graph

        report = validate_graph(graph, ontology=ontology_graph(), engine=engine)
    else:
        from clustergraph.graph.store import GraphStore

        report = validate_store(GraphStore.open(store), engine=engine)
    if as_json:
        echo(json.dumps(report.to_dict(), indent=2, ensure_ascii=False), machine=True)
    else:
        echo(report.to_text(limit=limit))
    sys.exit(EXIT_OK if report.conforms else EXIT_INVALID)


def _read_rdf_files(files: tuple[Path, ...]) -> Any:
    from rdflib import Dataset, Graph
    from rdflib.util import guess_format

    from clustergraph.loaders.files import check_regular

    graph = Graph()
    for path in files:
        check_regular(path, "an RDF file")  # never opens a FIFO or a device
        fmt = guess_format(str(path)) or "turtle"
        try:
            if fmt in ("nquads", "trig"):
                ds = Dataset()
                ds.parse(path, format=fmt)
                for s, p, o, _g in ds.quads((None, None, None, None)):
                    graph.add((s, p, o))
            else:
                graph.parse(path, format=fmt)
        except Exception as exc:  # rdflib raises many parser exceptions
            raise ClusterGraphError(f"{path}: not readable as {fmt}: {exc}") from None
    return graph


@click.command()
@store_option
@json_option
@handle_errors
def stats(store: Path, as_json: bool) -> None:
    """Summarise the built graph: entities, facts, sources, labels, places."""
    from clustergraph.graph.stats import format_summary, summary
    from clustergraph.graph.store import GraphStore

    gs = GraphStore.open(store)
    info = gs.info()
    out = {
        "summary": summary(gs),
        "store": str(gs.path),
        **({"validation": info["validation"]} if info.get("validation") else {}),
        **({"seconds": info["seconds"]} if "seconds" in info else {}),
    }
    if as_json:
        echo(json.dumps(out, indent=2, ensure_ascii=False), machine=True)
    else:
        echo(format_summary(out))


@click.command()
@store_option
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["nquads", "trig", "turtle", "ntriples", "jsonld"]),
    default="nquads",
    show_default=True,
    help="nquads, trig and jsonld keep one named graph per source; turtle and ntriples hold the union.",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path, dir_okay=False, allow_dash=True),
    required=True,
    help="The file to write (atomically, with the permissions the umask gives), or - for stdout.",
)
@click.option("--no-people", is_flag=True, help="Leave out people and their posts.")
@click.option(
    "--graph",
    "graphs",
    multiple=True,
    type=click.Choice(["data", "provenance", "ontology", "build", "all"]),
    help="The graphs to write (repeatable). Default: all of them for nquads, trig and jsonld "
    "(each a named graph); the data graph alone for turtle and ntriples.",
)
@handle_errors
def export(store: Path, fmt: str, output: Path, no_people: bool, graphs: tuple[str, ...]) -> None:
    """Write the graph to a file: every fact once, with its provenance in the dataset formats.

    \b
    nquads, trig  every graph as a named graph: data, provenance, ontology, build (and analyses)
    jsonld        the same, compacted with the project's @context (docs/context.jsonld)
    turtle        the data graph (--graph adds others), the project's prefixes, one block a subject
    ntriples      the same triples, one a line
    """
    from clustergraph.graph.export import export as run_export

    to_stdout = str(output) == "-"
    target = sys.stdout.buffer if to_stdout else output
    n = run_export(store, target, fmt, people=not no_people, graphs=graphs or None)
    if to_stdout:
        sys.stdout.buffer.flush()
    where = "stdout" if to_stdout else str(output)
    echo(
        f"wrote {n:,} statements to {where} ({fmt}{', without people' if no_people else ''})",
        err=to_stdout,
    )


#: The commands of this module, registered on the group by :mod:`clustergraph.cli`.
COMMANDS = (
    build,
    validate,
    stats,
    export,
)
