# ruff: noqa: E501
"""People in German and English text: academic titles, names, functions and their roles.

:data:`TITLE` matches the academic titles before a name ("Prof. Dr.-Ing.", "Dipl.-Ing."),
:data:`NAME` a person's name (two or three capitalised words, hyphenated parts and particles
such as "von" allowed, initials for the first name: "J. R. Miles"), :data:`FUNCTION` the core of a function phrase ("Geschäftsführerin",
"Clustermanager", "managing director", "Commissioner", "head"); :func:`role_of` maps a function
as written to the role vocabulary of the graph (``cgv:role/``).

>>> role_of("Geschäftsführerinnen"), role_of("Cluster Manager"), role_of("Vorstandsvorsitzender")
('managing-director', 'cluster-manager', 'chair')
>>> m = re.match(TITLED_NAME, "Prof. Dr.-Ing. Markus Feldhaus, Vizepräsident")
>>> m.group("title").strip(), m.group("name")
('Prof. Dr.-Ing.', 'Markus Feldhaus')
"""

from __future__ import annotations

import re

# Roles from the wording of a function, most specific first.
ROLE_PATTERNS: tuple[tuple[str, str], ...] = (
    (
        r"stellv\w{0,20}+\.?\s{0,3}+(?:cluster\s{0,3}+-?\s{0,3}+manag)|deputy cluster manag",
        "deputy-cluster-manager",
    ),
    (r"stellv\w{0,20}+\.?\s{0,3}+(?:vorstands)?vorsitz|vice[- ]?chair", "vice-chair"),
    (
        r"gesch(?:ä|ae)ftsf(?:ü|ue)hr|managing director|\bceo\b|executive director|general manager|chief executive",
        "managing-director",
    ),
    (r"cluster\s{0,3}+-?\s{0,3}+manag", "cluster-manager"),
    (r"vorstandsvorsitz|vorsitzend|\bchair", "chair"),
    (r"beiratssprecher|advisory board spokes", "advisory-board-spokesperson"),
    (r"vorstandsmitglied|\bvorstand\b|vorständin|board member|member of the board", "board-member"),
    (r"sprecher|spokes", "spokesperson"),
    (r"leiter|leitung|\bhead\b|\blead(?:er)?\b", "head"),
    (
        r"projektmanag|programm(?:e)?\s{0,3}+-?\s{0,3}+manag|program manager|project manager",
        "programme-manager",
    ),
    (r"pr(?:ä|ae)sident|president", "president"),
    (r"gr(?:ü|ue)nder|founder", "founder"),
    (r"direktor|director", "director"),
    # an official in charge of a subject at a ministry or agency, as the data's posts record them
    (r"referent|officer|beauftragt|commissioner|staatssekret|staatsr(?:ä|ae)t", "officer"),
    (r"vertreter|representative|minister", "representative"),
    (r"mitarbeiter|\bstaff\b", "staff"),
)  # fmt: skip


def role_of(label: str) -> str | None:
    """The ``cgv:role`` code for a function as written, or None."""
    low = label.casefold()
    for pattern, role in ROLE_PATTERNS:
        if re.search(pattern, low):
            return role
    return None


#: Academic titles before a name, several in a row.
TITLE = (
    r"(?:(?:Prof\.|Univ\.-Prof\.|Hon\.-Prof\.|Priv\.-Doz\.|DDr\.|DI(?=\s)|(?<!Associate\s)(?<!Assistant\s)(?<!Visiting\s)(?<!Adjunct\s)Professor(?:in)?|Dr\.(?:-Ing\.)?|(?:Dr|Prof)(?=\s)|Dr\.\s?(?:rer|med|phil)\.\s?(?:nat\.|pol\.|oec\.)?"
    r"|Dipl\.-[A-Z][a-z]{1,6}\.|PD|Mag\.|Ing\.|Ph\.\s?D\.|(?<![\w.])(?:prof|doc|ing|dr)\.(?=\s{1,3}(?:[a-z]{2,4}\.\s{1,3}){0,3}[A-ZÄÖÜ]))\s{1,3}+){1,4}+"
)
_UPPER = "A-ZÄÖÜÀ-ÖØ-ÞĀ-ŽŁŚŻŹĆŃ"
_LOWER = "a-zäöüßà-öø-ÿā-žłśżźćńąę"
#: Upper- and lower-case letters of names (German, French, Polish, Nordic ...), for a character class.
UPPER, LOWER = _UPPER, _LOWER
#: One capitalised word of a name ("Fromhold-Eisebith", "Zieliński", "O'Brien", "McLeod", "MacKenzie").
NAME_WORD = rf"(?:Mc|Mac|O['’])?[{_UPPER}][{_LOWER}'’]{{2,30}}+(?:-[{_UPPER}][{_LOWER}]{{1,30}}+)?"
#: A last name of two letters ("Wu", "Ng"), not a short word written capitalised.
SHORT_LAST = (
    rf"(?!(?:Am|Im|Um|An|Zu|Ob|So|Da|Wo|Es|Er|In|On|At|By|Of|To|Is|It|As|Or|No|Go|Do|Up|We|He|Me|My|Us|If|Ab|Ja"
    rf"|Du|Ihr|Wir|Sie|Ok|Mr|Ms|Dr|St|Co|Vs)\b)[{_UPPER}][{_LOWER}](?![\w'’.-])"
)
#: A region's name, hyphenated parts and all ("Nordrhein-Westfalen", "Provence-Alpes-Côte d'Azur").
REGION_WORD = rf"[{_UPPER}][{_LOWER}'’]{{2,30}}+(?:-[{_UPPER}][{_LOWER}'’]{{1,30}}+){{0,4}}(?:\s{{1,2}}d['’][{_UPPER}][{_LOWER}]{{1,30}}+)?"
#: A person's name: two or three words, a particle (von, van, de, zu) allowed before the last.
NAME = rf"(?:{NAME_WORD}(?:\s{{1,2}}+{NAME_WORD})?|[{_UPPER}]\.(?:\s{{0,2}}[{_UPPER}]\.)?)(?:\s{{1,2}}+(?:von|van|de|zu|van\s{{1,2}}der)\b)?\s{{1,2}}+(?:{NAME_WORD}|{SHORT_LAST})"
TITLED_NAME = rf"(?P<title>{TITLE})?(?P<name>{NAME})(?![\w-])"

_DE_FUNCTIONS = (
    r"gesch(?:ä|ae)ftsf(?:ü|ue)hr|cluster-?manag|manag|vorstandsvorsitz|vorsitz|vorstandsmitglied"
    r"|vorstand|sprecher|leiter|pr(?:ä|ae)sident|vizepr(?:ä|ae)sident|direktor|referent|projektleiter"
    r"|gr(?:ü|ue)nder|staatssekret(?:ä|ae)r|staatsr(?:ä|ae)t|minister|beauftragt|koordinator"
    r"|bürgermeister|inhaber|dezernent|abteilungsleiter|rektor|dekan|berater|chefarzt|chefärzt|oberarzt|oberärzt|vorständ|redakteur|journalist"
    r"|auditor|kanzler|senator|chef|rechtsanw(?:a|ä)lt|patentanw(?:a|ä)lt|student|schatzmeister|kassenwart|prokurist"
    r"|justiziar|syndik|informatiker|doktorand|ingenieur|wissenschaftler|mitarbeiter|entwickler|prüfer"
    r"|landr(?:a|ä)t|abgeordnet|beigeordnet|gesellschafter|techniker|ausbilder|architekt|ärztin|investor|dozent|kapitän|landwirt|winzer|obfrau|obmann|unternehmer|botschafter|konsul(?!t)|gouverneur|stadtr(?:a|ä)t|partner(?:in)?(?=\s{1,2}(?:bei|beim|der|des|von|vom|im|am)\s)"
)
#: The core of a German function word, with its endings (-in, -innen, -r, -e, -en).
DE_FUNCTION = rf"(?<![\w-])(?:[{_UPPER}][{_LOWER}{_UPPER}0-9]{{0,20}}-){{0,3}}[{_UPPER}]?[{_LOWER}-]{{0,20}}?(?i:{_DE_FUNCTIONS})[{_LOWER}]{{0,8}}+(?![\w-])"
#: The core of an English function (lower or title case).
EN_FUNCTION = (
    r"(?<![\w-])(?i:(?:deputy\s|vice[- ]|executive\s|general\s|board\s|technical\s|commercial\s|financial\s|medical\s"
    r"|scientific\s|operations?\s|sales\s|marketing\s|international\s|regional\s|press\s|company\s|honorary\s"
    r"|senior\s|principal\s|policy\s|communications\s|finance\s|compliance\s|innovation\s|partnerships?\s|county\s|city\s"
    r"|district\s|town\s|jury\s)?"
    r"(?:managing\s+director|cluster\s+manager|project\s+manager|programme\s+manager|program\s+manager"
    r"|board\s+member|member\s+of\s+the\s+board|chair(?:man|woman|person)?(?:\s+of\s+the\s+board)?"
    r"|spokes(?:person|man|woman)|head|president|director|(?:co-?)?founder|officer|ceo|coordinator"
    r"|chief\s+executive(?:\s+officer)?|chief(?:\s+[a-z]{3,20}){1,2}\s+officer|vp|treasurer|secretary(?:\s+general)?"
    r"|vice\s+president|general\s+counsel|(?:managing|senior)\s+partner|co-?chair(?:man|woman|person)?|owner"
    r"|(?:pro[- ])?vice-chancellor|investor|(?:assistant|associate|adjunct|visiting)\s+professor|council+or|member\s+of\s+parliament|research\s+associate"
    r"|commissioner|state\s+secretary|minister|mayor|alder(?:man|woman|person)|(?:co-?)?host|ambassador|consul(?:\s+general)?|governor|envoy|manager|rector|dean|advis[oe]r|reader|(?:senior\s+)?lecturer|auditor|chancellor|provost|senator"
    r"|c[eotfi]o))(?![\w-])"
)
#: A job title of one lower-case word before its noun: "health journalist", "technology scout".
TRADE_FUNCTION = (
    r"(?<![\w-])(?:(?:PhD|MSc|MBA|MA|BSc)\s{1,2}+)?(?:(?!(?:to|will|would|can|could|should|may|might|must|shall|and|or|who|which|that|the|a|an|its|our|their"
    r"|also|not|then|was|were|is|are|has|had|by|with|for|from|as|his|her)\s)(?![a-z]+ed\s)[a-z][a-z-]{2,20}\s{1,2}+)?"
    r"(?:journalist|scout|editor|reporter|consultant|analyst|engineer|researcher|counsel|fellow|student|scientist"
    r"|economist|specialist|developer|designer|architect|director|manager|officer|technician|trainer"
    r"|apprentice|physician|nurse|broadcaster|presenter|investigator)(?![\w-])"
)
#: Words before a function that belong to it ("bisheriger Geschäftsführer", "Wissenschaftlicher Leiter").
FUNCTION_ADJECTIVE = (
    r"(?:(?:bisherige[rn]?|ehemalige[rn]?|frühere[rn]?|langjährige[rn]?|amtierende[rn]?|designierte[rn]?|retiring"
    r"|long-serving|long-standing|longtime|long-time|founding|current|stellvertretende[rn]?|kommissarische[rn]?|[Ww]issenschaftliche[rn]?"
    r"|[Kk]aufmännische[rn]?|[Tt]echnische[rn]?|scheidende[rn]?|neue[rn]?|former|acting|scientific|outgoing"
    r"|incoming|interim|new|newly\s+elected|neu\s+gewählte[rn]?|[Mm]edizinische[rn]?|[Ää]rztliche[rn]?|[Kk]ünstlerische[rn]?"
    r"|[Pp]flegerische[rn]?|[Ss]tellvertretende[rn]?|[Pp]arlamentarische[rn]?|formerly|previously|vormals|ehemals)\s{1,3}+){0,2}"
)
#: "project lead", "incident response lead", "team leader": one or two lower-case words before "lead".
LEAD_FUNCTION = (
    r"(?<![\w-])(?:(?!(?:to|will|would|can|could|should|may|might|must|shall|and|or|who|which|that|the|a|an"
    r"|also|not|then|jointly|did|does|do|helped|help|helps)\s)[a-z][a-z-]{2,20}\s{1,2}+){1,2}lead(?:er)?(?![\w-])"
)
#: A professorship with its subject ("professor of robotics", "Professorin für Robotik"); before a
#: name "Professor" is a title.
CHAIR_FUNCTION = (
    r"(?<![\w-])(?:(?:[Aa]ssistant|[Aa]ssociate|[Vv]isiting|[Ff]ull)\s)?(?:Junior|junior|Honorar|Stiftungs)?[Pp]rofess(?:or|orin|ur)"
    r"(?=\s{1,2}(?:of|for|in|für|an|am)\s)"
)
FUNCTION = rf"(?:{FUNCTION_ADJECTIVE}(?:{EN_FUNCTION}|{DE_FUNCTION}|{LEAD_FUNCTION}|{TRADE_FUNCTION}|{CHAIR_FUNCTION}))"
