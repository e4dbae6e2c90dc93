# ruff: noqa: E501
"""The people of a report: a name in a construction with a function phrase, its organisation.

Constructions (the rule each fact keeps):

- ``Name, function of ORG`` — ``name-function`` (also "Name, its managing director")
- ``Function of ORG, Name`` — ``function-name``
- ``Function Name von ORG`` — ``function-before-name``
- ``Function of ORG ist Name`` — ``function-is-name``
- ``Name als/as function`` — ``name-as-function`` (the organiser's when elected or confirmed)
- ``Name (function, ORG)`` — ``name-bracket-function+org``; ``ORG's function Name`` —
  ``function-before-name+org``
- ``Name of/vom ORG``, ``Name (ORG)`` — ``name-of-org`` (no function)
- a name with an academic title — ``titled-name`` (no function)

An organisation referred to rather than named ("des Clusters", "its", "Dessen") is the event's
organiser, else the organisation named last before. A person only cited (regards passed on, a
study, "could not attend") is left out; a function without its organisation and a person of the
graph named without function or title go to the review list.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace

from clustergraph.loaders.report.affiliations import (
    function_as,
    group_of,
    leads,
    leads_as,
    noun_after,
    org_clause_before,
)
from clustergraph.loaders.report.constructions import construction as _construction
from clustergraph.loaders.report.functions import Function
from clustergraph.loaders.report.mentions import _LEGAL_WORD, Name
from clustergraph.loaders.report.model import Item, Org, Report
from clustergraph.loaders.report.presence import (
    _ABSENT,
    _AWARD,
    _AWARDED_TO,
    _CITED,
    _COMMITTEE,
    _CREDIT_BEFORE,
    _CREDIT_LINE,
    _IN_PERSON,
    _PRESENTED,
    _READ_OUT,
    _STUDY_AUTHOR,
)
from clustergraph.loaders.textkit import Lines, sentence_at

#: "… im Namen des Y", "… on behalf of the Y" after a name in the same sentence: the body spoken for.
_ON_BEHALF = re.compile(
    r"[^.;:!?()]{0,80}?\b(?:im\s+Namen\s+(?:des|der|von)|on\s+behalf\s+of)\s+(?:(?:the|dem|der|des)\s+)?"
)
#: "…, who leads the data team at X", "…, die bei X die Entwicklung leitet" (the organisation after it).
_WHO_WORKS = re.compile(
    r",\s{0,2}(?:who\s+(?:has\s+|had\s+)?(?:leads|heads|runs|manages|directs|works|worked|led|headed|ran|managed)\b"
    r"[^,.;()]{0,60}?\b(?:at|for|with)|(?:who\s+(?:has\s+|had\s+)?)?(?:joined|moved\s+to|came\s+to)"
    r"|who\s+(?:has\s+|had\s+)?(?:chairs|chaired|leads|led|heads|headed|runs|ran|manages|managed|directs|directed"
    r"|founded|co-founded|represents|represented)"
    r"|(?:(?:since|seit)\s+(?:19|20)\d\d\s+)?(?:at\s+the\s+(?:helm|head)\s+of|an\s+der\s+Spitze\s+(?:des|der|von)"
    r"|at|with|bei|beim))\s+(?:the\s+|der\s+|dem\s+)?"
)
#: German, the verb last: "…, der die Entwicklung bei der X leitet", "…, die am X forscht".
_DER_BEI = re.compile(
    r",\s{0,2}(?:der|die)\s+(?:[^,.;()]{0,60}?\s)?(?:bei|an\s+der|am|im|beim)\s+(?:der\s+|dem\s+)?"
)
_DER_VERB = re.compile(
    r"[^,.;()]{0,40}?\b(?:leitet|arbeitet|tätig\s+ist|verantwortet|forscht|lehrt|beschäftigt\s+ist)\b"
)
#: What a noun that refers back to an organisation asks for in the organisation's name.
_NOUN_KIND = {
    "unternehmen": "company", "firma": "company", "company": "company", "firm": "company",
    "hochschule": "hochschule", "universität": "universit", "university": "universit", "institut": "institut",
    "institute": "institut", "hub": "hub", "ministry": "minist", "klinikum": "klinik", "krankenhaus": "krankenhaus",
}  # fmt: skip
#: Nouns for a body that its name usually holds ("des Netzwerks", "the Network's", "des Vereins"):
#: the last body named so, else the masthead's, else the event's organiser.
_BODY_NOUN = {
    "netzwerk": "netzwerk", "network": "network", "verein": "verein", "verband": "verband", "cluster": "cluster",
    "alliance": "alliance", "allianz": "allianz", "association": "association", "kammer": "kammer",
    "chamber": "chamber", "centre": "centre", "center": "center", "zentrum": "zentrum", "society": "society",
    "college": "college", "foundation": "foundation", "stiftung": "stiftung", "agentur": "agentur",
    "agency": "agency", "council": "council", "plattform": "plattform", "platform": "platform",
    "department": "department",
}  # fmt: skip


#: The same noun in the languages bodies are named in ("the Chamber": "Camera di Commercio").
_NOUN_ALIKE = {
    "chamber": ("camera", "cámara", "chambre", "kammer"), "kammer": ("chamber",), "cluster": ("clúster",),
    "foundation": ("fundación", "fundació", "fondazione", "stiftung"), "association": ("associazione", "asociación"),
    "agency": ("agencia", "agenzia", "agència", "agentur"),
}  # fmt: skip


def _holds_noun(noun: str, org: Org) -> bool:
    """Whether an organisation's name holds the noun it is referred to by ("Verein": "e. V." too)."""
    name = org.name.casefold()
    return (
        noun in name
        or any(alike in name for alike in _NOUN_ALIKE.get(noun, ()))
        or (noun == "verein" and re.search(r"\be\.\s?v\.", name) is not None)
    )


_SPEAKER = re.compile(
    r"\b(?:Vortrag|talk|spoke|presented|präsentierte|stellte|Grußwort\w*|welcomed|begrüßte|opened|eröffnete"
    r"|Laudatio|chaired|led|leitete|moderat\w+|keynote|Impuls\w*|sprach|berichtete|explained|skizzierte)\b",
    re.I,
)
#: A capitalised noun for a body right before a function: "Alliance President", "Cluster-Sprecherin".
_NOUN_BEFORE = re.compile(
    r"(?<![\w-])(?P<noun>Alliance|Cluster|Network|Netzwerk|Association|Verband|Verein|Institute|Hub|Society|Council"
    r"|Foundation|Consortium)[ \t]$"
)
#: The publisher's own staff: "Anna Roe aus unserer Geschäftsstelle", "X from our team".
_OUR_TEAM = re.compile(
    r"\s+(?:(?:aus|von)\s+unsere[mr]|from\s+our|of\s+our)\s+(?:Geschäftsstelle|Team|Büro|Clustermanagement"
    r"|Netzwerkmanagement|Projektteam|team|office|staff|secretariat|cluster\s+team|management\s+team)\b"
)
_OUR_OWN = re.compile(r"\b(?:[Oo]ur\s+(?:own|colleague)|[Uu]nsere?r?\s+(?:Kollegin|Kollege))\s+$")
#: A part in the programme right before a name: "moderiert von", "chaired by", "Moderation:".
_MODERATED_BY = re.compile(
    r"(?:\b(?:moderiert|moderated|chaired|geleitet|hosted|facilitated)\s+(?:von|by)|\b(?:Moderation|Moderator(?:in)?"
    r"|Moderated\s+by|Chair|Host|Facilitator|Gesprächsleitung|Versammlungsleitung|Sitzungsleitung|Protokoll|Protokollführung"
    r"|Protokollführer(?:in)?|Schriftführ(?:ung|er|erin)|Minutes|Minute-taker|Minutes\s+taken\s+by|Recorded\s+by)\s{0,2}:)"
    r"\s{1,3}(?:(?:Dr\.|Prof\.)\s{1,2})?$"
)
#: "ORG mit Gründerin Name", "ORG with its founder Name": the function held at the organisation before.
_ORG_WITH = re.compile(r"\s{1,2}(?:mit|with)\s{1,2}(?:(?:ihre[rm]?|seine[rm]?|its|their|der|dem)\s{1,2})?$")
#: A function word compounded with a kind of body that must be named ("Institutsleiter", "Hochschulpräsidentin").
_COMPOUND_NOUN = re.compile(
    r"(?P<noun>Institut|Hochschul|Universität|Unternehmen|Stiftung)s?(?=[a-zäöüß]{4})"
)
#: An event that only a body's own members hold ("Mitgliederversammlung 2025", "Annual General Meeting").
_MEMBERS_MEETING = re.compile(
    r"Mitgliederversammlung|Jahreshauptversammlung|Hauptversammlung|Generalversammlung|Delegiertenversammlung"
    r"|general\s+(?:assembly|meeting)|\bAGM\b|members['’]?\s+meeting",
    re.I,
)
#: Functions inside a body (its board, office, treasury): held at the body whose members meet.
_INTERNAL = re.compile(
    r"(?i:(?:stellvertretende[rn]?\s+)?(?:Vorstand\w*|Geschäftsstellenleit\w*|Leiter(?:in)?\s+der\s+Geschäftsstelle|Schatzmeister\w*"
    r"|Kassenwart\w*|Schriftführer\w*|Beirat\w*|(?:vice\s+|deputy\s+)?(?:chair(?:man|woman|person)?|treasurer|board\s+member"
    r"|secretary(?:\s+general)?)))$"
)
_ELECTED = re.compile(
    r"\b(?:bestätigt|gewählt|wiedergewählt|elected|re-elected|confirmed|appointed|berufen)\b", re.I
)
_POSSESSIVE_BEFORE = re.compile(
    r"(?:(?P<our>\b(?:Our|our|Unser|unser)(?:e|er|es|en)?(?:\s+own)?)|\b(?:Dessen|Deren|dessen|deren|Its|Their|its|their|whose|Whose|ihre[nmrs]?|seine[nmrs]?|Ihre[nmrs]?|Seine[nmrs]?)|\b[Tt]he\s+(?P<noun>(?i:cluster|network|association|university|company"
    r"|institute|centre|center|agency|alliance|foundation|ministry|chamber|council|initiative|hub|platform"
    r"|organi[sz]ation|society|federation|club|consortium|partnership|firm|college))['’]s)\s+$"
)


def find_people(
    text: str,
    report: Report,
    body: int,
    bounds: list[int],
    orgs: list[Org],
    funcs: list[Function],
    names: list[Name],
    graph_people: set[int],
    publisher: Org | None = None,
) -> dict[str, Item]:
    """Every person of the text by the constructions above, keyed by name (one item each);
    "our head of …" is held at the ``publisher`` (named in the masthead), else at the host."""
    lines = Lines(text)
    people: dict[str, Item] = {}
    host = report.one("organiser")
    orgs_at = {o.start: o for o in orgs}
    orgs_by_end = {o.end: o for o in orgs}
    by_end = sorted(orgs, key=lambda o: o.end)
    ends = [o.end for o in by_end]
    graph_by_end = [o for o in by_end if o.from_graph]
    graph_ends = [o.end for o in graph_by_end]
    funcs = sorted(funcs, key=lambda f: f.start)
    funcs_at = {f.start: f for f in funcs}
    func_starts = [f.start for f in funcs]

    def referred(before: int, pronoun: bool, noun: str | None = None) -> Org | None:
        """A pronoun ("its", "Dessen") means the organisation named last; a noun ("des
        Clusters", "the cluster's") the event's organiser, unless an organisation named before
        has that noun in its name ("the university's rector": the last university named)."""
        if noun:
            kind = _NOUN_KIND.get(noun.casefold().rstrip("s"))
            k = bisect.bisect_right(ends, before)
            for o in reversed(by_end[max(0, k - 5) : k]):
                if _holds_noun(kind or _BODY_NOUN.get(noun.casefold().rstrip("s"), noun.casefold()), o) or (
                    kind == "company" and _LEGAL_WORD.search(o.name)
                ):
                    return o
            if kind is not None:
                return None  # "des Unternehmens" with no company named before: unsure
            soft = _BODY_NOUN.get(noun.casefold().rstrip("s"))
            if soft and publisher is not None and _holds_noun(soft, publisher):
                return publisher  # "the Network's director" in the network's own news
            if soft in (
                "kammer",
                "chamber",
                "alliance",
                "allianz",
                "agency",
                "agentur",
                "foundation",
                "stiftung",
                "department",
            ):
                return None  # "general secretary of the Chamber" with no chamber named: unsure
        if host is not None and not pronoun:
            return host.data["org"]
        pool, keys = (by_end, ends) if pronoun else (graph_by_end, graph_ends)
        k = bisect.bisect_right(keys, before)
        return pool[k - 1] if k else None

    last_our: int | None = None  # where the last "our …" person ended
    members_meeting = report.event is not None and _MEMBERS_MEETING.search(report.event.data["name"])
    for nm in names:
        if nm.start < body:
            continue
        emph = re.match(r"\*{1,2}|_{1,2}", text[nm.end : nm.end + 2])
        if emph and text[max(0, nm.start - emph.end()) : nm.start] == emph.group():
            nm = replace(nm, start=nm.start - emph.end(), end=nm.end + emph.end())  # "**Ann Lowe**, director"
        k = bisect.bisect_left(func_starts, nm.start - 200)
        near = funcs[k : bisect.bisect_right(func_starts, nm.end + 80)]  # "Name (ORG, function)"
        fn, rule, possessive = _construction(text, nm, near)
        led = (
            (leads_as(text, nm, orgs_at, funcs_at) or function_as(text, nm, funcs_at, orgs_at))
            if fn is None
            else None
        )
        if led is not None:
            fn = replace(led[0], org=led[1])
            rule = "name-who-leads-org-as"
        our = possessive == "our"
        possessive = possessive is True
        s, e = sentence_at(bounds, nm.start)
        left_end = fn.start if fn and fn.start < nm.start else nm.start
        line_start = text.rfind("\n", max(0, nm.start - 400), nm.start) + 1  # 0: none in reach
        cited = _CITED.search(text[max(s, left_end - 45) : left_end]) or _COMMITTEE.search(
            text, max(s, left_end - 200), left_end
        )
        if cited and (
            _IN_PERSON.search(text[max(s, left_end - 45) : left_end])
            or (_STUDY_AUTHOR.search(cited.group()) and _PRESENTED.search(text, nm.end, min(e, nm.end + 120)))
        ):
            # "Die Grüße der Stadt überbrachte Senatorin X": she brought them herself; "The study's
            # author, Dr. X, …, walked through the results": she presented it at the event
            cited = None
        if (
            cited
            or (
                (line_start or nm.start < 400)
                and nm.start - line_start < 400
                and _CREDIT_LINE.match(text, line_start, nm.start)
            )
            or _ABSENT.match(text, nm.end, nm.end + 80)
            or _READ_OUT.match(text, nm.end, min(e, nm.end + 80))
            or _CREDIT_BEFORE.search(text, max(0, nm.start - 40), nm.start)
        ):
            continue
        aff = fn.org if fn else None
        before = _POSSESSIVE_BEFORE.search(text[max(s, fn.start - 30) : fn.start]) if fn else None
        also_our = (
            fn is not None
            and rule == "function-before-name"
            and last_our is not None
            and fn.start - last_our < 40
            and re.fullmatch(r",?\s+(?:und|and|sowie|as\s+well\s+as)\s+", text[last_our : fn.start])
            is not None
        )
        if fn and aff is None and (our or (before and before.group("our")) or also_our):
            # "Our head of …" in an organisation's own news: the publisher, else the host; "unser
            # Geschäftsführer X und Vertriebsleiterin Y": the "our" holds for the second too
            aff, rule = publisher, f"{rule}+our"  # no publisher named: unsure (the host may be another body)
        elif fn and aff is None and (fn.anaphor or possessive or before):
            pronoun = possessive or bool(before and not re.search(r"[Tt]he", before.group()))
            noun = (
                before.group("noun")
                if before
                else fn.noun
                if fn.noun and (_NOUN_KIND.get(fn.noun.rstrip("s")) or _BODY_NOUN.get(fn.noun.rstrip("s")))
                else None
            )
            aff = referred(min(fn.start, nm.start), pronoun, noun)
            rule = f"{rule}+reference"
        if fn and aff is None:
            # "Name (function, ORG)", "ORG's function Name": the organisation beside the function
            if fn.start > nm.start:
                after = re.match(r"\s{0,2},\s{0,2}(?:the\s+|der\s+|die\s+)?", text[fn.end : fn.end + 12])
                o = orgs_at.get(fn.end + after.end()) if after else None
                listed = o is not None and re.match(
                    r"[ \t]{0,2}(?:[,;)]|\.(?:\s|$)|\n|$)", text[o.end : o.end + 3]
                )
                # "Name (function, ORG)", "Name – function, ORG" at a line's end
                aff = o if rule == "name-bracket-function" or (rule == "name-function" and listed) else None
            if rule == "name-bracket-org-function":  # "Name (ORG, function)": the organisation before it
                bracket = re.match(r"\s{0,2}\(\s{0,2}", text[nm.end : nm.end + 6])
                o = orgs_at.get(nm.end + bracket.end()) if bracket else None
                aff = o if o is not None and re.match(r",\s", text[o.end : o.end + 2]) else None
            if aff is None:  # "ORG's function Name", "Name, ORG's function"
                owner = re.search(r"(?:['’]s|(?<=s)['’])\s{1,2}$", text[max(0, fn.start - 4) : fn.start])
                aff = orgs_by_end.get(fn.start - len(owner.group())) if owner else None
            if aff is not None:
                rule = f"{rule}+org"
        if aff is None:
            m = re.match(
                r"\s+(?:von|vom|of|at|from|bei|aus)\s+(?:der\s+|dem\s+|the\s+)?(?:(?:Geschäftsführung|Geschäftsleitung|Vorstand|Leitung"
                r"|management|board)\s+(?:der|des|of\s+the|of)\s+)?(?:(?:[\w-]+\s+){0,2}?(?:firm|company|start-?up"
                r"|supplier|manufacturer|Firma|Hersteller|Zulieferer|Unternehmen|Start-?up)\s+)?|\s{0,2}\(\s{0,2}",
                text[nm.end : nm.end + 80],
            )
            if m:
                aff = orgs_at.get(nm.end + m.end())
                if (
                    aff is not None
                    and m.group().strip() == "("
                    and not re.match(r"\s{0,2}[),]", text[aff.end : aff.end + 3])
                ):
                    aff = None  # "Name (ORG)" only: not "(ORG's new board member)"
                if aff is not None and fn is None:
                    rule = "name-of-org"
        if aff is None and fn is None:
            # "Anna Roth, Kranbau Nord GmbH, und …": an organisation in apposition, then a list's comma
            comma = re.match(
                r"(?:,|[ \t]{1,2}[–—|])\s{1,2}(?:(?:the|der|die|das)\s+)?", text[nm.end : nm.end + 8]
            )
            o = orgs_at.get(nm.end + comma.end()) if comma else None
            if o is not None and re.match(
                r"\s{0,2}(?:[,;)]|\.(?:\s|$)|$)|[ \t]{0,2}\n", text[o.end : o.end + 3]
            ):
                aff, rule = o, "name-comma-org"
        if (
            aff is None
            and fn is None
            and publisher is not None
            and (
                _OUR_TEAM.match(text, nm.end, nm.end + 60)
                or _OUR_OWN.search(text, max(0, nm.start - 30), nm.start)
            )
        ):
            aff, rule = publisher, "our-staff"  # "Anna Roe aus unserer Geschäftsstelle", "our own Anna Roe"
        if aff is None and fn is None:
            # "the North Sea Robotics Institute's Dr. Alasdair Reid": the organisation's person
            owner = re.search(r"['’]s\s{1,2}$", text[max(0, nm.start - 4) : nm.start])
            aff = orgs_by_end.get(nm.start - len(owner.group())) if owner else None
            rule = "org-s-name" if aff is not None else rule
        if aff is None:
            # "Name, who leads the data team at ORG": held at ORG (the wording is no function title)
            w = _WHO_WORKS.match(text, nm.end, nm.end + 110)
            if w and w.end() in orgs_at:
                aff = orgs_at[w.end()]
                rule = rule or "name-who-works-at"
            w = _DER_BEI.match(text, nm.end, nm.end + 110) if aff is None else None
            o = orgs_at.get(w.end()) if w else None
            if o is not None and _DER_VERB.match(text, o.end, o.end + 60):
                aff, rule = o, rule or "name-who-works-at"
        if aff is None and fn is not None:
            # "Clustermanagerin X, die den Molawerk Cluster seit 2019 leitet": the body she leads
            o = leads(text, nm, orgs_at)
            if o is not None:
                aff, rule = o, f"{rule}+leads-org"
        if aff is None and fn is not None and fn.start < nm.start:
            # "Styria Health Hub CEO Markus Leitner": the organisation right before the function
            o = orgs_by_end.get(fn.start - 1) if text[fn.start - 1 : fn.start] == " " else None
            if o is not None and text[o.start : o.end][-1:].isalnum():
                aff, rule = o, f"{rule}+org-before"
        if aff is None and (
            o := (org_clause_before(text, fn, nm, orgs_by_end) if fn else None)
            or group_of(text, nm, s, orgs)
            or ((noun := noun_after(text, nm)) and referred(nm.start, False, noun))
        ):
            aff, rule = (
                o,
                rule or "name-of-org",
            )  # "At X Ltd, CTO Y", "colleagues of X, among them Y", "Y von der Hochschule"
        if aff is None and fn is not None:
            # "co-founder and CEO of X": the organisation of the function joined to this one
            joined = re.match(r"\s{1,2}(?:and|und|&)\s{1,2}", text[fn.end : fn.end + 8])
            other = funcs_at.get(fn.end + joined.end()) if joined else None
            if other is not None and other.org is not None:
                aff, rule = other.org, f"{rule}+joined-function"
        if aff is None and fn is not None and fn.start < nm.start:
            # "Alliance President Denise Carter": a noun for a body before the function
            body_noun = _NOUN_BEFORE.search(text, max(0, fn.start - 20), fn.start)
            if body_noun:
                aff = referred(fn.start, False, body_noun.group("noun"))
                rule = f"{rule}+noun-before" if aff is not None else rule
        with_org = (
            _ORG_WITH.search(text, max(0, fn.start - 30), fn.start)
            if aff is None and fn and fn.start < nm.start
            else None
        )
        if with_org and with_org.start() in orgs_by_end:  # "das Team der X GmbH mit Gründerin Y"
            aff, rule = orgs_by_end[with_org.start()], f"{rule}+org-with"
        compound = _COMPOUND_NOUN.match(fn.label) if aff is None and fn is not None else None
        if compound:  # "Institutsleiter X": the institute named last (a kind that must be named)
            aff = referred(fn.start, False, compound.group("noun").replace("Hochschul", "Hochschule"))
            rule = f"{rule}+compound-noun" if aff is not None else rule
        if aff is None:
            # "Für Rhône Optique sprach Clustermanagerin Claire Dubois": the organisation spoken for
            lead = re.match(r"\s*(?:Für|For)\s+(?:the\s+|den\s+|die\s+|das\s+)?", text[s : s + 20])
            o = orgs_at.get(s + lead.end()) if lead else None
            verb = r"(?:sprach\w*|spoke|berichtete\w*|reported|präsentierte\w*|presented|stellte\w*|explained|erläuterte)"
            gap = text[o.end : min(fn.start, nm.start) if fn else nm.start] if o is not None else ""
            if o is not None and (
                re.fullmatch(rf",?\s+{verb}\s+(?:\S+\s+){{0,3}}?", gap)
                or (re.fullmatch(r",\s{1,2}", gap) and re.match(rf"\s+{verb}\b", text[nm.end : nm.end + 20]))
            ):
                aff, rule = o, f"{rule or 'name'}+for-org"
        if fn and aff is None:
            # "Clustersprecher X begrüßte die Gäste im Namen des Y", "X welcomed them on behalf of the Y"
            w = _ON_BEHALF.match(text, nm.end, min(e, nm.end + 120))
            if w and w.end() in orgs_at:
                aff, rule = orgs_at[w.end()], f"{rule}+on-behalf"
        if (
            fn
            and aff is None
            and rule == "name-as-function"
            and _ELECTED.search(text[nm.end : min(e, nm.end + 200)])
        ):
            aff, rule = (host.data["org"] if host else None), "elected-at-organiser"
        if fn and aff is None and host and members_meeting and _INTERNAL.match(fn.label):
            # "Geschäftsstellenleiter X" in the minutes of a body's members' meeting: the body's
            aff, rule = host.data["org"], f"{rule}+members-meeting"
        moderator = (
            fn is None
            and aff is None
            and (
                _MODERATED_BY.search(text, max(s, nm.start - 30), nm.start)
                or (
                    _AWARDED_TO.search(text, max(s, nm.start - 30), nm.start)
                    and _AWARD.search(text, max(s, nm.start - 120), nm.start)
                )
            )
        )
        if moderator:
            rule = "moderated-by-name"  # "moderiert von Katharina Moosbauer": a part in the programme
        elif fn is None and aff is None and nm.title is None and nm.start not in graph_people:
            continue
        unsure = None
        if fn and aff is None:
            unsure = "a function without the organisation it is held at"
        elif fn is None and aff is None and nm.title is None and not moderator:
            unsure = "a person of the graph named without a function"
        data = {"name": nm.name, "title": nm.title, "function": fn.label if fn else None,
                "role": fn.role if fn else None, "affiliation": aff,
                "speaker": bool(_SPEAKER.search(text[max(s, nm.start - 300) : min(e, nm.end + 300)]))}  # fmt: skip
        start = min(nm.start, fn.start) if fn else nm.start
        end = max(nm.end, fn.end if fn else nm.end, aff.end if aff and abs(aff.start - nm.end) < 80 else 0)
        item = Item("person", data, lines.span(start, end), rule or "titled-name", unsure)
        key = nm.name.casefold()
        old = people.get(key)
        if old is not None and (old.data["function"] or not fn) and (old.data["affiliation"] or not aff):
            continue
        people[key] = item
        last_our = nm.end if rule and rule.endswith("+our") else None
    return people
