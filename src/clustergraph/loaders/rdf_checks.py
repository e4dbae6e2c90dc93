"""What an RDF file may not do, checked before anything of it is loaded.

* **Nest without end.** RDF/XML, JSON-LD, Turtle and TriG nested deeper than :data:`MAX_NESTING`
  levels are refused before the parser sees them: Oxigraph's RDF/XML parser takes time quadratic
  in the depth, its JSON-LD parser overflows its stack a few thousand levels down, and 10 MB of
  nested Turtle collections make five million statements out of two bytes each (the parser is
  linear, loading them is not worth it).
* **Hide characters.** Literals and IRIs with NUL, control characters or bidi overrides, and
  names (``skos:prefLabel``, ``foaf:name``, ...) with any control, bidi or invisible character.
* **Speak for other sources.** Statements about the project's source graphs, builds, imports and
  text extractions (their titles, addresses, dates) belong to the build graph; a file may not
  make them.
* **Merge what a decision keeps apart.** ``owl:sameAs`` links (the file's own and those its
  names are reconciled by, with those the graph holds already) may not join two organisations
  that a reviewed ``distinct`` decision of ``reconciliation.csv`` (``owl:differentFrom``) keeps apart.

Each problem names the file and, where the text shows it, the line and column.
"""

from __future__ import annotations

import re
import xml.parsers.expat
from collections.abc import Iterable

from clustergraph.errors import Problem, SourceFileError
from clustergraph.loaders.reconcile import EntityIndex
from clustergraph.loaders.terms import Triple
from clustergraph.model.namespaces import DATA_IRI, ONTOLOGY_IRI
from clustergraph.text import check_name, check_text, line_and_column

MAX_NESTING = 500
SAME_AS = "<http://www.w3.org/2002/07/owl#sameAs>"
#: Subjects a file may not describe: the provenance the build and the imports write.
RESERVED = tuple(
    DATA_IRI + p for p in ("source/", "graph/", "build/", "import/", "extraction/", "statement/", "record/")
)
_JSON_TOKENS = re.compile(rb'"(?:[^"\\]++|\\.)*+"|[\[\]{}]')
# Turtle and TriG: comments, IRIs and strings (their brackets do not count), brackets.
_TURTLE_TOKENS = re.compile(
    rb'#[^\n]*+|<[^>\n]*+>|"""(?:[^"\\]++|\\.|"(?!""))*+"""|\'\'\'(?:[^\'\\]++|\\.|\'(?!\'\'))*+\'\'\''
    rb'|"(?:[^"\\\n]++|\\.)*+"|\'(?:[^\'\\\n]++|\\.)*+\'|[\[\](){}]'
)


class _TooDeep(Exception):
    pass


def check_nesting(data: bytes, name: str, fmt: str, what: str) -> None:
    """Refuse RDF/XML or JSON-LD nested deeper than :data:`MAX_NESTING` (:class:`SourceFileError`)."""
    where: tuple[int, int] | None = None
    if fmt == "rdfxml":
        parser = xml.parsers.expat.ParserCreate()
        depth = 0

        def start(_name: str, _attrs: object) -> None:
            nonlocal depth
            depth += 1
            if depth > MAX_NESTING:
                raise _TooDeep

        def end(_name: str) -> None:
            nonlocal depth
            depth -= 1

        parser.StartElementHandler, parser.EndElementHandler = start, end
        try:
            parser.Parse(data, True)
        except _TooDeep:
            where = (parser.CurrentLineNumber, parser.CurrentColumnNumber + 1)
        except xml.parsers.expat.ExpatError:
            return  # not well-formed: the RDF/XML parser says where
    elif fmt in ("jsonld", "turtle", "trig"):
        depth = 0
        tokens = _JSON_TOKENS if fmt == "jsonld" else _TURTLE_TOKENS
        for m in tokens.finditer(data):
            c = m.group()
            if c in (b"[", b"{", b"("):
                depth += 1
                if depth > MAX_NESTING:
                    head = data[: m.start()]
                    line = head.count(b"\n") + 1
                    where = (line, len(head[head.rfind(b"\n") + 1 :].decode("utf-8", "replace")) + 1)
                    break
            elif c in (b"]", b"}", b")"):
                depth -= 1
    if where is not None:
        raise SourceFileError(
            f"{name}, line {where[0]}, column {where[1]}: nested more than {MAX_NESTING} levels deep; "
            f"expected {what} nested at most {MAX_NESTING} levels",
            file=name,
            line=where[0],
            column=where[1],
        )


def _locate(text: str | None, needle: str) -> tuple[int | None, str]:
    """The line of ``needle`` in the file's text and a ", line L, column C" for messages (if found)."""
    if text is None or not needle:
        return None, ""
    at = text.find(needle)
    if at < 0:
        return None, ""
    line, column = line_and_column(text, at)
    return line, f", line {line}, column {column}"


def _literal_value(term: str) -> str | None:
    """The lexical form of an N-Triples literal term (escapes left as they are), or None."""
    if not term.startswith('"'):
        return None
    end = term.rfind('"')
    return term[1:end]


def text_problems(
    triples: Iterable[Triple], name_predicates: set[str], name: str, text: str | None
) -> list[Problem]:
    """Hidden characters in the file's literals and IRIs; stricter rules for names."""
    problems: list[Problem] = []
    for s, p, o in triples:
        for i, term in enumerate((s, p, o)):
            if term.isascii() and "\\" not in term:  # nothing hidden (the common case, checked fast)
                continue
            value = _literal_value(term) if i == 2 else term[1:-1]
            if value is None:
                continue
            value = _unescape(value) if "\\" in value else value
            strict = i == 2 and p[1:-1] in name_predicates
            bad = check_name(value) if strict else check_text(value)
            if bad is None:
                continue
            line, where = _locate(text, value[bad[0]])
            kind = "a name" if strict else "a literal or an IRI"
            refused = "control, bidi or invisible" if strict else "NUL, control or bidi-override"
            problems.append(
                Problem(
                    name,
                    line,
                    None,
                    value if len(value) <= 80 else value[:77] + "...",
                    f"{kind} without {refused} characters "
                    f"(found {bad[1]}{where or ', in the statement about ' + s})",
                )
            )
            if len(problems) >= 50:
                return problems
    return problems


_ESCAPE = re.compile(r"\\(?:u([0-9A-Fa-f]{4})|U([0-9A-Fa-f]{8})|([tbnrf\"'\\]))")
_SIMPLE = {"t": "\t", "b": "\b", "n": "\n", "r": "\r", "f": "\f", '"': '"', "'": "'", "\\": "\\"}


def _unescape(value: str) -> str:
    def one(m: re.Match[str]) -> str:
        if m.group(3):
            return _SIMPLE[m.group(3)]
        return chr(int(m.group(1) or m.group(2), 16))

    return _ESCAPE.sub(one, value)


def reserved_problems(triples: Iterable[Triple], name: str, text: str | None) -> list[Problem]:
    """Statements about the project's own provenance: a source graph, a build, an import, an extraction."""
    problems: list[Problem] = []
    for s, p, o in triples:
        subject = s[1:-1] if s.startswith("<") else ""
        if subject.startswith(RESERVED) or subject == ONTOLOGY_IRI:
            line, _where = _locate(text, s)
            problems.append(
                Problem(
                    name,
                    line,
                    None,
                    f"{s} {p} {o}",
                    "no statement about the graph's own sources, builds or imports (their titles and "
                    "addresses come from the build; a file cannot change those of another source)",
                )
            )
            if len(problems) >= 50:
                break
    return problems


def merge_problems(
    triples: Iterable[Triple], links: Iterable[Triple], index: EntityIndex, name: str, text: str | None
) -> list[Problem]:
    """``owl:sameAs`` chains that would join two organisations a ``distinct`` decision keeps apart."""
    if not index.distinct:
        return []
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        root = x
        while parent.get(root, root) != root:
            root = parent[root]
        while parent.get(x, x) != root:
            parent[x], x = root, parent[x]
        return root

    def union(a: str, b: str) -> None:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[ra] = rb

    ours: list[Triple] = []
    for s, p, o in [*triples, *links]:
        if p == SAME_AS and s.startswith("<") and o.startswith("<"):
            union(s[1:-1], o[1:-1])
            ours.append((s, p, o))
    if not ours:
        return []
    for a, b in index.same_as:
        union(a, b)
    problems: list[Problem] = []
    for a, b in sorted(index.distinct):
        if find(a) == find(b):
            root = find(a)
            chain = [t for t in ours if find(t[0][1:-1]) == root]
            line, where = _locate(text, chain[0][0][1:-1]) if chain else (None, "")
            label_a, label_b = index.labels.get(a, a), index.labels.get(b, b)
            problems.append(
                Problem(
                    name,
                    line,
                    None,
                    "; ".join(f"{s} owl:sameAs {o}" for s, _p, o in chain[:3]),
                    f"no owl:sameAs that makes {label_a} <{a}> and {label_b} <{b}> one organisation: "
                    f"a reviewed decision (reconciliation.csv, 'distinct') keeps them apart{where}",
                )
            )
    return problems
