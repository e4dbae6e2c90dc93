"""The ontology's HTML documentation (scripts/ontology-docs, pyLODE 3.3.4).

Generates the page into a temporary directory and checks that each heading holds one label (the
English one; the German one is in a row of its own), that anchors are the IRIs' local names, that
the SKOS vocabularies are on the page, that every link inside the page has its target, and that
the page loads nothing from elsewhere.
"""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

import pytest
from rdflib import OWL, RDF, RDFS, SKOS, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "scripts" / "ontology-docs"
ONTOLOGY_FILE = ROOT / "ontology" / "clustergraph.ttl"
VOCABULARIES_FILE = ROOT / "ontology" / "vocabularies.ttl"
CG = "https://w3id.org/clustergraph/ontology#"
BASE = "https://w3id.org/clustergraph/"
TERM_TYPES = (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty)


@dataclass
class Page:
    """What the checks need from the HTML: headings, entities, ids, links and loaded resources."""

    headings: list[str] = field(default_factory=list)
    entity_heading: dict[str, str] = field(default_factory=dict)  # entity div id -> its h3 text
    entity_rows: dict[str, dict[str, str]] = field(default_factory=dict)  # id -> {row header: text}
    ids: set[str] = field(default_factory=set)
    local_links: list[str] = field(default_factory=list)
    resources: list[tuple[str, str]] = field(default_factory=list)  # (tag, address) loaded by the page
    styles: list[str] = field(default_factory=list)


class Collector(HTMLParser):
    """Reads the page into a Page (text of sup elements, the kind marks, left out of headings)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.page = Page()
        self.heading: list[str] | None = None
        self.in_sup = 0
        self.entity: str | None = None
        self.cell: list[str] | None = None
        self.row_header: str | None = None
        self.in_style = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if "id" in a:
            self.page.ids.add(a["id"])
        if tag == "div" and "entity" in a.get("class", "").split() and "id" in a:
            self.entity = a["id"]
            self.page.entity_rows[self.entity] = {}
        if tag in ("h1", "h2", "h3", "h4"):
            self.heading = []
        elif tag == "sup":
            self.in_sup += 1
        elif tag in ("th", "td"):
            self.cell = []
        elif tag == "style":
            self.in_style = True
        if tag == "a" and a.get("href", "").startswith("#"):
            self.page.local_links.append(a["href"][1:])
        if tag in ("script", "img", "iframe", "embed", "audio", "video", "source") and a.get("src"):
            self.page.resources.append((tag, a["src"]))
        if tag == "link" and a.get("href"):
            self.page.resources.append((tag, a["href"]))

    def handle_endtag(self, tag: str) -> None:
        if tag in ("h1", "h2", "h3", "h4") and self.heading is not None:
            text = " ".join("".join(self.heading).split())
            self.page.headings.append(text)
            if tag == "h3" and self.entity is not None and self.entity not in self.page.entity_heading:
                self.page.entity_heading[self.entity] = text
            self.heading = None
        elif tag == "sup":
            self.in_sup -= 1
        elif tag == "th" and self.cell is not None:
            self.row_header = " ".join("".join(self.cell).split())
            self.cell = None
        elif tag == "td" and self.cell is not None:
            if self.entity is not None and self.row_header is not None:
                self.page.entity_rows[self.entity][self.row_header] = " ".join("".join(self.cell).split())
            self.cell = None
        elif tag == "style":
            self.in_style = False

    def handle_data(self, data: str) -> None:
        if self.heading is not None and not self.in_sup:
            self.heading.append(data)
        if self.cell is not None:
            self.cell.append(data)
        if self.in_style:
            self.page.styles.append(data)


@pytest.fixture(scope="module")
def page(tmp_path_factory: pytest.TempPathFactory) -> Page:
    if importlib.util.find_spec("pylode") is None:
        message = "pyLODE is not installed: pip install -e '.[test]' (pylode==3.3.4)"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(message)
        pytest.skip(message)
    out = tmp_path_factory.mktemp("docs") / "ontology.html"
    proc = subprocess.run(
        ["sh", str(SCRIPT), str(out)],
        env={**os.environ, "PYTHON": sys.executable},
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    collector = Collector()
    collector.feed(out.read_text(encoding="utf-8"))
    return collector.page


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(ONTOLOGY_FILE)


@pytest.fixture(scope="module")
def vocabularies() -> Graph:
    return Graph().parse(VOCABULARIES_FILE)


def label(g: Graph, s: URIRef, lang: str, *props: URIRef) -> str | None:
    for p in props or (RDFS.label,):
        for o in g.objects(s, p):
            if isinstance(o, Literal) and o.language == lang:
                return str(o)
    return None


def cg_terms(g: Graph) -> list[URIRef]:
    return sorted({s for t in TERM_TYPES for s in g.subjects(RDF.type, t) if str(s).startswith(CG)}, key=str)


def test_each_term_is_anchored_by_its_local_name_under_its_english_label(page: Page, ontology: Graph) -> None:
    problems = []
    for term in cg_terms(ontology):
        local = str(term)[len(CG) :]
        en, de = label(ontology, term, "en"), label(ontology, term, "de")
        heading = page.entity_heading.get(local)
        if heading is None:
            problems.append(f"no element with id {local!r}")
        elif heading != en:
            problems.append(f"#{local}: heading {heading!r}, expected the English label {en!r}")
        elif de and page.entity_rows[local].get("Label (de)") != de:
            problems.append(f"#{local}: German label {de!r} not in its own row: {page.entity_rows[local]}")
    assert not problems, "\n".join(problems)


def test_no_heading_runs_two_labels_together(page: Page, ontology: Graph, vocabularies: Graph) -> None:
    joined = set()
    for g in (ontology, vocabularies):
        for p in (RDFS.label, SKOS.prefLabel, DCTERMS.title):
            for s in set(g.subjects(p, None)):
                labels = [str(o) for o in g.objects(s, p) if isinstance(o, Literal)]
                for x in labels:
                    for y in labels:
                        if x != y:
                            joined |= {x + y, f"{x} {y}"}
    bad = [h for h in page.headings if h in joined]
    assert not bad, f"headings that join two labels: {bad[:10]}"
    # Every heading is at most one label of one language.
    assert page.headings[0] == "clustergraph ontology"
    assert page.entity_heading["Area"] == "area"  # was "Gebietarea"
    assert "CountObservation" in page.ids and "Zhlung" not in page.ids


def test_vocabularies_are_on_the_page(page: Page, vocabularies: Graph) -> None:
    concepts = sorted(vocabularies.subjects(RDF.type, SKOS.Concept), key=str)
    schemes = sorted(vocabularies.subjects(RDF.type, SKOS.ConceptScheme), key=str)
    assert len(concepts) > 50 and len(schemes) >= 8
    for s in [*schemes, *concepts]:
        anchor = str(s)[len(BASE) :]
        en = label(vocabularies, s, "en", SKOS.prefLabel, DCTERMS.title)
        assert page.entity_heading.get(anchor) == en, (
            f"#{anchor}: {page.entity_heading.get(anchor)!r} != {en!r}"
        )
    gold = page.entity_rows["vocab/label-level/gold"]
    assert gold["Notation"] == "3"
    assert gold["In scheme"] == "label levels"
    assert page.entity_rows["vocab/label-level/silver"]["Label (de)"] == "Silber"
    assert "Vocabularies" in page.headings


def test_reused_terms_are_not_documented_as_cg_terms(page: Page) -> None:
    # The OWL 2 DL declarations of reused terms (org:Membership, skos:Concept, ...) are no entities
    # of this page.
    for name in ("Membership", "Concept", "FormalOrganization", "notation", "prefLabel"):
        assert name not in page.entity_heading, name


def test_links_inside_the_page_have_targets(page: Page) -> None:
    missing = sorted({target for target in page.local_links if target not in page.ids})
    assert not missing, f"links to missing anchors: {missing[:20]}"


def test_page_loads_nothing_from_elsewhere(page: Page) -> None:
    remote = [(tag, src) for tag, src in page.resources if not src.startswith("data:")]
    assert not remote, f"resources the page would fetch: {remote}"
    css = "".join(page.styles)
    assert css, "the CSS is inline"
    assert "@import" not in css and "url(http" not in css
