"""The ontology is OWL 2 DL, and two reasoners classify it.

- ``scripts/owl-check`` (the OWL API's OWL2DLProfile, Debian's libowlapi-java) finds no violation
  in ``ontology/clustergraph.ttl`` alone, nor in it read with ``ontology/vocabularies.ttl`` as one
  document (as the store holds them in its ontology graph);
- ``scripts/owl-reason`` (HermiT and Pellet, the jars of the owlready2 wheel) finds that ontology
  consistent with no unsatisfiable class.

Each tool is also run on a made-up ontology (tests/data/owl/) that it must reject, so a tool that
reports nothing cannot pass. Java and the OWL API come from Debian (``make setup-test`` installs
``default-jdk-headless`` and ``libowlapi-java`` as root), owlready2 from the ``test`` extra. When
one is missing the tests skip, saying what to install; under ``CI=true`` they fail instead.
"""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
OWL_CHECK = ROOT / "scripts" / "owl-check"
OWL_REASON = ROOT / "scripts" / "owl-reason"
ONTOLOGY = ROOT / "ontology" / "clustergraph.ttl"
VOCABULARIES = ROOT / "ontology" / "vocabularies.ttl"
TEST_DATA = ROOT / "tests" / "data" / "owl"
OWLAPI_JAR = Path("/usr/share/java/owlapi-distribution.jar")
INSTALL = (
    "apt-get install default-jdk-headless libowlapi-java; pip install -e '.[test]' (or: make setup-test)"
)


def missing(what: str) -> None:
    """Skip (locally) or fail (in CI) because a tool is not installed."""
    message = f"{what} is not installed: {INSTALL}"
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(message)
    pytest.skip(message)


@pytest.fixture(scope="module")
def java() -> None:
    # The profile checker runs as a single Java source file, which needs a JDK (javac), not a JRE.
    if shutil.which("java") is None or shutil.which("javac") is None:
        missing("a JDK (java and javac)")


@pytest.fixture(scope="module")
def owlapi(java: None) -> None:
    if not OWLAPI_JAR.is_file():
        missing(f"the OWL API ({OWLAPI_JAR}, Debian package libowlapi-java)")


@pytest.fixture(scope="module")
def reasoners(java: None) -> None:
    if importlib.util.find_spec("owlready2") is None:
        missing("owlready2 (the HermiT and Pellet jars)")


def owl_check(*files: Path) -> tuple[int, str]:
    proc = subprocess.run(
        ["sh", str(OWL_CHECK), *map(str, files)], capture_output=True, text=True, timeout=300, check=False
    )
    assert proc.returncode in (0, 1), f"owl-check failed ({proc.returncode}):\n{proc.stdout}\n{proc.stderr}"
    return proc.returncode, proc.stdout


def violation_count(out: str) -> int:
    m = re.search(r"^owl2-dl-violations: (\d+)$", out, re.M)
    assert m, f"owl-check printed no count:\n{out}"
    return int(m.group(1))


def violation_kinds(out: str) -> dict[str, int]:
    return {m.group(1): int(m.group(2)) for m in re.finditer(r"^kind\t(\w+)\t(\d+)$", out, re.M)}


@pytest.mark.usefixtures("owlapi")
@pytest.mark.parametrize(
    "files", [(ONTOLOGY,), (ONTOLOGY, VOCABULARIES)], ids=["ontology", "ontology+vocabularies"]
)
def test_owl2_dl_profile(files: tuple[Path, ...]) -> None:
    rc, out = owl_check(*files)
    violations = [ln for ln in out.splitlines() if ln and not ln.startswith(("kind\t", "axioms:", "owl2-dl"))]
    assert violation_count(out) == 0, "OWL 2 DL violations:\n" + "\n".join(violations[:50])
    assert rc == 0
    # The document was read: the ontology's logical axioms are there.
    axioms = re.search(r"^axioms: (\d+), logical axioms: (\d+)$", out, re.M)
    assert axioms and int(axioms.group(2)) > 100, out


@pytest.mark.usefixtures("owlapi")
def test_profile_checker_reports_violations() -> None:
    rc, out = owl_check(TEST_DATA / "not-dl.ttl")
    assert rc == 1
    assert violation_kinds(out) == {
        "IllegalPunning": 2,
        "UseOfReservedVocabularyForClassIRI": 1,
        "UseOfUndeclaredClass": 1,
    }
    assert violation_count(out) == 4
    assert "rdf:Statement" in out


def owl_reason(*files: Path) -> tuple[int, dict[str, dict[str, object]]]:
    """Run scripts/owl-reason; results by reasoner: consistent, unsatisfiable classes, seconds."""
    proc = subprocess.run(
        [sys.executable, str(OWL_REASON), *map(str, files)],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert proc.returncode in (0, 1), f"owl-reason failed ({proc.returncode}):\n{proc.stdout}\n{proc.stderr}"
    results: dict[str, dict[str, object]] = {}
    current: dict[str, object] | None = None
    for line in proc.stdout.splitlines():
        m = re.fullmatch(r"(\w+): consistent=(yes|no) unsatisfiable=(\d+) seconds=([\d.]+)", line)
        if m:
            current = {"consistent": m.group(2) == "yes", "unsatisfiable": [], "count": int(m.group(3))}
            results[m.group(1)] = current
        elif line.startswith("    ") and current is not None:
            current["unsatisfiable"].append(line.strip())  # type: ignore[union-attr]
    assert set(results) == {"hermit", "pellet"}, proc.stdout
    return proc.returncode, results


@pytest.mark.usefixtures("reasoners")
def test_reasoners_classify_the_ontology() -> None:
    rc, results = owl_reason(ONTOLOGY, VOCABULARIES)
    for name, r in results.items():
        assert r["consistent"], f"{name}: the ontology is inconsistent"
        assert r["unsatisfiable"] == [], f"{name}: unsatisfiable classes {r['unsatisfiable']}"
    assert rc == 0


@pytest.mark.usefixtures("reasoners")
def test_reasoners_find_unsatisfiable_classes() -> None:
    rc, results = owl_reason(TEST_DATA / "unsatisfiable.ttl")
    assert rc == 1
    for name, r in results.items():
        assert r["consistent"], name
        names = sorted(str(u).rsplit("#", 1)[-1].rsplit(":", 1)[-1] for u in r["unsatisfiable"])  # type: ignore[union-attr]
        assert names == ["Both", "BothToo"], f"{name}: {r['unsatisfiable']}"


@pytest.mark.usefixtures("reasoners")
def test_reasoners_find_an_inconsistency() -> None:
    rc, results = owl_reason(TEST_DATA / "inconsistent.ttl")
    assert rc == 1
    for name, r in results.items():
        assert not r["consistent"], f"{name} found the inconsistent ontology consistent"
