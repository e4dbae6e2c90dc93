"""Partner recommendations (matchmaking) with explanations, and their honest evaluation.

For an organisation in a co-partnership graph (:func:`clustergraph.network.co_partnership_graph`),
:func:`recommend` ranks the organisations it does not partner with yet. With the graph's records
(``data``) the score is the **partnership fit** (:mod:`clustergraph.network.matching`): how many
partnerships the two would come to share, the candidate joining one of the organisation's or the
organisation one of the candidate's, each counted by how likely it is, learned from the data's
own memberships; twice that for a candidate in a region none of its partners is in. The plain
parts below then break ties (and make the whole score without records); each becomes a phrase
of the explanation:

- **industry fit**: industries both work in (those an organisation states and those of its
  partnerships), or related ones under one broader industry;
- **common partners**: Adamic–Adar, the sum of ``1 / log(degree)`` over the partners both
  have (a common partner with few partners says more than a hub), each named with the
  partnerships behind both ties;
- **programme fit**: programmes both took part in (as members, or through their partnerships);
- **complementary region**: the candidate is in a region (Land or country) that none of the
  organisation's partners is in yet;
- **label level**: the candidate's current cluster-management label (bronze, silver, gold).

:func:`clustergraph.network.evaluation.evaluate` hides a random share of the real partnership
ties, recommends from what is left, and measures precision@k, recall@k and MRR against the
hidden ties, next to the previous score, common partners alone, a random and a degree-only
baseline (``benchmarks/bench_recommend.py`` prints the figures).

>>> import networkx as nx
>>> G = nx.Graph([("a", "b"), ("b", "c")])
>>> [c.node for c in recommend(G, "a")]
['c']
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Collection
from dataclasses import dataclass, field
from typing import Any

import networkx as nx

from clustergraph.errors import ClusterGraphError
from clustergraph.graph.records import NetworkData
from clustergraph.network.attributes import LEVELS, SEP
from clustergraph.network.names import resolve_organisation

__all__ = [
    "PARTNER_TYPES",
    "Candidate",
    "Profiles",
    "Weights",
    "explain",
    "reasons",
    "recommend",
    "resolve_organisation",
]

#: Organisation types recommended by default from the command line (clusters and their peers).
PARTNER_TYPES = ("cluster", "cluster-management", "network")


@dataclass(frozen=True)
class Weights:
    """How much each part counts in the score.

    With the graph's records (``data``), the score is the **partnership fit**
    (:mod:`clustergraph.network.matching`: the expected number of partnerships the two would
    share, the candidate joining one of yours or you one of theirs, learned from the data's own
    memberships), times ``1 + complementary_region`` when the candidate is in a region none of
    your partners is in, plus ``parts`` times the plain parts below (which then only break ties).
    Without records, or with ``partnership_fit=0``, the score is the plain parts alone: common
    partners count 1 per Adamic–Adar unit, industry fit as much as a common partner that has three
    partners (1 / ln 3 = 0.91) or more, related industries half as much (chosen on tuning seeds
    100–104 of :func:`clustergraph.network.evaluation.evaluate`, never on the seeds it reports).
    """

    common_partners: float = 1.0
    industries: float = 1.0
    new_region: float = 0.1
    label: float = 0.1
    programmes: float = 0.3
    related_industries: float = 0.5
    partnership_fit: float = 1.0
    complementary_region: float = 1.0
    parts: float = 0.01


PHRASES = {
    "en": {
        "shares": "same industries: {}",
        "related": "related industries: {}",
        "through": "industries of your and their partnerships: {}",
        "common": "{n} common partner{s}: {who}",
        "more": " and {} more",
        "via": "{z} (with you in {a}; with them in {b})",
        "programmes": "both in {}",
        "region": "in {}, a region where you have no partner yet",
        "label": "{} label",
        "levels": {"gold": "Gold", "silver": "Silver", "bronze": "Bronze"},
        "under": "{a} ~ {b} (both {c})",
        "theirs": "you would fit their partnership {p} ({why})",
        "yours": "would fit your partnership {p} ({why})",
        "f_industries": "industries: {}",
        "f_named": "its name suggests: {}",
        "f_related": "related: {}",
        "f_programme": "programme: {}",
        "f_co": "ties to its members {}",
        "f_none": "kind and size",
    },
    "de": {
        "shares": "gleiche Branchen: {}",
        "related": "verwandte Branchen: {}",
        "through": "Branchen Ihrer und seiner Partnerschaften: {}",
        "common": "{n} gemeinsame{s} Partner: {who}",
        "more": " und {} weitere",
        "via": "{z} (mit Ihnen in {a}; mit ihm in {b})",
        "programmes": "beide in {}",
        "region": "in {}, einer Region ohne bisherige Partner",
        "label": "{}-Label",
        "levels": {"gold": "Gold", "silver": "Silber", "bronze": "Bronze"},
        "under": "{a} ~ {b} (beide {c})",
        "theirs": "Sie passen in seine Partnerschaft {p} ({why})",
        "yours": "passt in Ihre Partnerschaft {p} ({why})",
        "f_industries": "Branchen: {}",
        "f_named": "Name deutet auf: {}",
        "f_related": "verwandt: {}",
        "f_programme": "Programm: {}",
        "f_co": "Verbindungen zu Mitgliedern: {}",
        "f_none": "Art und Größe",
    },
}


@dataclass
class Candidate:
    """A recommended partner: the score, its parts with their evidence, and a sentence a person can read."""

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
    #: related (not identical) industries: "theirs ~ yours (both under a broader one)"
    related_industries: list[str] = field(default_factory=list)
    #: industries shared only through partnerships (neither states them itself)
    partnership_industries: list[str] = field(default_factory=list)
    #: per common partner: the partnerships that tie it to the organisation and to the candidate
    evidence: list[str] = field(default_factory=list)
    #: each part's share of the score
    parts: dict[str, float] = field(default_factory=dict)
    #: partnership fit: the candidate's partnerships you would fit, and yours it would fit (phrases)
    fits_theirs: list[str] = field(default_factory=list)
    fits_yours: list[str] = field(default_factory=list)
    #: the expected number of partnerships you would share (the learned partnership fit)
    partnership_fit: float = 0.0
    #: the reasons, one phrase each (``explanation`` joins them)
    reasons: list[str] = field(default_factory=list)
    #: reasons the partnership-fit phrases already give ("industries", "programmes"), not repeated
    said: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "node": self.node,
            "label": self.label,
            "score": round(self.score, 4),
            "explanation": self.explanation,
            "common_partners": SEP.join(self.common_partners),
            "adamic_adar": round(self.adamic_adar, 4),
            "shared_industries": SEP.join(self.shared_industries),
            "related_industries": SEP.join(self.related_industries),
            "region": self.region,
            "new_region": self.new_region,
            "label_level": self.label_level,
            "shared_programmes": SEP.join(self.shared_programmes),
            "evidence": SEP.join(self.evidence),
            "partnership_fit": round(self.partnership_fit, 4),
            "fits_theirs": SEP.join(self.fits_theirs),
            "fits_yours": SEP.join(self.fits_yours),
        }


def _values(d: dict[str, Any], key: str) -> list[str]:
    return [v for v in str(d.get(key, "") or "").split(SEP) if v]


class Profiles:
    """What the score needs of every organisation of ``G``, worked out once.

    An organisation's industries are those it states and those of its partnerships (most
    organisations state none, nearly every partnership does); its programmes are those it is a
    member of and those its partnerships ran in. With ``data`` (the :class:`NetworkData` the graph
    was projected from) both come from the records and industries are related through their
    broader industries; without it, from the node attributes alone.
    """

    def __init__(self, G: nx.Graph, data: NetworkData | None = None) -> None:
        self.G = G
        self.data = data
        self.industries: dict[Any, set[str]] = {}
        #: the industries it states, else those of its partnerships: what a full industry match needs
        self.core: dict[Any, set[str]] = {}
        self.programmes: dict[Any, set[str]] = {}
        self.names: dict[str, str] = {}
        self.parents: dict[str, set[str]] = {}
        memberships = data.org_memberships() if data is not None else {}
        for n, d in G.nodes(data=True):
            ids, labels = _values(d, "industry_ids"), _values(d, "industries")
            if data is not None and n in data.organisations:
                own = set(data.organisations[n].industries)
                progs = set(_values(d, "programmes"))
                for p in memberships.get(n, ()):
                    part = data.partnerships.get(p)
                    if part is None:
                        continue
                    own |= part.industries
                    if part.programme:
                        progs.add(data.label_of(part.programme))
                self.industries[n] = own
                self.core[n] = set(data.organisations[n].industries) or own
                self.programmes[n] = progs
            else:
                self.industries[n] = self.core[n] = set(ids)
                self.programmes[n] = set(_values(d, "programmes"))
                if len(ids) == len(labels):
                    self.names.update(zip(ids, labels, strict=True))
        self._model: Any = None
        if data is not None:
            for i in {i for s in self.industries.values() for i in s}:
                self.names[i] = data.label_of(i)
                ind = data.industries.get(i)
                self.parents[i] = set(ind.broader) if ind else set()
                for b in self.parents[i]:
                    self.names.setdefault(b, data.label_of(b))

    def model(self) -> Any:
        """The partnership-fit model (:class:`clustergraph.network.matching.MembershipModel`) of the
        graph's partnerships and organisations, fitted on first use; None without records."""
        if self._model is None and self.data is not None:
            from clustergraph.network.matching import MembershipModel, restrict

            pool = [n for n in self.G if n in self.data.organisations]
            self._model = MembershipModel(restrict(self.data, self.G), pool)
        return self._model

    def name(self, industry: str) -> str:
        return self.names.get(industry, industry.rsplit("/", 1)[-1])

    def related(self, mine: set[str], theirs: set[str]) -> list[tuple[str, str, str]]:
        """(their industry, mine, the broader one both fall under) for related, not shared, industries."""
        out = []
        for t in sorted(theirs - mine):
            for m in sorted(mine - theirs):
                common = (self.parents.get(t, set()) | {t}) & (self.parents.get(m, set()) | {m})
                if common:
                    out.append((t, m, sorted(common)[0]))
                    break
        return out


def recommend(
    G: nx.Graph,
    node: Any,
    top: int = 10,
    *,
    weights: Weights = Weights(),
    candidate_types: Collection[str] | None = None,
    industry_labels: dict[str, str] | None = None,
    data: NetworkData | None = None,
    lang: str = "en",
    profiles: Profiles | None = None,
) -> list[Candidate]:
    """Rank the organisations ``node`` does not partner with yet, best first, with explanations.

    The score adds plain parts, each of which becomes a reason naming its evidence:
    **industry fit** (the same industries, or related ones under one broader industry: half
    as much by default), **common partners** (Adamic–Adar; each named with the partnerships behind both
    ties), **programme fit** (programmes both took part in), **complementary region** (a region
    none of its partners is in yet) and the **label level**.

    ``candidate_types`` keeps candidates of those ``org_type`` codes (all if None).
    ``industry_labels`` maps industry ids to the names used in explanations. ``data``: the
    :class:`NetworkData` ``G`` was projected from (industries and programmes of each
    organisation's partnerships count too). ``lang``: ``en`` or ``de`` for the explanations.

    >>> G = nx.Graph([("x", "p"), ("p", "y"), ("x", "q"), ("q", "y"), ("z", "q")])
    >>> nx.set_node_attributes(G, {"y": "photonics", "x": "photonics"}, "industry_ids")
    >>> best = recommend(G, "x")[0]
    >>> best.node, best.explanation
    ('y', 'same industries: photonics; 2 common partners: p, q')
    """
    if node not in G:
        raise ClusterGraphError(f"{node!r} is not in this network")
    if lang not in PHRASES:
        raise ClusterGraphError(f"unknown language {lang!r}; expected one of {', '.join(PHRASES)}")
    prof = profiles if profiles is not None and profiles.G is G else Profiles(G, data)
    if industry_labels:
        prof.names.update(industry_labels)
    me = G.nodes[node]
    mine = prof.industries.get(node, set())
    my_core = prof.core.get(node, set())
    my_programmes = prof.programmes.get(node, set())
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
    model = prof.model() if weights.partnership_fit and node in prof.industries else None
    fits = model.pair_scores(node, exclude=partners) if model is not None else {}
    scored: list[tuple[float, str, Any, dict[str, float]]] = []
    for c, d in G.nodes(data=True):
        if c == node or c in partners:
            continue
        if candidate_types is not None and d.get("org_type") not in candidate_types:
            continue
        theirs = prof.industries.get(c, set())
        if my_core & prof.core.get(c, set()):
            fit = weights.industries
        elif mine & theirs or (mine and theirs and prof.related(mine, theirs)):
            fit = weights.related_industries
        else:
            fit = 0.0
        region = str(d.get("region", "") or "")
        parts = {
            "common_partners": weights.common_partners * aa.get(c, 0.0),
            "industries": fit,
            "new_region": weights.new_region * (bool(region) and region not in covered),
            "label": weights.label * LEVELS.get(str(d.get("label_level", "") or ""), 0) / 3,
            "programmes": weights.programmes * min(len(my_programmes & prof.programmes.get(c, set())), 2),
        }
        score = sum(parts.values())
        if model is not None:
            pfit = weights.partnership_fit * fits[c][0] if c in fits else 0.0
            bonus = 1 + weights.complementary_region * bool(parts["new_region"])
            score = pfit * bonus + weights.parts * score
            parts = {k: weights.parts * v for k, v in parts.items()}
            parts["partnership_fit"] = pfit
        if score > 0:
            scored.append((-score, str(d.get("label", c)), c, parts))
    scored.sort(key=lambda x: (x[0], x[1]))
    out = []
    for neg, label, c, parts in scored[:top]:
        d = G.nodes[c]
        theirs = prof.industries.get(c, set())
        core = my_core & prof.core.get(c, set())
        shared = sorted(core, key=prof.name)
        through = [] if core else sorted(mine & theirs, key=prof.name)
        related = [] if shared or through else prof.related(mine, theirs)
        common = sorted(via.get(c, ()), key=lambda z: str(G.nodes[z].get("label", z)))
        cand = Candidate(
            c,
            label,
            -neg,
            [str(G.nodes[z].get("label", z)) for z in common],
            aa.get(c, 0.0),
            [prof.name(i) for i in shared],
            str(d.get("region_label") or d.get("region") or ""),
            bool(parts["new_region"]),
            str(d.get("label_level", "") or ""),
            sorted(my_programmes & prof.programmes.get(c, set())),
            partnership_industries=[prof.name(i) for i in through],
            related_industries=[
                PHRASES[lang]["under"].format(a=prof.name(t), b=prof.name(m), c=prof.name(b))
                for t, m, b in related
            ],
            evidence=[
                PHRASES[lang]["via"].format(
                    z=G.nodes[z].get("label", z),
                    a=", ".join(_values(G[node][z], "partnership_labels")) or "?",
                    b=", ".join(_values(G[z][c], "partnership_labels")) or "?",
                )
                for z in common
            ],
            parts={k: round(v, 4) for k, v in parts.items() if v},
        )
        if c in fits:
            cand.partnership_fit = fits[c][0]
            theirs_f, yours_f = _telling(fits[c][1]), _telling(fits[c][2])
            if not theirs_f and not yours_f:  # no fit with evidence: the likeliest, by kind and size
                theirs_f, yours_f = fits[c][1][:1], [] if fits[c][1] else fits[c][2][:1]
            cand.fits_theirs = [_fit_phrase(f, prof, lang, "theirs") for f in theirs_f[:2]]
            cand.fits_yours = [_fit_phrase(f, prof, lang, "yours") for f in yours_f[:2]]
            shown = theirs_f[:1] + yours_f[:1]
            cand.said = [
                k
                for k, on in (
                    ("industries", any(f.industries or f.related for f in shown)),
                    ("programmes", any(f.programme for f in shown)),
                )
                if on
            ]
        cand.reasons = reasons(cand, lang=lang)
        cand.explanation = "; ".join(cand.reasons)
        out.append(cand)
    return out


def _telling(fits: list[Any]) -> list[Any]:
    """The fits that have evidence beyond the partnership's kind and size."""
    return [f for f in fits if f.industries or f.related or f.programme or f.co_members]


def _fit_phrase(f: Any, prof: Profiles, lang: str, side: str) -> str:
    """One partnership fit as a phrase: the partnership and the evidence that it fits."""
    ph = PHRASES[lang]
    data = prof.data
    name = data.label_of if data is not None else prof.name
    why = []
    if f.industries:
        key = "f_named" if f.named else "f_industries"
        why.append(ph[key].format(", ".join(name(i) for i in f.industries[:3])))
    elif f.related:
        why.append(ph["f_related"].format(", ".join(f"{name(t)} ~ {name(m)}" for t, m, _ in f.related[:2])))
    if f.programme:
        why.append(ph["f_programme"].format(name(f.programme)))
    if f.co_members:
        who = [str(prof.G.nodes[z].get("label", z)) if z in prof.G else name(z) for z in f.co_members[:2]]
        why.append(ph["f_co"].format(", ".join(who)))
    label = name(f.partnership)
    return ph[side].format(p=label, why="; ".join(why) or ph["f_none"])


def explain(c: Candidate, own_region: str = "", *, lang: str = "en") -> str:
    """The candidate's reasons as one sentence, strongest evidence first."""
    return "; ".join(reasons(c, lang=lang))


def reasons(c: Candidate, *, lang: str = "en") -> list[str]:
    """The candidate's reasons, strongest evidence first, one phrase each."""
    ph = PHRASES[lang]
    parts = [*c.fits_theirs[:1], *c.fits_yours[:1]]
    if c.shared_industries and "industries" not in c.said:
        parts.append(ph["shares"].format(", ".join(c.shared_industries)))
    if c.partnership_industries and "industries" not in c.said:
        parts.append(ph["through"].format(", ".join(c.partnership_industries[:3])))
    if c.related_industries and "industries" not in c.said:
        parts.append(ph["related"].format(", ".join(c.related_industries[:2])))
    if c.common_partners:
        n = len(c.common_partners)
        shown = ", ".join(c.common_partners[:3]) + (ph["more"].format(n - 3) if n > 3 else "")
        s = ("s" if n != 1 else "") if lang == "en" else ("" if n != 1 else "r")
        parts.append(ph["common"].format(n=n, s=s, who=shown))
    if c.shared_programmes and "programmes" not in c.said:
        parts.append(ph["programmes"].format(", ".join(c.shared_programmes)))
    if c.new_region:
        parts.append(ph["region"].format(c.region))
    if c.label_level:
        parts.append(ph["label"].format(ph["levels"].get(c.label_level, c.label_level)))
    return parts
