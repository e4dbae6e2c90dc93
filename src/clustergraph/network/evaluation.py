"""How good the partner recommendations are: hide real partnership ties, recommend, count the hits.

:func:`evaluate` hides a random share of the organisation–partnership memberships (or of the
organisation–organisation ties), ranks candidates from what is left with the recommender of
:mod:`clustergraph.network.recommend` and with the baselines (:data:`METHODS`), and reports
precision@k, recall@k and MRR against the hidden ties. The recommender's default weights were
chosen on :data:`TUNING_SEEDS`; the figures to report are those of other seeds (0–4).
"""

from __future__ import annotations

import math
import random
import statistics
from collections import defaultdict
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass
from typing import Any

import networkx as nx

from clustergraph.errors import ClusterGraphError
from clustergraph.graph.records import NetworkData
from clustergraph.network.attributes import LEVELS
from clustergraph.network.matching import hide_memberships
from clustergraph.network.projections import co_partnership_graph
from clustergraph.network.recommend import Profiles, Weights, _values, recommend


@dataclass
class Score:
    precision: float
    recall: float
    mrr: float
    queries: int


Ranker = Callable[[nx.Graph, Any, int, random.Random, Any], list[Any]]


def _rank_random(G: nx.Graph, node: Any, k: int, rng: random.Random, _ctx: Any = None) -> list[Any]:
    pool = [c for c in G if c != node and c not in G[node]]
    return rng.sample(pool, min(k, len(pool)))


def _rank_degree(G: nx.Graph, node: Any, k: int, rng: random.Random, _ctx: Any = None) -> list[Any]:
    pool = [c for c in G if c != node and c not in G[node]]
    rng.shuffle(pool)  # ties in random order
    pool.sort(key=lambda c: -G.degree(c))
    return pool[:k]


def _rank_adamic_adar(G: nx.Graph, node: Any, k: int, rng: random.Random, ctx: Any = None) -> list[Any]:
    w = Weights(1.0, 0.0, 0.0, 0.0, 0.0, 0.0, partnership_fit=0.0)
    return [c.node for c in recommend(G, node, k, weights=w, profiles=ctx)]


def _rank_previous(G: nx.Graph, node: Any, k: int, rng: random.Random, _ctx: Any = None) -> list[Any]:
    """The score before issue 15: Adamic–Adar + 0.5 per stated shared industry (up to 2) + 0.2 for a
    new region + 0.1 × label level / 3 + 0.2 per shared programme membership (node attributes only)."""
    me = G.nodes[node]
    mine, progs = set(_values(me, "industry_ids")), set(_values(me, "programmes"))
    partners = set(G[node])
    covered = {G.nodes[p].get("region", "") for p in partners} | {me.get("region", "")}
    aa: dict[Any, float] = defaultdict(float)
    for z in partners:
        dz = G.degree(z)
        for c in G[z]:
            if c != node and c not in partners:
                aa[c] += 1.0 / math.log(dz) if dz > 1 else 0.0
    scored = []
    for c, d in G.nodes(data=True):
        if c == node or c in partners:
            continue
        region = str(d.get("region", "") or "")
        score = (
            aa.get(c, 0.0)
            + 0.5 * min(len(mine & set(_values(d, "industry_ids"))), 2)
            + 0.2 * (bool(region) and region not in covered)
            + 0.1 * LEVELS.get(str(d.get("label_level", "") or ""), 0) / 3
            + 0.2 * len(progs & set(_values(d, "programmes")))
        )
        if score > 0:
            scored.append((-score, str(d.get("label", c)), c))
    return [c for _, _, c in sorted(scored)[:k]]


def _ranker(weights: Weights) -> Ranker:
    def rank(G: nx.Graph, node: Any, k: int, rng: random.Random, ctx: Any = None) -> list[Any]:
        return [c.node for c in recommend(G, node, k, weights=weights, profiles=ctx)]

    return rank


#: The methods :func:`evaluate` compares, by the names it reports.
METHODS: dict[str, Ranker] = {
    "recommender": _ranker(Weights()),
    "plain parts (before the partnership fit)": _ranker(Weights(partnership_fit=0.0)),
    "partnership fit alone": _ranker(Weights(complementary_region=0.0, parts=0.0)),
    "previous score": _rank_previous,
    "common partners only (Adamic–Adar)": _rank_adamic_adar,
    "degree baseline": _rank_degree,
    "random baseline": _rank_random,
}
#: Seeds the default weights were chosen on; :func:`evaluate` reports seeds 0–4.
TUNING_SEEDS = range(100, 105)


def _hide(
    data: NetworkData, share: float, seed: int, mode: str, all_organisations: bool = False
) -> tuple[nx.Graph, set[frozenset[Any]], NetworkData]:
    rng = random.Random(seed)
    full = co_partnership_graph(data, all_organisations=all_organisations)
    if mode == "edge":
        edges = sorted(full.edges(), key=lambda e: (str(e[0]), str(e[1])))
        hidden = rng.sample(edges, round(share * len(edges)))
        train = full.copy()
        train.remove_edges_from(hidden)
        return train, {frozenset(e) for e in hidden}, data
    if mode != "membership":
        raise ClusterGraphError(f"unknown mode {mode!r}; expected membership or edge")
    reduced, _drop = hide_memberships(data, share, seed)
    train = co_partnership_graph(reduced)
    for n, d in full.nodes(data=True):  # organisations that lost all partnerships stay candidates
        if n not in train:
            train.add_node(n, **{**d, "partnerships": 0})
    hidden = {frozenset(e) for e in full.edges() if not train.has_edge(*e)}
    return train, hidden, reduced


def hide_ties(
    data: NetworkData, share: float, seed: int, mode: str = "membership"
) -> tuple[nx.Graph, set[frozenset[Any]]]:
    """A training graph with ``share`` of the partnership ties hidden, and the hidden org–org ties.

    ``mode='membership'``: hide that share of the organisation–partnership memberships and
    project again; the hidden ties are the organisation pairs that no longer share any
    partnership (what a recommender would have to find). ``mode='edge'``: hide that share
    of the organisation–organisation ties directly (the common link-prediction set-up; a
    partnership is a clique, so the other members of a hidden tie's partnership remain as
    common partners and make it easier).
    """
    train, hidden, _ = _hide(data, share, seed, mode)
    return train, hidden


def evaluate(
    data: NetworkData,
    seeds: Iterable[int] = range(5),
    *,
    k: int = 10,
    share: float = 0.2,
    mode: str = "membership",
    weights: Weights | None = None,
    methods: Collection[str] | None = None,
    all_organisations: bool = False,
) -> dict[str, dict[str, Any]]:
    """precision@k, recall@k and MRR of the recommender and the baselines, over several seeds.

    For each seed: hide ``share`` of the ties (:func:`hide_ties`), then for every organisation
    with a hidden tie rank its top ``k`` candidates from what is left (the recommender sees the
    reduced records: the industries and programmes of the partnerships still known) and count
    the hidden ties among them: precision@k = hits / k, recall@k = hits / its hidden ties,
    reciprocal rank = 1 / the rank of the first hit (0 without a hit in the top ``k``), each
    averaged over those organisations. Returns, per method (:data:`METHODS`), the mean and
    standard deviation over seeds and the per-seed figures.

    The candidates are the organisations of the full co-partnership graph (those in some
    partnership), so one left without any tie has lost it to the hiding; with
    ``all_organisations`` every organisation of the records is a candidate, those never in a
    partnership too (what ``clustergraph recommend`` offers), and a tie-less candidate says less.
    """
    chosen = dict(METHODS)
    if weights is not None:
        chosen["recommender"] = _ranker(weights)
    if methods is not None:
        chosen = {m: r for m, r in chosen.items() if m in methods}
    per: dict[str, list[Score]] = {m: [] for m in chosen}
    for seed in seeds:
        train, hidden, reduced = _hide(data, share, seed, mode, all_organisations)
        profiles = Profiles(train, reduced)
        truth: dict[Any, set[Any]] = defaultdict(set)
        for e in hidden:
            a, b = tuple(e)
            truth[a].add(b)
            truth[b].add(a)
        for name, rank in chosen.items():
            rng = random.Random(seed)
            ps, rs, rr = [], [], []
            for node in sorted(truth, key=str):
                got = rank(train, node, k, rng, profiles)
                hits = len(set(got) & truth[node])
                ps.append(hits / k)
                rs.append(hits / len(truth[node]))
                rr.append(next((1 / (i + 1) for i, c in enumerate(got) if c in truth[node]), 0.0))
            per[name].append(Score(statistics.fmean(ps), statistics.fmean(rs), statistics.fmean(rr), len(ps)))
    out: dict[str, dict[str, Any]] = {}
    for name, scores in per.items():
        p = [s.precision for s in scores]
        r = [s.recall for s in scores]
        m = [s.mrr for s in scores]
        out[name] = {
            "precision": statistics.fmean(p),
            "precision_sd": statistics.pstdev(p),
            "recall": statistics.fmean(r),
            "recall_sd": statistics.pstdev(r),
            "mrr": statistics.fmean(m),
            "mrr_sd": statistics.pstdev(m),
            "queries": statistics.fmean(s.queries for s in scores),
            "per_seed": [(round(s.precision, 4), round(s.recall, 4), round(s.mrr, 4)) for s in scores],
        }
    return out
