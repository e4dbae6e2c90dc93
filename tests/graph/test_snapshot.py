"""The projection snapshot: written with every published store, used only for that store, never stale."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from clustergraph import network as nw
from clustergraph.cli import main
from clustergraph.graph import snapshot as ns
from clustergraph.graph.build import build
from clustergraph.graph.store import GraphStore, current_store_dir
from clustergraph.network import projections

PROFILES = Path(__file__).parents[1] / "data" / "profiles"
ORG = "https://w3id.org/clustergraph/id/org/"
NORDWIND = ORG + "nordwind-aero-cluster"
CG = "https://w3id.org/clustergraph/ontology#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"


def run(*args: object) -> None:
    result = CliRunner().invoke(main, [str(a) for a in args])
    assert result.exit_code == 0, result.stderr


@pytest.fixture
def graph(graph_copy: Path) -> Path:
    return graph_copy


@pytest.fixture
def no_store_read(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make any read of the store itself fail: what still works came from the snapshot."""

    def refuse(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("the store was read")

    monkeypatch.setattr(projections, "read_store", refuse)


def _store_read(location: Path, **kwargs: object) -> nw.NetworkData:
    return nw.read_network(GraphStore.open(location), snapshot=False, **kwargs)  # type: ignore[arg-type]


def _valid(location: Path, people: bool = False) -> bool:
    return ns.load(current_store_dir(location), people=people) is not None


# --------------------------------------------------------------------------- written, used, the same


def test_the_build_writes_the_snapshot(dataset: Callable[..., Path], tmp_path: Path) -> None:
    built = tmp_path / "g"  # its own: other tests' reads with people=True rewrite the shared one's
    build(dataset(), built, validate=False)
    store_dir = current_store_dir(built)
    head = ns.info(store_dir)
    assert head["format"] == ns.FORMAT and head["version"] == ns.VERSION
    assert head["store"] == store_dir.name and head["files"] == ns.fingerprint(store_dir)
    assert head["with_people"] is False
    assert GraphStore.open(built).info()["network_snapshot_bytes"] == ns.path_of(store_dir).stat().st_size
    # readable as RocksDB's own files are (mkstemp would have made it private)
    assert ns.path_of(store_dir).stat().st_mode & 0o777 == (store_dir / "CURRENT").stat().st_mode & 0o777
    # one row a line: a reader can look into it
    text = ns.path_of(store_dir).read_text(encoding="utf-8")
    assert any(line.startswith(f'["{ORG}lichtwerk","Lichtwerk Photonik",') for line in text.splitlines())


def test_read_network_uses_the_snapshot(built: Path, no_store_read: None) -> None:
    data = nw.read_network(GraphStore.open(built))
    assert ORG + "lichtwerk" in data.organisations and data.people is None
    with pytest.raises(AssertionError, match="the store was read"):
        nw.read_network(GraphStore.open(built), snapshot=False)


@pytest.mark.parametrize("lang", ["de", "en"])
def test_the_snapshot_gives_what_the_store_gives(built: Path, lang: str) -> None:
    from_snapshot = nw.read_network(GraphStore.open(built), lang=lang)
    from_store = _store_read(built, lang=lang)
    assert from_snapshot == from_store
    for name in ("organisations", "partnerships", "places", "industries", "programmes"):
        assert list(getattr(from_snapshot, name)) == list(getattr(from_store, name))  # same order
    G, H = nw.co_partnership_graph(from_snapshot), nw.co_partnership_graph(from_store)
    assert list(G.nodes(data=True)) == list(H.nodes(data=True))
    assert list(G.edges(data=True)) == list(H.edges(data=True))


def test_the_columns_are_the_fields() -> None:
    def names(cls: type) -> tuple[str, ...]:
        return tuple(f.name for f in dataclasses.fields(cls))

    assert names(nw.Organisation) == ns.ORGANISATION_COLUMNS
    assert names(nw.Partnership) == ns.PARTNERSHIP_COLUMNS
    assert tuple(n for n in names(nw.Place) if n != "label") == ns.PLACE_COLUMNS
    from_labels = ("label", "label_en", "names")
    assert tuple(n for n in names(nw.Industry) if n not in from_labels) == ns.INDUSTRY_COLUMNS


def test_people_are_read_once_then_kept(graph: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    ns.write_for_store(current_store_dir(graph))  # as the build writes it: without people
    assert _valid(graph) and not _valid(graph, people=True)
    first = nw.read_network(GraphStore.open(graph), people=True)  # reads the store, writes them in
    assert first.people and first.posts
    assert _valid(graph, people=True)
    assert first == _store_read(graph, people=True)
    monkeypatch.setattr(projections, "read_store", None)  # any store read would fail now
    assert nw.read_network(GraphStore.open(graph), people=True) == first
    without = nw.read_network(GraphStore.open(graph))
    assert without.people is None and without.posts is None
    assert without.organisations == first.organisations


# --------------------------------------------------------------------------- never stale, never in the way


@pytest.mark.parametrize(
    "damage",
    [
        lambda text: text[: len(text) // 2],  # truncated
        lambda text: "",
        lambda text: "\x00\xff garbage",
        lambda text: text.replace(f'"version": {ns.VERSION}', f'"version": {ns.VERSION + 1}', 1),
        lambda text: text.replace('"org_type_guessed", ', "", 1),  # other columns
        lambda text: text.replace(f'"{ORG}', '["not", "a string"], "', 1),  # a bad value
        lambda text: "[1, 2, 3]",
    ],
    ids=["truncated", "empty", "garbage", "version", "columns", "value", "not-an-object"],
)
def test_a_damaged_snapshot_is_ignored_and_replaced(graph: Path, damage: Callable[[str], str]) -> None:
    path = ns.path_of(current_store_dir(graph))
    path.write_text(damage(path.read_text(encoding="utf-8")), encoding="utf-8")
    assert not _valid(graph)
    assert nw.read_network(GraphStore.open(graph)) == _store_read(graph)
    assert _valid(graph)  # written again by the read


def test_a_snapshot_of_another_store_is_ignored(graph: Path) -> None:
    old = current_store_dir(graph)
    renamed = old.with_name("store-20990101T000000-abcdef")  # the same files under another name
    old.rename(renamed)
    (graph / "CURRENT").write_text(renamed.name + "\n", encoding="utf-8")
    assert ns.load(renamed) is None
    nw.read_network(GraphStore.open(graph))
    assert ns.info(renamed)["store"] == renamed.name  # rewritten for this store


def test_a_store_changed_in_place_does_not_use_its_old_snapshot(graph: Path) -> None:
    store_dir = current_store_dir(graph)
    before = nw.read_network(GraphStore.open(graph))
    assert NORDWIND not in before.organisations
    store = ox.Store(str(store_dir))  # against the rules, but it must not give stale projections
    s = ox.NamedNode(NORDWIND)
    data = ox.NamedNode("https://w3id.org/clustergraph/id/graph/data")
    store.add(ox.Quad(s, ox.NamedNode(RDF_TYPE), ox.NamedNode(CG + "Organisation"), data))
    store.add(ox.Quad(s, ox.NamedNode(SKOS + "prefLabel"), ox.Literal("Nordwind"), data))
    store.flush()
    del store
    assert ns.load(store_dir) is None
    after = nw.read_network(GraphStore.open(graph))
    assert after.organisations[NORDWIND].label == "Nordwind"


def test_a_read_only_store_is_read(graph: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store_dir = current_store_dir(graph)
    ns.path_of(store_dir).unlink()

    def refuse(*_args: object) -> None:
        raise PermissionError(30, "Read-only file system")

    monkeypatch.setattr(ns, "write_atomically", refuse)
    assert nw.read_network(GraphStore.open(graph)) == _store_read(graph)
    assert not ns.path_of(store_dir).exists()


def test_stores_not_in_a_built_location_get_no_snapshot(tmp_path: Path, built: Path) -> None:
    store = ox.Store()
    store.load(
        f"<{ORG}x> <{RDF_TYPE}> <{CG}Organisation> <https://w3id.org/clustergraph/id/graph/data> .".encode(),
        format=ox.RdfFormat.N_QUADS,
    )
    gs = GraphStore(tmp_path, tmp_path / "anywhere", store)
    assert list(nw.read_network(gs).organisations) == [ORG + "x"]
    assert not list(tmp_path.iterdir())


def test_the_checkpoint_copy_carries_no_snapshot(built: Path, tmp_path: Path) -> None:
    ox.Store.read_only(str(current_store_dir(built))).backup(str(tmp_path / "copy"))
    assert not ns.path_of(tmp_path / "copy").exists()


# --------------------------------------------------------------------------- every change writes a new one


def test_imports_and_removals_write_a_fresh_snapshot(
    graph: Path, dataset: Callable[..., Path], no_store_read: None
) -> None:
    data_dir = dataset()
    run("load-profile", PROFILES / "nordwind-en.txt", "--store", graph, "--data", data_dir)
    assert _valid(graph)
    assert NORDWIND in nw.read_network(GraphStore.open(graph)).organisations  # from the new snapshot
    run("remove-source", PROFILES / "nordwind-en.txt", "--store", graph)
    assert _valid(graph)
    assert NORDWIND not in nw.read_network(GraphStore.open(graph)).organisations


def test_imports_and_removals_snapshots_equal_the_store(graph: Path, dataset: Callable[..., Path]) -> None:
    run("load-profile", PROFILES / "nordwind-en.txt", "--store", graph, "--data", dataset())
    assert nw.read_network(GraphStore.open(graph)) == _store_read(graph)


def test_write_back_writes_a_fresh_snapshot(graph: Path) -> None:
    from clustergraph.network import analysis as an
    from clustergraph.network.export import analysis_quads, write_back

    G = nw.co_partnership_graph(nw.read_network(GraphStore.open(graph)))
    table = an.centrality(G, backend="networkx")
    quads = analysis_quads(table, date="2026-01-02", projection="p", method="m")
    target = write_back(graph, quads)
    assert ns.info(target)["store"] == target.name and _valid(graph)
    assert nw.read_network(GraphStore.open(graph)) == _store_read(graph)


def test_a_build_without_a_snapshot_warns_and_publishes(
    dataset: Callable[..., Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def fail(*_args: object, **_kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(ns, "write_for_store", fail)
    report = build(dataset(), tmp_path / "g", validate=False)
    assert report.published and report.network_snapshot_bytes == 0
    assert any("network snapshot was not written" in w for w in report.warnings)
    assert not ns.path_of(current_store_dir(tmp_path / "g")).exists()
    assert nw.read_network(GraphStore.open(tmp_path / "g")).organisations  # the store is read


def test_snapshot_header_is_plain_json(graph: Path) -> None:
    nw.read_network(GraphStore.open(graph), people=True)
    doc = json.loads(ns.path_of(current_store_dir(graph)).read_bytes())
    assert doc["with_people"] is True and isinstance(doc["people"], dict)
    assert list(doc)[:7] == ["format", "version", "store", "files", "with_people", "written", "software"]
    assert doc["organisations"]["columns"] == list(ns.ORGANISATION_COLUMNS)
