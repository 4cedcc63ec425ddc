"""Reading RDF files or bytes through pyoxigraph's parsers: into an rdflib Dataset (:func:`parse`), an
Oxigraph store (:func:`read_store`), or nowhere (:func:`check_syntax`)."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator

import pyoxigraph as ox
import rdflib

from knowgraph.rdf.output.formats import _OX_FORMATS, ParseError, _one_line, format_for_path, normalize_format
from knowgraph.rdf.output.oxigraph import from_oxigraph


def _sniff(data: bytes) -> str:
    head = data.lstrip()[:1]
    if head in (b"{", b"["):
        return "json-ld"
    return "trig"


def parse(path_or_bytes: str | os.PathLike[str] | bytes, fmt: str | None = None) -> rdflib.Dataset:
    """Parse an RDF file (a path) or bytes into an :class:`rdflib.Dataset`, via pyoxigraph.

    The format comes from ``fmt`` or the file extension; for bytes without ``fmt``, JSON-LD
    is recognised by its leading ``{``/``[`` and anything else is read as TriG (a superset of
    Turtle), then as N-Quads.  Named graphs are kept; Turtle/N-Triples triples land in the
    default graph.  Literals keep their exact lexical form, datatype and language tag.

    >>> ds = parse(b'<http://ex.org/s> <http://ex.org/p> "13750000000"^^'
    ...            b'<http://www.w3.org/2001/XMLSchema#decimal> .', "nt")
    >>> [str(o) for o in ds.objects()]
    ['13750000000']

    Raises :class:`ParseError` (one line, with the position) on bad syntax or unreadable
    files, :class:`UnsupportedFormat` for an unknown extension or format.
    """
    if isinstance(path_or_bytes, (bytes, bytearray, memoryview)):
        data = bytes(path_or_bytes)
        names = [normalize_format(fmt)] if fmt else [_sniff(data)]
        if not fmt and names[0] == "trig":
            names.append("nquads")
        error = ""
        for name in names:
            try:
                return from_oxigraph(ox.parse(data, format=_OX_FORMATS[name]))
            except (SyntaxError, ValueError) as e:
                error = error or _one_line(e)
        raise ParseError(f"invalid {names[0]} data: {error}")
    with _reading(path_or_bytes, fmt) as (path, name):
        return from_oxigraph(ox.parse(path=path, format=_OX_FORMATS[name]))


@contextlib.contextmanager
def _reading(path: str | os.PathLike[str], fmt: str | None) -> Iterator[tuple[str, str]]:
    """(path, format name) of a file to read; parser and file errors become a one-line ParseError."""
    path = os.fspath(path)
    name = normalize_format(fmt) if fmt else format_for_path(path)
    if os.path.isdir(path):
        raise ParseError(f"cannot read {path}: it is a directory")
    try:
        yield path, name
    except SyntaxError as e:
        raise ParseError(f"{path}: invalid {name}: {_one_line(e)}") from None
    except OSError as e:
        raise ParseError(f"cannot read {path}: {e.strerror or _one_line(e)}") from None
    except ValueError as e:
        raise ParseError(f"{path}: invalid {name}: {_one_line(e)}") from None


def read_store(path: str | os.PathLike[str], fmt: str | None = None) -> ox.Store:
    """Read an RDF file into a new in-memory :class:`pyoxigraph.Store`, ready for SPARQL: the
    fast way to read a big graph when rdflib objects are not needed (parsing and indexing happen in
    Rust, with no Python object per triple; several times faster than :func:`parse`).

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as d:
    ...     p = os.path.join(d, "g.nt")
    ...     _ = open(p, "w").write('<http://ex.org/s> <http://ex.org/p> "x" .\\n')
    ...     len(read_store(p))
    1

    Raises :class:`ParseError` (one line) on bad syntax or an unreadable file.
    """
    store = ox.Store()
    with _reading(path, fmt) as (path, name):
        store.load(path=path, format=_OX_FORMATS[name])
    return store


def check_syntax(path: str | os.PathLike[str], fmt: str | None = None) -> int:
    """Read an RDF file through pyoxigraph's streaming parser without keeping anything (constant
    memory); returns the number of quads. Raises :class:`ParseError` (one line) like :func:`parse`."""
    with _reading(path, fmt) as (path, name):
        return sum(1 for _ in ox.parse(path=path, format=_OX_FORMATS[name]))
