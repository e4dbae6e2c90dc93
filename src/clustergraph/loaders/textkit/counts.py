"""Counts with their qualifier in German and English: "knapp 70", "more than 120", "rund 40".

:data:`QUALIFIERS` maps the wording to the codes of the graph's qualifier scheme;
:func:`count_pattern` builds the pattern for a number of some kind of thing ("Teilnehmende",
"members"), :func:`number` reads the number (digits with thousands separators, or a number word).

>>> pat = count_pattern(r"Teilnehmende|participants")
>>> m = pat.search("With almost seventy participants")
>>> qualifier(m.group("q")), number(m.group("n"))
('almost', 70)
>>> number("two hundred and fifty"), number("fünfundzwanzig"), number("hundertzwanzig")
(250, 25, 120)
>>> m = pat.search("Mehr als 1.200 Teilnehmende")
>>> qualifier(m.group("q")), number(m.group("n"))
('more-than', 1200)
"""

from __future__ import annotations

import re

QUALIFIERS = {
    "mehr als": "more-than", "über": "more-than", "ueber": "more-than", "more than": "more-than",
    "over": "more-than", "rund": "about", "etwa": "about", "ca.": "about", "circa": "about",
    "ungefähr": "about", "around": "about", "about": "about", "approximately": "about",
    "roughly": "about", "some": "about", "knapp": "almost", "fast": "almost", "beinahe": "almost",
    "nahezu": "almost", "nearly": "almost", "almost": "almost", "just under": "almost",
    "mindestens": "at-least", "at least": "at-least", "weniger als": "fewer-than",
    "fewer than": "fewer-than", "less than": "fewer-than", "well over": "more-than",
    "gut": "more-than", "approx.": "about", "approx": "about", "rd.": "about", "close to": "almost",
    "annähernd": "almost", "upwards of": "more-than", "gut über": "more-than", "weit über": "more-than",
    "an die": "about", "um die": "about", "so um die": "about", "schätzungsweise": "about",
    "geschätzt": "about", "geschätzte": "about", "an estimated": "about", "an approximate": "about",
    "just over": "more-than", "a little over": "more-than", "slightly more than": "more-than",
    "in excess of": "more-than", "knapp über": "more-than", "knapp unter": "almost",
    "just shy of": "almost", "a little under": "almost", "not quite": "almost",
}  # fmt: skip

_UNITS = {
    "ein": 1, "eine": 1, "one": 1, "zwei": 2, "two": 2, "drei": 3, "three": 3, "vier": 4, "four": 4,
    "fünf": 5, "five": 5, "sechs": 6, "six": 6, "sieben": 7, "seven": 7, "acht": 8, "eight": 8,
    "neun": 9, "nine": 9, "zehn": 10, "ten": 10, "elf": 11, "eleven": 11, "zwölf": 12, "twelve": 12,
    "dreizehn": 13, "thirteen": 13, "fourteen": 14, "vierzehn": 14, "fünfzehn": 15, "fifteen": 15,
    "sechzehn": 16, "sixteen": 16, "siebzehn": 17, "seventeen": 17, "achtzehn": 18, "eighteen": 18,
    "neunzehn": 19, "nineteen": 19,
}  # fmt: skip
_TENS = {
    "zwanzig": 20, "twenty": 20, "dreißig": 30, "dreissig": 30, "thirty": 30, "vierzig": 40,
    "forty": 40, "fünfzig": 50, "fifty": 50, "sechzig": 60, "sixty": 60, "siebzig": 70,
    "seventy": 70, "achtzig": 80, "eighty": 80, "neunzig": 90, "ninety": 90, "hundert": 100,
    "hundred": 100, "einhundert": 100, "one hundred": 100,
}  # fmt: skip
WORDS = {**_UNITS, **_TENS}
_WORD = "|".join(sorted(WORDS, key=len, reverse=True))
#: Composed number words continue a number word: "two hundred", "one hundred and fifty",
#: "twenty-five", "zweihundert", "fünfundzwanzig", "hundertzwanzig".
_COMPOSED = rf"(?:{_WORD})(?:(?:-|[ ]|[ ]and[ ]|und|)(?:{_WORD})){{0,3}}"
NUMBER = rf"(?:[0-9]{{1,3}}(?:[.,\u202f\u00a0][0-9]{{3}}){{1,4}}+|[0-9]{{1,9}}+|{_COMPOSED}\b)"
_TOKEN = re.compile(rf"{_WORD}", re.IGNORECASE)
_QUAL = "|".join(re.escape(q) for q in sorted(QUALIFIERS, key=len, reverse=True))


def count_pattern(what: str) -> re.Pattern[str]:
    """A count of ``what`` (a regex of nouns): groups ``q`` (qualifier), ``n`` (number), ``what``.

    Up to two words (an adjective: "registrierte", "international") may stand between the
    number and the noun.
    """
    return re.compile(
        rf"(?:(?<![\w])(?P<q>{_QUAL})[ \t\u00a0]{{1,3}}+)?(?<![\w.,])(?P<n>{NUMBER})[ \t\u00a0]{{1,3}}+"
        rf"(?:[^\W\d_][\w-]{{0,30}}+[ \t\u00a0]{{1,3}}+){{0,2}}?(?P<what>{what})\b",
        re.IGNORECASE,
    )


def count_after(lead: str) -> re.Pattern[str]:
    """A count written after what it counts (``lead``, a regex): "attended by over 120",
    "Die Zahl der Teilnehmenden lag bei knapp 70"; groups ``q`` and ``n`` as :func:`count_pattern`.

    >>> m = count_after(r"attended\\s+by").search("The day was attended by over 120.")
    >>> qualifier(m.group("q")), number(m.group("n"))
    ('more-than', 120)
    """
    return re.compile(
        rf"(?:{lead})[ \t\u00a0]{{1,3}}+(?:(?P<q>{_QUAL})[ \t\u00a0]{{1,3}}+)?"
        rf"(?<![\w.,])(?P<n>{NUMBER})(?![\w.,]\d)",
        re.IGNORECASE,
    )


def number(text: str) -> int:
    """The value of a number as written (digits with separators, or a number word)."""
    text = text.strip().casefold()
    if text in WORDS:
        return WORDS[text]
    if text[:1].isdigit():
        return int(re.sub(r"[.,\u202f\u00a0]", "", text))
    value = 0
    for token in _TOKEN.findall(text):  # "two hundred and fifty", "zweihundertfünfzig"
        v = WORDS[token.casefold()]
        value = (value or 1) * 100 if v == 100 else value + v
    return value


def qualifier(text: str | None) -> str:
    """The qualifier code for its wording; ``exact`` when there is none."""
    if not text:
        return "exact"
    return QUALIFIERS.get(" ".join(text.casefold().split()), "exact")
