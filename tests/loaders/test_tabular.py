"""The tabular loader: every problem found, each precise (file, line, column, value, expected)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from clustergraph.errors import DataError
from clustergraph.loaders.tabular import load_tables


def _problems(path: Path) -> list:
    with pytest.raises(DataError) as exc:
        load_tables(path)
    return exc.value.problems


def test_valid_dataset_loads(valid_dir: Path) -> None:
    result = load_tables(valid_dir)
    assert len(result.rows["organisations"]) == 11
    assert not result.problems and not result.skipped
    assert "https://example.org/news/lichtwerk-gold" in result.source_urls()
    assert result.manifest["https://example.org/news/go-test"]["title"] == "go-test programme"


def test_a_bad_date_names_file_line_column_value_and_expectation(dataset) -> None:
    d = dataset(posts=lambda t: t.replace("2022-01-01,,,bernd", "2022-13-01,,,bernd"))
    [p] = _problems(d)
    assert p.file.endswith("posts.csv") and p.line == 3 and p.column == "start"
    assert p.value == "2022-13-01" and "YYYY-MM-DD" in p.expected
    assert "posts.csv, line 3, column 'start'" in str(p)


def test_all_problems_of_all_files_are_reported(dataset) -> None:
    d = dataset(
        posts=lambda t: t.replace("2022-01-01,,,bernd", "soon,,,bernd").replace("2018-05", "May 2018"),
        counts=lambda t: t.replace("115,exact", "115+,exact"),
    )
    problems = _problems(d)
    assert {(Path(p.file).name, p.column) for p in problems} == {
        ("posts.csv", "start"),
        ("counts.csv", "value"),
    } and len(problems) == 3


def test_unknown_reference_suggests_near_ids(dataset) -> None:
    d = dataset(partnership_members=lambda t: t.replace("photon-bridge,saxtronic", "photon-bridge,saxtonic"))
    [p] = _problems(d)
    assert p.column == "organisation" and p.value == "saxtonic"
    assert "organisations.csv" in p.expected and "'saxtronic'" in p.expected


def test_missing_required_value_and_missing_sources(dataset) -> None:
    d = dataset(people=lambda t: t.replace(",,https://example.org/news/isar-med", ",,"))
    [p] = _problems(d)
    assert p.column == "sources" and "at least one page" in p.expected
    d = dataset(people=lambda t: t.replace("anna-beispiel,Anna Beispiel,", "anna-beispiel,,"))
    [p] = _problems(d)
    assert p.column == "name" and "required" in p.expected


def test_header_problems(dataset) -> None:
    d = dataset(people="id,name,nickname,sources\nx,X,Xy,https://example.org/a\n")
    [p] = _problems(d)
    assert p.line == 1 and p.column == "nickname" and "id, name, title" in p.expected
    d = dataset(people="id,title,sources\nx,Dr.,https://example.org/a\n")
    [p] = _problems(d)
    assert p.column == "name" and "required" in p.expected


def test_duplicate_ids(dataset) -> None:
    d = dataset(people=lambda t: t + "anna-beispiel,Anna B.,,,https://example.org/a\n")
    [p] = _problems(d)
    assert p.column == "id" and "line 2 has it already" in p.expected


def test_row_checks(dataset) -> None:
    d = dataset(
        label_awards=lambda t: t.replace(
            "isar-med,cluster-management-excellence,bronze", "isar-med,cluster-management-excellence,"
        ),
        posts=lambda t: t.replace("2015,2021-12-31", "2015,2014"),
    )
    problems = {(Path(p.file).name, p.column): p for p in _problems(d)}
    assert "a level" in problems[("label_awards.csv", "level")].expected
    assert "not before start" in problems[("posts.csv", "end")].expected


def test_ambiguous_alias_is_refused(dataset) -> None:
    d = dataset(reconciliation=lambda t: t + "Saxtronic Halbleiter,lichtwerk,alias,,wrong,\n")
    [p] = _problems(d)
    assert p.column == "name" and "'saxtronic'" in p.expected


def test_succession_must_point_at_one_post(dataset) -> None:
    d = dataset(posts=lambda t: t.replace("2022-01-01,,,bernd-muster", "2022-01-01,,,clara-probe"))
    [p] = _problems(d)
    assert p.column == "succeeds" and "found no" in p.expected


def test_unknown_table_and_missing_organisations(dataset) -> None:
    d = dataset(drop=("organisations",), clusters="a,b\n1,2\n")
    problems = _problems(d)
    assert any("clusters.csv" in p.value for p in problems)
    assert any("organisations.csv" in p.expected for p in problems)


def test_keep_going_skips_bad_rows_and_their_dependants(dataset) -> None:
    d = dataset(organisations=lambda t: t.replace("2000-05,microelectronics", "May 2000,microelectronics"))
    result = load_tables(d, keep_going=True)
    assert "saxtronic" not in {r["id"] for r in result.rows["organisations"]}
    skipped_files = {Path(s.file).name for s in result.skipped}
    # the organisation itself, and rows about it in other tables
    assert {"organisations.csv", "posts.csv", "label_awards.csv", "partnership_members.csv"} <= skipped_files
    assert not any(r["organisation"].id == "saxtronic" for r in result.rows["label_awards"])
    first = next(s for s in result.skipped if s.file.endswith("organisations.csv"))
    assert "founded" in str(first)


def test_binary_file(dataset) -> None:
    d = dataset()
    (d / "people.csv").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    [p] = _problems(d)
    assert "people.csv" in str(p) and "binary" in str(p)


def test_wrong_encoding_names_the_line_and_column(dataset) -> None:
    d = dataset()
    text = (d / "people.csv").read_text(encoding="utf-8")
    (d / "people.csv").write_bytes(text.replace("Dr.", "Dr. Müller").encode("latin-1"))
    [p] = _problems(d)
    assert re.search(r"people.csv, line 2, column \d+: byte 0xfc is not UTF-8", str(p))


def test_an_unreadable_file_does_not_hide_the_problems_of_the_others(dataset) -> None:
    d = dataset(organisations=lambda t: t.replace("lichtwerk,Lichtwerk Photonik,", "lichtwerk,,", 1))
    (d / "people.csv").write_bytes(
        (d / "people.csv").read_bytes() + "x,J\xfcrgen,,,https://e.org/a\n".encode("latin-1")
    )
    problems = _problems(d)
    assert {Path(p.file).name for p in problems} == {"people.csv", "organisations.csv"}


def test_empty_file(dataset) -> None:
    d = dataset(people="")
    [p] = _problems(d)
    assert p.line == 1 and "header row" in p.expected


def test_unclosed_quote_is_reported(dataset) -> None:
    d = dataset(people='id,name,title,note,sources\nx,"Unclosed,,,https://example.org/a\n')
    [p] = _problems(d)
    assert "people.csv, line 2" in str(p) and "never closed" in str(p)


def test_excel_tables_are_read_like_csv(dataset) -> None:
    openpyxl = pytest.importorskip("openpyxl")
    import csv

    d = dataset()
    wb = openpyxl.Workbook()
    ws = wb.active
    with open(d / "people.csv", encoding="utf-8") as fh:
        for row in csv.reader(fh):
            ws.append(row)
    wb.save(d / "people.xlsx")
    (d / "people.csv").unlink()
    result = load_tables(d)
    assert {r["id"] for r in result.rows["people"]} == {
        "anna-beispiel",
        "bernd-muster",
        "clara-probe",
        "david-test",
    }


def test_two_files_for_one_table(dataset) -> None:
    d = dataset()
    (d / "people.xlsx").write_bytes(b"")
    problems = _problems(d)
    assert any("one file per table" in p.expected for p in problems)


def test_sources_are_ids_or_addresses(valid_dir: Path) -> None:
    result = load_tables(valid_dir)
    [lichtwerk] = [r for r in result.rows["organisations"] if r["id"] == "lichtwerk"]
    profile, gold = "https://example.org/news/lichtwerk-profile", "https://example.org/news/lichtwerk-gold"
    assert lichtwerk["sources"] == [] and lichtwerk["cites"]["founded"] == (profile,)
    assert lichtwerk["cites"]["legal_name"] == (gold,) and "note" not in lichtwerk["cites"]
    assert lichtwerk["_pages"] == (profile, gold)
    [saxtronic] = [r for r in result.rows["organisations"] if r["id"] == "saxtronic"]
    assert saxtronic["sources"] == ["https://example.org/news/saxtronic"]


def test_each_fact_cites_the_pages_of_its_column(valid_dir: Path) -> None:
    result = load_tables(valid_dir)
    cited = {
        (t[1].rsplit("#", 1)[-1].rstrip(">"), facts)
        for t, facts, _pages in result.facts()
        if t[0].endswith("/org/lichtwerk>")
    }
    profile, gold = "https://example.org/news/lichtwerk-profile", "https://example.org/news/lichtwerk-gold"
    assert ("foundingDate", (profile,)) in cited and ("legalName", (gold,)) in cited
    assert ("comment", ()) in cited  # the note: no page is cited for it (record-level only)


@pytest.mark.parametrize(
    ("cites", "column", "expected"),
    [
        ("nickname: news-isar-med", "cites", "a column of people.csv"),
        ("name: news-isar-med; name: news-isar-med", "cites", "at most once"),
        ("name: news-isar-mde", "cites", "'news-isar-med'"),
        ("name news-isar-med", "cites", "groups 'column column: page | page'"),
    ],
)
def test_bad_cites_are_located(dataset, cites: str, column: str, expected: str) -> None:
    d = dataset(
        people=lambda t: t.replace("id,name,title,note,sources", "id,name,title,note,sources,cites").replace(
            ",,https://example.org/news/isar-med", f',,https://example.org/news/isar-med,"{cites}"'
        )
    )
    problems = _problems(d)
    assert [p.column for p in problems] == [column], problems
    assert expected in problems[0].expected and problems[0].file.endswith("people.csv")


def test_a_page_in_sources_and_context_is_refused(dataset) -> None:
    d = dataset(
        counts=lambda t: t.replace(
            "115,exact,2023,,https://example.org/news/lichtwerk-gold,,",
            "115,exact,2023,,https://example.org/news/lichtwerk-gold,,news-lichtwerk-gold",
        )
    )
    [p] = _problems(d)
    assert p.column == "context" and "not in sources or cites" in p.expected and p.line == 2


def test_duplicate_source_ids(dataset) -> None:
    d = dataset(sources=lambda t: t + "news-saxtronic,https://example.org/other,,,\n")
    [p] = _problems(d)
    assert p.file.endswith("sources.csv") and p.column == "id" and "unique" in p.expected
