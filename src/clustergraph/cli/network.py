"""``clustergraph analyze``, ``recommend``, ``export-network``: network analyses and matchmaking."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import click

from clustergraph.cli.options import echo, handle_errors, kind_option, period_option, store_option
from clustergraph.network import PROJECTIONS

#: ``--lang``: the language of country, Land, industry and programme names and of the reasons
#: (``en`` by default, like the named queries and the notebooks; the map takes the same option).
lang_option = click.option(
    "--lang",
    type=click.Choice(["en", "de"]),
    default="en",
    show_default=True,
    help="Language of country, Land and industry names (and of the reasons of recommend).",
)

SECTIONS = ("summary", "brokers", "communities", "regions", "matrix", "bridges", "nodes")

format_option = click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "csv", "json"]),
    default="table",
    show_default=True,
    help="table for people, csv or json for programs.",
)


def _graph(
    store: Path,
    kinds: tuple[str, ...],
    period: str | None,
    *,
    all_organisations: bool = False,
    lang: str = "en",
) -> Any:
    from clustergraph.graph.store import GraphStore
    from clustergraph.network import co_partnership_graph, parse_period, read_network

    span = parse_period(period) if period else None
    data = read_network(GraphStore.open(store), lang=lang)
    G = co_partnership_graph(data, kinds or None, span, all_organisations=all_organisations)
    return data, G


def _round(rows: list[dict[str, Any]], digits: int = 4) -> list[dict[str, Any]]:
    return [{k: round(v, digits) if isinstance(v, float) else v for k, v in r.items()} for r in rows]


def _emit(title: str, rows: list[dict[str, Any]], columns: list[str], fmt: str, several: bool) -> None:
    from clustergraph.sparql.query import format_rows

    rows = _round(rows)
    if fmt == "table":
        echo(f"\n== {title}")
        echo(format_rows(columns, rows, "table") if rows else "(none)")
    else:
        if several:
            echo(f"# {title}")
        echo(format_rows(columns, rows, "csv"), machine=True)
        if several:
            echo()


@click.command()
@store_option
@kind_option
@period_option
@format_option
@lang_option
@click.option(
    "--top", default=10, show_default=True, help="Rows shown per ranking (brokers, communities, bridges)."
)
@click.option(
    "--section",
    "sections",
    multiple=True,
    type=click.Choice(SECTIONS),
    help="Show only these sections (repeatable; one section gives one clean CSV table). "
    "'nodes' is every organisation with all its measures.",
)
@click.option("--method", type=click.Choice(["louvain", "leiden"]), default="louvain", show_default=True)
@click.option("--seed", default=0, show_default=True, help="Seed of the community detection.")
@click.option(
    "--backend",
    type=click.Choice(["auto", "igraph", "networkx"]),
    default="auto",
    show_default=True,
    help="igraph (fast) where installed, or networkx (the reference).",
)
@click.option(
    "--write",
    "write",
    is_flag=True,
    help="Write the measures into the graph (named graph graph/analysis/{date}).",
)
@click.option(
    "--export",
    "export_path",
    type=click.Path(path_type=Path, dir_okay=False),
    default=None,
    help="Also write the network with its measures: .gexf, .graphml or .csv (nodes and edges files).",
)
@handle_errors
def analyze(
    store: Path,
    kinds: tuple[str, ...],
    period: str | None,
    fmt: str,
    lang: str,
    top: int,
    sections: tuple[str, ...],
    method: str,
    seed: int,
    backend: str,
    write: bool,
    export_path: Path | None,
) -> None:
    """Analyse the co-partnership network: size, brokers, communities, regional matrix.

    Organisations are tied when they share a partnership (weight: how many they share).
    """
    from clustergraph.network import analysis as an

    _data, G = _graph(store, kinds, period, lang=lang)
    wanted = sections or ("summary", "brokers", "communities", "regions", "matrix")
    parts = an.communities(G, method, seed=seed, backend=backend)
    need_nodes = "nodes" in wanted or write or export_path is not None
    table = an.centrality(G, parts, backend=backend) if need_nodes else None
    out: dict[str, Any] = {}
    if "summary" in wanted:
        s = an.summary(G)
        s.update(communities=len(parts), modularity=round(parts.modularity, 4), projection="co-partnership")
        s["filters"] = {"kinds": list(kinds), "period": period or ""}
        out["summary"] = s
    if "brokers" in wanted:
        out["brokers"] = an.brokers(G, parts, top=top, backend=backend)
    if "communities" in wanted:
        out["communities"] = an.Communities.table(parts)[:top]
    if "regions" in wanted or "matrix" in wanted:
        matrix, regions = an.regional_matrix(G)
        if "regions" in wanted:
            labels = {d.get("region"): d.get("region_label") for _, d in G.nodes(data=True)}
            out["regions"] = [{**r, "name": labels.get(r["region"]) or ""} for r in regions]
        if "matrix" in wanted:
            out["matrix"] = matrix[: top * 3]
    if "bridges" in wanted:
        out["bridges"] = an.cross_industry_bridges(G)[:top]
    if "nodes" in wanted and table is not None:
        out["nodes"] = table

    if fmt == "json":
        echo(json.dumps(_round_json(out), indent=2, ensure_ascii=False, default=str), machine=True)
    else:
        several = len(out) > 1
        if "summary" in out:
            s = out["summary"]
            if fmt == "table":
                echo(
                    f"Co-partnership network: {s['nodes']:,} organisations, {s['edges']:,} ties "
                    f"(density {s['density']:.4f}, mean degree {s['mean_degree']}), "
                    f"{s['components']} components "
                    f"(largest {s['largest_component']}, {s['isolates']} isolated); "
                    f"{s['communities']} communities ({parts.meta['method']}, modularity {s['modularity']})"
                )
            else:
                keys = [k for k in s if not isinstance(s[k], list | dict)]
                _emit("summary", [{k: s[k] for k in keys}], keys, fmt, several)
        cols = {
            "brokers": [
                "label",
                "region",
                "betweenness",
                "constraint",
                "degree",
                "community",
                "communities_reached",
            ],
            "communities": ["community", "size", "members", "region", "industries"],
            "regions": ["region", "name", "organisations", "internal", "external", "intra_share", "ei_index"],
            "matrix": ["region_a", "region_b", "ties"],
            "bridges": ["label", "industries", "bridges", "industries_reached", "reached"],
            "nodes": [
                "node",
                "label",
                "degree",
                "strength",
                "betweenness",
                "eigenvector",
                "pagerank",
                "constraint",
                "coreness",
                "community",
            ],
        }
        titles = {
            "brokers": "Top brokers (betweenness; low Burt constraint = partners not tied to each other)",
            "communities": f"Communities ({len(parts)}, modularity {parts.modularity:.3f}; "
            "members: the best connected)",
            "regions": "Regions: ties inside vs outside (E-I index: -1 all inside, +1 all outside)",
            "matrix": "Regional partnership matrix (ties between organisations; same region = intra)",
            "bridges": "Cross-industry bridges (partners sharing none of its industries)",
            "nodes": "All organisations",
        }
        for key in ("brokers", "communities", "regions", "matrix", "bridges", "nodes"):
            if key in out:
                _emit(titles[key], list(out[key]), cols[key], fmt, several)

    if write or export_path is not None:
        assert table is not None
        if export_path is not None:
            from clustergraph.network.export import export_network

            H = G.copy()
            for r in table:
                H.nodes[r["node"]].update({k: r[k] for k in cols_measures() if k in r and r[k] == r[k]})
            for p in export_network(H, export_path):
                echo(f"wrote {p}", err=True)
        if write:
            from clustergraph.network.export import analysis_quads, write_back

            date = dt.date.today().isoformat()
            filters = ", ".join(
                filter(
                    None, [f"kinds {'/'.join(kinds)}" if kinds else "", f"period {period}" if period else ""]
                )
            )
            m = table.meta
            how = (
                f"betweenness {m['betweenness']['method']} ({m['betweenness']['backend']}); "
                f"communities {parts.meta['method']} ({parts.meta['backend']}, seed {seed}); "
                f"pagerank ({m['pagerank']['backend']}); constraint ({m['constraint']['backend']}); k-core"
            )
            quads = analysis_quads(
                table,
                date=date,
                projection="co-partnership" + (f" ({filters})" if filters else ""),
                method=how,
                modularity=parts.modularity,
            )
            target = write_back(store, quads)
            echo(f"wrote {len(quads):,} statements into graph/analysis/{date} of {target}", err=True)


def cols_measures() -> tuple[str, ...]:
    return (
        "degree",
        "strength",
        "betweenness",
        "eigenvector",
        "pagerank",
        "constraint",
        "coreness",
        "community",
    )


def _round_json(value: Any) -> Any:
    if isinstance(value, float):
        return None if value != value else round(value, 6)
    if isinstance(value, dict):
        return {k: _round_json(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_round_json(v) for v in value]
    return value


@click.command()
@click.argument("org")
@store_option
@kind_option
@period_option
@format_option
@lang_option
@click.option("--top", default=10, show_default=True, help="How many candidates.")
@click.option(
    "--all-types",
    is_flag=True,
    help="Recommend organisations of every type (default: clusters, cluster managements and networks).",
)
@handle_errors
def recommend(
    org: str,
    store: Path,
    kinds: tuple[str, ...],
    period: str | None,
    fmt: str,
    lang: str,
    top: int,
    all_types: bool,
) -> None:
    """Recommend partners for ORG (a name, an id or an IRI; names are matched loosely).

    Candidates are organisations ORG has no partnership with yet, scored by partnership fit:
    which of the candidate's partnerships ORG would fit, and which of ORG's the candidate
    would (industries stated, of their partnerships or in their names; programmes; regions;
    ties to the members), twice that in a region none of ORG's partners is in; common
    partners (Adamic–Adar), shared industries and programmes, and the label level break
    ties. Each reason names its evidence: the partnership, its industries and programme, the
    members already known, the partnerships behind each common partner.
    """
    from clustergraph.network.recommend import PARTNER_TYPES, resolve_organisation
    from clustergraph.network.recommend import recommend as run_recommend
    from clustergraph.sparql.query import format_rows

    data, G = _graph(store, kinds, period, all_organisations=True, lang=lang)
    iri = resolve_organisation(data, org)
    found = run_recommend(
        G, iri, top, candidate_types=None if all_types else PARTNER_TYPES, data=data, lang=lang
    )
    me = G.nodes[iri]
    rows = [{"rank": i + 1, **c.to_dict()} for i, c in enumerate(found)]
    if fmt == "json":
        echo(
            json.dumps(
                {"organisation": iri, "label": me["label"], "candidates": rows}, indent=2, ensure_ascii=False
            ),
            machine=True,
        )
        return
    if fmt == "csv":
        echo(
            format_rows(list(rows[0]) if rows else ["rank", "node", "label", "score"], rows, "csv"),
            machine=True,
        )
        return
    de = lang == "de"
    where = me.get("region_label") or me.get("region") or ("Region unbekannt" if de else "region unknown")
    inds = me.get("industries") or ("nicht angegeben" if de else "not stated")
    if de:
        echo(
            f"Partner für {me['label']} ({where}; {G.degree(iri)} Partner in "
            f"{me.get('partnerships', 0)} Partnerschaften; Branchen: {inds})"
        )
    else:
        echo(
            f"Partners for {me['label']} ({where}; {G.degree(iri)} partners in "
            f"{me.get('partnerships', 0)} partnerships; industries: {inds})"
        )
    if not rows:
        echo(
            "keine Kandidaten: nichts verbindet es mit Organisationen, "
            "mit denen es noch nicht zusammenarbeitet"
            if de
            else "no candidates: nothing links it to organisations it does not partner with yet"
        )
        return
    for r, c in zip(rows, found, strict=True):
        echo(f"{r['rank']:>2}. {r['label']}  ({'Punkte' if de else 'score'} {r['score']:.2f})")
        for why in c.reasons or [r["explanation"]]:
            echo(f"    {why}")
        for e in c.evidence[:3]:
            echo(f"      {'über' if de else 'via'} {e}")


@click.command("export-network")
@store_option
@kind_option
@period_option
@click.option(
    "--projection",
    type=click.Choice(PROJECTIONS),
    default="co-partnership",
    show_default=True,
    help="Which network.",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path, dir_okay=False),
    required=True,
    help="File to write: .gexf or .graphml (Gephi), or .csv (writes NAME-nodes.csv and NAME-edges.csv).",
)
@handle_errors
def export_network(
    store: Path, kinds: tuple[str, ...], period: str | None, projection: str, output: Path
) -> None:
    """Write a network projection for Gephi (GEXF, GraphML) or as CSV node and edge lists."""
    from clustergraph import network as nw
    from clustergraph.graph.store import GraphStore
    from clustergraph.network.export import export_network as run_export

    span = nw.parse_period(period) if period else None
    data = nw.read_network(GraphStore.open(store), people=projection == "person-organisation")
    G = nw.project(data, projection, kinds, span)
    for p in run_export(G, output):
        echo(f"wrote {p} ({projection}: {G.number_of_nodes():,} nodes, {G.number_of_edges():,} edges)")


#: The commands of this module, registered on the group by :mod:`clustergraph.cli`.
COMMANDS = (
    analyze,
    recommend,
    export_network,
)
