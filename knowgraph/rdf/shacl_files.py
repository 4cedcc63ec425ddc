"""The ontology and the SHACL shapes knowgraph validates against: where they are, and reading them.

    >>> from knowgraph.rdf.shacl_files import load_ontology, load_shapes, ontology_path
    >>> ontology_path("shapes.ttl").name
    'shapes.ttl'
    >>> shapes = load_shapes()            # parsed once, then cached: do not modify it

The files are read from ``knowgraph/ontologies/`` (package data in an installed wheel) or, in a
source checkout, from ``ontologies/`` at the repository root. Every name here is also importable
from :mod:`knowgraph.rdf.validation`.
"""

from __future__ import annotations

import functools
from importlib import resources
from pathlib import Path

import rdflib

__all__ = ["ONTOLOGY_FILE", "SHAPES_FILE", "load_ontology", "load_shapes", "ontology_path"]

ONTOLOGY_FILE = "knowgraph.ttl"
SHAPES_FILE = "shapes.ttl"


def ontology_path(name: str) -> Path:
    """Path of an ontology file (``knowgraph.ttl`` or ``shapes.ttl``).

    Looked up first as package data (``knowgraph/ontologies/NAME``, as installed from a wheel),
    then in ``ontologies/`` at the root of a source checkout.
    """
    try:
        candidate = resources.files("knowgraph").joinpath("ontologies").joinpath(name)
        if candidate.is_file():
            return Path(str(candidate))
    except (ModuleNotFoundError, FileNotFoundError, NotADirectoryError):  # pragma: no cover
        pass
    package = Path(__file__).resolve().parent.parent
    for folder in (package / "ontologies", package.parent / "ontologies"):
        if (folder / name).is_file():
            return folder / name
    raise FileNotFoundError(
        f"{name} not found in {package / 'ontologies'} nor {package.parent / 'ontologies'}: "
        "is knowgraph installed with its package data?"
    )


def _load(name: str) -> rdflib.Graph:
    graph = rdflib.Graph()
    graph.parse(ontology_path(name), format="turtle")
    return graph


@functools.lru_cache(maxsize=1)
def load_shapes() -> rdflib.Graph:
    """The SHACL shapes graph (parsed once and cached: do not modify it)."""
    return _load(SHAPES_FILE)


@functools.lru_cache(maxsize=1)
def load_ontology() -> rdflib.Graph:
    """The ai: ontology graph (parsed once and cached: do not modify it)."""
    return _load(ONTOLOGY_FILE)
