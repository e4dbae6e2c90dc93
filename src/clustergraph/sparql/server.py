"""A local SPARQL 1.1 server: the Oxigraph server binary (the ``oxigraph`` package on PyPI).

:func:`start_server` starts it on a loopback port, waits until it answers and returns an
:class:`OxigraphServer` (``.url``, ``.query_url``, ``.update_url``, ``.store_url``, ``.stop()``).
The build stores the union of its named graphs (deduplicated) in the default graph, and
``clustergraph push`` sends it too, so the same queries give the same answers here as on the
embedded store (``union_default_graph=True`` starts the server with Oxigraph's
``--union-default-graph`` instead, for stores filled by other tools).

>>> with start_server() as server:                      # doctest: +SKIP
...     print(server.query_url)
http://127.0.0.1:40123/query
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from clustergraph.errors import ServerError

HOST = "127.0.0.1"


def find_oxigraph() -> str:
    """The path of the ``oxigraph`` server binary; :class:`ServerError` says how to install it."""
    here = Path(sys.executable).parent / "oxigraph"
    if here.is_file() and os.access(here, os.X_OK):
        return str(here)
    found = shutil.which("oxigraph")
    if found:
        return found
    raise ServerError("the Oxigraph server is not installed; install it with: pip install oxigraph")


def free_port(host: str = HOST) -> int:
    """A TCP port free on ``host`` right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind((host, 0))
        return int(s.getsockname()[1])


def port_in_use(port: int, host: str = HOST) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        try:
            s.bind((host, port))
        except OSError:
            return True
    return False


@dataclass
class OxigraphServer:
    """A running Oxigraph server process and its URLs."""

    process: subprocess.Popen[bytes]
    host: str
    port: int
    location: Path | None
    read_only: bool
    log_path: Path
    _log: IO[bytes] | None = field(default=None, repr=False)

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    @property
    def query_url(self) -> str:
        return self.url + "/query"

    @property
    def update_url(self) -> str | None:
        return None if self.read_only else self.url + "/update"

    @property
    def store_url(self) -> str:
        """The Graph Store Protocol URL (read-only servers answer GET only)."""
        return self.url + "/store"

    def running(self) -> bool:
        return self.process.poll() is None

    def stop(self, timeout: float = 10.0) -> None:
        """Stop the server (SIGTERM, then SIGKILL after ``timeout`` seconds) and wait for it."""
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=timeout)
        self._close_log()

    def kill(self) -> None:
        """Kill the server at once (SIGKILL), as a crash would."""
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGKILL)
            self.process.wait(timeout=10)
        self._close_log()

    def log(self) -> str:
        try:
            return self.log_path.read_text(encoding="utf-8", errors="replace")
        except OSError:
            return ""

    def _close_log(self) -> None:
        if self._log is not None:
            self._log.close()
            self._log = None

    def __enter__(self) -> OxigraphServer:
        return self

    def __exit__(self, *exc: Any) -> None:
        self.stop()


def start_server(
    location: Path | str | None = None,
    *,
    port: int | None = None,
    host: str = HOST,
    read_only: bool = False,
    union_default_graph: bool = False,
    timeout: float = 30.0,
    query_timeout: float | None = None,
) -> OxigraphServer:
    """Start ``oxigraph serve`` (or ``serve-read-only``) and return once it answers queries.

    ``location`` is a store directory (``None``: in memory, read-write only); ``port`` ``None``
    picks a free one. :class:`ServerError` if the binary is missing, the port is taken or the
    server does not answer within ``timeout`` seconds.
    """
    binary = find_oxigraph()
    if read_only and location is None:
        raise ServerError("a read-only server needs a store location")
    if location is not None and read_only and not Path(location).is_dir():
        raise ServerError(f"no store at {location}")
    attempts = 1 if port is not None else 3
    last = ""
    for _ in range(attempts):
        chosen = port if port is not None else free_port(host)
        if port is not None and port_in_use(chosen, host):
            raise ServerError(f"port {chosen} on {host} is in use; choose another with --port")
        cmd = [binary, "serve-read-only" if read_only else "serve", "--bind", f"{host}:{chosen}"]
        if location is not None:
            cmd += ["--location", str(location)]
        if union_default_graph:
            cmd.append("--union-default-graph")
        if query_timeout:
            cmd += ["--timeout-s", str(int(query_timeout))]
        fd, log_name = tempfile.mkstemp(prefix="clustergraph-oxigraph-", suffix=".log")
        log = os.fdopen(fd, "wb")
        process = subprocess.Popen(
            cmd, stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
        )
        server = OxigraphServer(
            process, host, chosen, Path(location) if location else None, read_only, Path(log_name), log
        )
        if _wait_until_ready(server, timeout):
            return server
        last = " ".join(server.log().split())[-300:]
        server.stop()
        with contextlib.suppress(OSError):
            Path(log_name).unlink()
        if "in use" not in last.lower():
            break
    raise ServerError(
        f"the Oxigraph server did not start: {last or 'no answer within ' + str(timeout) + ' s'}"
    )


def _wait_until_ready(server: OxigraphServer, timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    probe = server.query_url + "?" + urllib.parse.urlencode({"query": "ASK {}"})
    while time.monotonic() < deadline:
        if server.process.poll() is not None:
            return False
        try:
            with urllib.request.urlopen(probe, timeout=1.0) as response:
                if response.status == 200:
                    return True
        except (urllib.error.URLError, OSError):
            pass
        time.sleep(0.05)
    return False
