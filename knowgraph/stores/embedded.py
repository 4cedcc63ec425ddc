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
input twice leaves one copy (each named graph the input carries is replaced).

A load into a store folder is all or detectably nothing: before its first write it leaves a note
in the folder (``knowgraph-load.json``: which input, its sha256) and removes it once the store is
flushed.  A load that was killed or failed half-way leaves the note, and then :meth:`~EmbeddedStore.query`
refuses to answer (``StoreError``: the store is incomplete, load the same input again) and other
loads are refused; loading the same input again finishes it (loading is idempotent).

``SERVICE`` (SPARQL federation) is refused unless ``allow_service=True`` (``--allow-service``):
a query file from someone else must not make the machine send requests to the addresses it names.  ``query`` returns
a :class:`QueryResult` for SELECT, a ``bool`` for ASK and an :class:`rdflib.Graph` for
CONSTRUCT/DESCRIBE.  ``pandas.DataFrame(result.rows)`` gives a DataFrame.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path
from typing import Any

import pyoxigraph as ox
import rdflib
from rdflib.term import Identifier

from knowgraph.errors import StoreError
from knowgraph.rdf import output
from knowgraph.rdf.output.writing import _fsync_dir
from knowgraph.stores.queries import QueryAnswer, QueryResult, _python_value, read_query, uses_service

# QueryAnswer, _python_value: imported from here by knowgraph.stores.remote
__all__ = [
    "EmbeddedStore",
    "LOAD_MARKER",
    "QueryAnswer",
    "QueryResult",
    "StoreError",
    "read_query",
    "uses_service",
    "_python_value",
]

#: Where the triples loaded into "the default graph" are kept.  The store's real default
#: graph holds the union (RDF merge) of every graph, maintained by :meth:`EmbeddedStore.load`;
#: queries read it as their default graph and see the other graphs (but not this one) in
#: ``GRAPH`` clauses.  pyoxigraph 0.5's ``use_default_graph_as_union`` is not used because it
#: returns a triple once per graph holding it (oxigraph issue #1919, fixed after 0.5.13).
_DEFAULT_GRAPH = ox.NamedNode("urn:x-knowgraph:default-graph")

#: The note a load leaves in a store folder until it has finished (see :meth:`EmbeddedStore.load`).
LOAD_MARKER = "knowgraph-load.json"


def _one_line(text: object) -> str:
    return " ".join(str(text).split())


def _file_sha256(path: str) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _quads_sha256(quads: list[Any]) -> str:
    """A digest of in-memory data that does not depend on the order of its quads."""
    return hashlib.sha256("\n".join(sorted(map(str, quads))).encode("utf-8")).hexdigest()


def _finish_hint(path: str | None, note: dict) -> str:
    source = note.get("input") or "?"
    if note.get("kind") == "file":
        return (
            f"loading {source} did not finish (stopped or failed half-way); load it again to finish: "
            f"knowgraph load {source} --store {path}"
        )
    return f"loading {source} did not finish (stopped or failed half-way); load the same data again to finish"


# --------------------------------------------------------------------------------------
# the store
# --------------------------------------------------------------------------------------


def _store_error(path: str | None, e: Exception) -> StoreError:
    msg = _one_line(e)
    where = path or "in-memory store"
    if "lock" in msg.lower():
        return StoreError(f"store {where} is locked: it is open in another process (or twice in this one)")
    return StoreError(f"cannot open store {where}: {msg}")


def _file_format(path: str, fmt: str | None) -> str:
    """The format of a file to load (``fmt`` or its extension), or a :class:`StoreError` saying why not."""
    try:
        name = output.normalize_format(fmt) if fmt else output.format_for_path(path)
    except output.UnsupportedFormat as e:
        raise StoreError(str(e)) from None
    if not os.path.isfile(path):
        raise StoreError(f"cannot load {path}: no such file")
    return name


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

    # -- the note of an unfinished load -------------------------------------------------

    def unfinished_load(self) -> dict | None:
        """What a load that did not finish left in the store folder (``{"input": ..., "sha256":
        ...}``), or ``None``; always ``None`` in memory."""
        if self.path is None:
            return None
        try:
            note = json.loads((Path(self.path) / LOAD_MARKER).read_text(encoding="utf-8"))
        except FileNotFoundError:
            return None
        except (OSError, ValueError):
            return {"input": "an unknown input", "sha256": None}
        return note if isinstance(note, dict) else {"input": "an unknown input", "sha256": None}

    def _check_unfinished(self, note: dict | None) -> bool:
        """Whether this load finishes an unfinished one; refuses any other load while one is pending."""
        if self.path is None:
            return False
        pending = self.unfinished_load()
        if pending is None:
            return False
        if note is not None and pending.get("sha256") == note["sha256"] and pending.get("graph") == note["graph"]:
            return True
        raise StoreError(f"store {self.path} is incomplete: {_finish_hint(self.path, pending)}, before loading more")

    def _begin(self, note: dict) -> None:
        """Leave the note, durably, before the first write."""
        if self.path is None:
            return
        marker = Path(self.path) / LOAD_MARKER
        tmp = marker.with_suffix(".tmp")
        with open(tmp, "w", encoding="utf-8") as handle:
            json.dump(note, handle, ensure_ascii=False)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, marker)
        _fsync_dir(self.path)

    def _done(self) -> None:
        """The store is flushed: the load is complete, remove the note."""
        if self.path is None:
            return
        self.store.flush()
        try:
            os.unlink(Path(self.path) / LOAD_MARKER)
        except FileNotFoundError:
            return
        _fsync_dir(self.path)

    def _rebuild_union(self) -> None:
        """The store's default graph made again from every graph (after an interrupted load, it
        may hold triples of a half-done bulk load or miss some)."""
        store = self.store
        store.clear_graph(ox.DefaultGraph())
        store.update("INSERT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }")

    # -- loading -----------------------------------------------------------------------

    def _read_quads(self, data: Any, fmt: str | None) -> list[Any]:
        if isinstance(data, (rdflib.Graph, rdflib.Dataset)):
            try:
                return output.to_oxigraph(data)
            except output.OutputError as e:
                raise StoreError(f"cannot load graph: {e}") from None
        if isinstance(data, (str, os.PathLike)):
            path = os.fspath(data)
            name = _file_format(path, fmt)
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
        is_file = isinstance(data, (str, os.PathLike))
        note: dict | None = None
        if is_file and self.path is not None and os.path.isfile(data):
            note = {"kind": "file", "input": os.fspath(data), "sha256": _file_sha256(os.fspath(data)), "graph": graph}
        finishing = self._check_unfinished(note) if is_file else False
        if graph is None and is_file and next(iter(store), None) is None:
            return self._bulk_load(os.fspath(data), format, note)
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
        if self.path is not None and note is None:
            note = {
                "kind": "data",
                "input": f"a {type(data).__name__}",
                "sha256": _quads_sha256(unique),
                "graph": graph,
            }
            finishing = self._check_unfinished(note)
        new_triples = dict.fromkeys(q.triple for q in unique)
        replaced = sorted({q.graph_name for q in unique} - {_DEFAULT_GRAPH}, key=str)
        default = ox.DefaultGraph()
        try:
            if note is not None:
                self._begin(note)
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
            if finishing:
                self._rebuild_union()
            self._done()
        except OSError as e:
            raise StoreError(f"cannot write to store {self.path or ':memory:'}: {_one_line(e)}") from None
        return len(unique)

    def _bulk_load(self, path: str, fmt: str | None, note: dict | None) -> int:
        """Load a file into an empty store without Python objects per quad: pyoxigraph's bulk
        loader, then the same layout as :meth:`load` (the file's default graph kept under
        ``urn:x-knowgraph:default-graph``, the union of all graphs as the store's default graph)
        made by two SPARQL updates run inside the store."""
        name = _file_format(path, fmt)
        store = self.store
        try:
            if note is not None:
                self._begin(note)
        except OSError as e:
            raise StoreError(f"cannot write to store {self.path}: {_one_line(e)}") from None
        try:
            store.bulk_load(path=path, format=output.oxigraph_format(name))
        except SyntaxError as e:
            store.clear()
            self._done()  # nothing was loaded: the store is empty again
            raise StoreError(f"cannot load {path}: invalid {name}: {_one_line(e)}") from None
        except (OSError, ValueError) as e:
            store.clear()
            self._done()
            raise StoreError(f"cannot load {path}: {_one_line(e)}") from None
        if any(True for _ in store.quads_for_pattern(None, None, None, _DEFAULT_GRAPH)):
            store.clear()
            self._done()
            raise StoreError(f"the input uses the graph name <{_DEFAULT_GRAPH.value}>, reserved by knowgraph")
        default = f"<{_DEFAULT_GRAPH.value}>"
        try:
            store.update(f"INSERT {{ GRAPH {default} {{ ?s ?p ?o }} }} WHERE {{ ?s ?p ?o }}")
            store.update("INSERT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }")
            self._done()
        except OSError as e:
            raise StoreError(f"cannot write to store {self.path or ':memory:'}: {_one_line(e)}") from None
        return sum(1 for _ in store.quads_for_pattern(None, None, None, None)) - sum(
            1 for _ in store.quads_for_pattern(None, None, None, ox.DefaultGraph())
        )

    # -- querying ----------------------------------------------------------------------

    def query(self, sparql: str, *, allow_service: bool = False) -> QueryAnswer:
        """Run a SPARQL 1.1 query over the union of all graphs.

        Returns a :class:`QueryResult` (SELECT), a ``bool`` (ASK) or an :class:`rdflib.Graph`
        (CONSTRUCT, DESCRIBE).  The knowgraph prefixes are predeclared.  ``sparql`` may also
        be a path to a ``.rq`` file (see :func:`read_query`).  Raises :class:`StoreError` with
        pyoxigraph's message on a syntax error, for a query with ``SERVICE`` unless
        ``allow_service`` (federation sends requests to the addresses the query names), and
        when a load into the store did not finish (see :meth:`load`).

        >>> with EmbeddedStore() as s:
        ...     s.query("ASK { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }")
        Traceback (most recent call last):
        ...
        knowgraph.errors.StoreError: the query uses SERVICE, which sends requests to other servers: refused unless allowed (--allow-service, or allow_service=True)
        """
        text = read_query(sparql)
        if not allow_service and uses_service(text):
            raise StoreError(
                "the query uses SERVICE, which sends requests to other servers: refused unless allowed "
                "(--allow-service, or allow_service=True)"
            )
        store = self.store
        unfinished = self.unfinished_load()
        if unfinished is not None:
            raise StoreError(f"store {self.path} is incomplete: {_finish_hint(self.path, unfinished)}")
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
