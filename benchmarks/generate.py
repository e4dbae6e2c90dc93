"""Synthetic clustergraph input data at any size, for the scale benchmarks.

Writes the same CSV files as ``data/`` (see ``docs/model.md``: same file names, same
headers, ids as lower-case slugs, ` | ` as the only list separator, ISO 8601 dates at
mixed precision, every row citing one or two pages with ``sources``, ``cites`` and
``context`` in the shares of the real data), filled with clearly synthetic
names (``Synthetic Cluster 00042 e. V.``, ``Person 01234``) and synthetic source
addresses (``https://example.org/synthetic/source/123``)::

    python benchmarks/generate.py --out /tmp/synth --triples 1000000 [--seed 1]
    python benchmarks/generate.py --out /tmp/synth --organisations 200

The proportions follow the design's 1M-triple graph (DESIGN.md, "Performance"): per
organisation about 0.1 clusters, 0.5 people and 1.5 memberships (posts and partnership
members), plus partnerships, label awards, programme memberships, counts, events,
regions (the 16 Länder, about 30 countries, a few real subdivisions and synthetic cities
such as ``de-synthcity-0001``) and 50 industries.

Every reference resolves, the output is a pure function of (size, seed), and rows are
streamed to disk: only small per-table key sets are kept in memory.

``--triples N`` picks the number of organisations as ``N / TRIPLES_PER_ORGANISATION``;
that constant was calibrated against the real build (``clustergraph.graph.build.build``,
counting quads in the store, provenance included) — see ``benchmarks/README.md``.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import random
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from clustergraph.model import vocab

# Quads in the built store per generated organisation (all tables, provenance and the
# ontology graph included). Calibrated with `benchmarks/bench_build.py --calibrate`.
TRIPLES_PER_ORGANISATION = 195.0

SEP = " | "
SOURCE_BASE = "https://example.org/synthetic/source/"

# ---------------------------------------------------------------------------
# File layout: the contract of docs/model.md (file name -> header)
# ---------------------------------------------------------------------------

HEADERS: dict[str, list[str]] = {
    "organisations.csv": [
        "id",
        "name",
        "legal_name",
        "org_type",
        "org_type_basis",
        "city",
        "regions",
        "country",
        "website",
        "founded",
        "industries",
        "note",
        "sources",
    ],
    "reconciliation.csv": ["name", "id", "decision", "other", "reason", "sources"],
    "people.csv": ["id", "name", "title", "note", "sources"],
    "posts.csv": [
        "person",
        "organisation",
        "role",
        "role_label",
        "start",
        "end",
        "attested",
        "succeeds",
        "note",
        "sources",
    ],
    "label_awards.csv": [
        "organisation",
        "scheme",
        "level",
        "awarding_body",
        "date",
        "valid_until",
        "sequence",
        "note",
        "sources",
    ],
    "prize_awards.csv": [
        "organisation",
        "prize",
        "awarded_by",
        "date",
        "project",
        "note",
        "sources",
    ],
    "programmes.csv": [
        "id",
        "name",
        "owner",
        "level",
        "start",
        "end",
        "website",
        "note",
        "sources",
    ],
    "programme_participations.csv": [
        "organisation",
        "programme",
        "role",
        "admitted",
        "attested",
        "end",
        "basis",
        "note",
        "sources",
    ],
    "partnerships.csv": [
        "id",
        "name",
        "kind",
        "fields",
        "field_label",
        "programme",
        "start",
        "end",
        "grant_agreement",
        "note",
        "sources",
    ],
    "partnership_members.csv": [
        "partnership",
        "organisation",
        "role",
        "start",
        "end",
        "note",
        "sources",
    ],
    "relations.csv": ["subject", "relation", "object", "date", "note", "sources"],
    "events.csv": [
        "id",
        "name",
        "series",
        "start",
        "end",
        "place",
        "venue",
        "online",
        "organisers",
        "partner_country",
        "note",
        "sources",
    ],
    "event_participants.csv": ["event", "participant", "role", "note", "sources"],
    "counts.csv": [
        "subject",
        "counted",
        "value",
        "qualifier",
        "date",
        "note",
        "sources",
    ],
    "grants.csv": [
        "recipient",
        "funder",
        "programme",
        "amount",
        "currency",
        "date",
        "purpose",
        "note",
        "sources",
    ],
    "industries.csv": [
        "id",
        "label_en",
        "label_de",
        "broader",
        "nace",
        "aliases",
        "sources",
    ],
    "regions.csv": [
        "id",
        "type",
        "name",
        "name_en",
        "parent",
        "iso_code",
        "nuts",
        "geonames",
        "lat",
        "lon",
        "sources",
    ],
    "sources.csv": ["id", "url", "title", "publisher", "taken"],
}
# every fact table ends with the citation columns (docs/model.md, "Sources and citations")
for _name, _header in HEADERS.items():
    if _header[-1] == "sources":
        _header += ["cites", "context"]

# How a row cites its pages, with the shares measured on the real data/ (2,349 rows): most rows
# cite every fact with `sources`, some name pages per column (`cites`), some add pages that state
# none of the facts (`context`), and a few have record-level pages only (no fact-level source).
CITATION_PATTERNS = [  # (sources, cites, context) present, share
    ((True, False, False), 0.71),
    ((True, False, True), 0.11),
    ((False, True, False), 0.08),
    ((True, True, False), 0.035),
    ((False, False, True), 0.028),
    ((False, True, True), 0.027),
    ((True, True, True), 0.01),
]

# ---------------------------------------------------------------------------
# Real reference data (regions, NACE codes) and vocabularies (docs/model.md)
# ---------------------------------------------------------------------------

# id, German name, English name, NUTS-1, lat, lon
LAENDER = [
    ("DE-BW", "Baden-Württemberg", "Baden-Württemberg", "DE1", 48.66, 9.35),
    ("DE-BY", "Bayern", "Bavaria", "DE2", 48.79, 11.50),
    ("DE-BE", "Berlin", "Berlin", "DE3", 52.52, 13.40),
    ("DE-BB", "Brandenburg", "Brandenburg", "DE4", 52.41, 12.53),
    ("DE-HB", "Bremen", "Bremen", "DE5", 53.08, 8.80),
    ("DE-HH", "Hamburg", "Hamburg", "DE6", 53.55, 9.99),
    ("DE-HE", "Hessen", "Hesse", "DE7", 50.65, 9.16),
    ("DE-MV", "Mecklenburg-Vorpommern", "Mecklenburg-Western Pomerania", "DE8", 53.61, 12.43),
    ("DE-NI", "Niedersachsen", "Lower Saxony", "DE9", 52.64, 9.85),
    ("DE-NW", "Nordrhein-Westfalen", "North Rhine-Westphalia", "DEA", 51.43, 7.66),
    ("DE-RP", "Rheinland-Pfalz", "Rhineland-Palatinate", "DEB", 50.12, 7.31),
    ("DE-SL", "Saarland", "Saarland", "DEC", 49.40, 6.95),
    ("DE-SN", "Sachsen", "Saxony", "DED", 51.10, 13.20),
    ("DE-ST", "Sachsen-Anhalt", "Saxony-Anhalt", "DEE", 51.95, 11.69),
    ("DE-SH", "Schleswig-Holstein", "Schleswig-Holstein", "DEF", 54.22, 9.70),
    ("DE-TH", "Thüringen", "Thuringia", "DEG", 50.90, 11.04),
]

# ISO alpha-2, English name, lat, lon (DE first)
COUNTRIES = [
    ("DE", "Deutschland", 51.16, 10.45),
    ("AT", "Austria", 47.52, 14.55),
    ("CH", "Switzerland", 46.82, 8.23),
    ("FR", "France", 46.23, 2.21),
    ("IT", "Italy", 41.87, 12.57),
    ("ES", "Spain", 40.46, -3.75),
    ("PT", "Portugal", 39.40, -8.22),
    ("NL", "Netherlands", 52.13, 5.29),
    ("BE", "Belgium", 50.50, 4.47),
    ("LU", "Luxembourg", 49.82, 6.13),
    ("DK", "Denmark", 56.26, 9.50),
    ("SE", "Sweden", 60.13, 18.64),
    ("FI", "Finland", 61.92, 25.75),
    ("NO", "Norway", 60.47, 8.47),
    ("PL", "Poland", 51.92, 19.15),
    ("CZ", "Czechia", 49.82, 15.47),
    ("SK", "Slovakia", 48.67, 19.70),
    ("HU", "Hungary", 47.16, 19.50),
    ("SI", "Slovenia", 46.15, 14.99),
    ("HR", "Croatia", 45.10, 15.20),
    ("RO", "Romania", 45.94, 24.97),
    ("BG", "Bulgaria", 42.73, 25.49),
    ("GR", "Greece", 39.07, 21.82),
    ("IE", "Ireland", 53.41, -8.24),
    ("EE", "Estonia", 58.60, 25.01),
    ("LV", "Latvia", 56.88, 24.60),
    ("LT", "Lithuania", 55.17, 23.88),
    ("IS", "Iceland", 64.96, -19.02),
    ("MT", "Malta", 35.94, 14.38),
    ("CY", "Cyprus", 35.13, 33.43),
    ("GB", "United Kingdom", 55.38, -3.44),
]

# id, name, English name, parent country, NUTS code, lat, lon
SUBDIVISIONS = [
    ("ES-CT", "Catalunya", "Catalonia", "ES", "ES51", 41.59, 1.52),
    ("ES-PV", "País Vasco", "Basque Country", "ES", "ES21", 43.04, -2.62),
    ("FR-ARA", "Auvergne-Rhône-Alpes", "Auvergne-Rhône-Alpes", "FR", "FRK", 45.45, 4.39),
    ("FR-IDF", "Île-de-France", "Île-de-France", "FR", "FR1", 48.85, 2.35),
    ("IT-25", "Lombardia", "Lombardy", "IT", "ITC4", 45.48, 9.19),
    ("IT-21", "Piemonte", "Piedmont", "IT", "ITC1", 45.05, 7.67),
    ("AT-9", "Wien", "Vienna", "AT", "AT13", 48.21, 16.37),
    ("AT-4", "Oberösterreich", "Upper Austria", "AT", "AT31", 48.03, 13.97),
    ("NL-NB", "Noord-Brabant", "North Brabant", "NL", "NL41", 51.56, 5.08),
    ("PL-14", "Mazowieckie", "Masovia", "PL", "PL9", 52.23, 21.01),
    ("DK-84", "Hovedstaden", "Capital Region of Denmark", "DK", "DK01", 55.68, 12.57),
    ("FI-18", "Uusimaa", "Uusimaa", "FI", "FI1B", 60.21, 24.66),
]

NACE = [
    "26.70",
    "26.11",
    "21.20",
    "29.10",
    "30.30",
    "62.01",
    "72.19",
    "35.11",
    "10.89",
    "13.96",
    "20.14",
    "22.21",
    "24.10",
    "25.62",
    "27.11",
    "28.22",
    "32.50",
    "33.16",
    "41.20",
    "43.21",
    "46.46",
    "49.41",
    "52.10",
    "58.29",
    "61.10",
    "63.11",
    "71.12",
    "86.10",
    "01.11",
    "03.11",
]

ORG_TYPES_OTHER = [  # (code, share among non-cluster organisations, name pattern)
    ("company", 0.62, "Synthetic Company {n} GmbH"),
    ("research", 0.14, "Synthetic Research Institute {n}"),
    ("association", 0.07, "Synthetic Association {n} e. V."),
    ("network", 0.06, "Synthetic Network {n}"),
    ("agency", 0.04, "Synthetic Agency {n}"),
    ("public-authority", 0.04, "Synthetic City Council {n}"),
    ("other", 0.03, "Synthetic Organisation {n}"),
]
POST_ROLES = [  # (role code, German role label)
    ("managing-director", "Geschäftsführerin"),
    ("cluster-manager", "Clustermanager"),
    ("deputy-cluster-manager", "stellv. Clustermanagerin"),
    ("head", "Leiter der Geschäftsstelle"),
    ("chair", "Vorstandsvorsitzender"),
    ("vice-chair", "stellv. Vorsitzende"),
    ("board-member", "Vorstandsmitglied"),
    ("spokesperson", "Sprecher"),
    ("advisory-board-spokesperson", "Sprecherin des Beirats"),
    ("founder", "Gründer"),
    ("staff", "Projektmanagerin"),
    ("programme-manager", "Programmmanager"),
    ("officer", "Referentin"),
    ("president", "Präsident"),
    ("director", "Direktorin"),
    ("representative", "Vertreter"),
]
CLUSTER_ROLES = [
    "chair",
    "vice-chair",
    "board-member",
    "board-member",
    "spokesperson",
    "staff",
    "staff",
    "deputy-cluster-manager",
    "advisory-board-spokesperson",
    "founder",
    "head",
]
OTHER_ROLES = [
    "representative",
    "director",
    "president",
    "officer",
    "managing-director",
    "programme-manager",
]
NAME_PATTERN = {t: pattern for t, _, pattern in ORG_TYPES_OTHER}
ROLE_LABEL = dict(POST_ROLES)
TITLES = ["Dr.", "Prof. Dr.", "Dr.-Ing.", "Prof."]
PARTNERSHIP_KINDS = [
    ("eurocluster", 0.15),
    ("escp", 0.15),
    ("project", 0.4),
    ("mou", 0.15),
    ("programme-cohort", 0.1),
    ("bilateral", 0.05),
]
RELATIONS = list(vocab.RELATIONS)
PARTICIPATION_ROLES = list(vocab.PARTICIPATION_ROLES)
COUNT_KINDS_ORG = ["members", "founding-members", "member-companies", "partners"]
COUNT_KINDS_EVENT = ["participants", "presentations", "exhibitors", "countries"]
COUNT_KINDS_PROGRAMME = ["clusters", "members", "events"]
COUNT_KINDS_SCHEME = ["bronze-labels", "silver-labels", "gold-labels"]
QUALIFIERS = [
    ("exact", 0.6),
    ("about", 0.2),
    ("more-than", 0.1),
    ("at-least", 0.04),
    ("almost", 0.03),
    ("fewer-than", 0.03),
]
N_INDUSTRIES = 50
N_TOP_INDUSTRIES = 10


def _rng(seed: int, name: str) -> random.Random:
    """One independent, reproducible random stream per table."""
    digest = hashlib.sha256(f"{seed}:{name}".encode()).digest()
    return random.Random(int.from_bytes(digest[:8], "big"))


def _weighted(rng: random.Random, pairs: list[tuple[str, float]]) -> str:
    r = rng.random()
    acc = 0.0
    for value, weight in pairs:
        acc += weight
        if r < acc:
            return value
    return pairs[-1][0]


def _date(rng: random.Random, year: int, precision: str | None = None) -> str:
    """An ISO date in ``year`` at year, month or day precision (mixed by default)."""
    if precision is None:
        r = rng.random()
        precision = "year" if r < 0.4 else "month" if r < 0.7 else "day"
    if precision == "year":
        return f"{year:04d}"
    month = rng.randint(1, 12)
    if precision == "month":
        return f"{year:04d}-{month:02d}"
    return f"{year:04d}-{month:02d}-{rng.randint(1, 28):02d}"


class Plan:
    """Sizes of every table and the id scheme, all derived from the organisation count."""

    def __init__(self, organisations: int, seed: int = 1):
        if organisations < 50:
            raise ValueError("need at least 50 organisations")
        self.seed = seed
        o = self.organisations = organisations
        # special bodies first: label bodies, ministries (programme owners, funders)
        self.n_label_bodies = 2
        self.n_ministries = 4 + o // 10_000
        self.n_clusters = max(5, round(o * 0.07))  # org_type cluster
        self.n_cluster_mgmt = max(2, round(o * 0.03))  # org_type cluster-management
        self.first_cluster = self.n_label_bodies + self.n_ministries
        self.end_cluster = self.first_cluster + self.n_clusters + self.n_cluster_mgmt
        self.people = max(20, round(o * 0.507))
        self.partnerships = max(3, round(o * 0.07))  # ~11 members each
        self.programmes = 6 + o // 2_000
        self.events = max(5, round(o * 0.012))
        self.n_cities = max(20, o // 50)
        self.sources = max(20, o // 2)
        self.w_org = max(5, len(str(o)))
        self.w_person = max(5, len(str(self.people)))
        self.w_pship = max(5, len(str(self.partnerships)))
        self.w_event = max(4, len(str(self.events)))
        self.w_city = max(4, len(str(self.n_cities)))
        self.w_source = max(5, len(str(self.sources)))
        # countries used for foreign cities (not DE)
        self.foreign = [c for c, *_ in COUNTRIES if c != "DE"]
        self.cities_by_country: dict[str, list[int]] = {}
        for i in range(1, self.n_cities + 1):
            self.cities_by_country.setdefault(self.city_country(i), []).append(i)

    # ids -------------------------------------------------------------------
    def org(self, i: int) -> str:
        return f"synthetic-org-{i:0{self.w_org}d}"

    def person(self, i: int) -> str:
        return f"synthetic-person-{i:0{self.w_person}d}"

    def partnership(self, i: int) -> str:
        return f"synthetic-partnership-{i:0{self.w_pship}d}"

    def programme(self, i: int) -> str:
        return f"synthetic-programme-{i:03d}"

    def event(self, i: int) -> str:
        return f"synthetic-event-{i:0{self.w_event}d}"

    def industry(self, i: int) -> str:
        return f"synthetic-industry-{i:02d}"

    def city(self, i: int) -> str:
        """City i: two thirds in Germany (spread over the Länder), the rest abroad."""
        cc = "de" if i % 3 else self.foreign[i % len(self.foreign)].lower()
        return f"{cc}-synthcity-{i:0{self.w_city}d}"

    def city_country(self, i: int) -> str:
        return "DE" if i % 3 else self.foreign[i % len(self.foreign)]

    def city_parent(self, i: int) -> str:
        if i % 3:
            return LAENDER[i % len(LAENDER)][0]
        cc = self.foreign[i % len(self.foreign)]
        subs = [s for s in SUBDIVISIONS if s[3] == cc]
        return subs[i % len(subs)][0] if subs and i % 2 else cc

    def source(self, i: int) -> str:
        """The id of source page i (``sources.csv``: ``id``)."""
        return f"synthetic-source-{i:0{self.w_source}d}"

    def source_url(self, i: int) -> str:
        return f"{SOURCE_BASE}{i}"

    # picks -----------------------------------------------------------------
    def is_cluster(self, i: int) -> bool:
        return self.first_cluster <= i < self.end_cluster

    def any_org(self, rng: random.Random) -> int:
        return rng.randrange(self.first_cluster, self.organisations)

    def cluster_org(self, rng: random.Random) -> int:
        return rng.randrange(self.first_cluster, self.end_cluster)

    def ministry(self, rng: random.Random) -> int:
        return self.n_label_bodies + rng.randrange(self.n_ministries)

    def sources_cell(self, rng: random.Random, key: int | None = None) -> str:
        """One source (one row in ten: two). ``key`` keeps an entity's rows on nearby pages."""
        if key is None:
            first = rng.randrange(1, self.sources + 1)
        else:  # sources cluster around the entity, like a real site's pages about it
            first = 1 + (key * 7 + rng.randrange(4)) % self.sources
        if rng.random() < 0.1:
            second = rng.randrange(1, self.sources + 1)
            if second != first:
                return f"{self.source(first)}{SEP}{self.source(second)}"
        return self.source(first)


class _CitingWriter:
    """A CSV writer for a fact table: the row's last cell (its pages, as ``sources_cell`` makes
    them) becomes the three citation cells ``sources``, ``cites``, ``context``."""

    def __init__(self, writer, header: list[str], p: Plan, rng: random.Random):
        self.writer, self.p, self.rng = writer, p, rng
        self.columns = header[:-3]

    def writerow(self, row: list) -> None:
        *cells, pages = row
        self.writer.writerow([*cells, *self.citations([c != "" for c in cells], pages)])

    def citations(self, filled: list[bool], pages: str) -> tuple[str, str, str]:
        """(sources, cites, context) for a row whose cells are ``filled`` (True: not empty)."""
        if not pages:  # reconciliation: no page of its own
            return "", "", ""
        rng, p = self.rng, self.p
        has_sources, has_cites, has_context = _weighted_pattern(rng)
        ids = pages.split(SEP)
        sources = ids if has_sources else []
        cites = ""
        if has_cites:
            candidates = [c for c, f in zip(self.columns, filled, strict=True) if f]
            rng.shuffle(candidates)
            groups = []
            for k in range(min(len(candidates), rng.choice((1, 1, 2, 2, 3)))):
                group = candidates[k::3] if k < 2 else candidates[k : k + 1]
                if not group:
                    continue
                # the row's pages, or one of them, or another page about the same entity
                cited = ids if rng.random() < 0.6 else [rng.choice(ids)]
                groups.append(" ".join(dict.fromkeys(group)) + ": " + SEP.join(cited))
            cites = "; ".join(groups)
        context: list[str] = []
        if not (sources or cites):
            context = list(ids)  # record-level pages only: no fact of the row is cited
        if has_context:
            named = set(sources) | set(ids if cites else ())
            for _ in range(rng.choice((1, 1, 2, 3))):
                page = p.source(rng.randrange(1, p.sources + 1))
                if page not in named and page not in context:
                    context.append(page)
        return SEP.join(sources), cites, SEP.join(context)


def _weighted_pattern(rng: random.Random) -> tuple[bool, bool, bool]:
    r = rng.random()
    acc = 0.0
    for pattern, weight in CITATION_PATTERNS:
        acc += weight
        if r < acc:
            return pattern
    return CITATION_PATTERNS[0][0]


@contextmanager
def _table(out: Path, name: str, p: Plan | None = None) -> Iterator[csv.writer]:
    path = out / name
    tmp = path.with_suffix(".csv.tmp")
    with open(tmp, "w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        header = HEADERS[name]
        writer.writerow(header)
        if p is not None and header[-3:] == ["sources", "cites", "context"]:
            yield _CitingWriter(writer, header, p, _rng(p.seed, name + ":citations"))
        else:
            yield writer
    tmp.replace(path)


# ---------------------------------------------------------------------------
# Tables
# ---------------------------------------------------------------------------


def _industries(p: Plan, w) -> int:
    rng = _rng(p.seed, "industries")
    for i in range(1, N_INDUSTRIES + 1):
        top = i <= N_TOP_INDUSTRIES
        broader = "" if top else p.industry(1 + (i - 1) % N_TOP_INDUSTRIES)
        nace = SEP.join(rng.sample(NACE, rng.randint(1, 3))) if rng.random() < 0.8 else ""
        aliases = f"Synthetic field {i:02d}{SEP}Synthetisches Feld {i:02d}" if i % 4 == 0 else ""
        w.writerow(
            [
                p.industry(i),
                f"Synthetic industry {i:02d}",
                f"Synthetische Branche {i:02d}",
                broader,
                nace,
                aliases,
                p.sources_cell(rng),
            ]
        )
    return N_INDUSTRIES


def _regions(p: Plan, w) -> int:
    rng = _rng(p.seed, "regions")
    n = 0
    for cc, name_en, lat, lon in COUNTRIES:
        name = name_en if cc != "DE" else "Deutschland"
        w.writerow(
            [
                cc,
                "country",
                name,
                name_en if cc != "DE" else "Germany",
                "",
                cc,
                cc if cc not in ("CH", "NO", "IS", "GB") else "",
                "",
                f"{lat:.2f}",
                f"{lon:.2f}",
                p.sources_cell(rng),
            ]
        )
        n += 1
    for rid, name, name_en, nuts, lat, lon in LAENDER:
        w.writerow(
            [
                rid,
                "land",
                name,
                name_en,
                "DE",
                rid,
                nuts,
                "",
                f"{lat:.2f}",
                f"{lon:.2f}",
                p.sources_cell(rng),
            ]
        )
        n += 1
    for rid, name, name_en, parent, nuts, lat, lon in SUBDIVISIONS:
        w.writerow(
            [
                rid,
                "subdivision",
                name,
                name_en,
                parent,
                rid,
                nuts,
                "",
                f"{lat:.2f}",
                f"{lon:.2f}",
                p.sources_cell(rng),
            ]
        )
        n += 1
    for i in range(1, p.n_cities + 1):
        de = p.city_country(i) == "DE"
        name = f"Synthstadt {i:0{p.w_city}d}" if de else f"Synthcity {i:0{p.w_city}d}"
        base = next(c for c in COUNTRIES if c[0] == p.city_country(i))
        lat = base[2] + rng.uniform(-1.5, 1.5)
        lon = base[3] + rng.uniform(-1.5, 1.5)
        w.writerow(
            [
                p.city(i),
                "city",
                name,
                "",
                p.city_parent(i),
                "",
                "",
                str(9_000_000 + i) if rng.random() < 0.5 else "",
                f"{lat:.4f}",
                f"{lon:.4f}",
                p.sources_cell(rng),
            ]
        )
        n += 1
    return n


def _sources(p: Plan, w) -> int:
    for i in range(1, p.sources + 1):
        w.writerow(
            [
                p.source(i),
                p.source_url(i),
                f"Synthetic source page {i}",
                "Synthetic Publisher",
                "synthetic facts for the scale benchmark",
            ]
        )
    return p.sources


def _organisations(p: Plan, w) -> int:
    rng = _rng(p.seed, "organisations")
    for i in range(p.organisations):
        legal = website = founded = note = ""
        basis = "stated"
        if i < p.n_label_bodies:
            name = f"Synthetic Label Body {i + 1}"
            org_type, country = "agency", "BE"
        elif i < p.first_cluster:
            name = f"Synthetic Ministry {i - p.n_label_bodies + 1:02d}"
            org_type, country = "public-authority", "DE"
        elif i < p.end_cluster:
            k = i - p.first_cluster + 1
            if k <= p.n_clusters:
                name, org_type = f"Synthetic Cluster {k:0{p.w_org}d} e. V.", "cluster"
                legal = name if rng.random() < 0.6 else ""
            else:
                name = f"Synthetic Cluster Management {k:0{p.w_org}d} GmbH"
                org_type = "cluster-management"
            country = "DE" if rng.random() < 0.75 else rng.choice(p.foreign)
            website = f"cluster-{k}.example.org" if rng.random() < 0.8 else ""
            founded = _date(rng, rng.randint(1990, 2022)) if rng.random() < 0.6 else ""
        else:
            k = i - p.end_cluster + 1
            org_type = _weighted(rng, [(t, share) for t, share, _ in ORG_TYPES_OTHER])
            name = NAME_PATTERN[org_type].format(n=f"{k:0{p.w_org}d}")
            country = "DE" if rng.random() < 0.6 else rng.choice(p.foreign)
            if rng.random() < 0.3:  # a guess from the name only
                basis = "name"
            website = f"org-{k}.example.org" if rng.random() < 0.25 else ""
            founded = _date(rng, rng.randint(1950, 2023)) if rng.random() < 0.1 else ""
        city = regions = ""
        if rng.random() < 0.7:
            c = 1 + rng.randrange(p.n_cities)
            if p.city_country(c) != country:  # pick a city in the organisation's country
                in_country = p.cities_by_country.get(country)
                c = rng.choice(in_country) if in_country else 0
            if c:
                city = p.city(c)
                parent = p.city_parent(c)
                if parent != country:
                    regions = parent
        elif country == "DE" and rng.random() < 0.5:
            regions = rng.choice(LAENDER)[0]
            if rng.random() < 0.05:  # covers two Länder
                other = rng.choice(LAENDER)[0]
                if other != regions:
                    regions += SEP + other
        n_ind = 1 + (rng.random() < 0.3) if p.is_cluster(i) or rng.random() < 0.4 else 0
        industries = SEP.join(p.industry(x) for x in sorted(rng.sample(range(1, N_INDUSTRIES + 1), n_ind)))
        if rng.random() < 0.05:
            note = "synthetic note: founded about five years before the source's date"
        w.writerow(
            [
                p.org(i),
                name,
                legal,
                org_type,
                basis,
                city,
                regions,
                country,
                website,
                founded,
                industries,
                note,
                p.sources_cell(rng, i),
            ]
        )
    return p.organisations


def _reconciliation(p: Plan, w) -> int:
    rng = _rng(p.seed, "reconciliation")
    n = 0
    for i in range(p.first_cluster, p.organisations):
        if rng.random() < (0.3 if p.is_cluster(i) else 0.02):
            w.writerow(
                [
                    f"Synthetic Alias {i:0{p.w_org}d}",
                    p.org(i),
                    "alias",
                    "",
                    "synthetic: same website and city",
                    p.sources_cell(rng, i) if rng.random() < 0.8 else "",
                ]
            )
            n += 1
            if rng.random() < 0.1:
                other = p.any_org(rng)
                if other != i:
                    w.writerow(
                        [
                            f"Synthetic Sister {other:0{p.w_org}d}",
                            p.org(i),
                            "distinct",
                            p.org(other),
                            "synthetic: related but separate body",
                            p.sources_cell(rng, i),
                        ]
                    )
                    n += 1
    return n


def _people(p: Plan, w) -> int:
    rng = _rng(p.seed, "people")
    for i in range(1, p.people + 1):
        title = rng.choice(TITLES) if rng.random() < 0.3 else ""
        note = "synthetic person" if rng.random() < 0.02 else ""
        w.writerow([p.person(i), f"Person {i:0{p.w_person}d}", title, note, p.sources_cell(rng, i)])
    return p.people


def _posts(p: Plan, w) -> int:
    """People in roles: leadership chains (with `succeeds`) at clusters, single posts elsewhere.

    About 0.55 posts per organisation, so each person holds about one post.
    """
    rng = _rng(p.seed, "posts")
    n = 0
    next_person = 0

    def person() -> int:
        nonlocal next_person
        if rng.random() < 0.15:  # someone who already holds another post
            return 1 + rng.randrange(p.people)
        next_person = next_person % p.people + 1
        return next_person

    def row(pi: int, oi: int, role: str, start: str, end: str, attested: str, succeeds: int | None) -> None:
        nonlocal n
        label = ROLE_LABEL[role] if rng.random() < 0.5 else ""
        w.writerow(
            [
                p.person(pi),
                p.org(oi),
                role,
                label,
                start,
                end,
                attested,
                p.person(succeeds) if succeeds else "",
                "",
                p.sources_cell(rng, oi),
            ]
        )
        n += 1

    for oi in range(p.first_cluster, p.organisations):
        if p.is_cluster(oi):
            # the leadership chain: 1-3 managing directors / cluster managers
            role = "managing-director" if rng.random() < 0.5 else "cluster-manager"
            year = rng.randint(1995, 2015)
            prev = None
            used = set()
            for _ in range(rng.randint(1, 3)):
                pi = person()
                if pi in used:
                    continue
                used.add(pi)
                end_year = year + rng.randint(2, 8)
                last = end_year >= 2024
                row(pi, oi, role, _date(rng, year), "" if last else _date(rng, end_year), "", prev)
                prev = pi
                year = end_year
                if last:
                    break
            for _ in range(rng.randint(0, 2)):
                pi = person()
                if pi in used:
                    continue
                used.add(pi)
                r = rng.choice(CLUSTER_ROLES)
                if rng.random() < 0.5:
                    row(pi, oi, r, "", "", _date(rng, rng.randint(2010, 2024)), None)
                else:
                    row(pi, oi, r, _date(rng, rng.randint(2000, 2022)), "", "", None)
        elif rng.random() < 0.47:
            r = rng.choice(OTHER_ROLES)
            start = _date(rng, rng.randint(2000, 2023)) if rng.random() < 0.3 else ""
            attested = "" if start or rng.random() < 0.5 else _date(rng, rng.randint(2015, 2024))
            row(person(), oi, r, start, "", attested, None)
    return n


def _programmes(p: Plan, w) -> int:
    rng = _rng(p.seed, "programmes")
    for i in range(1, p.programmes + 1):
        level = ["federal", "land", "eu"][i % 3]
        start_year = rng.randint(2000, 2020)
        end = _date(rng, start_year + rng.randint(3, 10)) if rng.random() < 0.5 else ""
        w.writerow(
            [
                p.programme(i),
                f"Synthetic Programme {i:03d}",
                p.org(p.ministry(rng)),
                level,
                _date(rng, start_year),
                end,
                f"programme-{i}.example.org" if rng.random() < 0.7 else "",
                "",
                p.sources_cell(rng),
            ]
        )
    return p.programmes


def _programme_memberships(p: Plan, w) -> int:
    """Programme members (programme_participations.csv, role member)."""
    rng = _rng(p.seed, "programme_memberships")
    n = 0
    for oi in range(p.first_cluster, p.end_cluster):
        k = rng.choices([0, 1, 2], weights=[0.4, 0.4, 0.2])[0]
        for prog in sorted(rng.sample(range(1, p.programmes + 1), k)):
            year = rng.randint(2012, 2022)
            admitted = _date(rng, year) if rng.random() < 0.6 else ""
            attested = "" if admitted else _date(rng, year + 1)
            left = _date(rng, min(2024, year + rng.randint(2, 6))) if rng.random() < 0.2 else ""
            basis = "implied" if rng.random() < 0.05 else "stated"
            w.writerow(
                [
                    p.org(oi),
                    p.programme(prog),
                    "member",
                    admitted,
                    attested,
                    left,
                    basis,
                    "",
                    p.sources_cell(rng, oi),
                ]
            )
            n += 1
    return n


def _label_awards(p: Plan, w) -> int:
    rng = _rng(p.seed, "label_awards")
    n = 0
    levels = ["bronze", "silver", "gold"]
    for oi in range(p.first_cluster, p.end_cluster):
        if rng.random() < 0.8:
            continue
        year = rng.randint(2010, 2020)
        level = 0
        for seq in range(1, rng.randint(1, 4) + 1):
            body = 0 if year <= 2020 else 1  # label body 1 until 2020, body 2 after
            sequence = "first" if seq == 1 else ("renewal" if rng.random() < 0.5 else str(seq))
            w.writerow(
                [
                    p.org(oi),
                    "cluster-management-excellence",
                    levels[level],
                    p.org(body),
                    _date(rng, year),
                    _date(rng, year + 2, "month"),
                    sequence,
                    "",
                    p.sources_cell(rng, oi),
                ]
            )
            n += 1
            level = min(2, level + rng.randint(0, 1))
            year += rng.randint(2, 3)
        if rng.random() < 0.1:
            w.writerow(
                [
                    p.org(oi),
                    "cluster-exzellenz-bw",
                    "",
                    p.org(p.ministry(rng)),
                    _date(rng, rng.randint(2012, 2023)),
                    "",
                    "",
                    "",
                    p.sources_cell(rng, oi),
                ]
            )
            n += 1
    return n


def _prize_awards(p: Plan, w) -> int:
    rng = _rng(p.seed, "prize_awards")
    n = 0
    for year in range(2010, 2025):
        for _ in range(max(1, p.n_clusters // 200)):
            oi = p.cluster_org(rng)
            prize = f"Synthetic Cluster Prize {rng.randint(1, 5)}"
            awarded_by = (
                f"org:{p.org(p.ministry(rng))}"
                if rng.random() < 0.7
                else f"programme:{p.programme(1 + rng.randrange(p.programmes))}"
            )
            w.writerow(
                [
                    p.org(oi),
                    prize,
                    awarded_by,
                    _date(rng, year, "day"),
                    f"Synthetic Project {n + 1}" if rng.random() < 0.5 else "",
                    "",
                    p.sources_cell(rng, oi),
                ]
            )
            n += 1
    return n


def _partnerships(p: Plan, w_p, w_m) -> tuple[int, int]:
    """Partnerships and their members (about 10 organisations each, half of them clusters)."""
    rng = _rng(p.seed, "partnerships")
    n_members = 0
    for i in range(1, p.partnerships + 1):
        kind = _weighted(rng, PARTNERSHIP_KINDS)
        start_year = rng.randint(2005, 2023)
        start = _date(rng, start_year) if rng.random() < 0.7 else ""
        end = _date(rng, start_year + rng.randint(2, 5)) if start and rng.random() < 0.4 else ""
        fields = SEP.join(
            p.industry(x) for x in sorted(rng.sample(range(1, N_INDUSTRIES + 1), rng.randint(0, 2)))
        )
        w_p.writerow(
            [
                p.partnership(i),
                f"Synthetic Partnership {i:0{p.w_pship}d}",
                kind,
                fields,
                "Synthetic field" if fields and rng.random() < 0.5 else "",
                p.programme(1 + rng.randrange(p.programmes)) if rng.random() < 0.4 else "",
                start,
                end,
                str(101_000_000 + i) if kind == "eurocluster" else "",
                "",
                p.sources_cell(rng, i),
            ]
        )
        size = max(2, min(60, int(rng.expovariate(1 / 9)) + 2))
        members: set[int] = set()
        while len(members) < size:
            members.add(p.cluster_org(rng) if rng.random() < 0.5 else p.any_org(rng))
        for j, oi in enumerate(sorted(members)):
            if j == 0:
                role = "coordinator"
            else:
                role = _weighted(
                    rng, [("partner", 0.8), ("founding-member", 0.1), ("associated-partner", 0.1)]
                )
            m_start = start if start and rng.random() < 0.2 else ""
            w_m.writerow([p.partnership(i), p.org(oi), role, m_start, "", "", p.sources_cell(rng, i)])
            n_members += 1
    return p.partnerships, n_members


def _relations(p: Plan, w) -> int:
    rng = _rng(p.seed, "relations")
    seen: set[tuple[str, str, str]] = set()
    merged: set[str] = set()
    n = 0
    for _ in range(max(10, round(p.organisations * 0.04))):
        rel = rng.choice(RELATIONS)
        if rel == "partner-region":
            subj = f"org:{p.org(p.cluster_org(rng))}"
            obj = f"region:{rng.choice(LAENDER + SUBDIVISIONS)[0]}"
        elif rel == "organises-series":
            subj = f"org:{p.org(p.cluster_org(rng))}"
            obj = f"event:{p.event(1 + rng.randrange(p.events))}"
        elif rel == "initiated-by" and rng.random() < 0.5:
            subj = f"partnership:{p.partnership(1 + rng.randrange(p.partnerships))}"
            obj = f"org:{p.org(p.ministry(rng))}"
        elif rel in ("founding-member-of", "associated-partner-of"):
            subj = f"org:{p.org(p.any_org(rng))}"
            obj = f"org:{p.org(p.cluster_org(rng))}"
        else:
            subj = f"org:{p.org(p.any_org(rng))}"
            obj = f"org:{p.org(p.cluster_org(rng) if rng.random() < 0.5 else p.any_org(rng))}"
        if subj == obj or (subj, rel, obj) in seen:
            continue
        if rel == "merged-into":
            if subj in merged:
                continue
            merged.add(subj)
        seen.add((subj, rel, obj))
        date = _date(rng, rng.randint(1995, 2024)) if rng.random() < 0.3 or rel == "merged-into" else ""
        w.writerow([subj, rel, obj, date, "", p.sources_cell(rng)])
        n += 1
    return n


def _events(p: Plan, w_e, w_ep) -> tuple[int, int]:
    rng = _rng(p.seed, "events")
    n_series = max(1, p.events // 10)
    n_part = 0
    for i in range(1, p.events + 1):
        is_series = i <= n_series
        series = "" if is_series or rng.random() < 0.5 else p.event(1 + rng.randrange(n_series))
        year = rng.randint(2015, 2024)
        start = _date(rng, year, "day") if rng.random() < 0.8 else _date(rng, year, "month")
        end = ""
        if not is_series and rng.random() < 0.3 and len(start) == 10:
            end = f"{start[:8]}{min(28, int(start[8:]) + rng.randint(1, 2)):02d}"
        online = rng.random() < 0.2
        place = "" if online or is_series else p.city(1 + rng.randrange(p.n_cities))
        organisers = [f"org:{p.org(p.cluster_org(rng))}"]
        if rng.random() < 0.2:
            organisers.append(f"programme:{p.programme(1 + rng.randrange(p.programmes))}")
        w_e.writerow(
            [
                p.event(i),
                f"Synthetic {'Event Series' if is_series else 'Event'} {i:0{p.w_event}d}",
                series,
                "" if is_series else start,
                end,
                place,
                "Synthetic Hall" if place and rng.random() < 0.3 else "",
                "true" if online else ("false" if rng.random() < 0.5 else ""),
                SEP.join(organisers),
                rng.choice(p.foreign) if rng.random() < 0.15 else "",
                "",
                p.sources_cell(rng, i),
            ]
        )
        if is_series:
            continue
        seen: set[str] = set()
        for _ in range(rng.randint(0, 20)):
            if rng.random() < 0.5:
                participant = f"person:{p.person(1 + rng.randrange(p.people))}"
            else:
                participant = f"org:{p.org(p.any_org(rng))}"
            if participant in seen:
                continue
            seen.add(participant)
            role = _weighted(
                rng,
                [
                    ("attendee", 0.4),
                    ("speaker", 0.25),
                    ("exhibitor", 0.15),
                    ("guest", 0.1),
                    ("host", 0.04),
                    ("award-winner", 0.04),
                    ("elected", 0.02),
                ],
            )
            w_ep.writerow([p.event(i), participant, role, "", p.sources_cell(rng, i)])
            n_part += 1
    return p.events, n_part


def _counts(p: Plan, w) -> int:
    rng = _rng(p.seed, "counts")
    n = 0
    seen: set[tuple[str, str, str]] = set()

    def row(subject: str, counted: str, value: int, date: str) -> None:
        nonlocal n
        key = (subject, counted, date or "undated")
        if key in seen:
            return
        seen.add(key)
        w.writerow([subject, counted, value, _weighted(rng, QUALIFIERS), date, "", p.sources_cell(rng)])
        n += 1

    for oi in range(p.first_cluster, p.end_cluster):  # member counts over the years
        for _ in range(rng.choices([0, 1, 2, 3], weights=[0.2, 0.4, 0.25, 0.15])[0]):
            row(
                f"org:{p.org(oi)}",
                _weighted(rng, [(k, 0.25) for k in COUNT_KINDS_ORG]),
                rng.randint(10, 500),
                _date(rng, rng.randint(2010, 2024)) if rng.random() < 0.9 else "",
            )
    for i in range(1, p.events + 1):
        if rng.random() < 0.3:
            row(f"event:{p.event(i)}", rng.choice(COUNT_KINDS_EVENT), rng.randint(10, 400), "")
    for i in range(1, p.programmes + 1):
        for year in range(2015, 2025, 3):
            row(
                f"programme:{p.programme(i)}",
                rng.choice(COUNT_KINDS_PROGRAMME),
                rng.randint(20, 120),
                str(year),
            )
    for kind in COUNT_KINDS_SCHEME:
        for year in range(2012, 2025):
            row("label-scheme:cluster-management-excellence", kind, rng.randint(5, 200), str(year))
    return n


def _grants(p: Plan, w) -> int:
    rng = _rng(p.seed, "grants")
    n = 0
    for oi in range(p.first_cluster, p.end_cluster):
        for _ in range(rng.choices([0, 1, 2], weights=[0.8, 0.15, 0.05])[0]):
            w.writerow(
                [
                    p.org(oi),
                    p.org(p.ministry(rng)),
                    p.programme(1 + rng.randrange(p.programmes)) if rng.random() < 0.7 else "",
                    f"{rng.randint(10, 5000) * 1000}" if rng.random() < 0.8 else "",
                    "EUR",
                    _date(rng, rng.randint(2010, 2024)),
                    "synthetic cluster management funding",
                    "",
                    p.sources_cell(rng, oi),
                ]
            )
            n += 1
    return n


def generate(out: Path | str, organisations: int, seed: int = 1) -> dict[str, int]:
    """Write every data file for ``organisations`` organisations into ``out``.

    Returns the number of rows written per file.
    """
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    p = Plan(organisations, seed)
    rows: dict[str, int] = {}
    simple = [
        ("industries.csv", _industries),
        ("regions.csv", _regions),
        ("sources.csv", _sources),
        ("organisations.csv", _organisations),
        ("reconciliation.csv", _reconciliation),
        ("people.csv", _people),
        ("posts.csv", _posts),
        ("programmes.csv", _programmes),
        ("programme_participations.csv", _programme_memberships),
        ("label_awards.csv", _label_awards),
        ("prize_awards.csv", _prize_awards),
        ("relations.csv", _relations),
        ("counts.csv", _counts),
        ("grants.csv", _grants),
    ]
    for name, fn in simple:
        with _table(out, name, p) as w:
            rows[name] = fn(p, w)
    with _table(out, "partnerships.csv", p) as wp, _table(out, "partnership_members.csv", p) as wm:
        rows["partnerships.csv"], rows["partnership_members.csv"] = _partnerships(p, wp, wm)
    with _table(out, "events.csv", p) as we, _table(out, "event_participants.csv", p) as wep:
        rows["events.csv"], rows["event_participants.csv"] = _events(p, we, wep)
    return rows


def add_real(out: Path | str, real: Path | str) -> dict[str, int]:
    """Put the rows of a real data folder (``data/``) in front of the synthetic ones in ``out``.

    The named queries' ``@example`` parameters (``org=optonet``, ...) then find their entities
    in a graph of any size. Headers become the real files' (a column the generator does not
    write stays empty); a synthetic row whose ``id`` the real file has (the Länder and countries
    in ``regions.csv``) is left out; the real folder's other files (``profiles/``, ``rdf/``,
    ``dataset.toml``) are copied. Returns the rows per file.
    """
    import shutil

    out, real = Path(out), Path(real)
    rows: dict[str, int] = {}
    for name in HEADERS:
        with open(real / name, encoding="utf-8", newline="") as fh:
            reader = csv.DictReader(fh)
            header, real_rows = list(reader.fieldnames or []), list(reader)
        ids = {r["id"] for r in real_rows} if header[0] == "id" else set()
        with open(out / name, encoding="utf-8", newline="") as fh:
            synthetic = [r for r in csv.DictReader(fh) if not (ids and r["id"] in ids)]
        with open(out / name, "w", encoding="utf-8", newline="") as fh:
            writer = csv.DictWriter(fh, header, restval="", lineterminator="\n")
            writer.writeheader()
            writer.writerows(real_rows)
            writer.writerows(synthetic)
        rows[name] = len(real_rows) + len(synthetic)
    for path in real.iterdir():
        if path.name not in HEADERS and not path.name.startswith("."):
            (shutil.copytree if path.is_dir() else shutil.copy)(path, out / path.name)
    return rows


def organisations_for(triples: int) -> int:
    """The organisation count whose build gives about ``triples`` quads."""
    return max(50, round(triples / TRIPLES_PER_ORGANISATION))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--out", required=True, type=Path, help="directory to write the CSVs to")
    size = ap.add_mutually_exclusive_group()
    size.add_argument("--triples", type=int, help="approximate quads after the build (default 1,000,000)")
    size.add_argument("--organisations", type=int, help="number of organisations (>= 50)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--quiet", action="store_true")
    ap.add_argument(
        "--with-real",
        type=Path,
        metavar="DIR",
        help="put the rows of a real data folder (data/) in front: the queries' @example parameters resolve",
    )
    args = ap.parse_args(argv)
    orgs = args.organisations or organisations_for(args.triples or 1_000_000)
    try:
        rows = generate(args.out, orgs, args.seed)
        if args.with_real:
            rows = add_real(args.out, args.with_real)
    except (ValueError, OSError) as exc:
        print(f"generate.py: {exc}", file=sys.stderr)
        return 2
    if not args.quiet:
        width = max(map(len, rows))
        for name, n in rows.items():
            print(f"{name:<{width}}  {n:>10,}")
        print(
            f"{'rows':<{width}}  {sum(rows.values()):>10,}  ({orgs:,} organisations, "
            f"seed {args.seed}) -> {args.out}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
