"""Locate and load consultkg's vocabulary files (ontology, SKOS schemes, SHACL shapes).

A source checkout (or an editable install) reads the repository's top-level
``ontology/`` folder; an installed wheel carries them as ``consultkg/ontology/``::

    >>> ontology_path("themes.ttl").name
    'themes.ttl'
    >>> from consultkg.namespaces import CKG
    >>> from rdflib.namespace import RDF, OWL
    >>> (CKG.Meeting, RDF.type, OWL.Class) in vocabulary_graph()
    True

:func:`vocabulary_graph` and :func:`shapes_graph` parse the files once per
process and hand every caller a fresh copy, so callers may add triples to
what they get without affecting anyone else.
"""
from __future__ import annotations

from functools import lru_cache
from importlib import resources
from pathlib import Path

from rdflib import Graph

__all__ = [
    "VOCABULARY_FILES",
    "SHAPES_FILE",
    "ontology_dir",
    "ontology_path",
    "vocabulary_graph",
    "shapes_graph",
]

#: The vocabulary graphs: the OWL ontology and the three SKOS schemes.
VOCABULARY_FILES = ("consultkg.ttl", "themes.ttl", "org-types.ttl", "audiences.ttl")
#: The SHACL shapes the data graphs are validated against.
SHAPES_FILE = "shapes.ttl"


def ontology_dir() -> Path:
    """The folder holding the vocabulary files.

    In a source checkout (``src/consultkg/vocab.py`` with ``ontology/`` two levels
    up) that is the checkout's ``ontology/``, so edits show at once: an editable
    install made by hatchling also leaves a *copy* of the folder in
    ``site-packages/consultkg/ontology`` (the wheel's force-include), frozen at
    install time, which must not shadow the files being edited. Otherwise it is
    the packaged copy, ``importlib.resources.files("consultkg") / "ontology"``.
    """
    source = Path(__file__).resolve().parents[2] / "ontology"
    if (source / VOCABULARY_FILES[0]).is_file():
        return source
    packaged = resources.files("consultkg") / "ontology"
    if packaged.is_dir():
        return Path(str(packaged))
    return source


def ontology_path(name: str) -> Path:
    """Path of one vocabulary file, e.g. ``ontology_path("shapes.ttl")``.

    Raises ``FileNotFoundError`` naming the folder searched when it is missing.
    """
    path = ontology_dir() / name
    if not path.is_file():
        raise FileNotFoundError(f"vocabulary file {name!r} not found in {path.parent}")
    return path


def _copy(graph: Graph) -> Graph:
    fresh = Graph()
    for prefix, namespace in graph.namespaces():
        fresh.bind(prefix, namespace, override=True)
    fresh += graph
    return fresh


@lru_cache(maxsize=1)
def _vocabulary() -> Graph:
    graph = Graph()
    for name in VOCABULARY_FILES:
        graph.parse(ontology_path(name), format="turtle")
    return graph


@lru_cache(maxsize=1)
def _shapes() -> Graph:
    return Graph().parse(ontology_path(SHAPES_FILE), format="turtle")


def vocabulary_graph() -> Graph:
    """The ontology and the three SKOS schemes in one new graph (parsed once, copied per call)."""
    return _copy(_vocabulary())


def shapes_graph() -> Graph:
    """The SHACL shapes graph (``shapes.ttl``) as a new graph (parsed once, copied per call)."""
    return _copy(_shapes())
