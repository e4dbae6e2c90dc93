"""10 MB hostile inputs of every kind through the real CLI: each gets its result or a located error.

Every input is written to a temporary folder and fed to ``clustergraph`` in a subprocess (the
time includes the interpreter's start, about 1 s), against a copy of a graph built from
``tests/data/valid``: a 10 MB CSV cell, a 10 MB profile text (one long token, and words), a
10 MB literal in Turtle, N-Triples, JSON-LD and RDF/XML, and 10 MB of nesting in Turtle
(blank nodes and collections), JSON-LD and RDF/XML; and, for scale, a 10 MB Turtle file of
ordinary statements. It reports the seconds, the exit code and
the first line of the answer, and fails a run that takes longer than ``--limit`` seconds or
shows a traceback. It also measures what the deadline costs an embedded query (the worker
thread of :mod:`clustergraph.sparql.deadline`) on a named query.

    python benchmarks/bench_hostile.py                 # all, about a minute on 2 cores
    python benchmarks/bench_hostile.py --size 1000000 --only csv-cell profile-token
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
VALID = ROOT / "tests" / "data" / "valid"
S = "https://example.org/bench/hostile"


def _csv_cell(n: int) -> tuple[str, bytes]:
    return "people.csv", f'huge,"{"x" * n}",,,{S}\n'.encode()


def _profile(body: str) -> Callable[[int], tuple[str, bytes]]:
    def make(n: int) -> tuple[str, bytes]:
        head = f"Quelle: {S}\n\nName: Ida Neu\nFunktion: Clustermanagerin\nCluster: Lichtwerk Photonik\n\n"
        return "big.txt", (head + body * (n // len(body)) + "\n").encode()

    return make


def _ttl_literal(n: int) -> tuple[str, bytes]:
    return "big.ttl", f'<http://e.net/a> <http://e.net/p> "{"x" * n}" .\n'.encode()


def _nt_literal(n: int) -> tuple[str, bytes]:
    return "big.nt", f'<http://e.net/a> <http://e.net/p> "{"x" * n}" .\n'.encode()


def _jsonld_literal(n: int) -> tuple[str, bytes]:
    return "big.jsonld", ('{"@id": "http://e.net/a", "http://e.net/p": "' + "x" * n + '"}').encode()


def _rdfxml_literal(n: int) -> tuple[str, bytes]:
    return "big.rdf", (
        '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:e="http://e.net/">'
        f'<rdf:Description rdf:about="http://e.net/a"><e:p>{"x" * n}</e:p></rdf:Description></rdf:RDF>'
    ).encode()


def _turtle_wide(n: int) -> tuple[str, bytes]:
    row = '<http://e.net/s{i}> <http://e.net/p> [ <http://e.net/q> "value {i}" ] .\n'
    rows, size, i = [], 0, 0
    while size < n:
        rows.append(row.format(i=i))
        size += len(rows[-1])
        i += 1
    return "wide.ttl", "".join(rows).encode()


def _nested(name: str, open_: str, middle: str, close: str, head: str = "", tail: str = "") -> Callable:
    def make(n: int) -> tuple[str, bytes]:
        depth = n // (len(open_) + len(close))
        return name, (head + open_ * depth + middle + close * depth + tail).encode()

    return make


KINDS: dict[str, tuple[str, Callable[[int], tuple[str, bytes]]]] = {
    "csv-cell": ("build", _csv_cell),
    "profile-token": ("load-profile", _profile("A")),
    "profile-words": ("load-profile", _profile("Die Mitglieder des Clusters 1.000 seit 2019 ")),
    "turtle-literal": ("import", _ttl_literal),
    "ntriples-literal": ("import", _nt_literal),
    "jsonld-literal": ("import", _jsonld_literal),
    "rdfxml-literal": ("import", _rdfxml_literal),
    "turtle-wide": ("import", _turtle_wide),
    "turtle-nested-blank-nodes": (
        "import",
        _nested("deep.ttl", "[ <http://e.net/p> ", '"x"', " ]", "<http://e.net/a> <http://e.net/p> ", " .\n"),
    ),
    "turtle-nested-collections": (
        "import",
        _nested("deep-list.ttl", "( ", '"x"', " )", "<http://e.net/a> <http://e.net/p> ", " .\n"),
    ),
    "jsonld-nested": (
        "import",
        _nested("deep.jsonld", '{"@id": "http://e.net/a", "http://e.net/p": ', '"x"', "}"),
    ),
    "rdfxml-nested": (
        "import",
        _nested(
            "deep.rdf",
            "<rdf:Description><e:p>",
            "",
            "</e:p></rdf:Description>",
            '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:e="http://e.net/">',
            "</rdf:RDF>",
        ),
    ),
}


def run_kind(name: str, size: int, built: Path, work: Path, limit: float) -> dict[str, object]:
    command, make = KINDS[name]
    case = work / name
    case.mkdir()
    data = case / "data"
    shutil.copytree(VALID, data)
    store = case / "graph"
    shutil.copytree(built, store, ignore=shutil.ignore_patterns(".lock"))
    file_name, content = make(size)
    if command == "build":
        path = data / file_name
        path.write_bytes(path.read_bytes() + content)
        args = ["build", "--data", str(data), "--store", str(store), "--no-validate"]
    else:
        path = case / file_name
        path.write_bytes(content)
        args = [command, str(path), "--store", str(store), "--data", str(data), "--no-validate"]
    started = time.perf_counter()
    try:
        proc = subprocess.run(
            [sys.executable, "-m", "clustergraph", *args], capture_output=True, text=True, timeout=limit
        )
        seconds = time.perf_counter() - started
        code, text = proc.returncode, proc.stderr + proc.stdout
    except subprocess.TimeoutExpired:
        return {"kind": name, "bytes": len(content), "seconds": None, "exit": None, "answer": "HANG"}
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.startswith(("...", "note:"))]
    answer = next((ln.strip() for ln in lines if "error" not in ln.lower() or len(lines) == 1), "")
    if code == 2 and len(lines) > 1:
        answer = lines[1].strip()
    return {
        "kind": name,
        "bytes": len(content),
        "seconds": round(seconds, 2),
        "exit": code,
        "answer": answer[:150],
        "traceback": "Traceback" in text,
    }


def deadline_overhead(built: Path, repeat: int) -> dict[str, float]:
    """Median ms of a named query called directly, under the CLI's watchdog and through the worker thread."""
    from clustergraph.graph.store import GraphStore
    from clustergraph.sparql import library as lib
    from clustergraph.sparql.deadline import call_with_deadline, watchdog

    gs = GraphStore.open(built)
    text = lib.sparql_prefixes() + lib.get("clusters-per-land").text

    def direct() -> object:
        return lib._from_oxigraph(gs.query(text))

    def watched() -> object:
        with watchdog(30.0):
            return direct()

    out = {}
    for label, fn in (
        ("direct", direct),
        ("watchdog", watched),
        ("worker", lambda: call_with_deadline(direct, 30.0)),
    ):
        fn()
        times = []
        for _ in range(repeat):
            t = time.perf_counter()
            fn()
            times.append(time.perf_counter() - t)
        out[label] = round(statistics.median(times) * 1000, 3)
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--size", type=int, default=10_000_000, help="bytes of the hostile part (default 10 MB)")
    ap.add_argument("--only", nargs="*", choices=sorted(KINDS), help="run only these kinds")
    ap.add_argument("--limit", type=float, default=300.0, help="seconds before a run counts as a hang")
    ap.add_argument("--json", type=Path, help="also write the figures here")
    args = ap.parse_args()

    from clustergraph.graph.build import build

    rows = []
    with tempfile.TemporaryDirectory(prefix="bench-hostile-") as tmp:
        work = Path(tmp)
        built = work / "built"
        build(VALID, built)
        for name in args.only or KINDS:
            row = run_kind(name, args.size, built, work, args.limit)
            rows.append(row)
            secs = "HANG" if row["seconds"] is None else f"{row['seconds']:.2f}"
            size = f"{row['bytes'] / 1e6:6.1f} MB"
            print(f"{name:28s} {size} {secs:>8s} s  exit {row['exit']}  {row['answer']}")
            sys.stdout.flush()
        overhead = deadline_overhead(built, 300)
        print(
            f"\nembedded named query (clusters-per-land, test data), median of 300: direct "
            f"{overhead['direct']} ms, under the CLI's watchdog {overhead['watchdog']} ms, through "
            f"the worker thread (Python callers) {overhead['worker']} ms"
        )
    failed = [r for r in rows if r["seconds"] is None or r.get("traceback") or r["exit"] not in (0, 2)]
    for r in failed:
        print(f"FAIL {r['kind']}: {r['answer']}", file=sys.stderr)
    if args.json:
        args.json.write_text(json.dumps({"runs": rows, "deadline_ms": overhead}, indent=2))
    return 1 if failed else 0


if __name__ == "__main__":
    os.environ.setdefault("PYTHONUNBUFFERED", "1")
    raise SystemExit(main())
