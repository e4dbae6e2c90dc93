"""The graph as a gazetteer: find the names of its entities in running text.

Names are compared token by token after normalisation (case, umlauts, accents, punctuation),
so "Lichtwerk Photonik e. V." and "LICHTWERK PHOTONIK" are one name. German inflection is taken
into account by a light stem (a final genitive "s" is ignored on both sides: "des Hanse Aero
Netzwerks", "des Lichtwerks"), and a legal form after a name (e. V., GmbH, AG) belongs to the
mention. A name that several entities of a kind share is a mention with candidates (ambiguous).

Matching is one pass over the text's tokens, each trying at most :data:`MAX_TOKENS` tokens
ahead: linear in the text's length.

>>> g = Gazetteer()
>>> g.add("org", "https://example.org/lw", ["Lichtwerk Photonik e. V.", "Lichtwerk"])
>>> [(m.text, m.iri) for m in g.find("Die Geschäftsführerin des Lichtwerks sprach.")]
[('Lichtwerks', 'https://example.org/lw')]
>>> [m.text for m in g.find("Der Lichtwerk Photonik e. V. lud ein.")]
['Lichtwerk Photonik e. V.']
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

MAX_TOKENS = 10
_TOKEN = re.compile(r"[^\W_]+")
_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})
_LEGAL = tuple(
    tuple(f.split())
    for f in ("e v", "ev", "ggmbh", "gmbh", "mbh", "ag", "se", "kg", "gmbh co kg", "ug", "eg", "ltd",
              "plc", "llc", "inc", "sa", "sas", "srl", "bv", "nv", "asbl", "aisbl", "vzw", "sp z o o", "sro",
              "s r o", "kft", "d o o", "oy")
)  # fmt: skip
#: Words that never start a mention (articles, prepositions, pronouns written capitalised).
_STOP = {"der", "die", "das", "des", "dem", "den", "the", "of", "und", "and", "in", "im", "am", "an"}


@functools.lru_cache(maxsize=65536)
def norm_token(token: str) -> str:
    """A token's comparison form: lower case, umlauts spelled out, accents gone, a final "s" off."""
    if token.isascii():
        t = token.lower()
    else:
        t = unicodedata.normalize("NFKC", token).casefold().translate(_UMLAUTS)
        t = "".join(c for c in unicodedata.normalize("NFKD", t) if not unicodedata.combining(c))
    if len(t) > 4 and t.endswith("s") and not t.endswith("ss"):
        t = t[:-1]
    return t


def tokens(text: str) -> list[tuple[str, int, int]]:
    """The word tokens of a text with their offsets, in comparison form."""
    return [(norm_token(m.group()), m.start(), m.end()) for m in _TOKEN.finditer(text)]


@dataclass(frozen=True)
class Mention:
    """A name of the graph found in the text: its kind, span, and entity (or candidates)."""

    kind: str
    start: int
    end: int
    text: str
    iri: str | None
    candidates: tuple[str, ...] = ()

    @property
    def ambiguous(self) -> bool:
        return self.iri is None and len(self.candidates) > 1


class Gazetteer:
    """Names of the graph's entities by kind, found in text by :meth:`find`."""

    def __init__(self) -> None:
        self._names: dict[tuple[str, ...], dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
        self._prefixes: set[tuple[str, ...]] = set()
        self._lower_start: set[str] = set()  # first tokens of names written in lower case ("go-test")
        #: the first words (two at least) that names of several entities share ("Isar Medtech")
        self._shared: dict[tuple[str, ...], dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
        self.labels: dict[str, str] = {}
        self._first: dict[str, set[tuple[str, str]]] | None = None  # first tokens' entities, built once
        #: The graph's events by their first day ("2020-10-08"), and the programmes of each event.
        self.events_on: dict[str, set[str]] = defaultdict(set)
        self.event_programmes: dict[str, set[str]] = defaultdict(set)

    def add(self, kind: str, iri: str, names: Iterable[str], label: str | None = None) -> None:
        """Make ``names`` known as the entity ``iri`` of ``kind``."""
        names = [n for n in names if n and n.strip()]
        if names:
            self.labels.setdefault(iri, label or names[0])
        for name in names:
            key = tuple(t for t, _s, _e in tokens(name))
            if key and name.strip()[:1].islower():
                self._lower_start.add(key[0])
            while key and any(key[-len(f) :] == f for f in _LEGAL if len(key) > len(f)):
                form = next(f for f in _LEGAL if len(key) > len(f) and key[-len(f) :] == f)
                self._add_key(kind, iri, key)
                key = key[: -len(form)]
            self._add_key(kind, iri, key)

    def _add_key(self, kind: str, iri: str, key: tuple[str, ...]) -> None:
        self._first = None
        if not key or len(key) > MAX_TOKENS or key[0] in _STOP:
            return
        if len(key) == 1 and (len(key[0]) <= 3 or key[0].isdigit()):
            return  # "ICT", "DE": too short to find in running text
        self._names[key][kind].add(iri)
        for i in range(1, len(key) + 1):
            self._prefixes.add(key[:i])
            if 2 <= i < len(key):
                self._shared[key[:i]][kind].add(iri)

    @classmethod
    def from_index(cls, index: Any) -> Gazetteer:
        """The gazetteer of an :class:`~clustergraph.loaders.reconcile.EntityIndex`."""
        g = cls()
        for iri, kind in index.kinds.items():
            names = list(index.names.get(iri, ()))
            if kind == "programme":
                names += [_short_programme(n) for n in names]
            g.add(kind, iri, names, index.labels.get(iri))
        for key, iris in index.facts.items():
            if key[0] == "event-on":
                g.events_on[key[1]] |= iris
            elif key[0] == "event-programme":
                g.event_programmes[key[1]] |= iris
        return g

    def find(self, text: str, kinds: Iterable[str] | None = None) -> list[Mention]:
        """Every longest mention in ``text``, left to right, of the given kinds (default: all)."""
        wanted = set(kinds) if kinds is not None else None
        toks = tokens(text)
        out: list[Mention] = []
        i = 0
        while i < len(toks):
            best: tuple[int, dict[str, set[str]]] | None = None
            first = text[toks[i][1]]
            if first.isupper() or first.isdigit() or toks[i][0] in self._lower_start:
                key: tuple[str, ...] = ()
                for j in range(i, min(i + MAX_TOKENS, len(toks))):
                    key = (*key, toks[j][0])
                    if key not in self._prefixes:
                        break
                    found = self._names.get(key)
                    if found and (wanted is None or wanted & found.keys()):
                        best = (j, found)
            if best is None:
                i += 1
                continue
            j, found = best
            j = self._legal_form(toks, j)
            start, end = toks[i][1], toks[j][2]
            if text[end : end + 1] == "." and j > i and toks[j][0] in {"v", "ev", "ltd", "inc", "o", "kft"}:
                end += 1
            for kind, iris in sorted(found.items()):
                if wanted is not None and kind not in wanted:
                    continue
                cands = tuple(sorted(iris))
                one = cands[0] if len(cands) == 1 else None
                out.append(Mention(kind, start, end, text[start:end], one, cands if one is None else ()))
            i = j + 1
        return out

    def first_word(self, word: str, kind: str = "org") -> str | None:
        """The one entity of ``kind`` whose names of two words or more all begin with ``word``
        and no other entity's name does ("Saxtronic" of "Saxtronic Halbleiter e. V."); None when
        the word is a whole name, or starts names of other entities or kinds."""
        if self._first is None:
            first: dict[str, set[tuple[str, str]]] = defaultdict(set)
            for key, kinds in self._names.items():
                for k, iris in kinds.items():
                    first[key[0]] |= {(k, iri) for iri in iris}
            self._first = first
        t = norm_token(word)
        owners = self._first.get(t, set())
        if len(t) < 5 or (t,) in self._names or len(owners) != 1:
            return None
        k, iri = next(iter(owners))
        return iri if k == kind else None

    def shared_prefixes(self, text: str, kind: str = "org") -> list[Mention]:
        """The mentions of ``kind`` that are no whole name but the first two or more words of the
        names of several entities ("Isar Medtech" of "Isar Medtech Cluster" and "Isar Medtech
        Management GmbH"), where the text does not go on with any of them: ambiguous mentions,
        with the entities as candidates. One pass over the tokens, as :meth:`find`."""
        toks = tokens(text)
        out: list[Mention] = []
        i = 0
        while i < len(toks):
            if not text[toks[i][1]].isupper():
                i += 1
                continue
            key: tuple[str, ...] = ()
            j = i
            while j < min(i + MAX_TOKENS, len(toks)) and (*key, toks[j][0]) in self._prefixes:
                key = (*key, toks[j][0])
                j += 1
            iris = self._shared.get(key, {}).get(kind, set()) if len(key) >= 2 else set()
            if len(iris) >= 2 and key not in self._names:
                start, end = toks[i][1], toks[j - 1][2]
                out.append(Mention(kind, start, end, text[start:end], None, tuple(sorted(iris))))
            i = max(j, i + 1)
        return out

    @staticmethod
    def _legal_form(toks: list[tuple[str, int, int]], j: int) -> int:
        """Extend a mention ending at token ``j`` over a legal form right after it."""
        for form in sorted(_LEGAL, key=len, reverse=True):
            k = j + len(form)
            if (
                k < len(toks)
                and tuple(t for t, _s, _e in toks[j + 1 : k + 1]) == form
                and toks[j + 1][1] - toks[j][2] <= 2
            ):
                return k
        return j


def _short_programme(name: str) -> str:
    """A programme's name without a generic last word: "go-test Clusterprogramm" → "go-test"."""
    return re.sub(
        r"\s+(?:Cluster)?(?:programm|programme|program|Wettbewerb|initiative)$", "", name, flags=re.I
    )
