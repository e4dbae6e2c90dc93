"""The tabular loader: read the CSV (or Excel) tables of a data directory, check every cell
and every reference, and turn the rows into quads with one named graph per source.

All problems of all files are collected before anything is written; with ``keep_going`` the
rows with problems (and the rows that depend on them) are skipped and listed instead.

>>> from pathlib import Path
>>> result = load_tables(Path("tests/data/valid"))   # doctest: +SKIP
>>> result.rows["organisations"][0]["name"]           # doctest: +SKIP
'Photonics Valley Testland e. V.'
"""

from __future__ import annotations

import difflib
from collections import defaultdict
from collections.abc import Iterable, Iterator
from pathlib import Path

from clustergraph.errors import DataError, FileProblem, Problem, SourceFileError
from clustergraph.loaders import provenance
from clustergraph.loaders.citations import resolve_citations
from clustergraph.loaders.columns import LIST_SEPARATOR, Ref
from clustergraph.loaders.files import read_csv_rows, read_xlsx_rows
from clustergraph.loaders.places import place_problems
from clustergraph.loaders.programmes import link_programmes, programme_problems
from clustergraph.loaders.result import LoadResult, SkippedRow
from clustergraph.loaders.tables import TABLES, TABLES_BY_NAME, Row, Table
from clustergraph.model import vocab
from clustergraph.model.namespaces import DATA_IRI

# --------------------------------------------------------------------------- finding files


def table_files(data_dir: Path) -> tuple[dict[str, Path], list[Problem]]:
    """Find the file of each known table in ``data_dir`` (CSV, or XLSX if openpyxl is there)."""
    found: dict[str, Path] = {}
    problems: list[Problem] = []
    known = ", ".join(t.file for t in TABLES)
    for path in sorted(data_dir.iterdir()):
        if path.suffix.lower() not in (".csv", ".xlsx") or path.name.startswith((".", "~$")):
            continue
        name = path.stem
        if name not in TABLES_BY_NAME:
            problems.append(Problem(str(path), None, None, path.name, f"a known table: {known}"))
            continue
        if name in found:
            problems.append(
                Problem(
                    str(path),
                    None,
                    None,
                    path.name,
                    f"one file per table (both {found[name].name} and {path.name} exist)",
                )
            )
            continue
        found[name] = path
    return found, problems


# --------------------------------------------------------------------------- parsing rows


def _parse_rows(path: Path, table: Table) -> tuple[list[Row], list[Problem]]:
    """The rows of one table, every problem at the line where the bad cell starts."""
    try:
        header, raw_rows = (read_xlsx_rows if path.suffix.lower() == ".xlsx" else read_csv_rows)(path)
    except SourceFileError as exc:  # reported with the problems of the other files
        return [], [exc.problem(str(path))]
    f = str(path)
    problems: list[Problem] = []
    columns = {c.name: c for c in table.columns}
    if not header:
        return [], [
            Problem(
                f, 1, None, "", "a header row with the columns " + ", ".join(c.name for c in table.columns)
            )
        ]
    seen: set[str] = set()
    for name in header:
        if name in seen:
            problems.append(Problem(f, 1, name, name, "each column only once in the header"))
        seen.add(name)
        if name not in columns:
            problems.append(Problem(f, 1, name, name, "one of the columns " + ", ".join(columns)))
    for c in table.columns:
        if c.required and c.name not in header:
            problems.append(Problem(f, 1, c.name, None, f"a column '{c.name}' (it is required)"))
    if problems:
        return [], problems

    rows: list[Row] = []
    for line, cells, cell_lines in raw_rows:
        at = dict(zip(header, cell_lines, strict=False))
        row: Row = {"_line": line, "_file": f, "_lines": at}
        bad = False
        if len(cells) > len(header) and any(c.strip() for c in cells[len(header) :]):
            problems.append(
                Problem(
                    f,
                    cell_lines[len(header)],
                    None,
                    LIST_SEPARATOR.join(cells[len(header) :]),
                    f"at most {len(header)} cells, as many as the header has "
                    "(put text with commas in double quotes)",
                )
            )
            bad = True
        values = dict(zip(header, cells, strict=False))
        for c in table.columns:
            text = (values.get(c.name) or "").strip()
            cell_line = at.get(c.name, line)
            if not text:
                if c.required:
                    problems.append(Problem(f, cell_line, c.name, "", "a value (this column is required)"))
                    bad = True
                row[c.name] = [] if c.many else None
                continue
            try:
                if c.many:
                    items = [t.strip() for t in text.split("|")]
                    if any(not t for t in items):
                        raise ValueError(f"values separated by '{LIST_SEPARATOR}', none empty")
                    row[c.name] = [c.parse(t) for t in items]
                else:
                    row[c.name] = c.parse(text)
            except ValueError as exc:
                problems.append(Problem(f, cell_line, c.name, text, str(exc)))
                bad = True
        if not bad:
            row_problems = list(_row_checks(table, row))
            problems.extend(row_problems)
            bad = bool(row_problems)
        row["_bad"] = bad
        rows.append(row)
    return rows, problems


def _before(a: str, b: str) -> bool:
    """True if ISO date ``a`` is certainly before ``b`` (compared at the shared precision)."""
    n = min(len(a), len(b))
    return a[:n] < b[:n]


def _at(row: Row, column: str) -> int:
    """The line where ``column``'s cell of ``row`` starts (a record may span several lines)."""
    return int(row.get("_lines", {}).get(column, row["_line"]))


def _row_checks(table: Table, row: Row) -> Iterator[Problem]:
    f = row["_file"]
    for start, end in (("start", "end"), ("date", "valid_until"), ("admitted", "left")):
        if row.get(start) and row.get(end) and _before(row[end], row[start]):
            yield Problem(f, _at(row, end), end, row[end], f"a date not before {start} ({row[start]})")
    if table.name == "label_awards" and row["scheme"] in vocab.LEVELLED_SCHEMES and not row["level"]:
        yield Problem(
            f,
            _at(row, "level"),
            "level",
            "",
            f"a level ({', '.join(vocab.LABEL_LEVELS)}) for scheme {row['scheme']}",
        )
    if table.name == "reconciliation":
        line = _at(row, "other")
        if row["decision"] == "distinct" and row["other"] is None:
            yield Problem(
                f, line, "other", "", "the id of the other organisation (a 'distinct' decision names both)"
            )
        if row["decision"] == "alias" and row["other"] is not None:
            yield Problem(f, line, "other", row["other"].id, "no value for an 'alias' decision")
        if row["other"] is not None and row["other"].id == row["id"].id:
            yield Problem(f, line, "other", row["other"].id, "an organisation other than 'id'")
    if table.name == "relations" and row["relation"] == "merged-into":
        for col in ("subject", "object"):
            if row[col].table != "organisations":
                yield Problem(f, _at(row, col), col, row[col].id, "an organisation (org:...) for merged-into")


def _refs(row: Row, table: Table) -> Iterator[tuple[str, Ref]]:
    for c in table.columns:
        v = row.get(c.name)
        if isinstance(v, Ref):
            yield c.name, v
        elif isinstance(v, list):
            for item in v:
                if isinstance(item, Ref):
                    yield c.name, item


# --------------------------------------------------------------------------- the loader


def load_tables(data_dir: Path, *, keep_going: bool = False) -> LoadResult:
    """Read and check every table of ``data_dir``.

    Raises :class:`DataError` with every problem found unless ``keep_going`` is set, in
    which case rows with problems, and rows that refer to them, are skipped and listed in
    ``result.skipped``. Raises :class:`SourceFileError` for a file that cannot be read at all.
    """
    data_dir = Path(data_dir)
    if not data_dir.is_dir():
        raise SourceFileError(f"{data_dir}: no such data directory")
    files, problems = table_files(data_dir)
    if "organisations" not in files:
        problems.append(
            Problem(str(data_dir), None, None, "", "a table organisations.csv in the data directory")
        )
    parsed: dict[str, list[Row]] = {}
    for table in TABLES:
        path = files.get(table.name)
        if path is None:
            continue
        rows, p = _parse_rows(path, table)
        parsed[table.name] = rows
        problems.extend(p)
    problems.extend(resolve_citations(parsed))
    if problems and (not keep_going or any(isinstance(p, FileProblem) for p in problems)):
        # Reference problems are only meaningful once the rows themselves parse.
        raise DataError(problems)

    skipped: dict[tuple[str, int], list[str]] = defaultdict(list)
    for prob in problems:
        if prob.line is not None and prob.line > 1:
            skipped[(prob.file, prob.line)].append(f"{prob.column}: expected {prob.expected}")

    ref_problems = _resolve(parsed, keep_going)
    problems.extend(ref_problems)
    if ref_problems and not keep_going:
        raise DataError(problems)
    for prob in ref_problems:
        skipped[(prob.file, prob.line or 0)].append(f"{prob.column}: expected {prob.expected}")

    rows = {name: [r for r in rs if not r["_bad"]] for name, rs in parsed.items()}
    _derive(rows)
    manifest = {r["url"]: r for r in rows.pop("sources", [])}
    result = LoadResult(
        data_dir=data_dir,
        rows=rows,
        manifest=manifest,
        problems=problems,
        skipped=[SkippedRow(f, ln, tuple(rs)) for (f, ln), rs in sorted(skipped.items())],
        files=sorted(files.values()),
    )
    if manifest:
        unlisted = [u for u in result.source_urls() if u not in manifest]
        if unlisted:
            result.warnings.append(
                f"{len(unlisted)} source address(es) are not listed in sources.csv, e.g. {unlisted[0]}"
            )
    return result


def _resolve(parsed: dict[str, list[Row]], keep_going: bool) -> list[Problem]:
    """Check keys and references; mark rows bad until nothing changes. Returns the problems."""
    problems: list[Problem] = []
    # Duplicate keys.
    for name, rows in parsed.items():
        key = TABLES_BY_NAME[name].key
        if not key:
            continue
        first: dict[str, int] = {}
        for row in rows:
            if row["_bad"] or row.get(key) is None:
                continue
            k = row[key]
            if k in first:
                problems.append(
                    Problem(
                        row["_file"],
                        _at(row, key),
                        key,
                        k,
                        f"a unique {key} (line {first[k]} has it already)",
                    )
                )
                row["_bad"] = True
            else:
                first[k] = _at(row, key)
    all_ids = {
        name: {r[TABLES_BY_NAME[name].key] for r in rows if r.get(TABLES_BY_NAME[name].key)}
        for name, rows in parsed.items()
        if TABLES_BY_NAME[name].key
    }
    all_ids["label-scheme"] = set(vocab.LABEL_SCHEMES)
    reported: set[tuple[str, int, str, str]] = set()
    while True:
        good = {
            name: {
                r[TABLES_BY_NAME[name].key] for r in rows if not r["_bad"] and r.get(TABLES_BY_NAME[name].key)
            }
            for name, rows in parsed.items()
            if TABLES_BY_NAME[name].key
        }
        good["label-scheme"] = set(vocab.LABEL_SCHEMES)
        changed = False
        for name, rows in parsed.items():
            table = TABLES_BY_NAME[name]
            for row in rows:
                if row["_bad"]:
                    continue
                for col, r in _refs(row, table):
                    if r.id in good.get(r.table, ()):
                        continue
                    known = all_ids.get(r.table, set())
                    target = f"{r.table}.csv" if r.table != "label-scheme" else "the label schemes"
                    if r.id in known:
                        if not keep_going:
                            row["_bad"] = True  # its target is reported already
                            changed = True
                            break
                        expected = f"an id whose row in {target} has no problems"
                    else:
                        near = difflib.get_close_matches(r.id, sorted(known), n=3)
                        hint = f" (did you mean {', '.join(repr(x) for x in near)}?)" if near else ""
                        expected = f"an id defined in {target}{hint}"
                    k = (row["_file"], row["_line"], col, r.id)
                    if k not in reported:
                        reported.add(k)
                        problems.append(Problem(row["_file"], _at(row, col), col, r.id, expected))
                    row["_bad"] = True
                    changed = True
                    break
        if not changed:
            return problems + _cross_checks(parsed)


def _cross_checks(parsed: dict[str, list[Row]]) -> list[Problem]:
    """Checks that need several tables: places, alias names, successions."""
    orgs = {r["id"]: r for r in parsed.get("organisations", ()) if not r["_bad"]}
    problems = place_problems([r for r in parsed.get("regions", ()) if not r["_bad"]], orgs.values())
    owner: dict[str, tuple[str, str]] = {}
    for r in orgs.values():
        owner.setdefault(r["name"].casefold(), (r["id"], f"organisations.csv line {r['_line']}"))
    for row in parsed.get("reconciliation", ()):
        if row["_bad"] or row["decision"] != "alias":
            continue
        key = row["name"].casefold()
        target = row["id"].id
        prev = owner.get(key)
        if prev and prev[0] != target:
            problems.append(
                Problem(
                    row["_file"],
                    _at(row, "name"),
                    "name",
                    row["name"],
                    f"a name not already given to '{prev[0]}' ({prev[1]}); "
                    "an ambiguous name cannot be an alias",
                )
            )
            row["_bad"] = True
        else:
            owner[key] = (target, f"reconciliation.csv line {row['_line']}")
    posts = [r for r in parsed.get("posts", ()) if not r["_bad"]]
    by_role: dict[tuple[str, str, str], list[Row]] = defaultdict(list)
    for r in posts:
        by_role[(r["person"].id, r["organisation"].id, r["role"])].append(r)
    for r in posts:
        if r.get("succeeds") is None:
            continue
        cands = by_role.get((r["succeeds"].id, r["organisation"].id, r["role"]), [])
        if len(cands) != 1:
            what = "no" if not cands else f"{len(cands)}"
            problems.append(
                Problem(
                    r["_file"],
                    _at(r, "succeeds"),
                    "succeeds",
                    r["succeeds"].id,
                    f"a person with exactly one post as {r['role']} at {r['organisation'].id} (found {what})",
                )
            )
            r["_bad"] = True
    return problems + programme_problems(parsed)


def _derive(rows: dict[str, list[Row]]) -> None:
    """Set each derived row's IRI (with -2, -3 on collisions) and resolve derived links."""
    for name, rs in rows.items():
        table = TABLES_BY_NAME[name]
        if table.iri_of is None:
            continue
        used: dict[str, int] = {}
        for row in rs:
            base = table.iri_of(row)
            n = used.get(base, 0) + 1
            used[base] = n
            row["_iri"] = base if n == 1 else f"{base}-{n}"
    for name, rs in rows.items():
        table = TABLES_BY_NAME[name]
        for row in rs:
            if table.key:
                key = str(row[table.key])
            elif "_iri" in row:
                key = row["_iri"][len(DATA_IRI) :]
            else:  # reconciliation: the decision itself
                other = row["other"].id if row.get("other") else ""
                key = f"{row['id'].id}/" + _digest(f"{row['name']}|{row['decision']}|{other}")
            row["_record"] = provenance.record_iri(name, key)
    orgs = {r["id"]: r for r in rows.get("organisations", ())}
    for row in rows.get("reconciliation", ()):
        target = orgs[row["id"].id]
        row["_target_name"] = target["name"]
        if not row.get("_pages"):  # a decision without pages: the organisation's, record-level only
            row["context"] = list(target["_pages"])
            row["_pages"] = tuple(target["_pages"])
    by_role: dict[tuple[str, str, str], str] = {}
    for r in rows.get("posts", ()):
        by_role[(r["person"].id, r["organisation"].id, r["role"])] = r["_iri"]
    for r in rows.get("posts", ()):
        if r.get("succeeds") is not None:
            r["_succeeds_iri"] = by_role[(r["succeeds"].id, r["organisation"].id, r["role"])]
    link_programmes(rows)


def _digest(text: str) -> str:
    import hashlib

    return hashlib.blake2b(text.encode("utf-8"), digest_size=6).hexdigest()


def iter_rows(result: LoadResult, table: str) -> Iterable[Row]:
    """The checked rows of one table (empty if the table was not in the data directory)."""
    return result.rows.get(table, ())
