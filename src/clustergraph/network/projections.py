"""RDF → NetworkX projections of the cluster ecosystem.

The projections start from :class:`~clustergraph.graph.records.NetworkData`: the organisations,
partnerships and their members, places, industries and programmes, read from the store with a
handful of targeted SPARQL patterns (:func:`~clustergraph.graph.extract.read_store`; no triple
is converted that the projections do not need).
Every published store carries that read as a snapshot file, written when the store was built or
changed (see :mod:`clustergraph.graph.snapshot`), and :func:`read_network` uses it when it
belongs to that very store: at a million triples, decoding the store's terms takes seconds, the
snapshot a fraction of one. The projections then fill the node and edge dicts of a NetworkX
graph directly.

Every node has plain attributes only (``str``, ``int``, ``float``, ``bool``; several values are
joined with :data:`~clustergraph.network.attributes.SEP`, the data files' list separator), so a
graph can go straight to GEXF/GraphML, CSV or a map:

====================  ==========================================================================
``iri``, ``label``    the node's IRI (also its id) and its display name
``type``              ``organisation``, ``partnership``, ``industry``, ``region`` or ``person``
``org_type``          organisation type code (``cluster``, ``agency``, ...; a guess from the name
                      when the source did not state it, then ``org_type_guessed`` is ``True``)
``region``            the Land's ISO code for German organisations (``DE-TH``), else the country code
``country``, ``lands``  ISO country code; all Länder / subdivisions the organisation belongs to
``industries``        industry labels (``industry_ids``: their ids)
``label_level``       the *current* cluster-management label level (:func:`~.attributes.current_label_level`)
``programmes``        labels of the programmes the organisation takes part in itself (not left)
``partnerships``      number of partnerships (in the projection) the organisation is in
``lat``, ``lon``      coordinates of its city, else of its single Land / subdivision; absent if unknown
====================  ==========================================================================

Edges carry ``weight`` and what lies behind it: the partnerships (IRIs, labels, kinds and
periods ``start–end``) that tie the two ends.

>>> from clustergraph.graph.store import GraphStore            # doctest: +SKIP
>>> data = read_network(GraphStore.open("build/graph"))  # doctest: +SKIP
>>> G = co_partnership_graph(data, kinds={"eurocluster"}, period=("2020", "2024"))  # doctest: +SKIP
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Collection
from itertools import combinations
from typing import Any

import networkx as nx

from clustergraph.errors import ClusterGraphError
from clustergraph.graph import snapshot as network_snapshot
from clustergraph.graph.extract import read_store
from clustergraph.graph.records import NetworkData, Partnership, local_name, paused_gc
from clustergraph.graph.store import GraphStore
from clustergraph.network.attributes import (
    SEP,
    OrganisationAttrs,
    partnership_attrs,
    region_code,
    select_partnerships,
)


def read_network(
    gs: GraphStore, *, people: bool = False, lang: str = "de", snapshot: bool = True
) -> NetworkData:
    """Read what the projections need from an opened store.

    A published store carries a projection snapshot (see :mod:`clustergraph.graph.snapshot`),
    written when the store was built or changed: it is used when it was read from this very
    store directory (and holds people, if ``people`` is asked for). Otherwise the store is
    read with targeted patterns (see :func:`read_store`) and, for a published store, the
    snapshot is written for the next read (a store that cannot be written to is just read).
    ``snapshot=False`` always reads the store and writes nothing. Both give the same data.

    ``lang`` picks the language of industry and place labels (``de`` or ``en``; untagged,
    then English labels are the fallback). ``people=True`` also reads people and their posts
    (for :func:`person_organisation_graph`).
    """
    if not isinstance(gs, GraphStore):
        raise ClusterGraphError(f"read_network needs an opened GraphStore, got {type(gs).__name__}")
    if not snapshot:
        return read_store(gs, people=people, lang=lang)[0]
    data = network_snapshot.load(gs.path, people=people, lang=lang)
    if data is None:
        data, labels = read_store(gs, people=people, lang=lang)
        if network_snapshot.is_published(gs):
            network_snapshot.write_quietly(gs.path, data, labels)
    return data


# --------------------------------------------------------------------------- projections


def _source(source: GraphStore | NetworkData, people: bool = False) -> NetworkData:
    if isinstance(source, NetworkData):
        if people and source.people is None:
            raise ClusterGraphError(
                "this projection needs people: read the data with read_network(gs, people=True)"
            )
        return source
    return read_network(source, people=people)


def organisation_partnership_graph(
    source: GraphStore | NetworkData,
    kinds: Collection[str] | None = None,
    period: tuple[str, str] | None = None,
) -> nx.Graph:
    """The bipartite organisation–partnership graph (``bipartite`` = 0 organisations, 1 partnerships).

    Edges carry the organisation's ``roles`` in the partnership and ``weight`` 1.
    """
    data = _source(source)
    G = nx.Graph(projection="organisation-partnership")
    nodes: dict[str, dict[str, Any]] = {}
    adj: dict[str, dict[str, dict[str, Any]]] = defaultdict(dict)
    count: Counter[str] = Counter()
    attrs = OrganisationAttrs(data)
    for p in select_partnerships(data, kinds, period):
        nodes[p.iri] = {**partnership_attrs(data, p), "bipartite": 1}
        for o, roles in data.members[p.iri].items():
            e = {"weight": 1, "roles": SEP.join(sorted(roles)), "kind": p.kind, "period": p.period}
            adj[o][p.iri] = adj[p.iri][o] = e
            count[o] += 1
    for o in count:
        nodes[o] = {**attrs(o), "partnerships": count[o], "bipartite": 0}
    return _fill(G, nodes, adj)


def co_partnership_graph(
    source: GraphStore | NetworkData,
    kinds: Collection[str] | None = None,
    period: tuple[str, str] | None = None,
    *,
    all_organisations: bool = False,
) -> nx.Graph:
    """Organisations linked when they share a partnership, weighted by how many they share.

    ``kinds`` keeps partnerships of those kinds (codes, see :data:`PARTNERSHIP_KINDS`);
    ``period`` (``(start, end)``) keeps those that overlap it (see :func:`active`).
    ``all_organisations`` also adds organisations without any partnership (isolated nodes).
    Edge attributes: ``weight``, ``partnerships`` (IRIs), ``partnership_labels``, ``kinds``
    and ``periods`` (one ``start–end`` per partnership), several values joined with :data:`SEP`.
    """
    data = _source(source)
    G = nx.Graph(
        projection="co-partnership", kinds=SEP.join(sorted(kinds or ())), period=":".join(period or ())
    )
    attrs = OrganisationAttrs(data)
    with paused_gc():  # hundreds of thousands of edge dicts, none in a cycle
        count: Counter[str] = Counter()
        adj: dict[str, dict[str, dict[str, Any]]] = defaultdict(dict)
        several: dict[tuple[str, str], list[Partnership]] = {}  # ties of more than one partnership
        for p in select_partnerships(data, kinds, period):
            ms = sorted(data.members[p.iri])
            count.update(ms)
            # most ties have one partnership: its attributes, made once and copied per tie
            tie = {
                "weight": 1,
                "partnerships": p.iri,
                "partnership_labels": p.label,
                "kinds": p.kind,
                "periods": p.period,
            }
            for i, a in enumerate(ms):
                near = adj[a]
                for b in ms[i + 1 :]:
                    if b in near:
                        ps = several.get((a, b))
                        if ps is None:
                            ps = several[a, b] = [data.partnerships[near[b]["partnerships"]]]
                        ps.append(p)
                    else:
                        near[b] = adj[b][a] = tie.copy()
        for (a, b), ps in several.items():
            adj[a][b].update(  # the same dict as adj[b][a]; its keys keep their order
                weight=len(ps),
                partnerships=SEP.join(p.iri for p in ps),
                partnership_labels=SEP.join(p.label for p in ps),
                kinds=SEP.join(sorted({p.kind for p in ps})),
                periods=SEP.join(p.period for p in ps),
            )
        nodes = {o: {**attrs(o), "partnerships": n} for o, n in count.items()}
        if all_organisations:
            for o in data.organisations:
                if o not in nodes:
                    nodes[o] = {**attrs(o), "partnerships": 0}
    return _fill(G, nodes, adj)


def organisation_industry_graph(source: GraphStore | NetworkData, *, clusters_only: bool = True) -> nx.Graph:
    """Organisations (clusters only, by default) and the industries they work in.

    Industry nodes carry ``label``, ``label_en``, ``broader`` and ``organisations`` (their degree).
    """
    data = _source(source)
    G = nx.Graph(projection="cluster-industry" if clusters_only else "organisation-industry")
    nodes: dict[str, dict[str, Any]] = {}
    adj: dict[str, dict[str, dict[str, Any]]] = defaultdict(dict)
    attrs = OrganisationAttrs(data)
    for iri, org in sorted(data.organisations.items()):
        if clusters_only and org.org_type != "cluster":
            continue
        for i in org.industries:
            if i not in data.industries:
                continue
            if iri not in nodes:
                nodes[iri] = attrs(iri)
            adj[iri][i] = adj[i][iri] = {"weight": 1}
    for i in [n for n in adj if n in data.industries]:
        ind = data.industries[i]
        nodes[i] = {
            "iri": i,
            "label": ind.label or local_name(i),
            "label_en": ind.label_en,
            "type": "industry",
            "broader": SEP.join(sorted(data.label_of(b) for b in ind.broader)),
            "organisations": len(adj[i]),
        }
    return _fill(G, nodes, adj)


def region_graph(
    source: GraphStore | NetworkData,
    kinds: Collection[str] | None = None,
    period: tuple[str, str] | None = None,
) -> nx.Graph:
    """Regions (German Länder and other countries) linked by the partnerships that cross them.

    A partnership with members in regions A and B adds 1 to the weight of A–B, whatever
    the number of members; a region's ``intra_partnerships`` counts partnerships with at
    least two members in it, ``organisations`` its organisations in partnerships.
    Edges list the ``partnerships`` (IRIs) and ``partnership_labels``.
    """
    data = _source(source)
    G = nx.Graph(projection="region-region")
    per_pair: dict[tuple[str, str], list[Partnership]] = defaultdict(list)
    intra: Counter[str] = Counter()
    orgs_in: dict[str, set[str]] = defaultdict(set)
    for p in select_partnerships(data, kinds, period):
        regions: Counter[str] = Counter()
        for o in data.members[p.iri]:
            r = data.region_of(data.organisations[o])
            if r:
                regions[r] += 1
                orgs_in[r].add(o)
        intra.update(r for r, n in regions.items() if n > 1)
        for a, b in combinations(sorted(regions), 2):
            per_pair[a, b].append(p)
    nodes: dict[str, dict[str, Any]] = {}
    for r in orgs_in:
        place = data.places.get(r)
        attrs: dict[str, Any] = {
            "iri": r,
            "label": data.label_of(r),
            "type": "region",
            "region_type": place.type if place else "",
            "iso": region_code(data, r),
            "organisations": len(orgs_in[r]),
            "intra_partnerships": intra[r],
        }
        if place and place.lat is not None and place.lon is not None:
            attrs["lat"], attrs["lon"] = place.lat, place.lon
        nodes[r] = attrs
    adj: dict[str, dict[str, dict[str, Any]]] = defaultdict(dict)
    for (a, b), ps in per_pair.items():
        adj[a][b] = adj[b][a] = {
            "weight": len(ps),
            "partnerships": SEP.join(p.iri for p in ps),
            "partnership_labels": SEP.join(p.label for p in ps),
        }
    return _fill(G, nodes, adj)


def person_organisation_graph(source: GraphStore | NetworkData) -> nx.Graph:
    """People and the organisations they hold posts at; edges carry ``roles`` and ``periods``."""
    data = _source(source, people=True)
    assert data.people is not None and data.posts is not None  # guaranteed by _source
    G = nx.Graph(projection="person-organisation")
    nodes: dict[str, dict[str, Any]] = {}
    posts: dict[tuple[str, str], list[tuple[str, str, str]]] = defaultdict(list)
    for person, org, role, start, end in data.posts:
        posts[person, org].append((role, start, end))
    adj: dict[str, dict[str, dict[str, Any]]] = defaultdict(dict)
    attrs = OrganisationAttrs(data)
    for (person, org), items in posts.items():
        nodes.setdefault(
            person, {"iri": person, "label": data.people.get(person, local_name(person)), "type": "person"}
        )
        if org not in nodes:
            nodes[org] = attrs(org)
        adj[person][org] = adj[org][person] = {
            "weight": len(items),
            "roles": SEP.join(r for r, _, _ in items),
            "periods": SEP.join(f"{s}–{e}" if s or e else "" for _, s, e in items),
        }
    return _fill(G, nodes, adj)


def _fill(
    G: nx.Graph, nodes: dict[str, dict[str, Any]], adj: dict[str, dict[str, dict[str, Any]]]
) -> nx.Graph:
    """Fill an empty graph's node and adjacency dicts directly (edge dicts shared both ways)."""
    G._node.update(nodes)
    for n in nodes:
        G._adj[n] = adj.get(n, {})
    return G


#: The projections by name, as the CLI and the maps offer them.
PROJECTIONS = (
    "co-partnership",
    "organisation-partnership",
    "cluster-industry",
    "region",
    "person-organisation",
)


def project(
    data: NetworkData,
    projection: str = "co-partnership",
    kinds: Collection[str] | None = None,
    period: Any = None,
) -> nx.Graph:
    """The projection named ``projection`` (one of :data:`PROJECTIONS`) of ``data``.

    ``kinds`` and ``period`` filter the partnerships of the projections built on them.
    """
    if projection == "co-partnership":
        return co_partnership_graph(data, kinds or None, period)
    if projection == "organisation-partnership":
        return organisation_partnership_graph(data, kinds or None, period)
    if projection == "region":
        return region_graph(data, kinds or None, period)
    if projection == "cluster-industry":
        return organisation_industry_graph(data)
    if projection == "person-organisation":
        return person_organisation_graph(data)
    raise ClusterGraphError(f"unknown projection {projection!r}; expected one of {', '.join(PROJECTIONS)}")
