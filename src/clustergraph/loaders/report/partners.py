# ruff: noqa: E501
"""Who took part as a partner: partner countries and regions, stated ("Partnerland war Polen",
"Partnerregionen des Projekts: A, B, C", "Partner aus A und B", "partners from A"), the regions
a partnership links, a delegation's destination country or a stated destination ("Bavaria … was
the destination"), a guest country.
"""

from __future__ import annotations

import re
from collections.abc import Container, Iterable, Iterator

from clustergraph.loaders.textkit import Mention
from clustergraph.loaders.textkit.people import REGION_WORD


def _region(group: str) -> str:
    """A country or region, "the" before it left out of the group: "Flanders", "the Nordic countries"."""
    return rf"(?:the\s+|die\s+)?(?P<{group}>{REGION_WORD}(?:\s+(?:{REGION_WORD}|countries|states|region))?)"


_R = rf"{REGION_WORD}(?:\s+{REGION_WORD})?"
#: The end of a list item: a comma, "und", the sentence's end.
_ITEM_END = (
    r"(?=\s*(?:[.;,!)–]|und\b|sowie\b|$)|\s+(?:mit|vertreten|dabei|beteiligt|präsent|anwesend|zu\s+Gast)\b)"
)
_PARTNER = (
    re.compile(rf"(?:Partner|Gast|Fokus)(?:land|länder|region|regionen|kanton|kantone|bundesland|bundesländer|staat)\s+(?:\w+\s+){{0,4}}?(?:war|waren|ist|sind)\s+"
               rf"(?:(?:in\s+diesem\s+Jahr|dieses\s+Jahr|diesmal|erstmals|heuer)\s+)?(?:die\s+|der\s+|das\s+)?"
               # an adjective before the name: "die französische Region X", "das benachbarte Dänemark"
               rf"(?:[a-zäöü]{{3,20}}e\s+)?(?:Region\s+)?(?P<a>{REGION_WORD}(?:\s+{REGION_WORD})?)"
               # further regions only as list items ("Polen, Gastgeber der Tagung" names none)
               rf"(?:\s*(?:,|und)\s*(?:die\s+|der\s+|das\s+)?(?P<b>{REGION_WORD}(?:\s+{REGION_WORD})?){_ITEM_END})?"
               rf"(?:\s*(?:,|und)\s*(?:die\s+|der\s+|das\s+)?(?P<c>{REGION_WORD}(?:\s+{REGION_WORD})?){_ITEM_END})?"),
    re.compile(rf"(?:[Pp]artner|[Tt]arget)\s+(?:country|countries|region|regions)\s+(?:\w+\s+){{0,4}}?(?:was|were|is|are)\s+"
               rf"(?:(?:this\s+year)\s+)?(?P<a>{REGION_WORD}(?:\s+{REGION_WORD})?)"
               rf"(?:\s*(?:,|and)\s*(?P<b>{REGION_WORD}(?:\s+{REGION_WORD})?))?"),
    # "The partner regions of the project are A, B, C and D", "Partnerregionen des Projekts sind A, B und C"
    re.compile(rf"(?:[Pp]artner\s+(?:countries|regions)|Partner(?:länder|regionen))\s+(?:\w+\s+){{0,3}}?(?:include|included|were|are|sind|waren|umfassen)\s+"
               rf"(?P<list>{_R}(?:(?:,\s+|,?\s+(?:and|und|sowie)\s+){_R}){{2,7}})(?![\w-])"),
    re.compile(rf"the\s+partner\s+(?:countries|regions)\s+(?P<a>{REGION_WORD}(?:\s+{REGION_WORD})?)"
               rf"\s+and\s+(?P<b>{REGION_WORD}(?:\s+{REGION_WORD})?)"),
    re.compile(rf"(?!(?:Dies|Das|Diese|Dieses|Welches|Jedes)\b)(?P<a>{REGION_WORD})\s+(?:war|ist)\s+(?:(?:in\s+diesem\s+Jahr|heuer|diesmal|erstmals)\s+)?(?:das\s+|die\s+)?"
               rf"(?:Partner|Ziel|Gast)(?:land|region)\b"),
    # "Scotland was the partner region of this year's edition", "Nordland, in northern Norway, was this year's partner region"
    re.compile(rf"(?!(?:This|That|These|Those|There|Here|Which|What|Who|Whose|Each|Every|Another)\b)(?P<a>{_R})(?:\s+and\s+(?P<b>{_R}))?(?:,[^,.\n]{{3,60}},)?\s+(?:was|is|were|are)\s+(?:once\s+again\s+|again\s+)?(?:this\s+year['’]s\s+|last\s+year['’]s\s+|the\s+|our\s+|its\s+)"
               rf"(?:official\s+)?(?:partner|target)\s+(?:countr(?:y|ies)|regions?|nations?)\b"),
    # "Navarra, Saxony and Thuringia are the project's partner regions", "Steiermark, Bayern und Sachsen sind die Partnerregionen"
    re.compile(rf"(?P<list>{_R}(?:,\s+{_R}){{1,6}},?\s+(?:and|und)\s+{_R})\s+(?:were|are|waren|sind)\s+(?:the|its|our|their|die|seine|ihre)\s+"
               rf"(?:[\w-]+['’]s\s+|beiden\s+|drei\s+|vier\s+|three\s+|four\s+)?[Pp]artner[ -]?(?:regions|countries|regionen|länder)\b"),
    # "mit Oberösterreich als Partnerregion", "with Styria as partner region"
    re.compile(rf"{_region('a')}\s+(?:als|as)\s+(?:the\s+|this\s+year's\s+)?[Pp]artner[ -]?(?:land|region|country)\b"),
    # "Flanders and the Nordic countries took part as partner regions"
    re.compile(rf"{_region('a')}(?:,\s+{_region('b')})?\s+(?:and|und)\s+{_region('c')}\s+(?:(?:took\s+part|joined|participated"
               rf"|were\s+present|were\s+represented|nahmen|waren)\s+(?:teil\s+)?)?(?:as|als)\s+(?:the\s+)?[Pp]artner[ -]?"
               rf"(?:regions|countries|regionen|länder)\b"),
    # "Partnerland Polen", "Partnerregion 2024: Steiermark"; "Partnerländer Polen und Frankreich"
    re.compile(rf"\b(?:Partner|Gast|Fokus)(?:land|region|kanton|bundesland)(?:[ \t]+(?:19|20)\d\d|[ \t]+(?:in[ \t]+diesem|dieses)[ \t]+Jahr(?:es)?)?(?:[ \t]*:[ \t]*|[ \t]+)(?P<a>{REGION_WORD})(?![\w-])"),
    re.compile(rf"\bPartner(?:länder|regionen)(?:[ \t]+(?:19|20)\d\d)?(?:[ \t]*:[ \t]*|[ \t]+)(?P<list>{REGION_WORD}"
               rf"(?:[ \t]*(?:,|und)[ \t]*{REGION_WORD}){{1,7}})(?![\w-])"),
    # "mit Südmähren auch eine Partnerregion"; "The partner country, Poland, was …", "Das Partnerland, Polen, …"
    re.compile(rf"\bmit\s+{_region('a')}\s+(?:auch\s+|erstmals\s+)?eine\s+Partner(?:region|land)\b"),
    re.compile(rf"\b(?:[Pp]artner\s+(?:country|region)|Partner(?:land|region)),\s+(?:die\s+|der\s+|das\s+)?(?P<a>{_R}),"),
    # "Partnerregionen des Projekts: Steiermark, Małopolska, Bayern", "Partner regions of the project: …"
    re.compile(rf"\b(?:Partner(?:länder|regionen)|[Pp]artner[ \t]+(?:countries|regions))(?:[ \t]+(?:des|der|of[ \t]+the)[ \t]+\w+)?"
               rf"[ \t]*:[ \t]*(?P<list>{_R}(?:[ \t]*(?:,|und|and|&)[ \t]*{_R}){{0,7}})[ \t]*$", re.M),
    # "Die Partnerregionen – Steiermark, Bayern und Małopolska – …"
    re.compile(rf"\b(?:Partner(?:länder|regionen)|[Pp]artner\s+(?:countries|regions))(?:\s+(?:des|der|of\s+the)\s+[\w-]+)?\s+[–—]\s+(?P<list>{_R}"
               rf"(?:\s*(?:,|und|and)\s*{_R}){{1,7}})\s+[–—]\s"),
    # partners "aus"/"from" regions: "Partner aus Bayern, Małopolska und der Steiermark", "with partners from Bavaria"
    re.compile(rf"\b(?:Partner(?:n|innen)?|[Pp]artners)\s+(?:aus|from)\s+(?P<list>(?:der\s+|dem\s+|den\s+|the\s+)?{_R}"
               rf"(?:\s*(?:,|und|and)\s*(?:aus\s+|from\s+)?(?:der\s+|dem\s+|den\s+|the\s+)?{_R}){{0,6}})(?![\w-])(?!\s+[A-ZÄÖÜ\d])"),
    # a stated destination: "Bavaria, the home region of …, was the destination", "Ziel der Reise war Südmähren"
    re.compile(rf"(?P<a>{_R})(?:,[^,.\n]{{3,80}},)?\s+(?:was|is)\s+(?:the|this\s+year's)\s+destination\b"),
    re.compile(rf"\b(?:Reiseziel|Zielland|Zielregion|Ziel\s+der\s+(?:\w*[Rr]eise|Delegation))\s+(?:war|ist)\s+(?:(?:in\s+diesem\s+Jahr|dieses\s+Jahr"
               rf"|diesmal|heuer|heuer\s+erstmals|erstmals|damit)\s+)?(?:die\s+|der\s+|das\s+)?(?:[a-zäöü]{{3,20}}e\s+)?(?:Region\s+)?(?P<a>{_R})(?![\w-])"),
    # "this year's partner region Lesser Poland", "Partner country: Poland"
    re.compile(rf"\b(?:[Pp]artner|[Tt]arget)[ \t]+(?:country|region)(?:[ \t]+(?:19|20)\d\d|[ \t]+(?:this|of[ \t]+the)[ \t]+(?:year|edition))?(?:[ \t]*:[ \t]*|[ \t]+)"
               rf"(?P<a>{REGION_WORD}(?:[ \t]+{REGION_WORD})?)(?![\w-])"),
    # "the Nordic countries and the Baltic states, its two partner regions"
    re.compile(rf"{_region('a')}\s+(?:and|und)\s+{_region('b')},\s+(?:its|their|the(?:\s+\w+['’]s)?|seine|ihre|die)\s+(?:two\s+|beiden\s+)?"
               rf"[Pp]artner[ -]?(?:regions|countries|regionen|länder)\b"),
    # a guest or focus country: "Gastland war Japan", "Japan was the guest country", "Focus country: Japan"
    re.compile(rf"\b(?:Gastland|Gastregion|Fokusland|Schwerpunktland)\s+(?:\w+\s+){{0,3}}?(?:war|ist)\s+"
               rf"(?:(?:in\s+diesem\s+Jahr|dieses\s+Jahr|diesmal|erstmals)\s+)?(?:die\s+|der\s+|das\s+)?(?P<a>{_R})(?![\w-])"),
    re.compile(rf"(?P<a>{_R})\s+(?:was|is)\s+(?:this\s+year['’]s\s+|the\s+)(?:(?:guest|focus|featured)\s+(?:country|region|nation)|country\s+of\s+hono(?:u)?r)\b"),
    re.compile(rf"\b(?:[Cc]ountry\s+of\s+hono(?:u)?r|[Ff]eatured\s+(?:country|region))(?:[ \t]*:[ \t]*|\s+(?:was|is|war|ist)\s+)(?P<a>{_R})(?![\w-])"),
    re.compile(rf"\b(?:[Gg]uest|[Ff]ocus|[Pp]artner)\s+(?:country|region),\s+(?P<a>{_R}),"),
    re.compile(rf"\b(?:[Gg]uest|[Ff]ocus)\s+(?:country|region)(?:\s+of\s+(?:this|the)\s+(?:year|edition))?(?:[ \t]*:[ \t]*|\s+(?:was|is)\s+)"
               rf"(?P<a>{_R})(?![\w-])"),
    # the regions a partnership links: "the X partnership, which … links Thuringia, Saxony and Auvergne-Rhône-Alpes"
    # (German nouns are capitalised: "verbindet Unternehmen und Hochschulen" names no region, so
    # "verbindet" needs "die Regionen")
    re.compile(rf"\b(?:partnership|Partnerschaft|Eurocluster|project|Projekt)\b[^.\n]{{0,120}}?\b(?:(?:links|linking|connects"
               rf"|connecting|unites|brings\s+together)\s+(?:the\s+regions\s+(?:of\s+)?)?|(?:verbindet|vereint)\s+die\s+Regionen\s+)"
               rf"(?P<a>{_R})(?:,\s+(?P<b>{_R}))?(?:,\s+(?P<c>{_R}))?,?\s+(?:and|und)\s+(?P<d>{_R})(?![\w-])"),
)  # fmt: skip
#: The destination of a delegation, a partner only when it is a country of the graph: "A delegation
#: of twelve firms travelled to Poland", "Die Delegation reiste nach Norwegen", "war eine Delegation … in Polen unterwegs".
_DESTINATION = (
    re.compile(rf"\b[Dd]elegation\w*\b[^.\n]{{0,60}}?\b(?:visited|toured|besuchte|besuchten|bereiste|bereisten)\s+(?P<a>{REGION_WORD})"
               rf"(?:\s*(?:,|and|und)\s*(?P<b>{REGION_WORD}))?(?![\w-])"),
    re.compile(rf"\b[Dd]elegation\w*\b[^.\n]{{0,100}}?\b(?:travelled|traveled|went|headed|reiste|reisten|fuhr|fuhren)"
               rf"\s+(?:\w+\s+){{0,2}}?(?:to|nach)\s+(?P<a>{REGION_WORD})(?![\w-])"),
    re.compile(rf"\b(?:reiste|reisten|fuhr|fuhren)\s+(?:eine|die)\s+(?:\w+\s+)?\w*[Dd]elegation\b[^.\n]{{0,100}}?"
               rf"\bnach\s+(?P<a>{REGION_WORD})(?![\w-])"),
    re.compile(rf"\b(?:[Dd]elegationsreise|[Dd]elegation\s+trip|[Dd]elegation\s+visit)\s+(?:to|nach)\s+(?P<a>{REGION_WORD})(?![\w-])"),
    re.compile(rf"\b[Dd]elegation\b[^.\n]{{0,80}}?\bin\s+(?P<a>{REGION_WORD})\s+unterwegs\b"),
)  # fmt: skip


def partner_regions(
    text: str, body: int, countries: Container[int] = (), places: Iterable[Mention] = ()
) -> Iterator[tuple[str, int, int, int, int]]:
    """Partner countries and regions: value, value span, and the span of the whole wording.

    A delegation's destination counts only when it is a country of the graph (``countries``: the
    offsets where the graph's countries are named); a city it travelled to is no partner region.
    A city of the graph (a mention in ``places`` of a city, see ``_is_city``) is none either,
    and a wording that names one among others names cities ("Partner aus Kiel und Lübeck").
    """
    cities = {p.start for p in places if _is_city(p)}
    seen: set[int] = set()
    values: set[str] = set()
    found = [(p, False) for p in _PARTNER] + [(p, True) for p in _DESTINATION]
    for pattern, needs_country in found:
        for m in pattern.finditer(text, body):
            named = list(_regions_of(m))
            if any(start in cities for _v, start in named):
                continue  # "Partner aus Kiel und Lübeck": cities, not regions
            for value, start in named:
                if " " not in value and value.endswith("ing") and start not in countries:
                    continue  # "Joining as partner region: …": a verb at the sentence's start
                if start in seen or (needs_country and start not in countries) or value.casefold() in values:
                    continue
                seen.add(start)
                values.add(value.casefold())
                yield value, start, start + len(value), m.start(), m.end()


def _is_city(place: Mention) -> bool:
    """Whether a place of the graph is a city: its id is a lower-case slug ("de-jena"); states and
    regions have ISO codes ("DE-BY", "PL-MA")."""
    ident = (place.iri or "").rsplit("/", 1)[-1]
    return bool(ident) and ident == ident.lower() and any(c.isalpha() for c in ident)


#: Capitalised German nouns that name who the partners are, not where they come from.
_NO_REGION = re.compile(
    r"(?:ung|schaft|heit|keit|tät|ik|ismus|nehmen|schulen|kliniken|ups?|stand|werk|firmen|betrieben?)$"
)
_NO_REGION_WORDS = {"industrie", "forschung", "wirtschaft", "wissenschaft", "praxis", "politik", "verwaltung",
                    "unternehmen", "hochschulen", "handwerk", "mittelstand", "kommunen", "medizin", "chemie", "energie",
                    "akademie", "industry", "academia", "research", "business"}  # fmt: skip


def _regions_of(m: re.Match[str]) -> Iterator[tuple[str, int]]:
    """The regions a partner wording names: its groups a–d, or the items of its group "list"
    (none when one item is a noun such as "Industrie": "Partner aus Industrie und Forschung")."""
    groups = m.groupdict()
    if groups.get("list"):
        items = [(r.group(), r.start()) for r in re.finditer(_R, m.group("list"))]
        items = [(v, s) for v, s in items if v.split()[0] not in ("Der", "Dem", "Den", "The")]
        if any(v.casefold() in _NO_REGION_WORDS or _NO_REGION.search(v) for v, _ in items):
            return
        yield from ((v, m.start("list") + s) for v, s in items)
        return
    named = [(m.group(g), m.start(g)) for g in ("a", "b", "c", "d") if groups.get(g)]
    if any(v.casefold() in _NO_REGION_WORDS or _NOUN_END.search(v) for v, _ in named):
        return  # "Partnerregionen sind Industrie, Forschung und Verwaltung": sectors, not regions
    yield from named


#: The ends of German nouns of sectors, never of a region's name ("Verwaltung", "Wissenschaft").
_NOUN_END = re.compile(r"(?:ung|schaft|heit|keit|ismus)$")
