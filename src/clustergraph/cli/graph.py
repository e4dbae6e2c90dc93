"""``clustergraph build``, ``validate``, ``stats``, ``export``: the graph stage."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import click

from clustergraph.cli.options import (
    EXIT_INVALID,
    EXIT_OK,
    data_option,
    echo,
    engine_option,
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
@engine_option
@json_option
@handle_errors
def build(
    data_dir: Path,
    store: Path,
    keep_going: bool,
    no_validate: bool,
    publish_invalid: bool,
    engine: str,
    as_json: bool,
) -> None:
    """Build the graph from the data files into the embedded store.

    The new graph replaces the previous one only when the build succeeds.
    """
    from clustergraph.graph.build import build as run_build
    from clustergraph.graph.stats import format_summary

    def progress(msg: str) -> None:
        if not as_json:
            echo(f"... {msg}", err=True)

    report = run_build(
        data_dir,
        store,
        keep_going=keep_going,
        validate=not no_validate,
        publish_invalid=publish_invalid,
        engine=engine,
        progress=progress,
    )
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
    type=click.Path(path_type=Path, dir_okay=False),
    required=True,
    help="The file to write (written atomically).",
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
    """Write the graph to a file: every fact once, with its provenance in the dataset formats."""
    from clustergraph.graph.export import export as run_export

    n = run_export(store, output, fmt, people=not no_people, graphs=graphs or None)
    echo(f"wrote {n:,} statements to {output} ({fmt}{', without people' if no_people else ''})")


#: The commands of this module, registered on the group by :mod:`clustergraph.cli`.
COMMANDS = (
    build,
    validate,
    stats,
    export,
)
