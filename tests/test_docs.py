"""The README documents every command, its commands are the ones CI runs, and the docs name what exists."""

from __future__ import annotations

import ast
import importlib
import re
import shlex
from pathlib import Path

import click
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
#: Suffixes of file names that look like dotted names (``clustergraph.toml``).
FILE_SUFFIXES = {"toml", "jsonld", "json", "ttl", "csv", "md"}


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
    names = {n for n in names if n.rsplit(".", 1)[-1] not in FILE_SUFFIXES}  # clustergraph.toml: a file
    assert sorted(n for n in names if not _resolves(n)) == []
    paths = set(re.findall(r"(?<![\w/.-])(?:src/clustergraph|tests)/[\w./-]*\w", text))
    assert sorted(p for p in paths if "NAME" not in p and not (ROOT / p).exists()) == []
    for block in re.findall(r"```python\n(.*?)```", text, re.S):
        for node in ast.walk(ast.parse(block)):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("clustergraph"):
                assert all(_resolves(f"{node.module}.{a.name}") for a in node.names), ast.unparse(node)


# --------------------------------------------------------------------------- the README's commands

#: Shell operators after which a command line is no longer clustergraph's (a pipe, a redirect).
_OPERATORS = {"|", "||", "&&", ";", ">", ">>", "<", "&"}
#: Subcommands quick enough to run for real against the test graph (nothing leaves the machine).
_RUN = {
    "build",
    "validate",
    "stats",
    "export",
    "queries",
    "query",
    "sources",
    "analyze",
    "export-network",
    "map",
}


def _split(text: str) -> list[str]:
    lexer = shlex.shlex(text, posix=True, punctuation_chars=True)
    lexer.whitespace_split = True
    return list(lexer)


def readme_commands() -> list[tuple[int, list[str]]]:
    """Every ``clustergraph ...`` command of the README's ``sh`` blocks: (line, arguments).

    A command whose quotes are still open at the end of its line goes on to the next lines;
    comments, pipes and redirections are cut off.
    """
    out: list[tuple[int, list[str]]] = []
    for block in re.finditer(r"```sh\n(.*?)```", README, re.S):
        first = README[: block.start(1)].count("\n") + 1
        lines = block.group(1).split("\n")
        i = 0
        while i < len(lines):
            if not lines[i].startswith("clustergraph"):
                i += 1
                continue
            j, text = i, lines[i]
            while True:
                try:
                    tokens = _split(text)
                    break
                except ValueError:  # an open quote: the command goes on
                    j += 1
                    text += "\n" + lines[j]
            cut = next((k for k, t in enumerate(tokens) if t in _OPERATORS), len(tokens))
            out.append((first + i, tokens[1:cut]))
            i = j + 1
    return out


COMMANDS = readme_commands()


def test_the_readme_has_commands_to_check() -> None:
    assert len(COMMANDS) > 40
    assert ["push", "--endpoint", "http://127.0.0.1:7879"] in [args for _line, args in COMMANDS]


def _parse(args: list[str]) -> tuple[click.Command | None, click.Context | None]:
    """Parse ``args`` as the real CLI does (options, types, choices, required values, callbacks)
    without running the command; raise click's error for a wrong command or option."""
    try:
        ctx = main.make_context("clustergraph", list(args))
    except click.exceptions.Exit:  # --version, --help: done after parsing
        return None, None
    rest = [*getattr(ctx, "_protected_args", []), *ctx.args] or [*ctx.protected_args, *ctx.args]
    name, command, sub_args = main.resolve_command(ctx, rest)
    assert command is not None and name is not None
    return command, command.make_context(name, sub_args, parent=ctx)


@pytest.mark.parametrize(("line", "args"), COMMANDS, ids=[f"line {n}" for n, _a in COMMANDS])
def test_every_readme_command_parses_with_the_real_cli(
    line: int, args: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every option of every README command exists, takes that value, and the command exists."""
    monkeypatch.chdir(tmp_path)  # the callbacks find no project here: nothing is read or written
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    try:
        _parse(args)
    except click.UsageError as exc:
        pytest.fail(f"README.md, line {line}: clustergraph {' '.join(args)}: {exc.format_message()}")


def test_a_wrong_option_in_a_readme_command_is_found() -> None:
    """The check above can fail: a misspelt option, a bad choice and an unknown command."""
    for args in (["export", "--fromat", "trig", "-o", "x"], ["query", "q", "--format", "xml"], ["exprot"]):
        with pytest.raises(click.UsageError):
            _parse(args)


def _runnable(args: list[str]) -> bool:
    return (
        bool(args)
        and args[0] in _RUN
        and "--endpoint" not in args
        and not any(a.startswith("--help") for a in args)
    )


#: The README's ids of the real data and the test data's ids that stand in for them.
TEST_IDS = {
    "org=optonet": "org=lichtwerk",
    "entity=org:optonet": "entity=org:lichtwerk",
    "programme=spitzencluster": "programme=spitzen-test",
}


@pytest.mark.slow
def test_the_quick_readme_commands_run_on_the_test_graph(
    graph_copy: Path, valid_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The README's build, validate, stats, export, query, sources, analyze and map commands,
    run for real in an empty folder against a copy of the test graph (its data for build)."""
    from click.testing import CliRunner

    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)
    env = {
        "CLUSTERGRAPH_STORE": str(graph_copy),
        "CLUSTERGRAPH_DATA": str(valid_dir),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
    }
    ran = 0
    for line, args in COMMANDS:
        if not _runnable(args):
            continue
        args = [TEST_IDS.get(a, a) for a in args]  # unknown ids exit 2
        if args[:2] == ["query", "programme-members"] and not any(a.startswith("programme=") for a in args):
            args += ["-p", "programme=go-test"]  # the default, go-cluster, is not in the test data
        result = CliRunner().invoke(main, args, env=env, catch_exceptions=False)
        assert result.exit_code == 0, (
            f"README.md, line {line}: clustergraph {' '.join(args)}\n{result.output}"
        )
        ran += 1
    assert ran >= 25
    assert (work / "build" / "clustergraph.trig").stat().st_size > 0


#: The answer of each block of docs/queries.md on the test graph (its ids replaced by the test data's).
COOKBOOK = {
    "Organisations by number of partnerships": [
        ("Isar Medtech Cluster", 3),
        ("Lichtwerk Photonik", 3),
        ("Saxtronic Halbleiter", 3),
    ],
    "Partnership memberships by country": [("DE", 6, 4), ("FR", 2, 1), ("AT", 1, 1), ("PL", 1, 1)],
    "The first award of a label level": [
        ("Saxtronic Halbleiter", "2012-04-18"),
        ("Lichtwerk Photonik", "2023-03"),
        ("Rhône Optique", "2024"),
    ],
    "Who led a cluster on a date": [("Bernd Muster", "2015-01-01")],
    "Which Länder share partnerships": [("Sachsen", "Thüringen", 2), ("Hamburg", "Sachsen", 1)],
    "Members of a programme on a date": [
        ("Lichtwerk Photonik", "member", "2015-05-01"),
        ("Saxtronic Halbleiter", "member", "2019-01-01"),
    ],
    "The pages that state a fact": [("2001", "https://example.org/news/lichtwerk-profile")],
}


def test_every_cookbook_query_answers(built: Path) -> None:
    """docs/queries.md: each block runs as written (prefixes declared) and gives its answer."""
    from clustergraph.graph.store import GraphStore
    from clustergraph.sparql.library import run_query

    text = (ROOT / "docs" / "queries.md").read_text(encoding="utf-8")
    blocks = re.findall(r"^## (.+?)\n.*?```sparql\n(.*?)```", text, re.S | re.M)
    assert [title for title, _ in blocks] == list(COOKBOOK)
    for title, block in blocks:
        query = block.replace("cgorg:optonet", "cgorg:lichtwerk").replace(
            "cgprog:go-cluster", "cgprog:go-test"
        )
        rows = run_query(query, store=GraphStore.open(built)).rows
        assert [tuple(r.values()) for r in rows] == COOKBOOK[title], title


def test_the_cookbook_lists_every_named_query_with_its_row() -> None:
    from clustergraph.sparql.library import library

    text = (ROOT / "docs" / "queries.md").read_text(encoding="utf-8")
    for name, q in library().items():
        assert q.contract is not None and f"| `{name}` | {q.contract.row} |" in text, name
    assert "docs/queries.md" in README
