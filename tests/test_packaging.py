"""What the package ships: the wheel's files and metadata, the versions, the licences."""

from __future__ import annotations

import re
import subprocess
import sys
import zipfile
from email.parser import Parser
from pathlib import Path

import pytest
import rdflib
from click.testing import CliRunner

from clustergraph._version import __version__
from clustergraph.cli import main
from clustergraph.graph.describe import ontology_version, read_metadata
from clustergraph.model.locations import packaged_data_dir

ROOT = Path(__file__).parents[1]


def test_version_names_the_package_the_ontology_and_the_default_data() -> None:
    result = CliRunner().invoke(main, ["--version"])
    assert result.exit_code == 0
    graph = rdflib.Graph().parse(ROOT / "ontology" / "clustergraph.ttl")
    info = graph.value(rdflib.URIRef("https://w3id.org/clustergraph/ontology"), rdflib.OWL.versionInfo)
    data = read_metadata(packaged_data_dir()).version
    assert ontology_version() == str(info)
    assert result.output == f"clustergraph {__version__} (ontology {info}, default data {data})\n"


def test_the_licences_and_the_changelog_are_there() -> None:
    assert (ROOT / "LICENSE").read_text(encoding="utf-8").startswith("MIT License")
    data_licence = (ROOT / "data" / "LICENSE.md").read_text(encoding="utf-8")
    for needle in ("CC BY 4.0", "creativecommons.org/licenses/by/4.0", "GeoNames", "Eurostat", "2026"):
        assert needle in data_licence
    meta = read_metadata(ROOT / "data")
    assert meta.license == "https://creativecommons.org/licenses/by/4.0/" and meta.retrieved and meta.version
    changelog = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    assert f"## {__version__}" in changelog


@pytest.mark.slow
def test_the_wheel_ships_the_data_the_ontology_the_context_and_the_metadata(tmp_path: Path) -> None:
    """Built offline with hatchling (the test extra), as a release would be."""
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            str(ROOT),
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(tmp_path),
        ],
        check=True,
        capture_output=True,
        timeout=600,
    )
    (wheel,) = tmp_path.glob("clustergraph-*.whl")
    assert wheel.name == f"clustergraph-{__version__}-py3-none-any.whl"
    with zipfile.ZipFile(wheel) as zf:
        names = set(zf.namelist())
        dist = f"clustergraph-{__version__}.dist-info"
        metadata = Parser().parsestr(zf.read(f"{dist}/METADATA").decode("utf-8"))
    shipped_data = {
        p.relative_to(ROOT / "data").as_posix() for p in (ROOT / "data").rglob("*") if p.is_file()
    }
    assert {f"clustergraph/_data/{n}" for n in shipped_data} <= names
    for name in ("organisations.csv", "sources.csv", "dataset.toml", "LICENSE.md"):
        assert f"clustergraph/_data/{name}" in names
    assert "clustergraph/_ontology/clustergraph.ttl" in names
    assert "clustergraph/model/context.jsonld" in names
    assert any(n.startswith("clustergraph/sparql/queries/") and n.endswith(".rq") for n in names)
    assert {f"{dist}/licenses/LICENSE", f"{dist}/licenses/data/LICENSE.md"} <= names
    assert metadata["License-Expression"] == "MIT AND CC-BY-4.0"
    assert metadata["Version"] == __version__
    urls = metadata.get_all("Project-URL") or []
    assert any(re.match(r"Homepage, https://", u) for u in urls)
    classifiers = metadata.get_all("Classifier") or []
    assert "Programming Language :: Python :: 3.11" in classifiers
    assert "Intended Audience :: Science/Research" in classifiers
