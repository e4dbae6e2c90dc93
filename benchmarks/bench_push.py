"""``clustergraph push`` to the Oxigraph server and to Virtuoso 7, against each store's own bulk loader.

For each built store given (the real data's, and a generated one of about 1M statements), one run:

- the store's N-Quads dump (``clustergraph export``), loaded by the store's own bulk loader into a
  new, empty store: ``oxigraph load`` (then served), Virtuoso's ``ld_dir`` + ``rdf_loader_run`` and
  ``DB.DBA.TTLP_MT`` (one call per graph, from the graph's N-Triples), all through the test harness
  (tests/support/engines.py);
- ``push`` into a new, empty server of each kind with no option but the endpoint (the first
  push), then the same push again (the second push: every graph replaced).

Each is reported in seconds and statements per second, and each push against the bulk loader
(how many times slower). The engines run on loopback ports and are stopped at the end::

    python benchmarks/bench_push.py --store build/graph --store /tmp/synth150graph [--json out.json]

Build the 1M store with ``python benchmarks/generate.py --out /tmp/synth150 --triples 150000`` and
``clustergraph build --data /tmp/synth150 --store /tmp/synth150graph --no-validate`` (about 146,000
facts and their provenance: 979,280 statements).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))  # the engine harness

from support import engines as E

from clustergraph.graph.export import export
from clustergraph.graph.store import GraphStore
from clustergraph.sparql.endpoint import Endpoint
from clustergraph.sparql.push import push


def _graph_files(location: Path, work: Path) -> dict[str, Path]:
    """One N-Triples file per graph of the build (for TTLP_MT, which loads one graph a call)."""
    import pyoxigraph as ox

    gs = GraphStore.open(location)
    by_graph: dict[str, list[Any]] = {}
    for quad in gs.quads():
        by_graph.setdefault(quad.graph_name.value, []).append(quad.triple)
    out = {}
    for n, (graph, triples) in enumerate(sorted(by_graph.items())):
        path = work / f"graph-{n}.nt"
        path.write_bytes(ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES) or b"")
        out[graph] = path
    return out


def _pushes(url: str, location: Path, timeout: float, mode: str = "auto") -> list[dict[str, Any]]:
    runs = []
    for _ in range(2):
        report = push(location, Endpoint.from_url(url, timeout=timeout), mode=mode)
        runs.append(report.to_dict())
    return runs


def measure(
    location: Path, timeout: float, oxigraph_modes: tuple[str, ...] = ("staged", "in-place")
) -> dict[str, Any]:
    """The figures for one built store."""
    statements = sum(1 for _ in GraphStore.open(location).quads())
    out: dict[str, Any] = {"store": str(location), "statements": statements}
    with tempfile.TemporaryDirectory(prefix="bench-push-") as tmp:
        work = Path(tmp)
        dump = work / "graph.nq"
        started = time.perf_counter()
        export(location, dump, "nquads")
        out["export_seconds"] = time.perf_counter() - started
        print(f"{location}: {statements:,} statements, dump {out['export_seconds']:.1f} s", file=sys.stderr)

        if oxigraph_modes:
            server = E.start_oxigraph(dump=dump)
            out["oxigraph_load"] = server.extra["load_seconds"]
            server.stop()
            print(f"  oxigraph load: {out['oxigraph_load']:.1f} s", file=sys.stderr)
        if "staged" in oxigraph_modes:
            with E.start_oxigraph() as server:
                out["oxigraph_push"] = _pushes(server.base_url, location, timeout)
            print(f"  oxigraph push: {[r['seconds'] for r in out['oxigraph_push']]}", file=sys.stderr)
        if "in-place" in oxigraph_modes:
            with E.start_oxigraph() as server:
                out["oxigraph_push_in_place"] = _pushes(server.base_url, location, timeout, "in-place")
            print(
                f"  oxigraph push --mode in-place: {[r['seconds'] for r in out['oxigraph_push_in_place']]}",
                file=sys.stderr,
            )

        with E.start_virtuoso() as virtuoso:
            out["virtuoso_load"] = virtuoso.load(dump)
        print(f"  virtuoso rdf_loader_run: {out['virtuoso_load']:.1f} s", file=sys.stderr)
        files = _graph_files(location, work)
        with E.start_virtuoso() as virtuoso:
            out["virtuoso_ttlp"] = sum(virtuoso.ttlp(path, graph) for graph, path in files.items())
        print(f"  virtuoso TTLP_MT: {out['virtuoso_ttlp']:.1f} s", file=sys.stderr)
        with E.start_virtuoso() as virtuoso:
            out["virtuoso_push"] = _pushes(virtuoso.query_url, location, timeout)
        print(f"  virtuoso push: {[r['seconds'] for r in out['virtuoso_push']]}", file=sys.stderr)
    return out


def table(results: list[dict[str, Any]]) -> str:
    """The figures as a Markdown table."""
    lines = [
        "| graph | statements | store | bulk loader | s | stmts/s | push | first push s | stmts/s | × loader "
        "| second push s | stmts/s | × loader |",
        "|---|---:|---|---|---:|---:|---|---:|---:|---:|---:|---:|---:|",
    ]
    for r in results:
        n = r["statements"]
        for store, loader, key, kind, how in (
            ("Oxigraph server", "oxigraph load", "oxigraph_load", "oxigraph_push", "staged (default)"),
            (
                "Oxigraph server",
                "oxigraph load",
                "oxigraph_load",
                "oxigraph_push_in_place",
                "--mode in-place",
            ),
            ("Virtuoso 7", "ld_dir + rdf_loader_run", "virtuoso_load", "virtuoso_push", "in place (default)"),
            ("Virtuoso 7", "TTLP_MT per graph", "virtuoso_ttlp", "virtuoso_push", "in place (default)"),
        ):
            if kind not in r:
                continue
            pushes = r[kind]
            load = r[key]
            cells = [Path(r["store"]).name, f"{n:,}", store, loader, f"{load:.1f}", f"{n / load:,.0f}", how]
            for run in pushes:
                s = run["seconds"]
                cells += [f"{s:.1f}", f"{n / s:,.0f}", f"{s / load:.1f}"]
            lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--store", action="append", type=Path, required=True, help="A built store (repeat).")
    parser.add_argument("--timeout", type=float, default=600.0, help="Seconds per request of a push.")
    parser.add_argument("--json", type=Path, help="Write the figures here too.")
    parser.add_argument(
        "--no-oxigraph",
        action="store_true",
        help="Virtuoso only (for graphs too large for Oxigraph's transactions on this machine).",
    )
    parser.add_argument(
        "--oxigraph-in-place-only",
        action="store_true",
        help="Leave out the staged push to Oxigraph (its MOVE holds the graph in memory: 4.9 GB at 1M).",
    )
    args = parser.parse_args(argv)
    for engine in ("oxigraph", "virtuoso"):
        E.require(engine)
    modes: tuple[str, ...] = ("in-place",) if args.oxigraph_in_place_only else ("staged", "in-place")
    if args.no_oxigraph:
        modes = ()
    results = [measure(location, args.timeout, modes) for location in args.store]
    print(table(results))
    if args.json:
        args.json.write_text(json.dumps(results, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
