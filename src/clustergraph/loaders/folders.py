"""The build's other sources: profile texts in ``data/profiles/``, RDF files in ``data/rdf/``.

Profile texts (``*.txt``) and RDF files (``*.ttl``, ``*.trig``, ``*.nt``, ``*.nq``,
``*.jsonld``, ``*.rdf``) placed there are part of every build: each becomes its own source
record, reconciled with what the tables hold (and with ``reconciliation.csv``'s decisions),
so a rebuild keeps them. Problems are reported for every file before anything is published.
Other files there (a README) are ignored. Every entry with one of those suffixes must be a
regular file or a link to one: a dangling link, a link to a folder, a FIFO or a device is an
error naming it, as in the data directory itself (:func:`clustergraph.loaders.files.check_regular`).
"""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox

from clustergraph.errors import DataError, Problem, SourceFileError
from clustergraph.loaders.batch import SourceBatch, file_address
from clustergraph.loaders.files import read_bytes
from clustergraph.loaders.profile import profile_batch, read_profile
from clustergraph.loaders.rdf import FORMATS, NAME_PREDICATES, SUFFIXES, format_of, load_rdf_file, parse_rdf
from clustergraph.loaders.rdf_checks import reserved_problems, text_problems
from clustergraph.loaders.reconcile import EntityIndex

PROFILE_DIR = "profiles"
RDF_DIR = "rdf"


def folder_files(data_dir: Path | str) -> tuple[list[Path], list[Path]]:
    """The profile texts and RDF files of a data directory, sorted."""
    data_dir = Path(data_dir)
    profiles = sorted((data_dir / PROFILE_DIR).glob("*.txt")) if (data_dir / PROFILE_DIR).is_dir() else []
    rdf_dir = data_dir / RDF_DIR
    rdfs = (
        sorted(p for p in rdf_dir.iterdir() if p.suffix.lower() in SUFFIXES and not p.name.startswith("."))
        if rdf_dir.is_dir()
        else []
    )
    return profiles, rdfs


def folder_problems(data_dir: Path | str) -> list[Problem]:
    """The problems the folders' files have on their own (reading, syntax, hidden characters,
    statements about the graph's provenance), found without the graph: so that a build whose
    tables fail reports them in the same list."""
    profiles, rdfs = folder_files(data_dir)
    problems: list[Problem] = []
    for path in profiles:
        try:
            read_profile(path)
        except DataError as exc:
            problems.extend(exc.problems)
        except SourceFileError as exc:
            problems.append(exc.problem(str(path)))
    for path in rdfs:
        try:
            fmt = format_of(path)
            text = read_bytes(path, f"an RDF file in {FORMATS[fmt][1]}")
            triples = parse_rdf(text, str(path), fmt, base_iri=file_address(path))
            decoded = text.decode("utf-8", "replace")
            problems += reserved_problems(triples, str(path), decoded)
            problems += text_problems(triples, NAME_PREDICATES, str(path), decoded)
        except SourceFileError as exc:
            problems.append(exc.problem(str(path)))
    return problems


def folder_batches(data_dir: Path | str, index: EntityIndex) -> list[SourceBatch]:
    """Load every profile text and RDF file of ``data_dir``; all problems of all files at once."""
    profiles, rdfs = folder_files(data_dir)
    batches: list[SourceBatch] = []
    problems: list[Problem] = []
    for path in profiles:
        try:
            profile, address = read_profile(path)
            batches.append(profile_batch(profile, index, address))
        except DataError as exc:
            problems.extend(exc.problems)
        except SourceFileError as exc:
            problems.append(exc.problem(str(path)))
    for path in rdfs:
        try:
            batches.append(load_rdf_file(path, index))
        except DataError as exc:
            problems.extend(exc.problems)
        except SourceFileError as exc:
            problems.append(exc.problem(str(path)))
    seen: dict[str, str] = {}
    for b in batches:
        if b.address in seen:
            problems.append(
                Problem(
                    b.file or "",
                    None,
                    None,
                    b.address,
                    f"a source address of its own ({seen[b.address]} has it)",
                )
            )
        seen[b.address] = b.file or ""
    if problems:
        raise DataError(problems, f"{len(problems)} problem(s) in the profile texts and RDF files")
    return batches


def load_source_folders(data_dir: Path | str, store: ox.Store, activity: str) -> list[SourceBatch]:
    """Add the folders' sources to a store being built (its tables are loaded already)."""
    profiles, rdfs = folder_files(data_dir)
    if not profiles and not rdfs:
        return []
    index = EntityIndex.from_store(store)
    index.add_decisions_file(Path(data_dir) / "reconciliation.csv")
    batches = folder_batches(data_dir, index)
    text = "".join(b.nquads(activity) for b in batches)
    store.load(text.encode("utf-8"), format=ox.RdfFormat.N_QUADS)
    return batches
