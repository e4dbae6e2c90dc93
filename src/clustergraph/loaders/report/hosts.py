# ruff: noqa: E501
"""Who organised the event: organisations stated as hosting, organising or owning it.

The wordings (the rule each organiser keeps):

- the event's name "of" an organisation ("Mitgliederversammlung 2022 des Saxtronic …",
  "the Saale Timber Cluster's Wood Day", "X elected a board at its General Assembly", "the X
  Forum 2023, the annual meeting of the photonics cluster Y") —
  ``event-of-org``, ``org-s-event``, ``org-its-event``;
- a host word with "by"/"von" after it ("hosted by", "Ausgerichtet wurde er von der", "auf
  Einladung des", "at the invitation of") — ``host-word``;
- a host noun beside the organisation ("Veranstalter waren X und Y", "war die X Gastgeberin",
  "Organiser: X", "X was the host") — ``host-noun``;
- an active host verb ("X lud … ein", "luden X und Y gemeinsam … ein", "X hosted …", "X
  welcomed 48 participants to its …", "a format that X runs with Y") — ``host-word``, but only
  in a sentence about the event (it names the event, gives its date, or calls it "the
  event"/"die Veranstaltung"): "… and invited members to a joint project" names no organiser;
- a second organiser joined to the first ("gemeinsam mit", "in Kooperation mit", "together
  with", "co-hosted … with", "runs … with") — ``host-joint``;
- the publisher (the masthead's organisation) of "our Open Lab Day 2023" (``our-event``) or of
  "we co-hosted …", "Together with X we opened the doors …" in a sentence about the event
  (``we-hosted``, X ``host-joint``);
- a host verb with a noun for a body named before ("organisierte der Verein gemeinsam mit …").

A host noun that refers back ("des Gastgebers", "the host's") names no organiser.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from clustergraph.loaders.report.event import _EVENT_HEADS
from clustergraph.loaders.report.host_links import (
    APPOSITION,
    NOUN_IN_NAME,
    ROLE,
    award_giver,
    joint_owner,
    members_assembly,
)
from clustergraph.loaders.report.model import Item, Org
from clustergraph.loaders.report.orgslots import DESCRIPTOR
from clustergraph.loaders.report.publisher import publisher_of as publisher_of
from clustergraph.loaders.textkit import sentence_at
from clustergraph.loaders.textkit.people import NAME_WORD, TITLE
from clustergraph.loaders.textkit.spans import SpanIndex

_NOUN = (
    r"Gastgeber\w*|Ausrichter\w*|Mitveranstalter\w*|Veranstalter\w*|Mitorganisator\w*|Organisator\w*"
    r"|(?:co-)?organi[sz]ers?|Organi[sz]ation(?=\s*:)|(?:co-)?hosts?(?=\s*:|\s+(?:was|were|is|are)\b)|(?<=the\s)(?:co-)?host(?![\w'’-])|(?<=['’]s\s)(?:co-)?host(?![\w'’-])|(?<=\sas\s)co-?host(?![\w'’-])"
)
_HOST = re.compile(
    rf"\b(?:hosted|organi[sz]ed|organisiert\w*|eingeladen|einlud|einluden|lud|luden|lädt|veranstaltet\w*|ausgerichtet"
    rf"|{_NOUN}|invited|convened|held|auf\s+Einladung|at\s+the\s+invitation|Einladung(?=\s+(?:des|der)\s)|invitation(?=\s+of\s)|welcomed|begrüßte"
    r"|an\s+event|eine\s+Veranstaltung|Organisation\s+lag|lag\s+die\s+Organisation"
    r"|(?:runs?|ran)(?=\s+(?:[\w-]+\s+){0,2}?with\s)|geladen|unter\s+(?:der\s+)?(?:Regie|Federführung)"
    r"|(?:put|puts|brought|brings)(?=\s+(?:[\w-]+\s+){0,3}?together\b)|(?:presented|staged|put\s+on|arranged|co-?arranged|powered|brought\s+to\s+you|promoted|promossa|promosso)"
    r"(?=\s+(?:(?:each|every)\s+year\s+|annually\s+|again\s+|once\s+again\s+|jointly\s+)?by\s)"
    r"|(?:was|were|is|are)\s+run(?=\s+by\s)|(?:^|(?<=\n)|(?<=[.!?,]\s))(?:jointly\s+|co-)?run(?=\s+by\s)|(?:an?|eine)\s+initiative(?=\s+(?:of|des|der|von)\s)"
    r"|initiiert|durchgeführt|richte(?:te)?n?(?=\s[^.!?]{0,80}?\baus\b)|richtet(?=\s[^.!?]{0,80}?\baus\b)"
    r"|(?:teamed\s+up|joined\s+forces|partnered)(?=\s+with\s[^.!?]{0,80}?\bto\s+(?:run|host|organi[sz]e|stage|hold|put\s+on|deliver)\b))\b",
    re.I,
)
_IS_NOUN = re.compile(_NOUN, re.I)
#: Host words that name an organiser only in a sentence about the event.
_ABOUT_ONLY = (
    "presented", "staged", "put on", "arranged", "co-arranged", "powered", "brought", "initiiert", "durchgeführt", "promo",
    "einladung", "invitation",
)  # fmt: skip
#: After a host word, the organiser follows: "hosted by", "Ausgerichtet wurde er von der", "auf Einladung des".
_HOST_BY = re.compile(
    r"(?:\s+(?:jointly|gemeinsam|wurde|wurden|war|waren|er|sie|es|co-?|annually|again|jährlich|alljährlich|erneut|wieder"
    r"|traditionell|traditionally|(?:each|every)\s+year|once\s+again))*(?:\s+(?:die|der|das|den|the)\s+[\w-]+)?"
    r"(?:\s+(?:jointly|gemeinsam))?(?:\s+im\s+Auftrag)?\s+(?:by|von|vom|des|der|of|bei|beim|in\s+(?:collaboration|partnership|cooperation|association)\s+with)(?:\s{0,2}:)?\s"
)
#: After a host noun: "Veranstalter waren X", "Gastgeber war in diesem Jahr die X", "Organiser: X".
_NOUN_THEN = re.compile(
    r"\s*(?::|\s(?:(?:in|im|bei|beim|at|auf)\s+[A-ZÄÖÜ][\w-]{1,30}\s+|vor\s+Ort\s+|on\s+site\s+)?(?:war|waren|ist|sind|was|were|is|are|trat|traten|tritt|treten|fungierte|fungierten)\s)\s*(?:(?:in\s+diesem\s+Jahr|this\s+year|diesmal|erneut|again)\s+)?"
    r"(?:(?:die|der|das|the)\s+)?(?:" + DESCRIPTOR + r"\s+)?"
)
#: Before a host noun: "war die X Gastgeberin", "X was the host", "X war Mitveranstalter".
_THEN_NOUN = re.compile(
    r"\s+(?:(?:war|waren|ist|sind|was|were|is|are|acted\s+as|fungierte\s+als|as|als)\s+)?(?:(?:die|der|das|the|its|co-)\s*)?"
    r"(?:this\s+year['’]s\s+|(?:in\s+)?diese[ms]\s+Jahr(?:es)?\s+)?$",
    re.I,
)
#: A host noun that refers back to the host: "des Gastgebers", "the host's", "dem Gastgeber".
_REFERS_BACK = re.compile(r"\b(?:des|dem|den|of\s+the|to\s+the|for\s+the|by\s+the)\s+$", re.I)
#: A second organiser joined to the first in a hosting sentence.
_JOINT = re.compile(
    r"\b(?:gemeinsam\s+mit|zusammen\s+mit|together\s+with|jointly\s+with|in\s+Kooperation\s+mit"
    r"|in\s+Zusammenarbeit\s+mit|in\s+Partnerschaft\s+mit|in\s+(?:cooperation|collaboration|partnership)\s+with"
    r"|on\s+behalf\s+of|im\s+Auftrag\s+(?:des|der|von)|\bim\s+Auftrag\s+(?:des|der)\s[^.;]{3,60}?\sdurch"
    r"|(?:co-?hosted|co-?organi[sz]ed|co-?produced|runs?|ran|hosts|organi[sz]es|hosted\s+by\s+the\s+[\w-]+)\s+(?:[\w-]+\s+){0,3}?with"
    r"|teamed\s+up\s+with|joined\s+forces\s+with|partnered\s+with|zusammen\s+mit|mit\s+Unterstützung\s+(?:des|der))"
    r"\s+(?:the\s+|dem\s+|der\s+|den\s+|die\s+|das\s+)?(?:(?:project\s+)?(?:coordinator|lead\s+partner|Projektkoordinator(?:in)?"
    r"|Koordinator(?:in)?|Konsortialführer(?:in)?|Konsortialleiter(?:in)?)\s{0,2},\s+(?:the\s+|dem\s+|der\s+|den\s+|die\s+|das\s+)?)?(?:"
    + ROLE
    + r")?$",
    re.I,
)  # "together with the coordinator, X"
#: A sentence about another (next) edition.
_NEXT = re.compile(
    r"\b(?:next|nächste\w*|kommende\w*|upcoming|future|künftig\w*|will\s+be|last\s+year|previous\s+(?:year|edition)"
    r"|im\s+Vorjahr|Vorjahr\w*|(?:letzte[ns]?|vergangene[ns]?)\s+Jahr\w*)\b",
    re.I,
)
#: "Eingeladen hatte die X", "Organisiert hatten X und Y": the organisation after the auxiliary.
_HAD = re.compile(r"\s+(?:hatte|hatten|hat|haben)\s+(?:(?:die|der|das|den)\s+)?")
#: … with the event as the object first: "Organisiert hatte den Kongress das Netzwerk X".
_HAD_OBJECT = re.compile(
    r"\s+(?:hatte|hatten|hat|haben)\s+(?:den|die|das)\s+[\w-]+\s+(?:(?:die|der|das|den)\s+)?"
)
#: A venue's preposition before an organisation ("held in the X", "fand im X statt").
_VENUE_BEFORE = re.compile(
    r"\b(?:in|at|im|am|an|auf|on|to|into|ins|zum|zur)\s+(?:the\s+|der\s+|dem\s+|den\s+|das\s+)?$"
)
#: "The company co-hosted …": the organisation named just before.
_SUBJECT_NOUN = re.compile(
    r"(?:^|\.\s)\s*(?:The|Das|Der|Die)\s+(?:company|firm|cluster|network|association|university|Unternehmen"
    r"|Cluster|Netzwerk|Verein|Verband|Firma|Hochschule)\s+(?:\w+\s+)?(?:co-)?$"
)
#: A sentence that calls the event by a generic noun.
_ABOUT_EVENT = re.compile(
    rf"\b(?:(?:the|this|die|der|das|den|dem|diese[nrs]?|zum|zur)\s+(?:[\w-]+\s+)?(?:event|format|edition|Veranstaltung|Format|Ausgabe|Event"
    rf"|weekend|evening|gathering|Wochenende|Abend"
    rf"|[\w-]{{0,30}}(?:{_EVENT_HEADS}))|this\s+year['’]s|(?:dieses|in\s+diesem)\s+Jahr)\b",
    re.I,
)
#: "organisierte der Verein gemeinsam mit …": the host verb's subject a noun for a body named before.
_VERB_THEN_NOUN = re.compile(
    r"\s+(?:der|das|die|by\s+the)\s+(?P<noun>Verein|Verband|Cluster|Netzwerk|Hochschule|Kammer|cluster|network|association"
    r"|university|chamber)\b(?![\w-]|\s+(?:[A-Z]|of\b))"
)
#: The publisher as host: "we co-hosted", "we opened the doors", "haben wir … eingeladen".
_WE_HOSTED = re.compile(
    r"\b(?:[Ww]e\s+(?:have\s+|had\s+|jointly\s+)?(?:co-?hosted|hosted|co-?organi[sz]ed|organi[sz]ed|invited|welcomed"
    r"|opened\s+(?:the\s+|our\s+)?doors)|(?:haben|hatten)\s+wir\b(?:[^.!?]|(?<=\d)\.){0,160}?\b(?:eingeladen|veranstaltet|ausgerichtet"
    r"|organisiert|begrüßt|geladen)|[Ww]ir\s+(?:luden|veranstalteten|richteten|begrüßten|öffneten|organisierten)"
    r"|(?:luden|veranstalteten|richteten|begrüßten|öffneten|organisierten)\s+wir\b"
    r"|(?:konnten|durften)\s+wir\b(?:[^.!?]|(?<=\d)\.){0,80}?\b(?:begrüßen|willkommen\s+heißen)"
    r"|(?:durften|waren|sind|dürfen)\s+wir\b(?:[^.!?,;]|(?<=\d)\.){0,80}?\b(?:Gastgeber|Mitveranstalter|Veranstalter|Ausrichter)"
    r"|[Ww]ir\s+(?:waren|sind|durften)\b(?:[^.!?,;]|(?<=\d)\.){0,60}?\b(?:Gastgeber|Mitveranstalter|Veranstalter|Ausrichter)"
    r"|[Ww]e\s+(?:were|are)\s+(?:(?:proud|delighted|happy|thrilled|honou?red|glad|pleased)\s+to\s+)?(?:be\s+)?(?:the\s+)?(?:co-?)?host"
    r"|[Ww]e(?:\s+at\s+[^.,;!?]{1,40}?)?\s+(?:teamed\s+up|joined\s+forces|partnered)\s+with"
    r"|[Ww]e\s+(?:ran|put\s+on|staged)\s+(?:the|our|this\s+year['’]s)|[Ww]e\s+(?:brought\s+together|convened)"
    r"|(?:which|that|den|die|das)\s+we\s+(?:held|ran|staged)|(?:die|den|das)\s+wir\s+(?:(?:[^.!?,;]|(?<=\d)\.){0,60}?\s)?(?:veranstaltet|ausgerichtet|organisiert)\s+haben"
    r"|(?:joined|visited)\s+us\s+(?:for|at|live|online)|(?:besuchten|begleiteten)\s+uns\b|kamen\s+(?:[^.!?]{0,40}?\s)?zu\s+uns\b)\b"
)
#: An exhibitor's stand: "we welcomed visitors at our stand" says nothing of the host.
_STAND = re.compile(r"\b(?:stand|booth|Stand|Messestand|Gemeinschaftsstand|exhibit\w*|Aussteller\w*)\b")
#: "our Open Lab Day 2023", "unser Sommerfest 2024": the publisher's own event.
_OUR = re.compile(
    r"\b(?:[Oo]ur|[Uu]nser(?:e|em|en|er|es)?)\s+(?:(?!(?:partner|partners|member|members|Partner\w*|Mitglied\w*)\b)[\w-]{2,30}\s+)?[„“\"‚‘']?$"
    r"|\b(?:[Oo]ur|[Uu]nser(?:e|er|es)?)\s+(?:[\w-]{2,30}\s+)?(?:series|Reihe|Veranstaltungsreihe|Serie|format|Format)\s{0,2},\s{1,2}[„“\"‚‘']?$"
)
_BEHALF = re.compile(r"on\s+behalf|im\s+Auftrag", re.I)
#: A relative clause after an organisation ("X, which runs …", "X, die … betreibt").
_RELATIVE = re.compile(r",\s+(?:which|that|who|die|der|das|welche[rs]?)\s")
#: An apposition that gives the event's owner: ", the annual meeting of …", ", die Jahrestagung des …".
_APPOSITION = re.compile(
    r",\s+(?:the|its|das|die|der|dem|den|an?|eine)\s+(?:[\w-]+\s+){0,2}?(?:meeting|conference|event|gathering|forum|congress"
    r"|assembly|summit|initiative|Treffen|Tagung|Jahrestagung|Veranstaltung|Konferenz|Kongress|Mitgliederversammlung"
    r"|Jahresversammlung|Initiative)"
    r"\s+(?:of|des|der|von)\s+"
)
_DESCRIBED = re.compile(r"(?:(?:the|der|des|dem|den)\s+)?(?:[\w-]+\s+){0,4}")
_ITS = re.compile(r"\b(?:its|their|seiner|seinem|seinen|ihrer|ihrem|ihren)\s+(?:[\w-]+\s+)?$")
#: After the event's name, its owner: "des Netzwerks X", "der X", "of the X"; a name's word may come
#: first ("Fachforum | Leichtbau des Netzwerks X" where the name was found as "Fachforum").
_OF_ORG = re.compile(
    r"(?-i:\s+[A-ZÄÖÜ][a-zäöüß-]{2,30})?\s+(?:des|der|of\s+the|of)\s+(?P<noun>[A-ZÄÖÜ]\w{0,30}?(?:cluster|netzwerk|verein|verband)s?\s+)?",
    re.I,
)
_AND = re.compile(
    rf"(?:{APPOSITION})?\s*(?:,|and|und|sowie|together\s+with|gemeinsam\s+mit(?:\s+dem|\s+der)?|with)\s+(?:the\s+|dem\s+|der\s+|das\s+|die\s+|den\s+)?(?:{ROLE})?"
)  # "X, the region's cluster, and the angel group Y", "X and track operator Y"


def organisers(
    text: str,
    orgs: list[Org],
    bounds: list[int],
    event: Item,
    anchors: list[tuple[int, int]] | None = None,
    publisher: Org | None = None,
) -> Iterator[tuple[Org, str, int, int]]:
    """Organisations stated as hosting or organising the event (see the module's doc), each
    once: the organisation, the rule and the span of the wording (see :func:`_organisers`)."""
    named: set[object] = set()
    for found in _organisers(text, orgs, bounds, event, anchors, publisher):
        ident = found[0].iri or found[0].candidates or found[0].name.casefold()
        if ident not in named:  # "we at BlueGrid … teamed up": the masthead's body named again
            named.add(ident)
            yield found
        if (
            found[1] in ("host-word", "host-noun")
            and (owner := joint_owner(text, orgs, found[0])) is not None
        ):
            ident = owner.iri or owner.candidates or owner.name.casefold()
            if ident not in named:
                named.add(ident)
                yield owner, "host-joint", owner.start, owner.end


def _organisers(
    text: str,
    orgs: list[Org],
    bounds: list[int],
    event: Item,
    anchors: list[tuple[int, int]] | None = None,
    publisher: Org | None = None,
) -> Iterator[tuple[Org, str, int, int]]:
    """Organisations stated as hosting or organising the event (see the module's doc): the
    organisation, the rule and the span of the wording. ``anchors``: where the text names the
    event or gives its date (an active host verb counts only in a sentence holding one);
    ``publisher``: the organisation of the masthead, the host of "our Open Lab Day", "we hosted"."""
    seen: set[int] = set()
    if publisher is not None:
        yield from _published(text, orgs, bounds, event, anchors or [], publisher, seen)
    for linked in (
        members_assembly(text, orgs, bounds, event, seen),  # "the members of X met for the Annual Assembly"
        award_giver(text, orgs, bounds, event, anchors or [], seen),  # "X hat … ihren Preis vergeben"
    ):
        if linked is not None:
            seen.add(linked[0].start)
            yield linked
    orgs_at = {o.start: o for o in orgs}
    for a, b in [(event.span.start, event.span.end), *(anchors or [])]:
        # the organisation after the article, or after a noun for it ("des Netzwerks X", "des Clusters X")
        after = _OF_ORG.match(text, b, b + 50)
        if after is None:
            continue
        for at in (after.start("noun") if after.group("noun") else after.end(), after.end()):
            o = orgs_at.get(at)
            if o is not None and o.start not in seen:
                seen.add(o.start)
                yield o, "event-of-org", a, o.end
                break
    owner = re.search(r"['’]s\s{1,2}$", text[max(0, event.span.start - 4) : event.span.start])
    if owner:  # "The Saale Timber Cluster's Wood Day 2024"
        at = event.span.start - len(owner.group())
        for o in orgs:
            if o.end == at and o.start not in seen:
                seen.add(o.start)
                yield o, "org-s-event", o.start, event.span.end
    org_starts = [o.start for o in orgs]  # sorted, as org_mentions gives them
    for a, b in [(event.span.start, event.span.end), *(anchors or [])]:
        # "the Lichtwerk Forum 2023, the annual meeting of the Thuringian photonics cluster Lichtwerk"
        app = _APPOSITION.match(text, b, b + 120)
        o = _org_after(text, orgs, org_starts, app.end()) if app else None
        if o is not None and o.start not in seen:
            seen.add(o.start)
            yield o, "event-of-org", a, o.end
            break
    s, _e = sentence_at(bounds, event.span.start)
    if _ITS.search(text, max(s, event.span.start - 30), event.span.start):
        # "The Styria Health Hub elected a new board at its General Assembly 2023": the subject's
        before = [o for o in orgs if s <= o.start and o.end <= event.span.start]
        subject = before[0] if len(before) == 1 else None
        gap = text[subject.end : event.span.start] if subject else ","
        if (
            subject is not None
            and len(gap) < 80
            and not re.search(r"[,;:]", gap)
            and subject.start not in seen
        ):
            seen.add(subject.start)
            yield subject, "org-its-event", subject.start, event.span.end
    org_index = SpanIndex([(o.start, o.end) for o in orgs])
    by_start = {o.start: o for o in orgs}
    by_end = {o.end: o for o in orgs}
    starts_sorted = sorted(by_start)
    anchor_index = SpanIndex(anchors or [(event.span.start, event.span.end)])
    for m in _HOST.finditer(text):
        s, e = sentence_at(bounds, m.start())
        s, e = max(s, m.start() - 300), min(e, m.end() + 300)
        inside = [by_start[org_index.spans[i][0]] for i in org_index.starting_in(s, e)]
        if not inside:
            continue
        word = m.group().lower()
        if _NEXT.search(text, s, m.start()):  # (s: the sentence's start, at most 300 characters back)
            continue  # "The next summit will be hosted by X": another event's host
        o: Org | None = None
        by = _HOST_BY.match(text, m.end(), m.end() + 40)
        if (noun_m := _IS_NOUN.match(text, m.start())) is not None and noun_m.end() == m.end():
            if _REFERS_BACK.search(text, max(0, m.start() - 12), m.start()) or re.match(
                r"['’]s\b", text[m.end() : m.end() + 3]
            ):
                continue  # "Mitarbeitende des Gastgebers", "the host's team"
            then = _NOUN_THEN.match(text, m.end(), m.end() + 60)
            o = by_start.get(then.end()) if then else None
            if o is None:
                gap = _THEN_NOUN.search(text, max(0, m.start() - 40), m.start())
                o = by_end.get(gap.start()) if gap else None
            if o is not None:
                yield from _with_joined(text, o, seen, m, inside, s, "host-noun")
                continue
            if not by and re.match(
                rf"\s+(?:(?:war|was|ist|is)\s+)?(?:{TITLE})?{NAME_WORD}\s", text[m.end() : m.end() + 60]
            ):
                # "Gastgeberin Dr. Anna Beispiel, Geschäftsführerin des X": a host person's organisation
                o = next((o for o in inside if m.end() <= o.start < m.end() + 150), None)
                if o is not None:
                    yield from _with_joined(text, o, seen, m, inside, s, "host-noun")
                continue
        had = _HAD.match(text, m.end(), m.end() + 30)
        if had is None or had.end() not in by_start:
            had = _HAD_OBJECT.match(text, m.end(), m.end() + 60)
        if had and had.end() in by_start and m.group()[:1].isupper():
            # "Eingeladen hatte die X gemeinsam mit der Y": the organisation right after
            yield from _with_joined(text, by_start[had.end()], seen, m, inside, s, "host-word")
            continue
        about = anchor_index.overlaps(s, e) or _ABOUT_EVENT.search(text, s, e)
        if not about and (
            word.startswith(_ABOUT_ONLY)
            or word.endswith("run")  # "the lab, run by X": not the event's
            or re.match(r"(?:an?|eine)\s", word)
            or (by and re.search(r"\swith\s", by.group()))
        ):
            continue  # "a study presented by X", "a study held in collaboration with X": not the event's
        subject = next(
            (o for o in inside if o.end <= m.start() and not text[o.end : m.start()].strip(" ,")), None
        )
        if by and subject and about and re.search(r"\swith\s", by.group()):
            # "X organised in cooperation with Y the Z": the subject organised, Y is joined
            yield from _with_joined(text, subject, seen, m, inside, s, "host-word")
            continue
        noun = _VERB_THEN_NOUN.match(text, m.end(), m.end() + 30)
        if noun and about and m.group()[:1].islower() and noun.start("noun") not in by_start:
            # "… organisierte der Verein gemeinsam mit der X": the body named before with that noun
            test = NOUN_IN_NAME[noun.group("noun").casefold()]
            k = bisect.bisect_left(starts_sorted, m.start())
            o = next(
                (
                    by_start[a]
                    for a in reversed(starts_sorted[max(0, k - 8) : k])
                    if test.search(by_start[a].name + " " + text[a : by_start[a].end])
                ),
                None,
            )
            if o is not None:
                yield from _with_joined(text, o, seen, m, inside, s, "host-word")
                continue
        if word in ("welcomed", "begrüßte"):
            o = next((o for o in inside if re.fullmatch(r"\s+", text[o.end : m.start()])), None)
            if not about:
                continue
        else:
            if (
                word in ("held", "invited", "eingeladen")
                and by
                and by.group().split()[-1] in ("des", "der", "of")
            ):
                by = None  # "held of"/"invited of" say nothing
            if by:
                o = next((o for o in inside if o.start >= m.end()), None)
            elif not about:
                continue  # an active host verb in a sentence that does not name the event
            elif word == "held":  # "was held in the X" names a venue, not the host; "X held its …" the host
                if re.match(
                    r"\s+(?:in\s+person|online|on[- ]site|virtually|in\s+hybrid)",
                    text[m.end() : m.end() + 20],
                ):
                    continue
                o = next(
                    (
                        o
                        for o in inside
                        if o.end <= m.start()
                        and not _VENUE_BEFORE.search(text, max(0, o.start - 12), o.start)
                    ),
                    None,
                )
            else:
                o = inside[0]
            subject = _SUBJECT_NOUN.search(text[s : m.start()]) if m.start() - s < 60 else None
            if subject and not by:
                k = bisect.bisect_left(starts_sorted, s)
                o = by_start[starts_sorted[k - 1]] if k else None
        if o is not None:
            yield from _with_joined(text, o, seen, m, inside, s, "host-word")


def _org_after(text: str, orgs: list[Org], starts: list[int], at: int) -> Org | None:
    """The organisation after ``at`` behind at most four describing words ("the Thuringian
    photonics cluster X"); ``starts``: the organisations' sorted starts."""
    k = bisect.bisect_left(starts, at)
    for o in orgs[k : k + 3]:
        if o.start < at + 80 and _DESCRIBED.fullmatch(text, at, o.start):
            return o
    return None


def _published(
    text: str,
    orgs: list[Org],
    bounds: list[int],
    event: Item,
    anchors: list[tuple[int, int]],
    publisher: Org,
    seen: set[int],
) -> Iterator[tuple[Org, str, int, int]]:
    """The publisher as organiser of "our EVENT" or of "we hosted …" in a sentence about the
    event, and the organisations "together with" it there."""
    for a, _b in [(event.span.start, event.span.end), *anchors]:
        if _OUR.search(text, max(0, a - 45), a):
            seen.add(publisher.start)
            yield publisher, "our-event", a - 4, event.span.end
            s, e = sentence_at(bounds, a)
            for o in orgs:  # "our series, X, … was co-produced with Y"
                if (
                    s <= o.start < e
                    and o.start not in seen
                    and _JOINT.search(text, max(s, o.start - 60), o.start)
                ):
                    seen.add(o.start)
                    yield o, "host-joint", o.start, o.end
            break
    # the sentences that name the event or give its date, and the sentence right after each
    about = [sentence_at(bounds, a) for a, _b in anchors or [(event.span.start, event.span.end)]]
    about += [sentence_at(bounds, e) for _s, e in about if e < len(text)]
    about_index = SpanIndex(about)
    for m in _WE_HOSTED.finditer(text):
        s, e = sentence_at(bounds, m.start())
        s, e = (
            max(s, m.start() - 300),
            min(e, m.end() + 300),
        )  # a window: linear time in a sentence without end
        if (
            _NEXT.search(text, s, m.start())
            or _STAND.search(text, s, e)
            or not (about_index.overlaps(m.start(), m.end()) or _ABOUT_EVENT.search(text, s, e))
        ):
            continue
        if publisher.start not in seen:
            seen.add(publisher.start)
            yield publisher, "we-hosted", m.start(), m.end()
        for o in orgs:
            if (
                s <= o.start < e
                and o.start not in seen
                and _JOINT.search(text, max(s, o.start - 60), o.start)
            ):
                seen.add(o.start)
                yield o, "host-joint", o.start, o.end
        break


def _with_joined(
    text: str, first: Org, seen: set[int], m: re.Match[str], inside: list[Org], s: int, rule: str
) -> Iterator[tuple[Org, str, int, int]]:
    """``first`` and the organisations joined to it ("X und das Y", "X, together with Y")."""
    by_start = {o.start: o for o in inside}
    o: Org | None = first
    while o is not None:
        if o.start not in seen:
            seen.add(o.start)
            yield o, rule, min(o.start, m.start()), max(o.end, m.end())
        more = _AND.match(text[o.end : o.end + 120])
        o = by_start.get(o.end + more.end()) if more else None
    for j in inside:
        joint = _JOINT.search(text, max(s, j.start - 100), j.start)
        if joint and _BEHALF.match(joint.group()) and _RELATIVE.search(text, first.end, joint.start()):
            continue  # "X, which runs the programme on behalf of the Y": Y owns the programme, not the event
        if j.start > first.start and joint and j.start not in seen:
            seen.add(j.start)
            yield j, "host-joint", joint.start(), j.end
            more = _AND.match(text[j.end : j.end + 120])
            k = (
                by_start.get(j.end + more.end())
                if more and more.group().split()[0] in ("and", "und", "sowie")
                else None
            )
            if k is not None and k.start not in seen:  # "in Zusammenarbeit mit X und der Y"
                seen.add(k.start)
                yield k, "host-joint", joint.start(), k.end
