"""The harness of the hostile corpus: inputs and faults made to break the CLI, and what each case must get.

Every case runs the real ``clustergraph`` command (in this process through click's runner, or
in a subprocess where it must be interrupted or may end its process) and asserts:

* the exit code;
* the message names the place (file, line, column) or the cause;
* no traceback;
* nothing lost: the export of the store before equals the export after (for cases that must
  change nothing), and the ``CURRENT`` build is the same;
* a time bound (generous: the machine is shared; a hang is what it catches).

The small inputs are in ``tests/data/hostile/`` (its README lists them); big ones and those
that cannot be files in a repository (FIFOs, links, bytes in other encodings) are made here.
"""

from __future__ import annotations

import io
import os
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import pytest
from click.testing import CliRunner

from clustergraph.cli import main

CORPUS = Path(__file__).parents[1] / "data" / "hostile"
VALID = Path(__file__).parents[1] / "data" / "valid"
#: The time bound of a case, in seconds (a hang takes for ever; a slow shared machine a few seconds).
BOUND = 20.0


@dataclass
class Outcome:
    """What a command did: exit code, stdout, stderr, seconds."""

    code: int
    out: str
    err: str
    seconds: float

    @property
    def text(self) -> str:
        return self.out + self.err


def cli(*args: str | Path, bound: float = BOUND) -> Outcome:
    """Run ``clustergraph ARGS`` in this process; fail if it takes longer than ``bound`` seconds."""
    box: dict[str, object] = {}

    def work() -> None:
        box["result"] = CliRunner().invoke(main, [str(a) for a in args])

    started = time.monotonic()
    worker = threading.Thread(target=work, daemon=True)
    worker.start()
    worker.join(bound)
    seconds = time.monotonic() - started
    assert not worker.is_alive(), f"clustergraph {' '.join(map(str, args))} hung (over {bound:g} s)"
    result = box["result"]
    exc = result.exception  # type: ignore[attr-defined]
    assert exc is None or isinstance(exc, SystemExit), f"uncaught {exc!r}"
    out, err = result.stdout, result.stderr  # type: ignore[attr-defined]
    assert "Traceback" not in out + err
    return Outcome(result.exit_code, out, err, seconds)  # type: ignore[attr-defined]


def cli_process(*args: str | Path, bound: float = BOUND, **popen: object) -> subprocess.Popen[str]:
    """Start ``python -m clustergraph ARGS`` as a subprocess (for signals and process exits)."""
    return subprocess.Popen(
        [sys.executable, "-m", "clustergraph", *map(str, args)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
        **popen,  # type: ignore[arg-type]
    )


def finish(proc: subprocess.Popen[str], started: float, bound: float = BOUND) -> Outcome:
    try:
        out, err = proc.communicate(timeout=max(0.1, bound - (time.monotonic() - started)))
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.communicate()
        pytest.fail(f"the command hung (over {bound:g} s)")
    assert "Traceback" not in out + err, err
    return Outcome(proc.returncode, out, err, time.monotonic() - started)


def snapshot(store: Path) -> tuple[str, bytes]:
    """What must not change: the ``CURRENT`` build and the export of the whole graph."""
    from clustergraph.graph.export import export

    buf = io.BytesIO()
    export(store, buf, "nquads")
    return (store / "CURRENT").read_text(encoding="utf-8"), buf.getvalue()


def append(data: Path, table: str, text: str | bytes) -> int:
    """Append rows to a table of ``data``; return the line the first of them is on."""
    path = data / f"{table}.csv"
    old = path.read_bytes()
    if not old.endswith(b"\n"):
        old += b"\n"
    path.write_bytes(old + (text.encode("utf-8") if isinstance(text, str) else text))
    return old.count(b"\n") + 1
