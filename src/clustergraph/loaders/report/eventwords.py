# ruff: noqa: E501
"""The words of events' names: the event words (German and English, compounds and two-word heads),
what is never a name (weekdays, institutions, labels of a news item, stop words before a name),
and the shape of a name: a quoted title around an event word, a capitalised "Annual", an
edition's ordinal, a duration after a number ("zwei Tage") or a lower-case event word that is a
common noun ("Two days of exchange"), a German genitive in its base form ("des Innovationstags"),
an acronym the text names again at a name's end ("Kick-off KLIMAKABINE"), and a surname that
ends in an event word where a person's name stands ("folgt auf Frank Ostertag, der …").
"""

from __future__ import annotations

import re

_EVENT_HEADS = (
    r"Forum|Tag|Tage|Tagung|Jahrestagung|Day|Days|Konferenz|Conference|Kongress|Congress|Summit|Gipfel"
    r"|Workshop|Preisabend|Preisverleihung|Award|Awards|Mitgliederversammlung|Clustertreffen|Treffen"
    r"|Meeting|Symposium|Messe|Fair|Expo|Netzwerktreffen|Netzwerkabend|Jahresempfang|Festival"
    r"|Matchmaking|Roadshow|Hackathon|Week|Woche|Kolloquium|Colloquium|Stammtisch|Webinar|Dialog"
    r"|Gespräch|Empfang|Reception|Breakfast|Frühstück|Kick-off|Kickoff|Mission|Delegationsreise"
    r"|Sommerfest|Lunch|Dinner|Night|Evening|Abend|Camp|Exchange|School|Akademie|Academy|Kick-off|Kickoff"
    r"|Roundtable|Round\s+Table|Meetup|Meet-up|Barcamp|Bootcamp|Hearing|Salon|Get-together|Expedition"
    r"|Visit|Besuch|Delegation|Reise|Tour|Clinic|Werkstatt|Assembly|Versammlung|Austausch|Ausstellung"
    r"|Exhibition|Show|Gala|Festakt|Ceremony|Pitch|Retreat|Exkursion|Excursion|Convention|Plenum|Treff"
    r"|Café|Cafe|Coffee|Sprechstunde|Trade\s+Fair|Fachmesse|Leitmesse|Jahresversammlung|Konvent|Masterclass"
    r"|Seminar|Schulung|Lecture|Vorlesung|Kooperationsbörse|Kontaktbörse|Projektbörse|Technologiebörse|Partnerbörse|Brokerage|Wettbewerb|Competition|Challenge|Feier|Jubiläum"
    r"|Anniversary|Celebration|Besichtigung|Rundgang|Sprint|Learning\s+Journey|Learning\s+Expedition|Study\s+Trip|Journey|Trip|Study\s+Tour|Lernreise|Studienreise|Messebeteiligung|Gemeinschaftsstand|Messestand|Pavilion|Pavillon"
    r"|Sessions|Gespräche|Hack|Hacks|Hackday|Hacknight|Jam|Codefest|Datathon|Ideathon|Makeathon|Plenary|Open\s+Day|Open\s+House|Demo\s+Day|Tag\s+der\s+offenen\s+Tür"
)


_WEEKDAYS = re.compile(
    r"(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|Vortrag|Beitrag|Antrag|Auftrag|Monday"
    r"|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Today|Yesterday|Holiday|Birthday|Feiertag"
    r"|Commission|Kommission|Submission|Permission|Transmission|Emission|Admission|Vertrag|Ertrag|Betrag|Nachtrag"
    r"|Alltag|Werktag|Landtag|Bundestag|Kreistag|Kreistage|Landtage)$",
    re.I,
)
#: Institutions named like events: "Business School", "Graduate School".
_INSTITUTION = re.compile(
    r"\b(?:Business|High|Graduate|Medical|Law|Engineering|Management|Grammar)\s+School$"
)
_STOP = {
    "der", "die", "das", "des", "dem", "den", "zum", "zur", "beim", "am", "im", "auf", "bei", "the",
    "at", "on", "of", "for", "in", "nach", "vom", "von", "ein", "eine", "a", "an", "this", "our",
    "unser", "unsere", "diese", "dieser", "dieses", "next", "nächste", "nächsten", "successful",
    "erfolgreiche", "erfolgreicher", "annual", "jährliche", "first", "erste", "ersten", "news",
    "meldung", "kurzmeldungen", "pressemitteilung", "newsletter", "rückblick", "nachbericht", "recap", "its", "their", "seine", "ihre", "held", "hosted",
    "after", "before", "during", "vor", "während", "jahren", "jahre", "monaten", "wochen", "years",
    "ordentliche", "ordentlichen", "ordentlicher",
}  # fmt: skip
#: Labels of a news item or a publication, never an event's name: "Newsletter", "Kurzmeldungen",
#: "In brief", "Rückblick", "Issue 2/2022".
LABEL_WORD = re.compile(
    r"\b(?:newsletter|kurzmeldung\w{0,2}|kurz\s+notiert|in\s+brief|rückblick|nachbericht|recap"
    r"|pressemitteilung|press\s+release|member\s+news|mitgliedernews|company\s+post|issue\s+\d|ausgabe\s+\d)\b",
    re.I,
)


#: A compound that ends in an event word: "Clustertreffen", "Photonik-Transfertag", "Wasserstoff-Stammtisch".
_COMPOUND = re.compile(r"(?:[a-zäöü-](?:" + _EVENT_HEADS.lower() + r")|[a-zäöü]-(?i:" + _EVENT_HEADS + r"))$")
_COMPOUND_LOOSE = re.compile(
    r"(?:[a-zäöü](?:" + _EVENT_HEADS.lower() + r")|[a-zäöü]-(?i:" + _EVENT_HEADS + r"))$"
)


#: Adjectives that open a name when written with a capital inside a sentence ("our Annual General Meeting").
_TITLE_ADJECTIVES = {"annual", "first"}


def _title_word(text: str, start: int, word: str) -> bool:
    """Whether ``word`` at ``start`` is a capitalised title adjective that does not open a sentence."""
    if word.casefold() not in _TITLE_ADJECTIVES or not word[0].isupper():
        return False
    before = text[max(0, start - 3) : start].rstrip(" \t")
    return bool(before) and before[-1] not in '.!?:\n"„“‚‘«–—-•*'


_OPEN_QUOTES = '„“"‚‘«'
_CLOSE_QUOTES = '“”"‘’»'


def _quote_around(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of a short quoted title that ends right after the name at ``start:end`` and
    opens on the same line before it ('our first "AI for Grid Operators – Live Clinic"')."""
    if end >= len(text) or text[end] not in _CLOSE_QUOTES or start == 0 or text[start - 1] in _OPEN_QUOTES:
        return None
    line = text.rfind("\n", max(0, start - 100), start) + 1
    before = text[max(line, start - 100) : start]
    opened = max(before.rfind(q) for q in _OPEN_QUOTES)
    if opened < 0 or any(q in before[opened + 1 :] for q in _CLOSE_QUOTES + _OPEN_QUOTES):
        return None
    qs = max(line, start - 100) + opened + 1
    title = text[qs:end]
    if (
        not (title[:1].isupper() or title[:1].isdigit())
        or len(title.split()) > 8
        or title.rstrip().endswith(("?", "!"))
        or any(w[:1].islower() and w.casefold() not in _TITLE_LINKS for w in title.split())
    ):
        return None  # a quoted statement ("„Der Austausch beim Fjordforum war toll“"), not a title
    return qs, end


#: Small words inside a title: "AI for Grid Operators – Live Clinic", "Robotik im Mittelstand".
_TITLE_LINKS = {
    "for", "of", "and", "the", "a", "an", "to", "in", "on", "at", "with", "meets", "x", "vs", "vs.",
    "für", "und", "im", "am", "der", "die", "das", "des", "mit", "trifft", "zum", "zur", "von", "auf",
}  # fmt: skip


_HEAD_SET = {h.casefold() for h in _EVENT_HEADS.split("|") if "\\" not in h}
_DURATION = {"tag", "tage", "tagen", "day", "days", "woche", "wochen", "week", "weeks", "abend", "abende",
             "nacht", "nächte", "night", "nights"}  # fmt: skip
_CARDINAL = re.compile(
    r"(?:[0-9]{1,3}|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|two|three|four|five|six|seven|eight|nine|ten"
    r"|several|mehrere|einige|wenige|few|many|viele)$",
    re.I,
)


def _generic(text: str, start: int, words: list[str]) -> bool:
    """Whether ``words`` (at ``start``) use an event word as a common noun: written in lower
    case after a sentence's first word ("Two days of exchange"), or a duration after a number
    ("zwei Tage Austausch", "3 Days")."""
    opens = start == 0 or bool(re.search(r"[.!?:\n][ \t]{0,2}$", text[max(0, start - 3) : start]))
    for k, w in enumerate(words):
        if k and opens and w.islower() and w.casefold() in _HEAD_SET and all(v.islower() for v in words[1:k]):
            return True  # "Two days of exchange", not "the Bavarian learning journey"
        if w.casefold() in _DURATION:
            before = words[k - 1] if k else (text[max(0, start - 20) : start].split() or [""])[-1]
            if _CARDINAL.search(before):
                return True
    return False


#: An edition's ordinal before a name: a numbered edition is a title, tail and all.
_ORDINAL_FIRST = re.compile(r"[0-9]{1,2}(?:\.|st|nd|rd|th)\s")


def _core(name: str) -> str:
    """``name`` without its leading articles and prepositions ("Das 5. Fachforum Leichtbau")."""
    words = name.split()
    while len(words) > 2 and words[0].casefold() in _STOP:
        words = words[1:]
    return " ".join(words)


def _repeated(text: str, name: str, body: int) -> int:
    """How often ``name`` without its leading articles stands in the body ("Das 5. Fachforum
    Leichtbau" counts "5. Fachforum Leichtbau" in the headline too)."""
    return text.count(_core(name), body)


def _nominative(words: list[str], token: str, ending: str) -> list[str]:
    """``words`` with the genitive ``token`` in its base form ("Innovationstags" → "Innovationstag")."""
    if token not in words:
        return words
    k = words.index(token)
    return [*words[:k], token[: len(token) - len(ending)], *words[k + 1 :]]


def _quoted_part(text: str, start: int, name: str) -> bool:
    """Whether ``name`` (at ``start``) is part of a quotation: it holds a quotation mark, or a
    closing single quote that is no plural possessive ("Cluster Managers' Academy" is a name,
    "the 'Data Days' workshop" and "the ‘Cyber Hygiene’ clinic" are quoted)."""
    if re.search(r"[„“”\"«»‘]", name):
        return True
    line = text.rfind("\n", max(0, start - 120), start) + 1
    before = text[max(line, start - 120) : start]
    for m in re.finditer(r"[’'](?=\s|$)", name):
        opened = re.search(r"(?:^|\s)['‘][A-ZÄÖÜ0-9]", before + name[: m.start()])
        if m.start() > 1 and name[m.start() - 1] == "s" and not opened:
            continue  # "Managers' Academy": a plural possessive
        return True
    return False


#: A project's or a region's acronym in a name's tail ("Kick-off KLIMAKABINE", "Barcamp Circular OWL"),
#: not a legal form or a common abbreviation ("AG", "SME", "EU").
_ACRONYM = (
    r"(?!(?:AG|KG|SE|UG|AB|SA|SAS|SRL|SPA|BV|NV|OY|AS|LLC|LTD|PLC|INC|CEO|CTO|CFO|KMU|SME|SMES|EU|IT|PR|HR|FAQ|PDF)(?![\w-]))"
    r"[A-ZÄÖÜ][A-ZÄÖÜ0-9]{1,11}(?![\w-])"
)
#: A project's name in a name's tail: an acronym or a camel-case word ("Partnertreffen SeaGrid").
_PROJECT = rf"(?:{_ACRONYM}|[A-ZÄÖÜ][a-zäöü]{{1,15}}+[A-ZÄÖÜ][A-Za-zäöü0-9]{{1,15}}+(?![\w-]))"


#: What stands before a person's name and never before an event's name without an article.
_PERSON_BEFORE = re.compile(
    r"(?:\b(?:Dr|Prof|Herrn?|Frau|Mr|Ms|Mrs|auf|an|mit|von|by|with|from|succeeds|replaces|ersetzt)\.?|[,(])\s{1,2}$"
)
_PERSON_AFTER = re.compile(r"\s{0,2}(?:,\s{1,2}(?:der|die|who)\b|\()")


def _person_shaped(text: str, start: int, end: int, words: list[str]) -> bool:
    """Whether a name of two words without a year ("Frank Ostertag") stands where a person's
    name stands: after a title or a preposition without an article ("folgt auf …"), and before
    a relative clause or a bracket (", der nicht erneut kandidierte")."""
    return (
        len(words) == 2
        and not any(c.isdigit() for c in words[1])
        and "-" not in words[1]
        and words[1][1:].islower()
        and bool(_PERSON_BEFORE.search(text, max(0, start - 12), start))
        and bool(_PERSON_AFTER.match(text, end))
    )


def _named_acronym(text: str, tail: str, body: int) -> bool:
    """Whether ``tail`` is one acronym or camel-case word that the text names again ("Kick-off
    KLIMAKABINE" in a text on the project KLIMAKABINE, "Partnertreffen SeaGrid"): a project's
    name, not a word that happens to follow."""
    word = tail.strip()
    if not re.fullmatch(_PROJECT, word):
        return False
    return len(re.findall(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text[max(0, body - 400) :])) >= 2
