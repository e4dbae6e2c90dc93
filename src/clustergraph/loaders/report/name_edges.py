# ruff: noqa: E501
"""What stands at the edges of an event's name and belongs to it, or replaces it: an edition
number after it ("Harbour Pitch Night 7, the quarterly showcase"), a trip's destination with
its year ("Study Trip to Finland 2023", "Delegationsreise nach Dänemark 2023"), a quoted title
after a generic event noun ('the Living Lab workshop "Smart Harbour"'); and what is never a
name: a month with its year ("July 2026"), a headline that names an organisation ("Baltic ICT
Cluster")."""

from __future__ import annotations

import re

from clustergraph.loaders.report.eventwords import _TITLE_LINKS
from clustergraph.loaders.report.model import Item
from clustergraph.loaders.textkit import MONTHS
from clustergraph.loaders.textkit.people import NAME_WORD

_MONTH = "|".join(sorted((re.escape(m) for m in MONTHS), key=len, reverse=True))
#: An edition number right after a name, before a comma, a bracket, a dash or a verb or
#: preposition ("Night 7, the", "Hackathon 4 fand"), not a day ("Night 4 May") nor a count
#: ("Night 12 teams"), nor the first day of a range ("Summit 3 to 5 May").
_EDITION = re.compile(
    r"[ \t]{1,2}(?P<n>[1-9][0-9]?)(?![ \t]{1,2}(?:to|bis|and|und|-|–)[ \t]{1,2}[0-9])(?=[,;)]|[ \t]{1,2}(?:[(–—]|(?:took|was|is|drew|brought|attracted|fand|findet|war|ist"
    r"|lockte|brachte|zog|in|im|am|on|at|auf|with|mit|nach|to)\b))"
)
#: A destination with a year after a trip's name: " to Finland 2023", " nach Dänemark 2023".
_DESTINATION = re.compile(
    rf"[ \t]{{1,2}}(?:to|nach)[ \t]{{1,2}}(?!(?:{_MONTH})\b)(?:{NAME_WORD})(?:[ \t]{{1,2}}{NAME_WORD})?"
    rf"[ \t]{{1,2}}(?:19|20)[0-9]{{2}}(?![\w.,-]|[ \t]{{1,2}}[0-9])"
)
_TRAVEL = re.compile(r"(?i:mission|reise|trip|journey|tour|visit|expedition|exkursion|excursion|delegation)$")
#: A quoted title right after a name: ' "Smart Harbour"', ' „Grüner Hafen“'.
_QUOTED_NEXT = re.compile(r"[ \t]{1,2}[„“\"‚‘«](?P<q>[A-ZÄÖÜ0-9][^„“”\"«»‘’\n]{1,80}?)[“”\"‘’»](?![\w])")
_MONTH_YEAR = re.compile(rf"(?i:{_MONTH})\.?[ \t]{{1,2}}(?:19|20)[0-9]{{2}}")
#: The last word of an organisation's name: a headline ending in it names no event.
_ORG_END = re.compile(
    r"(?:\b|[a-zäöü])(?:Cluster|Network|Netzwerk|Verband|Verein|Association|Alliance|Allianz|Society|Gesellschaft"
    r"|Institut|Institute|Agentur|Agency|GmbH|e\.\s?V\.|Ltd|Inc)$"
)


#: A duration before a name: "three-day", "zweitägige", "2-day".
_DURATION_WORD = re.compile(
    r"(?:one|two|three|four|five|six|seven|ein|zwei|drei|vier|fünf|sechs|sieben|[1-9])-?(?:day|tägige\w{0,2}|week|wöchige\w{0,2})",
    re.I,
)


def duration_word(word: str) -> bool:
    """Whether ``word`` tells a duration ("three-day", "zweitägigen"): no part of a name."""
    return bool(_DURATION_WORD.fullmatch(word))


#: A word of an organisation's name (a legal form or a kind of body).
_ORG_WORD = re.compile(
    r"(?:GmbH|AG|SE|e\.\s?V\.|V\.|Ltd\.?|Inc\.?|plc|LLC|SAS|SA|BV|NV|AB|AS|Oy)(?![\w])"
    r"|(?i:cluster|network|netzwerk|verband|verein|association|alliance|allianz|institut\w*|universit\w+|hochschule"
    r"|stiftung|foundation|agency|agentur|gesellschaft|society|council|chamber|kammer|ministry|ministerium|gemeente)"
)
#: A host verb after a name's last word: the word is its subject ("the Open Day NRG hosted").
_HOST_AFTER = re.compile(
    r"[ \t]{1,2}(?:hosted|organi[sz]ed|held|ran|staged|put\s+on|veranstaltete|organisierte|ausrichtete|richtete)\b"
)


def organisation_tail(text: str, tail: str, end: int) -> bool:
    """Whether ``tail``, one short name at a name's end (at ``end``), is an organisation's: the text
    gives it in brackets after a long name ("Nordsee Robotics GmbH (NRG)"), or a host verb follows
    it ("the Open Day NRG hosted on 4 May"). Then it is no part of the event's name."""
    word = tail.strip()
    if " " in word or not word[:1].isupper() or not any(c.isupper() for c in word[1:]):
        return False
    if _HOST_AFTER.match(text, end):
        return True
    for b in re.finditer(rf"\([ \t]?{re.escape(word)}[ \t]?\)", text):
        if _ORG_WORD.search(" ".join(text[max(0, b.start() - 80) : b.start()].split()[-3:])):
            return True  # "Nordsee Robotics GmbH (NRG)", "Zorgtech Cluster Brabant (ZCB)", not a project's long name
    return False


def edition_end(text: str, end: int, words: list[str]) -> int:
    """The end of a name of two words or more without a number that an edition number follows
    ("Lakefront Startup Night 7, the …"); else ``end``."""
    if len(words) < 2 or any(c.isdigit() for c in "".join(words)):
        return end
    m = _EDITION.match(text, end)
    return m.end("n") if m else end


def destination_end(text: str, end: int, words: list[str]) -> int:
    """The end of a trip's name with its destination and year ("Photonics Mission to Lyon 2026");
    else ``end``. Only a trip (a mission, a journey, a Reise) has a destination in its name."""
    if not words or not _TRAVEL.search(words[-1]) or any(c.isdigit() for c in "".join(words)):
        return end
    m = _DESTINATION.match(text, end)
    return m.end() if m else end


def quoted_next(text: str, end: int, words: list[str]) -> tuple[int, int] | None:
    """The span of a quoted title right after a name without a number ('the Living Lab workshop
    "Smart Harbour"'): the title names the event, the words before are a generic noun. ``None``
    for a name with a year or an edition, or a quotation that is no title (a statement)."""
    if any(c.isdigit() for c in "".join(words)):
        return None
    m = _QUOTED_NEXT.match(text, end)
    if m is None:
        return None
    title = m.group("q").split()
    if (
        len(title) > 8
        or m.group("q").rstrip().endswith(("?", "!", ",", "."))
        or any(w[:1].islower() and w.casefold() not in _TITLE_LINKS for w in title)
    ):
        return None
    return m.start("q"), m.end("q")


def month_year(name: str) -> bool:
    """Whether ``name`` is a month with its year ("July 2026", "Mai 2023"): a date, no name."""
    return bool(_MONTH_YEAR.fullmatch(name.strip()))


def organisation_like(name: str) -> bool:
    """Whether ``name`` ends as an organisation's name does ("Baltic ICT Cluster", "… Netzwerk")."""
    return bool(_ORG_END.search(name.strip()))


def with_edition(name: Item, names: list[Item]) -> Item:
    """The candidate that is ``name`` with its edition number ("Lakefront Startup Night 7" for a
    headline's "Lakefront Startup Night"): the same event, named more exactly; else ``name``."""
    bare = name.data["name"]
    for other in names:
        more = other.data["name"]
        if more.startswith(bare + " ") and re.fullmatch(r"[1-9][0-9]?", more[len(bare) + 1 :]):
            return other
    return name
