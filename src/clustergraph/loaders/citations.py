"""The citation columns of the data tables: pages by id, fact-level per column, record-level.

Every fact table ends with ``sources`` (pages stating every fact of the row), ``cites`` (pages per
column: ``founded: page-id; name city: page-id | page-id``) and ``context`` (pages of the record
that state none of its facts). :func:`resolve_citations` turns page ids into addresses with the
sources manifest (``sources.csv``) and checks the three columns, each problem with its file,
line, column and what was expected (docs/model.md, "Sources and citations").
"""

from __future__ import annotations

import difflib

from clustergraph.errors import Problem
from clustergraph.loaders.tables import CITATION_COLUMNS, TABLES_BY_NAME, Row


def resolve_citations(parsed: dict[str, list[Row]]) -> list[Problem]:
    """Resolve the pages of every row to addresses and check the citation columns.

    Sets, on each row: ``sources`` (the addresses stating every fact of the row, except the
    columns of ``cites``), ``cites`` (column → addresses), ``context`` (addresses stating none of
    its facts) and ``_pages`` (all its addresses: the record's sources). Returns the problems;
    rows with one are marked bad.
    """
    problems: list[Problem] = []
    by_id: dict[str, str] = {}
    for r in parsed.get("sources", ()):
        if r["_bad"] or not r.get("id"):
            continue
        if r["id"] in by_id:
            problems.append(
                Problem(
                    r["_file"], r["_line"], "id", r["id"], "a unique source id (another row has it already)"
                )
            )
            r["_bad"] = True
            continue
        by_id[r["id"]] = r["url"]
    ids = sorted(by_id)
    for name, rows in parsed.items():
        table = TABLES_BY_NAME[name]
        columns = [c.name for c in table.columns if c.name not in CITATION_COLUMNS]
        if "cites" not in {c.name for c in table.columns}:
            continue
        for row in rows:
            if row["_bad"]:
                continue
            f = row["_file"]
            lines = {c: int(n) for c, n in (row.get("_lines") or {}).items()}
            at = {c: lines.get(c, row["_line"]) for c in CITATION_COLUMNS}  # where each cell starts
            found: list[Problem] = []

            def address(column: str, ref: str, f: str = f, at: dict = at, found: list = found) -> str:
                if ref.startswith(("http://", "https://")):
                    return ref
                url = by_id.get(ref)
                if url is None:
                    near = difflib.get_close_matches(ref, ids, n=3)
                    hint = f" (did you mean {', '.join(repr(x) for x in near)}?)" if near else ""
                    found.append(
                        Problem(f, at[column], column, ref, f"a source id defined in sources.csv{hint}")
                    )
                    return ref
                return url

            sources = [address("sources", r) for r in row.get("sources") or ()]
            context = [address("context", r) for r in row.get("context") or ()]
            cites: dict[str, tuple[str, ...]] = {}
            for names, refs in row.get("cites") or ():
                urls = tuple(address("cites", r) for r in refs)
                for column in names:
                    if column not in columns:
                        found.append(
                            Problem(
                                f,
                                at["cites"],
                                "cites",
                                column,
                                f"a column of {table.file}: {', '.join(columns)}",
                            )
                        )
                    elif column in cites:
                        found.append(
                            Problem(f, at["cites"], "cites", column, "each column at most once in cites")
                        )
                    else:
                        cites[column] = urls
            cited = {u for urls in cites.values() for u in urls} | set(sources)
            for url in context:
                if url in cited:
                    found.append(
                        Problem(
                            f,
                            at["context"],
                            "context",
                            url,
                            "a page not in sources or cites of the row (context lists the pages "
                            "that state none of the row's facts)",
                        )
                    )
            pages = tuple(dict.fromkeys([*sources, *(u for urls in cites.values() for u in urls), *context]))
            if not pages and name != "reconciliation":
                found.append(
                    Problem(
                        f,
                        at["sources"],
                        "sources",
                        "",
                        "at least one page (a source id) in sources, cites or context",
                    )
                )
            if found:
                problems.extend(found)
                row["_bad"] = True
            row["sources"], row["cites"], row["context"], row["_pages"] = sources, cites, context, pages
    return problems
