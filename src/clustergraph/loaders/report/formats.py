"""Formats that ran beside the programme, as sessions: "Daneben liefen ganztägig der
Bewerbungs-Check und ein Speed-Dating mit Personalern", "Alongside ran a CV clinic and a mentoring
corner". Sure when each item is a format by its noun ("Check", "Speed-Dating", "Sprechstunde",
"clinic", "tour"), for the review list otherwise ("Daneben liefen die Vorbereitungen …")."""

from __future__ import annotations

import re
from collections.abc import Iterator

_ART_DE = r"(?:der|die|das|ein|eine|einen)\s+"
_ART_EN = r"(?:a|an|the)\s+"
#: An item: an article, then up to six words without a comma or "und"/"and".
_ITEM = r"ART(?:(?!\s(?:und|and|sowie)\s)[^,.;:\n„“\"]){3,60}+"
_BESIDE = re.compile(
    r"\b(?:Daneben|Parallel(?:\s+dazu)?|Nebenher|Zusätzlich|Gleichzeitig)\s+liefen\s+"
    r"(?:(?:ganztägig|den\s+ganzen\s+Tag|parallel|durchgehend|außerdem|zudem)\s+){0,2}"
    r"(?P<de>{de}(?:,\s+{de})*\s+(?:und|sowie)\s+{de})(?=\.)"
    r"|\b(?:Alongside|In\s+parallel|Throughout\s+the\s+day|All\s+day)(?:\s+(?:the\s+programme|this))?,?\s+(?:ran|there\s+were)\s+"
    r"(?P<en>{en}(?:,\s+{en})*,?\s+and\s+{en})(?=\.)".replace("{de}", _ITEM.replace("ART", _ART_DE)).replace(
        "{en}", _ITEM.replace("ART", _ART_EN)
    )
)
#: A format by its noun, the end of a word: "Bewerbungsmappen-Check", "Hofführung", "CV clinic".
_FORMAT = re.compile(
    r"(?i:check|dating|speed-\w+|sprechstunde|coaching|beratung|clinic|corner|ecke|lounge|café|cafe|tour|führung"
    r"|rundgang|parcours|werkstatt|workshop|session|pitch|pitches|matchmaking|mentoring|booth|station|demo|demos)$"
)


def beside_sessions(text: str, body: int) -> Iterator[tuple[str, str, int, int, str]]:
    """The formats that ran beside the programme: kind, value, span and rule ("session-beside"
    when every item is a format by its noun, "session-list" for the review list otherwise)."""
    for m in _BESIDE.finditer(text, body):
        g = "de" if m.group("de") else "en"
        items = []
        for part in re.finditer(r"[^,]+", m.group(g)):
            for piece in re.split(
                r"\s+(?:und|and|sowie)\s+(?=(?:der|die|das|ein|eine|einen|a|an|the)\s)", part.group()
            ):
                value = re.sub(r"^\s*(?:der|die|das|ein|eine|einen|a|an|the)\s+", "", piece).strip()
                start = m.start(g) + part.start() + part.group().find(value)
                items.append((value, start))
        sure = all(_FORMAT.search(v.split()[0]) or _FORMAT.search(v.split()[-1]) for v, _ in items)
        for value, start in items:
            yield "session", value, start, start + len(value), "session-beside" if sure else "session-list"
