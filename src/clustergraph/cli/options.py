"""The options, the output and the error handling that the command modules share.

Exit codes: 0 success, 1 the graph does not conform to the shapes, 2 bad input (data files,
arguments, missing build) or a query that ran out of time, 130 interrupted (Ctrl-C).

Output: every table and message goes through :func:`echo`, which escapes control, bidi and
invisible characters (:func:`clustergraph.text.for_terminal`) so that a name or an endpoint's
error page cannot drive the terminal. Machine formats (CSV, TSV, JSON, RDF; ``machine=True``)
are written as they are to a file or a pipe, and escaped like the rest when the output is a
terminal.
"""

from __future__ import annotations

import os
import sys
import urllib.parse
from collections.abc import Callable
from functools import wraps
from pathlib import Path
from typing import Any, TypeVar

import click

from clustergraph.errors import ClusterGraphError, DataError, ValidationFailed
from clustergraph.model.vocab import PARTNERSHIP_KINDS
from clustergraph.text import check_name, for_terminal

F = TypeVar("F", bound=Callable[..., Any])

EXIT_OK, EXIT_INVALID, EXIT_BAD_INPUT = 0, 1, 2
#: An endpoint's answer reached the server's row limit: the rows printed may be incomplete.
EXIT_INCOMPLETE = 3


class SettingsProblem(click.ClickException):
    """A settings file that cannot be used, met while finding the store or the data: exit 2."""

    exit_code = EXIT_BAD_INPUT

    def show(self, file: Any = None) -> None:
        echo(f"error: {self.message}", err=True)


#: Where ``ctx.meta`` keeps how the store and the data directory were found (a ``Located``).
STORE_FOUND, DATA_FOUND = "clustergraph.store", "clustergraph.data"


def _find_store(ctx: click.Context, _param: click.Parameter, value: Path | None) -> Path:
    """``--store``'s default: found from the project root or a settings file (model.locations)."""
    from clustergraph.model.locations import ConfigError, Located, find_store

    try:
        located = Located(value, "--store or CLUSTERGRAPH_STORE") if value is not None else find_store()
    except ConfigError as exc:
        raise SettingsProblem(str(exc)) from None
    ctx.meta[STORE_FOUND] = located
    return located.path


def _find_data(ctx: click.Context, _param: click.Parameter, value: Path | None) -> Path:
    """``--data``'s default: the project's ``data/``, a settings file, else the packaged dataset."""
    from clustergraph.model.locations import ConfigError, Located, find_data

    try:
        located = Located(value, "--data or CLUSTERGRAPH_DATA") if value is not None else find_data()
    except ConfigError as exc:
        raise SettingsProblem(str(exc)) from None
    except ClusterGraphError as exc:  # no packaged data in this installation
        raise SettingsProblem(str(exc)) from None
    ctx.meta[DATA_FOUND] = located
    return located.path


store_option = click.option(
    "--store",
    "store",
    type=click.Path(path_type=Path, file_okay=False),
    default=None,
    envvar="CLUSTERGRAPH_STORE",
    callback=_find_store,
    show_default="build/graph of the project root, see docs/configuration.md",
    help="Where the built graph lives (env CLUSTERGRAPH_STORE).",
)


def data_option(purpose: str) -> Callable[[F], F]:
    """The ``--data`` option (the data directory; env CLUSTERGRAPH_DATA), for ``purpose``."""
    return click.option(
        "--data",
        "data_dir",
        type=click.Path(path_type=Path, file_okay=False),
        default=None,
        envvar="CLUSTERGRAPH_DATA",
        callback=_find_data,
        show_default="data/ of the project root, else the packaged default dataset",
        help=f"{purpose} (env CLUSTERGRAPH_DATA).",
    )


def found(kind: str) -> Any:
    """How the store (``STORE_FOUND``) or the data directory (``DATA_FOUND``) of the running
    command was found: a :class:`clustergraph.model.locations.Located`, or None."""
    ctx = click.get_current_context(silent=True)
    return None if ctx is None else ctx.meta.get(kind)


engine_option = click.option(
    "--engine",
    type=click.Choice(["auto", "turbo", "pyshacl"]),
    default="auto",
    show_default=True,
    help="SHACL engine: turbo (fast, Rust) or pyshacl (the reference); auto picks turbo if installed.",
)
json_option = click.option("--json", "as_json", is_flag=True, help="Print JSON instead of text.")


def echo(text: Any = "", *, err: bool = False, machine: bool = False, nl: bool = True) -> None:
    """Write ``text`` to stdout (or stderr): escaped for the terminal unless it is ``machine``
    output going to a file or a pipe."""
    text = "" if text is None else str(text)
    stream = sys.stderr if err else sys.stdout
    raw = machine and not (hasattr(stream, "isatty") and stream.isatty())
    # color=True: click would otherwise strip what looks like ANSI codes from the data of machine output
    click.echo(text if raw else for_terminal(text), err=err, nl=nl, color=True if raw else None)


def check_source_url(_ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """A click callback: ``value`` must be an http(s) address with a host, no blanks or hidden characters.

    ``value`` is the ``--source-url`` of a loader (the address its facts are credited to) or
    another web address a command records (``build --public-endpoint``).
    """
    if value is None:
        return None
    parts = urllib.parse.urlsplit(value)
    try:
        parts.port  # noqa: B018 - raises ValueError on a bad port
        ok = parts.scheme in ("http", "https") and bool(parts.hostname)
    except ValueError:
        ok = False
    bad = check_name(value)
    if not ok or bad or any(c in value for c in ' <>"{}|\\^`'):
        why = f" (found {bad[1]})" if bad else ""
        what = "the address the file was taken from" if param.name == "source_url" else "its address"
        raise click.BadParameter(
            f"{for_terminal(repr(value))} is not a web address{why}; expected http(s)://HOST/PATH, {what}",
            param=param,
        )
    return value


def handle_errors(fn: F) -> F:
    """Turn library errors into one clear message on stderr and a meaningful exit code.

    An error that leaves work running in the background (a query past its deadline, which the
    engine cannot cancel) ends the process at once after its message, which stops that work.
    """

    @wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except ValidationFailed as exc:
            echo(exc.report.to_text(), err=True)
            echo(f"error: {exc}; the previous graph (if any) is still in place", err=True)
            sys.exit(EXIT_INVALID)
        except DataError as exc:
            echo(f"error: {exc}", err=True)
            echo("nothing was written; fix the rows above (or use --keep-going to skip them)", err=True)
            sys.exit(EXIT_BAD_INPUT)
        except ClusterGraphError as exc:
            echo(f"error: {exc}", err=True)
            _where_the_store_was_found(exc)
            code = getattr(exc, "exit_code", EXIT_BAD_INPUT)
            if getattr(exc, "stop_process", False):
                for stream in (sys.stdout, sys.stderr):
                    stream.flush()
                os._exit(code)
            sys.exit(code)

    return wrapper  # type: ignore[return-value]


def _where_the_store_was_found(exc: ClusterGraphError) -> None:
    """After "no graph has been built": say how the store was chosen, and how to choose another."""
    from clustergraph.errors import NoBuildError
    from clustergraph.model.locations import user_config_file

    located = found(STORE_FOUND)
    if isinstance(exc, NoBuildError) and located is not None:
        echo(
            f"  (the store {located.describe()}; name another with --store or CLUSTERGRAPH_STORE, "
            f"or with 'store = \"...\"' in {user_config_file()}: docs/configuration.md)",
            err=True,
        )


kind_option = click.option(
    "--kind",
    "kinds",
    multiple=True,
    type=click.Choice(PARTNERSHIP_KINDS),
    help="Keep partnerships of this kind (repeat for several; default all).",
)
period_option = click.option(
    "--period",
    default=None,
    metavar="START:END",
    help="Keep partnerships active in this period (years or ISO dates: 2015:2020, 2019, 2015:). "
    "Partnerships without any date are left out.",
)
