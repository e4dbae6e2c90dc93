# ruff: noqa: E501
"""Function phrases in a report: the function word, what it is for or of, and the organisation it
is held at ("head of the working group at ORG", "Lichtwerk-Geschäftsführerin", "chairwoman of
Dresden-based X"); :func:`functions` finds them all, :func:`function_at` reads one."""

from __future__ import annotations

import re
from dataclasses import dataclass

from clustergraph.loaders.report.mentions import _LEGAL_TAIL
from clustergraph.loaders.report.model import Org
from clustergraph.loaders.report.orgslots import _ABBR
from clustergraph.loaders.textkit.people import FUNCTION, role_of
from clustergraph.loaders.textkit.spans import WordStarts, WordTrigger, anchored

_FUNCTION = re.compile(FUNCTION)
_FUNCTION_CORE = WordTrigger(
    parts=("geschäftsf", "geschaeftsf", "manag", "vorsitz", "vorstand", "sprecher", "leiter", "präsident",
           "praesident", "direktor", "referent", "gründer", "gruender", "staatssekret", "staatsrät", "minister",
           "beauftragt", "koordinator", "bürgermeister", "inhaber", "dezernent", "chair", "spokes", "head",
           "president", "director", "founder", "officer", "ceo", "coordinator", "commissioner", "secretary",
           "mayor", "member", "rektor", "rector", "dekan", "dean", "berater", "advis", "lead", "chefarzt",
           "chefärzt", "oberarzt", "oberärzt", "reader", "lecturer", "vorständ", "redakteur", "journalist", "auditor",
           "scout", "editor", "reporter", "consultant", "analyst", "engineer", "researcher", "chancellor", "provost", "kanzler", "profess", "senator", "treasurer", "chief", "chef",
           "anwalt", "anwält", "student", "schatzmeister", "kassenwart", "prokurist", "justiziar", "syndik",
           "informatiker", "doktorand", "ingenieur", "wissenschaftler", "mitarbeiter", "entwickler", "prüfer",
           "counsel", "fellow", "scientist", "economist", "specialist", "developer", "designer", "architect",
           "landrat", "landrät", "abgeordnet", "beigeordnet", "gesellschafter", "techniker", "ausbilder", "ärztin",
           "owner", "partner", "councill", "councilor", "parliament", "associate", "technician", "trainer",
           "apprentice", "physician", "nurse", "architekt", "investor", "dozent", "broadcaster", "presenter",
           "kapitän", "landwirt", "winzer", "obfrau", "obmann", "unternehmer", "alderm", "alderw", "alderp", "host", "investigator", "botschafter", "konsul", "gouverneur", "stadtrat", "stadträt", "ambassador",
           "consul", "governor", "envoy"),
    suffixes=("cto", "cfo", "coo", "cio", "vp"),
)  # fmt: skip
_CONNECT = re.compile(
    r"\s{1,3}+(?P<c>of|for|für|at|bei|der|des|von|vom|im|am|beim|in|from|an|with|@)\s{1,3}+"
    r"(?P<art>(?:the|der|des|dem|den|die|das)\s{1,3}+)?"
)
_WORD = re.compile(r"\s{1,3}+(?P<w>[\w-]{1,40}+(?:&[\w-]{1,20}+)?)")  # "head of R&D"
_CONNECTORS = {
    "of",
    "for",
    "für",
    "at",
    "bei",
    "der",
    "des",
    "von",
    "vom",
    "im",
    "am",
    "beim",
    "in",
    "from",
    "an",
    "with",
    "@",
}

#: Short names of kinds of bodies before a hyphenated function.
_SHORT = {"ihk": "industrie- und handelskammer", "hwk": "handwerkskammer"}


@dataclass(frozen=True)
class Function:
    """A function phrase: its wording (``label``), role, span, and the organisation it is held at."""

    label: str
    role: str | None
    start: int
    end: int
    org: Org | None
    #: the organisation is referred to, not named ("des Clusters", "its managing director")
    anaphor: bool = False
    #: the noun it is referred to by ("clusters", "unternehmens"), if any
    noun: str | None = None


#: A department after a one-word German function, before the organisation ("Leiter Vertrieb der …").
_DEPARTMENT = re.compile(
    r"[ \t]{1,2}(?:[A-ZÄÖÜ][a-zäöüß]{3,30}+|[A-ZÄÖÜ][a-zäöüß]{1,2}(?=-)|[A-ZÄÖÜ]{1,3}&[A-ZÄÖÜ]{1,3}\b)(?:-[A-ZÄÖÜa-zäöü][a-zäöüß]{1,30}+){0,2}(?:[ \t](?:und|&)[ \t][A-ZÄÖÜ][a-zäöüß]{3,30}+)?"
    r"(?=\s{1,2}+(?:der|des|bei|im|am|von)\s|(?P<comma>,))"
)
#: A department of two or three capitalised words, only right before "der/des ORG" ("Leiterin
#: Regulatory Affairs der X GmbH"); a name there would stand after the organisation, not before it.
_DEPARTMENT_WORDS = re.compile(
    r"[ \t]{1,2}[A-ZÄÖÜ][a-zäöüß]{2,30}+(?:[ \t][A-ZÄÖÜ][a-zäöüß]{1,30}+){1,2}(?=\s{1,2}(?:der|des)\s)"
    r"|[ \t]{1,2}(?:[A-ZÄÖÜ][a-zäöüß]{2,30}+[ \t]){1,2}(?:Affairs|Management|Development|Relations|Operations"
    r"|Engineering|Marketing|Sales|Services|Chain|Assurance|Control|Innovation|Research|Strategy|Communications"
    r"|Procurement|Logistics|Technology|Design|Support|Finance|Controlling|Compliance|Access)(?=\s{1,2}(?:bei|von|vom|at)\s)"
)  # before "bei/von" only with a department's last word ("Auditor Ralf Dengler von der X" is a name)
#: A unit of an organisation named as its own ("Institut für Biophotonik"), before the organisation
#: it belongs to ("an der Testuniversität Jena"): the function is held at the organisation.
_UNIT = re.compile(
    r"(?:Institut|Lehrstuhl|Abteilung|Department|Fakultät|Klinik|Zentrum|Labor|Fachbereich|Professur"
    r"|Arbeitsgruppe|Chair|Division|Faculty|School|Centre|Center|Institute|Laboratory|Lab|Department)\b"
)
#: A place adjective before the organisation a function is held at ("chair of Dresden-based X").
_BASED = re.compile(r"(?:an?\s{1,2})?[A-ZÄÖÜ]\w{1,30}(?:-[A-ZÄÖÜ]\w{1,30})?-(?:based|headquartered)\s{1,2}")
#: A field in capitals after "in", then the organisation: "reader in Mechanical Engineering at X".
_FIELD_AT = re.compile(r"[A-Z][a-z-]{2,30}(?:\s[A-Z][a-z-]{2,30}){0,3}\s(?:at|bei|an\s+der|am)\s")
_UNIT_OF = re.compile(r"\s{1,2}(?:an\s+der|am|an\s+dem|der|des|at\s+the|at|of\s+the|of)\s{1,2}")
_ANAPHOR = re.compile(
    r"(?:(?:[A-ZÄÖÜ][\wäöüß]{1,30}-)?(?:Clusters?|Netzwerks?|Vereins?|Verbands?)(?![\w-]|\s+[A-ZÄÖÜ])|cluster|network|association|hub|Unternehmens|Firma|company|firm"
    r"|Klinikums|Krankenhauses|Allianz|Stiftung|department|ministry"
    r"|Hochschule|Universität|university|University|Instituts|institute|chamber|alliance|(?:University|Institute|Network|Department|Ministry"
    r"|Association|Company|Chamber|Alliance|Kammer|Agency|Foundation|Council|Consortium|Plattform|Platform)(?![\w-]|\s+[A-Z]))\b"
    r"(?!\s+(?:[a-z][\w-]*\s+)?(?:unit|team|office|department|group|division|section|desk|policy|management|programme"
    r"|program|strategy|project)\b)"  # "head of the cluster policy unit" names a unit, not the cluster
)


#: A body named by its kind word first ("the Cluster Meccatronica", "des Clusters Holz Nord"): a
#: name, not what the function is of; the function ends before it.
_NAMED_BODY = re.compile(
    r"(?![^,.;:()\n]{0,60}?\s(?:unit|team|office|department|group|division|section|desk|policy|programme|program"
    r"|strategy|project)\b)(?:Clusters?|Clúster|Chamber|Camera|Cámara|Network|Netzwerks?|Association|Alliance|Consortium|Consorzio"
    r"|Fundación|Fondazione|Agency|Agentur|Verband|Verbands|Verein|Vereins)(?:\s{1,2}(?:de|di|del|della|of)\b)?\s{1,2}"
    r"(?!(?:Policy|Policies|Management|Manager|Managers|Development|Strategy|Initiative|Programme|Program|Project"
    r"|Projects|Office|Team|Board|Affairs|Relations|Services|Day|Days|Forum|Platform|Excellence)\b)[A-ZÄÖÜ]"
)  # "Commissioner for Cluster Policy", "head of the Network Operations team": a field or a unit
#: A body named by a compound of its kind after a word ("des Rheinknie Biotech-Clusters"): a name.
_NAMED_COMPOUND = re.compile(
    r"[A-ZÄÖÜ][\wäöüß]{1,30}\s{1,2}[A-ZÄÖÜ][\wäöüß]{1,30}-(?:Cluster|Netzwerk|Verband|Verein)(?:e?s)?(?![\w-])"
)
#: A body's own unit after "der": part of the function, whoever's body it is ("Leiterin der Geschäftsstelle").
_OWN_UNIT = re.compile(
    r"(?:Geschäftsstelle|Geschäftsführung|Pressestelle|Stabsstelle|Verwaltung|Pflegedirektion|Rechtsabteilung"
    r"|Personalabteilung|Finanzabteilung)(?![\w-])"
)
#: An abbreviation after "of"/"des" ("project manager of CMN").
_ABBR_WORD = re.compile(r"[A-ZÄÖÜ]{2,8}\b(?!&)")


def function_at(
    text: str, m: re.Match[str], orgs_at: dict[int, Org], bracketed: frozenset[str] = frozenset()
) -> Function:
    """The function phrase starting with the function word ``m``: "head of the working group at
    ORG"; ``bracketed`` holds the abbreviations the text introduces in brackets ("(CMN)"), which
    name bodies and end a function."""
    label_end = m.end()
    pos = m.end()
    org: Org | None = None
    tentative: int | None = None
    dept = _DEPARTMENT.match(text, pos)
    in_bracket = re.search(r"\(\s{0,2}$", text[max(0, m.start() - 3) : m.start()])
    if dept and " " not in m.group().strip() and (not dept.group("comma") or in_bracket):
        label_end = pos = (
            dept.end()
        )  # "Leiter Materialentwicklung der Donauplast GmbH", "(Leiterin Antrieb, X)"
    elif " " not in m.group().strip() and (words := _DEPARTMENT_WORDS.match(text, pos)):
        c = _CONNECT.match(text, words.end())
        if c is not None and c.end() in orgs_at:
            label_end = pos = words.end()
    for _ in range(4):
        c = _CONNECT.match(text, pos)
        if c is None:
            break
        target = c.end()
        if based := _BASED.match(text, target):
            if based.end() not in orgs_at:
                break  # "director of a Leeds-based start-up": the organisation is not named
            target = based.end()
        if target in orgs_at:
            org = orgs_at[target]
            pos = org.end
            unit_of = _UNIT_OF.match(text, pos) if _UNIT.match(org.name) and org.iri is None else None
            if unit_of and unit_of.end() in orgs_at:
                # "Direktorin des Instituts für Biophotonik an der Testuniversität Jena"
                label_end = org.end
                org = orgs_at[unit_of.end()]
                pos = org.end
            break
        if c.group("c") in ("des", "der") and (compound := _NAMED_COMPOUND.match(text, target)):
            base = re.sub(r"e?s$", "", compound.group()).casefold()
            heads = [o for o in orgs_at.values() if o.name.casefold() == base]
            if heads:
                org, pos = heads[0], compound.end()
            break  # "Geschäftsleiterin des Rheinknie Biotech-Clusters": the function ends before it
        if (named := _NAMED_BODY.match(text, target)) or (
            (abbr := _ABBR_WORD.match(text, target)) and abbr.group() in bracketed
        ):
            raw = re.split(r"[,.;:()\n]", text[target : target + 120])[0].rstrip()
            if named is not None:
                heads = [o for o in orgs_at.values() if o.name.casefold().startswith(raw.casefold())]
            else:
                heads = [
                    o for o in orgs_at.values() if (b := _ABBR.match(text, o.end)) and b.group("a") == raw
                ]
            if len({o.iri or o.name for o in heads}) == 1:
                org, pos = heads[0], target + len(raw)
            break  # "president of the Cluster Meccatronica", "project manager of CMN": a name
        a = _ANAPHOR.match(text, target)
        if a and (c.group("c") in ("des", "der") or (c.group("art") and c.group("c") in ("of", "at"))):
            label = " ".join(text[m.start() : label_end].split())
            return Function(label, role_of(label), m.start(), a.end(), None, True, a.group().casefold())
        if c.group("c") == "der" and _OWN_UNIT.match(text, c.end()):
            label_end = pos = _OWN_UNIT.match(text, c.end()).end()  # "Leiterin der Geschäftsstelle"
            continue
        if c.group("c") == "der" and re.match(r"[A-ZÄÖÜ]", text[c.end() : c.end() + 1]) and tentative is None:
            tentative = (
                label_end  # "Chefarzt der Kardiologie am Klinikum X": kept only with an organisation after it
            )
        elif (
            c.group("c") not in ("of", "for", "für")
            and not (c.group("c") == "des" and re.match(r"[A-ZÄÖÜ]", text[c.end() : c.end() + 1]))
            and not (
                c.group("c") == "in"
                and not c.group("art")
                and (re.match(r"[a-z]", text[c.end() : c.end() + 1]) or _FIELD_AT.match(text, c.end()))
            )
        ):
            break  # ("reader in adhesion science": a subject after "in", not a place)
        # the complement: words up to the next connector or punctuation
        q = c.end("c")
        words = 0
        lower = False
        while words < 6:
            w = _WORD.match(text, q)
            if w is None or (words and w.group("w").casefold() in _CONNECTORS):
                break
            if w.start("w") in orgs_at or (lower and w.group("w")[:1].isupper()):
                break  # "head of data Lea Wen": a capitalised word after a lower-case one starts a name
            english = c.group("c") in (
                "of",
                "for",
                "in",
            )  # German nouns are capitalised: "für internationale Projekte"
            # an article does not start the lower-case part: "Commissioner for the Digital Economy"
            lower = lower or (
                english and w.group("w")[:1].islower() and w.group("w") not in ("and", "&", "the", "a", "an")
            )
            q = w.end()
            words += 1
        if words == 0:
            break
        label_end = pos = q
    if org is None and tentative is not None:
        label_end = tentative
    label = " ".join(text[m.start() : label_end].split())
    return Function(label, role_of(label), m.start(), pos if org else label_end, org)


def functions(text: str, orgs: list[Org], words: WordStarts | None = None) -> list[Function]:
    """Every function phrase of the text."""
    orgs_at = {o.start: o for o in orgs}
    short = {a.group("a").casefold(): o for o in orgs if (a := _ABBR.match(text, o.end))}
    bracketed = frozenset(b.group(1) for b in re.finditer(r"\(([A-ZÄÖÜ]{2,8})\)", text))
    out: list[Function] = []
    for m in anchored(_FUNCTION, _FUNCTION_CORE.finditer(text), text, words or WordStarts(text), 2):
        if out and m.start() < out[-1].end:
            continue
        if re.match(
            r"\w*(?:ministeri(?:um|en)|ministry|präsidium|direktion|leitung|halbleiter|begleiter|ingenieurb|ingenieurges"
            r"|ingenieurw|ingenieurs|studentenw|studierendenw|entwicklerk|mitarbeiterz|architektur|technikersch|chefsache)",
            m.group(),
            re.I,
        ):
            continue  # an institution ("Bundesministerium"), not a function
        hyphen = m.group().rfind("-")
        owner = orgs_at.get(m.start())
        if hyphen > 0 and owner is not None and owner.end == m.start() + hyphen:
            # "Lichtwerk-Geschäftsführerin": the function held at the organisation before the hyphen
            label = m.group()[hyphen + 1 :]
            out.append(Function(label, role_of(label), m.start() + hyphen + 1, m.end(), owner))
            continue
        if hyphen > 0 and owner is None:
            # "Isar-Medtech-Geschäftsführer": the organisation whose name the hyphenated words begin
            prefix = m.group()[:hyphen].replace("-", " ").casefold()
            prefix = _SHORT.get(prefix, prefix)  # "IHK-Hauptgeschäftsführerin"
            named = [o for o in orgs if o.name.casefold().startswith(prefix) and len(prefix) >= 4]
            named = named or ([short[prefix]] if prefix in short else [])  # "(NAMD)" … "NAMD-Geschäftsführer"
            if not named and re.fullmatch(r"[A-ZÄÖÜ]{2,6}", m.group()[:hyphen]):
                # "NNE-Geschäftsführerin": the initials of "Netzwerk Nordwest Energie e. V."
                named = [o for o in orgs if _initials(o.name) == m.group()[:hyphen]]
                longest = max(named, key=lambda o: len(o.name), default=None)
                if longest and all(longest.name.startswith(o.name) for o in named):
                    named = [longest]  # "Netzwerk Nordwest Energie" in the masthead, "… e. V." in the text
            if named and len({o.iri or o.name for o in named}) == 1:
                label = m.group()[hyphen + 1 :]
                out.append(
                    Function(label, role_of(label), m.start(), m.end(), named[0])
                )  # the span holds the prefix
                continue
        out.append(function_at(text, m, orgs_at, bracketed))
    return out


def _initials(name: str) -> str:
    """The initials of a name's capitalised words, without its legal form ("Netzwerk Nordwest
    Energie e. V." → "NNE")."""
    core = _LEGAL_TAIL.sub("", name)
    return "".join(w[0] for w in core.split() if w[:1].isupper())
