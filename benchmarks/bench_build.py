"""Scale benchmark: the clustergraph build against rdflib and pyoxigraph on the same data.

One run generates synthetic input (``benchmarks/generate.py``) and measures, each in its
own fresh Python subprocess (nothing warm; peak memory is that process's ``ru_maxrss``):

* ``build``             ``clustergraph.graph.build.build(data, store)``  (with SHACL validation)
* ``build-novalidate``  ``clustergraph.graph.build.build(data, store, validate=False)``
* ``export``            ``clustergraph.graph.export.export(store, file, format="ntriples", graphs=["all"])``
* ``rdflib-parse``      ``rdflib.Graph().parse(file, format="nt")`` of that export
* ``oxigraph-disk``     ``pyoxigraph.Store(path).bulk_load(path=file, format=N_TRIPLES)``
* ``oxigraph-memory``   the same into ``pyoxigraph.Store()``

Each is run ``--repeat`` times and the median is reported, then the ratios and the targets
(build no slower than rdflib's bare parse, within 5x of pyoxigraph's on-disk bulk load,
build peak memory <= 1.2 GiB) with PASS/FAIL::

    python benchmarks/bench_build.py                       # 1M triples, 3 repeats
    python benchmarks/bench_build.py --triples 200000 --repeat 1 --json out.json
    python benchmarks/bench_build.py --keep /tmp/bench1m  # reuse input (and export) next time

Timings cover the measured call only (not interpreter start-up or imports); the ``process s``
column is the whole subprocess (start-up and imports included), and the targets compare those
(whole processes, the stricter reading). A measure
whose runs already took ``--budget`` seconds (default 300) is not repeated further, so a
slow path (SHACL validation) does not hold up the run; the ``runs`` column says how many
ran. Exit code:
0 all targets pass, 1 a target fails, 2 a measurement failed (error or timeout).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(HERE))

import generate  # noqa: E402  (benchmarks/generate.py, beside this file)

GIB = 1024**3
MEASURES = [
    "build",
    "build-novalidate",
    "export",
    "rdflib-parse",
    "oxigraph-disk",
    "oxigraph-memory",
]
LABELS = {
    "build": "clustergraph build (validate=True)",
    "build-novalidate": "clustergraph build (validate=False)",
    "export": "clustergraph export N-Triples",
    "rdflib-parse": "rdflib Graph().parse(nt)",
    "oxigraph-disk": "pyoxigraph bulk_load, on-disk Store(path)",
    "oxigraph-memory": "pyoxigraph bulk_load, in-memory Store()",
}
MEMORY_TARGET = 1.2 * GIB
SLOWER_THAN_OXIGRAPH = 5.0


# ---------------------------------------------------------------------------
# Worker: runs in a fresh subprocess, measures one call, prints one JSON line
# ---------------------------------------------------------------------------


def _peak_bytes() -> tuple[int, int]:
    """Peak resident set size of this process and of its waited-for children (Linux: KiB)."""
    scale = 1 if sys.platform == "darwin" else 1024
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * scale
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * scale
    return own, children


def _worker(kind: str, src: str, dst: str) -> dict:
    """Measure one path. ``src``/``dst``: data dir / store, store / file, file / store."""
    result: dict = {}
    if kind in ("build", "build-novalidate"):
        from clustergraph.graph.build import build

        before = _peak_bytes()[0]
        t0 = time.perf_counter()
        report = build(Path(src), Path(dst), validate=(kind == "build"))
        seconds = time.perf_counter() - t0
        result["triples"] = int(report.triples)
        result["reported_seconds"] = float(getattr(report, "seconds", seconds))
        phases = getattr(report, "timings", None)
        if isinstance(phases, dict):
            result["phases"] = {str(k): float(v) for k, v in phases.items()}
    elif kind == "export":
        from clustergraph.graph.export import export

        before = _peak_bytes()[0]
        t0 = time.perf_counter()
        written = export(Path(src), Path(dst), format="ntriples", graphs=["all"])
        seconds = time.perf_counter() - t0
        if isinstance(written, int):
            result["triples"] = written
        else:
            with open(dst, "rb") as fh:
                result["triples"] = sum(1 for ln in fh if ln.strip() and not ln.startswith(b"#"))
    elif kind == "rdflib-parse":
        from rdflib import Graph

        before = _peak_bytes()[0]
        t0 = time.perf_counter()
        g = Graph()
        g.parse(src, format="nt")
        seconds = time.perf_counter() - t0
        result["triples"] = len(g)
    elif kind in ("oxigraph-disk", "oxigraph-memory"):
        import pyoxigraph

        before = _peak_bytes()[0]
        t0 = time.perf_counter()
        store = pyoxigraph.Store(dst) if kind == "oxigraph-disk" else pyoxigraph.Store()
        store.bulk_load(path=src, format=pyoxigraph.RdfFormat.N_TRIPLES)
        if kind == "oxigraph-disk":
            store.flush()
        seconds = time.perf_counter() - t0
        result["triples"] = len(store)
    else:
        raise SystemExit(f"unknown measure {kind!r}")
    own, children = _peak_bytes()
    result.update(
        seconds=seconds,
        peak_bytes=max(own, children),
        peak_self=own,
        peak_children=children,
        rss_before=before,
    )
    return result


# ---------------------------------------------------------------------------
# Driver
# ---------------------------------------------------------------------------


def _env() -> dict[str, str]:
    """The subprocess environment: the repository's ``src`` importable, after PYTHONPATH."""
    env = dict(os.environ)
    parts = [p for p in env.get("PYTHONPATH", "").split(os.pathsep) if p]
    env["PYTHONPATH"] = os.pathsep.join([*parts, str(REPO / "src")])
    return env


def _run(kind: str, src: Path, dst: Path, timeout: float) -> dict:
    cmd = [sys.executable, str(Path(__file__).resolve()), "--worker", kind, str(src), str(dst)]
    started = time.perf_counter()
    try:
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, env=_env())
    except subprocess.TimeoutExpired:
        return {"error": f"timeout after {timeout:g} s"}
    if proc.returncode != 0:
        tail = (proc.stderr or proc.stdout).strip().splitlines()[-5:]
        return {"error": f"exit {proc.returncode}: " + " / ".join(tail)}
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    result["process_seconds"] = time.perf_counter() - started  # the whole process: start-up, imports
    return result


def _remove(path: Path) -> None:
    if path.is_dir():
        shutil.rmtree(path)
    elif path.exists():
        path.unlink()


def _input(args: argparse.Namespace, work: Path) -> tuple[Path, dict]:
    """Generate the input (or reuse it from ``--keep``)."""
    orgs = args.organisations or generate.organisations_for(args.triples)
    params = {
        "organisations": orgs,
        "seed": args.seed,
        "generator": generate.TRIPLES_PER_ORGANISATION,
    }
    data = work / "data"
    meta = work / "input.json"
    if meta.exists() and data.is_dir():
        old = json.loads(meta.read_text())
        if old.get("params") == params:
            _log(args, f"reusing input in {data} ({orgs:,} organisations)")
            return data, old
    _remove(data)
    _remove(work / "graph.nt")
    t0 = time.perf_counter()
    rows = generate.generate(data, orgs, args.seed)
    info = {"params": params, "rows": rows, "generate_seconds": time.perf_counter() - t0}
    meta.write_text(json.dumps(info, indent=2))
    _log(
        args,
        f"generated {sum(rows.values()):,} rows ({orgs:,} organisations) in "
        f"{info['generate_seconds']:.1f} s -> {data}",
    )
    return data, info


def _log(args: argparse.Namespace, msg: str) -> None:
    if not args.quiet:
        print(msg, file=sys.stderr, flush=True)


def _summary(runs: list[dict]) -> dict:
    ok = [r for r in runs if "error" not in r]
    out: dict = {"runs": runs}
    if not ok:
        out["error"] = runs[-1]["error"] if runs else "not run"
        return out
    secs = [r["seconds"] for r in ok]
    out.update(
        seconds=statistics.median(secs),
        process_seconds=statistics.median(r.get("process_seconds", r["seconds"]) for r in ok),
        min=min(secs),
        max=max(secs),
        peak_bytes=statistics.median(r["peak_bytes"] for r in ok),
        triples=ok[-1].get("triples"),
        failed=len(runs) - len(ok),
    )
    phases = [r["phases"] for r in ok if r.get("phases")]
    if phases:
        out["phases"] = {k: statistics.median(p.get(k, 0.0) for p in phases) for k in phases[0]}
    return out


def measure(args: argparse.Namespace) -> dict:
    work = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="cg-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    try:
        data, info = _input(args, work)
        nt = work / "graph.nt"
        store = work / "store"  # the store kept for the export
        scratch = work / "scratch"  # stores made and thrown away
        results: dict[str, dict] = {}
        wanted = args.only or MEASURES

        def series(kind: str, src: Path, dst: Path, keep_last: bool = False) -> None:
            runs = []
            for i in range(args.repeat):
                _remove(dst)
                _log(args, f"  {kind} {i + 1}/{args.repeat} ...")
                r = _run(kind, src, dst, args.timeout)
                runs.append(r)
                if "error" in r:
                    _log(args, f"  {kind}: {r['error']}")
                    break
                spent = sum(x.get("seconds", 0.0) for x in runs)
                if spent > args.budget and i + 1 < args.repeat:
                    _log(
                        args, f"  {kind}: {spent:.0f} s spent (> --budget {args.budget:g} s), no more repeats"
                    )
                    break
            if not keep_last:
                _remove(dst)
            results[kind] = _summary(runs)

        for kind in ("build", "build-novalidate"):
            if kind in wanted:
                series(kind, data, store, keep_last=True)
        need_nt = {"export", "rdflib-parse", "oxigraph-disk", "oxigraph-memory"} & set(wanted)
        if need_nt and ("export" in wanted or not nt.exists()):
            if not store.exists():
                _log(args, "  building a store for the export ...")
                r = _run("build-novalidate", data, store, args.timeout)
                if "error" in r:
                    raise SystemExit(f"cannot build the store to export: {r['error']}")
            series("export", store, nt, keep_last=True)
            if "export" not in wanted:
                results.pop("export")
        if nt.exists():
            if "rdflib-parse" in wanted:
                series("rdflib-parse", nt, scratch)
            if "oxigraph-disk" in wanted:
                series("oxigraph-disk", nt, scratch)
            if "oxigraph-memory" in wanted:
                series("oxigraph-memory", nt, scratch)
        _remove(store)
        if not args.keep:
            _remove(nt)
        return {
            "input": info,
            "work": str(work) if args.keep else None,
            "results": results,
            "nt_bytes": nt.stat().st_size if nt.exists() else None,
        }
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)


def evaluate(results: dict[str, dict]) -> tuple[dict, list[dict]]:
    def sec(k: str) -> float | None:
        return results.get(k, {}).get("seconds")

    ratios: dict[str, float] = {}
    targets: list[dict] = []

    def whole(k: str) -> float | None:
        return results.get(k, {}).get("process_seconds")

    for b in ("build", "build-novalidate"):
        for ref in ("rdflib-parse", "oxigraph-disk", "oxigraph-memory"):
            if sec(b) and sec(ref):
                ratios[f"{b} / {ref}"] = sec(b) / sec(ref)
            if whole(b) and whole(ref):
                ratios[f"{b} / {ref} (whole processes)"] = whole(b) / whole(ref)
        # the targets compare whole processes (start-up and imports included), the stricter reading
        r1 = ratios.get(f"{b} / rdflib-parse (whole processes)", ratios.get(f"{b} / rdflib-parse"))
        targets.append(
            {
                "target": f"{b}: no slower than rdflib parse",
                "value": r1,
                "limit": 1.0,
                "unit": "x",
                "pass": None if r1 is None else r1 <= 1.0,
            }
        )
        r2 = ratios.get(f"{b} / oxigraph-disk (whole processes)", ratios.get(f"{b} / oxigraph-disk"))
        targets.append(
            {
                "target": f"{b}: within 5x of pyoxigraph bulk load (disk)",
                "value": r2,
                "limit": SLOWER_THAN_OXIGRAPH,
                "unit": "x",
                "pass": None if r2 is None else r2 <= SLOWER_THAN_OXIGRAPH,
            }
        )
        peak = results.get(b, {}).get("peak_bytes")
        targets.append(
            {
                "target": f"{b}: peak memory <= 1.2 GiB",
                "value": None if peak is None else peak / GIB,
                "limit": MEMORY_TARGET / GIB,
                "unit": "GiB",
                "pass": None if peak is None else peak <= MEMORY_TARGET,
            }
        )
    return ratios, targets


def _table(rows: list[list[str]], right: set[int]) -> str:
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    lines = []
    for n, row in enumerate(rows):
        cells = [
            c.rjust(w) if i in right else c.ljust(w) for i, (c, w) in enumerate(zip(row, widths, strict=True))
        ]
        lines.append("  ".join(cells).rstrip())
        if n == 0:
            lines.append("  ".join("-" * w for w in widths))
    return "\n".join(lines)


def report(out: dict, args: argparse.Namespace) -> str:
    res = out["results"]
    rows = [["measure", "median s", "min s", "max s", "process s", "peak MiB", "triples", "runs"]]
    for k in MEASURES:
        if k not in res:
            continue
        r = res[k]
        if "error" in r:
            rows.append([LABELS[k], "ERROR", "", "", "", "", "", r["error"][:60]])
            continue
        rows.append(
            [
                LABELS[k],
                f"{r['seconds']:.2f}",
                f"{r['min']:.2f}",
                f"{r['max']:.2f}",
                f"{r['process_seconds']:.2f}",
                f"{r['peak_bytes'] / 2**20:,.0f}",
                f"{r['triples']:,}" if r.get("triples") is not None else "",
                str(len(r["runs"])),
            ]
        )
    info = out["input"]
    head = (
        f"clustergraph build benchmark: {info['params']['organisations']:,} organisations, "
        f"{sum(info['rows'].values()):,} input rows, seed {info['params']['seed']}, "
        f"median of {args.repeat}; python {platform.python_version()}, "
        f"{os.cpu_count()} CPUs"
    )
    parts = [head, "", _table(rows, {1, 2, 3, 4, 5, 6, 7})]
    if out["ratios"]:
        parts += [
            "",
            _table([["ratio", "x"]] + [[k, f"{v:.2f}"] for k, v in out["ratios"].items()], {1}),
        ]
    trows = [["target", "value", "limit", "result"]]
    for t in out["targets"]:
        value = "n/a" if t["value"] is None else f"{t['value']:.2f} {t['unit']}"
        result = "n/a" if t["pass"] is None else ("PASS" if t["pass"] else "FAIL")
        trows.append([t["target"], value, f"{t['limit']:g} {t['unit']}", result])
    parts += ["", _table(trows, {1, 2})]
    for k in ("build", "build-novalidate"):
        if res.get(k, {}).get("phases"):
            steps = ", ".join(f"{name} {sec:.2f}" for name, sec in res[k]["phases"].items())
            parts += [
                "" if k == "build" or "phases" not in res.get("build", {}) else None,
                f"{k} phases (median s): {steps}",
            ]
    parts = [x for x in parts if x is not None]
    build = res.get("build-novalidate") or res.get("build") or {}
    if build.get("triples"):
        per_org = build["triples"] / info["params"]["organisations"]
        parts += [
            "",
            f"quads per organisation: {per_org:.2f} "
            f"(generate.TRIPLES_PER_ORGANISATION = "
            f"{generate.TRIPLES_PER_ORGANISATION})",
        ]
    return "\n".join(parts)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["--worker"]:
        print(json.dumps(_worker(*argv[1:4])))
        return 0
    ap = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter
    )
    size = ap.add_mutually_exclusive_group()
    size.add_argument(
        "--triples",
        type=int,
        default=1_000_000,
        help="approximate size of the built graph (default 1,000,000)",
    )
    size.add_argument("--organisations", type=int, help="size by organisation count instead")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--repeat", type=int, default=3, help="runs per measure (median reported)")
    ap.add_argument("--keep", metavar="DIR", help="keep (and reuse) input and export in DIR")
    ap.add_argument("--json", metavar="FILE", help="also write all figures as JSON")
    ap.add_argument("--only", nargs="+", choices=MEASURES, help="measure only these")
    ap.add_argument("--timeout", type=float, default=1800, help="seconds per run (default 1800)")
    ap.add_argument(
        "--budget",
        type=float,
        default=300,
        help="stop repeating a measure once its runs took this many seconds (default 300; "
        "the table's 'runs' column shows how many ran)",
    )
    ap.add_argument("--quiet", action="store_true", help="no progress on stderr")
    args = ap.parse_args(argv)
    if args.repeat < 1:
        ap.error("--repeat must be at least 1")

    out = measure(args)
    out["ratios"], out["targets"] = evaluate(out["results"])
    out["environment"] = {
        "python": platform.python_version(),
        "platform": platform.platform(),
        "cpus": os.cpu_count(),
        "repeat": args.repeat,
    }
    print(report(out, args))
    if args.json:
        Path(args.json).write_text(json.dumps(out, indent=2, default=str) + "\n")
    if any("error" in r for r in out["results"].values()):
        return 2
    return 1 if any(t["pass"] is False for t in out["targets"]) else 0


if __name__ == "__main__":
    sys.exit(main())
