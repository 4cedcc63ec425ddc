"""Deterministic, fast and atomic RDF serialisation (and parsing) for knowgraph.

The same graph always gives the same bytes, on every machine and under every
``PYTHONHASHSEED``, whatever the insertion order: every distinct IRI is encoded once
(prefixed name when the local part is a safe Turtle name, else ``<IRI>``, validated by
pyoxigraph's IRI parser), triples are grouped by graph and subject and sorted (subjects and
graphs by IRI, ``rdf:type`` first, then predicates and objects by their text), and the
document is assembled with ``str.join``.  Turtle/TriG group by subject (``;``) and predicate
(``,``); the prefix header is always the fixed :data:`PREFIXES` block.  Writing a million
triples is 20-30x faster than rdflib's Turtle serialiser (``bench/serialize_1m.py``).
Literals keep their lexical form, datatype and language tag exactly as in the rdflib graph.

Supported formats, picked from the file extension (see :data:`FORMATS`)::

    .ttl     Turtle     (default graph; a Dataset is written as the union of its graphs)
    .trig    TriG       (named graphs kept, default graph too)
    .nt      N-Triples  (like .ttl)
    .nq      N-Quads    (like .trig)
    .jsonld  JSON-LD 1.1 (named graphs kept; ``@context`` holds the prefixes)

Usage::

    >>> import rdflib
    >>> from knowgraph.rdf import output
    >>> g = rdflib.Graph()
    >>> _ = g.add((rdflib.URIRef("https://w3id.org/knowgraph/entity/openai"),
    ...            rdflib.RDFS.label, rdflib.Literal("OpenAI")))
    >>> print(output.serialize(g, "turtle").decode().splitlines()[-1])
    kge:openai rdfs:label "OpenAI" .
    >>> output.format_for_path("graph.trig")
    'trig'
    >>> # output.write(g, "out/graph.ttl")      # atomic: temp file + fsync + os.replace
    >>> # ds = output.parse("out/graph.ttl")    # -> rdflib.Dataset

Reading (:func:`parse`) goes through pyoxigraph's parsers, then into an rdflib Dataset; it
keeps lexical forms and datatypes, but pyoxigraph lower-cases language tags (``en-GB`` ->
``en-gb``; RDF compares them case-insensitively).  Blank nodes are kept with their rdflib
identifiers; knowgraph never emits any, and byte-for-byte determinism is only guaranteed for
blank-node-free graphs.

The package, by concern (everything public is importable from ``knowgraph.rdf.output``)::

    formats.py    FORMATS, PREFIXES, format names and aliases, the errors
    triples.py    where triples are read from (rdflib stores, mappings of triples)
    encoding.py   rdflib terms -> Turtle / N-Triples text, each distinct term once
    text.py       Turtle, TriG, N-Triples, N-Quads documents
    jsonld.py     JSON-LD documents
    writing.py    serialize() to bytes, write() a file atomically
    oxigraph.py   rdflib <-> pyoxigraph terms
    reading.py    parse(), read_store(), check_syntax()

A few ``_`` internals are imported here too, for the knowgraph modules that build on them
(:mod:`knowgraph.archive.stream` encodes terms as ``_Encoder`` does, the stores read graphs as the
writers do), so that those need not know this package's layout.
"""

from __future__ import annotations

from knowgraph.rdf.output.encoding import _BARE as _BARE
from knowgraph.rdf.output.encoding import _Encoder as _Encoder
from knowgraph.rdf.output.encoding import _prefix_header as _prefix_header
from knowgraph.rdf.output.formats import _RDF_TYPE as _RDF_TYPE
from knowgraph.rdf.output.formats import (
    FORMATS,
    PREFIXES,
    OutputError,
    ParseError,
    RdfData,
    UnsupportedFormat,
    format_for_path,
    normalize_format,
    oxigraph_format,
)
from knowgraph.rdf.output.oxigraph import _node as _node
from knowgraph.rdf.output.oxigraph import _ToRdflib as _ToRdflib
from knowgraph.rdf.output.oxigraph import from_oxigraph, to_oxigraph
from knowgraph.rdf.output.reading import check_syntax, parse, read_store
from knowgraph.rdf.output.text import _lines_text as _lines_text
from knowgraph.rdf.output.text import _turtle_text as _turtle_text
from knowgraph.rdf.output.triples import _graph_parts as _graph_parts
from knowgraph.rdf.output.writing import serialize, write

__all__ = [
    "FORMATS",
    "PREFIXES",
    "OutputError",
    "ParseError",
    "RdfData",
    "UnsupportedFormat",
    "check_syntax",
    "format_for_path",
    "from_oxigraph",
    "normalize_format",
    "oxigraph_format",
    "parse",
    "read_store",
    "serialize",
    "to_oxigraph",
    "write",
]
