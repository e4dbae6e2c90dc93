"""Which partnership would an organisation join? A small learned model of partnership fit.

A partnership tie is a membership: an organisation joins a partnership and so meets all its
members. :class:`MembershipModel` estimates, for an organisation ``x`` and a partnership ``p``
it is not (known to be) a member of, how likely ``x`` belongs in ``p``, from plain facts:

- **industry fit**: ``p``'s industries are among those ``x`` states, or among those of ``x``'s
  other partnerships, or related to them (one broader industry);
- **programme fit**: ``p`` ran in a programme ``x`` took part in (as a member, or through
  another partnership);
- **regions**: whether ``x``'s region (Land or country) and country are among those of
  ``p``'s members, or complement them;
- **co-membership**: members of ``p`` that ``x`` already partners with elsewhere;
- the organisation type, and ``p``'s kind and size.

The weights are a logistic regression fitted on the data it is given, never on what it is
asked about: :meth:`MembershipModel.fit` hides a share of the known memberships, computes the
features without them and learns to find them again. Identical feature rows are counted
together, so the fit is exact Newton steps over a few hundred rows, in plain Python.
:func:`clustergraph.network.recommend.recommend` turns the fits into partner suggestions
("you would fit their partnership P", "they would fit yours").
"""

from __future__ import annotations

import math
import random
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from typing import Any, cast

from clustergraph.graph.records import NetworkData

#: The features, by name, in the order of the coefficient vector (the first is the intercept).
FEATURES = (
    "intercept",
    "stated_industry",  # x states one of p's industries
    "partnership_industry",  # one of p's industries is an industry of x's other partnerships
    "related_industry",  # only a related industry (a broader one in common)
    "industry_mismatch",  # x states industries, p has industries, none match or relate
    "name_industry",  # x's name mentions one of p's industries (and nothing above matched)
    "programme",  # p ran in a programme x took part in
    "same_region",  # x's region is a region of p's members
    "same_country",  # x's country is one of p's members' countries (its region is not)
    "new_country",  # p's members are in other countries only
    "same_type",  # x's organisation type is one of p's members' types
    "co_member_1",  # x partners elsewhere with one member of p
    "co_member_2",  # ... with two or more
    "size_1",
    "size_2",
    "size_3_5",
    "size_6_10",
    "size_11",
    "kind_bilateral",
    "kind_mou",
    "kind_escp",
    "kind_eurocluster",
    "kind_project",
    "kind_programme-cohort",
)
_INDEX = {f: i for i, f in enumerate(FEATURES)}


def _size_feature(n: int) -> str:
    if n <= 1:
        return "size_1"
    if n == 2:
        return "size_2"
    if n <= 5:
        return "size_3_5"
    return "size_6_10" if n <= 10 else "size_11"


@dataclass
class Fit:
    """How well an organisation fits a partnership: the probability and its evidence."""

    partnership: str
    probability: float
    #: industry IRIs of the partnership shared with the organisation (stated or through partnerships)
    industries: list[str]
    #: (their industry, yours, the broader one) when only related
    related: list[tuple[str, str, str]]
    programme: str
    #: members of the partnership the organisation already partners with
    co_members: list[str]
    #: the organisation's region is new among the partnership's members
    new_region: bool
    #: the industries come from the organisation's name (it states none)
    named: bool = False


class Context:
    """The facts the features read, computed once from one :class:`NetworkData`."""

    def __init__(
        self, data: NetworkData, pool: Iterable[str] | None = None, named: dict[str, set[str]] | None = None
    ) -> None:
        self.data = data
        self.members: dict[str, set[str]] = {p: set(ms) for p, ms in data.members.items() if ms}
        self.memberships: dict[str, set[str]] = defaultdict(set)
        for p, ms in self.members.items():
            for o in ms:
                self.memberships[o].add(p)
        orgs = set(pool) if pool is not None else set(data.organisations)
        self.pool = sorted(o for o in orgs if o in data.organisations)
        self.region: dict[str, str] = {}
        self.country: dict[str, str] = {}
        self.stated: dict[str, set[str]] = {}
        self.via: dict[str, set[str]] = {}  # industries of its partnerships
        self.programmes: dict[str, set[str]] = {}
        self.partners: dict[str, set[str]] = {}
        for o in set(self.pool) | {o for ms in self.members.values() for o in ms}:
            org = data.organisations.get(o)
            if org is None:
                continue
            self.region[o] = data.region_of(org)
            self.country[o] = org.country
            self.stated[o] = set(org.industries)
            via: set[str] = set()
            progs = set(org.programmes)
            partners: set[str] = set()
            for p in self.memberships.get(o, ()):
                part = data.partnerships.get(p)
                if part is not None:
                    via |= part.industries
                    if part.programme:
                        progs.add(part.programme)
                partners |= self.members[p]
            partners.discard(o)
            self.via[o], self.programmes[o], self.partners[o] = via, progs, partners
        self.p_regions = {p: {self.region.get(o, "") for o in ms} - {""} for p, ms in self.members.items()}
        self.p_countries = {p: {self.country.get(o, "") for o in ms} - {""} for p, ms in self.members.items()}
        self.p_types = {
            p: {data.organisations[o].org_type for o in ms if o in data.organisations}
            for p, ms in self.members.items()
        }
        self._closure: dict[str, set[str]] = {}
        self._related: dict[tuple[frozenset[str], frozenset[str]], list[tuple[str, str, str]]] = {}
        #: industries named in the names of organisations that state none (memberships do not matter)
        self.named = named if named is not None else name_industries(data, self.stated)

    def _up(self, i: str) -> set[str]:
        if i not in self._closure:
            self._closure[i] = self.data.industry_closure([i])
        return self._closure[i]

    def related(self, mine: set[str], theirs: set[str]) -> list[tuple[str, str, str]]:
        """(their industry, mine, a broader one both fall under) for related, not shared, industries."""
        key = (frozenset(mine), frozenset(theirs))
        if key not in self._related:
            self._related[key] = self._find_related(mine, theirs)
        return self._related[key]

    def _find_related(self, mine: set[str], theirs: set[str]) -> list[tuple[str, str, str]]:
        out = []
        for t in sorted(theirs - mine):
            for m in sorted(mine - theirs):
                common = self._up(t) & self._up(m)
                if common:
                    out.append((t, m, sorted(common)[0]))
                    break
        return out

    def fit(self, x: str, p: str, evidence: bool = True) -> tuple[list[str], Fit | None]:
        """The active features of ``x`` joining ``p``, and the evidence behind them (if ``evidence``)."""
        part = self.data.partnerships.get(p)
        ind = part.industries if part else set()
        stated, via = self.stated.get(x, set()), self.via.get(x, set())
        on = ["intercept"]
        shared = (ind & stated) or (ind & via)
        related: list[tuple[str, str, str]] = []
        if ind & stated:
            on.append("stated_industry")
        elif ind & via:
            on.append("partnership_industry")
        elif ind and (stated or via):
            related = self.related(stated | via, ind)
            if related:
                on.append("related_industry")
        if ind and stated and not (ind & (stated | via)) and not related:
            on.append("industry_mismatch")
        named = len(on) == 1 and bool(ind & self.named.get(x, set()))
        if named:
            on.append("name_industry")
            shared = ind & self.named[x]
        programme = part.programme if part and part.programme in self.programmes.get(x, set()) else ""
        if programme:
            on.append("programme")
        region, country = self.region.get(x, ""), self.country.get(x, "")
        regions, countries = self.p_regions.get(p, set()), self.p_countries.get(p, set())
        if region and region in regions:
            on.append("same_region")
        elif country and country in countries:
            on.append("same_country")
        elif country and countries:
            on.append("new_country")
        if self.data.organisations[x].org_type in self.p_types.get(p, set()):
            on.append("same_type")
        co = self.partners.get(x, set()) & self.members.get(p, set())
        if co:
            on.append("co_member_1" if len(co) == 1 else "co_member_2")
        on.append(_size_feature(len(self.members.get(p, ()))))
        kind = f"kind_{part.kind}" if part else ""
        if kind in _INDEX:
            on.append(kind)
        if not evidence:
            return on, None
        new_region = bool(region) and bool(regions) and region not in regions
        return on, Fit(p, 0.0, sorted(shared), related, programme, sorted(co), new_region, named)


_GENERIC = {
    "industry",
    "industries",
    "industrie",
    "technology",
    "technologies",
    "technologie",
    "technik",
    "economy",
    "wirtschaft",
    "systems",
    "system",
    "engineering",
    "management",
    "products",
    "suppliers",
    "cluster",
    "network",
    "and",
    "und",
    "technologien",
    "technological",
    "commercial",
    "commerce",
    "enterprise",
    "intelligente",
    "intelligent",
    "smart",
    "science",
    "sciences",
    "life",
    "economic",
    "digitale",
    "proximity",
    "social",
    "sozialwirtschaft",
}


def _tokens(text: str) -> set[str]:
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return {t for t in re.split(r"[^a-z]+", text) if len(t) >= 4 and t not in _GENERIC}


def name_industries(data: NetworkData, stated: dict[str, set[str]]) -> dict[str, set[str]]:
    """Industries the names of organisations that state none mention ("Automotive Cluster" → automotive).

    A word of the name (or another name) matches a word of any of an industry's names (German,
    English) when both are equal, or share their first six letters (``automotive`` ~
    ``Automobilindustrie``); generic words (industry, technology, cluster, ...) do not count.
    """
    exact: dict[str, set[str]] = defaultdict(set)  # word → industries
    prefix: dict[str, set[str]] = defaultdict(set)  # first six letters → industries
    for iri, ind in data.industries.items():
        for w in _tokens(" ".join([ind.label, ind.label_en, *sorted(ind.names)])):
            exact[w].add(iri)
            if len(w) >= 6:
                prefix[w[:6]].add(iri)
    out: dict[str, set[str]] = {}
    for o in stated:
        if stated[o]:
            continue
        org = data.organisations[o]
        hits: set[str] = set()
        for t in _tokens(" ".join([org.label, *org.alt_labels])):
            hits |= exact.get(t, set()) | (prefix.get(t[:6], set()) if len(t) >= 6 else set())
        if hits:
            out[o] = hits
    return out


def _newton(rows: dict[tuple[str, ...], list[int]], l2: float = 1.0, steps: int = 25) -> list[float]:
    """Logistic regression over grouped binary rows (features → [positives, total]).

    L2 penalty on all but the intercept; Newton steps until they no longer move.
    """
    d = len(FEATURES)
    w = [0.0] * d
    idx = [([_INDEX[f] for f in feats], pos, tot) for feats, (pos, tot) in rows.items()]
    for _ in range(steps):
        grad = [l2 * w[j] if j else 0.0 for j in range(d)]
        hess = [[(l2 if i == j and i else 0.0) for j in range(d)] for i in range(d)]
        for on, pos, tot in idx:
            z = sum(w[j] for j in on)
            q = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
            g, h = tot * q - pos, tot * q * (1 - q)
            for a in on:
                grad[a] += g
                ha = hess[a]
                for b in on:
                    ha[b] += h
        for i in range(d):  # unused features stay at zero
            if hess[i][i] == 0.0:
                hess[i][i] = 1.0
        step = _solve(hess, grad)
        w = [wi - si for wi, si in zip(w, step, strict=True)]
        if max(abs(s) for s in step) < 1e-8:
            break
    return w


def _solve(a: list[list[float]], b: list[float]) -> list[float]:
    """Solve a x = b by Gaussian elimination with partial pivoting (a is small and positive definite)."""
    n = len(b)
    m = [[*row, b[i]] for i, row in enumerate(a)]
    for c in range(n):
        piv = max(range(c, n), key=lambda r: abs(m[r][c]))
        m[c], m[piv] = m[piv], m[c]
        for r in range(c + 1, n):
            f = m[r][c] / m[c][c]
            if f:
                for k in range(c, n + 1):
                    m[r][k] -= f * m[c][k]
    x = [0.0] * n
    for r in range(n - 1, -1, -1):
        x[r] = (m[r][n] - sum(m[r][k] * x[k] for k in range(r + 1, n))) / m[r][r]
    return x


def restrict(data: NetworkData, G: Any) -> NetworkData:
    """``data`` with only the partnerships a projection ``G`` kept (its ``kinds`` and ``period``)."""
    from clustergraph.network.attributes import select_partnerships

    kinds = [k for k in str(G.graph.get("kinds", "") or "").split(" | ") if k]
    period = str(G.graph.get("period", "") or "")
    if not kinds and not period:
        return data
    lo, _, hi = period.partition(":")
    keep = {p.iri for p in select_partnerships(data, kinds or None, (lo, hi) if period else None)}
    members = {p: ms for p, ms in data.members.items() if p in keep}
    return with_members(data, members)


def with_members(data: NetworkData, members: dict[str, dict[str, set[str]]]) -> NetworkData:
    """``data`` with other partnership memberships (people and posts left out: the fit needs none)."""
    return NetworkData(
        data.organisations,
        data.partnerships,
        members,
        data.places,
        data.industries,
        data.programmes,
        as_of=data.as_of,
        lang=data.lang,
    )


def hide_memberships(data: NetworkData, share: float, seed: int) -> tuple[NetworkData, set[tuple[str, str]]]:
    """``data`` without a random ``share`` of its memberships, and the hidden (partnership, org) pairs."""
    rng = random.Random(seed)
    pairs = sorted((p, o) for p, ms in data.members.items() for o in ms)
    drop = set(rng.sample(pairs, round(share * len(pairs))))
    members: dict[str, dict[str, set[str]]] = {}
    for p, ms in data.members.items():
        kept = {o: r for o, r in ms.items() if (p, o) not in drop}
        if kept:
            members[p] = kept
    return with_members(data, members), drop


class MembershipModel:
    """Partnership fit learned from ``data``'s own memberships (see the module docstring).

    ``pool``: the organisations that may join partnerships (default: those of the data).
    ``coef``: given weights by feature name instead of fitting them.
    """

    def __init__(
        self,
        data: NetworkData,
        pool: Collection[str] | None = None,
        *,
        coef: dict[str, float] | None = None,
        share: float = 0.2,
        seeds: Iterable[int] = (7, 8, 9),
    ) -> None:
        self.ctx = Context(data, pool)
        if coef is None:
            pairs = len(self.ctx.pool) * len(self.ctx.members)
            seeds = list(seeds)[: 1 if pairs > 200_000 else None]  # a large network: one split is plenty
            coef = self.fit(data, self.ctx.pool, share=share, seeds=seeds, named=self.ctx.named)
        self.coef = coef
        self._w = [self.coef.get(f, 0.0) for f in FEATURES]
        self._cache: dict[tuple[str, str], Fit] = {}

    @staticmethod
    def fit(
        data: NetworkData,
        pool: Collection[str],
        *,
        share: float = 0.2,
        seeds: Iterable[int] = (7, 8, 9),
        named: dict[str, set[str]] | None = None,
    ) -> dict[str, float]:
        """Weights by feature name: hide ``share`` of the memberships (once per seed), learn to find them."""
        rows: dict[tuple[str, ...], list[int]] = defaultdict(lambda: [0, 0])
        for seed in seeds:
            reduced, hidden = hide_memberships(data, share, seed)
            ctx = Context(reduced, pool, named)
            for p in ctx.members:
                for x in ctx.pool:
                    if x in ctx.members[p]:
                        continue
                    on, _ = ctx.fit(x, p, evidence=False)
                    row = rows[tuple(on)]
                    row[0] += (p, x) in hidden
                    row[1] += 1
        return dict(zip(FEATURES, _newton(rows), strict=True))

    def score(self, x: str, p: str) -> Fit:
        """How well ``x`` fits ``p``: the probability and its evidence."""
        if (x, p) in self._cache:
            return self._cache[x, p]
        on, found = self.ctx.fit(x, p)
        fit = self._cache[x, p] = cast(Fit, found)
        z = sum(self._w[_INDEX[f]] for f in on)
        fit.probability = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
        return fit

    def pair_scores(
        self, node: str, exclude: Collection[str] = ()
    ) -> dict[str, tuple[float, list[Fit], list[Fit]]]:
        """Per candidate: the expected partnerships it would share with ``node``, and the fits behind it.

        The candidate's partnerships ``node`` would fit (first list) and ``node``'s
        partnerships the candidate would fit (second list), each fit counted by its
        probability. ``exclude``: candidates to leave out (those ``node`` already partners with in
        the graph the recommendations are for); two members of one partnership get nothing from it.
        """
        ctx = self.ctx
        mine = ctx.memberships.get(node, set())
        skip = set(exclude) | {node}
        out: dict[str, tuple[float, list[Fit], list[Fit]]] = {}
        joins: dict[str, list[Fit]] = defaultdict(list)
        for p, ms in ctx.members.items():
            if p in mine or not (ms - skip) or node not in ctx.data.organisations:
                continue
            f = self.score(node, p)
            for c in ms - skip:
                joins[c].append(f)
        hosts: dict[str, list[Fit]] = defaultdict(list)
        for p in mine:
            for c in ctx.pool:
                if c not in skip and c not in ctx.members[p]:
                    hosts[c].append(self.score(c, p))
        for c in set(joins) | set(hosts):
            a = sorted(joins.get(c, []), key=lambda f: -f.probability)
            b = sorted(hosts.get(c, []), key=lambda f: -f.probability)
            out[c] = (sum(f.probability for f in a) + sum(f.probability for f in b), a, b)
        return out


def feature_counts(model: MembershipModel) -> Counter[str]:
    """How often each feature is on over the (organisation, partnership) pairs of the model's data."""
    n: Counter[str] = Counter()
    for p in model.ctx.members:
        for x in model.ctx.pool:
            if x not in model.ctx.members[p]:
                n.update(model.ctx.fit(x, p, evidence=False)[0])
    return n
