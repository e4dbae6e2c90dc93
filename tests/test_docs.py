"""The README documents every command, and its commands are the ones CI runs."""

from __future__ import annotations

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

    block = README.split("sources of OptoNet's member counts")[1].split('clustergraph query "', 1)[1]
    query = block.split('"\n```', 1)[0].replace("/org/optonet", "/org/lichtwerk")
    names, rows = run(GraphStore.open(built), query)
    assert names == ["value", "date", "source"]
    assert {(r["value"], r["source"]) for r in rows} == {
        (100, "https://example.org/news/lichtwerk-profile"),
        (115, "https://example.org/news/lichtwerk-gold"),
    }
