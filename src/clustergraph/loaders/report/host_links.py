"""How the text links an organiser to the event or to another organiser, beyond the host words
of :mod:`~clustergraph.loaders.report.hosts`: a role noun before a joint organiser ("together with
our French counterpart X", "and track operator Y", "gemeinsam mit dem Partnernetzwerk Z"), an
apposition after the first ("X, the region's health-technology cluster, and the angel group Y"),
a members' assembly held by the body whose members met ("the members of X met for the Annual
Assembly 2026", "trafen sich die Mitglieder des X zur Mitgliederversammlung"), an award
ceremony hosted by the giver of its prize ("X hat … ihren Preis vergeben"), and a joint organiser
referred to by its kind ("in cooperation with the university's Department of …")."""

from __future__ import annotations

import re

from clustergraph.loaders.report.model import Item, Org
from clustergraph.loaders.textkit import sentence_at

#: A role noun before an organisation's name: "our French counterpart X", "track operator X",
#: "the angel group X", "dem Partnernetzwerk X".
ROLE = (
    r"(?:(?:our|its|their|unser\w{0,2}|ihr\w{0,2}|sein\w{0,2})\s+)?(?:[\w-]{2,30}\s+){0,2}?"
    r"(?:counterparts?|partners?|co-?hosts?|group|operator|sister\s+cluster|Partner\w{0,14}|Schwester\w{0,14}|Betreiber\w{0,3})\s+"
)
#: An apposition between two organisers: ", the region's health-technology cluster,".
APPOSITION = r",\s+(?:the|a|an|der|die|das|its|our)\s+[^,;.()\n]{1,60}?,"
#: An event that is a members' assembly.
_ASSEMBLY = re.compile(
    r"(?i:assembly|versammlung|AGM|general\s+meeting|members['’]?\s+meeting|Jahreshauptversammlung)"
)
_MEMBERS_OF = re.compile(r"\b(?:[Mm]embers|Mitglieder)\s+(?:of|des|der|von)\s+(?:the\s+|dem\s+)?$")
_MET = re.compile(
    r"\b(?:met|gathered|came\s+together|convened|assembled|trafen\s+sich|kamen|versammelten\s+sich|tagten)\b"
)


def members_assembly(
    text: str, orgs: list[Org], bounds: list[int], event: Item, seen: set[int]
) -> tuple[Org, str, int, int] | None:
    """The body whose members met for the event when the event is an assembly ("On 4 May the
    members of X met for the Annual Assembly 2023", "trafen sich die Mitglieder des X zur
    Mitgliederversammlung"): rule ``members-of-org``; ``None`` otherwise."""
    if not _ASSEMBLY.search(event.data["name"]):
        return None
    s, _e = sentence_at(bounds, event.span.start)
    for o in orgs:
        if not (s <= o.start and o.end <= event.span.start) or o.start in seen:
            continue
        gap = text[o.end : event.span.start]
        if (
            _MEMBERS_OF.search(text, max(s, o.start - 20), o.start)
            and len(gap) < 80
            and _MET.search(text, max(s, o.start - 60), event.span.start)
            and not re.search(r"[;:]", gap)
        ):
            return o, "members-of-org", o.start, event.span.end
    return None


#: An award ceremony: its giver hosts it.
_AWARD_EVENT = re.compile(r"(?i:preis|award|prize|verleihung|gala|ceremony|auszeichnung)")
#: A giver's verb with the prize as its object: "hat … ihren Preis vergeben", "verlieh den
#: Robotikpreis", "presented its Robot Award".
_GAVE = re.compile(
    r"\s{1,2}(?:(?:hat|hatte)\s(?:[^.!?;\n]|(?<=\d)\.){0,100}?\b(?:ihren|seinen|den|die|das)\s[\w-]{0,30}(?:[Pp]reis|Award|Auszeichnung)\w{0,3}\b[^.!?;\n]{0,40}?\b(?:vergeben|verliehen|überreicht)"
    r"|(?:verlieh|vergab|überreichte)\s(?:[^.!?;\n]|(?<=\d)\.){0,80}?(?:[Pp]reis|Award|Auszeichnung)"
    r"|(?:awarded|presented|conferred|handed\s+out|gave(?:\s+out)?)\s[^.!?;\n]{0,40}?\b(?:its|their|the)\s[^.!?;\n]{0,40}?(?:[Pp]rize|[Aa]ward))"
)


def award_giver(
    text: str, orgs: list[Org], bounds: list[int], event: Item, anchors: list[tuple[int, int]], seen: set[int]
) -> tuple[Org, str, int, int] | None:
    """The organisation that gave its prize at the event when the event is an award ceremony
    ("Die Fjord Stiftung hat am 4. Mai 2023 ihren Meerespreis vergeben. Die Preisverleihung …",
    "X presented its Robot Award at the Robot Award Gala 2023"): rule ``award-giver``, in a
    sentence that names the event or gives its date; ``None`` otherwise."""
    if not _AWARD_EVENT.search(event.data["name"]):
        return None
    for a, _b in [(event.span.start, event.span.end), *anchors]:
        s, e = sentence_at(bounds, a)
        for o in orgs:
            if s <= o.start < e and o.start not in seen:
                m = _GAVE.match(text, o.end, e)
                if m is not None and not any(o.end < p.start < m.end() for p in orgs):
                    return o, "award-giver", o.start, m.end()
    return None


#: A joint organiser referred to by its kind: "in cooperation with the university's Department of …".
_JOINT_OWNER = re.compile(
    r"\s{1,2}(?:in\s+(?:cooperation|collaboration|partnership)\s+with|together\s+with|jointly\s+with)\s+the\s+"
    r"(?P<noun>university|cluster|network|association|chamber)['’]s\s",
    re.I,
)
#: What such a noun asks of the name of the organisation it refers to.
NOUN_IN_NAME = {
    "verein": re.compile(r"e\.\s?V\.|[Vv]erein"), "verband": re.compile(r"[Vv]erband"),
    "cluster": re.compile(r"[Cc]luster"), "netzwerk": re.compile(r"[Nn]etzwerk|[Nn]etwork"),
    "network": re.compile(r"[Nn]etzwerk|[Nn]etwork"), "association": re.compile(r"[Aa]ssociation|[Vv]erband"),
    "university": re.compile(r"[Uu]niversit"), "chamber": re.compile(r"[Cc]hamber|[Kk]ammer"),
    "hochschule": re.compile(r"[Hh]ochschule|[Uu]niversit"), "kammer": re.compile(r"[Kk]ammer|IHK|HWK"),
}  # fmt: skip


def joint_owner(text: str, orgs: list[Org], first: Org) -> Org | None:
    """The body a joint organiser is referred to by ("organised by X in cooperation with the
    university's Department of …": the last university named before), else None."""
    own = _JOINT_OWNER.match(text, first.end, min(len(text), first.end + 60))
    if own is None:
        return None
    test = NOUN_IN_NAME[own.group("noun").casefold()]
    return next((o for o in reversed(orgs) if o.end <= first.start and test.search(o.name)), None)
