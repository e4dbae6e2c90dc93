# ruff: noqa: E501
"""Precision and recall of ``load-report``'s extraction on the annotated corpus, per fact type.

The corpus is ``tests/data/reports/`` (``NAME.txt`` + ``NAME.gold.json``, format in its README);
the graph is built from ``tests/data/valid``. Dev and test split are scored separately (tune on
dev only). Scoring units follow the corpus README: event name, event date (start and end
together), event place (place and venue), online, organiser (each), participant count with its
qualifier, person (by name), person function, person affiliation, organisation, partner region,
topic, session; an error text scores on its error kind alone. Items of the review list are not
predictions.

Also the speed: parsing a report grown to ``--size`` bytes (default 5 MB), against reading the
same text with a plain ``str.split`` in the same run (linear time: the ratio stays flat).

    python benchmarks/bench_report.py [--size BYTES] [--json FILE] [--split dev|test] [--only REGEX]
                                      [--verbose] [--by-rule]

``--by-rule`` also prints, per fact type and rule, how many predicted units were right (tp) and
wrong (fp): each unit counts for the rule of the item it came from (an event place for its place
and venue rules together, ``PLACE-RULE+VENUE-RULE``).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
import time
import unicodedata
from collections import defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "data" / "reports"
TYPES = ("event-name", "event-date", "event-place", "online", "organiser", "participants", "person",
         "person-function", "person-affiliation", "organisation", "partner-region", "topic", "session",
         "error")  # fmt: skip


def _n(value: Any) -> str:
    text = unicodedata.normalize("NFC", str(value)).casefold()
    return " ".join(re.sub(r"[\"„“”'’.,:;]", " ", text).split())


def _org_key(name: str, graph_id: str | None) -> str:
    return f"id:{graph_id}" if graph_id else f"name:{_n(name)}"


def gold_units(gold: dict[str, Any]) -> dict[str, set[Any]]:
    out: dict[str, set[Any]] = defaultdict(set)
    if gold["error"]:
        out["error"].add(gold["error"])
        return out
    e = gold["event"]
    orgs = {o["name"]: _org_key(o["name"], o.get("graph_id")) for o in gold["organisations"]}
    out["event-name"].add(_n(e["name"]))
    out["event-date"].add((e["start"], e["end"]))
    if e.get("place") or e.get("venue"):
        out["event-place"].add((_n(e.get("place") or ""), _n(e.get("venue") or "")))
    if e.get("online") is not None:
        out["online"].add(e["online"])
    for o in e.get("organiser") or []:
        out["organiser"].add(orgs.get(o, _org_key(o, None)))
    if gold.get("participants"):
        p = gold["participants"]
        out["participants"].add((p["count"], p["qualifier"]))
    for p in gold["people"]:
        out["person"].add(_n(p["name"]))
        if p.get("function"):
            out["person-function"].add((_n(p["name"]), _n(p["function"])))
        if p.get("affiliation"):
            key = (
                _org_key(p["affiliation"], p.get("affiliation_id"))
                if p.get("affiliation_id")
                else orgs.get(p["affiliation"], _org_key(p["affiliation"], None))
            )
            out["person-affiliation"].add((_n(p["name"]), key))
    for o in gold["organisations"]:
        out["organisation"].add(_org_key(o["name"], o.get("graph_id")))
    out["partner-region"] |= {_n(r) for r in gold["partner_regions"]}
    out["topic"] |= {_n(t) for t in gold["topics"]}
    out["session"] |= {_n(s) for s in gold["sessions"]}
    return out


def _id(iri: str | None) -> str | None:
    return iri.rsplit("/", 1)[-1] if iri else None


def predicted_units(path: Path, gazetteer: Any) -> dict[str, set[Any]]:
    """The predicted units per fact type (the scoring units of the corpus README)."""
    return {t: set(units) for t, units in predicted_rules(path, gazetteer).items()}


def predicted_rules(path: Path, gazetteer: Any) -> dict[str, dict[Any, str]]:
    """The predicted units per fact type, each with the rule of the item it came from.

    A unit that several items give keeps the first item's rule. An event place is one unit of
    two items: its rule is ``PLACE-RULE+VENUE-RULE`` with ``-`` for the one not found. Person
    function and affiliation are the person item's rule; an error text's unit is ``parse-error``.
    """
    from clustergraph.errors import DataError
    from clustergraph.loaders.report import parse_report

    out: dict[str, dict[Any, str]] = defaultdict(dict)
    text = path.read_bytes().decode("utf-8", errors="replace")
    try:
        r = parse_report(text, gazetteer, str(path))
    except DataError as exc:
        msg = str(exc)
        kind = "empty" if "empty" in msg else "bad-date" if "date" in msg else "no-event"
        out["error"][kind] = "parse-error"
        return out

    def org(o: Any) -> str:
        return _org_key(o.name, _id(o.iri))

    def add(kind: str, unit: Any, rule: str) -> None:
        out[kind].setdefault(unit, rule)

    add("event-name", _n(r.event.data["name"]), r.event.rule)  # type: ignore[union-attr]
    if d := r.one("event-date"):
        add("event-date", (d.data["start"], d.data["end"]), d.rule)
    place, venue = r.one("place"), r.one("venue")
    if place or venue:
        add("event-place", (_n(place.data["name"]) if place else "", _n(venue.data["venue"]) if venue else ""),
            f"{place.rule if place else '-'}+{venue.rule if venue else '-'}")  # fmt: skip
    if o := r.one("online"):
        add("online", o.data["online"], o.rule)
    for i in r.of("organiser"):
        add("organiser", org(i.data["org"]), i.rule)
    if c := r.one("participants"):
        add("participants", (c.data["count"], None if c.data["qualifier"] == "exact" else c.data["qualifier"]),
            c.rule)  # fmt: skip
    for i in r.of("person"):
        d = i.data
        add("person", _n(d["name"]), i.rule)
        if d["function"]:
            add("person-function", (_n(d["name"]), _n(d["function"])), i.rule)
        if d["affiliation"] is not None and not i.unsure:
            add("person-affiliation", (_n(d["name"]), org(d["affiliation"])), i.rule)
    for i in r.of("organisation"):
        add("organisation", org(i.data["org"]), i.rule)
    for i in r.of("partner-region"):
        add("partner-region", _n(i.data["name"]), i.rule)
    for kind in ("topic", "session"):
        for i in r.of(kind):
            if not i.unsure:
                add(kind, _n(i.data["text"]), i.rule)
    return out


def score(
    gazetteer: Any,
    verbose: bool = False,
    split: str | None = None,
    only: str | None = None,
    by_rule: dict[str, dict[str, dict[str, dict[str, int]]]] | None = None,
) -> dict[str, dict[str, dict[str, float]]]:
    """Count true/false positives and misses per split and fact type, and over both as ``all``.

    Only ``split`` if given; only the texts whose file name matches the regular expression
    ``only`` if given (e.g. ``-4[0-3]-`` for a batch of new texts). ``by_rule``, if given, is
    filled with the true and false positives per split, fact type and rule (see
    :func:`predicted_rules`).
    """
    counts: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(lambda: [0, 0, 0]))
    for gold_file in sorted(CORPUS.glob("*.gold.json")):
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        if split and gold["split"] != split:
            continue  # not even parsed: a held-out text stays unseen
        if only and not re.search(only, gold_file.name):
            continue
        text_file = gold_file.with_name(gold_file.name.replace(".gold.json", ".txt"))
        g, rules = gold_units(gold), predicted_rules(text_file, gazetteer)
        p: dict[str, set[Any]] = defaultdict(set, {t: set(units) for t, units in rules.items()})
        if by_rule is not None:
            _count_rules(by_rule, gold["split"], g, rules)
        for t in TYPES:
            tp = len(g[t] & p[t])
            for c in (counts[gold["split"]][t], counts["all"][t]):
                c[0] += tp
                c[1] += len(p[t]) - tp
                c[2] += len(g[t]) - tp
            if verbose and (g[t] - p[t] or p[t] - g[t]):
                print(
                    f"{text_file.name} {t}: missed {sorted(map(str, g[t] - p[t]))} wrong {sorted(map(str, p[t] - g[t]))}"
                )
    out: dict[str, dict[str, dict[str, float]]] = {}
    for split, by_type in counts.items():
        out[split] = {}
        total = [0, 0, 0]
        for t in TYPES:
            tp, fp, fn = by_type[t]
            total = [total[0] + tp, total[1] + fp, total[2] + fn]
            out[split][t] = _pr(tp, fp, fn)
        out[split]["all"] = _pr(*total)
    return out


def _count_rules(
    into: dict[str, dict[str, dict[str, dict[str, int]]]],
    split: str,
    gold: dict[str, set[Any]],
    rules: dict[str, dict[Any, str]],
) -> None:
    """Add one text's predicted units to ``into[split][type][rule]`` and ``into["all"]…``."""
    for t in TYPES:
        for unit, rule in rules.get(t, {}).items():
            for s in (split, "all"):
                c = into.setdefault(s, {}).setdefault(t, {}).setdefault(rule, {"tp": 0, "fp": 0})
                c["tp" if unit in gold[t] else "fp"] += 1


def print_by_rule(by_rule: dict[str, dict[str, dict[str, dict[str, int]]]], splits: tuple[str, ...]) -> None:
    """Print true and false positives per fact type and rule, most false positives first."""
    for split in splits:
        print(f"\n{split} by rule: {'fact type':<20} {'rule':<48} {'P':>6}   tp  fp")
        for t in TYPES:
            rows = sorted(
                by_rule.get(split, {}).get(t, {}).items(), key=lambda kv: (-kv[1]["fp"], -kv[1]["tp"], kv[0])
            )
            for rule, c in rows:
                p = c["tp"] / (c["tp"] + c["fp"])
                print(f"     {t:<20} {rule:<48} {p:6.2f} {c['tp']:4} {c['fp']:3}")


def _pr(tp: int, fp: int, fn: int) -> dict[str, float]:
    return {"precision": tp / (tp + fp) if tp + fp else 1.0, "recall": tp / (tp + fn) if tp + fn else 1.0,
            "tp": tp, "fp": fp, "fn": fn}  # fmt: skip


def speed(gazetteer: Any, size: int) -> dict[str, float]:
    from clustergraph.loaders.report import parse_report

    base = (CORPUS / "en-01-test-cluster-day.txt").read_text(encoding="utf-8")
    filler = re.sub(r"\d", "x", base.split("\n\n", 2)[2])  # no dates, so the event stays the first one
    out: dict[str, float] = {}
    for n in (size // 10, size):
        text = base + ("\n\n" + filler) * max(1, n // len(filler))
        t0 = time.perf_counter()
        text.split()
        peer = time.perf_counter() - t0
        t0 = time.perf_counter()
        parse_report(text, gazetteer, "big.txt")
        took = time.perf_counter() - t0
        out[f"{len(text)}"] = took
        print(
            f"parse {len(text):>10,} chars: {took:7.2f} s  (str.split: {peer:.3f} s, ratio {took / max(peer, 1e-9):,.0f})"
        )
    (small, t_small), (big, t_big) = ((int(k), v) for k, v in out.items())
    print(
        f"{big / small:.1f} times the text took {t_big / t_small:.1f} times as long (linear: about the same)"
    )
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--size", type=int, default=5_000_000)
    ap.add_argument("--json", type=Path)
    ap.add_argument("--verbose", action="store_true", help="print each text's misses and wrong facts")
    ap.add_argument("--split", choices=("dev", "test"), help="score only this split (default: both)")
    ap.add_argument("--only", metavar="REGEX", help="score only the texts whose file name matches")
    ap.add_argument("--by-rule", action="store_true",
                    help="also print true and false positives per fact type and rule (and put them in --json)")  # fmt: skip
    args = ap.parse_args(argv)
    sys.path.insert(0, str(ROOT / "src"))
    from clustergraph.graph.build import build
    from clustergraph.loaders.reconcile import EntityIndex
    from clustergraph.loaders.textkit import Gazetteer

    with tempfile.TemporaryDirectory() as tmp:
        build(ROOT / "tests" / "data" / "valid", Path(tmp) / "graph", validate=False)
        from clustergraph.graph.store import GraphStore

        index = EntityIndex.from_store(GraphStore.open(Path(tmp) / "graph"))
    gazetteer = Gazetteer.from_index(index)
    by_rule: dict[str, dict[str, dict[str, dict[str, int]]]] | None = {} if args.by_rule else None
    result = score(gazetteer, args.verbose, args.split, args.only, by_rule)
    splits = (args.split,) if args.split else ("dev", "test", "all")
    for split in splits:
        print(f"\n{split}: {'fact type':<20} {'P':>6} {'R':>6}   tp  fp  fn")
        for t, v in result.get(split, {}).items():
            print(
                f"     {t:<20} {v['precision']:6.2f} {v['recall']:6.2f} {v['tp']:4} {v['fp']:3} {v['fn']:3}"
            )
    if by_rule is not None:
        print_by_rule(by_rule, splits)
    timing = speed(gazetteer, args.size) if args.size else {}
    if args.json:
        extra = {"by_rule": by_rule} if by_rule is not None else {}
        args.json.write_text(json.dumps({"scores": result, "speed": timing, **extra}, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
