"""The options and the error handling that the command modules share.

Exit codes: 0 success, 1 the graph does not conform to the shapes, 2 bad input (data files,
arguments, missing build).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from functools import wraps
from pathlib import Path
from typing import Any, TypeVar

import click

from clustergraph.errors import ClusterGraphError, DataError, ValidationFailed
from clustergraph.model.vocab import PARTNERSHIP_KINDS

F = TypeVar("F", bound=Callable[..., Any])

EXIT_OK, EXIT_INVALID, EXIT_BAD_INPUT = 0, 1, 2

store_option = click.option(
    "--store",
    "store",
    type=click.Path(path_type=Path, file_okay=False),
    default=Path("build/graph"),
    envvar="CLUSTERGRAPH_STORE",
    show_default=True,
    help="Where the built graph lives (env CLUSTERGRAPH_STORE).",
)


def data_option(purpose: str) -> Callable[[F], F]:
    """The ``--data`` option (the data directory; env CLUSTERGRAPH_DATA), for ``purpose``."""
    return click.option(
        "--data",
        "data_dir",
        type=click.Path(path_type=Path, file_okay=False),
        default=Path("data"),
        envvar="CLUSTERGRAPH_DATA",
        show_default=True,
        help=f"{purpose} (env CLUSTERGRAPH_DATA).",
    )


engine_option = click.option(
    "--engine",
    type=click.Choice(["auto", "turbo", "pyshacl"]),
    default="auto",
    show_default=True,
    help="SHACL engine: turbo (fast, Rust) or pyshacl (the reference); auto picks turbo if installed.",
)
json_option = click.option("--json", "as_json", is_flag=True, help="Print JSON instead of text.")


def handle_errors(fn: F) -> F:
    """Turn library errors into one clear message on stderr and a meaningful exit code."""

    @wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except ValidationFailed as exc:
            click.echo(exc.report.to_text(), err=True)
            click.echo(f"error: {exc}; the previous graph (if any) is still in place", err=True)
            sys.exit(EXIT_INVALID)
        except DataError as exc:
            click.echo(f"error: {exc}", err=True)
            click.echo("nothing was written; fix the rows above (or use --keep-going to skip them)", err=True)
            sys.exit(EXIT_BAD_INPUT)
        except ClusterGraphError as exc:
            click.echo(f"error: {exc}", err=True)
            sys.exit(EXIT_BAD_INPUT)

    return wrapper  # type: ignore[return-value]


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
