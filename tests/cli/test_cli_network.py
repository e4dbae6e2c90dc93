"""The network commands: analyze, recommend, export-network."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from click.testing import CliRunner

from clustergraph.cli import main


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_analyze_table(built: Path) -> None:
    code, out, _ = run("analyze", "--store", str(built))
    assert code == 0
    assert out.startswith("Co-partnership network: 7 organisations, 7 ties")
    for title in ("Top brokers", "Communities", "Regions", "Regional partnership matrix"):
        assert title in out
    assert "Saxtronic Halbleiter" in out


def test_analyze_json_and_csv(built: Path) -> None:
    code, out, _ = run(
        "analyze", "--store", str(built), "--format", "json", "--section", "summary", "--section", "nodes"
    )
    assert code == 0
    doc = json.loads(out)
    assert doc["summary"]["nodes"] == 7 and doc["summary"]["components"] == 2
    assert len(doc["nodes"]) == 7 and {"betweenness", "community", "pagerank"} <= set(doc["nodes"][0])
    code, out, _ = run("analyze", "--store", str(built), "--format", "csv", "--section", "regions")
    assert code == 0
    assert out.splitlines()[0] == "region,name,organisations,internal,external,intra_share,ei_index"


def test_analyze_filters_and_bad_period(built: Path) -> None:
    code, out, _ = run(
        "analyze", "--store", str(built), "--kind", "bilateral", "--format", "json", "--section", "summary"
    )
    assert code == 0 and json.loads(out)["summary"]["edges"] == 1
    code, _, err = run("analyze", "--store", str(built), "--period", "soon")
    assert code == 2 and "expected START:END" in err


def test_analyze_write_and_export(built: Path, tmp_path: Path) -> None:
    location = tmp_path / "graph"
    shutil.copytree(built, location)
    gexf = tmp_path / "net.gexf"
    code, _, err = run(
        "analyze", "--store", str(location), "--write", "--export", str(gexf), "--section", "summary"
    )
    assert code == 0, err
    assert "graph/analysis/" in err and gexf.is_file()
    code, out, _ = run(
        "query",
        "--store",
        str(location),
        "--format",
        "csv",
        "SELECT (COUNT(DISTINCT ?o) AS ?n) WHERE { ?o cg:betweennessCentrality ?b }",
    )
    assert code == 0 and out.splitlines()[1] == "7"


def test_recommend(built: Path) -> None:
    code, out, _ = run("recommend", "Lichtwerk", "--store", str(built))
    assert code == 0
    assert out.startswith("Partners for Lichtwerk Photonik")
    assert " 1. " in out
    code, out, _ = run("recommend", "lichtwerk", "--store", str(built), "--format", "json")
    doc = json.loads(out)
    assert doc["organisation"].endswith("/org/lichtwerk") and doc["candidates"][0]["explanation"]


def test_recommend_same_ranking_in_either_language(built: Path) -> None:
    """--lang changes the words of the reasons, not the ranking: the reasons name the partnerships."""
    docs = {}
    for lang in ("en", "de"):
        code, out, _ = run(
            "recommend", "Lichtwerk", "--store", str(built), "--format", "json", "--lang", lang
        )
        assert code == 0
        docs[lang] = json.loads(out)["candidates"]
    assert [(c["node"], c["score"]) for c in docs["en"]] == [(c["node"], c["score"]) for c in docs["de"]]
    fits = [c for c in docs["en"] if c["partnership_fit"] > 0]
    assert fits, docs["en"]
    assert all("partnership" in c["explanation"] for c in fits if c["fits_theirs"] or c["fits_yours"])
    assert all("Partnerschaft" in c["explanation"] for c in docs["de"] if c["fits_theirs"] or c["fits_yours"])


def test_recommend_unknown_name(built: Path) -> None:
    code, _, err = run("recommend", "Isar Medtech", "--store", str(built))
    assert code == 2
    assert "near matches" in err and "isar-med" in err
    code, _, err = run("recommend", "Atlantis Quantum", "--store", str(built))
    assert code == 2 and "matches no organisation" in err


def test_export_network(built: Path, tmp_path: Path) -> None:
    for projection in (
        "co-partnership",
        "organisation-partnership",
        "region",
        "cluster-industry",
        "person-organisation",
    ):
        out_file = tmp_path / f"{projection}.graphml"
        code, out, _ = run(
            "export-network", "--store", str(built), "--projection", projection, "-o", str(out_file)
        )
        assert code == 0 and out_file.is_file() and projection in out
