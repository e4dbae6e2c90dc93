"""Where a person's organisation stands outside the function phrase, for :mod:`people`:

- the clause before: "At LumenTech SAS, CTO Hugo Besson walked us through …", "Bei der X GmbH
  erklärte Geschäftsführerin Y …";
- a group the name is one of: "colleagues of Styria Health Hub from Graz, among them Dr. X",
  "eine Delegation der X, darunter Y";
- a relative clause with the function: "Dr. X, die als Geschäftsführerin die Geschicke des
  Lichtwerks lenkt", "X, who as chair has led the Y since 2019";
- the body the name leads: "X, die den ORG seit 2019 leitet", "X, who has led ORG as its chair";
- a definite reference after the name: "Prof. X von der Hochschule", "X of the university" (the
  body of that kind named before, see ``referred`` in :func:`people.find_people`).

Each looks at a bounded window around the name: linear in the text's length.
"""

from __future__ import annotations

import re
from dataclasses import replace

from clustergraph.loaders.report.functions import Function
from clustergraph.loaders.report.mentions import Name
from clustergraph.loaders.report.model import Org
from clustergraph.loaders.textkit.people import TITLE

#: "At LumenTech SAS, ": a clause opening with the organisation, right before the function.
_AT_ORG = re.compile(
    r"(?:^|(?<=[\s(]))(?:At|at|Bei|bei|Beim|beim|Inside|inside)\s{1,2}(?:the\s{1,2}|der\s{1,2}|dem\s{1,2})?$"
)
#: "colleagues of ORG …, among them": a group of the organisation, the name one of it.
_GROUP = re.compile(
    r"\b(?:colleagues|representatives|delegates|delegation|team|members|staff|experts|guests|Kolleg\w*|Vertreter\w*"
    r"|Delegation|Abordnung|Team|Gäste|Fachleute)\s{1,2}(?:of|from|von|vom|des|der|aus)\s{1,2}(?:the\s{1,2}|dem\s{1,2}|der\s{1,2})?$"
)
_AMONG = re.compile(
    rf"[^.;:!?]{{0,40}}?,\s{{1,2}}(?:among\s+them|including|darunter|unter\s+ihnen)\s{{1,2}}(?:{TITLE})?$"
)
#: ", die als Geschäftsführerin …", ", who as chair …": the function in a relative clause.
_AS = re.compile(r",\s{1,2}(?:die|der|who)\s{1,2}(?:als|as)\s{1,2}(?:(?:its|their|ihre?|seine?)\s{1,2})?")
#: The verb of leading after the organisation (German) or before it (English).
_VERB_LAST = re.compile(r"[^.;:!?()]{0,30}?\b(?:lenkt|leitet|führt|verantwortet|vertritt)\b")
_VERB_FIRST = re.compile(r"\b(?:steers|runs|leads|heads|has\s+led|has\s+run|directs|chairs)\s+(?:the\s+)?$")
_ORG_IN = re.compile(r"\b(?:des|der|dem|den|die|das|the)\s{1,2}")
#: "von der Hochschule", "of the university": a kind of body, no name after it.
_REFERENCE_AFTER = re.compile(
    r"\s{1,2}(?:von\s{1,2}der|vom|von\s{1,2}dem|of\s{1,2}the|from\s{1,2}the|at\s{1,2}the)\s{1,2}"
    r"(?P<noun>Hochschule|Universität|Klinikum|Stiftung|Kammer|Allianz|university|University|institute|Institute"
    r"|foundation|Foundation|chamber|Chamber|alliance|Alliance)(?![\w-])(?!\s{1,2}(?:[A-ZÄÖÜ]|of\b|for\b|für\b|in\b))"
)


def org_clause_before(text: str, fn: Function, nm: Name, orgs_by_end: dict[int, Org]) -> Org | None:
    """ "At LumenTech SAS, CTO Hugo Besson …": the organisation of the clause before the function."""
    if not fn.start < nm.start:
        return None
    comma = re.search(r",\s{1,2}$", text[max(0, fn.start - 4) : fn.start])
    o = orgs_by_end.get(fn.start - len(comma.group())) if comma else None
    if o is None or not _AT_ORG.search(text, max(0, o.start - 14), o.start):
        return None
    return o


def group_of(text: str, nm: Name, sentence_start: int, orgs: list[Org]) -> Org | None:
    """ "colleagues of Styria Health Hub from Graz, among them Dr. Lukas Steiner": the group's body."""
    among = _AMONG.search(text, max(sentence_start, nm.start - 60), nm.start)
    if among is None:
        return None
    comma = among.start() + among.group().rfind(",")
    for o in reversed([o for o in orgs if max(sentence_start, nm.start - 160) <= o.start and o.end <= comma]):
        if re.fullmatch(r"[^.;:!?,]{0,40}", text[o.end : comma]) and _GROUP.search(
            text, max(0, o.start - 40), o.start
        ):
            return o
    return None


def function_as(
    text: str, nm: Name, funcs_at: dict[int, Function], orgs_at: dict[int, Org]
) -> tuple[Function, Org] | None:
    """ "Dr. X, die als Geschäftsführerin die Geschicke des Lichtwerks lenkt", "X, who as chair
    runs the Y": the function of the relative clause and the organisation it names around its verb."""
    a = _AS.match(text, nm.end, nm.end + 30)
    f = funcs_at.get(a.end()) if a else None
    if f is None or f.org is not None:
        return (f, f.org) if f is not None and f.org is not None else None
    for art in _ORG_IN.finditer(text, f.end, min(len(text), f.end + 80)):
        o = orgs_at.get(art.end())
        if o is None:
            continue
        if re.fullmatch(r"[^.;:!?()]{0,40}", text[f.end : art.start()]) and (
            _VERB_LAST.match(text, o.end, o.end + 40) or _VERB_FIRST.search(text[f.end : art.end()])
        ):
            return f, o
        break
    return None


def noun_after(text: str, nm: Name) -> str | None:
    """ "Prof. X von der Hochschule": the noun the body is referred to by, else None."""
    m = _REFERENCE_AFTER.match(text, nm.end, nm.end + 40)
    return m.group("noun") if m else None


#: "…, die das Lichtwerk seit 2022 als Geschäftsführerin leitet", "…, who has led the X as its chair".
_WHO_LEADS = re.compile(
    r",\s{0,2}(?:(?P<de>der|die)|who\s+(?:has\s+|had\s+)?(?:leads|led|heads|headed|runs|run|ran|manages|managed|directs|directed|chairs|chaired))"
    r"\s+(?:(?:das|den|die|the)\s+)?"
)
_AS_FUNCTION = re.compile(r"(?:\s+[^\s,.;:()]+){0,5}?\s+(?:als|as)\s+(?:(?:its|their|seine?|ihre?)\s+)?")
#: A noun referring to a body after "who leads the", "die das": "cluster", "Netzwerk".
_BODY_AFTER = re.compile(
    r"(?i:cluster|network|netzwerk|verein|verband|association|hub|institute|institut)(?![\w-])"
)
_LEADS_VERB = re.compile(r"\s*(?:leitet|leitete|führt|führte|verantwortet|vertritt|vertrat|lenkt)\b")


def leads(text: str, nm: Name, orgs_at: dict[int, Org]) -> Org | None:
    """The organisation of "Name, die den ORG seit 2019 leitet" / "Name, who has led ORG since …"."""
    m = _WHO_LEADS.match(text, nm.end, nm.end + 80)
    o = orgs_at.get(m.end()) if m else None
    if m is None or o is None:
        return None
    if m.group("de") and not re.match(
        r"[^,.;:()]{0,40}?\b(?:leitet|leitete|führt|führte|lenkt)\b", text[o.end : o.end + 60]
    ):
        return None
    return o


def leads_as(
    text: str, nm: Name, orgs_at: dict[int, Org], funcs_at: dict[int, Function]
) -> tuple[Function, Org | None] | None:
    """The function and organisation of "Name, die das ORG … als FUNCTION leitet" / "Name, who
    has led ORG … as FUNCTION" (no organisation: a body referred to by a noun), else None."""
    m = _WHO_LEADS.match(text, nm.end, nm.end + 80)
    o = orgs_at.get(m.end()) if m else None
    noun = _BODY_AFTER.match(text, m.end()) if m and o is None else None
    if m is None or (o is None and noun is None):
        return None
    a = _AS_FUNCTION.match(text, o.end if o else noun.end(), (o.end if o else noun.end()) + 80)
    f = funcs_at.get(a.end()) if a else None
    if f is None or (m.group("de") and not _LEADS_VERB.match(text, f.end, f.end + 30)):
        return None
    if o is None:  # "Håkon Berg, who leads the cluster as general manager": the body referred to
        return replace(f, anaphor=True, noun=noun.group().casefold()), None
    return f, o
