"""The checked rows of a data directory and how they become quads: the facts in the data graph,
their provenance beside them (see :mod:`.provenance`).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from clustergraph.errors import Problem
from clustergraph.loaders import provenance
from clustergraph.loaders.tables import TABLES, Row
from clustergraph.loaders.terms import Triple


@dataclass(frozen=True)
class SkippedRow:
    """A row left out by ``--keep-going``, with the reasons."""

    file: str
    line: int
    reasons: tuple[str, ...]

    def __str__(self) -> str:
        return f"{self.file}, line {self.line}: " + "; ".join(self.reasons)


@dataclass
class LoadResult:
    """The checked rows of a data directory, ready to become quads."""

    data_dir: Path
    rows: dict[str, list[Row]]
    manifest: dict[str, Row]
    problems: list[Problem] = field(default_factory=list)
    skipped: list[SkippedRow] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    files: list[Path] = field(default_factory=list)
    #: hashes of the distinct facts written by :meth:`write_nquads`: all, and those with a page
    #: that states them (fact-level); the build's summary counts them (no join over the store)
    written: set[int] = field(default_factory=set, repr=False)
    cited: set[int] = field(default_factory=set, repr=False)

    @property
    def row_count(self) -> int:
        return sum(len(v) for v in self.rows.values())

    def source_urls(self) -> list[str]:
        """Every source address used by any row (fact- or record-level), in first-seen order."""
        seen: dict[str, None] = {}
        for rows in self.rows.values():
            for row in rows:
                for url in row.get("_pages") or ():
                    seen.setdefault(url, None)
        return list(seen)

    def facts(self) -> Iterator[tuple[Triple, tuple[str, ...], tuple[str, ...]]]:
        """Every triple with the pages that state it (fact-level) and its record's pages."""
        for table in TABLES:
            if table.triples is None:
                continue
            for row in self.rows.get(table.name, ()):
                cites, default, pages = row["cites"], tuple(row["sources"]), row["_pages"]
                for s, p, o, column in table.triples(row):
                    yield (s, p, o), cites.get(column, default), pages

    def write_nquads(self, out: IO[str]) -> int:
        """Write every fact into the data graph and its provenance into the provenance graph
        (see :mod:`.provenance`); return the number of facts written (a fact two rows make
        counts twice here, once in the store)."""
        n = 0
        buf: list[str] = []
        written, cited = self.written, self.cited
        for table in TABLES:
            if table.triples is None:
                continue
            for row in self.rows.get(table.name, ()):
                record = row["_record"]
                cites, default = row["cites"], tuple(row["sources"])
                buf += provenance.record_quads(
                    record, "TableRecord", row["_pages"], file=table.file, line=row["_line"]
                )
                seen: set[tuple[str, str, str]] = set()
                for s, p, o, column in table.triples(row):
                    if (s, p, o) in seen:
                        continue
                    seen.add((s, p, o))
                    pages = cites.get(column, default)
                    buf += provenance.fact_quads(s, p, o, record, pages)
                    key = hash((s, p, o))
                    written.add(key)
                    if pages:
                        cited.add(key)
                    n += 1
                if len(buf) > 50_000:
                    out.write("".join(buf))
                    buf.clear()
        for url in self.source_urls():
            buf += provenance.page_quads(url, self.manifest.get(url))
        out.write("".join(buf))
        return n
