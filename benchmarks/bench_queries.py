"""Every named query of the library: embedded store (pyoxigraph) vs rdflib's in-memory store, one run.

The graph is a built store (``generate.py --out DIR --with-real data``, then ``clustergraph
build --data DIR --store STORE``; ~1M statements). The peer path loads the same build's N-Quads
into an ``rdflib.Dataset`` with the union of its graphs as default graph (the queries name their
graph with ``FROM``). Each query runs with the same bound parameters on both: its ``@example``
(default) or values picked from the graph so that it does the most work (``--params busiest``:
the busiest cluster, partnership, industries, ...); the median of ``--repeat`` runs is compared
with the targets: at least 10× faster than rdflib and at most 150 ms on the embedded store.

    python benchmarks/bench_queries.py --store STORE [--params busiest] [--repeat 5] [--only NAME]
"""

from __future__ import annotations

import argparse
import io
import os
import signal
import statistics
import sys
import time
from pathlib import Path
from typing import Any

from clustergraph.graph.store import GraphStore
from clustergraph.model.namespaces import DATA_IRI, sparql_prefixes
from clustergraph.sparql.library import library, run_query
from clustergraph.sparql.query import bind

TARGET_MS = 150.0
TARGET_RATIO = 10.0


def pick_parameters(gs: GraphStore) -> tuple[dict[str, str], dict[str, dict[str, str]]]:
    """Parameter values that make every query do real work on the given graph.

    The shared values, and per query the values that replace them for that query.
    """

    def one(sparql: str) -> str:
        rows = gs.select(sparql)
        if not rows:
            raise SystemExit(f"no parameter value found by: {sparql}")
        return str(next(iter(rows[0].values())))

    org = one(
        "SELECT ?c (COUNT(DISTINCT ?p) AS ?n) WHERE { ?p <http://www.w3.org/ns/org#hasMember> ?c . "
        "?c a <https://w3id.org/clustergraph/ontology#ClusterOrganisation> } "
        "GROUP BY ?c ORDER BY DESC(?n) LIMIT 1"
    )
    partnership = one(
        "SELECT ?p (COUNT(DISTINCT ?c) AS ?n) WHERE { ?p <http://www.w3.org/ns/org#hasMember> ?c } "
        "GROUP BY ?p ORDER BY DESC(?n) LIMIT 1"
    )
    industries = gs.select(
        "SELECT ?i (COUNT(DISTINCT ?o) AS ?n) "
        "WHERE { ?o <https://w3id.org/clustergraph/ontology#industry> ?i } "
        "GROUP BY ?i ORDER BY DESC(?n) LIMIT 2"
    )
    programme = one(
        "SELECT ?p (COUNT(DISTINCT ?o) AS ?n) "
        "WHERE { ?m <https://w3id.org/clustergraph/ontology#programme> ?p ; "
        "<https://w3id.org/clustergraph/ontology#member> ?o } GROUP BY ?p ORDER BY DESC(?n) LIMIT 1"
    )
    subject = one(
        "SELECT ?s (COUNT(?o) AS ?n) WHERE { ?o <http://www.w3.org/ns/sosa/hasFeatureOfInterest> ?s } "
        "GROUP BY ?s ORDER BY DESC(?n) LIMIT 1"
    )
    name = one(f"SELECT ?n WHERE {{ <{org}> <http://www.w3.org/2004/02/skos/core#prefLabel> ?n }} LIMIT 1")
    CG = "https://w3id.org/clustergraph/ontology#"
    # per query, the organisation with the most of what that query lists
    awarded = one(
        f"SELECT ?o (COUNT(?a) AS ?n) WHERE {{ ?a <{CG}awardedTo> ?o }} GROUP BY ?o ORDER BY DESC(?n) LIMIT 1"
    )
    staffed = one(
        "SELECT ?o (COUNT(?p) AS ?n) WHERE { ?p <http://www.w3.org/ns/org#organization> ?o ; "
        "<http://www.w3.org/ns/org#member> ?m . ?m a <http://xmlns.com/foaf/0.1/Person> } "
        "GROUP BY ?o ORDER BY DESC(?n) LIMIT 1"
    )
    related = one(
        f"SELECT ?o (COUNT(*) AS ?n) WHERE {{ VALUES ?r {{ <{CG}managedBy> <{CG}foundedBy> <{CG}initiatedBy> "
        "<http://www.w3.org/ns/org#subOrganizationOf> } ?x ?r ?o } GROUP BY ?o ORDER BY DESC(?n) LIMIT 1"
    )
    per_query = {
        "label-history": {"org": awarded},
        "people-as-of": {"org": staffed},
        "organisation-relations": {"org": related},
    }
    shared = {
        "org": org,
        "entity": org,
        "partnership": partnership,
        "industry_a": str(industries[0]["i"]),
        "industry_b": str(industries[-1]["i"]),
        "programme": programme,
        "subject": subject,
        "land": DATA_IRI + "region/DE-BY",
        "country": DATA_IRI + "region/DE",
        "as_of": "2020-01-01",
        "text": name[-8:],
    }
    return shared, per_query


def example_parameters(q: Any) -> dict[str, str]:
    """The query's first ``@example`` (``org=optonet as_of=2021-06-01``) as parameter values."""
    if not q.examples:
        return {}
    return dict(part.split("=", 1) for part in q.examples[0].split())


def median_ms(fn: Any, repeat: int) -> tuple[float, Any]:
    times, result = [], None
    for _ in range(repeat):
        started = time.perf_counter()
        result = fn()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times), result


def rdflib_median_ms(ds: Any, text: str, repeat: int, timeout: float) -> tuple[float | None, int | None]:
    """Median ms and row count of ``text`` on rdflib, in a forked child so a run can be cut off.

    ``(None, None)`` when it does not finish within ``timeout`` seconds (rdflib's SPARQL engine
    cannot be interrupted in-process).
    """
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: run, report, exit at once
        os.close(read)
        try:
            ms, rows = median_ms(lambda: list(ds.query(text)), repeat)
            os.write(write, f"{ms} {len(rows)}".encode())
        finally:
            os._exit(0)
    os.close(write)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        done, _status = os.waitpid(pid, os.WNOHANG)
        if done:
            break
        time.sleep(0.05)
    else:
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        os.close(read)
        return None, None
    answer = os.read(read, 100).decode().split()
    os.close(read)
    return (float(answer[0]), int(answer[1])) if answer else (None, None)


def load_rdflib(gs: GraphStore) -> Any:
    from rdflib import Dataset

    buf = io.BytesIO()
    gs.store.dump(buf, __import__("pyoxigraph").RdfFormat.N_QUADS)
    ds = Dataset(default_union=True)
    ds.parse(data=buf.getvalue().decode("utf-8"), format="nquads")
    return ds


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--store", type=Path, required=True, help="a built store location")
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--rdflib-repeat", type=int, default=3)
    ap.add_argument("--only", action="append", default=None, help="run only this query (repeatable)")
    ap.add_argument("--no-rdflib", action="store_true", help="measure the embedded store only")
    ap.add_argument(
        "--params",
        choices=("example", "busiest"),
        default="example",
        help="each query's @example parameters (default; the graph must hold the real data's entities: "
        "generate.py --with-real data) or values picked so that each query does the most work",
    )
    ap.add_argument(
        "--rdflib-timeout", type=float, default=30.0, help="seconds before an rdflib run is cut off"
    )
    args = ap.parse_args(argv)

    gs = GraphStore.open(args.store)
    n = int(gs.select("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")[0]["n"])
    print(f"graph: {args.store} ({n:,} statements), parameters: {args.params}")
    params, per_query = pick_parameters(gs) if args.params == "busiest" else ({}, {})
    lib = library()
    names = [q for q in lib if not args.only or q in args.only]
    ds = None
    if not args.no_rdflib:
        started = time.perf_counter()
        ds = load_rdflib(gs)
        print(f"rdflib Dataset loaded in {time.perf_counter() - started:.1f} s", flush=True)

    header = f"{'query':28} {'rows':>7} {'oxigraph ms':>12} {'rdflib ms':>10} {'ratio':>8}  verdict"
    print(header)
    print("-" * len(header))
    failures = 0
    notes: list[str] = []
    for name in names:
        q = lib[name]
        if args.params == "example":
            values = example_parameters(q)
        else:
            chosen = {**params, **per_query.get(name, {})}
            values = {p.name: chosen[p.name] for p in q.parameters if p.name in chosen}
        ox_ms, result = median_ms(lambda q=q, values=values: run_query(q.name, values, store=gs), args.repeat)
        rows = len(result.solutions) if result.kind == "select" else len(result.triples)
        rd_ms = None
        if ds is not None:
            text = sparql_prefixes() + bind(q.text, q.bindings(values))
            rd_ms, rd_rows = rdflib_median_ms(ds, text, args.rdflib_repeat, args.rdflib_timeout)
            if rd_rows is not None and rd_rows != rows:
                notes.append(f"{name}: rdflib {rd_rows} rows, embedded {rows}")
        if ds is not None and rd_ms is None:  # cut off: at least the timeout
            rd_ms, capped = args.rdflib_timeout * 1000, True
        else:
            capped = False
        ratio = rd_ms / ox_ms if rd_ms else None
        ok = ox_ms <= TARGET_MS and (ratio is None or ratio >= TARGET_RATIO)
        failures += not ok
        more = ">" if capped else ""
        rd_text = "" if rd_ms is None else f"{more}{rd_ms:.0f}"
        ratio_text = "" if ratio is None else f"{more}{ratio:.1f}x"
        print(
            f"{name:28} {rows:>7} {ox_ms:>12.1f} {rd_text:>10} {ratio_text:>8}  {'PASS' if ok else 'FAIL'}",
            flush=True,
        )
    for note in notes:
        print(f"  note: {note}")
    met = len(names) - failures
    print(f"\n{met} of {len(names)} queries meet the targets (<= {TARGET_MS:g} ms, >= {TARGET_RATIO:g}x)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
