"""The command line: output a person can read, exit codes that mean something."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from clustergraph.cli import main


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_build_prints_the_summary(dataset, tmp_path: Path) -> None:
    code, out, err = run("build", "--data", str(dataset()), "--store", str(tmp_path / "g"))
    assert code == 0, err
    for text in (
        "Entities",
        "organisations",
        "Label awards by level",
        "Organisations by Land",
        "Thüringen",
        "Validation: conforms",
        "Stored in:",
        "Build time:",
    ):
        assert text in out
    assert "reading" in err  # progress goes to stderr


def test_build_with_bad_data_exits_2_and_names_every_problem(dataset, tmp_path: Path) -> None:
    d = dataset(
        posts=lambda t: t.replace("2018-05", "Mai 2018"),
        counts=lambda t: t.replace("350,about", "350,roughly"),
    )
    code, _out, err = run("build", "--data", str(d), "--store", str(tmp_path / "g"))
    assert code == 2
    assert "posts.csv, line 6, column 'start': got 'Mai 2018'" in err
    assert "counts.csv, line 4, column 'qualifier': got 'roughly', expected one of: exact" in err
    assert "nothing was written" in err
    assert not (tmp_path / "g" / "CURRENT").exists()


def test_keep_going_lists_skipped_rows(dataset, tmp_path: Path) -> None:
    d = dataset(posts=lambda t: t.replace("2018-05", "Mai 2018"))
    code, _out, err = run("build", "--data", str(d), "--store", str(tmp_path / "g"), "--keep-going")
    assert code == 0
    assert "skipped 1 row(s)" in err and "posts.csv, line 6" in err


def test_build_json(dataset, tmp_path: Path) -> None:
    code, out, _ = run(
        "build", "--data", str(dataset()), "--store", str(tmp_path / "g"), "--json", "--no-validate"
    )
    assert code == 0
    info = json.loads(out)
    assert info["published"] and info["summary"]["entities"]["people"] == 4
    assert info["validation"] is None


def test_validate_stats_export(built: Path, tmp_path: Path) -> None:
    code, out, _ = run("validate", "--store", str(built))
    assert code == 0 and out.startswith("conforms")
    code, out, _ = run("stats", "--store", str(built), "--json")
    assert code == 0 and json.loads(out)["summary"]["entities"]["organisations"] == 11
    code, out, _ = run("stats", "--store", str(built))
    assert code == 0 and "Organisations by country" in out
    target = tmp_path / "g.ttl"
    code, out, _ = run("export", "--store", str(built), "--format", "turtle", "-o", str(target))
    assert code == 0 and target.stat().st_size > 1000 and "statements" in out


def test_validate_files_exit_1_on_violations(tmp_path: Path) -> None:
    bad = tmp_path / "bad.ttl"
    bad.write_text("""
        @prefix cg: <https://w3id.org/clustergraph/ontology#> .
        @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
        <https://w3id.org/clustergraph/id/org/x> a cg:Organisation .
    """)
    code, out, _ = run("validate", str(bad))
    assert code == 1
    assert "does NOT conform" in out and "cgd:org/x" in out


def test_missing_build_and_broken_file_exit_2(tmp_path: Path) -> None:
    code, _, err = run("stats", "--store", str(tmp_path / "none"))
    assert code == 2 and "clustergraph build" in err
    broken = tmp_path / "broken.ttl"
    broken.write_text("<a> <b> .")
    code, _, err = run("validate", str(broken))
    assert code == 2 and "broken.ttl" in err
    code, _, err = run("validate", str(tmp_path / "missing.ttl"))
    assert code == 2
