"""The SHACL shapes (ontology/shapes/) and their example data (ontology/examples/).

- every constraint-bearing shape has an sh:message; files are split by severity;
- every file in examples/valid/ conforms (no result at all, warnings included);
- every file in examples/invalid/ gives exactly the result listed for it in
  examples/invalid/expected.csv (file, severity, focus_node, result_path, source_shape,
  constraint_component) and nothing else.

Each example is validated together with ontology/clustergraph.ttl, ontology/vocabularies.ttl
and examples/background.ttl, with ``inference="none"``: as in the store, where the ontology
graph sits beside the data.
"""

from __future__ import annotations

import csv
import re
from collections import defaultdict
from pathlib import Path

import pytest
from pyshacl import validate
from rdflib import RDF, BNode, Graph, Namespace, URIRef

ROOT = Path(__file__).resolve().parents[2]
ONTOLOGY_DIR = ROOT / "ontology"
SHAPES_DIR = ONTOLOGY_DIR / "shapes"
EXAMPLES_DIR = ONTOLOGY_DIR / "examples"
EXPECTED_CSV = EXAMPLES_DIR / "invalid" / "expected.csv"
SH = Namespace("http://www.w3.org/ns/shacl#")
SHAPES_NS = "https://w3id.org/clustergraph/shapes#"

#: Parameters of SHACL core constraint components (sh:property is structure; sh:sparql is
#: checked on its SPARQLConstraint node).
CONSTRAINT_PARAMETERS = {
    SH[name]
    for name in (
        "class",
        "datatype",
        "nodeKind",
        "minCount",
        "maxCount",
        "minExclusive",
        "minInclusive",
        "maxExclusive",
        "maxInclusive",
        "minLength",
        "maxLength",
        "pattern",
        "languageIn",
        "uniqueLang",
        "equals",
        "disjoint",
        "lessThan",
        "lessThanOrEquals",
        "not",
        "and",
        "or",
        "xone",
        "node",
        "qualifiedValueShape",
        "closed",
        "hasValue",
        "in",
    )
}


def load_shapes(files: list[Path] | None = None) -> Graph:
    """All shapes files merged into one graph (the project's shapes graph)."""
    g = Graph()
    for path in files or sorted(SHAPES_DIR.glob("*.ttl")):
        g.parse(path)
    return g


def data_graph(example: Path) -> Graph:
    g = Graph()
    for path in (
        ONTOLOGY_DIR / "clustergraph.ttl",
        ONTOLOGY_DIR / "vocabularies.ttl",
        EXAMPLES_DIR / "background.ttl",
        example,
    ):
        g.parse(path)
    return g


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return load_shapes()


def nested_shapes(g: Graph) -> set:
    """Shapes used only as operands of sh:or/sh:and/sh:xone/sh:not/sh:qualifiedValueShape:
    their results are reported through the enclosing shape, whose message is used."""
    out = set()
    for p in (SH["or"], SH["and"], SH.xone):
        for lst in g.objects(None, p):
            out.update(g.items(lst))
    for p in (SH["not"], SH.qualifiedValueShape):
        out.update(g.objects(None, p))
    return out


def constraint_bearing(g: Graph) -> set:
    nested = nested_shapes(g)
    return {s for p in CONSTRAINT_PARAMETERS for s in g.subjects(p, None)} - nested


def severity(g: Graph, shape) -> URIRef:
    return g.value(shape, SH.severity) or SH.Violation


def test_shapes_parse(shapes: Graph) -> None:
    assert len(shapes) > 200
    for s in set(shapes.subjects(RDF.type, SH.NodeShape)) | set(shapes.subjects(RDF.type, SH.PropertyShape)):
        if isinstance(s, URIRef):
            assert str(s).startswith(SHAPES_NS), f"shape IRI outside {SHAPES_NS}: {s}"


def test_every_constraint_has_a_message(shapes: Graph) -> None:
    missing = []
    for s in constraint_bearing(shapes):
        if shapes.value(s, SH.message) is None:
            missing.append(f"{s} (path {shapes.value(s, SH.path)})")
    for shape, sparql in shapes.subject_objects(SH.sparql):
        if shapes.value(sparql, SH.message) is None and shapes.value(shape, SH.message) is None:
            missing.append(f"SPARQL constraint of {shape}")
    assert not missing, "constraints without sh:message:\n" + "\n".join(sorted(missing))


@pytest.mark.parametrize("path", sorted(SHAPES_DIR.glob("*.ttl")), ids=lambda p: p.name)
def test_shapes_split_by_severity(path: Path) -> None:
    assert re.fullmatch(r"(violations-[a-z-]+|warnings)\.ttl", path.name), path.name
    wanted = SH.Warning if path.name == "warnings.ttl" else SH.Violation
    g = load_shapes([path])
    # Nested operands whose lists live in this file are exempt; named helpers used from
    # another file are checked in that file's graph too, which is fine: they carry no severity.
    shapes = constraint_bearing(g) | set(g.subjects(SH.sparql, None))
    wrong = [f"{s}: {severity(g, s)}" for s in shapes if severity(g, s) != wanted]
    assert not wrong, f"{path.name} holds shapes of another severity:\n" + "\n".join(wrong)


def results(shapes: Graph, example: Path) -> list[tuple[str, str, str, str, str, str]]:
    conforms, report, _ = validate(
        data_graph(example), shacl_graph=shapes, inference="none", allow_warnings=False
    )
    out = []
    for r in report.objects(None, SH.result):  # top-level results only, not sh:detail
        shape = report.value(r, SH.sourceShape)
        if isinstance(shape, BNode):  # a blank property shape: name it by its node shape
            shape = shapes.value(None, SH.property, shape) or shape
        path = report.value(r, SH.resultPath)
        out.append(
            (
                example.name,
                str(report.value(r, SH.resultSeverity)).rsplit("#", 1)[1],
                str(report.value(r, SH.focusNode)),
                str(path) if isinstance(path, URIRef) else "",
                str(shape),
                str(report.value(r, SH.sourceConstraintComponent)).rsplit("#", 1)[1],
            )
        )
    assert conforms == (not out)
    return sorted(out)


VALID = sorted((EXAMPLES_DIR / "valid").glob("*.ttl"))
INVALID = sorted((EXAMPLES_DIR / "invalid").glob("*.ttl"))


def expected_results() -> dict[str, list[tuple[str, ...]]]:
    out: dict[str, list[tuple[str, ...]]] = defaultdict(list)
    with EXPECTED_CSV.open(newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            out[row["file"]].append(
                (
                    row["file"],
                    row["severity"],
                    row["focus_node"],
                    row["result_path"],
                    row["source_shape"],
                    row["constraint_component"],
                )
            )
    return out


def test_background_conforms(shapes: Graph) -> None:
    assert results(shapes, ONTOLOGY_DIR / "vocabularies.ttl") == []


@pytest.mark.parametrize("example", VALID, ids=lambda p: p.name)
def test_valid_example_conforms(shapes: Graph, example: Path) -> None:
    assert results(shapes, example) == []


def test_invalid_examples_are_listed() -> None:
    expected = expected_results()
    names = {p.name for p in INVALID}
    assert names == set(expected), (
        f"not in expected.csv: {sorted(names - set(expected))}; no such file: {sorted(set(expected) - names)}"
    )
    for name in names:
        assert re.fullmatch(r"[a-z-]+--[a-z0-9-]+\.ttl", name), f"{name}: name it {{what}}--{{reason}}.ttl"
    assert sum(1 for rows in expected.values() for r in rows if r[1] == "Violation") >= 10


@pytest.mark.parametrize("example", INVALID, ids=lambda p: p.name)
def test_invalid_example_fails_for_its_reason(shapes: Graph, example: Path) -> None:
    assert results(shapes, example) == sorted(expected_results()[example.name])
