# ruff: noqa: E501
"""A parsed report, reconciled with the graph, as statements; :func:`load_report` for a file.

The event, its organisers, the people and organisations are attached to the graph's entities
(an :class:`~clustergraph.loaders.reconcile.EntityIndex`) or made new; an ambiguous name is
refused with its candidates. Every fact gets a ``cg:TextExtraction`` (rule, offsets, wording)
naming the report's address. Items the rules are unsure of stay in the review list (the
batch's notes, shown by ``--dry-run``) and make no statements.
"""

from __future__ import annotations

from pathlib import Path

from clustergraph.errors import AmbiguousMatch, DataError, Problem
from clustergraph.loaders.batch import SourceBatch, file_address
from clustergraph.loaders.columns import Ref
from clustergraph.loaders.files import read_text
from clustergraph.loaders.profile.statements import _Builder, _id_of, _slug
from clustergraph.loaders.reconcile import EntityIndex
from clustergraph.loaders.report.model import WHAT, Item, Org, Report
from clustergraph.loaders.report.parse import parse_report
from clustergraph.loaders.terms import check_iri, iri, literal
from clustergraph.loaders.textkit import Gazetteer
from clustergraph.loaders.triples import (
    LABEL,
    PREF,
    A,
    count_triples,
    data_iri,
    event_participant_triples,
    organisation_triples,
    person_triples,
    post_triples,
)
from clustergraph.model.namespaces import CG_IRI, DATA_IRI

_CG = f"<{CG_IRI}"
_DATE = "http://www.w3.org/2001/XMLSchema#date"


def _new_iri(index: EntityIndex, kind: str, name: str) -> str:
    base = f"{DATA_IRI}{kind}/{_slug(name)}"
    found, n = base, 2
    while index.knows(found):
        found, n = f"{base}-{n}", n + 1
    return found


def report_batch(report: Report, index: EntityIndex, address: str) -> SourceBatch:
    """Reconcile a parsed report with the graph and make its triples (see the module docstring)."""
    b = _Builder(report, index, address)  # type: ignore[arg-type]
    r = report
    ev = r.event
    assert ev is not None
    date_item = r.one("event-date")
    when = date_item.data if date_item else {"start": None, "end": None}

    # The event.
    name = ev.data["name"]
    if ev.data["candidates"]:
        b.ambiguous.append(
            (name, b.where(ev.span), [(c, index.labels.get(c, c)) for c in ev.data["candidates"]])
        )
    m = b.match("event", name, ev.span)
    event_iri = ev.data["iri"] or m.iri
    if event_iri is None and not m.ambiguous:
        event_iri = _new_iri(index, "event", name)
        b.add([(iri(event_iri), A, f"{_CG}Event>"), (iri(event_iri), PREF, literal(name)),
               (iri(event_iri), LABEL, literal(name))])  # fmt: skip
        index.add("event", event_iri, [name])
        b.notes.append(f"event {name!r}: not in the graph; new event <{event_iri}>")
    if event_iri is None:
        return _finish(b, r)
    e = iri(event_iri)
    b.extraction("event-name", ev.span, [event_iri])

    def fact(p: str, o: str, item: Item) -> None:
        st = (e, p, o)
        if p[1:-1] in index.has_value.get(event_iri, set()):
            b.notes.append(
                f"event: the graph states cg:{p[1:-1].rsplit('#', 1)[-1]} already; the report's "
                f"{item.quote(r.text)!r} is not added"
            )
            return
        b.add([st])
        b.extraction(item.rule, item.span, statement=st)

    if date_item:
        fact(f"{_CG}startDate>", f'"{when["start"]}"^^<{_DATE}>', date_item)
        if when["end"]:
            fact(f"{_CG}endDate>", f'"{when["end"]}"^^<{_DATE}>', date_item)
    for item in r.of("place"):
        if item.data["iri"]:
            fact(f"{_CG}place>", iri(item.data["iri"]), item)
    for item in r.of("venue"):
        fact(f"{_CG}venue>", literal(item.data["venue"]), item)
    for item in r.of("online"):
        boolean = "true" if item.data["online"] else "false"
        fact(f"{_CG}online>", f'"{boolean}"^^<http://www.w3.org/2001/XMLSchema#boolean>', item)
    for item in r.of("programme"):
        if item.data["iri"]:
            st = (e, f"{_CG}withinProgramme>", iri(item.data["iri"]))
            b.add([st])
            b.extraction(item.rule, item.span, statement=st)
    for item in r.of("topic") + r.of("session"):
        if item.unsure:
            continue
        st = (e, f"{_CG}{item.kind}>", literal(item.data["text"]))
        b.add([st])
        b.extraction(item.rule, item.span, statement=st)
    for item in r.of("partner-region"):
        if item.data["iri"]:
            st = (e, f"{_CG}partnerCountry>", iri(item.data["iri"]))
            b.add([st])
            b.extraction(item.rule, item.span, statement=st)
        else:
            b.notes.append(
                f"review: partner region {item.data['name']!r} is no country of the graph; not loaded"
            )
    count = r.one("participants")
    if count:
        obs = data_iri(
            "observation",
            f"event-{_id_of(event_iri, 'event')}.participants.{when['start'] or r.date or 'undated'}",
        )
        b.add(count_triples({"_iri": obs, "subject": Ref("events", _id_of(event_iri, "event")),
                             "counted": "participants", "value": count.data["count"],
                             "qualifier": count.data["qualifier"], "date": when["start"] or r.date}))  # fmt: skip
        b.extraction(count.rule, count.span, [obs])

    # Organisations: attached or new.
    def text_of(item: Item) -> str:
        o = item.data.get("org") or item.data.get("affiliation")
        return r.text[o.start : o.end] if o is not None else item.quote(r.text)

    orgs: dict[int, str] = {}

    def org_iri(o: Org, item: Item) -> str | None:
        if o.start in orgs:
            return orgs[o.start]
        if o.candidates:
            b.ambiguous.append(
                (o.name, b.where(item.span), [(c, index.labels.get(c, c)) for c in o.candidates])
            )
            return None
        found = o.iri
        if found is not None and found not in orgs.values():
            b.notes.append(f"org {text_of(item)!r} → {index.labels.get(found, found)} <{found}> (graph name)")
        if found is None:
            mm = b.match("org", o.name, item.span)
            if mm.ambiguous:
                return None
            found = mm.iri
        if found is None:
            found = _new_iri(index, "org", o.name)
            b.add(organisation_triples({"id": _id_of(found, "org"), "name": o.name, "org_type": "other",
                                        "org_type_basis": "name"}))  # fmt: skip
            index.add("org", found, [o.name])
            b.notes.append(f"org {o.name!r}: not in the graph; new organisation <{found}>")
        orgs[o.start] = found
        return found

    for item in r.of("organisation"):
        o = item.data["org"]
        found = org_iri(o, item)
        if found:
            b.extraction(item.rule, item.span, [found])
    for item in r.of("organiser"):
        found = org_iri(item.data["org"], item)
        if found and item.data["org"].kind == "partnership":
            b.notes.append(
                f"review: the partnership {item.data['org'].name!r} organises the event; cg:organiser "
                "takes an organisation or a programme: not loaded"
            )
        elif found:
            st = (e, f"{_CG}organiser>", iri(found))
            b.add([st])
            b.extraction(item.rule, item.span, statement=st)

    # People: the person, the participation, the post attested at the report's date.
    for item in r.of("person"):
        d = item.data
        pm = b.match("person", d["name"], item.span)
        if pm.ambiguous:
            continue
        person = pm.iri
        if person is None:
            person = _new_iri(index, "person", d["name"])
            b.add(person_triples({"id": _id_of(person, "person"), "name": d["name"], "title": d["title"]}))
            index.add("person", person, [d["name"]])
            b.notes.append(f"person {d['name']!r}: not in the graph; new person <{person}>")
        b.extraction(item.rule, item.span, [person])
        role = "speaker" if d["speaker"] else "attendee"
        part = data_iri("participation", f"{_id_of(event_iri, 'event')}.{_id_of(person, 'person')}.{role}")
        known = index.facts.get(("participation", event_iri, person), set())
        if known and part not in known:  # the graph has them at the event already (in a role of its own)
            b.notes.append(f"participation of {d['name']} in the event: the graph's <{min(known)}>")
        else:
            b.add(event_participant_triples({"_iri": part, "event": Ref("events", _id_of(event_iri, "event")),
                                              "participant": Ref("people", _id_of(person, "person")), "role": role}))  # fmt: skip
        aff = d["affiliation"]
        if item.unsure or aff is None or d["role"] is None:
            if d["function"]:
                b.notes.append(
                    f"review: {d['name']} — {d['function']!r}: {item.unsure or 'no role of the vocabulary'}; no post loaded"
                )
            continue
        org = org_iri(aff, item)
        if org is None:
            continue
        if aff.kind == "partnership":
            b.notes.append(
                f"review: {d['name']} — {d['function']!r} of the partnership {aff.name!r}; no post loaded"
            )
            continue
        attested = r.date or when["start"]
        post = data_iri(
            "membership",
            f"{_id_of(person, 'person')}.{_id_of(org, 'org')}.{d['role']}.{attested or 'undated'}",
        )
        existing = index.facts.get(
            ("post", person, org, f"https://w3id.org/clustergraph/vocab/role/{d['role']}"), set()
        )
        if len(existing) == 1:
            post = next(iter(existing))
            b.notes.append(f"post of {d['name']} at {aff.name} ({d['role']}): the graph's <{post}>")
            b.extraction(item.rule, item.span, [post])
            continue
        b.add(post_triples({"_iri": post, "person": Ref("people", _id_of(person, "person")),
                            "organisation": Ref("organisations", _id_of(org, "org")), "role": d["role"],
                            "role_label": d["function"], "attested": attested}))  # fmt: skip
        b.extraction(item.rule, item.span, [post])
    for item in r.review:
        b.notes.append(f"review: {item.kind} {item.data.get('name') or item.data.get('text')!r} "
                       f"(line {item.span.line}): {item.unsure}; not loaded")  # fmt: skip
    for item in r.of("topic") + r.of("session"):
        if item.unsure:
            b.notes.append(
                f"review: {item.kind} {item.data['text']!r} (line {item.span.line}): {item.unsure}; not loaded"
            )
    return _finish(b, r)


def _finish(b: _Builder, r: Report) -> SourceBatch:
    if b.ambiguous:
        raise AmbiguousMatch(b.ambiguous)
    if b.problems:
        raise DataError(b.problems, f"{len(b.problems)} problem(s) in the report {r.file}")
    title = r.event.data["name"] if r.event else None
    return SourceBatch(address=b.address, kind="report", triples=list(dict.fromkeys(b.triples)),
                       provenance=b.extractions, file=r.file, title=title, issued=r.date,
                       decisions=b.decisions, notes=b.notes, warnings=list(r.warnings))  # fmt: skip


def read_report(path: Path | str, index: EntityIndex, *, source_url: str | None = None) -> tuple[Report, str]:
    """Read and parse one report file with the graph's names; return it with its address
    (``source_url``, else the file's ``file:`` IRI)."""
    path = Path(path)
    if source_url is not None:
        try:
            check_iri(source_url)
        except ValueError as exc:
            raise DataError([Problem(str(path), None, None, source_url, str(exc))]) from None
    report = parse_report(read_text(path, WHAT), Gazetteer.from_index(index), str(path))
    report.address = source_url or file_address(path)
    return report, report.address


def load_report(path: Path | str, index: EntityIndex, *, source_url: str | None = None) -> SourceBatch:
    """Read, parse and reconcile one report file."""
    report, address = read_report(path, index, source_url=source_url)
    return report_batch(report, index, address)
