"""The package's shape: its stable entry points, and the one direction of its imports."""

from __future__ import annotations

import importlib
import subprocess
import sys
from pathlib import Path

import grimp
import networkx as nx
import pytest
from importlinter.cli import lint_imports

import clustergraph

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "src" / "clustergraph"
STAGES = ("model", "loaders", "graph", "sparql", "network", "views", "cli")


@pytest.mark.parametrize("name", clustergraph.__all__)
def test_every_stable_name_resolves(name: str) -> None:
    value = getattr(clustergraph, name)
    assert name in dir(clustergraph)
    if name != "__version__":
        home = importlib.import_module(clustergraph._EXPORTS[name])
        assert getattr(home, name) is value


def test_an_unknown_name_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError, match="no attribute 'bulid'"):
        clustergraph.bulid  # noqa: B018


def test_importing_the_package_loads_no_heavy_library() -> None:
    heavy = ("networkx", "pyoxigraph", "rdflib", "pandas", "igraph", "playwright", "pyvis")
    code = f"import sys, clustergraph; print(sorted(m for m in {heavy!r} if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_the_import_contracts_hold() -> None:
    """cli → views → network → sparql → graph → loaders → model → errors, no cycle (pyproject.toml)."""
    assert lint_imports(config_filenames=(str(ROOT / "pyproject.toml"),), no_cache=True, no_logo=True) == 0


def test_no_two_modules_import_each_other() -> None:
    """No cycle at all among the modules, package ``__init__`` modules and lazy imports included."""
    graph = grimp.build_graph("clustergraph", cache_dir=None)
    g = nx.DiGraph()
    for module in graph.modules:
        g.add_node(module)
        g.add_edges_from((module, imported) for imported in graph.find_modules_directly_imported_by(module))
    cycles = [sorted(c) for c in nx.strongly_connected_components(g) if len(c) > 1]
    assert cycles == []


def test_one_subpackage_per_stage_and_few_modules_at_the_top() -> None:
    assert all((PACKAGE / stage / "__init__.py").is_file() for stage in STAGES)
    top = sorted(p.name for p in PACKAGE.glob("*.py"))
    assert top == ["__init__.py", "__main__.py", "_version.py", "errors.py", "text.py"]


def test_no_module_is_over_500_lines() -> None:
    """Split a module that grows past this along its seams (docs/architecture.md)."""
    long = {
        str(p.relative_to(PACKAGE)): n
        for p in PACKAGE.rglob("*.py")
        if (n := len(p.read_text(encoding="utf-8").splitlines())) > 500
    }
    assert long == {}
