"""Partner recommendations, evaluated honestly on the real data.

Hides a random 20 % of the real partnership ties, recommends from what is left and reports
precision@10, recall@10 and MRR against the hidden ties — the recommender, the previous score
(before issue 15), common partners alone (Adamic–Adar), a degree-only and a random baseline —
over several seeds (mean ± sd), for both ways of hiding
(see :func:`clustergraph.network.evaluation.hide_ties`):

* ``membership``: 20 % of the organisation–partnership memberships are hidden; the hidden
  ties are the organisation pairs that no longer share any partnership;
* the same, with every organisation of the records a candidate (also those never in a
  partnership, as ``clustergraph recommend`` offers them): an organisation without any tie
  is then not necessarily one that lost its ties to the hiding;
* ``edge``: 20 % of the organisation–organisation ties are hidden (the usual link-prediction
  set-up; easier, because each partnership is a clique and its other members stay).

    clustergraph build --store build/graph          # the real data
    python benchmarks/bench_recommend.py --store build/graph --seeds 5
    python benchmarks/bench_recommend.py --store build/graph --first-seed 100   # the tuning seeds

The recommender's weights were chosen on seeds 100–104 (``TUNING_SEEDS``); the figures to
report are those of seeds 0–4.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--store", type=Path, default=Path("build/graph"))
    ap.add_argument("--seeds", type=int, default=5)
    ap.add_argument("--first-seed", type=int, default=0, help="seeds FIRST … FIRST+SEEDS-1")
    ap.add_argument("--k", type=int, default=10)
    ap.add_argument("--share", type=float, default=0.2)
    ap.add_argument("--json", type=Path)
    args = ap.parse_args()

    from clustergraph.graph.store import GraphStore
    from clustergraph.network import read_network
    from clustergraph.network.evaluation import evaluate

    data = read_network(GraphStore.open(args.store))
    out = {}
    for mode, everyone in (("membership", False), ("membership", True), ("edge", False)):
        t = time.perf_counter()
        seeds = range(args.first_seed, args.first_seed + args.seeds)
        res = evaluate(data, seeds, k=args.k, share=args.share, mode=mode, all_organisations=everyone)
        out[mode + (" (every organisation a candidate)" if everyone else "")] = res
        print(
            f"\nhide {args.share:.0%} of ties by {mode}"
            f"{', every organisation a candidate' if everyone else ''}, {args.seeds} seeds, "
            f"{next(iter(res.values()))['queries']:.0f} organisations queried per seed "
            f"({time.perf_counter() - t:.1f} s)"
        )
        k = str(args.k)
        print(f"{'method':40s} {'precision@' + k:>18s} {'recall@' + k:>18s} {'MRR@' + k:>18s}")
        for name, r in res.items():
            print(
                f"{name:40s} {r['precision']:>9.3f} ± {r['precision_sd']:.3f} "
                f"{r['recall']:>11.3f} ± {r['recall_sd']:.3f} {r['mrr']:>11.3f} ± {r['mrr_sd']:.3f}"
            )
    if args.json:
        args.json.write_text(json.dumps(out, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
