# ruff: noqa: E501
"""Organisations a report names by what it says they are, not by a head word or a legal form.

- an apposition with a common noun for a body: "MedWorks Ohio, the region's health-technology
  cluster", "Energiklynge Syd, the regional energy cluster", "Nordkraft, ein Energienetzwerk aus …";
- a common noun for a body right before the name: "the angel group Forest City Angels", "the
  cooperative Vestkyst Energi";
- a body in the role of organiser or host: "Mitveranstalter war der Maschinenring Gäuboden";
- a foundation or society named after a person, hyphenated: "Hermann-Kessler-Stiftung",
  "Max-Planck-Gesellschaft";
- a compound head word standing alone for a body named in full elsewhere: "vom Cleantech-Cluster"
  after "Cleantech-Cluster Oberösterreich";
- the graph's organisation by the first word only its names begin with, in a function's slot:
  "Leiterin der Geschäftsstelle von Saxtronic".

Each is an anchored match at a bounded number of places: linear in the text's length.
"""

from __future__ import annotations

import re

from clustergraph.loaders.report.model import Org
from clustergraph.loaders.report.orgslots import _ORG_WORD, STOP_WORDS
from clustergraph.loaders.textkit import Gazetteer
from clustergraph.loaders.textkit.people import FUNCTION
from clustergraph.loaders.textkit.spans import SpanIndex

#: Common nouns for a body (English lower case; German compounds end with them).
_BODY_NOUNS = (
    r"cluster|network|association|alliance|cooperative|co-operative|consortium|foundation|society|federation"
    r"|agency|chamber|institute|incubator|accelerator|hub|initiative|platform|partnership|group|fund|charity"
    r"|trust|council|union|collective|community|university|college|company|firm|start-?up|manufacturer|supplier"
)
_DE_BODY_NOUNS = (
    r"cluster|netzwerk|verband|verein|allianz|genossenschaft|gemeinschaft|stiftung|initiative|agentur|plattform"
    r"|kammer|institut|hochschule|universität|unternehmen|gesellschaft"
)
_NAME_WORDS = rf"{_ORG_WORD}(?:[ \t]{{1,2}}{_ORG_WORD}){{0,3}}"
#: "X Y, the region's health-technology cluster": the name, then the apposition (no "of"/"for" in it:
#: "Anna Roe, the head of the cluster" is a person with a function).
_APPOSITION = re.compile(
    rf"(?P<name>{_NAME_WORDS}),[ \t]{{1,2}}(?:(?:the|a|an)[ \t]{{1,2}}(?:[\w-]{{2,30}}['’]s[ \t]{{1,2}})?"
    rf"(?:(?!(?:of|for|at|in|and|or|who|which|with)\b)[a-z][\w-]{{1,30}}[ \t]{{1,2}}){{0,3}}(?:{_BODY_NOUNS})"
    rf"|(?:der|die|das|ein|eine)[ \t]{{1,2}}(?:[a-zäöü][\w-]{{1,30}}[ \t]{{1,2}}){{0,2}}[A-ZÄÖÜ][\wäöüß-]{{0,30}}?(?:{_DE_BODY_NOUNS}))"
    r"(?![\w'’-])(?=\s{0,2}[,.;:)(\n]|\s{1,2}(?:from|in|based|with|that|which|and|aus|mit|und|im|der|des)\b)"
)
#: "the angel group Forest City Angels", "the cooperative Vestkyst Energi": a noun, then the name.
_NOUN_BEFORE = re.compile(
    rf"(?<![\w-])(?:the|a|an)[ \t]{{1,2}}(?:[a-z][\w-]{{1,30}}[ \t]{{1,2}})?(?:{_BODY_NOUNS})[ \t]{{1,2}}"
    rf"(?P<name>{_ORG_WORD}(?:[ \t]{{1,2}}{_ORG_WORD}){{1,3}})(?![\w-])"
)
#: "Mitveranstalter war der Maschinenring Gäuboden.", "Co-host was the Fenland Growers Network.": a
#: body in the role of organiser, host or partner, named by capitalised words up to punctuation.
_ROLE_SLOT = re.compile(
    rf"(?<![\w-])(?:Mitveranstalter(?:in)?|Veranstalter(?:in)?|Gastgeber(?:in)?|Mitausrichter(?:in)?|Ausrichter(?:in)?"
    rf"|Kooperationspartner(?:in)?|Co-?[Hh]ost|Co-?[Oo]rgani[sz]er|Host|Organi[sz]er)[ \t]{{1,2}}(?:war|waren|ist|sind|was|were|is)"
    rf"[ \t]{{1,2}}(?:der|die|das|the)[ \t]{{1,2}}(?P<name>{_ORG_WORD}(?:[ \t]{{1,2}}{_ORG_WORD}){{1,3}})(?=\s{{0,2}}[,.;:)(])"
)
#: "Hermann-Kessler-Stiftung", "Max-Planck-Gesellschaft": two capitalised parts, then the head word.
_PERSON_NAMED = re.compile(
    r"(?<![\w-])(?P<name>[A-ZÄÖÜ][a-zäöüß]{1,20}-(?:[A-ZÄÖÜ][a-zäöüß]{1,20}-){1,2}(?:Stiftung|Gesellschaft|Institut"
    r"|Verein|Akademie|Schule|Hochschule|Zentrum|Foundation|Institute))(?![\w-])"
)
_FUNCTION = re.compile(FUNCTION)


def _fine(text: str, start: int, end: int, index: SpanIndex, places: SpanIndex) -> bool:
    """Whether a span names a body: free, no place alone, no function or stop word in it."""
    words = text[start:end].split()
    return not (
        index.overlaps(start, end)
        or (places.overlaps(start, end) and len(words) == 1)
        or any(_FUNCTION.fullmatch(w) or w.casefold() in STOP_WORDS for w in words)
    )


def named_bodies(
    text: str, taken: list[tuple[int, int]], places: list[tuple[int, int]], people: list[tuple[int, int]]
) -> list[Org]:
    """Organisations by apposition, by a noun before them, or a hyphenated person's name
    (``taken``: spans found already, extended; ``people``: the graph's persons, never bodies)."""
    index, place_index, person_index = SpanIndex(taken), SpanIndex(places), SpanIndex(people)
    out: list[Org] = []
    spans: list[tuple[int, int]] = []
    for m in re.finditer(r",[ \t]{1,2}(?:the|a|an|der|die|das|ein|eine)[ \t]", text):
        # the name: up to four capitalised words before the comma, tried from the farthest
        lo = max(0, m.start() - 120)
        line = text.rfind("\n", lo, m.start()) + 1
        for w in re.finditer(r"(?<![\w'’-])[A-ZÄÖÜ]", text[max(lo, line) : m.start()]):
            a = max(lo, line) + w.start()
            n = _APPOSITION.match(text, a)
            if n is not None and n.end("name") == m.start():
                spans.append(n.span("name"))
                break
    for m in re.finditer(rf"(?:{_BODY_NOUNS})[ \t]{{1,2}}[A-ZÄÖÜ]", text):
        lo = max(0, m.start() - 40)
        for b in re.finditer(r"(?<![\w-])(?:the|a|an)[ \t]", text[lo : m.start()]):
            n = _NOUN_BEFORE.match(text, lo + b.start())
            if n is not None:
                spans.append(n.span("name"))
                break
    spans += [m.span("name") for m in _PERSON_NAMED.finditer(text)]
    spans += [m.span("name") for m in _ROLE_SLOT.finditer(text)]
    for a, b in sorted(set(spans)):
        words = text[a:b].split()
        while words and words[0].casefold() in STOP_WORDS:
            a = text.index(words[1], a + len(words[0])) if len(words) > 1 else b
            words = words[1:]
        if not words or person_index.overlaps(a, b) or not _fine(text, a, b, index, place_index):
            continue
        out.append(Org(" ".join(words), a, b))
        index = SpanIndex([*index.spans, (a, b)])
        taken.append((a, b))
    for o in out[:20]:  # named again later ("MedWorks Ohio CEO Brianna Okafor")
        for m in re.finditer(rf"(?<![\w-]){re.escape(o.name)}(?![\w-])", text):
            if not index.overlaps(m.start(), m.end()):
                out.append(Org(o.name, m.start(), m.end()))
                taken.append(m.span())
    return sorted(out, key=lambda o: o.start)


#: A compound of a head word written with a hyphen ("Cleantech-Cluster"), in the genitive too.
_HYPHEN_HEAD = re.compile(r"[A-ZÄÖÜ][\w]{1,30}-(?:Cluster|Netzwerk|Verband|Verein|Allianz|Initiative)")


def compound_short_forms(text: str, orgs: list[Org], taken: list[tuple[int, int]]) -> list[Org]:
    """ "vom Cleantech-Cluster" after "Cleantech-Cluster Oberösterreich": the hyphenated head word
    of a name found by a pattern, standing alone (no capitalised word after it), names it again.
    At most 20 such names, each searched once: linear time."""
    heads: dict[str, Org] = {}
    for o in orgs:
        first = o.name.split()[0]
        if (
            not o.from_graph
            and len(o.name.split()) >= 2
            and _HYPHEN_HEAD.fullmatch(first)
            and len(heads) < 20
        ):
            heads.setdefault(first, o)
    index = SpanIndex(taken)
    out: list[Org] = []
    for head, o in heads.items():
        for m in re.finditer(rf"(?<![\w-]){re.escape(head)}(?:e?s)?(?![\w-])(?![ \t]{{1,2}}[A-ZÄÖÜ])", text):
            if not index.overlaps(m.start(), m.end()):
                out.append(Org(o.name, m.start(), m.end()))
    return out


#: "Leiterin der Geschäftsstelle von Saxtronic, …": one capitalised word after "von/bei/at/of",
#: ending the phrase; a function (with a unit: "der Geschäftsstelle") right before it.
_FIRST_WORD_SLOT = re.compile(
    r"(?<=\s)(?:von|vom|bei|beim|at|of|with|from)\s{1,2}(?P<w>[A-ZÄÖÜ][\w-]{4,30})(?![\w-])"
    r"(?=\s{0,2}[,.;:)!?]|\s{1,2}(?:und|and|sowie|as|als|war|was|ist|is)\b)"
)
_FUNCTION_BEFORE = re.compile(
    rf"{FUNCTION}(?:\s{{1,2}}(?:der|des|of\s{{1,2}}the|of)\s{{1,2}}[\w-]{{2,30}})?\s{{1,2}}$"
)
_HEAD_END = re.compile(
    rf"(?i:.*(?:{_DE_BODY_NOUNS}|{_BODY_NOUNS}|ministerium|ministry|universität|university))$"
)


def graph_first_words(text: str, gazetteer: Gazetteer, taken: list[tuple[int, int]]) -> list[Org]:
    """The graph's organisation named by its first word alone in a function's slot ("Leiterin der
    Geschäftsstelle von Saxtronic"), when no other entity's name begins with that word and the
    word is no kind of body ("vom Bundesministerium"). At most 50 slots: linear time."""
    index = SpanIndex(taken)
    out: list[Org] = []
    for n, m in enumerate(_FIRST_WORD_SLOT.finditer(text)):
        if n >= 50:
            break
        if index.overlaps(m.start("w"), m.end("w")) or _HEAD_END.match(m.group("w")):
            continue
        iri = gazetteer.first_word(m.group("w"))
        if iri is None or not _FUNCTION_BEFORE.search(text, max(0, m.start() - 80), m.start()):
            continue
        out.append(
            Org(gazetteer.labels.get(iri, m.group("w")), m.start("w"), m.end("w"), iri, (), "org", True)
        )
        taken.append(m.span("w"))
    return out
