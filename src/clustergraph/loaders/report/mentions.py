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

from clustergraph.loaders.report.bodies import compound_short_forms, graph_first_words, named_bodies
from clustergraph.loaders.report.model import Org
from clustergraph.loaders.report.orgslots import (
    _CORE,
    _LEGAL_FORMS,
    _ORG_WORD,
    COMMA_LEGAL_FORMS,
    DESCRIPTOR,
    STOP_WORDS,
    abbreviations,
    completed,
    short_forms,
    slot_orgs,
)
from clustergraph.loaders.textkit import Gazetteer, Mention
from clustergraph.loaders.textkit.people import FUNCTION, NAME_WORD, TITLED_NAME, UPPER
from clustergraph.loaders.textkit.spans import SpanIndex, WordStarts, WordTrigger, anchored

_HEADS = (
    r"behörde|ministerium|ministry|universität|university|hochschule|institut|institute|cluster"
    r"|netzwerk|network|verband|verein|kammer|agentur|agency|amt|stiftung|foundation|gesellschaft"
    r"|zentrum|centre|center|hub|association|council|authority|initiative|allianz|alliance"
    r"|université|universidad|università|universiteit|uniwersytet|politecnico|klinikum|krankenhaus|hospital|chamber"
    r"|innung|campus|akademia|politechnika|instytut|college|polytechnic|kanzlei|society|federation|consortium"
    r"|büro|group|committee|commission|department|gemeinschaft|genossenschaft"
)
_CAP = rf"[{UPPER}0-9][\w&'’-]{{0,40}}+"
_LEGAL_ORG = re.compile(
    rf"(?<![\w-])[(„“\"]?(?P<name>{_CAP}(?:\s{{1,2}}+(?:&\s{{1,2}}+)?{_CAP}){{0,4}}?(?:\s{{1,2}}+"
    rf"(?:{_LEGAL_FORMS})|,\s{{1,2}}(?:{COMMA_LEGAL_FORMS})))(?![\w])"
)
_INSTITUTION = re.compile(
    rf"(?<![\w-])[(„“\"]?(?P<name>(?:{NAME_WORD}\s{{1,2}}+){{0,2}}?(?=[A-ZÄÖÜ])[\w-]{{0,30}}?(?i:{_HEADS})(?P<gen>e?s)?"
    rf"\s{{1,2}}+(?:für|for|of|on)\s{{1,2}}+(?:the\s{{1,2}}+)?{_CAP}(?:,\s{{1,2}}+{_CAP}(?=(?:,\s{{1,2}}+{_CAP})?\s{{1,2}}+(?:und|and|&)\s))?"
    rf"(?:,\s{{1,2}}+{_CAP}(?=\s{{1,2}}+(?:und|and|&)\s))?(?:\s{{1,2}}+(?:und|and|&)\s{{1,2}}+{_CAP}|\s{{1,2}}+{_CAP}){{0,3}})"
)
_HEAD_LAST = re.compile(
    rf"(?<![\w-])[(„“\"]?(?P<name>(?:(?:North|South|East|West|Central|Isle|Vale|Heart)\s{{1,2}}of\s{{1,2}})?(?:{_ORG_WORD}\s{{1,2}}+){{1,3}}(?:University|Universität|Institute|Agency|Hochschule"
    rf"|Academy|Akademie|Foundation|Stiftung|Council|Network|Cluster|Alliance|Association|Centre|Center|Hub"
    rf"|Consortium|Campus|College|Polytechnic|Society|Federation|Systems|Solutions|Technologies|Analytics|Labs?"
    rf"|Laboratories|Consulting|Consultants|Engineering|Components|Composites|Instruments|Industries|Software"
    rf"|Werft|Plattform|Platform|Partnership)(?![ \t]{{1,2}}(?:Fund|Funds|Fonds|Scheme|Grants?|Prize|Support)\b)|(?:Technikum|Hochschule|Fachhochschule|Universität|Institut|Stiftung|Akademie|Klinikum|Krankenhaus|IHK|HWK|Handwerkskammer"
    rf"|Reederei|Werft|Spedition|Stadtwerke|Wirtschaftsförderung|Landkreis|Stadtverwaltung|Kreisverwaltung|Landratsamt"
    rf"|Bezirksregierung|Regierungspräsidium|Klinikums|Krankenhauses|Instituts|Landkreises)(?:\s{{1,2}}zu)?\s{{1,2}}+{NAME_WORD}"
    rf"(?:(?:(?<=Luzern)|(?<=Bern)|(?<=Zürich)|(?<=Graz)|(?<=Wien)|(?<=Salzburg)|(?<=Rapperswil))(?:\s{{1,2}}[–-])?\s{{1,2}}(?:Technik(?:\s{{1,2}}(?:&|und)\s{{1,2}}Architektur)?"
    rf"|Wirtschaft|Informatik|Design(?:\s{{1,2}}(?:&|und)\s{{1,2}}Kunst)?|Musik|Soziale\s{{1,2}}Arbeit|Gesundheit)(?![\w-]))?"
    rf"|(?:Netzwerk|Verband|Verein|Bündnis|Innung|Kanzlei|Anwaltskanzlei|Praxis|Arbeitsgemeinschaft|Vereinigung"
    rf"|Bundesverband|Landesverband|Interessengemeinschaft)(?P<gen>e?s)?(?:\s{{1,2}}+(?:&\s{{1,2}}+)?{NAME_WORD}){{1,2}}"
    rf"|(?:Université|Universidad|Università|Universiteit|Uniwersytet|Politecnico|Politechnika|Akademia|Academia|Instytut"
    rf"|Institut|Instituto|Istituto|École|Clúster|(?:Cámara|Camera|Chambre)(?=\s{{1,2}}d[eiu]\s)|Fundación|Fundació"
    rf"|Fondazione|Consorzio|Asociación|Associazione|Associació|Agencia|Agenzia|Agència|Pôle"
    rf"|(?![^,.;:()\n]{{0,60}}?\s(?:team|unit|office|department|group|division|programme|program|project|policy)\b)Cluster(?!\s{{1,2}}(?:{FUNCTION}|Day|Days|Tag|Tage"
    rf"|Forum|Conference|Meeting|Summit|Award|Week|Night|Team|Board|Office|Policy|Members|Partners|Programme|Program"
    rf"|Project|Management|Development|Strategy|Initiative|Excellence|Platform|Plattform|Talks?|Breakfast|Lunch|Dinner"
    rf"|Camp|Dialog(?:ue)?|Sessions?|Workshops?|Webinars?|Lounge|Matchmaking|Tour|Visit|Exchange|Academy|Awards|Report"
    rf"|Newsletter|Survey|Study|Map|Website|Portal|Events?|Gathering|Party|Festival|Fair|Expo|Congress|Kongress"
    rf"|Konferenz|Tagung|Treffen|Stammtisch|Frühstück|Meetup|Hub|Fund|Funds|Fonds|Scheme|Grant|Grants|Call|Prize"
    rf"|Support|Funding|Förderung|Förderprogramm|Programm)\b))"
    rf"(?:\s{{1,2}}(?:(?:de|di|del|della|des|du|van|of)\s{{1,2}}|d['’])?{NAME_WORD}){{1,3}}|(?:City|Town|Stadt|Landeshauptstadt|Gemeente|Gemeinde|Marktgemeinde|Kommune|Municipality|Comune|Commune|Kommun|Kunta)\s+(?:of\s+)?{NAME_WORD})(?![\w-])"
)
#: Head words of companies that also end the names of fields ("Embedded Systems", "Data Analytics").
_COMPANY_HEAD = re.compile(
    r"\s(?:Systems|Solutions|Technologies|Analytics|Labs|Laboratories|Consulting|Consultants|Engineering|Components"
    r"|Composites|Instruments|Industries|Software)$"
)
_SUBJECT_BEFORE = re.compile(r"\b(?:in|on|about|into|für|zu|zur|zum)\s{1,2}(?:the\s{1,2})?$")
_FUNCTION_OF = re.compile(r"[a-z][\w-]*\s{1,2}(?:of|for)\s{1,2}(?:the\s{1,2})?$")
_ANOTHER_ORG_AFTER = re.compile(r"\s{1,2}(?:at|with|@|bei|an\s+der|am)\s")


#: The word before "in"/"of"/"für" ahead of a field's name: "reader in Mechanical Engineering",
#: "MSc in Data Science", "Professorin für Angewandte Mathematik".
_FIELD_OF = re.compile(r"(?P<w>[\w-]{2,30})\s{1,2}(?:in|of|for|für)\s{1,2}(?:the\s{1,2})?$")
_DEGREE = re.compile(
    r"(?i:phd|ph\.d|msc|bsc|mba|ma|ba|degree|diploma|studies|course|courses|studium|studiengang|master|bachelor|professor|professorin|professur|lehrstuhl)"
)


def _a_field(text: str, start: int) -> bool:
    """Whether two capitalised words name a field, not a person: after a function or a degree and
    "in"/"of"/"für" ("senior lecturer in Applied Physics", "MSc in Data Science")."""
    before = _FIELD_OF.search(text, max(0, start - 40), start)
    return bool(before) and bool(
        _FUNCTION.fullmatch(before.group("w")) or _DEGREE.fullmatch(before.group("w"))
    )


def _a_subject(text: str, start: int, end: int) -> bool:
    """Whether capitalised words ending in a company head word name a field, not a company: after
    "in"/"on" ("reader in Mechanical Engineering"), or after "head of" with the organisation after
    them ("head of Embedded Systems at X")."""
    before = text[max(0, start - 30) : start]
    return bool(
        _SUBJECT_BEFORE.search(before)
        or (_FUNCTION_OF.search(before) and _ANOTHER_ORG_AFTER.match(text, end, end + 12))
    )


#: A name after "cluster", "Firma", "company" as a common noun: "eine Gruppe des Clusters Optika Morava",
#: "the cluster Baltic Data", "von der Firma Brink Antriebstechnik".
_CLUSTER_NAMED = re.compile(
    rf"(?:(?<=\b(?:des|dem|den|der|the|vom|zum)\s)|(?<=\bbeim\s))(?:Clusters?|cluster|Firma|Unternehmens?|company|firm|start-?up|Start-?up|Partnerorganisation|Partnercluster"
    rf"|Partnernetzwerk|Organisation|organi[sz]ation)\s{{1,2}}(?P<name>{_ORG_WORD}(?:\s{{1,2}}{NAME_WORD}){{1,2}})(?![\w-])"
)
_HEAD_TAIL = re.compile(
    rf"[ \t](?P<w>(?!(?:Day|Days|Tag|Tage|Forum|Conference|Meeting|Summit|Award|Awards|Week|Night|Management|Office"
    rf"|Team|Board|Members|Partners|Programme|Program|Project|Projects|Fund|Funds|Fonds|Scheme|Grant|Grants|Prize|Support)\b)(?:{NAME_WORD}|[A-Z]{{2,6}}))(?=[,.;)]|['’]s\s|\s+(?:and|und)\s|[ \t]{{1,2}}\([A-ZÄÖÜ][A-ZÄÖÜ0-9&-]{{1,9}}\))"
)
#: An adjective before a German head word ("Technischen Hochschule", "Freie Universität").
_ADJ_HEAD = re.compile(
    r"(?P<adj>[A-ZÄÖÜ][a-zäöüß]{2,30}?e(?P<en>n)?)\s{1,2}(?:(?P<fem>Hochschule|Universität|Akademie|Stiftung|Innung)|Institut|Klinikum)"
)
_LEGAL_WORD = re.compile(rf"(?<![\w])(?:{_LEGAL_FORMS}|Ltd|Inc)(?![\w])")
_GENITIVE_HEAD = re.compile(
    r"((?i:netzwerk|cluster|verein|verband|verbund|institut|klinikum|krankenhaus|landkreis))e?s(?=\s)"
)
_HEAD_WORD = WordTrigger(
    suffixes=(
        *(
            h + e
            for h in (
                *_HEADS.split("|"),
                "city",
                "gemeente",
                "gemeinde",
                "kommune",
                "municipality",
                "comune",
                "commune",
                "town",
                "plattform",
                "platform",
                "partnership",
                *(
                    "clúster",
                    "cámara",
                    "camera",
                    "fundación",
                    "fundació",
                    "fondazione",
                    "consorzio",
                    "asociación",
                ),
                *("associazione", "associació", "agencia", "agenzia", "agència", "chambre", "pôle"),
                "stadt",
                "technikum",
                "park",
                "reederei",
                "werft",
                "spedition",
                "stadtwerke",
                "systems",
                "solutions",
                "technologies",
                "analytics",
                "lab",
                "laboratory",
                "laboratories",
                "büro",
                "organisation",
                "organization",
                "partnercluster",
                "gemeinschaft",
                "vereinigung",
                "consulting",
                "consultants",
                "engineering",
                "components",
                "composites",
                "instruments",
                "industries",
                "software",
                "gruppe",
                "group",
                "wirtschaftsförderung",
                "landkreis",
                "stadtverwaltung",
                "kreisverwaltung",
                "landratsamt",
                "bezirksregierung",
                "regierungspräsidium",
                "firma",
                "unternehmen",
                "company",
                "firm",
                "start-up",
                "startup",
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
_FIRM = re.compile(r"Firma|Unternehmen|Company|Firm|Start-?up|Spin-?off|Gruppe")
_MUNICIPALITY = re.compile(r"(?:City|Town)\s")
_CAPITALISED_BEFORE = re.compile(rf"(?P<w>[{UPPER}][\w'’-]*)[ \t]$")
_DESCRIPTOR = re.compile(DESCRIPTOR + r"\s")
_NAME = re.compile(TITLED_NAME)


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
    out += graph_first_words(text, gazetteer, taken)  # "Leiterin der Geschäftsstelle von Saxtronic"
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
        (_HEAD_LAST, heads, 4),
        (_COMPOUND, heads, 2),
        (_CLUSTER_NAMED, heads, 0),
    ):
        taken_index = SpanIndex(taken)
        for m in anchored(pattern, trigger, text, starts, before):
            start, end = m.start("name"), m.end("name")
            cut = text.find("\n", start, end)
            if cut >= 0 and pattern is _INSTITUTION and m.start("name") < cut - 12:
                end = cut  # "Department of Enterprise, Trade and Regions\nPress release": the head line
                while end > start and text[end - 1].isspace():
                    end -= 1
            cut = text.rfind("\n", start, end)
            if cut >= 0:  # a name does not span lines ("… 9. März 2024\n\nSaale Timber GmbH")
                start = cut + 1
                while start < end and text[start].isspace():
                    start += 1
            words = text[start:end].split()
            firm = (
                next((i for i, w in enumerate(words[:-2]) if _FIRM.fullmatch(w)), None)
                if pattern is _LEGAL_ORG
                else None
            )
            if firm is not None:  # "die Lausanner Firma Neurovia SA": the name after the noun
                start = text.index(words[firm + 1], start + sum(len(w) for w in words[: firm + 1]))
                words = words[firm + 1 :]
            while words and (
                words[0].casefold().strip(".") in STOP_WORDS
                or (pattern is _LEGAL_ORG and len(words) > 2 and _DESCRIPTOR.fullmatch(words[0] + " ", 0))
            ):
                start = text.index(words[1], start + len(words[0])) if len(words) > 1 else end
                words = words[1:]
            if (len(words) < 2 and pattern is not _COMPOUND) or start >= end:
                continue
            if (
                pattern is _HEAD_LAST
                and _MUNICIPALITY.match(text, start)
                and (before_city := _CAPITALISED_BEFORE.search(text, max(0, start - 40), start))
                and before_city.group("w").casefold() not in STOP_WORDS
            ):
                continue  # "the angel group Forest City Angels": "City" inside another name
            if (
                pattern is _HEAD_LAST
                and _COMPANY_HEAD.search(text, start, end)
                and _a_subject(text, start, end)
            ):
                continue  # "head of Embedded Systems at X", "reader in Mechanical Engineering": a field
            head_end = end
            if pattern is _HEAD_LAST and text[end - 1].islower():
                # "Aero Cluster Skåne, …": a place word after the head word, before a comma or "and"
                tail = _HEAD_TAIL.match(text, end)
                if tail and not taken_index.overlaps(end, tail.end("w")):
                    end = tail.end("w")
            adjective = _ADJ_HEAD.fullmatch(text, start, head_end) if pattern is _HEAD_LAST else None
            if (
                adjective and end == head_end
            ):  # "der Technischen Hochschule Unterweser": the place word after the head
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
            if pattern in (_LEGAL_ORG, _HEAD_LAST) and re.search(
                r"\b(?:des|eines)\s+$", text[max(0, start - 8) : start]
            ):
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
    persons = [(m.start, m.end) for m in mentions or () if m.kind == "person"]
    out += named_bodies(text, taken, places, persons)
    known = {
        " ".join(o.name.casefold().split()[:k]) for o in out for k in range(1, min(len(o.name.split()), 6))
    }
    out += slot_orgs(text, taken, places, known)
    out += short_forms(text, out, taken)
    out += compound_short_forms(text, out, taken)
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


_LEGAL_TAIL = re.compile(rf",?\s{{1,2}}(?:{_LEGAL_FORMS})$")


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
        elif nl >= 0:  # "Day 1 – Monday 11 May\nWelcome at …": one word a line's last, the next line's first
            pos = nl + 1
            continue
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
        if bad or not_in_index.overlaps(start, end) or (m.group("title") is None and _a_field(text, start)):
            pos = max(first_end, m.start() + 1) if m.group("title") is None else m.end("title")
            continue
        title = " ".join(m.group("title").split()) if m.group("title") and start == m.start("name") else None
        out.append(Name(" ".join(words), title, m.start() if title else start, end))
        pos = end
