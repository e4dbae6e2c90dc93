"""Partner recommendations (matchmaking) with explanations, and their honest evaluation.

For an organisation in a co-partnership graph (:func:`clustergraph.network.co_partnership_graph`),
:func:`recommend` ranks the organisations it does not partner with yet by a score made of
plain parts, each of which becomes a phrase of the explanation:

- **common partners**: Adamic–Adar, the sum of ``1 / log(degree)`` over the partners both
  have (a common partner with few partners says more than a hub);
- **shared industries**: industries (``industry_ids``) both work in;
- **complementary region**: the candidate is in a region (Land or country) that none of the
  organisation's partners is in yet;
- **label level**: the candidate's current cluster-management label (bronze, silver, gold);
- **programmes**: programmes both are members of (go-cluster, ...).

:func:`evaluate` hides a random share of the real partnership ties, recommends from what
is left, and measures precision@k and recall@k against the hidden ties, next to a random
and a degree-only baseline (``benchmarks/bench_recommend.py`` prints the figures).

>>> import networkx as nx
>>> G = nx.Graph([("a", "b"), ("b", "c")])
>>> [c.node for c in recommend(G, "a")]
['c']
"""

from __future__ import annotations

import difflib
import math
import random
import re
import statistics
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass, field
from typing import Any

import networkx as nx

from clustergraph.errors import ClusterGraphError, UnknownNameError
from clustergraph.graph.records import NetworkData
from clustergraph.network.attributes import LEVELS, SEP
from clustergraph.network.projections import co_partnership_graph

#: Organisation types recommended by default from the command line (clusters and their peers).
PARTNER_TYPES = ("cluster", "cluster-management", "network")


@dataclass(frozen=True)
class Weights:
    """How much each part counts in the score (common partners count 1 per Adamic–Adar unit)."""

    common_partners: float = 1.0
    industries: float = 0.5
    new_region: float = 0.2
    label: float = 0.1
    programmes: float = 0.2


@dataclass
class Candidate:
    """A recommended partner: the score, its parts and a sentence a person can read."""

    node: Any
    label: str
    score: float
    common_partners: list[str] = field(default_factory=list)
    adamic_adar: float = 0.0
    shared_industries: list[str] = field(default_factory=list)
    region: str = ""
    new_region: bool = False
    label_level: str = ""
    shared_programmes: list[str] = field(default_factory=list)
    explanation: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "node": self.node,
            "label": self.label,
            "score": round(self.score, 4),
            "explanation": self.explanation,
            "common_partners": SEP.join(self.common_partners),
            "adamic_adar": round(self.adamic_adar, 4),
            "shared_industries": SEP.join(self.shared_industries),
            "region": self.region,
            "new_region": self.new_region,
            "label_level": self.label_level,
            "shared_programmes": SEP.join(self.shared_programmes),
        }


def _values(d: dict[str, Any], key: str) -> list[str]:
    return [v for v in str(d.get(key, "") or "").split(SEP) if v]


def recommend(
    G: nx.Graph,
    node: Any,
    top: int = 10,
    *,
    weights: Weights = Weights(),
    candidate_types: Collection[str] | None = None,
    industry_labels: dict[str, str] | None = None,
) -> list[Candidate]:
    """Rank the organisations ``node`` does not partner with yet, best first, with explanations.

    ``candidate_types`` keeps candidates of those ``org_type`` codes (all if None).
    ``industry_labels`` maps industry ids to the names used in explanations (default: the
    node's ``industries`` labels, which are aligned with ``industry_ids``).

    >>> G = nx.Graph([("x", "p"), ("p", "y"), ("x", "q"), ("q", "y"), ("z", "q")])
    >>> nx.set_node_attributes(G, {"y": "photonics", "x": "photonics"}, "industry_ids")
    >>> best = recommend(G, "x")[0]
    >>> best.node, best.explanation
    ('y', 'shares photonics; 2 common partners: p, q')
    """
    if node not in G:
        raise ClusterGraphError(f"{node!r} is not in this network")
    me = G.nodes[node]
    mine = set(_values(me, "industry_ids"))
    names = dict(industry_labels or {})
    ids, labels = _values(me, "industry_ids"), _values(me, "industries")
    if len(ids) == len(labels):
        names.update(zip(ids, labels, strict=True))
    my_programmes = set(_values(me, "programmes"))
    partners = set(G[node])
    covered = {G.nodes[p].get("region", "") for p in partners} | {me.get("region", "")}
    aa: dict[Any, float] = defaultdict(float)
    via: dict[Any, list[Any]] = defaultdict(list)
    for z in partners:
        dz = G.degree(z)
        for c in G[z]:
            if c != node and c not in partners:
                aa[c] += 1.0 / math.log(dz) if dz > 1 else 0.0
                via[c].append(z)
    out: list[Candidate] = []
    for c, d in G.nodes(data=True):
        if c == node or c in partners:
            continue
        if candidate_types is not None and d.get("org_type") not in candidate_types:
            continue
        shared = sorted(mine & set(_values(d, "industry_ids")))
        region = str(d.get("region", "") or "")
        new_region = bool(region) and region not in covered
        region = str(d.get("region_label") or region)
        level = str(d.get("label_level", "") or "")
        progs = sorted(my_programmes & set(_values(d, "programmes")))
        score = (
            weights.common_partners * aa.get(c, 0.0)
            + weights.industries * min(len(shared), 2)
            + weights.new_region * new_region
            + weights.label * LEVELS.get(level, 0) / 3
            + weights.programmes * len(progs)
        )
        if score <= 0:
            continue
        common = sorted((G.nodes[z].get("label", str(z)) for z in via.get(c, ())), key=str)
        out.append(
            Candidate(
                c,
                str(d.get("label", c)),
                score,
                common,
                aa.get(c, 0.0),
                [names.get(i, i) for i in shared],
                region,
                new_region,
                level,
                progs,
            )
        )
    out.sort(key=lambda x: (-x.score, x.label))
    out = out[:top]
    for cand in out:
        cand.explanation = explain(cand, G.nodes[node].get("region_label") or "")
    return out


def explain(c: Candidate, own_region: str = "") -> str:
    """The candidate's reasons as one sentence (``'shares Photonik; 3 common partners: ...'``)."""
    parts = []
    if c.shared_industries:
        parts.append("shares " + ", ".join(c.shared_industries))
    if c.common_partners:
        n = len(c.common_partners)
        shown = ", ".join(c.common_partners[:3]) + (f" and {n - 3} more" if n > 3 else "")
        parts.append(f"{n} common partner{'s' if n != 1 else ''}: {shown}")
    if c.shared_programmes:
        parts.append("both in " + ", ".join(c.shared_programmes))
    if c.new_region:
        parts.append(f"in {c.region}, where it has no partner yet")
    if c.label_level:
        parts.append(f"{c.label_level.capitalize()} label")
    return "; ".join(parts)


# --------------------------------------------------------------------------- names


def _norm(text: str) -> str:
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "", text.lower())


def resolve_organisation(data: NetworkData, name: str, among: Iterable[str] | None = None) -> str:
    """The IRI of the organisation ``name`` means: an IRI, an id, a name or an alias,
    ignoring case, accents, spaces and punctuation; else the one close match.

    Raises :class:`UnknownNameError` listing the nearest names when there is no match or
    several equally good ones.
    """
    pool = set(among) if among is not None else set(data.organisations)
    text = name.strip()
    if text in pool:
        return text
    by_id = {iri.rsplit("/", 1)[-1]: iri for iri in pool}
    if text in by_id:
        return by_id[text]
    names: dict[str, set[str]] = defaultdict(set)
    shown: dict[str, str] = {}
    for iri in pool:
        org = data.organisations.get(iri)
        for n in [org.label if org else "", *(org.alt_labels if org else ()), iri.rsplit("/", 1)[-1]]:
            if n:
                names[_norm(n)].add(iri)
                shown.setdefault(_norm(n), n)
    key = _norm(text)
    if not key:
        raise UnknownNameError(f"organisation name {name!r} is empty; give a name, an id or an IRI")
    exact = names.get(key, set())
    if len(exact) == 1:
        return next(iter(exact))
    contains = {iri for k, iris in names.items() if key in k for iri in iris}
    if not exact and len(contains) == 1:
        return next(iter(contains))
    close = difflib.get_close_matches(key, list(names), n=8, cutoff=0.75)
    if not exact and not contains and close and len(names[close[0]]) == 1:
        ratio = difflib.SequenceMatcher(None, key, close[0]).ratio()
        second = difflib.SequenceMatcher(None, key, close[1]).ratio() if len(close) > 1 else 0.0
        if ratio >= 0.85 and ratio - second >= 0.05:
            return next(iter(names[close[0]]))
    candidates = sorted(exact | contains, key=lambda i: _label(data, i)) or sorted(
        {i for k in difflib.get_close_matches(key, list(names), n=8, cutoff=0.5) for i in names[k]},
        key=lambda i: _label(data, i),
    )
    if candidates:
        listing = "; ".join(f"{_label(data, i)} ({i.rsplit('/', 1)[-1]})" for i in candidates[:8])
        what = "matches several organisations" if (exact or contains) else "matches no organisation"
        raise UnknownNameError(f"{name!r} {what}; near matches: {listing}")
    raise UnknownNameError(f"{name!r} matches no organisation in the network, and nothing is close to it")


def _label(data: NetworkData, iri: str) -> str:
    org = data.organisations.get(iri)
    return org.label if org and org.label else iri.rsplit("/", 1)[-1]


# --------------------------------------------------------------------------- evaluation


@dataclass
class Score:
    precision: float
    recall: float
    queries: int


def _rank_random(G: nx.Graph, node: Any, k: int, rng: random.Random) -> list[Any]:
    pool = [c for c in G if c != node and c not in G[node]]
    return rng.sample(pool, min(k, len(pool)))


def _rank_degree(G: nx.Graph, node: Any, k: int, rng: random.Random) -> list[Any]:
    pool = [c for c in G if c != node and c not in G[node]]
    rng.shuffle(pool)  # ties in random order
    pool.sort(key=lambda c: -G.degree(c))
    return pool[:k]


def _ranker(weights: Weights) -> Callable[[nx.Graph, Any, int, random.Random], list[Any]]:
    def rank(G: nx.Graph, node: Any, k: int, rng: random.Random) -> list[Any]:
        return [c.node for c in recommend(G, node, k, weights=weights)]

    return rank


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
    rng = random.Random(seed)
    full = co_partnership_graph(data)
    if mode == "edge":
        edges = sorted(full.edges(), key=lambda e: (str(e[0]), str(e[1])))
        hidden = rng.sample(edges, round(share * len(edges)))
        train = full.copy()
        train.remove_edges_from(hidden)
        return train, {frozenset(e) for e in hidden}
    if mode != "membership":
        raise ClusterGraphError(f"unknown mode {mode!r}; expected membership or edge")
    pairs = sorted((p, o) for p, ms in data.members.items() for o in ms)
    drop = set(rng.sample(pairs, round(share * len(pairs))))
    members: dict[str, dict[str, set[str]]] = {}
    for p, ms in data.members.items():
        kept = {o: r for o, r in ms.items() if (p, o) not in drop}
        if kept:
            members[p] = kept
    reduced = NetworkData(
        data.organisations,
        data.partnerships,
        members,
        data.places,
        data.industries,
        data.programmes,
        as_of=data.as_of,
    )
    train = co_partnership_graph(reduced)
    for n, d in full.nodes(data=True):  # organisations that lost all partnerships stay candidates
        if n not in train:
            train.add_node(n, **{**d, "partnerships": 0})
    hidden = {frozenset(e) for e in full.edges() if not train.has_edge(*e)}
    return train, hidden


def evaluate(
    data: NetworkData,
    seeds: Iterable[int] = range(5),
    *,
    k: int = 10,
    share: float = 0.2,
    mode: str = "membership",
    weights: Weights = Weights(),
) -> dict[str, dict[str, Any]]:
    """precision@k and recall@k of the recommender and the baselines, over several seeds.

    For each seed: hide ``share`` of the ties (:func:`hide_ties`), then for every
    organisation with a hidden tie rank its top ``k`` candidates and count the hidden
    ties among them; precision@k = hits / k and recall@k = hits / its hidden ties,
    averaged over those organisations. Returns, per method, the mean and standard
    deviation over seeds and the per-seed figures.
    """
    methods: dict[str, Callable[[nx.Graph, Any, int, random.Random], list[Any]]] = {
        "recommender": _ranker(weights),
        "common partners only (Adamic–Adar)": _ranker(Weights(1.0, 0.0, 0.0, 0.0, 0.0)),
        "degree baseline": _rank_degree,
        "random baseline": _rank_random,
    }
    per: dict[str, list[Score]] = {m: [] for m in methods}
    for seed in seeds:
        train, hidden = hide_ties(data, share, seed, mode)
        truth: dict[Any, set[Any]] = defaultdict(set)
        for e in hidden:
            a, b = tuple(e)
            truth[a].add(b)
            truth[b].add(a)
        for name, rank in methods.items():
            rng = random.Random(seed)
            ps, rs = [], []
            for node in sorted(truth, key=str):
                got = rank(train, node, k, rng)
                hits = len(set(got) & truth[node])
                ps.append(hits / k)
                rs.append(hits / len(truth[node]))
            per[name].append(Score(statistics.fmean(ps), statistics.fmean(rs), len(ps)))
    out: dict[str, dict[str, Any]] = {}
    for name, scores in per.items():
        p = [s.precision for s in scores]
        r = [s.recall for s in scores]
        out[name] = {
            "precision": statistics.fmean(p),
            "precision_sd": statistics.pstdev(p),
            "recall": statistics.fmean(r),
            "recall_sd": statistics.pstdev(r),
            "queries": statistics.fmean(s.queries for s in scores),
            "per_seed": [(round(s.precision, 4), round(s.recall, 4)) for s in scores],
        }
    return out
