"""A deadline and Ctrl-C for embedded queries, which pyoxigraph cannot cancel.

pyoxigraph runs a query in Rust with the interpreter lock released and offers no timeout or
cancellation (oxigraph/oxigraph#1926), so a query running in the calling thread ignores both
the deadline and Ctrl-C until it ends. :func:`call_with_deadline` runs the work in a worker
thread instead and waits for it: at the deadline it raises :class:`QueryTimeout`, on Ctrl-C
:class:`QueryInterrupted`, at once. The abandoned query goes on in its thread until the engine
ends it; the ``clustergraph`` command then ends its process (``stop_process``), which stops it,
while a Python caller gets the error and may carry on (the thread uses a core until the query
ends). The overhead is a thread start and a hand-over, a fraction of a millisecond
(``benchmarks/bench_hostile.py`` measures it).

>>> call_with_deadline(lambda: 6 * 7, 5.0)
42
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any, TypeVar

from clustergraph.sparql.query import QueryError

T = TypeVar("T")


class QueryTimeout(QueryError):
    """The query did not finish within its deadline."""

    #: The CLI ends its process after reporting it, which stops the abandoned query.
    stop_process = True


class QueryInterrupted(QueryError):
    """The query was interrupted (Ctrl-C)."""

    stop_process = True
    exit_code = 130


def call_with_deadline(fn: Callable[[], T], timeout: float | None, what: str = "the query") -> T:
    """``fn()``, run in a worker thread; :class:`QueryTimeout` after ``timeout`` seconds,
    :class:`QueryInterrupted` on Ctrl-C. ``timeout`` ``None`` waits without limit (Ctrl-C still works)."""
    box: dict[str, Any] = {}
    done = threading.Event()

    def work() -> None:
        try:
            box["value"] = fn()
        except BaseException as exc:  # handed to the caller
            box["error"] = exc
        finally:
            done.set()

    worker = threading.Thread(target=work, name="clustergraph-query", daemon=True)
    worker.start()
    try:
        finished = done.wait(timeout)
    except KeyboardInterrupt:
        raise QueryInterrupted(f"interrupted: {what} was stopped") from None
    if not finished:
        raise QueryTimeout(
            f"{what} did not finish within {timeout:g} s and was stopped; give it more time with --timeout"
        )
    worker.join()
    if "error" in box:
        raise box["error"]
    return box["value"]  # type: ignore[no-any-return]
