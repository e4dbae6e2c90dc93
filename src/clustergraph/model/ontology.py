"""The ontology, vocabularies and SHACL shapes that ship with clustergraph.

They live in ``ontology/`` of the source tree and are packaged into the wheel as
``clustergraph/_ontology``; :func:`ontology_dir` finds either.

>>> (ontology_dir() / "clustergraph.ttl").is_file()
True
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from pathlib import Path

from rdflib import Graph

from clustergraph.errors import ClusterGraphError

#: The files loaded into the ontology graph of every build, in this order.
ONTOLOGY_FILES = ("clustergraph.ttl", "vocabularies.ttl")


@cache
def ontology_dir() -> Path:
    """The directory holding ``clustergraph.ttl``, ``vocabularies.ttl`` and ``shapes/``."""
    packaged = resources.files("clustergraph") / "_ontology"
    if packaged.is_dir():
        return Path(str(packaged))
    source_tree = Path(__file__).resolve().parents[3] / "ontology"
    if (source_tree / "clustergraph.ttl").is_file():
        return source_tree
    raise ClusterGraphError(
        "the clustergraph ontology files are missing from this installation "
        f"(looked in {packaged} and {source_tree})"
    )


def ontology_files() -> list[Path]:
    """The Turtle files of the ontology and its controlled vocabularies."""
    return [ontology_dir() / name for name in ONTOLOGY_FILES]


def ontology_document() -> Path:
    """The OWL ontology itself (``clustergraph.ttl``): the build's ontology graph."""
    return ontology_dir() / ONTOLOGY_FILES[0]


def vocabulary_files() -> list[Path]:
    """The controlled vocabularies (SKOS schemes): the build puts them in the data graph."""
    return [ontology_dir() / name for name in ONTOLOGY_FILES[1:]]


def shape_files() -> list[Path]:
    """The SHACL shape files (violations and warnings), sorted by name."""
    return sorted((ontology_dir() / "shapes").glob("*.ttl"))


def ontology_graph() -> Graph:
    """The ontology and vocabularies as one rdflib graph (a new graph on each call)."""
    g = Graph()
    for path in ontology_files():
        g.parse(path, format="turtle")
    return g


def shapes_graph() -> Graph:
    """All SHACL shapes as one rdflib graph (a new graph on each call)."""
    g = Graph()
    for path in shape_files():
        g.parse(path, format="turtle")
    return g
