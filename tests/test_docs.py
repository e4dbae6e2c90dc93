"""The README documents every command, its commands are the ones CI runs, and the docs name what exists."""

from __future__ import annotations

import ast
import importlib
import re
from pathlib import Path

import pytest

from clustergraph.cli import main

ROOT = Path(__file__).parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("command", sorted(main.commands))
def test_every_command_is_in_the_readme(command: str) -> None:
    assert f"clustergraph {command}" in README, f"'clustergraph {command}' is not documented in README.md"


def test_ci_runs_the_readme_test_command() -> None:
    assert "make test" in README and "make run" in README
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert re.search(r"^make test$", ci, re.M)


def test_the_readme_provenance_query_answers(built: Path) -> None:
    from clustergraph.graph.store import GraphStore
    from clustergraph.sparql.query import run

    block = README.split("OptoNet's member counts with the pages")[1].split('clustergraph query "', 1)[1]
    query = block.split('"\n```', 1)[0].replace("/org/optonet", "/org/lichtwerk")
    names, rows = run(GraphStore.open(built), query)
    assert names == ["value", "date", "source"]
    assert {(r["value"], r["source"]) for r in rows} == {
        (100, "https://example.org/news/lichtwerk-profile"),
        (115, "https://example.org/news/lichtwerk-gold"),
    }
    # and the general form names exactly the page that states a fact
    general = README.split("The general form, for any statement `S P O`")[1].split("```sparql\n", 1)[1]
    general = general.split("```", 1)[0].replace(
        "S ; rdf:predicate P ; rdf:object O",
        "<https://w3id.org/clustergraph/id/org/lichtwerk> ; rdf:predicate cg:foundingDate ; rdf:object ?o",
    )
    assert run(GraphStore.open(built), general)[1] == [
        {"source": "https://example.org/news/lichtwerk-profile"}
    ]


#: The prose the project writes about its own code (ontology/ and data/ have their own READMEs).
DOCS = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md")), ROOT / "benchmarks" / "README.md"]


def _resolves(dotted: str) -> bool:
    """Whether ``a.b.c`` names a module, or an attribute reached from the longest module prefix."""
    parts = dotted.split(".")
    for i in range(len(parts), 0, -1):
        try:
            obj = importlib.import_module(".".join(parts[:i]))
        except ImportError:
            continue
        for name in parts[i:]:
            if not hasattr(obj, name):
                return False
            obj = getattr(obj, name)
        return True
    return False


@pytest.mark.parametrize("doc", DOCS, ids=lambda p: str(p.relative_to(ROOT)))
def test_the_docs_name_modules_and_files_that_exist(doc: Path) -> None:
    """Every ``clustergraph.x.y`` the docs mention resolves, every source or test path they name exists."""
    text = doc.read_text(encoding="utf-8")
    names = set(re.findall(r"(?<![\w/.-])clustergraph(?:\.[A-Za-z_]\w*)+", text))
    assert sorted(n for n in names if not _resolves(n)) == []
    paths = set(re.findall(r"(?<![\w/.-])(?:src/clustergraph|tests)/[\w./-]*\w", text))
    assert sorted(p for p in paths if "NAME" not in p and not (ROOT / p).exists()) == []
    for block in re.findall(r"```python\n(.*?)```", text, re.S):
        for node in ast.walk(ast.parse(block)):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("clustergraph"):
                assert all(_resolves(f"{node.module}.{a.name}") for a in node.names), ast.unparse(node)
