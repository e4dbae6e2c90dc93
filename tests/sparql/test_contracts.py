"""Every named query keeps its answer contract: on tests/data (exact rows: test_library.py, and the
contract's checkable parts) and on the real data (properties: one row per key, nothing outside the
as_of date, every id resolves, counts agree with what they summarise).

A new query fails ``test_every_query_has_its_contract_tests`` until it has a contract, an exact
test and a case here.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from test_library import EXPECTED

from clustergraph.cli import main
from clustergraph.graph.store import GraphStore
from clustergraph.model.namespaces import DATA_GRAPH_IRI, DATA_IRI
from clustergraph.sparql.contract import same_or_before
from clustergraph.sparql.ids import UnknownIdError
from clustergraph.sparql.library import library, parse_named_query, run_query
from clustergraph.sparql.params import ENTITY_KINDS
from clustergraph.sparql.query import QueryError

Rows = list[dict[str, Any]]
LIB = library()
GOLD = "<https://w3id.org/clustergraph/vocab/label-level/gold>"
DATA = DATA_GRAPH_IRI
CME = "<https://w3id.org/clustergraph/vocab/label-scheme/cluster-management-excellence>"
LEADING = ("managing director", "cluster manager", "head of cluster management", "chair", "president",
           "spokesperson", "advisory board spokesperson")  # fmt: skip


def one(gs: GraphStore, query: str) -> int:
    """The single number a COUNT query answers (on the data graph)."""
    rows = run_query(
        f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{DATA}> {{ {query} }} }}",
        store=gs,
    ).rows
    return int(rows[0]["n"])


def ids(gs: GraphStore, query: str) -> set[str]:
    """The values of ?x a query on the data graph answers."""
    rows = run_query(
        f"SELECT DISTINCT ?x WHERE {{ GRAPH <{DATA}> {{ {query} }} }}",
        store=gs,
    ).rows
    return {str(r["x"]) for r in rows}


def first_day(date: str) -> str:
    return date + "-01-01"[len(date) - 4 :] if len(date) < 10 else date


# ---------------------------------------------------------------- checks of each query on the real data


def _partnerships(gs: GraphStore, p: dict[str, str], rows: Rows) -> None:
    org = DATA_IRI + "org/" + p["org"]
    expected = ids(gs, f"?m org:member <{org}> ; org:organization ?x . ?x a cg:Partnership")
    assert {r["partnership_id"] for r in rows} == expected  # sole members included
    for r in rows:
        if r["partner_id"] is None:
            assert one(gs, f"?m org:organization <{r['partnership_id']}> ; org:member ?o") == 1


def _clusters_in_land(gs: GraphStore, p: dict[str, str], rows: Rows) -> None:
    land = DATA_IRI + "region/" + p["land"]
    assert {r["id"] for r in rows} == ids(gs, f"?x cg:region <{land}> ; a cg:ClusterOrganisation")


def _clusters_per_land(gs: GraphStore, p: dict[str, str], rows: Rows) -> None:
    pairs = one(
        gs, "SELECT DISTINCT ?c ?l WHERE { ?c a cg:ClusterOrganisation ; cg:region ?l . ?l a cg:Land }"
    )
    assert sum(r["clusters"] for r in rows) == pairs


def _counts(gs: GraphStore, p: dict[str, str], rows: Rows) -> None:
    kind, _, local = p["subject"].partition(":")
    n = one(gs, f"?o sosa:hasFeatureOfInterest <{DATA_IRI}{kind}/{local}> ; sosa:hasSimpleResult ?v")
    assert len({(r["counted"], r["value"], r["qualifier"], r["date"]) for r in rows}) <= n


def _coverage(gs: GraphStore, p: dict[str, str], rows: Rows) -> None:
    programmes = {r["programme"]: r for r in run_query("programmes", store=gs).rows}
    for r in rows:
        assert r["share"] == round(100 * r["known"] / r["published"])
        if r["counted"] == "members":
            assert r["known"] == programmes[r["programme"]]["members"]


def _cross_border(gs: GraphStore, p: dict[str, str], rows: Rows) -> None:
    for r in rows:
        assert r["home_clusters"] >= 1 and r["partners_abroad"] >= len(set(r["countries"].split()))


def _entity_facts(gs: GraphStore, p: dict[str, str], rows: Rows) -> None:
    kind, _, local = p["entity"].partition(":")
    out = one(gs, f"SELECT DISTINCT ?p ?o WHERE {{ <{DATA_IRI}{kind}/{local}> ?p ?o }}")
    assert len({(r["property"], r["value"]) for r in rows if r["direction"] == "out"}) == out
    assert {r["basis"] for r in rows} <= {"stated", "record", ""}


def _events(gs: GraphStore, p: dict[str, str], rows: Rows) -> None:
    assert len(rows) == one(gs, "?e a cg:Event FILTER NOT EXISTS { ?x cg:partOfSeries ?e }")
    for r in rows:
        assert r["recorded_participants"] == one(gs, f"<{r['id']}> cg:participant ?who")
        assert (r["stated_participants"] is None) == (r["stated_qualifier"] is None)


def _gold_by_industry(gs: GraphStore, p: dict[str, str], rows: Rows) -> None:
    holders = {r["id"]: r for r in run_query("gold-label-holders", store=gs).rows}
    for r in rows:
        assert (r["gold_awards"], r["latest"]) == (
            holders[r["id"]]["gold_awards"],
            holders[r["id"]]["latest"],
        )


def _gold_holders(gs: GraphStore, p: dict[str, str], rows: Rows) -> None:
    assert len(rows) == len(ids(gs, f"?a cg:labelLevel {GOLD} ; cg:awardedTo ?x"))
    assert sum(r["gold_awards"] for r in rows) == one(gs, f"?a cg:labelLevel {GOLD} ; cg:awardedTo ?o")
    for r in rows:  # latest is the latest dated award, compared as dates
        dates = ids(
            gs, f"?a cg:labelLevel {GOLD} ; cg:awardedTo <{r['id']}> ; cg:awardDate ?d BIND(STR(?d) AS ?x)"
        )
        assert r["latest"] == (max(dates, key=first_day) if dates else None)


def _grants(gs: GraphStore, p: dict[str, str], rows: Rows) -> None:
    assert len(rows) >= one(gs, "?g a cg:Grant ; cg:recipient ?r . ?r skos:prefLabel ?n")


def _industries(gs: GraphStore, p: dict[str, str], rows: Rows) -> None:
    assert sum(r["organisations"] for r in rows) == one(gs, "?o a cg:Organisation ; cg:industry ?i")
    assert all(r["clusters"] <= r["organisations"] for r in rows)


def _bridges(gs: GraphStore, p: dict[str, str], rows: Rows) -> None:
    assert all(r["partners_a"] >= 1 and r["partners_b"] >= 1 for r in rows)


def _awards_per_year(gs: GraphStore, p: dict[str, str], rows: Rows) -> None:
    n = one(gs, f"?a cg:labelScheme {CME} ; cg:awardDate ?d ; cg:labelLevel ?l ; cg:awardedTo ?o")
    assert sum(r["awards"] for r in rows) == n


def _label_history(gs: GraphStore, p: dict[str, str], rows: Rows) -> None:
    assert len(rows) == one(gs, f"?a cg:awardedTo <{DATA_IRI}org/{p['org']}> ; cg:labelScheme ?s")
    days = [first_day(r["date"]) for r in rows if r["date"]]
    assert days == sorted(days)  # in the order of the sortable dates


def _upgrades(gs: GraphStore, p: dict[str, str], rows: Rows) -> None:
    assert all(first_day(r["from_date"]) < first_day(r["to_date"]) for r in rows)


def _land_pairs(gs: GraphStore, p: dict[str, str], rows: Rows) -> None:
    pairs = [frozenset((r["land_a"], r["land_b"])) for r in rows]
    assert all(len(pair) == 2 for pair in pairs) and len(set(pairs)) == len(pairs)


def _leadership(gs: GraphStore, p: dict[str, str], rows: Rows) -> None:
    assert len(rows) <= one(gs, "?post cg:succeeds ?before") and rows


def _relations(gs: GraphStore, p: dict[str, str], rows: Rows) -> None:
    assert {r["direction"] for r in rows} <= {"in", "out"}


def _per_country(gs: GraphStore, p: dict[str, str], rows: Rows) -> None:
    assert sum(r["organisations"] for r in rows) == one(gs, "?o cg:country ?c . ?c cg:isoCode ?i")
    assert all(r["clusters"] <= r["organisations"] for r in rows)


def _partner_countries(gs: GraphStore, p: dict[str, str], rows: Rows) -> None:
    assert all(r["partners"] >= 1 and r["partnerships"] >= 1 for r in rows)


def _partnership_members(gs: GraphStore, p: dict[str, str], rows: Rows) -> None:
    part = DATA_IRI + "partnership/" + p["partnership"]
    assert {r["id"] for r in rows} == ids(gs, f"?m org:organization <{part}> ; org:member ?x")


def _by_kind(gs: GraphStore, p: dict[str, str], rows: Rows) -> None:
    assert sum(r["partnerships"] for r in rows) == one(gs, "?p a cg:Partnership ; cg:partnershipKind ?k")


def _people(gs: GraphStore, p: dict[str, str], rows: Rows) -> None:
    for r in rows:  # an open post of a leading role is never listed beside a later one of that role
        if r["role"] in LEADING and r["end"] is None and r["start"]:
            later = [o for o in rows if o["role"] == r["role"] and o["start"]]
            assert all(first_day(o["start"]) <= first_day(r["start"]) or o["end"] for o in later), r


def _programme_members(gs: GraphStore, p: dict[str, str], rows: Rows) -> None:
    prog = DATA_IRI + "programme/" + p["programme"]
    assert {r["id"] for r in rows} <= ids(gs, f"?pp cg:programme <{prog}> ; cg:member ?x")


def _programmes(gs: GraphStore, p: dict[str, str], rows: Rows) -> None:
    roles = ("members", "winners", "platforms", "funded", "partners")
    for r in rows:
        assert max(r[c] for c in roles) <= r["participants"] <= sum(r[c] for c in roles)


def _search(gs: GraphStore, p: dict[str, str], rows: Rows) -> None:
    assert all(p["text"].casefold() in r["name"].casefold() for r in rows)


def _disagreements(gs: GraphStore, p: dict[str, str], rows: Rows) -> None:
    assert all(r["value_1"] != r["value_2"] and r["source_1"] != r["source_2"] for r in rows)


Check = Callable[[GraphStore, dict[str, str], Rows], None]
#: Each query's cases on the real data (parameters) and its own check.
REAL: dict[str, tuple[list[dict[str, str]], Check]] = {
    "cluster-partnerships": ([{"org": "optonet"}, {"org": "silicon-saxony"}], _partnerships),
    "clusters-in-land": ([{"land": "DE-TH"}, {"land": "DE-BY"}], _clusters_in_land),
    "clusters-per-land": ([{}], _clusters_per_land),
    "counts": ([{"subject": "programme:go-cluster"}, {"subject": "org:optonet"}], _counts),
    "coverage": ([{}], _coverage),
    "cross-border-partnerships": ([{"country": "DE"}], _cross_border),
    "entity-facts": ([{"entity": "org:optonet"}, {"entity": "person:nora-kirsten"}], _entity_facts),
    "events": ([{}], _events),
    "gold-clusters-by-industry": ([{}], _gold_by_industry),
    "gold-label-holders": ([{}], _gold_holders),
    "grants": ([{}], _grants),
    "industries": ([{}], _industries),
    "industry-bridges": ([{"industry_a": "photonics", "industry_b": "microelectronics"}], _bridges),
    "label-awards-per-year": ([{}], _awards_per_year),
    "label-history": ([{"org": "optonet"}, {"org": "hamburg-aviation"}], _label_history),
    "label-upgrades": ([{}], _upgrades),
    "land-pairs": ([{}], _land_pairs),
    "leadership-changes": ([{}], _leadership),
    "organisation-relations": ([{"org": "optonet"}], _relations),
    "organisations-per-country": ([{}], _per_country),
    "partner-countries-of-land": ([{"land": "DE-TH"}], _partner_countries),
    "partnership-members": (
        [{"partnership": "photonics4industry"}, {"partnership": "north-sea-offshore-wind-cooperation"}],
        _partnership_members,
    ),
    "partnerships-by-kind": ([{}], _by_kind),
    "people-as-of": ([{"org": "optonet", "as_of": d} for d in ("2010", "2021-06-01", "2025")], _people),
    "programme-members": (
        [
            {"programme": "go-cluster", "as_of": "2020"},
            {"programme": "go-cluster", "as_of": "2016-06"},
            {"programme": "spitzencluster", "as_of": "2012-04-18"},
        ],
        _programme_members,
    ),
    "programmes": ([{}], _programmes),
    "search": ([{"text": "photon"}, {"text": "cluster"}], _search),
    "source-disagreements": ([{}], _disagreements),
}
CASES = [(name, params) for name, (cases, _check) in REAL.items() for params in cases]


@pytest.mark.parametrize("name", sorted(LIB))
def test_every_query_has_its_contract_tests(name: str) -> None:
    q = LIB[name]
    assert q.contract is not None, f"{name}: no @row/@in/@out contract in its header"
    assert any(n == name for n, *_ in EXPECTED), f"{name}: no exact-answer test in test_library.py"
    assert name in REAL, f"{name}: no property case on the real data in test_contracts.py"


def contract_holds(name: str, params: dict[str, str], rows: Rows, gs: GraphStore) -> None:
    """The contract's checkable parts: the key, the as_of bounds, and every id resolves to a label."""
    contract = LIB[name].contract
    assert contract is not None
    if contract.key:
        keys = Counter(tuple(r[c] for c in contract.key) for r in rows)
        assert not [k for k, n in keys.items() if n > 1], f"{name}: rows share {contract.key}"
    if contract.as_of:
        param, start, end = contract.as_of
        as_of = params.get(param)
        for r in rows if as_of else []:
            assert r[start] is None or same_or_before(str(r[start]), as_of), (name, r)
            assert end is None or r[end] is None or same_or_before(as_of, str(r[end])), (name, r)
    entities = {
        str(v)
        for r in rows
        for v in r.values()
        if isinstance(v, str) and any(v.startswith(f"{DATA_IRI}{k}/") for k in ENTITY_KINDS)
    }
    if entities:
        values = " ".join(f"<{e}>" for e in entities)
        unlabelled = run_query(
            f"SELECT ?e WHERE {{ VALUES ?e {{ {values} }} FILTER NOT EXISTS {{ GRAPH <{DATA}> {{ "
            "?e skos:prefLabel|foaf:name ?n } } }",
            store=gs,
        ).rows
        assert unlabelled == [], f"{name}: ids without a label: {unlabelled[:3]}"


@pytest.mark.parametrize(("name", "params", "variables", "rows"), EXPECTED, ids=[c[0] for c in EXPECTED])
def test_contract_on_the_test_data(
    built: Path, name: str, params: dict[str, str], variables: Any, rows: Any
) -> None:
    gs = GraphStore.open(built)
    contract_holds(name, params, run_query(name, params, store=gs).rows, gs)


@pytest.mark.parametrize(("name", "params"), CASES, ids=[f"{n}-{'-'.join(p.values())}" for n, p in CASES])
def test_contract_on_the_real_data(real_built: Path, name: str, params: dict[str, str]) -> None:
    gs = GraphStore.open(real_built)
    rows = run_query(name, params, store=gs).rows
    assert rows, f"{name} {params}: empty on the real data"
    contract_holds(name, params, rows, gs)
    REAL[name][1](gs, params, rows)


# ---------------------------------------------------------------- the wrong answers that were fixed


def test_sole_member_earlier_open_post_and_two_laender(dataset, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """The answers measured wrong before: each now as its contract says."""
    from clustergraph.graph.build import build

    src = "https://example.org/s"
    data = dataset(
        partnerships=lambda t: t + _row(t, id="solo", name="Solo Netz", kind="bilateral", sources=src),
        partnership_members=lambda t: (
            t + _row(t, partnership="solo", organisation="lichtwerk", role="partner", sources=src)
        ),
        people=lambda t: t + _row(t, id="otto-alt", name="Otto Alt", sources=src),
        posts=lambda t: (
            t
            + _row(
                t,
                person="otto-alt",
                organisation="lichtwerk",
                role="managing-director",
                start="2010",
                sources=src,
            )
        ),
        organisations=lambda t: t.replace("de-dresden,DE-SN,", 'de-dresden,"DE-SN | DE-TH",'),
    )
    location = tmp_path / "graph"
    assert build(data, location).published
    gs = GraphStore.open(location)
    solo = [
        r
        for r in run_query("cluster-partnerships", {"org": "lichtwerk"}, store=gs).rows
        if r["partnership"] == "Solo Netz"
    ]
    assert [(r["partner"], r["own_role"]) for r in solo] == [(None, "partner")]

    def md(day: str) -> list[str]:
        rows = run_query("people-as-of", {"org": "lichtwerk", "as_of": day}, store=gs).rows
        return sorted(r["person"] for r in rows if r["role"] == "managing director")

    assert md("2012") == ["Otto Alt"] and md("2016") == ["Bernd Muster"] and md("2023") == ["Anna Beispiel"]
    holders = [
        r
        for r in run_query("gold-label-holders", store=gs).rows
        if r["organisation"] == "Saxtronic Halbleiter"
    ]
    assert len(holders) == 1 and sorted(holders[0]["land"].split(" | ")) == ["Sachsen", "Thüringen"]
    members = [
        r
        for r in run_query("programme-members", {"programme": "go-test"}, store=gs).rows
        if r["organisation"] == "Saxtronic Halbleiter"
    ]
    assert len(members) == 1 and sorted(members[0]["land"].split(" | ")) == ["Sachsen", "Thüringen"]


def _row(text: str, **cells: str) -> str:
    """A CSV line for the table whose text is ``text``, with ``cells`` in their columns."""
    header = text.splitlines()[0].split(",")
    unknown = set(cells) - set(header)
    assert not unknown, unknown
    return ",".join(cells.get(c, "") for c in header) + "\n"


# ---------------------------------------------------------------- unknown ids, the header, the CLI


def test_an_unknown_id_names_the_nearest_ones(built: Path) -> None:
    with pytest.raises(
        UnknownIdError, match=r"no organisation 'lichtwerc' in the graph; did you mean lichtwerk"
    ):
        run_query("cluster-partnerships", {"org": "lichtwerc"}, store=built)
    with pytest.raises(UnknownIdError, match=r"no region 'DE-XX'.*did you mean .*DE-"):
        run_query("clusters-in-land", {"land": "DE-XX"}, store=built)
    with pytest.raises(UnknownIdError, match=r"no person 'nobody'"):
        run_query("entity-facts", {"entity": "person:nobody"}, store=built)
    # prefixed names of each kind are accepted as written
    rows = run_query("cluster-partnerships", {"org": "cgorg:lichtwerk"}, store=built).rows
    assert rows
    r = CliRunner().invoke(main, ["query", "label-history", "-p", "org=lichtwerc", "--store", str(built)])
    assert (
        r.exit_code == 2 and "did you mean lichtwerk?" in r.output and len(r.output.strip().splitlines()) == 1
    )


def test_an_unknown_id_is_refused_by_an_endpoint_too(built: Path, oxigraph_server) -> None:  # type: ignore[no-untyped-def]
    from clustergraph.sparql.endpoint import Endpoint
    from clustergraph.sparql.push import push

    push(built, Endpoint.from_url(oxigraph_server.url))
    with pytest.raises(UnknownIdError, match="did you mean lichtwerk"):
        run_query("label-history", {"org": "lichtwerc"}, endpoint=oxigraph_server.url)
    assert run_query("label-history", {"org": "lichtwerk"}, endpoint=oxigraph_server.url).rows


def test_contract_header_errors() -> None:
    head = "# d\n# @param as_of: date -- day\n"
    body = "SELECT ?n WHERE { ?o skos:prefLabel ?n FILTER(STR(?as_of) > '') }"
    q = parse_named_query(
        "x", head + "# @row one name\n# @in all\n# @out none\n# @key n\n# @asof as_of n\n" + body
    )
    assert q.contract and q.contract.key == ("n",) and q.contract.as_of == ("as_of", "n", None)
    for bad, message in [
        ("# @row one name\n# @in all\n", "lacks @out"),
        ("# @row r\n# @in a\n# @out b\n# @key nope\n", "column 'nope'"),
        ("# @row r\n# @in a\n# @out b\n# @asof day n\n", "not a date parameter"),
        ("# @row r\n# @row s\n", "@row is given twice"),
    ]:
        with pytest.raises(QueryError, match=message):
            parse_named_query("x", head + bad + body)


def test_queries_name_shows_the_contract() -> None:
    r = CliRunner().invoke(main, ["queries", "gold-label-holders"])
    assert r.exit_code == 0
    assert "one row: one organisation" in r.output and "out: Bronze and Silver" in r.output
    assert "no two rows share: id" in r.output
    r = CliRunner().invoke(main, ["queries", "people-as-of", "--json"])
    assert r.exit_code == 0 and '"as_of": [' in r.output
    r = CliRunner().invoke(main, ["queries", "no-such"])
    assert r.exit_code == 2 and "unknown query" in r.output
