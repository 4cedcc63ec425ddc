"""Formats, prefixes and errors of :mod:`knowgraph.rdf.output`, and the helpers its writers and readers share.

>>> format_for_path("graph.trig"), normalize_format("application/n-quads")
('trig', 'nquads')
"""

from __future__ import annotations

import contextlib
import gc
import os
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

import pyoxigraph as ox
import rdflib
from rdflib.graph import Graph

#: File extension -> format name.
FORMATS: dict[str, str] = {
    ".ttl": "turtle",
    ".trig": "trig",
    ".nt": "ntriples",
    ".nq": "nquads",
    ".jsonld": "json-ld",
}

#: Prefixes bound in every output (and used to shorten IRIs in query tables).
PREFIXES: dict[str, str] = {
    "ai": "https://w3id.org/knowgraph/ai#",
    "kge": "https://w3id.org/knowgraph/entity/",
    "kga": "https://w3id.org/knowgraph/article/",
    "kgs": "https://w3id.org/knowgraph/statement/",
    "kgv": "https://w3id.org/knowgraph/evidence/",
    "kgx": "https://w3id.org/knowgraph/event/",
    "kgm": "https://w3id.org/knowgraph/amount/",
    "schema": "https://schema.org/",
    "prov": "http://www.w3.org/ns/prov#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "wd": "http://www.wikidata.org/entity/",
}

_RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
_XSD = "http://www.w3.org/2001/XMLSchema#"
_XSD_STRING = _XSD + "string"

_OX_FORMATS: dict[str, ox.RdfFormat] = {
    "turtle": ox.RdfFormat.TURTLE,
    "trig": ox.RdfFormat.TRIG,
    "ntriples": ox.RdfFormat.N_TRIPLES,
    "nquads": ox.RdfFormat.N_QUADS,
    "json-ld": ox.RdfFormat.JSON_LD,
}

_ALIASES: dict[str, str] = {
    "turtle": "turtle",
    "ttl": "turtle",
    "text/turtle": "turtle",
    "trig": "trig",
    "application/trig": "trig",
    "ntriples": "ntriples",
    "nt": "ntriples",
    "n-triples": "ntriples",
    "nt11": "ntriples",
    "application/n-triples": "ntriples",
    "nquads": "nquads",
    "nq": "nquads",
    "n-quads": "nquads",
    "application/n-quads": "nquads",
    "json-ld": "json-ld",
    "jsonld": "json-ld",
    "json": "json-ld",
    "application/ld+json": "json-ld",
}

#: What the writers take: an rdflib Graph (the default graph), an rdflib Dataset, or a mapping from
#: graph name (None: the default graph) to that graph's triples (distinct ``(s, p, o)`` tuples of
#: rdflib terms), which a streaming build writes without an rdflib store.
RdfData = Graph | rdflib.Dataset | Mapping[Any, Iterable[tuple[Any, Any, Any]]]


# defined with knowgraph's other errors (subclasses of knowgraph.KnowgraphError), kept importable from here
from knowgraph.errors import OutputError, ParseError, UnsupportedFormat  # noqa: E402, F401


def _supported() -> str:
    return ", ".join(FORMATS)


def format_for_path(path: str | os.PathLike[str]) -> str:
    """Return the format name for ``path``'s extension.

    >>> format_for_path("out/graph.TTL")
    'turtle'
    >>> format_for_path("graph.xml")  # doctest: +IGNORE_EXCEPTION_DETAIL
    Traceback (most recent call last):
    ...
    knowgraph.rdf.output.UnsupportedFormat: unsupported output extension '.xml' for graph.xml (use one of .ttl, .trig, .nt, .nq, .jsonld)
    """
    suffix = Path(os.fspath(path)).suffix.lower()
    try:
        return FORMATS[suffix]
    except KeyError:
        shown = repr(suffix) if suffix else "(none)"
        raise UnsupportedFormat(
            f"unsupported output extension {shown} for {os.fspath(path)} (use one of {_supported()})"
        ) from None


def normalize_format(fmt: str) -> str:
    """Map a format name, alias, media type or extension to one of ``FORMATS.values()``.

    >>> normalize_format(".nq"), normalize_format("Turtle"), normalize_format("jsonld")
    ('nquads', 'turtle', 'json-ld')
    """
    key = str(fmt).strip().lower()
    if key in FORMATS:
        return FORMATS[key]
    try:
        return _ALIASES[key.lstrip(".")]
    except KeyError:
        raise UnsupportedFormat(
            f"unsupported RDF format {fmt!r} (use one of {', '.join(_OX_FORMATS)} or an extension {_supported()})"
        ) from None


def oxigraph_format(fmt: str) -> ox.RdfFormat:
    """The :class:`pyoxigraph.RdfFormat` for a knowgraph format name or extension."""
    return _OX_FORMATS[normalize_format(fmt)]


@contextlib.contextmanager
def _no_gc() -> Iterator[None]:
    """Pause the cyclic garbage collector while millions of short-lived objects are made.

    Serialising or parsing a million triples creates no reference cycles but triggers many
    full collections, which otherwise cost more than the work itself (2-3x slower).
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _one_line(text: object) -> str:
    return " ".join(str(text).split())
