"""The ontology (ontology/clustergraph.ttl) and the vocabularies (ontology/vocabularies.ttl).

Checks the versioned header, that every ``cg:`` term used anywhere in the project (ontology
files, shapes, examples, docs/model.md, the Python sources) is defined with a label and a
definition, that no term is punned, and that the controlled vocabularies match docs/model.md.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest
from rdflib import OWL, RDF, RDFS, SKOS, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS

ROOT = Path(__file__).resolve().parents[2]
ONTOLOGY_DIR = ROOT / "ontology"
ONTOLOGY_FILE = ONTOLOGY_DIR / "clustergraph.ttl"
VOCABULARIES_FILE = ONTOLOGY_DIR / "vocabularies.ttl"
MODEL_MD = ROOT / "docs" / "model.md"
SRC = ROOT / "src" / "clustergraph"
NAMESPACES_PY = SRC / "model" / "namespaces.py"

ONTOLOGY_IRI = URIRef("https://w3id.org/clustergraph/ontology")
CG_NS = "https://w3id.org/clustergraph/ontology#"
CGV_NS = "https://w3id.org/clustergraph/vocab/"
SH_SELECT = URIRef("http://www.w3.org/ns/shacl#select")
XSD_NS = "http://www.w3.org/2001/XMLSchema#"
VANN = Namespace("http://purl.org/vocab/vann/")
ORG = Namespace("http://www.w3.org/ns/org#")
TERM_TYPES = (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty)


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(ONTOLOGY_FILE)


@pytest.fixture(scope="module")
def vocabularies() -> Graph:
    return Graph().parse(VOCABULARIES_FILE)


def defined_terms(g: Graph) -> dict[str, set[URIRef]]:
    """cg: terms by their OWL type."""
    out: dict[str, set[URIRef]] = {}
    for t in TERM_TYPES:
        out[str(t)] = {s for s in g.subjects(RDF.type, t) if str(s).startswith(CG_NS)}
    return out


def namespace_module_terms() -> set[str]:
    """Names declared in the ``CG`` DefinedNamespace of src/clustergraph/model/namespaces.py."""
    if not NAMESPACES_PY.exists():
        return set()
    tree = ast.parse(NAMESPACES_PY.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ClassDef) and node.name == "CG":
            for item in node.body:
                if isinstance(item, ast.AnnAssign) and isinstance(item.target, ast.Name):
                    if not item.target.id.startswith("_"):
                        names.add(item.target.id)
                elif isinstance(item, ast.Assign | ast.AnnAssign):
                    target = item.targets[0] if isinstance(item, ast.Assign) else item.target
                    if isinstance(target, ast.Name) and target.id == "_extras" and item.value:
                        for elt in getattr(item.value, "elts", []):
                            if isinstance(elt, ast.Constant) and isinstance(elt.value, str):
                                names.add(elt.value)
    return names


def used_terms() -> dict[str, set[str]]:
    """Local names of cg: terms used anywhere, by where they were found."""
    found: dict[str, set[str]] = {}

    def add(name: str, where: str) -> None:
        found.setdefault(name, set()).add(where)

    cg_in_text = re.compile(r"(?<![\w-])cg:([A-Za-z_][A-Za-z0-9_]*)")
    for path in sorted(ONTOLOGY_DIR.rglob("*.ttl")):
        rel = str(path.relative_to(ROOT))
        g = Graph().parse(path)
        for triple in g:
            for term in triple:
                if isinstance(term, URIRef) and str(term).startswith(CG_NS):
                    add(str(term)[len(CG_NS) :], rel)
                elif isinstance(term, Literal) and (None, SH_SELECT, term) in g:
                    # SPARQL text in shapes (sh:select) uses the cg: prefix.
                    for name in cg_in_text.findall(str(term)):
                        add(name, rel)
    if MODEL_MD.exists():
        text = MODEL_MD.read_text(encoding="utf-8")
        for span in re.findall(r"`([^`\n]+)`", text):
            for name in cg_in_text.findall(span):
                add(name, "docs/model.md")
    if SRC.exists():
        # Code references CG.Term / CG["Term"] (parsed, so docstrings and comments do not count).
        for path in sorted(SRC.rglob("*.py")):
            rel = str(path.relative_to(ROOT))
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if (
                    isinstance(node, ast.Attribute)
                    and isinstance(node.value, ast.Name)
                    and node.value.id == "CG"
                    and not node.attr.startswith("_")
                ):
                    add(node.attr, rel)
                elif (
                    isinstance(node, ast.Subscript)
                    and isinstance(node.value, ast.Name)
                    and node.value.id == "CG"
                    and isinstance(node.slice, ast.Constant)
                    and isinstance(node.slice.value, str)
                ):
                    add(node.slice.value, rel)
        for name in namespace_module_terms():
            add(name, str(NAMESPACES_PY.relative_to(ROOT)))
    return found


def test_files_parse(ontology: Graph, vocabularies: Graph) -> None:
    assert len(ontology) > 100
    assert len(vocabularies) > 100


def test_header(ontology: Graph) -> None:
    assert (ONTOLOGY_IRI, RDF.type, OWL.Ontology) in ontology
    version_info = ontology.value(ONTOLOGY_IRI, OWL.versionInfo)
    version_iri = ontology.value(ONTOLOGY_IRI, OWL.versionIRI)
    assert version_info is not None, "owl:versionInfo missing"
    assert re.fullmatch(r"\d+\.\d+\.\d+", str(version_info)), "versionInfo is MAJOR.MINOR.PATCH"
    assert version_iri == URIRef(f"{ONTOLOGY_IRI}/{version_info}"), "versionIRI = {ontology}/{versionInfo}"
    for p in (
        DCTERMS.title,
        DCTERMS.description,
        DCTERMS.created,
        DCTERMS.modified,
        DCTERMS.license,
        DCTERMS.creator,
        SKOS.changeNote,
    ):
        assert ontology.value(ONTOLOGY_IRI, p) is not None, f"header lacks {p}"
    assert str(ontology.value(ONTOLOGY_IRI, VANN.preferredNamespacePrefix)) == "cg"
    assert str(ontology.value(ONTOLOGY_IRI, VANN.preferredNamespaceUri)) == CG_NS
    # A later version names its predecessor; the first one says it has none.
    prior = ontology.value(ONTOLOGY_IRI, OWL.priorVersion)
    if prior is None:
        assert version_info == Literal("0.1.0")
    # The changelog has an entry for this version.
    changelog = (ONTOLOGY_DIR / "CHANGELOG.md").read_text(encoding="utf-8")
    assert f"## {version_info}" in changelog, f"CHANGELOG.md has no '## {version_info}' entry"


def test_every_used_term_is_defined(ontology: Graph) -> None:
    defined = set().union(*defined_terms(ontology).values())
    missing = {
        name: sorted(where) for name, where in used_terms().items() if URIRef(CG_NS + name) not in defined
    }
    assert not missing, f"cg: terms used but not defined in ontology/clustergraph.ttl: {missing}"


def test_every_defined_term_is_documented(ontology: Graph) -> None:
    problems = []
    for terms in defined_terms(ontology).values():
        for term in sorted(terms):
            labels_en = [o for o in ontology.objects(term, RDFS.label) if o.language == "en"]
            defs_en = [o for o in ontology.objects(term, SKOS.definition) if o.language == "en"]
            if len(labels_en) != 1:
                problems.append(f"{term}: needs exactly one rdfs:label @en")
            if len(defs_en) != 1:
                problems.append(f"{term}: needs exactly one skos:definition @en")
            if (term, RDFS.isDefinedBy, ONTOLOGY_IRI) not in ontology:
                problems.append(f"{term}: needs rdfs:isDefinedBy <{ONTOLOGY_IRI}>")
    assert not problems, "\n".join(problems)


def test_no_undeclared_cg_subjects(ontology: Graph) -> None:
    """Every cg: IRI in the ontology file is declared with an OWL type (no dangling references)."""
    defined = set().union(*defined_terms(ontology).values())
    mentioned = {
        t for triple in ontology for t in triple if isinstance(t, URIRef) and str(t).startswith(CG_NS)
    }
    assert mentioned <= defined, sorted(mentioned - defined)


def test_no_punning(ontology: Graph) -> None:
    by_type = defined_terms(ontology)
    kinds = list(by_type.values())
    for i, a in enumerate(kinds):
        for b in kinds[i + 1 :]:
            assert not (a & b), f"terms with two OWL types: {sorted(a & b)}"
    # Naming: classes UpperCamelCase, properties lowerCamelCase.
    for term in by_type[str(OWL.Class)]:
        assert re.fullmatch(r"[A-Z][A-Za-z0-9]*", str(term)[len(CG_NS) :]), term
    for t in TERM_TYPES[1:]:
        for term in by_type[str(t)]:
            assert re.fullmatch(r"[a-z][A-Za-z0-9]*", str(term)[len(CG_NS) :]), term


def test_property_ranges(ontology: Graph) -> None:
    for p in ontology.subjects(RDF.type, OWL.DatatypeProperty):
        for r in ontology.objects(p, RDFS.range):
            assert r == RDFS.Literal or str(r).startswith(XSD_NS), f"{p}: range {r} is not a datatype"
    for p in ontology.subjects(RDF.type, OWL.ObjectProperty):
        for r in ontology.objects(p, RDFS.range):
            assert not (r == RDFS.Literal or str(r).startswith(XSD_NS)), f"{p}: literal range {r}"


def test_date_properties_document_their_datatypes(ontology: Graph) -> None:
    dates = [
        "foundingDate",
        "attestedOn",
        "awardDate",
        "validUntil",
        "admissionDate",
        "startDate",
        "endDate",
        "date",
        "observationDate",
    ]
    for name in ("sortDate", "sortEndDate"):  # one datatype (OWL 2 DL has no xsd:date: the shapes check it)
        term = URIRef(CG_NS + name)
        assert ontology.value(term, RDFS.range) == RDFS.Literal, name
        assert "xsd:date literals" in " ".join(str(c) for c in ontology.objects(term, RDFS.comment)), name
    for name in dates:
        term = URIRef(CG_NS + name)
        assert ontology.value(term, RDFS.range) == RDFS.Literal, name
        comments = " ".join(str(c) for c in ontology.objects(term, RDFS.comment))
        for dt in ("xsd:date", "xsd:gYearMonth", "xsd:gYear"):
            assert dt in comments, f"cg:{name}: rdfs:comment should name {dt}"


def test_namespace_module_matches_ontology(ontology: Graph) -> None:
    """src/clustergraph/model/namespaces.py (CG) lists exactly the ontology's current terms."""
    names = namespace_module_terms()
    if not names:
        pytest.skip("src/clustergraph/model/namespaces.py not written yet")
    current = {
        str(t)[len(CG_NS) :]
        for terms in defined_terms(ontology).values()
        for t in terms
        if (t, OWL.deprecated, Literal(True)) not in ontology
    }
    assert current <= names, f"terms missing from CG in namespaces.py: {sorted(current - names)}"


def test_concepts(vocabularies: Graph) -> None:
    problems = []
    schemes = set(vocabularies.subjects(RDF.type, SKOS.ConceptScheme))
    for c in sorted(vocabularies.subjects(RDF.type, SKOS.Concept)):
        labels = list(vocabularies.objects(c, SKOS.prefLabel))
        if not any(lbl.language == "en" for lbl in labels):
            problems.append(f"{c}: no skos:prefLabel @en")
        if not any(lbl.language == "de" for lbl in labels):
            problems.append(f"{c}: no skos:prefLabel @de")
        if not any(d.language == "en" for d in vocabularies.objects(c, SKOS.definition)):
            problems.append(f"{c}: no skos:definition @en")
        in_schemes = set(vocabularies.objects(c, SKOS.inScheme))
        if len(in_schemes) != 1 or not in_schemes <= schemes:
            problems.append(f"{c}: needs one skos:inScheme, a declared scheme")
            continue
        scheme = next(iter(in_schemes))
        m = re.fullmatch(re.escape(CGV_NS) + r"([a-z0-9-]+)/([a-z0-9-]+)", str(c))
        if not m or f"{CGV_NS}{m.group(1)}" != str(scheme):
            problems.append(f"{c}: IRI is not {{scheme IRI}}/{{code}}")
        for top in vocabularies.objects(c, SKOS.topConceptOf):
            if top != scheme or (scheme, SKOS.hasTopConcept, c) not in vocabularies:
                problems.append(f"{c}: skos:topConceptOf / hasTopConcept disagree")
    assert not problems, "\n".join(problems)


def test_schemes_have_titles(vocabularies: Graph) -> None:
    for s in vocabularies.subjects(RDF.type, SKOS.ConceptScheme):
        titles = list(vocabularies.objects(s, DCTERMS.title))
        assert any(t.language == "en" for t in titles), f"{s}: no dcterms:title @en"


def test_roles_and_levels(vocabularies: Graph) -> None:
    role_scheme = URIRef(CGV_NS + "role")
    for c in vocabularies.subjects(SKOS.inScheme, role_scheme):
        assert (c, RDF.type, ORG.Role) in vocabularies, f"{c} is not an org:Role"
    notations = {
        str(c).rsplit("/", 1)[1]: int(vocabularies.value(c, SKOS.notation))
        for c in vocabularies.subjects(SKOS.inScheme, URIRef(CGV_NS + "label-level"))
    }
    assert notations == {"bronze": 1, "silver": 2, "gold": 3}


def model_md_vocabularies() -> dict[str, set[str]]:
    """Codes per scheme as listed in docs/model.md ("Controlled vocabularies")."""
    text = MODEL_MD.read_text(encoding="utf-8")
    section = text.split("## Controlled vocabularies", 1)[1]
    out: dict[str, set[str]] = {}
    for m in re.finditer(r"^- `cgv:([a-z-]+)/`(.*)$", section, re.M):
        scheme, rest = m.group(1), m.group(2)
        rest = re.sub(r"\([^)]*\)", "", rest).strip().lstrip(":")
        codes = {part.strip().split()[0] for part in rest.split(",") if part.strip()}
        out[scheme] = codes
    counted = re.search(r"counted\*? \(`cgv:count-kind/\*`: ([^)]*)\)", text)
    assert counted, "docs/model.md: counts table lists the count kinds"
    out["count-kind"] = set(re.findall(r"`([a-z-]+)`", counted.group(1)))
    return out


def test_vocabularies_match_model_md(vocabularies: Graph) -> None:
    expected = model_md_vocabularies()
    assert set(expected) == {
        "label-level",
        "label-scheme",
        "organisation-type",
        "partnership-kind",
        "role",
        "participation-role",
        "programme-role",
        "count-kind",
        "qualifier",
    }
    for scheme, codes in expected.items():
        concepts = {
            str(c).rsplit("/", 1)[1] for c in vocabularies.subjects(SKOS.inScheme, URIRef(CGV_NS + scheme))
        }
        assert concepts == codes, f"{scheme}: model.md {sorted(codes)} vs vocabularies {sorted(concepts)}"
