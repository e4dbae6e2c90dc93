"""The one exception tree of clustergraph.

Every error the library raises on purpose derives from :class:`ClusterGraphError`, so a
caller can catch them all in one place. The CLI turns them into one-line messages and
meaningful exit codes (2 for bad input).

::

    ClusterGraphError
    ├── DataError            bad input data; carries every Problem found (file, line, column, value, expected)
    ├── SourceFileError      an input file cannot be read at all (missing, binary, wrong encoding)
    ├── StoreError           the graph store is missing, locked or unusable
    │   └── NoBuildError     no graph has been built at that location yet
    └── ValidationFailed     the graph does not conform to the SHACL shapes (carries the report)
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    from clustergraph.validate import ValidationReport


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
    """An input file cannot be read at all (missing, unreadable, binary, wrong encoding)."""


class StoreError(ClusterGraphError):
    """The graph store is missing, locked or unusable."""


class NoBuildError(StoreError):
    """No graph has been built at the given location yet."""


class ValidationFailed(ClusterGraphError):
    """The graph does not conform to the shapes; ``report`` says where and why."""

    def __init__(self, report: ValidationReport, message: str | None = None) -> None:
        self.report = report
        super().__init__(message or f"the graph has {report.violation_count} SHACL violation(s)")
