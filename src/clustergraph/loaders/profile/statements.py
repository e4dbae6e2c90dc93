"""A parsed profile, reconciled with the graph, as statements: persons, posts, the cluster, facts.

:func:`profile_batch` attaches the profile's names to the graph's entities (an
:class:`~clustergraph.loaders.reconcile.EntityIndex`), makes new ones where nothing matches, and
gives every fact a ``cg:TextExtraction`` with the rule, the offsets and the quoted wording.
:func:`load_profile` and :func:`read_profile` do it for a file.
"""

from __future__ import annotations

import difflib
import hashlib
import re
from collections.abc import Iterator
from pathlib import Path

from clustergraph.errors import AmbiguousMatch, DataError, Problem
from clustergraph.loaders.batch import SourceBatch, file_address
from clustergraph.loaders.columns import Ref
from clustergraph.loaders.files import read_text
from clustergraph.loaders.profile.fields import INDUSTRY_SEP, WHAT, Profile, Span, pieces
from clustergraph.loaders.profile.parse import parse_profile
from clustergraph.loaders.reconcile import Decision, EntityIndex, Match, normalise
from clustergraph.loaders.terms import Triple, check_iri, iri, literal
from clustergraph.loaders.triples import (
    ALT,
    LABEL,
    PREF,
    RDF,
    A,
    count_triples,
    data_iri,
    label_award_triples,
    organisation_triples,
    person_triples,
    post_triples,
)
from clustergraph.model.namespaces import CG_IRI, DATA_IRI


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", normalise(text, legal_forms=False)).strip("-") or "x"


def _id_of(entity_iri: str, kind: str) -> str:
    return entity_iri[len(f"{DATA_IRI}{kind}/") :]


class _Builder:
    """Collects a profile's triples, extraction records, notes and decisions."""

    def __init__(self, profile: Profile, index: EntityIndex, address: str) -> None:
        self.p, self.index, self.address = profile, index, address
        self.triples: list[Triple] = []
        #: how each fact was taken from the text (cg:TextExtraction): the provenance graph
        self.extractions: list[Triple] = []
        self.problems: list[Problem] = []
        self.ambiguous: list[tuple[str, str, list[tuple[str, str]]]] = []
        self.decisions: list[Decision] = []
        self.notes: list[str] = []
        self._n = 0
        self._graph_key = hashlib.sha1(address.encode("utf-8")).hexdigest()[:16]

    def where(self, span: Span) -> str:
        return f"{self.p.file}, line {span.line}"

    def match(self, kind: str, name: str, span: Span, website: str | None = None) -> Match:
        m = self.index.match(kind, name, website=website)
        if m.ambiguous:
            self.ambiguous.append((name, self.where(span), list(m.candidates)))
        elif m.attached:
            label = self.index.labels.get(m.iri or "", m.iri)
            self.notes.append(f"{kind} {name!r} → {label} <{m.iri}> ({m.how} match)")
            self.decisions.append(Decision(kind, name, m.iri or "", m.how, self.address))
        return m

    def add(
        self, facts: Iterator[tuple[str, ...]] | list[tuple[str, ...]], reused: str | None = None
    ) -> None:
        """Add triples (or the row functions' facts, whose column is dropped); on a node the graph
        holds already, leave out values it has one of."""
        triples = [(f[0], f[1], f[2]) for f in facts]
        if reused is None or not self.index.has_value.get(reused):
            self.triples.extend(triples)
            return
        taken = self.index.has_value[reused]
        node = iri(reused)
        dropped_interval = "http://www.w3.org/ns/org#memberDuring" in taken
        for s, p, o in triples:
            if s == node and p[1:-1] in taken:
                continue
            if dropped_interval and s.startswith(node[:-1] + "/interval"):
                continue
            self.triples.append((s, p, o))

    def extraction(
        self, rule: str, span: Span, facts: list[str] = (), statement: Triple | None = None
    ) -> None:  # type: ignore[assignment]
        self._n += 1
        x = iri(f"{DATA_IRI}extraction/{self._graph_key}/{self._n}")
        cg = lambda t: f"<{CG_IRI}{t}>"  # noqa: E731
        self.extractions += [
            (x, A, cg("TextExtraction")),
            (x, cg("extractionRule"), literal(rule)),
            (x, cg("extractedFrom"), iri(self.address)),
            (x, cg("textStart"), _nonneg(span.start)),
            (x, cg("textEnd"), _nonneg(span.end)),
            (x, cg("quotedText"), literal(self.p.text[span.start : span.end])),
        ]
        for f in facts:
            self.extractions.append((x, cg("extractedFact"), iri(f)))
        if statement:
            s, p, o = statement
            self.extractions += [
                (x, f"<{RDF}subject>", s),
                (x, f"<{RDF}predicate>", p),
                (x, f"<{RDF}object>", o),
            ]


def _nonneg(n: int) -> str:
    return f'"{n}"^^<http://www.w3.org/2001/XMLSchema#nonNegativeInteger>'


def profile_batch(profile: Profile, index: EntityIndex, address: str) -> SourceBatch:
    """Reconcile a parsed profile with the graph (``index``) and make its triples.

    Entities found in the index are attached to; new ones are created and added to the index
    (so the next profile of a batch finds them). Raises :class:`AmbiguousMatch` or
    :class:`DataError` (unknown industry) with every problem of the profile.
    """
    b = _Builder(profile, index, address)
    p = profile

    # The cluster.
    org = b.match("org", p.cluster, p.cluster_span, website=p.cluster_website)
    org_iri: str | None = org.iri
    owners = index.website_owners("org", p.cluster_website) if p.cluster_website else set()
    if org.attached and owners and org.iri not in owners:
        others = ", ".join(f"{index.labels.get(o, o)} <{o}>" for o in sorted(owners))
        p.warnings.append(
            f"{p.file}, line {p.cluster_span.line}: the cluster {p.cluster!r} is attached to "
            f"{index.labels.get(org.iri or '', org.iri)} <{org.iri}> by its name ({org.how} match), but the "
            f"website it names, {p.cluster_website}, is that of {others}; check which one is meant "
            "(an 'alias' row in reconciliation.csv settles it)"
        )
    if org.how == "new":
        slug = _slug(normalise(p.cluster) or p.cluster)
        org_iri = f"{DATA_IRI}org/{slug}"
        n = 2
        while index.knows(org_iri):
            org_iri = f"{DATA_IRI}org/{slug}-{n}"
            n += 1
        has_form = normalise(p.cluster) != normalise(p.cluster, legal_forms=False)
        website = None
        if p.cluster_website:
            w = p.cluster_website
            website = w if w.startswith(("http://", "https://")) else "https://" + w
        b.add(
            organisation_triples(
                {
                    "id": _id_of(org_iri, "org"),
                    "name": p.cluster,
                    "legal_name": p.cluster if has_form else None,
                    "org_type": "cluster",
                    "org_type_basis": "stated",
                    "website": website,
                }
            )
        )
        index.add("org", org_iri, [p.cluster], hosts=[website] if website else ())
        b.notes.append(f"org {p.cluster!r}: not in the graph; new organisation <{org_iri}>")
    elif org.attached and org_iri and p.cluster not in index.names.get(org_iri, ()):
        b.add([(iri(org_iri), ALT, literal(p.cluster))])
        index.add("org", org_iri, [p.cluster])
    if org_iri:
        b.extraction("header-cluster", p.cluster_span, [org_iri])

    # Industries.
    for value, span in p.industries:
        parts = [(value, span.start, span.end)]
        if not index.match("industry", value).attached and not index.match("industry", value).ambiguous:
            parts = pieces(value, span.start, INDUSTRY_SEP)
        for label, s, e in parts:
            ispan = Span(s, e, span.line)
            m = b.match("industry", label, ispan)
            if m.how == "new":
                known = sorted({b.index.labels[i] for i, k in index.kinds.items() if k == "industry"})
                near = difflib.get_close_matches(label, known, n=3, cutoff=0.5)
                hint = f" (did you mean {', '.join(near)}?)" if near else ""
                b.problems.append(
                    Problem(
                        p.file,
                        span.line,
                        None,
                        label,
                        f"an industry of the graph's vocabulary{hint}; "
                        "add it to industries.csv (or as an alias there) first",
                    )
                )
            elif m.attached and org_iri and m.iri:
                st = (iri(org_iri), f"<{CG_IRI}industry>", iri(m.iri))
                b.add([st])
                b.extraction("header-industry", ispan, statement=st)

    # Persons and their posts.
    leading_posts: list[str] = []
    dual = next((f for f in p.findings if f.rule == "dual-leadership"), None)
    if dual and len(p.persons) < 2:
        p.warnings.append(
            f"{p.file}, line {dual.span.line}: a dual leadership is stated but the header names "
            f"{len(p.persons)} person; its year is not used"
        )
        dual = None
    for i, person in enumerate(p.persons):
        m = b.match("person", person.name, person.span)
        person_iri = m.iri
        if m.how == "new":
            person_iri = f"{DATA_IRI}person/{_slug(person.name)}"
            b.add(
                person_triples(
                    {"id": _id_of(person_iri, "person"), "name": person.name, "title": person.title}
                )
            )
            index.add("person", person_iri, [person.name])
            b.notes.append(f"person {person.name!r}: not in the graph; new person <{person_iri}>")
        if person_iri is None or org_iri is None:
            continue
        b.extraction("header-name", person.span, [person_iri])
        function = p.function_of(i) if p.functions else None
        if function:
            start = dual.data["year"] if dual else None
            post = _post(b, person_iri, org_iri, function.role, function.label, start)
            b.extraction("header-function", function.span, [post])
            if dual:
                leading_posts.append(post)
        if i < len(p.since):
            year, yspan = p.since[i]
            label = ("im Cluster seit " if p.language == "de" else "in the cluster since ") + year
            post = _post(b, person_iri, org_iri, "staff", label, year)
            b.extraction("header-since", yspan, [post])
    if dual and leading_posts:
        b.extraction("dual-leadership", dual.span, leading_posts)

    # Findings in the text.
    for f in p.findings:
        if org_iri is None:
            break
        if f.rule == "member-count":
            oid = _id_of(org_iri, "org")
            base = data_iri("observation", f"org-{oid}.{f.data['counted']}.{p.date or 'undated'}")
            obs, n = base, 2
            while ("node", obs) in index.facts:
                obs, n = f"{base}-{n}", n + 1
            index.facts[("node", obs)] = set()
            b.add(
                count_triples(
                    {
                        "_iri": obs,
                        "subject": Ref("organisations", oid),
                        "counted": f.data["counted"],
                        "value": f.data["value"],
                        "qualifier": f.data["qualifier"],
                        "date": p.date,
                    }
                )
            )
            b.extraction("member-count", f.span, [obs])
        elif f.rule == "label-award":
            level_iri = f"https://w3id.org/clustergraph/vocab/label-level/{f.data['level']}"
            existing = index.facts.get(("award", org_iri, level_iri, f.data["year"]), set())
            if len(existing) == 1:
                award = next(iter(existing))
                b.notes.append(f"{f.data['level']} label {f.data['year']}: already in the graph <{award}>")
            else:
                oid = _id_of(org_iri, "org")
                award = data_iri(
                    "label-award", f"{oid}.cluster-management-excellence.{f.data['level']}.{f.data['year']}"
                )
            b.add(
                label_award_triples(
                    {
                        "_iri": award,
                        "organisation": Ref("organisations", _id_of(org_iri, "org")),
                        "scheme": "cluster-management-excellence",
                        "level": f.data["level"],
                        "date": f.data["year"],
                    }
                ),
                reused=award if len(existing) == 1 else None,
            )
            b.extraction("label-award", f.span, [award])
        elif f.rule == "partner-country":
            country = index.match("country", f.data["country"])
            if not country.attached:
                p.warnings.append(
                    f"{p.file}, line {f.span.line}: partner country {f.data['country']!r} is not a country "
                    "of the graph's regions; not loaded"
                )
                continue
            ev = b.match("event", f.data["event"], f.span)
            ev_iri = ev.iri
            if ev.how == "new":
                ev_iri = f"{DATA_IRI}event/{_slug(f.data['event'])}"
                name = literal(f.data["event"])
                b.add(
                    [
                        (iri(ev_iri), A, f"<{CG_IRI}Event>"),
                        (iri(ev_iri), PREF, name),
                        (iri(ev_iri), LABEL, name),
                    ]
                )
                index.add("event", ev_iri, [f.data["event"]])
                b.notes.append(f"event {f.data['event']!r}: not in the graph; new event <{ev_iri}>")
            if ev_iri:
                st = (iri(ev_iri), f"<{CG_IRI}partnerCountry>", iri(country.iri or ""))
                b.add([st])
                b.extraction("partner-country", f.span, statement=st)

    if b.ambiguous:
        raise AmbiguousMatch(b.ambiguous)
    if b.problems:
        raise DataError(b.problems, f"{len(b.problems)} problem(s) in the profile {p.file}")
    return SourceBatch(
        address=address,
        kind="profile",
        triples=list(dict.fromkeys(b.triples)),
        provenance=b.extractions,
        file=p.file,
        issued=p.date,
        decisions=b.decisions,
        notes=b.notes,
        warnings=list(p.warnings),
    )


def _post(b: _Builder, person: str, org: str, role: str, label: str, start: str | None) -> str:
    """A post of ``person`` at ``org``: the graph's own if it has exactly one, else a new one."""
    existing = b.index.facts.get(
        ("post", person, org, f"https://w3id.org/clustergraph/vocab/role/{role}"), set()
    )
    if len(existing) == 1:
        post = next(iter(existing))
        reused: str | None = post
    else:
        post = data_iri(
            "membership", f"{_id_of(person, 'person')}.{_id_of(org, 'org')}.{role}.{start or 'undated'}"
        )
        reused = None
        b.index.facts[("post", person, org, f"https://w3id.org/clustergraph/vocab/role/{role}")].add(post)
    b.add(
        post_triples(
            {
                "_iri": post,
                "person": Ref("people", _id_of(person, "person")),
                "organisation": Ref("organisations", _id_of(org, "org")),
                "role": role,
                "role_label": label,
                "start": start,
            }
        ),
        reused=reused,
    )
    return post


def load_profile(path: Path | str, index: EntityIndex, *, source_url: str | None = None) -> SourceBatch:
    """Read, parse and reconcile one profile file (see :func:`read_profile` for its address)."""
    profile, address = read_profile(path, source_url=source_url)
    return profile_batch(profile, index, address)


def read_profile(path: Path | str, *, source_url: str | None = None) -> tuple[Profile, str]:
    """Read and parse one profile file; return it with its source address.

    The address is ``source_url``, else the text's ``Quelle:``/``Source:`` line, else the
    file's ``file:`` IRI.
    """
    path = Path(path)
    profile = parse_profile(read_text(path, WHAT), str(path))
    if source_url is not None:
        try:
            check_iri(source_url)
        except ValueError as exc:
            raise DataError([Problem(str(path), None, None, source_url, str(exc))]) from None
        if profile.address and profile.address != source_url:
            profile.warnings.append(f"{path}: the text names {profile.address}; using the given {source_url}")
    return profile, source_url or profile.address or file_address(path)
