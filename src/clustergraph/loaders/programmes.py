"""Programme participation: the one model of organisations taking part in programmes.

An organisation takes part in a programme in a role (``cgv:programme-role/``): a member of
go-cluster, a winner of a Spitzencluster round, a platform of the Cluster-Offensive Bayern, a
project funded by a call (``programme_participations.csv``), or the coordinator or a partner of
a partnership within the programme (a Eurocluster, an ESCP, an Interreg project: the members of
``partnership_members.csv`` whose partnership names a ``programme``). Both become a
``cg:ProgrammeParticipation`` with ``cg:member``, ``cg:programme``, ``cg:programmeRole`` and, where
known, ``cg:cohort`` (the round or the partnership it belongs to), its dates and
``cg:membershipBasis``. The row function of the table is here; the participations of
partnership members are written by :func:`clustergraph.loaders.triples.partnership_member_triples`
once :func:`link_programmes` has told each member row its partnership's programme.
"""

from __future__ import annotations

from collections.abc import Iterator

from clustergraph.errors import Problem
from clustergraph.loaders.columns import Ref
from clustergraph.loaders.terms import date_literal, iri, literal
from clustergraph.loaders.triples import (
    COMMENT,
    ORG,
    A,
    Fact,
    Row,
    cg,
    data_iri,
    ref_iri,
    sort_dates,
    vocab_iri,
)
from clustergraph.model import vocab

#: The date columns of a participation, their properties, and the order in which they give its sort date.
DATE_COLUMNS = (
    ("admitted", "admissionDate"),
    ("awarded", "awardDate"),
    ("start", "startDate"),
    ("attested", "attestedOn"),
    ("end", "endDate"),
)


def participation_iri(organisation: str, programme: str, role: str, cohort: str | None) -> str:
    """The IRI (text) of a programme participation.

    A member keeps the IRI programme memberships always had; every other role names its role
    and, if known, its cohort.

    >>> participation_iri("optonet", "go-cluster", "member", None)
    'https://w3id.org/clustergraph/id/programme-membership/optonet.go-cluster'
    >>> participation_iri("biorn", "spitzencluster", "winner", "spitzencluster-runde-1")
    'https://w3id.org/clustergraph/id/programme-participation/biorn.spitzencluster.winner.spitzencluster-runde-1'
    """
    if role == "member" and not cohort:
        return data_iri("programme-membership", f"{organisation}.{programme}")
    tail = f".{cohort}" if cohort else ""
    return data_iri("programme-participation", f"{organisation}.{programme}.{role}{tail}")


def participation_row_iri(row: Row) -> str:
    """The IRI of a row of ``programme_participations.csv``."""
    cohort = row.get("cohort")
    return participation_iri(
        row["organisation"].id, row["programme"].id, row["role"], cohort.id if cohort else None
    )


def programme_participation_triples(row: Row) -> Iterator[Fact]:
    """A row of ``programme_participations.csv`` → its participation.

    >>> facts = list(programme_participation_triples({"_iri": "https://w3id.org/clustergraph/id/x",
    ...     "organisation": Ref("organisations", "a"), "programme": Ref("programmes", "p"),
    ...     "role": "winner", "cohort": Ref("partnerships", "round-1"), "awarded": "2008-09-02",
    ...     "basis": "stated"}))
    >>> sorted({f[3] for f in facts})
    ['awarded', 'basis', 'cohort', 'organisation', 'programme', 'role']
    """
    s = iri(row["_iri"])
    member = ref_iri(row["organisation"])
    yield s, A, cg("ProgrammeParticipation"), "organisation"
    if row["role"] == "member":
        yield s, A, cg("ProgrammeMembership"), "role"
    yield s, cg("member"), member, "organisation"
    yield s, cg("programme"), ref_iri(row["programme"]), "programme"
    yield s, cg("programmeRole"), iri(vocab_iri("programme-role", row["role"])), "role"
    if row.get("cohort"):
        cohort = ref_iri(row["cohort"])
        yield s, cg("cohort"), cohort, "cohort"
        yield cohort, iri(ORG + "hasMember"), member, "cohort"
    for column, prop in DATE_COLUMNS:
        if row.get(column):
            yield s, cg(prop), date_literal(row[column]), column
    yield from sort_dates(s, row, "admitted", "awarded", "start", "attested", end="end")
    yield s, cg("membershipBasis"), literal(row["basis"]), "basis"
    if row.get("note"):
        yield s, COMMENT, literal(row["note"]), "note"


def link_programmes(rows: dict[str, list[Row]]) -> None:
    """Tell each member of a partnership within a programme its programme and participation.

    Sets ``_programme`` (a reference to the programme) and ``_participation_iri`` on the row,
    and cites, for the participation's programme (the ``_programme`` citation), the pages of the
    partnership row that state its programme; they join the member row's pages (its record).
    """
    partnerships = {r["id"]: r for r in rows.get("partnerships", ())}
    for row in rows.get("partnership_members", ()):
        part = partnerships.get(row["partnership"].id)
        if part is None or part.get("programme") is None:
            continue
        programme = part["programme"]
        role = vocab.PROGRAMME_ROLE_OF_PARTNER_ROLE[row["role"]]
        row["_programme"] = programme
        row["_participation_iri"] = participation_iri(
            row["organisation"].id, programme.id, role, row["partnership"].id
        )
        stated = part["cites"].get("programme", tuple(part["sources"]))
        row["cites"] = {**row["cites"], "_programme": tuple(stated)}
        extra = stated or part["_pages"]
        row["_pages"] = tuple(dict.fromkeys([*row["_pages"], *extra]))


def programme_problems(parsed: dict[str, list[Row]]) -> list[Problem]:
    """A participation's cohort must be a partnership within the participation's programme."""
    problems: list[Problem] = []
    within = {
        r["id"]: (r["programme"].id if r.get("programme") else None)
        for r in parsed.get("partnerships", ())
        if not r["_bad"]
    }
    for row in parsed.get("programme_participations", ()):
        cohort: Ref | None = row.get("cohort")
        if row["_bad"] or cohort is None or cohort.id not in within:
            continue
        programme = row["programme"].id
        if within[cohort.id] != programme:
            stated = within[cohort.id]
            problems.append(
                Problem(
                    row["_file"],
                    int(row.get("_lines", {}).get("cohort", row["_line"])),
                    "cohort",
                    cohort.id,
                    f"a partnership within the programme {programme!r} (its programme column says "
                    + (f"{stated!r})" if stated else "nothing)"),
                )
            )
            row["_bad"] = True
    return problems
