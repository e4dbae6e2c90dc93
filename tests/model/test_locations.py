"""Where clustergraph finds its store, its data and its settings (docs/configuration.md)."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from clustergraph.cli import main
from clustergraph.model import locations
from clustergraph.model.locations import (
    ConfigError,
    find_data,
    find_endpoint,
    find_project_root,
    find_store,
    packaged_data_dir,
)


@pytest.fixture
def outside(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty folder outside any project, with no user settings; the working directory."""
    for name in ("CLUSTERGRAPH_STORE", "CLUSTERGRAPH_DATA", "CLUSTERGRAPH_CONFIG"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    work = tmp_path / "work"
    work.mkdir()
    if find_project_root(work) is not None:
        pytest.skip(f"a folder above {work} is marked as a clustergraph project")
    monkeypatch.chdir(work)
    return work


def _user_settings(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "config" / "clustergraph" / "config.toml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


# --------------------------------------------------------------------------- the project root


@pytest.mark.parametrize(
    ("name", "text", "is_root"),
    [
        ("clustergraph.toml", "", True),
        ("pyproject.toml", '[project]\nname = "clustergraph"\n', True),
        ("pyproject.toml", '[project]\nname = "mine"\n[tool.clustergraph]\nstore = "g"\n', True),
        ("pyproject.toml", '[project]\nname = "someone-else"\n', False),
        ("pyproject.toml", "not [toml", False),
    ],
)
def test_the_project_root_is_marked_by_a_file(outside: Path, name: str, text: str, is_root: bool) -> None:
    (outside / name).write_text(text, encoding="utf-8")
    below = outside / "a" / "b"
    below.mkdir(parents=True)
    assert find_project_root(below) == (outside if is_root else None)


def test_a_built_store_marks_the_root_and_the_nearest_root_wins(outside: Path) -> None:
    (outside / "build" / "graph").mkdir(parents=True)
    (outside / "build" / "graph" / "CURRENT").write_text("store-x\n", encoding="utf-8")
    inner = outside / "sub" / "project"
    inner.mkdir(parents=True)
    assert find_project_root(inner / "deeper") == outside
    (inner / "clustergraph.toml").write_text("", encoding="utf-8")
    assert find_project_root(inner / "deeper") == inner


# --------------------------------------------------------------------------- the store


def test_the_store_in_order_env_project_setting_root_user_cwd(
    outside: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # 5. nothing: the working directory
    found = find_store()
    assert (found.path, found.origin) == (Path("build/graph"), "the working directory")
    # 4. the user's settings, outside a project; relative to the settings file's folder
    settings = _user_settings(tmp_path, 'store = "graphs/main"\ndata = "~/cg-data"\n')
    found = find_store()
    assert found.path == settings.parent / "graphs" / "main" and str(settings) in found.origin
    # 3. a project root beats the user's settings: its build/graph, relative to where we are
    (outside / "clustergraph.toml").write_text("", encoding="utf-8")
    (outside / "sub").mkdir()
    monkeypatch.chdir(outside / "sub")
    found = find_store()
    assert found.path == outside / "build" / "graph" and "project root" in found.origin
    monkeypatch.chdir(outside)
    assert find_store().path == Path("build/graph")
    # 2. the project's setting
    (outside / "clustergraph.toml").write_text('store = "../shared/graph"\n', encoding="utf-8")
    assert find_store().path == (outside.parent / "shared" / "graph").resolve()
    # 1. the environment
    monkeypatch.setenv("CLUSTERGRAPH_STORE", "/elsewhere/graph")
    assert find_store().path == Path("/elsewhere/graph")


def test_the_tool_table_of_a_pyproject_holds_the_settings(outside: Path) -> None:
    (outside / "pyproject.toml").write_text(
        '[project]\nname = "study"\n[tool.clustergraph]\nstore = "out/graph"\nendpoint = "https://q.example/sparql"\n',
        encoding="utf-8",
    )
    assert find_store().path == (outside / "out" / "graph").resolve()
    assert find_endpoint() == "https://q.example/sparql"


# --------------------------------------------------------------------------- the data


def test_the_data_in_order(
    outside: Path, tmp_path: Path, valid_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # nothing: the packaged dataset
    found = find_data()
    assert found.packaged and found.path == packaged_data_dir()
    assert "ships with clustergraph" in found.origin
    # the user's settings
    _user_settings(tmp_path, 'data = "/srv/cg-data"\n')
    assert find_data().path == Path("/srv/cg-data")
    # a project root with data/organisations.csv
    (outside / "clustergraph.toml").write_text("", encoding="utf-8")
    (outside / "data").mkdir()
    assert find_data().path == Path("/srv/cg-data")  # a data/ without tables is not the data
    shutil.copy(valid_dir / "organisations.csv", outside / "data")
    found = find_data()
    assert (found.path, found.packaged) == (Path("data"), False)
    # the environment
    monkeypatch.setenv("CLUSTERGRAPH_DATA", "/x/data")
    assert find_data().path == Path("/x/data")


def test_the_packaged_dataset_is_the_source_trees_data_in_a_checkout() -> None:
    path = packaged_data_dir()
    assert (path / "organisations.csv").is_file() and (path / "dataset.toml").is_file()
    assert (path / "LICENSE.md").is_file()


# --------------------------------------------------------------------------- bad settings


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("store = [1", "not a TOML file"),
        ('stroe = "x"', "unknown setting 'stroe' in the file; expected one of: store, data, endpoint"),
        ("store = 3", "setting 'store' in the file: got 3, expected a path"),
        ('endpoint = "ftp://x"', "setting 'endpoint': got 'ftp://x', expected an http(s) address"),
    ],
)
def test_bad_settings_name_the_file_and_the_key(outside: Path, text: str, message: str) -> None:
    path = outside / "clustergraph.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError, match=re.escape(message)) as info:
        find_store()
    assert str(path) in str(info.value)


def test_a_missing_settings_file_named_by_the_environment(
    outside: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CLUSTERGRAPH_CONFIG", str(outside / "nope.toml"))
    with pytest.raises(ConfigError, match="no such settings file"):
        find_store()


# --------------------------------------------------------------------------- through the CLI


def test_query_from_a_subfolder_uses_the_projects_store(
    outside: Path, built: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shutil.copytree(built, outside / "build" / "graph", ignore=shutil.ignore_patterns(".lock"))
    sub = outside / "notes" / "2026"
    sub.mkdir(parents=True)
    monkeypatch.chdir(sub)
    result = CliRunner().invoke(
        main, ["query", "SELECT (COUNT(*) AS ?n) WHERE { ?o a cg:Organisation }", "--format", "csv"]
    )
    assert result.exit_code == 0, result.output
    assert result.output.splitlines() == ["n", "11"]


def test_no_graph_says_where_it_looked(outside: Path) -> None:
    result = CliRunner().invoke(main, ["stats"])
    assert result.exit_code == 2
    assert "no graph has been built at build/graph" in result.output
    assert "(the store build/graph (the working directory); name another with --store" in result.output
    settings = outside.parent / "config" / "clustergraph" / "config.toml"
    assert f"'store = \"...\"' in {settings}" in result.output


def test_bad_settings_stop_a_command_with_exit_2(outside: Path) -> None:
    (outside / "clustergraph.toml").write_text("store = 3\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["stats"])
    assert result.exit_code == 2
    assert result.output.startswith("error: ") and "clustergraph.toml" in result.output
    assert "Traceback" not in result.output


def test_build_in_an_empty_folder_builds_the_packaged_dataset(
    outside: Path, valid_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Without data/ the build reads the packaged dataset (here the test data stands in for it),
    says so, writes ./build/graph, and the folder is a project root from then on."""
    monkeypatch.setattr(locations, "packaged_data_dir", lambda: valid_dir)
    result = CliRunner().invoke(main, ["build", "--no-validate"])
    assert result.exit_code == 0, result.output
    assert f"... data: {valid_dir} (the default dataset that ships with clustergraph)" in result.output
    assert "... store: build/graph (the working directory)" in result.output
    assert (outside / "build" / "graph" / "CURRENT").is_file()
    (outside / "maps").mkdir()
    monkeypatch.chdir(outside / "maps")
    result = CliRunner().invoke(main, ["map", "-o", "here.html"])
    assert result.exit_code == 0, result.output
    assert (outside / "maps" / "here.html").stat().st_size > 10_000
