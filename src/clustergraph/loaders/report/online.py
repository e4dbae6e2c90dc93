# ruff: noqa: E501
"""Whether an event could be attended online: online or hybrid wordings ("im Livestream", "via
the Zoom link", "Online-Übertragung"), negated streams ("Gestreamt wurde nichts", "no
livestream") and on-site wordings ("vor Ort", "in person") or a trip or visit (on site). An online
word is unsure beside a negation of its own clause ("Gäste aus der Ferne konnten nicht
zugeschaltet werden", "decided against a livestream"), not of another verb ("who could not
travel watched the livestream"); "Teams" is a platform only when capitalised.
"""

from __future__ import annotations

import re

from clustergraph.loaders.report.agenda import QUOTE
from clustergraph.loaders.textkit.spans import SpanIndex

_ONLINE = re.compile(
    r"\b(?:online|virtuell\w*|virtual\w*|hybrid\w*|livestream\w*|Videokonferenz\w*|video\s+rooms?"
    r"|webinar\w*|Web-?Seminar\w*|digital(?:e[nms]?)?\s+(?:Format\w*|Raum)|im\s+Netz|streamed|gestreamt"
    r"|(?:via|über|per|on|auf|through|by)\s+(?:(?:the|a|our|your|their|einen?|den|die|das|unsere?n?)\s+)?(?:Microsoft\s+|MS\s+)?(?:(?-i:Teams)|Zoom|Webex)"
    r"|(?:Zoom|(?-i:Teams)|Webex)[- ](?:links?|rooms?|Raum|calls?|meetings?|sessions?|Sitzung|Konferenz)|Online-Übertragung|Übertragung\s+ins\s+Netz"
    r"|(?:broadcast|transmitted|diffused|streamed|shown|übertragen|gesendet|gezeigt)\s+live|live\s+(?:übertragen|gestreamt|gesendet|broadcast|streamed|transmitted)"
    r"|live\s+(?:on|im|in|über|auf|via)\s+(?:(?:our|the|their|its|a|dem|den|unserem|ihrem|seinem)\s+)?(?:[\w-]+\s+)?(?:web\s*channel|Web-?[Kk]anal|channel|Kanal|website|Webseite|stream)"
    r"|webcast\w*|Web-?[Kk]anal|web\s+channel|Videoschalte|video[- ]?(?:links?|calls?)|(?:per|via|by|über)\s+Video(?:konferenz|call|link|schalte)?(?!\s+(?:zugespielt|eingespielt|recorded|played))"
    r"|logged\s+(?:in|on)|dial(?:l)?ed\s+in"
    r"|(?:über|via|per|im|on|through|auf|in)\s+(?:(?:den|dem|the|a|our|their|einen|unseren?)\s+)?(?:Live-?|Video-?)?(?-i:[Ss]tream)s?(?!\s+of\b)"
    r"|zugeschaltet|schaltete\w{0,2}\s+sich|remotely|remote\s+participants|aus\s+der\s+Ferne"
    r"|(?:on|am|vor\s+(?:dem|den)|an\s+(?:dem|den))\s+(?:screens?|Bildschirm(?:en)?)"
    r"|digital\s+(?:statt|abgehalten|durchgeführt)|rein\s+digital\w*|Digitalveranstaltung|Digitalformat|Onlineformat"
    r"|digital(?:e[nms]?)?\s+(?:event|Event|Veranstaltung|meeting|Treffen|Sitzung|session)"
    r"|remote\s+(?:participation|option|access|attendance|Teilnahme)|(?:Fern|Remote)-?Teilnahme"
    r"|(?:via|über|per|on|auf|through)\s+(?:GoToMeeting|Jitsi|BigBlueButton|Hopin|Whereby|Google\s+Meet|Skype|Wonder)"
    r"|(?:live\s+(?:on|auf|via|über)|broadcast\s+(?:live\s+)?(?:on|via)|übertragen\s+(?:auf|über|via)|gestreamt\s+(?:auf|über))\s+(?:YouTube|Vimeo|LinkedIn|Twitch)"
    r"|(?:YouTube|LinkedIn)[- ]Live(?:stream)?)\b",
    re.I,
)
#: "online" that says nothing of how the event was attended: "online verfügbar", "the recording is
#: available online", "Online-Umfrage", "the new online reporting tool", "sich online anmelden".
_ONLINE_ELSE_AFTER = re.compile(
    r"[- ]?(?:verfügbar|abrufbar|nachzulesen|einsehbar|abzurufen|available|accessible|reporting|tool|platform|Plattform"
    r"|shop|survey|Umfrage|Befragung|Anmeldung|anmelden|registration|register|Portal|Handel|Marketing|Banking|Formular|form"
    r"|zur\s+Verfügung|gestellt|nachlesen|ansehen|abrufen|einsehen|lesen|read|watch|view|order|bestellen|buchen|book"
    r"|(?:unter|at|auf)\s+(?:www\.|https?:|[\w-]{2,40}\.(?:de|com|org|eu|at|ch|net)\b))\b",
    re.I,
)
_ONLINE_ELSE_BEFORE = re.compile(
    r"\b(?:available|abrufbar|verfügbar|published|veröffentlicht|register|sich)\s+$"
    r"|\b(?:Aufzeichnung|Mitschnitt|Folien|Präsentationen|recording|slides|video|Video)\b[^.;:!?\n]{0,30}$",
    re.I,
)
#: A delegation's trip, a visit, an open day or a guided tour: on site when nothing says it was online.
_TRAVEL = re.compile(
    r"\b(?:Delegation\w*|delegations?|\w*[Rr]eise(?<![Pp]reise)(?<![Kk]reise)|reisten?|[Tt]rips?|[Jj]ourneys?|(?:Gemeinschafts|Messe|Länder|Firmen|Ausstellungs)stand\w*|Messebeteiligung\w*|joint\s+stands?|[Pp]avill?ons?|travell?ed|[Vv]isit(?:ed|s)?|\w*[Bb]esuch(?:e|t|te|ten)?"
    r"|Exkursion|excursion|[Tt]our|[Oo]pen\s+(?:\w+\s+)?(?:[Dd]ay|[Hh]ouse|[Dd]oors)|Tag\s+der\s+offenen\s+Tür|opened\s+(?:the|its|our|their)\s+doors"
    r"|\w*[Bb]esichtigung|besichtigten|guided\s+tours?|Führung(?:en)?\s+durch)\b"
)
_NEGATED = re.compile(
    r"\b(?:no|not|without|kein\w{0,2}|ohne|nicht|weder)\s+(?!(?:only|just|nur|allein)\b)(?:\w+\s+)?(?:(?:\w+\s+)?(?:or|nor|oder|noch)\s+)?$",
    re.I,
)
#: A negation right after an online word that ends its clause: "einen Livestream gab es nicht.",
#: "Gestreamt wurde nichts:", "Übertragung ins Netz gab es bewusst nicht –".
_NEGATED_AFTER = re.compile(
    r"[^.;:!?\n–—]{0,30}?\b(?:nicht|nichts|not|none|niemand|nobody|no\s+one)(?:\s{1,2}(?:vorgesehen|möglich|angeboten|geplant|gewünscht|erlaubt"
    r"|offered|possible|available|provided|planned|allowed|an\s+option))?\s{0,2}(?:[.;:!?–—,)]|$)",
    re.I,
)
#: Transmission words that tell only when negated: "übertragen oder aufgezeichnet wurde das Gespräch
#: nicht", "nicht übertragen", "was not broadcast or recorded": on site.
_NOT_TRANSMITTED = re.compile(
    r"\b(?:(?:übertragen|aufgezeichnet|gestreamt|live\s+gesendet)(?:\s+(?:oder|und|noch)\s+\w+)?\s+wurde\s+[^.;:!?\n]{0,60}?\bnicht\b"
    r"|(?:nicht|weder)\s+(?:\w+\s+)?(?:übertragen|gestreamt|aufgezeichnet)|(?:was|were)\s+(?:not|neither)\s+(?:streamed|broadcast|recorded|filmed)"
    r"|(?:no|keine?)\s+(?:live\s+)?(?:broadcast|recording|stream|Übertragung|Aufzeichnung))\b",
    re.I,
)
_ONSITE = re.compile(
    r"\b(?:vor\s+Ort|in[- ]person|on[- ]site|Präsenz\w*|face[- ]to[- ]face|persönlich\w*\s+Treffen)\b", re.I
)


#: A negation anywhere in a clause: what the clause says of an online word is unsure.
_CLAUSE_NEGATION = re.compile(
    r"\b(?:nicht|nichts|kein\w{0,2}|nie|niemals|niemand|weder|not|never|neither|nor|none|no|nobody"
    r"|verzicht\w*|against|instead|anstelle|rather\s+than|abgesagt|cancell?ed)\b"
    r"(?!\s+(?:nur|only|just|allein|weniger|fewer|less|later|später|one\s+(?:could|can)\s+(?:travel|attend|come))\b)"
    r"(?!\s+(?:\w+\s+){0,2}?(?:travel|attend|come|make\s+it|be\s+there|kommen|anreisen|reisen|dabei|vor\s+Ort|in\s+person|persönlich)\b)",
    re.I,
)
_CLAUSE_END = re.compile(r"[.;:!?,\n–—]")


def _negated_clause(text: str, start: int, end: int) -> bool:
    """Whether the clause around ``text[start:end]`` (bounded by punctuation or a dash) holds a
    negation among the five words before or the four after it, not one of travelling or coming
    ("members who could not travel watched it on the livestream" is online): "Gäste aus der Ferne konnten nicht zugeschaltet
    werden", "online wurde nicht übertragen", "a livestream was never offered"."""
    left = text[max(0, start - 80) : start]
    cut = max((m.end() for m in _CLAUSE_END.finditer(left)), default=0)
    right = _CLAUSE_END.search(text, end, min(len(text), end + 80))
    before = left[cut:].split()[-5:]  # a negation near the word: not one of another verb
    after = text[end : right.start() if right else min(len(text), end + 80)].split()[:4]
    return bool(_CLAUSE_NEGATION.search(" ".join([*before, "|", *after])))


def online(
    text: str, sentence: tuple[int, int], body: int, name: tuple[int, int] | None = None
) -> tuple[bool | None, int, int, str]:
    """Online (or hybrid) if the text says so, else on site when it says so or when the event is
    a delegation's trip or a visit (in the date's sentence ``sentence`` or the name at ``name``);
    "über den Stream zugeschaut", "followed via the stream" are online;
    ``None`` when nothing is said (the caller then looks for a place)."""
    quoted = SpanIndex([(q.start(), q.end()) for q in QUOTE.finditer(text, body)])
    negated: tuple[int, int] | None = None
    for m in _ONLINE.finditer(text, body):
        if quoted.overlaps(m.start(), m.end()):
            continue  # „Hybrid Bonding in der Fertigung“
        if _NEGATED.search(text, max(0, m.start() - 30), m.start()) or _NEGATED_AFTER.match(text, m.end()):
            negated = negated or (m.start(), m.end())
            continue  # "with no livestream", "gestreamt wurde nichts": on site, unless said otherwise
        if _negated_clause(text, m.start(), m.end()):
            negated = negated or (m.start(), m.end())
            continue  # "Gäste aus der Ferne konnten nicht zugeschaltet werden", "online wurde nicht übertragen"
        if m.group().casefold() in ("online", "im netz") and (
            _ONLINE_ELSE_AFTER.match(text, m.end())
            or _ONLINE_ELSE_BEFORE.search(text, max(0, m.start() - 45), m.start())
        ):
            continue  # "online verfügbar", "Online-Umfrage", "available online"
        return True, m.start(), m.end(), "online-word"
    if negated is not None:
        return False, negated[0], negated[1], "online-negated"
    m = _ONSITE.search(text, body) or _NOT_TRANSMITTED.search(text, body)
    if m:
        return False, m.start(), m.end(), "on-site-word"
    for a, b in (sentence, name) if name else (sentence,):
        m = _TRAVEL.search(text, a, b)
        if m:
            return False, m.start(), m.end(), "on-site-kind"
    return None, sentence[0], sentence[1], "no-online-word"
