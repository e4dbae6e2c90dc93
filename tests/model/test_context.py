"""The project's JSON-LD context: made from the ontology, published in the package and in docs/."""

from __future__ import annotations

import json
from pathlib import Path

from clustergraph.model.context import CONTEXT_FILE, build_context, compact_iri, context_text
from clustergraph.model.namespaces import PREFIXES

ROOT = Path(__file__).parents[2]


def test_both_published_files_are_what_the_ontology_makes() -> None:
    """After a change of the ontology's terms, scripts/jsonld-context writes both files again."""
    text = context_text()
    assert CONTEXT_FILE.read_text(encoding="utf-8") == text, "run scripts/jsonld-context"
    assert (ROOT / "docs" / "context.jsonld").read_text(encoding="utf-8") == text, (
        "run scripts/jsonld-context"
    )


def test_the_context_holds_the_prefixes_and_typed_terms() -> None:
    ctx = build_context()["@context"]
    assert {k: ctx[k] for k in PREFIXES} == PREFIXES
    assert ctx["region"] == {"@id": "cg:region", "@type": "@id"}  # an object property: IRIs
    assert ctx["lineNumber"] == {"@id": "cg:lineNumber", "@type": "xsd:integer"}  # one XSD range
    assert ctx["Organisation"] == "cg:Organisation" and ctx["prefLabel"] == "skos:prefLabel"
    # a local name two vocabularies share gets no term (it would be ambiguous): its compact IRIs stay
    assert "member" not in ctx
    for name, definition in ctx.items():
        if name in PREFIXES:
            continue
        iri = definition if isinstance(definition, str) else definition["@id"]
        assert ":" in iri and iri.split(":", 1)[0] in PREFIXES, name
    json.dumps(ctx)  # plain JSON


def test_compact_iri_takes_the_longest_prefix_and_never_a_scheme_like_suffix() -> None:
    assert compact_iri("https://w3id.org/clustergraph/ontology#Organisation") == "cg:Organisation"
    assert compact_iri("https://w3id.org/clustergraph/id/org/optonet") == "cgorg:optonet"
    assert compact_iri("https://w3id.org/clustergraph/id///odd") == "https://w3id.org/clustergraph/id///odd"
    assert compact_iri("http://example.org/x") == "http://example.org/x"


def test_every_prefix_can_be_a_json_ld_prefix() -> None:
    """JSON-LD 1.1 expands ``p:local`` only with a prefix whose IRI ends with a gen-delim ("/" or "#")."""
    assert all(ns.endswith(("/", "#")) for ns in PREFIXES.values())
    assert len(set(PREFIXES.values())) == len(PREFIXES)
