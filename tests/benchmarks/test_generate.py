"""The synthetic generator of the scale benchmark (benchmarks/generate.py) at a tiny size."""

from __future__ import annotations

import csv
import importlib.util
import re
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
SIZE = 200


def _load_generator():
    spec = importlib.util.spec_from_file_location("benchmarks_generate", REPO / "benchmarks" / "generate.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


generate = _load_generator()

SEP = " | "
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
SLUG = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
REGION = re.compile(r"^([A-Z]{2}(-[A-Z0-9]{1,3})?|[a-z]{2}(-[a-z0-9]+)+)$")
DATE_COLUMNS = {"founded", "start", "end", "attested", "date", "valid_until", "admitted", "left"}
KEYED = {  # file -> kind of its ids (for typed ids such as org:x)
    "organisations.csv": "org",
    "people.csv": "person",
    "programmes.csv": "programme",
    "partnerships.csv": "partnership",
    "events.csv": "event",
    "industries.csv": "industry",
    "regions.csv": "region",
}
# (file, column) -> kinds it may reference; a typed column lists several kinds
REFS = {
    ("organisations.csv", "city"): ["region"],
    ("organisations.csv", "regions"): ["region"],
    ("organisations.csv", "country"): ["region"],
    ("organisations.csv", "industries"): ["industry"],
    ("reconciliation.csv", "id"): ["org"],
    ("reconciliation.csv", "other"): ["org"],
    ("posts.csv", "person"): ["person"],
    ("posts.csv", "organisation"): ["org"],
    ("posts.csv", "succeeds"): ["person"],
    ("label_awards.csv", "organisation"): ["org"],
    ("label_awards.csv", "awarding_body"): ["org"],
    ("prize_awards.csv", "organisation"): ["org"],
    ("prize_awards.csv", "awarded_by"): ["org", "programme"],
    ("programmes.csv", "owner"): ["org"],
    ("programme_participations.csv", "organisation"): ["org"],
    ("programme_participations.csv", "programme"): ["programme"],
    ("partnerships.csv", "fields"): ["industry"],
    ("partnerships.csv", "programme"): ["programme"],
    ("partnership_members.csv", "partnership"): ["partnership"],
    ("partnership_members.csv", "organisation"): ["org"],
    ("relations.csv", "subject"): ["org", "programme", "person", "region", "partnership", "event"],
    ("relations.csv", "object"): ["org", "programme", "person", "region", "partnership", "event"],
    ("events.csv", "series"): ["event"],
    ("events.csv", "place"): ["region"],
    ("events.csv", "organisers"): ["org", "programme"],
    ("events.csv", "partner_country"): ["region"],
    ("event_participants.csv", "event"): ["event"],
    ("event_participants.csv", "participant"): ["person", "org"],
    ("counts.csv", "subject"): ["org", "programme", "event", "partnership", "label-scheme"],
    ("grants.csv", "recipient"): ["org"],
    ("grants.csv", "funder"): ["org"],
    ("grants.csv", "programme"): ["programme"],
    ("industries.csv", "broader"): ["industry"],
    ("regions.csv", "parent"): ["region"],
}
LABEL_SCHEMES = {"cluster-management-excellence", "cluster-exzellenz-bw"}


def _read(directory: Path, name: str) -> tuple[list[str], list[dict[str, str]]]:
    with open(directory / name, encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        rows = list(reader)
        return list(reader.fieldnames or []), rows


@pytest.fixture(scope="module")
def tiny(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("synthetic")
    generate.generate(out, SIZE, seed=7)
    return out


def test_writes_every_file_with_the_model_headers(tiny):
    assert sorted(p.name for p in tiny.iterdir()) == sorted(generate.HEADERS)
    for name, header in generate.HEADERS.items():
        got, rows = _read(tiny, name)
        assert got == header, name
        assert rows, f"{name} is empty"


def test_headers_agree_with_the_loaders():
    tables = pytest.importorskip("clustergraph.loaders.tables", reason="clustergraph loaders not importable")
    by_file = {t.file: t for t in tables.TABLES}
    assert set(by_file) == set(generate.HEADERS)
    for name, header in generate.HEADERS.items():
        known = {c.name for c in by_file[name].columns}
        required = {c.name for c in by_file[name].columns if c.required}
        assert set(header) <= known, f"{name}: columns the loader does not know"
        assert required <= set(header), f"{name}: required columns missing"


def test_ids_unique_and_well_formed(tiny):
    for name in KEYED:
        key = "url" if name == "sources.csv" else "id"
        _, rows = _read(tiny, name)
        ids = [r[key] for r in rows]
        assert len(ids) == len(set(ids)), f"duplicate id in {name}"
        pattern = REGION if name == "regions.csv" else SLUG
        bad = [i for i in ids if not pattern.match(i)]
        assert not bad, f"{name}: malformed ids {bad[:3]}"
    _, orgs = _read(tiny, "organisations.csv")
    assert len(orgs) == SIZE


def test_references_resolve(tiny):
    ids = {kind: {r["id"] for r in _read(tiny, name)[1]} for name, kind in KEYED.items()}
    ids["label-scheme"] = LABEL_SCHEMES
    for (name, column), kinds in REFS.items():
        _, rows = _read(tiny, name)
        for n, row in enumerate(rows, start=2):
            cell = row[column]
            for value in cell.split(SEP) if cell else []:
                if len(kinds) > 1:  # a typed id: org:x, programme:y, ...
                    kind, _, ident = value.partition(":")
                    assert kind in kinds, f"{name} line {n} {column}: {value!r}"
                else:
                    kind, ident = kinds[0], value
                assert ident in ids[kind], f"{name} line {n} {column}: unknown {value!r}"


def _pages(cell: str) -> list[str]:
    return cell.split(SEP) if cell else []


def test_citation_columns_name_listed_pages_and_columns(tiny):
    _, listed = _read(tiny, "sources.csv")
    ids = {r["id"] for r in listed}
    assert all(r["url"].startswith("https://example.org/synthetic/") for r in listed)
    patterns = {}
    for name, header in generate.HEADERS.items():
        if name == "sources.csv":
            continue
        assert header[-3:] == ["sources", "cites", "context"], name
        _, rows = _read(tiny, name)
        for n, row in enumerate(rows, start=2):
            sources, context = _pages(row["sources"]), _pages(row["context"])
            cited = set(sources)
            for group in filter(None, row["cites"].split("; ")):
                columns, _, pages = group.partition(": ")
                assert set(columns.split()) <= set(header[:-3]), f"{name} line {n}: {group}"
                assert all(row[c] for c in columns.split()), f"{name} line {n}: cites an empty cell"
                cited |= set(_pages(pages))
            pages = cited | set(context)
            if name == "reconciliation.csv" and not pages:
                continue  # model: no page of its own
            assert pages, f"{name} line {n}: no page"
            assert pages <= ids, f"{name} line {n}: unlisted source {sorted(pages - ids)}"
            assert not cited & set(context), f"{name} line {n}: a cited page in context"
            key = (bool(sources), bool(row["cites"]), bool(context))
            patterns[key] = patterns.get(key, 0) + 1
    total = sum(patterns.values())
    assert patterns[(True, False, False)] / total > 0.6  # most rows: every fact cited by sources
    assert patterns.get((False, False, True), 0) > 0  # some rows: record-level pages only
    assert patterns.get((False, True, False), 0) + patterns.get((True, True, False), 0) > 0


def test_dates_iso_and_mixed_precision(tiny):
    lengths = set()
    for name, header in generate.HEADERS.items():
        _, rows = _read(tiny, name)
        for column in DATE_COLUMNS & set(header):
            for n, row in enumerate(rows, start=2):
                if row[column]:
                    assert DATE.match(row[column]), f"{name} line {n} {column}: {row[column]}"
                    lengths.add(len(row[column]))
    assert lengths == {4, 7, 10}


def test_required_cells_and_codes(tiny):
    _, orgs = _read(tiny, "organisations.csv")
    for row in orgs:
        assert row["name"] and row["org_type"] and row["org_type_basis"] in ("stated", "name")
    clusters = [r for r in orgs if r["org_type"] == "cluster"]
    assert clusters and all("Synthetic Cluster" in r["name"] for r in clusters)
    _, awards = _read(tiny, "label_awards.csv")
    for row in awards:
        if row["scheme"] == "cluster-management-excellence":
            assert row["level"] in ("bronze", "silver", "gold")


def test_deterministic_for_a_seed(tmp_path):
    a, b, c = tmp_path / "a", tmp_path / "b", tmp_path / "c"
    generate.generate(a, SIZE, seed=3)
    generate.generate(b, SIZE, seed=3)
    generate.generate(c, SIZE, seed=4)
    for name in generate.HEADERS:
        assert (a / name).read_bytes() == (b / name).read_bytes(), name
    assert (a / "organisations.csv").read_bytes() != (c / "organisations.csv").read_bytes()


def test_cli_size_knobs(tmp_path):
    assert generate.main(["--out", str(tmp_path), "--organisations", "60", "--quiet"]) == 0
    assert len(_read(tmp_path, "organisations.csv")[1]) == 60
    assert generate.organisations_for(1_000_000) == round(1_000_000 / generate.TRIPLES_PER_ORGANISATION)


def test_tiny_dataset_builds_without_errors(tiny, tmp_path):
    try:
        from clustergraph.graph.build import build
    except ImportError as exc:
        pytest.skip(f"clustergraph.graph.build not importable yet: {exc}")
    report = build(tiny, tmp_path / "store", validate=True)
    assert report.triples > 20 * SIZE
    assert getattr(report, "conforms", True) is not False, "SHACL violations"
    assert not getattr(report, "warnings", []), report.warnings[:5]
    assert not getattr(report, "skipped", []), report.skipped[:5]


def test_every_cell_parses_with_the_loaders_column_types(tiny):
    tables = pytest.importorskip("clustergraph.loaders.tables", reason="clustergraph loaders not importable")
    for table in tables.TABLES:
        columns = {c.name: c for c in table.columns}
        _, rows = _read(tiny, table.file)
        for n, row in enumerate(rows, start=2):
            for name, cell in row.items():
                if not cell:
                    continue
                column = columns[name]
                for value in cell.split(SEP) if column.many else [cell]:
                    try:
                        column.parse(value)
                    except ValueError as exc:
                        pytest.fail(f"{table.file} line {n} {name}={value!r}: {exc}")
