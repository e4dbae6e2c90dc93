"""Reconciliation: attach the names a source uses to the entities the graph already holds.

A name is compared with the names of the graph's entities of the same kind (organisations,
people, industries, countries, events) in tiers, and the first tier that finds anything
decides:

1. a decision of ``reconciliation.csv`` for that exact name (an ``alias`` row names the id);
2. the same name, ignoring case and spacing (``skos:prefLabel``, ``skos:altLabel``,
   ``cg:legalName``, ``rdfs:label``, ``foaf:name``);
3. the same *normalised* name (:func:`normalise`: case, umlauts and ß, accents, punctuation,
   legal-form suffixes such as e. V., GmbH, AG, ASBL, Ltd, a trailing "(now X)");
4. the same website host (``foaf:homepage``), when the source gives one.

One entity found: the name attaches to it. Several: the match is *ambiguous* and the caller
reports the candidates (:class:`~clustergraph.errors.AmbiguousMatch`); nothing is guessed.
None: the caller creates a new entity and says so.

>>> normalise("OptoNet e. V.") == normalise("OPTONET") == normalise("Optonet e.V.")
True
>>> normalise("Gesundheitsregion Süd GmbH (now Health Süd)")
'gesundheitsregion sued'
>>> index = EntityIndex()
>>> index.add("org", "https://w3id.org/clustergraph/id/org/optonet", ["OptoNet", "OptoNet e. V."])
>>> m = index.match("org", "Optonet e.V.")
>>> m.iri, m.how
('https://w3id.org/clustergraph/id/org/optonet', 'normalised')
>>> index.match("org", "Photonics Hub").how
'new'
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from clustergraph.model.namespaces import CG_IRI, DATA_GRAPH_IRI, DATA_IRI

#: Kinds of entities a name can be reconciled with.
KINDS = ("org", "person", "industry", "country", "event", "programme", "partnership", "place")

# Legal forms, as token sequences after normalisation (punctuation gone, lower case).
_LEGAL_FORMS: tuple[tuple[str, ...], ...] = tuple(
    tuple(form.split())
    for form in (
        "e v",
        "ev",
        "eingetragener verein",
        "gmbh und co kg",
        "gmbh co kg",
        "ag und co kg",
        "und co kg",
        "co kg",
        "ggmbh",
        "gmbh",
        "mbh",
        "kg",
        "ag",
        "se",
        "ug haftungsbeschraenkt",
        "ug",
        "eg",
        "kgaa",
        "asbl",
        "aisbl",
        "vzw",
        "ltd",
        "limited",
        "plc",
        "llc",
        "inc",
        "corp",
        "s a",
        "sa",
        "sas",
        "sarl",
        "s r l",
        "srl",
        "s p a",
        "spa",
        "b v",
        "bv",
        "n v",
        "nv",
        "a s",
        "as",
        "aps",
        "ab",
        "oy",
        "z s",
        "zs",
        "o p s",
        "sp z o o",
        "d o o",
        "doo",
        "kft",
    )
)
_RENAMED = re.compile(
    r"\(\s*+(?:now|jetzt|heute|today|formerly|ehemals|früher|vormals)\s*+:?\s*+([^()]*+)\)", re.IGNORECASE
)
_TITLES = re.compile(
    r"^(?:(?:Prof\.|Professor|Dr\.(?:-Ing\.)?|Dr\.\s?rer\.\s?\w+\.|Dipl\.-\w+\.?|PD|Mag\.|Ing\.|MBA|Ph\.\s?D\.)\s*)+"
)
_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "&": " und "})


def _tokens(text: str) -> list[str]:
    text = unicodedata.normalize("NFKC", text).casefold().translate(_UMLAUTS)
    text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return [("und" if t == "and" else t) for t in re.split(r"[^0-9a-z]+", text) if t]


def normalise(name: str, *, legal_forms: bool = True) -> str:
    """The comparison key of a name: lower case, umlauts spelled out, accents and punctuation
    gone, trailing legal forms and a "(now X)" remark removed.

    >>> normalise("Saxtronic Halbleiter GmbH & Co. KG")
    'saxtronic halbleiter'
    >>> normalise("Pôle Optitec")
    'pole optitec'
    """
    name = _RENAMED.sub(" ", name)
    tokens = _tokens(name)
    if legal_forms:
        changed = True
        while changed and tokens:
            changed = False
            for form in _LEGAL_FORMS:
                if len(tokens) > len(form) and tuple(tokens[-len(form) :]) == form:
                    tokens = tokens[: -len(form)]
                    changed = True
                    break
    return " ".join(tokens)


def name_keys(name: str) -> set[str]:
    """Every normalised key of a name: itself, and the "X" of a "(now X)" remark."""
    keys = {normalise(name)}
    for later in _RENAMED.findall(name):
        if later.strip():
            keys.add(normalise(later))
    return {k for k in keys if k}


def person_key(name: str) -> str:
    """The comparison key of a person's name: titles dropped, then normalised (no legal forms).

    >>> person_key("Prof. Dr. Jörg Müller") == person_key("Joerg Mueller")
    True
    """
    return normalise(_TITLES.sub("", name.strip()), legal_forms=False)


def split_title(name: str) -> tuple[str | None, str]:
    """Split academic titles off a person's name.

    >>> split_title("Prof. Dr. Anna Beispiel")
    ('Prof. Dr.', 'Anna Beispiel')
    >>> split_title("Anna Beispiel")
    (None, 'Anna Beispiel')
    """
    name = " ".join(name.split())
    m = _TITLES.match(name)
    if not m or not m.group().strip():
        return None, name
    return m.group().strip(), name[m.end() :].strip()


def website_host(value: str) -> str | None:
    """The host of a website (scheme and ``www.`` dropped), or None.

    >>> website_host("https://www.optonet-jena.de/en/")
    'optonet-jena.de'
    >>> website_host("lichtwerk.example.org")
    'lichtwerk.example.org'
    """
    value = value.strip()
    if not value:
        return None
    if "://" not in value:
        value = "http://" + value
    host = (urlsplit(value).hostname or "").casefold()
    host = host.removeprefix("www.")
    return host if "." in host else None


def _exact(name: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", name).split()).casefold()


@dataclass(frozen=True)
class Match:
    """The outcome of reconciling one name.

    ``how`` is ``decision``, ``exact``, ``normalised``, ``website`` (attached to ``iri``),
    ``ambiguous`` (see ``candidates``) or ``new`` (nothing found).
    """

    kind: str
    name: str
    how: str
    iri: str | None = None
    candidates: tuple[tuple[str, str], ...] = ()

    @property
    def attached(self) -> bool:
        return self.iri is not None

    @property
    def ambiguous(self) -> bool:
        return self.how == "ambiguous"


@dataclass(frozen=True)
class Decision:
    """A reconciliation decision, to be reviewed: a name seen in a source attached to an entity."""

    kind: str
    name: str
    iri: str
    how: str
    source: str

    @property
    def org_id(self) -> str | None:
        """The organisation id if the entity is an organisation of the project's IRIs."""
        prefix = DATA_IRI + "org/"
        return self.iri[len(prefix) :] if self.kind == "org" and self.iri.startswith(prefix) else None

    def reason(self) -> str:
        what = {
            "decision": "an earlier decision for the same name",
            "exact": "the same name (case and spacing aside)",
            "normalised": "the same name after normalisation (case, umlauts, punctuation, legal form)",
            "website": "the same website",
        }[self.how]
        return f"matched automatically: {what}"


@dataclass
class EntityIndex:
    """Names, keys and website hosts of the entities a source's names can attach to."""

    labels: dict[str, str] = field(default_factory=dict)
    kinds: dict[str, str] = field(default_factory=dict)
    names: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    _decisions: dict[tuple[str, str], str] = field(default_factory=dict)
    _exact: dict[tuple[str, str], set[str]] = field(default_factory=lambda: defaultdict(set))
    _keys: dict[tuple[str, str], set[str]] = field(default_factory=lambda: defaultdict(set))
    _hosts: dict[tuple[str, str], set[str]] = field(default_factory=lambda: defaultdict(set))
    #: Extra facts looked up by the loaders: posts by (person, org, role), awards, ...
    facts: dict[tuple[Any, ...], set[str]] = field(default_factory=lambda: defaultdict(set))
    #: Predicates each known node already has a value for (so a source does not add a second).
    has_value: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    #: Pairs of organisations a reviewed ``distinct`` decision keeps apart (``owl:differentFrom``), sorted.
    distinct: set[tuple[str, str]] = field(default_factory=set)
    #: The ``owl:sameAs`` links the graph holds already.
    same_as: list[tuple[str, str]] = field(default_factory=list)

    def add(
        self,
        kind: str,
        iri: str,
        names: Iterable[str],
        *,
        label: str | None = None,
        hosts: Iterable[str] = (),
    ) -> None:
        """Make an entity known under ``names`` (the first is its label unless ``label`` is given)."""
        names = [n for n in names if n and n.strip()]
        self.kinds[iri] = kind
        if iri not in self.labels or label:
            self.labels[iri] = label or (names[0] if names else iri)
        for n in names:
            self.names[iri].add(n)
            self._exact[(kind, _exact(n))].add(iri)
            keys = {person_key(n)} if kind == "person" else name_keys(n)
            for k in keys:
                self._keys[(kind, k)].add(iri)
        for h in hosts:
            host = website_host(h)
            if host:
                self._hosts[(kind, host)].add(iri)

    def add_decision(self, name: str, iri: str) -> None:
        """An explicit decision: the exact ``name`` means the organisation ``iri``."""
        self._decisions[("org", _exact(name))] = iri

    def website_owners(self, kind: str, website: str) -> set[str]:
        """The entities of ``kind`` whose website has the host of ``website``."""
        host = website_host(website)
        return set(self._hosts.get((kind, host), ())) if host else set()

    def knows(self, iri: str) -> bool:
        return iri in self.kinds

    def match(self, kind: str, name: str, *, website: str | None = None) -> Match:
        """Reconcile ``name`` (of an entity of ``kind``); see the module docstring for the tiers."""
        decided = self._decisions.get((kind, _exact(name)))
        if decided:
            return Match(kind, name, "decision", decided)
        keys = {person_key(name)} if kind == "person" else name_keys(name)
        tiers: list[tuple[str, set[str]]] = [
            ("exact", set(self._exact.get((kind, _exact(name)), ()))),
            ("normalised", set().union(*(self._keys.get((kind, k), set()) for k in keys))),
        ]
        host = website_host(website) if website else None
        if host:
            tiers.append(("website", set(self._hosts.get((kind, host), ()))))
        for how, found in tiers:
            if len(found) == 1:
                return Match(kind, name, how, next(iter(found)))
            if len(found) > 1:
                cands = tuple(sorted((iri, self.labels.get(iri, iri)) for iri in found))
                return Match(kind, name, "ambiguous", None, cands)
        return Match(kind, name, "new")

    # ------------------------------------------------------------------ sources of names

    def add_distinct(self, a: str, b: str) -> None:
        """A reviewed decision: organisations ``a`` and ``b`` are two, whatever a source says."""
        if a != b:
            self.distinct.add((min(a, b), max(a, b)))

    def add_decisions_file(self, path: Path) -> None:
        """Read the ``alias`` and ``distinct`` rows of a ``reconciliation.csv`` (if there is one)."""
        if not path.is_file():
            return
        text = path.read_text(encoding="utf-8-sig", errors="replace")
        for row in csv.DictReader(io.StringIO(text, newline="")):
            decision, org = (row.get("decision") or "").strip(), (row.get("id") or "").strip()
            if decision == "alias" and row.get("name") and org:
                self.add_decision(row["name"].strip(), f"{DATA_IRI}org/{org}")
            elif decision == "distinct" and org and (row.get("other") or "").strip():
                self.add_distinct(f"{DATA_IRI}org/{org}", f"{DATA_IRI}org/{row['other'].strip()}")

    @classmethod
    def from_store(cls, store: Any) -> EntityIndex:
        """The index of a pyoxigraph store (or :class:`~clustergraph.graph.store.GraphStore`)."""
        index = cls()
        index.load_store(store)
        return index

    def load_store(self, store: Any) -> None:
        """Add the entities of a pyoxigraph store (its data graph)."""
        import pyoxigraph as ox

        inner = getattr(store, "store", store)
        data = ox.NamedNode(DATA_GRAPH_IRI)

        def rows(query: str) -> Iterable[Any]:
            return inner.query(_PREFIXES + query, default_graph=data)

        by_entity: dict[tuple[str, str], list[str]] = defaultdict(list)
        prefs: dict[str, str] = {}
        for sol in rows(_NAMES_QUERY):
            kind, s, name = sol["kind"].value, sol["s"].value, sol["name"].value
            by_entity[(kind, s)].append(name)
            if sol["pref"] is not None and s not in prefs:
                prefs[s] = sol["pref"].value
        hosts: dict[str, list[str]] = defaultdict(list)
        for sol in rows("SELECT DISTINCT ?s ?h WHERE { ?s a cg:Organisation ; foaf:homepage ?h }"):
            hosts[sol["s"].value].append(sol["h"].value)
        for (kind, s), names in by_entity.items():
            self.add(kind, s, names, label=prefs.get(s), hosts=hosts.get(s, ()))
        for sol in rows(_POSTS_QUERY):
            self.facts[("post", sol["p"].value, sol["o"].value, sol["r"].value)].add(sol["m"].value)
        for sol in rows(_AWARDS_QUERY):
            date = sol["d"].value if sol["d"] is not None else ""
            self.facts[("award", sol["o"].value, sol["l"].value, date[:4])].add(sol["a"].value)
        for sol in rows(_FUNCTIONAL_QUERY):
            self.has_value[sol["s"].value].add(sol["p"].value)
        for sol in rows(_PARTICIPATIONS_QUERY):
            self.facts[("participation", sol["e"].value, sol["a"].value)].add(sol["p"].value)
        for sol in rows(_EVENT_DAYS_QUERY):
            self.facts[("event-on", sol["d"].value[:10])].add(sol["e"].value)
            if sol["p"] is not None:
                self.facts[("event-programme", sol["e"].value)].add(sol["p"].value)
        for sol in rows(
            "SELECT DISTINCT ?a ?b WHERE { ?a owl:differentFrom ?b FILTER(isIRI(?a) && isIRI(?b)) }"
        ):
            self.add_distinct(sol["a"].value, sol["b"].value)
        for sol in rows("SELECT DISTINCT ?a ?b WHERE { ?a owl:sameAs ?b FILTER(isIRI(?a) && isIRI(?b)) }"):
            self.same_as.append((sol["a"].value, sol["b"].value))


_PREFIXES = f"""PREFIX cg: <{CG_IRI}>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX foaf: <http://xmlns.com/foaf/0.1/>
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX owl: <http://www.w3.org/2002/07/owl#>
"""

_NAMES_QUERY = f"""
SELECT DISTINCT ?kind ?s ?name ?pref WHERE {{
  {{ ?s a cg:Organisation . BIND("org" AS ?kind)
     ?s skos:prefLabel|skos:altLabel|cg:legalName|rdfs:label ?name .
     OPTIONAL {{ ?s skos:prefLabel ?pref }} }}
  UNION {{ ?s a foaf:Person . BIND("person" AS ?kind) ?s foaf:name|rdfs:label ?name .
     OPTIONAL {{ ?s foaf:name ?pref }} }}
  UNION {{ ?s skos:inScheme <{DATA_IRI}industry/scheme> . BIND("industry" AS ?kind)
     ?s skos:prefLabel|skos:altLabel ?name .
     OPTIONAL {{ ?s skos:prefLabel ?pref FILTER(lang(?pref) = "en") }} }}
  UNION {{ ?s a cg:Country . BIND("country" AS ?kind) ?s skos:prefLabel|skos:altLabel|cg:isoCode ?name .
     OPTIONAL {{ ?s skos:prefLabel ?pref FILTER(lang(?pref) = "en") }} }}
  UNION {{ ?s a cg:Event . BIND("event" AS ?kind) ?s skos:prefLabel|skos:altLabel|rdfs:label ?name .
     OPTIONAL {{ ?s skos:prefLabel ?pref }} }}
  UNION {{ ?s a cg:Programme . BIND("programme" AS ?kind) ?s skos:prefLabel|skos:altLabel|rdfs:label ?name .
     OPTIONAL {{ ?s skos:prefLabel ?pref }} }}
  UNION {{ ?s a cg:Partnership . BIND("partnership" AS ?kind)
     ?s skos:prefLabel|skos:altLabel|rdfs:label ?name .
     OPTIONAL {{ ?s skos:prefLabel ?pref }} }}
  UNION {{ ?s a cg:Region . FILTER NOT EXISTS {{ ?s a cg:Country }} BIND("place" AS ?kind)
     ?s skos:prefLabel|skos:altLabel ?name .
     OPTIONAL {{ ?s skos:prefLabel ?pref FILTER(lang(?pref) = "en") }} }}
}}"""

_POSTS_QUERY = """
SELECT DISTINCT ?m ?p ?o ?r WHERE { ?m a org:Membership ; org:member ?p ; org:organization ?o ; org:role ?r .
  ?p a foaf:Person }"""

_AWARDS_QUERY = """
SELECT DISTINCT ?a ?o ?l ?d WHERE { ?a a cg:LabelAward ; cg:awardedTo ?o ; cg:labelLevel ?l .
  OPTIONAL { ?a cg:awardDate ?d } }"""

#: Who took part in which event (any role), so that a source does not add a second participation.
_PARTICIPATIONS_QUERY = """
SELECT DISTINCT ?p ?e ?a WHERE { ?p a cg:Participation ; cg:event ?e ; cg:agent ?a }"""

#: Events by their first day, with the programmes they belong to or are organised by.
_EVENT_DAYS_QUERY = """
SELECT DISTINCT ?e ?d ?p WHERE { ?e a cg:Event ; cg:startDate ?d .
  OPTIONAL { ?e cg:withinProgramme|cg:organiser ?p . ?p a cg:Programme } }"""

# Predicates that take one value (the shapes' sh:maxCount 1) on nodes a source may attach to.
_FUNCTIONAL_QUERY = """
SELECT DISTINCT ?s ?p WHERE {
  VALUES ?p { cg:roleLabel org:memberDuring cg:awardDate cg:labelScheme cg:awardingBody
              cg:sortDate cg:sortEndDate skos:prefLabel foaf:name
              cg:startDate cg:endDate cg:online cg:place cg:venue foaf:title }
  ?s ?p ?o }"""
