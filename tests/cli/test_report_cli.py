"""``clustergraph load-report``: dry run, load, load again, remove-source, bad input (exit 2)."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from clustergraph.cli import main

REPORT = Path(__file__).resolve().parents[1] / "data" / "report_texts" / "seedlike-en.txt"
URL = "https://example.org/news/test-cluster-day-report"


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_dry_run_shows_facts_matches_and_review(graph_copy: Path) -> None:
    code, out, err = run("load-report", str(REPORT), "--store", str(graph_copy), "--dry-run",
                         "--source-url", URL)  # fmt: skip
    assert code == 0, err
    assert "(not loaded)" in out
    assert "event 'Test Cluster Day 2020' → Test Cluster Day 2020" in out  # matched, not duplicated
    assert "person 'Clara Probe' → Clara Probe" in out
    assert "new person <https://w3id.org/clustergraph/id/person/jonas-weber>" in out
    assert "person 'Anna Beispiel' → Anna Beispiel" in out  # a titled name: the person of the graph
    assert "review: topic 'regional value chains'" in out
    assert '"Press work in clusters"' in out and "cg:session" in out
    code, out, _ = run("sources", "--store", str(graph_copy), "--kind", "report")
    assert "0 source(s)" in out


def test_load_again_replaces_and_remove_source_removes(graph_copy: Path) -> None:
    args = (
        "load-report",
        str(REPORT),
        "--store",
        str(graph_copy),
        "--source-url",
        URL,
        "--no-record-aliases",
    )
    code, out, err = run(*args)
    assert code == 0, err
    first = int(out.split(": ", 1)[1].split(" facts")[0])
    code, out, err = run(*args)
    assert code == 0, err
    assert int(out.split(": ", 1)[1].split(" facts")[0]) == first
    code, out, _ = run("sources", "--store", str(graph_copy), "--kind", "report")
    assert URL in out and "1 source(s)" in out
    code, out, err = run("remove-source", URL, "--store", str(graph_copy))
    assert code == 0, err
    assert f"removed {URL}" in out
    code, out, _ = run("sources", "--store", str(graph_copy), "--kind", "report")
    assert "0 source(s)" in out


def test_bad_reports_exit_2_and_load_nothing(graph_copy: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_text(
        "Meldung\n\nDas Clustertreffen 2021 fand am 31. Februar 2021 in Jena statt.\n", encoding="utf-8"
    )
    code, _out, err = run("load-report", str(bad), "--store", str(graph_copy))
    assert code == 2
    assert "bad.txt, line 3" in err and "31. Februar 2021" in err and "nothing was loaded" in err
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    code, _out, err = run("load-report", str(empty), "--store", str(graph_copy))
    assert code == 2 and "empty" in err
    binary = tmp_path / "blob.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    code, _out, err = run("load-report", str(binary), "--store", str(graph_copy))
    assert code == 2 and "Traceback" not in err
