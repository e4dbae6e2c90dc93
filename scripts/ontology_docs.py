"""Write the ontology's HTML documentation: the cg: terms and the SKOS vocabularies on one page.

Run through ``scripts/ontology-docs [output.html]`` (default ``build/docs/ontology.html``). It uses
pyLODE 3.3.4 (the ``docs`` extra; the version that works on Python 3.11) with its OntPub profile,
adjusted for this ontology:

- one language a heading: the English label is the title of each term (pyLODE would join every
  label it finds, "Gebietarea"); the German label is a row of its own ("Label (de)") under it;
- anchors are the IRIs' local names (``#Area``, ``#CountObservation``), not made from labels;
- only the ``cg:`` terms are documented: the declarations of reused terms (``org:Membership`` ...)
  that OWL 2 DL needs are left out, their IRIs still appear where the terms are used;
- the controlled vocabularies (``ontology/vocabularies.ttl``) follow as a "Vocabularies" section:
  each concept scheme and each of its concepts, anchored by its IRI path
  (``#vocab/label-level``, ``#vocab/label-level/gold``). pyLODE 3.3.4's VocPub profile does not
  list concepts, so this section is built here, in pyLODE's markup.

The page is self-contained and offline: pyLODE's CSS is inlined, there are no scripts to fetch
and no style sheets or images from elsewhere (its only script is the page's own JSON-LD data).
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ONTOLOGY = ROOT / "ontology" / "clustergraph.ttl"
VOCABULARIES = ROOT / "ontology" / "vocabularies.ttl"
DEFAULT_OUT = ROOT / "build" / "docs" / "ontology.html"
CG = "https://w3id.org/clustergraph/ontology#"
BASE = "https://w3id.org/clustergraph/"
ENGLISH = "en"

EXTRA_CSS = """
.label-other { font-style: italic; }
.sup-cs, .sup-con { color: #fff; }
.sup-cs { background-color: #7b4f9d; }
.sup-con { background-color: #2e7d32; }
#vocabularies > p { max-width: 60em; }
"""


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Write the ontology's HTML documentation (pyLODE).")
    ap.add_argument("output", nargs="?", type=Path, default=DEFAULT_OUT)
    args = ap.parse_args(argv)
    try:
        html = make_html(ONTOLOGY, VOCABULARIES)
    except ImportError as e:
        print(
            f"ontology-docs: pyLODE is missing ({e}): pip install -e '.[docs]' (pylode==3.3.4)",
            file=sys.stderr,
        )
        return 3
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(html, encoding="utf-8")
    print(f"wrote {args.output}")
    return 0


def make_html(ontology: Path, vocabularies: Path) -> str:
    """The documentation page of the ontology file and the vocabularies file, as HTML text."""
    from dominate.tags import a, code, div, h2, h3, li, p, span, style, sup, table, td, th, tr, ul
    from dominate.util import raw
    from pylode import OntPub
    from pylode.utils import make_pylode_logo
    from pylode.version import __version__

    logging.getLogger().setLevel(logging.WARNING)  # pyLODE logs its loading at INFO and DEBUG
    from rdflib import OWL, RDF, RDFS, SKOS, Graph, Literal, URIRef
    from rdflib.namespace import DCTERMS

    label_props = (RDFS.label, SKOS.prefLabel, DCTERMS.title)
    declared = (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty)

    def one_language(g: Graph) -> dict[URIRef, list[Literal]]:
        """Remove the labels in other languages than English from g; return them by subject."""
        others: dict[URIRef, list[Literal]] = defaultdict(list)
        for prop in label_props:
            for s, o in list(g.subject_objects(prop)):
                if isinstance(o, Literal) and o.language and o.language != ENGLISH:
                    g.remove((s, prop, o))
                    if o not in others[s]:  # a scheme has the same skos:prefLabel and dcterms:title
                        others[s].append(o)
        return others

    def english(g: Graph, s: URIRef, *props: URIRef) -> str | None:
        for prop in props:
            for o in g.objects(s, prop):
                if isinstance(o, Literal) and o.language in (ENGLISH, None):
                    return str(o)
        return None

    def anchor(iri: URIRef) -> str:
        """The fragment id of a term: its local name, or the IRI path for vocabulary IRIs."""
        s = str(iri)
        if s.startswith(CG):
            return s[len(CG) :]
        return s[len(BASE) :] if s.startswith(BASE) else s

    # -- the ontology, as pyLODE reads it -------------------------------------------------------
    ont = Graph().parse(ontology)
    for cls in declared:
        for s in list(ont.subjects(RDF.type, cls)):
            if not str(s).startswith(CG):
                ont.remove((s, RDF.type, cls))
    other_labels = one_language(ont)
    terms = {s for cls in declared for s in ont.subjects(RDF.type, cls) if isinstance(s, URIRef)}

    doc = OntPub(ontology=ont, sort_subjects=True)
    # Anchors from the IRIs: pyLODE keeps a fragment id once one is set for an IRI.
    for t in terms:
        doc.fids[str(t)] = anchor(t)
    # OntPub.make_html, step by step, with the vocabularies between the terms and the namespaces.
    doc._make_head(doc._make_schema_org(), include_css=True, destination=None)
    make_pylode_logo(doc.doc, __version__, "OntPub", "https://w3id.org/profile/ontpub")
    doc._make_metadata()
    doc._make_main_sections()

    def label_row(table_, labels: list[Literal]) -> None:
        """Put a "Label (xx)" row for each label in another language right under the IRI row."""
        for i, lbl in enumerate(sorted(labels, key=lambda x: (x.language or "", str(x)))):
            row = tr(th(f"Label ({lbl.language})"), td(str(lbl), lang=lbl.language, _class="label-other"))
            row.parent = table_
            table_.children.insert(1 + i, row)

    by_anchor = {anchor(t): t for t in terms}
    for section in doc.content.children:
        for entity in getattr(section, "children", []):
            fid = getattr(entity, "attributes", {}).get("id")
            term = by_anchor.get(fid)
            if term is None or not other_labels.get(term):
                continue
            tables = [c for c in entity.children if type(c).__name__ == "table"]
            if tables:
                label_row(tables[0], other_labels[term])
    # The ontology's own title in other languages, in its metadata.
    ontology_iri = next(ont.subjects(RDF.type, OWL.Ontology))
    titles = list(other_labels.get(ontology_iri, []))
    if titles:
        metadata = doc.content.children[0]
        metadata.children.insert(
            1, p(*[span(str(t), lang=t.language, _class="label-other") for t in titles], _class="title-other")
        )
        metadata.children[1].parent = metadata

    # -- the vocabularies -------------------------------------------------------------------------
    voc = Graph().parse(vocabularies)
    voc_other = one_language(voc)

    def link(iri: URIRef) -> a:
        title = english(voc, iri, SKOS.prefLabel, DCTERMS.title) or english(ont, iri, RDFS.label)
        if (iri, None, None) in voc or iri in terms:
            return a(title or anchor(iri), href="#" + anchor(iri))
        return a(title or str(iri), href=str(iri))

    def entity_div(iri: URIRef, kind: str, kind_title: str, rows: list[tuple[str, object]]) -> div:
        heading = english(voc, iri, SKOS.prefLabel, DCTERMS.title) or anchor(iri)
        t = table(tr(th("IRI"), td(code(str(iri)))))
        for lbl in sorted(voc_other.get(iri, []), key=lambda x: (x.language or "", str(x))):
            t.add(tr(th(f"Label ({lbl.language})"), td(str(lbl), lang=lbl.language, _class="label-other")))
        for name, value in rows:
            t.add(tr(th(name), td(value)))
        return div(
            h3(heading, sup(kind, _class=f"sup-{kind}", title=kind_title)),
            t,
            id=anchor(iri),
            _class="property entity",
        )

    def notes(iri: URIRef) -> list[tuple[str, object]]:
        rows: list[tuple[str, object]] = []
        for name, prop in (
            ("Definition", SKOS.definition),
            ("Scope note", SKOS.scopeNote),
            ("History note", SKOS.historyNote),
        ):
            text = english(voc, iri, prop)
            if text:
                rows.append((name, p(text)))
        return rows

    schemes = sorted(voc.subjects(RDF.type, SKOS.ConceptScheme), key=str)
    section = div(id="vocabularies", _class="section")
    section.add(h2("Vocabularies"))
    section.add(
        p(
            "The controlled vocabularies of ontology/vocabularies.ttl: SKOS concept schemes and their "
            "concepts. The industries and regions schemes are built from data/industries.csv and "
            "data/regions.csv by the loaders; only their declarations are listed here."
        )
    )
    toc_entries: list[tuple[str, str]] = []
    for scheme in schemes:
        concepts = sorted(
            voc.subjects(SKOS.inScheme, scheme),
            key=lambda c: (int(voc.value(c, SKOS.notation) or 0), str(c)),
        )
        rows = notes(scheme)
        if concepts:
            rows.append(("Concepts", ul(*[li(link(c)) for c in concepts])))
        section.add(entity_div(scheme, "cs", "SKOS Concept Scheme", rows))
        toc_entries.append(("#" + anchor(scheme), english(voc, scheme, DCTERMS.title) or anchor(scheme)))
        for c in concepts:
            rows = [("In scheme", link(scheme))]
            notation = voc.value(c, SKOS.notation)
            if notation is not None:
                rows.append(("Notation", code(str(notation))))
            rows += notes(c)
            for name, prop in (
                ("Broader", SKOS.broader),
                ("Exact match", SKOS.exactMatch),
                ("Close match", SKOS.closeMatch),
            ):
                values = sorted(voc.objects(c, prop), key=str)
                if values:
                    rows.append((name, span(*[link(v) for v in values])))
            types = sorted(o for o in voc.objects(c, RDF.type) if o != SKOS.Concept)
            if types:
                rows.append(("Also a", span(*[a(doc.ont.qname(t), href=str(t)) for t in types])))
            section.add(entity_div(c, "con", "SKOS Concept", rows))

    doc.content.add(section)
    doc._make_namespaces()
    doc._make_legend()
    doc._make_toc()
    # List the vocabularies in the table of contents, before the namespaces and the legend.
    toc_list = doc.doc.body.get(id="toc")[0].get("ul")[0]  # div#toc > ul.first
    entry = li(toc_heading("Vocabularies", "#vocabularies"), ul(*[li(a(t, href=h)) for h, t in toc_entries]))
    entry.children[1]["class"] = "second"
    namespaces_at = len(toc_list.children) - 2  # before "Namespaces" and "Legend"
    toc_list.children.insert(namespaces_at, entry)
    entry.parent = toc_list
    with doc.doc.head:
        style(raw(EXTRA_CSS))
    return doc.doc.render()


def toc_heading(text: str, href: str):  # returns a dominate h4
    """A table-of-contents heading as pyLODE writes them (h4 > a)."""
    from dominate.tags import a, h4

    return h4(a(text, href=href))


if __name__ == "__main__":
    sys.exit(main())
