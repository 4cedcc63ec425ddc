"""The embedded SPARQL store: a pyoxigraph :class:`~pyoxigraph.Store` on disk (or in memory).

This is the default back end of ``knowgraph load`` and ``knowgraph query``.  Queries see the
*union* of all graphs as their default graph, so no ``GRAPH`` clause is needed (a triple held
by several graphs is seen once: the union is an RDF merge, kept up to date by ``load``), and the
knowgraph prefixes (``ai:``, ``kge:``, ``schema:``... see :data:`knowgraph.rdf.output.PREFIXES`)
are predeclared (a ``PREFIX`` line in the query still wins).  ``GRAPH ?g`` ranges over the
named graphs that were loaded.  Modify the store only through :meth:`EmbeddedStore.load`
(writing to ``EmbeddedStore.store`` directly would bypass the union).

Usage::

    >>> from knowgraph.stores.embedded import EmbeddedStore
    >>> with EmbeddedStore() as store:        # EmbeddedStore("kg.store") keeps it in a folder
    ...     store.load("out/graph.trig")      # doctest: +SKIP
    ...     result = store.query("SELECT ?who WHERE { ?who ai:investedIn kge:openai }")
    ...     print(result.to_table())          # doctest: +SKIP
    who
    -------------
    kge:microsoft
    (1 row)

``load`` accepts rdflib Graphs/Datasets or files in any of the five formats; loading the same
input twice leaves one copy (each named graph the input carries is replaced).  ``query`` returns
a :class:`QueryResult` for SELECT, a ``bool`` for ASK and an :class:`rdflib.Graph` for
CONSTRUCT/DESCRIBE.  ``pandas.DataFrame(result.rows)`` gives a DataFrame.
"""

from __future__ import annotations

import csv
import io
import json
import os
import sys
import unicodedata
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

import pyoxigraph as ox
import rdflib
from rdflib.term import BNode, Identifier, Literal

from knowgraph.rdf import output

__all__ = ["EmbeddedStore", "QueryResult", "StoreError", "read_query"]

_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"

#: Where the triples loaded into "the default graph" are kept.  The store's real default
#: graph holds the union (RDF merge) of every graph, maintained by :meth:`EmbeddedStore.load`;
#: queries read it as their default graph and see the other graphs (but not this one) in
#: ``GRAPH`` clauses.  pyoxigraph 0.5's ``use_default_graph_as_union`` is not used because it
#: returns a triple once per graph holding it (oxigraph issue #1919, fixed after 0.5.13).
_DEFAULT_GRAPH = ox.NamedNode("urn:x-knowgraph:default-graph")


from knowgraph.errors import StoreError  # noqa: E402  (defined with knowgraph's other errors)


def _one_line(text: object) -> str:
    return " ".join(str(text).split())


# --------------------------------------------------------------------------------------
# query results
# --------------------------------------------------------------------------------------


def _python_value(term: Identifier | None) -> object:
    """Plain Python value of an RDF term: str for IRIs, ``_:id`` for blank nodes, and for
    literals ``Literal.toPython()`` (int, Decimal, float, bool, date, datetime, str...)."""
    if term is None:
        return None
    if isinstance(term, Literal):
        value = term.toPython()
        return str(term) if isinstance(value, Literal) else value
    if isinstance(term, BNode):
        return f"_:{term}"
    return str(term)


def _as_term(value: object) -> Identifier | None:
    if value is None or isinstance(value, Identifier):
        return value  # type: ignore[return-value]
    return Literal(value)


def _shorten(iri: str) -> str:
    best = ""
    prefix = ""
    for p, ns in output.PREFIXES.items():
        if len(ns) > len(best) and iri.startswith(ns) and len(iri) > len(ns):
            best, prefix = ns, p
    return f"{prefix}:{iri[len(best) :]}" if best else f"<{iri}>"


def _width(text: str) -> int:
    """Terminal columns taken by ``text`` (wide East Asian characters count 2, combining 0)."""
    if text.isascii():
        return len(text)
    n = 0
    for ch in text:
        if unicodedata.combining(ch):
            continue
        n += 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1
    return n


def _clip(text: str, max_width: int | None) -> str:
    if max_width is None or _width(text) <= max_width:
        return text
    out = ""
    for ch in text:
        if _width(out + ch) > max_width - 1:
            break
        out += ch
    return out + "…"


@dataclass
class QueryResult:
    """The solutions of a SELECT query.

    ``variables`` are the projected variable names (without ``?``); ``rows`` one dict per
    solution, every variable present, values as plain Python objects (None when unbound):
    IRIs as ``str``, blank nodes as ``"_:id"``, literals via ``rdflib.Literal.toPython``
    (``int``, ``Decimal``, ``float``, ``bool``, ``datetime.date``, ``str``...).  ``terms`` holds
    the same solutions as rdflib terms, which the exports use to keep datatypes and languages.

    >>> r = QueryResult(["n"], [{"n": 3}])
    >>> r.to_csv().splitlines()
    ['n', '3']
    """

    variables: list[str]
    rows: list[dict[str, object]]
    terms: list[dict[str, Identifier | None]] = field(default_factory=list, repr=False)

    def __len__(self) -> int:
        return len(self.rows)

    def __iter__(self):  # type: ignore[no-untyped-def]
        return iter(self.rows)

    def _term_rows(self) -> list[dict[str, Identifier | None]]:
        if len(self.terms) == len(self.rows):
            return self.terms
        return [{v: _as_term(row.get(v)) for v in self.variables} for row in self.rows]

    def to_csv(self) -> str:
        """SPARQL 1.1 Query Results CSV: header of variable names, IRIs and literal lexical
        forms as plain text, CRLF line ends (RFC 4180 quoting)."""
        buf = io.StringIO()
        writer = csv.writer(buf, lineterminator="\r\n")
        writer.writerow(self.variables)
        for row in self._term_rows():
            writer.writerow(
                [
                    "" if (t := row.get(v)) is None else (f"_:{t}" if isinstance(t, BNode) else str(t))
                    for v in self.variables
                ]
            )
        return buf.getvalue()

    def to_tsv(self) -> str:
        """SPARQL 1.1 Query Results TSV: header ``?var``, terms in N-Triples syntax."""
        enc = output._Encoder(turtle=False)
        lines = ["\t".join(f"?{v}" for v in self.variables)]
        for row in self._term_rows():
            cells = []
            for v in self.variables:
                t = row.get(v)
                if t is None:
                    cells.append("")
                elif isinstance(t, Literal):
                    cells.append(enc.literal(t))
                else:
                    cells.append(enc.node(t))
            lines.append("\t".join(cells))
        return "\n".join(lines) + "\n"

    def to_json(self) -> str:
        """SPARQL 1.1 Query Results JSON (``application/sparql-results+json``)."""
        bindings = []
        for row in self._term_rows():
            b: dict[str, dict[str, str]] = {}
            for v in self.variables:
                t = row.get(v)
                if t is None:
                    continue
                if isinstance(t, Literal):
                    cell = {"type": "literal", "value": str(t)}
                    if t.language:
                        cell["xml:lang"] = t.language
                    elif t.datatype is not None and str(t.datatype) != _XSD_STRING:
                        cell["datatype"] = str(t.datatype)
                elif isinstance(t, BNode):
                    cell = {"type": "bnode", "value": str(t)}
                else:
                    cell = {"type": "uri", "value": str(t)}
                b[v] = cell
            bindings.append(b)
        doc = {"head": {"vars": list(self.variables)}, "results": {"bindings": bindings}}
        return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"

    def to_table(self, max_width: int | None = 80) -> str:
        """An aligned plain-text table for terminals.

        IRIs are shortened with the knowgraph prefixes (``kge:openai``), literals shown by
        their value, numbers right-aligned, line breaks shown as ``\\n``, cells longer than
        ``max_width`` columns clipped with ``…``; a last line gives the row count.
        """
        header = list(self.variables)
        body: list[list[str]] = []
        numeric = [True] * len(header)
        for row in self._term_rows():
            cells = []
            for i, v in enumerate(header):
                t = row.get(v)
                if t is None:
                    text = ""
                elif isinstance(t, Literal):
                    text = str(t)
                    value = t.toPython()
                    if not isinstance(value, (int, float, Decimal)) or isinstance(value, bool):
                        numeric[i] = False
                elif isinstance(t, BNode):
                    text, numeric[i] = f"_:{t}", False
                else:
                    text, numeric[i] = _shorten(str(t)), False
                text = text.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t")
                cells.append(_clip(text, max_width))
            body.append(cells)
        widths = [max([_width(h)] + [_width(r[i]) for r in body]) for i, h in enumerate(header)]

        def fmt(cells: list[str], align: bool) -> str:
            parts = []
            for i, c in enumerate(cells):
                pad = " " * (widths[i] - _width(c))
                parts.append(pad + c if align and numeric[i] else c + pad)
            return " | ".join(parts).rstrip()

        lines = [fmt(header, False), "-+-".join("-" * w for w in widths)]
        lines += [fmt(r, True) for r in body]
        n = len(body)
        lines.append(f"({n} row{'' if n == 1 else 's'})")
        return "\n".join(lines) + "\n"


QueryAnswer = QueryResult | bool | rdflib.Graph


def read_query(text_or_path: str) -> str:
    """Return SPARQL text given either the text itself or a path to a ``.rq`` file
    (``-`` reads standard input).

    >>> read_query("ASK { ?s ?p ?o }")
    'ASK { ?s ?p ?o }'
    """
    if text_or_path == "-":
        return sys.stdin.read()
    candidate = text_or_path.strip()
    looks_like_path = "\n" not in candidate and "{" not in candidate and len(candidate) < 4096
    if looks_like_path:
        try:
            is_file = os.path.isfile(candidate)
        except (ValueError, OSError):
            is_file = False
        if is_file:
            try:
                return Path(candidate).read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError) as e:
                raise StoreError(f"cannot read query file {candidate}: {_one_line(e)}") from None
        if candidate.lower().endswith((".rq", ".sparql")):
            raise StoreError(f"query file not found: {candidate}")
    return text_or_path


# --------------------------------------------------------------------------------------
# the store
# --------------------------------------------------------------------------------------


def _store_error(path: str | None, e: Exception) -> StoreError:
    msg = _one_line(e)
    where = path or "in-memory store"
    if "lock" in msg.lower():
        return StoreError(f"store {where} is locked: it is open in another process (or twice in this one)")
    return StoreError(f"cannot open store {where}: {msg}")


class EmbeddedStore:
    """A pyoxigraph store in a folder (``path``) or in memory (``path=None``).

    >>> with EmbeddedStore() as s:
    ...     len(s)
    0

    Raises :class:`StoreError` when the folder is locked by another process or is not a store
    (an existing file, or a non-empty folder without a store in it).
    """

    def __init__(self, path: str | os.PathLike[str] | None = None) -> None:
        self.path: str | None = None if path is None else os.fspath(path)
        self._store: ox.Store | None
        if self.path is None:
            self._store = ox.Store()
            return
        p = Path(self.path)
        if p.exists():
            if not p.is_dir():
                raise StoreError(f"not a knowgraph store: {self.path} is a file, not a store folder")
            if any(p.iterdir()) and not (p / "CURRENT").is_file():
                raise StoreError(f"not a knowgraph store: {self.path} is a non-empty folder without a store in it")
        try:
            self._store = ox.Store(self.path)
        except OSError as e:
            raise _store_error(self.path, e) from None

    # -- lifecycle ---------------------------------------------------------------------

    @property
    def store(self) -> ox.Store:
        """The underlying :class:`pyoxigraph.Store` (for anything not wrapped here)."""
        if self._store is None:
            raise StoreError("the store is closed")
        return self._store

    def close(self) -> None:
        """Flush and release the store (and its lock); further use raises StoreError."""
        if self._store is not None:
            try:
                if self.path is not None:
                    self._store.flush()
            except OSError:
                pass
            finally:
                self._store = None

    def __enter__(self) -> EmbeddedStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __len__(self) -> int:
        """Number of quads loaded (all graphs; the materialised union is not counted)."""
        answer = self.store.query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
        return int(next(iter(answer))[0].value)  # type: ignore[arg-type,index]

    def __repr__(self) -> str:
        state = "closed" if self._store is None else f"{len(self)} quads"
        return f"<EmbeddedStore {self.path or ':memory:'} ({state})>"

    def named_graphs(self) -> list[str]:
        """IRIs of the named graphs, sorted."""
        return sorted(g.value for g in self.store.named_graphs() if isinstance(g, ox.NamedNode) and g != _DEFAULT_GRAPH)

    # -- loading -----------------------------------------------------------------------

    def _read_quads(self, data: Any, fmt: str | None) -> list[Any]:
        if isinstance(data, (rdflib.Graph, rdflib.Dataset)):
            try:
                return output.to_oxigraph(data)
            except output.OutputError as e:
                raise StoreError(f"cannot load graph: {e}") from None
        if isinstance(data, (str, os.PathLike)):
            path = os.fspath(data)
            try:
                name = output.normalize_format(fmt) if fmt else output.format_for_path(path)
            except output.UnsupportedFormat as e:
                raise StoreError(str(e)) from None
            if not os.path.isfile(path):
                raise StoreError(f"cannot load {path}: no such file")
            try:
                return list(ox.parse(path=path, format=output.oxigraph_format(name)))
            except SyntaxError as e:
                raise StoreError(f"cannot load {path}: invalid {name}: {_one_line(e)}") from None
            except (OSError, ValueError) as e:
                raise StoreError(f"cannot load {path}: {_one_line(e)}") from None
        raise TypeError(f"cannot load {type(data).__name__}: expected an rdflib Graph/Dataset or a file path")

    def load(
        self,
        data: rdflib.Graph | rdflib.Dataset | str | os.PathLike[str],
        *,
        graph: str | None = None,
        format: str | None = None,
    ) -> int:
        """Load an rdflib Graph/Dataset or an RDF file; return the number of distinct quads loaded.

        Named graphs are kept (TriG, N-Quads, JSON-LD, Datasets).  Triples without a graph
        (Turtle, N-Triples, a plain Graph, a Dataset's default graph) go to the default graph,
        or to the named graph ``graph`` when given.  Loading is idempotent: every named graph
        the input carries is first cleared then filled, and the default graph is a set, so
        loading the same data twice leaves one copy.  ``format`` overrides the extension.

        >>> import rdflib
        >>> g = rdflib.Graph()
        >>> _ = g.add((rdflib.URIRef("http://ex.org/s"), rdflib.RDFS.label, rdflib.Literal("x")))
        >>> with EmbeddedStore() as s:
        ...     s.load(g, graph="http://ex.org/g"), s.load(g, graph="http://ex.org/g"), len(s)
        (1, 1, 1)
        """
        store = self.store
        if graph is None and isinstance(data, (str, os.PathLike)) and next(iter(store), None) is None:
            return self._bulk_load(os.fspath(data), format)
        target: Any = _DEFAULT_GRAPH
        if graph is not None:
            try:
                target = ox.NamedNode(str(graph))
            except ValueError as e:
                raise StoreError(f"invalid graph IRI <{graph}>: {_one_line(e)}") from None
            if target == _DEFAULT_GRAPH:
                raise StoreError(f"<{graph}> is reserved by knowgraph")
        mapped = []
        for q in self._read_quads(data, format):
            g = q.graph_name
            if isinstance(g, ox.DefaultGraph):
                q = ox.Quad(q.subject, q.predicate, q.object, target)
            elif g == _DEFAULT_GRAPH:
                raise StoreError(f"the input uses the graph name <{_DEFAULT_GRAPH.value}>, reserved by knowgraph")
            mapped.append(q)
        unique = list(dict.fromkeys(mapped))
        new_triples = dict.fromkeys(q.triple for q in unique)
        replaced = sorted({q.graph_name for q in unique} - {_DEFAULT_GRAPH}, key=str)
        default = ox.DefaultGraph()
        try:
            # triples of the replaced graphs may leave the union (the store's default graph)
            old = {q.triple for g in replaced for q in store.quads_for_pattern(None, None, None, g)}
            for g in replaced:
                store.clear_graph(g)
            additions = unique + [ox.Quad(t.subject, t.predicate, t.object, default) for t in new_triples]
            if len(additions) > 200_000:
                store.bulk_extend(additions)
            else:
                store.extend(additions)
            for t in old:
                if t in new_triples:
                    continue
                holders = store.quads_for_pattern(t.subject, t.predicate, t.object, None)
                if all(isinstance(q.graph_name, ox.DefaultGraph) for q in holders):
                    store.remove(ox.Quad(t.subject, t.predicate, t.object, default))
        except OSError as e:
            raise StoreError(f"cannot write to store {self.path or ':memory:'}: {_one_line(e)}") from None
        return len(unique)

    def _bulk_load(self, path: str, fmt: str | None) -> int:
        """Load a file into an empty store without Python objects per quad: pyoxigraph's bulk
        loader, then the same layout as :meth:`load` (the file's default graph kept under
        ``urn:x-knowgraph:default-graph``, the union of all graphs as the store's default graph)
        made by two SPARQL updates run inside the store."""
        try:
            name = output.normalize_format(fmt) if fmt else output.format_for_path(path)
        except output.UnsupportedFormat as e:
            raise StoreError(str(e)) from None
        if not os.path.isfile(path):
            raise StoreError(f"cannot load {path}: no such file")
        store = self.store
        try:
            store.bulk_load(path=path, format=output.oxigraph_format(name))
        except SyntaxError as e:
            store.clear()
            raise StoreError(f"cannot load {path}: invalid {name}: {_one_line(e)}") from None
        except (OSError, ValueError) as e:
            store.clear()
            raise StoreError(f"cannot load {path}: {_one_line(e)}") from None
        if any(True for _ in store.quads_for_pattern(None, None, None, _DEFAULT_GRAPH)):
            store.clear()
            raise StoreError(f"the input uses the graph name <{_DEFAULT_GRAPH.value}>, reserved by knowgraph")
        default = f"<{_DEFAULT_GRAPH.value}>"
        try:
            store.update(f"INSERT {{ GRAPH {default} {{ ?s ?p ?o }} }} WHERE {{ ?s ?p ?o }}")
            store.update("INSERT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }")
            store.flush()
        except OSError as e:
            raise StoreError(f"cannot write to store {self.path or ':memory:'}: {_one_line(e)}") from None
        return sum(1 for _ in store.quads_for_pattern(None, None, None, None)) - sum(
            1 for _ in store.quads_for_pattern(None, None, None, ox.DefaultGraph())
        )

    # -- querying ----------------------------------------------------------------------

    def query(self, sparql: str) -> QueryAnswer:
        """Run a SPARQL 1.1 query over the union of all graphs.

        Returns a :class:`QueryResult` (SELECT), a ``bool`` (ASK) or an :class:`rdflib.Graph`
        (CONSTRUCT, DESCRIBE).  The knowgraph prefixes are predeclared.  ``sparql`` may also
        be a path to a ``.rq`` file (see :func:`read_query`).  Raises :class:`StoreError` with
        pyoxigraph's message on a syntax error.
        """
        text = read_query(sparql)
        store = self.store
        try:
            graphs = [g for g in store.named_graphs() if g != _DEFAULT_GRAPH]
            answer = store.query(text, prefixes=output.PREFIXES, named_graphs=graphs)
        except SyntaxError as e:
            raise StoreError(f"SPARQL syntax error: {_one_line(e)}") from None
        except (OSError, ValueError, TypeError) as e:
            raise StoreError(f"query failed: {_one_line(e)}") from None
        conv = output._ToRdflib()
        try:
            if isinstance(answer, ox.QueryBoolean):
                return bool(answer)
            if isinstance(answer, ox.QueryTriples):
                g = rdflib.Graph()
                for p, ns in output.PREFIXES.items():
                    g.bind(p, ns, override=True, replace=True)
                for t in answer:
                    g.add((conv.term(t.subject), conv.term(t.predicate), conv.term(t.object)))
                return g
            variables = [v.value for v in answer.variables]
            terms: list[dict[str, Identifier | None]] = []
            rows: list[dict[str, object]] = []
            for solution in answer:
                trow: dict[str, Identifier | None] = {}
                for v in variables:
                    t = solution[v]
                    trow[v] = None if t is None else conv.term(t)
                terms.append(trow)
                rows.append({v: _python_value(t) for v, t in trow.items()})
        except OSError as e:
            raise StoreError(f"query failed: {_one_line(e)}") from None
        return QueryResult(variables, rows, terms)
