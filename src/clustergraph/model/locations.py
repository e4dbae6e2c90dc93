"""Where clustergraph finds its store, its data directory and its settings.

A command run without ``--store`` or ``--data`` looks for them in this order; the first that
applies wins (docs/configuration.md says the same for users):

**The store** (the built graph):

1. ``--store DIR`` or the environment variable ``CLUSTERGRAPH_STORE``;
2. ``store = "..."`` in the project's settings (below);
3. ``build/graph`` in the project root;
4. ``store = "..."`` in the user's settings file;
5. ``build/graph`` in the working directory.

**The data directory** (what ``build`` reads):

1. ``--data DIR`` or ``CLUSTERGRAPH_DATA``;
2. ``data = "..."`` in the project's settings;
3. ``data/`` in the project root, if it holds ``organisations.csv``;
4. ``data = "..."`` in the user's settings file;
5. the default dataset that ships with clustergraph (:func:`packaged_data_dir`).

**The project root** is the working directory or the nearest folder above it that has a
``clustergraph.toml``, a ``pyproject.toml`` of clustergraph itself or with a ``[tool.clustergraph]``
table, or a built store (``build/graph/CURRENT``). Its settings are the keys of
``clustergraph.toml`` or of ``[tool.clustergraph]``.

**The user's settings file** is ``$CLUSTERGRAPH_CONFIG``, else
``$XDG_CONFIG_HOME/clustergraph/config.toml`` (``~/.config/clustergraph/config.toml``).

Every settings file takes the keys ``store``, ``data`` (paths; relative ones are relative to
the file's folder, ``~`` is the home folder) and ``endpoint`` (the public SPARQL endpoint the
dataset's description names, see :mod:`clustergraph.graph.describe`). Any other key, a value of
the wrong type or a file that is not TOML is an error naming the file.

>>> located = find_store(Path("/nonexistent/nowhere"), env={"XDG_CONFIG_HOME": "/nonexistent"})
>>> located.path, located.origin
(PosixPath('/nonexistent/nowhere/build/graph'), 'the working directory')
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from clustergraph.errors import ClusterGraphError

#: The store inside a project root (and the working directory's, as the last resort).
STORE_DIR = Path("build") / "graph"
#: The data directory inside a project root.
DATA_DIR = Path("data")
#: The project's own settings file.
PROJECT_FILE = "clustergraph.toml"
#: The keys a settings file may have, and what each holds.
KEYS = {"store": "a path", "data": "a path", "endpoint": "an http(s) address"}


class ConfigError(ClusterGraphError):
    """A settings file that cannot be used (not TOML, an unknown key, a value of the wrong type)."""


@dataclass(frozen=True)
class Settings:
    """The keys of one settings file, paths resolved; ``file`` is where they come from."""

    file: Path | None
    store: Path | None = None
    data: Path | None = None
    endpoint: str | None = None


@dataclass(frozen=True)
class Located:
    """A path and why it was chosen (``origin``: an option, a file, the packaged data ...)."""

    path: Path
    origin: str
    packaged: bool = False

    def describe(self) -> str:
        """``path (origin)`` for the output of a command."""
        return f"{self.path} ({self.origin})"


# --------------------------------------------------------------------------- settings files


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        with open(path, "rb") as fh:
            return tomllib.load(fh)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not a TOML file: {exc}") from None
    except OSError as exc:
        raise ConfigError(f"{path}: cannot be read: {exc.strerror}") from None


def _settings(table: Any, file: Path, where: str) -> Settings:
    """The settings of ``table`` (a TOML table read from ``file``), checked."""
    if not isinstance(table, dict):
        raise ConfigError(f"{file}: {where} must be a table of settings ({', '.join(KEYS)})")
    unknown = sorted(set(table) - set(KEYS))
    if unknown:
        raise ConfigError(
            f"{file}: unknown setting {unknown[0]!r} in {where}; expected one of: {', '.join(KEYS)}"
        )
    values: dict[str, Any] = {}
    for key, value in table.items():
        if not isinstance(value, str) or not value.strip():
            raise ConfigError(f"{file}: setting {key!r} in {where}: got {value!r}, expected {KEYS[key]}")
        if key == "endpoint":
            if not value.startswith(("http://", "https://")) or any(c.isspace() for c in value):
                raise ConfigError(f"{file}: setting 'endpoint': got {value!r}, expected {KEYS[key]}")
            values[key] = value
        else:
            values[key] = (file.parent / Path(value).expanduser()).resolve()
    return Settings(file, **values)


def project_settings(root: Path) -> Settings:
    """The settings of the project at ``root``: ``clustergraph.toml``, else ``[tool.clustergraph]``."""
    own = root / PROJECT_FILE
    if own.is_file():
        return _settings(_read_toml(own), own, "the file")
    pyproject = root / "pyproject.toml"
    if pyproject.is_file():
        tool = _read_toml(pyproject).get("tool", {})
        if isinstance(tool, dict) and "clustergraph" in tool:
            return _settings(tool["clustergraph"], pyproject, "[tool.clustergraph]")
    return Settings(None)


def user_config_file(env: Mapping[str, str] | None = None) -> Path:
    """The user's settings file (it need not exist)."""
    env = os.environ if env is None else env
    if env.get("CLUSTERGRAPH_CONFIG"):
        return Path(env["CLUSTERGRAPH_CONFIG"]).expanduser()
    base = env.get("XDG_CONFIG_HOME") or str(Path("~/.config").expanduser())
    return Path(base) / "clustergraph" / "config.toml"


def user_settings(env: Mapping[str, str] | None = None) -> Settings:
    """The settings of the user's settings file (none if it does not exist)."""
    path = user_config_file(env)
    if not path.is_file():
        if (os.environ if env is None else env).get("CLUSTERGRAPH_CONFIG"):
            raise ConfigError(f"{path}: no such settings file (named by CLUSTERGRAPH_CONFIG)")
        return Settings(None)
    return _settings(_read_toml(path), path, "the file")


# --------------------------------------------------------------------------- the project root


def _is_root(folder: Path) -> bool:
    if (folder / PROJECT_FILE).is_file() or (folder / STORE_DIR / "CURRENT").is_file():
        return True
    pyproject = folder / "pyproject.toml"
    if not pyproject.is_file():
        return False
    try:
        doc = _read_toml(pyproject)
    except ConfigError:
        return False  # someone else's broken pyproject.toml is not ours to judge
    project, tool = doc.get("project", {}), doc.get("tool", {})
    return (isinstance(project, dict) and project.get("name") == "clustergraph") or (
        isinstance(tool, dict) and "clustergraph" in tool
    )


def find_project_root(start: Path | None = None) -> Path | None:
    """The nearest project root at or above ``start`` (default: the working directory), or None."""
    here = Path.cwd() if start is None else Path(start)
    here = here.absolute()
    for folder in (here, *here.parents):
        if _is_root(folder):
            return folder
    return None


# --------------------------------------------------------------------------- store and data


def find_store(start: Path | None = None, env: Mapping[str, str] | None = None) -> Located:
    """The store a command uses when neither ``--store`` nor ``CLUSTERGRAPH_STORE`` names one."""
    env = os.environ if env is None else env
    if env.get("CLUSTERGRAPH_STORE"):
        return Located(Path(env["CLUSTERGRAPH_STORE"]), "CLUSTERGRAPH_STORE")
    cwd = Path.cwd() if start is None else Path(start)
    root = find_project_root(cwd)
    if root is not None:
        settings = project_settings(root)
        if settings.store is not None:
            return Located(settings.store, f"'store' in {settings.file}")
        return Located(_shorter(root / STORE_DIR), f"the project root {root}")
    settings = user_settings(env)
    if settings.store is not None:
        return Located(settings.store, f"'store' in {settings.file}")
    return Located(_shorter(cwd.absolute() / STORE_DIR), "the working directory")


def find_data(start: Path | None = None, env: Mapping[str, str] | None = None) -> Located:
    """The data directory ``build`` reads when neither ``--data`` nor ``CLUSTERGRAPH_DATA`` names one."""
    env = os.environ if env is None else env
    if env.get("CLUSTERGRAPH_DATA"):
        return Located(Path(env["CLUSTERGRAPH_DATA"]), "CLUSTERGRAPH_DATA")
    cwd = Path.cwd() if start is None else Path(start)
    root = find_project_root(cwd)
    if root is not None:
        settings = project_settings(root)
        if settings.data is not None:
            return Located(settings.data, f"'data' in {settings.file}")
        if (root / DATA_DIR / "organisations.csv").is_file():
            return Located(_shorter(root / DATA_DIR), f"the project root {root}")
    settings = user_settings(env)
    if settings.data is not None:
        return Located(settings.data, f"'data' in {settings.file}")
    return Located(packaged_data_dir(), "the default dataset that ships with clustergraph", packaged=True)


def find_endpoint(start: Path | None = None, env: Mapping[str, str] | None = None) -> str | None:
    """The public SPARQL endpoint the settings name (the project's, else the user's), or None."""
    root = find_project_root(start)
    if root is not None:
        endpoint = project_settings(root).endpoint
        if endpoint:
            return endpoint
    return user_settings(env).endpoint


def _shorter(path: Path) -> Path:
    """``path`` relative to the working directory when it lies inside it (what users type), else as is."""
    try:
        return path.relative_to(Path.cwd())
    except ValueError:
        return path


@cache
def packaged_data_dir() -> Path:
    """The default dataset: ``clustergraph/_data`` in a wheel, ``data/`` of the source tree."""
    packaged = resources.files("clustergraph") / "_data"
    if packaged.is_dir():
        return Path(str(packaged))
    source_tree = Path(__file__).resolve().parents[3] / "data"
    if (source_tree / "organisations.csv").is_file():
        return source_tree
    raise ClusterGraphError(
        "the default dataset is missing from this installation "
        f"(looked in {packaged} and {source_tree}); give a data directory with --data"
    )
