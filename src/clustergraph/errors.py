"""The one exception tree of clustergraph.

Every error the library raises on purpose derives from :class:`ClusterGraphError`, so a
caller can catch them all in one place. The CLI turns them into one-line messages and
meaningful exit codes (2 for bad input).

::

    ClusterGraphError
    ├── DataError            bad input data; carries every Problem found (file, line, column, value, expected)
    ├── SourceFileError      an input file cannot be read at all (missing, binary, wrong encoding, broken RDF)
    ├── AmbiguousMatch       a name matches several entities of the graph; carries the candidates
    ├── UnknownSource        no source with that address or graph in the current graph
    ├── EndpointError        a SPARQL endpoint could not be reached or answered with an error (or a bad URL)
    │   ├── EndpointUnreachable  connection refused, unknown host, network down
    │   ├── EndpointTimeout      no answer within the timeout
    │   └── EndpointHTTPError    the endpoint answered 4xx/5xx (carries status and the endpoint's message)
    ├── StoreError           the graph store is missing, locked or unusable
    │   └── NoBuildError     no graph has been built at that location yet
    ├── ValidationFailed     the graph does not conform to the SHACL shapes (carries the report)
    ├── ServerError          the local SPARQL server (Oxigraph) cannot be found, started or stopped
    ├── UnknownNameError     a name given by the user matches no entity (or several); lists near matches
    └── MapError             a map cannot be drawn as asked (unknown colouring, size metric, layout, extent)
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Protocol


@dataclass(frozen=True)
class Problem:
    """One problem in an input file, precise enough to fix without guessing.

    >>> str(Problem("data/posts.csv", 12, "start", "2022-13-01", "an ISO date"))
    "data/posts.csv, line 12, column 'start': got '2022-13-01', expected an ISO date"
    """

    file: str
    line: int | None
    column: str | None
    value: Any
    expected: str

    def __str__(self) -> str:
        where = [self.file]
        if self.line is not None:
            where.append(f"line {self.line}")
        if self.column:
            where.append(f"column '{self.column}'")
        return f"{', '.join(where)}: got {self.value!r}, expected {self.expected}"


@dataclass(frozen=True)
class FileProblem(Problem):
    """A whole file that cannot be read (missing, not a regular file, binary, wrong encoding, broken
    syntax), listed with the problems of the other files; ``message`` says where and why.

    >>> str(FileProblem("a.csv", 3, None, None, "UTF-8", message="a.csv, line 3, column 5: not UTF-8"))
    'a.csv, line 3, column 5: not UTF-8'
    """

    message: str = ""

    def __str__(self) -> str:
        return self.message


class ClusterGraphError(Exception):
    """Root of all clustergraph errors."""


class DataError(ClusterGraphError):
    """Input data has problems; ``problems`` lists all of them, not only the first."""

    def __init__(self, problems: list[Problem], message: str | None = None) -> None:
        self.problems = list(problems)
        n = len(self.problems)
        head = message or f"{n} problem{'s' if n != 1 else ''} in the input data"
        lines = [head + ":"] + [f"  {p}" for p in self.problems[:200]]
        if n > 200:
            lines.append(f"  ... and {n - 200} more")
        super().__init__("\n".join(lines))


class SourceFileError(ClusterGraphError):
    """An input file cannot be read at all (missing, unreadable, binary, wrong encoding).

    ``file``, ``line`` and ``column`` (1-based, in characters) say where, when known.
    """

    def __init__(
        self, message: str, *, file: str | None = None, line: int | None = None, column: int | None = None
    ) -> None:
        super().__init__(message)
        self.file, self.line, self.column = file, line, column

    def problem(self, file: str) -> FileProblem:
        """This error as one :class:`Problem` among those of other files."""
        return FileProblem(self.file or file, self.line, None, None, "a readable file", message=str(self))


class AmbiguousMatch(ClusterGraphError):
    """Names from a source match several entities of the graph; nothing is guessed.

    ``matches`` holds one ``(name, where, candidates)`` per ambiguous name, ``candidates``
    being ``(iri, label)`` pairs. Resolve by adding an ``alias`` row for the exact name to
    ``reconciliation.csv``.
    """

    def __init__(self, matches: list[tuple[str, str, list[tuple[str, str]]]]) -> None:
        self.matches = list(matches)
        lines = [f"{len(self.matches)} ambiguous name(s); nothing was loaded:"]
        for name, where, cands in self.matches:
            listed = "; ".join(f"{label} <{iri}>" for iri, label in cands)
            lines.append(f"  {where}: {name!r} matches {len(cands)} entities: {listed}")
        lines.append(
            "  add an 'alias' row for the exact name to reconciliation.csv to say which one is meant"
        )
        super().__init__("\n".join(lines))


class UnknownSource(ClusterGraphError):
    """No source with the given address, file or graph IRI is in the current graph."""


class EndpointError(ClusterGraphError):
    """A SPARQL endpoint could not be reached, timed out or answered with an error."""


class StoreError(ClusterGraphError):
    """The graph store is missing, locked or unusable."""


class NoBuildError(StoreError):
    """No graph has been built at the given location yet."""


class ShapeReport(Protocol):
    """What a validation report offers (:class:`clustergraph.graph.validate.ValidationReport` does).

    Named here so that this module, at the bottom of the package, imports nothing of it.
    """

    @property
    def violation_count(self) -> int: ...

    def to_text(self, limit: int = 50) -> str: ...


class ValidationFailed(ClusterGraphError):
    """The graph does not conform to the shapes; ``report`` says where and why."""

    def __init__(self, report: ShapeReport, message: str | None = None) -> None:
        self.report = report
        super().__init__(message or f"the graph has {report.violation_count} SHACL violation(s)")


class EndpointUnreachable(EndpointError):
    """The endpoint cannot be reached: connection refused, unknown host, network down."""


class EndpointTimeout(EndpointError):
    """The endpoint did not answer within the timeout."""


class EndpointHTTPError(EndpointError):
    """The endpoint answered with an HTTP error; ``status`` and the endpoint's own ``detail``."""

    def __init__(self, message: str, status: int, detail: str = "") -> None:
        self.status = status
        self.detail = detail
        super().__init__(message)


class ServerError(ClusterGraphError):
    """The local SPARQL server (the Oxigraph binary) cannot be found, started or stopped."""


class UnknownNameError(ClusterGraphError):
    """A name or IRI given by the user (``clustergraph recommend ORG``) matches no entity of
    the network, or several equally well; the message lists the nearest names and their ids."""


class MapError(ClusterGraphError):
    """A network map cannot be drawn as asked: an unknown colouring, size metric, layout,
    extent or projection, or an output path that is not an ``.html`` file."""
