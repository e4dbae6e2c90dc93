"""The summary of a graph: entities per class, facts, sources, labels, places.

Works on a pyoxigraph ``Store`` (or a :class:`clustergraph.graph.store.GraphStore`) laid out
as a build writes it: the facts in the data graph, their provenance beside them.
"""

from __future__ import annotations

from typing import Any

from clustergraph.model.namespaces import DATA_GRAPH_IRI, PROVENANCE_GRAPH_IRI, sparql_prefixes

#: What the summary counts: a name shown to people and the pattern binding ``?x``.
#: (Oxigraph evaluates patterns in the order written: the selective one comes first.)
CLASSES = (
    ("organisations", "?x a cg:Organisation"),
    ("cluster organisations", "?x a cg:ClusterOrganisation"),
    ("people", "?x a foaf:Person"),
    ("posts (person in a role)", "?p a foaf:Person . ?x org:member ?p"),
    ("partnerships", "?x a cg:Partnership"),
    ("partnership memberships", "?c a cg:Partnership . ?x org:organization ?c"),
    ("programmes", "?x a cg:Programme"),
    ("programme participations", "?x a cg:ProgrammeParticipation"),
    ("programme memberships (role member)", "?x a cg:ProgrammeMembership"),
    ("label awards", "?x a cg:LabelAward"),
    ("prize awards", "?x a cg:PrizeAward"),
    ("events", "?x a cg:Event"),
    ("count observations", "?x a cg:CountObservation"),
    ("regions", "?x a cg:Region"),
    ("industries", "?x skos:inScheme <https://w3id.org/clustergraph/id/industry/scheme>"),
)


def _select(store: Any, query: str, *, data: bool = True) -> list[dict[str, Any]]:
    """Rows of a query, on the data graph (``data``) or on the whole store (``GRAPH`` patterns)."""
    import pyoxigraph as ox

    from clustergraph.graph.store import to_python

    inner = getattr(store, "store", store)
    kwargs = {"default_graph": ox.NamedNode(DATA_GRAPH_IRI)} if data else {}
    result = inner.query(sparql_prefixes() + query, **kwargs)
    names = [v.value for v in result.variables]
    return [{n: to_python(sol[n]) for n in names} for sol in result]


def summary(store: Any, provenance_counts: tuple[int, int] | None = None) -> dict[str, Any]:
    """Counts that describe the graph; plain data, ready for a table or JSON.

    ``provenance_counts``: the distinct facts read from records other than the vocabularies,
    and those of them cited by a page, when the caller knows them (the build counts them as it
    writes the statement nodes); else two queries over every statement node count them
    (about 10 s at a million triples).
    """
    entities: dict[str, int] = {}
    for name, pattern in CLASSES:
        rows = _select(store, f"SELECT (COUNT(*) AS ?n) WHERE {{ SELECT DISTINCT ?x WHERE {{ {pattern} }} }}")
        entities[name] = rows[0]["n"]
    facts = _select(store, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")[0]["n"]
    prov = f"<{PROVENANCE_GRAPH_IRI}>"
    if provenance_counts is not None:
        sourced, fact_level = provenance_counts
    else:
        sourced, fact_level = _provenance_counts(store)
    sources = _select(
        store,
        f"""SELECT (COUNT(DISTINCT ?page) AS ?n) WHERE {{ GRAPH {prov} {{
              {{ ?r cg:recordSource ?page }} UNION {{ ?st prov:wasDerivedFrom ?page }} }} }}""",
        data=False,
    )[0]["n"]
    quads = _select(store, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }", data=False)[0]["n"]
    levels = _select(
        store,
        """SELECT ?level (COUNT(DISTINCT ?a) AS ?n) WHERE {
             ?a a cg:LabelAward ; cg:labelScheme ?scheme .
             OPTIONAL { ?a cg:labelLevel/skos:prefLabel ?l FILTER(lang(?l) = "en") }
             OPTIONAL { ?scheme skos:prefLabel ?sl FILTER(lang(?sl) = "en") }
             BIND(COALESCE(?l, CONCAT(COALESCE(?sl, STR(?scheme)), " (no level)")) AS ?level)
           } GROUP BY ?level ORDER BY DESC(?n)""",
    )
    lands = _select(
        store,
        """SELECT ?land (COUNT(DISTINCT ?o) AS ?n) WHERE {
             ?r a cg:Land ; skos:prefLabel ?land FILTER(lang(?land) = "de")
             ?o cg:region ?r . ?o a cg:Organisation
           } GROUP BY ?land ORDER BY DESC(?n) ?land""",
    )
    countries = _select(
        store,
        """SELECT ?country (COUNT(DISTINCT ?o) AS ?n) WHERE {
             ?c a cg:Country ; cg:isoCode ?country . ?o cg:country ?c . ?o a cg:Organisation
           } GROUP BY ?country ORDER BY DESC(?n) ?country""",
    )
    return {
        "entities": entities,
        "facts": facts,
        "sourced_facts": sourced,
        "fact_level": fact_level,
        "record_level_only": sourced - fact_level,
        "quads": quads,
        "sources": sources,
        "label_awards_by_level": {r["level"]: r["n"] for r in levels},
        "organisations_by_land": {r["land"]: r["n"] for r in lands},
        "organisations_by_country": {r["country"]: r["n"] for r in countries},
    }


def _provenance_counts(store: Any) -> tuple[int, int]:
    """The distinct facts of statement nodes from records other than the vocabularies, and the
    distinct facts of statement nodes with a page (fact-level)."""
    prov = f"<{PROVENANCE_GRAPH_IRI}>"
    sourced = _select(
        store,
        f"""SELECT (COUNT(*) AS ?n) WHERE {{ SELECT DISTINCT ?s ?p ?o WHERE {{ GRAPH {prov} {{
              ?st cg:record ?r ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o
              FILTER NOT EXISTS {{ ?r a cg:DefinitionRecord }} }} }} }}""",
        data=False,
    )[0]["n"]
    fact_level = _select(
        store,
        f"""SELECT (COUNT(*) AS ?n) WHERE {{ SELECT DISTINCT ?s ?p ?o WHERE {{ GRAPH {prov} {{
              ?st prov:wasDerivedFrom ?page ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o }} }} }}""",
        data=False,
    )[0]["n"]
    return sourced, fact_level


def format_summary(info: dict[str, Any]) -> str:
    """The summary as aligned text for a terminal."""
    s = info.get("summary", info)
    lines: list[str] = []

    def block(title: str, items: dict[str, Any], limit: int | None = None) -> None:
        lines.append(title)
        if not items:
            lines.append("  (none)")
            return
        shown = list(items.items())[:limit] if limit else list(items.items())
        width = max(len(str(k)) for k, _ in shown)
        for k, v in shown:
            lines.append(f"  {k!s:<{width}}  {v:>7,}")
        if limit and len(items) > limit:
            rest = sum(list(items.values())[limit:])
            lines.append(f"  {'(' + str(len(items) - limit) + ' more)':<{width}}  {rest:>7,}")

    block("Entities", s["entities"])
    lines.append(
        f"Facts: {s['facts']:,} in the data graph, {s.get('sourced_facts', 0):,} of them from "
        f"{s['sources']:,} sources ({s['quads']:,} quads with provenance)"
    )
    if "fact_level" in s:
        share = s["fact_level"] / s["sourced_facts"] if s["sourced_facts"] else 0.0
        lines.append(
            f"  cited by a page that states them (fact-level): {s['fact_level']:,} ({share:.1%}); "
            f"only the record's pages (record-level): {s['record_level_only']:,}"
        )
    block("Label awards by level", s["label_awards_by_level"])
    block("Organisations by Land", s["organisations_by_land"])
    block("Organisations by country", s["organisations_by_country"], limit=12)
    if info.get("validation"):
        v = info["validation"]
        state = "conforms" if v["conforms"] else "does NOT conform"
        lines.append(f"Validation: {state} ({v['violations']} violations, {v['warnings']} warnings)")
    if "store" in info:
        lines.append(f"Stored in: {info['store']}")
    if "seconds" in info:
        lines.append(f"Build time: {info['seconds']:.1f} s")
    return "\n".join(lines)
