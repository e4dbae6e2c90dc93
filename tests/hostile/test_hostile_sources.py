"""Hostile profile texts, RDF files and arguments for ``load-profile`` and ``import``."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from harness import CORPUS, cli

PROFILES = CORPUS / "profiles"
RDF = CORPUS / "rdf"

# (file in tests/data/hostile/profiles, where, what the message must say)
PROFILE_CASES = [
    ("rlo-in-name.txt", "line 3", "U+202E RIGHT-TO-LEFT OVERRIDE"),
    ("zero-width-cluster.txt", "line 5", "U+200B ZERO WIDTH SPACE"),
    ("escape-in-function.txt", "line 4", "U+001B"),
    ("bad-source-line.txt", "line 1", "a web address starting with http:// or https://"),
]


@pytest.mark.parametrize(("name", "where", "says"), PROFILE_CASES, ids=[c[0] for c in PROFILE_CASES])
def test_bad_profiles_are_refused_at_their_line(
    name: str, where: str, says: str, data: Path, store: Path, unchanged
) -> None:
    r = cli("load-profile", PROFILES / name, "--store", store, "--data", data)
    assert r.code == 2, r.text
    assert f"{name}, {where}" in r.err and says in r.err, r.err
    assert "\x1b" not in r.text and "\u202e" not in r.text
    unchanged()


def test_a_cluster_website_of_another_organisation_warns(data: Path, store: Path) -> None:
    r = cli(
        "load-profile", PROFILES / "website-of-another.txt", "--store", store, "--data", data, "--no-validate"
    )
    assert r.code == 0, r.text
    assert "website-of-another.txt, line 5: the cluster 'Lichtwerk Photonik' is attached to" in r.err
    assert "is that of Saxtronic Halbleiter" in r.err


def test_nul_late_in_a_profile(tmp_path: Path, data: Path, store: Path, unchanged) -> None:
    text = (PROFILES / "zero-width-cluster.txt").read_text(encoding="utf-8").replace("\u200b", "")
    path = tmp_path / "nul.txt"
    path.write_text(text + "x" * 9000 + "\x00 hidden\n", encoding="utf-8")
    r = cli("load-profile", path, "--store", store, "--data", data)
    assert r.code == 2 and "nul.txt, line 9" in r.err and "U+0000" in r.err and "column 9001" in r.err
    unchanged()


@pytest.mark.parametrize(
    ("token", "size"),
    [("A", 20_000), ("1", 20_000), ("A-", 10_000), (" ", 20_000), ("word ", 2_000_000), ("A", 10_000_000)],
    ids=["letters-20k", "digits-20k", "hyphens-20k", "blanks-20k", "words-10mb", "letters-10mb"],
)
def test_long_tokens_take_linear_time(
    token: str, size: int, tmp_path: Path, data: Path, store: Path, unchanged
) -> None:
    """One pattern took 13 s on a 20 KB token and never ended on 10 MB; now each is a plain read."""
    head = "Name: Ida Neu\nFunktion: Clustermanagerin " + token * 50 + "x\nCluster: Lichtwerk Photonik\n\n"
    path = tmp_path / "long.txt"
    path.write_text(head + token * (size // len(token)) + "\n", encoding="utf-8")
    r = cli("load-profile", path, "--store", store, "--data", data, "--dry-run", "--no-validate")
    assert r.code in (0, 2), r.text[-2000:]
    unchanged()


def test_a_fifo_given_as_a_profile(tmp_path: Path, data: Path, store: Path, unchanged) -> None:
    os.mkfifo(tmp_path / "pipe.txt")
    r = cli("load-profile", tmp_path / "pipe.txt", "--store", store, "--data", data)
    assert r.code == 2 and "pipe.txt: is a FIFO (named pipe)" in r.err, r.text
    unchanged()


@pytest.mark.parametrize(
    "url",
    [
        "javascript:alert(1)",
        "https://exa mple.org/a",
        "https://example.org/\u202egpj.exe",
        "ftp://example.org/a",
        "https://",
        "https://example.org:99999/",
    ],
    ids=["javascript", "blank", "bidi", "ftp", "no-host", "bad-port"],
)
def test_source_url_is_checked_as_an_argument(url: str, data: Path, store: Path, unchanged) -> None:
    profile = CORPUS.parent / "profiles" / "lichtwerk-de.txt"
    r = cli("load-profile", profile, "--source-url", url, "--store", store, "--data", data)
    assert r.code == 2 and "--source-url" in r.err and "not a web address" in r.err, r.text
    assert "\u202e" not in r.text
    unchanged()


# (file in tests/data/hostile/rdf, where, what the message must say)
RDF_CASES = [
    (
        "sameas-distinct.ttl",
        "line 6",
        "a reviewed decision (reconciliation.csv, 'distinct') keeps them apart",
    ),
    ("sameas-chain.ttl", "line 6", "a reviewed decision (reconciliation.csv, 'distinct') keeps them apart"),
    ("build-graph.ttl", "line 6", "no statement about the graph's own sources, builds or imports"),
    ("import-activity.ttl", "line 6", "no statement about the graph's own sources, builds or imports"),
    ("rlo-name-escaped.ttl", "rlo-name-escaped.ttl:", "U+202E"),
    ("zero-width-name.ttl", "line 7", "U+200B ZERO WIDTH SPACE"),
    ("escape-literal.nt", "escape-literal.nt:", "U+001B"),
    ("broken.ttl", "line 6", "broken Turtle"),
]


@pytest.mark.parametrize(("name", "where", "says"), RDF_CASES, ids=[c[0] for c in RDF_CASES])
def test_bad_rdf_files_are_refused(
    name: str, where: str, says: str, data: Path, store: Path, unchanged
) -> None:
    r = cli("import", RDF / name, "--store", store, "--data", data)
    assert r.code == 2, r.text
    assert name in r.err and where in r.err and says in r.err, r.err
    assert "\x1b" not in r.text and "\u202e" not in r.text
    unchanged()


def test_an_import_cannot_change_the_provenance(tmp_path: Path, data: Path, store: Path, unchanged) -> None:
    from clustergraph.graph.sources import entity_pages, list_sources
    from clustergraph.graph.store import GraphStore

    gs = GraphStore.open(store)
    record = "https://w3id.org/clustergraph/id/record/organisations/lichtwerk"
    path = tmp_path / "retitle.ttl"
    path.write_text(
        f"<{record}> <https://w3id.org/clustergraph/ontology#recordSource> <https://evil.example/> .\n",
        encoding="utf-8",
    )
    r = cli("import", path, "--store", store, "--data", data)
    assert r.code == 2 and "retitle.ttl, line 1" in r.err and "cannot change those of another source" in r.err
    unchanged()
    # a page's title can be stated by an import (a fact about a web page), but the sources and the
    # maps show the manifest's titles, which live in the provenance graph
    page = next(s for s in list_sources(gs) if s.kind == "table" and s.title)
    del gs
    path.write_text(f'<{page.address}> <http://purl.org/dc/terms/title> "Forged title" .\n', encoding="utf-8")
    assert cli("import", path, "--store", store, "--data", data).code == 0
    gs = GraphStore.open(store)
    assert next(s for s in list_sources(gs) if s.address == page.address).title == page.title
    shown = {
        t
        for pages in entity_pages(gs, ["https://w3id.org/clustergraph/id/org/lichtwerk"]).values()
        for _a, t in pages
    }
    assert "Forged title" not in shown


def _jsonld_literal(size: int) -> bytes:
    return ('{"@id": "http://example.net/a", "http://example.net/p": "' + "x" * size + '"}').encode()


def _jsonld_nested(depth: int) -> bytes:
    return ('{"@id": "http://example.net/a", "http://example.net/p": ' * depth + '"x"' + "}" * depth).encode()


def _rdfxml_nested(depth: int) -> bytes:
    return (
        '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:e="http://example.net/">\n'
        + "<rdf:Description><e:p>" * depth
        + "</e:p></rdf:Description>" * depth
        + "</rdf:RDF>\n"
    ).encode()


# (file name, bytes, what the message must say)
GENERATED_RDF = [
    ("big-literal.jsonld", lambda: _jsonld_literal(10_000_000), "too large for the JSON-LD parser"),
    ("deep.jsonld", lambda: _jsonld_nested(5_000), "nested more than 500 levels deep"),
    ("deep.rdf", lambda: _rdfxml_nested(100_000), "line 2, column "),
    ("binary.ttl", lambda: b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 10, "this is a binary file"),
    ("utf16.ttl", lambda: (RDF / "broken.ttl").read_text().encode("utf-16"), "UTF-16 text"),
    (
        "latin1.ttl",
        lambda: '<http://e.net/a> <http://e.net/p> "J\xfcrgen" .\n'.encode("latin-1"),
        "line 1, column 37",
    ),
    (
        "nul-late.nt",
        lambda: (
            b'<http://e.net/a> <http://e.net/p> "x" .\n' * 300
            + b'<http://e.net/a> <http://e.net/p> "a\x00b" .\n'
        ),
        "U+0000",
    ),
]


@pytest.mark.parametrize(("name", "make", "says"), GENERATED_RDF, ids=[c[0] for c in GENERATED_RDF])
def test_generated_rdf_gets_a_located_error(
    name: str, make, says: str, tmp_path: Path, data: Path, store: Path, unchanged
) -> None:
    path = tmp_path / name
    path.write_bytes(make())
    r = cli("import", path, "--store", store, "--data", data)
    assert r.code == 2, r.text[-2000:]
    assert name in r.err and says in r.err, r.err[-2000:]
    unchanged()


@pytest.mark.parametrize(
    ("open_", "close", "depth", "code"),
    [
        ("[ <http://example.net/p> ", " ]", 400, 0),
        ("[ <http://example.net/p> ", " ]", 100_000, 2),
        ("( ", " )", 1_000_000, 2),
    ],
    ids=["blank-nodes-400", "blank-nodes-100k", "collections-1m"],
)
def test_deep_turtle(
    open_: str, close: str, depth: int, code: int, tmp_path: Path, data: Path, store: Path
) -> None:
    """Nesting is refused past 500 levels, with its place; a 10 MB file of it made 5M statements."""
    path = tmp_path / "deep.ttl"
    path.write_text(
        "<http://example.net/a> <http://example.net/p> " + open_ * depth + '"x"' + close * depth + " .\n",
        encoding="utf-8",
    )
    r = cli("import", path, "--store", store, "--data", data, "--no-validate")
    assert r.code == code, r.text[-2000:]
    if code == 2:
        assert "deep.ttl, line 1, column" in r.err and "nested more than 500 levels deep" in r.err


@pytest.mark.parametrize("kind", ["fifo", "deep-jsonld", "dangling"])
def test_validate_files_refuses_hostile_files(kind: str, tmp_path: Path) -> None:
    path = tmp_path / ("x.jsonld" if kind == "deep-jsonld" else "x.ttl")
    if kind == "fifo":
        os.mkfifo(path)
    elif kind == "dangling":
        path.symlink_to(tmp_path / "gone.ttl")
    else:
        path.write_bytes(_jsonld_nested(3_000))
    r = cli("validate", path)
    assert r.code == 2 and str(path) in r.err, r.text
    assert {"fifo": "is a FIFO", "dangling": "a dangling link", "deep-jsonld": "not readable"}[kind] in r.err
