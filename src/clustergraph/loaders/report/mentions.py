# ruff: noqa: E501
"""Organisations and people in a report: graph names, patterns, function phrases, affiliations.

Organisations come from the graph (the gazetteer: names, aliases, legal forms, inflected German
forms) and from two patterns for bodies the graph does not hold: a name with a legal form
("Lehmann Wafer Systems GmbH") and an institution word ("Behörde für Testwirtschaft",
"Luftfahrtclusters Weser-Ems", base form "Luftfahrtcluster Weser-Ems"). People are found in four
constructions around a function phrase (:func:`function_at`: the function word, what it is for
or of, and the organisation it is held at):

- ``Name, function of ORG`` (``name-function``)
- ``Function of ORG, Name`` (``function-name``)
- ``Function Name von ORG`` (``function-before-name``)
- ``Name als/as function`` (``name-as-function``)

and a name with an academic title stands for a person on its own (``titled-name``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from clustergraph.loaders.report.model import Org
from clustergraph.loaders.report.orgslots import (
    _ABBR,
    _CORE,
    _LEGAL_FORMS,
    _ORG_WORD,
    STOP_WORDS,
    abbreviations,
    completed,
    short_forms,
    slot_orgs,
)
from clustergraph.loaders.textkit import Gazetteer, Mention
from clustergraph.loaders.textkit.people import FUNCTION, NAME_WORD, TITLED_NAME, role_of
from clustergraph.loaders.textkit.spans import SpanIndex, WordStarts, WordTrigger, anchored

_HEADS = (
    r"behörde|ministerium|ministry|universität|university|hochschule|institut|institute|cluster"
    r"|netzwerk|network|verband|verein|kammer|agentur|agency|amt|stiftung|foundation|gesellschaft"
    r"|zentrum|centre|center|hub|association|council|authority|initiative|allianz|alliance"
    r"|université|universidad|università|universiteit|uniwersytet|politecnico|klinikum|krankenhaus|hospital|chamber"
    r"|innung|campus|akademia|politechnika|instytut|college|polytechnic|kanzlei|society|federation|consortium"
)
_CAP = r"[A-ZÄÖÜ0-9][\w&'’-]{0,40}+"
_LEGAL_ORG = re.compile(
    rf"(?<![\w-])[(„“\"]?(?P<name>{_CAP}(?:\s{{1,2}}+(?:&\s{{1,2}}+)?{_CAP}){{0,4}}?\s{{1,2}}+"
    rf"(?:{_LEGAL_FORMS}))(?![\w])"
)
_INSTITUTION = re.compile(
    rf"(?<![\w-])(?P<name>(?:{NAME_WORD}\s{{1,2}}+){{0,2}}?(?=[A-ZÄÖÜ])[\w-]{{0,30}}?(?i:{_HEADS})(?P<gen>e?s)?"
    rf"\s{{1,2}}+(?:für|for|of)\s{{1,2}}+(?:the\s{{1,2}}+)?{_CAP}(?:\s{{1,2}}+(?:und|and|&)\s{{1,2}}+{_CAP}|\s{{1,2}}+{_CAP}){{0,3}})"
)
_HEAD_LAST = re.compile(
    rf"(?<![\w-])[(„“\"]?(?P<name>(?:{_ORG_WORD}\s{{1,2}}+){{1,3}}(?:University|Universität|Institute|Agency|Hochschule"
    rf"|Academy|Akademie|Foundation|Stiftung|Council|Network|Cluster|Alliance|Association|Centre|Center|Hub"
    rf"|Consortium|Campus|College|Polytechnic|Society|Federation)|(?:Hochschule|Fachhochschule|Universität|Institut|Stiftung|Akademie|Klinikum|Krankenhaus|IHK|HWK|Handwerkskammer"
    rf"|Reederei|Werft|Spedition|Stadtwerke)(?:\s{{1,2}}zu)?\s{{1,2}}+{NAME_WORD}"
    rf"|(?:Netzwerk|Verband|Verein|Bündnis|Innung|Kanzlei|Anwaltskanzlei|Praxis)(?P<gen>e?s)?(?:\s{{1,2}}+(?:&\s{{1,2}}+)?{NAME_WORD}){{1,2}}"
    rf"|(?:Université|Universidad|Università|Universiteit|Uniwersytet|Politecnico|Politechnika|Akademia|Academia|Instytut"
    rf"|Institut|Instituto|Istituto|École)"
    rf"(?:\s{{1,2}}(?:(?:de|di|del|della|des|du|van|of)\s{{1,2}}|d['’])?{NAME_WORD}){{1,3}}|(?:City|Town|Stadt|Landeshauptstadt)\s+(?:of\s+)?{NAME_WORD})(?![\w-])"
)
#: A name after "cluster" as a common noun: "eine Gruppe des Clusters Optika Morava", "the cluster Baltic Data".
_CLUSTER_NAMED = re.compile(
    rf"(?<=\b(?:des|dem|den|der|the)\s)(?:Clusters?|cluster)\s{{1,2}}(?P<name>{NAME_WORD}(?:\s{{1,2}}{NAME_WORD}){{1,2}})(?![\w-])"
)
_HEAD_TAIL = re.compile(
    rf"[ \t](?P<w>(?!(?:Day|Days|Tag|Tage|Forum|Conference|Meeting|Summit|Award|Awards|Week|Night|Management|Office"
    rf"|Team|Board|Members|Partners|Programme|Program|Project|Projects)\b)(?:{NAME_WORD}|[A-Z]{{2,6}}))(?=[,.;)]|['’]s\s|\s+(?:and|und)\s)"
)
#: An adjective before a German head word ("Technischen Hochschule", "Freie Universität").
_ADJ_HEAD = re.compile(
    r"(?P<adj>[A-ZÄÖÜ][a-zäöüß]{2,30}?e(?P<en>n)?)\s{1,2}(?:(?P<fem>Hochschule|Universität|Akademie|Stiftung|Innung)|Institut|Klinikum)"
)
_LEGAL_WORD = re.compile(rf"(?<![\w])(?:{_LEGAL_FORMS}|Ltd|Inc)(?![\w])")
_GENITIVE_HEAD = re.compile(r"((?i:netzwerk|cluster|verein|verband|verbund|institut))e?s(?=\s)")
_HEAD_WORD = WordTrigger(
    suffixes=(
        *(
            h + e
            for h in (
                *_HEADS.split("|"),
                "city",
                "town",
                "stadt",
                "park",
                "reederei",
                "werft",
                "spedition",
                "stadtwerke",
            )
            for e in ("", "s", "es")
        ),
        "ihk",
        "hwk",
    ),
    parts=("cluster", "netzwerk"),
)
_COMPOUND = re.compile(
    rf"(?<![\w-])(?P<name>(?:[A-ZÄÖÜ][a-zäöüß]{{2,30}}-\s(?:und|&)\s|[A-ZÄÖÜ][a-zäöüß]{{2,30}}?(?:ische|liche|er)\s)?(?:[A-ZÄÖÜ][\w-]{{2,30}}?(?i:{_HEADS})|(?=[A-ZÄÖÜ])[\w-]{{0,20}}?(?i:technologie|innovations|wissenschafts|gründer)park)(?P<gen>e?s)?\s{{1,2}}+{NAME_WORD}(?:\s{{1,2}}+{NAME_WORD})?)"
)
#: A regional adjective before a compound head, inflected after an article: "der Südböhmischen
#: Halbleiterallianz", "des Sächsischen Holzclusters" (base form "Südböhmische Halbleiterallianz").
_ADJ_ORG = re.compile(
    r"(?<=\b(?:der|des|dem|den|die)\s)(?P<name>(?P<adj>[A-ZÄÖÜ][a-zäöüß]{2,30}?(?:isch|sch))(?P<ending>e[nrs]?)\s{1,2}"
    r"(?P<head>[A-ZÄÖÜ][a-zäöüß-]{0,30}?(?:allianz|initiative|agentur|gesellschaft|stiftung|kammer|plattform|vereinigung"
    r"|cluster|netzwerk|verband|verein|verbund))(?P<gen>e?s)?)(?![\w-])"
)
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
           "informatiker", "doktorand"),
    suffixes=("cto", "cfo", "coo", "cio", "vp"),
)  # fmt: skip
_NAME = re.compile(TITLED_NAME)
_CONNECT = re.compile(
    r"\s{1,3}+(?P<c>of|for|für|at|bei|der|des|von|vom|im|am|beim|in|from|an)\s{1,3}+"
    r"(?P<art>(?:the|der|des|dem|den|die|das)\s{1,3}+)?"
)
_WORD = re.compile(r"\s{1,3}+(?P<w>[\w-]{1,40}+)")
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
}


def org_mentions(
    text: str, gazetteer: Gazetteer, mentions: list[Mention] | None = None, starts: WordStarts | None = None
) -> list[Org]:
    """Every organisation named: the graph's (orgs, partnerships; ``mentions`` if the text was
    searched already) first, then the patterns'."""
    out: list[Org] = []
    taken: list[tuple[int, int]] = []
    for m in gazetteer.find(text) if mentions is None else mentions:
        if m.kind in ("org", "partnership"):
            name = gazetteer.labels.get(m.iri, m.text) if m.iri else m.text
            out.append(Org(name, m.start, m.end, m.iri, m.candidates, m.kind, True))
        if m.kind not in ("place", "country", "region", "industry"):
            taken.append((m.start, m.end))  # "Gründerinitiative Thüringen", "Photonics Network" are names
    graph_index = SpanIndex(taken)
    named = {o.iri for o in out if o.iri}
    for m in gazetteer.shared_prefixes(text):
        # "Isar Medtech": the first words of two organisations' names, an ambiguous mention (unless
        # the text names one of them in full: "Alder Valley Cluster" … "Alder Valley's CEO")
        if not graph_index.overlaps(m.start, m.end) and not named & set(m.candidates):
            out.append(Org(m.text, m.start, m.end, None, m.candidates, m.kind, True))
            taken.append((m.start, m.end))
    starts = starts or WordStarts(text)
    heads = list(_HEAD_WORD.finditer(text))
    for pattern, trigger, before in (
        (_LEGAL_ORG, list(_LEGAL_WORD.finditer(text)), 5),
        (_INSTITUTION, heads, 2),
        (_HEAD_LAST, heads, 3),
        (_COMPOUND, heads, 2),
        (_CLUSTER_NAMED, heads, 0),
    ):
        taken_index = SpanIndex(taken)
        for m in anchored(pattern, trigger, text, starts, before):
            start, end = m.start("name"), m.end("name")
            cut = text.rfind("\n", start, end)
            if cut >= 0:  # a name does not span lines ("… 9. März 2024\n\nSaale Timber GmbH")
                start = cut + 1
                while start < end and text[start].isspace():
                    start += 1
            words = text[start:end].split()
            while words and words[0].casefold().strip(".") in STOP_WORDS:
                start = text.index(words[1], start + len(words[0])) if len(words) > 1 else end
                words = words[1:]
            if (len(words) < 2 and pattern is not _COMPOUND) or start >= end:
                continue
            if pattern is _HEAD_LAST and text[end - 1].islower():
                # "Aero Cluster Skåne, …": a place word after the head word, before a comma or "and"
                tail = _HEAD_TAIL.match(text, end)
                if tail and not taken_index.overlaps(end, tail.end("w")):
                    end = tail.end("w")
            adjective = _ADJ_HEAD.fullmatch(text, start, end) if pattern is _HEAD_LAST else None
            if adjective:  # "der Technischen Hochschule Unterweser": the place word after the head
                more = re.match(rf"\s{{1,2}}({NAME_WORD})(?![\w-])", text[end : end + 40])
                if (
                    more
                    and more.group(1).casefold() not in STOP_WORDS
                    and not taken_index.overlaps(end, end + more.end())
                ):
                    end += more.end()
            if taken_index.overlaps(start, end):
                continue
            name = text[start:end]
            if (
                adjective
                and adjective.group("en")
                and adjective.group("fem")
                and re.search(r"\b(?:der|des|dem|den|einer)\s+$", text[max(0, start - 8) : start])
            ):
                name = (
                    name[: adjective.end("adj") - start - 1] + name[adjective.end("adj") - start :]
                )  # base form
            if pattern is _LEGAL_ORG and re.search(r"\b(?:des|eines)\s+$", text[max(0, start - 8) : start]):
                name = _GENITIVE_HEAD.sub(r"\1", name)
            if re.search(r"\b(?:Ltd|Inc)\.$", name) and re.match(
                r"\s*$|\s+[A-ZÄÖÜ„“\"]", text[end : end + 2]
            ):
                name = name[:-1]  # "… at Brightwater Foods Ltd. The …": the full stop ends the sentence
            gen = m.groupdict().get("gen")
            if gen and re.search(r"\b(?:des|eines)\s+$", text[max(0, start - 8) : start]):
                head_end = m.end("gen") - len(gen)
                name = text[start:head_end] + text[m.end("gen") : end]
            out.append(Org(" ".join(name.split()), start, end))
            taken.append((start, end))
    index = SpanIndex(taken)
    for m in anchored(_ADJ_ORG, heads, text, starts, 1):
        if not index.overlaps(m.start("name"), m.end("name")):
            head = m.group("head")
            ending = (
                "er"
                if re.search(r"(?:cluster|verband|verein|verbund)$", head)
                else "es"
                if head.endswith("netzwerk")
                else "e"
            )
            out.append(Org(f"{m.group('adj')}{ending} {head}", m.start("name"), m.end("name")))
            taken.append((m.start("name"), m.end("name")))
    places = [(m.start, m.end) for m in mentions or () if m.kind in ("place", "country", "region")]
    known = {
        " ".join(o.name.casefold().split()[:k]) for o in out for k in range(1, min(len(o.name.split()), 6))
    }
    out += slot_orgs(text, taken, places, known)
    out += short_forms(text, out, taken)
    out += abbreviations(text, out, taken)
    # "Clusteragentur Nord" found by a pattern after "Clusteragentur Nord GmbH": the same body
    full: dict[str, Org] = {}
    for o in out:
        core = _CORE.match(o.name) if not o.from_graph else None
        if core and len(full) < 50:
            full.setdefault(core.group("core"), o)
            full.setdefault(_LEGAL_TAIL.sub("", o.name), o)  # "Netzwerk X" of "Netzwerk X e. V."
    out = [Org(full[o.name].name, o.start, o.end) if not o.from_graph and o.name in full else o for o in out]
    return sorted(completed(text, out), key=lambda o: o.start)


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
    r"[ \t]{1,2}[A-ZÄÖÜ][a-zäöüß]{3,30}+(?:-[A-ZÄÖÜ][a-zäöüß]{1,30}+)?(?:[ \t](?:und|&)[ \t][A-ZÄÖÜ][a-zäöüß]{3,30}+)?"
    r"(?=\s{1,2}+(?:der|des|bei|im|am|von)\s|(?P<comma>,))"
)
#: A department of two or three capitalised words, only right before "der/des ORG" ("Leiterin
#: Regulatory Affairs der X GmbH"); a name there would stand after the organisation, not before it.
_DEPARTMENT_WORDS = re.compile(
    r"[ \t]{1,2}[A-ZÄÖÜ][a-zäöüß]{2,30}+(?:[ \t][A-ZÄÖÜ][a-zäöüß]{1,30}+){1,2}(?=\s{1,2}(?:der|des)\s)"
)
#: A unit of an organisation named as its own ("Institut für Biophotonik"), before the organisation
#: it belongs to ("an der Testuniversität Jena"): the function is held at the organisation.
_UNIT = re.compile(
    r"(?:Institut|Lehrstuhl|Abteilung|Department|Fakultät|Klinik|Zentrum|Labor|Fachbereich|Professur"
    r"|Arbeitsgruppe|Chair|Division|Faculty|School|Centre|Center|Institute|Laboratory|Lab|Department)\b"
)
#: A place adjective before the organisation a function is held at ("chair of Dresden-based X").
_BASED = re.compile(
    r"(?:an?\s{1,2})?[A-ZÄÖÜ]\w{1,30}(?:-[A-ZÄÖÜ]\w{1,30})?-(?:based|headquartered)\s{1,2}"
)
_UNIT_OF = re.compile(r"\s{1,2}(?:an\s+der|am|an\s+dem|der|des|at\s+the|at|of\s+the|of)\s{1,2}")
_ANAPHOR = re.compile(
    r"(?:Clusters?|Netzwerks?|Vereins?|Verbands?|cluster|network|association|hub|Unternehmens|Firma|company|firm"
    r"|Hochschule|Universität|university|Instituts|institute)\b"
    r"(?!\s+(?:[a-z][\w-]*\s+)?(?:unit|team|office|department|group|division|section|desk|policy|management|programme"
    r"|program|strategy|project)\b)"  # "head of the cluster policy unit" names a unit, not the cluster
)


def function_at(text: str, m: re.Match[str], orgs_at: dict[int, Org]) -> Function:
    """The function phrase starting with the function word ``m``: "head of the working group at ORG"."""
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
        a = _ANAPHOR.match(text, target)
        if a and (c.group("c") in ("des", "der") or (c.group("art") and c.group("c") in ("of", "at"))):
            label = " ".join(text[m.start() : label_end].split())
            return Function(label, role_of(label), m.start(), a.end(), None, True, a.group().casefold())
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
                and re.match(r"[a-z]", text[c.end() : c.end() + 1])
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
    out: list[Function] = []
    for m in anchored(_FUNCTION, _FUNCTION_CORE.finditer(text), text, words or WordStarts(text), 2):
        if out and m.start() < out[-1].end:
            continue
        if re.match(
            r"\w*(?:ministeri|ministry|präsidium|direktion|leitung|halbleiter|begleiter)", m.group(), re.I
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
        out.append(function_at(text, m, orgs_at))
    return out


def _initials(name: str) -> str:
    """The initials of a name's capitalised words, without its legal form ("Netzwerk Nordwest
    Energie e. V." → "NNE")."""
    core = _LEGAL_TAIL.sub("", name)
    return "".join(w[0] for w in core.split() if w[:1].isupper())


_LEGAL_TAIL = re.compile(rf"\s{{1,2}}(?:{_LEGAL_FORMS})$")


_NAME_GOES_ON = re.compile(rf"\s{{1,2}}{NAME_WORD}(?![\w-])")


@dataclass(frozen=True)
class Name:
    """A person's name in the text, with its academic title."""

    name: str
    title: str | None
    start: int
    end: int


def names(text: str, not_in: list[tuple[int, int]]) -> list[Name]:
    """Candidate person names (two or three capitalised words, an optional title), outside
    the spans of organisations and events. A candidate that is no name ("Staatssekretär Dr")
    is skipped by one word, so the name after it is still found."""
    out: list[Name] = []
    pos = 0
    not_in_index = SpanIndex(not_in)
    while True:
        m = _NAME.search(text, pos)
        if m is None:
            return out
        start = m.start("name")
        words = m.group("name").split()
        first_end = start + len(words[0])
        while words and words[0].casefold() in STOP_WORDS:
            start = text.index(words[1], start + len(words[0])) if len(words) > 1 else m.end()
            words = words[1:]
        end = m.end("name")
        nl = text.find("\n", start, end)
        if nl >= 0 and len(text[start:nl].split()) >= 2:
            end = nl  # "moderiert von Katharina Moosbauer\n\nEin großes …": a name ends with its line
            words = text[start:end].split()
        bad = (
            len(words) < 2
            or any(  # a particle ("von", "van der") is no stop word inside a name
                _FUNCTION.fullmatch(w) or (w.casefold() in STOP_WORDS and w[:1].isupper()) for w in words
            )
        )
        particle = next((w for w in words if w[:1].islower() or w.endswith(".")), None)
        if not bad and particle and _NAME_GOES_ON.match(text, end):
            # "Vortrag von Jens Harder": "von" is a preposition when two capitalised words follow it;
            # "at Hall B. Anna Lind": the letter ends a sentence, it is no initial
            pos = text.index(particle, start) + len(particle)
            continue
        if bad or not_in_index.overlaps(start, end):
            pos = max(first_end, m.start() + 1) if m.group("title") is None else m.end("title")
            continue
        title = " ".join(m.group("title").split()) if m.group("title") and start == m.start("name") else None
        out.append(Name(" ".join(words), title, m.start() if title else start, end))
        pos = end
