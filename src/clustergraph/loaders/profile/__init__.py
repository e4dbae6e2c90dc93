"""Profile texts: a cluster management introduces itself → persons, posts, the cluster, facts.

The format is go-cluster's monthly series ("Clustermanagements stellen sich vor"): free text
(a date line, a title, an introduction), a header block of ``Field: value`` lines, then an
interview. German is the main case, English works the same way:

=================  =====================  ======================================================
German             English                becomes
=================  =====================  ======================================================
``Name``           ``Name``               persons (several joined by "und"/"and"/","); titles
                                          (Dr., Prof.) go to ``foaf:title``
``Funktion``       ``Function``           each person's post (``org:Membership``, ``org:role``
                                          from the wording, ``cg:roleLabel`` as written)
``Cluster``        ``Cluster``            the cluster organisation (reconciled with the graph)
``Branche``        ``Industry``           ``cg:industry`` (must be an industry of the graph)
``im Cluster seit````In the cluster since`` one year per person, same order: a ``staff`` post
                                          starting that year (as the tables record it)
``Quelle``/``Datum`` ``Source``/``Date``  the profile's address and date (a date alone on a
                                          line before the header counts too)
=================  =====================  ======================================================

Beyond the header, :func:`parse_profile` finds what the text states in a clear pattern:
a dual leadership since a year (the posts' start), member counts ("mehr als 120
Mitgliedsorganisationen": a ``cg:CountObservation`` dated with the profile), a label obtained
in a year (a ``cg:LabelAward``; "im letzten Jahr" counts from the profile's date) and an
event's partner country (``cg:partnerCountry``). Every fact gets a ``cg:TextExtraction``
with the rule, the character offsets and the wording it came from.

- :mod:`.fields` — the header fields and roles a profile knows; :class:`Profile` and its spans
- :mod:`.parse` — :func:`parse_profile`: the header block, the date and the address
- :mod:`.findings` — what the text states in a clear pattern
- :mod:`.statements` — :func:`profile_batch`: reconciled with the graph, as triples

Parsing is pure (:func:`parse_profile`: text → :class:`Profile`); :func:`profile_batch`
reconciles it with an :class:`~clustergraph.loaders.reconcile.EntityIndex` and makes the triples;
:func:`load_profile` does both for a file. All problems of a file are reported together
(:class:`~clustergraph.errors.DataError`) and nothing of it is loaded.

>>> p = parse_profile("Name: Dr. Ada Muster und Bo Beispiel\\nFunktion: Geschäftsführer\\n"
...     "Cluster: Nordlicht e. V.\\nBranche: Photonik\\nim Cluster seit: 2010 und 2019\\n")
>>> [(x.title, x.name) for x in p.persons], [r.role for r in p.functions], p.since_years
([('Dr.', 'Ada Muster'), (None, 'Bo Beispiel')], ['managing-director'], ['2010', '2019'])
"""

from clustergraph.loaders.profile.fields import (
    FIELDS,
    ROLE_PATTERNS,
    WHAT,
    Finding,
    Function,
    Person,
    Profile,
    Span,
    parse_date,
    role_of,
)
from clustergraph.loaders.profile.parse import parse_profile
from clustergraph.loaders.profile.statements import load_profile, profile_batch, read_profile

__all__ = [
    "FIELDS",
    "ROLE_PATTERNS",
    "WHAT",
    "Finding",
    "Function",
    "Person",
    "Profile",
    "Span",
    "load_profile",
    "parse_date",
    "parse_profile",
    "profile_batch",
    "read_profile",
    "role_of",
]
