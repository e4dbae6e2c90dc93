"""The projection snapshot: what :func:`~clustergraph.network.read_network` reads, kept beside the store.

Reading the network from the on-disk store costs about 5–7 µs for every term it returns
(Oxigraph looks each one up in RocksDB), some seconds at a million triples. So the network is
read from the store once, when the store is built or changed (build, imports, source removal,
analysis write-back), and written as ``network-snapshot.json`` inside the store directory::

    build/graph/
      CURRENT                                  -> "store-20261122T101500-1a2b"
      store-20261122T101500-1a2b/              the pyoxigraph store (RocksDB)
        network-snapshot.json                  the projection snapshot of that store

A published store directory is never changed in place (a change makes a new directory, see
:mod:`clustergraph.graph.store`), and RocksDB's checkpoint copy, from which changes start, copies
only RocksDB's own files. Still, a snapshot is used only for the exact store it was read from:
it names the store directory and lists the sizes of RocksDB's files there (a store opened for
writing gets a new manifest), and it is ignored (the store is read) when either differs, when
its format version is not this one, or when it does not parse. So a snapshot is never stale.

The file is JSON, one table row a line (``head`` and ``grep`` work on it)::

    {"format": "clustergraph-network-snapshot", "version": 1, "store": "store-...",
     "files": {"000011.sst": 17997042, ...}, "with_people": false, "written": "...", "software": "0.1.0",
     "organisations": {"columns": ["iri", "label", ...], "rows": [
    ["https://w3id.org/clustergraph/id/org/...", "OptoNet e. V.", "cluster", false, ...],
    ...]}, "partnerships": ..., "members": {partnership: {organisation: [roles]}},
     "places": ..., "industries": ..., "programmes": {iri: label}, "labels": {iri: [[text, lang], ...]}}

Labels of places and industries are kept in every language, so one snapshot serves any
``lang``; people and their posts are included only when read with ``people=True`` (the
build leaves them out: only the person–organisation projection needs them, and reading them
costs as much again; the first such read writes them in).

>>> from clustergraph.graph.store import GraphStore              # doctest: +SKIP
>>> info(GraphStore.open("build/graph").path)["version"]    # doctest: +SKIP
1
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from clustergraph._version import __version__
from clustergraph.graph.extract import choose_labels, read_store
from clustergraph.graph.records import (
    Industry,
    Labels,
    NetworkData,
    Organisation,
    Partnership,
    Place,
    paused_gc,
)
from clustergraph.graph.store import GraphStore, write_atomically

#: The snapshot's file name inside a store directory.
SNAPSHOT = "network-snapshot.json"
FORMAT = "clustergraph-network-snapshot"
#: Bumped whenever the layout or the meaning of a column changes: other versions are ignored.
VERSION = 1

ORGANISATION_COLUMNS = (
    "iri",
    "label",
    "org_type",
    "org_type_guessed",
    "city",
    "country",
    "regions",
    "industries",
    "alt_labels",
    "awards",
    "programmes",
)
PARTNERSHIP_COLUMNS = ("iri", "label", "kind", "start", "end", "programme", "industries")
PLACE_COLUMNS = ("iri", "type", "iso", "lat", "lon", "broader")  # labels: in "labels"
INDUSTRY_COLUMNS = ("iri", "broader")  # label, label_en, names: from "labels"
POST_COLUMNS = ("person", "organisation", "role", "start", "end")


class _Unusable(ValueError):
    """A snapshot that cannot be used (another store's, another version, damaged): read the store."""


# --------------------------------------------------------------------------- which store


def path_of(store_dir: Path) -> Path:
    return Path(store_dir) / SNAPSHOT


def fingerprint(store_dir: Path) -> dict[str, int]:
    """RocksDB's files in ``store_dir`` and their sizes (its info logs, lock and our files aside).

    Opening the store read-only changes none of them; opening it for writing writes a new
    manifest and log, and any change adds tables, so the listing tells the store's state.
    """
    out: dict[str, int] = {}
    for entry in Path(store_dir).iterdir():
        name = entry.name
        if name.startswith(".") or name.startswith("LOG") or name in ("LOCK", SNAPSHOT):
            continue
        out[name] = entry.stat().st_size
    return dict(sorted(out.items()))


def is_published(gs: GraphStore) -> bool:
    """Whether ``gs`` was opened from a built location (a ``store-*`` directory in it)."""
    path = Path(gs.path)
    return path.name.startswith("store-") and path.parent == Path(gs.location) and path.is_dir()


# --------------------------------------------------------------------------- writing


def write(store_dir: Path, data: NetworkData, labels: Labels, *, name: str | None = None) -> tuple[Path, int]:
    """Write the snapshot of ``data`` (read from the store in ``store_dir``) into that directory.

    ``name`` is the store directory's published name when it differs from ``store_dir``'s
    (a store written under a temporary name and renamed on publishing). Atomic (a temporary
    file, then a rename); returns the file and its size in bytes.
    """
    store_dir = Path(store_dir)
    text = "".join(_encode(data, labels, name or store_dir.name, fingerprint(store_dir)))
    body = text.encode("utf-8")
    path = path_of(store_dir)
    try:
        mode = (store_dir / "CURRENT").stat().st_mode & 0o666  # as RocksDB made its files
    except FileNotFoundError:
        mode = 0o644
    write_atomically(path, body, mode)
    return path, len(body)


def write_for_store(store_dir: Path, *, name: str | None = None, people: bool = False) -> tuple[Path, int]:
    """Read the network from the (closed) store in ``store_dir`` and write its snapshot there.

    Builds, imports and write-back call this on the new store before publishing it.
    """
    store_dir = Path(store_dir)
    gs = GraphStore(store_dir.parent, store_dir, ox.Store.read_only(str(store_dir)))
    data, labels = read_store(gs, people=people)
    del gs
    return write(store_dir, data, labels, name=name)


def write_quietly(store_dir: Path, data: NetworkData, labels: Labels) -> bool:
    """:func:`write`, but a directory that cannot be written to (read-only, removed) is left as it is."""
    try:
        write(store_dir, data, labels)
    except OSError:
        return False
    return True


def _row(values: Iterable[Any]) -> str:
    return json.dumps(list(values), ensure_ascii=False, separators=(",", ":"))


def _table(name: str, columns: tuple[str, ...], rows: Iterable[Iterable[Any]]) -> Iterator[str]:
    yield f',\n"{name}": {{"columns": {json.dumps(list(columns))}, "rows": [\n'
    yield ",\n".join(_row(r) for r in rows)
    yield "\n]}"


def _encode(data: NetworkData, labels: Labels, store: str, files: dict[str, int]) -> Iterator[str]:
    head = {
        "format": FORMAT,
        "version": VERSION,
        "store": store,
        "files": files,
        "with_people": data.people is not None and data.posts is not None,
        "written": dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat(),
        "software": __version__,
    }
    yield json.dumps(head, ensure_ascii=False)[:-1]  # without its closing brace: the tables follow
    yield from _table(
        "organisations",
        ORGANISATION_COLUMNS,
        (
            (
                o.iri,
                o.label,
                o.org_type,
                o.org_type_guessed,
                o.city,
                o.country,
                sorted(o.regions),
                sorted(o.industries),
                sorted(o.alt_labels),
                [list(a) for a in o.awards],
                sorted(o.programmes),
            )
            for o in data.organisations.values()
        ),
    )
    yield from _table(
        "partnerships",
        PARTNERSHIP_COLUMNS,
        (
            (p.iri, p.label, p.kind, p.start, p.end, p.programme, sorted(p.industries))
            for p in data.partnerships.values()
        ),
    )
    yield ',\n"members": {\n'
    yield ",\n".join(json.dumps(p, ensure_ascii=False) + ":" + _members(ms) for p, ms in data.members.items())
    yield "\n}"
    yield from _table(
        "places",
        PLACE_COLUMNS,
        ((p.iri, p.type, p.iso, p.lat, p.lon, sorted(p.broader)) for p in data.places.values()),
    )
    yield from _table(
        "industries", INDUSTRY_COLUMNS, ((i.iri, sorted(i.broader)) for i in data.industries.values())
    )
    yield ',\n"programmes": ' + json.dumps(data.programmes, ensure_ascii=False, indent=0)
    yield ',\n"labels": ' + json.dumps(
        {iri: [list(t) for t in texts] for iri, texts in labels.items()}, ensure_ascii=False, indent=0
    )
    if data.people is not None and data.posts is not None:
        yield ',\n"people": ' + json.dumps(data.people, ensure_ascii=False, indent=0)
        yield from _table("posts", POST_COLUMNS, data.posts)
    yield "\n}\n"


def _members(ms: dict[str, set[str]]) -> str:
    roles = {o: sorted(r) for o, r in ms.items()}
    return json.dumps(roles, ensure_ascii=False, separators=(",", ":"))


# --------------------------------------------------------------------------- reading


def info(store_dir: Path) -> dict[str, Any]:
    """The snapshot's header (format, version, store, files, with_people, written, software), or {}."""
    path = path_of(store_dir)
    if not path.is_file():
        return {}
    doc = json.loads(path.read_bytes())
    return {k: v for k, v in doc.items() if not isinstance(v, (dict, list)) or k == "files"}


def load(store_dir: Path, *, people: bool = False, lang: str = "de") -> NetworkData | None:
    """The network of the store in ``store_dir`` from its snapshot; None if there is no usable one.

    Usable: this format and version, read from this store directory in its present state
    (:func:`fingerprint`), with people if ``people`` is asked for, and complete.
    """
    try:
        return _load(Path(store_dir), people, lang)
    except (OSError, ValueError, KeyError, TypeError, IndexError, AttributeError, RecursionError):
        return None  # no snapshot, or a damaged one: read the store


def _load(store_dir: Path, people: bool, lang: str) -> NetworkData:
    body = path_of(store_dir).read_bytes()
    with paused_gc():  # a few hundred thousand objects, none in a cycle
        doc = json.loads(body)
        _check(doc, store_dir, people)
        data = _decode(doc, people, lang)
        del doc  # before the collector resumes: it would walk the parsed document once more
    return data


def _check(doc: Any, store_dir: Path, people: bool) -> None:
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise _Unusable("not a network snapshot")
    if doc.get("version") != VERSION:
        raise _Unusable(f"snapshot version {doc.get('version')!r}, expected {VERSION}")
    if doc.get("store") != store_dir.name or doc.get("files") != fingerprint(store_dir):
        raise _Unusable("the snapshot was read from another store")
    if people and doc.get("with_people") is not True:
        raise _Unusable("the snapshot holds no people")
    for table, columns in (
        ("organisations", ORGANISATION_COLUMNS),
        ("partnerships", PARTNERSHIP_COLUMNS),
        ("places", PLACE_COLUMNS),
        ("industries", INDUSTRY_COLUMNS),
    ) + ((("posts", POST_COLUMNS),) if people else ()):
        if tuple(doc[table]["columns"]) != columns:
            raise _Unusable(f"unexpected columns in the snapshot's {table}")


def _decode(doc: dict[str, Any], people: bool, lang: str) -> NetworkData:
    # positional arguments in the columns' order (checked), which is the fields' order: the
    # fastest way to make the objects (a starred call takes twice as long)
    orgs = {
        r[0]: Organisation(
            r[0],
            r[1],
            r[2],
            r[3],
            r[4],
            r[5],
            set(r[6]),
            set(r[7]),
            set(r[8]),
            list(map(tuple, r[9])),
            set(r[10]),
        )
        for r in doc["organisations"]["rows"]
    }
    partnerships = {
        r[0]: Partnership(r[0], r[1], r[2], r[3], r[4], r[5], set(r[6])) for r in doc["partnerships"]["rows"]
    }
    members = {p: {o: set(roles) for o, roles in ms.items()} for p, ms in doc["members"].items()}
    places = {r[0]: Place(r[0], r[1], "", r[2], r[3], r[4], set(r[5])) for r in doc["places"]["rows"]}
    industries = {r[0]: Industry(r[0], broader=set(r[1])) for r in doc["industries"]["rows"]}
    data = NetworkData(orgs, partnerships, members, places, industries, dict(doc["programmes"]))
    labels = {iri: [(t[0], t[1]) for t in texts] for iri, texts in doc["labels"].items()}
    choose_labels(data, labels, lang)
    if people:
        data.people = dict(doc["people"])
        data.posts = list(map(tuple, doc["posts"]["rows"]))  # type: ignore[arg-type]
    return data
