# ruff: noqa: E501
"""What a report says was on the agenda: talk topics and sessions (quoted titles after a cue
word or a talk verb, never the event's own name nor a programme's; counted session lists "three
tracks covered A, B and C" or between dashes, sure only when the count agrees; labelled programme
lines "– Workshop 1: …", "Track 1 – …"; list lines under a heading that names sessions ("Four
breakout tracks ran in parallel:\n• A"), sure when it gives no count or the count agrees; a quoted
title on an agenda line ("🔹 Dr. X über „…“", "10:00 "…" – X"), never under "Quotes:"; "a
workshop on …"; "opened … with a talk on …"; other unquoted lists and "a talk on …" go to the
review list). Partner countries and regions are read by ``partners`` (``partner_regions``, kept
importable from here).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from clustergraph.loaders.report.chapters import chapter_topics
from clustergraph.loaders.report.formats import beside_sessions
from clustergraph.loaders.report.partners import partner_regions as partner_regions

#: A quoted title or name („…“, "…", «…»).
QUOTE = re.compile(r"[„“\"«»‚](?P<q>[^„“”\"«»\n]{3,200}+)[“”\"«»‘]")
#: A title in single quotes (‘…’, '…', common in English), its closing quote followed by no letter
#: so that an apostrophe inside ("Europe’s ports") does not end it.
SINGLE_QUOTE = re.compile(
    r"(?<![\w‚])[‘'](?=[A-Za-zÄÖÜäöü0-9])(?P<q>[^‘'’\n]{2,200}?(?:[’'][\w][^‘'’\n]{0,200}?)*)(?<=\S)[’'](?!\w)"
)


_SESSION_CUE = re.compile(
    r"\b(?:sessions?|breakout\w*|workshops?|panels?|tracks?|Foren|Fachforen|Arbeitsgruppen?|Themenräume?n?"
    r"|Breakout-Sessions?|Sessions?|clinics?|Breakout-Räume\w*|Gesprächsrunden?|Podium\w*|Diskussionsrunden?|Pitch-Runden?"
    r"|\w*[Bb]riefings?|Sprechstunden?|Fachforen|Fachforum|Arbeitskreis\w*|Thementisch\w*|Fishbowl\w*"
    r"|\w+gespräch\w*|[Ff]ireside(?:[- ]chats?)?|[Dd]ebrief\w*|[Ww]rap-up|[Rr]oundtables?|[Rr]ound\s+tables?|[Mm]asterclass\w*"
    r"|[Hh]ackathons?|[Bb]arcamps?|[Ww]orld\s+[Cc]af[eé]|[Ss]ektion\w*"
    # a hackathon's challenges, hands-on stations, theme islands, focus groups, pitch rounds
    r"|[Cc]hallenges?|(?:hands-on\s+|Lern|Mitmach|Praxis)?[Ss]tation(?:s|en)|\w*[Ii]nseln|[Ff]okusgruppen?|[Ff]ocus\s+groups?"
    r"|[Pp]itch\s+rounds?|[Ss]treams|[Dd]eep[- ]dives?|[Uu]nconference\s+slots?|\w*[Ss]lots"
    # compounds: "Werkstattrunden", "Themenforen", "Praxis-Workshop" (not "im Grunde")
    r"|\w{3,}(?<![Gg])runden?|\w+-?foren|\w+-(?:Workshops?|Sessions?|Panels?))\b",
    re.I,
)
_TOPIC_CUE = re.compile(
    r"\b(?:(?:[Tt]opics?|[Tt]hemes?|Themen?|Schwerpunkte?)\s+(?:of|der|des)\s+(?:the\s+|die\s+)?\w+|Schwerpunkt\w*|Vortrag\w*|Vorträg\w*|Thema|Themen|Motto|(?:unter|mit)\s+dem\s+Titel|trug\s+den\s+Titel|Titel(?=\s*:)|Impuls\w*|Keynote\w*|talks?|spoke|speech|topics?|themes?"
    r"|presentation|lecture|motto|theme|Referat|sprach|referierte|spoke\s+on|Hauptvortrag|talked|redete"
    # compound talk words ("Festvortrag", "Erfahrungsbericht", "Praxisbeitrag"), headings, speakers
    r"|\w+(?:vortrag|vorträg|bericht|beitrag|referat)\w*|Überschrift|heading|titled|entitled|(?:guest\s+|keynote\s+)?speaker"
    r"|Referent(?:in)?|Gastredner(?:in)?|berichtete|(?:under|with)\s+the\s+title|Auftakt\w*|Schlusswort\w*)\b",
    re.I,
)
#: Wordings of a subject that take the kind of a session word before them in the sentence
#: ("further breakout sessions dealt with „…“") and are topics otherwise ("Im Mittelpunkt standen „…“").
_SUBJECT_CUE = re.compile(
    r"\b(?:im\s+Mittelpunkt|ging\s+es\s+(?:\w+\s+){0,2}?um|drehte\s+sich\s+(?:\w+\s+){0,2}?um|befasste\s+sich\s+mit"
    r"|focused\s+on|focussed\s+on|centred\s+on|centered\s+on|dealt\s+with|addressed|covered)\b",
    re.I,
)
#: "Three breakout sessions addressed …: A, B and C." (unquoted titles after a colon)
#: Right before a talk's title: 'Dr. X (ORG) on "…"', 'Über „…“ sprach', 'stellte „…“ vor', 'opened with "…"'.
_TALK_BEFORE = re.compile(
    r"(?:(?:[)\w],?\s{1,2}on|^\s*Über|[.:;]\s{1,2}Über|\b(?:stellte|präsentierte|presented|explained|erläuterte)"
    r"|\b(?:opened|closed|followed|continued|started|began|ended|kicked|wrapped|rounded)\s+(?:[\w-]+\s+){0,3}?with"
    r"|\)\s{1,2}(?:mit|with|über|zu|zum\s+Thema)"
    r"|\b(?:eröffnete|beschloss|schloss|begann|startete|endete)\s+(?:(?:den|die|das)\s+)?(?:\w+\s+)?mit"
    r"|\b(?:showed|shared|demonstrated|zeigte|teilte)(?:\s+in)?|\bzeigte\s+in"
    r"|\bwalked\s+(?:\w+\s+){0,2}?through|\bunter\s+(?:der\s+Überschrift|dem\s+Titel))\s{1,2})$"
)
#: A speaker's apposition before a title: 'Dr. X, scientist at Y, with "…"' (not after a speech verb).
_WITH_TITLE = re.compile(
    r"(?<!\bsaid)(?<!\bsays)(?<!\bsagte)(?<!\bsagt)(?<!\bmeinte)(?<!\bso)[\w.)],\s{1,2}(?:with|mit)\s{1,2}$"
)
#: A talk word right after a quoted title: '"…" in a packed talk', „…“ in ihrem Vortrag.
_TALK_AFTER = re.compile(
    r"\s{0,2}(?:in\s+(?:a|an|his|her|their|its|seinem|ihrem|einem)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:talk|keynote|presentation|lecture|\w*[Vv]ortrag|Impuls\w*|Beitrag)"
    # '"…" was the title of her talk', „…“ lautete der Titel, „…“ hieß ihr Vortrag
    r"|(?:,|\s{1,2}[–—])?\s{1,2}(?:so\s+)?(?:was\s+the\s+title|lautete\s+der\s+Titel|war\s+der\s+Titel|hieß\s+(?:der|ihr|sein)\s+\w*[Vv]ortrag))\b"
)
#: One discussion and its subject right before a quoted title: the subject is a topic ("im
#: Podiumsgespräch zum Thema „…“", 'the panel on "…"', 'a debate about "…"'; not 'sessions on "…"').
_DISCUSSION_ON = re.compile(
    r"\b(?:panel|debate|discussion|roundtable|round\s+table|fireside\s+chat|\w*[Pp]odium\w*|\w*[Dd]iskussion|\w*gespräch"
    r"|\w*[Dd]ebatte|\w*runde)\s+(?:zum\s+Thema|on|about|über)\s{1,2}$"
)
#: An invitation to the quoted event: 'invited … to the X workshop "…"', „lud … zum Workshop „…“'.
_INVITED_TO = re.compile(
    r"\b(?:invited|invites|einlud|eingeladen|lud|luden)\b[^.;:]{0,80}?\b(?:to\s+the|zu[mr])\s+(?:[\w-]+\s+){0,3}$"
)
#: "der über „…“ sprach": a speaker's subject between "über" and a speech verb after the title.
_ABOUT = re.compile(r"\süber\s{1,2}$")
_SPOKE_AFTER = re.compile(r"[ \t]{0,2}(?:sprach|referierte|berichtete|redete|informierte|erzählte)\b")
#: A programme, project or body named right before a quoted name ('im Programm „…“').
_NAMED_BODY = re.compile(
    r"\b(?:\w*[Pp]rogramm\w*|programmes?|programs?|[Pp]rojekt\w*|projects?|[Ii]nitiative|initiative|[Kk]ampagne"
    r"|campaign|[Nn]etzwerk\w*|network|[Vv]erein\w*|[Ww]ettbewerb\w*|competition|[Ll]abel|[Pp]reis\w*|award"
    r"|Firma|[Uu]nternehmen|company|firm|[Ss]tart-?ups?|[Mm]arke|brand|[Pp]rodukt\w*|products?|[Aa]pp|[Pp]lattform|platform"
    r"|[Vv]erband|association|[Cc]luster|[Hh]ashtag|[Kk]ategorie|category|[Ss]tudie|study|[Ll]eitfaden|guide|[Bb]roschüre|brochure"
    r"|[Bb]uch|book|[Ff]ilm|[Pp]odcast|[Aa]usstellung|exhibition|[Zz]ertifikat\w*|certificate|[Ss]iegel|seal)\s{1,2}$"
)
#: A talk word right before a quoted title, whose full stop may stand inside the quotes: 'gave the keynote, "X."'.
_TITLE_BEFORE = re.compile(
    r"\b(?i:keynote|talk|lecture|presentation|speech|titled|entitled|Vortrag|Impulsvortrag|Titel)[,:]?\s{1,2}$"
)
#: A part of a project that a speaker presents, right before its quoted name: "stellte X das
#: Teilprojekt „…“ vor", "presented the work package "…"".
_PRESENTED_PART = re.compile(
    r"\b(?:stellte|präsentierte|erläuterte|erklärte|presented|explained|introduced)\b(?:[^.;:!?\n]|(?:(?<=Prof)|(?<=Dr)|(?<=Ing)|(?<=Mag))\.){0,80}?"
    r"\b(?:Teilprojekt|Teilvorhaben|Arbeitspaket|[Ww]ork\s+package|[Ss]ub-?project|[Pp]ilot\s+project)\s{1,2}$"
)
#: An indefinite article or "as"/"so-called" right before a quote: a word in quotes, no title.
_SCARE = re.compile(
    r"\b(?:ein|eine|einen|einem|einer|eines|a|an|als|as|sogenannte[nmrs]?|so\s+genannte[nmrs]?|so-called)\s{1,2}$"
)
#: A speech verb after a quotation.
_SPOKEN = re.compile(
    r"\s{0,2},?\s{0,2}(?:said|says|sagte|sagt|erklärte|betonte|meinte|added|noted|stressed|so)\b"
)
#: Sessions whose subjects follow ("two workshops on the topics", "zwei Workshops die Themen").
_SESSIONS_ON = re.compile(
    r"\b\w*(?i:sessions|workshops|panels|tracks|foren|forums|runden|tische|inseln|gruppen|groups|challenges|stationen|stations|streams)\b"
    r"[^.„“\"]{0,40}\b(?:Themen|topics|themes|Schwerpunkte|Fragen|questions|subjects|issues|Leitfragen)\b[^.]{0,120}$"
)
#: "Three breakout sessions addressed …: A, B and C." (unquoted titles after a colon)
_SESSION_LIST = re.compile(
    r"\b(?:[Bb]reakout[- ]?[Ss]essions?|[Bb]reakouts|[Ss]essions|[Ww]orkshops|[Pp]anels|[Tt]racks|Foren|Arbeitsgruppen|[Cc]hallenges"
    r"|\w*[Rr]unden|\w*[Ii]nseln|[Ff]okusgruppen|\w*[Tt]hementische)"
    r"[^.:\n„“\"]{0,120}:\s{1,3}(?P<list>[^.:\n]{5,300})(?=\.)"
)
#: A count of sessions before their list: "three parallel tracks covered A, B and C", "In vier
#: Sessions ging es um A, B sowie C", "two hands-on sessions, a X Workshop and a Y Clinic".
_COUNTED_SESSIONS = re.compile(
    r"\b(?P<n>(?i:zwei|drei|vier|fünf|sechs|sieben|acht|two|three|four|five|six|seven|eight)|[2-8])\s+(?:[\w-]+\s+){0,2}?"
    r"(?:\w+-)?(?:[Bb]reakout[- ]?[Ss]essions|[Bb]reakouts|[Rr]oundtables|[Cc]hallenges|[Ss]tations|\w*[Ss]tationen|[Ff]ocus\s+groups|\w*[Ff]okusgruppen|[Cc]linics|\w*[Ss]essions|\w*[Ww]orkshops|[Pp]anels|\w*[Tt]racks|\w*[Ff]oren|\w*[Aa]rbeitsgruppen|\w*[Rr]unden|\w*[Rr]ounds|[Ss]ections|[Ss]trands|\w*[Bb]löcke|\w*[Ss]tränge"
    r"|[Bb]reakout[- ]?(?:rooms|Räume[n]?)|[Ss]treams|[Mm]asterclasses|[Ss]ektionen|[Ff]oren|\w*[Ww]erkstätten|\w*[Ss]alons"
    r"|\w*[Ii]nseln|\w*[Tt]hementische|[Bb]reakout[- ]?groups|[Ww]orking\s+groups|[Ll]abs)\b"
    r"(?:(?:[^.:\n„“\"]{0,40}?\b(?:covered|addressed|dealt\s+with|focused\s+on|were\s+devoted\s+to|were\s+on"
    r"|(?P<de>ging\s+es\s+(?:\w+\s+){0,2}?um|behandelten|widmeten\s+sich|drehten\s+sich\s+um|zu))\s+"
    r"|(?P<colon>[^.:\n„“\"]{0,40}?:)\s{1,3})"
    # "Themen wie", "the topics of" before the list are no part of it
    r"(?:(?:den\s+)?Themen\s+(?:wie\s+)?|(?:the\s+)?topics\s+(?:of\s+|such\s+as\s+)?)?"
    r"(?P<list>[^.:;\n„“\"]{5,300})(?=\.)"
    # or between dashes: "three tracks – A, B, and C – before …"
    r"|(?:\s+[\w-]+){0,3}?\s+[–—]\s+(?P<dash>[^–—.:;\n„“\"]{5,300}?)(?:\s+[–—]\s|(?=\.))"
    # or named with an article each, after a comma: ", a Peel Testing Workshop and a Joint Design Clinic"
    r"|,\s+(?P<named>{item}(?:(?:,\s+|\s+and\s+|\s+und\s+){item})+)(?=[,.;]))".replace(
        "{item}", r"(?:a|an|ein|eine)\s(?:(?!\s(?:and|und)\s)[^,.;:\n„“\"]){2,60}+"
    )
)
#: A programme line labelled with its kind: "– Workshop 2: Wasserstoff im Handwerk", "14:00 Panel:
#: Who pays for the grid?", "Keynote: Leichtbau mit Holz (Dr. X)".
_LABEL_LINE = re.compile(
    r"^[ \t]*(?:[-–—•*▪►·🔹🔸👉][ \t]*)?(?P<t>\d{1,2}[:.]\d{2}(?:[ \t]*(?:Uhr|h|am|pm))?[ \t]*(?:[-–][ \t]*)?)?"
    r"(?P<w>(?i:keynote|impulsvortrag|impulsreferat|kurzimpuls|impuls|vortrag|referat|talk|lecture|panel|podiumsdiskussion|podium|workshop|session|breakout(?:[- ]session)?"
    r"|track|themenforum|fachforum|forum|arbeitsgruppe|stream|masterclass|clinic|diskussionsrunde|gesprächsrunde))"
    # "Workshop 2: …", "Track 1 – …", "10:15 Keynote – …" (a dash only after a number, a letter or a time)
    r"(?:(?:[ \t]+(?:\d{1,2}|[A-D]|I{1,3}|IV))?[ \t]*:|[ \t]+(?:\d{1,2}|[A-D]|I{1,3}|IV)[ \t]+[–—]|(?(t)[ \t]+[–—]|(?!)))[ \t]*(?P<v>[A-ZÄÖÜa-zäöü][^\n„“\"«»]{2,120}?)[ \t.]*"
    r"(?=$|[ \t]+[(–—]|,[ \t]+(?:moderiert|moderated|chaired|led|geleitet|mit|with)\b)",
    re.M,
)
#: A list marker at a line's start: a dash, a bullet, an emoji, "1." or "2)".
BULLET = (
    r"[ \t]*(?:[-–—•*▪►·✓✔➤→]|[^\w\s„“\"«»()\[\]{}.,:;!?'’@#&%/\\+=<>|~^$-]{1,2}|\d{1,2}[.)]"
    r"|\d{1,2}[:.]\d{2}(?:[ \t]*(?:Uhr|h|am|pm))?(?:[ \t]*[-–][ \t]*\d{1,2}[:.]\d{2}(?:[ \t]*(?:Uhr|h|am|pm))?)?)[ \t]+"
)
#: A line that names sessions, then their titles as list lines: "Four breakout tracks ran in
#: parallel on day two:\n• A\n• B", "Die Workshops am Nachmittag:\n- A\n- B".
_BULLET_SESSIONS = re.compile(
    r"^(?P<pre>[^\n]{0,300}?[.!?][ \t]+)?(?P<head>[^\n:.!?]{0,120})(?P<colon>:?)[ \t]*\n(?(colon)(?:[ \t]*\n)?)(?P<items>(?:"
    + BULLET
    + r"[^\n]{2,160}(?:\n|$)){2,12})",
    re.M,
)
_BULLET_ITEM = re.compile(
    r"^" + BULLET + r"[„“\"«]?(?P<v>[^\n„“\"«»]{2,120}?)[“”\"»]?[ \t.]*"
    r"(?=$|[ \t]+[(–—]|[ \t]+-[ \t]|,[ \t]+(?:moderiert|moderated|chaired|led|run|geleitet|mit|with)\b)",
    re.M,
)
#: "a workshop on water rights in Germany": a session named by its subject, up to six words.
_SESSION_ON = re.compile(
    r"\b(?:a|an|one)\s+(?:workshop|session|panel|breakout|masterclass|roundtable|round\s+table)\s+on\s+"
    r"(?!(?:the|a|an|how|why|what|this|that|day|site|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b)(?P<q>[a-z][\w-]*(?:\s[\w-]+){0,5}?)(?=[.,;:]|\s+and\s+(?:a|an)\b)"
)
#: A session named by its kind: "a B2B matchmaking session", "a speed-networking round", "eine
#: Matchmaking-Session"; sure for matchmaking, for review otherwise ("a networking session").
_KIND_SESSION = re.compile(
    r"\b(?:a|an|one|the|eine[nm]?|die|der)\s+(?P<q>(?:B2B[ -]|[Ii]nternational\s+|[Cc]ross-border\s+)?"
    r"(?P<k>[Mm]atchmaking|[Nn]etworking|[Ss]peed[- ](?:dating|networking)|[Mm]entoring|[Pp]itch(?:ing)?|Q&A)"
    r"[ -](?:[Ss]ession|[Rr]ound|[Rr]unde|Session|[Ss]essions))\b"
)
#: A list head that introduces people or figures, not sessions: "Panel guests:", "moderated by:", "in Zahlen:".
_PEOPLE_HEAD = re.compile(
    r"(?i:gäste|guests|speakers|sprecher|referent|redner|participants|teilnehm|moderat|panel+ists|diskutant|\bwith\b|\bmit\b"
    r"|\bby\b|\bvon\b|members|mitglied|partner|sponsor|zahlen|numbers|facts|fakten|figures|winners|gewinner|preisträger)"
)
#: The head of a list of quotations: "Quotes:", "Stimmen:", "Feedback:".
_QUOTES_HEAD = re.compile(
    r"(?i:quotes?|zitate?|stimmen|feedback|testimonials?|reactions?|reaktionen|o-töne|voices|\bsagen\b|\bsagten\b|\bsay\b|\bsaid\b"
    r"|eindrücke|impressions|comments|kommentare)"
)
#: A finite verb in a list item: the list ran on into the sentence ("… und Saatgutbanken wurde gearbeitet").
_VERB_IN_ITEM = re.compile(
    r"\s(?:wurde|wurden|war|waren|ist|sind|hat|haben|wird|werden|was|were|is|are|has|have|had)\b"
)
#: A session word right before a title word: 'A panel titled "…"', „eine Podiumsdiskussion zum Thema „…“'.
_TITLED_SESSION = re.compile(
    r"\b(?:panels?|workshops?|sessions?|tracks?|breakouts?|roundtables?|\w*[Pp]odium\w*|\w*[Dd]iskussion\w*|\w*[Ww]orkshops?"
    r"|\w*[Ss]essions?|\w*[Rr]unden?|\w*[Ff]orum|\w*gespräch\w*)\s+(?:[\w-]+\s+){0,2}?(?:titled|entitled|called|named"
    r"|(?:under|with)\s+the\s+title|zum\s+Thema|(?:unter|mit)\s+dem\s+(?:Titel|Motto)|unter\s+der\s+Überschrift|namens)\s{1,2}$"
)
#: A list item that starts with an article, a pronoun or a question word is a phrase, not a title.
_FUNCTION_WORD = re.compile(
    r"(?i:einen|eine|ein|einem|einer|die|der|das|den|dem|am|im|zum|zur|the|a|an|one|some|how|why|what|wie|was|warum|ob|whether)\s"
)
#: A list line that names a person, not a title: "Dr. Nina Hoff (…)", "Mia Lund (Seed Oy)", "Ole Brandt, CEO".
_PERSON_ITEM = re.compile(
    r"(?:Dr\.|Prof\.|Dipl\.|Mr\.?|Ms\.?|Mrs\.?|Herr|Frau)\s|[A-ZÄÖÜ][a-zäöüß]+(?:[ \t][A-ZÄÖÜ][a-zäöüß-]+){1,2}[ \t]*(?:\(|,[ \t])"
)
#: Rounds of a vote, not sessions: "In two voting rounds the members elected: …".
_VOTE = re.compile(r"(?i:\bvot(?:e|es|ing)\b|\belect\w*|\bballots?\b|wahl\w*|gewählt)")
_FUTURE = re.compile(r"\b(?:will|plans?|planned|next|upcoming|wird|werden|plant|nächste\w*)\b", re.I)
_COUNT_WORD = re.compile(
    r"\b(?i:zwei|drei|vier|fünf|sechs|sieben|acht|two|three|four|five|six|seven|eight)\b|\b[2-8]\b"
)
_TALK_LABEL = re.compile(
    r"(?i:keynote|impulsvortrag|impulsreferat|kurzimpuls|impuls|vortrag|referat|talk|lecture)"
)
_COUNT = {w: n for n, ws in enumerate([(), (), ("zwei", "two"), ("drei", "three"), ("vier", "four"), ("fünf", "five"),
                                        ("sechs", "six"), ("sieben", "seven"), ("acht", "eight")]) for w in ws}  # fmt: skip
_SPEAKER_VERB = re.compile(
    r"\b(?:opened|closed|followed|continued|started|began|ended|kicked|wrapped|rounded)\b(?:\s+[\w-]+){0,3}?"
    r"(?:\s+with)?\s+$"
)
_TALK_ON = re.compile(
    r"\b(?:a|an)\s+(?:(?:short|brief|guest|keynote|opening|closing|inspiring|lively|first|second|final)\s+)?"
    r"(?:talk|keynote|presentation|lecture|intervention|speech|address|input)\s+(?:on|about)\s+(?P<q>[a-z][\w -]{3,80}?)(?=[.,;:]|\s+and\s+then\b|$)"
)


def topics_and_sessions(
    text: str, bounds: list[int], body: int, event_name: str | None = None
) -> Iterator[tuple[str, str, int, int, str]]:
    """Quoted titles after a talk or session word (the nearest cue before decides), session lists,
    and "a talk on …"; never the event's own name (``event_name``)."""
    own = (event_name or "").strip().casefold()
    listed = {start for _k, _v, start, _e, _r in _bullet_sessions(text, body)}
    quotes = sorted(
        [*QUOTE.finditer(text, body), *SINGLE_QUOTE.finditer(text, body)], key=lambda q: q.start()
    )
    invited = {  # 'invited to the X workshop "…"': the event itself, wherever else it is quoted
        m.group("q").strip().casefold()
        for m in quotes
        if _INVITED_TO.search(text, max(0, m.start() - 200), m.start())
    }
    for m in quotes:
        value = m.group("q").strip().rstrip(",.;:")
        kind = _quoted_kind(text, bounds, m)
        if kind is None or value.casefold() in (own, *invited) or m.start("q") in listed:
            continue  # a quoted line of a session list is read as a session below
        yield kind, value, m.start("q"), m.start("q") + len(value), f"quoted-{kind}"
    counted: set[int] = set()
    for m in _COUNTED_SESSIONS.finditer(text, body):
        g = "list" if m.group("list") else "dash" if m.group("dash") else "named"
        pieces = list(_list_items(m.group(g), m.start(g)))
        n = m.group("n")
        sure = len(pieces) == (int(n) if n.isdigit() else _COUNT[n.casefold()])
        sure = sure and all(len(v.split()) <= 8 and not _VERB_IN_ITEM.search(v) for v, _ in pieces)
        if m.group("de") or m.group("colon"):  # titles: "die Frage, wie …", "einen am Vormittag" are none
            sure = sure and not any(_FUNCTION_WORD.match(v) for v, _ in pieces)
            sure = sure and (all(v[:1].isupper() or v[:1].isdigit() for v, _ in pieces) or not m.group("de"))
        sure = sure and not _problems_not_challenges(m.group(), text) and not _VOTE.search(m.group())
        counted.add(m.start(g))
        for value, start in pieces:
            yield (
                "session",
                value,
                start,
                start + len(value),
                "session-list-counted" if sure else "session-list",
            )
    yield from _bullet_sessions(text, body)
    yield from beside_sessions(text, body)
    for value, start, end in chapter_topics(text, body):
        yield "topic", value, start, end, "chapter-topic"
    for m in _SESSION_ON.finditer(text, body):
        if _FUTURE.search(text, max(body, m.start() - 80), m.start()):
            continue  # "will run an autumn masterclass on …": a session still to come
        yield "session", m.group("q"), m.start("q"), m.end("q"), "session-on"
    for m in _KIND_SESSION.finditer(text, body):
        if _FUTURE.search(text, max(body, m.start() - 80), m.start()):
            continue  # "will offer a matchmaking session": still to come
        rule = "session-kind" if m.group("k").casefold() == "matchmaking" else "session-list"
        yield "session", m.group("q"), m.start("q"), m.end("q"), rule
    for m in _LABEL_LINE.finditer(text, body):
        kind = "topic" if _TALK_LABEL.fullmatch(m.group("w")) else "session"
        v0 = m.start("w") if _label_is_name(text, m) else m.start("v")
        yield kind, text[v0 : m.end("v")], v0, m.end("v"), f"labelled-{kind}"
    for m in _SESSION_LIST.finditer(text, body):
        if m.start("list") in counted or re.search(r"[„“\"«»]", m.group("list")):
            continue  # read as a counted list, or quoted titles read above
        for value, start in _list_items(m.group("list"), m.start("list")):
            yield "session", value, start, start + len(value), "session-list"
    for m in _TALK_ON.finditer(text, body):
        # sure after a speaker's verb: "opened the programme with a talk on …", "followed with a talk on …"
        rule = (
            "talk-on-speaker"
            if _SPEAKER_VERB.search(text, max(body, m.start() - 40), m.start())
            else "talk-on"
        )
        yield "topic", m.group("q").strip(), m.start("q"), m.start("q") + len(m.group("q").strip()), rule


#: A text about a contest of teams: its "challenges" are tasks set, not problems named.
_CONTEST = re.compile(r"(?i:hack|datathon|\bteams?\b|\bjury\b|\bcoding\b|wettbewerb|competition)")


def _problems_not_challenges(wording: str, text: str) -> bool:
    """Whether "challenges" in a session wording name problems ("the sector faces three
    challenges: …"): so when the text is no contest of teams (hackathon, jury)."""
    return bool(re.search(r"(?i)(?<![\w-])challenges?\b(?!-)", wording)) and not _CONTEST.search(text)


def _list_head(text: str, line: int) -> str:
    """The line right above the list that the list line at ``line`` belongs to (up to 12 lines up;
    "" when there is none or a blank line)."""
    for _ in range(12):
        if line <= 0:
            return ""
        prev = text.rfind("\n", 0, line - 1) + 1
        head = text[prev : line - 1]
        if not re.match(BULLET, head):
            return head
        line = prev
    return ""


def _under_quotes_head(text: str, line: int) -> bool:
    """Whether the list line at ``line`` belongs to a list headed "Quotes:", "Stimmen:"."""
    return bool(_QUOTES_HEAD.search(_list_head(text, line)))


def _label_is_name(text: str, m: re.Match[str]) -> bool:
    """Whether a numbered label belongs to the session's name: a list line under a short heading
    of the same kind ("Panels:\n- Panel 1: Utilities as Partners"), not a kind in a mixed programme."""
    line = text.rfind("\n", 0, m.start("w")) + 1
    head = _list_head(text, line).strip()
    return (
        re.match(BULLET, text[line : m.start("w")]) is not None
        and re.match(r"[ \t]+(?:\d{1,2}|[A-D]|I{1,3}|IV)\b", text[m.end("w") : m.start("v")]) is not None
        and head.endswith(":")
        and len(head.split()) <= 6
        and re.search(rf"(?i)\b{re.escape(m.group('w'))}", head) is not None
    )


def _bullet_sessions(text: str, body: int) -> Iterator[tuple[str, str, int, int, str]]:
    """Titles on the list lines after a line that names sessions; sure when that line gives no
    count or the count agrees. Labelled lines ("Workshop 1: …") are read by ``_LABEL_LINE``."""
    for m in _BULLET_SESSIONS.finditer(text, body):
        head = m.group("head")
        if m.group("colon") and len(head.split()) > 12:
            head = re.split(r",[ \t]+|[ \t][–—][ \t]", head)[
                -1
            ]  # "Dr. X, lecturer at Y, led the hands-on stations:"
        if not m.group("colon") and (m.group("pre") or len(head.split()) > 6):
            continue  # a heading without a colon ("Afternoon workshops") is a short line of its own
        if (
            not _SESSION_CUE.search(head)
            or _TOPIC_CUE.search(head)
            or _PEOPLE_HEAD.search(head)
            or len(head.split()) > 12
        ):
            continue
        items = [i for i in _BULLET_ITEM.finditer(text, m.start("items"), m.end("items"))]
        lines = m.group("items").count("\n") + (0 if m.group("items").endswith("\n") else 1)
        if (
            len(items) < lines
            or any(_PERSON_ITEM.match(text, i.start("v")) for i in items)
            or any(
                _LABEL_LINE.match(text, i.start()) or re.match(r"\d[\d.,]*\s", i.group("v")) for i in items
            )
        ):
            continue  # a line that is no title (a person, a labelled line) makes the list no session list
        n = _COUNT_WORD.search(head)
        count = (
            None if n is None else (int(n.group()) if n.group().isdigit() else _COUNT[n.group().casefold()])
        )
        sure = count in (None, len(items)) and not _problems_not_challenges(head, text)
        rule = "session-bullets" if sure else "session-list"
        for i in items:
            yield "session", i.group("v"), i.start("v"), i.end("v"), rule


def _quoted_kind(text: str, bounds: list[int], m: re.Match[str]) -> str | None:
    """ "topic" or "session" for a quoted title by the cue words before it in its sentence (the
    nearest decides), None for a quotation or a quote without a cue."""
    from clustergraph.loaders.textkit import sentence_at

    s, _e = sentence_at(bounds, m.start())
    if (
        s > 2
        and re.match(r"[ \t]*[a-zäöü]", text[s : m.start()])
        and re.search(r"[?!][“”\"»][ \t]*$", text[max(0, s - 4) : s])
    ):
        s = sentence_at(bounds, s - 2)[
            0
        ]  # '… panels: "Who pays?" and "…"': one sentence, split after the "?"
    before = text[max(s, m.start() - 300) : m.start()]
    cues = [(c.end(), "session") for c in _SESSION_CUE.finditer(before)]
    cues += [(c.end(), "topic") for c in _TOPIC_CUE.finditer(before)]
    if _TALK_BEFORE.search(before) and not any(k == "session" and at >= len(before) - 12 for at, k in cues):
        cues.append((len(before), "topic"))  # 'X (ORG) on "…"', 'Über „…“ sprach'; not 'sessions on "…"'
    line = text.rfind("\n", 0, m.start()) + 1
    if not cues and re.match(BULLET, text[line : m.start()]) and not _under_quotes_head(text, line):
        head = _list_head(
            text, line
        )  # "23 Sessions … Besonders voll war es bei\n• „…“": the head names sessions
        session = _SESSION_CUE.search(head) and not _TOPIC_CUE.search(head)
        cues.append((len(before), "session" if session else "topic"))  # an agenda line: "🔹 Dr. X über „…“"
    q0 = m.group("q")
    if not cues and _WITH_TITLE.search(before) and len(q0.split()) > 1 and q0[:1].isupper():
        cues.append((len(before), "topic"))  # 'X, scientist at Y, with "Roots: what …"'
    if not cues and (_SUBJECT_CUE.search(before) or _TALK_AFTER.match(text, m.end())):
        cues.append((len(before), "topic"))  # "Im Mittelpunkt standen „…“", '"…" in a packed talk'
    if not cues and _ABOUT.search(before) and _SPOKE_AFTER.match(text, m.end()):
        cues.append((len(before), "topic"))  # "der über „…“ sprach"
    subject = _DISCUSSION_ON.search(before) is not None
    if subject:
        cues.append((len(before), "topic"))  # "im Podiumsgespräch zum Thema „…“": the discussion's subject
    if not cues and _PRESENTED_PART.search(before):
        cues.append((len(before), "topic"))  # "erläuterte X das Teilprojekt „…“"
    if not cues:
        return None
    q = m.group("q").rstrip()
    titled_end = (
        q.endswith(".")
        and _TITLE_BEFORE.search(before) is not None
        and not re.match(
            r"(?i:we|i|our|my|you|it|this|wir|ich|unser\w*|mein\w*|sie|es|das)\b", q
        )  # 'her talk, "We must act."'
        and len(q.split()) <= 10
    )
    if _SPOKEN.match(text, m.end()) or (q.endswith((",", ".", "!")) and not titled_end):
        return (
            None  # '"Photonics needs people," said …': a quotation, not a title ('the keynote, "X."' is one)
        )
    presented = (
        _PRESENTED_PART.search(before) is not None
    )  # "erläuterte X das Teilprojekt „…“": a talk's subject
    if _INVITED_TO.search(before):
        return None  # 'invited to the Living Lab workshop "…"': the event itself, no part of it
    if (_NAMED_BODY.search(before, max(0, len(before) - 40)) and not presented) or text.startswith(
        "-", m.end()
    ):
        return None  # 'im Programm „go-test“', „go-test“-Kampagne: a name, not a title
    kind = max(cues)[1]
    head = _SESSION_CUE.match(q) or any(
        c.end() == len(q) for c in _SESSION_CUE.finditer(q, max(0, len(q) - 40))
    )
    if not head and _SCARE.search(before, max(0, len(before) - 30)):
        return None  # 'sprach von einer „Zeitenwende“', 'called it a "game changer"'; not 'eine „Sprechstunde X“'
    titled = _TITLED_SESSION.search(before)
    if kind == "topic" and (head or _SESSIONS_ON.search(before) or (titled and titled.end() >= max(cues)[0])):
        kind = "session"  # „Länderbriefing Schweden“, "Design Clinic"; "zwei Workshops die Themen „…“"
    return "topic" if subject and not head else kind


def _list_items(items: str, offset: int) -> Iterator[tuple[str, int]]:
    """The items of an unquoted list and their offsets: "A, B and C"; with "sowie"/"as well as"
    only these split the last item ("A, B und C sowie D und E": "D und E" stays one)."""
    parts = [(p.group(), p.start()) for p in re.finditer(r"[^,;|]+", items)]
    if not parts:
        return
    last, at = parts.pop()
    joint = (
        r"\s+(?:sowie|as\s+well\s+as)\s+"
        if re.search(r"\s(?:sowie|as\s+well\s+as)\s", last)
        else r"\s+(?:and|und|sowie)\s+"
    )
    cut = list(re.finditer(joint, last))
    capital = [k for k in cut if k.group().strip() == "and" and last[k.end() : k.end() + 1].isupper()]
    if capital and all(p.strip()[:1].isupper() for p, _ in parts) and last.strip()[:1].isupper():
        cut = capital  # "Falls and fall detection, Medication at home and Loneliness and technology"
    if cut:
        k = cut[-1]
        parts += [(last[: k.start()], at), (last[k.end() :], at + k.end())]
    else:
        parts.append((last, at))
    for part, start in parts:
        value = re.sub(r"^(?:a|an|ein|eine|einen)\s+", "", part.strip())
        if 3 <= len(value) <= 120:
            yield value, offset + start + part.index(value)
