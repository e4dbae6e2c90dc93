# ruff: noqa: E501
"""Organisations a report names by their slot or by another name of theirs, not by their form.

- :func:`slot_orgs`: in brackets after a person's name ("Merve Yıldız (Elbe Aviation Services)"),
  as the possessor of a function before a name ("Brightwater Foods' CEO Ana Ruiz"), after a
  function and "von/bei/at" with a word in camel case or capitals ("Gründer von SeatSense");
- :func:`completed`: a name a pattern stopped short of, completed from the full name found elsewhere;
- :func:`abbreviations`: "Bundesministerium für Testwesen (BMT)" and later "BMT" alone;
- :func:`short_forms`: "Holz & Bau Schwarzwald" after "Cluster Holz & Bau Schwarzwald e. V.".

Each looks at a bounded window or a bounded number of names: linear in the text's length.
Also the word lists both this module and :mod:`~clustergraph.loaders.report.mentions` use.
"""

from __future__ import annotations

import re

from clustergraph.loaders.report.model import Org
from clustergraph.loaders.textkit.people import FUNCTION, NAME, NAME_WORD, TITLE
from clustergraph.loaders.textkit.spans import SpanIndex

#: A word of an organisation's name: as a person's, or written in camel case ("SubSea", "SeatSense").
_ORG_WORD = rf"(?:[A-ZÄÖÜ][a-zäöüß]{{1,20}}[A-Z][a-z]{{2,20}}|{NAME_WORD})"
#: Legal forms after a name (German, English, French, Dutch, Nordic, Spanish, Italian).
_LEGAL_FORMS = (
    r"gGmbH|GmbH(?:\s&\s?Co\.?\s?KG)?|mbH|UG(?:\s\(haftungsbeschränkt\))?|AG|SE|KG|OHG|GbR|eG|e\.\s?V\."
    r"|Ltd\.?|Inc\.?|plc|PLC|LLC|CIC|S\.A\.|SAS|SARL|S\.L\.|B\.V\.|N\.V\.|NV|BV|AB|Oy|OÜ|ApS|A/S|AS|ASA|SIA|UAB"
    r"|Srl|SRL|S\.r\.l\.|S\.p\.A\.|SpA|SPA|S\.L\.U\.|SLU|Lda\.?|Ltda\.?|[Ss]p\.\s?z\s?o\.\s?o\.|S\.A\.S\.|s\.r\.o\.|a\.s\.|Kft\.|d\.o\.o\.|PartG(?:\smbB)?|mbB"
    r"|SA|Sàrl|CLG|DAC|z\.\s?s\.|z\.\s?ú\.|o\.\s?p\.\s?s\.|a\.\s?m\.\s?b\.\s?a\.|A\.M\.B\.A\.|I/S|K/S|P/S|IVS|Ay|Oyj|AB\s?\(publ\)"
)
#: Legal forms that may follow the name after a comma ("Czech Vision Cluster, z. s.", "Acme, Inc.").
COMMA_LEGAL_FORMS = (
    r"Inc\.?|LLC|Ltd\.?|z\.\s?s\.|z\.\s?ú\.|s\.\s?r\.\s?o\.|a\.\s?s\.|S\.A\.|SA|L\.P\.|LP|o\.\s?p\.\s?s\."
)
#: A common noun for a kind of body before its name, no part of it ("der Gründerinnen-Inkubator
#: Startrampe Süd e. V.", "der Softwarehersteller Brink GmbH", "the incubator Launchpad Ltd").
DESCRIPTOR = (
    r"(?:[A-ZÄÖÜ][\w]{1,30}-)?(?:[A-ZÄÖÜ][a-zäöüß]{0,30}(?:inkubator|akzelerator|hersteller|zulieferer|dienstleister"
    r"|anbieter|softwarehaus|beratungshaus|mittelständler|unternehmen|spezialist)|Inkubator|Akzelerator|Hersteller|Zulieferer"
    r"|Dienstleister|Anbieter|Start-?up|Spin-?off|Ausgründung)(?=\s)"
)
#: Capitalised words that are no part of a name at its start (articles, prepositions, ...).
STOP_WORDS = {
    "der", "die", "das", "des", "dem", "den", "ein", "eine", "einer", "eines", "zum", "zur", "beim",
    "am", "im", "in", "auf", "bei", "nach", "mit", "von", "vom", "für", "aus", "auch", "neu", "the",
    "a", "an", "at", "on", "of", "for", "with", "from", "by", "and", "und", "dessen", "deren",
    "its", "their", "his", "her", "sein", "seine", "ihre", "ihr", "unter", "über", "während",
    "dr", "prof", "news", "meldung", "posted", "laudatio", "grußworte", "ausgezeichnet",
    "then", "dann", "danach", "later", "später", "afterwards", "also", "when", "while", "after", "before", "but",
    "aber", "doch", "zuletzt", "finally", "next", "kollegin", "kollege", "colleague", "unsere", "unser", "unserer",
    "our", "baroness", "baron", "lord", "lady", "sir", "dame", "associate", "assistant", "adjunct", "visiting",
    "professor",
}  # fmt: skip
_FUNCTION = re.compile(FUNCTION)


def completed(text: str, orgs: list[Org]) -> list[Org]:
    """ "SubSea Robotics Cluster" where the text goes on "… Scotland we opened", and "SubSea
    Robotics Cluster Scotland" found elsewhere: the longer name (a pattern stopped short of a place
    word before a lower-case word); a name that only one longer name found elsewhere begins is
    its short form ("the Cluster Meccatronica"). By first word, at most 50 names: linear time."""
    by_first: dict[str, list[str]] = {}
    for o in orgs[:200]:
        if not o.from_graph and len(by_first) < 50:
            by_first.setdefault(o.name.split()[0], []).append(o.name)
    out: list[Org] = []
    for o in orgs:
        found = None
        for n in [] if o.from_graph else by_first.get(o.name.split()[0], []):
            if n.startswith(o.name + " "):
                found = re.compile(r"\s{1,3}".join(map(re.escape, n.split()))).match(text, o.start)
                if found:
                    break
        longer = {n for n in by_first.get(o.name.split()[0], []) if n.startswith(o.name + " ")}
        if found is None and len(longer) == 1 and not o.from_graph and len(o.name.split()) >= 2:
            # "the Cluster Meccatronica" after "Cluster Meccatronica Emilia-Romagna": its short form
            out.append(Org(longer.pop(), o.start, o.end))
            continue
        out.append(Org(" ".join(found.group().split()), o.start, found.end()) if found else o)
    return out


_ORG_WORDS = rf"{_ORG_WORD}(?:\s{{1,2}}(?:&\s{{1,2}})?{_ORG_WORD}){{0,3}}"
#: "Merve Yıldız (Elbe Aviation Services)": capitalised words in brackets right after a person's name.
_BRACKET_SLOT = re.compile(rf"\(\s{{0,2}}(?P<name>{_ORG_WORDS})\s{{0,2}}\)")
_NAME_BEFORE = re.compile(rf"(?<![\w-]){NAME}\s{{0,2}}$")
#: "Gründer von SeatSense,", "Leiterin Vertrieb bei Nordwind Logistik.": the words after a function.
_FUNCTION_SLOT = re.compile(
    rf"(?<=\s)(?:von|bei|beim|at)\s{{1,2}}(?P<name>{_ORG_WORDS})(?=\s{{0,2}}[,.;)]|\s+(?:und|and)\s)"
)
_FUNCTION_BEFORE = re.compile(rf"{FUNCTION}(?:\s{{1,2}}[A-ZÄÖÜ][a-zäöüß]{{3,30}})?\s{{1,2}}$")
#: "Brightwater Foods' CEO Ana Ruiz", "NorthStar's head of data Li Wen": a body's function and person after it.
_POSSESSOR_SLOT = re.compile(_ORG_WORDS)
_FUNCTION_NAME = re.compile(
    rf"\s{{1,2}}{FUNCTION}(?:\s{{1,2}}(?:of|for)(?:\s{{1,2}}[a-z][\w-]{{1,30}}){{1,3}})?\s{{1,2}}(?:{TITLE})?{NAME_WORD}"
)
_CAMEL = re.compile(r"[A-ZÄÖÜ][a-zäöüß]+[A-Z]|[A-ZÄÖÜ]{3,}")
#: Words of a person's part, not of a body, in brackets: "(Keynote Speaker)", "(Lead Developer)".
_NO_BODY_WORD = re.compile(
    r"(?i:speaker|sprecher\w*|moderat\w*|keynote|developer|designer|student\w*|gast|guest|panel\w*|online|remote"
    r"|video|emerit\w*|retired|ruhestand|lead|senior|junior|expert\w*|referent\w*|host|gastgeber\w*|jury)"
)


def _possessor(text: str, at: int, end: int) -> tuple[int, int] | None:
    """The possessor's span ending at the apostrophe ``at`` ("Foods'", "NorthStar's"; ``end``:
    after the apostrophe's word), tried from up to 80 characters before it, when a function and
    a name follow."""
    if not _FUNCTION_NAME.match(text, end - 1):
        return None
    lo = max(0, at - 80)
    for w in re.finditer(r"(?<![\w'’-])[A-ZÄÖÜ]", text[lo:at]):
        m = _POSSESSOR_SLOT.match(text, lo + w.start())
        if m is not None and m.end() in (at, at + 1, at + 2):  # a name word may hold the apostrophe
            return lo + w.start(), at
    return None


def slot_orgs(
    text: str, taken: list[tuple[int, int]], places: list[tuple[int, int]], known: set[str]
) -> list[Org]:
    """Organisations named by their slot, not by their form: in brackets after a person's name,
    as the possessor of a function before a name ("Brightwater Foods' CEO Ana Ruiz"), or after a function and "von/bei/at" with a word in camel case or capitals ("Gründer von
    SeatSense"; German nouns are capitalised too: "Berater bei Fragen", "Redakteur beim Kieler
    Funk" stays unsure). No place, no function word, no word of a name already found, not the
    first words of a name found (``known``: the first words of each, in lower case)."""
    index, place_index = SpanIndex(taken), SpanIndex(places)
    out: list[Org] = []
    found = [
        m.span("name")
        for m in _BRACKET_SLOT.finditer(text)
        if _NAME_BEFORE.search(text, max(0, m.start() - 80), m.start())
    ]
    for q in re.finditer(r"(?<=\w)['’]s?\s", text):
        span = _possessor(text, q.start(), q.end())
        if (
            span
            and (" " in text[span[0] : span[1]] or _CAMEL.match(text, span[0]))
            and not place_index.overlaps(*span)
        ):
            found.append(span)  # "Leeds's mayor": a place's function, no body
    found += [
        m.span("name")
        for m in _FUNCTION_SLOT.finditer(text)
        if any(_CAMEL.match(w) for w in m.group("name").split())
        and _FUNCTION_BEFORE.search(text, max(0, m.start() - 60), m.start())
    ]
    for a, b in found:
        words = text[a:b].split()
        if " ".join(words).casefold() in known:
            continue  # "Alder Valley's CEO" after "Alder Valley Cluster": its short name, no new body
        if (
            index.overlaps(a, b)
            or (place_index.overlaps(a, b) and len(words) == 1)  # "(Rostock)", not "(Leeds Civic Trust)"
            or any(
                _FUNCTION.fullmatch(w) or w.casefold() in STOP_WORDS or _NO_BODY_WORD.fullmatch(w)
                for w in words
            )
            or (len(words) == 1 and not _CAMEL.match(words[0]))
        ):
            continue
        out.append(Org(" ".join(words), a, b))
        taken.append((a, b))
    return out


_ABBR = re.compile(r"\s{0,2}\((?P<a>[A-ZÄÖÜ][A-ZÄÖÜ0-9&-]{1,9})\)")


def abbreviations(text: str, orgs: list[Org], taken: list[tuple[int, int]]) -> list[Org]:
    """ "Bundesministerium für Testwesen (BMT)": the abbreviation in brackets names the body again
    wherever it stands alone later. At most 20 per text, each searched once: linear time."""
    out: list[Org] = []
    index = SpanIndex(taken)
    searched: set[str] = set()
    for o in sorted(orgs, key=lambda o: o.start):
        m = _ABBR.match(text, o.end)
        if m is None or m.group("a") in searched or len(searched) >= 20:
            continue
        searched.add(m.group("a"))
        # before the brackets too: "WECN Members' Update" over "… Network (WECN) now counts …"
        for n in re.finditer(rf"(?<![\w-]){re.escape(m.group('a'))}(?![\w-])", text):
            a, b = n.start(), n.end()
            if m.start() <= a < m.end():
                continue
            if not index.overlaps(a, b):
                out.append(Org(o.name, a, b, o.iri, o.candidates, o.kind, o.from_graph))
    return out


_CORE = re.compile(
    rf"^(?:(?:Cluster|Netzwerk|Verein|Verband|Network|Association)\s{{1,2}})?(?P<core>.+?),?\s{{1,2}}(?:{_LEGAL_FORMS})$"
)


def short_forms(text: str, orgs: list[Org], taken: list[tuple[int, int]]) -> list[Org]:
    """ "Holz & Bau Schwarzwald" after "Cluster Holz & Bau Schwarzwald e. V.": a name found by a
    pattern, without its head word and legal form (two words at least, or a camel-case first
    word: "BlueGrid" of "BlueGrid Analytics sp. z o.o."), names it again.
    At most 20 such names per text, each searched once: linear time."""
    cores: dict[str, Org] = {}
    for o in orgs:
        m = _CORE.match(o.name) if not o.from_graph else None
        if m and len(m.group("core").split()) >= 2 and m.group("core") not in cores and len(cores) < 20:
            cores[m.group("core")] = o
        first = m.group("core").split()[0] if m else ""
        if (
            re.fullmatch(r"[A-ZÄÖÜ][a-zäöüß]{1,20}[A-Z][a-z]{2,20}", first)
            and first not in cores
            and len(cores) < 20
        ):
            cores[first] = o  # "BlueGrid" of "BlueGrid Analytics sp. z o.o.": a camel-case first word
        if (
            m
            and re.fullmatch(r"[A-ZÄÖÜ]{3,8}", first)
            and len(m.group("core").split()) >= 2
            and len(cores) < 20
        ):
            cores.setdefault(first, o)  # "der WEGE" after "WEGE Wirtschaftsentwicklungsgesellschaft … mbH"
        if m and len(m.group("core").split()) == 1 and len(cores) < 20:
            # "Kelpwise's CTO" after "Kelpwise AS": one word, only as a possessive
            cores.setdefault(m.group("core") + "['’]s", o)
        elif (
            m
            and len(cores) < 20
            and re.fullmatch(r"[A-ZÄÖÜ][a-zäöüß]{3,20}", first)
            and first.casefold() not in STOP_WORDS
            and sum(1 for p in orgs if p.name.split()[0] == first and p.name != o.name) == 0
        ):
            # "Ridgeway's operations director" after "Ridgeway Test Tracks Ltd": its first word, as a possessive
            cores.setdefault(first + "['’]s", o)
        short = re.match(r"[ \t]{0,2}\(([A-ZÄÖÜ][A-ZÄÖÜa-z0-9&-]{1,9})\)", text[o.end : o.end + 14])
        if short and not o.from_graph and short.group(1) not in cores and len(cores) < 20:
            cores[short.group(1)] = o  # "Arbeitsgemeinschaft Deutscher Technologiecluster (AGDT)"
        for letters in _initials_of(o.name) if not o.from_graph else ():
            if len(letters) >= 3 and letters not in cores and len(cores) < 20:
                cores[letters] = o  # "the APPG's co-chair" after "All-Party Parliamentary Group on …"
    index = SpanIndex(taken)
    out: list[Org] = []
    for core, o in cores.items():
        pattern = core if core.endswith("['’]s") else re.escape(core)
        for m in re.finditer(rf"(?<![\w-]){pattern}(?![\w-])", text):
            end = m.end() - 2 if core.endswith("['’]s") else m.end()
            if not index.overlaps(m.start(), end) and not (o.start <= m.start() < o.end):
                out.append(Org(o.name, m.start(), end))
    return out


def _initials_of(name: str) -> tuple[str, ...]:
    """The initials of a name's capitalised words and hyphenated parts, without its legal form,
    all of them and those before a lower-case word ("All-Party Parliamentary Group on
    Manufacturing" → "APPGM", "APPG")."""
    m = _CORE.match(name)
    words = re.split(r"[\s-]+", m.group("core") if m else name)
    lower = next((i for i, w in enumerate(words) if not w[:1].isupper()), len(words))
    full = "".join(w[0] for w in words if w[:1].isupper())
    head = "".join(w[0] for w in words[:lower])
    return (full, head) if head != full else (full,)
