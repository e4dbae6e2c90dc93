"""The notebooks: stored clean, run top to bottom on the default data, and their key results hold.

Each notebook is copied into a temporary folder and executed there with nbclient (the map it
writes lands there too; nothing is written into the repository). The notebook's last cell,
tagged ``results``, shows its key results as JSON; the checks below read them and compare the
study's main table with figures computed here from SPARQL rows, independently of
``clustergraph.network`` and ``clustergraph.network.analysis``. These tests use the real ``data/``:
the notebooks are about it.
"""

from __future__ import annotations

import ast
import json
import re
import shutil
import sys
from collections import defaultdict
from itertools import combinations
from pathlib import Path
from typing import Any

import nbformat
import pytest
from nbclient import NotebookClient

from clustergraph.graph.build import build
from clustergraph.graph.store import GraphStore
from clustergraph.sparql.library import select

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = ROOT / "notebooks"
DATA = ROOT / "data"
NAMES = ("01_tour.ipynb", "02_regional_partnerships.ipynb")
CELL_TIMEOUT = 300  # seconds per cell; a whole notebook takes well under a minute
#: Top-level modules a notebook may import besides the standard library.
ALLOWED_IMPORTS = {"clustergraph", "pandas", "numpy", "matplotlib", "IPython", "networkx", "scipy"}


def notebooks() -> list[Path]:
    return sorted(NOTEBOOKS.glob("*.ipynb"))


def execute(name: str, workdir: Path) -> tuple[Any, Path]:
    """Run a copy of the notebook in ``workdir``; returns the executed notebook and the folder."""
    copy = workdir / name
    shutil.copy(NOTEBOOKS / name, copy)
    nb = nbformat.read(copy, as_version=4)
    NotebookClient(
        nb, timeout=CELL_TIMEOUT, kernel_name="python3", resources={"metadata": {"path": str(workdir)}}
    ).execute()
    return nb, workdir


def results_of(nb: Any) -> dict[str, Any]:
    """The JSON shown by the cell tagged ``results``."""
    cells = [c for c in nb.cells if "results" in c.get("metadata", {}).get("tags", [])]
    assert len(cells) == 1, "each notebook has one cell tagged 'results'"
    data = [
        o["data"]["application/json"] for o in cells[0].outputs if "application/json" in o.get("data", {})
    ]
    assert data, "the results cell shows no JSON"
    return data[0]


def map_nodes(path: Path) -> int:
    html = path.read_text(encoding="utf-8")
    m = re.search(r'<script id="cg-data" type="application/json">(.*?)</script>', html, re.S)
    assert m, f"{path} has no map data"
    assert "https://cdn" not in html and "<script src=" not in html  # self-contained
    return len(json.loads(m.group(1))["nodes"])


def outputs(nb: Any, mime: str) -> list[str]:
    return [
        o["data"][mime]
        for c in nb.cells
        if c.cell_type == "code"
        for o in c.outputs
        if mime in o.get("data", {})
    ]


@pytest.fixture(scope="module")
def run(tmp_path_factory: pytest.TempPathFactory) -> Any:
    """Execute each notebook once (lazily) with CLUSTERGRAPH_DATA pointing at data/."""
    done: dict[str, tuple[Any, Path]] = {}
    before = sorted(p.name for p in NOTEBOOKS.iterdir())
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("CLUSTERGRAPH_DATA", str(DATA))
        mp.delenv("CLUSTERGRAPH_STORE", raising=False)
        mp.delenv("MPLBACKEND", raising=False)  # the kernel's inline backend shows the figures

        def get(name: str) -> tuple[Any, Path]:
            if name not in done:
                done[name] = execute(name, tmp_path_factory.mktemp(name.split(".")[0]))
            return done[name]

        yield get
    assert sorted(p.name for p in NOTEBOOKS.iterdir()) == before, "running a notebook wrote into notebooks/"


@pytest.fixture(scope="module")
def real(tmp_path_factory: pytest.TempPathFactory) -> GraphStore:
    """data/ built here, for figures computed independently of the notebooks."""
    location = tmp_path_factory.mktemp("real") / "graph"
    assert build(DATA, location).conforms
    return GraphStore.open(location)


# --------------------------------------------------------------------------- the stored files


def test_the_notebooks_are_there() -> None:
    assert [p.name for p in notebooks()] == list(NAMES)


@pytest.mark.parametrize("path", notebooks(), ids=lambda p: p.stem)
def test_stored_without_outputs(path: Path) -> None:
    nb = nbformat.read(path, as_version=4)
    nbformat.validate(nb)
    assert nb.metadata["kernelspec"]["name"] == "python3"
    for cell in nb.cells:
        if cell.cell_type == "code":
            assert cell.outputs == [] and cell.execution_count is None, f"{path.name}: outputs are stored"


@pytest.mark.parametrize("path", notebooks(), ids=lambda p: p.stem)
def test_imports_only_clustergraph_and_scientific_packages(path: Path) -> None:
    nb = nbformat.read(path, as_version=4)
    modules = set()
    for cell in nb.cells:
        if cell.cell_type != "code":
            continue
        for node in ast.walk(ast.parse(cell.source)):
            if isinstance(node, ast.Import):
                modules.update(a.name.split(".")[0] for a in node.names)
            elif isinstance(node, ast.ImportFrom):
                modules.add((node.module or "").split(".")[0])
    assert "clustergraph" in modules
    assert modules - ALLOWED_IMPORTS - set(sys.stdlib_module_names) == set()


@pytest.mark.parametrize("path", notebooks(), ids=lambda p: p.stem)
def test_prose_states_no_computed_numbers(path: Path) -> None:
    """Numbers from the data are shown by code (f-strings), so Markdown cells hold only years."""
    nb = nbformat.read(path, as_version=4)
    for cell in nb.cells:
        if cell.cell_type != "markdown":
            continue
        text = re.sub(r"`[^`]*`|\]\([^)]*\)", "", cell.source)  # code spans and link targets
        for number in re.findall(r"\d+(?:[.,]\d+)*", text):
            assert re.fullmatch(r"(19|20)\d\d", number), (
                f"{path.name}: number {number!r} in prose: {text[:80]!r}"
            )


# --------------------------------------------------------------------------- the tour


def test_tour_runs_and_shows_results(run: Any) -> None:
    nb, folder = run("01_tour.ipynb")
    res = results_of(nb)
    assert res["conforms"] is True and res["quads"] > 10_000
    assert all(n > 0 for n in res["queries"].values()), res["queries"]
    assert set(res["queries"]) >= {"clusters-per-land", "gold-label-holders", "label-history", "ad-hoc"}
    assert res["network"]["nodes"] > 100 and res["network"]["edges"] > res["network"]["nodes"]
    assert res["path_steps"] >= 1
    assert res["recommendations"] and all(r["explanation"] for r in res["recommendations"])
    map_file = folder / "01_tour_map.html"
    assert Path(res["map"]["file"]) == map_file.resolve()
    assert map_nodes(map_file) == res["map"]["nodes"] > 10
    assert len(outputs(nb, "text/html")) >= 5  # DataFrames and the map's frame


# --------------------------------------------------------------------------- the study


def independent_land_figures(gs: GraphStore) -> dict[str, dict[str, int]]:
    """Per Land, from plain SPARQL rows: organisations in partnerships, partnerships, internal
    and external ties. An organisation's Land: its city's Land, else the first of its Länder."""
    land_of = {
        r["o"]: r["land"].rsplit("/", 1)[-1]
        for r in select(
            """SELECT ?o (COALESCE(MIN(STR(?city_land)), MIN(STR(?any_land))) AS ?land) WHERE {
                 ?o a cg:Organisation .
                 OPTIONAL { ?o cg:locatedIn ?city . ?city skos:broader ?city_land . ?city_land a cg:Land }
                 OPTIONAL { ?o cg:region ?any_land . ?any_land a cg:Land }
               } GROUP BY ?o""",
            store=gs,
        )
        if r["land"]
    }
    members: dict[str, set[str]] = defaultdict(set)
    for r in select("SELECT DISTINCT ?p ?o WHERE { ?p a cg:Partnership ; org:hasMember ?o }", store=gs):
        members[r["p"]].add(r["o"])
    pairs = {frozenset(pair) for ms in members.values() for pair in combinations(sorted(ms), 2)}
    out: dict[str, dict[str, Any]] = defaultdict(
        lambda: {"partnerships": set(), "in_partnerships": set(), "internal": 0, "external": 0}
    )
    for p, ms in members.items():
        for o in ms:
            if o in land_of:
                out[land_of[o]]["partnerships"].add(p)
                out[land_of[o]]["in_partnerships"].add(o)
    for pair in pairs:
        a, b = sorted(pair)
        la, lb = land_of.get(a), land_of.get(b)
        if la and la == lb:
            out[la]["internal"] += 1
            continue
        for land in {la, lb} - {None}:
            out[land]["external"] += 1
    return {
        land: {k: len(v) if isinstance(v, set) else v for k, v in figures.items()}
        for land, figures in out.items()
    }


def test_study_main_table_matches_figures_computed_independently(run: Any, real: GraphStore) -> None:
    nb, _folder = run("02_regional_partnerships.ipynb")
    res = results_of(nb)
    table = {r["land"]: r for r in res["lands"]}
    lands = {r["iso"] for r in select("SELECT ?iso WHERE { ?l a cg:Land ; cg:isoCode ?iso }", store=real)}
    assert len(res["lands"]) == len(lands) == 16 and set(table) == lands

    expected = independent_land_figures(real)
    for land, row in table.items():
        want = expected.get(land, {"partnerships": 0, "in_partnerships": 0, "internal": 0, "external": 0})
        got = {k: row[k] for k in want}
        assert got == want, land
        assert (
            row["external"] == row["other_lands"] + row["germany_no_land"] + row["abroad"] + row["not_stated"]
        )
        if row["internal"] + row["external"]:
            ei = (row["external"] - row["internal"]) / (row["external"] + row["internal"])
            assert -1 <= row["ei_index"] <= 1 and row["ei_index"] == pytest.approx(ei, abs=1e-4)
        else:
            assert row["ei_index"] is None
    ei_values = {r["ei_index"] for r in res["lands"] if r["ei_index"] is not None}
    assert len(ei_values) >= 3 and min(ei_values) < 0 < max(ei_values)  # not all equal, not trivial
    assert sum(r["internal"] for r in res["lands"]) == sum(f["internal"] for f in expected.values()) > 0
    assert sum(r["partnerships"] > 0 for r in res["lands"]) >= 10


def test_study_map_shows_every_german_organisation_in_a_partnership(run: Any, real: GraphStore) -> None:
    nb, folder = run("02_regional_partnerships.ipynb")
    res = results_of(nb)
    german = select(
        """SELECT (COUNT(DISTINCT ?o) AS ?n) WHERE {
             ?p a cg:Partnership ; org:hasMember ?o .
             { ?o cg:country ?de } UNION { ?o cg:region/a cg:Land }
           }""",
        {"de": "region:DE"},
        store=real,
    )[0]["n"]
    assert res["german_organisations_in_partnerships"] == german
    map_file = folder / "02_regional_partnerships_map.html"
    assert map_nodes(map_file) == res["map"]["nodes"] == german


def test_study_findings_plots_and_other_tables(run: Any, real: GraphStore) -> None:
    nb, _folder = run("02_regional_partnerships.ipynb")
    res = results_of(nb)
    findings = [t for t in outputs(nb, "text/markdown") if "**Finding" in t]
    assert len(findings) == 5, "one stated finding per question"
    assert len(outputs(nb, "image/png")) >= 5  # matplotlib figures
    scope = res["ties_by_scope"]
    assert scope["abroad"] > 0 and scope["same Land"] > 0 and res["countries"] > 10
    assert 0 < res["without_land"] < res["german_organisations_in_partnerships"]
    assert res["industries"][0]["cross_region_ties"] >= res["industries"][-1]["cross_region_ties"] > 0
    assert [b["rank"] for b in res["top_brokers"]] == [1, 2, 3, 4, 5]
    betweenness = [b["betweenness"] for b in res["top_brokers"]]
    assert betweenness == sorted(betweenness, reverse=True) and betweenness[0] > 0
    total = select("SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { ?p a cg:Partnership }", store=real)[0]["n"]
    assert 0 < res["partnerships_with_german_member"] < total
    first, last = (sum(v.values()) for v in res["labels_held"].values())
    assert first < last
