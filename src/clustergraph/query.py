"""Run SPARQL against the built graph and format the answer (table, CSV, TSV, JSON).

Parameter values are pyoxigraph terms joined to the query with a ``VALUES`` clause, never
pasted into the query's own text.

>>> from clustergraph.query import format_rows
>>> print(format_rows(["name", "n"], [{"name": "OptoNet", "n": 115}], "table"))
name     n
-------  ---
OptoNet  115
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from clustergraph.errors import ClusterGraphError
from clustergraph.namespaces import sparql_prefixes
from clustergraph.store import GraphStore, to_python


class QueryError(ClusterGraphError):
    """A query that cannot be parsed or run; the message says where and why."""


def read_query(text_or_path: str) -> str:
    """The query text: the argument itself, or the content of the ``.rq`` file it names."""
    path = Path(text_or_path)
    if text_or_path.endswith((".rq", ".sparql")) or (len(text_or_path) < 300 and path.is_file()):
        if not path.is_file():
            raise QueryError(f"{path}: no such query file")
        return path.read_text(encoding="utf-8")
    return text_or_path


def run(
    gs: GraphStore, query: str, bindings: dict[str, Any] | None = None
) -> tuple[list[str], list[dict[str, Any]]] | bool | list[ox.Triple]:
    """Run ``query`` (the project's prefixes are predeclared) on the union of all graphs.

    Returns ``(variables, rows)`` for SELECT, a bool for ASK, triples for CONSTRUCT/DESCRIBE.
    """
    text = sparql_prefixes() + query
    if bindings:
        # A trailing VALUES clause: the engine parses the terms, the text only carries their
        # serialisation by pyoxigraph (quotes and brackets escaped), so no value becomes syntax.
        names = " ".join(f"?{k}" for k in bindings)
        values = " ".join(str(v) for v in bindings.values())
        text += f"\nVALUES ({names}) {{ ({values}) }}"
    try:
        result = gs.query(text)
    except SyntaxError as exc:
        raise QueryError(f"SPARQL syntax error: {_user_position(str(exc))}") from None
    except OSError as exc:
        raise QueryError(f"the query failed: {exc}") from None
    if isinstance(result, ox.QueryBoolean):
        return bool(result)
    if isinstance(result, ox.QuerySolutions):
        names = [v.value for v in result.variables]
        return names, [{n: to_python(sol[n]) for n in names} for sol in result]
    return list(result)


def _user_position(message: str) -> str:
    """Shift the engine's line numbers past the predeclared PREFIX lines to the user's own."""
    import re

    offset = sparql_prefixes().count("\n")

    def shift(m: re.Match[str]) -> str:
        line = int(m.group(1)) - offset
        return f"line {line}, column {m.group(2)}" if line > 0 else m.group(0)

    return re.sub(r"(\d+):(\d+)", shift, message, count=1)


def format_rows(names: list[str], rows: list[dict[str, Any]], fmt: str = "table") -> str:
    """SELECT results as an aligned table, CSV, TSV or JSON (a list of objects)."""
    if fmt == "json":
        return json.dumps(rows, indent=2, ensure_ascii=False)
    cells = [["" if r.get(n) is None else str(r[n]) for n in names] for r in rows]
    if fmt in ("csv", "tsv"):
        out = io.StringIO()
        writer = csv.writer(out, delimiter="," if fmt == "csv" else "\t", lineterminator="\n")
        writer.writerow(names)
        writer.writerows(cells)
        return out.getvalue().rstrip("\n")
    widths = [max([len(n)] + [len(c[i]) for c in cells]) for i, n in enumerate(names)]
    lines = [
        "  ".join(n.ljust(w) for n, w in zip(names, widths, strict=True)).rstrip(),
        "  ".join("-" * max(w, 3) for w in widths),
    ]
    lines += ["  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip() for row in cells]
    return "\n".join(lines)
