"""Whether a person named in a report was at the event, for :mod:`people`: the wordings of a
person only cited (a study, regards sent, a message read out), absent, credited (photos, press
contact) or on a committee; and of one who was there after all (regards brought in person, a
study's author who presented it, an award's winner)."""

from __future__ import annotations

import re

from clustergraph.loaders.textkit.people import TITLE

_CITED = re.compile(
    r"\b(?:regards|greetings|Grüße|Grußbotschaft|on\s+behalf|im\s+Namen|study|Studie|according|laut"
    r"|zitiert|cited|quoted|erinnerte\s+an|recalled|wie\s+schon|berief|works\s+by|Arbeiten|survey|Umfrage|Erhebung"
    r"|referred|verwies|article|Artikel|book|Buch)\b",
    re.I,
)

#: "…, who could not attend", "…, der kurzfristig absagen musste": not at the event.
_ABSENT = re.compile(
    r",?\s{0,2}(?:who|der|die)\b[^.;:]{0,40}?\b(?:could\s+not|couldn['’]t|was\s+unable|nicht|absagen|abgesagt"
    r"|verhindert|cancel\w*)\b",
    re.I,
)

#: A line that credits or names a contact: "Press contact: X", "Foto: X", "Text: X" (not at the event).
_CREDIT_WORDS = (
    r"(?:(?:(?:Press|Media)\s+(?:contact|enquiries|inquiries)|Presse-?\s?[Kk]ontakt|Medienkontakt|Kontakt|Contact(?:\s+person)?|Fotos?"
    r"|Ansprechpartner(?:in)?(?:\s+(?:beim|bei\s+der|bei\s+dem|im|am|der|des)\s+[\wäöüß-]{2,30})?"
    r"|Photos?(?:\s+credits?)?|(?:Image|Picture)s?(?:\s+credits?)?|Copyright|Bild(?:nachweis)?|Text|Autor(?:in)?|Authors?|Credits?|Redaktion|Editor|V\.\s?i\.\s?S\.\s?d\.\s?P\."
    r"|(?:Programme|Program|Scientific|Organi[sz]ing)\s+[Cc]ommittee|Programmkomitee|Programmausschuss)"
    r"\s{0,2}(?::|\||–|-)|©|(?:Photo(?:graph)?s?|Pictures?|Fotos?|Bilder?)\s+(?:by|von)\b)"
)

_CREDIT_LINE = re.compile(r"\s*" + _CREDIT_WORDS)

#: The same label right before the name inside a line ("… Photo: Lisa Grant. Media contact: Ben Cole").
_CREDIT_BEFORE = re.compile(rf"(?<!\w){_CREDIT_WORDS}\s{{0,2}}(?:{TITLE})?$")

#: "Ein Grußwort des Ministers X wurde verlesen", "a message from X was read out": not there in person.
_READ_OUT = re.compile(
    r"[^.;:!?]{0,40}?\b(?:(?:wurde|wurden)\s+(?:\w+\s+){0,2}?verlesen|(?:was|were)\s+(?:\w+\s+)?read\s+(?:out|aloud)"
    r"|ließ\s+(?:\w+\s+){0,5}?(?:ausrichten|übermitteln)|sent\s+(?:\w+\s+){0,2}?(?:regards|greetings|a\s+video\s+message)|(?:in|via|by)\s+(?:a\s+)?(?:recorded\s+)?video\s+message"
    r"|(?:in\s+einer|per)\s+Videobotschaft|(?:hatte|hat|hatten|haben)\s+(?:\w+\s+){0,4}?(?:übermittelt|übersandt|geschickt|schriftlich\s+\w+)"
    r"|had\s+sent\s+(?:\w+\s+){0,2}?(?:message|greetings|regards))\b"
)

#: A committee's members named in the sentence before the name ("The programme committee is chaired
#: by X"): named for the committee, not as participants (a jury at an award is at the event).
_COMMITTEE = re.compile(
    r"\b(?:(?:[Pp]rogramme|[Pp]rogram|[Ss]cientific|[Oo]rgani[sz]ing|[Ss]teering|[Aa]dvisory)\s+[Cc]ommittee"
    r"|Programmkomitee|Programmausschuss|Lenkungsausschuss|(?:[Ww]issenschaftliche[rn]?\s+)?Beirat)\b"
)

#: Regards brought in person, not sent: "überbrachte", "conveyed", "in person".
_IN_PERSON = re.compile(r"\b(?:überbracht\w*|brachte\w*|conveyed|delivered|brought|in\s+person|persönlich)\b")

#: A study the name is cited for, and the verb of one who presented it at the event.
_STUDY_AUTHOR = re.compile(r"(?i:study|studie)")

_PRESENTED = re.compile(
    r"[^.;:!?]{0,100}?\b(?:presented|walked\s+(?:us\s+|the\s+\w+\s+)?through|explained|spoke|präsentierte|stellte|erläuterte|sprach)\b"
)

#: An award's winner: "The prize went to X", "Der Preis ging an X", "awarded to X".
_AWARDED_TO = re.compile(
    r"\b(?:went|goes|was\s+awarded|were\s+awarded|ging|gingen|geht|wurde\s+verliehen)\s+(?:to|an)\s+(?:(?:Dr\.|Prof\.)\s{1,2})?$"
    r"|\b(?:awarded\s+to|verliehen\s+an)\s+$"
)

#: The award a winner was given, in the words before the name.
_AWARD = re.compile(r"(?i:award|prize|preis|auszeichnung|medal|medaille|trophy|pokal)")
