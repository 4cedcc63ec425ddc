"""Serialising to bytes in any format (:func:`serialize`), and writing a file atomically (:func:`write`)."""

from __future__ import annotations

import os
import secrets
import sys
from collections.abc import Mapping

from knowgraph.rdf.output.encoding import _encode_utf8, _Encoder
from knowgraph.rdf.output.formats import (
    _OX_FORMATS,
    OutputError,
    RdfData,
    UnsupportedFormat,
    _no_gc,
    _one_line,
    format_for_path,
    normalize_format,
)
from knowgraph.rdf.output.jsonld import _jsonld
from knowgraph.rdf.output.text import _collect, _lines_text, _turtle_text
from knowgraph.rdf.output.triples import _graph_parts, _memory_spo


def serialize(data: RdfData, fmt: str) -> bytes:
    """Serialise ``data`` to bytes, deterministically.

    ``fmt`` is a format name (``turtle``, ``trig``, ``ntriples``, ``nquads``, ``json-ld``) or an
    extension (``.ttl``...).  A Dataset written as Turtle/N-Triples is the de-duplicated union of
    all its graphs; TriG/N-Quads/JSON-LD keep the named graphs and the default graph.  A plain
    Graph is always the default graph. A mapping ``{graph name or None: triples}`` is written as
    the Dataset holding those graphs would be, byte for byte, without building it.

    >>> from rdflib import Dataset, Literal, URIRef
    >>> ds = Dataset()
    >>> _ = ds.graph(URIRef("http://ex.org/g")).add(
    ...     (URIRef("http://ex.org/s"), URIRef("http://ex.org/p"), Literal("été", lang="fr")))
    >>> serialize(ds, "nquads")
    b'<http://ex.org/s> <http://ex.org/p> "\\xc3\\xa9t\\xc3\\xa9"@fr <http://ex.org/g> .\\n'
    >>> triples = [(URIRef("http://ex.org/s"), URIRef("http://ex.org/p"), Literal("été", lang="fr"))]
    >>> serialize({URIRef("http://ex.org/g"): triples}, "nquads") == serialize(ds, "nquads")
    True
    """
    name = normalize_format(fmt)
    if name == "json-ld":
        with _no_gc():
            return _jsonld(data)
    turtle = name in ("turtle", "trig")
    enc = _Encoder(turtle=turtle)
    union = name in ("turtle", "ntriples")
    with _no_gc():
        graphs = _collect(data, enc, union=union)
        # a union of several graphs read graph by graph may hold the same triple twice
        dedupe = union and _memory_spo(data, union) is None and sum(1 for _ in _graph_parts(data)) > 1
        dedupe = dedupe or isinstance(data, Mapping)  # plain triples: nothing has de-duplicated them
        if turtle:
            text = _turtle_text(graphs, trig=name == "trig", dedupe=dedupe, order=enc.order)
        else:
            text = _lines_text(graphs, quads=name == "nquads", dedupe=dedupe, order=enc.order)
        del graphs
        return _encode_utf8(text)


def _fsync_dir(folder: str) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _write_error(path: str, exc: OSError) -> OutputError:
    reason = exc.strerror or _one_line(exc) or type(exc).__name__
    return OutputError(f"cannot write {path}: {reason}")


def write(data: RdfData, path: str | os.PathLike[str], fmt: str | None = None) -> None:
    """Serialise ``data`` and write it to ``path`` atomically.

    The format comes from ``fmt`` or else from the extension (:func:`format_for_path`).
    The bytes go to a temporary file in the same folder, which is fsynced and then renamed
    over ``path`` with :func:`os.replace`: readers see either the old file or the complete
    new one, and on any error no partial file is left and the previous file is untouched.
    ``path`` ``"-"`` writes to standard output (``fmt`` required).

    >>> import tempfile
    >>> from rdflib import Graph
    >>> g = Graph()
    >>> with tempfile.TemporaryDirectory() as d:
    ...     write(g, os.path.join(d, "empty.nt"))
    ...     os.listdir(d)
    ['empty.nt']

    Raises :class:`UnsupportedFormat` for an unknown extension and :class:`OutputError`
    (one-line message) when the file cannot be written.
    """
    if os.fspath(path) == "-":
        if fmt is None:
            raise UnsupportedFormat(f"writing to standard output needs a format (one of {', '.join(_OX_FORMATS)})")
        sys.stdout.buffer.write(serialize(data, fmt))
        sys.stdout.buffer.flush()
        return
    target = os.path.abspath(os.fspath(path))
    shown = os.fspath(path)
    name = normalize_format(fmt) if fmt is not None else format_for_path(target)
    folder = os.path.dirname(target)
    if not os.path.isdir(folder):
        reason = "not a directory" if os.path.exists(folder) else "no such directory"
        raise OutputError(f"cannot write {shown}: {reason}: {folder}")
    if os.path.isdir(target):
        raise OutputError(f"cannot write {shown}: it is a directory")
    payload = serialize(data, name)  # before touching the disk: errors leave nothing behind

    tmp = os.path.join(folder, f".{os.path.basename(target)}.{os.getpid()}.{secrets.token_hex(4)}.tmp")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0), 0o666)
    except OSError as e:
        raise _write_error(shown, e) from None
    try:
        try:
            view = memoryview(payload)
            while view:
                n = os.write(fd, view)
                view = view[n:]
            os.fsync(fd)
        finally:
            os.close(fd)
        try:  # keep the permissions of the file being replaced
            os.chmod(tmp, os.stat(target).st_mode & 0o7777)
        except FileNotFoundError:
            pass
        os.replace(tmp, target)
    except BaseException as e:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        if isinstance(e, OSError):
            raise _write_error(shown, e) from None
        raise
    _fsync_dir(folder)
