"""Hostile data directories for ``clustergraph build``: refused with their place; the previous build stays."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from harness import CORPUS, append, cli

# (case folder in tests/data/hostile/tables, table, column or None, line of the bad cell counted
#  from the first appended line, what the message must say)
TABLE_CASES = [
    ("rlo-person", "people", "name", 0, "U+202E RIGHT-TO-LEFT OVERRIDE"),
    ("zero-width-org", "organisations", "name", 0, "U+200B ZERO WIDTH SPACE"),
    ("escape-name", "people", "name", 0, "U+001B"),
    ("c1-control", "people", "name", 0, "U+0085"),
    ("name-with-newline", "people", "name", 0, "U+000A"),
    ("lrm-region", "regions", "name", 0, "U+200E LEFT-TO-RIGHT MARK"),
    ("bidi-in-note", "people", "note", 0, "U+2066 LEFT-TO-RIGHT ISOLATE"),
    ("bidi-in-url", "people", "sources", 0, "U+202E"),
    ("zero-width-website", "organisations", "website", 0, "web address"),
    ("city-and-land", "organisations", "regions", 0, "a region in FR, where the organisation's country FR"),
    ("city-and-country", "organisations", "city", 0, "a region in FR"),
    ("region-parent", "regions", "parent", 0, "a region in FR, the country the id fr-paris names"),
    ("multiline-first-line", "people", "id", 0, "lower-case letters"),
    ("multiline-later-cell", "people", "sources", 2, "a source id defined in sources.csv"),
    ("arabic-indic-digits", "counts", "value", 0, "the digits 0-9"),
    ("full-width-date", "counts", "date", 0, "an ISO date"),
    ("underscore-integer", "counts", "value", 0, "the digits 0-9"),
    ("exponent-amount", "grants", "amount", 0, "no exponent"),
    ("exponent-latitude", "regions", "lat", 0, "no exponent"),
    ("nan-longitude", "regions", "lon", 0, "decimal degrees"),
    ("superscript-geonames", "regions", "geonames", 0, "digits only"),
    ("unclosed-quote", "people", None, 0, 'a "double quote" opened in the record starting on this line'),
]


@pytest.mark.parametrize(
    ("case", "table", "column", "offset", "says"), TABLE_CASES, ids=[c[0] for c in TABLE_CASES]
)
def test_bad_rows_are_refused_at_their_cell(
    case: str, table: str, column: str | None, offset: int, says: str, data: Path, store: Path, unchanged
) -> None:
    first = append(data, table, (CORPUS / "tables" / case / f"{table}.csv").read_bytes())
    r = cli("build", "--data", data, "--store", store)
    assert r.code == 2, r.text
    where = f"{table}.csv, line {first + offset}" + (f", column '{column}'" if column else "")
    assert where in r.err and says in r.err, r.err
    assert "\x1b" not in r.text and "\u202e" not in r.text  # escaped on the way out
    unchanged()


def _fifo(path: Path) -> None:
    path.unlink(missing_ok=True)
    os.mkfifo(path)


def _dangling(path: Path) -> None:
    path.unlink(missing_ok=True)
    path.symlink_to(path.parent / "no-such-file")


def _directory(path: Path) -> None:
    path.unlink(missing_ok=True)
    path.mkdir()


# (case, where the entry is, how it is spoiled, what the message must say)
ENTRY_CASES = [
    ("fifo-table", "organisations.csv", _fifo, "is a FIFO (named pipe)"),
    ("dangling-table", "people.csv", _dangling, "a dangling link"),
    ("directory-table", "people.csv", _directory, "is a directory"),
    ("fifo-rdf", "rdf/partners.ttl", _fifo, "is a FIFO (named pipe)"),
    ("dangling-rdf", "rdf/partners.ttl", _dangling, "a dangling link"),
    ("directory-rdf", "rdf/partners.ttl", _directory, "is a directory"),
    ("fifo-profile", "profiles/a.txt", _fifo, "is a FIFO (named pipe)"),
    ("dangling-profile", "profiles/a.txt", _dangling, "a dangling link"),
]


@pytest.mark.parametrize(("case", "entry", "spoil", "says"), ENTRY_CASES, ids=[c[0] for c in ENTRY_CASES])
def test_one_rule_for_entries_in_every_data_folder(
    case: str, entry: str, spoil, says: str, data: Path, store: Path, unchanged
) -> None:
    path = data / entry
    path.parent.mkdir(exist_ok=True)
    spoil(path)
    r = cli("build", "--data", data, "--store", store)
    assert r.code == 2, r.text
    assert f"{path}: {says}" in r.err or f"{path}: a link to" in r.err, r.err
    unchanged()


def test_a_link_to_a_regular_file_is_followed(data: Path, store: Path) -> None:
    (data / "rdf").mkdir()
    (data / "rdf" / "partners.ttl").symlink_to(CORPUS.parent / "rdf" / "partners.ttl")
    r = cli("build", "--data", data, "--store", store, "--no-validate")
    assert r.code == 0, r.text


def test_nul_after_the_first_8_kb_is_found(data: Path, store: Path, unchanged) -> None:
    first = append(data, "people", f"long-note,Long Note,,{'x' * 9000},https://example.org/a\n")
    append(data, "people", "nul-person,Nul\x00Person,,,https://example.org/a\n")
    r = cli("build", "--data", data, "--store", store)
    assert r.code == 2 and f"people.csv, line {first + 1}, column 'name'" in r.err and "U+0000" in r.err
    unchanged()


def test_an_encoding_error_does_not_hide_the_problems_of_other_files(
    data: Path, store: Path, unchanged
) -> None:
    line = append(data, "people", "juergen,J\xfcrgen Gro\xdf,,,https://example.org/a\n".encode("latin-1"))
    count = append(data, "counts", "org:lichtwerk,members,many,exact,2024,,https://example.org/a\n")
    r = cli("build", "--data", data, "--store", store)
    assert r.code == 2, r.text
    assert f"people.csv, line {line}, column 10: byte 0xfc is not UTF-8" in r.err
    assert f"counts.csv, line {count}, column 'value'" in r.err
    unchanged()


def test_keep_going_does_not_skip_an_unreadable_file(data: Path, store: Path, unchanged) -> None:
    line = append(data, "people", "juergen,J\xfcrgen,,,https://example.org/a\n".encode("latin-1"))
    r = cli("build", "--data", data, "--store", store, "--keep-going")
    assert r.code == 2 and f"people.csv, line {line}, column 10" in r.err, r.text
    unchanged()


def test_utf16_table(data: Path, store: Path, unchanged) -> None:
    path = data / "people.csv"
    path.write_bytes(path.read_text(encoding="utf-8").encode("utf-16"))
    r = cli("build", "--data", data, "--store", store)
    assert r.code == 2 and f"{path}: UTF-16 text" in r.err, r.text
    unchanged()


def test_a_10_mb_cell_gets_a_located_error(data: Path, store: Path, unchanged) -> None:
    line = append(data, "people", f'huge,"{"x" * 10_000_000}",,,https://example.org/a\n')
    r = cli("build", "--data", data, "--store", store)
    assert r.code == 2 and f"people.csv, line {line}: a cell longer than" in r.err, r.text[:2000]
    unchanged()


def test_nfc_is_what_users_mean(data: Path, store: Path) -> None:
    """A decomposed ü (u + combining diaeresis) is stored as the one character users type."""
    append(data, "people", "mueller,Jo\u0308rg Mu\u0308ller,,,https://example.org/a\n")
    r = cli("build", "--data", data, "--store", store, "--no-validate")
    assert r.code == 0, r.text
    q = cli(
        "query",
        "SELECT ?n WHERE { <https://w3id.org/clustergraph/id/person/mueller> foaf:name ?n }",
        "--store",
        store,
        "--format",
        "csv",
    )
    assert q.code == 0 and q.out.splitlines()[1] == "Jörg Müller" and re.fullmatch(r"[^\u0308]*", q.out)


def test_one_report_for_the_tables_and_the_folders(data: Path, store: Path, unchanged) -> None:
    line = append(data, "counts", "org:lichtwerk,members,many,exact,2024,,https://example.org/a\n")
    (data / "rdf").mkdir()
    (data / "rdf" / "broken.ttl").write_bytes((CORPUS / "rdf" / "broken.ttl").read_bytes())
    (data / "profiles").mkdir()
    (data / "profiles" / "rlo.txt").write_bytes((CORPUS / "profiles" / "rlo-in-name.txt").read_bytes())
    r = cli("build", "--data", data, "--store", store)
    assert r.code == 2, r.text
    assert f"counts.csv, line {line}, column 'value'" in r.err
    assert "broken.ttl, line 6" in r.err and "rlo.txt, line 3" in r.err
    unchanged()
