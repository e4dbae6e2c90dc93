"""The answer contract of a named query: what one row is, what is in and what is out.

Every query of the library states its contract in its header, beside its parameters:

.. code-block:: sparql

    # Organisations holding a Gold label, ...                  <- the description
    # @row one organisation that ever received a Gold label
    # @in organisations without a Land (land empty); awards without a date (latest empty)
    # @out Bronze and Silver awards; other label schemes
    # @key org
    # @asof as_of since ended

``@row`` (one line) says what one row is; ``@in`` and ``@out`` (one or more lines each) say
what the answer includes and leaves out, so that a reader knows an empty cell from a missing
row. Two optional fields make parts of the contract checkable by machine (the tests check
them on the test data and on the real data):

``@key COLUMN ...``
    no two rows share these columns' values ("one row per organisation": ``@key org``);
``@asof PARAM START [END]``
    an "as of" query: no row's ``START`` column is after the ``PARAM`` date, and no row's
    ``END`` column before it, each compared at the precision both dates have (a row that
    started "2020-05" holds as of "2020"; one that ended "2013" does not hold as of "2014").
"""

from __future__ import annotations

from dataclasses import dataclass

from clustergraph.sparql.query import QueryError

__all__ = ["CONTRACT_FIELDS", "Contract", "ContractBuilder", "same_or_before"]

#: The header fields of a contract.
CONTRACT_FIELDS = ("@row", "@in", "@out", "@key", "@asof")


@dataclass(frozen=True)
class Contract:
    """What a named query answers: one row, what is in, what is out, and the checkable parts."""

    row: str
    inside: tuple[str, ...]
    outside: tuple[str, ...]
    key: tuple[str, ...] = ()
    as_of: tuple[str, str, str | None] | None = None

    def lines(self) -> list[str]:
        """The contract as lines of text, for ``clustergraph queries NAME`` and the docs."""
        out = [f"one row: {self.row}"]
        out += [f"in:  {text}" for text in self.inside]
        out += [f"out: {text}" for text in self.outside]
        if self.key:
            out.append(f"no two rows share: {', '.join(self.key)}")
        if self.as_of:
            param, start, end = self.as_of
            what = f"no row's {start} is after {param}" + (f", no row's {end} before it" if end else "")
            out.append(what + " (compared at the precision both dates have)")
        return out

    def to_dict(self) -> dict[str, object]:
        """The contract as JSON-ready data (``clustergraph queries --json``)."""
        return {
            "row": self.row,
            "in": list(self.inside),
            "out": list(self.outside),
            "key": list(self.key),
            "as_of": list(self.as_of) if self.as_of else None,
        }


class ContractBuilder:
    """Collects the contract lines of one header; :meth:`build` checks that the contract is whole."""

    def __init__(self, where: str) -> None:
        self.where = where
        self.row: str | None = None
        self.inside: list[str] = []
        self.outside: list[str] = []
        self.key: tuple[str, ...] = ()
        self.as_of: tuple[str, str, str | None] | None = None
        self.seen = False

    def add(self, field: str, value: str, line: int) -> None:
        """One header line ``@field value`` (``line``: its number in the header, for messages)."""
        self.seen = True
        if not value:
            raise QueryError(f"{self.where}: header line {line}: {field} needs a text")
        if field == "@row":
            if self.row is not None:
                raise QueryError(f"{self.where}: header line {line}: @row is given twice")
            self.row = value
        elif field == "@in":
            self.inside.append(value)
        elif field == "@out":
            self.outside.append(value)
        elif field == "@key":
            self.key = tuple(value.split())
        elif field == "@asof":
            parts = value.split()
            if len(parts) not in (2, 3):
                raise QueryError(
                    f"{self.where}: header line {line}: expected '@asof PARAM START_COLUMN [END_COLUMN]'"
                )
            self.as_of = (parts[0], parts[1], parts[2] if len(parts) == 3 else None)

    def build(self, params: set[str], columns: set[str] | None) -> Contract | None:
        """The contract, or ``None`` if the header has none; names what a partial one lacks.

        ``columns`` are the query's result columns (``None``: not known, not checked).
        """
        if not self.seen:
            return None
        missing = [
            f for f, have in (("@row", self.row), ("@in", self.inside), ("@out", self.outside)) if not have
        ]
        if missing:
            raise QueryError(f"{self.where}: the answer contract lacks {', '.join(missing)}")
        named = list(self.key)
        if self.as_of:
            param, start, end = self.as_of
            if param not in params:
                raise QueryError(f"{self.where}: @asof names {param!r}, which is not a date parameter")
            named += [start] + ([end] if end else [])
        if columns is not None:
            for col in named:
                if col not in columns:
                    raise QueryError(
                        f"{self.where}: the contract names the column {col!r}, not in the result"
                    )
        assert self.row is not None
        return Contract(self.row, tuple(self.inside), tuple(self.outside), self.key, self.as_of)


def same_or_before(first: str, second: str) -> bool:
    """Whether the date ``first`` is not after ``second``, at the precision both have.

    >>> same_or_before("2020-05", "2020"), same_or_before("2021", "2020-12-31")
    (True, False)
    """
    n = min(len(first), len(second))
    return first[:n] <= second[:n]
