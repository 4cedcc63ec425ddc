"""Writing a graph bigger than memory: article graphs spooled to disk, one sorted merge at the end.

A :class:`Spool` receives the N-Quads of each article's named graph as the articles are built,
keeps them in sorted runs on disk, and :meth:`Spool.write` merges the runs into the output file.
The output is the very same bytes :func:`knowgraph.rdf.output.write` gives for the whole dataset held
in memory, in Turtle, TriG, N-Triples and N-Quads (the serialisers sort by graph, subject,
predicate and object; the merge follows the same order), so a build of 10,000 articles keeps in
memory one buffer of lines and the cross-article view, whatever the number of articles.

>>> spool = Spool("kg.trig")                                   # doctest: +SKIP
>>> spool.add_nquads(serialize(article_dataset, "nquads"))      # doctest: +SKIP
>>> spool.add_nquads(serialize(default_graph, "nquads"))        # doctest: +SKIP
>>> spool.write("kg.trig")                                     # doctest: +SKIP

JSON-LD is a tree per subject, not a sorted list of lines: it is written from the merged N-Quads
parsed in memory (use ``.nq`` or ``.trig`` for archives).
"""

from __future__ import annotations

import heapq
import os
import re
import secrets
import shutil
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path

from knowgraph.rdf.output import (
    _BARE,
    _RDF_TYPE,
    OutputError,
    _Encoder,
    _prefix_header,
    format_for_path,
    normalize_format,
    parse,
    write,
)

__all__ = ["Spool", "NQUAD"]

#: One N-Quads line as knowgraph writes it: subject, predicate, object, optional graph.
NQUAD = re.compile(
    r'(<[^>]*>|_:\S+) (<[^>]*>) (<[^>]*>|_:\S+|"(?:[^"\\]|\\.)*"(?:@[A-Za-z0-9-]+|\^\^<[^>]*>)?)'
    r"(?: (<[^>]*>|_:\S+))? \.$"
)
_TYPE = f"<{_RDF_TYPE}>"
_DEFAULT_RUN_LINES = 100_000
_WRITE_LINES = 5_000  # lines joined into one string when a run is written


def _sort_key(term: str) -> str:
    """The serialisers' order of an IRI or blank node: the full IRI, blank nodes last."""
    return term[1:-1] if term[0] == "<" else "~" + term[2:]


class Spool:
    """Sorted runs of spooled quads for one output format, in a folder of their own.

    Each line of a run is ``graph key, subject key, subject, predicate, object, graph`` separated
    by tabs (terms in N-Triples syntax, which escapes every tab and newline), so that sorting the
    lines as strings sorts the quads in the serialisers' order. ``folder`` survives a crash when
    given (``--resume`` reads it back); a temporary folder is removed by :meth:`close`.
    """

    def __init__(self, fmt: str, folder: str | os.PathLike | None = None, run_lines: int = _DEFAULT_RUN_LINES) -> None:
        self.format = normalize_format(fmt)
        self.union = self.format in ("turtle", "ntriples")
        self._own_folder = folder is None
        self.folder = Path(folder) if folder is not None else Path(tempfile.mkdtemp(prefix="knowgraph-spool-"))
        self.folder.mkdir(parents=True, exist_ok=True)
        self.run_lines = run_lines
        self.runs: list[Path] = sorted(self.folder.glob("run-*.txt"))
        self.written = 0
        self._buffer: list[str] = []

    # --- input -------------------------------------------------------------------------

    def add_nquads(self, data: bytes | str | Iterable[str]) -> int:
        """Spool N-Quads (knowgraph's own output: one quad a line); returns the number of quads."""
        if isinstance(data, bytes):
            data = data.decode("utf-8")
        # split at "\n" only: str.splitlines() also splits at U+2028, U+2029 and U+0085, which
        # N-Quads literals hold as they are (an article with them made the merge fail)
        lines = data.split("\n") if isinstance(data, str) else data
        buffer = self._buffer
        match = NQUAD.match
        union = self.union
        n = 0
        for line in lines:
            line = line.rstrip("\n")
            if not line:
                continue
            m = match(line)
            if m is None:
                raise OutputError(f"not an N-Quads line knowgraph can merge: {line[:120]!r}")
            s, p, o, g = m.groups()
            if p == _TYPE:
                p = ""
            if union or g is None:
                buffer.append(f"\t\t{_sort_key(s)}\t{s}\t{p}\t{o}")
            else:
                buffer.append(f"{_sort_key(g)}\t{g}\t{_sort_key(s)}\t{s}\t{p}\t{o}")
            n += 1
        if len(buffer) >= self.run_lines:
            self.flush()
        return n

    def add_file(self, path: str | os.PathLike) -> int:
        """Spool an N-Quads file (e.g. a Dask partition), line by line."""
        with open(path, encoding="utf-8") as f:
            n = 0
            chunk: list[str] = []
            for line in f:
                chunk.append(line)
                if len(chunk) >= 50_000:
                    n += self.add_nquads(chunk)
                    chunk = []
            return n + self.add_nquads(chunk)

    def flush(self) -> None:
        """Write the buffer as a new sorted run (a checkpoint: everything spooled is on disk)."""
        if not self._buffer:
            return
        self._buffer.sort()
        path = self.folder / f"run-{len(self.runs):06d}.txt"
        tmp = path.with_suffix(".tmp")
        with open(tmp, "w", encoding="utf-8", newline="\n") as f:
            buffer = self._buffer
            for start in range(0, len(buffer), _WRITE_LINES):  # not one string of the whole run: its size again
                f.write("\n".join(buffer[start : start + _WRITE_LINES]))
                f.write("\n")
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
        self.runs.append(path)
        self._buffer = []

    # --- output ------------------------------------------------------------------------

    def _merged(self) -> Iterator[list[str]]:
        """Every spooled quad once, in order, split into its fields."""
        self.flush()
        self.written = 0
        files = [open(run, encoding="utf-8") for run in self.runs]
        try:
            previous = None
            for line in heapq.merge(*files):
                if line != previous:
                    previous = line
                    self.written += 1
                    yield line.rstrip("\n").split("\t")
        finally:
            for f in files:
                f.close()

    def chunks(self) -> Iterator[str]:
        """The output document, in pieces (the same bytes as :func:`knowgraph.rdf.output.serialize`)."""
        if self.format in ("turtle", "trig"):
            yield from _turtle_chunks(self._merged(), trig=self.format == "trig")
        else:
            yield from _line_chunks(self._merged(), quads=self.format == "nquads")

    def write(self, path: str | os.PathLike) -> int:
        """Write the merged graph to ``path`` atomically (a temporary file renamed over it).

        Returns the number of distinct triples (Turtle, N-Triples) or quads written."""
        target = os.path.abspath(os.fspath(path))
        if normalize_format(format_for_path(target)) == "json-ld" or self.format == "json-ld":
            merged = self.folder / "merged.nq"
            with open(merged, "w", encoding="utf-8", newline="\n") as f:
                for chunk in _line_chunks(self._merged(), quads=True):
                    f.write(chunk)
            write(parse(str(merged), "nquads"), target, "json-ld")
            return self.written
        folder = os.path.dirname(target)
        tmp = os.path.join(folder, f".{os.path.basename(target)}.{os.getpid()}.{secrets.token_hex(4)}.tmp")
        try:
            with open(tmp, "w", encoding="utf-8", newline="\n") as f:
                pending: list[str] = []
                size = 0
                for chunk in self.chunks():
                    pending.append(chunk)
                    size += len(chunk)
                    if size > 1 << 20:
                        f.write("".join(pending))
                        pending, size = [], 0
                f.write("".join(pending))
                f.flush()
                os.fsync(f.fileno())
            os.replace(tmp, target)
            return self.written
        except UnicodeEncodeError as e:
            raise OutputError(f"cannot encode as UTF-8 (lone surrogate in a term): {e}") from None
        except OSError as e:
            raise OutputError(f"cannot write {path}: {e.strerror or e}") from None
        finally:
            if os.path.exists(tmp):
                os.unlink(tmp)

    def close(self) -> None:
        """Remove the spool's folder."""
        shutil.rmtree(self.folder, ignore_errors=True)

    def __enter__(self) -> Spool:
        return self

    def __exit__(self, *exc) -> None:
        if self._own_folder:
            self.close()


# --- assembly: the same text as output._turtle_text / output._lines_text ------------------


def _line_chunks(rows: Iterator[list[str]], quads: bool) -> Iterator[str]:
    for _gkey, g, _skey, s, p, o in rows:
        tail = f" {g} .\n" if quads and g else " .\n"
        yield f"{s} {p or _TYPE} {o}{tail}"


class _TurtleTerms:
    """N-Triples terms re-encoded as output._Encoder(turtle=True) writes them."""

    def __init__(self) -> None:
        self.iris: dict[str, str] = {}
        self.encoder = _Encoder(turtle=True)

    def iri(self, term: str) -> str:
        hit = self.iris.get(term)
        if hit is None:
            if len(self.iris) > 200_000:  # bounded: an archive has millions of distinct IRIs
                self.iris.clear()
            hit = self.iris[term] = self.encoder.iri(term[1:-1])
        return hit

    def term(self, term: str) -> str:
        first = term[0]
        if first == "<":
            return self.iri(term)
        if first != '"':
            return term
        close = term.rfind('"')
        if close + 1 < len(term) and term[close + 1] == "^":
            dt = term[close + 4 : -1]
            bare = _BARE.get(dt)
            lex = term[1:close]
            if bare is not None and bare(lex):
                return lex
            return f"{term[: close + 1]}^^{self.iri(term[close + 3 :])}"
        return term


def _turtle_chunks(rows: Iterator[list[str]], trig: bool) -> Iterator[str]:
    terms = _TurtleTerms()
    yield _prefix_header()
    ind1, ind2 = ("    ", "        ") if trig else ("", "    ")
    current_graph = current_subject = None
    block: list[tuple[str, str]] = []
    first_graph = True
    first_subject = True

    def subject_text(subject: str, rows_: list[tuple[str, str]]) -> str:
        out = [ind1, terms.term(subject)]
        rows_.sort()
        pp = None
        previous = None
        for row in rows_:
            if row == previous:
                continue
            previous = row
            p, o = row
            if p != pp:
                out.append(" ;\n" + ind2 if pp is not None else " ")
                out.append(p or "a")
                out.append(" ")
                pp = p
            else:
                out.append(" , ")
            out.append(o)
        out.append(" .\n")
        return "".join(out)

    for _gkey, g, _skey, s, p, o in rows:
        if trig and g != current_graph:
            if block:
                yield subject_text(current_subject, block)
                block = []
            if current_graph is not None:
                yield "}\n"
            if not first_graph:
                yield "\n"
            yield f"{terms.term(g)} {{\n" if g else "{\n"
            first_graph = False
            first_subject = True
            current_graph, current_subject = g, None
        if s != current_subject:
            if block:
                yield subject_text(current_subject, block)
                block = []
            if not first_subject:
                yield "\n"
            first_subject = False
            current_subject = s
        block.append((terms.iri(p) if p else "", terms.term(o)))
    if block:
        yield subject_text(current_subject, block)
    if trig and current_graph is not None:
        yield "}\n"
