"""A deadline and Ctrl-C for embedded queries, which pyoxigraph cannot cancel.

pyoxigraph runs a query in Rust with the interpreter lock released and offers no timeout or
cancellation (oxigraph/oxigraph#1926), so a query running in the calling thread ignores both
the deadline and Ctrl-C until it ends. Two ways round it:

* :func:`call_with_deadline` (Python callers) runs the work in a worker thread and waits for it:
  at the deadline it raises :class:`QueryTimeout`, on Ctrl-C :class:`QueryInterrupted`, at once.
  The abandoned query goes on in its thread until the engine ends it (it uses a core until
  then). The cost is the hand-over between two threads: a fraction of a millisecond on an idle
  machine, a scheduler time slice (about 4 ms) on a busy one.
* :func:`watchdog` (the ``clustergraph`` command) runs the work in the calling thread and
  watches it from a thread that waits on the deadline and on the signal wake-up descriptor:
  at the deadline or on Ctrl-C it writes the message and ends the process, which is the one way
  to stop the engine. Nothing is handed over when the work ends in time: the cost is starting
  the watcher, some tens of microseconds (``benchmarks/bench_hostile.py`` measures both).

>>> call_with_deadline(lambda: 6 * 7, 5.0)
42
>>> with watchdog(5.0):
...     6 * 7
42
"""

from __future__ import annotations

import _thread
import contextlib
import os
import select
import signal
import sys
import threading
import time
from collections.abc import Callable, Iterator
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


@contextlib.contextmanager
def watchdog(timeout: float | None, what: str = "the query") -> Iterator[None]:
    """End the process at the deadline (exit 2) or on Ctrl-C (exit 130), with a message on stderr,
    if the block has not finished by then; the block runs in the calling thread, undisturbed.

    Only in the main thread (it uses :func:`signal.set_wakeup_fd`); elsewhere the block just runs.
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    wake_r, wake_w = os.pipe()
    stop_r, stop_w = os.pipe()
    os.set_blocking(wake_w, False)
    previous = signal.set_wakeup_fd(wake_w, warn_on_full_buffer=False)
    end = None if timeout is None else time.monotonic() + timeout

    def watch() -> None:
        try:
            while True:
                left = None if end is None else max(0.0, end - time.monotonic())
                ready, _, _ = select.select([wake_r, stop_r], [], [], left)
                if stop_r in ready:
                    return
                if not ready:
                    _end_process(
                        f"{what} did not finish within {timeout:g} s and was stopped; "
                        "give it more time with --timeout",
                        2,
                    )
                got = os.read(wake_r, 64)
                if signal.SIGINT in got or signal.SIGTERM in got:
                    _end_process(f"interrupted: {what} was stopped", 130)
        finally:
            for fd in (wake_r, wake_w, stop_r, stop_w):
                with contextlib.suppress(OSError):
                    os.close(fd)

    _thread.start_new_thread(watch, ())
    try:
        yield
    finally:
        signal.set_wakeup_fd(previous)
        os.write(stop_w, b"x")  # the watcher closes the pipes as it leaves


def _end_process(message: str, code: int) -> None:
    """Write ``message`` and end the process at once (the engine cannot be stopped otherwise)."""
    with contextlib.suppress(Exception):
        sys.stdout.flush()
    with contextlib.suppress(OSError):
        os.write(2, f"error: {message}\n".encode())
    os._exit(code)
