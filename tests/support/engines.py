"""Real SPARQL engines for the tests: the Oxigraph server, OpenLink Virtuoso 7 and Apache Jena (TDB2).

Each ``start_*`` function starts one engine on free loopback ports, in a temporary directory of
its own, waits until it answers a query and returns an :class:`Engine` with its endpoint URLs
(``query_url``, ``update_url``, ``store_url`` for the Graph Store Protocol), a ``load(path)`` that
puts a dump file into it (timed) and ``stop()``, which ends the process and removes the directory.
Engines are context managers; any engine still running when Python exits is stopped by an
``atexit`` hook, and every engine process gets SIGKILL from the kernel if the process that started
it dies (``PR_SET_PDEATHSIG``), so an interrupted or killed test run leaves nothing behind.

- :func:`start_oxigraph` — ``oxigraph serve`` from the ``oxigraph`` package (a project dependency),
  with the default graph the unnamed graph, or the union of all graphs (``union_default=True``).
- :func:`start_virtuoso` — ``virtuoso-t`` from Debian's ``virtuoso-opensource-7-bin``, with its own
  ``virtuoso.ini`` (``virtuoso.ini.template`` beside this file), ``SPARQL_UPDATE`` granted to the
  anonymous ``SPARQL`` user and a user with a password for the Digest-authenticated endpoints.
- :func:`start_jena` — Apache Jena from Debian's ``libapache-jena-java``: a TDB2 database served by
  ``JenaSparqlServer.java`` (beside this file; Debian has no Fuseki), plus :func:`tdb2_load`,
  :func:`tdb2_query` and :func:`arq_query` for Jena's own command-line tools.

:func:`missing` says what an engine lacks on this machine; ``scripts/install-engines`` installs it.
"""

from __future__ import annotations

import atexit
import contextlib
import ctypes
import hashlib
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
import zipfile
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from email.message import Message
from pathlib import Path
from string import Template
from typing import Any

from clustergraph.sparql.auth import digest_header

HOST = "127.0.0.1"
HERE = Path(__file__).resolve().parent
INSTALL_HINT = "run scripts/install-engines as root (it apt-gets the engines the tests need)"

JSON = "application/sparql-results+json"
CSV = "text/csv"

#: The media type of a dump file, by suffix (``.gz`` is not supported here).
MEDIA_TYPES = {
    ".nq": "application/n-quads",
    ".nt": "application/n-triples",
    ".trig": "application/trig",
    ".ttl": "text/turtle",
}
QUAD_SUFFIXES = {".nq", ".trig"}

ENGINES = ("oxigraph", "virtuoso", "jena")


class EngineMissing(RuntimeError):
    """An engine's programs are not installed on this machine."""


class EngineError(RuntimeError):
    """An engine did not start, or did not load or answer as asked."""


# --------------------------------------------------------------------------------------------
# What is installed


def _venv_bin(name: str) -> str | None:
    here = Path(sys.executable).parent / name
    if here.is_file() and os.access(here, os.X_OK):
        return str(here)
    return shutil.which(name)


JENA_JARS = Path("/usr/share/java")


def missing(engine: str) -> list[str]:
    """The programs or files ``engine`` (one of :data:`ENGINES`) needs and this machine lacks."""
    if engine == "oxigraph":
        return [] if _venv_bin("oxigraph") else ["oxigraph (pip install oxigraph)"]
    if engine == "virtuoso":
        return [name for name in ("virtuoso-t", "isql-vt") if shutil.which(name) is None]
    if engine == "jena":
        lacks = [name for name in ("java", "javac") if shutil.which(name) is None]
        if not (JENA_JARS / "jena-cmds.jar").is_file():
            lacks.append(str(JENA_JARS / "jena-cmds.jar"))
        return lacks
    raise ValueError(f"unknown engine {engine!r}; expected one of {', '.join(ENGINES)}")


def require(engine: str) -> None:
    """Raise :class:`EngineMissing`, naming what is missing and how to install it."""
    lacks = missing(engine)
    if lacks:
        raise EngineMissing(f"{engine} is not installed (missing: {', '.join(lacks)}); {INSTALL_HINT}")


# --------------------------------------------------------------------------------------------
# Processes


def free_port(host: str = HOST) -> int:
    """A TCP port free on ``host`` right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind((host, 0))
        return int(s.getsockname()[1])


_PR_SET_PDEATHSIG = 1


def _die_with_parent() -> None:  # pragma: no cover - runs in the child between fork and exec
    """Ask the kernel to SIGKILL this (child) process when the process that started it ends."""
    with contextlib.suppress(Exception):
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)


_LIVE: set[Engine] = set()
_LIVE_LOCK = threading.Lock()


def _stop_all() -> None:
    with _LIVE_LOCK:
        engines = list(_LIVE)
    for engine in engines:
        with contextlib.suppress(Exception):
            engine.stop(timeout=5)


atexit.register(_stop_all)


def _spawn(cmd: Sequence[str], log_path: Path, cwd: Path, **kwargs: Any) -> subprocess.Popen[bytes]:
    with open(log_path, "ab") as log:
        return subprocess.Popen(
            list(cmd),
            cwd=cwd,
            stdin=subprocess.DEVNULL,
            stdout=kwargs.pop("stdout", log),
            stderr=log,
            start_new_session=True,
            preexec_fn=_die_with_parent,
            **kwargs,
        )


def _run(
    cmd: Sequence[str], what: str, timeout: float = 600, **kwargs: Any
) -> subprocess.CompletedProcess[str]:
    """Run a command to its end; :class:`EngineError` with its output if it fails."""
    try:
        done = subprocess.run(
            list(cmd), capture_output=True, text=True, timeout=timeout, preexec_fn=_die_with_parent, **kwargs
        )
    except subprocess.TimeoutExpired as e:
        raise EngineError(f"{what}: no end after {timeout} s") from e
    if done.returncode != 0:
        tail = (done.stderr or done.stdout).strip()[-2000:]
        raise EngineError(f"{what} failed (exit {done.returncode}): {tail}")
    return done


# --------------------------------------------------------------------------------------------
# HTTP


@dataclass
class Response:
    """An HTTP response: status, headers (case-insensitive look-up) and body."""

    status: int
    headers: Message
    body: bytes
    url: str = ""

    @property
    def text(self) -> str:
        return self.body.decode("utf-8", errors="replace")

    def json(self) -> Any:
        return json.loads(self.body)

    def ok(self) -> bool:
        return 200 <= self.status < 300

    def check(self) -> Response:
        """This response if its status is 2xx, else :class:`EngineError` with the body."""
        if not self.ok():
            raise EngineError(f"HTTP {self.status} from {self.url}: {' '.join(self.text.split())[:1000]}")
        return self


def http(
    method: str,
    url: str,
    *,
    params: Mapping[str, str | Sequence[str]] | None = None,
    form: Mapping[str, str | Sequence[str]] | None = None,
    data: bytes | None = None,
    content_type: str | None = None,
    accept: str | None = None,
    auth: tuple[str, str] | None = None,
    digest: bool = True,
    challenge_first: bool = True,
    timeout: float = 120,
) -> Response:
    """Send one request and return the response whatever its status (no exception for 4xx/5xx).

    ``params`` go into the URL, ``form`` into an ``application/x-www-form-urlencoded`` body; a value
    may be a list (a repeated parameter). ``auth`` is (user, password), sent as Digest or, with
    ``digest=False``, as Basic from the start. Digest first fetches the server's challenge with a
    body-less GET and sends the request once, with its answer (``challenge_first``): urllib's
    own handler sends the body, gets a 401 and sends it again, and Virtuoso closes the connection
    on a large body before it is sent (``BrokenPipeError``; see docs/engines.md).
    """
    if params:
        url += ("&" if "?" in url else "?") + urllib.parse.urlencode(params, doseq=True)
    headers = {"User-Agent": "clustergraph-tests"}
    if form is not None:
        data = urllib.parse.urlencode(form, doseq=True).encode()
        content_type = "application/x-www-form-urlencoded"
    if content_type:
        headers["Content-Type"] = content_type
    if accept:
        headers["Accept"] = accept
    handlers: list[urllib.request.BaseHandler] = []
    if auth is not None and digest and challenge_first:
        probe = http("GET", url, timeout=timeout)
        challenge = probe.headers.get("WWW-Authenticate", "") if probe.status == 401 else ""
        if challenge.lower().startswith("digest "):
            headers["Authorization"] = digest_authorization(method, url, auth, challenge)
            auth = None
    if auth is not None:
        if digest:
            passwords = urllib.request.HTTPPasswordMgrWithDefaultRealm()
            passwords.add_password(None, url, auth[0], auth[1])
            handlers.append(urllib.request.HTTPDigestAuthHandler(passwords))
        else:
            import base64

            token = base64.b64encode(f"{auth[0]}:{auth[1]}".encode()).decode()
            headers["Authorization"] = f"Basic {token}"
    opener = urllib.request.build_opener(*handlers)
    request = urllib.request.Request(url, data=data, headers=headers, method=method)
    try:
        with opener.open(request, timeout=timeout) as response:
            return Response(response.status, response.headers, response.read(), url)
    except urllib.error.HTTPError as e:
        body = e.read() if e.fp is not None else b""
        return Response(e.code, e.headers, body, url)


def digest_authorization(method: str, url: str, auth: tuple[str, str], challenge: str) -> str:
    """The ``Authorization`` header that answers an HTTP Digest ``challenge`` (the library's own:
    the engines' tests use the scheme push uses)."""
    try:
        return digest_header(method, url, auth, challenge)
    except ValueError as exc:
        raise EngineError(str(exc)) from exc


def _dataset_params(
    default_graph_uris: Iterable[str], named_graph_uris: Iterable[str]
) -> dict[str, list[str]]:
    params: dict[str, list[str]] = {}
    if default_graph_uris:
        params["default-graph-uri"] = list(default_graph_uris)
    if named_graph_uris:
        params["named-graph-uri"] = list(named_graph_uris)
    return params


def rows(result: Mapping[str, Any]) -> list[dict[str, str]]:
    """The rows of a SPARQL JSON SELECT result, each a {variable: value} dict (unbound: absent)."""
    return [{k: v["value"] for k, v in b.items()} for b in result["results"]["bindings"]]


# --------------------------------------------------------------------------------------------
# Engines


@dataclass(eq=False)
class Engine:
    """A running SPARQL engine process, its endpoints and its temporary directory."""

    name: str
    directory: Path
    process: subprocess.Popen[bytes]
    base_url: str
    query_url: str
    update_url: str
    store_url: str
    log_path: Path
    owns_directory: bool = True
    startup_seconds: float = 0.0
    #: The union of all graphs is the default graph of a query without FROM (and with no protocol
    #: dataset parameters): True for Virtuoso always, for the others when started so.
    union_default: bool = False
    extra: dict[str, Any] = field(default_factory=dict)

    # -- lifetime

    def running(self) -> bool:
        return self.process.poll() is None

    def stop(self, timeout: float = 10.0) -> None:
        """End the process (SIGTERM to its group, SIGKILL after ``timeout`` s); remove its directory."""
        if self.process.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait(timeout=timeout)
        with _LIVE_LOCK:
            _LIVE.discard(self)
        if self.owns_directory:
            shutil.rmtree(self.directory, ignore_errors=True)

    def __enter__(self) -> Engine:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def log(self) -> str:
        """The engine's log so far (its standard output and error, or its own log file)."""
        try:
            return self.log_path.read_text(encoding="utf-8", errors="replace")
        except OSError:
            return ""

    # -- SPARQL protocol

    def query(
        self,
        text: str,
        *,
        accept: str = JSON,
        default_graph_uris: Iterable[str] = (),
        named_graph_uris: Iterable[str] = (),
        url: str | None = None,
        auth: tuple[str, str] | None = None,
        timeout: float = 120,
    ) -> Response:
        """POST a query (form-encoded, dataset parameters in the URL); the raw response."""
        return http(
            "POST",
            url or self.query_url,
            params=_dataset_params(default_graph_uris, named_graph_uris),
            form={"query": text},
            accept=accept,
            auth=auth,
            timeout=timeout,
        )

    def select(self, text: str, **kwargs: Any) -> list[dict[str, str]]:
        """The rows of a SELECT query (see :func:`rows`); :class:`EngineError` if it fails."""
        return rows(self.query(text, **kwargs).check().json())

    def ask(self, text: str, **kwargs: Any) -> bool:
        return bool(self.query(text, **kwargs).check().json()["boolean"])

    def update(
        self, text: str, *, url: str | None = None, auth: tuple[str, str] | None = None, timeout: float = 300
    ) -> Response:
        """POST a SPARQL Update (form-encoded ``update=``); the raw response."""
        return http("POST", url or self.update_url, form={"update": text}, auth=auth, timeout=timeout)

    def put_graph(
        self,
        graph: str | None,
        data: bytes,
        content_type: str = "application/n-triples",
        *,
        method: str = "PUT",
    ) -> Response:
        """Graph Store Protocol PUT (or POST/DELETE) of one graph (``None``: the default graph)."""
        params = {"graph": graph} if graph is not None else {"default": ""}
        return http(method, self.store_url, params=params, data=data, content_type=content_type)

    def count(self, where: str = "{ ?s ?p ?o }", **kwargs: Any) -> int:
        """``SELECT (COUNT(*) AS ?n) WHERE <where>`` (with the same dataset options as :meth:`query`)."""
        return int(self.select(f"SELECT (COUNT(*) AS ?n) WHERE {where}", **kwargs)[0]["n"])

    # -- loading

    def load(self, path: Path | str, graph: str | None = None) -> float:
        """Load a dump file (N-Quads, TriG, N-Triples, Turtle) through the Graph Store Protocol.

        Triples go into ``graph`` (``None``: the default graph); quads into their own graphs.
        Returns the seconds it took. Subclasses may use a faster engine-specific loader.
        """
        path = Path(path)
        media = _media_type(path)
        started = time.perf_counter()
        if path.suffix in QUAD_SUFFIXES:
            http("POST", self.store_url, data=path.read_bytes(), content_type=media, timeout=3600).check()
        else:
            self.put_graph(graph, path.read_bytes(), media, method="POST").check()
        return time.perf_counter() - started


def _media_type(path: Path) -> str:
    try:
        return MEDIA_TYPES[path.suffix]
    except KeyError:
        raise EngineError(f"{path}: unknown dump format; expected one of {', '.join(MEDIA_TYPES)}") from None


def _register(engine: Engine) -> Engine:
    with _LIVE_LOCK:
        _LIVE.add(engine)
    return engine


def _workdir(directory: Path | str | None, prefix: str) -> tuple[Path, bool]:
    if directory is None:
        return Path(tempfile.mkdtemp(prefix=prefix)), True
    path = Path(directory)
    path.mkdir(parents=True, exist_ok=True)
    return path, False


def _wait_ready(engine: Engine, timeout: float, probe: str | None = None) -> None:
    """Wait until ``engine`` answers ``ASK {}``; stop it and raise :class:`EngineError` if it does not."""
    deadline = time.monotonic() + timeout
    url = (probe or engine.query_url) + "?" + urllib.parse.urlencode({"query": "ASK {}"})
    while time.monotonic() < deadline:
        if engine.process.poll() is not None:
            break
        with contextlib.suppress(OSError, urllib.error.URLError), urllib.request.urlopen(url, timeout=2) as r:
            if r.status == 200:
                return
        time.sleep(0.05)
    log = " ".join(engine.log().split())[-1500:]
    state = f"exited with {engine.process.returncode}" if engine.process.poll() is not None else "no answer"
    engine.stop(timeout=5)
    raise EngineError(f"{engine.name} did not start ({state} after {timeout:.0f} s): {log}")


# -- Oxigraph


def start_oxigraph(
    location: Path | str | None = None,
    *,
    union_default: bool = False,
    dump: Path | str | None = None,
    timeout: float = 30,
) -> Engine:
    """``oxigraph serve`` on a free loopback port over the store at ``location`` (default: a new one).

    ``union_default`` starts it with ``--union-default-graph``. ``dump`` is loaded first with
    ``oxigraph load`` (the bulk loader; the time is in ``engine.extra["load_seconds"]``).
    Endpoints: ``/query``, ``/update``, ``/store``.
    """
    require("oxigraph")
    binary = _venv_bin("oxigraph")
    assert binary is not None
    workdir, owned = _workdir(None, "clustergraph-oxigraph-")
    store = Path(location) if location is not None else workdir / "store"
    extra: dict[str, Any] = {"location": store}
    if dump is not None:
        started = time.perf_counter()
        _run([binary, "load", "--location", str(store), "--file", str(dump)], f"oxigraph load {dump}")
        extra["load_seconds"] = time.perf_counter() - started
    started = time.perf_counter()
    for attempt in range(3):
        port = free_port()
        cmd = [binary, "serve", "--location", str(store), "--bind", f"{HOST}:{port}"]
        if union_default:
            cmd.append("--union-default-graph")
        log_path = workdir / f"oxigraph-{attempt}.log"
        base = f"http://{HOST}:{port}"
        engine = Engine(
            name="oxigraph-union" if union_default else "oxigraph",
            directory=workdir,
            process=_spawn(cmd, log_path, workdir),
            base_url=base,
            query_url=base + "/query",
            update_url=base + "/update",
            store_url=base + "/store",
            log_path=log_path,
            owns_directory=False,
            union_default=union_default,
            extra=extra,
        )
        _register(engine)
        try:
            _wait_ready(engine, timeout)
        except EngineError:
            if attempt == 2 or "in use" not in engine.log().lower():
                if owned:
                    shutil.rmtree(workdir, ignore_errors=True)
                raise
            continue
        engine.owns_directory = owned
        engine.startup_seconds = time.perf_counter() - started
        return engine
    raise AssertionError("unreachable")


# -- Virtuoso

VIRTUOSO_USER = "clustergraph"
VIRTUOSO_PASSWORD = "clustergraph-test-secret"
#: The memory settings the template gets (8 KiB pages): Virtuoso's advice for 2 GB of memory.
VIRTUOSO_BUFFERS = 170_000
VIRTUOSO_DIRTY_BUFFERS = 130_000
#: Virtuoso's shipped default for [SPARQL] ResultSetMaxRows.
VIRTUOSO_MAX_ROWS = 10_000
#: Where :meth:`VirtuosoEngine.load` puts the triples of a quads file's unnamed default graph.
VIRTUOSO_UNNAMED_GRAPH = "urn:clustergraph:test:unnamed-default-graph"


@dataclass(eq=False)
class VirtuosoEngine(Engine):
    """A Virtuoso server: ``/sparql`` (query and update), ``/sparql-graph-crud`` (Graph Store Protocol).

    ``auth_query_url`` (``/sparql-auth``) and ``auth_store_url`` (``/sparql-graph-crud-auth``) take
    HTTP Digest authentication as ``auth`` = (user, password), a user with SPARQL_SELECT and
    SPARQL_UPDATE. ``isql(sql)`` runs SQL as ``dba`` through ``isql-vt``.
    """

    sql_port: int = 0
    auth_query_url: str = ""
    auth_store_url: str = ""
    auth: tuple[str, str] = (VIRTUOSO_USER, VIRTUOSO_PASSWORD)
    max_rows: int = VIRTUOSO_MAX_ROWS

    def isql(self, sql: str, *, check: bool = True, timeout: float = 600) -> str:
        """Run SQL statements as ``dba``; the output. :class:`EngineError` on error.

        One statement a line, each ending in ``;`` (``isql-vt`` refuses two on one line from
        standard input with ``SQ074``).
        """
        done = subprocess.run(
            ["isql-vt", f"{HOST}:{self.sql_port}", "dba", "dba", "VERBOSE=OFF", "BANNER=OFF", "PROMPT=OFF"],
            input=sql if sql.rstrip().endswith(";") else sql + ";",
            capture_output=True,
            text=True,
            timeout=timeout,
        )
        if check and (done.returncode != 0 or "*** Error" in done.stderr):
            raise EngineError(f"isql-vt: {' '.join(done.stderr.split())[:2000]}")
        return done.stdout

    def load(self, path: Path | str, graph: str | None = None) -> float:
        """Load a dump with Virtuoso's bulk loader (``ld_dir`` + ``rdf_loader_run``); the seconds it took.

        Quads (``.nq``, ``.trig``) go into their own graphs, triples into ``graph``. Virtuoso has no
        unnamed default graph: the triples of a quads file's default graph go into ``graph`` too,
        or :data:`VIRTUOSO_UNNAMED_GRAPH` when ``graph`` is ``None``. The file is linked (or copied)
        into a directory the server may read (``DirsAllowed``).
        """
        path = Path(path).resolve()
        _media_type(path)
        if path.suffix not in QUAD_SUFFIXES and graph is None:
            raise EngineError(f"{path}: Virtuoso's bulk loader needs a graph for a triples file")
        load_dir = self.directory / "load"
        load_dir.mkdir(exist_ok=True)
        target = load_dir / f"{len(list(load_dir.iterdir())):04d}-{path.name}"
        try:
            os.link(path, target)
        except OSError:
            shutil.copyfile(path, target)
        started = time.perf_counter()
        self.isql(
            f"ld_dir('{_sql_str(str(load_dir))}', '{_sql_str(target.name)}', "
            f"'{_sql_str(graph or VIRTUOSO_UNNAMED_GRAPH)}');\nrdf_loader_run();\n"
        )
        errors = self.isql("SELECT ll_file, ll_error FROM DB.DBA.LOAD_LIST WHERE ll_error IS NOT NULL;")
        if errors.strip():
            raise EngineError(f"Virtuoso's bulk loader failed: {' '.join(errors.split())[:2000]}")
        return time.perf_counter() - started

    def ttlp(self, path: Path | str, graph: str) -> float:
        """Load a Turtle/N-Triples file with ``DB.DBA.TTLP_MT`` (one call, one graph); the seconds it took."""
        path = Path(path).resolve()
        target = self.directory / "load" / path.name
        target.parent.mkdir(exist_ok=True)
        shutil.copyfile(path, target)
        started = time.perf_counter()
        self.isql(
            f"DB.DBA.TTLP_MT(file_to_string_output('{_sql_str(str(target))}'), '', '{_sql_str(graph)}');"
        )
        return time.perf_counter() - started


def _sql_str(text: str) -> str:
    if "\\" in text or "\n" in text:
        raise EngineError(f"unsupported character in an SQL string: {text!r}")
    return text.replace("'", "''")


def virtuoso_ini(directory: Path, http_port: int, sql_port: int, **settings: Any) -> str:
    """The text of a ``virtuoso.ini`` for a server whose files all live in ``directory``."""
    values = {
        "dir": str(directory),
        "load_dir": str(directory / "load"),
        "http_port": http_port,
        "sql_port": sql_port,
        "buffers": VIRTUOSO_BUFFERS,
        "dirty_buffers": VIRTUOSO_DIRTY_BUFFERS,
        "max_rows": VIRTUOSO_MAX_ROWS,
        "max_execution_time": 60,
    }
    values.update(settings)
    return Template((HERE / "virtuoso.ini.template").read_text(encoding="utf-8")).substitute(values)


def start_virtuoso(
    directory: Path | str | None = None,
    *,
    max_rows: int = VIRTUOSO_MAX_ROWS,
    timeout: float = 120,
    **settings: Any,
) -> VirtuosoEngine:
    """``virtuoso-t`` with a new database in ``directory`` (default: a new temporary one).

    ``max_rows`` is ``[SPARQL] ResultSetMaxRows``; other ``settings`` fill the template's names
    (``buffers``, ``dirty_buffers``, ``max_execution_time``). After start: ``GRANT SPARQL_UPDATE
    TO "SPARQL"`` (so ``/sparql`` and ``/sparql-graph-crud`` write without authentication) and a
    user ``engine.auth`` with SPARQL_SELECT and SPARQL_UPDATE for the ``-auth`` endpoints.
    """
    require("virtuoso")
    workdir, owned = _workdir(directory, "clustergraph-virtuoso-")
    (workdir / "www").mkdir(exist_ok=True)
    (workdir / "load").mkdir(exist_ok=True)
    started = time.perf_counter()
    last: EngineError | None = None
    for attempt in range(3):
        http_port, sql_port = free_port(), free_port()
        if http_port == sql_port:
            continue
        ini = workdir / "virtuoso.ini"
        ini.write_text(
            virtuoso_ini(workdir, http_port, sql_port, max_rows=max_rows, **settings), encoding="utf-8"
        )
        log_path = workdir / f"virtuoso-t-{attempt}.out"
        base = f"http://{HOST}:{http_port}"
        engine = VirtuosoEngine(
            name="virtuoso",
            directory=workdir,
            process=_spawn(["virtuoso-t", "+foreground", "+configfile", str(ini)], log_path, workdir),
            base_url=base,
            query_url=base + "/sparql",
            update_url=base + "/sparql",
            store_url=base + "/sparql-graph-crud",
            log_path=log_path,
            owns_directory=False,
            union_default=True,
            sql_port=sql_port,
            auth_query_url=base + "/sparql-auth",
            auth_store_url=base + "/sparql-graph-crud-auth",
            max_rows=max_rows,
        )
        _register(engine)
        try:
            _wait_ready(engine, timeout)
        except EngineError as e:
            last = e
            text = engine.log() + _read(workdir / "virtuoso.log")
            if "address already in use" in text.lower() or "failed to start listening" in text.lower():
                for name in ("virtuoso.db", "virtuoso.trx", "virtuoso.lck", "virtuoso-temp.db"):
                    with contextlib.suppress(OSError):
                        (workdir / name).unlink()
                continue
            break
        user, password = engine.auth
        engine.isql(
            'GRANT SPARQL_UPDATE TO "SPARQL";\n'
            f"DB.DBA.USER_CREATE('{user}', '{password}');\n"
            f'GRANT SPARQL_SELECT TO "{user}";\nGRANT SPARQL_UPDATE TO "{user}";\n'
        )
        engine.owns_directory = owned
        engine.startup_seconds = time.perf_counter() - started
        engine.log_path = workdir / "virtuoso.log"
        return engine
    if owned:
        shutil.rmtree(workdir, ignore_errors=True)
    raise last or EngineError("virtuoso did not start: no free pair of ports")


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return ""


# -- Jena

#: Binding jars of SLF4J that must not share the class path with slf4j-simple (or each other).
_JENA_EXCLUDED = re.compile(
    r"slf4j-(log4j12|jcl|jdk14|migrator|nop|reload4j)|log4j-over-slf4j|jul-to-slf4j|jcl-over-slf4j"
)
_VERSIONED_JAR = re.compile(r"-\d[\w.~+]*\.jar$")
_classpath_cache: str | None = None


def _dpkg_jars(package: str) -> tuple[list[str], list[str]]:
    """An installed Debian package's unversioned jars in /usr/share/java, and its ``-java`` dependencies."""
    status = subprocess.run(
        ["dpkg-query", "-W", "-f=${db:Status-Status}\n${Depends}", "--", package],
        capture_output=True,
        text=True,
    ).stdout
    state, _, depends = status.partition("\n")
    if state.strip() != "installed":
        return [], []
    deps = []
    for alternative in depends.split(","):
        name = alternative.split("|")[0].strip().split(" ")[0].split(":")[0]
        if name.endswith("-java"):
            deps.append(name)
    files = subprocess.run(["dpkg", "-L", package], capture_output=True, text=True).stdout.split()
    jars = [
        f
        for f in files
        if f.startswith("/usr/share/java/") and f.endswith(".jar") and not _VERSIONED_JAR.search(f)
    ]
    return jars, deps


def jena_classpath() -> str:
    """The class path for Debian's Jena and its dependencies, plus the fix directory (see :func:`_jena_fix`).

    Debian's jars carry no Class-Path, and ``/usr/share/java/*`` holds conflicting SLF4J
    bindings, so the path is made from ``libapache-jena-java``'s dependencies, recursively.
    """
    global _classpath_cache
    if _classpath_cache is None:
        require("jena")
        seen: set[str] = set()
        todo = ["libapache-jena-java"]
        jars: list[str] = []
        while todo:
            package = todo.pop()
            if package in seen:
                continue
            seen.add(package)
            found, deps = _dpkg_jars(package)
            jars += [j for j in found if not _JENA_EXCLUDED.search(Path(j).name) and j not in jars]
            todo += deps
        if not any(j.endswith("/jena-cmds.jar") for j in jars):
            raise EngineMissing(f"libapache-jena-java is not installed as a Debian package; {INSTALL_HINT}")
        _classpath_cache = os.pathsep.join([str(_jena_fix()), *jars])
    return _classpath_cache


def _cache_dir() -> Path:
    path = Path(tempfile.gettempdir()) / f"clustergraph-engines-{os.getuid()}"
    path.mkdir(mode=0o700, exist_ok=True)
    return path


def _jena_fix() -> Path:
    """A directory with the resource bundle Debian's ``jena-core.jar`` lacks.

    Debian's ``jena-core.jar`` (4.5.0-2) carries Xerces' datatype code twice, as ``xerces.*`` and
    as ``org.apache.jena.ext.xerces.*``, but the regular-expression messages
    (``xerces/impl/xpath/regex/message.properties``) only for the second; without them every
    command fails at start-up with ``RuntimeException: internal error`` in
    ``XSSimpleTypeDecl.applyFacets1``. The bundle is copied from the jar itself.
    """
    target = _cache_dir() / "jena-fix"
    bundle = target / "xerces/impl/xpath/regex/message.properties"
    if not bundle.is_file():
        bundle.parent.mkdir(parents=True, exist_ok=True)
        with zipfile.ZipFile(JENA_JARS / "jena-core.jar") as jar:
            data = jar.read("org/apache/jena/ext/xerces/impl/xpath/regex/message.properties")
        partial = bundle.with_suffix(f".{os.getpid()}.tmp")
        partial.write_bytes(data)
        partial.replace(bundle)
    return target


def _jena_server_classes() -> Path:
    """``JenaSparqlServer.java`` compiled once (by its content's hash) into the cache directory."""
    source = HERE / "JenaSparqlServer.java"
    digest = hashlib.sha256(source.read_bytes()).hexdigest()[:16]
    target = _cache_dir() / f"jena-server-{digest}"
    if not (target / "JenaSparqlServer.class").is_file():
        partial = Path(tempfile.mkdtemp(prefix="jena-server-", dir=_cache_dir()))
        _run(
            ["javac", "-nowarn", "-cp", jena_classpath(), "-d", str(partial), str(source)],
            "javac JenaSparqlServer.java",
        )
        try:
            partial.rename(target)
        except OSError:  # compiled meanwhile by another process
            shutil.rmtree(partial, ignore_errors=True)
    return target


def _java(main: str, *args: str, classpath: str | None = None, short_lived: bool = True) -> list[str]:
    """A ``java`` command line; a short-lived one compiles with C1 only (starts about a third faster)."""
    flags = ["-Xmx2g", "-XX:+UseSerialGC"] + (["-XX:TieredStopAtLevel=1"] if short_lived else [])
    return ["java", *flags, "-cp", classpath or jena_classpath(), main, *args]


def tdb2_load(location: Path | str, *files: Path | str, graph: str | None = None) -> float:
    """Load dump files into a TDB2 database with ``tdb2.tdbloader``; the seconds it took."""
    args = ["--loc", str(location)]
    if graph is not None:
        args += ["--graph", graph]
    started = time.perf_counter()
    _run(_java("tdb2.tdbloader", *args, *map(str, files)), "tdb2.tdbloader")
    return time.perf_counter() - started


def tdb2_query(location: Path | str, query: str, *, union_default: bool = False) -> Any:
    """Run a query over a TDB2 database with ``tdb2.tdbquery`` (no server may hold it); SPARQL JSON."""
    args = ["--loc", str(location), "--results", "json"]
    if union_default:
        args += ["--set", "tdb:unionDefaultGraph=true"]
    return json.loads(_run(_java("tdb2.tdbquery", *args, query), "tdb2.tdbquery").stdout)


def arq_query(files: Sequence[Path | str], query: str, *, named: bool = False) -> Any:
    """Run a query with ARQ (``arq.sparql``) over dump files; SPARQL JSON.

    ``named=False`` gives the files as ``--data`` (quads into their graphs, triples into the
    default graph); ``named=True`` as ``--namedGraph`` (each file a named graph named by its URL).
    """
    option = "--namedGraph" if named else "--data"
    args = [a for f in files for a in (option, str(f))]
    return json.loads(_run(_java("arq.sparql", *args, "--results", "json", query), "arq.sparql").stdout)


def start_jena(
    location: Path | str | None = None,
    *,
    union_default: bool = False,
    dump: Path | str | None = None,
    timeout: float = 60,
) -> Engine:
    """Jena over a TDB2 database at ``location`` (default: a new one), served by ``JenaSparqlServer``.

    ``dump`` is loaded first with ``tdb2.tdbloader`` (time in ``engine.extra["load_seconds"]``).
    ``union_default`` sets TDB2's unionDefaultGraph. Endpoints: ``/query``, ``/update``, ``/store``.
    The dataset of a query is the protocol's default-graph-uri/named-graph-uri if given, else its
    FROM/FROM NAMED, as in Fuseki.
    """
    require("jena")
    classpath = os.pathsep.join([str(_jena_server_classes()), jena_classpath()])
    workdir, owned = _workdir(None, "clustergraph-jena-")
    store = Path(location) if location is not None else workdir / "tdb2"
    extra: dict[str, Any] = {"location": store}
    if dump is not None:
        extra["load_seconds"] = tdb2_load(store, dump)
    started = time.perf_counter()
    args = ["--loc", str(store), "--port", "0"]
    if union_default:
        args.append("--union-default-graph")
    log_path = workdir / "jena.log"
    ready_path = workdir / "jena.ready"
    with open(ready_path, "wb") as ready:
        process = _spawn(
            _java("JenaSparqlServer", *args, classpath=classpath, short_lived=False),
            log_path,
            workdir,
            stdout=ready,
        )
    engine = Engine(
        name="jena-union" if union_default else "jena",
        directory=workdir,
        process=process,
        base_url="",
        query_url="",
        update_url="",
        store_url="",
        log_path=log_path,
        owns_directory=owned,
        union_default=union_default,
        extra=extra,
    )
    _register(engine)
    deadline = time.monotonic() + timeout
    port = None
    while time.monotonic() < deadline and process.poll() is None:
        match = re.search(r"ready (\d+)", _read(ready_path))
        if match:
            port = int(match.group(1))
            break
        time.sleep(0.05)
    if port is None:
        log = " ".join(engine.log().split())[-1500:]
        engine.stop(timeout=5)
        raise EngineError(f"jena did not start within {timeout:.0f} s: {log}")
    base = f"http://{HOST}:{port}"
    engine.base_url, engine.query_url = base, base + "/query"
    engine.update_url, engine.store_url = base + "/update", base + "/store"
    _wait_ready(engine, timeout)
    engine.startup_seconds = time.perf_counter() - started
    return engine


def start(name: str, **kwargs: Any) -> Engine:
    """Start an engine by name: ``oxigraph``, ``oxigraph-union``, ``virtuoso``, ``jena``, ``jena-union``."""
    if name in ("oxigraph", "oxigraph-union"):
        return start_oxigraph(union_default=name.endswith("-union"), **kwargs)
    if name == "virtuoso":
        return start_virtuoso(**kwargs)
    if name in ("jena", "jena-union"):
        return start_jena(union_default=name.endswith("-union"), **kwargs)
    raise ValueError(f"unknown engine {name!r}")
